#!/usr/bin/env python3
"""make_blind23.py OUTDIR -- held-out CAD-narrative eval set (blind23).
Standard library only. One random.Random(SEED). No iteration over sets."""
import sys, os, re, csv, random

SEED = 230923
N_ROWS = 1000
RED_TARGET = {'injury': 124, 'police_only': 88, 'violence': 71, 'weapon': 39,
              'threat': 35, 'uncertainty': 28, 'suicide': 15}
KMAP = {'inj': 'injury', 'pol': 'police_only', 'vio': 'violence', 'wpn': 'weapon',
        'thr': 'threat', 'sui': 'suicide', 'unc': 'uncertainty'}
P_TRUNC = 0.205
P_TYPO = 0.25
P_RED_CODE_KEEP = 0.45   # red rows keep a red-signalling call-type code this often

# call-type categories: red categories carry a kind (context key)
CAT_KIND = {'MED': 'injury', 'ASLT': 'violence', 'FIGHT': 'violence', 'DV': 'violence',
            'WEAP': 'weapon', 'SHOTS': 'weapon', 'THREAT': 'threat', 'SUIC': 'suicide',
            'BURG': 'police_only', 'ROBB': 'police_only', 'DUI': 'police_only',
            'OPENLN': 'uncertainty', 'UNK': 'uncertainty'}
CAT_FALLBACK = {'MED': ['WELCK', 'ASSIST', 'CFS'], 'ASLT': ['DIST', 'CFS'], 'FIGHT': ['DIST'],
                'DV': ['VERBAL', 'DIST'], 'WEAP': ['SUSPER', 'DIST'], 'SHOTS': ['SUSPER', 'NOISE', 'CFS'],
                'THREAT': ['HARASS', 'CFS'], 'SUIC': ['MENTAL', 'WELCK'], 'BURG': ['SUSPER', 'CFS'],
                'ROBB': ['THEFT'], 'DUI': ['TRAFFIC'], 'OPENLN': ['911HU'], 'UNK': ['CFS', '911HU']}
CATS = ['WELCK', 'SUSPER', 'SUSVEH', 'DIST', 'VERBAL', 'NOISE', 'MENTAL', 'INTOX', 'TRESP', 'THEFT',
        'FOUND', 'JUV', 'CIVIL', 'ANIMAL', 'HARASS', 'ASSIST', 'MISSING', 'TRAFFIC', 'CFS', '911HU',
        'CHILD', 'VAG', 'MED', 'ASLT', 'FIGHT', 'DV', 'WEAP', 'SHOTS', 'THREAT', 'SUIC', 'BURG',
        'ROBB', 'DUI', 'OPENLN', 'UNK']
STYLE = {
 'A': 'WELCK SUSPER SUSVEH 415 415F 415N MH 647F 602 484R FOUND JUV CIVIL ANML 653M CITAST MISPER PARK CFS 911HU CHLDNEG TRANS MED-ALS 242 415FT 273.5 417 246 422 5150S 459-IP 211 23152 OPENLN UNKTRB',
 'B': 'WELFARE_CHECK SUSPICIOUS_PERSON SUSPICIOUS_VEHICLE DISTURBANCE DOMESTIC_VERBAL NOISE_COMPLAINT MENTAL_SUBJECT INTOXICATED_PERSON TRESPASS THEFT_REPORT FOUND_PROPERTY JUVENILE_PROBLEM CIVIL_MATTER ANIMAL_COMPLAINT HARASSMENT CITIZEN_ASSIST MISSING_PERSON PARKING_PROBLEM CALL_FOR_SERVICE 911_HANG_UP CHILD_WELFARE TRANSIENT MEDICAL_EMERGENCY ASSAULT FIGHT DOMESTIC_PHYSICAL WEAPONS_COMPLAINT SHOTS_FIRED THREATS SUICIDAL_SUBJECT BURGLARY_IN_PROGRESS ROBBERY DUI_DRIVER OPEN_LINE UNKNOWN_TROUBLE',
 'C': 'WELCK SUSPER SUSVEH DIST DOM-VERB NOISE MENTAL INTOX TRESP THEFT-R FOUND JUV CIVIL ANIMAL HARASS ASSIST MISSING PARKING CFS 911-HU CHILD TRANSIENT MED-ALS ASLT-IP FIGHT-IP DV-IP WEAPON SHOTS THREAT SUICIDE BURG-IP ROBB-IP DUI OPEN-LINE UNK-TRBL',
 'D': 'Welfare_Chk Susp_Person Susp_Vehicle Disturbance Family_Trouble Noise_Nuisance Mental_Obs Intox_Person Trespass Theft_Rpt Found_Prop Trbl_w/Juv Civil_Issue Animal_Call Harassment Assist_Citizen Missing_Person Parking_Trouble Call_for_Police 911_Hangup Child_Neglect Homeless_Person Inj_Person/Sick Battery Fight Battery_DV Subj_w/_Weapon Shots_Fired Threat Suicide_Attempt Entry_In_Progress Robbery Reckless/DUI Open_Line Unknown_Trouble',
 'E': 'WC SP SV DIST DOMV NOIS MH DRNK TRES THFT FP JUV CIV ANI HAR ASST MP PARK CFS HU CHLD VAG MEDC ASLT FGT DOMA WPN SHOT THRT SUIC BRGIP ROBB DUI OPNL UNK',
}
def style_codes(s):
    vals = [v.replace('_', ' ') for v in STYLE[s].split()]
    assert len(vals) == len(CATS), s
    return dict(zip(CATS, vals))

AGENCIES = [
 dict(id='RVPD', name='Riverton PD (CA)', W=200, case='upper', sep=' / ', style='A', prio=None,
      RP='RP', S='SUBJ', EMS='MEDIC', red='[REDACTED]', dispo=' / DISPO: {}',
      abbr=[(r'\bwith\b', 'w/'), (r'\bunknown\b', 'unk'), (r'\bpeople\b', 'ppl')]),
 dict(id='LCSO', name='Lake County Sheriff', W=255, case='upper', sep='; ', style='B', prio='CODE',
      RP='COMP', S='SUBJ', EMS='EMS', red='[REDACTED]', dispo='; CLEARED {}',
      abbr=[(r'(?<![A-Za-z])w/(?=\s)', 'with'), (r'\bunk\b', 'unknown'), (r'\bppl\b', 'people'), (r'\bIFO\b', 'in front of')]),
 dict(id='FHPD', name='Fairhaven PD', W=160, case='lower', sep=' -- ', style='C', prio=None,
      RP='rp', S='subj', EMS='medics', red='xxx', dispo=' -- dispo {}',
      abbr=[(r'\bUNC\b', 'uncon'), (r'\bvehicle\b', 'veh'), (r'\bapprox\b', 'apx'), (r'\bstates\b', 'sts')]),
 dict(id='MVPD', name='Mesa Verde PD', W=120, case='sentence', sep='. ', style='D', prio='P',
      RP='Caller', S='Subj', EMS='AMR', red='***', dispo='. Disp: {}',
      abbr=[(r'\bUNC\b', 'uncons'), (r'\bRP\b', 'Caller'), (r'\bposs\b', 'possible')]),
 dict(id='GCPD', name='Granite City PD', W=240, case='upper', sep=' ** ', style='E', prio='TIME',
      RP='R/P', S='S1', EMS='FD/EMS', red='[REDACTED]', dispo=' ** {}',
      abbr=[(r'\bRP\b', 'R/P'), (r'\bsubj\b', 'S1'), (r'\bbuilding\b', 'bldg')]),
 dict(id='PAPD', name='Port Alder PD', W=100, case='lower', sep=', ', style='C', prio=None,
      RP='rp', S='s/', EMS='ems', red='xx', dispo=', {}',
      abbr=[(r'\bwith\b', 'w/'), (r'\badvised\b', 'adv'), (r'\bapartment\b', 'apt'), (r'\bpeople\b', 'ppl'), (r'\bsubject\b', 's/')]),
 dict(id='CFSO', name='Cedar Falls County SO', W=180, case='upper', sep='... ', style='B', prio='EUN',
      RP='CALLER', S='SUBJ', EMS='MEDIC', red='XXX', dispo='... DISP {}',
      abbr=[(r'\bRP\b', 'CALLER'), (r'\bCP\b', 'CHEST PAIN'), (r'\bstates\b', 'STATED')]),
 dict(id='BHPD', name='Brookhaven PD', W=220, case='asis', sep=' | ', style='D', prio=None,
      RP='RP', S='subject', EMS='EMS', red='[REDACTED]', dispo=' | Dispo: {}',
      abbr=[(r'(?<![A-Za-z])w/(?=\s)', 'with'), (r'\bsubj\b', 'subject'), (r'\bunk\b', 'unknown'), (r'\badv\b', 'advised')]),
 dict(id='SCPD', name='Silver Creek PD', W=140, case='upper', sep=' - ', style='E', prio='BRACKET',
      RP='RP', S='SUBJ', EMS='AMBO', red='***', dispo=' - {}',
      abbr=[(r'\bdrunk\b', 'ETOH'), (r'\bintoxicated\b', 'ETOH'), (r'\bunknown\b', 'UNK')]),
 dict(id='HTPD', name='Harbor Township PD', W=230, case='asis', sep='; ', style='C', prio='P',
      RP='RP', S='Subj', EMS='Fire/EMS', red='[NAME REDACTED]', dispo='; disposition {}',
      abbr=[(r'\bstates\b', 'stated'), (r'\bppl\b', 'people')]),
]
for _a in AGENCIES:
    _a['codes'] = style_codes(_a['style'])

PLACES = ['the Shell station', 'Dollar General', 'the laundromat', 'Riverside Park', 'the public library',
          'the bus depot', 'Walgreens', 'the Budget Inn', 'Lot C', 'the Kroger lot', "St. Mark's church lot",
          'the skate park', 'Eastgate strip mall', 'Pinewood Apts', 'the Fox Creek trailhead', "McDonald's",
          'the transit center', 'the rec center', 'Lakeview Motel', 'the car wash', 'Northside Plaza',
          'the VFW hall', 'Jefferson Elem', 'the food bank', 'the dog park', 'Family Dollar', 'the Y',
          'Hillcrest shelter', 'the Amtrak stop', 'Oak Grove cemetery', 'the Marathon', 'Westfield mall']
BIZ = ['Circle K', 'AutoZone', 'Family Dollar', 'Taco Bell', 'the Mobil', 'Safeway', 'Big Lots', 'Sonic',
       'the 7-Eleven', 'Goodwill', 'Save-A-Lot', "Casey's", 'Speedway', "Denny's", 'Aldi', 'the Dairy Queen',
       'Rite Aid', 'the pawn shop', 'QuikTrip', 'Harbor Freight']
STREETS = ['Main St', 'Oak Ave', 'Elm St', 'MLK Blvd', 'Broadway', '3rd Ave', 'Hwy 9', 'Lincoln Way', 'Cedar Rd',
           'Pine St', 'Washington Ave', 'Fairview Dr', 'Kingsley Rd', 'Delmar Ave', 'Route 30', 'Mill St',
           'Grand Ave', 'Sherman St', 'Jefferson St', 'Orchard Ln', 'Division St', 'Canal St', '12th St', 'Riverside Dr']
MALES = ['W/M 40s', 'B/M approx 30', 'H/M 20s', 'A/M 50s', 'W/M 70s', 'male in his 60s', 'M/W 35',
         'B/M late teens', 'H/M mid 40s', 'W/M 20s', 'adult male', 'male approx 6ft']
