#!/usr/bin/env python3
"""check_blind12.py - verify blind12.csv and print its figures table.

Usage:  nice python3 check_blind12.py [path/to/blind12.csv]
Exit status 1 on any problem.

The label check is an INDEPENDENT re-derivation: the checker takes the generator's marked-up
narratives (make_blind12.build(), field _marked), parses the markup with its own parser, applies its
own implementation of the survival rule at the agency width, and compares the result with the CSV.
"""
import csv
import hashlib
import importlib.util
import os
import re
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["id", "call_type", "narrative", "label", "flags", "reason", "split"]
ORDER = ["weapon", "violence", "threat", "injury", "suicide", "police_only", "uncertainty"]
AGENCY_WIDTH = {"SW": 100, "FL": 80, "MA": 120, "GL": 150, "CA": 64, "UNI": 90, "RURAL": 72}
HASH_SEEDS = ["0", "1", "999"]

problems = []


def problem(msg):
    problems.append(msg)


# ------------------------------------------------------------------ own markup parser
TOKEN = re.compile(r"\[\[([a-z_]+):([^\]]*)\]\]|<<([a-z_]+):([^>]*)>>|\(\(([^)]*(?:\)(?!\))[^)]*)*)\)\)|\{\{([^}]*)\}\}")


def parse_marked(marked):
    """-> (plain text, [dict(role, kind, a, b, partner)])"""
    out = []
    items = []
    cursor = 0
    length = 0
    open_alarms = []
    for m in TOKEN.finditer(marked):
        gap = marked[cursor:m.start()]
        out.append(gap)
        length += len(gap)
        if m.group(1) is not None:
            role, kind, txt = "key", m.group(1), m.group(2)
        elif m.group(3) is not None:
            role, kind, txt = "alarm", m.group(3), m.group(4)
        elif m.group(5) is not None:
            role, kind, txt = "res", None, m.group(5)
        else:
            role, kind, txt = "cue", None, m.group(6)
        item = {"role": role, "kind": kind, "a": length, "b": length + len(txt), "partner": None}
        if role == "alarm":
            open_alarms.append(item)
        elif role == "res":
            if not open_alarms:
                raise ValueError("resolution without alarm")
            al = open_alarms.pop(0)
            al["partner"] = item
        items.append(item)
        out.append(txt)
        length += len(txt)
        cursor = m.end()
    out.append(marked[cursor:])
    if open_alarms:
        raise ValueError("alarm without resolution")
    return "".join(out), items


def n_alnum(s):
    return len([c for c in s if c.isalnum()])


def kept_after_cut(text, a, b, cut):
    """Independent statement of the survival rule."""
    if cut >= b:
        return True
    if cut <= a:
        return False
    whole = text[a:b]
    if re.search(r"\s", whole.strip()):
        return False  # multi-word key cut -> lost
    n = n_alnum(whole)
    if n <= 5:
        return False
    return n_alnum(text[a:cut]) >= max(5, n - 3)


def rederive(text, items, cut):
    kinds = []
    for it in items:
        if it["role"] == "key" and kept_after_cut(text, it["a"], it["b"], cut):
            kinds.append(it["kind"])
        elif it["role"] == "alarm" and kept_after_cut(text, it["a"], it["b"], cut):
            res = it["partner"]
            if not (res["b"] <= cut):
                kinds.append(it["kind"])
    return [k for k in ORDER if k in kinds]


def cut_class(text, items, cut):
    for it in items:
        if it["a"] < cut < it["b"]:
            if it["role"] in ("key", "alarm"):
                whole = text[it["a"]:it["b"]]
                gone = n_alnum(text[cut:it["b"]])
                if not re.search(r"\s", whole) and n_alnum(whole) > 5 and 1 <= gone <= 4:
                    return "inside last 1-4 chars of long one-word key"
                return "inside key/alarm"
            return "inside resolution" if it["role"] == "res" else "inside decoy cue"
    if all(it["b"] <= cut for it in items):
        return "after all markup"
    return "before a key/alarm/cue"


