#!/usr/bin/env python3
"""Generate the blind29 held-out set: one city's CAD log, ~40 call-takers.

usage: python3 make_blind29.py OUTDIR
Reads OUTDIR/templates_blind29.txt (hand-written markup templates), writes
OUTDIR/blind29.csv, OUTDIR/blind29_markup.csv (per-row markup used by the
checker) and OUTDIR/blind29_styles.csv (the call-takers' styles).
Standard library only; one random.Random(SEED); no iteration over sets/dicts
whose order could depend on hashing (dicts are insertion ordered and only
built from lists).
"""
import csv
import os
import re
import sys
import random

SEED = 290029
N_ROWS = 1000
W = 160                      # the log's fixed narrative field width
RED_QUOTA = [("injury", 132), ("police_only", 92), ("violence", 66), ("threat", 30),
             ("weapon", 30), ("uncertainty", 46), ("suicide", 25)]
N_LOOKALIKE = 325
N_ROUTINE = 1000 - sum(q for _, q in RED_QUOTA) - N_LOOKALIKE
P_LONG = 0.145               # rows padded past W (plus a few naturally long)
P_TYPO = 0.25
P_EXTRA_UPDATE = 0.25
P_MISLEAD = 0.45
P_STRADDLE_RED = 0.08        # red rows whose first key is pushed across the field width
P_STRADDLE_RES = 0.25        # resolved-alarm rows whose resolution is pushed across it             # red rows given a vague / misleading call type
KINDS = ["weapon", "violence", "threat", "injury", "suicide", "police_only", "uncertainty"]

# ---------------------------------------------------------------- call types
CALLTYPES = [
    ("WELF", ["WELCHK-WELFARE CHECK", "WELCIT-WELFARE CITIZEN", "PERDWN-PERSON DOWN"]),
    ("MED", ["MEDAST-MEDICAL ASSIST", "SICK-SICK PERSON", "FDASST-FIRE/EMS ASSIST"]),
    ("MEDAST", ["MEDAST-MEDICAL ASSIST"]),
    ("INJPER", ["INJPER-INJURED PERSON", "ACCPI-ACCIDENT W/INJ"]),
    ("OD", ["OD-OVERDOSE", "INTOX-INTOXICATED PERSON"]),
    ("INTOX", ["INTOX-INTOXICATED PERSON", "DRUNK-DRUNK SUBJ"]),
    ("MENTAL", ["MENTAL-MENTAL OBSERVATION", "EDP-EMOTIONALLY DISTURBED"]),
    ("SUIC", ["SUIC-SUICIDAL SUBJ", "SUIATT-SUICIDE ATTEMPT"]),
    ("DIST", ["DIST-DISTURBANCE", "TRBSUB-TROUBLE W/SUBJ", "FIGHT-FIGHT"]),
    ("TRBSUB", ["TRBSUB-TROUBLE W/SUBJ"]),
    ("FAMTRB", ["FAMTRB-FAMILY TROUBLE"]),
    ("DOMV", ["DOMV-DOMESTIC", "FAMTRB-FAMILY TROUBLE"]),
    ("THREAT", ["THREAT-THREATS", "THRPH-THREATS BY PHONE"]),
    ("HARASS", ["HARASS-HARASSMENT"]),
    ("WPN", ["WPN-WEAPON COMPLAINT", "MWGUN-MAN W/GUN"]),
    ("SHOTS", ["SHOTS-SHOTS FIRED", "SHOTSPT-SHOTSPOTTER"]),
    ("SUSP", ["SUSPER-SUSPICIOUS PERSON", "SUSVEH-SUSPICIOUS AUTO", "SUSOTH-SUSPICIOUS OTHER"]),
    ("SUSPER", ["SUSPER-SUSPICIOUS PERSON"]),
    ("SUSVEH", ["SUSVEH-SUSPICIOUS AUTO"]),
    ("SUSOTH", ["SUSOTH-SUSPICIOUS OTHER"]),
    ("BURG", ["BURG-BURGLARY", "ALRM-ALARM BURGLAR"]),
    ("ROBB", ["ROBB-ROBBERY", "STRONG-STRONGARM"]),
    ("THEFT", ["THEFT-THEFT", "RETTH-RETAIL THEFT"]),
    ("AUTOTH", ["AUTOTH-AUTO THEFT"]),
    ("TRESP", ["TRESP-TRESPASS"]),
    ("INDEXP", ["INDEXP-INDECENT EXPOSURE"]),
    ("TRAF", ["RECKDR-RECKLESS DRIVER", "TRFCOMP-TRAFFIC COMPLAINT"]),
    ("OWI", ["OWI-IMPAIRED DRIVER"]),
    ("CHILD", ["CHNEG-CHILD NEGLECT", "JUV-TROUBLE W/JUVENILE"]),
    ("JUV", ["JUV-TROUBLE W/JUVENILE"]),
    ("CUST", ["CUST-CHILD CUSTODY"]),
    ("MISS", ["MISPER-MISSING PERSON", "MISCRT-MISSING CRITICAL"]),
    ("MISSJ", ["MISJUV-MISSING JUVENILE"]),
    ("FNDPER", ["FNDPER-FOUND PERSON"]),
    ("UNK", ["UNK-UNKNOWN TROUBLE", "CFP-CALL FOR POLICE"]),
    ("OPNLN", ["OPNLN-OPEN LINE"]),
    ("911HU", ["911HU-911 HANGUP"]),
    ("NOISE", ["NOISE-NOISE NUISANCE", "PARTY-LOUD PARTY"]),
    ("FWORKS", ["FWORKS-FIREWORKS"]),
    ("CIVIL", ["CIVIL-CIVIL MATTER"]),
    ("LLT", ["LLT-LANDLORD/TENANT"]),
    ("PROPPU", ["PROPPU-PROPERTY PICKUP"]),
    ("ANIMAL", ["ANIMAL-ANIMAL COMPLAINT"]),
    ("CRUANI", ["CRUANI-CRUELTY ANIMAL"]),
    ("PARK", ["PARK-PARKING TROUBLE"]),
    ("ABNVEH", ["ABNVEH-ABANDONED VEHICLE"]),
    ("ASSIST", ["ASSIST-ASSIST CITIZEN", "CITASST-CITIZEN ASSIST"]),
    ("LOCKOUT", ["LOCKOUT-LOCKOUT"]),
    ("INFO", ["INFO-INFORMATION"]),
    ("FOLUP", ["FOLUP-FOLLOW UP"]),
    ("FNDPROP", ["FNDPROP-FOUND PROPERTY"]),
    ("UNHSD", ["UNHSD-HOMELESS SUBJ"]),
    ("PANH", ["PANH-PANHANDLING"]),
    ("LOIT", ["LOIT-LOITERING"]),
    ("TRFHAZ", ["TRFHAZ-TRAFFIC HAZARD"]),
    ("ACC", ["ACCPD-ACCIDENT PROP DAMAGE"]),
    ("SOLIC", ["SOLIC-SOLICITING"]),
    ("LITTER", ["DUMP-ILLEGAL DUMPING", "NUIS-NUISANCE"]),
    ("DAMAGE", ["DAMPROP-DAMAGE TO PROPERTY"]),
    ("FRAUD", ["FRAUD-FRAUD"]),
]
CT_MAP = dict(CALLTYPES)
# vague / misleading codes used for red rows (~45%)
VAGUE = ["WELCHK-WELFARE CHECK", "CFP-CALL FOR POLICE", "ASSIST-ASSIST CITIZEN", "INFO-INFORMATION",
         "SUSPER-SUSPICIOUS PERSON", "NOISE-NOISE NUISANCE", "PARK-PARKING TROUBLE", "LOIT-LOITERING",
         "FOLUP-FOLLOW UP", "TRBSUB-TROUBLE W/SUBJ", "CIVIL-CIVIL MATTER", "SUSOTH-SUSPICIOUS OTHER",
         "MENTAL-MENTAL OBSERVATION", "INTOX-INTOXICATED PERSON", "UNHSD-HOMELESS SUBJ",
         "FAMTRB-FAMILY TROUBLE", "JUV-TROUBLE W/JUVENILE", "911HU-911 HANGUP", "CITASST-CITIZEN ASSIST",
         "TRFHAZ-TRAFFIC HAZARD", "ALRM-ALARM BURGLAR", "LLT-LANDLORD/TENANT"]

