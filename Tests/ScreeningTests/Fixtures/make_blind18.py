#!/usr/bin/env python3
"""make_blind18.py - deterministic generator for the blind18 held-out 911/CAD screening set.

Usage: python3 make_blind18.py [OUTDIR] [--markup]
  writes OUTDIR/blind18.csv (default ./); with --markup also OUTDIR/blind18_markup.jsonl (the marked-up
  source of every row, used by check_blind18.py).  Python 3 stdlib only, random.Random(20270519),
  no iteration over sets, output identical under any PYTHONHASHSEED.

Markup used in the hand-written templates below (stripped from output):
  [[kind:text]]            decisive red key
  <<kind:text>> ((text))   alarm and its resolution (resolved -> no flag unless the resolution is cut)
  {text}                   decoy (negation / history / harmless)
Placeholders: ~R reporter word, ~S subject word, ~A location (agency specific).  A leading "TAG|" pins a
template to one agency (regional/unusual settings).
"""
# ---- RED TEMPLATES (hand written). One per line. Optional "TAG|" prefix pins an agency.
# ~R reporter word, ~S subject word, ~A location. Markup: [[kind:key]] <<kind:alarm>> ((resolution)) {decoy}
RED = {}
RED['weapon'] = """
~S [[weapon:holding a knife]] to ~R's throat, [[threat:saying he'll gut her]]
{no gun seen} by 1st caller; 2nd caller says ~S [[weapon:has a pistol]] and [[violence:pistol whipped]] a man
SO|~R ADV ~S [[weapon:SHOOTIN]] FROM THE PORCH, {NOBODY HIT YET}, KIDS IN THE YARD
~R states ~S in lot waving a [[weapon:handgun]] at cars
~S has a [[weapon:knife out]] in the kitchen, ~R locked in bathroom
ex bf at door w/ [[weapon:machete]], banging on window
~R adv male pulled a [[weapon:box cutter]] on cashier at ~A
~R says neighbor [[weapon:pointing a rifle]] at kids on bikes
two males arguing, one now has a [[weapon:baseball bat]] and is swinging it at the truck
~S sitting on porch {cleaning his deer rifle} for an hour, update ~R says now [[weapon:aiming it]] toward the road
{no weapons seen} per first caller; 2nd caller says [[weapon:he has a gun in waistband]]
~R reports [[weapon:brandishing]] of a screwdriver by ~S at bus stop
~S w/ [[weapon:broken bottle]] at the door of the bar
male in blue hoodie, {not drunk}, {no fight}, walking around ~A a while, now has a [[weapon:hatchet]] out swinging at poles
road rage, other driver [[weapon:flashed a pistol]] at ~R on the bypass
~R says roommate got the [[weapon:shotgun]] out and is loading it, yelling
male swinging [[weapon:tire iron]] at parked cars ~A
~S has a [[weapon:taser]] out zapping at people in line
guy w/ [[weapon:crossbow]] in back yard aiming at neighbors dog
~R says ~S is [[weapon:strapped]], gun printing thru shirt, pacing out front
subj w/ [[weapon:nunchucks]] swinging at passersby ~A
male [[weapon:waving a glock]] outside the liquor store
~R heard arguing, ~S came out with a [[weapon:pitchfork]] chasing the other man
~S in lobby with a [[weapon:sword]] out, {not a costume per ~R}
juv w/ what looks like a [[weapon:real pistol]], {no orange tip}, pointing at cars
~R states ~S [[weapon:chasing wife w/ a hammer]] in the yard
guy in the drive thru [[weapon:showed a gun]] when they messed up his order
~S [[weapon:pulled a blade]] during argument over parking spot
~R says ~S has a {toy gun}? no - [[weapon:metal gun]], heard it click
~S {put the knife down} then [[weapon:picked it back up]], still in kitchen w/ ~R
male {with a cane} for weeks, today [[weapon:swinging the cane]] at people at ~A
~R adv ~S has [[weapon:bear spray]] aimed at customers at counter
SO|~R STATES NEIGHBOR BOY {HUNTING SQUIRRELS EARLIER} NOW [[weapon:SHOOTING AT]] HIS TRUCK FROM THE TREELINE
SO|~R ADV COUSIN GOT THE [[weapon:DEER RIFLE]] OUT AT THE FISH FRY, WAVING IT
SO|~S IN ROAD W/ A [[weapon:CHAINSAW]] RUNNING, WALKING AT CARS
CAR|~R say man outside rum shop wid a [[weapon:cutlass]] chopping at di gate
CAR|man in market {selling coconuts wid cutlass} all morning, update: now [[weapon:swinging di cutlass]] at vendor
SCO|~R states male in close wi a [[weapon:blade]], waving it aboot at weans
SCO|nominal brandishing a [[weapon:golf club]] at taxi rank, swinging at windows
AU|~R reports bloke at servo with a [[weapon:machete]] out of his ute
AU|poi at pub carpark [[weapon:wielding a star picket]] at patrons
CAS|~R ADV PTRN AT PIT 4 DISPLAYED [[weapon:HANDGUN]] IN WAISTBAND AFTER LOSING HAND
CAS|DEALER REPORTS PTRN PULLED A [[weapon:FOLDING KNIFE]] AT TABLE 12
SHIP|crew adv pax on dk 9 with [[weapon:steak knife]] from buffet chasing other pax
SHIP|guest reports pax in corridor [[weapon:swinging a fire axe]] taken from station
TRB|~R STATES ~S AT POWWOW GROUNDS WITH A [[weapon:RIFLE]] ON THE HOOD, YELLING
TRB|~S [[weapon:pointed a 22]] at ~R over the fishing spot at the dam
CA|~R SAYS ~S HAS A [[weapon:HUNTING KNIFE]] AT ARENA
CA|~S WAVING A [[weapon:HOCKEY STICK]] AT CARS
PC|417 - ~S [[weapon:brandishing]] a black semi-auto at ~R
PC|~R states ~S [[weapon:holding a shank]] near the laundromat
MET|311 xfer to 911: clr says man on platform [[weapon:holding a razor]] at riders
MET|clr reports ind in bodega with [[weapon:a gun]], clerk hiding in back
"""
RED['violence'] = """
~R states bf [[violence:punched her]] and she's [[injury:bleeding from the head]]
CAR|~R say man [[violence:box down di old lady]] and [[police_only:tief she bag]], running toward di market
SCO|~R states male [[violence:glassed]] another in the pub, [[injury:pishing blood]] fae his neck
~R states ~S is [[violence:punching]] his gf in the parking lot right now
neighbor hearing ~S [[violence:beating]] someone, thuds and screaming
two males [[violence:fighting]] in front of ~A, one on the ground getting kicked
~R says her husband [[violence:choked her]] just now, he is in the garage
~R adv ~S [[violence:slammed her head]] into the car door and walked inside
{verbal only earlier} per first caller, now ~R says they are [[violence:throwing punches]]
group of 6-8 [[violence:jumping one kid]] behind the gym
~R reports son [[violence:hit his mother]] with closed fist, still in house
~S [[violence:shoved the clerk]] into shelving and is still inside ~A
~R states ~S [[violence:dragging a female]] by her hair down the sidewalk
long history of arguing at this addr, {no hands on before}, tonight ~R says bf [[violence:strangled her]] til she passed out
~R says male [[violence:stomping]] on a guy who is down outside ~A
~R hears ~S [[violence:smacking the kids]] next door, kids crying
fight in progress, [[violence:bottles being thrown]] at ppl
~R states ex [[violence:kicked in door]] and hit her, {no weapons}
clerk says customer [[violence:assaulted]] him, punched him twice, male still in store
female [[violence:biting]] and scratching bf in car at ~A
~R states ~S [[violence:headbutted]] security and is fighting staff now
{was just yelling at first}, update ~R: [[violence:he is hitting her]] now
DV - ~R says husband [[violence:pushed her down the stairs]] minutes ago
~R states roommate [[violence:attacking him]], he is locked in the bedroom
~R adv people [[violence:brawling]] in the street, someone bleeding from the face
couple {arguing about rent} loudly for 20 min then ~R heard [[violence:him slap her]] hard
man [[violence:punching windows]] of a car w/ someone inside
SO|~R STATES BROTHER-IN-LAW [[violence:WHIPPIN ON]] HER SISTER IN THE YARD
SO|FIGHT AT THE JUKE JOINT, [[violence:SEVERAL SWINGIN]] ON EACH OTHER IN THE LOT
SO|~R ADV HUSBAND [[violence:BEAT HER]] AND LEFT ON FOOT TOWARD THE CREEK, SHE IS HIDING AT NEIGHBORS
CAR|~R seh man [[violence:beating his woman]] outside di bar, licks a gwan right now
CAR|~R say two man [[violence:fighting up]] in di road by di taxi stand
SCO|~R states two males [[violence:battering]] each other ootside the chippy
SCO|~R reports her partner [[violence:skelped the wean]] and is shouting, ~R upstairs
SCO|square go in progress at the bus station, [[violence:kicking one on the deck]]
AU|~R reports blokes [[violence:king hit]] a young fella outside the RSL
AU|poi [[violence:belting his missus]] in the front yard, neighbours watching
CAS|SURV ADV TWO PTRNS [[violence:FIGHTING]] AT CRAPS TABLE 3, CHIPS ON FLOOR
CAS|~R ADV PTRN [[violence:STRUCK A DEALER]] AFTER LOSING, STILL AT TABLE
CAS|FEMALE PTRN [[violence:PUNCHED]] ANOTHER IN THE RESTROOM BY BUFFET
SHIP|crew adv pax [[violence:assaulting partner]] in cabin 7214, screaming heard
SHIP|fight at pool bar dk 11, two pax [[violence:exchanging blows]]
SHIP|guest says husband [[violence:grabbed her by the throat]] on balcony
TRB|~R STATES ~S [[violence:BEATING HIS GRANDMA]] AT HUD HOUSING
TRB|~R adv fight at rodeo grounds, [[violence:three jumping one]] by the chutes
CA|~R SAYS ~S [[violence:ASSAULTING]] HIS WIFE, SHE RAN TO NEIGHBOUR
CA|FIGHT IN ARENA PARKING, [[violence:KICKING GUY ON GROUND]]
PC|242 just occ, ~S [[violence:punched victim]] in face, still on scene
PC|273.5 in prog, ~R states bf [[violence:hitting her]] in the car
PC|~R reports 415 fight turned physical, [[violence:pummeling]] a male by the bus bench
MET|clr reports ind [[violence:beating a woman]] in the stairwell, bldg 4
MET|311 line - noise call but clr now says [[violence:they are fighting]], furniture thrown
MET|clr says delivery guy [[violence:getting jumped]] on the corner right now
"""
RED['threat'] = """
~S [[threat:threatening to shoot]] neighbor, [[weapon:rifle in hand]]
AU|poi [[threat:threatening to stab]] ~R, {no knife seen} yet but [[uncertainty:hand in pocket]], ~R hiding in car
PC|422/417 - ~S [[threat:says he'll kill]] ~R, [[weapon:waving a bat]]
~R states ~S [[threat:threatened to kill]] her and the kids tonight
~S yelling [[threat:I will shoot you]] at neighbor over fence
ex bf texting ~R now saying [[threat:he is coming to kill her]]
~R adv customer [[threat:said he will come back and shoot]] the place up
~S [[threat:threatening]] coworkers, says he will stab the manager
~R says son told her [[threat:he is going to burn the house down]] with them inside
~R reports neighbor {always yells} but tonight said [[threat:I'll cut your throat]]
tenant [[threat:threatening to kill]] landlord, standing at office door
~S on the phone to ~R [[threat:saying he will hurt her]] when he gets home, 10 min away
~R states ~S made [[threat:threats to stab]] the bus driver
{not threatening anyone} earlier per staff, now [[threat:saying he'll kill the nurse]]
male at counter [[threat:threatening to shoot]] employees if they don't give refund
~R says ~S told the kids [[threat:he would kill them]] if they talk
ex showed up, {no weapon seen}, [[threat:says he will end her]] tonight
~R states ~S threatening to [[threat:run her over]], sitting in truck revving
student posted he will [[threat:shoot up the school]] tomorrow, ~R is parent
~S screaming [[threat:I'm gonna kill you]] at ~R through the door
~R reports driver [[threat:threatened to beat]] him w/ a bat after fender bender
~R adv ~S left VM [[threat:saying he will kill]] her new bf tonight
~S on porch [[threat:threatening to murder]] the neighbors over the dog
manager says fired employee [[threat:vowed to come back shooting]]
caller {upset about bill} for a while, then said [[threat:I'll blow up the office]]
SO|~R STATES NEIGHBOR [[threat:SAID HE'D SHOOT]] HER COWS AND HER IF THEY CROSS THE FENCE AGAIN
SO|~S CALLED ~R AND [[threat:THREATENED TO KILL]] HIM OVER THE TRUCK
SO|~R ADV EX SAID [[threat:HE'S COMIN TO BURN]] THE TRAILER DOWN TONIGHT
CAR|~R say man [[threat:tell she he go chop she up]] when he come back
CAR|~R report neighbour [[threat:threatening to kill]] she son ova di goat
SCO|~R states ex partner [[threat:threatening to stab]] her, outside the close now
SCO|nominal [[threat:threatening to do in]] staff at the bookies
AU|~R reports poi [[threat:threatening to bash]] the servo attendant
AU|neighbour [[threat:said he'll kill]] ~R over the fence line, poi in yard
CAS|~R ADV PTRN [[threat:THREATENING TO SHOOT]] CASHIER AFTER CAGE REFUSED MARKER
CAS|PTRN AT SLOTS [[threat:THREATENED]] TO KILL SLOT ATTENDANT
SHIP|crew reports pax [[threat:threatening to throw]] another pax overboard
SHIP|guest adv cabin neighbor [[threat:said he would kill]] her at the next port
TRB|~R STATES ~S [[threat:THREATENING TO KILL]] FAMILY AT THE CHAPTER HOUSE
TRB|~R says cousin [[threat:threatened to shoot]] up the gas station
CA|~R SAYS EX [[threat:THREATENING TO KILL]] HER TONIGHT
CA|~S [[threat:THREATENED TO STAB]] CLERK AT COOP
PC|422 in prog, ~S [[threat:threatening to kill]] ~R
PC|~R states 422 - ex said [[threat:he'll shoot her]] on sight
MET|clr states ind [[threat:threatening to push]] people onto tracks
MET|311 noise call, clr adds neighbor [[threat:threatened to kill]] her thru the wall
~R states gf [[threat:threatening to stab]] him if he leaves
~R says ~S said [[threat:"you're dead"]] and is waiting by her car
uber driver says pax [[threat:threatened to kill him]] and is still in back seat
~R reports ~S [[threat:making threats]] to shoot the neighbors kids
~R states caller's brother [[threat:says he will kill dad]] when dad gets home
ex bf {has never been violent} per ~R but [[threat:threatening to kill]] her now on speaker
~S [[threat:threatening to hurt]] the baby, ~R outside the apt
"""
RED['injury'] = """
male [[violence:hit with a bottle]] in the fight, now [[injury:unconscious]] on the ground
TRB|~R STATES UNCLE [[injury:OVERDOSED]], {NOT BREATHING AT FIRST} NOW [[injury:GASPING]], NARCAN GIVEN
CAS|PTRN [[injury:COLLAPSED]] AT CRAPS, {NOT A FIGHT}, [[injury:NO PULSE]] PER SEC
~R states male [[injury:unresponsive]] on the floor at ~A
~R says husband [[injury:not breathing]], starting CPR
child [[injury:seizing]] now, ~R on the line
elderly female [[injury:fell and hit her head]], bleeding, on blood thinners
~R reports friend [[injury:overdosed]], lips blue
male [[injury:clutching chest]], sweating, says pain going into arm
~R says wife [[injury:slurring and face drooping]] since 10 min
diabetic son [[injury:sugar is 38]], confused and sweaty
~R states coworker [[injury:bleeding heavily]] from leg after saw slipped
kid [[injury:stung by bee]], face swelling, throat tight
~R adv female [[injury:burned]] by grease fire on arms
child pulled from pool, [[injury:not breathing]]
male {sleeping on bench} for hours, ~R checked - [[injury:won't wake up]], shallow breaths
~R says roommate took a bunch of pills and is [[injury:barely responsive]]
pt [[injury:convulsing]] in the waiting area at ~A
~R states elderly man [[injury:collapsed]] at checkout
{no injuries} per first caller, 2nd caller says [[injury:one driver unconscious]] in car
~R says mom [[injury:fell off ladder]], can't move legs
~R states person in car [[injury:slumped over]], foam at mouth
homeless male in snow [[injury:shaking and incoherent]], skin gray
worker [[injury:passed out]] in the heat, not sweating, hot to touch
~R reports friend [[injury:snorted something]] and now won't respond
baby [[injury:choking]], turning blue
~R states male {was fine an hour ago}, now [[injury:gasping]] and pale
~R says sister [[injury:stabbed herself accidentally]] cutting bagel, lot of blood
sick person - ~R adv [[injury:cardiac arrest]], AED on scene
male {drunk but talking} earlier, now [[injury:vomiting and unresponsive]]
SO|~R STATES PAPAW [[injury:FELL OFF THE TRACTOR]], BLEEDING FROM HEAD, OUT IN THE FIELD
SO|~R ADV SON [[injury:SNAKE BIT]] ON THE ANKLE, SWELLING UP FAST
SO|~R SAYS HUSBAND [[injury:FALLING OUT]], CAN'T TALK RIGHT, FACE DRAWN
CAR|~R say man [[injury:drop down]] by di bus stop, not moving
CAR|fisherman [[injury:drowning]] off di jetty, pulled out not breathing
SCO|~R states auld fella [[injury:collapsed]] in the close, no answer fae him
SCO|~R reports pal [[injury:took a fit]] in the pub, still shaking
AU|~R reports swimmer [[injury:pulled from the rip]], not breathing
AU|bloke [[injury:heat stroke]] at the cricket, confused and hot
CAS|~R ADV PTRN [[injury:DOWN AT SLOTS]], NOT RESPONDING, SEC STARTING CPR
CAS|PTRN [[injury:SEIZURE]] AT BLACKJACK TABLE 7
SHIP|crew adv pax [[injury:unconscious]] in hot tub dk 12
SHIP|med team req: pax [[injury:chest pain]] in cabin 9120, diaphoretic
TRB|~R STATES ELDER [[injury:NOT BREATHING]] AT THE SENIOR CENTER
TRB|~R adv man [[injury:hypothermic]], found by the river, not making sense
CA|~R SAYS MALE [[injury:FELL THROUGH ICE]], PULLED OUT, NOT RESPONSIVE
CA|~R SAYS FRIEND [[injury:OD]] IN WASHROOM, GAVE NARCAN
PC|11-41 req, male [[injury:unresponsive]] behind the 7-11
PC|~R states 901 - pedestrian struck, [[injury:head bleeding]]
MET|clr says ind [[injury:down on platform]], not moving, code 3
MET|311 welfare call converted, clr says elderly man [[injury:hasn't moved]], skin cold
~R says dad [[injury:fell down stairs]], bone sticking out
~R states teenager [[injury:allergic reaction]], used epipen, still wheezing
"""
RED['suicide'] = """
~S [[suicide:says he'll kill himself]] and [[weapon:has a knife]], ~R outside the door
SHIP|guest adv husband [[suicide:jumped from balcony]] into the water dk 7, [[injury:man overboard]]
MET|clr states ind [[suicide:took 30 pills]], [[injury:barely breathing]], 3rd fl
~R states ~S [[suicide:has a gun to his head]] in the bedroom
~S on the bridge [[suicide:threatening to jump]]
~R says brother [[suicide:took a bottle of pills]] to end it, 20 min ago
~R adv friend texted goodbye and [[suicide:has a rope]] in the garage
~S [[suicide:cutting her wrists]] in the bathroom, door locked
~R states husband says he will [[suicide:kill himself]] tonight with his pistol
female sitting on ledge of parking garage [[suicide:saying she'll jump]]
~R reports son [[suicide:trying to hang himself]] in closet
~S [[suicide:drove off to end it]], has a gun in the car, per wife
~R says roommate [[suicide:swallowed bleach]], said she wanted to die
{passive thoughts before} per ~R, now [[suicide:has the knife]] to wrist
~R states mom wrote a note and [[suicide:left w/ his rifle]] to the woods
~S on phone with ~R, [[suicide:standing on the tracks]] waiting for train
~R says ~S [[suicide:sitting in garage with car running]], door closed
crisis line xfer: ~S [[suicide:has pills in hand]], says tonight is the night
~R adv veteran [[suicide:loading his gun]] to kill himself
~R says gf [[suicide:posted a suicide video]] live, cutting herself now
~S {has a counselor} but called ~R saying [[suicide:he's going to jump]] off the overpass
~R says teen [[suicide:overdosing on purpose]], took insulin
~S [[suicide:threatening suicide]] w/ a knife in the kitchen
~R reports ~S [[suicide:climbed over the railing]] on the 4th floor
female [[suicide:walking into the lake]], said she wants to die
~R states ~S has [[suicide:a noose]] set up in the barn
~S told ~R he [[suicide:stockpiled pills]] and is taking them now
SO|~R STATES HUSBAND [[suicide:TOOK HIS SHOTGUN]] TO THE BARN SAYING HE'S DONE
SO|~S ON THE TRESTLE [[suicide:FIXIN TO JUMP]], ~R ON SCENE
SO|~R ADV SON [[suicide:DRANK ANTIFREEZE]] TO KILL HISSELF
CAR|~R say man [[suicide:drink poison]] say he tired of life
CAR|~R report woman [[suicide:gone to di cliff]] to jump, left a note
SCO|~R states nominal [[suicide:on the bridge parapet]], says he's ending it
SCO|~R reports pal sent message he's [[suicide:taking all his tablets]] the night
AU|~R reports mate [[suicide:heading to the gap]] to jump, in his ute
AU|poi [[suicide:self harming]] with a razor in the servo toilet
CAS|~R ADV PTRN ON PARKING GARAGE ROOF [[suicide:THREATENING TO JUMP]] AFTER LOSING
CAS|PTRN TOLD HOST HE [[suicide:HAS A GUN AND WILL USE IT ON HIMSELF]] IN ROOM 1412
SHIP|crew adv pax [[suicide:climbing balcony rail]] dk 10, says going overboard
SHIP|guest reports spouse [[suicide:took all her meds]] and locked cabin
TRB|~R STATES NEPHEW [[suicide:HANGING]] IN THE SHED, CUT HIM DOWN, BREATHING
TRB|~R adv ~S [[suicide:walked into the river]] saying he's going to die
CA|~R SAYS ~S [[suicide:ON THE OVERPASS]] RAILING, WANTS TO JUMP
CA|~S [[suicide:TOOK PILLS]] TO DIE, LEFT NOTE
PC|5150 - ~S [[suicide:holding razor to neck]], says he'll do it
PC|~R states 5150 w/ [[suicide:gun in mouth]] in the car at ~A
MET|clr says ind [[suicide:on the roof ledge]] bldg 6 saying goodbye
MET|311 transfer - clr says her dad [[suicide:is cutting himself]] now
~R says ~S [[suicide:poured gasoline]] on himself, has a lighter
~S [[suicide:overdosed intentionally]], told ~R goodbye
~R states ~S in tub [[suicide:with a toaster]], says she's done
"""
RED['police_only'] = """
~R says [[police_only:intruder in the house]] and she [[uncertainty:can't talk]] more
~R states ~S [[police_only:snatched the baby]] from the stroller and [[violence:shoved the mom]]
CA|[[police_only:IMPAIRED DRIVER]] HIT A CAR, [[injury:DRIVER HURT]]
~R states someone [[police_only:breaking into]] the neighbors house right now
~R sees two males [[police_only:stealing catalytic converter]] under car in lot
~R says 4yo [[police_only:missing from yard]], last seen 10 min ago
store clerk reports [[police_only:robbery just occurred]], suspect ran toward ~A
driver [[police_only:swerving all over]] hwy, almost hit median, still driving
~R reports [[police_only:hit and run]], driver ran into the woods nearby
~R states stranger [[police_only:grabbed a child]] and put him in a van
~R adv toddler [[police_only:left alone in hot car]] at ~A, windows up
~R says man [[police_only:trying car door handles]] on the street right now
female says ex [[police_only:took the baby]] without custody, driving off
~R reports [[police_only:burglar in the house]], hiding in closet
~R states drunk driver [[police_only:leaving the bar]] in a white pickup
~R says [[police_only:someone in her backyard]] trying the back door now
shoplifter [[police_only:fled w/ merchandise]], still in parking lot
~R reports [[police_only:car being stolen]] from driveway right now
{vehicle was stolen last week}, ~R now sees [[police_only:suspect driving it]] on main
~R says [[police_only:kids alone]], mom gone since yesterday, 2 and 4 years old
~R adv [[police_only:purse snatched]] just now, suspect on bike still in view
~R states [[police_only:wrong way driver]] on the interstate
~R reports male [[police_only:exposing himself]] to kids at bus stop
~R states [[police_only:child wandering]] alone on the highway shoulder, about 3yo
neighbor {usually quiet}, ~R now sees [[police_only:someone crawling in the window]]
~R says [[police_only:ATM being pried]] open right now at the bank
~R reports [[police_only:driver passed out]] at wheel, car in drive, at the light
SO|~R STATES SOMEBODY [[police_only:IN HIS BARN STEALING]] WELDERS RIGHT NOW
SO|~R ADV DRUNK NEIGHBOR [[police_only:DRIVIN THE FOUR WHEELER]] ON THE HWY, ALL OVER THE ROAD
SO|~R STATES [[police_only:LITTLE GIRL MISSING]] FROM THE CAMPGROUND, 5 YOA
CAR|~R say [[police_only:thief inside]] di shop now, break di window
CAR|~R report man [[police_only:snatch she chain]] and still running up di road
SCO|~R states [[police_only:housebreaking in progress]] at the flat below
SCO|~R reports [[police_only:drink driver]] leaving the hotel car park, swerving
AU|~R reports [[police_only:ram raid]] at the bottle-o happening now
AU|~R states [[police_only:toddler missing]] at the beach, 3yo in red togs
CAS|SURV ADV [[police_only:CHIP THEFT IN PROGRESS]], SUBJ STILL ON FLOOR
CAS|~R ADV [[police_only:CHILD LEFT IN CAR]] IN GARAGE LEVEL 3, CRYING
SHIP|crew reports [[police_only:child missing]] from kids club, 5yo
SHIP|guest adv [[police_only:someone in her cabin]] going thru bags now
TRB|~R STATES [[police_only:DRUNK DRIVER]] HEADED TOWARD THE SCHOOL ON BIA 12
TRB|~R adv [[police_only:break in progress]] at the trading post
CA|~R SAYS [[police_only:IMPAIRED DRIVER]] ON HWY 16 WB
CA|~R SAYS [[police_only:BREAK AND ENTER]] IN PROGRESS AT THE COOP
PC|459 in prog, ~R hears [[police_only:someone inside]] the garage
PC|10851 - ~R states [[police_only:car being stolen]] now
PC|~R states 23152 - [[police_only:driver nodding off]] at wheel heading west
MET|clr reports [[police_only:2 ppl breaking into]] cars on 5th ave
MET|311 xfer: clr says [[police_only:kid lost]] in the park, age 4, mom searching
~R states hit and run, [[police_only:driver walking away]] from scene, still on block
~R reports [[police_only:peeping tom]] at her window right now
~R states [[police_only:man following her child]] home from school
"""
RED['uncertainty'] = """
open line, [[uncertainty:woman crying]], male saying [[threat:I'll kill you]]
~R heard [[uncertainty:yelling and a thud]] upstairs, {no answer}, {no visual}, earlier saw a [[weapon:knife]] on the table
CAS|HOUSEKEEPING ADV [[uncertainty:MUFFLED CRIES]] FROM 1506, DND ON, [[police_only:DOOR FORCED]]
open line, [[uncertainty:female crying]] and male yelling in bkgd
~R whispering, [[uncertainty:can't talk]], says he's in the house
caller [[uncertainty:said help then disconnected]], callback vm
~R answering yes/no only, [[uncertainty:unable to speak freely]]
911 hangup, on callback [[uncertainty:male answered and hung up]], screaming heard
~R hears [[uncertainty:screaming next door]], can't see anything, sounds like someone getting hurt
unknown problem, [[uncertainty:caller not making sense]], heard crash
text to 911: [[uncertainty:he's here please send]]
~R says neighbor [[uncertainty:screaming for help]] inside apt, door locked
therapist reports client [[uncertainty:said he plans to hurt]] his ex, duty to warn
open line, [[uncertainty:sounds of struggle]]
caller asked for pizza, [[uncertainty:confirmed she's in danger]]
~R reports [[uncertainty:banging and a woman yelling stop]] from the unit above
call dropped [[uncertainty:mid sentence after "he's got"]]
{no answer on callback} and [[uncertainty:line had crying]] before drop
~R states she can't say, [[uncertainty:he's right here]], pls send someone
~R heard [[uncertainty:what sounded like shots]], nothing seen
unknown trouble - [[uncertainty:child on line says mommy won't]] then disconnect
~R says [[uncertainty:kid screaming in terror]] next door, nobody answering
counselor reports pt [[uncertainty:disclosed plan to kill]] coworker, pt left office
{caller calm at first}, then [[uncertainty:line went dead]] after scream
~R hears [[uncertainty:gurgling]] on the phone, no words
open line - [[uncertainty:male saying put it down]]
~R says {nothing seen}, but [[uncertainty:heard someone begging]] in the parking garage
SO|OPEN LINE, [[uncertainty:HEARD A WOMAN HOLLERIN]] AND DOGS, NO RESPONSE
SO|~R CALLED, SAID [[uncertainty:"HE'S BACK"]] AND LINE DROPPED
CAR|~R call and [[uncertainty:bawling out fi help]] then line cut
CAR|open line, [[uncertainty:man shouting she must shut up]], woman crying
SCO|~R heard [[uncertainty:screaming fae the close]], cannae see anything
SCO|silent call, [[uncertainty:55 pressed]], breathing and shouting in bkgd
AU|000 call, [[uncertainty:whispering poi is inside]], dropped
AU|~R hears [[uncertainty:woman screaming]] from the unit next door, no visual
CAS|SURV ADV [[uncertainty:SCREAMS FROM ROOM 811]], NO ANSWER AT DOOR
CAS|HOUSEKEEPING REPORTS [[uncertainty:MALE SHOUTING AND THUDS]] IN 1420
SHIP|crew adv [[uncertainty:screaming from cabin 6033]], door locked, no answer
SHIP|emergency phone dk 4 [[uncertainty:picked up, no voice, crying]]
TRB|OPEN LINE FROM HUD HOUSING, [[uncertainty:CHILD CRYING AND YELLING]]
TRB|~R adv she [[uncertainty:can't talk right now]], cousin is there
CA|911 HANGUP, [[uncertainty:FEMALE SCREAMING]] ON CALLBACK
CA|~R [[uncertainty:WHISPERING FOR HELP]], LINE DROPPED
PC|911 open line, [[uncertainty:415 sounds]], woman saying stop
PC|~R states [[uncertainty:duty to warn]] - client threatened ex partner
MET|clr asks for [[uncertainty:help then silent]], background shouting
MET|311 call, clr [[uncertainty:whispers she's being held]] in apt 3F
~R hears [[uncertainty:loud thuds and crying]] from basement apt, no answer
~R says [[uncertainty:something's wrong]], wife called screaming then phone died
~R reports [[uncertainty:man yelling I'll kill you]] in the apt next door, can't see
{calls often} per notes, but today [[uncertainty:crying and begging]] on line
"""
# ---- ELIGIBLE TEMPLATES (hand written), by look-alike group. Group -> call concept.
ELIG = {}
ELIG_CONCEPT = {}
def _g(name, concept, text):
    ELIG[name] = text
    ELIG_CONCEPT[name] = concept
