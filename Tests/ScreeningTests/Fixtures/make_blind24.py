#!/usr/bin/env python3
"""make_blind24.py OUTDIR -- builds the blind24 held-out evaluation set.

Writes OUTDIR/blind24.csv and OUTDIR/blind24_markup.json (markup source used
by check_blind24.py).  Python 3 standard library only; one random.Random(SEED);
no iteration over sets, nothing depends on hash order.

Markup in templates:
  [[text]]            red key of the section's kind (decisive span)
  ((kind:text))       latent alarm (eligible rows) that is neutralised by ...
  {{text}}            ... the following resolution span; counts only if it survives whole
  a | b               segment break (rendered with the agency's separator)
Truncation rule (also re-implemented in the checker):
  narrative = plain[:W] when len(plain) > W.
  A red key / alarm still counts when cut if the surviving part has >= 5 letters
  and at most 3 of its letters were cut off; otherwise it is lost.
  A resolution counts only if it survives whole.
  label: any surviving red key -> red (its kind); else any surviving alarm whose
  resolution did not survive whole -> red (alarm kind); else eligible
  ("eligible: cut-lost-key (<kind>)" when a red template lost its key,
  otherwise "eligible: <look-alike group>").
"""
import sys, os, re, csv, json, random

SEED = 24072411
N_ROWS = 1000
RED_KINDS = ['weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty']
RED_TARGET = {'weapon': 56, 'violence': 56, 'threat': 54, 'injury': 64,
              'suicide': 54, 'police_only': 65, 'uncertainty': 56}
TRUNC_TARGET = 200
TYPO_SHARE = 0.25

