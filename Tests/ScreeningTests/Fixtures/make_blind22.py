#!/usr/bin/env python3
"""make_blind22.py -- deterministic generator for the blind22 held-out set of
synthetic 911 / CAD call narratives (red flag vs eligible for community responder).

Usage: python3 make_blind22.py OUTDIR   -> OUTDIR/blind22.csv (+ OUTDIR/blind22_markup.csv)

Standard library only. One random.Random(SEED); no iteration over sets; output is
identical under any PYTHONHASHSEED.

Template markup (stripped from the output):
  [[kind:text]]   red-flag key span (kind in weapon/violence/threat/injury/suicide/police_only/uncertainty)
  <<kind:text>>   alarm that a later ((resolution)) resolves; unresolved or cut resolution -> red
  ((text))        resolution; counts only if kept whole
  {text}          decoy (alarming-looking words that are negated / harmless / historical)
  $slot           filled per row (t1..t5 addr unit loc plate veh desc inc pos)
  ' | '           update separator, replaced by the agency separator
  leading '~'     civilian prose (text-to-911 / 311 web form); otherwise CAD shorthand
"""
import csv
import os
import random
import re
import sys

RED_TXT = r'''
#kind weapon
WEAPON :: RP ADV [[weapon:W/M WAVING A MACHETE]] IN FRONT OF $addr; $desc
WEAPON :: $t1 SUSP IN LOBBY [[weapon:HAS HANDGUN IN WAISTBAND]] PER RP | $t2 RP LOST SIGHT, LS NB ON FOOT
SHOTS :: [[weapon:SHOTS FIRED X3]] BEHIND $loc; UNK DIR OF TRAVEL; NO VEH DESC
DISTURB :: $t1 LOUD ARGUMENT $addr $unit | $t2 2ND CALLER ADV [[weapon:BF NOW HOLDING KITCHEN KNIFE]]
WEAPON :: RP STS [[weapon:MALE POINTED A GUN AT HIM]] OVER PARKING SPOT; SUSP VEH $veh $plate
FIGHT :: {NO WEAPONS SEEN} PER RP | $t2 UPD [[weapon:ONE SUBJ NOW SWINGING A BAT]] AT THE OTHER
WEAPON :: C/O MALE IN ALLEY [[weapon:BRANDISHING BOX CUTTER]] AT PASSERSBY $loc
SHOTS :: MULT CALLERS RPT [[weapon:GUNSHOTS]] NEAR $addr; 1 CALLER HEARD CAR SPEED OFF
WEAPON :: $t1 SUSP PERS LOITERING | $t2 RP NOW SEES [[weapon:BARREL OF A RIFLE]] STICKING OUT OF HIS BAG
WEAPON :: RP ADV NEIGHBOR [[weapon:CAME OUT WITH A SHOTGUN]] YELLING AT KIDS; $addr
WEAPON :: [[weapon:SUBJ W/ KNIFE]] IN HAND PACING PLATFORM; RP AT FARE GATES
DOMESTIC :: $t1 DISPUTE BTWN SIBLINGS $addr | $t2 RP ADV BROTHER [[weapon:GRABBED A HAMMER]] FROM GARAGE
WEAPON :: S/O BEHIND COUNTER ADV [[weapon:CUST SHOWED A PISTOL]] WHEN REFUSED SALE; LS WB
WEAPON :: RP SEES [[weapon:MALE LOADING A GUN]] IN CAR $plate IN LOT $loc
SHOTS :: $t1 FIREWORKS COMPLAINT | $t2 2ND RP ADV [[weapon:SHOTS FROM PASSING VEH]] $veh
WEAPON :: [[weapon:MACHETE]] BEING SWUNG AT PARKED CARS PER RP; $desc
WEAPON :: RP ADV ROOMMATE [[weapon:HAS A BLADE TO HIS OWN ARM AND WONT DROP IT]]; RP OUTSIDE
FIGHT :: FIGHT X4 SUBJS $loc; [[weapon:ONE PULLED A KNIFE]]; PER RP NO ONE HURT YET
WEAPON :: UNK SUBJ [[weapon:HOLDING BROKEN BOTTLE]] TOWARDS BARTENDER; $addr
WEAPON :: $t1 RP REQ CIVIL STANDBY | $t2 RP ADV EX AT DOOR [[weapon:WITH A TIRE IRON]]
WEAPON :: RP ADV [[weapon:GUN ON THE TABLE]] DURING ARGUMENT AND HUSB KEEPS TOUCHING IT
SHOTS :: [[weapon:APPROX 6 ROUNDS]] HEARD, RP SEES MUZZLE FLASH FROM 2ND FLR WINDOW
WEAPON :: JUV ON BUS [[weapon:SHOWING A REVOLVER]] TO OTHER KIDS, BUS 14 NB
WEAPON :: PER RP, [[weapon:SUSP HAS AXE]] AND IS CHOPPING AT FRONT DOOR OF $addr
WEAPON :: $t1 SUSP VEH PARKED | $t2 RP ADV OCC [[weapon:POINTING SOMETHING LIKE A GUN]] AT HOUSES
WEAPON :: CALLER ADV [[weapon:MALE STABBING AT AIR WITH SCREWDRIVER]] YELLING AT PEDS
WEAPON :: RP WORKS SECURITY, [[weapon:PATRON HAS FIREARM]] IN BAR, ASKED TO LEAVE, REFUSED
WEAPON :: DRIVER IN ROAD RAGE [[weapon:DISPLAYED HANDGUN]] ON DASH AT RP; $veh $plate
WEAPON :: {NO INJURIES} | $t2 RP ADV [[weapon:SUSP STILL HAS THE KNIFE]] AND IS WALKING TWD $loc
WEAPON :: RP ADV NEPHEW [[weapon:THREATENING WITH BASEBALL BAT]] OVER CAR KEYS
SHOTS :: [[weapon:SHOTGUN BLAST]] HEARD FROM NEIGHBORS YARD THEN YELLING; $addr
WEAPON :: 2ND CALLER SAME INC ADV [[weapon:SUSP HAS A GUN]] IN RIGHT HAND; $desc
WEAPON :: $t1 415 MUSIC $addr | $t2 RP ADV PARTYGOER [[weapon:FIRED ROUNDS INTO AIR]]
WEAPON :: RP ADV SUBJ [[weapon:SHARPENING A KNIFE AND STARING]] AT HER THRU WINDOW
WEAPON :: [[weapon:FEMALE W/ SCISSORS]] CHASING BF AROUND PARKING LOT $loc
WEAPON :: RP ADV [[weapon:MALE BRANDISHING]] SOMETHING SHINY, POSS KNIFE; $loc
WEAPON :: UNK IF LOADED, [[weapon:SUBJ HOLDING A PISTOL]] IN THE STAIRWELL
WEAPON :: MALE ON TRAIN [[weapon:OPENED A FOLDING KNIFE]] AFTER ARGUMENT W/ RIDER; CAR 3
ASSAULT :: $t1 ARGUMENT OVER DOG | $t2 RP ADV NEIGHBOR [[weapon:COMING OVER WITH A SHOVEL RAISED]]
~WEAPON :: there is a man outside my building at $addr waving [[weapon:a big knife]] at people walking by. please send someone
~WEAPON :: My neighbor just [[weapon:pulled out a gun]] during an argument with his brother in the driveway. I'm inside with the door locked.
~SHOTS :: I heard what sounded like [[weapon:gunshots, four or five]], right outside near $loc. Someone is yelling.
~WEAPON :: A guy at the bus stop has [[weapon:a machete in his backpack]] and keeps pulling it halfway out at people
~WEAPON :: texting because i can hear them, my roommates boyfriend [[weapon:has a gun out]] in the living room
~WEAPON :: man in the parking garage is [[weapon:holding a crowbar over his head]] and walking toward a woman by the elevator
~WEAPON :: There is a kid at the skate park [[weapon:with what looks like a real handgun]], not a toy, it's black metal
~WEAPON :: the customer I refused service to came back [[weapon:with a knife]] and is standing at the register
~FIGHT :: two men fighting outside the bar, nobody had weapons at first but now [[weapon:one has a broken bottle]]
~WEAPON :: guy on the train car is [[weapon:flashing a pistol]] in his jacket at other riders, we are at the next stop
~SHOTS :: [[weapon:Shots fired]] on my street maybe 2 minutes ago, I saw a silver car drive off fast
~WEAPON :: my dad is drunk and [[weapon:got his rifle out of the closet]] and is yelling in the yard
#kind violence
ASSAULT :: RP ADV [[violence:SUSP PUNCHED HER IN FACE]] AND FLED; $desc LS WB
DOMESTIC :: $t1 VERBAL DOM $addr $unit | $t2 RP NOW ADV [[violence:HE IS CHOKING HER]]
FIGHT :: [[violence:LARGE FIGHT]] IN PROGRESS X10 SUBJS OUTSIDE $loc
ASSAULT :: {NO WEAPONS} PER RP BUT [[violence:MALE KICKING SUBJ ON GROUND]]
DOMESTIC :: RP ADV HUSB [[violence:SHOVED HER DOWN THE STAIRS]]; HUSB STILL IN RESIDENCE
ASSAULT :: [[violence:STRANGLED]] BY BF PER RP WHO IS HIDING IN BATHROOM; $addr
FIGHT :: $t1 LOUD PARTY | $t2 UPD [[violence:FISTFIGHT SPILLED INTO STREET]] X6
ASSAULT :: S/O STORE CLERK [[violence:BEING BEATEN BY CUSTOMER]] NOW AT $addr
DOMESTIC :: RP ADV [[violence:DAUGHTER HIT WITH BELT]] BY MOTHERS BF; SUSP ON SCENE
ASSAULT :: BUS DRIVER [[violence:ASSAULTED BY PASSENGER]], SPIT AND PUNCHED; BUS STOPPED AT $loc
DOMESTIC :: 2ND CALLER SAME ADDR ADV [[violence:HEARD HIM SLAMMING HER INTO WALL]]
ASSAULT :: RP ADV [[violence:MALE DRAGGING FEMALE BY HAIR]] INTO $veh; $plate
FIGHT :: [[violence:JUVS JUMPING ONE KID]] BEHIND GYM, RP SEES KICKS TO HEAD
DOMESTIC :: $t1 RP REQ WELFARE CHK ON SISTER | $t2 SISTER CALLED BACK ADV [[violence:HE HIT ME AGAIN]]
ASSAULT :: [[violence:ROOMMATE ATTACKED RP]] WITH FISTS, RP LOCKED IN BEDROOM; ROOMMATE IN KITCHEN
ASSAULT :: SECURITY ADV [[violence:PATRON HEADBUTTED BOUNCER]] AND IS STILL SWINGING
DOMESTIC :: PER RP [[violence:SON PUNCHING FATHER]] IN GARAGE; FATHER IS 78
FIGHT :: {NO ONE ARMED} PER RP | $t2 2ND RP ADV [[violence:GROUP STOMPING A MALE]] AT $loc
ASSAULT :: [[violence:STOMPED]] ON BY 2 SUBJS PER RP, SUSPS STILL IN AREA; $desc
ASSAULT :: RP ADV COWORKER [[violence:THREW HOT COFFEE ON HER]] AND SHOVED HER; STILL ON SITE
DOMESTIC :: OPEN DOM IN PROG $addr $unit; [[violence:FURNITURE BEING THROWN AT RP]]
ASSAULT :: RIDER ADV [[violence:MALE GROPED AND THEN HIT HER]] ON TRAIN, STILL ON CAR 2
FIGHT :: $t1 2 FEMALES ARGUING | $t2 UPD [[violence:NOW PHYSICAL, PULLING HAIR AND PUNCHING]]
ASSAULT :: RP ADV NEIGHBOR [[violence:BODY SLAMMED HIS DOG WALKER]]; SUSP BACK INSIDE $addr
DOMESTIC :: RP ADV [[violence:BF PINNED HER DOWN]] AND TOOK PHONE; CALLING FROM NEIGHBOR $unit
ASSAULT :: [[violence:ELDERLY MALE BEING SHOVED]] BY CAREGIVER PER RP IN LOBBY, ONGOING
FIGHT :: BRAWL AT BAR [[violence:CHAIRS BEING SWUNG]] AT PATRONS; $addr
ASSAULT :: RP ADV [[violence:SUSP SLAPPED CHILD REPEATEDLY]] IN STORE AISLE; $desc
DOMESTIC :: C/O SCREAMING AND [[violence:SOUNDS OF PUNCHES]] FROM $unit PER NEIGHBOR
ASSAULT :: TAXI DRIVER [[violence:BEATEN]] BY FARE, FARE LS RUNNING SB; $loc
ASSAULT :: RP ADV EX [[violence:RAMMED HER CAR]] WITH HIS TRUCK WHILE SHE WAS IN IT; $plate
DOMESTIC :: $t1 CIVIL ISSUE W/ EX OVER CUSTODY | $t2 RP ADV [[violence:EX JUST KNOCKED HER DOWN]] IN DRIVEWAY
FIGHT :: FIGHT ON PLATFORM, [[violence:ONE SUBJ PUSHED ANOTHER TOWARD TRACKS]]
ASSAULT :: RP ADV [[violence:ATTACKED WITH A PADLOCK IN A SOCK]]; SUSP LS IN $loc
DOMESTIC :: UNK WEAPONS; [[violence:MOM BEING HIT BY SON]] PER 12YO RP
~ASSAULT :: a man just [[violence:punched my friend]] in the face outside the store and he's still standing there yelling
~DOMESTIC :: My upstairs neighbor is [[violence:beating his girlfriend]], I can hear her crying and things hitting the floor
~FIGHT :: there's a [[violence:big fight]] in the parking lot at $loc, like 8 people, someone's on the ground getting kicked
~DOMESTIC :: he [[violence:hit me and pushed me]] into the door. hes in the other room now. i cant call out loud
~ASSAULT :: my coworker got [[violence:jumped by two guys]] behind the restaurant, they are still back there
~ASSAULT :: Someone on the bus just [[violence:shoved an old lady off her seat]] and is screaming at her
~DOMESTIC :: I'm at $addr and my brother keeps [[violence:slapping our mom]]. She told me not to call but I am
~FIGHT :: kids after school are [[violence:beating up a boy]] by the field and filming it
~ASSAULT :: security guard here, a man [[violence:attacked our cashier]], we have him in the back office but he keeps fighting
~DOMESTIC :: no weapons that I can see but he [[violence:is strangling her]] on the porch right now
~ASSAULT :: Man at the gas station [[violence:threw a woman to the ground]] and is standing over her
~FIGHT :: Two drivers got out after a fender bender and [[violence:one is punching the other through the window]]
ASSAULT :: $t1 RP ADV MALE SHOUTING AT CASHIER | $t2 UPD [[violence:MALE NOW HITTING CASHIER WITH HIS CANE]]
DOMESTIC :: RP ADV MOTHER [[violence:BIT AND SCRATCHED HER]] DURING ARGUMENT, MOTHER STILL IN KITCHEN
FIGHT :: [[violence:2 MALES WRESTLING ON GROUND THROWING PUNCHES]] IN FRONT OF $loc
ASSAULT :: PER RP, [[violence:SUBJ SHOVED WOMAN INTO TRAFFIC]] AND WALKED OFF $desc
#kind threat
THREAT :: RP ADV EX [[threat:TXTD HE IS COMING TO KILL HER TONIGHT]]; SHE IS HOME ALONE $addr
THREAT :: $t1 NEIGHBOR DISPUTE OVER FENCE | $t2 RP ADV NEIGHBOR [[threat:SAID HE WILL SHOOT HIM NEXT TIME]]
THREAT :: FORMER EMPLOYEE [[threat:CALLED SAYING HE WILL SHOOT UP THE OFFICE]]; ON LINE W/ MGR
THREAT :: RP ADV SON [[threat:SAID HE WOULD BURN THE HOUSE DOWN WITH THEM IN IT]]
THREAT :: [[threat:THREATENED TO STAB]] RP IF SHE CALLS POLICE, SUSP STILL OUTSIDE $unit
THREAT :: STUDENT POSTED [[threat:WILL BRING A GUN TO SCHOOL MONDAY]] PER PARENT RP; SCREENSHOT AVAIL
THREAT :: RP ADV LANDLORD [[threat:SAID HE WOULD BREAK HER LEGS]] IF RENT NOT PAID; HE IS AT DOOR
THREAT :: $t1 HARASSING TXTS FROM EX | $t2 RP ADV NEWEST TXT [[threat:IM OUTSIDE AND YOU ARE DEAD]]
THREAT :: CALLER ADV BROTHER [[threat:THREATENING TO KILL FAMILY]], UNK IF ARMED, $addr
THREAT :: [[threat:BOMB THREAT]] REC VIA PHONE AT $loc, MALE VOICE, SAID 30 MINUTES
THREAT :: RP ADV SUBJ [[threat:SAID HE WILL FIND HER AND SLIT HER THROAT]], LS NEAR $loc
THREAT :: CUST [[threat:THREATENED TO COME BACK AND SHOOT STAFF]] AFTER BEING REFUSED; LS IN $veh
THREAT :: $t1 415 VERBAL W/ ROOMMATE | $t2 RP ADV ROOMMATE [[threat:SAYS HE WILL KILL HER IN HER SLEEP]]
THREAT :: PER RP, [[threat:DRIVER SAID HE WOULD RUN HIM OVER]] AND IS CIRCLING THE BLOCK $plate
THREAT :: RP ADV EX BF [[threat:TOLD HER HE HAS A GUN AND WILL USE IT]]; PROT ORDER IN PLACE
THREAT :: [[threat:THREAT TO KILL]] MADE TO RP AT DOOR OF $addr, SUSP STILL ON PORCH
THREAT :: RP ADV STEPFATHER [[threat:SAID HES GOING TO HURT THE BABY]] IF SHE LEAVES
THREAT :: VOICEMAIL TO CITY OFFICE [[threat:STATES HE WILL KILL THE INSPECTOR]] ON SITE TMRW
THREAT :: RP ADV TENANT [[threat:THREATENED TO BLOW UP THE BUILDING]] WITH GAS; $addr
THREAT :: {NO WEAPONS SEEN} BUT [[threat:SUBJ SCREAMING HE WILL STAB THE NEXT PERSON]] ON PLATFORM
THREAT :: $t1 SUSP MALE IN LOT | $t2 RP ADV SUBJ [[threat:YELLED HES GOING TO SHOOT HER]] AND WALKED TO CAR
THREAT :: RP ADV CLASSMATE [[threat:SAID HE HAS A LIST OF WHO HE WILL KILL]]; CAMPUS HOUSING
THREAT :: [[threat:THREATENED TO SLASH HER]] IF SHE DOESNT GIVE BACK THE DOG; $addr
THREAT :: RP ADV GANG MEMBERS [[threat:SAID THEY ARE COMING BACK TONIGHT TO HURT HIM]]
THREAT :: PER RP, NEIGHBOR [[threat:SAID I WILL END YOU]] AND IS STANDING IN RP YARD
THREAT :: RP ADV EX WIFE [[threat:THREATENING TO TAKE KIDS AND KILL HERSELF AND THEM]]
THREAT :: $t1 CIVIL - PROPERTY LINE | $t2 NEIGHBOR NOW [[threat:SAYING HE WILL BURY RP IN THE YARD]]
THREAT :: [[threat:THREATS]] TO SHOOT MADE BY SUBJ IN $veh TO RP AT LIGHT; FOLLOWING RP NOW
THREAT :: RP ADV CUSTOMER [[threat:VOWED TO BURN DOWN THE STORE]] AND IS SITTING IN LOT
THREAT :: RP RECD LETTER [[threat:SAYING SHE WILL BE KILLED FRIDAY]]; SUSPECTS EX
THREAT :: PT AT CLINIC [[threat:THREATENED TO KILL THE NURSE]] AND IS STILL IN WAITING ROOM
THREAT :: RP ADV 17YO [[threat:THREATENING TO STAB HIS BROTHER]], BROTHER HIDING IN CAR
THREAT :: SUBJ ON BUS [[threat:TELLING DRIVER HE WILL CUT HIM]]; BUS 22 AT $loc
THREAT :: $t1 NOISE CMPLT | $t2 RP ADV PARTY HOST [[threat:SAID HE WOULD SHOOT HER DOG AND HER]]
THREAT :: RP ADV SUBJ [[threat:THREATENING TO TORCH]] HER CAR, HAS GAS CAN; $addr
~THREAT :: my ex just texted me "[[threat:im going to kill you when you get home]]" and I'm scared to go back to $addr
~THREAT :: A guy I sold a car to keeps calling and [[threat:said he's going to shoot me]] if I don't give him his money back
~THREAT :: someone at my work [[threat:said he is going to bring a gun]] tomorrow and shoot the managers. he sounded serious
~THREAT :: The man next door [[threat:told my son he would break his neck]] and he's still outside in his yard
~THREAT :: my sister's husband [[threat:threatened to burn our house down]] tonight, he is driving around our street
~THREAT :: A student in my class [[threat:wrote that he would stab me]] on a note and left it on my desk
~THREAT :: he said if I call the police [[threat:he will kill me and the kids]]. he just left for the store
~THREAT :: guy at the laundromat [[threat:said he's gonna cut my face]] and is waiting by my car
~THREAT :: caller is my tenant, he [[threat:said he will beat me to death]] if I come inside the unit again
~THREAT :: i keep getting messages from an unknown number saying [[threat:they know where i live and will hurt me]] tonight
~THREAT :: My neighbor [[threat:said he's going to run my kids over]] with his truck if they play near his driveway again. He's revving it now.
~THREAT :: A customer [[threat:threatened to come back with a gun]] after we banned him, he drove off 5 min ago
THREAT :: RP ADV DELIVERY DRIVER [[threat:SAID HE KNOWS WHERE SHE LIVES AND WILL COME BACK TO HURT HER]]
THREAT :: $t1 PARKING DISPUTE $addr | $t2 RP ADV OTHER DRIVER [[threat:SAID HE WILL GET HIS GUN FROM THE TRUCK]]
THREAT :: [[threat:THREATENED TO KILL]] EX AND HER NEW BF VIA VOICEMAIL, SUSP LS DRIVING TWD $addr
THREAT :: TENANT [[threat:TOLD MGR HE WILL STAB HIM IF HE ENTERS]], MGR AT DOOR NOW $unit
#kind injury
MEDICAL :: RP ADV MALE [[injury:NOT BREATHING]] ON BATHROOM FLOOR $addr $unit
MEDICAL :: $t1 WELFARE CHK ELDERLY FEM | $t2 RP ADV SHE IS [[injury:UNRESPONSIVE]] ON KITCHEN FLOOR
MEDICAL :: [[injury:C/O CHEST PAIN W/ DIFF BREATHING]], 62YOM, CONSC, $addr
OD :: POSS OD, [[injury:LIPS TURNING BLUE]], NARCAN NOT AVAIL; $loc
MEDICAL :: SUBJ [[injury:BLEEDING HEAVILY FROM HEAD]] AFTER FALL ON STAIRS $loc
MEDICAL :: 4YO [[injury:SWALLOWED BATTERY]] PER MOM, CHILD GAGGING
MEDICAL :: $t1 INTOX MALE ON BENCH | $t2 UPD SUBJ NOW [[injury:SEIZING]] AND HIT HEAD
MEDICAL :: RP ADV HUSB [[injury:SLURRED SPEECH AND FACE DROOPING]] SINCE 10 MIN AGO
MEDICAL :: WORKER [[injury:FELL APPROX 15FT]] FROM SCAFFOLD, NOT MOVING LEGS; $addr
MEDICAL :: DIABETIC FEMALE [[injury:UNCONSC]] IN CAR IN LOT $loc; $veh
MEDICAL :: {NO WEAPONS} INVOLVED; [[injury:DEEP LAC TO FOREARM BLEEDING THRU TOWELS]] FROM GLASS
MEDICAL :: RP ADV ROOMMATE [[injury:ALLERGIC REACTION, THROAT CLOSING]], EPIPEN USED, NO IMPROV
OD :: $t1 RP REQ WELFARE CHK SON | $t2 RP ENTERED, SON [[injury:GRAY AND NOT RESPONDING]], NEEDLE NEAR
MEDICAL :: PED STRUCK BY VEH AT $addr, [[injury:PED DOWN IN ROADWAY]] NOT GETTING UP
MEDICAL :: RP ADV [[injury:8 MONTHS PREG, HEAVY BLEEDING]]; $addr $unit
MEDICAL :: RIDER [[injury:COLLAPSED ON PLATFORM]] AT $loc, BYSTANDERS DOING CPR
MEDICAL :: [[injury:CPR IN PROGRESS]] PER CALLER, 70S MALE, $addr
MEDICAL :: 2YO [[injury:PULLED FROM POOL]], COUGHING, LETHARGIC; $addr
MEDICAL :: SUBJ [[injury:BURNED ARMS AND FACE]] FROM GRILL FLARE UP, SKIN PEELING
MEDICAL :: RP ADV {NO ASSAULT} JUST FELL, BUT [[injury:BONE STICKING OUT OF LEG]]; $loc
OD :: FRIEND [[injury:TOOK UNK PILLS AND WONT WAKE UP]] PER RP AT PARTY $addr
MEDICAL :: $t1 LIFT ASSIST REQ | $t2 RP ADV MOTHER NOW [[injury:CONFUSED AND CLAMMY, HR 160]]
MEDICAL :: [[injury:HEAD STRIKE W/ LOC]] AFTER BIKE CRASH, VOMITING, $loc
MEDICAL :: MALE IN TENT [[injury:BARELY BREATHING]] PER OUTREACH WORKER; UNDER OVERPASS $loc
MEDICAL :: RP ADV SON [[injury:CUT HAND ON TABLE SAW, SPURTING]]; TOURNIQUET APPLIED
MEDICAL :: INFANT [[injury:BLUE AND LIMP]] PER MOM, $addr $unit
MEDICAL :: RP ADV GF [[injury:HAVING ASTHMA ATTACK]], INHALER NOT WORKING, CANT SPEAK FULL SENTENCES
MEDICAL :: MVA 2 VEH $addr; [[injury:DRIVER PINNED]], AIRBAGS DEPLOYED
MEDICAL :: $t1 MALE SLEEPING IN DOORWAY | $t2 UPD RP CANT WAKE HIM, [[injury:VOMIT AROUND MOUTH, SHALLOW BREATHING]]
MEDICAL :: FEMALE [[injury:HYPOTHERMIC]] FOUND IN PARK, SHIVERING STOPPED, NOT MAKING SENSE
MEDICAL :: RP ADV STUDENT [[injury:PASSED OUT AND HIT HEAD ON DESK]], BLEEDING FROM EAR
OD :: 2 SUBJS [[injury:OD IN RESTROOM]] AT $loc, 1 NARCAN GIVEN, 2ND STILL OUT
MEDICAL :: RP ADV DOG ATTACK, [[injury:CHILD BITTEN ON FACE]], BLEEDING; DOG CONTAINED
MEDICAL :: ELDERLY FEMALE [[injury:FELL AND CANT MOVE HIP]], ON FLOOR SINCE YESTERDAY
MEDICAL :: [[injury:STAB WOUND]] TO LEG PER RP, UNK HOW IT HAPPENED; $addr
~MEDICAL :: my dad [[injury:collapsed and isn't breathing right]], we're at $addr, please hurry
~MEDICAL :: There's a man lying on the sidewalk at $loc, [[injury:not moving and his lips are blue]]
~OD :: I think my friend [[injury:overdosed]], he's making snoring sounds and we can't wake him up
~MEDICAL :: my grandma fell in the tub and [[injury:hit her head, there's a lot of blood]]
~MEDICAL :: a cyclist just got hit by a car at the corner and [[injury:is lying in the road not moving]]
~MEDICAL :: My wife is [[injury:having a seizure]] and it's been more than five minutes
~MEDICAL :: coworker [[injury:cut his hand really bad]] on the slicer, it won't stop bleeding
~MEDICAL :: My baby [[injury:has a fever of 105 and is not responding]] to me
~MEDICAL :: A lady on the train [[injury:fainted and is breathing weird]], we are at the next station
~MEDICAL :: My husband says [[injury:his chest feels crushed]] and his left arm is numb
~MEDICAL :: man under the bridge [[injury:has a bad burn on his leg that smells infected]] and is shaking and sweating
~MEDICAL :: we found our roommate on the floor [[injury:barely breathing]], there's pills everywhere
MEDICAL :: RP ADV FATHER [[injury:VOMITING BLOOD]] AND DIZZY; $addr
MEDICAL :: $t1 RP REQ INFO ON CLINIC HRS | $t2 RP ADV WIFE [[injury:JUST COLLAPSED, NOT ANSWERING]]
MEDICAL :: KID [[injury:FELL THRU ICE]] AT POND $loc, PULLED OUT, SHAKING AND DROWSY
MEDICAL :: [[injury:ANAPHYLAXIS]] AFTER BEE STING, SWELLING FACE, NO EPIPEN; $loc
#kind suicide
SUICIDE :: RP ADV SON [[suicide:HAS PILLS IN HAND SAYING HE WILL TAKE ALL OF THEM]]
SUICIDE :: SUBJ [[suicide:STANDING ON OUTSIDE OF BRIDGE RAILING]] $loc; PASSERBY TALKING TO HIM
SUICIDE :: $t1 MH CHECK REQ BY SISTER | $t2 SISTER ADV [[suicide:BRO SENT GOODBYE TXT AND HAS DADS GUN]]
SUICIDE :: RP ADV GF [[suicide:TOOK APPROX 30 TYLENOL]] 20 MIN AGO; $addr $unit
SUICIDE :: [[suicide:SUBJ CUT WRISTS]] IN BATHTUB PER ROOMMATE, DOOR LOCKED
SUICIDE :: RP ADV HUSB [[suicide:PLANS TO HANG HIMSELF TONIGHT, BOUGHT ROPE]]
SUICIDE :: CRISIS LINE XFER, CALLER [[suicide:ON ROOF OF PARKING GARAGE READY TO JUMP]]
SUICIDE :: $t1 WELFARE CHK FRIEND | $t2 RP ADV FRIEND POSTED [[suicide:PIC OF LOADED GUN W/ IM DONE]]
SUICIDE :: RP ADV MOTHER [[suicide:LOCKED IN GARAGE WITH CAR RUNNING]]; $addr
SUICIDE :: STUDENT [[suicide:SAYS SHE HAS A RAZOR AND WILL USE IT TONIGHT]] PER RA
SUICIDE :: [[suicide:OVERDOSED ON PURPOSE]] PER NOTE FOUND BY WIFE, SUBJ DROWSY
SUICIDE :: RP ADV VETERAN [[suicide:SITTING IN TRUCK WITH PISTOL TO HEAD]]; $veh IN LOT $loc
SUICIDE :: PT ON PHONE W/ THERAPIST [[suicide:STATES HE TOOK ALL HIS LITHIUM]]
SUICIDE :: $t1 RP REQ CRISIS TEAM FOR DAUGHTER | $t2 UPD DAUGHTER [[suicide:NOW HAS KNIFE TO HER WRIST]]
SUICIDE :: [[suicide:SUBJ WALKING ON TRACKS SAYING HE WANTS TRAIN TO HIT HIM]] NEAR $loc
SUICIDE :: RP ADV BF [[suicide:TIED A BELT TO THE CLOSET ROD]], RP IN NEXT ROOM
SUICIDE :: RP ADV FATHER [[suicide:WROTE WILL, GAVE AWAY DOG, AND BOUGHT A SHOTGUN]]
SUICIDE :: [[suicide:ATTEMPTED HANGING]], CUT DOWN BY RP, BREATHING; $addr
SUICIDE :: 16YO [[suicide:SAYS SHE SWALLOWED BLEACH]] PER FRIEND ON 3WAY CALL
SUICIDE :: RP ADV SUBJ [[suicide:SITTING ON LEDGE OF 6TH FLR BALCONY]]; $addr
SUICIDE :: $t1 RP ADV SAD ROOMMATE | $t2 ROOMMATE [[suicide:NOW SAYS SHE HAS PILLS SAVED UP AND TONIGHT IS THE NIGHT]]
SUICIDE :: CALLER [[suicide:STATES HE IS GOING TO DRIVE INTO THE RIVER]], ON CELL IN $veh
SUICIDE :: OFF DUTY NURSE ADV PT [[suicide:INJECTED INSULIN OVERDOSE INTENTIONALLY]]
SUICIDE :: {NO WEAPON} PER RP | $t2 RP ADV SUBJ [[suicide:JUST SWALLOWED A BOTTLE OF SLEEPING PILLS]]
SUICIDE :: RP ADV COWORKER [[suicide:TEXTED GOODBYE AND SAID HE IS AT THE QUARRY]]
SUICIDE :: MALE [[suicide:STANDING IN TRAFFIC TRYING TO GET HIT]] ON $addr
SUICIDE :: RP ADV WIFE [[suicide:LOCKED IN ROOM WITH HIS HUNTING RIFLE SAYING GOODBYE]]
SUICIDE :: [[suicide:SUICIDE ATTEMPT]], SUBJ JUMPED FROM 2ND FLR, CONSC; $addr
SUICIDE :: RP ON LINE [[suicide:HAS GUN IN LAP AND SAYS HE IS READY]], RP IS SUBJ
SUICIDE :: $t1 TALKING W/ CALLER ABT BREAKUP | $t2 CALLER ADV [[suicide:SHE JUST TOOK THE PILLS]] AND LINE WENT QUIET
SUICIDE :: RP ADV SON [[suicide:MAKING A NOOSE]] IN BASEMENT; $addr
SUICIDE :: CAMPUS RA ADV STUDENT [[suicide:POSTED PLAN TO JUMP FROM LIBRARY ROOF AT NOON]]
SUICIDE :: RP ADV ELDERLY FATHER [[suicide:STOCKPILED MORPHINE AND SAYS TODAY]]; HOSPICE PT
SUICIDE :: [[suicide:SELF INFLICTED]] LACS TO ARMS, ACTIVE BLEEDING PER RP; $unit
SUICIDE :: RP ADV BROTHER [[suicide:DRANK ANTIFREEZE]] AFTER FIGHT W/ WIFE
~SUICIDE :: my boyfriend just texted me that [[suicide:he took all his pills]] and said sorry, he's at $addr
~SUICIDE :: There's a woman [[suicide:sitting on the edge of the overpass]] above the highway at $loc, legs hanging over
~SUICIDE :: i have my dads gun and [[suicide:i am going to use it on myself]] tonight. i dont know why im texting this
~SUICIDE :: my brother [[suicide:said he's going to jump off the parking garage]] and turned off his location
~SUICIDE :: My mom [[suicide:is in the garage with the car running]] and the door shut, I can't get in
~SUICIDE :: I'm the RA, my resident told me she [[suicide:has a plan to overdose tonight]] and has been collecting pills
~SUICIDE :: my friend is [[suicide:cutting herself right now]] and says she wants to die, we are in the dorm bathroom
~SUICIDE :: Husband [[suicide:wrote a suicide note and left with his rifle]], said goodbye to the kids
~SUICIDE :: My son [[suicide:tied a rope in his closet]]. I took it down but he says he'll do it again
~SUICIDE :: a man is [[suicide:standing on the train tracks]] at $loc and says he is waiting for the train
~SUICIDE :: my coworker just told me [[suicide:he swallowed rat poison]] on his break
~SUICIDE :: I need help, [[suicide:I just took a whole bottle of my meds]] and now I'm scared
SUICIDE :: RP ADV GF [[suicide:LOCKED IN BATHROOM WITH RAZOR BLADES SAYING SHES ENDING IT]]
SUICIDE :: $t1 RP REQ CHECK ON DAUGHTER | $t2 DAUGHTER TXTD [[suicide:PHOTO OF PILLS WITH GOODBYE MOM]]
SUICIDE :: SUBJ [[suicide:HANGING FROM TREE]] BEHIND $addr PER RP, RP CUTTING HIM DOWN
SUICIDE :: CALLER [[suicide:SAYS HE INHALED EXHAUST ON PURPOSE]], FEELS DIZZY, IN GARAGE
#kind police_only
BURG :: RP ADV [[police_only:SUSP STILL INSIDE RESIDENCE]] $addr, RP HIDING IN NEIGHBOR YARD
THEFT :: [[police_only:2 SUBJS BREAKING INTO VEHS NOW]] IN LOT $loc; $desc
CHILD :: [[police_only:TODDLER LEFT ALONE IN CAR]], 90 DEG, WINDOWS UP; $veh $plate IN LOT $loc
BURG :: $t1 ALARM ACTIVATION $addr | $t2 KEYHOLDER ADV [[police_only:SEES MALE INSIDE ON CAMERA NOW]]
ROBBERY :: [[police_only:PURSE JUST SNATCHED]], SUSP STILL IN SIGHT RUNNING NB; $desc
THEFT :: SHOPLIFTER [[police_only:STILL IN STORE LOADING CART]], LP WATCHING; $addr
CHILD :: [[police_only:4YO WANDERING ALONE IN ROADWAY]] ON $addr, NO ADULT IN SIGHT
BURG :: RP ADV [[police_only:SOMEONE TRYING TO KICK IN HER BACK DOOR]] RIGHT NOW
THEFT :: [[police_only:CATALYTIC CONV BEING CUT OFF]] VEH IN DRIVEWAY NOW; $plate
SUSP :: $t1 SUSP PERS IN BACKYARDS | $t2 RP ADV [[police_only:SUBJ NOW CLIMBING THRU NEIGHBOR WINDOW]]
CHILD :: RP ADV [[police_only:NEIGHBOR KIDS ALONE 2 DAYS NO FOOD]], OLDEST IS 6
ROBBERY :: [[police_only:STRONG ARM ROBBERY JUST OCCURRED]], SUSP LS 1 MIN AGO ON FOOT $loc
THEFT :: RP WATCHING [[police_only:MALE STEALING PACKAGES FROM PORCHES ON BLOCK NOW]]; $veh
TRAFFIC :: [[police_only:POSS DUI VEH SWERVING INTO ONCOMING]] NB ON $addr; $plate
BURG :: [[police_only:GLASS BREAKING]] AT CLOSED STORE, RP SEES FLASHLIGHT INSIDE $addr
CHILD :: RP ADV [[police_only:MAN TRYING TO LURE KIDS INTO VAN]] AT $loc; $veh
THEFT :: $t1 SUSP VEH IDLING | $t2 RP ADV OCCS [[police_only:NOW PULLING BIKES FROM RACK]] AT $loc
BURG :: [[police_only:459 IN PROG]] COMMERCIAL, 2 SUBJS ON ROOF PRYING VENT
CHILD :: MALE [[police_only:EXPOSING HIMSELF TO CHILDREN]] AT PLAYGROUND NOW; $desc
THEFT :: [[police_only:SUSP SIPHONING GAS]] FROM TRUCKS AT $loc RIGHT NOW
CHILD :: RP ADV [[police_only:INFANT LEFT ALONE IN APT]], PARENT LEFT IN CAR 1HR AGO; $unit
ROBBERY :: {NO WEAPON SEEN}; [[police_only:SUSP JUST TOOK REGISTER CASH]] AND IS IN LOT $veh
BURG :: $t1 SUSP NOISE IN GARAGE | $t2 RP ADV [[police_only:UNK MALE IS IN THE GARAGE NOW]]
THEFT :: [[police_only:2 JUVS STEALING CAR]] PARKED AT $addr, POPPED IGNITION NOW
TRAFFIC :: [[police_only:WRONG WAY DRIVER]] ON HWY RAMP AT $loc
CHILD :: RP ADV [[police_only:DRUNK DAD DRIVING OFF WITH KIDS]] IN $veh; $plate
THEFT :: [[police_only:MAN CUTTING LOCK ON STORAGE UNIT]] THAT ISNT HIS, PER MGR WATCHING CAM
BURG :: RP ADV EX [[police_only:BROKE IN AND IS HIDING IN BASEMENT]], PROT ORDER IN EFFECT
THEFT :: RP ADV [[police_only:SUSP IN HER CAR RUMMAGING]] RIGHT NOW IN DRIVEWAY $addr
CHILD :: [[police_only:CHILD SCREAMING FOR HELP]] FROM BACK OF $veh AT LIGHT PER RP
TRAFFIC :: HIT AND RUN [[police_only:JUST OCCURRED]], SUSP VEH $veh $plate LS EB
ROBBERY :: CARJACKING [[police_only:JUST HAPPENED]] AT GAS STATION $loc, SUSP IN RP VEH
BURG :: RP ADV [[police_only:SOMEONE INSIDE VACANT HOUSE PULLING COPPER]], SEES LIGHTS
CHILD :: $t1 CIVIL CUSTODY ISSUE | $t2 RP ADV [[police_only:FATHER GRABBED CHILD AND FLED]] IN $veh, NO CUSTODY ORDER
THEFT :: [[police_only:SUBJ SMASHING PARKING METERS]] WITH ROCK AT $addr
~BURG :: someone is [[police_only:inside my house right now]], I'm hiding in the closet upstairs at $addr
~THEFT :: two guys are [[police_only:breaking into cars right now]] in the lot at $loc, one is in a red hoodie
~CHILD :: there's a [[police_only:baby alone in a hot car]] at $loc and nobody is around
~ROBBERY :: a man [[police_only:just grabbed my phone and ran]] toward the station, I can still see him
~THEFT :: The guy in the hardware store [[police_only:is stuffing tools in his coat right now]], he's near aisle 7
~CHILD :: there's a [[police_only:little kid like 3 walking alone along the highway]] shoulder, no adults anywhere
~BURG :: I'm watching on my doorbell camera, [[police_only:a man is prying my front door open]] right now
~THEFT :: Someone is [[police_only:stealing the catalytic converter off my car]] in my driveway as we speak
~CHILD :: My neighbor [[police_only:left her kids home alone]] and they're 2 and 4, they've been crying for hours
~ROBBERY :: [[police_only:I just got robbed]] outside the laundromat, guy went into the alley behind it
~TRAFFIC :: there's a [[police_only:drunk driver]] swerving all over $addr, almost hit a kid, gray pickup
~BURG :: i can hear someone [[police_only:trying to break in the back window]] right now, im home alone
BURG :: RP ADV [[police_only:2 MALES CARRYING TV OUT OF NEIGHBORS HOUSE NOW]], NEIGHBORS ON VACATION
THEFT :: LP ADV [[police_only:SUSP IN FITTING ROOM CUTTING TAGS NOW]]; $desc
CHILD :: RP ADV [[police_only:5YO LOCKED OUT ON BALCONY IN SNOW]], PARENTS NOT ANSWERING $unit
ROBBERY :: [[police_only:SUSP JUST GRABBED RP BIKE AND IS RIDING OFF]], STILL IN VIEW $loc
#kind uncertainty
HANGUP :: [[uncertainty:OPEN LINE]], FEMALE WHISPERING, HEARD MALE YELLING IN BACKGROUND
HANGUP :: 911 HANGUP $addr; [[uncertainty:CB WENT TO VM X2]]
UNKNOWN :: RP [[uncertainty:UNABLE TO SPEAK FREELY]], ANSWERING YES/NO ONLY, $addr $unit
UNKNOWN :: $t1 RP REQ WELFARE CHK | $t2 [[uncertainty:LINE DISCONNECTED MID SENTENCE]], NO ANS ON CB
UNKNOWN :: [[uncertainty:SCREAMS HEARD]] FROM WOODS BEHIND $loc PER JOGGER
HANGUP :: [[uncertainty:SILENT CALL]], TAPPED KEYS WHEN ASKED IF NEEDS HELP
UNKNOWN :: TXT TO 911: [[uncertainty:CANT CALL HE IS HERE]] $addr
UNKNOWN :: [[uncertainty:UNK EMERGENCY]], RP SAID SEND SOMEONE AND HUNG UP; PH2 LOC APPROX
UNKNOWN :: NEIGHBOR ADV [[uncertainty:WOMAN YELLED HELP THEN SILENCE]] $unit
UNKNOWN :: THERAPIST [[uncertainty:DUTY TO WARN: CLIENT NAMED COWORKER AS TARGET]]; CLIENT WHEREABOUTS UNK
HANGUP :: $t1 NOISE CMPLT $addr | $t2 [[uncertainty:RP CALLED BACK CRYING, CALL DROPPED]]
UNKNOWN :: RP ORDERING PIZZA, [[uncertainty:POSS CODED CALL]], SAYS YES WHEN ASKED IF IN DANGER
UNKNOWN :: [[uncertainty:SCREAMING]] COMING FROM PARKED $veh AT $loc PER RP
HANGUP :: [[uncertainty:DISCONNECTED]] AFTER SAYING HES BACK; UNK ADDR, PH2 $loc
UNKNOWN :: $t1 RP ADV VERBAL ARGUMENT NEXT DOOR | $t2 [[uncertainty:NOW HEARS CHILD SCREAMING STOP]]
UNKNOWN :: RP [[uncertainty:WHISPERING, SAYS SOMEONE IS IN THE HOUSE]], THEN LINE WENT DEAD
HANGUP :: CALL LOST, [[uncertainty:HEARD STRUGGLE AND GLASS BREAKING]] BEFORE DISC
UNKNOWN :: COUNSELOR CALLING [[uncertainty:DUTY TO WARN, PT THREATENED EX WIFE]] AND LEFT SESSION
UNKNOWN :: [[uncertainty:UNK TROUBLE]] $addr, RP SAID COME NOW AND PHONE WAS TAKEN
HANGUP :: ABANDONED 911 FROM $addr; [[uncertainty:ON CB MALE ANSWERED AND SAID WRONG NUMBER, FEMALE CRYING IN BG]]
UNKNOWN :: DRIVER ADV [[uncertainty:HEARD SCREAMS FROM TRUNK]] OF $veh $plate AT LIGHT
UNKNOWN :: $t1 RP REQ INFO ON PARKING | $t2 [[uncertainty:RP SUDDENLY SAID HELP AND CALL ENDED]]
HANGUP :: [[uncertainty:OPEN LINE W/ SOUNDS OF SLAPPING]] AND CRYING; PH2 $addr
UNKNOWN :: RELAY SVC CALL, [[uncertainty:DEAF CALLER TYPED HELP ME THEN STOPPED RESPONDING]]
UNKNOWN :: [[uncertainty:BLOODCURDLING SCREAM]] HEARD BY SECURITY IN PARKING DECK LEVEL 3
HANGUP :: TXT SESSION [[uncertainty:RP STOPPED REPLYING AFTER SAYING HE HAS MY PHONE]]
UNKNOWN :: $t1 FOUND PROPERTY CALL | $t2 [[uncertainty:RP SAYS HE CANT TALK, MAN WATCHING HIM]]
UNKNOWN :: [[uncertainty:CALLER HYSTERICAL, UNABLE TO GIVE NATURE]], HUNG UP; $addr
HANGUP :: OPEN LINE [[uncertainty:MALE SAYING PUT THE PHONE DOWN]]; $unit
UNKNOWN :: RP HEARD [[uncertainty:WOMAN SCREAMING DONT]] FROM BACKYARD OF $addr
UNKNOWN :: PSYCHIATRIST [[uncertainty:DUTY TO WARN, PT SAYS HE WILL HURT HIS NEIGHBOR]] THIS WEEKEND
HANGUP :: [[uncertainty:CALL DROPPED]] WHILE RP GIVING ADDR, ONLY GOT $addr
UNKNOWN :: TRANSIT CAM OPS ADV [[uncertainty:EMERGENCY INTERCOM ACTIVATED, ONLY SCREAMING]] $loc
UNKNOWN :: RP [[uncertainty:SAYS SHE IS NOT ALLOWED TO TALK]] AND ASKS FOR HELP QUIETLY
HANGUP :: $t1 911 MISDIAL ADV | $t2 [[uncertainty:CB FEMALE WHISPERED NOT A MISDIAL]]
~UNKNOWN :: [[uncertainty:please dont call back he will hear]], $addr apt upstairs, he has my phone sometimes
~UNKNOWN :: I keep hearing [[uncertainty:a woman screaming]] from the apartment below me at $addr, it won't stop
~UNKNOWN :: [[uncertainty:i cant talk right now]] can you send someone to $addr
~UNKNOWN :: my friend called me and [[uncertainty:I heard her yell help then the call cut off]], she was walking home near $loc
~UNKNOWN :: texting 911 because [[uncertainty:i cant speak]], somebody is outside my room
~UNKNOWN :: Someone was [[uncertainty:screaming in the woods]] behind our house at $addr and then it stopped suddenly
~UNKNOWN :: I'm a therapist and [[uncertainty:my client described a plan to harm his ex]] this weekend. I have a duty to warn
~UNKNOWN :: my sister called me [[uncertainty:whispering that she's scared and then hung up]], she won't answer now
~UNKNOWN :: [[uncertainty:Heard screams and a thud]] from the unit next door, no answer when I knocked
~UNKNOWN :: this is for my mom she [[uncertainty:cant talk because he is right there]], she lives at $addr
~UNKNOWN :: I heard a kid [[uncertainty:screaming stop hurting me]] through the wall
~UNKNOWN :: [[uncertainty:help]]
UNKNOWN :: TTY CALL, [[uncertainty:CALLER TYPED SOS ONLY]], NO FURTHER RESPONSE; PH2 $addr
HANGUP :: $t1 CALLER ASKED ABT LOST DOG | $t2 [[uncertainty:CALLER WHISPERED HES BACK AND HUNG UP]]
UNKNOWN :: NEIGHBOR ADV [[uncertainty:MAN SCREAMING IN PAIN]] FROM BASEMENT $addr, UNK CAUSE
UNKNOWN :: SOCIAL WORKER [[uncertainty:DUTY TO WARN: CLIENT HAS PLAN TO HURT CASEWORKER]]
'''

