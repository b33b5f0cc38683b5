#!/usr/bin/env python3
"""make_blind28.py OUTDIR

Generates the blind28 held-out evaluation set for the 911 call-narrative screener
(1,000 CAD-style remarks, labelled red / eligible) from hand-written templates with
inline markup.  Writes OUTDIR/blind28.csv and OUTDIR/blind28_markup.jsonl (the
marked-up, untruncated narrative of every row, which check_blind28.py uses to
re-derive each label).

Python 3 standard library only.  All randomness comes from one random.Random(SEED);
nothing iterates over a set or depends on hash order.

Template markup
  [[kind:text]]  red key span (kind = weapon violence threat injury suicide
                 police_only uncertainty)
  [[ok:text]]    resolution span: resolves every key before it (only if it
                 survives truncation whole)
  entries are separated by ' || ' (multi-entry remark); <TOK> are agency
  abbreviations; {slot} are filled per row.

Label rule (applied to the text that survives truncation at the agency width W)
  * a key survives if whole, or if cut with >= 5 letters surviving and at most 3
    letters lost; otherwise it is lost;
  * a resolution counts only if it survives whole, and cancels the keys before it;
  * red if any surviving, uncancelled key remains; the flag and the quoted span
    are those of the first such key;
  * otherwise eligible: '<look-alike group>' or 'routine', or
    'cut-lost-key (<kind>)' when the untruncated text would have been red.
"""
import csv
import io
import json
import os
import random
import re
import sys

SEED = 28092028
N_ROWS = 1000
KINDS = ['weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty']