TEMPLATES = r'''
## weapon
c dispute :: RP STATES {rel} ARGUING IN DRIVEWAY | WEAPONS? [[YES - KITCHEN KNIFE IN HIS HAND]] | INJ: NEG SO FAR
c welfare :: WELFARE CHK REQ BY {relf} | Q: ANY WEAPONS A: [[HE HAS A PISTOL ON THE TABLE AND KEEPS PICKING IT UP]] | NO INJ REPORTED
c trespass :: SUBJ REFUSING TO LEAVE {biz} | NO INJ | WPNS: [[BOX CUTTER OUT, POINTING IT AT CLERK]]
c noise :: LOUD PARTY {addr} | 2ND CALLER: [[GUY IN FRONT YARD HOLDING A RIFLE]] WHILE YELLING AT CARS
c susp :: SUSP M IN {veh} PARKED IFO ELEM SCHOOL | RP SAW [[HANDGUN ON HIS LAP]] | VEH RUNNING
c dispute :: NEIGHBOR DISPUTE OVER FENCE | VERBAL ONLY PER RP | UPDT: [[NEIGHBOR NOW HAS A MACHETE]] AT PROPERTY LINE
c mental :: {rel} OFF MEDS, PACING | CONSC/BREATHING Y/Y | WEAPONS? [[GRABBED A HAMMER, SWINGING IT AROUND THE KITCHEN NEAR RP]]
c fight :: NO INJ | NO PHYS CONTACT YET | [[ONE SUBJ PULLED A BAT FROM HIS TRUNK]] | {street} & 5TH
c intox :: INTOX M AT BUS STOP | YELLING AT PASSERSBY | [[BROKE A BOTTLE AND IS HOLDING THE NECK OF IT]] OUT IN FRONT OF HIM
c domestic :: DVNA PER RP, VERBAL | Q: WEAPONS IN HOME A: [[YES HE WENT TO GET THE SHOTGUN FROM THE CLOSET]]
c unknown :: CALLER ADVS MALE IN HALLWAY OUTSIDE APT {n} | [[CARRYING A TIRE IRON]] | BANGING ON DOORS
c shots :: [[SHOTS FIRED]] REAR OF {addr} | RP SAW 2 M RUN NB | NO INJ KNOWN
c shots :: MULT CALLERS | [[4-5 GUNSHOTS]] NEAR {park} | NOT FIREWORKS PER RP, SAW MUZZLE FLASH
c welfare :: RP CONCERNED FOR {relf} | HER EX IS AT HER APT | [[EX HAS A GUN IN HIS WAISTBAND]] PER TEXT FROM HER
c theft :: SHOPLIFTER LEAVING {biz} W/ CART | LP STATES [[SUSP FLASHED A KNIFE]] WHEN STOPPED | STILL IN LOT
c traffic :: ROAD RAGE {street} | [[DRIVER OF {veh} POINTED A GUN]] AT RP | NO SHOTS | NOW BEHIND RP
c juvenile :: GROUP OF JUVS AT {park} | ONE HAS [[WHAT LOOKS LIKE A REAL PISTOL]], SHOWING IT OFF | NO ORANGE TIP PER RP
c harass :: EX KEEPS DRIVING BY | NO VERBAL THREATS | TODAY [[HE HELD UP A CROSSBOW FROM THE BACK SEAT]] AS HE PASSED
c mental :: MO SUBJ AT {biz} | TALKING TO SELF | [[HOLDING SCISSORS POINTED OUT AT STAFF]] | WAS CALM EARLIER
c dispute :: LANDLORD/TENANT | NO INJ, NO THREATS | Q: WEAPONS? A: [[TENANT HAS A STUN GUN AND KEEPS SPARKING IT AT LANDLORD]]
c assist :: LOCKOUT ASSIST {addr} | RP ADVS [[ROOMMATE INSIDE WITH A LOADED GUN]], WON'T OPEN DOOR
c susp :: SUSP PERS LOOKING IN CAR WINDOWS | [[SHOWED A KNIFE TO RP WHEN CONFRONTED]] | WALKING EB
c fight :: 2 M ARGUING IFO BAR | NO PUNCHES PER RP | [[ONE JUST PULLED A KNIFE]]
c domestic :: FAM TRBL | {rel} {age} YOA ETOH | WPNS: [[HE HAS HIS DAD'S HUNTING RIFLE OUT]] | KIDS IN HOME
c welfare :: WELF CHK | NEIGHBOR SAW SUBJ IN YARD [[REVVING A CHAINSAW AT PEOPLE WALKING BY]]
c trespass :: UNWANTED GUEST | REFUSES TO LEAVE | [[PICKED UP A GOLF CLUB AND IS HOLDING IT OVER HIS SHOULDER]] FACING RP
c noise :: MUSIC COMPLAINT | RP WENT TO DOOR | [[SUBJ ANSWERED W/ A GUN IN HAND]]
c unknown :: PER UNIT {unit}: [[SUBJ ARMED WITH A SWORD]] IN FRONT YARD, UNITS STAGING
c susp :: SUSP VEH {veh} | OCC [[LOADING AN ASSAULT STYLE RIFLE]] INTO TRUNK IN SCHOOL LOT
c mental :: EDP | PER {relf} SUBJ BREAKING DISHES | Q: ANY WEAPONS? A: [[HE HAS A STEAK KNIFE]] | Q: INJ? A: NO
c welfare :: CALLER: NO WEAPONS SEEN AT FIRST | 2ND CALLER: [[SUBJ NOW HOLDING A LARGE KNIFE]], WALKING TOWARD KIDS ON BIKES
c dispute :: CUSTOMER DISPUTE {biz} | NO WPNS SEEN INITIALLY | UPD: [[CUSTOMER RETURNED WITH A LEAD PIPE]]
c fireworks :: RP THOUGHT FIREWORKS | NOW STATES [[SAW A MALE FIRING A HANDGUN INTO THE AIR]] BY {park}
c intox :: INTOX SUBJ AT {biz} | RP ADVS [[BULGE IN JACKET, SAID HE'S STRAPPED]] | ARGUING W/ STAFF
c juvenile :: JUVS AT COURTS | NOT FIGHTING YET | [[ONE JUV WITH A HANDGUN CHASING ANOTHER]]
c welfare :: ELDERLY M CONFUSED ON PORCH | BREATHING Y | [[REVOLVER ON THE PORCH RAIL NEXT TO HIM]] WHILE HE YELLS AT KIDS
c property :: PROPERTY PICKUP | EX AT DOOR | RP SEES [[HANDLE OF A GUN STICKING OUT OF HIS POCKET]]
c civil :: CIVIL - CUSTODY EXCHANGE | FATHER ARRIVED W/ [[A MACHETE ON THE FRONT SEAT, HELD IT UP]] WHEN MOTHER WALKED OVER
c theft :: CAR PROWL | RP CONFRONTED SUSP | [[SUSP SWUNG A CROWBAR AT HIM]] AND IS STILL IN THE ALLEY
c susp :: MALE WALKING {street} [[WITH A RIFLE IN HIS HANDS]] IN RESIDENTIAL AREA, NOT IN SEASON, NOT CASED
c assist :: RP REQ ASSIST REMOVING BELONGINGS | Q HX OF VIOLENCE: NO | Q WEAPONS: [[HE KEEPS A KNIFE ON HIM AND WAS REACHING FOR IT]]
c medical :: SICK PERSON CARD 26 | PT ALERT | [[FAMILY STATES PT HAS A LOADED GUN IN BED AND IS AGITATED]]
c dispute :: Q: ANY WEAPONS? A: NO | Q: ANYTHING IN HIS HANDS? A: [[A HATCHET FROM THE GARAGE]] | ARGUMENT OVER CAR
c trespass :: SUBJ IN STAIRWELL, WON'T LEAVE | WPNS: NEG PER 1ST CALLER | 2ND CALLER: [[HE HAS A SYRINGE OUT, JABBING IT AT TENANTS]]
c unknown :: UNK TRBL | RP SEES [[MALE WITH A SHOTGUN ON THE FRONT PORCH]] OF {addr} | NO SHOTS YET
c mental :: 25B? NO - PSYCH W/ WEAPON | [[SUBJ SWINGING A MEAT CLEAVER IN THE YARD]] | ALONE
c domestic :: HX DV 2020 | TODAY [[HE PULLED A PISTOL FROM THE GLOVEBOX]] DURING ARGUMENT | SHE IS OUTSIDE NOW
c susp :: SUSP PERS IN PARKING GARAGE L3 | [[SHARPENING A MACHETE ON THE CURB]] AND STARING AT DRIVERS
w susp :: There's a guy in the parking lot at {biz} [[walking around with a gun in his hand]]. He hasn't pointed it at anyone yet but people are leaving.
w dispute :: My neighbors are arguing again outside. Nobody has hit anyone but [[the husband just came out with a baseball bat]] and is standing by her car.
w noise :: Reporting loud music at {addr}. When I knocked, [[a man opened the door holding a knife]] and told me to leave.
w welfare :: Please check on my {relf}. She texted that her boyfriend is drunk and [[has his pistol out on the kitchen counter]], spinning it.
w shots :: I just heard [[what were definitely gunshots]] near {park}, like six in a row, and saw someone running with something in his hand.
w traffic :: Driver in a {veh} on {street} [[waved a handgun at me]] at the light and then drove off north.
w trespass :: Someone is sleeping in our shed. When I went out [[he pulled a knife on me]] and said to get away. He's still in there.
w juvenile :: Texting from the bus. A kid at the bus stop [[has a real gun, I saw it when he lifted his shirt]].
w mental :: My brother is having an episode. He's not hurt and hasn't hurt anyone, but [[he's holding a hatchet]] and won't put it down.
w harass :: A coworker has been messaging me all day. Today he came to the lobby and [[had a knife on his belt that he kept touching]] while staring at me.
w theft :: I caught someone in my car. [[He showed me a box cutter]] and walked off toward {street}.
w intox :: A drunk man outside {biz} [[is swinging a broken bottle around]] at people walking past.
## violence
c dispute :: VERBAL DISPUTE PER 1ST CALLER | 2ND CALLER: [[MALE SLAMMED FEMALE INTO THE CAR]]
c domestic :: DV | NO WEAPONS SEEN | [[HE THEN PUNCHED HER IN THE FACE]] | SUSP STILL ON SCENE
c fight :: [[FIGHT IN PROGRESS]] IFO {biz} | 6-8 SUBJS | WPNS UNK
c fight :: [[2 F ROLLING ON THE GROUND PULLING HAIR]] | PARKING LOT OF {biz}
c juvenile :: JUVS AT BUS STOP | [[GROUP STOMPING ON A KID WHO IS ON THE GROUND]]
c welfare :: WELF CHK ELDERLY F | RP IN SAME ROOM SAW [[CAREGIVER SLAPPING HER]] | CAREGIVER STILL THERE
c mental :: MO | {rel} OFF MEDS | Q: IS HE VIOLENT? A: [[HE JUST THREW A CHAIR AT HIS MOTHER]]
c dispute :: Q: PHYSICAL? A: [[YES HE SHOVED HER INTO THE DOORFRAME]] | Q: WEAPONS? A: NO | Q: EMS? A: REFUSED
c noise :: NOISE COMPL | UPDT FROM RP: NOW CAN SEE THRU OPEN DOOR [[MALE BEATING ANOTHER MALE WITH HIS FISTS]]
c trespass :: UNWANTED SUBJ | [[SUBJ SHOVED THE MANAGER]] AND WALKED BACK INSIDE
c intox :: INTOX M | NO WEAPONS | INJ: NEG | [[IS KICKING PEOPLE WHO WALK BY]]
c domestic :: FAMILY TRBL | Q: ANY HITTING? A: [[HE CHOKED HER A FEW MIN AGO]] | SHE IS IN BATHROOM W/ KIDS
c fight :: FIGHT JUST ENDED | [[MALE WAS JUMPED BY 3 OTHERS]] WHO ARE STILL ON THE CORNER
c civil :: CUSTODY EXCHANGE | [[FATHER DRAGGED THE CHILD OUT OF MOTHER'S CAR]] BY THE ARM
c susp :: SUSP PERS | [[CHASING A WOMAN DOWN {street}, KNOCKED HER DOWN]]
c juvenile :: TRBL W/JUV | [[15 YO SON PUNCHING HIS FATHER]] RIGHT NOW | DAD ON LINE
c animal :: DOG COMPLAINT | OWNER [[SHOVED AND KICKED RP WHEN SHE TRIED TO INTERVENE]]
c assist :: CITIZEN ASSIST | RP IN LOBBY STATES [[BOYFRIEND JUST HIT HER WITH HIS FIST IN THE PARKING LOT]]
c welfare :: UNIT {unit} UPDT: [[SUBJS FIGHTING ON ARRIVAL]], REQ ADDL UNITS
c harass :: HARASSMENT ONGOING | TODAY [[NEIGHBOR SPIT ON HER AND PUSHED HER]] OFF THE STEP
c dispute :: ROOMMATE DISPUTE | WAS VERBAL | [[NOW THROWING PLATES AT EACH OTHER]]
c domestic :: DVNA ORIGINALLY | 2ND CALL FROM SAME ADDR: [[FEMALE SCREAMING "HE IS HITTING ME"]]
c mental :: EDP AT SHELTER | [[HEADBUTTED A STAFF MEMBER]] | NO WPNS
c noise :: PARTY | [[BRAWL IN BACKYARD]] PER 3RD CALLER | 20+ PPL
c traffic :: MINOR MVA | NO INJ | [[DRIVERS NOW FIGHTING IN THE ROAD]]
c property :: PROPERTY PICKUP WENT BAD | [[EX TACKLED HIM IN THE DRIVEWAY]]
c juvenile :: SCHOOL REQ | [[STUDENT BODY SLAMMED A TEACHER]] IN HALLWAY
c intox :: ETOH F | [[BITING THE SECURITY GUARD]] AT {biz}
c welfare :: NURSING HOME STAFF RPT [[RESIDENT STRIKING OTHER RESIDENTS WITH HIS CANE]]
c dispute :: BUSINESS/CUSTOMER DISPUTE | CONSC Y BREATHING Y | [[CUSTOMER GRABBED CLERK BY THE THROAT]]
c domestic :: HX OF DV 2019 | TODAY: [[HE PINNED HER AGAINST THE WALL]] | NO WPNS SEEN
c unknown :: RP HEARD THUMPS | UPDT: RP [[SEES MALE HITTING FEMALE THROUGH WINDOW]]
c fight :: [[ASSAULT JUST OCCURRED]] | VICTIM IN LOBBY, SUSP ON FOOT IN AREA
c civil :: NEIGHBOR DISPUTE OVER TREE | [[NEIGHBOR PUSHED RP OFF HIS LADDER]] | RP UP AND WALKING
c susp :: GROUP HARASSING UNHOUSED M | [[THROWING ROCKS AT HIM]]
c mental :: Q: HAS HE HURT ANYONE? A: [[HE HIT HIS SISTER ABOUT 5 MIN AGO]] | Q: WPNS? A: NONE
c welfare :: Q: IS HE VIOLENT A: NOT RIGHT NOW | Q: HAS HE BEEN? A: [[SHOVED HER INTO THE DOOR 10 MIN AGO]]
c domestic :: RP {relf} | Q: DID HE PUT HANDS ON YOU? A: [[YES, GRABBED MY NECK]] | Q: NEED EMS? A: NO
c fight :: DISTURBANCE | [[MULTIPLE SUBJS THROWING PUNCHES]] IN {biz} LOT
c trespass :: TRESPASSER IN STAIRWELL | WHEN ASKED TO LEAVE [[HE SHOVED RP DOWN]]
c juvenile :: 2 JUVS AT BUS SHELTER | [[ONE ON THE GROUND BEING KICKED]]
c assist :: MOTORIST ASSIST | [[PASSENGER STRIKING THE DRIVER REPEATEDLY]] AT PUMP 4
c susp :: SUSP PERS AT TRAIN PLATFORM | [[PUSHING PEOPLE AT RANDOM]] TOWARD THE EDGE
c dispute :: INITIALLY VERBAL | NOW [[WRESTLING OVER THE CAR KEYS, HE TWISTED HER ARM]]
c welfare :: CHECK WELLBEING | NO WEAPONS | NO INJ SEEN | [[SUBJ CHOKING HIS ROOMMATE]] PER UPDATE
c fireworks :: FIREWORKS COMPL | [[GROUP THROWING LIT FIREWORKS AT A HOMELESS MAN]]
c mental :: MENTAL SUBJ AT LIBRARY | [[PUNCHED A PATRON]] AND SAT BACK DOWN
c dispute :: TENANT V TENANT | [[ONE DRAGGED THE OTHER DOWN THE HALLWAY]]
c domestic :: DVA | [[SUSP KICKED IN BEDROOM DOOR AND HIT HER]] | NO WPNS
c intox :: INTOX SUBJS X2 | [[ONE HITTING THE OTHER W/ FISTS]] | CONSC Y
c fight :: FIGHT JUST BROKE UP | PARTIES STILL IN LOT | [[ONE THREW THE OTHER AGAINST A CAR]]
w domestic :: My upstairs neighbors are fighting. From the stairwell I can see him [[hitting her]] and she's crying. This is the third time this month.
w fight :: There are two guys [[punching each other]] outside the laundromat on {street}.
w dispute :: My roommate and I had an argument and [[he shoved me into the wall]]. He's in his room now. I want him out.
w juvenile :: Some teenagers are [[beating up a younger kid]] behind the rec center right now.
w intox :: A drunk customer at {biz} [[just swung at the cashier and connected]]. He's still inside.
w welfare :: I'm at {park}. A man is [[dragging a woman by her hair]] toward the parking lot.
w civil :: We were doing a custody handoff and [[her new boyfriend punched me]] in front of my daughter. He's still standing in the lot.
w harass :: This guy has been bothering me on the bus for weeks. Today [[he grabbed me and pushed me off the bus]] at {street}.
w traffic :: After a fender bender the other driver [[got out, kicked my door and then hit me]].
w noise :: The loud party next door turned into [[people throwing bottles at each other]] in the street.
w mental :: My son has autism and is in a meltdown. He [[is hitting his grandmother]] and I can't stop him.
## threat
c dispute :: NEIGHBOR DISPUTE | NO WPNS SEEN | [[NEIGHBOR SAID HE WILL COME BACK AND KILL HER]] TONIGHT
c harass :: HARASSMENT VIA TEXT | LATEST: [["I KNOW WHERE YOUR KIDS GO TO SCHOOL, I'LL HURT THEM"]]
c domestic :: VERBAL ONLY | Q: THREATS? A: [[YES SAID HE WOULD BURN THE HOUSE DOWN WITH HER IN IT]]
c trespass :: EX AT DOOR | [[SAYING HE WILL BEAT RP WHEN HE GETS IN]] | BANGING
c juvenile :: STUDENT POSTED [[THREAT TO SHOOT UP THE SCHOOL]] TOMORROW | SCREENSHOT HAS NAME
c mental :: MO | SUBJ STATING [[HE IS GOING TO STAB HIS BROTHER WHEN HE GETS HOME]]
c civil :: CUSTODY | FATHER [[THREATENED TO TAKE THE KIDS AND SHOOT ANYONE WHO STOPS HIM]]
c dispute :: CUSTOMER AT {biz} | [[SAID HE IS GOING TO GET HIS GUN AND COME BACK FOR THE MANAGER]]
c traffic :: ROAD RAGE | DRIVER [[FOLLOWING RP SAYING HE WILL RUN HER OFF THE ROAD]]
c welfare :: WELF CHK REQ | {relf} GOT VM FROM BF [[SAYING SHE WON'T LIVE THROUGH THE NIGHT]]
c harass :: HARR COMPL | NO PRIOR THREATS | TODAY [[NOTE ON DOOR: "YOU'RE DEAD WHEN I SEE YOU"]]
c intox :: INTOX M | [[TELLING BAR STAFF HE WILL SLIT THEIR THROATS]]
c assist :: RP AT FRONT DESK | [[LANDLORD TOLD HER HE'D BREAK HER LEGS]] IF NOT OUT BY 5
c domestic :: DVNA | Q: HAS HE MADE THREATS? A: [[SAID "ONE OF US IS LEAVING IN A BODY BAG"]]
c unknown :: CALLER ADVS [[CO-WORKER SAID HE IS BRINGING A RIFLE TO WORK TOMORROW]] TO "SETTLE THINGS"
c dispute :: LANDLORD TENANT | [[TENANT THREATENING TO STAB LANDLORD]] | NO WPN SEEN YET
c susp :: SUSP M AT BUS STOP | [[TELLING WOMEN HE WILL RAPE THEM]]
c mental :: EDP | PER CASE MGR [[CLIENT SAID HE WILL KILL HIS PSYCHIATRIST]], KNOWS WHERE SHE LIVES
c juvenile :: TRBL W/JUV | 16 YOA [[TOLD HIS MOTHER HE WILL STRANGLE HER IN HER SLEEP]]
c noise :: NOISE DISPUTE | [[NEIGHBOR YELLED HE WILL SHOOT RP'S DOG AND THEN RP]]
c harass :: EX-BF TEXTING | [["I'LL BE OUTSIDE YOUR JOB AT 5 WITH A BAT FOR YOUR HEAD"]]
c welfare :: NO WEAPONS | NO INJ | Q: ANY THREATS? A: [[YES, TOLD NEIGHBOR HE'D CUT HIM]]
c theft :: PAST THEFT, SUSP KNOWN | [[SUSP NOW CALLING RP SAYING HE'LL KILL HIM IF HE REPORTS IT]]
c civil :: EVICTION TOMORROW | [[TENANT SAYS HE WILL SHOOT THE BAILIFF]]
c dispute :: PARKING DISPUTE | [[SUBJ SAID HE WILL SMASH RP'S HEAD IN]] | STILL IN LOT
c assist :: BANK MGR RPT | [[CUSTOMER SAID HE'S COMING BACK TO BLOW THE BRANCH UP]]
c domestic :: 2ND CALLER: {relf} | [[HE TOLD HER TONIGHT HE'S GOING TO END HER]]
c trespass :: FORMER EMPLOYEE IN LOT | [[THREATENING TO HURT THE OWNER]] | REFUSING TO LEAVE
c harass :: ONLINE HARR | [[POSTED RP'S ADDRESS AND SAID HE'S COMING TO HURT HER]]
c mental :: MENTAL CRISIS | NOT SUICIDAL | [[SAYS HE WILL HURT THE NEXT PERSON WHO TALKS TO HIM]]
c juvenile :: JUV TXT THREAT | [["BRINGING MY DADS GUN MONDAY FOR ALL OF YOU"]] | SCHOOL ADMIN CALLING
c dispute :: FAMILY ARGUMENT | [[UNCLE THREATENED TO STAB NEPHEW]] | WPNS: NONE SEEN
c welfare :: CB FROM RP: [[HER HUSBAND THREATENED TO KILL HER IF SHE CALLS POLICE]]
c susp :: SUSP VEH | DRIVER TOLD RP [["KEEP LOOKING AND I'LL PUT YOU IN THE GROUND"]]
c unknown :: ANON CALLER | [[MALE AT {addr} THREATENING TO KILL HIS WIFE]] | OVERHEARD FROM HALLWAY
c dispute :: ROOMMATE ARGUMENT | Q: WPNS? A: NO | Q: THREATS? A: [[ROOMMATE SAID HE'D SMOTHER HIM IN HIS SLEEP]]
c domestic :: PRIOR DV | TODAY [[BF STATED HE WILL SHOOT HER WHEN SHE GETS HOME]]
c harass :: CALLER ADVS [[STALKER SENT A PIC OF HER HOUSE SAYING "TONIGHT YOU PAY"]]
c intox :: INTOX SUBJ AT GAS STATION | [[SAYING HE'LL TORCH THE PUMPS WITH THE CLERK INSIDE]]
c assist :: RP REQ STANDBY | [[EX THREATENED TO SHOOT HIM IF HE COMES FOR HIS STUFF]]
c juvenile :: JUV | [[THREATENED TO KNIFE A CLASSMATE AT THE BUS STOP]]
c welfare :: NEIGHBOR CONCERNED | [[SUBJ TOLD HER HE WILL KILL THE NEXT PERSON ON HIS PORCH]] | NO WPN SEEN
c dispute :: Q: PHYSICAL? A: NO | Q: WEAPONS? A: NOT SEEN | Q: THREATS? A: [[SAID HE'LL PUT HER IN THE HOSPITAL]]
c harass :: HARR | NO CONTACT ORDER EXPIRED | EX LEFT VM: [["I'M GOING TO MAKE SURE YOU NEVER WALK AGAIN"]]
w harass :: My ex keeps texting me. Tonight he wrote that [[he's going to kill me and my new boyfriend]] and that he's on his way.
w dispute :: The man next door just yelled over the fence that [[he's going to shoot me]] if I park there again. He's still outside.
w juvenile :: Someone in my son's group chat [[said he's going to stab him]] at school tomorrow and sent a picture of a knife.
w domestic :: My sister's husband [[told her he would kill her]] if she left. She's at my house now and he knows where I live.
w welfare :: My coworker told me [[he plans to hurt our supervisor]] tomorrow and has been talking about it all week.
w noise :: I asked the upstairs tenant to turn the music down and [[he said he'd break my jaw]] if I knock again. He's standing in the hallway.
w trespass :: There's a man at our gate who got fired last week. [[He keeps saying he'll hurt someone]] if they don't let him in.
w civil :: My landlord came by and [[said he'll have someone beat me]] if I don't move out by Friday.
w harass :: Reporting a threat. A customer [[said he will come back and shoot up the store]].
w traffic :: The driver of a {veh} followed me into the {biz} lot and [[said he was going to kill me]]. He's still parked next to me.
w mental :: My uncle is yelling that [[he's going to burn the building down with everyone inside]]. He's not suicidal, just very angry.
## injury
c welfare :: WELF CHK | NO WEAPONS SEEN | INJ: [[Y - CUT ON HEAD, BLEEDING A LOT]]
c medical :: FALL | {age} YOF | [[CANT GET UP, HIP LOOKS DEFORMED]] | CONSC Y BREATHING Y
c intox :: INTOX SUBJ | BREATHING? [[SHALLOW, SNORING SOUNDS]] | CONSC? [[NO]]
c medical :: CARD 10 CHEST PAIN | [[CP RADIATING TO LEFT ARM]], SWEATY | {age} YOM
c welfare :: PERSON DOWN IFO {biz} | [[NOT RESPONDING TO VOICE]] | RP WON'T APPROACH
c intox :: POSS OD | [[BLUE IN THE FACE]] | NARCAN X1 BY BYSTANDER, NO CHANGE
c medical :: DIABETIC | [[BS 38, PT CONFUSED AND SWEATING]] | WIFE ON LINE
c mental :: MO | {relf} STATES SUBJ [[TOOK A HANDFUL OF HER XANAX]] 20 MIN AGO, GETTING DROWSY
c medical :: [[SEIZURE IN PROGRESS]] | 3RD ONE TODAY | {age} YOM
c welfare :: SLUMPED OVER WHEEL OF {veh} AT LIGHT | [[UNRESPONSIVE TO HORNS]] | ENGINE RUNNING
c medical :: EMD 09E01 | [[CPR IN PROGRESS]] BY FAMILY | {age} YOM
c medical :: [[DIB/SOB]] | {age} YOF | HX COPD | LIPS GREY
c assist :: LIFT ASSIST | {age} YOM ON FLOOR | Q: INJURED? A: [[YES HIT HEAD ON TABLE, BLOOD ON FLOOR]]
c fight :: FIGHT OVER, SUSPS GONE | [[VICTIM HAS A DEEP GASH ON ARM]] | CONSC Y
c dispute :: VERBAL DISPUTE | NO WPNS | NO THREATS | [[ELDERLY FATHER COLLAPSED DURING ARGUMENT]]
c juvenile :: CHILD [[SWALLOWED A BUTTON BATTERY]] | BREATHING Y | PARENT ON LINE
c welfare :: CHECK WELLBEING | NEIGHBOR NOT SEEN 3 DAYS | [[CAN SEE HIM THRU WINDOW ON FLOOR NOT MOVING]]
c traffic :: MVA | [[PEDESTRIAN STRUCK]] | {street} & MAIN | VEH STOPPED
c intox :: ETOH M | VOMITING | [[NOW UNCONSCIOUS]], SNORING RESPIRATIONS
c mental :: MENTAL SUBJ | Q: INJURY? A: [[CUT HIS HAND PUNCHING A WINDOW, BLEEDING HEAVY]]
c welfare :: UNHOUSED F AT BUS SHELTER | [[FEET BLACK, POSS FROSTBITE]], CONFUSED
c medical :: ALS REQ | [[LOC X 2 MIN]] | NOW ALERT | {age} YOF
c medical :: [[UNC/UNR]] PT IN {biz} RESTROOM | STAFF FORCED DOOR
c medical :: CODE 3 | [[ALLERGIC RXN, THROAT SWELLING]] | EPI PEN USED
c assist :: CITASST | {age} YOF [[FELL DOWN STAIRS, COMPLAINING OF NECK PAIN]]
c animal :: DOG BITE | [[CHILD BITTEN ON FACE, BLEEDING]] | DOG SECURED
c unknown :: 1ST CALLER SAID DRUNK SLEEPING | 2ND CALLER ADVS [[MALE LYING IN ALLEY W/ HEAD INJURY]]
c intox :: RP FOUND {rel} | [[OVERDOSED ON FENTANYL]], GURGLING
c noise :: LOUD BANG THEN QUIET | UPDT: [[WORKER FELL FROM SCAFFOLD, NOT MOVING]]
c welfare :: Q: CONSC? A: YES | Q: BREATHING? A: YES | Q: ALERT? A: [[NO, WON'T ANSWER, EYES ROLLING BACK]]
c medical :: PREGNANT F {age} | [[HEAVY BLEEDING]] | 30 WKS
c medical :: HEAT EMERGENCY | [[STOPPED SWEATING, CONFUSED, COLLAPSED]] AT {park}
c susp :: SUSP PERS ON PORCH | UPDT: [[HE IS BLEEDING FROM THE STOMACH]], ASKING FOR HELP
c medical :: [[STROKE SX - FACIAL DROOP, SLURRED SPEECH]] | ONSET 20 MIN
c intox :: INTOX F | [[CAN'T WAKE HER, LIPS PURPLE]]
c welfare :: ELDERLY M | NO WPNS | [[FOUND OUTSIDE IN 10 DEGREES, SHIVERING, NOT MAKING SENSE]]
c juvenile :: [[TODDLER FELL FROM 2ND FLOOR WINDOW]] | CRYING | MOM HOLDING HIM
c assist :: Q: CONSC/BREATHING: [[N/Y]] | PT AT BUS STOP | RP IS DRIVER
c medical :: CARD 17 FALLS | [[LONG FALL FROM ROOF]] ~12 FT | {age} YOM
c mental :: MO | NOT SI PER ROOMMATE | [[DRANK BLEACH]], VOMITING
c dispute :: AFTER ARGUMENT {rel} [[GRABBED HIS CHEST AND WENT DOWN]]
c fight :: FIGHT WAS EARLIER | NOW [[VICTIM VOMITING, HEAD WOUND]]
c welfare :: NO WEAPONS SEEN | NO FIGHT | [[MALE ON SIDEWALK WITH A BROKEN LEG, BONE SHOWING]]
c intox :: Q: BREATHING? A: [[BARELY, GASPING]] | Q: DRUGS? A: PILLS UNK TYPE | {biz} BATHROOM
c medical :: SICK PERSON | [[SEVERE ABD PAIN, VOMITING BLOOD]] | {age} YOM
c welfare :: WELFARE CITIZEN | ELDERLY F [[FELL IN TUB, CAN'T MOVE LEGS]] | SON AT DOOR, LOCKED
w welfare :: There's a man lying on the sidewalk on {street} and [[he isn't breathing that I can tell]]. I'm scared to touch him.
w medical :: My grandma fell in the bathroom and [[hit her head, there's a lot of blood]]. She's awake but confused.
w intox :: My friend took something at a party and [[won't wake up]]. His breathing sounds weird.
w juvenile :: My 4 year old [[got into the dishwasher pods and ate one]]. He's coughing.
w welfare :: I'm texting from {biz}. A woman in the parking lot [[is having a seizure]] next to her car.
w medical :: My husband has [[bad chest pain and his left arm is numb]]. We can't drive.
w traffic :: [[A cyclist got hit by a car]] on {street}. He's on the ground and not moving.
w mental :: My roommate has been depressed but says she isn't suicidal. I just found out [[she took like 30 Tylenol]] an hour ago.
w assist :: My dad is diabetic and [[his sugar is 42 and he's slurring]]. We gave juice but he's getting worse.
w intox :: Guy passed out at the bus stop outside {biz}. [[We can't wake him and his lips are blue]].
w welfare :: I was walking my dog and [[found a person face down in the creek]] by {park}.
w fight :: There was a fight and it's over now but [[the guy who lost has a big cut on his head and is bleeding a lot]].
## suicide
c suicide :: [[SUBJ ON BRIDGE RAILING]] {street} OVERPASS | LEGS OVER SIDE
c mental :: MO | {rel} STATES [[HE HAS A ROPE AND PLANS TO HANG HIMSELF TONIGHT]]
c welfare :: WELF CHK | [[TEXTED GOODBYE TO FAMILY, SAID THE PILLS ARE READY]]
c suicide :: SI | Q: PLAN? A: [[YES, GUN IN THE CAR]] | Q: WPNS? A: SEE ABOVE
c suicide :: Q: THOUGHTS OF SELF HARM A: YES | Q: PLAN A: [[JUMP OFF PARKING GARAGE]] | Q: WHERE A: GARAGE LEVEL 5
c welfare :: Q: SI? A: [[YES, ALREADY CUT HER WRISTS]] | Q: WPNS? A: RAZOR
c suicide :: [[PERSON STANDING ON TRACKS]] NEAR {street} CROSSING | WON'T MOVE
c mental :: EDP | {relf} [[LOCKED IN BATHROOM W/ RAZOR SAYING SHE WANTS TO DIE]]
c intox :: INTOX M | [[SAYS HE TOOK ALL HIS PILLS TO END IT]]
c suicide :: SUICIDAL SUBJ | NO WPNS AT FIRST | UPDT: [[FOUND HIS FATHER'S PISTOL, SAYS IT'S FOR HIMSELF]]
c welfare :: ROOMMATE [[LEFT A SUICIDE NOTE]] AND CAR IS GONE
c juvenile :: SCHOOL COUNSELOR | 14 YOF [[HAS A PLAN TO OVERDOSE TONIGHT]], HAS MEDS AT HOME
c suicide :: [[CAR RUNNING IN CLOSED GARAGE]] W/ {rel} INSIDE, DOOR LOCKED
c mental :: PASSIVE SI PER HX | TODAY [[HOLDING A KNIFE TO HIS OWN THROAT]]
c suicide :: 988 TRANSFER | [[CALLER HAS BOTTLE OF OXY, COUNTING THEM OUT]] | LOC {addr}
c welfare :: {rel} ON ROOF {addr} | [[THREATENING TO JUMP]]
c suicide :: SUBJ [[SITTING ON LEDGE OF 6TH FLOOR BALCONY]]
c dispute :: AFTER BREAKUP | [[BF SAYS HE'LL KILL HIMSELF IF SHE LEAVES, HAS GUN]]
c suicide :: [[SUICIDE ATTEMPT]] | HANGING, CUT DOWN BY {relf} | CONSC Y
c mental :: MO | Q: SI A: YES | Q: PLAN A: [[DRIVE INTO A TREE]] | Q: MEANS A: HAS KEYS, IN {veh}
c welfare :: DENIES HI | [[ADMITS SI WITH PLAN TO USE HIS INSULIN]]
c suicide :: [[SUBJ IN RIVER UP TO CHEST]] AT {park} SAYING GOODBYE
c mental :: {age} YOM VETERAN | [[WROTE WILL TODAY, CLEANING HIS REVOLVER, SAYS HE'S DONE]]
c suicide :: NO WPNS IN HOME | [[SUBJ HAS BAG OF PILLS, SAYS TAKING THEM TONIGHT]]
c juvenile :: JUV POSTED [[VIDEO SAYING "THIS IS MY LAST DAY"]] W/ PILLS IN FRAME
c assist :: RP REQ CRISIS TEAM | CALM | UPDT: [[SUBJ JUST SWALLOWED A BOTTLE OF SLEEPING PILLS]]
c suicide :: SI | DENIES WEAPONS | [[STANDING AT EDGE OF QUARRY]]
c suicide :: [[ATTEMPTED TO HANG SELF IN CLOSET]], {relf} INTERRUPTED
c intox :: DRUNK M ON {street} OVERPASS | [[CLIMBING OVER FENCE SAYING HE'S GOING TO JUMP]]
c mental :: [[SUICIDAL W/ PLAN AND MEANS]] PER CLINICIAN | CLIENT LEFT OFFICE 10 MIN AGO
c suicide :: 2ND CALLER: [[SUBJ ON RR TRESTLE, TRAIN DUE]]
c welfare :: PER EX-WIFE [[HE SAID HE'D SHOOT HIMSELF WHEN THE KIDS ARE ASLEEP]]
c suicide :: [[SELF INFLICTED CUTS TO ARMS]], STATES WANTED TO DIE
c suicide :: CALLER IS SUBJ | [[HOLDING LOADED PISTOL, SAYS HE'S GOING TO USE IT ON HIMSELF]]
c mental :: Q: SUICIDAL? A: [[YES]] | Q: PLAN? A: [[PILLS, HAS THEM IN HAND]] | Q: ALONE? A: YES
c welfare :: NO INJ | NO WPNS SEEN | [[SUBJ TIED A BELT TO THE STAIR RAIL]], SAYING SORRY
c suicide :: DENIES HI, NO WEAPONS | Q: INTENT? A: [[TONIGHT, HAS SAVED UP HIS MEDS]]
c intox :: ETOH | [[SITTING IN CAR ON TRACKS AT {street} CROSSING]]
c suicide :: [[TEXTED 988 HE IS ON THE ROOF OF {biz}]] | CRISIS LINE TRANSFER
c mental :: 25A? NO - SUICIDAL | [[SUBJ SAYS SHE SWALLOWED 40 OF HER LITHIUM]]
c suicide :: UNIT {unit} ON SCENE: [[SUBJ ON WRONG SIDE OF GUARDRAIL]], TALKING
w suicide :: I don't want to talk on the phone. [[I have the pills in front of me and I'm going to take them tonight]]. I'm at {addr}.
w welfare :: My friend just posted a goodbye message and [[said she's at the {street} bridge]]. Please hurry.
w mental :: My brother texted me that [[he bought a gun today to kill himself]]. He lives alone at {addr}.
w suicide :: I'm sitting on the train tracks near {street}. [[I'm going to let the train hit me]].
w juvenile :: My 15 year old son [[cut himself badly and says he wants to die]]. He's locked in his room.
w welfare :: A man is [[standing on the outside of the railing at the parking garage]] on {street}, looks like he's going to jump.
w suicide :: I already [[took a bottle of my sleeping pills]]. I just wanted someone to know.
w mental :: My wife [[tied a cord in the closet and said she'd use it]] if I leave the house.
w intox :: My roommate is drunk and [[says he's going to drive his car off the pier]]. He has the keys.
w welfare :: My neighbor's note on his door says [["don't come in, call the police, I'm sorry"]] and his car's in the driveway.
w suicide :: Texting for my mom. [[She's in the bathtub with a razor saying she wants it over]].
## police_only
c burglary :: [[BURGLARY IN PROGRESS]] | RP HEARS SOMEONE IN BASEMENT | RP HIDING UPSTAIRS
c susp :: SUSP PERS | [[TRYING CAR DOOR HANDLES DOWN THE BLOCK RIGHT NOW]]
c theft :: [[VEH BEING STOLEN]] FROM DRIVEWAY {addr} | {veh}
c traffic :: [[WRONG WAY DRIVER]] ON {street} | {veh}
c traffic :: POSS DUI | [[{veh} SWERVING ALL LANES, NEARLY HIT MEDIAN]] | NB
c juvenile :: [[3 YO WALKING ALONE IN ROAD]] IN DIAPER, NO ADULT | {street}
c child :: [[KIDS LEFT ALONE IN HOT CAR]] AT {biz} | WINDOWS UP
c missing :: [[MISSING 81 YOM W/ DEMENTIA]] | LEFT {addr} 2 HRS AGO ON FOOT
c trespass :: TRESPASSER | [[REFUSING TO LEAVE, GETTING IN STAFF FACES, SCREAMING]] | NO WPNS
c susp :: [[MALE EXPOSING HIMSELF]] TO KIDS AT {park} PLAYGROUND | STILL THERE
c theft :: [[SHOPLIFTER STILL IN STORE]] W/ BAG OF MEAT | LP WATCHING
c burglary :: [[SOMEONE JUST KICKED IN NEIGHBOR'S DOOR]], STILL INSIDE
c theft :: [[ROBBERY JUST OCCURRED]] AT {biz} | SUSP FLED NB ON FOOT, STILL IN AREA
c susp :: SUSP VEH | [[OCCS CUTTING CATALYTIC CONVERTER OFF A CAR]] IN LOT
c traffic :: [[DRUNK DRIVER JUST LEFT {biz} IN {veh}]], COULD BARELY WALK
c child :: CHILD CALLER | [[5 YO HOME ALONE WITH 2 SIBLINGS]], PARENTS AT STORE
c missing :: [[MISSING 9 YO]], DIDN'T COME HOME FROM SCHOOL | LAST SEEN 1500
c burglary :: ALARM CO | [[MOTION IN 3 ZONES, GLASS BREAK]] | KEYHOLDER ENRT
c trespass :: [[UNKNOWN PERSON JUST CLIMBED IN THE WINDOW OF VACANT HOUSE]] {addr}
c theft :: [[PACKAGE THIEF ON PORCH NOW]] | {veh} WAITING AT CURB
c susp :: [[SUBJ PEERING IN WINDOWS AND TRYING BACK DOOR]] AT {addr}
c traffic :: [[STREET RACING]] {street} | 2 VEHS 100+ MPH
c child :: [[INFANT LEFT IN CART]] IN {biz} LOT, NO PARENT IN SIGHT 10 MIN
c missing :: [[MISSING AUTISTIC 12 YOM]], NONVERBAL, LAST SEEN NEAR RIVER
c theft :: [[SUSP BREAKING INTO VENDING MACHINE]] IN LAUNDROMAT NOW
c burglary :: RP RETURNED HOME | [[BACK DOOR PRIED, HEARS FOOTSTEPS INSIDE]]
c trespass :: EX-EMPLOYEE | [[WON'T LEAVE, BLOCKING EXIT AND SCREAMING IN MANAGER'S FACE]]
c susp :: [[M MASTURBATING IN {veh}]] IFO SCHOOL | STILL THERE
c traffic :: [[CHILD HANGING OUT OF WINDOW OF MOVING CAR]] ON {street} | {veh}
c child :: [[TODDLER ON 3RD FLOOR WINDOW LEDGE]], NO ADULT RESPONDING
c missing :: [[MISSING {age} YOF, DIABETIC, NO MEDS]], LEFT IN {veh}
c theft :: [[2 MALES SIPHONING GAS FROM CARS IN LOT RIGHT NOW]]
c burglary :: [[SUBJS LOADING TOOLS FROM CONSTRUCTION SITE INTO TRUCK]] AT 0300
c assist :: RP REQ STANDBY | UPDT: [[EX IS INSIDE HER APT NOW, BROKE IN THRU WINDOW]]
c traffic :: HIT AND RUN | [[OTHER DRIVER VERY DRUNK, TRYING TO DRIVE OFF NOW]]
c juvenile :: [[JUVS BREAKING INTO CARS IN GARAGE]] LEVEL 2 NOW
c susp :: SUSP M [[FOLLOWING A YOUNG GIRL HOME FROM BUS STOP]]
c theft :: BIKE THEFT [[IN PROGRESS, CUTTING LOCK AT RACK]]
c civil :: CUSTODY DISPUTE | [[FATHER TOOK CHILD IN VIOLATION OF PROTECTION ORDER, LEAVING NOW]]
c child :: [[CHILD LOCKED OUT IN COLD]] IN T-SHIRT, 6 YOA, PARENTS WON'T ANSWER
c missing :: NURSING HOME | [[RESIDENT MISSING SINCE 0600]], WANDERS, NO COAT
c traffic :: [[VEH DRIVING ON SIDEWALK]] NEAR SCHOOL AT DISMISSAL
c trespass :: [[SQUATTERS BREAKING LOCK ON UNIT]] RIGHT NOW
c susp :: NO WPNS SEEN | NO ONE HURT | [[2 SUBJS PRYING OPEN THE ATM]] AT {biz}
c theft :: Q: IS SUSP STILL THERE? A: [[YES, HIDING IN THE FITTING ROOM WITH THE JACKETS]]
c traffic :: Q: IS HE DRIVING NOW? A: [[YES, JUST PULLED OUT OF THE BAR LOT, CAN'T STAY IN LANE]]
c child :: NO INJ | NO WPNS | [[2 YO WANDERING IN APT PARKING LOT, NO ADULT FOR 20 MIN]]
c burglary :: 2ND CALLER SAME | [[MALE INSIDE CLOSED {biz}, FLASHLIGHT MOVING]]
w burglary :: Someone is [[trying to open my back door right now]]. I'm inside with my kids and I don't know who it is.
w theft :: I'm watching two people [[steal the catalytic converter off my car]] in my driveway at {addr}.
w traffic :: There's a [[drunk driver in a {veh} weaving across {street}]]. He almost hit a bus.
w missing :: My father has Alzheimer's and [[walked out of the house an hour ago]], we can't find him. He has no phone.
w child :: There's [[a little kid, maybe 3, alone at the bus stop]] on {street} crying for his mom.
w susp :: A man [[is exposing himself at the laundromat]] on {street} right now.
w trespass :: An ex-tenant [[broke back into the apartment and won't leave, screaming at us]].
w theft :: I'm at {biz}. A guy just [[grabbed a TV and is walking out past the registers]].
w burglary :: I came home and [[my door is kicked in, I hear someone upstairs]].
w child :: Texting from work. My neighbor [[left her baby alone all day again]], I can hear it crying.
w traffic :: Someone is [[driving a pickup on the {park} soccer field]] in circles with kids around.
w missing :: My sister is bipolar and off her meds and [[has been missing since yesterday]], she walked away barefoot.
## uncertainty
c unknown :: [[OPEN LINE]], [[SCREAMING IN BACKGROUND]] | NO RESPONSE TO CALL-TAKER
c unknown :: [[CALLER WHISPERING, CAN'T TALK]] | ANS YES/NO ONLY | ADDR {addr}
c unknown :: [[CALL DROPPED AFTER F SAID "HELP ME"]] | CB GOES TO VM
c unknown :: UNK TRBL | RP [[HEARD GLASS BREAK AND A WOMAN YELLING]] NEXT DOOR
c welfare :: WELF CHK | [[FRONT DOOR WIDE OPEN, BLOOD ON THE STEPS]], NO ONE ANSWERING
c unknown :: 911 HANG UP | ON CB [[MALE SAID WRONG NUMBER, FEMALE CRYING IN BACKGROUND]]
c domestic :: [[HEARD THUD AND SCREAMING]] FROM UNIT {n}B | NOT SEEN
c unknown :: [[TEXT TO 911 STOPPED RESPONDING]] MID CONVERSATION | LAST MSG "HE'S BACK"
c noise :: NOISE COMPL | NOW [[SOUNDS OF A STRUGGLE AND SOMEONE CHOKING]] THROUGH WALL
c unknown :: Q: ARE YOU [[SAFE TO TALK? A: NO]] | Q: IS HE THERE? A: YES
c unknown :: [[CALLER ORDERING PIZZA]] - POSS DV CODE | ANSWERS YES/NO
c welfare :: NEIGHBOR [[HEARD A WOMAN SCREAM "STOP" THEN SILENCE]]
c unknown :: [[OPEN LINE - SOUNDS OF SLAPPING AND CRYING]]
c unknown :: [[UNKNOWN NATURE EMERGENCY]] | CALLER SAID COME QUICK AND HUNG UP
c unknown :: ALARM CO | [[PANIC BUTTON ACTIVATED]] AT {biz}, NO CB ANSWER
c unknown :: CELL CALL | [[CALLER SCREAMING, UNINTELLIGIBLE]] | PHASE 2 LOC {street}
c unknown :: [[SILENT CALL, TAPPED TWICE]] WHEN ASKED IF NEEDS POLICE
c welfare :: [[CHILD CALLED SAYING DADDY IS YELLING AND MOMMY WON'T GET UP]], THEN DISCONNECTED
c susp :: RP [[HEARD SCREAMS FROM THE WOODS]] NEAR {park} | CAN'T SEE ANYONE
c unknown :: TXT FROM UNK NUMBER [["CAN'T SPEAK, HE'S WATCHING"]] | LOC PENDING
c domestic :: 2ND CALLER NEIGHBOR: [[BANGING AND A WOMAN YELLING "GET OFF ME"]] - NOT SEEN
c welfare :: [[CAR DOOR OPEN, ENGINE RUNNING, PURSE ON GROUND]], NO ONE AROUND, {street}
c unknown :: [[LINE OPEN, MALE SAYING "SHUT UP OR ELSE", F SOBBING]]
c unknown :: [[CALLER HUNG UP WHEN ASKED ADDRESS]] | SOUNDED TERRIFIED
c noise :: RP HEARS [[YELLING "CALL 911" FROM UPSTAIRS]] | NOT SEEN
c welfare :: [[DOOR AJAR, DOG HOWLING INSIDE, STRONG ODOR]], TENANT NOT SEEN IN A WEEK
c unknown :: CALLER ADVS [["I CAN'T SAY, JUST SEND SOMEONE"]]
c unknown :: Q: POLICE, FIRE OR EMS? A: [[CALLER GASPS, LINE GOES DEAD]]
c domestic :: VERBAL PER RP | CB FROM SAME # [[OPEN LINE, F SAYING "PUT IT DOWN"]]
c unknown :: [[ABANDONED 911]] FROM {addr} | 3RD ONE THIS HR | [[CRYING AUDIBLE]]
c unknown :: [[CALLER SPEAKING IN CODE]], SAYS SHE IS "FINE" BUT ANSWERING YES TO ALL Q'S
c welfare :: UNIT {unit}: [[NO ANSWER AT DOOR, HEARD MOANING INSIDE]]
c susp :: [[MUFFLED SCREAMS FROM A VAN]] PARKED AT {biz}
c unknown :: [[DISCONNECT AFTER "HE HAS A"]] | CB NO ANS
c unknown :: TEXT: [["pls send help cant call"]] | NO FURTHER REPLY
c welfare :: RP'S FRIEND [[STOPPED MID-SENTENCE ON PHONE, HEARD A CRASH, NOW NOT ANSWERING]]
c juvenile :: [[KIDS SCREAMING INSIDE LOCKED APT]], ADULT VOICE YELLING
c unknown :: ELEVATOR PHONE | [[PERSON BREATHING HEAVY, NO VOICE, BANGING]]
c noise :: LOUD MUSIC | 2ND CALLER: [[MUSIC TURNED UP TO COVER SCREAMING]]
c unknown :: [[CALLER WHISPERED ADDRESS THEN LINE WENT DEAD]]
c unknown :: NO WEAPONS MENTIONED | INJ: UNK | [[CALLER CRYING, SAYS "HE'S COMING", DISCONNECTED]]
c welfare :: WELF CHK | CONSC? UNK | BREATHING? UNK | [[RP HEARD A GUNSHOT-LIKE BANG AND NOW NO ANSWER]]
c unknown :: Q: IS ANYONE HURT? A: [[CALLER: "I DON'T KNOW, THERE'S SO MUCH NOISE"]], THEN DROPPED
w unknown :: [[I can't talk. He's in the next room.]] I'm at {addr}, please send someone but don't call back.
w welfare :: I heard [[a woman screaming for help and then it just stopped]] in the apartment below me. I don't know what happened.
w noise :: There's [[banging and screaming coming from next door]], sounds like furniture being thrown. I can't see in.
w unknown :: [[Help. Can't say more. Stuck here with him.]] Near {street}.
w welfare :: My mom was on the phone with me and [[I heard a crash and she stopped answering]]. She lives alone at {addr}.
w susp :: I just heard [[someone yelling "let me go" from a car]] in the {biz} parking lot.
w domestic :: I'm texting for my friend who [[can't call because her boyfriend is right there]]. She sent me "come get me".
w unknown :: I heard [[what sounded like someone being dragged down the stairs]] in my building and a door slam. Nobody is answering.
w juvenile :: [[A kid keeps screaming "stop" next door]] and it's been going on for ten minutes.
w welfare :: Driving by {park} I [[saw someone face down and another person running away]]. I didn't stop.
w unknown :: I'm in the bathroom at {biz}. [[I can't call. A man followed me in here and won't leave the stall door.]]
## eligible:negated-danger
c welfare :: WELF CHK {age} YOM | CONSC Y BREATHING Y | NO INJ | NO WPNS | JUST CONFUSED ABOUT BUS ROUTE
c mental :: MO | {rel} ANXIOUS, WANTS TO TALK | DENIES SI/HI | NO WEAPONS IN HOME
c dispute :: VERBAL ONLY | Q: PHYSICAL? A: NO | Q: WPNS? A: NO | Q: THREATS? A: NO | PARTIES SEPARATED
c intox :: BREATHING? Y. CONSC? Y. ALERT? Y. JUST INTOX, SITTING ON CURB
c noise :: LOUD PARTY | NO FIGHTING | NO WEAPONS SEEN | JUST MUSIC AND TALKING
c susp :: SUSP PERS | NOT ARMED PER RP | NOT TRYING DOORS | JUST WALKING SLOWLY W/ A CART
c welfare :: ANY INJ: NEG | WEAPONS? NEG | HX VIOLENCE: NEG | SUBJ SITTING IN LOBBY CRYING
c domestic :: FAM ARGUMENT | NO ONE HURT | NO HITTING | NO WPNS | MOM WANTS ADULT SON TO LEAVE FOR THE NIGHT
c juvenile :: JUV PROBLEM | NOT FIGHTING | NO WEAPONS | KIDS YELLING AT EACH OTHER AT BUS STOP
c mental :: EDP? NO - CALM | NOT VIOLENT | NOT SUICIDAL | REQ RIDE TO CRISIS CENTER
c welfare :: PERSON DOWN? NO, SITTING UP | CONSC/BREATHING: Y/Y | REFUSES EMS, SAYS JUST TIRED
c trespass :: UNWANTED PERS | NOT AGGRESSIVE | NO WPNS | LEAVING SLOWLY, NEEDS RESOURCES
c dispute :: Q: ANYONE HURT? A: NO | Q: WEAPONS? A: NONE | Q: DRUGS/ETOH? A: BEER | ARGUING OVER RENT
c intox :: INTOX F | NOT UNCONSCIOUS | WALKING AND TALKING | WANTS RIDE HOME
c welfare :: Q: IS SHE BREATHING? A: YES | Q: CAN SHE TALK? A: YES, SAYS SHE'S FINE | SITTING ON BENCH IN RAIN
c mental :: {relf} HEARING VOICES | NOT COMMANDING HARM | NO WPNS | NO SI | WANTS CRISIS TEAM
c dispute :: NO WPNS SEEN, NO PUNCHES THROWN, JUST SCREAMING AT EACH OTHER IN LOT | BOTH SOBER
c welfare :: Q: UNCONSCIOUS? A: NO, SNORING BUT WAKES UP AND TALKS | IN DOORWAY OF {biz}
c susp :: NOBODY BLEEDING, NOBODY FIGHTING | 2 M ARGUING ABOUT A DICE GAME ON STEPS
w welfare :: There's an older man sitting at the bus shelter on {street} for a few hours. He's not hurt and says he's fine, he just doesn't seem to have anywhere to go.
w dispute :: My neighbor and I argued over the driveway. Nobody touched anybody and there are no weapons. I just want someone to help us talk it out.
w mental :: I'm calling about my son. He's not violent and not suicidal, just very paranoid tonight and won't sleep. Can someone come talk with him?
w intox :: My friend had way too much to drink. She's awake, talking and sipping water, not hurt at all. We just need help getting her home from {biz}.
## eligible:history-only
c domestic :: FAM TRBL | HX OF DV IN 2019, NONE SINCE | TODAY VERBAL ARGUMENT OVER CAR | NO WPNS
c mental :: PREM HX: SUBJ HAD KNIFE ON A 2021 CALL | TODAY CALM, ASKING FOR SOCIAL WORKER | RP SEES NO WPNS
c welfare :: HX OF VIOLENCE - YES 2 YRS AGO | CURRENTLY SITTING QUIETLY ON PORCH, RP WANTS A CHECK
c dispute :: NEIGHBOR DISPUTE | PRIOR ASSAULT CHARGE 2018 PER RP | TODAY ARGUING ABOUT LEAVES | NO CONTACT
c mental :: HX SUICIDE ATTEMPT 2016 | TODAY DENIES SI | WANTS HELP REFILLING MEDS
c intox :: KNOWN TO UNITS | PRIOR OD LAST YEAR | TONIGHT DRINKING BEER ON STOOP, TALKING, NO ISSUES
c civil :: CUSTODY | OLD PROTECTION ORDER EXPIRED 2020 | DISAGREEMENT OVER PICKUP TIME
c trespass :: PREMISE HAZARD: WEAPONS CALL 2017 AT ADDR | CURRENT: GUEST OVERSTAYED, POLITE, RP WANTS HIM OUT
c juvenile :: JUV HAD A FIGHT AT SCHOOL LAST SPRING | TODAY SKIPPING CLASS AT {park}
c welfare :: CAUTION NOTE: SUBJ ASSAULTED OFCR 2015 | TODAY {relf} ASKS FOR A CHECK, HE HASN'T RETURNED CALLS
c dispute :: ROOMMATES | ONE WAS ARRESTED FOR BATTERY IN 2020 PER RP | TODAY ARGUING OVER DISHES, NO THREATS
c mental :: HX: EMERG DETENTION X3 (2019-2021) | NOW: CALM, TAKING MEDS, REQ WELFARE CALLBACK
c welfare :: PRIOR CALL LAST MONTH: SUBJ HAD A BAT | THIS CALL: SUBJ ASLEEP ON BENCH, NOTHING IN HANDS, RP WANTS OUTREACH
c domestic :: DV HX PER CAD (2018) | TODAY: BOTH CALM, DISAGREE ABOUT KIDS' SCHOOL
c intox :: HX COMBATIVE W/ EMS 2022 | TODAY JUST DRUNK, SITTING IN {biz} VESTIBULE, CHATTY
c susp :: RP STATES SUBJ "WAS IN PRISON FOR ROBBERY" | TODAY JUST STANDING AT CORNER TALKING TO FRIENDS
c dispute :: PRIOR STABBING AT THIS BAR (2019) PER RP | TONIGHT 2 PATRONS ARGUING OVER TAB, NO PHYSICAL
c harass :: EX WAS CHARGED W/ DV YEARS AGO, SERVED TIME | NOW ONLY EMAILING ABOUT KIDS' SCHEDULE, NO THREATS
w domestic :: Years ago my ex was violent but that's over. Tonight we just had a shouting match about money on the phone and I want it documented.
w mental :: My daughter attempted suicide two years ago and has been doing well. Tonight she's anxious and asked me to find someone to talk to. She says she's safe.
w welfare :: My neighbor used to get into fights years ago but he's mellowed out. I haven't seen him in two days and just want someone to knock.
## eligible:resolved-alarm
c shots :: ((weapon:SHOTS HEARD)) {{- RP NOW SAYS FIREWORKS, CAN SEE THEM GOING OFF}} OVER {park}
c susp :: 1ST CALLER: ((weapon:MAN W/ GUN AT BUS STOP)) | 2ND CALLER: {{IT'S AN UMBRELLA, NO GUN}}
c unknown :: ((uncertainty:OPEN LINE)) | {{CB: CALLER SAYS POCKET DIAL, ALL OK, CALM VOICE}}
c welfare :: ((injury:PERSON DOWN IFO {biz})) | {{UPDT: SUBJ AWAKE, SITTING UP, TALKING, WAS NAPPING}}
c fight :: ((violence:POSS FIGHT IN PARK)) | {{UNIT {unit}: JUST GUYS PLAYING TACKLE FOOTBALL}}
c noise :: ((uncertainty:SCREAMING HEARD FROM APT)) | {{RP NOW ADVS IT'S A BIRTHDAY PARTY GAME, LAUGHING}}
c domestic :: ((violence:RP THOUGHT HE HIT HER)) | {{2ND CALLER WAS STANDING WITH THEM: NO CONTACT, HE SLAMMED A CAR DOOR}}
c suicide :: ((suicide:SUBJ ON BRIDGE)) | {{PER UNIT, BRIDGE INSPECTOR IN A HARNESS}}
c intox :: ((injury:UNRESPONSIVE MALE IN CAR)) | {{CB RP: HE WOKE UP, WAS SLEEPING, WALKED INTO STORE}}
c burglary :: ((police_only:ALARM, POSS BREAK IN)) | {{KEYHOLDER ON SCENE, EMPLOYEE SET IT OFF}}
c missing :: ((police_only:MISSING 8 YO)) | {{FOUND SAFE AT NEIGHBOR'S HOUSE}}
c susp :: ((weapon:SUBJ W/ KNIFE)) | {{RP CLARIFIES: IT'S A CELL PHONE, NO KNIFE}}
c unknown :: ((uncertainty:911 HANG UP)) | {{CB: CHILD PLAYING WITH PHONE, MOM CONFIRMS ALL OK}}
c shots :: ((weapon:POSS GUNSHOTS)) | {{TRANSFORMER BLEW PER UTILITY, POWER OUT ON BLOCK}}
c traffic :: ((injury:CAR IN DITCH)) {{- DRIVER OUT WALKING AROUND, UNHURT, WAITING ON TOW}}
c traffic :: ((police_only:POSS DUI, SLOW AND DRIFTING)) | {{CB: STUDENT DRIVER W/ INSTRUCTOR, PLATES MATCH DRIVING SCHOOL}}
c juvenile :: ((violence:KIDS FIGHTING)) | {{RP WATCHED MORE: IT'S A TAEKWONDO CLASS OUTSIDE}}
c mental :: ((suicide:SUBJ SAID HE WANTS TO DIE)) | {{CLARIFIED: SAID IT ABOUT HIS FANTASY FOOTBALL TEAM, NO SI}}
c welfare :: ((uncertainty:DOOR OPEN, NO ANSWER)) | {{UPDT: NEIGHBOR REACHED OWNER BY PHONE, AT WORK, FORGOT TO LOCK}}
c unknown :: ((uncertainty:CALLER WHISPERING)) | {{CB: LIBRARY PATRON, BEING QUIET, NEEDS BUS INFO}}
c noise :: ((weapon:POSS SHOTS)) | {{CONFIRMED FIREWORKS BY 3 CALLERS, KIDS IN STREET}}
c domestic :: 1ST CALLER: ((uncertainty:WOMAN SCREAMING NEXT DOOR)) | {{2ND CALLER IS THE WOMAN: SPIDER IN BATHTUB, ALL FINE}}
c susp :: ((police_only:MAN BREAKING INTO CAR)) | {{UPDT: IT'S HIS OWN CAR, KEYS LOCKED INSIDE, HAS ID}}
c welfare :: ((injury:F LYING IN GRASS NOT MOVING)) | {{UPDT: SUNBATHING W/ EARBUDS, WAVED AT RP}}
c fight :: ((violence:GUYS THROWING PUNCHES)) | {{BOXING GYM SPARRING IN OPEN GARAGE PER 2ND CALLER}}
c unknown :: ((uncertainty:CALL DROPPED)) | {{CB: BAD SIGNAL IN ELEVATOR, CALLER NEEDED NON-EMERG NUMBER}}
w shots :: I called earlier about ((weapon:gunshots near {park})). {{It was the high school's starter pistol for a track meet}}, you can cancel.
w welfare :: I reported ((injury:a man collapsed outside {biz})). {{He got up, said he tripped, and is fine}}. He just wants a ride to the shelter.
w susp :: Earlier I said ((weapon:a guy had a rifle by the tracks)). {{It's a surveyor with a tripod}}. Sorry.
w noise :: I thought ((uncertainty:someone was being hurt upstairs)), {{but I went up and it's a man practicing opera}}. Now it's just a noise problem.
## eligible:toy-prop-tool
c juvenile :: KIDS IN YARD WITH NERF GUNS | NEIGHBOR COMPLAINING ABOUT NOISE
c susp :: ((weapon:SUBJ CARRYING A RIFLE)) {{- ORANGE TIP, AIRSOFT, PART OF PAINTBALL EVENT AT FIELD}}
c susp :: COSPLAYER W/ FOAM SWORD AT {park} | RP NOT ALARMED, JUST ASKING IF ALLOWED
c assist :: LANDSCAPER USING MACHETE ON BRUSH BEHIND {biz} | RP UNSURE IF PERMITTED
c susp :: MAN WITH CHAINSAW CUTTING FALLEN TREE ON {street}, BLOCKING HALF LANE | NO DISPUTE
c juvenile :: TEENS FILMING A MOVIE W/ PROP GUNS AT {park} | PERMIT? UNK | NO ONE ALARMED
c trespass :: HANDYMAN W/ HAMMER FIXING FENCE ON WRONG SIDE OF PROPERTY LINE PER RP | CIVIL
c susp :: ((weapon:MALE W/ KNIFE BEHIND RESTAURANT)) {{- CHEF ON SMOKE BREAK STILL HOLDING HIS PREP KNIFE}}
c noise :: NEIGHBOR USING NAIL GUN AT 0600 | NOISE ONLY
c assist :: RP FOUND A REPLICA SWORD IN DONATION BIN | NEEDS DISPOSAL ADVICE
c susp :: ((weapon:M IN PARK SWINGING A BAT)) {{- LITTLE LEAGUE PRACTICE, COACH HITTING FLY BALLS}}
c juvenile :: KIDS PLAYING COPS & ROBBERS W/ TOY PISTOLS IN APT HALLWAY | LANDLORD COMPLAINT
c civil :: CONTRACTOR LEFT TOOLS (AXE, SAWS) ON SIDEWALK | TRIP HAZARD
c assist :: COMMUNITY THEATER NOTIFICATION: STAGE COMBAT REHEARSAL W/ PROP KNIVES IN {park} TONIGHT
c susp :: ((weapon:M POINTING A GUN AT CARS)) {{- IT'S A RADAR SPEED GUN, NEIGHBORHOOD WATCH VOLUNTEER}}
c juvenile :: STUDENTS W/ HOCKEY STICKS WALKING TO PRACTICE, BLOCKING SIDEWALK
c mental :: SUBJ TALKING TO A REALISTIC DOLL IN A STROLLER AT {biz} | CALM | STAFF WANT WELFARE CHECK
c susp :: BUTCHER SHOP WORKER CARRYING CLEAVER ACROSS LOT TO THE OTHER BUILDING | RP JUST STARTLED
w susp :: There are guys in camo with what look like rifles in the field by {street}. They have orange tips and helmets, I think it's paintball, but it's close to houses.
w juvenile :: My neighbor's kids keep shooting water guns at cars going by. Nobody's hurt, it's just annoying and someone's going to swerve.
w assist :: A man is walking down {street} carrying a pruning saw and loppers. He was trimming trees next door all morning, I just wasn't sure if that needs a permit.
## eligible:idiom
c noise :: RP STATES NEIGHBOR'S BAND IS "KILLING IT" LOUDLY AT 0100, WANTS QUIET
c dispute :: COWORKERS ARGUING | ONE SAID "YOU'RE KILLING ME WITH THESE SCHEDULES" | VERBAL, NO THREATS
c welfare :: GRANDMA SAYS SHE IS "DYING OF BOREDOM," REQ SOMEONE CHECK HER SMOKE DETECTOR BATTERY
c juvenile :: JUVS YELLING "SHOOT IT" AT BASKETBALL COURT AFTER 2300 | NOISE
c dispute :: SPORTS BAR | FANS SCREAMING "MURDER HIM" AT TV | MANAGER REQ HELP W/ CROWD LEAVING
c civil :: RP SAYS LANDLORD IS "BLEEDING HER DRY" WITH FEES | WANTS INFO ON TENANT RIGHTS
c assist :: RP'S PHONE "DIED" AND SHE'S STRANDED AT {biz}, NEEDS TO CALL A RIDE
c mental :: {relf} STATES "MY HEAD IS GOING TO EXPLODE" FROM STRESS | NO SI | WANTS COUNSELOR
c noise :: DJ ANNOUNCING "WE'RE GONNA BLOW THE ROOF OFF" | BASS SHAKING WINDOWS
c juvenile :: KIDS PLAYING "ZOMBIE ATTACK" GAME, SCREAMING IN YARD | PARENT HOME
c welfare :: SUBJ SAYS HE IS "DEAD TIRED" AND SLEPT IN LAUNDROMAT | STAFF WANT HIM TO MOVE ON
c dispute :: NEIGHBOR SAID RP'S DOG "IS GOING TO BE THE DEATH OF HER" | BARKING DISPUTE
c assist :: CAR BATTERY DEAD, "ENGINE IS SHOT" | STRANDED IN {biz} LOT
c noise :: GAMERS YELLING "HEADSHOT" AND "KILL HIM" ALL NIGHT | VIDEO GAMES ONLY PER RP
c susp :: M HOLDING SIGN "THE END IS NEAR" ON CORNER | CALM, PREACHING
c dispute :: CHEF & SERVER ARGUING, CHEF YELLED "I'LL KILL YOU IF YOU SEND ONE MORE PLATE BACK" LAUGHING | MGR SAYS JOKING, WANTS IT LOGGED
w noise :: The party upstairs is dying of laughter at 2am every night. I'm not worried about anyone, I just need sleep.
w dispute :: My roommate said she'd "kill me" if I ate her leftovers again. She was laughing. We're fine, but now we're arguing about rent and need a mediator.
w civil :: My contractor is "murdering" my budget and won't finish the deck. Is there anyone who can help mediate before I go to small claims?
## eligible:lawful-gun
c welfare :: WELF CHK {age} YOM | LIVES ALONE | HUNTING RIFLES LOCKED IN SAFE PER {relf} | NOT SUICIDAL, JUST NOT ANSWERING PHONE
c dispute :: RP STATES NEIGHBOR OWNS GUNS (LEGALLY) | TODAY ARGUING ABOUT PROPERTY LINE, NO GUNS OUT
c noise :: SHOOTING RANGE BEHIND {street}, RP HEARS TARGET PRACTICE, WANTS RANGE HOURS INFO
c civil :: DIVORCE PROPERTY SPLIT | DISPUTE OVER WHO GETS THE GUN COLLECTION (IN STORAGE) | VERBAL
c susp :: HUNTER W/ CASED SHOTGUN WALKING TO TRUCK AT TRAILHEAD, IN SEASON | RP JUST ASKING
c assist :: RP WANTS TO TURN IN LATE FATHER'S HANDGUN, UNLOADED, IN CASE | ASKS PROCEDURE
c welfare :: UNIFORMED ARMED SECURITY GUARD REQ WELFARE CHECK ON UNHOUSED M IN LOT
c mental :: {rel} HAS DEPRESSION, NOT SI | FAMILY ALREADY MOVED HIS GUNS TO UNCLE'S HOUSE LAST WEEK | WANTS COUNSELOR VISIT
c found :: ((weapon:GUN FOUND)) {{- ANTIQUE MUSKET IN ATTIC, DISPLAY PIECE, NO AMMO}} | RP WANTS DISPOSAL INFO
c dispute :: ROOMMATE DISPUTE ABOUT STORAGE | RP OBJECTS TO ROOMMATE'S LOCKED GUN SAFE IN SHARED CLOSET | NO THREATS
c traffic :: PARKING COMPLAINT | TRUCK W/ EMPTY GUN RACK BLOCKING DRIVEWAY
c assist :: GUN SHOP OWNER REQ CIVIL STANDBY FOR CUSTOMER REFUND DISPUTE | VERBAL ONLY
c susp :: OFF-DUTY OFCR RPTS TEENS LOITERING | HIS SIDEARM HOLSTERED | NO ISSUE, JUST FYI
c noise :: SKEET SHOOTING AT GUN CLUB ON {street} SUNDAY 0700 | NOISE COMPLAINT ONLY
c civil :: RP'S EX OWNS A REGISTERED PISTOL | RP WANTS INFO ON RETRIEVING HER BELONGINGS | NO THREATS MADE
c juvenile :: 4-H SHOOTING CLUB HEADING TO RANGE W/ INSTRUCTOR | PARENT ASKING ABOUT BUS DROP OFF
c welfare :: CCW HOLDER CALLING | SAW ELDERLY F WANDERING LOT, SHE'S OK, DAUGHTER ON PHONE COMING
w susp :: My neighbor is cleaning his rifle on his porch. He's not pointing it at anyone and it's legal, I'm just uncomfortable. Can someone tell me what the rules are?
w welfare :: My dad keeps his hunting shotgun in a locked cabinet and I have the key. He's just been lonely and not eating much. Could someone visit him?
## eligible:passive-ideation
c mental :: {age} YOF | PASSIVE SI - "WISHES SHE WOULDN'T WAKE UP" | NO PLAN, NO MEANS | CALMLY REQ COUNSELOR
c suicide :: DENIES PLAN | DENIES MEANS | SOMETIMES THINKS ABOUT DEATH | WANTS TO TALK TO SOMEONE TODAY
c mental :: 988 WARM TRANSFER | PASSIVE THOUGHTS, NO INTENT, SAFE AT HOME WITH {relf} | REQ MOBILE CRISIS NEXT DAY
c welfare :: {rel} SAYS HE "DOESN'T CARE IF HE LIVES" BUT NO PLAN, NO WPNS, EATING DINNER | FAMILY WANTS CHECK-IN
c mental :: Q: THOUGHTS OF SUICIDE? A: "SOMETIMES, NOT NOW" | Q: PLAN? A: NO | Q: MEANS? A: NO | CALM
c suicide :: SI SCREEN NEG FOR PLAN/INTENT | "TIRED OF LIFE" | FOLLOW-UP WITH CASE MGR REQUESTED
c mental :: VETERAN | GRIEF | PASSIVE SI, NO PLAN | FIREARMS STORED AT VFW POST | WANTS PEER SUPPORT
c mental :: CLIENT STATES "I DON'T WANT TO BE HERE SOMETIMES" | DENIES INTENT | DENIES PLAN | SAFETY PLAN IN PLACE
c juvenile :: 17 YOM | SAD, SAID HE "MIGHT AS WELL DISAPPEAR" | NO PLAN | PARENTS PRESENT, CALM, WANT COUNSELOR
c mental :: PASSIVE IDEATION X 1 WK | NO PRIOR ATTEMPTS | NO MEANS | ASKING FOR BEHAVIORAL HEALTH REFERRAL
c welfare :: {relf} SAYS SHE "DOESN'T SEE THE POINT" | CALM, EATING | DENIES SI PLAN | WANTS RESOURCES
c mental :: CALLER IS SUBJ | PASSIVE SI, NO PLAN | AT HOME WATCHING TV | WANTS SOMEONE TO CALL BACK
c suicide :: 988 CALLER | DENIES ACTIVE SI | SLEEP ISSUES, HOPELESS | REQUESTS IN-PERSON COUNSELOR
c mental :: {rel} SAYS "SOMETIMES I WISH I'D DIE IN MY SLEEP" | NO PLAN/MEANS | AGREEABLE TO CRISIS TEAM
c suicide :: SUICIDE? PASSIVE ONLY | NO ATTEMPT | NO PILLS/WPNS AVAILABLE | SISTER STAYING W/ HIM, REQ CALLBACK
w suicide :: I'm not in danger. I've had dark thoughts this week but no plan. My therapist is on vacation and I'd like to talk to a counselor.
w mental :: Sometimes I think everyone would be better off without me but I'm not going to do anything. I just need someone to talk to tonight. Is there a counselor?
w mental :: My mom has been saying she's tired of living since my dad passed. She has no plan and no pills around and she's agreed to talk with someone. Can you send the crisis counselor instead of police?
## eligible:calm-mental-health
c mental :: {relf} OFF MEDS X 3 DAYS | TALKING FAST, NOT SLEEPING | CALM, NO AGGRESSION | WANTS CRISIS TEAM
c mental :: SUBJ IN LOBBY OF {biz} TALKING TO HIMSELF | NOT BOTHERING ANYONE | STAFF WANT ASSESSMENT
c mental :: {age} YOM W/ SCHIZOPHRENIA | HEARING VOICES, NON-COMMAND | REQ RIDE TO BH CLINIC
c mental :: CALLER HAVING ANXIETY, BREATHING FINE NOW, WANTS TO TALK TO SOMEONE IN PERSON
c mental :: HOARDING | ELDERLY F, HOME CLUTTERED, NO FIRE HAZARD NOTED | APS REFERRAL REQ
c welfare :: F WANDERING IN {park} IN A ROBE, DISORIENTED BUT WALKING, TALKING, FRIENDLY
c mental :: MO | {rel} BELIEVES NEIGHBORS ARE SPYING, CALM, INSIDE HOME | WANTS SOMEONE TO TALK TO HIM
c mental :: SUBJ AT CHURCH ASKING FOR HELP, CONFUSED ABOUT DATE, CALM | PASTOR ON SCENE
c mental :: DEMENTIA PT AGITATED AT DINNER, VERBAL ONLY | DAUGHTER WANTS HELP CALMING HER
c mental :: EMD 25A01 PSYCH PROBLEM, NON-VIOLENT, NON-SUICIDAL | ALERT
c mental :: CLIENT OF ACT TEAM | MISSED INJECTION | NO THREATS | ACT TEAM REQ ASSIST W/ ENGAGEMENT
c mental :: {relf} CRYING, OVERWHELMED AFTER JOB LOSS | NO SI | NO HI | WANTS SOMEONE TO TALK TO
c mental :: SUBJ STANDING ON SIDEWALK PREACHING LOUDLY AT {street} | NOT IN ROADWAY | CALM
c mental :: AUTISTIC ADULT SON UPSET ABOUT ROUTINE CHANGE, ROCKING, NO AGGRESSION | MOM REQ SUPPORT
c mental :: PT DISCHARGED FROM PSYCH UNIT TODAY, CONFUSED ABOUT PHARMACY, COOPERATIVE
c mental :: MALE IN LIBRARY ARRANGING BOOKS BY COLOR FOR 4 HRS, POLITE, STAFF CONCERNED
w mental :: My brother has bipolar disorder and is in a manic phase. He's spending money and talking nonstop but isn't violent. We'd like someone trained to come help him.
w welfare :: A woman at {biz} keeps telling customers the radio is talking to her. She's calm and polite but seems lost. Could someone who does mental health come?
w mental :: I'm having a really hard time with anxiety tonight and my usual support isn't answering. I'm safe and not thinking of hurting myself, I just need to talk to someone.
## eligible:noise
c noise :: LOUD MUSIC {addr} | ONGOING 2 HRS | RP DOES NOT WANT CONTACT
c noise :: BARKING DOG ALL NIGHT | OWNER NOT HOME
c noise :: CONSTRUCTION BEFORE 0700 AT {addr}
c noise :: PARTY IN BACKYARD | SPEAKERS FACING STREET | 20-30 PPL | NO FIGHTING
c fireworks :: FIREWORKS IN AREA OF {park} | 20 MIN | NO ONE HURT
c noise :: CAR ALARM GOING OFF 45 MIN IN LOT OF {biz}
c noise :: UPSTAIRS TENANT STOMPING, RP BELIEVES INTENTIONAL | ONGOING ISSUE
c noise :: BAND PRACTICE IN GARAGE ON {street} | 2200 ON A WEEKNIGHT
c noise :: MOTORCYCLES REVVING IN {biz} LOT EVERY NIGHT
c noise :: LEAF BLOWER AT 0545 | LANDSCAPE CREW
c noise :: KARAOKE AT NEIGHBOR'S, RP ASKS FOR CALL-BACK ONLY
c noise :: ICE CREAM TRUCK MUSIC LOOPING FOR 1 HR, PARKED ON {street}
c noise :: DRUM CIRCLE IN {park} AFTER 2200
c noise :: BASKETBALL DRIBBLING AND YELLING AT COURTS AFTER CLOSING
c noise :: REPEAT CALLER | TV TOO LOUD IN APT {n}A
c fireworks :: SUBJS SETTING OFF FIREWORKS IN STREET, OCCURRING ABOUT 20 MINS, DEBRIS ON CARS
w noise :: The house at {addr} has had music blasting since 11. It's now after 1am. I don't want to talk to them myself.
w noise :: My neighbor's generator has been running all night right under my bedroom window. Not an emergency.
w fireworks :: People keep setting off big fireworks in the lot behind {biz}. It's after midnight and my dog is terrified. No one's hurt.
## eligible:verbal-dispute
c dispute :: 2 NEIGHBORS ARGUING OVER PARKING SPOT | VERBAL ONLY | NO WPNS | NO THREATS
c dispute :: CUSTOMER ARGUING W/ CASHIER OVER REFUND AT {biz} | LOUD, NOT PHYSICAL
c domestic :: COUPLE ARGUING IN {veh} IN LOT | YELLING, NO CONTACT SEEN, NO WPNS
c dispute :: LANDLORD & TENANT ARGUING OVER DEPOSIT | VERBAL
c dispute :: ROOMMATE ARGUMENT OVER BILLS | Q: PHYSICAL? A: NO, JUST YELLING | WANTS MEDIATOR
c juvenile :: PARENT & 14 YO DAUGHTER ARGUING ABOUT CURFEW | VERBAL | MOM WANTS HELP
c dispute :: BROTHERS ARGUING OVER CAR KEYS IN DRIVEWAY | NO CONTACT | NO WPNS
c dispute :: 2 DRIVERS ARGUING OVER FENDER BENDER, NO INJ, EXCHANGING INFO LOUDLY
c dispute :: BAR PATRON ARGUING W/ BARTENDER OVER TAB | VERBAL ONLY, STAFF WANT HIM TO LEAVE
c domestic :: DVNA | VERBAL ONLY | HUSBAND LEFT ON FOOT TO COOL OFF | NO INJ, NO WPNS
c dispute :: CHURCH MEMBERS ARGUING IN PARKING LOT OVER AN EVENT | LOUD BUT NOT PHYSICAL
c dispute :: SHORT-TERM RENTAL GUEST VS HOST OVER CHECKOUT TIME | VERBAL
c dispute :: TENANTS ARGUING IN HALLWAY OVER SMOKE SMELL | NO THREATS
c dispute :: DAYCARE PICKUP ARGUMENT BETWEEN 2 PARENTS | VERBAL ONLY, KIDS FINE
c dispute :: SISTERS ARGUING OVER MOM'S CARE | ONE ON PORCH, ONE INSIDE | VERBAL
c juvenile :: 2 TEENS ARGUING OVER A GIRL AT BUS STOP | NO PUSHING, NO WPNS, JUST SHOUTING
c dispute :: CALLER STATES MALE AND FEMALE ARGUING IN THE ALLEY FOR 10 MINS | NO CONTACT SEEN | LOUD
w dispute :: My neighbor and I are having a loud argument over the fence about his tree dropping branches on my car. No one is hurt. Can someone come mediate?
w domestic :: My husband and I had a shouting match and I'd like someone to help us calm down. He's never hit me, there are no weapons, he's in the garage now.
w dispute :: Two women are yelling at each other in line at {biz} over a parking spot. No one has touched anyone. The manager asked me to call.
## eligible:welfare-no-danger
c welfare :: WELF CHK | {relf} HASN'T HEARD FROM MOM IN 2 DAYS | NO MEDICAL HX OF CONCERN | LIVES {addr}
c welfare :: ELDERLY M SITTING ON BENCH IN {park} ALL DAY | RP OFFERED WATER, HE SAYS HE'S OK
c welfare :: CHECK ON TENANT, RENT OFFICE HASN'T SEEN HER, MAIL PICKED UP RECENTLY
c welfare :: WELFARE REQ FROM OUT OF STATE {rel} | PHONE OFF | NO CONCERNS OF SI OR MEDICAL
c welfare :: WOMAN W/ SHOPPING CART IN RAIN ON {street} | WALKING, TALKING, DECLINED RIDE FROM RP
c welfare :: SCHOOL REQ WELFARE VISIT, FAMILY MISSED 3 DAYS | NO ABUSE OR NEGLECT ALLEGED
c welfare :: MAN SITTING IN {veh} IN LOT FOR 3 HRS | AWAKE, ON PHONE | STORE WANTS A CHECK
c welfare :: COLD WEATHER OUTREACH REQ | UNHOUSED COUPLE AT OVERPASS CAMP | BOTH AWAKE AND OK
c welfare :: GROUP HOME RPT ADULT CLIENT LATE RETURNING, NO RISK FACTORS, USUALLY AT LIBRARY
c welfare :: WELL CHECK | ELDERLY M RAKING LEAVES IN T-SHIRT IN COLD, ALERT, TALKING | NEIGHBOR WORRIED
c welfare :: PASTOR REQ CHECK ON PARISHIONER WHO MISSED SERVICE, NO KNOWN MEDICAL ISSUE
c welfare :: RP SEES WOMAN CRYING ON BUS BENCH | NOT HURT, SAYS BAD DAY | RP WANTS OUTREACH
c welfare :: CAREGIVER LATE, CLIENT {age} YOM HOME ALONE, INDEPENDENT, REQUESTS VISIT
c welfare :: RP WORRIED ABOUT ELDERLY NEIGHBOR, SAW HER AT WINDOW THIS AM, WAVED, WANTS SOMEONE TO CHECK IN
c welfare :: MALE ASKING CARS FOR GAS MONEY AT RAMP, ON SHOULDER NOT IN LANE | RP WANTS OUTREACH
w welfare :: Can someone check on my neighbor? She's 80 and I haven't seen her get her paper for two days. Her lights go on and off at normal times.
w welfare :: My friend moved to {street} and hasn't answered texts since Sunday. Not worried about anything specific, she's just usually quick to reply.
w welfare :: There's a young guy who's been sitting outside {biz} every day this week with a backpack. He's polite. I think he might need a place to stay.
## eligible:past-theft
c theft :: BIKE STOLEN FROM RACK OVERNIGHT | NO SUSP INFO | REPORT FOR INSURANCE
c theft :: PACKAGE TAKEN FROM PORCH YESTERDAY | VIDEO AVAILABLE | SUSP GONE
c theft :: WALLET STOLEN AT GYM LAST WEEK | CARDS CANCELED
c theft :: CAR BROKEN INTO OVERNIGHT | WINDOW SMASHED, LAPTOP GONE | NO ONE AROUND NOW
c burglary :: GARAGE ENTERED WHILE ON VACATION | DISCOVERED TODAY | POWER TOOLS MISSING | NO ONE THERE
c theft :: GAS DRIVE OFF EARLIER TODAY | {veh} | LEFT 2 HRS AGO
c theft :: PHONE LEFT ON BUS, NOW PINGS AT {addr} | RP WANTS ADVICE, NOT GOING THERE
c theft :: LICENSE PLATE STOLEN FROM {veh}, NOTICED AT WORK
c theft :: TIP JAR TAKEN SOMETIME THIS AFTERNOON, NO SUSP SEEN
c theft :: FRAUD - ELDERLY F SENT GIFT CARDS TO A SCAMMER LAST WEEK | SON CALLING FOR REPORT
c theft :: SHOPLIFT EARLIER | SUSP LEFT 1 HR AGO | STORE HAS VIDEO | WANTS REPORT
c theft :: LAWN MOWER TAKEN FROM SHED, LOCK CUT, SOMETIME LAST WEEK
c theft :: STOLEN VEH RECOVERED BY OWNER IN LOT OF {biz}, UNOCCUPIED, WANTS IT CLEARED
c theft :: RENTAL SCOOTER STOLEN FROM PORCH DAYS AGO
c theft :: CONTRACTOR TOOK DEPOSIT, NEVER SHOWED | NO CONTACT SINCE MAY
c burglary :: SHED BROKEN INTO OVER THE WINTER, JUST NOTICED | NOTHING DISTURBED SINCE
w theft :: Someone stole the catalytic converter off my car sometime last night. I noticed this morning. I need a report for insurance.
w theft :: My mailbox was pried open and some letters are missing. It happened sometime over the weekend while I was away.
w theft :: Someone took my bike from the rack outside {biz} while I was at work. It was gone when I came out at 5. No idea who.
## eligible:found-property
c found :: FOUND WALLET ON {street} | RP HOLDING IT AT {biz}
c found :: FOUND BIKE IN YARD SINCE TUES, NOT RP'S
c found :: FOUND PHONE AT {park}, WANTS TO TURN IT IN
c found :: KEYS W/ FOB FOUND IN MAILBOX
c found :: FOUND PURSE ON BUS BENCH, ID INSIDE, RP WAITING AT {biz}
c found :: SUITCASE ON CORNER 2 DAYS | RP LOOKED: CLOTHES ONLY
c found :: FOUND LICENSE PLATE IN GUTTER ON {street}
c found :: FOUND MILITARY DOG TAGS IN PARKING LOT | WANTS TO RETURN
c found :: ((weapon:FOUND A KNIFE)) {{- SMALL POCKET KNIFE, CLOSED, ON A PARK BENCH, NO ONE AROUND}} | RP HAS IT
c found :: FOUND PRESCRIPTION BOTTLE W/ NAME ON IT IN LOT
c found :: LOST & FOUND: HEARING AID FOUND AT {biz}
c found :: FOUND BICYCLE LOCKED TO OUR FENCE 2 WKS
c found :: FOUND CREDIT CARDS SCATTERED ON SIDEWALK
c found :: FOUND PASSPORT IN TAXI, DRIVER CALLING
c found :: FOUND WEDDING RING IN {park} SANDBOX
w found :: I found a kid's backpack with a school ID on the sidewalk near {park}. I'd like to return it.
w found :: Somebody left a laptop bag on the train platform. I have it with me at {biz}. No one has come back for it.
## eligible:intox-ok
c intox :: INTOX M SITTING ON CURB IFO {biz} | AWAKE, TALKING, WANTS TO GO HOME | NO INJ
c intox :: ETOH F SINGING IN BUS SHELTER | NOT BOTHERING ANYONE | STEADY ENOUGH
c intox :: INTOX SUBJ ASKING FOR MONEY AT PUMPS | POLITE | CONSC Y BREATHING Y
c intox :: BAR REQ CAB FOR INTOX PATRON | COOPERATIVE | NO INJ
c intox :: INTOX M ASLEEP ON PORCH OF WRONG HOUSE | RP WOKE HIM, HE'S TALKING, APOLOGETIC
c intox :: INTOX VET AT VFW, WANTS RIDE TO SOBERING CENTER
c intox :: 2 INTOX COLLEGE STUDENTS LOST, ASKING DIRECTIONS | ALERT, LAUGHING
c intox :: DRUNK M TALKING LOUDLY ON TRAIN PLATFORM | NO AGGRESSION | WALKING OK
c intox :: INTOX F ON BENCH | RESPONDS TO VOICE, SAYS SHE'S WAITING FOR BF | BREATHING NORMAL
c intox :: HIGH SUBJ GIGGLING IN {biz} | HARMLESS | STORE WANTS HIM GONE
c intox :: Q: CAN HE STAND? A: YES | Q: IS HE AWAKE? A: YES, COMPLAINING | ETOH, LOUD
c intox :: INTOX SUBJ IN LAUNDROMAT, WOKE WHEN STAFF SPOKE, GATHERING BELONGINGS
c intox :: ETOH M ARGUING WITH A PARKING METER | HARMLESS
c intox :: DETOX CENTER FULL, PT NEEDS TRANSPORT, INTOX BUT ALERT & AMBULATORY
c intox :: KNOWN INEBRIATE AT {biz} | WALKING, TALKING | BUSINESS WANTS HIM MOVED ALONG
c intox :: INTOX SUBJ | DENIES INJ | NO MEDICAL COMPLAINT | WANTS A PLACE TO SLEEP
w intox :: There's a guy who's had too much to drink sitting outside {biz}. He's awake and chatting with people, not causing trouble, but he can't really walk far. Maybe someone can get him to detox?
w intox :: My uncle came home drunk and is loud, but he's sitting on the couch eating and isn't hurt. My aunt just wants someone to talk him into going to bed.
## eligible:unhoused-sleeping
c welfare :: UNHOUSED M SLEEPING IN DOORWAY OF {biz} | BREATHING, SNORING | STORE OPENS AT 9
c welfare :: TENT IN {park} NEAR PLAYGROUND | OCCUPANT ASLEEP | PARKS DEPT NOTIFIED
c welfare :: PERSON SLEEPING ON BENCH AT BUS STOP UNDER A BLANKET, MOVED WHEN BUS CAME
c trespass :: SUBJ SLEEPING IN ATM VESTIBULE | ROLLED OVER WHEN RP ENTERED
c welfare :: MAN SLEEPING IN {veh}, WINDOWS CRACKED, STIRRED WHEN RP KNOCKED
c welfare :: COUPLE SLEEPING UNDER AWNING OF CHURCH, DOG WITH THEM, NO ISSUES
c welfare :: SUBJ ASLEEP ON LIBRARY STEPS, WOKE WHEN ASKED, SAID HE'S OK
c welfare :: ENCAMPMENT GROWING BEHIND {biz} | NO DISTURBANCE | OUTREACH REQ
c welfare :: UNHOUSED M SLEEPING IN BUS SHELTER SINCE 0200, CHEST RISING, SHOES OFF
c trespass :: PERSON SLEEPING IN OUR DELIVERY TRUCK BAY, SNORING, NOT AGGRESSIVE
c welfare :: SLEEPING SUBJ ON HEATING GRATE ON {street} | TALKED TO RP, REFUSED SHELTER
c welfare :: PERSON IN SLEEPING BAG AT TRANSIT CTR, MOVING AROUND | TRANSIT SECURITY REQ OUTREACH
c welfare :: SUBJ ASLEEP ON CHURCH PEW AFTER SERVICE, AWAKE NOW, NEEDS SHELTER INFO
c trespass :: UNHOUSED F SLEEPING ON PORCH OF VACANT HOUSE, OWNER WANTS HER GONE, NO DAMAGE
w welfare :: There's a woman sleeping in the stairwell of our parking garage on {street}. She's breathing fine and moved when I walked by. She may need a shelter bed.
w welfare :: Someone has been sleeping in the alcove behind my shop each night. He's quiet and leaves by morning. I'd like someone to connect him with services.
## eligible:juveniles-loitering
c juvenile :: 6-8 JUVS LOITERING IFO {biz} | SKATEBOARDING | NO FIGHTING
c juvenile :: TEENS HANGING OUT IN {park} AFTER CURFEW, PLAYING MUSIC
c juvenile :: JUVS SITTING ON CARS IN LOT, NOT DAMAGING THEM PER RP
c juvenile :: KIDS RINGING DOORBELLS AND RUNNING OFF
c juvenile :: JUVS VAPING BEHIND SCHOOL | NO PROPERTY DAMAGE
c juvenile :: JUVS THROWING BASKETBALL AGAINST GARAGE DOOR | NOISE
c juvenile :: TRUANT - 3 KIDS AT MALL DURING SCHOOL HRS
c juvenile :: JUVS RIDING BIKES IN PARKING GARAGE, YELLING
c juvenile :: GROUP OF 10 TEENS IN {biz} PARKING LOT AFTER GAME, JUST TALKING
c juvenile :: KIDS CHALKING SIDEWALK IN FRONT OF BANK, MANAGER WANTS THEM MOVED
c juvenile :: JUVS USING FOUL LANGUAGE AT BUS STOP, OLDER RIDERS UPSET
c juvenile :: JUVS FISHING OFF PIER WHERE POSTED NO FISHING
c juvenile :: TEENS DRIVING A GOLF CART SLOWLY AROUND APT COMPLEX
c juvenile :: CALLER STATES HIGH SCHOOL AGED KIDS HANGING OUT IN BASEMENT STAIRWELL SMOKING
w juvenile :: A group of teenagers hangs out in front of the corner store every afternoon. They're loud and block the door sometimes but nobody's fighting. Could someone talk to them?
w juvenile :: Some kids are sitting on the retaining wall outside our building on {street} every night smoking weed and laughing. Not dangerous, just annoying.
## eligible:civil-matter
c civil :: LANDLORD CHANGED LOCKS | TENANT WANTS IN | NO COURT ORDER SHOWN | VERBAL
c civil :: CUSTODY EXCHANGE LATE 1 HR | NO ORDER IN PLACE | FATHER WAITING AT {biz}
c civil :: PROPERTY LINE DISPUTE OVER FENCE | SURVEY DISAGREEMENT
c civil :: RP WANTS HER TV BACK FROM EX | EX SAYS IT WAS A GIFT
c civil :: MECHANIC HOLDING CAR UNTIL PAID, OWNER DISPUTES BILL
c civil :: ROOMMATE NOT PAYING RENT, RP WANTS HIM OUT TODAY (NO EVICTION FILED)
c civil :: TOW DISPUTE - OWNER SAYS CAR WAS LEGALLY PARKED
c civil :: CONTRACTOR LEFT JOB HALF DONE, REFUSES REFUND
c civil :: HOA DISPUTE OVER TRASH CANS VISIBLE FROM STREET
c civil :: STANDBY REQ FOR RP TO GET CLOTHES FROM FORMER APT | NO HX OF VIOLENCE
c civil :: DISPUTE OVER SHARED DRIVEWAY SNOW REMOVAL
c civil :: CAR SOLD PRIVATELY, BUYER'S CHECK BOUNCED, WANTS CAR BACK
c civil :: INHERITANCE DISPUTE - SIBLINGS ARGUING OVER MOTHER'S FURNITURE | CALM
c civil :: EMPLOYER WITHHOLDING LAST PAYCHECK, EMPLOYEE AT OFFICE ASKING FOR IT
c civil :: NEIGHBORS KEEP PARKING IN FRONT OF RP'S GARAGE, WON'T MOVE
c property :: CALLER STATES HIS MOTHER IS NOT LETTING HIM PICK UP HIS PROPERTY | SHE WON'T OPEN THE DOOR | NO THREATS
w civil :: My ex won't give back my dog after we split up. The dog is registered to me. I don't want trouble, just want to know my options.
w civil :: My landlord turned off my water because I'm late on rent. Is that legal? I'm not in danger, I just need help.
## eligible:animal
c animal :: DOG LEFT IN PARKED CAR 30 MIN AT {biz}, WINDOWS CRACKED, 70 DEG
c animal :: STRAY DOG RUNNING IN {park}, FRIENDLY
c animal :: RACCOON IN GARAGE, ACTING NORMAL
c animal :: NEIGHBOR'S CHICKENS IN RP'S YARD AGAIN
c animal :: DEAD DEER ON SHOULDER OF {street}
c animal :: BAT FLYING AROUND APARTMENT LIVING ROOM
c animal :: SNAKE ON PORCH, RP THINKS GARTER SNAKE
c animal :: CAT STUCK IN TREE 2 DAYS
c animal :: DOG BARKING AT MAIL CARRIER, NO BITE, OWNER HOME
c animal :: INJURED BIRD IN {biz} LOT
c animal :: ((injury:DOG BITE)) {{- NO SKIN BROKEN, RP JUST WANTS OWNER INFO}}
c animal :: SWARM OF BEES ON MAILBOX
c animal :: GEESE BLOCKING DRIVEWAY, HISSING
c animal :: RP SAYS NEIGHBOR LEAVES DOG CHAINED IN SUN ALL DAY
c animal :: HOARDING CATS, SMELL FROM APT {n}C, TENANT HOME AND TALKING
c animal :: LOOSE GOAT IN BACKYARDS ON {street}
w animal :: My neighbor's dog has been barking and left outside without water all day. It looks thin. Can animal control check?
w animal :: There's a loose pit bull wandering near the school on {street}. It hasn't gone after anyone, it seems scared.
## eligible:harassment-no-threat
c harass :: EX TEXTING REPEATEDLY ASKING TO TALK | NO THREATS | RP WANTS IT DOCUMENTED
c harass :: NEIGHBOR FILMING RP'S HOUSE FROM SIDEWALK DAILY | NO THREATS
c harass :: COWORKER POSTING RUDE COMMENTS ABOUT RP ONLINE | NO THREATS
c harass :: SPAM CALLS 30X A DAY | WANTS HELP BLOCKING
c harass :: FORMER FRIEND KEEPS SHOWING UP AT RP'S CHURCH | NO THREATS | NO ORDER IN PLACE
c harass :: SOLICITOR KEEPS RETURNING AFTER BEING TOLD NO | POLITE BUT PERSISTENT
c harass :: EX'S NEW GF MESSAGING RP ON SOCIAL MEDIA, NAME-CALLING ONLY
c harass :: CUSTOMER KEEPS CALLING STORE TO COMPLAIN, YELLING, NO THREATS
c harass :: NEIGHBOR'S SECURITY CAMERA POINTED INTO RP'S YARD
c harass :: STUDENT BEING TEASED ON SCHOOL BUS | PARENT WANTS TO REPORT | NO PHYSICAL
c harass :: LANDLORD ENTERING W/O NOTICE REPEATEDLY | NO THREATS
c harass :: EX-HUSBAND DRIVING PAST HOUSE, NO CONTACT MADE, NO ORDER IN PLACE
c harass :: NEIGHBOR YELLING INSULTS OVER FENCE WHEN RP GARDENS, VERBAL ONLY
c harass :: BILL COLLECTOR CALLING RP AT WORK REPEATEDLY
c harass :: PANHANDLER FOLLOWING CUSTOMERS TO CARS ASKING FOR CHANGE, NOT GRABBING
w harass :: My neighbor keeps leaving nasty notes on my car about how I park. Nothing threatening, just rude. I want it on record.
w harass :: Someone keeps calling my phone from blocked numbers and hanging up. There haven't been any threats, but it's 20 times a day and I'm frustrated.
## eligible:non-urgent-assist
c assist :: LOCKED OUT OF CAR AT {biz}, NO KIDS/PETS INSIDE
c assist :: RP NEEDS RIDE TO SHELTER, AT {biz}
c assist :: ELDERLY F NEEDS HELP GETTING BACK INTO WHEELCHAIR, NOT HURT, NO PAIN
c assist :: RP LOST, NEEDS DIRECTIONS TO HOSPITAL FOR AN APPT
c assist :: CITIZEN REQ INFO ON RESTRAINING ORDERS
c assist :: STRANDED TRAVELER AT GREYHOUND STATION, NEEDS HELP CONTACTING FAMILY
c assist :: {age} YOM NEEDS TRANSPORT TO DETOX, SOBER NOW, VOLUNTARY
c assist :: FLAT TIRE ON SIDE STREET, NO HAZARD, RP NEEDS A JACK
c assist :: RP ASKING HOW TO GET TO A WARMING CENTER TONIGHT
c assist :: SMOKE DETECTOR CHIRPING, ELDERLY RP CAN'T REACH IT, NO SMOKE OR FIRE
c assist :: RP'S WHEELCHAIR BATTERY DIED ON SIDEWALK ON {street}, NOT INJURED
c assist :: PARENT REQ HELP GETTING TEEN TO SCHOOL, REFUSING TO GO, NO AGGRESSION
c assist :: RETURNING CITIZEN JUST RELEASED, NEEDS RIDE TO HALFWAY HOUSE
c assist :: ELDERLY M ASKS FOR HELP READING A LETTER FROM THE COUNTY
c assist :: CALLER REQ SQUAD LOOK AT BANK VESTIBULE DOOR THAT WON'T CLOSE | NO DAMAGE SEEN
w assist :: I need help getting my mother's medication from her apartment. She's in the hospital and I don't have a key. Is there someone who can help with the landlord?
w assist :: I'm new in town and staying in my car. Can someone tell me where I can shower and get food? I'm safe.
w assist :: Our neighborhood association wants to know if someone can come to our meeting to talk about the new community responder program.
## eligible:missing-found-safe
c missing :: ((police_only:MISSING 7 YO)) | {{UPDT: CHILD FOUND AT GRANDMA'S, SAFE}}
c missing :: ((police_only:DEMENTIA PT WALKED AWAY)) | {{LOCATED BY DAUGHTER AT {biz}, UNHURT}}
c missing :: RUNAWAY 16 YO RETURNED HOME ON OWN, PARENT REQ FOLLOW-UP CALL
c missing :: MISSING ADULT SON CALLED MOM FROM FRIEND'S HOUSE, FINE | CANCEL
c missing :: ((police_only:LOST CHILD AT {park})) | {{REUNITED W/ MOTHER AT PAVILION}}
c missing :: GROUP HOME CLIENT BACK AFTER 3 HRS, UNHARMED | STAFF CANCEL MISSING RPT
c missing :: ((police_only:ELDERLY F MISSING FROM CARE HOME)) {{- FOUND IN GARDEN, WARM, TALKING}}
c missing :: ((police_only:AUTISTIC BOY 10 WANDERED OFF)) | {{UNIT {unit}: LOCATED AT LIBRARY, WITH PARENT NOW}}
c missing :: HUSBAND LATE FROM WORK 4 HRS, NOW ANSWERED PHONE, CAR BROKE DOWN, OK
c missing :: RP LOST TRACK OF ADULT {rel} AT FESTIVAL | UPDT: MET AT CAR, ALL GOOD
c missing :: RUNAWAY JUV FOUND SAFE AT BF'S HOUSE, MOM WANTS HELP WITH NEXT STEPS
c missing :: ((police_only:MISSING 4 YO)) | {{FOUND ASLEEP UNDER BED}}
c missing :: COLLEGE STUDENT NOT ANSWERING PHONE | ROOMMATE SAYS SHE'S AT LIBRARY, FINE
c missing :: ((police_only:NONVERBAL ADULT SON MISSING)) {{- FOUND SAFE AT BUS STOP BY STAFF}}
w missing :: Earlier I reported ((police_only:my teenage daughter missing)). {{She just walked in the door, she's fine}}. Can someone still come talk with her about running off?
w missing :: ((police_only:My dad with memory problems left the house this morning)). {{A neighbor found him at the coffee shop and brought him home}}. He's okay but we'd like info on GPS trackers.
## eligible:routine
c traffic :: ABANDONED VEH {veh} ON {street} 5 DAYS, EXPIRED TAGS
c traffic :: PARKING COMPLAINT - {veh} BLOCKING HYDRANT
c assist :: STREETLIGHT OUT AT {street} & OAK
c traffic :: POTHOLE COMPLAINT ON {street}, RP HIT IT, NO DAMAGE
c susp :: UNFAMILIAR VEH PARKED ON STREET, EMPTY, LEGALLY PARKED
c susp :: DOOR-TO-DOOR SALES W/O PERMIT ON {street}
c trespass :: PEOPLE USING PRIVATE POOL AFTER HOURS, LEFT WHEN ASKED
c assist :: OLD GRAFFITI ON FENCE, WANTS IT REPORTED
c susp :: SOLICITOR AT INTERSECTION WAVING A SIGN, STAYING ON CURB
c assist :: ILLEGAL DUMPING OF MATTRESS IN ALLEY, DONE OVERNIGHT
c susp :: PERSON LOOKING AT HOUSES W/ CLIPBOARD, RP THINKS IT'S A REALTOR OR SURVEYOR
c traffic :: SHOPPING CARTS LEFT IN BIKE LANE, NO TRAFFIC ISSUE
c susp :: WOMAN GOING THROUGH RECYCLING BINS FOR CANS
c assist :: HOLIDAY LIGHTS ON NEIGHBOR'S HOUSE FLASHING INTO BEDROOM
c traffic :: VEH PARKED ON LAWN, OWNER KNOWN, ONGOING
c assist :: RP WANTS INFO ON BLOCK PARTY PERMIT
c susp :: SUSP VEH ACROSS FROM LOCATION 15 MIN, HEADLIGHTS ON, DRIVER EATING LUNCH
w susp :: There's a van that's been parked on our street for a week with out-of-state plates. Nobody is in it. Just wanted someone to check if it's abandoned.
w assist :: A tree branch came down across half the sidewalk on {street}. It's not blocking the road. Who should I tell?
## eligible:protocol-negative
c welfare :: WEAPONS? NEG | INJ? NEG | DRUGS/ETOH? NEG | SUBJ WANDERING {biz} LOT ASKING FOR HER SISTER
c dispute :: PHYS? N | WPNS? N | THREATS? N | INJ? N | ETOH? Y | LOUD ARGUMENT ON PORCH
c mental :: SI? DENIES | HI? DENIES | WPNS ACCESS? NONE | MEDS? OUT SINCE FRI | REQ CRISIS TEAM
c intox :: CONSC/BREATHING: Y/Y | ALERT/ORIENTED: Y | AMBULATORY: Y | JUST DRUNK IN LOBBY
c welfare :: Q1 AWAKE: YES Q2 BREATHING NORMAL: YES Q3 BLEEDING: NO Q4 WEAPON: NO | SITTING ON STEPS TALKING
c domestic :: DV SCREEN: PHYSICAL-NO, WEAPONS-NO, THREATS-NO, KIDS SAFE-YES | VERBAL OVER MONEY
c juvenile :: ANY WPNS: NEG | ANY INJ: NEG | ANY FIGHT: NEG | 5 TEENS YELLING IN STAIRWELL
c trespass :: AGGRESSIVE? NO | WPNS? NO | WILL HE LEAVE? SLOWLY PACKING UP | TRESPASS AT {biz}
c susp :: ARMED? NO | VIOLENT? NO | WHAT DOING? SITTING IN BUS SHELTER FOR HRS
c mental :: 25A01 PSYCH | SUICIDAL: NO | VIOLENT: NO | WEAPONS: NO | ALERT: YES
c noise :: ANY FIGHTING: NEG | ANY WEAPONS: NEG | ANY INJURIES: NEG | JUST LOUD MUSIC & YELLING
c welfare :: INJ: N | MED HX: HTN | CONSC: Y | BREATHING: Y | NEEDS HELP GETTING BACK INTO BED, NOT HURT
c civil :: WEAPONS: NONE | HX VIOL: NONE | PARTIES: LANDLORD + TENANT ARGUING ABOUT LEASE
c intox :: BREATHING: NORMAL | RESPONSIVE: YES | VOMITED ONCE, NOW SITTING UP DRINKING WATER, FRIENDS W/ HER
c dispute :: Q: IS HE VIOLENT A: NO, JUST LOUD | Q: WEAPONS A: NO | Q: DRINKING A: A FEW BEERS
c welfare :: PROQA: CONSC Y, BREATHING Y, CHIEF COMPLAINT: NONE - JUST LONELY, WANTS TO TALK
c harass :: THREATS MADE? NO | CONTACT? TEXTS ONLY | WEAPONS? N/A | RP WANTS TO DOCUMENT
c mental :: DANGER TO SELF? NO | TO OTHERS? NO | OFF MEDS, PACING, WANTS TO GO TO CLINIC
c domestic :: Q: IS HE VIOLENT A: NOT TONIGHT, NEVER HAS BEEN | Q: WPNS A: NONE IN HOME | ARGUING ABOUT DRINKING
w mental :: To answer the questions: no one is hurt, no weapons, she isn't suicidal. My roommate is just having a rough night and hearing things. Can a counselor come?
w welfare :: Answers: he's awake, breathing fine, not bleeding, nothing in his hands. A man has been sitting in our apartment lobby for an hour and seems confused.
'''