_g('noise', 'noise', """
~R states loud music from the house across the street since 11
neighbors having a party, bass shaking windows, ~R wants it turned down
dog barking for 3 hrs at ~A, owner not home
~R reports <<uncertainty:screaming>> next door, ((turned out to be kids playing video games))
loud <<weapon:bangs>> in the lot ((per 2nd caller fireworks, kids lighting them))
~R says upstairs neighbor stomping and moving furniture at 2am
car stereo blasting in the lot of ~A, ~R can't sleep
SO|~R STATES NEIGHBOR RUNNIN A GENERATOR AND MUSIC ALL NIGHT, JUST WANTS IT QUIET
SO|~R ADV <<weapon:GUNSHOTS>> BEHIND THE HOUSE ((NEIGHBOR SIGHTING IN RIFLE AT HIS RANGE, LEGAL))
CAR|~R say sound system at di street dance too loud, pass 2am
SCO|~R reports party in the flat above, shouting and music, nae bother otherwise
AU|~R reports doof doof music from the neighbours since the arvo
CAS|PTRN COMPLAINT OF LOUD GROUP AT ROOM 1918, MUSIC, NO ISSUES
SHIP|guest adv loud karaoke from cabin next door past quiet hours
TRB|~R STATES LOUD PARTY AT THE LOOP RD HOUSE, WANTS IT SHUT DOWN
PC|415 music at the apt complex, ~R wants it turned down
MET|311 noise: clr reports construction jackhammer before 7am
""")
_g('verbal_dispute', 'dispute', """
~R states she and bf arguing over the car keys, {no hands on}, wants him to leave
two neighbors yelling over a parking spot, verbal only
~R says roommate screaming at her about dishes, {no threats}
customer yelling at clerk over a return, {not physical}
couple arguing loudly in the lot, {nothing physical seen} per ~R
~R and brother arguing about mom's house, wants an officer to stand by while he gets clothes
<<violence:fight>> at the bus stop ((per 2nd caller just shouting match, both walked off))
SO|~R STATES HIM AND HIS DADDY FUSSIN OVER THE FENCE LINE AGAIN, JUST WORDS
CAR|two vendors quarrelling over di spot in market, cussing only
SCO|~R states neighbour shouting at her over the bins, {nae violence}
AU|~R reports her and her ex having a blue over the kids phone, {no threats}
CAS|PTRN ARGUING WITH DEALER OVER PAYOUT, VERBAL, FLOOR SUPV ON SCENE
SHIP|two pax arguing over deck chairs at pool, verbal only
TRB|~R ADV FAMILY ARGUMENT AT THE CHAPTER HOUSE, YELLING, {NO ONE HURT}
CA|~R SAYS NEIGHBOUR YELLING ABOUT SNOW PILE, VERBAL ONLY
PC|415 verbal, couple arguing, {no 273.5}
MET|clr reports tenants yelling in hallway over laundry room, no contact
""")
_g('welfare_check', 'welfare', """
~R requests welfare check on elderly mother, hasn't answered phone since yesterday
~R worried about neighbor, mail piling up, car in driveway
female sitting at bus stop crying, ~R wants someone to check on her
~R asks check on her son, sounded down on phone, {no mention of self harm}
elderly male walking in the rain without coat at ~A, seems confused but ok
~R states coworker didn't show up for shift, not like him
SO|~R WANTS SOMEONE TO CHECK ON MS. PEARL DOWN THE ROAD, AIN'T SEEN HER IN 2 DAYS
CAR|~R ask police check on old man by di church, he not picking up
SCO|~R asks for a welfare check on her auld neighbour, curtains no opened
AU|~R requests welfare check on mate, hasn't heard from him since the weekend
CAS|HOST REQ WELFARE CHK ON PTRN ASLEEP AT SLOTS 6 HRS, BREATHING, SNORING
SHIP|cabin steward req check on pax 8102, DND sign up 2 days, no room service
TRB|~R ASKS CHECK ON GRANDMA AT HER PLACE, PHONE DEAD
CA|~R ASKS WELFARE CHECK ON BROTHER, NO CONTACT 3 DAYS
PC|~R requests welfare check, daughter not answering texts, {no concern for 5150}
MET|311: clr requests check on elderly neighbor 4B, hasn't seen him this week
~R states man lying in the grass at ~A, <<injury:not moving>> ((he sat up and waved, just resting))
""")
_g('past_theft', 'theft', """
~R reports bike stolen from porch sometime overnight
~R states car broken into last night, window smashed, laptop gone
package stolen from front step, happened yesterday per doorbell cam
~R says wallet taken at the gym earlier this week, wants report #
shoplifting occurred at 0900, suspect {long gone}, store wants report
~R states tools taken from truck bed over the weekend
SO|~R STATES SOMEBODY STOLE HIS TROLLING MOTOR OFF THE BOAT SOMETIME LAST WEEK
CAR|~R report goat teef from di yard two nights ago
SCO|~R reports bike nicked from the back green, happened last night
AU|~R states tools nicked from the ute overnight, wants a report for insurance
CAS|PTRN REPORTS PHONE LEFT AT BAR 2 HRS AGO, NOW MISSING, NO SUSPECT
SHIP|guest reports sunglasses taken from lounger yesterday
TRB|~R STATES HIS FIREWOOD GOT STOLEN LAST WEEK, NO SUSPECT
CA|~R REPORTS TRAILER STOLEN FROM YARD LAST MONTH
PC|484 report only, bike taken last night, no suspect info
MET|clr reports package theft from lobby, occurred 2 days ago
~R states <<police_only:someone in the shed>> ((turned out it was her son getting the mower))
""")
_g('found_property', 'found', """
~R found a wallet on the sidewalk at ~A, wants to turn it in
~R found an old <<weapon:handgun>> in dead mother's closet ((unloaded, wants it picked up for destruction))
bike left in the yard for a week, ~R wants it removed
~R found a cell phone at the park, wants to return it
~R says keys found in the parking lot of ~A
SO|~R FOUND A {RUSTY OLD SHOTGUN} IN THE BARN WALL WHILE TEARING IT DOWN, WANTS SO TO TAKE IT
CAR|~R find a bag with documents by di bus stop, want to hand it in
SCO|~R has found a purse in the bus shelter, wants to hand it in
AU|~R found a wallet at the servo, handing it in at the station
CAS|LOST AND FOUND: DEALER FOUND ID AND CREDIT CARD UNDER TABLE 9
SHIP|crew found a passport in the theatre row F
TRB|~R FOUND A {HUNTING KNIFE IN A SHEATH} AT THE PICNIC AREA, WANTS TO TURN IN
CA|~R FOUND A SNOWMOBILE HELMET ON THE TRAIL
PC|found property, ~R has a {box of old ammo} from a garage cleanout, wants it disposed
MET|311: clr found abandoned suitcase on stoop, {no suspicious wires}, wants it removed
~R found syringes in the park, wants them picked up
~R reports found dog tags and a <<weapon:knife>> in the creek ((rusted, clearly been there years))
""")
_g('passive_si', 'mental', """
~R says he feels hopeless sometimes, {no plan}, wants to talk to someone
female states she's been thinking she'd be better off gone, {no plan, no means}, wants counseling info
~R requests info for crisis counselor, {denies plan or intent}
~R worried about son who said life is pointless, {no plan}, {no weapons in home}
~S told ~R he wishes he didn't wake up, {has no intent}, agreed to see counselor
SO|~R SAYS HER HUSBAND BEEN DOWN SINCE THE FARM SOLD, {NO PLAN}, WANTS SOMEBODY TO TALK TO HIM
CAR|~R say she feel like giving up sometimes, {no plan}, want to talk to somebody
SCO|~R says her pal's been awfy low, {nae plan}, wants support numbers
AU|~R reports mate feeling flat and low, {no plan, no means}, wants a support service
CAS|PTRN TOLD HOST HE'S LOST EVERYTHING AND FEELS WORTHLESS, {NO PLAN}, ASKING FOR HELP LINE
SHIP|guest asks for counseling, said she feels low since the divorce, {no intent}
TRB|~R STATES NEPHEW DEPRESSED, {NO PLAN OR WEAPONS}, FAMILY WANTS WELLNESS TEAM
CA|~R SAYS SHE HAS DARK THOUGHTS, {NO PLAN}, WANTS A COUNSELLOR CALLBACK
PC|~R requests callback, feeling low, {not 5150}, {denies plan}
MET|311 to crisis line: clr feeling hopeless, {no plan}, {no means}, wants to talk
~R says <<suicide:he wants to die>> ((clarified: passive, no plan, wants counseling appt))
~R says {she attempted years ago}, doing ok now, just wants her therapist's number
""")
_g('refuse_leave', 'trespass', """
male refusing to leave the lobby at ~A, {no threats}, just won't go
customer won't leave store after closing, sitting in chair, calm
ex-tenant sitting in the hallway refusing to leave, {not aggressive}
~R says guest refusing to leave party, {not violent}, just drunk and stubborn
SO|~R STATES A FELLA WON'T LEAVE HER PORCH, SAYS HE'S WAITIN ON A RIDE, {NOT BOTHERIN NOBODY}
CAR|man refuse to leave di shop, just sitting, {no trouble}
SCO|male refusing to leave the chippy, no causing bother, just sitting
AU|poi refusing to leave the servo forecourt, {not aggro}, just sitting
CAS|TRESPASSED PTRN BACK ON FLOOR AT SLOTS, {NOT AGGRESSIVE}, REFUSING TO LEAVE
SHIP|pax refusing to leave the crew-only area, calm, says he's lost
TRB|~R ADV MALE WON'T LEAVE THE CLINIC WAITING ROOM, {NO THREATS}
CA|MALE REFUSING TO LEAVE TIM HORTONS, {NOT AGGRESSIVE}
PC|602 - ~S refusing to leave the lobby, calm, {no weapons}
MET|311: ind refusing to leave vestibule of bank, sleeping bag, calm
~R says patron refusing to leave the library at closing, {no threats made}
male {yelled once} then sat down, refusing to leave ~A, calm now
~R states <<threat:he threatened>> ((to call the news, not to harm anyone)) and won't leave
""")
_g('intox_ok', 'intox', """
intoxicated male sitting on curb at ~A, talking, {no injuries}
~R states drunk female singing in the street, walking fine
male passed out drunk on park bench, ~R woke him, he's talking and ok
drunk subj wandering in the lot, ~R wants him moved along, {not aggressive}
SO|~R STATES HER UNCLE DRUNK AGAIN SITTIN ON THE TAILGATE, {NOT DRIVIN}, JUST WANTS HIM HOME
CAR|drunk man singing by di rum shop, {no trouble}, just loud
SCO|~R reports a wee man steaming, sitting on the wall, chatting away, {nae injury}
AU|bloke full as a goog at the bus stop, chatting, {no injuries}
CAS|PTRN INTOXICATED AT BAR 3, CUT OFF, SITTING CALM, WANTS CAB
SHIP|pax intoxicated at pool bar, walking ok, escorted to cabin
TRB|~R ADV MALE INTOXICATED BY THE STORE, TALKING, {NOT DRIVING}
CA|INTOX MALE AT BUS SHELTER, CONSCIOUS AND TALKING
PC|647f - intox male on bench, alert, {no injury}
MET|311: ind drunk sleeping in vestibule, ~R woke him, he's fine
~R states <<injury:man unconscious>> on the sidewalk ((2nd caller says he's awake now, just drunk, walking off))
intox female at ~A, {not driving}, friends coming to pick her up
~R says neighbor drunk on lawn singing, {no car keys}, harmless
""")
_g('unhoused_sleeping', 'unhoused', """
unhoused male sleeping in the doorway of ~A, breathing fine, business wants him moved
~R says person sleeping in a tent behind the church, {no issues}
female sleeping on the bench at the bus stop, snoring, ~R wants check
SO|~R STATES MAN BEEN CAMPIN UNDER THE BRIDGE AT THE CREEK, {NOT BOTHERIN ANYBODY}
CAR|man sleeping under di tamarind tree by di square, {no trouble}
SCO|~R reports rough sleeper in the bus shelter, breathing fine, wants him checked
AU|rough sleeper in the park near ~A, {no issues}, council to attend
CAS|VALET REPORTS MALE SLEEPING IN PARKING GARAGE STAIRWELL, BREATHING, {NO ISSUES}
SHIP|crew reports pax asleep on lounger dk 12 overnight, breathing, woke ok
TRB|~R STATES MAN SLEEPING IN THE OLD BUS SHELTER BY THE CHAPTER HOUSE, {OK}
CA|MALE SLEEPING IN ATM VESTIBULE, RESPONSIVE WHEN WOKEN
PC|~R reports transient sleeping behind the dumpster, {no 5150}
MET|311 homeless: ind sleeping on subway steps, breathing, wants outreach
~R states man in sleeping bag by the library, <<injury:won't wake up>> ((woke on 2nd try, cussed her out, fine))
man sleeping in car in the lot of ~A for 3 nights, {no issues}
couple camping in the woods behind the store, manager wants them moved, {no threats}
unhoused female asking for blankets, sleeping by the laundromat, ok
""")
_g('resolved_alarm', 'alarm', """
burglar alarm at ~A, ((keyholder on scene, employee error))
panic alarm at the bank ((cancelled by manager w/ code, accidental))
~R heard <<weapon:gunshot>> ((confirmed car backfire, driver still there))
<<police_only:break in>> at the school reported ((custodian working late, verified))
residential alarm ((homeowner called, cat set off motion sensor))
<<uncertainty:911 hangup>> from ~A ((callback, kid playing with phone, mom confirms all ok))
SO|ALARM AT THE FEED STORE ((OWNER ON SCENE, WIND BLEW THE DOOR))
CAR|<<police_only:alarm going off>> at di supermarket ((manager say false, power cut))
SCO|intruder alarm at the school ((keyholder attended, all secure))
AU|<<police_only:back-to-base alarm>> at the pharmacy ((cancelled, staff member forgot code))
CAS|<<uncertainty:PANIC BUTTON>> AT CAGE 2 ((CASHIER HIT BY ELBOW, NO ISSUE))
SHIP|<<injury:man overboard alarm>> dk 5 ((false, sensor triggered by wave spray, headcount complete))
TRB|<<police_only:ALARM AT THE CLINIC>> ((STAFF OPENED EARLY))
CA|<<uncertainty:911 POCKET DIAL>> ((CALLBACK, ALL OK, SKIING))
PC|459 audible alarm ((rp is owner, forgot code))
MET|<<uncertainty:open line>> ((callback, elderly female says butt dial, all ok))
<<injury:fall alert>> from medical pendant ((subscriber answered, pressed by accident))
""")
_g('history_only', 'info', """
~R states {ex was violent in 2019}, no contact since, wants info on renewing order
~R wants report of {assault that happened last year}, for court paperwork
~R says {neighbor had a gun back in the day}, wants to know if he can still have one
{prior DV at this address} per notes, today ~R just wants help moving out
~R reporting {her son OD'd last summer}, wants naloxone training info
SO|~R STATES {HER EX BEAT HER BACK IN 2015}, JUST WANTS TO KNOW IF HE GOT OUT OF PRISON
CAR|~R say {man did chop somebody years back}, now living next door, just want it noted
SCO|~R says {her ex assaulted her a few years ago}, wants advice re disclosure scheme
AU|~R wants to report {historical assault from the 90s}, wants a callback
CAS|~R ADV PTRN {WAS 86'D IN 2021 FOR A FIGHT}, BACK AT TABLE, PLAYING QUIETLY
SHIP|guest reports {altercation on prior cruise}, no current issue, just info
TRB|~R STATES {SHE WAS ASSAULTED AT THE RODEO LAST YEAR}, WANTS A CASE NUMBER
CA|~R WANTS INFO ON {PAST ASSAULT CHARGE}, NO CURRENT ISSUE
PC|~R requests copy of {245 report from 2022}
MET|311 info: clr asks status of {stabbing case from last spring}
~R states {dad threatened to kill himself years ago}, now doing well, wants resources for family
{hx of weapons at residence} per premise file, ~R calling about a barking dog
""")
_g('negated_danger', 'info', """
~R says male yelling at ~A, {no weapon}, {no threats}, just loud
{no one hurt}, {no weapons}, fender bender in lot, drivers exchanging info
~R states {not a fight}, kids wrestling on trampoline
smell of smoke from neighbor's yard, {no fire seen}, bbq
~R saw someone slumped in car, {not unconscious}, eating lunch
SO|~R STATES {AIN'T NOBODY HURT}, JUST A COW IN THE ROAD
CAR|~R say man shouting by di bar, {no weapon}, {no licks}, just vexed
SCO|~R reports loud wee group, {nae fighting}, {nae weapons}, just daft
AU|~R says {no one injured}, minor prang at the roundabout, swapping details
CAS|PTRN SLIPPED NEAR BAR, {NO INJURY}, DECLINED EMS, SIGNED WAIVER
SHIP|pax tripped on gangway, {no injury}, declined medical
TRB|~R STATES {NO ONE INJURED} IN THE MINOR CAR VS DEER ON BIA 3
CA|~R SAYS {NO WEAPONS, NO THREATS}, MALE JUST RANTING AT BUS STOP
PC|~R says {not 245}, {not 417}, just two guys talking trash
MET|311: clr says {no fight}, just teens shouting at the basketball court
~R says {not breathing hard}, {no chest pain}, elderly dad just wants help up from chair
{no one trapped}, {no injuries}, tree down across the road
""")
_g('toys_props', 'suspicious', """
~R states kids in the yard with {nerf guns} running around
~R sees man with a {rifle-shaped camera tripod} at the park, filming birds
film crew on Main St with {prop guns}, permit posted
{airsoft game} in the woods behind the school, orange tips, all in gear
~R saw someone in a {halloween costume with fake knife} walking to a party
SO|~R STATES YOUNGUNS OUT IN THE PASTURE SHOOTING {PAINTBALL}, WANTS TO MAKE SURE IT'S OK
CAR|~R see boys playing with {water gun} by di beach, just checking
SCO|~R states men in {kilts with plastic swords} at the stag do, all fine
AU|~R reports kids with {toy guns} in the reserve, orange tips
CAS|SEC ADV PTRN IN {COSTUME FOR CONVENTION} W/ {FOAM SWORD}, CHECKED
SHIP|pirate night: pax with {plastic cutlass}, all in fun
TRB|~R STATES KIDS WITH {BB TARGET PRACTICE} ON CANS, PARENT PRESENT
CA|~R SAYS KIDS WITH {SNOWBALL LAUNCHER}, JUST HAVING FUN
PC|~R reports male w/ {replica sword} at the comic con entrance, peace-tied
MET|clr reports {cosplay group} w/ {foam weapons} outside the convention ctr
~R says <<weapon:man with a gun>> at the park ((it's a metal detector, he's hunting coins))
{squirt gun fight} at the block party, ~R thought it looked real
""")
_g('idioms', 'info', """
~R says her boss is {killing her} with overtime, wants labor board number
~R says neighbor's music is {murdering her ears}, wants it turned down
coworker said he'd {kill for a coffee}, ~R took it wrong, now fine
~R says kids are {driving her nuts}, wants parenting class info
SO|~R SAYS HER HUSBAND {LIKE TO DIED} LAUGHIN, JUST CALLIN TO THANK DEPUTY
CAR|~R say di heat {a kill she}, want to know if cooling centre open
SCO|~R says the neighbour's dog {is doing her head in}, barking all night
AU|~R says the neighbour's rooster {is killing him}, wants council number
CAS|PTRN SAYS THE SLOTS {ARE MURDERING HIM}, WANTS TO FILE A MACHINE COMPLAINT
SHIP|guest says the buffet line {is killing her}, wants to complain to purser
TRB|~R SAYS THE POTHOLE ON BIA 5 {IS GONNA KILL SOMEBODY'S TRUCK}, WANTS ROADS DEPT
CA|~R SAYS THE SNOWPLOW {KILLED HIS MAILBOX}, WANTS CLAIM INFO
PC|~R says traffic at the intersection {is a killer}, wants a stop sign
MET|311: clr says landlord {is killing them} with no heat, wants inspection
~R says the concert {was a riot}, lost her phone there
~R states she {could just die} of embarrassment, locked out of car, wants locksmith
caller says her ex {is dead to her}, just wants to report he has her cat
""")
_g('tools_ordinary', 'suspicious', """
~R states man with a {chainsaw cutting a fallen tree} on the sidewalk, blocking path
neighbor using {machete to clear brush} near the fence, ~R wants it noted
male carrying {axe and kindling} toward campsite, ~R unsure if normal
~R sees worker with {nail gun} on the roof next door at 7am
SO|~R STATES FELLA {CUTTIN HAY WITH A SICKLE} BY THE ROAD, JUST WANTS TO KNOW WHO HE IS
CAR|man {cutting coconut with cutlass} at di stand, ~R say it too close to di road
SCO|~R reports gardener with a {strimmer} at half six, wants noise advice
AU|bloke {using an angle grinder} at the servo, sparks, ~R wants a check
CAS|MAINTENANCE WITH {BOX CUTTER OPENING DELIVERIES} AT BACK DOCK, PTRN CONCERNED
SHIP|crew {filleting fish with knives} at deck party, guest concerned, all normal
TRB|~R STATES MAN {SPLITTING WOOD WITH AN AXE} AT THE LOOP RD HOUSE, LOUD
CA|~R SAYS NEIGHBOUR {ICE FISHING WITH AN AUGER} TOO CLOSE TO TRAIL
PC|~R reports male w/ {machete trimming palms}, city contractor
MET|311: clr reports worker {with crowbar prying up pavers}, no permit visible
~R states man carrying a {hunting bow in a case} into the archery range
chef {sharpening knives} on the back step of ~A, ~R wanted to report
man {hammering} on neighbor's deck at 6am, ~R wants noise ord info
""")
_g('stored_firearms', 'info', """
~R asks how to safely store his {late father's rifles}, locked in cabinet
~R says husband has {guns in a locked safe}, wants to know about voluntary storage while he's away
{hunting rifles in the truck gun rack}, ~R asks if legal to park at school
~R wants to surrender {inherited pistol}, {unloaded in case}
SO|~R STATES HE GOT {HIS SHOTGUN IN THE CLOSET}, ASKIN ABOUT PERMIT FOR THE NEW ONE
CAR|~R ask about licence for {licensed firearm in safe}, moving house
SCO|~R asks about renewing shotgun certificate, {guns in locked cabinet}
AU|~R asks about firearms licence renewal, {rifles in the safe}
CAS|PTRN ASKED TO CHECK {FIREARM WITH SEC}, LOCKED IN CAR PER POLICY
SHIP|guest declared {firearm locked with security} at embarkation, asking about return
TRB|~R ASKING ABOUT BRINGING {HUNTING RIFLE CASED} TO THE HUNT CAMP
CA|~R ASKS ABOUT TRANSPORT OF {UNLOADED RIFLES} TO THE RANGE
PC|~R asks about CCW renewal, {weapon locked at home}
MET|311 info: clr asks where to turn in {old revolver}, {unloaded, in a box}
~R asks about {gun lock} giveaway, has {guns stored} at home
~R says son visiting and there are {guns locked up}, asking about removing them for safety precaution
~R asks if {rifle in the trunk unloaded} is ok driving thru town
""")
_g('mh_request', 'mental', """
~R says her brother is off his meds, talking to himself, {calm}, wants crisis team
female at ~A talking to herself, {not aggressive}, wants mental health worker
~R requests mobile crisis for son, anxious, {not dangerous}
male pacing and mumbling in library, {harmless}, staff want outreach
SO|~R SAYS HER GROWN SON HEARIN VOICES AGAIN, {CALM}, WANTS MENTAL HEALTH TO COME OUT
CAR|~R say her daughter talking to sheself and not sleeping, {calm}, want help
SCO|~R states her da is confused and anxious, {nae violence}, wants CPN
AU|~R requests mental health team for her son, {calm}, not sleeping
CAS|PTRN ANXIOUS AND CONFUSED AT CAGE, {NOT AGGRESSIVE}, REQ SOCIAL WORKER
SHIP|guest having panic attack in theater, breathing ok now, wants quiet room
TRB|~R REQUESTS WELLNESS TEAM FOR BROTHER, ACTING PARANOID, {NO WEAPONS}
CA|~R WANTS MENTAL HEALTH NURSE FOR MOM, CONFUSED, {CALM}
PC|~R requests PET team, son 5150 hx, {calm today}, wants eval
MET|311: clr reports ind ranting on corner, {not threatening anyone}, wants outreach
~R says <<violence:he's out of control>> ((clarified: crying and pacing, hasn't touched anyone))
~R states sister thinks people are watching her, {no weapons}, wants someone to talk to her
male in ER lobby having anxiety attack, {breathing fine}, wants peer support
""")
_g('juveniles', 'juvenile', """
group of teens hanging out in the parking lot of ~A, skateboarding
kids on bikes riding in the street, ~R worried they'll get hit
teens smoking in the park pavilion, {no fights}
juveniles knocking on doors and running, ding dong ditch
SO|~R STATES YOUNGUNS RIDIN 4 WHEELERS IN THE CHURCH LOT AGAIN
CAR|~R say schoolboys liming by di shop after school, just loud
SCO|~R reports a crowd of weans in the park, {no bother}, just loud
AU|~R reports kids on scooters at the servo, loitering, {no issues}
CAS|JUVS UNATTENDED IN ARCADE, PARENT ON FLOOR PLAYING SLOTS, SEC LOCATING
SHIP|teens running in corridors dk 7 after curfew, {no damage}
TRB|~R STATES KIDS HANGING OUT AT THE OLD GYM, {NOT BREAKING IN}
CA|~R SAYS TEENS PLAYING HOCKEY IN THE STREET, BLOCKING
PC|~R reports juvs loitering at the school, {no 594}
MET|311: clr reports kids playing music on the stoop
~R says teens <<violence:fighting>> in the field ((per 2nd caller they're practicing wrestling with coach))
kids throwing snowballs at cars, ~R wants them talked to
truant 14yo at the mall, mom aware, wants him brought home
""")
_g('civil_matter', 'civil', """
~R states landlord changed the locks, wants to know her rights
custody exchange disagreement, {no threats}, father late 1 hr
~R says contractor took deposit and never came back, wants to file
neighbor's tree fell on ~R's fence, dispute over who pays
SO|~R STATES NEIGHBOR MOVED THE PROPERTY LINE STAKES, WANTS A DEPUTY TO LOOK
CAR|~R say di landlord lock she out over rent, want advice
SCO|~R states factor won't fix the close door, wants to know who to call
AU|~R states tradie took deposit and did a runner weeks ago, civil advice
CAS|PTRN DISPUTING JACKPOT PAYOUT WITH SLOT TECH, CIVIL, GAMING COMMISSION NOTIFIED
SHIP|guest disputing onboard charges, wants purser, {calm}
TRB|~R STATES DISPUTE OVER GRAZING LEASE WITH COUSIN, WANTS TRIBAL COURT INFO
CA|~R SAYS EX WON'T RETURN THE TRUCK, CIVIL ISSUE
PC|civil standby req, ~R wants to retrieve belongings from ex's apt
MET|311: clr reports illegal eviction, landlord removed door
~R says ex took the dog and won't give it back, {no threats}
~R states repo man took her car, wants to know if legal
~R says <<police_only:ex stole her car>> ((car is in his name, civil))
""")
_g('benign_suspicious', 'suspicious', """
~R reports unfamiliar car parked on the street for 2 days, {no one in it}
man taking photos of houses, ~R nervous, probably real estate
~R says someone walking dog late at night looking into yards
van idling outside ~A, ~R thinks it's a delivery driver on break
SO|~R STATES STRANGE TRUCK PARKED AT THE BOAT RAMP SINCE DAYBREAK, PROBABLY FISHIN
CAR|~R say strange man standing by di church gate, just waiting for taxi
SCO|~R reports a man hanging aboot the bus stop, {nae bother}, just odd
AU|~R reports a car parked at the lookout since the arvo, {no one inside}
CAS|SURV ADV PTRN WATCHING TABLES FOR HOURS, NOT PLAYING, {NO ISSUES}
SHIP|pax wandering near bridge area, lost, escorted back
TRB|~R STATES UNKNOWN CAR AT THE TRAILHEAD, {NOBODY AROUND}
CA|~R SAYS TRUCK IDLING IN THE ARENA LOT ALL NIGHT
PC|~R reports suspicious vehicle, {occupants just eating}
MET|311: clr reports man with clipboard knocking doors, probably canvasser
~R says <<police_only:prowler>> in backyard ((it was a raccoon, ~R saw it leave))
man sitting in car outside school, ~R later says it's a parent waiting
~R states someone left a backpack at the bus stop, {no wires}, looks forgotten
""")
_g('animals', 'animal', """
stray dog wandering in traffic at ~A
~R reports raccoon acting odd in the yard in daytime
loose horse on the road, ~R trying to catch it
~R says <<violence:dog attacking>> ((her own dogs playing rough, nobody bit))
SO|~R STATES COWS OUT ON HWY 9 AGAIN, FARMER NOT ANSWERIN
SO|~R ADV GATOR IN THE CARPORT, WANTS IT MOVED
CAR|~R say goat loose in di road, nearly cause accident
SCO|~R reports sheep on the A82, nae owner about
AU|~R reports kangaroo injured on the roadside, {no one hurt}
AU|snake in the laundry, ~R wants a catcher
CAS|BAT IN THE CASINO ATRIUM, FLYING OVER TABLES
SHIP|bird trapped in the atrium dk 5, guests concerned
TRB|~R STATES LOOSE RES DOGS CHASING THE SCHOOL BUS
CA|~R SAYS MOOSE ON THE ROAD NEAR TOWN, {NO ONE HURT}
PC|~R reports dead animal in the road, needs pickup
MET|311: clr reports rats in the alley behind the restaurant
~R says neighbor's dog left outside in the cold all day
""")
_g('harass_nothreat', 'harassment', """
ex keeps texting ~R asking to get back together, {no threats}
neighbor keeps staring at ~R and filming her, {no threats made}
~R getting repeated calls from unknown number, hangs up, {no threats}
~R says coworker keeps posting about her online, wants advice
SO|~R STATES HER EX KEEP DRIVIN BY THE HOUSE, {AIN'T SAID NOTHIN}, WANTS IT DOCUMENTED
CAR|~R say man keep calling she names on di road, {no threats}
SCO|~R reports her ex keeps messaging, {nae threats}, wants advice
AU|~R states neighbour keeps sledging her over the fence, {no threats}
CAS|DEALER REPORTS PTRN MAKING RUDE COMMENTS, {NO THREATS}, PTRN LEFT
SHIP|guest reports pax keeps following her around buffet, {no threats}
TRB|~R STATES EX KEEPS POSTING ABOUT HER ON FACEBOOK, {NO THREATS}
CA|~R SAYS EX-GF CALLING 30 TIMES A DAY, {NO THREATS}
PC|653m - annoying calls, {no threats}, wants report
MET|311: clr reports neighbor leaving notes under her door, {no threats}
~R says ex <<threat:threatened her>> ((clarified: threatened to sue, not to hurt))
~R states former friend spreading rumors at school, wants it noted
~R says someone keeps leaving flyers on her car, annoying
""")
_g('nonurgent_assist', 'assist', """
~R locked out of car with engine running, {no kids or pets inside}
elderly male needs help getting back into bed, {no injury}, lift assist
~R needs a ride to the shelter, has no money
motorist out of gas on the shoulder, safe
~R asks for help getting keys back from ex, civil standby
SO|~R STATES TRUCK IN THE DITCH, {NOBODY HURT}, NEEDS A WRECKER
CAR|~R need help, car break down by di roundabout, {no one hurt}
SCO|~R requests assistance, locked out of the flat, auld lady {uninjured}
AU|~R broken down on the highway, {no one hurt}, wants a tow
CAS|PTRN REQUESTS ESCORT TO CAR WITH WINNINGS, STANDARD
SHIP|guest locked out of cabin, needs keycard
TRB|~R NEEDS RIDE TO THE CLINIC FOR APPT, {NOT URGENT}
CA|~R STUCK IN SNOWBANK, {NO ONE HURT}, NEEDS TOW
PC|~R requests lift assist, 11-24 vehicle on shoulder
MET|311: clr needs help with streetlight out on corner
~R says she {fell} earlier but is {fine}, just needs help up, {no pain}
~R needs jump start in the lot of ~A
""")
_g('missing_found', 'missing', """
~R reports 16yo son late home, ((found at a friend's house, safe))
elderly father walked away from home, ((located at the diner down the street, ok))
~R says 15yo daughter ran away again, {has done this before}, believed at bf's
<<police_only:child missing>> from the store ((found hiding in the clothing rack, reunited))
SO|~R STATES HER BOY AIN'T COME HOME FROM FISHIN, 17 YOA, ((CALLED BACK, HE'S AT HIS COUSIN'S))
CAR|~R report she 15yo missing since morning ((gone by she granny, safe))
SCO|~R reports 16yo no home fae school, ((turned up at his pal's))
AU|~R reports teen missing, ((found at the skatepark, all good))
CAS|<<police_only:LOST CHILD>> AT BUFFET ((LOCATED WITH GRANDMA IN 30 SEC))
SHIP|<<police_only:missing child>> at pool dk 11 ((found in kids club, parents notified))
TRB|~R STATES GRANDSON 15 NOT HOME ((FOUND AT THE GYM, OK))
CA|~R SAYS DAD WITH DEMENTIA WALKED AWAY ((FOUND AT TIMS, SAFE))
PC|missing adult ((returned home, rp cancels))
MET|311: clr reports teen missing overnight ((came home at 8am))
~R says adult son hasn't answered in a day, ((he called back, phone was dead))
~R states wife late from work 2 hrs, ((she called, flat tire))
runaway 17yo returned home on own, ~R wants report closed
""")
# ---- AGENCIES ------------------------------------------------------------
# tag: (name, width, casing, sep, reporters, subjects, locations, headers, trailers, ct_style, ct_prefix)
AGENCIES = [
 ('SO', 'Tallow Co. Sheriff (rural South)', 80, 'upper', ' // ',
  ['COMPL', 'RP', 'CALLER'], ['SUBJ', 'HE', 'MALE'],
  ['OFF CR 118', 'AT THE DOLLAR GENERAL', 'BY THE FEED MILL', 'HWY 9 N', 'AT SHILOH BAPTIST'],
  ['DEP 12 ADV', 'PRI 2', 'CB# ON FILE', 'ZONE 3', 'DISP 4 TAKE', '1ST CALL', 'REF CAD 0412'],
  ['10-8 ENRT', 'ADV 10-76', 'NO FURTHER', 'SEE PRIOR', 'CALLBACK DONE', 'UNIT 4 COPIES']),
 ('MET', 'Metro 311/911 Combined Center', 160, 'asis', ' ; ',
  ['clr', 'CLR', 'caller'], ['ind', 'IND', 'male'],
  ['at 5th Ave/W 41st', 'outside 220 Grand St', 'at the Myrtle Av stn', 'in bldg 4 lobby', 'near the bodega on Pitt'],
  ['xfer from 311', 'PSAP-B', 'pos 14', 'ANI/ALI ok', 'lang line used', 'sr# 311-77420', 'ref prior evt'],
  ['NYPD/EMS notified', 'dup call merged', 'no cb#', 'clr declined contact', 'routed per protocol', 'see evt notes']),
 ('TRB', 'Red Cedar Tribal Police', 120, 'upper', ' - ',
  ['RP', 'CALLER', 'RP'], ['SUBJ', 'MALE', 'HE'],
  ['AT HUD HOUSING LOOP RD', 'BY THE CHAPTER HOUSE', 'ON BIA 12', 'AT THE TRADING POST', 'NEAR THE DAM'],
  ['TPD DISP', 'UNIT T3', 'PRI 2', 'BIA RT 12 SECTOR', 'CALL #2', 'COPY CHIEF'],
  ['T3 ENRT', 'EMS STAGED', 'CAD UPDATED', 'NO CB', 'FAMILY ON SCENE']),
 ('SHIP', 'MV Coral Meridian Security Desk', 100, 'lower', ' | ',
  ['guest', 'crew', 'steward'], ['pax', 'guest', 'crew mbr'],
  ['dk 9 aft', 'cabin 7214', 'lido dk 11', 'atrium dk 5', 'promenade stbd'],
  ['SEC DESK', 'bridge notified', 'log 0231', 'sec 2 resp', 'ph from 4410', 'watch 2'],
  ['staff capt adv', 'cctv pulled', 'sec 1 enrt', 'med team aware', 'entry made']),
 ('CAS', 'Silver Reef Casino Surv/Sec Log', 140, 'upper', ' ** ',
  ['PATRON', 'DEALER', 'HOST'], ['PTRN', 'SUBJ', 'MALE PTRN'],
  ['AT PIT 4', 'HIGH LIMIT ROOM', 'SLOT BANK 22', 'PARKING GARAGE L3', 'BUFFET ENTRANCE'],
  ['SURV CAM 117', 'SEC OFCR 9', 'SHIFT LEAD ADV', 'LOG #4471', 'RADIO CH 2', 'FLOOR CALL'],
  ['TRIBAL PD NOTIFIED', 'CCTV SAVED', 'SEC 3 RESP', 'NO FURTHER', 'GAMING AGENT AWARE']),
 ('SCO', 'Scottish Area Control Room', 90, 'asis', '. ',
  ['INFT', 'inft', 'caller'], ['nominal', 'male', 'MALE'],
  ['at the close on Duke St', 'ootside the Co-op', 'at Govan subway', 'at the flats on Paisley Rd', 'by the chippy'],
  ['AC', 'STORM ref 0456', 'Resp 2', 'CAD opened', 'call taker 7', 'log to follow'],
  ['units tasked', 'inft to be updated', 'no further', 'iVPD check', 'PNC done']),
 ('AU', 'Triple Zero Comms (QLD style)', 150, 'lower', ' -- ',
  ['c/p', 'informant', 'caller'], ['poi', 'male', 'bloke'],
  ['at the servo on Bruce Hwy', 'at the RSL carpark', 'near the bottle-o', 'at the caravan park', 'by the boat ramp'],
  ['QPS', 'job 2207', 'CODE 2', 'ESCAD', 'c/p on mobile', 'ref QP2300'],
  ['crew assigned', 'qas notified', 'c/b made', 'no further', 'units en route']),
 ('CA', 'Prairie Detachment (RCMP style)', 64, 'upper', ' / ',
  ['COMPL', 'CALLER', 'COMP'], ['SUBJ', 'MALE', 'HE'],
  ['AT ARENA', 'ON HWY 16', 'AT COOP', 'AT TIMS', 'BY RINK'],
  ['OCC', 'PRI 3', 'GD', 'TIP', 'CB'],
  ['MBR ENRT', 'NFI', 'NFA', 'CB DONE']),
 ('CAR', 'Island Constabulary Control Room', 110, 'asis', ', ',
  ['caller', 'CALLER', 'informant'], ['man', 'di man', 'fella'],
  ['by di bus park', 'near Half Way Tree', 'at di rum shop', 'by di market', 'on Main Road'],
  ['CONTROL', 'JCF radio', 'Ops room', 'call 3', 'log 118'],
  ['mobile dispatched', 'caller call back', 'no further info', 'beat car notified']),
 ('PC', 'Bayview PD (penal-code shorthand)', 130, 'upper', ' :: ',
  ['RP', 'R/P', 'RP'], ['S1', 'SUSP', 'SUBJ'],
  ['AT 1400 BLK OCEAN', 'BEHIND THE 7-11', 'AT THE TRANSIT CTR', 'AT MARINA LOT', 'IN THE ALLEY OFF 3RD'],
  ['CODE 2', 'PRI 1', 'BEAT 4', 'CAD#23-1187', 'RP ANON', '2ND RP'],
  ['UNITS 10-97', 'RP CB', 'NFI', 'AFD STAGE', 'SEE SUPP']),
]
AG = {a[0]: a for a in AGENCIES}
AG_ORDER = [a[0] for a in AGENCIES]

