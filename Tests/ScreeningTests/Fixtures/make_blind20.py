#!/usr/bin/env python3
"""make_blind20.py - deterministic generator for the blind20 held-out set (stdlib only).
Usage: python3 make_blind20.py [OUTDIR] [--markup]
  writes OUTDIR/blind20.csv; --markup also writes OUTDIR/blind20_markup.csv (marked-up source for the checker)."""
import csv, io, os, re, sys, random

RED_TPL = r'''
#weapon
$S in lot of $L waving [[weapon:machete]] at passing cars
$R states male outside w/ [[weapon:handgun]] in waistband, pacing by the mailboxes
{no weapons seen by 1st caller} 2ND CALLER ADV $S now has [[weapon:a knife out]]
neighbor dispute over fence line, $R says it was just yelling at first, now $S came back out [[weapon:holding a shotgun]]
$S at bus stop swinging [[weapon:a tire iron]] at the shelter glass
$R adv bf [[weapon:pointed a gun]] at her then left on foot twd $L
2 males arguing at $L, one [[weapon:pulled a blade]]
$S in kitchen [[weapon:holding a steak knife]] and wont put it down per $R
{$R says no guns in home} correction, $S [[weapon:has a rifle]] in the bedroom and is loading it
$R hears shots fired, sees male w/ [[weapon:pistol]] running toward $L
party in parking area brandishing [[weapon:a bat with nails]] at group
$S [[weapon:armed with a hatchet]] chopping at front door of trailer
caller states juvs near $L, one showed [[weapon:a gun]] in his backpack
$R at gas station, clerk says $S [[weapon:flashed a knife]] when asked to pay
long story about parking dispute w/ landlord, tenant upset about rent, landlord says tenant now standing in hall [[weapon:with a crowbar raised]]
$S sitting on porch [[weapon:with a loaded shotgun]] across lap yelling at kids
ex came over, $R says he [[weapon:has a box cutter]] and is cutting the screen
$S threw [[weapon:a broken bottle]] and is jabbing it at bouncer
fishing boat at $L, $R says deckhand [[weapon:pulled a filet knife]] on captain
$R says $S [[weapon:racked a shotgun]] when they drove up the driveway
{bb gun earlier was a toy per RP} now $S has [[weapon:real revolver]] on the table
$S at laundromat [[weapon:waving a screwdriver]] at people and jabbing
vehicle occupant [[weapon:pointed a pistol]] out window at $R on hwy near $L
$S in ER waiting rm [[weapon:with scalpel]] taken from tray
campers at $L, one [[weapon:brandishing bear spray]] at other campers and advancing
$R reports $S has [[weapon:sword]] swinging it in the yard
$S walking down road with [[weapon:AR style rifle]] pointing at houses
$R states son [[weapon:holding a kitchen knife]] to his own arm and walking at family
clerk says man [[weapon:showed gun in waistband]] and demanded cigs
$S standing in road at $L holding [[weapon:a large rock overhead]] at drivers
$R advised $S [[weapon:grabbed a hammer]] and is coming back to the house
$R says subj has [[weapon:taser]] and is zapping it at patrons
mother says teen [[weapon:got dads pistol]] out of safe, in backyard now
$S [[weapon:armed w/ machete]] on trail near $L, hikers fled
intoxicated $S at $L, bartender says he [[weapon:has a knife]] now
$R at parade, man [[weapon:swinging a chain]] at people in crowd
call was first about loud music, then $R says neighbor came to door [[weapon:holding a gun]]
$S w/ [[weapon:pellet rifle]] shooting at cars, $R cant tell if real
$R: he has [[weapon:the axe]] again, standing by truck
male in stairwell [[weapon:holding a syringe like a weapon]] at staff
guy at the dock [[weapon:waving a harpoon]] yelling at the tourists
$S holding [[weapon:a pitchfork]] at the property line pointing it at $R
$R says $S [[weapon:pulled a gun]] during argument over dog at $L
$S [[weapon:swinging a golf club]] at vehicles in parking lot
$R says ex is outside and [[weapon:has a shotgun]] in truck bed, getting it out now
per security, male [[weapon:w/ knife]] in lobby by elevators
$R sees $S [[weapon:loading a gun]] in car in front of school
$S [[weapon:brandished a firearm]] at employee, still in store
$S w/ [[weapon:crossbow]] aiming at the neighbors dog and neighbor
$S [[weapon:waving a cane knife]] at workers in the field near $L
<<weapon:gun>> in his hand ((RP thought phone)) then 2nd caller says $S [[weapon:has a real pistol]] now pointing it
$S [[weapon:holding a knife]] and [[threat:saying he will stab the next guy]] at $L
#violence
$R says neighbor is [[violence:beating his wife]] in the driveway now
2 females [[violence:fighting]] outside $L, one on ground
$S [[violence:punched]] $R in the face and is still on scene
{verbal only earlier} now $R hears $S [[violence:slamming her against wall]]
long wait in ER, pt family upset about care, $R says one of them just [[violence:shoved a nurse to the floor]]
$R reports group [[violence:jumping a male]] by the bleachers
husband [[violence:choking]] $R, she ran to neighbors at $L
$S [[violence:kicking]] elderly man at bus stop
$R states brother [[violence:hit mom with a chair]] just now
juvs [[violence:stomping on a kid]] in parking lot at $L
bouncer and patron [[violence:throwing punches]] out front
$R says $S [[violence:dragged her by the hair]] into the house
$S [[violence:hitting his dog and then his gf]] in the yard
{past DV hx on file} $R says tonight $S [[violence:slapped her]] and broke her phone
$R advises roommate [[violence:attacked her]], she is locked in bathroom
fight on the ferry, 3 males [[violence:brawling]] on upper deck
$S [[violence:pushed $R down the stairs]] just now, $S still inside
argument about the car keys and money that started hours ago, $R now says son [[violence:knocked dad to the ground]]
$R hears screaming, sees male [[violence:hitting a woman]] in car at $L
$S [[violence:headbutted]] security guard at entrance
$R says husband [[violence:grabbed her throat]] and left twd $L
students [[violence:fighting in hallway]] blood on floor
male [[violence:beating another male]] with fists in alley
$R reports $S [[violence:spit on and shoved]] cashier and is still in store
$R: my dad is [[violence:hitting my mom]] right now
bar fight at $L, [[violence:multiple subjs swinging]]
$S [[violence:assaulted bus driver by punching]] him, bus stopped on route
$R says gf [[violence:bit him and scratched his face]], she is still there
$S [[violence:tackled]] a jogger on the path near $L
caller says neighbor kids saw man [[violence:hitting child with a belt]] in yard
$R says tenant [[violence:hit landlord in head]] with fist at $L
fight between drivers, one [[violence:dragged other out of car]] and is punching
$S [[violence:strangling]] $R, line open, $R screaming
2ND CALLER, males [[violence:still fighting]] by the canoe launch at $L
$R advises $S [[violence:threw her to the ground]] and kicked her
{no one hurt at first per security} update, patron [[violence:beating the other guard]]
$R says cousin [[violence:attacking grandma]] in kitchen
inmate visitor lot, $S [[violence:punching car window and $R]] through the window
$R reports ex [[violence:shoved her into the truck]] and drove off, then came back
$S [[violence:swung at staff and connected]] in pharmacy line
tourist and local [[violence:fighting on the sand]] near $L
$S [[violence:beat up]] the clerk and is still in back room
$R says father [[violence:hit her with a bottle]] just happened
$S [[violence:kicked in door and hit]] the roommate
$R states mom [[violence:being beaten]] by bf, kids present
group of 5 [[violence:assaulting a man]] with fists and kicks at $L
$R in car, bf [[violence:punching her]] while driving, now stopped at $L
2 males [[violence:rolling on ground fighting]] outside chapter house
$S [[violence:attacked nurse]] on 4 west, pulled her hair
$R at $L says two deckhands [[violence:punching each other]] on the pier right now
<<violence:fight>> at $L ((2 friends play fighting)) then $R says third male [[violence:punching one of them]] for real
$S [[violence:beating the dog owner]] and [[weapon:swinging a leash chain]] at $L
#threat
$S [[threat:threatening to kill]] $R, standing at her door
$R says ex texted [[threat:im coming to shoot you]] and is parked outside
{no threats made earlier} now neighbor [[threat:yelling he will burn the house down with them in it]]
$S at counter [[threat:says he will kill everyone]] in the office
$R reports bf [[threat:threatened to stab her]] if she calls anyone, he is in living room
coworker [[threat:said he would bring a gun tomorrow and shoot the manager]]
$S [[threat:threatening to beat]] the cashier, still inside
$R says son [[threat:threatening to kill dad]] tonight, pacing
long call re custody exchange, schedule dispute for weeks, then $R says $S at door now [[threat:saying he will kill her]]
neighbor at fence line [[threat:said he will shoot the dog and RP]]
$S [[threat:threatening staff]] saying he will hurt them at $L
$R says tenant [[threat:says he will cut the landlord]] when he comes back
$S on phone with $R [[threat:threatening to come over and kill]] him, on his way
driver [[threat:said he would run $R over]] and is circling the lot
$R states $S [[threat:making death threats]] outside the house now
student [[threat:threatened to shoot up]] the school on a group chat tonight
$S [[threat:threatening to kill himself and his kids]] in the house
$R says uncle [[threat:said hes gonna kill someone tonight]] and left with keys
patient [[threat:threatening to punch]] triage nurse, still in triage
$S yelling [[threat:i will kill you]] at $R through the window
ex [[threat:threatened to burn her car]] and is outside with gas can
$S [[threat:threatening to hurt]] boat crew at $L
$R says man [[threat:said he is going to shoot the ranger]] at the gate
$R says caller on other line [[threat:threatening to blow up]] the clinic
$S [[threat:threatening to assault]] neighbor, walking toward house
{says threats were a joke last week} today $S [[threat:said hes gonna stab her]] and means it
$R reports $S [[threat:threatening to kill the clerk]] over refund
bf [[threat:says he will hurt the baby]] if $R leaves
$S [[threat:threatened bus driver]] saying he would slit his throat
$R adv $S [[threat:threatening to shoot]] anyone who comes up the drive
mom says daughters ex [[threat:threatening to kill her]] on live video outside
$S [[threat:making threats to kill]] at the band office
$S in lobby [[threat:says he will hurt the doctor]] who discharged him
$R says neighbor [[threat:threatened to run them over]] with the tractor, on tractor now
caller states brother [[threat:threatening family with harm]] over money, on way there
$S at $L [[threat:says he will kill the next person]] who walks by
$R: hes saying [[threat:hes gonna end me]] and hes outside
$S [[threat:threatening to hit]] cashier w/ fist, still at counter
$R reports landlord [[threat:threatening to break her legs]] at door
$R advs ex husband [[threat:threatened to kill new bf]] and is driving there
juv [[threat:threatened to stab]] another juv after school at $L
$S [[threat:vows to shoot]] the neighbors if they park there again, standing on porch
$R says guest [[threat:threatening to drown]] her in the pool
$S [[threat:threatening violence]] against the crew at the dock
$S [[threat:saying he will kill the cop]] who comes, in the yard
fisherman [[threat:threatened to gut]] the other guy at $L
{threat yesterday was verbal and resolved} now $S back [[threat:threatening to smash her head]]
$R says client [[threat:told her he would strangle her]] and wont leave office
$S calling $R [[threat:saying he will kill her dog and her]] tonight
$S [[threat:threatening retaliation with a gun]] against the family at $L
<<threat:threat>> earlier ((RP says was a joke)) but now $S [[threat:says he will shoot her tonight]]
$S [[threat:threatening to kill]] $R and [[violence:just shoved her]] at $L
#injury
$R says $S is [[injury:unconscious]] on floor of bathroom
male [[injury:not breathing]] at $L, CPR in progress
$S [[injury:having a seizure]] on the bus
$R states friend [[injury:overdosed]] and is turning blue
elderly female [[injury:fell and cannot get up]], hip pain, bleeding from head
$R says husband has [[injury:chest pain]] radiating to left arm
{no injuries per first caller} 2ND caller says driver [[injury:bleeding heavily]] from leg
long lead in about a property line issue and a broken fence, neighbor says owner then [[injury:collapsed in the yard]]
$R says mom has [[injury:slurred speech and face drooping]]
diabetic $S [[injury:unresponsive]], sugar low per family
child [[injury:stung by bee and throat swelling]]
$R says worker [[injury:burned]] arm badly at grill, skin peeling
swimmer [[injury:pulled from water not breathing]] at $L
hiker with [[injury:hypothermia]] shivering and confused near $L
$S in [[injury:heat stroke]], confused and not sweating
$R says $S [[injury:OD on fentanyl]] in car
[[injury:cardiac arrest]] in lobby, AED in use
$S [[injury:cut wrist]] deep, bleeding a lot
$R says roommate [[injury:barely breathing]] after pills and alcohol
worker [[injury:fell off roof]] at $L, not moving
$R: baby [[injury:not breathing]] please hurry
pt [[injury:seizing]] in waiting area
$R says man [[injury:down and not responding]] at $L
[[injury:code 3]] medical to $L, pt with difficulty breathing
$S [[injury:anaphylaxis]] after peanuts, epi used, still wheezing
child [[injury:fell from window]] at $L, conscious, leg deformed
$R says grandpa [[injury:cant breathe]] and is gray
[[injury:GSW]] to leg at $L, victim on ground
[[injury:10-52]] needed at $L, party bleeding from head
$R says son [[injury:took a whole bottle of pills]] an hour ago
$S [[injury:passed out]] in sauna at $L
driver [[injury:trapped in vehicle]] after rollover on hwy near $L
$R adv female [[injury:vomiting blood]] and dizzy
$R reports [[injury:stroke symptoms]] in wife, cant lift arm
visitor [[injury:fell into canyon]] approx 20 ft, calling for help
$R says friend [[injury:hit head]] on ice and now confused and vomiting
{diabetic but fine yesterday} today $S [[injury:sugar 30 and not making sense]]
$R says brother [[injury:overdose]] narcan given, not waking up
pt [[injury:unresp]] in stairwell near $L
kayaker [[injury:capsized and in cold water]] at $L
long complaint about a neighbor's dog barking all week, then $R says while on phone her husband [[injury:just collapsed]]
$S [[injury:electrocuted]] at job site, not moving
$R says mother [[injury:fell down stairs]], head wound, confused
elder [[injury:hypothermic]] found outside at $L, skin cold
$R says friend [[injury:turning blue]] after smoking something
$S [[injury:stabbed]] and walking into ER lot holding side
$R states infant [[injury:high fever and seizing]]
$S [[injury:severe allergic reaction]], lips swelling
worker [[injury:crushed hand]] in machine, heavy bleeding
[[injury:CPR in progress]] on elderly male at $L
<<injury:man down>> at $L ((was sleeping)) then 2nd caller says other male [[injury:not breathing]] next to him
$R says $S [[violence:punched]] a man who is now [[injury:unconscious and bleeding]]
#suicide
$R says friend [[suicide:has a gun and says he will kill himself]] tonight
$S [[suicide:standing on bridge rail]] at $L threatening to jump
$R states son [[suicide:took pills to kill himself]] an hour ago
{RP says $S has had dark thoughts for years} today $S [[suicide:wrote a note and has a rope]]
$S texted $R [[suicide:goodbye and a photo of pills]]
$R says brother [[suicide:locked in garage with car running]]
female [[suicide:cutting herself]] and says she wants to die
$S on roof [[suicide:threatening to jump]] at $L
$R advs dad [[suicide:holding gun to his head]] in bedroom
vet at $L [[suicide:says he has a plan and the means]] tonight
$R says gf [[suicide:hanging herself]] in closet, cutting her down
long call about lost job and eviction, then $R says $S [[suicide:just said he is going to shoot himself]]
$S [[suicide:walking into ocean]] says she wants to end it
$R reports $S [[suicide:sitting in tub with razor]]
pt [[suicide:tried to hang himself]] with bedsheet on unit
$S [[suicide:plans to overdose]] tonight, has bottle ready
$R says friend [[suicide:on live stream with a knife saying goodbye]]
{passive SI last month} now $S [[suicide:has pills lined up]] on table
$S [[suicide:suicidal with a gun]] in the truck at $L
$R says teen [[suicide:threatening to jump]] from overpass
$S [[suicide:drank bleach]] to end his life
$R states husband [[suicide:loading his pistol to kill himself]]
$S [[suicide:on the ledge]] of parking garage
$R says mom [[suicide:swallowed all her meds]] to die
$S [[suicide:wants to die and is holding a knife]] to throat
$R says cousin [[suicide:went into the woods with a rope]] near $L
$S [[suicide:standing on train tracks]] wanting to die
$S [[suicide:attempting suicide]] in bathroom, door locked
$R reports coworker [[suicide:said he will drive off the cliff]] at $L tonight, in car now
$S [[suicide:suicide attempt in progress]] per $R
{no plan per RP at first} update $S [[suicide:has a shotgun and said goodbye]]
$S [[suicide:tied a belt to the rafter]]
$R says $S [[suicide:cut his wrists]] and is bleeding
$S [[suicide:suicidal with plan]] to jump from dam at $L
$R says daughter [[suicide:took overdose on purpose]]
$S [[suicide:climbing the tower]] at $L to jump
$S [[suicide:threatening suicide with a knife]] in kitchen
$R says brother [[suicide:has the gun in his mouth]]
$S on phone [[suicide:saying he is about to pull the trigger]]
$S [[suicide:wading into the river]] to kill herself near $L
$R says roommate [[suicide:overdosing to end it]]
$S [[suicide:planning to hang himself]] tonight, rope in car
$R advises $S [[suicide:poured gas on himself]]
$S [[suicide:jumped]] from 2nd floor balcony, says wants to die
father [[suicide:says he will kill himself]] and has pills in hand
$R says girlfriend [[suicide:trying to jump out the window]]
$S [[suicide:said he is going to kill himself]] and grabbed his rifle
long talk about family stress, sobbing, then $R says she [[suicide:already took the pills]]
$S [[suicide:sitting on the rail]] of the ferry saying goodbye
$S in cell area [[suicide:tying shirt around neck]]
<<suicide:suicidal>> male ((says no plan)) update $R says he [[suicide:just grabbed a rope]] and went to garage
$S [[suicide:holding a gun to her head]] in car at $L
#police_only
$R says someone [[police_only:breaking into]] neighbors house now at $L
[[police_only:burglary in progress]] at $L, $R hears glass breaking
$R reports [[police_only:drunk driver]] swerving on hwy near $L
$R says [[police_only:5 yr old missing]] from yard for 20 min
[[police_only:child left alone in hot car]] at $L, windows up
$R reports [[police_only:hit and run]], driver walking away from the car
$S [[police_only:stealing a car]] right now in lot
$R says male [[police_only:trying door handles]] on cars now, still on street
[[police_only:robbery just occurred]] suspect ran twd $L
$R states [[police_only:toddler wandering alone]] on hwy shoulder
man [[police_only:trying to lure kids]] into van at $L
$R reports [[police_only:shoplifter still in store]] concealing items
[[police_only:driver passed out at the wheel]] engine running at drive thru
$R says someone [[police_only:took her child]] from the park, ex w/o custody
[[police_only:wrong way driver]] on hwy near $L
$R says [[police_only:break in]] happening at the shop, suspects inside
long call about a barking dog and a fence, then $R says he sees [[police_only:someone climbing through neighbors window]]
$R reports [[police_only:impaired driver]] just left bar in truck
[[police_only:purse snatching]] just happened, suspect on bike still in view
$R reports [[police_only:vandalism in progress]], males smashing car windows
{bike stolen last week} today $R sees [[police_only:guy cutting the lock]] on her new bike now
[[police_only:child abducted]] per $R at $L
$R says [[police_only:8 year old not home]] from school, 2 hrs overdue
[[police_only:carjacking]] just happened, suspect still in area
$S [[police_only:inside the closed store]] after hours, $R sees flashlight
$R reports [[police_only:10-55]] weaving on $L road
[[police_only:prowler]] looking into windows at $L now
$R says [[police_only:hit and run]] driver parked around corner
[[police_only:mail theft in progress]] male pulling mail from boxes
[[police_only:kid locked in car]] crying at $L
$R reports [[police_only:toddler missing]] at the beach near $L
[[police_only:intoxicated driver]] on snowmobile trail near $L hitting trees
$R says [[police_only:someone stealing]] tools from truck now
[[police_only:burglar]] in basement, $R hiding upstairs
[[police_only:baby left in car]] at $L, no adult around
$R says [[police_only:theft in progress]] at the gas pumps
[[police_only:10-31]] at $L, subjs loading items into van
$R states driver [[police_only:drinking while driving]] on hwy now
[[police_only:lost child]] at the fair, 4 yo, last seen 15 min ago
[[police_only:poachers shooting]] from road at $L
$R states [[police_only:someone in her house]], doesnt know who
[[police_only:stolen truck]] being driven by $R now, passing $L
[[police_only:home invasion]] at $L
$R says male [[police_only:exposing himself]] to kids at $L
[[police_only:child wandering alone]] near the river at $L
[[police_only:break in to car]] now, male inside the car
$R says [[police_only:drunk boater]] nearly hit swimmers at $L
[[police_only:kid taken]] from daycare by unknown woman
$R reports driver [[police_only:fled on foot]] after crash, hiding nearby
[[police_only:shoplifting in progress]] at pharmacy, subj at door
<<police_only:prowler>> ((RP says neighbor)) then $R sees 2nd man [[police_only:prying the back door]] now
[[police_only:drunk driver]] hit a mailbox at $L, driver [[injury:bleeding from head]]
#uncertainty
[[uncertainty:open line]], female heard crying and saying stop
$R [[uncertainty:whispering]], says she cannot talk, man in house
[[uncertainty:911 hang up]] after $R said help, callback no answer
$R [[uncertainty:unable to speak freely]], answering yes no only
[[uncertainty:unknown problem]] at $L, screaming heard in background
$R hears [[uncertainty:screaming next door]] and thuds, cant see
$R says [[uncertainty:call dropped mid sentence]] while saying he has
[[uncertainty:line disconnected]] after $R said please dont
therapist reports [[uncertainty:client said he would hurt his ex]], duty to warn
$R [[uncertainty:ordering pizza]] to 911, yes no answers, possible DV
[[uncertainty:open line with yelling]], unable to determine location, pinged near $L
$R hears [[uncertainty:woman yelling for help]] in apt above, cant see
long lead in about parking, neighbors car in her spot, then $R says she hears [[uncertainty:someone screaming and crashing]] inside
[[uncertainty:silent call]] with heavy breathing and a man yelling in bg
$R [[uncertainty:cannot say why]] she called, says someone is there
[[uncertainty:unk trouble]] at $L, caller hung up
$R hears [[uncertainty:gunshot like sounds]] unknown source near $L
counselor says [[uncertainty:student made threat toward teacher]] duty to warn
$R [[uncertainty:hung up after saying he has a]]
[[uncertainty:text to 911]] says help at $L, no further reply
$R hears [[uncertainty:child screaming and adult yelling]] next door
{earlier hangup was a butt dial} now [[uncertainty:open line with crying]] and a male voice
[[uncertainty:disconnected]] while screaming, callback to vm
[[uncertainty:possible DV]] per $R, heard banging through wall
$R [[uncertainty:asked for a ride]] but then said yes when asked if in danger
[[uncertainty:abandoned call]] from $L, scream then line dead
$R says [[uncertainty:sounds of a struggle]] in the woods at $L
doctor reports pt [[uncertainty:voiced intent to harm coworker]] duty to warn
[[uncertainty:garbled call]] female screaming, no loc
$R hears [[uncertainty:loud bangs and screaming]] from neighbors unit
[[uncertainty:open line]] male voice threatening in background near $L
$R [[uncertainty:cant talk]], he is right here
[[uncertainty:911 misdial with distress]] heard, female crying
$R says [[uncertainty:heard somebody yell help me]] from the trail at $L
[[uncertainty:call cut off]] as $R said he is coming
social worker reports [[uncertainty:client made credible threat]] to harm family
[[uncertainty:unknown emergency]] at $L, line went dead
$R hears [[uncertainty:glass breaking and screaming]] next door
[[uncertainty:whispered call]] says man outside window
$R says [[uncertainty:heard a woman scream then silence]] at $L
[[uncertainty:line open]] sounds of fighting and a child crying
[[uncertainty:callback no answer]] after $R yelled help
$R in closet [[uncertainty:whispering]] there is someone in the house
[[uncertainty:unk nature]], $R crying, couldnt get info, disconnected
$R hears [[uncertainty:pounding and yelling for help]] in motel room at $L
[[uncertainty:open mic]] from cell, woman pleading
[[uncertainty:incomplete call]] $R said my husband is and line dropped
$R [[uncertainty:speaking in code]], says her sister is there and mean
[[uncertainty:abandoned 911]] screaming heard, ping near $L
$R hears [[uncertainty:thumps and crying]] through the wall, unsure what
<<uncertainty:open line>> ((callback pocket dial)) then 2nd [[uncertainty:open line with screaming]] from same number
$R [[uncertainty:whispering]] says ex is in the house, then [[uncertainty:line went dead]]
'''

