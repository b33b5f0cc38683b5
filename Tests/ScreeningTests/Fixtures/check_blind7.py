#!/usr/bin/env python3
"""Check blind7.csv invariants and that make_blind7.py regenerates it byte-for-byte.

Usage: python3 check_blind7.py [path/to/blind7.csv]   exits 1 on any problem.
"""
import collections
import csv
import hashlib
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["id", "call_type", "narrative", "label", "flags", "reason", "split"]
KINDS = ["weapon", "violence", "threat", "injury", "suicide", "police_only", "uncertainty"]
WIDTHS = [80, 100, 120, 160, 200]
problems = []


def bad(msg):
    problems.append(msg)


def md5(path):
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read()).hexdigest()


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "blind7.csv")
    raw = open(path, "rb").read()
    try:
        raw.decode("ascii")
    except UnicodeDecodeError:
        bad("non-ASCII bytes")
    if b"\r" in raw:
        bad("CR line endings present")
    if not raw.endswith(b"\n"):
        bad("file does not end with newline")
    with open(path, newline="", encoding="ascii", errors="replace") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        rows = [dict(zip(HEADER, r)) for r in rd if r]
    if header != HEADER:
        bad("header %r" % header)
    n = len(rows)
    labels = collections.Counter(r["label"] for r in rows)
    flags = collections.Counter()
    trunc = collections.Counter()
    midword = 0
    for i, r in enumerate(rows):
        if r["id"] != "B7-%04d" % (i + 1):
            bad("id %s at row %d" % (r["id"], i + 1))
        if r["split"] != "blind7":
            bad("split %s" % r["id"])
        if r["label"] not in ("red_flag", "eligible"):
            bad("label %s" % r["id"])
        fl = r["flags"].split(";") if r["flags"] else []
        if any(f not in KINDS for f in fl) or fl != [k for k in KINDS if k in fl]:
            bad("flags not canonical %s" % r["id"])
        if (r["label"] == "red_flag") != bool(fl):
            bad("label/flags mismatch %s" % r["id"])
        for f in fl:
            flags[f] += 1
        if not r["narrative"].strip() or not r["call_type"].strip() or not r["reason"].strip():
            bad("empty field %s" % r["id"])
        if "\n" in r["narrative"]:
            bad("newline in narrative %s" % r["id"])
        m = re.search(r"truncated@(\d+)", r["reason"])
        if m:
            w = int(m.group(1))
            if w not in WIDTHS or len(r["narrative"]) != w:
                bad("truncation width mismatch %s" % r["id"])
            trunc[w] += 1
            if r["narrative"][-1].isalnum():
                midword += 1
        elif len(r["narrative"]) in WIDTHS:
            bad("untruncated narrative has a truncation width length %s" % r["id"])
    narr = collections.Counter(r["narrative"] for r in rows)
    dups = [k for k, v in narr.items() if v > 1]
    if dups:
        bad("%d duplicate narratives" % len(dups))
    cts = collections.Counter(r["call_type"] for r in rows)
    ntr = sum(trunc.values())
    red = labels["red_flag"]
    look = sum(1 for r in rows if r["label"] == "eligible" and r["reason"].startswith("look-alike"))
    # call-type-only predictor (in-sample per-type majority, and leave-one-out)
    by_ct = collections.defaultdict(collections.Counter)
    for r in rows:
        by_ct[r["call_type"]][r["label"]] += 1
    ins = sum(max(c.values()) for c in by_ct.values())
    loo = 0
    for r in rows:
        c = collections.Counter(by_ct[r["call_type"]])
        c[r["label"]] -= 1
        guess = "eligible" if c["eligible"] >= c["red_flag"] else "red_flag"
        loo += guess == r["label"]
    mixed = sum(1 for c in by_ct.values() if len(+c) == 2)
    print("rows: %d" % n)
    print("labels: " + ", ".join("%s=%d (%.1f%%)" % (k, labels[k], 100.0 * labels[k] / n) for k in ("red_flag", "eligible")))
    print("flags: " + ", ".join("%s=%d" % (k, flags[k]) for k in KINDS))
    print("multi-flag red rows: %d" % sum(1 for r in rows if ";" in r["flags"]))
    print("truncated: %d (%.1f%%) by width: %s; ending mid-word/mid-token: %d" % (
        ntr, 100.0 * ntr / n, ", ".join("%d=%d" % (w, trunc[w]) for w in WIDTHS), midword))
    print("truncated by label: red=%d eligible=%d" % (
        sum(1 for r in rows if "truncated@" in r["reason"] and r["label"] == "red_flag"),
        sum(1 for r in rows if "truncated@" in r["reason"] and r["label"] == "eligible")))
    print("eligible look-alikes: %d of %d (%.1f%%)" % (look, labels["eligible"], 100.0 * look / max(1, labels["eligible"])))
    print("distinct call types: %d (%d occur with both labels)" % (len(cts), mixed))
    print("call-type-only majority predictor: in-sample %.1f%%, leave-one-out %.1f%%" % (100.0 * ins / n, 100.0 * loo / n))
    print("narrative length: min %d, median %d, max %d" % (
        min(len(r["narrative"]) for r in rows), sorted(len(r["narrative"]) for r in rows)[n // 2],
        max(len(r["narrative"]) for r in rows)))
    if n != 1000:
        bad("row count %d" % n)
    if not 0.36 <= red / n <= 0.44:
        bad("red share %.3f" % (red / n))
    for k in KINDS:
        if flags[k] < 75:
            bad("flag %s only %d" % (k, flags[k]))
    if not 0.18 <= ntr / n <= 0.22:
        bad("truncated share %.3f" % (ntr / n))
    if len(cts) < 150:
        bad("only %d call types" % len(cts))
    if look < 0.6 * labels["eligible"]:
        bad("look-alikes below 60%% of eligible")
    # reproducibility
    gen = os.path.join(HERE, "make_blind7.py")
    sums = []
    for seed in ("0", "1", "999"):
        with tempfile.TemporaryDirectory() as td:
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, gen, td], check=True, env=env, stdout=subprocess.DEVNULL)
            sums.append(md5(os.path.join(td, "blind7.csv")))
    print("md5 file: %s; regenerated (PYTHONHASHSEED 0/1/999): %s" % (md5(path), " ".join(sums)))
    if len(set(sums)) != 1:
        bad("regeneration not deterministic")
    elif sums[0] != md5(path):
        bad("file differs from regenerated output")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
