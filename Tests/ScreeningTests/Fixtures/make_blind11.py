#!/usr/bin/env python3
"""make_blind11.py - generate the blind11 held-out set of public-CAD-log style call narratives.

Standard library only.  Seeded with random.Random(20261213).  No set or hash iteration order
reaches the output (only lists and insertion-ordered dicts are iterated).

Usage:  python3 make_blind11.py [OUTDIR]     (default: directory of this script)

Markup used in the situation templates below (flags come ONLY from this markup):
  [[k:text]]   decisive red key of kind(s) k (w,v,t,i,s,p,u; comma-joined)
  <<k:text>>   alarming first report of kind(s) k; it is paired, in order, with the
  ((text))     resolution that follows it.  The alarm flags only if the resolution
               does not survive whole after truncation.
  {{text}}     negation / history cue (decoy, never flags; written before the danger word)
  {slot}       filler slot (rp, sts, loc, veh, desc, apt)
  |            entry separator (rendered with the agency's joiner / timestamps)
A line starting with @XX is written in agency XX's local shorthand and is only used there.
"""
import csv
import io
import os
import random
import re
import sys

SEED = 20261213
N_ROWS = 1000
N_RED_INTENT = 395
TRUNC_FRAC = 0.20
SPLIT = 'blind11'
KINDS = ['weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty']
KABBR = {'w': 'weapon', 'v': 'violence', 't': 'threat', 'i': 'injury', 's': 'suicide',
         'p': 'police_only', 'u': 'uncertainty'}

