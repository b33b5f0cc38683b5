#!/usr/bin/env python3
"""Writes blind2.csv: a second blind test set of short CAD narratives for the narrative screener.

Written from issue 13's descriptions of real misses (medical shorthand, violence by act, improvised weapons,
negation, police-only in progress / just occurred, children at risk, uncertainty, truncation) and of the
eligible calls that look like them, NOT from the screener's rule lists. Seeded, so the file is reproducible:

    python3 Tests/ScreeningTests/Fixtures/generate_blind2.py > Tests/ScreeningTests/Fixtures/blind2.csv

Never tune the screener on this file; it measures, it does not teach.
Columns: id, call_type, narrative, label (red_flag/eligible), flags (';'), reason, split (blind2).
"""
import csv
import random
import sys

rng = random.Random(20261205)

PLACES = ["APT 3B", "REAR LOT", "GAS STN", "CORNER STORE", "BUS SHELTER", "LAUNDROMAT", "ALLEY BEHIND 2400 BLK",
          "PARK PAVILION", "MOTEL RM 112", "LIBRARY", "WALGREENS", "DOLLAR GEN", "CHURCH STEPS", "PARKING GARAGE L2",
          "SCHOOL FIELD", "FRONT PORCH", "HALLWAY 4TH FL", "TRANSIT CTR", "MCDONALDS", "STRIP MALL"]
SUBJ = ["MALE", "FEMALE", "SUBJ", "W/M", "B/M", "H/F", "W/F", "OLDER MALE", "JUV MALE", "UNK MALE", "XRAY", "B/F"]
AGE = ["20S", "30S", "40S", "50S", "60S", "70S", "APPROX 25", "APPROX 45", "ELDERLY"]
CLOTH = ["BLK HOODIE", "RED JACKET", "GRY SWEATS", "BLU JEANS WHT SHIRT", "CAMO JACKET", "ALL BLACK",
         "GRN BACKPACK", "YELLOW VEST"]
DIR = ["NB", "SB", "EB", "WB", "TWDS THE PARK", "INTO THE ALLEY", "ON FOOT", "ON A BIKE"]
TAILS = ["", " CALLER ADV", " PER RP", " RP CALLING FROM CELL", " NFI", " ADV", " UPDATE TO FOLLOW",
         " RP WILL MEET", " RP DOES NOT WANT CONTACT", " PLS ADV"]


def pick(seq):
    return rng.choice(seq)


def fill(template):
    out = template
    for key, seq in (("{P}", PLACES), ("{S}", SUBJ), ("{A}", AGE), ("{C}", CLOTH), ("{D}", DIR)):
        while key in out:
            out = out.replace(key, pick(seq), 1)
    while "{N}" in out:
        out = out.replace("{N}", str(rng.randint(2, 9)), 1)
    return out