TEMPLATES = r'''
#<TEMPLATES>
## red weapon WEAPON,SHOTS
<SUBJ> in {p} [[weapon:waving a handgun]] at people walking by, {clr}
{m} outside {p} [[weapon:w/ a machete]] yelling at cars
<RP> <STS> {rm} [[weapon:pulled a knife]] during argument, <RP> now in bathroom
[[weapon:shots fired]] near {p}, <RP> heard 4-5 rounds, <UNK> direction
two males in lot of {p}, one [[weapon:has a bat]] and is walking toward the other
{f} [[weapon:brandishing a box cutter]] at cashier at {p}
<SUBJ> [[weapon:showed a gun in his waistband]] to <RP> and walked {dir}
neighbor [[weapon:swinging a hammer]] at {n} in the driveway
male [[weapon:holding a broken bottle]] outside {p} screaming at ppl
[[weapon:gunshots]] then a car sped off {dir} from {p}
<RP> sees {m} on porch [[weapon:pointing a rifle]] at passing cars
{rm} [[weapon:chasing <RP> w/ a kitchen knife]] thru the apt at {a}
<SUBJ> [[weapon:threw a brick at]] <RP>'s windshield w/ <RP> inside
male at {p} [[weapon:has a tire iron]] and wont let anyone near his car
road rage on {st}, other driver [[weapon:pointed a pistol]] at <RP>
<RP> says guy at bus stop [[weapon:flashed a blade]] when asked to move
{x} [[weapon:armed w/ a crowbar]] banging on doors at {a}
{m} [[weapon:swinging a golf club]] at parked cars and ppl on {st}
male [[weapon:jabbing a screwdriver]] at <RP> thru the car window
[[weapon:rounds fired]] in alley behind {p}, multiple callers
ex bf in lot of {p} [[weapon:has a gun on him]] per <RP>, in {v}
{f} [[weapon:holding scissors to]] {n}'s neck at {a}
drunk male at {p} [[weapon:waving a pocketknife]], staff locked the doors
unk male [[weapon:carrying a long gun]] walking {dir} on {st} toward the school
juv pointing [[weapon:what looks like a handgun]] at cars on {st}, unk if real
<RP> <STS> roommate [[weapon:grabbed a knife]] and is standing in the hallway
{m} [[weapon:swung a pipe]] at the neighbor, neighbor backed off
[[weapon:sounded like gunfire]] from {a}, 3 pops close together
man at {p} counter [[weapon:showing a gun]] and demanding a refund
{x} at {p} [[weapon:w/ a hatchet]] chopping at the door
<RP> sees {m} [[weapon:racking a shotgun]] in the yard at {a} while yelling
[[weapon:shot fired]] into the air at {p} party
{f} [[weapon:came at <RP> w/ a fork]], stabbing motions
<SUBJ> at {p} [[weapon:holding a knife to his own arm]] and waving it at staff
<RP> <STS> a kid at {p} [[weapon:has a gun in his backpack]], showed friends
male [[weapon:w/ a stun gun]] zapping it at ppl on the platform at {p}
## red weapon WEAPON,SHOTS,DIST,FIGHT
<RP> <STS> neighbor banging on door || now says [[weapon:has a knife]] || <RP> locked in bedroom w/ kids
loud argument in lot at {p} || 2 males || <RP> thinks [[weapon:one has a gun]] in his hand
<RP> <STS> {rm} drunk, breaking dishes || {rm} now [[weapon:holding a steak knife]] || <RP> on porch {ph}
susp {v} circling the block || occupant [[weapon:pointed a gun out the window]] at <RP> || <VEH> last seen {dir}
{unit} <OS> || crowd of 20 || one male [[weapon:w/ a bat]] || <REQ> addl units
<RP> hearing popping || now <STS> [[weapon:definitely gunshots]], 3 more || no visual on shooter
landlord tenant dispute at {a} || tenant [[weapon:came out w/ a hatchet]] || <RP> waiting in car down the street
male yelling at bus driver || [[weapon:pulled a box cutter]] || bus stopped at {st}
shotspotter 3 rds {st} || <RP> <ADV> [[weapon:shots fired]] from a {v} || {unit} enrt
argument btwn {n} and {rm} || [[weapon:gun is out on the table]] || <RP> outside now
{f} in lobby of {p} crying || <STS> husband is outside [[weapon:w/ a gun]] in {v}
camp dispute behind {p} || one <SUBJ> [[weapon:swinging a machete]] || no inj known
{m} refusing to leave {p} || [[weapon:showed a knife]] to clerk when asked to go || still inside
kids playing in park at {p} || older teen [[weapon:flashed a pistol]] at them || teen {clr}
road rage {st} {dir} || other driver got out [[weapon:w/ a baseball bat]] || <RP> still in car
fight at {p} GOA per 1st <RP> || 2nd <RP> sts [[weapon:one had a knife]] || went to rear of bldg
neighbor dispute over fence || {m} [[weapon:went in and got his shotgun]] || <RP> inside
<RP> hears arguing next door || [[weapon:sounded like a gunshot]] || now quiet
{unit} out w/ {x} at {p} || <SUBJ> [[weapon:produced a knife]] || <REQ> cover
intox male at {p} refused service || came back [[weapon:w/ a broken bottle]] || bouncers holding door
<RP> sts roommate in mental crisis || roommate [[weapon:holding a large knife]] pacing kitchen || no one hurt yet
<RP> sees {m} in {v} || [[weapon:waving a revolver]] at another driver || both {dir} on {st}
tow driver at {a} || owner came out [[weapon:swinging a tire iron]] || tow driver backed off to {st}
parking dispute {p} || male [[weapon:threw a glass bottle at]] <RP>'s head, missed || male still in lot
no weapons seen at first || now <RP> sees [[weapon:a gun in his hand]] || male {clr}
security at {p} || patron [[weapon:has a blade out]] by the pool tables || security backing away
<RP> <STS> bf left angry || came back [[weapon:w/ a rifle]] || sitting in {v} out front
ex-employee in lot of {p} || [[weapon:carrying a machete]] toward the entrance || staff locking doors
<RP> at {a} || {rm} [[weapon:got the gun from the closet]] || arguing with {n}
two groups arguing at {p} || someone [[weapon:fired a shot]] || everyone running
## red violence FIGHT,DV,DIST
two females [[violence:fighting]] in front of {p}, pulling hair
<RP> <STS> {rm} [[violence:punched her]] in the face, he is still in the apt
males [[violence:beating up]] a guy behind {p}, 3 on 1
{m} [[violence:choking]] {f} in a {v} parked at {p}
<RP> sees man [[violence:dragging a woman]] by the arm down {st}
{rm} [[violence:threw a chair at]] <RP>, <RP> locked in the bathroom
[[violence:fight in progress]] in {p} lot, approx 6 juvs
bf [[violence:shoved]] <RP> down the stairs at {a}, <RP> ok for now
customer [[violence:slapped]] the cashier at {p}, still in the store
{x} [[violence:kicking a man]] on the ground outside {p}
group [[violence:jumped]] a kid at the bus stop on {st}
neighbor [[violence:assaulted]] <RP>'s husband over parking, still outside
{f} [[violence:being pushed around]] by a male in lot of {p}
two men [[violence:throwing punches]] at the light on {st}
<RP> <STS> her son [[violence:headbutted]] her, son is 16
security <STS> <SUBJ> [[violence:spit on and shoved]] the guard at {p}
males [[violence:brawling]] outside {p}, spilling into the street
{rm} [[violence:grabbed <RP> by the throat]], left in {v}
mom [[violence:whipping a child w/ a belt]] in the yard at {a}
<RP> was [[violence:just attacked]] by {m} at {p}, male walking {dir}
[[violence:fistfight]] btwn two drivers after fender bender on {st}
{m} [[violence:throwing rocks at]] {f}, she is crying by {p}
<RP> <STS> she was [[violence:body slammed]] by roommate, roommate still home
teens [[violence:stomping]] someone at {p} skate area
{f} sts ex [[violence:bit her]] on the arm, he is in the hallway
[[violence:scuffle]] btwn staff and a patient at {p}, still going
<RP> sts {rm} [[violence:beat her up]] and is in the bedroom
two guys [[violence:rolling around fighting]] in the road at {st}
{rm} [[violence:hitting]] <RP>, yelling heard in background
bouncer and patron [[violence:swinging on each other]] outside {p}
a man just [[violence:sucker punched]] a worker at {p} and is sitting on the curb
<RP> sts dad [[violence:pinned mom to the floor]] at {a}
<RP> sts neighbor lady [[violence:pushed her elderly mother]] down in the yard
ppl [[violence:beating on]] a homeless guy under the bridge at {st}
## red violence FIGHT,DV,DIST,UNK
verbal btwn {n} and {rm} || now [[violence:physical]] per <RP> || <RP> hearing thuds
<RP> sts neighbors arguing again || she can see male [[violence:hitting the female]] thru window
{unit} <OS> at {p} || one party sts she was [[violence:punched]] by {m} || other party left {dir}
noise complaint at {a} || 2nd caller sts [[violence:fight]] spilled onto the lawn
<RP> calling from neighbor's house || {rm} [[violence:pushed her into the wall]] || <NFI>
customer dispute over change at {p} || customer [[violence:hit the clerk]] || customer still at register
shopping cart dispute || {x} [[violence:grabbed her by the hair]] || still in the lot
juvs loitering at {p} || now [[violence:fighting]] || one on the ground
<RP> <STS> {rm} came home intox || [[violence:choked <RP>]] || {rm} now on the couch
<RP> sts argument w/ landlord || landlord [[violence:shoved him]] off the porch || landlord still there
<RP> saying stop stop || then <STS> {rm} is [[violence:beating on her]] || gave {a}
bus driver reports dispute || passenger [[violence:punched another passenger]] || bus at {st}
<RP> <ADV> prior DV in 2019 || today {rm} [[violence:slapped her]] || {rm} in kitchen
no weapons seen || males [[violence:throwing punches]] at {p} || crowd gathering
family dispute {a} || <RP> sts dad [[violence:threw a plate at]] mom || kids present
{unit} <ADV> {x} at {p} was [[violence:just assaulted]] || susp {clr}, fled {dir}
<RP> hears yelling upstairs || then [[violence:woman yelling stop hitting me]] || <UNK> apt #
roommate dispute over rent || roommate [[violence:kicked in the door and hit him]] || still there
<RP> at {p} || {m} [[violence:attacked her]] when she stepped in || male {clr}
road rage on {st} || drivers out of cars [[violence:exchanging blows]] || both {v}s blocking lane
two neighbors arguing over a dog || one [[violence:shoved the other to the ground]] || both still out front
teacher <STS> parent [[violence:yanked a student]] by the arm in pickup line at {p} || parent still there
<RP> sts no one hurt yet || {rm} [[violence:throwing things at]] her || <RP> in car
argument in {v} at {p} || male [[violence:elbowed the female]] in the face || car still there
<RP> sts {rf} drunk || [[violence:scratching and hitting]] {rm} || kids in next room
hockey game at {p} || parents in stands [[violence:fighting]] || rink staff separating
{unit} <REQ> addl || party [[violence:swung at the officer]] || subj still combative
<RP> <STS> nephew {age} || [[violence:punching holes and punched his grandma]] || still home
<RP> = charge nurse at {p} || visitor [[violence:slapped the nurse]] || security enrt
## red violence FIGHT,DIST
<RP> sts a man [[violence:keeps shoving]] his girlfriend up against {v} at {p}
{x} [[violence:kneeing]] another guy in the lot of {p}, both still there
## red threat THREAT,HARASS,DIST
ex [[threat:texted he will kill her]] tonight and is parked outside {a}
{m} at {p} [[threat:told the clerk he'd come back and shoot]] the place up
neighbor [[threat:says he's going to burn the house down]] w/ <RP> in it
<RP> <STS> {rm} [[threat:threatened to stab her]] if she calls anyone
{x} yelling [[threat:im gonna kill you]] at <RP> from the sidewalk
customer [[threat:threatening to beat up]] staff at {p}, still in lobby
<RP> sts coworker [[threat:said he'd bring a gun]] to {p} tomorrow
{rm} [[threat:vowed to hurt the kids]] if <RP> leaves, at {a}
male in {v} [[threat:threatened to run <RP> over]], circling the lot
tenant [[threat:told the landlord he would kill him]], landlord at {a}
<RP> got a voicemail [[threat:saying they will find her and hurt her]]
{f} [[threat:threatening to stab]] her sister at {a}
{m} at bus stop [[threat:told <RP> he'd slit her throat]]
student [[threat:threatened to shoot up]] {p} per group chat
ex-bf [[threat:says he's coming over to beat her]], lives 5 min away
[[threat:death threats]] from neighbor {n}, neighbor outside now
<RP> <STS> son [[threat:said he will hurt her]] when he gets home
{m} [[threat:threatened to break <RP>'s legs]] over money owed
drunk patron [[threat:says he'll kill the bartender]] at {p}
man on phone [[threat:threatened to come shoot]] <RP> and her dog
{x} standing over <RP> [[threat:saying he's gonna smash her face in]]
{rm} [[threat:threatening to kill]] {n} tonight
guy in line [[threat:said he'd knock the clerk out]], agitated
neighbor [[threat:threatening to shoot]] <RP>'s dog and <RP>
ex-wife's bf [[threat:told <RP> he's a dead man]] at the exchange at {p}
road rage driver [[threat:said he'd follow <RP> home and hurt him]]
<RP> sts {rm} [[threat:will kill them all]] if she calls cops, he's in garage
patron [[threat:threatened to stab a server]] at {p} over the bill
{m} [[threat:said he'd come back w/ his boys and beat]] the staff, {p}
<RP> <STS> {f} [[threat:threatened to throw acid]] on her, lives upstairs
boss [[threat:said he'd hurt <RP> if she quits]], <RP> at {p}
<RP> sts man at {p} [[threat:threatening to cut]] anyone who comes near his cart
## red threat THREAT,HARASS,DIST,CIVIL
harassment by neighbor ongoing || today neighbor [[threat:said he'd shoot <RP>]] || neighbor in yard now
<RP> sts ex keeps calling || latest call [[threat:he's coming to kill her]] || ex last in a {v}
dispute over car payment at {a} || {rm} [[threat:threatened to stab]] <RP> || <RP> left to {p}
<RP> = mgr of {p} || fired employee [[threat:threatened to come back and hurt staff]] || <NFI>
customer upset about refund || [[threat:says he'll wait in the lot and beat the clerk]] || still in store
{unit} <ADV> || <SUBJ> [[threat:making threats to kill]] family members || at {a}
<RP> <STS> no weapons seen || but {m} [[threat:is threatening to break his neck]] || male {clr}
neighbors arguing over fence || one [[threat:said he'll put a bullet in]] the other || no shots
<RP> getting msgs from {ph} || latest [[threat:says he will hurt her kids]] || <RP> scared
juv upset w/ mom || [[threat:said he'd stab her in her sleep]] || juv in room now
ex at the door || [[threat:saying he will kill her]] and then himself || door locked
{m} in {v} outside {a} || [[threat:told <RP> he'll shoot him]] || <VEH> still there
<RP> sts online threats || now {m} outside [[threat:saying he'll beat her]] || <RP> inside
coworker dispute || [[threat:threatened to shoot everyone]] at {p} tomorrow || <NFI>
<RP> sts {rm} drunk || [[threat:says he's going to hurt someone tonight]] || left on foot {dir}
passenger arguing w/ bus driver || [[threat:said he'll kill him]] at the next stop || bus on {st}
<RP> <ADV> prior harassment only || now {n} [[threat:threatening to kill her]] || by phone from {ph}
{f} at front desk of {p} || ex [[threat:swore he'd hurt her]] if she went to work || ex outside
neighbor dispute || {m} [[threat:threatening to beat]] <RP>'s son || son {age}
landlord at {a} || [[threat:said he'll drag her out and hurt her]] if not gone today || tenant inside
debt over a car || {m} [[threat:said next time he sees <RP> he's dead]] || {m} drives a {v}
<RP> at {p} || {x} followed her in || [[threat:said he'd hurt her when she leaves]]
{unit} <OS> {a} || party [[threat:threatening to kill]] the officer and his family || still on porch
<RP> in parking garage at {p} || male [[threat:told her he'd make her bleed]] || male {clr}
custody exchange at {p} || {rm} [[threat:said he'll take the kids and kill her]] || <RP> in {v}
<RP> <STS> roommate yelling || [[threat:says he will cut her throat]] || roommate in kitchen
## red injury MED,PERSONDOWN,OD,FALL
<SUBJ> down in bus shelter [[injury:not responding]]
{m} [[injury:not breathing]] in the restroom at {p}
<RP> <STS> {rm} [[injury:having a seizure]] on the kitchen floor
{f} [[injury:bleeding heavily]] from the head outside {p}
[[injury:possible OD]] in a {v} at {p}, [[injury:blue lips]]
elderly person [[injury:fell and hit head]], can't get up, at {a}
<RP> <STS> husband [[injury:chest pain]] and sweating
[[injury:unconscious]] male on the sidewalk at {st}
diabetic {rf} [[injury:unresponsive]], sugar low per <RP>
{x} [[injury:slumped over the wheel]] of a {v}, engine running
[[injury:LOC]] after fall at {p}, {age} yo
[[injury:UNC]] female in stairwell at {a}
[[injury:DIB]] {age} yo {rm}, hx asthma
[[injury:CPR in progress]] at {a}
[[injury:ALS]] req for {x} at {p}
[[injury:code 3]] medical, {age} yo {rf}
male [[injury:overdosed]] in the bathroom of {p}, friend doing narcan
{kid} yo [[injury:ate grandma's pills]], drowsy
{x} [[injury:cut his arm bad]], blood everywhere at {a}
bicyclist [[injury:hit by a car]] at {st}, still in the roadway
<RP> found {x} [[injury:face down]] in the grass at {p}, [[injury:not moving]]
{m} [[injury:stroke symptoms]], slurred speech, face drooping
worker [[injury:fell off a ladder]] at {a}, not getting up
<RP> <STS> {rm} is [[injury:turning blue]]
{x} [[injury:SOB]] and confused at {p}
{m} [[injury:passed out]] at the bus stop, wont wake up
<RP> <STS> neighbor [[injury:collapsed]] in the yard
{f} [[injury:vomiting blood]] in the lobby of {p}
baby [[injury:not breathing right]], {rf} on the line
{x} [[injury:hit head on the ice]] at {p}, confused
<RP> found {rm} [[injury:unresponsive]] in bed
pt [[injury:seizing]] in aisle 4 at {p}
[[injury:man down]] on {st}, [[injury:not moving]], people standing around
{age} yo [[injury:fainted and isn't waking]] at {p}
<RP> sts {rf} [[injury:overdosing]] on fentanyl in the car
guy [[injury:fell off the roof]] at {a}, can't feel legs
{x} [[injury:stabbed himself w/ a chisel]] by accident in his shop at {a}, [[injury:bleeding bad]]
{f} [[injury:can't breathe]], allergic to peanuts, at {p}
[[injury:PT DOWN]], [[injury:agonal]] breathing, {p}
## red injury MED,PERSONDOWN,OD,FALL,MVA
check welfare on {x} at {p} || <RP> now <STS> <SUBJ> [[injury:not breathing]] || {unit} enrt
E12 <OS> || pt [[injury:unresponsive]] || [[injury:ALS]] req
intox <SUBJ> at {p} || now [[injury:won't wake up]] || snoring resps
<RP> <STS> {rf} [[injury:took her pills twice]] by accident || now [[injury:drowsy and hard to wake]] || {age} yo
MVA on {st} || driver [[injury:pinned in the car]] || fire enrt
fall at {a} || {age} yo [[injury:hit head, bleeding]] || on blood thinners
lift assist req || now pt [[injury:gray and sweaty, c/o chest pressure]] || {age} yo
<RP> <STS> man sleeping at {p} || tried to wake him, [[injury:no response]] || [[injury:lips blue]]
{unit} <OS> || [[injury:DLOC]] {age} yo || [[injury:BGL 38]]
pt alert at first || now [[injury:seizing]] || {unit} enrt
juv at {p} pool || [[injury:pulled from water not breathing]] || lifeguard on it
<RP> <STS> worker cut hand on saw || [[injury:bleeding won't stop]] || at {a}
welfare check {a} || neighbor sees {x} [[injury:on the floor not moving]] thru window || door locked
<RP> <STS> {rm} vomiting || now [[injury:passed out]] in bathroom || {age} yo
<RP> <ADV> <SUBJ> [[injury:ingested unknown pills]] || conscious but drowsy || at {p}
bus driver on radio || passenger [[injury:having a seizure]] || bus at {st}
{unit} <OS> || pt [[injury:apneic]] || [[injury:narcan x2]]
medic <REQ> || [[injury:code 3]] || {age} yo male [[injury:SOB]]
person down call at {p} || <RP> <STS> <SUBJ> [[injury:breathing but won't respond]] || on the ground by door
fall on ice at {p} || {f} [[injury:possible broken hip]] || cannot move
minor MVA at {st} || 2nd driver [[injury:complaining of neck pain]] || airbags deployed
<RP> <STS> {rm} diabetic || [[injury:shaky and confused]] || not eating since am
dog bite at {p} || [[injury:deep bite to arm, bleeding]] || dog contained
<RP> <STS> {x} in the alley || [[injury:head bleeding]] || [[injury:in and out]]
party at {a} || friend [[injury:took something and is foaming]] || {age} yo
{unit} <OS> at {p} || [[injury:GSW to leg]] || scene secure per PD
pt c/o [[injury:crushing chest pain]] || hx MI || at {a}
<RP> calling from {p} || {rf} [[injury:having contractions, bleeding]] || 34 wks
suspicious vehicle at {p} || occupant [[injury:slumped, needle in arm]] || {v}
<RP> <STS> {rm} had a fall || [[injury:blood coming from ear]] || {age} yo
{x} on the floor of {p} || [[injury:not responsive to pain]] || {unit} enrt
hiker at {p} trail || [[injury:fell 20 ft]] || conscious, can't walk
elderly {rf} || [[injury:can't speak, one side weak]] || last normal 30 min ago
## red suicide SUICIDE,MENTAL,WELFARE
{x} [[suicide:standing on the ledge]] of the parking garage at {p}
<RP> <STS> {rm} [[suicide:has a rope]] and is saying goodbye
male [[suicide:sitting on the bridge rail]] over {st}
{f} [[suicide:walking on the tracks]] near {p}, won't get off
<RP> sts friend [[suicide:took all her pills]] and texted sorry
{rf} [[suicide:cut her wrists]], in the bathtub at {a}
{x} [[suicide:texted a plan to jump]] off {p} tonight
<RP> <STS> {rm} [[suicide:wants to die and is holding a knife]]
[[suicide:suicide attempt]] by hanging, {rm} cut him down
male [[suicide:threatening to jump]] from a balcony at {a}
{f} [[suicide:says she will kill herself tonight]], has a bottle of pills
<RP> <STS> bf [[suicide:locked in the garage w/ the car running]]
{x} [[suicide:posted a goodbye note]], not answering, last seen at {p}
teen [[suicide:on the roof saying he'll jump]] at {a}
vet [[suicide:has a gun and says he's done]], at {a}
{m} [[suicide:outside the railing on the overpass]] at {st}
<RP> <STS> roommate [[suicide:planning to overdose]] tonight, has a stockpile
988 transfer, [[suicide:active SI w/ plan]] and means at home
{rm} [[suicide:drank antifreeze]] to end it
[[suicide:SI w/ plan]], <SUBJ> at {p}
{f} [[suicide:standing in traffic trying to get hit]] on {st}
male [[suicide:tied a belt around his neck]] in the restroom of {p}
<RP> says {rm} [[suicide:loaded the gun to kill himself]]
[[suicide:jumper]] at {p} parking structure top level
<RP> <STS> {rf} [[suicide:wants to end it tonight]] and gave away her dog
{x} [[suicide:on the edge of the pier]] saying no one will miss him
<RP> <STS> {rm} [[suicide:sitting in the car w/ a hose]] in the exhaust
{m} [[suicide:swallowed rat poison]], told <RP> it's over
{rf} [[suicide:slit her wrist]] and is sitting on the kitchen floor
{x} [[suicide:climbing the cell tower]] at {p} saying he wants to die
## red suicide SUICIDE,MENTAL,WELFARE,UNK
calm <RP> requesting counselor for {rm} || during call {rm} [[suicide:went to get the gun]] || <RP> following him
welfare check {a} || <RP> <STS> {x} [[suicide:texted a pic of pills w/ goodbye]] || no answer at door
<SUBJ> on a bench at {p} crying || now [[suicide:walked out onto the bridge]] || {clr}
mental <SUBJ> at {p} || [[suicide:climbing the fence]] at the overpass || {unit} enrt
<RP> <STS> {rm} depressed || <ADV> {rm} [[suicide:has a plan to hang himself]] tonight || rope in garage
{unit} <OS> || <SUBJ> [[suicide:on the ledge]] 3rd floor || CNT <REQ>
denies SI earlier today per clinic || now [[suicide:says she'll jump]] off {p} || she is there now
<RP> at {p} front desk || <STS> she [[suicide:swallowed a bottle of tylenol]] 1 hr ago || wants to die
ex-gf called <RP> || [[suicide:said she's on the tracks]] at {st} crossing || <UNK> which side
call from {ph} || male [[suicide:says he's going to shoot himself]] || line still open
<RP> <STS> online friend || [[suicide:livestreaming w/ a razor]] || lives at {a}
{rm} depressed, no prior hx || [[suicide:wrote a will and has a rope]] in the closet || at {a}
counselor on line from {p} clinic || client [[suicide:en route to the bridge to jump]] || driving a {v}
<RP> is {rf}'s mom || {rf} [[suicide:cutting herself and says she wants to die]] || locked in room
<RP> <STS> coworker sent goodbye email || [[suicide:says he has pills and a bottle]] || home alone at {a}
walk-in at {p} || passive thoughts earlier || now [[suicide:says he has a plan to step in front of a train]] tonight
{unit} <ADV> || <SUBJ> [[suicide:sitting on the rail]] of the {st} bridge || traffic stopped
<RP> <STS> {rm} drinking all day || [[suicide:put the gun in his mouth]] || <RP> outside w/ kids
<RP> sts {x} at {p} lot || [[suicide:sitting in car w/ knife to wrist]] || {v}
texted 911 || [[suicide:i took everything in the cabinet]] || {a}
friend on the phone || says {rf} [[suicide:is on the roof of {p} and wants to jump]] || now
<RP> <STS> {rm} said goodbye to kids || [[suicide:drove off saying he'd crash into a tree]] || {v} {dir}
## red uncertainty HANGUP,UNK,SCREAM,DV
open line, [[uncertainty:female screaming]] in background, no response
<RP> [[uncertainty:whispering, can't talk]], gave {a} only
[[uncertainty:call dropped]] after <RP> said help
<RP> hears [[uncertainty:female screaming next door]], <UNK> what
[[uncertainty:sounds of a struggle]] on open line, {a}
[[uncertainty:unknown nature]] emergency, <RP> said come now and hung up
[[uncertainty:line went dead]] while <RP> was crying
<RP> hears [[uncertainty:someone yelling help]] from the dumpster area at {p}
[[uncertainty:open line w/ crashing noises]] and a male cursing
female [[uncertainty:answering yes/no only]], male voice close by
text to 911: [[uncertainty:cant talk he is here]]
<RP> hears [[uncertainty:child screaming]] for 10 min at {a}, <UNK> why
<RP> [[uncertainty:disconnected mid-sentence]] after saying he's here
[[uncertainty:rp breathing heavy and crying]], no words, {ph}
[[uncertainty:screams and thuds]] from the upstairs unit, <RP> can't see
open line, male voice [[uncertainty:saying put it down]], female crying
[[uncertainty:loud crash and a woman yelling stop]] next door at {a}
[[uncertainty:muffled screaming]] from a {v} in the lot of {p}
<RP> [[uncertainty:heard a scream then silence]] from {a}
<RP> [[uncertainty:pretending to order a pizza]], gave {a}
kid called [[uncertainty:crying, says mommy is getting hurt]], then hung up
[[uncertainty:cries for help]] heard near the trail at {p}
open line [[uncertainty:male yelling where is it, female sobbing]]
<RP> <UNK> what's going on, [[uncertainty:heard glass breaking and screaming]]
[[uncertainty:unk trouble]], <RP> just kept saying please send someone
<RP> sts neighbor [[uncertainty:banging on the wall and screaming for help]], can't see in
[[uncertainty:hang up w/ screaming]] before disconnect, {ph}
[[uncertainty:open line, sounds like someone being hit]], no answer
## red uncertainty HANGUP,UNK,SCREAM,DV
911 hang up || callback: [[uncertainty:female answered whispering]] then disconnected || {a}
open line || [[uncertainty:sounds of a struggle]] || no voice response
<RP> sts loud music next door || then [[uncertainty:a woman screaming]] || music stopped
<RP> calling re noise || now hears [[uncertainty:someone yelling help me]] || <UNK> which unit
unk problem {a} || <RP> only says [[uncertainty:please hurry]] || [[uncertainty:line dropped]]
[[uncertainty:can't speak freely]] || answering yes/no || male in the room
text session || [[uncertainty:he's here i can't call]] || gave {a}
<RP> heard a thump upstairs || [[uncertainty:now hearing crying and a male yelling]] || <UNK> apt
call from {ph} || [[uncertainty:only breathing on the line]] || [[uncertainty:then a scream]]
hang up || redial x2 no answer || 3rd callback [[uncertainty:female yelling get off me]]
<RP> across the hall || [[uncertainty:hears banging and screaming]] || <UNK> who lives there
{unit} checking area || <RP> called back [[uncertainty:crying, phone cut out]] || {a}
<RP> sts car alarm || also [[uncertainty:hears a man screaming]] in the lot at {p} || can't see
welfare check req || <RP> hears [[uncertainty:a child yelling stop]] inside {a} || no answer at door
wireless 911 {ph} || [[uncertainty:screaming, then disconnect]] || ping near {p}
<RP> at {p} || sts girl in a {v} [[uncertainty:mouthed help me]] || <VEH> {dir}
alarm co || [[uncertainty:panic button]] at {p} || no callback answer
<RP> <STS> no gunfire heard || [[uncertainty:heard a woman shriek and a door slam]] || {a}
TTY call || [[uncertainty:typing HELP only]] || <NFI>
<RP> hears noises from a vacant house at {a} || [[uncertainty:someone crying out in pain]] || can't see in
open line from {p} || background [[uncertainty:man saying i'll shut you up]] || disconnect
<RP> <STS> ex called her || [[uncertainty:heard him yelling and her screaming]] || at {a}
<RP> in stairwell at {a} || [[uncertainty:hears a woman begging someone to stop]] || <UNK> which floor
[[uncertainty:open line, male and female screaming]], phone dropped, {a}
<RP> walking dog at {p} || [[uncertainty:heard a scream from the woods]] || nothing visible
## red police_only BURG,ROBBERY,AUTOTHEFT,TRESPASS
BURG | <RP> sees {m} [[police_only:climbing in a window]] of {a}, no one home
BURG | [[police_only:glass breaking and someone inside]] at {p}, business closed
AUTOTHEFT | {m} [[police_only:trying car door handles]] in lot of {p} right now
AUTOTHEFT | [[police_only:someone driving off in]] <RP>'s {v} right now
ROBBERY | clerk at {p} [[police_only:just robbed]], susp walking {dir} {clr}
TRESPASS | ex-tenant [[police_only:refusing to leave and getting in faces]] at {a}
EXPOSURE | {m} [[police_only:exposing himself]] to kids at {p}
CHILD | [[police_only:toddler alone]] on the sidewalk at {st}, no parent around
CHILD | {kid} yo [[police_only:left alone in a {v}]] at {p}, windows up
DUI | [[police_only:drunk driver]] swerving {dir} on {st} now
RECKLESS | [[police_only:wrong way driver]] on {st}
MISSING | {age} yo w/ dementia [[police_only:walked away]] from {p}, not found yet
MISSING | [[police_only:missing {kid} yo]], last seen at {p} 1 hr ago
BURG | [[police_only:door kicked in]] at the neighbor's {a}, light moving inside
THEFT | [[police_only:shoplifter still in the store]] at {p}, refusing to stop
BURG | <RP> home alone, [[police_only:hears someone in the basement]]
AUTOTHEFT | [[police_only:catalytic converter being cut]] off a {v} in {p} lot
CHILD | kids {kid} and {kid} [[police_only:home alone]], parents gone since morning
RECKLESS | {v} [[police_only:all over the road]] {dir} {st}, almost hit 2 cars
TRESPASS | squatter [[police_only:won't leave and is yelling in <RP>'s face]]
ROBBERY | [[police_only:purse snatched]] just now at {p}, susp on a bike {dir}
BURG | [[police_only:subj inside the closed business]] at {p}, on camera now
MISSING | [[police_only:non-verbal autistic child missing]] from {p}
DUI | [[police_only:DUI]] just left {p} in a {v}, could barely stand
EXPOSURE | male [[police_only:masturbating in his car]] by the school at {p}
THEFT | [[police_only:someone stealing packages]] off porches on {st} now
BURG | [[police_only:garage door pried open]], <RP> hears noise inside
CHILD | [[police_only:baby left in a hot car]] at {p}
BURG | [[police_only:unknown male inside]] <RP>'s house at {a}, <RP> outside
RECKLESS | [[police_only:street racing]] on {st} right now, crowd in road
ROBBERY | <RP> [[police_only:just got carjacked]] at {p}, {v} {dir}
CHILD | {kid} yo [[police_only:walking alone on the highway]] shoulder at {st}
TRESPASS | banned subj [[police_only:back in the store and getting aggressive]] w/ staff at {p}
EXPOSURE | {f} [[police_only:exposing herself]] to traffic at {st}, still there
DUI | {v} driver [[police_only:drinking from a bottle while driving]] {dir} {st}
MISSING | [[police_only:missing endangered]] {age} yo, no meds, last at {p}
## red police_only SUSP,BURG,ROBBERY,THEFT,MISSING,CHILD,DUI,TRESPASS
SUSP | susp {v} in {p} lot || occupants [[police_only:jimmying a car door]] || still there
ALARM | alarm at {p} || keyholder <ADV> [[police_only:sees someone inside on camera]] || <UNK> how many
SUSP | <RP> sees {m} in the backyard next door || [[police_only:now prying the back door]] || {clr}
MISSING | {kid} yo didn't come home from {p} || [[police_only:still not located]] || parents searching
CHILD | <RP> at {a} || [[police_only:{kid} yo alone]] says mom left yesterday || <RP> w/ child
TRAFFIC | {v} stopped in lane on {st} || driver [[police_only:appears drunk and trying to drive off]] || {dir}
THEFT | theft from {p} || [[police_only:suspect still in the parking lot]] in a {v} || <RP> watching
TRESPASS | unwanted guest at {a} || [[police_only:refuses to leave and keeps getting in <RP>'s face]] || {m}
ROBBERY | <RP> <STS> {x} [[police_only:grabbed her phone and ran]] || {dir} on {st}, {clr}
DUI | <RP> following a {v} || [[police_only:swerving into oncoming]] || now {dir} on {st}
BURG | <RP> returned home {a} || [[police_only:back door open, hears someone upstairs]] || <RP> outside
MISSING | {age} yo w/ alzheimers || [[police_only:left on foot]] {t} min ago, not found || {clr}
EXPOSURE | <RP> at {p} || {m} [[police_only:pants down exposing himself]] to customers || still there
AUTOTHEFT | <RP> sees {m} || [[police_only:breaking the window of a {v}]] || subj still at car
CHILD | {unit} <ADV> || [[police_only:child wandering in a diaper]] on {st} || no adult around
SUSP | <RP> sts subjs at construction site at {p} || [[police_only:loading copper wire into a truck]] now || site closed
RECKLESS | school zone complaint || [[police_only:driver doing donuts]] in {p} lot w/ kids around || {v}
BURG | no one home at {a} || <RP> sees [[police_only:flashlight moving inside]] || owners out of town
THEFT | LP at {p} || subj [[police_only:fled w/ merch, still in lot]] || {clr}
MISSING | {age} yo [[police_only:missing endangered]] || off meds || last seen {p}
TRESPASS | mgr at {p} || banned subj [[police_only:back inside refusing to leave]] || yelling at staff
CHILD | <RP> <STS> neighbor's kids || [[police_only:locked out in the cold]], no coats || {kid} yo
SUSP | <RP> sees 2 males at {a} || [[police_only:carrying a tv out of the vacant]] || {v} waiting
INFO | <RP> <STS> {rm} has a warrant || [[police_only:he just broke in the back window]] || inside now
ROBBERY | <RP> at {p} ATM || {m} [[police_only:demanded her cash and walked off]] || {dir} {st}
DUI | {unit} <ADV> || [[police_only:veh weaving, driver nodding off]] || {st} {dir}
SUSP | <RP> <STS> male at {p} || [[police_only:filming kids in the restroom]] || still in the bldg
CHILD | <RP> at {p} || [[police_only:toddler alone in the parking lot]] crying || <UNK> parent
MISSING | school at {p} || [[police_only:{kid} yo not picked up and walked off]] || not found
AUTOTHEFT | <RP> hears his {v} start || [[police_only:someone taking it now]] || {dir}
TRESPASS | {p} security || [[police_only:subj in secure area refusing to exit]] || yelling at staff
## elig negated DIST,WELFARE,SUSP,MENTAL
verbal argument btwn {n} and {rm}, no weapons, nothing physical per <RP>
<RP> <STS> neighbor yelling, denies any hitting, just loud
{x} pacing outside {p} talking to self, no weapons seen, not aggressive
<RP> <STS> {rm} upset, denies SI/HI, just wants someone to talk to
no weapons, no injuries, {rm} just won't give back <RP>'s keys
<SUBJ> acting odd at {p}, nothing in hands, not threatening anyone
two guys arguing over a parking spot at {p}, no punches thrown
<RP> <ADV> nobody hurt, no threats made, {rm} refusing to go to bed
MENTAL | {f} in the lobby of {p} crying, denies wanting to hurt self or others
no DV, no weapons in the home, <RP> wants {rm} to leave for the night
DIST | <RP> sts yelling next door || <ADV> no physical, no weapons seen || just arguing about bills
MENTAL | {unit} <OS> || <SUBJ> calm, denies SI, no weapons || referred to crisis line
WELFARE | check on {x} at {a} || <RP> sts no injuries, no medical complaints || just lonely, wants a visit
SUSP | <RP> sts {m} in the hallway || no weapon visible, not threatening || doesn't recognize him
DIST | customer arguing w/ mgr at {p} || no threats, no physical || mgr wants him to leave, he is leaving
DV | <RP> <STS> argument w/ {rm} || denies any physical, no weapons || wants info on counseling
MENTAL | <RP> sts {rf} anxious || not suicidal, no plan, no weapons || wants crisis team callback
<RP> sts {rm} slammed a door and left, no one touched, nobody hurt
FIGHT | <RP> <ADV> no fight, just two guys yelling at each other across {st}
drivers yelling after a bump in the lot of {p}, nobody injured, no weapons
## elig history DV,DIST,WELFARE,MENTAL,CIVIL
<RP> sts prior DV w/ {rm} in 2019, today just wants help moving her stuff out
hx of weapons at {a} per premise file, today only a loud tv complaint
<SUBJ> has hx of SI attempts, currently calm, wants a ride to {p}
{rm} arrested last yr for assault, <RP> just wants advice on custody paperwork
prior threats from ex in 2021, <RP> requesting info on a restraining order
premise hx: shots fired 2020, tonight <RP> reports a barking dog
<RP> sts son had an OD last month, today asking for treatment resources
hx of fights at this bar, tonight <RP> says crowd is just loud on the sidewalk
DV | premise flag DV hx || today <RP> reports {rm} took her car keys || no physical, no threats
CIVIL | caution: prior weapons call 2022 || current: property dispute over a couch || both parties calm
MENTAL | <RP> sts {rm} attempted last yr || today {rm} calm, stopped taking meds || <RP> wants someone to talk to him
WELFARE | prior CPR call at this address in 2021 || today neighbor wants a check, mail piling up || car gone
DIST | hx of DV btwn these parties || tonight verbal only, arguing about the kids || no one hurt
ASSIST | hx: <SUBJ> fought w/ officers in 2018 || today he is asking for a ride to the shelter || calm, sober
<RP> sts her ex was violent years ago, now just wants to know how to change the locks
premise caution: knife involved 2017, today lockout, <RP> locked out of apt at {a}
## elig resolved SHOTS,FIGHT,WEAPON,MED,BURG,ALARM,UNK,PERSONDOWN
SHOTS | [[weapon:shots heard]] near {p} [[ok:- <RP> now says it was fireworks]]
FIGHT | [[violence:fight]] at {p} [[ok:- 2nd <RP> says just teens wrestling for fun, all laughing]]
UNK | [[uncertainty:screaming]] heard at {a} [[ok:- <RP> now sees it's kids playing tag in the yard]]
BURG | [[police_only:possible break in]] at {a} [[ok:- homeowner home, it was her son w/o a key]]
PERSONDOWN | [[injury:man down]] at {p} [[ok:- <RP> now sees he got up and walked off fine]]
WEAPON | [[weapon:man w/ a gun]] at {p} [[ok:- <RP> now sees it's a cordless drill]]
SHOTS | [[weapon:shots fired]] on {st} || [[ok:{unit} <OS>, car backfiring, driver confirms]]
HANGUP | [[uncertainty:open line w/ yelling]] || [[ok:callback: tv was loud, pocket dial, all ok, verified]]
PERSONDOWN | [[injury:person down]] at bus stop at {p} || [[ok:{unit} <ADV> subj was sleeping, awake, alert and talking]]
FIGHT | [[violence:fight in progress]] at {p} || [[ok:{unit} <ADV> martial arts class practicing in the lot, no issue]]
MISSING | [[police_only:missing {kid} yo]] from {p} || [[ok:located safe in the store restroom w/ mom]]
ALARM | alarm at {p} || [[police_only:motion inside]] || [[ok:keyholder on scene, it was the cleaning crew]]
SUICIDE | [[suicide:person on the bridge rail]] at {st} || [[ok:{unit} <OS>: bridge inspector in a harness, city worker]]
HANGUP | [[uncertainty:open line, female yelling]] || [[ok:callback: yelling at the football game, no emergency, confirmed]]
MED | [[injury:not breathing]] per 3rd party || [[ok:{unit} <OS>, subj awake and alert, was asleep, no complaints]]
DUI | [[police_only:possible drunk driver]] on {st} || [[ok:{unit} stopped the veh, driver sober, just lost, cleared]]
THREAT | [[threat:threatened to kill]] per <RP> || [[ok:clarified: neighbor said he'd kill the weeds, <RP> misheard]]
WEAPON | [[weapon:man w/ a rifle]] in the field by {p} || [[ok:{unit} <ADV> licensed hunter, in season, walking away from houses]]
SHOTS | [[weapon:gunshots]] reported at {a} || [[ok:{unit} <ADV> a transformer blew, power co on scene]]
UNK | [[uncertainty:woman screaming]] in the park at {p} || [[ok:<RP> called back, it was a goat at the petting area]]
FIGHT | [[violence:people fighting]] in the street || [[ok:{unit} <OS>: film shoot w/ permit, stunt rehearsal]]
BURG | [[police_only:someone inside]] the vacant at {a} || [[ok:{unit} checked, realtor showing the house]]
## elig toy_prop WEAPON,SUSP,SHOTS
kids w/ nerf guns running thru {p}, <RP> can see the orange tips
male carrying a prop sword to the comic con at {p}, in costume
landscaper using a machete on brush behind {p}
<RP> sees a guy splitting firewood w/ a hatchet in the yard at {a}
juvs w/ water guns at {p} splash pad
film crew at {p} w/ replica guns, permit on file
male w/ a baseball bat heading into the batting cages at {p}
roofer w/ a nail gun on the roof at {a}, <RP> thought it was a gun at first
paintball game in the woods behind {p}, popping noises
airsoft league practicing at {p} field, organized event
teen w/ a bright orange toy rifle in the yard, playing w/ siblings
reenactors w/ muskets at {p}, scheduled event
WEAPON | [[weapon:male w/ a gun]] in front yard || [[ok:<RP> now sees it's a toy w/ orange cap, kid {kid} yo playing]]
SUSP | [[weapon:male w/ an axe]] walking {st} || [[ok:{unit} <ADV> carrying it home from the hardware store, still in the package]]
SUSP | <RP> sees a man w/ a chainsaw at {a} || it's the tree service, trimming the oak || <RP> just wanted to verify
fishing guide cleaning fish w/ a fillet knife at the dock by {p}
SUSP | costume party at {a} || guests w/ fake swords on the porch || <RP> just curious
kid w/ a cap gun at the parade on {st}, caps popping
## elig idiom INFO,ASSIST,NOISE,DIST
<RP> sts neighbor's band is killing it but wants them to stop after 10
<RP> says kids upstairs are dying of laughter all night, noise
<RP> sts her boss is going to kill her if she's late, needs a jump at {p}
<RP> sts {rf} will murder her for losing the keys, locked out at {a}
<RP> sts this traffic light is killing everyone, stuck on red at {st}
<RP> says she's dead tired, lost wallet on the bus to {p}
<RP> nearly had a heart attack when the neighbor's car alarm went off, still going
DJ at {p} blowing the roof off, bass complaint
<RP> sts landlord is bleeding her dry w/ fees, wants info on tenant rights
<RP> says the guy at {p} is a real pistol, keeps parking across 2 spots
NOISE | [[threat:neighbor yelling i'll kill you]] || [[ok:it's at the tv during the game, <RP> can hear thru wall]] || just wants quiet
INFO | <RP> <STS> she got shot down by the city permit office || wants to know who to call
<RP> sts the new bakery on {st} is to die for, traffic backed up at their lot
<RP> sts teen told her you're dead to me and went to a friend's, <RP> knows where he is
<RP> sts the heat is killing her, AC out, landlord not answering, wants info
<RP> says neighbor's dog is murdering the rose bushes, wants animal control info
## elig lawful_gun INFO,WEAPON,ASSIST,CIVIL
<RP> wants to turn in late father's rifle, unloaded, in a case at {a}
found grandpa's old shotgun in the attic, locked, <RP> asking how to dispose
<RP> has a carry permit, asking if he can carry at {p} event
gun range at {p} shooting during normal hours, new resident complaining of noise
<RP> asking if it's legal to keep a hunting rifle locked in the truck
<RP> selling a handgun to a friend, asking about transfer paperwork
hunter walking out of the woods w/ shotgun broken open, <RP> asking if season is open
info: pawn shop at {p} reporting a firearm hold, paperwork only
armed guard at {p} w/ holstered sidearm, licensed, <RP> asking who he works for
INFO | <RP> moving out of state || wants advice on transporting a handgun || stored in a locked case
CIVIL | divorce property split || ex wants his guns back, locked in the safe at {a} || <RP> wants a standby for the pickup
ASSIST | elderly <RP> || wants someone to take late husband's pistol, unloaded in a drawer || everyone fine
WEAPON | [[weapon:man w/ a rifle]] at {p} || [[ok:{unit} <ADV> on his own land target shooting into a berm, legal]]
<RP> found a gun case in the closet of new apt at {a}, empty, asking what to do
INFO | <RP> <STS> neighbor cleaning his shotgun on the porch || unloaded, not pointing it anywhere || asking if that's allowed
<RP> asking about gun buyback event dates at {p}
## elig passive_ideation MENTAL,WELFARE,SUICIDE
<RP> sts sometimes thinks about not being here, no plan, wants to talk to a counselor
{f} calm, dark thoughts lately, no plan no means, asking for the 988 number
<RP> sts {rm} said life feels pointless, no plan, he agreed to talk to the crisis team
<RP> feeling hopeless since losing job, denies plan or intent, wants resources
vet requesting a counselor, passive thoughts only, safe at home, no weapons
<RP> wishes she could go to sleep and not wake up, no plan, calm, wants a clinician callback
teen texted mom whats the point, no plan per teen, mom requesting a mobile crisis visit
SUICIDE | <RP> calling for {rm} || passive SI, no plan, no means || {rm} on the phone, agrees to a counselor visit
MENTAL | walk-in at {p} || sts sometimes i wish i was gone || denies plan, calm, wants to talk to someone
WELFARE | <RP> worried about a friend || friend posted sad msgs, no plan stated || friend answered phone, calm, ok w/ outreach visit
MENTAL | <RP> is {age} yo || lonely since wife died, sometimes doesn't care if he wakes up || no plan, wants someone to visit
<RP> sts {rf} has passing thoughts of death, sees therapist Tues, asking for a peer line tonight
SUICIDE | 988 transfer || passive ideation, no plan, no access to means || caller calm, requests follow-up call
## elig calm_mh MENTAL,WELFARE,ASSIST
{x} at {p} talking to people who aren't there, calm, not bothering anyone
<RP> sts {rm} off his meds, paranoid about neighbors, calm, wants help getting to the clinic
{f} at {p} asking for help finding her case worker, confused but pleasant
<SUBJ> believes there are cameras in the walls at {a}, wants someone to talk to
<RP> sts son w/ autism upset over a routine change, calming down, wants resources
{x} sitting in the lobby of {p}, anxious, panic attack, breathing ok, wants to talk
<RP> says hoarding at {a} getting worse, elderly neighbor refuses help
{m} preaching loudly at {p} entrance, not blocking anyone
<RP> requests mobile crisis for {rf} w/ bipolar, manic, not violent
MENTAL | <RP> sts {rm} hearing voices || no threats, hasn't hurt anyone || <RP> wants crisis team not police
WELFARE | {unit} <OS> || <SUBJ> calm, disoriented about the date || agreed to go w/ family
MENTAL | <RP> worried {rm} hasn't slept in 3 days || talking fast, spending money || no threats, no SI
MENTAL | {x} at {p} || says the govt is tracking her phone || calm, wants to file a complaint
<RP> sts {rf} w/ schizophrenia wandering the house at night, calm, wants advice
## elig noise NOISE,DIST
loud music at {a} for {t} min, bass thumping
party at {a}, people yelling and laughing in the yard
neighbor's dog plus a loud tv, <RP> can't sleep
construction noise at {p} before 7am
car stereo blasting in the lot of {p}
<RP> sts upstairs neighbor stomping and dragging furniture at 2am
people cheering loudly, sounds like game night at {a}
leaf blower at 6am at {a}
karaoke at {p} too loud, outdoor speakers
teens screaming and splashing at a pool party at {a}, just loud
motorcycles revving in the lot of {p}
NOISE | loud party {a} || 2nd call same || <RP> sts people just loud, no fighting
NOISE | {unit} <OS> || music turned down, host cooperative || cleared
NOISE | band practice in a garage at {a} || <RP> sts every night || wants it stopped after 9
NOISE | <RP> sts bass from {a} rattling windows || third night in a row || wants a warning given
## elig verbal_dispute DIST,DV,CIVIL
{rm} and <RP> yelling about chores, verbal only
two neighbors arguing over trash cans, nothing physical
customer arguing w/ the cashier at {p} over a coupon
couple arguing loudly in a {v} in the lot of {p}, verbal only per <RP>
roommates arguing over rent, <RP> wants mediation
ex at the door arguing about the custody schedule, verbal
teens cussing each other out at {p}, nobody swinging
landlord and tenant yelling at each other at {a} over repairs
DIST | argument at {p} || <RP> sts just yelling || parties separated on their own
DIST | {unit} <OS> || verbal only btwn siblings || one left to stay w/ a friend
DV | <RP> sts she and bf arguing || <ADV> nothing physical || wants him to leave for the night
DIST | two vendors at {p} arguing over a spot || loud, cussing || market mgr requests help
<RP> sts {rm} screaming at her over the phone bill, nothing thrown, just loud
DIST | neighbors shouting across the fence || about a tree branch || both inside now
## elig welfare_nodanger WELFARE,ASSIST
check welfare on {age} yo {rf} at {a}, not answering phone for 2 days
<RP> asks a check on elderly neighbor, mail piling up, car in the driveway
{x} sitting on a bench at {p} for hours, <RP> just wants someone to check
daughter out of state requests a welfare check on mom at {a}
<RP> worried about {rm}, hasn't heard from him since yesterday, no medical hx
{f} w/ small child at the bus stop at {p} in the rain, asking for shelter info
WELFARE | <RP> out of town || wants a check on {rm} at {a} || no known medical issues, just not answering
WELFARE | {unit} <OS> || <SUBJ> answered the door, fine, phone was dead || advised to call family
WELFARE | <RP> sts elderly man at {p} seems lost || walking slowly, dressed for weather || just wants someone to help him home
<RP> requests a check on a coworker who didn't show at {p}, no concerns other than that
WELFARE | <RP> sts neighbor's blinds closed for days || newspaper on porch || no smell, no sounds of distress
WELFARE | {f} sitting in a {v} at {p} for an hour || <RP> saw her eating and on phone || just wants a check
## elig past_theft THEFT,BURG,INFO
<RP> sts bike stolen from the rack at {p} overnight, no suspects
package taken off the porch yesterday, on camera, <RP> wants a report
wallet stolen at {p} last week, <RP> wants a case number
catalytic converter cut off a {v} sometime overnight, found this morning
tools missing from the truck at {a}, happened over the weekend
shoplifting earlier at {p}, subj left 2 hrs ago, on video
<RP> sts someone used her card online, fraud report
car broken into overnight at {a}, window smashed, nothing else taken
THEFT | <RP> at {p} || laptop taken from car sometime last night || no suspect, no witnesses
BURG | <RP> back from vacation || garage entered while away, items missing || nobody there now
THEFT | {unit} took report || stolen plates from a {v} || nothing further
<RP> {v} stolen from the lot at {p} sometime over the weekend, no suspect info
THEFT | <RP> sts gas drive-off yesterday at {p} || has plate from camera || wants report
<RP> sts her mail was opened and checks stolen last month, wants a report
## elig found_property FOUND,INFO
found wallet at {p}, <RP> wants to turn it in
<RP> found a bike in the yard at {a}, not theirs
found backpack at the bus stop at {p}, just school books
found phone ringing at {p}, <RP> holding it
found keys on the sidewalk near {a}
found a license plate in the ditch on {st}
<RP> found a kid's scooter in the bushes at {p}
found passport at {p}, <RP> at the info desk
found a rusted knife on the trail at {p}, no one around, <RP> wants it picked up
found syringes in the grass at {p}, wants them picked up
FOUND | <RP> at {p} || found a purse w/ ID in a cart corral || holding it at the service desk
FOUND | {unit} collected a found bicycle || logged as property
found a box of old ammo in a dumpster behind {p}, <RP> wants disposal
FOUND | <RP> found a laptop on the train || turned in to the booth at {p}
## elig intox_ok INTOX,WELFARE
intox {m} at {p}, stumbling but talking, wants a ride home
drunk guy sitting on the curb outside {p}, alert, friends coming
{f} intox at the bus stop, singing, not bothering anyone
<RP> sts customer drunk at {p} counter, calm, just won't leave
intox male relieved himself behind {p} then walked off
<SUBJ> smelling of ETOH asking for bus fare at {p}
INTOX | intox male at {p} || {unit} <ADV> subj alert, walking fine || friend picking him up
INTOX | <RP> sts bar patron very drunk || cab called, waiting outside, cooperative
INTOX | {x} intox at {p} || talking, sitting on bench, knows where he is || needs a ride to shelter
drunk tourist lost his hotel, wandering {st}, friendly, <RP> pointing him to {p}
INTOX | {unit} <OS> || <SUBJ> intox but A&Ox4 || walked home w/ sister
## elig unhoused_sleeping HOMELESS,WELFARE,SUSP
homeless man sleeping in the doorway of {p}, breathing, snoring
unhoused {f} sleeping on a bench at {p}, belongings all around
person sleeping in the bank vestibule at {p}, <RP> wants them moved
tent set up behind {p}, someone inside sleeping
<SUBJ> sleeping in a {v} in the lot of {p}, engine off, <RP> saw him shift around
HOMELESS | <RP> sts man asleep at the bus shelter || saw him roll over and pull up a blanket || just wants a check
HOMELESS | {unit} <OS> || <SUBJ> awake, declined shelter || moved along
man sleeping on the church steps at {p}, <RP> saw him snoring, wants him to have a blanket
HOMELESS | camp under the {st} bridge || 3 people sleeping || <RP> asking for outreach
<RP> sts guy asleep on the bench at {p} all morning, breathing fine, just wants him moved
## elig juv_loitering JUV,SUSP
juvs hanging out at {p} after close, skateboarding
teens loitering in the stairwell at {a}, smoking
kids sitting on <RP>'s fence at {a}, won't get off
kids playing ball in the street on {st}, <RP> wants them to move
juvs ringing doorbells and running at {a}
teens vaping behind {p}
JUV | <RP> sts juvs in {p} lot || just hanging out, loud || wants them moved on
JUV | group of teens at {p} || cussing at passersby, no fighting || mgr wants them gone
juvs riding bikes thru {p} lot, nearly hitting carts, <RP> wants them to stop
JUV | kids on the roof of the dugout at {p} || just sitting, laughing || <RP> worried they'll fall
## elig civil CIVIL,ASSIST
<RP> and ex disagree about who keeps the dog, civil
landlord changed the locks at {a} w/o notice, <RP> wants a standby
<RP> wants to get belongings from ex's place at {a}, civil standby
contractor took a deposit and didn't finish, <RP> wants a report
custody exchange at {p}, other parent 30 min late
neighbor's tree fell on the fence, dispute over who pays
tow company holding <RP>'s {v}, dispute over the fee
roommate won't return <RP>'s share of the deposit
CIVIL | custody exchange at {p} || other parent kept the kids an extra day || kids safe at grandma's
CIVIL | <RP> at {a} || landlord/tenant dispute about the heat || no threats
CIVIL | <RP> sts mechanic won't release her {v} || disputed bill || wants an officer to explain options
<RP> sts {rm} sold her car w/o permission, wants to know her options
CIVIL | property line dispute at {a} || neighbor moved survey stakes || both calm
## elig animal ANIMAL
dog barking nonstop at {a} since this morning
loose dog in the road on {st}, friendly
injured deer on the shoulder of {st}
raccoon acting strange near {p} in the daytime
dead cat in the roadway on {st}
dog locked in a car at {p} for {t} min, windows cracked
chickens loose in the yard at {a}
snake in the garage at {a}
<RP> sts a pit bull bit her dog at {p}, owners swapped info, no people hurt
ANIMAL | <RP> sts neighbor's dog on a chain w/ no water || hot out || wants animal control
ANIMAL | moose in the yard at {a} || not aggressive, eating shrubs || <RP> just wants a heads up
ANIMAL | horse loose in a field by {p} || gate open || owner not answering
stray cat colony behind {p}, <RP> wants them trapped
ANIMAL | bat flying inside the apt at {a} || <RP> in the hallway || wants it removed
## elig harassment_nothreat HARASS,INFO
ex keeps texting <RP>, no threats, just wants it to stop
neighbor keeps leaving notes on <RP>'s car about parking
<RP> getting spam calls from {ph}, no threats
coworker posting rude things about <RP> online
<RP> sts a man at {p} keeps asking her out, not threatening, just annoying
ex-friend sending annoying msgs, no threats made
HARASS | <RP> sts ongoing harassment from neighbor || name calling, staring || no threats, no contact today
HARASS | <RP> getting calls from {ph} || caller hangs up, no words || wants it documented
<RP> sts former landlord keeps emailing about old rent, rude but no threats
HARASS | <RP> at {p} || man keeps following her around the store asking for money || not threatening, just persistent
## elig nonurgent_assist ASSIST,INFO,TRAFFIC
<RP> locked keys in the {v} at {p}, nobody inside
elderly person needs a ride to the shelter from {p}
<RP> lost, needs directions to {p}
motorist out of gas on the shoulder of {st}
<RP> requests escort to {p} to pick up belongings
tourist lost passport at {p}, needs info on the consulate
ASSIST | {x} at {p} || needs help getting back to the group home || calm
<RP> wants a VIN inspection appointment
<RP> needs a copy of an accident report from last month
ASSIST | <RP> {age} yo || phone dead, waiting for a ride at {p} || wants a call made to daughter
<RP> asking where to drop off old prescription meds
ASSIST | stranded {f} at {p} || missed the last bus || wants a ride to a friend's
## elig missing_found MISSING,WELFARE
MISSING | [[police_only:missing {age} yo w/ dementia]] from {p} [[ok:- located safe at the neighbor's]]
MISSING | [[police_only:{kid} yo not home from school, not located]] || [[ok:found at a friend's house, safe, parents picking up]]
runaway juv returned home on her own, <RP> cancelling the report
<RP> cancels the missing person report, {rm} came home safe
MISSING | earlier report of missing {age} yo || {unit} <ADV> located at {p}, unharmed, w/ family
MISSING | [[police_only:lost child]] at {p} || [[ok:reunited w/ dad at the service desk within minutes]]
<RP> sts {rm} didn't come home but just called from a friend's, all fine, cancel
MISSING | [[police_only:{age} yo autistic son wandered off]] || [[ok:found in the backyard treehouse, safe]]
MISSING | group home resident overdue from {p} || [[ok:staff <ADV> she's back, signed in]] || cancel
<RP> sts her {age} yo mother was missing but turned up at the church, fine
## elig medical_stable MED,ASSIST,MVA
MED | {unit} <OS> || pt alert and oriented || refusing transport, signed AMA
MED | <RP> sts {rm} fell earlier || no injury, denies pain || just wants a check
MED | {unit} <OS> || minor scrape to the knee, cleaned || no transport needed
non-injury MVA in the lot at {p}, both drivers ok, exchanging insurance
MED | medic <OS> || pt ambulatory, vitals normal || released to family
MED | <RP> wants a ride to the clinic for a prescription refill, no acute complaints
MVA | fender bender on {st} || no injuries per both drivers || need tow only
MED | {unit} <OS> || pt had a nosebleed, stopped || no further care needed
MED | lift assist || pt uninjured, helped to chair || denies pain, no transport
<RP> sts {rf} has a bad cold and needs a ride to urgent care, breathing fine
## elig routine PARKING,INFO,ASSIST
PARKING | {v} blocking <RP>'s driveway at {a}
PARKING | car parked in the fire lane at {p} for {t} min
PARKING | {v} parked on the sidewalk on {st}, owner unk
PARKING | <RP> sts neighbor's trailer parked on the street for 2 weeks
PARKING | abandoned {v} at {p}, flat tires, expired tags
PARKING | someone parked in a handicap spot at {p} w/o placard
PARKING | delivery truck double parked on {st} blocking the bike lane
PARKING | {v} in <RP>'s assigned spot at {a} again
PARKING | cars parked on both sides of {st} during street sweeping
PARKING | RV parked overnight in {p} lot, <RP> wants it checked
PARKING | <RP> sts vehicle w/ no plates left in the cul-de-sac for a week
PARKING | {v} blocking the alley behind {p}, garbage truck can't get thru
PARKING | boat trailer taking up 3 spots at {p}
TRAFFIC | <RP> sts cars speeding on {st} every morning, wants extra patrol
TRAFFIC | stop sign knocked over at {st}, no accident
TRAFFIC | <RP> wants to report a pothole on {st}
TRAFFIC | school bus didn't stop at the crossing on {st} yesterday, <RP> has bus number
TRAFFIC | <RP> sts trucks using {st} as a shortcut despite the weight limit
TRAFFIC | disabled {v} on the shoulder of {st}, driver waiting for a tow
TRAFFIC | <RP> asking about getting a speed bump on {st}
ALARM | residential alarm at {a}, <RP> <STS> it's her, entered wrong code
ALARM | alarm co reports alarm at {p}, keyholder canceled, employee error
ALARM | car alarm going off for {t} min in the lot at {p}
ALARM | smoke detector chirping in the vacant unit next door at {a}, battery low
INFO | <RP> asking how to get a copy of a police report
INFO | <RP> asking about fireworks rules for the 4th
INFO | <RP> wants info on how to file a complaint about a business at {p}
INFO | <RP> asking if she can get a ride-along
INFO | <RP> wants to know where to pay a parking ticket
INFO | <RP> asking about the curfew for minors
INFO | <RP> asking how to get fingerprinted for a job
INFO | <RP> wants to report a streetlight out at {st}
INFO | <RP> wants to know if there's a detour for the parade on {st}
INFO | <RP> asking about a yard sale permit
INFO | officer requesting records check, admin
INFO | <RP> asking for the non-emergency number for animal control
INFO | <RP> asking if {p} lot is open overnight
ASSIST | <RP> locked out of the apt at {a}, maintenance not answering
ASSIST | <RP> needs help installing a car seat, asked for the schedule
ASSIST | <RP> wants an officer to stand by while the locksmith opens the door at {a}
ASSIST | <RP> requests a vacation house check at {a} while away
ASSIST | <RP> needs a ride home from {p} after car broke down
ASSIST | <RP> at {p} wants help jump starting a {v}
ASSIST | elderly <RP> needs help reading a letter from the court
ASSIST | <RP> requests a funeral escort for Sat at {p}
## elig routine SUSP,NOISE,CIVIL,JUV,DIST
SUSP | <RP> sts a {v} parked at {p} for an hour w/ the lights on, nobody in it
SUSP | door-to-door salesman at {a} w/o a permit
SUSP | <RP> sts solicitor at {p} asking for donations, pushy but polite
SUSP | unknown {v} idling in the church lot at {p}, occupant on the phone
SUSP | <RP> sts someone went thru her recycling bin overnight, nothing missing
SUSP | <RP> sees a drone hovering over the yards on {st}
SUSP | flyers stapled to poles on {st}, <RP> wants them removed
SUSP | man taking photos of houses on {st}, <RP> asked, he said he's an appraiser
SUSP | <RP> sts vehicle drives by slowly every evening, no contact made
SUSP | utility workers in yards on {st}, <RP> wants to verify they're legit
SUSP | <RP> sts someone left a shopping cart full of clothes at {p}
NOISE | fireworks going off on {st}, no one hurt, just loud
NOISE | ice cream truck music on {st} past 9pm
NOISE | backup alarm from a delivery truck at {p} all night
NOISE | rooster crowing at {a}, <RP> wants code enforcement info
JUV | kids playing basketball at {p} after hours
JUV | <RP> sts juvs threw eggs at her house last night, no suspects
JUV | group of teens skateboarding on the ramp at {p}, <RP> wants them off
CIVIL | <RP> dispute w/ the dry cleaner over a lost shirt
CIVIL | <RP> sts neighbor's fence is over the property line
CIVIL | <RP> sts ex won't return her TV, wants to know the process
CIVIL | cab fare dispute at {p}, driver and rider disagree on the amount
CIVIL | <RP> sts hotel at {p} won't refund her deposit
DIST | vendor selling w/o a permit at {p}, <RP> wants them moved
DIST | people playing loud games at {p} picnic area past closing
DIST | neighbor's trash cans blowing into <RP>'s yard again
## elig routine INFO,ASSIST,SUSP
{unit} <OS> at {p} || checked the area || nothing found, clear
{unit} <OS> || spoke w/ <RP> || advised of civil process, clear
<RP> sts graffiti on the side of {p} || happened overnight || wants a report for insurance
<RP> at {p} || wants to report a lost phone || last used yesterday
{unit} <ADV> || parking complaint at {a} || vehicle moved on arrival
<RP> sts streetlight out at {st} || third time this month || wants public works notified
<RP> wants a house check at {a} || away until next {t}th || alarm code on file
{unit} <OS> || dog returned to owner || owner warned about the leash law
<RP> sts neighbor burning leaves at {a} || smoke drifting || wants to know if it's allowed
lockout at {a} || <RP> and kids outside, all fine || locksmith 45 min out
<RP> asking to file a report for a lost license plate || last seen on {v} last week
{unit} <OS> at {p} || juvs gone on arrival || unable to locate
bike found leaning on the wall at {p} || <RP> wants it removed || not locked
<RP> sts trash left dumped at the end of {st} || mattress and bags || wants it cleaned up
{unit} <ADV> || vehicle tagged for 72 hrs at {p} || owner to be notified
<RP> reports a downed stop sign at {st} || no traffic issue right now || public works called
<RP> at {p} || wants to turn in found keys || left at the front desk
{unit} <OS> || noise complaint, music off on arrival || no contact needed
<RP> sts tour bus idling at {p} for an hour || fumes || wants it moved
<RP> reporting a scam call || caller wanted gift cards || <RP> didn't pay
<RP> wants extra patrol on {st} || kids walking to school || cars rolling stop signs
{unit} <OS> at {p} || spoke w/ mgr || trespass warning issued for next time, subj left already
mail carrier sts dog loose at {a} || barking, didn't approach || owner not home
<RP> at {p} || wants to report vandalism to her {v} || keyed overnight
<RP> sts landlord hasn't fixed the heat at {a} || wants info on code enforcement
{unit} <OS> || checked the vacant at {a} || doors and windows secure
<RP> sts neighbors' sprinkler flooding the sidewalk on {st} || not home
<RP> wants a report for a lost wallet || lost at {p} this afternoon
pax at {p} lost boarding pass || needs help getting to the airline counter
<RP> at {p} || wants a copy of the incident report for insurance || from last week
<RP> sts her mailbox was knocked over || sometime overnight || no suspect
<RP> asks for civil standby || to pick up kids' clothes at {a} || ex agreed
{unit} cleared {p} || motorist assist, tire changed || no further
<RP> at {p} || wants to report a broken parking meter || took her coins
vendor at {p} sts a customer paid w/ a fake $20 || customer left hours ago || wants report
#</TEMPLATES>
'''

