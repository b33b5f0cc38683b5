#!/usr/bin/env python3
"""make_blind13.py - seeded generator of the blind13 held-out set of 911/CAD call narratives.

Standard library only.  Usage:
    python3 make_blind13.py [OUTDIR] [--markup FILE]
writes OUTDIR/blind13.csv (default ./).  --markup also writes a TSV with the marked-up
(untruncated) narrative of every row, for check_blind13.py.

Template markup (never leaks into narratives):
    [[kind:text]]              decisive red key
    <<kind:text>> ((text))     alarming first report and its later resolution
    {text}                     negation / history / harmless decoy (never flags)
    #                          sentence break (rendered with the agency separator)
    $RP $P $P2 $ST $VEH $AGE $N  slots
    leading ~                  unusual / regional situation
    leading CAT|               fitting call-type category for this template
"""
import csv
import io
import os
import re
import sys
import random

SEED = 20261227
N_ROWS = 1000
N_TRUNC = 200
P_RED = 0.40
KINDS = ("weapon", "violence", "threat", "injury", "suicide", "police_only", "uncertainty")

# ----------------------------------------------------------------------------------------------
# RED templates: text before the first key is neutral; the key carries the kind.
# ----------------------------------------------------------------------------------------------
RED_TEXT = {}
RED_TEXT["weapon"] = r"""
$RP states $P in the parking lot # [[weapon:waving a machete]] at passing cars
$RP advises her ex is at the front door and [[weapon:has a handgun in his waistband]]
~$RP on the ferry dock reports a deckhand [[weapon:swinging a gaff hook]] at another worker
SHOTS|$RP hears [[weapon:$N shots fired]] behind the apartments # sounded close per RP
$P at the bus shelter [[weapon:pulled a box cutter]] on $RP over a cigarette
~$RP at the grain elevator says $P has a [[weapon:SHOTGUN]] pointed at the scale house
$RP reports roommate [[weapon:holding a kitchen knife]] and pacing in the hallway
~Ski patrol relays $P in the chairlift 4 maze [[weapon:jabbing a ski pole like a spear]] at the liftie
~$RP at the rodeo grounds reports $P [[weapon:swinging a tire iron]] near the stock pens
$RP sees $P in $VEH [[weapon:pointed a rifle out the window]] at RP's truck
~Caller at the crawfish boil says $P [[weapon:pulled a fillet knife]] on his cousin
2nd caller same loc # $P [[weapon:armed with a bat]] standing over a man on the ground
~Dorm RA reports student [[weapon:has a REVOLVER out]] in his room, showed it to roommate
$RP states $P outside the laundromat with a [[weapon:MACHETE]] tucked in his belt, yelling at cars
~Platform attendant reports $P on the northbound platform holding a [[weapon:HATCHET]]
~Deckhand at berth 12 reports a longshoreman with a [[weapon:cargo hook raised]] at the foreman
$RP says neighbor came over holding a [[weapon:CROWBAR]] and is standing at her gate
$RP at the pawn counter reports customer [[weapon:showed a pistol]] when his loan was refused
~CP at the chapter house says $P out back with a [[weapon:deer rifle aimed]] toward the arbor
$RP reports $P [[weapon:with a broken bottle]] held out at people leaving the bar
~Campus security reports $P in the library stacks with a [[weapon:SWITCHBLADE]] open
$RP states cousin is [[weapon:swinging a golf club]] at the family car with kids inside
~Shanty row on the lake # $RP reports $P [[weapon:swinging an ice auger]] at another angler
$RP reports a man [[weapon:tried to run him over]] with $VEH in the lot and is circling back
~Harbor RP reports a skiff [[weapon:ramming kayakers on purpose]] near the breakwater
$RP says her husband [[weapon:loaded the SHOTGUN]] and is sitting on the porch
$P at the corner store [[weapon:has a TASER out]] clicking it at customers
~Rail yard RP reports $P [[weapon:raising a sledgehammer]] at the crew boss by the shack
$RP reports $P [[weapon:with a HANDGUN]] arguing with another male outside $ST
$RP heard [[weapon:GUNSHOTS]] from the unit upstairs a minute ago
~Caller at the cane field reports $P [[weapon:swinging a cane knife]] at a coworker
~$RP at the ferry terminal reports passenger [[weapon:pulled a speargun]] from his dive bag during an argument
$RP says $P [[weapon:armed with a screwdriver]] jabbing it toward the clerk
~Logging crew RP reports $P [[weapon:came at the foreman with a running chainsaw]]
Bar staff report patron [[weapon:smashed a pint glass]] and is holding the jagged end toward the bouncer
~Tribal ranger reports $P at the river access [[weapon:firing a rifle]] toward the campground
$RP reports the other driver at the light on $ST [[weapon:displayed a gun]] at him
~Stadium usher reports a fan [[weapon:aiming a flare gun]] into section 112
$RP reports juv [[weapon:carrying a PISTOL]] in the skate park, showing friends
~Farmhand RP reports $P [[weapon:swinging a pitchfork]] at the owner in the barn
$RP states brother [[weapon:grabbed the HATCHET]] from the woodpile and is yelling at dad
~Hospital security reports visitor [[weapon:pulled scissors]] on a nurse at the station
$RP says $P has [[weapon:NUNCHUCKS]] and is swinging them at people on the pier
~Snowplow driver reports $P [[weapon:pointing a shotgun]] at the plow from a driveway
$RP reports $P [[weapon:wielding a sword]] in the apartment courtyard
~$RP at the county fair midway reports a carnie [[weapon:pulled a buck knife]] on a customer
Caller in the lobby states $P [[weapon:opened a rifle case and is loading it]]
~Fishing guide reports $P on the sandbar [[weapon:shooting at boats]] with a pistol
$RP says $P [[weapon:pepper sprayed]] the cashier and is still in the store
~Bus operator reports a rider [[weapon:holding a razor blade]] to another rider's neck
$RP reports $P [[weapon:with a bow and arrows]] aiming at the neighbors' windows
~Oil field pumper reports $P at the lease gate [[weapon:holding an AR-15]] and blocking the road
$RP reports $P [[weapon:STABBED]] a man outside $ST # victim [[injury:bleeding heavily]] from his side
$RP says husband [[weapon:pointed a gun]] at her and [[threat:said he would kill her]] if she calls anyone
~Ranch CP reports neighbor [[weapon:ran at him with a branding iron]] over the fence line
$RP reports a driver [[weapon:aiming his truck at pedestrians]] in the plaza, jumping the curb
~Tribal CP says $P at the fireworks stand [[weapon:swinging a tomahawk replica]] at customers
"""

RED_TEXT["violence"] = r"""
$RP states $P [[violence:punching a woman]] in the bus shelter
DV|$RP reports neighbor [[violence:dragging his girlfriend by the hair]] down the stairs
FIGHT|$RP reports [[violence:$N males fighting]] in front of $ST, fists only
~FIGHT|Ballpark usher reports a [[violence:brawl in section 210]], several fans swinging
DV|$RP says her son [[violence:CHOKED]] her a few minutes ago and is in the kitchen
~Transit operator reports a passenger [[violence:spit on and shoved]] the driver at the stop
~DV|CP reports her uncle [[violence:beating his wife]] in the trailer at the end of the road
$RP says $P [[violence:HEADBUTTED]] the security guard and went back into the store
DV|$RP looking through the window sees a male [[violence:STRANGLING]] a female on the couch
~Ferry purser reports $P [[violence:kicked a passenger]] down the stairwell on deck 2
$RP at the clinic says a patient [[violence:slapped the receptionist]] and is still at the desk
~FIGHT|Tailgate lot F, $RP reports a [[violence:group stomping a man]] on the ground
DV|$RP reports roommate [[violence:threw a chair at her]] and locked himself in his room
$RP states $P [[violence:grabbed a woman]] and is dragging her toward $VEH
~Crab boat skipper on the radio reports a deckhand [[violence:PUNCHED]] the engineer
DV|$RP states her brother [[violence:punched their mom]] and is still in the house
~FIGHT|Dorm RA reports a [[violence:fistfight on the 3rd floor]] of Keller Hall, still going
$RP says $P [[violence:chasing a kid]] down $ST swinging his fists
~Casino floor security reports a patron [[violence:assaulted a dealer]], being held at the table
DV|$RP reports daughter's boyfriend [[violence:pushed her down]] the porch steps
$RP says a man [[violence:shoving an elderly woman]] at the bus stop
~Park ranger reports a camper [[violence:throwing rocks at]] the people at the next site
~DV|Parish deputy relay, compl says husband [[violence:slammed her head]] into the truck door
$RP at the gas station reports the clerk [[violence:being hit]] by a customer right now
FIGHT|$RP reports [[violence:two women fighting]] in the parking lot, pulling hair
~FIGHT|Hockey rink staff report [[violence:parents brawling]] in the bleachers after the game
DV|$RP sees the neighbor [[violence:hitting his wife]] in the yard
$RP states $P [[violence:bit her]] on the arm and is still inside
~Ski lodge staff report a guest [[violence:TACKLED]] a lift operator in the lift line
~Memory care staff report a resident [[violence:attacking his roommate]] with his fists
DV|$RP says her girlfriend [[violence:scratched her face]] and is blocking the door
~FIGHT|Longshore foreman reports [[violence:two crane operators fighting]] at berth 7
FIGHT|$RP reports a [[violence:fight in progress]] at the pool hall, approx $N involved
$RP says a customer [[violence:threw hot coffee at]] the barista and is still in line
DV|$RP states her dad [[violence:beat up her brother]] and left in $VEH
~Bus driver reports a passenger [[violence:choking another rider]] near the back door
~DV|CP at the allotment says nephew [[violence:knocked grandma down]] in the kitchen
$RP reports a driver at the light [[violence:got out and punched]] RP through the window
~FIGHT|Boat launch compl reports [[violence:fishermen fighting]] on the ramp
$RP says $P [[violence:ASSAULTED]] her outside the laundromat and went inside
$RP at the shelter reports a resident [[violence:hitting staff]] in the intake area
~Ride share driver $RP says his passenger [[violence:elbowed him]] in the face at $ST
FIGHT|$RP reports juveniles [[violence:jumping a kid]] behind the school gym
DV|$RP says her ex [[violence:shoved her]] into the wall during the custody exchange, still at scene
~FIGHT|Campus RP reports a [[violence:fraternity brawl]] on the lawn, several swinging
$RP says her grandson [[violence:twisted her arm]] and is demanding money
~Lighthouse tour guide reports a visitor [[violence:shoving his wife]] against the railing
$RP reports $P [[violence:slapping a child]] repeatedly in the checkout line
DV|$RP reports boyfriend [[violence:kicked her]] in the stomach # she is pregnant and [[injury:bleeding]]
FIGHT|$RP reports a [[violence:fight outside the bar]] # one male [[injury:knocked out cold]] on the sidewalk
$RP states $P [[violence:punched the driver]] # now [[threat:saying he will come back and kill him]]
~Wheat harvest crew boss reports [[violence:two hands trading punches]] by the combine
~Ice rink RP reports a coach [[violence:SHOVING]] a 12 y/o player into the boards
~Port RP reports a cruise passenger [[violence:hitting his wife]] at the gangway
"""

