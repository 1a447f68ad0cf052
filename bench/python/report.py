#!/usr/bin/python3
"""Writes bench/RESULTS.md from the figures bench/run.sh left in bench/results/ (run 0 of each is the warm-up and
is left out). Every number in RESULTS.md comes from those files; bench/ANALYSIS.md, written by hand, follows them."""
import json
import os
import statistics
import sys


def lines(path):
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def measured(rows, impl, key):
    return [r[key] for r in rows if r["impl"] == impl and r["run"] > 0 and r.get(key) is not None]


def med(values):
    return statistics.median(values) if values else None


def spread(values, fmt):
    if not values:
        return "n/a"
    return f"{fmt(med(values))} ({fmt(min(values))}-{fmt(max(values))})"


def seconds(v):
    return f"{v:.2f} s"


def millis(v):
    return f"{v:.0f} ms"


def mb(v):
    return f"{v / 1e6:,.0f} MB"


def rate(v):
    return f"{v:,.0f}"


def times(v):
    return f"{v:.2f}x"


def verdict(ok):
    return "**met**" if ok else "**missed**"


class Report:
    def __init__(self, out):
        self.out = out
        self.text = []
        self.goals = []

    def add(self, *parts):
        self.text.extend(parts)

    def goal(self, number, what, goal, measured_text, ok):
        self.goals.append(f"| {number} | {what} | {goal} | {measured_text} | {verdict(ok) if ok is not None else 'n/a'} |")

    def throughput(self):
        rows = lines(os.path.join(self.out, "throughput.jsonl"))
        if not rows:
            return
        ours, theirs = "panther", "python"
        count = max(measured(rows, ours, "rows") or [0])
        self.add(f"## 1. Throughput: {count:,} rows x 10 columns from the standalone emulator", "",
                 "Ours: a `%%panther sql` cell through the magic (`PantherMagics.cell`, the call the kernel makes) into a "
                 "Tablesaw Table, in one JVM started with the installed kernel's JVM options, as in a kernel session. "
                 "Python: Debian's python3-requests and python3-pandas, one `requests.Session`, the same GraphQL calls, "
                 "a status poll every second, every page of 999 rows, a DataFrame with the timestamp column parsed to "
                 "`datetime64[ns, UTC]` (a fresh process per run). Wall time runs from sending the query to the finished "
                 "table; \"after the server finished\" from the query's `completedAt` to the finished table (noticing "
                 "that it finished, every page, the table). Before the recorded warm-up, two unrecorded passes of ours "
                 "warm the emulator's JIT; the two routes then take turns going first.", "",
                 "| | ours (%%panther sql -> Table) | Python (requests + pandas -> DataFrame) | Python / ours |",
                 "|---|---|---|---|")
        def row(label, key, fmt, ratio=True, invert=False):
            a, b = measured(rows, ours, key), measured(rows, theirs, key)
            r = ""
            if ratio and a and b:
                r = times(med(a) / med(b) if invert else med(b) / med(a))
            self.add(f"| {label} | {spread(a, fmt)} | {spread(b, fmt)} | {r} |")
        row("wall time", "wall_s", seconds)
        row("rows/s", "rows_per_s", rate, invert=True)
        row("after the server finished", "after_server_done_s", seconds)
        row("server finished, after the start", "server_done_s", seconds, ratio=False)
        row("client CPU", "cpu_s", seconds)
        row("emulator CPU (same 2 cores)", "server_cpu_s", seconds)
        row("peak memory above the start (ours: heap after GC; Python: RSS)", "peak_bytes", mb)
        row("final result (ours: Table heap; Python: DataFrame deep size)", "result_bytes", mb)
        row("peak / final result", "peak_over_result", times, ratio=False)
        self.add("")
        wall_ours, wall_py = med(measured(rows, ours, "wall_s")), med(measured(rows, theirs, "wall_s"))
        peak = med(measured(rows, ours, "peak_over_result"))
        if wall_ours and wall_py:
            self.goal("1", "throughput", "ours >= 3x faster than Python", f"{wall_py / wall_ours:.2f}x (wall time, median)",
                      wall_py / wall_ours >= 3)
        if peak:
            self.goal("1", "our peak heap", "<= 3x the final Table", f"{peak:.2f}x (median)", peak <= 3)

    def conversion(self):
        path = os.path.join(self.out, "jmh.json")
        if not os.path.exists(path):
            return
        with open(path) as f:
            results = json.load(f)
        by_name, forks = {}, 1
        for r in results:
            forks = len(r["primaryMetric"]["rawData"])
            name = r["benchmark"].rsplit(".", 1)[1]
            raw = [v for fork in r["primaryMetric"]["rawData"] for v in fork]
            by_name[name] = raw
        floor = med(by_name.get("jacksonTokens", []))
        self.add("## 2. Conversion (JMH): one 999-row page, bytes to columns", "",
                 "The first page of the throughput query as the emulator sent it (`bench/results/page.json`). "
                 f"JMH 1.37, {forks} fork{'s' if forks > 1 else ''} (a fresh JVM each: the JIT's choices differ between "
                 f"JVMs, the token floor's most), 3 warm-up and {len(next(iter(by_name.values()))) // forks} measured "
                 "iterations of 2 s per fork; throughput in pages per second, median (min-max) of all iterations.", "",
                 "| benchmark | what it does | pages/s | rows/s | vs the token floor |", "|---|---|---|---|---|")
        described = {
            "pageToColumns": "ours: the engine's reader, bytes to typed column chunks",
            "pageToTable": "ours: the same, then appended to Tablesaw columns",
            "jacksonTokens": "floor: Jackson's token stream, no value read",
            "jacksonValues": "Jackson's token stream, every string and number read",
            "jacksonTree": "Jackson databind `readTree`",
        }
        for name in ["pageToColumns", "pageToTable", "jacksonTokens", "jacksonValues", "jacksonTree"]:
            if name in by_name:
                v = by_name[name]
                self.add(f"| `{name}` | {described[name]} | {spread(v, rate)} | {rate(med(v) * 999)} | "
                         f"{times(med(v) / floor) if floor else ''} |")
        self.add("")
        profile = os.path.join(self.out, "conversion-profile.txt")
        if os.path.exists(profile):
            with open(profile) as f:
                self.add("Where `pageToColumns` spends its time (a JFR recording of the benchmark, "
                         "`bench/python/jfr_top.py`):", "", "```", f.read().strip(), "```", "")
        ours = med(by_name.get("pageToColumns", []))
        if ours and floor:
            self.goal("2", "page conversion", ">= 0.5x plain Jackson (token floor)", f"{ours / floor:.2f}x", ours / floor >= 0.5)

    def kernel_start(self):
        rows = lines(os.path.join(self.out, "kernel_start.jsonl"))
        if not rows:
            return
        ours, theirs = "panther", "python3-debian"
        self.add("## 3. Kernel start, through jupyter_client", "",
                 "From `KernelManager.start_kernel()` (the process start) to the `kernel_info_reply`, and to the first "
                 "`execute_reply` of `1 + 1`; our kernel as `install.sh --prefix` installs it, Debian's python3-ipykernel, "
                 "started alternately in the same run.", "",
                 "| | ours (Panther, Java) | ipykernel (Debian) | ours / ipykernel |", "|---|---|---|---|")
        for label, key in [("to kernel_info_reply", "kernel_info_s"), ("to the first execute_reply", "first_execute_s")]:
            a, b = measured(rows, ours, key), measured(rows, theirs, key)
            self.add(f"| {label} | {spread(a, seconds)} | {spread(b, seconds)} | "
                     f"{times(med(a) / med(b)) if a and b else ''} |")
        self.add("")
        a, b = med(measured(rows, ours, "kernel_info_s")), med(measured(rows, theirs, "kernel_info_s"))
        if a and b:
            self.goal("3", "kernel start", "no slower than ipykernel", f"{a:.2f} s against {b:.2f} s ({a / b:.2f}x)", a <= b)

    def polling(self):
        rows = lines(os.path.join(self.out, "polling.jsonl"))
        if not rows:
            return
        self.add("## 4. Polling: from the server finishing to the client noticing", "",
                 "The emulator keeps each query running 200 ms (`--query-latency 200ms`); a `SELECT 1` is started and "
                 "awaited by the engine's poller and by a fixed 1 s poller (the same client), alternately. The delay "
                 "is the moment the poller returns minus the query's `completedAt`.", "",
                 "| poller | delay after completion | submit to noticed |", "|---|---|---|")
        for impl, label in [("panther", "ours (50 ms, then every 100 ms for 1 s, then growing)"), ("fixed-1s", "fixed 1 s")]:
            self.add(f"| {label} | {spread(measured(rows, impl, 'detect_delay_ms'), millis)} | "
                     f"{spread(measured(rows, impl, 'submit_to_detect_s'), seconds)} |")
        self.add("")
        ours = med(measured(rows, "panther", "detect_delay_ms"))
        if ours is not None:
            self.goal("4", "polling delay", "median <= 150 ms", f"{ours:.0f} ms", ours <= 150)

    def pipelining(self):
        rows = lines(os.path.join(self.out, "pipelining.jsonl"))
        if not rows:
            return
        pages = max(measured(rows, "panther", "pages") or [0])
        self.add(f"## 5. Pipelining: {pages} pages with a 20 ms wait before each", "",
                 "The emulator waits 20 ms before serving each results page (`--results-page-delay 20ms`). Per run, "
                 "the same query's pages are taken by the engine (`ResultsPager`, what `%%panther sql` does once the "
                 "query finished), then fetched only (bytes, page after page) and converted only (those bytes into "
                 "typed columns and onto the table), each page timed. Sequential paging would take the sum of fetch "
                 "and convert per page, perfect overlap the larger of the two.", "",
                 "| | seconds per run | ms per page |", "|---|---|---|")
        for label, key in [("fetch only", "fetch_s"), ("convert only", "convert_s"),
                           ("sum: fetch + convert per page", "sum_s"), ("max: max(fetch, convert) per page", "max_s"),
                           ("**measured: the engine, pipelined**", "pipelined_s")]:
            v = measured(rows, "panther", key)
            self.add(f"| {label} | {spread(v, seconds)} | {millis(med(v) / pages * 1000) if v and pages else ''} |")
        position = measured(rows, "panther", "overlap_position")
        self.add("", f"Where the engine lies between the two: 0 is max(fetch, convert), 1 is the sum: "
                     f"{spread(position, lambda v: f'{v:.2f}')}.", "")
        p = med(position)
        if p is not None:
            self.goal("5", "pipelining", "close to max(fetch, convert), not the sum",
                      f"{p:.2f} of the way from max to sum", p <= 0.25)

    def write(self, target):
        machine = {}
        for phase in ["start", "end"]:
            path = os.path.join(self.out, f"machine-{phase}.json")
            if os.path.exists(path):
                with open(path) as f:
                    machine[phase] = json.load(f)
        self.throughput()
        self.conversion()
        self.kernel_start()
        self.polling()
        self.pipelining()
        start, end = machine.get("start", {}), machine.get("end", {})
        head = ["# Benchmark results", "",
                "Written by `bench/run.sh` (see the README's Benchmarks section); every figure below is what that run "
                "measured. Each benchmark ran once to warm up and then 5 times: medians, with min-max in brackets.", ""]
        if start:
            pk = start["packages"]
            head += [f"- run: {start['time']}, commit {start['commit']}",
                     f"- machine: {start['cpu']}, {start['cores']} cores, {start['memory_gib']} GiB, Linux {start['kernel']}",
                     f"- Java: {start['java']}; Python {start['python']} (Debian): pandas {pk['pandas']}, requests "
                     f"{pk['requests']}, jupyter_client {pk['jupyter_client']}, ipykernel {pk['ipykernel']}",
                     f"- load average (1, 5, 15 min) at the start: {' '.join(start['loadavg'])}; at the end: "
                     f"{' '.join(end.get('loadavg', ['?']))}"]
            others = []
            others_file = os.path.join(self.out, "others-cpu.txt")
            if os.path.exists(others_file):
                with open(others_file) as f:
                    others = [float(line.split()[1]) for line in f if len(line.split()) > 1]
            if others:
                head.append(f"- cores used by other work (processes outside this checkout), sampled every 5 s during the "
                            f"run: median {med(others):.2f}, highest {max(others):.2f}, over 0.5 in "
                            f"{sum(o > 0.5 for o in others)} of {len(others)} samples")
            # the load average at the start includes bench/run.sh's own build: other work is judged by the samples
            busy = (med(others) > 0.1 or max(others) > 1) if others else float(start["loadavg"][0]) >= 1
            if busy:
                head.append("- **other work ran on the machine during this run: take these figures with care**")
            head.append("")
        head += ["## Goals", "", "| # | benchmark | goal | measured | |", "|---|---|---|---|---|", *self.goals, ""]
        analysis = os.path.join(os.path.dirname(target), "ANALYSIS.md")
        tail = []
        if os.path.exists(analysis):
            with open(analysis) as f:
                tail = ["", f.read().rstrip()]
        with open(target, "w") as f:
            f.write("\n".join(head + self.text + tail) + "\n")


if __name__ == "__main__":
    Report(sys.argv[1]).write(sys.argv[2])
