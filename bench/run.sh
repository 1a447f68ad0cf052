#!/usr/bin/env bash
# Runs the benchmarks of issues 7 and 16 and writes bench/RESULTS.md. Each benchmark runs once to warm up and then
# BENCH_RUNS times (5); RESULTS.md gives medians, min-max and ratios. Raw figures go to bench/results/.
#
#   bench/run.sh                  build, then run everything (about an hour on a 2-core machine)
#   bench/run.sh --skip-build     use what the last build made
#   bench/run.sh --only NAME      one benchmark: throughput (four: two data sets, each from the replay server and
#                                 the live emulator), conversion, kernel-start, polling, pipelining, latency (the
#                                 replay server and the live emulator, BENCH_LATENCY away), heap (ours alone from the
#                                 replay server: peak heap against the final Table), lake-chart, export
#   bench/run.sh --wait-quiet     first wait (up to 2 hours) until the 1-minute load average is below 0.5
#
# Needs: a JDK 17+ and python3 with venv. The Python side (requests, pandas, orjson, polars, pyarrow, jupyter_client,
# ipykernel) is installed with pip into bench/results/venv on the first run and kept. Run it on a quiet machine: it
# prints the load average before and after, and says so in RESULTS.md when the machine was busy.
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
cd "$root"

runs="${BENCH_RUNS:-5}"
rows="${BENCH_ROWS:-1000000}"
pipeline_rows="${BENCH_PIPELINE_ROWS:-1000000}"
# about what converting a 999-row page takes: sum and max of fetch and convert then differ most
pipeline_wait="${BENCH_PIPELINE_WAIT:-3ms}"
chart_rows="${BENCH_CHART_ROWS:-10000000}"
export_rows="${BENCH_EXPORT_ROWS:-5000000}"
# the data lake benchmarks move millions of rows a run: fewer runs than the others
lake_runs="${BENCH_LAKE_RUNS:-3}"
lake_warmups="${BENCH_LAKE_WARMUPS:-1}"   # 0 skips their warm-up run (a busy machine, little time)
latency_runs="${BENCH_LATENCY_RUNS:-3}"
latency="${BENCH_LATENCY:-50ms}"
partitions="${BENCH_PARTITIONS:-8}"
cloudtrail_scale="${BENCH_CLOUDTRAIL_SCALE:-4}"
python_routes=(pandas polars polars-json pyarrow)
build=1
only=""
wait_quiet=0
while [ $# -gt 0 ]; do
  case "$1" in
    --skip-build) build=0 ;;
    --only) only="$2"; shift ;;
    --wait-quiet) wait_quiet=1 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/run.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
wanted() { [ -z "$only" ] || [ "$only" = "$1" ]; }
say() { echo "bench/run.sh: $*" >&2; }

out="$bench/results"
# everything but the Python environment is made anew by a full run
if [ -z "$only" ] && [ -d "$out" ]; then find "$out" -mindepth 1 -maxdepth 1 ! -name venv -exec rm -rf {} +; fi
mkdir -p "$out"

# --- the Python side: a venv of its own, with pip (no system packages) ------------------------------------
venv="$out/venv"
python="$venv/bin/python"
python_packages=(requests pandas orjson polars pyarrow jupyter_client ipykernel duckdb)
if ! "$python" -c 'import requests, pandas, orjson, polars, pyarrow, jupyter_client, ipykernel, duckdb' 2>/dev/null; then
  say "installing ${python_packages[*]} with pip into $venv"
  python3 -m venv "$venv" || { echo "bench/run.sh: python3 -m venv failed (Debian: apt-get install python3-venv)" >&2; exit 1; }
  "$venv/bin/pip" install --quiet --retries 0 "${python_packages[@]}" >"$out/pip.log" 2>&1 \
    || { cat "$out/pip.log" >&2; echo "bench/run.sh: pip could not install ${python_packages[*]}" >&2; exit 1; }
fi

if [ "$build" -eq 1 ]; then
  say "building (./mvnw -B -q -DskipTests package)"
  ./mvnw -B -q -DskipTests package
