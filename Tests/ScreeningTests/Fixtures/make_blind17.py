#!/usr/bin/env python3
"""make_blind17.py - deterministic generator of the blind17 held-out screening set.

Usage: python3 make_blind17.py [OUTDIR] [--markup]
Writes OUTDIR/blind17.csv (default ./). With --markup also writes OUTDIR/blind17_markup.tsv
(id, agency, W, cut, template class, full marked-up narrative) for the independent checker.
Python 3 standard library only. Seed: random.Random(20270415). No set is ever iterated.
"""
import csv
import os
import random
import re
import sys

SEED = 20270415
N_ROWS = 1000
N_RED_INTENDED = 420
N_CUT = 200
KINDS = ['weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty']
CUT_CATS = ['after', 'before', 'decoy', 'inkey', 'resolution', 'keytail']

# ---------------------------------------------------------------- call-type vocabularies
# columns: apco | penal | uk | ten | plain | sa | in
CTYPE_TABLE = """
WEAPON|WEAPON|417|FIREARMS/WEAPONS|10-32 MAN W/WEAPON|Person with weapon|Armed person|Weapon shown
SHOTS|SHOTS|246|SHOTS HEARD|10-71 SHOTS|Shots fired|Shooting|Firing heard
FIGHT|FIGHT|415F|AFFRAY|10-10 FIGHT|Fight|Fighting|Fight
DV|DVA|273.5|DOMESTIC|10-16 DOMESTIC|Domestic|Domestic violence|Domestic violence
ASSAULT|ASSAULT|242|ASSAULT|10-15 ASSAULT|Assault|Assault GBH|Assault
THREAT|THREATS|422|THREATS|10-31 THREATS|Threats|Intimidation|Threatening
MED|MEDICAL|11-41|AMBULANCE REQ|10-52 MEDICAL|Medical emergency|Medical|Medical help
OD|OD|11-41 OD|OVERDOSE|10-52 OD|Overdose|Overdose|Poisoning
SUICIDE|SUICIDE|5150 SUIC|CONCERN - SUICIDAL|10-56 SUICIDE|Suicidal person|Attempted suicide|Suicide attempt
BURG|BURG|459|BURGLARY|10-62 BURGLARY|Burglary|Housebreaking|House break-in
ROBBERY|ROBBERY|211|ROBBERY|10-65 ROBBERY|Robbery|Robbery|Snatching
PROWLER|PROWLER|647H|PROWLER|10-66 PROWLER|Prowler|Suspicious person on premises|Suspicious movement
THEFT|THEFT|484|THEFT|10-67 THEFT|Theft|Theft|Theft
VEHTHEFT|VEHTHEFT|10851|TWOC|10-60 VEH THEFT|Vehicle theft|Vehicle theft|Vehicle theft
CHILD|CHILDAB|278|CONCERN FOR CHILD|10-57 MISSING CHILD|Child in danger|Child in danger|Child missing
DUI|DUI|23152|DRINK DRIVER|10-55 DUI|Impaired driver|Drunk driving|Drunken driving
HITRUN|HITRUN|20002|RTC FAIL TO STOP|10-57 HIT AND RUN|Hit and run|Hit and run|Hit and run
EXPOSURE|INDEXP|314|INDECENT EXPOSURE|10-?? INDECENT EXP|Indecent exposure|Indecent exposure|Obscene act
HANGUP|HANGUP|911 HANGUP|ABANDONED CALL|911 HANG UP|911 hang up|Dropped call|Blank call
OPENLINE|OPENLINE|911 OPEN LINE|SILENT CALL|OPEN LINE|Open line|Silent call|Silent call
UNKNOWN|TROUBLE|UNK TRBL|CONCERN FOR SAFETY|UNK PROBLEM|Unknown trouble|Unknown complaint|Unknown emergency
WELFARE|WELFARE|WELF CHK|CONCERN FOR WELFARE|WELFARE CHK|Welfare check|Welfare check|Wellbeing check
SUSP|SUSP|SUSP CIRC|SUSPICIOUS CIRCS|10-66 SUSP|Suspicious activity|Suspicious person|Suspicious person
DIST|DISORD|415|ASB|DISTURBANCE|Disturbance|Disturbance|Nuisance
NOISE|NOISE|415N|ASB NOISE|NOISE COMPL|Noise complaint|Noise complaint|Loudspeaker noise
DISPUTE|CDX|415 VERBAL|DISPUTE|VERBAL DISPUTE|Verbal dispute|Argument|Quarrel
CIVIL|CIVIL|CIVIL|CIVIL DISPUTE|CIVIL|Civil matter|Civil matter|Civil dispute
CUST|CUST|CUSTODY|CHILD CONTACT DISPUTE|CUSTODY|Child custody|Custody matter|Custody dispute
MH|MNTL|5150 EVAL|MENTAL HEALTH|MENTAL SUBJ|Mental health|Mental health|Mentally disturbed person
INTOX|INTOX|647F|DRUNK|INTOX SUBJ|Intoxicated person|Drunk person|Drunk person
VAG|VAG|647E|ROUGH SLEEPER|TRANSIENT|Unhoused person|Vagrant|Destitute person
TRESPASS|TRESPASS|602|TRESPASS|TRESPASS|Trespass|Trespass|Trespass
JUV|JUV|601|YOUTHS CAUSING ANNOYANCE|JUV PROBLEM|Juvenile problem|Youths loitering|Juveniles gathering
TRUANT|TRUANT|TRUANT|TRUANCY|TRUANT|Truancy|Truant|Truant children
FOUND|FOUNDPROP|FOUND PROP|FOUND PROPERTY|FOUND PROP|Found property|Found property|Found article
ANIMAL|ANIMAL|ANIMAL|ANIMALS|10-91 ANIMAL|Animal problem|Animal complaint|Stray animal
HARASS|HARR|653M|HARASSMENT|HARASSMENT|Harassment|Harassment|Harassment
ASSIST|CITASST|PUB ASSIST|ASSISTANCE|ASSIST|Public assist|Assistance|Help required
INFO|INFO|INFO|INFORMATION|INFO|Information|Enquiry|Information
MISSING|PERMISS|MISSING|MISPER|MISSING PERS|Missing person|Missing person|Missing person
"""
STYLES = ['apco', 'penal', 'uk', 'ten', 'plain', 'sa', 'in']
CTYPES = {}
for _line in CTYPE_TABLE.strip().split('\n'):
    _p = _line.split('|')
    CTYPES[_p[0]] = dict(zip(STYLES, _p[1:]))
CTYPES['EXPOSURE']['ten'] = 'INDECENT EXP'

MILD_FOR_RED = ['WELFARE', 'SUSP', 'HANGUP', 'DIST']
ALARMING_FOR_GROUP = {
    'noise': ['SHOTS', 'UNKNOWN'], 'verbal_dispute': ['DV', 'FIGHT'], 'welfare_check': ['MED', 'UNKNOWN'],
    'past_theft': ['BURG', 'ROBBERY'], 'found_property': ['WEAPON'], 'passive_si': ['SUICIDE'],
    'refusing_to_leave': ['THREAT', 'TRESPASS'], 'intoxicated_ok': ['OD', 'MED'], 'unhoused_sleeping': ['MED'],
    'resolved_alarm': ['SHOTS', 'WEAPON'], 'history_only': ['DV', 'WEAPON'], 'negated_danger': ['FIGHT', 'WEAPON'],
    'toy_prop': ['WEAPON', 'SHOTS'], 'idiom': ['THREAT', 'SHOTS'], 'tool_use': ['WEAPON'],
    'stored_firearm': ['WEAPON'], 'mh_request': ['SUICIDE', 'UNKNOWN'], 'juveniles': ['FIGHT'],
    'civil_matter': ['THREAT', 'DV'], 'benign_suspicious': ['PROWLER', 'BURG'], 'animal': ['UNKNOWN'],
    'harassment_no_threat': ['THREAT'], 'nonurgent_assist': ['UNKNOWN', 'MED'], 'missing_found_safe': ['CHILD'],
}

# ---------------------------------------------------------------- agencies
# name, width, casing, sentence separator, reporter words, subject words, ctype style, ctype prefix,
# header fragments, trailer fragments (status noise, drawn independently of the label)
AGENCIES = [
    dict(name='RVB', desc='Riverbend County ECC (US county, APCO codes)', W=100, case='upper', sep=' / ',
         rp=['RP', 'CALLER', 'RP'], subj=['SUBJ', 'PARTY'], style='apco', ctcase='upper', pre='',
         heads=['P%P', 'UNIT %U ASSGN', '%T HRS', 'E%U ENRT', 'CAD %U-%T', 'BEAT %P'],
         tails=['CASE NBR TO FOLLOW', 'DISP PENDING', 'CALLBACK ON FILE', 'BEAT %P', '%T']),
    dict(name='BHP', desc='Bay Harbor PD (California, penal-code nouns)', W=128, case='lower', sep=' ** ',
         rp=['rp', 'comp'], subj=['subj', 's1'], style='penal', ctcase='upper', pre='',
         heads=['unit %Ua%P', 'ent %T', 'rd %U', 'pri %P', 'xref %U%T'],
         tails=['no further', 'rd %U', 'tow not req', 'lang eng', 'cb avail']),
    dict(name='NMC', desc='Northmoor Constabulary (UK force control room)', W=144, case='asis', sep='. ',
         rp=['informant', 'caller', 'inf'], subj=['male', 'person', 'the male'], style='uk', ctcase='upper',
         pre='', heads=['Log %U of today', 'Grade %P', 'OIC PC %U', 'Logged %T', 'Beat %U'],
         tails=['Log updated', 'CAD ref to follow', 'PC %U allocated', 'STORM ref %U', 'Inf happy to be seen']),
    dict(name='CCP', desc='Coral Coast Police Comms (Australian state police)', W=120, case='upper',
         sep=' - ', rp=['CALLER', 'INFORMANT', 'INF'], subj=['POI', 'PERSON'], style='uk', ctcase='upper',
         pre='', heads=['JOB %U%T', 'CAR %U TASKED', '%T', 'CODE %P', 'DIV %P'],
         tails=['NFI', 'REF QP%U%T', 'CAR %U ACK', 'CALLER NOT WANTING CONTACT', 'NIL FURTHER']),
    dict(name='MTP', desc='Metro Transit Police (Canadian transit)', W=80, case='upper', sep=' // ',
         rp=['COMP', 'OPR', 'COMPL'], subj=['SUBJ', 'PAX'], style='plain', ctcase='upper', pre='',
         heads=['TRN %U', 'STN %U', 'OPS %T', 'BUS %U'],
         tails=['CCTV REQ', 'SUPV NOTIFIED', 'OPS ADV', '%T']),
    dict(name='GMC', desc='Gauteng-style metro 10111 centre (South Africa)', W=96, case='asis', sep='; ',
         rp=['complainant', 'caller'], subj=['person', 'individual'], style='sa', ctcase='asis', pre='',
         heads=['OB %U/%T', 'Sector %P', 'vehicle %U', 'Stn ref %U'],
         tails=['SAP13 pending', 'vehicle dispatched', 'CAS no to follow', 'sector %P notified']),
    dict(name='ERS', desc='Dial 112 ERSS city control room (India)', W=160, case='mixed', sep=', ',
         rp=['caller', 'informer', 'caller'], subj=['person', 'one man'], style='in', ctcase='asis', pre='',
         heads=['ERV %U', 'PCR %U', 'Event %U%T', 'Zone %P'],
         tails=['PS informed', 'beat staff informed', 'forwarded to PS', 'ERV %U mapped']),
    dict(name='SPT', desc='State Police Troop C / park rangers (10-codes)', W=64, case='upper', sep=' ',
         rp=['RP', 'CMPLT'], subj=['SUBJ', 'S1'], style='ten', ctcase='upper', pre='',
         heads=['TRP %U', '%T', 'Z%P', 'RGR %U'],
         tails=['10-8', 'ETA %P', 'Z%P']),
    dict(name='UPD', desc='University police (plain text, lower case)', W=110, case='lower', sep=' | ',
         rp=['rp', 'reportee'], subj=['subj', 'indiv'], style='plain', ctcase='lower', pre='',
         heads=['cpd %U', '%T', 'ofc %U assigned', 'lot %P'],
         tails=['clery review', 'cleared to disp', 'ofc %U', 'ref %U']),
    dict(name='SBH', desc='St Brendan Hospital security desk', W=72, case='mixed', sep=' :: ',
         rp=['RP', 'STAFF'], subj=['PT', 'VISITOR'], style='apco', ctcase='upper', pre='SEC-',
         heads=['SEC %U', 'LVL %P', '%T', 'BAY %P'],
         tails=['SUP NOTIFIED', 'LOG', 'SEC %U ENRT']),
]

TYPOS = {
    'unconscious': 'unconcious', 'unresponsive': 'unresponsve', 'breathing': 'breathng', 'seizure': 'siezure',
    'bleeding': 'bleeing', 'weapon': 'weapn', 'knife': 'knfie', 'pistol': 'pistl', 'threatening': 'threatning',
    'threatened': 'threatend', 'suicidal': 'suicidle', 'domestic': 'domestc', 'neighbor': 'nieghbor',
    'neighbour': 'nieghbour', 'apartment': 'apartmnet', 'vehicle': 'vehicel', 'believe': 'beleive',
    'screaming': 'screming', 'hitting': 'hiting', 'choking': 'chocking', 'kicking': 'kickng',
    'machete': 'machette', 'overdosed': 'overdossed', 'parking': 'parkng', 'stealing': 'stealling',
    'breaking': 'braking', 'window': 'windo', 'kitchen': 'kitchn', 'bathroom': 'bathrom',
    'collapsed': 'colapsed', 'daughter': 'daugher', 'husband': 'husbnad', 'missing': 'mising',
    'driver': 'drvier', 'yelling': 'yeling', 'arguing': 'argueing', 'stabbing': 'stabing',
    'pointed': 'pionted', 'shotgun': 'shotgn', 'rifle': 'rilfe', 'hanging': 'hangin', 'fighting': 'fihgting',
    'punching': 'punchng', 'drunk': 'drunnk', 'someone': 'somone', 'because': 'becuase', 'people': 'poeple',
    'friend': 'freind', 'around': 'aroudn', 'outside': 'outsdie', 'minutes': 'mintues', 'across': 'accross',
    'until': 'untill', 'brother': 'brotehr', 'states': 'staets', 'building': 'buidling', 'blood': 'bloood',
    'gunshot': 'gunshto', 'firearm': 'firarm', 'revolver': 'revolvr', 'pills': 'pils', 'passed': 'pased',
}

TOKEN_RE = re.compile(r'\[\[([a-z_]+):(.+?)\]\]|<<([a-z_]+):(.+?)>>|\(\((.+?)\)\)|\{(.+?)\}')

