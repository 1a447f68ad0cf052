#!/usr/bin/env python3
"""The Python side of the data lake benchmarks: the routes a data engineer would take from Panther's GraphQL API to
a typed data frame, each with timestamp columns parsed to UTC datetimes (per columnInfo.types).

  pandas       requests + pandas: `reply.json()`, values gathered column by column, a pandas DataFrame
               (objects and arrays stay Python objects), `pd.to_datetime` with an explicit format
  polars       requests + orjson + polars: `orjson.loads`, values gathered column by column (VARIANT, OBJECT and
               ARRAY values as JSON text, as the kernel keeps them), a polars DataFrame, `str.to_datetime`
  polars-json  requests + polars alone: each page read by `pl.read_json` (Rust; VARIANT values become structs),
               its edges unnested, the pages concatenated
  pyarrow      requests + orjson + pyarrow: values gathered as for polars, `pa.array` per column, timestamps cast

Every route sends the same GraphQL as public clients (executeDataLakeQuery, dataLakeQuery status polls, results
pages of 999 rows, one after another on one requests.Session) and polls on the kernel's schedule (first after 50 ms,
every 100 ms during the first second, then growing by half to 2 s), so that the routes differ only in the client.

    PANTHER_API_URL=.. PANTHER_API_TOKEN=.. datalake_python.py ROUTE OUT.jsonl RUN SQL_FILE ROWS DATASET SERVER

appends one JSON line of figures to OUT.jsonl (and prints it).
"""
import importlib
import json
import os
import resource
import sys
import time
from datetime import datetime, timezone

import requests

EXECUTE = "mutation($input: ExecuteDataLakeQueryInput!) { executeDataLakeQuery(input: $input) { id } }"
STATE = "query($id: ID!) { dataLakeQuery(id: $id) { id status message completedAt } }"
RESULTS = ("query($id: ID!, $cursor: String) { dataLakeQuery(id: $id) { status message "
           "results(input: {cursor: $cursor, pageSize: 999}) { tryAgain columnInfo { order types } "
           "stats { bytesScanned executionTime rowCount } pageInfo { hasNextPage endCursor } edges { node } } } }")
CANNOT = 3  # the exit status that tells the benchmark this route cannot read this data set
TIMESTAMPS = ("TIMESTAMP",)
NESTED = ("VARIANT", "OBJECT", "ARRAY")


def kind(snowflake_type):
    """TIMESTAMP, NESTED or None, from a columnInfo type in any spelling (TIMESTAMP_NTZ, timestamp_ntz(9))."""
    upper = (snowflake_type or "").upper()
    if upper.startswith(TIMESTAMPS):
        return "TIMESTAMP"
    if upper.startswith(NESTED):
        return "NESTED"
    return None


def rss_bytes():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def server_cpu_seconds():
    """The CPU time the server process (PANTHER_EMULATOR_PID) has used; None when unknown."""
    pid = os.environ.get("PANTHER_EMULATOR_PID")
    if not pid:
        return None
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def poll_waits():
    """The kernel's polling schedule: 50 ms, then 100 ms while under a second has passed, then growing to 2 s."""
    started, wait = time.monotonic(), 0.05
    yield wait
    while True:
        wait = 0.1 if time.monotonic() - started < 1.0 else min(2.0, max(wait, 0.1) * 1.5)
        yield wait


class Api:
    def __init__(self, url, token):
        self.url = url
        self.session = requests.Session()
        self.session.headers.update({"X-API-Key": token, "Content-Type": "application/json"})

    def post(self, query, variables):
        reply = self.session.post(self.url, data=json.dumps({"query": query, "variables": variables}), timeout=120)
        reply.raise_for_status()
        return reply

    def call(self, query, variables):
        body = self.post(query, variables).json()
        if body.get("errors"):
            raise RuntimeError(body["errors"])
        return body["data"]

    def run(self, sql):
        """Starts the query and waits for it; returns its id and final state."""
        query_id = self.call(EXECUTE, {"input": {"sql": sql}})["executeDataLakeQuery"]["id"]
        for wait in poll_waits():
            time.sleep(wait)
            state = self.call(STATE, {"id": query_id})["dataLakeQuery"]
            if state["status"] != "running":
                break
        if state["status"] != "succeeded":
            raise RuntimeError(f"query {query_id} {state['status']}: {state['message']}")
        return query_id, state


class Columns:
    """Values gathered column by column from parsed pages (dicts), as routes that build a frame at the end do."""

    def __init__(self, json_text=None):
        self.order, self.types, self.values, self.json_text = None, None, None, json_text

    def add(self, results):
        if self.order is None:
            self.order = results["columnInfo"]["order"]
            self.types = results["columnInfo"]["types"]
            self.values = {name: [] for name in self.order}
        edges = results["edges"]
        for name, values in self.values.items():
            if self.json_text is not None and kind(self.types.get(name)) == "NESTED":
                dumps = self.json_text
                values.extend([None if v is None else dumps(v) for v in (e["node"].get(name) for e in edges)])
            else:
                values.extend([e["node"].get(name) for e in edges])


def results_of(parsed):
    results = parsed["data"]["dataLakeQuery"]["results"]
    if results["tryAgain"]:
        raise RuntimeError("a page was not ready (tryAgain); the benchmark's server never says so")
    return results


def route_pandas(api, query_id):
    import pandas as pd
    columns, pages = Columns(), 0
    cursor = None
    while True:
        results = results_of(api.post(RESULTS, {"id": query_id, "cursor": cursor}).json())
        pages += 1
        columns.add(results)
        if not results["pageInfo"]["hasNextPage"]:
            break
        cursor = results["pageInfo"]["endCursor"]
    frame = pd.DataFrame(columns.values, columns=columns.order)
    for name in columns.order:
        if kind(columns.types.get(name)) == "TIMESTAMP":
            frame[name] = pd.to_datetime(frame[name], format="%Y-%m-%d %H:%M:%S.%f", utc=True)
    return frame, pages, int(frame.memory_usage(deep=True).sum()), {n: str(t) for n, t in frame.dtypes.items()}


