#!/usr/bin/env python3
"""Independent checker for blind18.csv.

Re-runs make_blind18.py (with --markup) under PYTHONHASHSEED=0,1,999, compares bytes, then re-parses the
markup with its own scanner, re-applies its own copy of the truncation survival rule and re-derives every
label / flag / evidence / reason.  Exits 1 on any problem.  Python 3 stdlib only.
"""
import csv, hashlib, io, json, os, subprocess, sys, tempfile
from collections import Counter, OrderedDict

ORDER = ['weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty']
HEADER = ['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split']
problems = []


def bad(msg):
    problems.append(msg)


def scan(src):
    """Own scanner: returns clean text and list of spans dicts (type, kind, start, end)."""
    out, spans, i, n = [], [], 0, len(src)
    pos = 0
    closers = {'[[': (']]', 'key'), '<<': ('>>', 'alarm'), '((': ('))', 'res'), '{': ('}', 'decoy')}
    while i < n:
        opener = None
        for op in ('[[', '<<', '(('):
            if src.startswith(op, i):
                opener = op
        if opener is None and src[i] == '{':
            opener = '{'
        if opener is None:
            out.append(src[i]); pos += 1; i += 1
            continue
        close, typ = closers[opener]
        j = src.find(close, i + len(opener))
        if j < 0:
            raise ValueError('unclosed %s in %r' % (opener, src))
        body = src[i + len(opener):j]
        kind = ''
        if typ in ('key', 'alarm'):
            kind, _, body = body.partition(':')
            if kind not in ORDER:
                raise ValueError('bad kind %r' % kind)
        for bad_tok in ('[[', ']]', '<<', '>>', '((', '))', '{', '}'):
            if bad_tok in body:
                raise ValueError('nested markup in %r' % src)
        spans.append({'type': typ, 'kind': kind, 's': pos, 'e': pos + len(body), 'res': None})
        out.append(body); pos += len(body)
        i = j + len(close)
    last_alarm = None
    for k, sp in enumerate(spans):
        if sp['type'] == 'alarm':
            last_alarm = k
        elif sp['type'] == 'res' and last_alarm is not None:
            spans[last_alarm]['res'] = k
            last_alarm = None
    return ''.join(out), spans


def n_alnum(s):
    return len([c for c in s if c.isalnum()])


def kept(text, sp, W):
    """Survival rule (checker copy)."""
    s, e = sp['s'], sp['e']
    if e <= W:
        return True
    if s >= W:
        return False
    whole = text[s:e]
    if len(whole.split()) > 1 or whole != whole.strip():
        return False
    n = n_alnum(whole)
    if n <= 5:
        return False
    return n_alnum(text[s:W]) >= max(5, n - 3)


def cut_kind(text, spans, W):
    inside = [sp for sp in spans if sp['s'] < W < sp['e']]
    if inside:
        sp = inside[0]
        if sp['type'] in ('key', 'alarm'):
            whole = text[sp['s']:sp['e']]
            if len(whole.split()) == 1 and n_alnum(whole) > 5 and sp['e'] - W in (1, 2, 3, 4):
                return 'tail'
            return 'inside_key'
        return 'inside_res' if sp['type'] == 'res' else 'decoy'
    if all(sp['e'] <= W for sp in spans):
        return 'after'
    starts = [sp['s'] for sp in spans if sp['type'] in ('key', 'alarm')]
    if starts and W <= min(starts):
        return 'before_key'
    return 'between'