fi
java_bin="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}/bin/java"
classpath="$bench/target/classes:$(cat "$bench/target/classpath.txt")"
emulator_jar="$root/emulator/target/panther-emulator.jar"

# --- the kernels, installed as a user installs them ----------------------------------------------------
prefix="$out/prefix"
jupyter_path="$prefix/share/jupyter"
if wanted kernel-start || wanted throughput || wanted latency; then
  say "installing the kernel into $prefix (./install.sh --prefix --skip-build)"
  # install.sh links `jupyter` into a directory on PATH (/usr/local/bin as root) even with --prefix: keep it here
  PANTHER_INSTALL_BIN_DIR="$out/bin" ./install.sh --prefix "$prefix" --skip-build >"$out/install.log" 2>&1 \
    || { cat "$out/install.log" >&2; exit 1; }
  mkdir -p "$jupyter_path/kernels/python3-venv"
  cat >"$jupyter_path/kernels/python3-venv/kernel.json" <<JSON
{"argv": ["$python", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
 "display_name": "Python 3 (ipykernel from bench/results/venv)", "language": "python"}
JSON
fi
# The JVM options the installed kernel starts with (between java and -cp), so benchmark 1 runs as the kernel does.
kernel_jvm_options() {
  "$python" - "$jupyter_path/kernels/panther/kernel.json" <<'PY'
import json, sys
argv = json.load(open(sys.argv[1]))["argv"]
print("\n".join(a.replace("{resource_dir}", sys.argv[1].rsplit("/", 1)[0]) for a in argv[1:argv.index("-cp")]))
PY
}

# --- the emulator ----------------------------------------------------------------------------------------
emulator_pid=""
start_emulator() {
  local log="$out/emulator-$1.log" scale=0.01; shift
  if [ "${1:-}" = "--scale" ]; then scale="$2"; shift 2; fi
  "$java_bin" -jar "$emulator_jar" --port 0 --seed 7 --scale "$scale" "$@" >"$log" 2>&1 &
  emulator_pid=$!
  export PANTHER_EMULATOR_PID="$emulator_pid"
  # generating 10,000,000 CloudTrail rows takes minutes: wait up to 20 minutes
  for _ in $(seq 1 12000); do
    if grep -q '^PANTHER_API_TOKEN=' "$log"; then
      export PANTHER_API_URL="$(sed -n 's/^PANTHER_API_URL=//p' "$log")"
      export PANTHER_API_TOKEN="$(sed -n 's/^PANTHER_API_TOKEN=//p' "$log")"
      return 0
    fi
    kill -0 "$emulator_pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  echo "bench/run.sh: the emulator did not start in 20 minutes" >&2; cat "$log" >&2; exit 1
}
# A results-replay server in front of the running emulator (bench/.../replay/ReplayServer): clients then talk to it,
# and "server CPU" is its CPU. The emulator's own URL stays in emulator_url.
replay_pid=""
start_replay() {  # NAME [LATENCY]: each request to it waits LATENCY first, as the emulator's --latency makes it
  local log="$out/replay-$1.log"
  emulator_url="$PANTHER_API_URL"
  "$java_bin" -Xmx3g -cp "$classpath" dev.pantherkernel.bench.replay.ReplayServer "$emulator_url" 0 "${2:-0ms}" >"$log" 2>&1 &
  replay_pid=$!
  for _ in $(seq 1 300); do
    if grep -q '^PANTHER_API_URL=' "$log" 2>/dev/null; then
      export PANTHER_API_URL="$(sed -n 's/^PANTHER_API_URL=//p' "$log")"
      export PANTHER_EMULATOR_PID="$replay_pid"
      return 0
    fi
    kill -0 "$replay_pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  echo "bench/run.sh: the replay server did not start in 30 s" >&2; cat "$log" >&2; exit 1
}
stop_emulator() {
  if [ -n "$replay_pid" ]; then kill "$replay_pid" 2>/dev/null || true; wait "$replay_pid" 2>/dev/null || true; fi
  replay_pid=""
  if [ -n "$emulator_pid" ]; then kill "$emulator_pid" 2>/dev/null || true; wait "$emulator_pid" 2>/dev/null || true; fi
  emulator_pid=""
}
trap stop_emulator EXIT

java_main() { "$java_bin" "$@"; }

load1() { cut -d' ' -f1 /proc/loadavg; }
if [ "$wait_quiet" -eq 1 ]; then
  say "waiting for a quiet machine (1-minute load below 0.5; now $(load1))"
  for _ in $(seq 1 720); do
    awk -v l="$(load1)" 'BEGIN { exit !(l < 0.5) }' && break
    sleep 10
  done
fi
# how many cores other work (processes not running in this checkout) takes while the benchmarks run, for RESULTS.md
"$python" "$bench/python/others_cpu.py" "$root" >"$out/others-cpu.txt" &
others_pid=$!
trap 'stop_emulator; kill "$others_pid" 2>/dev/null || true' EXIT

"$python" "$bench/python/machine.py" "$java_bin" >"$out/machine-start.json"

if wanted conversion; then
  say "2. conversion (JMH): 100 consecutive 999-row pages, bytes to columns and to a Table, against plain Jackson"
  rm -rf "$out/jmh.json" "$out/pages" "$out/jfr"
  start_emulator conversion
  java_main -cp "$classpath" dev.pantherkernel.bench.PageSample "$bench/throughput.sql" "$out/pages" 100
  stop_emulator
  java_main -cp "$classpath" org.openjdk.jmh.Main PageConversionBenchmark -wi 3 -i "$runs" -f 2 \
      -jvmArgsAppend "-Dpanther.pages=$out/pages" -rf json -rff "$out/jmh.json" >"$out/jmh.log" 2>&1 \
    || { cat "$out/jmh.log" >&2; exit 1; }
  grep -A 20 '^Benchmark' "$out/jmh.log" >&2 || true
  # where the engine's way to a Table spends its time: a JFR recording of it, summed up for RESULTS.md
  java_main -cp "$classpath" org.openjdk.jmh.Main 'PageConversionBenchmark.pagesToTable' -wi 2 -i 2 -f 1 \
      -jvmArgsAppend "-Dpanther.pages=$out/pages" -prof "jfr:dir=$out/jfr" >"$out/jmh-jfr.log" 2>&1 \
    || { cat "$out/jmh-jfr.log" >&2; exit 1; }
  "$python" "$bench/python/jfr_top.py" "$(find "$out/jfr" -name '*.jfr' | head -n 1)" \
      PageConversionBenchmark.pagesToTable 12 >"$out/conversion-profile.txt"
fi

if wanted throughput; then
  # Two data sets (ROWS x 10 generated columns; the whole aws_cloudtrail table, wide rows with VARIANT columns), each
  # from the results-replay server (serving costs next to nothing: the client is measured) and from the live
  # emulator (its CPU shares the two cores), ours against every Python route in the same run.
  rm -f "$out/throughput.jsonl"
  mapfile -t jvm_options < <(kernel_jvm_options)
  throughput() {  # DATASET SERVER SQL_FILE ROWS
    say "1. throughput: $1 from the $2 server, %%panther sql into a Table against ${python_routes[*]}"
    java_main "${jvm_options[@]}" -cp "$classpath" dev.pantherkernel.bench.ThroughputBenchmark \
        "$out/throughput.jsonl" "$1" "$2" "$3" "$4" "$runs" "$python" "$bench/python/datalake_python.py" \
        "${python_routes[@]}"
  }
  for dataset in generated cloudtrail; do
    if [ "$dataset" = generated ]; then sql="$bench/throughput.sql"; n="$rows"; scale=0.01
    else sql="$bench/cloudtrail.sql"; n=0; scale="$cloudtrail_scale"; fi
    # rows of finished queries are freed when the next one starts, so no run pays for the ones before it
    start_emulator "throughput-$dataset" --scale "$scale" --result-retention 1s
    start_replay "throughput-$dataset"
    throughput "$dataset" replay "$sql" "$n"
    kill "$replay_pid"; wait "$replay_pid" 2>/dev/null || true; replay_pid=""
    export PANTHER_API_URL="$emulator_url" PANTHER_EMULATOR_PID="$emulator_pid"
    throughput "$dataset" live "$sql" "$n"
    stop_emulator
  done
fi

if wanted heap; then
  # ours alone (no Python route beside it) from the replay server, for the peak heap against the final Table
  rm -f "$out/heap.jsonl"
  mapfile -t jvm_options < <(kernel_jvm_options)
  for dataset in generated cloudtrail; do
    if [ "$dataset" = generated ]; then sql="$bench/throughput.sql"; n="$rows"; scale=0.01
    else sql="$bench/cloudtrail.sql"; n=0; scale="$cloudtrail_scale"; fi
    say "7. heap: $dataset from the replay server, ours alone"
    start_emulator "heap-$dataset" --scale "$scale" --result-retention 1s
    start_replay "heap-$dataset"
    java_main "${jvm_options[@]}" -cp "$classpath" dev.pantherkernel.bench.ThroughputBenchmark \
        "$out/heap.jsonl" "$dataset" replay "$sql" "$n" "$runs"
    stop_emulator
  done
fi

if wanted latency; then
  # Twice: from the replay server, each request waiting $latency as the emulator's --latency makes it (the warm-up
  # run records every route's queries from an emulator without latency, the unsplit one and each partition's; the
  # recorded runs are served from memory: the client is measured); then from the live emulator with --latency, whose
  # CPU shares the two cores with the client and caps any split.
  rm -f "$out/latency.jsonl"
  mapfile -t jvm_options < <(kernel_jvm_options)
  latency_bench() {  # SERVER
    java_main "${jvm_options[@]}" -cp "$classpath" dev.pantherkernel.bench.LatencyBenchmark "$out/latency.jsonl" \
        "$bench/latency.sql" "$rows" "$latency_runs" "$partitions" "$latency" "$1" \
        "$python" "$bench/python/datalake_python.py" polars-json
  }
  say "6. latency: $rows rows from a replay server $latency away, whole and in $partitions time partitions"
  start_emulator latency-replay --result-retention 1s
  start_replay latency "$latency"
  latency_bench replay
  stop_emulator
  say "6. latency: $rows rows from an emulator $latency away, whole and in $partitions time partitions"
  start_emulator latency --latency "$latency" --result-retention 1s
  latency_bench live
  stop_emulator
fi

if wanted pipelining; then
  say "5. pipelining: $pipeline_rows rows from a replay server that waits $pipeline_wait before each answer"
  rm -f "$out/pipelining.jsonl"
  start_emulator pipelining --result-retention 1s
  start_replay pipelining "$pipeline_wait"
  java_main -cp "$classpath" dev.pantherkernel.bench.PipeliningBenchmark \
      "$out/pipelining.jsonl" "$bench/throughput.sql" "$pipeline_rows" "$runs" "$pipeline_wait"
  stop_emulator
fi

if wanted polling; then
  say "4. polling: queries that finish after 200 ms, the engine's poller against a fixed 1 s poller"
  rm -f "$out/polling.jsonl"
  start_emulator polling --query-latency 200ms
  java_main -cp "$classpath" dev.pantherkernel.bench.PollingBenchmark "$out/polling.jsonl" "$runs"
  stop_emulator
fi

if wanted lake-chart; then
  say "6. chart by day of $chart_rows CloudTrail rows: aggregated in the data lake against fetched and charted in the kernel"
  rm -f "$out/lake_chart.jsonl"
  start_emulator lake-chart --table-scale "aws_cloudtrail=$(awk -v r="$chart_rows" 'BEGIN { print r / 50000 }')" \
      --result-retention 1s
  java_main -cp "$classpath" dev.pantherkernel.bench.LakeChartBenchmark "$out/lake_chart.jsonl" "$lake_runs" "$lake_warmups"
  stop_emulator
fi

if wanted export; then
  say "7. $export_rows rows x 10 columns to a Parquet file with a 256 MB heap, against the same rows into a Table"
  rm -f "$out/export.jsonl"
  start_emulator export --result-retention 1s
  java_main -Xmx256m -cp "$classpath" dev.pantherkernel.bench.ExportBenchmark "$out/export.jsonl" \
      "$bench/throughput.sql" "$export_rows" "$lake_runs" parquet "$lake_warmups"
  java_main -Xmx8g -cp "$classpath" dev.pantherkernel.bench.ExportBenchmark "$out/export.jsonl" \
      "$bench/throughput.sql" "$export_rows" "$lake_runs" table "$lake_warmups"
  stop_emulator
fi

if wanted kernel-start; then
  say "3. kernel start: ours against ipykernel (bench/results/venv), through jupyter_client: the first 1 + 1 of each, our"
  say "   first %panther alerts table and first SQL Tab with tables on the built-in demo, ipykernel's first DuckDB answer"
  rm -f "$out/kernel_start.jsonl"
  # the floor: a bare JVM evaluating JShell's first 1 + 1, with a class data sharing archive of its own as ours has
  # (an archive takes jars only, not a directory of classes); then the same with the installed kernel's jars on the
  # class path, and with its imports declared first too
  bench_jar="$(ls "$bench"/target/panther-bench-*.jar | head -n 1)"
  kernel_dir="$jupyter_path/kernels/panther"
  kernel_cp="$kernel_dir/panther-kernel.jar:$kernel_dir/lib/*:$bench_jar"
  floor() {  # ARCHIVE CLASSPATH [--kernel-imports]: the floor's command line, its archive written first
    "$java_bin" -XX:ArchiveClassesAtExit="$1" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$2" \
        dev.pantherkernel.bench.JShellFloor "${@:3}" >/dev/null
    printf '%s\n' "$java_bin" -XX:SharedArchiveFile="$1" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$2" \
        dev.pantherkernel.bench.JShellFloor "${@:3}"
  }
  mapfile -t bare < <(floor "$out/jshell-floor.jsa" "$bench_jar")
  mapfile -t classpath_only < <(floor "$out/jshell-floor-classpath.jsa" "$kernel_cp")
  mapfile -t imports < <(floor "$out/jshell-floor-imports.jsa" "$kernel_cp" --kernel-imports)
  # the demo as a newcomer meets it: no Panther named in the environment or in a profile file
  mkdir -p "$out/no-profile"
  # a cache of this run's own: the tables a Tab finds kept are those its kernels listed; the demo's unpacked data
  # named apart, so that a start with a new, empty cache (sql-tab-nothing-kept) does not unpack it again
  rm -rf "$out/kernel-cache" && mkdir -p "$out/kernel-cache"
  env -u PANTHER_API_URL -u PANTHER_API_TOKEN XDG_CONFIG_HOME="$out/no-profile" XDG_CACHE_HOME="$out/kernel-cache" \
      PANTHER_EMULATOR_CACHE="$out/kernel-cache/panther-emulator" JUPYTER_PATH="$jupyter_path" \
      "$python" "$bench/python/kernel_start.py" "$out/kernel_start.jsonl" "$runs" \
      panther python3-venv panther:alerts panther:sql-tab panther:sql-tab-2s panther:sql-tab-nothing-kept python3-venv:duckdb \
      --floor "${bare[@]}" --floor-classpath "${classpath_only[@]}" --floor-imports "${imports[@]}"
fi

"$python" "$bench/python/machine.py" "$java_bin" >"$out/machine-end.json"
case "$only" in
  lake-chart|export) ;;   # their sections go into the RESULTS.md of the last full run, the rest of it kept
  *) "$python" "$bench/python/report.py" "$out" "$bench/RESULTS.md" ;;
esac
"$python" "$bench/python/report_datalake.py" "$out" "$bench/RESULTS.md"
say "wrote $bench/RESULTS.md"
