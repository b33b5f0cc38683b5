#!/usr/bin/env python3
"""Writes corpus-dispatch.csv: labelled CAD narratives in dispatch language (issue 13).

Reproduce: python3 Tests/ScreeningTests/Fixtures/make_dispatch_corpus.py  (seeded; same output every run)

Every narrative is assembled from hand-written fragments (below), each fragment labelled by hand with the
red-flag kinds it shows (empty = eligible). A narrative's label is the union of its fragments' kinds.
Fragments are split into two pools: rows of the `heldout` split are built only from fragments that no `dev`
row uses (every fragment whose position in its list is 3 mod 4), so heldout measures phrasing the rules were
not tuned on. Styles vary (CAD upper case with slashes, lower case with commas, sentences), some rows are cut
at a fixed width in the middle of a word (a cut never removes the fragment that carries the label, except in
the `truncated` pattern, where the red-flag word itself is cut and at least 4 letters remain).
"""
import csv
import random
import re
import sys
from pathlib import Path

SEED = 1313
rng = random.Random(SEED)

# ---------------------------------------------------------------------------------------------------------------
# Slots
LOC = ["the bus shelter", "the 7-11", "the laundromat", "the park by the pool", "the alley behind the church",
       "the gas station", "the library steps", "the corner store", "the parking lot", "the light rail platform",
       "the apartment lobby", "the dollar store", "the taco truck", "the motel", "the walgreens", "the rec center",
       "the duplex next door", "the basketball court", "the underpass", "the transit center"]
WHO = ["male", "female", "subj", "w/m 40s", "b/f 30s", "h/m 20s", "older male", "juv male", "young female",
       "male in red hoodie", "female w/ backpack", "male in grey sweats", "unk male", "elderly female"]
REL = ["her bf", "his brother", "her son", "the roommate", "her ex", "his dad", "the neighbor", "her husband",
       "her daughter", "his cousin", "the tenant", "her nephew", "his wife", "their uncle"]
DIR = ["NB", "SB", "EB", "WB", "towards the freeway", "into the alley", "towards the park", "on foot"]
AGE = ["55", "62", "70", "81", "34", "45", "23", "67", "88", "19"]
SEX = ["YOM", "YOF", "YOM", "YOF", "Y/O M", "Y/O F"]
MIN = ["2", "3", "5", "5", "10", "1", "4"]

CALL_TYPES_RED = ["TRBL W/SUBJ", "WELFARE CITIZEN", "CALL FOR POLICE", "SUSP PERS/AUTO", "FAMILY TROUBLE",
                  "DISTURBANCE", "UNK TRBL", "MEDICAL", "MENTAL OBSERVATION", "TRESPASS", "THEFT", "NOISE NUISANCE",
                  "CHECK WELFARE", "SUSPICIOUS-OTH", "ASSIST CITIZEN", "DISORD", "TRBL W/JUV"]
CALL_TYPES_OK = ["WELFARE CITIZEN", "NOISE NUISANCE", "FAMILY TROUBLE", "PROPERTY PICKUP", "CALL FOR POLICE",
                 "FOUND PROPERTY", "THEFT REPORT", "CIVIL", "PANHANDLING", "MENTAL OBSERVATION", "TRBL W/SUBJ",
                 "LANDLORD/TEN TRB", "CHECK WELFARE", "SUSPICIOUS-OTH", "TRBL W/JUV", "INFO"]


def fill(text):
    """Replaces {loc}, {who}, {rel}, {dir}, {age}, {sex}, {min} with random values."""
    return re.sub(r"\{(\w+)\}", lambda m: rng.choice({"loc": LOC, "who": WHO, "rel": REL, "dir": DIR, "age": AGE,
                                                      "sex": SEX, "min": MIN}[m.group(1)]), text)


