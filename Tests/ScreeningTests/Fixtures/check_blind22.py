#!/usr/bin/env python3
"""check_blind22.py -- independent checker for blind22.csv.

Re-derives every label / flag set / reason from the marked-up source rows in
blind22_markup.csv (own parser and own survival rules; nothing is imported from
the generator), verifies counts, widths and truncation, counts the hand-written
templates by reading the generator source as text, and checks determinism by
regenerating under PYTHONHASHSEED=0,1,999 and comparing bytes.

Usage: python3 check_blind22.py [DIR]     (default: directory of this script)
Exit status 1 on any problem.
"""
import csv
import collections
import os
import re
import subprocess
import sys
import tempfile

KIND_ORDER = ('weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty')
MARK = re.compile(r'\[\[([a-z_]+):(.+?)\]\]|<<([a-z_]+):(.+?)>>|\(\((.+?)\)\)|\{(.+?)\}')
problems = []


def bad(msg):
    problems.append(msg)


def strip_markup(markup):
    """-> plain text, header length, list of spans (tag, kind, start, end)"""
    if markup.count('^^') != 1:
        raise ValueError('body marker')
    head, body = markup.split('^^')
    text = head
    spans = []
    i = 0
    for m in MARK.finditer(body):
        text += body[i:m.start()]
        if m.group(1) is not None:
            tag, kind, inner = 'key', m.group(1), m.group(2)
        elif m.group(3) is not None:
            tag, kind, inner = 'alarm', m.group(3), m.group(4)
        elif m.group(5) is not None:
            tag, kind, inner = 'res', None, m.group(5)
        else:
            tag, kind, inner = 'decoy', None, m.group(6)
        spans.append((tag, kind, len(text), len(text) + len(inner)))
        text += inner
        i = m.end()
    text += body[i:]
    for ch in '[]<>{}':
        pass
    return text, len(head), spans


def n_alnum(s):
    return len([c for c in s if c.isalnum()])


def survives(text, a, b, cut):
    """None if the key is lost, else the evidence text that remains."""
    if cut is None or b <= cut:
        return text[a:b]
    if a >= cut:
        return None
    whole = text[a:b]
    if len(whole.split()) > 1:
        return None
    n = n_alnum(whole)
    kept = n_alnum(text[a:cut])
    if n > 5 and kept >= max(5, n - 3):
        return text[a:cut]
    return None


def expected(text, spans, cut, group):
    evidence = collections.OrderedDict()
    hard_kinds, hard_alive = [], False
    all_kinds, any_alive = [], False
    for idx, (tag, kind, a, b) in enumerate(spans):
        if tag not in ('key', 'alarm'):
            continue
        all_kinds.append(kind)
        if tag == 'key':
            hard_kinds.append(kind)
        ev = survives(text, a, b, cut)
        if ev is None:
            continue
        any_alive = True
        if tag == 'key':
            hard_alive = True
            if kind not in evidence:
                evidence[kind] = ev
            continue
        nxt = [s for s in spans[idx + 1:] if s[0] == 'res']
        ok = bool(nxt) and (cut is None or nxt[0][3] <= cut)
        if not ok and kind not in evidence:
            evidence[kind] = ev
    suffix = '' if cut is None else '; truncated at %d' % cut
    if evidence:
        fl = [k for k in KIND_ORDER if k in evidence]
        return 'red', ';'.join(fl), '; '.join("%s <- '%s'" % (k, evidence[k]) for k in fl) + suffix
    lost = None
    if hard_kinds and not hard_alive:
        lost = hard_kinds
    elif all_kinds and not any_alive:
        lost = all_kinds
    if lost:
        return 'eligible', '', 'eligible: cut-lost-key (%s)' % ','.join(k for k in KIND_ORDER if k in lost) + suffix
    return 'eligible', '', 'eligible: ' + group + suffix