# (call types, templates, flags, reason)
RED = [
    # --- medical urgency in dispatch shorthand
    (["MEDICAL", "E-MED", "ASSIST EMS", "UNK PROB"], [
        "E1 {A} {S} UNC AT {P}", "E-PRI1 UNRESP {S} IN DRIVERS SEAT", "{S} SLUMPED OVER IN VEH AT {P} NOT RESP TO KNOCKING",
        "FOUND DOWN {S} {A} IN {P} UNK IF BREATHING", "{S} NOT BREATHING PER RP CPR IN PROG",
        "CODE 3 MEDICAL {S} FELL DOWN STAIRS HEAD INJ BLEEDING", "{A} {S} FELL IN BATHTUB CANT GET UP HIT HEAD",
        "LOC {S} {A} AFTER FALL AT {P}", "POSS OD {S} BLUE LIPS AT {P}", "{S} INGESTED UNK AMT OF PILLS MEDS ENRTE",
        "ETOH {S} UNRESPONSIV ON SIDEWALK AT {P}", "10-52 REQ FOR {S} W/ DIFF BREATHING", "PD ON SCENE REQ MEDIC CODE 3 FOR {S}",
        "{S} HAVING SEIZURE AT {P} STILL SEIZING", "{S} CHEST PAIN SWEATING {A}", "SICK PERSON {S} SEMI-CONSC VOMITING",
        "{S} PASSED OUT AT {P} BREATHING SHALLOW", "DIABETIC {S} NOT ALERT CONFUSED SWEATY", "PRI 1 MED {S} DOWN IN {P}",
        "{S} LYING IN ROADWAY NOT MOVING", "OD NARCAN GIVEN {S} STILL NOT RESP", "{S} FELL FROM LADDER APPROX 10FT",
        "{S} BLEEDING HEAVILY FROM ARM AT {P}", "MVA W/ INJ {S} TRAPPED IN VEH", "{S} UNCONS IN STAIRWELL AT {P}"],
     "injury", "medical urgency in shorthand"),
    # --- violence described by the act
    (["DISTURB", "DISTURBANCE", "FIGHT", "DV", "ASSAULT"], [
        "{S} THREW A CHAIR AT HIS GF AT {P}", "{S} CHASING ANOTHER {S} AROUND {P}", "{S} GRABBED RP BY THE HAIR AND DRAGGED HER",
        "{S} CHOKING HIS WIFE PER JUV CALLER", "FIGHT JUST ENDED AT {P} PARTIES SPLIT UP ONE {D}",
        "{S} PUNCHED CASHIER AT {P} AND LEFT {D}", "{S} KICKING {S} WHO IS ON THE GROUND", "{S} SHOVED ELDERLY MALE TO GROUND AT {P}",
        "BF HIT RP IN FACE W/ CLOSED FIST", "{S} SLAMMED RP HEAD INTO DOOR", "{N} SUBJS JUMPED A JUV AT {P}",
        "{S} STRANGLED RP EARLIER NOW IN BEDROOM", "RP HUSBAND PUSHED HER DOWN STAIRS", "{S} BIT SECURITY GUARD AT {P}",
        "{S} SPITTING ON AND SWINGING AT STAFF AT {P}", "{S} BEAT UP HIS MOTHER JUST NOW", "{S} DRAGGED GF BACK INTO VEH",
        "{S} THROWING ROCKS AT PASSING CARS", "{S} HEADBUTTED BOUNCER AT {P}", "{S} SLAPPED CHILD AT {P} REPEATEDLY"],
     "violence", "violence by act"),
    # --- improvised / uncommon weapons
    (["DISTURB", "ASSAULT", "SUSP PERSON", "TROUBLE"], [
        "{S} SWINGING A BASEBALL BAT AT {P}", "{S} W/ MACHETE WALKING {D}", "{S} HOLDING A BROKEN BOTTLE YELLING",
        "{S} WAVING A HAMMER AT NEIGHBORS", "{S} HAS A TIRE IRON THREATENING RP", "{S} W/ CROWBAR AT {P} IN {C}",
        "{S} ARMED W/ SCISSORS IN LOBBY", "{S} CHASING RP W/ A SHOVEL", "{S} W/ BOX CUTTER AT {P}",
        "{S} POINTED A TASER AT CLERK", "{S} HAS PIPE IN HAND AT {P} SWINGING IT", "{S} W/ PITCHFORK IN YARD YELLING AT NEIGHBOR",
        "{S} W/ SCREWDRIVER SAID HE WILL STAB RP", "{S} HOLDING A SWORD IN FRONT YARD", "{S} W/ AXE CHOPPING AT NEIGHBORS DOOR",
        "{S} W/ BEAR SPRAY AT {P} SPRAYED CUSTOMER", "{S} HAS A SLINGSHOT SHOOTING AT WINDOWS", "{S} W/ CHAIN WRAPPED ON FIST"],
     "weapon", "improvised weapon"),
    # --- negation that swallows too much
    (["DISTURB", "DV", "FIGHT", "ASSAULT"], [
        "NO WEAPONS SEEN. {S} PUNCHED RP IN THE FACE", "NO WEAPONS. BF STRANGLED RP EARLIER", "NWS. {S} KICKED RP IN STOMACH",
        "RP STATES NO WEAPONS / {S} HIT HER W/ CLOSED FIST", "NEG WEAPONS, {S} SHOVED GRANDMOTHER INTO WALL",
        "NO GUNS IN HOUSE. HUSBAND BEATING RP NOW", "NOT ARMED PER RP BUT {S} JUST HIT HIS BROTHER",
        "NO INJ TO RP. {S} KNOCKED NEIGHBOR UNCONSCIOUS", "NO WEAPONS INVOLVED; {S} ASSAULTED CLERK AT {P}",
        "NO WEAPON SEEN / {S} SWINGING FISTS AT CUSTOMERS"],
     "violence", "negation must not swallow the next clause"),
    # --- police-only in progress / just occurred, suspect possibly present
    (["BURGLARY", "TRESPASS", "THEFT", "VANDALISM", "SUSP", "INDECENT EXP", "PROWLER"], [
        "BURG IN PROG {S} INSIDE {P} RP HEARS SOMEONE IN BASEMENT", "{S} BREAKING INTO VEH AT {P} NOW IN {C}",
        "SUBJ IS INSIDE THE VACANT HOUSE NOW RP HEARD GLASS BREAK", "{S} STEALING CATALYTIC CONVERTER NOW AT {P}",
        "SHOPLIFTER JUST LEFT {P} {D} IN {C}", "{S} JUST SMASHED WINDOW OF {P} STILL ON SCENE",
        "{S} TAGGING WALL AT {P} RIGHT NOW", "{S} EXPOSING HIMSELF TO KIDS AT {P} NOW", "{S} REFUSING TO LEAVE {P} WAS TRESPASSED BEFORE STILL THERE",
        "PROWLER IN BACKYARD LOOKING IN WINDOWS NOW", "{S} TRYING DOOR HANDLES ON CARS AT {P}", "HEARD SOMEONE BREAK IN THRU BACK DOOR RP HIDING IN CLOSET",
        "{S} JUST STOLE PURSE AND RAN {D}", "SUSP STILL IN AREA OF {P} IN {C} JUST TOOK BIKE", "ALARM AND RP SEES {S} INSIDE STORE AFTER HOURS",
        "{S} CUTTING LOCK ON STORAGE UNIT AT {P} NOW", "{S} ON ROOF OF {P} TRYING TO GET IN", "10-31 {S} INSIDE GARAGE AT {P}",
        "459 IN PROG {S} IN {C}", "{S} LOADING TOOLS FROM NEIGHBORS SHED INTO TRUCK NOW", "{S} SLASHING TIRES IN LOT AT {P} ATM",
        "ROBBERY JUST OCC {S} FLED {D}", "{S} JUST GRABBED PHONE FROM RP HAND AT {P} RAN {D}"],
     "police_only", "crime in progress or just occurred"),
    # --- children at risk
    (["CHILD", "WELF CHK", "CHILD ABUSE", "FOUND CHILD"], [
        "{N}YO FOUND WANDERING ALONE AT {P}", "TODDLER LEFT IN LOCKED CAR AT {P} IN HEAT", "JUV SAYS DAD HITS HIM W/ BELT",
        "INFANT ALONE IN APT PARENTS GONE SINCE MORNING", "CHILD ON BALCONY RAILING 3RD FL", "{N}YO MISSING FROM {P} LAST SEEN 20 MIN AGO",
        "KIDS ALONE IN HOUSE NO FOOD MOTHER GONE 2 DAYS", "ADULT MALE TRYING TO LURE KIDS INTO VAN AT {P}",
        "BABY CRYING FOR HOURS NEXT DOOR NO ADULT ANSWERING", "JUV DISCLOSED ABUSE TO TEACHER AT {P}",
        "INTOX MOTHER DRIVING W/ KIDS IN CAR", "CHILD IN ROADWAY NO ADULT PRESENT"],
     "police_only", "child at risk"),
    # --- uncertainty
    (["911 HANGUP", "UNK TROUBLE", "OPEN LINE", "CHECK WELF", "DISTURB", "UNK PROB"], [
        "911 OPEN LINE SCREAMING IN BG", "CALLER WHISPERING CANT TALK, SOMEONE IN HOUSE", "CALL DISCONNECTED AFTER RP SAID HELP",
        "UNK EMERGENCY CALLER HUNG UP NO ANSWER ON CALLBACK", "RP HEARS WOMAN SCREAMING NEXT DOOR UNK WHAT IS HAPPENING",
        "SOUNDS OF FIGHTING IN APT ABOVE, RP DID NOT SEE", "RP ANSWERED YES/NO ONLY, MALE IN BG",
        "THERAPIST REPORTS CLIENT MADE THREATS TO HARM EX, DUTY TO WARN", "TEXT TO 911 SAYS HELP ME NO FURTHER RESPONSE",
        "CALLER CRYING UNABLE TO GIVE LOC LINE WENT DEAD", "HEARD WHAT SOUNDED LIKE GUNSHOTS IN AREA OF {P}",
        "LOUD THUMPS AND YELLING FROM UNIT NEXT DOOR THEN SILENCE", "ABANDONED 911 FROM {P} UNK NATURE",
        "RP CALLED SAID SHE CANT TALK NOW THEN HUNG UP", "UNK PROBLEM CALLER NOT MAKING SENSE HEAVY BREATHING",
        "TX DISCONNECTED, RP ON LINE STATED SOMEONE WAS AT THE DOOR", "CALLER USING CODE WORDS ORDERING PIZZA"],
     "uncertainty", "cannot tell what is happening"),
    # --- threats
    (["THREATS", "DISTURB", "HARASSMENT"], [
        "{S} SAID HE WILL COME BACK AND SHOOT EVERYONE", "EX TXTING RP SAYING SHES DEAD WHEN HE FINDS HER",
        "{S} THREATENED TO BURN DOWN NEIGHBORS HOUSE", "FORMER EMPLOYEE SAID HE WILL GET EVEN W/ STAFF TOMORROW",
        "{S} TOLD RP HE KNOWS WHERE HER KIDS GO TO SCHOOL", "{S} THREATENING TO KILL RP OVER PARKING SPOT",
        "STUDENT POSTED LIST OF NAMES SAYING THEY WILL PAY", "NO ONE HURT YET, {S} THREATENING TO KILL RP"],
     "threat", "threat"),
    # --- suicide by situation
    (["WELF CHK", "MENTAL", "SUICIDAL"], [
        "RP SON SAID HE WANTS TO END IT ALL, GAVE AWAY HIS DOG", "{S} STANDING ON OUTSIDE OF BRIDGE RAILING",
        "FRIEND TXTED GOODBYE MSG AND WILL NOT ANSWER", "{S} SITTING ON LEDGE OF {P} ROOF",
        "{S} SAYS SHE DOESNT WANT TO LIVE ANYMORE AND HAS PILLS", "{S} WROTE NOTE SAYING SORRY FOR EVERYTHING, MISSING",
        "VET SAYS HE IS DONE AND HAS HIS SERVICE PISTOL", "{S} CUT WRISTS IN BATHROOM AT {P}"],
     "suicide", "suicide by situation"),
]

