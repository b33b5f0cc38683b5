#!/usr/bin/env python3
"""check_blind23.py [OUTDIR] -- independent checker for blind23 (imports nothing from the generator).
Re-derives every label/flag/reason from the markup, checks counts, widths, truncation, templates,
and regenerates under PYTHONHASHSEED=0,1,999 comparing bytes. Exit 1 on any problem."""
import sys, os, re, csv, subprocess, tempfile, collections

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
HEADER = ['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split']
KINDS = ['weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty']
SHORT = {'inj': 'injury', 'pol': 'police_only', 'vio': 'violence', 'wpn': 'weapon', 'thr': 'threat',
         'sui': 'suicide', 'unc': 'uncertainty'}
TARGET_SHARE = {'injury': .35, 'police_only': .25, 'violence': .20, 'weapon': .11, 'threat': .10,
                'uncertainty': .08, 'suicide': .04}
problems = []


def bad(msg):
    problems.append(msg)


MK = re.compile(r'\{\{([RAZC]):([a-z_]*):(.*?)\}\}')


def unmark(s):
    """return plain text and list of (type, kind, start, end, text)"""
    plain, keys, last = [], [], 0
    pos = 0
    for mo in MK.finditer(s):
        seg = s[last:mo.start()]
        plain.append(seg)
        pos += len(seg)
        t = mo.group(3)
        keys.append((mo.group(1), mo.group(2), pos, pos + len(t), t))
        plain.append(t)
        pos += len(t)
        last = mo.end()
    plain.append(s[last:])
    txt = ''.join(plain)
    if '{{' in txt or '}}' in txt:
        bad('stray markup: ' + s[:60])
    return txt, keys


def n_alnum(s):
    return len(re.findall(r'[A-Za-z0-9]', s))


def key_survives(start, end, text, width):
    if end <= width:
        return text
    if start >= width:
        return None
    kept = text[:width - start]
    k, total = n_alnum(kept), n_alnum(text)
    if k >= 5 and k >= total - 3:
        return kept
    return None


def expected(ct_mark, nar_mark, width, ttype, section):
    ct_txt, ct_keys = unmark(ct_mark)
    full, keys = unmark(nar_mark)
    cut = len(full) > width
    shown = full[:width]
    resolution_ok = False
    resolution_present = False
    for typ, kind, s, e, t in keys:
        if typ == 'Z':
            resolution_present = True
            if e <= width:
                resolution_ok = True
    primary, secondary = [], []
    for typ, kind, s, e, t in ct_keys:
        if typ == 'C':
            secondary.append((kind, t, False))
        elif typ == 'A' and not resolution_ok:
            secondary.append((kind, t, True))
        elif typ in 'RZ':
            bad('unexpected call-type key type ' + typ)
    for typ, kind, s, e, t in keys:
        if typ == 'Z':
            continue
        kept = key_survives(s, e, t, width)
        if kept is None:
            continue
        if typ == 'R':
            primary.append((kind, kept, False))
        elif typ == 'A':
            if not resolution_ok:
                primary.append((kind, kept, True))
        elif typ == 'C':
            secondary.append((kind, kept, False))
    tail = '; truncated at %d' % width if cut else ''
    hits = primary + secondary
    if hits:
        kind, span, unresolved = hits[0]
        reason = "%s <- '%s'" % (kind, span)
        if unresolved and resolution_present:
            reason += '; resolution cut'
        return ct_txt, shown, cut, 'red', kind, reason + tail
    if ttype == 'red':
        return ct_txt, shown, cut, 'eligible', '', 'eligible: cut-lost-key (%s)%s' % (section, tail)
    return ct_txt, shown, cut, 'eligible', '', 'eligible: %s%s' % (section, tail)