# ---------------------------------------------------------------------------------------------------------------
# Red-flag fragments by pattern: (text, flags). Hand-written; flags are the kinds a reviewer would name.
RED = {
    "medical_shorthand": [
        ("C3 MEDICAL, {age}{sex} DLOC", "injury"),
        ("{age}{sex} UNCON/UNRESP IN {loc}", "injury"),
        ("male slumped over the wheel of a running car, not responding to knocking", "injury"),
        ("PT FOUND DOWN IN BATHROOM, ALOC", "injury"),
        ("{who} laying on sidewalk, breathing shallow, wont wake", "injury"),
        ("GLF, HIT HEAD ON CURB, LAC TO FOREHEAD", "injury"),
        ("elderly female fell in kitchen, cant get up, c/o hip pain", "injury"),
        ("CODE 3 FOR POSS OD, NARCAN GIVEN BY RP", "injury"),
        ("ETOH SUBJ DOWN IN {loc}, NOT RESPONDING TO VERBAL", "injury"),
        ("subj ingested unk amount of pills per roommate, now very drowsy", "injury"),
        ("PD ON SCENE REQ MEDIC FOR SUBJ W/ HEAD INJ", "injury"),
        ("DIB, LIPS TURNING BLUE", "injury"),
        ("{age}{sex} CP RADIATING TO LEFT ARM", "injury"),
        ("diabetic, sugar is low and she is confused and sweaty", "injury"),
        ("PERSON DOWN AT {loc}, UNK IF BREATHING", "injury;uncertainty"),
        ("AMS, PT NOT MAKING SENSE, NEW ONSET PER FAMILY", "injury"),
        ("fell down the stairs, bleeding from the mouth", "injury"),
        ("C2 MEDICAL: INTOX FEMALE VOMITING AND IN AND OUT OF CONSCIOUSNESS", "injury"),
        ("subj seizing on the floor of {loc}", "injury"),
        ("10-52 REQ, SUBJ FELL OFF BIKE, POSS BROKEN ARM", "injury"),
        ("male passed out on the bench, agonal breathing per RP", "injury"),
        ("UNC MALE IN VEH AT PUMP 4, ENGINE RUNNING", "injury"),
        ("overdosed in the bathroom, friend doing cpr", "injury"),
        ("FALL VICTIM {age}{sex}, ON BLOOD THINNERS, HIT HEAD", "injury"),
        ("she is barely breathing and wont open her eyes", "injury"),
        ("LOC UNK, SUBJ LYING FACE DOWN IN THE GRASS", "injury;uncertainty"),
        ("FD/EMS ENRT, SUBJ HAS DEEP CUT ON HAND FROM BROKEN GLASS", "injury"),
        ("subject found slumped in stairwell, skin grey", "injury"),
        ("INTOX SUBJ FELL AND CANT STAND, BLOOD ON FACE", "injury"),
        ("RP ADV HUSBAND NOT BREATHING RIGHT AFTER TAKING HIS MEDS", "injury"),
        ("{age}{sex} SYNCOPAL EPISODE AT {loc}, NOW ALERT BUT PALE", "injury"),
        ("child swallowed something from under the sink, coughing", "injury"),
    ],
    "violence_act": [
        ("{rel} threw a glass at her, it shattered on the wall next to her head", "violence"),
        ("SUBJ CHASING {rel} DOWN THE BLOCK", "violence"),
        ("RP STS {rel} GRABBED HER BY THE HAIR AND DRAGGED HER OUT OF THE CAR", "violence"),
        ("{rel} had him in a chokehold until he almost passed out", "violence"),
        ("FIGHT JUST ENDED, 2 MALES STILL YELLING IN FRONT OF {loc}", "violence"),
        ("group of juvs jumped a kid outside {loc}, kid still on the ground", "violence;injury"),
        ("HUSB THREW HER PHONE AT HER AND BROKE IT", "violence"),
        ("subj choked her then left in a blue car {dir}", "violence"),
        ("2 SUBJS ROLLING ON THE GROUND AT {loc}", "violence"),
        ("she says he put his hands around her neck", "violence"),
        ("RP STATES {rel} SHOVED HER INTO THE DOOR FRAME", "violence"),
        ("male ran after a female and grabbed her backpack strap, she pulled away", "violence"),
        ("BIL HEADBUTTED RP, RP HAS BLOODY NOSE", "violence;injury"),
        ("subj threw a chair at staff, staff ducked", "violence"),
        ("{rel} PUT HANDS ON HER DURING ARGUMENT", "violence"),
        ("customer spit on the cashier and threw coins at her face", "violence"),
        ("2 females fighting in the street, one has a handful of hair", "violence"),
        ("SUBJ BODY SLAMMED A JUV AT THE BUS STOP", "violence"),
        ("bf wont let her leave, blocking the door and grabbing her arms", "violence"),
        ("FIGHT BROKE UP JUST PRIOR, PARTIES SEPARATED IN LOT", "violence"),
        ("{rel} is chasing the kids around the yard with a belt", "violence;weapon"),
        ("subj tackled security guard who tried to stop him", "violence"),
        ("NEIGHBOR KEEPS PUSHING RP OFF THE PORCH", "violence"),
        ("he slammed her head into the counter", "violence;injury"),
        ("SUBJ THROWING ROCKS AT PASSING CARS FROM OVERPASS", "violence;police_only"),
        ("female being dragged into a car by a male, she was screaming", "violence"),
        ("SCUFFLE IN PROGRESS AT {loc} BETWEEN 3 MALES", "violence"),
        ("mom states son twisted her arm behind her back", "violence"),
    ],
    "improvised_weapon": [
        ("SUBJ SWINGING A SKATEBOARD AT PEOPLE IN {loc}", "weapon;violence"),
        ("{who} waving a broken beer bottle at customers", "weapon"),
        ("MALE W/ A LOCK IN A SOCK THREATENING RP", "weapon;threat"),
        ("subj has a hammer in his hand and is pacing outside", "weapon"),
        ("SUBJ CHASING {rel} W/ A SCREWDRIVER", "weapon;violence"),
        ("female holding a pair of scissors to her own wrist", "weapon;suicide"),
        ("{rel} has a meat cleaver and is banging it on the table", "weapon"),
        ("male swinging a tire iron at a parked car", "weapon;police_only"),
        ("SUBJ W/ WRENCH STANDING OVER RP", "weapon"),
        ("subj is holding a shard of glass and wont drop it", "weapon"),
        ("MALE SWINGING A CHAIN AROUND IN {loc}", "weapon"),
        ("he grabbed a kitchen knife from the drawer", "weapon"),
        ("subj armed with a pitchfork in the backyard", "weapon"),
        ("MALE POINTING A CROSSBOW OUT THE WINDOW", "weapon"),
        ("{who} has a sledgehammer and is walking towards the house", "weapon"),
        ("SUBJ HOLDING A 2X4 W/ NAILS IN IT", "weapon"),
        ("he has a slingshot and is shooting ball bearings at cars", "weapon;police_only"),
        ("female has a can of gasoline and a lighter on the porch", "weapon;threat"),
        ("SUBJ W/ BASEBALL BAT BANGING ON NEIGHBORS DOOR", "weapon"),
        ("male with a machete cutting at bushes and yelling at people walking by", "weapon"),
        ("SUBJ BRANDISHING A BOX CUTTER IN LINE", "weapon"),
        ("{rel} grabbed the fire poker and is swinging it", "weapon;violence"),
        ("subj holding a golf club over his head yelling at the kids", "weapon;threat"),
        ("MALE HAS A SHOVEL RAISED AT THE NEIGHBOR", "weapon;threat"),
    ],
    "negation_then_act": [
        ("NO WPNS / SUBJ PUNCHED MOM", "violence"),
        ("no weapons seen. he kicked her in the stomach", "violence"),
        ("DENIES WPNS, {rel} SLAPPED HER IN THE FACE", "violence"),
        ("no weapons involved but she was choked", "violence"),
        ("WPNS NEG. SUBJ BIT RP ON THE ARM", "violence;injury"),
        ("no knives or guns in the house, he pushed her down the stairs", "violence"),
        ("NO INJ REPORTED / SUBJ STILL THROWING THINGS AT HER", "violence"),
        ("unarmed, but he is hitting the wall and then hit her", "violence"),
        ("NO WEAPONS SEEN SUBJ PUNCHED RP IN THE FACE", "violence"),
        ("no guns. he dragged her by the arm to the car", "violence"),
        ("NO WPNS, SUBJ HAS BLOOD ON HIS HANDS", "injury"),
        ("didnt see any weapons, the two males are fighting in the lot", "violence"),
        ("NO WPNS MENTIONED, SUBJ SHOVED HIS GF TO THE GROUND", "violence"),
        ("no weapons; rp says he choked her last night and is back now", "violence"),
        ("NEG WPNS. NEG INJ. BF STRANGLED HER W/ A CORD EARLIER", "violence;weapon"),
        ("no weapon seen, subj swinging fists at anyone who walks by", "violence"),
    ],
    "police_in_progress": [
        ("SUBJ INSIDE CLOSED BUSINESS, ALARM SOUNDING", "police_only;uncertainty"),
        ("rp watching 2 males load tools from the neighbors garage into a truck right now", "police_only"),
        ("SHOPLIFTER STILL IN STORE, SECURITY WATCHING HIM ON CAMERA", "police_only"),
        ("BURG IN PROG, RP HEARD GLASS BREAK DOWNSTAIRS", "police_only;uncertainty"),
        ("male climbing the fence into the construction yard now", "police_only"),
        ("SUBJ TRYING CAR DOORS IN THE LOT, RP CAN SEE HIM NOW", "police_only"),
        ("unk subj in the backyard of the vacant house, flashlight moving around", "police_only;uncertainty"),
        ("TRESPASSER REFUSING TO LEAVE AFTER BEING TRESPASSED LAST WEEK, STILL ON PROPERTY", "police_only"),
        ("male exposing himself to people at {loc} right now", "police_only"),
        ("2 juvs spray painting the underpass now, RP watching from car", "police_only"),
        ("SUBJ JUST STOLE A BIKE FROM THE RACK AND IS RIDING {dir}", "police_only"),
        ("someone is in my car going through the glove box right now", "police_only"),
        ("THEFT JUST OCCURRED, SUSP LEFT {dir} ON FOOT {min} MIN AGO", "police_only"),
        ("subj cutting the lock off a storage unit, rp is the manager", "police_only"),
        ("RP ADV SOMEONE IS IN HER HOUSE, SHE IS HIDING IN THE BEDROOM CLOSET", "police_only;uncertainty"),
        ("male smashing windows of parked cars on the street, still going", "police_only"),
        ("SUSP STILL ON SCENE, TOOK RP'S PHONE AND WONT GIVE IT BACK", "police_only"),
        ("juvs keying cars in the lot, in progress", "police_only"),
        ("FEMALE PUTTING MERCHANDISE IN HER PURSE, STILL IN AISLE 5", "police_only"),
        ("someone just broke into the shed next door, they are still back there", "police_only"),
        ("SUBJ IN THE ATTIC OF A VACANT UNIT, SQUATTING, RP HEARS MOVEMENT", "police_only;uncertainty"),
        ("male masturbating in his car across from the playground", "police_only"),
        ("GRAFFITI IN PROGRESS ON THE SIDE OF THE SCHOOL", "police_only"),
        ("two subjs siphoning gas from a truck in the lot right now", "police_only"),
        ("subj ripped the donation box open and is taking the money now", "police_only"),
        ("JO: SUBJ GRABBED CASH FROM REGISTER AND RAN {dir}", "police_only"),
        ("RP SEES A MALE CRAWLING OUT OF HER NEIGHBORS WINDOW", "police_only"),
        ("subj walking around inside the closed pool area after hours, in progress", "police_only"),
    ],
    "children_at_risk": [
        ("toddler wandering alone in the street by {loc}, no adult around", "police_only"),
        ("CHILD LEFT IN HOT CAR IN THE WALMART LOT, WINDOWS UP", "police_only;injury"),
        ("kids ages 3 and 5 home alone, mom gone since last night", "police_only"),
        ("MOM PASSED OUT ON THE COUCH, 2 YO CRYING AND CANT WAKE HER", "police_only;injury"),
        ("neighbor says dad is drunk and driving around with the baby unbuckled", "police_only"),
        ("SMALL CHILD ON 2ND FLOOR WINDOW LEDGE, NO ADULT SEEN", "police_only;injury"),
        ("juvenile female says a man she met online is coming to pick her up, she is 13", "police_only"),
        ("baby left alone in a stroller outside the store for 20 min", "police_only"),
        ("RP ADV 8 YO SAYS HIS MOMS BF HITS HIM W/ A CORD", "police_only;violence;weapon"),
        ("child in diaper walking along the frontage road", "police_only"),
        ("teacher reports student has bruises and is afraid to go home", "police_only;violence"),
        ("KIDS LOCKED OUT IN THE COLD, PARENTS NOT ANSWERING DOOR", "police_only"),
        ("man trying to get kids to come to his van at the park", "police_only"),
        ("mom using meth in front of her kids at the motel per RP", "police_only"),
        ("4 YO FOUND WANDERING IN THE APT COMPLEX, NO PARENT LOCATED", "police_only"),
        ("infant alone in the running car, parents inside the bar", "police_only"),
    ],
    "uncertainty": [
        ("RP WHISPERING, ONLY ANSWERING YES/NO QUESTIONS", "uncertainty"),
        ("caller said she cant talk right now and hung up", "uncertainty"),
        ("OPEN LINE, HEARD A FEMALE CRYING AND A MALE YELLING", "uncertainty"),
        ("911 HANG UP, CALL BACK WENT TO VM", "uncertainty"),
        ("UNK TRBL, RP SAID HELP THEN DISCONNECTED", "uncertainty"),
        ("unknown nature emergency, rp very upset, could not get address verified", "uncertainty"),
        ("RP HEARS A DISTURBANCE IN THE UNIT ABOVE, LOUD THUDS AND SCREAMING", "uncertainty"),
        ("neighbor hears yelling and banging from next door, cant see in", "uncertainty"),
        ("therapist calling w/ duty to warn, client made statements about harming his ex", "uncertainty;threat"),
        ("CALL LOST WHILE RP GIVING LOCATION", "uncertainty"),
        ("rp sounds scared and keeps saying she is fine in a strange voice", "uncertainty"),
        ("LINE DISC AFTER RP SCREAMED GET OFF ME", "uncertainty;violence"),
        ("sounds like someone is getting hit next door per RP, heard a woman crying", "uncertainty;violence"),
        ("UNK EMERG, TEXT TO 911: PLEASE SEND SOMEONE", "uncertainty"),
        ("caller on the phone pretending to order a pizza", "uncertainty"),
        ("rp states she hears someone walking around downstairs, lives alone", "uncertainty;police_only"),
        ("DUTY TO WARN: COUNSELOR REPORTS PT SAID HE WILL HURT COWORKERS", "uncertainty;threat"),
        ("ABANDONED 911, NO ANSWER ON CB, BACKGROUND ARGUING", "uncertainty"),
        ("rp heard a loud crash and a scream from the apartment across the hall", "uncertainty"),
        ("unknown problem, male on the line breathing heavy, not answering questions", "uncertainty"),
    ],
    "urgency": [
        ("CODE 3 REQ BY RP, {who} IN DISTRESS AT {loc}", "injury"),
        ("PRIORITY 1: RP ADV SHE NEEDS HELP NOW", "uncertainty"),
        ("URGENT, RP SCREAMING FOR HELP IN THE BACKGROUND", "uncertainty"),
        ("EMERG TRAFFIC, RP STS SOMETHING IS WRONG WITH HER DAD, HURRY", "injury;uncertainty"),
        ("RP HYSTERICAL, SAYS COME QUICK", "uncertainty"),
        ("10-33, OFFICER REQ ASSIST AT {loc}", "police_only"),
        ("C3 RESPONSE, UNK IF SUBJ IS BREATHING", "injury;uncertainty"),
        ("RP SAYS HE IS HAVING A HEART ATTACK, HURRY", "injury"),
    ],
    "threat": [
        ("{rel} said he is going to come back and shoot up the house", "threat;weapon"),
        ("SUBJ TOLD RP HE WOULD SLIT HER THROAT", "threat"),
        ("ex texted that she will burn the place down tonight", "threat"),
        ("MALE STANDING IN THE DOORWAY SAYING HE WILL KILL EVERYONE INSIDE", "threat"),
        ("neighbor yelling he is going to beat rp with a bat", "threat;weapon"),
        ("SUBJ THRTNG TO STAB STAFF IF THEY CALL POLICE", "threat"),
        ("customer said he would come back with his boys and handle it", "threat"),
        ("RP STS {rel} SAID SHE WILL MAKE HIM DISAPPEAR", "threat"),
        ("male posted on facebook that he will kill his kids mother", "threat"),
        ("subj tried to run rp over in the parking lot", "violence;police_only"),
    ],
    "suicide": [
        ("SUBJ SITTING ON THE RAILING OF THE BRIDGE", "suicide"),
        ("she took a bottle of tylenol about an hour ago", "suicide;injury"),
        ("{rel} cut his wrists in the bathroom, bleeding", "suicide;injury"),
        ("SI W/ PLAN TO HANG HIMSELF IN THE GARAGE, HAS ROPE", "suicide"),
        ("male standing on the edge of the parking garage roof", "suicide"),
        ("texted goodbye to family and has his dads gun", "suicide;weapon"),
        ("FEMALE OD'D ON PURPOSE PER ROOMMATE", "suicide;injury"),
        ("subj walking on the train tracks saying he wants to die", "suicide;police_only"),
    ],
}