def where_cut(spans, cut):
    keys = [s for s in spans if s[0] in ('key', 'alarm')]
    if any(s[2] < cut < s[3] for s in keys):
        return 'inside_key'
    if any(s[0] == 'res' and s[2] < cut < s[3] for s in spans):
        return 'inside_res'
    if any(s[0] == 'decoy' and s[2] < cut < s[3] for s in spans):
        return 'inside_decoy'
    if not keys:
        return 'other'
    if min(s[2] for s in keys) >= cut:
        return 'before_key'
    return 'after_key'


def count_templates(gen_path):
    src = open(gen_path, encoding='utf-8').read()
    out = {}
    for name in ('RED_TXT', 'ELIG_TXT'):
        m = re.search(name + r" = r'''(.*?)'''", src, re.S)
        if not m:
            bad('cannot find %s in generator' % name)
            return
        groups = collections.Counter()
        prose = 0
        cur = None
        for line in m.group(1).split('\n'):
            if not line.strip():
                continue
            if line.startswith('#'):
                cur = line.split()[1]
                continue
            if ' :: ' not in line:
                bad('template without category: %r' % line)
            body = line.split(' :: ', 1)[1]
            tags = [mm for mm in MARK.finditer(body)]
            if name == 'RED_TXT':
                if not any(t.group(1) == cur for t in tags):
                    bad('red template lacks a [[%s:...]] key: %r' % (cur, line))
            else:
                if any(t.group(1) for t in tags):
                    bad('eligible template has a hard key: %r' % line)
            groups[cur] += 1
            prose += line.startswith('~')
        out[name] = (groups, prose)
    rg, rp = out['RED_TXT']
    eg, ep = out['ELIG_TXT']
    print('templates: red %d (prose %d) per kind %s' % (sum(rg.values()), rp, dict(rg)))
    print('templates: eligible %d (prose %d) in %d groups' % (sum(eg.values()), ep, len(eg)))
    if sum(rg.values()) < 350 or set(rg) != set(KIND_ORDER) or min(rg.values()) < 50:
        bad('red templates must be >=350 and >=50 per kind')
    if sum(eg.values()) < 400 or len(eg) < 20:
        bad('eligible templates must be >=400 in >=20 groups')


