#!/usr/bin/env python3
"""make_blind27.py OUTDIR -- builds the blind27 held-out set for the 911 narrative screener.

Writes OUTDIR/blind27.csv, OUTDIR/blind27_markup.csv (per-row marked-up source used by the checker)
and OUTDIR/blind27_templates.txt (inventory of hand-written templates).
Deterministic: one random.Random(SEED); no set/dict-hash-order iteration.

Markup in templates / markup file:
  <<kind:span>>   a red key (decisive span) of the given kind
  <<~kind:span>>  an alarm key that a resolution on the same row neutralises
  [[span]]        a resolution; counts only if it survives truncation whole
Truncation rule (shared with check_blind27.py, reimplemented there):
  the narrative is cut at the agency field width W when longer (then trailing blanks removed);
  a key cut before its end still counts if the surviving part has >= 5 alphanumerics and
  >= (alphanumerics of the whole key - 3); otherwise it is lost. A resolution counts only if whole.
  Label = kind of the first live key (alarm keys are dead when a resolution survives), else eligible.
"""
import csv
import io
import os
import random
import re
import sys

SEED = 27_2718
N_ROWS = 1000
PREFIX = "B27"

# ---------------------------------------------------------------- agencies
AGENCIES = [
    dict(code="CCPD", name="Cascadia City Police Dept (WA)", region="Pacific Northwest", W=90,
         case="lower", seps=[" / ", " / ", "; "], ct="title", weight=11, rural=False,
         RP=["rp", "rp", "r/p"], M=["male", "m/subj", "guy"], F=["female", "fem", "f/subj"],
         JUV=["juvs", "teens", "juveniles"], VEH=["veh", "vehicle"], UNC=["uncons", "not conscious", "unconscious"],
         ADV=["states", "advises", "says"], WI=["w/", "with"], SUBJ=["subj", "subject"], NOW=["now", "currently", "at this time"],
         NEG=["no", "neg"], PT=["pt", "patient"], TWO=["2nd rp", "2nd caller"], UNIT=["unit", "car"],
         biz=["fred meyer", "the 7-11", "safeway", "the food bank", "the pho place", "the shell station", "walgreens", "the coffee stand", "the mini mart", "the pawn shop"],
         st=["aurora ave", "rainier ave", "pacific hwy", "e madison", "n 85th", "lake city way", "fremont", "se division", "burnside", "mlk way"]),
    dict(code="MVPD", name="Mesa Verde Valley PD (AZ)", region="Southwest", W=80,
         case="upper", seps=[" ** ", " ** ", " * "], ct="code", ctprefix="9", weight=11, rural=False,
         RP=["CALLER", "CLR"], M=["MALE", "HM", "MALE SUBJ"], F=["FEMALE", "FEM", "HF"],
         JUV=["JUVS", "JUVENILES", "KIDS"], VEH=["VEH", "VEHICLE"], UNC=["UNC", "UNCONSC", "UNCON"],
         ADV=["ADV", "STS", "SAYS"], WI=["W/", "WITH"], SUBJ=["SUBJ", "SUBJECT"], NOW=["NOW", "ATT", "IN PROGRESS"],
         NEG=["NO", "NEG"], PT=["PT", "PATIENT"], TWO=["2ND CLR", "ADDL CALLER"], UNIT=["UNIT", "BEAT"],
         biz=["CIRCLE K", "THE BASHAS", "QT", "THE CARNICERIA", "WALMART", "THE DOLLAR TREE", "THE PAWN SHOP", "FRY'S", "THE TIRE SHOP", "THE SWAP MEET"],
         st=["W INDIAN SCHOOL", "E VAN BUREN", "N 19TH AVE", "BELL RD", "S CENTRAL", "E MCDOWELL", "CAMELBACK", "W BASELINE", "SPEEDWAY", "N STONE"]),
    dict(code="FRMPD", name="Front Range Metro PD (CO)", region="Mountain West", W=100,
         case="upper", seps=["; ", "; ", " - "], ct="short", weight=10, rural=True,
         RP=["COMP", "COMPL", "RP"], M=["MALE", "M PARTY", "MALE PARTY"], F=["FEMALE", "F PARTY"],
         JUV=["JUVS", "JUVENILES", "TEENS"], VEH=["VEH", "VEHICLE", "VEHI"], UNC=["U/C", "UNCON", "UNCONSCIOUS"],
         ADV=["STATES", "REPORTS", "ADVS"], WI=["W/", "WITH"], SUBJ=["PARTY", "SUBJ"], NOW=["NOW", "CURRENTLY", "ATT"],
         NEG=["NO", "NEG"], PT=["PT", "PARTY"], TWO=["2ND RP", "ADDTL RP"], UNIT=["UNIT", "CAR"],
         biz=["KING SOOPERS", "THE MAVERIK", "THE DISPENSARY", "7-ELEVEN", "THE LIQUOR BARN", "LOAF N JUG", "THE REC CENTER", "THE MOTEL 6", "SAFEWAY", "THE CAR WASH"],
         st=["COLFAX", "FEDERAL BLVD", "S BROADWAY", "E EVANS", "W ALAMEDA", "WADSWORTH", "HAVANA ST", "S COLORADO BLVD", "TOWER RD", "PEORIA ST"]),
    dict(code="LSPD", name="Lakeshore City Police Dept (WI)", region="Midwest", W=104,
         case="asis", seps=[" / ", " / ", " / "], ct="title", weight=11, rural=False,
         RP=["Caller", "Caller", "CLR"], M=["male", "male subject", "subj"], F=["female", "female subject"],
         JUV=["juveniles", "juvs", "kids"], VEH=["vehicle", "veh"], UNC=["unconscious", "LOC", "not conscious"],
         ADV=["states", "stated", "reports"], WI=["w/", "with"], SUBJ=["subject", "subj"], NOW=["now", "currently", "at this time"],
         NEG=["no", "negative"], PT=["pt", "party"], TWO=["2nd caller", "another caller"], UNIT=["squad", "sq"],
         biz=["Kwik Trip", "the corner store", "Family Dollar", "the tavern", "Pick n Save", "the gas station", "Walgreens", "the laundromat", "the food pantry", "the tire shop"],
         st=["W Burleigh", "N 27th St", "W Capitol Dr", "S Cesar Chavez", "W Fond du Lac", "N Teutonia", "W North Ave", "W Lincoln Ave", "N Holton", "W Villard"]),
    dict(code="PCPD", name="Piedmont City Police (NC)", region="South", W=84,
         case="upper", seps=[" - ", " - ", ", "], ct="upper", weight=10, rural=False,
         RP=["CP", "CALLING PARTY", "CALLER"], M=["MALE", "M/SUBJ", "SUBJ MALE"], F=["FEMALE", "F/SUBJ"],
         JUV=["JUVS", "YOUNG FOLKS", "TEENS"], VEH=["VEH", "VEHICLE"], UNC=["NOT CONSC", "UNCONSCIOUS", "OUT"],
         ADV=["ADVD", "STATES", "ADVISES"], WI=["W/", "WITH"], SUBJ=["SUBJ", "SUBJECT"], NOW=["NOW", "RIGHT NOW"],
         NEG=["NO", "NEG"], PT=["PT", "PATIENT"], TWO=["2ND CP", "ANOTHER CP"], UNIT=["CAR", "UNIT"],
         biz=["THE FOOD LION", "WAFFLE HOUSE", "THE DOLLAR GENERAL", "BOJANGLES", "THE ABC STORE", "SHEETZ", "THE CAR LOT", "THE HAIR SALON", "THE CHURCH", "THE TOBACCO SHOP"],
         st=["N TRYON", "BEATTIES FORD RD", "GREEN ST", "MLK JR BLVD", "CENTRAL AVE", "FREEDOM DR", "S BLVD", "MAIN ST", "MARTIN ST", "ROXBORO RD"]),
    dict(code="HFPD", name="Harbor Falls Police Dept (MA)", region="Northeast", W=72,
         case="upper", seps=[" // ", " // ", ". "], ct="short", weight=10, rural=False,
         RP=["R/P", "RP"], M=["MALE", "M"], F=["FEMALE", "FEM"],
         JUV=["YOUTHS", "JUVS", "KIDS"], VEH=["M/V", "VEH"], UNC=["UNCON", "UNRESP", "UNCONS"],
         ADV=["STS", "REPORTS", "SAYS"], WI=["W/", "WITH"], SUBJ=["PARTY", "SUBJ"], NOW=["NOW", "ATT"],
         NEG=["NO", "NEG"], PT=["PT", "PARTY"], TWO=["2ND R/P", "CALLER #2"], UNIT=["CAR", "UNIT"],
         biz=["DUNKIN", "THE PACKIE", "CVS", "STOP AND SHOP", "THE LAUNDROMAT", "MARKET BASKET", "THE SUB SHOP", "THE T STOP", "THE SPA", "THE VFW"],
         st=["WASHINGTON ST", "BLUE HILL AVE", "DUDLEY ST", "BROADWAY", "CENTRAL SQ", "SALEM ST", "HANOVER ST", "ELM ST", "WATER ST", "MAPLE AVE"]),
    dict(code="OCSO", name="Okatee County Sheriff's Office (GA)", region="South (sheriff)", W=90,
         case="upper", seps=[". ", ". ", ", "], ct="code", ctprefix="S", weight=9, rural=True,
         RP=["COMPL", "COMPLAINANT", "CALLER"], M=["MALE", "MALE SUBJ", "FELLA"], F=["FEMALE", "FEMALE SUBJ", "LADY"],
         JUV=["JUVENILES", "KIDS", "YOUNGINS"], VEH=["VEH", "VEHICLE", "TRUCK"], UNC=["UNRESPONSIVE", "UNCON", "OUT COLD"],
         ADV=["ADV", "STATED", "SAYS"], WI=["W/", "WITH"], SUBJ=["SUBJ", "SUBJECT"], NOW=["NOW", "AT THIS TIME"],
         NEG=["NO", "NEG"], PT=["PT", "PATIENT"], TWO=["2ND COMPL", "ANOTHER CALLER"], UNIT=["DEPUTY", "DEP", "UNIT"],
         biz=["THE DOLLAR GENERAL", "THE BAIT SHOP", "THE FEED STORE", "THE BP", "THE JUKE JOINT", "THE CHURCH", "THE TRUCK STOP", "THE FIREWORKS STAND", "THE PIGGLY WIGGLY", "THE BOAT RAMP"],
         st=["HWY 17", "OLD RIVER RD", "SAVANNAH HWY", "POPLAR ST", "CHURCH ST", "PINE BARREN RD", "DIXIE AVE", "MILL POND RD", "SWAMP FOX RD", "BRYAN ST"]),
    dict(code="SUPD", name="State University Police Dept", region="University", W=110,
         case="sentence", seps=[", ", ". ", ", "], ct="title", weight=7, rural=False,
         RP=["RP", "reporting party", "caller"], M=["male", "male student", "man"], F=["female", "female student", "woman"],
         JUV=["students", "kids", "juveniles"], VEH=["vehicle", "car"], UNC=["unresponsive", "unconscious", "unresp"],
         ADV=["states", "reports", "says"], WI=["w/", "with"], SUBJ=["subject", "individual"], NOW=["now", "currently"],
         NEG=["no", "no"], PT=["pt", "student"], TWO=["second caller", "RA"], UNIT=["officer", "unit"],
         biz=["the student union", "the bookstore", "the rec center", "the dining hall", "the library", "the stadium gate", "the frat house", "the health center", "the parking deck", "the science building"],
         st=["college ave", "university dr", "greek row", "campus loop", "stadium way", "library mall", "north quad", "south quad", "elm walk", "fraternity row"]),
    dict(code="MTPD", name="Metro Transit Police Dept", region="Transit", W=80,
         case="upper", seps=[" | ", " | ", " / "], ct="upper", weight=8, rural=False, transit=True,
         RP=["OPR", "OPERATOR", "RIDER", "RP"], M=["MALE", "M/PASS"], F=["FEMALE", "F/PASS"],
         JUV=["JUVS", "YOUTHS", "TEENS"], VEH=["BUS", "TRAIN CAR", "VEH"], UNC=["UNRESP", "UNC", "NOT RESP"],
         ADV=["ADVS", "REPORTS", "STATES"], WI=["W/", "WITH"], SUBJ=["PASS", "SUBJ", "PATRON"], NOW=["NOW", "ATT", "ON BOARD NOW"],
         NEG=["NO", "NEG"], PT=["PASS", "PATRON"], TWO=["2ND OPR", "CONTROL"], UNIT=["MTP UNIT", "UNIT"],
         biz=["THE MEZZANINE", "THE FARE GATES", "THE ELEVATOR", "THE KIOSK", "THE PARK AND RIDE", "THE ESCALATOR", "THE TRANSIT CENTER", "THE BUS BAY", "THE TICKET MACHINE", "THE UPPER LEVEL"],
         st=["MARKET ST", "CIVIC CENTER", "UNION STATION", "5TH AND MAIN", "AIRPORT LINE", "BROADWAY", "GREEN LINE", "RED LINE", "E 14TH", "HARBOR BLVD"]),
    dict(code="HPCSO", name="High Plains County Sheriff (NE/KS)", region="Rural county", W=96,
         case="lower", seps=[" - ", " - ", ", "], ct="short", weight=8, rural=True,
         RP=["caller", "rp", "landowner"], M=["male", "man", "fella"], F=["female", "woman", "lady"],
         JUV=["kids", "juvs", "teenagers"], VEH=["pickup", "veh", "truck"], UNC=["out cold", "unresponsive", "unc"],
         ADV=["says", "states", "advises"], WI=["w/", "with"], SUBJ=["subj", "party"], NOW=["now", "right now"],
         NEG=["no", "no"], PT=["pt", "party"], TWO=["neighbor", "2nd caller"], UNIT=["deputy", "d"],
         biz=["the co-op", "casey's", "the grain elevator", "the sale barn", "the bar in town", "the cafe", "the implement dealer", "the motel", "the fairgrounds", "the church"],
         st=["cr 12", "rd 440", "hwy 83", "main st", "county line rd", "road p", "ave c", "section line rd", "old 30", "rd 19"]),
    dict(code="RBPD", name="River Bend Police (OH)", region="Midwest (small city)", W=84,
         case="upper", seps=[" / ", " -- ", " / "], ct="code", ctprefix="10-", weight=8, rural=False,
         RP=["RP", "CALLER"], M=["M/", "MALE", "SUBJ M"], F=["F/", "FEMALE", "SUBJ F"],
         JUV=["JUVS", "JUVENILES"], VEH=["VEH", "AUTO"], UNC=["UNCONS", "UNCON", "U/C"],
         ADV=["ADVS", "STATES", "SAYS"], WI=["W/", "WITH"], SUBJ=["SUBJ", "SUSP"], NOW=["NOW", "ATT"],
         NEG=["NO", "NEG"], PT=["PT", "PATIENT"], TWO=["2ND CALLER", "CALLER 2"], UNIT=["CAR", "UNIT"],
         biz=["THE SPEEDWAY", "KROGER", "THE BAR ON 3RD", "DOLLAR GENERAL", "THE BOWLING ALLEY", "THE UDF", "THE AUTO PARTS", "THE MOTEL", "RITE AID", "THE PLASMA CENTER"],
         st=["E 3RD ST", "MAIN ST", "RIVER RD", "N LIMESTONE", "W HIGH ST", "BROAD ST", "SALEM AVE", "W 5TH", "LINDEN AVE", "WAYNE AVE"]),
]

