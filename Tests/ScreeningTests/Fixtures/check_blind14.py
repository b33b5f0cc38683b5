#!/usr/bin/env python3
"""check_blind14.py - independent verifier for blind14.csv.  Exits 1 on any problem.

Usage: python3 check_blind14.py [DIR]   (DIR holds blind14.csv and make_blind14.py; default: this folder)
Re-derives every label from the generator's marked-up narratives with its own parser and its own
implementation of the truncation survival rule, checks the CSV facts, and regenerates the file under
PYTHONHASHSEED=0, 1 and 999 to confirm byte identity.  Prints a figures table.
"""
import csv
import hashlib
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
DIR = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
CANON = ['weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty']
HEADER = ['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split']
problems = []


def bad(msg):
    problems.append(msg)


# ---------------------------------------------------------------- own markup parser (char scanner)
PAIRS = [('[[', ']]', 'key'), ('<<', '>>', 'alarm'), ('((', '))', 'res'), ('{', '}', 'decoy')]


def parse_marked(m):
    plain, spans, i = [], [], 0
    pos = 0
    while i < len(m):
        for op, cl, typ in PAIRS:
            if m.startswith(op, i):
                j = m.find(cl, i + len(op))
                if j < 0:
                    raise ValueError('unclosed markup in ' + m)
                body = m[i + len(op):j]
                kind = ''
                if typ in ('key', 'alarm'):
                    kind, body = body.split(':', 1)
                spans.append(dict(typ=typ, kind=kind, start=pos, end=pos + len(body)))
                plain.append(body)
                pos += len(body)
                i = j + len(cl)
                break
        else:
            plain.append(m[i])
            pos += 1
            i += 1
    return ''.join(plain), spans


def n_alnum(s):
    return len(re.findall(r'[A-Za-z0-9]', s))


def span_kept(text, sp, width):
    """Survival rule, own implementation."""
    if width is None:
        return True
    if sp['end'] <= width:
        return True
    if sp['start'] >= width:
        return False
    whole = text[sp['start']:sp['end']]
    if len(whole.split()) != 1:
        return False
    total = n_alnum(whole)
    have = n_alnum(text[sp['start']:width])
    if total <= 5:
        return False
    return have >= max(5, total - 3)


def rederive(text, spans, width):
    ev = {}
    open_alarms = []
    for sp in spans:
        end = sp['end'] if width is None else min(sp['end'], width)
        if sp['typ'] == 'key' and span_kept(text, sp, width):
            ev.setdefault(sp['kind'], text[sp['start']:end].strip())
        elif sp['typ'] == 'alarm':
            open_alarms.append([sp, span_kept(text, sp, width), text[sp['start']:end].strip()])
        elif sp['typ'] == 'res':
            fully = width is None or sp['end'] <= width
            if fully and open_alarms:
                open_alarms.pop()
    for sp, alive, e in open_alarms:
        if alive:
            ev.setdefault(sp['kind'], e)
    return ev


def where_cut(text, spans, width):
    inside = [sp for sp in spans if sp['start'] < width < sp['end']]
    if inside:
        sp = inside[0]
        if sp['typ'] in ('key', 'alarm'):
            w = text[sp['start']:sp['end']]
            if len(w.split()) == 1 and n_alnum(w) > 5 and sp['end'] - width <= 4:
                return 'key_tail'
            return 'in_key'
        return {'res': 'in_resolution', 'decoy': 'in_decoy'}[sp['typ']]
    later = [sp for sp in spans if sp['start'] >= width]
    if any(sp['typ'] in ('key', 'alarm') for sp in later):
        return 'before_key'
    if later:
        return 'before_other'
    return 'after_all'


