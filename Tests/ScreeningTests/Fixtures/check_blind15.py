#!/usr/bin/env python3
"""check_blind15.py -- independent checker for blind15.csv.

Usage:  python3 check_blind15.py [CSV]        (default: blind15.csv next to this script)

It imports make_blind15.py only to obtain, per row, the marked-up text the row was rendered
from, the agency width and whether the row was cut.  Everything else -- markup parsing, the
truncation survival rule, labels, flags, evidence, reasons, cut categories -- is re-derived
here with its own code and compared with the CSV.  It also checks the header, ids, split,
ASCII, canonical flag order, markup leaks, duplicate narratives, truncation facts, the
template inventory, and regenerates the CSV under PYTHONHASHSEED=0,1,999 comparing bytes.
Exits 1 on any problem.
"""
import collections
import csv
import importlib.util
import io
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
GEN = os.path.join(HERE, "make_blind15.py")
ORDER = ("weapon", "violence", "threat", "injury", "suicide", "police_only", "uncertainty")
HEADER = "id,call_type,narrative,label,flags,reason,split"
LEAK_CHARS = "[]<>{}$|^@~"
CATS = ("after_markup", "before_key", "inside_decoy", "inside_key", "inside_res", "last1_4")

problems = []


def problem(msg):
    problems.append(msg)


# ------------------------------------------------------------------ own markup parser
class Span:
    __slots__ = ("typ", "kind", "s", "e", "text", "res")

    def __init__(self, typ, kind, s, e, text):
        self.typ, self.kind, self.s, self.e, self.text, self.res = typ, kind, s, e, text, None


def strip_markup(src):
    """Character scanner.  Returns (plain, spans)."""
    plain = []
    spans = []
    pending = None
    i = 0
    closers = {"[[": "]]", "<<": ">>", "((": "))", "{": "}"}
    while i < len(src):
        opener = None
        for op in ("[[", "<<", "(("):
            if src[i:i + 2] == op:
                opener = op
        if opener is None and src[i] == "{":
            opener = "{"
        if opener is None:
            plain.append(src[i])
            i += 1
            continue
        close = closers[opener]
        j = src.find(close, i + len(opener))
        if j < 0:
            raise ValueError("unclosed %s in %r" % (opener, src))
        inner = src[i + len(opener):j]
        for op in ("[[", "<<", "((", "{"):
            if op in inner:
                raise ValueError("nested markup in %r" % src)
        kind = None
        if opener in ("[[", "<<"):
            kind, sep, inner = inner.partition(":")
            if not sep or kind not in ORDER:
                raise ValueError("bad kind %r in %r" % (kind, src))
        typ = {"[[": "key", "<<": "alarm", "((": "res", "{": "decoy"}[opener]
        sp = Span(typ, kind, len(plain), len(plain) + len(inner), inner)
        if typ == "alarm":
            pending = sp
        elif typ == "res":
            if pending is None:
                raise ValueError("resolution without alarm in %r" % src)
            pending.res = sp
            pending = None
        spans.append(sp)
        plain.extend(inner)
        i = j + len(close)
    return "".join(plain), spans


def n_alnum(t):
    return len([c for c in t if ("a" <= c.lower() <= "z") or ("0" <= c <= "9")])


def one_word(t):
    return not any(c in " \t\n" for c in t)


def key_kept(sp, W):
    """Survival rule for a key / alarm span under a cut at W (None = not cut)."""
    if W is None or sp.e <= W:
        return True
    if sp.s >= W:
        return False
    if not one_word(sp.text):
        return False
    n = n_alnum(sp.text)
    kept = n_alnum(sp.text[:W - sp.s])
    return n > 5 and kept >= max(5, n - 3)