# ---------------------------------------------------------------- call types
CT_BASE = {
    'WELFARE': ['CHECK WELFARE', 'WELFARE CHECK', 'WELF CK', 'WELFARE CITIZEN', 'CHK WELFARE'],
    'SUSP': ['SUSPICIOUS', 'SUSP PERSON', 'SUSP CIRC', 'SUSPICIOUS ACTIVITY', 'SUSP ACT'],
    'ASSIST': ['ASSIST CITIZEN', 'CITIZEN ASSIST', 'PUBLIC ASSIST', 'ASSIST PUBLIC', 'AST CIT'],
    'DIST': ['DISTURBANCE', 'DISTURB', 'DIST', 'DISTURBANCE GENERAL', 'DISORDERLY'],
    'HANGUP': ['911 HANG UP', '911 HANGUP', '911 ABANDONED', 'HANG UP 911', '911 OPEN LINE'],
    'INFO': ['INFO', 'INFORMATION', 'INFO ONLY', 'INFORMATIONAL', 'INFO RPT'],
    'UNK': ['UNKNOWN PROBLEM', 'UNK TROUBLE', 'UNKNOWN', 'TROUBLE UNK', 'UNKNOWN NATURE'],
    'MED': ['MEDICAL', 'MEDICAL ASSIST', 'EMS ASSIST', 'MED CALL', 'SICK PERSON'],
    'WEAPON': ['WEAPONS', 'PERSON W/ WEAPON', 'WEAPON CALL', 'ARMED SUBJ', 'WEAPON OFFENSE'],
    'SHOTS': ['SHOTS FIRED', 'SHOTS HEARD', 'SHOTS', 'SHOTSPOTTER', 'SHOTS FIRED/HEARD'],
    'FIGHT': ['FIGHT', 'FIGHT IN PROGRESS', 'ASSAULT', 'BATTERY', 'ASLT'],
    'DV': ['DOMESTIC', 'DOMESTIC DISTURBANCE', 'FAMILY TROUBLE', 'DOMESTIC VIOL', 'DV'],
    'THREAT': ['THREATS', 'TERRORISTIC THREAT', 'THREAT', 'MENACING', 'HARASS/THREAT'],
    'SUICIDE': ['SUICIDAL SUBJECT', 'SUICIDE ATTEMPT', 'SUICIDE THREAT', 'ATTEMPT SUICIDE', 'SUICIDAL'],
    'MENTAL': ['MENTAL', 'MENTAL SUBJECT', 'EDP', 'MENTAL HEALTH', 'PSYCH'],
    'BURG': ['BURGLARY', 'BURGLARY IN PROGRESS', 'BURG', 'BREAKING AND ENTERING', 'B&E'],
    'THEFT': ['THEFT', 'LARCENY', 'THEFT REPORT', 'LARC', 'STOLEN PROPERTY'],
    'ROBBERY': ['ROBBERY', 'ROBBERY JUST OCC', 'ROB', 'ROBBERY IN PROG', 'STRONGARM ROBBERY'],
    'AUTOTHEFT': ['VEHICLE THEFT', 'AUTO THEFT', 'STOLEN VEH', 'MV THEFT', 'UUV'],
    'TRESPASS': ['TRESPASS', 'TRESPASSING', 'UNWANTED SUBJECT', 'UNWANTED GUEST', 'TRESP'],
    'DUI': ['DUI', 'DRUNK DRIVER', 'POSS DUI', 'IMPAIRED DRIVER', 'OWI'],
    'RECKLESS': ['RECKLESS DRIVER', 'RECKLESS VEH', 'ERRATIC DRIVER', 'RECKLESS OP', 'RECKLESS DRIVING'],
    'MISSING': ['MISSING PERSON', 'MISSING', 'MISSING JUV', 'ATL MISSING', 'MISS PERS'],
    'CHILD': ['CHILD NEGLECT', 'CHILD ABANDONED', 'JUV PROBLEM', 'CHILD WELFARE', 'CHILD LEFT ALONE'],
    'NOISE': ['NOISE COMPLAINT', 'NOISE', 'LOUD MUSIC', 'LOUD PARTY', 'NOISE NUISANCE'],
    'PARKING': ['PARKING', 'PARKING COMPLAINT', 'PARKING PROBLEM', 'ILLEGAL PARKING', 'PARKING TRBL'],
    'ANIMAL': ['ANIMAL COMPLAINT', 'ANIMAL', 'ANIMAL PROBLEM', 'ANIMAL CALL', 'ANIMAL CONTROL'],
    'CIVIL': ['CIVIL MATTER', 'CIVIL', 'CIVIL DISPUTE', 'LANDLORD/TENANT', 'CIVIL STANDBY'],
    'JUV': ['JUVENILE COMPLAINT', 'JUVENILES', 'JUV DIST', 'JUVENILE PROBLEM', 'TRBL W/ JUV'],
    'FOUND': ['FOUND PROPERTY', 'FOUND PROP', 'RECOVERED PROPERTY', 'FOUND ITEM', 'LOST/FOUND'],
    'INTOX': ['INTOXICATED PERSON', 'DRUNK', 'INTOX SUBJ', 'PUBLIC INTOX', 'ETOH'],
    'HARASS': ['HARASSMENT', 'HARASS', 'PHONE HARASSMENT', 'ANNOYING CALLS', 'HARASSING'],
    'OD': ['OVERDOSE', 'OD', 'POSS OD', 'INGESTION', 'DRUG OD'],
    'FALL': ['FALL', 'FALL VICTIM', 'PERSON FELL', 'LIFT ASSIST', 'FALL INJURY'],
    'TRAFFIC': ['TRAFFIC COMPLAINT', 'TRAFFIC', 'DISABLED VEH', 'MOTORIST ASSIST', 'TRAFFIC STOP'],
    'ALARM': ['ALARM', 'BURGLAR ALARM', 'ALARM AUDIBLE', 'ALARM BURG', 'ALARM COMMERCIAL'],
    'HOMELESS': ['TRANSIENT', 'HOMELESS PERSON', 'VAGRANT', 'UNSHELTERED PERSON', 'CAMP COMPLAINT'],
    'PERSONDOWN': ['PERSON DOWN', 'MAN DOWN', 'SUBJ DOWN', 'PERSON DOWN/UNK', 'DOWN PERSON'],
    'EXPOSURE': ['INDECENT EXPOSURE', 'LEWD CONDUCT', 'EXPOSURE', 'INDECENT EXP', 'LEWD'],
    'SCREAM': ['SCREAMS HEARD', 'HELP CALL', 'DISTRESS CALL', 'OPEN LINE DISTRESS', 'CRIES FOR HELP'],
    'MVA': ['ACCIDENT', 'MVA', 'CRASH', 'ACCIDENT PD', 'TRAFFIC COLLISION'],
}
KIND_CATS = {'weapon': ['WEAPON'], 'violence': ['FIGHT'], 'threat': ['THREAT'], 'injury': ['MED'],
             'suicide': ['SUICIDE'], 'police_only': ['SUSP'], 'uncertainty': ['SCREAM', 'DV']}