# ---------------------------------------------------------------- hand-written templates
# class|call-type key|template.  [[kind:key]]  <<kind:alarm>> ((resolution))  {decoy}  @R reporter  @S subject
TEMPLATES = r'''
red:weapon|WEAPON|@R adv male in parking lot of feed store waving [[weapon:machete]] at passing trucks. wht tank top, jeans
red:weapon|WEAPON|@S at the bus shelter has a [[weapon:knife out]] and is jabbing it at people waiting. @R across st
red:weapon|SHOTS|@R on tribal rd 12 hears [[weapon:shots fired]] from the trailer next door, multiple rounds. lights off now
red:weapon|WEAPON|ferry terminal staff adv a pax in vehicle lane 3 has a [[weapon:pistol in his waistband]] arguing with deckhand
red:weapon|WEAPON|@R works the counter at gas stn, @S came in asking for cigs then pulled a [[weapon:box cutter]] on the clerk. still inside
red:weapon|WEAPON|2 males fighting in ski lodge lot, one now holding a [[weapon:tire iron]] over the other. @R in lodge
red:weapon|WEAPON|@S in the dairy barn with a [[weapon:pitchfork]] chasing the farm hand around the pens. owner calling from house
red:weapon|WEAPON|@R states roommate locked self in bathroom, came out and [[weapon:pointed a shotgun]] at him, then went back in. 2 kids in home
red:weapon|SHOTS|marina @R says somebody on a houseboat is [[weapon:shooting a rifle]] toward the breakwall, hrd 4-5 cracks
red:weapon|WEAPON|@R is a bouncer at the festival beer tent, male just got tossed and came back with a [[weapon:broken bottle]] swinging it at the gate
red:weapon|WEAPON|caller reports vehicle followed her off the interstate, driver [[weapon:showed a gun]] at the light at exit 41. blk pickup
red:weapon|WEAPON|@S outside warehouse dock 7 with a [[weapon:crowbar]] smashing at the forklift cab while driver is still in it
red:weapon|WEAPON|at the campground loop C a drunk male is [[weapon:waving a hatchet]] near the fire ring. families around
red:weapon|WEAPON|@R says her bf has the [[weapon:gun to his own head]] no wait to her brother, they are in the kitchen. screaming in bkgrnd
red:weapon|WEAPON|ISO male on light rail platform, @R sts he has a [[weapon:blade]] in hand and is walking car to car
red:weapon|WEAPON|@R reports neighbor standing in the yard with an [[weapon:AR]] pointed at cars going by. no shots yet
red:weapon|WEAPON|school resource ofc adv student in the east wing bathroom has a [[weapon:firearm]] in backpack, other students saw it
red:weapon|WEAPON|groundskeeper at wind farm site reports trespasser at turbine 14 who [[weapon:pulled a knife]] when told to leave
red:weapon|WEAPON|mall sec: @S in food court [[weapon:brandishing a screwdriver]] at the teenagers, they scattered
red:weapon|WEAPON|@R says ex is outside kicking door, has a [[weapon:bat]]. {no guns in the house}
red:weapon|WEAPON|1st @R said just yelling, 2nd @R says male now has a [[weapon:kitchen knife]] and is chasing female down the hall. apt 4C
red:weapon|WEAPON|@S at the ER waiting rm pulled a [[weapon:scalpel]] out of his jacket, security at triage desk
red:weapon|WEAPON|slang: @R sts dude got a [[weapon:strap]] on him and is flashing it at the corner store
red:weapon|WEAPON|@R says guy on the mine access road stopped his truck and [[weapon:fired a round]] into the air, then drove toward the gate
red:weapon|WEAPON|{past hx of weapons at this address}. tonight @R sts son has a [[weapon:hunting knife]] and is cutting up the couch, wont drop it
red:weapon|SHOTS|airport curbside, skycap reports [[weapon:gunshot]] hrd from the short term garage level 2
red:weapon|WEAPON|@R at stadium gate D says fan pulled a [[weapon:taser]] on the ticket scanner and is still in the concourse
red:weapon|WEAPON|ranch hand reports neighbor drove onto the property with a [[weapon:deer rifle]] yelling about the fence line. @R hiding in tack room
red:weapon|WEAPON|@S swinging a [[weapon:chain]] at the bus driver on route 9 at 5th and Main, bus stopped
red:weapon|WEAPON|@R says female at the laundromat has [[weapon:scissors]] and is stabbing at the dryer door with another woman next to it yelling
red:weapon|WEAPON|@R adv 2 veh stopped at the rail crossing, one driver out with a [[weapon:golf club]] smashing the other windshield w/ occupant inside
red:weapon|WEAPON|{no weapon seen on the first pass}, @R now sees [[weapon:the handle of a gun]] sticking out of subj pocket, subj pacing the lobby
red:weapon|WEAPON|fishing dock, @R says a man is threatening the charter captain with a [[weapon:gaff hook]]
red:weapon|WEAPON|@S at the ski rental shop waving a [[weapon:ice axe]] at staff over a refund, @R in the back office
red:weapon|SHOTS|@R hears [[weapon:gunfire]] in the woods behind the school during recess, kids coming inside
red:weapon|WEAPON|tenant called, says landlord at the door with a [[weapon:nail gun]] pointing it at him. landlord was fixing the porch earlier
red:weapon|WEAPON|@R adv a male in a blue hoodie at the transit center [[weapon:holding a sharpened stick]] lunging at people
red:weapon|WEAPON|@S in the hospital parking structure with a [[weapon:knif]] cutting at car tires with owner standing there
red:weapon|WEAPON|@R states uncle got drunk at the family bbq, long story about the brisket and the in laws, then he went to the truck and got his [[weapon:revolver]]
red:weapon|WEAPON|@R working the grain elevator says co-worker came back after being fired, has a [[weapon:gun]] in his hand in the scale house
red:weapon|WEAPON|security at the casino says a patron [[weapon:pulled a pocket knife]] at the cage window, still at window
red:weapon|WEAPON|caller whispering, male at the front door w/ [[weapon:a long gun]]. she is in the closet
red:weapon|WEAPON|party at the frat house, @R says someone has a [[weapon:glock]] out on the porch showing it to people and pointing it
red:weapon|WEAPON|@R reports a male in the library stacks holding a [[weapon:razor blade]] to his friend's neck, laughing but friend looks scared
red:weapon|WEAPON|@R says male broke a chair leg off and is [[weapon:swinging it at customers]] at the pho restaurant
red:weapon|WEAPON|hiker at the trailhead lot reports man in a camo jacket [[weapon:aiming a crossbow]] at the people at the picnic tables
red:weapon|WEAPON|informant states male outside the chippy has a [[weapon:blade out]] and is shouting at the queue
red:weapon|WEAPON|@R reports 2 groups at the cricket ground car park, one lad has a [[weapon:machete]] out of the boot
red:weapon|WEAPON|watchman at the port container yard reports intruder with a [[weapon:spear gun]] near berth 3 {dogs are secured}
red:weapon|WEAPON|@R sts neighbour fired a [[weapon:flare gun]] at the kids on the jetty, one flare landed next to them
red:weapon|WEAPON|stall holder at the mela says a man is [[weapon:waving a sickle]] near the food stalls and shouting
red:violence|DV|@R sts husband is [[violence:choking her]] in the bedroom, line open, kids crying
red:violence|DV|neighbor hears female yelling stop and sounds of [[violence:someone being slammed into the wall]] apt 3B, ongoing
red:violence|FIGHT|@R says 4-5 males [[violence:stomping a guy]] on the ground outside the pub, he isnt moving much
red:violence|DV|@R says bf [[violence:dragged her by the hair]] out of the car and into the house, she got away to neighbors
red:violence|FIGHT|security at stadium section 112 says 2 fans [[violence:punching each other]], one bleeding from nose
red:violence|DV|@R reports her brother [[violence:threw a chair at her]] and their mom, he is still in the living room
red:violence|FIGHT|@R sees a man [[violence:kicking a woman]] at the bus stop on Cedar, she is on the ground
red:violence|DV|caller states stepdad [[violence:pushed mom down the stairs]] just now, she is sitting at the bottom crying
red:violence|FIGHT|deckhand on the ferry says 2 pax [[violence:brawling]] on the car deck, crew trying to separate
red:violence|ASSAULT|@R at the farm stand says customer [[violence:hit the owner with his fist]] over change and is standing in the lot
red:violence|DV|@R says his father is [[violence:beating his mom]] in the garage, he can hear it from the yard
red:violence|FIGHT|@R called about loud music at the campsite earlier, then said the neighbors came over, words exchanged about quiet hours, and now they are [[violence:wrestling in the dirt and punching]]
red:violence|ASSAULT|nurse at ED triage says visitor [[violence:slapped a nurse]] and grabbed her badge, still in the hallway
red:violence|FIGHT|@R reports a fight in the school cafeteria, one student [[violence:slammed another kids head on a table]]
red:violence|DV|female @R says partner [[violence:bit her arm]] and wont let her leave the truck, they are at the boat launch
red:violence|FIGHT|transit ops: 2 males [[violence:fighting on the escalator]] at Union stn, one fell down a few steps
red:violence|ASSAULT|@R sees a man [[violence:shoving an elderly woman]] to the ground at the laundromat and taking her cart
red:violence|DV|@R says daughter's bf [[violence:hit her with a frying pan]], she is holding her head
red:violence|FIGHT|@R at the ski lift says 2 snowboarders [[violence:trading punches]] in the lift line, ski patrol en route
red:violence|DV|{hx of verbal only at this addr}, today @R says husband [[violence:is strangling her]], she got the phone away
red:violence|ASSAULT|@R reports her co-worker was [[violence:jumped by 3 guys]] behind the warehouse just now, suspects still by the dumpsters
red:violence|FIGHT|@R hears a fight in the alley, sees one guy [[violence:kicking the other in the head]]
red:violence|DV|@R: mom and her bf are fighting, he [[violence:threw the tv at her]]. she has a cut
red:violence|FIGHT|park ranger adv 2 campers [[violence:hitting each other with tent poles]] at site 44
red:violence|ASSAULT|@R says a passenger [[violence:spit on and punched]] the bus operator on route 22, bus at the curb
red:violence|DV|{no weapons}, but @R says husband [[violence:is hitting her]] and the kids are hiding in the back room
red:violence|FIGHT|group of teens [[violence:beating a kid]] outside the skate park, @R sees kid curled up
red:violence|ASSAULT|@R at the mine camp mess hall says a worker [[violence:headbutted the cook]] and is still in there yelling
red:violence|DV|caller hung up then called back, says she is fine, then says he [[violence:punched her in the face]] and is outside smoking
red:violence|FIGHT|@R says 2 women [[violence:pulling hair and scratching]] in the parking lot of the dollar store
red:violence|ASSAULT|caregiver reports resident [[violence:attacked another resident]] in the dayroom, grabbing her throat
red:violence|FIGHT|festival medic tent adv a brawl at the main stage, several people [[violence:throwing punches]]
red:violence|DV|@R sts sister's husband [[violence:dragged her down the driveway]] by the arm, they are in the front yard
red:violence|ASSAULT|@R reports a male [[violence:knocked a cyclist off the bike]] on the river trail and is kicking the bike
red:violence|FIGHT|informant states group of lads [[violence:kicking off and glassing]] outside the Red Lion
red:violence|FIGHT|@R says 2 drunks at the rodeo grounds are [[violence:scrappin]] behind the bucking chutes
red:violence|ASSAULT|@R says man [[violence:pushed a woman onto the tracks]] at the platform, she climbed back up
red:violence|DV|@R says her man [[violence:beatin on her]] in the car outside the motel rm 12
red:violence|ASSAULT|@R at airport gate B7 says a pax [[violence:shoved the gate agent]] and is refusing to step back
red:violence|FIGHT|@R says a parent [[violence:attacked the referee]] at the youth soccer field, ref on the ground
red:violence|DV|@R reports tenant upstairs [[violence:throwing dishes at his wife]], crashing and screaming
red:violence|ASSAULT|security at the hospital says pt [[violence:kicked a tech in the chest]] in bay 6, still combative
red:violence|FIGHT|@R at the marina says two boat owners [[violence:fighting on the dock]], one pushed into the water
red:violence|ASSAULT|@R says a stranger just [[violence:sucker punched]] her husband outside the movie theater, suspect walking away slowly
red:violence|DV|@R sts his mother's bf [[violence:is kicking her]] on the kitchen floor, he is 12 yrs old calling from the closet
red:violence|FIGHT|SAPS: complainant reports a group [[violence:assaulting a man with fists]] at the taxi rank
red:violence|ASSAULT|@R says a male [[violence:grabbed her by the throat]] at the ATM and then let go, he is still at the corner
red:violence|FIGHT|@R reports 2 students [[violence:fighting in the dorm hallway]], one bleeding, RA on scene
red:violence|DV|1st caller said verbal, 2nd caller says male now [[violence:smacking her around]] in the yard
red:violence|ASSAULT|@R sts deckhand [[violence:punched a passenger]] on the whale watch boat, boat returning to dock
red:threat|THREAT|@R sts neighbor [[threat:said he will kill her]] if she parks there again, he is standing at her door now
red:threat|THREAT|ex bf texting and calling, [[threat:says he is coming to shoot her]] and is on his way. she is at work
red:threat|THREAT|@R says customer at the pharmacy [[threat:threatened to stab the pharmacist]] and is still at the counter
red:threat|THREAT|@R reports male at the bus depot yelling he [[threat:is going to kill everybody]] on the next bus
red:threat|THREAT|@R at the school front office says a parent [[threat:threatened to shoot the principal]] then walked out to the lot
red:threat|THREAT|caller states brother [[threat:says he will burn the house down with us in it]], he has a lighter
red:threat|THREAT|@R says ranch neighbor [[threat:threatened to kill her dogs and her]] over the water line, he is at the gate
red:threat|THREAT|{no weapons seen}, @R says male at the fuel dock [[threat:keeps saying he will slit the attendant's throat]]
red:threat|THREAT|@R works at the hostel desk, guest [[threat:threatening to beat staff]] if they dont refund him, still in lobby
red:threat|THREAT|@R says coworker on the night shift at the warehouse [[threat:said hes gonna shoot up the place]] tonight, left 10 min ago toward his car
red:threat|THREAT|landlord reports tenant [[threat:threatened to kill him]] during rent talk, tenant still in unit, door open
red:threat|THREAT|@R hears male in the apt next door screaming [[threat:ill kill you]] at someone, female crying
red:threat|THREAT|@R at the ski resort ticket window says male [[threat:threatened to run over staff]] with his truck, sitting in the truck revving
red:threat|THREAT|@R says her son [[threat:threatened to stab his sister]] and is standing outside her bedroom door
red:threat|THREAT|@R talking about the hedge dispute and the survey, then says neighbor [[threat:told him he would put a bullet in him]] tonight and is standing on the property line now
red:threat|THREAT|@R says a man on the platform [[threat:threatening to push people onto the tracks]]
red:threat|THREAT|@R reports ex-wife's new husband [[threat:threatening to come over and beat him]] and is in the driveway right now
red:threat|THREAT|airport ticket counter reports pax [[threat:said he would hurt the agent]] if not rebooked, still at counter
red:threat|THREAT|@R at the food bank says man [[threat:threatened to smash volunteers heads in]] when told they were out of food
red:threat|THREAT|{past threats were resolved by civil order}, but today @R says ex is at the door [[threat:saying he will kill her]]
red:threat|THREAT|caller states roommate [[threat:threatening to choke her]] if she calls anyone, roommate in the next room
red:threat|THREAT|@R at the bar says patron [[threat:threatened to shoot the bartender]] and went out to his car, may be coming back
red:threat|THREAT|@R reports guy in the hospital lobby [[threat:saying hes gonna kill the doctor]] who treated his wife
red:threat|THREAT|@R says a man at the park pavilion [[threat:threatening to stab the kids]] playing ball, kids ran home
red:threat|THREAT|mine site security: contractor [[threat:threatened to blow up the shed]] after being walked off site, still at the gate
red:threat|THREAT|@R says her daughter's father showed up at the daycare and [[threat:threatened to take the kid and hurt anyone who stops him]]
red:threat|THREAT|@R reports a man shouting through the fence [[threat:he will murder the lot of them]] at the allotments
red:threat|THREAT|@R at the stadium says a fan [[threat:threatening to beat the usher]] and is squared up, not swinging yet
red:threat|THREAT|@R says her cousin [[threat:gonna kill yu when i get there]], sent by voice msg, he lives 2 blocks away
red:threat|THREAT|@R says customer at the tyre shop [[threat:threatened to put the manager in hospital]] and wont leave the bay
red:threat|THREAT|caller on the farm says neighbour [[threat:said he would shoot any cow that crosses and then her]], he is by the fence with his truck
red:threat|THREAT|@R reports student [[threat:posted he will shoot the school tomorrow]] and is in the building now
red:threat|THREAT|@R at the laundromat says a male [[threat:threatened to kill her]] because she took a dryer he wanted, he is sitting outside
red:threat|THREAT|@R says someone [[threat:is threatening to torch the cars]] at the used car lot, standing with a gas can
red:threat|THREAT|1st @R said arguing, 2nd @R says male [[threat:threatening to kill the neighbours]] on the balcony
red:threat|THREAT|@R says bus passenger [[threat:threatened to slash the driver]] at the last stop and is still on the bus
red:threat|THREAT|@R at the tribal clinic says patient's relative [[threat:said he will hurt staff]] if they dont see him now
red:threat|THREAT|@R sts her ex called and [[threat:said he is going to kill her tonight]], he is parked outside in a white van
red:threat|THREAT|@R at the dog park says a male [[threat:threatened to stab her dog and her]] and is following her to her car
red:threat|THREAT|@R reports a driver at the toll plaza [[threat:threatened to shoot the collector]] and drove to the shoulder
red:threat|THREAT|@R says boyfriend [[threat:threatening to break her neck]], he is banging on the bedroom door now
red:threat|THREAT|@R at the warehouse says employee [[threat:said hed come back and kill the supervisor]], he is in the lot in a grey sedan
red:threat|THREAT|@R reports neighbour [[threat:threatening to set the dog on the kids]] and let it loose, kids inside now
red:threat|THREAT|@R says the groom's brother at the wedding hall [[threat:is threatening to kill the DJ]]
red:threat|THREAT|@R at the courthouse steps says a man [[threat:yelling he will hunt down the judge]] and pacing
red:threat|THREAT|@R on tribal land says a relative [[threat:threatened to burn her trailer with her kids inside]], he is walking back there now
red:threat|THREAT|@R says customer at call centre [[threat:threatening to come to the branch and shoot staff]], caller id shows local number
red:threat|THREAT|@R says teen at the group home [[threat:threatening to stab staff]] with whatever he can find, pacing in kitchen
red:threat|THREAT|@R says a man in a red cap [[threat:threatened to kill the ticket inspector]] on the tram, tram held at stop
red:threat|THREAT|@R reports fisherman at the harbour wall [[threat:saying he will drown the other bloke]], other bloke backing away
red:injury|MED|@R found male [[injury:unresponsive]] in the stairwell of the parking garage, not sure if breathing
red:injury|MED|@R says her husband is [[injury:not breathing]], she is doing cpr per instructions
red:injury|MED|farm @R says worker [[injury:arm caught in the auger]], bleeding bad, they shut it off
red:injury|OD|@R says friend took a bunch of pills and is [[injury:turning blue]] on the bathroom floor
red:injury|MED|@R at the ski lodge says a skier [[injury:hit a tree and is not moving]] below lift 4
red:injury|MED|pool lifeguard adv a child [[injury:pulled from the water not breathing]], starting cpr
red:injury|MED|@R says elderly mother [[injury:fell and hit her head]], bleeding from the scalp, confused
red:injury|MED|@R states co-worker [[injury:having a seizure]] in the break room, been over 5 min
red:injury|MED|@R says her dad has [[injury:chest pain]] and is sweating, 68 yo, hx heart
red:injury|MED|@R sts wife [[injury:face drooping and slurred speech]] started 20 min ago
red:injury|OD|@R found roommate with a needle in arm, [[injury:snoring and wont wake]]
red:injury|MED|@R at the school says student [[injury:stung by a bee and throat swelling]], epi pen used
red:injury|MED|@R says diabetic son is [[injury:shaking and not making sense]], sugar reads 38
red:injury|MED|@R at the marina says a man [[injury:fell between the boat and the dock]], pulled out, coughing up water
red:injury|MED|[[injury:CODE 3]] @R reports pedestrian struck on Hwy 2, pt on the shoulder
red:injury|MED|@R says kitchen fire, she put it out but her hands are [[injury:burned and blistering]]
red:injury|MED|transit ops: pax [[injury:collapsed on the train]] at Central, not responding to staff
red:injury|MED|@R on the wind farm says tech [[injury:fell off the ladder in the tower]], back pain, cant feel legs
red:injury|MED|mine site: worker [[injury:crushed under a rock fall]] on level 3, conscious
red:injury|MED|@R says teen at the festival [[injury:passed out]] in the crowd, friends say took something
red:injury|OD|@R says bf [[injury:overdosed]] on fent in the car in the park and ride, narcan given, still groggy
red:injury|MED|@R at the warehouse says forklift ran over a worker's foot, [[injury:lots of blood]]
red:injury|MED|caller advising {was fine this morning}, now grandma [[injury:wont wake up]] from nap
red:injury|MED|@R at stadium section 320 says fan [[injury:fell down the steps, head bleeding]]
red:injury|MED|informant states elderly male [[injury:collapsed in the road]] outside the post office
red:injury|MED|@R says her 2 yo [[injury:swallowed a button battery]] about 10 min ago
red:injury|MED|@R at the campground says camper [[injury:cut leg deep with an axe]] chopping wood, spurting
red:injury|MED|hospital sec desk: visitor [[injury:fainted in the elevator]], unresponsive, staff with him
red:injury|MED|@R says pregnant daughter [[injury:bleeding heavily]] at 30 weeks
red:injury|MED|@R reports a male [[injury:DLOC]] on the bench outside the library, snoring resps
red:injury|MED|@R at the ferry says a pax [[injury:fell down the stairwell]] between decks, cant get up
red:injury|MED|@R says dad was mowing on the slope and the [[injury:mower rolled on him]]
red:injury|MED|@R says kid at daycare [[injury:choking on a grape]], back blows not working
red:injury|MED|@R at the rodeo says a rider got [[injury:stomped by the bull]] and is lying in the arena
red:injury|OD|@R found her sister [[injury:not responsive]] with an empty bottle of her meds next to her
red:injury|MED|@R says coworker [[injury:electrocuted]] working on the panel at the substation, conscious now
red:injury|MED|caller states husband [[injury:cant breathe]], lips blue, asthma hx, inhaler not working
red:injury|MED|@R was calling about the pothole that damaged her car, and while on the line says a cyclist just [[injury:hit the pothole and is on the ground bleeding]]
red:injury|MED|@R at the construction site says worker [[injury:fell from the scaffold]] 2nd floor
red:injury|MED|@R says hiker on the ridge trail [[injury:broke his leg]], bone showing, 2 miles up
red:injury|MED|@R reports person [[injury:unconcious]] in a car in the drive thru lane, engine running
red:injury|MED|@R says wife took too much insulin and is [[injury:sweating and unresponsive]]
red:injury|MED|@R says grandson [[injury:fell through the ice]] at the pond, pulled out, very cold and not talking
red:injury|MED|@R at the airport says pax [[injury:having a heart attack]] at gate C12 per his wife
red:injury|MED|nursing home staff: resident [[injury:found on floor, hip deformity]], pain 10/10
red:injury|MED|@R says man at the bus stop [[injury:foaming at the mouth]] and jerking
red:injury|OD|{no drugs involved per wife}, but @R now says husband [[injury:blue and gasping]] on the couch
red:injury|MED|@R adv a fisherman [[injury:hook in his eye]] at the pier
red:injury|MED|@R at the school gym says student [[injury:collapsed during practice]], coach doing cpr
red:injury|MED|@R says worker at the packing plant [[injury:amputated finger]] on the saw, bleeding controlled with towel
red:suicide|SUICIDE|@R says son [[suicide:has a rope and says he is going to hang himself]] in the garage
red:suicide|SUICIDE|@R sts her friend texted goodbye and [[suicide:took a bottle of pills]], lives alone on Elm
red:suicide|SUICIDE|@R at the bridge says a woman is [[suicide:climbing over the railing]], saying she wants to die
red:suicide|SUICIDE|@R says husband [[suicide:locked himself in the bathroom with a razor]] saying he is done
red:suicide|SUICIDE|@R at the parking garage says a man is [[suicide:standing on the ledge of the top level]]
red:suicide|SUICIDE|caller states she [[suicide:cut her wrists]] and is bleeding in the tub, wants help now
red:suicide|SUICIDE|@R says brother [[suicide:sitting in the car with the engine running in the closed garage]]
red:suicide|SUICIDE|@R at the rail yard says a male [[suicide:lying on the tracks]] saying he wont move
red:suicide|SUICIDE|@R says her teen [[suicide:posted a video saying tonight is the night]] and has their dads pills
red:suicide|SUICIDE|{denies homicidal ideation}, @S [[suicide:says he will shoot himself]] with the shotgun in the truck
red:suicide|SUICIDE|@R at the ferry says pax [[suicide:threatening to jump overboard]], standing at the stern rail
red:suicide|SUICIDE|@R says her mother [[suicide:wrote a note and took all her insulin]]
red:suicide|SUICIDE|@R at the campground says friend [[suicide:walked into the lake saying he wants to end it]]
red:suicide|SUICIDE|@R called about her son not going to school, been withdrawn, not eating, and now he [[suicide:has a knife to his wrist]] in his room
red:suicide|SUICIDE|crisis line transfer: caller [[suicide:has a loaded gun in her lap]] and says she is going to use it
red:suicide|SUICIDE|@R at the hotel says guest [[suicide:on the balcony rail of the 9th floor]], talking about ending it
red:suicide|SUICIDE|@R says roommate [[suicide:drank bleach]] about 10 min ago, says she wanted to die
red:suicide|SUICIDE|@R says her husband [[suicide:tied a belt to the closet rod]], she got him down, he is trying again
red:suicide|SUICIDE|@R at the wind farm says a contractor [[suicide:climbed the turbine and says he will jump]]
red:suicide|SUICIDE|caller is the subject: [[suicide:I took 40 of my pills]] and I am scared now
red:suicide|SUICIDE|@R at the overpass says a female [[suicide:sitting on the wrong side of the fence]] over the highway
red:suicide|SUICIDE|@R says friend is [[suicide:heading to the cliffs to jump]], left 15 min ago in a silver subaru
red:suicide|SUICIDE|@R says vet at the VA lot [[suicide:has his pistol out saying goodbye]] to his dog
red:suicide|SUICIDE|@R at the university says a student [[suicide:standing on the roof of the library]] saying she wants to die
red:suicide|SUICIDE|@R says dad [[suicide:is stockpiling his pills tonight and counting them out]], says this is the last time
red:suicide|SUICIDE|@R says her sister [[suicide:jumped off the pier]] into the harbour, she is in the water
red:suicide|SUICIDE|hospital sec: pt on the 4th floor [[suicide:broke the window and is trying to climb out]]
red:suicide|SUICIDE|@R says her ex [[suicide:said he is going to drive into a tree]] and just left drunk, blk f150
red:suicide|SUICIDE|{previous 5150 last yr}, tonight @R says son [[suicide:tying a noose]] in the barn
red:suicide|SUICIDE|@R states her boyfriend [[suicide:overdosing on purpose]], took a handful of oxys, says let me die
red:suicide|SUICIDE|@R at the mine says worker [[suicide:sitting in the blast zone saying he wont leave]] and wants to die
red:suicide|SUICIDE|@R says wife is [[suicide:slashing her arms]] with broken glass in the bathroom
red:suicide|SUICIDE|@R on the phone with her brother who [[suicide:is on the train tracks by the grain elevator]]
red:suicide|SUICIDE|@R says his friend [[suicide:sent a pic of a gun and a goodbye note]], lives on the reserve off rd 4
red:suicide|SUICIDE|@R says female on the ferry dock [[suicide:tying weights to her ankles]]
red:suicide|SUICIDE|@R says her son [[suicide:swallowed a bunch of tylenol]] after a fight w/ gf, 17 yo
red:suicide|SUICIDE|@R says male standing in traffic on the highway [[suicide:trying to get hit]]
red:suicide|SUICIDE|@R sez her bf [[suicide:gonna end it tonite]], he got his dads gun out the safe
red:suicide|SUICIDE|@R at the school counselor office says student [[suicide:has a plan to jump from the bleachers today]]
red:suicide|SUICIDE|@R says mom [[suicide:left a letter and her car is at the lake boat ramp]], cant reach her
red:suicide|SUICIDE|@R at the hospital lot says a man [[suicide:inside his car with a hose from the exhaust]]
red:suicide|SUICIDE|@R says her husband [[suicide:is holding a knife to his own throat]] in the kitchen
red:suicide|SUICIDE|caller says friend [[suicide:sucidal with a plan]], has pills lined up, 300 blk Oak
red:suicide|SUICIDE|{no weapons in home per RP}, but son [[suicide:is trying to hang himself]] with a sheet, RP holding him up
red:suicide|SUICIDE|@R at the marina says a woman [[suicide:is walking off the end of the dock]] saying goodbye
red:suicide|SUICIDE|@R says student texted he [[suicide:is going to jump off the parking deck]] at noon, its 1150
red:suicide|SUICIDE|@R says her uncle [[suicide:took rat poison]] after the farm was sold
red:suicide|SUICIDE|@R says husband [[suicide:standing on a chair with a cord around his neck]]
red:suicide|SUICIDE|@R states friend [[suicide:is going to kill herself]] with the pills she bought today, in her car at the beach lot
red:suicide|SUICIDE|@R says a man on the ski chair lift [[suicide:unbuckled and says he will jump]]
red:police_only|BURG|@R hears someone [[police_only:breaking into the back door]] of the house next door, owners away
red:police_only|BURG|@R says 2 males [[police_only:inside the closed hardware store]], flashlights moving around, alarm going
red:police_only|PROWLER|@R sees a [[police_only:prowler looking in the windows]] of the duplex, now in the side yard
red:police_only|ROBBERY|clerk states male [[police_only:just robbed the store]], took the register cash, ran toward the creek path
red:police_only|VEHTHEFT|@R sees a guy [[police_only:trying car door handles]] down the row in the ferry lot, still there
red:police_only|THEFT|store LP says [[police_only:shoplifter fighting with staff]] at the front doors
red:police_only|EXPOSURE|@R says a male [[police_only:exposing himself]] to kids at the playground right now
red:police_only|DUI|@R following a [[police_only:drunk driver]] swerving on Hwy 50 eastbound, almost hit a truck
red:police_only|CHILD|@R says her [[police_only:4 yo is missing]] from the campground, last seen 20 min ago by the lake
red:police_only|CHILD|@R sees a man [[police_only:pulling a crying child into a van]] at the park, white van
red:police_only|HITRUN|@R says a car [[police_only:hit her parked car and the driver is walking away]] into the bar
red:police_only|BURG|@R at the ranch says someone [[police_only:in the barn stealing tack]] right now, truck backed up to it
red:police_only|VEHTHEFT|@R says someone [[police_only:is stealing his truck]] from the driveway, he is watching from the window
red:police_only|ROBBERY|@R says she was [[police_only:just mugged]] at the bus stop, suspect ran north in grey hoodie
red:police_only|BURG|@R at the marina says someone [[police_only:is on his boat rummaging in the cabin]], not the owner
red:police_only|PROWLER|@R hears someone [[police_only:trying to open her window]], she lives alone on the farm road
red:police_only|CHILD|@R says a toddler [[police_only:walking alone on the highway shoulder]], no adult around
red:police_only|THEFT|@R says a male [[police_only:siphoning fuel]] from the farm tanks right now
red:police_only|BURG|school custodian reports [[police_only:glass broken and someone inside the gym]] after hours
red:police_only|DUI|@R says driver at the drive thru [[police_only:passed out at the wheel]] with car in drive, then woke and left
red:police_only|EXPOSURE|@R on the train says a man [[police_only:masturbating in the seat]] across from her
red:police_only|CHILD|@R says a [[police_only:kid left in a hot car]] in the grocery lot, crying, windows up
red:police_only|ROBBERY|@R says a man [[police_only:snatched her purse]] and is running through the station toward platform 4
red:police_only|VEHTHEFT|@R sees 2 subj [[police_only:cutting catalytic converters]] off cars in the dealership lot
red:police_only|BURG|warehouse night guard says [[police_only:trailer seals cut and people loading pallets]] into a box truck at dock 9
red:police_only|CHILD|@R says her daughter's father [[police_only:just took the baby]] against the court order and drove off, blue jeep
red:police_only|PROWLER|@R sees someone [[police_only:hiding behind the shed]] at 0300, dog barking
red:police_only|HITRUN|@R says a pedestrian was [[police_only:hit and the driver is parked down the block]] looking back
red:police_only|DUI|@R says a [[police_only:boat operator drunk]] driving the speedboat through the swim area
red:police_only|BURG|@R says neighbor's [[police_only:front door kicked in]] and she hears people inside
red:police_only|ROBBERY|@R says 3 youths [[police_only:took her phone by force]] outside the tube station, still on the corner
red:police_only|THEFT|@R says a man [[police_only:is breaking into the coin machines]] at the car wash now
red:police_only|CHILD|@R says a [[police_only:6 yr old didnt get off the bus]] and nobody knows where he is
red:police_only|EXPOSURE|@R says [[police_only:male flashing]] joggers on the river trail by the boathouse
red:police_only|VEHTHEFT|@R at the ski resort lot says someone [[police_only:is hotwiring a snowmobile]] off the trailer
red:police_only|BURG|@R says she came home and [[police_only:someone is still inside]] her apartment, she hears them
red:police_only|PROWLER|@R at the tribal housing says a male [[police_only:trying doors]] along the row, tried hers twice
red:police_only|DUI|@R says a [[police_only:semi driving the wrong way]] on the interstate near mile 88
red:police_only|ROBBERY|taxi driver reports [[police_only:fare robbed him]] at the edge of town and ran into the cornfield
red:police_only|THEFT|@R says guy [[police_only:loading the stores tvs into his car]] without paying, staff following
red:police_only|CHILD|@R says a [[police_only:young child wandering alone]] at the airport baggage claim, crying for mom
red:police_only|BURG|@R says [[police_only:someone breaking into the church]] office, sees light and hears glass
red:police_only|HITRUN|@R says a truck [[police_only:sideswiped the school bus and pulled into the gas station]] across the street
red:police_only|VEHTHEFT|@R says someone [[police_only:just drove off in her car]] while she was paying at pump 3
red:police_only|DUI|@R says the [[police_only:driver is drunk]] trying to leave the festival lot, can barely stand
red:police_only|BURG|@R at the mine says someone [[police_only:cutting the fence to the copper yard]] right now
red:police_only|ROBBERY|@R says man [[police_only:demanding money]] at the ATM from an elderly man, still there
red:police_only|EXPOSURE|@R says neighbour [[police_only:indecent exposure]] at the window facing the school yard, ongoing
red:police_only|CHILD|@R says 3 yo [[police_only:missing from the festival]] family area, red shirt
red:police_only|PROWLER|@R hears footsteps on the roof and someone [[police_only:trying the skylight]]
red:uncertainty|HANGUP|911 hang up, callback female whispering [[uncertainty:cant talk he is here]] then line dropped
red:uncertainty|OPENLINE|[[uncertainty:open line]], hear female crying and male yelling, no response to dispatcher
red:uncertainty|HANGUP|@R said help me my husband is [[uncertainty:then disconnected]], callback goes to vm
red:uncertainty|UNKNOWN|[[uncertainty:unknown problem]], caller screamed and line went dead, phase 2 near the trailer park
red:uncertainty|DIST|@R hears [[uncertainty:screaming and thuds from next door]], cannot see anything, woman yelling stop
red:uncertainty|HANGUP|@R answering only yes and no, [[uncertainty:cannot speak freely]], asked if police needed said yes
red:uncertainty|OPENLINE|[[uncertainty:silent call, heard a man say put the phone down]], then muffled
red:uncertainty|UNKNOWN|@R at the motel front desk says she [[uncertainty:hears a child screaming]] in rm 22, nobody answers
red:uncertainty|DIST|therapist calling, client [[uncertainty:said he plans to hurt his coworker]] tomorrow, duty to warn
red:uncertainty|HANGUP|text to 911: [[uncertainty:pls send help cant call]] he is in the next room
red:uncertainty|UNKNOWN|@R calling from a car [[uncertainty:pretending to order pizza]], says yes large pepperoni to 44 Birch
red:uncertainty|DIST|@R hears [[uncertainty:gunshot like bangs and a woman screaming]] behind the lodge, cannot see
red:uncertainty|OPENLINE|[[uncertainty:open line from a ferry pax phone]], sounds of a struggle and crying
red:uncertainty|HANGUP|@R said there is a man at my door he is [[uncertainty:line disconnected]]
red:uncertainty|UNKNOWN|[[uncertainty:caller incoherent and crying]] then says come quick, hung up
red:uncertainty|DIST|@R in the apt building says she [[uncertainty:hears someone yelling for help]] on the 3rd floor, unsure which unit
red:uncertainty|UNKNOWN|school counselor reports student [[uncertainty:disclosed that her dad will hurt her tonight]]
red:uncertainty|OPENLINE|@R pocket dial with [[uncertainty:screaming in background and a man swearing]], line open
red:uncertainty|DIST|@R hears a [[uncertainty:loud crash and a woman crying out]] from the camper next to him, lights off
red:uncertainty|HANGUP|@R whispered [[uncertainty:someone is in the house]] and hung up, no callback answer
red:uncertainty|UNKNOWN|[[uncertainty:unknown trouble]] at the truck stop, caller said get here fast and dropped
red:uncertainty|DIST|@R at the hostel says [[uncertainty:sounds of someone being hit]] in the dorm room, door locked
red:uncertainty|UNKNOWN|doctor calling, pt [[uncertainty:made statements he will kill his ex]] and just left the clinic
red:uncertainty|OPENLINE|TTY call, [[uncertainty:no text only breathing and yelling]]
red:uncertainty|HANGUP|@R asked for police then [[uncertainty:call cut off mid sentence]] saying he has a
red:uncertainty|DIST|@R at the marina hears [[uncertainty:screams from a boat]] moored at C dock, cant see anyone
red:uncertainty|UNKNOWN|@R saying [[uncertainty:cant say where]], just yes or no, there is a man with her
red:uncertainty|DIST|@R on the farm road says [[uncertainty:he heard a woman screaming help]] from the cornfield, cant see
red:uncertainty|HANGUP|callback on abandoned call, male answered said [[uncertainty:everything is fine]] but female heard screaming in background
red:uncertainty|OPENLINE|[[uncertainty:open line]], kids crying, female says please dont, male voice
red:uncertainty|UNKNOWN|probation officer reports client [[uncertainty:told him he will shoot his landlord]], duty to warn
red:uncertainty|DIST|@R in the dorm hears [[uncertainty:a fight through the wall]] and someone crying stop, cant see
red:uncertainty|HANGUP|@R typing to 911 [[uncertainty:he took my phone]] using a friends phone, location unknown
red:uncertainty|UNKNOWN|@R at the gas station says a female came in [[uncertainty:mouthed help me]] and left with a male
red:uncertainty|DIST|@R at the stadium garage hears a [[uncertainty:woman screaming and car alarm]] on level 4, cant see
red:uncertainty|OPENLINE|[[uncertainty:open line from an alarm panel with voice]], hearing someone say dont hurt me
red:uncertainty|UNKNOWN|[[uncertainty:caller disconnected]] after saying my dad is, background shouting
red:uncertainty|HANGUP|@R said she needs help but [[uncertainty:cant say why]], keeps saying its fine its fine
red:uncertainty|DIST|@R says the [[uncertainty:banging and screaming coming from the unit below]] for 10 min, now quiet
red:uncertainty|UNKNOWN|@R called for a ride, [[uncertainty:codeword used]] from the safety plan, address on file
red:uncertainty|DIST|@R at the campground says [[uncertainty:heard a child yelling dont hit me]] from a tent, cant see
red:uncertainty|OPENLINE|[[uncertainty:open line]], male breathing heavy, female voice says stop it
red:uncertainty|HANGUP|@R called twice, [[uncertainty:both dropped]] after screaming
red:uncertainty|UNKNOWN|employee assistance counselor reports caller [[uncertainty:threatened to harm his supervisor]], duty to warn, works at plant 2
red:uncertainty|DIST|@R in the tower block hears [[uncertainty:thumping and a woman pleading]] upstairs
red:uncertainty|UNKNOWN|[[uncertainty:unk trbl]] at the ranger station, radio call with shouting then static
red:uncertainty|HANGUP|@R on the phone said [[uncertainty:im being followed]] and the call dropped, near the port gate
red:uncertainty|DIST|@R says neighbours [[uncertainty:shouting and it sounds like furniture breaking]], also a child crying
red:uncertainty|OPENLINE|[[uncertainty:open 911 line from a car]], sounds of arguing and a slap
red:uncertainty|UNKNOWN|@R in the hospital says a visitor [[uncertainty:passed a note asking for help]] to the nurse
red:weapon|WEAPON|@R says bf [[weapon:has a knife]] and [[violence:cut her arm]] in the kitchen, she is bleeding
red:weapon|DV|@R says husband [[violence:hit her with the gun]], it is a [[weapon:handgun]] and he still has it, she is in the car
red:weapon|WEAPON|@S [[weapon:waving a pistol]] and [[threat:saying he will kill the first cop he sees]] at the trailer park entrance
red:weapon|SHOTS|@R says neighbor [[weapon:shot at the dog]] and the [[injury:bullet hit her leg]], she is on the porch
red:weapon|WEAPON|<<weapon:man with a rifle>> at the boat ramp, 2nd caller says ((it was a fishing rod)), but 3rd caller says guy [[violence:punching a woman]] at the ramp
red:violence|FIGHT|@R says 2 men fighting at the bar, one [[violence:smashed a stool over the other]] and he is [[injury:knocked out]] on the floor
red:violence|DV|@R says her son [[violence:choked her]] and [[threat:says he will finish it]] when she gets off the phone
red:violence|ASSAULT|cabin crew adv pax [[violence:punched another passenger]] on arrival at gate 12, victim [[injury:bleeding from the head]]
red:violence|FIGHT|{no weapons per RP}, but group [[violence:jumping a guy]] and one has [[weapon:brass knuckles]]
red:threat|THREAT|@R says ex [[threat:threatening to kill himself and her]], [[suicide:has a rope in the car]], parked outside
red:threat|THREAT|@R at the clinic says man [[threat:said he would shoot the staff]] and [[weapon:showed a gun]] in his belt
red:threat|THREAT|caller [[uncertainty:whispering]] says her husband [[threat:said he will kill her when he gets home]], he is 10 min away
red:injury|MED|@R says tractor rolled, driver [[injury:pinned and not breathing]] and [[police_only:other driver left the scene]] in a grey truck
red:injury|OD|@R found 2 people [[injury:unresponsive]] in the restroom, one [[suicide:left a note saying sorry]]
red:injury|MED|@R says her son [[injury:is bleeding from a stab wound]], the guy who did it [[police_only:is still in the yard]]
red:suicide|SUICIDE|@R says husband [[suicide:has the shotgun to his chin]] and [[threat:says he will take her with him]]
red:suicide|SUICIDE|<<suicide:man on the bridge ledge>> reported by passerby, 2nd caller says ((he was a bridge inspector in a harness)). 3rd caller says a woman is [[suicide:climbing over the rail]] now
red:suicide|SUICIDE|@R says daughter [[suicide:cut herself on purpose]] and is [[injury:bleeding heavily]] from the arm
red:police_only|BURG|@R says 2 subj [[police_only:breaking into the shed]] and one is [[weapon:carrying a crowbar]]
red:police_only|ROBBERY|@R says male [[police_only:robbed the pharmacy]] and [[weapon:showed a knife]], still in the lot
red:police_only|CHILD|@R says man [[police_only:grabbed a kid]] at the fair and [[violence:hit the mother]] when she fought back
red:police_only|DUI|@R says [[police_only:drunk driver crashed]] into the fence and the passenger is [[injury:unconscious]]
red:uncertainty|HANGUP|<<uncertainty:open line>> with yelling, ((callback reached RP, tv was loud, all ok)), but RP then whispers [[uncertainty:he is making me say that]]
red:uncertainty|DIST|@R hears [[uncertainty:screaming from the next unit]] and a man yelling he has a [[weapon:gun]]
red:uncertainty|OPENLINE|[[uncertainty:open line]], female says [[violence:stop choking me]], then silence
red:weapon|WEAPON|@R says a male in the rv park {shooting at cans earlier, legal range per owner}, now [[weapon:pointing the rifle]] at the office window
red:violence|DV|{prior DV 2019}. @R today says male [[violence:slammed her into the fridge]] about 5 min ago, he left on foot, she is [[injury:dizzy and vomiting]]
red:injury|MED|@R says <<injury:man down>> at the stadium ramp, ((security says he is just sitting resting)), then medic says he is [[injury:having a seizure]]
red:threat|DIST|neighbor dispute over noise, calm at first, then @R says neighbor [[threat:said he is getting his gun to kill him]] and went inside
red:police_only|PROWLER|@R at the school after hours hears [[police_only:someone trying the classroom doors]] {no weapons seen}, and hears [[uncertainty:a girl crying for help]]
elig:noise|NOISE|@R compl of loud bass from the house party across the st, going on since 2200
elig:noise|NOISE|@R says neighbor running a generator all night at the campground, quiet hrs violation
elig:noise|NOISE|loud music from a car parked at the beach lot, windows down, @R wants it turned down
elig:noise|NOISE|@R says dogs barking at the kennel on the farm rd for 3 hrs, nobody home
elig:noise|NOISE|@R at the marina says a party boat blasting music at slip 40, past midnight
elig:noise|NOISE|@R states upstairs unit stomping and moving furniture at 0200 again
elig:noise|NOISE|fireworks going off by the river, @R says it scares her horses, no one hurt
elig:noise|NOISE|@R compl construction crew started jackhammering at 0530 at the warehouse site
elig:noise|NOISE|@R says students in the dorm singing and yelling in the quad, just loud
elig:noise|NOISE|@R says the wind turbine is making a loud whining noise all night, wants someone to know
elig:noise|NOISE|karaoke at the community hall too loud per @R, she is trying to sleep
elig:noise|NOISE|@R says people <<uncertainty:screaming>> next door, ((callback says it is a birthday party and they are playing games))
elig:noise|NOISE|@R at the ski village says bar patio music still going after close
elig:noise|NOISE|@R compl of a car alarm going off for 40 min in the ferry lot
elig:noise|NOISE|@R says drumming circle at the park is still going, asks if they have a permit
elig:noise|NOISE|@R says tenant below yelling at the football on tv, every sunday, just loud
elig:noise|NOISE|rooster crowing at 0400 per @R, new neighbor on the acreage
elig:verbal_dispute|DISPUTE|@R and her husband arguing over money, just words, she wants someone to talk to him
elig:verbal_dispute|DISPUTE|2 neighbors yelling about a fence line, no physical, @R wants it documented
elig:verbal_dispute|DISPUTE|@R says customer arguing with staff at the pharmacy counter about a copay, loud but no threats
elig:verbal_dispute|DISPUTE|@R says 2 drivers arguing after a fender bender at the mine gate, exchanging info, just loud
elig:verbal_dispute|DISPUTE|mother and teen daughter yelling about curfew, {no hitting}, mom wants advice
elig:verbal_dispute|DISPUTE|@R at the campground says two families arguing about a campsite reservation
elig:verbal_dispute|DISPUTE|@R says roommate yelling at him about dishes, {no one touched anyone}
elig:verbal_dispute|DISPUTE|@R says a couple screaming at each other in the hotel lobby about car keys, no contact
elig:verbal_dispute|DISPUTE|2 fishermen arguing over a spot on the pier, words only per @R
elig:verbal_dispute|DISPUTE|@R says brothers arguing about the farm equipment after the funeral, just shouting
elig:verbal_dispute|DISPUTE|@R at the airport says pax arguing with gate agent about a seat, agent asked for a presence
elig:verbal_dispute|DISPUTE|@R says the ex is yelling at her in the daycare lot during exchange, {no threats made}
elig:verbal_dispute|DISPUTE|@R says a verbal argument at the bingo hall about a dabber, calmed down some
elig:verbal_dispute|FIGHT|@R says 2 women <<violence:fighting>> on the bus, ((driver says it is yelling only, no contact))
elig:verbal_dispute|DISPUTE|@R says her landlord is shouting at her about the rent in the hallway, {not threatening}
elig:verbal_dispute|DISPUTE|@R says the tour guide and a tourist are having a heated argument at the ferry ramp
elig:verbal_dispute|DISPUTE|couple arguing in the car in the park and ride, @R can hear yelling, {no one hit anyone}
elig:welfare_check|WELFARE|@R asks for a check on her elderly neighbor, newspapers piling up, no answer at door
elig:welfare_check|WELFARE|@R says a man sitting at the bus shelter for 4 hrs, seems confused, {talking fine}
elig:welfare_check|WELFARE|daughter out of state asks for a check on mom, not answering phone since yesterday
elig:welfare_check|WELFARE|@R says a hiker has been sitting at the trailhead all day, asked if ok said yes
elig:welfare_check|WELFARE|@R says a woman walking on the shoulder of the highway in the rain, seems upset, {no injuries visible}
elig:welfare_check|WELFARE|school asks for a check on a student who missed 5 days, family not reachable
elig:welfare_check|WELFARE|@R at the marina says a live aboard hasnt come out of his boat in 2 days, lights on
elig:welfare_check|WELFARE|@R says an older man in the grocery lot cant find his car, a bit confused, calm
elig:welfare_check|WELFARE|@R says a young woman crying in the train station, says she missed her train and has no money
elig:welfare_check|WELFARE|ranch owner asks for a check on the elderly tenant in the back house, his truck hasnt moved
elig:welfare_check|WELFARE|@R says a man sleeping in his car at the rest area for hours, breathing, engine off
elig:welfare_check|WELFARE|@R at the wind farm office says a contractor has not checked in by radio, last seen at the yard, {no sign of trouble}
elig:welfare_check|WELFARE|@R says a kid sitting alone outside the library after close, says his mom is coming
elig:welfare_check|WELFARE|@R asks check on her brother who sounded down on the phone, {no mention of harming self}
elig:welfare_check|WELFARE|@R says an elderly woman at the ferry terminal seems lost, has her ticket, calm
elig:welfare_check|WELFARE|@R says man in a wheelchair stuck at the crosswalk curb, needs a hand
elig:welfare_check|WELFARE|@R says a neighbor on the reserve has no heat, elderly, asks for someone to check on him
elig:past_theft|THEFT|@R says her bike was stolen from the rack overnight, no suspect info
elig:past_theft|THEFT|@R says tools taken from his truck bed sometime last week at the job site
elig:past_theft|THEFT|@R at the farm says someone took fuel from the tank over the weekend, {no one seen}
elig:past_theft|THEFT|@R reports package stolen from porch yesterday, has doorbell video
elig:past_theft|THEFT|@R says his outboard motor was taken off the boat at the marina, noticed this morning
elig:past_theft|BURG|@R says shed was broken into {sometime in the last month}, mower missing
elig:past_theft|THEFT|@R says wallet stolen at the festival yesterday, wants a report for the bank
elig:past_theft|THEFT|@R says catalytic converter stolen from the car at the park and ride, car was there 2 days
elig:past_theft|ROBBERY|@R wants to report she was <<police_only:robbed>> ((last month and did not report it then)), suspect unknown
elig:past_theft|THEFT|store manager wants to report a shoplift from earlier today, suspect left 3 hrs ago, has video
elig:past_theft|THEFT|@R says her phone was taken from the gym locker, {suspect long gone}
elig:past_theft|THEFT|@R says copper wire stolen from the wind farm substation over the holiday, discovered on inspection
elig:past_theft|THEFT|@R at the school says laptops missing from a classroom cart, found out this morning
elig:past_theft|VEHTHEFT|@R says his car was stolen overnight from the ski resort lot, last seen 2200
elig:past_theft|THEFT|@R says someone took her campsite cooler while they were on a hike
elig:past_theft|THEFT|@R says mail was taken from the cluster box, noticed when she got home from work
elig:past_theft|BURG|@R came home from vacation, back window broken, tv missing, {no one inside}, already checked
elig:found_property|FOUND|@R found a wallet on the bus, wants to turn it in
elig:found_property|FOUND|@R found a bike dumped in the ditch on the county rd, looks newer
elig:found_property|FOUND|@R found a backpack on the bench at the trailhead, no one around, {checked, just clothes}
elig:found_property|FOUND|@R at the stadium found a set of car keys in section 202
elig:found_property|FOUND|@R found a passport at the airport curb, wants to hand it in
elig:found_property|FOUND|@R says a kayak washed up on the beach near the marina, no one around, {no sign anyone in the water}
elig:found_property|FOUND|@R found a phone at the laundromat, keeps ringing
elig:found_property|FOUND|@R found a license plate in the field on the farm, wants it picked up
elig:found_property|FOUND|@R at the ferry says a suitcase left on the car deck, crew checked, clothes and toiletries
elig:found_property|FOUND|@R found a <<weapon:handgun>> in the grass at the park, ((turned out to be a cap gun, orange tip)), wants it picked up
elig:found_property|FOUND|@R found a purse in the shopping cart at the grocery, has id inside
elig:found_property|FOUND|@R found a drone in her backyard, wants to return it to owner
elig:found_property|FOUND|@R says a sleeping bag and tent left at the campsite after checkout
elig:found_property|FOUND|@R at the school says a bag of clothes left at the front door over the weekend
elig:found_property|FOUND|@R found a box of old ammo in the attic of the house she bought, wants disposal info
elig:found_property|FOUND|@R found a credit card at the gas pump, wants to give it to an officer
elig:found_property|FOUND|@R found a pair of skis left on the rack at the lodge overnight
elig:passive_si|MH|@R says she has been feeling like life isnt worth it lately, {no plan}, wants to talk to someone
elig:passive_si|MH|@R says her son said sometimes he wishes he wasnt here, {denies plan or means}, asking for resources
elig:passive_si|MH|caller says he is tired of everything and would not mind not waking up, {no plan, no means}, wants counselling
elig:passive_si|SUICIDE|@R reports friend posted sad quotes online, friend says {not going to do anything}, asking for a check in
elig:passive_si|MH|student at the university counseling desk says feeling hopeless, {no intent}, wants an appointment
elig:passive_si|MH|@R, 70 yo widower, says he misses his wife and thinks about death, {no plan}, lonely
elig:passive_si|MH|@R says her sister talks about being better off dead, {denies any plan}, calm, asking what to do
elig:passive_si|SUICIDE|<<suicide:suicidal>> per 3rd party, ((RP reached the subj, she says she is fine and at her moms, denies SI))
elig:passive_si|MH|farmer says the harvest failed and he feels done with it all, {no plan, no weapons in home}, wants a counsellor
elig:passive_si|MH|@R says she has had dark thoughts since the breakup, {no plan}, calling the crisis number from the ad
elig:passive_si|MH|@R says roommate has been depressed and said whats the point, {has no plan}, asks for a mental health worker
elig:passive_si|MH|veteran called, says nights are bad, thoughts of not being here, {no plan or means}, wants the peer line
elig:passive_si|MH|@R says her teen is sad and wrote in her diary she wants to disappear, {denies plan when asked}
elig:passive_si|MH|caller says he feels like a burden, {not going to act on it}, wants to talk tonight
elig:passive_si|MH|@R at the mine camp says a coworker has been down and said he wishes he could sleep forever, {no plan}
elig:passive_si|MH|@R says her dad keeps saying he is ready to go, 88 yo, {no plan}, family worried
elig:passive_si|SUICIDE|@R says {previous attempt 3 yrs ago}, today she just feels low and wants to talk to a counselor
elig:refusing_to_leave|TRESPASS|@R says a man refuses to leave the lobby of the library after close, {no threats}, just sitting
elig:refusing_to_leave|TRESPASS|@R at the motel says guest wont check out, past time, {not aggressive}
elig:refusing_to_leave|TRESPASS|@R says ex roommate wont leave the porch, wants his stuff, {no threats}
elig:refusing_to_leave|TRESPASS|store manager says a woman wont leave the fitting room area, {calm}, just wont go
elig:refusing_to_leave|TRESPASS|@R says a man sitting in the hospital waiting room all day, not a patient, refusing to leave
elig:refusing_to_leave|TRESPASS|@R says a camper wont leave the site after checkout, says he paid, calm
elig:refusing_to_leave|TRESPASS|@R at the airport says a pax refusing to get off the plane after landing, {not combative}
elig:refusing_to_leave|TRESPASS|@R says her adult son wont leave after being told to go, {no threats}, just arguing
elig:refusing_to_leave|TRESPASS|@R says a group of surfers parked in the private lot, wont move their van
elig:refusing_to_leave|TRESPASS|@R says a fan wont leave the stadium seats after the game ended, security asked twice
elig:refusing_to_leave|TRESPASS|@R says a male refusing to leave the bar after being cut off, {not fighting}
elig:refusing_to_leave|TRESPASS|@R at the ferry says a man wont get off the boat at the last stop, wants to ride again
elig:refusing_to_leave|TRESPASS|@R at the church says a man sleeping in the pew, refuses to leave after the service
elig:refusing_to_leave|TRESPASS|@R says tenant evicted last week is back in the yard, wont leave, {not threatening}
elig:refusing_to_leave|TRESPASS|@R says a man wont leave the ski lift line, no ticket, arguing with the liftie
elig:refusing_to_leave|TRESPASS|@R at the school says a parent wont leave the front office, {not making threats}
elig:refusing_to_leave|TRESPASS|fast food mgr says a man has been at a table for 6 hrs, wont leave, quiet
elig:intoxicated_ok|INTOX|@R says a drunk man singing at the bus stop, {walking fine}, not bothering anyone
elig:intoxicated_ok|INTOX|@R says a woman intoxicated outside the bar, friends with her, wants a ride home
elig:intoxicated_ok|INTOX|@R says a man drunk at the festival gate, not allowed in, {talking and walking ok}
elig:intoxicated_ok|INTOX|@R at the campground says neighbors drunk and loud but harmless
elig:intoxicated_ok|INTOX|@R says an ETOH male sitting on the curb outside the liquor store, alert, asking for change
elig:intoxicated_ok|INTOX|@R says her husband came home drunk and is asleep on the couch, {breathing fine}, just wants it noted
elig:intoxicated_ok|INTOX|@R at the ski lodge says a guest had too many and is wobbly, staff sitting with him, {alert}
elig:intoxicated_ok|INTOX|@R says a guy is drunk on the train, talking to himself, {not aggressive}
elig:intoxicated_ok|INTOX|@R at the airport bar says a pax is tipsy and missed his flight, needs help rebooking
elig:intoxicated_ok|INTOX|@R says a man is drunk on the pier and singing, {not near the edge}
elig:intoxicated_ok|INTOX|@R says a woman drunk in the stadium concourse, friends getting her a water, she is laughing
elig:intoxicated_ok|INTOX|@R says male passed out drunk on the bench <<injury:not moving>>, ((woke up and talked to RP, walking home))
elig:intoxicated_ok|INTOX|@R says college kids drunk on the lawn after the game, {nobody hurt}
elig:intoxicated_ok|INTOX|@R says a drunk man wants a ride to the shelter, is outside the gas station, {walking}
elig:intoxicated_ok|INTOX|@R at the rodeo says a cowboy is sloshed and asleep in the bleachers, {breathing normal}
elig:intoxicated_ok|INTOX|@R says her uncle is drunk at the family party, annoying but fine
elig:intoxicated_ok|INTOX|@R at the mine camp says a worker drunk in the common room, {not causing trouble}, wants him sent to his room
elig:unhoused_sleeping|VAG|@R says a man sleeping in the doorway of the bank, {breathing, snoring}, blocking entry
elig:unhoused_sleeping|VAG|@R says a woman sleeping on a bench at the ferry terminal with her bags
elig:unhoused_sleeping|VAG|@R says someone camping under the bridge by the river, has a tent, {no trouble}
elig:unhoused_sleeping|VAG|@R at the airport says a man sleeping in the baggage claim overnight, not a traveler
elig:unhoused_sleeping|VAG|@R says a man sleeping in the church parking lot in a sleeping bag, wants him moved along
elig:unhoused_sleeping|VAG|@R says unhoused male sleeping in the bus shelter, {woke up when RP spoke}
elig:unhoused_sleeping|VAG|@R at the hospital says a person sleeping in the stairwell, not a patient, {sat up and talked}
elig:unhoused_sleeping|VAG|@R says a couple sleeping in a car behind the grocery every night this week
elig:unhoused_sleeping|VAG|@R says a man sleeping on the grass at the park, covered with a tarp, {moving around}
elig:unhoused_sleeping|VAG|@R at the school says someone sleeping by the dumpsters, left before the bell
elig:unhoused_sleeping|VAG|@R says a tent set up in the wind break on the farm edge, {no one bothering}
elig:unhoused_sleeping|VAG|transit ops: person sleeping on the last train at the yard, needs to be woken and escorted off
elig:unhoused_sleeping|VAG|@R says a man sleeping in the library restroom, staff knocked and he answered
elig:unhoused_sleeping|VAG|@R says someone sleeping in the porta potty at the festival grounds, {responded when knocked}
elig:unhoused_sleeping|VAG|@R says a woman <<injury:unconscious>> on the sidewalk, ((RP went back and she is just sleeping, sat up and asked for water))
elig:unhoused_sleeping|VAG|@R at the ski lodge says a man sleeping in the boot room overnight, no pass
elig:unhoused_sleeping|VAG|@R says a man sleeping under the pier, tide coming in but he is above the line
elig:resolved_alarm|WEAPON|@R reported <<weapon:a man with a gun>> at the bus stop, ((callback: it was a black umbrella))
elig:resolved_alarm|SHOTS|@R reported <<weapon:shots fired>> on the farm rd, ((neighbor confirms it was a propane cannon to scare birds))
elig:resolved_alarm|MED|@R says a <<injury:man collapsed>> at the stadium, ((stadium security says he was tying his shoe, fine))
elig:resolved_alarm|FIGHT|@R says <<violence:kids fighting>> at the skate park, ((2nd caller says it is a dance video shoot))
elig:resolved_alarm|WEAPON|airport reports <<weapon:knife in carry on>> at the checkpoint, ((TSA says it was a butter knife, surrendered))
elig:resolved_alarm|SHOTS|@R heard <<weapon:gunshots>> at the wind farm, ((site mgr says it was a breaker tripping))
elig:resolved_alarm|WEAPON|@R says a man <<weapon:pointing a gun>> at cars, ((RP now says it is a radar gun, he is a crossing guard))
elig:resolved_alarm|MED|@R says a diver <<injury:not breathing>> at the marina, ((dive shop says it was a training drill with a dummy))
elig:resolved_alarm|BURG|@R says <<police_only:someone breaking in>> next door, ((neighbor locked out, RP recognized him))
elig:resolved_alarm|UNKNOWN|<<uncertainty:open line>> with noise, ((callback, kid playing with the phone, parent confirms all ok))
elig:resolved_alarm|THREAT|@R says a man <<threat:threatening to kill>> someone at the park, ((RP says it is actors rehearsing a play, director present))
elig:resolved_alarm|SHOTS|<<weapon:shotspotter alert>> at the rail yard, ((yard master says car couplings slamming))
elig:resolved_alarm|CHILD|@R says <<police_only:child missing>> at the mall, ((found 5 min later in the toy store with dad))
elig:resolved_alarm|MED|@R says a man <<injury:bleeding>> on the ferry deck, ((crew says it is red paint from the railing job))
elig:resolved_alarm|WEAPON|@R says a person with a <<weapon:rifle>> on the school roof, ((school says it is the surveyor with a tripod))
elig:resolved_alarm|FIGHT|@R says a woman <<violence:being dragged>> into a car, ((RP now sees it is a mom carrying her tantrum kid))
elig:resolved_alarm|SUICIDE|@R says a man <<suicide:about to jump>> from the quarry cliff, ((it is a cliff diving event with a lifeguard))
elig:history_only|DISPUTE|@R wants advice, {prior DV at this address 2 yrs ago}, today just wants the ex to return the kids shoes
elig:history_only|WELFARE|@R says neighbor {was on a psych hold last year}, today seems fine, just wants someone to check he has food
elig:history_only|INFO|{address flagged for weapons in 2018}, today @R reports a broken mailbox
elig:history_only|MH|@R says her son {had a 5150 in march}, doing well, she wants info on outpatient programs
elig:history_only|INFO|@R says {her ex assaulted her years ago}, she wants to know how to renew the protection order
elig:history_only|INFO|@R says the man {who robbed the store last year} is back shopping, he is paying, just wants it noted
elig:history_only|WELFARE|@R says her brother {overdosed last winter}, he is sober now, asks for a check since he missed dinner
elig:history_only|INFO|farm @R says {someone shot at his cows two seasons ago}, today just wants extra patrols during calving
elig:history_only|DISPUTE|@R says {neighbor threatened him in 2021}, now they are arguing about leaves, no threats today
elig:history_only|MH|@R says {her mom tried to kill herself in 2019}, today mom is forgetful and wandering the yard, calm
elig:history_only|INFO|{premise hx of a stabbing 2016}, @R says the porch light is out and wants a patrol
elig:history_only|WELFARE|@R says {this student was in a fight last semester}, today he is sitting alone crying, counselor asked for a check
elig:history_only|DISPUTE|@R says {prior domestic calls here}, today the couple are disputing who keeps the dog
elig:history_only|INFO|@R says {the bar had a shooting 5 yrs ago}, wants extra presence for the concert, nothing happening
elig:history_only|INFO|@R says {he was mugged at the station last month}, wants to know the status of his report
elig:history_only|MH|@R says {her husband was hospitalized for psychosis in 2020}, today he is calm but not sleeping, wants a clinician
elig:history_only|CIVIL|@R says {ex was arrested for assault on her in 2017}, now disagreement about the kids pickup time, nothing physical
elig:negated_danger|DISPUTE|@R says neighbors arguing, {no weapons seen}, {no one hit}, just yelling about parking
elig:negated_danger|MH|@R says her son is upset and pacing, {denies SI}, {no weapons in house}, wants help calming him
elig:negated_danger|SUSP|@R says a man hanging around the school fence, {no weapon seen}, {not approaching kids}, taking photos of birds
elig:negated_danger|WELFARE|@R says elderly man fell earlier, {no injuries}, {got up on his own}, just wants a lift assist check
elig:negated_danger|DISPUTE|@R says customer upset at the bank, {not threatening}, {no weapon}, just loud
elig:negated_danger|WELFARE|@R says a woman sitting on the ground at the bus station, {conscious and talking}, {not hurt}
elig:negated_danger|DISPUTE|@R says husband and wife argued, {no physical}, {no threats}, he left to cool off
elig:negated_danger|INTOX|@R says drunk male at the marina, {not in the water}, {no injuries}, sitting on a bench
elig:negated_danger|MH|@R says her roommate is having a panic attack, {breathing ok}, {no self harm}, wants someone to talk to
elig:negated_danger|WELFARE|@R says a man on the trail seems lost, {not injured}, {has water}, cant find his car
elig:negated_danger|SUSP|@R says a man in the ferry lot checking car windows, {not trying doors}, RP thinks he is looking for his car
elig:negated_danger|DISPUTE|@R says 2 guys in a heated talk outside the pub, {no punches thrown}, {no weapons}
elig:negated_danger|MH|@R says her client is upset about his benefits, {denies wanting to hurt anyone}, {denies SI}
elig:negated_danger|WELFARE|@R says toddler fell off the swing, {no bleeding}, {crying normally}, mom just worried
elig:negated_danger|INTOX|@R says a man had a few beers and fell asleep in the car, {engine off}, {keys on the dash}, in the stadium lot
elig:negated_danger|DISPUTE|@R says the landlord and tenant argued, {no one was pushed}, {no threats made}
elig:negated_danger|WELFARE|@R says a worker at the grain elevator felt dizzy, {feels fine now}, {no chest pain}, wants it noted
elig:toy_prop|SUSP|@R says kids playing with a toy gun in the yard, orange tip, {just playing}
elig:toy_prop|SUSP|@R says a man in costume with a fake sword at the comic convention, walking to the venue
elig:toy_prop|SUSP|@R says a teen filming a movie with a prop rifle in the park, has a film crew
elig:toy_prop|SUSP|@R at the festival says guy in a pirate costume with a plastic cutlass, {harmless}
elig:toy_prop|SUSP|@R says kids shooting nerf guns at each other at the school bus stop
elig:toy_prop|SUSP|@R says a reenactor in uniform with a musket at the historic fort, event today
elig:toy_prop|SUSP|@R says a man carrying a fake knife as part of a halloween costume at the mall
elig:toy_prop|WEAPON|@R says a <<weapon:rifle>> in the back window of a car, ((RP looked closer, it is a toy))
elig:toy_prop|SUSP|@R says paintball players in camo walking along the county rd to the paintball field
elig:toy_prop|SUSP|@R says a water gun fight at the apartment pool, kids screaming and laughing
elig:toy_prop|SUSP|@R says a theater student carrying a prop axe on the campus bus
elig:toy_prop|SUSP|@R says a kid with a cap gun at the ferry terminal making loud pops
elig:toy_prop|SUSP|@R says a man with an airsoft gun in his backyard shooting targets, {into a backstop}
elig:toy_prop|SUSP|@R says a cosplayer with a foam sword at the airport, TSA already cleared it
elig:toy_prop|SUSP|@R says a training dummy of a person floating at the marina, lifeguard class
elig:toy_prop|SUSP|@R says children playing cops and robbers at the campground with stick guns
elig:toy_prop|SUSP|@R says a mannequin with a fake gun in a shop window display, looks real from the st
elig:idiom|INFO|@R says the noise from the bar is killing me, wants it turned down
elig:idiom|INFO|@R says her neighbor shot a video of her car and posted it, wants it taken down
elig:idiom|INFO|@R says his boss said he would kill for a coffee, coworker misunderstood and got upset
elig:idiom|DISPUTE|@R says the coach told the team to murder the other side tonight, a parent complained
elig:idiom|INFO|@R says the heat is killing her, AC out at the senior apartments, wants assist
elig:idiom|INFO|@R says her son is dying to go to the game but lost the tickets, lost property report
elig:idiom|INFO|@R says the band absolutely slayed, crowd leaving the stadium, traffic backed up
elig:idiom|DISPUTE|@R says neighbor told her to drop dead when asked to move his car, {no threats}, rude
elig:idiom|INFO|@R says the new hire bombed the presentation and stormed out, now sitting in his car, calm
elig:idiom|INFO|@R says the kids are beating the heat at the spray park, too many people, parking mess
elig:idiom|DISPUTE|@R says coworker said she will kill him if he eats her lunch again, laughed, {joking}
elig:idiom|INFO|@R shot some photos of a suspicious car at the lake, wants to send them
elig:idiom|INFO|@R says the team got slaughtered at the match and fans are grumpy, just leaving
elig:idiom|INFO|@R says he is dead tired and locked out of his truck at the mine lot, wants a lockout
elig:idiom|INFO|@R says her daughter is hanging out at the mall and wont answer, {not missing}, just annoyed
elig:idiom|INFO|@R says the traffic on the bridge is murder, wants to report a stalled car
elig:idiom|INFO|@R says the comedian was killing it and the crowd is blocking the alley after, noise
elig:tool_use|SUSP|@R says a man with a chainsaw in the woods behind the house, cutting up a fallen tree
elig:tool_use|SUSP|@R says a guy with an axe at the campground, chopping firewood, kids nearby
elig:tool_use|SUSP|@R says workers with nail guns on the roof next door at 0630
elig:tool_use|SUSP|@R says a man carrying a machete along the cane field, farm worker clearing brush
elig:tool_use|SUSP|@R says a guy with a crowbar prying boards off the old barn, owner says he hired him
elig:tool_use|SUSP|@R says a man with a knife cutting rope at the marina dock, tying up boats
elig:tool_use|SUSP|@R says someone with a sledgehammer on the sidewalk, city crew breaking concrete
elig:tool_use|SUSP|@R says a man with a bow and arrows in the field, archery practice at the target range
elig:tool_use|SUSP|@R says a man walking with a shovel and a pickaxe on the mine road, going to work
elig:tool_use|SUSP|@R says a fisherman cleaning fish with a fillet knife on the pier, scaring tourists
elig:tool_use|SUSP|@R says a man with a scythe in the cemetery, groundskeeper cutting grass
elig:tool_use|SUSP|@R says a guy with a box cutter opening boxes behind the store, employee
elig:tool_use|SUSP|@R says a woman with a hatchet splitting kindling at the ski cabin porch
elig:tool_use|SUSP|@R says a man with a pitchfork in the stable mucking stalls, new hand
elig:tool_use|SUSP|@R says someone using a blowtorch on the pipes under the house next door, plumber van out front
elig:tool_use|SUSP|@R says a man with a bolt cutter at the bike rack cutting his own lock, has the key to the bike
elig:tool_use|SUSP|@R says arborist with a pole saw trimming trees at the school, kids watching
elig:stored_firearm|INFO|@R says her late fathers rifles are locked in a safe, wants to know how to turn them in
elig:stored_firearm|INFO|@R says she has a hunting rifle locked in the truck rack, asking about the rules for the state park
elig:stored_firearm|INFO|@R says her husband keeps a pistol in the gun safe, {he is calm}, she wants info on storage for visiting grandkids
elig:stored_firearm|INFO|@R says a gun case is in the trunk of the car at the ferry lot, owner going hunting, RP worried
elig:stored_firearm|INFO|@R wants to surrender firearms from an estate, all unloaded and cased
elig:stored_firearm|INFO|@R says her neighbor carries a holstered pistol while working on the ranch, legal
elig:stored_firearm|INFO|@R says a rifle cased and locked in the back of a truck at the school lot, hunting season
elig:stored_firearm|INFO|@R at the airport says a pax declared a firearm in checked bag, paperwork question
elig:stored_firearm|INFO|@R says she found her sons hunting shotgun unloaded in the closet, wants a lockbox program
elig:stored_firearm|INFO|@R says the farm has a shotgun for coyotes locked in the shed, new tenant asking about rules
elig:stored_firearm|INFO|@R at the pawn shop wants to report a customer selling a rifle, paperwork in order
elig:stored_firearm|INFO|@R says her dad has guns at home and is getting forgetful, wants advice on removing them
elig:stored_firearm|INFO|@R says a neighbor is cleaning his rifles on the porch, {unloaded}, just wanted to ask if that is allowed
elig:stored_firearm|INFO|@R says a security guard with a holstered gun at the bank, RP is new to the country and nervous
elig:stored_firearm|INFO|@R says a game warden with a rifle on the trail, RP asking if it is real warden
elig:stored_firearm|INFO|@R says an old musket hanging on the wall of the restaurant, kid asked if it is loaded
elig:stored_firearm|INFO|@R says she keeps a revolver in a locked drawer and wants to report it missing from a move, {no one threatened}
elig:mh_request|MH|@R says her brother is hearing voices again, calm, {not aggressive}, wants a crisis worker to come talk
elig:mh_request|MH|@R says her son with autism is melting down over a schedule change, {no one hurt}, wants help calming
elig:mh_request|MH|@R says a man at the shelter is talking to himself and pacing, staff want a clinician
elig:mh_request|MH|@R says she is anxious and cant sleep, wants to talk with someone tonight
elig:mh_request|MH|@R says her mom with dementia thinks it is 1975 and is looking for her old house, calm
elig:mh_request|MH|@R at the library says a patron is convinced the computers are spying on him, {not threatening}
elig:mh_request|MH|@R says a student in the dorm is having a hard time after exams, crying, wants to see someone
elig:mh_request|MH|@R says a man at the airport gate is very paranoid about the plane, calm, asks for help
elig:mh_request|MH|@R says her husband is manic, has not slept in 3 days, spending money, {no violence}
elig:mh_request|MH|@R says an elderly man at the ferry thinks people are following him, {no weapons}, calm
elig:mh_request|MH|@R at the clinic says a pt off his meds, wants the mobile team, {cooperative}
elig:mh_request|MH|@R says a man at the bus depot is preaching loudly, {harmless}, bothering commuters
elig:mh_request|MH|@R says a woman in the park believes she is royalty and wants to see the mayor, calm
elig:mh_request|MH|@R on tribal land asks for the mental health team for her nephew who has been isolating
elig:mh_request|MH|@R at the ski lodge says a guest is having a panic attack after a lift stop, calming down
elig:mh_request|MH|@R says her teen is refusing school and locked in room playing games, {no self harm}, wants family counseling
elig:mh_request|MH|@R says a man in the hospital lobby is confused and wants to talk to a social worker
elig:juveniles|JUV|@R says a group of teens hanging out in the parking lot of the closed store, skateboarding
elig:juveniles|JUV|@R says kids on bikes riding through the campground loop too fast, {no one hit}
elig:juveniles|JUV|@R says teens playing basketball at the school after hours, lights on
elig:juveniles|JUV|@R says juveniles hanging out on the pier at night, loud, {not bothering anyone}
elig:juveniles|JUV|@R says kids knocking on doors and running away, ding dong ditch
elig:juveniles|JUV|@R says a group of teens sitting on the ferry benches with music, no ticket check issue
elig:juveniles|JUV|@R says students skipping class at the mall food court during school hours
elig:juveniles|JUV|@R says teens smoking vapes behind the gym, {no fighting}
elig:juveniles|JUV|@R says kids climbing on the hay bales at the farm, worried they will fall
elig:juveniles|JUV|@R says youth sledding on the closed ski run after hours
elig:juveniles|JUV|@R says teens in the stadium lot doing donuts with bikes, loud
elig:juveniles|JUV|@R says kids jumping off the marina dock into the water, {all swimming fine}
elig:juveniles|JUV|@R says a group of teens <<violence:fighting>> in the park, ((RP now says they are practicing wrestling moves, laughing))
elig:juveniles|JUV|@R says a couple of kids building a fort in the woods behind the houses with a small campfire, {out now}
elig:juveniles|JUV|@R says teens at the train station loitering, asking people for cigarettes
elig:juveniles|JUV|@R says kids playing ball in the street, blocking cars, {no damage}
elig:juveniles|TRUANT|@R says 2 children walking along the rd during school hours, say they have the day off
elig:civil_matter|CIVIL|@R says her ex wont return the kids on time per the parenting plan, {no threats}, wants it documented
elig:civil_matter|CIVIL|@R says landlord changed the locks without notice, wants to know her rights
elig:civil_matter|CIVIL|@R says a contractor took the deposit and didnt finish the fence, wants a report
elig:civil_matter|CIVIL|@R says neighbor built a shed over the property line on the farm, survey dispute
elig:civil_matter|CIVIL|@R says the mechanic wont release his truck until he pays, disputes the bill
elig:civil_matter|CIVIL|@R says a boat owner at the marina hasnt paid slip fees, wants to tow the boat
elig:civil_matter|CIVIL|@R says her roommate moved out and took the couch they bought together
elig:civil_matter|CIVIL|@R says a tenant left owing rent and left furniture behind, asks what to do
elig:civil_matter|CIVIL|@R wants a civil standby to pick up her belongings from her ex's house, {no threats}
elig:civil_matter|CUST|@R says the kids dad is 30 min late for the exchange at the police station lot
elig:civil_matter|CIVIL|@R says the seller of the horse wont hand over the papers, wants police to make him
elig:civil_matter|CIVIL|@R says the airline lost his bag and he wants a police report for insurance
elig:civil_matter|CIVIL|@R says the festival vendor wont refund her ticket, rain cancelled
elig:civil_matter|CIVIL|@R says a dispute over the grazing lease on the reserve, family members disagree
elig:civil_matter|CIVIL|@R says her ex is keeping the dog, wants it back, {no threats}
elig:civil_matter|CIVIL|@R says the employer didnt pay final wages at the packing plant, wants a report
elig:civil_matter|CIVIL|@R says the car he bought online has a different VIN, the seller is not answering
elig:benign_suspicious|SUSP|@R says a car parked on the street for 3 days, not from the neighborhood
elig:benign_suspicious|SUSP|@R says a man taking photos of the substation fence, RP thinks it is odd
elig:benign_suspicious|SUSP|@R says someone walking around with a flashlight in the field at night, thinks it is a hunter looking for his dog
elig:benign_suspicious|SUSP|@R says a van with no windows parked by the school for an hour, {no one approached kids}
elig:benign_suspicious|SUSP|@R says a drone hovering over the marina, wants to know if legal
elig:benign_suspicious|SUSP|@R says a man in a suit going door to door, says he is selling solar
elig:benign_suspicious|SUSP|@R says a person sitting in a parked car at the ski lot with the engine running for 2 hrs, {awake}
elig:benign_suspicious|SUSP|@R says a woman looking in car windows in the hospital lot, she said she forgot where she parked
elig:benign_suspicious|SUSP|@R says lights on in the empty church at night, no cars, {no sign of entry}
elig:benign_suspicious|SUSP|@R says 2 men in hi vis measuring the rd by the wind farm, no company name
elig:benign_suspicious|SUSP|@R says a boat anchored off the beach all day, no one on deck
elig:benign_suspicious|SUSP|@R says a man with a metal detector on the school field at dawn
elig:benign_suspicious|SUSP|@R says a truck at the grain bins after dark, might be the new renter
elig:benign_suspicious|SUSP|@R says a guy filming the planes at the airport fence, wants him checked
elig:benign_suspicious|SUSP|@R says someone left a running car at the trailhead with no one around, {doors locked}
elig:benign_suspicious|SUSP|@R says a person walking around the rail yard in a vest, could be staff
elig:benign_suspicious|SUSP|@R says an unfamiliar camper van parked at the end of the dirt road by the lake
elig:animal|ANIMAL|@R says cows out on the county rd, farmer not home
elig:animal|ANIMAL|@R says a loose dog running around the school yard, friendly
elig:animal|ANIMAL|@R says a bear in the dumpster at the campground, {no one near}, wants rangers
elig:animal|ANIMAL|@R says a deer hit on the highway, still alive on the shoulder
elig:animal|ANIMAL|@R says a seal on the boat ramp at the marina, people crowding it
elig:animal|ANIMAL|@R says neighbor's horse got out and is in her garden
elig:animal|ANIMAL|@R says a dog locked in a car at the stadium lot, windows cracked, panting
elig:animal|ANIMAL|@R says a snake in the laundry room of the apartment building
elig:animal|ANIMAL|@R says a raccoon acting strange in the daytime by the playground
elig:animal|ANIMAL|@R says a moose on the ski run near the bunny slope, skiers stopping
elig:animal|ANIMAL|@R says a stray cat with kittens under the ferry ticket booth
elig:animal|ANIMAL|@R says goats loose on the tribal rd near the community center
elig:animal|ANIMAL|@R says a dog barking and <<violence:attacking>> something in the yard, ((it was a stuffed toy, dog is fine))
elig:animal|ANIMAL|@R says an injured hawk in the parking lot of the hospital
elig:animal|ANIMAL|@R says a neighbor's rooster keeps getting into her yard, wants animal control
elig:animal|ANIMAL|@R says a swarm of bees on the bench at the bus stop, {no one stung}
elig:animal|ANIMAL|@R says a dead sheep by the fence on the wind farm access road
elig:harassment_no_threat|HARASS|@R says her ex keeps texting her to get back together, {no threats}, wants it to stop
elig:harassment_no_threat|HARASS|@R says a coworker keeps leaving notes on her car, creepy but {no threats}
elig:harassment_no_threat|HARASS|@R says someone keeps calling the farm and hanging up, 10 times today
elig:harassment_no_threat|HARASS|@R says neighbor keeps taking pictures of her house and posting them online
elig:harassment_no_threat|HARASS|@R says a man keeps asking her out on the bus every morning, {not threatening}, wants it documented
elig:harassment_no_threat|HARASS|@R says her former tenant is leaving bad reviews and emailing her constantly
elig:harassment_no_threat|HARASS|@R says a student keeps messaging the teacher on social media, {no threats made}
elig:harassment_no_threat|HARASS|@R says a customer at the marina keeps calling her names when he comes in
elig:harassment_no_threat|HARASS|@R says her ex's new gf keeps calling her names in the school pickup line
elig:harassment_no_threat|HARASS|@R says someone put a rude sign on her fence about her dog
elig:harassment_no_threat|HARASS|@R says a man keeps following her on instagram with fake accounts, {no threats}
elig:harassment_no_threat|HARASS|@R says neighbor kids keep throwing trash over the fence into her yard
elig:harassment_no_threat|HARASS|@R says a vendor at the festival keeps yelling insults at her booth
elig:harassment_no_threat|HARASS|@R says a caller keeps phoning the clinic and cursing at staff, {no threats}
elig:harassment_no_threat|HARASS|@R says a man at the gym stares at her and makes comments, wants advice
elig:harassment_no_threat|HARASS|@R says her ex keeps driving by the house slowly, {has not stopped or said anything}
elig:harassment_no_threat|HARASS|@R says the debt collector is calling every hour, rude but no threats
elig:nonurgent_assist|ASSIST|@R locked out of her car at the ski lot, kid is with her outside, {not in the car}
elig:nonurgent_assist|ASSIST|@R needs a lift assist for her husband who slid out of bed, {not hurt}
elig:nonurgent_assist|ASSIST|@R says a traffic light is out at the highway junction
elig:nonurgent_assist|ASSIST|@R says a tree down across the farm rd, no wires, no one hurt
elig:nonurgent_assist|ASSIST|@R asks for a ride to the shelter, stranded at the bus depot
elig:nonurgent_assist|ASSIST|@R says her car broke down on the bridge shoulder, needs a tow
elig:nonurgent_assist|ASSIST|@R says a large rock fell onto the mine access road, blocking a lane
elig:nonurgent_assist|ASSIST|@R says he is out of gas on the reserve rd, wants someone to bring fuel
elig:nonurgent_assist|ASSIST|@R wants a citizen escort to the bank to deposit the festival cash
elig:nonurgent_assist|ASSIST|@R says the elevator at the ferry terminal is stuck, no one inside
elig:nonurgent_assist|ASSIST|@R asks for a notification to her son who has no phone, family emergency overseas
elig:nonurgent_assist|ASSIST|@R says a stop sign knocked down at the school crossing
elig:nonurgent_assist|ASSIST|@R wants help getting her elderly mom from the car into the house, {no injury}
elig:nonurgent_assist|ASSIST|@R says a boat is drifting in the marina after the line snapped, {no one on board}
elig:nonurgent_assist|ASSIST|@R says she needs a translator to report a lost passport at the airport
elig:nonurgent_assist|ASSIST|@R says cattle guard broken on the ranch rd, cars getting stuck
elig:nonurgent_assist|ASSIST|@R says the door of the campground bathroom jammed, a kid stuck inside, {fine, talking}
elig:missing_found_safe|MISSING|@R reported her teen missing last night, {he came home this morning}, wants to cancel
elig:missing_found_safe|MISSING|@R says her father with dementia wandered off, {found by a neighbor, safe at home now}
elig:missing_found_safe|MISSING|@R says her 16 yo didnt come home, texted that she is at a friend's house
elig:missing_found_safe|MISSING|@R says a hiker overdue at the trailhead, {now called in, at the lodge}
elig:missing_found_safe|MISSING|@R says her adult son hasnt answered in 2 days, {he posted online an hour ago}
elig:missing_found_safe|MISSING|@R says a <<police_only:child missing>> at the beach, ((found at the ice cream stand with his aunt))
elig:missing_found_safe|MISSING|@R says a resident of the group home left without signing out, {returned after lunch}
elig:missing_found_safe|MISSING|@R says her husband didnt come home from fishing, {coast guard says he is docked at the next marina}
elig:missing_found_safe|MISSING|@R says a student missed the bus home from the field trip, {teacher has him}
elig:missing_found_safe|MISSING|@R says her runaway 15 yo is at the mall, wants help getting her home, {she is fine}
elig:missing_found_safe|MISSING|@R says a camper didnt return to the site last night, {now back, slept in his car}
elig:missing_found_safe|MISSING|@R says a ski buddy didnt meet at the lodge, {found him in the bar}
elig:missing_found_safe|MISSING|@R says a worker didnt come back to the mine camp, {he texted he is in town}
elig:missing_found_safe|MISSING|@R says her mom with alzheimers left the house, {neighbor walking with her now}
elig:missing_found_safe|MISSING|@R says her 17 yo is not at school, {he is at the dentist, forgot to tell}
elig:missing_found_safe|MISSING|@R says the tour group lost a member at the festival, {found at the info tent}
elig:missing_found_safe|MISSING|@R says her 12 yo missed the ferry home, {is with staff at the terminal}
red:police_only|VEHTHEFT|@R says a [[police_only:carjacking]] just happened at the light on 5th, suspect still sitting in her car at the gas stn
red:police_only|BURG|@R says [[police_only:burglars]] inside the vacant farmhouse now, flashlights in the upstairs rooms
red:police_only|PROWLER|@R sees a man [[police_only:peeping]] into the girls locker room windows at the rec center, still there
red:police_only|ROBBERY|clerk says a [[police_only:holdup]] at the bottle shop, male still behind the counter with the till
red:suicide|SUICIDE|@R says roommate actively [[suicide:suicidal]], has pills counted out on the desk and wrote goodbye letters
red:suicide|SUICIDE|@R says her friend on the phone is [[suicide:overdosing]] on purpose right now, slurring, at the beach huts
red:suicide|SUICIDE|@R says her dad is [[suicide:threatening]] to hang himself in the shearing shed, has the rope
red:threat|THREAT|@R says the ex is at the door [[threat:threatening]] her and the kids, says they wont see morning
red:threat|THREAT|@R says a customer [[threat:threatening]] to stab the teller at the credit union, still in line
red:uncertainty|HANGUP|@R was [[uncertainty:whispering]] and said he is in the house, then nothing but breathing
red:uncertainty|HANGUP|female called, said help, then [[uncertainty:disconnected]], phase 1 only, near the stock yards
red:uncertainty|OPENLINE|open line, hear a woman [[uncertainty:screaming]] and a door slam, no answer to dispatcher
red:violence|DV|@R says bf is [[violence:strangling]] her sister in the hallway, she can hear her gagging
red:violence|ASSAULT|@R says a man [[violence:headbutted]] the bus driver at the depot, driver sitting down holding face
'''