ELIG_TPL = r'''
#noise
$R reports loud music from house at $L, ongoing 2 hrs
neighbors having party, bass thumping, $R wants it turned down
dog barking and people laughing loudly on lanai next door
$R says someone practicing drums at 2 am
loud car stereo idling in lot at $L
$R says leaf blower at 6 am again, wants officer to advise
fireworks going off in the cul de sac, {no one hurt}, kids lighting them
karaoke at neighbors, $R says it is the third weekend in a row
loud generator running all night at camp site $L
$R complains of yelling and cheering from watch party, football game
construction noise before permitted hours at $L
$R says upstairs neighbor stomping and moving furniture late
band rehearsal in garage, $R says too loud, no other problem
motorcycles revving engines in parking lot at $L
$R reports bonfire party with music, {no fighting}, just loud
shouting heard, $R says it is the usual sports fans, {nothing violent}
$R says roosters next door crowing at 3 am at $L
church bells and amplified music at fiesta at $L, $R wants volume down
<<uncertainty:screaming>> next door at $L ((RP went over, its a birthday party, everyone fine))
<<weapon:gunshots>> heard near $L ((confirmed transformer popping, utility on scene))
#verbal_dispute
$R and neighbor arguing over parking spot, verbal only
couple yelling at each other in car at $L, {no physical per RP}
$R says roommate screaming at her about dishes, {no hands on}
customer yelling at clerk over refund, {verbal only}, wants him trespassed
2 brothers arguing over truck at $L, {no weapons, no threats}
$R says ex is yelling on the porch about the kids schedule, {no threats}
argument between tenants about laundry room, verbal
<<violence:fight>> at bus stop ((turned out to be 2 guys yelling, no contact))
$R says husband and she had a loud argument, he left to cool off, {she is not hurt}
family arguing at $L over inheritance, $R wants someone to mediate
shouting match between drivers after fender bender, {no injuries}, exchanging info
$R says neighbor cussing her out over tree branches
students arguing loudly at $L, {nothing physical}
$R reports verbal argument w/ landlord about deposit
2 females yelling at each other in laundromat, {no one touched anyone}
$R says son and dad arguing about curfew, {no violence}
<<violence:domestic>> at $L ((both parties on phone say verbal only, no contact, he left to moms))
<<threat:threats>> between neighbors ((RP clarifies neighbor said he will call the city on him))
#welfare
$R asks for welfare check on elderly mother at $L, hasnt answered phone today
$R worried about neighbor, mail piling up, car in driveway
$S sitting on bench at $L for hours, appears ok, $R just concerned
check welfare of female walking along hwy near $L in the rain, {appears fine}
$R says friend sounded sad on phone, {no SI mentioned}, wants someone to check
elderly man wandering at $L, talking normally, seems a little lost
$R requests check on coworker who didnt show up for shift
welfare check at $L, hikers overdue by 1 hr, {per RP they often run late}
$R says her brother hasnt posted online in 3 days, lives alone
grandma at $L not answering door, $R out of state
$R sees woman crying on curb, {not hurt}, just upset
check on kids playing near the canal at $L, {adult present}
$R asks welfare check on neighbor with dementia, {no emergency}
male sleeping in car at rest stop at $L, $R asks check, {breathing normally}
$R worried about tenant who has not picked up packages
check welfare of man sitting in snow at $L, {alert and dressed warm}, says he is waiting for ride
<<injury:man down>> at $L ((unit on scene earlier says he is sitting up, eating, no complaints))
$R asks check on auntie at $L, no phone service at her place, {no emergency known}
<<injury:person not moving>> on bench at $L ((RP says now awake and drinking coffee))
<<uncertainty:911 hang up>> from $L ((callback, elderly female says wrong button, fine))
#past_theft
$R reports bike stolen from porch sometime last night
$R says packages taken yesterday, has video, suspect long gone
tools taken from work truck over weekend at $L
$R reports wallet stolen at gym last week, wants report
catalytic converter cut off car overnight, {no suspect on scene}
$R says someone took her canoe from $L sometime this month
shoplifting occurred earlier today, {suspect left an hour ago}, store wants report
$R found garage broken into when she got home, {nobody there}, happened while at work
car broken into overnight at $L, window smashed, stereo gone
$R says grandson took money from her purse last month
stolen plates from vehicle, noticed this morning
$R reports fraud on bank account, wants report number
gas siphoned from truck overnight at $L
<<police_only:burglary>> reported at $L ((occurred last week, owner just noticed, no one inside))
$R says rental kayak not returned 2 days, renter gone
lawn mower stolen from shed at some point during vacation
<<police_only:robbery>> at $L ((happened 3 days ago, RP just filing for insurance))
<<police_only:break in>> at shed ((RP says that was in march, wants case number))
#found_property
$R found a wallet at $L, wants to turn it in
bike left in yard for 2 days, not hers
$R found a phone on the bus, wants it returned
found backpack at $L, {contains only books and clothes}
$R found keys on trail at $L
found license plate in ditch
$R found old ammo box in grandpas shed, {empty}, wants disposal info
found a purse in the shopping cart at $L
$R reports found drone in backyard
found set of dentures on bench at $L, lol
found a kids scooter at park, $R wants it picked up
$R found hunting knife in leather sheath at $L campground, {no one around}, wants to turn in
found mail addressed to neighbors in ditch
found an abandoned shopping cart full of clothes at $L
$R found credit card at gas pump
found hearing aid at $L visitor center
<<weapon:gun>> found at $L ((RP says it is a lighter shaped like a gun))
<<weapon:knife>> on playground at $L ((plastic toy knife per RP, picked it up))
#passive_si
$R says friend mentioned feeling hopeless, {no plan, no means}, wants resources
$S says sometimes wishes he wouldnt wake up, {denies plan}, asks to talk to someone
$R worried her son is depressed, {no statements of harm}
$S calling to talk, feels down after breakup, {no plan}, calm
$R says mother said life is hard and she is tired, {no plan or intent}
pt on unit asking for counselor, passive thoughts, {safety plan in place}
$S says he thinks about death sometimes, {no intent, no means}, wants crisis line
$R says coworker seems withdrawn, {no threats}, requests check
$S calls crisis, {denies SI}, just lonely
teen posted sad song lyrics, $R worried, {no mention of self harm}
$S feels overwhelmed, {no weapons in home}, requests mobile team visit
$R says veteran friend struggling with memories, {no plan}, wants VA info
$S says I dont want to be here anymore but {has no plan} and wants to see counselor
$R says daughter cried all night, {no self harm}, wants someone to talk to
$S asking for crisis bed, {no intent}, feeling low
$S says wishes he could disappear, {no means}, calm, talking
<<suicide:suicidal>> male at $L ((says no plan, no means, wants to talk to counselor))
<<suicide:wants to die>> per text from friend ((friend called back, says meant tired of job, no intent))
#refuse_leave
$S refusing to leave store at $L after closing, {no threats}
guest refusing to leave party, {not aggressive}
$R says ex roommate wont leave apartment, {no violence}, civil
$S sitting in lobby refusing to leave, {calm}
customer refusing to leave restaurant after being asked, {no threats}
$S wont leave bus at end of line, says he is waiting
$R says her brother refuses to leave her couch, been there a week
$S refusing to leave clinic waiting room, {no weapons}, calm
$S refusing to get off the ferry at $L
$S wont leave church steps, {quiet}
patient refusing discharge, sitting in hall, {no aggression}
$S refusing to leave campground after checkout time at $L
guest refusing to leave motel room, {no threats made}
$S wont leave band office until he sees the chief, {calm}
$S refusing to leave library at closing, {cooperative otherwise}
$S refusing to exit taxi at $L, says no money, {no threats}
<<threat:threatening>> guest at motel ((manager says guest only refused to leave, no threats))
#intox_fine
intoxicated male at $L, walking ok, talking, {no injuries}
$S drunk singing at bus stop, {not bothering anyone}
$R says guest drunk and loud at bar, {walking fine}
intox female sitting on curb at $L, {alert and talking}
$S intoxicated at festival, {friends with him}
drunk male asking for rides at $L, {no problem otherwise}
$S drinking in park at $L, {no disturbance}
$R says uncle drunk and asleep on couch, {breathing fine}, wants him gone
intox male at gas station, {coherent}, trying to buy more beer
$S high on something at $L, dancing, {not hurting anyone}
$S drunk on beach at $L, {awake and talking}
tourist drunk at luau, {friends taking him back to hotel}
$S intoxicated and wants a ride to shelter, {no medical complaints}
$S drunk in ER lobby, {already medically cleared}, asking for taxi
$S passed out drunk {but snoring and rolled over} on bench at $L
$S tipsy at pow wow grounds at $L, {walking with family}, wants a ride
intox male on the lanai at $L, {awake, talking story}, host wants him to go home
<<injury:unconscious>> drunk male at $L ((now awake and walking with friends, refused EMS))
<<injury:person down>> outside bar ((bouncer says he sat down to tie shoes, drunk but ok))
#unhoused
unhoused male sleeping in doorway of store at $L
$S sleeping on bench at $L, {breathing, snoring}
tent set up on sidewalk at $L, $R wants it moved
$R reports person sleeping in bus shelter
unhoused female with cart at $L, {no problem}, $R asks resources
$S sleeping in church parking lot at $L
man sleeping under bridge at $L, {warm and dressed}
$S sleeping in vestibule of bank at $L
encampment by river at $L, $R wants outreach
$S sleeping in car behind store at $L, {no other issue}
male sleeping on beach at $L overnight
$S panhandling at $L, {not aggressive}
$S sleeping in stairwell of parking garage, {responsive when spoken to}
unhoused male asking for water at $L
$S sleeping near ER entrance, {not a patient}, security asks move along
female sleeping in bathroom stall at park, {responsive}
<<injury:body>> under bridge at $L ((unit earlier found him sleeping, talked to him))
<<injury:man down>> in doorway at $L ((he is sleeping, breathing normal per RP))
#resolved_alarm
<<weapon:man with gun>> at $L ((RP now says it was a camera tripod))
<<injury:person down>> at $L ((now sitting up, says was just resting))
<<violence:fight>> in parking lot ((it was 2 friends wrestling playfully, both laughing))
<<threat:threatening>> caller ((RP clarifies it was song lyrics on the radio))
<<uncertainty:open line>> ((callback, caller says pocket dial, all ok))
<<police_only:break in>> at $L ((owner locked out, using ladder, verified))
<<weapon:knife>> reported ((turned out to be a cell phone in hand))
<<suicide:jumper>> on bridge at $L ((bridge worker on safety line, doing repairs))
<<injury:unconscious>> male at $L ((woke up, was sleeping, declined EMS))
<<police_only:child missing>> at $L ((found playing in neighbors yard))
<<violence:assault>> at bar ((bouncer says it was a hug))
<<uncertainty:screaming>> heard at $L ((kids on trampoline))
<<weapon:shots fired>> near $L ((fireworks confirmed by unit on scene earlier))
<<injury:not breathing>> at $L ((RP says he is breathing now, was choking on food, cleared))
<<police_only:drunk driver>> reported ((vehicle parked, driver sober per security))
<<threat:bomb>> reported at $L ((unattended lunch bag, owner came back))
<<weapon:rifle>> seen at $L ((ranger confirms it was a spotting scope on tripod))
<<violence:screaming and hitting>> at $L ((RP corrects, its a haunted house attraction))
<<suicide:man on roof>> at $L ((roofer with harness, confirmed by foreman))
<<injury:seizure>> reported at $L ((RP now says pt was shivering from cold water, now warm and talking))
#history_only
$R reports neighbor {was arrested for assault last year}, today just loud music
{prior DV at address}, today $R asks for help getting belongings
$S {had a gun incident in 2019}, now just parked in wrong spot
$R says {ex threatened her years ago}, wants info on restraining order renewal
{hx of overdose} $S now asking for shelter info, feeling ok
$R says {brother attempted suicide in the past}, doing well, wants family support groups
{previous stabbing at this bar} $R reports noise only
$R mentions {son used to carry a knife}, now wants help with school truancy
{caution note weapons at address}, today $R needs lockout help
{past hx of seizures} $S fine now, wants ride to pharmacy
$R says {husband hit her years ago}, divorced now, asks about custody paperwork
{prior break ins at $L} $R just wants extra patrol
$S {was in fight last month}, today asking about lost wallet
{hx of 5150} $S requesting transport to clinic appointment
$R says {neighbor fired gun on new years}, just wants to report fireworks tonight
{old warrant cleared} $S wants copy of report
<<weapon:gun call>> at this address ((that was last year, today only lockout))
#negated_danger
$R says {no weapons, no threats, no injuries}, just wants her kid picked up
subj yelling at $L, {no weapons seen}, {not threatening}
$R says man sitting in car, {no gun}, just staring at phone
female crying in lobby, {denies being hurt}, {denies SI}
{no one hit anyone} $R just wants the noise to stop
$R says {he did not threaten her}, just wont return her key
{no injuries} minor crash in parking lot at $L, info exchanged
{not suicidal} per $S, wants to talk to someone about grief
$R says {no one is in danger}, just worried about smell from neighbors trash
{no blood, no pain} $S tripped on curb at $L, walked home
{RP denies DV}, wants ride to sisters house
{no fighting} just loud group at $L
{no one inside} door found open at $L, wind likely
$S {not armed}, {not aggressive}, sitting outside clinic
{no threats made}, {no weapon}, ex keeps calling about the dog
{no kids involved} just adults arguing over game
<<violence:fight>> reported at $L ((RP corrects, no fight, just loud talking))
<<weapon:armed>> subj at $L ((second caller says no weapon, was holding umbrella))
#toy_prop
kids playing with {water guns} at $L, $R startled
$R sees man with {airsoft rifle} at field, wearing orange tip, playing game
{toy gun} in kids hand at $L, $R wants check
{prop sword} used in ren faire at $L
film crew at $L with {fake rifles}, permit shown
$R sees {nerf blasters} in park, teens playing
{halloween costume} with {plastic knife} at party
{cap gun} noise at $L, kids playing cowboys
{paintball} group in woods at $L
{foam bat} fight in yard between kids, laughing
reenactors at $L fort with {replica muskets}, event permitted
$R saw {plastic axe} in store window display
{laser tag} kids running at $L
cosplay group at $L convention center with {prop blades}
{bb gun target practice} at cans in backyard by adult, {no one nearby}
{toy knife} in play kit, child showing $R
{water pistol} fight at $L canal, kids soaked, $R annoyed
<<weapon:gun>> in window at $L ((RP looked again, its a hair dryer))
<<weapon:rifle>> in yard at $L ((RP sees orange tip, kids with toy))
<<weapon:sword>> at $L ((cosplay prop, foam, per security))
#idiom
$R says traffic on $L is {killing her}, wants cones
$S says {he will kill it} at his gig tonight, $R just noise complaint
$R says boss is {gonna murder me} if truck not towed, wants tow info
{dying of laughter} kids at $L too loud
$R says landlord is {bleeding him dry} with fees
{shot in the dark} asking if ranger found her hat
$R says neighbors kid {blew up} the group chat, annoying
{knocked it out of the park} party at $L too loud
{killer} sale at $L, cars parked on lawn
$R says {this heat is killing me} wants cooling center info
$R {about to lose it} over neighbors trash cans
{take a stab at} fixing fence, $R asks about property line
$R says co worker {went ballistic} about parking but left
{bombed} his exam, son upset, $R wants counselor info
$R says kids {fighting over the remote}
{shoot me a text} per $R, wants callback on report
<<threat:kill>> threat reported at $L ((RP clarifies friend said he would kill for a burger))
#tool_use
$S using {chainsaw} cutting tree at $L, $R says loud
man with {machete clearing brush} at $L, landscaping
$R sees guy with {axe splitting wood} at campsite
{nail gun} noise from construction at $L
worker using {box cutter} to open boxes at store, $R nervous
$S {carving pumpkins} with knives on porch
{hunting knife} used to clean fish at $L dock
$R sees man with {hammer} fixing roof
{chef knife} in hand, $S chopping vegetables in open kitchen, $R just wants noise down
farmers using {cane knives} in field at $L
{bow hunting} in season at $L, licensed
$S with {shovel} digging in yard at night, $R curious
{pruning shears} in hand, neighbor trimming hedge onto $R side
{fishing spear} used on reef at $L, legal
{rifle at range} at $L, gun club hours
{crowbar} used by tow driver to open car for owner at $L
$S walking with {ice auger} on the lake at $L, going fishing
{filet knife} used at cleaning station at $L harbor, $R thinks messy
<<weapon:man with axe>> at $L ((RP sees he is splitting firewood for his ohana))
<<weapon:chainsaw>> noise and yelling at $L ((tree crew, foreman on scene))
#stored_firearm
$R asks how to turn in {grandpas old rifle} from closet
{gun locked in safe}, $R wants info on transfer
$R moving out, {ex has guns stored}, wants standby for belongings
{hunting rifles in cabinet} at cabin, $R wants house check while away
$R found {unloaded pistol in locked case} in moms attic, wants pickup
{licensed gun owner}, $R asks about carry permit renewal
{rifle in rack} of pickup, parked at $L trailhead, hunter gone hiking
$R wants info on safe storage for {shotgun in closet}
{guns in storage unit}, $R reporting lock cut, nothing taken
{firearm in glovebox, lawfully owned}, $R locked keys in car
$R asks to drop off {old revolver} for destruction
{shotgun stored at uncles}, custody question only
{cased rifle} in vehicle at $L, owner at hunting lodge
$R wants welfare check, notes {dad keeps guns locked}, no concerns
{holstered sidearm} on security guard at $L, $R asking if allowed
{antique muskets on wall} at museum, $R asks about alarm
<<weapon:gun in car>> at $L ((locked in case in trunk, owner at work))
#calm_mh
$S calm, hearing voices, requests mobile crisis visit, {no threats}
$R asks for help getting brother to his psych appointment
$S with schizophrenia off meds, {calm}, family requests check in
$S asking for someone to talk to, anxious, {no SI}
$R says mother confused and paranoid, {not aggressive}
$S talking to himself at $L, {not bothering anyone}
$S in manic episode, spending money, {no danger}, family wants team
$R says autistic son overwhelmed, {calm now}, wants support
$S requests transport to detox, {cooperative}
$S says neighbors are watching him, {calm}, wants to talk
$R says daughter having panic attack, {breathing ok}, wants crisis worker
$S refusing meds, {not violent}, group home requests team
$S at $L says he needs to talk to a counselor
$R says vet having flashbacks, {calm}, requests peer support
$S anxious at airport, {no threats}, staff asks crisis team
$S with depression wants help finding a therapist
<<suicide:5150>> request at $L ((family says calm, just wants mobile crisis visit))
#juveniles
group of juvs hanging out at $L, $R says loitering
teens skateboarding in church lot at $L
kids playing basketball late at $L, loud
juvs on bikes riding in circles in lot
teens smoking vape behind school at $L
kids knocking on doors and running, ding dong ditch
juvs sitting on cars at $L, {no damage}
group of teens at beach after hours at $L
kids throwing snowballs at cars on $L road
teen girls filming tiktoks in store aisle
juvs swimming in closed pool at $L
kids fishing off bridge at $L, $R worried about traffic
teens hanging around ER lobby charging phones
teens drinking soda and listening to music at $L
juveniles climbing on playground after dark
group of kids at $L riding horses on road
<<violence:kids fighting>> at $L ((RP says they are wrestling for fun, laughing))
<<weapon:juv with gun>> at $L ((water gun, RP watched them squirt each other))
#civil
$R says landlord changed locks, wants to get back in
custody exchange at $L, {no problem}, $R wants standby
$R dispute with mechanic over repair bill
neighbor tree fell on fence, $R wants to know who pays
$R says ex wont return her dog, civil
contractor took deposit and didnt finish job at $L
$R dispute with roommate over rent share
car repo at $L, owner disputing, {no confrontation}
$R wants standby while picking up belongings at $L
boundary dispute on allotment land at $L
$R says family member using her EBT card without permission
dispute over grazing cattle crossing fence at $L
$R wants to know if she can tow car from her lot
tenant says landlord entered apartment without notice
$R disputes parking ticket at $L
$R says ex took the kids an hour late, per order, {kids fine}
dispute at $L over who owns the fishing net, {no threats}
$R says cousin sold her truck without asking, wants report
<<police_only:stolen car>> at $L ((RP says it was repossessed, paperwork on door))
#benign_suspicious
$R sees unfamiliar car parked on street at $L for 2 hours
man taking photos of houses at $L, {turned out to be assessor}
$R hears noises in attic, {thinks raccoons}
$S walking slowly looking in bushes, $R thinks looking for lost cat
door to door salesman at $L, $R suspicious
$R sees flashlights in woods at $L, probably campers
van parked by school at $L, {utility markings}
$S sitting in parked car at $L reading, $R concerned
drone flying over houses at $L
$R sees person checking meter on side of house, {wearing utility vest}
strange odor near dumpster at $L, $R thinks trash
male walking through yards at $L, {delivering flyers}
$R sees someone in boat at $L at night, fishing lights
$R reports footprints in snow around shed, {nothing missing}
man looking into parked cars at $L, {found his own car}
person on roof at $L, {contractor per neighbor}
$R sees man with metal detector on beach at $L at night
car idling at $L boat ramp, {couple waiting for sunrise}
<<police_only:prowler>> at $L ((neighbor says it is the new tenant moving in))
<<police_only:someone breaking in>> at $L ((RP sees it is the locksmith with owner))
#animal
loose dog at $L, {friendly}
$R reports barking dog all night
horse loose on hwy near $L, owner notified
$R says stray cat under porch
cow in the road at $L
$R reports dead deer on shoulder at $L
feral chickens at $L making noise
bear in dumpster at $L campground, {no one hurt}
$R says neighbors goats in her garden again
snake in garage, $R wants removal
dog left in car at $L, windows cracked, $R worried
injured seal on beach at $L, $R wants wildlife info
raccoon acting odd near $L
loose sheep near chapter house at $L
moose in the yard at $L, $R wants advice
gator in pool at $L, $R wants trapper
$R says loose horses from the allotment in her yard at $L
wild pigs tearing up yard at $L overnight
<<violence:attack>> in yard at $L ((dog attacked the trash bags, no people involved))
#harassment
$R says ex keeps texting, {no threats}, wants it to stop
neighbor keeps taking pictures of $R house, {no threats}
$R getting calls from unknown number, hangs up
coworker keeps messaging $R on social media, {nothing threatening}
$R says former friend posting rude things about her
$S keeps showing up at $L asking $R out, {no threats}
$R says neighbor leaves notes on car about parking
$R reports spam calls claiming to be IRS
ex bf keeps driving by house, {no contact, no threats}
$R says relative keeps calling at work, {no threats}
$R getting rude emails from landlord
$S yelled insults at $R at bus stop then left
$R says someone posted her number online, getting calls
classmate keeps sending memes to daughter, $R upset, {no threats}
neighbor keeps ringing doorbell to complain about dog
$R harassed by telemarketer calling 10 times a day
<<threat:threatening messages>> per RP ((reads them to dispatcher, only insults, no threats))
#nonurgent_assist
$R locked out of house at $L
$R needs ride to shelter from $L
elderly $S fell {but not hurt}, needs help getting up, lift assist
$R asks for help jump starting car at $L
$R needs info on road closure at $L
$R out of gas on hwy near $L, safe on shoulder
$S asks for help finding hotel, lost tourist
$R wants help with a flat tire at $L
$R needs help carrying groceries up stairs, elderly
$S wants a ride home from clinic
$R asks for directions to $L
$R needs help reading notice from housing
$R asks for someone to help with food box delivery
$R needs help contacting family after phone died
$R asks for a standby while caregiver arrives
$R requests help moving a bench blocking road at $L
<<uncertainty:help>> yelled at $L ((RP says elderly neighbor needed help with garbage can))
#missing_found
$R reports 16 yo late from curfew, {now home safe}
elderly dad wandered from home, {found at $L safe}
runaway teen at friends house, {located}
$R says husband missing, {called back he is at the casino}
hiker overdue at $L, {returned to trailhead ok}
14 yo left after argument, {at grandmas}, $R wants note
adult son not answering, {found at work}
$R says 17 yo not home, {texted she is at cousins}
missing kayaker at $L, {located on shore, fine}
wandering resident from care home, {found in garden}
$R reports teen missing, {showed up at $L with friends}
adult female missing since morning, {located at $L, fine}
$R says brother missing, {now at shelter}
$R says 15 yo didnt come home, {at coach house}
missing visitor at $L, {back at camp}
$R says dad with dementia gone, {found by neighbor, safe}
<<police_only:missing 6 yr old>> at $L ((found asleep under bed, safe))
<<police_only:child missing>> at the pool at $L ((found at snack bar with cousin))
'''