# ---------------------------------------------------------------- agencies
# code, name, region, country, W, casing, separator, web prefix, call-type style, CAD prefix
AGENCIES = [
    ('WOR', 'Worcester MA Emergency Communications', 'Northeast', 'US', 80, 'upper', ' / ', 'TXT: ', 'A', ''),
    ('ALB', 'Albany County NY 911', 'Northeast', 'US', 160, 'upper', '; ', 'TEXT-TO-911: ', 'B', '{hr} RMKS: '),
    ('CHA', 'Chatham County GA E911', 'Southeast', 'US', 120, 'upper', ' -- ', 'WEB RPT: ', 'D', ''),
    ('KNX', 'Knoxville-Knox County TN ECD', 'Southeast', 'US', 255, 'mixed', '. ', 'Online report: ', 'C', ''),
    ('DAN', 'Dane County WI Public Safety Communications', 'Midwest', 'US', 200, 'mixed', ' / ', 'Text session: ', 'D', ''),
    ('AKR', 'Akron OH Regional ECC', 'Midwest', 'US', 72, 'upper', ' * ', 'TXT911 ', 'A', ''),
    ('PIM', 'Pima County AZ 911', 'Southwest', 'US', 100, 'upper', ' ** ', 'SMS: ', 'B', ''),
    ('ABQ', 'Albuquerque NM ECC', 'Southwest', 'US', 144, 'mixed', ' | ', 'Web: ', 'C', ''),
    ('SPK', 'Spokane WA Regional 911', 'West', 'US', 128, 'lower', '; ', 'txt: ', 'A', ''),
    ('BOI', 'Ada County ID Dispatch', 'West', 'US', 90, 'upper', ' // ', 'T911: ', 'D', ''),
    ('WPG', 'Winnipeg MB 911 PSAP', 'Canada', 'CA', 150, 'upper', ' / ', 'TXT: ', 'E', '[{hr}] '),
    ('HAM', 'Hamilton ON Communications', 'Canada', 'CA', 240, 'mixed', ' - ', 'Text with 911: ', 'E', ''),
]

