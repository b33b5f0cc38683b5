#!/usr/bin/env bash
# `reroute report` on large exports, beside the W1 reference tools, in one run (issue 11).
#
#   bash Benchmarks/report/run.sh                       # 1M and 10M rows
#   SIZES=1000000 bash Benchmarks/report/run.sh         # 1M only
#   REROUTE=.build/release/reroute TOOLS="polars pandas" RUNS=2 bash Benchmarks/report/run.sh
#   REROUTE_BEFORE=/tmp/old/reroute SIZES=1000000 bash Benchmarks/report/run.sh   # before/after in one run
#
# For each size: DuckDB W1 (the reference), Polars and pandas W1, `reroute w1`, and `reroute report` with the
# built-in `reroute-standard` profile (`duplicates: all`) and with a copy of it that says `duplicates: last`
# (written by this script into $BENCH_DIR). Input files are the generated CAD files of ../shared/bench
# (generate.py; made here if absent). Each command runs RUNS times under `/usr/bin/time -v`; the fastest run
# is kept with its peak RSS. W1 outputs are checked against DuckDB's with compare.py. The report's own
# per-stage times (REROUTE_STAGE_TIMES=1) are saved beside the table. With REROUTE_BEFORE (another build, e.g. of
# the commit before a change), `reroute w1` and both reports also run with it, each right before the same command
# of REROUTE, so the two are measured side by side on the same warm file.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SHARED=${SHARED:-$(cd "$ROOT/../shared" && pwd)}
BENCH=$SHARED/bench
BENCH_DIR=${BENCH_DIR:-/tmp/reroute-bench}
SIZES=${SIZES:-"1000000 10000000"}
TOOLS=${TOOLS-"polars pandas"}
RUNS=${RUNS:-2}
TIMEOUT=${TIMEOUT:-600}
REROUTE=${REROUTE:-$ROOT/.build/release/reroute}
REROUTE_BEFORE=${REROUTE_BEFORE:-}
PYTHON=${PYTHON:-$(python3 -c 'import sys; print(sys.executable)')}

[ -x "$REROUTE" ] || { echo "no reroute binary at $REROUTE: swift build -c release --product reroute" >&2; exit 64; }
[ -z "$REROUTE_BEFORE" ] || [ -x "$REROUTE_BEFORE" ] || { echo "no reroute binary at REROUTE_BEFORE=$REROUTE_BEFORE" >&2; exit 64; }
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time): apt-get install time" >&2; exit 69; }
mkdir -p "$BENCH_DIR/out" "$BENCH_DIR/logs"
rm -f "$BENCH_DIR"/logs/report-*-best.stderr  # stage times of an earlier run are not this run's
RESULTS="$BENCH_DIR/report-results-$(date +%Y%m%d-%H%M%S).md"

# The built-in standard profile with one line changed: duplicates: last.
LAST_PROFILE="$BENCH_DIR/reroute-standard-last.yaml"
sed -e 's/^name: reroute-standard$/name: reroute-standard-last/' -e 's/^duplicates: all$/duplicates: last/' \
    "$ROOT/Sources/CallRecords/Profiles/reroute-standard.yaml" > "$LAST_PROFILE"
grep -q '^duplicates: last$' "$LAST_PROFILE" || { echo "could not set duplicates: last in $LAST_PROFILE" >&2; exit 70; }

label() { if (( $1 % 1000000 == 0 )); then echo "$(( $1 / 1000000 ))M"; else echo "$1"; fi; }
field() { grep -F "$1" "$2" | sed 's/.*: //'; }

# measure NAME ROWS OUTDIR CHECK COMMAND...: best of RUNS; CHECK = w1 (compare with DuckDB), ref or -.
measure() {
    local name=$1 rows=$2 out=$3 kind=$4; shift 4
    local best="" rss="" cpu="" check="-" runs="" run log rc start wall
    for run in $(seq "$RUNS"); do
        log="$BENCH_DIR/logs/report-$name-$(label "$rows")-$run"
        rm -rf "$out"; mkdir -p "$out"
        rc=0; start=$(date +%s%N)
        /usr/bin/time -v -o "$log.time" timeout -k 5 "$TIMEOUT" "$@" >"$log.stdout" 2>"$log.stderr" || rc=$?
        wall=$(( $(date +%s%N) - start ))
        if (( rc == 124 || rc == 137 )); then best=">$TIMEOUT"; check="timeout"; break; fi
        if (( rc != 0 )); then best="failed"; check="exit $rc (see $log.stderr)"; break; fi
        wall=$(awk -v ns="$wall" 'BEGIN { printf "%.3f", ns / 1e9 }')
        runs="$runs${runs:+ / }$wall"
        if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$wall
            rss=$(field "Maximum resident set size" "$log.time")
            cpu=$(field "Percent of CPU" "$log.time")
            [ -s "$log.stderr" ] && cp "$log.stderr" "$BENCH_DIR/logs/report-$name-$(label "$rows")-best.stderr"
        fi
    done
    if [ "$check" = - ]; then
        case $kind in
            ref) check="reference" ;;
            w1) if "$PYTHON" "$BENCH/compare.py" "$BENCH_DIR/out/duckdb-$(label "$rows")" "$out" >"$log.compare" 2>&1; then check=OK; else check="MISMATCH (see $log.compare)"; fi ;;
            *) check="-" ;;
        esac
    fi
    awk -v n="$name" -v r="$(label "$rows")" -v w="$best" -v m="$rss" -v c="$cpu" -v k="$check" -v all="$runs" -v d="${DUCK_WALL:-}" 'BEGIN {
        if (w ~ /^[0-9.]+$/ && w > 0) printf "| %s | %s | %.3f | %s | %.0f | %s | %s | %s |\n", n, r, w, (d ~ /^[0-9.]+$/ ? sprintf("%.2f", w / d) : "-"), m / 1024, c, all, k
        else printf "| %s | %s | %s | - | - | - | %s | %s |\n", n, r, w, all, k }' | tee -a "$RESULTS"
    LAST_WALL=$best
}

