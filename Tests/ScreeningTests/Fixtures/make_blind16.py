#!/usr/bin/env python3
"""make_blind16.py - deterministic generator for the blind16 held-out set of 911/CAD narratives.

Usage: python3 make_blind16.py [OUTDIR]     (writes OUTDIR/blind16.csv, default ./)

Standard library only. All randomness comes from random.Random(20270307); no set is ever iterated,
so the output is byte-identical under any PYTHONHASHSEED.

Markup used in the hand-written templates (stripped from the output, drives the labels):
  [[kind:text]]            decisive red key
  <<kind:text>> ((text))   alarm and its resolution (resolved alarm -> no flag unless resolution is cut)
  {text}                   decoy (negation / history / harmless)
kind may be written in full or as w v t i s p u.  $RP $SUBJ $PD $EMS $ST are agency vocabulary,
' | ' is the agency clause separator, 'TYPE>' at the start of a template hints the fitting call type.
"""
import csv, io, os, re, sys, random

SEED = 20270307
N_ROWS = 1000
N_RED = 400
N_CUT = 200
KINDS = ['weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty']
ALIAS = {'w': 'weapon', 'v': 'violence', 't': 'threat', 'i': 'injury', 's': 'suicide',
         'p': 'police_only', 'u': 'uncertainty'}
for _k in KINDS:
    ALIAS[_k] = _k
CUT_CATS = ['after_markup', 'before_key', 'in_decoy', 'in_key', 'in_res', 'key_tail']

# ---------------------------------------------------------------- call-type vocabularies
TYPE_CODES = ['WPN', 'SHOTS', 'ASLT', 'FIGHT', 'DV', 'DVV', 'THRT', 'MED', 'OD', 'FALL', 'UNC', 'SUIC', 'MH',
              'BURG', 'ROB', 'PROWL', 'THEFT', 'VTHEFT', 'DUI', 'MISS', 'CHILD', 'EXPO', 'SHOP', 'UNK', 'HANG',
              'WELF', 'SUSP', 'DIST', 'NOISE', 'CIVIL', 'INTOX', 'TRESP', 'FOUND', 'ANIMAL', 'HARASS',
              'ASSIST', 'JUV', 'VAG', 'ALARM', 'PARK', 'LOST']
VOCAB = {
 'apco': dict(WPN='WEAPON', SHOTS='SHOTS', ASLT='ASSAULT', FIGHT='FIGHT', DV='DVA', DVV='DVNA', THRT='THREATS',
              MED='MEDICAL', OD='OD', FALL='FALL', UNC='UNCON', SUIC='SUICIDE', MH='MNTL', BURG='BURG',
              ROB='ROBBERY', PROWL='PROWLER', THEFT='THEFT', VTHEFT='VEHTHEFT', DUI='DUI', MISS='PERMISS',
              CHILD='CHILDAB', EXPO='INDECENT', SHOP='SHOPLIFT', UNK='TROUBLE', HANG='HANGUP', WELF='WELFARE',
              SUSP='SUSPP', DIST='DISORD', NOISE='NOISE', CIVIL='CIVIL', INTOX='INTOX', TRESP='TRESPASS',
              FOUND='FOUNDPROP', ANIMAL='ANIMAL', HARASS='HARR', ASSIST='CITASST', JUV='JUV', VAG='VAG',
              ALARM='ALARM', PARK='PARKING', LOST='LOSTPROP'),
 'penal': dict(WPN='245 ADW', SHOTS='246 SHOTS', ASLT='242 BATT', FIGHT='415F FIGHT', DV='273.5 DV',
               DVV='415 FAM', THRT='422 THREATS', MED='MED AID', OD='OD/POISON', FALL='MED AID FALL',
               UNC='MED AID UNC', SUIC='5150 SUIC', MH='5150', BURG='459 IP', ROB='211', PROWL='PROWLER',
               THEFT='484 RPT', VTHEFT='10851 IP', DUI='23152', MISS='MISS PERS', CHILD='273A CHILD',
               EXPO='314 EXPOSURE', SHOP='484 SHOPLIFT', UNK='UNK TRBL', HANG='911 HANGUP', WELF='WELF CHK',
               SUSP='SUSP CIRC', DIST='415', NOISE='415N NOISE', CIVIL='CIVIL', INTOX='647F', TRESP='602',
               FOUND='FOUND PROP', ANIMAL='ANIMAL', HARASS='653M', ASSIST='PUB ASST', JUV='JUV DIST',
               VAG='TRANSIENT', ALARM='ALARM', PARK='PKG VIOL', LOST='LOST PROP'),
 'signal': dict(WPN='10-32 PERS W/ WPN', SHOTS='SIG 34S SHOTS', ASLT='SIG 34 ASSAULT', FIGHT='10-10 FIGHT',
                DV='SIG 103D DOMESTIC', DVV='SIG 103 VERBAL', THRT='10-59 THREATS', MED='10-52 MEDICAL',
                OD='10-52 OD', FALL='10-52 FALL', UNC='10-52 UNCON', SUIC='SIG 27 SUICIDAL', MH='SIG 27 MENTAL',
                BURG='SIG 62 BURG IP', ROB='SIG 64 ROBBERY', PROWL='10-86 PROWLER', THEFT='SIG 67 THEFT RPT',
                VTHEFT='SIG 65 AUTO THEFT', DUI='SIG 30 DWI', MISS='10-57 MISSING', CHILD='SIG 18 CHILD',
                EXPO='SIG 42 EXPOSURE', SHOP='SIG 67S SHOPLIFT', UNK='10-66 UNK', HANG='911 ABAN',
                WELF='10-45 WELFARE', SUSP='10-66 SUSP', DIST='SIG 25 DISTURB', NOISE='SIG 25N NOISE',
                CIVIL='SIG 63 CIVIL', INTOX='SIG 25D DRUNK', TRESP='SIG 24 TRESPASS', FOUND='FOUND PROP',
                ANIMAL='10-91 ANIMAL', HARASS='SIG 26 HARASS', ASSIST='10-38 ASSIST', JUV='SIG 9 JUV',
                VAG='SIG 25V VAGRANT', ALARM='SIG 2 ALARM', PARK='SIG 5 PARKING', LOST='LOST PROP'),
 'uk': dict(WPN='FIREARMS/BLADED ARTICLE', SHOTS='FIREARMS DISCHARGE', ASLT='ASSAULT', FIGHT='AFFRAY',
            DV='DOMESTIC INCIDENT', DVV='DOMESTIC - VERBAL', THRT='THREATS TO KILL', MED='AMBULANCE REQ',
            OD='AMBULANCE REQ - OD', FALL='AMBULANCE REQ - FALL', UNC='AMBULANCE REQ', SUIC='CONCERN - SUICIDAL',
            MH='MENTAL HEALTH', BURG='BURGLARY IN PROGRESS', ROB='ROBBERY', PROWL='SUSPICIOUS CIRCS',
            THEFT='THEFT REPORT', VTHEFT='TWOC IN PROGRESS', DUI='HIGHWAY - DRINK DRIVER', MISS='MISPER',
            CHILD='CONCERN FOR CHILD', EXPO='INDECENT EXPOSURE', SHOP='SHOP THEFT', UNK='ABANDONED/SILENT',
            HANG='ABANDONED CALL', WELF='CONCERN FOR WELFARE', SUSP='SUSPICIOUS CIRCS', DIST='ASB - PERSONAL',
            NOISE='ASB - NUISANCE NOISE', CIVIL='CIVIL DISPUTE', INTOX='DRUNK AND INCAPABLE', TRESP='ASB - TRESPASS',
            FOUND='LOST/FOUND PROPERTY', ANIMAL='ANIMALS', HARASS='HARASSMENT', ASSIST='ASSIST PUBLIC',
            JUV='ASB - YOUTHS', VAG='ROUGH SLEEPER', ALARM='ALARM ACTIVATION', PARK='HIGHWAY - OBSTRUCTION',
            LOST='LOST/FOUND PROPERTY'),
 'au': dict(WPN='WEAPONS', SHOTS='SHOTS FIRED', ASLT='ASSAULT', FIGHT='BRAWL', DV='DOMESTIC - PHYSICAL',
            DVV='DOMESTIC - VERBAL', THRT='THREATENING BEHAVIOUR', MED='MEDICAL ASSIST', OD='OVERDOSE',
            FALL='MEDICAL ASSIST - FALL', UNC='MEDICAL ASSIST', SUIC='SELF HARM', MH='MENTAL HEALTH',
            BURG='BREAK AND ENTER IN PROGRESS', ROB='ARMED HOLD UP', PROWL='PROWLER', THEFT='STEALING REPORT',
            VTHEFT='STEAL MV IN PROGRESS', DUI='DRINK DRIVER', MISS='MISSING PERSON', CHILD='CHILD WELFARE',
            EXPO='WILFUL EXPOSURE', SHOP='SHOP STEAL', UNK='SILENT 000 CALL', HANG='000 DROPOUT',
            WELF='CONCERN FOR WELFARE', SUSP='SUSPICIOUS PERSON', DIST='DISTURBANCE', NOISE='NOISE COMPLAINT',
            CIVIL='CIVIL MATTER', INTOX='INTOXICATED PERSON', TRESP='TRESPASS', FOUND='FOUND PROPERTY',
            ANIMAL='ANIMAL MATTER', HARASS='NUISANCE/HARASS', ASSIST='ASSIST PUBLIC', JUV='JUVENILES',
            VAG='PERSON SLEEPING ROUGH', ALARM='ALARM', PARK='PARKING', LOST='LOST PROPERTY'),
 'ca': dict(WPN='WEAPONS COMPLAINT', SHOTS='SHOTS FIRED', ASLT='ASSAULT', FIGHT='FIGHT IN PROGRESS',
            DV='DOMESTIC - PHYS', DVV='DOMESTIC - VERBAL', THRT='UTTERING THREATS', MED='MEDICAL ASSIST',
            OD='OVERDOSE', FALL='MEDICAL - FALL', UNC='MEDICAL - UNCON', SUIC='SUICIDAL PERSON', MH='MHA',
            BURG='B&E IN PROGRESS', ROB='ROBBERY', PROWL='PROWLER', THEFT='THEFT UNDER', VTHEFT='MV THEFT IP',
            DUI='IMPAIRED DRIVER', MISS='MISSING PERSON', CHILD='CHILD IN DANGER', EXPO='INDECENT ACT',
            SHOP='SHOPLIFTER', UNK='UNKNOWN TROUBLE', HANG='ABANDONED 911', WELF='CHECK WELL-BEING',
            SUSP='SUSPICIOUS PERSON', DIST='DISTURBANCE', NOISE='NOISE COMPLAINT', CIVIL='CIVIL DISPUTE',
            INTOX='INTOX PERSON', TRESP='TRESPASS', FOUND='FOUND PROPERTY', ANIMAL='ANIMAL COMPLAINT',
            HARASS='HARASSMENT', ASSIST='ASSIST GENERAL PUBLIC', JUV='YOUTH COMPLAINT', VAG='UNHOUSED PERSON',
            ALARM='ALARM', PARK='BYLAW PARKING', LOST='LOST PROPERTY'),
 'ie': dict(WPN='FIREARM/KNIFE INCIDENT', SHOTS='SHOTS HEARD', ASLT='ASSAULT CAUSING HARM', FIGHT='PUBLIC ORDER - FIGHT',
            DV='DOMESTIC - ASSAULT', DVV='DOMESTIC DISPUTE', THRT='THREATS', MED='AMBULANCE REQUIRED',
            OD='AMBULANCE - OD', FALL='AMBULANCE - FALL', UNC='AMBULANCE REQUIRED', SUIC='CONCERN - SELF HARM',
            MH='MENTAL HEALTH ACT', BURG='BURGLARY IN PROGRESS', ROB='ROBBERY', PROWL='SUSPICIOUS PERSON',
            THEFT='THEFT', VTHEFT='UNAUTH TAKING MPV', DUI='DRINK DRIVING', MISS='MISSING PERSON',
            CHILD='CHILD CARE ACT', EXPO='INDECENT EXPOSURE', SHOP='SHOPLIFTING', UNK='SILENT CALL',
            HANG='SILENT CALL', WELF='CONCERN FOR PERSON', SUSP='SUSPICIOUS ACTIVITY', DIST='PUBLIC ORDER',
            NOISE='NOISE NUISANCE', CIVIL='CIVIL MATTER', INTOX='INTOXICATED IN PUBLIC', TRESP='TRESPASS',
            FOUND='FOUND PROPERTY', ANIMAL='ANIMAL/STRAY', HARASS='HARASSMENT', ASSIST='ASSISTANCE',
            JUV='YOUTHS CONGREGATING', VAG='ROUGH SLEEPER', ALARM='ALARM', PARK='PARKING', LOST='LOST PROPERTY'),
 'plain': dict(WPN='Person with weapon', SHOTS='Shots fired', ASLT='Assault', FIGHT='Fight', DV='Domestic violence',
               DVV='Domestic verbal', THRT='Threats', MED='Medical emergency', OD='Overdose', FALL='Fall injury',
               UNC='Unconscious person', SUIC='Suicidal person', MH='Mental health', BURG='Burglary in progress',
               ROB='Robbery', PROWL='Prowler', THEFT='Theft report', VTHEFT='Vehicle theft in progress',
               DUI='Reckless/impaired driver', MISS='Missing person', CHILD='Child endangerment',
               EXPO='Indecent exposure', SHOP='Shoplifter', UNK='Unknown trouble', HANG='911 hang up',
               WELF='Welfare check', SUSP='Suspicious person', DIST='Disturbance', NOISE='Noise complaint',
               CIVIL='Civil matter', INTOX='Intoxicated person', TRESP='Trespass', FOUND='Found property',
               ANIMAL='Animal problem', HARASS='Harassment', ASSIST='Citizen assist', JUV='Juvenile problem',
               VAG='Homeless person', ALARM='Alarm', PARK='Parking complaint', LOST='Lost property'),
}
MILD_TYPES = ['WELF', 'SUSP', 'HANG', 'DIST']
ALARM_TYPES = ['WPN', 'SHOTS', 'ASLT', 'FIGHT', 'DV', 'THRT', 'MED', 'SUIC', 'BURG', 'ROB', 'PROWL', 'UNK']
KIND_TYPES = {'weapon': ['WPN', 'WPN', 'ASLT'], 'violence': ['FIGHT', 'ASLT', 'DV'], 'threat': ['THRT'],
              'injury': ['MED', 'MED', 'UNC', 'FALL'], 'suicide': ['SUIC', 'SUIC', 'MH'],
              'police_only': ['SUSP'], 'uncertainty': ['UNK', 'HANG']}