FEMALES = ['W/F 30s', 'B/F approx 25', 'H/F 40s', 'W/F 70s', 'F/W 60s', 'A/F 20s', 'adult female',
           'B/F 50s', 'female approx 5ft', 'H/F late teens']
RELS = ['son', 'daughter', 'husband', 'wife', 'boyfriend', 'girlfriend', 'roommate', 'brother', 'sister',
        'father', 'mother', 'nephew', 'grandson', 'uncle', 'ex-husband', 'stepdad', 'cousin', 'aunt']
RELS_M = ['son', 'husband', 'boyfriend', 'brother', 'father', 'nephew', 'grandson', 'uncle', 'ex-husband', 'stepdad', 'cousin']
RELS_F = ['daughter', 'wife', 'girlfriend', 'sister', 'mother', 'aunt', 'niece', 'grandmother', 'stepmom', 'roommate']
VEHS = ['silver Camry', 'blk Tahoe', 'white F-150', 'red Civic', 'gray Altima', 'blue minivan', 'green Jeep',
        'tan Buick', 'black Charger', 'white box truck', 'maroon Impala', 'silver Prius', 'blue Silverado']
CLOTHES = ['red hoodie', 'gray sweats', 'black jacket', 'jeans no shirt', 'orange vest', 'camo pants',
           'white tank top', 'green parka']
UNITS = ['apt 2B', 'unit 14', 'rm 112', '#305', 'apt 7', 'unit C', 'rm 21', 'apt 410']

PRE_POOL = ['RP on line', 'loc verified', 'xst $st', 'caller on cell', 'CB# $red', 'RP is mgr', 'calling from $biz',
            'per 2nd caller', 'addr $addr', 'RP name $red', 'ANI/ALI verified', 'transferred from county',
            'RP is neighbor', 'RP driving by']
TRAIL_POOL = ['no call hx', 'premise hx at addr', 'RP req no contact', 'RP will meet units in lot', 'units adv',
              'RP staying on line', 'callback $red', 'language line used / spanish', 'RP calling for $rel',
              '2nd call same', 'see prior inc $num', 'RP does not want to be identified', 'no further desc',
              'gate code $num', 'RP wants call back', 'nothing further', 'RP adv dog on premises',
              'unit $unitid enrt', 'beat $num', 'RP lives in $unit']
DISPO_ELIG = ['GOA', 'UTL', 'ADV ONLY', 'RPT TAKEN', 'CIT ISSUED', 'C4', 'REFERRED TO CRT', 'PEACE RESTORED',
              'NO RPT', 'SETTLED BY CONTACT', 'HANDLED BY PHONE', 'CR TEAM HANDLED', 'RESOURCES GIVEN',
              'CANC PER RP', 'UNFOUNDED']
DISPO_RED = {'police_only': ['GOA', 'UTL', '1 IN CUSTODY', 'ARREST', 'RPT TAKEN', 'REFERRED TO DET', 'CASE # $red', 'SUSP GOA'],
             'violence': ['1 IN CUSTODY', 'ARREST', 'RPT TAKEN', 'SUSP GOA', 'VICTIM DECLINED PROSECUTION', 'CASE # $red'],
             'weapon': ['1 IN CUSTODY', 'ARREST', 'RPT TAKEN', 'SUSP GOA', 'UTL', 'CASE # $red', 'WEAPON RECOVERED'],
             'threat': ['RPT TAKEN', 'ARREST', 'SUSP GOA', 'REFERRED TO DET', 'CASE # $red', 'ADV ON PROTECTIVE ORDER'],
             'injury': ['FD HANDLING', 'ASSISTED FD', 'PD CLR', 'RPT TAKEN'],
             'suicide': ['EMERGENCY DETENTION', 'CIT HANDLED', 'MOBILE CRISIS ON SCENE', 'RPT TAKEN'],
             'uncertainty': ['UTL', 'GOA', 'CHECKED AREA', 'RPT TAKEN', 'SEE CASE # $red']}
DISPO_INJ_KEY = ['TRANS TO HOSP', 'EMS ON SCENE', 'TRANSPORTED BY MEDIC', 'PT TRANSPORTED']

