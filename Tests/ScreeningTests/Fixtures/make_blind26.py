#!/usr/bin/env python3
"""Generate the blind26 held-out evaluation set. Usage: make_blind26.py OUTDIR"""
TEMPLATES = r'''
## red weapon
c susp :: {RP} {STS} {M} PACING IFO {place}, YELLING AT CARS ;; {UPD} [[{SUBJ} NOW HAS A KNIFE OUT]] ;; {RP} INSIDE W/ DOORS LOCKED
c disturb :: VERBAL ARG BETWEEN NEIGHBORS OVER PARKING SPOT ;; NO PHYSICAL PER {RP} ;; 2ND CALLER {STS} [[MALE WENT TO HIS TRUCK AND CAME BACK WITH A TIRE IRON]]
c welfare :: {RP} REQ CHECK ON HER {rel}, ACTING ODD SINCE THIS AM ;; {UPD} {RP} {ADV} [[HE IS WAVING A MACHETE IN THE BACKYARD]]
c shots :: {RP} HEARD POPS NEAR {st}/{st2} ;; {UPD} 2ND CALLER {STS} [[SAW MALE FIRE 2 ROUNDS FROM A {veh}]]
c dv :: {F} {STS} EX BF SHOWED UP UNINVITED, ARGUING AT FRONT DOOR ;; {UPD} [[HE HAS A GUN IN HIS WAISTBAND]] PER {RP} ;; {RP} IN BATHROOM W/ KIDS
c trespass :: MGR AT {biz} {STS} {M} REFUSING TO LEAVE AFTER BEING ASKED X3 ;; {UPD} [[{SUBJ} PULLED A BOX CUTTER ON STAFF]]
c susp :: {RP} {STS} {M} IN {cloth} SITTING IN {veh} FOR {n} MIN ;; {UPD} [[RP SAW A HANDGUN ON HIS LAP]] WHEN HE WALKED PAST
c noise :: LOUD PARTY {addr}, MUSIC + YELLING ;; {UPD} [[GUESTS IN FRONT YARD BRANDISHING A RIFLE]]
c civil :: LANDLORD/TENANT DISPUTE OVER DEPOSIT ;; {UPD} [[TENANT GRABBED A CLAW HAMMER AND IS SWINGING IT AT LANDLORD]]
c mental :: {RP} {STS} {rel} OFF MEDS, TALKING TO HIMSELF ;; DENIES SI ;; {UPD} [[{rel} IS HOLDING A KITCHEN KNIFE AND WONT PUT IT DOWN]]
c juvenile :: GROUP OF JUVS HANGING OUT AT {place} ;; {UPD} [[1 JUV SHOWED A PISTOL IN HIS WAISTBAND]] TO THE OTHERS
c traffic :: ROAD RAGE EB {st} AT {st2} ;; [[DRIVER OF {veh} POINTED A GUN AT RP]] ;; RP NOW PULLED INTO {biz}
c harass :: {RP} {STS} EX KEEPS DRIVING PAST HOUSE ;; {UPD} [[EX IS NOW ON THE PORCH WITH A BASEBALL BAT]]
c intox :: INTOX {M} AT BUS STOP ON {st} ;; {UPD} [[{SUBJ} SMASHED A BOTTLE AND IS JABBING THE BROKEN NECK AT PEOPLE]]
c fight :: 2 MALES ARGUING OUTSIDE {biz} ;; {UPD} [[ONE HAS BRASS KNUCKLES ON]] ;; NO BLOWS YET PER RP
c susp :: {M} CHECKING CAR DOORS ON {st} ;; {UPD} [[RP SEES WHAT LOOKS LIKE A GUN IN HIS HAND]]
c welfare :: WELFARE CHK {addr}, FAMILY HASNT HEARD FROM {P} IN 3 DAYS ;; {UPD} NEIGHBOR {STS} [[SUBJ ANSWERED DOOR HOLDING A SHOTGUN]] AND SLAMMED IT
c assist :: LOCKOUT ASSIST REQ, RP LOCKED OUT OF OWN APT ;; {UPD} {RP} {ADV} [[ROOMMATE IS INSIDE WAVING A KNIFE]] AT THE DOOR
c dv :: FAMILY ARG AT {addr} ;; {RP} {STS} [[HUSBAND GOT THE GUN OUT OF THE SAFE]] ;; RP LEFT RES, ON FOOT
c mental :: MH SUBJ ON PORCH OF {addr}, RAMBLING ;; {UPD} [[SUBJ HAS A SWORD AND IS SLASHING AT THE BUSHES]]
c noise :: MUSIC BOX {addr} ;; {UPD} [[NEIGHBOR CAME OUT HOLDING A CROSSBOW]] AND IS STANDING IN DRIVEWAY
c theft :: SHOPLIFTER AT {biz} ;; [[SUSP DISPLAYED A KNIFE WHEN LP STOPPED HIM]] ;; LS {dir} ON {st}
c parking :: PARKING DISPUTE IN LOT OF {place} ;; {UPD} [[DRIVER GOT OUT WITH A CROWBAR]] AND IS WALKING TWD RP
c unhoused :: CAMP COMPLAINT UNDER {st} OVERPASS ;; {UPD} [[ONE OCCUPANT SWINGING A METAL PIPE AT PEDESTRIANS]]
c animal :: DOG AT LARGE, OWNER CONFRONTED {RP} ;; {UPD} [[OWNER LIFTED SHIRT TO SHOW A HANDGUN]]
c susp :: SUSP VEH {veh} PARKED {n} MIN IFO SCHOOL ;; {RP} {STS} [[OCCUPANT IS LOADING A MAGAZINE]]
c juvenile :: STUDENT AT {place} {STS} [[CLASSMATE HAS A GUN IN HIS BACKPACK]] RIGHT NOW
c disturb :: YELLING IN HALLWAY {addr} ;; {UPD} [[MALE BANGING ON DOORS W/ A HATCHET]]
c welfare :: {P} ON BENCH IN {park} TALKING LOUDLY ;; {UPD} 2ND CALLER {STS} [[THERE IS A REVOLVER ON THE BENCH NEXT TO HIM]]
c info :: {RP} {STS} HER {rel} BOUGHT A GUN YESTERDAY, HAS BEEN DRINKING ;; {UPD} [[HE IS NOW SITTING IN THE DRIVEWAY WITH THE GUN LOADED]]
c civil :: CUSTODY EXCHANGE AT {place} GETTING HEATED ;; {UPD} [[FATHER PULLED A KNIFE FROM HIS BELT]]
c fireworks :: FIREWORKS COMPLAINT {addr} ;; {UPD} {RP} NOW {STS} [[MALE IS FIRING A HANDGUN INTO THE AIR]]
c disturb :: ARGUMENT AT {biz} COUNTER OVER CHANGE ;; {UPD} [[CUSTOMER HOLDING SCISSORS TO CLERK'S NECK]]
c susp :: {RP} {STS} {M} IN ALLEY BEHIND {addr} ;; UNK IF ARMED ;; {UPD} [[RP NOW SEES A RIFLE SLUNG OVER HIS SHOULDER]]
c disturb :: [[{SUBJ} W/ KNIFE IN HAND]] WALKING {dir} ON {st} ;; {UPD} {RP} LOST SIGHT OF HIM NEAR {place}
c mental :: {M} IN PARKING GARAGE ;; [[SWINGING A GOLF CLUB AT PARKED CARS]] ;; {UPD} {RP} {STS} HE SLOWED DOWN SOME
c susp :: {U} {S_C4} ON EARLIER SUSP CALL ;; {UPD} 2ND CALLER {STS} [[SAME MALE BACK W/ A BAT]] HITTING MAILBOXES
c dv :: {F} {STS} BF BROKE HER PHONE ;; NO WEAPONS SEEN EARLIER ;; {UPD} [[BF NOW HAS A STEAK KNIFE]] IN KITCHEN
s susp :: um hi yeah so there's this guy outside the {place} ;; he's been like yelling at people for a while now ;; and [[he's got a nife]] he's waving it around
s dv :: hi um my my sister's boyfriend is here and they've been they've been yelling ;; and now [[he went and got his gun from the car]] ;; i'm in the back room
s disturb :: uh yes ma'am i'm on {st} by the laundromat ;; there's two guys arguing and [[one of them has a bat]] he's swinging it
s traffic :: so i was driving on {st} ;; and this guy in a {veh} cut me off and then [[he pointed a gun at me]] out the window
s susp :: there's a man in the parking lot he he keeps walking back and forth ;; [[i think he has a gun in his pocket]] i can see the handle
s disturb :: my neighbor is out in the street um ;; [[he's got like a machete]] and he's yelling at the cars
s theft :: i'm the manager at {biz} ;; a customer got mad about a refund ;; [[and he pulled a knife out]] and he's still in the store
s welfare :: hi i need someone to check on my brother ;; he's been drinking since this morning ;; and [[he's sitting on the porch with his shot gun]] loading it
s disturb :: there's a lady at the bus stop she's screaming at everybody ;; [[she's holding a broken bottle]] like pointing it at people
s mental :: ok so um my roommate he's been off his meds ;; [[he's got a kitchen nife]] and he won't put it down
s shots :: there was like bangs ;; [[somebody is shooting on our street]] right now i can hear it
s juvenile :: um yes there's a group of kids at the park ;; and [[one of them has a gun]] he showed it to my son
s harass :: my ex is outside ;; [[he has a crow bar]] he's hitting my car with it
s trespass :: i work at the {place} ;; this guy came in asking for money ;; [[he's got a box cutter]] in his hand
s mental :: so there's a man on the train platform like he's talking to himself ;; [[and he's got an axe]] like a real axe
s dv :: hi sorry um my dad is really angry at my mom ;; [[he took out the rifle]] from the closet
s susp :: i'm i'm at the atm on {st} ;; a guy came up behind me ;; [[he's holding a gun]] by his side
## red violence
c disturb :: {RP} {STS} LOUD ARGUMENT NEXT DOOR {addr} ;; {UPD} [[RP CAN SEE MALE HITTING FEMALE THROUGH WINDOW]]
c civil :: CUSTOMER DISPUTE AT {biz} OVER REFUND ;; {UPD} [[CUSTOMER JUMPED COUNTER AND IS PUNCHING CLERK]]
c juvenile :: JUVS LOITERING IFO {place} ;; {UPD} [[NOW 6-8 JUVS FIGHTING IN THE LOT]]
c dv :: {F} {STS} BF YELLING, NO WEAPONS ;; {UPD} [[BF IS CHOKING HER]] ;; RP SCREAMING AT HIM TO STOP
c noise :: LOUD MUSIC APT {apt} ;; {UPD} [[2 MALES IN HALLWAY THROWING PUNCHES]]
c intox :: INTOX {M} AT {place} ;; {UPD} [[{SUBJ} SHOVED SECURITY GUARD DOWN THE STEPS]]
c welfare :: {RP} {STS} ELDERLY MOTHER'S CAREGIVER ACTING STRANGE ;; {UPD} [[CAREGIVER DRAGGING MOTHER BY THE ARM ACROSS THE FLOOR]]
c susp :: {M} FOLLOWING {F} DOWN {st} ;; {UPD} [[HE GRABBED HER AND IS PULLING HER TOWARD A {veh}]]
c harass :: ONGOING ISSUE W/ NEIGHBOR, {RP} WANTS IT DOCUMENTED ;; {UPD} [[NEIGHBOR JUST SPIT ON RP AND SHOVED HIM]]
c traffic :: MINOR FENDER BENDER {st}/{st2}, NO INJ ;; {UPD} [[DRIVERS NOW FIGHTING IN THE ROADWAY]]
c disturb :: COUPLE ARGUING IN LOT OF {place} ;; {UPD} [[MALE SLAMMED FEMALE'S HEAD INTO CAR DOOR]]
c child :: {RP} {STS} NEIGHBOR YELLING AT CHILD IN YARD ;; {UPD} [[NOW HITTING THE CHILD WITH A BELT]]
c unhoused :: 2 TRANSIENTS ARGUING OVER A CART ;; [[ONE KNOCKED THE OTHER DOWN AND IS KICKING HIM]]
c mental :: MH SUBJ AT {place} YELLING AT BUSES ;; {UPD} [[SUBJ THROWING ROCKS AT PEOPLE WAITING]]
c dv :: HX OF VERBAL ONLY AT LOC ;; {RP} {STS} [[HE JUST PUSHED HER DOWN THE STAIRS]]
c assist :: {RP} REQ HELP GETTING PROPERTY FROM EX ;; {UPD} [[EX SHOVED RP OUT THE DOOR AND PUNCHED HIM]]
c juvenile :: AFTER SCHOOL CROWD AT {place} ;; [[JUVS STOMPING ON ONE KID]] ON THE GROUND
c disturb :: BAR DISTURBANCE {biz} ;; {UPD} [[BOUNCER AND PATRON BRAWLING ON SIDEWALK]]
c info :: {RP} {STS} HEARD ARGUMENT UPSTAIRS ;; {UPD} {RP} WENT UP AND [[SAW MALE STRANGLING FEMALE]]
c fight :: [[FIGHT JUST BROKE UP]] IFO {biz} ;; PARTIES STILL YELLING ACROSS {st}
c civil :: PROPERTY LINE DISPUTE, SURVEY STAKES PULLED ;; {UPD} [[NEIGHBOR TACKLED RP INTO THE HEDGE]]
c animal :: DOG BARKING COMPLAINT ;; {UPD} [[OWNER ATTACKED RP WHEN HE KNOCKED]] ON DOOR
c parking :: CAR BLOCKING DRIVEWAY {addr} ;; {UPD} [[OWNER CAME BACK AND HEADBUTTED RP]]
c welfare :: CHK WELFARE {F} CRYING IN {veh} ;; {UPD} [[MALE DRIVER IS PUNCHING HER]]
c disturb :: ROOMMATE DISPUTE OVER RENT ;; {UPD} [[ROOMMATE THREW A CHAIR AT RP]]
c theft :: {RP} CONFRONTED PERSON TAKING PACKAGES ;; [[SUBJ SHOVED RP TO THE GROUND]] AND IS STILL ON THE BLOCK
c harass :: EX TEXTING RP NONSTOP ;; {UPD} [[EX ARRIVED AND IS DRAGGING RP BY THE HAIR]]
c dv :: {RP} IS 14YO, {STS} PARENTS ARGUING ;; [[DAD IS BEATING MOM]] IN THE KITCHEN
c susp :: LARGE GROUP GATHERED ON {st} ;; {UPD} [[BRAWL, APPROX 15 INVOLVED]]
c mental :: {rel} IN CRISIS, {RP} WANTS MOBILE CRISIS ;; NO WEAPONS SEEN ;; [[{rel} THEN PUNCHED RP IN THE FACE]]
c intox :: DRUNK MALE WONT LEAVE PARTY {addr} ;; [[HE IS WRESTLING WITH THE HOST ON THE FLOOR]]
c noise :: PARTY NOISE {addr} ;; {UPD} [[GUESTS NOW BRAWLING IN THE STREET]]
c welfare :: HOME HEALTH AIDE {STS} [[SON SLAPPED PATIENT SEVERAL TIMES]] WHILE SHE WAS THERE
c disturb :: NEIGHBORS YELLING OVER FENCE ;; {UPD} [[ONE IS THROWING BRICKS AT THE OTHER]]
c disturb :: DISPUTE ON BUS RTE {route} ;; [[PASSENGER ASSAULTED DRIVER]] ;; BUS STOPPED AT {st}
c dv :: [[SHE WAS JUST HIT BY BF]] ;; {UPD} BF WENT TO CORNER STORE, {RP} STILL AT RES
c susp :: [[MALE CHASING FEMALE AROUND THE BLOCK]] ;; {UPD} CAUGHT HER NEAR {place}
c disturb :: {U} {S_C4} ON NOISE CALL {addr} 20 MIN AGO ;; {UPD} [[NOW FEMALE BEING THROWN AGAINST THE WALL]] PER NEIGHBOR
s fight :: hi um there's a fight ;; [[they're fighting right now]] in front of the store like three guys
s dv :: my neighbors are at it again ;; normally it's just yelling but ;; [[i can see him hitting her]] through the window
s disturb :: my son and his friend got into it ;; and [[now they're punching each other]] in the kitchen
s disturb :: ok there's this guy on the bus ;; and he just he just [[attacked the driver]] like grabbed him
s disturb :: so my roommate was drunk ;; and [[he threw a lamp at me]] and he's still here
s susp :: there's a lady being um ;; [[a guy is draging a woman]] down the alley by her arm
s juvenile :: hi im calling because some kids ;; [[they're kicking a kid]] who's on the ground
s dv :: uh my husband ;; [[he just choked me]] and then he went in the garage
s fight :: there's like a bunch of people ;; [[a big brawl]] outside the club on {st}
s dv :: my my brother is ;; [[he's beating up my dad]] please
s harass :: yeah the neighbor came over screaming ;; [[and shoved my mom]] off the porch
s mental :: um somebody's throwing stuff ;; [[he's throwing bottles at people]] at the bus stop
s parking :: two guys were arguing about a parking spot ;; [[now one punched the other]]
s dv :: my daughter's boyfriend ;; [[he slapped her]] in front of me like twice
s fight :: there was a a thing at the gym ;; [[they just finished fighting]] and they're still out front yelling
s fight :: i'm at the gas station ;; a man is [[chasing a guy around the pumps trying to hit him]]
s disturb :: there's a lady at the laundromat ;; [[she's hitting an old man]] with her purse over and over
## red threat
c harass :: {RP} {STS} EX HAS BEEN CALLING ALL DAY ;; {UPD} [[EX SAID HE IS COMING OVER TONIGHT TO KILL HER]]
c civil :: LANDLORD/TENANT ISSUE, UNPAID RENT ;; [[LANDLORD TOLD TENANT HE WILL BURN THE HOUSE DOWN WITH HER IN IT]]
c disturb :: NEIGHBOR YELLING OVER FENCE ABOUT LEAVES ;; {UPD} [[NEIGHBOR STS HE WILL SHOOT RP'S DOG AND THEN RP]]
c info :: {RP} IS HR AT {biz} ;; FIRED EMPLOYEE LEFT VOICEMAIL ;; [[SAID HE WOULD COME BACK AND SHOOT EVERYONE]]
c dv :: {F} {STS} BF LEFT FOR WORK ANGRY ;; [[BF TEXTED THAT HE WILL BEAT HER WHEN HE GETS HOME]] AT 5
c juvenile :: SCHOOL RESOURCE REQ ;; [[STUDENT POSTED HE WILL BRING A GUN TO SCHOOL TOMORROW]]
c mental :: {rel} AGITATED, OFF MEDS ;; [[SUBJ SAYING HE WILL HURT HIS MOTHER IF SHE CALLS ANYONE]]
c traffic :: ROAD RAGE ON {st} ;; [[DRIVER OF {veh} SAYS HE IS FOLLOWING RP HOME TO HURT HIM]] ;; RP STILL DRIVING
c harass :: ONGOING HARASSMENT BY FORMER ROOMMATE ;; {UPD} [[ROOMMATE LEFT NOTE: I KNOW WHERE YOUR KIDS GO TO SCHOOL, THEY WONT BE SAFE]]
c civil :: PROPERTY PICKUP, EX REFUSING ;; {UPD} [[EX THREATENED TO STAB RP IF HE COMES INSIDE]]
c disturb :: DISPUTE AT {biz} ;; {UPD} [[CUSTOMER TOLD CLERK HE'LL BE WAITING OUTSIDE TO BEAT HIM AT CLOSING]]
c threats :: {RP} {STS} BROTHER-IN-LAW ON PHONE ;; [[STATED HE IS DRIVING OVER TO SHOOT RP]] ;; HAS ACCESS TO GUNS PER RP
c noise :: NOISE COMPLAINT {addr} ;; {UPD} [[NEIGHBOR TOLD RP IF SHE CALLS AGAIN HE WILL SLIT HER THROAT]]
c welfare :: CHK ON {F} PER SISTER ;; {UPD} [[SISTER RECEIVED TEXT FROM HUSBAND: SHE'S NOT MAKING IT THROUGH THE NIGHT]]
c juvenile :: {RP} IS PARENT ;; [[OLDER TEEN THREATENED TO JUMP HER SON AFTER PRACTICE TODAY]] WITH FRIENDS
c harass :: {RP} {STS} STALKER AGAIN ;; [[SUBJ MESSAGED HE WILL HURT HER WHEN SHE LEAVES WORK]] AT {biz}
c dv :: DV HX, ORDER OF PROT IN PLACE ;; [[RESP CALLED SAYING SHE HAS 10 MINUTES BEFORE HE KILLS HER]]
c civil :: CONTRACTOR DISPUTE OVER PAYMENT ;; [[CONTRACTOR STS HE WILL COME BACK WITH HIS BOYS AND BREAK RP'S LEGS]]
c info :: {RP} RECEIVED FB MSG FROM UNK ;; [[MSG SAYS THEY WILL FIREBOMB HER HOUSE TONIGHT]] WITH HER ADDRESS
c disturb :: {M} ARGUING W/ STAFF AT {place} ;; {UPD} [[SUBJ STS HE WILL GET HIS GUN FROM THE CAR AND USE IT]]
c parking :: TOW DISPUTE AT {place} ;; [[VEH OWNER TOLD TOW DRIVER HE WILL KILL HIM]] AND IS STANDING IN FRONT OF TRUCK
c harass :: {RP} {STS} NEIGHBOR KEEPS STARING ;; {UPD} [[NEIGHBOR TOLD HER SON HE WILL CUT HIM OPEN]]
c susp :: {M} HANGING AROUND {place} SINCE AM ;; {UPD} [[TOLD CASHIER HE WILL HURT HER WHEN HER SHIFT ENDS]]
c mental :: MH CALL, {RP} IS THERAPIST ;; [[CLIENT STATED PLAN TO HARM HIS EX-WIFE TONIGHT]] ;; CLIENT LEFT OFFICE
c dv :: {RP} {STS} EX WIFE KEEPS CALLING ;; [[EX SAID SHE WILL HAVE HER NEW BF KILL RP]] ;; BF ON WAY PER EX
c disturb :: VERBAL DISPUTE AT BUS SHELTER {st} ;; [[MALE TELLING FEMALE HE WILL SLAP HER AROUND IF SHE MOVES]]
c harass :: ONGOING NEIGHBOR FEUD ;; {UPD} [[NEIGHBOR SHOUTED HE IS GOING TO RUN RP OVER NEXT TIME HE SEES HIM]]
c juvenile :: {RP} IS TEACHER AT {place} ;; [[STUDENT SAID HE WILL STAB A CLASSMATE AT RECESS]]
c info :: {RP} RECD VOICEMAIL FROM {rel} ;; [[SAYS HE WILL KILL HIS WIFE AND THEN HIMSELF]] ;; UNK LOCATION OF {rel}
c civil :: CHILD CUSTODY DISPUTE ;; {UPD} [[FATHER THREATENED TO TAKE THE KIDS AND HURT ANYONE WHO STOPS HIM]]
c threats :: {RP} {STS} COWORKER ;; [[COWORKER SAID HE WILL PUT A BULLET IN RP'S HEAD]] ;; COWORKER STILL ON SHIFT
c traffic :: DISPUTE AT GAS PUMP {biz} ;; [[DRIVER SAYING HE WILL BASH RP'S FACE IN]] ;; STILL AT PUMP 4
c harass :: EX BF OUTSIDE APT {apt} ;; [[YELLING THAT HE WILL MAKE HER PAY AND SHE WON'T SEE MORNING]]
c disturb :: {U} {S_C4} ON ARGUMENT AT {addr} ;; {UPD} RP CALLED BACK ;; [[HUSBAND NOW SAYING HE WILL KILL HER ONCE COPS LEAVE]]
c info :: {RP} IS NEIGHBOR ;; HEARD MALE NEXT DOOR ON PHONE ;; [[SAYING HE WILL GO TO HIS EX'S WORK AND SHOOT HER]]
c welfare :: {P} UNHOUSED AT {place} ;; {UPD} [[SUBJ TELLING EMPLOYEES HE WILL STAB THE NEXT PERSON WHO TOUCHES HIM]]
s harass :: um hi so my ex keeps calling me ;; and [[he just said he's gonna come kill me tonite]]
s disturb :: my neighbor is yelling at me over the fence ;; [[he says he's gonna shoot me]] if i come outside
s dv :: i'm i'm at my friend's house ;; my boyfriend texted me ;; [[he said he's gonna beat me when i get home]] like really bad
s juvenile :: hi my son showed me a snapchat ;; [[a kid said he's bringing a gun to school tomorrow to shoot people]]
s civil :: so my landlord um ;; he came by about the rent and ;; [[he said he'd burn the place down with us in it]]
s threats :: there's a guy outside my work ;; [[he keeps saying he's gonna kill me]] when i get off
s harass :: uh yeah this lady down the hall ;; [[she said she's going to stab me]] next time she sees me
s dv :: my husband he just called me ;; [[said i won't make it through the night]] and he's on his way here
s info :: i got a voice mail from my brother ;; [[he says he's going to kill his wife]] and i don't know where he is
s traffic :: a guy in a {veh} ;; he's been following me ;; [[he yelled he's gonna run me over]]
s disturb :: ok so at the bus stop ;; this man keeps telling me ;; [[he's going to cut my face]] um he's right here
s harass :: my ex roommate keeps messaging me ;; [[he says he knows where my kids are and he'll hurt them]]
s info :: hi um i work at {biz} ;; a guy we fired ;; [[he said he's coming back to shoot everybody]]
s civil :: i'm trying to get my stuff from my ex's ;; and [[he says if i come in he'll break my neck]]
s disturb :: the guy next door ;; [[says he's going to put a bullet in my dog and then me]]
s threats :: my coworker said ;; like [[he's gonna wait for me in the parking lot and beat me up]] after shift
## red injury
c welfare :: WELFARE CHK {addr}, MAIL PILING UP ;; {UPD} NEIGHBOR LOOKED IN WINDOW ;; [[SUBJ ON FLOOR NOT MOVING]]
c intox :: INTOX {M} AT BUS STOP ON {st} ;; {UPD} 2ND CALLER {STS} [[HE IS NOT BREATHING]]
c mental :: {RP} {STS} {frel} DEPRESSED, WANTS COUNSELOR ;; {UPD} [[SHE TOOK A BOTTLE OF PILLS AND WONT WAKE UP]]
c susp :: SUSP {VEH} {veh} RUNNING IN LOT {n} MIN ;; {UPD} [[DRIVER SLUMPED OVER WHEEL, NOT RESPONDING TO KNOCKS]]
c unhoused :: TRANSIENT SLEEPING IN DOORWAY OF {biz} ;; {UPD} RP TRIED TO WAKE HIM ;; [[UNRESPONSIVE, LIPS BLUE]]
c assist :: LIFT ASSIST {addr}, ELDERLY FEMALE FELL ;; {UPD} [[HIT HEAD ON TUB, BLEEDING A LOT]]
c medical :: [[{age}YOM C/O CHEST PAIN RADIATING TO L ARM]] ;; {RP} IS WIFE
c welfare :: CHK ON {P} AT {place} ;; {UPD} [[SUBJ IS HAVING A SEIZURE]] ON SIDEWALK
c medical :: [[DIB/SOB]] {age}YOF, HX ASTHMA, INHALER NOT WORKING
c intox :: PARTY AT {addr}, ONE GUEST DRUNK ;; {UPD} [[GUEST UNC IN BATHROOM]], FRIENDS CANT WAKE HIM
c welfare :: {RP} {STS} DIABETIC {rel} ACTING CONFUSED ;; [[BLOOD SUGAR READING 38]] ;; RP HAS NO GLUCOSE
c od :: {RP} {STS} FRIEND USED IN THE BATHROOM ;; [[FRIEND ODING, TURNING GRAY]] ;; RP GAVE NARCAN X1
c medical :: {U} {S_ENRT} ;; [[CPR IN PROGRESS BY RP]] ;; {age}YOM FOUND IN BED
c fall :: {M} FELL FROM LADDER AT {addr} ;; [[BONE STICKING OUT OF LEG]]
c disturb :: LOUD NOISE UPSTAIRS APT {apt} ;; {UPD} {RP} WENT UP ;; [[FEMALE ON FLOOR BLEEDING FROM HEAD, NOT TALKING]]
c medical :: {age}YOF [[LOC X2 MIN]] AT {place}, NOW CONFUSED
c welfare :: WELFARE CHK, HASNT ANSWERED PHONE ;; {UPD} MGR OPENED DOOR ;; [[SUBJ UNRESP ON COUCH, FAINT PULSE]]
c assist :: {RP} REQ RIDE FOR {rel} TO CLINIC ;; {UPD} [[NOW HE IS VOMITING BLOOD]]
c medical :: [[ALS REQ]] {place}, {age}YOM SYNCOPE + IRREG HR
c intox :: ETOH {M} ON BENCH IN {park} ;; {UPD} [[SUBJ FELL AND SPLIT HEAD OPEN, BLEEDING HEAVILY]]
c welfare :: {RP} {STS} NEIGHBOR'S DOOR OPEN ALL DAY ;; {UPD} [[ELDERLY NEIGHBOR ON KITCHEN FLOOR, CANT GET UP, HIP DEFORMED]]
c mental :: MH CALL, {P} HALLUCINATING ;; {UPD} {RP} {ADV} [[SUBJ DRANK ANTIFREEZE AN HOUR AGO]]
c medical :: [[CODE 3 MEDICAL]] {addr}, {age}YOF ALLERGIC RXN, THROAT SWELLING
c od :: {RP} {STS} BF TOOK UNKNOWN PILLS ;; [[BF BREATHING SLOW AND SNORING, WONT WAKE]]
c juvenile :: JUVS AT {park} ;; {UPD} [[1 JUV PASSED OUT AFTER VAPING SOMETHING, NOT WAKING UP]]
c traffic :: VEH VS BICYCLE {st}/{st2} ;; [[CYCLIST DOWN, NOT MOVING]]
c welfare :: {RP} {STS} {F} SITTING ON CURB {st} ;; {UPD} [[SUBJ NOW SLUMPED OVER AND NOT RESPONDING]]
c medical :: {age}YOM [[STROKE SX, FACE DROOPING, SLURRED SPEECH]] ONSET 20 MIN
c assist :: {RP} LOCKED OUT, {rel} INSIDE ;; [[RP CAN SEE HIM THROUGH WINDOW, LYING ON FLOOR NOT RESPONDING]]
c unhoused :: ENCAMPMENT {st} ;; {UPD} OUTREACH {STS} [[MALE W/ DEEP LACERATION TO ARM, BLEEDING THROUGH TOWELS]]
c info :: {RP} CALLING FOR INFO ON DETOX ;; {UPD} [[RP STS HE IS SHAKING AND HAVING CHEST PAINS FROM WITHDRAWAL]]
c medical :: {age}YOF [[DLOC]], HX DIABETES, ON FLOOR AT {place}
c disturb :: DIST AT {biz} ;; {UPD} VERBAL ONLY ;; [[EMPLOYEE COLLAPSED BEHIND COUNTER]] NOT RESPONSIVE
c medical :: INFANT {kage}MO [[NOT BREATHING]] PER MOTHER ;; {U} {S_ENRT}
c welfare :: {U} {S_C4} ON WELFARE CHK EARLIER ;; {UPD} DAUGHTER CALLED BACK ;; [[NOW MOTHER WONT WAKE UP]]
c od :: POSS OD {place} RESTROOM ;; [[SUBJ TURNING BLUE]] ;; STAFF HAS NARCAN
c medical :: {age}YOM [[UNCONSCIOUS]] IN {veh} AT {place}
s medical :: hi um my dad ;; he he's not answering me and ;; [[he's not breething]] i think
s od :: she took ;; [[she took a bottle of pills an she wont wake up]]
s unhoused :: there's a guy on the sidewalk by {biz} ;; i thought he was just sleeping but ;; [[he's not moving and his lips are blue]]
s medical :: um my wife is ;; [[she's having a seisure]] she's shaking
s fall :: my grandma fell ;; [[she hit her head and there's blood everywhere]]
s medical :: i'm sorry i'm just ;; [[my chest hurts really bad]] and my arm's numb
s intox :: my friend drank way too much ;; [[we can't wake him up]] he's like snoring weird
s medical :: my son he's diabetic ;; [[his sugar is like 40]] and he's not making sense
s welfare :: there's a lady in a car ;; she's been there a while ;; [[she's slumped over the wheel and not responding]] when i knock
s od :: hi um my roommate ;; i think [[he overdosed]] he's gray
s medical :: my baby is ;; [[she's turning blue]] please
s traffic :: there was an accident on {st} ;; [[the guy on the motorcycle isn't moving]]
s assist :: i called for a ride for my mom ;; but now um ;; [[she's breathing really fast and can't catch her breath]]
s medical :: hi uh ;; my husband [[passed out]] in the kitchen and he's not answering me
s welfare :: my neighbor ;; [[he cut his hand real bad on the window and it's gushing]]
s mental :: ok so my sister ;; she's been depressed ;; and [[she drank a bunch of bleach]] like ten minutes ago
s medical :: uh there's a man at the gym ;; [[he collapsed and they're doing cpr]]
s od :: um my boyfriend took something ;; [[he's not waking up]] i gave him narcan
## red police_only
c burglary :: {RP} {STS} HEARD GLASS BREAK AT NEIGHBOR'S {addr}, NEIGHBORS OUT OF TOWN ;; {UPD} [[RP SEES FLASHLIGHT MOVING INSIDE]]
c susp :: SUSP {M} IN {cloth} IN REAR OF {biz} ;; {UPD} [[SUBJ PRYING AT BACK DOOR NOW]]
c theft :: {RP} {STS} [[SOMEONE IN HER {veh} RIGHT NOW TRYING TO START IT]] ;; RP WATCHING FROM WINDOW
c child :: {RP} {STS} HEARD CRYING FROM APT {apt} FOR HOURS ;; {UPD} [[4YO SAYS MOMMY LEFT, NO ADULT HOME]]
c traffic :: [[DRIVER OF {veh} SWERVING ALL OVER {hwy}]] {dir}, ALMOST HIT 2 CARS
c trespass :: {M} REFUSING TO LEAVE LOBBY OF {place} ;; [[GETTING IN STAFF FACES AND BLOCKING EXIT]]
c missing :: {RP} {STS} {age}YO FATHER W/ DEMENTIA ;; [[WALKED AWAY 2 HRS AGO, NOT FOUND]] ;; FAMILY SEARCHING
c indecent :: [[MALE EXPOSING HIMSELF TO KIDS AT {park}]] ;; STILL ON SCENE BY SWINGS
c robbery :: [[RP JUST ROBBED OF PHONE]] AT {st}/{st2} ;; SUSP {M} FLED ON FOOT {dir}, STILL IN AREA
c burglary :: ALARM CO REPORTS REAR DOOR ZONE {addr} ;; {UPD} KEYHOLDER ON SCENE ;; [[KEYHOLDER SEES SOMEONE STILL INSIDE]]
c susp :: {RP} {STS} {M} LOOKING IN WINDOWS ON {st} ;; {UPD} [[SUBJ NOW CLIMBING THROUGH A WINDOW OF {addr}]]
c child :: {RP} AT {place} {STS} [[TODDLER LEFT ALONE IN LOCKED CAR]], ENGINE OFF
c traffic :: {RP} FOLLOWING {veh} {dir} ON {hwy} ;; [[DRIVER APPEARS DRUNK, DRIFTING INTO ONCOMING]]
c theft :: CATALYTIC CONVERTER THEFT ;; [[SUSPS UNDER RP'S CAR CUTTING IT OFF RIGHT NOW]]
c missing :: {RP} IS GROUP HOME STAFF ;; [[NONVERBAL 15YO RESIDENT MISSING SINCE 1400]] ;; NOT LOCATED
c trespass :: EX-EMPLOYEE BACK AT {biz} ;; [[REFUSING TO LEAVE, SHOUTING AND SHOVING CARTS AT STAFF]]
c burglary :: {RP} CAME HOME TO FRONT DOOR KICKED IN ;; [[RP HEARS SOMEONE UPSTAIRS]]
c susp :: SUSP VEH {veh} CIRCLING {st} ;; {UPD} [[OCCUPANTS NOW BREAKING INTO PARKED CARS]]
c theft :: {RP} IS LP AT {biz} ;; [[SHOPLIFTER FIGHTING LP IN VESTIBULE]]
c child :: {RP} {STS} [[6YO WANDERING ALONE ALONG {hwy} SHOULDER]]
c indecent :: {RP} AT BUS STOP {st} ;; [[MALE MASTURBATING IN FRONT OF PASSENGERS NOW]]
c traffic :: WRONG WAY DRIVER [[SB IN THE NB LANES OF {hwy}]] PER MULTIPLE CALLERS
c robbery :: {RP} IS CLERK AT {biz} ;; [[MALE JUST DEMANDED CASH FROM REGISTER AND LEFT]] ;; LS {dir}
c missing :: {RP} {STS} {kage}YO SON DIDNT GET OFF BUS ;; [[BUS DRIVER SAYS HE NEVER BOARDED, NOT FOUND]]
c burglary :: {RP} {STS} GARAGE DOOR OPEN AT {addr} ;; [[2 MALES CARRYING TOOLS OUT TO A {veh}]] NOW
c theft :: {RP} {STS} [[MALE SIPHONING GAS FROM TRUCKS IN LOT NOW]] ;; {veh} BACKED UP TO PUMP
c child :: {RP} IS NEIGHBOR ;; [[TWO KIDS UNDER 5 ON 2ND FLOOR BALCONY, NO ADULT]]
c susp :: {RP} {STS} [[MALE HIDING IN HER BACKYARD SHED]] ;; RP DOESNT KNOW HIM
c trespass :: {M} SLEEPING IN STAIRWELL {addr} ;; {UPD} [[WOKE UP, REFUSING TO LEAVE AND SCREAMING AT TENANTS]]
c traffic :: {veh} [[DRIVING ON THE SIDEWALK]] ON {st} NEAR SCHOOL
c theft :: {RP} {STS} [[SOMEONE IS HOTWIRING THE {veh} IN THE DRIVEWAY]]
c missing :: {RP} {STS} {frel} {age}YO ALZHEIMERS ;; LEFT IN NIGHTGOWN ;; [[STILL NOT LOCATED]] ;; TEMP 28F
c robbery :: [[CARJACKING JUST OCCURRED]] {place} ;; VEH LS {dir} ON {st}
c burglary :: {RP} {STS} [[SOMEONE TRYING TO GET IN HER FRONT DOOR RIGHT NOW]]
c child :: {RP} {STS} [[INFANT LEFT ALONE IN STROLLER OUTSIDE {biz} FOR 20 MIN]]
c indecent :: {RP} IS LIBRARIAN ;; [[PATRON EXPOSING HIMSELF IN KIDS SECTION]]
c traffic :: {RP} {STS} [[DUI DRIVER JUST LEFT {biz} LOT]] IN {veh}, COULD BARELY STAND
s burglary :: hi i'm upstairs ;; [[someone's breaking in my back door right now]]
s theft :: um somebody is ;; [[somebody's stealing my car right now]] from the driveway
s child :: uh there's a little kid ;; [[he's like 3 he's by himself]] walking on {st}
s traffic :: there's a car ;; [[he's swerving all over the road]] he almost hit me
s missing :: my dad has dementia ;; [[he walked off and we can't find him]] it's been two hours
s trespass :: there's a guy in our lobby ;; [[he won't leave and he's getting in people's faces]]
s indecent :: there's a man at the park ;; [[he's exposing himself to the kids]]
s robbery :: i just got ;; [[a guy just robbed me]] he took my purse he went towards {st}
s burglary :: my neighbors are away ;; [[there's people inside their house]] right now
s child :: hi um next door ;; [[the kids have been alone all day]] the youngest is like 2
s traffic :: i'm behind a truck on {hwy} ;; [[i think the driver's drunk]] he keeps going on the shoulder
s theft :: there's guys ;; [[they're cutting the catalytic converter off a car]] right now in my lot
s missing :: my son is autistic ;; [[he got out and we can't find him]] he doesn't talk
s susp :: hi there's a man ;; [[he's trying all the doors on my street]] and one opened
s trespass :: um there's this guy in the store ;; [[he won't leave and he's throwing stuff at the staff]]
s child :: there's a baby ;; [[a baby alone in a hot car]] at {place}
## red uncertainty
c openline :: [[OPEN LINE, FEMALE SCREAMING IN BKGD]] ;; NO RESPONSE TO CALL TAKER ;; PH2 {addr}
c unknown :: {RP} WHISPERING ;; [[RP CANNOT TALK FREELY]], ANSWERS YES/NO ONLY
c disturb :: {RP} {STS} NEIGHBORS ARGUING ;; {UPD} [[HEARD A LOUD THUD AND A SCREAM, NOW SILENT]]
c unknown :: CALL FROM {addr} ;; [[LINE DISCONNECTED AFTER MALE YELLED HELP]] ;; CALLBACK NO ANS
c openline :: 911 HANG UP ;; {UPD} ON CALLBACK [[HEARD STRUGGLE AND CHILD CRYING]], LINE DROPPED
c unknown :: [[UNK NATURE EMERGENCY]] {place} ;; RP HUNG UP BEFORE GIVING DETAILS
c noise :: NOISE COMPLAINT {addr} ;; {UPD} RP NOW {STS} [[BANGING AND SOMEONE CRYING FOR HELP]] THROUGH THE WALL
c welfare :: WELFARE CHK PER FRIEND ;; {UPD} FRIEND WAS ON PHONE W/ SUBJ ;; [[HEARD SCREAMING THEN CALL ENDED]]
c unknown :: {RP} ORDERED PIZZA ON 911 ;; [[RP SAYS YES WHEN ASKED IF SOMEONE IN HOUSE IS HURTING HER]]
c disturb :: {RP} IN APT {apt} ;; [[HEARS GLASS SMASHING AND A FEMALE SCREAMING NEXT DOOR]] ;; CANT SEE ANYTHING
c openline :: OPEN LINE {addr} ;; [[MALE VOICE: STOP, YOU'RE HURTING ME]] ;; LINE STILL OPEN
c unknown :: TEXT TO 911 SESSION ;; [[TEXTER SAYS CANT CALL, SOMEONE IN THE HOUSE]] ;; NO FURTHER REPLY
c welfare :: CHK ON {F} PER COWORKER ;; {UPD} COWORKER GOT TEXT FROM SUBJ [[HELP ME CALL POLICE]] ;; NO FURTHER CONTACT
c disturb :: DIST IN ALLEY BEHIND {biz} ;; [[RP HEARD SOMEONE BEING HIT AND MOANING]], CANT SEE
c unknown :: ALARM CO: [[PANIC BUTTON ACTIVATED]] AT {addr} ;; NO ANSWER ON CALLBACK
c openline :: {RP} CALLED, SAID WRONG NUMBER IN SHAKY VOICE ;; [[MALE IN BKGD TELLING HER TO HANG UP]]
c noise :: LOUD MUSIC {addr} ;; {UPD} [[MUSIC TURNED UP OVER WHAT SOUNDS LIKE SCREAMING]]
c unknown :: {RP} CALLED FROM {place} ;; [[CALL DROPPED WHILE RP WAS CRYING]] ;; 3 CALLBACKS TO VM
c disturb :: 2ND FLOOR {addr} ;; [[NEIGHBOR HEARD SCUFFLE AND SOMEONE GASPING]], NOW QUIET
c openline :: CELL PH2 NEAR {park} ;; [[OPEN LINE, SOUNDS OF STRUGGLE, FEMALE SAYING NO]]
c unknown :: {RP} REQ TAXI TO {addr} THEN ;; [[ANSWERED YES WHEN ASKED IF IN DANGER]]
c welfare :: WELFARE CHK {addr} ;; {UPD} MAIL CARRIER {STS} [[HEARD SOMEONE YELLING HELP FROM INSIDE]]
c disturb :: {RP} {STS} [[HEARD 3 LOUD BANGS AND A WOMAN SCREAMING]] ON {st}, UNK SOURCE
c unknown :: CALL FROM PAYPHONE {place} ;; [[CALLER SAID COME QUICK THEN LINE WENT DEAD]]
c noise :: FIREWORKS? {st} ;; {UPD} [[RP NOW HEARS SCREAMS AFTER THE BANGS]], UNSURE
c openline :: 911 MISDIAL? ;; [[BACKGROUND SHOWS HEAVY BREATHING AND THUDS]] ;; NO VERBAL RESPONSE
c unknown :: {U} {S_C4} ON 911 HANG UP ;; {UPD} [[NEW OPEN LINE SAME NUMBER, SCREAMING]]
c welfare :: KID CALLED FROM {addr} ;; [[CHILD WHISPERED MOM IS HURT AND HUNG UP]]
s openline :: hello ;; [[um i can't really talk right now]] he's he's in the other room
s unknown :: hi yes i'd like to order a um a pizza ;; [[yes yes he's still here]]
s disturb :: i live in {st} apartments ;; [[i can hear someone screaming next door]] and banging like furniture
s unknown :: hello is this ;; [[please just send someone i can't talk he's listening]]
s noise :: it was loud music but now ;; [[it's like screaming for help]] i can't see anything
s openline :: [[somebody's yelling stop stop]] and i can't tell what's going on
s welfare :: my friend was on the phone with me ;; [[then she screamed and it hung up]] and she's not answering
s disturb :: there's like a thumping upstairs ;; [[and someone crying help me]] then nothing
s unknown :: uh yeah um ;; [[i'm not safe i can't say more]]
s disturb :: it sounds like ;; [[someone's being beat up in the alley]] i can't see from my window
s openline :: hello hello ;; [[muffled screaming]] can anyone hear
s unknown :: um i need help at {st} ;; [[i can't i can't talk]]
s welfare :: my mom texted me ;; [[help call 911]] and now she won't answer
## red suicide
c welfare :: WELFARE CHK {M} ON {bridge} ;; {UPD} [[SUBJ NOW SITTING ON THE OUTSIDE OF THE RAILING]]
c mental :: {RP} {STS} {rel} DEPRESSED ;; {UPD} [[HE HAS PILLS LINED UP ON THE TABLE AND SAYS HE IS TAKING THEM TONIGHT]]
c susp :: {RP} IS TRAIN CONDUCTOR ;; [[MALE STANDING ON THE TRACKS NEAR {st} CROSSING]] REFUSING TO MOVE
c mental :: MH CALL, {F} UPSET ;; {UPD} [[SHE CUT HER WRISTS]] IN BATHROOM PER ROOMMATE
c mental :: {RP} IS COUNSELOR ;; [[CLIENT HAS A PLAN TO HANG HIMSELF TONIGHT]] AND BOUGHT ROPE
c dv :: VERBAL DISPUTE BETWEEN SPOUSES ;; {UPD} [[HUSBAND LOCKED IN GARAGE WITH CAR RUNNING, SAYS HE'S DONE]]
c welfare :: {RP} {STS} COWORKER SENT GOODBYE TEXTS ;; [[TEXT SAYS HE IS AT {park} WITH HIS GUN AND WONT BE COMING BACK]]
c mental :: 5150 EVAL REQ ;; [[SUBJ ON ROOF OF {addr} SAYING HE WILL JUMP]]
c info :: {RP} {STS} SHE WANTS INFO ON HOTLINE ;; {UPD} [[RP STS SHE ALREADY SWALLOWED 30 SLEEPING PILLS]]
c welfare :: CHK ON {P} SITTING ON LEDGE OF PARKING GARAGE {place} ;; [[LEGS OVER THE EDGE, CRYING]]
c mental :: {RP} {STS} {rel} SAID HE WANTS TO DIE ;; {UPD} [[HE IS NOW HOLDING A RAZOR TO HIS WRIST]]
c mental :: TEEN DAUGHTER IN CRISIS ;; [[DAUGHTER WROTE NOTE AND TOOK MOM'S OXY]] ;; RP IN CAR WITH HER
c welfare :: FRIEND {STS} SUBJ LIVESTREAMING ;; [[SUBJ ON STREAM WITH NOOSE AROUND NECK]]
c susp :: {M} WALKING ON {hwy} SHOULDER ;; {UPD} [[TOLD DRIVER HE IS WAITING FOR A TRUCK TO STEP IN FRONT OF]]
c mental :: {RP} IS SISTER ;; [[SUBJ TEXTED PIC OF GUN IN MOUTH]] ;; AT {addr}
c mental :: {RP} {STS} {rel} DRINKING, RAMBLING ;; {UPD} [[RP FOUND A LETTER, HE SAYS HE'LL JUMP OFF {bridge} TONIGHT]]
c welfare :: {RP} {STS} VET NEIGHBOR GIVING AWAY BELONGINGS ;; {UPD} [[NEIGHBOR SAID HE HAS HIS SERVICE PISTOL READY AND THIS IS GOODBYE]]
c mental :: MH CALL {addr} ;; {UPD} [[SUBJ ATTEMPTED TO HANG SELF, CORD CUT BY RP]]
c unhoused :: UNHOUSED {F} AT {place} CRYING ;; [[STS SHE IS GOING TO WALK INTO THE RIVER]] ;; WALKING TWD {bridge}
c info :: CRISIS LINE TRANSFER ;; [[CALLER STANDING ON TRACKS AT {st} STATION]]
c mental :: {RP} {STS} ROOMMATE SAID HE'S HAD ENOUGH ;; {UPD} [[ROOMMATE STS HE TOOK ALL HIS INSULIN]]
c welfare :: WELFARE CHK {F} IN {veh} AT {place} ;; {UPD} [[HOSE RUNNING FROM EXHAUST INTO CAR]]
c mental :: {RP} {STS} WIFE LOCKED IN BATHROOM ;; [[WIFE SAYS SHE HAS A KNIFE AND IS GOING TO END IT]]
c dv :: BREAKUP ARGUMENT ;; {UPD} [[BF SAID HE IS DRIVING INTO A TREE AND LEFT IN {veh}]]
c mental :: VA CRISIS TRANSFER ;; [[VET STS GUN IS LOADED AND IN HIS HAND]] ;; AT {addr}
c welfare :: {RP} {STS} {M} STANDING ON {bridge} STARING AT WATER ;; {UPD} [[CLIMBED OVER THE BARRIER]]
c mental :: {RP} {STS} {frel} POSTED GOODBYE VIDEO ;; [[SAYS SHE CUT HERSELF DEEP AND WANTS TO BLEED OUT]]
s mental :: um hi i i don't really know ;; [[i took all my pills]] i'm sorry
s welfare :: there's a guy on the bridge ;; [[he's on the wrong side of the railing]] like he's gonna jump
s mental :: my brother ;; [[he says he's gonna kill himself he has a gun]]
s mental :: i'm in the parking garage ;; [[i'm on the top floor and i'm gonna jump]]
s mental :: my girlfriend locked herself in the bathroom ;; [[she says she cut her wrists]]
s susp :: hi um ;; [[there's a lady sitting on the train tracks]] and the train's coming
s mental :: so uh i just wanted to say ;; [[i have the rope ready]] i just wanted someone to know
s welfare :: my dad texted me goodbye ;; [[he said he's going to end it tonite]] he has his pills
s mental :: my friend is on facetime ;; [[she's got a nife to her arm]] saying she's done
s mental :: um my son ;; [[he's on the roof and says he's gonna jump]]
s info :: i'm sorry i'm just ;; [[i swallowed a bunch of sleeping pills]] like an hour ago
s mental :: my my roommate ;; [[he tried to hang himself]] i cut him down he's breathing
## red uncertainty
c openline :: ABANDONED CALL {addr} ;; CALLBACK ANSWERED BY MALE WHO SAID ALL OK ;; [[FEMALE HEARD IN BKGD SAYING DONT BELIEVE HIM]]
c unknown :: {RP} CALLED ASKING FOR 'HER ORDER' ;; [[STS SHE CANT TALK, BF IS RIGHT HERE]]
c disturb :: HOTEL {biz} RM {apt} ;; FRONT DESK {STS} [[GUESTS REPORT SCREAMING AND THUMPING FROM ROOM]], NO ANSWER AT DOOR
c welfare :: ELDERLY {F} CALLED 911, CONFUSED ;; [[CALL ENDED MID SENTENCE WHILE SHE WAS GASPING]]
c unknown :: RELAY SVC CALL ;; [[DEAF CALLER TYPED HELP HURRY THEN DISCONNECTED]]
c openline :: {U} {S_C4} ON MISDIAL {addr} ;; {UPD} [[2ND OPEN LINE, CHILD SAYING DADDY STOP]]
c disturb :: {RP} IN {veh} AT {place} ;; [[HEARD A WOMAN SCREAM FROM INSIDE THE VAN NEXT TO HIM]], VAN WINDOWS COVERED
c unknown :: [[UNK TRBL]] {addr} ;; RP SAID SEND SOMEONE AND HUNG UP
c welfare :: NEIGHBOR {STS} [[HEARD CHILDREN SCREAMING AND A MAN SHOUTING FOR 10 MIN]] ;; NOW QUIET
c openline :: ALARM CO PHONE BRIDGE ;; [[HOMEOWNER SAID WRONG CODE IN A PANICKED VOICE]], GAVE DURESS CODE
s unknown :: yes um hi i'm ;; [[i can only say yes or no]]
s disturb :: i heard something like a thud ;; [[and somebody's moaning]] in the stairwell i'm scared to look
s openline :: [[there's screaming i don't know]] it's coming from my parents room
s unknown :: hi um can you just send somebody to {st} ;; [[please i can't explain]]
## red suicide
c mental :: {RP} {STS} ONLINE FRIEND IN ANOTHER STATE ;; [[FRIEND SAID SHE IS SWALLOWING PILLS RIGHT NOW]] ;; ADDR {addr}
c welfare :: {M} ON TOP OF {place} SIGN STRUCTURE ;; [[YELLING HE WANTS TO DIE AND LEANING OVER EDGE]]
c mental :: {RP} IS MOTHER ;; {UPD} [[SON HAS A BELT AROUND HIS NECK IN CLOSET]]
c info :: {RP} CALLED TO REPORT A BRIDGE JUMPER ;; [[FEMALE CLIMBING FENCE ON {bridge}]]
c mental :: {RP} {STS} HUSBAND WRITING A WILL AND CRYING ;; {UPD} [[HUSBAND SAYS HE BOUGHT A GUN TODAY TO KILL HIMSELF]]
c welfare :: FRIEND {STS} SUBJ DRINKING ON {bridge} ;; [[SUBJ SAID HE WILL JUMP WHEN HE FINISHES THE BOTTLE]]
c mental :: {RP} {STS} {frel} SAYS NOBODY WILL MISS HER ;; {UPD} [[SHE IS RUNNING A BATH AND HAS HER RAZOR BLADES]]
s mental :: i'm on the bridge ;; [[i'm going to jump]] i just needed to tell someone
s mental :: um my mom found ;; [[my brother he slit his wrists]] in the shower
s welfare :: there's a kid on the overpass ;; [[he's climbing over the fence]] above {hwy}
s mental :: i just i'm done ;; [[the gun's in my lap]] i don't want to be here
s mental :: my husband is in the car in the garage ;; [[the engine's running and he won't open the door]]
## elig resolved-alarm
c shots :: {RP} {STS} [[weapon:SHOTS FIRED BEHIND {addr}]] ;; {U} {S_ENRT} ;; (({UPD} RP ADV IT WAS FIREWORKS, KIDS W/ ROMAN CANDLES))
c welfare :: [[injury:MALE DOWN ON SIDEWALK {st}, NOT MOVING]] ;; (({UPD} MALE SAT UP AND IS TALKING, STS HE WAS NAPPING, DECLINES EMS))
c disturb :: [[uncertainty:SCREAMING HEARD FROM APT {apt}]] ;; (({UPD} MGR CHECKED: TENANT WATCHING HORROR MOVIE, ALL OK))
c missing :: [[police_only:{age}YO W/ DEMENTIA WANDERED FROM {place}]] ;; {U} {S_ENRT} ;; (({UPD} SUBJ LOCATED SAFE AT DAUGHTER'S HOUSE))
c susp :: [[weapon:MALE W/ GUN IN {park}]] ;; {UPD} RP GOT CLOSER ;; ((IT IS A CAMERA ON A TRIPOD, NOT A GUN))
c burglary :: [[police_only:SOMEONE BREAKING INTO {addr}]] ;; (({UPD} IT IS THE OWNER, LOCKED OUT, RP RECOGNIZED HIM))
c welfare :: [[injury:FEMALE SLUMPED IN {veh} AT {place}]] ;; (({UPD} SHE WOKE UP, WAS SLEEPING ON BREAK, AO X4))
c fight :: [[violence:FIGHT IN PROGRESS AT {park}]] ;; {UPD} ((RP NOW SEES IT IS A MARTIAL ARTS CLASS PRACTICING))
c openline :: [[uncertainty:OPEN LINE, MUFFLED YELLING]] ;; (({UPD} ON CALLBACK: POCKET DIAL AT A FOOTBALL GAME, CALLER CONFIRMS OK))
c od :: [[injury:POSS OD IN RESTROOM AT {biz}]] ;; {U} {S_ENRT} ;; (({UPD} MGR: SUBJ CAME OUT, ALERT AND WALKING, WAS JUST SICK, REFUSED EMS))
c child :: [[police_only:TODDLER ALONE IN CAR AT {place}]] ;; (({UPD} PARENT RETURNED, CHILD WAS WITH OLDER SIBLING 17YO IN CAR))
c mental :: [[suicide:{M} STANDING ON {bridge} LOOKING DOWN]] ;; (({UPD} RP SPOKE W/ HIM: HE IS A BIRDWATCHER, FINE, WALKED OFF BRIDGE))
c shots :: [[weapon:POSS GUNSHOTS {st}]] ;; {U} {S_ONSC} ;; ((UNIT ADV CAR BACKFIRING, DRIVER ON SCENE CONFIRMS))
c disturb :: [[violence:MALE DRAGGING FEMALE TO CAR]] ;; (({UPD} 2ND CALLER: FATHER CARRYING TEENAGE DAUGHTER WHO SPRAINED ANKLE AT GAME, SHE IS LAUGHING))
c welfare :: [[injury:ELDERLY MALE FELL IN LOT OF {biz}]] ;; (({UPD} HE GOT UP ON HIS OWN, NO INJ, DECLINES EMS, DROVE HOME))
c unknown :: [[uncertainty:911 HANG UP {addr}]] ;; ((CALLBACK: {kage}YO CHILD PLAYING W/ PHONE, MOTHER ON LINE CONFIRMS ALL OK))
c susp :: [[weapon:SUBJ W/ RIFLE WALKING {st}]] ;; (({UPD} IT IS A SURVEYOR W/ EQUIPMENT, RP CONFIRMED W/ HIM))
c theft :: [[police_only:MALE STEALING BIKE FROM RACK NOW]] ;; (({UPD} RP ADV IT WAS HIS OWN BIKE, HE HAD KEY TO LOCK))
c welfare :: [[suicide:{F} SITTING ON LEDGE OF {place} ROOF]] ;; (({UPD} BLDG MGR: EMPLOYEE ON SMOKE BREAK IN FENCED ROOF AREA, NO CONCERNS, SHE WENT BACK INSIDE))
c medical :: [[injury:MALE NOT BREATHING PER RP]] ;; {U} {S_ENRT} ;; (({UPD} RP ADV HE IS BREATHING AND TALKING, HAD THE WIND KNOCKED OUT, REFUSES EMS))
c disturb :: [[uncertainty:SCREAMS AND THUDS FROM {addr}]] ;; (({UPD} 2ND CALLER IS RESIDENT: MOVING FURNITURE, KIDS PLAYING, ALL OK))
c juvenile :: [[weapon:JUV W/ GUN AT {park}]] ;; (({UPD} RP SAW IT UP CLOSE, ORANGE TIP WATER GUN, KIDS PLAYING))
c dv :: [[violence:MALE HITTING FEMALE IN {veh}]] ;; (({UPD} 2ND CALLER: COUPLE WAS SWATTING A BEE IN CAR, BOTH LAUGHING, DROVE OFF))
c missing :: [[police_only:{kage}YO MISSING FROM {park}]] ;; (({UPD} CHILD FOUND HIDING IN PLAY STRUCTURE, WITH MOM NOW))
c welfare :: [[injury:UNCONSCIOUS MALE AT BUS STOP]] ;; {U} {S_ONSC} ;; ((UNIT ADV SUBJ AWAKE, AO, WAS ASLEEP, REFUSED MEDICAL, ON BUS))
c shots :: [[weapon:SHOTS HEARD NEAR {place}]] ;; (({UPD} MULTIPLE CALLERS: TRANSFORMER BLEW, POWER OUT ON BLOCK))
c burglary :: [[police_only:ALARM + FIGURE INSIDE {biz}]] ;; (({UPD} KEYHOLDER: CLEANING CREW ON SITE, VERIFIED BY NAME))
c susp :: [[weapon:MALE W/ KNIFE AT {place}]] ;; (({UPD} HE IS A VENDOR CUTTING FRUIT AT HIS CART))
c welfare :: [[suicide:MALE ON TRAIN TRACKS NEAR {st}]] ;; (({UPD} CONDUCTOR: RAIL WORKER IN VEST DOING INSPECTION, LINE CLOSED))
c unknown :: [[uncertainty:CALL DROPPED, RP CRYING]] ;; ((CALLBACK: RP IS OK, CRYING BECAUSE HER DOG DIED, WANTS INFO ON PET CREMATION))
c od :: [[injury:MALE PASSED OUT IN {park}]] ;; (({UPD} OUTREACH ON SCENE: HE IS AWAKE, TALKING, ACCEPTED WATER, NO MEDICAL NEEDS))
c disturb :: [[violence:FIGHT OUTSIDE {biz}]] ;; (({UPD} RP GOT CLOSER: TWO FRIENDS HORSEPLAYING, BOTH LAUGHING, NOBODY HURT, NO FIGHT))
c traffic :: [[police_only:DRUNK DRIVER IN {veh}]] ;; (({UPD} VEH PARKED, DRIVER WALKED INTO HOME, KEYS WITH WIFE, NO LONGER DRIVING))
c welfare :: [[injury:FEMALE BLEEDING ON SIDEWALK]] ;; (({UPD} SHE HAS A NOSEBLEED, STOPPED, DECLINED EMS, SITTING W/ FRIEND))
c threats :: [[threat:MALE THREATENING TO SHOOT NEIGHBOR]] ;; (({UPD} RP CLARIFIES: HE SAID HE WOULD SHOOT VIDEO OF NEIGHBOR'S DOG POOPING))
s shots :: um i heard like [[weapon:gunshots]] outside ;; oh wait ;; ((nevermind it's fireworks i can see them now they're shooting them off by the school))
s welfare :: there's a guy [[injury:laying on the ground not moving]] ;; oh hold on ;; ((he just sat up he's ok he's waving at me he was just sleeping))
s disturb :: i heard [[uncertainty:screaming next door]] ;; um actually ;; ((my neighbor just texted me they're watching the game and their team scored it's fine))
s missing :: my grandpa [[police_only:wandered off he has dementia]] ;; sorry ;; ((my cousin just found him he's at the corner store he's fine))
s susp :: there's a guy [[weapon:with a gun in the park]] ;; wait ;; ((no it's a metal detector he's looking for coins sorry))
s medical :: my husband [[injury:fainted]] ;; ((he's up now he's talking normal he says he stood up too fast and he doesn't want an ambulance))
s fight :: there's [[violence:a fight]] outside the bar ;; ((oh wait no they're just dancing they're friends they're laughing it's not a fight))
s unknown :: um sorry [[uncertainty:there was yelling on the phone]] ;; ((that was my kid he took my phone everything's fine i'm right here))
s child :: there's a [[police_only:little kid alone at the bus stop]] ;; ((oh ok his mom just came out of the store she was right there it's fine))
s susp :: i think i saw [[weapon:a man with a knife]] on {st} ;; ((oh it's a guy carving a pumpkin on his porch never mind))
s od :: my friend [[injury:won't wake up]] ;; ((oh wait he's awake he's ok he just sleeps really deep he's talking to me))
s welfare :: there's a lady [[suicide:standing on the edge of the bridge]] ;; ((oh no she's on the walkway she's taking pictures she's fine))
s burglary :: [[police_only:somebody's in my garage]] ;; ((oh my god it's my son he came home early sorry))
s disturb :: i heard like [[uncertainty:a crash and someone yelling help]] ;; ((oh it's the neighbor he dropped his tv he's fine he's laughing about it))
## elig negated
c disturb :: {RP} {STS} MALE + FEMALE ARGUING IN APT {apt} ;; VERBAL ONLY, NO WEAPONS, NO PHYSICAL ;; RP WANTS SOMEONE TO MEDIATE
c dv :: FAMILY ARG OVER CHORES ;; NO WEAPONS, NOBODY HURT, NOTHING THROWN ;; {RP} JUST WANTS HER SON TO CALM DOWN
c mental :: {RP} {STS} {rel} ANXIOUS, CAN'T SLEEP ;; DENIES SI/HI, NO WEAPONS IN HOME ;; REQ CRISIS TEAM TALK W/ HIM
c welfare :: WELFARE CHK {P} AT {place} ;; NO INJ SEEN, NOT BLEEDING, TALKING TO STAFF ;; SEEMS CONFUSED ABOUT BUS ROUTE
c intox :: INTOX {M} AT {biz} ;; NOT AGGRESSIVE, NO WEAPONS, ABLE TO WALK ;; STAFF WANTS HIM HELPED HOME
c juvenile :: {RP} {STS} 15YO DAUGHTER YELLING, SLAMMING DOORS ;; NO VIOLENCE, NO THREATS ;; WANTS FAMILY COUNSELING INFO
c civil :: NEIGHBORS ARGUING OVER FENCE LINE ;; NO THREATS MADE, NO WEAPONS SEEN ;; BOTH WANT IT DOCUMENTED
c mental :: {F} AT {place} TALKING TO HERSELF ;; NOT THREATENING ANYONE, NO WEAPONS, DENIES WANTING TO HURT SELF
c unhoused :: {M} IN ATM VESTIBULE {biz} ;; NOT HURT, NOT AGGRESSIVE ;; BANK WANTS HIM OFFERED SHELTER
c disturb :: ROOMMATES YELLING ABOUT RENT ;; {RP} {STS} NEITHER HAS WEAPONS, NO ONE TOUCHED ANYONE
c welfare :: {RP} {STS} {F} CRYING ON BENCH {park} ;; SHE SAYS SHE IS NOT HURT AND NOT IN DANGER, JUST HAD A BAD DAY
c dv :: NO DV, VERBAL ARGUMENT ONLY PER BOTH PARTIES ;; {RP} REQ STANDBY WHILE HE PACKS A BAG
c mental :: {RP} IS {frel} ;; PANIC ATTACK, BREATHING OK, NO SI ;; WANTS SOMEONE TO TALK HER THROUGH IT
c susp :: {M} YELLING AT TRAFFIC ON {st} ;; NO WEAPONS SEEN, HANDS EMPTY, NOT IN ROADWAY
c juvenile :: JUVS ARGUING AFTER GAME ;; NO FIGHT, NO WEAPONS, JUST LOUD PER {RP}
c intox :: {RP} {STS} HUSBAND DRUNK, WONT GO TO BED ;; NOT VIOLENT, NO WEAPONS, NO KIDS HOME
s disturb :: my neighbors are yelling again ;; nobody's hitting anybody it's just yelling ;; can someone just come talk to them
s mental :: hi um my son's having a hard time ;; he's not going to hurt himself he said so ;; we just need somebody to talk to
s welfare :: there's an old man on the bench ;; he's not hurt he's just confused ;; i think he's lost
s dv :: me and my husband had an argument ;; no one got hit or anything ;; i just want someone here while i get my stuff
s intox :: there's a drunk guy at the bus stop ;; he's not bothering anybody he's not hurt ;; he just needs a ride somewhere
s civil :: my neighbor and me are arguing about the tree ;; there's no threats or nothing ;; i just want it on record
## elig history
c dv :: {RP} {STS} EX LEFT HER BELONGINGS ON PORCH ;; PRIOR DV AT LOC IN 2019 ;; EX NOT PRESENT, RP WANTS HELP MOVING ITEMS
c mental :: {rel} HX OF SUICIDE ATTEMPT 2017 ;; CURRENTLY STABLE, MISSED APPOINTMENT ;; {RP} REQ WELLNESS CHECK-IN BY CRISIS TEAM
c welfare :: PREM HIST: WEAPONS CALL 2020 AT {addr} ;; TODAY {RP} REQ CHECK ON ELDERLY TENANT WHO LOST POWER
c intox :: SUBJ KNOWN TO UNITS, HX OF FIGHTING WHEN DRUNK ;; TODAY ASLEEP ON PATIO CHAIR AT {biz}, MGR WANTS HIM MOVED ALONG
c civil :: {RP} {STS} FORMER ROOMMATE ASSAULTED HIM LAST YEAR, CASE CLOSED ;; NOW REQ ADVICE ON GETTING PROPERTY BACK
c mental :: {F} WAS 5150'D IN MARCH ;; {RP} IS CASE MGR, CLIENT MISSED MEDS, CALM, REQ OUTREACH VISIT
c juvenile :: JUV WITH PRIOR WEAPON CHARGE 2021 ;; {RP} {STS} HE IS PLAYING BASKETBALL LOUDLY AT {park} AFTER DARK
c welfare :: HX: OD AT THIS ADDR 2022 ;; TODAY LANDLORD REQ CHECK, TENANT ANSWERED PHONE AND IS FINE, WANTS RESOURCES
c dv :: {RP} {STS} SHE WAS HIT BY EX BF 3 YEARS AGO ;; TODAY WANTS INFO ON CHANGING LOCKS, NO CONTACT IN MONTHS
c disturb :: CAUTION: PRIOR ADW AT LOC 2018 ;; TODAY COMPLAINT OF BARKING DOG AND LOUD TV
c mental :: {RP} {STS} {rel} TRIED TO OVERDOSE YEARS AGO ;; NOW DOING WELL, RP WANTS INFO ON FAMILY SUPPORT GROUP
c harass :: {RP} {STS} NEIGHBOR PULLED A KNIFE ON HIM IN 2016 ;; TODAY NEIGHBOR PARKED ACROSS HIS DRIVEWAY AGAIN
c welfare :: PREMISE FLAG: DOG BITE 2020 ;; CHK WELFARE {age}YO FEMALE, DAUGHTER CANT REACH HER, PHONE MAY BE OFF
c unhoused :: SUBJ HAS HX OF PSYCH HOLDS ;; CURRENTLY SITTING QUIETLY AT {place}, STORE ASKS FOR OUTREACH
s dv :: um a long time ago my ex used to hit me ;; but he's gone now he lives out of state ;; i just want to know how to get a restraining order
s mental :: my sister tried to kill herself a couple years ago ;; she's doing ok now ;; i just want somebody to check in on her she sounds down
s welfare :: there was a shooting on this block last summer ;; so i'm nervous ;; but right now it's just a car parked with the lights on
s intox :: he used to get violent when he drank back in the day ;; tonight he's just drunk and sleeping on the couch ;; i want him out of my house in the morning
## elig toy_prop_tool
c susp :: {RP} {STS} JUVS W/ TOY GUNS IN {park} ;; ORANGE TIPS VISIBLE ;; PLAYING TAG, RP JUST CONCERNED ABOUT LOOKS
c susp :: {M} W/ A MACHETE CLEARING BRUSH AT {addr} ;; RP UNSURE IF HE IS THE OWNER ;; WORKING, NOT APPROACHING ANYONE
c disturb :: FILM CREW ON {st} W/ PROP RIFLES ;; RP ALARMED ;; PERMIT ON FILE PER CITY
c susp :: {M} CARRYING AN AXE DOWN {st} ;; HEADED TWD FIREWOOD LOT ;; NOT SWINGING IT, WALKING CALMLY
c noise :: NEIGHBOR USING CHAINSAW AT 0630 ;; {RP} WANTS IT STOPPED UNTIL 8
c susp :: 2 MALES W/ CROWBARS AT {addr} ;; {RP} THINKS THEY ARE DEMO CREW, TRUCK SAYS {biz} ;; WANTS VERIFIED
c juvenile :: KIDS W/ NERF BLASTERS RUNNING THROUGH {place} ;; STORE WANTS THEM OUT
c susp :: {RP} {STS} MALE W/ BASEBALL BAT AT {park} ;; HE IS HITTING BALLS TO HIS SON
c disturb :: RENFAIRE GROUP W/ WOODEN SWORDS SPARRING IN {park} ;; {RP} COMPLAINS OF NOISE
c susp :: {F} W/ KNIFE AT PICNIC TABLE {park} ;; CUTTING WATERMELON FOR KIDS' PARTY ;; RP WANTS NOTHING, JUST REPORTING
c info :: {RP} FOUND AIRSOFT PELLETS IN YARD ;; NO ONE AROUND ;; WANTS EXTRA PATROL INFO
c susp :: {M} W/ HAMMER ON ROOF OF {addr} ;; {RP} THINKS HE IS A ROOFER, NEIGHBORS AWAY ;; WANTS CHECKED
c disturb :: COSPLAYERS W/ FOAM GUNS AT {place} ;; RP FOUND IT SCARY ;; CONVENTION IN TOWN
c susp :: {RP} {STS} {M} W/ A LONG GUN CASE LOADING INTO {veh} AT RANGE PARKING ;; CASE CLOSED
s susp :: there's kids in the park with like toy guns ;; they're the plastic kind with orange tips ;; just wanted somebody to know
s susp :: a guy is walking down my street with an axe ;; he's going to the firewood place i think ;; he's just walking
s disturb :: they're filming a movie on my block ;; and they've got fake guns ;; it's really loud can they stop by ten
s susp :: there's a man with a knife at the park ;; he's cutting up a melon for the kids ;; i just it looked weird at first
s noise :: my neighbor's running a nail gun at like six am ;; he's building a deck ;; can somebody ask him to wait
s susp :: um there's a guy with a bat ;; he's just teaching his kid to hit ;; i guess it's fine i just got nervous
## elig idiom
c info :: {RP} {STS} HER BOSS IS GOING TO KILL HER FOR BEING LATE ;; REQ CONFIRMATION OF ROAD CLOSURE ON {st}
c noise :: {RP} {STS} NEIGHBOR'S BAND IS 'MURDERING' CLASSICS AT MIDNIGHT ;; MUSIC STILL GOING
c assist :: {RP} {STS} HE IS DYING OF BOREDOM WAITING FOR TOW ;; VEH DISABLED ON {st}, NO INJ
c info :: {RP} STS STAND-UP SHOW AT {biz} IS KILLING IT, LINE INTO STREET ;; CROWD BLOCKING SIDEWALK
c civil :: {RP} {STS} LANDLORD 'WILL BE THE DEATH OF HER' ;; RE: BROKEN HEATER, WANTS TENANT RIGHTS INFO
c noise :: PARTY AT {addr} ;; {RP} {STS} THEY ARE 'SHOOTING THE BREEZE' ON PORCH VERY LOUD AT 0200
c info :: {RP} CALLING TO SAY HE ALMOST DIED LAUGHING AT A SIGN ;; WANTS TO REPORT STREET SIGN DEFACED AT {st}/{st2}
c assist :: {RP} {STS} HER CAR BATTERY IS DEAD ;; IN LOT OF {place}, REQ JUMP INFO
c parking :: {RP} {STS} DELIVERY TRUCK IS KILLING HIS ACCESS TO DRIVEWAY ;; HAS BEEN THERE {n} MIN
c noise :: {RP} {STS} KARAOKE NEXT DOOR SOUNDS LIKE A 'BLOODBATH' ;; LOUD PAST 2300
c info :: {RP} {STS} SHE IS 'DEAD TIRED' AND WANTS TO KNOW IF NOISE ORDINANCE APPLIES TO LEAF BLOWERS
c juvenile :: {RP} {STS} KIDS 'BEAT THE BUZZER' AT COURTS, NOW PLAYING PAST CLOSING IN {park}
c disturb :: {RP} {STS} BAR PATRONS 'DYING OF LAUGHTER' IN THE ALLEY, VERY LOUD
c info :: {RP} {STS} HE HAS A 'LOADED QUESTION' ABOUT OVERNIGHT PARKING PERMITS
s info :: my mom's gonna kill me ;; i lost my wallet at the mall ;; who do i call about lost and found
s noise :: the guy upstairs is like killing it on the drums ;; at midnight ;; can somebody please ask him to stop
s assist :: my phone's about to die ;; my car broke down on {st} ;; can you send a tow or something
s info :: i'm dying to know ;; is the street closed for the parade tomorrow
s noise :: oh my god they're murdering that song next door ;; karaoke all night ;; i have work
s civil :: i swear this landlord is gonna be the death of me ;; the heat's been out a week ;; what are my rights
## elig lawful_gun
c info :: {RP} {STS} HUSBAND'S HUNTING RIFLE IS LOCKED IN SAFE ;; CALLING FOR INFO ON SAFE DISPOSAL OF OLD AMMO
c welfare :: CHK ON {age}YO FEMALE, FAMILY CANT REACH ;; RP NOTES SHE OWNS A REVOLVER KEPT LOCKED IN CLOSET ;; NO CONCERNS OF HARM, PROB PHONE ISSUE
c info :: {RP} {STS} INHERITED FATHER'S SHOTGUN ;; UNLOADED, IN CASE ;; WANTS TO KNOW HOW TO TURN IT IN
c susp :: {RP} {STS} SECURITY GUARD AT {biz} HAS HOLSTERED SIDEARM ;; RP UNSURE IF ALLOWED ;; GUARD IS LICENSED PER STORE
c mental :: {RP} {STS} {rel} DOWN AFTER JOB LOSS ;; NO SI, GUNS ALREADY MOVED TO BROTHER'S HOUSE ;; WANTS COUNSELING REFERRAL
c civil :: DIVORCE PROPERTY DISPUTE ;; EX WANTS HIS GUN SAFE BACK, IT IS LOCKED IN GARAGE ;; RP REQ CIVIL STANDBY INFO
c info :: {RP} FOUND A HOLSTER IN A DRAWER AFTER MOVING IN ;; NO GUN ;; WANTS TO KNOW WHAT TO DO
c susp :: {M} W/ RIFLE IN CASE WALKING TO {biz} GUN SHOP ;; {RP} JUST WANTED TO MENTION
c info :: GUN STORE {biz} REPORTS CUSTOMER LEFT A CASED PISTOL ON COUNTER ;; OWNER CAME BACK AND GOT IT
c welfare :: {RP} {STS} NEIGHBOR IS A HUNTER, DEER HANGING IN GARAGE ;; RP FINDS IT UPSETTING, NO OTHER CONCERN
s info :: my grandpa passed and he had guns in a locked cabinet ;; they're not loaded ;; how do we get rid of them
s welfare :: my mom has a gun but it's locked up ;; i just can't reach her by phone ;; she's probably napping can someone knock
s mental :: my husband's been really down ;; we already took his guns to his brother's ;; he's ok he just needs someone to talk to
s susp :: there's a security guard at the store with a gun on his belt ;; is that allowed ;; he's not doing anything
## elig passive_ideation
c mental :: {RP} {STS} SHE SOMETIMES WISHES SHE WOULDN'T WAKE UP ;; NO PLAN, NO MEANS ;; WANTS TO TALK TO A COUNSELOR TONIGHT
c mental :: {M} CALLED FOR HIMSELF, FEELS HOPELESS SINCE DIVORCE ;; DENIES PLAN OR INTENT ;; REQ 988 OR MOBILE CRISIS
c welfare :: {RP} {STS} {rel} SAID 'WHAT'S THE POINT' ;; NO PLAN, NO WEAPONS, CALM ;; WANTS SOMEONE TO CHECK IN
c mental :: {RP} IS SCHOOL COUNSELOR ;; STUDENT WROTE SAD POEM, NO INTENT OR PLAN PER INTERVIEW ;; PARENT ON WAY, REQ FOLLOW-UP RESOURCES
c mental :: CALLER {STS} PASSIVE THOUGHTS OF DEATH, CALM, SAFE AT HOME ;; ASKS FOR PEER SUPPORT REFERRAL
c mental :: {RP} IS {frel} ;; SHE TOLD RP SHE'D BE BETTER OFF GONE, SAID NO PLAN ;; RP WANTS CRISIS COUNSELOR VISIT
c mental :: {RP} {STS} VET FRIEND STRUGGLING, NOT SLEEPING ;; DENIES INTENT ;; REQUESTING VA LIAISON / CRISIS TEAM
c welfare :: {F} AT {place} TOLD STAFF SHE IS TIRED OF LIVING ;; NO PLAN, SITTING CALMLY W/ STAFF, ACCEPTING HELP
c mental :: {RP} {STS} TEEN SON SAID HE DOESN'T WANT TO BE HERE ANYMORE ;; NO PLAN PER SON, NO MEANS ;; WANTS COUNSELOR
c mental :: CALLER WANTS TO TALK TO SOMEONE ;; FEELS DEPRESSED, NO INTENT TO HARM SELF ;; CALM, COHERENT
s mental :: hi um i just sometimes i wish i wasn't here ;; i'm not gonna do anything ;; i just want to talk to somebody
s mental :: my son said he feels like giving up ;; he said he's not going to hurt himself ;; can a counselor come by
s mental :: i've been feeling really low since my wife passed ;; i don't have a plan or nothing ;; is there someone i can talk to tonight
s welfare :: my friend keeps saying she'd be better off dead ;; she says she won't do anything ;; i'm just worried can someone check in
s mental :: uh i'm calling for myself ;; i just feel hopeless ;; i'm safe i'm at home i just need a counselor
s mental :: my daughter wrote in her diary she wants to disappear ;; she says she's ok ;; we want help finding a therapist
## elig calm_mh
c mental :: {RP} {STS} {rel} BELIEVES NEIGHBORS ARE SPYING ;; CALM, NO WEAPONS ;; FAMILY REQ MOBILE CRISIS EVAL
c mental :: {F} AT {place} LIBRARY TALKING TO VOICES ;; NOT BOTHERING PATRONS ;; STAFF REQ OUTREACH
c mental :: {RP} IS GROUP HOME STAFF ;; RESIDENT REFUSING MEDS, PACING, CALM WHEN SPOKEN TO ;; REQ CRISIS CLINICIAN
c mental :: {M} BAREFOOT ON {st} PREACHING TO PASSERSBY ;; NOT IN ROADWAY ;; {RP} WANTS HIM HELPED
c mental :: {RP} {STS} {frel} MANIC, NOT SLEPT 3 DAYS, SPENDING MONEY ;; NO THREATS ;; WANTS EVALUATION
c mental :: CLIENT AT {place} SHELTER DISORIENTED ;; STAFF {STS} NO AGGRESSION ;; REQ CRISIS TEAM
c welfare :: {M} SITTING IN {biz} FOR HOURS TALKING TO HIMSELF ;; POLITE WHEN ASKED TO LEAVE, WONT GO ;; STORE REQ HELP
c mental :: {RP} {STS} {rel} HEARING VOICES AGAIN, OUT OF MEDS SINCE FRI ;; CALM ;; NEEDS REFILL + CHECK-IN
c mental :: {F} AT BUS SHELTER {st} UNDRESSED TO T-SHIRT IN COLD, TALKING TO HERSELF ;; NOT HURT ;; {RP} CONCERNED
c mental :: {RP} IS LANDLORD ;; TENANT HOARDING, PARANOID ABOUT CAMERAS ;; NO THREATS ;; REQ SOCIAL SERVICES
c mental :: {RP} {STS} {age}YO MOTHER CONFUSED, THINKS IT IS 1985 ;; SAFE AT HOME ;; REQ ASSESSMENT
c mental :: {M} AT {place} BELIEVES HE IS BEING FOLLOWED BY A DRONE ;; ASKED STAFF FOR HELP ;; CALM
s mental :: my brother is hearing voices again ;; he's calm he's just scared ;; can someone from crisis come
s mental :: there's a lady at the library ;; she's talking to herself but she's not bothering anyone ;; maybe outreach could help
s mental :: my mom's bipolar and she hasn't slept in like three days ;; she's not dangerous ;; she just needs help
s mental :: hi i think i'm having like a panic attack ;; i'm at home ;; can someone just talk to me
s mental :: my uncle thinks the neighbors are watching him ;; he's not violent ;; we need somebody to talk to him
s welfare :: there's a man at the bus stop he's like preaching ;; he's not hurting nobody ;; he just seems not ok
## elig noise
c noise :: LOUD MUSIC {addr} ;; BASS SHAKING WINDOWS SINCE 2200 ;; {RP} REQ ANON
c noise :: DOG BARKING NONSTOP AT {addr} ;; OWNERS NOT HOME ;; 3RD CALL THIS WEEK
c noise :: CONSTRUCTION NOISE AT {place} BEFORE PERMITTED HOURS ;; {RP} WANTS IT STOPPED
c noise :: PARTY AT {addr} ;; YELLING AND MUSIC ;; APPROX 30 PEOPLE, CARS DOUBLE PARKED
c noise :: CAR ALARM GOING OFF {n} MIN ON {st} ;; OWNER UNK
c noise :: NEIGHBOR'S TV VERY LOUD THROUGH WALL APT {apt} ;; {RP} KNOCKED, NO ANSWER
c noise :: GROUP REVVING ENGINES IN LOT OF {place} ;; {RP} CANT SLEEP
c noise :: LEAF BLOWER AT 0600 ;; LANDSCAPER AT {addr}
c noise :: KARAOKE AT {biz} ;; DOORS OPEN, CARRYING TO RES AREA ;; PAST 0100
c noise :: {RP} {STS} ROOSTER NEXT DOOR CROWING ALL NIGHT ;; WANTS CODE ENFORCEMENT INFO
c noise :: ICE CREAM TRUCK PLAYING MUSIC AT 2130 ON {st}
c fireworks :: FIREWORKS IN {park}, NO ONE HURT, ONGOING 20 MIN ;; {RP} WORRIED ABOUT DRY GRASS
s noise :: the people upstairs are stomping and playing music ;; it's like two in the morning ;; i have work
s noise :: there's a car alarm going off for like an hour ;; on {st} ;; nobody's turning it off
s noise :: hi it's the same party again at the house next door ;; really loud music ;; can somebody come
s noise :: my neighbor's dog won't stop barking ;; they're not home ;; it's been all day
s fireworks :: somebody's setting off fireworks in the street ;; nobody's hurt it's just loud ;; my dog is freaking out
## elig verbal_dispute
c disturb :: {RP} {STS} ARGUMENT W/ NEIGHBOR OVER TRASH CANS ;; VERBAL ONLY ;; RP WANTS MEDIATION
c dv :: COUPLE ARGUING IN {veh} IN LOT OF {place} ;; YELLING, NO CONTACT SEEN ;; {RP} CONCERNED
c disturb :: 2 CUSTOMERS YELLING OVER PLACE IN LINE AT {biz} ;; NO PUSHING ;; STAFF WANTS HELP SEPARATING
c civil :: {RP} ARGUING W/ MECHANIC OVER BILL ;; MECHANIC WONT RELEASE CAR ;; NO THREATS
c disturb :: ROOMMATES ARGUING OVER DISHES, LOUD ;; {RP} IS 3RD ROOMMATE, WANTS SOMEONE TO MEDIATE
c dv :: {RP} {STS} SHE AND HER MOM ARE ARGUING ABOUT CURFEW ;; JUST WORDS ;; WANTS A THIRD PARTY
c disturb :: NEIGHBORS SHOUTING ACROSS HALLWAY APT {apt} ;; ABOUT SMELL OF SMOKE ;; NO CONTACT
c disturb :: {M} YELLING AT BUS DRIVER OVER FARE ;; GOT OFF BUS, STILL SHOUTING AT STOP ;; DRIVER WANTS REPORT
c civil :: TENANT AND SUPER ARGUING OVER REPAIRS ;; VERBAL ;; {RP} WANTS RIGHTS EXPLAINED
c disturb :: {RP} {STS} SISTER CAME OVER AND THEY ARGUED ABOUT INHERITANCE ;; SISTER STILL IN DRIVEWAY, YELLING
c disturb :: PARENTS ARGUING AT YOUTH SOCCER GAME IN {park} ;; REF STOPPED GAME ;; NO PHYSICAL
c dv :: FAMILY ARGUMENT AT {addr} ;; ADULT SON AND FATHER SHOUTING ABOUT MONEY ;; NO WEAPONS, NO HITTING
s disturb :: me and my roommate are fighting about the rent ;; like arguing not hitting ;; can someone come help us talk
s dv :: my mom and my stepdad are yelling at each other ;; they do this a lot ;; nobody's getting hurt it's just loud
s disturb :: the lady next door is screaming at me about my car ;; she's just yelling ;; i want it to stop
s civil :: this mechanic won't give me my car back ;; we're arguing about the bill ;; what do i do
s disturb :: two people are cussing each other out at the bus stop ;; they're not touching ;; it's just really loud
## elig welfare_nodanger
c welfare :: {RP} {STS} {age}YO NEIGHBOR HASNT PICKED UP PAPERS IN 2 DAYS ;; CAR GONE ;; PROB VISITING FAMILY, REQ CHECK
c welfare :: CHK ON {F} SITTING AT BUS STOP {st} FOR 3 HRS ;; APPEARS OK, JUST WAITING PER RP
c welfare :: {RP} IN ANOTHER STATE ;; CANT REACH {frel} BY PHONE SINCE YESTERDAY ;; REQ KNOCK AND TALK
c welfare :: {M} SITTING IN PARKED {veh} AT {place} ALL AFTERNOON ;; EATING, ON PHONE ;; STORE CURIOUS
c welfare :: ELDERLY {M} ASKING FOR DIRECTIONS AT {biz} ;; SEEMS LOST ;; STAFF WITH HIM
c welfare :: {RP} {STS} KIDS PLAYING IN SPRINKLER UNSUPERVISED? PARENT ON PORCH PER 2ND LOOK ;; RP STILL WANTS CHECK
c welfare :: CHK WELFARE {addr} ;; LANDLORD {STS} TENANT LEFT WINDOWS OPEN IN RAIN ;; TENANT TRAVELING
c welfare :: {RP} REQ CHECK ON COWORKER WHO MISSED 2 SHIFTS ;; NO CONCERNS BESIDES ABSENCE
c welfare :: {F} WALKING {hwy} FRONTAGE RD W/ SUITCASE ;; ON SIDEWALK ;; {RP} WONDERS IF SHE NEEDS RIDE
c welfare :: {RP} {STS} OLDER MAN IN {park} FEEDING PIGEONS FOR HOURS IN COLD ;; DRESSED WARMLY
c welfare :: {RP} IS MAIL CARRIER ;; MAILBOX FULL AT {addr} ;; NO ODOR, NO SIGNS OF DISTRESS
c welfare :: CHK ON {kage}YO SELLING LEMONADE ALONE AT {st} ;; PARENT VISIBLE IN WINDOW PER RP
s welfare :: can someone check on my grandma ;; she's not answering her phone ;; she probably just forgot to charge it
s welfare :: there's a lady at the bus stop she's been there a long time ;; she looks fine ;; i just wanted to make sure she's ok
s welfare :: my neighbor's newspapers are piling up ;; his car's gone ;; he might be on vacation but can someone look
s welfare :: there's an old guy at the gas station ;; he seems lost ;; he's not hurt he just doesn't know where he is going
s welfare :: i haven't heard from my brother in two days ;; he's like that sometimes ;; could someone knock on his door at {addr}
## elig past_theft
c theft :: {RP} {STS} BIKE STOLEN FROM RACK AT {place} OVERNIGHT ;; NO SUSP INFO ;; NEEDS REPORT FOR INSURANCE
c theft :: PACKAGE TAKEN FROM PORCH YESTERDAY ;; RING VIDEO AVAILABLE ;; SUSP LONG GONE
c theft :: {RP} {STS} CATALYTIC CONVERTER MISSING FROM {veh} ;; DISCOVERED THIS AM ;; NO SUSP
c theft :: WALLET STOLEN AT {biz} LAST WEEK ;; {RP} NOW SEES CHARGES ON CARD ;; WANTS REPORT
c burglary :: {RP} RETURNED FROM TRIP, SHED LOCK CUT, TOOLS GONE ;; APPEARS DAYS OLD ;; NO ONE AROUND
c theft :: LAPTOP TAKEN FROM UNLOCKED CAR OVERNIGHT {addr} ;; NO WITNESSES
c theft :: {RP} IS MGR AT {biz} ;; SHOPLIFT OCCURRED 2 HRS AGO, SUSP LEFT ;; HAS VIDEO
c theft :: PLANTS TAKEN FROM FRONT YARD OVERNIGHT ;; {RP} WANTS IT ON RECORD
c theft :: {RP} {STS} LICENSE PLATE MISSING FROM {veh} ;; NOTICED TODAY, LAST SAW IT SAT
c burglary :: STORAGE UNIT BROKEN INTO AT {place} ;; FOUND BY MGR ON ROUNDS ;; UNIT EMPTY, NO ONE PRESENT
c theft :: {RP} {STS} SOMEONE USED HER IDENTITY TO OPEN CREDIT CARD ;; WANTS REPORT #
s theft :: somebody stole my bike last night ;; from outside my building ;; i need a report for insurance
s theft :: my package got stolen off my porch yesterday ;; i have it on camera ;; the guy's long gone
s burglary :: i came back from vacation ;; my shed was broken into ;; it looks like it happened days ago nobody's here
s theft :: someone went through my car last night ;; they took my sunglasses and change ;; what do i do
## elig found_property
c found :: {RP} FOUND WALLET ON {st} ;; WANTS TO TURN IN
c found :: BACKPACK LEFT AT {place} FOR 2 HRS ;; STAFF LOOKED INSIDE: CLOTHES AND BOOKS
c found :: {RP} FOUND A BIKE IN HIS YARD ;; NOT HIS ;; WANTS IT PICKED UP
c found :: KEYS FOUND AT {park} ;; {RP} WILL LEAVE AT FRONT DESK OF {biz}
c found :: {RP} FOUND PASSPORT ON BUS RTE {route} ;; WANTS TO RETURN
c found :: ABANDONED SHOPPING CARTS IN CREEK BEHIND {addr} ;; {RP} WANTS THEM REMOVED
c found :: {RP} FOUND A PHONE IN {park}, KEEPS RINGING ;; WANTS TO DROP AT STATION
c found :: CHILD'S SCOOTER LEFT ON {st} CORNER 3 DAYS ;; {RP} WONDERS IF STOLEN
c found :: {RP} FOUND SYRINGES IN PLAYGROUND SAND {park} ;; NO ONE AROUND ;; WANTS SAFE PICKUP
s found :: i found a wallet on the sidewalk ;; it's got an id in it ;; where do i bring it
s found :: there's a bike that's been in my yard for like a week ;; it's not mine ;; can someone pick it up
s found :: hi i found somebody's phone at the park ;; it keeps ringing ;; what should i do with it
## elig intox_ok
c intox :: INTOX {M} SITTING ON CURB OUTSIDE {biz} ;; TALKING, STEADY ENOUGH ;; STAFF WANTS RIDE ARRANGED
c intox :: {RP} {STS} ROOMMATE DRUNK AND SINGING ;; NOT HURT ;; JUST ANNOYING, WANTS HIM TO SLEEP IT OFF
c intox :: {F} INTOX AT {place}, ASKING FOR CAB MONEY ;; ALERT, WALKING OK
c intox :: ETOH {M} ASLEEP ON BENCH {park} ;; SNORING, BREATHING NORMAL, WOKE WHEN RP SPOKE TO HIM
c intox :: GROUP OF INTOX ADULTS LEAVING {biz} LOUDLY ;; ON FOOT ;; NO ONE DRIVING
c intox :: {RP} IS BARTENDER ;; PATRON TOO DRUNK TO BE SERVED, CALM, NEEDS RIDE HOME, NO CAR
c intox :: {M} STUMBLING ON SIDEWALK {st} ;; STAYING OUT OF ROAD ;; SAID HE IS WALKING HOME
c intox :: {RP} {STS} HER DAD HAD TOO MANY BEERS, IS LOUD, WANTS SOBER RIDE TO DETOX IN AM
c intox :: INTOX {F} IN LOBBY OF {place} ;; CHATTY, NOT HURT ;; SECURITY WANTS HER HELPED HOME
s intox :: there's a guy who's pretty drunk outside the bar ;; he's ok he's talking ;; he just needs a ride
s intox :: my roommate got really drunk ;; he's just singing and being annoying ;; he's fine
s intox :: a lady is drunk in the lobby ;; she's nice she's just stumbling a bit ;; can someone help her get home
s intox :: there's a man asleep on the bench drunk ;; he's snoring and breathing fine ;; i just didn't want him to freeze
## elig unhoused_sleeping
c unhoused :: {M} SLEEPING IN DOORWAY OF {biz} ;; BREATHING, SNORING ;; STORE OPENS AT 9, WANTS HIM MOVED
c unhoused :: TENT SET UP IN {park} NEAR PLAYGROUND ;; NO ONE OUTSIDE ;; {RP} WANTS OUTREACH
c unhoused :: {F} SLEEPING IN BUS SHELTER {st} W/ BELONGINGS ;; {RP} DRIVER WANTS HER OFFERED SHELTER
c unhoused :: 2 PEOPLE ASLEEP IN STAIRWELL OF PARKING GARAGE {place} ;; STIRRING, OK ;; SECURITY REQ OUTREACH
c unhoused :: {M} SLEEPING IN {veh} OVERNIGHT IN CHURCH LOT ;; PASTOR OK W/ IT, WANTS RESOURCES FOR HIM
c unhoused :: ENCAMPMENT BEHIND {biz} ;; TRASH ACCUMULATING ;; OWNER REQ CLEANUP + OUTREACH
c unhoused :: {M} ASLEEP ON LIBRARY STEPS {place} ;; BREATHING FINE, ROLLED OVER WHEN STAFF CALLED OUT
c unhoused :: {RP} {STS} PERSON SLEEPING UNDER HER CARPORT ;; NOT BOTHERING ANYONE ;; WANTS HIM CONNECTED TO SERVICES
c unhoused :: FAMILY W/ KIDS SLEEPING IN {veh} AT {place} ;; {RP} WANTS THEM OFFERED HELP
s unhoused :: there's a man sleeping in front of my store ;; he's breathing he's fine ;; i just need him moved before we open
s unhoused :: there's a tent in the park by the playground ;; nobody's bothering anyone ;; can outreach come
s unhoused :: a lady's been sleeping in the bus shelter ;; it's cold tonight ;; can someone offer her a shelter bed
s unhoused :: someone's sleeping under my carport ;; he's not doing anything ;; he just needs help i think
## elig juveniles_loitering
c juvenile :: GROUP OF 8 TEENS HANGING OUT AT {place} ;; LOUD, SKATEBOARDING ;; STORE WANTS THEM MOVED
c juvenile :: JUVS ON ROOF OF PLAYGROUND STRUCTURE AT {park} AFTER DARK ;; NO DAMAGE SEEN
c juvenile :: KIDS RINGING DOORBELLS AND RUNNING ON {st} ;; {RP} ANNOYED
c juvenile :: TEENS SMOKING IN BACK LOT OF {biz} ;; CIGARETTES ;; MGR WANTS THEM MOVED ALONG
c juvenile :: {RP} {STS} SCHOOL KIDS CUTTING THROUGH HER YARD DAILY ;; WANTS IT ADDRESSED
c juvenile :: JUVS PLAYING BASKETBALL IN STREET ON {st} ;; BLOCKING CARS ;; NO OTHER PROBLEMS
c juvenile :: TRUANT JUVS AT {place} DURING SCHOOL HRS ;; 3 OF THEM, EATING ;; MGR WANTS SCHOOL NOTIFIED
c juvenile :: TEENS HANGING AROUND ATM AT {biz} ;; NOT ASKING ANYONE FOR ANYTHING ;; CUSTOMERS UNEASY
c juvenile :: KIDS ON BIKES DOING WHEELIES IN LOT OF {place} ;; {RP} AFRAID THEY WILL GET HIT
s juvenile :: there's a bunch of teenagers outside the store ;; they're just loud and skateboarding ;; my manager wants them to move
s juvenile :: kids keep ringing my doorbell and running away ;; it's like the fifth time ;; it's annoying
s juvenile :: some kids are hanging out on the playground after dark ;; they're not breaking anything ;; just wanted somebody to know
s juvenile :: there's teens smoking behind the building ;; just cigarettes i think ;; can someone tell them to go
## elig civil
c civil :: {RP} {STS} EX WONT RETURN HER TV ;; WANTS ADVICE ON SMALL CLAIMS
c civil :: LANDLORD CHANGED LOCKS ON TENANT ;; {RP} IS TENANT, STANDING OUTSIDE, CALM ;; WANTS RIGHTS INFO
c civil :: CUSTODY EXCHANGE AT {place}, OTHER PARENT 40 MIN LATE ;; {RP} WANTS IT DOCUMENTED
c civil :: CONTRACTOR TOOK DEPOSIT, NEVER STARTED WORK ;; {RP} WANTS REPORT
c civil :: {RP} {STS} NEIGHBOR'S TREE FELL ON HIS FENCE ;; DISPUTE OVER WHO PAYS
c civil :: {RP} REQ CIVIL STANDBY TO GET CLOTHES FROM FORMER ROOMMATE ;; ROOMMATE AGREES, JUST WANTS WITNESS
c civil :: DISPUTE OVER SHARED DRIVEWAY ;; BOTH PARTIES CALM ;; {RP} WANTS SURVEY INFO
c civil :: {RP} {STS} DEALER SOLD HIM A CAR THAT WONT START ;; WANTS TO FILE COMPLAINT
c civil :: ROOMMATE NOT PAYING UTILITIES ;; {RP} WANTS TO KNOW IF SHE CAN SHUT OFF POWER TO HIS ROOM
c civil :: {RP} {STS} HIS EX KEEPS THE DOG THEY SHARED ;; BOTH CLAIM OWNERSHIP
c civil :: GUEST OVERSTAYED AT {addr}, NOW CLAIMS TENANCY ;; NO THREATS ;; OWNER WANTS EVICTION INFO
s civil :: my landlord changed the locks and i'm outside ;; i'm not gonna do anything ;; i just want to know my rights
s civil :: my ex has my kid's stuff and won't give it back ;; we're not fighting ;; can someone stand by while i get it
s civil :: i paid a contractor two grand and he never showed up ;; can i make a report
s civil :: my neighbor's tree fell on my fence ;; he says it's my problem ;; who do i call
## elig animal
c animal :: DOG LOOSE ON {st}, FRIENDLY ;; NO TAGS ;; {RP} HOLDING IT IN YARD
c animal :: RACCOON IN GARAGE AT {addr} ;; {RP} WANTS ANIMAL CONTROL
c animal :: DOG LEFT IN {veh} AT {place} ;; WINDOWS CRACKED, 68F ;; DOG PANTING NORMALLY
c animal :: INJURED GOOSE IN {park} POND ;; {RP} WANTS WILDLIFE RESCUE
c animal :: NEIGHBOR'S CHICKENS IN {RP}'S YARD AGAIN
c animal :: DEER HIT EARLIER, DEAD ON SHOULDER OF {hwy} ;; NEEDS REMOVAL
c animal :: {RP} {STS} STRAY CAT HAVING KITTENS UNDER PORCH ;; WANTS THEM TAKEN
c animal :: HORSE LOOSE ON {st}, OWNER WALKING IT BACK PER 2ND CALLER ;; {RP} WANTS CONFIRMATION
c animal :: {RP} {STS} NEIGHBOR'S DOG IS THIN, LEFT OUTSIDE IN RAIN ;; WANTS WELFARE CHECK FOR DOG
c animal :: BAT IN BEDROOM AT {addr} ;; {RP} TRAPPED IT UNDER A BOWL, NO ONE BITTEN
s animal :: there's a loose dog on my street ;; he's friendly ;; i've got him in my yard
s animal :: there's a raccoon in my garage ;; it won't leave ;; who do i call
s animal :: a dog's been in a car at the store for a while ;; the windows are down some ;; he seems ok but can someone look
s animal :: there's a hurt duck in the pond at the park ;; can wildlife come get it
## elig harassment_nothreat
c harass :: {RP} {STS} EX TEXTING REPEATEDLY ASKING TO TALK ;; NO THREATS ;; WANTS IT TO STOP
c harass :: NEIGHBOR KEEPS LEAVING NOTES ABOUT {RP}'S TRASH CANS ;; RUDE BUT NO THREATS
c harass :: {RP} {STS} FORMER FRIEND POSTING INSULTS ABOUT HER ONLINE ;; WANTS REPORT
c harass :: TELEMARKETER CALLING 20X/DAY ;; {RP} WANTS TO KNOW OPTIONS
c harass :: {RP} {STS} MAN AT BUS STOP KEEPS ASKING HER OUT DAILY ;; NOT AGGRESSIVE ;; WANTS IT ADDRESSED
c harass :: NEIGHBOR FILMS {RP} WHEN SHE GARDENS ;; NO CONTACT, NO THREATS
c harass :: {RP} IS STORE CLERK ;; REGULAR CUSTOMER MAKES RUDE COMMENTS ;; LEFT AFTER PURCHASE
c harass :: {RP} RECEIVING ANON LETTERS COMPLAINING ABOUT HIS DOG ;; NO THREATENING LANGUAGE
c harass :: {RP} {STS} COWORKER SENDS UNWANTED MESSAGES AFTER HOURS ;; NO THREATS ;; HR INVOLVED
c harass :: DOORBELL CAM SHOWS NEIGHBOR KID FLIPPING OFF CAMERA DAILY ;; {RP} WANTS HIM TO STOP
s harass :: my ex keeps texting me like fifty times a day ;; he's not threatening me ;; i just want him to stop
s harass :: my neighbor keeps leaving nasty notes on my car ;; nothing threatening just rude ;; can i report that
s harass :: there's a guy at my bus stop who keeps asking me out ;; he's not scary just annoying ;; what can i do
s harass :: someone's posting mean stuff about me online ;; no threats ;; i just want it on record
## elig nonurgent_assist
c assist :: {RP} LOCKED KEYS IN {veh} AT {place} ;; NO KIDS OR PETS INSIDE ;; REQ LOCKSMITH INFO
c assist :: FLAT TIRE ON {st}, VEH ON SHOULDER, NO INJ ;; {RP} REQ ASSIST
c assist :: {age}YO FEMALE NEEDS HELP GETTING GROCERIES UPSTAIRS, NO INJURY ;; SON OUT OF TOWN
c assist :: {RP} {STS} STREETLIGHT OUT AT {st}/{st2} ;; WANTS IT REPORTED
c assist :: TRAFFIC SIGNAL STUCK ON RED AT {st}/{st2} ;; NO CRASHES
c assist :: {RP} REQ RIDE TO SHELTER FROM {place} ;; HAS BAGS, NO MEDICAL ISSUES
c assist :: TREE BRANCH IN ROAD ON {st} ;; NOT BLOCKING FULL LANE
c assist :: {RP} NEEDS HELP JUMP STARTING {veh} IN DRIVEWAY
c assist :: ELDERLY MALE REQ HELP PROGRAMMING HIS NEW PHONE TO CALL FAMILY ;; NOT AN EMERGENCY PER RP
c assist :: {RP} LOCKED OUT OF HOUSE, {kage}YO CHILD WITH RP OUTSIDE, WARM DAY ;; REQ LOCKSMITH LIST
c assist :: WATER MAIN LEAK BUBBLING UP ON {st} ;; {RP} WANTS PUBLIC WORKS
c assist :: {RP} {STS} TRAVELER STRANDED AT {place}, WALLET LOST ;; NEEDS SHELTER OR BUS VOUCHER
s assist :: i locked my keys in my car ;; nobody's inside it ;; do you have a locksmith number
s assist :: the streetlight on my corner's been out for a week ;; who do i tell
s assist :: my car won't start in the parking lot ;; it's not an emergency ;; can someone help jump it
s assist :: hi i need a ride to the shelter ;; i'm at {place} ;; i'm ok i just don't have a way there
## elig missing_found
c missing :: [[police_only:{kage}YO SON DIDNT COME HOME FROM SCHOOL]] ;; {U} {S_ENRT} ;; (({UPD} CHILD LOCATED SAFE AT FRIEND'S HOUSE, MOM PICKING UP))
c missing :: [[police_only:{age}YO W/ ALZHEIMERS MISSING FROM CARE HOME]] ;; (({UPD} SUBJ LOCATED SAFE AT HOSP ER, FAMILY NOTIFIED))
c missing :: RUNAWAY REPORT ;; [[police_only:15YO DAUGHTER LEFT AFTER ARGUMENT, NOT FOUND]] ;; (({UPD} DAUGHTER RETURNED HOME ON HER OWN, UNHURT))
c missing :: [[police_only:AUTISTIC {kage}YO WANDERED FROM {park}]] ;; (({UPD} FOUND BY STAFF IN SNACK BAR, WITH PARENTS))
c missing :: {RP} {STS} HUSBAND LATE FROM WORK, NOT ANSWERING ;; (({UPD} HUSBAND CALLED RP, PHONE DIED, HE IS AT A FRIEND'S, FINE))
c missing :: [[police_only:MISSING ADULT W/ DISABILITY FROM GROUP HOME]] ;; (({UPD} STAFF LOCATED HIM SAFE AT {biz}, BACK AT HOME))
c missing :: {RP} REPORTS {frel} MISSING SINCE MORNING ;; (({UPD} SHE WAS AT A DOCTOR'S APPT, RETURNED HOME))
c missing :: [[police_only:{age}YO DEMENTIA PT LEFT ON FOOT]] ;; {U} {S_ENRT} ;; (({UPD} NEIGHBOR WALKED HIM BACK, SAFE, NO INJ))
s missing :: my son didn't come home from school ;; oh wait ;; ((he just called me he's at his friend's house he's fine sorry))
s missing :: [[police_only:my mom has alzheimer's and she's gone from the house]] ;; ((oh the neighbor just brought her back she's ok))
s missing :: my daughter left after we argued ;; ((she just walked in the door she's fine i'm sorry for calling))
## elig parking
c parking :: {veh} BLOCKING DRIVEWAY AT {addr} FOR {n} MIN ;; {RP} NEEDS TO LEAVE FOR WORK
c parking :: CAR PARKED IN FIRE LANE AT {place} ;; NO DRIVER
c parking :: ABANDONED {veh} ON {st} 2 WEEKS ;; FLAT TIRES, EXPIRED TAGS
c parking :: NEIGHBOR PARKS BOAT TRAILER ON STREET ;; {RP} WANTS ENFORCEMENT
c parking :: DELIVERY TRUCK DOUBLE PARKED ON {st} ;; BLOCKING BIKE LANE
c parking :: {veh} IN HANDICAP SPOT W/O PLACARD AT {biz}
c parking :: CARS PARKED ON LAWN AT {addr} FOR PARTY ;; {RP} WANTS THEM MOVED
s parking :: someone's blocking my driveway ;; i need to go to work ;; it's a {veh}
s parking :: there's a car that's been parked on my street for like two weeks ;; it's got flat tires ;; is it abandoned
s parking :: a truck is parked in the fire lane at the store ;; nobody's in it
## elig routine
c info :: {RP} REQ INFO ON HOW TO GET A COPY OF ACCIDENT REPORT FROM LAST MONTH
c info :: {RP} ASKING ABOUT STREET CLOSURES FOR PARADE SAT ON {st}
c assist :: {RP} REQ VIN VERIFICATION FOR {veh} PURCHASED OUT OF STATE
c info :: {RP} CALLING TO CONFIRM ADDRESS OF DMV SUBSTATION
c assist :: SCHOOL CROSSING GUARD ABSENT AT {st}/{st2} ;; SCHOOL REQ COVERAGE
c info :: {RP} WANTS TO REGISTER SECURITY CAMERA WITH PD PROGRAM
c info :: {RP} REQ EXTRA PATROL WHILE ON VACATION {date}
c assist :: {RP} NEEDS FINGERPRINTING APPT INFO FOR JOB
c info :: CITIZEN REQ INFO ON BURN PERMIT FOR BACKYARD FIRE PIT
c info :: {RP} ASKS WHERE TO DROP OFF OLD MEDICATIONS
c info :: {RP} WANTS TO THANK OFFICERS FROM LAST WEEK'S LOCKOUT
c assist :: {biz} REQ ESCORT FOR BANK DEPOSIT ;; ROUTINE
c info :: {RP} REPORTING POTHOLE ON {st} NEAR {addr}
c info :: {RP} ASKS IF SHE CAN LEAVE HER CAR ON STREET OVERNIGHT DURING SNOW ROUTE
c assist :: FUNERAL ESCORT REQ FOR {date}, FROM {place}
c info :: {RP} REQ CALLBACK FROM COMMUNITY LIAISON RE: BLOCK PARTY PERMIT
c info :: GRAFFITI ON UTILITY BOX {st}/{st2} ;; OLD, NOT IN PROGRESS
c assist :: {RP} LOST DOG LICENSE, WANTS REPLACEMENT INFO
c info :: {RP} REPORTING LOOSE MANHOLE COVER ON {st}, RATTLING WHEN CARS PASS
c info :: {RP} ASKS FOR NON-EMERGENCY NUMBER FOR CODE ENFORCEMENT
c info :: ILLEGAL DUMPING: MATTRESSES LEFT IN ALLEY BEHIND {addr}
c assist :: {RP} REQ HOUSE WATCH FORM ;; LEAVING FOR 2 WEEKS
c info :: CHURCH AT {place} REQ TRAFFIC HELP FOR SUNDAY EVENT
c info :: {RP} ASKS HOW TO REPORT A SCAM PHONE CALL, NO MONEY LOST
s info :: hi um i just need to know how to get a copy of a police report ;; from like last month
s info :: is the road closed on {st} for the marathon ;; i need to get to work
s info :: i want to report a pothole ;; it's huge ;; on {st} by the school
s info :: um somebody dumped a couch in the alley behind my house ;; who do i call for that
s info :: i got one of those scam calls ;; i didn't give them anything ;; should i report it
s assist :: hi the crossing guard isn't here today ;; at {st} ;; the kids are waiting
s info :: i'm going on vacation next week ;; can you guys drive by my house sometimes
s info :: there's graffiti on the mailbox on my corner ;; it's been there a while ;; just letting you know
s info :: where do i take old medicine to get rid of it
s info :: hi i need to schedule fingerprints for a job ;; is that you guys
'''