# ---------------------------------------------------------------- agencies
COMMON_HEAD = ['P2', 'P3', 'PRI 3', 'PRI 2', 'C/A', 'CALLER ADVISED', 'LOC VERIFIED', 'PH2 WIRELESS',
               'CB# ON FILE', 'LANDLINE', 'DUP CALL', 'ALI MATCH', 'UPDATED', 'XREF PRIOR',
               'TTY NEG', 'LANG ENG', 'ANI/ALI OK', 'REC ON']
COMMON_TAIL = ['CALLER ADVISED', 'CALLER ADVISED TO CALL BACK', 'NFI', 'RP WILL MEET', 'CFS LINKED',
               'STBY FOR UPDATES', 'NO CALLBACK REQ', 'CB# ON FILE', 'LOC VERIFIED', 'DUP OF PRIOR']
AGENCIES = [
 dict(code='HARBOR', W=100, case='upper', sep=' / ', style='penal',
      RP=['RP', 'RP', 'R/P'], SUBJ=['SUBJ', 'S1', 'SUBJ'], PD=['PD', 'UNITS', 'DEPS'], EMS=['MEDICS', 'AMR', 'FD'],
      ST=['1400 BLK W OCEAN BL', 'PIER 4', 'MAIN/3RD', 'HWY 1 MM 22', 'SEAVIEW MHP SP 12', '200 BLK HARBOR DR',
          'ALAMEDA/CYPRESS', 'FERRY LANDING LOT'],
      head=['RO:2B14', 'RO:4A21', 'DISP 13:04', 'DISP 02:41', 'ENRT 3B7', 'BT 6', 'BEAT 12'],
      tail=['2B14 ENRT', 'ADV RP', 'CODE 4?', 'CHP NOTIFIED', 'TOW RQ NEG']),
 dict(code='EASTFIELD', W=160, case='asis', sep='. ', style='apco',
      RP=['caller', 'Caller', 'RP'], SUBJ=['subject', 'subj', 'the subject'], PD=['officers', 'PD', 'units'],
      EMS=['EMS', 'medics', 'ambulance'],
      ST=['400 blk Linden Ave', 'Linden/Ash', 'Eastfield Transit Center', '12 Mercer Ct', 'Riverside Park lot B',
          'Route 9 at the overpass', '1801 Commerce Dr', 'Kessler Towers bldg C'],
      head=['Inc 26-118203', 'Inc 26-118944', 'Disp 14:22:09', 'Disp 08:15:40', 'Unit 2C31 asgn', 'Unit 4D12 asgn',
            'Sector 3', 'Q: PD-EAST'],
      tail=['2C31 on scene', 'Caller will wait out front', 'Sup notified', 'Linked to prior inc', 'Call back if changes']),
 dict(code='SAGEBRUSH', W=72, case='lower', sep=' -- ', style='plain',
      RP=['comp', 'comp', 'caller'], SUBJ=['party', 'subj', 'party'], PD=['tribal pd', 'officers', 'bia units'],
      EMS=['ems', 'ihs ambulance', 'medics'],
      ST=['bia rt 15', 'housing area c', 'chapter house lot', 'bia rt 7 mm 31', 'sunrise loop 44',
          'powwow grounds', 'old agency rd', 'trading post'],
      head=['u7 asgn', 'u3 asgn', 'rcvd 0212', 'rcvd 1930', 'dist 2', 'dist 4', 'xfer from county'],
      tail=['u7 enrt', 'lt advised', 'county notified', 'comp to stay on line', 'no further']),
 dict(code='GULFPARISH', W=128, case='upper', sep=' ** ', style='signal',
      RP=['COMPL', 'COMPL', 'CALLER'], SUBJ=['SUBJ', 'SUBJ', 'PERSON'], PD=['DEPUTIES', 'UNITS', 'SO'],
      EMS=['ACADIAN', 'EMS', 'AMB'],
      ST=['LA 23 AT BAYOU RD', 'PORT FOURCHON GATE 2', 'CAMP 14 OFF LA 1', 'DOCK 9', 'HWY 90 EB MM 12',
          'BAYOU TRAILER PARK LOT 6', 'PARISH BARN RD', 'FAIRGROUNDS'],
      head=['SIG 10-6', 'ZONE 3', 'ZONE 7', 'DEP 14 ASGN', 'DEP 22 ASGN', '1435 HRS', '0310 HRS'],
      tail=['DEP 14 ENRT', 'SUP ADVISED', 'NOTIFIED SGT', 'CALLER ON STBY', '10-4']),
 dict(code='NORTHMOOR', W=120, case='asis', sep='; ', style='uk',
      RP=['INFT', 'informant', 'caller'], SUBJ=['male', 'POI', 'the male'], PD=['officers', 'patrols', 'units'],
      EMS=['NEAS', 'ambulance', 'paramedics'],
      ST=['High St', 'Station Rd', 'the quayside', 'Wellgate estate', 'A19 slip road', 'Moor Lane farm',
          'Town Moor', 'Metro platform 2'],
      head=['Grade 2', 'Grade 3', 'OIC PC 884', 'THRIVE done', 'OIC PC 2231', 'Log 0412', 'Log 1187'],
      tail=['Res: patrols attending', 'inft updated', 'Log linked', 'call back if needed', 'RP aware']),
 dict(code='COASTAL', W=96, case='upper', sep=' .. ', style='au',
      RP=['INFT', 'INFT', 'CALLER'], SUBJ=['POI', 'POI', 'PERSON'], PD=['CREWS', 'POLICE', 'CARS'],
      EMS=['QAS', 'AMBOS', 'PARAMEDICS'],
      ST=['ESPLANADE', 'BOAT RAMP CAR PARK', 'SURF CLUB', 'STATION ST', 'CARAVAN PARK SITE 21', 'MINE ACCESS RD',
          'FERRY WHARF', 'SHOWGROUNDS'],
      head=['JOB 4417', 'JOB 5120', 'JOB 6031', 'TASKED', 'ALLOC SIERRA 21', 'ALLOC BRAVO 4', 'RCVD 2203'],
      tail=['CREW ALLOC', 'INFT ADVISED', 'PATROL AREA', 'NIL FURTHER', 'CB REQ']),
 dict(code='SOUTHERN', W=64, case='mixed', sep=', ', style='au',
      RP=['c/r', 'comp', 'caller'], SUBJ=['offender', 'subj', 'person'], PD=['units', 'police', 'staff'],
      EMS=['St John', 'ambo', 'hato'],
      ST=['wharf rd', 'state hwy 6', 'camp ground', 'ferry term', 'farm rd', 'the domain'],
      head=['1X asgn', 'P3', 'P2', 'ev 1022', 'ev 1530', 'ch 2'],
      tail=['units adv', 'c/r updated', 'nfa', 'cb if req']),
 dict(code='PRAIRIE', W=140, case='mixed', sep=' - ', style='ca',
      RP=['COMPL', 'complainant', 'COMPL'], SUBJ=['SUBJ', 'subject', 'SUBJ'], PD=['members', 'GD', 'RCMP'],
      EMS=['EMS', 'STARS', 'ambulance'],
      ST=['RR 2 TWP RD 540', 'reserve housing 3', 'HWY 16 EB', 'legion parking lot', 'grain elevator lot',
          'lease rd 14', 'arena', 'Co-op gas bar'],
      head=['PRIME 26-4421', 'PRIME 26-7710', 'GD 3', 'GD 1', 'MBR 7B2', 'MBR 1A9', 'RCVD 16:40'],
      tail=['members enrt', 'NCO advised', 'compl updated', 'will attend', 'file opened']),
 dict(code='WESTREG', W=80, case='asis', sep=' / ', style='ie',
      RP=['caller', 'caller', 'RP'], SUBJ=['male', 'person', 'individual'], PD=['Gardai', 'car', 'units'],
      EMS=['NAS', 'ambulance', 'paramedics'],
      ST=['Eyre Sq', 'the pier', 'N17 at Tuam', 'Main St', 'the mart', 'Dock Rd', 'ferry pier'],
      head=['CAD 1140', 'CAD 2261', 'Patrol car 4', 'R/C', '23:10', '09:44'],
      tail=['car attending', 'caller advised', 'pass to day unit', 'log updated']),
]

# ---------------------------------------------------------------- misspellings
TYPO = [('unresponsive', 'unresponsve'), ('unconscious', 'unconcious'), ('breathing', 'breathng'),
        ('bleeding', 'bleding'), ('seizure', 'siezure'), ('knife', 'knive'), ('weapon', 'weopon'),
        ('threatening', 'threatning'), ('suicidal', 'sucidal'), ('ambulance', 'ambulence'),
        ('neighbor', 'nieghbor'), ('neighbour', 'nieghbour'), ('vehicle', 'vehilce'), ('believes', 'beleives'),
        ('received', 'recieved'), ('domestic', 'domstic'), ('hitting', 'hiting'), ('screaming', 'screamng'),
        ('boyfriend', 'boyfreind'), ('girlfriend', 'girlfreind'), ('choking', 'chocking'), ('pistol', 'pistel'),
        ('overdose', 'overdoes'), ('diabetic', 'diabetc'), ('across', 'accross'), ('business', 'buisness'),
        ('separate', 'seperate'), ('window', 'widnow'), ('machete', 'machette'), ('punching', 'puching'),
        ('stabbed', 'stabed'), ('shotgun', 'shotgn'), ('rifle', 'rilfe'), ('gun', 'gnu'), ('kill', 'kil'),
        ('apartment', 'apartmnet'), ('parking', 'parkng'), ('through', 'thru'), ('because', 'becuase'),
        ('definitely', 'definately'), ('harassing', 'harrassing'), ('going', 'goign'), ('jump', 'jmup'),
        ('pills', 'pils'), ('breaking', 'breakng'), ('burglar', 'burgler'), ('stealing', 'stealng'),
        ('drunk', 'drunck'), ('hanging', 'hangin'), ('whisper', 'wisper'), ('disconnected', 'disconected')]

# ---------------------------------------------------------------- template parsing
TOK = re.compile(r'\[\[(\w+):(.*?)\]\]|<<(\w+):(.*?)>>|\(\((.*?)\)\)|\{(.*?)\}')


def parse_template(t):
    segs, pos = [], 0
    for m in TOK.finditer(t):
        if m.start() > pos:
            segs.append(['plain', None, t[pos:m.start()]])
        if m.group(1):
            segs.append(['key', ALIAS[m.group(1)], m.group(2)])
        elif m.group(3):
            segs.append(['alarm', ALIAS[m.group(3)], m.group(4)])
        elif m.group(5) is not None:
            segs.append(['res', None, m.group(5)])
        else:
            segs.append(['decoy', None, m.group(6)])
        pos = m.end()
    if pos < len(t):
        segs.append(['plain', None, t[pos:]])
    return segs


def load_templates(text):
    """Sections start with '## red KIND' or '## elig GROUP'; one template per line; '#' lines are comments."""
    out, cur = [], None
    for line in text.split('\n'):
        s = line.strip()
        if not s:
            continue
        if s.startswith('## '):
            _, side, name = s.split()
            cur = (side, name)
            continue
        if s.startswith('#'):
            continue
        hint = None
        m = re.match(r'^([A-Z/]+)>(.*)$', s)
        if m:
            hint, s = m.group(1).split('/'), m.group(2).strip()
        out.append(dict(side=cur[0], name=cur[1], hint=hint, text=s, segs=parse_template(s)))
    return out


# ---------------------------------------------------------------- rendering
PH = re.compile(r'\$(SUBJ|EMS|RP|PD|ST)')


def casefn(agency, rng):
    c = agency['case']
    if c == 'mixed':
        c = 'upper' if rng.random() < 0.5 else 'asis'
    if c == 'upper':
        return lambda s: s.upper()
    if c == 'lower':
        return lambda s: s.lower()
    return lambda s: s


def apply_typo(text, rng):
    """One typical misspelling in text; returns new text or None."""
    cands = []
    for good, bad in TYPO:
        for m in re.finditer(r'(?i)\b' + good + r'\b', text):
            cands.append((m.start(), m.end(), bad))
    if cands:
        s, e, bad = rng.choice(cands)
        w = text[s:e]
        if w.isupper():
            bad = bad.upper()
        elif w[0].isupper():
            bad = bad[0].upper() + bad[1:]
        return text[:s] + bad + text[e:]
    words = [m for m in re.finditer(r'[A-Za-z]{5,}', text)]
    rng.shuffle(words)
    for m in words:
        w = m.group(0)
        js = [j for j in range(1, len(w) - 2) if w[j] != w[j + 1]]
        if js:
            j = rng.choice(js)
            w2 = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            return text[:m.start()] + w2 + text[m.end():]
    return None


def render_body(tpl, agency, rng, typo_mode):
    pick = {k: rng.choice(agency[k]) for k in ['RP', 'SUBJ', 'PD', 'EMS', 'ST']}
    cf = casefn(agency, rng)
    segs = []
    for typ, kind, text in tpl['segs']:
        t = PH.sub(lambda m: pick[m.group(1)], text)
        t = t.replace(' | ', agency['sep'])
        segs.append([typ, kind, cf(t)])
    typo_done = None
    if typo_mode:
        want = 'key' if typo_mode == 'key' else 'plain'
        idx = [j for j, sg in enumerate(segs) if sg[0] == want]
        rng.shuffle(idx)
        for j in idx:
            nt = apply_typo(segs[j][2], rng)
            if nt is not None:
                segs[j][2] = nt
                typo_done = want
                break
    return segs, cf, typo_done


