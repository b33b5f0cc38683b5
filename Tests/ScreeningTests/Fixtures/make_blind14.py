#!/usr/bin/env python3
"""make_blind14.py - seeded generator of the blind14 held-out set of 911/CAD narratives.

Standard library only.  Usage:  python3 make_blind14.py [OUTDIR]   (default: ./)
Writes OUTDIR/blind14.csv.  Deterministic: random.Random(20261231); no set iteration.

Template markup (never appears in the output narratives):
  [[kind:text]]            decisive red key of one kind
  <<kind:text>> ((text))   alarming first report and its later resolution; the alarm flags
                           only when it survives and its resolution is cut off or absent
  {text}                   negation / history / harmless decoy, never flags
  |                        sentence break (rendered with the agency's separator)
  $RP $SU $D $A $V         reporter word, subject word, demographic, age, vehicle
Template lines are "CAT[@us|@cw][*] :: text";  '*' marks unusual / regional situations.
"""
import csv
import os
import random
import re
import sys

SEED = 20261231
N_ROWS = 1000
N_TRUNC = 200
P_RED = 0.40
KINDS = ['weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty']

# ---------------------------------------------------------------------------------------------
# RED TEMPLATES, one block per primary kind
# ---------------------------------------------------------------------------------------------
RED = {}
RED['weapon'] = """
WEAPON :: $RP states $D $A in the parking lot is [[weapon:waving a machete]] at passing cars
WEAPON* :: Ski patrol relays guest at top of Lift 4 [[weapon:swinging a ski pole like a spear]] at liftees | patrol backing off
WEAPON* :: Casino security: patron at craps table [[weapon:pulled a folding knife]] on the dealer after losing | security holding distance
WEAPON :: $RP hears [[weapon:gunshots]] behind the laundromat, about 5 rounds, then a car leaving
WEAPON :: $SU in the lobby [[weapon:has a handgun in his waistband]] and keeps touching it | $RP locked office door
WEAPON* :: Farm hand reports neighbor [[weapon:pointed a shotgun]] at him over the fence line | neighbor still standing at fence
WEAPON* :: Marina office: boat owner [[weapon:brandishing a flare gun]] at dock staff on B pier
WEAPON@cw* :: INFT reports male outside the Co-op [[weapon:carrying a large kitchen knife]] in his hand, walking towards the precinct
WEAPON@cw* :: Caller reports a bloke on the foreshore [[weapon:swinging a tomahawk]] near the boat ramp
ASSAULT :: Two males in the alley [[violence:fighting]], one [[weapon:hitting the other with a baseball bat]]
WEAPON :: $RP says her ex is in the driveway [[weapon:trying to run her down with his truck]]
WEAPON* :: Transit: operator on Route 22 reports rider [[weapon:holding a box cutter]] to another rider's neck | bus stopped at 5th
WEAPON :: Clerk says $SU [[weapon:broke a bottle]] on the counter and [[threat:said he would cut her]]
WEAPON* :: Hospital security: visitor in ED bay 6 [[weapon:has a screwdriver out]] and is yelling at nurses
WEAPON :: $RP reports neighbor [[weapon:standing in yard with a rifle]] aiming toward the street
WEAPON :: [[weapon:Shots fired]] from a dark sedan at the corner, $RP ducked behind a car
WEAPON :: $RP says roommate [[weapon:grabbed a hammer]] and is coming at him
WEAPON* :: Campus: student reports male in library stacks [[weapon:with a pistol]] in his backpack, showed it to her
WEAPON :: Customer at pharmacy [[weapon:waving a syringe]] at staff demanding meds
WEAPON* :: Construction site foreman says laborer [[weapon:swung a nail gun]] at a coworker's head
WEAPON* :: Highway: truck driver states other driver [[weapon:brandished a handgun]] at him on I-80 EB near MM 112
WEAPON :: Bartender says patron [[weapon:pulled a knife]] during argument, still at the bar
WEAPON :: $RP's brother [[weapon:has a machete]] and is breaking windows in the house
WEAPON* :: Rural: $RP states $SU [[weapon:fired a rifle]] toward her horses from the county road
WEAPON :: Female at bus stop reports man [[weapon:with a taser]] zapping it at people walking by
WEAPON* :: Golf course marshal reports player [[weapon:swinging a golf club]] at another golfer on hole 9
WEAPON :: $RP says landlord [[weapon:showed a gun]] and told them to get out tonight
WEAPON :: $SU [[weapon:swinging a chain]] at cars on Main, $D $A, red hoodie
WEAPON* :: Ferry terminal staff report passenger [[weapon:with a hatchet]] out of his bag in the boarding queue
WEAPON :: $RP states husband is [[weapon:loading a shotgun]] in the bedroom | $RP outside with the kids
WEAPON :: [[weapon:Armed subject]] in the back of the store, $RP whispering from the storeroom
WEAPON* :: Ag coop: employee reports customer [[weapon:swinging a pitchfork]] at the loader driver
WEAPON :: $SU tried to [[weapon:hit $RP with his car]] in the Walmart lot and is circling
WEAPON* :: Stadium ops: fan in section 112 [[weapon:with a knife]] in hand near concourse B
WEAPON :: Caller says neighbor's adult son [[weapon:pointing a handgun]] at passing cars from porch
WEAPON :: $RP reports [[weapon:stabbing]] at the bus shelter, suspect walked north
WEAPON@cw* :: Report of male [[weapon:with a crossbow]] on the rec ground, aiming at dogs
WEAPON* :: Pawn shop clerk says customer [[weapon:loaded a gun]] he was looking at and won't put it down
WEAPON :: $RP says two guys in a $V [[weapon:flashing a gun]] at her while she walked the dog
WEAPON :: Maintenance man states tenant [[weapon:chased him with a crowbar]] down the stairwell
WEAPON* :: Ski area: lift op reports snowmobile driver [[weapon:tried to run over]] a patroller on the cat track
WEAPON :: $SU [[weapon:throwing bricks]] at passing cars from the overpass
WEAPON :: [[weapon:Man with a gun]] in the laundromat, $RP hid in the back
WEAPON :: $RP states stepfather [[weapon:took out his pistol]] and [[threat:said he will end all of us tonight]]
WEAPON* :: Hunting camp: $RP says drunk member of party [[weapon:firing his shotgun]] at the cabin
WEAPON* :: Port security: truck driver at gate 3 [[weapon:pulled a tire iron]] on the checker
WEAPON :: $RP states $D $A walking down Elm with a [[weapon:SHOTGUN]] in hand
WEAPON :: Caller says man outside the pharmacy has a [[weapon:MACHETE]] and is hacking at the door
WEAPON* :: Rodeo grounds: $RP says cowboy pulled a [[weapon:REVOLVER]] in the beer tent
WEAPON :: $RP says $SU has a [[weapon:switchblade]] out, $D $A, blue jacket, by the ATM
WEAPON* :: Campground host: camper at site 14 pulled a [[weapon:handgun]] on the family next door
WEAPON* :: Orchard: $RP says picker came at the foreman with a [[weapon:pruning saw]] raised
WEAPON@cw* :: INFT at the pokies venue says patron has a [[weapon:screwdriver]] held up at the cashier
WEAPON :: [[weapon:Gun pointed]] at $RP during road rage at 3rd and Pine, $V
"""

RED['violence'] = """
ASSAULT :: $RP states $SU [[violence:punched her in the face]] outside the bar, he is still in the lot
DV :: Female caller says boyfriend [[violence:choked her]] and she ran to neighbor's
ASSAULT :: Several juveniles [[violence:kicking a man on the ground]] behind the rec center
DV :: $RP reports her son [[violence:threw a chair at her]], he is still in the kitchen
ASSAULT :: $RP says $SU [[violence:chased him down the block]] and [[violence:tackled him]]
DV :: Neighbor sees male [[violence:dragging a female by her hair]] into apartment 2B
ASSAULT* :: Casino floor: two patrons [[violence:fist fighting]] at the blackjack pit, security separating
ASSAULT* :: Ski lodge: $RP says a man [[violence:shoved a lift attendant]] down the ramp and skied off
ASSAULT* :: Transit: two riders [[violence:brawling]] on the northbound platform, one bleeding from nose
ASSAULT@cw* :: INFT reports group of males [[violence:fighting outside the kebab shop]], glass smashing
DV :: $RP states husband [[violence:slapped her]] and took her phone | $RP calling from the bathroom
ASSAULT* :: Hospital security: patient in room 412 [[violence:punching a nurse]] | staff requesting assist
ASSAULT :: Bus driver says passenger [[violence:spat on him and hit him]] with a fist at the stop
ASSAULT* :: Farm: $RP says her uncle [[violence:knocked her father down]] in the barn and is kicking him
DV :: Child called, says dad is [[violence:hitting mom]] right now
ASSAULT :: $RP says security guard [[violence:grabbed her by the neck]] at the mall exit
ASSAULT* :: Marina: two boaters [[violence:fighting on the fuel dock]], one pushed into the water
ASSAULT :: $RP reports [[violence:fight in progress]] in the Kroger lot, 4 or 5 males punching each other
DV :: $RP reports his girlfriend [[violence:bit him]] and is [[violence:throwing plates at him]]
ASSAULT :: Store clerk states shoplifter [[violence:punched employee]] and fled on foot north
ASSAULT* :: Campus: RA reports [[violence:physical fight]] in dorm hallway 3rd floor Hendricks Hall
ASSAULT* :: Highway: $RP states driver got out at the light and [[violence:smashed his fist through $RP's window]]
DV :: Caller says her mother's boyfriend [[violence:pushed her down the stairs]]
ASSAULT :: $RP says man [[violence:sucker punched]] an elderly man at the bus bench
ASSAULT :: $RP says neighbor [[violence:jumped him]] when he took out the trash, still yelling outside
ASSAULT@cw* :: Control room: door staff report male [[violence:headbutted]] a bouncer at the entrance
DV :: Teen caller says brother is [[violence:beating up]] their younger sister
ASSAULT* :: Stadium: usher reports fans [[violence:exchanging punches]] in section 220 row K
ASSAULT :: $RP states coworker [[violence:shoved her into the shelving]] in the back room
ASSAULT :: $RP reports group [[violence:jumping a kid]] at the skate park
ASSAULT* :: Nursing home: aide says resident [[violence:struck another resident]] with his fists in the day room
DV :: $RP says estranged wife [[violence:rammed her car into his]] in the driveway with him standing next to it
ASSAULT :: $RP says tenant [[violence:grabbed the property manager]] and won't let go
ASSAULT* :: Port: longshoreman says crane operator [[violence:attacked him]] on the wharf
ASSAULT@cw* :: Caller says two blokes [[violence:belting each other]] in the pub car park
DV :: $RP states her partner [[violence:strangled her]] until she blacked out, he is asleep on the couch
ASSAULT :: Parent states coach [[violence:slammed a player into the wall]] at the gym
ASSAULT :: Waitress says customer [[violence:threw hot coffee at her]]
ASSAULT* :: Rideshare driver says passenger [[violence:punching him]] from the back seat, pulled over on Hwy 9
DV :: $RP says her son [[violence:is beating]] his father in the garage
ASSAULT :: $RP reports [[violence:assault in progress]] at the corner store
ASSAULT :: $RP states man [[violence:kicked his dog]] and then [[violence:kicked $RP]] when he intervened
ASSAULT* :: Ski resort: patroller says a snowboarder [[violence:punched a ski school instructor]] in the lift line
ASSAULT :: Caller witnessed male [[violence:shoving a woman]] into a $V, vehicle still parked
ASSAULT* :: Grain elevator: operator reports two drivers [[violence:scuffling]] at the scale house
DV :: $RP says her husband [[violence:is hitting her]] and has [[weapon:a knife]] in his hand
ASSAULT :: Employee reports customer [[violence:PUNCHING]] the cashier at register 4
DV :: Female says roommate is [[violence:STRANGLING]] her sister in the hallway
ASSAULT :: $RP says $SU is [[violence:assaulting]] a woman at the bus bench
ASSAULT* :: Campus rec: intramural players [[violence:brawling]] on field 2
DV :: Neighbor sees male [[violence:throwing a woman]] against the car in the driveway
ASSAULT :: $RP states group of teens [[violence:attacked]] her son on the way home, they are still at the park
"""

