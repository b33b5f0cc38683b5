#!/usr/bin/env python3
"""Independent checker for blind26. Usage: check_blind26.py OUTDIR   (exit 1 on any problem)
Shares no code with make_blind26.py: labels are re-derived from blind26_markup.jsonl and the template
source blind26_templates.txt is re-parsed here."""
import csv, hashlib, json, os, re, subprocess, sys, tempfile

KINDS = ('weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty')
HEADER = ['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split']
problems = []

def bad(msg):
    problems.append(msg)

def parse_markup(s):
    """Return plain text, key spans [(kind, start, end)], resolution spans [(start, end)]."""
    plain, keys, res = [], [], []
    i, mode, start, kind = 0, None, 0, None
    while i < len(s):
        c = s[i]
        if c == '\u27e6':
            bar = s.index('|', i)
            kind = s[i + 1:bar]
            if kind not in KINDS:
                bad('unknown kind in markup: %r' % kind)
            start, mode = len(plain), 'k'
            i = bar + 1
            continue
        if c == '\u27e7':
            keys.append((kind, start, len(plain)))
            mode = None
        elif c == '\u27ea':
            start, mode = len(plain), 'r'
        elif c == '\u27eb':
            res.append((start, len(plain)))
            mode = None
        else:
            plain.append(c)
        i += 1
    return ''.join(plain), keys, res

def letters(s):
    return len([c for c in s if c.isalnum()])

def expected(plain, keys, res, width, group):
    truncated = len(plain) > width
    cut = min(len(plain), width)
    counting, lost = [], []
    for kind, a, b in keys:
        if b <= cut:
            counting.append((kind, b, plain[a:b]))
            continue
        survived = plain[a:cut] if a < cut else ''
        total_l, surv_l = letters(plain[a:b]), letters(survived)
        if a < cut and surv_l >= 5 and total_l - surv_l <= 3:
            counting.append((kind, cut, survived))
        else:
            lost.append(kind)
    whole_res = [a for a, b in res if b <= cut]
    unresolved = [k for k in counting if not [a for a in whole_res if a >= k[1]]]
    if unresolved:
        kind, _, q = unresolved[0]
        lab, fl, rs = 'red', kind, "%s <- '%s'" % (kind, q.strip())
    elif lost:
        lab, fl, rs = 'eligible', '', 'eligible: cut-lost-key (%s)' % lost[0]
    else:
        lab, fl, rs = 'eligible', '', 'eligible: ' + group
    if truncated:
        rs += '; truncated at %d' % width
    return plain[:cut], lab, fl, rs, truncated

def check_templates(path):
    red, elig, groups = {k: 0 for k in KINDS}, 0, set()
    cls = grp = None
    texts = set()
    for ln, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        if line.startswith('## '):
            _, cls, grp = line.split()
            if cls == 'red' and grp not in KINDS:
                bad('template section with unknown kind %s' % grp)
            continue
        m = re.match(r'^([cs]) (\S+) :: (.+)$', line)
        if not m:
            bad('bad template line %d' % ln)
            continue
        body = m.group(3)
        if body in texts:
            bad('duplicate template text line %d' % ln)
        texts.add(body)
        keys = [(x.start(), x.group(1)) for x in re.finditer(r'\[\[(.+?)\]\]', body)]
        ress = [x.start() for x in re.finditer(r'\(\((.+?)\)\)', body)]
        if cls == 'red':
            red[grp] += 1
            if len(keys) != 1:
                bad('red template line %d has %d keys' % (ln, len(keys)))
            if ress:
                bad('red template line %d has a resolution' % ln)
        else:
            elig += 1
            groups.add(grp)
            for pos, inner in keys:
                if not inner.split(':', 1)[0] in KINDS:
                    bad('eligible template line %d key without kind' % ln)
                if not [r for r in ress if r > pos]:
                    bad('eligible template line %d has an alarm with no later resolution' % ln)
    if sum(red.values()) < 350:
        bad('only %d red templates' % sum(red.values()))
    for k, v in red.items():
        if v < 50:
            bad('only %d templates for %s' % (v, k))
    if elig < 400:
        bad('only %d eligible templates' % elig)
    if len(groups) < 20:
        bad('only %d eligible groups' % len(groups))
    return red, elig, groups