ELIG_TXT = r'''
#group negated-danger
DISTURB :: VERBAL ONLY BTWN NEIGHBORS OVER TRASH CANS; {NO WEAPONS}, {NO PHYSICAL}; $addr
DOMESTIC :: RP ADV ARGUMENT W/ HUSB OVER MONEY, {DENIES ANY HITTING}, {NO WEAPONS IN HOME}; WANTS HIM TO LEAVE FOR NIGHT
WELFARE :: RP REQ CHECK ON COWORKER, {DENIES SI}, JUST HASNT RESPONDED TO TXTS SINCE FRIDAY
DISTURB :: 2 MALES YELLING IN LOT $loc, {NOT PHYSICAL}, {NO WEAPONS SEEN}, RP JUST WANTS THEM MOVED ALONG
SUSP :: SUBJ GOING THRU RECYCLING BINS $addr, {NOT ARMED} PER RP, {NOT AGGRESSIVE}
DOMESTIC :: $t1 415 FAMILY | $t2 RP ADV ALL CALM NOW, {NO ONE HURT}, {NO THREATS MADE}, SON LEFT TO GRANDMAS
DISTURB :: RP ADV ROOMMATE SLAMMING DOORS, {HAS NOT TOUCHED HER}, {NO WEAPONS}; REQ MEDIATION
MENTAL :: SUBJ TALKING TO SELF AT $loc, {NO THREATS}, {NOT HOLDING ANYTHING}, SEEMS CONFUSED
FIGHT :: RP ADV 2 TEENS SHOUTING, {NO PUNCHES THROWN}, {NO WEAPONS}; ALREADY WALKING APART
DISTURB :: CUST UPSET OVER REFUND YELLING AT CLERK; {NO THREATS}, {NO WEAPONS}; WANTS HIM TRESPASSED
WELFARE :: MALE SITTING ON CURB CRYING $addr; {DENIES INJURY}, {DENIES SI}, ASKED FOR A RIDE TO SHELTER
DISTURB :: $t1 ARGUMENT IN HALLWAY $unit | $t2 RP ADV {NOBODY PHYSICAL}, {NO KNIFE OR GUN}, JUST LOUD
INTOX :: INTOX FEMALE AT BUS STOP, {NO INJURIES}, {CONSC AND ALERT}, JUST NEEDS A RIDE HOME
DISTURB :: LL AND TENANT ARGUING AT DOOR $addr; {NEITHER ARMED}; {NO THREATS} PER BOTH
~DISTURB :: My neighbors are yelling at each other again. {Nobody is hitting anyone} and {there are no weapons}, it's just really loud and it's been an hour.
~WELFARE :: my friend seems really down but she {said she's not thinking about hurting herself}, could someone check on her at $addr
~DISTURB :: A man keeps arguing with the bus driver. He's {not violent} and {doesn't have anything in his hands}, just won't get off
~MENTAL :: there's a woman shouting about the government on the corner. {She's not threatening anybody} and {isn't armed}
~DISTURB :: Two guys had words over a parking spot. {No punches}, {no one hurt}, but one is still hanging around
~DOMESTIC :: me and my boyfriend had a loud argument and a neighbor got worried. {I'm fine, he didn't touch me}, he went to his brother's
#group history-only
WELFARE :: RP REQ WELFARE CHK ON DAD, {HX OF STROKE IN 2019}, NOT ANSWERING PHONE TODAY, LIKELY NAPPING PER RP
CIVIL :: RP ADV EX {HAD A DV CASE YEARS AGO}, NOW JUST WANTS HELP GETTING HER BOXES BACK
DISTURB :: NOISE FROM $unit; PREMISE HX: {SHOTS FIRED CALL 2021}; TONIGHT ONLY LOUD TV
MENTAL :: RP REQ MH RESOURCE FOR SON; {PRIOR SUICIDE ATTEMPT 3 YRS AGO}, CURRENTLY STABLE, NO CURRENT SI
WELFARE :: PREMISE HAS {OFFICER SAFETY FLAG FROM 2018}; CALL TODAY IS ELDERLY FEMALE NEEDING GROCERIES
CIVIL :: RP ADV NEIGHBOR {WAS ARRESTED FOR ASSAULT LAST YEAR}, TODAY ISSUE IS HIS HEDGE OVER PROPERTY LINE
DISTURB :: $t1 LOUD MUSIC $addr | $t2 NOTE: {ADDR HAS HX OF WEAPONS CALLS}, RP ONLY REPORTING BASS NOISE
MENTAL :: SUBJ KNOWN TO MH TEAM, {HX OF 5150 HOLDS}, TODAY REQ RIDE TO CLINIC APPT
WELFARE :: RP WORRIED ABT BROTHER, {HE OD'D LAST SUMMER}, NOW IN RECOVERY, JUST MISSED A CALL
HARASS :: RP ADV {OLD RESTRAINING ORDER EXPIRED 2020}; EX NOW LEAVING LIKES ON SOCIAL MEDIA, NO CONTACT OTHERWISE
THEFT :: SHOPLIFT RPT, SUSP {KNOWN FROM PRIOR ROBBERY} PER MGR BUT TODAY TOOK GUM AND LEFT AN HR AGO
WELFARE :: CHECK ON TENANT $unit; MGR ADV {STABBING IN BLDG LAST MONTH} UNRELATED; TENANT JUST OVERDUE ON MAIL PICKUP
MENTAL :: RP ADV DAUGHTER {WAS HOSPITALIZED FOR SI IN MARCH}, DOING WELL, REQ INFO ON FAMILY SUPPORT GROUP
DISTURB :: BAR EMPLOYEE ADV RECENTLY {HAD A SHOOTING OUTSIDE IN MAY}; TONIGHT ONLY A LOUD PATRON ARGUING TAB
~WELFARE :: My uncle {tried to kill himself years ago} but he's been fine. He's just not picking up today and I live far away. Can someone knock at $addr?
~CIVIL :: Years ago {my ex broke my arm} but that was a long time ago. I just need help getting my kid's school records from him
~NOISE :: This building {had a murder in it in the 90s} lol, anyway the current problem is the upstairs neighbor's loud music
~MENTAL :: My son {was in a psych hold last year}. He's doing ok but wants someone to talk to about his meds. Not an emergency
~HARASS :: The guy who {assaulted me in 2017} moved near me. He hasn't said anything or done anything, I just want it documented
~WELFARE :: my grandfather {had a heart attack two years ago}, he's fine, but his neighbor says his mail is piling up. can someone check
#group resolved-alarm
SHOTS :: $t1 <<weapon:SHOTS HEARD>> BEHIND $loc | $t2 UPDATE: ((RP ADV IT WAS FIREWORKS)), KIDS LIGHTING THEM IN LOT
ALARM :: $t1 <<police_only:BURG ALARM, POSS INTRUDER>> $addr | $t2 ((KEYHOLDER ON SCENE, EMPLOYEE SET IT OFF, CODE 4))
UNKNOWN :: <<uncertainty:SCREAMS HEARD>> FROM $unit | $t2 2ND RP ADV ((IT'S A HORROR MOVIE MARATHON, SPOKE W/ TENANT, ALL OK))
MEDICAL :: $t1 <<injury:MALE DOWN ON SIDEWALK>> $loc | $t2 UPD ((SUBJ UP AND WALKING, WAS TYING SHOE, DECLINES EMS))
HANGUP :: <<uncertainty:911 HANGUP>> $addr | $t2 ((CB: CHILD PLAYING WITH PHONE, MOTHER CONFIRMED NO EMERG))
FIGHT :: $t1 <<violence:FIGHT IN PARK>> | $t2 ((RP ADV IT WAS A MARTIAL ARTS CLASS PRACTICING)), NFI
SHOTS :: <<weapon:POSS GUNSHOTS>> NEAR $addr | $t2 ((CONFIRMED VEH BACKFIRING, OWNER ON SCENE))
WEAPON :: $t1 <<weapon:MALE WITH GUN>> AT $loc | $t2 2ND CALLER ((SAYS IT'S A CAMERA TRIPOD)), FILMING FOR CLASS
SUSP :: <<police_only:SUBJ CLIMBING IN WINDOW>> $addr | $t2 UPD ((RP ADV ITS HER SON, LOCKED OUT)), 10-4
UNKNOWN :: $t1 <<uncertainty:OPEN LINE, YELLING>> | $t2 ((CB ADV WATCHING FOOTBALL, TEAM SCORED, NO EMERG))
MEDICAL :: <<injury:UNRESP FEMALE IN VEH>> $loc | $t2 ((SUBJ WOKE UP, WAS SLEEPING ON LUNCH BREAK, OK))
ALARM :: $t1 <<police_only:PANIC ALARM>> AT BANK $addr | $t2 ((BANK MGR ADV ACCIDENTAL, VERIFIED W/ PASSCODE))
DOMESTIC :: $t1 <<violence:POSS DOMESTIC, BANGING>> $unit | $t2 ((NEIGHBOR ADV TENANT IS ASSEMBLING FURNITURE))
THREAT :: <<threat:STUDENT THREAT POSTED>> | $t2 ((SCHOOL SRO ADV POST WAS SONG LYRICS, PARENTS CONTACTED, UNFOUNDED))
~SHOTS :: I called earlier about <<weapon:gunshots>> near $loc. ((Turns out it was just fireworks)), my neighbor saw the kids.
~MEDICAL :: Earlier I reported <<injury:a man passed out in the park>>. ((He's awake now and says he was just sleeping)), he doesn't want help.
~UNKNOWN :: Sorry, I texted about <<uncertainty:screaming next door>>. ((I checked and they were just playing a video game)), everyone's fine.
~ALARM :: The <<police_only:alarm at my shop>> went off. ((It was my employee who forgot the code)), we're all good.
~HANGUP :: <<uncertainty:I accidentally called 911>>, ((my toddler had my phone, there's no emergency)), sorry
~FIGHT :: I reported <<violence:a fight at the bus stop>> but ((they were just play wrestling, they're friends and laughing now))
#group toy-prop
WEAPON :: RP ADV KIDS IN YARD WITH {ORANGE TIPPED TOY GUNS}, PLAYING TAG; RP JUST CONCERNED ABT NEIGHBORS
SUSP :: MALE IN COSTUME W/ {FOAM SWORD} AT $loc FOR CONVENTION; RP UNSURE IF PERMITTED
WEAPON :: FILM CREW ON $addr USING {PROP RIFLES}, PERMIT ON FILE PER RP; RP ASKS IF LEGIT
JUV :: JUVS SHOOTING {NERF GUNS} FROM BALCONY AT CARS; NO DAMAGE; $addr
SUSP :: SUBJ CARRYING {WATER PISTOL} SPRAYING FRIENDS AT SPLASH PAD $loc
WEAPON :: $t1 MALE WITH RIFLE $loc | $t2 RP CLOSER LOOK, {IT'S A PAINTBALL MARKER}, GOING TO PAINTBALL FIELD
WEAPON :: THEATER GROUP REHEARSING IN PARK WITH {WOODEN DAGGERS}; RP ASKS IF ALLOWED
SUSP :: KIDS DRESSED AS COWBOYS W/ {CAP GUNS} POPPING CAPS ON SIDEWALK; LOUD PER RP
WEAPON :: {AIRSOFT} GAME IN VACANT LOT BEHIND $addr, PARTICIPANTS WEARING MASKS; RP WANTS THEM MOVED
NOISE :: {TOY LIGHTSABERS} AND SHOUTING AT 2330 IN $unit; NOISE ONLY
SUSP :: MANNEQUIN WITH {FAKE BLOOD} ON PORCH FOR HALLOWEEN $addr; PASSERBY CONCERNED
WEAPON :: MALE AT $loc HOLDING {SQUIRT GUN SHAPED LIKE GLOCK} PER RP; PLAYING W/ SON
JUV :: TEENS FILMING VIDEO WITH {RUBBER KNIFE} AND {KETCHUP}; RP ADV OBVIOUSLY FAKE
SUSP :: HALLOWEEN DISPLAY {SKELETON WITH RUBBER AXE} BLOCKING SIDEWALK $addr
~WEAPON :: Some kids down the street have {toy guns that look pretty real} but they have the orange tips. They're pointing them at cars which seems dumb.
~SUSP :: there's a guy dressed as a pirate with a {plastic sword} outside the bar, probably a party, just letting you know
~JUV :: teenagers in the park are having a {nerf gun war} and knocked over some trash cans
~SUSP :: My neighbor's Halloween decorations include a {fake body with blood} on the lawn and people keep stopping to stare
~WEAPON :: A youtuber is filming a skit in front of $loc with {fake guns}. They have a sign saying FILMING
~JUV :: kids shooting {water guns} at people walking by the pool, my mom got soaked lol
#group idiom
DISTURB :: RP ADV NEIGHBOR SAID HE'S {GONNA KILL IT} AT KARAOKE TONIGHT, NOW SINGING LOUDLY IN YARD
NOISE :: DRUMMER IN $unit {MURDERING THE DRUMS} PER RP, SINCE 2200
CIVIL :: RP SAYS LANDLORD IS {KILLING HER} WITH FEES, WANTS INFO ON TENANT RIGHTS
ASSIST :: RP ADV {CAR BATTERY IS DEAD}, STUCK IN LOT $loc, REQ JUMP
SUSP :: RP ADV MALE {SHOOTING HOOPS} AT SCHOOL COURT AFTER HOURS, LIGHTS ON
JUV :: JUVS {SHOOTING A MUSIC VIDEO} IN STAIRWELL, BLOCKING EXIT; $addr
HARASS :: COWORKER KEEPS {SHOOTING HER DIRTY LOOKS} AND DELETING HER FILES; NO THREATS
NOISE :: BAND IN GARAGE {DYING TO PLAY ONE MORE SONG} PER RP, IT'S 0100; $addr
DISTURB :: 2 GOLFERS ARGUING WHO {SLAYED THE COURSE}, LOUD IN CLUBHOUSE LOT
ASSIST :: RP {LOCKED OUT AND DYING OF HEAT} ON PORCH, REQ LOCKSMITH INFO; DENIES MEDICAL
WELFARE :: RP REQ CHECK ON MOTHER, SAID SHE'S {BEEN DEAD TIRED} LATELY, NOT ANSWERING DOOR
NOISE :: NEIGHBOR {BLASTING} MUSIC WITH WINDOWS OPEN, $addr
FOUND :: RP FOUND PHONE AT $loc; SAYS OWNER {WILL KILL HERSELF} IF SHE LOSES IT, LOL; WANTS TO TURN IN
DISTURB :: SPORTS BAR PATRONS SCREAMING {THE REF SHOULD BE SHOT}, LOUD BUT NO FIGHT
~NOISE :: My neighbor's bass is {killing me}, it's 2am and I have work at 6
~DISTURB :: there's a guy outside the coffee shop {shooting his mouth off} about politics, kind of rude to people passing
~ASSIST :: My car {died} on the ramp at $loc, I'm pulled over safely but need a tow number
~JUV :: kids at the park are {shooting a film} with a drone over the houses, kind of annoying
~NOISE :: The band next door is {absolutely slaying} and very loud, at 1 in the morning, please ask them to stop
~HARASS :: a guy from my old job keeps {blowing up my phone} with messages about a debt. no threats, just constant
#group tool-normal-use
NOISE :: NEIGHBOR RUNNING {CHAINSAW} CUTTING FALLEN TREE AT 0630, $addr
SUSP :: MALE WITH {MACHETE CLEARING BRUSH} ON CITY LOT $loc; RP ASKS IF PERMITTED
NOISE :: CONTRACTOR USING {NAIL GUN} ON ROOF AFTER 2100, $addr
SUSP :: SUBJ CARRYING {AXE AND SPLITTING WOOD} IN FRONT YARD, RP NEW TO AREA, CONCERNED
DISTURB :: CHEF ARGUING WITH DELIVERY DRIVER, CHEF STILL HAD {KITCHEN KNIFE FROM PREP} IN HAND, DID NOT RAISE IT; DRIVER LEFT
SUSP :: 2 MALES WITH {CROWBARS PULLING UP OLD DECK} AT VACANT HOUSE, OWNER CONFIRMED HIRED
NOISE :: {JACKHAMMER} AT CONSTRUCTION SITE $loc BEFORE 0700
SUSP :: MALE W/ {HUNTING BOW} WALKING TO TRAILHEAD AT $loc, IN SEASON, RP JUST FYI
ANIMAL :: FARMER USING {BOLT GUN} ON INJURED STEER PER RP, NEIGHBOR UPSET; LEGAL PER RP
NOISE :: {LEAF BLOWER} AND {POWER SAW} AT 0600 $addr
CIVIL :: RP ADV NEIGHBOR CUT DOWN HER HEDGE WITH {HEDGE TRIMMER} W/O PERMISSION; WANTS RPT
SUSP :: WORKER WITH {BLOWTORCH} ON BRIDGE $loc, RP UNSURE IF CITY WORK; HI VIS VEST
ASSIST :: ELDERLY FEMALE NEEDS HELP CARRYING {FIREWOOD AND HATCHET} FROM CAR; NON EMERG
SUSP :: {BUTCHER WITH CLEAVER} VISIBLE IN SHOP WINDOW CUTTING MEAT, TOURIST RP CONFUSED
~NOISE :: My neighbor has been using a {chainsaw} on his tree since 6am, is there a noise ordinance?
~SUSP :: There's a man in the park with a {machete cutting back the blackberry bushes}, is that parks dept? just wondering
~NOISE :: construction crew using a {nail gun} on the next building at 10pm, really loud
~SUSP :: guy with a {knife at the fish cleaning station} at the pier, I think he's just cleaning fish but my kid was scared
~ASSIST :: I borrowed my neighbor's {axe} and now he's saying I broke it and won't give back my ladder. no fighting, just want help sorting it
~NOISE :: someone is {sawing metal} in their garage at midnight again at $addr
#group lawful-firearm
CIVIL :: RP ADV EX HAS HER {HUNTING RIFLE LOCKED IN HIS SAFE}, WANTS CIVIL STANDBY TO RETRIEVE
WELFARE :: RP REQ CHECK ON FATHER WHO LIVES ALONE, {GUNS IN LOCKED CABINET} PER RP, FATHER NOT ANSWERING, NO SI HX
ASSIST :: RP ASKS HOW TO TURN IN {INHERITED PISTOL, UNLOADED IN CASE}; NO EMERG
SUSP :: MALE WALKING TO RANGE W/ {RIFLE IN SOFT CASE} $loc; RP FYI ONLY
FOUND :: HOMEOWNER FOUND {OLD UNLOADED SHOTGUN IN ATTIC} OF NEW HOUSE, WANTS IT PICKED UP
CIVIL :: DIVORCE PROPERTY DISPUTE OVER {GUN COLLECTION STORED AT STORAGE UNIT}; NO THREATS
ASSIST :: RP REQ INFO ON {SAFE STORAGE FOR HUNTING RIFLES} W/ GRANDKIDS VISITING
SUSP :: HUNTERS IN {ORANGE WITH SHOTGUNS CASED} PARKED ALONG $addr; RP THINKS IT'S SEASON
NOISE :: {GUN RANGE} ON $addr TOO LOUD AFTER HOURS PER RP; RANGE PERMITTED TILL 2100
WELFARE :: VETERAN NEIGHBOR FLYING FLAG UPSIDE DOWN, {GUNS STORED IN SAFE} PER WIFE, NO THREATS, WIFE REQ PEER SUPPORT
CIVIL :: RP ADV ROOMMATE MOVED OUT, LEFT {LOCKED GUN CASE} IN CLOSET; WANTS HIM TO COLLECT
ASSIST :: PAWN SHOP REQ INFO ON {FIREARM TRANSFER PAPERWORK}; NO EMERG
SUSP :: {DEER RIFLE ON RACK IN TRUCK}, TRUCK PARKED AT $loc TRAILHEAD, RP FYI
THEFT :: RP ADV {GUN SAFE} INTACT BUT SOMEONE TOOK BIKE FROM GARAGE OVERNIGHT
~ASSIST :: My dad passed and left {a couple of rifles in a locked safe}. How do we turn them in? nobody is in danger
~CIVIL :: My ex still has {my shotgun locked in his gun safe} from when we lived together. I want it back, can police stand by
~WELFARE :: My grandpa lives alone and {keeps his hunting rifle locked up}. He's fine mentally, just hasn't answered the phone since yesterday
~SUSP :: A man was carrying {a rifle case} into the gun club on $addr. It's probably fine, just checking
~FOUND :: we were cleaning out grandma's house and found {an old revolver in a drawer}, unloaded. what do we do with it
~NOISE :: the {shooting range} by my house is going past 9pm again, it's so loud
#group passive-ideation
MENTAL :: RP ADV SOMETIMES FEELS {LIFE ISNT WORTH IT}, {NO PLAN}, {NO MEANS}, REQ COUNSELOR CALLBACK
MENTAL :: FEMALE AT LIBRARY STATES {WISHES SHE COULD DISAPPEAR}, {DENIES PLAN OR INTENT}, WANTS SHELTER INFO
WELFARE :: MOTHER ADV SON SAID {SOMETIMES WISHES HE WASN'T BORN}, {NO PLAN}, {NO WEAPONS IN HOME}; REQ MOBILE CRISIS
MENTAL :: CALLER {PASSIVE SI}, {NO PLAN}, {NO INTENT}, SAFETY PLAN IN PLACE, WANTS SOMEONE TO TALK TO
MENTAL :: RP ADV GRIEVING SINCE WIFE DIED, {SAYS HE DOESN'T CARE IF HE WAKES UP}, {NO PLAN}, DAUGHTER WITH HIM
WELFARE :: STUDENT TOLD RA {SHE FEELS HOPELESS}, {DENIES SELF HARM PLAN}, REQ COUNSELING REFERRAL
MENTAL :: $t1 RP REQ MH TEAM | $t2 RP ADV {THOUGHTS OF DEATH BUT NO PLAN}, {NO MEANS}, CALM, ON PHONE WITH SISTER
MENTAL :: VETERAN ADV {DARK THOUGHTS LATELY}, {GUNS REMOVED BY FAMILY LAST MONTH}, {NO PLAN}, REQ PEER SUPPORT
WELFARE :: RP WORRIED ABT TEEN WHO WROTE {SAD POEM ABOUT DYING}; TEEN {DENIES INTENT}, SAFE AT HOME
MENTAL :: CALLER ADV {WOULDNT MIND IF A BUS HIT HIM}, {NO PLAN}, {NOT NEAR ROAD}, AT HOME W/ ROOMMATE
MENTAL :: FEM REQ TALK W/ COUNSELOR, {FEELING WORTHLESS}, {DENIES PLAN}, {NO PILLS}, CALM
WELFARE :: COWORKER SAID {EVERYONE WOULD BE BETTER OFF WITHOUT HIM}, {DENIED PLAN} WHEN ASKED; RP REQ FOLLOW UP
MENTAL :: 988 XFER: {PASSIVE IDEATION}, {NO INTENT}, {NO ACCESS TO MEANS}, REQ IN PERSON VISIT TOMORROW
WELFARE :: RP ADV ELDERLY MOTHER SAYS {SHE IS READY TO GO TO HEAVEN}, {NO PLAN}, JUST LONELY; REQ SENIOR OUTREACH
~MENTAL :: Sometimes I {think it would be easier not to be here}, but {I don't have a plan and I'm not going to do anything}. I just want to talk to someone in person.
~WELFARE :: my roommate said {she wishes she could sleep forever}. {she says she's not going to hurt herself}, but can a counselor come by $addr
~MENTAL :: I'm not in danger. I've been {having thoughts about dying} since my dad passed but {no plan}. Is there a crisis worker who can visit?
~WELFARE :: My teen son wrote in his journal that {he hates his life}. We talked and {he has no plan}, but we'd like a mental health visit
~MENTAL :: I feel like {a burden to everyone} lately. {I'm safe tonight}, my partner is here, but I want resources
~WELFARE :: coworker has said a few times {he doesn't see the point anymore}. {He said he'd never act on it}. Could someone check in with him?
#group mh-calm
MENTAL :: RP REQ CRISIS COUNSELOR FOR ADULT SON W/ SCHIZOPHRENIA, OFF MEDS, CALM, {NO THREATS}, {NO WEAPONS}
MENTAL :: SUBJ AT $loc BELIEVES PHONE IS BUGGED, CALM, ASKING FOR HELP; {NOT AGGRESSIVE}
MENTAL :: RP HAVING PANIC ATTACK, {BREATHING OK}, WANTS SOMEONE TO TALK TO; $addr
MENTAL :: MOTHER REQ MOBILE CRISIS FOR DAUGHTER W/ BIPOLAR, UP 3 DAYS, TALKATIVE, {NOT VIOLENT}
MENTAL :: FEMALE IN LOBBY OF $loc TALKING TO PEOPLE NOT THERE, SECURITY ADV CALM, {NO THREATS}
MENTAL :: $t1 RP REQ MH | $t2 RP ADV BROTHER PARANOID, STAYING IN ROOM, {NOT DANGEROUS}, ASKS FOR CRISIS TEAM
MENTAL :: CALLER STATES SHE NEEDS HER PRESCRIPTION REFILLED, ANXIOUS, {NO SI}
MENTAL :: RP ADV AUTISTIC SON OVERWHELMED, STIMMING, {NO INJURIES}, REQ SUPPORT NOT POLICE
MENTAL :: ELDERLY MALE W/ DEMENTIA REPEATEDLY CALLING 911 ASKING FOR WIFE (DECEASED), CALM, {NO EMERG}
MENTAL :: SUBJ BELIEVES NEIGHBORS ARE SPYING VIA WIFI, CALLS DAILY, {NO THREATS}, REQ OUTREACH
MENTAL :: RP ADV HEARING VOICES AGAIN, CASE MGR UNREACHABLE, {DENIES SI/HI}, WANTS CLINICIAN
MENTAL :: STUDENT IN DORM HAVING ANXIETY ATTACK, {NO SELF HARM}, RA WITH HER; $loc
MENTAL :: RP REQ TRANSPORT TO VOLUNTARY DETOX, {NO MEDICAL COMPLAINTS}, SOBER NOW
MENTAL :: MALE ON PLATFORM PREACHING LOUDLY, RIDERS ANNOYED, {NOT THREATENING}, SEEMS MANIC
~MENTAL :: My brother has schizophrenia and stopped his meds. He's calm, {not violent}, but talking about aliens. We'd like a crisis worker, not police please
~MENTAL :: I'm having a panic attack and can't calm down. {I'm not hurt}. I just need someone to talk to
~MENTAL :: there's a man on the bench at $loc who keeps talking to himself. he seems fine, {not bothering anyone}, maybe needs a social worker
~MENTAL :: My mom has dementia and keeps trying to "go home" even though she is home. She is {not hurt}, just upset. Any support available?
~MENTAL :: Hi, I'm feeling really paranoid tonight and I'd like to speak to a counselor. {No weapons}, {no thoughts of hurting anyone}.
~MENTAL :: My daughter is having a manic episode, hasn't slept, spending all our money. She's {not dangerous}, just need help getting her evaluated
#group noise
NOISE :: $t1 LOUD MUSIC FROM $veh PARKED $addr | $t2 RP ADV VEH LEFT, GOA, NFI
NOISE :: LOUD MUSIC $addr $unit, ONGOING SINCE 2300, RP ADV 3RD NIGHT IN A ROW
NOISE :: PARTY W/ APPROX 30 PPL IN BACKYARD $addr, BASS AUDIBLE 2 BLKS
NOISE :: DOG BARKING NONSTOP $addr SINCE 0500
NOISE :: $t1 LOUD TV $unit | $t2 RP ADV STILL LOUD, KNOCKED, NO ANS
NOISE :: CAR ALARM GOING OFF X1HR IN LOT $loc, $veh $plate
NOISE :: {BANGING} FROM UPSTAIRS, RP THINKS {MOVING FURNITURE} AT 0200
NOISE :: STREET RACERS REVVING ENGINES $loc, NO ACCIDENT, JUST NOISE
NOISE :: {EXPLOSIONS} HEARD, RP CONFIRMS {FIREWORKS} FROM PARK, KIDS LIGHTING THEM; $loc
NOISE :: KARAOKE BAR DOOR PROPPED OPEN, SINGING AUDIBLE IN RESIDENCES
NOISE :: NEIGHBOR {SCREAMING AT VIDEO GAME} EVERY NIGHT PAST MIDNIGHT PER RP $unit
NOISE :: GENERATOR RUNNING ALL NIGHT AT FOOD TRUCK $loc
NOISE :: {GUNFIRE SOUNDS} FROM TV TURNED UP LOUD $unit PER RP, ACTION MOVIE
NOISE :: CHURCH BELLS? NO, ICE CREAM TRUCK MUSIC LOOPING ON BLOCK X40 MIN
NOISE :: RP ADV ROOSTER CROWING AT 0400 DAILY $addr
~NOISE :: The apartment above me at $addr has had loud music since 11pm. I've knocked twice, no answer.
~NOISE :: There's a house party on my street with people shouting and music, it's 2am
~NOISE :: neighbor's car alarm has gone off like 10 times tonight, silver car out front
~NOISE :: Someone is setting off {fireworks} in the park again, I know it's {fireworks}, just want it to stop
~NOISE :: The bar on the corner has a live band outside and it's really loud past closing
~NOISE :: upstairs neighbors {yelling and laughing} and stomping, sounds like a party, every weekend
#group verbal-dispute
DISTURB :: VERBAL DISPUTE BTWN RP AND NEIGHBOR OVER PARKING, {NO PHYSICAL}; $addr
DISTURB :: 2 CUSTS ARGUING OVER PLACE IN LINE $loc, LOUD ONLY
DISTURB :: RP ADV MOTHER AND ADULT DAUGHTER YELLING, RP WANTS SOMEONE TO MEDIATE
DISTURB :: TENANTS ARGUING OVER SHARED LAUNDRY SCHEDULE, PERSISTENT, NO THREATS
DISTURB :: $t1 VERBAL AT $loc | $t2 UPD PARTIES SEPARATED, ONE LEFT IN $veh, NFI
DISTURB :: COUPLE ARGUING IN PARKED CAR, {WINDOWS SHUT}, {NO HITTING SEEN} PER RP
DISTURB :: DRIVER AND PASSENGER ARGUING OVER FARE ON BUS 9, DRIVER REQ ASSIST REMOVING
DISTURB :: RP ADV NEIGHBOR YELLING OVER FENCE ABOUT LEAVES BLOWING INTO HIS YARD
DISTURB :: ROOMMATES ARGUING OVER RENT $unit, ONE WANTS OTHER TO LEAVE; {NO PHYSICAL}
DISTURB :: SOCCER PARENTS SHOUTING AT REF AFTER GAME AT $loc; {NO CONTACT}
DISTURB :: {HEATED ARGUMENT} AT GAS PUMP OVER WHO WAS NEXT, BOTH STILL ON SCENE, {NO WEAPONS}
DISTURB :: EX SPOUSES ARGUING AT CUSTODY EXCHANGE AT $loc, LOUD, KIDS IN CAR, {NO VIOLENCE}
DISTURB :: RP ADV BROTHER YELLING AT HER ABOUT INHERITANCE, WON'T LEAVE HER PORCH; {NO THREATS}
DISTURB :: CUSTOMER SCREAMING AT BARISTA OVER ORDER, MGR WANTS HIM REMOVED
~DISTURB :: My neighbor and I got into an argument about his trash cans on my side again. Nothing physical, I just want it on record and maybe mediation.
~DISTURB :: two ladies are yelling at each other in the grocery store parking lot about a parking space
~DISTURB :: My adult son and I had a shouting match. {Nobody got hurt}. I'd like him to leave for the night, can someone help
~DISTURB :: people arguing loudly in the hallway of my building about a package, been 20 min
~DISTURB :: Guy at the laundromat is yelling at the attendant about a broken machine. He won't leave
~DISTURB :: My roommate and I are fighting about rent (arguing, {not physical}). He won't stop banging on my door to talk
#group welfare-check
WELFARE :: $t1 CHECK ON MALE SITTING IN $veh APPROX 2 HRS | $t2 VEH UTL, RP ADV IT LEFT APPROX 10 MIN AGO, NFI
WELFARE :: RP REQ CHECK ON ELDERLY NEIGHBOR, MAIL PILING UP, CAR HASN'T MOVED; $addr
WELFARE :: DAUGHTER OUT OF STATE REQ CHECK ON MOTHER, NOT ANSWERING PHONE SINCE YESTERDAY
WELFARE :: FEMALE SITTING AT BUS SHELTER 3 HRS, APPEARS LOST, {NOT IN DISTRESS}; $loc
WELFARE :: $t1 RP REQ WELFARE | $t2 RP ADV NEIGHBOR CAME TO DOOR, LOOKS OK, STILL WANTS CHECK
WELFARE :: MALE WALKING ON SHOULDER OF $addr IN SLIPPERS, APPEARS CONFUSED, {NOT HURT}
WELFARE :: RP WORRIED ABT FRIEND WHO JUST GOT DIVORCED, HASN'T LEFT APT IN DAYS; {NO SI STATED}
WELFARE :: CHILD'S FRIEND'S HOUSE NO POWER, RP CONCERNED FOR KIDS IN COLD; PARENTS HOME
WELFARE :: ELDERLY MALE AT GROCERY CAN'T REMEMBER WHERE HE PARKED, CALM, STORE STAFF WITH HIM
WELFARE :: RP REQ CHECK ON TENANT $unit, STRONG ODOR OF GARBAGE, TENANT HOARDER
WELFARE :: FEMALE WITH LUGGAGE SLEEPING AT $loc, STAFF WANT WELFARE CHECK; {BREATHING NORMALLY}
WELFARE :: GRANDSON REQ CHECK ON GRANDFATHER AFTER STORM, PHONE LINES DOWN IN AREA
WELFARE :: RP ADV NEIGHBOR'S LIGHTS ON 3 DAYS AND DOG BARKING, NO ANSWER ON PHONE
WELFARE :: PERSON IN WHEELCHAIR STUCK ON CURB AT $addr, {NOT INJURED}, NEEDS HELP
WELFARE :: MOTHER REQ CHECK ON COLLEGE STUDENT SON, HASN'T TEXTED BACK IN 2 DAYS; $loc
~WELFARE :: could someone check on the older woman at $addr? haven't seen her in a few days and her newspapers are piling up
~WELFARE :: My dad isn't answering his phone which isn't like him, he lives alone. No reason to think anything is wrong
~WELFARE :: There's a man sitting in the rain at the bus stop for hours, seems confused but {not hurt}
~WELFARE :: my friend moved into a new apartment and went quiet, can someone just knock and see if she's ok
~WELFARE :: There's an older gentleman in the library who seems lost and doesn't know how he got here
~WELFARE :: I'm out of state. Please check on my mother, her phone goes to voicemail. She's 84
#group past-theft
THEFT :: BIKE STOLEN FROM RACK $loc OVERNIGHT, CABLE LOCK CUT; RP REQ RPT #
THEFT :: RP ADV PACKAGE TAKEN FROM PORCH YESTERDAY APPROX 1400, DOORBELL CAM FOOTAGE AVAIL
THEFT :: WALLET STOLEN FROM LOCKER AT GYM LAST WEEK, CARDS CANCELLED; REQ RPT
BURG :: VEH BURGLARY OCCURRED OVERNIGHT, WINDOW BROKEN, LAPTOP GONE; $veh $plate; {SUSP GOA}
THEFT :: CATALYTIC CONVERTER STOLEN SOMETIME LAST NIGHT, DISCOVERED THIS AM; $addr
THEFT :: $t1 SHOPLIFT RPT | $t2 LP ADV SUSP {LEFT 30 MIN AGO} IN UNK DIRECTION, REQ RPT ONLY
BURG :: RP RETURNED FROM TRIP, SHED {BROKEN INTO SOMETIME THIS WEEK}, TOOLS MISSING
THEFT :: TAILGATE STOLEN FROM PICKUP IN DRIVEWAY, UNK WHEN; $plate
THEFT :: PHONE STOLEN ON TRAIN EARLIER TODAY, RP REALIZED AT HOME; REQ RPT FOR CARRIER
THEFT :: RP ADV CONTRACTOR TOOK DEPOSIT AND NEVER SHOWED, 2 PAYMENTS MADE; CIVIL VS THEFT
BURG :: STORAGE UNIT {FOUND BROKEN INTO} ON INSPECTION, MGR ADV HAPPENED OVER WEEKEND
THEFT :: GAS DRIVE OFF APPROX 2 HRS AGO, $veh $plate, ATTENDANT HAS VIDEO
THEFT :: LICENSE PLATE STOLEN FROM VEH SOMETIME LAST MONTH, RP JUST NOTICED
THEFT :: RP ADV ROOMMATE TOOK HER TV WHEN HE MOVED OUT LAST WEEK, {HE'S GONE}
~THEFT :: Someone stole my bike from outside $loc sometime last night. I have the serial number.
~THEFT :: My package was taken off my porch yesterday afternoon. I have a video of the person. Need a report for Amazon.
~BURG :: Our garage was {broken into} over the weekend while we were away, they took tools. {Nobody is there now}.
~THEFT :: my wallet got stolen at the bar last Friday, someone used my card at a gas station
~THEFT :: My catalytic converter was cut off my car overnight, found out when I started it this morning
~THEFT :: a shoplifter took two bottles of wine about an hour ago and drove off, I just need a case number
#group found-property
FOUND :: RP FOUND WALLET W/ ID AT $loc, WANTS TO TURN IN
FOUND :: BACKPACK LEFT ON BUS 17, DRIVER HOLDING AT DEPOT; {NOT SUSPICIOUS}, SCHOOLBOOKS INSIDE
FOUND :: KEYS FOUND IN PARKING LOT $loc, TOYOTA FOB
FOUND :: RP FOUND {KITCHEN KNIFE IN BOX} ON CURB WITH FREE STUFF SIGN, WANTS DISPOSAL INFO
FOUND :: ABANDONED BIKE LOCKED TO RAILING 3 WKS $addr, RP REQ TAG
FOUND :: PHONE FOUND AT $loc, LOCKED, RING ON IT
FOUND :: {OLD FIREWORKS} FOUND IN GARAGE OF NEW HOUSE, RP WANTS PROPER DISPOSAL
FOUND :: SHOPPING CARTS DUMPED IN CREEK $loc, RP REQ PICKUP
FOUND :: SUITCASE LEFT AT TRAIN PLATFORM $loc, STAFF OPENED, CLOTHES ONLY, OWNER NAME TAG
FOUND :: RP FOUND {USED NEEDLE} IN PLAYGROUND SAND, REQ SAFE DISPOSAL; {NO ONE POKED}
FOUND :: LICENSE PLATE FOUND IN GUTTER $addr, $plate
FOUND :: PURSE FOUND IN RESTROOM AT $loc, CASH AND CARDS INSIDE
FOUND :: DRONE CRASHED IN RP YARD, NO OWNER INFO
FOUND :: RP FOUND {BLOODY BANDAGES} IN TRASH AT PARK, PROB FIRST AID FROM SOCCER GAME; FYI
~FOUND :: I found a wallet on the sidewalk near $loc with an ID inside. Where can I drop it off?
~FOUND :: There's a kid's bike that's been left in our apartment parking lot for two weeks
~FOUND :: found a set of car keys at the park by the swings, I'll leave them at the front desk of $loc
~FOUND :: I found an {old rusty hunting knife} buried in my garden, what do I do with it
~FOUND :: someone left a laptop bag on the train seat next to me. I handed it to the station office
~FOUND :: Found a phone in the library bathroom, it keeps ringing with "Mom"
#group intox-ok
INTOX :: INTOX MALE SINGING ON BENCH $loc, {AMBULATORY}, {NO INJURY}, NOT BOTHERING ANYONE
INTOX :: RP ADV FRIEND DRUNK AT BAR, {CONSC, TALKING}, NEEDS RIDE HOME
INTOX :: SUBJ PASSED OUT? NO - {SITTING UP DRINKING}, TALKING W/ RP, DECLINES HELP $loc
INTOX :: BARTENDER REQ COURTESY RIDE FOR INTOX PATRON, {NO ISSUES}
INTOX :: $t1 INTOX SUBJ $loc | $t2 RP ADV SUBJ {WALKING HOME NOW}, STEADY ENOUGH
INTOX :: STUDENT DRUNK IN DORM HALLWAY, {RESPONSIVE}, {VOMITED ONCE, NOW ALERT}, RA MONITORING
INTOX :: INTOX FEMALE ASKING PEOPLE FOR DIRECTIONS, {COHERENT}, LOST PHONE; $loc
INTOX :: MALE SLEEPING IT OFF IN PARKED CAR, {ENGINE OFF}, {KEYS ON DASH}? RP ADV {BREATHING FINE}
INTOX :: RIDER INTOX ON TRAIN TALKING LOUDLY, {NO THREATS}, GETTING OFF NEXT STOP
INTOX :: GROUP OF INTOX TAILGATERS IN LOT $loc AFTER GAME, ROWDY, {NO FIGHTS}
INTOX :: RP ADV HUSB CAME HOME DRUNK, GOING TO BED, {NOT AGGRESSIVE}, RP JUST WANTS ADVICE
INTOX :: SUBJ DRUNK AT $loc {STUMBLING BUT ALERT}, FRIENDS WITH HIM
INTOX :: WEDDING GUEST INTOX IN HOTEL LOBBY, STAFF WANT HIM ESCORTED TO ROOM; {NO INJURY}
INTOX :: MALE HIGH ON CANNABIS, {GIGGLING}, ASKING FOR SNACKS AT GAS STATION; STAFF ANNOYED
~INTOX :: There's a drunk guy singing on the bench at $loc, he's fine, just loud
~INTOX :: My friend drank too much at the concert. {She's awake and talking}, just needs help getting home
~INTOX :: a man who's clearly had too much is wandering the parking lot trying to find his hotel. {he's ok}
~INTOX :: Roommate came home wasted and is asleep on the couch, {snoring, breathing fine}. just want advice on what to watch for
~INTOX :: Couple of drunk college kids being loud outside my window, {not fighting}, just obnoxious
~INTOX :: a lady at the bus stop is tipsy and asking for bus fare, {not aggressive}
#group unhoused-sleeping
UNHOUSED :: $t1 SUBJ SLEEPING BEHIND $loc PER S/O | $t2 S/O ADV SUBJ PACKED UP AND LEFT, UTL, 10-4
UNHOUSED :: MALE SLEEPING IN DOORWAY OF $addr, {BREATHING}, BUSINESS OPENS AT 0900
UNHOUSED :: SUBJ SLEEPING ON BENCH AT $loc, {SNORING}, RP REQ OUTREACH
UNHOUSED :: TENT SET UP ON SIDEWALK $addr, BLOCKING ACCESS, OCCUPANT ASLEEP
UNHOUSED :: FEMALE SLEEPING IN ATM VESTIBULE, {STIRRED WHEN RP KNOCKED}, NO ISSUES
UNHOUSED :: $t1 PERSON DOWN? $loc | $t2 RP CLOSER: {SUBJ SLEEPING, ROLLED OVER}, HAS BLANKETS
UNHOUSED :: MALE SLEEPING IN BUS SHELTER W/ BELONGINGS, COLD NIGHT, RP REQ WARMING CENTER INFO
UNHOUSED :: SUBJ SLEEPING ON PLATFORM BENCH AT END OF LINE, {RESPONSIVE WHEN WOKEN}, DECLINES SVCS
UNHOUSED :: PERSON CAMPING UNDER BRIDGE $loc W/ SHOPPING CART, {NOT IN DISTRESS}
UNHOUSED :: MALE ASLEEP IN CHURCH PARKING LOT IN SLEEPING BAG, PASTOR REQ OUTREACH NOT POLICE
UNHOUSED :: SUBJ SLEEPING IN STAIRWELL OF GARAGE $loc, {BREATHING NORMAL}, SECURITY WANTS MOVED
UNHOUSED :: 2 SUBJS SLEEPING BEHIND DUMPSTERS AT $addr, MGR REQ THEM MOVED BEFORE DELIVERY
UNHOUSED :: ELDERLY FEMALE LIVING IN CAR AT $loc, {OK PER RP}, NEEDS RESOURCES
UNHOUSED :: SUBJ SLEEPING IN LIBRARY READING ROOM, STAFF UNABLE TO WAKE? NO - {WOKE AND LEFT}
UNHOUSED :: MALE SLEEPING ON SIDEWALK GRATE FOR WARMTH $addr, {MOVING ARMS}, RP REQ BLANKETS
~UNHOUSED :: There's a man asleep in the doorway of my shop at $addr, {he's breathing fine}, I just need to open up
~UNHOUSED :: someone is sleeping in the bus shelter at $loc with a lot of bags, it's freezing tonight, is there outreach
~UNHOUSED :: a woman has been sleeping in her car in our lot for a week, she seems {okay} but probably needs help
~UNHOUSED :: there's a small tent camp behind the grocery store, nobody's causing trouble, but the owner asked me to call
~UNHOUSED :: Guy sleeping on the church steps, {snoring}, we'd like someone to offer him a shelter bed
~UNHOUSED :: Man sleeping on the bench in the train station, {he woke up when I asked if he was ok}, said he's fine
#group juvenile
JUV :: JUVS X4 ON SCOOTERS IN PARKING GARAGE $loc, LS HEADING TO LVL 2, PER S/O NO DAMAGE
JUV :: 5 JUVS SKATEBOARDING IN BANK LOT AFTER HOURS, RP WANTS THEM MOVED
JUV :: JUVS RINGING DOORBELLS AND RUNNING $addr, ONGOING
JUV :: TEENS HANGING OUT IN STAIRWELL VAPING $addr, NO DAMAGE
JUV :: 12YO REFUSING TO GO TO SCHOOL, MOTHER REQ TRUANCY ASSIST
JUV :: $t1 JUVS ON ROOF OF SCHOOL $loc | $t2 RP ADV THEY CLIMBED DOWN AND LEFT ON BIKES
JUV :: KIDS THROWING SNOWBALLS AT CARS $addr, NO DAMAGE
JUV :: RUNAWAY JUV RETURNED HOME ON OWN, MOTHER REQ FOLLOW UP PAPERWORK
JUV :: GROUP OF TEENS PLAYING BASKETBALL LOUDLY AT NIGHT $loc
JUV :: JUVS EGGED RP HOUSE LAST NIGHT, RP KNOWS WHO, WANTS PARENTS CONTACTED
JUV :: 15YO GRANDSON WON'T COME HOME FOR CURFEW, AT FRIEND'S HOUSE, KNOWN LOCATION
JUV :: TEENS RIDING BIKES THROUGH MALL, SECURITY WANTS THEM TO LEAVE
JUV :: STUDENTS {PLAY FIGHTING} AT BUS STOP, LAUGHING, RP WORRIED IT WILL ESCALATE
JUV :: 9YO AND 10YO SELLING LEMONADE IN ROADWAY MEDIAN, PARENT NEARBY, TRAFFIC CONCERN
JUV :: TEENS FARE EVADING AT $loc GATES, NO CONFRONTATION
~JUV :: A bunch of teenagers are skateboarding in the church parking lot again and leaving trash
~JUV :: kids keep ringing my doorbell and running away, it's been happening every night this week
~JUV :: My 14 year old daughter went to her friend's house without permission. I know where she is but she won't come home
~JUV :: Some middle schoolers are vaping behind the library and being rude to people walking by
~JUV :: teens threw water balloons at my car, no damage, I just want their parents told
~JUV :: There are kids climbing on the playground roof after dark at $loc
#group civil-matter
CIVIL :: LL CHANGED LOCKS ON TENANT W/O NOTICE $addr $unit, TENANT REQ ASSIST
CIVIL :: RP REQ CIVIL STANDBY TO RETRIEVE BELONGINGS FROM EX'S APT
CIVIL :: CUSTODY EXCHANGE, OTHER PARENT 45 MIN LATE, RP WANTS IT DOCUMENTED
CIVIL :: DISPUTE W/ MECHANIC OVER BILL, MECHANIC HOLDING CAR; $addr
CIVIL :: NEIGHBOR'S TREE FELL ON RP FENCE, NEIGHBOR REFUSES TO PAY
CIVIL :: $t1 CIVIL STANDBY $addr | $t2 RP ADV PROPERTY RETRIEVED, NO ISSUES, CANCEL
CIVIL :: TENANT ADV LL ENTERING APT WITHOUT NOTICE, WANTS RIGHTS INFO
CIVIL :: RP SOLD CAR, BUYER'S CHECK BOUNCED, BUYER NOT RESPONDING
CIVIL :: HOA DISPUTE OVER PAINT COLOR, NEIGHBOR YELLING AT MEETING? NO - JUST LETTERS
CIVIL :: ROOMMATE WON'T PAY SHARE OF UTILITIES, RP WANTS HIM EVICTED
CIVIL :: RP ADV DAYCARE WON'T REFUND DEPOSIT, REQ OFFICER? REFERRED TO SMALL CLAIMS
CIVIL :: DISPUTE OVER WHO OWNS DOG AFTER BREAKUP, BOTH PARTIES CALM
CIVIL :: BUSINESS REQ TRESPASS NOTICE FOR FORMER EMPLOYEE, {NO THREATS MADE}
CIVIL :: MOVING COMPANY HOLDING FURNITURE HOSTAGE FOR EXTRA FEES, RP AT $addr
~CIVIL :: My landlord locked me out of my apartment without an eviction notice. I'm at $addr. I need to know my rights.
~CIVIL :: I need someone to stand by while I get my stuff from my ex's place. He's not violent, just difficult
~CIVIL :: The car I bought has a lien and the seller won't answer. Who do I report this to?
~CIVIL :: Neighbor built his fence on my property line. Not urgent, just want it on record
~CIVIL :: My ex is refusing to give back my dog after we broke up. Can police help or is this court
~CIVIL :: Other parent didn't show up for the custody exchange again. Please document.
#group animal
ANIMAL :: LOOSE DOG RUNNING IN TRAFFIC ON $addr, FRIENDLY, NO COLLAR
ANIMAL :: RACCOON IN RP GARAGE, ACTING NORMAL, WANTS IT REMOVED
ANIMAL :: {INJURED DEER} ON SHOULDER OF $addr, STILL ALIVE
ANIMAL :: DOG LEFT IN CAR IN LOT $loc, WINDOWS CRACKED, 75 DEG; $veh $plate
ANIMAL :: BAT IN DORM ROOM, STUDENT TRAPPED IT UNDER BOWL
ANIMAL :: $t1 DOG BARKING | $t2 RP ADV OWNER BROUGHT IT INSIDE, CANCEL
ANIMAL :: SNAKE ON PORCH $addr, RP THINKS GARTER SNAKE
ANIMAL :: NEIGHBOR'S CHICKENS IN RP GARDEN AGAIN
ANIMAL :: {DEAD} CAT IN ROADWAY $addr, REQ PICKUP
ANIMAL :: COW LOOSE ON COUNTY RD NEAR $loc, FARMER NOTIFIED
ANIMAL :: DOG {BIT} RP'S PANTS LEG, {NO BREAK IN SKIN}, OWNER KNOWN, WANTS RPT
ANIMAL :: SWAN BLOCKING BIKE PATH AT $loc, HISSING AT CYCLISTS
ANIMAL :: HORSE TRAILER BROKE DOWN ON RAMP, HORSES CALM, OWNER WAITING ON TOW
ANIMAL :: GOOSE WITH {ARROW THROUGH NECK} AT POND $loc, STILL SWIMMING, RP REQ WILDLIFE
~ANIMAL :: There's a friendly dog running loose on $addr with no collar, afraid it'll get hit
~ANIMAL :: a raccoon got into my garage and won't leave, it seems healthy
~ANIMAL :: there's a {bleeding deer} on the side of the road near $loc that got hit by a car, it's still alive
~ANIMAL :: My neighbor's dog has been barking nonstop for hours and they're not home
~ANIMAL :: A dog is locked in a car in the mall parking lot, windows are cracked a little
~ANIMAL :: a {dead} possum has been in front of my house for two days, who picks it up
#group harassment-no-threat
HARASS :: EX KEEPS TXTING RP ASKING TO GET BACK TOGETHER, {NO THREATS}, RP WANTS DOCUMENTED
HARASS :: NEIGHBOR TAKING PHOTOS OF RP HOUSE DAILY, {NO CONTACT}, {NO THREATS}
HARASS :: FORMER COWORKER POSTING RUDE COMMENTS ON RP SOCIAL MEDIA
HARASS :: RP GETTING REPEATED HANG UP CALLS FROM UNK NUMBER, {NO THREATS}
HARASS :: $t1 HARASSMENT RPT | $t2 RP ADV SUBJ LEFT NOTE ON CAR ASKING FOR DATE, {NO THREAT LANGUAGE}
HARASS :: MALE REPEATEDLY ASKING RP FOR CHANGE AT BUS STOP, {NOT AGGRESSIVE}
HARASS :: NEIGHBOR KIDS CALLING RP NAMES OVER FENCE
HARASS :: CUST WHO WAS BANNED KEEPS EMAILING STORE COMPLAINTS, {NO THREATS}
HARASS :: UNK PERSON PUTTING FLYERS ON RP CAR DAILY, RP FEELS TARGETED
HARASS :: EX BF SHOWED UP AT RP WORK TO TALK, LEFT WHEN ASKED, {NO THREATS}
HARASS :: SPAM CALLS CLAIMING TO BE IRS, RP DID NOT PAY, REPORTING SCAM
HARASS :: NEIGHBOR PLAYING MUSIC AT RP DOOR ON PURPOSE, PETTY FEUD
HARASS :: CLASSMATE SENDING UNWANTED DMS, {NO THREATS}, STUDENT WANTS NO CONTACT ORDER INFO
HARASS :: SOLICITOR KEEPS COMING BACK AFTER NO SOLICITING SIGN POSTED
~HARASS :: My ex keeps messaging me from new accounts. He hasn't {threatened me}, but I want it to stop
~HARASS :: A neighbor keeps leaving mean notes on my car about my parking. No threats, just annoying.
~HARASS :: someone keeps calling my phone and hanging up, like 20 times a day, no voice
~HARASS :: A man at my gym keeps asking me out after I said no. He's {not threatening}, just won't take the hint
~HARASS :: My former friend is posting lies about me online. Can I file a report?
~HARASS :: got a scam text saying my bank account was locked, I didn't click it, just reporting
#group non-urgent-assist
ASSIST :: RP LOCKED OUT OF VEH AT $loc, KEYS IN IGNITION, {NO CHILD OR PET INSIDE}
ASSIST :: ELDERLY MALE REQ HELP CHANGING SMOKE DETECTOR BATTERY, CHIRPING
ASSIST :: VEH STALLED ON SHOULDER $addr, DRIVER {OK}, REQ TOW INFO
ASSIST :: RP NEEDS RIDE TO SHELTER FROM $loc, {NO MEDICAL ISSUES}
ASSIST :: TOURIST LOST, ASKING FOR DIRECTIONS TO HOTEL; $loc
ASSIST :: $t1 LOCKOUT $addr | $t2 LANDLORD ARRIVED W/ KEY, CANCEL
ASSIST :: RP REQ VIN VERIFICATION FOR DMV
ASSIST :: RP LEFT PURSE ON BUS, REQ LOST AND FOUND CONTACT
ASSIST :: TRAFFIC LIGHT OUT AT $addr, FLASHING RED ALL WAYS
ASSIST :: DOWNED TREE BRANCH BLOCKING ONE LANE $addr, {NO WIRES}, {NO ONE HURT}
ASSIST :: WHEELCHAIR USER STUCK IN ELEVATOR? NO - ELEVATOR OUT OF SVC AT $loc, NEEDS ALT ROUTE
ASSIST :: RP NEEDS HELP JUMP STARTING CAR IN GARAGE $loc
ASSIST :: PARKING COMPLAINT, VEH BLOCKING DRIVEWAY $addr, $veh $plate
ASSIST :: RP FOUND {GUN SHAPED LIGHTER} LEFT AT COUNTER, WANTS TO HAND TO OWNER IF RETURNS
~ASSIST :: I locked my keys in my car at $loc, nobody inside, just need a locksmith number
~ASSIST :: There's a car blocking my driveway at $addr and I can't get to work
~ASSIST :: My car broke down on the shoulder, I'm safe and off the road, what do I do
~ASSIST :: The traffic light at my intersection has been out all morning
~ASSIST :: I'm visiting and lost my way back to the hotel, my phone is almost dead
~ASSIST :: I need a ride to the warming shelter tonight, I'm fine otherwise
#group missing-found-safe
MISSING :: $t1 <<police_only:MISSING 7YO LS AT PARK>> $loc | $t2 ((CHILD LOCATED SAFE AT NEIGHBOR HOUSE, MOTHER W/ CHILD))
MISSING :: <<police_only:ELDERLY W/ DEMENTIA WALKED AWAY>> FROM CARE HOME | $t2 UPD ((FOUND SAFE AT COFFEE SHOP, STAFF TRANSPORTING BACK))
MISSING :: $t1 <<police_only:TEEN NOT HOME, PARENT FRANTIC>> | $t2 ((TEEN CALLED HOME, AT FRIEND'S, PARENT PICKING UP))
MISSING :: <<police_only:LOST CHILD>> AT MALL | $t2 ((REUNITED W/ FATHER AT FOOD COURT))
MISSING :: $t1 <<police_only:3YO MISSING FROM YARD>> $addr | $t2 ((FOUND ASLEEP IN CLOSET, ALL OK))
MISSING :: <<police_only:HIKER OVERDUE>> AT $loc | $t2 ((HIKER CALLED IN, SAFE AT TRAILHEAD, LOST PHONE SIGNAL))
MISSING :: $t1 <<police_only:MISSING STUDENT>> | $t2 UPD ((ROOMMATE ADV STUDENT WENT HOME FOR WEEKEND, CONFIRMED BY PARENT))
MISSING :: <<police_only:AUTISTIC 9YO WANDERED OFF>> $loc | $t2 ((LOCATED BY STAFF IN LIBRARY, UNHARMED))
MISSING :: $t1 <<police_only:HUSB DIDN'T COME HOME FROM WORK>> | $t2 ((RP ADV HUSB AT HOSPITAL VISITING BROTHER, PHONE DIED))
MISSING :: <<police_only:CHILD MISSING FROM BUS STOP>> | $t2 ((SCHOOL ADV CHILD WAS KEPT AFTER CLASS, SAFE))
MISSING :: $t1 <<police_only:GRANDMA MISSING SINCE AM>> $addr | $t2 ((FOUND AT SISTER'S HOUSE, TOOK A CAB))
MISSING :: <<police_only:SEPARATED FROM 5YO ON PLATFORM>> $loc | $t2 ((CHILD WITH STATION AGENT, REUNITED))
MISSING :: $t1 <<police_only:RUNAWAY 15YO>> | $t2 ((RETURNED HOME ON OWN, PARENT REQ CANCEL))
MISSING :: <<police_only:ELDERLY MALE NOT RETURNED FROM WALK>> | $t2 ((NEIGHBOR FOUND HIM, SAFE, GIVEN RIDE HOME))
~MISSING :: I called about <<police_only:my son being missing>>, ((he just walked in, he was at the library)). Sorry for the trouble.
~MISSING :: <<police_only:My mom with Alzheimer's wandered off>> this morning. ((A neighbor found her and she's home now, unhurt.))
~MISSING :: <<police_only:We lost our daughter at the fair>> but ((security found her by the carousel, she's fine))
~MISSING :: Update on my report: <<police_only:my roommate who was missing>> ((texted me, she's at her parents' house))
~MISSING :: <<police_only:My 4 year old got out of the yard>> and ((the neighbor just brought him back)), all good
~MISSING :: <<police_only:Our elderly dad didn't come home>> last night but ((he called from his friend's place, he's safe))
'''