RED_TEMPLATES = r"""
== weapon | red | WEAPONS COMPLAINT;SUBJ W/ WEAPON;MAN W/ GUN;ARMED SUBJ;ASSAULT W/ WEAPON;SHOTS FIRED | SUSP PERSON;DISTURBANCE;SUSP CIRCS;TROUBLE W/ SUBJ
{desc} {loc} w/ [[w:knife]] out, waving it at cars going by
subj on bench sharpening a [[w:machete]] | yelling at ppl walking past
{rp} {sts} neighbor [[w:pointed a rifle]] at him over the fence | neighbor back inside now
[[w:shots fired]] just now, 3-4 rounds | {rp} saw dk sedan leave NB
male w/ [[w:handgun]] in waistband {loc}, arguing w/ clerk
subj swinging a [[w:baseball bat]] at parked cars, {rp} hiding in store
female holding a [[w:broken bottle]] to bf's neck in the lot
subj w/ [[w:hatchet]] chopping at front door of ex's apt {apt}
{rp} {sts} husband loading a [[w:shotgun]] in kitchen, very angry at son
male chasing another down the alley w/ a [[w:screwdriver]] held like a knife
subj in aisle 6 w/ [[w:box cutter]] open, slashing at merchandise, staff scared
road rage, other driver [[w:brandished a pistol]] at {rp} on the fwy, still behind rp
driver [[w:tried to run over]] his gf in the lot, now circling back around
subj [[w:swinging a chain]] at ppl outside the bar
neighbor on porch w/ [[w:crossbow]] aimed toward the street
male holding a [[w:hammer]] over his head, advancing on his mother
{rp} hears [[w:gunshots]] from the apt upstairs, now quiet
subj [[w:firing a gun]] into the air at the block party
male w/ [[w:tire iron]] smashing windows of occupied car, driver still in it
subj spraying [[w:pepper spray]] at the cashier, still in store
ex bf at the door w/ a [[w:stun gun]], clicking it, wont leave
homeowner in driveway w/ [[w:AR style rifle]] yelling at the landscapers
3 callers rpt a [[w:man w/ gun]] inside the laundromat
two males fighting on the corner, one has a [[w:knife]]
subj w/ [[w:nunchucks]] at the bus shelter swinging at whoever walks by
juv showed a [[w:gun]] from his backpack to other kids at the park
{rp} sees male in parked car loading rounds into a [[w:pistol]]
male on 2nd flr balcony holding a [[w:sword]], yelling at neighbors below
drunk uncle w/ [[w:steak knife]] in kitchen | family waiting outside
fired cook at back door of restaurant w/ a [[w:meat cleaver]], asking for mgr
caller heard [[w:one shot]] next door, couple still arguing
subj pointing a [[w:flare gun]] at passing cars from the overpass
male w/ [[w:slingshot]] shooting ball bearings at windows, ppl inside
subj swinging a [[w:metal pipe]] at the bus driver thru the door
ex wife parked in lot w/ [[w:rifle]] across her lap
customer [[w:pulled a blade]] on cashier over a refund
juvs w/ [[w:airsoft rifles]] pointing them at drivers, look real
subj in front yard holding an [[w:axe]], says nobody comes near
roommate waving a [[w:kitchen knife]] during argument, rp in bedroom
[[w:shots fired]] from a veh into a house, occupied per rp
male at ATM, [[w:gun]] showing under shirt, watching ppl
bouncer sts patron wearing [[w:brass knuckles]], wants to fight outside
subj holding a [[w:syringe]] like a weapon, lunging at security
subj carrying a [[w:2x4 w/ nails]] up the block toward ppl
driver [[w:drove at]] crowd leaving the bar, missed, came back around
neighbor [[w:shooting at]] dogs in yard, kids playing next door
{rp} knocked, heard someone [[w:racking a shotgun]] behind the door
mom {sts} 17yo son has [[w:dad's pistol]], locked in his room, yelling
male waving an [[w:ice pick]] at staff in the ER lobby
subj swung a [[w:skateboard]] at guard's head, missed, still on prop
man walking down median w/ [[w:rifle]] slung, unk if loaded
@CA [[w,v:245]] W/ BAT JUST OCC, SUSP STILL IFO THE STORE
@CA POSS [[w:417]] - SUBJ FLASHING A BLACK HANDGUN AT BUS STOP
@CA 415 IN LOT, NOW SUBJ HOLDING A [[w:KNIFE]] PER 2ND RP
@NE C/O STATES PERP HAS A [[w:KNIFE]] IN THE LOBBY, STILL THERE
@NE [[w:SHOTS FIRED]] REAR YARD, C/O HEARD 2, NO DESC
subj swinging a [[w:golf club]] at a car w/ a family in it
male w/ [[w:bow and arrow]] on garage roof aiming at yards
kid's dad came to school pickup w/ [[w:gun]] on hip, yelling at coach
subj in lobby tossing a [[w:lit flare]] at staff
elderly male sitting on porch w/ [[w:revolver]] in his lap, yelling at kids to get off lawn
subj at gas station [[w:pointing a taser]] at the clerk
neighbor waving a [[w:shovel]] over his head, screaming at rp's husband
== violence | red | ASSAULT;FIGHT;BATTERY;DOMESTIC VIOLENCE;ASSAULT IP | DISTURBANCE;VERBAL DISPUTE;FAMILY TROUBLE;TROUBLE W/ SUBJ
two males [[v:punching each other]] in street, one now on the ground
bf [[v:dragged her by the hair]] out of the car, both still in lot
{rp} {sts} husband [[v:choked her]] 5 min ago, he is still in the house
subj [[v:throwing rocks]] at passing buses from the bridge
group of 4 [[v:kicking a man]] who is on the ground {loc}
customer [[v:threw hot coffee]] on the cashier, still at counter
roommate [[v:shoved rp down the stairs]], now in his room
male [[v:chasing]] a juv down the block, yelling he'll get him
[[v:fight just broke up]], one guy still here w/ [[i:bleeding nose]]
customer [[v:grabbed]] clerk by the shirt over the counter
subj on bus [[v:spitting on]] passengers and swinging fists
son [[v:shoved mom]] into the wall | punched holes in drywall
father [[v:slapped]] his 15yo hard IFO the store
shoplift suspect [[v:bit]] the security guard, still detained at door
subj [[v:head butted]] the bartender, still in bar
neighbors [[v:wrestling]] on front lawn, wives screaming
bf [[v:pinned her down]] on bed, she got away, he's outside the apt
pt [[v:throwing chairs]] at staff in the ER waiting room
3 students [[v:jumped]] another kid at the bus stop, still going
driver got out and [[v:punched rp]] thru car window, still at light
pt [[v:kicked the nurse]] and is fighting security now
male [[v:kneeing]] another male on sidewalk, crowd forming
woman [[v:scratched]] bf's face, both still yelling in hall
mom [[v,p:hitting toddler]] w/ shoe in the parking lot
subj [[v:pushing people]] near the platform edge
landlord [[v:shoved tenant]] out the door, she fell, landlord still there
8-10 ppl [[v:brawling]] in parking lot of the club
subj [[v:threw a brick]] thru the window at the ppl inside
ex [[w,v:rammed]] rp's car w/ his truck, both in lot
[[v:fist fight]] at the basketball court, still going
sister [[v:pulled a chunk]] of rp's hair out, sister still home
patron [[w,v:smashed a glass]] over another guy's head
man [[v:tackled]] a woman at the bus stop, she is yelling
subj [[v:elbowed]] elderly man in line, still in store
2 females [[v:pulling hair]] and swinging in the aisle
bf [[v:threw her phone]] at her and then grabbed her arm
dad and adult son [[v:trading punches]] in the garage
subj [[v,i:stomping on]] a man's head in the lot
roommate [[v:threw a plate]] at rp, cut on arm [[i:bleeding]]
driver [[w,v:dragged]] parking attendant w/ his car, stopped at exit
crowd [[v:throwing bottles]] at each other after the game
teen [[v:attacking]] his grandmother, she locked herself in the bathroom
subj [[v:throwing punches]] at the bus driver
2 drivers [[v:fighting in the intersection]] after crash
man [[v:twisting]] a woman's arm behind her back outside the club
tenant [[v:beat up]] the maintenance man, still on property
son [[v:knocked dad down]] and took his car keys, still in driveway
subj [[v:throwing furniture]] off the balcony at ppl below
resident [[v:biting and kicking]] staff at the group home
bf [[v:smothered her]] w/ a pillow earlier tonight, he's asleep in there now
@CA [[v:242]] JUST OCC AT BUS STOP, SUSP W/M RED HOODIE WALKING SB
@CA [[v:273.5]] - RP STS BF HIT HER, HE IS STILL ON SCENE
@CA 415 FAMILY, NOW [[v:PHYSICAL]] PER RP, MOM AND SON
@NE C/O STATES [[v:ASSAULT IP]] IN THE STAIRWELL, 2 MALES
@NE CALLER REPORTS HUSB [[v:STRUCK HER]] W/ CLOSED FIST, HE IS IN APT
ppl [[v:rocking a car]] w/ driver inside, trying to open doors
subj [[v:swinging at]] anyone who walks past the bodega
wife sts husb [[v:bit her]] on the arm during argument, he's in garage
coach [[v:shoved a player]] into the fence, parents yelling
two tenants [[v:slamming each other]] into the mailboxes
== threat | red | THREATS;CRIMINAL THREATS;HARASSMENT W/ THREATS | HARASSMENT;DISTURBANCE;TROUBLE W/ SUBJ;SUSP CIRCS;CIVIL MATTER
ex texting he is [[t:going to kill her]] and is on his way over
neighbor {sts} he will [[t:burn rp's house down]] tonight
subj in lobby [[t:threatening to shoot]] staff, still there
customer left saying he'll [[t:come back w/ his gun]], {desc}
tenant told landlord [[t:you're dead]], still standing in the hall
rp got voicemail saying [[t:I know where your kids are]], ex bf
coworker told rp he'll [[t:shoot up the office]] tomorrow
student posted a [[t:threat to bring a gun]] to school in the morning
male following rp saying he is going to [[t:cut her]]
bf [[t:threatening to beat]] rp if she leaves the house
subj [[t:threatening to stab]] the clerk over a pack of cigs
roommate [[t:said he would kill]] rp's cat and then rp
driver [[t:threatened to run him over]], still in lot
son [[t:threatening to hurt]] mom, standing in the doorway
neighbor [[t:said he'll blow up]] the building w/ the gas line
caller's dealer [[t:threatening to kill]] him over money, outside now
ex husb threatened to take the kids and [[t:kill her]], calling repeatedly
man in pickup [[t:said he'd shoot]] the dog walker next time
juvs [[t:said they'd jump]] rp's son after school today
patron [[t:threatening to fight]] the bouncer, refusing to leave
tenant [[t:threatening to torch]] the leasing office
customer [[t:swore he'd kill]] the manager, walking to his car
subj yelling [[t:I'll shoot you]] from 2nd floor window at rp
note on windshield [[t:next time it's your head]]
store mgr got a [[t:bomb threat]] on the phone, evacuating
man [[t:threatened to stab]] the bus driver, still on bus
subj [[t:saying he'll hurt]] the first person who talks to him
neighbor [[t:threatened to shoot]] rp's dog and rp
fired employee [[t:vowing revenge]] against supervisor, in lot now
sister [[t:threatening to stab]] rp if she comes home
ex has been [[t:threatening]] rp by text all day, now parked outside
caller sts ppl [[t:threatening to shoot up]] the party, on ig live
road rage driver following rp and [[t:threatening to beat]] him
subj [[t:made threats to kill]] staff at the shelter
bf [[t:said he would strangle]] her when he gets home at 6
man outside school [[t:threatening to grab]] a kid
customer [[t:threatened to slash]] the clerk and his tires
uncle [[t:threatening to beat]] nephew w/ a belt, nephew hiding
caller getting calls saying [[t:I'm coming to kill you]]
subj [[t:says he has a bomb]] in his bag at the counter
driver [[t:threatening to ram]] the gate guard shack
woman [[t:threatening to throw acid]] on her ex's gf
tenant [[t:threatening to kill]] the landlord's family
ex gf [[t:said she'd stab]] rp's new gf, on the way
subj [[t:threatened to set fire]] to the motel room
male [[t:making threats]] at the pharmacy counter, pacing
subj [[t:threatening to kick rp's ass]], still on porch
landlord [[t:threatened to shoot]] tenants if they don't leave
@CA [[t:422]] - EX BF ON PHONE STS HE IS OUTSIDE RIGHT NOW
@CA RP REC'D TEXTS FROM BRO, [[t:WILL KILL HIM]] WHEN HE SEES HIM
@NE C/O REPORTS EX [[t:THREATENED TO SHOOT]] HER, EX ON BLOCK
client at DMV [[t:threatening the clerk]] w/ violence, still inside
teen sts classmate [[t:plans to shoot]] someone at the dance tonight
passenger [[t:threatening to choke]] the rideshare driver
kid's father [[t:threatening to beat]] the coach after the game
guy at the door [[t:threatening to break in]] and hurt rp
caller's ex [[t:said he'll run her down]] when she leaves work
neighbor [[t:threatening w/ his fists]] and saying he'll come over
== injury | red | MEDICAL;PERSON DOWN;UNCONSCIOUS PERSON;OVERDOSE;FALL W/ INJURY;SICK CASE | WELFARE CHECK;ASSIST CITIZEN;INTOXICATED PERSON;CHECK THE AREA
driver [[i:slumped over]] the wheel at the light, not moving w/ horn
male on the bus bench, [[i:unresponsive]] | rp shook him, nothing
elderly F [[i:fell]] in kitchen, [[i:head bleeding]], on floor
[[i:OD]], narcan given x2, friend doing CPR
subj [[i:seizing]] on the sidewalk {loc}
male [[i:bleeding heavily]] from hand after punching a window
woman [[i:unconscious]] in the restroom stall, staff cant wake her
juv [[i:not breathing]], mom doing CPR
man in tent [[i:cold to touch]], per outreach worker
subj [[i:turning blue]] in stairwell, friend freaking out
fell from ladder, [[i:+LOC]], now awake c/o neck pain
pt [[i:UNCON]]/BREATHING, ETOH, on floor of bar bathroom
[[i:23-D-1]] OD, pt in car, friend on phone
[[i:9-E-1]] elderly male, wife sts he isnt breathing
subj [[i:vomiting blood]] in the lobby
elderly male [[i:fell in the shower]], cant get up, [[i:hit head]]
worker [[i:fell from scaffold]], 2nd story
male [[w,i:stab wound]] to abdomen, walked into store
pt [[i:choking]] on food, can't breathe, turning red
female [[i:in labor]], baby coming, in the car
male [[i:chest pains]], sweating, pale, 60s
subj [[i:passed out]] on the train platform
subj [[i:foaming at mouth]] behind the dumpster
child [[i:fell from window]], 2nd floor
ped [[i:struck by car]], driver stayed, ped in road
cyclist [[i:down, bleeding]] from head after fall
subj on floor, [[i:snoring respirations]], cant wake
male [[i:burned]] his hands and arms on grill, skin peeling
[[i:dog bite]], victim [[i:bleeding]] from leg
pt [[i:overdosed]] on her pills by accident, very drowsy
ETOH, [[i:unable to wake]], friends left him on porch
female [[i:not moving]] in car, windows up, hot day
subj [[i:hypothermic]], laying in the snow by the church
man [[i:collapsed]] at the bus stop
[[w,i:GSW]] to leg, walked into the gas station
[[i:broken leg]], bone showing, fell off skateboard
pt [[i:stroke sx]], face drooping, slurred speech, onset 20 min
[[i:allergic reaction]], throat swelling, epi pen used
subj [[i:DLOC]] on sidewalk, ETOH
male [[i:face down]] in puddle, not moving
juv [[i:fell off bike]], arm deformed
subj [[i:in and out]] of consciousness
mom sts baby is [[i:limp]] and pale
worker [[i:pinned under]] a pallet jack
[[i:head injury]] after slip on ice, confused
elderly female [[i:on floor 2 days]], weak, cant get up
subj [[i:barely breathing]], friend says he took something
male [[i:lying in roadway]], not moving
runner [[i:heat stroke]], confused, stopped sweating
subj [[i:cut his hand]] on glass, [[i:bleeding a lot]]
infant [[i:not breathing]], dad on the line
elderly male [[i:fell down stairs]], cant move legs
subj having a [[i:seizure]] in checkout lane
kid pulled from pool, [[i:not breathing]]
@CA [[i:PERSON DOWN]] NOT RESPONDING, SHALLOW BREATHING
@NE [[i:AIDED UNCONSCIOUS]] ON SUBWAY STAIRS, C/O STANDING BY
subj [[i:bleeding from ears]] after fall at bus stop
diabetic, [[i:unresponsive]], roommate found her
kid called, mommy [[i:won't wake up]]
pt on dialysis, [[i:can't breathe]], lips grey
man fell off roof, [[i:not moving]], wife screaming
== suicide | red | SUICIDAL SUBJ;SUICIDE ATTEMPT;ATTEMPT SUICIDE;MENTAL CRISIS | WELFARE CHECK;MENTAL;CHECK THE WELFARE;ASSIST CITIZEN
{rp} {sts} brother [[s:has pills lined up]] and says tonight is the night
female [[s:standing on bridge railing]] {loc}
male [[s,i:cut his wrists]] in the bathroom, roommate holding towel
friend sent [[s:goodbye messages]] and gave away her dog
subj [[s:sitting on ledge]] of parking garage, 5th floor
husb [[w:has a gun]] and [[s:says he wants to die]], in the bedroom
teen [[s,i:took a bottle of pills]] 20 min ago, alert for now
male [[s,i:hanging]] in garage, rp cut him down, breathing
caller himself [[s:plans to jump]] in front of the train tonight
subj in car w/ [[s:engine running in closed garage]]
veteran [[s:wrote a note]] and left house w/ a [[w:rifle]]
woman [[s:walking into the river]], rp watching from bank
pt [[s:has a rope]] and a chair in the closet, wants to die
subj [[s:standing on the tracks]], train due
rp's mom [[s,i:overdosed on purpose]], took all her meds
son has a [[w:knife]] [[s:to his own throat]] in kitchen
male [[s,i:drank antifreeze]] to end it, 30 min ago
female [[s:posted a suicide note]] on ig an hour ago
subj [[s:pouring gasoline on himself]], holding a lighter
@CA 5150, [[s,i:ATTEMPTED TO HANG]] SELF W/ BELT, BREATHING NOW
caller says she [[s,i:took all her meds]], getting sleepy
subj [[w:bought a gun]] today [[s:to end it]], it's in his car
student [[s:gave away belongings]] and said goodbye to friends
subj [[s:threatening to jump]] from the overpass
subj [[s,i:cutting herself]] now, bleeding, in dorm bathroom
friend [[s:on the roof]] saying he'll jump
rp's dad [[w:loaded his pistol]], went to the shed, [[s:said goodbye]]
man [[s:texted a photo of pills]] and said bye
woman [[s:sitting in running car]] w/ hose in window
subj [[s:has a plan to overdose]] tonight, has the fentanyl
caller [[s:on the bridge]] now, says he's done
pt [[s,i:swallowed batteries]] on purpose
teen took dad's [[w:hunting rifle]] into the woods, [[s:left a note]]
subj [[s,i:slit his arm]] w/ a razor, wants to die
caller [[s:stockpiling pills]], will take them after kids are asleep
female [[s,i:tied a cord]] around her neck, sister stopped her
male [[s:standing in traffic]] on purpose, wants to be hit
subj [[s:saying goodbye]] on fb live holding a [[w:gun]]
roommate [[s:locked in bathroom w/ razor]], says he's done
subj [[s,i:jumped]] from 2nd floor balcony to die, conscious
rp's wife [[s:planning to drive off]] the canyon road, left note
caller sts she has the [[w:gun]] in her lap, [[s:says this is goodbye]]
subj [[s:set up a noose]] in the basement
subj [[w,s,i:stabbed himself]] in the stomach
female [[s,i:drank bleach]] after fight w/ mom
man [[s:put his affairs in order]], bought rope
subj in motel [[s,i:took 60 tylenol]]
student [[s:scheduled an email]] to family, when you read this I'm gone
male climbing [[s:radio tower]], says he'll jump
subj [[s:lying down on train tracks]]
caller [[s:has her mother's morphine]] and will take it all
ex [[s:sent farewell texts]] to everyone, not answering
subj [[s:ran into the lake]] fully clothed, says he wants to die
caller has a [[w:loaded gun]] [[s:to her head]]
@NE EDP [[s:ON ROOF LEDGE]] 6TH FL, C/O IS HIS SISTER
@CA POSS 5150 - SUBJ [[s:STANDING ON FREEWAY OVERPASS]] RAIL
pt [[s:left AMA to kill himself]], has a plan w/ his meds
female [[s:wrote her will]] today, says she'll jump off the parking deck
== police | red | BURGLARY IP;THEFT IP;TRESPASS;INDECENT EXPOSURE;DUI;HIT AND RUN;CHILD ABUSE;CHILD ALONE;WARRANT;VANDALISM IP;PROWLER | SUSP PERSON;SUSP CIRCS;SUSP VEHICLE;CHECK THE AREA;WELFARE CHECK
{rp} sees 2 subjs [[p:climbing in the window]] of neighbor's house now, owners away
male [[p:breaking into cars]] in the lot right now w/ a flashlight
subj [[p:prying the door]] of the closed pharmacy
[[p:shoplifter]] still in store, stuffing a backpack, LP watching him
male [[p:exposing himself]] to kids at the park, still by swings
subj [[p:masturbating]] on the bus, rp on bus now
someone [[p:peeping]] into rp's bathroom window now
driver [[p:swerving all over]] the hwy, almost hit median, {veh}
[[p:drunk driver]] just left the bar in a blue pickup, could barely walk
[[p:hit and run]] just occ, susp {veh} fled EB
[[p:child alone]] in car in hot lot, 20 min, no adult around
[[p:4 yo wandering]] alone on the street in a diaper
subj at door is [[p:wanted on a warrant]], rp knows he has warrants, inside now
juvs [[p:spray painting]] the underpass wall right now
subj [[p:smashing car windows]] w/ a rock on 3rd st
subjs [[p:stealing copper]] from the vacant bldg, truck backed up
subj [[p:trying door handles]] on cars down the block
[[p:unknown male inside]] rp's house when she got home, rp in car outside
[[p:tagging]] the bus shelter now, 2 juvs
neighbor [[p:locked his kids outside]] in the cold for hours
[[p:3 yo left alone]] in the apt, crying for hours
mom too drunk to stand, [[p:infant alone]] in stroller at the bus stop
subj [[p:siphoning gas]] from the truck now
subjs [[p:cutting off catalytic converter]] right now in the driveway
subj [[p:driving wrong way]] on interstate, NB in SB lanes
man [[p:filming up skirts]] at the mall escalator
adult male [[p:inside the girls locker room]] at the rec center
[[p:trespasser]] back again, inside the warehouse now, was trespassed last wk
subj [[p:stealing packages]] from porches, rp following in car
[[p:purse snatch]] just happened, susp running SB
subj [[p:crashed into parked car and drove off]], {veh}
driver [[p,i:passed out at the wheel]] in the drive thru lane, car in gear
ex [[p:violating restraining order]], in the driveway now
subj [[p:cutting the lock]] on a bike at the rack right now
2 males [[p:breaking into the church]] thru side door
male [[p:peering into windows]] of homes at 0300
neighbor's 6yo [[p:left home alone]] all day, no food
teacher sees [[p:bruises on 5yo]], kid says dad hits him w/ a cord
[[p:man w/ warrant]] hiding in rp's basement, rp upstairs
subj [[p:driving drunk]] w/ kids in car, leaving party now
[[p:car being broken into]], susp still inside it
ex [[p:took the baby]] in violation of custody order, driving off now
subj [[p:kicking in the door]] of the vacant unit next door
juvs [[p:setting fire]] to a dumpster behind the school
subj [[p:using a stolen card]] at the register right now
[[p:toddler on balcony]] rail, 3rd floor, no adult
[[p:prowler]] in rp's backyard, motion lights on
unk subj [[p:inside the closed store]], on camera now
driver [[p:fled the crash]] on foot, left veh in road
drunk driver [[p:asleep in running car]] at the light
@CA [[p:459 IP]] - RP HEARS SUBJS INSIDE THE GARAGE
@CA [[p:10851 JO]], SUSP VEH LAST SEEN NB ON 1ST
@CA [[p:211 JO]] - SUSP FLED ON FOOT TWD THE PARK
@CA [[p:484 IP]] AT TARGET, SUSP STILL IN STORE
@CA [[p:314]] IP - MALE EXPOSING AT THE PARK BY TOT LOT
@NE C/O REPORTS [[p:PERP STILL INSIDE]] THE BODEGA, TOOK REGISTER $
@NE [[p:BURGLARY IP]], C/O HEARS SOMEONE IN THE APT BELOW
male [[p:urinating and exposing]] to women at the bus stop
kids [[p:playing in traffic]] unsupervised, ages 3 and 4
subj [[p:loading stolen bikes]] into a van behind the complex
man in van [[p:offering candy]] to kids outside the school
guy [[p:unzipping]] in front of the ladies at the laundromat
[[p:DUI]], driver just hit the curb twice and kept going
subj [[p:shoplifting]] now at the pharmacy, security following
== uncert | red | 911 HANGUP;OPEN LINE;UNKNOWN TROUBLE;SCREAMS HEARD;CHECK WELFARE - URGENT;ALARM - PANIC | WELFARE CHECK;911 HANGUP;DISTURBANCE;NOISE COMPLAINT;SUSP CIRCS
[[u:open line]], hear yelling in background, no response to dispatcher
caller [[u:whispering]], says someone is in the house, line went dead
911 hangup, [[u:no answer on callback]], ph 2 loc apt complex
[[u:screams for help]] from unit {apt}, rp hasn't seen anyone
[[u:TDD call]], no text received
caller [[u:can't talk]], answering yes/no only
[[u:silent line]], tapping heard
[[u:call lost]] after caller said he's back
[[u:unknown emergency]], female crying, hung up
neighbor hears [[u:loud thuds and crying]] thru wall, no one answers door
[[u:door kicked in]] at neighbor's, nobody answering
therapist calling for [[u:duty to warn]], client named his ex wife
caller [[u:pretending to order pizza]]
[[u:muffled voices]] and a woman saying stop, line open
[[u:abandoned call]], redial goes to vm
caller said [[u:I need help]] and line went dead
[[u:text to 911]] he's here, can't call
[[u:front door wide open]], lights on, car running, nobody answers at 0200
passerby heard [[u:woman yelling help]] from inside a van
child [[u:crying daddy stop]] heard over open line
hotel clerk hears [[u:screaming from room 212]], no answer to knocks
alarm co rpts [[u:panic button pushed]], no answer on premise call
medical alert pendant activated, [[u:no voice contact]]
caller [[u:breathing heavily]], won't speak
[[u:hang up x3]] from same number, busy on callback
rp heard [[u:a loud bang and then screaming]] next door
[[u:glass breaking]] and yelling from upstairs unit
[[u:caller disconnected]] while giving address
caller speaking in code, [[u:says yes when asked if in danger]]
[[u:someone knocking on windows]] all around house at 0300, rp can't see who
[[u:phone picked up and set down]], TV noise only
[[u:screams heard]] in the woods behind the park
[[u:unk trouble]], caller only said send someone
crisis line [[u:duty to warn]], caller named a specific coworker
[[u:open line]], male voice saying put it down
psych hosp [[u:duty to warn]] re pt discharged today
[[u:elevator emergency phone]] activated, no one speaking, yelling in bkgd
caller [[u:dropped the phone]], rp heard a struggle
kid on line [[u:hiding in closet]], whispering
female [[u:mouthing help]] from back seat of a car at the gas station
rp saw [[u:note in window]] saying help me
rideshare driver says passenger [[u:signaling for help]] to him
[[u:unk if shots]] or fireworks, 1 bang then yelling
[[u:TTY]] call, no typing on line
caller [[u:crying, unable to give loc]]
security sees [[u:someone screaming]] in a parked car on camera
[[u:callback goes to vm]], 911 call had yelling
caller [[u:says she's being held]], then disconnected
[[u:loud argument heard]] then sudden silence, unit 4
[[u:text from friend]] call police, can't talk
caller [[u:hung up when asked]] if he was safe
[[u:scuffling sounds]] over open line
[[u:child says stranger]] in house, then line lost
@CA 911 HANG UP, [[u:NO ANS ON CB]], CELL SECTOR ONLY
@NE [[u:DROPPED CALL]], C/O SAID AN ADDR THEN SCREAM
@CA UNK 415, [[u:RP HEARS FEMALE SCREAMING]] NEXT DOOR, CANT SEE IN
[[u:banging from inside trunk]] of a car in the lot
[[u:woman crying]] in the stairwell, door locked, won't respond
[[u:car alarm and screaming]] in the garage, rp won't go look
alarm monitoring hears [[u:voices on the two way]], no passcode given
"""