# ---------------------------------------------------------------- templates
def load_templates():
    out = []
    for line in TEMPLATES.strip().split('\n'):
        cls, ctype, body = line.split('|', 2)
        side, name = cls.split(':')
        segs = parse_markup(body)
        out.append(dict(idx=len(out), side=side, name=name, ctype=ctype, body=body, segs=segs))
    return out


def parse_markup(s):
    """-> list of [type, kind, text]; type in t/key/alarm/res/decoy."""
    segs = []
    pos = 0
    for m in TOKEN_RE.finditer(s):
        if m.start() > pos:
            segs.append(['t', None, s[pos:m.start()]])
        if m.group(1):
            segs.append(['key', m.group(1), m.group(2)])
        elif m.group(3):
            segs.append(['alarm', m.group(3), m.group(4)])
        elif m.group(5):
            segs.append(['res', None, m.group(5)])
        else:
            segs.append(['decoy', None, m.group(6)])
        pos = m.end()
    if pos < len(s):
        segs.append(['t', None, s[pos:]])
    for sg in segs:
        if sg[1] is not None and sg[1] not in KINDS:
            raise ValueError('bad kind %r in %r' % (sg[1], s))
    return segs


def serialize(segs):
    out = []
    for typ, kind, text in segs:
        if typ == 't':
            out.append(text)
        elif typ == 'key':
            out.append('[[%s:%s]]' % (kind, text))
        elif typ == 'alarm':
            out.append('<<%s:%s>>' % (kind, text))
        elif typ == 'res':
            out.append('((%s))' % text)
        else:
            out.append('{%s}' % text)
    return ''.join(out)