# ---------------------------------------------------------------------------
# engine
# ---------------------------------------------------------------------------
SEED = 2202203
N_ROWS = 1000
CUT_QUOTA = [('after_key', 40), ('before_key', 35), ('inside_key', 35),
             ('inside_res', 35), ('inside_decoy', 35), ('other', 20)]
P_RED = 0.42
TRUNC_CAP = 45
# agencies whose width makes each cut position reachable (narrow fields truncate most)
FEAS = {
    'after_key': ['HCPD', 'STCC', 'BCPD', 'NSUPD', 'MVTP', 'KSCR', 'LCEC'],
    'before_key': ['STCC', 'BCPD', 'MVTP', 'LCEC'],
    'inside_key': ['STCC', 'BCPD', 'MVTP', 'LCEC'],
    'inside_res': ['STCC', 'BCPD', 'MVTP', 'LCEC'],
    'inside_decoy': ['STCC', 'BCPD', 'NSUPD', 'MVTP', 'LCEC'],
    'other': ['HCPD', 'STCC', 'BCPD', 'NSUPD', 'MVTP', 'PAPS', 'KSCR', 'LCEC'],
}
P_PROSE = 1.0 / 3.0
P_TYPO = 0.33
KINDS = ['weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty']

TOKEN_RE = re.compile(r'\[\[(\w+):(.+?)\]\]|<<(\w+):(.+?)>>|\(\((.+?)\)\)|\{(.+?)\}')
SLOT_RE = re.compile(r'\$(t1|t2|t3|t4|t5|addr|unit|loc|plate|veh|desc|inc|pos)')