RED['threat'] = """
THREATS :: $RP states ex-boyfriend [[threat:texting that he will kill her tonight]] and is parked down the street
THREATS :: Neighbor [[threat:yelling he is going to shoot $RP's dog and $RP]] over the fence
THREATS :: $RP says customer [[threat:threatened to come back and shoot everyone]] after being refused service
THREATS* :: Casino cage: patron [[threat:said he would kill the cashier]] if he didn't get paid
THREATS* :: Hospital: family member in ICU waiting room [[threat:threatening to hurt the doctor]]
THREATS :: $RP states $SU [[threat:said he will beat her to death]] when she gets home
THREATS :: Coworker [[threat:threatened to stab $RP]] at shift change, still on site
THREATS* :: School resource desk: student [[threat:posted threat to shoot up]] the high school tomorrow
THREATS :: $RP says landlord [[threat:threatened to burn the house down]] with them in it
THREATS@cw* :: INFT says ex-partner [[threat:making threats to kill]] via messages, outside her address now
THREATS* :: Ski patrol: guest [[threat:threatening to throw a patroller off the lift]]
THREATS :: $RP states brother-in-law [[threat:said he is coming over to kill him]] and is on the way
THREATS :: Caller's ex [[threat:is stalking her]] and [[threat:said she won't live to see Friday]]
THREATS* :: Rural: $RP says neighbor [[threat:threatened to shoot his cattle and him]] if they cross again
THREATS :: $RP says $SU [[threat:told her he would slit her throat]]
THREATS :: Manager reports fired employee [[threat:called saying he is coming back to get everyone]]
THREATS* :: Transit: rider [[threat:threatening to kill the bus driver]] at the Central terminal bay 3
THREATS :: $RP says daughter's ex [[threat:keeps driving by and yelling he will hurt her]]
THREATS* :: Campus: professor reports student [[threat:said he would bring a gun to class]]
THREATS :: $RP reports $SU [[threat:threatening to kill him]] over a parking spot
THREATS :: Neighbor [[threat:told $RP he is going to break his legs]]
THREATS* :: Marina: boat owner [[threat:threatening to sink]] the harbormaster's skiff with him in it
THREATS :: Caller says ex-husband [[threat:threatened to take the kids and kill her]]
THREATS :: $RP states $SU [[threat:vowed to hurt]] his family after court today
THREATS@cw* :: Caller says neighbour [[threat:threatening to glass]] him at the bottle shop
THREATS :: Female says man [[threat:following her from the train saying he will rape her]]
THREATS :: $RP states tenant [[threat:said he will shoot the property manager]] if he comes back
THREATS* :: Highway: $RP says driver at rest area [[threat:threatened to run him over]]
THREATS :: $RP says someone [[threat:threatening to bomb]] the church on the phone
THREATS :: $RP reports ex [[threat:stalking her]] at work and [[threat:threatening]] her new partner
THREATS* :: Farm store: customer [[threat:told clerk he would come back with his rifle]]
THREATS :: $RP says $SU [[threat:saying he's going to hurt someone]] in the parking lot
THREATS :: $RP says her nephew [[threat:is threatening]] to beat his grandmother
THREATS :: $RP received voicemail [[threat:saying they know where he lives and will kill him]]
THREATS* :: Hospital: discharged patient [[threat:threatening to come back and hurt staff]]
THREATS :: $RP says stepdad [[threat:said he'll kill the dog and then me]]
THREATS* :: Stadium: fan [[threat:threatening to stab]] the ticket taker
THREATS :: Roommate [[threat:said he'll smash $RP's head in]] when he gets back from the store
THREATS@cw* :: INFT reports ex-partner [[threat:breaching AVO and threatening]] to hurt her today
THREATS :: $RP says neighbor [[threat:threatened him with violence]] over the dogs
THREATS* :: Oil field: $RP says contractor [[threat:said he would kill the foreman]]
THREATS :: Caller states $SU [[threat:screaming he is going to murder]] his brother
THREATS :: $RP states a man she doesn't know keeps showing up and [[threat:said she's next]]
THREATS :: $RP says customer [[threat:THREATENING]] to kill the barista
THREATS* :: Trail head: hiker says man [[threat:THREATENED]] to push her off the cliff path
THREATS :: $RP said the ex is [[threat:STALKING]] her and sent pics of her car tonight
THREATS :: Teacher says parent [[threat:threatened to beat]] her in the pickup line
THREATS :: $RP says ex [[threat:threatening to kill]] her new boyfriend, driving a $V
THREATS* :: Ski rental: customer [[threat:said he would hurt the clerk]] if he did not get a refund
THREATS :: $RP reports $SU [[threat:making death threats]] at the gas station
THREATS :: Caller says her brother [[threat:said he will stab dad]] when he gets home
"""

RED['injury'] = """
MEDICAL :: $RP found her father [[injury:unresponsive]] on the kitchen floor, [[injury:not breathing]]
OD :: Friend says $SU [[injury:took too many pills]] and is [[injury:turning blue]]
MEDICAL :: $RP states husband [[injury:having chest pain]] radiating to left arm, sweating
MEDICAL* :: Ski patrol requests [[injury:ALS to the base]], skier [[injury:hit a tree]], DLOC
FALL :: Elderly female [[injury:fell down the stairs]], [[injury:bleeding from the head]]
MEDICAL :: Male [[injury:having a seizure]] on the sidewalk in front of the library
OD :: $RP says roommate [[injury:overdosed]] on fentanyl, $RP giving Narcan now
MEDICAL* :: Casino: guest [[injury:collapsed]] at slot bank 7, security starting CPR
MEDICAL* :: Farm: $RP says brother [[injury:arm caught in the auger]], heavy bleeding
MEDICAL@cw* :: Caller reports elderly lady [[injury:collapsed]] in the Woolies car park, [[injury:not responding]]
MEDICAL* :: Marina: man [[injury:pulled from the water not breathing]] at slip C-14
MEDICAL :: $RP says diabetic son [[injury:is unconscious]], sugar reading LO
MEDICAL* :: Highway: 2-car MVA on SR 20 at MM 44, [[injury:driver trapped and bleeding]]
MEDICAL :: $RP reports [[injury:person down]], [[injury:UNCON]] at bus stop on 7th
MEDICAL :: Caller says her baby [[injury:is not breathing]], CPR instructions given
MEDICAL* :: Hospital campus: visitor [[injury:collapsed in the parking garage]] level 3, [[injury:agonal breathing]]
MEDICAL :: $RP states wife [[injury:can't breathe]], lips turning blue, history of asthma
FALL :: $RP found mother [[injury:fell and hit her head]], [[injury:bleeding heavily]] and confused
MEDICAL* :: Transit: rider [[injury:seizing]] on the floor of car 4 of the red line
OD :: Bartender reports patron [[injury:passed out and can't be woken]]
MEDICAL :: $RP says man [[injury:bleeding from a deep cut]] on his leg, soaked through towels
MEDICAL* :: Rural: $RP states husband [[injury:kicked in the chest by a horse]], short of breath
MEDICAL :: MPDS [[injury:09-E-01]], caller says neighbor [[injury:not breathing]]
MEDICAL :: [[injury:10-D-01]] chest pain, 58 y/o male, [[injury:DLOC]]
MEDICAL :: [[injury:ECHO]] response, [[injury:cardiac arrest]] at the gym on Oak
MEDICAL* :: Campus: student [[injury:allergic reaction]] in the dining hall, [[injury:throat closing]]
MEDICAL :: $RP says her dad [[injury:stroke symptoms]], face drooping, can't lift arm
MEDICAL* :: Ski area: snowboarder [[injury:head injury]] at the terrain park, vomiting
FALL :: $RP states worker [[injury:fell from a ladder]] about 15 feet, not moving
MEDICAL* :: Construction: laborer [[injury:electrocuted]] at the job site on 12th
MEDICAL@cw* :: Caller reports surfer [[injury:pulled from the rip unconscious]] at the northern flags
OD :: $RP says $SU [[injury:snoring and can't be woken]] after using, lips blue
MEDICAL :: $RP reports [[injury:person bleeding]] outside the shelter, [[injury:stab wound]] to abdomen
MEDICAL :: [[injury:C3 medic]] requested, [[injury:UNRESPONSIVE]] female in the bathroom
MEDICAL :: $RP states coworker [[injury:collapsed]] and [[injury:hit his head]] on the counter
MEDICAL* :: Dairy farm: $RP says worker [[injury:crushed]] by a gate, [[injury:can't move legs]]
MEDICAL :: $RP states grandfather [[injury:choking on food]], can't speak or cough
MEDICAL* :: Hiking: $RP relays friend [[injury:fell from the rocks]], [[injury:open fracture]] of leg
MEDICAL :: [[injury:Priority 1 medical]], pregnant female [[injury:heavy bleeding]]
MEDICAL :: $RP says man [[injury:is convulsing]] in the Dollar General aisle
MEDICAL :: $RP says her husband [[injury:is HEMORRHAGING]] from the mouth
MEDICAL* :: Hunting: $RP says hunter [[injury:fell from his tree stand]], [[injury:back injury]]
MEDICAL :: $RP found neighbor [[injury:UNCONSCIOUS]] in her car with the engine running
OD :: Mother says teen [[injury:overdose]], [[injury:gasping]] and not responding
MEDICAL* :: Port: dock worker [[injury:struck by a forklift]], [[injury:leg crushed]]
MEDICAL :: $RP reports female [[injury:collapsed]] at the church, [[injury:CPR in progress]]
MEDICAL :: Daughter says mom [[injury:fell and broke her hip]], can't get up, in pain
MEDICAL@cw* :: Ambulance request: male [[injury:fitting]] at the train station platform 2
MEDICAL* :: Water park: lifeguard says child [[injury:pulled from the pool]], [[injury:not breathing]]
MEDICAL :: $RP states $SU [[injury:vomiting blood]] and dizzy
MEDICAL :: $RP says her husband [[injury:SEIZURING]] and turning grey
MEDICAL* :: Highway patrol: [[injury:rollover with ejection]] on US 93 near MM 210
"""

RED['suicide'] = """
SUICIDE :: $RP says her son [[suicide:is standing on the bridge railing]] and says he will jump
SUICIDE :: Caller states he [[suicide:took a bottle of pills to end it]] about 10 min ago
SUICIDE :: $RP reports roommate [[suicide:cutting her wrists]] in the bathroom now
SUICIDE :: Female [[suicide:holding a gun to her own head]] in the car outside $RP's house
SUICIDE* :: Transit: operator reports man [[suicide:standing on the tracks]] waiting for the train
SUICIDE* :: Ski area: $RP says friend [[suicide:walked off toward the cliff band saying goodbye]]
SUICIDE :: $RP says husband [[suicide:has a rope and is in the garage]] saying he is done
SUICIDE :: Text-to-911: [[suicide:I am going to kill myself tonight]], have my dad's pills
SUICIDE* :: Campus: RA says student [[suicide:on the roof ledge]] of the parking structure
SUICIDE :: $RP says brother [[suicide:locked himself in the garage with the car running]]
SUICIDE* :: Marina: $RP says man [[suicide:tied an anchor to himself]] at the end of the pier
SUICIDE@cw* :: INFT reports female [[suicide:on the wrong side of the bridge barrier]] on the M4 overpass
SUICIDE :: Mother says daughter [[suicide:swallowed bleach]] after fight, saying she wants to die
SUICIDE :: $RP says ex [[suicide:sent a goodbye text]] and a photo of a [[suicide:loaded gun]]
SUICIDE* :: Farm: wife says husband [[suicide:took the rifle to the barn]] saying he can't go on
SUICIDE :: $SU [[suicide:threatening to jump]] from the 6th floor balcony
SUICIDE* :: Hospital: patient [[suicide:trying to hang himself]] in the bathroom of 5 West
SUICIDE :: Caller says she [[suicide:has a razor and is going to cut deep this time]]
SUICIDE :: $RP states friend [[suicide:on the phone saying he swallowed all his meds]]
SUICIDE* :: Highway: $RP sees woman [[suicide:climbing over the overpass fence]] above I-35
SUICIDE :: Father reports son [[suicide:holding a knife to his own throat]]
SUICIDE :: $RP says her partner [[suicide:has the gun in his mouth]]
SUICIDE* :: Casino parking garage: security reports man [[suicide:sitting on the roof edge]] crying
SUICIDE :: $RP says roommate [[suicide:is cutting]] again and won't stop
SUICIDE :: Teen caller says her friend [[suicide:is going to jump]] off the water tower
SUICIDE* :: Rural: $RP says neighbor [[suicide:wandering the property with a shotgun]] saying he wants to die
SUICIDE :: $RP says her mother [[suicide:overdosed on purpose]], left a note
SUICIDE* :: Ferry: deckhand reports passenger [[suicide:climbed over the stern rail]]
SUICIDE :: $RP states $SU [[suicide:walking into the river]] at Riverside Park
SUICIDE :: $RP says husband [[suicide:took all his insulin]] to kill himself
SUICIDE@cw* :: Caller says mate [[suicide:on the cliff at the Gap]] saying goodbye
SUICIDE :: $RP says her son [[suicide:just cut his arms]] and says he wants to be dead
SUICIDE :: Caller says he [[suicide:is going to drive into a wall]], currently driving on Hwy 50
SUICIDE :: $RP says girlfriend [[suicide:has a belt around her neck]] in the closet
SUICIDE* :: Campus counseling: therapist says student [[suicide:left session to kill herself]] with pills in her dorm
SUICIDE :: $RP says wife is [[suicide:SUICIDAL]] with pills counted out on the table
SUICIDE :: Veteran caller [[suicide:sitting in his truck with his pistol]], says tonight is the night
SUICIDE* :: Parking garage: security says woman [[suicide:standing on the edge]] of level 5
SUICIDE :: $RP reports $SU [[suicide:attempting suicide]] in room 204
SUICIDE :: $RP says roommate [[suicide:OVERDOSING]] on purpose, saying leave me alone
SUICIDE* :: Grain bin: $RP says son [[suicide:climbed into the bin to end it]]
SUICIDE :: $RP says her sister [[suicide:slit her wrists]] and is in the tub
SUICIDE :: $RP states dad [[suicide:wrote a will today and is loading his rifle]]
SUICIDE@cw* :: INFT says flatmate [[suicide:hanging]] in the garage, cut him down, unsure if breathing
SUICIDE :: $RP reports [[suicide:active self-harm]] by a 15 y/o, cutting with glass
SUICIDE :: Caller says he [[suicide:is on the roof]] of the building and will jump
SUICIDE* :: Motel: manager says guest texted the desk he [[suicide:took pills and a fifth]] to not wake up
SUICIDE :: $RP says her son [[suicide:is SELF-HARMING]] right now with a lighter and razor
SUICIDE :: Wife states husband [[suicide:drove off with his gun]] saying she will never see him again
SUICIDE* :: Lighthouse point: $RP says woman [[suicide:climbed past the safety fence]] above the surf
SUICIDE :: $RP states $SU [[suicide:has a plan]] and [[suicide:the means]] at home, pills and a rope
"""