def capabilities(segs):
    cap = dict(alarm_res=False, decoy=False, key=False, longword=False)
    for i, (typ, kind, text) in enumerate(segs):
        if typ == 'decoy':
            cap['decoy'] = True
        if typ in ('key', 'alarm'):
            cap['key'] = True
            if ' ' not in text and sum(c.isalnum() for c in text) > 5:
                cap['longword'] = True
        if typ == 'res':
            cap['alarm_res'] = True
    return cap


# ---------------------------------------------------------------- rendering
WORD_RE = re.compile(r'[A-Za-z]{4,}')


def typo_word(w, r):
    low = w.lower()
    if low in TYPOS:
        t = TYPOS[low]
        return t.upper() if w.isupper() and len(w) > 1 else t
    cands = [j for j in range(1, len(w) - 2) if w[j] != w[j + 1]]
    if not cands:
        return None
    j = r.choice(cands)
    return w[:j] + w[j + 1] + w[j] + w[j + 2:]


def apply_typo(segs, mode, subseed):
    """mode 'key' misspells a word inside a key/alarm (else decoy, else plain); 'other' a plain word."""
    r = random.Random(subseed)
    if mode == 'key':
        order = [('key', 'alarm'), ('decoy',), ('t',)]
    else:
        order = [('t',), ('decoy',)]
    for types in order:
        cands = []
        for si, sg in enumerate(segs):
            if sg[0] in types:
                for m in WORD_RE.finditer(sg[2]):
                    cands.append((si, m.start(), m.group(0)))
        pref = [c for c in cands if c[2].lower() in TYPOS]
        pool = pref if pref and r.random() < 0.7 else cands
        r.shuffle(pool)
        for si, st, w in pool:
            t = typo_word(w, r)
            if t and t != w:
                segs[si][2] = segs[si][2][:st] + t + segs[si][2][st + len(w):]
                return '%s:%s->%s' % (segs[si][0], w, t)
    return ''