# ---------------------------------------------------------------- slot data
STREETS = ["N 27TH ST", "W CAPITOL DR", "W BURLEIGH ST", "N 35TH ST", "W GRANT AV", "S LAYTON BLVD",
           "E OAK ST", "W LINCOLN AV", "N HOLTON ST", "S 6TH ST", "W VILLARD AV", "N TEUTONIA AV",
           "W GREENFIELD AV", "E NORTH AV", "W HAMPTON AV", "N SHERMAN BLVD", "W MITCHELL ST",
           "S KINNICKINNIC AV", "W SILVER SPRING DR", "N 76TH ST", "W FOREST HOME AV", "W CENTER ST",
           "N 20TH ST", "W NATIONAL AV", "E LOCUST ST", "W FOND DU LAC AV", "S 13TH ST", "W OKLAHOMA AV",
           "N PORT WASHINGTON RD", "W APPLETON AV", "E BRADY ST", "W VLIET ST", "N MLK DR", "W HOPKINS ST",
           "S 27TH ST", "W LISBON AV", "N 60TH ST", "W MORGAN AV", "E CLARKE ST", "W WALNUT ST"]
PLACES = ["the Citgo on {street}", "Family Dollar on {street}", "Walgreens at {street}/{street2}",
          "bus stop at {street}/{street2}", "the library on {street}", "Washington Park", "the laundromat on {street}",
          "McDonalds on {street}", "Speedway {street}", "Aldi on {street}", "Pick n Save on {street}",
          "the transit center", "the BP at {street}/{street2}", "Popeyes on {street}", "the Y on {street}",
          "Riverside Park", "the day shelter on {street}", "the casino", "the mall food court", "Kwik Trip on {street}",
          "community center on {street}", "Amtrak station", "Dollar General {street}", "Save A Lot on {street}",
          "the food pantry on {street}", "Mitchell Park", "St Vincent store", "the Shell at {street}/{street2}",
          "Sherman Park", "Home Depot lot", "the Jewel on {street}", "corner store at {street}/{street2}",
          "Lincoln Park", "the tire shop on {street}", "Family Video lot", "the check cashing place on {street}",
          "Burger King {street}", "Cousins Subs on {street}", "the motel on {street}", "AutoZone on {street}",
          "the senior center on {street}", "the Boys and Girls Club", "Marquette bus shelter", "Humboldt Park",
          "the Walmart on {street}", "U-Haul on {street}", "Taco Bell {street}", "the high school on {street}",
          "Sunoco {street}", "the clinic on {street}"]
