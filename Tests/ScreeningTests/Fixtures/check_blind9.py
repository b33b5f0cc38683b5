#!/usr/bin/env python3
"""check_blind9.py - counts and invariant checks for blind9.csv; regenerates it with make_blind9.py
under several PYTHONHASHSEED values into temporary directories and compares md5s.
Exits 1 on any problem.  Standard library only.

Usage: python3 check_blind9.py [path/to/blind9.csv]
"""
import collections
import csv
import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CSV_PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'blind9.csv')
GEN = os.path.join(HERE, 'make_blind9.py')
HEADER = ['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split']
FLAGS = ['weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty']
WIDTHS = [60, 80, 100, 120, 160]
problems = []


def bad(msg):
    problems.append(msg)


def md5(path):
    with open(path, 'rb') as fh:
        return hashlib.md5(fh.read()).hexdigest()


raw = open(CSV_PATH, 'rb').read()
if b'\r' in raw:
    bad('CR characters present')
try:
    raw.decode('ascii')
except UnicodeDecodeError:
    bad('non-ASCII bytes present')
if not raw.endswith(b'\n'):
    bad('file does not end with a newline')

with open(CSV_PATH, newline='', encoding='ascii', errors='replace') as fh:
    rdr = csv.reader(fh)
    header = next(rdr)
    rows = [dict(zip(header, r)) for r in rdr]
if header != HEADER:
    bad('header mismatch: %r' % header)

# round trip: re-serialising must give the same bytes (QUOTE_MINIMAL, \n)
import io
buf = io.StringIO(newline='')
w = csv.writer(buf, quoting=csv.QUOTE_MINIMAL, lineterminator='\n')
w.writerow(header)
for r in rows:
    w.writerow([r[h] for h in HEADER])
if buf.getvalue().encode('ascii', 'replace') != raw:
    bad('file is not in canonical csv.writer QUOTE_MINIMAL form')

label_c = collections.Counter()
flag_c = collections.Counter()
trunc_c = collections.Counter()
sit_use = collections.Counter()
sit_kinds = collections.defaultdict(set)
call_types = collections.Counter()
narrs = collections.Counter()
for i, r in enumerate(rows):
    if r['id'] != 'B9-%04d' % (i + 1):
        bad('row %d: id %r' % (i + 1, r['id']))
    if r['split'] != 'blind9':
        bad('%s: split %r' % (r['id'], r['split']))
    if r['label'] not in ('red_flag', 'eligible'):
        bad('%s: label %r' % (r['id'], r['label']))
    fl = [f for f in r['flags'].split(';') if f] if r['flags'] else []
    if r['flags'] and len(fl) != len(r['flags'].split(';')):
        bad('%s: empty flag item' % r['id'])
    if any(f not in FLAGS for f in fl):
        bad('%s: unknown flag in %r' % (r['id'], r['flags']))
    if fl != [f for f in FLAGS if f in fl]:
        bad('%s: flags not in canonical order/unique: %r' % (r['id'], r['flags']))
    if (r['label'] == 'red_flag') != bool(fl):
        bad('%s: label/flags mismatch' % r['id'])
    if not r['narrative'].strip() or not r['call_type'].strip():
        bad('%s: empty narrative or call type' % r['id'])
    if '\n' in r['narrative'] or '\n' in r['reason']:
        bad('%s: embedded newline' % r['id'])
    m = re.search(r'truncated@(\d+)', r['reason'])
    if m:
        wd = int(m.group(1))
        trunc_c[wd] += 1
        if wd not in WIDTHS or len(r['narrative']) != wd:
            bad('%s: truncated@%d but narrative length %d' % (r['id'], wd, len(r['narrative'])))
    m = re.match(r'sit=(\w+);', r['reason'])
    if not m:
        bad('%s: reason lacks sit=' % r['id'])
    else:
        sit_use[m.group(1)] += 1
    # every flag must be backed by a quoted cue in the reason
    for f in fl:
        if not re.search(r'(^|; |\+)' + f + r'[+:]', r['reason']):
            bad('%s: flag %s has no cue in reason' % (r['id'], f))
    label_c[r['label']] += 1
    for f in fl:
        flag_c[f] += 1
    call_types[r['call_type']] += 1
    narrs[r['narrative']] += 1

n = len(rows)
print('rows: %d' % n)
for lab in ('red_flag', 'eligible'):
    print('  %-9s %4d  (%.1f%%)' % (lab, label_c[lab], 100.0 * label_c[lab] / max(n, 1)))
print('flags:')
for f in FLAGS:
    print('  %-12s %4d' % (f, flag_c[f]))
print('truncated rows by width: %s  total %d (%.1f%%)' % (
    ', '.join('%d:%d' % (wd, trunc_c[wd]) for wd in WIDTHS), sum(trunc_c.values()),
    100.0 * sum(trunc_c.values()) / max(n, 1)))
print('distinct call types: %d' % len(call_types))

if n != 1000:
    bad('expected 1000 rows, got %d' % n)
red_share = label_c['red_flag'] / max(n, 1)
if not 0.37 <= red_share <= 0.43:
    bad('red share %.3f outside 0.37-0.43' % red_share)
for f in FLAGS:
    if flag_c[f] < 75:
        bad('flag %s has only %d rows (<75)' % (f, flag_c[f]))