# call-type category -> (A apco-ish, B short words, C mixed verbose, D milwaukee-like, E canadian)
CALLTYPES = {
    'welfare':  ('WELFARE', 'WELF CHK', 'Welfare Check', 'WELFARE CITIZEN', 'CHECK WELLBEING'),
    'mental':   ('MNTL', 'MENTAL SUBJ', 'Mental Health Crisis', 'MENTAL OBSERVATION', 'MHA'),
    'suicide':  ('SUICIDE', 'SUICIDAL SUBJ', 'Suicidal Person', 'SUICIDE THREAT/ATT', 'SUICIDE'),
    'medical':  ('MEDICAL', 'MED ASSIST', 'Medical Assist', 'RAPID ASSIST', 'MEDICAL ASSIST'),
    'dispute':  ('CDX', 'DISPUTE', 'Disturbance - Dispute', 'TRBL W/SUBJ', 'DISTURBANCE'),
    'domestic': ('DVNA', 'DOMESTIC', 'Domestic Disturbance', 'FAMILY TROUBLE', 'DOMESTIC'),
    'fight':    ('FIGHT', 'FIGHT', 'Fight', 'FIGHT', 'ASSAULT'),
    'shots':    ('SHOTS', 'SHOTS HEARD', 'Shots Heard', 'SHOTS FIRED', 'SHOTS FIRED'),
    'noise':    ('NOISE', 'NOISE COMPL', 'Noise Complaint', 'NOISE NUISANCE', 'NOISE COMPLAINT'),
    'fireworks': ('NOISE', 'FIREWORKS', 'Fireworks', 'FIREWORKS', 'FIREWORKS'),
    'susp':     ('SUSP', 'SUSP PERS', 'Suspicious Person', 'SUSP PERS/AUTO', 'SUSPICIOUS PERSON'),
    'theft':    ('THEFT', 'THEFT', 'Theft Report', 'THEFT', 'THEFT UNDER'),
    'burglary': ('BURG', 'BURGLARY', 'Burglary', 'BURGLARY', 'B&E'),
    'traffic':  ('TRAFFIC', 'TRAFFIC', 'Traffic Complaint', 'PARKING TROUBLE', 'TRAFFIC COMPLAINT'),
    'juvenile': ('JUV', 'JUV PROB', 'Juvenile Problem', 'TRBL W/JUVENILE', 'YOUTH PROBLEM'),
    'animal':   ('ANIMAL', 'ANIMAL COMPL', 'Animal Complaint', 'CRUELTY ANIMAL', 'ANIMAL COMPLAINT'),
    'assist':   ('CITASST', 'ASSIST', 'Citizen Assist', 'CALL FOR POLICE', 'ASSIST PUBLIC'),
    'trespass': ('TRESPASS', 'TRESPASS', 'Trespass', 'TRBL W/SUBJ', 'UNWANTED PERSON'),
    'unknown':  ('TROUBLE', 'UNK TRBL', 'Unknown Trouble', 'CALL FOR POLICE', 'UNKNOWN TROUBLE'),
    'harass':   ('HARR', 'HARASSMENT', 'Harassment', 'TRBL W/SUBJ', 'HARASSMENT'),
    'missing':  ('PERMISS', 'MISSING', 'Missing Person', 'MISSING PERSON', 'MISSING PERSON'),
    'found':    ('FOUND', 'FOUND PROP', 'Found Property', 'PROPERTY PICK-UP', 'FOUND PROPERTY'),
    'intox':    ('INTOX', 'INTOX SUBJ', 'Intoxicated Person', 'SUBJ DOWN/INTOX', 'INTOXICATED PERSON'),
    'civil':    ('CIVIL', 'CIVIL', 'Civil Matter', 'LANDLORD/TENANT TRBL', 'CIVIL DISPUTE'),
    'child':    ('CHILD', 'CHILD NEGLECT', 'Child Welfare', 'CHILD NEGLECT', 'CHILD WELFARE'),
    'property': ('CIVIL', 'PROPERTY PICKUP', 'Property Pickup', 'PROPERTY PICK-UP', 'KEEP THE PEACE'),
}
STYLE_IDX = {'A': 0, 'B': 1, 'C': 2, 'D': 3, 'E': 4}