OK_TEMPLATES = r"""
== welfare | ok | WELFARE CHECK;CHECK THE WELFARE;WELFARE CONCERN;ASSIST CITIZEN | PERSON DOWN;UNKNOWN TROUBLE;SUSP PERSON | welfare check, no danger, injury or crime described
{rp} {sts} elderly neighbor hasn't picked up mail in 3 days, car in drive | no answer at door
daughter in ohio req check on mom, mom not answering phone since sunday
male asleep on bench in the rain, {{breathing normally}} per rp, wants him checked on
woman sitting on curb crying, says she's ok but has nowhere to go
rp worried about coworker who didn't show for work, lives alone, not answering texts
man walking along shoulder of hwy w/ shopping cart, appears disoriented
elderly male confused at the gas station, can't remember where he lives, {{no inj}}
juv sitting alone at bus stop 2 hrs, sts waiting on a ride from aunt
landlord req check on tenant, rent unpaid, no one answering, {{no odor}}
female wandering in nightgown, early dementia per neighbor, calm
man living in his car in church lot, pastor wants resources offered
rp's brother off his meds, talking to himself, {{no threats}}, family wants help
homeless female in library restroom for an hour, answered staff and said she's fine
caller asks check on friend who sounded down on phone, {{denies SI}} per friend
guy in a wheelchair stuck in snowbank, {{not injured}}, needs a push
elderly female locked out in the cold, neighbor has her inside now
subj pacing IFO store talking to himself, not bothering anyone
man sleeping in doorway of business, owner wants him moved along
mom of adult son w/ schizophrenia sts he hasn't eaten in days, calm, {{no weapons in home}}
student not answering parents for 2 days, roommate sts she's at bf's
older man sitting in parked car for hours at the park, engine off, rp concerned
female on corner in light clothing on cold night, refuses shelter, talking fine
family req check on hoarder uncle, yard full of trash, he won't answer
neighbor's mail piling up, lights on a timer, unk if on vacation
grandfather wandered from memory care, found at gas station, {{unhurt}}, needs ride back
teen girl on swings crying, argued w/ mom, wants to talk to someone
female walking in the median talking to herself, {{no weapons seen}}
subj laying on grass at park, {{breathing and moving}} per rp, looks asleep
male sitting against wall head down, rp spoke to him, he answered and waved rp off
elderly female calling 911 repeatedly for company, lonely, {{no emergency}}
rp's friend posting sad messages on social media, {{no plan mentioned}}, wants someone to check
knocked x3 no answer, car gone, {{no signs of forced entry}}, landlord has key
son hasn't called in a week, lives alone, family out of state
subj sitting IFO clinic in wet clothes, shivering, asking for a blanket, talking
adult w/ autism left group home, staff can see him at the playground, calm
mom sts 17yo not home from school, texts say she's at a friend's
elderly man driving slow and lost, pulled over, asks for directions, {{not impaired}}
person appears to be living in a storage unit, mgmt wants resources
upstairs neighbor hasn't been heard walking around in 2 days, usually loud
man sitting on the church steps every night, pastor worried, wants outreach
female sleeping in the atm vestibule, bank wants her offered shelter
hospice pt's daughter can't reach her dad's caregiver, wants check
male in a t-shirt at the bus stop, snowing, declined ride, speaking clearly
rp's aunt sounded confused on the phone, lives alone, {{no fall}} reported
kids asking neighbors for food, parents at work per kids, home nearby
@NE C/O REQ CHECK ON ELDERLY MALE 3RD FL, NOT SEEN 2 DAYS, {{NO ODOR}}
@CA WELCK - RP'S SISTER NOT ANSWERING PHONE, LAST CONTACT YESTERDAY
veteran neighbor sits outside all night, family asked for a check in
subj in hospital gown at bus stop, left ER on his own, calm and walking
== noise | ok | NOISE COMPLAINT;LOUD MUSIC;LOUD PARTY;NOISE NUISANCE | DISTURBANCE;SHOTS FIRED;FIGHT | noise complaint, no threat or violence
loud music from 3rd floor unit since 2200, 3rd call this week
neighbor's dog barking nonstop since owner left this am
party in the backyard, ~40 ppl, bass shaking windows
car alarm going off for an hour in the lot
kids skateboarding in the parking garage, loud, late
construction crew running a jackhammer at 0530
upstairs tenants stomping, rp thinks on purpose, {{no threats}}
bar patio music still going past 0100
motorcycles revving in the lot at 0200
landscaper leaf blower at 0600, hoa rules
band practicing in garage, drums and amps
neighbor's generator running all night
teens yelling and laughing in the park after close
karaoke at neighbor's, loud singing, windows open
elderly neighbor's tv thru the wall, he's hard of hearing
reefer truck idling on the street all night
rp hears yelling and cheering from neighbor, {{sounds like a game on tv}}
bass from a car parked IFO building, engine running, music loud
rooster crowing at 0400, city ordinance question
neighbor using power saw in garage at midnight
dorm party, music and shouting, RA can't get them to stop
church event w/ loudspeaker in the park past permit time
wind chimes and yard speaker next door, ongoing dispute
ice cream truck music looping for an hour on the block
kids bouncing a basketball in the apt above, late
@CA 415 MUSIC - SUBWOOFER FROM APT 12, ONGOING 3 HRS
@CA 415N - DOGS BARKING IN YARD SINCE 0600, OWNER AT WORK
@NE C/O REPORTS LOUD PARTY 2ND FL, MUSIC, {{NO FIGHTING}}
neighbor's tenants arguing loudly about dishes, {{nothing physical}}, rp wants quiet
food truck generator behind the apts all evening
<<w:loud bangs>> in the area | ((rp now sees kids lighting fireworks))
<<u:screaming>> from apt 2 | ((per mgmt tenant was yelling at a video game))
== dispute | ok | VERBAL DISPUTE;FAMILY TROUBLE;DISTURBANCE;CIVIL DISPUTE;LANDLORD TENANT | DOMESTIC;FIGHT;ASSAULT | verbal dispute only, no weapon, violence or threat
rp and roommate arguing over rent, {{nothing physical}}, wants her to leave
mother and 16yo son yelling about curfew, {{no weapons}}, {{no physical}}
neighbors arguing over a parking spot, both calm now
couple arguing in car IFO house, yelling only
landlord and tenant dispute over deposit, tenant in office
two drivers arguing after fender bender, {{no inj}}, exchanging info
siblings arguing over mom's house after the funeral
ex husband and rp arguing at custody exchange, verbal only
bus driver and passenger arguing over fare, bus stopped
adult daughter screaming at rp, rp wants her out, {{no threats}}
two women yelling at each other in laundromat over a dryer
tenant upset about repairs, yelling at mgr in the office
parents arguing at youth soccer game, ref wants them calmed down
two men arguing over dog off leash, {{neither touched the other}}
rp's bf took her car keys during argument, wants them back, {{no physical}}
coworkers arguing in the break room over a schedule
customer and cook arguing about a wrong order, loud
roommates dividing stuff after breakup, arguing, want a standby
neighbor keeps putting trash in rp's bin, argument on the sidewalk
mom and adult son argue about his girlfriend staying over
two vendors arguing over spot at farmers market
patients in waiting room arguing over the tv channel
rp's sister showed up yelling about money owed, {{no weapons}}
tenant and neighbor arguing about smoke coming thru vents
grandparents arguing w/ daughter over picking up the kids, verbal
{{no DV hx}}, couple arguing in the hallway, neighbors want it stopped
family arguing at a birthday party in the park, loud, {{no one hurt}}
rp's husb yelling at her for 20 min, {{nothing physical}}, she wants him to go cool off
brothers arguing over the car, one wants the other to leave the house
@CA 415 FAMILY - VERBAL ONLY, MOM AND ADULT DAUGHTER, {{NO WEAPONS}}
@CA 415 - 2 NEIGHBORS YELLING OVER A FENCE LINE, {{NO PHYSICAL}}
@NE C/O STATES DISPUTE W/ SUPER OVER HEAT IN APT, VERBAL
@NE 10-52 DISPUTE IN PHARMACY, CUSTOMER V STAFF, {{NO INJ}}
caller's teenager cursing at her and slamming doors, {{no threats}}, wants advice
tenant says neighbor's kids keep ringing doorbell, argued w/ parent
<<v:fight>> IFO the school | ((caller now says kids were play wrestling, all laughing))
<<v:assault>> rptd at the bar | ((rp clarifies argument only, no contact))
customer arguing w/ gas station clerk over pump, clerk wants him to calm down
uber driver and passenger arguing over the route, pulled over
two sisters fighting over the tv remote, mom wants help, verbal
== found | ok | FOUND PROPERTY;PROPERTY PICKUP;LOST PROPERTY | SUSP PACKAGE;SUSP CIRCS | found or lost property, nobody at risk
wallet found at the bus stop, rp wants to turn it in
bike left on rp's lawn for 3 days, rp wants it picked up
backpack left at the park, rp looked inside, school books only
found a set of keys w/ a car fob in the lot
license plate found on side of road
rp found a phone in the back of his cab, keeps ringing
found a passport at the cafe, owner unk
rp has late mother's old prescriptions, wants to dispose of them
toolbox dumped in the alley behind the shops
suitcase left on sidewalk, rp opened it, clothes only
found a lost dog tag w/ address, dog w/ rp now
shopping carts piled in the creek
rp found a debit card at the atm
kid's scooter left at the playground for a week
rp found a purse in a bathroom stall, cash still inside
found a box of mail dumped in the ditch, unopened
laptop left at the library table, staff holding it
found a wedding ring in the park sandbox
@CA PROPERTY PICKUP - RP WANTS HIS STUFF FROM EX'S APT, {{NO RESTRAINING ORDER}}
@NE C/O FOUND A BAG OF CLOTHES IN THE LOBBY, NO ID
caller wants to retrieve belongings from mom's house, mom won't open door, verbal
rp found a stroller abandoned at the bus stop, {{no child around}}
<<u:suspicious package>> at the post office | ((owner returned, it's his lunch))
== past_theft | ok | THEFT REPORT;BURGLARY REPORT;AUTO THEFT REPORT;VANDALISM REPORT;FRAUD | BURGLARY;THEFT;VANDALISM | past property crime, suspect gone, report only
rp back from vacation, back door pried, tv gone, {{no one inside}}, occ over the wknd
bike stolen from the rack sometime overnight, req report for insurance
package stolen from porch yesterday, has video, {{susp long gone}}
car window broken overnight, laptop taken
catalytic converter stolen sometime last week, noticed this am
wallet taken from gym locker earlier today, cards used online
shed broken into, lawnmower gone, discovered this morning
tools taken from work truck overnight
shoplift occurred 2 hrs ago, store wants a report, {{susp GOA}}
tires slashed overnight, rp suspects neighbor, {{no contact w/ him}}
mailbox knocked down overnight
identity theft, someone opened a credit card in rp's name
rp sent gift cards to an irs scammer, wants a report
check washed and cashed, bank told her to file a report
rental car not returned by a friend, civil per rp
plants stolen from the front porch overnight
license plate stolen off car in the lot sometime this week
garage entered overnight, golf clubs missing, door was left open
graffiti on the back fence, happened overnight
rp's storage unit lock cut, unk when, items missing
mail stolen from the cluster box, several neighbors
rp's ex took the tv when he moved out last month, wants report
bike parts stripped off bike at the school rack, found this am
eggs thrown at rp's house overnight, cleaning up now
car keyed in work lot during shift, {{no witnesses}}
stolen phone, find my iphone shows it across town, rp wants report
gas drive off 3 hrs ago, station wants report, has plate
contractor took deposit and never came back, rp wants report
someone used rp's card at a gas station, card still in her wallet
tailgate stolen off pickup overnight
@CA 459 RPT - STORAGE UNIT, UNK WHEN, {{NO SUSP INFO}}
@CA 10851 RPT, VEH TAKEN OVERNIGHT FROM DRIVEWAY, {{NO SUSPS}}
@CA 594 - GRAFFITI ON FENCE, OCC OVERNIGHT
@CA 488 RPT, PURSE TAKEN FROM CART YESTERDAY, {{SUSP GOA}}
@NE C/O REPORTS PAST LARCENY, PACKAGE FROM VESTIBULE, OCC 2 DAYS AGO
@NE PAST BURGLARY, C/O HOME FROM WORK, {{NO ONE IN APT}}, WINDOW OPEN
rp's car broken into overnight, glove box dumped, nothing taken
neighbor's cameras show bikes taken at 0300 last night, rp reporting now
<<p:burglary in progress>> | ((it's the homeowner, locked out, climbing in window))
<<p:break in>> rptd at the rental | ((owner forgot he gave key to cousin))
== si_talk | ok | MENTAL;MENTAL HEALTH;WELFARE CHECK;CRISIS | SUICIDAL SUBJ;SUICIDE THREAT | suicidal talk or distress without plan, means, attempt or farewell (eligible per Milwaukee report)
friend said on the phone she wishes she wasn't here, {{no plan or means}}, home w/ family
man outside business crying, sts he wants to die, {{has not harmed himself}}
teen told school counselor she feels hopeless, {{denies plan}}
elderly widower says he's tired of living, {{no plan}}, daughter asking for a visit
caller wants to talk to someone, having dark thoughts, {{denies plan or means}}, roommate home
veteran told neighbor everyone would be better off without him, {{no weapons in home}}, wants VA info
clinic reports pt w/ SI, {{no plan}}, needs transport to crisis center
college student says she feels like disappearing, {{no intent stated}}, RA sitting w/ her
man at bus stop crying about losing his job, said he doesn't want to live, {{denies plan}}
mom sts son keeps saying he wants to die after breakup, {{no attempt}}, in his room playing games
caller's wife depressed, said she wishes she'd never wake up, {{no means}}, asleep now
subj at shelter says life isn't worth it, {{no plan stated}}, staff requesting crisis team
@CA POSS 5150 - SUBJ DEPRESSED, SAYS HE WANTS TO DIE, {{DENIES PLAN}}, CALM
@NE EDP, C/O SON TALKING ABOUT DEATH, {{NO WEAPONS}}, {{NO ATTEMPT}}, CALM
coworker said I should just end it all after meeting, laughed it off, {{denies SI}} today
grandpa keeps saying he is ready to go, {{no plan}}, family wants counseling info
caller says he thinks about dying a lot, {{no plan, no means}}, wants to talk tonight
teen left a sad poem, talked w/ mom, {{denies intent}}, mom wants resources
woman sitting in chapel crying, says she can't go on, {{denies plan}}
man texted friend he's done w/ everything, friend talked to him, {{no plan}}, home w/ wife
<<s:suicidal male>> at the bridge | ((per 2nd caller he is fishing, no intent))
<<s:man on bridge railing>> | ((rp now sees he's a city worker painting))
== refuse | ok | TROUBLE W/ SUBJ;UNWANTED GUEST;REFUSE TO LEAVE;TRESPASS - PAST | TRESPASS;DISTURBANCE | unwanted person, refusing to leave, verbal only
customer refusing to leave after closing, arguing about a refund, {{no threats}}
ex roommate won't leave the apt, says her stuff is there, verbal
man sleeping in laundromat won't leave, polite, {{no weapons seen}}
motel guest past checkout won't leave, arguing w/ clerk
rp's bf refuses to leave, {{nothing physical}}, wants a standby while he packs
patient discharged from ER, won't leave the lobby, calm
teen friend of son won't go home, parents not answering
panhandler keeps coming back into the store, asked to leave
man refusing to get off the bus at end of line, driver wants him off
woman sitting in the church office, won't leave until she sees pastor
ex at rp's door wants to see the kids, {{no court order}}, just talking loud
tenant's guest staying after lease ended, mgr wants advice
customer refusing to leave dmv counter, upset about wait, {{no threats}}
bar patron won't leave at close, talking loud, {{not aggressive}}
campers in the park after hours, polite, don't want to move
subj keeps coming into the clinic asking for meds, staff wants him to go
former employee came back to the shop to talk to boss, asked to leave, won't
@CA 602 PAST - SUBJ WAS SITTING IN LOBBY, LEFT ON OWN, MGR WANTS INFO
@NE C/O STATES UNWANTED GUEST, BROTHER IN LAW, VERBAL ONLY, {{NO WEAPONS}}
daughter's bf won't leave front porch, asking to talk to her, {{no threats}}
man sitting in the library past close, won't leave, {{denies SI}}, just wants to stay warm
== intox | ok | INTOXICATED PERSON;ETOH;DRUNK SUBJ;PUBLIC INTOX | PERSON DOWN;OVERDOSE;MEDICAL | intoxicated but conscious and breathing, no urgent medical need
male ETOH sitting on curb IFO bar, {{CONS/BREATHING}}, needs a ride
female intox in the hotel lobby, talking, can't find her room
subj stumbling in the park, AOB, {{alert and talking}}
ETOH male asleep on a bench, woke up when rp called to him
guy drunk at the bus stop singing, {{no inj}}, bus driver won't let him on
subj high on something, dancing on the sidewalk, {{not in the road}}
woman intox at the gas station asking for change, {{CONS/BREATHING}}
college kids drunk on the lawn, one puked, {{awake and talking}}
drunk uncle at the party, family wants him sobered up, he's sitting down now
ETOH subj in laundromat, asleep in a chair, {{responds to voice}}
man drunk on porch of wrong house, thinks it's his, calm
female ETOH crying at the train station, lost her friends, {{CONS/BREATHING}}
subj AOB wandering the lot, {{not driving}}, keys w/ friend
ETOH pt at the clinic wants detox info, {{alert}}
@NE AIDED - INTOX MALE ON BENCH, {{CONS/BREATHING}}, REFUSING EMS
@CA 647F - SUBJ ETOH IN PARK, {{CONSCIOUS AND TALKING}}
<<i:man down>> at the bus stop | ((sitting up now, talking, declined EMS))
<<i:unresponsive male>> in the lot | ((now awake, ETOH, CONS/BREATHING))
<<i:OD>> in restroom | ((pt awake and talking, EMS cancelled))
<<i:person slumped in car>> | ((woke up, was napping on lunch break))
subj drunk and sleeping in the atm vestibule, woke up when staff knocked
male intox at bar refusing to pay, {{no weapons}}, {{not aggressive}}
== negated | ok | SUSP PERSON;TROUBLE W/ SUBJ;MENTAL;DISTURBANCE;SUSP CIRCS | WEAPONS COMPLAINT;MAN W/ GUN;ASSAULT | negated danger, nothing present or happening
two males arguing over parking, rp {{did not see any weapons}}
subj yelling at traffic, {{no weapons seen}}, appears MH
brother drunk and loud, {{no weapons in house}}, rp wants him to leave
{{no gun seen}}, rp just thought the man looked angry walking by
man talking about his knife collection on the bus, {{no knife out}}, other riders uncomfortable
{{no one hurt}}, {{no threats}}, neighbor kids keep cutting thru rp's yard
rp clarifies {{he was not struck}}, bf only yelled and left
{{denies SI/HI}}, son just wants to talk to someone about his anxiety
{{no injuries}}, elderly male slipped in store but got right up, mgr wants it documented
{{no physical contact}}, customer called the cashier names, left on foot
RP {{not afraid for safety}}, ex keeps calling about the dog
{{no threats made}}, woman at the bus stop ranting about the govt
{{no kids present}}, couple arguing in the yard
subj in lobby muttering, {{no weapons visible}}, hands in pockets, security asks check
{{no one was injured}}, two shopping carts collided and owners argued
{{no weapons involved}}, uncle upset about being asked to move out
{{no medical needed}}, jogger tripped, sitting on the curb, wants a ride
{{no sign of forced entry}}, rp's back gate open this morning
rp {{denies any threats}}, just wants the neighbor to stop texting
{{no one inside}}, vacant house front door blowing open in wind
{{not suicidal}} per pt, wants help finding a shelter bed
{{no violence}}, twin brothers arguing in the driveway over a girl
{{no blood}}, {{no inj}}, kid fell off scooter, mom just wants info
{{not brandished}}, man open carrying on his belt at the hardware store, shopping
security {{did not see a weapon}}, male mumbling in the lobby
{{no shots heard}}, rp just saw ppl running from the court, playing tag
{{nothing thrown}}, roommate slammed the door and left
{{no drugs or ETOH}}, teen refusing to go to school
@CA 415 - {{NO WEAPONS}}, {{NO INJURIES}}, SUBJ YELLING AT TRAFFIC
@NE C/O STATES {{NO WEAPONS}}, MAN ASKING FOR MONEY OUTSIDE BANK
{{no hx of violence}}, adult son w/ autism upset about a schedule change
RP {{does not believe he is armed}}, male sleeping in his truck in the lot
== history | ok | MENTAL;FAMILY TROUBLE;WELFARE CHECK;INFO | DOMESTIC;SUICIDAL SUBJ;OVERDOSE | history only, nothing current
{{hx of 5150s}}, mom sts son is calm but not sleeping, wants resources
{{prior DV at address}}, today just a loud argument about money
friend worried, {{hx of ODs}}, today he is awake and talking, wants detox info
{{hx of SI}}, caller says today she's doing better, wants a check in
{{hx of seizures}}, pt had one yesterday, fine today, needs ride to neuro appt
{{prev call for weapons}} at this loc last yr, today a noise issue
{{hx of dementia}}, grandma keeps calling for her late husband
{{hx of wandering}}, dad back home now, family wants info on id bracelets
{{hx of fights}} at this bar, tonight just a crowd outside smoking
{{past attempt in 2019}}, sister says he's been stable, missed his appt today
{{hx of burglary}} in the complex, rp wants extra patrol info
{{hx of threats}} by ex, rp wants to renew protective order, ex not around
{{hx of overdose}}, mom found needles in son's room, son at work
{{prior arrest for DUI}}, neighbor drinking on his own porch, not driving
{{hx of schizophrenia}}, subj talking to the trees, friendly
{{hx of DV}}, couple separated now, wife wants help w/ a custody question
{{prev 911 hangups}} from this number, today caller just wanted the non emerg #
{{hx of falls}}, elderly female wants a lift assist list from fire dept
{{hx of 5150}}, neighbor pacing outside at night, {{no threats}}
@CA {{HX OF 5150}} - SUBJ SITTING IN LOBBY CALM, STAFF WANTS CRISIS TEAM
@NE {{PRIOR EDP}} AT LOC, C/O SAYS SON IS OK, WANTS CLINIC INFO
{{hx of hoarding}}, landlord wants an inspection of the unit
{{prior gun call}} at this address, today kids fighting over a bike, verbal
== resolved | ok | SHOTS FIRED;911 HANGUP;OPEN LINE;ALARM;UNKNOWN TROUBLE;SUSP PERSON;CHECK THE AREA | SHOTS FIRED;BURGLARY;PERSON DOWN;OPEN LINE | initial report resolved by later entry, nothing remains
<<w:shots heard>> | ((confirmed fireworks)) per 2nd caller
<<u:open line>> | ((pocket dial, all ok)) on callback
<<u:911 hangup>> | ((callback, child playing w/ phone))
<<w:man w/ gun>> at the park | ((rp now says it's a kid's nerf gun))
<<p:burglar alarm>> | ((keyholder on scene, employee error))
<<u:panic alarm>> at the bank | ((cancelled, passcode given))
<<u:woman screaming>> in park | ((rp now sees it's a kids game))
<<w:subj w/ knife>> on bench | ((per 2nd call it's a butter knife, he's eating lunch))
<<u:child crying for help>> | ((kids playing hide and seek, mom outside))
<<w:shots fired>> | ((car backfiring per unit nearby))
<<p:prowler>> in backyard | ((it was the neighbor's teen sneaking home))
<<u:TDD call>> | ((test call from relay service))
<<u:abandoned 911>> | ((callback, misdial trying to call 411))
<<p:child alone in car>> | ((mom returned, was loading groceries))
<<w:poss gun>> in waistband | ((per security it's a phone in a holster))
<<p:hit and run>> | ((other driver came back, exchanging info))
<<p:indecent exposure>> | ((man was changing shirt after his jog))
<<i:seizure>> at the gym | ((pt alert now, known epilepsy, refused transport))
<<u:yelling for help>> | ((per owner it's their parrot))
<<u:loud boom>> | ((transformer blew per utility))
<<v:ppl fighting>> in the park | ((martial arts class per parks staff))
<<u:door kicked in>> | ((landlord changing locks, tenant present))
<<p:trespasser>> in vacant house | ((it's the new owner w/ deed))
<<w:gunshots>> to the east | ((county range, normal hours))
<<i:person not breathing>> | ((2nd caller says pt breathing, was asleep))
<<p:child alone>> at the park | ((dad on a bench nearby, rp didn't see him))
<<u:silent line>> | ((fax tone on callback))
<<w:man w/ rifle>> on trail | ((hunter w/ cased rifle walking to truck))
<<u:woman yelling>> in the lot | ((she's on her phone, verbal only))
<<i:fall>> in the lobby | ((elderly F got up on her own, unhurt))
<<p:DUI>> rptd | ((veh located parked, driver sober, just tired))
<<u:scream>> in the alley | ((cats fighting per rp))
<<w:explosion>> at the lake | ((permitted fireworks show))
<<u:911 open line>> | ((callback, butt dial, caller fine))
<<p:subj in the yard at night>> | ((rp's own son coming home late))
<<u:OnStar activation>> | ((driver says hit a pothole, all ok))
<<w:shots>> near the school | ((it was a nail gun at the construction site))
<<p:break in>> at the garage | ((son forgot the code, rp now home))
<<u:medical alarm activation>> | ((pt pressed it by accident, talking to monitor))
<<v:assault>> at the bus stop | ((rp clarifies they were hugging goodbye))
@CA <<w:417>> | ((RP NOW STS IT WAS A CELL PHONE, SUBJ GOA))
@CA <<u:911 HANG UP>> | ((CB - MISDIAL, NO EMERG))
@NE <<w:SHOTS FIRED>> | ((C/O CONFIRMS FIREWORKS ON ROOF NEXT DOOR))
@NE <<u:OPEN LINE>> | ((CALLBACK, KIDS PLAYING, PARENT ADV ALL OK))
<<u:unknown trouble>> | ((caller wanted non emerg to report a pothole))
<<t:threat>> rptd at office | ((caller clarifies it was a sarcastic comment, no threat))
<<i:blood on sidewalk>> | ((rp now sees it's red paint from the mural))
<<s:person jumping>> off the dock | ((kids swimming, lifeguard present))
<<p:suspect inside>> the store after hours | ((cleaning crew per mgr))
== toys | ok | SUSP PERSON;SUSP CIRCS;JUVENILE PROBLEM;INFO | MAN W/ GUN;WEAPONS COMPLAINT | toy, prop or costume item, no real weapon
kids playing w/ neon nerf guns in the park, rp wants them to stop
film crew w/ prop rifles on 5th st, permit on file
halloween decoration, fake body hanging from tree, rp offended
cosplay convention attendees carrying foam swords downtown
juvs w/ water guns spraying cars at the light
airsoft game in the woods on private land, all wearing masks, owner permits it
mannequin in the dumpster, rp thought it was a body at first, now sure
paintball in the vacant lot, neighbors annoyed
civil war reenactors w/ muskets at the park, event on city calendar
kid w/ a plastic toy sword chasing his brother around the yard, laughing
toy gun left on the playground, orange tip, rp wants it removed
escape room actor in zombie makeup outside for smoke break
haunted house workers w/ chainsaw props, no chain, rp wants info
movie prop police car parked on the street, rp confused
kids shooting rubber band guns at the school bus stop
theater students practicing a stage fight in the park, director present
man dressed as a ninja for a birthday party ringing doorbells
@CA SUSP CIRCS - RP SEES SUBJS W/ ORANGE TIP TOY GUNS FILMING TIKTOK
== idiom | ok | CIVIL MATTER;INFO;TROUBLE W/ SUBJ;NOISE COMPLAINT;DISTURBANCE | THREATS;SUICIDAL SUBJ | idiom or figure of speech, no actual danger
rp says she's just killing time at the bus station, security asked her to leave
coworker says the boss is going to kill him for being late, wants ride info
neighbor says the music is killing her, wants it turned down
rp's son blew up at her about the car, just yelling, gone to his room
caller dying to know why the road is closed
student says he bombed his exam and his mom will murder him, laughing
caller says her feet are killing her, wants a ride to the shelter
rp says the landlord is out for blood over late rent, civil
caller wants someone to shoot him a text when the road opens
kid says he's going to die of boredom at grandma's, mom wants advice
rp says her car battery is dead in the lot, needs a jump
neighbor says the smell from the dumpster is lethal
rp says this heat is going to be the death of her, asking for a cooling center
tenant says the stairs are a death trap, wants code enforcement
caller says traffic light is dead at main and 5th
rp says her ex is dead to her, wants help w/ the kids' pickup schedule
guy at the bar says he'd kill for a cab right now, waiting outside
@NE C/O SAYS THE SUPER IS GOING TO KILL HIM FOR CALLING, WANTS HEAT COMPLAINT FILED
caller says the kids are driving her crazy, wants parenting resources
customer says the prices are highway robbery, arguing w/ mgr
rp says her phone died while calling, calling back re noise
== tools | ok | SUSP PERSON;SUSP CIRCS;INFO;NOISE COMPLAINT;CIVIL MATTER | WEAPONS COMPLAINT;SUBJ W/ WEAPON | tool or implement in ordinary use, not aimed at anyone
man using a chainsaw to cut a downed tree on the sidewalk
landscaper w/ a machete clearing brush behind the apts
worker using a box cutter to break down boxes behind the store
chef on smoke break w/ his knife roll under his arm
man carrying an axe to his campsite at the state park
neighbor sharpening a lawnmower blade in his driveway
fisherman cleaning fish w/ a fillet knife at the boat launch
roofer w/ a nail gun working on house next door
subj carrying a baseball bat and glove to the field
woman w/ a hammer putting up yard sale signs on poles
plumber w/ a pipe wrench in the alley, rp didn't know him
kid w/ a hockey stick practicing against the garage
guy chopping firewood w/ a hatchet at 0700, loud
tree crew using pole saws near power lines
butcher shop worker w/ a cleaver outside on break
man carrying a crowbar into the vacant house he's renovating, has permit
utility worker digging w/ a pickaxe, no vest, rp wants to verify
woman w/ pruning shears cutting branches over the fence line
subj metal detecting in the park w/ a shovel, digging holes
art student carving a pumpkin w/ a knife on the campus lawn
@CA SUSP PERSON - MALE W/ CHAINSAW IN YARD, CUTTING BRUSH, RP WANTS VERIFY
== lawful | ok | INFO;CIVIL MATTER;NOISE COMPLAINT;ASSIST CITIZEN | WEAPONS COMPLAINT;SHOTS FIRED | lawful firearm activity or info request, nothing aimed or fired at people
rp wants to know where to meet a buyer for a legal private sale of his shotgun
neighbors complain about licensed gun range noise, normal hours
caller asks how to get a gun safe lock from the pd, has a toddler
gun store owner asking about a customer's background check delay
rp inherited her dad's rifles, unloaded and cased, wants to know how to transfer them
hunter asking about season dates, saw blaze orange crews in the woods
caller wants info on a concealed carry class, non emergency
range officer reports a neighbor's drone over the range, wants info
@CA INFO - RP ASKING ABOUT DROS TRANSFER AT FFL, NO EMERG
skeet shooting at the gun club, neighbor says too early
== misc | ok | SUSP PERSON;SUSP VEHICLE;JUVENILE PROBLEM;PARKING;ANIMAL COMPLAINT;PANHANDLING;CHILD CUSTODY;MENTAL;ASSIST CITIZEN;CIVIL MATTER | SUSP CIRCS;CHILD ABUSE;UNKNOWN TROUBLE | low-risk community issue, nothing dangerous or in progress
car parked across rp's driveway, owner unk
neighbor parks in fire lane every night
abandoned car on the street for 2 weeks, flat tires
juvs smoking weed behind the rec center, rp wants them moved
kids on the playground after hours, yelling, rp wants them sent home
panhandler at the freeway ramp, walking between cars at the light
man asking customers for money outside the grocery, polite
subj sleeping in a tent on the bike path, blocking half of it
dog left in car, windows cracked, 70 degrees, owner in store
loose horse on the county road, owner being contacted
raccoon acting strange in the yard during the day
dad says mom won't let him see his son, {{no court order}}
custody exchange at the station, mom 30 min late, dad wants it documented
rp's 12yo daughter and rp arguing, daughter said she'd call police so rp called first, {{no violence}}
teens hanging out of car windows in the lot, loud
solicitor going door to door, no permit visible
woman flagging down cars at the corner, blocking traffic
unknown car w/ headlights on across the street for 15 min, neighborhood quiet
man walking thru yards talking on his phone, rp doesn't know him
bank door won't close, anyone can walk in, {{no damage seen}}
pigeons being fed by a neighbor, droppings everywhere
subj going thru the recycling bins, rp wants him gone
MH subj believes neighbors are spying w/ lasers, calm, wants to talk
female on corner sts bugs crawling on her, calm, walking wb
68 yo gf hallucinating, diabetic, talking calmly, family wants help
son suffers from MH issues and is off his meds, {{no threats}}, at home
high school kids in basement smoking, parent wants them out
man preaching loudly on the corner w/ a megaphone
people fishing off the bridge where it's posted no fishing
truck blocking the alley for deliveries, 40 min
rp's ex keeps texting about money, {{no threats}}, wants advice on a harassment order
juvs ringing doorbells and running, ding dong ditch
camp set up under the overpass, city wants outreach
vendor w/ a cart selling tamales w/o permit
kids jumping the fence into the apt pool after hours
pt wandering the hallway of the clinic looking for his wife, confused
skateboarders in the plaza, security wants them moved
man taking photos of houses, says he's a realtor, rp unsure
homeless couple in the bus shelter w/ belongings, raining
tenant feeding stray cats, landlord upset
@CA 5150 - SUBJ TALKING TO HIMSELF AT BUS STOP, CALM, {{NO WEAPONS}}
@CA SUSP VEH - WHT VAN PARKED 2 HRS, NO ONE INSIDE
@NE C/O REPORTS DOUBLE PARKED TRUCK BLOCKING DRIVEWAY
@NE EDP, CALM, REFUSING TO LEAVE THE CHURCH STEPS, {{NO WEAPONS}}
drone flying over the back yards, rp wants to know if legal
pedestrian asking for a ride to the shelter across town
man in the library watching videos loud on his phone
youth soccer parents parked on lawns along the street
kids selling candy door to door for school, rp suspicious
mom wants help getting 15yo to go back to school, {{no physical}}
caller's elderly dad keeps driving to his old job, family wants advice
resident wants a ride to detox, sober now, bags packed
breastfeeding mom in the park, rp offended, {{no exposure}}
toddler walking w/ dad on the sidewalk, no shoes, rp worried about the cold
"""