def fill(frag, r):
    frag = frag.replace('%T', '%02d%02d' % (r.randrange(24), r.randrange(60)))
    frag = frag.replace('%U', str(r.randrange(10, 400)))
    frag = frag.replace('%P', str(r.choice([2, 3, 4])))
    return frag


def render(tpl, ag, draw):
    """draw: dict of choices. Returns (segs, text, spans)."""
    rp = ag['rp'][draw['rpi'] % len(ag['rp'])]
    sj = ag['subj'][draw['sji'] % len(ag['subj'])]
    segs = []
    for typ, kind, text in tpl['segs']:
        text = text.replace('@R', rp).replace('@S', sj)
        segs.append([typ, kind, text])
    if draw['typo']:
        draw['typo_note'] = apply_typo(segs, draw['typo'], draw['typo_seed'])
    sep = ag['sep']
    for sg in segs:
        sg[2] = sg[2].replace('. ', sep)
    # strip a trailing period
    if segs and segs[-1][0] == 't' and segs[-1][2].endswith('.'):
        segs[-1][2] = segs[-1][2][:-1]
    if draw['head'] is not None:
        segs.insert(0, ['t', None, draw['head'] + sep])
    if draw['tail'] is not None:
        segs.append(['t', None, sep.rstrip() + ' ' + draw['tail'] if sep.strip() else ' ' + draw['tail']])
    # casing
    mode = ag['case']
    if mode == 'mixed':
        mode = 'upper' if draw['mixu'] else 'asis'
    for sg in segs:
        if mode == 'upper':
            sg[2] = sg[2].upper()
        elif mode == 'lower':
            sg[2] = sg[2].lower()
    text = ''
    spans = []
    for typ, kind, t in segs:
        if typ != 't':
            spans.append(dict(type=typ, kind=kind, s=len(text), e=len(text) + len(t), text=t))
        text += t
    return segs, text, spans