RED_TEXT["threat"] = r"""
$RP states ex-husband [[threat:texted that he will kill her]] tonight, he is parked outside
$RP says neighbor [[threat:threatened to burn the house down]] with the family inside
~Pipeline worker says the landowner [[threat:said he would shoot anyone]] crossing the gate
$RP at the dealership says a customer [[threat:said he'll come back and kill everyone]]
~Tribal housing CP reports nephew [[threat:threatening to kill his aunt]] over the car keys
$RP reports $P [[threat:yelling he will stab the cashier]], still at the register
~Charter captain reports a passenger [[threat:threatening to throw a deckhand overboard]]
$RP says her ex [[threat:says he is on his way to beat her]], ETA 10 min
~ED charge RN reports a family member [[threat:threatening to hurt staff]] if dad is not seen
$RP says a coworker [[threat:threatened to shoot up the warehouse]] after being fired
~Registrar office RP reports a student [[threat:threatening to kill his advisor]] over a grade
$RP states $P [[threat:following her and saying he will hurt her]] since she got off the bus
~Sugar mill supervisor reports a worker [[threat:vowing to kill the shift boss]] after break
$RP reports landlord [[threat:threatened to break her legs]] if rent is not paid today
~Harbor RP says a fisherman [[threat:threatening to sink his boat with him on it]]
$RP states $P outside her window [[threat:saying he will kill her dog and then her]]
$RP reports her ex-girlfriend [[threat:stalking her and threatening to hurt her]] for a week, at her work now
~Transit RP reports a rider [[threat:told the driver he would kill him]] at the next stop
$RP says son [[threat:threatening to kill his father]] when he gets home
~Snowmobile club RP reports a rider [[threat:threatened to run down the groomer operator]]
$RP reports a voicemail from her ex [[threat:saying he is going to kill her tonight]]
$RP states $P at the counter [[threat:threatening to shoot the manager]]
~Rez CP says a man at the gas pumps [[threat:threatening to beat CP]] with his cane
$RP says neighbor [[threat:threatened to kill her kids]] over a parking spot
~Dockworker reports the union rep [[threat:threatened to break his hands]] at shift change
$RP reports $P [[threat:screaming he will cut her]] and standing at her door
~Courthouse clerk reports a litigant [[threat:threatened the judge]] in the hallway, still on 2nd floor
$RP states his business partner [[threat:said he would put a bullet in him]]
~Library RP reports a patron [[threat:threatening to hurt the children]] at story time
$RP reports her ex [[threat:posted he is coming to kill her]] and her new BF tonight
~Parish compl reports neighbor [[threat:swearing he will shoot her cows and her]]
$RP says a tenant [[threat:threatened to stab the maintenance man]] if he enters
$RP states $P on the phone [[threat:threatening to kill RP]] and knows where she lives
~Ferry deckhand reports a passenger [[threat:vowing to jump the crew]] when they dock
$RP says his brother-in-law [[threat:threatened to kill him]] and is parked across the street
~Rural mail carrier reports a resident [[threat:threatened to shoot her]] if she comes up the drive
$RP states $P [[threat:making threats to kill]] customers in line, still inside
~Campus TA reports a student [[threat:wrote a note threatening to shoot]] the class
$RP says her ex [[threat:THREATENED]] to kill her and the kids tonight
$RP states $P is [[threat:threatening to blow up]] the gas station
~Grain co-op RP reports a farmer [[threat:threatened to run over the inspector]] with his combine
$RP reports $P at the bus stop [[threat:saying he will kill the next person]] who looks at him
~Stadium RP says a fan [[threat:threatening to stab a referee]] near the tunnel
$RP reports ex-roommate [[threat:threatened to come back and hurt her]] with friends
~Tribal school principal reports a parent [[threat:threatened to beat the bus driver]]
$RP says $P [[threat:told her he is going to shoot her]] outside $ST
~Marina RP says a liveaboard neighbor [[threat:threatened to cut her mooring and drown her]]
$RP states the caller ID showed her ex, [[threat:threatening to kill her]] if she goes to court
~Snow removal contractor reports a homeowner [[threat:threatening to shoot his plow driver]]
$RP says a coworker [[threat:threatened to punch her]] in the break room, still on shift
$RP reports a man at the door [[threat:saying he'll kill her boyfriend]] when he finds him
~Fare inspector reports a rider [[threat:threatened to hurt the inspector]] and is blocking the doors
$RP says her ex [[threat:threatening to kill her]] and [[weapon:has a gun in his truck]] outside
$RP states husband [[threat:said he will kill her]] and then [[suicide:himself tonight, has the rope ready]]
~Powwow committee CP reports a vendor [[threat:THREATENING]] to run down the gate volunteers
~Cranberry bog owner reports a picker [[threat:threatened to drown the foreman]] in the flume
"""

RED_TEXT["injury"] = r"""
$RP reports $P [[injury:UNCONSCIOUS]] on the sidewalk at $ST, not moving
$RP states husband [[injury:not breathing]] # CPR instructions given
OD|$RP reports a friend [[injury:OVERDOSED]], lips blue
~Ski patrol reports a skier [[injury:head injury, UNRESP]] below the tree line on run 7
$RP says her mother [[injury:fell and hit her head]], bleeding from the scalp
$RP reports a coworker [[injury:having a seizure]] on the warehouse floor
[[injury:17-B-1]] fall, possibly dangerous body area, $AGE y/o female at $ST
$RP states $AGE y/o male with [[injury:CHEST PAIN]] and sweating
~Hospital garage RP reports a visitor [[injury:COLLAPSED]] by the pay station
~Rez dispatch relay, CP says grandfather has [[injury:DIB]], can't finish sentences
OD|$RP reports $P in the park restroom [[injury:UNRESPONSIVE]], needle nearby
~Cane field foreman reports a worker with [[injury:heat stroke, confused and vomiting]]
$RP says the baby is [[injury:turning blue]], not crying
~Harbor RP reports a dockworker [[injury:crushed his leg]] between containers
$RP reports $P [[injury:bleeding from the head]] after going over his handlebars
[[injury:10-D-2]] chest pain, clammy, $AGE y/o male
OD|$RP states roommate [[injury:OD on fentanyl]], snoring breaths
~Ice rink staff report a skater [[injury:struck by a puck, LOC]] and bleeding
$RP reports his wife is [[injury:having a stroke]], face drooping, slurred speech
~Transit operator reports a rider [[injury:collapsed on the train]] at the station, agonal breathing
$RP reports $P [[injury:hit by $VEH, leg bent wrong]], screaming in pain
~Snowmobile trail RP reports a rider [[injury:went through the ice]], pulled out, shaking
OD|$RP says son [[injury:UNRESPONSIVE]] after using, RP gave Narcan x1
$RP states dad [[injury:fell down the stairs]], cannot move his legs
~Campus RA reports a student [[injury:ETOH and UNRESP]] in the 4th floor bathroom, vomit
$RP reports diabetic neighbor [[injury:not making sense, sugar 38]]
~Rodeo medic relay, bull rider [[injury:stomped, DIB]] in the arena
[[injury:ALS requested]] for $AGE y/o female, DLOC
~Lobster pound worker [[injury:cut his hand badly]] on the band saw, bleeding through towels
$RP states her son [[injury:swallowed a battery]] and is drooling
~Rest area RP reports a trucker [[injury:slumped over the wheel]] in the lot, not responding to knocks
$RP reports $P [[injury:vomiting blood]] outside the shelter
$RP states $AGE y/o in [[injury:ANAPHYLAXIS]], throat closing, used epi pen
~Dialysis clinic RN reports a patient [[injury:coded in the lobby]], CPR in progress
OD|$RP reports $P [[injury:OVERDOSING]] in $VEH, gurgling
$RP says wife [[injury:SEIZING]] in the bathtub
~Tribal clinic relay, infant [[injury:febrile seizure]], not waking
$RP reports a pedestrian [[injury:struck by a car]] at $ST, not moving
$RP reports $P [[injury:passed out]] in the checkout line, hit head on the floor
~Marina RP says a swimmer [[injury:pulled from the water is not breathing]], starting CPR
$RP states elderly mom [[injury:fell, hip pain]], cannot get up, on thinners
~Stadium first aid reports a fan in [[injury:cardiac arrest]] in section 304, AED applied
$RP reports a coworker [[injury:ELECTROCUTED]] at the substation
$RP says daughter [[injury:DIB, asthma attack]], inhaler not helping
~Grain bin RP reports a worker [[injury:engulfed in corn]], only head showing
$RP reports $P [[injury:badly burned]] by a grease fire in the kitchen
~Trailhead RP reports a hiker [[injury:fell 20 ft into the ravine]], moaning
$RP reports $P at the bus stop [[injury:gray and sweating]], clutching chest
~Port RP reports a crane operator [[injury:fell from the ladder]], bleeding from the ears
$RP reports a child [[injury:pulled from the pool]], lips blue
$RP says $P [[injury:bleeding from the mouth]] # says her husband [[violence:punched her]] and left
~Cranberry bog RP reports a worker [[injury:HYPOTHERMIC]] after falling in the flooded bog
~Gulf beach RP reports a swimmer [[injury:caught in the rip current]], went under, now on the sand not talking
"""

RED_TEXT["suicide"] = r"""
$RP says brother [[suicide:has a rope and is going to hang himself]] in the garage
$RP states a friend [[suicide:texted goodbye and took all her pills]]
~Bridge tender reports $P [[suicide:climbing over the rail]] of the drawbridge
$RP states son [[suicide:cutting his wrists]] in the bathroom
~Transit operator reports $P [[suicide:standing on the tracks]] saying he wants to end it
$RP says husband [[suicide:locked in the garage with the car running]]
~Campus counselor reports a student [[suicide:on the roof of Ames Hall]] saying goodbye
$RP reports $P [[suicide:threatening to jump]] from level 5 of the parking structure
~Tribal CP says her cousin [[suicide:walked into the river]] saying he is done
$RP states daughter [[suicide:has a razor and says she will cut deeper]]
~Harbor RP reports a man [[suicide:tied an anchor to his ankle]] on the pier
$RP states her dad [[suicide:says he will shoot himself]] # [[weapon:has the revolver in his hand]]
$RP says girlfriend [[suicide:swallowed a bottle of Tylenol to die]] 20 min ago
~Ranch hand RP reports the owner [[suicide:sitting in the barn with a noose]] tied to the loft beam
$RP reports $P [[suicide:out on the ledge]] of the 8th floor at $ST
~Ferry crew reports a passenger [[suicide:climbed over the stern rail]], says he'll jump
$RP states her mother [[suicide:said she took all her insulin]] to end it
$RP says roommate [[suicide:wrote a suicide note and has pills lined up]]
~5th floor RN reports a patient [[suicide:trying to break the window to jump]]
$RP states her ex is [[suicide:live streaming with a knife to her wrist]]
~Ice road RP reports $P [[suicide:walking onto thin ice to drown himself]]
$RP says her son is [[suicide:HANGING]] in the closet, RP cutting him down
$RP reports a friend [[suicide:overdosing on purpose]], said goodbye on the phone
~Campus RA reports a student [[suicide:says she has a plan to jump]] tonight from the bell tower
$RP says husband [[suicide:drinking antifreeze]] in the shed
~Grain elevator RP reports a worker [[suicide:climbing the elevator leg]] saying he wants to die
$RP states $P at $ST [[suicide:stepping into traffic]] trying to get hit
~Ski lodge staff report a guest [[suicide:walked off toward the cliff band]] saying he's ending it
$RP says her brother is [[suicide:SUICIDAL]] and holding a bottle of pills, says he'll take them all
Crisis line transfer, caller [[suicide:has a plan for tonight]] and [[weapon:a loaded gun on his lap]]
~Parish compl says her nephew [[suicide:jumped off the levee bridge]] and is in the water
$RP says wife [[suicide:took all her sleeping pills]] after the argument, getting groggy
~Rail yard RP reports $P [[suicide:lying across the rails]] near the crossing
$RP states $AGE y/o [[suicide:cut her arms and says she wants to die]]
$RP reports her sister [[suicide:ATTEMPTED]] with a belt, still breathing
~Tribal health CP says her son [[suicide:left a note and took the truck]] to the canyon
$RP says $P [[suicide:sitting in a running car with a hose]] to the exhaust
~Marina RP reports a woman [[suicide:walking into the bay]] fully clothed, said goodbye
988 transfer, caller [[suicide:standing on a chair with a cord]] around her neck
$RP states son [[suicide:threatening to jump]] from the 3rd floor balcony
~Transit RP reports a teen [[suicide:on the wrong side of the overpass fence]] above the freeway
$RP says husband [[suicide:swallowing his heart meds to kill himself]]
~Dorm RA reports a resident [[suicide:self harming in the shower]], cuts fresh
$RP states father [[suicide:said goodbye and plans to drive off the bridge]] now
~Oil lease RP reports the pumper [[suicide:sitting in his truck with a hose]] from the tailpipe
$RP reports $P [[suicide:overdosed intentionally]] and [[injury:not responding]]
~Lighthouse keeper reports a visitor [[suicide:climbing the gallery railing]] to jump
$RP says girlfriend [[suicide:in the bathtub with a razor]] and won't open the door
~Campus RP reports a student [[suicide:posted a suicide note]] and is heading to the parking deck
$RP says a friend [[suicide:is going to jump off the water tower]] right now
$RP reports her mom [[suicide:cut herself and says she wants to die]], bleeding
~Ski patrol reports a rider [[suicide:standing at the cornice edge]] saying he wants to die
~Gulf pier RP says a man [[suicide:weighted his pockets with rocks]] and is climbing over
"""