# ---- CALL TYPES: concept -> style -> list ---------------------------------
CT = {
 'weapon':     {'signal': ['10-32 MAN W/ GUN', 'SIG 27 WEAPON'], 'apco': ['WEAPON', 'MWW'], 'sec': ['WEAPON SIGHTED', 'SEC-WEAPON'], 'uk': ['WEAPONS - BLADE', 'FIREARMS INCIDENT'], 'penal': ['417', '245 ADW'], 'plain': ['MAN WITH WEAPON', 'GUN SEEN']},
 'violence':   {'signal': ['10-16 DOMESTIC', '10-10 FIGHT'], 'apco': ['FIGHT', 'DVA'], 'sec': ['ALTERCATION', 'SEC-FIGHT'], 'uk': ['ASSAULT', 'DOMESTIC ABUSE'], 'penal': ['242', '273.5'], 'plain': ['FIGHT', 'DOMESTIC']},
 'threat':     {'signal': ['SIG 46 THREATS', '10-16 THREATS'], 'apco': ['THREATS', 'THRT'], 'sec': ['THREAT MADE', 'SEC-THREAT'], 'uk': ['THREATS TO KILL', 'MALICIOUS COMMS'], 'penal': ['422', '422 CRIM THREATS'], 'plain': ['THREATS', 'THREATENING']},
 'injury':     {'signal': ['10-50 MEDICAL', 'SIG 5 EMS'], 'apco': ['MED', 'OD'], 'sec': ['MEDICAL', 'SEC-MED CODE'], 'uk': ['CONCERN - MEDICAL', 'AMB REQUEST'], 'penal': ['11-41', '901'], 'plain': ['SICK PERSON', 'MEDICAL EMERGENCY']},
 'suicide':    {'signal': ['10-56 SUICIDE', 'SIG 56 ATT'], 'apco': ['SUICIDE', 'SUIC ATT'], 'sec': ['SELF HARM', 'SEC-WELFARE URGENT'], 'uk': ['CONCERN - SUICIDAL', 'SELF HARM'], 'penal': ['5150 ATT', '5150'], 'plain': ['SUICIDE ATTEMPT', 'PERSON IN CRISIS']},
 'police_only':{'signal': ['10-31 CRIME IP', '10-55 DUI'], 'apco': ['BURG IP', 'DUI'], 'sec': ['THEFT IP', 'LOST CHILD'], 'uk': ['HOUSEBREAKING', 'DRINK DRIVING'], 'penal': ['459', '23152'], 'plain': ['CRIME IN PROGRESS', 'DRUNK DRIVER']},
 'uncertainty':{'signal': ['10-33 OPEN LINE', '911 HANGUP'], 'apco': ['TROUBLE', 'UNK'], 'sec': ['UNKNOWN', 'SEC-CHECK ROOM'], 'uk': ['SILENT CALL', 'CONCERN - UNKNOWN'], 'penal': ['911 HANGUP', 'UNK TROUBLE'], 'plain': ['OPEN LINE', 'UNKNOWN PROBLEM']},
 'noise':      {'signal': ['NOISE COMPL', 'SIG 30 NOISE'], 'apco': ['NOISE'], 'sec': ['NOISE COMPLAINT'], 'uk': ['ASB - NOISE'], 'penal': ['415 MUSIC', '415N'], 'plain': ['NOISE']},
 'dispute':    {'signal': ['10-16V VERBAL', 'DISTURBANCE'], 'apco': ['DVNA', 'DISORD'], 'sec': ['DISPUTE'], 'uk': ['DISTURBANCE', 'NEIGHBOUR DISPUTE'], 'penal': ['415', '415 FAMILY'], 'plain': ['DISPUTE', 'ARGUMENT']},
 'welfare':    {'signal': ['WELFARE CHK', 'CK WELFARE'], 'apco': ['WELFARE'], 'sec': ['WELFARE CHECK'], 'uk': ['CONCERN FOR PERSON'], 'penal': ['WELFARE CHECK'], 'plain': ['CHECK ON PERSON']},
 'theft':      {'signal': ['THEFT RPT', 'SIG 23 LARC'], 'apco': ['THEFT', 'LARC'], 'sec': ['THEFT REPORT'], 'uk': ['THEFT - REPORT'], 'penal': ['484 RPT', '488'], 'plain': ['STOLEN PROPERTY']},
 'found':      {'signal': ['FOUND PROP'], 'apco': ['FOUNDPROP', 'INFO'], 'sec': ['LOST AND FOUND'], 'uk': ['FOUND PROPERTY'], 'penal': ['FOUND PROP'], 'plain': ['FOUND ITEM']},
 'mental':     {'signal': ['MENTAL SUBJ', 'CRISIS REQ'], 'apco': ['MNTL', 'EDP'], 'sec': ['GUEST SUPPORT'], 'uk': ['CONCERN - MENTAL HEALTH'], 'penal': ['5150 EVAL REQ', 'MH REFERRAL'], 'plain': ['MENTAL HEALTH']},
 'trespass':   {'signal': ['TRESPASS', 'UNWANTED'], 'apco': ['TRESPASS'], 'sec': ['TRESPASS - 86'], 'uk': ['ASB - UNWANTED'], 'penal': ['602', '602 TRESP'], 'plain': ['UNWANTED PERSON']},
 'intox':      {'signal': ['DRUNK SUBJ', '10-56A'], 'apco': ['INTOX'], 'sec': ['INTOX GUEST'], 'uk': ['DRUNK PERSON'], 'penal': ['647F', '647(F)'], 'plain': ['DRUNK PERSON']},
 'unhoused':   {'signal': ['VAGRANT', 'CHECK SUBJ'], 'apco': ['VAG', 'HOMELESS'], 'sec': ['UNAUTH PERSON'], 'uk': ['ROUGH SLEEPER'], 'penal': ['TRANSIENT', '647E'], 'plain': ['HOMELESS PERSON']},
 'alarm':      {'signal': ['10-90 ALARM'], 'apco': ['ALARM'], 'sec': ['ALARM ACTIVATION'], 'uk': ['ALARM - INTRUDER'], 'penal': ['459A AUD ALARM'], 'plain': ['ALARM']},
 'info':       {'signal': ['INFO', '10-21 CALL'], 'apco': ['INFO', 'NONEMERG'], 'sec': ['INFO LOG'], 'uk': ['ADVICE'], 'penal': ['INFO', 'RPT CALL'], 'plain': ['INFORMATION']},
 'suspicious': {'signal': ['SUSP PERS', '10-37 SUSP VEH'], 'apco': ['SUSP', 'SUSPV'], 'sec': ['SUSPICIOUS ACTIVITY'], 'uk': ['SUSPICIOUS CIRCS'], 'penal': ['SUSP CIRC', '1154'], 'plain': ['SUSPICIOUS PERSON']},
 'juvenile':   {'signal': ['JUV PROB'], 'apco': ['JUV', 'TRUANT'], 'sec': ['UNATTENDED MINOR'], 'uk': ['ASB - YOUTHS'], 'penal': ['JUV DIST'], 'plain': ['YOUTHS LOITERING']},
 'civil':      {'signal': ['CIVIL MATTER'], 'apco': ['CIVIL', 'CDX'], 'sec': ['GUEST DISPUTE'], 'uk': ['CIVIL DISPUTE'], 'penal': ['CIVIL STANDBY'], 'plain': ['CIVIL MATTER']},
 'animal':     {'signal': ['LIVESTOCK OUT', 'ANIMAL COMPL'], 'apco': ['ANIMAL'], 'sec': ['ANIMAL ON PROPERTY'], 'uk': ['ANIMALS ON ROAD'], 'penal': ['ANIMAL CTRL'], 'plain': ['ANIMAL PROBLEM']},
 'harassment': {'signal': ['HARASSMENT'], 'apco': ['HARR'], 'sec': ['GUEST COMPLAINT'], 'uk': ['HARASSMENT'], 'penal': ['653M', '653X'], 'plain': ['HARASSMENT']},
 'assist':     {'signal': ['MOTORIST ASST', '10-43 ASSIST'], 'apco': ['ASSIST', 'CITASST'], 'sec': ['GUEST ASSIST'], 'uk': ['ASSIST PUBLIC'], 'penal': ['ASSIST', 'LIFT ASSIST'], 'plain': ['ASSISTANCE']},
 'missing':    {'signal': ['MISSING PERS'], 'apco': ['PERMISS', 'RUNAWAY'], 'sec': ['MISSING GUEST'], 'uk': ['MISSING PERSON'], 'penal': ['MISSING ADULT', '601 RUNAWAY'], 'plain': ['MISSING PERSON']},
}
AG_STYLE = {'SO': 'signal', 'MET': 'apco', 'TRB': 'apco', 'SHIP': 'sec', 'CAS': 'sec', 'SCO': 'uk', 'AU': 'uk', 'CA': 'plain', 'CAR': 'plain', 'PC': 'penal'}
MILD = ['welfare', 'noise', 'suspicious', 'assist', 'info', 'dispute', 'alarm', 'intox']
KINDS = ['weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty']
# ---- GENERATOR -------------------------------------------------------------
import csv, hashlib, io, json, os, re, sys, random