def run_gen(gen, seed, outdir):
    env = dict(os.environ)
    env['PYTHONHASHSEED'] = str(seed)
    subprocess.run([sys.executable, gen, outdir, '--markup'], check=True, env=env)
    with open(os.path.join(outdir, 'blind18.csv'), 'rb') as f:
        a = f.read()
    with open(os.path.join(outdir, 'blind18_markup.jsonl'), 'rb') as f:
        b = f.read()
    return a, b


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, 'blind18.csv')
    gen = os.path.join(here, 'make_blind18.py')
    with open(path, 'rb') as f:
        data = f.read()
    md5 = hashlib.md5(data).hexdigest()
    outs = []
    for seed in (0, 1, 999):
        with tempfile.TemporaryDirectory() as td:
            outs.append(run_gen(gen, seed, td))
    for k, (a, b) in enumerate(outs):
        if a != data:
            bad('regenerated csv (seed %d) differs from %s' % ((0, 1, 999)[k], path))
        if b != outs[0][1]:
            bad('markup sidecar differs across hash seeds')
    meta = [json.loads(l) for l in outs[0][1].decode('ascii').splitlines()]
    try:
        data.decode('ascii')
    except UnicodeDecodeError:
        bad('non-ASCII bytes in csv')
    rows = list(csv.reader(io.StringIO(data.decode('ascii', 'replace'), newline='')))
    if rows[0] != HEADER:
        bad('header %r' % rows[0])
    rows = rows[1:]
    if len(rows) != 1000:
        bad('row count %d' % len(rows))
    if len(meta) != len(rows):
        bad('markup rows %d != csv rows %d' % (len(meta), len(rows)))
    if b'\r' in data:
        bad('CR in csv')

    fig = Counter()
    flag_c, cut_c, cut_ag, ag_c, grp_c, typo_c, kind_src = Counter(), Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    widths = {}
    seen_narr = {}
    fitting = Counter()
    for n, (r, m) in enumerate(zip(rows, meta)):
        rid = 'B18-%04d' % (n + 1)
        if len(r) != 7:
            bad('%s: %d fields' % (rid, len(r)))
            continue
        cid, ct, narr, label, flags, reason, split = r
        if cid != rid or m['id'] != rid:
            bad('%s: id %s' % (rid, cid))
        if split != 'blind18':
            bad('%s: split %s' % (rid, split))
        if not ct.strip():
            bad('%s: empty call_type' % rid)
        for tok in ('[[', ']]', '<<', '>>', '((', '))', '{', '}', '~'):
            if tok in narr:
                bad('%s: markup leak %r' % (rid, tok))
        if narr in seen_narr:
            bad('%s: duplicate narrative of %s' % (rid, seen_narr[narr]))
        seen_narr[narr] = rid
        try:
            text, spans = scan(m['markup'])
        except ValueError as ex:
            bad('%s: %s' % (rid, ex))
            continue
        W = m['width']
        if not (60 <= W <= 160):
            bad('%s: width %d' % (rid, W))
        if widths.setdefault(m['agency'], W) != W:
            bad('%s: agency width inconsistent' % rid)
        ag_c[m['agency']] += 1
        if m['cut']:
            if len(text) <= W:
                bad('%s: cut but source not longer than W' % rid)
            if narr != text[:W] or len(narr) != W:
                bad('%s: cut narrative != source[:W]' % rid)
            if narr.endswith(' '):
                bad('%s: cut right after a space' % rid)
            ck = cut_kind(text, spans, W)
            if ck != m['cut_cat']:
                bad('%s: cut category %s != recorded %s' % (rid, ck, m['cut_cat']))
            cut_c[ck] += 1
            cut_ag[m['agency']] += 1
            KW = W
        else:
            if narr != text:
                bad('%s: narrative != stripped markup' % rid)
            if len(narr) > W:
                bad('%s: uncut narrative longer than agency width %d' % (rid, W))
            KW = len(text)
        ev = OrderedDict()
        for sp in spans:
            if sp['type'] not in ('key', 'alarm') or not kept(text, sp, KW):
                continue
            if sp['type'] == 'alarm' and sp['res'] is not None and spans[sp['res']]['e'] <= KW:
                continue
            ev.setdefault(sp['kind'], text[sp['s']:min(sp['e'], KW)])
        exp_flags = [k for k in ORDER if k in ev]
        if exp_flags:
            exp_label = 'red_flag'
            exp_reason = '; '.join("%s <- '%s'" % (k, ev[k]) for k in exp_flags)
        else:
            exp_label = 'eligible'
            if m['intended'] == 'red':
                exp_reason = 'eligible: red cue lost to cut (%s)' % m['source']
            else:
                exp_reason = 'eligible: %s' % m['source']
        if m['cut']:
            exp_reason += '; truncated at %d' % W
        if label != exp_label:
            bad('%s: label %s expected %s' % (rid, label, exp_label))
        if flags != ';'.join(exp_flags):
            bad('%s: flags %r expected %r' % (rid, flags, ';'.join(exp_flags)))
        fl = [f for f in flags.split(';') if f]
        if fl != [k for k in ORDER if k in fl]:
            bad('%s: flags not in canonical order' % rid)
        if reason != exp_reason:
            bad('%s: reason %r expected %r' % (rid, reason, exp_reason))
        if ('truncated at' in reason) != m['cut']:
            bad('%s: truncation note mismatch' % rid)
        for ev_text in ev.values():
            if ev_text not in narr:
                bad('%s: evidence not in narrative' % rid)
        fig['red'] += label == 'red_flag'
        fig['eligible'] += label == 'eligible'
        fig['intended_red'] += m['intended'] == 'red'
        fig['red_to_eligible'] += m['intended'] == 'red' and label == 'eligible'
        fig['eligible_to_red'] += m['intended'] == 'eligible' and label == 'red_flag'
        fig['pinned'] += m['pinned']
        fig['cut'] += m['cut']
        for f in fl:
            flag_c[f] += 1
        fig['multi_flag'] += len(fl) > 1
        if m['typo']:
            typo_c[m['typo']] += 1
        if m['intended'] == 'red':
            kind_src[m['source']] += 1
            fitting['red_fit' if m['concept'] == m['source'] else 'red_mild'] += 1
        else:
            grp_c[m['source']] += 1
            fitting['el_alarming' if m['concept'] in ORDER else 'el_fit'] += 1
        if any(sp['type'] == 'decoy' for sp in spans):
            fig['rows_with_decoy'] += 1
        if any(sp['type'] == 'alarm' for sp in spans):
            fig['rows_with_alarm'] += 1
    if fig['cut'] != 200:
        bad('cut rows %d != 200' % fig['cut'])
    if len(grp_c) < 20:
        bad('only %d eligible groups' % len(grp_c))

    print('file: %s\nmd5: %s\n' % (path, md5))
    print('| figure | value |\n|---|---|')
    tot = len(rows)
    lines = [
        ('rows', tot), ('red_flag', fig['red']), ('eligible', fig['eligible']),
        ('p(red)', '%.3f' % (fig['red'] / float(tot or 1))),
        ('intended red (template kind)', fig['intended_red']),
        ('red template -> eligible (cue lost to cut)', fig['red_to_eligible']),
        ('eligible template -> red (resolution lost to cut)', fig['eligible_to_red']),
        ('rows with >1 flag', fig['multi_flag']),
        ('truncated rows', fig['cut']),
    ]
    lines += [('cut: %s' % k, cut_c[k]) for k in ('after', 'before_key', 'decoy', 'inside_key', 'inside_res', 'tail')]
    lines += [('flag: %s' % k, flag_c[k]) for k in ORDER]
    lines += [('red template kind: %s' % k, kind_src[k]) for k in ORDER]
    lines += [('eligible groups used', len(grp_c)),
              ('eligible rows per group (min-max)', '%d-%d' % (min(grp_c.values()), max(grp_c.values()))),
              ('rows from agency-pinned (regional) templates', fig['pinned']),
              ('rows with decoy markup', fig['rows_with_decoy']),
              ('rows with alarm markup', fig['rows_with_alarm']),
              ('typo on key/alarm word', typo_c['key']), ('typo on other word', typo_c['plain']),
              ('call type fitting (red)', fitting['red_fit']), ('call type mild (red)', fitting['red_mild']),
              ('call type fitting (eligible)', fitting['el_fit']), ('call type alarming (eligible)', fitting['el_alarming'])]
    lines += [('agency %s (W=%d): rows / cut' % (a, widths[a]), '%d / %d' % (ag_c[a], cut_ag[a])) for a in sorted(ag_c)]
    for k, v in lines:
        print('| %s | %s |' % (k, v))
    print('\nhash-seed regeneration (0,1,999): %s' % ('identical' if all(o[0] == data for o in outs) else 'DIFFERENT'))
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems[:50]:
            print('  ' + p)
        sys.exit(1)
    print('\nOK: no problems found')


if __name__ == '__main__':
    main()
