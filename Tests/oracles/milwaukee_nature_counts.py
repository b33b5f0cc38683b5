#!/usr/bin/env python3
"""Independent count of calls per `nature` in the real Milwaukee sample (Python's csv module).

    python3 Tests/oracles/milwaukee_nature_counts.py ../shared/data/milwaukee/mpd-calls-2018-05.csv \
        > Tests/CallRecordsTests/Fixtures/milwaukee-nature-counts.csv

Prints `nature,calls` sorted by nature, then a last line `__UNIQUE_IDS__,<n>`.
"""
import collections, csv, sys

with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
ids = {r["id"] for r in rows}
counts = collections.Counter(r["nature"] for r in rows)
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["nature", "calls"])
for nature in sorted(counts):
    w.writerow([nature, counts[nature]])
w.writerow(["__UNIQUE_IDS__", len(ids)])