def main():
    out = sys.argv[1]
    csv_path = os.path.join(out, 'blind26.csv')
    raw = open(csv_path, 'rb').read()
    if b'\r\n' not in raw or raw.replace(b'\r\n', b'').count(b'\n'):
        bad('CSV line endings are not CRLF only')
    rows = list(csv.reader(open(csv_path, newline='', encoding='utf-8')))
    if rows[0] != HEADER:
        bad('header mismatch %r' % rows[0])
    rows = rows[1:]
    if len(rows) != 1000:
        bad('row count %d' % len(rows))
    marks = [json.loads(l) for l in open(os.path.join(out, 'blind26_markup.jsonl'), encoding='utf-8')]
    if len(marks) != len(rows):
        bad('markup count %d != rows %d' % (len(marks), len(rows)))
    red_t, elig_t, groups = check_templates(os.path.join(out, 'blind26_templates.txt'))
    tmpl_class = {}
    cls = grp = None
    n = 0
    for line in open(os.path.join(out, 'blind26_templates.txt'), encoding='utf-8'):
        if line.startswith('## '):
            _, cls, grp = line.split()
        elif line.strip():
            n += 1
            tmpl_class['T%03d' % n] = (cls, grp, line[0])
    widths, seen = {}, set()
    cnt = {'red': 0, 'trunc': 0, 'stt': 0, 'typo': 0, 'vague': 0}
    kinds = {k: 0 for k in KINDS}
    for i, (r, m) in enumerate(zip(rows, marks)):
        rid = 'B26-%04d' % (i + 1)
        if len(r) != 7:
            bad('%s: %d fields' % (rid, len(r)))
            continue
        if r[0] != rid or m['id'] != rid:
            bad('%s: id mismatch %s / %s' % (rid, r[0], m['id']))
        if r[6] != 'blind26':
            bad('%s: split %r' % (rid, r[6]))
        if r[3] not in ('red', 'eligible'):
            bad('%s: label %r' % (rid, r[3]))
        if (r[3] == 'red') != (r[4] in KINDS) or (r[3] == 'eligible' and r[4] != ''):
            bad('%s: flags %r inconsistent with label' % (rid, r[4]))
        if '\n' in r[2] or '\r' in r[2]:
            bad('%s: newline in narrative' % rid)
        ag, w = m['agency'], m['width']
        if widths.setdefault(ag, w) != w:
            bad('%s: agency %s has two widths' % (rid, ag))
        tc = tmpl_class.get(m['template'])
        if tc is None or tc[0] != m['template_class'] or tc[1] != m['template_group'] or \
                (tc[2] == 's') != (m['source'] == 'stt'):
            bad('%s: template metadata mismatch' % rid)
        plain, keys, res = parse_markup(m['markup'])
        if m['template_class'] == 'red' and len(keys) != 1:
            bad('%s: red template row with %d keys' % (rid, len(keys)))
        group = m['template_group'] if m['template_class'] == 'elig' else '?'
        text, lab, fl, rs, trunc = expected(plain, keys, res, w, group)
        if r[2] != text:
            bad('%s: narrative != markup text cut at width' % rid)
        if (r[3], r[4], r[5]) != (lab, fl, rs):
            bad('%s: label mismatch csv=%r derived=%r' % (rid, (r[3], r[4], r[5]), (lab, fl, rs)))
        if len(r[2]) > w:
            bad('%s: narrative longer than width %d' % (rid, w))
        if trunc and len(r[2]) != w:
            bad('%s: truncated row not exactly W long' % rid)
        if ('; truncated at %d' % w in r[5]) != trunc:
            bad('%s: truncation suffix wrong' % rid)
        if r[3] == 'red':
            q = re.match(r"^(\w+) <- '(.*)'(; truncated at \d+)?$", r[5])
            if not q or q.group(2) not in r[2]:
                bad('%s: quoted span not in narrative' % rid)
            cnt['red'] += 1
            kinds[r[4]] += 1
            if m['vague_call_type']:
                cnt['vague'] += 1
        elif not re.match(r'^eligible: [\w\-() ]+(; truncated at \d+)?$', r[5]):
            bad('%s: eligible reason format %r' % (rid, r[5]))
        cnt['trunc'] += trunc
        cnt['stt'] += m['source'] == 'stt'
        cnt['typo'] += bool(m['typos'])
        if r[2] in seen:
            bad('%s: duplicate narrative' % rid)
        seen.add(r[2])
        if not r[1].strip():
            bad('%s: empty call type' % rid)
    n = len(rows)
    if not 0.35 <= cnt['red'] / n <= 0.45:
        bad('red share %.3f' % (cnt['red'] / n))
    if kinds['suicide'] < 20:
        bad('suicide rows %d' % kinds['suicide'])
    if not 0.16 <= cnt['trunc'] / n <= 0.25:
        bad('truncated share %.3f' % (cnt['trunc'] / n))
    if not 0.30 <= cnt['stt'] / n <= 0.40:
        bad('STT share %.3f' % (cnt['stt'] / n))
    if not 0.20 <= cnt['typo'] / n <= 0.30:
        bad('typo share %.3f' % (cnt['typo'] / n))
    if not 0.33 <= cnt['vague'] / max(1, cnt['red']) <= 0.47:
        bad('vague call-type share of red %.3f' % (cnt['vague'] / cnt['red']))
    if len(widths) < 9:
        bad('only %d agencies' % len(widths))
    share = {k: v / max(1, cnt['red']) for k, v in kinds.items()}
    target = {'injury': .30, 'police_only': .22, 'violence': .18, 'weapon': .12, 'threat': .08, 'uncertainty': .07, 'suicide': .03}
    for k, t in target.items():
        if abs(share[k] - t) > 0.05:
            bad('kind %s share %.3f far from %.2f' % (k, share[k], t))
    # determinism under different hash seeds
    gen = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make_blind26.py')
    names = ['blind26.csv', 'blind26_markup.jsonl', 'blind26_templates.txt', 'blind26.md']
    ref = {nm: open(os.path.join(out, nm), 'rb').read() for nm in names}
    for hs in ('0', '1', '999'):
        with tempfile.TemporaryDirectory() as td:
            env = dict(os.environ, PYTHONHASHSEED=hs)
            p = subprocess.run(['nice', '-n', '10', sys.executable, gen, td], env=env, capture_output=True)
            if p.returncode:
                bad('generator failed under PYTHONHASHSEED=%s: %s' % (hs, p.stderr.decode()[-300:]))
                continue
            for nm in names:
                if open(os.path.join(td, nm), 'rb').read() != ref[nm]:
                    bad('%s differs when regenerated under PYTHONHASHSEED=%s' % (nm, hs))
    print('rows %d red %d (%.1f%%) truncated %d stt %d typos %d vague-red %d' % (
        n, cnt['red'], 100.0 * cnt['red'] / n, cnt['trunc'], cnt['stt'], cnt['typo'], cnt['vague']))
    print('kinds', kinds)
    print('templates: red %s, eligible %d in %d groups' % (red_t, elig_t, len(groups)))
    print('md5', hashlib.md5(raw).hexdigest())
    if problems:
        for p in problems[:60]:
            print('PROBLEM:', p)
        print('%d problem(s)' % len(problems))
        sys.exit(1)
    print('OK')

if __name__ == '__main__':
    main()