RED_TEXT["police_only"] = r"""
BURGLARY|$RP hears [[police_only:someone inside her house]] right now, RP hiding in the car
BURGLARY|$RP states $P [[police_only:climbing in the back window]] of the neighbor's house
THEFT|$RP reports a [[police_only:male cutting off the catalytic converter]] under $VEH right now
VANDAL|$RP states $P [[police_only:spray painting the school]] now, still there
CHILD|$RP reports a [[police_only:toddler alone in a locked car]] in the lot, no adult around
MISSING|$RP says her 84 y/o father with dementia [[police_only:walked away from home]] 2 hrs ago
DUI|$RP following $VEH [[police_only:swerving all over the road]], driver drinking from a can
EXPOSURE|$RP reports $P [[police_only:exposing himself]] to kids at the playground now
~THEFT|Port RP reports [[police_only:two subjects cutting the fence]] into the container yard now
~BURGLARY|Campus RP reports $P [[police_only:prying the door of the chem lab]]
~THEFT|Ranch RP reports [[police_only:someone loading his cattle]] into a trailer right now
CHILD|$RP says a [[police_only:4 y/o wandering alone]] on $ST in a diaper
~MISSING|Ski patrol reports a [[police_only:12 y/o skier missing]] since the lifts closed, dark now
THEFT|$RP reports a [[police_only:shoplifter still in the store]] concealing items
BURGLARY|$RP states the [[police_only:garage is open and a man is inside]] going through tools
~THEFT|Transit RP reports a [[police_only:male breaking into the fare machine]] at the station
THEFT|$RP says [[police_only:someone is driving off in her car]] right now, she is watching
~DUI|Boat launch RP reports a [[police_only:drunk boater leaving the dock]] with kids aboard
CHILD|$RP reports the neighbor [[police_only:left a baby alone]] for hours, baby crying
~TRESPASS|Tribal CP reports [[police_only:strangers cutting timber]] on allotment land now
BURGLARY|$RP hears [[police_only:glass break and someone in the shop]] after closing
~THEFT|Harbor master reports [[police_only:subjects siphoning fuel]] from a moored boat now
MISSING|$RP states [[police_only:her autistic son is missing]], nonverbal, last seen 30 min ago
CHILD|School nurse reports [[police_only:signs of abuse]] on a 6 y/o, bruises in shapes
DUI|$RP reports a [[police_only:drunk driver leaving the bar]] in $VEH, stumbled to the car
~VANDAL|Cemetery caretaker reports [[police_only:juveniles knocking over headstones]] now
~BURGLARY|Hunting camp RP reports [[police_only:someone inside his cabin]], smoke from the chimney, he is not there
EXPOSURE|$RP reports $P [[police_only:masturbating on the train]] in car 2
THEFT|$RP reports [[police_only:two males stealing packages]] off porches on $ST now
~THEFT|Farm RP reports [[police_only:thieves loading his tractor]] onto a flatbed now
MISSING|$RP says her [[police_only:7 y/o did not come home]] from school, 2 hrs overdue
BURGLARY|$RP states the [[police_only:alarm company sees an intruder]] on camera inside the store
~MISSING|Nursing home reports a [[police_only:resident with dementia missing]], wandered off in the snow
CHILD|$RP says [[police_only:kids home alone]] since yesterday, ages 3 and 5
~DUI|Snowmobile trail RP reports a [[police_only:drunk rider heading onto the lake]] with a passenger
TRESPASS|$RP reports a [[police_only:man inside the vacant unit]] right now, door kicked in
THEFT|$RP reports a [[police_only:car being broken into]] in the lot, suspect still there
~THEFT|Oilfield RP reports [[police_only:someone stealing copper]] from the pump jack right now
CHILD|$RP reports an [[police_only:infant left in a running car]] outside $ST
VANDAL|$RP says $P [[police_only:slashing tires]] in the lot right now
~BURGLARY|Dorm RA reports an [[police_only:unknown male inside student rooms]], trying doors
EXPOSURE|$RP reports $P [[police_only:flashing joggers]] on the river trail now
~THEFT|Ferry terminal RP reports a [[police_only:pickpocket working the line]] now
MISSING|$RP states her [[police_only:15 y/o diabetic daughter is missing]] without her meds
DUI|$RP reports a [[police_only:wrong way driver]] on the interstate NB at MM 42
~CHILD|Parish compl reports [[police_only:children left in a boat]] at the landing, no adults
BURGLARY|$RP states the [[police_only:neighbor's door is kicked in]] and a flashlight is moving inside
~VANDAL|Transit RP reports [[police_only:juveniles smashing train windows]] now
THEFT|$RP says [[police_only:someone is HOTWIRING]] her truck in the driveway now
~MISSING|Tribal CP reports an [[police_only:elder missing since morning]], no coat, 20 below
CHILD|$RP reports a [[police_only:man trying to lure kids]] into $VEH at the bus stop
BURGLARY|$RP reports a [[police_only:PROWLER]] trying door handles on $ST right now
BURGLARY|$RP reports a [[police_only:BURGLARY]] in progress at the pharmacy, $N subjects
~THEFT|Cranberry farm RP reports [[police_only:men loading his irrigation pipe]] onto a truck now
"""

RED_TEXT["uncertainty"] = r"""
[[uncertainty:Open line with a female screaming help]], then disconnect
$RP [[uncertainty:whispering, says she can't talk]], answers yes/no only
[[uncertainty:Unknown emergency]], caller only said send someone then the line went dead
~Text to 911 from $ST, [[uncertainty:says he is not safe to talk]] and stopped responding
$RP hears [[uncertainty:the neighbor screaming for help]] through the wall, cannot see anything
~Transit RP hears [[uncertainty:someone yelling help from the maintenance tunnel]], can't see
~DUTY|Therapist [[uncertainty:duty to warn]] call, client made statements about harming a former coworker
$RP [[uncertainty:heard a woman scream and a thud]] in the apartment below, now silent
HANGUP|[[uncertainty:Silent open line, breathing and crying heard]], no response to questions
~Campus RP reports [[uncertainty:muffled cries for help]] from a locked practice room
Alarm company reports a [[uncertainty:panic button pressed at $ST]], no answer on callback
~Harbor RP hears [[uncertainty:someone shouting help from the water]] in the fog, cannot see
$RP [[uncertainty:is ordering a pizza on 911]], answers yes when asked if she needs police
$RP [[uncertainty:says she is being watched and cannot talk]], gave address only
~Tribal dispatch [[uncertainty:lost a call from a cell near the canyon]] after a man yelled hurry
Third party $RP [[uncertainty:got a text from her sister saying call police]], sister not answering
~Rural CP hears [[uncertainty:screams from the farmhouse across the road]], lights off
HANGUP|Caller [[uncertainty:hung up after saying someone is here]], CB no answer
~TTY call, [[uncertainty:typed help and then nothing]] for 2 min
$RP hears a [[uncertainty:child screaming stop]] next door, can't see in
~Elevator emergency phone, [[uncertainty:caller crying and the line went silent]]
Operator relay, [[uncertainty:caller unable to speak, tapping on the phone]]
~Parish compl hears [[uncertainty:a woman yelling help me from the bayou camp]], no boat to reach it
HANGUP|[[uncertainty:Call lost mid sentence]] while RP said he's got a
~Ski resort night crew hears [[uncertainty:calls for help from the terrain park]], cannot locate
$RP [[uncertainty:whispering that her husband is listening]], asks for police, will not say more
~Port security [[uncertainty:lost radio contact with a guard]] after he reported a man on the pier
Smartwatch [[uncertainty:emergency alert with no voice response]], location at $ST
~Dorm RA reports [[uncertainty:screaming and banging from room 214]], no answer at the door
$RP [[uncertainty:cannot speak freely]], boyfriend in the room, answered yes to needing police
HANGUP|[[uncertainty:911 abandoned call with screaming in the background]], CB busy
~Ferry crew reports a [[uncertainty:passenger heard yelling help from a locked cabin]]
$RP [[uncertainty:on the line with a friend who went silent]] after saying someone broke in
~DUTY|Psych unit RN [[uncertainty:duty to warn]], discharged patient named his ex as a target
$RP hears [[uncertainty:gurgling and a man yelling]] in the alley, too dark to see
~Transit RP [[uncertainty:hears pounding inside a locked restroom]], someone yelling let me out
HANGUP|Wireless 911, [[uncertainty:female said help then disconnected]], CB to VM
~Rural CP reports an [[uncertainty:SOS text from a hiker with only coordinates]], no reply
$RP [[uncertainty:hears a woman crying and a man yelling]] in the next unit, can't see
HANGUP|[[uncertainty:Repeated hang ups with shouting in the background]] from the same number
~Tribal CP says a [[uncertainty:relative called her screaming then the phone died]], lives 30 mi out
Alarm co reports a [[uncertainty:duress code entered]] at $ST
~Campus blue light [[uncertainty:activated with screaming heard]], no one answering
Interpreter line, caller [[uncertainty:too frightened to say what is happening]]
[[uncertainty:Unknown problem]], caller said come quick and hung up
~Ranch CP [[uncertainty:heard his wife scream on the radio then nothing]], she is out at the north pasture
Child called 911, [[uncertainty:said mommy won't wake up and the line went dead]]
~Boater [[uncertainty:mayday call cut off]] near the channel marker, no further contact
$RP's mother [[uncertainty:called screaming and the line dropped]], CB no answer
HANGUP|[[uncertainty:Open line]] # male voice [[threat:saying I will kill you]] in the background
$RP hears [[uncertainty:cries for help from the creek bed]] behind $ST
~Gulf rig relay, [[uncertainty:lost contact with a worker on the supply boat]] after a shout
~Cranberry bog RP hears [[uncertainty:yelling for help from the far bog]] in the dark, can't see
"""

# ----------------------------------------------------------------------------------------------
# ELIGIBLE templates in look-alike groups: (group id, looks-like kind or '-', fitting category,
# alarming category, reason note, text).  Every alarming first report is marked <<kind:..>>
# and followed by its resolution ((..)); harmless look-alike phrases are {decoys}.
# ----------------------------------------------------------------------------------------------
ELIG_GROUPS = []

ELIG_GROUPS.append(("G01", "weapon", "SUSP", "WEAPON", "toy or prop weapon", r"""
<<weapon:$RP reports a male with a rifle in the park>> # ((film crew on scene, prop gun, permit on file))
Kids in the cul de sac with {nerf blasters}, $RP worried neighbors will panic # wants them out of the street
<<weapon:$RP sees juveniles pointing guns at each other>> # ((on a closer look they are bright orange water guns))
~Comic con overflow at the convention center, {cosplayer with a foam sword} arguing with a vendor over table space
~Ren faire parking lot # {actors in armor with rubber swords} arguing with a patron about parking, verbal only
<<weapon:$RP reports a man with a gun on the porch>> # ((RP now says it is a leaf blower))
~Theater dept reports a {stage prop revolver} missing from the costume shop, no suspects, report only
<<weapon:Caller sees two teens with rifles>> near the creek # ((caller confirms paintball markers, they are at the paintball field))
$RP concerned about a {toy gun} in the window of the house at $ST, kids playing cops # wants someone to talk to the parents
~Haunted hayride # <<weapon:$RP reports a man with a chainsaw chasing people>> ((it is the haunted attraction, chain removed, staff confirm))
~ROTC drill team practicing with {demilitarized drill rifles} on the quad # $RP asks if that is allowed
<<weapon:$RP reports a subject waving a knife>> on the corner # ((plastic Halloween prop, subject is a street performer))
~Airsoft game in the woods behind $ST, {players in camo with replica rifles} # $RP says pellets are hitting his shed
~Reenactment at the county park, {muskets firing blanks} as scheduled # $RP unaware, just wants info
~<<weapon:$RP reports a bomb on the bench at the transit center>> # ((transit staff advise it is a lunchbox left by a rider))
Music video shoot in the alley, {crew using prop guns}, permit verified # neighbor complaining about the lights
<<weapon:$RP says a kid has a gun at the bus stop>> # ((RP now sees it is a toy with an orange tip))
{Laser tag} party in the church basement # $RP complaining about screaming kids and noise
~Powwow grounds gate volunteer asks if {dancers carrying ceremonial lances} are allowed, info only
~<<weapon:Ski lodge guest reports a man with a rifle in the lobby>> # ((it is the biathlon team checking in, rifles cased, coach present))
"""))

ELIG_GROUPS.append(("G02", "weapon", "SUSP", "WEAPON", "tool used for its purpose", r"""
$RP reports neighbor {running a chainsaw} at 6am cutting up a fallen tree # noise complaint
~$P {splitting firewood with an axe} at the campsite after quiet hours # $RP wants him to stop
<<weapon:$RP reports a man with a machete behind the strip mall>> # ((he is clearing brush for the owner, has a work order))
~Fishing pier # man {cleaning fish with a fillet knife}, $RP says he is leaving guts on the boards
<<weapon:$RP sees a male walking down $ST with an axe>> # ((RP says he is a firefighter returning it to station 6))
Contractor {using a nail gun} on the roof at 10pm # $RP wants quiet
~Farm stand # <<weapon:$RP says a worker is waving a big knife at customers>> ((he was cutting sugar cane samples, no threats))
Butcher shop employee {sharpening knives} on the sidewalk # $RP says it blocks the walkway
~Ice fishing # $P {chopping a hole with a spud bar} too close to $RP's shanty, dispute over the spot
<<weapon:Landscaper swinging a weed trimmer at someone>> # ((RP clarifies he was trimming around a bench, man on bench upset, no contact))
~Siding crew {prying off old boards with crowbars} # $RP says debris is landing in her yard
$RP reports neighbor {using a sledgehammer} to take down his shed late at night
~Oyster shucking contest at the festival, {shucking knives} on the tables # $RP says crowds block his driveway
<<weapon:$RP sees a man with a gun in the field>> # ((it is a surveyor's tripod, crew in vests))
~Tribal CP reports a {hunter dressing a deer with a knife} by the road # wants the carcass moved off the shoulder
Tree service {using a pole saw} near power lines # $RP concerned about safety, no one in danger
Locksmith {drilling out a lock} at $ST # neighbor thought it was a break in, owner on site with him
<<weapon:$RP reports a male with a long blade on the bike path>> # ((it is a scythe, community garden volunteer cutting weeds))
~Longshore crew {cutting lashings with box knives} # tourist $RP taking photos too close, asks for help
~Sugar kettle festival, {man with a cane knife doing a cutting demo} # $RP complaining about the crowd in the road
"""))

ELIG_GROUPS.append(("G03", "weapon", "ASSIST", "WEAPON", "lawfully stored firearm or weapon history only", r"""
$RP wants to turn in {her late grandfather's shotgun, unloaded, in a case} # asks for a CSO pickup
~Ranch RP calling about the neighbor's cattle on his land # {keeps a rifle in the locked rack as always} # wants the neighbor contacted
Welfare check on $P # {family says his hunting rifles are locked in a safe}, he just has not answered the phone in 2 days
~Hunting season # $RP says {hunters with rifles slung walking the road edge to their lease}, legal, asks about trespass boundaries
$RP at the gun shop reports a customer {left his holstered pistol} on the counter and walked out # shop holding it as found property
~Tribal CP wants a ride to court # {husband's rifles are at his mother's house} per the order, no issues tonight
<<weapon:$RP reports a man with a gun at the gas station>> # ((it is a uniformed armored car guard making a pickup))
~$RP says the {pharmacy security guard with a holstered weapon} is being rude to customers, verbal only
Landlord $RP says {tenant has a registered handgun} # tenant behind on rent, wants info on the eviction process
{Premise note: known to carry} # $RP wants the subject's loud dog addressed, no contact with him tonight
~Campus RP saw {a rifle case in a car} in lot C # owner is on the rifle team, RP asks about the policy
Family wants {their deceased father's guns in the closet} removed safely # no one in crisis
~Port RP says {armed vessel security team aboard the tanker}, normal # asks about dock access hours
<<weapon:$RP hears shooting at the ranch next door>> # ((neighbor confirms target practice at the berm, no people nearby))
~Trapper's {traps and rifle in the truck bed}, truck parked inside the allotment gate # CP wants it moved
$RP neighbor dispute over tree limbs # {neighbor pulled a gun on RP back in 2019}, nothing like that tonight, verbal only
$RP found {grandpa's old BB gun} in the attic, wants to know how to get rid of it
~Duck hunters asking where to park # {shotguns cased in the truck}, $RP landowner wants them told about the boundary
~Gulf marina, {charter captain's flare gun stored in the locker} # $RP wants a dock fee dispute mediated
"""))