SEED = 20270519
N_ROWS, N_RED, N_CUT = 1000, 424, 200
RED_CUT_CATS = ['tail'] * 34 + ['before_key'] * 33 + ['inside_key'] * 13
ELIG_CUT_CATS = ['after'] * 34 + ['decoy'] * 33 + ['inside_res'] * 33 + ['inside_key'] * 20
TOK = re.compile(r'\[\[(\w+):(.*?)\]\]|<<(\w+):(.*?)>>|\(\((.*?)\)\)|\{(.*?)\}')


def load(block):
    out = []
    for line in block.strip('\n').split('\n'):
        line = line.strip()
        if not line:
            continue
        tag = None
        m = re.match(r'^([A-Z]{2,4})\|(.*)$', line)
        if m and m.group(1) in AG:
            tag, line = m.group(1), m.group(2)
        out.append((tag, line))
    return out


def parse(raw):
    segs, pos = [], 0
    for m in TOK.finditer(raw):
        if m.start() > pos:
            segs.append(['plain', '', raw[pos:m.start()]])
        if m.group(1):
            segs.append(['key', m.group(1), m.group(2)])
        elif m.group(3):
            segs.append(['alarm', m.group(3), m.group(4)])
        elif m.group(5) is not None:
            segs.append(['res', '', m.group(5)])
        else:
            segs.append(['decoy', '', m.group(6)])
        pos = m.end()
    if pos < len(raw):
        segs.append(['plain', '', raw[pos:]])
    return segs