RED['police_only'] = """
BURGLARY :: $RP hears [[police_only:someone breaking in the back door]] right now, $RP upstairs
BURGLARY :: Neighbor sees [[police_only:two males carrying TVs out]] of the house next door, owners on vacation
TRESPASS :: $RP says [[police_only:unknown man inside her garage]] right now going through boxes
THEFT :: $RP watching [[police_only:subject cutting the catalytic converter]] off a car in the lot
THEFT :: [[police_only:Vehicle being stolen]] from the driveway now, $V, heading east
CHILD :: $RP says [[police_only:a toddler alone]] in a hot car at the Target lot, no adults around
CHILD :: Neighbor reports [[police_only:kids aged 4 and 6 left home alone]] since last night
MISSING :: Daughter says her [[police_only:father with dementia walked away]] from home, on foot, no coat
DUI :: $RP following a $V [[police_only:swerving all over the road]], almost hit median, northbound
EXPOSURE :: Female says a man [[police_only:exposing himself]] at the bus stop right now
THEFT* :: Marina: $RP sees [[police_only:someone untying and taking]] a skiff from the dinghy dock
BURGLARY* :: Campus: custodian reports [[police_only:person inside the locked lab]] after hours, lights off
BURGLARY* :: Farm: $RP sees [[police_only:someone siphoning fuel]] from the tractor tank now
THEFT* :: Ranch: $RP says [[police_only:two guys loading his calves into a trailer]] on the back pasture
MISSING* :: Ski patrol: [[police_only:8 y/o missing]] from ski school since 2 pm, last seen on green run
CHILD* :: Casino: security found [[police_only:two young kids alone]] in a car in the garage, parents inside gambling
DUI* :: Highway: truck driver reports [[police_only:wrong way driver]] on I-5 SB at MM 88
DUI :: $RP reports [[police_only:drunk driver]] just left the bar in a $V, could barely walk to it
THEFT :: Store LP says [[police_only:shoplifter concealing items]] in aisle 9 now
VANDAL :: $RP watching [[police_only:juveniles spray painting]] the school wall right now
BURGLARY :: $RP says [[police_only:someone in her basement]], she can hear walking
TRESPASS :: $RP says [[police_only:a stranger walked into her house]] and is sitting on the couch
CHILD :: Teacher reports [[police_only:student disclosed abuse at home]], marks on arms
MISSING :: $RP says her 14 y/o with autism is [[police_only:MISSING]] from the park, non-verbal
EXPOSURE* :: Transit: rider says man [[police_only:masturbating]] on the bus, route 8, near 5th
BURGLARY* :: Hospital: security reports [[police_only:intruder in the pharmacy]] storeroom
THEFT* :: Port: gate officer sees [[police_only:people cutting into a container]] in yard 4
THEFT :: $RP says [[police_only:man breaking into cars]] on Birch right now, trying door handles
CHILD :: Caller says [[police_only:infant left alone]] in a stroller outside the bar for 30 min
MISSING :: Care home reports [[police_only:resident eloped]], 82 y/o, [[police_only:needs medication]]
BURGLARY :: $RP's alarm company says [[police_only:glass break and motion]], $RP sees a flashlight inside
TRESPASS@cw* :: INFT reports [[police_only:male inside the locked school]] grounds, trying doors
THEFT@cw* :: Caller says [[police_only:someone stealing the outboard]] off his tinnie at the ramp now
DUI@cw* :: Caller following a ute [[police_only:weaving across lanes]] on the Pacific Hwy, driver drinking from can
VANDAL :: $RP says [[police_only:neighbor smashing her car windows]] right now
DUI :: $RP says [[police_only:intoxicated mother]] is about to drive off with the kids in the car
CHILD* :: Ski lodge: staff found [[police_only:a 5 y/o alone]] in the lodge, no parent for 2 hours
BURGLARY :: $RP says [[police_only:someone trying to pry]] her front door open right now
THEFT* :: Rail yard: worker sees [[police_only:people stealing copper]] wire along the tracks now
MISSING* :: Campground: parents say [[police_only:their 6 y/o wandered off]] near the lake 30 min ago
EXPOSURE :: $RP says [[police_only:a man peeping]] in her bedroom window right now
CHILD :: Neighbor reports [[police_only:child screaming and being locked outside]] in the cold, barefoot
THEFT :: $RP says [[police_only:her car is being stolen]] right now from the gas pump
TRESPASS* :: Orchard: $RP says [[police_only:people in the packing shed]] at night with flashlights
BURGLARY :: $RP hears [[police_only:glass breaking]] at the business next door, 2 am
DUI :: $RP states [[police_only:driver passed out at the wheel]] at the drive-thru, engine running
MISSING :: $RP says her [[police_only:suicidal sister is missing]], left a note this morning
THEFT :: Clerk says [[police_only:fuel drive off]] just now, $V still at the light
CHILD :: $RP says a man is [[police_only:trying to lure kids]] into his van at the park
BURGLARY* :: Storage facility: manager sees [[police_only:someone cutting locks]] on units now
TRESPASS :: $RP says [[police_only:BURGLARY]] in progress, two subjects in the back yard shed
MISSING :: Mother says [[police_only:runaway 12 y/o]] left with an adult male she met online
"""

RED['uncertainty'] = """
HANGUP :: 911 open line, [[uncertainty:female screaming in background]], then disconnect
HANGUP :: [[uncertainty:Caller disconnected]] after saying help, callback goes to VM
UNKNOWN :: $RP [[uncertainty:answering yes/no only]], male in the house with her
UNKNOWN :: [[uncertainty:Caller whispering]], says she can't talk, hung up
UNKNOWN :: [[uncertainty:Unknown emergency]], caller said come quick, then line went dead
DIST :: $RP hears [[uncertainty:screaming for help]] from the apartment below, can't see anything
DIST :: Neighbor hears [[uncertainty:a woman crying help me]] from the house next door
UNKNOWN* :: Therapist [[uncertainty:duty to warn]], client stated plans to harm his ex
UNKNOWN* :: Text-to-911: [[uncertainty:help me]], no response to follow-up texts
HANGUP* :: Elevator emergency phone, [[uncertainty:no voice, only banging]], Medical Tower elevator 3
UNKNOWN* :: Satellite SOS from backcountry device, [[uncertainty:no message]], coords near Copper Lake
DIST* :: Campus: student hears [[uncertainty:yelling and a thud]] then silence from the room next door
HANGUP* :: Casino: [[uncertainty:open line]] from hotel room 1418, sounds of a struggle
UNKNOWN :: $RP says [[uncertainty:sister called crying]], said come get me, phone died
HANGUP :: [[uncertainty:911 abandoned]], callback answered by male who said wrong number, [[uncertainty:female yelling no]] in background
DIST :: $RP hears [[uncertainty:gunshot-like bang]] and screaming, can't see from window
UNKNOWN* :: Marina: radio call on ch 16 [[uncertainty:mayday then nothing]], no vessel name
UNKNOWN@cw* :: Triple zero [[uncertainty:silent call]], pressed 55, open line with shouting
UNKNOWN@cw* :: INFT hears [[uncertainty:a woman screaming]] in the bush behind the caravan park
UNKNOWN* :: Highway: call box at MM 61 [[uncertainty:activated, no answer]] on callback
UNKNOWN :: $RP states her daughter [[uncertainty:texted code word]], they agreed means danger
DIST :: $RP heard [[uncertainty:a child screaming stop]] in the apartment upstairs, now quiet
HANGUP :: [[uncertainty:Call dropped]] mid-sentence, caller said my boyfriend is
UNKNOWN* :: Ski patrol: [[uncertainty:avalanche transceiver signal]] found, no one visible
UNKNOWN :: [[uncertainty:Caller unable to speak freely]], ordered a pizza to 911
UNKNOWN* :: Hospital: nurse hears [[uncertainty:struggle in the locked bathroom]] of ED, no answer
DIST :: $RP hears [[uncertainty:someone yelling they are hurt]] in the woods behind the school
UNKNOWN* :: OnStar: [[uncertainty:crash notification, no voice contact]] on Route 12
UNKNOWN* :: Rideshare app [[uncertainty:emergency button pressed]], driver not answering
UNKNOWN :: $RP says friend [[uncertainty:on FaceTime went silent]] after a man came in yelling
UNKNOWN* :: Psychiatrist [[uncertainty:duty-to-warn call]]: patient named his supervisor as a target
UNKNOWN :: [[uncertainty:Unknown trouble]], $RP says just send someone and hung up
DIST* :: Motel: desk clerk hears [[uncertainty:screaming and crashing]] in room 12, no answer at door
HANGUP :: [[uncertainty:Open line]], heard male say put the phone down
UNKNOWN* :: Farm: [[uncertainty:lone worker alarm]] triggered, worker not answering radio
UNKNOWN :: $RP says her mom [[uncertainty:called and only screamed]], now not answering
UNKNOWN@cw* :: Control room: [[uncertainty:999 call, sounds of a disturbance]], caller not responding
DIST :: $RP hears [[uncertainty:muffled screams]] from a van parked on the street
UNKNOWN :: [[uncertainty:Caller said she is not safe]] then disconnected, Phase 2 hit near Elm
HANGUP* :: Dorm: [[uncertainty:blue light phone activated]], no one at the phone, campus safety en route
UNKNOWN :: [[uncertainty:Caller coded]] as asking for a ride, says she can't say more
UNKNOWN :: $RP says co-worker [[uncertainty:didn't show up and texted help]] this morning
DIST :: Neighbor hears [[uncertainty:banging and a woman pleading]] through the wall
UNKNOWN* :: Port: [[uncertainty:man overboard alarm]] on vessel at berth 9, crew not answering
UNKNOWN :: $RP [[uncertainty:CAN'T TALK]], said just yes when asked if he's there
HANGUP :: [[uncertainty:DISCONNECTED]] call, loud arguing heard before the drop
UNKNOWN :: $RP hears [[uncertainty:screaming]] from the car in the parking lot, windows fogged
UNKNOWN* :: Transit: [[uncertainty:passenger emergency intercom]] activated on car 6, no response
UNKNOWN* :: Social worker [[uncertainty:duty to warn]] report: client says he will hurt his mother
UNKNOWN :: [[uncertainty:Silent caller]], tapped once for yes when asked if she needs police
DIST :: $RP says [[uncertainty:cries for help]] coming from the river path, too dark to see
"""