# Eligible look-alikes. Each is a whole clause a reviewer would call eligible.
OK = {
    "welfare": [
        "family requests welfare check on {age} y/o dad, not answering phone since yesterday, no medical concerns",
        "CHECK WELFARE ON FEMALE SITTING ON BENCH AT {loc} FOR HOURS, APPEARS OK, NO DISTRESS",
        "rp worried about neighbor who seems confused about the date, no injuries, just wants someone to check",
        "WELFARE CHK: ELDERLY MALE WALKING SLOWLY IN THE COLD W/O COAT, ALERT AND TALKING",
        "daughter in another state asks for check on mom, mom has been forgetful lately",
        "UNHOUSED MALE SLEEPING IN THE DOORWAY OF {loc}, BREATHING NORMALLY, RP JUST WANTS HIM MOVED ALONG",
        "rp states man sitting in the rain talking to himself, not bothering anyone",
        "CHK WELF ON TENANT, LANDLORD HASNT SEEN HER IN A WEEK, CAR IS HERE, MAIL PICKED UP",
        "subj wandering the lot asking for a ride to the shelter, calm",
        "intox male sleeping on the bench at {loc}, snoring, rp just wants him checked on",
        "FEMALE CRYING ON THE CURB, SAYS SHE IS OK, JUST HAD A BAD DAY",
        "rp asks for check on a friend who sounded depressed on the phone, no threats of self harm, no plan",
        "SUBJ APPEARS DISORIENTED, KNOWS HIS NAME, NO INJ, NEEDS HELP GETTING HOME",
        "elderly female locked out of her apt, wants help contacting her son",
        "WELFARE: JUV SITTING ALONE AT BUS STOP AFTER DARK, SAYS HER MOM IS ON THE WAY",
        "rp concerned about a man living in his car behind the church, no issues, wants resources",
    ],
    "noise": [
        "LOUD MUSIC FROM THE UNIT ABOVE, ONGOING SINCE 10PM",
        "neighbors having a party with a dj in the backyard, bass shaking the windows",
        "DOG BARKING NONSTOP NEXT DOOR FOR 3 HOURS",
        "rp states group of teens being loud in the park after hours, no problems other than noise",
        "CAR ALARM GOING OFF REPEATEDLY IN THE LOT",
        "loud generator running all night at the food truck",
        "NEIGHBOR REVVING MOTORCYCLE AT 2AM AGAIN",
        "construction crew working past permitted hours, jackhammer",
        "RP STS KARAOKE NEXT DOOR, VERY LOUD, WANTS IT TURNED DOWN",
        "people shooting off fireworks in the cul de sac",
        "LOUD TV THROUGH THE WALL, RP KNOCKED AND NO ANSWER",
        "party bus idling and playing music outside {loc}",
    ],
    "verbal": [
        "VERBAL ONLY BETWEEN {rel} AND RP OVER RENT, NO PHYSICAL",
        "two neighbors arguing over a parking space, just words",
        "RP AND {rel} ARGUING ABOUT CHORES, NO ONE HURT, RP WANTS A MEDIATOR",
        "customer yelling at staff about a refund, not threatening, just loud",
        "VERBAL DISP OVER CUSTODY EXCHANGE TIME, BOTH PARENTS CALM NOW",
        "rp and roommate had words about the dishes, roommate left for the night",
        "MOTHER AND TEEN DAUGHTER ARGUING ABOUT CURFEW, NOTHING PHYSICAL",
        "two drivers exchanging words over a fender tap, no damage, no injuries",
        "tenant and landlord arguing about the deposit, landlord wont give keys back",
        "RP STATES {rel} CALLING HER NAMES, NO THREATS, NO PHYSICAL CONTACT",
        "couple arguing loudly in the hallway, rp can see them, just yelling, no hitting",
        "SIBLINGS ARGUING OVER THE XBOX, MOM WANTS SOMEONE TO TALK TO THEM",
    ],
    "found_property": [
        "rp found a wallet at {loc}, wants to turn it in",
        "FOUND BIKE LEANING ON RP FENCE SINCE MONDAY, NOT HERS",
        "found property: backpack left on the light rail platform, rp looked inside, school books",
        "RP FOUND A SET OF KEYS IN THE PARKING LOT",
        "found a cell phone on the bus bench, wants to return it to owner",
        "ABANDONED SHOPPING CART FULL OF CLOTHES IN RP YARD",
        "rp found a lost dog with a tag, wants help finding owner",
        "found a purse in the park, id inside, nothing missing apparently",
    ],
    "past_theft": [
        "rp states her bike was stolen from the porch sometime overnight, wants a report for insurance",
        "CATALYTIC CONVERTER STOLEN OFF RP VEH SOMETIME LAST WEEK, NO SUSP INFO",
        "package taken from the front step yesterday afternoon, rp has ring video, wants a case number",
        "RP REPORTING HIS WALLET WAS STOLEN AT THE GYM 2 DAYS AGO",
        "someone keyed rp's car while it was parked at work yesterday, wants it documented",
        "RP STS TOOLS MISSING FROM UNLOCKED GARAGE, NOTICED THIS MORNING, LAST SAW THEM FRIDAY",
        "credit card used without permission last month, bank told her to file a report",
        "graffiti on the back fence, happened over the weekend, wants it on record",
        "MAIL THEFT REPORT, CHECKS TAKEN FROM MAILBOX EARLIER THIS WEEK",
        "rp came home from vacation and noticed her lawn ornaments were stolen, happened sometime last week",
        "PHONE STOLEN FROM TABLE AT THE RESTAURANT LAST NIGHT, RP NOW AT HOME",
        "license plate stolen off the car sometime in the past few days",
    ],
    "no_weapons_dispute": [
        "ex bf at door wanting his stuff back, no weapons seen, no threats",
        "RP STS MALE IN LOBBY REFUSING TO LEAVE, NOT ARMED, CALM",
        "neighbor upset about tree branches, no weapons, no threats made",
        "SUBJ PANHANDLING AT THE EXIT OF {loc}, NO WPNS, NOT AGGRESSIVE",
        "rp states her son is refusing to go to school, no violence, wants help from a counselor",
        "MALE TALKING TO HIMSELF AT THE BUS STOP, NO WPNS SEEN, NO THREATS",
        "juvs hanging around the store entrance, not causing damage, just loitering",
        "subj asking customers for change, no weapons, leaves when asked",
        "RP STATES ADULT SON IS HAVING A MENTAL HEALTH CRISIS, NO WEAPONS IN HOME, NOT VIOLENT, NO SI",
        "female yelling at passing cars, no weapons, not in the roadway",
        "brother wont move out, no threats, no weapons, they just dont get along",
        "SUSP VEH PARKED ON THE BLOCK FOR 2 DAYS, NOBODY INSIDE",
    ],
    "civil_other": [
        "rp wants advice on a custody order, ex is 20 min late for the exchange",
        "LANDLORD CHANGED THE LOCKS, TENANT WANTS TO KNOW HER RIGHTS",
        "rp wants to speak to an officer about a scam call he got, did not give any money",
        "CITIZEN STANDBY REQ WHILE RP PICKS UP HER BELONGINGS FROM EX'S APT",
        "juvenile refusing to come inside, mom wants help talking to him",
        "rp says his neighbor's cat keeps coming into his yard",
        "stray dog in the school yard, not aggressive",
        "RP STATES SHE LOCKED HER KEYS IN HER CAR AT {loc}",
        "elderly male asking for directions to the senior center, confused about the bus routes",
        "rp says people are leaving trash in the alley behind her house",
        "request for information about a tow, car was legally towed yesterday, rp wants to know where",
        "juv runaway returned home on her own, mom wants it cleared",
    ],
}

