#!/usr/bin/env python3
"""Independent checker for blind29 (imports nothing from make_blind29.py).

usage: python3 check_blind29.py OUTDIR
Re-derives every label from OUTDIR/blind29_markup.csv with its own parser and
its own copy of the truncation rule, checks counts/shares/widths/templates and
regenerates the set under PYTHONHASHSEED=0,1,999 comparing bytes. Exit 1 on
any problem.
"""
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile

KINDS = ["weapon", "violence", "threat", "injury", "suicide", "police_only", "uncertainty"]
HEADER = ["id", "call_type", "narrative", "label", "flags", "reason", "split"]
problems = []


def bad(msg):
    problems.append(msg)


def n_letters(s):
    n = 0
    for ch in s:
        if ch.isalpha():
            n += 1
    return n


TOKEN = re.compile(r"\[\[(\w+)\|(.*?)\]\]|\[\?(\w+)\|(.*?)\]|<<(.*?)>>")


def parse_markup(mk):
    """-> (plain text, [(start, end, type, kind)])"""
    out, spans, pos = [], [], 0
    length = 0
    for mo in TOKEN.finditer(mk):
        pre = mk[pos:mo.start()]
        out.append(pre)
        length += len(pre)
        if mo.group(1) is not None:
            t, k, txt = "R", mo.group(1), mo.group(2)
        elif mo.group(3) is not None:
            t, k, txt = "A", mo.group(3), mo.group(4)
        else:
            t, k, txt = "V", "", mo.group(5)
        spans.append((length, length + len(txt), t, k))
        out.append(txt)
        length += len(txt)
        pos = mo.end()
    out.append(mk[pos:])
    return "".join(out), spans


def survives_partially(text, s, e, w):
    # a red key cut by the field width counts if >=5 letters and all but <=3 letters survive
    if e <= w:
        return True
    if s >= w:
        return False
    kept = n_letters(text[s:w])
    total = n_letters(text[s:e])
    return kept >= 5 and total - kept <= 3


def relabel(text, spans, w, group):
    resolutions = [sp for sp in spans if sp[2] == "V"]
    resolved = len(resolutions) > 0 and all(sp[1] <= w for sp in resolutions)
    best, lost_kind, partial = None, None, False
    for s, e, t, k in spans:
        if t == "V" or (t == "A" and resolved):
            continue
        if survives_partially(text, s, e, w):
            if best is None or s < best[0]:
                best = (s, e, k)
        elif t == "R" and lost_kind is None:
            lost_kind = k
    suffix = "; truncated at %d" % w if len(text) > w else ""
    if best is not None:
        s, e, k = best
        partial = e > w
        return "red", k, "%s <- '%s'%s" % (k, text[s:min(e, w)], suffix), partial
    if lost_kind is not None:
        return "eligible", "", "eligible: cut-lost-key (%s)%s" % (lost_kind, suffix), False
    return "eligible", "", "eligible: %s%s" % (group, suffix), False


def check_templates(path):
    per = {}
    groups = {}
    n_red = n_elig = 0
    tids = {}
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                bad("template line %d has %d fields" % (ln, len(parts)))
                continue
            kind, cat, text = parts
            tids["T%03d" % ln] = kind
            if kind.startswith("E:"):
                n_elig += 1
                groups[kind[2:]] = groups.get(kind[2:], 0) + 1
                if "[[" in text:
                    bad("eligible template %d contains a red key" % ln)
                if "[?" in text and "<<" not in text:
                    bad("eligible template %d has an alarm but no resolution" % ln)
            else:
                if kind not in KINDS:
                    bad("template %d bad kind %s" % (ln, kind))
                n_red += 1
                per[kind] = per.get(kind, 0) + 1
                if "[[" not in text:
                    bad("red template %d has no key" % ln)
    if n_red < 350:
        bad("only %d red templates" % n_red)
    for k in KINDS:
        if per.get(k, 0) < 50:
            bad("only %d templates for %s" % (per.get(k, 0), k))
    if n_elig < 400:
        bad("only %d eligible templates" % n_elig)
    look_groups = [g for g in groups if g != "routine"]
    if len(look_groups) < 20:
        bad("only %d look-alike groups" % len(look_groups))
    return tids, per, groups, n_red, n_elig