SEED = 20270729
KINDS = ['weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty']
N_ROWS, N_RED_PLAN, N_CUT = 1000, 438, 200
CUT_CATS = ['after_markup', 'before_key', 'in_decoy', 'in_key', 'in_resolution', 'key_tail']


def load(text):
    out, cur = [], None
    for line in text.split('\n'):
        line = line.strip()
        if not line:
            continue
        if line.startswith('#'):
            cur = line[1:]
            out.append((cur, []))
            continue
        out[-1][1].append(line)
    return out

RED = load(RED_TPL)
ELIG = load(ELIG_TPL)

# concept -> (apco, plain, tencode, signal, penal)
CT = {
 'WEAPON': ('WEAPON', 'Weapons complaint', '10-32', 'SIG 17 WEAPON', '417'),
 'FIGHT': ('FIGHT', 'Fight in progress', '10-10', 'SIG 4 FIGHT', '242'),
 'DVA': ('DVA', 'Domestic violence', '10-16V', 'SIG 21D', '273.5'),
 'THREAT': ('THREATS', 'Threats', '10-103T', 'SIG 44 THREAT', '422'),
 'MED': ('MEDICAL', 'Medical emergency', '10-52', 'SIG 30 MED', 'MED AID'),
 'OD': ('OD', 'Overdose', '10-52OD', 'SIG 30 OD', '11550'),
 'SUIC': ('SUICIDE', 'Suicidal person', '10-56A', 'SIG 35 SUIC', '5150 SUIC'),
 'CRIME': ('BURG IP', 'Crime in progress', '10-31', 'SIG 12 IP', '459'),
 'DUI': ('DUI', 'Impaired driver', '10-55', 'SIG 55', '23152'),
 'CHILD': ('CHILD ENDANG', 'Missing or endangered child', '10-57J', 'SIG 61 JUV', '278'),
 'UNK': ('TROUBLE', 'Unknown trouble', '10-0UNK', 'SIG 99 UNK', '911 HANGUP'),
 'WELF': ('WELFARE', 'Check welfare', '10-40', 'SIG 40 WELF', 'WELF CHK'),
 'DISORD': ('DISORD', 'Disturbance', '10-15', 'SIG 15 DIST', '415'),
 'NOISE': ('NOISE', 'Noise complaint', '10-91N', 'SIG 15N', '415N'),
 'SUSP': ('SUSP', 'Suspicious circumstance', '10-37', 'SIG 37 SUSP', 'SUSP CIRC'),
 'THEFT': ('THEFT RPT', 'Theft report', '10-62', 'SIG 6 THEFT', '484'),
 'FOUND': ('FOUNDPROP', 'Found property', '10-98F', 'SIG 8 FOUND', 'FOUND PROP'),
 'MNTL': ('MNTL', 'Mental health call', '10-96', 'SIG 35 MH', '5150 ASSIST'),
 'TRESP': ('TRESPASS', 'Unwanted guest', '10-26', 'SIG 26 UNW', '602'),
 'INTOX': ('INTOX', 'Intoxicated person', '10-51', 'SIG 51 INTOX', '647F'),
 'VAG': ('VAG', 'Unhoused person', '10-54V', 'SIG 54 VAG', 'LODGING 647E'),
 'ALARM': ('ALARM', 'Alarm call', '10-33', 'SIG 33 ALARM', 'ALARM'),
 'INFO': ('INFO', 'Information', '10-9I', 'SIG 9 INFO', 'INFO'),
 'JUV': ('JUV', 'Juvenile problem', '10-57', 'SIG 57 JUV', '601'),
 'CIVIL': ('CIVIL', 'Civil matter', '10-80', 'SIG 80 CIVIL', 'CIVIL'),
 'ANIMAL': ('ANIMAL', 'Animal complaint', '10-91', 'SIG 91 ANML', 'ANIMAL'),
 'HARR': ('HARR', 'Harassment', '10-23H', 'SIG 23 HARASS', '653M'),
 'ASSIST': ('CITASST', 'Citizen assist', '10-86', 'SIG 86 ASST', 'ASSIST'),
 'MISS': ('PERMISS', 'Missing person', '10-57M', 'SIG 57 MISS', 'MISSING'),
}
STYLE_IX = {'apco': 0, 'plain': 1, 'tencode': 2, 'signal': 3, 'penal': 4}
KIND_CT = {'weapon': ['WEAPON'], 'violence': ['FIGHT', 'DVA'], 'threat': ['THREAT'],
           'injury': ['MED', 'OD'], 'suicide': ['SUIC'], 'police_only': ['CRIME', 'DUI', 'CHILD'],
           'uncertainty': ['UNK']}