VAGUE = ['WELFARE', 'SUSP', 'ASSIST', 'DIST', 'HANGUP', 'INFO', 'UNK']

# ---------------------------------------------------------------- agencies
GEN_PLACES = ['the gas station', 'the laundromat', 'the dollar store', 'the bus shelter', 'the library',
              'the rec center', 'the apt complex', 'the strip mall', 'the park pavilion', 'the motel',
              'the corner store', 'the grocery store', 'the burger place', 'the church', 'the high school',
              'the transit center', 'the pharmacy', 'the car wash', 'the sports bar', 'the clinic',
              'the food bank', 'the tire shop', 'the pawn shop', 'the waffle house', 'the community garden']
GEN_STREETS = ['Main St', 'Oak Ave', 'Elm St', '5th Ave', 'Maple Dr', 'Washington Blvd', 'Cedar Ln',
               'Park Rd', 'Lincoln Ave', 'Mill St', 'Jefferson St', 'Pine St', 'Broadway', '2nd St']

AGENCIES = [
    dict(key='MFPD', name='Merrimack Falls PD', region='New England (NH)', W=200, case='upper',
         stamp='br_hms', sep=' ', rp=['RP'], rn='[REDACTED]', ra='[REDACTED]', rph='[REDACTED]',
         tok=dict(STS=['STS', 'STATES'], SUBJ=['SUBJ'], UNK=['UNK'], NFI=['NFI'], OS=['ON SCENE', 'OS'],
                  VEH=['MV'], W=['W/'], ADV=['ADV'], REQ=['REQ']),
         units=['E12', 'L3', '2B14', '2B21', 'M7'], ctv=0, ct={'ALARM': 'ALARM BURG/PANIC'},
         places=['the common', 'the mill lofts', 'the packie on Route 3', 'the VFW', 'the Dunkin on Mill St',
                 'the rotary', 'the boat ramp'],
         streets=['Route 3', 'Canal St', 'Pawtucket Blvd', 'School St']),
    dict(key='STPD', name='Schuylkill Township PD', region='Mid-Atlantic (PA)', W=255, case='sentence',
         stamp='dash_hms', sep=' ', rp=['c/p'], rn='<NAME>', ra='<ADDRESS>', rph='<PHONE>',
         tok=dict(STS=['states', 'adv'], SUBJ=['actor', 'subj'], UNK=['unk'], NFI=['nfi'], OS=['on loc', 'o/l'],
                  VEH=['veh'], W=['w/'], ADV=['advised'], REQ=['req']),
         units=['S12', 'S14', 'Medic 181', 'Sgt 10'], ctv=1,
         ct={'DIST': 'DISTURBANCE - GENERAL', 'DV': 'DOMESTIC (PFA?)', 'MED': 'EMS - ASSIST'},
         places=['the Wawa', 'the turnpike plaza', 'the fire co. social hall', 'the rowhomes on Ridge',
                 'the trolley stop', 'the outlet mall'],
         streets=['Ridge Pike', 'Germantown Pike', 'Route 422', 'Egypt Rd']),
    dict(key='TPSO', name='Tombigbee Parish Sheriff', region='Deep South (LA)', W=160, case='upper',
         stamp='at', sep='; ', rp=['COMP'], rn='XXXX', ra='XXXX', rph='XXX-XXX-XXXX',
         tok=dict(STS=['ADV', 'STATES'], SUBJ=['SUBJ', 'SUBJECT'], UNK=['UNK'], NFI=['NFD'], OS=['10-97', 'ARR'],
                  VEH=['VEH'], W=['W/'], ADV=['ADVISED'], REQ=['REQST']),
         units=['D14', 'D22', 'K9-2', 'AMB 6'], ctv=2, ct={'DIST': '103 DISTURBANCE', 'MED': '10-52 MEDICAL'},
         places=['the Piggly Wiggly', 'the boat launch', 'the truck stop on Hwy 43', 'the bait shop',
                 'the trailer park', 'the Dollar General', 'the levee'],
         streets=['Hwy 43', 'Magnolia Dr', 'Bayou Rd', 'Parish Rd 12']),
    dict(key='BBPD', name='Brazos Bend PD', region='Texas', W=240, case='upper',
         stamp='unitgt', sep=' | ', rp=['CALLER'], rn='***', ra='***', rph='***',
         tok=dict(STS=['STS', 'SAYS'], SUBJ=['SUBJ', 'INDIV'], UNK=['UNK', 'UNKN'], NFI=['NFI'], OS=['10-23', 'ONSCN'],
                  VEH=['VEH'], W=['W/', 'WITH'], ADV=['ADVS'], REQ=['RQST']),
         units=['P412', 'P417', 'MEDIC 9', 'SGT 40'], ctv=3,
         ct={'MED': '10-52 EMS', 'MVA': '10-50 MVA', 'DV': '10-16 DOMESTIC', 'DUI': '10-55 DWI', 'INTOX': 'PI'},
         places=['the icehouse', 'the feed store', 'the taqueria', 'the Stripes on FM 2004', 'the rodeo arena',
                 'the flea market', 'the dance hall'],
         streets=['FM 2004', 'Loop 288', 'County Rd 44', 'Velasco St']),
    dict(key='PVPD', name='Platte Valley PD', region='Great Plains (NE)', W=128, case='lower',
         stamp='paren', sep=' ', rp=['rp'], rn='(PII)', ra='(PII)', rph='(PII)',
         tok=dict(STS=['sts', 'says'], SUBJ=['subj', 'sub'], UNK=['unk'], NFI=['no further'], OS=['arrived', 'on scene'],
                  VEH=['veh'], W=['w/'], ADV=['advd'], REQ=['req']),
         units=['31', '33', 'R2', 'medic 1'], ctv=4, ct={'ALARM': '1033 ALARM', 'MED': 'EMS CALL'},
         places=['the co-op', 'the grain elevator', 'the Casey\'s', 'the fairgrounds', 'the Hy-Vee lot',
                 'the truck wash'],
         streets=['Hwy 30', 'O St', 'Railroad St', 'Sandhills Rd']),
    dict(key='FRMPD', name='Front Range Metro PD', region='Rockies (CO)', W=250, case='asis',
         stamp='date', sep=' >> ', rp=['REP'], rn='[REDACTED]', ra='[REDACTED]', rph='[REDACTED]',
         tok=dict(STS=['stated', 'sts'], SUBJ=['party', 'subj'], UNK=['unknown', 'unk'], NFI=['NFI'],
                  OS=['on scene', 'on-scene'], VEH=['vehicle', 'veh'], W=['with', 'w/'], ADV=['advised', 'adv'],
                  REQ=['requesting', 'req']),
         units=['1A22', '3B14', 'STAR2', 'M41'], ctv=0, ct={'MENTAL': 'MENTAL HEALTH CRISIS', 'WELFARE': 'WELFARE CHECK'},
         places=['the light rail station', 'the trailhead lot', 'the dispensary', 'the ski shop',
                 'the King Soopers', 'the creek path', 'the motel on Colfax'],
         streets=['Colfax Ave', 'Federal Blvd', 'I-25 frontage rd', 'Wadsworth']),
    dict(key='BSPD', name='Bayshore City PD', region='California', W=150, case='upper',
         stamp='brhm', sep=' ', rp=['RP'], rn='<NAME>', ra='<ADDR>', rph='<PH>',
         tok=dict(STS=['STS'], SUBJ=['SUBJ', 'S1'], UNK=['UNK'], NFI=['NFI'], OS=['97', 'ONSCENE'],
                  VEH=['VEH'], W=['W/'], ADV=['ADV'], REQ=['REQ']),
         units=['2A31', '2A34', 'M12', 'CSO4'], ctv=1,
         ct={'DIST': '415', 'MENTAL': '5150', 'WEAPON': '417', 'FIGHT': '242', 'THREAT': '422', 'BURG': '459',
             'THEFT': '484', 'ROBBERY': '211', 'AUTOTHEFT': '10851', 'DUI': '23152', 'INTOX': '647F',
             'TRESPASS': '602', 'EXPOSURE': '314', 'SHOTS': '246', 'SUICIDE': '5150 SUICIDAL', 'MVA': '1182'},
         places=['the boardwalk', 'the BART lot', 'the taco truck', 'the encampment on 3rd', 'the marina',
                 'the pier', 'the bus depot'],
         streets=['El Camino', '3rd St', 'Bay Shore Blvd', 'Mission Ave']),
    dict(key='KBPD', name='Kenai Borough PD', region='Alaska', W=180, case='sentence',
         stamp='hrs', sep=' / ', rp=['cmpl'], rn='XXXX', ra='XXXX', rph='XXXX',
         tok=dict(STS=['reports', 'states'], SUBJ=['subject', 'indiv'], UNK=['unk'], NFI=['nfi'],
                  OS=['on scene', 'arrived'], VEH=['vehicle', 'veh'], W=['w/'], ADV=['advises'], REQ=['requests']),
         units=['K11', 'K14', 'Medic 2', 'Troop 4'], ctv=2, ct={'ANIMAL': 'WILDLIFE/ANIMAL'},
         places=['the boat harbor', 'the fish cleaning station', 'the trailhead', 'the lodge', 'the Fred Meyer lot',
                 'the seawall', 'the ferry terminal'],
         streets=['Kenai Spur Hwy', 'K-Beach Rd', 'Bridge Access Rd', 'Redoubt Ave']),
    dict(key='LDHI', name='Leeward District PD', region='Hawaii', W=220, case='upper',
         stamp='dot', sep=' -- ', rp=['INFORMANT'], rn='[REDACTED]', ra='[REDACTED]', rph='[REDACTED]',
         tok=dict(STS=['STATES', 'RELATES'], SUBJ=['SUBJ', 'PARTY'], UNK=['UNK'], NFI=['NFI'], OS=['ARRIVED', 'O/S'],
                  VEH=['VEH', 'MV'], W=['W/'], ADV=['RELATED'], REQ=['REQ']),
         units=['D8-1', 'D8-4', 'EMS 12', 'SGT D8'], ctv=3, ct={'ASSIST': 'MISC PUBLIC', 'DIST': 'MISC DISTURBANCE'},
         places=['the beach park', 'the canal bridge', 'the zippers lot', 'the swap meet', 'the boat harbor',
                 'the plate lunch spot', 'the community park'],
         streets=['Farrington Hwy', 'Kam Hwy', 'Fort Weaver Rd', 'Hakimo Rd']),
    dict(key='RCTP', name='Red Cedar Tribal Police', region='Tribal (Upper Midwest)', W=120, case='asis',
         stamp='unitdash', sep=' ', rp=['CALLER'], rn='***', ra='***', rph='***',
         tok=dict(STS=['said', 'sts'], SUBJ=['indiv', 'subj'], UNK=['unk'], NFI=['nfi'], OS=['on scene', 'arr'],
                  VEH=['veh'], W=['w/'], ADV=['said'], REQ=['asks for']),
         units=['RC7', 'RC9', 'IHS amb', 'RC Sgt'], ctv=4, ct={'WELFARE': 'WELFARE CHK', 'MED': 'IHS EMS',
                                                                'DIST': 'TRBL W/ SUBJ'},
         places=['the casino', 'the powwow grounds', 'the community center', 'the IHS clinic', 'the housing area',
                 'the gas-n-go', 'the tribal office'],
         streets=['BIA 10', 'Hwy 55', 'Lake Rd', 'Agency Rd']),
    dict(key='PGHP', name='Port of Gulfhaven Harbor & Airport Police', region='Port/airport (Gulf Coast)', W=100,
         case='upper', stamp='num', sep=' ', rp=['REP'], rn='(PII)', ra='(PII)', rph='(PII)',
         tok=dict(STS=['STS', 'ADV'], SUBJ=['PAX', 'SUBJ'], UNK=['UNK'], NFI=['NFI'], OS=['ON SCENE', 'OS'],
                  VEH=['VEH'], W=['W/'], ADV=['ADV'], REQ=['REQ']),
         units=['H3', 'H5', 'ARFF 1', 'AP7'], ctv=0, ct={'ALARM': 'DOOR ALARM', 'SUSP': 'SUSP PERSON/PAX'},
         places=['terminal B', 'gate C14', 'the cargo yard', 'the cruise terminal', 'baggage claim',
                 'the cell phone lot', 'the TSA checkpoint', 'garage level 3', 'pier 6', 'the rental car center'],
         streets=['Terminal Rd', 'Harbor Blvd', 'Cargo Way', 'Departures Dr']),
    dict(key='LSPD', name='Lake Shore PD', region='Midwest (OH)', W=140, case='lower',
         stamp='slash', sep=' ', rp=['caller'], rn='[redacted]', ra='xxx', rph='xxx-xxxx',
         tok=dict(STS=['sts', 'said'], SUBJ=['subj', 'male/female'], UNK=['unk'], NFI=['nfi'], OS=['on scene', 'os'],
                  VEH=['veh'], W=['w/'], ADV=['advd'], REQ=['req']),
         units=['car 21', 'car 24', 'rescue 1', 'car 30'], ctv=1, ct={'DIST': 'disturbance', 'ASSIST': 'assist public'},
         places=['the marina lot', 'the beach house', 'the plaza', 'the bowling alley', 'the tavern on 185th',
                 'the rapid station'],
         streets=['Lakeshore Blvd', 'E 185th St', 'Vine St', 'Euclid Ave']),
]
REDACTION_MARKERS = ['[REDACTED]', 'XXXX', '<NAME>', '<ADDRESS>', '<PHONE>', '<ADDR>', '<PH>', '***', '(PII)',
                     '[redacted]', 'xxx', 'XXX-XXX-XXXX', 'xxx-xxxx']

