#!/usr/bin/env python3
"""Long-session soak (issue 23): N cells through jupyter_client in the Panther kernel on its built-in demo, then the
same number of cells of the same kinds in ipykernel (fetching the same alerts from a standalone emulator of the same
seed), one kernel after the other. Writes one result file for reliability/report.py.

    python soak.py --cells 1000 --every 100 --out kernel/target/reliability/long-session-soak.json \
        --jupyter-path kernel/target/jupyter --emulator-jar emulator/target/panther-emulator.jar

Run by reliability/run.sh with the python3 install.sh recorded (it has jupyter_client and ipykernel). Measured at
cell 0 and every --every cells: the Panther kernel's live heap after a full collection (`jcmd PID GC.class_histogram`,
whose total counts the objects that survived the collection it forces) and the heap its JVM keeps committed
(`GC.heap_info`), each kernel's resident memory, threads and open file descriptors (/proc/PID). ipykernel has no
heap figure of the same kind: its resident memory is read after `gc.collect()` (a silent request, kept out of its
history and Out). Every cell's latency is the time from the
execute request to the kernel going idle, as a front end sees it. Linux only (/proc).
"""
import argparse
import json
import os
import queue
import re
import shutil
import statistics
import subprocess
import sys
import time

import jupyter_client

# the cycle of the issue: a Java snippet, alerts rebinding the same name, a table from it, a chart, a string
PANTHER_CELLS = [
    "int n = 6 * 7;\nString word = \"cell \" + n;\nword.length() + n",
    "%panther alerts --since 1d --as a",
    "Table t = a.first(5);\nt",
    "%panther chart a --x createdAt --by severity --bucket 1h",
    "\"alerts: \" + a.rowCount()",
]

# the same kinds of cells in Python, with what ipykernel's environment has (requests, no pandas): rows as a list of
# dicts shown as an HTML table, a Plotly figure as JSON, as ours are shown
PYTHON_SETUP = r'''
import collections, os, requests

class Rows(list):
    def _repr_html_(self):
        keys = list(self[0].keys()) if self else []
        head = "".join(f"<th>{k}</th>" for k in keys)
        body = "".join("<tr>" + "".join(f"<td>{r.get(k)}</td>" for k in keys) + "</tr>" for r in self)
        return f"<table><tr>{head}</tr>{body}</table><p>{len(self)} rows</p>"

QUERY = """query($input: AlertsInput!) { alerts(input: $input) {
  edges { node { id createdAt severity status title origin { ... on Detection { name } } assignee { email }
                 lastReceivedEventAt } }
  pageInfo { hasNextPage endCursor } } }"""

def alerts(since_days):
    import datetime
    now = datetime.datetime.now(datetime.timezone.utc)
    after, before = (now - datetime.timedelta(days=since_days)).isoformat(), now.isoformat()
    rows, cursor = Rows(), None
    while True:
        window = {"createdAtAfter": after, "createdAtBefore": before, "cursor": cursor, "pageSize": 25}
        answer = requests.post(os.environ["PANTHER_API_URL"], headers={"X-API-Key": os.environ["PANTHER_API_TOKEN"]},
                               json={"query": QUERY, "variables": {"input": window}}, timeout=60).json()
        if "errors" in answer:
            raise RuntimeError(answer["errors"][0]["message"])
        page = answer["data"]["alerts"]
        for edge in page["edges"]:
            node = edge["node"]
            rows.append({"id": node["id"], "createdAt": node["createdAt"], "severity": node["severity"],
                         "status": node["status"], "title": node["title"],
                         "origin.name": (node.get("origin") or {}).get("name"),
                         "assignee.email": (node.get("assignee") or {}).get("email"),
                         "lastReceivedEventAt": node["lastReceivedEventAt"]})
        if not page["pageInfo"]["hasNextPage"]:
            return rows
        cursor = page["pageInfo"]["endCursor"]

class Chart:
    def __init__(self, rows):
        counts = collections.Counter((r["createdAt"][:13], r["severity"]) for r in rows)
        hours = sorted({h for h, _ in counts})
        self.figure = {"data": [{"type": "bar", "name": s, "x": hours, "y": [counts[(h, s)] for h in hours]}
                                for s in sorted({s for _, s in counts})],
                       "layout": {"barmode": "stack", "title": {"text": "alerts per hour"}}}
    def _repr_mimebundle_(self, include=None, exclude=None):
        return {"application/vnd.plotly.v1+json": self.figure, "text/plain": "<chart>"}
'''