import csv, hashlib, io, json, os, random, re, sys

SEED = 2611
N_ROWS = 1000
KINDS = ['weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty']
RED_QUOTA = {'injury': 118, 'police_only': 88, 'violence': 72, 'weapon': 49, 'threat': 33, 'uncertainty': 29, 'suicide': 22}
STT_SHARE = 0.35
TRUNC_SHARE = 0.205
TYPO_SHARE = 0.25
VAGUE_SHARE = 0.40
KS, KE, RS, RE_ = '\x01', '\x02', '\x03', '\x04'   # internal markup: KS+digit ... KE ; RS ... RE_

CATS = ['welfare', 'medical', 'mental', 'suicide', 'fight', 'weapon', 'threats', 'burglary', 'theft', 'trespass',
        'dv', 'disturb', 'noise', 'susp', 'juvenile', 'civil', 'intox', 'unhoused', 'found', 'missing', 'animal',
        'traffic', 'harass', 'assist', 'unknown', 'openline', 'parking', 'shots', 'info', 'fall', 'od', 'child',
        'indecent', 'robbery', 'fireworks']
MATCHING = {'weapon': ['weapon', 'shots', 'fight', 'robbery'], 'violence': ['fight', 'dv', 'robbery'],
            'threat': ['threats', 'harass', 'dv'], 'injury': ['medical', 'od', 'fall'],
            'suicide': ['suicide', 'mental'],
            'police_only': ['burglary', 'theft', 'robbery', 'child', 'missing', 'traffic', 'indecent', 'trespass'],
            'uncertainty': ['openline', 'unknown']}
