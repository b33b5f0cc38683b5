#!/usr/bin/env python3
"""make_blind25.py OUTDIR -- build the blind25 held-out set for the 911 narrative screener.

Reads blind25_templates.txt (hand-written markup source, next to this script), writes
OUTDIR/blind25.csv and OUTDIR/blind25_markup.tsv.  Python 3 standard library only,
a single seeded generator (SEED), no iteration over sets or dicts whose order could depend on hashing
(all dicts here are insertion-ordered literals; only lists are iterated).
"""
import csv
import io
import os
import re
import random
import sys

SEED = 2025_0425
N_ROWS = 1000
N_RED_DESIGN = 420
KINDS = ['injury', 'police_only', 'violence', 'weapon', 'threat', 'uncertainty', 'suicide']
KIND_WEIGHT = [35, 25, 20, 12, 10, 8, 4]
VAGUE = ['WELF', 'SUSP', 'ASSIST', 'INFO', 'CFP']
# eligible groups and their row weights (resolved is over-weighted: its rows can flip on truncation)
GROUP_WEIGHT = [
    ('negated', 36), ('history', 30), ('resolved', 40), ('toy_prop_tool', 28), ('idiom', 28),
    ('lawful_gun', 24), ('passive_ideation', 26), ('calm_mh', 30), ('noise', 26), ('verbal', 32),
    ('welfare_nodanger', 28), ('past_theft', 26), ('found_property', 18), ('intox_ok', 24),
    ('unhoused_sleeping', 24), ('juveniles', 22), ('civil', 22), ('animal', 18),
    ('harassment_nothreat', 22), ('nonurgent_assist', 22), ('missing_found', 22), ('routine', 32),
]

KO, KC, RO, RC = '\x01', '\x02', '\x03', '\x04'   # key open (+kind char), key close, res open, res close
KCHAR = {k: chr(0x10 + i) for i, k in enumerate(KINDS)}
CHARK = {chr(0x10 + i): k for i, k in enumerate(KINDS)}

# ---------------------------------------------------------------- call types
CT = {
    'MED': ('MEDICAL EMERGENCY', 'MEDICAL', 'MED CALL'), 'OD': ('OVERDOSE', 'OD', 'POSS OVERDOSE'),
    'UNC': ('UNCONSCIOUS PERSON', 'PERSON DOWN', 'UNCON/FAINTING'), 'FALL': ('FALL', 'FALL INJURY', 'FALL VICTIM'),
    'ASLT': ('ASSAULT', 'BATTERY', 'ASLT'), 'FIGHT': ('FIGHT', 'FIGHT IN PROGRESS', 'DISTURBANCE-FIGHT'),
    'DV': ('DOMESTIC', 'DOMESTIC VIOLENCE', 'DOM DIST'), 'WEAP': ('WEAPONS', 'PERSON WITH WEAPON', 'WEAPON OFFENSE'),
    'SHOTS': ('SHOTS FIRED', 'SHOTS HEARD', 'SHOTS'), 'THREAT': ('THREATS', 'THREATENING', 'TERRORISTIC THREAT'),
    'SUIC': ('SUICIDAL SUBJECT', 'SUICIDE THREAT', 'ATTEMPTED SUICIDE'), 'MENTAL': ('MENTAL HEALTH', 'MENTAL OBSERVATION', 'EDP'),
    'BURG': ('BURGLARY', 'BURGLARY IN PROGRESS', 'B&E'), 'ROBB': ('ROBBERY', 'ROBBERY-STRONGARM', 'HOLDUP'),
    'THEFT': ('THEFT', 'LARCENY', 'THEFT REPORT'), 'AUTOTHEFT': ('AUTO THEFT', 'STOLEN VEHICLE', 'VEHICLE CRIME'),
    'TRESP': ('TRESPASS', 'UNWANTED PERSON', 'TRESPASSER'), 'EXPOS': ('INDECENT EXPOSURE', 'LEWD CONDUCT', 'EXPOSURE'),
    'CHILD': ('CHILD NEGLECT', 'CHILD ABANDONED', 'UNATTENDED CHILD'), 'DUI': ('DUI', 'IMPAIRED DRIVER', 'DRUNK DRIVER'),
    'RECKLESS': ('RECKLESS DRIVER', 'RECKLESS VEH', 'ERRATIC DRIVER'), 'MISSING': ('MISSING PERSON', 'MISSING/RUNAWAY', 'MISSING ADULT'),
    'OPEN': ('OPEN LINE', '911 HANGUP', 'ABANDONED 911'), 'UNK': ('UNKNOWN TROUBLE', 'UNK PROBLEM', 'TROUBLE UNKNOWN'),
    'DIST': ('DISTURBANCE', 'DISTURBANCE GENERAL', 'DIST'), 'NOISE': ('NOISE COMPLAINT', 'NOISE NUISANCE', 'LOUD MUSIC'),
    'VERBAL': ('VERBAL DISPUTE', 'ARGUMENT', 'DISPUTE'), 'FAMT': ('FAMILY TROUBLE', 'FAMILY DISTURBANCE', 'DOMESTIC NON-VIOLENT'),
    'CIVIL': ('CIVIL MATTER', 'CIVIL ISSUE', 'CIVIL STANDBY'), 'JUV': ('JUVENILE PROBLEM', 'TRBL W/JUV', 'JUVENILE DISTURBANCE'),
    'PARK': ('PARKING COMPLAINT', 'PARKING TROUBLE', 'ILLEGALLY PARKED'), 'ANIMAL': ('ANIMAL COMPLAINT', 'ANIMAL PROBLEM', 'ANIMAL CALL'),
    'HARASS': ('HARASSMENT', 'HARASSING COMMS', 'HARASS'), 'FOUND': ('FOUND PROPERTY', 'PROPERTY FOUND', 'FOUND ITEM'),
    'INTOX': ('INTOXICATED PERSON', 'DRUNK', 'INTOX SUBJ'), 'TRANS': ('TRANSIENT', 'HOMELESS PERSON', 'UNHOUSED PERSON'),
    'FIREWK': ('FIREWORKS', 'FIREWORKS COMPLAINT', 'FIREWORKS'), 'ALARM': ('ALARM', 'BURGLAR ALARM', 'ALARM AUDIBLE'),
    'CUST': ('CHILD CUSTODY', 'CUSTODY DISPUTE', 'CUSTODY EXCHANGE'), 'LLT': ('LANDLORD/TENANT', 'LANDLORD TENANT TRBL', 'TENANT DISPUTE'),
    'PROP': ('PROPERTY PICKUP', 'PROPERTY RETRIEVAL', 'CIVIL STANDBY-PROPERTY'), 'LOITER': ('LOITERING', 'JUVS LOITERING', 'LOITER'),
    'SUSP': ('SUSPICIOUS', 'SUSPICIOUS PERSON', 'SUSP CIRC'), 'SUSPV': ('SUSPICIOUS VEHICLE', 'SUSP VEH', 'SUSPICIOUS AUTO'),
    'WELF': ('CHECK WELFARE', 'WELFARE CHECK', 'WELFARE CITIZEN'), 'ASSIST': ('ASSIST CITIZEN', 'CITIZEN ASSIST', 'PUBLIC ASSIST'),
    'INFO': ('INFORMATION', 'INFO ONLY', 'INFORMATION REPORT'), 'VAND': ('VANDALISM', 'CRIMINAL MISCHIEF', 'DAMAGE TO PROPERTY'),
    'FRAUD': ('FRAUD', 'SCAM REPORT', 'FRAUD/FORGERY'), 'LOCK': ('LOCKOUT', 'VEHICLE LOCKOUT', 'LOCKOUT'),
    'CFP': ('CALL FOR POLICE', 'TROUBLE W/ SUBJECT', 'COMPLAINT'),
}