def cut_category(spans, W):
    inside = [sp for sp in spans if sp.s < W < sp.e]
    if inside:
        sp = inside[0]
        if sp.typ == "res":
            return "inside_res"
        if sp.typ == "decoy":
            return "inside_decoy"
        if one_word(sp.text) and n_alnum(sp.text) > 5 and W >= sp.e - 4:
            return "last1_4"
        return "inside_key"
    keys = [sp for sp in spans if sp.typ in ("key", "alarm")]
    if any(sp.s >= W for sp in keys):
        return "before_key"
    if max([sp.e for sp in spans] + [0]) <= W:
        return "after_markup"
    return "other"


def expected(row_int, narrative):
    plain, spans = strip_markup(row_int["_marked"])
    W = row_int["_width"] if row_int["_cut"] else None
    evidence = collections.OrderedDict()
    for sp in sorted(spans, key=lambda x: x.s):
        if sp.typ == "key":
            hit = key_kept(sp, W)
        elif sp.typ == "alarm":
            resolved = sp.res is not None and (W is None or sp.res.e <= W)
            hit = key_kept(sp, W) and not resolved
        else:
            hit = False
        if hit and sp.kind not in evidence:
            evidence[sp.kind] = narrative[sp.s:sp.e if W is None else min(sp.e, W)]
    flags = [k for k in ORDER if k in evidence]
    if flags:
        label = "red_flag"
        reason = "; ".join("%s <- '%s'" % (k, evidence[k]) for k in flags)
    else:
        label = "eligible"
        if row_int["_intent"] == "red":
            kinds = [k for k in ORDER if any(sp.typ == "key" and sp.kind == k for sp in spans)]
            reason = "eligible: red cue lost to cut (%s)" % "+".join(kinds)
        else:
            reason = "eligible: %s" % row_int["_pool"]
    if W is not None:
        reason += "; truncated at %d" % W
    return plain, spans, W, label, flags, reason, evidence


