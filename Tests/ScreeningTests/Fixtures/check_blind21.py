#!/usr/bin/env python3
"""check_blind21.py - independent checker for blind21.csv.

Re-derives narrative, label, flags and reason for every row from the marked-up source rows
(blind21_source.jsonl) with its own markup parser and its own truncation/survival rule, verifies counts,
widths and truncation constraints, and regenerates the set under PYTHONHASHSEED=0,1,999 to compare bytes.
Does not import the generator. Exit 1 on any problem.

Usage: python3 check_blind21.py [DIR]   (default: directory of this script)
"""
import collections, csv, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
D = sys.argv[1] if len(sys.argv) > 1 else HERE
KINDS = ('weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty')
LETTER = dict(w='weapon', v='violence', t='threat', i='injury', s='suicide', p='police_only', u='uncertainty')
HEADER = ['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split']
problems = []

def bad(msg):
    problems.append(msg)

# --- own parser: walk the string character by character
def parse(marked):
    plain = []
    spans = []
    open_ = None
    i = 0
    n = len(marked)
    while i < n:
        two = marked[i:i + 2]
        if two in ('[[', '<<') and i + 3 < n and marked[i + 3] == ':' and marked[i + 2].lower() in LETTER:
            if open_:
                raise ValueError('nested markup')
            open_ = ('key' if two == '[[' else 'alarm', LETTER[marked[i + 2].lower()], len(plain))
            i += 4
            continue
        if two == '((':
            if open_:
                raise ValueError('nested markup')
            open_ = ('res', '', len(plain)); i += 2; continue
        if marked[i] == '{':
            if open_:
                raise ValueError('nested markup')
            open_ = ('decoy', '', len(plain)); i += 1; continue
        closer = {']]': 'key', '>>': 'alarm', '))': 'res'}.get(two)
        if closer:
            if not open_ or open_[0] != closer:
                raise ValueError('bad close ' + two)
            spans.append((open_[0], open_[1], open_[2], len(plain))); open_ = None; i += 2; continue
        if marked[i] == '}':
            if not open_ or open_[0] != 'decoy':
                raise ValueError('bad close }')
            spans.append(('decoy', '', open_[2], len(plain))); open_ = None; i += 1; continue
        plain.append(marked[i]); i += 1
    if open_:
        raise ValueError('unclosed markup')
    return ''.join(plain), spans

def alnum(s):
    return len([c for c in s if c.isalnum()])

def kept(text, s, e, W):
    if W >= e:
        return True
    if W <= s:
        return False
    key = text[s:e]
    if len(key.split()) > 1:
        return False
    total = alnum(key)
    return total > 5 and alnum(key[:W - s]) >= max(5, total - 3)

def expected(plain, spans, W, source, trunc):
    hits = []
    for idx, (typ, kind, s, e) in enumerate(spans):
        if typ not in ('key', 'alarm') or not kept(plain, s, e, W):
            continue
        if typ == 'alarm':
            later = [sp for sp in spans[idx + 1:] if sp[0] == 'res']
            if later and later[0][3] <= W:
                continue          # resolution kept whole -> resolved
        hits.append((kind, s, e))
    if hits:
        flags = [k for k in KINDS if k in [h[0] for h in hits]]
        ev = []
        for k in flags:
            h = min([h for h in hits if h[0] == k], key=lambda x: x[1])
            ev.append(k + " <- '" + plain[h[1]:min(h[2], W)] + "'")
        reason = '; '.join(ev)
        label = 'red'
    else:
        flags = []
        if source == 'red':
            first = min([sp for sp in spans if sp[0] in ('key', 'alarm')], key=lambda x: x[2])
            reason = 'eligible: cut-lost-key (' + first[1] + ')'
        else:
            reason = 'eligible: ' + source
        label = 'eligible'
    if trunc:
        reason += '; truncated at ' + str(W)
    return label, ';'.join(flags), reason

def cut_class(plain, spans, W):
    for typ, kind, s, e in spans:
        if s < W < e:
            return {'res': 'inside-resolution', 'decoy': 'inside-negation/decoy'}.get(typ, 'inside-key')
    keys = [sp for sp in spans if sp[0] in ('key', 'alarm')] or [sp for sp in spans if sp[0] == 'decoy']
    if keys and W <= keys[0][2]:
        return 'before-key'
    return 'after-key'

csv_path = os.path.join(D, 'blind21.csv')
src_path = os.path.join(D, 'blind21_source.jsonl')
with open(csv_path, encoding='utf-8', newline='') as f:
    rdr = csv.reader(f)
    head = next(rdr)
    rows = list(rdr)
if head != HEADER:
    bad('header %r' % head)
src = [json.loads(l) for l in open(src_path, encoding='utf-8')]
if len(rows) != 1000:
    bad('row count %d' % len(rows))
if len(src) != len(rows):
    bad('source rows %d != csv rows %d' % (len(src), len(rows)))