# ----------------------------------------------------------------------------------------
# Agencies: seven public-CAD-log styles, four fixed export widths.
# ----------------------------------------------------------------------------------------
AGENCIES = [
    dict(code='CA', region='Bay Area, California (penal-code nouns, ** joiner)', width=100, upper=True,
         rp=['RP'], sts=['STS', 'ADV', 'STATES'], joiners=[' ** '],
         stamp=('[{hh}:{mm}:{ss}] ', 0.25), prefix=['P1 ', 'P2 ', 'P3 ', 'E ', '', ''],
         suffix=('-{INI}', 0.30)),
    dict(code='PNW', region='Pacific Northwest (mixed case, comp/adv, / joiner)', width=80, upper=False,
         rp=['comp', 'caller'], sts=['reports', 'adv', 'states'], joiners=[' / ', ' // '],
         stamp=('{hh}{mm}: ', 0.20), prefix=['(1) ', '(2) ', '(3) ', '', ''],
         suffix=(' [{ini}]', 0.25)),
    dict(code='TX', region='Texas (CALLER ADV, OPR numbers, ; joiner)', width=120, upper=True,
         rp=['CALLER', 'COMPL', 'C/A'], sts=['ADV', 'ADVISED', 'STATES'], joiners=['; ', ' ;; '],
         stamp=('[OPR {op}] ', 0.30), prefix=['PRI 1 - ', 'PRI 2 - ', 'PRI 3 - ', '', ''],
         suffix=('', 0.0)),
    dict(code='MW', region='Upper Midwest (Caller states ... / ..., Milwaukee-like)', width=120, upper=False,
         rp=['Caller', 'caller'], sts=['states', 'stated', 'reporting'], joiners=[' / '],
         stamp=('', 0.0), prefix=['', '', '', 'Pri 2 ', 'Pri 3 '],
         suffix=('', 0.0)),
    dict(code='NE', region='Northeast (C/O, EDP, AIDED, short 64-col field)', width=64, upper=True,
         rp=['C/O', 'CALLER'], sts=['STATES', 'REPORTS'], joiners=[' - ', ' -- '],
         stamp=('{hh}{mm} ', 0.15), prefix=['PRI 4 ', 'PRI 6 ', '', '', ''],
         suffix=('', 0.0)),
    dict(code='SE', region='Southeast (RP ADV, C1-C3 response codes, // joiner)', width=100, upper=True,
         rp=['RP', 'CALLER'], sts=['ADV', 'ADVS'], joiners=[' // '],
         stamp=('{hh}:{mm} ', 0.20), prefix=['C1 - ', 'C2 - ', 'C3 - ', '', ''],
         suffix=(' ({INI})', 0.30)),
    dict(code='MTN', region='Mountain West (lowercase, hhmm + operator initials per entry)', width=80,
         upper=False, rp=['rp', 'RP', 'rp'], sts=['sts', 'advises', 'says'], joiners=['; ', ' .. '],
         stamp=('{hh}{mm} {ini}: ', 0.45), prefix=['', '', '[p2] ', '[p3] '],
         suffix=('', 0.0)),
]
AG_BY_CODE = {a['code']: a for a in AGENCIES}
LEAD_P = {'MW': 0.65, 'TX': 0.35, 'CA': 0.25, 'NE': 0.3, 'SE': 0.3, 'PNW': 0.3, 'MTN': 0.25}
WIDTHS = sorted({a['width'] for a in AGENCIES})

