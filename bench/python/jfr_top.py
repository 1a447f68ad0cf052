#!/usr/bin/python3
"""The hottest methods of a JFR recording: share of execution samples whose stack holds FRAME (a method name
fragment), by the method on top of the stack (self) and by every method on the stack (inclusive)."""
import collections
import re
import subprocess
import sys


def main():
    recording, frame, top = sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 12
    text = subprocess.run(["jfr", "print", "--stack-depth", "96", "--events", "jdk.ExecutionSample", recording],
                          capture_output=True, text=True, check=True).stdout
    own, inclusive, samples = collections.Counter(), collections.Counter(), 0
    for event in text.split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w.$<>]+)\(.*?\)\s+line:", event, re.M)
        if not frames or not any(frame in f for f in frames):
            continue
        samples += 1
        own[frames[0]] += 1
        for method in set(frames):
            inclusive[method] += 1
    print(f"{samples} samples of stacks through {frame}")
    print("self time:")
    for method, n in own.most_common(top):
        print(f"  {n / samples * 100:5.1f}%  {method}")
    print("inclusive time (methods of the engine and of Jackson):")
    shown = [(m, n) for m, n in inclusive.most_common()
             if ("pantherkernel" in m or "jackson" in m) and frame not in m and "jmh_generated" not in m]
    for method, n in shown[:top]:
        print(f"  {n / samples * 100:5.1f}%  {method}")


if __name__ == "__main__":
    main()