ELIG_GROUPS.append(("G04", "weapon", "FIREWORKS", "SHOTS", "shots report resolved as non-gunfire", r"""
<<weapon:$RP reports shots fired on $ST>> # ((callback: RP now sees kids with fireworks))
<<weapon:Multiple calls of gunshots near the park>> # ((units advise a transformer blew, power out on the block))
~Ski area {avalanche control blasting} this morning # visitor $RP asking what the booms are
<<weapon:$RP heard 3 shots>> # ((it was $VEH backfiring, RP watched it drive off))
~New Year's Eve {celebratory fireworks} all over the rez # CP complaining the dogs are scared
<<weapon:$RP reports gunfire at the quarry>> # ((quarry confirms scheduled blasting at 1400))
~Duck season # <<weapon:$RP reports shooting near the levee>> ((hunters in blinds, legal hours, shooting over open water))
<<weapon:$RP says it sounds like shots from the apartment>> # ((maintenance confirms a nail gun in unit 4))
Juveniles setting off {M-80s} in the alley # $RP wants it stopped
<<weapon:Caller reports popping like gunfire>> # ((now sees it is hail on the metal carport))
~<<weapon:Compl reports shots out by the rice field>> # ((it is the propane bird cannon, farmer confirms))
~<<weapon:RP heard shots outside stadium gate C>> # ((cannon fired by the football team after the touchdown))
<<weapon:$RP reports a shooting on $ST>> # ((RP clarifies a tire blew out, no one hurt))
~Fourth of July {mortars} launched from the beach # $RP complaining about debris on his roof
<<weapon:Bar staff report shots inside>> # ((balloons popping at a birthday party, staff confirm))
~<<weapon:Rail yard RP reports bangs like gunshots>> # ((track crew testing signal torpedoes, normal))
<<weapon:$RP heard gunshots behind the school>> # ((principal confirms a starter pistol at the track meet))
$RP complaining about {fireworks every night this week} on $ST
~<<weapon:Harbor RP reports shots from a boat>> # ((harbor master says it is the yacht club race cannon))
~<<weapon:Campus RP reports gunfire in the lab building>> # ((facilities confirms a steam pipe banging during startup))
"""))

ELIG_GROUPS.append(("G05", "violence", "DIST", "DV", "verbal dispute, no violence or threats", r"""
$RP and roommate arguing over the electric bill, both yelling # {no hands on}, {no weapons} # RP wants a mediator
Couple arguing loudly in the parking lot at $ST # {verbal only per RP}
~Two fishermen arguing over a crab pot line, shouting from their boats # no contact
$RP says her adult son is yelling and slamming cabinets over money # {nothing physical}, she wants someone to talk to him
Neighbors arguing over a fence at $ST # {no threats made}, RP wants it documented
~Dorm roommates in a shouting match over a charger # RA requesting help, no contact
<<violence:$RP reports a fight at the taco truck>> # ((RP clarifies two customers shouting over the line, no blows))
~Co-parents arguing at the custody exchange at the transit center, kids present # {no physical}
Customer yelling at the manager over a refund, will not leave the counter # no threats
$RP says brother and sister screaming at each other in the driveway over their mom's house
~Bingo hall # two elders arguing over a seat, staff wants help calming it down
Landlord and tenant yelling in the hallway about the lease # {no threats}
<<violence:$RP says husband and wife fighting next door>> # ((verbal per RP, no hitting heard, both calm now))
~Ferry line # drivers shouting over a cut in the queue, both still in their cars
Elderly couple bickering loudly # daughter $RP wants someone to check on them
Two drivers arguing after a fender bender # no injuries, exchanging info
~Rodeo concession stand # vendor and customer arguing about change, verbal
$RP reports a verbal argument with his girlfriend, she left in an uber # he wants advice
Teen and parent arguing about curfew, teen refusing to come inside # no threats
~Tribal council parking lot # two families arguing over a grazing lease, loud but no contact
"""))

ELIG_GROUPS.append(("G06", "threat", "NOISE", "THREATS", "idiom or figure of speech, no real threat", r"""
$RP says the neighbor's bass is {killing her}, going on 3 hrs # noise
Upstairs neighbor {playing drums at midnight} # RP says {it's driving her to murder}, just wants quiet
~Karaoke at the VFW # $RP says they are {slaughtering every song}, noise past 11
$RP says {the smell from the dumpster is killing us} # wants it sent to code enforcement
$RP says her manager is {working them to death} # wants the labor board number, info only
$RP says {her kids are driving her crazy} # wants parenting resources, no crisis
~Tailgaters {blasting music loud enough to wake the dead} # $RP wants it turned down
$RP says the {heat in her apartment is killing her} # landlord not fixing it, asks who to call
Teens {shooting hoops} at 1am on $ST # noise
Film students {shooting a movie} on $ST without a permit # blocking the sidewalk
$RP says the neighbor's rooster {is murdering her sleep} # 4am crowing
Youth league parents {screaming bloody murder} at the ref # loud, no contact, RP wants them to tone it down
$RP says the neighbor's {barbecue smoke is choking the whole block} # wants code enforcement
~Fish market $RP says the next stall is {cutting prices to kill his business} # wants civil advice
Bar trivia night, {crowd going nuts} over the final round # $RP complaining about noise
$RP says kids {bombing down the hill} on skateboards into $ST # wants it addressed
$RP's neighbor {blew up at her} over leaves # yelling only, RP wants it documented
~Crawfish boil neighbors {raising hell} at 2am # $RP says they are loud, no fights
Son {dropped the bomb} that he is leaving school # $RP wants a family counselor, no threats
~Campus RP says the a cappella group is {murdering the fight song} in the stairwell at 1am # noise
"""))

ELIG_GROUPS.append(("G07", "-", "WELFARE", "ASSAULT", "welfare check with danger explicitly negated", r"""
Welfare check on $P at the bus shelter for hours # {no weapons seen}, {not injured per RP}
$RP worried about the neighbor # {no signs of injury}, just has not seen her in 3 days, mail piling up
$P talking to himself outside the library # {no threats}, {no weapons}, RP concerned
~Check welfare of an elder at the end of the gravel road # {no indication of injury}, relative has not heard from him since the storm
$P walking along the shoulder of $ST, {not in traffic} # appears confused
~Transit RP reports $P asleep on the train at end of line # woke when spoken to, {breathing normal}, needs help getting off
$RP says a man in a bathrobe is wandering $ST # {no injuries visible}, calm, may live nearby
$RP reports $P crying on the curb # {denies being hurt}, {no one bothering her}
Check on $P in $VEH parked 2 days # {no signs of distress}, {no weapons visible}
~Campus RP says a student has been in the chapel for hours # {denies SI}, {no injuries}, upset about grades
$P yelling at nobody on the corner # {no weapons seen}, {not threatening anyone}
~Port RP reports $P fishing off the restricted pier # {not in distress}, wants him moved
Wellness check requested by out of state daughter # {no hx of violence}, mom not answering
$P sleeping in the church doorway # {no weapons}, {no hx}, appears cold
~Ski lodge guest sitting in the snow outside # {responsive and talking}, {no injury}, a bit disoriented, refused EMS
$RP says $P pacing outside the clinic # {no threats}, {nothing in hands}
~Parish compl: old man on his porch all day # waving and talking, compl wants someone to check
<<injury:$P slumped on the bench, RP thought he was unconscious>> # ((he sat up and talked to RP, says he is just tired))
$RP says {no one is hurt and there are no weapons}, just wants her brother to stop showing up
~Tribal CP asks for a check on her aunt out past the cattle guard # {no one hurt}, phone line down since the wind storm
"""))

ELIG_GROUPS.append(("G08", "suicide", "MENTAL", "SUICIDE", "passive ideation, no plan or means, person safe", r"""
$RP says her son <<suicide:said he wishes he was dead>> # ((denies plan or means, agreed to talk to a counselor, RP with him))
$P called the non emergency line {feeling hopeless} # {denies plan or intent}, {sister with her}, wants resources
~Campus counseling referral # student {passive SI}, {no plan, no means}, roommate with her, requests follow up
<<suicide:$RP says husband is talking about ending it>> # ((he clarifies he means ending the marriage, denies SI))
~Veteran $RP says {some days he doesn't want to wake up} # {no plan}, {no guns in the home}, wants peer support
988 transfer, caller {feeling low} # {denies SI}, {safe at home with partner}, requests a mobile crisis visit
$RP's elderly father {says he's ready to go be with mom} # {no plan}, eating and sleeping ok, family wants a check
<<suicide:Text to 911 saying I want to die>> # ((follow up call: bad day, no plan or means, mom at home with her))
~Tribal CP says nephew {talking about not wanting to be here} # {denies any plan}, staying with CP, wants a counselor
$P {has a hx of 5150s} # tonight calm, {denies SI}, family asking for the crisis team
<<suicide:$RP worried her friend might hurt herself>> # ((friend answered, safe at her parents, denies plan))
~Farm crisis line referral # farmer {distressed about foreclosure}, {denies thoughts of self harm}, wife present
$RP says her teen {wrote dark poems} # {denies SI when asked}, {no means}, parents want guidance
~Dorm RA: resident {said she feels like disappearing} # {clarified no plan}, with friends now
$P in crisis at the shelter # {crying, passive thoughts}, {no plan or means}, staff with her
<<suicide:Caller says her brother might kill himself>> # ((on callback he is at their mother's, calm, no plan, no weapons, seeing his doctor tomorrow))
~Harbor RP: fisherman who lost his boat {says life's not worth it} # {no plan}, at home with his wife
$RP says his ex-wife {said she'd be better off gone} weeks ago # {no current statements}, asks for a welfare check
~Ski patroller's roommate {says he's burned out and wants to disappear} # {no plan}, {with friends at the lodge}, wants EAP number
"""))

ELIG_GROUPS.append(("G09", "injury", "INTOX", "MEDICAL", "intoxicated but conscious and breathing", r"""
$P intoxicated on the bench # {conscious and breathing}, talking to RP, needs a ride home
~Tribal CP: uncle drunk at the store # walking and talking, wants someone to take him home
<<injury:$RP reports a man passed out at the bus stop>> # ((he woke up, ETOH, A&Ox3, refuses EMS))
ETOH subject stumbling in the parking lot # {alert}, asking for money
~Campus: student drunk outside the dorm # {A&Ox4}, friends with him, RA wants guidance
~Transit: rider intoxicated and {awake}, won't get off at end of the line # no threats
$RP says brother drunk again # {conscious}, being loud, family wants detox info
~Parish compl: drunk man sleeping in his truck at the boat launch # snoring normally, woke when knocked
<<injury:$RP reports a woman down on the sidewalk>> # ((she sat up, ETOH, speaking clearly, friend arriving))
$P high, talking fast # {alert}, {breathing fine}, wants to go to detox
~Ski town: tourist drunk on the gondola # upright and chatty, lift staff want him off the mountain safely
$P {ETOH, A&Ox3} # asking for a shelter bed
~Rodeo grounds: cowboy sleeping it off behind the chutes # {breathing normal}, staff want him moved
Intox female crying at the bar # {conscious}, wants her friend called
~Powwow security: $P intoxicated near the arbor # elders want him escorted out, {no fights}
$RP says husband came home drunk and fell asleep on the couch, {breathing fine} # she wants info on AA
Bouncer reports a patron too drunk to drive # {conscious}, took his keys, needs a ride
647F type subject at the transit center # {alert and walking}, asking for bus fare
~Harbor RP: deckhand drunk on the dock # talking and steady enough, captain wants him off the boat
"""))