CT_MAP = {
    'CA': {'DISTURBANCE': '415', 'NOISE COMPLAINT': '415N', 'LOUD MUSIC': '415 MUSIC', 'LOUD PARTY': '415P',
           'FAMILY TROUBLE': '415F', 'VERBAL DISPUTE': '415V', 'ASSAULT W/ WEAPON': '245', 'BATTERY': '242',
           'ASSAULT': '240', 'DOMESTIC VIOLENCE': '273.5', 'DOMESTIC': '273.5', 'MENTAL': '5150',
           'MENTAL HEALTH': '5150', 'SUICIDAL SUBJ': '5150 SUICIDAL', 'BURGLARY IP': '459 IP',
           'BURGLARY': '459', 'BURGLARY REPORT': '459 RPT', 'THEFT IP': '484 IP', 'THEFT': '484',
           'THEFT REPORT': '484 RPT', 'AUTO THEFT REPORT': '10851 RPT', 'VANDALISM': '594',
           'VANDALISM REPORT': '594 RPT', 'VANDALISM IP': '594 IP', 'CRIMINAL THREATS': '422',
           'THREATS': '422', 'INDECENT EXPOSURE': '314', 'HIT AND RUN': '20002', 'DUI': '23152',
           'WEAPONS COMPLAINT': '417', 'TRESPASS': '602', 'WELFARE CHECK': 'WELCK',
           'INTOXICATED PERSON': '647F', 'PUBLIC INTOX': '647F', 'SUSP PERSON': 'SUSP PERS'},
    'NE': {'MENTAL': 'EDP', 'MENTAL HEALTH': 'EDP', 'MENTAL CRISIS': 'EDP', 'SUICIDAL SUBJ': 'EDP - SUICIDAL',
           'MEDICAL': 'AIDED', 'PERSON DOWN': 'AIDED - UNK', 'UNCONSCIOUS PERSON': 'AIDED - UNC',
           'SICK CASE': 'AIDED - SICK', 'INTOXICATED PERSON': 'AIDED - INTOX', 'VERBAL DISPUTE': 'DISPUTE',
           'FAMILY TROUBLE': 'DISPUTE - FAMILY', 'DISTURBANCE': 'DISORDERLY', 'BURGLARY IP': 'BURG IP',
           'THEFT REPORT': 'PAST LARCENY', 'BURGLARY REPORT': 'PAST BURGLARY', 'WELFARE CHECK': 'CHECK WELFARE',
           'NOISE COMPLAINT': 'NOISE', 'LOUD MUSIC': 'NOISE', 'LOUD PARTY': 'NOISE'},
    'TX': {'WELFARE CHECK': 'WELFARE CONCERN', 'DISTURBANCE': 'DISTURBANCE - OTHER', 'MEDICAL': 'EMS ASSIST',
           'PERSON DOWN': 'EMS - PERSON DOWN', 'NOISE COMPLAINT': 'LOUD NOISE', 'LOUD MUSIC': 'LOUD NOISE',
           'LOUD PARTY': 'LOUD NOISE', 'VERBAL DISPUTE': 'DISTURBANCE - VERBAL',
           'FAMILY TROUBLE': 'FAMILY DISTURBANCE', 'ASSAULT': 'ASSAULT - JUST OCC',
           'SUSP PERSON': 'SUSPICIOUS PERSON', 'SUSP VEHICLE': 'SUSPICIOUS VEHICLE', '911 HANGUP': '911 HANG UP'},
    'SE': {'WELFARE CHECK': 'WELFARE CK', 'HIT AND RUN': 'HIT & RUN', 'DISTURBANCE': 'DIST',
           'VERBAL DISPUTE': 'DIST - VERBAL', 'MENTAL': 'MENTAL SUBJ', 'SUSP PERSON': 'SUSP PERS',
           'SUSP CIRCS': 'SUSP INCIDENT', 'INTOXICATED PERSON': 'DRUNK'},
    'MTN': {'WELFARE CHECK': 'WELFARE CHK', 'DISTURBANCE': 'DIST', 'UNKNOWN TROUBLE': 'UNK PROBLEM',
            'TROUBLE W/ SUBJ': 'PROBLEM PARTY', 'NOISE COMPLAINT': 'NOISE', 'MENTAL': 'BEHAVIORAL HEALTH',
            'MENTAL CRISIS': 'BEHAVIORAL HEALTH', 'SUICIDAL SUBJ': 'SUICIDAL PARTY',
            'INTOXICATED PERSON': 'INTOX PARTY'},
    'PNW': {'WELFARE CHECK': 'PERSON - WELFARE CHECK', 'DISTURBANCE': 'DISTURBANCE, MISC',
            'NOISE COMPLAINT': 'NOISE - DISTURBANCE', 'SUSP PERSON': 'SUSPICIOUS PERSON',
            'TROUBLE W/ SUBJ': 'TROUBLE - UNWANTED PERSON', 'MENTAL': 'CRISIS COMPLAINT',
            'MENTAL CRISIS': 'CRISIS COMPLAINT', 'SUICIDAL SUBJ': 'SUICIDE - IP/JO', 'ASSAULT': 'ASLT - IP/JO'},
    'MW': {'TROUBLE W/ SUBJ': 'TRBL W/SUBJ', 'WELFARE CHECK': 'WELFARE CITIZEN', 'MENTAL': 'MENTAL OBSERVATION',
           'NOISE COMPLAINT': 'NOISE NUISANCE', 'SUSP PERSON': 'SUSPICIOUS PERSON/AUTO',
           'SUSP VEHICLE': 'SUSPICIOUS PERSON/AUTO', 'SUSP CIRCS': 'SUSPICIOUS - OTHER',
           'WEAPONS COMPLAINT': 'SUBJ WITH WEAPON', 'MAN W/ GUN': 'SUBJ WITH GUN',
           'SHOTS FIRED': 'SHOTS FIRED/SHOTSPOTTER', 'CHECK THE AREA': 'CALL FOR POLICE'},
}