def parse_templates(txt):
    out = []
    cur = None
    for line in txt.splitlines():
        line = line.rstrip()
        if not line:
            continue
        if line.startswith('#'):
            cur = line.split()[1]
            continue
        prose = line.startswith('~')
        if prose:
            line = line[1:]
        cat, body = line.split(' :: ', 1)
        segs = parse_segments(body)
        out.append({'grp': cur, 'cat': cat.strip(), 'body': body, 'prose': prose,
                    'types': ''.join(sorted(set(s[0] for s in segs)))})
    return out


def parse_segments(body):
    segs = []
    pos = 0
    for m in TOKEN_RE.finditer(body):
        if m.start() > pos:
            segs.append(['P', '', body[pos:m.start()]])
        if m.group(1):
            segs.append(['K', m.group(1), m.group(2)])
        elif m.group(3):
            segs.append(['A', m.group(3), m.group(4)])
        elif m.group(5):
            segs.append(['R', '', m.group(5)])
        else:
            segs.append(['D', '', m.group(6)])
        pos = m.end()
    if pos < len(body):
        segs.append(['P', '', body[pos:]])
    return segs


RED_T = parse_templates(RED_TXT)
ELIG_T = parse_templates(ELIG_TXT)
RED_BY_KIND = {k: [t for t in RED_T if t['grp'] == k] for k in KINDS}
ELIG_GROUPS = []
for _t in ELIG_T:
    if _t['grp'] not in ELIG_GROUPS:
        ELIG_GROUPS.append(_t['grp'])
