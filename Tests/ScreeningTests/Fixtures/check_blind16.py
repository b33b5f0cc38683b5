#!/usr/bin/env python3
"""check_blind16.py - independent checker for blind16.csv.

Re-derives every label / flag / evidence / reason from the marked-up narratives with its own markup
parser and its own copy of the truncation survival rule, checks format facts, and regenerates the CSV
under PYTHONHASHSEED=0,1,999 comparing bytes.  Exit status 1 on any problem.

Usage: python3 check_blind16.py [DIR]   (DIR holds make_blind16.py and blind16.csv; default: this file's dir)
"""
import csv, hashlib, importlib.util, os, re, subprocess, sys, tempfile

HERE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
CSV_PATH = os.path.join(HERE, 'blind16.csv')
GEN_PATH = os.path.join(HERE, 'make_blind16.py')
ORDER = ['weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty']
SHORT = {'w': 'weapon', 'v': 'violence', 't': 'threat', 'i': 'injury', 's': 'suicide', 'p': 'police_only',
         'u': 'uncertainty'}
HEADER = ['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split']
problems = []


def bad(msg):
    problems.append(msg)


# ------------------------------------------------------------ own markup parser (state machine)
def parse_marked(s):
    """Return (plain_text, spans); span = dict(t=type, kind=..., s=start, e=end, text=...)."""
    out, spans, i, n = [], [], 0, len(s)
    plen = 0

    def take(close, i0):
        j = s.find(close, i0)
        if j < 0:
            raise ValueError('unclosed markup at %d in %r' % (i0, s))
        return s[i0:j], j + len(close)

    while i < n:
        two = s[i:i + 2]
        if two in ('[[', '<<'):
            body, i = take(']]' if two == '[[' else '>>', i + 2)
            kind, _, text = body.partition(':')
            kind = SHORT.get(kind, kind)
            if kind not in ORDER:
                raise ValueError('bad kind %r' % kind)
            spans.append(dict(t='key' if two == '[[' else 'alarm', kind=kind, s=plen, e=plen + len(text), text=text))
        elif two == '((':
            text, i = take('))', i + 2)
            spans.append(dict(t='res', kind=None, s=plen, e=plen + len(text), text=text))
        elif s[i] == '{':
            text, i = take('}', i + 1)
            spans.append(dict(t='decoy', kind=None, s=plen, e=plen + len(text), text=text))
        else:
            text = s[i]
            i += 1
        out.append(text)
        plen += len(text)
    return ''.join(out), spans


def n_alnum(t):
    return len([c for c in t if c.isalnum()])


def kept_by_cut(plain, sp, W):
    """Survival rule (own copy)."""
    s, e = sp['s'], sp['e']
    if W is None or e <= W:
        return True
    if s >= W:
        return False
    piece = plain[s:e]
    if re.search(r'\s', piece):
        return False
    n = n_alnum(piece)
    if n <= 5:
        return False
    return n_alnum(plain[s:W]) >= max(5, n - 3)


def cut_category(c, spans):
    inside = [sp for sp in spans if sp['s'] < c < sp['e']]
    if inside:
        sp = inside[0]
        if sp['t'] == 'res':
            return 'in_res'
        if sp['t'] == 'decoy':
            return 'in_decoy'
        if sp['t'] == 'key' and not re.search(r'\s', sp['text']) and n_alnum(sp['text']) > 5 and sp['e'] - c in (1, 2, 3, 4):
            return 'key_tail'
        return 'in_key'
    if not [sp for sp in spans if sp['e'] > c]:
        return 'after_markup'
    if [sp for sp in spans if sp['t'] in ('key', 'alarm') and sp['s'] >= c]:
        return 'before_key'
    return 'other'


def expected(meta):
    plain, spans = parse_marked(meta['marked'])
    W = meta['W'] if meta['cut'] else None
    text = plain[:W] if W is not None else plain
    evid = {}
    res_list = [sp for sp in spans if sp['t'] == 'res']
    used = 0
    for sp in spans:
        if sp['t'] == 'alarm':
            # pair with the next unused resolution that starts after the alarm
            res = None
            while used < len(res_list) and res_list[used]['s'] < sp['e']:
                used += 1
            if used < len(res_list):
                res = res_list[used]
                used += 1
            if not kept_by_cut(plain, sp, W):
                continue
            if res is not None and (W is None or res['e'] <= W):
                continue
        elif sp['t'] != 'key':
            continue
        elif not kept_by_cut(plain, sp, W):
            continue
        if sp['kind'] not in evid:
            evid[sp['kind']] = plain[sp['s']:min(sp['e'], W if W is not None else sp['e'])]
    flags = [k for k in ORDER if k in evid]
    if flags:
        reason = '; '.join("%s <- '%s'" % (k, evid[k]) for k in flags)
    elif meta['side'] == 'red':
        ks = []
        for sp in spans:
            if sp['t'] in ('key', 'alarm') and sp['kind'] not in ks:
                ks.append(sp['kind'])
        reason = 'eligible: red cue lost to cut (%s)' % ','.join(k for k in ORDER if k in ks)
    else:
        reason = 'eligible: ' + meta['name']
    if W is not None:
        reason += '; truncated at %d' % W
    return plain, spans, text, flags, reason


