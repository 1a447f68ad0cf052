#!/usr/bin/python3
"""Benchmark 1, the Python side: the route public clients take, done properly.

One requests.Session (keep-alive) sends the same GraphQL calls as the kernel: executeDataLakeQuery, a status
poll every second (as public clients do) until the query leaves `running`, then every results page of 999 rows.
Rows are collected column by column and become a pandas DataFrame; timestamp columns (per columnInfo.types)
are parsed with an explicit format into datetime64[ns, UTC]. Prints one JSON line of figures.

    PANTHER_API_URL=.. PANTHER_API_TOKEN=.. /usr/bin/python3 datalake_pandas.py OUT.jsonl RUN SQL_FILE ROWS
"""
import json
import os
import resource
import sys
import time
from datetime import datetime, timezone

import pandas as pd
import requests

EXECUTE = "mutation($input: ExecuteDataLakeQueryInput!) { executeDataLakeQuery(input: $input) { id } }"
STATE = "query($id: ID!) { dataLakeQuery(id: $id) { id status message completedAt } }"
RESULTS = ("query($id: ID!, $cursor: String) { dataLakeQuery(id: $id) { status message "
           "results(input: {cursor: $cursor, pageSize: 999}) { tryAgain columnInfo { order types } "
           "stats { bytesScanned executionTime rowCount } pageInfo { hasNextPage endCursor } edges { node } } } }")
TIMESTAMP_TYPES = {"TIMESTAMP_NTZ", "TIMESTAMP_TZ", "TIMESTAMP_LTZ", "TIMESTAMP"}


def rss_bytes():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def server_cpu_seconds():
    """The CPU time the emulator process (PANTHER_EMULATOR_PID) has used; None when unknown."""
    pid = os.environ.get("PANTHER_EMULATOR_PID")
    if not pid:
        return None
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def fetch(url, token, sql):
    session = requests.Session()
    session.headers.update({"X-API-Key": token, "Content-Type": "application/json"})

    def call(query, variables):
        reply = session.post(url, data=json.dumps({"query": query, "variables": variables}), timeout=60)
        reply.raise_for_status()
        body = reply.json()
        if body.get("errors"):
            raise RuntimeError(body["errors"])
        return body["data"]

    query_id = call(EXECUTE, {"input": {"sql": sql}})["executeDataLakeQuery"]["id"]
    while True:
        time.sleep(1.0)
        state = call(STATE, {"id": query_id})["dataLakeQuery"]
        if state["status"] != "running":
            break
    if state["status"] != "succeeded":
        raise RuntimeError(f"query {query_id} {state['status']}: {state['message']}")
    detected = time.time()

    columns, order, types, cursor, pages = None, None, None, None, 0
    while True:
        results = call(RESULTS, {"id": query_id, "cursor": cursor})["dataLakeQuery"]["results"]
        if results["tryAgain"]:
            time.sleep(0.1)
            continue
        pages += 1
        if columns is None:
            order = results["columnInfo"]["order"]
            types = results["columnInfo"]["types"]
            columns = {name: [] for name in order}
        for name, values in columns.items():
            values.extend(edge["node"].get(name) for edge in results["edges"])
        info = results["pageInfo"]
        if not info["hasNextPage"]:
            break
        cursor = info["endCursor"]

    frame = pd.DataFrame(columns, columns=order)
    for name in order:
        if types[name].upper() in TIMESTAMP_TYPES:
            frame[name] = pd.to_datetime(frame[name], format="%Y-%m-%d %H:%M:%S.%f", utc=True)
    return frame, query_id, state["completedAt"], detected, pages


def main():
    out, run, sql_file, rows = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    url, token = os.environ["PANTHER_API_URL"], os.environ["PANTHER_API_TOKEN"]
    sql = open(sql_file).read().replace("ROWS", str(rows))
    baseline = rss_bytes()
    cpu_start = time.process_time()
    server_cpu_start = server_cpu_seconds()
    started = time.time()
    start = time.perf_counter()
    frame, query_id, completed_at, detected, pages = fetch(url, token, sql)
    wall = time.perf_counter() - start
    ended = time.time()
    cpu = time.process_time() - cpu_start
    server_cpu = server_cpu_seconds() - server_cpu_start if server_cpu_start is not None else None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - baseline
    result_bytes = int(frame.memory_usage(deep=True).sum())
    completed = datetime.strptime(completed_at, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc).timestamp()
    line = {
        "bench": "throughput", "impl": "python", "run": run,
        "rows": len(frame), "columns": len(frame.columns), "pages": pages,
        "wall_s": wall, "rows_per_s": len(frame) / wall,
        "server_done_s": completed - started, "after_server_done_s": ended - completed,
        "cpu_s": cpu, "server_cpu_s": server_cpu, "peak_bytes": peak, "result_bytes": result_bytes, "peak_over_result": peak / result_bytes,
        "dtypes": {name: str(dtype) for name, dtype in frame.dtypes.items()},
    }
    text = json.dumps(line)
    print(text)
    with open(out, "a") as f:
        f.write(text + "\n")


if __name__ == "__main__":
    main()