PRIMARY = {'weapon': ['weapon'], 'violence': ['fight'], 'threat': ['threats'], 'injury': ['medical'], 'suicide': ['suicide'],
           'uncertainty': ['unknown', 'openline']}
VAGUE_BY_KIND = {'weapon': ['susp', 'disturb', 'noise', 'civil', 'welfare', 'harass', 'juvenile', 'parking', 'animal', 'info'],
                 'violence': ['disturb', 'noise', 'civil', 'welfare', 'juvenile', 'harass', 'assist', 'intox', 'parking'],
                 'threat': ['civil', 'info', 'disturb', 'noise', 'welfare', 'juvenile', 'parking'],
                 'injury': ['welfare', 'assist', 'intox', 'unhoused', 'info', 'susp', 'disturb', 'noise'],
                 'suicide': ['welfare', 'info', 'susp', 'assist', 'unhoused', 'disturb'],
                 'police_only': ['susp', 'info', 'welfare', 'assist', 'civil', 'noise', 'parking', 'juvenile'],
                 'uncertainty': ['welfare', 'noise', 'disturb', 'info', 'assist', 'civil']}
VAGUE = ['welfare', 'assist', 'info', 'noise', 'civil', 'parking', 'susp', 'disturb', 'harass', 'animal', 'juvenile',
         'found', 'unhoused', 'intox']

