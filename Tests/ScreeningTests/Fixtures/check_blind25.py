#!/usr/bin/env python3
"""check_blind25.py OUTDIR -- independent verifier for blind25 (imports nothing from the generator).

Re-derives every label from blind25_markup.tsv with the truncation rule, checks counts, shares,
widths, template counts, then regenerates under PYTHONHASHSEED=0,1,999 and compares bytes.
Exit status 1 on any problem.
"""
import csv
import hashlib
import io
import os
import re
import subprocess
import sys
import tempfile

KINDS = ('injury', 'police_only', 'violence', 'weapon', 'threat', 'uncertainty', 'suicide')
VAGUE = ('WELF', 'SUSP', 'ASSIST', 'INFO', 'CFP')
HEADER = ['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split']
problems = []


def bad(msg):
    problems.append(msg)


def letters(s):
    n = 0
    for c in s:
        if c.isalnum():
            n += 1
    return n


def strip_markup(marked):
    """Return plain text, list of (kind, start, end) keys, list of (start, end) resolutions."""
    plain = ''
    keys, ress = [], []
    pos = 0
    token = re.compile(r'\[\[(' + '|'.join(KINDS) + r'):|\]\]|<<|>>')
    open_key = None
    open_res = None
    for mo in token.finditer(marked):
        plain += marked[pos:mo.start()]
        pos = mo.end()
        t = mo.group(0)
        if t.startswith('[['):
            if open_key is not None:
                raise ValueError('nested key')
            open_key = (mo.group(1), len(plain))
        elif t == ']]':
            if open_key is None:
                raise ValueError('unbalanced ]]')
            keys.append((open_key[0], open_key[1], len(plain)))
            open_key = None
        elif t == '<<':
            open_res = len(plain)
        else:
            if open_res is None:
                raise ValueError('unbalanced >>')
            ress.append((open_res, len(plain)))
            open_res = None
    plain += marked[pos:]
    if open_key is not None or open_res is not None:
        raise ValueError('unclosed marker')
    return plain, keys, ress


def expected(plain, keys, ress, width, group):
    cut_len = min(len(plain), width)
    truncated = len(plain) > width
    text = plain[:cut_len]
    decisive = None
    lost_kind = None
    for kind, a, b in keys:
        if b <= cut_len:
            survives, quote = True, text[a:b]
        elif a < cut_len:
            kept = letters(plain[a:cut_len])
            whole = letters(plain[a:b])
            survives = kept >= 5 and kept >= whole - 3
            quote = text[a:cut_len]
        else:
            survives, quote = False, ''
        if not survives:
            if lost_kind is None:
                lost_kind = kind
            continue
        resolved = False
        for ra, rb in ress:
            if ra >= b and rb <= cut_len:   # a resolution counts only if it survives whole
                resolved = True
        if not resolved and decisive is None:
            decisive = (kind, quote)
    if decisive:
        out = ('red', decisive[0], "%s <- '%s'" % decisive)
    elif lost_kind:
        out = ('eligible', '', 'eligible: cut-lost-key (%s)' % lost_kind)
    else:
        out = ('eligible', '', 'eligible: ' + group)
    reason = out[2] + ('; truncated at %d' % width if truncated else '')
    return text, truncated, out[0], out[1], reason


def read_templates(path):
    tpl = []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        m = re.match(r'^([RE]) (\S+) (\S+) :: (.+)$', line)
        if not m:
            bad('template line malformed: ' + line[:60])
            continue
        tpl.append(m.groups())
    return tpl