# ---------------------------------------------------------------- agencies (fictional names; styles vary)
AGENCIES = [
    dict(code='MCE', name='Marlow County ECC', W=255, case='upper', sep=' / ', ctv=0, weight=12,
         rp=['RP', 'RP', 'CALLER'], st=['STS', 'ADV', 'STATES', 'REPORTING'], subj='SUBJ', m='MALE', f='FEMALE',
         ms='MALES', fs='FEMALES', ofc='OFC', adv='ADV', yo='YOA',
         stamp='[{hh}:{mi}:{ss} DSP{d}]', unit='{d}A{d}{d}',
         abbr=[('vehicle', 'VEH'), ('apartment', 'APT'), ('approximately', 'APPROX'), ('unknown', 'UNK'),
               ('in front of', 'IFO'), ('parking lot', 'PKG LOT'), ('possible', 'POSS'), ('residence', 'RES'),
               ('requesting', 'REQ'), ('neighbor', 'NBR'), ('minutes', 'MINS'), ('history', 'HX'), ('with', 'W/')],
         ctover={'CFP': 'TRBL W/SUBJ'}),
    dict(code='PAP', name='Port Avery PD', W=200, case='lower', sep=' - ', ctv=1, weight=12,
         rp=['cp', 'caller', 'rp'], st=['says', 'sts', 'advises', 'reports'], subj='subj', m='male', f='female',
         ms='males', fs='females', ofc='ofc', adv="adv'd", yo='yo',
         stamp='{hh}{mi} ct{d}', unit='{d}{l}{d}{d}',
         abbr=[('apartment', 'apt'), ('vehicle', 'veh'), ('because', 'b/c'), ('about', 'abt'), ('minutes', 'mins'),
               ('hours', 'hrs'), ('boyfriend', 'bf'), ('girlfriend', 'gf'), ('brother', 'bro'), ('without', 'w/o'),
               ('people', 'ppl'), ('something', 'smthg'), ('please', 'pls')],
         ctover={}),
    dict(code='GLN', name='City of Glenmoor', W=240, case='sentence', sep=' ', ctv=0, weight=11,
         rp=['caller', 'the caller', 'the reporting party'], st=['stated', 'reported', 'advised'], subj='the subject',
         m='a man', f='a woman', ms='men', fs='women', ofc='the officer', adv='advised', yo='years old',
         stamp='', unit='{d}{d}{d}',
         abbr=[('apt', 'apartment'), ('approx', 'approximately'), ('unk', 'unknown'), ('hx', 'history of'),
               ('pt', 'the patient'), ('c/o', 'complains of'), ('juvs', 'juveniles'), ('NB', 'northbound'),
               ('ETOH', 'alcohol'), ('UNC', 'unconscious'), ('DLOC', 'decreased level of consciousness'),
               ('LOC x2', 'loss of consciousness twice'), ('SI/HI', 'suicidal or homicidal ideation'),
               ('SI', 'suicidal ideation'), ('DIB/SOB', 'difficulty breathing and short of breath'),
               ('yr', 'year'), ('xst', 'cross streets'), ('subj', 'subject'), ('intox', 'intoxicated'),
               ('CR', 'community responder'), ('x', 'for')],
         ctover={'WELF': 'Check the Welfare', 'ASSIST': 'Assist a Citizen', 'INFO': 'Information',
                 'SUSP': 'Suspicious Circumstances', 'CFP': 'Call for Service'}),
    dict(code='TMT', name='Tollison Metro 911', W=80, case='upper', sep=';', ctv=2, weight=6,
         rp=['R/P', 'RP'], st=['ADVS', 'ADV', 'STS'], subj='SUBJ', m='M/SUBJ', f='F/SUBJ', ms='M/SUBJS',
         fs='F/SUBJS', ofc='UNIT', adv='ADVS', yo='YO',
         stamp='{hh}{mi}', unit='T{d}{d}',
         abbr=[('the', ''), ('and', '&'), ('with', 'W/'), ('vehicle', 'VEH'), ('apartment', 'APT'), ('unknown', 'UNK'),
               ('parking lot', 'PL'), ('lot', 'PL'), ('approximately', 'APPX'), ('approx', 'APPX'), ('minutes', 'MIN'),
               ('min', 'MIN'), ('hours', 'HRS'), ('in front of', 'IFO'), ('behind', 'BHD'), ('because', 'BC'),
               ('said', 'SD'), ('yesterday', 'YDAY'), ('neighbor', 'NEIGH'), ('friend', 'FRND'), ('mother', 'MOM'),
               ('father', 'DAD'), ('girlfriend', 'GF'), ('boyfriend', 'BF'), ('brother', 'BRO'), ('sister', 'SIS'),
               ('daughter', 'DAU'), ('building', 'BLDG'), ('people', 'PPL'), ('about', 'ABT'), ('right now', 'NOW'),
               ('someone', 'SOMEONE'), ('wants', 'REQ'), ('residence', 'RES'), ('house', 'RES')],
         ctover={'WELF': 'WELF CHK', 'SUSP': 'SUSP', 'ASSIST': 'ASST CIT', 'INFO': 'INFO', 'CFP': 'CALL FOR PD'}),
    dict(code='KCS', name='Kessler County Sheriff', W=150, case='mixed', sep=' // ', ctv=1, weight=11,
         rp=['Comp', 'Compl', 'RP'], st=['adv', 'advises', 'states'], subj='Subj', m='male', f='female', ms='males',
         fs='females', ofc='Dep', adv='adv', yo='y/o',
         stamp='{mo}/{dd}/{yy} {hh}:{mi}:{ss} - {I}{I}{I}', unit='Car {d}{d}',
         abbr=[('deputy', 'Dep'), ('vehicle', 'veh'), ('residence', 'res'), ('approximately', 'approx'),
               ('boyfriend', 'BF'), ('girlfriend', 'GF'), ('mother', 'mom'), ('NB', 'N/B'), ('apartment', 'apt'),
               ('unknown', 'unk'), ('officer', 'Dep'), ('complainant', 'Comp'), ('information', 'info')],
         ctover={'WELF': 'Welfare Check', 'CFP': 'Complaint-Misc'}),
    dict(code='NHP', name='New Halden PD', W=120, case='upper', sep=' -- ', ctv=2, weight=10,
         rp=['CALLER', 'CLR'], st=['REPORTS', 'STATES', 'SAYS'], subj='SUBJ', m='MALE', f='FEMALE', ms='MALES',
         fs='FEMALES', ofc='UNIT', adv='ADVISED', yo='Y/O',
         stamp='#{d}{d} {hh}:{mi}', unit='{d}{L}{d}',
         abbr=[('apartment', 'APT'), ('vehicle', 'VEH'), ('complains of', 'C/O'), ('without', 'W/O'), ('with', 'W/'),
               ('approximately', 'APPROX'), ('unknown', 'UNKN'), ('northbound', 'NB'), ('subject', 'SUBJ'),
               ('history', 'HIST'), ('juveniles', 'JUVS'), ('building', 'BLDG')],
         ctover={'WELF': 'WELFARE CHECK', 'ASSIST': 'CITIZEN ASSIST'}),
    dict(code='BRC', name='Bayshore Regional Communications', W=254, case='mixed', sep=' ** ', ctv=0, weight=12,
         rp=['CP', 'CP', 'Caller'], st=['reports', 'adv', 'states'], subj='Subj', m='a male', f='a female', ms='males',
         fs='females', ofc='Unit', adv='adv', yo='yo',
         stamp='{mo}/{dd} {hh}{mi} CT{d}', unit='{L}{d}{d}',
         abbr=[('complainant', 'CP'), ('patient', 'Pt'), ('registered owner', 'RO'), ('approximately', 'approx'),
               ('apartment', 'Apt'), ('vehicle', 'Veh'), ('information', 'info'), ('unknown', 'unk'),
               ('minutes', 'min'), ('parking lot', 'lot')],
         ctover={'CFP': 'CALL FOR SERVICE'}),
    dict(code='ATP', name='Ashford Township PD', W=100, case='upper', sep='; ', ctv=1, weight=8,
         rp=['COMPL', 'COMPL', 'R/P'], st=['STATES', 'STATED'], subj='S/', m='MALE', f='FEMALE', ms='MALES',
         fs='FEMALES', ofc='PTL', adv='ADV', yo='YOA',
         stamp='{hh}{mi}HRS', unit='PTL {d}{d}',
         abbr=[('vehicle', 'V/'), ('subject', 'S/'), ('history', 'HX'), ('without', 'W/O'), ('residence', 'RES'),
               ('apartment', 'APT'), ('approximately', 'APPROX'), ('unknown', 'UNK'), ('requesting', 'REQ'),
               ('advised', 'ADV'), ('ambulance', 'AMB'), ('emergency', 'EMERG'), ('complainant', 'COMPL'),
               ('juveniles', 'JUVS'), ('juvenile', 'JUV')],
         ctover={'WELF': 'CHECK WELFARE', 'CFP': 'COMPLAINT'}),
    dict(code='RMP', name='Red Mesa PD', W=180, case='mixed', sep=' | ', ctv=0, weight=11,
         rp=['RP', 'RP', 'Rp'], st=['advises', 'adv', 'states'], subj='subj', m='a male', f='a female', ms='males',
         fs='females', ofc='Ofcr', adv='adv', yo='yoa',
         stamp='({hh}:{mi})', unit='{d}{L}{d}{d}',
         abbr=[('disturbance', '415'), ('apartment', 'apt'), ('vehicle', 'veh'), ('approximately', 'approx'),
               ('psych hold', '5150 hold'), ('mental health', 'MH'), ('officer', 'Ofcr'), ('unknown', 'unk')],
         ctover={'DIST': '415 DISTURBANCE', 'FIGHT': '415F FIGHT', 'MENTAL': '5150 EVAL', 'ASLT': '242 BATTERY',
                 'WEAP': '417 BRANDISHING', 'THEFT': '484 PETTY THEFT', 'BURG': '459 BURGLARY', 'NOISE': '415N NOISE',
                 'THREAT': '422 THREATS', 'VAND': '594 VANDALISM', 'DUI': '23152 DUI', 'SUIC': '5150 SUICIDAL',
                 'DV': '273.5 DOMESTIC', 'ROBB': '211 ROBBERY', 'SHOTS': '246 SHOTS', 'EXPOS': '314 EXPOSURE',
                 'WELF': 'WELFARE CHECK', 'CFP': 'CITIZEN CONTACT'}),
    dict(code='LCJ', name='Linden County Joint Communications', W=160, case='upper', sep=', ', ctv=1, weight=11,
         rp=['CLR', 'CLR', 'CALLER'], st=['STATES', 'ADVISES', 'REPORTS'], subj='SUBJ', m='MALE', f='FEMALE',
         ms='MALES', fs='FEMALES', ofc='PD', adv='ADVISES', yo='YO',
         stamp='{hh}:{mi}:{ss}', unit='{L}{d}{d}',
         abbr=[('patient', 'PT'), ('breathing', 'BRTHG'), ('unresponsive', 'UNRESP'), ('unconscious', 'UNCON'),
               ('difficulty', 'DIFF'), ('complains of', 'C/O'), ('history', 'HX'), ('with', 'W/'),
               ('approximately', 'APPROX'), ('ambulance', 'AMB'), ('emergency', 'EMER'), ('apartment', 'APT')],
         ctover={'WELF': 'WELFARE CHK', 'CFP': 'POLICE SERVICE'}),
]