def read_tsv(path):
    with open(path, encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    head = lines[0].split('\t')
    out = []
    for ln in lines[1:]:
        if ln == '':
            continue
        parts = ln.split('\t')
        if len(parts) != len(head):
            bad('bad tsv line in %s: %s' % (path, ln[:60]))
            continue
        out.append(dict(zip(head, parts)))
    return out


def main():
    csv_path = os.path.join(OUT, 'blind23.csv')
    raw = open(csv_path, 'rb').read()
    try:
        raw.decode('ascii')
    except UnicodeDecodeError:
        bad('csv is not plain ASCII')
    with open(csv_path, encoding='utf-8', newline='') as f:
        rdr = csv.reader(f)
        rows = list(rdr)
    if rows[0] != HEADER:
        bad('header mismatch %r' % rows[0])
    data = [dict(zip(HEADER, r)) for r in rows[1:]]
    if any(len(r) != 7 for r in rows):
        bad('row with wrong field count')
    if len(data) != 1000:
        bad('row count %d' % len(data))
    for i, r in enumerate(data):
        if r['id'] != 'B23-%04d' % (i + 1):
            bad('id out of sequence at %d: %s' % (i, r['id']))
        if r['split'] != 'blind23':
            bad('split ' + r['id'])
        if r['label'] not in ('red', 'eligible'):
            bad('label ' + r['id'])
        if r['label'] == 'red' and r['flags'] not in KINDS:
            bad('red row needs exactly one valid flag ' + r['id'])
        if r['label'] == 'eligible' and r['flags'] != '':
            bad('eligible row with flag ' + r['id'])
    narrs = collections.Counter(r['narrative'] for r in data)
    dups = [n for n, c in narrs.items() if c > 1]
    if dups:
        bad('%d duplicate narratives' % len(dups))

    agencies = {a['agency']: a for a in read_tsv(os.path.join(OUT, 'blind23_agencies.tsv'))}
    if len(agencies) < 8:
        bad('fewer than 8 agencies')
    cases = [a['case'] for a in agencies.values()]
    if 'lower' not in cases or not any(c in ('asis', 'sentence') for c in cases):
        bad('need lower-case and mixed-case agencies')
    for a in agencies.values():
        if not 100 <= int(a['W']) <= 255:
            bad('width out of range ' + a['agency'])

    templates = read_tsv(os.path.join(OUT, 'blind23_templates.tsv'))
    tmap = {t['template_id']: t for t in templates}
    TT = re.compile(r'<<(\?)?([a-z]+|=)\|(.*?)>>')
    per_kind = collections.Counter()
    per_group = collections.Counter()
    for t in templates:
        tags = TT.findall(t['text'])
        if t['type'] == 'red':
            per_kind[t['section']] += 1
            if not any(q == '' and k != '=' and SHORT.get(k) == t['section'] for q, k, _ in tags):
                bad('red template lacks key of its kind ' + t['template_id'])
            if any(q == '?' or k == '=' for q, k, _ in tags):
                bad('red template with resolvable markup ' + t['template_id'])
        else:
            per_group[t['section']] += 1
            if any(q == '' and k != '=' for q, k, _ in tags):
                bad('eligible template contains a hard red key ' + t['template_id'])
            if any(q == '?' for q, k, _ in tags) and not any(k == '=' for q, k, _ in tags):
                bad('resolvable alarm without resolution ' + t['template_id'])
        for q, k, _ in tags:
            if k != '=' and k not in SHORT:
                bad('unknown kind %s in %s' % (k, t['template_id']))
    n_red_t = sum(per_kind.values())
    n_el_t = sum(per_group.values())
    if n_red_t < 350:
        bad('only %d red templates' % n_red_t)
    for k in KINDS:
        if per_kind[k] < 50:
            bad('kind %s has %d templates' % (k, per_kind[k]))
    if n_el_t < 400:
        bad('only %d eligible templates' % n_el_t)
    if len(per_group) < 20:
        bad('only %d look-alike groups' % len(per_group))

    markup = read_tsv(os.path.join(OUT, 'blind23_markup.tsv'))
    if len(markup) != len(data):
        bad('markup row count')
    trunc = typo = 0
    lost = partial_kept = res_cut = 0
    used_t = collections.Counter()
    for r, m in zip(data, markup):
        if m['id'] != r['id']:
            bad('markup id mismatch ' + r['id'])
            continue
        W = int(m['W'])
        if m['agency'] not in agencies or int(agencies[m['agency']]['W']) != W:
            bad('agency width mismatch ' + r['id'])
        t = tmap.get(m['template_id'])
        if t is None:
            bad('unknown template ' + m['template_id'])
            continue
        if t['section'] != m['section']:
            bad('section mismatch ' + r['id'])
        used_t[m['template_id']] += 1
        ct, shown, cut, lab, flag, reason = expected(m['call_type_markup'], m['narrative_markup'], W,
                                                     t['type'], t['section'])
        if ct != r['call_type']:
            bad('call_type mismatch ' + r['id'])
        if shown != r['narrative']:
            bad('narrative mismatch ' + r['id'])
        if (lab, flag, reason) != (r['label'], r['flags'], r['reason']):
            bad('label mismatch %s: expected %r got %r' % (r['id'], (lab, flag, reason),
                                                           (r['label'], r['flags'], r['reason'])))
        if cut:
            trunc += 1
            if len(r['narrative']) != W:
                bad('truncated row not at width ' + r['id'])
            if not r['reason'].endswith('; truncated at %d' % W):
                bad('truncated reason suffix ' + r['id'])
            if 'cut-lost-key' in reason:
                lost += 1
            if 'resolution cut' in reason:
                res_cut += 1
            if lab == 'red' and r['reason'].split("'")[1] and not any(
                    r['reason'].split("'")[1] == k[4] for k in unmark(m['narrative_markup'])[1] + unmark(m['call_type_markup'])[1]):
                partial_kept += 1
        else:
            if len(r['narrative']) > W or 'truncated' in r['reason']:
                bad('untruncated row wrong ' + r['id'])
        if int(m['typos']) > 0:
            typo += 1
        if not r['narrative'] or len(r['narrative']) < 20:
            bad('narrative too short ' + r['id'])

    n = len(data)
    nred = sum(1 for r in data if r['label'] == 'red')
    if not 0.35 <= nred / n <= 0.45:
        bad('red share %.3f' % (nred / n))
    if not 0.15 <= trunc / n <= 0.25:
        bad('truncation share %.3f' % (trunc / n))
    if not 0.20 <= typo / n <= 0.30:
        bad('typo share %.3f' % (typo / n))
    kc = collections.Counter(r['flags'] for r in data if r['label'] == 'red')
    for k, sh in TARGET_SHARE.items():
        got = kc[k] / nred
        if abs(got - sh) > 0.05:
            bad('kind %s share %.3f vs %.2f' % (k, got, sh))
    red_used = len([x for x in used_t if tmap[x]['type'] == 'red'])
    el_used = len([x for x in used_t if tmap[x]['type'] == 'eligible'])
    if el_used < 400:
        bad('only %d eligible templates used' % el_used)
    gc = collections.Counter(r['reason'].split(';')[0] for r in data if r['label'] == 'eligible')

    # regenerate
    for hs in ('0', '1', '999'):
        with tempfile.TemporaryDirectory() as td:
            env = dict(os.environ)
            env['PYTHONHASHSEED'] = hs
            p = subprocess.run(['nice', '-n', '10', sys.executable, os.path.join(OUT, 'make_blind23.py'), td],
                               env=env, capture_output=True, text=True)
            if p.returncode != 0:
                bad('regeneration failed (seed %s): %s' % (hs, p.stderr[-300:]))
                continue
            for fn in ('blind23.csv', 'blind23_markup.tsv', 'blind23_templates.tsv', 'blind23_agencies.tsv'):
                if open(os.path.join(td, fn), 'rb').read() != open(os.path.join(OUT, fn), 'rb').read():
                    bad('regenerated %s differs under PYTHONHASHSEED=%s' % (fn, hs))

    print('rows %d  red %d (%.1f%%)  eligible %d' % (n, nred, 100 * nred / n, n - nred))
    print('per kind:', ', '.join('%s %d' % (k, kc[k]) for k in KINDS))
    print('truncated %d (%.1f%%): cut-lost-key %d, red kept on partial key %d, resolution cut %d'
          % (trunc, 100 * trunc / n, lost, partial_kept, res_cut))
    print('typo rows %d (%.1f%%)' % (typo, 100 * typo / n))
    print('templates: red %d (%s), eligible %d in %d groups; used red %d, eligible %d'
          % (n_red_t, ', '.join('%s %d' % (k, per_kind[k]) for k in KINDS), n_el_t, len(per_group), red_used, el_used))
    print('eligible reasons:', dict(gc.most_common()))
    if problems:
        for p in problems[:50]:
            print('PROBLEM:', p)
        print('FAIL (%d problems)' % len(problems))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