def codes(s):
    out = [x.strip() for x in s.split(',')]
    assert len(out) == len(CATS), (len(out), s[:30])
    return dict(zip(CATS, out))

AGENCIES = [
  dict(key='CAL', name='Calloway County ECC', width=255, cad=True, stt=False, mixed=False,
       ts='hms', sep='; ', unit='CC{n}', RP='RP', STS='STS', UPD='UPD:', SUBJ='SUBJ', ADV='ADV', VEH='VEH',
       S_DISP='DISP', S_ENRT='ENRT', S_ONSC='ONSC', S_AVAIL='AVAIL', S_C4='CODE 4',
       c4='scene secure, no additional units', stt_prefix='',
       ct=codes('WELCK,MED,MNTL,SUIC,FIGHT,WPN,THRT,BURG,THEFT,TRESP,DOMVIO,DIST,NOISE,SUSP,JUV,CIVIL,INTOX,TRANS,FNDPRP,MISPER,ANIMAL,TRAFFIC,HARASS,ASSIST,UNKTRB,OPENLN,PARK,SHOTS,INFO,FALL,OD,CHILD,INDEXP,ROBB,FWORKS')),
  dict(key='PAL', name='Port Alder 911', width=300, cad=True, stt=False, mixed=True,
       ts='brk', sep=' ', unit='2A{n}', RP='Caller', STS='says', UPD='**Update**', SUBJ='subject', ADV='reports', VEH='vehicle',
       S_DISP='Dispatched', S_ENRT='Responding', S_ONSC='Arrived', S_AVAIL='Clear', S_C4='C4',
       c4='no further assistance needed', stt_prefix='',
       ct=codes('Welfare Check,Medical Aid,Mental Health,Suicidal Person,Fight,Weapons Call,Threats,Burglary,Theft Report,Trespass,Domestic,Disturbance,Noise Complaint,Suspicious Circ,Juvenile Problem,Civil Matter,Intoxicated Person,Unsheltered Person,Found Property,Missing Person,Animal Problem,Traffic Hazard,Harassment,Citizen Assist,Unknown Trouble,Open Line,Parking Problem,Shots Fired,Information,Fall,Overdose,Child Welfare,Indecent Exposure,Robbery,Fireworks')),
  dict(key='TVR', name='Tri-Valley Regional Comm Center', width=230, cad=True, stt=False, mixed=False,
       ts='num', sep=' ', unit='TV{n}', RP='C/P', STS='STATES', UPD='ADDL:', SUBJ='S1', ADV='ADVS', VEH='VEH',
       S_DISP='DSP', S_ENRT='ER', S_ONSC='OS', S_AVAIL='AV', S_C4='C4-OK',
       c4='unit OK, cover not needed', stt_prefix='',
       ct=codes('WELF,MEDIC,EDP,EDP-S,FITE,MWW,THREAT,BURG,LARC,TRES,DOM,DIST,NOIS,SUSP,JUVS,CIVL,DRUNK,HOMLS,FOUND,MISS,ANML,TRAF,HARR,ASST,TRBL,ABAN,PARK,SHOTS,INFO,FALL,ODOSE,CHLD,LEWD,ROB,FRWK')),
  dict(key='MBK', name='Millbrook PSAP', width=400, cad=True, stt=True, mixed=False,
       ts='dmy', sep=' || ', unit='MB-{n}', RP='COMPL', STS='STATES', UPD='UPDT', SUBJ='PARTY', ADV='ADVISES', VEH='VEH',
       S_DISP='ASGN', S_ENRT='10-76', S_ONSC='10-97', S_AVAIL='10-8', S_C4='CODE 4',
       c4='all OK at scene (10-76 en route, 10-97 arrived, 10-8 in service)', stt_prefix='ASR: ',
       ct=codes('CHECK WELFARE,SICK/INJURED,MENTAL/EDP,SUICIDE THREAT/ATT,FIGHT/ASSAULT,WEAPON/PERSON W/,THREATS/INTIMIDATION,BURGLARY/B&E,LARCENY,TRESPASS,DOMESTIC/FAMILY,DISTURBANCE/GENERAL,NOISE/LOUD MUSIC,SUSPICIOUS PERS/VEH,JUVENILE/COMPLAINT,CIVIL/STANDBY,INTOX/DRUNK,TRANSIENT/VAGRANT,LOST/FOUND PROPERTY,MISSING/RUNAWAY,ANIMAL/CONTROL,TRAFFIC/HAZARD,HARASSMENT/STALKING,ASSIST CITIZEN,UNKNOWN/TROUBLE,911 HANGUP/OPEN,PARKING/BLOCKING,SHOTS/FIREARM DISCH,INFO/ADMIN,FALL/LIFT ASSIST,OVERDOSE/POISONING,CHILD/NEGLECT,INDECENT/LEWD,ROBBERY/HOLDUP,FIREWORKS/EXPLOSIVE')),
  dict(key='GMC', name='Greer Metro Communications', width=240, cad=True, stt=False, mixed=False,
       ts='hhmm', sep=' / ', unit='G{n}', RP='RP', STS='SAYS', UPD='UPD', SUBJ='INDIV', ADV='STS', VEH='VEH',
       S_DISP='DSP', S_ENRT='ENR', S_ONSC='ARR', S_AVAIL='CLR', S_C4='CODE4',
       c4='no further units needed', stt_prefix='',
       ct=codes('WCHK,SICK,MENT,SUIC,ASLT,WEAP,THRE,BURG,THFT,TRSP,DOME,DIST,NOIS,SUSP,JUVE,CIVI,DRNK,HMLS,FNDP,MISS,ANIM,TRAF,HARA,ASST,UNKN,HANG,PARK,SHOT,INFO,FALL,ODOS,CHNE,EXPO,ROBB,FWKS')),
  dict(key='SIV', name='Santa Inez Valley ECD', width=500, cad=True, stt=False, mixed=False,
       ts='op', sep=' | ', unit='SI{n}', RP='RP', STS='STATES', UPD='UPDATE:', SUBJ='SUBJ', ADV='ADV', VEH='VEH',
       S_DISP='DISPATCHED', S_ENRT='ENRT', S_ONSC='ON SCENE', S_AVAIL='AVAIL', S_C4='CODE 4',
       c4='situation under control (call types are penal/W&I/vehicle code numbers)', stt_prefix='',
       ct=codes('WELF CHK,MED AID,5150,5150-SUI,415F,245,422,459,488,602,273.5,415,415N,SUSP,JUV 601,CIVIL,647F,PUB ASST-HMLS,FOUND PROP,MISS PERS,ANIMAL,TRAF HAZ,653M,PUB ASST,UNK TRBL,911 OPEN,22500,246,INFO,MED-FALL,11550/OD,273A,314,211,FWKS')),
  dict(key='KPP', name='Kessler Parish 911', width=350, cad=True, stt=False, mixed=True,
       ts='dash', sep=' ', unit='K-{n}', RP='Caller', STS='states', UPD='Update:', SUBJ='subject', ADV='advised', VEH='vehicle',
       S_DISP='assigned', S_ENRT='en route', S_ONSC='on scene', S_AVAIL='in service', S_C4='Code 4 all ok',
       c4='all ok, unit remaining alone', stt_prefix='',
       ct=codes('Welfare Concern,Medical Call,Mental Person,Suicide Call,Fight in Progress,Person with Weapon,Terroristic Threats,Burglary,Theft,Trespasser,Domestic Dispute,Disturbance,Loud Noise,Suspicious Person,Juvenile Complaint,Civil Dispute,Drunk Person,Homeless Person,Found Property,Missing Person,Animal Complaint,Traffic Complaint,Harassment,Assist Citizen,Unknown Problem,Abandoned 911,Parking Complaint,Shots Fired,Information,Fall Victim,Overdose,Child Neglect,Lewd Conduct,Robbery,Fireworks Complaint')),
  dict(key='NSC', name='Northshore Consolidated Dispatch', width=280, cad=True, stt=True, mixed=False,
       ts='gt', sep=' :: ', unit='NS{n}', RP='RP', STS='REPORTS', UPD='SUPP:', SUBJ='SUBJ', ADV='ADVISED', VEH='VEH',
       S_DISP='AS', S_ENRT='EN', S_ONSC='OS', S_AVAIL='AV', S_C4='C-4',
       c4='no assistance needed', stt_prefix='[STT conf={conf}] ',
       ct=codes('W10 WELFARE,M01 MEDICAL,M25 PSYCH,M25S SUICIDAL,V04 FIGHT,V07 WEAPON,V09 THREATS,P03 BURGLARY,P05 THEFT,P08 TRESPASS,V02 DOMESTIC,D01 DISTURBANCE,D04 NOISE,S01 SUSPICIOUS,J01 JUVENILE,C02 CIVIL,M30 INTOX,S12 UNHOUSED,A05 FOUND PROP,S06 MISSING,A01 ANIMAL,T02 TRAFFIC,V11 HARASSMENT,A02 ASSIST,U00 UNKNOWN,U01 OPEN LINE,T07 PARKING,V06 SHOTS,A09 INFO,M17 FALL,M23 OD,J04 CHILD WELFARE,P11 EXPOSURE,V05 ROBBERY,D06 FIREWORKS')),
  dict(key='DUN', name='Dunmore City DEC', width=320, cad=False, stt=True, mixed=False,
       ts='', sep='', unit='', RP='', STS='', UPD='', SUBJ='', ADV='', VEH='',
       S_DISP='', S_ENRT='', S_ONSC='', S_AVAIL='', S_C4='', c4='(transcripts only)', stt_prefix='TRANSCRIPT(auto): ',
       ct=codes('welfare_chk,med_unspec,bh_crisis,bh_suicidal,fight,weapon,threat,burglary,theft,trespass,domestic,disturbance,noise,suspicious,juvenile,civil,intox,unhoused,found_prop,missing,animal,traffic,harassment,assist,unknown,hangup,parking,shots,info,fall,overdose,child,exposure,robbery,fireworks')),
  dict(key='BEX', name='Bexley Regional 911', width=250, cad=False, stt=True, mixed=False,
       ts='', sep='', unit='', RP='', STS='', UPD='', SUBJ='', ADV='', VEH='',
       S_DISP='', S_ENRT='', S_ONSC='', S_AVAIL='', S_C4='', c4='(transcripts only)', stt_prefix='caller> ',
       ct=codes('1040 WELFARE,1010 MEDICAL,1050 MENTAL,1051 SUICIDE,2020 FIGHT,2030 WEAPON,2040 THREAT,3010 BURGLARY,3020 THEFT,3030 TRESPASS,2010 DOMESTIC,4010 DISTURB,4020 NOISE,4030 SUSP,4040 JUVENILE,5010 CIVIL,1060 INTOX,5020 HOMELESS,5030 FOUND,5040 MISSING,5050 ANIMAL,6010 TRAFFIC,4050 HARASS,5060 ASSIST,9000 UNKNOWN,9010 HANGUP,6020 PARKING,2050 SHOTS,9020 INFO,1020 FALL,1030 OD,5070 CHILD,3040 EXPOSURE,3050 ROBBERY,4060 FIREWORKS')),
]
CAD_AG = [a for a in AGENCIES if a['cad']]
STT_AG = [a for a in AGENCIES if a['stt']]