# ---------------------------------------------------------------- slot values
STREETS = ['Elm St', 'N 27th St', 'W Vliet St', 'Oak Ave', 'Maple Dr', 'River Rd', 'Martin Luther King Jr Dr',
           'Portage Ave', 'King St E', 'Congress St', 'Broadway', 'Central Ave', 'Summit Ave', 'Mill Rd',
           '2nd Ave S', 'Lake Shore Dr', 'Park Pl', 'Washington Blvd', 'Cedar Ln', 'Grant St', 'Franklin Ave',
           'Highland Ave', 'Union St', 'Spring St', 'Harbor Way', 'Pembina Hwy', 'Speedway Blvd', 'Fairview Ave',
           'Chapman Hwy', 'Hamilton Ave', 'Division St', 'Barton St E']
BIZ = ['Kwik Trip', 'Walgreens', 'Dollar General', 'the laundromat', 'the public library', 'the Greyhound station',
       'Family Dollar', 'Aldi', 'the Shell station', "McDonald's", 'Tim Hortons', 'the Circle K', 'Safeway',
       'the community center', 'the VA clinic', 'the food bank', 'the Marathon station', 'Speedway',
       'the credit union', 'the pawn shop', 'Food Lion', "Fry's", 'the Save-On', 'the Waffle House',
       'the transit center', 'Shoppers Drug Mart']
