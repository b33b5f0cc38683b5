#!/usr/bin/env python3
"""check_blind13.py - independent verifier for blind13.csv.

Usage: python3 check_blind13.py [DIR]      (DIR holds blind13.csv and make_blind13.py; default: this folder)
Regenerates the set under PYTHONHASHSEED=0, 1 and 999 (with the marked-up dump), checks the file
byte for byte, re-derives every label from the marked-up narratives with its own parser and its own
implementation of the truncation survival rule, and prints the figures table.  Exits 1 on any problem.
"""
import csv
import hashlib
import io
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, OrderedDict

KINDS = ["weapon", "violence", "threat", "injury", "suicide", "police_only", "uncertainty"]
HEADER = ["id", "call_type", "narrative", "label", "flags", "reason", "split"]
# agency code -> truncation width (documented in blind13.md; kept here independently)
WIDTHS = {"CSP": 118, "LVC": 96, "WYK": 142, "KFR": 74, "RUD": 150, "MLT": 64, "SCT": 108, "BTP": 130,
          "PBH": 86}

problems = []


def bad(msg):
    problems.append(msg)


# ---------------------------------------------------------------- own markup parser
def parse_marked(s):
    """-> list of spans dict(t, kind, text, start, end) plus plain text.  t in K A R D."""
    out = []
    plain = []
    pos = 0
    i = 0
    n = len(s)
    openers = (("[[", "]]", "K"), ("<<", ">>", "A"), ("((", "))", "R"), ("{", "}", "D"))
    while i < n:
        hit = None
        for op, cl, t in openers:
            if s.startswith(op, i):
                hit = (op, cl, t)
                break
        if hit is None:
            if s[i] in "[]<>{}":
                raise ValueError("stray markup char at %d" % i)
            plain.append(s[i])
            pos += 1
            i += 1
            continue
        op, cl, t = hit
        j = s.find(cl, i + len(op))
        if j < 0:
            raise ValueError("unclosed %s" % op)
        inner = s[i + len(op):j]
        kind = None
        if t in "KA":
            kind, _, inner = inner.partition(":")
            if kind not in KINDS:
                raise ValueError("bad kind %r" % kind)
        for ch in "[]<>{}":
            if ch in inner:
                raise ValueError("nested markup")
        if t == "R" and ("(" in inner or ")" in inner):
            raise ValueError("paren inside resolution")
        out.append(dict(t=t, kind=kind, text=inner, start=pos, end=pos + len(inner), res=None))
        plain.append(inner)
        pos += len(inner)
        i = j + len(cl)
    # pair every alarm with the first unpaired resolution after it
    used = set()
    for a_i, sp in enumerate(out):
        if sp["t"] != "A":
            continue
        for r_i in range(a_i + 1, len(out)):
            if out[r_i]["t"] == "R" and r_i not in used:
                used.add(r_i)
                sp["res"] = out[r_i]
                break
        if sp["res"] is None:
            raise ValueError("alarm without resolution")
    return out, "".join(plain)


def n_alnum(x):
    return len(re.findall(r"[A-Za-z0-9]", x))


def kept(sp, w):
    """survival rule for a key / alarm / resolution span under width w (None = no cut)"""
    if w is None or sp["end"] <= w:
        return True
    if sp["start"] >= w:
        return False
    if re.search(r"\s", sp["text"].strip()):
        return False
    total = n_alnum(sp["text"])
    part = n_alnum(sp["text"][:w - sp["start"]])
    return total > 5 and part >= max(5, total - 3)


def labels(spans, w):
    ev = OrderedDict()
    for sp in spans:
        fire = False
        if sp["t"] == "K":
            fire = kept(sp, w)
        elif sp["t"] == "A":
            fire = kept(sp, w) and not kept(sp["res"], w)
        if fire and sp["kind"] not in ev:
            vis = sp["text"] if w is None else sp["text"][:max(0, w - sp["start"])]
            ev[sp["kind"]] = vis.strip()
    return [k for k in KINDS if k in ev], ev