ELIG_GROUPS.append(("G10", "injury", "WELFARE", "MEDICAL", "person down or medical scare resolved, no urgency", r"""
<<injury:$RP reports an elderly man fell>> # ((he is up, no injury, A&Ox4, just needs help back into his wheelchair))
<<injury:Lift assist, $AGE y/o female on the floor>> # ((no injuries, alert and talking, just needs help up))
<<injury:$P down in the grocery lot>> # ((RP says he was picking up spilled coins, fine))
~Hiker $RP {twisted an ankle earlier}, {walking fine now} # asks for a ride from the trailhead
$RP {cut her finger cooking, bleeding stopped} # asks about urgent care hours
<<injury:Caller reports someone not breathing>> # ((caller corrects: person was sleeping, woke up, ok))
~Campus RP: student {fainted in lecture earlier}, {now alert and walking} # friends with her, wants info
Sleeping $P in the laundromat # {breathing}, {woke and spoke with staff}, won't leave
~Transit: rider {had a seizure last week}, asking for the clinic address # info only
Diabetic $RP {sugar was low earlier}, {ate and feels better} # wants the neighbor to check on her later
<<injury:$RP reports a man bleeding at the bus stop>> # ((it is paint on his clothes, he is a painter, no injury))
$RP wants help picking up {prescriptions}, housebound # no emergency
~Ice rink: skater {fell and got back up}, {no injury} # parent upset with staff, wants a complaint taken
<<injury:Caller says her mom collapsed>> # ((mom sat up, talking normally, tripped on the rug, no injury, refuses EMS))
~Farm CP says a worker {fell off a hay bale}, {no injury} # wants a ride to see his own doctor
$P {known to fall often}, {no complaint of injury today} # landlord wants a check
<<injury:$RP reports a person unresponsive in a car>> # ((he was asleep on his break, woke up, alert))
~Harbor RP: boater {seasick}, {alert} # wants a ride to the motel
~Gulf beach RP: tourist {sunburned and tired}, {talking fine} # wants a ride back to the condo
"""))

ELIG_GROUPS.append(("G11", "police_only", "REPORT", "BURGLARY", "past theft or damage, no suspect present, report only", r"""
$RP's bike was {stolen overnight} from the rack # {no suspect}, report only
~Ranch RP: {saddle stolen from the tack room sometime last week} # no suspects, report for insurance
$RP reports a {package taken from the porch yesterday} # no suspect info, for a report
<<police_only:$RP reports a burglary>> # ((happened last weekend while he was away, nobody there now, report only))
~Campus: student's {laptop stolen from the library} 2 days ago # report for insurance
{Car broken into overnight}, window smashed # {suspect long gone}, report only
~Port: {outboard motor stolen} from a skiff sometime over the winter # report only
<<police_only:$RP says someone broke into her car>> # ((sometime last night, nothing seen, no one around now))
$RP's {catalytic converter missing}, discovered this morning # report
Shoplift {occurred earlier}, {suspect left} # store wants a report for loss prevention
~Tribal CP: {firewood stolen from the pile} over the weekend # no suspects
{Mailbox vandalized} overnight # no suspects, $RP wants a report
<<police_only:$RP reports someone in her garage>> # ((on callback she says tools went missing a month ago, no one there))
~Transit: rider's {phone stolen on the train yesterday} # wants a report number
{Tools taken from the truck bed} while parked at work # discovered at end of shift, no suspect
$RP says a {political sign was stolen} from the yard # report only
~Farm stand {honor box emptied} overnight # no suspect, wants it documented
{Credit card fraud}, $RP noticed charges # wants a report
~Cranberry bog owner says {pump fuel was siphoned} sometime last month # report for insurance
"""))

ELIG_GROUPS.append(("G12", "-", "FOUND", "WEAPON", "found property", r"""
$RP {found a wallet} on $ST # wants to turn it in
~Beach $RP {found a kayak paddle} washed up # owner's name on it, wants it documented
{Found bike} in the bushes behind the school # $RP wants it picked up
$RP {found a used syringe} in the park # wants it disposed of
~Campus: {found backpack} in the lecture hall, textbooks inside # lost and found closed
<<weapon:$RP found a gun in the alley>> # ((on a closer look it is a broken toy pistol with an orange tip))
{Found license plate} in the gutter on $ST
~Trailhead $RP {found a set of keys} # wants them turned in
{Found purse} at the bus stop, ID inside
~Transit: {found a phone on the train}, owner is calling it # wants to arrange return
~Ski area: {found a snowboard} by the lodge # no owner
$RP {found old ammunition in grandpa's shed} # wants it disposed of safely
{Found mail} belonging to the neighbors in his box
~Parish compl: {found a crab trap buoy} with a name on it # info
$RP {found a hunting knife in a sheath} on the sidewalk # wants it turned in
~Rez CP {found a wallet at the powwow grounds}
{Found child's scooter} on the lawn # no one around
$RP {found prescription pills} on the sidewalk # wants them disposed of
<<police_only:$RP found a child's bike and helmet in the street>> # ((kid is home, mom confirms he just left it there))
~Harbor RP {found a life ring with a boat name} floating in the marina # boat is in its slip, all accounted for
"""))

ELIG_GROUPS.append(("G13", "police_only", "TRESPASS", "BURGLARY", "refusing to leave, no threats", r"""
$P refusing to leave the lobby # {no threats}, {not aggressive}, store wants him gone
~Transit: rider won't get off at end of line # {calm}, operator requests assist
Ex-roommate won't leave the porch, wants his stuff # {no threats}, RP wants help
~Library: patron refusing to leave at closing # polite but won't go
Customer refusing to leave after closing, arguing about a return # no threats
~Hospital: discharged patient refusing to leave the ED # {calm}, security wants assist
$P sleeping in the bank vestibule, won't leave # {no aggression}
~Campus: non-student staying in the student union after hours # cooperative, needs an escort out
<<police_only:$RP reports a trespasser in the yard>> # ((it is her adult nephew, she just wants him to leave, no threats))
~Casino: patron banned but came back, sitting at the buffet # {not causing problems}
Guest refusing to check out of the motel # {no threats}, manager wants a civil standby
~Ferry: walk-on passenger refuses to disembark until he gets a refund # calm
$P at the church wanting a meal, won't leave after hours # pastor wants help
Tenant's ex refusing to leave the apartment # {no threats, no violence}, RP wants a civil standby
~Rez housing: relative staying uninvited # {no threats}, CP wants help asking him to leave
Panhandler won't leave the drive-thru lane # {not aggressive}
~Ski lodge: day skier sleeping in the lodge after close # friendly, staff want him to go
~Port: fisherman won't move his truck from the loading zone # verbal only
"""))

ELIG_GROUPS.append(("G14", "injury", "HOMELESS", "MEDICAL", "person in distress needing shelter or services", r"""
$P sleeping in a doorway, cold night # {breathing and responsive}, needs shelter info
~Winter: $P in a tent by the river, 20 below tonight # {alert}, outreach requested
Family with kids living in their car at the rest area # {no emergency}, need shelter
~Heat advisory: $P sitting in the sun at the transit center # {alert and drinking water}, wants a cooling center
$P asking for a bed, shelter full # wants help finding one
~Tribal CP: elder's propane ran out, house cold # {no one sick}, wants help
Encampment under the overpass # $RP wants outreach, {no fires}, {no fights}
~Hurricane evacuation: compl asking where the shelter is # has 2 kids and a dog
$P with a shopping cart blocking the sidewalk # needs services
~Ski town: seasonal worker sleeping in his car # {fine}, asking for housing resources
$P wet and cold after the rain # talking, wants a blanket and a shelter
~Port: $P sleeping under a container crane # {breathing normal}, security wants him moved
Woman with a suitcase at the bus depot all night # {no distress}, missed her bus, needs shelter
~Flooding: compl's trailer flooded # {everyone out and safe}, needs shelter for tonight
Youth kicked out by parents, {safe} at the gas station # needs a place to stay
~Campus: student sleeping in the library, housing insecure # RA asks for resources
~Blizzard: stranded motorist at the truck stop # warm inside, {no injuries}, needs a room for the night
<<injury:$RP reports a homeless man not moving under the bridge>> # ((outreach worker says he is awake and talking, just cold))
"""))

ELIG_GROUPS.append(("G15", "uncertainty", "HANGUP", "UNKNOWN", "open line or hang-up resolved on callback", r"""
<<uncertainty:911 open line, muffled voices>> # ((callback: pocket dial, caller at the gym, all ok))
<<uncertainty:Hang up, child heard crying>> # ((callback mom: toddler playing with an old phone, all fine))
~<<uncertainty:Silent call from a cell at the lake>> # ((callback: kayaker butt dialed, fine))
<<uncertainty:911 abandoned, screaming heard>> # ((callback: kids at a birthday party, parent confirms all ok))
~Smartwatch <<uncertainty:emergency SOS with no voice>> # ((callback: mountain biker says he crashed the watch, not himself, fine))
<<uncertainty:Open line, yelling in the background>> # ((callback: watching the football game, accidental dial))
~Campus <<uncertainty:blue light activated>> # ((student tested it on a dare, all ok))
<<uncertainty:Repeated 911 hang ups>> # ((callback: elderly man's speed dial error, daughter will fix it))
~<<uncertainty:Crash detection alert>> # ((callback: rider dropped the phone on the roller coaster, fine))
<<uncertainty:Caller disconnected>> # ((caller called back, misdialed, meant 411))
~Elevator phone <<uncertainty:emergency button pressed, no voice>> # ((maintenance tech on site testing it))
<<uncertainty:Open line, sounds of a struggle>> # ((callback: wrestling practice, coach answered, pocket dial))
~Alarm co <<uncertainty:panic alarm at the bank>> # ((manager confirms accidental activation, verified password))
<<uncertainty:Text to 911 saying help>> # ((follow up text: sorry, my kid was playing with my phone))
~Ferry <<uncertainty:man overboard alarm sounding>> # ((crew confirms a scheduled drill, all passengers accounted for))
<<uncertainty:911 call, female crying and hung up>> # ((callback: upset about a breakup, safe, asked for a crisis line number))
~Tribal <<uncertainty:dropped call from the canyon road>> # ((caller back in service, was reporting a cow on the road))
~<<uncertainty:Hunter's satellite messenger SOS>> # ((follow up message: sent by mistake, all fine at camp))
"""))

ELIG_GROUPS.append(("G16", "-", "NOISE", "FIGHT", "noise complaint", r"""
Loud music from $ST # third complaint tonight
~Campus: party at a house on fraternity row # noise past quiet hours
Neighbor's dog barking for 4 hrs # $RP wants it addressed
~Rez: loud generator running all night next door
$RP reports construction noise before 7am
~Port: ship horn testing at 3am # RP wants to know if that is allowed
Car stereo bass in the lot from $VEH
~Summer: pool party noise at the apartment complex
Leaf blower at 6am # $RP wants quiet
~Crawfish festival stage still playing at midnight
Upstairs neighbors stomping # $RP can't sleep
Motorcycle revving outside $ST
~Ski town: bar patio music echoing off the valley
Karaoke next door # $RP wants it turned down
~Rodeo grounds PA system loud late
Church bells ringing at odd hours # $RP annoyed
Ice cream truck music at 10pm
~Train horn at the new quiet zone crossing # $RP wants to know who to complain to
"""))

ELIG_GROUPS.append(("G17", "-", "DIST", "DV", "history-only mention, nothing current", r"""
$RP wants help with custody paperwork # {prior DV with her ex in 2021}, {no contact tonight}
Noise complaint at $ST # {premise hx of DV calls}, tonight just a loud TV
~Rez CP: cousin loud and arguing # {did time for assault years ago}, tonight verbal only
$P {5150 hx} # family asks for a welfare check, he is calm and eating
{Known gang member per hx} # $RP complaining he parks in her spot
Neighbor dispute over trash # {hx of threats between the parties in 2022}, nothing tonight
~Campus: student with {prior conduct hx} playing loud music in the dorm
Welfare check on $P # {hx of OD}, {family spoke to him an hour ago, he is ok}, wants a check-in
{Caution note: subject known to carry} # $RP only wants his car moved out of her driveway
{Protective order expired last year} # ex asking for his property back through a standby
~Parish: {prior weapons calls at address} # tonight compl wants loose goats removed
$RP says her son {was in jail for battery} # now home, asking about job programs
{Premise alert from a 2019 weapons call} # today caller locked out and wants help with the landlord
~Transit: rider {trespass warned last month} # today sitting quietly on the platform
Her ex {used to hit her years ago} # she wants info on the restraining order process, he lives out of state
~Tribal: {hx of SI note on file} # CP now just needs a ride to the clinic
$RP wants a report of {harassing texts last month} # none since
{Prior burglary at this address} # $RP now hears normal neighbor noise, wants extra patrol
~Port: {crew member with a prior assault arrest} # captain just wants him off the vessel at end of contract, calm
"""))

ELIG_GROUPS.append(("G18", "-", "WELFARE", "ASSAULT", "alarming first report resolved", r"""
<<violence:$RP reports kids fighting in the park>> # ((RP now sees they are play wrestling and laughing))
<<police_only:$RP reports someone breaking into the house next door>> # ((it is the owner locked out, climbing in his own window, RP knows him))
<<police_only:Mom reports her 8 y/o missing>> # ((child found asleep in the basement))
<<uncertainty:$RP hears screaming next door>> # ((neighbor came out, it was a scary movie))
<<violence:$RP sees a man dragging a woman>> # ((dance practice in the yard, both laughing))
~<<police_only:Campus RP reports a stranger in the dorm>> # ((it is a new RA, ID verified))
<<threat:$RP says a man is yelling he will kill someone>> # ((he was on a video game headset, alone in his garage))
~<<police_only:Ski patrol reports a missing child>> # ((found at the hot chocolate hut))
<<injury:$RP reports a child fell into the pool>> # ((it was the dog that jumped in, not a child))
<<police_only:$RP reports her car being stolen>> # ((husband took it to work, RP forgot))
~<<violence:Ferry crew reports a fight on the car deck>> # ((two friends horsing around, no injuries))
<<uncertainty:$RP hears a woman yelling help>> # ((it is a parrot next door, owner confirms))
~<<police_only:Rez CP reports her horses stolen>> # ((they got through the fence, found at the neighbor's))
<<threat:$RP reports a note threatening her>> # ((note is from her kid's school play script))
<<police_only:Alarm at the store with motion inside>> # ((manager on site, employee opened the wrong door))
<<police_only:$RP says a man is exposing himself in the park>> # ((man was changing his shirt after a run, RP satisfied))
~<<weapon:Port RP reports a man with a gun on the dock>> # ((flare gun for the safety drill, harbor master confirms))
<<police_only:$RP reports a drunk driver>> # ((it was a student driver with an instructor, now parked))
<<uncertainty:$RP reports muffled yelling from the apartment>> # ((tenant came out, yelling at his fantasy football draft))
"""))

