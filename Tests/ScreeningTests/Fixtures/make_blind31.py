#!/usr/bin/env python3
"""make_blind31.py -- build the blind31 evaluation set (county sheriff's office CAD narratives).

usage: python3 make_blind31.py [OUTDIR]

Reads blind31_templates.txt (next to this script) and writes, into OUTDIR (default: this
script's directory):
  blind31.csv          the set (RFC 4180, CRLF, header id,call_type,narrative,label,flags,reason,split)
  blind31_markup.tsv   one line per row: the full (uncut) narrative with its span markup

Standard library only.  One random.Random(SEED); nothing depends on hash order, so the output
is byte-identical for every PYTHONHASHSEED.
"""
import csv
import os
import re
import random
import sys

SETNAME = 'blind31'
PREFIX = 'B31'
SPLIT = 'blind31'
SEED = 310031
W = 100
N = 1000
KINDS = ['weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty']

HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, SETNAME + '_templates.txt')

SPAN_RE = re.compile(r'\[(R|A):([a-z_]+):([^\[\]]*)\]|\[OK:([^\[\]]*)\]')
SLOT_RE = re.compile(r'\{(\w+)\}')

# final red mix (rows)
RED_TARGET = {'injury': 120, 'police_only': 88, 'violence': 60, 'weapon': 32,
              'threat': 32, 'uncertainty': 46, 'suicide': 22}
ESC_RED = {'weapon': 5, 'violence': 5, 'threat': 4, 'injury': 3, 'uncertainty': 4, 'police_only': 2}
N_RESCUT = 6                      # eligible alarm template, resolution cut away -> red uncertainty
LOST_RED = {'injury': 6, 'police_only': 4, 'violence': 3, 'weapon': 2, 'threat': 2,
            'uncertainty': 2, 'suicide': 1}          # red template, key cut away
LOST_ESC = {'weapon': 2, 'violence': 3, 'threat': 2, 'injury': 1, 'uncertainty': 1, 'police_only': 1}
N_RESOLVED = 10                   # red alarm template + resolving update -> eligible
N_RED_WHOLE = 58                  # red template rows cut, key survives whole
N_RED_PARTIAL = 14                # red template rows cut through the key, key still counts
N_ESC_CUT = 5
N_ELIG_CUT = 42
N_ELIG_LOOK = 285                 # eligible-template rows drawn from look-alike groups (rest routine)
N_UPD_CUT = 70                    # extra updates among cut rows
N_UPD_NOCUT = 137                 # extra updates among uncut rows
N_TYPO_SPAN = 62
N_TYPO_OTHER = 188
N_VAGUE = 165                     # vague call types among red-template rows

# 25 dispatchers: (case, caller word, lower-case caller word, verb, abbreviation level,
#                  update prefix, joiner before an update)
DISPATCHERS = [
    ('mixed', 'Caller', 'caller', 'says', 0, 'UPD: ', '. '),
    ('mixed', 'RP', 'RP', 'states', 1, 'Update: ', '. '),
    ('mixed', 'Caller', 'caller', 'states', 0, '** UPD ', ' '),
    ('mixed', 'CP', 'CP', 'advises', 0, 'UPD: ', '. '),
    ('caps', 'RP', 'RP', 'states', 2, 'UPD ', ' // '),
    ('mixed', 'Caller', 'caller', 'reports', 0, 'Upd: ', '. '),
    ('mixed', 'RP', 'RP', 'says', 0, 'UPD- ', '. '),
    ('mixed', 'Compl', 'compl', 'says', 1, 'Addtl: ', '; '),
    ('mixed', 'Caller', 'caller', 'says', 0, 'Update - ', '. '),
    ('mixed', 'RP', 'RP', 'advises', 1, 'UPD: ', ' -- '),
    ('caps', 'RP', 'RP', 'advs', 2, '** ', ' '),
    ('mixed', 'Caller', 'caller', 'stated', 0, 'Addtl, ', '. '),
    ('mixed', 'R/P', 'R/P', 'states', 1, 'UPD: ', '. '),
    ('mixed', 'Caller', 'caller', 'says', 0, 'Suppl: ', '. '),
    ('mixed', 'RP', 'RP', 'reports', 0, '++ ', ' '),
    ('mixed', 'Caller', 'caller', 'advises', 1, 'UPD: ', '. '),
    ('mixed', 'CP', 'CP', 'says', 0, 'Update: ', '. '),
    ('caps', 'CALLER', 'CALLER', 'STS', 2, 'UPD: ', ' / '),
    ('mixed', 'Caller', 'caller', 'says', 0, 'UPD ', '. '),
    ('mixed', 'RP', 'RP', 'says', 1, 'Addl info: ', '. '),
    ('mixed', 'Caller', 'caller', 'states', 0, 'UPD: ', '. '),
    ('mixed', 'RP', 'RP', 'advises', 0, 'CB- ', ' '),
    ('caps', 'RP', 'RP', 'SAYS', 2, 'UPD- ', ' ** '),
    ('mixed', 'Caller', 'caller', 'reports', 1, 'Update: ', '. '),
    ('mixed', 'RP', 'RP', 'states', 0, '* ', ' '),
]