def markup(segs):
    out = []
    for t, k, x in segs:
        out.append({'plain': '%s', 'key': '[[' + k + ':%s]]', 'alarm': '<<' + k + ':%s>>',
                    'res': '((%s))', 'decoy': '{%s}'}[t] % x)
    return ''.join(out)


def spans_of(segs):
    """clean text + spans [type, kind, s, e, res_index]."""
    text, spans, pos = [], [], 0
    for t, k, x in segs:
        if t != 'plain':
            spans.append([t, k, pos, pos + len(x), None])
        text.append(x)
        pos += len(x)
    open_alarm = None
    for i, sp in enumerate(spans):
        if sp[0] == 'alarm':
            open_alarm = i
        elif sp[0] == 'res' and open_alarm is not None:
            spans[open_alarm][4] = i
            open_alarm = None
    return ''.join(text), spans


def alnum(s):
    return sum(1 for c in s if c.isalnum())


def survives(text, s, e, W):
    if e <= W:
        return True
    if s >= W:
        return False
    span = text[s:e]
    if any(c.isspace() for c in span):
        return False
    n = alnum(span)
    return n > 5 and alnum(text[s:W]) >= max(5, n - 3)


def evaluate(text, spans, W):
    """returns dict kind -> evidence (first in text order), W is kept width (len if uncut)."""
    found = {}
    for t, k, s, e, ri in spans:
        if t not in ('key', 'alarm'):
            continue
        if not survives(text, s, e, W):
            continue
        if t == 'alarm' and ri is not None and spans[ri][3] <= W:
            continue  # resolved and resolution kept whole
        if k not in found:
            found[k] = text[s:min(e, W)]
    return found