PYTHON_CELLS = [
    "n = 6 * 7\nword = \"cell \" + str(n)\nlen(word) + n",
    "a = alerts(1)\na",
    "t = Rows(a[:5])\nt",
    "Chart(a)",
    "\"alerts: \" + str(len(a))",
]


class Kernel:
    """One kernel started and driven by jupyter_client, as a front end does."""

    def __init__(self, name, env=None):
        self.manager = jupyter_client.KernelManager(kernel_name=name)
        self.manager.start_kernel(env={**os.environ, **(env or {})})
        self.client = self.manager.client()
        self.client.start_channels()
        self.client.wait_for_ready(timeout=180)
        self.pid = self.manager.provisioner.process.pid

    def execute(self, code, silent=False, timeout=300):
        """Runs a cell; returns (seconds until idle, reply status, error or None, the value's text/plain or None)."""
        started = time.time()
        msg_id = self.client.execute(code, silent=silent, store_history=not silent)
        error = text = None
        deadline = started + timeout
        while True:
            try:
                msg = self.client.get_iopub_msg(timeout=max(0.1, deadline - time.time()))
            except queue.Empty:
                raise TimeoutError(f"no answer within {timeout} s to: {code!r}")
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "error":
                error = msg["content"]["ename"] + ": " + msg["content"]["evalue"]
            if msg["msg_type"] == "execute_result":
                text = msg["content"]["data"].get("text/plain")
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                break
        seconds = time.time() - started
        while True:
            reply = self.client.get_shell_msg(timeout=timeout)
            if reply["parent_header"].get("msg_id") == msg_id:
                return seconds, reply["content"]["status"], error, text

    def close(self):
        self.client.stop_channels()
        self.manager.shutdown_kernel(now=False)


def proc_figures(pid):
    with open(f"/proc/{pid}/status") as f:
        status = f.read()
    return {"rssMB": round(int(re.search(r"VmRSS:\s+(\d+) kB", status).group(1)) / 1024, 1),
            "threads": int(re.search(r"Threads:\s+(\d+)", status).group(1)),
            "fds": len(os.listdir(f"/proc/{pid}/fd"))}


def jcmd_for(pid):
    """jcmd beside the java the kernel runs (any JDK's jcmd can attach, but the same one is surest)."""
    beside = os.path.join(os.path.dirname(os.path.realpath(f"/proc/{pid}/exe")), "jcmd")
    found = beside if os.access(beside, os.X_OK) else shutil.which("jcmd")
    if not found:
        sys.exit("soak.py: no jcmd beside the kernel's java nor on PATH: the live heap cannot be read")
    return found


def java_heap(jcmd, pid):
    """The bytes of the objects that survive a full collection (GC.class_histogram forces one and counts them), and
    the heap the JVM keeps committed after it (GC.heap_info: the sum of its heap or generations' totals)."""
    out = subprocess.run([jcmd, str(pid), "GC.class_histogram"], capture_output=True, text=True, timeout=120).stdout
    total = re.search(r"^Total\s+\d+\s+(\d+)", out, re.M)
    if not total:
        sys.exit(f"soak.py: jcmd GC.class_histogram gave no total: {out[-300:]}")
    info = subprocess.run([jcmd, str(pid), "GC.heap_info"], capture_output=True, text=True, timeout=120).stdout
    heaps = r"^\s*\S.*?(?:heap|generation|PSYoungGen|ParOldGen)\s+total (\d+)K"  # G1, Serial, Parallel
    committed = sum(int(k) for k in re.findall(heaps, info, re.M))
    return {"heapMB": round(int(total.group(1)) / 1024 / 1024, 1),
            "committedMB": round(committed / 1024, 1) if committed else None}