def spans_of(segs, offset=0):
    out, pos = [], offset
    for typ, kind, text in segs:
        if typ != 'plain':
            out.append((typ, kind, pos, pos + len(text), text))
        pos += len(text)
    return out


def marked_of(segs):
    parts = []
    for typ, kind, text in segs:
        if typ == 'plain':
            parts.append(text)
        elif typ == 'key':
            parts.append('[[%s:%s]]' % (kind, text))
        elif typ == 'alarm':
            parts.append('<<%s:%s>>' % (kind, text))
        elif typ == 'res':
            parts.append('((%s))' % text)
        else:
            parts.append('{%s}' % text)
    return ''.join(parts)


def alnum(s):
    return sum(1 for ch in s if ch.isalnum())


def survives(P, s, e, W):
    if W is None or e <= W:
        return True
    if s >= W:
        return False
    text = P[s:e]
    if any(ch.isspace() for ch in text):
        return False
    n = alnum(text)
    return n > 5 and alnum(P[s:W]) >= max(5, n - 3)


def classify(c, spans):
    for typ, kind, s, e, text in spans:
        if s < c < e:
            if typ == 'res':
                return 'in_res'
            if typ == 'decoy':
                return 'in_decoy'
            if typ == 'key' and not any(ch.isspace() for ch in text) and alnum(text) > 5 and 1 <= e - c <= 4:
                return 'key_tail'
            return 'in_key'
    if all(c >= e for _, _, s, e, _ in spans):
        return 'after_markup'
    if any(typ in ('key', 'alarm') and s >= c for typ, _, s, e, _ in spans):
        return 'before_key'
    return 'other'


def derive(P, spans, W):
    """Labels from the text left after the cut. Returns (flags, evidence dict)."""
    ev = {}
    paired = [False] * len(spans)
    for j, (typ, kind, s, e, text) in enumerate(spans):
        if typ == 'key':
            if survives(P, s, e, W) and kind not in ev:
                ev[kind] = P[s:e] if (W is None or e <= W) else P[s:W]
        elif typ == 'alarm':
            res = None
            for k2 in range(j + 1, len(spans)):
                if spans[k2][0] == 'res' and not paired[k2]:
                    paired[k2] = True
                    res = spans[k2]
                    break
            if not survives(P, s, e, W):
                continue
            resolved = res is not None and (W is None or res[3] <= W)
            if not resolved and kind not in ev:
                ev[kind] = P[s:e] if (W is None or e <= W) else P[s:W]
    flags = [k for k in KINDS if k in ev]
    return flags, ev


def make_header(agency, cf, rng, target=None):
    pool = agency['head'] + COMMON_HEAD
    sep = agency['sep']
    if target is None:
        if rng.random() < 0.45:
            k = rng.choice([1, 1, 2, 3])
            frags = rng.sample(pool, k)
            if sum(1 for f in frags if f in PRIORITIES) > 1:
                frags = frags[:1]
            return cf(sep.join(frags) + sep)
        return ''
    if target == 0:
        return ''
    for _ in range(400):
        k = rng.choice([1, 2, 2, 3, 3, 4, 5])
        h = sep.join(rng.sample(pool, k)) + sep
        if len(h) == target and sum(1 for f in h.split(sep) if f in PRIORITIES) <= 1:
            return cf(h)
    return None


def make_trailer(agency, cf, rng, force=False):
    if force or rng.random() < 0.35:
        return cf(agency['sep'] + rng.choice(agency['tail'] + COMMON_TAIL))
    return ''


def template_supports(tpl, cat):
    typs = [sg[0] for sg in tpl['segs']]
    if cat == 'after_markup':
        return True
    if cat in ('before_key', 'in_key'):
        return 'key' in typs or 'alarm' in typs
    if cat == 'in_decoy':
        return 'decoy' in typs
    if cat == 'in_res':
        return 'res' in typs
    if cat == 'key_tail':
        return any(sg[0] == 'key' and ' ' not in sg[2] and alnum(sg[2]) > 5 for sg in tpl['segs'])
    return False


HEAD_MAX = 44
PRIORITIES = ['P2', 'P3', 'PRI 3', 'PRI 2', 'Grade 2', 'Grade 3', 'GD 3', 'GD 1']