# Filler tails that carry no red flag (used for variety and as the part that a width cut removes).
TAILS_OK = ["rp will meet officers out front", "callback number verified", "rp does not want contact",
            "RP WILL BE IN A SILVER HONDA", "gate code 4412", "caller is the manager", "lives in unit 3B",
            "RP REQ CALL BACK", "ADV RP TO CALL BACK IF ANYTHING CHANGES", "rp states this happens every weekend",
            "spanish speaking rp, used language line", "RP IS ACROSS THE STREET", "no further info",
            "rp will leave porch light on", "refer to prior call for address", "RP IS THE NEIGHBOR IN 2A"]

PREFIX_CAD = ["RP STS ", "CLR STS ", "RP ADV ", "CALLER STATES ", "", "", "RP REPORTS ", "C/ STS "]
PREFIX_LOWER = ["rp states ", "caller says ", "rp adv ", "", "", "caller reports ", "c/s "]


def style(text, which):
    if which == "upper":
        return text.upper()
    if which == "lower":
        return text.lower()
    return text[:1].upper() + text[1:]


def join(parts, which):
    sep = {"upper": rng.choice([" / ", " // ", ". ", "; "]), "lower": rng.choice([", ", ". ", " / "]),
           "sentence": ". "}[which]
    return sep.join(parts)