def main():
    outdir = sys.argv[1]
    tpath = os.path.join(outdir, "templates_blind29.txt")
    tids, per_t, groups_t, n_red_t, n_elig_t = check_templates(tpath)

    with open(os.path.join(outdir, "blind29.csv"), newline="", encoding="utf-8") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        rows = [r for r in rd]
    if header != HEADER:
        bad("header is %r" % header)
    with open(os.path.join(outdir, "blind29_markup.csv"), newline="", encoding="utf-8") as fh:
        mrows = list(csv.DictReader(fh))
    if len(rows) != 1000 or len(mrows) != 1000:
        bad("row counts %d / %d" % (len(rows), len(mrows)))

    n_red = n_trunc = n_upd = n_typo = n_tkey = n_mis = n_look = n_elig_tpl = 0
    n_partial = n_lost = n_flip = 0
    kinds = {}
    widths = []
    calltakers = []
    narrs = {}
    lens = []
    for i, (r, m) in enumerate(zip(rows, mrows)):
        rid = "B29-%04d" % (i + 1)
        if len(r) != 7:
            bad("%s has %d fields" % (rid, len(r)))
            continue
        cid, ct, narr, label, flags, reason, split = r
        if cid != rid or m["id"] != rid:
            bad("id mismatch at %d: %s %s" % (i, cid, m["id"]))
        if split != "blind29":
            bad("%s split %s" % (rid, split))
        if ct != m["call_type"] or not ct:
            bad("%s call_type mismatch" % rid)
        w = int(m["width"])
        if w not in widths:
            widths.append(w)
        if m["calltaker"] not in calltakers:
            calltakers.append(m["calltaker"])
        if m["template"] not in tids:
            bad("%s unknown template %s" % (rid, m["template"]))
        else:
            tk = tids[m["template"]]
            exp_kind = "eligible" if tk.startswith("E:") else tk
            if exp_kind != m["kind"]:
                bad("%s template kind mismatch" % rid)
            if tk.startswith("E:") and m["group"] != tk[2:]:
                bad("%s group mismatch" % rid)
        text, spans = parse_markup(m["markup"])
        if "[[" in text or "<<" in text or "[?" in text:
            bad("%s leftover markup" % rid)
        if narr != text[:w]:
            bad("%s narrative != markup text cut at %d" % (rid, w))
        if len(narr) > w:
            bad("%s narrative longer than width" % rid)
        cut = len(text) > w
        if cut:
            n_trunc += 1
            if len(narr) != w:
                bad("%s truncated but length %d" % (rid, len(narr)))
        lens.append(len(narr))
        exp = relabel(text, spans, w, m["group"])
        if (label, flags, reason) != exp[:3]:
            bad("%s label mismatch: got %r expected %r" % (rid, (label, flags, reason), exp[:3]))
        if exp[3]:
            n_partial += 1
        if label not in ("red", "eligible"):
            bad("%s bad label" % rid)
        if label == "red":
            n_red += 1
            if flags not in KINDS or "," in flags or ";" in flags:
                bad("%s bad flag %r" % (rid, flags))
            kinds[flags] = kinds.get(flags, 0) + 1
            mo = re.match(r"(\w+) <- '(.*)'(; truncated at \d+)?$", reason)
            if not mo or mo.group(1) != flags or mo.group(2) not in narr:
                bad("%s reason span not found in narrative" % rid)
            if m["kind"] == "eligible":
                n_flip += 1
        else:
            if flags != "":
                bad("%s eligible with flag" % rid)
            if not reason.startswith("eligible: "):
                bad("%s eligible reason %r" % (rid, reason))
            if "cut-lost-key" in reason:
                n_lost += 1
        if cut != reason.endswith("; truncated at %d" % w):
            bad("%s truncation note mismatch" % rid)
        if m["has_update"] == "1":
            n_upd += 1
        if m["typos"] != "0":
            n_typo += 1
        if m["typo_in_key"] == "1":
            n_tkey += 1
        if m["kind"] != "eligible" and m["misleading_ct"] == "1":
            n_mis += 1
        if m["kind"] == "eligible":
            n_elig_tpl += 1
            if m["group"] != "routine":
                n_look += 1
        if narr in narrs:
            bad("%s duplicate narrative of %s" % (rid, narrs[narr]))
        narrs[narr] = rid

    n = max(len(rows), 1)
    n_red_tpl = sum(1 for m in mrows if m["kind"] != "eligible")
    share = n_red / n
    if not 0.35 <= share <= 0.45:
        bad("red share %.3f" % share)
    if kinds.get("uncertainty", 0) < 40:
        bad("uncertainty rows %d < 40" % kinds.get("uncertainty", 0))
    if kinds.get("suicide", 0) < 20:
        bad("suicide rows %d < 20" % kinds.get("suicide", 0))
    if len(widths) != 1:
        bad("more than one field width: %r" % widths)
    if not 0.12 <= n_trunc / n <= 0.18:
        bad("truncated share %.3f" % (n_trunc / n))
    if not 0.20 <= n_upd / n <= 0.30:
        bad("update share %.3f" % (n_upd / n))
    if not 0.20 <= n_typo / n <= 0.30:
        bad("typo share %.3f" % (n_typo / n))
    if not 0.45 <= n_look / max(n_elig_tpl, 1) <= 0.65:
        bad("look-alike share of eligible templates %.3f" % (n_look / max(n_elig_tpl, 1)))
    if not 0.38 <= n_mis / max(n_red_tpl, 1) <= 0.52:
        bad("misleading call-type share %.3f" % (n_mis / max(n_red_tpl, 1)))
    if len(calltakers) < 35:
        bad("only %d call-takers" % len(calltakers))
    if sum(1 for x in lens if x < 30) > 20:
        bad("too many very short narratives")

    # ---- regenerate under several hash seeds and compare bytes
    names = ["blind29.csv", "blind29_markup.csv", "blind29_styles.csv"]
    gen = os.path.join(outdir, "make_blind29.py")
    for hs in ("0", "1", "999"):
        tmp = tempfile.mkdtemp(prefix="b29chk")
        try:
            shutil.copy(tpath, os.path.join(tmp, "templates_blind29.txt"))
            env = dict(os.environ)
            env["PYTHONHASHSEED"] = hs
            p = subprocess.run([sys.executable, gen, tmp], env=env, capture_output=True)
            if p.returncode != 0:
                bad("regeneration failed under PYTHONHASHSEED=%s: %s" % (hs, p.stderr.decode()[-300:]))
                continue
            for nm in names:
                with open(os.path.join(tmp, nm), "rb") as a, open(os.path.join(outdir, nm), "rb") as b:
                    if a.read() != b.read():
                        bad("%s differs when regenerated under PYTHONHASHSEED=%s" % (nm, hs))
        finally:
            shutil.rmtree(tmp)

    print("templates: red %d (%s), eligible %d in %d groups (%d look-alike)" % (
        n_red_t, ", ".join("%s %d" % (k, per_t.get(k, 0)) for k in KINDS), n_elig_t, len(groups_t),
        len([g for g in groups_t if g != "routine"])))
    print("rows %d  red %d (%.1f%%)  eligible %d" % (len(rows), n_red, 100 * share, len(rows) - n_red))
    print("per kind: " + ", ".join("%s %d" % (k, kinds.get(k, 0)) for k in KINDS))
    print("truncated %d (width %s): red key kept partially %d, cut-lost-key %d, eligible->red by lost resolution %d" % (
        n_trunc, widths, n_partial, n_lost, n_flip))
    print("updates %d, typo rows %d (in key %d), misleading call types %d/%d red-template rows, look-alike %d/%d eligible-template rows, call-takers %d" % (
        n_upd, n_typo, n_tkey, n_mis, n_red_tpl, n_look, n_elig_tpl, len(calltakers)))
    if problems:
        for p in problems[:60]:
            print("PROBLEM:", p)
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
