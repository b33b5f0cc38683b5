#!/usr/bin/env python3
"""Generator for the blind30 held-out screening set (standard library only).

usage: python3 make_blind30.py [OUTDIR]

Reads blind30_templates.txt from the directory of this script and writes
blind30.csv, blind30_markup.tsv and blind30.md into OUTDIR (default: the
script directory).  Output is byte-identical for any PYTHONHASHSEED.
"""
import csv
import hashlib
import io
import os
import re
import random
import sys

SETNAME = 'blind30'
PREFIX = 'B30'
SPLIT = 'blind30'
SEED = 300030
W = 200
NROWS = 1000
HERE = os.path.dirname(os.path.abspath(__file__))
TEMPLATES = os.path.join(HERE, SETNAME + '_templates.txt')

RED_KINDS = ['injury', 'police_only', 'violence', 'weapon', 'threat', 'suicide', 'uncertainty']
KIND_PREFIX = {'injury': 'INJ', 'police_only': 'POL', 'violence': 'VIO', 'weapon': 'WPN',
               'threat': 'THR', 'suicide': 'SUI', 'uncertainty': 'UNC', 'eligible': 'ELG'}
UPD_PREFIX = {'neutral': 'UPN', 'clarify': 'UPC', 'esc': 'UPE', 'res': 'UPR'}

# call types treated as vague / misleading for a red call
VAGUE = ['WELF CHK', 'SUSP PERS', 'SUSP VEH', 'SUSP CIRC', 'ASSIST CIT', '911 HANGUP',
         '911 OPEN LINE', 'INFO', '415N NOISE', 'PARKING', 'CIVIL', 'FOUND PROP', 'LOST PROP',
         'ANIMAL', 'LOCKOUT', 'TRAFFIC HAZ', 'LOUD PARTY', 'FIREWORKS', '653M HARASS CALLS',
         'ABAN VEH', 'LIFT ASSIST', 'JUV DIST']
GENERIC_VAGUE = {
    'injury': ['WELF CHK', 'ASSIST CIT', 'SUSP PERS', 'SUSP CIRC', 'LIFT ASSIST'],
    'police_only': ['SUSP PERS', 'SUSP CIRC', 'SUSP VEH', 'INFO', '415N NOISE', 'PARKING'],
    'violence': ['415N NOISE', 'WELF CHK', 'SUSP CIRC', 'CIVIL', 'ASSIST CIT'],
    'weapon': ['SUSP PERS', 'SUSP CIRC', '415N NOISE', 'CIVIL', 'PARKING'],
    'threat': ['CIVIL', 'INFO', '653M HARASS CALLS', 'ASSIST CIT', 'WELF CHK'],
    'suicide': ['WELF CHK', 'ASSIST CIT', 'INFO', 'SUSP PERS'],
    'uncertainty': ['911 HANGUP', '911 OPEN LINE', 'WELF CHK', 'SUSP CIRC', '415N NOISE', 'INFO'],
}
CLARIFY_GROUPS = ['negated-danger', 'verbal-dispute', 'civil-matter', 'harassment-no-threat',
                  'history-only', 'intox-ok', 'juveniles', 'calm-mh', 'noise', 'welfare-ok',
                  'unhoused-ok']

# ---------------------------------------------------------------- row plan (quotas)
RED_QUOTA = {'injury': 120, 'police_only': 80, 'violence': 52, 'weapon': 31, 'threat': 31,
             'suicide': 26, 'uncertainty': 44}
ESC_QUOTA = {'injury': 6, 'police_only': 6, 'violence': 8, 'weapon': 5, 'threat': 3, 'suicide': 2}
N_RESLOST = 6        # alarm + resolution update, resolution cut at W -> red
N_RESUPD = 20        # alarm + resolution update, all kept -> eligible resolved-alarm
N_CUTLOST_TPL = 16   # red template, key lost to the cut
N_CUTLOST_ESC = 8    # eligible base + escalating update lost to the cut
N_PARTIAL = 14       # decisive key cut mid-span but survives (>=5 kept, <=3 lost)
N_SAFE_RED = 46      # truncated, decisive key whole
N_SAFE_ELIG = 60     # truncated inside administrative text only
LA_ROWS = 300        # eligible template rows from look-alike groups
UPDATE_TARGET = 250  # rows carrying a generator-added update entry
TYPO_TARGET = 250    # rows with 1-2 typos
VAGUE_SHARE = 0.45

# ---------------------------------------------------------------- slot values
STREETS = ['N Alder St', 'SE Division St', 'Harbor Ave', 'Cascade Blvd', 'Fremont Ave N',
           'Madrona Dr', 'Sequoia Way', 'Pacific Hwy', 'Bayview Rd', 'Shoreline Dr',
           'Rainier Ave S', 'MLK Jr Way', 'E Burnside St', 'Marine Dr', 'Lake City Way',
           'Juniper St', 'Cedar Ave', 'Olympic Blvd', 'Mission St', 'Holly St', 'Kellogg Ave',
           'Ferry Ave', 'Ash St', 'Lombard Ave', 'Halsey St', 'Columbia Blvd', 'Broadway',
           'Grand Ave', '1st Ave S', '4th Ave', '23rd Ave E', '82nd Ave', 'NE 45th St',
           'Aurora Ave N', 'Delridge Way', 'Yesler Way', 'Steelhead Ln', 'Pier Rd',
           'W Magnolia Blvd', 'S Othello St']
PLACES = ['the transit center', 'Harbor Plaza', 'the Greyhound stn', 'the waterfront',
          'the rec center', 'the food bank', 'Pioneer Sq', 'the ferry terminal',
          'the farmers market', 'the mall food court', 'the community college',
          'the public market', 'the central library', 'the ballpark plaza', 'the hospital ER entrance',
          'the marina', 'the civic center']
PARKS = ['Lincoln Park', 'Cascade Park', 'Madrona Park', 'Alder Creek Park', 'Riverfront Park',
         'Kellogg Park', 'Bayview Park', 'Juniper Fields', 'Lakeside Park', 'Othello Park']
STORES = ['Safeway', '7-11', 'Walgreens', 'Arco', 'Fred Meyer', 'Target', 'Chevron',
          'Rite Aid', 'QFC', 'WinCo', 'Dollar Tree', 'Grocery Outlet']
