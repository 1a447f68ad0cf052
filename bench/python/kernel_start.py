#!/usr/bin/python3
"""Benchmark 3: kernel start, process start to kernel_info_reply, through jupyter_client as Jupyter starts kernels.

For each kernel (alternating, a warm-up each and then RUNS each): start the kernel, send kernel_info at once (ZeroMQ
queues it until the kernel listens) and time until its reply; then time the first execute_reply of `1 + 1`, what a
user waits for before a first cell answers. Prints and appends one JSON line per start.

With --floor, the command after it is timed too, from its process start to the first line it prints: the bare JVM of
dev.pantherkernel.bench.JShellFloor (JShell's first `1 + 1` and nothing else), the floor for any kernel that starts a
JVM when Jupyter asks for one; --floor-classpath, the same with the kernel's class path; --floor-imports, with the
kernel's class path and its imports declared first.

    JUPYTER_PATH=.. /usr/bin/python3 kernel_start.py OUT.jsonl RUNS KERNEL_NAME... \
        [--floor COMMAND...] [--floor-classpath COMMAND...] [--floor-imports COMMAND...]
"""
import json
import subprocess
import sys
import time

import zmq
from jupyter_client import KernelManager


def start_once(name):
    manager = KernelManager(kernel_name=name)
    started = time.perf_counter()
    manager.start_kernel()
    client = manager.client()
    # reconnect quickly once the kernel binds its ports (ZeroMQ's default retry is every 100 ms)
    client.context.setsockopt(zmq.RECONNECT_IVL, 5)
    client.start_channels()
    try:
        request = client.kernel_info()
        while True:
            reply = client.get_shell_msg(timeout=120)
            if reply["parent_header"].get("msg_id") == request:
                break
        info = time.perf_counter() - started
        reply = client.execute_interactive("1 + 1", timeout=120, output_hook=lambda msg: None)
        first = time.perf_counter() - started
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"{name}: 1 + 1 failed: {reply['content']}")
        return info, first, manager.kernel_spec.resource_dir
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=False)


FLOORS = {"--floor": "jshell-floor", "--floor-classpath": "jshell-floor-classpath",
          "--floor-imports": "jshell-floor-imports"}


def floor_once(command):
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    answer = process.stdout.readline().strip()
    first = time.perf_counter() - started
    if process.wait(timeout=120) != 0 or answer != "2":
        raise RuntimeError(f"{' '.join(command)}: printed {answer!r}, exit code {process.returncode}")
    return None, first, None


def main():
    args = sys.argv[1:]
    floors = {}  # each --floor* option takes the words up to the next one as its command
    while any(arg in FLOORS for arg in args):
        last = max(i for i, arg in enumerate(args) if arg in FLOORS)
        floors[FLOORS[args[last]]] = args[last + 1:]
        args = args[:last]
    out, runs, names = args[0], int(args[1]), args[2:]
    starts = {name: (lambda name=name: start_once(name)) for name in names}
    for impl in FLOORS.values():
        if impl in floors:
            starts[impl] = lambda command=floors[impl]: floor_once(command)
    for run in range(runs + 1):
        for name in starts if run % 2 == 0 else reversed(list(starts)):
            info, first, where = starts[name]()
            line = {"bench": "kernel_start", "impl": name, "run": run, "kernel_info_s": info,
                    "first_execute_s": first, "kernelspec": where}
            text = json.dumps(line)
            print(text, flush=True)
            with open(out, "a") as f:
                f.write(text + "\n")


if __name__ == "__main__":
    main()