# ---------------------------------------------------------------- slot pools
POOLS = {
    'relm': ['brother', 'son', 'husband', 'boyfriend', 'uncle', 'father', 'roommate', 'nephew', 'grandson', 'cousin', 'stepdad'],
    'relf': ['sister', 'daughter', 'mother', 'wife', 'girlfriend', 'aunt', 'grandmother', 'niece', 'cousin', 'stepmom'],
    'place': ['the laundromat', 'the bus shelter', 'the library', 'Riverside Park', 'the gas station', 'the rec center',
              'the transit center', 'the apartment lobby', 'St. Mark church lot', 'the community garden', 'the food pantry',
              'the hospital lobby', 'the strip mall', 'the skate park', 'the senior center', 'the motel office',
              'Lakeview Plaza', 'the YMCA', 'the DMV', 'Kennedy Park', 'the Greyhound station', 'the dollar store',
              'the car wash', 'the urgent care', 'Hillcrest Apartments', 'the public pool', 'the mall food court'],
    'store': ['Sav-Mor Foods', 'Quik Stop', 'Lucky 7 Market', 'Corner Mart', 'El Rancho Market', 'Pump N Pantry',
              'Dollar Depot', 'Main St Pharmacy', 'Value Wash', 'Golden Dragon Buffet', 'Ace Liquor', 'Northside Tire',
              'Sunrise Donuts', 'the Kwik Fill', 'Family Fare', 'Midway Hardware', 'the 24hr Walgreens'],
    'street': ['W Grant St', 'N 27th St', 'Lincoln Ave', 'Oak Blvd', 'MLK Dr', 'Hwy 41', 'County Rd K', 'Elm St',
               'River Rd', '3rd Ave', 'Burleigh St', 'Pine Ridge Dr', 'Mission St', 'Fulton Ave', 'Cedar Ln',
               'Water St', 'Kingsley Rd', 'Route 9', 'S Halsted', 'Greenfield Ave', 'Canal St', 'E Vine St',
               'Harbor Dr', 'Maple Ct', 'Division St', '5th St'],
    'veh': ['silver Honda Civic', 'black Tahoe', 'white work van', 'red pickup', 'blue Camry', 'gray Altima',
            'green Subaru wagon', 'black Charger', 'maroon minivan', 'white Kia Soul', 'tan Buick', 'gold Impala',
            'black Escalade', 'white box truck', 'silver Prius', 'blue F-150'],
    'cloth': ['red hoodie', 'black jacket and jeans', 'gray sweats, no shirt', 'green army jacket', 'Bulls jersey',
              'yellow rain coat', 'white tank top', 'blue scrubs', 'camo pants and black beanie', 'orange safety vest',
              'Packers hat, brown coat', 'all black clothing', 'purple windbreaker', 'flannel and ball cap'],
    'mins': ['10 min', '15 mins', '20 minutes', 'half an hour', '45 min', 'an hour', 'two hours', '5 min'],
    'time': ['9 pm', '10:30', 'midnight', '1 am', '2 am', '11 pm', '6 pm'],
    'apt': ['2B', '114', '3R', '6', '204', 'lower', 'upper', '12C', '305', '1F'],
}