def position(spans, w):
    inside = [sp for sp in spans if sp["start"] < w < sp["end"]]
    if inside:
        sp = inside[0]
        if sp["t"] in "KA":
            one = len(sp["text"].split()) == 1
            if one and n_alnum(sp["text"]) > 5 and sp["end"] - w in (1, 2, 3, 4):
                return "key_tail"
            return "inside_key"
        return {"R": "inside_resolution", "D": "inside_decoy"}[sp["t"]]
    after = [sp for sp in spans if sp["start"] >= w]
    if not [sp for sp in spans if sp["end"] > w]:
        return "after_markup"
    if any(sp["t"] in "KA" for sp in after):
        return "before_key"
    if any(sp["t"] == "R" for sp in after):
        return "before_resolution"
    return "before_decoy"


# ---------------------------------------------------------------- main
def main():
    here = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    csv_path = os.path.join(here, "blind13.csv")
    gen = os.path.join(here, "make_blind13.py")
    raw = open(csv_path, "rb").read()
    md5 = hashlib.md5(raw).hexdigest()

    # regeneration under different hash seeds
    dumps = []
    for hs in ("0", "1", "999"):
        with tempfile.TemporaryDirectory() as td:
            env = dict(os.environ, PYTHONHASHSEED=hs)
            mk = os.path.join(td, "markup.tsv")
            subprocess.run(["nice", sys.executable, gen, td, "--markup", mk], env=env, check=True)
            regen = open(os.path.join(td, "blind13.csv"), "rb").read()
            if regen != raw:
                bad("regenerated csv differs from blind13.csv under PYTHONHASHSEED=%s" % hs)
            dumps.append(open(mk, "rb").read())
    if len(set(dumps)) != 1:
        bad("markup dump differs between hash seeds")
    dump = dumps[0].decode("ascii").split("\n")[:-1]

    # plain csv facts
    if any(b > 127 for b in raw):
        bad("non-ASCII bytes")
    text = raw.decode("ascii", "replace")
    rd = list(csv.reader(io.StringIO(text, newline="")))
    if rd[0] != HEADER:
        bad("header %r" % rd[0])
    rows = rd[1:]
    if len(rows) != 1000:
        bad("%d rows" % len(rows))
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rd)
    if buf.getvalue() != text:
        bad("not standard csv module quoting / line endings")
    narrs = Counter(r[2] for r in rows)
    dup = [n for n, c in narrs.items() if c > 1]
    if dup:
        bad("%d duplicate narratives" % len(dup))
    leak = re.compile(r"\[\[|\]\]|<<|>>|\(\(|\)\)|[{}]|\$[A-Z]|\t")
    for k, r in enumerate(rows):
        rid = "B13-%04d" % (k + 1)
        if len(r) != 7:
            bad("%s: %d fields" % (rid, len(r)))
            continue
        if r[0] != rid:
            bad("id %s at position %d" % (r[0], k + 1))
        if r[6] != "blind13":
            bad("%s split %r" % (rid, r[6]))
        if r[3] not in ("red_flag", "eligible"):
            bad("%s label %r" % (rid, r[3]))
        fl = r[4].split(";") if r[4] else []
        if len(set(fl)) != len(fl) or any(f not in KINDS for f in fl) or fl != [k2 for k2 in KINDS if k2 in fl]:
            bad("%s flags %r not canonical" % (rid, r[4]))
        if (r[3] == "red_flag") != bool(fl):
            bad("%s label/flags mismatch" % rid)
        if r[3] == "eligible" and not r[5].startswith("eligible:"):
            bad("%s eligible reason" % rid)
        if r[3] == "red_flag" and r[5].startswith("eligible"):
            bad("%s red reason" % rid)
        for f in fl:
            if (f + " <- '") not in r[5]:
                bad("%s no evidence for %s" % (rid, f))
        if leak.search(r[2]) or leak.search(r[1]):
            bad("%s markup leak" % rid)
        if not r[1].strip() or not r[2].strip():
            bad("%s empty field" % rid)

    # independent re-derivation from the marked-up narratives
    if len(dump) != len(rows):
        bad("dump has %d lines" % len(dump))
    F = dict(kind=Counter(), label=Counter(), multi=0, trunc=Counter(), midword=0, pos=Counter(),
             red_left=0, elig_made=0, miss=Counter(), decoy=Counter(), ag=OrderedDict(), wid=OrderedDict(),
             templates=set(), ctype_red=0)
    for k, (r, line) in enumerate(zip(rows, dump)):
        rid, ag, wtxt, miss, tid, marked = line.split("\t")
        if rid != r[0]:
            bad("dump id %s vs %s" % (rid, r[0]))
        try:
            spans, plain = parse_marked(marked)
        except ValueError as e:
            bad("%s markup: %s" % (rid, e))
            continue
        w = int(wtxt) or None
        if ag not in WIDTHS:
            bad("%s agency %s" % (rid, ag))
            continue
        narr = r[2]
        if w is not None:
            if w != WIDTHS[ag]:
                bad("%s cut at %d, agency width %d" % (rid, w, WIDTHS[ag]))
            if not (len(plain) > w and narr == plain[:w] and len(narr) == w):
                bad("%s truncation facts" % rid)
            if ("truncated at %d" % w) not in r[5]:
                bad("%s reason lacks truncated at" % rid)
        else:
            if narr != plain:
                bad("%s narrative differs from markup" % rid)
            if "truncated at" in r[5]:
                bad("%s says truncated" % rid)
        flags, ev = labels(spans, w)
        if ";".join(flags) != r[4]:
            bad("%s flags %r, re-derived %r" % (rid, r[4], ";".join(flags)))
        for f in flags:
            if ("%s <- '%s'" % (f, ev[f])) not in r[5]:
                bad("%s evidence for %s differs" % (rid, f))
            if ev[f] not in narr:
                bad("%s evidence not in narrative" % rid)
        has_key = any(sp["t"] == "K" for sp in spans)
        if tid.startswith("R-") != has_key:
            bad("%s template side vs keys" % rid)
        F["templates"].add(tid)
        red = bool(flags)
        lab = "red" if red else "eligible"
        F["label"][lab] += 1
        for f in flags:
            F["kind"][f] += 1
        if len(flags) > 1:
            F["multi"] += 1
        a = F["ag"].setdefault(ag, Counter())
        a["rows"] += 1
        a["red"] += red
        wd = F["wid"].setdefault(WIDTHS[ag], Counter())
        wd["rows"] += 1
        if w is not None:
            F["trunc"][lab] += 1
            a["trunc"] += 1
            wd["trunc"] += 1
            if plain[w - 1].isalnum() and plain[w].isalnum():
                F["midword"] += 1
            F["pos"][position(spans, w)] += 1
            if has_key and not red:
                F["red_left"] += 1
            if not has_key and red:
                F["elig_made"] += 1
        if miss:
            o, nw, where = miss.split(">")
            if o == nw or abs(len(o) - len(nw)) > 2 or o.lower() == nw.lower() or where not in ("cue", "plain"):
                bad("%s odd misspelling %s" % (rid, miss))
            if nw not in marked:
                bad("%s misspelling not in text" % rid)
            F["miss"]["rows"] += 1
            F["miss"][where] += 1
            vis_end = len(plain) if w is None else w
            pos_nw = marked.find(nw)
            pre = re.sub(r"\[\[[a-z_]+:|<<[a-z_]+:|\]\]|>>|\(\(|\)\)|[{}]", "", marked[:pos_nw])
            if pos_nw >= 0 and len(pre) + len(nw) <= vis_end:
                F["miss"]["visible"] += 1
        dec = any(sp["t"] in "DA" and (w is None or sp["start"] < w) for sp in spans)
        F["decoy"][lab + "_n"] += 1
        F["decoy"][lab + "_d"] += dec

    # template inventory of the generator (design requirements)
    sys.path.insert(0, here)
    import importlib
    g = importlib.import_module("make_blind13")
    red_t, elig_t = g.RED_T, g.ELIG_T
    per_kind = Counter(t["kind"] for t in red_t)
    groups = Counter(t["group"] for t in elig_t)
    regional = sum(1 for t in red_t + elig_t if t["regional"])
    if len(red_t) < 350 or min(per_kind[k] for k in KINDS) < 45:
        bad("red templates %d %r" % (len(red_t), dict(per_kind)))
    if len(elig_t) < 400 or len(groups) < 20:
        bad("eligible templates %d in %d groups" % (len(elig_t), len(groups)))
    if regional * 3 < len(red_t) + len(elig_t):
        bad("regional templates %d" % regional)
    if len(g.AGENCIES) < 7 or len(set(a["width"] for a in g.AGENCIES)) != len(g.AGENCIES) or \
            any(not 60 <= a["width"] <= 160 for a in g.AGENCIES):
        bad("agency widths")
    for a in g.AGENCIES:
        if WIDTHS.get(a["code"]) != a["width"]:
            bad("agency %s width" % a["code"])
    for t in red_t + elig_t:
        try:
            sp, _ = parse_marked(t["text"].replace("#", " "))
        except ValueError as e:
            bad("template %s: %s" % (t["tid"], e))
            continue
        if t["side"] == "red" and not any(s["t"] == "K" for s in sp):
            bad("red template without key %s" % t["tid"])
        if t["side"] == "elig" and any(s["t"] == "K" for s in sp):
            bad("eligible template with key %s" % t["tid"])
    if sum(F["trunc"].values()) != 200:
        bad("truncated rows %d" % sum(F["trunc"].values()))

    # figures
    L = []
    L.append("| figure | value |")
    L.append("|---|---|")
    L.append("| md5 blind13.csv | %s |" % md5)
    L.append("| rows | %d |" % len(rows))
    L.append("| red_flag / eligible | %d / %d (%.1f%% red) |" % (F["label"]["red"], F["label"]["eligible"],
                                                               100.0 * F["label"]["red"] / max(1, len(rows))))
    L.append("| per kind | %s |" % ", ".join("%s %d" % (k, F["kind"][k]) for k in KINDS))
    L.append("| multi-kind rows | %d |" % F["multi"])
    L.append("| truncated (red / eligible) | %d (%d / %d) |" % (sum(F["trunc"].values()), F["trunc"]["red"],
                                                              F["trunc"]["eligible"]))
    L.append("| mid-word cuts | %d |" % F["midword"])
    L.append("| cut positions | %s |" % ", ".join("%s %d" % (p, F["pos"][p]) for p in
                                                 ["after_markup", "before_key", "inside_decoy", "inside_key",
                                                  "key_tail", "inside_resolution", "before_resolution",
                                                  "before_decoy"] if F["pos"][p]))
    L.append("| red templates left eligible by the cut | %d |" % F["red_left"])
    L.append("| eligible templates made red by the cut | %d |" % F["elig_made"])
    L.append("| misspelled rows (on cue word / plain; visible after cut) | %d (%d / %d; %d) |" % (
        F["miss"]["rows"], F["miss"]["cue"], F["miss"]["plain"], F["miss"]["visible"]))
    for lab in ("red", "eligible"):
        n, d = F["decoy"][lab + "_n"], F["decoy"][lab + "_d"]
        L.append("| decoy rate %s | %d / %d = %.1f%% |" % (lab, d, n, 100.0 * d / max(1, n)))
    L.append("| templates: red / eligible / groups / regional | %d (%s) / %d / %d / %d (%.0f%%) |" % (
        len(red_t), ", ".join("%s %d" % (k, per_kind[k]) for k in KINDS), len(elig_t), len(groups), regional,
        100.0 * regional / (len(red_t) + len(elig_t))))
    L.append("| distinct templates used | %d |" % len(F["templates"]))
    for ag, c in F["ag"].items():
        L.append("| agency %s (width %d) rows / red / truncated | %d / %d / %d |" % (ag, WIDTHS[ag], c["rows"],
                                                                                  c["red"], c["trunc"]))
    for wd in sorted(F["wid"]):
        c = F["wid"][wd]
        L.append("| width %d rows / truncated | %d / %d |" % (wd, c["rows"], c["trunc"]))
    print("\n".join(L))
    if problems:
        print("\nPROBLEMS (%d):" % len(problems))
        for p in problems[:60]:
            print("  " + p)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