SLOTS = {
    'loc': ['IFO the 7-11', 'in the alley behind the shops', 'at the bus stop', 'in the lot',
            'by the light rail stn', 'outside the laundromat', 'at the park entrance', 'near the tot lot',
            'IFO the liquor store', 'on the corner', 'at the gas station', 'IFO the library'],
    'veh': ['silver sedan', 'blk SUV', 'white pickup', 'red hatchback', 'grey minivan', 'blue civic',
            'dk colored sedan', 'tan work van'],
    'desc': ['W/M 30s', 'B/M 20s', 'H/M 40s', 'W/F 50s', 'B/F 30s', 'A/M 20s', 'H/F 20s', 'W/M 60s',
             'UNK RACE MALE', 'B/M TEEN'],
    'apt': ['#4', '#12', '3B', '2C', '#210', '#7', '1A', '#305'],
}
STREETS = ['MAIN', '5TH AV', 'ELM', 'MLK', 'BROADWAY', 'OAK', 'RIVER RD', 'W 38TH', 'CEDAR', 'PINE',
           'COLFAX', 'FOREST', 'N 27TH', 'LINCOLN', 'WASHINGTON']
FILLERS = ['{unit} ENRT', '{unit} ENROUTE', '{unit} ONSCENE', '{unit} OS', '{unit} 10-97', '{unit} 10-8',
           '{unit} DISP', 'ASSIGNED {unit}', 'ADDED {unit}', 'PHASE 2 WIRELESS', 'LOC VERIFIED', 'XST {street}',
           'RP REQ CONTACT', 'RP DOES NOT WANT CONTACT', 'RP WILL MEET', 'CB # ON FILE', 'NO DESC AVAIL',
           'PRI CHANGED', 'DUP CALL MERGED', 'REF PRIOR CALL TODAY', 'LANDLINE', 'LANGUAGE LINE USED',
           'RP CALLING FROM NEXT DOOR', 'RP IS MGR', 'ANON RP', '2ND CALLER SAME INFO', 'CELL SECTOR {dir}',
           'MAP UPDATED', 'BEAT {n}', 'CASE # REQ', '{unit} ETA {n}', 'HOLDING FOR UNIT', 'XFER FROM HWY PATROL',
           '{unit} ACK', 'XFER FROM ALT PSAP', 'CHGD LOC PER RP', 'UNITS ADV']

# decoy add-ons: (markup text, kinds it must not be combined with)
NEG_ADDONS = [
    ('{{no weapons seen}}', 'wu'), ('{{no weapons mentioned}}', 'wu'), ('{{rp denies weapons}}', 'wu'),
    ('{{no inj reported}}', 'iu'), ('{{no one hurt per rp}}', 'viu'), ('{{denies SI}}', 'su'),
    ('{{denies SI/HI}}', 'stu'), ('{{no threats made}}', 'tu'), ('{{no physical}}', 'vwu'),
    ('{{nothing physical}}', 'vwu'), ('{{no kids in the home}}', 'pu'), ('{{no hx of violence}}', ''),
    ('{{hx of 5150s}}', ''), ('{{hx of calls at loc}}', ''), ('{{prior hx of weapons at address}}', ''),
    ('{{no medical needed}}', 'iu'), ('{{no SI stated}}', 'su'), ('{{hx of ETOH}}', ''),
]
SI_OK_GROUPS = ['welfare', 'negated', 'history', 'refuse', 'intox', 'misc', 'weapon', 'threat', 'injury',
                'violence', 'dispute']
RES_ADDONS = [
    ('earlier <<u:open line>> ((was a pocket dial))', 'u'),
    ('<<u:911 hangup>> prior ((callback ok, same rp))', 'u'),
    ('<<w:poss shots>> rptd earlier ((confirmed fireworks))', 'wu'),
    ('<<u:panic alarm>> at loc ((cancelled w/ code))', 'u'),
    ('<<u:dup 911 open line>> ((same rp, all ok))', 'u'),
]

MISSPELL = {
    'weapon': ['wepon', 'weapn'], 'weapons': ['wepons', 'weapns', 'weopons'], 'knife': ['knive', 'knif', 'nife'],
    'pistol': ['pistal', 'pistl'], 'rifle': ['rilfe', 'rifel'], 'machete': ['machette', 'mechete'],
    'unresponsive': ['unresponsve', 'unresposive', 'unrepsonsive'], 'breathing': ['breathng', 'breating'],
    'bleeding': ['bleading', 'bleeing'], 'conscious': ['concious'], 'unconscious': ['unconcious'],
    'threatening': ['threating', 'threatning', 'theatening'], 'threatened': ['threatend', 'threatned'],
    'neighbor': ['nieghbor', 'neighbr', 'nehgbor'], 'neighbors': ['nieghbors'], 'vehicle': ['vehical'],
    'seizure': ['siezure', 'seizue'], 'seizing': ['siezing'], 'screaming': ['screeming', 'screming'],
    'whispering': ['wispering', 'whisperng'], 'choking': ['chocking'], 'choked': ['chocked'],
    'hammer': ['hamer'], 'hatchet': ['hatchett'], 'argument': ['arguement'], 'arguing': ['arguign', 'argueing'],
    'apartment': ['apartmant'], 'ambulance': ['ambulence'], 'stabbed': ['stabed'], 'stab': ['stabb'],
    'suicide': ['suiside', 'sucide'], 'suicidal': ['sucidal', 'suicidel'], 'overdose': ['overdoes'],
    'overdosed': ['overdoesed', 'overdossed'], 'shotgun': ['shotgn', 'shotgum'], 'handgun': ['handgn'],
    'gunshots': ['gun shots', 'gunshts'], 'punching': ['punchng'], 'fighting': ['figting', 'fightng'],
    'disconnected': ['disconected'], 'harassment': ['harrasment'], 'ledge': ['ledg'],
    'collapsed': ['colapsed'], 'unable': ['unabel'], 'hanging': ['hangin'], 'scissors': ['sissors'],
    'exposing': ['exposeing'], 'burglary': ['burglery', 'buglary'], 'trespasser': ['trespaser'],
    'intoxicated': ['intoxicted', 'intoxcated'], 'elderly': ['elderley', 'eldery'], 'because': ['becuase'],
    'daughter': ['dauhgter'], 'boyfriend': ['boyfreind'], 'girlfriend': ['girlfreind'],
    'refusing': ['refuseing'], 'residence': ['residense'], 'screams': ['screems'], 'wrists': ['wrsits'],
    'pills': ['pils'], 'baseball': ['basebal'], 'crossbow': ['crosbow'], 'blood': ['blod'], 'bruises': ['brusies'], 'swerving': ['swerveing'],
    'masturbating': ['masterbating'], 'fireworks': ['fire works', 'firworks'],
    'pocket': ['pockt'], 'callback': ['call back', 'calback'], 'confirmed': ['confimed', 'comfirmed'],
    'denies': ['denys'], 'injury': ['injry'], 'injuries': ['injurys'], 'physical': ['phsyical', 'physcial'],
}


# ----------------------------------------------------------------------------------------
# Template parsing
# ----------------------------------------------------------------------------------------
TOK = re.compile(r'\[\[([a-z,]+):(.+?)\]\]|<<([a-z,]+):(.+?)>>|\(\((.+?)\)\)|\{\{(.+?)\}\}')