def ri(rng, a, b):
    return rng.randint(a, b)


def slot(name, ag, rng):
    if name in ('rp', 'st'):
        return rng.choice(ag[name])
    if name in ('subj', 'm', 'f', 'ms', 'fs', 'ofc', 'adv', 'yo'):
        return ag[name]
    if name in POOLS:
        return rng.choice(POOLS[name])
    if name == 'addr':
        if rng.random() < 0.5:
            return '%d %s' % (ri(rng, 1, 99) * 100 + ri(rng, 0, 99), rng.choice(POOLS['street']))
        return '%d blk %s' % (ri(rng, 1, 48) * 100, rng.choice(POOLS['street']))
    if name == 'age':
        return str(ri(rng, 19, 66))
    if name == 'oage':
        return str(ri(rng, 70, 93))
    if name == 'kid':
        return str(ri(rng, 3, 11))
    if name == 'tage':
        return str(ri(rng, 13, 16))
    if name == 'num':
        return str(ri(rng, 2, 6))
    if name == 'year':
        return str(ri(rng, 2014, 2023))
    if name == 'phone':
        return '555-01%02d' % ri(rng, 0, 99)
    raise KeyError(name)


SLOT_RE = re.compile(r'\{([^{}]+)\}')


def fill(text, ag, rng):
    def rep(mo):
        body = mo.group(1)
        if '|' in body:
            return rng.choice(body.split('|'))
        return slot(body, ag, rng)
    return SLOT_RE.sub(rep, text)


