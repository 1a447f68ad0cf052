#!/usr/bin/python3
"""What machine and software a benchmark run had, as JSON: time, CPU, memory, load, Java, Python and its packages."""
import json
import os
import platform
import subprocess
import sys
from datetime import datetime, timezone


def first(path, prefix):
    with open(path) as f:
        for line in f:
            if line.startswith(prefix):
                return line.split(":", 1)[1].strip()
    return None


def main():
    java = sys.argv[1]
    import importlib.metadata
    java_version = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.strip().splitlines()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = bool(subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                                text=True).stdout.strip())
    print(json.dumps({
        "time": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": first("/proc/cpuinfo", "model name"),
        "cores": os.cpu_count(),
        "memory_gib": round(int(first("/proc/meminfo", "MemTotal").split()[0]) / 1024 / 1024, 1),
        "loadavg": open("/proc/loadavg").read().split()[:3],
        "kernel": platform.release(),
        "java": java_version[1] if len(java_version) > 1 else java_version[0],
        "python": platform.python_version(),
        "packages": {name: importlib.metadata.version(name) for name in
                     ["requests", "pandas", "orjson", "polars", "pyarrow", "jupyter_client", "ipykernel"]},
        "commit": commit + ("+changes" if dirty else ""),
    }))


if __name__ == "__main__":
    main()