BIZ = ["Lucky's Tavern", 'the Shell stn', 'Pho Saigon', 'the Motel 6', 'Harbor Lanes',
       'Blue Moon Bar', 'the laundromat', 'Starbucks', 'the taqueria', 'Jiffy Lube', 'the Goodwill',
       'Evergreen Dental', 'the hostel', 'Taco Time', "Dick's Drive-In", 'the Red Lion hotel',
       'Cascade Fitness', 'the pawn shop', 'Kim Bros Market', 'the DMV office']
SCHOOLS = ['Roosevelt HS', 'Madrona Elem', 'Cascade MS', 'Lincoln HS', 'Bayview Elem',
           'Rainier Beach HS', 'Alder MS']
BRIDGES = ['the Fremont bridge', 'the Ash St overpass', 'the Harbor Ave viaduct',
           'the I-5 ped bridge', 'the Steel bridge', 'the river walk bridge', 'the Marine Dr overpass',
           'the Ship Canal bridge']
RELS = ['husband', 'wife', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'roommate',
        'uncle', 'aunt', 'grandson', 'nephew', 'cousin', 'bf', 'gf', 'grandmother', 'grandfather',
        'stepdad', 'niece']
PARTNERS = ['bf', 'gf', 'husband', 'wife', 'ex', 'ex-bf', 'ex-husband', 'partner', 'fiance']
MALES = ['M', 'male', 'adult male', 'M 20s', 'M 30s', 'M 40s', 'M approx 50', 'older male',
         'young male', 'M approx 6ft']
FEMALES = ['F', 'female', 'adult female', 'F 20s', 'F 30s', 'F approx 40', 'older female',
           'young female']
CLOTHES = ['blk hoodie', 'red jacket', 'grey sweats', 'camo jacket', 'yellow rain jacket',
           'jeans and a white tee', 'green puffy coat', 'hi-vis vest', 'black beanie',
           'a football jersey', 'brown carhartt jacket', 'orange shirt', 'denim jacket',
           'plaid flannel', 'navy windbreaker', 'purple parka']
COLORS = ['silver', 'blk', 'white', 'grn', 'red', 'blue', 'gold', 'grey', 'maroon', 'tan']
MODELS = ['Honda Civic', 'Chevy Tahoe', 'Ford F-150', 'Subaru Outback', 'Kia Soul', 'Toyota Prius',
          'Nissan Altima', 'Dodge Ram', 'box truck', 'minivan', 'BMW sedan', 'Camry', 'Tesla',
          'pickup', 'Jeep Cherokee', 'Hyundai Elantra', 'VW Jetta', 'Mazda 3']
DOGS = ['pit mix', 'brown lab', 'husky', 'small white terrier', 'german shepherd', 'chihuahua',
        'black lab mix', 'corgi']
AREAS = ['206', '253', '425', '360', '503', '971']


def slot_value(name, rng):
    if name == 'street' or name == 'xst':
        return rng.choice(STREETS)
    if name == 'addr':
        st = rng.choice(STREETS)
        if rng.random() < 0.3:
            return '%d blk %s' % (rng.randint(1, 99) * 100, st)
        return '%d %s' % (rng.randint(100, 9999), st)
    if name == 'apt':
        return rng.choice(['apt ', '#', 'unit ']) + rng.choice(
            ['1', '2B', '3A', '104', '212', '5', '7C', '310', '18', '4D', '201', '9'])
    if name == 'place':
        return rng.choice(PLACES)
    if name == 'park':
        return rng.choice(PARKS)
    if name == 'store':
        return rng.choice(STORES)
    if name == 'biz':
        return rng.choice(BIZ)
    if name == 'school':
        return rng.choice(SCHOOLS)
    if name == 'bridge':
        return rng.choice(BRIDGES)
    if name == 'rel':
        return rng.choice(RELS)
    if name == 'partner':
        return rng.choice(PARTNERS)
    if name == 'm':
        return rng.choice(MALES)
    if name == 'f':
        return rng.choice(FEMALES)
    if name == 'cloth':
        return rng.choice(CLOTHES)
    if name == 'veh':
        return rng.choice(COLORS) + ' ' + rng.choice(MODELS)
    if name == 'plate':
        return ''.join(rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3)) + '%04d' % rng.randint(0, 9999)
    if name == 'age':
        return str(rng.randint(19, 68))
    if name == 'kage':
        return str(rng.randint(2, 9))
    if name == 'tage':
        return str(rng.randint(13, 17))
    if name == 'oage':
        return str(rng.randint(71, 94))
    if name == 'n':
        return str(rng.randint(2, 5))
    if name == 'mins':
        return str(rng.randint(3, 25))
    if name == 'unit':
        return '%d%s%d' % (rng.randint(1, 4), rng.choice('ABCDEFGHJKL'), rng.randint(11, 39))
    if name == 'medic':
        return 'M%d' % rng.randint(1, 30)
    if name == 'phone':
        return '%s-555-%04d' % (rng.choice(AREAS), rng.randint(100, 9999))
    if name == 'code':
        return '#%d' % rng.randint(1000, 9999)
    if name == 'dog':
        return rng.choice(DOGS)
    if name == 'beat':
        return str(rng.randint(11, 49))
    raise KeyError(name)


SLOT_RE = re.compile(r'\{([a-z]+)\}')
TAG_RE = re.compile(r'<(K|A):([a-z_]+)\|([^<>]*)>|<R\|([^<>]*)>')


def fill_slots(text, rng, memo):
    def rep(m):
        name = m.group(1)
        if name not in memo:
            v = slot_value(name, rng)
            if name == 'xst':
                while v == memo.get('street'):
                    v = slot_value(name, rng)
            memo[name] = v
        return memo[name]
    return SLOT_RE.sub(rep, text)


def parse_segments(text):
    """text with tags -> list of [typ, kind, text]; typ in T K A R."""
    segs = []
    pos = 0
    for m in TAG_RE.finditer(text):
        if m.start() > pos:
            segs.append(['T', '', text[pos:m.start()]])
        if m.group(1):
            segs.append([m.group(1), m.group(2), m.group(3)])
        else:
            segs.append(['R', '', m.group(4)])
        pos = m.end()
    if pos < len(text):
        segs.append(['T', '', text[pos:]])
    return segs


