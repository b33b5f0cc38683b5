#!/usr/bin/env python3
"""check_blind17.py - independent checker for blind17.csv.

Usage: python3 check_blind17.py [DIR]   (DIR holds blind17.csv and make_blind17.py; default: this script's dir)
Regenerates the set under PYTHONHASHSEED=0,1,999 (with --markup) into temp dirs and compares bytes; parses the
marked-up narratives with its own scanner, applies its own copy of the truncation survival rule, re-derives every
label / flag / evidence / reason, checks format facts, prints figures. Exit 1 on any problem.
"""
import csv
import hashlib
import io
import os
import subprocess
import sys
import tempfile

KINDS = ['weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty']
HEADER = ['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split']
problems = []


def bad(msg):
    problems.append(msg)


def scan(markup):
    """Own scanner. -> (plain text, spans[(type, kind, start, end, text)])."""
    out = []
    spans = []
    i = 0
    n = len(markup)
    while i < n:
        two = markup[i:i + 2]
        if two in ('[[', '<<'):
            close = ']]' if two == '[[' else '>>'
            j = markup.index(close, i + 2)
            inner = markup[i + 2:j]
            kind, _, txt = inner.partition(':')
            if kind not in KINDS:
                raise ValueError('unknown kind %r' % kind)
            st = len(''.join(out))
            out.append(txt)
            spans.append(('key' if two == '[[' else 'alarm', kind, st, st + len(txt), txt))
            i = j + 2
        elif two == '((':
            j = markup.index('))', i + 2)
            txt = markup[i + 2:j]
            st = len(''.join(out))
            out.append(txt)
            spans.append(('res', '', st, st + len(txt), txt))
            i = j + 2
        elif markup[i] == '{':
            j = markup.index('}', i + 1)
            txt = markup[i + 1:j]
            st = len(''.join(out))
            out.append(txt)
            spans.append(('decoy', '', st, st + len(txt), txt))
            i = j + 1
        else:
            out.append(markup[i])
            i += 1
    return ''.join(out), spans


def n_alnum(s):
    return len([c for c in s if c.isalnum()])


def kept(span, W):
    """Survival rule (own copy). -> visible text or None."""
    typ, kind, s, e, txt = span
    if W is None or e <= W:
        return txt
    if s >= W:
        return None
    if len(txt.split()) > 1:
        return None
    part = txt[:W - s]
    n = n_alnum(txt)
    if n > 5 and n_alnum(part) >= max(5, n - 3):
        return part
    return None


def rederive(spans, W):
    ev = {}
    for idx, sp in enumerate(spans):
        if sp[0] not in ('key', 'alarm'):
            continue
        vis = kept(sp, W)
        if vis is None:
            continue
        if sp[0] == 'alarm':
            nxt = [x for x in spans[idx + 1:] if x[0] in ('alarm', 'res')]
            res = nxt[0] if nxt and nxt[0][0] == 'res' else None
            if res is not None and (W is None or res[3] <= W):
                continue
        if sp[1] not in ev:
            ev[sp[1]] = vis
    return ev


