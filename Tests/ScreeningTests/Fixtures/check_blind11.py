#!/usr/bin/env python3
"""check_blind11.py - verify blind11.csv and print its figures table.  Exit 1 on any problem.

Checks: header, row count, ids, split, label/flags consistency, reason format, truncation widths
and the uncut-length rule, no duplicate narratives, an independent re-derivation of every label
from the generator's markup (own implementation of the survival rule), and byte-identical
regeneration under PYTHONHASHSEED=0, 1 and 999.
"""
import csv
import hashlib
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CSV_PATH = os.path.join(HERE, 'blind11.csv')
HEADER = ['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split']
KINDS = ['weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty']
N = 1000

problems = []


def bad(msg):
    problems.append(msg)


def alnum(s):
    return len([c for c in s if c.isalnum()])


def survives(text, start, end, width):
    # independent re-implementation of the project's survival rule
    if width is None or end <= width:
        return True
    if start >= width:
        return False
    if len(text.split()) != 1:          # multi-word phrase: must survive whole
        return False
    n = alnum(text)
    kept = alnum(text[:width - start])
    return n > 5 and kept >= max(5, n - 3)


def derive(pieces, width):
    flags = []
    res_whole = {}
    for p in pieces:
        if p['type'] == 'res':
            res_whole[p['pair']] = width is None or p['end'] <= width
    for p in pieces:
        if p['type'] == 'key' and survives(p['text'], p['start'], p['end'], width):
            flags.extend(p['kinds'])
        if p['type'] == 'alarm' and survives(p['text'], p['start'], p['end'], width) and not res_whole[p['pair']]:
            flags.extend(p['kinds'])
    return [k for k in KINDS if k in flags]


