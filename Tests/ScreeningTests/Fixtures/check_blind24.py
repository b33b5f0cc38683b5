#!/usr/bin/env python3
"""check_blind24.py OUTDIR -- independent checker for the blind24 set.

Re-derives every label/flag/reason/narrative from OUTDIR/blind24_markup.json, checks counts,
red share, widths and truncation, template inventory, and regenerates the set under
PYTHONHASHSEED=0,1,999 comparing bytes.  Exits 1 on any problem.  Imports nothing from the generator.
"""
import sys, os, re, io, csv, json, subprocess, tempfile, shutil, hashlib

KINDS = ('weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty')
HEADER = ['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split']
problems = []


def bad(msg):
    problems.append(msg)


TOKEN = re.compile(r'\[\[(R|A):([a-z_]+)\|(.*?)\]\]|\[\[S\|(.*?)\]\]', re.S)


def unmark(markup):
    """-> plain text, list of (type, kind, start, end)"""
    plain, spans, pos = [], [], 0
    for m in TOKEN.finditer(markup):
        lead = markup[pos:m.start()]
        plain.append(lead)
        base = sum(len(x) for x in plain)
        if m.group(1):
            body, typ, kind = m.group(3), m.group(1), m.group(2)
        else:
            body, typ, kind = m.group(4), 'S', ''
        spans.append((typ, kind, base, base + len(body)))
        plain.append(body)
        pos = m.end()
    plain.append(markup[pos:])
    return ''.join(plain), spans


def n_alpha(s):
    return len([c for c in s if c.isalpha()])


def key_counts(text, a, b, limit):
    """red key / alarm rule: whole, or >=5 letters kept and <=3 letters lost"""
    if b <= limit:
        return True
    if a >= limit:
        return False
    keep = n_alpha(text[a:limit])
    lost = n_alpha(text[a:b]) - keep
    return keep >= 5 and lost <= 3