RED_TEXT = r'''
## inj
MED|<<inj|UNC>> $m on sidewalk IFO $pl / unk if breathing / $RP will stay on line
MED|$RP adv $rel <<inj|not breathing>> / found on bedroom floor / $RP starting compressions
MED|$rel fell down basement stairs / <<inj|bleeding from head>> / AOX1
MED|<<inj|DIB/SOB>> $f / hx asthma / inhaler not helping
MED|<<inj|CP>> radiating to L arm / $m / diaphoretic and pale
MED|$rel took <<inj|unk amount of pills>> approx $min min ago / now very drowsy
MED|poss <<inj|OD>> in restroom at $pl / $S has blue lips per employee
MED|PD on scene req $EMS for $S w/ <<inj|lac to forehead>> / bleeding controlled w/ towel
MED|diabetic $m / <<inj|sugar reading 38>> / confused and sweating
MED|$S <<inj|seizing>> on floor of $pl / first known seizure per $RP
WELCK|welfare chk / $S <<inj|slumped over wheel>> of $veh at light / engine running / not responding to knocks
WELCK|$m <<inj|down in the roadway>> at $st and $st2 / not moving / cars going around him
MED|<<inj|ALOC>> elderly female / family states new onset slurred speech
MED|$rel <<inj|fell and cant get up>> / poss broken hip / on floor since last night
MED|<<inj|GSW>> to leg / vic at $pl / susp left in $veh
MED|<<inj|MVA W/ INJ>> at $st and $st2 / 2 veh / airbags deployed
WELCK|$S <<inj|unresponsive>> in tent behind $pl / $RP tried shaking him
MED|<<inj|CPR in progress>> by $RP / $m found down in bathroom
MED|$RP req <<inj|ALS>> for $rel / vomiting blood
MED|<<inj|N/V>> and weakness x2 days / $f / now cant stand up
MED|overdose / <<inj|narcan given x2>> by friend / pt barely breathing
MED|<<inj|LOC>> after fall from ladder at $addr / $m now CAOX2
MED|$f / 32 wks pregnant / <<inj|heavy bleeding>>
MED|$kid yo child <<inj|swallowed a button battery>> per mother
MED|$m <<inj|choking on food>> at $pl / cant speak
ASSIST|juv female at house party <<inj|vomiting and not waking up>> / friends scared
MED|stroke sx / <<inj|facial droop>> and L side weakness / onset 20 min ago
MED|$S <<inj|bleeding heavily>> from arm after putting fist thru window
MED|<<inj|10-52>> req at $pl for $m w/ head injury
MED|pt <<inj|UNR>> to verbal or pain / agonal resp
WELCK|$RP adv $rel not acting right / <<inj|blue and cold to the touch>>
MED|bicyclist struck by $veh / <<inj|rider down>> not moving
MED|$rel slipped in tub / <<inj|hit head>> / now vomiting
MED|$m at bus stop <<inj|passed out>> / skin hot and dry / poss heat stroke
MED|allergic rxn / $f <<inj|throat swelling>> / epi pen used
WELCK|$S found <<inj|on floor unresponsive>> / needle nearby
WELCK|chk welfare on $m in $veh at $pl / <<inj|foaming at mouth>>
ANIMAL|dog bite / $kid yo w/ <<inj|deep lacerations>> to face
MED|<<inj|burns to hands and face>> / kitchen grease fire now out
MED|<<inj|chest pain>> $m / hx MI / took nitro x1
MED|$f <<inj|syncopal episode>> at $pl / now awake but pale
MED|ped vs auto at $st and $st2 / <<inj|ped down>> in crosswalk
MED|pt on dialysis / missed tx / <<inj|short of breath>>
WELCK|$S <<inj|hypothermic>> / found under overpass / shivering uncontrollably
MED|<<inj|fall w/ inj>> at senior apts $addr / $f
MED|worker <<inj|fell from roof>> approx 15 ft at construction site $addr
MED|$m c/o <<inj|crushing chest pressure>> and jaw pain at $pl
MED|<<inj|arm caught in machine>> at $biz / lots of blood
MED|juv <<inj|struck head>> on diving board at city pool / dazed
MED|$f / <<inj|BP 220/130>> / severe headache and blurry vision
MED|<<inj|asthma attack>> $kid yo / cant finish sentences
MED|$RP adv $S <<inj|OD'd>> in the $veh / partner giving narcan
WELCK|$rel hasnt answered in 3 days / <<inj|strong odor coming from unit>>
CFS|officer on scene req $EMS / arrestee <<inj|ingested baggie>> and is sweating
MED|pt <<inj|UNC>> / $rel states diabetic / last ate this morning
CFS|<<inj|EMS on scene>> w/ $S at $pl / req PD for traffic control only
MED|$m <<inj|not responding>> to $RP / breathing shallow
MED|<<inj|Code 3>> to $pl / $m collapsed in aisle 6
MED|$f c/o <<inj|worst headache of her life>> / then vomited
INTOX|<<inj|ETOH poisoning>> poss / college age male on lawn / snoring resp
TRAFFIC|single veh <<inj|rollover>> on $st / driver pinned
WELCK|$S <<inj|bleeding from mouth>> and disoriented at bus shelter
MED|<<inj|DLOC>> $m / wife states he took too much insulin
## pol
BURG|<<pol|burglary in progress>> at $addr / $RP hears someone downstairs
SUSPER|$RP sees $m <<pol|climbing in rear window>> of neighbors house / neighbors out of town
SUSPER|$m <<pol|trying door handles>> on cars in $pl lot / still there
THEFT|<<pol|shoplifter detained by LP>> at $biz / req unit
ROBB|$biz clerk <<pol|just robbed>> / susp $m fled on foot twd $st
DUI|<<pol|poss DUI>> $veh swerving all lanes NB $st / almost hit curb twice
DUI|<<pol|drunk driver>> leaving $pl in $veh / RP took keys but he had spare
TRAFFIC|<<pol|wrong way driver>> on $st / headlights off
THEFT|<<pol|car being stolen>> right now from driveway / $RP watching from window
THEFT|$RP's $veh <<pol|being broken into>> in $pl garage / susp still at veh
CHILD|<<pol|$kid yo left alone>> in $veh at $pl / windows up / 88 deg
CHILD|child caller states <<pol|no adult home>> / siblings ages 3 and 5
CHILD|<<pol|toddler wandering alone>> in roadway on $st / no parent in sight
MISSING|<<pol|missing $age yo w/ dementia>> / left home on foot approx $min min ago
MISSING|<<pol|missing autistic juv>> $kid yo / nonverbal / last seen $pl
MISSING|$rel $age yoa <<pol|walked away from memory care>> / not located
TRESP|<<pol|trespasser refusing to leave>> / getting in staff faces at $biz
TRESP|ex-tenant <<pol|kicked in door>> of $unit / still inside
SUSPER|$m <<pol|exposing himself>> to kids at $pl playground
SUSPER|subj <<pol|peeping into windows>> at $addr / RP sees flashlight now
BURG|<<pol|glass break alarm and motion>> at $biz / keyholder enroute
BURG|$RP came home / <<pol|door pried open>> / unk if anyone still inside
THEFT|susp <<pol|sawing off catalytic converter>> from $veh in $pl lot now
SUSPER|2 subjs <<pol|casing cars>> in $pl with flashlights / still on scene
DUI|<<pol|reckless driver>> doing donuts in $pl lot w/ peds around
TRAFFIC|<<pol|hit and run just occurred>> / susp $veh still in area
CHILD|<<pol|kids locked out in the cold>> / $kid yo and younger / parent unk where
CHILD|neighbor reports <<pol|infant left alone>> in $unit / crying for hours
THEFT|<<pol|package thief still on porch>> at $addr / RP watching on doorbell cam
BURG|<<pol|someone inside the vacant house>> at $addr / lights moving
ROBB|$RP <<pol|purse snatched>> at bus stop $st / susp still running twd $pl
THEFT|<<pol|susp still on scene>> after breaking into coin machines at laundromat
TRESP|subj <<pol|refuses to leave>> and is blocking the door / getting aggressive w/ $RP
DUI|<<pol|DUI in progress>> / $veh all over the road $st NB / plate $red
TRAFFIC|<<pol|vehicle driving on sidewalk>> near $pl
MISSING|<<pol|$kid yo missing>> from $pl / mom cant find him for 20 min
THEFT|3 juvs <<pol|vandalizing cars>> w/ rocks right now on $st
SUSPER|<<pol|unknown male inside>> $RP's garage / RP locked in bedroom
CHILD|<<pol|child left in hot car>> at $pl / no adult located
THEFT|<<pol|stealing copper wire>> from bldg at $addr / truck backed up now
BURG|<<pol|break-in just happened>> at $biz / susp may still be on roof
SUSPER|<<pol|prowler trying back door>> at $addr / $RP elderly and alone
TRESP|<<pol|squatters forced entry>> into $unit tonight / still inside
ROBB|<<pol|carjacking just occurred>> at $pl / $veh last seen EB $st
THEFT|subj <<pol|walking out with a full cart>> unpaid / LP following to $veh
DUI|$RP following <<pol|impaired driver>> WB $st / weaving / now at light
CHILD|$kid yo <<pol|found wandering>> at $pl / no parent / cant say address
MISSING|<<pol|missing endangered adult>> $f / no meds / last seen $pl
SUSPER|<<pol|subj exposing>> at $pl bus shelter / still there
TRESP|<<pol|trespass in progress>> / subj climbed fence at construction site $addr
BURG|<<pol|door kicked in>> at $addr / RP hears footsteps upstairs
THEFT|susp <<pol|siphoning gas>> from $veh / still there
TRAFFIC|<<pol|street racing>> on $st / 2 cars 100+ mph
CHILD|<<pol|child alone on balcony>> 3rd floor $addr / no adult answering
MISSING|<<pol|missing kid>> $kid yo didnt get off school bus / not at friends
BURG|<<pol|459 IP>> at $addr / RP sees flashlight inside closed business
DUI|<<pol|10-55>> poss / $veh stopped in lane on $st / driver slumped and revving
## vio
ASLT|<<vio|assault in progress>> at $pl / 2 males
FIGHT|<<vio|fight>> in parking lot of $biz / 5-6 subjs / one on ground
DV|$RP adv her $relf <<vio|hit her in the face>> and left on foot twd $st
DV|neighbor sees thru window $m <<vio|choking>> a female
ASLT|$S <<vio|punched the cashier>> at $biz / now outside smoking
DV|$rel <<vio|threw a plate at>> $RP / small cut on hand
FIGHT|<<vio|brawl>> outside $pl / several subjs
ASLT|$RP <<vio|jumped by 3 juvs>> at bus stop $st / susps still around
DV|no weapons seen / $m then <<vio|shoved>> $f down the front steps
DV|$RP states <<vio|bf dragging her>> by the hair toward $veh
ASLT|security adv $S <<vio|bit a guard>> during struggle at $biz
ASLT|<<vio|kicking a man on the ground>> at $pl
DV|<<vio|DV in progress>> / $RP locked in bathroom / $rel banging on door
FIGHT|<<vio|fist fight>> between neighbors in street at $addr
ASLT|$S <<vio|spit on and slapped>> bus driver / bus stopped at $st
DV|$rel <<vio|pushed elderly mother into wall>> / still at res
ASLT|<<vio|BATT just occurred>> / vic at $pl / susp $m in $clo
ASLT|<<vio|ASLT on staff>> at group home $addr / client still escalated
FIGHT|<<vio|physical altercation>> at $pl / unk injuries
DV|caller adv husband <<vio|hit her>> w/ his fists earlier tonight / he is asleep on couch now
ASLT|$m <<vio|chasing>> $f around the lot / grabbing at her
DV|$f <<vio|scratching and hitting>> her bf IFO $unit
ASLT|road rage / driver got out and <<vio|punched>> $RP thru window
FIGHT|juvs <<vio|fighting>> at $pl / one kid bleeding from nose
DV|$RP states <<vio|got beat up>> by roommate 10 min ago / roommate still there
ASLT|$m <<vio|put his hands around her neck>> per witness at $pl
ASLT|patient <<vio|swinging on nurses>> at $pl
DV|$rel <<vio|threw hot coffee on>> $RP
FIGHT|<<vio|mutual combat>> between 2 subjs IFO $biz / crowd gathering
ASLT|$RP <<vio|sucker punched>> at bar / susp still inside $biz
DV|$relf <<vio|slammed her head>> against the car door
ASLT|$S <<vio|attacked a woman>> at bus shelter / still yelling at her
DV|mom states $age yo son <<vio|body slammed her>> / still in the house
ASLT|susp <<vio|tackled store employee>> while fleeing $biz
FIGHT|<<vio|altercation turned physical>> at $pl
DV|<<vio|domestic battery>> reported by $RP / susp in bedroom
ASLT|elderly $m <<vio|shoved to ground>> by $S at $pl
DV|$relf <<vio|dragged>> $RP out of $veh by her arm
FIGHT|<<vio|group fight>> at $pl after football game / 20+ ppl
ASLT|$S <<vio|headbutted a customer>> at $biz
DV|$RP's daughter <<vio|being hit>> by bf right now / RP on phone w/ her
ASLT|$S <<vio|throwing rocks at people>> walking by $pl
DV|$RP <<vio|hit by ex-husband>> at custody exchange $pl / he's still in lot
ASLT|<<vio|kicked and kneed>> security officer at $biz
ASLT|coworker saw caregiver <<vio|slapping elderly resident>> at $pl
DV|$f states husband <<vio|grabbed her by the throat>>
FIGHT|<<vio|fighting in the street>> IFO $addr / shirtless males
ASLT|3 subjs <<vio|roughing up a homeless man>> at $pl
ASLT|teen <<vio|beat up a younger kid>> at $pl / still there
DV|son <<vio|swung at his father>> / broke tv / still yelling
ASLT|<<vio|stomping on someone>> outside $biz
DV|girlfriend <<vio|bit>> $RP and is still attacking him
ASLT|client <<vio|hit staff>> w/ closed fists at shelter
DV|verbal at first / now $rel <<vio|throwing things at>> $RP
FIGHT|<<vio|415 fight>> in apt hallway $unit / ongoing
ASLT|$m <<vio|grabbed a woman>> and pulled her toward $veh / she broke free
DV|$RP says bf <<vio|strangled her>> until she nearly passed out / he left 5 min ago
## wpn
WEAP|$m <<wpn|waving a knife>> at $pl / yelling at passersby
WEAP|<<wpn|subj w/ gun>> in waistband at $biz / acting paranoid
SHOTS|<<wpn|shots fired>> near $st and $st2 / RP heard 4-5 rounds
WEAP|$rel <<wpn|holding a machete>> / pacing in yard
WEAP|$S <<wpn|swinging a bat>> at cars on $st
WEAP|subj w/ <<wpn|broken bottle>> in hand / threatening bar staff
DV|$RP adv bf <<wpn|got his gun out>> during argument / unk where it is now
SUSPER|<<wpn|poss armed>> subj at $pl / RP saw handle sticking out of jacket
ROBB|$S <<wpn|brandished a box cutter>> at clerk at $biz
TRAFFIC|<<wpn|tire iron raised>> at other driver after crash on $st
WEAP|$m <<wpn|pointed a pistol>> at $RP from $veh
SHOTS|<<wpn|gunshots>> behind $pl / RP sees ppl running
WEAP|<<wpn|subj w/ knife>> standing IFO $unit / wont put it down
DV|$rel <<wpn|swinging a hammer>> at the bedroom door
JUV|juv <<wpn|showed a gun>> to other students at $pl
WEAP|<<wpn|armed w/ scissors>> / $S in lobby of $pl
WEAP|$S <<wpn|swinging a crowbar>> at mailboxes and people at $addr
WEAP|<<wpn|stabbing just occurred>> at $pl / susp on foot
WEAP|<<wpn|ADW>> just occurred at $pl / susp $m in $clo
WEAP|neighbor <<wpn|loading a shotgun>> on his porch / yelling at kids
WEAP|$m <<wpn|waving a rifle>> from truck bed on $st
DV|$relf <<wpn|chased her with a kitchen knife>> / now outside
WEAP|<<wpn|machete tucked in belt>> / $S yelling at customers at $biz
WEAP|$m wearing <<wpn|brass knuckles>> / trying to start fight at $pl
WEAP|$m <<wpn|swinging golf club>> at neighbor over fence
TRAFFIC|driver <<wpn|flashed a handgun>> at $RP during road rage on $st
SUSPER|<<wpn|unk weapon>> poss / subj hiding hand behind back and approaching ppl
CIVIL|debtor <<wpn|pulled a shotgun>> on repo driver at $addr
WEAP|<<wpn|waving a sword>> in parking lot at $pl
DV|$rel <<wpn|grabbed a knife>> from kitchen during argument
WEAP|<<wpn|firearm displayed>> at $pl during dispute over parking
WEAP|subj <<wpn|sprayed mace>> at crowd outside $biz
WEAP|$S holding <<wpn|screwdriver like a weapon>> / backing ppl up
DV|$rel <<wpn|chopping at front door with an axe>> at $addr
SHOTS|<<wpn|sounds like gunfire>> from $addr / multiple shots / then car leaving
WEAP|$S <<wpn|pulled a stun gun>> on security guard at $biz
WEAP|$S <<wpn|has a blade>> / pacing in lobby at $pl
WEAP|subj <<wpn|swinging a metal pipe>> / breaking windows at $pl
WEAP|RP saw <<wpn|long gun pointed out window>> at $addr
DV|$m <<wpn|reached for gun>> in glovebox during argument w/ $RP
WEAP|$S <<wpn|holding a shard of glass>> / says stay back
WEAP|<<wpn|pocketknife open>> / $S lunging at people at bus stop
JUV|juvs <<wpn|pointing a BB gun>> at cars passing $pl
WEAP|<<wpn|subj armed>> w/ unk object / swinging at anyone close
WEAP|<<wpn|brandishing a gun>> at $biz / $m in $clo
SHOTS|<<wpn|shots fired into the air>> at party $addr
DV|<<wpn|gun on the table>> / $rel drunk and yelling at family
ROBB|$RP adv suspect <<wpn|has a knife>> hidden in sleeve / still in store
WEAP|$S <<wpn|chasing people w/ a chainsaw>> revving at $addr
WEAP|<<wpn|armed subj>> at $pl / per 2nd caller has a pistol in hand
SHOTS|<<wpn|246>> at $addr / RP saw muzzle flash from $veh
WEAP|<<wpn|417>> / $m showed knife to $RP at $pl
WEAP|$S <<wpn|swinging a tree branch>> at kids on $st
## thr
THREAT|$rel <<thr|threatening to kill>> $RP / on way to res now
THREAT|ex bf <<thr|said he will shoot her>> when she gets off work tonight
THREAT|$S <<thr|threatened to stab staff>> at $pl / still on property
THREAT|<<thr|bomb threat>> called in to $biz / caller said 1 hour
THREAT|$rel texting <<thr|you're dead tonight>> / lives 2 blocks away
THREAT|neighbor <<thr|threatened to burn down>> $RP's house / standing on her porch now
THREAT|$S <<thr|says he will hurt anyone>> who comes near him
THREAT|$RP adv ex <<thr|threatening to come kill>> the kids and her
THREAT|juv posted online <<thr|threat to shoot up the school>> tomorrow
THREAT|tenant <<thr|told landlord he'd beat him>> w/ a bat if he comes back
THREAT|$m <<thr|threatening employees>> / says he'll come back w/ his boys
THREAT|<<thr|death threats>> from coworker / coworker now in lot
THREAT|$S <<thr|threatened to slit>> $RP's throat
THREAT|$relm <<thr|says he's going to kill his dad>> when he gets home
THREAT|<<thr|terroristic threats>> made toward $RP at $pl
THREAT|caller states son <<thr|threatened to beat her>> if she doesn't give him money
THREAT|$S <<thr|threatening to run over>> $RP w/ $veh
THREAT|neighbor <<thr|said he'd shoot the dog and then RP>>
THREAT|customer <<thr|vowed to come back and hurt>> the manager at $biz
THREAT|ex gf <<thr|said she'll cut him>> when she finds him
THREAT|$S <<thr|threatening to kill neighbors>> over parking spot / outside now
THREAT|<<thr|made threats to harm staff>> at $pl / refusing to leave
THREAT|caller <<thr|threatened to blow up>> the benefits office
THREAT|$rel <<thr|threatening to hurt the baby>>
THREAT|roommate <<thr|said he'll break her legs>> if she calls anyone
THREAT|$m <<thr|threatening to fight>> everyone in line at $biz / getting closer to ppl
THREAT|<<thr|threatened with violence>> by $S over debt / RP afraid to leave apt
THREAT|voicemail from ex <<thr|saying he's coming to finish her off>>
THREAT|passenger <<thr|told the driver he'd kill him>> / still on bus
THREAT|neighbor <<thr|threatening to shoot>> RP's dog and RP if it comes in yard again
THREAT|$rel <<thr|made a threat to kill>> $RP over phone / has a car
THREAT|fired employee <<thr|threatened to come back with a gun>>
THREAT|$S <<thr|threatened to assault>> staff at front desk
THREAT|$m <<thr|said next time he sees him he's dead>> / knows where RP lives
THREAT|$rel <<thr|threatens to torch>> the car and the house
THREAT|patient <<thr|stating he wants to kill>> his case manager / knows her address
THREAT|student <<thr|threatened to bring a knife>> tomorrow
THREAT|$S <<thr|drew finger across throat>> at $RP / mouthed you're dead / followed her
THREAT|ex <<thr|threatened to hurt>> $RP if she calls police / he's outside now
THREAT|<<thr|credible threat>> per $RP from former employee / specific date given
THREAT|$rel <<thr|threatening harm to family>> / en route in $veh
THREAT|$S <<thr|says he'll stab the next person>> that talks to him
THREAT|adult son <<thr|threatening to beat up>> his mother / pacing outside
THREAT|caller heard $m <<thr|say he would kill us all>> / RP hiding in closet
THREAT|$m <<thr|threatened to shoot>> the ref at the game / walking to car
THREAT|ex <<thr|posted a threat of violence>> w/ RP's address on it
THREAT|$S <<thr|promised to hurt>> $RP's kids after school
THREAT|bf <<thr|threatening to strangle>> her / she is at neighbors
THREAT|$RP adv uncle <<thr|said if he comes back he'll kill him>>
THREAT|$S <<thr|threatening to hit staff>> w/ chair / holding it up
THREAT|<<thr|422>> / $m told $RP he will put her in the ground
THREAT|landlord <<thr|threatening to drag her out>> and hurt her / at door now
## sui
SUIC|$rel <<sui|threatening suicide>> / has pills in hand
SUIC|$m <<sui|on the ledge>> of $pl parking garage 5th floor
SUIC|<<sui|subj on bridge>> over $st / leaning over railing
SUIC|$f <<sui|cut her wrists>> / in bathroom
SUIC|<<sui|SI w/ plan>> to overdose tonight / alone at home
SUIC|$RP adv friend <<sui|texted goodbye>> and has a gun
SUIC|<<sui|attempted suicide>> / took $rel's heart meds
SUIC|$S <<sui|standing on tracks>> near $st crossing
SUIC|$m <<sui|wants to kill himself>> / has a rope in the garage
SUIC|<<sui|suicidal w/ knife>> / locked in bedroom
SUIC|$relm <<sui|says he's going to jump>> from balcony 6th floor
SUIC|<<sui|intentional OD>> per $rel / pill bottles empty
SUIC|<<sui|suicide attempt in progress>> / $f in running car in closed garage
SUIC|$m <<sui|sitting on edge of overpass>> over $st
SUIC|veteran <<sui|plans to end his life>> tonight / has firearm
SUIC|$RP found $relm <<sui|trying to hang himself>>
SUIC|<<sui|active SI>> / states means at home / alone
SUIC|$rel <<sui|wrote a suicide note>> and left on foot
SUIC|$m <<sui|threatening to jump>> off roof of $pl
SUIC|$f <<sui|drank bleach>> to die per roommate
SUIC|$f <<sui|walking into the river>> at $pl
SUIC|$S <<sui|holding gun to his head>> in $veh
SUIC|$rel texted <<sui|plan to drive into a tree>> tonight
SUIC|$f <<sui|wants to die and has pills>> counted out
SUIC|<<sui|suicidal juvenile>> w/ razor / locked in bathroom
SUIC|$m <<sui|climbed over railing>> at $pl bridge
SUIC|$relm <<sui|slit his arms>> / sitting in tub
SUIC|$f <<sui|took whole bottle>> of sleeping pills to end it
SUIC|friend <<sui|said she's going to kill herself>> tonight / just bought pills
SUIC|$S <<sui|lying on railroad tracks>> near $pl
SUIC|$m <<sui|wants police to shoot him>> / says he has nothing left
SUIC|$relm <<sui|noose hung in garage>> / RP cant find him
SUIC|$m <<sui|jumped from balcony>> after saying goodbye
SUIC|<<sui|5150 w/ plan>> / $f / plan to cut herself
SUIC|$RP adv $relm <<sui|took all his meds>> after breakup / says he wants to sleep forever
SUIC|$S <<sui|sitting in car w/ hose>> from exhaust at $pl
SUIC|caller <<sui|has a gun and wants to end it>> / wife left
SUIC|$relf <<sui|suicidal and has a knife>> to her wrist
SUIC|$m <<sui|on top of water tower>> at $pl / yelling he'll jump
SUIC|teen <<sui|posted suicide plan>> online / unk location
SUIC|$f <<sui|overdosed on purpose>> / left note
SUIC|$S <<sui|standing in traffic>> on $st trying to get hit
SUIC|caller <<sui|says he took 30 pills>> / wants to say goodbye
SUIC|$relf <<sui|attempting to cut>> herself / RP took knife once
SUIC|$m <<sui|on the wrong side of the fence>> at $pl bridge
SUIC|elderly $m <<sui|says he will shoot himself>> / has revolver
SUIC|$RP adv $relf <<sui|tried to hang herself>> w/ belt / now breathing
SUIC|$f <<sui|on freeway overpass>> / says she wants to jump
SUIC|<<sui|SI w/ means>> / caller has razor blades / alone at motel
SUIC|$S <<sui|wants to jump>> from parking structure / on top level now
SUIC|$rel <<sui|made a suicide attempt>> tonight / took rat poison
## unc
OPENLN|<<unc|open line>> / female screaming / call disconnected
911HU|911 hangup / <<unc|screaming heard before disc>> / callback no answer
OPENLN|<<unc|caller whispering>> someone in the house / line went dead
OPENLN|caller <<unc|unable to speak freely>> / answering yes or no only
OPENLN|<<unc|sounds of struggle>> on open line / no response
UNK|<<unc|unk trouble>> / caller said help and hung up
UNK|<<unc|unknown problem>> / RP hysterical / unable to give info
DIST|neighbors hear <<unc|loud thuds and a woman crying for help>>
DIST|<<unc|screaming for help>> from $addr / unk nature
OPENLN|<<unc|text to 911>> says cant talk he's here / no addr given
UNK|female said <<unc|help me>> then disc
DIST|<<unc|glass breaking and screaming>> from upstairs $unit
OPENLN|<<unc|child on line crying>> / says mommy wont wake up or talk
UNK|<<unc|disconnected in distress>> / ph2 location near $pl
OPENLN|<<unc|open line w/ yelling>> / male voice saying shut up shut up
UNK|<<unc|panic alarm>> activated at $addr / no answer on callback
DIST|<<unc|blood on the door>> of $unit / no answer
DIST|RP <<unc|heard a woman yell stop hurting me>> / cant tell which apt
OPENLN|<<unc|caller breathing heavily>> / no response to questions
UNK|<<unc|garbled call>> / heard crying / phase 2 only
DIST|door wide open / <<unc|furniture overturned>> / nobody answering
OPENLN|<<unc|call dropped mid sentence>> / caller was saying he's got
UNK|<<unc|RP said send help>> / wouldn't say why / line open
OPENLN|caller <<unc|whispered address>> then disc
OPENLN|<<unc|pocket dial w/ screaming>> in background
DIST|<<unc|loud banging and a scream>> / then silence
OPENLN|<<unc|female ordering pizza>> on 911 / answered yes when asked if in danger
OPENLN|<<unc|caller cant talk>> / pressed 1 for yes when asked if in danger
DIST|<<unc|sounds like someone being hit>> next door / cannot see
UNK|<<unc|unknown emergency>> / caller hung up / recall busy
911HU|<<unc|911 hang up>> / on callback male answered and said wrong number / female crying in background
OPENLN|<<unc|open line>> / heard male say put the phone down
DIST|<<unc|muffled screams>> from basement of $addr
UNK|<<unc|caller crying can't give address>> / line dropped
DIST|RP <<unc|heard a gunshot-like bang and screaming>> from $unit / no visual
OPENLN|<<unc|heard someone say dont hurt me>> then line cut off
UNK|<<unc|TTY call with no text>> / background yelling
DIST|$RP sees <<unc|drag marks and blood>> on stairs / no one around
OPENLN|<<unc|open line>> / sounds of fighting / unable to get addr
UNK|<<unc|silent call>> / caller tapping when asked if in danger
DIST|<<unc|woman screaming in the woods>> behind $pl
OPENLN|<<unc|caller trapped>> somewhere / said he took me then disc
DIST|<<unc|crash then yelling>> from neighbor's apt / nobody answers door
UNK|<<unc|emergency unk nature>> at $addr / RP said hurry and hung up
OPENLN|<<unc|juvenile whispering>> that dad is angry and she is hiding
DIST|<<unc|yelling for help>> from vehicle in $pl lot / RP can't see inside
UNK|<<unc|help help>> then disc / callback to VM
OPENLN|<<unc|open line>> / female voice pleading / unk location
DIST|<<unc|heard a body hit the floor>> upstairs / then quiet / no answer
UNK|<<unc|alarm co adv duress code>> entered at $addr
OPENLN|<<unc|line open w/ heavy struggle>> sounds / phone dropped
'''