# ---------------------------------------------------------------------------------------------
# ELIGIBLE TEMPLATES, look-alike groups:  group -> (reason text, lines)
# ---------------------------------------------------------------------------------------------
ELIG = {}
ELIG['noise'] = ('noise complaint, no danger cues', """
NOISE :: $RP says loud music from the house on the corner, bass shaking windows, 3rd call this week
NOISE :: Party at apartment 4C, lots of yelling and laughing, music very loud
NOISE* :: Campus: residents complain of a loud party on the 2nd floor of Baker Hall
NOISE :: $RP states neighbor running a leaf blower at 6 am again
NOISE* :: Marina: live-aboard complains of a generator running all night on the boat at D-22
NOISE :: Dogs barking nonstop next door for 2 hours, owners not home
NOISE@cw* :: INFT complains of a doof doof party at the unit block, music since 9pm
NOISE :: $RP says kids screaming and playing in the pool after 11 pm {just having fun}
NOISE :: Loud car stereo in the lot behind the Dollar General, engine running
NOISE* :: Ski village: guests complain of a hot tub party on the deck of unit 12, shouting
NOISE :: $RP says someone {shooting off fireworks} in the street, no one hurt
NOISE :: Neighbor yelling at his TV during the game, $RP can hear through the wall {it's just the game}
NOISE* :: Rural: $RP complains of neighbor's roosters and a {target shooting at a backstop} on his own land during the day
NOISE :: $RP complains of a band practicing in a garage on Walnut, drums
NOISE* :: Hospital: staff complain of a visitor playing music loudly in the family lounge
NOISE :: $RP says upstairs neighbor stomping and slamming doors {no yelling, just loud}
NOISE :: Construction noise before permitted hours at the site on 2nd Ave
NOISE@cw* :: Caller reports hoons doing burnouts at the industrial estate, loud exhausts
NOISE :: $RP says {screaming} next door is a birthday party with a karaoke machine
""")
ELIG['verbal'] = ('verbal dispute, no violence or threats', """
VERBAL :: $RP and her husband arguing about money, {no physical}, she wants someone to talk to him
VERBAL :: $RP says adult son yelling at him about the car, {nobody has been touched}
VERBAL :: Neighbors arguing over a fence line, loud but {no threats made}
VERBAL* :: Campus: roommates arguing over a lease, one wants mediation
CIVIL :: Customer arguing with the manager over a refund, refusing to leave the counter
VERBAL :: $RP says boyfriend is screaming at her in the parking lot, {he hasn't touched her}
VERBAL* :: Marina: two boat owners arguing over a slip assignment on C dock
VERBAL :: Brothers arguing loudly in the front yard over their mom's house
VERBAL@cw* :: INFT reports verbal argument between neighbours about bins, {no assault}
VERBAL* :: Casino: patron arguing with dealer over a payout, security present, calm now
VERBAL :: $RP states ex-wife yelling at the custody exchange at the McDonald's, {kids are fine}
VERBAL :: Couple arguing in a $V at the light, {no hitting seen}, just yelling
VERBAL* :: Ranch: $RP and her neighbor arguing over water rights on the ditch
VERBAL :: Landlord and tenant yelling about the deposit in the hallway
VERBAL* :: Hospital: family members arguing loudly in the waiting room over visiting hours
VERBAL :: Teen and dad yelling at each other about curfew, $RP wants help {no one hurt}
VERBAL :: $RP says mother-in-law screaming at her in the kitchen {no weapons}, wants her to leave
VERBAL* :: Ski area: two guests arguing in the lift line about cutting, patrol watching
VERBAL :: Argument between neighbors over parking, words only
""")
ELIG['welfare'] = ('welfare check, no medical urgency', """
WELFARE :: $RP asks for a check on her elderly mother, hasn't answered the phone since yesterday
WELFARE :: Daughter in Ohio requests welfare check on father, 78, lives alone, {no known medical issues}
WELFARE :: $RP says neighbor's mail piling up and car hasn't moved in days
WELFARE* :: Campus: parent requests a check on her son in Hall B, hasn't replied to texts in 2 days
WELFARE :: $RP says woman sitting on a bench in the rain for hours, talking to herself
WELFARE :: Pharmacy says regular customer missed pickup, requests check, lives on Elm
WELFARE* :: Rural: mail carrier says elderly rancher's mailbox full, truck in yard
WELFARE@cw* :: INFT requests concern for welfare check on neighbour, curtains shut for days
WELFARE :: $RP says man sitting in his car at the park for 3 hours, appears to be sleeping {breathing normally}
WELFARE :: Landlord requests check on tenant, rent late and not answering the door
WELFARE* :: Marina: harbor staff request check on live-aboard, not seen for a week, boat locked
WELFARE :: $RP worried about her brother, sounded down on the phone {denies SI}
WELFARE :: Bank teller says elderly customer seemed confused and may be getting scammed
WELFARE* :: Ski area: lift op says a skier sitting alone at the top for an hour, {says he is fine}, just tired
WELFARE :: $RP says child playing alone in the front yard, mom is watching from the porch
WELFARE* :: Truck stop: clerk says driver hasn't left his cab in 2 days, {engine idling, waved at clerk}
WELFARE :: Coworker asks for a check, employee didn't show up for shift, usually reliable
WELFARE :: $RP says older man wandering the grocery store looking lost, {calm and walking fine}
WELFARE@cw* :: Caller asks for a welfare check on her nan in the retirement village, phone off
""")
ELIG['past_theft'] = ('past theft, report only, no suspect present', """
REPORT :: $RP says bike stolen from the porch overnight, no suspect info
REPORT :: $RP reports car broken into sometime last night, purse taken
REPORT :: Package stolen from front step yesterday afternoon, camera shows a man {long gone}
REPORT* :: Campus: student says laptop taken from the library 2 hours ago, no suspect
REPORT* :: Farm: $RP says someone took tools from the shop last week, noticed today
REPORT* :: Marina: owner says fishing gear missing from his boat since the weekend
REPORT :: $RP says catalytic converter cut off her car sometime overnight
REPORT :: Wallet stolen at the gym last Tuesday, $RP wants a report for the bank
REPORT@cw* :: INFT reports push bike stolen from the train station racks during the day, {offender not present}
REPORT :: Store manager wants to report a shoplifting from yesterday, have video
REPORT* :: Construction: foreman says generator stolen over the weekend from the site
REPORT :: $RP says someone used her credit card online, fraud report
REPORT :: Mailbox damaged overnight, $RP found it this morning
REPORT :: $RP says tires slashed sometime overnight {no one around now}
REPORT* :: Ski area: guest says skis taken from the rack outside the lodge at lunch
REPORT :: Graffiti on the back wall of the church, discovered this morning
REPORT* :: Hospital: patient says phone was taken from her room yesterday
REPORT :: $RP says her garage was {burglarized last week} while on vacation, wants a report number
REPORT :: $RP says someone stole the gas from his truck overnight, {suspects left hours ago}
""")
ELIG['found'] = ('found property or found person safe', """
FOUND :: $RP found a wallet in the parking lot of the library, wants to turn it in
FOUND :: Bicycle left on the lawn for a week, $RP wants it picked up
FOUND :: $RP found a set of keys and a phone at the bus stop
FOUND* :: Campus: backpack left in the lecture hall, {checked, only books inside}
FOUND* :: Ski area: found a child's ski jacket with a phone in it at the lodge
FOUND :: $RP found a purse in a shopping cart, ID inside
FOUND* :: Marina: a kayak found drifting, tied up at the fuel dock, {no one missing per harbormaster}
FOUND@cw* :: INFT found a handbag on the tram, handed to the driver
FOUND :: Found license plate in the ditch on County Rd 9
FOUND :: $RP found a dog tag and a collar, wants owner contacted
FOUND :: $RP found {a BB gun box, empty}, in the alley trash, wants it disposed of
FOUND* :: Casino: guest turned in a wallet with cash to the cage
FOUND :: $RP found used syringes in the park near the slide, requests sharps pickup
FOUND* :: Rural: $RP found a stray calf on the highway shoulder, tied it to his fence
FOUND :: Lost and found: $RP found a prescription bottle in the store bathroom
FOUND* :: Highway: abandoned $V on the shoulder at MM 17, {no occupants}, no damage
FOUND :: $RP found a laptop bag on the train platform
""")
ELIG['passive_si'] = ('passive suicidal ideation, no plan or means, person safe with someone', """
MH :: $RP says her son is talking about not wanting to be here, {no plan}, he is sitting with her now
MH :: Caller says she feels hopeless and wishes she could disappear, {denies plan}, her sister is with her
MH* :: Campus: RA says student said life feels pointless, {no plan or means}, friend staying with her
MH :: $RP says husband has been depressed and said he wishes he wouldn't wake up, {no weapons in home}, $RP with him
MH@cw* :: INFT says mate is low and talking about not being around, {no plan}, staying at INFT's place
MH :: Mother states teen wrote in journal about wanting to die last month, {no current plan}, home with mom
MH :: $RP says her friend is sad and said everyone would be better off without him, {denies plan or means}, they are together at a cafe
MH* :: Hospital: patient in the lobby says he feels like giving up, {calm, denies plan}, with a chaplain
MH :: Caller's dad said he is tired of living, {no plan, no guns}, caller is at his house now
MH* :: Farm: wife says husband quiet and said he's not sure he wants to keep going, {no plan}, neighbor sitting with him
MH :: $RP says she is having dark thoughts, {no intent}, wants to talk to someone, partner at home
MH :: Counselor requests check-in for client with passive SI, {no plan}, client safe at home with mother
MH* :: Veterans center: staff say a vet mentioned not wanting to be around, {no means}, staying with staff
MH :: $RP says her sister is crying and said what's the point, {denies SI plan}, $RP with her
MH :: $RP reports boyfriend said he might as well be dead, {says he would not act on it}, $RP with him
MH* :: Ski area: employee says coworker talking about feeling empty, {no plan}, with him in the break room
MH :: Caller says he has thoughts of death but {no plan}, roommate is home, wants a counselor
MH :: $RP worried about her grandson, says he is depressed, {safe with family}
""")
ELIG['refuse_leave'] = ('refusing to leave, no threats or violence', """
TRESPASS :: Manager says man sleeping in the lobby refusing to leave, {no threats, calm}
TRESPASS :: Store wants a former employee to leave, he is standing by the door talking
TRESPASS :: $RP says her ex won't leave her porch, {not threatening}, just wants to talk
TRESPASS* :: Campus: library staff say non-student refusing to leave at closing, calm
TRESPASS* :: Hospital: discharged patient refusing to leave the ED waiting room, {no aggression}
TRESPASS* :: Casino: banned patron back on the floor, refusing to leave, {not aggressive}
TRESPASS :: Female sitting in the restaurant for hours, won't leave, {not bothering anyone}
TRESPASS@cw* :: INFT says male won't leave the shop doorway, asking for change, {no aggression}
TRESPASS* :: Ferry: passenger refusing to disembark at the terminal, arguing with crew about fare
TRESPASS :: $RP says houseguest won't leave, was asked to go yesterday, {no threats}
TRESPASS* :: Ski lodge: man sleeping in the lodge after close, refusing to go
TRESPASS :: Church secretary says man sitting in the sanctuary won't leave, calm
TRESPASS* :: Transit: rider refusing to get off at end of line, seated, quiet
TRESPASS :: Bar wants a regular out at closing, he is refusing but {calm}
TRESPASS :: $RP says man camping on her lawn refuses to move
TRESPASS* :: Rural: hunters parked on $RP's land and won't leave, {rifles cased in their truck}, they say they have permission
TRESPASS :: Gym says former member keeps coming in and refusing to leave
TRESPASS :: Laundromat owner wants a man who is sleeping on the chairs to go, {he's not aggressive}
""")
ELIG['intox'] = ('intoxicated, conscious and breathing', """
INTOX :: $RP says man drunk on the bench outside the store, {awake and talking}
INTOX :: Intoxicated female sitting on the curb crying, {conscious, breathing fine}
INTOX :: $RP states guy passed out drunk on her steps, {woke up when she yelled, sitting up}
INTOX* :: Campus: student very drunk at the frat, {alert, walking with friends}, wants help home
INTOX* :: Casino: guest intoxicated and stumbling at the bar, {conscious and talking}
INTOX :: Male stumbling in the street, {alert}, almost walked into traffic
INTOX@cw* :: INFT reports drunk male asleep at the bus shelter, {breathing normally}, woke and swore at INFT
INTOX* :: Ski lodge: drunk skier refusing to leave the bar, {alert and joking}
INTOX :: $RP says her brother is drunk and wants a ride to detox, {he is awake}
INTOX :: Intoxicated man singing loudly at the gas station, {no weapons}
INTOX* :: Stadium: fan too drunk to find his seat, {conscious}, wants to go home
INTOX :: $RP says woman who drank too much at the wedding is {awake but wobbly}, needs a ride
INTOX :: $RP says man high on something dancing in the parking lot, {alert and talking}
INTOX* :: Transit: rider intoxicated, asleep on the bench at end of line, {woke and responding}
INTOX@cw* :: Caller reports a bloke full as a boot on the median strip, {sitting up and talking}
INTOX :: Male sleeping it off in a doorway, {snoring, easy to wake}
INTOX* :: Marina: live-aboard drunk on the dock yelling at gulls, {steady, not near the edge}
INTOX :: $RP says neighbor drunk in the yard, {sitting in a lawn chair talking}
""")
ELIG['unhoused'] = ('person in distress needing shelter or services', """
UNHOUSED :: Man sleeping in the bus shelter, cold night, $RP asks for shelter info
UNHOUSED :: Woman with a shopping cart sitting outside the bank for hours, needs help
UNHOUSED* :: Campus: person sleeping in the stairwell of the science building, asks for a blanket
UNHOUSED* :: Hospital: discharged patient has nowhere to go, sitting by the entrance
UNHOUSED :: Family living in their car in the Walmart lot, asking about shelter beds
UNHOUSED@cw* :: INFT reports rough sleeper in the underpass, {conscious}, asking for food
UNHOUSED* :: Transit: man riding the train all night to stay warm, asks about the warming center
UNHOUSED :: $RP says a camp set up behind the library, people asking for water
UNHOUSED :: Elderly man sitting in the laundromat says he was evicted today
UNHOUSED* :: Rural: hitchhiker on Hwy 12 out of money, asks for help getting to town
UNHOUSED :: Young woman at the gas station says she left home and has nowhere to sleep {she is safe, not hurt}
UNHOUSED* :: Marina: man sleeping in the boat shed with his dog, asks for shelter info
UNHOUSED :: $RP says a man is panhandling at the exit ramp, {not aggressive}
UNHOUSED* :: Ski town: seasonal worker sleeping in his car at the base lot, temps below zero, {awake and talking}
UNHOUSED :: Person sleeping in the church doorway, $RP wants services, not police
UNHOUSED* :: Highway rest area: traveler stranded with kids, out of gas and money
UNHOUSED :: Woman in the ER lobby asking for a ride to the shelter
UNHOUSED@cw* :: Caller says an older lady sleeping in the park toilets, asks for services
""")
ELIG['resolved'] = ('alarming first report then clearly resolved', """
WEAPON :: <<weapon:$RP reported a man with a gun>> at the park | ((on callback $RP says it was a camera tripod))
ASSAULT :: <<violence:Caller said two men fighting>> in the lot | ((now says they were play wrestling, both laughing))
MEDICAL :: <<injury:$RP thought neighbor collapsed>> in the yard | ((neighbor was gardening, up and waving))
HANGUP :: <<uncertainty:911 hang-up with yelling>> | ((callback: kids playing with the phone, parent confirms all OK))
WEAPON* :: Campus: <<weapon:report of a student with a rifle>> on the quad | ((ROTC drill with a wooden rifle, confirmed by instructor))
THREATS :: <<threat:$RP said neighbor threatened her>> | (($RP clarifies he said he'd call the city on her, nothing else))
SUICIDE :: <<suicide:$RP worried friend said he'd jump>> | ((friend called back, said he meant jump in the lake for a swim, laughing, with $RP now))
BURGLARY :: <<police_only:$RP saw someone climbing in a window>> | ((it was the homeowner locked out, $RP knows him))
MEDICAL* :: Ski patrol: <<injury:report of a skier down not moving>> | ((skier was resting, got up and skied down))
ASSAULT* :: Casino: <<violence:report of a fight at the bar>> | ((security on scene says only shouting, parties separated and calm))
CHILD :: <<police_only:$RP reported a toddler alone in a car>> | ((mom was loading groceries next to the car))
UNKNOWN* :: Marina: <<uncertainty:screams heard from a boat>> | ((harbormaster checked, couple watching a horror movie))
HANGUP@cw* :: <<uncertainty:Silent 000 call>> | ((callback: pocket dial, caller fine))
WEAPON :: <<weapon:$RP said man pulling a knife>> at the bus stop | (($RP now says it was a comb, man walked off))
OD :: <<injury:$RP thought man OD'd>> on the bench | ((he is awake, talking, says he was just sleeping))
MISSING :: <<police_only:mother reported 9 y/o missing>> | ((child found at a friend's house))
DIST :: <<uncertainty:$RP heard screaming next door>> | ((neighbor came out, said kids were playing a video game))
SUICIDE* :: Hospital: <<suicide:staff report patient on the roof>> | ((he was a maintenance worker fixing HVAC))
THREATS* :: Highway: <<threat:$RP said driver threatened him>> | (($RP clarifies driver only yelled slow down))
WEAPON* :: Farm: <<weapon:shots reported near the barn>> | (($RP confirms it was a propane bird cannon))
DUI :: <<police_only:caller reported swerving driver>> | ((caller now says driver was avoiding a pothole, driving fine))
""")
ELIG['history'] = ('history-only mention, nothing current', """
WELFARE :: $RP requests a check on her neighbor {who had a stroke last year}, no answer today
VERBAL :: Couple arguing about chores, {DV hx at address from 2019}, no physical today
NOISE :: Loud music at the duplex, {prior shots fired call at this block years ago}
MH :: $RP says brother is anxious and pacing, {he had a 5150 hold two years ago}
WELFARE :: Check on man at the park, {known to have had a seizure there last summer}, sitting and reading now
TRESPASS :: Man refusing to leave the porch, {arrested there for burglary in 2020}, calm today
VERBAL* :: Campus: roommate dispute, {one was in a fight last semester}, verbal only now
WELFARE :: $RP says mother {attempted suicide years ago}, she sounds fine but hasn't called today
INTOX :: Intoxicated man on the bench, {he had an OD here last month}, {awake and talking now}
UNHOUSED@cw* :: INFT reports rough sleeper {known for a past assault warning}, asleep, {breathing fine}
CIVIL :: Custody exchange request, {restraining order expired in 2021}, both calm
VERBAL* :: Ranch: neighbors arguing over fence, {one was charged with menacing in 2018}, words only
WELFARE :: $RP says father {has a hx of heart attack}, sounded tired, wants someone to stop by
MH* :: Hospital: former patient in lobby, {prior self-harm hx}, calm, asking for a counselor
NOISE :: Party at the house on 3rd, {premise hx: weapons call 2017}
SUSP :: Man sitting in a car outside the school, {CAD hx says he was trespassed last year}, reading a book
VERBAL :: Mother and teen arguing, {teen ran away last year}, teen at home now
WELFARE* :: Ski area: check on a guest {who fell last season}, staying in room 204, not answering the phone
""")
ELIG['negated'] = ('danger asked about and denied', """
VERBAL :: $RP and roommate arguing, {no weapons}, {no one hurt}, {no threats}
MH :: $RP says son is upset and yelling at the walls, {denies SI/HI}, {no weapons in home}
WELFARE :: Man sitting on the curb crying, {denies injuries}, {denies SI}
DIST :: Loud argument at the apartment, {$RP did not see any weapons}, {no physical contact}
VERBAL* :: Campus: dispute at the dorm desk over a package, {no threats made}
SUSP :: Person walking around cars in the lot, {not trying handles}, {not carrying anything}
INTOX :: Drunk female at the bar, {not injured}, {no weapons}, wants a cab
MH :: Caller says daughter hearing voices, {no SI}, {no HI}, calm and eating dinner
VERBAL@cw* :: INFT says neighbours arguing, {nil weapons}, {nil injuries}, {no threats to kill}
CIVIL :: Dispute over a used car sale, {no threats}, both parties want to talk to someone
MH* :: Hospital: visitor upset about a bill, {not threatening}, {no weapons seen}
DIST* :: Transit: rider yelling at the fare machine, {not threatening anyone}
WELFARE :: Elderly man fell in the garden, {not injured}, {declines EMS}, just needs help inside
VERBAL :: $RP says dad is yelling about the dishes, {$RP feels safe}, {no hitting}
DIST :: Two women arguing outside the salon, {no physical}, {no weapons}
VERBAL* :: Farm: two workers arguing over overtime, {no one touched anyone}
MH :: Friend says $SU is panicking and breathing fast, {no chest pain}, {no SI}, anxiety attack history
""")
ELIG['toys'] = ('toy, prop or replica, not a weapon', """
SUSP :: $RP says kids in the park {with orange-tipped toy guns}, playing cops and robbers
SUSP* :: Campus: film students {with a prop rifle} shooting a scene on the quad, permit on file
SUSP :: $RP says teens {playing with Nerf blasters} in the street, chasing each other
SUSP* :: Convention center: attendees in costume {carrying foam swords} in the lobby
SUSP :: Boy {with a water pistol} squirting cars at the car wash fundraiser
SUSP* :: Theater: $RP says actors {rehearsing a fight scene with a stage knife} on the loading dock
SUSP :: $RP says men in the field {with airsoft rifles}, wearing goggles, playing a game
SUSP* :: Renaissance fair: knight {in a fake sword duel} drawing a crowd by the parking area
SUSP :: Kids {with a toy bow and suction cup arrows} on the sidewalk
SUSP@cw* :: INFT reports young fellas in the park {with water guns}, getting the footpath wet
SUSP :: Halloween party, guest {with a rubber chainsaw} walking down the street in costume
SUSP* :: Ski area: $RP saw a man {with a plastic toy pistol} at the terrain park, part of a costume day
SUSP :: Child {with a cap gun} making popping noises in the yard
SUSP* :: Museum: reenactors {with unloaded replica muskets} on the lawn for the parade
SUSP :: $RP sees a man {with a paintball gun} in his backyard shooting at a target
SUSP :: Kids {with plastic lightsabers} fighting in the cul-de-sac, laughing
SUSP* :: Marina: boy {with a toy harpoon} on the dock, $RP concerned it looks real
""")
ELIG['idioms'] = ('idiom or figure of speech, no real threat or injury', """
HARASS :: $RP says her ex {keeps blowing up her phone} with texts about the dog, no threats
VERBAL :: $RP says boss told her {you're killing me with these reports}, wants advice on a workplace dispute
CIVIL :: Caller says the landlord {is murdering him with fees}, wants to know his rights
NOISE :: $RP says the music next door {is killing her}, wants it turned down
VERBAL :: $RP says husband {blew up at her} over the bills, {no physical}, wants a mediator
CIVIL :: $RP says contractor {took a stab at} fixing the roof and left a leak, wants a report
INFO :: Caller says {she is dying to know} if her car was towed
VERBAL* :: Campus: student says roommate {went ballistic} about dishes, only yelling
HARASS :: $RP says neighbor {shot her a dirty look} and {gave her the finger}
VERBAL@cw* :: INFT says husband {lost the plot} over the footy, yelling at the telly
NOISE :: $RP says the dog barking {is driving her to the edge}, wants animal control
CIVIL :: Caller says the mechanic {robbed him blind} with a big bill, civil matter
INFO :: $RP says her son {bombed his driving test} and wants to know about permits
VERBAL :: $RP says sister {went off on her} at dinner, no threats, wants advice
INFO* :: Hospital: visitor says the parking fees {are highway robbery}, wants to complain
HARASS :: Caller says a coworker {keeps shooting down} her ideas and she wants to file harassment
VERBAL :: $RP says dad {flipped out} about the car, calmed down, wants someone to talk to him
INFO :: Caller says {I could kill for a coffee}, asks about the location of the nearest 24 hr station
""")
ELIG['tools'] = ('tool used for its purpose', """
SUSP :: $RP says neighbor {running a chainsaw on a fallen tree} after the storm
SUSP* :: Farm: $RP sees man {with a machete clearing brush} along the fence line
SUSP :: Man {with a hammer fixing the fence} at the vacant lot, $RP curious
SUSP* :: Ranch: $RP says neighbor {hunting deer in season on his own land}, shots at dawn
SUSP :: $RP says guy {with a crowbar pulling up deck boards} next door, owner confirmed
SUSP* :: Construction: workers {using nail guns on the roof} of the new build
SUSP :: $RP sees a man {with an axe splitting firewood} in the yard at night
SUSP* :: Fishing pier: man {cleaning fish with a fillet knife}, $RP wonders if allowed
SUSP :: Chef {sharpening knives} behind the restaurant, $RP saw from the alley
SUSP* :: Orchard: workers {with pruning saws} in the trees early morning
SUSP :: $RP says tree crew {with a pole saw} in the easement, wants to know who sent them
SUSP* :: Golf course: grounds crew {with a gas trimmer} at 5 am, noise
SUSP@cw* :: INFT says council workers {with brush cutters} on the median strip
SUSP* :: Ski area: groomer operator {with a shovel} digging out the snowcat at night
SUSP :: Neighbor {with a sledgehammer breaking up his own patio}, loud
SUSP* :: Gun range: $RP hears {shots from the licensed range} on Quarry Rd during open hours
SUSP* :: Marina: man {using a boat hook to pull in a line} at the fuel dock
""")
ELIG['lawful_firearms'] = ('lawfully stored firearm mentioned in passing', """
WELFARE :: Check on elderly man, son says {his hunting rifles are locked in the safe}, not answering phone
CIVIL :: Divorce property dispute over who keeps the {guns in the locked cabinet}, both calm
MH :: $RP says husband anxious about work, {his pistol is locked up with $RP holding the key}, {no SI}
FOUND :: $RP moving into a new house, previous owner left {an empty gun case} in the attic
WELFARE* :: Ranch: check on rancher, {rifle in the truck rack as usual}, hasn't been seen at the feed store
SUSP* :: Highway: trucker asks about transporting {his cased unloaded shotgun} across state lines
INFO :: $RP asks how to {turn in an old revolver from her late father's estate}, it is in a locked box
WELFARE :: Daughter requests check on dad, {he has a permit and keeps his gun in a lockbox}, no answer
VERBAL :: Couple arguing over buying a {hunting rifle} for the son, no threats, just yelling
INFO* :: Campus: student asks where to {store a deer rifle} during hunting break, {not on campus}
CIVIL :: Landlord says tenant left {a locked gun safe} after moving out, wants it removed
INFO@cw* :: Caller asks about {firearms licence renewal} for his farm rifle
WELFARE* :: Farm: check on elderly farmer, {shotgun stays in the locked cabinet}, no phone answer
INFO :: $RP asks about selling {a shotgun in a locked case} to a private party legally
VERBAL :: Brothers arguing over dad's will and {who gets the gun collection}, no threats
""")
ELIG['mh_calm'] = ('mental health concern, calm, no danger', """
MH :: $RP says adult son off his meds, talking to himself in the yard, {calm}
MH :: Woman in the library saying the FBI is watching her, {not aggressive}
MH* :: Campus: student having a panic attack in the stairwell, friend with her, {breathing ok}
MH :: $RP says her brother has not slept in days and is talking fast about inventions
MH@cw* :: INFT reports male talking loudly to himself at the train station, {not approaching anyone}
MH* :: Hospital: family member in the lobby very distressed after bad news, crying
MH :: $RP says tenant is hoarding and the apartment smells, wants services
MH :: Man preaching loudly on the corner, handing out flyers
MH* :: Transit: rider shouting at the window about aliens, {nobody threatened}
MH :: Elderly woman thinks her neighbors are stealing her mail, wants to talk to someone
MH* :: Ski area: guest confused and disoriented in the lodge, {says he is fine}, cannot find his group
MH :: Mother says adult daughter with bipolar disorder is manic and spending money, wants crisis team
MH :: $RP says man sitting on the church steps crying and rocking
MH* :: Rural: $RP says neighbor walking fence lines at night talking about drones
MH :: Caller hearing voices and wants to talk to a counselor, {no HI}
MH* :: Casino: guest says machines are sending him messages, calm
MH :: Woman repeatedly calling 911 to report her TV is spying on her
""")
ELIG['juvenile'] = ('juvenile issue, no child at risk', """
JUV :: Teens loitering outside the gas station, skateboarding off the curbs
JUV :: Kids ringing doorbells and running, $RP annoyed
JUV* :: Campus: high schoolers hanging out in the student union after hours
JUV :: $RP says a group of kids playing basketball late in the church lot
JUV :: 15 y/o refusing to go to school, mom wants someone to talk to him
JUV :: Kids on bikes riding in the middle of the road
JUV@cw* :: INFT reports youths hanging around the shops, smoking, no damage
JUV* :: Ski area: teens building a jump on a closed run, patrol wants parent contact
JUV :: Teen came home 2 hours after curfew, parent wants a talk from someone
JUV :: $RP says a 10 y/o walking home from school alone, {child says mom knows}, {it's 3 blocks}
JUV* :: Mall: group of middle schoolers running through the food court
JUV :: Children playing in the creek behind the school, {parent watching}
JUV :: 16 y/o babysitting younger siblings, neighbor concerned, {parents reachable by phone}
JUV* :: Marina: kids jumping off the dock into the water, {life jackets on}, lifeguard watching
JUV :: Teens throwing eggs at a house on Halloween, {already left}
JUV :: $RP says kids keep kicking a ball against her garage door
JUV* :: Rural: teens driving a side-by-side in the field, {on their family's land}
""")
ELIG['civil'] = ('civil matter or custody issue, calm', """
CIVIL :: Father says mother late for custody exchange, wants it documented
CIVIL :: Landlord changed the locks, tenant wants to know her rights
CIVIL :: $RP says neighbor's tree fell on his fence, dispute about who pays
CIVIL :: Tow company towed $RP's car, she wants it back, disputes the fee
CIVIL* :: Campus: student says roommate won't return borrowed textbooks
CIVIL* :: Marina: dispute over unpaid slip fees, owner wants his boat released
CIVIL :: Ex-girlfriend has $RP's dog and won't return it
CIVIL :: Contractor didn't finish the job, homeowner wants a report
CIVIL@cw* :: INFT in dispute with the real estate agent over bond money
CIVIL* :: Ranch: neighbor's cattle grazing on $RP's lease, wants it documented
CIVIL :: Mother wants help picking up her belongings from her ex's apartment, standby requested
CIVIL :: $RP says his sister won't give back the car title
CIVIL* :: Hospital: patient's family arguing with the billing office about a charge
CIVIL :: $RP says neighbors parked in front of her driveway again
CIVIL :: Business owner says a customer bounced a check
CIVIL* :: Ski area: guest wants a refund on a season pass, arguing with ticket office
CIVIL :: Dispute over a security deposit, both parties calm
""")
ELIG['susp_benign'] = ('suspicious but benign, no crime in progress', """
SUSP :: $RP says a man walking slowly down the street looking at houses, carrying a clipboard
SUSP :: Unknown $V parked on the street for two days, {no one inside}
SUSP :: $RP says front door of the house next door is open, {owner's car is home and she waved}
SUSP* :: Campus: person taking photos of the buildings, says he is an architecture student
SUSP :: Man sitting in a $V outside the school at pickup time, {he is a parent, waiting}
SUSP* :: Marina: someone walking the docks at night with a flashlight, {turns out to be the night watchman}
SUSP :: $RP says people going door to door selling solar, wants to know if legit
SUSP :: Woman looking into car windows in the lot, {says she lost her keys and is looking for her car}
SUSP@cw* :: INFT reports a man hanging around the servo for an hour, {just waiting for a lift}
SUSP* :: Ski area: $RP saw someone in the closed terrain, {patrol says it is a groomer on foot}
SUSP :: $RP hears noises in the garage, {it was raccoons}, wants animal advice
SUSP :: $RP says drone flying over her yard, wants to know if it is legal
SUSP* :: Farm: unknown truck parked at the field gate, {seed rep with a logo on the door}
SUSP :: $RP says someone left a box on her porch, {it has a delivery label}
SUSP* :: Highway: $V parked on the shoulder with hazards on, {driver changing a tire}
SUSP :: Man going through the recycling bins collecting cans
SUSP* :: Casino: guest counting chips in the parking garage, {just counting before leaving}
SUSP :: $RP says her car alarm went off, {nothing missing}, no one around
""")
ELIG['animal'] = ('animal or livestock problem, no one hurt', """
ANIMAL :: Loose dog running in the street, friendly, no collar
ANIMAL* :: Rural: cows out on County Rd 14, owner notified, need traffic help
ANIMAL :: $RP says a raccoon acting strange in the yard in daylight
ANIMAL* :: Ski area: moose standing on the cat track by lift 2
ANIMAL :: Neighbor's dog left outside in the cold all day, $RP worried for the dog
ANIMAL* :: Marina: seal on the dock sunbathing, people crowding it
ANIMAL@cw* :: INFT reports kangaroo in the school oval, not moving, looks injured
ANIMAL :: Bat in the apartment living room, $RP wants help
ANIMAL* :: Farm: horses loose on the highway shoulder near MM 9
ANIMAL :: $RP says a snake in her garage, wants it removed
ANIMAL* :: Campus: geese blocking the crosswalk, students annoyed
ANIMAL :: Stray cat with kittens under the porch
ANIMAL :: $RP reports a deer hit by a car on the shoulder, {driver fine}, deer suffering
ANIMAL* :: Highway: dog loose in the median of I-70, drivers slowing
ANIMAL :: Chickens loose from the neighbor's coop in $RP's garden
ANIMAL :: Barking dog left in a car at the park, {windows down, water bowl inside}, 65 degrees
ANIMAL@cw* :: Caller reports magpies swooping kids at the bus stop
""")
ELIG['harass_nothreat'] = ('harassment without threats', """
HARASS :: $RP says ex keeps texting her asking to get back together, {no threats}
HARASS :: Neighbor keeps leaving notes about her trash cans, $RP wants it to stop
HARASS :: $RP getting repeated calls from a scammer pretending to be the IRS
HARASS* :: Campus: student says a classmate keeps messaging her on social media, {no threats}, wants it documented
HARASS :: Someone posting mean comments about $RP's business online
HARASS :: $RP says coworker keeps commenting on her clothes, HR not helping
HARASS@cw* :: INFT reports neighbour filming her over the fence, {no threats made}
HARASS :: $RP says her ex keeps showing up at their son's games and {just watches}, no contact order not in place
HARASS :: Telemarketer calling 20 times a day
HARASS* :: Hospital: nurse says a former patient keeps calling the unit to complain, {no threats}
HARASS :: $RP says neighbor's kids call her names when she walks by
HARASS :: $RP says her mother-in-law keeps calling her workplace
HARASS* :: Marina: boat neighbor keeps complaining about $RP's music to the harbormaster
HARASS :: Unknown person sending $RP friend requests from fake accounts
HARASS :: $RP says a man at the bus stop keeps asking for her number, {not following her}
HARASS* :: Ski area: instructor says a guest keeps sending gifts to the ski school, {no threats}
HARASS :: Customer keeps leaving bad reviews and calling the shop
""")
ELIG['med_nonurgent'] = ('non-urgent assist, no injury or medical urgency', """
LIFT :: Lift assist: elderly husband slid out of bed, {not injured}, wife can't lift him
LIFT :: $RP says her mother sat down on the floor and can't get up, {no pain}, {no injury}
ASSIST :: Man wants a ride to detox, {sober enough to walk}, {no medical complaint}
ASSIST* :: Campus: student feeling homesick and wants someone to talk to at the counseling center
LIFT* :: Nursing home: resident lowered to the floor by aide, {no injury}, needs two-person lift
ASSIST :: $RP says neighbor needs help getting her groceries in, she uses a walker
ASSIST :: Elderly man locked out of his house, {fine, sitting on the porch}
ASSIST* :: Ski area: guest with a sprained wrist wants a ride to urgent care, {declines ambulance}
ASSIST :: Woman out of insulin, wants help getting to the pharmacy, {feels fine}
ASSIST@cw* :: INFT says elderly neighbour needs help with a broken heater, cold house
LIFT :: Lift assist requested, {patient fell slowly onto the couch, no injuries}
ASSIST :: $RP says man with a minor scrape on his knee from his bike, {declines EMS}
ASSIST* :: Highway: elderly couple confused about directions at the rest area, {both fine}
ASSIST :: $RP needs help getting her disabled son into the car after his wheelchair broke
ASSIST* :: Marina: elderly boater can't get off his boat onto the dock, {no injuries}
ASSIST :: Diabetic man feeling a bit shaky, {ate candy, now feels ok}, wants someone to check on him later
ASSIST :: Caller wants transport to a mental health clinic appointment
""")
ELIG['missing_lowrisk'] = ('missing or late person, not at risk', """
MISSING :: Husband 2 hours late from work, {phone dead}, no medical issues, $RP wants advice
MISSING :: $RP says adult roommate didn't come home last night, often stays with girlfriend
MISSING* :: Campus: parent can't reach her son, {his friends say he is at the library}
MISSING :: Teen 17 not home yet, texted that she's at a friend's but won't say where
MISSING :: $RP's brother, 35, not answering phone since the weekend, this happens often
MISSING* :: Ski area: friend separated from group, {has a phone and texted he is at the bar}
MISSING@cw* :: INFT reports adult son not home after the footy, {seen on social media at a mate's}
MISSING :: Ex-wife says kids' father is late returning them from a visit, {texted he's 20 min out}
MISSING* :: Casino: wife can't find husband, {he checked into a room upstairs}
MISSING :: $RP's elderly father went for a walk and is late, {he called from the coffee shop}
MISSING* :: Marina: sailor overdue by an hour, {radioed he is motoring in slowly}
MISSING :: $RP says her 19 y/o moved out without telling anyone, took belongings
MISSING :: Coworker didn't show up for a shift, {posted on social media from the beach}
MISSING* :: Hiking: $RP's friend is late from a day hike, {texted from the summit 30 min ago}
MISSING :: Grandson 16 missed curfew by an hour, {answered phone, walking home}
MISSING* :: Highway: $RP says her sister's car broke down, {sister is at the truck stop and safe}
MISSING :: Adult daughter went to visit a boyfriend in another state without telling parents
""")