# ---------------- slot values: (cad, stt) ----------------
STREETS = [('ELM ST', 'elm street'), ('N 27TH ST', '27th street'), ('MAPLEWOOD AVE', 'maplewood'), ('CAPITOL DR', 'capitol drive'),
           ('W FOND DU LAC AVE', 'fond du lac'), ('RIVERSIDE BLVD', 'riverside'), ('KINGS HWY', 'kings highway'),
           ('S 6TH ST', 'sixth street'), ('LINCOLN AVE', 'lincoln'), ('OAKHURST RD', 'oakhurst road'), ('MARKET ST', 'market street'),
           ('PRAIRIE VIEW DR', 'prairie view'), ('E BURLEIGH ST', 'burleigh'), ('HOLT AVE', 'holt avenue'), ('CENTER ST', 'center street'),
           ('VILLARD AVE', 'villard'), ('MILL CREEK RD', 'mill creek road'), ('DIVISION ST', 'division'), ('HARBOR WAY', 'harbor way'),
           ('PINE KNOT LN', 'pine knot lane'), ('W 14TH AVE', '14th avenue'), ('GRANT BLVD', 'grant boulevard'), ('ASHLAND AVE', 'ashland'),
           ('COLLEGE AVE', 'college avenue'), ('DELMAR ST', 'delmar'), ('BEACON ST', 'beacon street')]