def soak(label, kernel, cells, every, measure):
    """Runs `cells` cells cycling through the kinds, measuring at cell 0 and every `every` cells."""
    kinds = PANTHER_CELLS if label == "panther" else PYTHON_CELLS
    samples, latencies, errors, counts = [], [], [], []
    samples.append({"kernel": label, "cell": 0, **measure()})
    for i in range(cells):
        seconds, status, error, text = kernel.execute(kinds[i % len(kinds)])
        latencies.append(round(seconds, 4))
        if status != "ok":
            errors.append(f"cell {i + 1}: {error}")
        if i % len(kinds) == len(kinds) - 1 and text:
            counts.append(int(re.sub(r"\D", "", text) or -1))
        if (i + 1) % every == 0:
            samples.append({"kernel": label, "cell": i + 1, **measure()})
            print(f"soak.py: {label} {samples[-1]}", file=sys.stderr, flush=True)
    if not counts or min(counts) <= 0:
        errors.append(f"the alerts cells found no alerts ({counts[:3]}): nothing was soaked")
    return samples, latencies, errors, {"alertsFirst": counts[0] if counts else None,
                                        "alertsLast": counts[-1] if counts else None}


def latency_summary(latencies, kinds):
    out = {"cell1": latencies[0], "cellLast": latencies[-1], "kinds": []}
    for k in range(kinds):
        mine = latencies[k::kinds]
        out["kinds"].append({"first": mine[0], "medianFirst10": statistics.median(mine[1:11]),
                             "medianLast10": statistics.median(mine[-10:])})
    return out


def start_emulator(jar):
    """A standalone emulator with the demo's data (seed 7, scale 1); returns (process, url, token)."""
    java = shutil.which("java") or "java"
    process = subprocess.Popen([java, "-jar", jar, "--port", "0", "--seed", "7", "--scale", "1"],
                               stdout=subprocess.PIPE, text=True)
    url = token = None
    for line in process.stdout:
        if line.startswith("PANTHER_API_URL="):
            url = line.strip().split("=", 1)[1]
        elif line.startswith("PANTHER_API_TOKEN="):
            token = line.strip().split("=", 1)[1]
        if url and token:
            return process, url, token
    process.kill()
    sys.exit("soak.py: the emulator ended before it printed its URL and token")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cells", type=int, default=1000)
    parser.add_argument("--every", type=int, default=100)
    parser.add_argument("--out", required=True)
    parser.add_argument("--jupyter-path", required=True, help="the directory holding kernels/panther (this build's)")
    parser.add_argument("--emulator-jar", required=True)
    parser.add_argument("--kernels", default="panther,python3")
    args = parser.parse_args()
    os.environ["JUPYTER_PATH"] = os.path.abspath(args.jupyter_path)
    os.environ["PYTHONWARNINGS"] = "ignore"

    result = {"suite": "long-session-soak", "totals": {"cells": args.cells, "every": args.every,
                                                       "cycle": len(PANTHER_CELLS), "cpus": os.cpu_count()},
              "rows": []}
    wanted = args.kernels.split(",")
    if "panther" in wanted:
        # the demo, as a notebook without Panther configured finds it
        kernel = Kernel("panther", {"PANTHER_API_URL": "", "PANTHER_API_TOKEN": ""})
        jcmd = jcmd_for(kernel.pid)
        try:
            samples, latencies, errors, alerts = soak(
                "panther", kernel, args.cells, args.every,
                lambda: {**java_heap(jcmd, kernel.pid), **proc_figures(kernel.pid)})
        finally:
            kernel.close()
        result["rows"] += samples
        result["totals"]["panther"] = {"latency": latency_summary(latencies, len(PANTHER_CELLS)), "errors": errors,
                                       **alerts}
    if "python3" in wanted:
        emulator, url, token = start_emulator(args.emulator_jar)
        try:
            kernel = Kernel("python3", {"PANTHER_API_URL": url, "PANTHER_API_TOKEN": token})
            try:
                kernel.execute(PYTHON_SETUP)

                def measure():
                    kernel.execute("import gc; gc.collect()", silent=True)
                    return proc_figures(kernel.pid)

                samples, latencies, errors, alerts = soak("python3", kernel, args.cells, args.every, measure)
                info = kernel.client.kernel_info(reply=True)["content"]
            finally:
                kernel.close()
        finally:
            emulator.terminate()
            emulator.wait(timeout=30)
        result["rows"] += samples
        result["totals"]["python3"] = {"latency": latency_summary(latencies, len(PYTHON_CELLS)), "errors": errors,
                                       **alerts,
                                       "implementation": info.get("implementation", "") + " "
                                       + info.get("implementation_version", "")}
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=2)
    failed = [e for k in wanted for e in result["totals"].get(k, {}).get("errors", [])]
    if failed:
        sys.exit("soak.py: cells failed: " + "; ".join(failed[:5]))


if __name__ == "__main__":
    main()