MILD_CT = ['WELF', 'ASSIST', 'DISORD', 'SUSP', 'NOISE', 'INFO', 'CIVIL']
GROUP_CT = {
 'noise': ['NOISE', 'DISORD'], 'verbal_dispute': ['DISORD', 'CIVIL'], 'welfare': ['WELF'],
 'past_theft': ['THEFT'], 'found_property': ['FOUND'], 'passive_si': ['MNTL', 'WELF'],
 'refuse_leave': ['TRESP'], 'intox_fine': ['INTOX'], 'unhoused': ['VAG', 'WELF'],
 'resolved_alarm': ['SUSP', 'INFO', 'ALARM'], 'history_only': ['INFO', 'ASSIST'],
 'negated_danger': ['DISORD', 'WELF', 'INFO'], 'toy_prop': ['SUSP'], 'idiom': ['INFO', 'NOISE'],
 'tool_use': ['SUSP', 'NOISE'], 'stored_firearm': ['INFO', 'ASSIST'], 'calm_mh': ['MNTL'],
 'juveniles': ['JUV'], 'civil': ['CIVIL'], 'benign_suspicious': ['SUSP'], 'animal': ['ANIMAL'],
 'harassment': ['HARR'], 'nonurgent_assist': ['ASSIST'], 'missing_found': ['MISS', 'WELF'],
}
ALARM_CT = ['WEAPON', 'FIGHT', 'DVA', 'THREAT', 'MED', 'SUIC', 'CRIME', 'UNK', 'OD', 'CHILD']

