#!/usr/bin/env python3
"""Rewrites the figures in RELIABILITY.md from the result files the reliability tests write.

    python3 reliability/report.py [--only NAME,...] RELIABILITY.md DIR...

Each DIR holds SUITE.json files ({"suite", "totals", "rows"}). Every block between
<!-- figures:NAME --> and <!-- /figures:NAME --> in the markdown file is replaced by the table made from
the files; a block whose files are missing says so instead of keeping old numbers. With --only, just the
named blocks are rewritten.
"""
import datetime
import glob
import json
import os
import re
import sys


def load(dirs):
    suites = {}
    newest = 0
    for d in dirs:
        for path in glob.glob(os.path.join(d, "*.json")):
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
            data["written"] = os.path.getmtime(path)
            suites[data["suite"]] = data
            newest = max(newest, os.path.getmtime(path))
    return suites, newest


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(out)


def n(value):
    return f"{value:,}" if isinstance(value, int) else str(value)


FAULTS = ["HTTP 500", "HTTP 502", "HTTP 503", "HTTP 429 with Retry-After", "HTTP 503 with Retry-After",
          "connection reset", "read timeout", "truncated JSON", "HTML error page", "tryAgain"]


def fault_matrix(s):
    rows = s["rows"]
    t = s["totals"]
    places = []
    for r in rows:
        key = (r["target"], r["phase"])
        if key not in places:
            places.append(key)
    cells = {}
    for r in rows:
        key = (r["target"], r["phase"], r["fault"])
        if r["expected"].startswith("error, sent"):
            word = f"error, sent {r['mutationsSent']}×"
        elif r["expected"].startswith("sent again"):
            word = f"done, sent {r['mutationsSent']}×"
        elif r["expected"].startswith("error after the retry budget"):
            word = f"error, sent {r['mutationsSent']}×"
        elif r["persistence"] == "transient":
            word = "exact"
        elif r["expected"].startswith("partial"):
            word = f"error, {r['rowsKept']:,} kept"
        else:
            word = "error"
        cells.setdefault(key, {})[r["persistence"]] = word
    body = []
    for target, phase in places:
        line = [f"{target}: {phase}"]
        for fault in FAULTS:
            c = cells.get((target, phase, fault))
            line.append("n/a" if c is None else f"{c.get('transient', '?')} / {c.get('persistent', '?')}")
        body.append(line)
    combos = len({(r["target"], r["phase"], r["fault"]) for r in rows})
    once = [r for r in rows if r["mutationsSent"] > 0 and not r["expected"].startswith(("sent again", "error after"))]
    mutations = sum(r["mutationsSent"] for r in once)
    again = [r for r in rows if r["expected"].startswith(("sent again", "error after"))]
    text = [f"**{len(rows)} runs survived**: {combos} fault × phase combinations ({len(FAULTS)} faults, {len(places)} "
            f"phases; tryAgain exists only on results pages), each once transient ({t['retryBudget'] - 1} faults, one "
            f"fewer than the retry budget of {t['retryBudget']} attempts) and once persistent. After a fault the server "
            f"may have acted on, every run that starts a query or changes an alert sent that mutation exactly once "
            f"({mutations} mutations in {len(once)} runs, counted by the emulator); after a 429 or a 503 with "
            f"Retry-After (the server did not act) the mutation was sent again, up to the retry budget, and made the "
            f"change once ({len(again)} runs). Read timeout: the client waits {t['readTimeoutMillis']} ms, the server "
            f"answers after 2 s. Data lake runs page {t['dataLakeRows']:,} rows (999 a page); alerts runs "
            f"{t['cleanAlertRows']:,} alerts, 10 a page.",
            "",
            "Each cell: transient / persistent outcome. *exact*: the same rows, in the same order, as a clean run; "
            "*error*: an error naming the fault, the phase and (for a started query) the query id; *N kept*: the table of "
            "the rows fetched before the failure, marked partial, comes with the error; *sent 1×*: the mutation reached "
            "the server once, and the error says it was not sent again; *done, sent 3×*: refused twice, then made.",
            "",
            table(["target: phase"] + FAULTS, body)]
    return "\n".join(text)


