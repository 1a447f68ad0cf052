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

    ROUTES = [("pandas", "requests + pandas"), ("polars", "orjson + polars"), ("polars-json", "polars' JSON reader"),
              ("pyarrow", "orjson + pyarrow")]
    DATASETS = {"generated": "{rows:,} rows x 10 generated columns (bench/throughput.sql)",
                "cloudtrail": "the whole aws_cloudtrail table, {rows:,} rows x {columns} columns with VARIANT columns "
                              "(bench/cloudtrail.sql)"}
    SERVERS = {"replay": "the results-replay server (a finished query's pages from memory, as the emulator sent them: "
                         "serving costs next to nothing, so the client is measured)",
               "live": "the live emulator (its CPU shares the two cores with the client, as before)"}

    def throughput(self):
        rows = lines(os.path.join(self.out, "throughput.jsonl"))
        if not rows:
            return
        self.add("## 1. Throughput: a data lake result into a typed table", "",
                 "Ours: a `%%panther sql` cell through the magic (`PantherMagics.cell`, the call the kernel makes) into a "
                 "Tablesaw Table, in one JVM started with the installed kernel's JVM options, as in a kernel session. "
                 "Python (bench/results/venv, a fresh process per run, the route's modules imported before the clock "
                 "starts): one `requests.Session`, the same GraphQL calls, every page of 999 rows one after another, "
                 "timestamp columns parsed to UTC datetimes, each route as a data engineer would write it: "
                 "requests + pandas (`reply.json()`, a DataFrame); orjson + polars (columns gathered from "
                 "`orjson.loads`, VARIANT values as JSON text as the kernel keeps them, a polars DataFrame); polars' "
                 "own JSON reader (`pl.read_json` of each page, in Rust; VARIANT values become structs); orjson + "
                 "pyarrow (`pa.array` per column). Every route polls on the kernel's schedule (50 ms, then every "
                 "100 ms), so that they differ in the client only. Wall time runs from sending the query to the "
                 "finished table; two unrecorded passes of ours warm the server first, then the routes take turns "
                 "going first.", "")
        for dataset in ["generated", "cloudtrail"]:
            for server in ["replay", "live"]:
                part = [r for r in rows if r.get("dataset") == dataset and r.get("server") == server]
                if part:
                    self.throughput_table(dataset, server, part)

    def throughput_table(self, dataset, server, rows):
        count = max(measured(rows, "panther", "rows") or [0])
        columns = max(measured(rows, "panther", "columns") or [0])
        self.add(f"### {self.DATASETS[dataset].format(rows=count, columns=columns)}, from {self.SERVERS[server]}", "")
        routes = [(impl, label) for impl, label in self.ROUTES if any(r["impl"] == impl for r in rows)]
        self.add("| | ours | " + " | ".join(label for _, label in routes) + " |",
                 "|---|---|" + "---|" * len(routes))
        failed = {r["impl"]: r["failed"] for r in rows if r.get("failed")}

        def row(label, key, fmt, ratio=False, invert=False):
            cells = [spread(measured(rows, "panther", key), fmt)]
            ours = med(measured(rows, "panther", key))
            for impl, _ in routes:
                if impl in failed and not measured(rows, impl, key):
                    cells.append("cannot: " + failed[impl].replace("|", "/")[:80])
                    continue
                v = measured(rows, impl, key)
                text = spread(v, fmt)
                if ratio and v and ours:
                    text += f" ({times(ours / med(v) if invert else med(v) / ours)})"
                cells.append(text)
            self.add(f"| {label} | " + " | ".join(cells) + " |")
        row("wall time (route / ours)", "wall_s", seconds, ratio=True)
        row("rows/s", "rows_per_s", rate)
        row("client CPU (route / ours)", "cpu_s", seconds, ratio=True)
        row(("replay server" if server == "replay" else "emulator") + " CPU", "server_cpu_s", seconds)
        row("peak memory above the start (ours: heap after GC; Python: RSS)", "peak_bytes", mb)
        row("final result (ours: Table heap; Python: frame size)", "result_bytes", mb)
        row("peak / final result", "peak_over_result", times)
        self.add("")
        if server != "replay":
            return
        ours = med(measured(rows, "panther", "wall_s"))
        pandas = med(measured(rows, "pandas", "wall_s"))
        fastest = min(((med(measured(rows, impl, "wall_s")), label) for impl, label in routes
                       if measured(rows, impl, "wall_s")), default=None)
        if ours and pandas:
            self.goal("1", f"throughput, {dataset}, replay", "ours >= 3x requests + pandas",
                      f"{pandas / ours:.2f}x (wall time, median)", pandas / ours >= 3)
        if ours and fastest:
            self.goal("1", f"throughput, {dataset}, replay", "ours >= 1.5x the fastest Python route",
                      f"{fastest[0] / ours:.2f}x against {fastest[1]}", fastest[0] / ours >= 1.5)
        if not lines(os.path.join(self.out, "heap.jsonl")):
            peak = med(measured(rows, "panther", "peak_over_result"))
            if peak:
                self.goal("1", f"our peak heap, {dataset}, replay", "<= 1.5x the final Table",
                          f"{peak:.2f}x (median)", peak <= 1.5)

    def heap(self):
        rows = lines(os.path.join(self.out, "heap.jsonl"))
        if not rows:
            return
        self.add("## 7. Peak heap: ours alone from the replay server", "",
                 "The throughput cell again, ours alone (no Python process beside it), a fresh session per run. Peak: "
                 "the most heap in use right after any garbage collection during the cell (the heap's pools only), "
                 "above the heap in use before it; final Table: the heap in use after the cell and two collections, "
                 "above the same start. The peak errs high: garbage in the old generation that no collection has "
                 "reached yet counts as live.", "",
                 "| data set | rows x columns | wall time | peak above the start | final Table | peak / final Table |",
                 "|---|---|---|---|---|---|")
        for dataset in ["generated", "cloudtrail"]:
            part = [r for r in rows if r.get("dataset") == dataset]
            if not part:
                continue
            count = max(measured(part, "panther", "rows") or [0])
            columns = max(measured(part, "panther", "columns") or [0])
            self.add(f"| {dataset} | {count:,} x {columns} | {spread(measured(part, 'panther', 'wall_s'), seconds)} | "
                     f"{spread(measured(part, 'panther', 'peak_bytes'), mb)} | "
                     f"{spread(measured(part, 'panther', 'result_bytes'), mb)} | "
                     f"{spread(measured(part, 'panther', 'peak_over_result'), times)} |")
            peak = med(measured(part, "panther", "peak_over_result"))
            if peak:
                self.goal("1", f"our peak heap, {dataset}, replay", "<= 1.5x the final Table",
                          f"{peak:.2f}x (median, benchmark 7)", peak <= 1.5)
        self.add("")

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
        self.add("## 2. Conversion (JMH): 100 consecutive 999-row pages, bytes to columns and to a Table", "",
                 "The first 100 pages of the throughput query as the emulator sent them (`bench/results/pages/`); "
                 "every figure is per page. "
                 f"JMH 1.37, {forks} fork{'s' if forks > 1 else ''} (a fresh JVM each: the JIT's choices differ between "
                 f"JVMs, the token floor's most), 3 warm-up and {len(next(iter(by_name.values()))) // forks} measured "
                 "iterations of 2 s per fork; throughput in pages per second, median (min-max) of all iterations.", "",
                 "| benchmark | what it does | pages/s | rows/s | vs the token floor |", "|---|---|---|---|---|")
        described = {
            "pageToColumns": "ours: the engine's reader alone, each page into typed column chunks on its own",
            "pagesToTable": "ours, the whole way: the pages read into one result in turn, then its Table made",
            "jacksonTokens": "floor: Jackson's token stream, no value read",
            "jacksonValues": "Jackson's token stream, every string and number read",
            "jacksonTree": "Jackson databind `readTree`",
        }
        for name in ["pageToColumns", "pagesToTable", "jacksonTokens", "jacksonValues", "jacksonTree"]:
            if name in by_name:
                v = by_name[name]
                self.add(f"| `{name}` | {described[name]} | {spread(v, rate)} | {rate(med(v) * 999)} | "
                         f"{times(med(v) / floor) if floor else ''} |")
        self.add("")
        profile = os.path.join(self.out, "conversion-profile.txt")
        if os.path.exists(profile):
            with open(profile) as f:
                self.add("Where `pagesToTable` spends its time (a JFR recording of the benchmark, "
                         "`bench/python/jfr_top.py`):", "", "```", f.read().strip(), "```", "")
        ours = med(by_name.get("pagesToTable", []))
        if ours and floor:
            self.goal("2", "page to Table", ">= 0.5x plain Jackson (token floor)", f"{ours / floor:.2f}x", ours / floor >= 0.5)

    def kernel_start(self):
        rows = lines(os.path.join(self.out, "kernel_start.jsonl"))
        if not rows:
            return
        ours, theirs = "panther", "python3-venv"
        self.add("## 3. Kernel start, through jupyter_client", "",
                 "From `KernelManager.start_kernel()` (the process start) to the `kernel_info_reply`, and to the first "
                 "answer of a cell sent at once after it; our kernel as `install.sh --prefix` installs it, ipykernel "
                 "from bench/results/venv, each start a fresh kernel, started alternately in the same run. The first "
                 "cells: `1 + 1` in both; a newcomer's first cell, `%panther alerts --since 7d` on the built-in demo "
                 "(no Panther named in the environment or a profile), against the embedded database a Python user "
                 "reaches for first, `import duckdb; duckdb.sql(...)`; and the first Tab after `FROM ` in a "
                 "`%%panther sql` cell, sent at once and again whenever an answer comes without the demo's tables, "
                 "timed to the answer that lists them (JupyterLab drops a completion that takes over a second); "
                 "then the same Tab sent 2 s after the kernel answers, as when the cell is typed before Tab, and "
                 "sent at once to a kernel whose cache holds no tables kept from an earlier kernel's listing (the "
                 "others find those of the start before them, as a user's second kernel does).", "",
                 "| | ours (Panther, Java) | ipykernel | ours / ipykernel |", "|---|---|---|---|")
        for label, key in [("to kernel_info_reply", "kernel_info_s"), ("to the first execute_reply (`1 + 1`)", "first_execute_s")]:
            a, b = measured(rows, ours, key), measured(rows, theirs, key)
            self.add(f"| {label} | {spread(a, seconds)} | {spread(b, seconds)} | "
                     f"{times(med(a) / med(b)) if a and b else ''} |")
        alerts, duckdb = measured(rows, "panther:alerts", "first_execute_s"), measured(rows, "python3-venv:duckdb", "first_execute_s")
        if alerts or duckdb:
            self.add(f"| to the first answer: ours the `%panther alerts --since 7d` table on the demo, ipykernel "
                     f"`duckdb.sql(...)` | {spread(alerts, seconds)} | {spread(duckdb, seconds)} | "
                     f"{times(med(alerts) / med(duckdb)) if alerts and duckdb else ''} |")
        tab = measured(rows, "panther:sql-tab", "first_execute_s")
        for probe, label in [("panther:sql-tab", "to the first Tab after `FROM ` listing the demo's tables (that Tab's "
                                                 "own wait; Tabs sent)"),
                             ("panther:sql-tab-2s", "the same, the first Tab sent 2 s after kernel_info_reply, as when "
                                                    "the cell is typed first"),
                             ("panther:sql-tab-nothing-kept", "the same as the first, no tables kept from an earlier "
                                                              "kernel (a new, empty cache directory)")]:
            first, own, tabs = (measured(rows, probe, key) for key in ("first_execute_s", "tab_reply_s", "tabs"))
            if first:
                self.add(f"| {label} | {spread(first, seconds)} ({spread(own, seconds)}; "
                         f"{spread(tabs, lambda v: f'{v:.0f}')}) | | |")
        b = measured(rows, theirs, "first_execute_s")
        floors = [("jshell-floor", "the floor: a bare JVM, JShell's first `1 + 1` and nothing else (`JShellFloor`)"),
                  ("jshell-floor-classpath", "the floor with our class path (the installed kernel's jars)"),
                  ("jshell-floor-imports", "the floor with our class path and our imports declared first "
                                           "(`JShellFloor --kernel-imports`)")]
        for impl, label in floors:
            a = measured(rows, impl, "first_execute_s")
            if a:
                self.add(f"| {label} | {spread(a, seconds)} | | {times(med(a) / med(b)) if b else ''} |")
        self.add("")
        if measured(rows, "jshell-floor", "first_execute_s"):
            self.add("The floor is a JVM started with its own class data sharing archive that builds JShell (evaluating "
                     "in the same JVM, as ours does) and prints `1 + 1`: no Jupyter connection, no imports, no class "
                     "path, timed from the process start to the printed value. Any kernel whose JVM starts when "
                     "Jupyter asks for it answers its first cell no sooner. The next two add what our notebooks "
                     "start with: the installed kernel's jars on the class path, then the notebook's imports declared "
                     "before the cell too; the rest, up to ours, is the kernel's own (the Jupyter connection, the "
                     "renderers, the cell's way through the kernel).", "")
        for what, key in [("kernel start (kernel_info)", "kernel_info_s"), ("first cell (1 + 1)", "first_execute_s")]:
            a, b = med(measured(rows, ours, key)), med(measured(rows, theirs, key))
            if a and b:
                self.goal("3", what, "no slower than ipykernel", f"{a:.2f} s against {b:.2f} s ({a / b:.2f}x)", a <= b)
        if alerts:
            a = med(alerts)
            against = f" (ipykernel's first DuckDB answer {med(duckdb):.2f} s, {a / med(duckdb):.1f}x)" if duckdb else ""
            self.goal("3", "first `%panther alerts` table on the demo", "<= 2.0 s", f"{a:.2f} s{against}", a <= 2.0)
        if tab:
            own, tabs = measured(rows, "panther:sql-tab", "tab_reply_s"), measured(rows, "panther:sql-tab", "tabs")
            first_tab = all(t == 1 for t in tabs) and max(own) <= 1.0
            bare = measured(rows, "panther:sql-tab-nothing-kept", "tabs")
            unkept = (f"; with no tables kept from an earlier kernel, {max(bare):.0f} Tabs at most" if bare else "")
            self.goal("3", "first Tab after FROM lists the demo's tables", "the first Tab, answered within 1 s",
                      f"{'the first Tab listed them' if first_tab else 'a Tab sent at once came back without them'}; "
                      f"the tables from {med(tab):.2f} s after the start (Tabs sent: {max(tabs):.0f} at most; the "
                      f"listing Tab answered in {max(own):.2f} s at most){unkept}", first_tab)

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
        wait = next((r["server_wait"] for r in rows if r.get("server_wait")), "?")
        self.add(f"## 5. Pipelining: {pages} pages from a server that waits {wait} before each answer", "",
                 f"The results-replay server (as in benchmark 1) serves a finished query's pages from memory and waits "
                 f"{wait} before each answer, about what converting a page takes, so that fetching costs the client "
                 f"little CPU and the sum and the larger of fetch and convert differ most. Per run, "
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

    def latency(self):
        rows = lines(os.path.join(self.out, "latency.jsonl"))
        if not rows:
            return
        dataset = next((r["dataset"] for r in rows if r.get("dataset")), "latency")
        wait = dataset.split('-', 1)[1]
        count = max(measured(rows, "panther-sequential", "rows") or [0])
        parts = max(measured(rows, "panther-partitions", "partitions") or [0])
        python = next((r["impl"] for r in rows if r.get("bench") == "throughput"), None)
        servers = [s for s in ("replay", "live") if any(r.get("server") == s for r in rows)]
        self.add(f"## 6. Latency: {count:,} rows from a server {wait} away", "",
                 f"Every request waits {wait} before it is answered, as from a Panther an internet round trip away; "
                 "the query (bench/latency.sql) has a time window on `p_event_time`. Ours page after page "
                 "(`--partitions 1`: page n+1 is asked for as soon as page n's `pageInfo` is read, one round trip per "
                 f"page), ours in {parts} time partitions (`--partitions {parts}`: {parts} queries over adjacent time "
                 f"ranges, paged side by side, joined in order), and the fastest Python route ({python}) page after "
                 "page. \"Same rows\": the split result's rows, sorted by id, cell by cell against the whole one's.", "")
        for server in servers:
            on = [r for r in rows if r.get("server") == server]
            if server == "replay":
                self.add(f"**From the replay server** (`ReplayServer ... {wait}`): the warm-up run recorded every "
                         "route's queries, the unsplit one and each partition's, from an emulator without latency; "
                         f"the runs below were served from memory, each request after {wait}, like the emulator's "
                         "`--latency`. The server's CPU is next to nothing: the client is measured.", "")
            else:
                self.add(f"**From the live emulator** (`--latency {wait}`): it runs every query and serves every page, "
                         "on the same two cores as the client, so a split gains less.", "")
            self.add("| | wall time | rows/s | pages | bytes scanned | same rows |", "|---|---|---|---|---|---|")
            for impl, label in [("panther-sequential", "ours, page after page"),
                                ("panther-partitions", f"ours, {parts} time partitions"),
                                (python, f"Python ({python}), page after page")]:
                part = [r for r in on if r["impl"] == impl]
                if not part:
                    continue
                same = measured(part, impl, "same_rows")
                scanned = sorted({r["bytes_scanned"] for r in part if r.get("bytes_scanned")})
                self.add(f"| {label} | {spread(measured(part, impl, 'wall_s'), seconds)} | "
                         f"{spread(measured(part, impl, 'rows_per_s'), rate)} | {med(measured(part, impl, 'pages')) or ''} | "
                         f"{', '.join(scanned)} | {('yes' if all(same) else 'NO') + f' ({len(same)} runs)' if same else ''} |")
            self.add("")
            split = med(measured(on, "panther-partitions", "wall_s"))
            whole = med(measured(on, "panther-sequential", "wall_s"))
            theirs = med(measured(on, python, "wall_s")) if python else None
            same = measured(on, "panther-partitions", "same_rows")
            what = f"time partitions at {wait}, {'replay server' if server == 'replay' else 'live emulator'}"
            if split and whole:
                self.goal("6", what, ">= 4x faster than our sequential paging",
                          f"{whole / split:.2f}x, same rows: {'yes' if same and all(same) else 'NO'}",
                          whole / split >= 4 and bool(same) and all(same))
            if split and theirs:
                self.goal("6", what, ">= 4x faster than Python's sequential paging", f"{theirs / split:.2f}x",
                          theirs / split >= 4)

    def runs_text(self):
        """How many recorded runs each benchmark had (BENCH_RUNS, BENCH_LATENCY_RUNS), from the figures."""
        counts = {}
        for name in ["throughput", "kernel_start", "polling", "pipelining", "latency", "heap"]:
            runs = [r["run"] for r in lines(os.path.join(self.out, name + ".jsonl"))]
            if runs:
                counts.setdefault(max(runs), []).append(name.replace("_", " "))
        if len(counts) <= 1:
            return f"{next(iter(counts), 0)} times"
        return ", ".join(f"{n} times ({', '.join(names)})" for n, names in sorted(counts.items()))

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
        self.latency()
        self.heap()
        start, end = machine.get("start", {}), machine.get("end", {})
        head = ["# Benchmark results", "",
                "Written by `bench/run.sh` (see docs/benchmarks.md); every figure below is what that run "
                f"measured. Each benchmark ran once to warm up and then {self.runs_text()}: medians, with min-max in "
                "brackets.", ""]
        if start:
            pk = start["packages"]
            head += [f"- run: {start['time']}, commit {start['commit']}",
                     f"- machine: {start['cpu']}, {start['cores']} cores, {start['memory_gib']} GiB, Linux {start['kernel']}",
                     f"- Java: {start['java']}; Python {start['python']} (bench/results/venv): "
                     + ", ".join(f"{name} {version}" for name, version in pk.items()),
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