PLACES = [('GAS STATION', 'gas station'), ('LAUNDROMAT', 'laundromat'), ('TRANSIT CENTER', 'transit center'), ('PUBLIC LIBRARY', 'library'),
          ('DOLLAR STORE', 'dollar store'), ('WALGREENS', 'walgreens'), ('FOOD PANTRY', 'food pantry'), ('REC CENTER', 'rec center'),
          ('HIGH SCHOOL', 'high school'), ('URGENT CARE', 'urgent care'), ('MOTEL 6', 'motel'), ('GROCERY OUTLET', 'grocery store'),
          ('COMMUNITY COLLEGE', 'community college'), ('SENIOR CENTER', 'senior center'), ('CHURCH ST SHELTER', 'shelter'),
          ('MCDONALDS', 'mcdonalds'), ('STRIP MALL', 'strip mall'), ('PARK-N-RIDE', 'park and ride'), ('DMV', 'dmv'),
          ('AMTRAK STATION', 'train station'), ('HOSPITAL GARAGE', 'hospital garage'), ('YMCA', 'y m c a')]
BIZ = [('KWIK TRIP', 'kwik trip'), ('CITGO', 'citgo'), ('FAMILY DOLLAR', 'family dollar'), ('TARGET', 'target'), ('SUBWAY', 'subway'),
       ('JOES TAVERN', "joe's tavern"), ('PIGGLY WIGGLY', 'piggly wiggly'), ('AUTOZONE', 'autozone'), ('DENNYS', "denny's"),
       ('THE BLUE NOTE BAR', 'blue note bar'), ('US BANK', 'the bank'), ('SPEEDWAY', 'speedway'), ('WALMART', 'walmart'),
       ('TACO BELL', 'taco bell'), ('ALDI', 'aldi'), ('CVS', 'c v s'), ('HOME DEPOT', 'home depot'), ('GOLD STAR PAWN', 'the pawn shop')]