def alnum(s):
    return sum(c.isalnum() for c in s)


def survives(sp, W):
    """truncation survival rule for a key/alarm span. -> (bool, visible text)"""
    if W is None or sp['e'] <= W:
        return True, sp['text']
    if sp['s'] >= W:
        return False, ''
    kept = sp['text'][:W - sp['s']]
    if any(c.isspace() for c in sp['text'].strip()):
        return False, ''
    n = alnum(sp['text'])
    k = alnum(kept)
    if n > 5 and k >= max(5, n - 3):
        return True, kept
    return False, ''


def derive(spans, W):
    """-> dict kind -> evidence (first surviving cue of that kind)."""
    found = {}
    for i, sp in enumerate(spans):
        if sp['type'] == 'key':
            ok, vis = survives(sp, W)
            if ok and sp['kind'] not in found:
                found[sp['kind']] = vis
        elif sp['type'] == 'alarm':
            ok, vis = survives(sp, W)
            if not ok:
                continue
            res = None
            for sp2 in spans[i + 1:]:
                if sp2['type'] == 'alarm':
                    break
                if sp2['type'] == 'res':
                    res = sp2
                    break
            resolved = res is not None and (W is None or res['e'] <= W)
            if not resolved and sp['kind'] not in found:
                found[sp['kind']] = vis
    return found