ELIG_GROUPS.append(("G19", "-", "ANIMAL", "SHOTS", "animal call", r"""
Loose dog on $ST, friendly # $RP holding it
~Deer struck by a car, still alive on the shoulder # {no people hurt}
~Bear in the dumpster at the campground # $RP wants it reported
Cat stuck in a tree # $RP asks for help
~Cattle on the highway at MM 12 # {no crash}
Dog left in a hot car at the grocery # windows cracked, dog panting
<<injury:$RP reports someone bleeding badly in the yard>> # ((it is the neighbor's dog with a cut paw, no people hurt))
~Alligator in the ditch by the school bus stop # compl wants it removed
Raccoon acting strange in daylight # $RP keeping kids inside
~Moose on the transit tracks # train stopped
<<weapon:$RP reports shots at the farm>> # ((farmer put down an injured horse, vet present))
~Sea lion on the ferry ramp # blocking walk-on passengers
Injured hawk on the sidewalk # $RP wants wildlife called
Neighbor's dog nipped RP's dog through the fence # {no people bitten}
~Horses loose on the rez road near the school
Snake in the garage # $RP wants help
Dog tied out with no water # $RP concerned
~Pelican tangled in fishing line on the pier # $RP wants wildlife rescue
"""))

ELIG_GROUPS.append(("G20", "police_only", "JUVENILE", "CHILD", "juvenile nuisance or child already safe", r"""
Juveniles skateboarding in the bank lot after hours
~Teens on the frozen lake throwing snowballs at each other by the causeway, loud
Kids ringing doorbells and running
Truant juveniles at the mall during school hours
~Campus: high schoolers sneaking into the rec center pool
<<police_only:$RP reports kids alone in a car>> # ((parent came right back out of the store, gone 2 min, kids fine))
Juveniles loitering by the store # store wants them moved along
~Transit: teens holding the train doors and being loud
$RP's 16 y/o came home late, {safe} # parent wants to talk to someone about curfew
Runaway returned home # parent wants the report closed
~Rez: kids riding dirt bikes on the powwow grounds
Juveniles playing basketball late # loud
<<police_only:$RP reports a child wandering alone>> # ((her mom was a few feet behind, RP did not see her, fine))
~Summer: kids opened a fire hydrant to play in the water
Teen refusing to go to school # parent asks for youth services
Kids building a snow fort that blocks the sidewalk
~Subdivision: teens racing golf carts on the cart path
Babysitter wants advice # {kids asleep and fine}, parents late getting back
~Gulf beach: teens climbing on the lifeguard stand after hours
"""))

ELIG_GROUPS.append(("G21", "police_only", "SUSP", "BURGLARY", "suspicious person or vehicle, benign", r"""
$P walking the neighborhood taking photos of houses # has a clipboard, may be an appraiser
Door to door solicitor without a permit # polite
~Rural: unknown truck at the gravel pit all day # {driver asleep inside, breathing}, CP wants it checked
$VEH idling outside $ST for an hour # occupant on the phone
~Campus: person flying a drone over the building
Man checking utility meters in backyards # RP unsure, he has a vest
~Port: unknown sailboat anchored off the private beach
<<police_only:$RP reports someone looking into car windows>> # ((it is parking enforcement chalking tires))
Stranger sitting in the park reading # RP feels uneasy
~Transit: man sitting on a bench for hours # {no issues}, station agent wants a check
<<police_only:$RP sees a flashlight in the vacant house>> # ((realtor with a client, lockbox, RP spoke to them))
~Rez: unknown surveyor flagging near CP's fence
Car with out of state plates parked at the school # teacher's husband waiting
Man walking a dog at 3am # RP finds it odd
~Ski area: person camping in his car at the trailhead # {not causing problems}
Someone going through recycling bins for cans
<<police_only:$RP reports a man trying door handles>> # ((RP now sees he is delivering flyers to each door))
~Gulf parish: unknown boat tied to compl's dock overnight # owner is a fisherman waiting out the weather
"""))

ELIG_GROUPS.append(("G22", "threat", "MENTAL", "THREATS", "mental health concern, non-violent", r"""
$P talking to himself and pacing # {no threats}, {no weapons}, RP wants the mental health team
$RP's adult son off his meds, {calm} # not sleeping, family wants the crisis team
~Campus: student paranoid about being watched # {no threats to anyone}, asks for help
$P believes the neighbors are spying, calling repeatedly # {no threats}
~Rez: CP's sister hearing voices # {not aggressive}, wants her taken to the clinic
<<threat:RP reports a man screaming threats at the bus stop>> # ((RP clarifies he is shouting at the sky about the government, not at anyone))
Man preaching loudly on the corner # {not aggressive}
~Transit: woman shouting at her reflection on platform 3 # {not bothering riders}
Elderly mom confused, thinks it is 1985, {safe at home} # daughter wants help
$P manic, spending spree # family worried, {no danger}
~Hospital lobby: visitor agitated and crying # {no threats}, security asks for a crisis worker
Caller hears voices telling him to move # {denies SI or HI}, wants someone to talk to
Veteran having flashbacks # {no weapons}, {calm now}, wants VA contact
~Harbor: liveaboard yelling at seagulls # {harmless}, neighbors concerned
Woman knocking on doors asking for her cat, confused # {no threat}
~Ski town: tourist having a panic attack in the gondola line # {breathing ok}, wants to sit down
$RP's roommate {not sleeping for days}, talking fast # {no threats}
~Tribal elder wandering the chapter house confused # {calm}, family on the way, wants someone to sit with him
"""))

# ----------------------------------------------------------------------------------------------
# Shared decoy add-ons: (kinds they would contradict, markup text).  Added only to templates
# with no decoy of their own, never to a row whose kinds (or look-alike kind) they contradict.
# ----------------------------------------------------------------------------------------------
ADDONS = r"""
weapon|{no weapons seen}
weapon|{RP did not see any weapons}
weapon|{no weapons mentioned}
injury|{no injuries reported}
injury,violence|{no one hurt per RP}
suicide|{denies SI}
suicide|{no hx of SI}
threat|{no threats made}
threat|{no verbal threats per RP}
violence|{no hands on}
violence|{nothing physical per RP}
-|{prior DV at address}
-|{premise hx of 415s}
-|{several prior calls at this address}
-|{hx: known to carry}
-|{RP has called before about the same subject}
-|{subject on probation per RP}
-|{prior 5150 per family}
-|{prior trespass warning on file}
weapon|<<weapon:1st caller said shots>> ((2nd caller confirms fireworks))
weapon|<<weapon:initial report of a man with a gun>> ((RP corrects, it was an umbrella))
violence|<<violence:1st caller reported a fight>> ((2nd caller says verbal only))
injury|<<injury:earlier report of a person down>> ((he got up and walked away per RP))
uncertainty|<<uncertainty:first call was an open line with yelling>> ((callback confirmed a pocket dial))
police_only|<<police_only:earlier report of a break in>> ((homeowner confirmed it was her son))
threat|<<threat:RP first said he was threatened>> ((clarifies he was only told to leave))
suicide|<<suicide:initial note said caller suicidal>> ((call taker error, caller denies SI))
"""

# ----------------------------------------------------------------------------------------------
# Agencies (invented).  width = truncation width of the agency's CAD summary export.
# ----------------------------------------------------------------------------------------------
AGENCIES = [
    dict(code="CSP", name="Cascade Sound Police (Pacific NW city)", width=118, rp="RP",
         join=" / ", sep=". ", case="upper",
         heads=["RCVD {HH}{MM}", "INC {YY}-{D6}", "UNIT {D1}{L}{D2} ASGN", "CALL ENTERED", "XST {X}",
                "SECTOR {L}{D1}", "PH2 WIRELESS", "CB VERIFIED"],
         tails=["UNIT {D1}{L}{D2} ENRT", "CASE {YY}-{D6}", "DUP CALL MERGED", "CB {D3}-{D4}"]),
    dict(code="LVC", name="Llano Verde County Sheriff (Texas county)", width=96, rp="COMPL",
         join=" -- ", sep=" ** ", case="upper",
         heads=["{HH}:{MM} HRS", "CFS {D6}", "PCT {D1}", "DEP {D3} ADV", "CALL REC'D", "FM {D4} AT CR {D3}",
                "10-4 COPY"],
         tails=["DEP {D3} 10-8", "CFS {D6}", "CONTACT COMPL BY PHONE", "REF #{D5}"]),
    dict(code="WYK", name="Wyckham Town PD (New England town)", width=142, rp="caller",
         join="; ", sep=". ", case="mixed",
         heads=["Call rcvd {HH}{MM}", "Log #{YY}-{D5}", "Car {D2} assigned", "Entered by disp {D2}",
                "Xst {X}", "Business line"],
         tails=["Car {D2} responding", "Log #{YY}-{D5}", "Sgt notified", "Caller will meet officer"]),
    dict(code="KFR", name="Kettle Falls Regional Police Service (Canadian regional)", width=74, rp="COMP",
         join=" | ", sep=" - ", case="mixed",
         heads=["Occ {YY}-{D6}", "Rec'd {HH}{MM}h", "Div {D1} Zone {D2}", "Unit {D3}", "Call taker {D3}",
                "Fr: {X}"],
         tails=["Unit {D3} enrt", "Occ {YY}-{D6}", "Comp to be contacted", "Call back #{D3}-{D4}"]),
    dict(code="RUD", name="Ridgeview University DPS (campus)", width=150, rp="rp",
         join=" .. ", sep="; ", case="lower",
         heads=["rcvd {HH}{MM}", "dps inc {YY}{D5}", "ofc {D3} asgn", "bldg {L}{D2}", "csa notified",
                "via blue light line"],
         tails=["ofc {D3} enrt", "dps inc {YY}{D5}", "rp callback {D3}-{D4}", "cc: res life"]),
    dict(code="MLT", name="Metro Lakes Transit Police (transit authority)", width=64, rp="CALLER",
         join=" // ", sep=" ", case="upper",
         heads=["{HH}{MM}", "EV{D6}", "TRN {D3}", "BUS {D4}", "STN {L}{D1}", "OCC RPT"],
         tails=["TP{D2} ENRT", "EV{D6}", "CTRL ADV"]),
    dict(code="SCT", name="Sand Creek Tribal Police (rural tribal)", width=108, rp="CP",
         join=", ", sep=". ", case="mixed",
         heads=["Rcvd {HH}{MM}", "CFS {YY}-{D4}", "Unit T{D2}", "Chapter {D1} area", "BIA Rte {D2} MP {D2}",
                "Call entered"],
         tails=["Unit T{D2} enroute", "CFS {YY}-{D4}", "CP to call back", "ETA {D2} min"]),
    dict(code="BTP", name="Bayou Teche Parish Sheriff (Gulf Coast parish)", width=130, rp="compl",
         join=" * ", sep=" - ", case="lower",
         heads=["rcvd {HH}{MM}", "item {YY}-{D5}", "ward {D1}", "dep {D3} asgn", "hwy {D2} @ {X}",
                "call entered"],
         tails=["dep {D3} 10-97", "item {YY}-{D5}", "compl advised", "cb {D3}-{D4}"]),
    dict(code="PBH", name="Port of Bellhaven Harbor Police (port authority)", width=86, rp="RP",
         join=" :: ", sep="; ", case="upper",
         heads=["{HH}{MM}", "HP-{D5}", "TERM {D1}", "BERTH {D2}", "VTS RELAY", "PATROL {D1} ASGN"],
         tails=["PATROL {D1} ENRT", "HP-{D5}", "VTS ADV"]),
]
AG_CODES = [a["code"] for a in AGENCIES]