def classify(text, spans, W):
    for t, k, s, e, ri in spans:
        if s < W < e:
            if t in ('key', 'alarm'):
                span = text[s:e]
                if not any(c.isspace() for c in span) and alnum(span) > 5 and 1 <= e - W <= 4:
                    return 'tail'
                return 'inside_key'
            return {'res': 'inside_res', 'decoy': 'decoy'}[t]
    if not spans or W >= max(sp[3] for sp in spans):
        return 'after'
    keys = [sp for sp in spans if sp[0] in ('key', 'alarm')]
    if keys and W <= min(sp[2] for sp in keys):
        return 'before_key'
    return 'between'


def typo_word(w, rng):
    ops = ['drop', 'double', 'swap', 'vowel']
    for _ in range(10):
        op = rng.choice(ops)
        i = rng.randrange(1, len(w) - 1)
        if op == 'drop':
            nw = w[:i] + w[i + 1:]
        elif op == 'double':
            nw = w[:i] + w[i] + w[i:]
        elif op == 'swap':
            nw = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        else:
            vs = 'aeiou' if w[i].islower() else 'AEIOU'
            if w[i] not in vs:
                continue
            nw = w[:i] + rng.choice([v for v in vs if v != w[i]]) + w[i + 1:]
        if nw != w and nw.lower() != w.lower():
            return nw
    return w[:-1] + w[-1] + w[-1]