COMMON = dict(
    rel=["bf", "boyfriend", "ex", "husband", "son", "brother", "roommate", "dad", "uncle", "nephew", "stepson", "grandson", "cousin"],
    prt=["bf", "boyfriend", "ex", "husband", "fiance", "ex-husband", "baby's father"],
    frel=["girlfriend", "daughter", "mom", "sister", "wife", "roommate", "stepdaughter", "niece"],
    KID=["juv", "teen", "13yo", "16yo", "juvenile", "kid", "15yo"],
    age=[str(a) for a in (3, 6, 15, 17, 19, 22, 24, 29, 31, 34, 38, 41, 45, 52, 57, 63, 68, 71, 77, 82, 86, 90)],
    n=["2", "3", "4", "5", "6", "7", "8"],
    tm=["20 min", "30 mins", "an hour", "2 hrs", "45 min", "10 mins", "most of the night", "15 min"],
    clo=["blk hoodie", "red jacket", "grey sweats", "camo jacket", "white tank top", "green hat", "orange vest", "blue jeans no shirt", "puffer coat", "hi-vis vest"],
    car=["silver sedan", "blk pickup", "red civic", "white van", "gry tahoe", "blue camry", "green subaru", "maroon impala", "tan f150", "blk charger", "white altima", "silver minivan"],
    dir=["nb", "sb", "eb", "wb"],
    school=["the middle school", "the high school", "lincoln elem", "the community college", "the charter school"],
    L=["a", "b", "c", "d"],
)
URBAN_PLACES = ["{biz}", "the lot at {biz}", "the alley behind {biz}", "{n}00 blk {st}", "{st} and {st2}", "the park on {st}",
                "the bus stop on {st}", "the apts on {st}", "the church on {st}", "the playground at {st}", "{biz} on {st}", "the underpass at {st}"]
RURAL_PLACES = ["{biz}", "the lot at {biz}", "{n}00 blk {st}", "{st} and {st2}", "the boat ramp", "the trailer park on {st}", "the rest area on {hwy}",
                "the ballfield", "the gravel pit", "the campground", "{biz} on {st}"]
TRANSIT_PLACES = ["{station}", "platform {n} at {station}", "the {station} bus bay", "{biz} at {station}", "car {n} of the {line}",
                  "the {line} platform", "the stairwell at {station}", "bus {n}2 at {st}"]
STATIONS = ["CIVIC CENTER STN", "UNION STN", "24TH ST STN", "LAKE MERRITT STN", "EASTGATE STN", "AIRPORT STN", "OLD TOWN STN", "HARBOR STN", "N END STN", "CONVENTION CTR STN"]
LINES = ["RED LINE", "BLUE LINE", "GREEN LINE", "ORANGE LINE", "ROUTE 40", "ROUTE 7"]
DORMS = ["Holmes Hall", "Tower B", "West Campus Apts", "Ridge Hall", "the Sig Ep house", "Founders Hall", "Maple Hall", "the honors dorm"]
FARMS = ["the Miller place on {st}", "the feedlot on {st}", "the dairy off {hwy}", "the Schmidt farm", "the hog barns on {st}", "the ranch at {st}",
         "the orchard off {hwy}", "the hay field on {st}", "the pecan farm on {st}", "the Ortiz farm"]
HWYS = {"rural": ["hwy 83", "us 34", "i-80 mm 212", "sh 23", "hwy 2 near mm 41", "k-4"], "urban": ["i-5", "i-17", "i-25", "i-94", "i-85", "the pike", "i-95", "the interstate", "the bypass", "rt 9"]}
APTS = ["apt {n}{L}", "unit {n}0{n}", "apt {n}", "#{n}1{n}", "lot {n}{n}", "rm {n}1{n}"]

# ---------------------------------------------------------------- neutral add-on fragments for longer rows
PREFIXES = ["{TWO} calling on same", "callback from {RP}", "{RP} calling from neighbor's phone", "ref earlier call from this addr",
            "{RP} is mgr at {biz}", "{RP} driving by, did not stop", "spanish spkg {RP}, interpreter on line", "{RP} on cell walking {dir}",
            "xfer from fire dispatch", "{RP} is security at {biz}", "anon {RP}", "{RP} is the {rel} of the subj", "{RP} called the non-emerg line",
            "alarm co relayed call", "{RP} is a delivery driver", "{RP} works at {biz}", "{RP} is a neighbor across the street",
            "call came in thru text", "{RP} is a nurse on her way to work", "{RP} is staff", "caller id blocked, {RP} would not give name",
            "{RP} calling on behalf of elderly neighbor", "{RP} is at a red light watching", "3rd party call relayed by {rel}"]
SUFFIXES = ["{UNIT} {n}4 enrt", "{RP} wants contact", "{RP} will meet at front door", "no further info", "{RP} refused to give name",
            "premise hist on file", "subj wearing {clo}", "last seen {dir}bound on {st}", "callback # verified", "cross st {st2}",
            "{RP} req no contact", "{TWO} adv same", "{RP} can see from window", "gate code {n}{n}{n}{n}", "subj known to {RP}",
            "ETA {n} min", "dispatched {UNIT} {n}7", "{RP} parked across the st in {car}", "dog on premises", "per {RP} happens often",
            "{RP} staying on line", "{UNIT} {n}2 advised", "lights on in front", "{RP} will flag down", "subj has {car}", "info to oncoming shift"]

TYPO_NEIGH = {"a": "sq", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj", "i": "uo", "j": "hk", "k": "jl",
              "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o", "r": "et", "s": "ad", "t": "ry", "u": "yi", "v": "cb", "w": "qe", "y": "tu"}

