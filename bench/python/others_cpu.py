#!/usr/bin/python3
"""Samples, every 5 s until killed, how many cores other work used: processes whose working directory is not below
ROOT (the benchmarks' own processes all run there) and not /. Prints `unix-time cores` lines."""
import os
import sys
import time

TICKS = os.sysconf("SC_CLK_TCK")


def others(root):
    used = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            cwd = os.readlink(f"/proc/{pid}/cwd")
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if cwd == "/" or cwd == root or cwd.startswith(root + "/"):
            continue
        used[pid] = int(fields[11]) + int(fields[12])
    return used


def main():
    root = os.path.realpath(sys.argv[1])
    before, then = others(root), time.time()
    while True:
        time.sleep(5)
        now_used, now = others(root), time.time()
        ticks = sum(t - before.get(pid, t) for pid, t in now_used.items())
        print(f"{now:.0f} {ticks / TICKS / (now - then):.2f}", flush=True)
        before, then = now_used, now


if __name__ == "__main__":
    main()
