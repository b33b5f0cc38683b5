#!/usr/bin/env python3
"""Check blind8.csv: counts, invariants, determinism (regenerate twice, compare md5). Exit 1 on any problem."""
import collections
import csv
import hashlib
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CSV = os.path.join(HERE, "blind8.csv")
GEN = os.path.join(HERE, "make_blind8.py")
HEADER = ["id", "call_type", "narrative", "label", "flags", "reason", "split"]
FLAGS = ["weapon", "violence", "threat", "injury", "suicide", "police_only", "uncertainty"]
problems = []


def md5(path):
    with open(path, "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


raw = open(CSV, "rb").read()
if b"\r" in raw:
    problems.append("CR found")
try:
    raw.decode("ascii")
except UnicodeDecodeError:
    problems.append("non-ASCII bytes")
with open(CSV, newline="", encoding="ascii", errors="replace") as f:
    rdr = csv.reader(f)
    header = next(rdr)
    rows = [dict(zip(HEADER, r)) for r in rdr]
if header != HEADER:
    problems.append("bad header %r" % header)

labels = collections.Counter()
flagc = collections.Counter()
trunc = collections.Counter()
for n, r in enumerate(rows, 1):
    if r["id"] != "B8-%04d" % n:
        problems.append("bad id %s at row %d" % (r["id"], n))
    if r["label"] not in ("red_flag", "eligible"):
        problems.append("%s bad label" % r["id"])
    fl = [x for x in r["flags"].split(";") if x]
    if any(x not in FLAGS for x in fl) or fl != [x for x in FLAGS if x in fl]:
        problems.append("%s bad/unordered flags %r" % (r["id"], r["flags"]))
    if (r["label"] == "red_flag") != bool(fl):
        problems.append("%s label/flags mismatch" % r["id"])
    if r["split"] != "blind8":
        problems.append("%s bad split" % r["id"])
    if not r["narrative"].strip() or not r["call_type"] or not r["reason"]:
        problems.append("%s empty field" % r["id"])
    m = re.search(r"truncated at (\d+)", r["reason"])
    if m:
        w = int(m.group(1))
        trunc[w] += 1
        if len(r["narrative"]) != w:
            problems.append("%s truncated length %d != %d" % (r["id"], len(r["narrative"]), w))
    labels[r["label"]] += 1
    for x in fl:
        flagc[x] += 1

print("rows:", len(rows))
for k in ("red_flag", "eligible"):
    print("  %-9s %4d (%.1f%%)" % (k, labels[k], 100.0 * labels[k] / max(1, len(rows))))
print("flags:")
for x in FLAGS:
    print("  %-12s %4d" % (x, flagc[x]))
print("truncated rows: %d  by width: %s" % (sum(trunc.values()),
      ", ".join("%d=%d" % (w, trunc[w]) for w in sorted(trunc))))
cts = sorted(set(r["call_type"] for r in rows))
print("distinct call types:", len(cts))

# call type alone as a predictor (majority label per call type, in-sample)
by = collections.defaultdict(collections.Counter)
for r in rows:
    by[r["call_type"]][r["label"]] += 1
acc = sum(max(c.values()) for c in by.values()) / float(len(rows))
print("call-type-only majority accuracy (in-sample): %.3f" % acc)

if len(rows) != 1000:
    problems.append("row count %d" % len(rows))
if not 0.36 <= labels["red_flag"] / float(max(1, len(rows))) <= 0.44:
    problems.append("red share off")
for x in FLAGS:
    if flagc[x] < 75:
        problems.append("flag %s only %d rows" % (x, flagc[x]))
if not 170 <= sum(trunc.values()) <= 230:
    problems.append("truncated share off")

# generator-side invariants: situation reuse and distinct counts
sys.path.insert(0, HERE)
import make_blind8  # noqa: E402
built, meta = make_blind8.build()
ru, bu = meta["red_uses"], meta["benign_uses"]
print("distinct red situations used: %d (max uses %d); benign: %d (max uses %d)"
      % (sum(1 for u in ru if u), max(ru), sum(1 for u in bu if u), max(bu)))
prim = collections.Counter(meta["reds"][i]["primary"] for i, u in enumerate(ru) if u)
print("distinct red situations by primary kind:", ", ".join("%s=%d" % (k, prim[k]) for k in "WVTISPU"))
if max(ru) > 2 or max(bu) > 2:
    problems.append("a situation used more than twice")
if sum(1 for u in ru if u) < 350 or sum(1 for u in bu if u) < 350:
    problems.append("fewer than 350 distinct situations")
if any(prim[k] < 45 for k in "WVTISPU"):
    problems.append("fewer than 45 distinct situations for a kind")

# determinism: regenerate twice under different hash seeds
base = md5(CSV)
print("md5 blind8.csv:", base)
for hs in ("0", "999"):
    d = tempfile.mkdtemp()
    env = dict(os.environ, PYTHONHASHSEED=hs)
    subprocess.check_call([sys.executable, GEN, d], env=env, stdout=subprocess.DEVNULL)
    h = md5(os.path.join(d, "blind8.csv"))
    print("  regen PYTHONHASHSEED=%s: %s %s" % (hs, h, "ok" if h == base else "DIFFERS"))
    if h != base:
        problems.append("regeneration differs (PYTHONHASHSEED=%s)" % hs)

if problems:
    print("PROBLEMS (%d):" % len(problems))
    for p in problems[:50]:
        print("  -", p)
    sys.exit(1)
print("OK")