ABBR1 = [('without', 'w/o'), ('with', 'w/'), ('vehicle', 'veh'), ('approximately', 'approx'),
         ('subject', 'subj'), ('unknown', 'unk'), ('information', 'info'), ('possible', 'poss'),
         ('minutes', 'min'), ('requesting', 'req'), ('apartment', 'apt'), ('background', 'bkgd')]
ABBR2 = ABBR1 + [('and', '&'), ('hours', 'hrs'), ('residence', 'res'), ('driver', 'drvr'),
                 ('says', 'sts'), ('states', 'sts'), ('advises', 'advs'), ('daughter', 'dau')]
ABBR1_RE = [(re.compile(r'\b%s\b' % a, re.I), b) for a, b in ABBR1]
ABBR2_RE = [(re.compile(r'\b%s\b' % a, re.I), b) for a, b in ABBR2]
THE_RE = re.compile(r'\bthe (?=[a-z])', re.I)

COMMON_TYPOS = {
    'breathing': 'breathign', 'unconscious': 'unconcious', 'conscious': 'concious',
    'neighbor': 'nieghbor', 'neighbors': 'nieghbors', 'ambulance': 'ambulence',
    'seizure': 'siezure', 'seizing': 'siezing', 'weird': 'wierd', 'believe': 'beleive',
    'received': 'recieved', 'separate': 'seperate', 'threatened': 'threatend',
    'threatening': 'threating', 'vehicle': 'vehical', 'driveway': 'drivway',
    'bleeding': 'bleeing', 'pistol': 'pistal', 'stairs': 'stiars', 'knife': 'knive',
    'shotgun': 'shotgu', 'choking': 'chocking', 'unresponsive': 'unresponisve',
    'responding': 'respondng', 'screaming': 'screming', 'yelling': 'yeling',
    'hitting': 'hiting', 'punched': 'punchd', 'pills': 'pils', 'bridge': 'brige',
    'whispering': 'wispering', 'strangled': 'strangeled', 'ceiling': 'cieling',
    'apartment': 'appartment', 'property': 'propery', 'harassing': 'harrassing',
    'machete': 'machette', 'tractor': 'tracter', 'trailer': 'trailor', 'diabetic': 'diabetc',
    'rifle': 'rilfe', 'daughter': 'daugther', 'because': 'becuase', 'around': 'aroud',
}
KEYB = {}
_rows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
for _r, _row in enumerate(_rows):
    for _i, _c in enumerate(_row):
        nb = []
        if _i > 0:
            nb.append(_row[_i - 1])
        if _i < len(_row) - 1:
            nb.append(_row[_i + 1])
        KEYB[_c] = ''.join(nb)


# ------------------------------------------------------------------------ templates
class Tpl(object):
    pass


