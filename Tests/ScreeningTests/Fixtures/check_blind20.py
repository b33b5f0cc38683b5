#!/usr/bin/env python3
"""check_blind20.py - independent checker for blind20.csv (stdlib only).

Usage: python3 check_blind20.py [DIR]   (DIR holds blind20.csv and make_blind20.py; default: this file's dir)
Re-runs the generator with --markup into a temp dir, parses the markup with its own scanner, re-applies its
own copy of the truncation survival rule, and re-derives every label/flag/evidence/reason. Also checks header,
ids, split, ASCII, canonical flag order, markup leaks, duplicate narratives, truncation facts, and byte
identity of regeneration under PYTHONHASHSEED=0,1,999. Exit 1 on any problem; prints figures.
"""
import csv, hashlib, io, os, shutil, subprocess, sys, tempfile
from collections import Counter

ORDER = ('weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty')
HEADER = ['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split']
WIDTH = {'CAR': 140, 'HCP': 120, 'NNP': 100, 'RVR': 80, 'SLC': 72, 'LFP': 110, 'DBC': 130, 'YNP': 150,
         'UHC': 90, 'NAP': 160}
problems = []
# own copy of which call-type concepts 'fit' a template's kind / look-alike group
FIT_KIND = {'weapon': 'WEAPON', 'violence': 'FIGHT DVA', 'threat': 'THREAT', 'injury': 'MED OD', 'suicide': 'SUIC',
            'police_only': 'CRIME DUI CHILD', 'uncertainty': 'UNK'}
FIT_GROUP = {'noise': 'NOISE DISORD', 'verbal_dispute': 'DISORD CIVIL', 'welfare': 'WELF', 'past_theft': 'THEFT',
             'found_property': 'FOUND', 'passive_si': 'MNTL WELF', 'refuse_leave': 'TRESP', 'intox_fine': 'INTOX',
             'unhoused': 'VAG WELF', 'resolved_alarm': 'SUSP INFO ALARM', 'history_only': 'INFO ASSIST',
             'negated_danger': 'DISORD WELF INFO', 'toy_prop': 'SUSP', 'idiom': 'INFO NOISE', 'tool_use': 'SUSP NOISE',
             'stored_firearm': 'INFO ASSIST', 'calm_mh': 'MNTL', 'juveniles': 'JUV', 'civil': 'CIVIL',
             'benign_suspicious': 'SUSP', 'animal': 'ANIMAL', 'harassment': 'HARR', 'nonurgent_assist': 'ASSIST',
             'missing_found': 'MISS WELF'}


def bad(msg):
    problems.append(msg)


def scan(marked):
    """Own scanner: returns (plain_text, spans) where span = dict(t=type, k=kind, s, e, txt, alarm=idx)."""
    out, spans, i, n, last_alarm = [], [], 0, len(marked), None
    pairs = (('[[', ']]', 'key'), ('<<', '>>', 'alarm'), ('((', '))', 'res'), ('{', '}', 'decoy'))
    while i < n:
        hit = None
        for o, c, t in pairs:
            if marked.startswith(o, i):
                hit = (o, c, t)
                break
        if not hit:
            out.append(marked[i])
            i += 1
            continue
        o, c, t = hit
        j = marked.find(c, i + len(o))
        if j < 0:
            raise ValueError('unclosed %s in %r' % (o, marked))
        inner = marked[i + len(o):j]
        kind = None
        if t in ('key', 'alarm'):
            kind, _, inner = inner.partition(':')
            if kind not in ORDER:
                raise ValueError('bad kind %r' % kind)
        s = len(''.join(out))
        out.append(inner)
        sp = {'t': t, 'k': kind, 's': s, 'e': s + len(inner), 'txt': inner, 'alarm': None}
        if t == 'alarm':
            last_alarm = len(spans)
        if t == 'res':
            if last_alarm is None:
                raise ValueError('resolution without alarm in %r' % marked)
            sp['alarm'] = last_alarm
        spans.append(sp)
        i = j + len(c)
    return ''.join(out), spans


def an(s):
    return len([ch for ch in s if ch.isalnum()])


def kept(sp, W):
    """Survival of a key/alarm span for a cut at W."""
    s, e, txt = sp['s'], sp['e'], sp['txt']
    if e <= W:
        return True
    if s >= W:
        return False
    if len(txt.split()) > 1:
        return False
    n = an(txt)
    return n > 5 and an(txt[:W - s]) >= max(5, n - 3)