def try_render(tpl, agencies, rng, typo_mode, cat):
    """Render tpl for some agency. cat None = uncut row; else cut row whose cut lands in category cat."""
    order = list(range(len(agencies)))
    rng.shuffle(order)
    for ai in order:
        ag = agencies[ai]
        segs, cf, typo_done = render_body(tpl, ag, rng, typo_mode)
        W = ag['W']
        if cat is None:
            for attempt in range(3):
                head = make_header(ag, cf, rng) if attempt < 2 else ''
                tail = make_trailer(ag, cf, rng) if attempt < 1 else ''
                full = [['plain', None, head]] + segs + [['plain', None, tail]]
                P = ''.join(sg[2] for sg in full)
                if len(P) <= W:
                    return ag, full, typo_done
            continue
        tail = make_trailer(ag, cf, rng, force=(cat == 'after_markup'))
        body = segs + [['plain', None, tail]]
        B = ''.join(sg[2] for sg in body)
        sp = spans_of(body)
        first_key = min([s for typ, _, s, e, _ in sp if typ in ('key', 'alarm')] or [len(B)])
        last_end = max([e for _, _, s, e, _ in sp] or [0])
        cands = []
        for c in range(1, len(B)):
            if B[c - 1] == ' ' or not 0 <= W - c <= min(HEAD_MAX, int(W * 0.4)) or classify(c, sp) != cat:
                continue
            if cat == 'before_key' and first_key - c > 30:
                continue
            if cat == 'after_markup' and c < max(last_end + 1, int(len(B) * 0.6)):
                continue
            if cat in ('in_key', 'in_res'):
                # cut inside the first word of the key / alarm / resolution, so the kept stub is not decisive
                sp0 = [x for x in sp if x[2] < c < x[3]][0]
                fw = sp0[4].find(' ')
                if fw > 0 and c - sp0[2] > max(2, fw // 2):
                    continue
            cands.append(c)
        rng.shuffle(cands)
        for c in cands[:25]:
            head = make_header(ag, cf, rng, target=W - c)
            if head is None:
                continue
            full = [['plain', None, head]] + body
            return ag, full, typo_done
    return None


# ---------------------------------------------------------------- build
def fit_type(tpl, red, rng):
    if red:
        if rng.random() < 0.7:
            return rng.choice(tpl['hint'] or KIND_TYPES[tpl['name']])
        return rng.choice(MILD_TYPES)
    if rng.random() < 0.8:
        return rng.choice(tpl['hint'] or GROUP_TYPES[tpl['name']])
    return rng.choice(ALARM_TYPES)


def least_used(names, usage, rng):
    m = min(usage[n] for n in names)
    return rng.choice([n for n in names if usage[n] == m])


def build():
    rng = random.Random(SEED)
    tpls = load_templates(TEMPLATE_TEXT)
    red_names = KINDS
    elig_names = []
    for t in tpls:
        if t['side'] == 'elig' and t['name'] not in elig_names:
            elig_names.append(t['name'])
    by = {}
    for j, t in enumerate(tpls):
        t['idx'] = j
        by.setdefault((t['side'], t['name']), []).append(t)
    tuse = [0] * len(tpls)
    side = ['red'] * N_RED + ['elig'] * (N_ROWS - N_RED)
    rng.shuffle(side)
    cut = [False] * N_ROWS
    for i in rng.sample(range(N_ROWS), N_CUT):
        cut[i] = True
    typo = [None] * N_ROWS
    red_idx = [i for i in range(N_ROWS) if side[i] == 'red']
    for i in rng.sample(red_idx, 150):
        typo[i] = 'key'
    rest = [i for i in range(N_ROWS) if typo[i] is None]
    for i in rng.sample(rest, 150):
        typo[i] = 'plain'
    kuse = dict((k, 0) for k in red_names)
    guse = dict((g, 0) for g in elig_names)
    cuse = dict((c, 0) for c in CUT_CATS)
    seen = {}
    rows = []
    for i in range(N_ROWS):
        red = side[i] == 'red'
        names = red_names if red else elig_names
        usage = kuse if red else guse
        name = least_used(names, usage, rng)
        usage[name] += 1
        pool = by[('red' if red else 'elig', name)]
        cats = [None]
        if cut[i]:
            cats = sorted(CUT_CATS, key=lambda c: (cuse[c], rng.random()))
        done = None
        for cat in cats:
            cand = [t for t in pool if cat is None or template_supports(t, cat)]
            cand.sort(key=lambda t: (tuse[t['idx']], rng.random()))
            for t in cand[:12]:
                for _ in range(4):
                    r = try_render(t, AGENCIES, rng, typo[i], cat)
                    if r is None:
                        break
                    ag, full, typo_done = r
                    P = ''.join(sg[2] for sg in full)
                    key = P[:ag['W']] if cat else P
                    if key.lower() in seen:
                        continue
                    done = (t, cat, ag, full, typo_done, P)
                    break
                if done:
                    break
            if done:
                break
        if not done:
            raise SystemExit('could not render row %d (%s)' % (i, name))
        t, cat, ag, full, typo_done, P = done
        tuse[t['idx']] += 1
        W = ag['W'] if cat else None
        if cat:
            cuse[cat] += 1
        sp = spans_of(full)
        text = P[:W] if W else P
        seen[text.lower()] = i
        flags, ev = derive(P, sp, W)
        if flags:
            reason = '; '.join("%s <- '%s'" % (k, ev[k]) for k in flags)
        elif t['side'] == 'red':
            lost = [k for k in KINDS if any(sg[0] in ('key', 'alarm') and sg[1] == k for sg in t['segs'])]
            reason = 'eligible: red cue lost to cut (%s)' % ','.join(lost)
        else:
            reason = 'eligible: ' + t['name']
        if W:
            reason += '; truncated at %d' % W
        ct = VOCAB[ag['style']].get(fit_type(t, red, rng)) if True else None
        cf = casefn(dict(case='upper' if ag['case'] == 'upper' else ('lower' if ag['case'] == 'lower' else 'asis')), rng)
        rows.append(dict(id='B16-%04d' % (i + 1), call_type=cf(ct), narrative=text,
                         label='red_flag' if flags else 'eligible', flags=';'.join(flags), reason=reason,
                         split='blind16', marked=marked_of(full), W=ag['W'], cut=bool(cat), cat=cat,
                         side=t['side'], name=t['name'], agency=ag['code'], typo=typo_done, tpl=t['idx']))
    return rows


HEADER = ['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split']


def write_csv(rows, path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(HEADER)
    for r in rows:
        w.writerow([r[h] for h in HEADER])
    with open(path, 'w', encoding='ascii', newline='') as f:
        f.write(buf.getvalue())


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else '.'
    os.makedirs(outdir, exist_ok=True)
    rows = build()
    write_csv(rows, os.path.join(outdir, 'blind16.csv'))


GROUP_TYPES = {
    'noise': ['NOISE', 'DIST'], 'verbal_dispute': ['DVV', 'DIST', 'CIVIL'], 'welfare_no_danger': ['WELF'],
    'past_theft': ['THEFT', 'THEFT', 'LOST'], 'found_property': ['FOUND'], 'passive_si': ['MH', 'WELF'],
    'refusing_to_leave': ['TRESP', 'DIST'], 'intox_fine': ['INTOX', 'WELF'], 'unhoused_sleeping': ['VAG', 'WELF'],
    'resolved_alarm': ['SUSP'], 'history_only': ['WELF', 'DVV', 'CIVIL'], 'negated_danger': ['DIST', 'SUSP', 'WELF'],
    'toys_props': ['SUSP'], 'idioms': ['DIST', 'ASSIST'], 'tools_ordinary': ['SUSP', 'NOISE'],
    'lawful_firearms': ['ASSIST', 'SUSP', 'CIVIL'], 'mh_calm_request': ['MH', 'ASSIST'], 'juveniles': ['JUV', 'SUSP'],
    'civil': ['CIVIL'], 'benign_suspicious': ['SUSP'], 'animals': ['ANIMAL'], 'harassment_no_threat': ['HARASS'],
    'nonurgent_assist': ['ASSIST', 'PARK', 'LOST'], 'missing_found_safe': ['MISS', 'ASSIST'],
}

TEMPLATE_TEXT = r'''
## red weapon
WPN>$RP at gas station $ST states male in red hoodie has [[w:a handgun tucked in his waistband]] | yelling at clerk
WPN>ferry terminal staff adv passenger in vehicle lane 3 [[w:displaying a knife]] to deckhand | $SUBJ refusing to exit car
SHOTS>camp host site 14 adv $SUBJ [[w:fired a rifle]] into the air twice | campers sheltering in restrooms
WPN>oil lease rd | pumper reports man at the gate [[w:holding a shotgun]] blocking the water trucks | unk if loaded
WPN>$RP called re neighbors dog barking 3 days straight {no prior problems w neighbor} | while on line states neighbor came out [[w:with a pistol]] and is yelling at the dog
WPN>school front office adv student reports another student has [[w:a box cutter]] in backpack and showed it at lunch
WPN>$RP at farm | farmhand says bosses son is in the barn [[w:holding a pitchfork]] at the workers and screaming
WPN>{no weapons seen on first call} | 2nd caller says $SUBJ just [[w:pulled a knife]] from his boot outside the bar
WPN>stadium gate 7 security adv fan [[w:pointing a taser]] at ticket staff
WPN>$RP in drive thru line says driver behind him [[w:brandishing a gun]] out the window and honking
WPN>mine site | shift super adv contractor [[w:armed with a crowbar]] in the wash house refusing to leave
WPN>bus driver rt 41 adv passenger [[w:flashing a blade]] at rear of bus | bus stopped at $ST
WPN>hospital ED triage | visitor [[w:produced a knife]] in waiting room | security on scene
WPN>airport departures curb door 4 | $SUBJ [[w:holding a broken bottle]] and shouting at travelers
WPN>corrections visiting area | visitor [[w:pulled a shank]] from his shoe at table 6 | CO's separating
WPN>$RP states roommate is [[w:loading a rifle]] in the living room, upset over the breakup
WPN>festival grounds near main stage | security sees male [[w:with a gun in his hand]] by the food trucks
WPN>$RP at the powwow grounds says her cousin [[w:has a hunting knife out]] and is arguing with the arena director
WPN>port | longshoreman adv coworker [[w:waving a cargo hook]] at the crane operator
WPN>$RP hears arguing next door {nothing physical heard} | now sees neighbor in the yard [[w:with a baseball bat]] yelling at the mail carrier
WPN>skate park | juv [[w:showing a handgun]] to other kids, RP thinks its real
WPN>store LP adv shoplifter [[w:pulled a knife]] when stopped at the door | still in vestibule
WPN>laundromat | man sitting by the dryers [[w:sharpening a large knife]] and staring at customers
WPN>ferry car deck | passenger [[w:pointed a flare gun]] at crew member | vessel 10 min from dock
SHOTS>rural | $RP says neighbor [[w:shooting at]] his truck from the porch | $RP behind the barn
SHOTS>$RP reports [[w:multiple gunshots]] behind the apartments just now | heard 5-6
WPN>{no guns seen} but $SUBJ [[w:has brass knuckles]] on his right hand and is following people on the boardwalk
WPN>construction site | laborer [[w:pointing a nail gun]] at the foreman
ROB/WPN>taxi rank | driver states fare [[w:held a screwdriver]] to his neck and [[p:demanded his cash]] | fare still in back seat
WPN>public library | patron [[w:with a large kitchen knife]] in the mens restroom
WPN>church parking lot | man [[w:wielding a sword]] near the daycare entrance
WPN>$RP states her ex is parked outside in grey pickup and [[w:has a gun on the dash]] {prior DV at this address 2019}
WPN>gas station | $SUBJ [[w:spraying bear spray]] at customers by pump 6
WPN>state park trailhead | hunter [[w:pointed his rifle]] at hikers per $RP
WPN>hostel common room | guest [[w:waving a machete]] and yelling about his bag
WPN>fish dock | deckhand says skipper [[w:swinging a gaff]] at crew
SHOTS>apt complex | {RP thinks it is fireworks} | 2nd caller [[w:saw muzzle flash]] from blue sedan in lot
WPN>high school football game | 3 callers report student [[w:with a gun]] in the visitor bleachers
WPN>corner store | clerk says guy has [[w:a gun in his jacket]], showed it when asked to leave
WPN>$RP calling re a noise complaint from last week and parking issues {says neighbor usually quiet} | adds that right now neighbor is on the porch [[w:holding a crossbow]]
WPN>rodeo grounds behind the chutes | cowboy [[w:pulled a pistol]] on another rider
WPN>casino cage | patron [[w:displayed a handgun]] to cashier
WPN>airport checkpoint lane 2 | passenger [[w:pulled a folding knife]] on TSA officer
WPN>subway platform | man [[w:swinging a metal pipe]] at commuters
WPN>hospital psych unit | patient [[w:has a scalpel]] taken from a supply cart
WPN>grain elevator scale house | employee fired last wk is back [[w:with a rifle]] {per RP he was never violent before}
WPN>cell tower site | trespasser [[w:with a compound bow]] aiming at tower crew
WPN>bar | bouncer adv patron [[w:smashed a bottle and is holding it]] toward the bartender
SHOTS>mobile home park | {RP says neighbor always loud} | neighbor [[w:firing a handgun]] at a trash can in his yard
WPN>$RP in car at $ST says road rage driver [[w:pointed a gun]] at him at the light | veh now behind him
WPN>camp host reports camper [[w:with an axe]] [[v:chasing another camper]] around the loop
WPN>ferry | {no weapon seen by first caller} | update: crew found passenger [[w:holding a knife]] in restroom
WPN/THRT>rail yard | transient [[w:with a knife]] [[t:saying he will stab the conductor]]
WPN>$RP states husband in garage [[w:with a shotgun]] and very angry at her | kids inside
WPN>market stall | vendor says man [[w:holding a machete]] near the fruit stand
WPN>rest area | trucker reports driver [[w:waving a tire iron]] at people by the restrooms
# alarm + key, key appears after resolved alarm
WPN>shopping centre | <<w:1st caller said gun>> ((security says it was a phone)) | 2nd caller now sees male [[w:with a knife]] by the escalator
WPN>car park | <<w:reported rifle>> ((was a tripod)) | but $SUBJ now [[w:swinging a machete]] at a parked car

WPN/ASLT>pool hall | $SUBJ [[w:broke a pool cue]] and [[v:is hitting the bartender]] with it
WPN/THRT>$RP says neighbor [[w:holding a machete]] at the fence [[t:saying he will cut her]]
WPN/MED>$RP says son [[w:has a kitchen knife]] and [[s:is cutting his arms]] saying he wants to die
WPN>$RP says man on the tailgate at the boat ramp has a [[w:revolver]] out and is spinning it
WPN>parking garage level 3 | security says male in a black jacket carrying a [[w:machete]]
WPN>$RP says her neighbor is walking up and down the road with a [[w:shotgun]]
WPN>fairground midway | carnival worker says man behind the game booths holding a [[w:crossbow]]
WPN>$RP says guy at pump 4 pulled out a [[w:handgun]] and set it on the roof of his car
## red violence
DV>$RP states her boyfriend is [[v:choking her sister]] in the kitchen right now | screaming in background
DV>$RP next door hears [[v:someone being slammed against the wall]] and a woman crying for him to stop
FIGHT>bar parking lot | [[v:4 males fighting]], one on the ground [[v:being kicked]]
FIGHT>school bus driver adv student [[v:punching another student]] repeatedly in back row | bus pulled over at $ST
DV>{verbal only at first} | now $RP says husband is [[v:dragging her by the hair]] to the car
FIGHT/WPN>farm | worker says coworker [[v:hit him]] with a [[w:shovel]] and is still in the yard
FIGHT>stadium section 112 | fans [[v:throwing punches]] in the aisle, security outnumbered
DV>mom states 16yo son [[v:threw a chair at her]] and is breaking things in the kitchen
ASLT>ferry lounge | passenger [[v:headbutted a deckhand]] | vessel docking in 5
ASLT>care home | resident [[v:biting a staff member]] and wont let go
ASLT>airport gate B12 | passenger [[v:shoved the gate agent]] to the floor
DV>$RP says neighbor [[v:pushed his wife down the stairs]] just now, she is crying on the landing
ASLT>transit platform | [[v:man slapping a woman]] repeatedly by the ticket machines
FIGHT>festival near beer tent | [[v:crowd fighting]] approx 10 involved, bottles being thrown
FIGHT>housing area | [[v:brothers fighting in the yard]] {no weapons seen} one has a bloody nose
ASLT>hospital ED bay 6 | patient [[v:kicking the nurse]] and pulling out his IV
DV>$RP 14yo states stepdad is [[v:beating her mother]] now in the bedroom
FIGHT>store aisle 9 | two women [[v:pulling hair and punching]] each other
FIGHT>oil field man camp | [[v:fight in the bunkhouse]], chairs being thrown
DV>campground loop B | drunk camper [[v:punched his girlfriend]] and is sitting in his truck
ASLT>prison visiting room | visitor [[v:struck an inmate]] across the table, COs intervening
ASLT>taxi | driver says passengers are [[v:hitting him]] from the back seat at $ST
FIGHT>$RP called re parking dispute with neighbor, went out to talk {no weapons} | neighbor [[v:knocked him down and is kicking him]]
FIGHT>port pier 3 | [[v:crew members brawling]] at the gangway
ASLT>elementary school front office | parent [[v:shoved a teacher]] into the wall in the hallway
DV>hotel room 214 | guest [[v:threw a lamp at]] his wife per housekeeping
CHILD/ASLT>$RP hears child screaming next door and sees dad [[v:hitting the child with a belt]] in the yard
DV>$RP states son [[v:grabbed her by the throat]] and is still in the house
ASLT>$ST | cyclist flagged down $RP, driver [[v:punched the cyclist]] through the car window | driver still there
FIGHT>youth soccer fields | parents [[v:fighting on the sideline]], coaches trying to separate
FIGHT>ski lodge bar | [[v:two men wrestling on the floor]] and swinging at staff
ASLT>group home | resident [[v:attacking staff]], staff locked in office
ASLT>$RP states she was [[v:just punched in the face]] by her roommate | roommate still in apt
ASLT>bus station | man [[v:stomping on another man]] by the lockers
FIGHT>mine lamp room | [[v:fight broke out]] between shift crews, ongoing
DV>{1st caller said verbal only} | 2nd caller says male is [[v:dragging her to the car]]
FIGHT>wedding venue | groomsmen [[v:fighting in the parking lot]]
DV>$RP 12yo whispering that [[v:dad is hitting mom]] right now
ASLT>waterpark wave pool | patron [[v:shoving the lifeguard]] into the water
ASLT>casino floor | patron [[v:elbowed security in the face]] and is resisting
ASLT>nursing home | visitor [[v:slapped a resident]], staff holding him in lobby
DV>$RP states boyfriend [[v:keeps hitting her]], she is locked in the bathroom
ASLT>fast food | customer [[v:threw hot coffee at]] the cashier and is still at the counter
ASLT>train car 3 | conductor adv passenger [[v:spat on and punched]] another passenger
FIGHT/MED>university dorm | [[v:roommates fighting]], one [[i:bleeding heavily from the head]]
FIGHT>fishing pier | [[v:two men fighting]], one [[v:shoved off the pier]] into the water
DV>RV park | [[v:husband shoving wife]] against the RV, kids watching
DV>$RP says her ex [[v:kicked in the door and is punching]] her brother
ASLT>concert venue | [[v:security guard beating a fan]] behind the stage
FIGHT>rugby club | [[v:players brawling]] in the car park after the match
DV>$RP states husband [[v:strangling]] her daughter in the next room
ASLT>hospital parking garage | [[v:man assaulting]] a valet, punching and kicking
ASLT>$RP works at pharmacy | customer [[v:jumped the counter and shoved]] the tech | {no weapons seen}
FIGHT><<v:reported fight at the skatepark>> ((just kids play fighting per 2nd caller)) | but 3rd caller says [[v:man punching a teenager]] by the ramp

DV/MED>$RP says husband [[v:beat her]] and she is [[i:bleeding from the mouth]], he is in the garage
SHOP/ASLT>store lot | [[v:shoplifter punched the security guard]] and [[p:is trying to drive off]] with the goods
ASLT/MED>$RP says [[v:brother attacked dad]] [[w:with a hammer]], dad [[i:bleeding from the head]]
ASLT/THRT>ferry | man [[v:punched a crew member]] and [[t:says he will throw him overboard]]
DV>$RP says her son is [[v:strangling]] his girlfriend in the hallway
FIGHT>ferry dock | two deckhands [[v:brawling]] next to the ramp
ASLT>bar | drunk patron [[v:headbutting]] the doorman
ASLT>hospital ward 4 | patient [[v:punching]] a nurse at bed 4
## red threat
THRT>$RP states ex boyfriend texted [[t:he is coming over to kill her]] tonight, he still has a key
THRT>$RP says neighbor is in the yard yelling [[t:he will burn the house down with them in it]]
THRT>warehouse | supervisor adv coworker [[t:said he will shoot everyone]] when he comes back on shift
THRT>school resource office adv student [[t:threatened to shoot up the school]] in group chat this am
THRT>bus stop | $SUBJ [[t:telling people he is going to stab them]]
THRT>farm | landlord [[t:threatening to shoot RP and RPs cattle]] over the fence line
THRT>road rage | driver following $RP and [[t:yelling he will kill him]] when they stop | both vehs on $ST
THRT>apt office | tenant [[t:threatening to beat up]] the property manager, still in office
THRT>hospital ICU | visitor [[t:saying he will hurt staff]] if he is not let in
THRT>call center | caller on the line [[t:threatening to come to the office and shoot]] the staff
THRT>festival vendor row | male [[t:threatening to cut the vendor]]
THRT>tribal admin bldg | man at front desk [[t:saying he will kill the council member]]
THRT>ferry | passenger [[t:threatened to throw the deckhand overboard]]
THRT>airport ticket counter | passenger [[t:says he will kill the agent]]
THRT>$RP says her brother is [[t:threatening to kill their father]], pacing in the driveway
THRT>stadium section 230 | fan [[t:threatening to beat the usher]]
THRT>mine office | laid off worker [[t:said he will come back and blow up the office]]
THRT>port gate 2 | truck driver [[t:threatening to run over the gate guard]]
THRT>$RP states ex husband [[t:left voicemail saying he will kill]] her new bf, 10 min ago
THRT>{no weapons seen} but $SUBJ [[t:keeps saying he will hurt the baby]]
THRT>library | patron [[t:threatening to hit the librarian]] over a printer charge
THRT>school front office | parent [[t:threatening to kill the principal]]
THRT>{long history of disputes w neighbor} today neighbor [[t:said im going to shoot you]] over the fence
THRT>gas station | customer [[t:says he will come back and kill]] the clerk, left on foot 2 min ago
THRT>group home | resident [[t:threatening to harm staff]] and kicking the walls
THRT>$RP says landlord [[t:threatened to break her legs]] if she does not pay today
THRT>$RP says former friend [[t:posting that he will kill RP]] today | lives 2 streets over
THRT>clinic reception | patient [[t:threatens to kill the doctor]]
THRT>bus rt 12 | passenger [[t:threatening to stab the driver]]
THRT>rideshare driver says passenger [[t:said he would slit his throat]] | passenger still in car at $ST
THRT>campground | neighbouring camper [[t:threatened to shoot RP and her dog]]
THRT>oil rig camp | worker [[t:threatening to kill his supervisor]]
THRT>$RP says ex is at the door [[t:threatening to set her on fire]]
THRT>prison visiting area | visitor [[t:threatening to kill the officer]] at the desk
THRT>hotel | guest [[t:told housekeeper he will hurt her]] if she comes back in
THRT>$RP says her sister [[t:threatening to hurt the kids]] if she calls anyone
THRT>$RP called about loud music and a parking issue that has gone on for weeks {no violence in the past} | just now neighbor [[t:said he will kill her]] if she calls again
THRT>pharmacy | customer [[t:threatening to shoot the pharmacist]] over refill
THRT>$RP says teen son [[t:threatening to stab his sister]] | {no knife seen yet}
THRT>DMV | man at window 4 [[t:threatening to kill the clerk]]
THRT>marina | boat owner [[t:threatening to drown]] the harbour master
THRT>$RP says cousin on the phone [[t:threatening to shoot up the family bbq]], headed over now
THRT>courthouse lobby | respondent [[t:threatening to kill the petitioner]] after hearing
THRT>ski area lift line | skier [[t:threatening to beat the lift operator]]
THRT>homeless shelter | guest [[t:threatening to burn the shelter down]]
THRT>$RP says caller to her business [[t:threatened to bomb the store]] today
THRT>tribal school | parent [[t:said he will shoot the bus driver]]
THRT>hospital maternity | father [[t:threatening to kill the nurses]] if not let in
THRT><<t:1st caller said he was threatening everyone>> ((2nd caller says just singing loudly)) | 3rd caller says $SUBJ now [[t:threatening to stab the barista]]
THRT>call back from $RP {she denies any hitting} | ex is outside now [[t:saying he will kill her]]


THRT>$RP says ex is outside [[t:threatening]] to kill her and the dog
THRT>mine gatehouse | sacked driver [[t:threatening]] to run the guard down
## red injury
UNC>$RP reports father [[i:unresponsive]] on the kitchen floor, was fine at breakfast
MED>$RP says wife [[i:not breathing]], started CPR per instructions
OD>$RP says friend [[i:overdosed]] in the bathroom at $ST, lips turning blue
MED>$RP at grocery store | shopper on floor [[i:having a seizure]] by the checkout
MED>farm | [[i:farmhand caught arm in the auger]], bleeding heavily
MED>$RP states husband [[i:c/o chest pain]] radiating to left arm, sweating
MED>$RP says mother [[i:face drooping and slurred speech]] started 20 min ago
MED>$RP says son is diabetic, [[i:sugar is 38 and he is confused]]
MED>restaurant | diner [[i:throat closing after eating shrimp]], no epipen
FALL>construction site | worker [[i:fell off the scaffold and cannot move his legs]]
UNC>[[i:C3 for UNCON]] male at bus shelter $ST, bystander on scene
MED>[[i:DLOC]] elderly female at senior center, staff on scene
MED>ski area | lift op says skier near lift 4 is [[i:unconscious]]
OD>campground restroom | camper found [[i:unresponsive with a needle]] nearby
MED>ferry | crew says passenger on upper deck [[i:collapsed, not breathing]]
MED>mine | [[i:miner pinned under equipment]], heavy bleeding from leg
MED>stadium section 305 | fan [[i:collapsed and unresponsive]], CPR in progress
MED>airport baggage claim 3 | traveler [[i:seizing]] on the floor
MED>$RP called to request a callback re a billing issue with the ambulance company from last month {no current medical} | adds husband now [[i:grey and not breathing right]]
MED>tribal housing | elder [[i:fell and hit her head]], bleeding and confused
OD>festival medical tent overflow | patron [[i:overdosing]] near the east stage, friends say pills
MED>hospital parking lot | visitor [[i:collapsed]] between cars, not responding
MED>$RP says baby [[i:turning blue]] and not crying
MED>oil field | worker [[i:burned by a flash fire]], skin peeling
MED>school gym | student [[i:hit head and convulsing]] after fall from rope
MED>$RP states roommate [[i:took too many pills]] by accident, very drowsy and hard to wake
MED>$RP says father [[i:hemorrhaging]] from his nose, will not stop after 30 min, on thinners
MED>[[i:C3]] med aid | 60s female sob, cannot finish sentences
MED>transit center | bystander says male on bench [[i:not breathing]], doing compressions
MED>$RP says daughter stung by bees and [[i:throat swelling]], has hives all over
FALL>$RP says elderly mother [[i:fell down the stairs]] and cannot get up, hip pain
MED>port | dockworker [[i:crushed hand]] between containers
MED>nursing home | resident [[i:unconscious]] in bed, staff unable to wake
MED>swimming pool | lifeguard says child [[i:pulled from the water not breathing]]
MED>rodeo grounds | bull rider [[i:knocked unconscious]] in the arena
OD>$RP says brother [[i:OD on fentanyl]], narcan given once, still not waking
MED>hiker on trail near $ST [[i:fell 20 feet]] into a ravine per friend
MED>{hx of seizures} $RP says son [[i:seizing for 6 minutes]] and not stopping
MED>$RP says husband is diabetic and [[i:unresponsive]] in the car at $ST
MED>boat ramp | man [[i:chest pain and vomiting]] after pulling the boat
MED>gas station | driver [[i:slumped over the wheel]] at pump 3, engine running
MED>prison visiting area | visitor [[i:collapsed]] and twitching at table 2
MED>college dorm | student [[i:unresponsive]] after drinking all night, breathing slow
MED>farm | [[i:tractor rolled onto the driver]], trapped underneath
MED>$RP states wife [[i:cut her hand badly]] on a mandoline, blood soaking through towels
MED>bus rt 22 | elderly passenger [[i:fell and is bleeding]] from the head
MED>[[i:CODE 3]] EMS req | male 40s, [[i:possible stroke]], left side weak
MED>{1st caller said man was just sleeping} | 2nd caller says he is [[i:not breathing]] and purple
MED>church hall | woman [[i:having an allergic reaction]], lips swelling, epipen used
MED>$RP states pregnant daughter [[i:bleeding heavily]] at 30 wks
MED><<i:reported man down>> ((just resting per security)) | update: security now says he is [[i:unconscious and vomiting]]

MED>gym | member [[i:convulsing]] on the floor by the treadmills
OD>$RP says teenage son [[i:overdosing]], friends say he took xanax
MED>airport security line | traveler [[i:unconscious]] after fainting, hit head on the floor
MED>$RP says wife [[i:hemorrhaging]] after giving birth at home
## red suicide
SUIC>$RP says son [[s:says he is going to hang himself]], rope in the garage
SUIC>bridge | woman [[s:standing on the railing saying she will jump]]
SUIC/OD>$RP says sister [[s:took a bottle of pills to end it]], [[i:very drowsy]]
SUIC>$RP says roommate [[s:cut her wrists]] in the bathtub, [[i:bleeding a lot]]
SUIC/WPN>$RP says husband, a veteran, [[w:has his gun in hand]] and [[s:says he is going to end it]]
SUIC>crisis line transfer | caller [[s:has pills counted out]] and plans to take them tonight
SUIC>parking garage roof | male [[s:sitting on the ledge]] telling security to stay back
SUIC>$RP says her dad texted goodbye and that he [[s:is driving to the quarry to jump]]
SUIC>rail line | conductor adv person [[s:lying on the tracks]] refusing to move
SUIC>ferry | passenger [[s:climbed over the rail]] and says she wants to die
SUIC>$RP says teen son [[s:locked in room with a knife saying he will kill himself]]
SUIC>farm | wife says husband went to the barn with [[s:a rope and a suicide note]]
SUIC>$RP says friend on facetime [[s:tying a noose]] right now
SUIC>motel room 12 | guest [[s:threatening to overdose]] on insulin, has pens with her
SUIC>$RP says brother [[s:running the car in the closed garage]]
SUIC>hospital 5th floor stairwell | patient [[s:trying to jump from the window]]
SUIC>$RP calling re her neighbor, they talked about the garden and the weather {no past attempts she knows of} | then he said [[s:he has the gun loaded to kill himself]] tonight
SUIC>mine site | worker [[s:says he will drive off the pit wall]], sitting in haul truck
SUIC>tribal housing | cousin [[s:holding a knife to her own throat]]
SUIC>$RP says wife [[s:swallowed bleach]] 10 min ago after saying she wanted to die
SUIC>{denied SI at clinic yesterday} | today mom says he [[s:has a plan to shoot himself]] with grandpas rifle
SUIC>wharf | man [[s:walking into the water saying goodbye]]
SUIC>text to 911 | [[s:I took all my pills I want to die]]
SUIC>$RP says ex bf sent photo of [[s:a gun to his head]]
SUIC>high school | counselor says student [[s:has a plan and the pills]] in her locker
SUIC>campground | camper left note and [[s:took a rifle into the woods]] to kill himself
SUIC>overpass | male [[s:hanging over the overpass rail]] above traffic
SUIC>airport parking structure level 6 | woman [[s:on the wrong side of the barrier]]
SUIC>$RP says husband [[s:slashed his arms]] and locked himself in the shed
SUIC>$RP says mother [[s:bought rat poison to take tonight]], said goodbye to grandkids
SUIC>jail lobby | visitor [[s:says he will throw himself in front of the bus]] outside
SUIC>$RP says friend is [[s:on the roof of the building threatening to jump]]
SUIC>river walk | woman [[s:sitting on the bridge edge]], crying, refuses to move back
SUIC>psych group home | resident [[s:trying to hang herself]] with a bedsheet
SUIC>$RP says son [[s:just cut himself]] and says he wants to die, deep cuts
SUIC>festival campground | friend says he [[s:took a handful of pills to kill himself]]
SUIC>lighthouse cliff | man [[s:standing at the cliff edge]] said he is done
SUIC>$RP states veteran neighbor [[s:said goodbye and has a pistol]] at the table
SUIC>{5150 hold last year} $RP says roommate [[s:tying a belt to the closet rod]] now
SUIC>$RP says daughter [[s:swallowed her antidepressants]] after a breakup, all of them
SUIC>grain bin | farmer [[s:climbed the bin ladder saying he will jump]]
SUIC>stadium upper deck | fan [[s:straddling the railing]] above section 101
SUIC>$RP says gf [[s:has a razor and is cutting]] in the bathroom
SUIC>ferry terminal | man [[s:says he will jump off the boat]] when it leaves
SUIC>$RP states ex wife [[s:called saying she took pills and is driving]] somewhere to die
SUIC>{calm counselling request last week} | today $RP says client [[s:has a noose]] in his apt
SUIC>parking lot | $SUBJ [[s:sitting in car with a hose from the exhaust]]
SUIC>bridge | <<s:caller reports jumper>> ((person was a worker in harness)) | 2nd caller says [[s:woman now climbing over]] the far rail
SUIC>$RP says dad [[s:put the shotgun in his mouth]] then hung up on her
SUIC>care facility | resident [[s:trying to strangle himself]] with a cord


## red police_only
BURG>$RP hears someone [[p:breaking in the back door]] of the house next door, owners away
BURG>$RP home alone, [[p:someone is inside her garage]] right now going thru the freezer
PROWL>$RP sees [[p:man looking in windows]] along the side of the house, still there
ROB>convenience store | clerk says [[p:just got robbed]], suspect ran toward the park 1 min ago
SHOP/ASLT>store LP adv [[p:shoplifter fighting staff]] at the exit door
VTHEFT>$RP watching [[p:2 males breaking into his truck]] in the driveway now
VTHEFT>ferry terminal lot | [[p:someone hot wiring a car]] in row F
EXPO>park playground | [[p:man exposing himself]] to children by the slide
CHILD>$RP found [[p:toddler alone]] walking along $ST in a diaper, no adult around
MISS>$RP states her [[p:4yo is missing]] from the campground for 20 min
DUI>$RP following [[p:driver all over the road]] on $ST nearly hit a cyclist
BURG>$RP sees [[p:2 people climbing into the school]] through a window after hours
PROWL>farm | $RP sees flashlight in the machine shed and [[p:someone moving inside]], farm closed
BURG>mine supply yard | guard sees [[p:people cutting the fence]] and loading copper wire now
ROB>$RP says 2 teens [[p:just snatched her purse]] at the bus stop, running east
CHILD>hot parking lot | [[p:baby locked in car]], no adult, windows up
DUI>$RP behind a semi [[p:swerving across lanes]] on the interstate
BURG>tribal housing | $RP hears [[p:someone breaking in]] to the vacant unit next door
CHILD>$RP says mother [[p:passed out drunk with 2 toddlers]] alone in the apartment | {mom breathing normally}
MISS>festival grounds | parents report [[p:6yo boy missing]] near the ferris wheel 15 min
ROB>gas station | clerk says man [[p:grabbed the cash drawer]] and ran to a white car, just now
VTHEFT>$RP says [[p:someone just drove off in her car]], she left it running at $ST 2 min ago
EXPO>transit bus rt 8 | passenger [[p:masturbating]] in the rear seats
BURG>$RP says alarm company called, she is watching on camera [[p:a man inside her kitchen]]
PROWL>campground | $RP sees [[p:someone going through tents]] at site 9 while campers at the lake
SHOP>pharmacy | [[p:shoplifter pushed the clerk]] and ran out with a bag
CHILD>$RP sees [[p:man pulling a crying child]] into a van at $ST | child yelling for mom
DUI>boat ramp | [[p:drunk man backing his truck]] and trailer out onto the highway
THEFT>port | security sees [[p:people breaking into containers]] on row 12
BURG>{RP says she heard noises last week} | tonight she sees [[p:a man prying the window]] open
THEFT>construction site | [[p:someone loading tools into a truck]] after hours, site closed
ROB>hotel lobby | guest says [[p:2 men just robbed him]] in the elevator, still in the building
CHILD>school | front office says [[p:non custodial dad took the child]] from recess, fleeing in blue suv
MISS>$RP says [[p:her 3yo wandered off]] from the yard 10 min ago, pond nearby
EXPO>library | [[p:man exposing himself]] in the children section
VTHEFT>airport long term lot | [[p:someone breaking into cars]] row K, still there
DUI>$RP says her drunk husband [[p:just drove off with the kids]] in the car
BURG>church | pastor sees [[p:someone inside the office]] going thru desks, church closed
PROWL>$RP says [[p:man trying door handles]] on every car on the street
CHILD>ferry | [[p:child left alone on the car deck]] in locked car, ferry sailing
ROB>casino parking lot | [[p:man robbed]] [[w:at gunpoint]] 2 min ago, suspect on foot
BURG>oil lease | pumper sees [[p:2 people stealing from the tank battery]] now
SHOP>grocery | [[p:shoplifter swinging at staff]] in the manager office
DUI>$RP says [[p:driver passed out at the wheel]] at the light, engine running, car in drive
THEFT>$RP long message about landlord and mail {nothing taken last month} | right now [[p:someone stealing packages]] off her porch
BURG>stadium after hours | guard sees [[p:people breaking into the concession stand]]
MISS>$RP at the beach says [[p:her 5yo is missing]] near the water
PROWL>prison staff parking | [[p:person crouched between cars]] looking into vehicles
EXPO>$RP says [[p:neighbor exposing himself]] at the window facing the school bus stop
VTHEFT>farm | [[p:someone driving off with the quad]] from the barn now
BURG>{1st caller said raccoon} | 2nd caller says [[p:person inside the vacant house]] with flashlight
CHILD><<p:reported child alone in car>> ((parent was in the drivers seat)) | but 2nd caller says [[p:another kid locked in a red van]] 2 rows over
ROB>pawn shop | owner says [[p:man grabbed jewelry]] and ran, heading to the rail yard

THEFT>ranch $ST | [[p:people loading cattle into a trailer]] at night, one [[w:has a rifle]]
BURG/THRT>$RP says ex [[p:broke into her house]] and [[t:says he will kill her]], he is in the kitchen
DUI/MED>$RP saw [[p:drunk driver]] hit a pole on $ST, [[i:driver not moving]]
EXPO>beach | man [[p:masturbating]] near families by the lifeguard tower
BURG>$RP says someone is [[p:burglarizing]] the neighbors garage right now
PROWL>$RP sees a man [[p:prowling]] around the back of her house, still there
DUI>$RP says a car [[p:swerving]] all over the highway, nearly in the ditch
## red uncertainty
UNK>open line | [[u:female crying and a male yelling]] in background, no response to dispatcher
HANG>caller whispered [[u:he is here i cant talk]] then disconnected
UNK>[[u:caller cannot speak freely]], answering yes or no only, says male is in the home
HANG>female caller said [[u:please send someone he is]] and line went dead
UNK>[[u:unknown problem]] | caller breathing heavily, no words, sounds of struggle
UNK>$RP hears [[u:screaming and thuds from the next apartment]], cannot see anything
UNK>text to 911 | [[u:cant call he will hear me]] | address $ST
HANG>911 hang up | callback [[u:answered by male who said wrong number while woman screamed]]
UNK>$RP heard [[u:a woman yelling help me]] from the woods near the campground
UNK>therapist calling [[u:duty to warn]] | client said he plans to hurt his ex tonight
UNK>open line from farm | [[u:sounds of a struggle]] and a dog barking
HANG>caller [[u:said she is being held]] at $ST then disconnected
UNK>ferry terminal payphone | [[u:open line with crying]] and someone saying stop
UNK>$RP in hotel hears [[u:woman screaming help]] from the next room, banging
UNK>[[u:caller pretending to order pizza]] | asked if she is in danger she said yes
UNK>mine site radio relay | [[u:unknown emergency]] at the crusher, worker said mayday and cut out
HANG>child called and said [[u:mommy wont wake up]] then hung up | callback no answer
UNK>$RP hears [[u:gunshot like bangs and yelling]] from the trailer next door, cant see
UNK>open line | [[u:male voice saying you are not leaving]] and female crying
UNK>text to 911 from school bathroom | [[u:someone is in the hallway i am scared]]
UNK>psychologist calling [[u:duty to warn]] re patient who said he will kill his boss
UNK>tribal housing | $RP hears [[u:screams and glass breaking]] from the neighbor unit
HANG>caller said [[u:help me he has]] then line dropped | ALI $ST
UNK>$RP in car at $ST hears [[u:woman screaming inside a van]] but cant see in
UNK>airport restroom | [[u:distress heard from a locked stall]], crying for help
UNK>open line from a vehicle | [[u:sounds of hitting and a child crying]]
UNK>school counselor [[u:duty to warn]] | student disclosed plan to hurt his stepdad tonight
UNK>$RP says upstairs neighbors [[u:screaming for help and furniture crashing]]
HANG>[[u:caller whispering]] asking for police, said her husband is in the next room
UNK>oil field camp | [[u:unknown trouble]], caller said send help now and hung up
UNK>{RP says noise usually just tv} | tonight [[u:woman screaming please stop]] thru the wall
UNK>text to 911 | [[u:he took my phone i am using his mom phone]] | need help
HANG>caller [[u:could only say yes and no]], says the man is still there
UNK>$RP in parking lot at $ST hears [[u:someone crying for help]] from a dumpster area, cant see
UNK>open line from a tablet | [[u:child whispering dad is hurting mom]]
UNK>$RP hears [[u:a woman screaming and a slap]] from the neighbors car in the driveway
UNK>camp host heard [[u:shouting and a scream then silence]] from a tent at site 3
HANG>disconnected | [[u:caller said im locked in and he]] then lost
UNK>hospital social worker [[u:duty to warn]] | visitor told staff he will shoot his wife today
UNK>$RP on the phone with sister when [[u:sister screamed and the call cut off]]
UNK>[[u:unknown problem]] at $ST, caller incoherent and crying, background yelling
UNK>$RP in apt $ST [[u:hears banging from downstairs]] and a man yelling [[t:ill kill you]]
HANG>911 abandoned | callback [[u:female answered crying said cant talk]]
UNK>port security | [[u:muffled calls for help]] from inside a shipping container
UNK>text to 911 | [[u:in the trunk of a car]] | do not know where
UNK>$RP called to report a barking dog and overgrown grass next door {dog is fine} | while on line says [[u:she now hears a man screaming for help]] in that yard
HANG>caller [[u:said send police quietly]] then hung up, address $ST
UNK>$RP hears [[u:children screaming and crying]] next door for 10 min, adults yelling
UNK>ferry | deckhand says [[u:someone banging from inside a locked car]] on the car deck
UNK><<u:open line with yelling>> ((turned out to be a tv)) | 2nd open line [[u:same address, woman crying he hurt me]]

UNK/THRT>open line | [[u:male voice yelling]] [[t:ill kill you both]] and a woman crying
UNK/DV>$RP 9yo whispering [[u:cant talk loud]], [[v:stepdad hitting mom]] in the kitchen
HANG/WPN>caller whispered [[w:he has a gun]] [[u:please hurry]] then disconnected

HANG>open line | caller [[u:whispering]] an address and crying, then silence
UNK>$RP says she keeps hearing someone [[u:screaming]] in the house next door, cannot see in
## elig noise
$RP states neighbors at $ST playing loud music since 10pm, bass shaking the walls
campground loop C | group at site 22 with a generator and music past quiet hours, camp host asked twice
$RP complains of dog barking for 3 hrs at the house behind her, owners not home
dorm | RA reports loud party in room 412, wants it shut down
$RP says the bar across the street has a band outside, too loud, every saturday
tribal housing | comp says neighbor revving dirt bikes in the yard late at night
$RP at motel says room above {yelling but sounds like a game on tv} | just loud, wants quiet
port | resident says containers being stacked all night, banging, wants a noise officer
$RP reports fireworks going off at the park {no one hurt}, kids lighting them
festival campground | complaint of drumming circle after midnight near the quiet zone
$RP says upstairs tenant drops weights at 5am daily, {landlord aware}, wants it on record
$RP says car alarm going off for 40 min in the parking lot at $ST
$RP says leaf blowers and a chipper at the farm next door since 6am
$RP says karaoke at the community hall very loud, not a permitted event she thinks
ferry terminal area | residents complain of idling trucks with horns honking in the queue
mine camp | off shift crew says neighbouring unit playing music loud during day sleep hours
$RP says neighbor screaming at the football game on tv every weekend {no one else there}, just wants quiet
$RP reports a rooster crowing all night and barking dogs at the smallholding across $ST

NOISE>$RP reported <<w:gunshots>> near the fairgrounds | ((turned out to be the tractor pull backfiring)) | now just wants the noise to stop
NOISE><<u:screaming from the apartment>> reported by $RP | ((neighbor says it is a horror movie marathon)) | RP wants volume down
## elig verbal_dispute
$RP says she and her husband arguing about money, {no hitting, nothing physical}, wants him to leave for the night
two neighbors at $ST yelling over a shared driveway, {no threats made}, just yelling
$RP says adult son yelling at her about the car keys {verbal only}, she wants someone to talk to him
campground | two families arguing over a site reservation, raised voices, {nothing physical}
bar | bartender says two regulars arguing about football, loud, {no pushing}
$RP says roommate screaming at her over dishes and rent, {has never hit her}, wants mediation
parking lot | two drivers arguing over a fender bender, exchanging words, {no one hurt}
farm | brothers arguing over who gets the tractor, $RP is their mom, wants help calming it
$RP says boyfriend called her names and slammed the door on his way out {no contact}, he left on foot
store customer service | customer yelling at staff about a refund, {no threats}, refusing to calm down
$RP says teenage daughter cursing at her and refusing to go to school, {nothing physical}
ferry queue | two drivers arguing about line cutting, loud
tribal chapter house | two members arguing loudly at the meeting, {no threats}, want it to end
$RP says ex came to pick up kids and they argued at the door, {he left}, wants it documented
hospital lobby | family members arguing over a patients care, loud, {no one physical}
$RP says couple next door yelling at each other, {she hears only words, no hitting}, same every week
mine office | worker arguing with payroll about hours, shouting {no threats}

DIST/FIGHT><<v:reported fight>> at $ST | ((2nd caller says just shouting, no one touched)) | couple still arguing
DIST>ferry queue | <<v:drivers punching>> per 1st caller | ((crew says only words exchanged)) | want them separated
## elig welfare_no_danger
$RP requests check on elderly mother at $ST, not answering phone since yesterday, {no known medical issues}
$RP asks for check on neighbor, mail piling up, car in the driveway
farm | daughter asks check on dad who lives alone, phone lines down after the storm
campground | camp host asks check on a camper whose car has not moved in 3 days
$RP says coworker missed shift, not like him, lives at $ST, wants someone to knock
tribal housing | elder not seen at the senior lunch this week, family out of town
$RP at $ST says man sitting at the bus stop for hours in the cold, {talking fine}, wants him checked on
port | crew member asks welfare check on a colleague who has not returned to the ship, last seen at a pub
$RP says his sister sounded down on the phone {no mention of harming herself}, wants someone to check
school | teacher asks check on a family, kids absent a week, {no concerns of abuse}
$RP out of state asks check on adult son, not returning texts 2 days, {no history of problems}
$RP says elderly neighbor wandering in the yard in a robe, {appears ok}, may be confused
ferry | deckhand asks check on passenger asleep in car at end of sailing, {breathing fine}
$RP says woman sitting in a parked car at $ST crying, {she waved RP off}, wants someone to check
mine camp | supervisor asks check on worker who did not answer door, {probably asleep after night shift}
$RP asks check on her friend who just got bad news, {friend said she is safe}, wants someone to visit
$RP says old man walking along $ST in the rain, {walking steady}, seems lost

WELF><<i:man not breathing>> in a car at the rest area | ((trucker says he was asleep, woke and waved)) | $RP still wants a check
WELF>ferry | <<i:passenger unconscious>> reported | ((crew woke him, just tired)) | wants him met at the dock
## elig past_theft
$RP reports bike stolen from the rack at $ST sometime overnight, no suspects
$RP says catalytic converter cut off her car sometime last week, noticed today
farm | 30 bales of hay missing from the field, gone sometime over the weekend
campground | camper says cooler and stove taken from site while at the lake yesterday
$RP says package stolen off porch 3 days ago, has doorbell video, wants a report
port | tools missing from the workshop, discovered this morning, last used friday
$RP says wallet taken from her locker at the gym earlier today, {suspect long gone}
tribal housing | comp says firewood taken from her pile overnight
$RP says someone used her credit card online last month, bank told her to report it
$RP says shed was broken into over the winter, just noticed, lawnmower gone
school | office reports laptops missing from a cart, last seen before break
$RP says someone siphoned gas from his truck overnight at $ST
mine site | fuel card misused over the weekend, supervisor wants report
$RP says her phone was taken from her table at the cafe an hour ago, {did not see who}
ferry | passenger says her bag was taken from the luggage rack during the crossing earlier, she is now home
$RP says garden ornaments stolen from front yard sometime this week
$RP says ex took his tv when she moved out last month, wants to report it

ROB><<p:robbery>> reported at $ST | ((was a purse taken last night, just noticed today))
## elig found_property
$RP found a wallet on the sidewalk at $ST with id inside, wants to turn it in
$RP found a set of car keys at the park, will hold them
campground | camper found a backpack left at the fire ring, {no one claimed it}
$RP found a bike lying in her yard, not hers, been there 2 days
school | custodian found a phone in the gym, wants it picked up
$RP found a license plate in the ditch along $ST
ferry | crew found a purse left on a seat after the last sailing
port | security found an unlocked kayak drifting by the dock
$RP found a dog tag and collar on the trail, no dog
$RP found a passport in a taxi, driver wants to hand it in
tribal chapter house | comp found a jacket with car keys in the pocket in the parking lot
$RP found an empty handbag in the bushes at $ST, {nothing inside}
$RP found an old rusty {hunting knife} in the creek bed while fishing, wants it disposed of properly
stadium | usher found a camera bag under seats in section 118 after the game
$RP found a child's scooter at the bus stop, no one around
airport | shuttle driver found a laptop left on the bus
$RP found mail for a different address in her box, several letters

SUSP><<w:grenade found>> on the beach | ((it is an old glass fishing float))
## elig passive_si
$RP says her brother has been saying he wishes he would not wake up {denies any plan}, wants him to talk to someone
$RP calling for herself, feeling hopeless since losing job, {no plan, no means}, wants a counsellor
school | counselor says student said life is pointless {denied plan or intent}, parent notified, wants outreach
$RP says husband said everyone would be better off without him {no plan, no weapons in home}, wants mental health team
campground | camper told host he is tired of living {says he would never do anything}, asks for a chaplain
$RP says her mom keeps saying she wants to be with dad in heaven {no plan}, since the funeral
tribal housing | comp says nephew depressed, talked about not wanting to be here {no plan}, wants a counselor to visit
$RP says friend posted sad quotes online and said she is done with everything {friend later said she is safe}
mine camp | worker told supervisor he feels like giving up {denies SI}, wants EAP
$RP says teen son writes dark poems, {denies wanting to hurt himself}, wants advice
$RP calling for himself, thoughts of death sometimes {no intent, has therapist}, wants to talk tonight
$RP says veteran neighbor said he does not care if he lives {no plan}, lonely since wife died
port | seafarer told the chaplain he wishes he could disappear {no plan}, asks for support
$RP says roommate has been in bed for days, said nothing matters {denies SI}, wants welfare and resources
$RP says daughter said she wants to die after fight with friends {calmed down, no plan, is safe at home}
farm | wife says husband down about the harvest, said he is a failure {no plan}, asks for rural mental health line
$RP says her client at the shelter said she thinks about dying {no plan}, asks for mobile crisis

SUIC><<s:reported suicidal with a plan>> | ((on callback he says no plan, just sad, wants to talk))
## elig refusing_to_leave
store | manager says man refusing to leave after closing {no threats}, just sitting by the door
$RP says ex roommate will not leave the apt after lease ended {calm}, wants civil standby
library | patron refusing to leave at closing, {calm, not threatening}
campground | camper refusing to leave an expired site, argues with host {no threats}
hospital ED | discharged patient refusing to leave the lobby, {calm}, wants a bed
cafe | customer refusing to leave after being asked, sitting with laptop {no threats}
$RP says houseguest overstayed, refusing to go {nothing physical}, wants advice
bus terminal | man refusing to get off the bus at end of line, {not aggressive}
ferry | passenger refusing to leave the lounge after docking, {calm, says he is waiting for a friend}
mine office lobby | former contractor refusing to leave until paid {no threats}, sitting quietly
$RP says his adult son will not move out and refuses to leave the house, {not violent}
tribal admin bldg | member refusing to leave the housing office until she gets an answer, {calm}
motel | guest refusing to check out, says he paid {no threats}, manager wants him out
stadium | fan refusing to leave his seat after the game {just drunk and happy}
bank | customer refusing to leave the branch over a fee, {not threatening anyone}
school | parent refusing to leave the front office until she sees principal {no threats made}
$RP says a woman is refusing to leave her porch at $ST, {says she is waiting for a ride}

THRT><<t:man threatening the clerk>> | ((clerk says he only refused to leave, no threats))
## elig intox_fine
$RP says man sitting on the curb at $ST drunk, {talking and walking fine}, wants him moved along
campground | camper very drunk singing by the fire {no issues}, neighbours annoyed
bar | bartender cut off a regular, he is drunk but calm, needs a ride home
festival gate | patron intoxicated, {friends with her, she is ok}, security wants her escorted out
$RP says drunk neighbor locked himself out and is sitting on the steps {otherwise fine}
ferry | passenger drunk in the lounge, {not bothering anyone}, crew wants him met at the dock
tribal housing | comp says cousin drunk and sleeping it off on her couch {breathing fine}, wants him gone in the morning
bus rt 5 | driver says intox passenger fell asleep {woke up fine}, wants help at the end of the line
$RP says a man drunk at the bus shelter, {alert and talking}, asking for bus fare
stadium section 410 | fan intoxicated and loud {not aggressive}, usher wants him removed
$RP says her husband came home drunk and is snoring on the floor {breathing normal}, she just wants it noted
port | seafarer drunk on the dock, {walking ok}, needs a ride back to the ship
mine camp | worker drunk in the rec room, {no problems}, security wants a welfare contact
$RP says two drunk guys walking down $ST singing at 2am
hotel lobby | guest drunk, cannot find room key, {pleasant}, front desk wants help
airport gate | passenger intoxicated denied boarding, {calm}, needs a ride
$RP says man stumbling outside the liquor store at $ST, {not fallen}, seems fine

INTOX><<i:person passed out unresponsive>> at the bus shelter | ((woke up and talking, just drunk))
INTOX>stadium | <<v:drunk fan swinging at people>> | ((usher says he was dancing)) | wants him escorted out
## elig unhoused_sleeping
$RP says a man sleeping in the doorway of her shop at $ST, {breathing, snoring}, wants him moved before opening
transit center | person sleeping on a bench with belongings, {no issues}
library entrance | woman sleeping under the awning with a cart {wakes up when spoken to}
$RP says a tent set up in the park by the river at $ST, wants outreach
ferry terminal | man sleeping in the waiting room overnight, {woke up and talked to staff}
church | person camping on the back steps, {calm}, pastor wants resources offered
hospital parking garage | person sleeping in a stairwell {breathing fine}, security wants outreach
$RP says man sleeping in a car at the rest area at $ST for days
tribal chapter house | comp says man sleeping behind the building, {he is ok, just cold}
$RP says a person living in the bushes near the on ramp at $ST
port | someone sleeping in an empty container {waved at security}
stadium lot | person sleeping in the lot by gate C, {moved when asked}
$RP says a woman sleeping at the bus stop with a dog, {awake now}, needs a blanket
airport terminal | man sleeping in the baggage claim every night, {no problems}, wants outreach team
$RP says an encampment growing behind the grocery store at $ST
campground | person sleeping in the restroom building, {warm and talking}, host wants help
$RP says man sleeping on the bench at $ST in the cold, {snoring}, concerned about weather

VAG><<i:man down on the sidewalk>> at $ST | ((he is sleeping, snoring, waved when RP called out)) | wants outreach
VAG><<p:someone breaking into the shed>> | ((it is a man sleeping in there out of the rain)) | $RP wants him moved along
## elig resolved_alarm
WPN>$RP reported <<w:man with a gun>> at $ST | ((turned out to be a phone in his hand)) per 2nd caller
SHOTS>$RP reported <<w:shots fired>> near the marina | ((confirmed boat engine backfiring)) per harbour master
MED>$RP reported <<i:man unconscious>> at the bus stop | ((he was asleep, woke up and walked off))
WPN>school | student reported <<w:a gun in a backpack>> | ((admin checked, it was a water bottle))
FIGHT>stadium | <<v:fight in section 202>> reported | ((security says it was fans hugging after a goal))
SUIC>bridge | <<s:person on the railing>> reported | ((it is a city worker in a harness painting))
WPN>farm | neighbor reported <<w:man with a rifle>> | ((it was a surveyor with a tripod))
UNK>open line | <<u:screaming heard>> | ((callback reached mom, kids playing with the phone, all ok))
MED>ferry | <<i:passenger collapsed>> reported | ((crew says she sat down when seasick, feels fine now))
SHOTS>tribal housing | <<w:gunshots>> reported | ((comp now says it was firecrackers for new year))
BURG>$RP reported <<p:someone breaking in>> next door | ((it was the owner who lost his keys))
WPN>airport | traveler reported <<w:knife in a bag>> | ((TSA says it was a butter knife from a lunch box))
ASLT>$RP reported <<v:man hitting a woman>> in the park | ((2nd look they are practicing martial arts))
PROWL>$RP reported <<p:prowler in the yard>> | ((turned out to be a deer))
MED>mine camp | <<i:worker down not breathing>> | ((he was sleeping on a bench, awake and talking now))
CHILD>$RP reported <<p:child alone in a car>> at $ST | ((mom was in the back seat with the baby))
THRT>$RP reported <<t:man threatening to kill someone>> on the bus | ((he was on the phone rehearsing lines for a play))
FIGHT>port | <<v:crew fighting on the dock>> | ((supervisor says they were moving cargo and shouting))

## elig history_only
$RP requests check on adult son {who had a 5150 hold 2 yrs ago}, he is fine but not returning calls
{prior DV at this address 2021} | today $RP just wants help getting her belongings, ex not home
$RP says neighbor {was arrested for assault years ago} and is now parking in her spot
farm | {brother shot at the barn in 2019} | today wants civil standby to pick up equipment
$RP says {her ex hit her last year}, now just wants to know how to file for custody
tribal housing | {comp had a break in last month} | tonight all quiet, wants extra patrols
$RP says {son overdosed last summer} and now is doing well, wants info on narcan training
{hx of suicide attempt 2018 per file} | $RP, the man himself, calling to ask for his counselor number
$RP says {the house was a drug house before she bought it} and people still knock asking for the old owner
school | {there was a fight here last week} | today parent asks for a meeting about bus seating
{prior weapons call at this address 2022} | today caller reports a pothole in front of the house
$RP says her ex {threatened her in 2020} and she just saw him at the grocery store, he ignored her
{caller known to have a hx of psych holds} | today asks for help with a broken heater
$RP says {a neighbor was robbed last month} and she wants information on neighborhood watch
mine site | {a worker died in a fall here years ago}, family wants to place a memorial, asks about access
$RP says {her dad had a stroke last year} and now needs a lift assist back into his chair {not hurt}
{address flagged for prior DV} | $RP is the landlord asking about a noise complaint from tenants

WELF><<w:weapons call>> flag on the address | ((it is from 2019, not current)) | today $RP asks about a fence permit
## elig negated_danger
$RP says man yelling at traffic on $ST {no weapons seen, not threatening anyone}
$RP says neighbors arguing loudly {denies anyone being hit}, just wants them to keep it down
$RP says son upset and crying {denies SI, no plan}, wants a counselor to call
campground | two men arguing {no weapons, no physical contact}, camp host wants them separated
$RP says man pacing outside the store talking to himself {no weapon, not approaching anyone}
$RP says brother is angry about the breakup {has not made any threats}, wants him to talk to someone
hospital lobby | visitor frustrated about wait times {no threats, not aggressive}
$RP says elderly dad fell earlier {not hurt, got up himself}, just wants someone to check his walker
festival | man shouting at a vendor {no weapons seen, vendor not hurt}, wants him moved on
$RP says teenager slammed doors and left {no one hurt, nothing physical}, wants advice
bus rt 31 | passenger swearing at other riders {no threats, no weapon}, driver wants him off
tribal chapter house | comp says man upset at the meeting {not threatening anybody}, wants help
$RP says she had chest tightness yesterday {checked by her doctor, fine now}, wants to ask about a lift assist
$RP says man on the corner {not holding anything}, just staring at cars
ferry | passenger argued with staff {no one touched}, he is calm now
$RP says roommate drank a lot {breathing fine, talking, walking} and is annoying everyone
port | worker angry about shift change {no threats made}, union rep requested

ASLT><<v:assault>> reported at the bar | ((bouncer says no one was hit, just an argument)) | wants a patrol
THRT><<t:man threatening staff>> at the clinic | ((staff say he only complained loudly, no threats))
## elig toys_props
$RP reports kids with {orange tipped toy guns} playing in the park at $ST
$RP says a man in a costume with {a plastic sword} outside the comic shop, wants it checked
festival | reenactment group walking with {prop muskets}, visitor asked if allowed
$RP says kids shooting {nerf guns} at each other on the sidewalk
theater | stage manager says actors will be carrying {replica pistols} outside for a photo shoot, advising
school | kid brought {a toy knife} for the play, teacher took it, just documenting
$RP says neighbor kids playing {airsoft} in the backyard, pellets hitting her fence
campground | scouts carrying {wooden practice swords} for a skit, host asking about rules
$RP says a film crew on $ST with {fake blood and a fake gun} for a shoot, wanted to report it
stadium | mascot waving {an inflatable bat}, fan complaint about being bonked
$RP says there is a {halloween skeleton with a fake knife} on a porch that scared her kid
tribal school | cultural day with {ceremonial replicas}, staff wanted it noted
$RP says kids have {water guns} and are spraying cars at $ST
airport | passenger carrying {a cosplay prop sword} asks how to check it
$RP says a man on $ST with {a toy rifle} taking pictures for a kids party
port | cruise passengers in pirate costumes with {plastic cutlasses}
$RP says son got {a cap gun} for his birthday and neighbors complaining about the pops

WPN><<w:man with a rifle>> at $ST | ((it is a film prop, crew has a permit))
WPN>school | <<w:gun on the playground>> | ((principal has it, a toy water pistol))
## elig idioms
$RP says her landlord is {killing her} with these rent increases, wants to know her rights
$RP says the noise from the construction is {murdering his sleep}, wants hours checked
$RP says her son {shot a video} of the neighbor dumping trash, wants to report the dumping
$RP says the traffic on $ST is {a bloodbath} every morning, wants a crossing guard
$RP says the coach said the team {got slaughtered} and parents are upset, asks about a meeting
campground | host says the mosquitoes are {eating campers alive}, asks about closing the site
$RP says her boss is {going to kill her} for being late because her car was towed, wants tow info
$RP says her feet are {killing her} after walking from the broken down car, asks for a ride info
$RP says the new neighbor {blew up} at him over the fence line, {just words}, wants mediation
school | principal says the kids are {going to die of boredom} at the assembly, asks about a police talk
$RP says the farm next door is {shooting the breeze} with workers all night, noise concern
$RP says her teen said {i will kill you} jokingly about the last slice of pizza, brother upset, no one serious
port | captain says the new schedule is {a train wreck}, wants to talk to harbour patrol
$RP says the bar owner {took a shot} at her in a review reply online, wants to know if it is harassment
$RP says kids {smashed it} at the talent show and now are too loud on the street
$RP says he is {dying to know} who keeps parking in his spot
stadium | fan says the ref {robbed} the team, wants to complain, told this is not a police matter

ASLT><<v:reported beating>> at the gym | ((it was a boxing class))
## elig tools_ordinary
$RP says man walking along $ST with a {chainsaw}, turns out he is clearing a fallen tree for the neighbor
farm | $RP says workers with {machetes} cutting sugar cane near the road, just wanted to check
$RP says neighbor using an {axe} to split firewood at 7am, too loud
$RP says man carrying a {crowbar} on $ST, he says he is a tow driver locked out of his truck
construction site | resident says workers using {nail guns} after 8pm, noise
campground | host says camper chopping wood with a {hatchet} near the tent, wants safety talk
$RP says a man with a {box cutter} opening boxes behind the store, looks odd at night, is an employee
port | dockworker carrying a {cargo hook} on the walkway, tourist worried, it is his shift
$RP says landscaper with a {hedge trimmer} cut into her hedge, property line dispute
$RP says butcher shop staff {carrying knives} out to the van, customer worried, normal deliveries
fishing pier | man gutting fish with a {filleting knife}, tourist upset by the mess
tribal housing | comp says neighbor using a {sledgehammer} to break up concrete in the yard, noise
$RP says man with a {pickaxe} digging in the park, turns out city worker fixing a sprinkler
mine camp | worker carrying {blasting caps box} to the magazine, new employee unsure if normal
$RP says guy with a {pitchfork} walking down $ST, going to the community garden
school | shop class teacher reports student took a {utility knife} home by mistake, returned it
$RP says man on the bus with a {saw} in a bag, says he is a carpenter

WPN>farm | <<w:man with a machete>> on the road | ((he is clearing brush for the county))
WPN><<w:person with a knife>> at the market | ((vendor cutting melon samples))
## elig lawful_firearms
$RP wants to turn in {his late fathers rifles}, asks how to drop them off safely
$RP says {her hunting rifle is locked in the safe} and wants to know the rules for transporting it to the range
farm | farmer asks to notify that he will be {shooting at the gun range on his property} this weekend
$RP says neighbor {cleaning his shotgun on the porch}, unloaded, kids asked about it, just wants to check the law
$RP moving house asks for advice on {storing his pistols} during the move
tribal lands | hunter checking in, {has his rifle cased} in the truck for the elk season, asks about road closures
$RP says {gun shop} at $ST has a line out the door, traffic blocked, parking issue
$RP found {his own gun safe open}, nothing missing, just wants advice on a new lock
range officer at $ST says {the outdoor range} will be loud all day for a competition, courtesy notice
$RP says her husband {keeps a gun locked in the closet} and she wants it removed while he is away for work, {no threats}
$RP asks if he can carry his {licensed handgun} into the state park
campground | hunter {with an unloaded bow in a case} asks where he can camp
$RP says estate sale has {antique guns} in a locked case and wants to know if that is legal
ferry | passenger asks how to declare {a cased rifle} in his vehicle for the crossing
port | ship security says {armed guards with a lawful permit} are disembarking, notice only
$RP says his son wants to take {a hunter safety course}, asks where
$RP asks about getting his {grandfathers shotgun} registered after inheriting it

WPN><<w:man with a gun>> walking on $ST | ((hunter with a cased rifle going to his truck, season open))
SHOTS><<w:shots fired>> on the ranch | ((owner at his own target range, permitted))
## elig mh_calm_request
$RP calling for her adult son with schizophrenia, off his meds, {calm, not aggressive}, wants the mobile crisis team
$RP says she is having a panic attack {breathing ok now}, wants someone to talk to
$RP says brother with autism is upset about a routine change, {not hurting anyone}, wants support
tribal housing | comp asks for the behavioral health team for her uncle who is hearing voices {calm}
$RP says her mother with dementia keeps asking for her dead husband, {safe}, caregiver exhausted
$RP calling for himself, anxious and cannot sleep, asks for a counselor
campground | host says camper talking to trees and laughing {harmless}, wants a check from MH
school | counselor asks crisis team for a student having a hard day {no safety concerns}
$RP says roommate believes the tv is watching her, {calm}, wants someone to talk to her
$RP says her husband has PTSD and is having a rough night {no weapons in home, not a danger}, wants a peer counselor
port | ship agent asks mental health support for a seafarer who is homesick and crying {safe}
$RP says she was released from the psych ward last week and needs help getting her prescription, {doing ok}
mine camp | supervisor asks EAP contact for a worker who is stressed after a family death
$RP says a man at $ST preaching loudly about the end of the world {not approaching anyone}
$RP says neighbor with bipolar disorder has been up all night cleaning, {not violent}, family wants help
$RP says daughter having a meltdown over exams {no self harm}, wants advice
hospital lobby | family asks mental health liaison for a relative who is confused and tearful

## elig juveniles
$RP says a group of teens hanging out at the skate park after dark, {not causing problems}, just loud
$RP says kids riding bikes in the parking garage at $ST
school | students loitering at the corner store after school, owner wants them moved on
$RP says teens smoking in the stairwell of her building
campground | kids running between sites late, host asks for a patrol drive by
$RP says kids knocking on doors and running away at $ST
tribal chapter house | youths gathered in the parking lot with music, {no fighting}
$RP says teens playing basketball in the park past closing
mall | security says a group of teens rough housing and laughing in the food court {just horsing around}
$RP says juveniles throwing a football in the street, nearly hit her car
ferry | group of school kids loud on the top deck, teachers present
$RP says teens sitting on her car outside the store, {left when asked}
stadium lot | kids skateboarding in the closed lot, security wants them out
$RP says kids climbing on the playground roof at $ST
port | teens fishing off the restricted dock
$RP says group of teens hanging around the bus shelter vaping
$RP says kids setting up a lemonade stand in the road and blocking traffic

FIGHT><<v:kids fighting>> at the skate park | ((2nd caller says they are wrestling for fun, laughing))
WPN><<w:teens with a gun>> in the park | ((it was a phone tripod for a video))
## elig civil
$RP says landlord changed the locks without notice, wants to know her rights
$RP says contractor took a deposit and never finished the deck
$RP and ex disagree on custody exchange time at $ST, {no threats}, want it documented
farm | neighbor moved the fence line and RP wants a survey
$RP says mechanic will not release her car until she pays more than the quote
tribal housing | comp says relative will not return her truck after borrowing it, civil dispute
$RP says her tenant has not paid rent in 3 months
$RP wants civil standby to pick up belongings from ex boyfriends house at $ST
$RP says a business will not give her a refund for a cancelled event
$RP says neighbor tree fell on his shed during the storm, who pays
$RP says seller of a used car lied about the mileage
$RP says her HOA towed her car from her own driveway
port | boat owner says marina holding his boat over unpaid fees
$RP says ex will not return the dog after the breakup
mine site | contractor says company owes him for equipment rental
$RP says her roommate moved out and took the couch they bought together
$RP says the daycare will not release the kids records, wants a report

VTHEFT><<p:car being stolen>> from the lot | ((repo company with paperwork))
BURG><<p:burglary>> at the rental | ((landlord doing an inspection with notice))
## elig benign_suspicious
$RP says an unfamiliar van parked on $ST for two days, {windows tinted but no one inside}
$RP says a man walking slowly down the street looking at houses, turns out he is a census worker
campground | person walking site to site with a flashlight at dusk, host thinks he is looking for his dog
$RP says a drone flying over her backyard for 10 min
$RP says a car idling outside the school at pickup time, just a parent waiting
port | security says a man taking photos of ships from the public walkway
$RP says someone left a running truck at the gas pump for 15 min, driver inside the store
$RP says a person knocking on doors selling solar panels at $ST
farm | farmer says an unknown pickup parked in his field entrance, {driver fishing in the creek}
$RP says strange man sitting in a car at the park, eating lunch
$RP says a woman going through recycling bins at $ST collecting cans
tribal land | comp says unknown car parked by the cattle guard for an hour, {people taking photos of the sunset}
$RP says a man in a hoodie checking the mailboxes, turns out to be a new mail carrier
airport | passenger says unattended suitcase at gate 12, {owner came back}
$RP says guy sitting at the bus shelter for hours with a backpack, {just waiting}
$RP says lights on in the vacant house next door, {realtor showing it}
$RP says a man writing down license plates in the parking lot, parking enforcement

SUSP><<p:man looking into car windows>> at $ST | ((turned out to be the owner looking for his keys))
SUSP>port | <<p:people cutting the fence>> reported | ((contractors with a work order replacing it))
## elig animals
$RP says a loose horse on $ST near the bridge
$RP says a stray dog has been in her yard all day, {friendly}
farm | cattle got through the fence and are on the road
$RP says a raccoon in her garage and will not leave
campground | bear got into a cooler at site 5 overnight, campers ok, host wants a ranger
$RP says neighbor's dog left outside in the heat with no water
$RP says a deer hit by a car is lying on the shoulder of $ST
port | seal sleeping on the boat ramp, people crowding it
$RP says a snake in the laundry room
tribal housing | comp says pack of loose dogs chasing cars
$RP says a bat flew into her living room
$RP says dog barking and whining locked in a car at $ST, owner inside the store
mine site | wild horses blocking the haul road
$RP says a swarm of bees on the bus shelter at $ST
ferry | passenger says dog loose on the car deck
$RP says neighbor's rooster attacked her chickens
$RP says injured owl in the road, wants wildlife rescue

SHOTS><<w:shots heard>> on the farm | ((farmer putting down an injured cow, vet present))
UNK><<u:screaming in the woods>> | ((foxes, ranger confirms))
## elig harassment_no_threat
$RP says ex keeps texting her dozens of times a day {no threats in the messages}, wants it to stop
$RP says neighbor keeps taking photos of her house, {never said anything threatening}
$RP says a coworker sends rude messages on social media, {no threats}, wants advice
$RP says a man keeps calling her business and hanging up
$RP says someone keeps leaving notes on her windshield about parking
tribal housing | comp says neighbor keeps shining a light in her windows at night {no threats}
$RP says former friend is spreading rumors online, wants it documented
school | parent says another parent keeps messaging about the carpool, rude, {no threats}
$RP says debt collector calling 10 times a day
$RP says an old classmate keeps friending her on new accounts after being blocked {never threatening}
$RP says the man upstairs stomps every time she plays music, {has never threatened her}
port | crew member says another crew member keeps calling him names
$RP says ex girlfriend shows up at his work and asks to talk, {calm, leaves when asked}
$RP says neighbor yells insults when she walks her dog {nothing else}
mine camp | worker says supervisor keeps making comments about her clothes, wants HR and a report
$RP says someone created a fake profile using her photos
$RP says a customer keeps emailing her personal phone about a refund

THRT><<t:ex threatening her>> | ((on review of the texts he only asks to get his stuff back, no threats))
## elig nonurgent_assist
$RP locked out of her car at $ST, keys inside, {no kids or pets in the car}
$RP needs a lift assist, husband slid out of his chair {not hurt}, cannot get him up
$RP asks for directions to the nearest open pharmacy
$RP says a traffic light is out at $ST
farm | tree down across the private road, no one hurt
$RP wants a vehicle unlock, keys in the ignition at the grocery store
$RP asks someone to help her elderly father back to his room at the assisted living, {he is fine}
$RP says car broke down on $ST, needs a tow, {safe on the shoulder}
ferry | passenger missed the last sailing and needs somewhere to stay
$RP says a road sign knocked down at $ST
airport | stranded traveler needs help finding a shelter for the night
$RP asks for a ride to the hospital for a scheduled appointment, {not an emergency}
tribal land | comp says water line broke in the community well house
$RP says her grandmother needs help with a broken door lock
port | ship agent needs escort to take a crew member to the consulate
$RP says her wheelchair battery died at the bus stop at $ST
campground | camper needs a jump start

FALL><<i:elderly man fallen>> | ((he is not hurt, just needs help getting up))
## elig missing_found_safe
$RP reported her teen missing this morning, {he just came home}, wants to cancel
campground | lost hiker reported an hour ago {has walked back to the trailhead, fine}
$RP says her elderly father wandered off {found at the neighbor's house, safe}, wants the report closed
school | student reported missing after school {found at grandmas}, cancel
festival | lost 9yo reported {reunited with parents at the info booth}
$RP says her husband did not come home last night {he called, he is at his brothers}
mine site | worker overdue from the back pit {radioed in, truck broke down, he is safe}
$RP says daughter ran away after an argument {now at her friends house, safe}, wants advice
ferry | passenger reported missing at boarding {found asleep in the lounge}
tribal land | elder who went for a walk reported missing {family found him at the store}
$RP reported her son missing {he was at basketball practice, forgot to tell her}
stadium | lost child {found at guest services with an usher}
port | crew member overdue back to the ship {just returned, was at the shop}
$RP says dementia patient walked off from the care home {found in the garden, fine}
airport | missing traveler {found at the wrong gate}
$RP says roommate not home since yesterday {texted that she is at her mom}
$RP says kayaker overdue {called from the far shore, safe}

MISS><<p:4yo missing>> at the beach | ((found at the ice cream stand with grandpa))
MISS>festival | <<p:child missing near the stage>> | ((reunited with mom at the info booth))
'''

if __name__ == '__main__':
    main()