def main():
    csv_path = os.path.join(DIR, 'blind14.csv')
    gen_path = os.path.join(DIR, 'make_blind14.py')
    raw = open(csv_path, 'rb').read()
    if any(b > 127 for b in raw):
        bad('non-ASCII bytes in csv')
    md5 = hashlib.md5(raw).hexdigest()

    # ---- regeneration, byte identity
    for seed in ('0', '1', '999'):
        with tempfile.TemporaryDirectory() as td:
            env = dict(os.environ, PYTHONHASHSEED=seed)
            subprocess.run([sys.executable, gen_path, td], env=env, check=True, stdout=subprocess.DEVNULL)
            if open(os.path.join(td, 'blind14.csv'), 'rb').read() != raw:
                bad('regenerated file differs under PYTHONHASHSEED=%s' % seed)

    # ---- generator metadata
    sys.path.insert(0, DIR)
    import make_blind14 as gen
    meta = gen.build()
    ag_by_code = dict((a['code'], a) for a in gen.AGENCIES)

    # ---- template inventory
    n_red_t = sum(len(v) for v in gen.RED_T.values())
    n_el_t = sum(len(v) for v in gen.ELIG_T.values())
    all_t = [t for v in gen.RED_T.values() for t in v] + [t for v in gen.ELIG_T.values() for t in v]
    n_unusual = sum(1 for t in all_t if t['unusual'])
    if n_red_t < 350:
        bad('fewer than 350 red templates')
    for k in CANON:
        if len(gen.RED_T[k]) < 45:
            bad('fewer than 45 red templates for ' + k)
        for t in gen.RED_T[k]:
            _, sps = parse_marked(t['text'])
            if not any(s['typ'] == 'key' and s['kind'] == k for s in sps):
                bad('red template without its own key: ' + t['text'])
    if n_el_t < 400 or len(gen.ELIG_T) < 20:
        bad('eligible templates/groups too few')
    for g, v in gen.ELIG_T.items():
        for t in v:
            if '[[' in t['text']:
                bad('eligible template has a decisive key: ' + t['text'])
    if n_unusual * 3 < len(all_t):
        bad('unusual/regional templates below a third')
    if len(gen.AGENCIES) < 7:
        bad('fewer than 7 agencies')
    for a in gen.AGENCIES:
        if not 60 <= a['width'] <= 160:
            bad('width out of range for ' + a['code'])

    # ---- read csv
    with open(csv_path, newline='', encoding='ascii') as f:
        rd = csv.reader(f)
        rows = list(rd)
    if rows[0] != HEADER:
        bad('bad header')
    body = rows[1:]
    if len(body) != 1000:
        bad('row count %d' % len(body))
    if len(meta) != len(body):
        bad('generator metadata row count differs')
    seen = {}
    fig = Counter()
    kinds = Counter()
    cuts = Counter()
    per_ag = OrderedDict((a['code'], Counter()) for a in gen.AGENCIES)
    per_w = OrderedDict()
    dec = Counter()
    leak = re.compile(r'\[\[|\]\]|<<|>>|\(\(|\)\)|[{}$|]')
    ev_re = re.compile(r"^([a-z_]+) <- '(.*)'$")
    for idx, (r, m) in enumerate(zip(body, meta)):
        if len(r) != 7:
            bad('row %d has %d fields' % (idx + 1, len(r)))
            continue
        rid, ctype, narr, label, flags, reason, split = r
        if rid != 'B14-%04d' % (idx + 1):
            bad('id out of order at row %d' % (idx + 1))
        if split != 'blind14':
            bad(rid + ' split')
        if label not in ('red_flag', 'eligible'):
            bad(rid + ' label value')
        fl = flags.split(';') if flags else []
        if len(set(fl)) != len(fl) or any(k not in CANON for k in fl):
            bad(rid + ' flags invalid')
        if fl != [k for k in CANON if k in fl]:
            bad(rid + ' flags not canonical')
        if (label == 'red_flag') != bool(fl):
            bad(rid + ' label/flags mismatch')
        if leak.search(narr) or leak.search(ctype):
            bad(rid + ' markup leak')
        if not narr.strip() or not ctype.strip():
            bad(rid + ' empty field')
        if narr in seen:
            bad(rid + ' duplicate narrative of ' + seen[narr])
        seen[narr] = rid
        # reason
        items = reason.split('; ')
        trunc_items = [x for x in items if x.startswith('truncated at ')]
        ev_items = [x for x in items if ev_re.match(x)]
        evid = dict((ev_re.match(x).group(1), ev_re.match(x).group(2)) for x in ev_items)
        if label == 'eligible':
            if not reason.startswith('eligible:') or ev_items:
                bad(rid + ' eligible reason')
        else:
            if sorted(evid) != sorted(fl) or len(ev_items) != len(fl):
                bad(rid + ' evidence does not match flags')
            for k in fl:
                if not evid.get(k) or evid[k] not in narr:
                    bad(rid + ' evidence for %s not in narrative' % k)
            if len(ev_items) + len(trunc_items) != len(items):
                bad(rid + ' stray reason items')
        # truncation facts
        ag = ag_by_code[m['agency']]
        W = ag['width']
        is_trunc = bool(trunc_items)
        if is_trunc != bool(m['truncated']):
            bad(rid + ' truncation flag mismatch')
        if is_trunc:
            if trunc_items != ['truncated at %d' % W] or len(narr) != W:
                bad(rid + ' truncation width/length wrong')
        # independent re-derivation
        try:
            text, spans = parse_marked(m['marked'])
        except ValueError as e:
            bad(rid + ' ' + str(e))
            continue
        width = W if is_trunc else None
        if is_trunc:
            if len(text) <= W or text[:W] != narr:
                bad(rid + ' narrative is not the marked text cut at W')
        elif text != narr:
            bad(rid + ' narrative differs from marked text')
        ev = rederive(text, spans, width)
        want = [k for k in CANON if k in ev]
        if want != fl:
            bad(rid + ' re-derived flags %s != %s' % (want, fl))
        for k in want:
            if evid.get(k) != ev[k]:
                bad(rid + ' evidence text differs for ' + k)
        full = rederive(text, spans, None)
        # figures
        fig['rows'] += 1
        fig[label] += 1
        for k in fl:
            kinds[k] += 1
        if len(fl) > 1:
            fig['multi'] += 1
        has_dec = any(s['typ'] in ('decoy', 'res') for s in spans)
        dec[(label, 'n')] += 1
        dec[(label, 'd')] += 1 if has_dec else 0
        if m['misspelled']:
            fig['miss'] += 1
            fig['miss_cue' if m['miss_on_cue'] else 'miss_plain'] += 1
            if m['misspelled'].lower() not in m['marked'].lower():
                bad(rid + ' misspelled word not in marked text')
        pa = per_ag[m['agency']]
        pa['rows'] += 1
        pa['red'] += label == 'red_flag'
        pa['trunc'] += is_trunc
        pw = per_w.setdefault(W, Counter())
        pw['rows'] += 1
        pw['trunc'] += is_trunc
        if is_trunc:
            fig['trunc'] += 1
            fig['trunc_' + label] += 1
            if text[W - 1].isalnum() and text[W].isalnum():
                fig['midword'] += 1
            pos = where_cut(text, spans, W)
            cuts[pos] += 1
            if m.get('cut') != pos:
                bad(rid + ' cut position disagrees with generator (%s vs %s)' % (pos, m.get('cut')))
            if full and not fl:
                fig['red_to_elig'] += 1
            if not full and fl:
                fig['elig_to_red'] += 1
            if full and fl and [k for k in CANON if k in full] != fl:
                fig['red_kinds_changed'] += 1
        elif [k for k in CANON if k in full] != fl:
            bad(rid + ' untruncated flags differ from full derivation')
    if fig['trunc'] != 200:
        bad('truncated rows = %d, expected 200' % fig['trunc'])

    # ---- figures
    out = []
    P = out.append
    P('| figure | value |')
    P('|---|---|')
    P('| rows | %d |' % fig['rows'])
    P('| red_flag / eligible | %d / %d (%.1f%% red) |' % (fig['red_flag'], fig['eligible'],
                                                         100.0 * fig['red_flag'] / max(1, fig['rows'])))
    P('| per-kind rows | %s |' % ', '.join('%s %d' % (k, kinds[k]) for k in CANON))
    P('| multi-kind red rows | %d |' % fig['multi'])
    P('| truncated (red / eligible) | %d (%d / %d) |' % (fig['trunc'], fig['trunc_red_flag'], fig['trunc_eligible']))
    P('| truncated mid-word | %d |' % fig['midword'])
    P('| cut positions | %s |' % ', '.join('%s %d' % (c, cuts[c]) for c in
                                          ['after_all', 'before_key', 'before_other', 'in_decoy', 'in_key',
                                           'in_resolution', 'key_tail'] if cuts[c]))
    P('| red templates left eligible by the cut | %d |' % fig['red_to_elig'])
    P('| eligible made red by the cut | %d |' % fig['elig_to_red'])
    P('| red rows whose kinds changed by the cut | %d |' % fig['red_kinds_changed'])
    P('| misspelled rows (on cue / plain) | %d (%d / %d) |' % (fig['miss'], fig['miss_cue'], fig['miss_plain']))
    for lab in ('red_flag', 'eligible'):
        P('| decoy rate %s | %d/%d = %.1f%% |' % (lab, dec[(lab, 'd')], dec[(lab, 'n')],
                                                 100.0 * dec[(lab, 'd')] / max(1, dec[(lab, 'n')])))
    P('| templates red / eligible / groups / unusual | %d / %d / %d / %d of %d |' % (
        n_red_t, n_el_t, len(gen.ELIG_T), n_unusual, len(all_t)))
    P('')
    P('| agency | width | rows | red | truncated |')
    P('|---|---|---|---|---|')
    for code, c in per_ag.items():
        P('| %s | %d | %d | %d | %d |' % (code, ag_by_code[code]['width'], c['rows'], c['red'], c['trunc']))
    P('')
    P('| width | rows | truncated |')
    P('|---|---|---|')
    for w in sorted(per_w):
        P('| %d | %d | %d |' % (w, per_w[w]['rows'], per_w[w]['trunc']))
    print('\n'.join(out))
    print('')
    print('md5 blind14.csv:', md5)
    if problems:
        print('PROBLEMS (%d):' % len(problems))
        for p in problems[:50]:
            print('  ' + p)
        sys.exit(1)
    print('OK: no problems found')


if __name__ == '__main__':
    main()