def kernel_survival(s):
    rows = [[r["failure"], r["error"]] for r in s["rows"]]
    return (f"**{s['totals']['failuresSurvived']} failures survived** in one kernel process: after each, a Java cell "
            f"and a `%%panther sql` cell answered (checked through jupyter_client).\n\n"
            + table(["failure", "error shown"], rows))


def concurrent(s):
    t = s["totals"]
    overlap = s["rows"][0]["maxRunningAtOnce"] if s["rows"] else "?"
    return table(["kernels", "queries", "with exactly their rows", "rows checked", "most running at once on the server"],
                 [[t["kernels"], t["queries"], t["queriesWithExactRows"], n(t["rows"]), overlap]])


def secrets(s, examples):
    t = s["totals"]
    notebooks = examples["rows"] if examples else []
    head = table(["tokens", "pieces searched per token", "cells run", "commands and subcommands", "example notebooks",
                  "sources searched", "characters searched", "leaks found"],
                 [[t["tokens"], t["piecesPerToken"], t["cellsRun"], t["commandsRun"], len(notebooks),
                   t["sourcesSearched"] + sum(r["sources"] for r in notebooks),
                   n(t["charactersSearched"] + sum(r["characters"] for r in notebooks)),
                   t["leaksFound"] + sum(r["leaks"] for r in notebooks)]])
    rows = [[r["source"], n(r["characters"])] for r in s["rows"]]
    rows += [[f"example {r['notebook']}: both notebooks, nbconvert and kernel logs, recording, files under HOME "
              f"({r['sources']} sources)", n(r["characters"])] for r in notebooks]
    return head + "\n\n" + table(["source", "characters"], rows)


def transport(s, profiles):
    parts = []
    if s:
        parts.append(f"{s['totals']['checks']} transport checks held (http refused off loopback, redirect not followed, "
                     f"certificates and host names checked, no silent switch-off); in every refused case "
                     f"{sum(r['requestsReachingServer'] for r in s['rows'] if 'redirect' not in r['check'])} requests "
                     f"reached the server.")
    if profiles:
        t = profiles["totals"]
        parts.append(f"Profile file modes: {t['modesRefused']} of 64 group/other permission combinations refused, "
                     f"{t['modesAccepted']} (owner-only, execute bits aside) accepted.")
    return "\n\n".join(parts)


def fuzz(suites):
    rows = []
    s = suites.get("fuzz-magic-lines")
    if s:
        o = s["totals"]["outcomes"]
        rows.append(["random magic lines and cells", n(s["totals"]["lines"] + s["totals"]["cells"]),
                     ", ".join(f"{v} {k}" for k, v in o.items())])
    s = suites.get("fuzz-graphql")
    if s:
        o = s["totals"]["outcomes"]
        rows.append(["random and mutated GraphQL operations", n(s["totals"]["operations"]),
                     ", ".join(f"{v} {k}" for k, v in o.items())])
    s = suites.get("fuzz-result-pages")
    if s:
        t = s["totals"]
        rows.append(["random results pages (1-3 pages each)", n(t["resultRunsKept"] + t["resultRunsRefusedClearly"]),
                     f"{t['resultRunsKept']} kept every row ({t['resultRowsKept']:,} rows), "
                     f"{t['resultRunsRefusedClearly']} refused with a clear error"])
        rows.append(["random GraphQL rows into typed and JSON tables",
                     n(t["graphqlRowSetsKept"] + t["graphqlRowSetsRefusedClearly"]),
                     f"{t['graphqlRowSetsKept']} kept every row, {t['graphqlRowSetsRefusedClearly']} refused clearly"])
    s = suites.get("fuzz-sql-literals")
    if s:
        t = s["totals"]
        rows.append(["random strings as SQL literals, straight into DuckDB", n(t["stringsThroughDuckDb"]), "all came back exactly"])
        rows.append(["random strings as SQL literals, through the data lake", n(t["stringsThroughPanther"]), "all came back exactly"])
        rows.append(["random longs substituted after a minus", n(t["numbersAfterAMinus"]), "all kept their value and sign"])
    total = 0
    for r in rows:
        total += int(r[1].replace(",", ""))
    return f"**{total:,} fuzz cases run**, none crashed.\n\n" + table(["what", "cases", "outcome"], rows)