# call-type vocabulary: category -> one entry per agency (order of AGENCIES)
CALLTYPE_TABLE = r"""
WEAPON   | WEAPON - PERSON W/ WPN | WEAPONS DIST | Weapons complaint | Weapons call | weapons complaint | WEAPON ON PERSON | Weapon offense | weapons complaint | WEAPON COMPL
SHOTS    | SHOTS FIRED | SHOTS FIRED | Shots fired | Gunshots heard | shots heard | SHOTS FIRED | Shots fired | shots fired | SHOTS FIRED
ASSAULT  | ASLT - JUST OCCD | ASSAULT | Assault | Assault | assault | ASSAULT ON TRANSIT | Assault | battery | ASSAULT
FIGHT    | FIGHT - DISTURBANCE | FIGHT IN PROGRESS | Fight | Fight / disturbance | fight | FIGHT | Fight | fight in progress | FIGHT
DV       | DV - PHYSICAL | FAMILY VIOL | Domestic | Domestic - IPV | dating violence | DOMESTIC | Domestic | domestic battery | DOMESTIC
THREATS  | THREATS | TERRORISTIC THREAT | Threatening | Threats / utter threats | threats | THREATS | Threats | threats | THREATS
MEDICAL  | MED AID - ALS | EMS CALL | Medical | Medical assist | medical | MEDICAL | Medical | medical emergency | MEDICAL
OD       | OD - OVERDOSE | OVERDOSE | Overdose | Overdose | overdose | OD | Overdose | overdose | OVERDOSE
SUICIDE  | SUICIDAL - ATTEMPT | SUICIDE ATTEMPT | Suicide attempt | Attempt suicide | suicide attempt | SUICIDAL PERSON | Suicide attempt | suicide attempt | SUICIDAL
BURGLARY | BURG - IN PROGRESS | BURGLARY 459 | Burglary in progress | Break and enter | burglary | BURGLARY | Burglary | burglary in progress | BURGLARY
THEFT    | THEFT - IN PROGRESS | THEFT | Larceny in progress | Theft under | theft | THEFT | Theft | theft in progress | CARGO THEFT
VANDAL   | VANDALISM | CRIM MISCHIEF | Vandalism | Mischief | vandalism | VANDALISM | Vandalism | criminal damage | VANDALISM
CHILD    | CHILD ENDANGER | CHILD ABUSE/NEGL | Child neglect | Child welfare | child welfare | UNATTENDED CHILD | Child welfare | child neglect | CHILD ENDANGER
MISSING  | MISSING - AT RISK | MISSING PERSON | Missing person | Missing person - high risk | missing person | MISSING PERSON | Missing person | missing person | MISSING PERSON
DUI      | DUI - DRIVER | DWI | OUI | Impaired driver | dui | DUI | DUI | dwi | BUI
EXPOSURE | LEWD CONDUCT | INDECENT EXPOSURE | Indecent exposure | Indecent act | indecent exposure | LEWD CONDUCT | Indecent exposure | obscenity | LEWD CONDUCT
TRESPASS | TRESPASS | CRIM TRESPASS | Trespass | Trespass to property | trespass | TRESPASS | Trespass | trespass | TRESPASS
UNKNOWN  | UNK TRBL | UNKNOWN NATURE | Unknown problem | Unknown trouble | unknown trouble | UNK PROBLEM | Unknown problem | unknown trouble | UNK TRBL
HANGUP   | 911 HANGUP | 911 HANG UP | 911 hang-up | 911 abandoned | 911 hangup | 911 OPEN LINE | 911 hang up | 911 hangup | 911 HANGUP
DUTY     | DUTY TO WARN | THREAT INFO | Duty to warn | Duty to warn | duty to warn | INFO - THREAT | Duty to warn | duty to warn | INFO - THREAT
WELFARE  | WELFARE CHECK | WELFARE CONCERN | Well-being check | Check well-being | wellness check | WELFARE CHECK | Welfare check | welfare concern | WELFARE CHECK
SUSP     | SUSP CIRC | SUSPICIOUS ACTIVITY | Suspicious activity | Suspicious person | suspicious person | SUSP PERSON | Suspicious | suspicious person | SUSP ACTIVITY
DIST     | DIST - 415 | DISTURBANCE | Disturbance | Disturbance | disturbance | DISTURBANCE | Disturbance | disturbance | DISTURBANCE
NOISE    | NOISE | NOISE COMPLAINT | Noise complaint | Noise bylaw | noise complaint | NOISE | Noise | noise complaint | NOISE COMPL
CIVIL    | CIVIL PROBLEM | CIVIL MATTER | Civil matter | Civil dispute | civil matter | CIVIL | Civil matter | civil matter | CIVIL
FOUND    | FOUND PROPERTY | FOUND PROPERTY | Found property | Found property | found property | FOUND PROPERTY | Found property | found property | FOUND PROPERTY
MENTAL   | PERSON IN CRISIS | MENTAL SUBJ | Mental health | Person in crisis - MHA | mental health | PERSON IN CRISIS | Mental health | mental subject | PERSON IN CRISIS
INTOX    | INTOX PERSON | PUBLIC INTOX | Intoxicated person | Intoxicated person | intoxicated person | INTOX RIDER | Intoxicated | drunk subject | INTOX PERSON
HOMELESS | UNHOUSED ASSIST | TRANSIENT | Unhoused assist | Homeless assist | housing assist | UNHOUSED RIDER | Shelter assist | transient | UNHOUSED ASSIST
FIREWORKS| FIREWORKS | FIREWORKS | Fireworks | Fireworks bylaw | fireworks | FIREWORKS | Fireworks | fireworks | FIREWORKS
ANIMAL   | ANIMAL PROB | ANIMAL CALL | Animal control | Animal complaint | animal complaint | ANIMAL ON ROW | Animal/livestock | animal complaint | ANIMAL PROB
JUVENILE | JUV PROB | JUVENILE PROB | Juvenile complaint | Youth complaint | juvenile problem | JUV DISORDER | Juvenile | juvenile complaint | JUV PROB
REPORT   | THEFT RPT | THEFT REPORT | Larceny report | Theft report | theft report | THEFT RPT | Theft report | theft report | THEFT RPT
ASSIST   | CITIZEN ASSIST | CITIZEN ASSIST | Citizen assist | Assist public | public assist | ASSIST RIDER | Citizen assist | public assist | PUBLIC ASSIST
"""
CALLTYPES = {}
for _line in CALLTYPE_TABLE.strip("\n").split("\n"):
    _cells = [c.strip() for c in _line.split("|")]
    CALLTYPES[_cells[0]] = _cells[1:]
    assert len(_cells) == 1 + len(AGENCIES), _line

KIND_CAT = {"weapon": "WEAPON", "violence": "ASSAULT", "threat": "THREATS", "injury": "MEDICAL",
            "suicide": "SUICIDE", "police_only": "BURGLARY", "uncertainty": "UNKNOWN"}
MILD_CATS = ["WELFARE", "SUSP", "HANGUP", "DIST"]

# ----------------------------------------------------------------------------------------------
# Slot fillers
# ----------------------------------------------------------------------------------------------
PERSONS = ["W/M 30S", "B/F 20S", "H/M approx 40", "A/F 50S", "W/F 60S", "B/M in a red hoodie", "H/F",
           "N/M 50S", "a male subj", "a female subj", "an unk male", "a juv male", "W/M with a backpack",
           "an older male", "a female in a green coat", "B/M 6FT thin", "a male in a hi-vis vest",
           "W/M 20S", "H/M 30S", "a male in a camo jacket", "a female with a shopping cart", "A/M 40S"]
STREETS = ["the 400 blk of Alder", "E 12th and Broadway", "the 1500 blk of River Rd", "the Shell on Hwy 9",
           "Pine and 3rd", "the Dollar General", "the 2200 blk of Main", "Maple Ct", "the 7-11 on Grant",
           "the Kwik Stop", "Oak and Vine", "the strip mall on Rte 6", "Cedar Apts bldg B",
           "the laundromat on 5th", "Harbor and Front", "the 900 blk of Willow", "Elm and 14th",
           "the Circle K on Mission", "the 300 blk of Lakeview", "Depot St"]
VEHICLES = ["a silver Camry", "a blk pickup", "a white van", "a red Civic", "a gray SUV", "a green Subaru",
            "a maroon minivan", "a blue F-150", "a white Tahoe", "a tan Buick", "a black Charger"]
CROSS = ["MAIN", "1ST AVE", "RIVER RD", "CHURCH ST", "HWY 20", "COUNTY RD 9", "ELM", "MARKET"]

# ----------------------------------------------------------------------------------------------
# Template parsing
# ----------------------------------------------------------------------------------------------
CAT_RE = re.compile(r"^([A-Z]+)\|")
SEG_RE = re.compile(r"\[\[([a-z_]+):(.*?)\]\]|<<([a-z_]+):(.*?)>>|\(\((.*?)\)\)|\{(.*?)\}")


def parse_template_line(line):
    regional = line.startswith("~")
    if regional:
        line = line[1:]
    cat = None
    m = CAT_RE.match(line)
    if m:
        cat = m.group(1)
        line = line[m.end():]
    return regional, cat, line


def build_templates():
    red = []
    for kind in KINDS:
        for i, line in enumerate([l.strip() for l in RED_TEXT[kind].strip("\n").split("\n") if l.strip()]):
            regional, cat, text = parse_template_line(line)
            red.append(dict(tid="R-%s-%02d" % (kind, i + 1), side="red", kind=kind, regional=regional,
                            cat=cat or KIND_CAT[kind], alarm_cat=None, text=text, note=None, looks=kind))
    elig = []
    for gid, looks, fit, alarm, note, block in ELIG_GROUPS:
        for i, line in enumerate([l.strip() for l in block.strip("\n").split("\n") if l.strip()]):
            regional, cat, text = parse_template_line(line)
            elig.append(dict(tid="E-%s-%02d" % (gid, i + 1), side="elig", kind=None, group=gid,
                             regional=regional, cat=cat or fit, alarm_cat=alarm, text=text, note=note,
                             looks=looks))
    return red, elig


def parse_addons():
    out = []
    for line in [l.strip() for l in ADDONS.strip("\n").split("\n") if l.strip()]:
        contra, text = line.split("|", 1)
        kinds = [] if contra == "-" else contra.split(",")
        out.append(dict(contra=kinds, text=text, pair=text.startswith("<<")))
    return out


RED_T, ELIG_T = build_templates()
ADDON_T = parse_addons()


def segments_of(marked):
    """marked string -> list of [type, kind, text]; types p k a r d."""
    segs = []
    pos = 0
    for m in SEG_RE.finditer(marked):
        if m.start() > pos:
            segs.append(["p", None, marked[pos:m.start()]])
        if m.group(1) is not None:
            segs.append(["k", m.group(1), m.group(2)])
        elif m.group(3) is not None:
            segs.append(["a", m.group(3), m.group(4)])
        elif m.group(5) is not None:
            segs.append(["r", None, m.group(5)])
        else:
            segs.append(["d", None, m.group(6)])
        pos = m.end()
    if pos < len(marked):
        segs.append(["p", None, marked[pos:]])
    return segs


def serialize(segs):
    out = []
    for t, k, x in segs:
        if t == "p":
            out.append(x)
        elif t == "k":
            out.append("[[%s:%s]]" % (k, x))
        elif t == "a":
            out.append("<<%s:%s>>" % (k, x))
        elif t == "r":
            out.append("((%s))" % x)
        else:
            out.append("{%s}" % x)
    return "".join(out)


def template_kinds(text):
    ks = []
    for t, k, x in segments_of(text):
        if t == "k" and k not in ks:
            ks.append(k)
    return ks


def has_own_decoy(text):
    return any(t in "dar" for t, k, x in segments_of(text))


def alnum(s):
    return sum(1 for c in s if c.isalnum())


def one_word_long(text):
    return len(text.strip().split()) == 1 and alnum(text) > 5


# ----------------------------------------------------------------------------------------------
# Survival rule and label derivation
# ----------------------------------------------------------------------------------------------
def survives(start, end, text, width):
    if width is None or end <= width:
        return True
    if start >= width:
        return False
    if len(text.strip().split()) > 1:
        return False
    n = alnum(text)
    if n <= 5:
        return False
    kept = alnum(text[:width - start])
    return kept >= max(5, n - 3)


def spans_of(segs):
    spans = []
    pos = 0
    pending = None
    for t, k, x in segs:
        s = dict(type=t, kind=k, text=x, start=pos, end=pos + len(x), pair=None)
        if t == "a":
            pending = s
        elif t == "r" and pending is not None:
            pending["pair"] = s
            pending = None
        if t != "p":
            spans.append(s)
        pos += len(x)
    return spans


def derive(segs, width):
    """-> (flags in canonical order, evidence list)"""
    found = {}
    for s in spans_of(segs):
        if s["type"] == "k" and survives(s["start"], s["end"], s["text"], width):
            found.setdefault(s["kind"], []).append(s)
        elif s["type"] == "a" and survives(s["start"], s["end"], s["text"], width):
            r = s["pair"]
            if r is None or not survives(r["start"], r["end"], r["text"], width):
                found.setdefault(s["kind"], []).append(s)
    flags = [k for k in KINDS if k in found]
    ev = []
    for k in flags:
        s = found[k][0]
        vis = s["text"] if width is None else s["text"][:max(0, width - s["start"])]
        ev.append("%s <- '%s'" % (k, vis.strip()))
    return flags, ev


def cut_category(segs, width):
    spans = spans_of(segs)
    for s in spans:
        if s["start"] < width < s["end"]:
            if s["type"] in "ka":
                if one_word_long(s["text"]) and 1 <= s["end"] - width <= 4:
                    return "key_tail"
                return "inside_key"
            if s["type"] == "r":
                return "inside_resolution"
            return "inside_decoy"
    if all(s["end"] <= width for s in spans):
        return "after_markup"
    later = [s for s in spans if s["start"] >= width]
    if any(s["type"] in "ka" for s in later):
        return "before_key"
    if any(s["type"] == "r" for s in later):
        return "before_resolution"
    return "before_decoy"


def early_in_resolution(segs, width):
    """layout rule for targeted resolution cuts: at most half of the resolution stays visible"""
    for s in spans_of(segs):
        if s["type"] == "r" and s["start"] < width < s["end"]:
            return (width - s["start"]) * 2 <= len(s["text"])
    return False


def visible_decoy(segs, width):
    for s in spans_of(segs):
        if s["type"] in "da" and (width is None or s["start"] < width):
            return True
    return False