ELIG_BY_GROUP = {g: [t for t in ELIG_T if t['grp'] == g] for g in ELIG_GROUPS}

# ---------------------------------------------------------------------------
# call-type vocabularies (category -> options)
# ---------------------------------------------------------------------------
def _vocab(spec):
    d = {}
    for part in spec.strip().split('\n'):
        k, v = part.split('=', 1)
        d[k.strip()] = [x.strip() for x in v.split('/')]
    return d

VOCAB = {
    'plain': _vocab("""
WEAPON=MAN WITH WEAPON/WEAPONS CALL/PERSON WITH GUN
SHOTS=SHOTS FIRED/SHOTS HEARD
ASSAULT=ASSAULT/BATTERY
FIGHT=FIGHT/DISTURBANCE - FIGHT
DOMESTIC=DOMESTIC/FAMILY TROUBLE
THREAT=THREATS/MENACING
MEDICAL=MEDICAL/SICK PERSON/PERSON DOWN
OD=OVERDOSE/POSS OD
SUICIDE=SUICIDAL PERSON/ATTEMPTED SUICIDE
BURG=BURGLARY IN PROGRESS/BURGLARY
ROBBERY=ROBBERY/STRONG ARM ROBBERY
THEFT=THEFT/SHOPLIFTER
CHILD=CHILD NEGLECT/CHILD LEFT ALONE
HANGUP=911 HANGUP/OPEN LINE
UNKNOWN=UNKNOWN TROUBLE/CHECK THE AREA
NOISE=NOISE COMPLAINT/LOUD PARTY
DISTURB=DISTURBANCE/VERBAL DISPUTE
WELFARE=WELFARE CHECK/CHECK WELFARE
MENTAL=MENTAL HEALTH/CRISIS CALL
FOUND=FOUND PROPERTY
INTOX=INTOXICATED PERSON/DRUNK
UNHOUSED=HOMELESS PERSON/PERSON SLEEPING
ALARM=ALARM/BURGLAR ALARM
CIVIL=CIVIL MATTER/LANDLORD TENANT
ANIMAL=ANIMAL COMPLAINT/LOOSE DOG
JUV=JUVENILE PROBLEM/JUVENILES
HARASS=HARASSMENT/HARASSING CALLS
ASSIST=CITIZEN ASSIST/LOCKOUT
MISSING=MISSING PERSON/MISSING CHILD
SUSP=SUSPICIOUS PERSON/SUSPICIOUS VEHICLE
TRAFFIC=TRAFFIC HAZARD/RECKLESS DRIVER"""),
    'apco': _vocab("""
WEAPON=WEAPON
SHOTS=SHOTS
ASSAULT=ASSLT/ASSAULT
FIGHT=FIGHT
DOMESTIC=DVA/DOMESTIC
THREAT=THREATS
MEDICAL=MEDICAL/EMSASST
OD=OD
SUICIDE=SUICIDE
BURG=BURG/BURGIP
ROBBERY=ROBBERY
THEFT=THEFT
CHILD=CHILDAB/CHILDNEG
HANGUP=HANGUP/911OPEN
UNKNOWN=TROUBLE
NOISE=NOISE
DISTURB=DISORD/DVNA/CDX
WELFARE=WELFARE
MENTAL=MNTL/EDP
FOUND=FOUNDPROP/INFO
INTOX=INTOX
UNHOUSED=VAG/WELFARE
ALARM=ALARM
CIVIL=CIVIL/CDX
ANIMAL=ANIMAL
JUV=JUV/TRUANT
HARASS=HARR
ASSIST=CITASST/ASSIST
MISSING=PERMISS/RUNAWAY
SUSP=SUSP/SUSPV
TRAFFIC=TRAFFIC/RECKLESS"""),
    'pc': _vocab("""
WEAPON=417/417 BRANDISHING
SHOTS=246/SHOTS FIRED
ASSAULT=245/242
FIGHT=415F/242 FIGHT
DOMESTIC=273.5/415 FAMILY
THREAT=422
MEDICAL=11-41 MEDICAL/MED AID
OD=11-41 OD/OD
SUICIDE=5150 SUICIDAL/SUICIDE ATT
BURG=459 IP/459
ROBBERY=211/211 JO
THEFT=484/488
CHILD=273A/CHILD ENDANGER
HANGUP=911 HANG UP/911 OPEN LINE
UNKNOWN=UNK TROUBLE
NOISE=415 NOISE/415 MUSIC
DISTURB=415/415 VERBAL
WELFARE=WELFARE CHK
MENTAL=5150/MH EVAL
FOUND=FOUND PROP
INTOX=647F
UNHOUSED=647E/TRANSIENT
ALARM=459 ALARM/ALARM
CIVIL=CIVIL/LL-T
ANIMAL=ANIMAL CTRL
JUV=JUV PROB/601
HARASS=653M/HARASS
ASSIST=PUBLIC ASST/ASSIST
MISSING=MISSING/RUNAWAY
SUSP=SUSP CIRC/SUSP PERS
TRAFFIC=23152/TRAFFIC HAZ"""),
    'ten': _vocab("""
WEAPON=10-32 WEAPON/10-32 MAN W GUN
SHOTS=10-71 SHOTS
ASSAULT=10-34 ASSAULT
FIGHT=10-10 FIGHT
DOMESTIC=10-16 DOMESTIC
THREAT=10-34 THREATS
MEDICAL=10-52 MEDICAL/10-52
OD=10-52 OD
SUICIDE=10-56 SUICIDE/10-56A
BURG=10-31 BURG IP
ROBBERY=10-31 ROBBERY
THEFT=10-31 THEFT/THEFT RPT
CHILD=10-31 CHILD/CHILD NEG
HANGUP=911 HANGUP
UNKNOWN=UNK PROBLEM
NOISE=10-91 NOISE/NOISE CMPLT
DISTURB=10-15 DISTURB/10-15
WELFARE=WELFARE CHK
MENTAL=10-96 MENTAL/10-96
FOUND=FOUND PROP
INTOX=10-56 INTOX/INTOX
UNHOUSED=TRANSIENT/WELFARE CHK
ALARM=10-90 ALARM
CIVIL=CIVIL
ANIMAL=10-91A ANIMAL/ANIMAL
JUV=JUV CMPLT
HARASS=HARASSMENT
ASSIST=10-47 ASSIST/LOCKOUT
MISSING=MISSING PERS
SUSP=10-37 SUSP/SUSP VEH
TRAFFIC=10-55 DUI/TRAF HAZ"""),
    'canada': _vocab("""
WEAPON=WEAPONS COMPLAINT/PERSON WITH WEAPON
SHOTS=SHOTS FIRED/SOUND OF GUNSHOTS
ASSAULT=ASSAULT/ASSAULT JUST OCCURRED
FIGHT=FIGHT/DISTURBANCE
DOMESTIC=DOMESTIC/IPV
THREAT=UTTERING THREATS/THREATS
MEDICAL=MEDICAL ASSIST/EMS ASSIST
OD=OVERDOSE/DRUG OD
SUICIDE=ATTEMPT SUICIDE/SUICIDAL
BURG=BREAK AND ENTER IN PROG/B&E
ROBBERY=ROBBERY
THEFT=THEFT UNDER/SHOPLIFTING
CHILD=CHILD WELFARE/CHILD ALONE
HANGUP=911 ABANDONED/911 OPEN LINE
UNKNOWN=UNKNOWN TROUBLE
NOISE=NOISE COMPLAINT/BYLAW NOISE
DISTURB=DISTURBANCE/DISPUTE
WELFARE=WELLBEING CHECK/CHECK WELLBEING
MENTAL=MHA/PERSON IN CRISIS
FOUND=FOUND PROPERTY
INTOX=INTOXICATED PERSON/LLA
UNHOUSED=UNHOUSED PERSON/WELLBEING CHECK
ALARM=ALARM
CIVIL=CIVIL DISPUTE/LANDLORD TENANT
ANIMAL=ANIMAL COMPLAINT
JUV=YOUTH COMPLAINT
HARASS=CRIMINAL HARASSMENT/HARASSMENT
ASSIST=ASSIST CITIZEN
MISSING=MISSING PERSON
SUSP=SUSPICIOUS PERSON/SUSPICIOUS VEHICLE
TRAFFIC=IMPAIRED DRIVER/TRAFFIC COMPLAINT"""),
    'uk': _vocab("""
WEAPON=WEAPONS/FIREARMS INCIDENT
SHOTS=FIREARMS DISCHARGE/SHOTS HEARD
ASSAULT=ASSAULT/ABH
FIGHT=AFFRAY/PUBLIC ORDER
DOMESTIC=DOMESTIC INCIDENT
THREAT=THREATS TO KILL/MALICIOUS COMMS
MEDICAL=AMBULANCE REQUEST/COLLAPSE
OD=OVERDOSE
SUICIDE=CONCERN FOR SAFETY - SELF HARM
BURG=BURGLARY IN PROGRESS/BURGLARY
ROBBERY=ROBBERY
THEFT=SHOP THEFT/THEFT
CHILD=CHILD AT RISK
HANGUP=ABANDONED 999/SILENT 999
UNKNOWN=SILENT 999/CONCERN - UNKNOWN
NOISE=ASB NOISE/ASB
DISTURB=ASB/NEIGHBOUR DISPUTE
WELFARE=CONCERN FOR WELFARE
MENTAL=MENTAL HEALTH/CFW - MH
FOUND=FOUND PROPERTY
INTOX=DRUNK AND INCAPABLE/INTOXICATED
UNHOUSED=ROUGH SLEEPER
ALARM=INTRUDER ALARM
CIVIL=CIVIL DISPUTE
ANIMAL=ANIMALS
JUV=ASB YOUTHS
HARASS=HARASSMENT
ASSIST=ASSIST PUBLIC/ADVICE
MISSING=MISPER/MISSING PERSON
SUSP=SUSPICIOUS CIRCS
TRAFFIC=RTC/DRINK DRIVE"""),
}