REL = ['son', 'brother', 'nephew', 'roommate', 'boyfriend', 'husband', 'father', 'uncle', 'cousin',
       'grandson', 'stepson', 'ex-boyfriend']
RELF = ['daughter', 'sister', 'mother', 'girlfriend', 'wife', 'aunt', 'niece', 'roommate', 'grandmother',
        'stepdaughter']
VEH = ['silver Honda Civic', 'black Chevy Tahoe', 'white Ford F-150', 'red Kia Soul', 'grey Nissan Altima',
       'green Subaru Outback', 'maroon Dodge Caravan', 'blue Toyota Corolla', 'white Ram van',
       'tan Buick LaCrosse', 'black Jeep Cherokee', 'gold Hyundai Sonata', 'white Toyota Sienna']
PARKS = ['Riverside Park', 'Lincoln Park', 'Washington Park', 'the dog park', 'Kelly Park', 'Mitchell Park',
         'Assiniboine Park', 'Veterans Park', 'the Greenway trail', 'Memorial Park', 'Cedar Park',
         'the skate park', 'Gage Park', 'Reid Park']

CAD_FILL_END = ['UNIT {unit} ENRT', '2ND CALLER SAME INFO', 'RP CB # ON FILE', 'PREMISE INFO: NONE ON FILE',
                'RP WILL MEET UNITS OUT FRONT', 'RP REQ NO CONTACT', 'XST {street}', 'ADV SUPV',
                'DUP CALL LINKED', 'PHASE II LOC CONFIRMED', 'XFER FROM NON-EMERG LINE', 'RP IS THE MANAGER',
                'RP ADVISED OF DELAY', 'RP ON SCENE IN A {veh}', 'LANDMARK: NEAR {biz}', 'PER RP GATE CODE 4417',
                'BEAT {n}{n2}', 'UNIT {unit} ADVISED', 'CALLBACK NBR VERIFIED']