MALE = ['male', 'w/m 40s', 'b/m 20s', 'h/m', 'male approx 30', 'older male', 'young male', 'tall male',
        'male w/ a backpack', 'heavyset male', 'male 50s', 'skinny male']
FEMALE = ['female', 'w/f 30s', 'b/f 40s', 'h/f', 'older female', 'young female', 'female approx 25',
          'female w/ a stroller bag', 'female 60s', 'short female']
ANY = ['a male', 'a female', 'an older man', 'a young woman', 'a person', 'a guy', 'a lady', 'an indiv',
       'a teen', 'a man']
REL_M = ['boyfriend', 'husband', 'son', 'brother', 'roommate', 'ex', 'uncle', 'cousin', 'stepdad', 'dad',
         'grandson', 'nephew']
REL_F = ['girlfriend', 'wife', 'daughter', 'sister', 'roommate', 'mom', 'aunt', 'cousin', 'stepdaughter',
         'grandma', 'niece']
VEHS = ['silver camry', 'blk pickup', 'white van', 'red civic', 'gray tahoe', 'blue sedan', 'green jeep',
        'white f150', 'black charger', 'tan minivan', 'maroon impala', 'gold altima', 'white prius']
CLOTHES = ['blk hoodie', 'red jacket', 'gray sweats', 'white tank top', 'camo jacket', 'jeans no shirt',
           'green parka', 'orange vest', 'blue scrubs', 'yellow raincoat']