# ---------------------------------------------------------------- hand-written templates
TPL_RED = r'''
@ weapon WEAPON
{RP} {ADV} ongoing issue w/ neighbor over the shared driveway and trash cans, tonight neighbor <<weapon:came out w/ a rifle>>
{F} {ADV} she and {prt} were arguing about money in the kitchen for about {tm} and he <<weapon:picked up a knife>>
{M} in lot waving <<weapon:a handgun>> at cars going by
<<weapon:man w/ gun>> ifo {biz}, {clo}, walking {dir}
{RP}'s ex at door banging, <<weapon:has bat>>
{M} {WI} <<weapon:knife out>> yelling at people at {place}
{RP} sees {M} <<weapon:pointing rifle>> at neighbor across fence
{SUBJ} <<weapon:packing>>, bulge in waistband, arguing w/ clerk at {biz}
2 {M}s arguing at {place}, one is <<weapon:strapped>> per {RP}
{M} <<weapon:flashed a heater>> at {RP} in drive thru line
{rel} <<weapon:swinging machete>> in backyard at {place}
{F} {ADV} bf <<weapon:grabbed kitchen knife>>, she is in bathroom
{M} <<weapon:brandishing box cutter>> at cashier {biz}
<<weapon:subj w/ tire iron>> going after {car} driver at light
{RP} {ADV} {M} <<weapon:pulled a pistol>> during argument over parking
neighbor <<weapon:holding shotgun>> standing in road yelling at {RP}
{M} on {station_or_place} <<weapon:has a blade>> out, pacing
{JUV} showing <<weapon:a gun>> in waistband at {place}, pics on snap
{M} broke bottle and <<weapon:holding broken bottle>> at other {M}
driver <<weapon:pointed gun>> at {RP} on {hwy}, {car}
{rel} came at {RP} <<weapon:w/ a hammer>>, {RP} locked in room
{SUBJ} <<weapon:chasing ppl w/ a bat>> thru {place}
man <<weapon:w/ sword>> in front yard threatening passersby
<<weapon:male armed w/ knife>> inside {biz}, refusing to leave
{RP} {ADV} {rel} has <<weapon:guns out on table>> and is drunk and yelling
{M} <<weapon:loading a rifle>> in truck bed near {place}
{M} <<weapon:swung a shovel>> at neighbor over property line
{F} {ADV} {rel} <<weapon:has a gun in his hand>> right now
<<weapon:gun drawn>> in parking lot of {biz}, {n} involved
subj <<weapon:w/ crowbar>> smashing {VEH} windows and swinging at {RP}
{M} <<weapon:showed a piece>> tucked in pants to {RP} and said move
{RP} saw <<weapon:muzzle>> sticking out of {car} window pointed at bus stop
drunk {M} <<weapon:waving pocketknife>> at bartender at {biz}
{M} <<weapon:poking at ppl w/ screwdriver>> on {station_or_place}
{rel} <<weapon:grabbed the deer rifle>> off rack during argument
{M} <<weapon:aiming bow>> at {RP}'s cattle and at {RP}
<<weapon:shots fired>> at {place}, {n} rounds, {VEH} fled {dir}
{RP} heard <<weapon:gunshots>> next door then a door slam
<<weapon:rounds fired>> from {car} at {place}
{M} <<weapon:threw a pipe wrench>> at {RP}'s truck w/ {RP} inside
{SUBJ} <<weapon:holding taser>> to {F}'s neck at {place}
{M} <<weapon:wielding golf club>> at cars on {st}
{F} <<weapon:came out w/ a skillet>> swinging at ex's new gf
{M} <<weapon:has a hatchet>> in hand walking {dir} on {st}
{RP} {ADV} guy in {car} <<weapon:flashed a 9>> at him at pump
{rel} <<weapon:got his gun>> from truck and is in yard
poss <<weapon:weapon in hand>>, {M} behind dumpster at {biz}
{M} <<weapon:w/ a chain>> swinging it near {JUV} at {place}
{M} <<weapon:armed w/ a rake>> charging at landscapers
<<weapon:pulled a blade>> on bus driver, bus {n}2 at {st}
<<weapon:subj armed>>, unk type, {RP} saw something metal in hand
{M} <<weapon:pointed a rifle>> at hunters from his porch, {hwy}
{RP} {ADV} {M} <<weapon:has an ice pick>> and is talking to himself
{M} <<weapon:racked a shotgun>> when {RP} walked up his drive
{M} keeps <<weapon:pulling knife>> out of backpack at {station_or_place}
farmhand <<weapon:swung pitchfork>> at {RP} in barn at {farm}
@ violence FIGHT
{RP} {ADV} upstairs neighbor and his gf have been arguing on and off all evening, now {RP} hears him <<violence:beating on her>>
{RP} {ADV} {prt} came home drunk after the game and started yelling about dinner then <<violence:threw her against the fridge>>
2 {JUV} <<violence:fighting>> in lot {NOW}
{F} crying saying he <<violence:choked her>>, line disc
<<violence:fight in progress>> at {biz}, {n} involved
group <<violence:jumped him>> outside {biz}, he is on ground
{RP} {ADV} {prt} <<violence:punched her>> in face and left {dir}
{M}s <<violence:throwing punches>> in front of {place}
{M} <<violence:beat down>> by {n} {M}s at {station_or_place}
{rel} <<violence:shoved {RP}>> into wall, still in house
{RP} {ADV} neighbor <<violence:roughed up>> his wife in driveway
<<violence:brawl>> in parking lot {biz} {n}+ ppl
{F} {ADV} {prt} <<violence:threw a chair at her>>, she is outside
{M} <<violence:dragging {F} by hair>> down {st}
{M} <<violence:hitting {F}>> in {car} at {place}
{RP} {ADV} {rel} <<violence:slapped their son>> and is yelling
no wpns seen but {M} <<violence:kicking the {M}>> who is down
verbal at first, then <<violence:started swinging>> at each other
{M} <<violence:stomping on guy>> outside {biz}
{JUV} <<violence:beating another juv>> behind {school}
{F} {ADV} husband <<violence:pinned her down>>, she got away, he is inside
<<violence:assault just occurred>> at {place}, susp still in area
{RP} got <<violence:jumped>> walking home, suspects {dir} on {st}
{M} <<violence:headbutted>> bartender at {biz}
{M} and {F} <<violence:physical>> in {apt}, can hear hitting
{prt} <<violence:threw hot coffee on her>> and left in {car}
<<violence:customer hit clerk>> at {biz}, still in store
2 {M}s <<violence:wrestling on ground>> at {station_or_place}
{M} <<violence:spit on and shoved>> operator, bus {n}2
neighbor <<violence:attacked {RP}>> over property line
{RP} {ADV} boyfriend <<violence:strangled her>> last nite and is back now
<<violence:rolling around fighting>> in front yard at {place}
{KID} <<violence:getting beat up>> by older kids at {place}
{M} <<violence:slammed {F} into car>> in lot at {biz}
{RP} {ADV} {prt} <<violence:bit her>> during argument
{F} <<violence:getting hit>>, {RP} can see from window {apt}
<<violence:hands on>> between {rel} and {RP}, {M} still on scene
{M} <<violence:socked a guy>> at the bar and is out front now
{RP} says {M} <<violence:tackled her>> off bike at {place}
ranch hand <<violence:beat up>> another worker at {farm}
{M} <<violence:choking {F}>> in the hallway of {dorm}
guy <<violence:threw a rock at her>> head at {station_or_place}
{F} {ADV} {prt} <<violence:hit her w/ belt>>, she is at neighbors
{M} <<violence:throwing things at {F}>> in the yard
{M} <<violence:keeps swinging at>> security at {biz}
{rel} <<violence:smacked grandma>> and she is crying, {place}
2 drivers <<violence:fist fighting>> on shoulder of {hwy}
<<violence:domestic physical>>, {F} has marks on arms, susp in bedroom
{M} <<violence:chasing {F}>> down {st} grabbing at her
{RP} {ADV} {M} <<violence:pushed elderly {M}>> down at {place}
{M} <<violence:beating his dog and his wife>>, yard at {place}
{M} <<violence:sucker punched>> {RP} in line at {biz}
{JUV} <<violence:fighting>> in hallway of {school}, staff cant separate
{F} {ADV} roommate <<violence:attacked her>> w/ fists, roommate still there
<<violence:melee>> after game at {place}, {n} ppl
{M} <<violence:shoved {F} off platform edge>> area, train arriving
{RP}'s {rel} <<violence:got hands on>> him, he wants him out
@ threat THREATS
{RP} {ADV} she broke up w/ {prt} last week and he keeps calling from different numbers and tonight <<threat:said he'd kill her>>
{RP} {ADV} {prt} <<threat:said he will kill her>> when he gets home
neighbor <<threat:threatening to shoot>> {RP}'s dog and {RP}
{M} at door <<threat:says he's gonna burn the house down>> w/ them in it
ex texting <<threat:going to come stab you>>, he is on way
{M} <<threat:told clerk he would come back and shoot the place up>>
{F} {ADV} {prt} <<threat:threatened to beat her>> and is outside in {car}
{SUBJ} <<threat:threatening to kill>> staff at {biz}
{RP} got vm from ex <<threat:says he will end her>>, has done it before
{M} <<threat:saying he will cut {RP}>> when he sees him
{KID} <<threat:posted threat to shoot up>> {school}
{M} in {car} <<threat:said he'd run {RP} over>>, circling block
{rel} <<threat:threatened {RP} w/ violence>>, walking back to house
tenant <<threat:told landlord he'll kill him>>, landlord on scene
{M} <<threat:says he's going to hurt someone>> at {place}
neighbor <<threat:yelled he'll put a bullet in>> {RP}
{RP} {ADV} {M} <<threat:threatening to beat down>> her son at bus stop
{F} <<threat:threatening to stab>> coworker at {biz}
{M} <<threat:vowed to come back w/ his boys>> and get {RP}
{rel} <<threat:says he will kill everyone>> in house
{M} <<threat:told driver he will blow his head off>> at {station_or_place}
{RP} {ADV} {M} <<threat:threatened to shoot>> over cows on road, {farm}
ex <<threat:made threats to kill>> {RP} and is parked down the street
{M} <<threat:told {RP} watch your back ill get you>> tonight, walking to {place}
{SUBJ} <<threat:threatening to hurt the baby>>, {F} on line
{M} <<threat:says next time he sees {RP} he's dead>>, in lot now
{frel} <<threat:said she'll slit his throat>> while he sleeps
customer <<threat:threatened to come over the counter>> and beat cashier
{M} <<threat:making death threats>> to {RP} over phone, he is next door
{RP} {ADV} {M} <<threat:said he'd get his gun>> and come back
student <<threat:said he would shoot>> his roommate in {dorm}
{M} <<threat:threatening to kill himself and {RP}>> in apt
{M} <<threat:told {RP} he'll smash his skull>> and is waiting outside
{M} <<threat:threatening operator>> saying he'll beat him at next stop
{F} {ADV} bf <<threat:said he'd choke her out>> if she calls
{rel} <<threat:threatened to torch>> the barn at {farm}
neighbor <<threat:says hes going to run {RP} over>> w/ tractor
{M} <<threat:said he'll come back and finish it>>, left {dir}
{RP} {ADV} her {rel} <<threat:threatening to kill the family>>
{M} <<threat:threatens to shoot anyone on his land>>, hunters near, {hwy}
ex showed up and <<threat:said i'll kill you and your mom>>
{M} <<threat:threatening staff>> at {biz} w/ physical harm, still inside
{KID} <<threat:threatened to stab a classmate>> after school today, at {place}
{M} <<threat:yelling he's gonna murder>> {rel}, {apt}
<<threat:threats to kill>> by {rel} over phone, he is en route
{RP} {ADV} {M} <<threat:said he will hurt her kids>>
coworker <<threat:said he'd bring a gun tomorrow>> to {biz}
{M} in hallway <<threat:threatening to break {RP}'s neck>>
{RP} {ADV} {prt} <<threat:threatened her w/ a beating>> if she leaves
{M} <<threat:said ill shoot you>> to {RP} after fender bender, still there
{M} <<threat:promised to hurt>> {RP} when she gets off shift at {biz}
@ injury MEDICAL
{RP} {ADV} her {age}yo {rel} was fine at dinner but went to lay down and now <<injury:cant wake them up>>
{RP} {ADV} coworker went into the walk-in cooler at {biz} about {tm} ago and is now <<injury:on the floor not responding>>
{RP} {ADV} she came home from her shift and found her {rel} on the bathroom floor <<injury:not breathing>>
{M} slumped over wheel at light, <<injury:not responding>>
{M} <<injury:slumped over>> wheel at light on {st}, <<injury:wont wake>>
{M} <<injury:{UNC}>> on sidewalk ifo {biz}
<<injury:not breathing>>, {age}yo {M}, {apt}
{F} <<injury:down and not moving>> at {place}
{M} <<injury:out cold>> behind {biz}, {RP} shook him no resp
{RP} {ADV} {rel} <<injury:passed out>> and <<injury:turning blue>>
poss <<injury:OD>>, {M} in bathroom at {biz}
{M} <<injury:having a seizure>> at {station_or_place}
{age}yo {F} <<injury:fell>>, <<injury:hit head>>, bleeding
<<injury:chest pain>>, {age}yo {M} at {place}
<<injury:DIB>>, {F} {age} at {place}
{PT} <<injury:SOB>>, hx asthma, at {apt}
<<injury:CPR in progress>> at {place}
{M} <<injury:bleeding heavily>> from arm at {place}
diabetic {F} <<injury:unresponsive>>, sugar low per {rel}
{RP}'s {rel} <<injury:took a bunch of pills>>, lethargic
{M} <<injury:won't wake up>> on bench at {station_or_place}
<<injury:LOC>> {age}yo {M} at {biz}
{M} <<injury:fell off ladder>> at {place}, cant move legs
{KID} <<injury:ingested>> unk pills at {place}
{M} <<injury:face down>> in snow at {place}, <<injury:not moving>>
{F} <<injury:fainted>> in line at {biz}, <<injury:not waking>>
{rel} <<injury:having stroke symptoms>>, slurred speech, {apt}
{M} <<injury:laying in roadway>> {st}/{st2}, blood on head
<<injury:Code 3>> medical, {age}yo, {place}
<<injury:ALS>> requested for {age}yo {M} at {place}
{M} <<injury:hit by car>> at {st} and {st2}, on ground
{PT} <<injury:vomiting blood>> at {place}
{M} <<injury:narcan given>>, still not resp, at {place}
{M} in {car} <<injury:nodding out>>, foaming at mouth
<<injury:unresp>> {M} in stairwell {apt}
{F} in labor, <<injury:water broke>>, {place}, contractions 2 min apart
{M} <<injury:cut his hand bad>> w/ saw at {farm}, lots of blood
farmer <<injury:pinned under tractor>> at {farm}
{M} <<injury:kicked by horse>>, in pasture at {farm}, cant get up
<<injury:fall w/ injury>> {age}yo {F} in lobby of {biz}
{M} <<injury:collapsed>> at {station_or_place}
<<injury:DLOC>> {age}yo {F} at {place}
{RP} {ADV} {rel} <<injury:blue lips>> after using, at {apt}
{M} <<injury:gasping for air>> at bus stop {st}
{KID} <<injury:hit head>> at skatepark, <<injury:vomiting>>
{M} <<injury:down on ground>> shaking, {place}
<<injury:heavy bleeding>> {F} at {place}
student <<injury:too drunk to stand>> and <<injury:unresponsive>> in {dorm}
{M} <<injury:passed out>> in {VEH} w/ engine running at {biz}
<<injury:MVA w/ injuries>> {hwy} at {st}
{rel} <<injury:fell in shower>>, <<injury:cant get up>>, bleeding from head
{F} <<injury:allergic reaction>>, throat closing, at {biz}
{M} <<injury:burned>> arms on grill at {place}
{RP} found {rel} <<injury:cold and stiff>> in bed
{M} <<injury:pale sweating chest tight>> at {place}
{PT} <<injury:sugar 40>>, confused, at {apt}
rider <<injury:fell down escalator>> at {station_or_place}, bleeding
{M} <<injury:stabbed>> found at {place}, {RP} applying pressure
{M} <<injury:gunshot wound>> walked into {biz}
<<injury:person down>>, {M}, <<injury:eyes rolled back>>, {place}
{F} <<injury:overdosing>> in {car} at {place}
{M} <<injury:choking on food>> at {biz}
{M} <<injury:not conscious>> in porta potty at {place}
{KID} <<injury:drowning>> at pond at {farm}
<<injury:unc pt>>, {age}yo, on floor of {apt}
{RP} says {M} <<injury:slumped>> against wall at {station_or_place}, <<injury:doesnt respond>>
{M} at {place} <<injury:bleeding from head>>, stumbling
@ suicide SUICIDE
{RP} {ADV} {rel} has been depressed since losing his job and just called saying goodbye, <<suicide:he has a gun in his lap>>
{rel} <<suicide:has pills lined up>>, says tonight is the night
{M} <<suicide:standing on ledge>> of parking garage at {place}
{M} <<suicide:on the bridge railing>> on {hwy} over river
{M} <<suicide:sitting on tracks>> at {station_or_place}
{frel} <<suicide:cut her wrists>>, bleeding in bathroom
{RP} {ADV} {rel} <<suicide:texted goodbye>> and has a gun
{F} <<suicide:wants to die and has a knife>> at {apt}
{M} <<suicide:threatening to jump>> from roof of {biz}
{M} {ADV} <<suicide:he is going to kill himself>> tonight, has rope
<<suicide:attempted suicide>> {F} {age} at {place}
{M} <<suicide:hanging>> in garage, {RP} cut him down
{rel} <<suicide:took whole bottle>> of meds to end it
student <<suicide:on roof of {dorm}>> saying he wants to end it
{M} <<suicide:walking into traffic>> on {hwy} trying to get hit
{F} <<suicide:says she has a plan>> to OD tonight, pills at home
{rel} <<suicide:locked in car w/ engine running>> in closed garage
{M} <<suicide:suicidal w/ shotgun>> at {farm}
caller <<suicide:says he just took 30 pills>>
{M} <<suicide:holding gun to head>> in {car} at {place}
{F} <<suicide:standing at edge of platform>> saying goodbye, {station_or_place}
vet <<suicide:says he's done, has his pistol loaded>>
{rel} <<suicide:wrote a note>> and left w/ rifle, {car}
{M} <<suicide:climbed over overpass fence>> on {hwy}
{KID} <<suicide:says she will jump off>> bridge at {place}
{M} <<suicide:swallowed bleach>>, {apt}
{F} <<suicide:SI w/ plan>>, has razor blades
{M} <<suicide:sitting on the rails>> by {farm} crossing
{RP} {ADV} {M} <<suicide:wants to end his life>> and is at the lake w/ bottles
{frel} <<suicide:tried to hang herself>>, now breathing
<<suicide:suicide attempt>> in progress per {RP}, {apt}
{M} <<suicide:threatening suicide>> w/ kitchen knife in hand
caller <<suicide:sitting on ledge>> outside {dorm} window
{M} <<suicide:on the bridge>> says nobody will miss him
{F} <<suicide:cutting herself>> in {apt}, wont stop
{rel} <<suicide:overdosed on purpose>>, {RP} found note
{M} <<suicide:walking on tracks>> toward train, {station_or_place}
{rel} <<suicide:loaded his gun and said goodbye>>
{M} <<suicide:jumped>> from 2nd floor balcony at {place}
{M} <<suicide:on top of water tower>> at {farm}
{F} <<suicide:plans to drive off the bridge>>, in {car} now
{M} <<suicide:suicidal>>, <<suicide:has means>>, will not say where
{RP} {ADV} {rel} <<suicide:has rope in barn>>, talking about ending it
{M} <<suicide:pointing gun at his chest>>, {RP} outside
{F} <<suicide:says she's going to jump>> from {place}
{M} <<suicide:tried to shoot himself>>, gun jammed
{KID} <<suicide:SI active>>, has pills in room
{M} <<suicide:standing in the river>> saying he wants to drown
{M} <<suicide:sitting on railroad bridge>>, wont come down
{F} <<suicide:cut herself w/ glass>> and says she wants to die
{RP} {ADV} {rel} <<suicide:drank antifreeze>> after fight
{M} <<suicide:at the cliff edge>> at {place} overlook
@ police_only BURG
{RP} {ADV} she is at work but watching her doorbell camera and sees {M} in {clo} <<police_only:going through her back door>>
<<police_only:burglary in progress>> at {place}
{M} <<police_only:breaking in>> to house next door {NOW}
<<police_only:casing cars>> in lot at {biz}, {M} {clo}
{M} <<police_only:pulling door handles>> on {st}, {NOW}
<<police_only:someone inside>> {RP}'s house, {RP} hiding in closet
{RP} hears <<police_only:glass breaking>> at closed {biz} and sees flashlight
{M} <<police_only:climbing thru window>> of vacant house {place}
<<police_only:susp still inside>> the garage at {place}
{M} <<police_only:prying open>> side door at {biz}
{RP} home and <<police_only:back door kicked in>>, unk if anyone still inside
{M}s <<police_only:loading tools from>> neighbor's shed into {car}
{M} <<police_only:trying to get into>> cars at {station_or_place} lot
@ police_only THEFT
<<police_only:robbery just occurred>> at {biz}, susp fled {dir} on foot
{M} <<police_only:stealing {car}>> {NOW} from {place}
<<police_only:car being stolen>> out of driveway, {RP} watching
{M} <<police_only:cutting catalytic converter>> off {car} at {place}
<<police_only:shoplifter fighting>> LP at {biz}
<<police_only:purse snatched>> at {place}, susp running {dir}
{M} <<police_only:siphoning gas>> from trucks at {farm} {NOW}
<<police_only:stealing cattle>> loading into trailer at {farm}
{M} <<police_only:taking copper wire>> from site on {st}, still there
{M} <<police_only:grabbed phone and ran>> at {station_or_place}
<<police_only:carjacking>> just occurred {st}/{st2}
{M} <<police_only:stripping parts>> off {car} in lot {NOW}
@ police_only DUI
<<police_only:swerving all over>> {hwy}, {car}
<<police_only:drunk driver>> leaving {biz} in {car}
<<police_only:wrong way driver>> {hwy} {dir}
{car} <<police_only:all over the road>>, almost hit 2 cars
<<police_only:driver passed drinking>> in {car} headed {dir} on {st}
<<police_only:reckless>> {car} <<police_only:racing>> on {st} {NOW}
<<police_only:poss DUI>> {car} hit curb twice on {st}
{car} <<police_only:doing donuts>> in lot w/ ppl around, {place}
<<police_only:impaired driver>> at drive thru {biz}, can barely stand, getting in {car}
<<police_only:tractor being driven drunk>> on {hwy} by {M}
@ police_only CHILD
<<police_only:kids left alone>> in {car} at {biz}, {n} kids
<<police_only:toddler wandering>> alone on {st}
{n}yo <<police_only:child left home alone>> at {apt}, parents gone
<<police_only:baby left in car>>, windows up, {biz}
<<police_only:4yo walking alone>> by {hwy}
{RP} {ADV} <<police_only:kids home alone>> crying next door
<<police_only:child alone>> at {station_or_place} platform, no adult
<<police_only:small child in roadway>> at {st}
@ police_only MISSING
<<police_only:missing {age}yo w/ dementia>>, walked away from home
<<police_only:missing autistic child>> from {place}
<<police_only:endangered missing>> {rel} {age}, needs meds
{age}yo {rel} <<police_only:wandered off>>, nonverbal, not found
<<police_only:missing 8yo>> last seen at {place} 1 hr ago
<<police_only:elderly {M} missing>> from care home, walker, {clo}
<<police_only:lost child>> in corn maze at {farm} still not located
@ police_only TRESPASS
{M} <<police_only:refusing to leave>> and <<police_only:squaring up>> w/ staff at {biz}
<<police_only:exposing himself>> to {JUV} at {place} {NOW}
{M} <<police_only:masturbating>> on {station_or_place}
<<police_only:trespasser aggressive>> at {biz}, wont leave
{M} <<police_only:peeping in windows>> at {dorm} {NOW}
{M} <<police_only:refuses to leave>> and <<police_only:getting in {RP}'s face>> at {biz}
<<police_only:man in the yard trying doors>> at {place}
<<police_only:exposed himself>> to {F} on bus {n}2, still on bus
@ uncertainty UNKNOWN
{RP} {ADV} she is calling for her sister who lives in {apt}, sister just called her and <<uncertainty:was screaming then the line went dead>>
<<uncertainty:open line>>, <<uncertainty:screaming>> in bkgd
caller <<uncertainty:whispering>>, says someone is in house, <<uncertainty:line disc>>
<<uncertainty:911 hang up>>, callback {F} crying, <<uncertainty:cannot talk>>
<<uncertainty:open line>>, hear {M} and {F} yelling and <<uncertainty:thumping>>
<<uncertainty:unk nature>>, {RP} {ADV} send help, disc
{F} <<uncertainty:cant talk freely>>, answering yes/no only
<<uncertainty:call dropped>> after {F} said help me
<<uncertainty:sounds of struggle>> on open line, {apt}
{RP} hears <<uncertainty:woman screaming>> from {apt}, cant see
<<uncertainty:unknown emergency>> at {place}
{F} on line <<uncertainty:pretending to order pizza>>
<<uncertainty:hang up>>, on callback {M} said wrong number, {F} <<uncertainty:crying in bkgd>>
<<uncertainty:loud crash and screaming>> from neighbor, {RP} cant see in
<<uncertainty:text to 911>>, {F} {ADV} <<uncertainty:cant speak>>, he is here
caller <<uncertainty:breathing heavy>>, no answer to questions, <<uncertainty:disc>>
<<uncertainty:help call>> from {place}, no further
<<uncertainty:screaming for help>> heard from woods behind {place}
<<uncertainty:open line>> {F} saying <<uncertainty:stop, let go>>
{RP} heard <<uncertainty:someone yelling call 911>> at {station_or_place}
child on line <<uncertainty:crying>>, says mommy is hurt, <<uncertainty:line lost>>
<<uncertainty:unk trbl>>, {RP} heard banging and a scream upstairs
<<uncertainty:caller hung up>> after saying he's here
<<uncertainty:open line>>, {M} voice says <<uncertainty:shut up>> and call ends
<<uncertainty:disconnect>>, callback goes to vm, screaming heard initially
{RP} hears <<uncertainty:thuds and crying>> thru wall, {apt}
<<uncertainty:silent call>>, tapped once for yes to needing police
caller <<uncertainty:said help then line went dead>>
<<uncertainty:yelling and glass breaking>> next door, unk what's going on
{F} screaming <<uncertainty:get off me>> heard from {place}
<<uncertainty:distress call>> from {car} on {hwy}, disc
<<uncertainty:unknown problem>>, {F} {ADV} come quick, disc
<<uncertainty:agitated voices and a scream>> from {dorm} room {n}12
<<uncertainty:panic alarm>> at {apt}, no answer on callback
<<uncertainty:OPEN LINE>> w/ sounds of fighting, {place}
<<uncertainty:unk trouble>> at {farm}, {RP} hears hollering from barn
caller <<uncertainty:couldn't say why>>, gave address {apt}, disc
{rel} <<uncertainty:line went dead>> mid sentence, {RP} worried
<<uncertainty:keypress only>>, no voice, {place}
operator reports <<uncertainty:screaming>> in rear of bus {n}2, unk why
<<uncertainty:medical alarm>> {age}yo {F} not answering, {apt}
{RP} heard {F} scream <<uncertainty:he's gonna kill me>> then quiet
child called <<uncertainty:whispering>> daddy is mad, disc
<<uncertainty:hang up w/ yelling>> in bkgd, {apt}
caller <<uncertainty:not answering questions>>, crying, {place}
<<uncertainty:rapid knock alarm>> sos text from {F}'s phone
<<uncertainty:screams>> from {VEH} parked at {place}, rocking
<<uncertainty:open line>>, {F} begging someone to stop
{RP} hears <<uncertainty:gurgling and moaning>> from alley, cant see
<<uncertainty:911 open line>>, struggle, phone dropped
{RP} hears <<uncertainty:cries for help>> from the creek at {farm}
'''

