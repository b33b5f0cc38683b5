#!/usr/bin/env python3
"""check_blind31.py OUTDIR -- independent checker for the blind31 set.

Imports nothing from make_blind31.py.  Re-derives every label, flag and reason from the per-row
markup (blind31_markup.tsv) with its own implementation of the labelling rule, checks the CSV
format, ids, split, counts, shares, the width rule, reason spans, the template counts and
duplicates, and regenerates the set under PYTHONHASHSEED=0, 1 and 999 in temp dirs, comparing
bytes.  Exit 0 = OK.
"""
import csv
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile

NAME = 'blind31'
PREFIX = 'B31'
SPLIT = 'blind31'
WIDTH = 100
ROWS = 1000
HEADER = 'id,call_type,narrative,label,flags,reason,split'
KIND_SET = ('weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty')
# Call types that name the red kind (the checker's own list).  A red row whose call type is
# not in the set for its kind counts as carrying a vague or misleading call type.
SPECIFIC_CT = {
    'injury': {'FARM ACCIDENT', 'INJ', 'FALL', 'HUNTING ACCIDENT', '10-50 PI', 'WATER RESCUE',
               'MED ASSIST', 'OD', 'UNCONSCIOUS', 'UNCON', 'SEIZURE', 'DIABETIC', 'CARDIAC', 'STROKE',
               'ALLERGIC', 'BREATHING', 'HEAT', 'OB', 'BURN', 'DOG BITE', 'POISONING'},
    'police_only': {'BURGLARY', 'PROWLER', 'THEFT', 'VANDALISM', 'INDECENT EXPOSURE', 'STOLEN VEH',
                    'RECKLESS DRIVER', 'DUI', 'CHILD WELFARE', 'MISSING PERSON', 'DOMESTIC',
                    'RETAIL THEFT', 'HIT AND RUN', 'CUSTODY', 'SUSP PERSON', 'RUNAWAY', 'ROBBERY'},
    'violence': {'DOMESTIC', 'DISTURBANCE', 'FIGHT', 'BATTERY', 'CHILD ABUSE', 'ELDER ABUSE'},
    'weapon': {'WEAPONS', 'DOMESTIC', 'ROAD RAGE', 'BATTERY', 'SHOTS FIRED', 'FIGHT'},
    'threat': {'THREATS', 'DOMESTIC', 'ORDER VIOLATION', 'STALKING', 'BOMB THREAT', 'HARASSMENT'},
    'suicide': {'SUICIDAL', 'OD', 'POISONING', 'INJ', 'MENTAL'},
    'uncertainty': {'OPEN LINE', 'DISTURBANCE', 'DUTY TO WARN', 'SHOTS FIRED', 'TEXT TO 911',
                    'MISSING PERSON', '911 ABAN', 'UNK PROBLEM'},
}

errors = []
notes = []


def err(msg):
    errors.append(msg)


def rng_check(label, value, lo, hi):
    ok = lo <= value <= hi
    notes.append('%-44s %8s   [%s .. %s] %s' % (label, value if isinstance(value, int) else '%.3f' % value,
                                               lo, hi, 'ok' if ok else 'FAIL'))
    if not ok:
        err('%s = %s outside [%s, %s]' % (label, value, lo, hi))


TOKEN = re.compile(r'\[(?P<t>R|A):(?P<k>[a-z_]+):(?P<x>[^\[\]]*)\]|\[OK:(?P<ok>[^\[\]]*)\]')


def spans_of(marked):
    """-> (plain text, list of dicts(type, kind, start, end))"""
    plain = []
    spans = []
    n = 0
    last = 0
    for m in TOKEN.finditer(marked):
        before = marked[last:m.start()]
        plain.append(before)
        n += len(before)
        if m.group('t'):
            body, typ, kind = m.group('x'), m.group('t'), m.group('k')
        else:
            body, typ, kind = m.group('ok'), 'OK', None
        spans.append({'type': typ, 'kind': kind, 'start': n, 'end': n + len(body)})
        plain.append(body)
        n += len(body)
        last = m.end()
    plain.append(marked[last:])
    return ''.join(plain), spans


def letters(text):
    return len([c for c in text if c.isalnum()])