RELS = ["son", "daughter", "brother", "sister", "roommate", "cousin", "nephew", "niece", "husband", "wife",
        "boyfriend", "girlfriend", "uncle", "aunt", "stepson", "grandson", "granddaughter", "partner", "tenant",
        "friend", "mother", "father", "stepdaughter", "brother in law"]
COLORS = ["BLK", "WHT", "GRY", "SILVER", "RED", "BLUE", "MAROON", "GREEN", "TAN", "GOLD", "DK BLUE", "WHITE"]
MAKES = ["HONDA CIVIC", "CHEVY MALIBU", "FORD F150", "NISSAN ALTIMA", "DODGE CHARGER", "JEEP CHEROKEE",
         "TOYOTA CAMRY", "KIA OPTIMA", "HYUNDAI ELANTRA", "CHEVY IMPALA", "FORD EXPLORER", "GMC YUKON",
         "DODGE CARAVAN", "BUICK LESABRE", "PONTIAC GRAND PRIX", "TOYOTA COROLLA", "NISSAN ROGUE", "SUV",
         "MINIVAN", "PICKUP", "SEDAN", "CHRYSLER 300"]
CLOTHING = ["blk hoodie, jeans", "red jacket, gray sweats", "white tee, camo shorts", "blue puffer coat",
            "all black", "green army jacket", "yellow rain coat", "orange vest", "gray hoodie, blk pants",
            "brown coat, knit hat", "white jacket w/ fur hood", "purple shirt, jeans", "black ski mask on head",
            "tan carhartt jacket", "pink sweatsuit"]
RACES = ["B", "W", "H", "A", "U", "N"]
RACEWORD = {"B": "black", "W": "white", "H": "hispanic", "A": "asian", "U": "unk race", "N": "native"}
INITIALS = ["JKM", "TLR", "AMB", "DRW", "KJS", "LMP", "RTG", "SHN", "CVB", "EAW", "MJO", "PLQ", "DNB",
            "TWH", "RAC", "GMF", "KLT", "BJW", "NSO", "YAR", "HPD", "CDM", "JLE", "QRT", "VMS", "OKA",
            "WBS", "FJN", "ZMC", "ELG", "ISK", "MRP", "TAD", "LBO", "SGV", "KCH", "DPE", "AJM", "NRW", "BTF"]