# A few red rows carry two kinds.
COMBO = [
    (["DV", "ASSAULT"], ["{S} STABBED BF W/ KITCHEN KNIFE BLEEDING FROM SIDE", "{S} HIT RP W/ SKILLET RP BLEEDING FROM HEAD"],
     "weapon;violence;injury", "weapon assault with injury"),
    (["SUICIDAL"], ["{S} HOLDING A GUN TO HIS OWN HEAD AT {P}"], "suicide;weapon", "suicide with weapon"),
]

ELIGIBLE = [
    (["WELF CHK", "CHECK WELF"], [
        "RP REQ WELF CHK ON MOTHER {A} HASNT ANSWERED PHONE SINCE YESTERDAY NO KNOWN MEDICAL ISSUES",
        "WELF CHK ON {S} SLEEPING ON BENCH AT {P} BREATHING FINE, RESPONDS WHEN SPOKEN TO",
        "FAMILY IN OTHER STATE REQ CHK ON SON, LAST TALKED LAST WEEK", "{S} SITTING AT {P} FOR HOURS ASKING FOR FOOD",
        "RP WORRIED ABOUT NEIGHBOR {A} MAIL PILING UP"], "welfare check"),
    (["NOISE", "LOUD MUSIC", "PARTY"], [
        "LOUD MUSIC FROM {P} ONGOING 2 HRS", "LOUD PARTY AT {P} CARS BLOCKING STREET", "DOG BARKING ALL NIGHT AT {P}",
        "CONSTRUCTION NOISE BEFORE 7AM AT {P}", "NEIGHBOR PLAYING DRUMS LATE AGAIN", "BASS FROM CAR STEREO IN LOT AT {P}"],
     "noise"),
    (["DISPUTE", "NEIGHBOR DISP", "CIVIL"], [
        "VERBAL ONLY NEIGHBOR DISPUTE OVER FENCE LINE, NO WEAPONS NO THREATS", "ROOMMATES ARGUING OVER RENT VERBAL ONLY",
        "LANDLORD TENANT DISPUTE OVER DEPOSIT", "CUSTOMER ARGUING W/ MANAGER OVER REFUND AT {P} VERBAL",
        "NEIGHBORS ARGUING ABOUT TRASH CANS, NOTHING PHYSICAL", "EX WANTS TO PICK UP BELONGINGS, CIVIL STANDBY REQ",
        "CUSTODY EXCHANGE DISAGREEMENT AT {P}, VERBAL ONLY"], "verbal dispute"),
    (["FOUND PROP"], [
        "FOUND WALLET AT {P} RP WILL HOLD FOR PICKUP", "FOUND BIKE LEFT AT {P} FOR 3 DAYS", "FOUND SET OF KEYS ON {P}",
        "FOUND PHONE IN PARKING LOT OF {P}", "FOUND SYRINGE IN PARK REQ DISPOSAL"], "found property"),
    (["THEFT", "BURGLARY RPT", "VEH BURG"], [
        "RP REPORTING BIKE STOLEN FROM {P} SOMETIME LAST WEEK NO SUSP INFO", "PKG THEFT FROM PORCH YESTERDAY NO SUSP",
        "RP CAR WAS BROKEN INTO OVERNIGHT, ITEMS TAKEN, NO SUSP", "COLD BURG TO GARAGE DISCOVERED THIS AM, OCC OVER WEEKEND",
        "RP WALLET LOST OR STOLEN LAST MONTH NEEDS REPORT FOR INSURANCE", "TOOLS TAKEN FROM TRUCK BED 2 DAYS AGO",
        "GRAFFITI ON GARAGE FOUND THIS MORNING, UNK WHEN", "LICENSE PLATE STOLEN SOMETIME THIS WEEK"], "past theft, no suspect"),
    (["PARKING", "TOW", "ABANDONED VEH"], [
        "VEH BLOCKING DRIVEWAY AT {P}", "ABANDONED VEH ON STREET 2 WEEKS", "CAR PARKED IN HANDICAP SPOT NO PLACARD",
        "RP VEHICLE TOWED WANTS TO KNOW WHERE", "TRUCK PARKED ON SIDEWALK AT {P}", "VEH PARKED IN FIRE LANE AT {P} UNOCCUPIED"],
     "parking"),
    (["MENTAL HEALTH", "CRISIS"], [
        "{S} {A} TALKING TO HIMSELF AT {P} NO WEAPONS NO THREATS", "SON OFF HIS MEDS VERY ANXIOUS WANTS TO TALK TO SOMEONE",
        "{S} CONFUSED ABOUT WHERE SHE LIVES, CALM, NO INJ", "{S} YELLING AT NO ONE AT {P} NOT BOTHERING ANYONE",
        "RP HAVING PANIC ATTACK REQ SOMEONE TO TALK, DENIES SI", "{S} PACING IN LOBBY OF {P} UPSET ABOUT BENEFITS",
        "HOARDING SITUATION ELDERLY {S} REQ RESOURCES"], "mental health no weapon or violence"),
    (["SUSP PERSON", "TRANSIENT", "LOITERING"], [
        "{S} SLEEPING IN DOORWAY OF {P}", "{S} ASKING CUSTOMERS FOR MONEY AT {P}", "TRANSIENT CAMP BEHIND {P} REQ MOVE ALONG",
        "{S} LOITERING AT {P} FOR AN HOUR, NOT CAUSING TROUBLE", "{S} GOING THRU RECYCLING BINS AT {P}"],
     "quality of life"),
    (["INFO", "ASSIST", "LOCKOUT"], [
        "RP LOCKED OUT OF CAR AT {P}", "RP REQ INFO ON HOW TO GET RESTRAINING ORDER", "ELDERLY RP NEEDS HELP GETTING BACK INTO BED, NO INJ",
        "RP WANTS TO REPORT SCAM CALL, NO LOSS", "STREETLIGHT OUT AT {P}", "RP NEEDS RIDE TO SHELTER"], "service request"),
    (["DISTURB", "NOISE"], [
        "JUVS SKATEBOARDING IN LOT AT {P} REQ MOVE ALONG", "{S} SHOUTING AT {P} ABOUT POLITICS NO THREATS",
        "KIDS RINGING DOORBELLS AND RUNNING", "FIREWORKS IN AREA, NO DAMAGE"], "nuisance"),
]


