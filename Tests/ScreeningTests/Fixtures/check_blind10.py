#!/usr/bin/env python3
"""Check blind10.csv: counts, invariants, and byte-for-byte reproducibility. Exits 1 on any problem."""
import collections
import csv
import hashlib
import importlib.util
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CSV = os.path.join(HERE, "blind10.csv")
GEN = os.path.join(HERE, "make_blind10.py")
FLAGS = ("weapon", "violence", "threat", "injury", "suicide", "police_only", "uncertainty")
WIDTHS = (60, 80, 100, 120, 160)
problems = []


def bad(msg):
    problems.append(msg)
    print("PROBLEM:", msg)


def md5(path):
    with open(path, "rb") as fh:
        return hashlib.md5(fh.read()).hexdigest()


raw = open(CSV, "rb").read()
try:
    raw.decode("ascii")
except UnicodeDecodeError:
    bad("non-ASCII bytes")
if b"\r" in raw:
    bad("CR line ends present")
if not raw.endswith(b"\n"):
    bad("file does not end with a newline")
rows = list(csv.reader(open(CSV, newline="", encoding="ascii")))
header, rows = rows[0], rows[1:]
if header != ["id", "call_type", "narrative", "label", "flags", "reason", "split"]:
    bad("header %r" % header)
label_c, flag_c, width_c, ctypes = collections.Counter(), collections.Counter(), collections.Counter(), set()
for n, r in enumerate(rows, 1):
    if len(r) != 7:
        bad("row %d has %d fields" % (n, len(r)))
        continue
    rid, ct, narr, label, flags, reason, split = r
    if rid != "B10-%04d" % n:
        bad("id %s at row %d" % (rid, n))
    if split != "blind10":
        bad("%s split %r" % (rid, split))
    if label not in ("red_flag", "eligible"):
        bad("%s label %r" % (rid, label))
    fl = flags.split(";") if flags else []
    if any(f not in FLAGS for f in fl) or fl != [f for f in FLAGS if f in fl]:
        bad("%s flags %r" % (rid, flags))
    if (label == "red_flag") != bool(fl):
        bad("%s label/flags mismatch" % rid)
    if not narr.strip() or "\n" in narr or not ct.strip() or not reason.strip():
        bad("%s empty or multi-line field" % rid)
    m = re.match(r"truncated at (\d+);", reason)
    if m:
        w = int(m.group(1))
        if w not in WIDTHS or len(narr) != w:
            bad("%s truncation width %s vs len %d" % (rid, w, len(narr)))
        width_c[w] += 1
    elif len(narr) in WIDTHS:
        bad("%s untruncated narrative has a truncation width length" % rid)
    label_c[label] += 1
    flag_c.update(fl)
    ctypes.add(ct)

n = len(rows)
print("rows:", n)
print("labels:", dict(sorted(label_c.items())), "red share %.3f" % (label_c["red_flag"] / max(n, 1)))
print("flags:", ", ".join("%s=%d" % (f, flag_c[f]) for f in FLAGS))
print("truncated rows by width:", ", ".join("%d=%d" % (w, width_c[w]) for w in WIDTHS),
      "total=%d (%.1f%%)" % (sum(width_c.values()), 100.0 * sum(width_c.values()) / max(n, 1)))
print("distinct call types:", len(ctypes))
if n != 1000:
    bad("row count %d" % n)
if not 0.37 <= label_c["red_flag"] / max(n, 1) <= 0.43:
    bad("red share out of range")
for f in FLAGS:
    if flag_c[f] < 75:
        bad("flag %s only %d rows" % (f, flag_c[f]))
if not 180 <= sum(width_c.values()) <= 220:
    bad("truncated share out of range")

# figures that need the generator's own bookkeeping
spec = importlib.util.spec_from_file_location("make_blind10", GEN)
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)
grows, built, reds, eligs = gen.generate()
if [list(map(str, r)) for r in grows] != rows:
    bad("in-memory generation differs from the csv")
use = collections.Counter(b["tpl"] for b in built)
if max(use.values()) > 2:
    bad("a situation is used more than twice")