def load_generator():
    spec = importlib.util.spec_from_file_location("make_blind12", os.path.join(HERE, "make_blind12.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(argv):
    path = argv[1] if len(argv) > 1 else os.path.join(HERE, "blind12.csv")
    with open(path, "rb") as f:
        raw = f.read()
    md5 = hashlib.md5(raw).hexdigest()
    try:
        raw.decode("ascii")
    except UnicodeDecodeError:
        problem("file is not pure ASCII")
    with open(path, newline="", encoding="utf-8") as f:
        rd = csv.reader(f)
        header = next(rd)
        rows = [r for r in rd]
    if header != HEADER:
        problem("bad header %r" % header)
    if len(rows) != 1000:
        problem("expected 1000 rows, got %d" % len(rows))
    recs = [dict(zip(HEADER, r)) for r in rows]
    for i, r in enumerate(rows):
        if len(r) != len(HEADER):
            problem("row %d has %d fields" % (i + 1, len(r)))

    # ids, split, label/flag consistency
    seen_narr = {}
    for i, r in enumerate(recs):
        want = "B12-%04d" % (i + 1)
        if r["id"] != want:
            problem("row %d id %s != %s" % (i + 1, r["id"], want))
        if r["split"] != "blind12":
            problem("%s split %r" % (r["id"], r["split"]))
        if r["label"] not in ("red_flag", "eligible"):
            problem("%s bad label %r" % (r["id"], r["label"]))
        fl = r["flags"].split(";") if r["flags"] else []
        if any(k not in ORDER for k in fl):
            problem("%s unknown flag kind in %r" % (r["id"], r["flags"]))
        elif fl != [k for k in ORDER if k in fl] or len(fl) != len(set(fl)):
            problem("%s flags not canonical/unique %r" % (r["id"], r["flags"]))
        if (r["label"] == "red_flag") != bool(fl):
            problem("%s label %s inconsistent with flags %r" % (r["id"], r["label"], r["flags"]))
        if r["label"] == "eligible" and not r["reason"].startswith("eligible:"):
            problem("%s eligible reason does not start with 'eligible:'" % r["id"])
        for k in fl:
            if (k + " <- ") not in r["reason"]:
                problem("%s reason lacks evidence for %s" % (r["id"], k))
        if not r["narrative"].strip() or not r["call_type"].strip():
            problem("%s empty narrative/call_type" % r["id"])
        for d in ("[[", "]]", "<<", ">>", "((", "))", "{{", "}}"):
            if d in r["narrative"]:
                problem("%s markup delimiter %r leaked into narrative" % (r["id"], d))
        if r["narrative"] in seen_narr:
            problem("%s duplicate narrative of %s" % (r["id"], seen_narr[r["narrative"]]))
        seen_narr[r["narrative"]] = r["id"]

    # independent re-derivation from the generator's markup
    gen = load_generator()
    side = gen.build()
    if len(side) != len(recs):
        problem("generator produced %d rows, csv has %d" % (len(side), len(recs)))
    stats = []
    for r, s in zip(recs, side):
        rid = r["id"]
        if s["id"] != rid:
            problem("%s generator id mismatch %s" % (rid, s["id"]))
            continue
        ag = s["_agency"]
        if AGENCY_WIDTH.get(ag) != s["_width"]:
            problem("%s agency %s width %s unexpected" % (rid, ag, s["_width"]))
        try:
            text, items = parse_marked(s["_marked"])
        except ValueError as e:
            problem("%s markup error: %s" % (rid, e))
            continue
        m = re.search(r"truncated at (\d+)", r["reason"])
        if s["_truncated"]:
            w = AGENCY_WIDTH[ag]
            if not m or int(m.group(1)) != w:
                problem("%s truncated row reason lacks 'truncated at %d'" % (rid, w))
            if len(r["narrative"]) != w:
                problem("%s truncated narrative length %d != width %d" % (rid, len(r["narrative"]), w))
            if len(text) <= w:
                problem("%s full narrative not longer than its width" % rid)
        else:
            w = len(text)
            if m:
                problem("%s untruncated row mentions truncation" % rid)
        if text[:w] != r["narrative"]:
            problem("%s narrative differs from the generator's markup text" % rid)
        flags = rederive(text, items, w)
        if ";".join(flags) != r["flags"]:
            problem("%s flags %r but re-derived %r" % (rid, r["flags"], ";".join(flags)))
        want_label = "red_flag" if flags else "eligible"
        if want_label != r["label"]:
            problem("%s label %s but re-derived %s" % (rid, r["label"], want_label))
        decoy = any(it["role"] in ("cue", "alarm") and it["a"] < w for it in items)
        stats.append({
            "label": r["label"], "flags": flags, "agency": ag, "width": AGENCY_WIDTH[ag],
            "truncated": s["_truncated"], "mis": s["_misspelled"],
            "mis_on_cue": bool(s["_mis"]) and s["_mis"]["on"] == "danger/cue word",
            "cut": cut_class(text, items, w) if s["_truncated"] else None,
            "midword": s["_truncated"] and text[w - 1].isalnum() and text[w].isalnum(),
            "decoy": decoy, "intent": s["_intent"],
        })

    # the CSV on disk must be what the generator writes
    if gen.csv_bytes(side) != raw:
        problem("blind12.csv differs from make_blind12.build() output")

    # byte-identical regeneration under several hash seeds
    for hs in HASH_SEEDS:
        with tempfile.TemporaryDirectory() as td:
            env = dict(os.environ)
            env["PYTHONHASHSEED"] = hs
            pr = subprocess.run(["nice", sys.executable, os.path.join(HERE, "make_blind12.py"), td],
                                env=env, capture_output=True, text=True)
            if pr.returncode != 0:
                problem("regeneration with PYTHONHASHSEED=%s failed: %s" % (hs, pr.stderr[-500:]))
                continue
            with open(os.path.join(td, "blind12.csv"), "rb") as f:
                if f.read() != raw:
                    problem("regeneration with PYTHONHASHSEED=%s is not byte-identical" % hs)

    print_figures(stats, md5)
    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems[:50]:
            print("  - " + p)
        return 1
    print("\nOK: all checks passed (%d rows, hash seeds %s byte-identical)" % (len(stats), ", ".join(HASH_SEEDS)))
    return 0


def print_figures(stats, md5):
    n = len(stats)
    red = [s for s in stats if s["label"] == "red_flag"]
    eli = [s for s in stats if s["label"] == "eligible"]

    def pct(a, b):
        return "%.1f%%" % (100.0 * a / b) if b else "-"
    print("md5(blind12.csv) = %s" % md5)
    print()
    print("| figure | value |")
    print("|---|---|")
    print("| rows | %d |" % n)
    print("| label red_flag | %d (%s) |" % (len(red), pct(len(red), n)))
    print("| label eligible | %d (%s) |" % (len(eli), pct(len(eli), n)))
    for k in ORDER:
        c = sum(1 for s in red if k in s["flags"])
        print("| kind %s (red rows carrying it) | %d |" % (k, c))
    multi = sum(1 for s in red if len(s["flags"]) > 1)
    print("| red rows with more than one kind | %d |" % multi)
    tr = [s for s in stats if s["truncated"]]
    print("| truncated | %d (%s): red %d, eligible %d; mid-word cuts %d |" % (
        len(tr), pct(len(tr), n), sum(1 for s in tr if s["label"] == "red_flag"),
        sum(1 for s in tr if s["label"] == "eligible"), sum(1 for s in tr if s["midword"])))
    classes = []
    for s in tr:
        if s["cut"] not in classes:
            classes.append(s["cut"])
    for c in sorted(classes):
        print("| cut position: %s | %d |" % (c, sum(1 for s in tr if s["cut"] == c)))
    print("| red templates left eligible by the cut | %d |" % sum(
        1 for s in stats if s["intent"] == "red_flag" and s["label"] == "eligible"))
    print("| eligible templates made red by the cut (resolution cut off) | %d |" % sum(
        1 for s in stats if s["intent"] == "eligible" and s["label"] == "red_flag"))
    ms = [s for s in stats if s["mis"]]
    print("| misspelled | %d (%s): red %d (%s of red), eligible %d (%s of eligible); on a danger/cue word %d |" % (
        len(ms), pct(len(ms), n), sum(1 for s in ms if s["label"] == "red_flag"),
        pct(sum(1 for s in ms if s["label"] == "red_flag"), len(red)),
        sum(1 for s in ms if s["label"] == "eligible"),
        pct(sum(1 for s in ms if s["label"] == "eligible"), len(eli)), sum(1 for s in ms if s["mis_on_cue"])))
    print("| rows with a decoy cue or alarm in the text | red %s, eligible %s |" % (
        pct(sum(1 for s in red if s["decoy"]), len(red)), pct(sum(1 for s in eli if s["decoy"]), len(eli))))
    for ag in ["SW", "FL", "MA", "GL", "CA", "UNI", "RURAL"]:
        sa = [s for s in stats if s["agency"] == ag]
        print("| agency %s (width %d) | %d rows, %d red, %d truncated |" % (
            ag, AGENCY_WIDTH[ag], len(sa), sum(1 for s in sa if s["label"] == "red_flag"),
            sum(1 for s in sa if s["truncated"])))
    for w in sorted(set(AGENCY_WIDTH.values())):
        sw = [s for s in stats if s["width"] == w]
        print("| width %d | %d rows, %d truncated |" % (w, len(sw), sum(1 for s in sw if s["truncated"])))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