def cut_category(text, spans, W):
    for sp in spans:
        if sp[2] < W < sp[3]:
            if sp[0] == 'decoy':
                return 'inside decoy'
            if sp[0] == 'res':
                return 'inside resolution'
            if len(sp[4].split()) == 1 and n_alnum(sp[4]) > 5 and sp[3] - W <= 4:
                return 'last 1-4 chars of one-word key'
            return 'inside key/alarm'
    if all(sp[3] <= W for sp in spans):
        return 'after all markup'
    if any(sp[2] >= W and sp[0] in ('key', 'alarm') for sp in spans):
        return 'before a key'
    return 'other'


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    csv_path = os.path.join(d, 'blind17.csv')
    gen = os.path.join(d, 'make_blind17.py')
    given = open(csv_path, 'rb').read()
    md5 = hashlib.md5(given).hexdigest()

    # regenerate under several hash seeds
    markup_rows = None
    with tempfile.TemporaryDirectory() as tmp:
        outs = []
        for hs in ('0', '1', '999'):
            od = os.path.join(tmp, 'h' + hs)
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, gen, od, '--markup'], env=env, check=True)
            outs.append((hs, open(os.path.join(od, 'blind17.csv'), 'rb').read(),
                         open(os.path.join(od, 'blind17_markup.tsv'), 'rb').read()))
        for hs, c, m in outs:
            if c != given:
                bad('regenerated csv under PYTHONHASHSEED=%s differs from blind17.csv' % hs)
            if m != outs[0][2]:
                bad('markup sidecar differs under PYTHONHASHSEED=%s' % hs)
        with open(os.path.join(tmp, 'h0', 'blind17_markup.tsv'), newline='', encoding='ascii') as f:
            lines = f.read().split('\n')
        head = lines[0].split('\t')
        markup_rows = [dict(zip(head, ln.split('\t'))) for ln in lines[1:] if ln]

    # raw format checks
    try:
        given.decode('ascii')
    except UnicodeDecodeError:
        bad('csv is not ASCII-only')
    if b'\r' in given:
        bad('CR found in csv')
    rows = list(csv.reader(io.StringIO(given.decode('ascii', 'replace'), newline='')))
    if not given.endswith(b'\n'):
        bad('csv does not end with a newline')
    if rows[0] != HEADER:
        bad('bad header %r' % rows[0])
    body = rows[1:]
    if len(body) != 1000:
        bad('expected 1000 rows, got %d' % len(body))
    if len(markup_rows) != len(body):
        bad('markup rows %d != csv rows %d' % (len(markup_rows), len(body)))
    seen = {}
    fig = dict(red=0, elig=0, multi=0, cut_red=0, cut_elig=0)
    per_kind = dict((k, 0) for k in KINDS)
    cats = {}
    groups = {}
    agencies = {}
    lost_red = 0
    alarm_flag = 0
    for n, (r, mk) in enumerate(zip(body, markup_rows)):
        rid = 'B17-%04d' % (n + 1)
        if len(r) != 7:
            bad('%s: %d fields' % (rid, len(r)))
            continue
        id_, ctype, narr, label, flags, reason, split = r
        if id_ != rid or mk['id'] != rid:
            bad('%s: id mismatch %s / %s' % (rid, id_, mk['id']))
        if split != 'blind17':
            bad('%s: split %r' % (rid, split))
        for fld in r:
            if any(ord(c) > 126 or (ord(c) < 32) for c in fld):
                bad('%s: non-printable/non-ASCII char' % rid)
        if not ctype.strip():
            bad('%s: empty call_type' % rid)
        for tok in ('[[', ']]', '<<', '>>', '((', '))', '{', '}', '[', ']', '<', '>', '@R', '@S', '%T', '%U', '%P', '\t'):
            if tok in narr:
                bad('%s: markup/placeholder leak %r' % (rid, tok))
        if narr in seen:
            bad('%s: duplicate narrative of %s' % (rid, seen[narr]))
        seen[narr] = rid
        if narr != narr.strip() or '  ' in narr:
            bad('%s: stray whitespace' % rid)
        text, spans = scan(mk['markup'])
        W = int(mk['W'])
        if not 60 <= W <= 160:
            bad('%s: width %d out of range' % (rid, W))
        cut = mk['cut'] == '1'
        agencies.setdefault(mk['agency'], [W, 0, 0])
        agencies[mk['agency']][1] += 1
        if cut:
            agencies[mk['agency']][2] += 1
            if len(text) <= W:
                bad('%s: cut row but full text fits' % rid)
            if narr != text[:W] or len(narr) != W:
                bad('%s: cut narrative is not text[:%d]' % (rid, W))
            if text[W - 1] == ' ':
                bad('%s: cut right after a space' % rid)
            if not reason.endswith('; truncated at %d' % W):
                bad('%s: reason lacks truncation note' % rid)
            c = cut_category(text, spans, W)
            cats[c] = cats.get(c, 0) + 1
        else:
            if narr != text:
                bad('%s: narrative differs from stripped markup' % rid)
            if len(narr) > W:
                bad('%s: uncut narrative longer than agency width %d' % (rid, W))
            if 'truncated at' in reason:
                bad('%s: truncation note on uncut row' % rid)
        ev = rederive(spans, W if cut else None)
        exp_flags = [k for k in KINDS if k in ev]
        side, name = mk['class'].split(':')
        if exp_flags:
            exp_label = 'red_flag'
            exp_reason = '; '.join("%s <- '%s'" % (k, ev[k]) for k in exp_flags)
        else:
            exp_label = 'eligible'
            exp_reason = ('eligible: %s' % name if side == 'elig'
                          else 'eligible: red cues lost to truncation (was %s)' % name)
        if cut:
            exp_reason += '; truncated at %d' % W
        got_flags = flags.split(';') if flags else []
        if got_flags != sorted(got_flags, key=lambda k: KINDS.index(k) if k in KINDS else 99):
            bad('%s: flags not in canonical order' % rid)
        if any(k not in KINDS for k in got_flags) or len(set(got_flags)) != len(got_flags):
            bad('%s: bad flag list %r' % (rid, flags))
        if label not in ('red_flag', 'eligible'):
            bad('%s: bad label %r' % (rid, label))
        if (label == 'eligible') != (flags == ''):
            bad('%s: label/flags inconsistent' % rid)
        if got_flags != exp_flags:
            bad('%s: flags %r != re-derived %r' % (rid, flags, ';'.join(exp_flags)))
        if label != exp_label:
            bad('%s: label %s != re-derived %s' % (rid, label, exp_label))
        if reason != exp_reason:
            bad('%s: reason %r != re-derived %r' % (rid, reason, exp_reason))
        for k in exp_flags:
            if ev[k] not in narr:
                bad('%s: evidence %r not in narrative' % (rid, ev[k]))
        if label == 'red_flag':
            fig['red'] += 1
            for k in got_flags:
                per_kind[k] += 1
            if len(got_flags) > 1:
                fig['multi'] += 1
            if cut:
                fig['cut_red'] += 1
            if side == 'elig':
                alarm_flag += 1
        else:
            fig['elig'] += 1
            if cut:
                fig['cut_elig'] += 1
            if side == 'red':
                lost_red += 1
            else:
                groups[name] = groups.get(name, 0) + 1
    ncut = fig['cut_red'] + fig['cut_elig']
    if ncut != 200:
        bad('expected exactly 200 truncated rows, got %d' % ncut)

    print('blind17.csv md5 %s' % md5)
    print('| figure | value |')
    print('| --- | --- |')
    print('| rows | %d |' % len(body))
    print('| red_flag / eligible | %d / %d (p(red) %.3f) |' % (fig['red'], fig['elig'], fig['red'] / max(1, len(body))))
    for k in KINDS:
        print('| rows flagged %s | %d |' % (k, per_kind[k]))
    print('| multi-kind red rows | %d |' % fig['multi'])
    print('| truncated rows (red / eligible) | %d (%d / %d) |' % (ncut, fig['cut_red'], fig['cut_elig']))
    print('| red templates turned eligible by the cut | %d |' % lost_red)
    print('| look-alike rows turned red (resolution lost to the cut) | %d |' % alarm_flag)
    print('| eligible look-alike groups | %d |' % len(groups))
    print()
    print('cut positions: ' + ', '.join('%s %d' % (c, cats[c]) for c in sorted(cats)))
    print('agencies (W, rows, cut): ' + ', '.join('%s %d/%d/%d' % (a, v[0], v[1], v[2]) for a, v in sorted(agencies.items())))
    print('eligible groups: ' + ', '.join('%s %d' % (g, groups[g]) for g in sorted(groups)))
    if problems:
        print('\n%d PROBLEM(S):' % len(problems))
        for p in problems[:60]:
            print('  ' + p)
        sys.exit(1)
    print('\nOK: all checks passed')


if __name__ == '__main__':
    main()