# ---------------------------------------------------------------------------------------------
# Shared decoy pool: (text, kinds it would contradict)
# ---------------------------------------------------------------------------------------------
POOL = [
    ("{no weapons seen}", ('weapon',)),
    ("{$RP did not see any weapons}", ('weapon',)),
    ("{no weapons mentioned}", ('weapon',)),
    ("{no injuries reported}", ('injury', 'violence', 'weapon', 'suicide')),
    ("{nobody hurt per $RP}", ('injury', 'violence', 'weapon', 'suicide')),
    ("{denies SI/HI}", ('suicide', 'threat')),
    ("{no threats made}", ('threat',)),
    ("{no physical contact}", ('violence',)),
    ("{$RP able to talk freely}", ('uncertainty',)),
    ("{hx of calls at this address}", ()),
    ("{premise hx: DV 2019}", ()),
    ("{prior 5150 hold last year}", ()),
    ("{$RP says this happened once before last summer}", ()),
    ("{CAD hx: 3 prior noise calls}", ()),
    ("{same caller as yesterday, unrelated matter}", ()),
    ("{subject had a weapons arrest in 2016}", ()),
    ("<<violence:$RP first said they were fighting>>|((on callback verbal only, no contact))",
     ('violence', 'weapon', 'injury')),
    ("<<weapon:initial report of a gun>>|(($RP now says it was a phone in his hand))", ('weapon', 'threat')),
    ("<<injury:$RP thought someone was not breathing>>|((he is awake and talking now))",
     ('injury', 'suicide', 'violence', 'weapon')),
    ("<<uncertainty:line disconnected>>|((callback made, $RP OK and talking normally))", ('uncertainty',)),
    ("<<threat:first call said threats>>|((clarified: no threats, just yelling))", ('threat', 'weapon')),
    ("<<suicide:$RP worried about suicide>>|(($RP confirms $SU denies SI and is with his sister))",
     ('suicide', 'injury')),
    ("<<police_only:report of someone inside the garage>>|((it was the homeowner's son))", ('police_only',)),
]

