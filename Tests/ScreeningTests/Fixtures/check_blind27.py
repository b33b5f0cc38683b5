#!/usr/bin/env python3
"""check_blind27.py [OUTDIR] -- independent checker for blind27 (imports nothing from the generator).

Re-derives every label from OUTDIR/blind27_markup.csv with its own implementation of the truncation
rule, checks counts/shares/widths/template inventory, and regenerates the set under
PYTHONHASHSEED=0,1,999 comparing bytes. Exit 1 on any problem.
"""
import csv
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
HEADER = ["id", "call_type", "narrative", "label", "flags", "reason", "split"]
KINDS = ("weapon", "violence", "threat", "injury", "suicide", "police_only", "uncertainty")
# agency field widths, kept here independently of the generator
WIDTHS = {"CCPD": 90, "MVPD": 80, "FRMPD": 100, "LSPD": 104, "PCPD": 84, "HFPD": 72, "OCSO": 90,
          "SUPD": 110, "MTPD": 80, "HPCSO": 96, "RBPD": 84}
TARGET = {"injury": .32, "police_only": .24, "violence": .18, "weapon": .11, "threat": .08, "uncertainty": .05, "suicide": .03}
TOKEN = re.compile(r"<<(~?)([a-z_]+):(.*?)>>|\[\[(.*?)\]\]")

problems = []


def bad(msg):
    problems.append(msg)


def parse(marked):
    out, pos = [], 0
    for m in TOKEN.finditer(marked):
        if m.start() > pos:
            out.append(("text", marked[pos:m.start()], None, False))
        if m.group(4) is not None:
            out.append(("res", m.group(4), None, False))
        else:
            out.append(("key", m.group(3), m.group(2), m.group(1) == "~"))
        pos = m.end()
    if pos < len(marked):
        out.append(("text", marked[pos:], None, False))
    return out


def nalnum(s):
    n = 0
    for ch in s:
        if ch.isalnum():
            n += 1
    return n


def expected(marked, width, group):
    parts = parse(marked)
    full = "".join(p[1] for p in parts)
    truncated = len(full) > width
    end = width if truncated else len(full)
    keys, resolved, at = [], False, 0
    for typ, txt, kind, alarm in parts:
        a, b = at, at + len(txt)
        at = b
        if typ == "res" and b <= end:
            resolved = True
        if typ != "key":
            continue
        if b <= end:
            keys.append((kind, alarm, txt))
        elif a < end:
            kept = txt[:end - a]
            ok = nalnum(kept) >= 5 and nalnum(kept) >= nalnum(txt) - 3
            keys.append((kind, alarm, kept.rstrip() if ok else None))
        else:
            keys.append((kind, alarm, None))
    live = [k for k in keys if k[2] is not None and not (k[1] and resolved)]
    dead_by_cut = [k for k in keys if k[2] is None and not (k[1] and resolved)]
    if live:
        lab, fl, why = "red", live[0][0], "%s <- '%s'" % (live[0][0], live[0][2].strip())
    elif dead_by_cut:
        lab, fl, why = "eligible", "", "eligible: cut-lost-key (%s)" % dead_by_cut[0][0]
    elif group.startswith("plain:"):
        lab, fl, why = "eligible", "", "eligible: routine-" + group[6:]
    else:
        lab, fl, why = "eligible", "", "eligible: " + group.split(":", 1)[1]
    if truncated:
        why = why + "; truncated at %d" % width
    narr = full[:width].rstrip() if truncated else full
    return full, narr, lab, fl, why, truncated