def rbac(s):
    t = s["totals"]
    rows = [[r["operation"], r["needs"], r["allowed"], r["denied"]] for r in s["rows"]]
    return (f"**{t['checks']:,} checks**: {t['operations']} operations × {t['permissionSets']} permission sets, plus "
            f"requests without a valid key; all as documented.\n\n"
            + table(["operation", "needs", "keys allowed", "keys denied"], rows))


def span(rows, since, key):
    values = [r[key] for r in rows if r["cell"] >= since]
    return f"{min(values)}" if min(values) == max(values) else f"{min(values)} to {max(values)}"


def long_session(soak, verify):
    parts = []
    if soak:
        t = soak["totals"]
        ours = [r for r in soak["rows"] if r["kernel"] == "panther"]
        theirs = {r["cell"]: r for r in soak["rows"] if r["kernel"] == "python3"}
        body = []
        for r in ours:
            p = theirs.get(r["cell"], {})
            body.append([f"{r['cell']:,}", r["heapMB"], r.get("committedMB") or "?", r["rssMB"], r["threads"], r["fds"],
                         p.get("rssMB", "?"), p.get("threads", "?"), p.get("fds", "?")])
        settled = next((r for r in ours if r["cell"] >= t["every"]), ours[0])
        last = ours[-1]
        per_cell = (last["heapMB"] - settled["heapMB"]) * 1024 / max(1, last["cell"] - settled["cell"])
        py = sorted(theirs.values(), key=lambda r: r["cell"])
        py_settled = next((r for r in py if r["cell"] >= settled["cell"]), py[0])
        py_per_cell = (py[-1]["rssMB"] - py_settled["rssMB"]) * 1024 / max(1, py[-1]["cell"] - py_settled["cell"])
        when = datetime.datetime.fromtimestamp(soak["written"]).strftime("%Y-%m-%d %H:%M")
        parts.append(f"Soak of {when} on a {t['cpus']}-core machine. **{t['cells']:,} cells** in each kernel ({t['cycle']} kinds in turn; both worked on "
                     f"{t['panther']['alertsLast']} and {t['python3']['alertsLast']} alerts): the Panther kernel's "
                     f"live heap after a full collection went from {settled['heapMB']} MB at cell {settled['cell']:,} to "
                     f"{last['heapMB']} MB at cell {last['cell']:,}, {per_cell:.1f} KB a cell; ipykernel's resident "
                     f"memory from {py_settled['rssMB']} to {py[-1]['rssMB']} MB, {py_per_cell:.1f} KB a cell. From cell {settled['cell']:,} on, "
                     f"the Panther kernel had {span(ours, settled['cell'], 'threads')} threads and "
                     f"{span(ours, settled['cell'], 'fds')} open file descriptors, ipykernel "
                     f"{span(py, settled['cell'], 'threads')} and {span(py, settled['cell'], 'fds')}.")
        parts.append(table(["cell", "Panther: live heap after GC (MB)", "Panther: heap committed (MB)",
                            "Panther: resident (MB)", "Panther: threads",
                            "Panther: FDs", "ipykernel: resident after gc.collect() (MB)", "ipykernel: threads",
                            "ipykernel: FDs"], body))
        names = ["a Java snippet", "alerts --as a", "a table from a", "a chart of a", "a string"]
        lat = []
        for i, name in enumerate(names):
            o = t["panther"]["latency"]["kinds"][i]
            p = t["python3"]["latency"]["kinds"][i]
            lat.append([name, f"{o['first']:.3f}", f"{o['medianFirst10']:.3f}", f"{o['medianLast10']:.3f}",
                        f"{p['first']:.3f}", f"{p['medianFirst10']:.3f}", f"{p['medianLast10']:.3f}"])
        parts.append(f"Cell latency (seconds from the execute request to idle, as the front end saw it): cell 1 took "
                     f"{t['panther']['latency']['cell1']:.3f} s in the Panther kernel and "
                     f"{t['python3']['latency']['cell1']:.3f} s in ipykernel, cell {t['cells']:,} "
                     f"{t['panther']['latency']['cellLast']:.3f} s and {t['python3']['latency']['cellLast']:.3f} s. "
                     f"Each kind of cell: its first run, the median of its next ten and of its last ten "
                     f"({t['python3'].get('implementation', 'ipykernel').strip()}):\n\n"
                     + table(["cell", "Panther: first", "Panther: runs 2-11", "Panther: last 10",
                              "ipykernel: first", "ipykernel: runs 2-11", "ipykernel: last 10"], lat))
    else:
        parts.append("(no 1,000-cell figures: run reliability/run.sh --soak)")
    if verify:
        t = verify["totals"]
        rows = verify["rows"]
        parts.append(f"In every `verify` (`LongSessionIT`, {t['warmUpCells']} cells to warm up, then "
                     f"{t['measuredCells']}): {t['bytesPerCell'] / 1024:.1f} KB a cell (the test fails above "
                     f"{t['maxBytesPerCell'] / 1024:.0f} KB); live heap "
                     f"{rows[0]['liveHeapBytes'] / 1048576:.1f} to {rows[-1]['liveHeapBytes'] / 1048576:.1f} MB, "
                     f"threads {span(rows, 0, 'threads')}, descriptors {span(rows, 0, 'fds')}; the first cycle of five cells took {t['firstCycleSeconds']} s, the last "
                     f"{t['lastCycleSeconds']} s.")
    return "\n\n".join(parts)