PARKS = [('WASHINGTON PARK', 'washington park'), ('HUMBOLDT PARK', 'humboldt park'), ('RIVERFRONT PARK', 'the riverfront'),
         ('LAKE PARK', 'lake park'), ('DOVER ST PARK', 'dover street park'), ('MLK PARK', 'king park'), ('CEDAR HOLLOW PARK', 'cedar hollow')]
BRIDGES = [('HOAN BRIDGE', 'hoan bridge'), ('16TH ST VIADUCT', '16th street bridge'), ('MILL RIVER BRIDGE', 'mill river bridge'),
           ('I-94 OVERPASS AT {st}', 'the overpass'), ('RR TRESTLE', 'train trestle'), ('HARBOR BRIDGE', 'harbor bridge')]
HWYS = [('I-94', 'ninety four'), ('HWY 41', 'forty one'), ('I-43', 'forty three'), ('RT 9', 'route nine'), ('US-18', 'eighteen'), ('STATE RD 60', 'sixty')]
VEHS = ['SILVER SEDAN', 'BLK PICKUP', 'WHITE VAN', 'RED CIVIC', 'GRAY SUV', 'BLUE CAMRY', 'MAROON MINIVAN', 'GREEN JEEP',
        'WHITE F-150', 'BLK CHARGER', 'TAN BUICK', 'GOLD ALTIMA']
VEHS_STT = ['silver car', 'black truck', 'white van', 'red honda', 'gray suv', 'blue camry', 'maroon minivan', 'green jeep',
            'white pickup', 'black charger', 'tan buick', 'gold nissan']
MALES = ['MALE 30S', 'M/40S', 'ADULT MALE', 'MALE APPROX 25', 'OLDER MALE', 'MALE 50S', 'YOUNG MALE', 'M/20S', 'THIN MALE', 'TALL MALE']
FEMALES = ['FEMALE 30S', 'F/40S', 'ADULT FEMALE', 'FEMALE APPROX 20', 'OLDER FEMALE', 'F/50S', 'YOUNG FEMALE', 'F/20S']
PERSONS = ['ADULT', 'MIDDLE AGED PERSON', 'PERSON', 'ELDERLY PERSON', 'ADULT MALE', 'ADULT FEMALE']
CLOTH = ['RED HOODIE', 'GRAY JACKET', 'BLK PUFFER COAT', 'GREEN ARMY JACKET', 'WHITE TANK TOP', 'BLUE SCRUBS', 'ORANGE VEST', 'CAMO PANTS']
RELS = ['SON', 'BROTHER', 'HUSBAND', 'NEPHEW', 'UNCLE', 'FATHER', 'GRANDSON', 'COUSIN']
FRELS = ['DAUGHTER', 'SISTER', 'MOTHER', 'AUNT', 'NIECE', 'GRANDMOTHER', 'WIFE']
DIRS = ['NB', 'SB', 'EB', 'WB']
DATES = ['12/19-12/27', 'NEXT WEEK', 'SAT 0900', 'THURSDAY', '1/2-1/9']

def slot_values(rng):
    st = rng.choice(STREETS)
    st2 = rng.choice([s for s in STREETS if s != st])
    num = rng.choice([1, 2, 3, 4, 5, 7, 8, 9, 12, 14, 15, 21, 23, 27, 31, 36, 40, 44]) * 100 + rng.randrange(0, 99)
    addr = (str(num) + ' ' + st[0], str(num) + ' ' + st[1])
    vi = rng.randrange(len(VEHS))
    br = rng.choice(BRIDGES)
    br = (br[0].replace('{st}', st2[0]), br[1])
    v = {
        'st': st, 'st2': st2, 'addr': addr, 'place': rng.choice(PLACES), 'biz': rng.choice(BIZ), 'park': rng.choice(PARKS),
        'bridge': br, 'hwy': rng.choice(HWYS), 'veh': (VEHS[vi], VEHS_STT[vi]),
        'M': rng.choice(MALES), 'F': rng.choice(FEMALES), 'P': rng.choice(PERSONS), 'cloth': rng.choice(CLOTH),
        'n': str(rng.choice([5, 10, 15, 20, 25, 30, 40, 45, 60])), 'age': str(rng.randrange(19, 91)),
        'kage': str(rng.randrange(2, 10)), 'rel': rng.choice(RELS), 'frel': rng.choice(FRELS),
        'apt': rng.choice(['2B', '3', '104', '1R', '5C', '210', 'REAR', 'UPPER', '7', '12A']), 'dir': rng.choice(DIRS),
        'route': str(rng.choice([12, 15, 19, 23, 30, 57, 62, 80])), 'date': rng.choice(DATES),
    }
    out = {}
    for k, val in v.items():
        if isinstance(val, tuple):
            out[k] = val
        else:
            out[k] = (val, val.lower())
    return out

# ---------------- templates ----------------
def parse_templates(text):
    out = []
    cls = group = None
    for line in text.splitlines():
        line = line.rstrip()
        if not line.strip():
            continue
        if line.startswith('## '):
            _, c, g = line.split()
            cls, group = c, g
            continue
        src, rest = line.split(' ', 1)
        ct, body = rest.split(' :: ', 1)
        out.append(dict(id='T%03d' % (len(out) + 1), cls=cls, group=group, src=src, ct=ct.strip(), text=body))
    return out

KEY_RE = re.compile(r'\[\[(.+?)\]\]')
RES_RE = re.compile(r'\(\((.+?)\)\)')

def to_internal(t):
    def kf(m):
        inner = m.group(1)
        kind = t['group']
        if ':' in inner and inner.split(':', 1)[0] in KINDS:
            kind, inner = inner.split(':', 1)
        return KS + str(KINDS.index(kind)) + inner + KE
    s = KEY_RE.sub(kf, t['text'])
    s = RES_RE.sub(lambda m: RS + m.group(1) + RE_, s)
    return s

# ---------------- text utilities ----------------
def strip_markup(marked):
    plain = []
    keys, res = [], []
    i = 0
    cur = None
    while i < len(marked):
        ch = marked[i]
        if ch == KS:
            cur = [KINDS[int(marked[i + 1])], len(plain)]
            i += 2
            continue
        if ch == KE:
            keys.append((cur[0], cur[1], len(plain)))
            i += 1
            continue
        if ch == RS:
            cur = ['res', len(plain)]
            i += 1
            continue
        if ch == RE_:
            res.append((cur[1], len(plain)))
            i += 1
            continue
        plain.append(ch)
        i += 1
    return ''.join(plain), keys, res

def alnum(s):
    return sum(1 for c in s if c.isalnum())

def derive(plain_full, keys, res, width, group):
    cut = width if len(plain_full) > width else len(plain_full)
    text = plain_full[:cut]
    trunc = len(plain_full) > width
    present, lost = [], []
    for kind, s, e in keys:
        if e <= cut:
            present.append((kind, s, e, plain_full[s:e]))
        elif s < cut:
            surv = plain_full[s:cut]
            tot, sv = alnum(plain_full[s:e]), alnum(surv)
            if sv >= 5 and sv >= tot - 3:
                present.append((kind, s, cut, surv))
            else:
                lost.append(kind)
        else:
            lost.append(kind)
    res_ok = [(s, e) for s, e in res if e <= cut]
    live = [p for p in present if not any(rs >= p[2] for rs, re_ in res_ok)]
    if live:
        kind, s, e, q = live[0]
        label, flags, reason = 'red', kind, "%s <- '%s'" % (kind, q.strip())
    elif lost:
        label, flags, reason = 'eligible', '', 'eligible: cut-lost-key (%s)' % lost[0]
    else:
        label, flags, reason = 'eligible', '', 'eligible: %s' % group
    if trunc:
        reason += '; truncated at %d' % width
    return text, label, flags, reason, trunc

ACRO = set('RP CPR LOC UNC UNCON DLOC SOB DIB ALS BLS EMS DV SI HI OD ETOH GOA UTL IFO ATL ID ER ED MH PD FD APT TV DUI SUV ATM PLT LKA '
           'OK HR AO II US HWY RR AED EX BF LP VM PH2 JUV JUVS MGR FB VA DMV CVS YMCA MLK NB SB EB WB RE AM PM SX HX C/O C/P X2 X3 X4 '
           'CHP RM MO YOM YOF YO DEMO SAT FRI INJ RXN SUSP VEH SUBJ UPD RTE LS ANI ALI XST RES HOSP BKGD NFI AKA DOB N S E W'.split())

def mixed_case(s):
    s = s.lower()
    def fix(m):
        w = m.group(0)
        if w.upper() in ACRO or (('/' in w) and all(x.upper() in ACRO for x in w.split('/') if x)):
            return w.upper()
        return w
    s = re.sub(r"[A-Za-z][A-Za-z0-9/]*", fix, s)
    # capitalise first letter
    for i, c in enumerate(s):
        if c.isalpha():
            return s[:i] + c.upper() + s[i + 1:]
    return s

NEIGH = {'a': 'sq', 'b': 'vn', 'c': 'xv', 'd': 'sf', 'e': 'wr', 'f': 'dg', 'g': 'fh', 'h': 'gj', 'i': 'uo', 'j': 'hk', 'k': 'jl',
         'l': 'k', 'm': 'n', 'n': 'bm', 'o': 'ip', 'p': 'o', 'q': 'w', 'r': 'et', 's': 'ad', 't': 'ry', 'u': 'yi', 'v': 'cb',
         'w': 'qe', 'x': 'zc', 'y': 'tu', 'z': 'x'}

def typo_word(w, rng):
    op = rng.randrange(4)
    i = rng.randrange(1, len(w) - 1)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:] if i + 1 < len(w) - 0 and w[i] != w[i + 1] else w[:i] + w[i + 1:]
    if op == 1:
        return w[:i] + w[i + 1:]
    if op == 2:
        return w[:i] + w[i] + w[i:]
    c = w[i]
    alts = NEIGH.get(c.lower(), 'e')
    r = rng.choice(alts)
    return w[:i] + (r.upper() if c.isupper() else r) + w[i + 1:]

WORD_RE = re.compile(r"[A-Za-z]{4,}")

def in_key_ranges(s):
    ranges, st = [], None
    for i, c in enumerate(s):
        if c == KS:
            st = i
        elif c == KE and st is not None:
            ranges.append((st, i))
            st = None
    return ranges

def apply_typos(s, rng, n, want_key):
    log = []
    for j in range(n):
        words = [m for m in WORD_RE.finditer(s)]
        if not words:
            break
        kr = in_key_ranges(s)
        inkey = [m for m in words if any(a < m.start() and m.end() <= b for a, b in kr)]
        if j == 0 and want_key and inkey:
            m = rng.choice(inkey)
        else:
            m = rng.choice(words)
        w = m.group(0)
        nw = typo_word(w, rng)
        if nw == w:
            continue
        log.append([w, nw])
        s = s[:m.start()] + nw + s[m.end():]
    return s, log

FILLERS = ['um', 'uh', 'like', 'um', 'uh', 'you know', 'i mean', 'so']

def add_fillers(s, rng):
    # only outside markup spans
    out, depth = [], 0
    parts = re.split('([\x01\x02\x03\x04])', s)
    i = 0
    while i < len(parts):
        p = parts[i]
        if p in (KS,):
            out.append(p + parts[i + 1][:1])
            rest = parts[i + 1][1:]
            out.append(rest)
            depth += 1
            i += 2
            continue
        if p == RS:
            out.append(p)
            depth += 1
            i += 1
            continue
        if p in (KE, RE_):
            out.append(p)
            depth -= 1
            i += 1
            continue
        if depth == 0 and p:
            ws = p.split(' ')
            nw = []
            for w in ws:
                if w and rng.random() < 0.05:
                    nw.append(rng.choice(FILLERS))
                nw.append(w)
                if w and len(w) <= 4 and rng.random() < 0.03:
                    nw.append(w)
            p = ' '.join(nw)
        out.append(p)
        i += 1
    return ''.join(out)

# ---------------- noise ----------------
NOISE_ADMIN = ['ANI/ALI RECD', 'PH2 WRLS +/-{m}M', 'PREM HIST: NONE ON FILE', 'XST {st2}', 'CALLBACK # ON FILE', 'LOC VERIFIED W/ {RP}',
               'BEAT {beat}', 'CALL TRANSFERRED FROM {xfer}', 'LANGUAGE LINE NOT NEEDED', '{RP} REQ NO CONTACT', '{RP} REQ CALLBACK',
               'PREM HIST: 2 PRIOR CALLS 12 MOS, NOISE', 'MAP PAGE {mp}', 'CAD TIMER RESET', 'PRIORITY {pri} ASSIGNED',
               'RPT NBR TO BE PULLED', 'CALLER DID NOT WANT NAME GIVEN', 'ADDR CORRECTED TO {addr}']
NOISE_DISP = ['{U} {S_DISP}', '{U} {S_ENRT}', '{U} {S_DISP} {S_ENRT}', '{U2} ADDED AS COVER', '{U} ETA {eta} MIN',
              'HOLDING, NO UNITS AVAIL', '{U} {S_ENRT} FROM {st2}', 'DISPATCHER NOTIFIED SGT', '{U2} {S_ENRT}']
NOISE_ONSC = ['{U} {S_ONSC}', '{U2} {S_ONSC}', '{U} STAGING {st2}', '{U} REQ PHONE CONTACT W/ {RP}', '{U} OUT W/ {RP}', '{U} LOC CONFIRMED']
NOISE_END = ['{U} {S_C4}', '{U} {S_AVAIL}', '{U} {S_AVAIL} DISPO {dispo}', 'EVENT CLOSED DISPO {dispo}', '{U2} {S_AVAIL}', '{U} {S_C4}, {U2} CANX']
DISPOS = ['05', '18', '41', '02', '15', '13', '10', '32']
XFER = ['CHP', 'SHERIFF', 'CO 911', 'FIRE DISP', 'NON-EMERG LINE', '988']

STT_PAD = ['ok um hi', 'yeah hi so', "i don't know if this is the right number", "i'm calling from {st}", "i'm at {place} right now",
           'can you hear me ok', "sorry i'm kind of nervous", "i've never called before", "it's the building with the blue door",
           'hold on let me go outside', "i'm on my cell phone", 'the address is like {addr}', "sorry it's loud here",
           'my name is i mean do you need my name', 'ok so so basically', "it's near the {biz}", 'hello yes hi',
           "i'm calling for my neighbor", 'i was just walking my dog', 'i just got home from work and', "it's by {park}",
           'is this nine one one', "i'm sorry i'm sorry", 'um how do i say this']