# ---------------------------------------------------------------- templates
def load_templates(path):
    groups = {}
    tpls = []
    counters = {}
    with open(path, encoding='utf-8') as fh:
        for raw in fh:
            line = raw.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            if line.startswith('%GROUP'):
                _, name, typ = line.split()
                groups[name] = typ
                continue
            parts = line.split(' :: ')
            if len(parts) != 5:
                raise SystemExit('bad template line: ' + line)
            kind, group, ctypes, opts, text = parts
            if kind == 'update':
                pfx = UPD_PREFIX[group]
            elif kind == 'admin':
                pfx = 'ADM'
            else:
                pfx = KIND_PREFIX[kind]
            counters[pfx] = counters.get(pfx, 0) + 1
            od = {}
            if opts != '-':
                for o in opts.split(','):
                    k, v = o.split('=')
                    od[k.strip()] = v.strip()
            tpls.append({'id': '%s%03d' % (pfx, counters[pfx]), 'kind': kind, 'group': group,
                         'ctypes': [c.strip() for c in ctypes.split(';')] if ctypes != '-' else [],
                         'opts': od, 'text': text})
    for t in tpls:
        entries = t['text'].split(' ## ')
        t['nentries'] = len(entries)
        # entry index of the first live key (for red templates)
        t['key_entry'] = None
        for i, e in enumerate(entries):
            segs = parse_segments(e)
            if any(s[0] == 'K' for s in segs) or any(s[0] == 'A' for s in segs):
                if t['key_entry'] is None:
                    t['key_entry'] = i
        t['late_key'] = False
        if t['kind'] in RED_KINDS:
            t['late_key'] = first_live_entry(t['text']) > 0
    return groups, tpls


def first_live_entry(text):
    entries = text.split(' ## ')
    flat = []
    for i, e in enumerate(entries):
        for s in parse_segments(e):
            flat.append((i, s))
    for j, (i, s) in enumerate(flat):
        if s[0] == 'K':
            return i
        if s[0] == 'A' and not any(s2[0] == 'R' for (_, s2) in flat[j + 1:]):
            return i
    return -1


# ---------------------------------------------------------------- writers (call-takers)
def make_writers(rng, n=30):
    writers = []
    used_tags = set()
    for i in range(n):
        while True:
            style = rng.choice(['ct', 'd', 'ini', 'num'])
            if style == 'ct':
                tag = 'CT%02d' % rng.randint(1, 40)
            elif style == 'd':
                tag = 'D%d' % rng.randint(100, 499)
            elif style == 'ini':
                tag = ''.join(rng.choice('abcdefghjklmnprstw') for _ in range(rng.choice([2, 3])))
            else:
                tag = '#%d' % rng.randint(4000, 4999)
            if tag not in used_tags:
                used_tags.add(tag)
                break
        w = {
            'name': tag,
            'case': rng.choice(['upper', 'upper', 'upper', 'asis', 'asis', 'lower']),
            'sep': rng.choice([' / ', '; ', ' | ', ' -- ', ' ** ', ' // ', ' ... ', ' + ', '. ',
                               ' ;; ', ' - ', ' ~ ']),
            'ts': rng.choice(['hms', 'hm', 'brk', 'brks', 'dash', 'at', 'none', 'hms', 'brk']),
            'ts_first': rng.random() < 0.6,
            'optag': rng.choice([None, None, 'pre', 'suf', 'paren', 'brack']),
            'optag_every': rng.random() < 0.4,
            'rp': rng.choice(['RP', 'RP', 'RP', 'R/P', 'caller', 'COMP', 'rp']),
            'adv': rng.choice(['adv', 'adv', 'advs', 'advises', 'states', 'sts', 'reports', 'stated']),
            'subj': rng.choice(['subj', 'subj', 'subject', 'sub', 'SUBJ', 'indiv']),
            'with': rng.choice(['w/', 'w/', 'w/', 'with']),
            'veh': rng.choice(['veh', 'veh', 'vehicle', 'vehc']),
            'ifo': rng.choice(['IFO', 'IFO', 'in front of', 'infront of']),
            'upd': rng.choice(['UPD: ', 'UPDT: ', '** UPDATE ** ', 'upd- ', 'ADDL: ', '', 'SUPP: ',
                               'ADD INFO: ', 'UPDATE - ']),
        }
        writers.append(w)
    return writers


def habit(text, w):
    t = re.sub(r'\bRP\b', w['rp'], text)
    t = re.sub(r'\badv\b', w['adv'], t)
    t = re.sub(r'\bsubjs\b', w['subj'] + 's', t)
    t = re.sub(r'\bsubj\b', w['subj'], t)
    if w['with'] != 'w/':
        t = re.sub(r'\bw/ ', w['with'] + ' ', t)
    t = re.sub(r'\bveh\b', w['veh'], t)
    t = re.sub(r'\bIFO\b', w['ifo'], t)
    if w['case'] == 'upper':
        t = t.upper()
    elif w['case'] == 'lower':
        t = t.lower()
    return t


def fmt_ts(w, secs):
    secs %= 86400
    h, m, s = secs // 3600, (secs % 3600) // 60, secs % 60
    ts = w['ts']
    if ts == 'hms':
        return '%02d:%02d:%02d ' % (h, m, s)
    if ts == 'hm':
        return '%02d:%02d ' % (h, m)
    if ts == 'brk':
        return '[%02d:%02d] ' % (h, m)
    if ts == 'brks':
        return '[%02d:%02d:%02d] ' % (h, m, s)
    if ts == 'dash':
        return '%02d%02d - ' % (h, m)
    if ts == 'at':
        return '@%02d%02d ' % (h, m)
    return ''


# ---------------------------------------------------------------- typos
KEYNB = {'a': 'sqz', 'b': 'vn', 'c': 'xv', 'd': 'sf', 'e': 'wr', 'f': 'dg', 'g': 'fh', 'h': 'gj',
         'i': 'uo', 'j': 'hk', 'k': 'jl', 'l': 'k', 'm': 'n', 'n': 'bm', 'o': 'ip', 'p': 'o',
         'q': 'w', 'r': 'et', 's': 'ad', 't': 'ry', 'u': 'yi', 'v': 'cb', 'w': 'qe', 'x': 'zc',
         'y': 'tu', 'z': 'x'}


def make_typo(word, rng):
    for _ in range(20):
        op = rng.choice(['swap', 'drop', 'double', 'near'])
        if op == 'swap':
            i = rng.randint(1, len(word) - 2)
            nw = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        elif op == 'drop':
            i = rng.randint(1, len(word) - 1)
            nw = word[:i] + word[i + 1:]
        elif op == 'double':
            i = rng.randint(1, len(word) - 1)
            nw = word[:i] + word[i] + word[i:]
        else:
            i = rng.randint(1, len(word) - 1)
            c = word[i]
            nb = KEYNB.get(c.lower(), '')
            if not nb:
                continue
            r = rng.choice(nb)
            r = r.upper() if c.isupper() else r
            nw = word[:i] + r + word[i + 1:]
        if nw != word:
            return nw
    return word[:1] + word[2:] if len(word) > 3 else word


