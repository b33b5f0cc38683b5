#!/usr/bin/env python3
"""Independent count of repeat call locations in the Milwaukee sample (standard library only).

Key: the `location` field upper-cased with runs of white space collapsed (Python's str.split()), as
RepeatLocationTally.addressKey documents. Writes every location with at least 10 calls, most first (ties by key).

    python3 Tests/oracles/repeat_locations_oracle.py > Tests/GeographyTests/Fixtures/milwaukee-repeat-locations.csv
"""
import collections
import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CALLS = os.path.join(ROOT, "..", "shared", "data", "milwaukee", "mpd-calls-2018-05.csv")

counts = collections.Counter()
unlocated = 0
with open(CALLS, newline="") as handle:
    for row in csv.DictReader(handle):
        key = " ".join(row["location"].upper().split())
        if key:
            counts[key] += 1
        else:
            unlocated += 1

writer = csv.writer(sys.stdout, lineterminator="\n")
writer.writerow(["location", "count"])
for location, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
    if count >= 10:
        writer.writerow([location, count])
located = sum(counts.values())
for threshold in (2, 5, 10):
    repeat = [c for c in counts.values() if c >= threshold]
    print(f">= {threshold} calls: {len(repeat)} locations, {sum(repeat)} of {located} located calls "
          f"({sum(repeat) / located:.1%}); unlocated {unlocated}", file=sys.stderr)