STT_END = ['hello', 'are you there', 'ok', 'what do i do', 'please hurry', 'thank you', 'um yeah', "that's all i know"]

def fill(s, d):
    return re.sub(r'\{([A-Za-z0-9_]+)\}', lambda m: d.get(m.group(1), m.group(0)), s)

def fmt_ts(ag, i, t, rng_dids):
    h, m, sec = (t // 3600) % 24, (t // 60) % 60, t % 60
    st = ag['ts']
    if st == 'hms':
        return '%02d:%02d:%02d ' % (h, m, sec)
    if st == 'brk':
        return '[%02d:%02d] ' % (h, m)
    if st == 'num':
        return '#%d %02d%02d ' % (i + 1, h, m)
    if st == 'dmy':
        return '%s %02d:%02d:%02d [%s] ' % (rng_dids[0], h, m, sec, rng_dids[1 + (i % (len(rng_dids) - 1))])
    if st == 'hhmm':
        return '%02d%02d: ' % (h, m)
    if st == 'op':
        return '%02d:%02d:%02d(%s) ' % (h, m, sec, rng_dids[1 + (i % (len(rng_dids) - 1))])
    if st == 'dash':
        return '-- %02d:%02d -- ' % (h, m)
    if st == 'gt':
        return '%02d%02d> ' % (h, m)
    raise ValueError(st)

def render_cad(ag, entries, noise_plan, start, steps, dids, is_mixed):
    seq = []
    # noise_plan: list of lists per gap (len(entries)+1)
    for gi in range(len(entries) + 1):
        seq.extend(noise_plan[gi])
        if gi < len(entries):
            seq.append(entries[gi])
    t = start
    parts = []
    for i, e in enumerate(seq):
        if i:
            t += steps[i % len(steps)]
        parts.append(fmt_ts(ag, i, t, dids) + e)
    return ag['sep'].join(parts)

def mk_tokens(ag, rng, sv):
    nums = [rng.randrange(1, 60) for _ in range(2)]
    if nums[1] == nums[0]:
        nums[1] += 1
    d = {k: ag[k] for k in ['RP', 'STS', 'UPD', 'SUBJ', 'ADV', 'VEH', 'S_DISP', 'S_ENRT', 'S_ONSC', 'S_AVAIL', 'S_C4']}
    d['U'] = ag['unit'].format(n=nums[0])
    d['U2'] = ag['unit'].format(n=nums[1])
    return d


TOKENS = ['RP', 'STS', 'UPD', 'SUBJ', 'ADV', 'VEH', 'S_DISP', 'S_ENRT', 'S_ONSC', 'S_AVAIL', 'S_C4', 'U', 'U2']
P0, P1, JOIN = '\x05', '\x06', '\x07'

def prep_text(text, sv, stt):
    def f(m):
        k = m.group(1)
        if k in TOKENS:
            return P0 + k + P1
        if k in sv:
            return sv[k][1] if stt else sv[k][0]
        raise KeyError(k)
    return re.sub(r'\{([A-Za-z0-9_]+)\}', f, text)

def put_tokens(s, tok):
    return re.sub(P0 + r'([A-Za-z0-9_]+)' + P1, lambda m: tok[m.group(1).upper()], s)

def noise_text(tpl, ag, tok, sv, rng):
    d = {'m': str(rng.choice([8, 15, 30, 62, 120])), 'beat': str(rng.randrange(11, 79)), 'xfer': rng.choice(XFER),
         'mp': '%d%s' % (rng.randrange(10, 99), rng.choice('ABCDEF')), 'pri': str(rng.randrange(2, 5)),
         'eta': str(rng.randrange(3, 25)), 'dispo': rng.choice(DISPOS), 'st2': sv['st2'][0], 'addr': sv['addr'][0]}
    s = re.sub(r'\{([A-Za-z0-9_]+)\}', lambda m: (P0 + m.group(1) + P1) if m.group(1) in TOKENS else d[m.group(1)], tpl)
    if ag['mixed']:
        s = mixed_case(s)
    return put_tokens(s, tok)

def to_file_markup(s):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c == KS:
            out.append('\u27e6' + KINDS[int(s[i + 1])] + '|')
            i += 2
            continue
        out.append({KE: '\u27e7', RS: '\u27ea', RE_: '\u27eb'}.get(c, c))
        i += 1
    return ''.join(out)

def zone_ok(zone, plain, keys, res, W):
    L = len(plain)
    if zone == 'none':
        return L <= W
    if L <= W:
        return False
    ends = [e for _, _, e in keys] + [e for _, e in res]
    if zone == 'tail':
        return all(e <= W for e in ends)
    if zone == 'key':
        return keys[0][1] + 2 < W < keys[0][2]
    if zone == 'pre':
        return W <= keys[0][1]
    if zone == 'res':
        return keys[-1][2] <= W < res[0][1] and res[0][0] >= keys[-1][2]
    return False

def build_row(t, rng, want_trunc, ag_pool):
    stt = t['src'] == 's'
    sv = slot_values(rng)
    base = to_internal(t)
    raw = prep_text(base, sv, stt).split(' ;; ')
    ag = rng.choice(ag_pool)
    tok = mk_tokens(ag, rng, sv) if not stt else {}
    if stt:
        entries = [add_fillers(e, rng) for e in raw]
    else:
        entries = [put_tokens(mixed_case(e) if ag['mixed'] else e, tok) for e in raw]
    typos = []
    if rng.random() < TYPO_SHARE:
        joined, typos = apply_typos(JOIN.join(entries), rng, rng.choice([1, 1, 2]), rng.random() < 0.45)
        entries = joined.split(JOIN)
    has_key = KS in base
    has_res = RS in base
    red_tpl = t['cls'] == 'red'
    if not want_trunc:
        zone = 'none'
    elif has_key and has_res:
        zone = rng.choices(['res', 'tail', 'key', 'pre'], [35, 45, 10, 10])[0]
    elif has_key:
        zone = rng.choices(['tail', 'key', 'pre'], [55, 25, 20])[0]
    else:
        zone = 'tail'
    start = rng.randrange(0, 86400)
    steps = [rng.choice([4, 9, 17, 22, 31, 45, 58, 73, 96, 120, 151, 203, 260]) for _ in range(7)]
    dids = ['%02d/%02d' % (rng.randrange(1, 13), rng.randrange(1, 29))] + \
           rng.sample(['D14', 'D07', 'CT22', 'CT03', 'D31', 'SUP2', 'op4', 'op11', 'ct9'], 3)
    conf = '0.%02d' % rng.randrange(55, 97)
    allow_end = not (red_tpl or (has_key and not has_res))
    best = None
    chosen = None
    for attempt in range(120):
        k = len(entries)
        if zone == 'none':
            nz = rng.randrange(0, 3) if stt else rng.randrange(0, 5)
            if attempt > 30:
                nz = 0
        else:
            nz = rng.randrange(1, 10) if stt else rng.randrange(1, 18)
        gaps = sorted(rng.randrange(0, k + 1) for _ in range(nz))
        if stt:
            phases = [0] * nz
        else:
            phases = sorted(rng.choice([0, 0, 1, 1, 2, 3] if allow_end else [0, 0, 1, 1, 2]) for _ in range(nz))
        seq_plan = [[] for _ in range(k + 1)]
        used = set()
        for g, ph in zip(gaps, phases):
            if stt:
                if g == k and rng.random() < 0.5:
                    cand = [x for x in STT_END if x not in used]
                else:
                    cand = [x for x in STT_PAD if x not in used]
            else:
                if g == 0:
                    ph = 0
                if ph == 3 and g != k:
                    ph = 2
                cand = [x for x in [NOISE_ADMIN, NOISE_DISP, NOISE_ONSC, NOISE_END][ph] if x not in used]
            if not cand:
                continue
            pick = rng.choice(cand)
            used.add(pick)
            seq_plan[g].append(prep_text(pick, sv, True) if stt else noise_text(pick, ag, tok, sv, rng))
        if stt:
            seq = []
            for g in range(k + 1):
                seq.extend(seq_plan[g])
                if g < k:
                    seq.append(entries[g])
            marked = ag['stt_prefix'].format(conf=conf) + ' '.join(seq)
        else:
            marked = render_cad(ag, entries, seq_plan, start, steps, dids, ag['mixed'])
        plain, keys, res = strip_markup(marked)
        if zone_ok(zone, plain, keys, res, ag['width']):
            chosen = marked
            break
        if zone == 'none':
            if best is None or len(plain) < best[0]:
                best = (len(plain), marked)
        else:
            if len(plain) > ag['width'] and (best is None or rng.random() < 0.3):
                best = (len(plain), marked)
    if chosen is None:
        if best is None:
            return None
        chosen = best[1]
    return dict(ag=ag, marked=chosen, typos=typos, zone=zone, stt=stt)

def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(SEED)
    T = parse_templates(TEMPLATES)
    specs = []
    for kind in KINDS:
        specs += [('red', kind)] * RED_QUOTA[kind]
    specs += [('elig', None)] * (N_ROWS - len(specs))
    rng.shuffle(specs)
    pools, cursors = {}, {}

    def draw(key, cands):
        if key not in pools or cursors[key] >= len(pools[key]):
            lst = list(cands)
            rng.shuffle(lst)
            pools[key], cursors[key] = lst, 0
        cursors[key] += 1
        return pools[key][cursors[key] - 1]

    rows, marks, seen = [], [], set()
    for i, (cls, kind) in enumerate(specs):
        rid = 'B26-%04d' % (i + 1)
        src = 's' if rng.random() < STT_SHARE else 'c'
        if cls == 'red':
            cands = [t for t in T if t['cls'] == 'red' and t['group'] == kind and t['src'] == src]
        else:
            cands = []
            for t in T:
                if t['cls'] == 'elig' and t['src'] == src:
                    cands += [t] * (2 if t['group'] in ('resolved-alarm', 'missing_found') else 1)
        want_trunc = rng.random() < TRUNC_SHARE
        for tries in range(50):
            t = draw((cls, kind, src), cands)
            pool = STT_AG if src == 's' else CAD_AG
            r = build_row(t, rng, want_trunc, pool)
            if r is None:
                continue
            plain, keys, res = strip_markup(r['marked'])
            W = r['ag']['width']
            group = t['group'] if t['cls'] == 'elig' else 'unexpected'
            text, label, flags, reason, trunc = derive(plain, keys, res, W, group)
            if text in seen or (not want_trunc and trunc and tries < 40):
                continue
            break
        seen.add(text)
        ag = r['ag']
        # call type
        ct = t['ct']
        vague = None
        if label == 'red':
            if t['cls'] == 'red':
                want_vague = rng.random() < VAGUE_SHARE
                if want_vague and ct in MATCHING[flags]:
                    ct = rng.choice(VAGUE_BY_KIND[flags])
                elif not want_vague and ct not in MATCHING[flags] and flags in PRIMARY:
                    ct = rng.choice(PRIMARY[flags])
            vague = ct not in MATCHING[flags]
        elif 'cut-lost-key' in reason:
            lost_kind = reason.split('(')[1].split(')')[0]
            ct = rng.choice(VAGUE_BY_KIND[lost_kind])
        call_type = ag['ct'][ct]
        rows.append([rid, call_type, text, label, flags, reason, 'blind26'])
        marks.append(dict(id=rid, agency=ag['key'], width=W, source='stt' if r['stt'] else 'cad', template=t['id'],
                          template_class=t['cls'], template_group=t['group'], ct_category=ct, vague_call_type=vague,
                          typos=r['typos'], zone=r['zone'], markup=to_file_markup(r['marked'])))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    w.writerow(['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split'])
    for row in rows:
        w.writerow(row)
    data = buf.getvalue().encode('utf-8')
    with open(os.path.join(outdir, 'blind26.csv'), 'wb') as f:
        f.write(data)
    with open(os.path.join(outdir, 'blind26_markup.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        for m in marks:
            f.write(json.dumps(m, ensure_ascii=False, sort_keys=True) + '\n')
    with open(os.path.join(outdir, 'blind26_templates.txt'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(TEMPLATES.lstrip('\n'))
    write_md(outdir, rows, marks, T, hashlib.md5(data).hexdigest())

def write_md(outdir, rows, marks, T, md5):
    n = len(rows)
    red = [r for r in rows if r[3] == 'red']
    L = []
    L.append('# blind26: held-out evaluation set for the 911 narrative screener\n')
    L.append('- File: `blind26.csv` (%d rows, RFC 4180, CRLF line ends, UTF-8)' % n)
    L.append('- md5: `%s`' % md5)
    L.append('- Generator: `make_blind26.py` (Python 3 stdlib, one `random.Random(%d)`), checker: `check_blind26.py`' % SEED)
    L.append('- Side files: `blind26_markup.jsonl` (per-row full narrative before truncation with the decisive spans marked '
             '`\u27e6kind|...\u27e7` and resolutions `\u27ea...\u27eb`, plus agency, width, template id, typos), '
             '`blind26_templates.txt` (all hand-written templates, the markup source).\n')
    L.append('## Regenerate / verify\n')
    L.append('```\nnice -n 10 python3 make_blind26.py /work/blind26-out\nnice -n 10 python3 check_blind26.py /work/blind26-out\nmd5sum /work/blind26-out/blind26.csv\n```')
    L.append('The checker shares no code with the generator: it re-derives every label/flag/reason from the markup file, checks '
             'counts, red share, widths and truncation, template counts, uniqueness, and regenerates the set under '
             'PYTHONHASHSEED=0, 1 and 999 comparing bytes of every output file. It exits 1 on any problem.\n')
    L.append('## How it was built\n')
    L.append('- %d hand-written templates (%d red, %d eligible in %d look-alike groups), each tagged CAD (`c`) or speech-to-text (`s`). '
             'Slots (streets, addresses, places, businesses, parks, bridges, highways, vehicles, people, relatives, ages, times) '
             'are filled per row; CAD abbreviations (RP, STS, UPD, SUBJ, ADV, VEH) and unit-status words are agency tokens.' % (
                 len(T), sum(t['cls'] == 'red' for t in T), sum(t['cls'] == 'elig' for t in T),
                 len(set(t['group'] for t in T if t['cls'] == 'elig'))))
    L.append('- Red rows were drawn by quota per kind (injury > police_only > violence > weapon > threat > uncertainty > suicide); '
             'eligible rows from all eligible templates, resolved-alarm and missing-found-safe templates weighted double.')
    L.append('- CAD rows: template entries interleaved with agency-specific noise (ANI/ALI, PH2, premise history, cross street, '
             'dispatch/en-route/on-scene status; clear/Code-4 style entries only at the end of rows with no unresolved alarm, '
             'or hand-written before a later escalation) under the agency timestamp style. Two agencies store mixed case.')
    L.append('- STT rows: lower-case transcripts with hand-written recognition errors, random fillers (um, uh, like, repeats) '
             'and rambling preambles inserted before/between sentences.')
    L.append('- Typos: about a quarter of rows get 1-2 (swap, drop, double, neighbour key); some land inside the decisive span, '
             'which still counts.')
    L.append('- Call type: for about 40% of red rows the call type is vague or misleading (not in the kind\'s matching set), '
             'otherwise a call type that fits the kind; eligible rows keep the template\'s call type (often an alarming one).')
    L.append('- Truncation: about 20% of rows are generated longer than the agency\'s field width W and cut at exactly W '
             'characters (often mid-word). The cut is steered to fall after everything, inside the decisive span, before it, '
             'or between an alarm and its resolution.\n')
    L.append('### Labelling rule after truncation (same rule, independently coded, in generator and checker)\n')
    L.append('1. A key (decisive red span) counts if it survives whole, or if it is cut but at least 5 of its letters/digits '
             'survive and no more than 3 are lost. Its quoted span is the surviving text.')
    L.append('2. A resolution counts only if it survives whole; it neutralises every key that ends before it starts.')
    L.append('3. Red if any counting key is not neutralised (flag = its kind). Otherwise, if a key was lost to the cut: '
             '`eligible: cut-lost-key (<kind>)`; else `eligible: <look-alike group>`.')
    L.append('4. Truncated rows get `; truncated at W` appended to the reason.\n')
    L.append('## Agencies\n')
    L.append('| key | agency | W | sources | timestamp style | RP / update / subject tokens | unit statuses (disp, enrt, onsc, avail, code4) | code-4 meaning | rows | truncated |')
    L.append('|---|---|---|---|---|---|---|---|---|---|')
    tsdesc = {'hms': '`HH:MM:SS ` entries joined `; `', 'brk': '`[HH:MM] ` joined by space', 'num': '`#n HHMM ` entry numbers',
              'dmy': '`MM/DD HH:MM:SS [dispatcher] ` joined ` || `', 'hhmm': '`HHMM: ` joined ` / `',
              'op': '`HH:MM:SS(op) ` joined ` | `', 'dash': '`-- HH:MM -- `', 'gt': '`HHMM> ` joined ` :: `', '': '-'}
    for a in AGENCIES:
        rws = [m for m in marks if m['agency'] == a['key']]
        tr = [m for m, r in zip(marks, rows) if m['agency'] == a['key'] and 'truncated at' in r[5]]
        srcs = '+'.join(x for x, y in (('CAD', a['cad']), ('STT', a['stt'])) if y)
        L.append('| %s | %s | %d | %s | %s | %s | %s | %s | %d | %d |' % (
            a['key'], a['name'], a['width'], srcs, tsdesc[a['ts']] + ((' ; STT prefix `%s`' % a['stt_prefix'].replace('{conf}', '0.xx')) if a['stt'] else ''),
            ' / '.join(a[k] for k in ('RP', 'UPD', 'SUBJ')) if a['cad'] else '-',
            ', '.join(a[k] for k in ('S_DISP', 'S_ENRT', 'S_ONSC', 'S_AVAIL', 'S_C4')) if a['cad'] else '-', a['c4'], len(rws), len(tr)))
    L.append('\nEach agency has its own call-type code list (35 categories each, e.g. weapon = `%s`).\n' % ', '.join(
        '%s `%s`' % (a['key'], a['ct']['weapon']) for a in AGENCIES))
    L.append('## Counts\n')
    L.append('- rows %d; red %d (%.1f%%); eligible %d' % (n, len(red), 100.0 * len(red) / n, n - len(red)))
    L.append('- sources: CAD %d, STT %d' % (sum(m['source'] == 'cad' for m in marks), sum(m['source'] == 'stt' for m in marks)))
    L.append('- red rows with vague/misleading call type: %d (%.1f%% of red)' % (
        sum(1 for m in marks if m['vague_call_type']), 100.0 * sum(1 for m in marks if m['vague_call_type']) / len(red)))
    L.append('- rows with typos: %d\n' % sum(1 for m in marks if m['typos']))
    L.append('| red kind | rows |')
    L.append('|---|---|')
    for k in KINDS:
        L.append('| %s | %d |' % (k, sum(1 for r in red if r[4] == k)))
    L.append('\n| eligible reason | rows |')
    L.append('|---|---|')
    er = {}
    for r in rows:
        if r[3] == 'eligible':
            key = r[5].split(';')[0].replace('eligible: ', '')
            er[key] = er.get(key, 0) + 1
    for k in sorted(er):
        L.append('| %s | %d |' % (k, er[k]))
    tr = [r for r in rows if 'truncated at' in r[5]]
    L.append('\n## Truncation\n')
    L.append('- truncated rows: %d (%.1f%%); red %d, eligible %d' % (len(tr), 100.0 * len(tr) / n, sum(r[3] == 'red' for r in tr),
                                                                   sum(r[3] == 'eligible' for r in tr)))
    L.append('- truncated red rows whose key was cut but still counts: %d' % sum(
        1 for r, m in zip(rows, marks) if r in tr and r[3] == 'red' and not strip_key_whole(m, r)))
    L.append('- eligible because the key was lost in the cut (`cut-lost-key`): %d' % sum('cut-lost-key' in r[5] for r in rows))
    L.append('- red because the resolution was cut off (template from an eligible group): %d' % sum(
        1 for r, m in zip(rows, marks) if r[3] == 'red' and m['template_class'] == 'elig'))
    L.append('\n## Provenance\n')
    L.append('Nothing outside /work/shared/reference was read to write this set: only the notes there (cross-city taxonomy '
             'notes, operations notes, the Milwaukee report\'s dispatch / call screening / call types chapters). No screener '
             'code, tests, sources or other evaluation sets were opened or searched for. All narratives are synthetic; the '
             'agencies are fictional composites.')
    with open(os.path.join(outdir, 'blind26.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(L) + '\n')

def strip_key_whole(m, r):
    s = m['markup']
    i = s.find('\u27e6')
    if i < 0:
        return True
    j = s.find('\u27e7', i)
    body = s[i:j].split('|', 1)[1]
    return body.strip() in r[5]

if __name__ == '__main__':
    main()