AGENCIES = [
 dict(code='CAR', name='Policia Municipal de Carolina (Puerto Rico)', W=140, case='asis', sep=' / ', style='plain',
      R=['RP', 'la informante', 'el informante'], S=['el sujeto', 'subj', 'el caballero'],
      L=['Urb. Villa Carolina', 'the colmado on Calle 65', 'Isla Verde beach', 'the cancha in Barrio Buenaventura', 'Plaza Escorial lot', 'the panaderia on Ave Roberto Clemente'],
      H=['Recibida via 911', 'LLAMADA 2', 'Ref querella', 'Sector Este'], T=['Unidad asignada', 'Patrulla 14 notificada', 'Se refiere a sector', 'cuartel informado']),
 dict(code='HCP', name='Hawaii County (Hilo) police dispatch', W=120, case='upper', sep=' -- ', style='apco',
      R=['CALLER', 'RP'], S=['MALE', 'FEMALE', 'PARTY'],
      L=['HILO BAYFRONT', 'KEAAU TOWN', 'THE MAUKA SIDE OF PAHOA', 'KAILUA PIER', 'PUNALUU BLACK SAND BEACH', 'THE HPP SUBDIVISION'],
      H=['PH2 WIRELESS', 'ANI/ALI OK', 'PUNA DIST', 'XST VERIFIED'], T=['UNIT ENRT', 'ADVD RP', 'KONA DESK NOTIFIED', 'CAD# PENDING']),
 dict(code='NNP', name='Navajo Nation Police (Chinle district)', W=100, case='upper', sep='; ', style='signal',
      R=['RP', 'COMPL'], S=['SUBJ', 'IND'],
      L=['CHINLE CHAPTER HOUSE', 'HWY 191 MP 440', 'MANY FARMS', 'THE FLEA MARKET', 'THE CANYON DE CHELLY OVERLOOK', 'ROUGH ROCK'],
      H=['LANDLINE', 'CELL PING APPROX', 'CHINLE DIST', 'RELAYED BY BIA'], T=['UNIT 10-8', 'RP ADVD ETA', 'SUPV NOTIFIED', 'LOG ONLY PEND']),
 dict(code='RVR', name='Revere MA (Boston-area) police', W=80, case='lower', sep=' // ', style='apco',
      R=['rp', 'c/p'], S=['party', 'male party', 'female party'],
      L=['revere beach blvd', 'shirley ave', 'the wonderland lot', 'broadway by the rotary', 'the beachmont t stop'],
      H=['wireless', 'walk in', 'bus line'], T=['car 3 enrt', 'sgt aware', 'logged']),
 dict(code='SLC', name='St. Louis County MN sheriff', W=72, case='upper', sep='. ', style='plain',
      R=['COMPL', 'CP'], S=['SUBJ', 'INDIV'],
      L=['THE ICE HOUSE ON ISLAND LAKE', 'HWY 53 NEAR COTTON', 'THE SNOWMOBILE TRAIL BY ELY', 'THE VERMILION BOAT LANDING', 'HIBBING MALL LOT'],
      H=['NORTH DIST', 'WIRELESS', 'TXFR FROM DULUTH'], T=['SQUAD ENRT', 'DEP ADVD', 'CALL LOGGED']),
 dict(code='LFP', name='Lafourche Parish LA sheriff', W=110, case='asis', sep=' | ', style='tencode',
      R=['CP', 'comp'], S=['subj', 'subject'],
      L=['the camp on Bayou Lafourche', 'LA 1 by Galliano', 'the boat launch in Cut Off', 'the Thibodaux levee', 'the shrimp dock at Golden Meadow'],
      H=['Wireless P2', 'South Dist', 'Loc verified'], T=['Unit enrt', 'Dep advised', 'CP advised']),
 dict(code='DBC', name='Daytona-area Florida beach city police', W=130, case='lower', sep=' - ', style='signal',
      R=['rp', 'comp'], S=['w/m', 'b/m', 'w/f', 'subj'],
      L=['the boardwalk', 'main st pier', 'a1a at the ramp', 'the beachside motel', 'the bandshell'],
      H=['phase 2', 'beach zone 3', 'walkup at hq'], T=['unit enrt', 'beach patrol advsd', 'log only until unit arr']),
 dict(code='YNP', name='National park communications center', W=150, case='asis', sep=' ... ', style='plain',
      R=['RP', 'visitor RP', 'reporting party'], S=['visitor', 'subj'],
      L=['the Old Faithful boardwalk', 'Madison campground', 'the Lamar Valley pullout', 'the Fishing Bridge store', 'the Canyon rim trail'],
      H=['Sat phone', 'Relayed via ranger station', 'Cell weak'], T=['LE ranger enrt', 'District notified', 'Log entry']),
 dict(code='UHC', name='University hospital campus police', W=90, case='upper', sep=' :: ', style='penal',
      R=['CALLER', 'RN', 'STAFF RP'], S=['PT', 'SUBJ', 'VISITOR'],
      L=['ED AMBULANCE BAY', 'PARKING STRUCTURE 3', '4 WEST NURSING STATION', 'THE LIBRARY QUAD', 'BIOSCI BLDG'],
      H=['EXT 4-2211', 'BLUE LIGHT PHONE', 'CAMPUS LINE'], T=['CSO ENRT', 'OFC ENRT', 'SEC SUPV AWARE']),
 dict(code='NAP', name='First Nations police service (northern Ontario)', W=160, case='asis', sep=' * ', style='plain',
      R=['complainant', 'caller'], S=['subject', 'male subject', 'female subject'],
      L=['the band office', 'the winter road', 'the nursing station', 'the community hall', 'the airstrip'],
      H=['Radio relay', 'Landline', 'Via detachment'], T=['Cst enrt', 'Detachment advised', 'Logged']),
]