def pool(items, split):
    """Fragments for a split: every fourth (3 mod 4) item is held out."""
    return [item for i, item in enumerate(items) if (i % 4 == 3) == (split == "heldout")]


def prefix(which, fragment=""):
    """A reporting-party opener, unless the fragment already names who is speaking."""
    if re.match(r"(?i)(rp|caller|clr|c/|neighbor|teacher|therapist|mom|family|daughter)\b", fragment):
        return ""
    return style(rng.choice(PREFIX_CAD if which == "upper" else PREFIX_LOWER), which)


def truncate_in_tail(text, keep):
    """Cuts `text` at a fixed width somewhere after `keep` characters, often mid-word."""
    if len(text) <= keep + 6:
        return text
    width = rng.randint(keep + 4, len(text) - 1)
    return text[:width].rstrip()


rows = []


def add(split, call_type, narrative, flags, reason, label=None):
    label = label or ("red_flag" if flags else "eligible")
    rows.append({"call_type": call_type, "narrative": narrative, "label": label,
                 "flags": ";".join(sorted(set(f for f in flags if f))), "reason": reason, "split": split})


def make_red(split, pattern, count):
    items = pool(RED[pattern], split)
    for _ in range(count):
        text, flags = rng.choice(items)
        which = rng.choice(["upper", "upper", "lower", "sentence"])
        body = prefix(which, text) + fill(text)
        parts = [body]
        if rng.random() < 0.35:  # an eligible-sounding context clause before the flag
            parts.insert(0, fill(rng.choice(pool(OK[rng.choice(["welfare", "noise", "civil_other"])], split))))
        if rng.random() < 0.5:
            parts.append(rng.choice(TAILS_OK))
        parts = [style(p, which) for p in parts]
        narrative = join(parts, which)
        flag_end = narrative.find(style(body, which)) + len(body)
        if rng.random() < 0.2:
            narrative = truncate_in_tail(narrative, flag_end)
        add(split, rng.choice(CALL_TYPES_RED), narrative, flags.split(";"), pattern.replace("_", " "))