def main():
    with open(CSV_PATH, 'rb') as f:
        data = f.read()
    md5 = hashlib.md5(data).hexdigest()
    rows = list(csv.reader(data.decode('utf-8').splitlines(True)))
    if rows[0] != HEADER:
        bad('header mismatch: %r' % rows[0])
    body = [dict(zip(HEADER, r)) for r in rows[1:]]
    if len(body) != N:
        bad('row count %d != %d' % (len(body), N))
    sys.path.insert(0, HERE)
    import make_blind11 as mb
    widths = mb.WIDTHS
    seen = {}
    for i, r in enumerate(body, 1):
        if r['id'] != 'B11-%04d' % i:
            bad('id %r at row %d' % (r['id'], i))
        if r['split'] != 'blind11':
            bad('%s split %r' % (r['id'], r['split']))
        if r['label'] not in ('red_flag', 'eligible'):
            bad('%s label %r' % (r['id'], r['label']))
        fl = [f for f in r['flags'].split(';') if f]
        if any(f not in KINDS for f in fl):
            bad('%s unknown flag in %r' % (r['id'], r['flags']))
        if fl != [k for k in KINDS if k in fl]:
            bad('%s flags not in canonical order / duplicated: %r' % (r['id'], r['flags']))
        if (r['label'] == 'red_flag') != bool(fl):
            bad('%s label/flags inconsistent' % r['id'])
        for f in fl:
            if not re.search(r'(^|[;+ ])%s(\+[a-z_]+)* <- ' % f, r['reason']) and \
                    not re.search(r'[a-z_+]*%s[a-z_+]* <- ' % f, r['reason']):
                bad('%s reason does not name the text for flag %s' % (r['id'], f))
        if not r['reason'].strip():
            bad('%s empty reason' % r['id'])
        L = len(r['narrative'])
        m = re.match(r'truncated at (\d+);', r['reason'])
        if m:
            w = int(m.group(1))
            if w not in widths or L != w:
                bad('%s truncated at %d but length %d' % (r['id'], w, L))
        else:
            if L in widths:
                bad('%s uncut row has length equal to a truncation width (%d)' % (r['id'], L))
        if r['narrative'] in seen:
            bad('%s duplicate narrative of %s' % (r['id'], seen[r['narrative']]))
        seen[r['narrative']] = r['id']
        if '\n' in r['narrative'] or not r['narrative'].strip():
            bad('%s bad narrative text' % r['id'])

    # independent re-derivation of labels from the markup
    recs = mb.build()
    if len(recs) != len(body):
        bad('generator returned %d rows' % len(recs))
    for rec, r in zip(recs, body):
        if rec['narrative'] != r['narrative'] or rec['id'] != r['id']:
            bad('%s generator/CSV mismatch' % r['id'])
            continue
        expect = rec['full'] if rec['width'] is None else rec['full'][:rec['width']]
        if not (r['narrative'] == expect or (rec['width'] is None and r['narrative'] == expect + '.')):
            bad('%s narrative not derived from rendered text' % r['id'])
        for p in rec['pieces']:
            if rec['full'][p['start']:p['end']] != p['text']:
                bad('%s span mismatch for %r' % (r['id'], p['text']))
        d = derive(rec['pieces'], rec['width'])
        if ';'.join(d) != r['flags']:
            bad('%s re-derived flags %r != csv %r' % (r['id'], d, r['flags']))

    # reproducibility under different hash seeds
    for hs in ('0', '1', '999'):
        tmp = tempfile.mkdtemp(prefix='b11chk')
        env = dict(os.environ)
        env['PYTHONHASHSEED'] = hs
        subprocess.run([sys.executable, os.path.join(HERE, 'make_blind11.py'), tmp], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        with open(os.path.join(tmp, 'blind11.csv'), 'rb') as f:
            other = f.read()
        os.remove(os.path.join(tmp, 'blind11.csv'))
        os.rmdir(tmp)
        if other != data:
            bad('regeneration with PYTHONHASHSEED=%s differs' % hs)

    figures(body, recs, md5, widths)
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems[:50]:
            print('  - ' + p)
        sys.exit(1)
    print('\nOK: all checks passed')


def pct(a, b):
    return '%.1f%%' % (100.0 * a / b) if b else 'n/a'


def figures(body, recs, md5, widths):
    n = len(body)
    red = [r for r in body if r['label'] == 'red_flag']
    elig = [r for r in body if r['label'] == 'eligible']
    out = []
    out.append(('md5(blind11.csv)', md5))
    out.append(('rows', '%d (red_flag %d = %s, eligible %d = %s)' % (n, len(red), pct(len(red), n), len(elig), pct(len(elig), n))))
    for k in KINDS:
        c = sum(1 for r in red if k in r['flags'].split(';'))
        out.append(('flag %s' % k, str(c)))
    multi = sum(1 for r in red if len(r['flags'].split(';')) > 1)
    out.append(('red rows with >1 flag', str(multi)))
    cut = [r for r in body if r['reason'].startswith('truncated at')]
    out.append(('truncated rows', '%d (%s); red %d, eligible %d' % (len(cut), pct(len(cut), n),
                sum(1 for r in cut if r['label'] == 'red_flag'), sum(1 for r in cut if r['label'] == 'eligible'))))
    for w in widths:
        cw = [r for r in cut if len(r['narrative']) == w]
        out.append(('  cut at width %d' % w, '%d (red %d / eligible %d)' % (
            len(cw), sum(1 for r in cw if r['label'] == 'red_flag'), sum(1 for r in cw if r['label'] == 'eligible'))))
    by = {r['id']: r for r in body}
    flip_re = sum(1 for x in recs if x['group_label'] == 'red' and by[x['id']]['label'] == 'eligible')
    flip_er = sum(1 for x in recs if x['group_label'] == 'ok' and by[x['id']]['label'] == 'red_flag')
    partial = sum(1 for x in recs if 'partial' in by[x['id']]['reason'])
    out.append(('cut flips red->eligible (key lost)', str(flip_re)))
    out.append(('cut flips eligible->red (resolution lost)', str(flip_er)))
    out.append(('rows kept red by a partially surviving word', str(partial)))
    cts = []
    for r in body:
        if r['call_type'] not in cts:
            cts.append(r['call_type'])
    out.append(('distinct call types', str(len(cts))))
    red_t, ok_t, all_t = [], [], []
    for x in recs:
        if x['template'] not in all_t:
            all_t.append(x['template'])
        lst = red_t if by[x['id']]['label'] == 'red_flag' else ok_t
        if x['template'] not in lst:
            lst.append(x['template'])
    red_src = [x['template'] for x in recs if x['group_label'] == 'red']
    ok_src = []
    for x in recs:
        if x['group_label'] == 'ok' and x['template'] not in ok_src:
            ok_src.append(x['template'])
    out.append(('distinct situations (templates) used', '%d total; in red rows %d; in eligible rows %d' % (len(all_t), len(red_t), len(ok_t))))
    out.append(('  red-source templates / eligible-source templates', '%d / %d' % (len(set_list(red_src)), len(ok_src))))
    groups = []
    for x in recs:
        if x['group'] not in groups:
            groups.append(x['group'])
    out.append(('situation groups', ', '.join('%s %d' % (g, sum(1 for x in recs if x['group'] == g)) for g in groups)))
    ag = []
    for x in recs:
        if x['agency'] not in ag:
            ag.append(x['agency'])
    out.append(('agencies (rows)', ', '.join('%s %d' % (a, sum(1 for x in recs if x['agency'] == a)) for a in sorted(ag))))
    ms = sum(1 for x in recs if x['misspell'])
    msd = sum(1 for x in recs if x['misspell'] and x['misspell'][0] in ('key', 'alarm'))
    msr = sum(1 for x in recs if x['misspell'] and by[x['id']]['label'] == 'red_flag')
    out.append(('misspelling rate', '%s of rows (%d); red %s, eligible %s; in a danger key/alarm word: %d' % (
        pct(ms, n), ms, pct(msr, len(red)), pct(ms - msr, len(elig)), msd)))

    def mean(lst):
        return '%.1f' % (sum(len(r['narrative']) for r in lst) / float(len(lst))) if lst else 'n/a'
    uncut = [r for r in body if not r['reason'].startswith('truncated at')]
    out.append(('mean narrative length', 'all %s; red %s; eligible %s; uncut %s; cut %s' % (
        mean(body), mean(red), mean(elig), mean(uncut), mean(cut))))
    lens = sorted(len(r['narrative']) for r in body)
    out.append(('length min/median/max', '%d / %d / %d' % (lens[0], lens[len(lens) // 2], lens[-1])))
    for typ, name in (('neg', 'negation/history cue'), ('res', 'resolution cue')):
        cr = sum(1 for x in recs if by[x['id']]['label'] == 'red_flag' and has(x, typ))
        ce = sum(1 for x in recs if by[x['id']]['label'] == 'eligible' and has(x, typ))
        out.append(('%s rate' % name, 'red %s (%d), eligible %s (%d)' % (pct(cr, len(red)), cr, pct(ce, len(elig)), ce)))
    # call-type-only baseline: majority label per call type (in-sample, i.e. optimistic)
    correct = 0
    for ct in cts:
        rs = [r for r in body if r['call_type'] == ct]
        nr = sum(1 for r in rs if r['label'] == 'red_flag')
        correct += max(nr, len(rs) - nr)
    out.append(('call-type-only baseline (majority label per type, in-sample)', pct(correct, n)))
    loo = 0
    for r in body:
        rs = [x for x in body if x['call_type'] == r['call_type'] and x is not r]
        nr = sum(1 for x in rs if x['label'] == 'red_flag')
        guess = 'red_flag' if (rs and nr * 2 > len(rs)) else ('eligible' if rs else 'eligible')
        loo += guess == r['label']
    out.append(('call-type-only baseline, leave-one-out (unseen type -> eligible)', pct(loo, n)))
    out.append(('majority-class baseline', pct(max(len(red), len(elig)), n)))
    crt = sum(1 for r in cut if r['label'] == 'red_flag')
    out.append(('red rate cut vs uncut', '%s vs %s' % (pct(crt, len(cut)), pct(len(red) - crt, len(uncut)))))
    print('| figure | value |')
    print('|---|---|')
    for k, v in out:
        print('| %s | %s |' % (k, v))


def set_list(lst):
    out = []
    for x in lst:
        if x not in out:
            out.append(x)
    return out


def has(rec, typ):
    w = rec['width']
    return any(p['type'] == typ and (w is None or p['end'] <= w) for p in rec['pieces'])


if __name__ == '__main__':
    main()