# ---------------------------------------------------------------------------------------------
# Call-type vocabularies: category -> (apco, plain, signal/10-code, uk/au, penal-code)
# ---------------------------------------------------------------------------------------------
TYPES = {
    'WEAPON': ('WEAPON', 'Person with a weapon', '10-32 MAN W/ WEAPON', 'WEAPONS - BLADED/FIREARM', '417 BRANDISHING'),
    'SHOTS': ('SHOTS', 'Shots fired', '10-71 SHOTS', 'FIREARMS DISCHARGE', '246 SHOTS FIRED'),
    'ASSAULT': ('FIGHT', 'Assault', '10-16 FIGHT', 'ASSAULT', '242 BATTERY'),
    'DV': ('DVA', 'Domestic - physical', '10-16 DOMESTIC', 'DOMESTIC INCIDENT', '273.5 DV'),
    'THREATS': ('THREATS', 'Threats', 'SIG 8 THREATS', 'THREATS TO KILL', '422 THREATS'),
    'MEDICAL': ('MEDICAL', 'Medical call', '10-52 MEDICAL', 'AMBULANCE REQUEST', 'MED AID'),
    'OD': ('OD', 'Overdose', '10-52 OD', 'SUSPECTED OVERDOSE', 'MED AID OD'),
    'FALL': ('FALL', 'Fall with injury', '10-52 FALL', 'FALL - INJURY', 'MED AID FALL'),
    'SUICIDE': ('SUICIDE', 'Suicide attempt', '10-56 SUICIDAL', 'CONCERN FOR SAFETY - SELF HARM', '5150 SUICIDAL'),
    'BURGLARY': ('BURG', 'Burglary', '10-62 BURGLARY', 'BURGLARY', '459 BURGLARY'),
    'TRESPASS': ('TRESPASS', 'Trespassing', 'SIG 21 TRESPASS', 'UNWANTED PERSON', '602 TRESPASS'),
    'THEFT': ('THEFT', 'Theft in progress', '10-65 THEFT', 'THEFT', '484 THEFT'),
    'VANDAL': ('VANDAL', 'Vandalism', 'SIG 12 VANDALISM', 'CRIMINAL DAMAGE', '594 VANDALISM'),
    'CHILD': ('CHILD', 'Child welfare', 'SIG 40 CHILD ABUSE', 'CHILD CONCERN', '273A CHILD ENDANGER'),
    'MISSING': ('PERMISS', 'Missing person', '10-57 MISSING', 'MISPER', 'MISSING PERSON'),
    'DUI': ('DUI', 'Impaired driver', '10-55 DUI', 'DRINK DRIVE', '23152 DUI'),
    'EXPOSURE': ('INDECENT', 'Indecent exposure', 'SIG 33 EXPOSURE', 'INDECENT EXPOSURE', '314 EXPOSURE'),
    'UNKNOWN': ('TROUBLE', 'Unknown problem', '10-33 UNK TRBL', 'UNKNOWN TROUBLE', 'UNK TRBL'),
    'HANGUP': ('HANGUP', '911 hang-up', '911 HANG UP', 'ABANDONED EMERGENCY CALL', '911 HANGUP'),
    'WELFARE': ('WELFARE', 'Welfare check', 'SIG 44 WELFARE', 'CONCERN FOR WELFARE', 'WELFARE CHECK'),
    'SUSP': ('SUSP', 'Suspicious person', '10-37 SUSP PERS', 'SUSPICIOUS CIRCS', 'SUSP CIRC'),
    'DIST': ('DISORD', 'Disturbance', '10-10 DISTURBANCE', 'ASB - DISTURBANCE', '415 DISTURBANCE'),
    'NOISE': ('NOISE', 'Noise complaint', 'SIG 9 NOISE', 'ASB - NOISE', '415N NOISE'),
    'CIVIL': ('CIVIL', 'Civil dispute', 'CIVIL MATTER', 'CIVIL DISPUTE', 'CIVIL'),
    'VERBAL': ('DVNA', 'Verbal dispute', '10-16V VERBAL', 'DOMESTIC - VERBAL ONLY', '415F FAMILY'),
    'FOUND': ('FOUND', 'Found property', 'FOUND PROP', 'FOUND PROPERTY', 'FOUND PROP'),
    'REPORT': ('INFO', 'Report only', 'REPORT', 'CRIME REPORT - NO SUSPECT', 'RPT ONLY'),
    'MH': ('MNTL', 'Mental health', '10-96 MENTAL', 'MENTAL HEALTH CONCERN', '5150 EVAL'),
    'INTOX': ('INTOX', 'Intoxicated person', 'SIG 19 INTOX', 'INTOXICATED PERSON', '647F INTOX'),
    'UNHOUSED': ('VAG', 'Unhoused person', 'TRANSIENT', 'ROUGH SLEEPER', 'TRANSIENT'),
    'ASSIST': ('CITASST', 'Citizen assist', 'SIG 30 ASSIST', 'ASSIST PUBLIC', 'PUBLIC ASSIST'),
    'LIFT': ('ASSIST', 'Lift assist', 'LIFT ASSIST', 'ASSIST - NON INJURY FALL', 'LIFT ASSIST'),
    'ANIMAL': ('ANIMAL', 'Animal complaint', 'SIG 6 ANIMAL', 'STRAY/LIVESTOCK', 'ANIMAL CTRL'),
    'JUV': ('JUV', 'Juvenile problem', 'JUV PROB', 'YOUTHS CAUSING ANNOYANCE', 'JUV DISTURB'),
    'HARASS': ('HARR', 'Harassment', 'SIG 25 HARASSMENT', 'HARASSMENT', '653M ANNOY CALLS'),
    'INFO': ('INFO', 'Information', 'INFO', 'INFORMATION RECEIVED', 'INFO ONLY'),
}
MILD = ['WELFARE', 'SUSP', 'HANGUP', 'DIST']
ALARMING = ['WEAPON', 'SHOTS', 'ASSAULT', 'THREATS', 'SUICIDE', 'OD', 'BURGLARY', 'UNKNOWN', 'MEDICAL', 'DV']