ELIG_TEXT = r'''
## negated
VERBAL|$RP and $rel arguing over rent / RP states no weapons and no one has been touched
DIST|yelling in hallway of $unit / caller denies any physical contact / no weapons seen
MENTAL|$S having a panic attack / denies SI/HI / requesting someone to talk to
WELCK|$m sitting on curb at $pl / no injuries visible / talking to himself
VERBAL|family argument / RP adv no hitting and no weapons in home / wants mediation
MENTAL|$f off her meds / pacing and crying / denies SI / no weapons
DIST|2 subjs yelling IFO $biz / nothing physical / no weapons / RP just wants them moved along
WELCK|$RP's $rel fell earlier but denies any injury / refused $EMS / RP wants a check
JUV|juv refusing to go to school / no violence / mother wants help w/ him
MENTAL|subj paranoid / thinks neighbors are watching him / no threats made / no weapons
VERBAL|roommates arguing over dishes / neither is hurt / no threats
INTOX|intox $m at $pl / no injuries / able to walk / just needs a ride
DIST|caller hears arguing next door / no sounds of anything physical / ongoing 20 min
CIVIL|landlord tenant dispute / no threats or weapons involved / tenant wants keys back
MENTAL|$relm having a bad day / says he does not want to hurt himself or anyone / wants counselor
WELCK|$f crying at bus stop / says she is not hurt / no one bothering her
VERBAL|ex showed up at custody exchange / argument only / nobody touched anybody
DIST|loud argument in $veh at $pl / RP saw no hitting / no weapons visible
MENTAL|subj hearing voices / calm / denies thoughts of harm to self or others
VERBAL|$RP and neighbor arguing over fence line / no threats / no contact
DIST|no fight / no weapons / just 2 groups of teens yelling across $st
## history
MENTAL|$S has hx of self harm per $rel / currently calm watching tv / rel wants crisis team to check in
VERBAL|prior DV at this address in 2019 / tonight just verbal argument over money
WELCK|premise hx of weapons call in 2021 / RP now requesting check on elderly tenant / no other concerns
MENTAL|$m w/ history of psychosis / off meds 2 wks / calm / family asking for help getting him to clinic
VERBAL|RP states bf was arrested for battery last year / tonight they are only arguing over phone bill
WELCK|caller's $rel attempted suicide back in 2020 / RP just wants someone to check / no current statements
TRESP|known subj w/ prior assault arrests / now sitting quietly in lobby of $biz and won't leave
INTOX|frequent caller w/ hx of OD / tonight intoxicated but talking and walking fine
CIVIL|RP had protective order against ex that expired last year / ex now wants to pick up belongings / civil standby
JUV|juv w/ history of running away / currently home / parent wants resources
MENTAL|hx bipolar / manic / talking fast / not sleeping / no threats / family requests crisis team
VERBAL|neighbors w/ long history of fights back in 2018 / today arguing about trash cans
WELCK|RP says her $rel used to carry a knife years ago / wants welfare check because he hasn't called
ASSIST|subj on probation for old weapons charge / requesting help getting to shelter
MENTAL|patient was on a 5150 hold last month / now calling for help w/ med refill
VERBAL|RP's ex did 3 yrs for DV / he texted today asking to see kids / no threats made
NOISE|address flagged for shots fired call in 2022 / today loud music complaint only
WELCK|adult son had a seizure last year / mom can't reach him today / wants check
MENTAL|caller says she overdosed 2 yrs ago and is now sober / feeling anxious / wants peer support
CIVIL|previous stabbing at this complex last summer / RP today wants help w/ noisy neighbor lease issue
## resolved
?SHOTS|<<?wpn|shots heard>> near $pl / <<=|RP now says it was fireworks>> / kids in street
WELCK|<<?inj|man down>> at bus stop $st / unit adv <<=|subj was sleeping>> / woke up CAOX4 no complaints
?OPENLN|<<?unc|open line w/ yelling>> / callback RP says <<=|it was the TV>> / all ok
SUSPER|<<?wpn|subj w/ gun>> in park / on arrival <<=|it was a water pistol>> / juvs playing
DIST|<<?vio|fight>> reported at $pl / <<=|RP clarifies just yelling>> / no one touched anyone
?UNK|<<?unc|unk trouble>> call / callback RP says <<=|dog knocked the phone>> / misdial
WELCK|RP thought neighbor <<?inj|not breathing>> / <<=|neighbor answered door>> / was napping / fine
911HU|<<?unc|911 hangup w/ screaming>> / callback <<=|mom says kids playing>> / unit confirms all ok
SUSPER|<<?pol|break in>> reported at $addr / <<=|turned out to be homeowner locked out>> / verified ID
?SHOTS|<<?wpn|poss gunfire>> on $st / <<=|confirmed car backfiring>> / RP saw the truck
DIST|<<?unc|screaming>> from $unit / <<=|neighbors were watching a horror movie>> / unit confirmed
SUSPER|<<?wpn|man w/ rifle>> at $pl / <<=|it's a surveyor w/ a tripod>>
DIST|<<?vio|someone getting beat up>> behind $biz / unit adv <<=|kids filming a video>> / play fighting / all ok
?BURG|<<?pol|burglary alarm>> at $biz / keyholder on scene / <<=|employee set it off>>
?MED|<<?inj|person down>> at $pl / <<=|subj up and walking>> / declined EMS / just tired
WELCK|<<?inj|blood>> on sidewalk IFO $addr / <<=|it's red paint>> from the mural crew
SUSPER|<<?wpn|male w/ knife>> at $pl / <<=|he's a cook on break cutting fruit>> / no threat
CHILD|<<?pol|child left in car>> at $pl / <<=|parent was at pump>> / child fine / adv
?OPENLN|<<?unc|open line>> / callback <<=|caller sat on phone>> / all ok
?FIGHT|<<?vio|fight in progress>> at $pl / 2nd caller says <<=|it was a rap battle>> / no contact
WELCK|<<?inj|unresponsive male>> in $veh at $pl / unit on scene / <<=|subj woke up>> / was sleeping after night shift
## toyprop
SUSPER|juvs w/ orange-tipped toy guns playing tag at $pl / RP just concerned
SUSPER|film crew w/ prop rifles at $addr / permit on file / RP unaware
SUSPER|$m carrying a machete / doing yard work clearing brush on vacant lot
NOISE|subj w/ axe chopping firewood behind $addr / neighbor complaining about noise
SUSPER|cosplayers w/ plastic swords in convention center parking lot
SUSPER|kids w/ nerf blasters in $pl / parents nearby
SUSPER|$m w/ chainsaw cutting a downed tree branch on $st
NOISE|neighbor using nail gun on fence at 0700 / RP wants it stopped
SUSPER|civil war reenactors w/ muskets at $pl / scheduled event
SUSPER|landscaper w/ long knife cutting vines along fence at $addr
JUV|juvs playing airsoft in backyard w/ safety glasses / RP wants check on the noise
SUSPER|$m w/ metal detector and shovel digging in park
NOISE|subj using a hammer on roof at 2200 / RP wants quiet
SUSPER|halloween decoration of a bloody body on porch at $addr / RP thought it was real at first
SUSPER|paintball players in woods behind $pl
SUSPER|street magician w/ fake knives performing at $pl / parents worried
SUSPER|butcher sharpening knives at food truck at $pl / RP thought it odd
SUSPER|kid carrying baseball bat to practice at $pl
SUSPER|teens filming movie w/ fake blood and rubber knife at $pl
SUSPER|guy w/ bow and arrows at archery range at $pl / RP didn't know it was a range
## idiom
NOISE|RP says band next door is killing it but too loud after 2300
VERBAL|$relm says mom is going to kill him for denting the car / wants help with accident report
NOISE|karaoke at $addr / RP says they are murdering every song / loud past midnight
VERBAL|coworker told RP to drop dead during argument over schedule / no threat
VERBAL|subj at $biz says prices are highway robbery / arguing w/ cashier
MENTAL|$f says she's so stressed she could scream / wants to talk to a counselor
ASSIST|RP says car battery is dead / stuck in $pl lot
NOISE|neighbors party / RP says the bass is blowing up the walls
CIVIL|RP says landlord is bleeding him dry with fees / wants info on tenant rights
VERBAL|brothers arguing over football / one said he'll kill him if he touches the remote / laughing per RP
CFS|caller says the heat is killing her / AC out / landlord won't fix
NOISE|rooster next door is driving RP crazy / crows all night
ASSIST|RP says phone died / locked out / needs to call a locksmith
VERBAL|sisters fighting over inheritance / RP says it's a war zone in the family / verbal
DIST|sports bar crowd going nuts after game / RP calls it a riot but everyone is happy
ASSIST|RP says his knee is shot / needs help getting groceries inside / not hurt
CFS|caller says her ex is dead to her / wants info on changing locks
NOISE|RP says the neighbor's bass is a total bomb going off every night
VERBAL|mom says teen is on thin ice / arguing over curfew / wants someone to talk to him
CFS|RP says traffic at $st and $st2 is a nightmare / wants signal timing checked
## lawfulgun
CIVIL|RP going through late father's house / found rifle in closet / wants to know how to turn it in
ASSIST|gun owner requesting safe storage info / firearm locked in safe
CIVIL|RP wants standby to retrieve belongings / ex has hunting rifles locked in cabinet / no issues
FOUND|RP found old revolver in attic of new house / unloaded / wants it picked up for destruction
ASSIST|RP has CCW permit / asking about transporting firearm across state lines
WELCK|check on elderly $m / lives alone / family says he keeps a shotgun in closet / just hasn't answered phone
CIVIL|neighbor's truck has deer rifle in rack / parked in own driveway / RP upset about it
ASSIST|hunter calling in to advise hunting on private land near $pl / has permit
CIVIL|RP selling a gun privately / asking about background check process
MENTAL|$rel depressed / family already locked the guns at uncle's house / denies SI / want resources
CIVIL|RP inherited a pistol / wants to register it
ASSIST|RP requests info on gun buyback event / has 2 rifles stored at home
CIVIL|estate sale / gun cabinet locked / RP wants deputy present while family divides items
TRAFFIC|pickup w/ gun rack parked in fire lane at $pl / RP wants it moved
FOUND|found empty gun case in dumpster at $pl / no gun / wants disposal
CIVIL|divorcing couple disagree who keeps the shotgun / it's at his brother's / civil advice only
ASSIST|armored car guard w/ holstered sidearm asking where to park at $biz
## passive
MENTAL|$f feeling hopeless / sometimes wishes she wouldn't wake up / no plan / calm / asking for counselor
MENTAL|$m says life isn't worth it lately / no plan or means / wants to talk to someone / calm on phone
MENTAL|RP's $relf texted she's tired of everything / no plan / at home w/ mom / wants crisis line info
MENTAL|caller has passing thoughts of death / no intent / requests 988 transfer
MENTAL|veteran calm / says he has dark thoughts sometimes / no plan / wants VA crisis contact
MENTAL|teen told school counselor she feels like disappearing / no plan / parent requesting follow up
MENTAL|subj says family would be better off without him / no intent / wants clinician call back
MENTAL|caller grieving / says she doesn't care if she dies / denies plan / calm / wants someone to talk to
MENTAL|$m at $pl asking for mental health help / passive SI / no plan / no means / cooperative
MENTAL|RP wants wellness visit / passive thoughts only / already has therapist appt tmrw
MENTAL|college student says she wishes she could sleep forever / denies plan / calm / requests counselor
MENTAL|elderly $m lonely / says no reason to go on / no plan / no weapons / wants someone to visit
MENTAL|caller states occasional SI w/o plan / safe at home w/ wife / requests crisis team call
MENTAL|$rel says son talks about not wanting to be here / no plan / calm / requesting non-police contact
MENTAL|caller feels overwhelmed / no intent to harm self / asking for a counselor
MENTAL|subj said whats the point to staff at $pl / denies plan / calm / wants resources
MENTAL|passive SI / contracts for safety / RP requesting non-police response
MENTAL|caller says thoughts of death come and go / nothing tonight / just wants to talk
## calmmh
MENTAL|$m talking to himself at $pl / calm / not bothering anyone / staff wants check
MENTAL|$rel off meds / believes phone is tapped / calm / family wants crisis team
MENTAL|subj at library says aliens are following him / polite / won't leave computer
MENTAL|RP having anxiety attack / breathing ok / wants someone to talk to
MENTAL|group home staff req assist w/ resident refusing meds / resident calm in room
MENTAL|$m preaching loudly at $pl / not aggressive
MENTAL|caller hearing voices / wants to go to crisis center voluntarily / needs ride
MENTAL|subj believes neighbors are poisoning the water / calm / wants someone to test it
MENTAL|$rel hoarding / house cluttered / family wants mh eval
MENTAL|$m rocking and crying at bus stop / says he is ok / just sad
MENTAL|adult son w/ autism upset over schedule change / calm now / mother wants support
MENTAL|subj yelling at traffic but not approaching anyone at $st and $st2
MENTAL|$f in lobby of $pl says she needs a safe place to calm down
MENTAL|paranoid caller wants officer to check apt for cameras / calls frequently
MENTAL|manic episode / subj spending all his money / family wants eval / no threats
MENTAL|depressed $m hasn't left apt in a week / $rel wants check / no SI per rel
MENTAL|$f disoriented / asking for directions to a house she moved out of years ago / calm
MENTAL|subj at $biz convinced staff are stealing his thoughts / calm / mgr wants him to move on
## noise
NOISE|loud music from $addr since 2200 / RP can't sleep
NOISE|party at $unit / 30+ ppl / music and yelling / RP wants it turned down
NOISE|dog barking for 3 hrs at $addr
NOISE|car stereo bass in $pl lot / ongoing
NOISE|construction noise before 0700 at $addr
NOISE|upstairs neighbor stomping and dragging furniture late night
NOISE|fireworks going off in neighborhood / no damage / ongoing 20 min
NOISE|leaf blower going at 0530 at $addr
NOISE|motorcycles revving in $biz lot
NOISE|band practice in garage / RP requests it stop
NOISE|loud kids playing in pool at apt complex after hours
NOISE|ice cream truck music looping for 1 hr on $st
NOISE|generator running all night next door
NOISE|outdoor speaker at bar on $st / patrons loud leaving
NOISE|loud TV through wall $unit / tenant is hard of hearing
NOISE|drums at $addr / 3rd night in a row
NOISE|house alarm going off for an hour / homeowners away / no sign of entry
NOISE|basketball bouncing in apt above until 0100
## verbal
VERBAL|$RP and $rel arguing over car keys / verbal only
VERBAL|customer yelling at cashier at $biz about a refund / won't leave the counter
VERBAL|neighbors yelling at each other over property line
VERBAL|couple arguing loudly in $pl lot / verbal only per RP
VERBAL|tenant and manager arguing about late fees
VERBAL|two drivers arguing after fender bender / no injuries / exchanging info
VERBAL|$relm yelling at RP about chores / RP wants someone to talk to him
VERBAL|siblings arguing over the will at funeral home
VERBAL|parents arguing at youth soccer game / ref wants them gone / verbal only
VERBAL|roommate dispute over rent / yelling only
VERBAL|RP and ex arguing by text about custody schedule
VERBAL|customers arguing over parking spot at $pl
VERBAL|rideshare driver and passenger arguing over fare
VERBAL|teen and mom shouting match / no one touched
VERBAL|contractor and homeowner arguing over payment at $addr
VERBAL|patrons arguing at bar / bartender asked them to stop / just words
VERBAL|neighbor cussing at RP over dog poop in yard
VERBAL|couple arguing at gas pump at $biz / verbal
## welfare
WELCK|RP requests welfare check on $rel / hasn't answered phone since yesterday / no other concerns
WELCK|elderly neighbor's newspapers piling up / car in driveway / RP wants knock
WELCK|out of state $rel requests check on mother / phone off / usually calls on sundays
WELCK|$f sitting in car at $pl for 2 hrs / appears fine / on phone
WELCK|check on $m walking along $st in the rain / appears ok
WELCK|school requests check / student absent 3 days / no contact w/ parent
WELCK|landlord asks wellness check on tenant / rent late / no answer
WELCK|caregiver didn't show up for $relm / RP wants someone to check he has food
WELCK|RP worried about elderly man shoveling snow alone / appears ok
WELCK|woman w/ stroller walking on shoulder of $st / appears fine
WELCK|older $m sitting on bench at $pl since morning / says he's waiting for a ride
WELCK|check on family living in $veh at $pl / kids appear fine
WELCK|ex-wife requests check on ex / he missed visitation
WELCK|man in wheelchair stuck at curb at $st / needs a push
WELCK|neighbor hasn't been seen for a few days / lights on / RP wants someone to knock
WELCK|case worker requests check on client / missed appt / no risk factors
WELCK|RP's friend posted sad messages / no threats / wants someone to check
## pasttheft
THEFT|RP's bike stolen from rack at $pl overnight / no suspects
THEFT|package stolen from porch yesterday / camera footage available
THEFT|wallet taken from gym locker earlier / RP wants report
THEFT|catalytic converter stolen from $veh sometime over weekend
THEFT|tools taken from truck bed last night at $addr
THEFT|shoplift occurred 2 hrs ago at $biz / susp long gone / mgr wants report
THEFT|RP's phone stolen at bus stop last week / wants case number
THEFT|car broken into overnight / window smashed / stereo gone
THEFT|lawn mower taken from shed / noticed this morning
THEFT|ID theft / someone opened credit cards in RP's name
THEFT|rent check stolen from mailbox
THEFT|gas drive off earlier at $biz / plate $red
THEFT|RP's purse taken from cart while shopping / noticed at home
THEFT|license plate stolen off $veh
THEFT|fraud / RP scammed over phone / sent gift cards
THEFT|burglary discovered this morning at storage unit / unk when / nobody around
THEFT|RP home from vacation / tv missing / RP walked through house / nobody inside
THEFT|stolen vehicle report / $veh taken overnight from apt lot
## found
FOUND|RP found wallet at $pl / wants to turn it in
FOUND|bike left in yard for 3 days
FOUND|found backpack at bus stop / school books inside
FOUND|abandoned shopping carts in alley behind $biz
FOUND|RP found keys on sidewalk on $st
FOUND|abandoned $veh parked on $st for 2 wks
FOUND|found credit card at ATM
FOUND|found phone in park
FOUND|suitcase left at transit center / staff looked inside / clothes only
FOUND|found a syringe on playground at $pl / wants disposal
FOUND|found license plate in yard
FOUND|found bag of mail in ditch on $st
FOUND|found box of old ammo in storage unit / wants disposal
FOUND|found a kitchen knife in alley behind $biz / no one around / wants it picked up
FOUND|found scooter leaning on fence at $addr
FOUND|found prescription bottle on sidewalk
FOUND|found passport at $pl
FOUND|found military dog tags at thrift store
## intoxok
INTOX|intox $m at $biz asking customers for change / walking fine
INTOX|ETOH subj on bench at $pl / breathing normal / responds when spoken to
INTOX|drunk $f at $pl needs ride home / alert and talking
INTOX|intox male singing loudly at bus stop / harmless
INTOX|bar requests help w/ intoxicated patron who won't leave / not aggressive
INTOX|subj appears high / dancing in $pl lot / not bothering anyone
INTOX|ETOH subj urinating behind $biz
INTOX|drunk neighbor locked out / sitting on steps / wants landlord
INTOX|intox subj stumbling but walking / friends with him
INTOX|ETOH female crying at $pl / says she is fine / waiting for sister
INTOX|intox male at $pl / alert / wants a detox bed
INTOX|drinking in public at $pl / 3 adults / no problems
INTOX|subj smoking marijuana at park / calm
INTOX|intox man talking loud at $biz / left when asked
INTOX|intoxicated $m wants ride to detox / CAOX4 per RP
INTOX|drunk guy playing guitar at $pl / loud but friendly
INTOX|ETOH subj asleep at table in $biz / woke up when staff tapped him / wants coffee
## unhoused
VAG|unhoused $m sleeping in doorway of $biz / breathing / snoring
VAG|subj sleeping in bus shelter w/ belongings / RP wants him moved
VAG|person sleeping in car at $pl overnight / moved around when RP knocked
VAG|encampment behind $pl / 3 tents / no disturbance
VAG|$f sleeping on church steps wrapped in blanket / woke and spoke to RP
VAG|man asleep in library chair past closing / woke when staff called to him
VAG|subj camping in park after hours
VAG|unhoused male sleeping under overpass / RP concerned about cold / he says he's ok
VAG|person sleeping in ATM vestibule at $biz
VAG|homeless subj set up tarp on sidewalk on $st
VAG|subj sleeping in stairwell of apt bldg / moved when asked
VAG|subj sleeping behind dumpster at $biz / staff wants him moved
VAG|woman sleeping at transit center w/ cart / refuses shelter
VAG|man on bench at $pl / responds when called / wants to be left alone
VAG|camper parked on $st w/ people living in it
VAG|unhoused subj panhandling at $st off ramp
VAG|sleeping bag w/ person in church parking lot / person moving around
## juv
JUV|group of juvs hanging out IFO $biz / RP says they're loud
JUV|teens skateboarding in $pl lot after hours
JUV|juvs climbing on playground equipment after hours
JUV|kids ringing doorbells and running on $st
JUV|juvs loitering at bus stop / cussing at each other
JUV|teens vaping behind $pl
JUV|group of kids blocking sidewalk / playing music
JUV|juvs hanging around $biz entrance / mgr wants them moved
JUV|teens playing basketball in street / blocking cars
JUV|juvs throwing water balloons at each other in the park
JUV|kids in the apt pool after hours
JUV|teens sitting in parked car at $pl / RP doesn't recognize them
JUV|juv truant at $pl during school hours
JUV|group of teens yelling in park at night
JUV|kids hopping fence to get into skate park after close
JUV|juvs on dirt bikes in field behind $pl
JUV|juvs egged a house on $st earlier / gone now
## civil
CIVIL|landlord changed locks / tenant wants back in
CIVIL|RP wants standby while picking up belongings from ex's apt
CIVIL|custody exchange / other parent 30 min late
CIVIL|contractor took deposit / never did the work
CIVIL|neighbor's tree fell on RP's fence / dispute over who pays
CIVIL|RP wants ex to return the dog / dispute over ownership
CIVIL|repo company took RP's car / RP disputes it
CIVIL|roommate won't move out / lease ended
CIVIL|RP's ex not returning kids per order / order says 6pm
CIVIL|mechanic won't release car until paid
CIVIL|tenant left / landlord wants info about abandoned property
CIVIL|RP's car towed from lot / says it was improper
CIVIL|online sale dispute / item not as described
CIVIL|HOA dispute over fence height
CIVIL|RP wants help getting medication from ex's house
CIVIL|grandparents not returning child after weekend / no court order
CIVIL|property line survey dispute w/ neighbor
## animal
ANIMAL|loose dog running on $st / friendly
ANIMAL|dog left in $veh at $pl / windows cracked / 70 degrees
ANIMAL|raccoon in trash cans at $addr
ANIMAL|injured deer on side of $st
ANIMAL|neighbor's cats in RP's yard
ANIMAL|stray cat stuck in storm drain
ANIMAL|dog bit RP's dog at park / owners exchanged info / no people hurt
ANIMAL|snake in garage at $addr
ANIMAL|goats loose in neighbor's yard
ANIMAL|dead dog in roadway on $st
ANIMAL|pit bull barking aggressively behind fence at $addr
ANIMAL|bats in attic
ANIMAL|chickens in neighbor's yard against code
ANIMAL|dog tied outside without water at $addr
ANIMAL|bird trapped inside $biz
ANIMAL|aggressive goose at pond chasing walkers
ANIMAL|skunk in window well
## harass
HARASS|ex keeps texting RP / no threats / RP wants it documented
HARASS|neighbor keeps taking photos of RP's house
HARASS|unknown caller repeatedly calling and hanging up
HARASS|coworker posting rude comments about RP online
HARASS|ex-bf keeps showing up at RP's work / leaves when asked / no threats
HARASS|scam calls daily / RP wants them to stop
HARASS|neighbor leaving notes on RP's car about parking
HARASS|RP getting unwanted emails from former landlord
HARASS|kid being teased online / parent wants report
HARASS|neighbor yells insults every time RP walks dog
HARASS|customer keeps calling store to complain / verbally abusive / no threats
HARASS|ex made fake social media profile of RP
HARASS|person keeps messaging RP after being blocked
HARASS|solicitor keeps coming back to door after being told no
HARASS|neighbor parks to block RP in on purpose / repeated
HARASS|ex keeps driving past house / no contact / no threats
HARASS|RP receiving letters from an inmate / wants them to stop
## assist
ASSIST|lockout / keys in $veh at $pl / no kids or pets inside
ASSIST|elderly $f needs help back into bed / not injured / lift assist
ASSIST|motorist out of gas on $st shoulder
ASSIST|RP wants ride to shelter
ASSIST|citizen needs help reading an eviction notice
ASSIST|flat tire / no spare / at $pl
ASSIST|RP needs vin verification
ASSIST|traffic light out at $st and $st2
ASSIST|debris in road on $st / small box
ASSIST|RP requests info about restraining order process
ASSIST|stranded traveler at bus station / needs resources
ASSIST|RP locked out of apt / landlord not answering
ASSIST|hearing impaired $m needs help contacting family
ASSIST|family requests help notifying relative of a death
ASSIST|senior needs help w/ smoke detector chirping
ASSIST|RP wants help locating towed car
ASSIST|family requests food pantry info
## missingfound
MISSING|update / missing $age yo located safe at friend's house / family notified
MISSING|RP's $rel who was reported missing came home / wants to cancel report
MISSING|runaway juv returned home on own / mother requests follow up
MISSING|<<?pol|missing elderly male w/ dementia>> / <<=|located by family>> at $pl / safe / returned home
MISSING|<<?pol|lost child>> at $pl / <<=|reunited w/ parent>> by security before call ended
MISSING|adult son missing overnight / texted mom he's at girlfriend's / safe
MISSING|missing $f found at bus depot / oriented / going home w/ sister
MISSING|juv runaway located at friend's / parent en route to pick up
MISSING|RP's dad wandered off but neighbor brought him back / RP wants info on GPS trackers
MISSING|<<?pol|kid didn't come home from school>> / <<=|found at library>> / safe / mom picked up
MISSING|roommate missing 2 days / just returned from trip / all ok
MISSING|cancel / missing teen back home / no injuries
MISSING|group home client who walked away returned on own / staff want it logged
MISSING|lost hiker called back / found trail and back at car / safe
MISSING|<<?pol|missing autistic juv>> / <<=|found in neighbor's playhouse>> / safe w/ mom
MISSING|<<?pol|child missing from park>> / <<=|located w/ grandma>> / safe
MISSING|missing person from yesterday located safe at shelter / self reported
## routine
TRAFFIC|vehicle blocking driveway at $addr
TRAFFIC|car parked in handicap spot w/o placard at $biz
TRAFFIC|car parked on sidewalk on $st
CFS|RP requests extra patrol / speeding cars during the day
CFS|RP wants to report a pothole on $st
CFS|RP wants call back about fireworks ordinance
TRAFFIC|semi parked on residential street overnight
CFS|illegal dumping / couch and mattress in alley
CFS|graffiti on wall at $pl / occurred overnight
CFS|streetlight out on $st
CFS|solicitor w/o permit going door to door
CFS|RP requests info about getting a copy of police report
TRAFFIC|trailer parked over 72 hrs on $st
CFS|RP wants to speak to officer about code violation
CFS|garage sale signs on poles / RP wants removed
CFS|stop sign knocked down at $st and $st2
TRAFFIC|school zone parking complaint at drop off
## suspbenign
SUSPER|$m going door to door / RP thinks he's selling something / no badge
SUSVEH|unfamiliar $veh parked on $st for 2 days
SUSPER|$m taking pictures of houses / maybe a realtor
SUSPER|subj looking in dumpsters behind $biz
SUSVEH|car idling at $pl for 20 min / occupant on phone
SUSPER|person walking through yards calling for lost dog
SUSPER|woman sitting on RP's porch steps / says she's waiting for an Uber
SUSPER|unknown subj knocking on doors asking for someone who doesn't live there
SUSVEH|van w/ out of state plates parked at trailhead overnight
SUSPER|drone flying over backyard
SUSPER|$m walking back and forth on $st talking on phone
SUSVEH|unknown car in cul-de-sac / occupants eating takeout
SUSPER|man measuring RP's yard / says he's w/ the city
SUSPER|subj sitting in laundromat for hours not doing laundry
SUSVEH|moving truck on $st / ppl carrying furniture late at night
SUSPER|subj asked RP for money at gas pump / left when told no
'''