def expected(plain, spans, W, section):
    cut = min(W, len(plain))
    truncated = len(plain) > W
    out = None
    reds = [s for s in spans if s[0] == 'R']
    for typ, kind, a, b in reds:
        if key_counts(plain, a, b, cut):
            out = ('red', kind, "%s <- '%s'" % (kind, plain[a:min(b, cut)].strip()))
            break
    if out is None:
        al = [s for s in spans if s[0] == 'A']
        rs = [s for s in spans if s[0] == 'S']
        if len(al) != len(rs):
            bad('alarm/resolution mismatch')
        for (typ, kind, a, b), (_, _, ra, rb) in zip(al, rs):
            resolution_whole = rb <= cut
            if key_counts(plain, a, b, cut) and not resolution_whole:
                out = ('red', kind, "%s <- '%s'" % (kind, plain[a:min(b, cut)].strip()))
                break
    if out is None:
        if section in KINDS:
            out = ('eligible', '', 'eligible: cut-lost-key (%s)' % section)
        else:
            out = ('eligible', '', 'eligible: ' + section[len('eligible:'):])
    lab, fl, rs = out
    if truncated:
        rs = rs + '; truncated at %d' % W
    return lab, fl, rs, truncated, plain[:cut]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    csv_path = os.path.join(outdir, 'blind24.csv')
    mk_path = os.path.join(outdir, 'blind24_markup.json')
    raw = open(csv_path, 'rb').read()
    text = raw.decode('utf-8')
    rows = list(csv.reader(io.StringIO(text, newline='')))
    if rows[0] != HEADER:
        bad('header %r' % rows[0])
    data = rows[1:]
    if not raw.endswith(b'\r\n'):
        bad('csv not CRLF terminated')
    if len(data) != 1000:
        bad('row count %d' % len(data))
    mk = json.load(open(mk_path, encoding='utf-8'))
    ags = {}
    for a in mk['agencies']:
        ags[a['code']] = a
    tpl = {}
    for t in mk['templates']:
        tpl[t['tid']] = t
    mrows = mk['rows']
    if len(mrows) != len(data):
        bad('markup rows %d != csv rows %d' % (len(mrows), len(data)))

    # template inventory
    red_t = {}
    el_groups = {}
    for t in mk['templates']:
        sec = t['section']
        if sec in KINDS:
            red_t[sec] = red_t.get(sec, 0) + 1
        elif sec.startswith('eligible:'):
            el_groups[sec] = el_groups.get(sec, 0) + 1
        else:
            bad('unknown section ' + sec)
    n_red_t = sum(red_t.values())
    n_el_t = sum(el_groups.values())
    if n_red_t < 350:
        bad('red templates %d < 350' % n_red_t)
    for k in KINDS:
        if red_t.get(k, 0) < 50:
            bad('templates for %s: %d < 50' % (k, red_t.get(k, 0)))
    if n_el_t < 400:
        bad('eligible templates %d < 400' % n_el_t)
    if len(el_groups) < 20:
        bad('eligible groups %d < 20' % len(el_groups))
    # templates: red must have a key, eligible none; alarms paired with resolutions
    for t in mk['templates']:
        if t['section'] in KINDS and '[[' not in t['text']:
            bad('red template without key ' + t['tid'])
        if t['section'].startswith('eligible:') and ('[[' in t['text'] or t['text'].count('((') != t['text'].count('{{')):
            bad('bad eligible template ' + t['tid'])

    ids_expected = ['B24-%04d' % i for i in range(1, 1001)]
    n_red = n_trunc = n_web = n_typo = 0
    kinds = dict((k, 0) for k in KINDS)
    widths = []
    regions = []
    seen_narr = {}
    lost = resolved_cut = partial = 0
    used_tids = {}
    for i, (r, m) in enumerate(zip(data, mrows)):
        if len(r) != 7:
            bad('row %d has %d fields' % (i + 1, len(r)))
            continue
        rid, ctype, narr, label, flags, reason, split = r
        if i < len(ids_expected) and rid != ids_expected[i]:
            bad('id %s at %d' % (rid, i))
        if m['id'] != rid:
            bad('markup id mismatch %s' % rid)
        if split != 'blind24':
            bad('split %s' % rid)
        if not ctype.strip():
            bad('empty call_type %s' % rid)
        if label not in ('red', 'eligible'):
            bad('label %s %s' % (rid, label))
        if label == 'red' and flags not in KINDS:
            bad('flag %s %r' % (rid, flags))
        if label == 'eligible' and flags != '':
            bad('eligible with flag %s' % rid)
        ag = ags.get(m['agency'])
        if ag is None:
            bad('unknown agency %s' % rid)
            continue
        W = ag['W']
        if m['W'] != W or not (72 <= W <= 255):
            bad('width %s' % rid)
        if m['tid'] not in tpl:
            bad('unknown template %s' % rid)
            continue
        used_tids[m['tid']] = 1
        sec = tpl[m['tid']]['section']
        plain, spans = unmark(m['markup'])
        lab, fl, rs, tr, nar = expected(plain, spans, W, sec)
        if nar != narr:
            bad('narrative mismatch %s' % rid)
        if (lab, fl, rs) != (label, flags, reason):
            bad('label mismatch %s: csv %r/%r/%r expected %r/%r/%r' % (rid, label, flags, reason, lab, fl, rs))
        if len(narr) > W:
            bad('narrative longer than W %s' % rid)
        if tr != reason.endswith('; truncated at %d' % W):
            bad('truncation flag %s' % rid)
        if tr and len(narr) != W:
            bad('truncated row not at W %s' % rid)
        if label == 'red':
            n_red += 1
            kinds[flags] += 1
            q = re.search(r"^[a-z_]+ <- '(.*)'(; truncated at \d+)?$", reason, re.S)
            if not q or q.group(1) not in narr:
                bad('reason quote not in narrative %s' % rid)
            if sec.startswith('eligible:'):
                resolved_cut += 1
            elif tr:
                whole = [plain[a:b].strip() for (t_, k_, a, b) in spans if t_ == 'R']
                if q and q.group(1) not in whole:
                    partial += 1
        else:
            if not re.match(r'^eligible: [a-z_()\- ]+(; truncated at \d+)?$', reason):
                bad('eligible reason format %s' % rid)
            if 'cut-lost-key' in reason:
                lost += 1
        if tr:
            n_trunc += 1
        if m['style'] == 'web':
            n_web += 1
        if m['typos'] > 0:
            n_typo += 1
        widths.append(W)
        regions.append((ag['region'], ag['country']))
        k = ' '.join(narr.lower().split())
        if k in seen_narr:
            bad('duplicate narrative %s = %s' % (rid, seen_narr[k]))
        seen_narr[k] = rid
    n = len(data)
    share = n_red / float(n)
    if not (0.35 <= share <= 0.45):
        bad('red share %.3f' % share)
    if not (0.15 <= n_trunc / float(n) <= 0.25):
        bad('truncated share %.3f' % (n_trunc / float(n)))
    if n_web < 0.15 * n:
        bad('web/text rows %d < 15%%' % n_web)
    if not (0.18 <= n_typo / float(n) <= 0.32):
        bad('typo share %.3f' % (n_typo / float(n)))
    uw = sorted(set(widths))
    if len(uw) < 5:
        bad('distinct widths %r' % uw)
    us_regions = sorted(set(r for r, c in regions if c == 'US'))
    ca = [r for r, c in regions if c == 'CA']
    if len(us_regions) < 4 or not ca:
        bad('regions %r canada %d' % (us_regions, len(ca)))
    vals = [kinds[k] for k in KINDS]
    if min(vals) < 40:
        bad('kind counts %r' % kinds)
    others = sorted(kinds[k] for k in KINDS if k not in ('police_only', 'injury'))
    med = others[len(others) // 2]
    if kinds['police_only'] < med or kinds['injury'] < med:
        bad('police_only/injury not above median of other kinds %r' % kinds)
    if max(vals) > 2 * min(vals):
        bad('kinds too uneven %r' % kinds)

    # reproducibility
    gen = os.path.join(outdir, 'make_blind24.py')
    md5_csv = hashlib.md5(raw).hexdigest()
    md5_mk = hashlib.md5(open(mk_path, 'rb').read()).hexdigest()
    for hs in ('0', '1', '999'):
        tmp = tempfile.mkdtemp(prefix='b24chk')
        try:
            env = dict(os.environ)
            env['PYTHONHASHSEED'] = hs
            subprocess.run(['nice', '-n', '10', sys.executable, gen, tmp], env=env, check=True,
                           stdout=subprocess.DEVNULL)
            a = hashlib.md5(open(os.path.join(tmp, 'blind24.csv'), 'rb').read()).hexdigest()
            b = hashlib.md5(open(os.path.join(tmp, 'blind24_markup.json'), 'rb').read()).hexdigest()
            if a != md5_csv or b != md5_mk:
                bad('regeneration differs under PYTHONHASHSEED=%s' % hs)
        finally:
            shutil.rmtree(tmp)

    print('rows %d  red %d (%.1f%%)  eligible %d' % (n, n_red, 100 * share, n - n_red))
    print('per kind: ' + ', '.join('%s %d' % (k, kinds[k]) for k in KINDS))
    print('truncated %d  (red key partly cut but kept %d, cut-lost-key %d, resolution cut -> red %d)'
          % (n_trunc, partial, lost, resolved_cut))
    print('web/text rows %d  rows with typos %d  widths %r' % (n_web, n_typo, uw))
    print('templates: red %d (%s), eligible %d in %d groups, used %d'
          % (n_red_t, ', '.join('%s %d' % (k, red_t[k]) for k in KINDS), n_el_t, len(el_groups), len(used_tids)))
    print('md5 blind24.csv %s' % md5_csv)
    if problems:
        for p in problems[:50]:
            print('PROBLEM: ' + p)
        print('%d problem(s)' % len(problems))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
