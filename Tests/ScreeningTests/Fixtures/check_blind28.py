#!/usr/bin/env python3
"""check_blind28.py OUTDIR

Independent checker for blind28 (imports nothing from make_blind28.py).
  * format: header, 1,000 rows, ids B28-0001..B28-1000, split, labels, one flag per row;
  * re-derives every label / flag / reason from OUTDIR/blind28_markup.jsonl with its own
    implementation of the truncation rule;
  * widths: narrative == untruncated text cut at the agency width W when longer than W;
  * shares: red 35-45 %, per-kind minimums, truncation ~15 %, form mix, typos, redaction,
    vague call types on red rows, look-alike share of eligible rows, agencies >= 10;
  * template counts, parsed as text from make_blind28.py;
  * regenerates under PYTHONHASHSEED=0,1,999 and compares bytes.
Exit status 1 on any problem.
"""
import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tempfile

KINDS = ('weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty')
VAGUE_CATS = ('WELFARE', 'SUSP', 'ASSIST', 'DIST', 'HANGUP', 'INFO', 'UNK')
MARKERS = ('[REDACTED]', 'XXXX', '<NAME>', '<ADDRESS>', '<PHONE>', '<ADDR>', '<PH>', '***', '(PII)',
           '[redacted]', 'xxx')
OPEN, CLOSE = '\u27e6', '\u27e7'

problems = []


def bad(msg):
    problems.append(msg)


def unmark(marked):
    """Return (plain text, [(start, end, tag)]) from the inline markup."""
    text, spans = [], []
    pos = 0
    i = 0
    while i < len(marked):
        ch = marked[i]
        if ch == OPEN:
            j = marked.index(CLOSE, i)
            tag, body = marked[i + 1:j].split('|', 1)
            spans.append((pos, pos + len(body), tag))
            text.append(body)
            pos += len(body)
            i = j + 1
        else:
            text.append(ch)
            pos += 1
            i += 1
    return ''.join(text), spans


def letters(s):
    return len([c for c in s if c.isalpha()])