def main(argv):
    csv_path = argv[1] if len(argv) > 1 else os.path.join(HERE, "blind15.csv")
    raw = open(csv_path, "rb").read()
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError:
        problem("CSV is not ASCII-only")
        text = raw.decode("utf-8", "replace")
    if "\r" in text:
        problem("CSV contains carriage returns")
    if text.split("\n", 1)[0] != HEADER:
        problem("header is %r" % text.split("\n", 1)[0])
    rows = list(csv.DictReader(io.StringIO(text)))

    spec = importlib.util.spec_from_file_location("make_blind15_for_check", GEN)
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    internal = gen.build()

    if len(rows) != 1000:
        problem("expected 1000 rows, got %d" % len(rows))
    if len(internal) != len(rows):
        problem("generator built %d rows, csv has %d" % (len(internal), len(rows)))

    fig = collections.Counter()
    kind_rows = collections.Counter()
    cat_rows = collections.Counter()
    agency = collections.OrderedDict()
    seen = {}
    for n, (r, ri) in enumerate(zip(rows, internal)):
        rid = "B15-%04d" % (n + 1)
        if r["id"] != rid:
            problem("row %d id %r" % (n + 1, r["id"]))
        if r["split"] != "blind15":
            problem("%s split %r" % (rid, r["split"]))
        for k in ("id", "call_type", "narrative", "label", "flags", "reason", "split"):
            if any(ord(c) > 126 or ord(c) < 32 for c in r[k]):
                problem("%s field %s has non-printable / non-ASCII chars" % (rid, k))
        narr = r["narrative"]
        if any(ch in narr for ch in LEAK_CHARS) or "((" in narr or "))" in narr:
            problem("%s markup leak in narrative: %r" % (rid, narr))
        if narr != narr.strip() or "  " in narr:
            problem("%s stray whitespace in narrative" % rid)
        low = narr.lower()
        if low in seen:
            problem("%s duplicate narrative of %s" % (rid, seen[low]))
        seen[low] = rid
        if not r["call_type"]:
            problem("%s empty call_type" % rid)
        for fld in ("call_type", "narrative", "label", "flags", "reason"):
            if r[fld] != ri[fld]:
                problem("%s csv %s differs from generator build" % (rid, fld))

        try:
            plain, spans, W, label, flags, reason, ev = expected(ri, narr)
        except ValueError as exc:
            problem("%s markup error: %s" % (rid, exc))
            continue
        width = ri["_width"]
        ag = agency.setdefault(ri["_agency"], [width, 0, 0])
        ag[1] += 1
        # truncation facts
        if ri["_cut"]:
            ag[2] += 1
            if len(narr) != width:
                problem("%s cut row length %d != W %d" % (rid, len(narr), width))
            if len(plain) <= width:
                problem("%s cut row but full text (%d) fits W %d" % (rid, len(plain), width))
            if narr.endswith(" ") or plain[width - 1] == " ":
                problem("%s cut right after a space" % rid)
            if narr.lower() != plain[:width].lower():
                problem("%s narrative is not the cut plain text" % rid)
            if not r["reason"].endswith("; truncated at %d" % width):
                problem("%s reason lacks truncation note" % rid)
            cat = cut_category(spans, width)
            cat_rows[cat] += 1
            fig["cut_" + label] += 1
        else:
            if len(narr) >= width:
                problem("%s uncut row length %d >= W %d" % (rid, len(narr), width))
            if narr.lower() != plain.lower():
                problem("%s narrative is not the plain text" % rid)
            if "truncated at" in r["reason"]:
                problem("%s uncut row mentions truncation" % rid)
        # labels
        if r["label"] not in ("red_flag", "eligible"):
            problem("%s bad label %r" % (rid, r["label"]))
        got_flags = r["flags"].split(";") if r["flags"] else []
        if any(f not in ORDER for f in got_flags) or got_flags != [k for k in ORDER if k in got_flags] \
                or len(set(got_flags)) != len(got_flags):
            problem("%s flags not canonical: %r" % (rid, r["flags"]))
        if (r["label"] == "red_flag") != bool(got_flags):
            problem("%s label/flags mismatch" % rid)
        if r["label"] != label:
            problem("%s label %s, expected %s" % (rid, r["label"], label))
        if got_flags != flags:
            problem("%s flags %r, expected %r" % (rid, got_flags, flags))
        if r["reason"] != reason:
            problem("%s reason %r, expected %r" % (rid, r["reason"], reason))
        for k in flags:
            if ev[k] not in narr:
                problem("%s evidence for %s not in narrative" % (rid, k))
        # figures
        fig[label] += 1
        for k in flags:
            kind_rows[k] += 1
        if len(flags) > 1:
            fig["multi"] += 1
        if ri["_intent"] == "red" and label == "eligible":
            fig["red_tpl_now_eligible"] += 1
        if ri["_intent"] == "eligible" and label == "red_flag":
            fig["elig_tpl_now_red"] += 1
        if ri["_typo"]:
            fig["typo_" + ri["_typo"]] += 1
            if ri["_typo"] == "key" and ri["_intent"] == "red":
                fig["typo_key_red"] += 1
        fig["ct_%s_%s" % (ri["_intent"], ri["_ct_mode"])] += 1
        fig["intent_" + ri["_intent"]] += 1

    # template inventory
    red_t, elig_t = gen.load_templates()
    groups = []
    per_kind = collections.Counter()
    regional = 0
    raws = []
    for t in red_t + elig_t:
        raws.append(t["raw"])
        regional += 1 if t["regional"] else 0
        try:
            _, sp = strip_markup(t["raw"])
        except ValueError as exc:
            problem("template %s: %s" % (t["tid"], exc))
            continue
        if any(s.typ == "alarm" and s.res is None for s in sp) and t["label"] == "eligible":
            problem("eligible template %s has an unresolved alarm" % t["tid"])
        if t["label"] == "red":
            per_kind[t["pool"]] += 1
            if not any(s.typ == "key" and s.kind == t["pool"] for s in sp):
                problem("red template %s has no key of its kind" % t["tid"])
        else:
            if t["pool"] not in groups:
                groups.append(t["pool"])
            if any(s.typ == "key" for s in sp):
                problem("eligible template %s has a decisive key" % t["tid"])
    if len(set(raws)) != len(raws):
        problem("duplicate templates")
    if len(red_t) < 350 or len(elig_t) < 400 or len(groups) < 20:
        problem("template inventory too small: %d red, %d eligible, %d groups"
                % (len(red_t), len(elig_t), len(groups)))
    for k in ORDER:
        if per_kind[k] < 45:
            problem("only %d red templates for %s" % (per_kind[k], k))
    if sum(1 for r in internal if r["_cut"]) != 200:
        problem("expected exactly 200 cut rows")
    for c in CATS:
        if cat_rows[c] < 20:
            problem("cut category %s has only %d rows" % (c, cat_rows[c]))
    if not all(20 <= a[0] <= 160 and 60 <= a[0] for a in agency.values()) or not (8 <= len(agency) <= 10):
        problem("agency widths / count out of range")

    # regeneration under several hash seeds
    for seed in ("0", "1", "999"):
        with tempfile.TemporaryDirectory() as td:
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, GEN, td], env=env, check=True, stdout=subprocess.DEVNULL)
            if open(os.path.join(td, "blind15.csv"), "rb").read() != raw:
                problem("regeneration under PYTHONHASHSEED=%s differs" % seed)

    # figures
    total = len(rows)
    print("figures for %s" % csv_path)
    print("| figure | value |")
    print("|---|---|")
    print("| rows | %d |" % total)
    print("| red_flag / eligible | %d / %d (p(red) = %.3f) |" % (fig["red_flag"], fig["eligible"],
                                                            fig["red_flag"] / max(total, 1)))
    for k in ORDER:
        print("| rows flagged %s | %d |" % (k, kind_rows[k]))
    print("| multi-kind red rows | %d |" % fig["multi"])
    print("| truncated rows: red / eligible | %d / %d |" % (fig["cut_red_flag"], fig["cut_eligible"]))
    print("| red templates turned eligible by the cut | %d |" % fig["red_tpl_now_eligible"])
    print("| eligible templates turned red by the cut (resolution lost) | %d |" % fig["elig_tpl_now_red"])
    for c in CATS + ("other",):
        if cat_rows[c] or c != "other":
            print("| cut position: %s | %d |" % (c, cat_rows[c]))
    print("| rows with a misspelling: on key-span word / elsewhere | %d / %d |"
          % (fig["typo_key"], fig["typo_plain"]))
    print("| of which misspelled decisive keys in red templates | %d |" % fig["typo_key_red"])
    print("| red-template rows: fitting / mild call type | %d / %d |" % (fig["ct_red_fitting"], fig["ct_red_mild"]))
    print("| eligible-template rows: fitting / alarming call type | %d / %d |"
          % (fig["ct_eligible_fitting"], fig["ct_eligible_alarming"]))
    print("| templates: red / eligible / eligible groups | %d / %d / %d |" % (len(red_t), len(elig_t), len(groups)))
    print("| red templates per kind | %s |" % ", ".join("%s %d" % (k, per_kind[k]) for k in ORDER))
    print("| templates with unusual / regional setting | %d (%.0f%%) |"
          % (regional, 100.0 * regional / max(1, len(red_t) + len(elig_t))))
    for code, (w, cnt, cut) in agency.items():
        print("| agency %s (W=%d): rows / cut | %d / %d |" % (code, w, cnt, cut))
    if problems:
        print("\n%d PROBLEM(S):" % len(problems))
        for p in problems[:60]:
            print("  - " + p)
        return 1
    print("\nOK: all checks passed (regenerated identically under PYTHONHASHSEED=0,1,999)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