red_used = set(b["tpl"] for b in built if b["red"])
el_used = set(b["tpl"] for b in built if not b["red"])
kind_sit = collections.Counter(f for t in red_used for f in gen.key_flags(t))
print("distinct red situations used: %d; per kind: %s" % (len(red_used), ", ".join("%s=%d" % (f, kind_sit[f]) for f in FLAGS)))
print("distinct benign situations used: %d" % len(el_used))
if len(red_used) < 350 or min(kind_sit[f] for f in FLAGS) < 45:
    bad("too few distinct red situations")
if len(el_used) < 350:
    bad("too few distinct benign situations")
elig = [b for b in built if b["label"] == "eligible"]
red = [b for b in built if b["label"] == "red_flag"]
look = sum(1 for b in elig if b["dom"].startswith("L") or b["ctkind"] == "alarm")
print("eligible look-alikes (look-alike situation or alarming call type): %d/%d = %.1f%%" % (look, len(elig), 100.0 * look / len(elig)))
if look < 0.6 * len(elig):
    bad("look-alike share below 60%")
miss = sum(1 for b in built if b["nmiss"])
print("rows with misspellings: %d (red %.1f%%, eligible %.1f%%)" % (
    miss, 100.0 * sum(1 for b in red if b["nmiss"]) / len(red), 100.0 * sum(1 for b in elig if b["nmiss"]) / len(elig)))
mild_red = sum(1 for b in red if b["ctkind"] == "mild")
alarm_el = sum(1 for b in elig if b["ctkind"] == "alarm")
print("red rows with mild call types: %.1f%%; eligible rows with alarming call types: %.1f%%" % (
    100.0 * mild_red / len(red), 100.0 * alarm_el / len(elig)))
acc = (len(red) - mild_red + len(elig) - alarm_el) / float(n)
by_ct = collections.defaultdict(collections.Counter)
for r in rows:
    by_ct[r[1]][r[3]] += 1
maj = sum(max(c.values()) for c in by_ct.values()) / float(n)
print("call type alone: 'alarming type => red' accuracy %.3f; per-call-type majority label accuracy %.3f" % (acc, maj))
print("mean narrative length: red %.1f, eligible %.1f" % (
    statistics.mean(len(b["narrative"]) for b in red), statistics.mean(len(b["narrative"]) for b in elig)))
cue = re.compile(r"\b(no|not|neg|denies|unfounded|clarified|clarifies|correction|corrected|confirms?|all ok|fine|"
                 r"ago|hx|earlier|last (week|month|year|night))\b", re.I)
print("rows with a negation/resolution cue: red %.1f%%, eligible %.1f%%" % (
    100.0 * sum(1 for b in red if cue.search(b["narrative"])) / len(red),
    100.0 * sum(1 for b in elig if cue.search(b["narrative"])) / len(elig)))
tr = [b for b in built if b["width"]]
print("truncated rows that are red: %d/%d; uncut rows that are red: %d/%d" % (
    sum(1 for b in tr if b["label"] == "red_flag"), len(tr),
    sum(1 for b in built if not b["width"] and b["label"] == "red_flag"), n - len(tr)))
flips = collections.Counter((b["red"], b["label"]) for b in tr)
print("truncation flips: planned-eligible->red %d, planned-red->eligible %d" % (
    flips[(False, "red_flag")], flips[(True, "eligible")]))

# reproducibility: regenerate in temp dirs under different hash seeds
want = md5(CSV)
print("md5 blind10.csv:", want)
for seed in ("0", "1", "999"):
    d = tempfile.mkdtemp(prefix="blind10_")
    try:
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, GEN, d], check=True, env=env, stdout=subprocess.DEVNULL)
        got = md5(os.path.join(d, "blind10.csv"))
        print("regenerated (PYTHONHASHSEED=%s): %s %s" % (seed, got, "ok" if got == want else "DIFFERS"))
        if got != want:
            bad("regeneration differs under PYTHONHASHSEED=%s" % seed)
    finally:
        shutil.rmtree(d)

print("OK" if not problems else "%d problem(s)" % len(problems))
sys.exit(1 if problems else 0)