def narrative(template):
    """The filled template always survives whole, except that a third of the time its longest late word is cut
    mid-word, as a fixed-width field cuts it; prefixes and tails are cut at the field width."""
    core = fill(template)
    width = rng.choice([64, 80, 80, 100, 100, 120])
    if rng.random() < 0.3:
        words = core.split(" ")
        if len(words) > 3:
            half = len(words) // 2
            last = max(range(half, len(words)), key=lambda i: len(words[i]))
            cut = words[last][: max(3, len(words[last]) * 2 // 3)]
            return " ".join(words[:last] + [cut])
    text = core
    if rng.random() < 0.35:
        prefixed = f"AT {pick(PLACES)} / " + core
        if len(prefixed) <= width:
            text = prefixed
    if rng.random() < 0.5:
        text += pick(TAILS)
    return text[: max(width, len(core))]


rows = []
for types, templates, flags, reason in RED:
    for template in templates:
        for _ in range(2):
            rows.append(("red_flag", pick(types), narrative(template), flags, reason))
for types, templates, flags, reason in COMBO:
    for template in templates:
        for _ in range(2):
            rows.append(("red_flag", pick(types), narrative(template), flags, reason))
for types, templates, reason in ELIGIBLE:
    for template in templates:
        for _ in range(3):
            rows.append(("eligible", pick(types), narrative(template), "", reason))

rng.shuffle(rows)
seen = set()
writer = csv.writer(sys.stdout, lineterminator="\n")
writer.writerow(["id", "call_type", "narrative", "label", "flags", "reason", "split"])
n = 0
for label, ctype, text, flags, reason in rows:
    if text in seen:
        continue
    seen.add(text)
    n += 1
    writer.writerow([f"B2-{n:04d}", ctype, text, label, flags, reason, "blind2"])