def main():
    raw = open(CSV_PATH, 'rb').read()
    if any(b > 127 for b in raw):
        bad('non-ASCII bytes in csv')
    if b'\r' in raw:
        bad('CR in csv')
    rows = list(csv.reader(raw.decode('ascii', 'replace').splitlines(True)))
    if rows[0] != HEADER:
        bad('header %r' % rows[0])
    data = [dict(zip(HEADER, r)) for r in rows[1:]]
    if len(data) != 1000:
        bad('rows %d' % len(data))
    spec = importlib.util.spec_from_file_location('gen16', GEN_PATH)
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    metas = gen.build()
    if len(metas) != len(data):
        bad('meta rows %d' % len(metas))
    seen = {}
    cats, kind_rows, multi, cut_red, cut_elig, n_red = {}, dict((k, 0) for k in ORDER), 0, 0, 0, 0
    typos = {}
    lost_red = 0
    res_lost = 0
    for i, (r, m) in enumerate(zip(data, metas)):
        rid = 'B16-%04d' % (i + 1)
        if r['id'] != rid:
            bad('%s: id %r' % (rid, r['id']))
        if r['split'] != 'blind16':
            bad('%s: split' % rid)
        if r['label'] not in ('red_flag', 'eligible'):
            bad('%s: label %r' % (rid, r['label']))
        if not r['call_type'].strip():
            bad('%s: empty call_type' % rid)
        nar = r['narrative']
        for tok in ('[[', ']]', '<<', '>>', '((', '))', '{', '}', '$', ' | '):
            if tok in nar or tok in r['call_type']:
                bad('%s: markup leak %r' % (rid, tok))
        if nar != nar.strip() or '  ' in nar:
            bad('%s: stray whitespace' % rid)
        k = nar.lower()
        if k in seen:
            bad('%s: duplicate narrative of %s' % (rid, seen[k]))
        seen[k] = rid
        fl = r['flags'].split(';') if r['flags'] else []
        if fl != [f for f in ORDER if f in fl] or len(set(fl)) != len(fl):
            bad('%s: flags not canonical %r' % (rid, r['flags']))
        if (r['label'] == 'red_flag') != bool(fl):
            bad('%s: label/flags mismatch' % rid)
        try:
            plain, spans, text, flags, reason = expected(m)
        except ValueError as ex:
            bad('%s: %s' % (rid, ex))
            continue
        if text != nar:
            bad('%s: narrative differs from markup-derived text' % rid)
        if flags != fl:
            bad('%s: flags %r expected %r' % (rid, fl, flags))
        if reason != r['reason']:
            bad('%s: reason %r expected %r' % (rid, r['reason'], reason))
        W = m['W']
        if m['cut']:
            if len(nar) != W or len(plain) <= W:
                bad('%s: cut row length %d W %d full %d' % (rid, len(nar), W, len(plain)))
            if nar.endswith(' '):
                bad('%s: cut right after a space' % rid)
            if not r['reason'].endswith('; truncated at %d' % W):
                bad('%s: truncation not in reason' % rid)
            c = cut_category(W, spans)
            cats[c] = cats.get(c, 0) + 1
            if fl:
                cut_red += 1
            else:
                cut_elig += 1
            if m['side'] == 'red' and not fl:
                lost_red += 1
            if m['side'] == 'elig' and fl:
                res_lost += 1
        else:
            if len(plain) > W:
                bad('%s: uncut row longer than W=%d' % (rid, W))
            if 'truncated' in r['reason']:
                bad('%s: uncut row says truncated' % rid)
        if not (60 <= W <= 160):
            bad('%s: width %d' % (rid, W))
        if fl:
            n_red += 1
            if len(fl) > 1:
                multi += 1
            for f in fl:
                kind_rows[f] += 1
        typos[m['typo']] = typos.get(m['typo'], 0) + 1
    n_cut = sum(1 for m in metas if m['cut'])
    if n_cut != 200:
        bad('cut rows %d != 200' % n_cut)
    for c in ['after_markup', 'before_key', 'in_decoy', 'in_key', 'in_res', 'key_tail']:
        if cats.get(c, 0) < 10:
            bad('cut category %s only %d rows' % (c, cats.get(c, 0)))
    if cats.get('other'):
        bad('%d cuts in no category' % cats['other'])

    # templates: counts by own parse of the template text
    tcount, sect = {}, None
    for line in gen.TEMPLATE_TEXT.split('\n'):
        s = line.strip()
        if not s or (s.startswith('#') and not s.startswith('## ')):
            continue
        if s.startswith('## '):
            sect = tuple(s.split()[1:3])
            continue
        tcount[sect] = tcount.get(sect, 0) + 1
        if sect[0] == 'red' and ('[[' + sect[1][0]) not in s and ('[[' + sect[1]) not in s:
            bad('red template without its own kind key: %s' % s)
        if sect[0] == 'elig' and '[[' in s:
            bad('eligible template with a key: %s' % s)
    settings = ['rural', 'tribal', 'reserve', 'powwow', 'chapter house', 'port', 'dock', 'pier', 'wharf', 'marina',
                'harbour', 'ship', 'airport', 'school', 'hospital', 'festival', 'transit', 'bus', 'train', 'rail',
                'subway', 'farm', 'ranch', 'ferry', 'mine', 'camp', 'stadium', 'prison', 'corrections', 'jail',
                'oil', 'rodeo', 'casino', 'ski', 'grain', 'boat', 'beach', 'fairground', 'lighthouse']
    n_tpl = n_set = 0
    for line in gen.TEMPLATE_TEXT.split('\n'):
        s = line.strip().lower()
        if not s or s.startswith('#'):
            continue
        n_tpl += 1
        if any(re.search(r'\b' + w, s) for w in settings):
            n_set += 1
    set_share = 100.0 * n_set / n_tpl
    if set_share < 30:
        bad('unusual-setting share %.1f%%' % set_share)
    n_red_t = sum(v for k, v in tcount.items() if k[0] == 'red')
    n_el_t = sum(v for k, v in tcount.items() if k[0] == 'elig')
    n_groups = len([k for k in tcount if k[0] == 'elig'])
    if n_red_t < 350 or n_el_t < 400 or n_groups < 20:
        bad('templates red %d elig %d groups %d' % (n_red_t, n_el_t, n_groups))
    if min(v for k, v in tcount.items() if k[0] == 'red') < 45:
        bad('a red kind has fewer than 45 templates')
    gsrc = open(GEN_PATH).read().split('TEMPLATE_TEXT = ')[0]
    if re.search(r'\bset\(|frozenset', gsrc):
        bad('generator code uses a set')

    # regeneration under several hash seeds
    for hs in ('0', '1', '999'):
        with tempfile.TemporaryDirectory() as td:
            env = dict(os.environ, PYTHONHASHSEED=hs)
            subprocess.run([sys.executable, GEN_PATH, td], check=True, env=env)
            if open(os.path.join(td, 'blind16.csv'), 'rb').read() != raw:
                bad('regeneration under PYTHONHASHSEED=%s differs' % hs)
    md5 = hashlib.md5(raw).hexdigest()
    md = os.path.join(HERE, 'blind16.md')
    if os.path.exists(md) and md5 not in open(md).read():
        bad('md5 %s not in blind16.md' % md5)

    n = len(data)
    print('| figure | value |')
    print('|---|---|')
    print('| rows | %d |' % n)
    print('| red_flag / eligible | %d / %d (%.1f%% red) |' % (n_red, n - n_red, 100.0 * n_red / n))
    for k in ORDER:
        print('| rows flagged %s | %d |' % (k, kind_rows[k]))
    print('| multi-kind red rows | %d |' % multi)
    print('| truncated rows (red / eligible) | %d (%d / %d) |' % (n_cut, cut_red, cut_elig))
    print('| red templates turned eligible by the cut | %d |' % lost_red)
    print('| cut position: %s |' % ', '.join('%s %d' % (c, cats.get(c, 0)) for c in
                                               ['after_markup', 'before_key', 'in_decoy', 'in_key', 'in_res', 'key_tail']))
    print('| misspelled rows (key / other) | %d (%d / %d) |' % (typos.get('key', 0) + typos.get('plain', 0),
                                                               typos.get('key', 0), typos.get('plain', 0)))
    print('| templates red / eligible / eligible groups | %d / %d / %d |' % (n_red_t, n_el_t, n_groups))
    print('| templates in unusual / regional settings | %d (%.1f%%) |' % (n_set, set_share))
    print('| eligible templates turned red by the cut (resolution lost) | %d |' % res_lost)
    print('| md5 blind16.csv | %s |' % md5)
    if problems:
        print('\nPROBLEMS (%d):' % len(problems))
        for p in problems[:60]:
            print(' -', p)
        sys.exit(1)
    print('\nOK: all checks passed')


if __name__ == '__main__':
    main()