TPL_ELIG = r'''
@ eligible:negated DIST
{M} and {F} arguing in lot at {biz}, no weapons, no hands on
verbal only between {rel} and {RP}, {NEG} wpns, {NEG} injuries
{M} yelling at cars on {st}, no weapon seen, not touching anyone
{RP} {ADV} {rel} is upset and loud, denies any violence, wants him to leave
{F} screaming at bf outside {apt}, {RP} {ADV} no physical
{M} pacing at {station_or_place} talking to self, no weapons observed
fam dispute over rent, nobody hurt, no threats made
{M} slurring at bus stop, breathing fine, answering questions
{F} sitting on curb crying, denies SI, denies injury, wants ride
{rel} off meds, agitated, no weapons in home per {RP}
{M} sleeping in doorway of {biz}, breathing normal, woke up when {RP} called out
{RP} {ADV} neighbors arguing loud, no sounds of anything physical
{M} being loud at {biz}, not threatening anyone, just wont stop ranting
{KID} arguing w/ mom, no hitting, mom wants help w/ him
roommates arguing over dishes, no weapons, nobody hurt, {RP} wants mediator
{F} confused walking on {st}, not injured, knows her name
{M} talking about guns in general at {biz}, no gun seen, made no threats
{RP} {ADV} {rel} is drunk and yelling, no weapons in house, no hitting
{PT} dizzy but alert and talking, {NEG} LOC, just wants a ride
{M} upset about eviction, no threats to anyone, calm now
{F} at {place} says she is sad, denies SI/HI, wants to talk to someone
ex came by to yell, left in {car}, no threats, no weapons
{M} in lobby of {dorm} ranting, {NEG} weapons, not aggressive toward anyone
{RP} {ADV} {M} stumbling, {NEG} injuries seen, walking ok
@ eligible:history DIST
{F} wants {rel} removed from home, prior DV in 2019, tonight only verbal
premise hx of weapons, today {RP} just reports loud arguing
{M} has hx of assault, currently sitting calmly at {place} asking for food
{RP} {ADV} {prt} hit her 2 yrs ago, today wants advice on restraining order
{rel} prior suicide attempt last yr, today stable, {RP} wants resources
hx of OD, {M} sober today, asking for detox info
caution note: subj known to carry knife in 2021, today just loitering at {biz}
{F} {ADV} ex used to threaten her, no contact in months, wants info on order
prior shooting at this addr in 2020, today caller reports loud music
{M} was in fight last week, now wants to talk to officer about it
{rel} w/ hx of psychosis, today calm, {RP} wants help getting appt
{F} reporting old assault from 2018 for records only
old gunshot wound, {M} wants help getting to clinic for follow up appt
{RP} {ADV} son had a seizure last month, today just needs help w/ meds paperwork
@ eligible:resolved SHOTS
{RP} {ADV} <<~weapon:multiple shots>> heard behind the houses on {st}, [[after talking to neighbor it was a transformer popping]]
{RP} {ADV} <<~injury:{M} passed out>> on the bench at {place}, [[now sitting up drinking water and declining EMS]]
<<~police_only:{M} trying car doors>> in the lot at {biz}, {RP} watching from office, [[then saw it was the valet moving cars]]
<<~weapon:shots heard>> near {place}, [[{RP} now says fireworks]]
<<~weapon:poss gunshots>> {st}, [[2nd caller confirms fireworks, kids w/ roman candles]]
<<~violence:fight>> at {biz}, [[broke up before arrival, all parties left, no injuries]]
<<~weapon:man w/ gun>> at {place} - [[{RP} now says it was a phone]]
<<~injury:person down>> at {station_or_place} / [[{RP} now says he got up and walked off fine]]
<<~injury:{UNC} {M}>> at {place}, [[now awake and talking, refuses EMS]]
<<~weapon:knife>> seen in {M}'s hand at {place}. [[{RP} clarifies it was a hairbrush]]
<<~police_only:break in>> at {place}, [[turned out to be homeowner locked out]]
<<~police_only:missing {age}yo>> - [[located at neighbor's house, safe]]
<<~uncertainty:screaming>> heard from {apt} / [[per {RP} it was a kids birthday party]]
<<~violence:{M} hitting {F}>>, [[{RP} now says they were just hugging and horseplaying]]
<<~weapon:gun in waistband>>. [[{RP} looked again, it was a cell phone holster]]
<<~police_only:car being stolen>> from lot, [[owner's son took it, {RP} cancels]]
<<~uncertainty:911 hang up>> - [[callback child playing w/ phone, parent confirmed all ok]]
<<~injury:not breathing>> / [[caller now says he is breathing and sleeping, just snoring]]
<<~weapon:shots fired>> {st}, [[turned out transformer blew, power co notified]]
<<~police_only:prowler>> in yard. [[it was a raccoon per {RP}]]
<<~uncertainty:open line>>, [[callback: pocket dial, all ok]]
<<~police_only:kids left in car>> at {biz} - [[mom came out, kids fine, they left]]
<<~violence:assault>> at {place} / [[{RP} now says they were filming a tiktok skit, acting]]
<<~weapon:rifle>> pointed at {RP}, [[it was a survey tripod, crew confirmed]]
<<~police_only:susp in backyard>>. [[{RP} now says it's her son home early]]
<<~suicide:subj on bridge>>, [[now off bridge walking home, talking calmly w/ friend]]
<<~injury:seizure>> at {biz} - [[pt fully recovered, refused transport, ride came]]
@ eligible:toy-prop-tool SUSP
{KID} playing w/ orange tipped toy gun in yard at {place}
{M} carrying prop sword to comic con at {place}, costume
neighbor using chainsaw on tree limbs at {place}, {RP} startled
{JUV} w/ nerf guns running in {place}, parents watching
{M} walking w/ machete to clear brush on trail, parks crew
film crew w/ prop rifles on {st}, permit posted
{M} w/ baseball bat heading to batting cages at {place}
airsoft game in field behind {school}, {RP} heard popping
{M} sharpening knives at farmers market booth, {place}
landscaper w/ hedge trimmers and axe at {place}
{KID} w/ water gun spraying friends at {place}
reenactors w/ muskets at {place} for festival
{M} carrying toolbox and crowbar into own garage, {RP} unsure
{M} holding a hammer fixing fence at {place}, neighbor nervous
student w/ fencing sword walking to {dorm}
{M} w/ paintball gun in back of {car}, heading to range
costume party at {apt}, guests w/ fake knives and fake blood
{M} chopping firewood w/ axe at {place} late at night, loud
@ eligible:idiom INFO
{RP} {ADV} neighbor's band is killing it too loud at {apt}
{F} {ADV} she is dying of laughter at karaoke next door, complaint about noise
{M} told {RP} he would kill for a cigarette, then asked for change
coworker said this heat is killing him, {RP} asking about cooling center
{RP} {ADV} {rel} blew up at him over the bills, verbal, wants mediation
{M} said he's gonna murder this burger, {RP} misheard, no issue
{RP} {ADV} landlord is bleeding her dry w/ fees, civil
{F} says the traffic is killing her, wants officer for traffic control
coach yelled shoot when open at {school} game, {RP} misheard, no issue
{M} said he was dead tired and laid down on bench at {place}
{JUV} yelling that party was lit at {place}, noise
{RP} {ADV} boss is going to kill her if she is late, needs jump start
{M} said he'd knock it out of the park at the interview, wants ride
{F} said her feet are killing her, needs ride home from {place}
{RP} says neighbor threatened to call the HOA on her, wants advice
@ eligible:lawful-gun INFO
{RP} {ADV} she keeps a handgun in locked safe, wants info on safe storage
{M} wants to turn in old rifle for disposal, unloaded, in case
{RP} found grandpa's shotgun in attic, unloaded, wants pickup
{M} at {place} w/ holstered pistol, has CCW, just asking directions
{RP} selling hunting rifle, wants to know transfer laws
gun shop owner asking about record check delay at {biz}
{M} w/ rifle case walking to range at {place}, no issue
{RP} asking if she can transport shotgun in trunk to skeet range
{rel} left unloaded pistol in {RP}'s house, wants it taken for safekeeping
security guard at {biz} w/ holstered sidearm, requesting info only
{RP} {ADV} neighbor target shooting at permitted range on his land, legal
{M} asking about permit renewal for concealed carry
@ eligible:passive-ideation MENTAL
{F} {ADV} sometimes wishes she wasn't here, no plan, wants counselor callback
{M} feeling hopeless, denies plan or means, asking for 988 info
{rel} says life is hard lately, no intent, {RP} wants crisis line #
student at {dorm} wants to talk to someone, passive thoughts, no plan, safe
{M} calm, says he has thought about death before, not today, wants resources
{F} requesting counselor, had dark thoughts last week, none now
{RP} {ADV} {rel} said he'd be better off gone, no plan, no weapons, calm, wants MH team
{M} asking for a crisis counselor, denies intent, at home w/ family
{F} on line calm, passive SI, no plan, agrees to warm transfer
{M} says nobody would notice if he disappeared, no plan, requests callback
{KID} told teacher she feels empty, no plan, parent picking up, wants referral
@ eligible:calm-mh MENTAL
{F} hearing voices, calm, wants to go to crisis center, no weapons
{M} off meds, talking to himself at {place}, not aggressive
{rel} having panic attack, breathing ok, wants someone to talk to
{M} believes neighbors are spying on him, calm, wants to make report
{F} at {biz} paranoid, asking staff for help, calm and cooperative
{rel} manic, hasn't slept in 2 days, not violent, {RP} wants MH team
{M} yelling at the sky at {place}, no threats, no weapons
{M} says the tv is talking to him, calm, wants ride to hospital
{F} confused about where she lives, oriented to name, cooperative
{M} wandering {station_or_place} disoriented, calm, no injuries
{rel} w/ schizophrenia refusing meds, calm, {RP} requests CIT/MH
{F} crying at {place}, grieving, wants to talk to counselor
veteran at {place} having flashbacks, calm, asking for VA contact
{M} undressed in his own yard, disoriented, {rel} wants MH eval
@ eligible:noise NOISE
loud music from {apt} for {tm}
party at {place}, bass thumping, {n}0 cars
{RP} {ADV} neighbors drumming at 2am
dog barking nonstop at {place} for {tm}
loud car stereo in lot at {biz}
{JUV} skateboarding in garage at night, loud
construction noise before 7am on {st}
karaoke at {apt} going on {tm}
someone revving motorcycle on {st} repeatedly
loud generator running at {place} all night
fireworks being set off at {place}, kids, no injuries
{RP} {ADV} upstairs neighbor stomping and yelling at tv
band practice in garage at {place}
leaf blower at 6am on {st}, {RP} upset
rooster crowing all night at {farm}, neighbor complaint
frat party at {dorm}, music loud, {n}0 ppl on lawn
@ eligible:verbal-dispute DIST
{M} and {F} yelling in lot of {biz}, verbal only
{RP} and {rel} arguing over custody schedule, verbal
2 drivers arguing after fender bender at {st}/{st2}, exchanging info
customer yelling at staff at {biz} over refund
neighbors arguing over fence line at {place}
{F} cussing out bus driver, bus {n}2, verbal only
roommates arguing about rent in {dorm}, {RP} wants RA
{RP} {ADV} {prt} screaming at her about money, no hands on
{M} shouting at ppl at {station_or_place}, verbal, not following anyone
tenant and landlord arguing over deposit at {apt}
{M} arguing w/ tow truck driver at {biz} over fee
{JUV} arguing at bus stop, just words
{M} and {M} yelling about parking spot at {place}
{RP} wants {rel} to leave after argument, he is packing his bag
@ eligible:welfare-no-danger WELFARE
{RP} requests check on {rel} {age}, hasnt answered phone today, no concerns of injury
{F} sitting at bus stop for {tm} in cold, {RP} concerned, she waved ok
{M} sitting in {car} at {place} for {tm}, {RP} saw him eating
{age}yo neighbor not seen in 2 days, mail piling up, lights on
{RP} {ADV} {F} walking in rain w/ stroller, baby covered, looks ok
{rel} out of town requests check on elderly mom, usual calls missed
{M} on bench at {station_or_place} for hours, awake, alert
{F} at {place} looks lost, {RP} wants someone to check on her
{RP} {ADV} coworker didn't show up to shift, usually reliable
{KID} sitting alone at {place} after dark, {RP} says she seems ok, waiting for ride
{M} asking passersby for water at {place}, alert and walking
{RP} wants check on neighbor whose car hasn't moved in days
@ eligible:past-theft THEFTPAST
{RP}'s bike stolen from rack sometime last night, no suspects
package stolen off porch yesterday, has video
{VEH} broken into overnight at {place}, window smashed, nothing there now
{RP} {ADV} wallet stolen at {biz} earlier today, wants report
catalytic converter stolen over weekend from {car}
tools taken from shed last week, {RP} wants case #
shoplift occurred {tm} ago at {biz}, susp long gone
{RP} {ADV} someone used her card online, wants report
tailgate stolen off truck at {farm} sometime this week
garden gnome stolen from yard, {RP} wants report for insurance
laptop stolen from library at {school} yesterday, no susp info
trailer missing from field at {farm}, last seen a month ago
@ eligible:found-property FOUND
{RP} found wallet at {place}, wants to turn in
found bike in bushes at {place}, no owner
{RP} found a set of keys at {station_or_place}
found backpack left on bus {n}2, operator holding
{RP} found a phone in {biz} parking lot
{RP} found license plate in ditch along {hwy}
found kids scooter at {place}
found old ammo box in grandmas basement, wants disposal, no gun
found purse at {place}, nothing missing
{RP} found a stray cow on {hwy}, owner unk
@ eligible:intox-ok INTOX
{M} drunk at {biz}, walking ok, wants a cab
{F} intoxicated at {station_or_place}, alert, friends w/ her
{M} sleeping it off on bench at {place}, breathing, responds to voice
student drunk but talking at {dorm}, RA w/ him, no vomiting
{M} ETOH, asking for ride home, steady on feet
{M} intoxicated panhandling at {st}/{st2}, polite
{F} tipsy, lost her keys, calm, at {biz}
{M} drunk singing at {station_or_place}, harmless
{M} smelling of alcohol, walking {dir} on {st}, not in traffic
{M} buzzed sitting on curb outside {biz}, alert, waiting for ride
@ eligible:unhoused-sleeping VAG
{M} sleeping in doorway of {biz}, {RP} wants him moved along
unhoused {F} w/ cart camped at {place}
tent set up in {place} for {n} days
{M} sleeping in vestibule of {biz}, breathing, snoring
{M} sleeping on bench at {station_or_place}
{n} ppl camping under overpass on {st}
{F} sleeping in {car} at {place}, {RP} saw her move
{M} sleeping behind dumpster at {biz}, blanket, moving around
{M} living in old barn at {farm}, owner wants him moved
{M} sleeping in stairwell of {dorm}, breathing fine, not a student
@ eligible:juv-loitering JUV
{n} {JUV} hanging out at {place}, {RP} wants them moved
{JUV} sitting on cars in lot at {biz}
{JUV} skateboarding on ramp at {place}, no damage
group of {JUV} being loud at {station_or_place}
{JUV} on roof of {school} taking pics
{JUV} smoking weed in {place}, {RP} annoyed
teens hanging around {biz} entrance, not buying anything
{JUV} riding dirt bikes in field at {place}
{JUV} ding dong ditching on {st}
{JUV} jumping turnstiles at {station_or_place}
@ eligible:civil CIVIL
{RP} wants civil standby to get belongings from ex's {apt}
custody exchange at {place}, {rel} is {tm} late
{RP} and landlord dispute over locks changed
contractor took deposit and never did work, civil
{RP} {ADV} neighbor's tree fell on fence, who pays
{rel} won't return {RP}'s car title
{RP} wants to know if she can change locks on roommate
dispute over boundary cattle fence at {farm}
tenant refusing to leave after lease ended, calm, civil
{RP} requests standby for property pickup at {apt}
dispute over dog ownership after breakup
{RP} {ADV} ex kept kids an extra day, no court order, no danger
@ eligible:animal ANIMAL
loose dog running on {st}, friendly
cows out on {hwy}, {n} head near mm 20
horse loose in yard at {place}
dog in hot {car} at {biz}, windows cracked
raccoon in garage at {place}
injured deer on shoulder of {hwy}
goats got out at {farm}, in neighbors garden
{RP} {ADV} neighbor's rooster crossing road
bat flying in {dorm} hallway
dog left out in cold at {place} all day
snake in {RP}'s kitchen, {RP} outside
pigs loose on county road, {farm}
stray cat stuck in tree at {place}
bees swarming at {biz} entrance
@ eligible:harassment-no-threat HARASS
ex keeps texting {RP}, no threats, wants it documented
{RP} {ADV} neighbor keeps taking pics of her house
{M} keeps calling {biz} asking for manager, no threats
{RP} getting spam calls from same #, annoyed
{F} {ADV} coworker keeps commenting on her clothes, no threats
{RP} {ADV} neighbor leaves notes on car about parking, rude, no threats
{M} following {F} around {biz} asking for her number, left when told to
{RP} getting rude fb messages from {rel}, no threats
student {ADV} someone made fake account using her photos
{RP} being called names by {JUV} at {place}, no threats
@ eligible:non-urgent-assist ASSIST
{RP} locked out of {car} at {biz}, keys inside, engine off
elderly {F} needs help back into bed, not injured, {apt}
{M} needs ride to shelter from {place}
{RP} ran out of gas on {hwy}, no hazard
{F} asking for jump start in {biz} lot
tourist lost, needs directions to {place}
{RP} needs help finding her {car} in garage at {place}
{M} wants to talk to officer about scam call
lift assist, {age}yo {M} slid off couch, not hurt, {apt}
{RP} needs escort to car at {school} library
{rel} needs help getting to detox, willing, calm
{M} asking for bus fare at {station_or_place}
@ eligible:missing-found MISSING
missing {age}yo {rel} returned home safe, {RP} cancels
runaway {KID} located at friend's house, mom picking up
{rel} who was missing called {RP}, safe at {place}
missing student found asleep in library at {school}, ok
lost child at {biz} reunited w/ mom within minutes
{age}yo w/ dementia found by neighbor, back home, unhurt
{RP} reports {rel} came back home after being out all night, ok
missing hunter walked out of woods at {farm}, fine
@ eligible:rural-lawful ANIMAL
hunters shooting in field at {farm}, in season, legal per {RP}
{RP} hears rifle shots at {farm}, neighbor sighting in deer rifle
{M} w/ shotgun hunting ducks on {farm} pond, has permission
farmer burning ditch at {farm}, controlled, water truck there
tractor going slow on {hwy}, cars backed up
combine blocking half of county road at {farm}, moving
{RP} {ADV} neighbor shooting coyotes on his land
{M} w/ rifle walking fence line at {farm}, owner
livestock auction traffic on {hwy}, {RP} complaining
{RP} {ADV} propane cannon going off at {farm} to scare birds
trapper checking lines on {farm}, {RP} didn't know him
branding cattle at {farm}, lots of trucks on road
@ plain:parking PARK
{car} blocking driveway at {place} for {tm}
car parked in handicap spot w/o placard at {biz}
abandoned {car} at {place} for 2 wks
{VEH} parked on sidewalk on {st}
{car} in fire lane at {biz}
truck double parked blocking alley behind {biz}
{RP} {ADV} someone parked in her assigned spot at {apt}
{car} w/ expired tags on {st} for a month
semi parked in residential on {st} overnight
{VEH} blocking bus lane at {station_or_place}
@ plain:traffic TRAFFIC
mattress in lane on {hwy} {dir}
stop sign knocked down at {st}/{st2}
traffic light out at {st}/{st2}
tree branch in road on {st}
gravel spilled on {hwy} near mm 14
stalled {car} in right lane {hwy}, driver waiting for tow
pothole on {st} damaging tires
deer carcass in road on {hwy}, no hazard to traffic
@ plain:report INFO
{RP} wants to report lost passport
{RP} needs report # for insurance, fender bender yesterday
{RP} wants to know about ride-along program
{RP} needs copy of accident report
question about fireworks ordinance
{RP} asking about solicitor permit rules
{RP} requests vacation house check {st}
{RP} asking what to do w/ unwanted prescription meds
{RP} asking if it's legal to burn leaves at {place}
{RP} wants info on neighborhood watch meeting
{RP} wants to report a scam letter in mail
{RP} wants to know hours for fingerprinting
@ plain:nuisance SUSP
solicitors going door to door on {st} w/o permit
{VEH} idling at {place} w/ lights on for {tm}, nobody in it
graffiti on wall of {biz}, old
shopping carts dumped in {place}
streetlight flickering on {st}
illegal dumping of tires at {place}
people selling candy outside {biz}
{M} washing car in street blocking traffic
ice cream truck playing music past 9pm
{RP} {ADV} unknown car parked at {place}, driver talking on phone
{M} flagging down cars at {st}/{st2} asking for money
door to {biz} vestibule won't close, no damage
@ plain:service ASSIST
{RP} requests standby while she gets her mail at {apt}
business owner requests extra patrol at {biz} at closing
{RP} needs vin verification at {biz}
funeral escort request for {place}
{RP} needs help w/ stuck elevator at {dorm}, nobody inside
{RP} wants someone to check her smoke detector chirp
{M} needs help w/ flat tire in {biz} lot
transit rider left phone on train, asking lost & found
{RP} requests welfare info number for shelter beds
@ eligible:negated DIST
{M} shouting at his phone at {station_or_place}, no one else involved, no wpns
{F} {ADV} {rel} broke a plate in anger, no one hit, no threats, wants him counseled
{M} at {biz} wants refund, loud but no weapons and not threatening
{RP} {ADV} {M} fell asleep on porch, breathing ok, not injured, just tired
{M} w/ scrape on knee from bike, declines EMS, no other injuries, wants ride
{KID} ran from home after argument, returned, no injuries, mom wants counseling
@ eligible:history DIST
{M} on probation for robbery, today just wants to report lost ID
{RP} {ADV} ex had knife in 2017 incident, today ex is just calling too much
address flagged for prior 5150, today {rel} calm, asks for MH resources
{F} had an OD last yr, today {RP} asking where to get narcan kit
{rel} was stabbed years ago, today asking for victim advocate info
@ eligible:resolved SHOTS
<<~weapon:gunfire>> reported {st} / [[{RP} now says car backfiring, saw it]]
<<~injury:{M} down>> at {place}, [[he was doing pushups, waved ok]]
<<~violence:fight>> at {school}. [[staff says it was a drill for drama class, all ok]]
<<~uncertainty:screaming>> from {farm}, [[it was peacocks per owner]]
<<~weapon:{M} w/ knife>> at {biz} - [[clarified: deli worker on break w/ butter knife and sandwich]]
<<~police_only:susp pulling door handles>> / [[it was the neighbor checking his own cars]]
@ eligible:toy-prop-tool SUSP
{M} dressed as pirate w/ plastic cutlass at {biz}
kids w/ cap guns playing cowboys at {place}
{M} walking w/ pickaxe to community garden at {place}
{M} w/ fishing spear at pier at {place}, fishing
@ eligible:idiom INFO
{F} said her ex is dead to her, wants advice on custody papers
{RP} {ADV} coach said the team got slaughtered, kids upset, no incident
{M} said "i'm gonna lose it" about the wifi at {biz}, just annoyed
{RP} {ADV} roommate's cooking is lethal, wants mediation on chores
@ eligible:lawful-gun INFO
{RP} {ADV} husband cleans his rifles in garage every sunday, neighbor nervous, no threats
{M} open carrying at {biz}, calm, shopping, manager just wants info
{RP} wants to register gun found in late dad's safe, unloaded
@ eligible:passive-ideation MENTAL
{M} {ADV} he's tired of everything, no plan, wants someone to call him tomorrow
{F} grieving, said she'd like to be w/ her late husband, no plan, calm, wants clergy
{RP} {ADV} {rel} posted sad quotes online, no plan, {rel} answered and is safe
@ eligible:calm-mh MENTAL
{F} believes her phone is hacked, calm, wants to make report
{M} at {station_or_place} preaching loudly, not approaching anyone
{rel} autistic adult upset by fire alarm, calming down, {RP} wants help
@ eligible:noise NOISE
{RP} {ADV} neighbors fighting loudly over tv channel, verbal, noise only
car alarm going off at {place} for {tm}
loud dirt bikes at {farm} at night, neighbor complaint
@ eligible:verbal-dispute DIST
{F} and {F} yelling over laundry machine at {apt}, verbal
{M} and bouncer exchanging words at {biz}, {M} walking away
farmers arguing over water rights at ditch gate, {farm}, just talking loud
@ eligible:welfare-no-danger WELFARE
{RP} worried about {rel} who sounded sad on phone, no SI, lives alone
kid waiting alone for school bus {tm}, mom on way, {RP} stayed with him
{M} sitting on curb at {place} w/ sign, looks cold, {RP} wants to give coat
@ eligible:past-theft THEFTPAST
{RP} {ADV} farm fuel tank drained sometime last month, {farm}
{RP}'s phone stolen on train yesterday, no suspect info
@ eligible:found-property FOUND
{RP} found a rifle case w/ no gun in it at {place}
{RP} found a stack of mail in ditch on {hwy}
found syringe on sidewalk at {place}, wants pickup
@ eligible:intox-ok INTOX
{M} drunk, argumentative w/ staff but leaving on his own at {biz}
{F} passed a breathalyzer at bar, just wants taxi, alert
@ eligible:unhoused-sleeping VAG
{F} sleeping on church steps at {place}, rolled over when {RP} spoke
{M} sleeping under bleachers at {school}, {RP} wants him offered shelter
@ eligible:juv-loitering JUV
{JUV} throwing snowballs at each other at {place}, {RP} annoyed
{JUV} playing basketball after hours at {school}
@ eligible:civil CIVIL
{RP} {ADV} mechanic won't release her car until paid, civil
{RP} requests standby while serving papers to {rel}
@ eligible:animal ANIMAL
calf got through fence onto {hwy} shoulder, owner on way
dog bit another dog at {place}, owners exchanging info, no people hurt
@ eligible:harassment-no-threat HARASS
{M} keeps showing up at {biz} asking for {F}, staff wants trespass warning info
{RP} {ADV} ex keeps driving past house, no threats, no contact
@ eligible:non-urgent-assist ASSIST
{RP} wants help installing car seat
{M} needs ride to pharmacy from {place}, not urgent
@ eligible:missing-found MISSING
{rel} reported missing earlier found at bus station, ok, transport home
{RP} cancels missing report, {KID} came home after practice
@ eligible:rural-lawful ANIMAL
{M} shooting at targets on his property, backstop, away from road
{RP} hears chainsaws at {farm}, logging crew
@ plain:parking PARK
boat trailer parked on {st} for 3 wks
{car} parked across 2 spots at {biz}, {RP} annoyed
@ plain:traffic TRAFFIC
traffic backed up at {st}/{st2} from construction, flagger needed
mud tracked onto {hwy} by farm trucks, slick
@ plain:report INFO
{RP} wants to report her car was towed
{RP} wants to report a fraudulent check
{RP} needs a police report for stolen license plate sticker
@ plain:nuisance SUSP
overgrown lot at {place}, trash piling up
{RP} {ADV} neighbor's security light shines in bedroom
@ plain:service ASSIST
{RP} needs help getting wheelchair onto bus at {station_or_place}
lost dog poster question, {RP} wants to post at station
@ plain:parking PARK
{RP} {ADV} rv parked on {st} w/ generator, been there a week
{car} parked in loading zone at {biz} all day
{car} w/ flat tires abandoned at {place}
neighbor's trailer sticking into {st}, hard to see around
{VEH} parked in {RP}'s reserved spot at {school} lot
@ plain:traffic TRAFFIC
cones knocked over in construction zone on {st}
water main leaking onto {st}, road wet
signal stuck on red at {st}/{st2}
large box in left lane {hwy} {dir}
tree down across {hwy}, no one hit, blocking one lane
{RP} reports malfunctioning crossing arm at {st}, arms down no train
@ plain:report INFO
{RP} wants to file report for lost plates
{RP} asking how to get a copy of her background check
{RP} needs case # for stolen bike from last month
{RP} asking about curfew hours for minors
{RP} asking about getting an escort to court
{RP} wants to report an unregistered trailer
{RP} asking if she can park on the street overnight
{RP} needs a police report for a dent in {car} from last week
{RP} asking about a noise ordinance for construction
@ plain:nuisance SUSP
{RP} {ADV} someone keeps leaving flyers on cars at {biz}
trash cans left in street on {st}
broken glass on sidewalk at {place}, needs cleanup
someone using {RP}'s dumpster at {biz}
abandoned couch on curb at {st}
broken water fountain flooding {place}
{M} asking customers for rides at {biz}, manager wants him to move on
@ plain:service ASSIST
{RP} requests extra patrol on {st} for speeders
{RP} requests house watch while on vacation
{RP} needs notary info for court paperwork
{RP} needs help w/ car stuck in snow at {place}
{RP} asking officer to witness handoff of keys
{age}yo {F} asking for ride to pharmacy, mobile, no distress
student locked out of {dorm}, needs access
{M} asking for info on shelter intake hours at {place}
{RP} needs help jumping battery at {station_or_place} lot
{RP} requests info on how to get restraining order paperwork, no current incident
bus stop shelter glass cracked at {st}/{st2}, report for repair
elderly {M} needs help w/ groceries from {car} to {apt}, not hurt
'''