CAD_FILL_START = ['UNIT {unit} ASSIGNED', 'CALL RECD {hr}', 'LINKED TO INC #{num}', 'RP LANGUAGE: ENGLISH',
                  'ANI/ALI MATCH', 'WIRELESS CALLER', 'CALL ORIGIN: {origin}', 'RP CALLING FROM WORK',
                  'XFER FROM NEIGHBORING PSAP', 'RP IS A PASSERBY',
                  'RP DECLINED TO GIVE NAME']
WEB_FILL_START = ['Hello.', 'Hi, this is a resident on {street}.', "I'm not sure if this is the right place to report this.",
                  'Good evening.', 'Sorry to bother you.', 'Hi, texting instead of calling.']
WEB_FILL = ['Sent from my phone.', 'My number is on file.', 'I will be out front.', 'Thank you.',
            'Please have them text me when close.', 'I can answer questions by text.',
            'The cross street is {street}.']

NEGATORS = ['no', 'not', 'denies', 'deny', 'denied', 'neg', 'negative', 'none', 'never', 'without', 'unk',
            'nobody', 'noone', 'hasn', 'isn', 'wasn', 'doesn', 'didn', 'won', 'can', 'cant', 'dont']

PHONETIC = [
    ('seizure', ['ceasure', 'seasure', 'siezure']), ('overdosed', ['overdossed', 'over dosed', 'overdoest']),
    ('overdose', ['overdoce', 'ovredose']), ('stabbed', ['stabed', 'stabd']),
    ('unconscious', ['unconshus', 'unconsious', 'unconcious']),
    ('unresponsive', ['unresponsve', 'unresposive', 'unrespondsive']),
    ('breathing', ['breathin', 'breething', 'brething']), ('bleeding', ['bleading', 'bleedin', 'bleeeding']),
    ('ambulance', ['ambulence', 'ambalance']), ('suicidal', ['suicidle', 'sucidal', 'suisidal']),
    ('suicide', ['suiside', 'sucide']), ('knife', ['nife', 'knif', 'kinfe']), ('weapons', ['wepons', 'weppons']),
    ('weapon', ['wepon', 'weopon']), ('pistol', ['pistal', 'pistle']), ('threatening', ['thretening', 'threating']),
    ('threatened', ['threatend', 'thretened']), ('diabetic', ['diabetick', 'diabedic']),
    ('choking', ['chokeing', 'chocking']), ('choked', ['choaked', 'chocked']), ('machete', ['machetty', 'mashete']),
    ('assault', ['assualt', 'asault']), ('revolver', ['revolvor', 'revolber']), ('rifle', ['rifel', 'rifal']),
    ('hanging', ['hangin', 'hanjing']), ('pills', ['pils', 'pillz']), ('screaming', ['screming', 'screamming']),
    ('burglary', ['burglery', 'burgalry']), ('suspicious', ['suspisious', 'suspicous']),
    ('neighbor', ['nieghbor', 'naybor', 'neighbr']), ('apartment', ['appartment', 'apartmnt']),
    ('intoxicated', ['intoxicted', 'intoxacated']), ('harassing', ['harrassing', 'harasing']),
    ('punched', ['puched', 'punshed']), ('hammer', ['hamer', 'hammmer']), ('bottle', ['botle', 'bottel']),
    ('shotgun', ['shot gun', 'shotgn']), ('handgun', ['hand gun', 'handgn']), ('gunshots', ['gun shots', 'gunshts']),
    ('collapsed', ['colapsed', 'collasped']), ('breathing?', ['breathng?']), ('bridge', ['brige', 'bridg']),
    ('strangle', ['strangel', 'stragle']), ('hitting', ['hiting', 'hittin']), ('fighting', ['fightin', 'figting']),
    ('missing', ['mising', 'missin']), ('dementia', ['dimentia', 'demensia']), ('exposing', ['exposeing', 'exposin']),
    ('swerving', ['swirving', 'swerveing']), ('drunk', ['drunck', 'drukn']), ('argument', ['arguement', 'argumnt']),
    ('bleach', ['bleech', 'bleash']), ('railing', ['railling', 'raling']), ('jump', ['jumpp', 'jmup']),
    ('fireworks', ['fire works', 'firewroks']), ('welfare', ['welfair', 'wellfare']),
    ('vomiting', ['vommiting', 'vomitting']), ('wrists', ['rists', 'wrist']), ('residence', ['residance', 'recidence']),
]

# ---------------------------------------------------------------- template parsing
def parse_templates():
    out = []
    section = None
    for raw in TEMPLATES.split('\n'):
        line = raw.strip()
        if not line:
            continue
        if line.startswith('## '):
            section = line[3:].strip()
            continue
        style, rest = line.split(' ', 1)
        cat, text = rest.split(' :: ', 1)
        assert style in ('c', 'w'), line
        assert cat.strip() in CALLTYPES, line
        is_red = not section.startswith('eligible:')
        if is_red:
            assert '[[' in text and '((' not in text and '{{' not in text, line
        else:
            assert '[[' not in text, line
            assert text.count('((') == text.count('{{'), line
        out.append({'tid': 'T%04d' % (len(out) + 1), 'section': section, 'style': 'cad' if style == 'c' else 'web',
                    'cat': cat.strip(), 'text': text.strip()})
    return out