WORD_RE = re.compile(r'[A-Za-z]{4,}')


def apply_typo_in(piece, rng, exclude=()):
    words = [m for m in WORD_RE.finditer(piece['text']) if m.group(0) not in exclude]
    if not words:
        return None
    m = rng.choice(words)
    nw = make_typo(m.group(0), rng)
    if nw == m.group(0):
        return None
    piece['text'] = piece['text'][:m.start()] + nw + piece['text'][m.end():]
    return (m.group(0), nw)


# ---------------------------------------------------------------- labelling rule
def alnum_count(s):
    return sum(1 for c in s if c.isascii() and c.isalnum())


def evaluate(pieces):
    """Apply the cut at W and the labelling rule. pieces: dicts with typ/kind/text."""
    plain = ''
    spans = []
    for p in pieces:
        s = len(plain)
        plain += p['text']
        if p['typ'] in ('K', 'A', 'R'):
            spans.append({'typ': p['typ'], 'kind': p['kind'], 's': s, 'e': len(plain)})
    trunc = len(plain) > W
    narr = plain[:W]
    res = [x for x in spans if x['typ'] == 'R']
    all_res_whole = all(x['e'] <= W for x in res)

    def survives(x):
        if x['e'] <= W:
            return True
        if x['s'] >= W:
            return False
        return alnum_count(plain[x['s']:W]) >= 5 and alnum_count(plain[W:x['e']]) <= 3

    live, lost = [], []
    for x in spans:
        if x['typ'] == 'R':
            continue
        later_res = [r for r in res if r['s'] >= x['e']]
        if x['typ'] == 'K':
            (live if survives(x) else lost).append(x)
        else:  # alarm
            live_in_full = not later_res
            if survives(x):
                if later_res and all_res_whole:
                    continue  # resolved
                live.append(x)
            elif live_in_full:
                lost.append(x)
    out = {'plain': plain, 'narr': narr, 'trunc': trunc, 'spans': spans}
    if live:
        d = min(live, key=lambda x: x['s'])
        out['label'] = 'red'
        out['kind'] = d['kind']
        out['dec'] = d
        out['span'] = plain[d['s']:min(d['e'], W)]
        out['lost'] = None
    else:
        out['label'] = 'eligible'
        out['kind'] = ''
        out['dec'] = None
        out['lost'] = min(lost, key=lambda x: x['s'])['kind'] if lost else None
    out['res_cut'] = any(r['e'] > W for r in res)
    return out


# ---------------------------------------------------------------- rendering
def text_pieces(text, src, w):
    out = []
    for typ, kind, t in parse_segments(text):
        out.append({'typ': typ, 'kind': kind, 'text': habit(t, w), 'src': src})
    return out


def render(plan, w, rng, counts):
    """Build the list of pieces for one row. counts = (a1, a2, a3)."""
    memo = {}
    tpl = plan['tpl']
    ttext = fill_slots(tpl['text'], rng, memo)
    entries = [text_pieces(e, 'tpl', w) for e in ttext.split(' ## ')]
    upd = None
    if plan['upd'] is not None:
        utext = fill_slots(plan['upd']['text'], rng, memo)
        upd = [{'typ': 'T', 'kind': '', 'text': habit(w['upd'], w), 'src': 'fmt'}] if w['upd'] else []
        upd += text_pieces(utext, 'upd', w)

    adm_pool = list(ADMIN)

    def admin():
        a = adm_pool.pop(rng.randrange(len(adm_pool)))
        return text_pieces(fill_slots(a['text'], rng, memo), 'adm', w)

    a1, a2, a3 = counts
    seq = [('tpl', entries[0])]
    seq += [('adm', admin()) for _ in range(a1)]
    seq += [('tpl', e) for e in entries[1:]]
    seq += [('adm', admin()) for _ in range(a2)]
    if upd is not None:
        seq.append(('upd', upd))
    seq += [('adm', admin()) for _ in range(a3)]
    t = rng.randint(0, 86399)
    pieces = []
    for i, (kind, ent) in enumerate(seq):
        if i > 0:
            pieces.append({'typ': 'T', 'kind': '', 'text': w['sep'], 'src': 'fmt'})
            t += rng.randint(8, 260)
        pre = ''
        if i > 0 or w['ts_first']:
            pre += fmt_ts(w, t)
        suf = ''
        if w['optag'] and (i == 0 or w['optag_every']):
            if w['optag'] == 'pre':
                pre += w['name'] + ': '
            elif w['optag'] == 'suf':
                suf = ' -' + w['name']
            elif w['optag'] == 'paren':
                suf = ' (' + w['name'] + ')'
            else:
                suf = ' [' + w['name'] + ']'
        if pre:
            pieces.append({'typ': 'T', 'kind': '', 'text': pre, 'src': 'fmt'})
        pieces.extend(ent)
        if suf:
            pieces.append({'typ': 'T', 'kind': '', 'text': suf, 'src': 'fmt'})
    # merge adjacent plain pieces of same src is not needed; drop empty pieces
    pieces = [p for p in pieces if p['text'] != '' or p['typ'] != 'T']
    return pieces


def tpl_end(pieces):
    pos = 0
    end = 0
    for p in pieces:
        pos += len(p['text'])
        if p['src'] == 'tpl':
            end = pos
    return end


def add_typos(pieces, plan, rng):
    made = []
    n = plan['ntypos']
    if n == 0:
        return made
    if plan['typo_span']:
        # first typo inside the first live key of the full text
        ev = evaluate_full(pieces)
        if ev is not None:
            r = apply_typo_in(ev, rng)
            if r:
                made.append((r[0], r[1], 'span'))
                n -= 1
    cands = [p for p in pieces if p['src'] in ('tpl', 'upd') and p['typ'] == 'T' and WORD_RE.search(p['text'])]
    tries = 0
    while n > 0 and cands and tries < 10:
        tries += 1
        p = rng.choice(cands)
        r = apply_typo_in(p, rng, [t[1] for t in made])
        if r:
            made.append((r[0], r[1], 'out'))
            n -= 1
    return made


def evaluate_full(pieces):
    """first live key piece ignoring the cut."""
    flat = [p for p in pieces if p['typ'] in ('K', 'A', 'R')]
    for j, p in enumerate(flat):
        if p['typ'] == 'K':
            return p if WORD_RE.search(p['text']) else None
        if p['typ'] == 'A' and not any(q['typ'] == 'R' for q in flat[j + 1:]):
            return p if WORD_RE.search(p['text']) else None
    return None