# ---------------------------------------------------------------- abbreviations (source word -> variants)
ABBREV = [
    ("rp", ["RP", "CLR", "COMP", "CALLER", "C/P", "RPT PTY", "CALR", "R/P", "CMPL"]),
    ("states", ["STATES", "STS", "ADVS", "SAYS", "STATED", "REPORTS", "ADV", "ST"]),
    ("subj", ["SUBJ", "SUBJECT", "S1", "SUB", "SBJ", "SUSP"]),
    ("subjs", ["SUBJS", "SUBJECTS", "SUBJ'S", "PARTIES"]),
    ("y/o", ["Y/O", "YOA", "YO", "YR OLD", "YRS", "YOM"]),
    ("w/", ["W/", "WITH", "W"]),
    ("ifo", ["IFO", "IN FRONT OF", "I/F/O", "INFRONT OF"]),
    ("approx", ["APPROX", "APX", "ABT", "AROUND"]),
    ("unk", ["UNK", "UNKN", "UNKNOWN", "UNKWN"]),
    ("refusing", ["REFUSING", "REFSG", "REFUSG", "REF"]),
    ("min", ["MIN", "MINS", "MINUTES", "MNS"]),
    ("hx", ["HX", "HIST", "HISTORY", "H/O"]),
    ("neighbor", ["NEIGHBOR", "NBR", "NEIGH", "NGHBR"]),
    ("neighbors", ["NEIGHBORS", "NBRS", "NEIGHS"]),
    ("juvs", ["JUVS", "JUVIES", "JUVENILES", "JUVES"]),
    ("apt", ["APT", "UNIT", "APARTMENT"]),
    ("req", ["REQ", "REQS", "RQST", "RQ"]),
    ("requests", ["REQS", "REQUESTS", "RQSTS"]),
    ("medics", ["MEDICS", "EMS", "MFD", "MED UNIT"]),
    ("unresponsive", ["UNRESPONSIVE", "UNRESP", "UNRESPONS", "UNRESPNSV"]),
    ("breathing", ["BREATHING", "BRTHG", "BRTHNG", "BREATHNG"]),
    ("unconscious", ["UNCONSCIOUS", "UNCON", "UNCONS"]),
    ("possible", ["POSSIBLE", "POSS", "PSBL"]),
    ("weapons", ["WEAPONS", "WPNS", "WPN'S"]),
    ("someone", ["SOMEONE", "SOMEBODY", "S/O"]),
    ("threatening", ["THREATENING", "THRTNG", "THREATNG"]),
    ("daughter", ["DAUGHTER", "DAU", "DTR"]),
    ("mother", ["MOTHER", "MTHR", "MOM"]),
    ("husband", ["HUSBAND", "HUSB", "HUS"]),
    ("boyfriend", ["BOYFRIEND", "B/F"]),
    ("girlfriend", ["GIRLFRIEND", "G/F"]),
    ("brother", ["BROTHER", "BRO", "BRTHR"]),
    ("building", ["BUILDING", "BLDG", "BLD"]),
    ("officer", ["OFFICER", "OFC", "OFCR", "SQUAD"]),
    ("yelling", ["YELLING", "YELLG", "YLLNG"]),
    ("people", ["PEOPLE", "PPL", "PERSONS"]),
    ("something", ["SOMETHING", "STHG", "SMTHG"]),
    ("dont", ["DONT", "DON'T", "DNT", "DO NOT"]),
    ("wont", ["WONT", "WON'T", "WILL NOT"]),
    ("cant", ["CANT", "CAN'T", "CANNOT", "UNABLE TO"]),
    ("through", ["THROUGH", "THRU"]),
    ("about", ["ABOUT", "ABT", "RE:"]),
    ("and", ["AND", "&", "+"]),
    ("vehicle", ["VEHICLE", "VEH", "VEHC"]),
    ("parking lot", ["PARKING LOT", "PKG LOT", "P/L", "LOT"]),
    ("in progress", ["IN PROGRESS", "IP", "IN PROG"]),
    ("female", ["FEMALE", "FEM", "F"]),
    ("male", ["MALE", "M", "ML"]),
    ("minutes", ["MINUTES", "MINS"]),
    ("location", ["LOCATION", "LOC", "LOCN"]),
    ("residence", ["RESIDENCE", "RES", "RESID"]),
    ("advised", ["ADVISED", "ADVD", "ADV'D"]),
    ("behind", ["BEHIND", "BHND", "REAR OF"]),
    ("walking", ["WALKING", "WALKG", "WLKG"]),
    ("history", ["HISTORY", "HX", "HIST"]),
    ("elderly", ["ELDERLY", "ELD", "OLDER"]),
    ("bleeding", ["BLEEDING", "BLDNG", "BLEEDG"]),
    ("screaming", ["SCREAMING", "SCRMG", "SCREAMG"]),
    ("house", ["HOUSE", "HSE", "RES"]),
    ("car", ["CAR", "AUTO", "VEH"]),
    ("police", ["POLICE", "PD", "SQUAD"]),
    ("kids", ["KIDS", "CHILDREN", "KIDDOS"]),
    ("per", ["PER", "ACCORDING TO", "PR"]),
    ("because", ["BECAUSE", "B/C", "BC"]),
    ("before", ["BEFORE", "B4", "PRIOR TO"]),
    ("now", ["NOW", "NOW", "CURRENTLY"]),
    ("says", ["SAYS", "STATES", "STS", "SEZ"]),
]

PAD_CHUNKS = ["XST {street2}", "RP CB {phone}", "RP NOT ON SCENE", "RP WILL MEET SQUAD OUT FRONT",
              "PREM HIST {num} CALLS LAST 30 DAYS", "DESC {m} {clothing}", "RP CALLING FROM {place}",
              "NO FURTHER DESC", "RP REQ CONTACT BY PHONE ONLY", "GATE CODE {code}", "BLUE HSE W/ WHITE TRIM",
              "REAR UNIT, ENTER THRU ALLEY", "RP'S SON TRANSLATING, SPANISH", "RP IS MGR ON DUTY",
              "CAM FOOTAGE AVAIL", "RP ANONYMOUS", "LOC IS UPPER FLAT", "SIDE DOOR BY GARAGE",
              "RP HEARD FROM {rel}, NOT EYEWITNESS", "NEAR THE RED DUMPSTERS", "BUZZER BROKEN, CALL RP",
              "RP DRIVING {veh}", "LANDLINE ONLY", "RP ADVISED TO CALL BACK IF CHANGES", "2ND FLR",
              "RP WAITING IN LOBBY", "CORNER HSE", "DUPLEX, LOWER UNIT", "SEE PRIOR CALL SAME ADDR",
              "TRANSFERRED FROM NON-EMERG LINE", "RP HARD OF HEARING", "CELL BATTERY LOW PER RP",
              "RP REQ NO SIRENS", "NBR ALSO CALLED", "RP'S NAME ON FILE", "XST {street} / {street2}"]