def classify_cut(text, spans, W):
    if len(text) <= W or text[W - 1] == ' ':
        return None
    for sp in spans:
        if sp['s'] < W < sp['e']:
            if sp['type'] == 'decoy':
                return 'decoy'
            if sp['type'] == 'res':
                return 'resolution'
            t = sp['text']
            if ' ' not in t and alnum(t) > 5 and 1 <= sp['e'] - W <= 4:
                return 'keytail'
            return 'inkey'
    if all(sp['e'] <= W for sp in spans):
        return 'after' if spans else None
    if any(sp['s'] >= W and sp['type'] in ('key', 'alarm') for sp in spans):
        return 'before'
    return None


# ---------------------------------------------------------------- generation
def make_draw(rng, ag, p_head, p_tail, p_double=0.0):
    nh = 0
    if rng.random() < p_head:
        nh = 1
        if rng.random() < p_double:
            nh = 2
            if rng.random() < p_double:
                nh = 3
    head = ag['sep'].join(fill(f, rng) for f in rng.sample(ag['heads'], nh)) if nh else None
    d = dict(rpi=rng.randrange(6), sji=rng.randrange(6), mixu=rng.random() < 0.5,
             head=head,
             tail=fill(rng.choice(ag['tails']), rng) if rng.random() < p_tail else None,
             typo=None, typo_seed=rng.randrange(10 ** 9), typo_note='')
    return d