def apply_typo(segs, mode, rng):
    """mode 'key' or 'plain'; returns where the typo went or None."""
    if mode == 'key':
        idx = [i for i, s in enumerate(segs) if s[0] in ('key', 'alarm') and re.search(r'[A-Za-z]{3,}', s[2])]
        where = 'key'
        if not idx:
            mode = 'plain'
    if mode == 'plain':
        idx = [i for i, s in enumerate(segs) if s[0] == 'plain' and re.search(r'[A-Za-z]{4,}', s[2])]
        where = 'plain'
    if not idx:
        return None
    i = rng.choice(idx)
    ws = list(re.finditer(r'[A-Za-z]{3,}' if where == 'key' else r'[A-Za-z]{4,}', segs[i][2]))
    m = rng.choice(ws)
    x = segs[i][2]
    segs[i][2] = x[:m.start()] + typo_word(m.group(0), rng) + x[m.end():]
    return where


PREPS = ('at', 'by', 'in', 'on', 'near', 'outside', 'ootside', 'behind', 'off')


def bare_loc(loc):
    first, _, rest = loc.partition(' ')
    return rest if first.lower() in PREPS and rest else loc


def render(raw, tag, rng, typo_mode, hdr_p=(0, 1, 1, 2, 2, 3), trl_p=(0, 0, 1, 1, 2)):
    a = AG[tag]
    _, _, W, casing, sep, reps, subs, locs, hdrs, trls = a[:10]
    filled = re.sub('~R', lambda m: rng.choice(reps), raw)
    filled = re.sub('~S', lambda m: rng.choice(subs), filled)
    filled = re.sub(r'(?i)\b(at|of|in|near|outside|behind|by|around|to|from) ~A',
                    lambda m: m.group(1) + ' ' + bare_loc(rng.choice(locs)), filled)
    filled = re.sub('~A', lambda m: rng.choice(locs), filled)
    segs = parse(filled)
    where = apply_typo(segs, typo_mode, rng) if typo_mode else None
    head = sep.join(rng.sample(hdrs, rng.choice(hdr_p)))
    tail = sep.join(rng.sample(trls, rng.choice(trl_p)))
    if head:
        segs.insert(0, ['plain', '', head + sep])
    if tail:
        segs.append(['plain', '', sep + tail])
    f = {'upper': str.upper, 'lower': str.lower, 'asis': str}[casing]
    segs = [[t, k, f(x)] for t, k, x in segs]
    # merge adjacent plain
    merged = []
    for s in segs:
        if merged and s[0] == 'plain' and merged[-1][0] == 'plain':
            merged[-1][2] += s[2]
        else:
            merged.append(s)
    text, spans = spans_of(merged)
    return merged, text, spans, where