# templates whose wording belongs to a particular setting are only placed with fitting agencies
REGION_HINTS = [
 ('chapter house', ['NNP']), ('hogan', ['NNP']), ('allotment', ['NNP']), ('pow wow', ['NNP', 'NAP']),
 ('band office', ['NAP']), ('lanai', ['HCP']), ('luau', ['HCP']), ('ohana', ['HCP']), ('talking story', ['HCP']),
 ('auntie', ['HCP', 'NAP']), ('reef', ['HCP', 'DBC']), ('seal', ['HCP', 'NAP']), ('cane kni', ['CAR', 'LFP', 'HCP']),
 ('fiesta', ['CAR']), ('roosters', ['CAR', 'HCP']), ('snowmobile', ['SLC', 'NAP']), ('ice auger', ['SLC', 'NAP']),
 ('ice house', ['SLC']), ('moose', ['SLC', 'NAP']), ('gator', ['LFP', 'DBC']), ('shrimp', ['LFP']),
 ('ranger', ['YNP']), ('canyon', ['YNP', 'NNP']), ('hiker', ['YNP', 'HCP', 'NNP', 'NAP', 'SLC']),
 ('campground', ['YNP', 'SLC', 'NAP']), ('camper', ['YNP', 'SLC', 'NAP']), ('bear', ['YNP', 'SLC', 'NAP']),
 ('visitor center', ['YNP']), ('trailhead', ['YNP', 'SLC', 'NNP']), ('kayak', ['HCP', 'SLC', 'YNP', 'LFP', 'DBC']),
 ('triage', ['UHC']), ('4 west', ['UHC']), ('ER ', ['UHC']), ('ER,', ['UHC']), ('on unit', ['UHC']),
 ('nurse', ['UHC', 'NAP']), ('clinic', ['UHC', 'NAP', 'CAR']), ('pharmacy', ['UHC', 'DBC', 'RVR']),
 ('student', ['UHC', 'RVR']), ('ferry', ['RVR', 'HCP', 'NAP']), ('harpoon', ['HCP', 'NAP']),
 ('harbor', ['HCP', 'RVR', 'DBC']), ('fishing boat', ['HCP', 'LFP', 'DBC', 'RVR']), ('boat crew', ['HCP', 'LFP', 'DBC']),
 ('dock', ['LFP', 'HCP', 'DBC', 'RVR']), ('deckhand', ['LFP', 'HCP', 'DBC']), ('beach', ['DBC', 'HCP', 'CAR', 'RVR']),
 ('boardwalk', ['DBC', 'YNP']), ('winter road', ['NAP']), ('airstrip', ['NAP']), ('horses', ['NNP', 'NAP']),
 ('sheep', ['NNP']), ('cattle', ['NNP', 'LFP']), ('cow in', ['NNP', 'LFP', 'HCP']), ('goats', ['NNP', 'CAR']),
 ('tourist', ['DBC', 'HCP', 'CAR', 'YNP']), ('colmado', ['CAR']), ('bayou', ['LFP']), ('parade', ['LFP', 'CAR', 'RVR']),
 ('ren faire', ['RVR', 'SLC']), ('casino', ['NNP', 'NAP', 'LFP']), ('feral chickens', ['HCP', 'CAR']),
]