per_kind = collections.Counter()
labels = collections.Counter()
cuts = collections.Counter()
agency_w = {}
trunc_n = typo_n = typo_key = 0
tmpl = collections.defaultdict(set)
groups = set()
lost = 0
for i, (row, s) in enumerate(zip(rows, src)):
    rid = 'B21-%04d' % (i + 1)
    if len(row) != 7:
        bad('%s: %d fields' % (rid, len(row))); continue
    r = dict(zip(HEADER, row))
    if r['id'] != rid or s['id'] != rid:
        bad('%s: id mismatch %s/%s' % (rid, r['id'], s['id']))
    if r['split'] != 'blind21':
        bad(rid + ': split')
    W = s['W']
    if not 64 <= W <= 160:
        bad(rid + ': W out of range')
    if agency_w.setdefault(s['agency'], W) != W:
        bad(rid + ': agency W inconsistent')
    try:
        plain, spans = parse(s['marked'])
    except ValueError as ex:
        bad('%s: markup %s' % (rid, ex)); continue
    trunc = bool(s['truncated'])
    cut = W if trunc else len(plain)
    narr = plain[:cut]
    if narr != r['narrative']:
        bad(rid + ': narrative differs from re-derived text')
    if re.search(r'\[\[|\]\]|<<|>>|\(\(|\)\)|[{}%]', r['narrative']):
        bad(rid + ': markup residue')
    if len(r['narrative']) > W:
        bad(rid + ': narrative longer than W')
    if trunc:
        trunc_n += 1
        if len(plain) <= W:
            bad(rid + ': truncated row not longer than W')
        if len(r['narrative']) != W:
            bad(rid + ': truncated row not cut exactly at W')
        if plain[W - 1] == ' ':
            bad(rid + ': cut right after a space')
        if W - s['body_start'] < 8:
            bad(rid + ': fewer than 8 body characters kept')
        cuts[cut_class(plain, spans, W)] += 1
    exp = expected(plain, spans, cut, s['source'], trunc)
    got = (r['label'], r['flags'], r['reason'])
    if exp != got:
        bad('%s: expected %r got %r' % (rid, exp, got))
    if s['source'] == 'red':
        if not [sp for sp in spans if sp[0] == 'key']:
            bad(rid + ': red source without key')
        if not trunc and r['label'] != 'red':
            bad(rid + ': untruncated red source not red')
        tmpl['red:' + s['template'].split('-')[1]].add(s['template'])
        if r['label'] == 'eligible':
            lost += 1
    else:
        if [sp for sp in spans if sp[0] == 'key']:
            bad(rid + ': eligible source with decisive key')
        if not trunc and r['label'] != 'eligible':
            bad(rid + ': untruncated eligible source not eligible')
        groups.add(s['source'])
        tmpl['eligible'].add(s['template'])
    labels[r['label']] += 1
    for k in r['flags'].split(';'):
        if k:
            if k not in KINDS:
                bad(rid + ': unknown flag ' + k)
            per_kind[k] += 1
    if (r['label'] == 'red') != bool(r['flags']):
        bad(rid + ': label/flags inconsistent')
    if s.get('typo'):
        typo_n += 1
        typo_key += s['typo']['aimed'] == 'key'

red_tmpl = sum(len(v) for k, v in tmpl.items() if k.startswith('red:'))
if trunc_n != 200:
    bad('truncated rows %d != 200' % trunc_n)
if not 0.35 <= labels['red'] / 1000 <= 0.45:
    bad('red share %.3f' % (labels['red'] / 1000))
if len(agency_w) != 10:
    bad('agencies %d' % len(agency_w))
if red_tmpl < 350:
    bad('red templates used %d < 350' % red_tmpl)
for k in KINDS:
    if len(tmpl.get('red:' + k, ())) < 45:
        bad('red templates for %s: %d' % (k, len(tmpl.get('red:' + k, ()))))
if len(tmpl['eligible']) < 400:
    bad('eligible templates used %d < 400' % len(tmpl['eligible']))
if len(groups) < 20:
    bad('eligible groups %d < 20' % len(groups))
if not 0.25 <= typo_n / 1000 <= 0.35:
    bad('typo share %.3f' % (typo_n / 1000))
for c in ('after-key', 'before-key', 'inside-key', 'inside-negation/decoy', 'inside-resolution'):
    if cuts[c] < 20:
        bad('cut class %s only %d' % (c, cuts[c]))

# --- determinism
orig = open(csv_path, 'rb').read()
gen = os.path.join(HERE, 'make_blind21.py')
for seed in ('0', '1', '999'):
    with tempfile.TemporaryDirectory() as td:
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, gen, td], check=True, env=env)
        if open(os.path.join(td, 'blind21.csv'), 'rb').read() != orig:
            bad('regeneration under PYTHONHASHSEED=%s differs' % seed)
        if open(os.path.join(td, 'blind21_source.jsonl'), 'rb').read() != open(src_path, 'rb').read():
            bad('source regeneration under PYTHONHASHSEED=%s differs' % seed)

print('rows %d  red %d  eligible %d  truncated %d  (red->eligible by cut %d)' %
      (len(rows), labels['red'], labels['eligible'], trunc_n, lost))
print('per kind: ' + ', '.join('%s=%d' % (k, per_kind[k]) for k in KINDS))
print('cut positions: ' + ', '.join('%s=%d' % kv for kv in sorted(cuts.items())))
print('templates used: red %d (%s), eligible %d in %d groups' %
      (red_tmpl, ', '.join('%s=%d' % (k, len(tmpl.get('red:' + k, ()))) for k in KINDS), len(tmpl['eligible']), len(groups)))
print('typos %d (aimed at key %d); agencies/W: %s' % (typo_n, typo_key, ', '.join('%s=%d' % kv for kv in sorted(agency_w.items()))))
if problems:
    print('PROBLEMS (%d):' % len(problems))
    for p in problems[:50]:
        print('  ' + p)
    sys.exit(1)
print('OK')