def fmt_stamp(pat, rng):
    out = []
    i = 0
    while i < len(pat):
        if pat.startswith('{hh}', i):
            out.append('%02d' % ri(rng, 0, 23)); i += 4
        elif pat.startswith('{mi}', i):
            out.append('%02d' % ri(rng, 0, 59)); i += 4
        elif pat.startswith('{ss}', i):
            out.append('%02d' % ri(rng, 0, 59)); i += 4
        elif pat.startswith('{mo}', i):
            out.append('%02d' % ri(rng, 1, 12)); i += 4
        elif pat.startswith('{dd}', i):
            out.append('%02d' % ri(rng, 1, 28)); i += 4
        elif pat.startswith('{yy}', i):
            out.append('%02d' % ri(rng, 22, 24)); i += 4
        elif pat.startswith('{d}', i):
            out.append(str(ri(rng, 1, 9))); i += 3
        elif pat.startswith('{l}', i):
            out.append('abcdefghjkmnpr'[ri(rng, 0, 13)]); i += 3
        elif pat.startswith('{L}', i):
            out.append('ABCDEFGHJKMNPR'[ri(rng, 0, 13)]); i += 3
        elif pat.startswith('{I}', i):
            out.append('ABCDEFGHJKLMNPRSTW'[ri(rng, 0, 17)]); i += 3
        else:
            out.append(pat[i]); i += 1
    return ''.join(out)


# ---------------------------------------------------------------- neutral prefix pieces and remark pieces
PREFIX_PIECES = [
    'E911 WPH2 location verified', 'class of service WPH2, uncertainty {num}0m', 'LOI search completed',
    'callback {phone}', 'xst {street} and {street}', '{rp} calling from a cell phone', '{rp} on the line from {place}',
    'no premise history', 'language line used, Spanish', 'transferred from county PSAP', '{rp} name on file',
    'location: {addr}', '{rp} wants a callback', '{rp} does not want contact', '{rp} will meet in front',
    'call received on the non-emergency line', 'TTY not used', 'caller ID matches {phone}',
]
REM_COMMON = ['unit {U} dispatched', 'unit {U} enroute', 'unit on scene: {T}', 'case # 24-0{C}',
              '{rp} callback {phone}', 'per {ofc} see supplement', 'sgt notified', 'unit {U} assigned at {T}']
REM_RED = ['2nd unit requested', 'additional unit enroute', 'priority upgraded', 'supervisor advised']
REM_INJ = ['EMS enroute', 'medic {d}{d} assigned', 'FD notified', 'EMS staged at {street}', 'ALS enroute']
REM_VW = ['EMS staged pending PD', 'FD staged at {street}']
REM_PO = ['K9 notified', 'units checking the area', 'BOLO sent']
REM_ELIG = ['CR team {U} assigned', 'per {ofc} referred to CR team', '{ofc} {adv} no further action',
            '{ofc} {adv} no report, parties advised', 'dispo: advised', '211 info given', 'cleared, no report',
            'unit on scene: contact made with {rp}', 'CR team on scene {T}', 'dispo 02 no report taken',
            'CR team {adv} resources given']