def main():
    csv_path = os.path.join(OUT, "blind27.csv")
    mk_path = os.path.join(OUT, "blind27_markup.csv")
    tp_path = os.path.join(OUT, "blind27_templates.txt")
    with open(csv_path, encoding="utf-8", newline="") as fh:
        raw = fh.read()
    rdr = list(csv.reader(raw.splitlines(True)))
    if rdr[0] != HEADER:
        bad("header is %r" % rdr[0])
    rows = [dict(zip(HEADER, r)) for r in rdr[1:]]
    with open(mk_path, encoding="utf-8", newline="") as fh:
        mk = list(csv.DictReader(fh))
    if len(rows) != 1000 or len(mk) != 1000:
        bad("row counts csv=%d markup=%d" % (len(rows), len(mk)))

    # ---- template inventory
    tpls, agencies = {}, {}
    with open(tp_path, encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if f[0] == "AGENCY":
                agencies[f[1]] = int(f[2])
            elif f[0] == "TEMPLATE":
                tpls[f[1]] = (f[2], f[3], f[4])
    if agencies != WIDTHS:
        bad("agency widths differ from checker table: %r" % agencies)
    per = Counter(sec for sec, _, _ in tpls.values())
    for k in KINDS:
        if per[k] < 50:
            bad("only %d templates for %s" % (per[k], k))
    n_red_t = sum(per[k] for k in KINDS)
    n_el_t = sum(v for s, v in per.items() if s.startswith(("eligible:", "plain:")))
    look_groups = sorted(s for s in per if s.startswith("eligible:"))
    if n_red_t < 350:
        bad("red templates %d < 350" % n_red_t)
    if n_el_t < 400:
        bad("eligible templates %d < 400" % n_el_t)
    if len(look_groups) < 20:
        bad("look-alike groups %d < 20" % len(look_groups))
    for tid in sorted(tpls):
        sec, _, text = tpls[tid]
        ps = [p for p in parse(text) if p[0] != "text"]
        keys = [p for p in ps if p[0] == "key"]
        if sec in KINDS:
            if not keys or keys[0][3] or keys[0][2] != sec:
                bad("red template %s first key is not a hard %s key: %s" % (tid, sec, text))
        else:
            if any(not p[3] for p in keys):
                bad("eligible template %s has a hard key: %s" % (tid, text))
            if keys and not any(p[0] == "res" for p in ps):
                bad("eligible template %s has an alarm with no resolution" % tid)
        for p in keys:
            if p[2] not in KINDS:
                bad("template %s unknown kind %s" % (tid, p[2]))

    # ---- rows
    seen = {}
    labels, flags, cuts, typos, longs = Counter(), Counter(), 0, 0, 0
    red_vague = red_from_red = 0
    elig_look = elig_total = 0
    lens_ok = 0
    ag_used = Counter()
    tpl_used = Counter()
    for i, (r, m) in enumerate(zip(rows, mk)):
        rid = "B27-%04d" % (i + 1)
        if r["id"] != rid or m["id"] != rid:
            bad("id mismatch at %d: %s / %s" % (i, r["id"], m["id"]))
        if r["split"] != "blind27":
            bad("%s split %r" % (rid, r["split"]))
        ag = m["agency"]
        ag_used[ag] += 1
        w = int(m["width"])
        if WIDTHS.get(ag) != w:
            bad("%s width %d does not match agency %s" % (rid, w, ag))
        if m["template"] not in tpls or tpls[m["template"]][0] != m["group"]:
            bad("%s template/group mismatch" % rid)
        tpl_used[m["template"]] += 1
        full, narr, lab, fl, why, trunc = expected(m["marked"], w, m["group"])
        if r["narrative"] != narr:
            bad("%s narrative differs from markup: %r vs %r" % (rid, r["narrative"], narr))
        if (r["label"], r["flags"], r["reason"]) != (lab, fl, why):
            bad("%s label/flags/reason %r != expected %r" % (rid, (r["label"], r["flags"], r["reason"]), (lab, fl, why)))
        if r["label"] not in ("red", "eligible"):
            bad("%s bad label" % rid)
        if (r["label"] == "red") != (r["flags"] in KINDS) or (r["label"] == "eligible" and r["flags"] != ""):
            bad("%s flags inconsistent with label" % rid)
        if len(r["narrative"]) > w:
            bad("%s narrative longer than W=%d" % (rid, w))
        if trunc != (len(full) > w) or trunc != r["reason"].endswith("; truncated at %d" % w):
            bad("%s truncation marker wrong" % rid)
        if r["label"] == "red":
            span = r["reason"].split(" <- '", 1)[1].split("'; truncated at ")[0]
            if span.endswith("'"):
                span = span[:-1]
            if span not in r["narrative"]:
                bad("%s decisive span %r not in narrative" % (rid, span))
        key = r["narrative"].lower()
        if key in seen:
            bad("%s duplicate narrative of %s" % (rid, seen[key]))
        seen[key] = rid
        if "\n" in r["narrative"] or "\r" in r["narrative"]:
            bad("%s narrative has a line break" % rid)
        labels[r["label"]] += 1
        flags[r["flags"]] += 1
        cuts += trunc
        typos += int(m["typos"]) > 0
        longs += int(m["long"])
        if 25 <= len(r["narrative"]) <= 140:
            lens_ok += 1
        if m["group"] in KINDS and r["label"] == "red":
            red_from_red += 1
            red_vague += int(m["vague_call_type"])
        if r["label"] == "eligible" and "cut-lost-key" not in r["reason"]:
            elig_total += 1
            elig_look += m["group"].startswith("eligible:")
        if not r["call_type"].strip():
            bad("%s empty call_type" % rid)

    n = len(rows)
    red_share = labels["red"] / n
    if not 0.35 <= red_share <= 0.45:
        bad("red share %.3f outside 35-45%%" % red_share)
    if flags["suicide"] < 20:
        bad("suicide rows %d < 20" % flags["suicide"])
    for k, t in sorted(TARGET.items()):
        share = flags[k] / max(1, labels["red"])
        if abs(share - t) > 0.03:
            bad("kind %s share %.3f far from %.2f" % (k, share, t))
    if not 0.12 <= cuts / n <= 0.19:
        bad("truncated share %.3f not about 15%%" % (cuts / n))
    if not 0.20 <= typos / n <= 0.30:
        bad("typo share %.3f not about 25%%" % (typos / n))
    if not 0.12 <= longs / n <= 0.20:
        bad("long-row share %.3f not about 15%%" % (longs / n))
    if not 0.33 <= red_vague / max(1, red_from_red) <= 0.47:
        bad("vague call type share among red %.3f not about 40%%" % (red_vague / red_from_red))
    if not 0.50 <= elig_look / max(1, elig_total) <= 0.60:
        bad("look-alike share of eligible %.3f not about 55%%" % (elig_look / elig_total))
    if lens_ok / n < 0.85:
        bad("only %.3f of rows are 25-140 chars" % (lens_ok / n))
    if len(ag_used) < 10:
        bad("only %d agencies used" % len(ag_used))

    # ---- regeneration under different hash seeds
    gen = os.path.join(OUT, "make_blind27.py")
    for hs in ("0", "1", "999"):
        with tempfile.TemporaryDirectory() as td:
            env = dict(os.environ, PYTHONHASHSEED=hs)
            p = subprocess.run([sys.executable, gen, td], env=env, capture_output=True, text=True)
            if p.returncode != 0:
                bad("regeneration failed under PYTHONHASHSEED=%s: %s" % (hs, p.stderr[-500:]))
                continue
            for fn in ("blind27.csv", "blind27_markup.csv", "blind27_templates.txt"):
                with open(os.path.join(td, fn), "rb") as a, open(os.path.join(OUT, fn), "rb") as b:
                    if a.read() != b.read():
                        bad("%s differs when regenerated under PYTHONHASHSEED=%s" % (fn, hs))

    print("rows %d  red %d (%.1f%%)  eligible %d" % (n, labels["red"], 100 * red_share, labels["eligible"]))
    print("per kind: " + ", ".join("%s %d" % (k, flags[k]) for k in KINDS))
    print("truncated %d  typo rows %d  long rows %d  agencies %d  templates red %d / eligible %d in %d look-alike groups"
          % (cuts, typos, longs, len(ag_used), n_red_t, n_el_t, len(look_groups)))
    print("vague call type among red %d/%d  look-alike eligible %d/%d  25-140 chars %d"
          % (red_vague, red_from_red, elig_look, elig_total, lens_ok))
    if problems:
        for p in problems[:60]:
            print("PROBLEM:", p)
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