# ---------------------------------------------------------------- call types
CT = {
    "WEAPON": ["WEAPONS CALL", "MAN WITH GUN", "PERSON WITH WEAPON", "WEAPON OFFENSE", "SUBJ WITH KNIFE", "BRANDISHING"],
    "FIGHT": ["FIGHT", "FIGHT IN PROGRESS", "DISTURBANCE FIGHT", "ASSAULT", "BATTERY", "DOMESTIC", "DOMESTIC VIOLENCE"],
    "THREATS": ["THREATS", "TERRORISTIC THREATS", "MENACING", "THREAT TO LIFE", "HARASSMENT THREATS"],
    "MEDICAL": ["MEDICAL ASSIST", "SICK PERSON", "EMS ASSIST", "MEDICAL EMERGENCY", "UNCONSCIOUS PERSON", "PERSON DOWN", "OVERDOSE", "INJURED PERSON", "FALL"],
    "SUICIDE": ["SUICIDAL SUBJECT", "ATTEMPTED SUICIDE", "SUICIDE THREAT", "MENTAL HEALTH CRISIS"],
    "BURG": ["BURGLARY IN PROGRESS", "BURGLARY", "BREAK IN", "PROWLER", "SUSPICIOUS PERSON"],
    "THEFT": ["THEFT IN PROGRESS", "ROBBERY", "LARCENY", "AUTO THEFT", "SHOPLIFTER"],
    "DUI": ["DUI", "RECKLESS DRIVER", "DRUNK DRIVER", "TRAFFIC COMPLAINT"],
    "CHILD": ["CHILD NEGLECT", "CHILD ABANDONED", "CHILD WELFARE", "JUVENILE PROBLEM"],
    "MISSING": ["MISSING PERSON", "MISSING JUVENILE", "ENDANGERED MISSING", "RUNAWAY"],
    "TRESPASS": ["TRESPASS", "UNWANTED SUBJECT", "INDECENT EXPOSURE", "LEWD CONDUCT", "DISORDERLY"],
    "UNKNOWN": ["UNKNOWN TROUBLE", "UNKNOWN PROBLEM", "911 HANG UP", "OPEN LINE", "911 DISCONNECT", "HELP CALL"],
    "WELFARE": ["WELFARE CHECK", "CHECK WELFARE", "WELFARE CITIZEN", "WELLNESS CHECK"],
    "ASSIST": ["CITIZEN ASSIST", "ASSIST PUBLIC", "PUBLIC SERVICE", "CALL FOR SERVICE"],
    "SUSP": ["SUSPICIOUS PERSON", "SUSPICIOUS VEHICLE", "SUSPICIOUS CIRCUMSTANCES", "SUSPICIOUS ACTIVITY"],
    "NOISE": ["NOISE COMPLAINT", "LOUD MUSIC", "NOISE NUISANCE", "LOUD PARTY"],
    "DIST": ["DISTURBANCE", "TROUBLE WITH SUBJECT", "DISORDERLY", "VERBAL DISTURBANCE", "FAMILY TROUBLE"],
    "INFO": ["INFORMATION", "INFO ONLY", "MISC", "OTHER", "CALL FOR SERVICE"],
    "CIVIL": ["CIVIL MATTER", "CIVIL STANDBY", "LANDLORD TENANT", "PROPERTY PICKUP", "CHILD CUSTODY"],
    "ANIMAL": ["ANIMAL COMPLAINT", "LOOSE LIVESTOCK", "ANIMAL CRUELTY", "DOG AT LARGE", "ANIMAL PROBLEM"],
    "PARK": ["PARKING COMPLAINT", "ABANDONED VEHICLE", "BLOCKED DRIVEWAY", "PARKING PROBLEM"],
    "JUV": ["JUVENILE COMPLAINT", "TROUBLE WITH JUVENILE", "JUVENILES LOITERING", "LOITERING"],
    "FOUND": ["FOUND PROPERTY", "LOST FOUND PROPERTY", "PROPERTY FOUND"],
    "HARASS": ["HARASSMENT", "HARASSING PHONE CALLS", "NEIGHBOR DISPUTE"],
    "INTOX": ["INTOXICATED PERSON", "PUBLIC INTOX", "DRUNK SUBJECT"],
    "TRAFFIC": ["TRAFFIC COMPLAINT", "ROAD HAZARD", "DEBRIS IN ROADWAY", "TRAFFIC SIGNAL"],
    "SHOTS": ["SHOTS FIRED", "SHOTS HEARD", "FIREWORKS", "WEAPONS CALL"],
    "MENTAL": ["MENTAL HEALTH", "MENTAL OBSERVATION", "EDP", "BEHAVIORAL CRISIS", "CRISIS CALL"],
    "THEFTPAST": ["THEFT REPORT", "LARCENY REPORT", "BURGLARY REPORT", "VEHICLE BREAK IN REPORT"],
    "VAG": ["TRANSIENT", "HOMELESS PERSON", "UNHOUSED PERSON", "SLEEPER", "VAGRANCY"],
}
CT_KEYS = sorted(CT)
VAGUE = ["WELFARE", "ASSIST", "SUSP", "NOISE", "DIST", "INFO", "CIVIL", "UNKNOWN"]
RESOLVED_CT = {"weapon": "SHOTS", "violence": "FIGHT", "injury": "MEDICAL", "police_only": "BURG", "uncertainty": "UNKNOWN", "suicide": "SUICIDE"}
SHORTEN = [("SUSPICIOUS", "SUSP"), ("DISTURBANCE", "DIST"), ("VEHICLE", "VEH"), ("ASSIST", "ASST"), ("MEDICAL", "MED"),
           ("COMPLAINT", "COMPL"), ("INTOXICATED", "INTOX"), ("UNCONSCIOUS", "UNCON"), ("TROUBLE", "TRBL"), ("PERSON", "PERS"),
           ("WELFARE", "WELF"), ("PROPERTY", "PROP"), ("JUVENILE", "JUV"), ("EMERGENCY", "EMERG"), ("HARASSMENT", "HARASS"),
           ("BURGLARY", "BURG"), ("DOMESTIC", "DOM"), ("INFORMATION", "INFO"), ("THREATS", "THRTS"), ("MISSING", "MISS"),
           ("WITH ", "W/"), ("PROGRESS", "PROG"), ("SUBJECT", "SUBJ"), ("CIRCUMSTANCES", "CIRC"), ("ANIMAL", "ANML")]