def make_ok(split, kind, count):
    items = pool(OK[kind], split)
    for _ in range(count):
        which = rng.choice(["upper", "upper", "lower", "sentence"])
        text = rng.choice(items)
        parts = [prefix(which, text) + fill(text)]
        if rng.random() < 0.5:
            parts.append(rng.choice(TAILS_OK))
        narrative = join([style(p, which) for p in parts], which)
        if rng.random() < 0.2:  # the cut never removes the clause that makes the call eligible
            narrative = truncate_in_tail(narrative, len(parts[0]))
        add(split, rng.choice(CALL_TYPES_OK), narrative, [], "eligible look-alike: " + kind.replace("_", " "))


# Truncation: the red-flag word itself is cut at the end, at least 4 letters kept.
TRUNCATED = [
    ("RP STS {rel} IS BLEEDING", "BLEEDING", "injury"), ("subj is unconscious", "unconscious", "injury"),
    ("MALE W/ A KNIFE", "KNIFE", "weapon"), ("he is threatening", "threatening", "threat"),
    ("SUBJ PUNCHED", "PUNCHED", "violence"), ("2 males fighting", "fighting", "violence"),
    ("RP ADV SUBJ HAS A MACHETE", "MACHETE", "weapon"), ("female unresponsive", "unresponsive", "injury"),
    ("SUBJ STRANGLED", "STRANGLED", "violence"), ("possible overdose", "overdose", "injury"),
    ("MALE BRANDISHING", "BRANDISHING", "weapon"), ("subj assaulted", "assaulted", "violence"),
    ("RP STS {rel} CHOKING", "CHOKING", "violence"), ("SUBJ HAS A HANDGUN", "HANDGUN", "weapon"),
    ("kid was stabbed", "stabbed", "weapon;violence"), ("SUBJ SEIZING", "SEIZING", "injury"),
    ("RP HEARD GUNSHOTS", "GUNSHOTS", "weapon"), ("she is not breathing", "breathing", "injury"),
    ("SUBJ STOLE A PURSE, STILL IN STORE, WEARING A JACKET AND", "", ""),  # placeholder skipped below
    ("male slumped", "slumped", "injury"), ("SUBJ HIT HER W/ A HAMMER", "HAMMER", "weapon;violence"),
    ("DV IN PROGRESS, HUSBAND BEATING", "BEATING", "violence"), ("SUBJ KICKED", "KICKED", "violence"),
    ("caller whispering", "whispering", "uncertainty"), ("RP STS SUBJ IS SUICIDAL AND HAS A PISTOL", "PISTOL", "weapon;suicide"),
]