MILD_CATS = ['NOISE', 'DISTURB', 'WELFARE', 'SUSP', 'ASSIST', 'UNHOUSED', 'ALARM', 'CIVIL',
             'HARASS', 'INTOX', 'ANIMAL', 'JUV']
ALARM_CATS = ['WEAPON', 'SHOTS', 'ASSAULT', 'FIGHT', 'THREAT', 'SUICIDE', 'BURG', 'ROBBERY',
              'UNKNOWN', 'OD', 'DOMESTIC', 'MEDICAL']

# ---------------------------------------------------------------------------
# agencies
# ---------------------------------------------------------------------------
AGENCIES = [
    {'code': 'HCPD', 'W': 200, 'case': 'upper', 'sep': ' ; ', 'tfmt': 'hhmm', 'vocab': 'plain',
     'ctpre': '', 'abbr': [], 'addr': 'us',
     'streets': ['W MAPLE AVE', 'N 27TH ST', 'HARBOR BLVD', 'E CAPITOL DR', 'FOUNDRY ST', 'ORCHARD PL'],
     'locs': ['PIER 9 LOT', 'FOUNDRY SQ PARK', 'HARBOR MARKET', 'MLK LIBRARY', 'WESTGATE TRANSIT CTR'],
     'headers': ['E911 WPH2 ', 'CFS 24-$inc ', 'PRI 2: ', 'XFER FROM FIRE: ', 'POS $pos: '],
     'trailers': [' /CB VERIFIED', ' ;; LANG ENG', ' -ANI/ALI MATCH', ' /NO PREMISE HAZ ON FILE'],
     'desc': 'us'},
    {'code': 'MCSO', 'W': 255, 'case': 'upper', 'sep': ' // ', 'tfmt': 'hh:mm', 'vocab': 'apco',
     'ctpre': '', 'abbr': [], 'addr': 'us',
     'streets': ['CO RD 12', 'OLD MILL RD', 'STATE HWY 41', 'CEDAR RIDGE LN', 'PINE HOLLOW TRL'],
     'locs': ['MARLOW FAIRGROUNDS', 'DOLLAR MART ON 41', 'LAKE ELDA BOAT LAUNCH', 'CO PARK 3', 'TRUCK STOP EXIT 88'],
     'headers': ['MCSO/$inc ', 'ZONE 4 ', 'RURAL RT: ', 'WIRELESS PH1 '],
     'trailers': [' // DEP NOTIFIED', ' // XY CONF 30M', ' // PREMISE FILE N', ' // CAD AUTO-ROUTED'],
     'desc': 'us'},
    {'code': 'STCC', 'W': 128, 'case': 'upper', 'sep': ' / ', 'tfmt': 'hhmmH', 'vocab': 'pc',
     'ctpre': '', 'abbr': [], 'addr': 'us',
     'streets': ['CALLE OLIVO', 'MISSION RD', 'EL CAMINO REAL', 'ARROYO VISTA DR', 'SEPULVEDA WY'],
     'locs': ['VALLE PLAZA', 'ROSARIO PARK', 'ST MART', 'AMTRAK LOT', 'DEL ORO HS'],
     'headers': ['ST$inc ', 'BEAT 3 ', 'CHP XFER '],
     'trailers': [' /ALI', ' /CB OK', ' /SPAN SPKR'],
     'desc': 'us'},
    {'code': 'BCPD', 'W': 100, 'case': 'upper', 'sep': ' -- ', 'tfmt': '@hhmm', 'vocab': 'ten',
     'ctpre': '', 'abbr': [], 'addr': 'us',
     'streets': ['MAIN ST', '2ND AVE', 'RAILROAD ST', 'DEPOT RD', 'ELM ST'],
     'locs': ['CITY PARK', 'QUIK STOP', 'FAMILY DOLLAR', 'GRAIN ELEVATOR', 'VFW HALL'],
     'headers': ['BC$inc ', 'DISP 2 ', '10-4 '],
     'trailers': [' --CB', ' -- 10-4'],
     'desc': 'us'},
    {'code': 'NSUPD', 'W': 160, 'case': 'lower', 'sep': '; ', 'tfmt': 'hh:mm', 'vocab': 'plain',
     'ctpre': '', 'abbr': [('SUSP', 'SUBJ')], 'addr': 'us',
     'streets': ['UNIVERSITY AVE', 'COLLEGE ST', 'GREEK ROW', 'FIELDHOUSE DR'],
     'locs': ['HALVORSEN HALL', 'REC CENTER', 'MEMORIAL LIBRARY', 'LOT 14', 'STUDENT UNION'],
     'headers': ['NSUPD $inc: ', 'BLUE LIGHT PH: ', 'LIVESAFE APP: '],
     'trailers': [' (rp is student)', ' (rp is staff)', ' (ofc 2 notified)'],
     'desc': 'us'},
    {'code': 'MVTP', 'W': 144, 'case': 'upper', 'sep': ' | ', 'tfmt': 'hh:mm:ss', 'vocab': 'apco',
     'ctpre': 'TR-', 'abbr': [], 'addr': 'transit',
     'streets': ['UNION STA', 'CIVIC CTR STA', 'RIVERSIDE STA', 'AIRPORT STA', 'GRANT AVE STA'],
     'locs': ['UNION STA', 'CIVIC CTR STA', 'RIVERSIDE STA', 'BUS BAY 7', 'NORTHGATE P&R'],
     'headers': ['OCC: ', 'TRAIN $pos ', 'CCTV OPS: ', 'ECB CALL: '],
     'trailers': [' | OCC AWARE', ' | CCTV PULLED', ' | OPS NOTIFIED'],
     'desc': 'us'},
    {'code': 'PAPS', 'W': 230, 'case': 'upper', 'sep': ' ** ', 'tfmt': 'hh:mm', 'vocab': 'canada',
     'ctpre': '', 'abbr': [('RP', 'COMPL'), ('APT', 'UNIT')], 'addr': 'ca',
     'streets': ['RUE ST-LAURENT', 'QUEEN ST E', 'HARBOURFRONT RD', 'BAYVIEW CRES', 'CONCESSION 4'],
     'locs': ['TIM HORTONS ON QUEEN', 'ALDOUS CENTRE MALL', 'LIGHTHOUSE PARK', 'GO BUS TERMINAL', 'COMMUNITY ARENA'],
     'headers': ['PAPS$inc ', 'ZONE 2 ', 'E-COMM XFER: '],
     'trailers': [' ** CPIC N/A', ' ** FRENCH SPKR', ' ** NO FLAGS ON ADDR'],
     'desc': 'ca'},
    {'code': 'KSCR', 'W': 180, 'case': 'sentence', 'sep': ' :: ', 'tfmt': 'hh:mm', 'vocab': 'uk',
     'ctpre': '', 'abbr': [('RP', 'INFT'), ('ADV', 'STATES'), ('APT', 'FLAT'), ('PARKING LOT', 'CAR PARK'),
                           ('SUSP', 'SUSPECT'), ('VEH', 'VEHICLE')], 'addr': 'uk',
     'streets': ['MILL LANE', 'HIGH STREET', 'STATION ROAD', 'CHURCH WALK', 'THE CRESCENT'],
     'locs': ['MARKET SQUARE', 'KESTREL RETAIL PARK', 'CO-OP ON HIGH ST', 'BUS STATION', 'RIVERSIDE REC GROUND'],
     'headers': ['KS-$inc ', 'GRADE 2 ', '999 BT: ', '101 CALL: '],
     'trailers': [' :: THRIVE DONE', ' :: VULN CHECK N/A', ' :: PNC NOT RUN'],
     'desc': 'uk'},
    {'code': 'LCEC', 'W': 72, 'case': 'upper', 'sep': ';', 'tfmt': 'hhmm', 'vocab': 'apco',
     'ctpre': '', 'abbr': [], 'addr': 'us',
     'streets': ['LAKESHORE DR', 'CO RD K', 'BIRCH ST'],
     'locs': ['KWIK TRIP', 'MARINA', 'BOAT RAMP'],
     'headers': ['LC$inc ', 'P2 '],
     'trailers': [';CB', ';ALI'],
     'desc': 'us'},
]