def parse_groups(text):
    groups = []
    cur = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith('== '):
            parts = [p.strip() for p in line[3:].split('|')]
            cur = {'name': parts[0], 'label': parts[1], 'fit': parts[2].split(';'),
                   'alt': parts[3].split(';'), 'rationale': parts[4] if len(parts) > 4 else '',
                   'items': []}
            groups.append(cur)
            continue
        agency = None
        if line.startswith('@'):
            agency, line = line.split(' ', 1)
            agency = agency[1:]
        cur['items'].append({'agency': agency, 'text': line,
                             'id': '%s-%03d' % (cur['name'], len(cur['items']) + 1)})
    return groups


def kinds_of(s):
    return tuple(KABBR[c] for c in s.split(','))


def tokenize(text, comp):
    """Return pieces: dicts with type txt/key/alarm/res/neg, text, kinds, pair."""
    pieces = []
    pos = 0
    na = nr = 0
    for m in TOK.finditer(text):
        if m.start() > pos:
            pieces.append({'type': 'txt', 'text': text[pos:m.start()], 'kinds': (), 'pair': None})
        if m.group(1):
            pieces.append({'type': 'key', 'text': m.group(2), 'kinds': kinds_of(m.group(1)), 'pair': None})
        elif m.group(3):
            pieces.append({'type': 'alarm', 'text': m.group(4), 'kinds': kinds_of(m.group(3)),
                           'pair': (comp, na)})
            na += 1
        elif m.group(5) is not None:
            pieces.append({'type': 'res', 'text': m.group(5), 'kinds': (), 'pair': (comp, nr)})
            nr += 1
        else:
            pieces.append({'type': 'neg', 'text': m.group(6), 'kinds': (), 'pair': None})
        pos = m.end()
    if pos < len(text):
        pieces.append({'type': 'txt', 'text': text[pos:], 'kinds': (), 'pair': None})
    assert na == nr, ('unpaired alarm/resolution', text)
    return pieces


def template_kinds(text):
    out = []
    for m in TOK.finditer(text):
        ks = m.group(1) or m.group(3)
        if ks:
            for k in kinds_of(ks):
                if k not in out:
                    out.append(k)
    return out


def has_cue(text, which):
    if which == 'neg':
        return '{{' in text
    return '((' in text


# ----------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------
def rand_stamp(rng, ag):
    fmt, p = ag['stamp']
    if not fmt or rng.random() >= p:
        return ''
    return fmt.format(hh='%02d' % rng.randrange(24), mm='%02d' % rng.randrange(60),
                      ss='%02d' % rng.randrange(60), op='%04d' % rng.randrange(1000, 9999),
                      ini=rand_ini(rng).lower(), INI=rand_ini(rng))


def rand_ini(rng):
    return ''.join(rng.choice('ABCDEFGHJKLMNPRSTW') for _ in range(rng.choice([2, 3, 3])))


def rand_unit(rng, ag):
    c = ag['code']
    if c == 'CA':
        return '%d%s%d' % (rng.randint(1, 4), rng.choice('ABCDEK'), rng.randint(10, 39))
    if c == 'NE':
        return 'RMP %d%s' % (rng.randint(1, 120), rng.choice(['', 'A', 'B']))
    if c == 'TX':
        return '%d%02d' % (rng.randint(1, 9), rng.randint(10, 99))
    if c == 'PNW':
        return '%d%s%d' % (rng.randint(1, 4), rng.choice('BCDEFGKLMNR'), rng.randint(11, 34))
    if c == 'SE':
        return 'UNIT %d' % rng.randint(100, 899)
    if c == 'MTN':
        return '%dA%d' % (rng.randint(1, 6), rng.randint(1, 9))
    return 'SQ %d%02d' % (rng.randint(1, 7), rng.randint(10, 99))


def filler(rng, ag):
    f = rng.choice(FILLERS)
    return f.format(unit=rand_unit(rng, ag), street=rng.choice(STREETS), n=rng.randint(2, 19),
                    dir=rng.choice(['NE', 'SW', 'N', 'E', 'SE']))


def fill_slots(s, rng, ctx):
    def rep(m):
        name = m.group(1)
        if name == 'rp':
            return ctx['rp']
        if name == 'sts':
            return ctx['sts']
        return rng.choice(SLOTS[name])
    return re.sub(r'\{(\w+)\}', rep, s)


def render_component(text, comp, rng, ag, ctx):
    """Tokenize one component and apply slots, agency reporter word and entry joiners."""
    pieces = tokenize(text, comp)
    for p in pieces:
        t = p['text']
        if p['type'] == 'txt':
            t = fill_slots(t, rng, ctx)
            t = re.sub(r'\s*\|\s*', lambda m: ctx['join'] + rand_stamp(rng, ag), t)
        t = re.sub(r'\b[Rr][Pp]\b', ctx['rp'], t)
        p['text'] = t
    return pieces


def misspell_word(w, rng):
    lw = w.lower()
    if lw in MISSPELL:
        new = rng.choice(MISSPELL[lw])
    else:
        letters = list(w)
        op = rng.choice(['drop', 'swap', 'double'])
        i = rng.randrange(1, len(w) - 1)
        if op == 'drop':
            del letters[i]
        elif op == 'swap':
            letters[i], letters[i + 1] = letters[i + 1], letters[i]
        else:
            letters.insert(i, letters[i])
        new = ''.join(letters)
    if w.isupper():
        new = new.upper()
    elif w[0].isupper():
        new = new[0].upper() + new[1:]
    return new if new != w else None


def apply_misspelling(pieces, rng):
    """Misspell one word; prefer danger/cue words half the time.  Returns description or None."""
    cands = []
    for pi, p in enumerate(pieces):
        for m in re.finditer(r'[A-Za-z]+', p['text']):
            w = m.group(0)
            if len(w) >= 5 or (w.lower() in MISSPELL and len(w) >= 3):
                cands.append((pi, m.start(), m.end(), w))
    if not cands:
        return None
    marked = [c for c in cands if pieces[c[0]]['type'] in ('key', 'alarm', 'neg', 'res')]
    pool = marked if (marked and rng.random() < 0.5) else cands
    pi, s, e, w = rng.choice(pool)
    new = misspell_word(w, rng)
    if not new:
        return None
    t = pieces[pi]['text']
    pieces[pi]['text'] = t[:s] + new + t[e:]
    return (pieces[pi]['type'], w, new)


def assemble(parts):
    """parts: list of piece-lists and plain strings; returns (text, pieces with spans)."""
    out = []
    pos = 0
    allp = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
            pos += len(part)
            continue
        for p in part:
            q = dict(p)
            q['start'] = pos
            q['end'] = pos + len(p['text'])
            out.append(p['text'])
            pos += len(p['text'])
            allp.append(q)
    return ''.join(out), allp


# ----------------------------------------------------------------------------------------
# Labelling (policy)
# ----------------------------------------------------------------------------------------
def alnum_count(s):
    return sum(1 for c in s if c.isalnum())


def key_survival(text, start, end, width):
    """(survives, how, fragment) for a key/alarm span under a cut at width (None = uncut)."""
    if width is None or end <= width:
        return True, 'whole', text
    if start >= width:
        return False, 'gone', ''
    frag = text[:width - start]
    if not re.search(r'\s', text.strip()):
        n = alnum_count(text)
        if n > 5 and alnum_count(frag) >= max(5, n - 3):
            return True, 'partial', frag
    return False, 'cut', frag


def label_pieces(pieces, width):
    """Return (flags list in KINDS order, reason parts, stats)."""
    flags = []
    notes = []
    lost = []
    res_ok = {}
    for p in pieces:
        if p['type'] == 'res':
            res_ok[p['pair']] = (width is None or p['end'] <= width, p['text'])
    for p in pieces:
        if p['type'] == 'key':
            ok, how, frag = key_survival(p['text'], p['start'], p['end'], width)
            if ok:
                for k in p['kinds']:
                    if k not in flags:
                        flags.append(k)
                shown = frag if how == 'partial' else p['text']
                extra = ' (partial %d/%d)' % (alnum_count(frag), alnum_count(p['text'])) if how == 'partial' else ''
                notes.append('%s <- %r%s' % ('+'.join(p['kinds']), shown, extra))
            elif how == 'cut':
                lost.append('cut %s key %r to %r' % ('+'.join(p['kinds']), p['text'], frag))
            else:
                lost.append('cut %s key %r entirely' % ('+'.join(p['kinds']), p['text']))
        elif p['type'] == 'alarm':
            ok, how, frag = key_survival(p['text'], p['start'], p['end'], width)
            rok, rtext = res_ok[p['pair']]
            if not ok:
                lost.append('alarm %r cut (%s)' % (p['text'], how))
                continue
            shown = frag if how == 'partial' else p['text']
            if rok:
                notes.append('resolved: alarm %r by %r' % (shown, rtext))
            else:
                for k in p['kinds']:
                    if k not in flags:
                        flags.append(k)
                notes.append('%s <- %r (alarm; resolution %r cut)' % ('+'.join(p['kinds']), shown, rtext))
    flags = [k for k in KINDS if k in flags]
    return flags, notes, lost


def cue_present(pieces, width, typ):
    for p in pieces:
        if p['type'] == typ and (width is None or p['end'] <= width):
            return True
    return False


# ----------------------------------------------------------------------------------------
# Row construction
# ----------------------------------------------------------------------------------------
CT_RULES = {
    'police': [(r'expos|masturbat|peep|unzip|skirts|urinat|314', ['INDECENT EXPOSURE', 'LEWD CONDUCT']),
               (r'drunk driver|DUI|swerv|wrong way|running car|at the wheel|driving drunk', ['DUI', 'RECKLESS DRIVER']),
               (r'hit and run|crash', ['HIT AND RUN']),
               (r'child|yo |kids|infant|toddler|baby|bruises|candy', ['CHILD ABUSE', 'CHILD ALONE', 'CHILD NEGLECT']),
               (r'warrant|restraining', ['WARRANT SERVICE', 'ORDER VIOLATION']),
               (r'spray|tagging|smashing|setting fire', ['VANDALISM IP', 'MALICIOUS MISCHIEF IP']),
               (r'shoplift|stealing|purse|484|211|card|stolen|bike|packages|copper|catalytic|siphon|register',
                ['THEFT IP', 'ROBBERY JUST OCC', 'SHOPLIFTER']),
               (r'prowler|peering|locker|trespass', ['PROWLER', 'TRESPASS']),
               (r'.', ['BURGLARY IP', 'BURGLARY JUST OCC'])],
    'injury': [(r'\bOD\b|overdos|narcan|23-D|took something', ['OVERDOSE', 'OD/POISONING']),
               (r'fell|fall|slip', ['FALL W/ INJURY', 'FALL']),
               (r'seiz', ['SEIZURE', 'MEDICAL']),
               (r'GSW|stab', ['ASSAULT W/ INJURY', 'SHOOTING']),
               (r'.', ['MEDICAL', 'PERSON DOWN', 'UNCONSCIOUS PERSON', 'SICK CASE'])],
    'weapon': [(r'shot|firing|shooting|gunshot', ['SHOTS FIRED', 'SHOOTING']),
               (r'gun|pistol|rifle|shotgun|revolver|417', ['MAN W/ GUN', 'WEAPONS COMPLAINT']),
               (r'.', ['SUBJ W/ WEAPON', 'WEAPONS COMPLAINT', 'ASSAULT W/ WEAPON', 'ARMED SUBJ'])],
    'violence': [(r'\b(bf|husb|husband|wife|son|mom|dad|sister|roommate|ex|teen|mother|father)\b|273|FAMILY',
                  ['DOMESTIC VIOLENCE', 'DOMESTIC', 'FAMILY FIGHT']),
                 (r'.', ['ASSAULT', 'FIGHT', 'BATTERY', 'ASSAULT IP'])],
    'past_theft': [(r'<<p:', ['BURGLARY IP', 'BURGLARY']),
                   (r'graffiti|594|keyed|slashed|eggs|mailbox', ['VANDALISM REPORT', 'CRIMINAL MISCHIEF RPT']),
                   (r'identity|scam|check|card|contractor', ['FRAUD', 'IDENTITY THEFT']),
                   (r'10851|rental car', ['AUTO THEFT REPORT']),
                   (r'pried|broken into|entered|459|BURGLARY|storage|shed', ['BURGLARY REPORT', 'BURGLARY - COLD']),
                   (r'.', ['THEFT REPORT', 'LARCENY - PAST'])],
    'resolved': [(r'<<w:', ['SHOTS FIRED', 'MAN W/ GUN', 'WEAPONS COMPLAINT', 'SHOOTING']),
                 (r'<<u:(911|open|abandon|silent|TDD|dup)', ['911 HANGUP', 'OPEN LINE', 'ABANDONED 911']),
                 (r'<<u:(panic|medical alarm|OnStar)', ['ALARM - PANIC', 'ALARM - MEDICAL']),
                 (r'<<u:', ['SCREAMS HEARD', 'UNKNOWN TROUBLE', 'CHECK THE AREA']),
                 (r'<<p:(burglar|break|suspect inside)', ['BURGLARY IP', 'ALARM - BURGLARY']),
                 (r'<<p:child', ['CHILD ALONE', 'CHILD NEGLECT']),
                 (r'<<p:indecent', ['INDECENT EXPOSURE']),
                 (r'<<p:DUI', ['DUI', 'RECKLESS DRIVER']),
                 (r'<<p:hit', ['HIT AND RUN']),
                 (r'<<p:', ['PROWLER', 'TRESPASS']),
                 (r'<<i:', ['PERSON DOWN', 'MEDICAL']),
                 (r'<<s:', ['SUICIDAL SUBJ', 'ATTEMPT SUICIDE']),
                 (r'<<v:', ['FIGHT', 'ASSAULT']),
                 (r'<<t:', ['THREATS'])],
    'intox': [(r'<<i:OD', ['OVERDOSE', 'OD/POISONING']),
              (r'<<i:', ['PERSON DOWN', 'UNCONSCIOUS PERSON']),
              (r'.', ['INTOXICATED PERSON', 'ETOH', 'DRUNK SUBJ', 'PUBLIC INTOX'])],
    'si_talk': [(r'<<s:', ['SUICIDAL SUBJ', 'ATTEMPT SUICIDE']),
                (r'.', ['MENTAL', 'MENTAL HEALTH', 'WELFARE CHECK', 'CRISIS'])],
    'past_theft_x': [],
    'misc': [(r'parks|parked|driveway|fire lane|abandoned car|blocking the alley|double', ['PARKING', 'ABANDONED VEH']),
             (r'dog|horse|raccoon|pigeons|cats', ['ANIMAL COMPLAINT', 'ANIMAL CONTROL']),
             (r'custody|see his son|court order', ['CHILD CUSTODY', 'CIVIL MATTER']),
             (r'juvs|kids|teens|high school|15yo|12yo', ['JUVENILE PROBLEM', 'JUVENILE COMPLAINT']),
             (r'panhandler|asking customers for money|flagging', ['PANHANDLING', 'SOLICITING']),
             (r'MH|hallucinat|meds|5150|EDP|lasers|bugs', ['MENTAL', 'MENTAL OBSERVATION']),
             (r'.', ['SUSP PERSON', 'SUSP CIRCS', 'ASSIST CITIZEN', 'CIVIL MATTER'])],
}