# ----------------------------------------------------------------------------------------------
# Misspellings
# ----------------------------------------------------------------------------------------------
COMMON_MISSPELL = {
    "received": "recieved", "unconscious": "unconcious", "weapon": "wepon", "weapons": "weapns",
    "neighbor": "nieghbor", "neighbors": "nieghbors", "threatening": "threatning", "threatened": "threatend",
    "breathing": "breathng", "bleeding": "bleading", "seizure": "siezure", "vehicle": "vehical",
    "apartment": "appartment", "occurred": "occured", "suicidal": "sucidal", "unresponsive": "unresponisve",
    "pistol": "pistle", "knife": "knive", "machete": "machette", "ambulance": "ambulence",
    "disconnected": "disconected", "screaming": "screming", "intoxicated": "intoxicted",
    "pregnant": "pregant", "conscious": "concious", "girlfriend": "girlfreind", "boyfriend": "boyfreind",
    "assaulted": "assualted", "separate": "seperate", "harassing": "harrassing", "stabbed": "stabed",
    "hitting": "hiting", "burglary": "burglery", "pills": "pils", "refusing": "refuseing",
    "fireworks": "firworks", "shotgun": "shotgn", "overdosed": "overdossed", "collapsed": "colapsed",
}
WORD_RE = re.compile(r"[A-Za-z]{4,}")


def match_case(orig, new):
    if orig.isupper():
        return new.upper()
    if orig.islower():
        return new.lower()
    if orig[0].isupper():
        return new[0].upper() + new[1:].lower()
    return new


def misspell_word(rng, w):
    low = w.lower()
    if low in COMMON_MISSPELL and rng.random() < 0.7:
        return match_case(w, COMMON_MISSPELL[low])
    for _ in range(10):
        op = rng.choice(["drop", "swap", "double"])
        i = rng.randrange(1, len(w) - 1)
        if op == "drop":
            nw = w[:i] + w[i + 1:]
        elif op == "swap":
            nw = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        else:
            nw = w[:i] + w[i] + w[i:]
        if nw != w:
            return nw
    return w[:-1]


def apply_misspelling(rng, segs, body_range, on_cue):
    """Misspell one word.  on_cue: in a k/a/r/d span; else in plain body text.  -> info or None"""
    cands = []
    for si, (t, k, x) in enumerate(segs):
        if on_cue and t == "p":
            continue
        if not on_cue and (t != "p" or not (body_range[0] <= si < body_range[1])):
            continue
        for m in WORD_RE.finditer(x):
            cands.append((si, m.start(), m.end()))
    if not cands:
        return None
    si, a, b = rng.choice(cands)
    t, k, x = segs[si]
    w = x[a:b]
    nw = misspell_word(rng, w)
    segs[si][2] = x[:a] + nw + x[b:]
    return "%s>%s>%s" % (w, nw, "cue" if on_cue else "plain")


# ----------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------
def fill_pattern(rng, pat):
    out = pat
    rep = {"{HH}": lambda: "%02d" % rng.randrange(24), "{MM}": lambda: "%02d" % rng.randrange(60),
           "{YY}": lambda: rng.choice(["25", "26"]), "{D6}": lambda: "%06d" % rng.randrange(1000000),
           "{D5}": lambda: "%05d" % rng.randrange(100000), "{D4}": lambda: "%04d" % rng.randrange(10000),
           "{D3}": lambda: "%03d" % rng.randrange(1000), "{D2}": lambda: "%02d" % rng.randrange(1, 100),
           "{D1}": lambda: str(rng.randrange(1, 10)), "{L}": lambda: rng.choice("ABCDEFGHJKLM"),
           "{X}": lambda: rng.choice(CROSS)}
    for key in ["{HH}", "{MM}", "{YY}", "{D6}", "{D5}", "{D4}", "{D3}", "{D2}", "{D1}", "{L}", "{X}"]:
        while key in out:
            out = out.replace(key, rep[key](), 1)
    return out


def fill_slots(rng, text, ag):
    p1 = rng.choice(PERSONS)
    p2 = rng.choice([p for p in PERSONS if p != p1])
    vals = [("$RP", ag["rp"]), ("$P2", p2), ("$P", p1), ("$ST", rng.choice(STREETS)),
            ("$VEH", rng.choice(VEHICLES)), ("$AGE", str(rng.randrange(19, 89))),
            ("$N", str(rng.randrange(2, 7)))]
    for k, v in vals:
        text = text.replace(k, v)
    return text


def casefix(segs, case):
    for s in segs:
        if case == "upper":
            s[2] = s[2].upper()
        elif case == "lower":
            s[2] = s[2].lower()


def render(rng, tpl, ag, addon, addon_first, misspell, n_heads, n_tails):
    heads = [fill_pattern(rng, p) for p in rng.sample(ag["heads"], n_heads)]
    tails = [fill_pattern(rng, p) for p in rng.sample(ag["tails"], n_tails)]
    body_parts = [fill_slots(rng, s.strip(), ag) for s in tpl["text"].split("#")]
    if addon is not None:
        a = fill_slots(rng, addon["text"], ag)
        body_parts = [a] + body_parts if addon_first else body_parts + [a]
    body = ag["sep"].join(body_parts)
    pre = ag["join"].join(heads + [""]) if heads else ""
    post = ag["join"].join([""] + tails) if tails else ""
    segs = [["p", None, pre]] + segments_of(body) + [["p", None, post]]
    body_range = (1, len(segs) - 1)
    casefix(segs, ag["case"])
    info = None
    if misspell is not None:
        info = apply_misspelling(rng, segs, body_range, misspell == "cue")
        if info is None:
            info = apply_misspelling(rng, segs, body_range, misspell != "cue")
    segs = [s for s in segs if s[2] != ""]
    # merge adjacent plain segments
    merged = []
    for s in segs:
        if merged and s[0] == "p" and merged[-1][0] == "p":
            merged[-1][2] += s[2]
        else:
            merged.append(s)
    return merged, len(pre), info


# ----------------------------------------------------------------------------------------------
# Main generation
# ----------------------------------------------------------------------------------------------
TRUNC_QUOTA = [("after_markup", 44), ("before_key", 30), ("inside_decoy", 24), ("inside_key", 30),
               ("key_tail", 22), ("inside_resolution", 24), ("before_resolution", 26)]
RED_CATS = [c for c, n in TRUNC_QUOTA]
ELIG_CATS = ["after_markup", "before_key", "inside_decoy", "inside_key", "inside_resolution",
             "before_resolution"]


def tpl_capable(tpl, cat):
    segs = segments_of(tpl["text"])
    types = [t for t, k, x in segs]
    own = has_own_decoy(tpl["text"])
    if cat == "key_tail":
        return any(t == "k" and one_word_long(x) for t, k, x in segs)
    if cat in ("inside_resolution", "before_resolution"):
        return "r" in types or not own
    if cat == "inside_decoy":
        return "d" in types or not own
    if cat in ("before_key", "inside_key"):
        return "k" in types or "a" in types or not own
    return True


def addon_ok(addon, tpl):
    bad = set(template_kinds(tpl["text"]))
    if tpl["looks"] in KINDS:
        bad.add(tpl["looks"])
    for t, k, x in segments_of(tpl["text"]):
        if t == "a":
            bad.add(k)
    return not (bad & set(addon["contra"]))


def generate():
    rng = random.Random(SEED)
    trunc_rows = sorted(rng.sample(range(N_ROWS), N_TRUNC))
    trunc_set = {i: True for i in trunc_rows}
    quota = {c: n for c, n in TRUNC_QUOTA}
    kind_count = {k: 0 for k in KINDS}
    use = {t["tid"]: 0 for t in RED_T + ELIG_T}
    group_use = {g[0]: 0 for g in ELIG_GROUPS}
    decoy_stat = {"red": [0, 0], "elig": [0, 0]}
    seen = {}
    rows = []
    marks = []
    for i in range(N_ROWS):
        ag = AGENCIES[rng.randrange(len(AGENCIES))]
        red_intent = rng.random() < P_RED
        ct_roll = rng.random()
        want_decoy_roll = rng.random()
        ms_roll = rng.random()
        misspell = None
        if ms_roll < 0.30:
            misspell = "cue" if rng.random() < 0.6 else "plain"
        side = "red" if red_intent else "elig"
        st = decoy_stat[side]
        rate = st[0] / st[1] if st[1] else 0.0
        p_add = 0.9 if rate < 0.60 else 0.25
        want_decoy = want_decoy_roll < p_add
        if red_intent:
            least = min(kind_count[k] for k in KINDS)
            kind = [k for k in KINDS if kind_count[k] == least][0]
            pool = [t for t in RED_T if t["kind"] == kind]
        else:
            pool = None
        is_trunc = i in trunc_set
        cats = [None]
        if is_trunc:
            feas = RED_CATS if red_intent else ELIG_CATS
            order = sorted(feas, key=lambda c: (-quota[c], RED_CATS.index(c)))
            cats = [c for c in order if quota[c] > 0] + [c for c in order if quota[c] <= 0]
        done = None
        for cat in cats:
            if red_intent:
                cand = [t for t in pool if cat is None or tpl_capable(t, cat)]
            else:
                # keep the eligible decoy rate near the red one: when it runs high, prefer templates
                # without decoys of their own (add-ons are then drawn at the shared rate)
                est = decoy_stat["elig"]
                prefer_plain = est[1] > 0 and est[0] / est[1] > 0.60
                gl = sorted(group_use, key=lambda g: (group_use[g], g))
                cand = []
                for g in gl:
                    cand = [t for t in ELIG_T if t["group"] == g and (cat is None or tpl_capable(t, cat))
                            and not (prefer_plain and has_own_decoy(t["text"]))]
                    if cand:
                        break
            if not cand:
                continue
            cand = sorted(cand, key=lambda t: (use[t["tid"]], t["tid"]))
            lowest = use[cand[0]["tid"]]
            first = [t for t in cand if use[t["tid"]] == lowest]
            rest = [t for t in cand if use[t["tid"]] != lowest]
            rng.shuffle(first)
            tries = first + rest
            for tpl in tries[:40]:
                own = has_own_decoy(tpl["text"])
                types = [t for t, k, x in segments_of(tpl["text"])]
                need_pair = cat in ("inside_resolution", "before_resolution") and "r" not in types
                need_dec = cat == "inside_decoy" and "d" not in types
                need_ka = (cat in ("before_key", "inside_key") and "k" not in types and "a" not in types)
                okadd = [a for a in ADDON_T if addon_ok(a, tpl)]
                if need_pair or need_ka:
                    okadd = [a for a in okadd if a["pair"]]
                elif need_dec:
                    okadd = [a for a in okadd if not a["pair"]]
                use_addon = (not own) and (want_decoy or need_pair or need_dec or need_ka)
                n_att = 1 if not is_trunc else 160
                for att in range(n_att if is_trunc else 30):
                    addon = rng.choice(okadd) if (use_addon and okadd) else None
                    if (need_pair or need_dec or need_ka) and addon is None:
                        break
                    addon_first = rng.random() < 0.5
                    n_heads = rng.choice([0, 1, 1, 2, 2, 3])
                    n_tails = rng.choice([0, 0, 1, 1, 2])
                    segs, prelen, info = render(rng, tpl, ag, addon, addon_first, misspell, n_heads, n_tails)
                    full = "".join(s[2] for s in segs)
                    width = None
                    if is_trunc:
                        W = ag["width"]
                        if len(full) <= W or W < prelen + 6:
                            continue
                        if cut_category(segs, W) != cat:
                            continue
                        if cat == "inside_resolution" and not early_in_resolution(segs, W):
                            continue
                        width = W
                        text = full[:W]
                    else:
                        text = full
                    if text in seen:
                        continue
                    done = (tpl, segs, width, info, text, cat, addon)
                    break
                if done:
                    break
            if done:
                break
        if done is None:
            raise RuntimeError("row %d could not be built" % i)
        tpl, segs, width, info, text, cat, addon = done
        seen[text] = True
        use[tpl["tid"]] += 1
        if tpl["side"] == "elig":
            group_use[tpl["group"]] += 1
        if width is not None:
            quota[cat] -= 1
        flags, ev = derive(segs, width)
        label = "red_flag" if flags else "eligible"
        for k in flags:
            kind_count[k] += 1
        if flags:
            reason = "; ".join(ev)
        elif tpl["side"] == "red":
            reason = "eligible: red key cut off by truncation"
        else:
            reason = "eligible: " + tpl["note"]
        if width is not None:
            reason += "; truncated at %d" % width
        fside = "red" if flags else "elig"
        decoy_stat[fside][1] += 1
        decoy_stat[fside][0] += 1 if visible_decoy(segs, width) else 0
        if tpl["side"] == "red":
            catg = tpl["cat"] if ct_roll < 0.70 else MILD_CATS[int((ct_roll - 0.70) / 0.30 * 4) % 4]
        else:
            catg = tpl["cat"] if ct_roll < 0.80 else tpl["alarm_cat"]
        call_type = CALLTYPES[catg][AG_CODES.index(ag["code"])]
        rid = "B13-%04d" % (i + 1)
        rows.append([rid, call_type, text, label, ";".join(flags), reason, "blind13"])
        marks.append([rid, ag["code"], str(width or 0), info or "", tpl["tid"], serialize(segs)])
    return rows, marks


def to_csv(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "call_type", "narrative", "label", "flags", "reason", "split"])
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def main(argv):
    outdir = "."
    markup = None
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--markup":
            markup = args.pop(0)
        else:
            outdir = a
    rows, marks = generate()
    os.makedirs(outdir, exist_ok=True)
    data = to_csv(rows).encode("ascii")
    with open(os.path.join(outdir, "blind13.csv"), "wb") as f:
        f.write(data)
    if markup:
        with open(markup, "wb") as f:
            f.write("".join("\t".join(m) + "\n" for m in marks).encode("ascii"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