PROSE_HEADERS = ['TEXT-TO-911: ', '311 WEB FORM: ', 'SMS SESSION: ', 'ONLINE RPT: ', 'TXT: ',
                 '311 WEB FORM | CATEGORY: OTHER | LOCATION: $addr | DESCRIPTION: ',
                 'ONLINE RPT #$inc | SUBMITTED VIA MOBILE | NARRATIVE: ',
                 'TEXT-TO-911 SESSION $inc STARTED $t1 | CALLER TEXT: ',
                 '311 APP | TYPE: GENERAL CONCERN | NEAR $loc | DETAILS: ']
PROSE_TRAILERS = [' (sent from app)', ' [311 form end]', ' -- text session ended by caller',
                  ' | CONTACT PREF: EMAIL | ATTACHMENTS: 0', ' | FOLLOW UP REQUESTED: Y']

DESC_US = ['W/M 30S BLK HOODIE', 'H/F 20S GRY JACKET', 'B/M TALL RED CAP', 'W/F APPROX 50 BLU COAT',
           'A/M 40S GRN VEST', 'UNK RACE MALE DARK CLOTHES', 'H/M TEEN WHI SHIRT']
DESC_CA = ['MALE CAUC 30S BLK JACKET', 'FEMALE 20S GREY PARKA', 'MALE INDIG 40S BLUE TOQUE',
           'MALE SOUTH ASIAN 20S RED HOODIE']
