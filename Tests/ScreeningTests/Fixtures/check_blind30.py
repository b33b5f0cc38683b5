#!/usr/bin/env python3
"""Independent checker for the blind30 set.  usage: python3 check_blind30.py OUTDIR

Imports nothing from the generator.  Re-derives every label / flag / reason from the
per-row markup file, checks format, shares, the width rule, templates, duplicates, and
regenerates the set under three PYTHONHASHSEED values comparing bytes.  Exit 0 = OK.
"""
import csv
import io
import os
import subprocess
import sys
import tempfile
from collections import Counter

NAME = 'blind30'
PFX = 'B30'
SPLIT = 'blind30'
WIDTH = 200
N = 1000
KINDS = ('injury', 'police_only', 'violence', 'weapon', 'threat', 'suicide', 'uncertainty')
HEADER = ['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split']
# checker's own list of vague / misleading call types for a red call
VAGUE_TYPES = {'WELF CHK', 'SUSP PERS', 'SUSP VEH', 'SUSP CIRC', 'ASSIST CIT', '911 HANGUP',
               '911 OPEN LINE', 'INFO', '415N NOISE', 'PARKING', 'CIVIL', 'FOUND PROP', 'LOST PROP',
               'ANIMAL', 'LOCKOUT', 'TRAFFIC HAZ', 'LOUD PARTY', 'FIREWORKS', '653M HARASS CALLS',
               'ABAN VEH', 'LIFT ASSIST', 'JUV DIST'}
KNOWN_SLOTS = {'addr', 'street', 'xst', 'apt', 'place', 'park', 'store', 'biz', 'school', 'bridge',
               'rel', 'partner', 'm', 'f', 'cloth', 'veh', 'plate', 'age', 'kage', 'tage', 'oage', 'n',
               'mins', 'unit', 'medic', 'phone', 'code', 'dog', 'beat'}

errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ markup scanner
def scan(marked):
    """Return (plain, tags) where tags = list of (typ, kind, start, end) in plain coords."""
    plain = []
    tags = []
    i = 0
    n = len(marked)
    pos = 0
    while i < n:
        c = marked[i]
        if c == '<':
            close = marked.find('>', i)
            if close < 0:
                raise ValueError('unclosed tag')
            body = marked[i + 1:close]
            if '<' in body:
                raise ValueError('nested tag')
            bar = body.find('|')
            if bar < 0:
                raise ValueError('tag without |')
            head, text = body[:bar], body[bar + 1:]
            if head == 'R':
                typ, kind = 'R', ''
            elif head[:2] in ('K:', 'A:'):
                typ, kind = head[0], head[2:]
                if kind not in KINDS:
                    raise ValueError('bad kind ' + kind)
            else:
                raise ValueError('bad tag head ' + head)
            if not text:
                raise ValueError('empty tag')
            tags.append((typ, kind, pos, pos + len(text)))
            plain.append(text)
            pos += len(text)
            i = close + 1
        elif c == '>':
            raise ValueError('stray >')
        else:
            plain.append(c)
            pos += 1
            i += 1
    return ''.join(plain), tags


def letters(s):
    return len([c for c in s if ('a' <= c.lower() <= 'z') or ('0' <= c <= '9')])


def derive(marked, group):
    """Apply the cut and the labelling rule. Returns dict."""
    plain, tags = scan(marked)
    cut = len(plain) > WIDTH
    narrative = plain[:WIDTH] if cut else plain
    resolutions = [t for t in tags if t[0] == 'R']
    every_res_whole = True
    for t in resolutions:
        if t[3] > WIDTH:
            every_res_whole = False

    def kept(t):
        s, e = t[2], t[3]
        if e <= WIDTH:
            return True
        if s >= WIDTH:
            return False
        return letters(plain[s:WIDTH]) >= 5 and letters(plain[WIDTH:e]) <= 3

    alive = []
    lost = []
    for t in tags:
        typ, kind, s, e = t
        if typ == 'R':
            continue
        followers = [r for r in resolutions if r[2] >= e]
        if typ == 'K':
            if kept(t):
                alive.append(t)
            else:
                lost.append(t)
            continue
        # alarm
        if kept(t):
            if followers and every_res_whole:
                continue
            alive.append(t)
        else:
            if not followers:
                lost.append(t)
    tail = ('; truncated at %d' % WIDTH) if cut else ''
    out = {'plain': plain, 'narrative': narrative, 'cut': cut, 'tags': tags}
    if alive:
        alive.sort(key=lambda t: t[2])
        d = alive[0]
        span = plain[d[2]:min(d[3], WIDTH)]
        out.update(label='red', flags=d[1], reason="%s <- '%s'%s" % (d[1], span, tail), span=span,
                   dec=d)
    else:
        if lost:
            lost.sort(key=lambda t: t[2])
            r = 'eligible: cut-lost-key (%s)%s' % (lost[0][1], tail)
        else:
            if group in ('-', ''):
                raise ValueError('eligible row without a group')
            r = 'eligible: %s%s' % (group, tail)
        out.update(label='eligible', flags='', reason=r, span=None, dec=None, lost=bool(lost))
    out['res_cut'] = not every_res_whole
    return out