NEUTRAL_UPD = ["RP CB asking for ETA", "2nd clr same info", "RP will be waiting out front", "RP adds desc {clothing}",
               "address corrected to {addr}", "RP calling from nbr phone {phone}", "RP req no contact",
               "dup call from {place}", "RP states same as before, wants squad", "units advised of {street2} closure",
               "RP gave gate code {code}", "RP now at {place} to meet", "RP CB, no change", "RP wants callback first",
               "per supervisor hold for {unit}", "RP spells name for report", "RP's {rel} also on line, same info",
               "caller adds its the rear house", "premise has dog, use side door", "RP leaving for work, CB {phone}"]

SEPS = [" / ", " // ", "; ", ". ", " - ", " -- ", ", ", " * ", " | ", " ... ", " :: ", "  "]
UPD_MARKERS = ["UPDT:", "UPDATE -", "ADD'L:", "ADDL INFO:", "** UPDATE **", "SUPP:", "FURTHER:", "UPD:",
               "ADDT'L:", "** ADD'L **", "NEW INFO:", ">>"]


def build_styles(rng):
    styles = []
    cases = ["upper"] * 11 + ["asis"] * 6 + ["lower"] * 3
    for i in range(40):
        st = {"id": "CT%02d" % (i + 1), "initials": INITIALS[i]}
        st["case"] = rng.choice(cases)
        st["sep"] = rng.choice(SEPS)
        st["upd"] = rng.choice(UPD_MARKERS)
        st["tele"] = rng.random() < 0.4
        st["time"] = rng.randrange(6)
        st["unit"] = rng.randrange(6)
        st["med"] = rng.randrange(5)
        st["desc"] = rng.randrange(6)
        st["tag"] = rng.randrange(5)
        st["opid"] = rng.randrange(1000, 9999)
        ab = []
        for src, variants in ABBREV:
            if rng.random() < 0.55:
                ab.append((src, rng.choice(variants)))
        st["abbrev"] = ab
        styles.append(st)
    return styles


def fmt_time(st, rng):
    h, m = rng.randrange(24), rng.randrange(60)
    f = st["time"]
    if f == 0:
        return "@%02d%02d" % (h, m)
    if f == 1:
        return "%02d%02d HRS" % (h, m)
    if f == 2:
        return "%02d:%02d" % (h, m)
    if f == 3:
        return "%d:%02d%s" % ((h % 12) or 12, m, "P" if h >= 12 else "A")
    if f == 4:
        return "AT %02d%02d" % (h, m)
    return "%02d.%02d" % (h, m)


def fmt_unit(st, rng):
    d, n = rng.randrange(1, 8), rng.randrange(10, 99)
    f = st["unit"]
    return ["%dB%d" % (d, n), "SQ %d%d" % (d, n), "UNIT %d%02d" % (d, n), "#%d%d" % (d, n),
            "CAR %d" % n, "D%d-%d" % (d, n)][f]


def fmt_med(st, rng):
    n = rng.randrange(1, 40)
    return ["MED %d" % n, "M-%d" % n, "ENG %d" % n, "RESCUE %d" % n, "BLS %d" % n][st["med"]]