def style_ct(ag, cat, name):
    st = ag["ct"]
    if st == "upper":
        return name
    if st == "title":
        return " ".join(w if len(w) <= 3 and w.isupper() and w in ("DUI", "EDP", "911", "EMS") else w.capitalize() for w in name.split())
    if st == "short":
        out = name
        for a, b in SHORTEN:
            out = out.replace(a, b)
        return out
    # code
    idx = CT_KEYS.index(cat)
    return "%s%02d %s" % (ag["ctprefix"], 11 + idx * 3, name)


# ---------------------------------------------------------------- templates
def parse_templates():
    out = []
    for src, red in ((TPL_RED, True), (TPL_ELIG, False)):
        section = cat = None
        for line in src.splitlines():
            line = line.rstrip()
            if not line:
                continue
            if line.startswith("@"):
                _, section, cat = line.split()
                continue
            out.append(dict(tid="T%03d" % (len(out) + 1), section=section, cat=cat, text=line, red=red))
    return out


SLOT_RE = re.compile(r"\{([A-Za-z_0-9]+)\}")
MARK_RE = re.compile(r"<<(~?)([a-z_]+):(.*?)>>|\[\[(.*?)\]\]")
KINDS = ["weapon", "violence", "threat", "injury", "suicide", "police_only", "uncertainty"]