DIRS = ['NB', 'SB', 'EB', 'WB']

TOKEN_RE = re.compile(r'<(RP|STS|SUBJ|UNK|NFI|OS|VEH|W|ADV|REQ)>')
MARK_RE = re.compile(r'\[\[(weapon|violence|threat|injury|suicide|police_only|uncertainty|ok):(.*?)\]\]')
SLOT_RE = re.compile(r'\{(\w+)\}')
KEYB = {'a': 'sq', 'b': 'vn', 'c': 'xv', 'd': 'sf', 'e': 'wr', 'f': 'dg', 'g': 'fh', 'h': 'gj', 'i': 'uo',
        'j': 'hk', 'k': 'jl', 'l': 'k', 'm': 'n', 'n': 'bm', 'o': 'ip', 'p': 'o', 'q': 'w', 'r': 'et',
        's': 'ad', 't': 'ry', 'u': 'yi', 'v': 'cb', 'w': 'qe', 'x': 'zc', 'y': 'tu', 'z': 'x'}


def parse_templates(txt):
    secs = []
    cur = None
    for raw in txt.split('\n'):
        s = raw.strip()
        if not s or s.startswith('#<') or s.startswith('#</'):
            continue
        if s.startswith('## '):
            parts = s[3:].split()
            cur = {'cls': parts[0], 'name': parts[1],
                   'cats': parts[2].split(',') if len(parts) > 2 else ['INFO'], 'items': []}
            secs.append(cur)
            continue
        if s.startswith('#'):
            continue
        m = re.match(r'^([A-Z]+(?:,[A-Z]+)*) \| (.*)$', s)
        if m:
            cats, body = m.group(1).split(','), m.group(2)
        else:
            cats, body = cur['cats'], s
        cur['items'].append({'cats': cats, 'body': body, 'multi': ' || ' in body})
    return secs