def parse_markup(text):
    """text with [R:k:..] [A:k:..] [OK:..] -> list of [type, kind, text]"""
    segs = []
    pos = 0
    for m in SPAN_RE.finditer(text):
        if m.start() > pos:
            segs.append(['T', '', text[pos:m.start()]])
        if m.group(1):
            segs.append([m.group(1), m.group(2), m.group(3)])
        else:
            segs.append(['OK', '', m.group(4)])
        pos = m.end()
    if pos < len(text):
        segs.append(['T', '', text[pos:]])
    for s in segs:
        if '[' in s[2] or ']' in s[2]:
            raise ValueError('stray bracket in %r' % text)
    return segs


def load_templates(path):
    groups, slots, vague, leads = {}, {}, {}, []
    reds, eligs, upd = [], [], {}
    with open(path, encoding='ascii') as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip('\r\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            if line.startswith('@group '):
                _, cls, name = line.split()
                groups[name] = cls
            elif line.startswith('@slot '):
                name, vals = line[6:].split('=', 1)
                slots[name.strip()] = [v.strip() for v in vals.split(';') if v.strip()]
            elif line.startswith('@vague '):
                name, vals = line[7:].split('=', 1)
                vague[name.strip()] = [v.strip() for v in vals.split(';') if v.strip()]
            elif line.startswith('lead|'):
                leads.append(line[5:])
            elif line.startswith('U|'):
                _, typ, text = line.split('|', 2)
                upd.setdefault(typ, []).append(parse_markup(text))
            elif line[:2] in ('R|', 'E|'):
                parts = line.split('|')
                if len(parts) == 4:
                    parts.append('')
                if len(parts) != 5:
                    raise ValueError('bad template line %d' % lineno)
                t = Tpl()
                t.line = lineno
                t.cls, t.key, cts, t.text, opts = parts
                if '~' in cts:
                    spec, vag = cts.split('~', 1)
                else:
                    spec, vag = cts, ''
                t.spec = [c.strip() for c in spec.split(';') if c.strip()]
                t.vague = [c.strip() for c in vag.split(';') if c.strip()]
                t.opts = {}
                for o in opts.split():
                    if '=' in o:
                        a, b = o.split('=', 1)
                        t.opts[a] = b
                    else:
                        t.opts[o] = True
                t.segs = parse_markup(t.text)
                keys = [s for s in t.segs if s[0] in ('R', 'A')]
                if t.cls == 'R':
                    if t.key not in KINDS or not keys or keys[0][1] != t.key:
                        raise ValueError('red template %d: first key must be %s' % (lineno, t.key))
                    t.group = t.opts.get('rg', 'resolved-alarm')
                    t.fam = t.opts.get('fam')
                    if t.fam and t.segs[[s[0] for s in t.segs].index('A')] is not keys[0]:
                        raise ValueError('fam template %d must lead with an alarm' % lineno)
                    reds.append(t)
                else:
                    if any(s[0] == 'R' for s in t.segs):
                        raise ValueError('eligible template %d has a red key' % lineno)
                    if t.key not in groups:
                        raise ValueError('unknown group %s line %d' % (t.key, lineno))
                    t.group = t.key
                    t.fam = None
                    t.has_alarm = any(s[0] == 'A' for s in t.segs)
                    eligs.append(t)
                t.esc = bool(t.opts.get('esc'))
            else:
                raise ValueError('unparsed line %d: %r' % (lineno, line))
    return groups, slots, vague, leads, reds, eligs, upd


# ------------------------------------------------------------------------ rendering
class Ctx(object):
    def __init__(self, rng, disp, slots):
        self.rng = rng
        self.d = disp
        self.slots = slots

    def slot(self, name):
        r = self.rng
        d = self.d
        if name == 'RP':
            return d[1]
        if name == 'rp':
            return d[2]
        if name == 'says':
            return d[3]
        if name == 'raddr':
            return '%s%d %s' % (r.choice('NSEW'), r.randint(1000, 9899), r.choice(self.slots['road']))
        if name == 'addr':
            if r.random() < 0.6:
                return '%s%d %s' % (r.choice('NSEW'), r.randint(1000, 9899), r.choice(self.slots['road']))
            s = '%d %s' % (r.randint(100, 1899), r.choice(self.slots['street']))
            if r.random() < 0.2:
                s += ' Apt %d' % r.randint(1, 12)
            return s
        if name == 'age':
            return str(r.randint(19, 66))
        if name == 'oage':
            return str(r.randint(70, 94))
        if name == 'kage':
            return str(r.randint(2, 9))
        if name == 'tage':
            return str(r.randint(13, 17))
        if name == 'mm':
            return str(r.randint(101, 198))
        if name == 'mins':
            return str(r.choice([5, 10, 15, 20, 25, 30, 40, 45]))
        if name == 'num':
            return str(r.randint(2, 5))
        if name == 'hhmm':
            return '%02d%02d' % (r.randint(0, 23), r.randint(0, 59))
        if name == 'code':
            return '%04d' % r.randint(1000, 9999)
        if name == 'plate':
            return '%s%s%s-%d' % (r.choice('ABCDEFGHJKLMNPRSTVWXYZ'), r.choice('ABCDEFGHJKLMNPRSTVWXYZ'),
                                  r.choice('ABCDEFGHJKLMNPRSTVWXYZ'), r.randint(1000, 9999))
        if name in self.slots:
            return r.choice(self.slots[name])
        raise KeyError(name)

    def fill(self, text):
        return SLOT_RE.sub(lambda m: self.slot(m.group(1)), text)


def style_text(text, disp):
    level = disp[4]
    if level >= 1:
        for rx, b in (ABBR2_RE if level >= 2 else ABBR1_RE):
            text = rx.sub(b, text)
    if level >= 2:
        text = THE_RE.sub('', text)
    if disp[0] == 'caps':
        text = text.upper()
    return text


def render_segs(segs, ctx):
    out = []
    for typ, kind, text in segs:
        out.append([typ, kind, style_text(ctx.fill(text), ctx.d)])
    return out


def cap_first(segs):
    for s in segs:
        if s[2]:
            s[2] = s[2][0].upper() + s[2][1:]
            return


def lower_first(segs):
    for s in segs:
        if s[2]:
            w = s[2].split(' ', 1)[0]
            if not (len(w) > 1 and w.upper() == w):
                s[2] = s[2][0].lower() + s[2][1:]
            return


def typo_word(w, rng):
    lw = w.lower()
    for _ in range(20):
        if lw in COMMON_TYPOS and rng.random() < 0.6:
            t = COMMON_TYPOS[lw]
        else:
            op = rng.choice(['swap', 'drop', 'double', 'sub'])
            i = rng.randint(1, len(lw) - 2)
            if op == 'swap':
                t = lw[:i] + lw[i + 1] + lw[i] + lw[i + 2:]
            elif op == 'drop':
                t = lw[:i] + lw[i + 1:]
            elif op == 'double':
                t = lw[:i] + lw[i] + lw[i:]
            else:
                c = lw[i]
                t = lw[:i] + (rng.choice(KEYB[c]) if c in KEYB else c) + lw[i + 1:]
        if t != lw:
            break
    else:
        return w
    if w.isupper():
        return t.upper()
    if w[0].isupper():
        return t[0].upper() + t[1:]
    return t


WORD_RE = re.compile(r'[A-Za-z]{4,}')


def add_typo(seg, rng):
    words = list(WORD_RE.finditer(seg[2]))
    if not words:
        return False
    m = rng.choice(words)
    new = typo_word(m.group(0), rng)
    if new == m.group(0):
        return False
    seg[2] = seg[2][:m.start()] + new + seg[2][m.end():]
    return True


# ------------------------------------------------------------------------ labelling
def alnum(s):
    return sum(1 for c in s if c.isalnum())


def derive(segs, group):
    """Apply the labelling rule. Returns dict."""
    spans = []
    pos = 0
    for typ, kind, text in segs:
        spans.append((typ, kind, pos, pos + len(text)))
        pos += len(text)
    full = ''.join(s[2] for s in segs)
    cut = len(full) > W
    narr = full[:W] if cut else full

    def key_ok(s, e):
        if not cut or e <= W:
            return True
        if s >= W:
            return False
        return alnum(full[s:W]) >= 5 and alnum(full[W:e]) <= 3

    res = [(s, e) for typ, _, s, e in spans if typ == 'OK']
    all_res = all((not cut) or e <= W for s, e in res)
    live, lost = [], []
    for typ, kind, s, e in spans:
        if typ == 'R':
            (live if key_ok(s, e) else lost).append((s, e, kind))
        elif typ == 'A':
            later = any(rs >= e for rs, re_ in res)
            if key_ok(s, e):
                if not (later and all_res):
                    live.append((s, e, kind))
            elif not later:
                lost.append((s, e, kind))
    tr = '; truncated at %d' % W if cut else ''
    d = {'full': full, 'narr': narr, 'cut': cut, 'spans': spans}
    if live:
        s, e, kind = min(live)
        d.update(label='red', kind=kind, reason="%s <- '%s'%s" % (kind, full[s:min(e, W)], tr),
                 dec_whole=(e <= W) if cut else True)
    elif lost:
        s, e, kind = min(lost)
        d.update(label='eligible', kind='', reason='eligible: cut-lost-key (%s)%s' % (kind, tr),
                 lostkind=kind)
    else:
        d.update(label='eligible', kind='', reason='eligible: %s%s' % (group, tr))
    return d


def marked(segs):
    out = []
    for typ, kind, text in segs:
        if typ == 'T':
            out.append(text)
        elif typ == 'OK':
            out.append('[OK:%s]' % text)
        else:
            out.append('[%s:%s:%s]' % (typ, kind, text))
    return ''.join(out)


# ------------------------------------------------------------------------ plan
def plan(rng):
    rows = []

    def add(src, kind, cut, **kw):
        r = {'src': src, 'kind': kind, 'cut': cut, 'upd': None, 'typo': 0, 'tspan': False,
             'vague': False}
        r.update(kw)
        rows.append(r)

    red_rows = []
    for k in KINDS:
        n = RED_TARGET[k] - ESC_RED.get(k, 0) - (N_RESCUT if k == 'uncertainty' else 0)
        red_rows += [k] * n
    cats = ['whole'] * N_RED_WHOLE + ['partial'] * N_RED_PARTIAL
    cats += ['no'] * (len(red_rows) - len(cats))
    rng.shuffle(cats)
    vag = [True] * N_VAGUE + [False] * (len(red_rows) - N_VAGUE)
    rng.shuffle(vag)
    for k, c, v in zip(red_rows, cats, vag):
        add('red', k, c, vague=v)
    esc = []
    for k in KINDS:
        esc += [k] * ESC_RED.get(k, 0)
    ecats = ['any'] * N_ESC_CUT + ['no'] * (len(esc) - N_ESC_CUT)
    rng.shuffle(ecats)
    for k, c in zip(esc, ecats):
        add('esc', k, c, upd='esc')
    for _ in range(N_RESCUT):
        add('rescut', 'uncertainty', 'rescut')
    for k in KINDS:
        for _ in range(LOST_RED.get(k, 0)):
            add('lost', k, 'lost')
        for _ in range(LOST_ESC.get(k, 0)):
            add('lostesc', k, 'lost', upd='esc')
    for _ in range(N_RESOLVED):
        add('resolved', '', 'no', upd='res')
    n_elig = N - len(rows)
    ec = ['cut'] * N_ELIG_CUT + ['no'] * (n_elig - N_ELIG_CUT)
    rng.shuffle(ec)
    cls = ['look'] * N_ELIG_LOOK + ['routine'] * (n_elig - N_ELIG_LOOK)
    rng.shuffle(cls)
    for c, g in zip(ec, cls):
        add('elig', g, c)
    assert len(rows) == N
    # extra updates
    free_cut = [i for i, r in enumerate(rows) if r['upd'] is None and r['cut'] != 'no']
    free_no = [i for i, r in enumerate(rows) if r['upd'] is None and r['cut'] == 'no']
    for i in rng.sample(free_cut, N_UPD_CUT) + rng.sample(free_no, N_UPD_NOCUT):
        r = rows[i]
        if r['src'] == 'red' and r['kind'] == 'injury' and rng.random() < 0.3:
            r['upd'] = 'more'
        elif r['src'] == 'elig' and rng.random() < 0.35:
            r['upd'] = 'clarify'
        else:
            r['upd'] = 'neutral'
    # typos
    redidx = [i for i, r in enumerate(rows) if r['src'] in ('red', 'esc', 'rescut')]
    span = rng.sample(redidx, N_TYPO_SPAN)
    rest = [i for i in range(N) if i not in set(span)]
    other = rng.sample(rest, N_TYPO_OTHER)
    for i in span:
        rows[i]['tspan'] = True
        rows[i]['typo'] = 2 if rng.random() < 0.3 else 1
    for i in other:
        rows[i]['typo'] = 2 if rng.random() < 0.3 else 1
    return rows


# ------------------------------------------------------------------------ build
def build(outdir):
    rng = random.Random(SEED)
    groups, slots, vague, leads, reds, eligs, upd = load_templates(TEMPLATES)
    rows = plan(rng)
    alltpl = reds + eligs
    rank = {}
    for t in alltpl:
        rank[t.line] = rng.random()
    usage = dict((t.line, 0) for t in alltpl)

    def candidates(r):
        src, k = r['src'], r['kind']
        if src in ('red', 'lost'):
            c = [t for t in reds if t.key == k]
        elif src == 'resolved':
            c = [t for t in reds if t.fam]
        elif src in ('esc', 'lostesc'):
            c = [t for t in eligs if t.esc]
        elif src == 'rescut':
            c = [t for t in eligs if t.has_alarm and
                 [s for s in t.segs if s[0] == 'A'][0][1] == 'uncertainty']
        else:
            c = [t for t in eligs if groups[t.group] == k]
        return sorted(c, key=lambda t: (usage[t.line], rank[t.line]))

    tries = {'no': 12, 'whole': 40, 'partial': 80, 'any': 40, 'rescut': 80, 'lost': 60, 'cut': 40}
    seen = set()
    order = sorted(range(N), key=lambda i: ({'partial': 0, 'rescut': 1, 'lost': 2, 'whole': 3,
                                              'any': 4, 'cut': 5, 'no': 6}[rows[i]['cut']],
                                             rows[i]['upd'] is None, i))
    results = [None] * N
    for i in order:
        r = rows[i]
        done = None
        for t in candidates(r):
            for _ in range(tries[r['cut']]):
                res = attempt(r, t, rng, slots, vague, leads, upd)
                if res is None:
                    continue
                d = res['d']
                if d['narr'] in seen or not accept(r, t, d):
                    continue
                done = res
                break
            if done:
                break
        if done is None:
            raise RuntimeError('could not render row plan %r' % (r,))
        seen.add(done['d']['narr'])
        usage[done['t'].line] += 1
        results[i] = done
    rng.shuffle(results)
    write(outdir, results)
    return results


def attempt(r, t, rng, slots, vague, leads, upd):
    disp = DISPATCHERS[rng.randrange(len(DISPATCHERS))]
    ctx = Ctx(rng, disp, slots)
    segs = render_segs(t.segs, ctx)
    lead_p = 0.25 if r['cut'] in ('partial', 'lost', 'rescut', 'whole', 'cut', 'any') else 0.05
    if rng.random() < lead_p:
        lead = [['T', '', style_text(ctx.fill(rng.choice(leads)), disp)]]
        if lead[0][2].rstrip()[-1:] in (',', ':'):
            lower_first(segs)
        segs = lead + segs
    n_upd = 0
    ukind = r['upd']
    if ukind:
        if ukind == 'esc':
            pool = upd['esc:' + r['kind']]
        elif ukind == 'res':
            pool = upd['res:' + t.fam]
        elif ukind == 'more':
            pool = upd['more:injury']
        elif ukind == 'clarify' and t.esc:
            pool = upd['clarify']
        elif t.cls == 'E' and r['src'] == 'elig':
            pool = upd['neutral'] + upd['neutral_e']
        else:
            pool = upd['neutral']
        u = render_segs(rng.choice(pool), ctx)
        base = ''.join(s[2] for s in segs).rstrip()
        joiner = disp[6]
        if joiner == '. ' and base[-1:] in '.!?\'':
            joiner = ' '
        segs = segs + [['T', '', joiner + disp[5]]] + u
        n_upd = 1
    if disp[0] == 'mixed':
        cap_first(segs)
    segs = [s for s in segs if s[2]]
    # typos
    n_typo = 0
    if r['typo']:
        if r['tspan']:
            keyseg = [s for s in segs if s[0] in ('R', 'A')]
            if not keyseg or not add_typo(keyseg[0], rng):
                return None
            n_typo += 1
        tsegs = [s for s in segs if s[0] == 'T' and WORD_RE.search(s[2])]
        while n_typo < r['typo'] and tsegs:
            if add_typo(rng.choice(tsegs), rng):
                n_typo += 1
            else:
                break
        if n_typo != r['typo']:
            return None
    # call type
    if t.cls == 'R' and r['src'] == 'red' and r['vague']:
        ct = rng.choice(t.vague or vague[t.key])
    else:
        ct = rng.choice(t.spec)
    d = derive(segs, t.group)
    return {'t': t, 'segs': segs, 'd': d, 'ct': ct, 'n_upd': n_upd, 'n_typo': n_typo,
            'tspan': r['tspan'], 'disp': DISPATCHERS.index(disp) + 1}


def accept(r, t, d):
    src, cut, k = r['src'], r['cut'], r['kind']
    if cut in ('no',) and d['cut']:
        return False
    if cut != 'no' and not d['cut']:
        return False
    if src == 'red' or src == 'esc':
        if d['label'] != 'red' or d['kind'] != k:
            return False
        if cut == 'whole' and not d['dec_whole']:
            return False
        if cut == 'partial' and d['dec_whole']:
            return False
        return True
    full = d['full']
    if src == 'rescut':
        # the resolution must be mostly gone, not just its last letters
        for typ, _, s, e in d['spans']:
            if typ == 'OK' and e > W and alnum(full[s:W]) > 0.4 * alnum(full[s:e]):
                return False
        return d['label'] == 'red' and d['kind'] == 'uncertainty'
    if src in ('lost', 'lostesc'):
        # every key that was lost must be essentially gone (at most 4 letters visible)
        for typ, _, s, e in d['spans']:
            if typ in ('R', 'A') and e > W and alnum(full[s:W]) > 4:
                return False
        return d['label'] == 'eligible' and d.get('lostkind') == k
    if src == 'resolved':
        return d['label'] == 'eligible' and d['reason'] == 'eligible: ' + t.group
    # elig
    return d['label'] == 'eligible' and 'lostkind' not in d and \
        d['reason'].split(';')[0] == 'eligible: ' + t.group


def write(outdir, results):
    if not os.path.isdir(outdir):
        os.makedirs(outdir)
    with open(os.path.join(outdir, SETNAME + '.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\r\n', quoting=csv.QUOTE_MINIMAL)
        w.writerow(['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split'])
        for n, res in enumerate(results, 1):
            d = res['d']
            w.writerow(['%s-%04d' % (PREFIX, n), res['ct'], d['narr'], d['label'], d['kind'],
                        d['reason'], SPLIT])
    with open(os.path.join(outdir, SETNAME + '_markup.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('# blind31 per-row markup: the full narrative before the cut at W=%d, with\n' % W)
        f.write('# [R:kind:text] red keys, [A:kind:text] alarms, [OK:text] resolutions.\n')
        f.write('# columns: id, call_type, group (used if no key survives), template line,\n')
        f.write('#          dispatcher, updates, typos, typo_in_span, marked narrative\n')
        f.write('id\tcall_type\tgroup\ttemplate_line\tdispatcher\tupdates\ttypos\ttypo_in_span\tmarked\n')
        for n, res in enumerate(results, 1):
            f.write('\t'.join(['%s-%04d' % (PREFIX, n), res['ct'], res['t'].group,
                               str(res['t'].line), 'D%02d' % res['disp'], str(res['n_upd']),
                               str(res['n_typo']), '1' if res['tspan'] else '0',
                               marked(res['segs'])]) + '\n')


if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    res = build(out)
    print('wrote %d rows to %s' % (len(res), out))