def judge(full, spans, width):
    """First surviving, unresolved key (kind, quoted fragment) or None."""
    keep = min(len(full), width)
    live = []
    for start, end, tag in spans:
        whole = end <= keep
        part = full[start:keep] if start < keep else ''
        if tag == 'ok':
            if whole:
                live = []
            continue
        if whole:
            live.append((tag, full[start:end]))
        elif part:
            got, total = letters(part), letters(full[start:end])
            if got >= 5 and total - got <= 3:
                live.append((tag, part))
    return live[0] if live else None


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    csv_path = os.path.join(outdir, 'blind28.csv')
    mk_path = os.path.join(outdir, 'blind28_markup.jsonl')
    gen_path = os.path.join(outdir, 'make_blind28.py')
    raw = open(csv_path, 'rb').read()
    md5 = hashlib.md5(raw).hexdigest()
    text = raw.decode('utf-8')
    if not text.startswith('id,call_type,narrative,label,flags,reason,split\r\n'):
        bad('header line is not exactly the required header (CRLF)')
    rows = list(csv.reader(io.StringIO(text, newline='')))
    header, rows = rows[0], rows[1:]
    if header != ['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split']:
        bad('bad header %r' % header)
    if len(rows) != 1000:
        bad('expected 1000 rows, got %d' % len(rows))
    lines = open(mk_path, encoding='utf-8').read().splitlines()
    meta = json.loads(lines[0])
    marks = [json.loads(x) for x in lines[1:]]
    if len(marks) != len(rows):
        bad('markup rows %d != csv rows %d' % (len(marks), len(rows)))
    widths = {a['key']: a['W'] for a in meta['agencies']}
    stats = {'red': 0, 'kind': {k: 0 for k in KINDS}, 'cut': 0, 'cut_lost': 0, 'single': 0, 'typo': 0,
             'redact': 0, 'red_vague': 0, 'look': 0, 'elig': 0, 'agency': {}, 'groups': {}, 'partial_key': 0}
    seen_narr = {}
    for n, (row, mk) in enumerate(zip(rows, marks)):
        rid = 'B28-%04d' % (n + 1)
        if len(row) != 7:
            bad('%s: %d fields' % (rid, len(row)))
            continue
        i, ct, narr, label, flags, reason, split = row
        if i != rid or mk['id'] != rid:
            bad('%s: id mismatch (%s / %s)' % (rid, i, mk['id']))
        if split != 'blind28':
            bad('%s: split %r' % (rid, split))
        if ct != mk['call_type'] or not ct.strip():
            bad('%s: call_type mismatch' % rid)
        W = widths.get(mk['agency'])
        if W is None or W != mk['W']:
            bad('%s: unknown agency / width' % rid)
            continue
        full, spans = unmark(mk['marked'])
        cut = len(full) > W
        if narr != (full[:W] if cut else full):
            bad('%s: narrative is not the markup text cut at W=%d' % (rid, W))
        if len(narr) > W:
            bad('%s: narrative longer than W' % rid)
        if narr in seen_narr:
            bad('%s: duplicate narrative of %s' % (rid, seen_narr[narr]))
        seen_narr[narr] = rid
        if '\n' in narr or '\r' in narr or any(ord(c) < 32 or ord(c) > 126 for c in narr):
            bad('%s: non-printable or non-ASCII character in narrative' % rid)
        # re-derive
        hit = judge(full, spans, W)
        if hit:
            exp_label, exp_flags = 'red', hit[0]
            exp_reason = "%s <- '%s'" % (hit[0], hit[1])
        else:
            exp_label, exp_flags = 'eligible', ''
            whole = judge(full, spans, len(full) + 1)
            if cut and whole:
                exp_reason = 'eligible: cut-lost-key (%s)' % whole[0]
                stats['cut_lost'] += 1
            else:
                exp_reason = 'eligible: %s' % mk['group']
        if cut:
            exp_reason += '; truncated at %d' % W
        if (label, flags, reason) != (exp_label, exp_flags, exp_reason):
            bad('%s: label/flags/reason %r != re-derived %r' % (rid, (label, flags, reason),
                                                               (exp_label, exp_flags, exp_reason)))
        if label not in ('red', 'eligible'):
            bad('%s: label %r' % (rid, label))
        if (label == 'red') != (flags in KINDS) or (label == 'eligible' and flags):
            bad('%s: flags %r inconsistent with label' % (rid, flags))
        # red keys never contain a redaction marker
        for s, e, tag in spans:
            if tag != 'ok' and any(m in full[s:e] for m in MARKERS):
                bad('%s: redaction marker inside a decisive span' % rid)
            if tag != 'ok' and s < W < e and cut:
                stats['partial_key'] += 1
        # stats
        stats['agency'][mk['agency']] = stats['agency'].get(mk['agency'], 0) + 1
        if cut:
            stats['cut'] += 1
        if mk['form'] == 'single':
            stats['single'] += 1
            if ' || ' in full:
                bad('%s: single-line row with entry separator' % rid)
            if not cut and not (20 <= len(full) <= 140):
                bad('%s: single-line remark length %d outside 20-140' % (rid, len(full)))
        if mk['typos'] > 0:
            stats['typo'] += 1
        if any(m in narr for m in MARKERS):
            stats['redact'] += 1
        if label == 'red':
            stats['red'] += 1
            stats['kind'][flags] += 1
            if mk['ct_cat'] in VAGUE_CATS:
                stats['red_vague'] += 1
        else:
            stats['elig'] += 1
            g = mk['group']
            if g in KINDS:
                g = 'cut-lost-key'
            stats['groups'][g] = stats['groups'].get(g, 0) + 1
            if g not in ('routine', 'cut-lost-key'):
                stats['look'] += 1
    N = max(1, len(rows))
    red_share = stats['red'] / N
    if not 0.35 <= red_share <= 0.45:
        bad('red share %.3f outside 35-45%%' % red_share)
    if stats['kind']['suicide'] < 20:
        bad('suicide rows %d < 20' % stats['kind']['suicide'])
    if stats['kind']['uncertainty'] < 40:
        bad('uncertainty rows %d < 40' % stats['kind']['uncertainty'])
    for k in KINDS:
        if stats['kind'][k] == 0:
            bad('no rows of kind %s' % k)
    if not 0.12 <= stats['cut'] / N <= 0.18:
        bad('truncated share %.3f outside 12-18%%' % (stats['cut'] / N))
    if not 0.55 <= stats['single'] / N <= 0.65:
        bad('single-line share %.3f outside 55-65%%' % (stats['single'] / N))
    if not 0.20 <= stats['typo'] / N <= 0.30:
        bad('typo share %.3f outside 20-30%%' % (stats['typo'] / N))
    if stats['redact'] / N < 0.30:
        bad('redaction markers in only %.3f of rows' % (stats['redact'] / N))
    if stats['red'] and not 0.35 <= stats['red_vague'] / stats['red'] <= 0.55:
        bad('vague call types on %.3f of red rows (want ~45%%)' % (stats['red_vague'] / stats['red']))
    if stats['elig'] and not 0.50 <= stats['look'] / stats['elig'] <= 0.62:
        bad('look-alike share of eligible %.3f outside 50-62%%' % (stats['look'] / stats['elig']))
    look_groups = [g for g in stats['groups'] if g not in ('routine', 'cut-lost-key')]
    if len(look_groups) < 20:
        bad('only %d look-alike groups in the data' % len(look_groups))
    if len(stats['agency']) < 10:
        bad('only %d agencies' % len(stats['agency']))
    # template counts (text parse of the generator)
    src = open(gen_path, encoding='utf-8').read()
    a, b = src.index('#<TEMPLATES>'), src.index('#</TEMPLATES>')
    tcount, sec = {}, None
    for line in src[a:b].splitlines()[1:]:
        s = line.strip()
        if not s or (s.startswith('#') and not s.startswith('## ')):
            continue
        if s.startswith('## '):
            p = s[3:].split()
            sec = (p[0], p[1])
            continue
        tcount[sec] = tcount.get(sec, 0) + 1
        if sec[0] == 'red' and ('[[%s:' % sec[1]) not in s:
            bad('red template without a key of its kind: %s' % s)
    red_t = sum(v for (c, _), v in tcount.items() if c == 'red')
    elig_t = sum(v for (c, _), v in tcount.items() if c == 'elig')
    look_t = len([1 for (c, g) in tcount if c == 'elig' and g != 'routine'])
    if red_t < 350:
        bad('red templates %d < 350' % red_t)
    for k in KINDS:
        if tcount.get(('red', k), 0) < 50:
            bad('red templates of %s: %d < 50' % (k, tcount.get(('red', k), 0)))
    if elig_t < 400:
        bad('eligible templates %d < 400' % elig_t)
    if look_t < 20:
        bad('look-alike template groups %d < 20' % look_t)
    # regenerate
    for seed in ('0', '1', '999'):
        with tempfile.TemporaryDirectory() as td:
            env = dict(os.environ, PYTHONHASHSEED=seed)
            r = subprocess.run([sys.executable, gen_path, td], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
            if r.returncode != 0:
                bad('regeneration failed under PYTHONHASHSEED=%s: %s' % (seed, r.stderr.decode()[-300:]))
                continue
            for name in ('blind28.csv', 'blind28_markup.jsonl'):
                if open(os.path.join(td, name), 'rb').read() != open(os.path.join(outdir, name), 'rb').read():
                    bad('%s differs when regenerated under PYTHONHASHSEED=%s' % (name, seed))
    md_path = os.path.join(outdir, 'blind28.md')
    if os.path.exists(md_path) and md5 not in open(md_path, encoding='utf-8').read():
        bad('blind28.md does not state the current md5 %s' % md5)
    # report
    print('blind28.csv md5 %s' % md5)
    print('rows %d  red %d (%.1f%%)  eligible %d' % (len(rows), stats['red'], 100 * red_share, stats['elig']))
    print('red kinds: ' + ', '.join('%s %d' % (k, stats['kind'][k]) for k in KINDS))
    print('truncated %d (cut-lost-key %d, partially cut keys %d)  single-line %d  typo rows %d  redacted rows %d'
          % (stats['cut'], stats['cut_lost'], stats['partial_key'], stats['single'], stats['typo'], stats['redact']))
    print('red rows with vague call type %d  look-alike eligible %d / %d  groups %d'
          % (stats['red_vague'], stats['look'], stats['elig'], len(look_groups)))
    print('templates: red %d (%s), eligible %d in %d look-alike groups + routine'
          % (red_t, ', '.join('%s %d' % (k, tcount.get(('red', k), 0)) for k in KINDS), elig_t, look_t))
    print('agencies: ' + ', '.join('%s %d' % (k, stats['agency'][k]) for k in sorted(stats['agency'])))
    if problems:
        for p in problems[:50]:
            print('PROBLEM: ' + p)
        print('%d problem(s)' % len(problems))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