def fit_types(group, text):
    for pat, types in CT_RULES.get(group['name'], []):
        if re.search(pat, text, re.I):
            return types
    return group['fit']


def choose_call_type(rng, group, is_red, ag, text):
    if is_red:
        lst = fit_types(group, text) if rng.random() < 0.70 else group['alt']
    else:
        lst = fit_types(group, text) if rng.random() < 0.80 else group['alt']
    ct = rng.choice(lst)
    return CT_MAP.get(ag['code'], {}).get(ct, ct)


def neg_opts(group, tk):
    return [a for a in NEG_ADDONS if all(KABBR[c] not in tk for c in a[1])
            and (' SI' not in a[0] and '5150' not in a[0] or group['name'] in SI_OK_GROUPS)]


def res_opts(tk):
    return [a for a in RES_ADDONS if all(KABBR[c] not in tk for c in a[1])]


def build_row(rng, item, group, ag, add_neg, add_res, truncate, do_misspell):
    is_red_t = group['label'] == 'red'
    ctx = {'rp': rng.choice(ag['rp']), 'sts': rng.choice(ag['sts']), 'join': rng.choice(ag['joiners'])}
    ttext = item['text']
    lead_p = LEAD_P.get(ag['code'], 0.3)
    if (ttext[:1].islower() and not re.match(r'(rp|caller|\{rp\})\b', ttext)
            and group['name'] not in ('uncert', 'resolved') and rng.random() < lead_p):
        ttext = '{rp} {sts} ' + ttext
    main = render_component(ttext, 0, rng, ag, ctx)
    tk = template_kinds(item['text']) + group.get('avoid', [])
    comps = [main]
    addon_desc = []
    if add_neg:
        opts = neg_opts(group, tk)
        if opts:
            a = rng.choice(opts)
            comps.append(render_component(a[0], 1, rng, ag, ctx))
            addon_desc.append('neg')
    if add_res:
        opts = res_opts(tk)
        if opts:
            a = rng.choice(opts)
            comps.append(render_component(a[0], 2, rng, ag, ctx))
            addon_desc.append('res')
    # order: main first most of the time
    if len(comps) > 1 and rng.random() < 0.3:
        extra = comps[1:]
        rng.shuffle(extra)
        comps = extra + [main]
    elif len(comps) > 2:
        extra = comps[1:]
        rng.shuffle(extra)
        comps = [main] + extra
    # case
    if ag['upper']:
        for c in comps:
            for p in c:
                p['text'] = p['text'].upper()
    # misspelling (~30% of rows)
    misspell = None
    if do_misspell:
        flat = [p for c in comps for p in c]
        misspell = apply_misspelling(flat, rng)
    prio = rng.choice(ag['prefix'])
    suf_fmt, suf_p = ag['suffix']
    suffix = suf_fmt.format(INI=rand_ini(rng), ini=rand_ini(rng).lower()) if (suf_fmt and rng.random() < suf_p) else ''

    def compose(pre_fill, post_fill):
        parts = [prio]
        first = True
        for f in pre_fill:
            parts.append(('' if first else ctx['join']) + f)
            first = False
        for c in comps:
            if not first:
                parts.append(ctx['join'] + rand_stamp(rng, ag))
            else:
                st = rand_stamp(rng, ag)
                if st:
                    parts.append(st)
            parts.append(c)
            first = False
        for f in post_fill:
            parts.append(ctx['join'] + f)
        parts.append(suffix)
        return assemble(parts)

    def case(s):
        s = re.sub(r'\bRP\b', ctx['rp'].upper(), s)
        return s.upper() if ag['upper'] else (s if rng.random() < 0.8 else s.lower())

    W = ag['width']
    if not truncate:
        n_pre = rng.choice([0, 0, 0, 1])
        n_post = rng.choice([0, 0, 1, 1, 2])
        text, pieces = compose([case(filler(rng, ag)) for _ in range(n_pre)],
                               [case(filler(rng, ag)) for _ in range(n_post)])
        return text, pieces, None, ctx, misspell, addon_desc
    # truncated row: steer where the cut lands
    marked = [p for p in compose([], [])[1] if p['type'] in ('key', 'alarm', 'res')]
    mode = 'tail'
    longword = [p for p in marked if p['type'] == 'key' and not re.search(r'\s', p['text'].strip())
                and alnum_count(p['text']) > 5]
    has_res = any(p['type'] == 'res' for p in marked)
    if marked and rng.random() < (0.75 if has_res else 0.6):
        mode = 'focus'
        if longword and rng.random() < 0.8:
            mode = 'wordedge'
    best = None
    for attempt in range(60):
        n_pre = rng.choice([0, 0, 1, 1, 2, 3]) if mode != 'tail' else rng.choice([0, 0, 0, 1])
        n_post = rng.choice([1, 2, 3, 4, 5])
        pre = [case(filler(rng, ag)) for _ in range(n_pre)]
        post = [case(filler(rng, ag)) for _ in range(n_post)]
        text, pieces = compose(pre, post)
        if len(text) <= W:
            continue
        mk = [p for p in pieces if p['type'] in ('key', 'alarm', 'res')]
        if mode == 'tail':
            score = 0 if all(p['end'] <= W for p in mk) else 1
        elif mode == 'wordedge':
            lw = [p for p in mk if p['type'] == 'key' and not re.search(r'\s', p['text'].strip())
                  and alnum_count(p['text']) > 5]
            score = min(0 if p['end'] - 4 <= W < p['end'] else abs(W - (p['end'] - 2)) + 1 for p in lw) if lw else 99
        else:
            res = [p for p in mk if p['type'] == 'res']
            tgt = res if res else mk
            score = min(0 if p['start'] < W < p['end'] else min(abs(W - p['start']), abs(W - p['end'])) + 1
                        for p in tgt)
        if best is None or score < best[0]:
            best = (score, text, pieces)
        if score == 0:
            break
    if best is None:
        post = []
        while True:
            post.append(case(filler(rng, ag)))
            text, pieces = compose([], post)
            if len(text) > W:
                break
        best = (9, text, pieces)
    return best[1], best[2], W, ctx, misspell, addon_desc


def build():
    rng = random.Random(SEED)
    red_groups = parse_groups(RED_TEMPLATES)
    ok_groups = parse_groups(OK_TEMPLATES)
    avoid = {'tools': ['weapon'], 'lawful': ['weapon'], 'toys': ['weapon'], 'si_talk': ['suicide'],
             'intox': ['injury']}
    for g in ok_groups:
        g['avoid'] = avoid.get(g['name'], [])
    for g in red_groups:
        g['avoid'] = []
    red_items = [(it, g) for g in red_groups for it in g['items']]
    ok_items = [(it, g) for g in ok_groups for it in g['items']]
    # red intent: distinct templates, evenly across kinds (drop a few at random)
    chosen_red = rng.sample(red_items, N_RED_INTENT)
    n_ok = N_ROWS - N_RED_INTENT
    chosen_ok = list(ok_items)
    rng.shuffle(chosen_ok)
    while len(chosen_ok) < n_ok:
        chosen_ok.append(rng.choice(ok_items))
    chosen_ok = chosen_ok[:n_ok]
    plan = [(it, g, True) for it, g in chosen_red] + [(it, g, False) for it, g in chosen_ok]
    rng.shuffle(plan)
    # decoy balancing: same target cue rate in both intended labels
    target = {('neg', True): 0.40, ('neg', False): 0.36, ('res', True): 0.19, ('res', False): 0.17}
    addon = {'neg': [False] * len(plan), 'res': [False] * len(plan)}
    for which in ('neg', 'res'):
        for lab in (True, False):
            idx = [i for i, (it, g, r) in enumerate(plan) if r == lab]
            have = sum(1 for i in idx if has_cue(plan[i][0]['text'], which))
            need = max(0, int(round(target[(which, lab)] * len(idx))) - have)
            cands = []
            for i in idx:
                it, g, r = plan[i]
                tk = template_kinds(it['text']) + g['avoid']
                ok = neg_opts(g, tk) if which == 'neg' else res_opts(tk)
                if ok and not has_cue(it['text'], which):
                    cands.append(i)
            for i in rng.sample(cands, min(need, len(cands))):
                addon[which][i] = True
    # weighted sample without replacement (Efraimidis-Spirakis); rows whose template carries an
    # alarm+resolution are 3x as likely to be cut, so more cuts separate an alarm from its resolution
    keyed = []
    for i, (it, g, r) in enumerate(plan):
        w = 3.0 if has_cue(it['text'], 'res') else 1.0
        keyed.append((rng.random() ** (1.0 / w), i))
    keyed.sort(key=lambda t: (-t[0], t[1]))
    trunc_idx = sorted(i for _, i in keyed[:int(round(TRUNC_FRAC * len(plan)))])
    trunc_set_list = [False] * len(plan)
    for i in trunc_idx:
        trunc_set_list[i] = True
    # misspelling: stratified, 31% of the rows of each intended label
    miss_list = [False] * len(plan)
    for lab in (True, False):
        idx = [i for i, (it, g, r) in enumerate(plan) if r == lab]
        for i in rng.sample(idx, int(round(0.31 * len(idx)))):
            miss_list[i] = True
    ag_cycle = []
    rows = []
    seen = {}
    for idx, (it, g, red_intent) in enumerate(plan):
        if it['agency']:
            ag = AG_BY_CODE[it['agency']]
        else:
            if not ag_cycle:
                ag_cycle = list(AGENCIES)
                rng.shuffle(ag_cycle)
            ag = ag_cycle.pop()
        add_neg = addon['neg'][idx]
        add_res = addon['res'][idx]
        for attempt in range(20):
            text, pieces, W, ctx, missp, addons = build_row(rng, it, g, ag, add_neg, add_res,
                                                           trunc_set_list[idx], miss_list[idx])
            final = text if W is None else text[:W]
            if W is None and len(final) in WIDTHS:
                final = final + '.'
            if final not in seen:
                break
        seen[final] = True
        flags, notes, lost = label_pieces(pieces, W)
        ct = choose_call_type(rng, g, red_intent, ag, it['text'])
        rows.append({'template': it['id'], 'group': g['name'], 'group_label': g['label'],
                     'rationale': g['rationale'], 'agency': ag['code'], 'call_type': ct,
                     'narrative': final, 'full': text, 'width': W, 'pieces': pieces, 'flags': flags,
                     'notes': notes, 'lost': lost, 'misspell': missp, 'addons': addons})
    rng.shuffle(rows)
    for n, r in enumerate(rows, 1):
        r['id'] = 'B11-%04d' % n
        r['label'] = 'red_flag' if r['flags'] else 'eligible'
        r['reason'] = make_reason(r)
    return rows


def make_reason(r):
    parts = []
    if r['width'] is not None:
        parts.append('truncated at %d;' % r['width'])
    body = []
    if r['flags']:
        body.extend(r['notes'])
    else:
        if r['group_label'] == 'red':
            body.append('eligible: no red key survives the cut, remaining text is an unremarkable call')
        else:
            body.append('eligible: ' + r['rationale'])
        body.extend(r['notes'])
    negs = [p['text'] for p in r['pieces'] if p['type'] == 'neg' and (r['width'] is None or p['end'] <= r['width'])]
    if negs:
        body.append('negation/history cue: ' + ', '.join(repr(n) for n in negs))
    body.extend(r['lost'])
    if r['misspell']:
        body.append('misspelling %r->%r' % (r['misspell'][1], r['misspell'][2]))
    parts.append('; '.join(body))
    return ' '.join(parts)


def to_csv(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n', quoting=csv.QUOTE_MINIMAL)
    w.writerow(['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split'])
    for r in rows:
        w.writerow([r['id'], r['call_type'], r['narrative'], r['label'], ';'.join(r['flags']), r['reason'], SPLIT])
    return buf.getvalue().encode('utf-8')


def main(argv):
    outdir = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    rows = build()
    data = to_csv(rows)
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, 'blind11.csv'), 'wb') as f:
        f.write(data)
    print('wrote %d rows to %s' % (len(rows), os.path.join(outdir, 'blind11.csv')))


if __name__ == '__main__':
    main(sys.argv)