def counts_for(mode, tpl, rng):
    if mode == 'none':
        return (rng.choices([0, 1, 2], [0.45, 0.4, 0.15])[0], rng.choices([0, 1], [0.7, 0.3])[0],
                rng.choices([0, 1], [0.8, 0.2])[0])
    if mode == 'safe':
        return (rng.choice([0, 0, 1]), rng.randint(1, 4), rng.randint(0, 2))
    # padding modes
    return (rng.randint(0, 5), rng.randint(0, 5), rng.randint(0, 1))


def accept(mode, plan, ev, pieces):
    if mode == 'none':
        return (not ev['trunc']) and ev['label'] == plan['label'] and ev['kind'] == plan['kind'] \
            and ev['lost'] is None
    if mode == 'safe':
        if not ev['trunc'] or ev['label'] != plan['label'] or ev['kind'] != plan['kind']:
            return False
        if plan['label'] == 'red':
            return ev['dec']['e'] <= W
        return ev['lost'] is None and not ev['res_cut'] and tpl_end(pieces) <= W
    if mode == 'partial':
        return ev['trunc'] and ev['label'] == 'red' and ev['kind'] == plan['kind'] and ev['dec']['e'] > W
    if mode == 'cutlost':
        return ev['trunc'] and ev['label'] == 'eligible' and ev['lost'] == plan['kind']
    if mode == 'reslost':
        return ev['trunc'] and ev['label'] == 'red' and ev['dec']['typ'] == 'A' and ev['res_cut']
    return False


FALLBACK = {'none': ['none', 'safe'], 'safe': ['safe', 'none'], 'partial': ['partial', 'safe', 'none'],
            'cutlost': ['cutlost'], 'reslost': ['reslost']}
MAXA = {'none': 120, 'safe': 120, 'partial': 500, 'cutlost': 400, 'reslost': 400}


def build_row(plan, rng, writers, seen):
    tried_modes = FALLBACK[plan['mode']]
    last = None
    for mode in tried_modes:
        for attempt in range(MAXA[mode]):
            w = writers[rng.randrange(len(writers))]
            pieces = render(plan, w, rng, counts_for(mode, plan['tpl'], rng))
            typos = add_typos(pieces, plan, rng)
            ev = evaluate(pieces)
            last = (pieces, typos, ev, mode, w)
            if ev['narr'] in seen:
                continue
            if accept(mode, plan, ev, pieces):
                return pieces, typos, ev, mode, w
    return None


# ---------------------------------------------------------------- planning
def cycler(items, rng):
    pool = []
    while True:
        if not pool:
            pool = list(items)
            rng.shuffle(pool)
        yield pool.pop()


def allocate(total, weights):
    """largest remainder allocation; weights: list of (key, weight)."""
    s = float(sum(wt for _, wt in weights))
    raw = [(k, total * wt / s) for k, wt in weights]
    base = {k: int(v) for k, v in raw}
    rest = total - sum(base.values())
    order = sorted(raw, key=lambda kv: (-(kv[1] - int(kv[1])), kv[0]))
    for k, _ in order[:rest]:
        base[k] += 1
    return base