def pick_ctype(rng, tpl, intended_red):
    if intended_red:
        if rng.random() < 0.70:
            return tpl['ctype'], 'fitting'
        return rng.choice(MILD_FOR_RED), 'mild'
    if rng.random() < 0.80:
        return tpl['ctype'], 'fitting'
    return rng.choice(ALARMING_FOR_GROUP[tpl['name']]), 'alarming'


def ctype_text(ag, key):
    t = ag['pre'] + CTYPES[key][ag['style']]
    if ag['ctcase'] == 'upper':
        t = t.upper()
    elif ag['ctcase'] == 'lower':
        t = t.lower()
    return t


CAT_NEEDS = {'after': None, 'before': 'key', 'decoy': 'decoy', 'inkey': 'key', 'resolution': 'alarm_res',
             'keytail': 'longword'}


def generate():
    rng = random.Random(SEED)
    templates = load_templates()
    for t in templates:
        t['cap'] = capabilities(t['segs'])
    red_by_kind = dict((k, [t for t in templates if t['side'] == 'red' and t['name'] == k]) for k in KINDS)
    groups = []
    for t in templates:
        if t['side'] == 'elig' and t['name'] not in groups:
            groups.append(t['name'])
    elig_by_group = dict((g, [t for t in templates if t['side'] == 'elig' and t['name'] == g]) for g in groups)
    kind_use = dict((k, 0) for k in KINDS)
    group_use = dict((g, 0) for g in groups)
    tpl_use = [0] * len(templates)
    ag_use = [0] * len(AGENCIES)
    cut_ag_use = [0] * len(AGENCIES)

    intended = [True] * N_RED_INTENDED + [False] * (N_ROWS - N_RED_INTENDED)
    rng.shuffle(intended)
    red_idx = [i for i in range(N_ROWS) if intended[i]]
    elig_idx = [i for i in range(N_ROWS) if not intended[i]]
    cut_rows = sorted(rng.sample(red_idx, N_CUT // 2) + rng.sample(elig_idx, N_CUT // 2))
    # cut positions: spread over six categories; red rows carry most key-based cuts (their keys),
    # eligible rows most after/decoy/resolution cuts (their alarms and decoys)
    total = dict(after=34, before=34, decoy=33, inkey=33, resolution=33, keytail=33)
    red_w = dict(after=4, before=29, decoy=4, inkey=29, resolution=4, keytail=30)
    red_cut = [i for i in cut_rows if intended[i]]
    elig_cut = [i for i in cut_rows if not intended[i]]
    red_alloc = dict((c, red_w[c] * len(red_cut) // 100) for c in CUT_CATS)
    k = 0
    while sum(red_alloc.values()) < len(red_cut):
        red_alloc[CUT_CATS[k % len(CUT_CATS)]] += 1
        k += 1
    red_cats = []
    elig_cats = []
    for c in CUT_CATS:
        red_cats += [c] * red_alloc[c]
        elig_cats += [c] * max(0, total[c] - red_alloc[c])
    elig_cats = elig_cats[:len(elig_cut)]
    while len(elig_cats) < len(elig_cut):
        elig_cats.append('after')
    rng.shuffle(red_cats)
    rng.shuffle(elig_cats)
    cut_cat = dict(list(zip(red_cut, red_cats)) + list(zip(elig_cut, elig_cats)))
    # misspellings: ~30% of rows; about half of them on a cue word (key/alarm, or decoy for look-alikes)
    typo_modes = []
    for i in range(N_ROWS):
        x = rng.random()
        if intended[i]:
            typo_modes.append('key' if x < 0.30 else ('other' if x < 0.35 else None))
        else:
            typo_modes.append('key' if x < 0.10 else ('other' if x < 0.29 else None))

    seen = set()
    rows = []
    for i in range(N_ROWS):
        red = intended[i]
        if red:
            pools = sorted(KINDS, key=lambda k: (kind_use[k], rng.random()))
            pool_map = red_by_kind
        else:
            pools = sorted(groups, key=lambda g: (group_use[g], rng.random()))
            pool_map = elig_by_group
        want = cut_cat.get(i)
        cat_order = [want] + [c for c in CUT_CATS if c != want] if want else [None]
        done = None
        passes = [(cat, cap) for cat in cat_order for cap in (2, 3, 4, 10 ** 6)]
        for cat, cap in passes:
            for pool in pools:
                tpls = sorted(pool_map[pool], key=lambda t: (tpl_use[t['idx']], rng.random()))
                tpls = [t for t in tpls if tpl_use[t['idx']] < cap]
                if cat and CAT_NEEDS[cat]:
                    tpls = [t for t in tpls if t['cap'][CAT_NEEDS[cat]]]
                for tpl in tpls:
                    use = cut_ag_use if cat else ag_use
                    ags = sorted(range(len(AGENCIES)), key=lambda a: (use[a], rng.random()))
                    for ai in ags:
                        ag = AGENCIES[ai]
                        tries = (30 if cat == 'keytail' else 12) if cat else 3
                        for attempt in range(tries):
                            if cat:
                                d = make_draw(rng, ag, 0.85, 0.5, 0.5)
                            else:
                                ph = 0.55 if attempt == 0 else (0.3 if attempt == 1 else 0.0)
                                d = make_draw(rng, ag, ph, ph * 0.8, 0.15)
                            d['typo'] = typo_modes[i]
                            segs, text, spans = render(tpl, ag, d)
                            if '  ' in text or text != text.strip():
                                continue
                            W = ag['W']
                            if cat:
                                if classify_cut(text, spans, W) != cat:
                                    continue
                                narr = text[:W]
                            else:
                                if len(text) > W:
                                    continue
                                narr = text
                            if narr in seen:
                                continue
                            done = (tpl, ai, d, segs, text, spans, cat, narr)
                            break
                        if done:
                            break
                    if done:
                        break
                if done:
                    break
            if done:
                break
        if not done:
            raise RuntimeError('row %d could not be built' % i)
        tpl, ai, d, segs, text, spans, cat, narr = done
        ag = AGENCIES[ai]
        seen.add(narr)
        tpl_use[tpl['idx']] += 1
        ag_use[ai] += 1
        if cat:
            cut_ag_use[ai] += 1
        if red:
            kind_use[tpl['name']] += 1
        else:
            group_use[tpl['name']] += 1
        W = ag['W'] if cat else None
        found = derive(spans, W)
        flags = [k for k in KINDS if k in found]
        if flags:
            label = 'red_flag'
            reason = '; '.join("%s <- '%s'" % (k, found[k]) for k in flags)
        else:
            label = 'eligible'
            if tpl['side'] == 'red':
                reason = 'eligible: red cues lost to truncation (was %s)' % tpl['name']
            else:
                reason = 'eligible: %s' % tpl['name']
        if cat:
            reason += '; truncated at %d' % ag['W']
        ckey, cmode = pick_ctype(rng, tpl, red)
        rows.append(dict(id='B17-%04d' % (i + 1), call_type=ctype_text(ag, ckey), narrative=narr, label=label,
                         flags=';'.join(flags), reason=reason, split='blind17', agency=ag['name'], W=ag['W'],
                         cut=1 if cat else 0, cat=cat or '', cls='%s:%s' % (tpl['side'], tpl['name']),
                         markup=serialize(segs), tidx=tpl['idx'], typo=d['typo_note'], cmode=cmode))
    return rows


def main(argv):
    args = [a for a in argv[1:] if not a.startswith('--')]
    outdir = args[0] if args else '.'
    os.makedirs(outdir, exist_ok=True)
    rows = generate()
    with open(os.path.join(outdir, 'blind17.csv'), 'w', newline='', encoding='ascii') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split'])
        for r in rows:
            w.writerow([r['id'], r['call_type'], r['narrative'], r['label'], r['flags'], r['reason'], r['split']])
    if '--markup' in argv:
        with open(os.path.join(outdir, 'blind17_markup.tsv'), 'w', newline='', encoding='ascii') as f:
            f.write('id\tagency\tW\tcut\tcut_cat\tclass\ttemplate\tctype_mode\ttypo\tmarkup\n')
            for r in rows:
                f.write('\t'.join([r['id'], r['agency'], str(r['W']), str(r['cut']), r['cat'], r['cls'],
                                   str(r['tidx']), r['cmode'], r['typo'], r['markup']]) + '\n')


if __name__ == '__main__':
    main(sys.argv)
