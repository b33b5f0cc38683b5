#!/usr/bin/env bash
# `reroute report` and DuckDB's W1 in interleaved rounds, for a machine whose load changes within minutes.
#
#   REROUTE_BEFORE=/tmp/perf-base/reroute ROUNDS=3 SIZE=10M bash Benchmarks/report/interleaved.sh
#
# run.sh runs each command RUNS times in a row, so a burst of load on a shared host can land on one command and not
# on the next. Here every round runs DuckDB W1, then `report` with policy all and last (each after the same command
# of REROUTE_BEFORE when it is set), one after the other, and prints one line per command: wall seconds, user and
# system CPU seconds and peak RSS (kB) from /usr/bin/time. Compare medians or the CPU seconds, which the load
# changes less than the wall time. Inputs as in run.sh ($BENCH_DIR/cad-SIZE.csv, made by run.sh).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SHARED=${SHARED:-$(cd "$ROOT/../shared" && pwd)}
BENCH_DIR=${BENCH_DIR:-/tmp/reroute-bench}
SIZE=${SIZE:-10M}
ROUNDS=${ROUNDS:-3}
REROUTE=${REROUTE:-$ROOT/.build/release/reroute}
REROUTE_BEFORE=${REROUTE_BEFORE:-}
PYTHON=${PYTHON:-$(python3 -c 'import sys; print(sys.executable)')}
FILE=$BENCH_DIR/cad-$SIZE.csv
OUT=$BENCH_DIR/out/interleaved
[ -f "$FILE" ] || { echo "no $FILE: run Benchmarks/report/run.sh once to generate it" >&2; exit 66; }
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time): apt-get install time" >&2; exit 69; }
LAST_PROFILE="$BENCH_DIR/reroute-standard-last.yaml"
sed -e 's/^name: reroute-standard$/name: reroute-standard-last/' -e 's/^duplicates: all$/duplicates: last/' \
    "$ROOT/Sources/CallRecords/Profiles/reroute-standard.yaml" > "$LAST_PROFILE"
mkdir -p "$OUT"

run() {   # run NAME COMMAND...: one line: size round name wall user sys peak-kB
    local name=$1; shift
    rm -rf "${OUT:?}/$name"; mkdir -p "$OUT/$name"
    /usr/bin/time -f "%e %U %S %M" -o "$OUT/time" "$@" > /dev/null 2>&1
    echo "$SIZE $round $name $(cat "$OUT/time")"
}

echo "# size round command wall_s user_s sys_s peak_kB ($(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg))"
for round in $(seq "$ROUNDS"); do
    run duckdb-w1 "$PYTHON" "$SHARED/bench/w1_duckdb.py" "$FILE" "$OUT/duckdb-w1"
    for policy in all last; do
        profile=reroute-standard; [ "$policy" = last ] && profile=$LAST_PROFILE
        [ -z "$REROUTE_BEFORE" ] || run "report-$policy-before" "$REROUTE_BEFORE" report "$FILE" --profile "$profile" --out "$OUT/report-$policy-before" --quiet
        run "report-$policy" "$REROUTE" report "$FILE" --profile "$profile" --out "$OUT/report-$policy" --quiet
    done
done