TAG_RE = re.compile(r'<<(\?)?([a-z]+|=)\|(.*?)>>')
SLOT_RE = re.compile(r'\$([A-Za-z]+[0-9]?)')


def parse_templates(text, red):
    out, sec = [], None
    counters = {}
    for line in text.splitlines():
        line = line.rstrip()
        if not line:
            continue
        if line.startswith('## '):
            sec = line[3:].strip()
            continue
        cat, body = line.split('|', 1)
        counters[sec] = counters.get(sec, 0) + 1
        tid = ('R-%s-%03d' if red else 'E-%s-%03d') % (sec, counters[sec])
        out.append(dict(tid=tid, red=red, sec=(KMAP[sec] if red else sec), cat=cat, text=body))
    return out


class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)

    # ---------- slots ----------
    def addr(self):
        r = self.rng
        n = r.randint(1, 89) * 100
        f = r.randint(0, 2)
        st = r.choice(STREETS)
        if f == 0:
            return '%dXX %s' % (n // 100, st)
        if f == 1:
            return '%d BLK %s' % (n, st)
        return '%d %s' % (n + r.randint(1, 98), st)

    def slot(self, name, ag):
        r = self.rng
        if name == 'pl': return r.choice(PLACES)
        if name == 'biz': return r.choice(BIZ)
        if name == 'st': return r.choice(STREETS)
        if name == 'st2': return r.choice(STREETS)
        if name == 'addr': return self.addr()
        if name == 'm': return r.choice(MALES) + (' in ' + r.choice(CLOTHES) if r.random() < 0.25 else '')
        if name == 'f': return r.choice(FEMALES) + (' in ' + r.choice(CLOTHES) if r.random() < 0.2 else '')
        if name == 'rel': return r.choice(RELS)
        if name == 'relm': return r.choice(RELS_M)
        if name == 'relf': return r.choice(RELS_F)
        if name == 'veh': return r.choice(VEHS)
        if name == 'clo': return r.choice(CLOTHES)
        if name == 'age': return str(r.randint(19, 88))
        if name == 'kid': return str(r.randint(2, 11))
        if name == 'min': return str(r.randint(2, 45))
        if name == 'unit': return r.choice(UNITS)
        if name == 'num': return str(r.randint(100, 99999))
        if name == 'unitid': return '%d%s%d' % (r.randint(1, 4), r.choice('ABCDKL'), r.randint(10, 39))
        if name == 'red': return ag['red']
        if name == 'RP': return ag['RP']
        if name == 'S': return ag['S']
        if name == 'EMS': return ag['EMS']
        raise KeyError(name)

    def expand(self, s, ag):
        return SLOT_RE.sub(lambda mo: self.slot(mo.group(1), ag), s)

    # ---------- markup ----------
    @staticmethod
    def to_segs(s):
        segs, pos = [], 0
        for mo in TAG_RE.finditer(s):
            if mo.start() > pos:
                segs.append([s[pos:mo.start()], None])
            q, k, txt = mo.group(1), mo.group(2), mo.group(3)
            if k == '=':
                tag = ('Z', '')
            else:
                tag = ('A' if q else 'R', KMAP[k])
            assert k == '=' or ' / ' not in txt, txt
            segs.append([txt, tag])
            pos = mo.end()
        if pos < len(s):
            segs.append([s[pos:], None])
        assert '<<' not in ''.join(t for t, _ in segs)
        return segs

    def transform(self, segs, ag):
        for sg in segs:
            t = sg[0]
            t = t.replace(' / ', ag['sep'])
            for pat, rep in ag['abbr']:
                t = re.sub(pat, rep, t, flags=re.I)
            sg[0] = t
        return segs

    def typo_word(self, w):
        r = self.rng
        op = r.randint(0, 3)
        i = r.randint(1, len(w) - 2)
        if op == 0:
            nw = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op == 1:
            nw = w[:i] + w[i + 1:]
        elif op == 2:
            nw = w[:i] + w[i] + w[i:]
        else:
            kb = {'a': 's', 's': 'a', 'e': 'r', 'r': 'e', 'i': 'o', 'o': 'i', 'n': 'm', 'm': 'n', 't': 'y',
                  'u': 'y', 'd': 'f', 'l': 'k', 'c': 'v', 'g': 'h', 'h': 'g', 'p': 'o', 'b': 'v', 'k': 'l'}
            c = w[i]
            rep = kb.get(c.lower(), 'e')
            if c.isupper():
                rep = rep.upper()
            nw = w[:i] + rep + w[i + 1:]
        return nw if nw != w else w[:i] + w[i + 1:]

    def add_typos(self, segs, n, prefer_key):
        r = self.rng
        done = 0
        for k in range(n):
            cands = []
            for si, sg in enumerate(segs):
                for mo in re.finditer(r'[A-Za-z]{4,}', sg[0]):
                    cands.append((si, mo.start(), mo.end(), sg[1] is not None and sg[1][0] in 'RA'))
            if not cands:
                break
            keyc = [c for c in cands if c[3]]
            pool = keyc if (prefer_key and k == 0 and keyc) else cands
            si, s, e, _ = r.choice(pool)
            t = segs[si][0]
            segs[si][0] = t[:s] + self.typo_word(t[s:e]) + t[e:]
            done += 1
        return done

    # ---------- layout ----------
    def prefix(self, ag, kind, resolved):
        r = self.rng
        p = ag['prio']
        if p is None:
            return []
        red = kind is not None
        if p == 'CODE':
            if kind == 'injury' and r.random() < 0.7:
                return [['CODE 3', ('C', 'injury')], [ag['sep'], None]]
            c = 'CODE 2' if red else r.choice(['CODE 1', 'CODE 2', 'CODE 2'])
            return [[c + ag['sep'], None]]
        if p == 'P':
            if red:
                c = 'P1' if r.random() < 0.55 else 'P2'
            else:
                c = 'P1' if (resolved or r.random() < 0.05) else r.choice(['P2', 'P2', 'P3'])
            return [[c + r.choice([' - ', '. ', ' ']), None]]
        if p == 'EUN':
            if red:
                c = 'E/' if r.random() < 0.6 else 'U/'
            else:
                c = 'E/' if (resolved or r.random() < 0.05) else r.choice(['U/', 'U/', 'N/'])
            return [[c + ' ', None]]
        if p == 'BRACKET':
            if red:
                c = '[P1] ' if r.random() < 0.55 else '[P2] '
            else:
                c = '[P1] ' if (resolved or r.random() < 0.05) else r.choice(['[P2] ', '[P2] ', '[P3] '])
            return [[c, None]]
        if p == 'TIME':
            return [['[%02d:%02d] ' % (r.randint(0, 23), r.randint(0, 59)), None]]
        raise ValueError(p)

    def piece(self, s, ag):
        segs = self.transform([[self.expand(s, ag), None]], ag)
        return segs

    @staticmethod
    def seglen(segs):
        return sum(len(t) for t, _ in segs)

    def layout(self, ag, pre, pres, body, trails, dispo):
        out = [list(x) for x in pre]
        for p in pres:
            out += [list(x) for x in p]
            out.append([ag['sep'], None])
        out += [list(x) for x in body]
        for t in trails:
            out.append([ag['sep'], None])
            out += [list(x) for x in t]
        if dispo is not None:
            fmt = ag['dispo']
            a, b = fmt.split('{}')
            out.append([a, None])
            out += [list(x) for x in dispo]
            out.append([b, None])
        return [x for x in out if x[0] != '']

    def apply_case(self, segs, ag):
        full = ''.join(t for t, _ in segs)
        c = ag['case']
        if c == 'upper':
            full = full.upper()
        elif c == 'lower':
            full = full.lower()
        elif c == 'sentence':
            chars = list(full)
            sep = ag['sep']
            starts = [0] + [m.end() for m in re.finditer(re.escape(sep), full)]
            for s in starts:
                if s < len(chars):
                    chars[s] = chars[s].upper()
            full = ''.join(chars)
        out, pos = [], 0
        for t, tag in segs:
            out.append([full[pos:pos + len(t)], tag])
            pos += len(t)
        return out

    # ---------- labels (rule shared in spirit with the checker, implemented separately there) ----------
    @staticmethod
    def alnum(s):
        return sum(1 for c in s if c.isalnum())

    def derive(self, ct_tag, code, segs, W, tpl):
        full = ''.join(t for t, _ in segs)
        trunc = len(full) > W
        keys, pos = [], 0
        for t, tag in segs:
            if tag is not None:
                keys.append((tag[0], tag[1], pos, pos + len(t), t))
            pos += len(t)

        def surv(s, e, t):
            if e <= W:
                return t
            if s >= W:
                return None
            part = t[:W - s]
            a, b = self.alnum(part), self.alnum(t)
            return part if (a >= 5 and a >= b - 3) else None

        z_ok = any(k[0] == 'Z' and k[3] <= W for k in keys)
        z_any = any(k[0] == 'Z' for k in keys)
        body, ctx = [], []
        if ct_tag is not None:
            if ct_tag[0] == 'C' or (ct_tag[0] == 'A' and not z_ok):
                ctx.append((ct_tag[1], code, ct_tag[0] == 'A'))
        for typ, kind, s, e, t in keys:
            if typ == 'Z':
                continue
            sp = surv(s, e, t)
            if sp is None:
                continue
            if typ == 'R':
                body.append((kind, sp, False))
            elif typ == 'C':
                ctx.append((kind, sp, False))
            elif typ == 'A' and not z_ok:
                body.append((kind, sp, True))
        act = body + ctx
        tsuf = ('; truncated at %d' % W) if trunc else ''
        if act:
            kind, sp, was_a = act[0]
            reason = "%s <- '%s'" % (kind, sp)
            if was_a and z_any:
                reason += '; resolution cut'
            return 'red', kind, reason + tsuf, trunc, full[:W]
        if tpl['red']:
            return 'eligible', '', 'eligible: cut-lost-key (%s)%s' % (tpl['sec'], tsuf), trunc, full[:W]
        return 'eligible', '', 'eligible: %s%s' % (tpl['sec'], tsuf), trunc, full[:W]

    def build_row(self, tpl, ag, want_trunc, target=None):
        r = self.rng
        kind = tpl['sec'] if tpl['red'] else None
        body = self.transform(self.to_segs(self.expand(tpl['text'], ag)), ag)
        ntypo = 0
        if r.random() < P_TYPO:
            ntypo = self.add_typos(body, r.choice([1, 1, 2]), kind is not None and r.random() < 0.45)
        cat, ct_tag = tpl['cat'], None
        if cat.startswith('?'):
            cat = cat[1:]
            if r.random() < 0.6:
                ct_tag = ('A', CAT_KIND[cat])
            else:
                cat = r.choice(CAT_FALLBACK[cat])
        elif cat in CAT_KIND:
            if kind is not None and r.random() < P_RED_CODE_KEEP:
                ct_tag = ('C', CAT_KIND[cat])
            else:
                cat = r.choice(CAT_FALLBACK[cat])
        code = ag['codes'][cat]
        resolved = any(tg is not None and tg[0] == 'Z' for _, tg in body)
        pre = self.prefix(ag, kind, resolved)
        pres = [self.piece(x, ag) for x in r.sample(PRE_POOL, 5)]
        trails = [self.piece(x, ag) for x in r.sample(TRAIL_POOL, 5)]
        if kind == 'injury' and r.random() < 0.3:
            dispo = [[r.choice(DISPO_INJ_KEY), ('R', 'injury')]]
        elif kind is not None:
            dispo = self.piece(r.choice(DISPO_RED[kind]), ag)
        else:
            dispo = self.piece(r.choice(DISPO_ELIG), ag)
        W = ag['W']
        if not want_trunc:
            npre, ntr, used = r.choice([0, 0, 1]), r.choice([0, 0, 1, 2]), r.random() < 0.55
            while True:
                segs = self.layout(ag, pre, pres[:npre], body, trails[:ntr], dispo if used else None)
                if self.seglen(segs) <= W:
                    break
                if ntr > 0:
                    ntr -= 1
                elif npre > 0:
                    npre -= 1
                elif used:
                    used = False
                else:
                    return None
        else:
            combos = []
            for npre in range(6):
                for ntr in range(6):
                    for used in (False, True):
                        segs = self.layout(ag, pre, pres[:npre], body, trails[:ntr], dispo if used else None)
                        if self.seglen(segs) > W:
                            combos.append(segs)
            if not combos:
                return None
            chosen = None
            if target is not None:
                hits = []
                for segs in combos:
                    pos, first_key = 0, True
                    for t, tg in segs:
                        if tg is not None and tg[0] in 'RAZ':
                            if target == 'straddle' and pos < W < pos + len(t):
                                hits.append(segs)
                                break
                            if target == 'lost' and tg[0] in 'RA' and first_key:
                                if pos >= W:
                                    hits.append(segs)
                                break
                            first_key = False
                        pos += len(t)
                if not hits:
                    return None
                chosen = r.choice(hits)
            else:
                nat = [s for s in combos if self.seglen(s) - W < 80]
                chosen = r.choice(nat) if nat else combos[0]
            segs = chosen
        segs = self.apply_case(segs, ag)
        label, flag, reason, trunc, narr = self.derive(ct_tag, code, segs, W, tpl)
        ct_mark = code if ct_tag is None else '{{%s:%s:%s}}' % (ct_tag[0], ct_tag[1], code)
        nar_mark = ''.join(t if tg is None else '{{%s:%s:%s}}' % (tg[0], tg[1], t) for t, tg in segs)
        return dict(call_type=code, narrative=narr, label=label, flags=flag, reason=reason, trunc=trunc,
                    agency=ag['id'], W=W, tid=tpl['tid'], sec=tpl['sec'], typos=ntypo,
                    ct_mark=ct_mark, nar_mark=nar_mark)


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    g = Gen()
    r = g.rng
    red_t = parse_templates(RED_TEXT, True)
    elig_t = parse_templates(ELIG_TEXT, False)
    jobs = []
    for kind in RED_TARGET:
        ts = [t for t in red_t if t['sec'] == kind]
        r.shuffle(ts)
        for i in range(RED_TARGET[kind]):
            jobs.append(ts[i % len(ts)])
    n_elig = N_ROWS - len(jobs)
    e1 = list(elig_t)
    r.shuffle(e1)
    e2 = list(elig_t)
    r.shuffle(e2)
    jobs += (e1 + e2)[:n_elig]
    r.shuffle(jobs)
    rows, seen = [], {}
    for i, tpl in enumerate(jobs):
        want = r.random() < P_TRUNC
        target = None
        if want and (tpl['red'] or tpl['sec'] in ('resolved', 'missingfound')):
            u = r.random()
            target = 'straddle' if u < 0.45 else ('lost' if (u < 0.53 and tpl['red']) else None)
        row = None
        for attempt in range(80):
            if target is not None and attempt == 40:
                target = None
            ag = r.choice(AGENCIES)
            cand = g.build_row(tpl, ag, want, target)
            if cand is None:
                continue
            if cand['narrative'] in seen:
                continue
            row = cand
            break
        assert row is not None, tpl['tid']
        seen[row['narrative']] = 1
        row['id'] = 'B23-%04d' % (i + 1)
        rows.append(row)
    with open(os.path.join(outdir, 'blind23.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\r\n')
        w.writerow(['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split'])
        for row in rows:
            w.writerow([row['id'], row['call_type'], row['narrative'], row['label'], row['flags'],
                        row['reason'], 'blind23'])
    with open(os.path.join(outdir, 'blind23_markup.tsv'), 'w', newline='', encoding='utf-8') as f:
        f.write('id\tagency\tW\ttemplate_id\tsection\ttypos\tcall_type_markup\tnarrative_markup\n')
        for row in rows:
            for v in (row['ct_mark'], row['nar_mark']):
                assert '\t' not in v and '\n' not in v
            f.write('\t'.join([row['id'], row['agency'], str(row['W']), row['tid'], row['sec'],
                               str(row['typos']), row['ct_mark'], row['nar_mark']]) + '\n')
    with open(os.path.join(outdir, 'blind23_templates.tsv'), 'w', newline='', encoding='utf-8') as f:
        f.write('template_id\ttype\tsection\tcat\ttext\n')
        for t in red_t + elig_t:
            f.write('\t'.join([t['tid'], 'red' if t['red'] else 'eligible', t['sec'], t['cat'], t['text']]) + '\n')
    with open(os.path.join(outdir, 'blind23_agencies.tsv'), 'w', newline='', encoding='utf-8') as f:
        f.write('agency\tname\tW\tcase\tsep\tcode_style\tpriority\tRP\tsubject\tEMS\tredaction\n')
        for a in AGENCIES:
            f.write('\t'.join([a['id'], a['name'], str(a['W']), a['case'], repr(a['sep']), a['style'],
                               str(a['prio']), a['RP'], a['S'], a['EMS'], a['red']]) + '\n')
    nred = sum(1 for x in rows if x['label'] == 'red')
    print('rows', len(rows), 'red', nred, 'trunc', sum(1 for x in rows if x['trunc']),
          'typo', sum(1 for x in rows if x['typos']))


if __name__ == '__main__':
    main()