MARK_RE = re.compile(r'\[\[(.*?)\]\]|\(\((\w+):(.*?)\)\)|\{\{(.*?)\}\}')


def to_pieces(text, section):
    """split filled template text into pieces [type, kind, text]"""
    pieces = []
    pos = 0
    for m in MARK_RE.finditer(text):
        if m.start() > pos:
            pieces.append(['t', '', text[pos:m.start()]])
        if m.group(1) is not None:
            pieces.append(['R', section, m.group(1)])
        elif m.group(2) is not None:
            assert m.group(2) in RED_KINDS
            pieces.append(['A', m.group(2), m.group(3)])
        else:
            pieces.append(['S', '', m.group(4)])
        pos = m.end()
    if pos < len(text):
        pieces.append(['t', '', text[pos:]])
    for p in pieces:
        assert '[[' not in p[2] and ']]' not in p[2] and '|' not in p[2] or p[0] == 't', p
    return pieces


# ---------------------------------------------------------------- slots
def slot_values(rng, style):
    num = rng.choice([rng.randint(100, 999), rng.randint(1000, 4999), rng.randint(10, 99) * 100])
    street = rng.choice(STREETS)
    if style == 'cad':
        addr = rng.choice(['%d %s' % (num, street), '%d BLK %s' % (num // 100 * 100, street),
                           '%d %s APT %d' % (num, street, rng.randint(1, 24))])
    else:
        addr = rng.choice(['%d %s' % (num, street), '%d %s Apt %d' % (num, street, rng.randint(1, 24))])
    vals = {
        'addr': addr, 'street': street, 'biz': rng.choice(BIZ), 'rel': rng.choice(REL), 'relf': rng.choice(RELF),
        'age': str(rng.randint(19, 86)), 'veh': rng.choice(VEH), 'park': rng.choice(PARKS),
        'unit': '%d%s%d' % (rng.randint(1, 7), rng.choice('ABCDEKLM'), rng.randint(10, 59)),
        'n': str(rng.randint(1, 9)), 'n2': str(rng.randint(0, 9)), 'hr': '%02d%02d' % (rng.randint(0, 23), rng.randint(0, 59)),
        'num': str(rng.randint(100000, 999999)), 'origin': rng.choice(['911', 'NON-EMERG LINE', 'TEXT', 'ALARM CO']),
    }
    if style == 'cad':
        vals = dict((k, v.upper()) for k, v in vals.items())
    return vals


def fill(text, vals):
    return re.sub(r'\{(\w+)\}', lambda m: vals[m.group(1)], text)


# ---------------------------------------------------------------- typos
def match_case(orig, new):
    if orig.isupper():
        return new.upper()
    if orig[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def generic_typo(rng, w):
    for _ in range(10):
        op = rng.randint(0, 4)
        i = rng.randint(1, len(w) - 2)
        if op == 0:
            nw = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op == 1:
            nw = w[:i] + w[i + 1:]
        elif op == 2:
            nw = w[:i] + w[i] + w[i:]
        elif op == 3 and len(w) >= 7:
            nw = w[:i] + w[i + 2:]
        else:
            vow = 'aeiou' if w.islower() or not w.isupper() else 'AEIOU'
            if w[i] in vow:
                nw = w[:i] + rng.choice([v for v in vow if v != w[i]]) + w[i + 1:]
            else:
                continue
        if nw != w and nw.lower() not in NEGATORS:
            return nw
    return None


WORD_RE = re.compile(r"[A-Za-z][A-Za-z']{3,}[A-Za-z]\??")


def apply_typos(rng, pieces, n_typos):
    """mutate piece texts; return number applied"""
    done = 0
    for _ in range(n_typos):
        cands = []
        for pi, p in enumerate(pieces):
            for m in WORD_RE.finditer(p[2]):
                w = m.group(0).rstrip('?')
                if w.lower() in NEGATORS or "'" in w or len(w) < 5:
                    continue
                cands.append((pi, m.start(), w))
        if not cands:
            break
        phon = []
        for c in cands:
            for k, reps in PHONETIC:
                if c[2].lower() == k:
                    phon.append((c, reps))
                    break
        red_c = [c for c in cands if pieces[c[0]][0] == 'R']
        red_p = [x for x in phon if pieces[x[0][0]][0] == 'R']
        choice = None
        if red_p and rng.random() < 0.6:
            c, reps = rng.choice(red_p)
            choice = (c, match_case(c[2], rng.choice(reps)))
        elif phon and rng.random() < 0.5:
            c, reps = rng.choice(phon)
            choice = (c, match_case(c[2], rng.choice(reps)))
        else:
            pool = red_c if (red_c and rng.random() < 0.4) else cands
            c = rng.choice(pool)
            nw = generic_typo(rng, c[2])
            if nw:
                choice = (c, nw)
        if choice is None:
            continue
        (pi, st, w), nw = choice
        s = pieces[pi][2]
        pieces[pi][2] = s[:st] + nw + s[st + len(w):]
        done += 1
    return done


# ---------------------------------------------------------------- rendering
UPPER_TOKENS = ['rp', 'dv', 'dvna', 'dva', 'etoh', 'od', 'ems', 'emd', 'cpr', 'als', 'loc', 'unc', 'unr', 'dib',
                'sob', 'cp', 'si', 'hi', 'bh', 'act', 'aps', 'pt', 'yo', 'yoa', 'yom', 'yof', 'ifo', 'mva', 'lp',
                'cb', 'vm', 'tv', 'atm', 'id', 'vfw', 'hoa', 'mo', 'edp', 'nb', 'sb', 'eb', 'wb', 'xst', 'enrt',
                'unk', 'neg', 'bf', 'gf', 'ccw', 'rr', 'htn', 'copd', 'bs', 'dui', 'mph', 'proqa', 'wpns', 'inj',
                'hx', 'rxn', 'sx', 'rpt', 'apt', 'blk', 'abd', 'updt', 'upd', 'i', 'y', 'n', 'm', 'f',
                'ani', 'ali', 'supv', 'ii', 'juv', 'juvs', 'mo', 'lpn', 'rmks', 'phys', 'us']
UPPER_SET_LIST = sorted(UPPER_TOKENS)


def case_mixed(s, sep):
    s = s.lower()
    def up(m):
        w = m.group(0)
        if w in UPPER_SET_LIST or any(ch.isdigit() for ch in w):
            return w.upper()
        return w
    s = re.sub(r"[a-z0-9]+", up, s)
    s = re.sub(r"\b([qa])(\d?):", lambda m: m.group(1).upper() + m.group(2) + ':', s)
    # capitalise the first letter of the narrative and of each segment
    chars = list(s)
    starts = [0]
    for m in re.finditer(re.escape(sep.strip() or sep) + r'\s*', s):
        starts.append(m.end())
    for m in re.finditer(r'[.;] +', s):
        starts.append(m.end())
    for st in starts:
        j = st
        while j < len(chars) and not chars[j].isalnum():
            j += 1
        if j < len(chars):
            chars[j] = chars[j].upper()
    return ''.join(chars)


def render(pieces, ag, style, vals):
    code, name, region, country, W, casing, sep, webp, cts, cadp = ag
    parts = [[p[0], p[1], p[2]] for p in pieces]
    if style == 'cad':
        for p in parts:
            p[2] = p[2].replace(' | ', sep)
        if cadp:
            parts.insert(0, ['f', '', fill(cadp, vals)])
    else:
        parts.insert(0, ['f', '', webp])
    plain = ''.join(p[2] for p in parts)
    if style == 'cad':
        if casing == 'upper':
            plain2 = plain.upper()
        elif casing == 'lower':
            plain2 = plain.lower()
        else:
            plain2 = case_mixed(plain, sep)
        assert len(plain2) == len(plain)
        plain = plain2
    spans = []
    pos = 0
    out = []
    for p in parts:
        txt = plain[pos:pos + len(p[2])]
        out.append([p[0], p[1], txt])
        spans.append((p[0], p[1], pos, pos + len(txt)))
        pos += len(txt)
    return plain, out, spans


def survives_partial(plain, st, en, W):
    if en <= W:
        return True
    if W <= st:
        return False
    kept = sum(1 for ch in plain[st:W] if ch.isalpha())
    total = sum(1 for ch in plain[st:en] if ch.isalpha())
    return kept >= 5 and total - kept <= 3


def derive(plain, spans, W, section):
    trunc = len(plain) > W
    cut = W if trunc else len(plain)
    label, flag, reason = 'eligible', '', None
    for t, k, st, en in spans:
        if t == 'R' and survives_partial(plain, st, en, cut):
            label, flag = 'red', k
            reason = "%s <- '%s'" % (k, plain[st:min(en, cut)].strip())
            break
    if label == 'eligible':
        alarms = [s for s in spans if s[0] == 'A']
        ress = [s for s in spans if s[0] == 'S']
        for i, a in enumerate(alarms):
            r = ress[i]
            if survives_partial(plain, a[2], a[3], cut) and not (r[3] <= cut):
                label, flag = 'red', a[1]
                reason = "%s <- '%s'" % (a[1], plain[a[2]:min(a[3], cut)].strip())
                break
    if label == 'eligible':
        if not section.startswith('eligible:'):
            reason = 'eligible: cut-lost-key (%s)' % section
        else:
            reason = 'eligible: %s' % section.split(':', 1)[1]
    if trunc:
        reason += '; truncated at %d' % W
    return label, flag, reason, trunc, (plain[:W] if trunc else plain)


ALARM_RE = re.compile(r"can'?t (talk|call|speak)|\bhit|struck|blood|\bgun|knife|shot|stab|fight|punch|kill|hurt|"
                      r"jump|pill|overdos|unconsc|breath|scream|weapon|threat|suicid|bridge|drunk|swerv|missing|"
                      r"alone|expos|help|attack|chok|strang|cut|bleed", re.I)


def letters(s):
    return sum(1 for ch in s if ch.isalpha())


def cut_class(plain, spans, W, style):
    """classify a cut at W; None = gray-zone cut the generator refuses to make"""
    cls = 'plain'
    red_whole = False
    for t, k, st, en in spans:
        if t == 'R' and en <= W:
            red_whole = True
        if t in ('R', 'A') and st < W < en:
            kept, total = letters(plain[st:W]), letters(plain[st:en])
            if kept >= 5 and total - kept <= 3:
                cls = 'partial'
            elif kept < 5:
                cls = 'lost' if t == 'R' else 'alarm-lost'
            else:
                return None
        if t == 'S' and W < en:
            if W > st and letters(plain[st:W]) >= 5:
                return None
            if cls != 'alarm-lost' and not any(a[0] == 'A' and a[2] >= W for a in spans):
                cls = 'reslost'
    reds = [sp for sp in spans if sp[0] == 'R']
    content = [sp[2] for sp in spans if sp[0] != 'f']
    if cls in ('lost', 'reslost') or (reds and not red_whole and cls != 'partial'):
        if not content or letters(plain[content[0]:W]) < 18:
            return None
    if reds and not red_whole and cls != 'partial':
        if all(sp[2] >= W for sp in reds) or cls == 'lost':
            cls = 'lost'
            if ALARM_RE.search(plain[:W]):
                return None
    return cls


def bad_cut(plain, W):
    tail = plain[max(0, W - 10):W]
    return ('?' in tail) or (':' in tail) or ('-' in plain[max(0, W - 3):W])


def serialize(parts):
    out = []
    for t, k, txt in parts:
        assert '[[' not in txt and ']]' not in txt, txt
        if t in ('t', 'f'):
            out.append(txt)
        elif t == 'S':
            out.append('[[S|' + txt + ']]')
        else:
            out.append('[[%s:%s|%s]]' % (t, k, txt))
    return ''.join(out)


# ---------------------------------------------------------------- main
def main():
    if len(sys.argv) < 2:
        sys.exit('usage: make_blind24.py OUTDIR')
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(SEED)
    tpls = parse_templates()
    by_section = {}
    for t in tpls:
        by_section.setdefault(t['section'], []).append(t)

    # plan rows: every template once (red kinds capped at their target), extras favour web templates
    plan = []
    n_red = sum(RED_TARGET.values())
    for k in RED_KINDS:
        lst = list(by_section[k])
        rng.shuffle(lst)
        take = lst[:RED_TARGET[k]]
        while len(take) < RED_TARGET[k]:
            take.append(rng.choice(lst))
        plan.extend(take)
    elig_secs = [s for s in by_section if s.startswith('eligible:')]
    elig = []
    for s in elig_secs:
        elig.extend(by_section[s])
    need = N_ROWS - n_red
    plan.extend(elig)
    extra = need - len(elig)
    weighted = []
    for t in elig:
        weighted.extend([t] * (4 if t['style'] == 'web' else 1))
    for _ in range(extra):
        plan.append(rng.choice(weighted))
    rng.shuffle(plan)
    assert len(plan) == N_ROWS

    trunc_rows = [False] * N_ROWS
    for i in rng.sample(range(N_ROWS), TRUNC_TARGET):
        trunc_rows[i] = True

    rows = []
    seen = {}
    for idx, t in enumerate(plan):
        want_trunc = trunc_rows[idx]
        desired = None
        if want_trunc:
            has_s = '{{' in t['text']
            u = rng.random()
            if has_s and u < 0.6:
                desired = 'reslost'
            elif not has_s and t['section'] in RED_KINDS and u < 0.30:
                desired = 'partial'
            elif not has_s and t['section'] in RED_KINDS and u < 0.55:
                desired = 'lost'
        for attempt in range(80):
            vals = slot_values(rng, t['style'])
            text = fill(t['text'], vals)
            pieces = to_pieces(text, t['section'])
            # fillers
            nfill = rng.choice([0, 0, 0, 1, 1, 2])
            fe = rng.sample(CAD_FILL_END, 6)
            fs = rng.sample(CAD_FILL_START, 4)
            fw = rng.sample(WEB_FILL, 5)
            for _ in range(nfill):
                if t['style'] == 'cad':
                    if rng.random() < 0.25 and fs:
                        pieces.insert(0, ['f', '', fill(fs.pop(), vals) + ' | '])
                    else:
                        pieces.append(['f', '', ' | ' + fill(fe.pop(), vals)])
                else:
                    pieces.append(['f', '', ' ' + fill(fw.pop(), vals)])
            if desired in ('reslost', 'lost'):
                nst = rng.randint(0, 2)
                if t['style'] == 'cad':
                    for _ in range(min(nst, len(fs))):
                        pieces.insert(0, ['f', '', fill(fs.pop(), vals) + ' | '])
                else:
                    for f0 in rng.sample(WEB_FILL_START, min(nst, 1)):
                        pieces.insert(0, ['f', '', fill(f0, vals) + ' '])
            ntyp = 0
            if rng.random() < TYPO_SHARE:
                ntyp = apply_typos(rng, pieces, rng.choice([1, 1, 1, 2]))
            order = list(AGENCIES)
            rng.shuffle(order)
            chosen = None
            for extra_fill in range(5):
                cands = []
                for ag in order:
                    plain, parts, spans = render(pieces, ag, t['style'], vals)
                    W = ag[4]
                    if want_trunc:
                        if len(plain) > W + 2 and not bad_cut(plain, W):
                            cc = cut_class(plain, spans, W, t['style'])
                            if cc is not None:
                                cands.append((ag, plain, parts, spans, cc))
                    else:
                        if len(plain) <= W:
                            cands.append((ag, plain, parts, spans, 'none'))
                if cands:
                    pref = [c for c in cands if c[4] == desired]
                    if pref:
                        chosen = pref[0]
                    elif desired is not None and attempt < 40:
                        chosen = None
                    else:
                        chosen = cands[0]
                    break
                if want_trunc and fe and fw:
                    if t['style'] == 'cad':
                        pieces.append(['f', '', ' | ' + fill(fe.pop(), vals)])
                    else:
                        pieces.append(['f', '', ' ' + fill(fw.pop(), vals)])
                else:
                    break
            if chosen is None and (desired is None or attempt >= 40):
                # could not honour the truncation wish: take any agency whose cut is acceptable
                for ag in order:
                    plain, parts, spans = render(pieces, ag, t['style'], vals)
                    if len(plain) <= ag[4] or (not bad_cut(plain, ag[4]) and
                                               cut_class(plain, spans, ag[4], t['style']) is not None):
                        chosen = (ag, plain, parts, spans, 'fallback')
                        break
            if chosen is None:
                continue
            ag, plain, parts, spans, _ = chosen
            label, flag, reason, trunc, narr = derive(plain, spans, ag[4], t['section'])
            keyn = ' '.join(narr.lower().split())
            if keyn in seen:
                continue
            seen[keyn] = 1
            break
        else:
            raise SystemExit('could not make a unique row for %s' % t['tid'])
        ct = CALLTYPES[t['cat']][STYLE_IDX[ag[8]]]
        rid = 'B24-%04d' % (idx + 1)
        rows.append({'id': rid, 'call_type': ct, 'narrative': narr, 'label': label, 'flags': flag,
                     'reason': reason, 'split': 'blind24',
                     '_m': {'id': rid, 'agency': ag[0], 'W': ag[4], 'tid': t['tid'], 'style': t['style'],
                            'typos': ntyp, 'markup': serialize(parts)}})

    with open(os.path.join(outdir, 'blind24.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\r\n')
        w.writerow(['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split'])
        for r in rows:
            w.writerow([r['id'], r['call_type'], r['narrative'], r['label'], r['flags'], r['reason'], r['split']])
    markup = {
        'seed': SEED,
        'agencies': [{'code': a[0], 'name': a[1], 'region': a[2], 'country': a[3], 'W': a[4], 'casing': a[5],
                      'separator': a[6]} for a in AGENCIES],
        'templates': [{'tid': t['tid'], 'section': t['section'], 'style': t['style'], 'cat': t['cat'],
                       'text': t['text']} for t in tpls],
        'rows': [r['_m'] for r in rows],
    }
    with open(os.path.join(outdir, 'blind24_markup.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(markup, f, indent=1, sort_keys=True, ensure_ascii=True)
        f.write('\n')
    nred = sum(1 for r in rows if r['label'] == 'red')
    print('rows %d red %d (%.1f%%) truncated %d' % (len(rows), nred, 100.0 * nred / len(rows),
                                                   sum(1 for r in rows if 'truncated at' in r['reason'])))


if __name__ == '__main__':
    main()