def make_truncated(split, count):
    items = pool([t for t in TRUNCATED if t[1]], split)
    for _ in range(count):
        text, word, flags = rng.choice(items)
        which = "lower" if text[:1].islower() else "upper"
        context = style(rng.choice(["", "", fill(rng.choice(pool(OK["civil_other"], split))) + " / "]), which)
        full = context + prefix(which, text) + fill(text)
        keep = rng.randint(4, len(word) - 1)
        cut = full[: len(full) - len(word) + keep]
        add(split, rng.choice(CALL_TYPES_RED), cut, flags.split(";"), "red-flag word cut by the field width")


# Unreadable narratives: the screener cannot rule anything out, so they go to review.
UNREADABLE = ["", " ", ".", "SEE CAD", "N/A", "xx", "ASDKJH QWPOEI ZXMCNB", "###", "1234 5678", "?? ?? ??",
              "RPT", "NA", "SEE PRIOR", "DUP", "\u00e2\u20ac\u2122\u00e2\u20ac\u0153 \u00c3\u00a9\u00c3\u00a8", "test",
              "QQQQ WWWW", "LKJHGF", "...", "-", "INFO", "see notes"]


def make_unreadable(split, count):
    items = pool(UNREADABLE, split)
    for _ in range(count):
        add(split, rng.choice(CALL_TYPES_OK), rng.choice(items), ["uncertainty"],
            "unreadable narrative: nothing can be ruled out", label="review")