def plan_rows(rng, groups, tpls):
    red_t = {k: [t for t in tpls if t['kind'] == k] for k in RED_KINDS}
    el_t = [t for t in tpls if t['kind'] == 'eligible']
    upd = [t for t in tpls if t['kind'] == 'update']
    esc_upd = {k: [u for u in upd if u['group'] == 'esc' and ('<K:%s|' % k) in u['text']] for k in RED_KINDS}
    res_upd = {}
    for u in upd:
        if u['group'] == 'res':
            res_upd.setdefault(u['opts']['alarm'], []).append(u)
    plans = []

    def P(**kw):
        d = {'upd': None, 'updkind': 'none', 'group': '-', 'ntypos': 0, 'typo_span': False}
        d.update(kw)
        plans.append(d)
        return d

    # red template rows
    for k in RED_KINDS:
        cyc = cycler(red_t[k], rng)
        for _ in range(RED_QUOTA[k]):
            P(cat='red', tpl=next(cyc), label='red', kind=k, mode='none')
    # escalations
    esc_bases = [t for t in el_t if 'esc' in t['opts']]
    base_cyc = cycler(esc_bases, rng)
    esc_list = []
    for k in RED_KINDS:
        esc_list += [k] * ESC_QUOTA.get(k, 0)
    ucyc = {k: cycler(esc_upd[k], rng) for k in RED_KINDS if esc_upd[k]}

    def pick_esc(k):
        while True:
            base = next(base_cyc)
            for _ in range(len(esc_upd[k])):
                u = next(ucyc[k])
                if u['opts']['ctx'] == 'p' or base['opts']['esc'] == 'd':
                    return base, u
    for k in esc_list:
        base, u = pick_esc(k)
        P(cat='esc', tpl=base, upd=u, updkind='esc', label='red', kind=k, mode='none', group=base['group'])
    # cut-lost from escalations
    klist = ['injury', 'violence', 'weapon', 'threat', 'police_only', 'suicide', 'injury', 'violence']
    for k in klist[:N_CUTLOST_ESC]:
        base, u = pick_esc(k)
        P(cat='cutlost', tpl=base, upd=u, updkind='esc', label='eligible', kind=k, mode='cutlost',
          group=base['group'])
    # cut-lost from late-key red templates
    late = [t for k in RED_KINDS for t in red_t[k] if t['late_key']]
    lcyc = cycler(late, rng)
    for _ in range(N_CUTLOST_TPL):
        t = next(lcyc)
        P(cat='cutlost', tpl=t, label='eligible', kind=t['kind'], mode='cutlost')
    # alarm templates + resolution updates
    alarm_t = [t for k in RED_KINDS for t in red_t[k] if 'alarm' in t['opts']]
    acyc = cycler(alarm_t, rng)
    rcyc = {a: cycler(v, rng) for a, v in sorted(res_upd.items())}
    for _ in range(N_RESUPD):
        t = next(acyc)
        P(cat='resupd', tpl=t, upd=next(rcyc[t['opts']['alarm']]), updkind='res', label='eligible', kind='',
          mode='none', group='resolved-alarm')
    unc_alarm = cycler([t for t in alarm_t if t['kind'] == 'uncertainty'], rng)
    for _ in range(N_RESLOST):
        t = next(unc_alarm)
        P(cat='reslost', tpl=t, upd=next(rcyc[t['opts']['alarm']]), updkind='res', label='red',
          kind='uncertainty', mode='reslost', group='resolved-alarm')
    # eligible template rows
    n_el = NROWS - len(plans)
    la_groups = [g for g in groups if groups[g] == 'LA']
    rt_groups = [g for g in groups if groups[g] == 'RT']
    by_g = {g: [t for t in el_t if t['group'] == g] for g in groups}
    la_alloc = allocate(LA_ROWS, [(g, len(by_g[g])) for g in la_groups])
    rt_alloc = allocate(n_el - LA_ROWS, [(g, len(by_g[g])) for g in rt_groups])
    for g in la_groups + rt_groups:
        n = la_alloc.get(g, 0) + rt_alloc.get(g, 0)
        cyc = cycler(by_g[g], rng)
        for _ in range(n):
            P(cat='elig', tpl=next(cyc), label='eligible', kind='', mode='none', group=g)
    assert len(plans) == NROWS, len(plans)

    # truncation modes
    red_rows = [p for p in plans if p['cat'] == 'red']
    cand_partial = [p for p in red_rows if p['tpl']['late_key']] + [p for p in plans if p['cat'] == 'esc']
    rng.shuffle(cand_partial)
    for p in cand_partial[:N_PARTIAL]:
        p['mode'] = 'partial'
    rest = [p for p in red_rows if p['mode'] == 'none']
    rng.shuffle(rest)
    for p in rest[:N_SAFE_RED]:
        p['mode'] = 'safe'
    el_rows = [p for p in plans if p['cat'] == 'elig']
    rng.shuffle(el_rows)
    for p in el_rows[:N_SAFE_ELIG]:
        p['mode'] = 'safe'

    # neutral / clarifying updates
    have = sum(1 for p in plans if p['upd'] is not None)
    free = [p for p in plans if p['upd'] is None and p['mode'] in ('none', 'safe')]
    rng.shuffle(free)
    neutral = [u for u in upd if u['group'] == 'neutral']
    clarify = [u for u in upd if u['group'] == 'clarify']
    ncyc, ccyc = cycler(neutral, rng), cycler(clarify, rng)
    for p in free[:max(0, UPDATE_TARGET - have)]:
        if p['label'] == 'eligible' and p['group'] in CLARIFY_GROUPS and rng.random() < 0.5:
            p['upd'], p['updkind'] = next(ccyc), 'clarify'
        else:
            p['upd'], p['updkind'] = next(ncyc), 'neutral'

    # typos
    order = list(plans)
    rng.shuffle(order)
    for p in order[:TYPO_TARGET]:
        p['ntypos'] = rng.choices([1, 2], [0.7, 0.3])[0]
        if p['label'] == 'red' and p['mode'] != 'cutlost' and rng.random() < 0.6:
            p['typo_span'] = True

    # call types
    red_plans = [p for p in plans if p['label'] == 'red']
    for p in plans:
        p['ctype'] = p['tpl']['ctypes'][0]
        p['vague'] = p['ctype'] in VAGUE
    target = int(round(VAGUE_SHARE * len(red_plans)))
    already = sum(1 for p in red_plans if p['vague'])
    others = [p for p in red_plans if not p['vague']]
    rng.shuffle(others)
    for p in others[:max(0, target - already)]:
        alts = [c for c in p['tpl']['ctypes'][1:] if c in VAGUE]
        if alts and rng.random() < 0.75:
            p['ctype'] = rng.choice(alts)
        else:
            p['ctype'] = rng.choice(GENERIC_VAGUE[p['kind']])
        p['vague'] = True
    for p in plans:
        if p['label'] == 'eligible' and len(p['tpl']['ctypes']) > 1 and rng.random() < 0.2:
            p['ctype'] = rng.choice(p['tpl']['ctypes'][1:])
    rng.shuffle(plans)
    return plans


# ---------------------------------------------------------------- output
def marked_text(pieces):
    out = []
    for p in pieces:
        if p['typ'] == 'T':
            out.append(p['text'])
        elif p['typ'] == 'R':
            out.append('<R|%s>' % p['text'])
        else:
            out.append('<%s:%s|%s>' % (p['typ'], p['kind'], p['text']))
    return ''.join(out)


ADMIN = []