if not 0.17 <= sum(trunc_c.values()) / max(n, 1) <= 0.23:
    bad('truncated share out of range')
dups = [t for t, c in narrs.items() if c > 1]
if dups:
    bad('%d duplicated narratives' % len(dups))

# situations: each used at most twice; distinct counts per kind
over = [s for s, c in sit_use.items() if c > 2]
if over:
    bad('situations used more than twice: %s' % over[:5])
red_sits = collections.Counter(s[1] for s in sit_use if s.startswith('R'))
ben_sits = sum(1 for s in sit_use if s.startswith('E'))
print('distinct red situations: %d  by primary kind: %s' % (
    sum(red_sits.values()), ', '.join('%s:%d' % (k, red_sits[k]) for k in 'WVTISPU')))
print('distinct benign situations: %d' % ben_sits)
if sum(red_sits.values()) < 350 or min(red_sits[k] for k in 'WVTISPU') < 45:
    bad('too few distinct red situations')
if ben_sits < 350:
    bad('too few distinct benign situations')

# diagnostics that matter for leakage
elig = [r for r in rows if r['label'] == 'eligible']
red = [r for r in rows if r['label'] == 'red_flag']
look = sum(1 for r in elig if 'sit=EL' in r['reason'])
print('eligible look-alike rows: %d (%.1f%% of eligible)' % (look, 100.0 * look / max(len(elig), 1)))
lost = sum(1 for r in elig if r['reason'].startswith('sit=R'))
print('red situations made eligible by truncation: %d' % lost)

spec = importlib.util.spec_from_file_location('make_blind9', GEN)
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)
mild_names = set(gen.CALL_TYPES[c][i] for c in gen.MILD_CATS for i in range(6))
alarm_names = set(gen.CALL_TYPES[c][i] for c in gen.ALARM_CATS for i in range(6))
amb = sorted(mild_names & alarm_names)
if amb:
    bad('call type names both mild and alarming: %s' % amb)
red_mild = sum(1 for r in red if r['call_type'] in mild_names)
elig_alarm = sum(1 for r in elig if r['call_type'] in alarm_names)
print('red rows with mild call types: %d (%.1f%%); eligible rows with alarming call types: %d (%.1f%%)' % (
    red_mild, 100.0 * red_mild / max(len(red), 1), elig_alarm, 100.0 * elig_alarm / max(len(elig), 1)))
by_ct = collections.defaultdict(collections.Counter)
for r in rows:
    by_ct[r['call_type']][r['label']] += 1
acc = sum(max(c.values()) for c in by_ct.values()) / max(n, 1)
acc2 = sum(1 for r in rows if (r['call_type'] in alarm_names) == (r['label'] == 'red_flag')) / max(n, 1)
print('call type alone -> label: per-type majority accuracy %.3f (in-sample); mild/alarming rule accuracy %.3f' % (
    acc, acc2))

NEG = re.compile(r"\b(no|not|none|never|denies|denied|declined|disregard|cx'?d|cx|resolved|unfounded|"
                 r"turned out|turned up|fine|ok|okay|was a|is a|already|from last|years? ago|last (week|month|year))\b",
                 re.I)
neg_red = sum(1 for r in red if NEG.search(r['narrative'])) / max(len(red), 1)
neg_el = sum(1 for r in elig if NEG.search(r['narrative'])) / max(len(elig), 1)
print('rows with a negation/resolution marker: red %.1f%%, eligible %.1f%%' % (100 * neg_red, 100 * neg_el))
mis_red = sum(1 for r in red if 'misspelled=' in r['reason']) / max(len(red), 1)
mis_el = sum(1 for r in elig if 'misspelled=' in r['reason']) / max(len(elig), 1)
print('rows with misspellings: red %.1f%%, eligible %.1f%%' % (100 * mis_red, 100 * mis_el))
ln = lambda rs: sum(len(r['narrative']) for r in rs) / max(len(rs), 1)
print('mean narrative length: red %.1f, eligible %.1f' % (ln(red), ln(elig)))
up = lambda rs: sum(1 for r in rs if r['narrative'] == r['narrative'].upper()) / max(len(rs), 1)
print('all-caps rows: red %.1f%%, eligible %.1f%%' % (100 * up(red), 100 * up(elig)))

# determinism: regenerate under several hash seeds, compare md5s
ref = md5(CSV_PATH)
print('md5 %s' % ref)
for hs in ('0', '1', '999'):
    tmp = tempfile.mkdtemp(prefix='blind9chk')
    try:
        env = dict(os.environ, PYTHONHASHSEED=hs)
        subprocess.run([sys.executable, GEN, tmp], check=True, env=env, stdout=subprocess.DEVNULL)
        got = md5(os.path.join(tmp, 'blind9.csv'))
        print('regen PYTHONHASHSEED=%s md5 %s %s' % (hs, got, 'OK' if got == ref else 'MISMATCH'))
        if got != ref:
            bad('regeneration with PYTHONHASHSEED=%s differs' % hs)
    except subprocess.CalledProcessError as e:
        bad('generator failed: %s' % e)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

if problems:
    print('PROBLEMS (%d):' % len(problems))
    for p in problems[:50]:
        print('  ' + p)
    sys.exit(1)
print('all checks passed')