def rederive(text, spans, W):
    lim = len(text) if W is None else W
    ev = {}
    for idx, sp in enumerate(spans):
        if sp['t'] not in ('key', 'alarm') or not kept(sp, lim):
            continue
        if sp['t'] == 'alarm':
            resolved = [r for r in spans if r['t'] == 'res' and r['alarm'] == idx and r['e'] <= lim]
            if resolved:
                continue
        if sp['k'] not in ev:
            ev[sp['k']] = text[sp['s']:min(sp['e'], lim)]
    return [(k, ev[k]) for k in ORDER if k in ev]


def category(text, spans, W):
    for sp in spans:
        if sp['s'] < W < sp['e']:
            if sp['t'] == 'decoy':
                return 'in_decoy'
            if sp['t'] == 'res':
                return 'in_resolution'
            if len(sp['txt'].split()) == 1 and an(sp['txt']) > 5 and sp['e'] - W <= 4:
                return 'key_tail'
            return 'in_key'
    if all(sp['e'] <= W for sp in spans):
        return 'after_markup'
    if any(sp['t'] in ('key', 'alarm') and sp['s'] >= W for sp in spans):
        return 'before_key'
    return 'before_resolution_or_decoy'


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(d, 'blind20.csv')
    gen = os.path.join(d, 'make_blind20.py')
    raw = open(path, 'rb').read()
    try:
        raw.decode('ascii')
    except UnicodeDecodeError:
        bad('non-ASCII bytes in csv')
    if b'\r' in raw:
        bad('CR characters in csv')
    rows = list(csv.reader(io.StringIO(raw.decode('ascii', 'replace'))))
    if rows[0] != HEADER:
        bad('header %r' % rows[0])
    rows = rows[1:]
    if len(rows) != 1000:
        bad('row count %d' % len(rows))
    # regenerate with markup, and under several hash seeds
    tmp = tempfile.mkdtemp(prefix='b20chk')
    env = dict(os.environ)
    for hs in ('0', '1', '999'):
        od = os.path.join(tmp, 'h' + hs)
        os.mkdir(od)
        env['PYTHONHASHSEED'] = hs
        args = [sys.executable, gen, od] + (['--markup'] if hs == '0' else [])
        subprocess.run(args, check=True, env=env)
        if open(os.path.join(od, 'blind20.csv'), 'rb').read() != raw:
            bad('regeneration under PYTHONHASHSEED=%s differs' % hs)
        if hs == '1' and sorted(os.listdir(od)) != ['blind20.csv']:
            bad('generator wrote extra files without a flag: %r' % os.listdir(od))
    meta = list(csv.DictReader(open(os.path.join(tmp, 'h0', 'blind20_markup.csv'), encoding='ascii')))
    shutil.rmtree(tmp)
    if len(meta) != len(rows):
        bad('markup rows %d' % len(meta))
    seen = {}
    fig = Counter()
    flagc, groupc, catc, agc, flip, lostk = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    for n, (row, m) in enumerate(zip(rows, meta)):
        if len(row) != 7:
            bad('row %d has %d fields' % (n + 1, len(row)))
            continue
        rid, ctype, narr, label, flags, reason, split = row
        if rid != 'B20-%04d' % (n + 1) or m['id'] != rid:
            bad('id %s at %d' % (rid, n + 1))
        if split != 'blind20':
            bad('%s split %r' % (rid, split))
        if not ctype.strip():
            bad('%s empty call_type' % rid)
        for tok in ('[[', ']]', '<<', '>>', '((', '))', '{', '}', '$R', '$S', '$L'):
            if tok in narr or tok in reason or tok in ctype:
                bad('%s markup leak %r' % (rid, tok))
        if narr in seen:
            bad('%s duplicate narrative of %s' % (rid, seen[narr]))
        seen[narr] = rid
        try:
            full, spans = scan(m['marked'])
        except ValueError as ex:
            bad('%s %s' % (rid, ex))
            continue
        W = WIDTH[m['agency']]
        agc[m['agency']] += 1
        if int(m['width']) != W:
            bad('%s width mismatch' % rid)
        cut = m['cut'] == '1'
        if cut:
            if len(full) <= W:
                bad('%s cut but full text fits' % rid)
            if narr != full[:W] or len(narr) != W:
                bad('%s cut narrative is not full[:W] / not exactly W chars' % rid)
            if narr.endswith(' '):
                bad('%s cut right after a space' % rid)
            if not reason.endswith('; truncated at %d' % W):
                bad('%s reason lacks truncation note' % rid)
            cat = category(full, spans, W)
            catc[cat] += 1
            if cat != m['cut_target']:
                bad('%s cut category %s vs generator %s' % (rid, cat, m['cut_target']))
        else:
            if narr != full:
                bad('%s narrative differs from stripped markup' % rid)
            if len(narr) > W:
                bad('%s uncut narrative longer than agency width %d' % (rid, W))
            if 'truncated at' in reason:
                bad('%s uncut but reason says truncated' % rid)
        got = rederive(full, spans, W if cut else None)
        suffix = '; truncated at %d' % W if cut else ''
        if got:
            exp_label = 'red_flag'
            exp_reason = '; '.join("%s <- '%s'" % kv for kv in got) + suffix
        elif m['plan'] == 'R':
            exp_label = 'eligible'
            exp_reason = 'eligible: cut-lost-key (%s)' % m['origin'] + suffix
            lostk[m['origin']] += 1
        else:
            exp_label = 'eligible'
            exp_reason = 'eligible: %s' % m['origin'] + suffix
        exp_flags = ';'.join(k for k, _ in got)
        if label != exp_label:
            bad('%s label %s expected %s' % (rid, label, exp_label))
        if flags != exp_flags:
            bad('%s flags %r expected %r' % (rid, flags, exp_flags))
        if reason != exp_reason:
            bad('%s reason %r expected %r' % (rid, reason, exp_reason))
        fl = [f for f in flags.split(';') if f]
        if fl != [k for k in ORDER if k in fl] or len(set(fl)) != len(fl):
            bad('%s flags not canonical: %s' % (rid, flags))
        if (label == 'red_flag') != bool(fl):
            bad('%s label/flags inconsistent' % rid)
        for k, ev in got:
            if ev not in narr:
                bad('%s evidence not in narrative' % rid)
        fig[label] += 1
        fitmap = FIT_KIND if m['plan'] == 'R' else FIT_GROUP
        fig['fit_' + m['plan']] += m['concept'] in fitmap[m['origin']].split()
        fig['n_' + m['plan']] += 1
        fig['cut'] += cut
        fig['typo_' + (m['typo'] or 'none')] += 1
        for f in fl:
            flagc[f] += 1
        if label == 'eligible' and m['plan'] == 'E':
            groupc[m['origin']] += 1
        if cut:
            flip[(m['plan'], label)] += 1
        if (m['plan'] == 'R') and not any(sp['t'] == 'key' for sp in spans):
            bad('%s red template without key' % rid)
        if m['plan'] == 'E' and any(sp['t'] == 'key' for sp in spans):
            bad('%s eligible template with a key' % rid)
    if fig['cut'] != 200:
        bad('cut rows %d, want 200' % fig['cut'])
    # figures
    md5 = hashlib.md5(raw).hexdigest()
    print('| figure | value |')
    print('|---|---|')
    print('| rows | %d |' % len(rows))
    print('| red_flag | %d (%.1f%%) |' % (fig['red_flag'], fig['red_flag'] / 10.0))
    print('| eligible | %d |' % fig['eligible'])
    for k in ORDER:
        print('| flag %s | %d |' % (k, flagc[k]))
    print('| multi-flag rows | %d |' % sum(1 for r in rows if r[4].count(';')))
    print('| eligible look-alike groups | %d |' % len(groupc))
    for g, c in sorted(groupc.items()):
        print('| eligible: %s | %d |' % (g, c))
    print('| truncated rows | %d |' % fig['cut'])
    for c, v in sorted(catc.items()):
        print('| cut position %s | %d |' % (c, v))
    for (p, l), v in sorted(flip.items()):
        print('| cut rows, template %s -> %s | %d |' % ('red' if p == 'R' else 'eligible', l, v))
    print('| call type fitting: red-template rows | %d of %d |' % (fig['fit_R'], fig['n_R']))
    print('| call type fitting: eligible-template rows | %d of %d |' % (fig['fit_E'], fig['n_E']))
    print('| red templates that lost all keys to the cut | %d |' % sum(lostk.values()))
    print('| rows with a misspelling: on key / elsewhere | %d / %d |' % (fig['typo_key'], fig['typo_other']))
    for a in sorted(agc):
        print('| agency %s (W=%d) | %d |' % (a, WIDTH[a], agc[a]))
    print('| md5 blind20.csv | %s |' % md5)
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems[:50]:
            print(' -', p)
        sys.exit(1)
    print('\nOK: all checks passed')


if __name__ == '__main__':
    main()
