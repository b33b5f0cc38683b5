#!/bin/sh
# A long fuzzing run (issue 12): builds the reroute-fuzz runner and fuzzes for SECONDS (default 3600) at low
# priority, printing the campaign's figures (inputs, rows read and rejected, failing inputs, imbalances).
#   Tests/fuzz/run.sh [SECONDS] [SEED]
# The bounded run inside `swift test` is Tests/FuzzTests (REROUTE_FUZZ_ITERATIONS sets its size).
set -e
cd "$(dirname "$0")/../.."
REROUTE_FUZZ=1 swift build --product reroute-fuzz
BIN="$(REROUTE_FUZZ=1 swift build --product reroute-fuzz --show-bin-path)/reroute-fuzz"
# Run a copy, so that a rebuild while the campaign runs does not pull the binary from under it.
COPY="$(mktemp -d)/reroute-fuzz"
cp "$BIN" "$COPY"
REROUTE_SHARED="${REROUTE_SHARED:-$(cd .. && pwd)/shared}" exec nice -n 19 "$COPY" "${1:-3600}" "${2:-1}"