def piece(text, ag, rng):
    t = text.replace('{U}', fmt_stamp(ag['unit'], rng)).replace('{T}', '%02d%02d' % (ri(rng, 0, 23), ri(rng, 0, 59)))
    t = t.replace('{C}', '%05d' % ri(rng, 0, 99999)).replace('{d}', str(ri(rng, 1, 9)))
    return fill(t, ag, rng)


def abbreviate(text, ag):
    for word, rep in ag['abbr']:
        pat = r'(?<![\w/])' + re.escape(word) + r'(?![\w/])'
        if rep == '':
            text = re.sub(pat + r' ', '', text, flags=re.I)
        else:
            text = re.sub(pat, lambda m, r=rep: r, text, flags=re.I)
    return text


def sentence_case(text):
    chars = list(text.replace(' / ', '. '))
    cap = True
    for i, ch in enumerate(chars):
        if cap and ch.isalpha():
            chars[i] = ch.upper()
            cap = False
        elif cap and ch.isdigit():
            cap = False
        if ch in '.!?' and i + 1 < len(chars) and chars[i + 1] == ' ':
            cap = True
    out = ''.join(chars).rstrip()
    # put the final period outside any trailing markers
    tail = ''
    while out and out[-1] in (KC, RC, '"'):
        tail = out[-1] + tail
        out = out[:-1]
    if out and out[-1] not in '.!?':
        return out + tail + '.'
    return out + tail


def apply_case(text, ag):
    c = ag['case']
    if c == 'upper':
        return text.upper()
    if c == 'lower':
        return text.lower()
    if c == 'sentence':
        return sentence_case(text)
    return text


def render_piece(raw, ag, rng):
    t = abbreviate(piece(raw, ag, rng), ag)
    t = re.sub(r'  +', ' ', t).strip()
    return apply_case(t, ag)


MARK_RE = re.compile(r'\[\[(\w+):(.*?)\]\]')
RES_RE = re.compile(r'<<(.*?)>>')


def to_ctrl(text):
    text = MARK_RE.sub(lambda m: KO + KCHAR[m.group(1)] + m.group(2) + KC, text)
    return RES_RE.sub(lambda m: RO + m.group(1) + RC, text)


def render_core(tpl, ag, rng):
    text = tpl['text']
    if text.startswith('{rp} {st} ') and rng.random() < 0.18:
        text = text[len('{rp} {st} '):]
    text = to_ctrl(fill(text, ag, rng))
    if ag['case'] != 'sentence':
        text = text.replace(' / ', ag['sep'])
    text = abbreviate(text, ag)
    text = re.sub(r'  +', ' ', text).strip()
    return apply_case(text, ag)


# ---------------------------------------------------------------- typos
NEAR = {'a': 'sq', 'b': 'vn', 'c': 'xv', 'd': 'sf', 'e': 'wr', 'f': 'dg', 'g': 'fh', 'h': 'gj', 'i': 'uo', 'j': 'hk',
        'k': 'jl', 'l': 'k', 'm': 'n', 'n': 'bm', 'o': 'ip', 'p': 'o', 'q': 'w', 'r': 'et', 's': 'ad', 't': 'ry',
        'u': 'yi', 'v': 'cb', 'w': 'qe', 'x': 'zc', 'y': 'tu', 'z': 'x'}
WORD_RE = re.compile(r'[A-Za-z]{4,}')


def typo_word(w, rng):
    op = rng.choice(['swap', 'drop', 'double', 'near'])
    i = ri(rng, 1, len(w) - 2)
    if op == 'swap' and w[i] != w[i + 1]:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 'drop':
        return w[:i] + w[i + 1:]
    if op == 'double':
        return w[:i + 1] + w[i] + w[i + 1:]
    ch = w[i]
    rep = rng.choice(NEAR[ch.lower()])
    rep = rep.upper() if ch.isupper() else rep
    return w[:i] + rep + w[i + 1:]


def add_typos(core, n, rng):
    done = 0
    for _ in range(n):
        words = [m for m in WORD_RE.finditer(core)]
        if not words:
            break
        inkey = []
        if KO in core:
            ks = core.index(KO)
            ke = core.index(KC)
            inkey = [m for m in words if m.start() > ks and m.end() < ke]
        pool = inkey if (inkey and rng.random() < 0.4) else words
        m = rng.choice(pool)
        new = typo_word(m.group(0), rng)
        if new != m.group(0):
            core = core[:m.start()] + new + core[m.end():]
            done += 1
    return core, done


# ---------------------------------------------------------------- spans and labels
def parse_ctrl(marked):
    plain, spans, res = [], [], []
    kind = None
    start = 0
    i = 0
    while i < len(marked):
        ch = marked[i]
        if ch == KO:
            kind = CHARK[marked[i + 1]]
            start = len(plain)
            i += 2
            continue
        if ch == KC:
            spans.append((kind, start, len(plain)))
            i += 1
            continue
        if ch == RO:
            start = len(plain)
            i += 1
            continue
        if ch == RC:
            res.append((start, len(plain)))
            i += 1
            continue
        plain.append(ch)
        i += 1
    return ''.join(plain), spans, res