PLAN = {"medical_shorthand": 150, "violence_act": 110, "improvised_weapon": 80, "negation_then_act": 70,
        "police_in_progress": 110, "children_at_risk": 60, "uncertainty": 80, "urgency": 30, "threat": 40,
        "suicide": 30}
PLAN_OK = {"welfare": 120, "noise": 90, "verbal": 100, "found_property": 60, "past_theft": 100,
           "no_weapons_dispute": 110, "civil_other": 80}

for split, share in (("dev", 0.72), ("heldout", 0.28)):
    for pattern, n in PLAN.items():
        make_red(split, pattern, round(n * share))
    for kind, n in PLAN_OK.items():
        make_ok(split, kind, round(n * share))
    make_truncated(split, round(60 * share))
    make_unreadable(split, round(24 * share))

# Unique narratives only: a repeated row would count twice.
seen = set()
unique = []
for row in rows:
    if row["narrative"] in seen:
        continue
    seen.add(row["narrative"])
    unique.append(row)
rng.shuffle(unique)

out = Path(__file__).with_name("corpus-dispatch.csv")
with out.open("w", newline="") as f:
    writer = csv.DictWriter(f, fieldnames=["id", "call_type", "narrative", "label", "flags", "reason", "split"],
                            lineterminator="\n")
    writer.writeheader()
    for i, row in enumerate(unique, 1):
        writer.writerow({"id": f"D{i:04d}", **row})
print(f"wrote {len(unique)} rows to {out}", file=sys.stderr)