# ---------------------------------------------------------------------------------------------
# Agencies (invented).  width = export truncation width of the narrative field.
# ---------------------------------------------------------------------------------------------
AGENCIES = [
    dict(code='KCO', name='Kettle County 911 (Midwest county centre)', region='us', width=100,
         rp='RP', su='SUBJ', demo=['W/M', 'W/F', 'B/M', 'B/F', 'H/M', 'H/F', 'A/M'], joiner=' / ', sep='. ',
         case='upper', vocab=0,
         heads=['PH2 WRLS', 'ANI/ALI VERIFIED', 'CB# VERIFIED', 'XST 4TH AVE', 'LOC VERIFIED W/ RP',
                'XFER FROM PSAP 2', 'RP LANG ENGLISH'],
         trails=['ADV UNITS', 'CASE # TO FOLLOW', 'SEE SUPP', 'RP REQ CONTACT', 'RP WILL MEET']),
    dict(code='SSO', name='Sawtooth County Sheriff (Mountain West)', region='us', width=84,
         rp='RP', su='SUBJ', demo=['WM', 'WF', 'NM', 'NF', 'HM', 'HF'], joiner=' -- ', sep='; ',
         case='upper', vocab=2,
         heads=['10-20 VERIFIED', 'CELL PH2', 'BEAT 3', 'DEPUTY 14 ADV', 'MP 22 AREA', 'LANDLINE'],
         trails=['10-4 RP', 'NO CB REQ', 'RP ADV OF ETA', 'DEP TO CONTACT']),
    dict(code='PBL', name='Port Bellamy PD (Southern city)', region='us', width=112,
         rp='Caller', su='subject', demo=['white male', 'black male', 'black female', 'white female',
                                           'hispanic male', 'hispanic female'],
         joiner=', ', sep='. ', case='mixed', vocab=1,
         heads=['Callback number confirmed', 'Zone 4', 'Caller on cell', 'Address confirmed',
                'Cross street Magnolia'],
         trails=['Caller advised', 'Caller will flag down unit', 'Caller does not want contact']),
    dict(code='ECR', name='Eastern Counties Control Room (UK-style log)', region='cw', width=124,
         rp='INFT', su='POI', demo=['IC1 male', 'IC1 female', 'IC3 male', 'IC4 male', 'IC3 female'],
         joiner=' // ', sep='. ', case='mixed', vocab=3,
         heads=['Grade 2', 'Loc confirmed', 'Caller on mobile', 'OIS checked', 'Sector N'],
         trails=['Log updated', 'Inft to be recontacted', 'Resource allocated', 'Refs provided']),
    dict(code='RUH', name='Riverbend University Health security desk (campus/hospital)', region='us',
         width=72, rp='cp', su='subj', demo=['w/m', 'w/f', 'b/m', 'b/f', 'a/f', 'h/m'],
         joiner=' | ', sep='; ', case='lower', vocab=1,
         heads=['desk 2', 'cctv pulled', 'ext 4411', 'bldg verified', 'officer 7 notified'],
         trails=['cctv reviewed', 'sup notified', 'log only']),
    dict(code='HBA', name='Harbour Authority Operations (Australian port and marina)', region='cw',
         width=92, rp='Caller', su='POI', demo=['male cauc', 'female cauc', 'male asian', 'male abor',
                                                  'female asian'],
         joiner=' .. ', sep='. ', case='mixed', vocab=3,
         heads=['VHF ch 16', 'Berth confirmed', 'Wharf 2 cam', 'Ops desk', 'Caller on mobile'],
         trails=['Ops advised', 'Harbour master aware', 'Logged']),
    dict(code='SHP', name='State Highway Patrol Communications', region='us', width=64,
         rp='COMPL', su='SUBJ', demo=['WMA', 'WFA', 'BMA', 'HMA', 'BFA'], joiner=' * ', sep=' - ',
         case='upper', vocab=2,
         heads=['TROOP C', 'MM VERIFIED', 'CELL', 'TRF FROM CO', 'ZONE 2'],
         trails=['TPR ADV', 'CO NOTIFIED', 'BOLO NOT REQ']),
    dict(code='CVR', name='Coastal Valley Regional ECC (West Coast)', region='us', width=136,
         rp='RP', su='SUBJ', demo=['WMA', 'WFA', 'BMA', 'BFA', 'HMA', 'HFA', 'AMA'], joiner=' ; ',
         sep=' -- ', case='upper', vocab=4,
         heads=['RP ON CELL', 'PH2 RANGE 30M', 'BEAT 12', 'MDC SENT', 'TTY NEG', 'SPANISH LL NEG'],
         trails=['UNITS ADV', 'RP REQ NO CONTACT', 'COPY TO SUP', 'PREMISE NOTE ADDED']),
]

AGES = ['20s', '30s', '40s', '50s', '60s', 'approx 25', 'approx 35', 'approx 45', '18-20', '70s']
VEHS = ['silver Camry', 'blk F150', 'white van', 'red Civic', 'grey minivan', 'green Subaru',
        'blue Silverado', 'tan Corolla', 'black Charger', 'white Tacoma']
TYPOS = {
    'knife': 'knfie', 'weapon': 'weapn', 'suicidal': 'suicdal', 'unconscious': 'unconcious',
    'breathing': 'breating', 'threatening': 'threatning', 'pistol': 'pistl', 'bleeding': 'bleading',
    'screaming': 'screming', 'machete': 'machette', 'shotgun': 'shotgn', 'seizure': 'siezure',
    'threatened': 'threatend', 'overdosed': 'overdossed', 'punched': 'punced', 'choked': 'chocked',
    'disconnected': 'disconected', 'missing': 'mising', 'burglary': 'burglery', 'unresponsive': 'unresponsve',
    'neighbor': 'nieghbor', 'caller': 'calller', 'parking': 'parkng', 'vehicle': 'vehicel',
    'states': 'stats', 'because': 'becuase', 'apartment': 'appartment', 'friend': 'freind',
    'hanging': 'hangin', 'stabbing': 'stabing',
}

# ---------------------------------------------------------------------------------------------
# Engine
# ---------------------------------------------------------------------------------------------
LINE_RE = re.compile(r'^([A-Z]+)(@us|@cw)?(\*)?\s*::\s*(.+)$')
TOKEN_RE = re.compile(r'\[\[([a-z_]+):([^\]]+?)\]\]|<<([a-z_]+):([^>]+?)>>|\(\(([^)]+?)\)\)|\{([^{}]+?)\}')
CUT_TARGETS = ['after_all', 'before_key', 'in_decoy', 'in_key', 'in_resolution', 'key_tail']


def parse_block(text):
    out = []
    for line in text.strip().split('\n'):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        m = LINE_RE.match(line)
        if not m:
            raise ValueError('bad template line: ' + line)
        out.append(dict(cat=m.group(1), region=(m.group(2) or '')[1:], unusual=bool(m.group(3)),
                        text=m.group(4)))
    return out


RED_T = dict((k, parse_block(RED[k])) for k in KINDS)
ELIG_T = dict((g, parse_block(ELIG[g][1])) for g in ELIG)
GROUPS = list(ELIG.keys())