def main():
    outdir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
    csv_path = os.path.join(outdir, 'blind25.csv')
    mk_path = os.path.join(outdir, 'blind25_markup.tsv')
    raw = open(csv_path, 'rb').read()
    text = raw.decode('utf-8')
    rows = list(csv.reader(io.StringIO(text, newline='')))
    if rows[0] != HEADER:
        bad('header mismatch: %r' % rows[0])
    body = rows[1:]
    if len(body) != 1000:
        bad('row count %d != 1000' % len(body))
    if not raw.endswith(b'\r\n') or b'\n' in raw.replace(b'\r\n', b''):
        bad('line endings are not CRLF everywhere')

    marks = []
    with open(mk_path, encoding='utf-8') as fh:
        head = fh.readline().rstrip('\n').split('\t')
        for line in fh:
            parts = line.rstrip('\n').split('\t')
            marks.append(dict(zip(head, parts)))
    if len(marks) != len(body):
        bad('markup rows %d != csv rows %d' % (len(marks), len(body)))

    # templates
    tpls = read_templates(os.path.join(outdir, 'blind25_templates.txt'))
    tid = {}
    for i, t in enumerate(tpls):
        tid['T%03d' % (i + 1)] = t
    red_t = [t for t in tpls if t[0] == 'R']
    elig_t = [t for t in tpls if t[0] == 'E']
    if len(red_t) < 350:
        bad('only %d red templates' % len(red_t))
    if len(elig_t) < 400:
        bad('only %d eligible templates' % len(elig_t))
    for k in KINDS:
        n = len([t for t in red_t if t[1] == k])
        if n < 50:
            bad('kind %s has %d templates (<50)' % (k, n))
    groups = []
    for t in elig_t:
        if t[1] not in groups:
            groups.append(t[1])
    if len(groups) < 20:
        bad('only %d eligible groups' % len(groups))
    for t in tpls:
        nk = len(re.findall(r'\[\[', t[3]))
        nr = len(re.findall(r'<<', t[3]))
        if t[0] == 'R' and (nk != 1 or nr != 0 or ('[[%s:' % t[1]) not in t[3]):
            bad('red template markup wrong: ' + t[3][:60])
        if t[0] == 'E' and t[1] == 'resolved' and (nk != 1 or nr != 1):
            bad('resolved template needs key+resolution: ' + t[3][:60])
        if t[0] == 'E' and t[1] != 'resolved' and (nk or nr):
            bad('eligible template carries markup: ' + t[3][:60])

    widths = {}
    narratives = {}
    n_red = n_trunc = n_typo = n_vague_red = 0
    kind_n = dict((k, 0) for k in KINDS)
    lookalike = 0
    per_agency_texts = {}
    for i, (row, mk) in enumerate(zip(body, marks)):
        rid = 'B25-%04d' % (i + 1)
        if len(row) != 7:
            bad('%s: %d fields' % (rid, len(row)))
            continue
        cid, ctype, narr, label, flags, reason, split = row
        if cid != rid or mk.get('id') != rid:
            bad('%s: id mismatch (%s / %s)' % (rid, cid, mk.get('id')))
        if split != 'blind25':
            bad(rid + ': split')
        if not ctype.strip():
            bad(rid + ': empty call_type')
        ag = mk['agency']
        w = int(mk['width'])
        if not 80 <= w <= 255:
            bad('%s: width %d out of range' % (rid, w))
        if widths.setdefault(ag, w) != w:
            bad('%s: agency %s width changes' % (rid, ag))
        per_agency_texts.setdefault(ag, []).append((narr, mk))
        t = tid.get(mk['template'])
        if t is None or t[0] != mk['typ'] or t[1] != mk['class']:
            bad('%s: template %s does not match class %s' % (rid, mk['template'], mk['class']))
        try:
            plain, keys, ress = strip_markup(mk['marked'])
        except ValueError as e:
            bad('%s: markup %s' % (rid, e))
            continue
        if mk['typ'] == 'R' and (len(keys) != 1 or keys[0][0] != mk['class'] or ress):
            bad(rid + ': red row must carry exactly one key of its kind')
        if mk['typ'] == 'E' and mk['class'] != 'resolved' and (keys or ress):
            bad(rid + ': eligible row carries keys')
        group = mk['class'] if mk['typ'] == 'E' else '?'
        etext, etr, elabel, eflag, ereason = expected(plain, keys, ress, w, group)
        if narr != etext:
            bad('%s: narrative differs from markup cut at %d' % (rid, w))
        if len(narr) > w:
            bad('%s: narrative longer than width' % rid)
        if (label, flags, reason) != (elabel, eflag, ereason):
            bad('%s: label mismatch csv=(%s,%s,%s) derived=(%s,%s,%s)' % (rid, label, flags, reason, elabel, eflag, ereason))
        if label not in ('red', 'eligible'):
            bad(rid + ': bad label')
        if label == 'red':
            n_red += 1
            if flags not in KINDS:
                bad(rid + ': bad flag')
            else:
                kind_n[flags] += 1
            q = re.match(r"^\w+ <- '(.*)'(; truncated at \d+)?$", reason)
            if not q or q.group(1) not in narr:
                bad(rid + ': decisive span not quoted from narrative')
            if mk['ct_code'] in VAGUE:
                n_vague_red += 1
        else:
            if flags:
                bad(rid + ': eligible row with flag')
            if not reason.startswith('eligible: '):
                bad(rid + ': eligible reason format')
            if mk['class'] not in ('routine',) and mk['typ'] == 'E':
                lookalike += 1
        if etr:
            n_trunc += 1
        if int(mk['typos']) > 0:
            n_typo += 1
        if narr in narratives:
            bad('%s: duplicate narrative of %s' % (rid, narratives[narr]))
        narratives[narr] = rid
        if '[[' in narr or '<<' in narr or '>>' in narr:
            bad(rid + ': markup leaked into narrative')

    n = len(body)
    share = n_red / n
    if not 0.35 <= share <= 0.45:
        bad('red share %.3f outside 35-45%%' % share)
    if not 0.15 <= n_trunc / n <= 0.25:
        bad('truncated share %.3f not about 20%%' % (n_trunc / n))
    if not 0.20 <= n_typo / n <= 0.30:
        bad('typo share %.3f not about 25%%' % (n_typo / n))
    if n_red and not 0.40 <= n_vague_red / n_red <= 0.60:
        bad('vague call types on %.2f of red rows (want about half)' % (n_vague_red / n_red))
    order = sorted(KINDS, key=lambda k: -kind_n[k])
    if order[0] != 'injury' or order[-1] != 'suicide' or min(kind_n.values()) < 10:
        bad('red kind mix off: %r' % kind_n)
    n_elig = n - n_red
    if lookalike < n_elig * 0.5:
        bad('look-alike eligible rows %d are not the majority of %d' % (lookalike, n_elig))
    if len(widths) < 9:
        bad('only %d agencies' % len(widths))
    lower_ag = [a for a in sorted(per_agency_texts) if all(not any(c.isupper() for c in t) for t, _ in per_agency_texts[a])]
    if not lower_ag:
        bad('no all-lower-case agency')
    sent_ag = []
    for a in sorted(per_agency_texts):
        items = per_agency_texts[a]
        if all(t[:1].isupper() for t, _ in items) and any(c.islower() for t, _ in items for c in t) and \
                all(t.rstrip('"').endswith(('.', '!', '?')) for t, mk in items if len(strip_markup(mk['marked'])[0]) <= int(mk['width'])):
            sent_ag.append(a)
    if not sent_ag:
        bad('no sentence-case, fully punctuated agency')

    # generator hygiene
    gen = os.path.join(outdir, 'make_blind25.py')
    src = open(gen, encoding='utf-8').read()
    if re.search(r'\bset\(|frozenset\(', src):
        bad('generator uses set()')
    if len(re.findall(r'random\.Random\(', src)) != 1:
        bad('generator must build exactly one random.Random')

    # regeneration under different hash seeds
    want_csv = raw
    want_mk = open(mk_path, 'rb').read()
    for hs in ('0', '1', '999'):
        with tempfile.TemporaryDirectory() as td:
            env = dict(os.environ)
            env['PYTHONHASHSEED'] = hs
            r = subprocess.run(['nice', '-n', '10', sys.executable, gen, td], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            if r.returncode != 0:
                bad('regeneration failed under PYTHONHASHSEED=%s: %s' % (hs, r.stderr.decode()[-300:]))
                continue
            if open(os.path.join(td, 'blind25.csv'), 'rb').read() != want_csv:
                bad('csv bytes differ under PYTHONHASHSEED=%s' % hs)
            if open(os.path.join(td, 'blind25_markup.tsv'), 'rb').read() != want_mk:
                bad('markup bytes differ under PYTHONHASHSEED=%s' % hs)

    md5 = hashlib.md5(raw).hexdigest()
    md = os.path.join(outdir, 'blind25.md')
    if os.path.exists(md) and md5 not in open(md, encoding='utf-8').read():
        bad('blind25.md does not carry the csv md5 ' + md5)

    print('rows %d  red %d (%.1f%%)  eligible %d  truncated %d  typo rows %d  vague-type red %d' %
          (n, n_red, 100 * share, n - n_red, n_trunc, n_typo, n_vague_red))
    print('per kind: ' + ', '.join('%s %d' % (k, kind_n[k]) for k in KINDS))
    print('agencies: ' + ', '.join('%s W=%d' % (a, widths[a]) for a in sorted(widths)))
    print('templates: red %d, eligible %d in %d groups' % (len(red_t), len(elig_t), len(groups)))
    print('md5 ' + md5)
    if problems:
        for p in problems[:50]:
            print('PROBLEM: ' + p)
        print('%d problem(s)' % len(problems))
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