def expected(marked, group):
    text, spans = spans_of(marked)
    was_cut = len(text) > WIDTH
    shown = text[:WIDTH] if was_cut else text
    suffix = ('; truncated at %d' % WIDTH) if was_cut else ''

    def survives_key(sp):
        if sp['end'] <= WIDTH or not was_cut:
            return True
        if sp['start'] >= WIDTH:
            return False
        kept = letters(text[sp['start']:WIDTH])
        gone = letters(text[WIDTH:sp['end']])
        return kept >= 5 and gone <= 3

    resolutions = [sp for sp in spans if sp['type'] == 'OK']
    every_resolution_whole = all((not was_cut) or sp['end'] <= WIDTH for sp in resolutions)
    alive = []
    dropped = []
    for sp in spans:
        if sp['type'] == 'OK':
            continue
        resolvable = any(r['start'] >= sp['end'] for r in resolutions)
        if survives_key(sp):
            if sp['type'] == 'R':
                alive.append(sp)
            elif not (resolvable and every_resolution_whole):
                alive.append(sp)
        else:
            # a lost alarm only counts as a lost red key if the full text would leave it red
            if sp['type'] == 'R' or not resolvable:
                dropped.append(sp)
    if alive:
        first = sorted(alive, key=lambda s: s['start'])[0]
        quote = text[first['start']:min(first['end'], WIDTH)]
        return shown, 'red', first['kind'], "%s <- '%s'%s" % (first['kind'], quote, suffix), was_cut
    if dropped:
        first = sorted(dropped, key=lambda s: s['start'])[0]
        return shown, 'eligible', '', 'eligible: cut-lost-key (%s)%s' % (first['kind'], suffix), was_cut
    return shown, 'eligible', '', 'eligible: %s%s' % (group, suffix), was_cut


def read_templates(path):
    groups = {}
    red_by_kind = dict((k, 0) for k in KIND_SET)
    n_elig = 0
    with open(path, encoding='ascii') as f:
        for no, line in enumerate(f, 1):
            line = line.rstrip('\r\n')
            if line.startswith('@group '):
                bits = line.split()
                groups[bits[2]] = bits[1]
            elif line.startswith('R|') or line.startswith('E|'):
                bits = line.split('|')
                if len(bits) not in (4, 5):
                    err('templates line %d: bad field count' % no)
                    continue
                body = bits[3]
                _, sp = spans_of(body)
                leftover = TOKEN.sub('', body)
                if '[' in leftover or ']' in leftover:
                    err('templates line %d: unbalanced markup' % no)
                if bits[0] == 'R':
                    keys = [s for s in sp if s['type'] in ('R', 'A')]
                    if bits[1] not in red_by_kind:
                        err('templates line %d: unknown kind %s' % (no, bits[1]))
                    elif not keys or keys[0]['kind'] != bits[1]:
                        err('templates line %d: first key is not %s' % (no, bits[1]))
                    else:
                        red_by_kind[bits[1]] += 1
                else:
                    n_elig += 1
                    if any(s['type'] == 'R' for s in sp):
                        err('templates line %d: eligible template with a red key' % no)
    return groups, red_by_kind, n_elig