def main():
    d = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    gen = os.path.join(d, 'make_blind22.py')
    csv_path = os.path.join(d, 'blind22.csv')
    mk_path = os.path.join(d, 'blind22_markup.csv')
    count_templates(gen)

    with open(csv_path, newline='', encoding='utf-8') as f:
        rd = csv.reader(f)
        header = next(rd)
        rows = list(rd)
    if header != ['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split']:
        bad('bad header %r' % header)
    with open(mk_path, newline='', encoding='utf-8') as f:
        mrows = list(csv.DictReader(f))
    if len(rows) != 1000:
        bad('row count %d != 1000' % len(rows))
    if len(mrows) != len(rows):
        bad('markup rows %d != csv rows %d' % (len(mrows), len(rows)))

    widths = {}
    kinds = collections.Counter()
    labels = collections.Counter()
    cuts = collections.Counter()
    typos = collections.Counter()
    ctmode = collections.Counter()
    prose = 0
    n_trunc = 0
    for i, (r, m) in enumerate(zip(rows, mrows)):
        if len(r) != 7:
            bad('row %d has %d fields' % (i, len(r)))
            continue
        rid, ct, narr, label, flags, reason, split = r
        if rid != 'B22-%04d' % (i + 1) or m['id'] != rid:
            bad('id mismatch at row %d: %s / %s' % (i, rid, m['id']))
        if split != 'blind22':
            bad('%s split %r' % (rid, split))
        if not ct.strip():
            bad('%s empty call_type' % rid)
        W = int(m['W'])
        if not 64 <= W <= 255:
            bad('%s width %d out of range' % (rid, W))
        if widths.setdefault(m['agency'], W) != W:
            bad('%s agency %s has two widths' % (rid, m['agency']))
        try:
            text, hlen, spans = strip_markup(m['markup'])
        except ValueError as e:
            bad('%s markup: %s' % (rid, e))
            continue
        if any(c in text for c in '[]{}<>') and ('[[' in text or '<<' in text or '((' in text):
            bad('%s leftover markup in text' % rid)
        trunc = m['truncated'] == '1'
        cut = None
        if trunc:
            n_trunc += 1
            cut = W
            if len(text) <= W:
                bad('%s truncated but full text fits (%d <= %d)' % (rid, len(text), W))
            if narr != text[:W] or len(narr) != W:
                bad('%s narrative is not the first W chars of the source' % rid)
            if narr.endswith(' '):
                bad('%s cut right after a space' % rid)
            if W - hlen < 8:
                bad('%s fewer than 8 body chars kept' % rid)
            wc = where_cut(spans, W)
            cuts[wc] += 1
            if m['cut'] != wc:
                bad('%s cut category %s != recorded %s' % (rid, wc, m['cut']))
        else:
            if narr != text:
                bad('%s narrative differs from stripped source' % rid)
            if len(narr) > W:
                bad('%s narrative longer than width %d' % (rid, W))
        for tok in ('[[', ']]', '<<', '>>', '((', '))', '^^', '$t', '$addr', '$loc'):
            if tok in narr:
                bad('%s narrative contains markup token %r' % (rid, tok))
        el, ef, er = expected(text, spans, cut, m['group'])
        if (label, flags, reason) != (el, ef, er):
            bad('%s label mismatch:\n   got %r\n   exp %r' % (rid, (label, flags, reason), (el, ef, er)))
        if label == 'red':
            for k in flags.split(';'):
                if k not in KIND_ORDER:
                    bad('%s bad flag %r' % (rid, k))
                kinds[k] += 1
            for part in (reason.split('; truncated at ')[0]).split("'; "):
                if " <- '" not in part:
                    bad('%s malformed reason %r' % (rid, reason))
        else:
            if flags:
                bad('%s eligible with flags' % rid)
            if not reason.startswith('eligible: '):
                bad('%s eligible reason %r' % (rid, reason))
        if trunc != reason.endswith('; truncated at %d' % W):
            bad('%s truncation suffix inconsistent' % rid)
        labels[label] += 1
        typos[m['typo'] or 'none'] += 1
        ctmode[(label, m['ct_mode'])] += 1
        prose += m['prose'] == '1'

    print('rows: %d  red %d  eligible %d  (red %.1f%%)' % (
        len(rows), labels['red'], labels['eligible'], 100.0 * labels['red'] / max(1, len(rows))))
    print('per-kind flag counts:')
    for k in KIND_ORDER:
        print('  %-12s %d' % (k, kinds[k]))
    print('truncated: %d  cut positions: %s' % (n_trunc, dict(sorted(cuts.items()))))
    print('agency widths: %s' % dict(sorted(widths.items())))
    print('prose rows: %d  typos: %s' % (prose, dict(sorted(typos.items()))))
    print('call-type mode: %s' % dict(sorted(ctmode.items())))
    if n_trunc != 200:
        bad('truncated rows %d != 200' % n_trunc)
    if not 0.35 <= labels['red'] / max(1, len(rows)) <= 0.45:
        bad('red share outside 35-45%')
    if len(widths) < 8 or len(widths) > 10:
        bad('need 8-10 agencies, got %d' % len(widths))
    for k in KIND_ORDER:
        if kinds[k] < 30:
            bad('kind %s has only %d rows' % (k, kinds[k]))

    # determinism
    ref_csv = open(csv_path, 'rb').read()
    ref_mk = open(mk_path, 'rb').read()
    for hs in ('0', '1', '999'):
        with tempfile.TemporaryDirectory() as td:
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, gen, td], check=True, env=env)
            if open(os.path.join(td, 'blind22.csv'), 'rb').read() != ref_csv:
                bad('regeneration under PYTHONHASHSEED=%s differs (csv)' % hs)
            if open(os.path.join(td, 'blind22_markup.csv'), 'rb').read() != ref_mk:
                bad('regeneration under PYTHONHASHSEED=%s differs (markup)' % hs)
    print('determinism: regenerated under PYTHONHASHSEED=0,1,999')

    if problems:
        print('PROBLEMS (%d):' % len(problems))
        for p in problems[:50]:
            print('  ' + p)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