class Filler:
    def __init__(self, rng, ag):
        self.rng, self.ag = rng, ag

    def val(self, name):
        rng, ag = self.rng, self.ag
        if name in ag:
            return rng.choice(ag[name]) if isinstance(ag[name], list) else str(ag[name])
        if name == "st2":
            return rng.choice(ag["st"])
        if name in COMMON:
            return rng.choice(COMMON[name])
        if name == "place":
            pool = TRANSIT_PLACES if ag.get("transit") else (RURAL_PLACES if ag["rural"] else URBAN_PLACES)
            return rng.choice(pool)
        if name == "station_or_place":
            return rng.choice(TRANSIT_PLACES) if ag.get("transit") else "{place}"
        if name == "station":
            return rng.choice(STATIONS)
        if name == "line":
            return rng.choice(LINES)
        if name == "dorm":
            return rng.choice(DORMS) if ag["code"] == "SUPD" else "the apts on {st}"
        if name == "farm":
            return rng.choice(FARMS)
        if name == "hwy":
            return rng.choice(HWYS["rural" if ag["rural"] else "urban"])
        if name == "apt":
            return rng.choice(APTS)
        raise KeyError(name)

    def fill(self, text):
        for _ in range(6):
            if not SLOT_RE.search(text):
                return text
            text = SLOT_RE.sub(lambda m: self.val(m.group(1)), text)
        raise ValueError(text)


