#!/usr/bin/python3
"""Benchmark 3: kernel start, process start to kernel_info_reply, through jupyter_client as Jupyter starts kernels.

For each kernel (alternating, a warm-up each and then RUNS each): start the kernel, send kernel_info at once (ZeroMQ
queues it until the kernel listens) and time until its reply; then time the first answer to what the kernel's probe
sends at once after it, what a user waits for before a first cell answers. A kernel is named NAME or NAME:PROBE:

    NAME             the first execute_reply of `1 + 1`
    NAME:alerts      the first `%panther alerts --since 7d` (ours, on the built-in demo): its execute_reply, which must
                     carry a table
    NAME:sql-tab     the first Tab after `FROM ` in a `%%panther sql` cell (ours, on the built-in demo): Tab is sent at
                     once and again as soon as an answer comes without the demo's tables, as a user presses it again;
                     timed to the first complete_reply that lists them, with how long that Tab itself took (JupyterLab
                     drops a completion that takes over a second) and how many Tabs it took
    NAME:sql-tab-2s  the same, the first Tab sent 2 s after the kernel answers, as when the cell is typed first
    NAME:sql-tab-nothing-kept  the same as sql-tab, the kernel's cache directory new and empty: no tables kept from an
                     earlier kernel's listing (sql-tab finds those of the kernel before it)
    NAME:duckdb      the first `import duckdb; duckdb.sql(...)` answer (ipykernel): the embedded analytical database
                     a Python user reaches for first

Every start is a fresh kernel (each probe is a first cell). Prints and appends one JSON line per start.

With --floor, the command after it is timed too, from its process start to the first line it prints: the bare JVM of
dev.pantherkernel.bench.JShellFloor (JShell's first `1 + 1` and nothing else), the floor for any kernel that starts a
JVM when Jupyter asks for one; --floor-classpath, the same with the kernel's class path; --floor-imports, with the
kernel's class path and its imports declared first.

    JUPYTER_PATH=.. /usr/bin/python3 kernel_start.py OUT.jsonl RUNS KERNEL_NAME[:PROBE]... \
        [--floor COMMAND...] [--floor-classpath COMMAND...] [--floor-imports COMMAND...]
"""
import json
import os
import subprocess
import tempfile
import sys
import time

import zmq
from jupyter_client import KernelManager

SQL_CELL = "%%panther sql\nSELECT * FROM "
DEMO_TABLE = "aws_cloudtrail"
DUCKDB_CELL = "import duckdb\nduckdb.sql(\"SELECT count(*) AS n FROM range(1000) WHERE range % 7 = 0\").fetchall()"


def execute(client, code, name, check=None):
    """Runs code; the reply and the outputs it showed (execute_result and display_data bundles)."""
    shown = []

    def keep(msg):
        if msg["msg_type"] in ("execute_result", "display_data"):
            shown.append(msg["content"]["data"])

    reply = client.execute_interactive(code, timeout=120, output_hook=keep)
    if reply["content"]["status"] != "ok":
        raise RuntimeError(f"{name}: {code!r} failed: {reply['content']}")
    if check and not check(shown):
        raise RuntimeError(f"{name}: {code!r} showed no table: {shown}")
    return reply


def shows_a_table(bundles):
    return any("<table" in b.get("text/html", "") for b in bundles)


def shows_the_duckdb_answer(bundles):
    return any("143" in b.get("text/plain", "") for b in bundles)


def first_tab_with_tables(client, started, name, typing=0.0):
    """Tab after FROM until an answer lists the demo's tables: (time to it, that Tab's own time, Tabs sent)."""
    time.sleep(typing)
    tabs = 0
    while time.perf_counter() - started < 120:
        tabs += 1
        sent = time.perf_counter()
        request = client.complete(SQL_CELL, len(SQL_CELL))
        while True:
            reply = client.get_shell_msg(timeout=120)
            if reply["parent_header"].get("msg_id") == request:
                break
        answered = time.perf_counter()
        if any(DEMO_TABLE in m for m in reply["content"].get("matches", [])):
            return answered - started, answered - sent, tabs
    raise RuntimeError(f"{name}: no Tab listed the demo's tables within 120 s")


def start_once(name):
    kernel, _, probe = name.partition(":")
    manager = KernelManager(kernel_name=kernel)
    started = time.perf_counter()
    if probe == "sql-tab-nothing-kept":
        manager.start_kernel(env=dict(os.environ, XDG_CACHE_HOME=tempfile.mkdtemp(prefix="bench-cache-")))
    else:
        manager.start_kernel()
    client = manager.client()
    # reconnect quickly once the kernel binds its ports (ZeroMQ's default retry is every 100 ms)
    client.context.setsockopt(zmq.RECONNECT_IVL, 5)
    client.start_channels()
    extra = {}
    try:
        request = client.kernel_info()
        while True:
            reply = client.get_shell_msg(timeout=120)
            if reply["parent_header"].get("msg_id") == request:
                break
        info = time.perf_counter() - started
        if probe == "":
            execute(client, "1 + 1", name)
        elif probe == "alerts":
            execute(client, "%panther alerts --since 7d", name, shows_a_table)
        elif probe == "duckdb":
            execute(client, DUCKDB_CELL, name, shows_the_duckdb_answer)
        elif probe in ("sql-tab", "sql-tab-2s", "sql-tab-nothing-kept"):
            first, own, tabs = first_tab_with_tables(client, started, name, 2.0 if probe == "sql-tab-2s" else 0.0)
            extra = {"tab_reply_s": own, "tabs": tabs}
            return info, first, manager.kernel_spec.resource_dir, extra
        else:
            raise ValueError(f"unknown probe {probe!r} in {name!r}")
        first = time.perf_counter() - started
        return info, first, manager.kernel_spec.resource_dir, extra
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
    return None, first, None, {}


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
            info, first, where, extra = starts[name]()
            line = {"bench": "kernel_start", "impl": name, "run": run, "kernel_info_s": info,
                    "first_execute_s": first, "kernelspec": where, **extra}
            text = json.dumps(line)
            print(text, flush=True)
            with open(out, "a") as f:
                f.write(text + "\n")


if __name__ == "__main__":
    main()