def segments(marked):
    """Split a marked string into [type, kind, text] segments."""
    segs, pos = [], 0
    for m in TOKEN_RE.finditer(marked):
        if m.start() > pos:
            segs.append(['plain', '', marked[pos:m.start()]])
        if m.group(1):
            segs.append(['key', m.group(1), m.group(2)])
        elif m.group(3):
            segs.append(['alarm', m.group(3), m.group(4)])
        elif m.group(5):
            segs.append(['res', '', m.group(5)])
        else:
            segs.append(['decoy', '', m.group(6)])
        pos = m.end()
    if pos < len(marked):
        segs.append(['plain', '', marked[pos:]])
    return segs


def serialize(segs):
    out = []
    for t, k, x in segs:
        if t == 'plain':
            out.append(x)
        elif t == 'key':
            out.append('[[%s:%s]]' % (k, x))
        elif t == 'alarm':
            out.append('<<%s:%s>>' % (k, x))
        elif t == 'res':
            out.append('((%s))' % x)
        else:
            out.append('{%s}' % x)
    return ''.join(out)


def render(segs):
    """Plain text and spans (type, kind, start, end)."""
    text, spans = '', []
    for t, k, x in segs:
        if t != 'plain':
            spans.append((t, k, len(text), len(text) + len(x)))
        text += x
    return text, spans


def alnum(s):
    return sum(1 for c in s if c.isalnum())


def survives(text, s, e, w):
    if w is None or e <= w:
        return True
    if s >= w:
        return False
    span = text[s:e]
    if any(c.isspace() for c in span):
        return False
    n = alnum(span)
    return n > 5 and alnum(text[s:w]) >= max(5, n - 3)


def derive(text, spans, w):
    """Flags (dict kind -> evidence) from what remains after a cut at w (None = no cut)."""
    flags = {}
    alarms = []
    for t, k, s, e in spans:
        if t == 'key':
            if survives(text, s, e, w) and k not in flags:
                flags[k] = text[s:e if w is None else min(e, w)].strip()
        elif t == 'alarm':
            alarms.append([k, survives(text, s, e, w), text[s:e if w is None else min(e, w)].strip(), False])
        elif t == 'res':
            if w is None or e <= w:
                for a in reversed(alarms):
                    if not a[3]:
                        a[3] = True
                        break
    for k, alive, ev, resolved in alarms:
        if alive and not resolved and k not in flags:
            flags[k] = ev
    return flags


def cut_position(text, spans, w):
    for t, k, s, e in spans:
        if s < w < e:
            if t in ('key', 'alarm'):
                seg = text[s:e]
                if not any(c.isspace() for c in seg) and alnum(seg) > 5 and 1 <= e - w <= 4:
                    return 'key_tail'
                return 'in_key'
            return 'in_resolution' if t == 'res' else 'in_decoy'
    if any(s >= w for t, k, s, e in spans if t in ('key', 'alarm')):
        return 'before_key'
    if any(s >= w for t, k, s, e in spans):
        return 'before_other'
    return 'after_all'


def casefix(s, mode):
    return s.upper() if mode == 'upper' else (s.lower() if mode == 'lower' else s)


def misspell_word(word, rng):
    low = word.lower()
    if low in TYPOS and rng.random() < 0.7:
        new = TYPOS[low]
    else:
        new = low
        for _ in range(10):
            op = rng.choice(['swap', 'drop', 'double'])
            i = rng.randrange(1, len(low) - 1)
            if op == 'swap' and i + 1 < len(low) and low[i] != low[i + 1]:
                new = low[:i] + low[i + 1] + low[i] + low[i + 2:]
            elif op == 'drop':
                new = low[:i] + low[i + 1:]
            elif op == 'double':
                new = low[:i] + low[i] + low[i:]
            if new != low:
                break
    if word.isupper():
        return new.upper()
    if word[0].isupper():
        return new[0].upper() + new[1:]
    return new


def apply_misspelling(segs, rng, on_cue):
    """Misspell one word (>= 4 letters) in a cue segment (on_cue) or a plain segment."""
    cands = []
    for want in (on_cue, not on_cue):
        for i, (t, k, x) in enumerate(segs):
            if (t != 'plain') == want:
                for m in re.finditer(r'[A-Za-z]{4,}', x):
                    cands.append((i, m.start(), m.end()))
        if cands:
            on_cue = want
            break
    if not cands:
        return None, on_cue
    i, a, b = rng.choice(cands)
    x = segs[i][2]
    new = misspell_word(x[a:b], rng)
    segs[i][2] = x[:a] + new + x[b:]
    return new, on_cue


def fill(text, ag, rng):
    def rep(m):
        tag = m.group(1)
        if tag == 'RP':
            return ag['rp']
        if tag == 'SU':
            return ag['su']
        if tag == 'D':
            return rng.choice(ag['demo'])
        if tag == 'A':
            return rng.choice(AGES)
        return rng.choice(VEHS)
    return re.sub(r'\$(RP|SU|D|A|V)', rep, text)


def pick_least(rng, names, counts):
    low = min(counts[n] for n in names)
    return rng.choice([n for n in names if counts[n] == low])


def make_candidate(rng, intent, key, ag, tpl, add_decoy, misspell, on_cue, long_mode=False):
    body = tpl['text']
    own = ('{' in body) or ('<<' in body)
    pool_used = None
    if not own and add_decoy:
        opts = [p for p in POOL if intent == 'eligible' or key not in p[1]]
        pool_used = rng.choice(opts)[0]
        body = (pool_used + '|' + body) if rng.random() < 0.4 else (body + '|' + pool_used)
    nh = rng.choice([2, 3]) if long_mode else rng.choice([0, 0, 1, 1, 1, 2])
    heads = rng.sample(ag['heads'], nh)
    parts = heads + [body]
    s = ag['joiner'].join(parts)
    if rng.random() < (0.8 if long_mode else 0.3):
        s += ag['joiner'] + rng.choice(ag['trails'])
    s = fill(s, ag, rng)
    s = re.sub(r'\s*\|\s*', ag['sep'], s)
    segs = segments(s)
    miss, on_cue = apply_misspelling(segs, rng, on_cue) if misspell else (None, on_cue)
    for sg in segs:
        sg[2] = casefix(sg[2], ag['case'])
    marked = serialize(segs)
    text, spans = render(segs)
    # call type
    if intent == 'red':
        cat = tpl['cat'] if rng.random() < 0.70 else rng.choice(MILD)
    else:
        cat = tpl['cat'] if rng.random() < 0.80 else rng.choice(ALARMING)
    ctype = casefix(TYPES[cat][ag['vocab']], ag['case'])
    has_decoy = any(t in ('decoy', 'res') for t, k, s_, e_ in spans)
    return dict(marked=marked, text=text, spans=spans, call_type=ctype, miss=miss, on_cue=on_cue,
                has_decoy=has_decoy, pool=pool_used is not None)


def validate_templates():
    for k in KINDS:
        for t in RED_T[k]:
            segs = segments(t['text'])
            assert any(x[0] == 'key' and x[1] == k for x in segs), t['text']
            assert segs[0][0] != 'plain' or '[[' not in segs[0][2]
    for g in GROUPS:
        for t in ELIG_T[g]:
            segs = segments(t['text'])
            assert not any(x[0] == 'key' for x in segs), t['text']
            open_alarm = 0
            for x in segs:
                if x[0] == 'alarm':
                    assert open_alarm == 0, t['text']
                    open_alarm = 1
                elif x[0] == 'res':
                    open_alarm = 0
            assert open_alarm == 0, t['text']
    for t in [x for k in KINDS for x in RED_T[k]] + [x for g in GROUPS for x in ELIG_T[g]]:
        assert t['cat'] in TYPES, t['cat']
        for sg in segments(t['text']):
            assert sg[0] == 'plain' or sg[1] in KINDS or sg[0] in ('res', 'decoy'), t['text']
            assert not re.search(r'[\[\]{}()<>]', sg[2]), t['text']
        t['text'].encode('ascii')


def build():
    validate_templates()
    rng = random.Random(SEED)
    trunc_rows = sorted(rng.sample(range(N_ROWS), N_TRUNC))
    trunc_set = dict((i, True) for i in trunc_rows)
    kind_count = dict((k, 0) for k in KINDS)
    group_count = dict((g, 0) for g in GROUPS)
    tpl_use = {}
    cut_count = dict((c, 0) for c in CUT_TARGETS)
    dec = {'red': [0, 0], 'eligible': [0, 0]}
    seen = {}
    rows = []
    for i in range(N_ROWS):
        intent = 'red' if rng.random() < P_RED else 'eligible'
        if intent == 'red':
            key = pick_least(rng, KINDS, kind_count)
            pool = RED_T[key]
        else:
            key = pick_least(rng, GROUPS, group_count)
            pool = ELIG_T[key]
        ag = rng.choice(AGENCIES)
        misspell = rng.random() < 0.30
        on_cue = rng.random() < 0.6
        trunc = i in trunc_set
        targets = CUT_TARGETS if intent == 'red' else [t for t in CUT_TARGETS if t != 'key_tail']
        target = pick_least(rng, targets, cut_count) if trunc else None
        W = ag['width']
        ok_tpls = [t for t in pool if t['region'] in ('', ag['region'])]
        r = dec[intent]
        rate = (r[0] / r[1]) if r[1] else 0.0
        chosen, fallback = None, None
        # decoy balance: aim at about 60% of rows with a decoy for each intended label
        want_decoy = rng.random() < (0.85 if rate < 0.60 else 0.2)
        all_tpls = ok_tpls
        chosen, fallback = None, None
        for pass_no in (0, 1):
            if pass_no == 1:
                if chosen is not None or fallback is not None:
                    break
                want_decoy, ok_tpls = True, all_tpls     # too short for the cut: allow decoys
            plain_tpls = [t for t in all_tpls if '{' not in t['text'] and '<<' not in t['text']]
            if not want_decoy and plain_tpls and not trunc:
                ok_tpls = plain_tpls
            for attempt in range(600 if trunc else 60):
                if trunc:
                    tpl = rng.choice(ok_tpls)
                else:
                    tpl = pick_least(rng, list(range(len(ok_tpls))), dict(
                        (j, tpl_use.get((key, ok_tpls[j]['text']), 0)) for j in range(len(ok_tpls))))
                    tpl = ok_tpls[tpl]
                add = want_decoy or (trunc and target != 'after_all')
                c = make_candidate(rng, intent, key, ag, tpl, add, misspell, on_cue, trunc and attempt % 2 == 1)
                c['tpl'] = tpl
                if trunc:
                    t = c['text']
                    if len(t) <= W or t[W - 1].isspace():
                        continue
                    narr = t[:W]
                    if narr in seen:
                        continue
                    c['cut'] = cut_position(t, c['spans'], W)
                    if fallback is None:
                        fallback = c
                    if c['cut'] == target:
                        chosen = c
                        break
                else:
                    if c['text'] in seen:
                        continue
                    chosen = c
                    break
        if chosen is None:
            chosen = fallback
        if chosen is None:
            raise RuntimeError('no candidate for row %d' % i)
        c = chosen
        w = W if trunc else None
        narr = c['text'][:W] if trunc else c['text']
        flags = derive(c['text'], c['spans'], w)
        fl = [k for k in KINDS if k in flags]
        label = 'red_flag' if fl else 'eligible'
        if fl:
            reason = '; '.join("%s <- '%s'" % (k, flags[k]) for k in fl)
        elif intent == 'red':
            reason = 'eligible: red template (%s) lost its keys to the cut' % key
        else:
            reason = 'eligible: ' + ELIG[key][0]
        if trunc:
            reason += '; truncated at %d' % W
            cut_count[c['cut']] = cut_count.get(c['cut'], 0) + 1
        if label == 'red_flag':
            for k in fl:
                kind_count[k] += 1
        if intent == 'eligible':
            group_count[key] += 1
        tpl_use[(key, c['tpl']['text'])] = tpl_use.get((key, c['tpl']['text']), 0) + 1
        dec[intent][1] += 1
        dec[intent][0] += 1 if c['has_decoy'] else 0
        seen[narr] = True
        rows.append(dict(id='B14-%04d' % (i + 1), call_type=c['call_type'], narrative=narr, label=label,
                         flags=';'.join(fl), reason=reason, split='blind14',
                         marked=c['marked'], width=W, truncated=trunc, agency=ag['code'], intent=intent,
                         source=key, unusual=c['tpl']['unusual'], misspelled=c['miss'],
                         miss_on_cue=c['on_cue'], has_decoy=c['has_decoy'],
                         cut=c.get('cut') if trunc else ''))
    return rows


FIELDS = ['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split']


def write_csv(rows, outdir):
    path = os.path.join(outdir, 'blind14.csv')
    with open(path, 'w', newline='', encoding='ascii') as f:
        wr = csv.writer(f, lineterminator='\n')
        wr.writerow(FIELDS)
        for r in rows:
            wr.writerow([r[k] for k in FIELDS])
    return path


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else '.'
    os.makedirs(outdir, exist_ok=True)
    path = write_csv(build(), outdir)
    print('wrote', path)


if __name__ == '__main__':
    main()