def call_type(ag, cat):
    if cat in ag['ct']:
        return ag['ct'][cat]
    return CT_BASE[cat][ag['ctv']]


def fill_slot(name, ag, rng):
    if name == 'p':
        return rng.choice(ag['places']) if rng.random() < 0.6 else rng.choice(GEN_PLACES)
    if name == 'st':
        return rng.choice(ag['streets']) if rng.random() < 0.6 else rng.choice(GEN_STREETS)
    if name == 'm':
        return 'a ' + rng.choice(MALE) if rng.random() < 0.3 else rng.choice(MALE)
    if name == 'f':
        return rng.choice(FEMALE)
    if name == 'x':
        return rng.choice(ANY)
    if name == 'n':
        return '\x011\x02'
    if name == 'a':
        r = rng.random()
        if r < 0.55:
            return '\x012\x02'
        if r < 0.8:
            return '\x012\x02 ' + rng.choice(ag['streets'] + GEN_STREETS)
        return '%d blk %s' % (rng.randrange(1, 60) * 100, rng.choice(ag['streets'] + GEN_STREETS))
    if name == 'ph':
        return '\x013\x02'
    if name == 'v':
        return rng.choice(VEHS)
    if name == 'rm':
        return rng.choice(REL_M)
    if name == 'rf':
        return rng.choice(REL_F)
    if name == 'clr':
        return rng.choice(CLOTHES)
    if name == 'dir':
        return rng.choice(DIRS)
    if name == 't':
        return str(rng.choice([5, 10, 15, 20, 25, 30, 40, 45]))
    if name == 'age':
        return str(rng.randrange(19, 89))
    if name == 'kid':
        return str(rng.randrange(2, 10))
    if name == 'unit':
        return rng.choice(ag['units'])
    raise KeyError(name)


def make_typo(word, rng):
    for _ in range(10):
        i = rng.randrange(1, len(word) - 1)
        op = rng.randrange(4)
        if op == 0 and word[i] != word[i + 1]:
            w = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        elif op == 1:
            w = word[:i] + word[i + 1:]
        elif op == 2:
            w = word[:i] + word[i] + word[i:]
        else:
            c = word[i].lower()
            if c not in KEYB:
                continue
            r = rng.choice(KEYB[c])
            if word[i].isupper():
                r = r.upper()
            w = word[:i] + r + word[i + 1:]
        if w != word:
            return w
    return word