{
    echo "# reroute report beside W1, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "- machine: $(nproc) cores, $(free -h | awk '/^Mem:/ { print $2 }') RAM; load before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- reroute: $REROUTE ($(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')); best of $RUNS runs, page cache warm"
    [ -z "$REROUTE_BEFORE" ] || echo "- before: $REROUTE_BEFORE (rows marked 'before', each run right before the same command of reroute)"
    echo "- report: \`reroute report FILE --profile P --out DIR --quiet\` (tables, plan, staffing, report.html, reroute.xlsx)"
    echo "- x DuckDB: wall time over DuckDB W1's in this run"
    echo
} | tee "$RESULTS"

for rows in $SIZES; do
    L=$(label "$rows"); file="$BENCH_DIR/cad-$L.csv"
    if [ ! -f "$file" ]; then
        echo "generating $file" >&2
        nice "$PYTHON" "$BENCH/generate.py" --rows "$rows" --out "$file"
    fi
    echo "- $(basename "$file"): $(stat -c %s "$file") bytes" | tee -a "$RESULTS"
done
echo | tee -a "$RESULTS"
echo "| command | rows | wall s | x DuckDB | peak RSS MiB | CPU | every run, s | check |" | tee -a "$RESULTS"
echo "|---|---:|---:|---:|---:|---:|---|---|" | tee -a "$RESULTS"

for rows in $SIZES; do
    L=$(label "$rows"); file="$BENCH_DIR/cad-$L.csv"
    cat "$file" > /dev/null
    DUCK_WALL=""
    measure duckdb-w1 "$rows" "$BENCH_DIR/out/duckdb-$L" ref "$PYTHON" "$BENCH/w1_duckdb.py" "$file" "$BENCH_DIR/out/duckdb-$L"
    DUCK_WALL=$LAST_WALL
    for tool in $TOOLS; do
        measure "$tool-w1" "$rows" "$BENCH_DIR/out/$tool-$L" w1 "$PYTHON" "$BENCH/w1_$tool.py" "$file" "$BENCH_DIR/out/$tool-$L"
    done
    [ -z "$REROUTE_BEFORE" ] || measure reroute-w1-before "$rows" "$BENCH_DIR/out/reroute-w1-before-$L" w1 "$REROUTE_BEFORE" w1 "$file" --out "$BENCH_DIR/out/reroute-w1-before-$L"
    measure reroute-w1 "$rows" "$BENCH_DIR/out/reroute-w1-$L" w1 "$REROUTE" w1 "$file" --out "$BENCH_DIR/out/reroute-w1-$L"
    [ -z "$REROUTE_BEFORE" ] || measure report-all-before "$rows" "$BENCH_DIR/out/report-all-before-$L" - env REROUTE_STAGE_TIMES=1 "$REROUTE_BEFORE" report "$file" --profile reroute-standard --out "$BENCH_DIR/out/report-all-before-$L" --quiet
    measure report-all "$rows" "$BENCH_DIR/out/report-all-$L" - env REROUTE_STAGE_TIMES=1 "$REROUTE" report "$file" --profile reroute-standard --out "$BENCH_DIR/out/report-all-$L" --quiet
    [ -z "$REROUTE_BEFORE" ] || measure report-last-before "$rows" "$BENCH_DIR/out/report-last-before-$L" - env REROUTE_STAGE_TIMES=1 "$REROUTE_BEFORE" report "$file" --profile "$LAST_PROFILE" --out "$BENCH_DIR/out/report-last-before-$L" --quiet
    measure report-last "$rows" "$BENCH_DIR/out/report-last-$L" - env REROUTE_STAGE_TIMES=1 "$REROUTE" report "$file" --profile "$LAST_PROFILE" --out "$BENCH_DIR/out/report-last-$L" --quiet
    for p in all all-before last last-before; do
        s="$BENCH_DIR/logs/report-report-$p-$L-best.stderr"
        [ -f "$s" ] && { echo; echo "stage times, report $p $L:"; grep '^stage' "$s" | sed 's/^/    /'; } | tee -a "$RESULTS"
    done
done
echo "saved $RESULTS" >&2