def fitting_agencies(tpl):
    ok = None
    for word, codes in REGION_HINTS:
        hay = tpl if word.startswith('ER') else tpl.lower()
        if word in hay:
            ok = codes if ok is None else [c for c in ok if c in codes] or ok
    if ok is None:
        return AGENCIES
    return [a for a in AGENCIES if a['code'] in ok]


TYPOS = {'unconscious': 'unconcious', 'breathing': 'breathng', 'seizure': 'siezure', 'knife': 'knfie',
 'threatening': 'threating', 'suicide': 'sucide', 'suicidal': 'suicidle', 'neighbor': 'nieghbor',
 'neighbors': 'nieghbors', 'overdosed': 'overdossed', 'overdose': 'overdoes', 'bleeding': 'bleading',
 'pistol': 'pistal', 'machete': 'machette', 'fighting': 'figthing', 'burglary': 'burgalry',
 'intoxicated': 'intoxicted', 'threatened': 'threatend', 'choking': 'chocking', 'vehicle': 'vehical',
 'argument': 'arguement', 'elderly': 'elderley', 'whispering': 'wispering', 'welfare': 'welfair',
 'parking': 'parkin', 'screaming': 'screming', 'because': 'becuase', 'kitchen': 'kitchin',
 'apartment': 'appartment', 'hanging': 'hangin', 'shotgun': 'shotgn', 'unresponsive': 'unresponsve',
 'disconnected': 'disconected', 'collapsed': 'colapsed', 'threatening': 'threating', 'beating': 'beatin'}

GEN_H = ['PRI 2', 'PRI 3', 'ZONE 4', 'BEAT 12', 'CB# ON FILE', 'LOC VER', 'LANG ENG', 'XFER IN', 'RESP AREA 7', 'ALI RCVD']

TOK = re.compile(r'\[\[([a-z_]+):(.*?)\]\]|<<([a-z_]+):(.*?)>>|\(\((.*?)\)\)|\{(.*?)\}')


def parse(tpl):
    segs, pos = [], 0
    for m in TOK.finditer(tpl):
        if m.start() > pos:
            segs.append(['plain', None, tpl[pos:m.start()]])
        if m.group(1):
            segs.append(['key', m.group(1), m.group(2)])
        elif m.group(3):
            segs.append(['alarm', m.group(3), m.group(4)])
        elif m.group(5) is not None:
            segs.append(['res', None, m.group(5)])
        else:
            segs.append(['decoy', None, m.group(6)])
        pos = m.end()
    if pos < len(tpl):
        segs.append(['plain', None, tpl[pos:]])
    return segs


def alnum(s):
    return sum(1 for c in s if c.isalnum())


def survives(s, e, text, W):
    if e <= W:
        return True
    if s >= W:
        return False
    if ' ' in text.strip():
        return False
    n = alnum(text)
    kept = alnum(text[:W - s])
    return n > 5 and kept >= max(5, n - 3)


def typo_word(w, rng):
    lw = w.lower()
    if lw in TYPOS:
        t = TYPOS[lw]
    else:
        i = rng.randrange(1, len(w) - 2)
        t = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if t == w:
            t = w[:i] + w[i + 1:]
    if w.isupper():
        t = t.upper()
    return t


def apply_typo(segs, on_key, rng):
    cands = []
    for si, sg in enumerate(segs):
        if (sg[0] in ('key', 'alarm')) != on_key:
            continue
        for m in re.finditer(r'[A-Za-z]{5,}', sg[2]):
            cands.append((si, m.start(), m.end()))
    if not cands:
        return None
    si, a, b = cands[rng.randrange(len(cands))]
    w = segs[si][2][a:b]
    segs[si][2] = segs[si][2][:a] + typo_word(w, rng) + segs[si][2][b:]
    return 'key' if on_key else 'other'


def casefix(s, mode):
    return s.upper() if mode == 'upper' else s.lower() if mode == 'lower' else s


