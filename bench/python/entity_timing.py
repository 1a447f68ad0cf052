#!/usr/bin/python3
"""Benchmark: `%panther entity ip ADDRESS` on a running demo kernel, against the steps it replaces in the same run.

Starts one kernel (the kernelspec JUPYTER_PATH finds), connects it to the built-in demo and waits until a first
`%panther alerts` has answered (a running demo); then, alternating, RUNS times each:

    entity       `%panther entity ip 203.0.113.9 --since 7d`: the whole report, in one cell
    by hand      what an analyst runs today for the same facts: `search 203.0.113.9`, then one `%%panther sql` per
                 log table over its indicator column, one over the rule matches, and `alerts --since 7d`

Each timing is execute_request to execute_reply (the cell's whole answer, rendered), in seconds. Prints one JSON line
per run and a summary (median, max); appends the lines to OUT.

    JUPYTER_PATH=kernel/target/jupyter PYTHON bench/python/entity_timing.py OUT.jsonl RUNS [ADDRESS]

where PYTHON has jupyter_client (the one ./install.sh --dev made, or bench/run.sh's venv).
"""
import json
import statistics
import sys
import time

from jupyter_client import KernelManager

ENTITY = "%panther entity ip {ip} --since 7d"
BY_HAND = [
    "%panther search {ip} --since 7d",
    "%%panther sql\nSELECT p_event_time, eventName, userIdentity:userName::string AS user FROM panther_logs.public.aws_cloudtrail\n"
    "WHERE p_occurs_since('7 days') AND ARRAY_CONTAINS('{ip}'::VARIANT, p_any_ip_addresses)",
    "%%panther sql\nSELECT p_event_time, eventType, actor:alternateId::string AS user, outcome:result::string AS result\n"
    "FROM panther_logs.public.okta_systemlog WHERE p_occurs_since('7 days') AND ARRAY_CONTAINS('{ip}'::VARIANT, p_any_ip_addresses)",
    "%%panther sql\nSELECT p_event_time, action, dstAddr FROM panther_logs.public.aws_vpcflow\n"
    "WHERE p_occurs_since('7 days') AND ARRAY_CONTAINS('{ip}'::VARIANT, p_any_ip_addresses)",
    "%%panther sql\nSELECT p_alert_id, p_rule_id, COUNT(*) AS events FROM panther_rule_matches.public.okta_systemlog\n"
    "WHERE p_occurs_since('7 days') AND ARRAY_CONTAINS('{ip}'::VARIANT, p_any_ip_addresses) GROUP BY 1, 2",
    "%panther alerts --since 7d",
]


def run(client, code):
    started = time.perf_counter()
    reply = client.execute_interactive(code, timeout=300, output_hook=lambda msg: None)
    if reply["content"]["status"] != "ok":
        raise RuntimeError(f"{code!r} failed: {reply['content']}")
    return time.perf_counter() - started


def main():
    out, runs = sys.argv[1], int(sys.argv[2])
    ip = sys.argv[3] if len(sys.argv) > 3 else "203.0.113.9"
    manager = KernelManager(kernel_name="panther")
    manager.start_kernel()
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=120)
        run(client, "%panther connect --demo")
        run(client, "%panther alerts --since 7d")
        times = {"entity": [], "by hand": []}
        with open(out, "a") as lines:
            for i in range(runs):
                for name in ("entity", "by hand"):
                    cells = [ENTITY] if name == "entity" else BY_HAND
                    took = sum(run(client, cell.format(ip=ip)) for cell in cells)
                    times[name].append(took)
                    line = json.dumps({"run": i, "what": name, "cells": len(cells), "seconds": round(took, 3)})
                    print(line)
                    lines.write(line + "\n")
        for name, values in times.items():
            print(f"{name}: median {statistics.median(values):.2f} s, max {max(values):.2f} s over {len(values)} runs")
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


if __name__ == "__main__":
    main()