def stamp(ag, rng, i, clock):
    t = clock[0]
    hh, mm, ss = (t // 3600) % 24, (t // 60) % 60, t % 60
    st = ag['stamp']
    if st == 'br_hms':
        return '[%02d:%02d:%02d] ' % (hh, mm, ss)
    if st == 'dash_hms':
        return '%02d:%02d:%02d - ' % (hh, mm, ss)
    if st == 'at':
        return '@%02d%02d ' % (hh, mm)
    if st == 'paren':
        return '(%02d%02d) ' % (hh, mm)
    if st == 'unitgt':
        if i > 0 and rng.random() < 0.5:
            return rng.choice(ag['units']) + '> '
        return '%02d:%02d:%02d ' % (hh, mm, ss)
    if st == 'date':
        return '%02d/%02d/%02d %02d:%02d:%02d ' % (clock[1], clock[2], 23, hh, mm, ss)
    if st == 'brhm':
        return '[%02d:%02d] ' % (hh, mm)
    if st == 'hrs':
        return '%02d%02d hrs: ' % (hh, mm)
    if st == 'dot':
        return '%02d.%02d ' % (hh, mm)
    if st == 'unitdash':
        return rng.choice(ag['units']) + ' - '
    if st == 'num':
        return '#%d ' % (i + 1)
    if st == 'slash':
        return '%02d%02d/ ' % (hh, mm)
    raise KeyError(st)


def apply_case(s, case):
    if case == 'upper':
        return s.upper()
    if case == 'lower':
        return s.lower()
    return s


FILLERS = ['{unit} enrt', '{unit} dispatched', 'callback # {ph}', 'xst {st}', '<RP> wants contact by phone',
           '<RP> does not want to be seen', 'loc verified w/ <RP>', 'premise hx reviewed', 'added per supv',
           'dup call merged into this one', 'no callback #', 'language line used, spanish', '<RP> is {n}',
           '<RP> is {n}, {ph}', 'lat/long provided by carrier', 'info relayed to {unit}', '<RP> calling from {p}',
           '<RP> on cell, walking', 'caution: dog on premises', '{unit} copies', 'same as prior call',
           '2nd <RP> {n} {ph}', '<RP> callback number verified', 'beat {unit} notified', '<RP> name withheld',
           'phase 2 wireless', '{unit} and {unit} assigned', 'cad: location changed to {a}', '{unit} staged at {st}',
           'call transferred from county', 'see prior incident', '<RP> is the building mgr', 'gate code {n}']

TAILS = [', <RP> {ph}', ', callback {ph}', ', xst {st}', ', <RP> on cell', ', <RP> is {n}', ', <RP> wants callback',
         ', <RP> {n} {ph}', ', per <RP>', ', <RP> anonymous', ', 2nd call on this', ', <RP> at {a}', ' ({n})',
         ', <RP> {n}', ', cb {ph}', ' - <RP> {n} at {a}', ', lives at {a}']


def render(item, ag, rng, typos):
    """Return (segments, ntypos).  segments: list of [text, tag] with tag None/'ok'/kind."""
    entries = item['body'].split(' || ')
    if len(entries) > 1:
        r = rng.random()
        nfill = 0 if r < 0.25 else (1 if r < 0.55 else (2 if r < 0.85 else 3))
        for _ in range(nfill):
            entries.insert(rng.randrange(1, len(entries) + 1), rng.choice(FILLERS))
    elif rng.random() < 0.42:
        entries[0] = entries[0] + rng.choice(TAILS)
    ent_segs = []
    for e in entries:
        e = TOKEN_RE.sub(lambda m: rng.choice(ag['rp']) if m.group(1) == 'RP' else rng.choice(ag['tok'][m.group(1)]), e)
        segs = []
        pos = 0
        for m in MARK_RE.finditer(e):
            if m.start() > pos:
                segs.append([e[pos:m.start()], None])
            segs.append([m.group(2), m.group(1)])
            pos = m.end()
        if pos < len(e):
            segs.append([e[pos:], None])
        for sg in segs:
            sg[0] = SLOT_RE.sub(lambda m: fill_slot(m.group(1), ag, rng), sg[0])
        ent_segs.append(segs)
    # typos
    done = 0
    for _ in range(typos):
        cands_key, cands_all = [], []
        for ei, segs in enumerate(ent_segs):
            for si, sg in enumerate(segs):
                for m in re.finditer(r'[A-Za-z]{4,}', sg[0]):
                    c = (ei, si, m.start(), m.end())
                    cands_all.append(c)
                    if sg[1] not in (None, 'ok'):
                        cands_key.append(c)
        if not cands_all:
            break
        pool = cands_key if (cands_key and rng.random() < 0.4) else cands_all
        ei, si, a, b = rng.choice(pool)
        sg = ent_segs[ei][si]
        neww = make_typo(sg[0][a:b], rng)
        if neww != sg[0][a:b]:
            sg[0] = sg[0][:a] + neww + sg[0][b:]
            done += 1
    # casing, redaction placeholders
    marks = {'1': ag['rn'], '2': ag['ra'], '3': ag['rph']}
    for segs in ent_segs:
        for sg in segs:
            sg[0] = apply_case(sg[0], ag['case'])
            sg[0] = re.sub('\x01([123])\x02', lambda m: marks[m.group(1)], sg[0])
        if ag['case'] == 'sentence' and segs and segs[0][0][:1].isalpha():
            segs[0][0] = segs[0][0][0].upper() + segs[0][0][1:]
    # join
    out = []
    if len(ent_segs) == 1:
        out = ent_segs[0]
    else:
        clock = [rng.randrange(0, 86400), rng.randrange(1, 13), rng.randrange(1, 29)]
        for i, segs in enumerate(ent_segs):
            if i > 0:
                out.append([ag['sep'], None])
                clock[0] += rng.randrange(15, 420)
            out.append([apply_case(stamp(ag, rng, i, clock), ag['case']), None])
            out.extend(segs)
    merged = []
    for t, g in out:
        if t == '':
            continue
        if merged and g is None and merged[-1][1] is None:
            merged[-1][0] += t
        else:
            merged.append([t, g])
    return merged, done


def spans_of(segs):
    full, spans, pos = '', [], 0
    for t, g in segs:
        if g is not None:
            spans.append((pos, pos + len(t), g))
        full += t
        pos += len(t)
    return full, spans


def derive(full, spans, W):
    cut = len(full) > W
    n = W if cut else len(full)
    active = []
    for s, e, tag in spans:
        if tag == 'ok':
            if e <= n:
                active = []
            continue
        if e <= n:
            active.append((tag, full[s:e]))
        elif s < n:
            frag = full[s:n]
            ls = sum(ch.isalpha() for ch in frag)
            lt = sum(ch.isalpha() for ch in full[s:e])
            if ls >= 5 and lt - ls <= 3:
                active.append((tag, frag))
    return active, cut


def ambiguous_cut(full, spans, W):
    """Avoid cuts that leave a readable but uncounted key, or a readable but incomplete resolution."""
    for s, e, tag in spans:
        if s < W < e:
            ls = sum(ch.isalpha() for ch in full[s:W])
            lt = sum(ch.isalpha() for ch in full[s:e])
            if tag == 'ok' and ls >= 4:
                return True
            if tag != 'ok' and not (ls >= 5 and lt - ls <= 3) and ls >= 3:
                return True
    return False


def label_row(full, spans, W, group):
    active, cut = derive(full, spans, W)
    if active:
        kind, frag = active[0]
        label, flags, reason = 'red', kind, "%s <- '%s'" % (kind, frag)
    else:
        label, flags = 'eligible', ''
        full_active, _ = derive(full, spans, 10 ** 9)
        if cut and full_active:
            reason = 'eligible: cut-lost-key (%s)' % full_active[0][0]
        else:
            reason = 'eligible: %s' % group
    if cut:
        reason += '; truncated at %d' % W
    return label, flags, reason, cut


def main():
    outdir = sys.argv[1]
    os.makedirs(outdir, exist_ok=True)
    rng = random.Random(SEED)
    secs = parse_templates(TEMPLATES)
    pools = {}
    order = []
    for sec in secs:
        grp = sec['name']
        for idx, it in enumerate(sec['items']):
            it['cls'] = sec['cls']
            it['group'] = grp
            key = (sec['cls'], grp, it['multi'])
            if key not in pools:
                pools[key] = []
                order.append(key)
            pools[key].append(it)
    # number templates uniquely
    seen = {}
    for key in order:
        for it in pools[key]:
            base = '%s:%s' % (it['cls'], it['group'])
            seen[base] = seen.get(base, 0) + 1
            it['tid'] = '%s:%03d' % (base, seen[base])
    cursors = {}

    def next_item(cls, grp, multi):
        key = (cls, grp, multi)
        if key not in pools:
            key = (cls, grp, not multi)
        if key not in cursors or cursors[key][1] >= len(cursors[key][0]):
            lst = list(pools[key])
            rng.shuffle(lst)
            cursors[key] = [lst, 0]
        it = cursors[key][0][cursors[key][1]]
        cursors[key][1] += 1
        return it

    red_plan = [('injury', 116), ('police_only', 98), ('violence', 68), ('weapon', 45), ('threat', 32),
                ('uncertainty', 44), ('suicide', 24)]
    look = ['negated', 'history', 'resolved', 'toy_prop', 'idiom', 'lawful_gun', 'passive_ideation', 'calm_mh',
            'noise', 'verbal_dispute', 'welfare_nodanger', 'past_theft', 'found_property', 'intox_ok',
            'unhoused_sleeping', 'juv_loitering', 'civil', 'animal', 'harassment_nothreat', 'nonurgent_assist',
            'missing_found', 'medical_stable']
    look_n = {g: 14 for g in look}
    look_n['resolved'] = 24
    look_n['negated'] = 20
    n_red = sum(n for _, n in red_plan)
    n_look = sum(look_n[g] for g in look)
    plan = []
    for k, n in red_plan:
        plan += [('red', k)] * n
    for g in look:
        plan += [('elig', g)] * look_n[g]
    plan += [('elig', 'routine')] * (N_ROWS - n_red - n_look)
    rng.shuffle(plan)

    rows, marks = [], []
    used = {}
    flips = {'red2elig': 0, 'elig2red': 0}
    ag_count = {a['key']: 0 for a in AGENCIES}
    fails = [0]
    forms = [True] * 400 + [False] * (N_ROWS - 400)
    rng.shuffle(forms)
    multi_idx = [i for i in range(N_ROWS) if forms[i]]
    single_idx = [i for i in range(N_ROWS) if not forms[i]]
    cut_rows = {}
    for i in rng.sample(multi_idx, 124) + rng.sample(single_idx, 26):
        cut_rows[i] = 1
    narrow = [a for a in AGENCIES if a["W"] <= 120]
    for ri, (cls, grp) in enumerate(plan):
        multi = forms[ri]
        want_cut = ri in cut_rows
        want_lost = cls == 'red' and multi and want_cut and grp not in ('suicide', 'uncertainty') \
            and rng.random() < 0.3
        want_part = cls == 'red' and want_cut and not want_lost and rng.random() < 0.2
        typos = 0
        if rng.random() < 0.25:
            typos = 1 if rng.random() < 0.7 else 2
        vague = cls == 'red' and rng.random() < 0.48
        accepted = None
        for attempt in range(900):
            if attempt == 600:
                want_cut = not want_cut
                fails[0] += 1
            it = next_item(cls, grp, multi)
            ag = rng.choice(narrow if (want_cut and not multi) else AGENCIES)
            segs, ndone = render(it, ag, rng, typos)
            full, spans = spans_of(segs)
            W = ag['W']
            if full in used:
                continue
            if it['multi']:
                if want_cut != (len(full) > W):
                    continue
            else:
                if want_cut:
                    if not (W < len(full) <= 175):
                        continue
                else:
                    if not (20 <= len(full) <= 140) or len(full) > W:
                        continue
            label, flags, reason, cut = label_row(full, spans, W, grp)
            if cut and ambiguous_cut(full, spans, W):
                continue
            if want_lost and flips['red2elig'] < 10 and attempt < 400 and label == 'red':
                continue
            if want_part and attempt < 400 and not [1 for s, e, g in spans if g != 'ok' and s < W < e]:
                continue
            if cls == 'red' and label != 'red':
                if grp in ('suicide', 'uncertainty') or flips['red2elig'] >= 14:
                    continue
            if cls == 'elig' and label == 'red':
                if flips['elig2red'] >= 8:
                    continue
            if cls == 'red' and label == 'red' and flags != grp:
                continue
            accepted = (it, ag, segs, ndone, full, spans, label, flags, reason, cut)
            break
        if accepted is None:
            raise SystemExit('could not place row %d (%s %s)' % (ri, cls, grp))
        it, ag, segs, ndone, full, spans, label, flags, reason, cut = accepted
        if cls == 'red' and label != 'red':
            flips['red2elig'] += 1
        if cls == 'elig' and label == 'red':
            flips['elig2red'] += 1
        used[full] = 1
        ag_count[ag['key']] += 1
        if vague:
            cat = rng.choice(VAGUE)
        elif cls == 'red':
            cat = rng.choice([c for c in it['cats'] if c not in VAGUE] or KIND_CATS[grp])
        else:
            cat = rng.choice(it['cats'])
        ct = call_type(ag, cat)
        narrative = full[:ag['W']] if cut else full
        rid = 'B28-%04d' % (ri + 1)
        rows.append([rid, ct, narrative, label, flags, reason, 'blind28'])
        marked = ''.join(t if g is None else '\u27e6%s|%s\u27e7' % (g, t) for t, g in segs)
        marks.append({'id': rid, 'agency': ag['key'], 'W': ag['W'], 'template': it['tid'],
                      'intended': grp if cls == 'red' else 'eligible', 'group': grp,
                      'form': 'multi' if it['multi'] else 'single', 'typos': ndone,
                      'ct_cat': cat, 'call_type': ct, 'marked': marked})
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    w.writerow(['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split'])
    for r in rows:
        w.writerow(r)
    with open(os.path.join(outdir, 'blind28.csv'), 'w', encoding='utf-8', newline='') as f:
        f.write(buf.getvalue())
    with open(os.path.join(outdir, 'blind28_markup.jsonl'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(json.dumps({'agencies': [{k: a[k] for k in ('key', 'name', 'region', 'W', 'case', 'rp')}
                                         for a in AGENCIES], 'seed': SEED}, sort_keys=True) + '\n')
        for m in marks:
            f.write(json.dumps(m, sort_keys=True, ensure_ascii=True) + '\n')
    nred = sum(1 for r in rows if r[3] == 'red')
    print('rows %d red %d (%.1f%%) flips %s fallbacks %d' % (len(rows), nred, 100.0 * nred / len(rows), flips, fails[0]))


if __name__ == '__main__':
    main()