DESC_UK = ['IC1 MALE 30S DARK JACKET', 'IC3 MALE 20S GREY TRACKSUIT', 'IC1 FEMALE 40S BLUE COAT',
           'IC4 MALE TEEN BLACK HOODIE']
VEHS = ['GRY HONDA CIVIC', 'BLK SUV', 'WHI F150', 'RED SEDAN', 'SILVER MINIVAN', 'BLU TOYOTA PU',
        'GRN SUBARU WAGON', 'TAN BUICK']
PLATE_FMT = ['PLT {a}{d}{a}', 'LIC PART {d}{a}{a}', 'PLATE {a}{a}{d}?', 'PARTIAL {d}{a}{d}', 'LP {a}{a}{a} {d}{d}']


def fmt_time(m, tfmt, rng):
    m %= 1440
    hh, mm = divmod(m, 60)
    if tfmt == 'hhmm':
        return '%02d%02d' % (hh, mm)
    if tfmt == 'hh:mm':
        return '%02d:%02d' % (hh, mm)
    if tfmt == 'hhmmH':
        return '%02d%02dH' % (hh, mm)
    if tfmt == '@hhmm':
        return '@%02d%02d' % (hh, mm)
    return '%02d:%02d:%02d' % (hh, mm, rng.randrange(60))


def make_slots(rng, ag):
    t1 = rng.randrange(1440)
    t2 = t1 + rng.randint(1, 7)
    t3 = t2 + rng.randint(1, 9)
    t4 = t3 + rng.randint(0, 6)
    t5 = t4 + rng.randint(1, 11)
    st = rng.choice(ag['streets'])
    if ag['addr'] == 'transit':
        addr = '%s PLATFORM %d' % (st, rng.randint(1, 4))
        unit = 'CAR %d' % rng.randint(1, 6)
    elif ag['addr'] == 'uk':
        addr = '%d %s' % (rng.randint(1, 140), st)
        unit = 'FLAT %d' % rng.randint(1, 24)
    elif ag['addr'] == 'ca':
        addr = '%d %s' % (rng.randint(10, 2999), st)
        unit = rng.choice(['UNIT %d', 'APT %d', '#%d']) % rng.randint(1, 1200)
    else:
        addr = '%d %s' % (rng.randint(100, 9899), st)
        unit = rng.choice(['APT %d%s' % (rng.randint(1, 9), rng.choice('ABCD')),
                           '#%d' % rng.randint(101, 640), 'UNIT %d' % rng.randint(1, 40)])
    letters = 'ABCDEFGHJKLMNPRSTUVWXYZ'
    pf = rng.choice(PLATE_FMT)
    plate = ''
    for ch in pf.replace('{a}', 'a').replace('{d}', 'd'):
        if ch == 'a':
            plate += rng.choice(letters)
        elif ch == 'd':
            plate += str(rng.randrange(10))
        else:
            plate += ch
    desc_pool = {'us': DESC_US, 'ca': DESC_CA, 'uk': DESC_UK}[ag['desc']]
    return {
        't1': fmt_time(t1, ag['tfmt'], rng), 't2': fmt_time(t2, ag['tfmt'], rng),
        't3': fmt_time(t3, ag['tfmt'], rng), 't4': fmt_time(t4, ag['tfmt'], rng),
        't5': fmt_time(t5, ag['tfmt'], rng), 'addr': addr, 'unit': unit,
        'loc': rng.choice(ag['locs']), 'plate': plate, 'veh': rng.choice(VEHS),
        'desc': rng.choice(desc_pool), 'inc': '%06d' % rng.randrange(10 ** 6),
        'pos': str(rng.randint(1, 48)),
    }


def fill(text, slots):
    return SLOT_RE.sub(lambda m: slots[m.group(1)], text)


def abbreviate(text, pairs):
    for src, dst in pairs:
        text = re.sub(r'(?<![A-Za-z0-9])' + re.escape(src) + r'(?![A-Za-z0-9])', dst, text)
    return text


def apply_case(text, mode, sep):
    if mode == 'upper':
        return text.upper()
    if mode == 'lower':
        return text.lower()
    if mode == 'sentence':
        t = list(text.lower())
        starts = [0]
        mark = sep.strip()
        i = text.find(mark)
        while i >= 0:
            starts.append(i + len(mark))
            i = text.find(mark, i + 1)
        for s0 in starts:
            j = s0
            while j < len(t) and not t[j].isalpha():
                j += 1
            if j < len(t):
                t[j] = t[j].upper()
        return ''.join(t)
    return text


NEIGH = {'a': 'sq', 'b': 'vn', 'c': 'xv', 'd': 'sf', 'e': 'wr', 'f': 'dg', 'g': 'fh', 'h': 'gj',
         'i': 'uo', 'j': 'hk', 'k': 'jl', 'l': 'k', 'm': 'n', 'n': 'bm', 'o': 'ip', 'p': 'o',
         'q': 'w', 'r': 'et', 's': 'ad', 't': 'ry', 'u': 'yi', 'v': 'cb', 'w': 'qe', 'x': 'zc',
         'y': 'tu', 'z': 'x'}


def typo_word(rng, w):
    for _ in range(20):
        op = rng.choice(['swap', 'drop', 'double', 'neigh'])
        i = rng.randint(1, len(w) - 2)
        if op == 'swap':
            nw = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op == 'drop':
            nw = w[:i] + w[i + 1:]
        elif op == 'double':
            nw = w[:i] + w[i] + w[i:]
        else:
            c = w[i]
            rep = rng.choice(NEIGH[c.lower()])
            nw = w[:i] + (rep.upper() if c.isupper() else rep) + w[i + 1:]
        if nw != w:
            return nw
    return w


def apply_typo(rng, segs, aim, label_side):
    """aim: 'key' or 'other'. Returns which target actually got the typo."""
    if aim == 'key':
        if label_side == 'red':
            types = ['K']
        else:
            types = ['R', 'A', 'D']
    else:
        types = ['P']
    cands = []
    for si, s in enumerate(segs):
        if s[0] in types:
            for m in re.finditer(r'[A-Za-z]{4,}', s[2]):
                cands.append((si, m.start(), m.end()))
    if not cands:
        return None
    si, a, b = rng.choice(cands)
    t = segs[si][2]
    segs[si][2] = t[:a] + typo_word(rng, t[a:b]) + t[b:]
    return aim


def build(rng, tpl, ag, header, trailer, typo_aim, label_side):
    slots = make_slots(rng, ag)
    segs = [list(s) for s in parse_segments(tpl['body'])]
    for s in segs:
        s[2] = fill(s[2], slots)
        if not tpl['prose']:
            if s[0] == 'P':
                s[2] = s[2].replace(' | ', ag['sep'])
            s[2] = abbreviate(s[2], ag['abbr'])
    typo_done = None
    if typo_aim:
        typo_done = apply_typo(rng, segs, typo_aim, label_side)
    head = fill(header, slots)
    tail = fill(trailer, slots)
    if not tpl['prose']:
        head = abbreviate(head, ag['abbr'])
        tail = abbreviate(tail, ag['abbr'])
    full = head + ''.join(s[2] for s in segs) + tail
    if not tpl['prose']:
        cased = apply_case(full, ag['case'], ag['sep'])
        assert len(cased) == len(full)
        full = cased
    # re-slice spans
    spans = []
    pos = len(head)
    for s in segs:
        n = len(s[2])
        spans.append((s[0], s[1], pos, pos + n))
        pos += n
    return {'full': full, 'off': len(head), 'spans': spans, 'tail': len(tail), 'typo': typo_done}


def alnum(t):
    return sum(1 for c in t if c.isalnum())


def key_state(full, s, e, W):
    """return evidence text if the key survives, else None"""
    txt = full[s:e]
    if W is None or e <= W:
        return txt
    if s >= W:
        return None
    if any(c.isspace() for c in txt.strip()):
        return None
    n = alnum(txt)
    k = alnum(full[s:W])
    if n > 5 and k >= max(5, n - 3):
        return full[s:W]
    return None


def derive(row, grp, W):
    full, spans = row['full'], row['spans']
    ev = {}
    keys_all = []
    hard = [sp for sp in spans if sp[0] == 'K']
    hard_survive = False
    any_survive = False
    for i, sp in enumerate(spans):
        t, kind, s, e = sp
        if t not in ('K', 'A'):
            continue
        keys_all.append(kind)
        txt = key_state(full, s, e, W)
        if txt is None:
            continue
        any_survive = True
        if t == 'K':
            hard_survive = True
            ev.setdefault(kind, txt)
        else:
            res = None
            for sp2 in spans[i + 1:]:
                if sp2[0] == 'R':
                    res = sp2
                    break
            resolved = res is not None and (W is None or res[3] <= W)
            if not resolved:
                ev.setdefault(kind, txt)
    tr = '; truncated at %d' % W if W is not None else ''
    if ev:
        flags = [k for k in KINDS if k in ev]
        reason = '; '.join("%s <- '%s'" % (k, ev[k]) for k in flags)
        return 'red', ';'.join(flags), reason + tr
    lost = None
    if hard and not hard_survive:
        lost = [k for k in KINDS if k in [sp[1] for sp in hard]]
    elif keys_all and not any_survive:
        lost = [k for k in KINDS if k in keys_all]
    if lost:
        return 'eligible', '', 'eligible: cut-lost-key (%s)' % ','.join(lost) + tr
    return 'eligible', '', 'eligible: %s' % grp + tr


def cut_category(row, W):
    spans = row['spans']
    ks = [sp for sp in spans if sp[0] in ('K', 'A')]
    for sp in ks:
        if sp[2] < W < sp[3]:
            return 'inside_key'
    for sp in spans:
        if sp[0] == 'R' and sp[2] < W < sp[3]:
            return 'inside_res'
    for sp in spans:
        if sp[0] == 'D' and sp[2] < W < sp[3]:
            return 'inside_decoy'
    if ks and all(sp[2] >= W for sp in ks):
        return 'before_key'
    if ks:
        return 'after_key'
    return 'other'


def markup_of(row):
    full = row['full']
    out = [full[:row['off']], '^^']
    for t, kind, s, e in row['spans']:
        txt = full[s:e]
        if t == 'P':
            out.append(txt)
        elif t == 'K':
            out.append('[[%s:%s]]' % (kind, txt))
        elif t == 'A':
            out.append('<<%s:%s>>' % (kind, txt))
        elif t == 'R':
            out.append('((%s))' % txt)
        else:
            out.append('{%s}' % txt)
    last = row['spans'][-1][3] if row['spans'] else row['off']
    out.append(full[last:])
    return ''.join(out)


def pick_template(rng, side, prose, need=None, sub=None):
    for _ in range(200):
        if side == 'red':
            pool = RED_BY_KIND[sub or rng.choice(KINDS)]
        else:
            pool = ELIG_BY_GROUP[sub or rng.choice(ELIG_GROUPS)]
        cands = [t for t in pool if t['prose'] == prose and (need is None or need(t))]
        if cands:
            return rng.choice(cands)
    return None


def pick_call_type(rng, ag, tpl, label):
    cat = tpl['cat']
    if label == 'red':
        mode = 'fit' if rng.random() < 0.70 else 'mild'
        if mode == 'mild':
            cat = rng.choice([c for c in MILD_CATS if c != tpl['cat']])
    else:
        mode = 'fit' if rng.random() < 0.80 else 'alarm'
        if mode == 'alarm':
            cat = rng.choice([c for c in ALARM_CATS if c != tpl['cat']])
    ct = ag['ctpre'] + rng.choice(VOCAB[ag['vocab']][cat])
    if ag['case'] == 'lower':
        ct = ct.lower()
    return ct, mode


PRE_ENTRIES = ['CLASS OF SVC WRLS', 'ALI PH2 CONF RADIUS 40M', 'CALL RECVD VIA 10-DIGIT LINE',
               'CALLER ID BLOCKED', 'RP ON CELL', 'XST CONFIRMED W/ RP', 'CT 114', 'LANG ENG',
               'RP NAME ON FILE', 'CAD GEO VERIFIED', 'RP IS A PASSERBY', 'RP IS 3RD PARTY',
               'CALL XFERD FROM NON-EMERG LINE', 'RP REFUSED NAME']
POST_ENTRIES = ['$t3 DUP CALL LINKED', '$t3 CB# CONFIRMED', '$t3 RP REQ NO CONTACT',
                '$t3 RP WILL MEET UNITS OUT FRONT', '$t3 ADDED TO PENDING QUEUE', '$t3 SUPV NOTIFIED',
                '$t3 PREMISE HX REVIEWED', '$t3 LANGUAGE LINE NOT NEEDED', '$t3 RP DESC OWN CLOTHING: GRY COAT',
                '$t3 XST UPDATED PER RP', '$t3 NO FURTHER FROM RP', '$t3 CALLER PROVIDED GATE CODE 4411',
                '$t3 RP ADV SHE IS IN A BLU JACKET', '$t3 2ND RP SAME INFO']


def boiler(rng, ag, prose):
    if prose:
        h = rng.choice(PROSE_HEADERS) if rng.random() < 0.6 else ''
        t = rng.choice(PROSE_TRAILERS) if rng.random() < 0.3 else ''
        return h, t
    parts = []
    if rng.random() < 0.5:
        parts.append(rng.choice(ag['headers']).rstrip().rstrip(':'))
    npre = rng.choice([0, 0, 0, 0, 1, 1, 1, 2, 2, 3])
    pool = list(PRE_ENTRIES)
    for _ in range(npre):
        parts.append(pool.pop(rng.randrange(len(pool))))
    h = ag['sep'].join(parts) + ag['sep'] if parts else ''
    tparts = []
    npost = rng.choice([0, 0, 0, 0, 1, 1, 1, 2, 2, 3])
    pool = list(POST_ENTRIES)
    for i in range(npost):
        tparts.append(pool.pop(rng.randrange(len(pool))).replace('$t3', '$t%d' % (3 + i)))
    t = ''.join(ag['sep'] + x for x in tparts)
    if rng.random() < 0.35:
        t += rng.choice(ag['trailers'])
    return h, t


NEEDS = {
    'after_key': lambda t: 'K' in t['types'] or 'A' in t['types'],
    'before_key': lambda t: 'K' in t['types'] or 'A' in t['types'],
    'inside_key': lambda t: 'K' in t['types'] or 'A' in t['types'],
    'inside_res': lambda t: 'R' in t['types'],
    'inside_decoy': lambda t: 'D' in t['types'],
    'other': lambda t: 'K' not in t['types'] and 'A' not in t['types'],
}


def generate():
    rng = random.Random(SEED)
    plan = []
    for cat, n in CUT_QUOTA:
        plan.extend([cat] * n)
    plan.extend([None] * (N_ROWS - len(plan)))
    rng.shuffle(plan)
    rows = []
    trunc_used = {a['code']: 0 for a in AGENCIES}
    for idx, target in enumerate(plan):
        rid = 'B22-%04d' % (idx + 1)
        prose = rng.random() < P_PROSE
        typo_aim = None
        if rng.random() < P_TYPO:
            typo_aim = 'key' if rng.random() < 0.5 else 'other'
        got = None
        if target is None:
            side = 'red' if rng.random() < P_RED else 'eligible'
            sub = rng.choice(KINDS) if side == 'red' else rng.choice(ELIG_GROUPS)
            while got is None:
                tpl = pick_template(rng, side, prose, None, sub)
                order = list(range(len(AGENCIES)))
                rng.shuffle(order)
                h, t = boiler(rng, AGENCIES[order[0]], prose)
                for ai in order:
                    ag = AGENCIES[ai]
                    if not prose:
                        h2, t2 = boiler(rng, ag, prose)
                    else:
                        h2, t2 = h, t
                    row = build(rng, tpl, ag, h2, t2, typo_aim, side)
                    if len(row['full']) <= ag['W']:
                        got = (tpl, ag, row, None)
                        break
        else:
            while got is None:
                open_ags = [a for a in AGENCIES if a['code'] in FEAS[target]
                            and trunc_used[a['code']] < TRUNC_CAP]
                ag = rng.choice(open_ags)
                for _k in range(400):
                    if target in ('inside_res', 'other'):
                        side = 'eligible'
                    elif target == 'inside_decoy':
                        side = 'red' if rng.random() < 0.3 else 'eligible'
                    else:
                        side = 'red' if rng.random() < 0.6 else 'eligible'
                    sub = rng.choice(KINDS) if side == 'red' else rng.choice(ELIG_GROUPS)
                    pr = prose if _k < 300 else (not prose)
                    tpl = pick_template(rng, side, pr, NEEDS[target], sub)
                    if tpl is None:
                        continue
                    h, t = boiler(rng, ag, pr)
                    row = build(rng, tpl, ag, h, t, typo_aim, side)
                    W = ag['W']
                    full = row['full']
                    if len(full) <= W or W - row['off'] < 8 or full[W - 1] == ' ':
                        continue
                    if cut_category(row, W) != target:
                        continue
                    got = (tpl, ag, row, W)
                    trunc_used[ag['code']] += 1
                    break
        tpl, ag, row, Wcut = got
        label, flags, reason = derive(row, tpl['grp'], Wcut)
        ct, ctmode = pick_call_type(rng, ag, tpl, label)
        narrative = row['full'][:Wcut] if Wcut is not None else row['full']
        rows.append({
            'id': rid, 'call_type': ct, 'narrative': narrative, 'label': label, 'flags': flags,
            'reason': reason, 'split': 'blind22',
            '_agency': ag['code'], '_W': ag['W'], '_trunc': 1 if Wcut is not None else 0,
            '_group': tpl['grp'], '_prose': 1 if tpl['prose'] else 0,
            '_typo': row['typo'] or '', '_ctmode': ctmode,
            '_cut': cut_category(row, Wcut) if Wcut is not None else '',
            '_markup': markup_of(row),
        })
    return rows


def main():
    if len(sys.argv) != 2:
        sys.stderr.write('usage: python3 make_blind22.py OUTDIR\n')
        sys.exit(2)
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rows = generate()
    with open(os.path.join(outdir, 'blind22.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split'])
        for r in rows:
            w.writerow([r['id'], r['call_type'], r['narrative'], r['label'], r['flags'],
                        r['reason'], r['split']])
    with open(os.path.join(outdir, 'blind22_markup.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['id', 'agency', 'W', 'truncated', 'group', 'prose', 'typo', 'ct_mode',
                    'cut', 'markup'])
        for r in rows:
            w.writerow([r['id'], r['_agency'], r['_W'], r['_trunc'], r['_group'], r['_prose'],
                        r['_typo'], r['_ctmode'], r['_cut'], r['_markup']])


if __name__ == '__main__':
    main()
