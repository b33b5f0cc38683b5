#!/usr/bin/env python3
"""Independent oracle: count the distinct `nature` values of the real Milwaukee MPD sample.

Reads ../shared/data/milwaukee/mpd-calls-2018-05.csv (relative to the package root) with Python's csv module
and prints `nature,count` rows (most frequent first, then alphabetical), written with csv.writer so that
values containing commas or quotes stay well-formed.

Regenerate the committed fixture from the package root with:
    python3 Tests/oracles/milwaukee_natures.py > Tests/CallCatalogueTests/Fixtures/milwaukee-natures.csv
"""
import collections
import csv
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
default = os.path.join(root, "..", "shared", "data", "milwaukee", "mpd-calls-2018-05.csv")
path = sys.argv[1] if len(sys.argv) > 1 else default

counts = collections.Counter()
with open(path, newline="", encoding="utf-8-sig") as f:
    for row in csv.DictReader(f):
        counts[row["nature"]] += 1

out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["nature", "count"])
for nature, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    out.writerow([nature, count])