# ------------------------------------------------------------------ templates
def check_templates(path):
    groups = {}
    counts = Counter()
    n_lines = 0
    with open(path, encoding='utf-8') as fh:
        for raw in fh:
            line = raw.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            if line.startswith('%GROUP'):
                parts = line.split()
                groups[parts[1]] = parts[2]
                continue
            n_lines += 1
            f = line.split(' :: ')
            if len(f) != 5:
                err('template: bad field count: ' + line[:60])
                continue
            kind, group, ctypes, opts, text = f
            counts[kind] += 1
            # slots
            j = 0
            body = ''
            while j < len(text):
                if text[j] == '{':
                    k = text.find('}', j)
                    name = text[j + 1:k]
                    if name not in KNOWN_SLOTS:
                        err('template: unknown slot %s in %s' % (name, text[:50]))
                    body += 'X'
                    j = k + 1
                elif text[j] == '}':
                    err('template: stray } in ' + text[:50])
                    j += 1
                else:
                    body += text[j]
                    j += 1
            try:
                plain, tags = scan(body)
            except ValueError as e:
                err('template: %s in %s' % (e, text[:60]))
                continue
            o = {}
            if opts != '-':
                for kv in opts.split(','):
                    a, b = kv.split('=')
                    o[a] = b
            if kind in KINDS:
                # leftmost live key in the uncut template must be of the template kind
                live = []
                for t in tags:
                    if t[0] == 'K':
                        live.append(t)
                    elif t[0] == 'A' and not [r for r in tags if r[0] == 'R' and r[2] >= t[3]]:
                        live.append(t)
                if not live:
                    err('template: red template without live key: ' + text[:60])
                elif sorted(live, key=lambda t: t[2])[0][1] != kind:
                    err('template: leftmost key kind != %s: %s' % (kind, text[:60]))
                if 'alarm' in o and ([t for t in tags if t[0] != 'A']):
                    err('template: alarm template must hold only alarms: ' + text[:60])
                if not ctypes or ctypes == '-':
                    err('template: red template without call type')
            elif kind == 'eligible':
                if group not in groups:
                    err('template: unknown group %s' % group)
                for t in tags:
                    if t[0] == 'K':
                        err('template: eligible template with a red key: ' + text[:60])
                    if t[0] == 'A' and not [r for r in tags if r[0] == 'R' and r[2] >= t[3]]:
                        err('template: eligible template with unresolved alarm: ' + text[:60])
            elif kind in ('update', 'admin'):
                pass
            else:
                err('template: unknown kind ' + kind)
    nred = sum(counts[k] for k in KINDS)
    ntpl = nred + counts['eligible']
    if ntpl < 800:
        err('templates: only %d row templates (< 800)' % ntpl)
    if nred < 350:
        err('templates: only %d red templates (< 350)' % nred)
    for k in KINDS:
        if counts[k] < 50:
            err('templates: kind %s has %d templates (< 50)' % (k, counts[k]))
    if counts['eligible'] < 400:
        err('templates: only %d eligible templates (< 400)' % counts['eligible'])
    if sum(1 for g in groups if groups[g] == 'LA') < 20:
        err('templates: fewer than 20 look-alike groups')
    return groups, counts


# ------------------------------------------------------------------ main checks
def share_ok(name, value, lo, hi):
    if not (lo <= value <= hi):
        err('%s = %.3f outside [%.3f, %.3f]' % (name, value, lo, hi))