def alnum(s):
    return sum(1 for c in s if c.isalnum())


def derive(plain, spans, res, W, group):
    trunc = len(plain) > W
    cut = plain[:W] if trunc else plain
    L = len(cut)
    active, lost = [], []
    for kind, s, e in spans:
        if e <= L:
            ok, q = True, cut[s:e]
        elif s < L:
            a, n = alnum(cut[s:L]), alnum(plain[s:e])
            ok, q = (a >= 5 and a >= n - 3), cut[s:L]
        else:
            ok, q = False, ''
        if not ok:
            lost.append(kind)
            continue
        if any(rs >= e and re_ <= L for rs, re_ in res):
            continue
        active.append((kind, q))
    if active:
        label, flag, reason = 'red', active[0][0], "%s <- '%s'" % (active[0][0], active[0][1])
    elif lost:
        label, flag, reason = 'eligible', '', 'eligible: cut-lost-key (%s)' % lost[0]
    else:
        label, flag, reason = 'eligible', '', 'eligible: %s' % group
    if trunc:
        reason += '; truncated at %d' % W
    return cut, label, flag, reason, trunc


def ctrl_to_markup(marked):
    out = []
    i = 0
    while i < len(marked):
        ch = marked[i]
        if ch == KO:
            out.append('[[' + CHARK[marked[i + 1]] + ':'); i += 2; continue
        if ch == KC:
            out.append(']]')
        elif ch == RO:
            out.append('<<')
        elif ch == RC:
            out.append('>>')
        else:
            out.append(ch)
        i += 1
    return ''.join(out)


# ---------------------------------------------------------------- layout
def join_pieces(ag, pre, core, suf):
    return ag['sep'].join(pre + [core] + suf)


def candidates(ag, rng, kmax, n, pool_fn):
    out = []
    for _ in range(n):
        k = ri(rng, 0, kmax)
        out.append(pool_fn(k))
    return out


def layout(ag, core, mode, is_red, kind, rng):
    """Return (pre, suf) lists of rendered pieces satisfying the truncation mode, or None."""
    plain, spans, res = parse_ctrl(core)
    sep = len(ag['sep'])
    W = ag['W']

    def mk_pre(k):
        pcs = []
        if k and ag['stamp'] and rng.random() < 0.7:
            pcs.append(apply_case(fmt_stamp(ag['stamp'], rng), ag) if ag['case'] != 'sentence' else fmt_stamp(ag['stamp'], rng))
            k -= 1
        for raw in rng.sample(PREFIX_PIECES, k):
            pcs.append(render_piece(raw, ag, rng))
        return pcs

    def mk_suf(k):
        pool = list(REM_COMMON)
        if is_red:
            pool += REM_RED
            if kind == 'injury':
                pool += REM_INJ + REM_INJ
            elif kind in ('violence', 'weapon'):
                pool += REM_VW
            elif kind == 'police_only':
                pool += REM_PO
        else:
            pool += REM_ELIG + REM_ELIG
        uniq = []
        for raw in pool:
            if raw not in uniq:
                uniq.append(raw)
        return [render_piece(raw, ag, rng) for raw in rng.sample(uniq, min(k, len(uniq)))]

    big = mode in ('before', 'keep', 'lose', 'inres')
    pres = candidates(ag, rng, 7 if big else 3, 150 if big else 40, mk_pre)
    sufs = candidates(ag, rng, 7 if mode != 'fit' else 2, 40, mk_suf)
    if mode == 'fit':
        pres = [p for p in pres if len(p) <= 2]
    ks, ke = (spans[0][1], spans[0][2]) if spans else (None, None)
    rs, re_ = (res[0][0], res[0][1]) if res else (None, None)
    for pre in pres:
        P = sum(len(p) + sep for p in pre)
        if mode == 'fit':
            pass
        elif mode == 'tail':
            limit = ke if (is_red and ke is not None) else len(plain)
            if P + limit > W:
                continue
        elif mode in ('keep', 'lose'):
            if not (P + ks < W < P + ke):
                continue
            a, n = alnum(plain[ks:W - P]), alnum(plain[ks:ke])
            if mode == 'keep' and not (a >= 5 and a >= n - 3):
                continue
            if mode == 'lose' and a > 4:   # only a stub of the key survives: nothing decisive remains
                continue
        elif mode == 'before':
            if not (P + 12 <= W <= P + ks):
                continue
        elif mode == 'inres':
            if not (P + rs < W < P + re_):
                continue
        for suf in sufs:
            total = P + len(plain) + sum(len(s) + sep for s in suf)
            if mode == 'fit':
                if total <= W:
                    return pre, suf
            elif mode == 'tail':
                if total > W:
                    return pre, suf
            else:
                return pre, suf
    return None


# ---------------------------------------------------------------- main
def load_templates(path):
    tpls = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            head, text = line.split(' :: ', 1)
            typ, cls, ct = head.split()
            tpls.append(dict(id='T%03d' % (len(tpls) + 1), typ=typ, cls=cls, ct=ct, text=text))
    return tpls


def apportion(total, names, weights):
    s = sum(weights)
    raw = [total * w / s for w in weights]
    base = [int(x) for x in raw]
    rem = total - sum(base)
    order = sorted(range(len(names)), key=lambda i: (-(raw[i] - base[i]), i))
    for i in order[:rem]:
        base[i] += 1
    return list(zip(names, base))


