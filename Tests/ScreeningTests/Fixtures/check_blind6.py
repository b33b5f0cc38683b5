#!/usr/bin/env python3
"""check_blind6.py -- counts and invariant checks for blind6.csv; exits 1 on any problem.

Usage: python3 check_blind6.py [path/to/blind6.csv]
Regenerates the file with make_blind6.py under PYTHONHASHSEED 0, 1 and 999 into temp dirs and
compares md5s with the checked file.  Standard library only.
"""
import collections
import csv
import hashlib
import io
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["id", "call_type", "narrative", "label", "flags", "reason", "split"]
KINDS = ["weapon", "violence", "threat", "injury", "suicide", "police_only", "uncertainty"]
WIDTHS = [80, 100, 120, 160, 200]
problems = []


def bad(msg):
    problems.append(msg)


def md5(path):
    with open(path, "rb") as f:
        return hashlib.md5(f.read()).hexdigest()


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "blind6.csv")
    raw = open(path, "rb").read()
    try:
        raw.decode("ascii")
    except UnicodeDecodeError:
        bad("file is not ASCII")
    if b"\r" in raw:
        bad("file contains CR characters")
    rows = list(csv.reader(io.StringIO(raw.decode("ascii", "replace"), newline="")))
    if rows[0] != FIELDS:
        bad("header is %r" % rows[0])
    # exact re-serialisation (QUOTE_MINIMAL, \n line ends)
    buf = io.StringIO(newline="")
    w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    if buf.getvalue().encode("ascii", "replace") != raw:
        bad("file is not a canonical csv.writer QUOTE_MINIMAL / \\n serialisation")
    data = [dict(zip(FIELDS, r)) for r in rows[1:]]
    n = len(data)
    lab = collections.Counter(r["label"] for r in data)
    flag = collections.Counter()
    trunc = collections.Counter()
    seen = set()
    alarm_ct = set()
    try:
        sys.path.insert(0, HERE)
        import make_blind6 as M
        alarm_ct = set(c for v in M.ALARM_CT.values() for c in v)
    except Exception as e:  # noqa
        bad("cannot import make_blind6: %s" % e)
        M = None
    for i, r in enumerate(data, 1):
        if len(r) != 7 or None in r.values():
            bad("row %d has wrong field count" % i)
            continue
        if r["id"] != "B6-%04d" % i:
            bad("row %d id %s" % (i, r["id"]))
        if r["label"] not in ("red_flag", "eligible"):
            bad("%s bad label" % r["id"])
        if r["split"] != "blind6":
            bad("%s bad split" % r["id"])
        fl = [f for f in r["flags"].split(";") if f]
        if any(f not in KINDS for f in fl):
            bad("%s unknown flag %s" % (r["id"], r["flags"]))
        if fl != sorted(set(fl), key=KINDS.index):
            bad("%s flags not canonical/unique: %s" % (r["id"], r["flags"]))
        if (r["label"] == "red_flag") != bool(fl):
            bad("%s label/flags mismatch" % r["id"])
        for f in fl:
            flag[f] += 1
            if f not in r["reason"]:
                bad("%s reason does not mention %s" % (r["id"], f))
        if r["narrative"] in seen:
            bad("%s duplicate narrative" % r["id"])
        seen.add(r["narrative"])
        if not r["narrative"].strip() or not r["call_type"].strip() or not r["reason"].strip():
            bad("%s empty field" % r["id"])
        if "truncated at " in r["reason"]:
            wdt = int(r["reason"].split("truncated at ")[1].split()[0])
            trunc[wdt] += 1
            if wdt not in WIDTHS or len(r["narrative"]) != wdt:
                bad("%s truncation width %d but length %d" % (r["id"], wdt, len(r["narrative"])))
    cts = collections.Counter(r["call_type"] for r in data)
    red = [r for r in data if r["label"] == "red_flag"]
    eli = [r for r in data if r["label"] == "eligible"]
    red_harmless = sum(r["call_type"] not in alarm_ct for r in red) / max(1, len(red))
    eli_alarm = sum(r["call_type"] in alarm_ct for r in eli) / max(1, len(eli))
    lookalike = sum(("look-alike" in r["reason"]) or r["call_type"] in alarm_ct for r in eli) / max(1, len(eli))
    ntr = sum(trunc.values())
    mean = lambda xs: sum(xs) / max(1, len(xs))  # noqa
    print("rows: %d" % n)
    print("labels: " + ", ".join("%s=%d (%.1f%%)" % (k, lab[k], 100.0 * lab[k] / n) for k in ("red_flag", "eligible")))
    print("flags: " + ", ".join("%s=%d" % (k, flag[k]) for k in KINDS))
    print("multi-flag red rows: %d" % sum(1 for r in red if ";" in r["flags"]))
    print("truncated: %d (%.1f%%) by width: %s" % (ntr, 100.0 * ntr / n,
                                                   ", ".join("%d=%d" % (w_, trunc[w_]) for w_ in WIDTHS)))
    print("truncated red/eligible: %d/%d" % (sum(1 for r in red if "truncated at" in r["reason"]),
                                             sum(1 for r in eli if "truncated at" in r["reason"])))
    print("distinct call types: %d" % len(cts))
    print("red rows with harmless call type: %.1f%%; eligible rows with alarming call type: %.1f%%"
          % (100 * red_harmless, 100 * eli_alarm))
    print("eligible rows with a look-alike (negation/history/other sense/benign alarm): %.1f%%" % (100 * lookalike))
    print("mean narrative length red/eligible: %.0f/%.0f; untruncated %.0f/%.0f" % (
        mean([len(r["narrative"]) for r in red]), mean([len(r["narrative"]) for r in eli]),
        mean([len(r["narrative"]) for r in red if "truncated at" not in r["reason"]]),
        mean([len(r["narrative"]) for r in eli if "truncated at" not in r["reason"]])))
    if n != 1000:
        bad("expected 1000 rows")
    if not 0.35 <= lab["red_flag"] / n <= 0.45:
        bad("red share out of range")
    for k in KINDS:
        if flag[k] < 70:
            bad("flag %s has only %d rows" % (k, flag[k]))
    if not 0.15 <= ntr / n <= 0.25:
        bad("truncated share out of range")
    if len(cts) < 150:
        bad("fewer than 150 call types")
    if not 0.2 <= red_harmless <= 0.4:
        bad("red harmless call-type share out of range")
    if not 0.05 <= eli_alarm <= 0.16:
        bad("eligible alarming call-type share out of range")
    if lookalike < 0.60:
        bad("look-alike share of eligible rows below 60%")
    # clause bank
    if M is not None:
        rows_, g = M.build()
        red_total = 0
        for k, pool in M.RED_POOLS.items():
            red_total += len(pool)
            if len(pool) < 45:
                bad("red kind %s has only %d clauses" % (k, len(pool)))
            for e in pool:
                if k not in e["red"]:
                    bad("red clause %s lacks its own kind" % e["key"])
        ben_total = sum(len(p) for p in M.BEN_POOLS.values())
        for p in M.BEN_POOLS.values():
            for e in p:
                if e["red"]:
                    bad("benign clause %s has a red span" % e["key"])
        texts = [e["text"] for p in list(M.RED_POOLS.values()) + list(M.BEN_POOLS.values()) for e in p]
        if len(set(texts)) != len(texts):
            bad("duplicate clauses in banks")
        maxuse = max(g.use.values())
        used = collections.Counter(g.use.values())
        print("clause banks: red %d (%s), benign %d (%s); max reuse %d; use histogram %s" % (
            red_total, ", ".join("%s=%d" % (k, len(p)) for k, p in M.RED_POOLS.items()), ben_total,
            ", ".join("%s=%d" % (k, len(p)) for k, p in M.BEN_POOLS.items()), maxuse,
            dict(sorted(used.items()))))
        if red_total < 350 or ben_total < 250:
            bad("clause bank too small")
        if maxuse > 3:
            bad("a clause is reused more than 3 times")
    # determinism
    ref = md5(path)
    print("md5: %s" % ref)
    for hs in ("0", "1", "999"):
        with tempfile.TemporaryDirectory() as d:
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, os.path.join(HERE, "make_blind6.py"), d], check=True, env=env,
                           stdout=subprocess.DEVNULL)
            m = md5(os.path.join(d, "blind6.csv"))
            print("regenerated (PYTHONHASHSEED=%s): %s %s" % (hs, m, "ok" if m == ref else "MISMATCH"))
            if m != ref:
                bad("regeneration md5 mismatch under PYTHONHASHSEED=%s" % hs)
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems[:50]:
            print("  " + p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