def build(tpl, ag, rng, nhead, ntrail, typo_mode):
    """Return (narrative, spans, marked). spans: [type, kind, s, e, text, alarm_idx]."""
    body = tpl.replace('$R', rng.choice(ag['R'])).replace('$S', rng.choice(ag['S'])).replace('$L', rng.choice(ag['L']))
    segs = parse(body)
    typo = None
    if typo_mode:
        typo = apply_typo(segs, typo_mode == 'key', rng)
        if typo is None:
            typo = apply_typo(segs, typo_mode != 'key', rng)
    heads = rng.sample(ag['H'], min(nhead, len(ag['H'])))
    if nhead > len(ag['H']):
        heads += [casefix(h, ag['case']) for h in rng.sample(GEN_H, nhead - len(ag['H']))]
    if nhead and rng.random() < 0.5:
        stamp = rng.choice(['CFS %02d-%05d', '#%02d%05d', 'INC %02d-%04d', '%02d:%02d'])
        heads.insert(rng.randrange(len(heads) + 1), stamp % (rng.randrange(24), rng.randrange(10000)) if stamp != '%02d:%02d' else stamp % (rng.randrange(24), rng.randrange(60)))
    trails = rng.sample(ag['T'], ntrail)
    sep = ag['sep']
    pre = sep.join(heads) + (sep if heads else '')
    post = (sep if trails else '') + sep.join(trails)
    allsegs = [['plain', None, pre]] + segs + [['plain', None, post]]
    text, marked, spans, last_alarm = '', '', [], None
    for typ, kind, t in allsegs:
        t = casefix(t, ag['case'])
        s = len(text)
        text += t
        if typ == 'plain':
            marked += t
        elif typ == 'key':
            marked += '[[%s:%s]]' % (kind, t)
        elif typ == 'alarm':
            marked += '<<%s:%s>>' % (kind, t)
        elif typ == 'res':
            marked += '((%s))' % t
        else:
            marked += '{%s}' % t
        if typ != 'plain':
            ai = None
            if typ == 'alarm':
                last_alarm = len(spans)
            if typ == 'res':
                ai = last_alarm
            spans.append([typ, kind, s, len(text), t, ai])
    return text, spans, marked, typo, len(pre)


def derive(text, spans, W):
    """W None = not cut. Returns ordered dict kind->evidence."""
    L = len(text) if W is None else W
    found = {}
    for i, (typ, kind, s, e, t, ai) in enumerate(spans):
        if typ == 'key':
            if survives(s, e, t, L) and kind not in found:
                found[kind] = text[s:min(e, L)]
        elif typ == 'alarm':
            if not survives(s, e, t, L):
                continue
            res_ok = any(sp[0] == 'res' and sp[5] == i and sp[3] <= L for sp in spans)
            if not res_ok and kind not in found:
                found[kind] = text[s:min(e, L)]
    return [(k, found[k]) for k in KINDS if k in found]


def cut_category(text, spans, W):
    inside = [sp for sp in spans if sp[2] < W < sp[3]]
    if inside:
        sp = inside[0]
        if sp[0] == 'decoy':
            return 'in_decoy'
        if sp[0] == 'res':
            return 'in_resolution'
        if ' ' not in sp[4].strip() and alnum(sp[4]) > 5 and 1 <= sp[3] - W <= 4:
            return 'key_tail'
        return 'in_key'
    if all(sp[3] <= W for sp in spans):
        return 'after_markup'
    if any(sp[0] in ('key', 'alarm') and sp[2] >= W for sp in spans):
        return 'before_key'
    return 'before_resolution_or_decoy'


def feasible(segs):
    """Cut categories a template can offer (judged on the raw template text; a cut must keep
    at least 8 characters of the body, so the span has to reach beyond that)."""
    f = ['after_markup']
    off, first_key, ends = 0, None, []
    for typ, kind, t in segs:
        if typ in ('key', 'alarm') and first_key is None:
            first_key = off
        ends.append((typ, t, off, off + len(t)))
        off += len(t)
    reach = [x for x in ends if x[3] >= 14]
    if any(x[0] in ('key', 'alarm') for x in reach):
        f.append('in_key')
    if first_key is not None and first_key >= 28:
        f.append('before_key')
    if any(x[0] == 'decoy' for x in reach):
        f.append('in_decoy')
    if any(x[0] == 'res' for x in reach):
        f.append('in_resolution')
    if any(x[0] in ('key', 'alarm') and ' ' not in x[1].strip() and alnum(x[1]) > 5 and x[3] >= 10 for x in ends):
        f.append('key_tail')
    return f


def least(names, counts, rng):
    m = min(counts[n] for n in names)
    tied = [n for n in names if counts[n] == m]
    return tied[0] if len(tied) == 1 else rng.choice(tied)


def generate():
    rng = random.Random(SEED)
    plan = ['R'] * N_RED_PLAN + ['E'] * (N_ROWS - N_RED_PLAN)
    rng.shuffle(plan)
    red_ix = [i for i in range(N_ROWS) if plan[i] == 'R']
    typo_mode = {}
    for i in rng.sample(red_ix, 150):
        typo_mode[i] = 'key'
    rest = [i for i in range(N_ROWS) if i not in typo_mode]
    for i in rng.sample(rest, 150):
        typo_mode[i] = 'other'
    red_by = dict(RED)
    el_by = dict(ELIG)
    kc = {k: 0 for k in KINDS}
    gnames = [g for g, _ in ELIG]
    gc = {g: 0 for g in gnames}
    tuse = {}
    picks = []
    for i in range(N_ROWS):
        if plan[i] == 'R':
            origin = least(KINDS, kc, rng)
            kc[origin] += 1
            pool = red_by[origin]
        else:
            origin = least(gnames, gc, rng)
            gc[origin] += 1
            pool = el_by[origin]
        keys = ['%s|%d' % (origin, j) for j in range(len(pool))]
        for k in keys:
            tuse.setdefault(k, 0)
        pick = least(keys, tuse, rng)
        tuse[pick] += 1
        picks.append((origin, pool[int(pick.split('|')[1])]))
    # cut rows: fill the rarest categories first from rows whose template allows them
    cut_target = {}
    order = ['in_resolution', 'key_tail', 'in_decoy', 'before_key', 'in_key', 'after_markup']
    for ci, cat in enumerate(order):
        quota = (N_CUT - len(cut_target)) // (len(order) - ci)
        cands = [i for i in range(N_ROWS) if i not in cut_target and cat in feasible(parse(picks[i][1]))]
        if cat in ('before_key', 'in_key'):
            # keep the red share near target: take about half from eligible templates with alarms
            ecands = [i for i in cands if plan[i] == 'E']
            take_e = rng.sample(ecands, min(len(ecands), quota // 2))
            rcands = [i for i in cands if plan[i] == 'R']
            chosen = take_e + rng.sample(rcands, min(len(rcands), quota - len(take_e)))
        else:
            cap = quota if cat == 'after_markup' else min(quota, (len(cands) * 3) // 5)
            chosen = rng.sample(cands, min(cap, len(cands)))
        for i in chosen:
            cut_target[i] = cat
    catc = {c: 0 for c in CUT_CATS}
    seen = set()
    rows, meta = [], []
    for i in range(N_ROWS):
        rid = 'B20-%04d' % (i + 1)
        origin, tpl = picks[i]
        tmode = typo_mode.get(i)
        is_cut = i in cut_target
        target = cut_target.get(i)
        fits = fitting_agencies(tpl)
        got = None
        for attempt in range(16000):
            ag = rng.choice(fits)
            if is_cut and target != 'after_markup':
                ag = rng.choice([a for a in fits if a['W'] <= 110 + (attempt % 3) * 25] or fits)
                nh = rng.choice([0, 1, 2, 3, 4])
            else:
                nh = rng.choice([0, 0, 1, 1, 2])
            nt = rng.choice([0, 0, 1, 1, 2])
            if attempt > 15500:
                nh = nh if is_cut else 0
                nt = nt if is_cut else 0
            text, spans, marked, typo, bstart = build(tpl, ag, rng, nh, nt, tmode)
            W = ag['W']
            if text in seen:
                continue
            if is_cut:
                if len(text) <= W or text[W - 1] == ' ' or W < bstart + 8:
                    continue
                cat = cut_category(text, spans, W)
                if cat != target and attempt < 15000:
                    continue
                narr = text[:W]
                if narr in seen:
                    continue
            else:
                if len(text) > W:
                    continue
                cat = None
                narr = text
            got = (ag, text, spans, marked, typo, cat, narr)
            break
        if got is None:
            raise SystemExit('could not place row %s (%s)' % (rid, tpl))
        ag, text, spans, marked, typo, cat, narr = got
        if is_cut:
            catc[cat] = catc.get(cat, 0) + 1
        seen.add(text)
        seen.add(narr)
        W = ag['W']
        flags = derive(text, spans, W if is_cut else None)
        suffix = '; truncated at %d' % W if is_cut else ''
        if flags:
            label = 'red_flag'
            reason = '; '.join("%s <- '%s'" % (k, ev) for k, ev in flags) + suffix
        elif plan[i] == 'R':
            label = 'eligible'
            reason = 'eligible: cut-lost-key (%s)' % origin + suffix
        else:
            label = 'eligible'
            reason = 'eligible: %s' % origin + suffix
        if plan[i] == 'R':
            concept = rng.choice(KIND_CT[origin]) if rng.random() < 0.7 else rng.choice(MILD_CT)
        else:
            concept = rng.choice(GROUP_CT[origin]) if rng.random() < 0.8 else rng.choice(ALARM_CT)
        ctype = casefix(CT[concept][STYLE_IX[ag['style']]], ag['case'])
        rows.append([rid, ctype, narr, label, ';'.join(k for k, _ in flags), reason, 'blind20'])
        meta.append([rid, ag['code'], W, 1 if is_cut else 0, plan[i], origin, concept, typo or '', cat or '', marked])
    return rows, meta


def to_csv(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def main(argv):
    flags = [a for a in argv if a.startswith('--')]
    pos = [a for a in argv if not a.startswith('--')]
    outdir = pos[0] if pos else '.'
    rows, meta = generate()
    data = to_csv(['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split'], rows)
    with open(os.path.join(outdir, 'blind20.csv'), 'w', encoding='ascii', newline='') as f:
        f.write(data)
    if '--markup' in flags:
        with open(os.path.join(outdir, 'blind20_markup.csv'), 'w', encoding='ascii', newline='') as f:
            f.write(to_csv(['id', 'agency', 'width', 'cut', 'plan', 'origin', 'concept', 'typo', 'cut_target', 'marked'], meta))


if __name__ == '__main__':
    main(sys.argv[1:])