def fmt_person(st, rng, sex):
    r = rng.choice(RACES)
    age = rng.randrange(20, 70)
    dec = "%d0S" % (age // 10)
    f = st["desc"]
    if f == 0:
        return "%s/%s %s" % (r, sex, dec)
    if f == 1:
        return "%s%s APPROX %d" % (r, sex, age)
    if f == 2:
        return "%s, %s, %s" % ("male" if sex == "M" else "female", RACEWORD[r], dec.lower())
    if f == 3:
        return "%s/%s/%d" % (sex, r, age)
    if f == 4:
        return "%s subj approx %d" % ("male" if sex == "M" else "female", age)
    return "a %s" % ("male" if sex == "M" else "female")


def fill_slots(text, st, rng):
    def addr():
        k = rng.randrange(4)
        n = rng.randrange(1, 99) * 100 + rng.randrange(0, 99)
        if k == 0:
            return "%d %s" % (n, rng.choice(STREETS))
        if k == 1:
            return "%d BLK %s" % (rng.randrange(1, 99) * 100, rng.choice(STREETS))
        if k == 2:
            return "%d %s APT %d" % (n, rng.choice(STREETS), rng.randrange(1, 40))
        return "%d %s #%d" % (n, rng.choice(STREETS), rng.randrange(1, 9))

    def slot(name):
        if name == "addr":
            return addr()
        if name in ("street", "street2"):
            return rng.choice(STREETS)
        if name == "place":
            return rng.choice(PLACES)
        if name == "m":
            return fmt_person(st, rng, "M")
        if name == "f":
            return fmt_person(st, rng, "F")
        if name == "rel":
            return rng.choice(RELS)
        if name == "kidage":
            return str(rng.randrange(2, 10))
        if name == "teen":
            return str(rng.randrange(13, 18))
        if name == "eld":
            return str(rng.randrange(68, 96))
        if name == "adult":
            return str(rng.randrange(19, 59))
        if name == "mins":
            return str(rng.choice([5, 10, 15, 20, 25, 30, 40, 45]))
        if name == "num":
            return str(rng.randrange(2, 7))
        if name == "veh":
            return "%s %s" % (rng.choice(COLORS), rng.choice(MAKES))
        if name == "plate":
            L = "ABCDEFGHJKLMNPRSTUVWXYZ"
            return "".join(rng.choice(L) for _ in range(3)) + "%04d" % rng.randrange(10000)
        if name == "clothing":
            return rng.choice(CLOTHING)
        if name == "time":
            return fmt_time(st, rng)
        if name == "unit":
            return fmt_unit(st, rng)
        if name == "med":
            return fmt_med(st, rng)
        if name == "phone":
            return "414-555-%04d" % rng.randrange(10000)
        if name == "code":
            return "%04d" % rng.randrange(10000)
        raise ValueError(name)

    for _ in range(4):   # nested slots (places contain {street})
        new = re.sub(r"\{(\w+)\}", lambda mo: slot(mo.group(1)), text)
        if new == text:
            break
        text = new
    return text


# ---------------------------------------------------------------- markup parsing into segments
SEG_RE = re.compile(r"\[\[(.+?)\]\]|\[\?(\w+):(.+?)\]|\[(\w+):(.+?)\]|<<(.+?)>>")


def parse_segments(text, kind):
    """-> list of [text, tag] with tag None | ('R',kind) | ('A',kind) | ('V',None)"""
    segs, pos = [], 0
    for mo in SEG_RE.finditer(text):
        if mo.start() > pos:
            segs.append([text[pos:mo.start()], None])
        if mo.group(1) is not None:
            segs.append([mo.group(1), ("R", kind)])
        elif mo.group(2) is not None:
            segs.append([mo.group(3), ("A", mo.group(2))])
        elif mo.group(4) is not None:
            segs.append([mo.group(5), ("R", mo.group(4))])
        else:
            segs.append([mo.group(6), ("V", None)])
        pos = mo.end()
    if pos < len(text):
        segs.append([text[pos:], None])
    return segs


def style_text(s, st, abbrev_re, abbrev_map):
    s = s.replace(" / ", "\x00")
    if abbrev_re is not None:
        def rep(mo):
            return abbrev_map[mo.group(0).lower()]
        s = abbrev_re.sub(rep, s)
    if st["tele"]:
        s = re.sub(r"(?i)\b(the|a|an) (?=\w)", "", s)
    if st["case"] == "upper":
        s = s.upper()
    elif st["case"] == "lower":
        s = s.lower()
    return s.replace("\x00", st["sep"])


def make_abbrev(st):
    if not st["abbrev"]:
        return None, {}
    srcs = [a for a, _ in st["abbrev"]]
    srcs_sorted = sorted(srcs, key=lambda w: (-len(w), w))
    pat = "|".join(r"(?<![\w/])" + re.escape(w) + r"(?![\w/])" for w in srcs_sorted)
    return re.compile(pat, re.IGNORECASE), {a.lower(): b for a, b in st["abbrev"]}


TYPO_NEIGH = {"a": "s", "s": "a", "e": "r", "r": "e", "i": "o", "o": "i", "n": "m", "m": "n", "t": "r",
              "d": "f", "l": "k", "h": "j", "g": "h", "c": "v", "u": "y", "p": "o", "b": "n", "k": "l"}


def typo_word(w, rng):
    op = rng.randrange(4)
    i = rng.randrange(1, len(w) - 1)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1:
        return w[:i] + w[i + 1:]
    if op == 2:
        return w[:i] + w[i] + w[i:]
    c = w[i]
    r = TYPO_NEIGH.get(c.lower(), c)
    if r == c.lower():
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    r = r.upper() if c.isupper() else r
    return w[:i] + r + w[i + 1:]


def apply_typo(segs, rng, prefer_key):
    cands = []
    for si, (t, tag) in enumerate(segs):
        for mo in re.finditer(r"[A-Za-z]{5,}", t):
            is_key = tag is not None and tag[0] in ("R", "A")
            cands.append((si, mo.start(), mo.end(), is_key))
    if not cands:
        return False
    keyc = [c for c in cands if c[3]]
    pool = keyc if (prefer_key and keyc) else cands
    si, a, b, is_key = rng.choice(pool)
    t = segs[si][0]
    segs[si][0] = t[:a] + typo_word(t[a:b], rng) + t[b:]
    return is_key


# ---------------------------------------------------------------- labelling rule (same rule re-coded in checker)
def letters(s):
    return sum(1 for c in s if c.isalpha())


def key_survives(text, s, e, w):
    if e <= w:
        return True
    if s >= w:
        return False
    got, tot = letters(text[s:w]), letters(text[s:e])
    return got >= 5 and got >= tot - 3


def derive(full, spans, w, group):
    """spans: list of (start, end, tagtype, kind). Returns (label, flag, reason)."""
    res = [sp for sp in spans if sp[2] == "V"]
    resolved = bool(res) and all(sp[1] <= w for sp in res)
    cands, lost = [], []
    for s, e, t, k in spans:
        if t == "R" or (t == "A" and not resolved):
            if key_survives(full, s, e, w):
                cands.append((s, k, full[s:min(e, w)]))
            elif t == "R":
                lost.append(k)
    cut = len(full) > w
    if cands:
        cands.sort(key=lambda c: c[0])
        s, k, span = cands[0]
        label, flag, reason = "red", k, "%s <- '%s'" % (k, span)
    elif lost:
        label, flag, reason = "eligible", "", "eligible: cut-lost-key (%s)" % lost[0]
    else:
        label, flag, reason = "eligible", "", "eligible: %s" % group
    if cut:
        reason += "; truncated at %d" % w
    return label, flag, reason


def load_templates(path):
    tpls = []
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            kind, cat, text = line.split("\t")
            tpls.append({"tid": "T%03d" % ln, "kind": kind, "cat": cat, "text": text})
    return tpls


def main():
    outdir = sys.argv[1]
    rng = random.Random(SEED)
    tpls = load_templates(os.path.join(outdir, "templates_blind29.txt"))
    styles = build_styles(rng)
    abbrevs = [make_abbrev(st) for st in styles]
    # call-taker workload is uneven, as in a real log
    weights = [rng.choice([1, 1, 2, 2, 3, 4, 6]) for _ in styles]

    # ---- plan rows
    plan = []
    for kind, q in RED_QUOTA:
        pool = [t for t in tpls if t["kind"] == kind]
        order = []
        while len(order) < q:
            p = pool[:]
            rng.shuffle(p)
            order.extend(p)
        plan.extend(order[:q])
    look = [t for t in tpls if t["kind"].startswith("E:") and t["kind"] != "E:routine"]
    rout = [t for t in tpls if t["kind"] == "E:routine"]
    for pool, q in ((look, N_LOOKALIKE), (rout, N_ROUTINE)):
        order = []
        while len(order) < q:
            p = pool[:]
            rng.shuffle(p)
            order.extend(p)
        plan.extend(order[:q])
    rng.shuffle(plan)
    assert len(plan) == N_ROWS

    rows, markup_rows, seen = [], [], []
    seen_set_list = {}
    for i, tpl in enumerate(plan):
        for attempt in range(50):
            r = build_row(tpl, styles, weights, abbrevs, rng)
            if r["full"] not in seen_set_list:
                break
        seen_set_list[r["full"]] = 1
        rid = "B29-%04d" % (i + 1)
        r["id"] = rid
        rows.append(r)

    with open(os.path.join(outdir, "blind29.csv"), "w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh, lineterminator="\r\n")
        wr.writerow(["id", "call_type", "narrative", "label", "flags", "reason", "split"])
        for r in rows:
            wr.writerow([r["id"], r["call_type"], r["full"][:W], r["label"], r["flag"], r["reason"], "blind29"])
    with open(os.path.join(outdir, "blind29_markup.csv"), "w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh, lineterminator="\r\n")
        wr.writerow(["id", "template", "kind", "group", "width", "calltaker", "call_type", "misleading_ct",
                     "has_update", "typos", "typo_in_key", "padded", "markup"])
        for r in rows:
            wr.writerow([r["id"], r["tid"], r["tkind"], r["group"], W, r["style"], r["call_type"],
                         int(r["mislead"]), int(r["has_update"]), r["ntypo"], int(r["typo_key"]), r["pad"],
                         r["markup"]])
    with open(os.path.join(outdir, "blind29_styles.csv"), "w", newline="", encoding="utf-8") as fh:
        wr = csv.writer(fh, lineterminator="\r\n")
        wr.writerow(["calltaker", "case", "separator", "update_marker", "telegraphic", "time_example",
                     "unit_example", "person_example", "tag", "abbreviations"])
        ex = random.Random(7)
        for st in styles:
            tag = ["none", "[OP %d] prefix" % st["opid"], "-%s suffix" % st["initials"],
                   "%s: prefix" % st["initials"], "(%d) suffix" % st["opid"]][st["tag"]]
            wr.writerow([st["id"], st["case"], repr(st["sep"]), st["upd"], "yes" if st["tele"] else "no",
                         fmt_time(st, ex), fmt_unit(st, ex), fmt_person(st, ex, "M"), tag,
                         "; ".join("%s>%s" % (a, b) for a, b in st["abbrev"] if a.lower() != b.lower())])


def build_row(tpl, styles, weights, abbrevs, rng):
    si = rng.choices(range(len(styles)), weights=weights)[0]
    st = styles[si]
    ab_re, ab_map = abbrevs[si]
    kind = tpl["kind"]
    red = not kind.startswith("E:")
    rkind = kind if red else None
    group = kind[2:] if not red else ""
    text = fill_slots(tpl["text"], st, rng)
    if "||" in text:
        first, upd = [x.strip() for x in text.split("||", 1)]
    else:
        first, upd = text.strip(), None
        if rng.random() < P_EXTRA_UPDATE:
            upd = fill_slots(rng.choice(NEUTRAL_UPD), st, rng)
    # update marker
    if upd is not None:
        mo = re.match(r"(UPDT:|ADD'L:)\s*", upd)
        if mo:
            upd = st["upd"] + " " + upd[mo.end():]
        elif not re.match(r"(2ND CLR|PER UNIT|PER \S+:|CB:|UPDT|ADD'L)", upd):
            upd = st["upd"] + " " + upd
    # padding
    pad = ""
    pads = []
    longrow = rng.random() < P_LONG
    nchunks = rng.randrange(3, 6) if longrow else (1 if rng.random() < 0.3 else 0)
    pad_pos = "none"
    if nchunks:
        pad_pos = rng.choice(["pre", "pre", "mid", "mid", "end", "end", "end"]) if longrow \
            else rng.choice(["pre", "mid", "end"])
        if pad_pos == "pre":
            nchunks = min(nchunks, 2)    # a preamble is short: location / callback notes
    for ch in rng.sample(PAD_CHUNKS, nchunks):
        pads.append(fill_slots(ch, st, rng))
    body = first
    padtxt = " / ".join(pads)
    if pads and pad_pos == "mid":
        parts = first.split(" / ", 1)
        if len(parts) == 2:
            body = parts[0] + " / " + padtxt + " / " + parts[1]
        else:
            body = first + " / " + padtxt
    if pads and pad_pos == "pre":
        body = padtxt + " / " + first
    whole = body
    if upd is not None:
        whole = whole + " / " + upd
    if pads and pad_pos == "end":
        whole = whole + " / " + padtxt
    pad = "%s%d" % (pad_pos, len(pads)) if pads else "none"
    # operator tag
    tagk = st["tag"]
    pre, suf = "", ""
    if tagk == 1:
        pre = "[OP %d] " % st["opid"]
    elif tagk == 2:
        suf = " -" + st["initials"]
    elif tagk == 3:
        pre = st["initials"] + ": "
    elif tagk == 4:
        suf = " (%d)" % st["opid"]
    if st["case"] == "lower":
        pre, suf = pre.lower(), suf.lower()

    def render(w_text):
        sg = parse_segments(w_text, rkind)
        for x in sg:
            x[0] = style_text(x[0], st, ab_re, ab_map)
        return sg

    segs = render(whole)
    # straddle: push the first red key (or the resolution) across the field width W
    marker = "[[" if red else "<<"
    p_str = P_STRADDLE_RED if red else (P_STRADDLE_RES if "<<" in whole else 0.0)
    if pads == [] and marker in whole and rng.random() < p_str:
        idx = whole.find(marker)
        j = whole.rfind(" / ", 0, idx)
        want = ("R" if red else "V")
        keep_mode = rng.random() < 0.5      # red keys: half keep most of the key, half lose it
        for attempt in range(60):
            chunks = rng.sample(PAD_CHUNKS, rng.randrange(1, 7))
            filler = " / ".join(fill_slots(c, st, rng) for c in chunks)
            if j == -1:
                w2 = filler + " / " + whole
            else:
                w2 = whole[:j] + " / " + filler + whole[j:]
            sg2 = render(w2)
            pos, hit = len(pre), None
            for t, tag in sg2:
                if tag is not None and tag[0] == want:
                    hit = (pos, pos + len(t))
                    kept, tot = letters(t[:W - pos]), letters(t)
                    break
                pos += len(t)
            if hit and hit[0] < W < hit[1] and (not red or keep_mode == (kept >= 5 and kept >= tot - 3)):
                segs, whole, pad = sg2, w2, "straddle%d" % len(chunks)
                break
    # typos
    ntypo, tkey = 0, False
    if rng.random() < P_TYPO:
        ntypo = 1 if rng.random() < 0.7 else 2
        for _ in range(ntypo):
            if apply_typo(segs, rng, prefer_key=rng.random() < 0.4):
                tkey = True
    segs = [[pre, None]] + segs + [[suf, None]]
    # compose
    full, spans, mk = "", [], ""
    for t, tag in segs:
        if tag is None:
            mk += t
        elif tag[0] == "R":
            spans.append((len(full), len(full) + len(t), "R", tag[1]))
            mk += "[[%s|%s]]" % (tag[1], t)
        elif tag[0] == "A":
            spans.append((len(full), len(full) + len(t), "A", tag[1]))
            mk += "[?%s|%s]" % (tag[1], t)
        else:
            spans.append((len(full), len(full) + len(t), "V", ""))
            mk += "<<%s>>" % t
        full += t
    label, flag, reason = derive(full, spans, W, group)
    # call type
    mislead = False
    choices = CT_MAP[tpl["cat"]]
    ct = rng.choice(choices)
    if red and rng.random() < P_MISLEAD:
        v = [c for c in VAGUE if c not in choices]
        ct = rng.choice(v)
        mislead = True
    return {"tid": tpl["tid"], "tkind": kind if red else "eligible", "group": group if group else kind,
            "style": st["id"], "call_type": ct, "mislead": mislead, "has_update": upd is not None,
            "ntypo": ntypo, "typo_key": tkey, "pad": pad, "markup": mk, "full": full,
            "label": label, "flag": flag, "reason": reason}


if __name__ == "__main__":
    main()