def segments(marked):
    """[(text, tag)] with tag None | ('key', kind, alarm) | ('res',)"""
    segs, pos = [], 0
    for m in MARK_RE.finditer(marked):
        if m.start() > pos:
            segs.append((marked[pos:m.start()], None))
        if m.group(4) is not None:
            segs.append((m.group(4), ("res",)))
        else:
            assert m.group(2) in KINDS, m.group(2)
            segs.append((m.group(3), ("key", m.group(2), m.group(1) == "~")))
        pos = m.end()
    if pos < len(marked):
        segs.append((marked[pos:], None))
    return segs


def to_marked(segs):
    out = []
    for t, tag in segs:
        if tag is None:
            out.append(t)
        elif tag[0] == "res":
            out.append("[[%s]]" % t)
        else:
            out.append("<<%s%s:%s>>" % ("~" if tag[2] else "", tag[1], t))
    return "".join(out)


def alnum(s):
    return sum(1 for c in s if c.isalnum())


def derive(segs, W, group):
    """The labelling rule. Returns narrative, label, flag, reason, cut."""
    full = "".join(t for t, _ in segs)
    cut = len(full) > W
    lim = W if cut else len(full)
    narrative = full[:lim].rstrip() if cut else full
    keys, res_ok, pos = [], False, 0
    for t, tag in segs:
        s, e = pos, pos + len(t)
        pos = e
        if tag is None:
            continue
        if tag[0] == "res":
            if e <= lim:
                res_ok = True
            continue
        surv = None
        if e <= lim:
            surv = t
        elif s < lim:
            part = t[:lim - s]
            if alnum(part) >= 5 and alnum(part) >= alnum(t) - 3:
                surv = part.rstrip()
        keys.append((tag[1], tag[2], surv))
    live = [k for k in keys if k[2] is not None and not (k[1] and res_ok)]
    if live:
        label, flag = "red", live[0][0]
        reason = "%s <- '%s'" % (flag, live[0][2].strip())
    else:
        label, flag = "eligible", ""
        lost = [k for k in keys if k[2] is None and not (k[1] and res_ok)]
        if lost:
            reason = "eligible: cut-lost-key (%s)" % lost[0][0]
        elif group.startswith("plain:"):
            reason = "eligible: routine-" + group.split(":", 1)[1]
        else:
            reason = "eligible: " + group.split(":", 1)[1]
    if cut:
        reason += "; truncated at %d" % W
    return narrative, label, flag, reason, cut


def typo_word(rng, w):
    letters = [i for i, c in enumerate(w) if c.isalpha()]
    op = rng.choice(["swap", "drop", "double", "neigh", "swap", "drop"])
    i = rng.choice(letters[1:-1]) if len(letters) > 2 else letters[0]
    if op == "swap" and i + 1 < len(w) and w[i + 1].isalpha() and w[i] != w[i + 1]:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == "drop":
        return w[:i] + w[i + 1:]
    if op == "double":
        return w[:i] + w[i] + w[i:]
    c = w[i].lower()
    if c in TYPO_NEIGH:
        r = rng.choice(TYPO_NEIGH[c])
        return w[:i] + (r.upper() if w[i].isupper() else r) + w[i + 1:]
    return w[:i] + w[i + 1:]


WORD_RE = re.compile(r"[A-Za-z]{5,}")


def apply_typos(rng, segs, n, prefer_key):
    segs = list(segs)
    done = 0
    for k in range(n):
        cands = [i for i, (t, tag) in enumerate(segs) if WORD_RE.search(t) and (tag is None or tag[0] == "key")]
        keyc = [i for i in cands if segs[i][1] is not None]
        if not cands:
            break
        if prefer_key and k == 0 and keyc:
            i = rng.choice(keyc)
        else:
            i = rng.choice(cands)
        t, tag = segs[i]
        words = list(WORD_RE.finditer(t))
        m = rng.choice(words)
        nw = typo_word(rng, m.group(0))
        if nw == m.group(0):
            continue
        segs[i] = (t[:m.start()] + nw + t[m.end():], tag)
        done += 1
    return segs, done


def apply_case(segs, case):
    full = "".join(t for t, _ in segs)
    if case == "upper":
        full = full.upper()
    elif case == "lower":
        full = full.lower()
    elif case == "sentence":
        full = full[:1].upper() + full[1:]
    out, pos = [], 0
    for t, tag in segs:
        out.append((full[pos:pos + len(t)], tag))
        pos += len(t)
    return out


def fits(tpl, ag):
    t = tpl["text"]
    if "{farm}" in t and not ag["rural"]:
        return False
    return True


# ---------------------------------------------------------------- plan
RED_COUNTS = [("injury", 124), ("police_only", 92), ("violence", 70), ("weapon", 43), ("threat", 31), ("uncertainty", 20), ("suicide", 22)]
N_LOOKALIKE = 330


def build(outdir):
    rng = random.Random(SEED)
    tpls = parse_templates()
    by_section = {}
    order = []
    for t in tpls:
        if t["section"] not in by_section:
            by_section[t["section"]] = []
            order.append(t["section"])
        by_section[t["section"]].append(t)
    look = [s for s in order if s.startswith("eligible:")]
    plain = [s for s in order if s.startswith("plain:")]
    plan = []
    for kind, c in RED_COUNTS:
        plan += [kind] * c
    n_red = len(plan)
    ltot = sum(len(by_section[s]) for s in look)
    lk = []
    for s in look:
        lk += [s] * max(4, round(N_LOOKALIKE * len(by_section[s]) / ltot))
    while len(lk) > N_LOOKALIKE:
        lk.pop(rng.randrange(len(lk)))
    while len(lk) < N_LOOKALIKE:
        lk.append(rng.choice(look))
    plan += lk
    n_plain = N_ROWS - len(plan)
    ptot = sum(len(by_section[s]) for s in plain)
    pl = []
    for s in plain:
        pl += [s] * round(n_plain * len(by_section[s]) / ptot)
    while len(pl) > n_plain:
        pl.pop(rng.randrange(len(pl)))
    while len(pl) < n_plain:
        pl.append(rng.choice(plain))
    plan += pl
    rng.shuffle(plan)

    # template pools per section, least-used first, ties by a shuffled rank
    rank = {t["tid"]: rng.random() for t in tpls}
    used = {t["tid"]: 0 for t in tpls}
    weights = [a["weight"] for a in AGENCIES]

    rows, seen = [], set()
    for i, sec in enumerate(plan):
        for attempt in range(200):
            ag = rng.choices(AGENCIES, weights=weights)[0]
            pool = [t for t in by_section[sec] if fits(t, ag)]
            if not pool:
                continue
            tpl = min(pool, key=lambda t: (used[t["tid"]], rank[t["tid"]]))
            if attempt > 5:
                tpl = rng.choice(pool)
            f = Filler(rng, ag)
            body = f.fill(tpl["text"])
            seps = ag["seps"]
            longrow = rng.random() < 0.16
            frags = [body]
            if longrow:
                r = rng.random()
                if r < 0.3:
                    frags = [f.fill(rng.choice(PREFIXES)), body]
                elif r < 0.45:
                    frags = [f.fill(rng.choice(PREFIXES)), f.fill(rng.choice(SUFFIXES)), body]
                elif r < 0.7:
                    frags = [body, f.fill(rng.choice(SUFFIXES))]
                else:
                    frags = [f.fill(rng.choice(PREFIXES)), body, f.fill(rng.choice(SUFFIXES))]
                if rng.random() < 0.55:
                    frags.append(f.fill(rng.choice(SUFFIXES)))
            marked = frags[0]
            for fr in frags[1:]:
                marked += rng.choice(seps) + fr
            segs = segments(marked)
            ntypo = 0
            if rng.random() < 0.25:
                segs, ntypo = apply_typos(rng, segs, 1 if rng.random() < 0.7 else 2, rng.random() < 0.4)
            segs = apply_case(segs, ag["case"])
            narrative, label, flag, reason, cut = derive(segs, ag["W"], sec)
            if narrative.lower() in seen:
                continue
            break
        else:
            raise RuntimeError("could not make unique row for " + sec)
        seen.add(narrative.lower())
        used[tpl["tid"]] += 1
        # sanity: untruncated rows must carry the template's intended label
        if not cut:
            intended = sec if sec in KINDS else ""
            assert flag == intended, (sec, narrative, flag)
        # call type
        vague = 0
        if sec in KINDS:
            cat = tpl["cat"]
            if rng.random() < 0.40:
                cat = rng.choice([v for v in VAGUE if v != tpl["cat"]])
                vague = 1
        elif sec == "eligible:resolved":
            alarm = [tag[1] for _, tag in segs if tag is not None and tag[0] == "key"][0]
            cat = RESOLVED_CT[alarm] if rng.random() < 0.7 else tpl["cat"]
        else:
            cat = tpl["cat"]
        call_type = style_ct(ag, cat, rng.choice(CT[cat]))
        rid = "%s-%04d" % (PREFIX, i + 1)
        rows.append(dict(id=rid, call_type=call_type, narrative=narrative, label=label, flags=flag, reason=reason,
                         split="blind27", agency=ag["code"], W=ag["W"], group=sec, tid=tpl["tid"], typos=ntypo,
                         vague=vague, long=int(longrow), marked=to_marked(segs)))

    os.makedirs(outdir, exist_ok=True)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["id", "call_type", "narrative", "label", "flags", "reason", "split"])
    for r in rows:
        w.writerow([r["id"], r["call_type"], r["narrative"], r["label"], r["flags"], r["reason"], r["split"]])
    with open(os.path.join(outdir, "blind27.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["id", "agency", "width", "group", "template", "typos", "vague_call_type", "long", "marked"])
    for r in rows:
        w.writerow([r["id"], r["agency"], r["W"], r["group"], r["tid"], r["typos"], r["vague"], r["long"], r["marked"]])
    with open(os.path.join(outdir, "blind27_markup.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    with open(os.path.join(outdir, "blind27_templates.txt"), "w", encoding="utf-8", newline="\n") as fh:
        for a in AGENCIES:
            fh.write("AGENCY\t%s\t%d\t%s\t%s\n" % (a["code"], a["W"], a["region"], a["name"]))
        for t in tpls:
            fh.write("TEMPLATE\t%s\t%s\t%s\t%s\n" % (t["tid"], t["section"], t["cat"], t["text"]))
    return rows


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_blind27.py OUTDIR")
    rows = build(sys.argv[1])
    print("wrote %d rows to %s" % (len(rows), sys.argv[1]))