def main():
    # --only NAME,NAME rewrites those blocks alone (reliability/run.sh --soak), leaving the others as they are
    only = None
    if sys.argv[1] == "--only":
        only = sys.argv[2].split(",")
        del sys.argv[1:3]
    path, dirs = sys.argv[1], sys.argv[2:]
    suites, newest = load(dirs)
    blocks = {
        "run": lambda: (f"Figures of the run of {datetime.datetime.fromtimestamp(newest).strftime('%Y-%m-%d %H:%M')} "
                        f"on a {os.cpu_count()}-core machine." if newest else None),
        "fault-matrix": lambda: suites.get("fault-matrix") and fault_matrix(suites["fault-matrix"]),
        "kernel-survival": lambda: suites.get("kernel-survival") and kernel_survival(suites["kernel-survival"]),
        "concurrent-queries": lambda: suites.get("concurrent-queries") and concurrent(suites["concurrent-queries"]),
        "secret-sweep": lambda: suites.get("secret-sweep") and secrets(suites["secret-sweep"],
                                                                       suites.get("secret-sweep-examples")),
        "transport": lambda: (suites.get("transport-security") or suites.get("profile-permissions"))
                             and transport(suites.get("transport-security"), suites.get("profile-permissions")),
        "fuzz": lambda: any(k.startswith("fuzz-") for k in suites) and fuzz(suites),
        "rbac": lambda: suites.get("rbac-matrix") and rbac(suites["rbac-matrix"]),
        "long-session": lambda: (suites.get("long-session-soak") or suites.get("long-session"))
                                and long_session(suites.get("long-session-soak"), suites.get("long-session")),
    }
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for name, make in blocks.items():
        if only is not None and name not in only:
            continue
        pattern = re.compile(r"(<!-- figures:%s -->\n).*?(<!-- /figures:%s -->)" % (name, name), re.S)
        if not pattern.search(text):
            continue
        try:
            made = make() or "(no figures: the suite's result file was not found; run reliability/run.sh)"
        except (KeyError, IndexError, TypeError):
            made = "(no figures: the last run did not complete this suite; run reliability/run.sh)"
        text = pattern.sub(lambda m: m.group(1) + made + "\n" + m.group(2), text)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