def main(outdir):
    csv_path = os.path.join(outdir, NAME + '.csv')
    mk_path = os.path.join(outdir, NAME + '_markup.tsv')
    tpl_path = os.path.join(outdir, NAME + '_templates.txt')
    gen_path = os.path.join(outdir, 'make_' + NAME + '.py')
    md_path = os.path.join(outdir, NAME + '.md')
    for p in (csv_path, mk_path, tpl_path, gen_path, md_path):
        if not os.path.isfile(p):
            err('missing file %s' % p)
    if errors:
        return finish()

    raw = open(csv_path, 'rb').read()
    md5 = hashlib.md5(raw).hexdigest()
    try:
        txt = raw.decode('utf-8')
    except UnicodeDecodeError:
        err('CSV is not UTF-8')
        return finish()
    nonascii = sum(1 for c in txt if ord(c) > 127)
    notes.append('csv md5 %s, %d bytes, %d non-ASCII chars' % (md5, len(raw), nonascii))
    if re.search(r'(?<!\r)\n', txt):
        err('CSV has a line end that is not CRLF')
    if not txt.endswith('\r\n'):
        err('CSV does not end with CRLF')
    if not txt.startswith(HEADER + '\r\n'):
        err('CSV header wrong')
    rows = list(csv.reader(io.StringIO(txt, newline='')))
    if rows[0] != HEADER.split(','):
        err('CSV header fields wrong')
    body = rows[1:]
    if len(body) != ROWS:
        err('expected %d rows, found %d' % (ROWS, len(body)))
    for i, r in enumerate(body, 1):
        if len(r) != 7:
            err('row %d has %d fields' % (i, len(r)))
    body = [r for r in body if len(r) == 7]

    # markup
    mk = []
    with open(mk_path, encoding='utf-8', newline='') as f:
        lines = [l.rstrip('\n') for l in f if not l.startswith('#')]
    if not lines or lines[0].split('\t') != ['id', 'call_type', 'group', 'template_line', 'dispatcher',
                                            'updates', 'typos', 'typo_in_span', 'marked']:
        err('markup header wrong')
    for l in lines[1:]:
        parts = l.split('\t')
        if len(parts) != 9:
            err('markup line with %d fields: %r' % (len(parts), l[:60]))
            continue
        mk.append(parts)
    if len(mk) != len(body):
        err('markup has %d rows, csv %d' % (len(mk), len(body)))

    groups, red_by_kind, n_elig_tpl = read_templates(tpl_path)
    n_red_tpl = sum(red_by_kind.values())
    notes.append('templates: %d red %s, %d eligible, %d total' % (n_red_tpl, red_by_kind, n_elig_tpl,
                                                               n_red_tpl + n_elig_tpl))
    if n_red_tpl < 350 or n_elig_tpl < 400 or n_red_tpl + n_elig_tpl < 800:
        err('too few templates')
    for k, v in red_by_kind.items():
        if v < 50:
            err('only %d red templates of kind %s' % (v, k))

    kinds = dict((k, 0) for k in KIND_SET)
    elig_groups = {}
    n_red = n_cut = n_upd = n_typo = n_span = n_vague = 0
    n_lost = 0
    n_cut_partial_key = 0
    seen = set()
    tpl_used = set()
    for i, (r, m) in enumerate(zip(body, mk), 1):
        rid, ct, narr, label, flags, reason, split = r
        want_id = '%s-%04d' % (PREFIX, i)
        if rid != want_id:
            err('row %d id %s, expected %s' % (i, rid, want_id))
        if split != SPLIT:
            err('%s split %s' % (rid, split))
        if m[0] != rid or m[1] != ct:
            err('%s markup id/call type mismatch' % rid)
        if not ct.strip() or ct != ct.upper():
            err('%s odd call type %r' % (rid, ct))
        if '\n' in narr or '\r' in narr or '\t' in narr:
            err('%s narrative has a control char' % rid)
        if narr in seen:
            err('%s duplicate narrative' % rid)
        seen.add(narr)
        tpl_used.add(m[3])
        shown, e_label, e_flag, e_reason, was_cut = expected(m[8], m[2])
        if '[' in shown or ']' in shown:
            err('%s stray markup in narrative' % rid)
        if narr != shown:
            err('%s narrative differs from markup (width rule)' % rid)
        if len(narr) > WIDTH:
            err('%s narrative longer than %d' % (rid, WIDTH))
        if (label, flags, reason) != (e_label, e_flag, e_reason):
            err('%s label mismatch: csv (%s,%s,%s) vs derived (%s,%s,%s)' %
                (rid, label, flags, reason, e_label, e_flag, e_reason))
        if label == 'red':
            if flags not in KIND_SET:
                err('%s bad flag %s' % (rid, flags))
            mm = re.match(r"^([a-z_]+) <- '(.*)'(; truncated at %d)?$" % WIDTH, reason)
            if not mm or mm.group(1) != flags:
                err('%s bad red reason %r' % (rid, reason))
            elif mm.group(2) not in narr:
                err('%s reason span not in narrative' % rid)
            else:
                if was_cut and narr.endswith(mm.group(2)) and len(narr) == WIDTH:
                    n_cut_partial_key += 1
            n_red += 1
            kinds[flags] = kinds.get(flags, 0) + 1
            if ct not in SPECIFIC_CT.get(flags, set()):
                n_vague += 1
        elif label == 'eligible':
            if flags:
                err('%s eligible with flags' % rid)
            mm = re.match(r'^eligible: ([a-z_\-]+(?: \([a-z_]+\))?)(; truncated at %d)?$' % WIDTH, reason)
            if not mm:
                err('%s bad eligible reason %r' % (rid, reason))
            else:
                g = mm.group(1)
                if g.startswith('cut-lost-key'):
                    n_lost += 1
                elif g not in groups:
                    err('%s unknown group %s' % (rid, g))
                elig_groups[g] = elig_groups.get(g, 0) + 1
        else:
            err('%s bad label %s' % (rid, label))
        if was_cut:
            n_cut += 1
            if not reason.endswith('; truncated at %d' % WIDTH):
                err('%s cut but reason lacks truncation note' % rid)
        elif 'truncated' in reason:
            err('%s not cut but reason says truncated' % rid)
        if int(m[5]) > 0:
            n_upd += 1
        if int(m[6]) > 0:
            n_typo += 1
            if m[7] == '1':
                n_span += 1
        elif m[7] == '1':
            err('%s typo_in_span without typos' % rid)

    n = len(body)
    n_elig = n - n_red
    rng_check('red share', n_red / n, 0.35, 0.45)
    for k, lo, hi in (('injury', .25, .35), ('police_only', .18, .26), ('violence', .11, .19),
                      ('weapon', .05, .11), ('threat', .05, .11)):
        rng_check('share of red: ' + k, kinds[k] / max(n_red, 1), lo, hi)
    rng_check('uncertainty rows', kinds['uncertainty'], 40, 10 ** 6)
    rng_check('suicide rows', kinds['suicide'], 20, 10 ** 6)
    rng_check('red rows with a vague/misleading call type', n_vague / max(n_red, 1), 0.38, 0.52)
    rng_check('truncated rows share', n_cut / n, 0.12, 0.18)
    rng_check('rows with updates share', n_upd / n, 0.20, 0.30)
    rng_check('rows with typos share', n_typo / n, 0.20, 0.30)
    rng_check('typo rows with a typo in the key', n_span / max(n_typo, 1), 0.15, 0.35)
    look = sum(v for g, v in elig_groups.items() if groups.get(g) == 'look')
    look_groups = sorted(g for g in elig_groups if groups.get(g) == 'look')
    rng_check('eligible look-alike share (+cut-lost)', (look + n_lost) / max(n_elig, 1), 0.45, 0.60)
    rng_check('look-alike groups present', len(look_groups), 20, 10 ** 6)
    rng_check('cut-lost-key rows', n_lost, 10, 10 ** 6)
    rng_check('distinct templates used', len(tpl_used), 600, 10 ** 6)
    notes.append('red kinds: %s' % kinds)
    notes.append('eligible groups: %s' % dict(sorted(elig_groups.items())))
    notes.append('red rows whose key is cut mid-span: %d' % n_cut_partial_key)

    # md mentions the md5
    if md5 not in open(md_path, encoding='utf-8').read():
        err('%s.md does not state the current md5' % NAME)

    # regeneration
    for seed in ('0', '1', '999'):
        tmp = tempfile.mkdtemp(prefix='b31chk')
        try:
            env = dict(os.environ)
            env['PYTHONHASHSEED'] = seed
            cmd = ['nice', '-n', '10', sys.executable, gen_path, tmp]
            res = subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if res.returncode != 0:
                err('regeneration failed (PYTHONHASHSEED=%s): %s' % (seed, res.stderr.decode()[-400:]))
                continue
            for fn in (NAME + '.csv', NAME + '_markup.tsv'):
                a = open(os.path.join(outdir, fn), 'rb').read()
                b = open(os.path.join(tmp, fn), 'rb').read()
                if a != b:
                    err('regenerated %s differs (PYTHONHASHSEED=%s)' % (fn, seed))
            notes.append('regenerated under PYTHONHASHSEED=%s: identical' % seed)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return finish()


def finish():
    for n in notes:
        print(n)
    if errors:
        print('\n%d ERROR(S):' % len(errors))
        for e in errors[:60]:
            print('  ' + e)
        return 1
    print('\nOK')
    return 0


if __name__ == '__main__':
    if len(sys.argv) != 2:
        print('usage: check_blind31.py OUTDIR')
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