def main():
    if len(sys.argv) != 2:
        print('usage: check_blind30.py OUTDIR')
        return 2
    d = sys.argv[1]
    csv_path = os.path.join(d, NAME + '.csv')
    mk_path = os.path.join(d, NAME + '_markup.tsv')
    tpl_path = os.path.join(d, NAME + '_templates.txt')
    for p in (csv_path, mk_path, tpl_path, os.path.join(d, 'make_%s.py' % NAME), os.path.join(d, NAME + '.md')):
        if not os.path.exists(p):
            err('missing file ' + p)
    if errors:
        return report()
    groups, tcounts = check_templates(tpl_path)

    raw = open(csv_path, 'rb').read()
    try:
        txt = raw.decode('ascii')
    except UnicodeDecodeError:
        err('csv is not ASCII')
        txt = raw.decode('utf-8')
    if not txt.endswith('\r\n'):
        err('csv does not end with CRLF')
    if '\n' in txt.replace('\r\n', ''):
        err('bare LF inside csv')
    if '\r' in txt.replace('\r\n', ''):
        err('bare CR inside csv')
    rows = list(csv.reader(io.StringIO(txt, newline='')))
    if rows[0] != HEADER:
        err('bad header %r' % rows[0])
    rows = rows[1:]
    if len(rows) != N:
        err('row count %d != %d' % (len(rows), N))
    mk = open(mk_path, encoding='utf-8').read().split('\n')
    if mk[-1] == '':
        mk = mk[:-1]
    mhead = mk[0].split('\t')
    mrows = [dict(zip(mhead, ln.split('\t'))) for ln in mk[1:]]
    if len(mrows) != len(rows):
        err('markup rows %d != csv rows %d' % (len(mrows), len(rows)))

    red_kinds = Counter()
    vague = 0
    n_red = 0
    el_groups = Counter()
    la_rows = 0
    n_el = 0
    n_cut = 0
    n_upd = 0
    n_typo = 0
    n_span_typo = 0
    modes = Counter()
    seen = {}
    la_seen = set()
    for i, (r, m) in enumerate(zip(rows, mrows)):
        rid = '%s-%04d' % (PFX, i + 1)
        if len(r) != 7:
            err('%s: %d fields' % (rid, len(r)))
            continue
        cid, ctype, narr, label, flags, reason, split = r
        if cid != rid or m.get('id') != rid:
            err('%s: id mismatch (%s / %s)' % (rid, cid, m.get('id')))
        if split != SPLIT:
            err('%s: split %s' % (rid, split))
        if ctype != m.get('call_type'):
            err('%s: call type differs from markup' % rid)
        if not ctype.strip():
            err('%s: empty call type' % rid)
        for ch in '\r\n':
            if ch in narr:
                err('%s: newline in narrative' % rid)
        try:
            dv = derive(m['marked_narrative'], m['group'])
        except ValueError as e:
            err('%s: markup error %s' % (rid, e))
            continue
        if dv['narrative'] != narr:
            err('%s: narrative differs from markup-derived text' % rid)
        if len(narr) > WIDTH:
            err('%s: narrative longer than W' % rid)
        if dv['cut'] and len(narr) != WIDTH:
            err('%s: truncated narrative not exactly W' % rid)
        if label != dv['label'] or flags != dv['flags'] or reason != dv['reason']:
            err('%s: label/flags/reason mismatch: csv=(%s,%s,%s) derived=(%s,%s,%s)'
                % (rid, label, flags, reason, dv['label'], dv['flags'], dv['reason']))
        if label == 'red':
            if flags not in KINDS:
                err('%s: bad flag %s' % (rid, flags))
            q1 = reason.find("'")
            q2 = reason.rfind("'")
            span = reason[q1 + 1:q2]
            if not reason.startswith(flags + " <- '") or span not in narr or not span.strip():
                err('%s: reason span not in narrative' % rid)
            n_red += 1
            red_kinds[flags] += 1
            if ctype in VAGUE_TYPES:
                vague += 1
        elif label == 'eligible':
            if flags != '':
                err('%s: eligible row with flags' % rid)
            if not reason.startswith('eligible: '):
                err('%s: bad eligible reason' % rid)
            n_el += 1
            g = reason[len('eligible: '):].split('; truncated')[0]
            el_groups[g] += 1
            if groups.get(g) == 'LA':
                la_rows += 1
                la_seen.add(g)
        else:
            err('%s: bad label %s' % (rid, label))
        if dv['cut']:
            n_cut += 1
            if not reason.endswith('; truncated at %d' % WIDTH):
                err('%s: truncated but reason lacks suffix' % rid)
        elif 'truncated' in reason:
            err('%s: reason says truncated but row is not' % rid)
        key = narr
        if key in seen:
            err('%s: duplicate narrative of %s' % (rid, seen[key]))
        seen[key] = rid
        if m['update'] != 'none':
            n_upd += 1
        modes[m['mode']] += 1
        if m['typos']:
            n_typo += 1
            items = m['typos'].split(',')
            if len(items) > 2:
                err('%s: more than 2 typos' % rid)
            plain, tags = dv['plain'], dv['tags']
            for it in items:
                word, where = it.split('>')[1].split('@')
                if word not in plain:
                    err('%s: typo word %s not in narrative' % (rid, word))
                if where == 'span':
                    n_span_typo += 1
                    if not any(word in plain[t[2]:t[3]] for t in tags if t[0] in 'KA'):
                        err('%s: span typo %s not inside a key' % (rid, word))
        for bad in '<>{}':
            if bad in narr:
                err('%s: markup character %r leaked into narrative' % (rid, bad))

    # shares
    share_ok('red share', n_red / float(N), 0.35, 0.45)
    if n_red:
        share_ok('injury share of red', red_kinds['injury'] / float(n_red), 0.25, 0.35)
        share_ok('police_only share of red', red_kinds['police_only'] / float(n_red), 0.17, 0.27)
        share_ok('violence share of red', red_kinds['violence'] / float(n_red), 0.11, 0.19)
        share_ok('weapon share of red', red_kinds['weapon'] / float(n_red), 0.05, 0.11)
        share_ok('threat share of red', red_kinds['threat'] / float(n_red), 0.05, 0.11)
        share_ok('vague call type share of red', vague / float(n_red), 0.38, 0.52)
    if red_kinds['uncertainty'] < 40:
        err('uncertainty rows %d < 40' % red_kinds['uncertainty'])
    if red_kinds['suicide'] < 20:
        err('suicide rows %d < 20' % red_kinds['suicide'])
    share_ok('look-alike share of eligible', la_rows / float(max(n_el, 1)), 0.40, 0.62)
    if len(la_seen) < 20:
        err('only %d look-alike groups present in rows' % len(la_seen))
    share_ok('truncated share', n_cut / float(N), 0.12, 0.18)
    share_ok('update share', n_upd / float(N), 0.20, 0.30)
    share_ok('typo share', n_typo / float(N), 0.20, 0.30)
    share_ok('in-span share of typo rows', n_span_typo / float(max(n_typo, 1)), 0.15, 0.35)
    cutlost = sum(v for g, v in el_groups.items() if g.startswith('cut-lost-key'))
    if cutlost < 5:
        err('too few cut-lost-key rows: %d' % cutlost)
    for mname in ('partial', 'reslost', 'cutlost', 'safe'):
        if modes[mname] < 3:
            err('too few rows in cut mode %s' % mname)

    # regeneration
    gen = os.path.join(d, 'make_%s.py' % NAME)
    ref = {f: open(os.path.join(d, f), 'rb').read() for f in (NAME + '.csv', NAME + '_markup.tsv', NAME + '.md')}
    for seed in ('0', '1', '999'):
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ)
            env['PYTHONHASHSEED'] = seed
            p = subprocess.run([sys.executable, gen, tmp], env=env, capture_output=True)
            if p.returncode != 0:
                err('regeneration failed under PYTHONHASHSEED=%s: %s' % (seed, p.stderr.decode()[-300:]))
                continue
            for f, data in ref.items():
                if open(os.path.join(tmp, f), 'rb').read() != data:
                    err('regenerated %s differs under PYTHONHASHSEED=%s' % (f, seed))

    print('rows %d  red %d (%.1f%%)  eligible %d' % (len(rows), n_red, 100.0 * n_red / N, n_el))
    print('red kinds: ' + ', '.join('%s %d' % (k, red_kinds[k]) for k in KINDS))
    print('vague call types on red: %d (%.1f%%)' % (vague, 100.0 * vague / max(n_red, 1)))
    print('look-alike eligible: %d (%.1f%%) in %d groups' % (la_rows, 100.0 * la_rows / max(n_el, 1), len(la_seen)))
    print('truncated %d, updates %d, typo rows %d (in-span %d), modes %s'
          % (n_cut, n_upd, n_typo, n_span_typo, dict(sorted(modes.items()))))
    print('templates: ' + ', '.join('%s %d' % (k, tcounts[k]) for k in sorted(tcounts)))
    return report()


def report():
    if errors:
        for e in errors[:60]:
            print('ERROR:', e)
        print('FAILED with %d error(s)' % len(errors))
        return 1
    print('OK')
    return 0


if __name__ == '__main__':
    sys.exit(main())