def alternatives(plan, tpls):
    t = plan['tpl']
    if plan['cat'] in ('esc',) or (plan['cat'] == 'cutlost' and t['kind'] == 'eligible'):
        ctx = plan['upd']['opts']['ctx']
        return [x for x in tpls if x['kind'] == 'eligible' and 'esc' in x['opts']
                and (ctx == 'p' or x['opts']['esc'] == 'd') and x['id'] != t['id']]
    if plan['cat'] in ('resupd', 'reslost'):
        return [x for x in tpls if x['opts'].get('alarm') == t['opts']['alarm'] and x['kind'] == t['kind']
                and x['id'] != t['id']] or [t]
    if plan['cat'] == 'cutlost':
        return [x for x in tpls if x['kind'] in RED_KINDS and x['late_key'] and x['id'] != t['id']]
    if plan['cat'] == 'red':
        return [x for x in tpls if x['kind'] == t['kind'] and x['id'] != t['id']]
    return [x for x in tpls if x['kind'] == 'eligible' and x['group'] == t['group'] and x['id'] != t['id']]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(SEED)
    groups, tpls = load_templates(TEMPLATES)
    ADMIN[:] = [t for t in tpls if t['kind'] == 'admin']
    writers = make_writers(rng)
    plans = plan_rows(rng, groups, tpls)
    seen = set()
    rows = []
    fallbacks = []
    for i, plan in enumerate(plans):
        rid = '%s-%04d' % (PREFIX, i + 1)
        r = build_row(plan, rng, writers, seen)
        swaps = 0
        while r is None and swaps < 12:
            swaps += 1
            alt = alternatives(plan, tpls)
            fallbacks.append((rid, 'template-swap', plan['tpl']['id']))
            plan['tpl'] = alt[rng.randrange(len(alt))]
            if plan['cat'] == 'cutlost' and plan['tpl']['kind'] in RED_KINDS:
                plan['kind'] = plan['tpl']['kind']
            r = build_row(plan, rng, writers, seen)
        if r is None:
            raise SystemExit('could not build row %s (%s %s)' % (rid, plan['tpl']['id'], plan['mode']))
        pieces, typos, ev, mode, w = r
        if mode != plan['mode']:
            fallbacks.append((rid, plan['mode'], mode))
        seen.add(ev['narr'])
        suffix = '; truncated at %d' % W if ev['trunc'] else ''
        if ev['label'] == 'red':
            flags = ev['kind']
            reason = "%s <- '%s'%s" % (ev['kind'], ev['span'], suffix)
        else:
            flags = ''
            if ev['lost']:
                reason = 'eligible: cut-lost-key (%s)%s' % (ev['lost'], suffix)
            else:
                grp = plan['group']
                if plan['cat'] in ('resupd', 'reslost'):
                    grp = 'resolved-alarm'
                reason = 'eligible: %s%s' % (grp, suffix)
        tid = plan['tpl']['id'] + ('+' + plan['upd']['id'] if plan['upd'] is not None else '')
        grp = plan['group'] if plan['cat'] not in ('resupd', 'reslost') else 'resolved-alarm'
        rows.append({
            'id': rid, 'call_type': plan['ctype'], 'narrative': ev['narr'], 'label': ev['label'],
            'flags': flags, 'reason': reason, 'split': SPLIT,
            'm_template': tid, 'm_cat': plan['cat'], 'm_mode': mode, 'm_group': grp,
            'm_update': plan['updkind'], 'm_writer': w['name'],
            'm_typos': ','.join('%s>%s@%s' % t for t in typos),
            'm_marked': marked_text(pieces), 'm_trunc': ev['trunc'],
            'm_lookalike': groups.get(grp) == 'LA',
        })
    # CSV
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator='\r\n', quoting=csv.QUOTE_MINIMAL)
    wr.writerow(['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split'])
    for r in rows:
        wr.writerow([r['id'], r['call_type'], r['narrative'], r['label'], r['flags'], r['reason'], r['split']])
    data = buf.getvalue().encode('utf-8')
    with open(os.path.join(outdir, SETNAME + '.csv'), 'wb') as fh:
        fh.write(data)
    # markup
    mk = ['\t'.join(['id', 'template', 'category', 'mode', 'group', 'update', 'writer', 'typos',
                     'call_type', 'marked_narrative'])]
    for r in rows:
        for v in (r['m_marked'], r['m_typos'], r['call_type']):
            assert '\t' not in v and '\n' not in v
        mk.append('\t'.join([r['id'], r['m_template'], r['m_cat'], r['m_mode'], r['m_group'],
                             r['m_update'], r['m_writer'], r['m_typos'], r['call_type'], r['m_marked']]))
    with open(os.path.join(outdir, SETNAME + '_markup.tsv'), 'wb') as fh:
        fh.write(('\n'.join(mk) + '\n').encode('utf-8'))
    md = build_md(rows, tpls, groups, hashlib.md5(data).hexdigest(), fallbacks, writers)
    with open(os.path.join(outdir, SETNAME + '.md'), 'wb') as fh:
        fh.write(md.encode('utf-8'))
    sys.stderr.write('rows=%d fallbacks=%d\n' % (len(rows), len(fallbacks)))


