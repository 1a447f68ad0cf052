#!/usr/bin/python3
"""Writes the data lake benchmarks' section of RESULTS.md (6: chart by day in the data lake against rows into the
kernel; 7: a large result to Parquet with a small heap against the same rows into a Table) between its markers,
keeping the rest of the file as the last full run wrote it.

    report_datalake.py RESULTS_DIR RESULTS.md"""
import json
import os
import sys
from statistics import median

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import report  # noqa: E402  (the full report's readers and formats)

START, END = "<!-- data lake benchmarks: written by bench/python/report_datalake.py -->", "<!-- end of data lake benchmarks -->"


def runs(rows, impl):
    return [r for r in rows if r["impl"] == impl and r["run"] > 0]


def med(rows, key):
    return report.med([r[key] for r in rows if r.get(key) is not None])


def spread(rows, key, fmt):
    return report.spread([r[key] for r in rows if r.get(key) is not None], fmt)


def mb(v):
    return f"{v / 1e6:,.1f} MB"


lines, seconds, count = report.lines, report.seconds, report.rate


def machine(out):
    parts = []
    for phase in ("start", "end"):
        path = os.path.join(out, f"machine-{phase}.json")
        if os.path.exists(path):
            with open(path) as f:
                parts.append(json.load(f))
    others_file = os.path.join(out, "others-cpu.txt")
    others = []
    if os.path.exists(others_file):
        with open(others_file) as f:
            others = [float(line.split()[1]) for line in f if len(line.split()) > 1]
    text = []
    if parts:
        start, end = parts[0], parts[-1]
        text.append(f"- run: {start['time']}, commit {start['commit']}; {start['cpu']}, {start['cores']} cores, "
                    f"{start['memory_gib']} GiB; {start['java']}")
        text.append(f"- load average at the start: {' '.join(start['loadavg'])}; at the end: {' '.join(end['loadavg'])}")
    if others:
        busy = median(others) > 0.1 or max(others) > 1
        text.append(f"- cores used by other work meanwhile (sampled every 5 s): median {median(others):.2f}, highest "
                    f"{max(others):.2f}" + ("; **the machine was shared with other work, so times are slower and "
                                            "noisier than on a quiet machine**" if busy else ""))
    return text


def warmup(rows):
    return "one warm-up, then " if any(r["run"] == 0 for r in rows) else "no warm-up run, "


def lake_chart(rows):
    lake, kernel = runs(rows, "data lake"), runs(rows, "rows into the kernel")
    if not lake or not kernel:
        return []
    n = int(med(kernel, "rows_aggregated"))
    out = [f"## 6. Chart by day: {n:,} CloudTrail rows, aggregated in the data lake against fetched into the kernel",
           "",
           "Data lake: `%panther chart --table aws_cloudtrail --x p_event_time --bucket 1d --by eventName` (the "
           "emulator's DuckDB runs the aggregating SQL; only the buckets come back). Kernel: `%%panther sql` of "
           "`SELECT p_event_time, eventName FROM aws_cloudtrail` (every row, every page) and the same chart drawn "
           "from that Table. Bytes are what the emulator process wrote meanwhile (`wchar` of /proc/PID/io: its HTTP "
           f"replies). The routes take turns going first; {warmup(rows)}{len(lake)} run(s) each.",
           "",
           "| | data lake (`chart --table`) | rows into the kernel, then `chart` | kernel / data lake |",
           "|---|---|---|---|"]
    for label, key, fmt in (("wall time", "wall_s", seconds), ("bytes sent", "bytes_sent", mb),
                            ("rows that came back", "rows_back", count), ("results pages", "pages", count)):
        a, b = med(lake, key), med(kernel, key)
        ratio = f"{b / a:,.0f}x" if a and b else "n/a"
        out.append(f"| {label} | {spread(lake, key, fmt)} | {spread(kernel, key, fmt)} | {ratio} |")
    out.append("")
    out.append(f"Both draw the same figure ({int(med(lake, 'traces'))} series) of the same "
               f"{int(med(lake, 'rows_aggregated')):,} rows.")
    return out


def export(rows):
    parquet, table = runs(rows, "Parquet file"), runs(rows, "Table")
    if not parquet or not table:
        return []
    n = int(med(parquet, "rows"))
    out = [f"## 7. Export: {n:,} rows x 10 columns to Parquet with a 256 MB heap, against the same rows into a Table",
           "",
           "`%%panther sql --to result.parquet` of bench/throughput.sql in a JVM started with `-Xmx256m`, against "
           "`%%panther sql` (into a Table) in a JVM with `-Xmx8g`. Peak heap: the most heap in use after any "
           "garbage collection, above the heap in use before the run. Peak resident: the JVM process's VmHWM "
           f"(heap, DuckDB's native memory and all). {warmup(rows).capitalize()}{len(parquet)} run(s) each.",
           "",
           "| | Parquet file (`--to`, -Xmx256m) | Table (-Xmx8g) |",
           "|---|---|---|"]
    for label, key, fmt in (("wall time", "wall_s", seconds), ("rows/s", "rows_per_s", count),
                            ("peak heap", "peak_heap_bytes", mb), ("peak resident memory", "peak_rss_bytes", mb),
                            ("file size", "file_bytes", mb)):
        out.append(f"| {label} | {spread(parquet, key, fmt)} | {spread(table, key, fmt)} |")
    return out


def main():
    out, target = sys.argv[1], sys.argv[2]
    sections = lake_chart(lines(os.path.join(out, "lake_chart.jsonl")))
    exported = export(lines(os.path.join(out, "export.jsonl")))
    if not sections and not exported:
        return
    text = open(target).read() if os.path.exists(target) else "# Benchmark results\n"
    before, after = text, ""
    if START in text:
        before = text[:text.index(START)]
        kept = text[text.index(START):text.index(END)] if END in text else ""
        after = text[text.index(END) + len(END):] if END in text else ""
        # a run of one of the two benchmarks keeps the other's section from before
        old = kept.split("\n## ")
        if not sections:
            sections = ["## " + s.rstrip() for s in old if s.startswith("6. ")][:1]
        if not exported:
            exported = ["## " + s.rstrip() for s in old if s.startswith("7. ")][:1]
    body = [START, "", "# Data lake benchmarks (issue 15)", ""] + machine(out) + [""] + sections + [""] + exported + ["", END]
    with open(target, "w") as f:
        f.write(before.rstrip("\n") + "\n\n" + "\n".join(body) + "\n" + after.lstrip("\n"))


if __name__ == "__main__":
    main()