def pick_agency_order(rng):
    pool = list(range(len(AGENCIES)))
    out = []
    while pool:
        tot = sum(AGENCIES[i]['weight'] for i in pool)
        x = rng.random() * tot
        acc = 0
        for j, i in enumerate(pool):
            acc += AGENCIES[i]['weight']
            if x < acc:
                out.append(i)
                pool.pop(j)
                break
        else:
            out.append(pool.pop())
    return out


def ct_name(ag, code):
    if code in ag['ctover']:
        return ag['ctover'][code]
    name = CT[code][ag['ctv']]
    if ag['case'] == 'lower':
        return name.lower()
    if ag['case'] in ('sentence', 'mixed') and ag['code'] in ('GLN', 'KCS'):
        return name.title().replace('W/', 'w/')
    return name


def main():
    outdir = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    tpls = load_templates(os.path.join(here, 'blind25_templates.txt'))
    rng = random.Random(SEED)

    plan = []
    for k, n in apportion(N_RED_DESIGN, KINDS, KIND_WEIGHT):
        plan += [('R', k)] * n
    for g, n in apportion(N_ROWS - N_RED_DESIGN, [g for g, _ in GROUP_WEIGHT], [w for _, w in GROUP_WEIGHT]):
        plan += [('E', g)] * n
    rng.shuffle(plan)

    by_cls = {}
    for t in tpls:
        by_cls.setdefault(t['cls'], []).append(t)
    cursor = {}
    for cls in [t['cls'] for t in tpls]:
        if cls not in cursor:
            lst = list(by_cls[cls])
            rng.shuffle(lst)
            by_cls[cls] = lst
            cursor[cls] = 0

    def next_tpl(cls):
        lst = by_cls[cls]
        t = lst[cursor[cls] % len(lst)]
        cursor[cls] += 1
        if cursor[cls] % len(lst) == 0:
            rng.shuffle(lst)
        return t

    res_idx = [i for i, (t, c) in enumerate(plan) if c == 'resolved']
    oth_idx = [i for i, (t, c) in enumerate(plan) if c != 'resolved']
    n_res_tr = (len(res_idx) * 2) // 5
    trunc_flag = [False] * len(plan)
    for i in rng.sample(res_idx, n_res_tr) + rng.sample(oth_idx, 205 - n_res_tr):
        trunc_flag[i] = True

    seen = {}
    rows, marks = [], []
    for idx, (typ, cls) in enumerate(plan):
        rid = 'B25-%04d' % (idx + 1)
        resolved = cls == 'resolved'
        want_trunc = trunc_flag[idx]
        if want_trunc:
            if typ == 'R':
                x = rng.random()
                mode = 'tail' if x < 0.45 else ('keep' if x < 0.63 else ('lose' if x < 0.80 else 'before'))
            elif resolved:
                mode = 'tail' if rng.random() < 0.4 else 'inres'
            else:
                mode = 'tail'
        else:
            mode = 'fit'
        ntypo = 0
        r = rng.random()
        if r < 0.25:
            ntypo = 1 if r < 0.18 else 2
        done = False
        for attempt in range(60):
            tpl = next_tpl(cls)
            try_mode = mode if attempt < 40 else ('tail' if mode != 'fit' else 'fit')
            for ai in pick_agency_order(rng):
                ag = AGENCIES[ai]
                core = render_core(tpl, ag, rng)
                core, nt = add_typos(core, ntypo, rng)
                kind = cls if typ == 'R' else None
                lay = layout(ag, core, try_mode, typ == 'R', kind, rng)
                if lay is None:
                    continue
                pre, suf = lay
                full = join_pieces(ag, pre, core, suf)
                plain, spans, res = parse_ctrl(full)
                cut, label, flag, reason, trunc = derive(plain, spans, res, ag['W'], cls if typ == 'E' else 'NA')
                if try_mode == 'fit' and trunc:
                    continue
                if try_mode != 'fit' and not trunc:
                    continue
                if cut in seen or any(x in plain for x in ('[[', ']]', '<<', '>>', '\t', '\n')):
                    continue
                done = True
                break
            if done:
                break
        if not done:
            raise SystemExit('could not place row %s (%s %s %s)' % (rid, typ, cls, mode))
        seen[cut] = rid
        # call type
        if typ == 'R':
            if label == 'eligible' or rng.random() < 0.5:
                code = rng.choice(VAGUE)
            else:
                code = tpl['ct']
        else:
            code = tpl['ct'] if rng.random() < 0.85 else rng.choice(VAGUE)
        rows.append([rid, ct_name(ag, code), cut, label, flag, reason, 'blind25'])
        marks.append([rid, ag['code'], str(ag['W']), tpl['id'], tpl['typ'], cls, code, str(nt), try_mode,
                      ctrl_to_markup(full)])

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    w.writerow(['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split'])
    w.writerows(rows)
    with open(os.path.join(outdir, 'blind25.csv'), 'w', encoding='utf-8', newline='') as fh:
        fh.write(buf.getvalue())
    with open(os.path.join(outdir, 'blind25_markup.tsv'), 'w', encoding='utf-8', newline='') as fh:
        fh.write('\t'.join(['id', 'agency', 'width', 'template', 'typ', 'class', 'ct_code', 'typos', 'mode',
                            'marked']) + '\n')
        for m in marks:
            fh.write('\t'.join(m) + '\n')


if __name__ == '__main__':
    main()