def build_md(rows, tpls, groups, md5, fallbacks, writers):
    from collections import Counter
    n = len(rows)
    red = [r for r in rows if r['label'] == 'red']
    el = [r for r in rows if r['label'] == 'eligible']
    kinds = Counter(r['flags'] for r in red)
    egroups = Counter(r['reason'].split('; truncated')[0][len('eligible: '):] for r in el)
    trunc = [r for r in rows if r['m_trunc']]
    modes = Counter(r['m_mode'] for r in rows)
    vague = sum(1 for r in red if r['call_type'] in VAGUE)
    upd = Counter(r['m_update'] for r in rows)
    ntypo = sum(1 for r in rows if r['m_typos'])
    nspan = sum(1 for r in rows if '@span' in r['m_typos'])
    la = sum(1 for r in el if r['m_lookalike'] and 'cut-lost-key' not in r['reason'])
    tk = Counter(t['kind'] for t in tpls)
    ntpl = sum(v for k, v in tk.items() if k not in ('update', 'admin'))
    nred_t = sum(tk[k] for k in RED_KINDS)
    used = set()
    for r in rows:
        used.update(r['m_template'].split('+'))
    L = []
    a = L.append
    a('# blind30: held-out 911 narrative screening set (west-coast city PD CAD log style)')
    a('')
    a('## File')
    a('')
    a('- `blind30.csv`: %d rows, RFC 4180, CRLF line ends, UTF-8 (ASCII only), header `id,call_type,narrative,label,flags,reason,split`.' % n)
    a('- md5: `%s`' % md5)
    a('- split: `blind30`; ids `B30-0001` .. `B30-%04d`; field width W = %d.' % (n, W))
    a('- Companion files: `blind30_markup.tsv` (per-row markup), `blind30_templates.txt` (templates),')
    a('  `make_blind30.py` (generator), `check_blind30.py` (independent checker).')
    a('')
    a('## Regenerate / verify')
    a('')
    a('```')
    a('nice -n 10 python3 make_blind30.py /work/blind30-out     # writes csv, markup, md')
    a('nice -n 10 python3 check_blind30.py /work/blind30-out    # exit 0 = OK')
    a('```')
    a('')
    a('The generator uses one `random.Random(%d)`, never iterates over hash-ordered sets, and is' % SEED)
    a('byte-identical under any PYTHONHASHSEED (the checker regenerates under 0, 1 and 999 and compares).')
    a('')
    a('## How it was built')
    a('')
    a('- %d hand-written templates in `blind30_templates.txt`: %d red (%s) and %d eligible in %d groups'
      % (ntpl, nred_t, ', '.join('%s %d' % (k, tk[k]) for k in RED_KINDS), tk['eligible'], len(groups)))
    a('  (%d look-alike groups, %d routine groups); plus %d update lines (neutral, clarifying, escalating,'
      % (sum(1 for g in groups if groups[g] == 'LA'), sum(1 for g in groups if groups[g] == 'RT'), tk['update']))
    a('  resolving) and %d neutral administrative entries. %d of the %d row templates are used at least once.'
      % (tk['admin'], len([u for u in used if not u.startswith('UP')]), ntpl))
    a('- Markup: `<K:kind|span>` decisive red key; `<A:kind|span>` alarm (red unless resolved); `<R|span>`')
    a('  resolution; `{slot}` fillers (addresses, streets, places, ages, relations, vehicles, clothing, units...).')
    a('- Quotas are planned first (red per kind, escalations, resolutions, cut-lost rows, eligible rows per group);')
    a('  templates are cycled in shuffled order so each is used about once before any repeat.')
    a('- Each row is written by one of %d simulated call-takers (own casing, entry separator, time-stamp' % len(writers))
    a('  format, operator tag, and habit words: RP / R/P / caller / COMP, adv / advises / states / sts,')
    a('  subj / subject / sub, w/ / with, veh / vehicle, IFO / in front of, update prefix).')
    a('- Remarks are multi-entry: the report, then neutral administrative entries (unit assigned, CB#, X-ST,')
    a('  loc verified, premise history, dup merged, RP declined contact...), then later template entries and')
    a('  generator updates, so the decisive words are often in a later entry.')
    a('- Updates on %d rows (%.1f%%): %s.' % (n - upd['none'], 100.0 * (n - upd['none']) / n,
      ', '.join('%s %d' % (k, upd[k]) for k in ('neutral', 'clarify', 'esc', 'res'))))
    a('- Typos (1-2 per row: swap, drop, double, neighbour key) on %d rows (%.1f%%); %d of them inside the'
      % (ntypo, 100.0 * ntypo / n, nspan))
    a('  decisive key span (a misspelled key still counts).')
    a('- Rows whose rendered remarks exceed W are cut exactly at W (often mid-word); the generator renders')
    a('  by rejection sampling until each row reaches its planned cut mode. Duplicate narratives are rejected.')
    a('')
    a('## Labelling rule (applied after the cut)')
    a('')
    a('- "letters" below are ASCII letters and digits.')
    a('- A red key survives if it ends within W, or if it is cut with at least 5 letters surviving and at most')
    a('  3 letters lost.')
    a('- An alarm counts as red unless a resolution follows it and every resolution in the row survives whole;')
    a('  a resolution cut at W does not count; a key written after a resolution is live again.')
    a('- If any key survives the row is red with the kind of the leftmost surviving key, reason')
    a("  `kind <- 'span as it appears in the narrative'` (the surviving part if cut).")
    a('- Else, if a red key (or an unresolved alarm) was lost to the cut: `eligible: cut-lost-key (kind)`')
    a('  (kind of the leftmost lost key); otherwise `eligible: <group>`. `; truncated at 200` is appended')
    a('  whenever the narrative was cut.')
    a('')
    a('## Counts')
    a('')
    a('- red %d (%.1f%%), eligible %d (%.1f%%).' % (len(red), 100.0 * len(red) / n, len(el), 100.0 * len(el) / n))
    a('- red per kind (share of red):')
    for k in ['injury', 'police_only', 'violence', 'weapon', 'threat', 'uncertainty', 'suicide']:
        a('  - %s: %d (%.1f%%)' % (k, kinds[k], 100.0 * kinds[k] / len(red)))
    a('- red rows with a vague or misleading call type: %d (%.1f%% of red).' % (vague, 100.0 * vague / len(red)))
    a('- eligible per group:')
    for g, c in sorted(egroups.items(), key=lambda kv: (-kv[1], kv[0])):
        tag = groups.get(g, '')
        a('  - %s: %d%s' % (g, c, ' (look-alike)' if tag == 'LA' else (' (routine)' if tag == 'RT' else '')))
    a('- look-alike eligible rows (excluding cut-lost-key): %d of %d eligible (%.1f%%).' % (la, len(el), 100.0 * la / len(el)))
    a('')
    a('## Truncation')
    a('')
    a('- truncated rows: %d (%.1f%%).' % (len(trunc), 100.0 * len(trunc) / n))
    a('- by mode: %s.' % ', '.join('%s %d' % (k, modes[k]) for k in ('safe', 'partial', 'cutlost', 'reslost')))
    a('  - safe: cut falls after the decisive key (red) or inside administrative text only (eligible);')
    a('  - partial: decisive key cut mid-span but survives (>=5 letters kept, <=3 lost);')
    a('  - cutlost: every red key lost to the cut -> `eligible: cut-lost-key (kind)`;')
    a('  - reslost: alarm survives but its resolution is cut -> red.')
    a('- generator fallbacks (template swaps or mode changes): %d.' % len(fallbacks))
    a('')
    a('## Style notes')
    a('')
    a('- One west-coast city police department; penal-code numbers and 10-codes are nouns in call types and')
    a('  remarks: 415 disturbance, 415N noise, 415F family, 242 battery, 245 ADW, 273.5 DV, 273.6 TRO violation,')
    a('  273A child endangerment, 207 kidnap, 211 robbery, 314 indecent exposure, 368 elder abuse, 417 brandishing,')
    a('  422 threats, 459 burglary, 459A audible alarm, 487 grand theft, 488 petty theft, 594 vandalism,')
    a('  602 trespass, 646.9 stalking, 647F drunk in public, 653M harassing calls, 5150 mental-health hold')
    a('  (5150S suicidal), 10851 stolen vehicle (10851R recovered), 20002 hit and run, 23152 DUI, 10-8 available,')
    a('  10-15 in custody, 10-97 on scene, code 2 / code 3, 11-41 ambulance, 11-44 deceased, 11-80 / 11-81 injury')
    a('  collision, 11-82 non-injury collision.')
    a('- Conventions: IP (in progress), JO (just occurred), GOA (gone on arrival), UTL (unable to locate),')
    a('  NFI (no further info), ANI/ALI, CB#, X-ST, PREM HX, RP (reporting party).')
    a('- Medical shorthand: LOC / UNK LOC / DLOC, A&O x0-x4, DIB, SOB, CP, unc/unresp, ETOH, OD, narcan,')
    a('  CPR in prog, fall w/ head inj, M1 (medic), AMR, 11-41.')
    a('- Eligible rows also carry codes (415N NOISE, 488 report only, 10851R recovered, 5150 resolved by family,')
    a('  11-82 non-injury) and about half the eligible rows are look-alikes of red calls.')
    a('')
    a('## Provenance')
    a('')
    a('- Read for background only: /work/shared/reference/cross-city-taxonomy-notes.md and the first ~150 lines of')
    a('  /work/shared/reference/operations-notes.md (directory listing of /work/shared/reference/ seen).')
    a('- Did NOT open, list, grep or search anything under /work/main (the screener repository), any other')
    a('  /work/blind*-out directory, or any screening lexicon. No registry, model or data set was used.')
    a('- All templates, slot lists, code tables and the generator/checker were written by hand for this set,')
    a('  using only the Python 3 standard library.')
    a('')
    return '\n'.join(L)


if __name__ == '__main__':
    main()