def gather_orjson(api, query_id):
    import orjson
    columns, pages, cursor = Columns(json_text=lambda v: orjson.dumps(v).decode()), 0, None
    while True:
        results = results_of(orjson.loads(api.post(RESULTS, {"id": query_id, "cursor": cursor}).content))
        pages += 1
        columns.add(results)
        if not results["pageInfo"]["hasNextPage"]:
            return columns, pages
        cursor = results["pageInfo"]["endCursor"]


def route_polars(api, query_id):
    import polars as pl
    columns, pages = gather_orjson(api, query_id)
    frame = pl.DataFrame(columns.values, strict=False)
    frame = frame.with_columns([pl.col(n).str.to_datetime("%Y-%m-%d %H:%M:%S%.f", time_zone="UTC")
                                for n in columns.order if kind(columns.types.get(n)) == "TIMESTAMP"])
    return frame, pages, int(frame.estimated_size()), {n: str(t) for n, t in frame.schema.items()}


def route_polars_json(api, query_id):
    import polars as pl
    frames, types, pages, cursor = [], None, 0, None
    while True:
        page = pl.read_json(api.post(RESULTS, {"id": query_id, "cursor": cursor}).content)
        results = page.select(pl.col("data").struct.field("dataLakeQuery").struct.field("results")).unnest("results")
        meta = results.select("tryAgain", "pageInfo", "columnInfo").row(0, named=True)
        if meta["tryAgain"]:
            raise RuntimeError("a page was not ready (tryAgain); the benchmark's server never says so")
        pages += 1
        if types is None:
            order = meta["columnInfo"]["order"]
            types = meta["columnInfo"]["types"]
        frames.append(results.select(pl.col("edges").explode(empty_as_null=False)).unnest("edges").unnest("node"))
        if not meta["pageInfo"]["hasNextPage"]:
            break
        cursor = meta["pageInfo"]["endCursor"]
    frame = pl.concat(frames, how="diagonal_relaxed").select(order)
    frame = frame.with_columns([pl.col(n).str.to_datetime("%Y-%m-%d %H:%M:%S%.f", time_zone="UTC")
                                for n in order if kind(types.get(n)) == "TIMESTAMP"])
    return frame, pages, int(frame.estimated_size()), {n: str(t) for n, t in frame.schema.items()}


def route_pyarrow(api, query_id):
    import pyarrow as pa
    import pyarrow.compute as pc
    columns, pages = gather_orjson(api, query_id)
    arrays = {}
    for name in columns.order:
        array = pa.array(columns.values[name])
        if kind(columns.types.get(name)) == "TIMESTAMP":
            array = pc.cast(pc.cast(array, pa.timestamp("us")), pa.timestamp("us", tz="UTC"))
        arrays[name] = array
    table = pa.table(arrays)
    return table, pages, int(table.nbytes), {f.name: str(f.type) for f in table.schema}


MODULES = {"pandas": ["pandas"], "polars": ["orjson", "polars"], "polars-json": ["polars"],
           "pyarrow": ["orjson", "pyarrow", "pyarrow.compute"]}
ROUTES = {"pandas": route_pandas, "polars": route_polars, "polars-json": route_polars_json, "pyarrow": route_pyarrow}


def main():
    route, out, run, sql_file, rows, dataset, server = sys.argv[1:8]
    url, token = os.environ["PANTHER_API_URL"], os.environ["PANTHER_API_TOKEN"]
    sql = open(sql_file).read().replace("ROWS", rows)
    fetch = ROUTES[route]
    for module in MODULES[route]:
        importlib.import_module(module)  # before the clock starts: a notebook has them imported already
    api = Api(url, token)
    baseline = rss_bytes()
    cpu_start = time.process_time()
    server_cpu_start = server_cpu_seconds()
    started = time.time()
    start = time.perf_counter()
    query_id, state = api.run(sql)
    try:
        frame, pages, result_bytes, dtypes = fetch(api, query_id)
    except Exception as e:  # this route cannot read this data set: say why, once, and stay out of later runs
        why = f"{type(e).__name__}: {str(e).strip().splitlines()[0] if str(e).strip() else ''}"
        write(out, {"bench": "throughput", "dataset": dataset, "server": server, "impl": route, "run": int(run),
                    "failed": why})
        sys.exit(CANNOT)
    wall = time.perf_counter() - start
    ended = time.time()
    cpu = time.process_time() - cpu_start
    server_cpu = server_cpu_seconds() - server_cpu_start if server_cpu_start is not None else None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 - baseline
    count = frame.shape[0] if hasattr(frame, "shape") else frame.num_rows
    completed = datetime.strptime(state["completedAt"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc).timestamp()
    line = {
        "bench": "throughput", "dataset": dataset, "server": server, "impl": route, "run": int(run),
        "rows": count, "columns": len(dtypes), "pages": pages,
        "wall_s": wall, "rows_per_s": count / wall,
        "server_done_s": completed - started, "after_server_done_s": ended - completed,
        "cpu_s": cpu, "server_cpu_s": server_cpu, "peak_bytes": peak, "result_bytes": result_bytes,
        "peak_over_result": peak / result_bytes if result_bytes else None, "dtypes": dtypes,
    }
    write(out, line)


def write(out, line):
    text = json.dumps(line)
    print(text, flush=True)
    with open(out, "a") as f:
        f.write(text + "\n")


if __name__ == "__main__":
    main()