def feasible(raw, cat, label):
    has = lambda p: p in raw
    if cat == 'decoy':
        return has('{')
    if cat == 'inside_res':
        return has('<<') and has('((')
    if cat == 'inside_key':
        return has('[[') if label == 'red' else has('<<')
    if cat == 'tail':
        return any(not any(c.isspace() for c in m.group(2)) and alnum(m.group(2)) > 5
                   for m in re.finditer(r'\[\[(\w+):(.*?)\]\]', raw))
    return True


def build(want_markup=False):
    rng = random.Random(SEED)
    labels = ['red'] * N_RED + ['eligible'] * (N_ROWS - N_RED)
    rng.shuffle(labels)
    red_idx = [i for i in range(N_ROWS) if labels[i] == 'red']
    el_idx = [i for i in range(N_ROWS) if labels[i] == 'eligible']
    cut_cat = {}
    rc = list(RED_CUT_CATS); rng.shuffle(rc)
    ec = list(ELIG_CUT_CATS); rng.shuffle(ec)
    for i, c in zip(sorted(rng.sample(red_idx, len(rc))), rc):
        cut_cat[i] = c
    for i, c in zip(sorted(rng.sample(el_idx, len(ec))), ec):
        cut_cat[i] = c
    typo_mode = {}
    for i in rng.sample(red_idx, 150):
        typo_mode[i] = 'key'
    for i in rng.sample([i for i in range(N_ROWS) if i not in typo_mode], 150):
        typo_mode[i] = 'plain'

    red_t = {k: load(RED[k]) for k in KINDS}
    el_groups = list(ELIG.keys())
    el_t = {g: load(ELIG[g]) for g in el_groups}
    kind_use = {k: 0 for k in KINDS}
    grp_use = {g: 0 for g in el_groups}
    t_use = {}
    ag_use = {t: 0 for t in AG_ORDER}
    cut_use = {t: 0 for t in AG_ORDER}
    seen = set()
    rows, meta = [], []
    for i in range(N_ROWS):
        lab = labels[i]
        cat = cut_cat.get(i)
        if lab == 'red':
            pools = [(k, red_t[k]) for k in sorted(KINDS, key=lambda k: (kind_use[k], KINDS.index(k)))]
        else:
            pools = [(g, el_t[g]) for g in sorted(el_groups, key=lambda g: (grp_use[g], rng.random()))]
        done = None
        for pname, tl in pools:
            cands = [t for t in tl if cat is None or feasible(t[1], cat, lab)]
            cands.sort(key=lambda t: (t_use.get(t[1], 0), rng.random()))
            for tag, raw in cands:
                if cat is None:
                    ags = [tag] if tag else sorted(AG_ORDER, key=lambda a: (ag_use[a], rng.random()))
                else:
                    ags = [tag] if tag else sorted(AG_ORDER, key=lambda a: (cut_use[a], rng.random()))
                tries = 40 if cat is None else (300 if tag else 120)
                for n in range(tries):
                    ag = ags[n % len(ags)] if cat is None else ags[(n // 12) % len(ags)]
                    W = AG[ag][2]
                    if cat is None:
                        hp = (0, 1, 1, 2, 2, 3) if n < tries // 2 else (0, 0, 1)
                        tp = (0, 0, 1, 1, 2) if n < tries // 2 else (0, 0, 1)
                    else:
                        hp, tp = (0, 1, 2, 3, 4), (0, 1, 2, 3)
                    segs, text, spans, where = render(raw, ag, rng, typo_mode.get(i), hp, tp)
                    if cat is None:
                        if len(text) > W or text in seen:
                            continue
                        out = text
                    else:
                        if len(text) <= W or text[W - 1] == ' ' or classify(text, spans, W) != cat:
                            continue
                        out = text[:W]
                        if out in seen:
                            continue
                    done = (pname, tag, raw, ag, W, segs, text, spans, where, out)
                    break
                if done:
                    break
            if done:
                break
        if not done:
            raise SystemExit('no template fits row %d (%s %s)' % (i, lab, cat))
        pname, tag, raw, ag, W, segs, text, spans, where, out = done
        seen.add(out)
        t_use[raw] = t_use.get(raw, 0) + 1
        ag_use[ag] += 1
        if cat:
            cut_use[ag] += 1
        if lab == 'red':
            kind_use[pname] += 1
        else:
            grp_use[pname] += 1
        keptW = W if cat else len(text)
        found = evaluate(text, spans, keptW)
        flags = [k for k in KINDS if k in found]
        if flags:
            reason = '; '.join("%s <- '%s'" % (k, found[k]) for k in flags)
            label = 'red_flag'
        elif lab == 'red':
            reason = 'eligible: red cue lost to cut (%s)' % pname
            label = 'eligible'
        else:
            reason = 'eligible: %s' % pname
            label = 'eligible'
        if cat:
            reason += '; truncated at %d' % W
        style = AG_STYLE[ag]
        if lab == 'red':
            concept = pname if rng.random() < 0.7 else rng.choice(MILD)
        else:
            concept = ELIG_CONCEPT[pname] if rng.random() < 0.8 else rng.choice(KINDS)
        ct = rng.choice(CT[concept][style])
        if ag == 'MET' and lab == 'eligible' and rng.random() < 0.3:
            ct = '311-' + ct
        rid = 'B18-%04d' % (i + 1)
        rows.append([rid, ct, out, label, ';'.join(flags), reason, 'blind18'])
        meta.append({'id': rid, 'agency': ag, 'width': W, 'cut': bool(cat), 'cut_cat': cat or '',
                     'intended': lab, 'source': pname, 'pinned': bool(tag), 'concept': concept,
                     'typo': where or '', 'markup': markup(segs)})
    return rows, meta


def to_csv(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split'])
    w.writerows(rows)
    return buf.getvalue().encode('ascii')


def main(argv):
    args = [a for a in argv if not a.startswith('--')]
    outdir = args[0] if args else '.'
    rows, meta = build()
    data = to_csv(rows)
    with open(os.path.join(outdir, 'blind18.csv'), 'wb') as f:
        f.write(data)
    if '--markup' in argv:
        with open(os.path.join(outdir, 'blind18_markup.jsonl'), 'w') as f:
            for m in meta:
                f.write(json.dumps(m, sort_keys=True) + '\n')


if __name__ == '__main__':
    main(sys.argv[1:])
