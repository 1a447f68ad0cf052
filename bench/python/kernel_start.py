#!/usr/bin/python3
"""Benchmark 3: kernel start, process start to kernel_info_reply, through jupyter_client as Jupyter starts kernels.

For each kernel (alternating, a warm-up each and then RUNS each): start the kernel, send kernel_info at once (ZeroMQ
queues it until the kernel listens) and time until its reply; then time the first execute_reply of `1 + 1`, what a
user waits for before a first cell answers. Prints and appends one JSON line per start.

    JUPYTER_PATH=.. /usr/bin/python3 kernel_start.py OUT.jsonl RUNS KERNEL_NAME...
"""
import json
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


def main():
    out, runs, names = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    for run in range(runs + 1):
        for name in names if run % 2 == 0 else reversed(names):
            info, first, where = start_once(name)
            line = {"bench": "kernel_start", "impl": name, "run": run, "kernel_info_s": info,
                    "first_execute_s": first, "kernelspec": where}
            text = json.dumps(line)
            print(text, flush=True)
            with open(out, "a") as f:
                f.write(text + "\n")


if __name__ == "__main__":
    main()
