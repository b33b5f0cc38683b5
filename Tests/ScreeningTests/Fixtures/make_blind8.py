#!/usr/bin/env python3
"""Generate blind8.csv: held-out 911/CAD narrative screening set (stdlib only).

Usage: python3 make_blind8.py [OUTDIR]
Deterministic: random.Random(20261209); no set/dict-hash order reaches the output.
"""
import csv
import os
import re
import random
import sys

SEED = 20261209
N_ROWS = 1000
FLAG_ORDER = ["weapon", "violence", "threat", "injury", "suicide", "police_only", "uncertainty"]
CODE = {"W": "weapon", "V": "violence", "T": "threat", "I": "injury", "S": "suicide",
        "P": "police_only", "U": "uncertainty"}
WIDTHS = [60, 80, 100, 120, 160]

# ---------------------------------------------------------------------------
# Situations. Markup: [[decisive red span|FLAGS]]  <<cancelling span|FLAGS>>
# A red span activates its flags if it survives truncation (single word: at
# least max(5, len-3) letters, words of <=5 letters whole; phrase: whole).
# A cancel span (must survive whole) cancels flags activated earlier in the
# same segment.  Slots: {st} {st2} {biz}.
# ---------------------------------------------------------------------------
RED = r"""
m on the porch w/ a [[crossbow|W]], pointing it toward cars going by
subj [[waving a broken bottle|W]] at ppl outside {biz}
neighbor [[sharpening a knife and staring at the neighbors|W]] kids over the fence
m at the counter [[keeps touching something in his jacket|W]], wont leave, clerk scared
RP heard 4-5 [[shots|W]] behind {biz} just now
neighbor [[fired the rifle in the air|W]] again, kids are outside on bikes
guy walking down {st} with a [[machete|W]] yelling at cars
f [[chasing her bf down the block with a bat|W]]
subj [[pulled a box cutter|W]] on the cashier over a refund
2 m arguing in the lot, one [[has a pistol in his waistband|W]]
RP sees a [[rifle barrel sticking out the car window|W]] idling by the school
driver [[aimed his truck at the protesters|W]] and [[clipped one, shes on the ground|VI]]
subj [[swinging a tire iron|W]] at windshields in the lot [[smashing them|P]]
neighbor kid has a [[pellet gun pointed at RPs son|W]] through the fence
drunk m [[holding a hatchet|W]] on front lawn [[says anyone comes close gets it|T]]
[[gunshots|W]] then a car peeling out at {st} and {st2}
m [[stabbed|WVI]] outside the bar, [[bleeding from the side|I]]
m [[brandishing a screwdriver|W]] at the bus driver
[[flare gun pointed at|W]] the neighbor and his dog
[[hunting knife|W]] on the table and he keeps picking it up while they argue
kids [[shooting bb guns at cars|WP]] from the overpass
[[brass knuckles|W]] on, circling another guy outside the club
ex showed up [[w/ a gun in the car|W]], parked across the street watching the house
someone [[shot at the house|W]], fresh hole in the front window
m [[threatening ppl with a golf club|WT]] in the parking garage
coworker [[pointing a nail gun at|W]] another guy on the jobsite
subj [[swung a shovel at|W]] the neighbor, missed, still holding it
RP sees a [[rifle on the guys back|W]] walking into {biz}
teen [[pulled a blade|W]] in the locker room
RP thought fireworks but per 2nd caller it was [[shots, casings in the street|W]]
m [[sitting in the car loading a shotgun|W]] outside his exs work
wife says husband [[got the gun out of the safe|W]] and is drinking
[[taser pulled on|W]] the security guard at {biz}
kids [[throwing rocks at cars|WP]] from the embankment
m with a [[chain wrapped round his fist|W]] yelling at a couple
tenant [[raised a pitchfork at|W]] the code officer
[[took an axe to|WP]] the front door of his exs place
he [[shot the dog|W]] and is sitting on the porch [[w/ the rifle|W]]
homeless m [[jabbing at ppl with an ice pick|W]] near the station
m [[waving a sword|W]] in the cul de sac
guy in road rage [[pulled a pistol|W]] and is still following RP
[[bear spray|W]] [[sprayed into the crowd|V]] at the bus stop, ppl coughing
[[knife fight|WV]] behind the dumpsters
f [[holding scissors up|W]] at the caseworker, backed her into the corner
bartender says guy [[waving a broken pool cue|W]] at him
m [[showing a gun to kids|W]] at the park
neighbor [[target shooting toward the houses|W]], rounds hitting the fence
RP [[just heard 2 shots|W]] from the upstairs apt
roommate has a [[meat cleaver|W]] in hand screaming at RP
driver [[tried to run him over|W]] in the walmart lot, circling back
m put a [[gun on the dash|W]], tapped it and told RP to move his car
guy [[loading magazines|W]] on the tailgate across from the school
bf [[held a lighter and gas can|W]] over her clothes pile [[threatening to light it|T]]
subj [[cocked the gun|W]] when the tow driver hooked his car
[[has him in a chokehold|V]] on the sidewalk
f [[bit the clerk|V]] when she got stopped at the door with [[unpaid items|P]]
he [[threw the babys bottle at her head|V]]
ex [[kicked the door in|P]] and [[took her phone so she cant call|U]]
2 m [[punching each other|V]] in the middle of {st}
m [[dragging her by the hair|V]] to the car
bouncer [[slammed a guys head into the curb|V]], [[guy not moving|I]]
grandson [[pushed grandma down|V]] and [[she hit her head|I]]
[[fight just ended|V]], both guys still in the lot yelling
[[shoving match turned to punches|V]] at the bus stop
RPs brother [[just slapped mom|V]]
rider [[spit on and punched|V]] the driver
[[group jumping one kid|V]] behind the gym
teen [[choked his sister|V]] and ran to his room
roommate [[threw a lamp at her|V]], [[cut on her arm bleeding|I]]
m [[stomping on someone|V]] on the ground
customer [[headbutted the bartender|V]]
[[fistfight|V]] on the bleachers at the game
m [[kneeing a guy in the face|V]] by the food trucks
f [[scratched his face up|V]] and is still swinging
drunk [[throwing punches at the security guard|V]]
husband [[pinned her to the floor|V]], RP can see thru the window
dad [[hitting the kid with a belt|VP]] in the front yard
fare evader [[tackled the ticket checker|V]]
m [[pulled her out of the car by the arm|V]]
[[bar brawl|V]], 6-8 ppl, chairs flying
aide [[slapping the resident|V]] in the dayroom
bf [[shoved her into the wall|V]], shes crying
m [[sucker punched|V]] a guy waiting in line
RP watching neighbor [[choke his gf|V]] on the balcony
guy [[dragged him out of the wheelchair|V]]
m [[attacking the parking attendant|V]]
2 girls [[hair pulling and punching|V]] outside the school
he [[kicked the dog and then kicked her|V]]
clerk says a customer [[just hit her|V]], still in the store
client [[biting and scratching staff|V]] at the group home
f [[hitting him with her purse over and over|V]]
road rage guy [[got out and punched RP through the window|V]]
2 brothers [[wrestling and punching|V]] on the lawn, mom screaming
customer [[threw hot coffee on|V]] the barista, [[her neck is red and blistering|I]]
m [[body slammed|V]] the security guard
step dad [[grabbed the kid by the neck|VP]]
[[group of teens beating a man|V]] on the LRT platform
m [[shoved the old man off the porch|V]], [[hes not getting up|I]]
m [[keeps hitting her|V]] in the car in the lot
pt [[elbowed the nurse in the face|V]]
bf [[slamming her head against the dashboard|V]]
student [[threw a chair at the teacher|V]]
m [[punched the cashier|V]], grabbed cigs and [[ran out the back|P]]
RP sees neighbor [[shaking the baby hard|VP]]
[[two women clawing at each other|V]] in the checkout line
drunk [[swinging on anybody near him|V]] outside {biz}
mom says son [[punched a hole in the wall then punched her|V]]
[[scuffle at the pump turned into a beatdown|V]]
player [[beating the ref|V]] on the field
[[said hes going to make the news tonight|T]] before he left the office
ex texting [[youll be sorry when you see whats in your driveway|T]]
tenant [[told the landlord hes a dead man|T]]
coworker [[said hes bringing his AR in monday|T]]
[[note on the windshield: next time its your kid|T]]
neighbor [[says hes going to burn their house down|T]]
ex [[posted that he knows where she sleeps|T]]
m [[said he will shoot the next person who parks there|T]]
guy in the lot [[told RP to watch her back tonight|T]]
student [[wrote a kill list in his notebook|T]], names of classmates
m [[said he'd stab the manager|T]] if he calls anyone
bf [[said hes going to make her disappear|T]]
voicemail from ex [[says he'll finish what he started|T]]
kid who got kicked out [[said hes coming back with his boys|T]]
customer [[told the teller she'll blow the place up|T]]
student [[drew a gun pointed at the school with tomorrows date|T]]
husband [[said if she leaves he'll kill the dog then her|T]]
truck [[keeps driving by slow and making a gun sign|T]] at the house
tenant [[said the maintenance guy wont leave the unit alive|T]]
neighbor [[yelled I'll cut you|T]] at RP through the fence
son-in-law [[says he'll end the whole family|T]]
ex [[said shes not seeing christmas|T]]
driver [[told kids at the bus stop he'd run them over|T]]
parent [[said he's got something for the principal tomorrow|T]]
someone [[mailed a dead rat with her name on it|T]]
neighbor [[said hes going to teach the neighbor a lesson he wont forget|T]] and went to get something
guy from the bar [[said next time he sees RP hes done|T]]
m [[yelling that he'll break every bone in her body|T]]
kid [[posted a countdown on snap with a pic of the school|T]]
ex [[says he's gonna put a bullet in her new bf|T]]
son [[said he'd make mom pay tonight|T]]
rider [[told the bus driver she'll be waiting for him after his shift|T]] with her brothers
fired bartender [[said hes going to torch the bar|T]]
f [[said she'll throw acid on|T]] her sisters face
bf [[said he'd snap the kids neck|T]] if she calls anyone
tow driver says owner [[threatened to run him down|T]]
[[scratched youre next on her car|T]] overnight
m [[said he'll be waiting in the garage with a surprise|T]] for his supervisor
pt [[told the nurse he'll find her at home|T]]
someone [[sent a pic of her house with crosshairs on it|T]]
laid off worker [[said he'll take people with him|T]]
m [[said tomorrow everyone at the plant will remember his name|T]]
drunk [[shouted im gonna gut you|T]] at the doorman
bf [[said he'd drown her in the lake|T]]
husband [[told her if she calls 911 its over for her|T]]
neighbor [[said he's got a shovel with RPs name on it|T]]
tenant [[said he'll set the apt on fire with them inside|T]]
stranger [[said he knows what school the kids go to|T]]
kid [[said hes bringing a piece to the game friday|T]]
ex [[told the daycare he'll take the kids and they wont see them again|T]]
customer [[said he'd come back and shoot up the shop|T]]
m [[foaming at the mouth|I]] on the bench
m [[pale and sweaty, says his chest is tight|I]]
elderly m [[fell down the stairs, not moving his legs|I]]
toddler [[drank antifreeze|I]] from the garage
f [[not breathing right|I]], [[lips blue|I]]
m [[seizing|I]] on the floor of {biz}
kid [[head wound bleeding a lot|I]] after falling off a scooter
[[cant wake him up|I]], snoring weird
4yo [[got into grandmas pills|I]]
f [[burned her hand bad on the stove|I]], skin peeling
[[blood on the floor of the stall|I]], [[nobody answering inside|U]]
m [[passed out in the hot car|I]]
f [[nodding out, lips turning blue|I]]
grandpa [[slurring and one side of his face drooping|I]]
pt [[gasping, cant finish a sentence|I]]
m [[cut his hand on glass, spurting|I]]
bike vs car, [[rider not getting up|I]]
teen [[ate a bunch of edibles and cant stand|I]], eyes rolling
diabetic [[shaky and confused|I]], cant answer questions
m [[fell off the ladder|I]], [[arm bent wrong|I]]
kid [[choking on a grape|I]]
f [[vomiting blood|I]]
guy [[snorted something and now twitching|I]]
m [[slumped over the wheel|I]] at the light, engine running
dog walker [[fell through the ice|I]] on the pond
kid [[swallowed a button battery|I]]
worker [[hit by a forklift|I]]
[[nose wont stop bleeding|I]], on blood thinners
[[face swelling up after bee sting|I]], says throat is tight
[[old woman on the floor since last night|I]], cant get up
f [[shaking and eyes rolled back|I]]
found him [[with a needle still in his arm|I]], [[barely breathing|I]]
f [[tripped and hit her head on the curb|I]], confused
m [[gash on his scalp|I]] from a fall
cook has [[burns on his arms|I]] from the grease fire
m [[fainted in line|I]], still not talking right
pregnant f [[bleeding heavy|I]]
m [[chest pain|I]] going down his arm
f [[cant feel her legs|I]] after the fall
dementia pt [[drank a bottle of cleaner|I]]
teen [[huffing and collapsed|I]]
roofer [[dizzy and stopped sweating|I]]
m [[breathing real shallow|I]] after drinking all day
worker [[hand crushed in the machine|I]]
f [[bleeding from the ear|I]] after the fall
kid [[fell off the bleachers, not moving|I]]
[[dog bite, deep puncture bleeding|I]]
friends [[gave narcan, still not waking|I]]
hiker [[collapsed on the trail|I]]
kid [[fell out a 2nd floor window|I]]
allergic reaction, [[lips swelling|I]]
infant [[convulsing|I]]
[[car rolled, driver trapped|I]]
m [[sitting on the tracks|S]] near {st}
daughter [[stopped eating and gave her cat to the neighbor, said goodbye|S]]
m [[asked where the nearest bridge is|S]], crying
f [[standing on the ledge of the parking garage|S]], 5th floor
[[car running in the closed garage|S]], hes inside
son [[texted goodbye to everyone|S]] and [[has his dads pistol|W]]
f [[cut her wrists|SI]], [[bleeding through the towel|I]]
m [[took all his sertraline|SI]] an hour ago
m [[has a rope|S]] and [[asked how long it takes|S]]
vet [[gave away his guitar and dog, wrote a will|S]], wont pick up
m [[outside the railing on the bridge|S]]
m [[holding a gun to his head|SW]]
f [[holding a kitchen knife to her own arm|SW]]
f [[posted a goodbye video|S]] from the lake shore
m [[bought a gun yesterday and said this is the last weekend|SW]]
wife [[found him hanging, cut him down|SI]], [[barely breathing|I]]
f [[walked into the river|S]] up to her chest
m [[said hes going to drive into the bridge pillar|S]], driving now
roommate [[stockpiling pills|S]] and said tonight
mom [[writing letters to each kid|S]], said theyll be better off
student [[sitting on the roof edge|S]] of the dorm
m [[standing on the overpass|S]] looking down at traffic
f [[swallowed a bottle of tylenol|SI]]
f [[said she drank antifreeze|SI]] to end it
m [[locked in the bathroom with a razor|SW]]
[[charcoal grill lit in the closed bedroom|S]], he wont open the door
m [[walking into traffic on purpose|S]]
f [[said she'll jump when the train comes|S]]
teen [[looking up how many pills it takes|S]]
m [[deleted all his socials and said goodbye to his mom|S]]
m [[cancelled his lease and sent RP his passwords|S]], [[wont answer|U]]
f [[tied a belt to the closet door|S]]
student [[cutting herself|SI]] in the dorm bathroom
m [[loaded the rifle|SW]] and [[said tell the kids sorry|S]]
f [[in the tub with a hair dryer plugged in|S]]
teen [[up on the water tower|S]], wont come down
m [[took her dads heart meds|SI]]
m [[climbed the fence at the dam|S]]
m [[asked his friend to take care of his kids after|S]], has pills out
f [[on the bridge in the rain, says its time|S]]
m [[taped the windows and turned the gas on|S]]
farmer [[put a noose up in the barn|S]]
m [[on the pier edge with rocks in his pockets|S]]
m [[sitting in the car with a hose from the exhaust|S]]
f [[said she'll overdose tonight, has a bag of pills|S]]
f [[gave RP her dog and car keys and said dont look for me|S]]
m [[drove to the cliffs and texted sorry|S]]
m [[took 30 of his sleeping pills|SI]]
f [[on the balcony rail|S]] of the 9th floor
teen [[drank bleach|SI]] after fight with parents
m [[standing in the middle of the interstate|S]]
m [[sitting on the ledge of the bell tower|S]]
[[someone trying every car door on the block right now|P]]
[[teen exposing himself at the bus stop|P]]
[[truck swerving all over|P]], just hit a mailbox, still driving
[[4 yo wandering alone on the highway shoulder|P]]
[[2 ppl inside the closed store with flashlights|P]]
[[man looking in the bedroom window|P]] at {st}
[[kid locked in a car|P]] in the lot, windows up
[[guy spray painting the bus shelter|P]] right now
[[someone just hit RPs parked car and took off|P]], plate partial
[[someone in the garage right now|P]], RP hears them moving stuff
[[loading tvs into a van|P]] from the neighbors, theyre on vacation
[[toddler alone in the apt|P]], mom left hours ago
[[girl says her uncle touches her|P]]
subj [[has a felony warrant|P]], at {biz} now
[[smashing car windows|P]] along {st}
[[cutting the catalytic converter off|P]] a car in the lot
[[wrong way driver|P]] on the highway
[[guy just drove off from the bar|P]] can barely walk
[[shoplifter still in the store|P]] stuffing bags
[[prying the side door of the church|P]] with a crowbar
[[kids left alone in a running car|P]]
m [[filming under the stall doors|P]] in the womens room
car [[hit a pedestrian and drove off|P]], [[ped bleeding on the road|I]]
[[someone rattling the back door|P]]
m [[masturbating in his car|P]] by the playground
[[stealing packages off porches|P]] right now, silver sedan
[[breaking into the vending machine|P]]
[[3 kids home alone, oldest is 5|P]]
[[stealing copper from the vacant building|P]], still there
car [[weaving across the center line|P]]
[[someone breaking into the shed|P]]
kid [[says dad burns him with cigarettes|P]]
[[sleeping baby alone in a car|P]] at the laundromat
[[someone climbing in the window of 2B|P]]
[[keying cars|P]] in the garage
[[flashing the joggers|P]] on the trail
m [[peering through the blinds|P]] at the sorority house
[[someone siphoning gas|P]] from the trucks
driver [[backed into a kid on a bike and left|P]]
[[prowler in the backyard|P]]
[[taking the mail out of the boxes|P]]
teen [[says her coach sends her nude pics|P]]
[[kicked in the back door of the pharmacy|P]], alarm going
[[someone cutting the lock on a bike|P]]
[[infant left in the cart|P]] outside the store
[[drive thru guy so drunk he fell out of the car|P]]
[[tampering with the ATM|P]]
[[phone snatched, suspect still in the park|P]]
[[hitching up the trailer|P]] next door, owners away
[[school bus driver smells of booze|P]] and just pulled out
m [[offering kids candy to get in his van|P]]
[[2 guys inside the model home|P]] at night
[[snowmobile driver drunk|P]] on the lake trail
[[hear a man yelling open the door then nothing|U]]
[[woman whispering hes back then hung up|U]]
[[strong smell of gas|U]] from 3C, [[elderly tenant home but not answering|U]]
[[open line, sounds of crying and a man yelling|U]]
[[911 hang up, no answer on callback|U]]
[[silent call, just tapping|U]]
[[caller whispering someone is in the house|UP]]
[[screaming and crashing|U]] in the apt below
[[call dropped after caller said help|U]]
[[TDD call, no text|U]]
[[caller says cant talk|U]], yes/no answers only
[[door kicked in, nobody answering|U]] at unit 14
[[child on the line says mommy wont wake up|UI]]
[[sounds of a struggle|U]] on the line
[[woman screaming help|U]] from the woods behind the trail
therapist [[calling with a duty to warn|U]]
[[caller ordering a pizza|U]] but says its not a joke
[[thuds and a woman crying|U]] through the wall
[[caller said send someone and the line went dead|U]]
[[banging on the wall and someone saying stop|U]]
[[heard glass break and a scream|U]] next door
[[text to 911: hiding in the closet|U]]
[[only breathing on the line|U]]
[[kid crying on the line says daddy is mad|U]]
[[female says yes to everything, man in background|U]]
[[someone calling for help|U]] from the dumpster area
[[crash sound then silence|U]] on {st}
[[banging from inside a car trunk|U]]
[[apt door wide open, blood on the handle|U]]
[[picked up, shouting, then click|U]]
[[can hear her saying let me go|U]]
[[caller afraid to give her name|U]], says hes in the next room
[[kid on the line says a man is in the house|U]]
[[cell call from the lake, only splashing|U]]
[[heard a thump and a long scream|U]] upstairs
[[panic alarm|U]], keyholder not answering
[[car in the pond|U]], dont know if anyone is in it
[[caller keeps saying its fine but starts crying|U]]
[[she screamed and then everything went quiet|U]]
[[wont say whats wrong, just asks for help|U]]
[[heard someone being hit|U]] behind the fence
[[says hes listening and hung up|U]]
[[sounds like someone choking on the line|UI]]
[[elderly m not seen in days, mail piling up, smell from the unit|U]]
[[woman mouthing help from the back seat|U]] of a grey car
[[door open, car running, owner not answering|U]]
[[caller hung up when asked the address|U]]
[[moaning from inside the dumpster|U]]
[[screaming kid in the next unit for an hour, nobody answering|U]]
[[teen texted help me pls|U]], no more replies
[[crying, says she cant say|U]]
"""

# Benign situations: CATEGORY[/ALARMING_LOOKALIKE_CATEGORY]|text
BENIGN = r"""
UNHOUSED|m says hes dead tired, wants a ride to the shelter
NOISE|RP has a killer headache from the bass next door, wants it turned down
DVNA/DVA|son bombed the exam, parents yelling at him, verbal only
INFO|RP got shot down by the landlord on the repair, wants to know her rights
MENTAL/SUICIDE|f got fired from her job today, crying in the lobby, wants to talk to someone
PARKING|ppl leaving the game early to beat the traffic, blocking the alley
INTOX|group choking on laughter on the bench, RP thinks theyre high, no issue
NOISE|RP says the music upstairs is murder, bass going since 10
DISTURB/FIGHT|roommates fighting over dishes, verbal only
HARASS/THREATS|RP says new manager stabbed him in the back at the meeting, wants to file a complaint
INFO|tenant says landlord is bleeding her dry on rent, wants tenant rights info
NOISE|kids playing cops and robbers with finger guns at the park, loud
CIVIL/THREATS|RP says ex is killing her with texts about the kids schedule, no threats
ASSIST|tourist says he could murder a burger, asking whats open late, confused about the bus
DISTURB/FIGHT|coach says the team got slaughtered, parents arguing in the lot, verbal
INTOX|drunk m says he was blown away by the fireworks, sitting on the curb, calm
HARASS/THREATS|RPs sister joked she wants to strangle the landlord, just venting about the heat being off
DISTURB|comic died on stage, heckler wont leave the bar, verbal
MENTAL|student says the prof is trying to kill them w the workload, wants counseling info
UNHOUSED|m dead broke asking for bus fare outside {biz}
UNHOUSED|m says his back is killing him from sleeping on the bench, wants a shelter bed
HAZARD|smells like something died in the wall, landlord not responding, no one ill
ANIMAL|RP about to lose it over the barking dog, wants animal control
NOISE|gamers screaming headshot all night upstairs
FOUND|kid says mom will kill him for losing his phone, wants help finding it
TRAFFIC|RP shot a video of a car doing donuts last night, wants to send it in
ASSIST|m says hes on his last legs after a double, car broke down on the shoulder, wants a tow number
PARKING|fight over a parking spot, yelling only, both drove off
WELFARE|RP says the apt is suffocating, AC out, landlord not answering, she's fine otherwise
INFO|f says shes dying here waiting 2 hrs for the bus, wants to complain to transit
MENTAL|mom says the kids are driving her crazy, wants parenting resources
ASSIST/MEDICAL|guy ran a marathon and is dead on his feet, asked for water, declines EMS
INFO/ASSAULT|RP was stabbed in 2015, saw the guy at the gas station today, no contact, wants advice
CIVIL/DVA|prior DV 2019, nothing today, wants order of protection info
THEFTRPT|bike stolen from the rack last week, no report needed, just logging it
MENTAL/SUICIDE|attempt 2 yrs ago, doing ok now, wants a counselor referral
INFO/SHOTS|old bullet hole in the siding from before they bought, insurance wants a note
CIVIL/DVA|ex was arrested for assault last year, shes moving and wants a standby for her stuff
FOUND/WEAPON|found grandpas old hunting knife cleaning out the estate, wants to know how to dispose
JUV/FIGHT|kid was in a fight at school last month, parent wants to talk to the SRO about bullying
INFO/OD|husband ODd in 2021, she wants narcan training info
THEFTRPT/BURG|car rummaged sometime over the weekend, only a charger gone, insurance only
THEFTRPT|package taken off porch tuesday, just wants a case number
ANIMAL|neighbors dog that bit RP years ago is loose again, no bite today, wants AC
INFO|RP hit and run victim in march, calling for an update on the case
NOISE/DVA|neighbor used to get violent but not for years, now just plays loud music
THEFTRPT|lost wallet at the fair last night, maybe stolen, no suspect, wants a report
DISTURB/WEAPON|2 m arguing over a parking spot, no wpns seen, no physical
MENTAL|m hearing voices, they arent telling him to hurt anyone, denies SI, wants to talk to someone
TRAFFIC/MVA_INJ|minor fender bender, no inj, exchanging info, needs help w the paperwork
DVNA|mom and teen yelling, verbal only, no one hurt, wants mediation
MENTAL/SUICIDE|f crying on the bench, says shes sad, denies SI, no plan, wants someone to talk to
UNHOUSED|m sleeping in the doorway of {biz}, woke up and talked to RP, not aggressive
TRESPASS|customer refusing to leave, yelling about a refund, verbal only
DISTURB/WEAPON|m yelling at traffic, no wpn seen, not approaching anyone, pacing
MENTAL/MEDICAL|RP anxious, had a panic attack earlier, breathing fine now, wants the crisis line
DISTURB/DVA|tenants arguing in the hall, RP says no pushing no threats, just loud
SUSP/WEAPON|RP saw m w/ a [[gun|W]] by the fence <<turned out its a drill, hes a contractor|W>>
SUSP/WEAPON|m with a [[knife|W]] in his hand on the patio <<per callback its a spatula, hes grilling|W>>
SUSP/SHOTS|[[shots|W]] on {st} <<per unit it was a transformer blowing|W>>
SUSP/WEAPON|[[rifle|W]] in the back window <<per callback its a fishing rod case|W>>
JUV/WEAPON|kids w [[guns|W]] in the park <<confirmed orange tip nerf|W>>
SUSP/WEAPON|m with a [[machete|W]] by the creek <<city crew clearing brush, has a permit|W>>
WELFARE/MEDICAL|[[body in the park|I]] <<UPD guy was sleeping, woke up, fine|I>>
SUSP/BURG|[[someone breaking in|P]] next door <<nvm its the owner locked out|P>>
NOISE/UNKTRBL|[[screaming|U]] from the house <<RP now says its the kids playing a game|U>>
WELFARE/SUICIDE|[[man on the roof edge|S]] <<per unit its a roofer in a harness|S>>
HAZARD/MEDICAL|[[blood all over the sidewalk|I]] <<turned out to be red paint spilled|I>>
DISTURB/FIGHT|[[fight|V]] in the quad <<false alarm, its the rugby club practicing|V>>
NOISE/SHOTS|[[gunfire|W]] <<confirmed fireworks, kids on 5th|W>>
WELFARE/CHILDABUSE|[[child alone in car|P]] <<dad was pumping gas right next to it, all ok per unit|P>>
TRAFFIC/MEDICAL|[[someone lying in the road|I]] <<its a mannequin|I>>
SUSP/WEAPON|[[man w a bat|W]] <<nvm its a kid walking to practice|W>>
SUSP/WEAPON|[[sword|W]] at the bus stop <<cosplay prop, foam, con at the civic center|W>>
SUSP/WEAPON|[[pistol|W]] on the bar top <<its a lighter shaped like a gun|W>>
SUSP/SEXOFF|[[man exposing himself|P]] <<RP now says he was changing his shirt in his car|P>>
SUSP/SUICIDE|[[person hanging|S]] from the tree <<halloween decoration, all ok per unit|S>>
SUSP/WEAPON|neighbor cutting up a deer in his garage, knives out, RP thinks its gross, wants it stopped
NOISE/SHOTS|airsoft game in the woods, masks on, private land, RP annoyed
INFO/WEAPON|m selling his old rifle, wants to know where to turn it in instead
FOUND/WEAPON|toy gun left in the sandbox, confirmed plastic, wants it picked up
FOUND/WEAPON|found loose rounds in the alley, no gun, wants them picked up
INFO/WEAPON|widow sold husbands shotguns, buyer wants the sale witnessed
WELFARE|daughter hasnt heard from dad in 3 days, lives alone, no other concerns
WELFARE|out of state son asks for check on mom, phone going to voicemail since sunday
WELFARE|elderly f walking slow in the cold without a coat, says shes fine, going to church
WELFARE/MEDICAL|m sitting on the curb for an hour, talks fine, says just resting
NOISE|party on the 3rd floor, music and yelling, 2nd call tonight
NOISE|band practicing in the garage past 11
NOISE|dog barking nonstop at {st} for 2 hrs
NOISE|leaf blowers at 6am at the church lot
NOISE|car stereo in the lot, kids hanging out, bass rattling windows
FOUND|found a wallet on the bus bench, wants to drop it off
FOUND|found a phone at {biz}, owner keeps calling it
FOUND|kids bike left on RPs lawn for 2 days
FOUND|found a set of keys with a dorm fob on the sidewalk
FOUND|backpack left at the bus stop, RP looked inside, books and a lunch
UNHOUSED|m camping under the bridge, asking for a blanket
UNHOUSED|tent on the sidewalk blocking the ramp, asking for outreach
UNHOUSED|f sleeping in the laundromat again, manager wants her connected to services
UNHOUSED|couple living in a car at the park, asking about shelter
UNHOUSED/MEDICAL|m in the bus shelter, cold, talking fine, wants a shelter ride
INTOX|drunk m singing at the bus stop, harmless, wants to go home
INTOX|f intox on the bench, calm, friend on the way
INTOX|m passed a bottle around with friends outside {biz}, no problems just loitering
INTOX/MEDICAL|m intox sitting against the wall, talking and laughing, wants a ride to detox
MENTAL|lonely widower calls again, wants to talk to someone
MENTAL|m hearing voices about his neighbors, calm, not commanding anything, wants a counselor
MENTAL|f anxious about her eviction, crying, no SI, wants resources
MENTAL/SUICIDE|m says he wishes he was dead some days, no plan no means, wants to talk to someone
MENTAL/SUICIDE|teen says she wants to disappear, no plan, mom wants someone to come talk
MENTAL|vet says hes having a bad night, memories from deployment, wants to talk to a peer
JUV|teens hanging out at the closed skate park
JUV|kids on the roof of the dugout, just sitting
JUV|5-6 teens loitering in the {biz} vestibule, not causing problems
JUV|kids ringing doorbells and running
LOCKOUT|locked out of car, keys on the seat
LOCKOUT|locked out of the apt, building manager not answering
LOCKOUT/CHILDABUSE|locked keys in the car, no kids or pets inside, just needs help
NEEDLE|used needles by the playground fence
NEEDLE|sharps container dumped in the alley behind {biz}
NEEDLE|needle on the sidewalk outside the library
TRESPASS|ex roommate refuses to leave, arguing about the deposit, verbal only
TRESPASS|m wont leave the lobby, says hes waiting for his cousin, calm
TRESPASS|guy keeps coming back to the pool after being told hes banned, leaves when asked
UNHOUSED|m sleeping in the bank doorway, woke up and talked, moved along
CIVIL|custody exchange, dad 20 min late, mom wants it documented
CIVIL|landlord changed the locks, tenant wants to know her rights
CIVIL|neighbor built the fence on RPs side, wants someone to look
CIVIL/DVA|ex wont return the kids car seat, verbal argument earlier
CIVIL|contractor took deposit and never came back, wants to know who to call
DISTURB|2 neighbors yelling about leaves over the property line
DISTURB|customer screaming at staff over a coupon, no threats, still there
DISTURB|couple arguing loudly in the lot, both calm now per RP
DISTURB/FIGHT|2 girls yelling at each other at the bus stop, no contact
SUSP|unknown car parked on the street for 2 days
SUSP|m taking pictures of houses, has a clipboard, maybe a survey
SUSP|guy going door to door selling meat from a cooler
SUSP/PROWLER|flashlight in the neighbors yard, neighbor says its her looking for the cat
SUSP/BURG|garage open all night across the street, owners answered, theyre fine
ANIMAL|loose horse on CR 14
ANIMAL|raccoon acting weird near the daycare, no one bit
ANIMAL|cows out on the road again
ANIMAL|dog left on the balcony in the rain
HAZARD|tree limb down across the sidewalk
HAZARD|streetlight out at {st} and {st2}
HAZARD|gas smell by the vacant house, nobody lives there, wants gas co notified
HAZARD|water main bubbling up in the road
TRAFFIC|stop sign knocked down at the corner
TRAFFIC|abandoned car on the shoulder, no one in it
TRAFFIC|kids selling lemonade in the road, drivers swerving to avoid them
ASSIST|elderly m lost, cant remember where he parked, calm
ASSIST|f needs help getting her husband off the floor, not hurt, just cant lift him
ASSIST|m wants a ride to the VA
ASSIST|tourist lost phone, needs to call her hotel
ALARM|burglar alarm at {biz}, keyholder says the cleaner set it off
ALARM|alarm at the school, wind blew the door open per custodian
ALARM/BURG|alarm company says motion in the garage, owner on the cam sees his own cat
INFO|RP wants to know if fireworks are legal tonight
INFO|caller asking how to get a copy of an accident report
INFO|wants info on a gun safety course for her son
INFO/WEAPON|asking how to transfer a handgun she inherited, its locked up
HARASS|ex keeps calling, no threats, just wont stop, wants advice
HARASS|neighbor keeps parking in front of RPs driveway, words exchanged
HARASS/THREATS|coworker keeps making rude comments, no threats, wants to document
DVNA|couple arguing about money, RP neighbor hears yelling only, no crashing
DVNA/DVA|sister and brother arguing over the tv, mom wants someone to talk to them
DVNA/DVA|adult son wont move out, arguing, no one hurt
WELFARE|RP says the old lady next door usually waves, hasnt seen her 2 days, car gone
WELFARE|college student hasnt texted mom since yesterday, roommate says shes at the library
WELFARE/UNKTRBL|man standing in the rain at the corner for an hour, talked to RP, waiting for a ride
THEFTRPT|someone took RPs lawn gnome last week, wants a report for insurance
THEFTRPT/ROBBERY|phone stolen from the gym locker yesterday, no suspect
THEFTRPT|catalytic converter gone, noticed this morning, happened sometime overnight
THEFTRPT|tools missing from the truck bed, sometime last month
THEFTRPT|shoplifting earlier today, suspect long gone, store wants a case number
DISTURB/ASSAULT|RP says a guy punched the air and screamed at a pigeon, no one near him
SUSP/WEAPON|[[guy with a rifle|W]] in the field <<per callback hes a surveyor with a tripod|W>>
SUSP/WEAPON|[[gun|W]] in the kids backpack <<school says its a water pistol, clear plastic|W>>
SUSP/WEAPON|[[m waving a knife|W]] outside the diner <<turned out its a harmonica|W>>
DISTURB/ASSAULT|[[guy punching someone|V]] in the lot <<per unit its two friends boxing in gloves with a ref|V>>
WELFARE/MEDICAL|[[m down in the alley|I]] <<RP now says hes up and walking, was tying his shoe|I>>
WELFARE/MEDICAL|[[kid bleeding|I]] at the park <<false alarm, ketchup|I>>
SUSP/PROWLER|[[someone in the backyard|P]] <<per callback its the neighbor getting his ball|P>>
WELFARE/SUICIDE|[[f on the bridge rail|S]] <<per unit shes taking photos, standing on the walkway, fine|S>>
NOISE/UNKTRBL|[[woman screaming|U]] <<RP now says its a horror movie, neighbor confirmed|U>>
HANGUP|[[911 hang up|U]] <<kid playing with the phone per callback, mom confirms|U>>
HANGUP|[[open line|U]] <<per callback pocket dial, all ok|U>>
ALARM/BURG|[[broken window at the store|P]] <<owner says it was a bird last week, boarded|P>>
THREATS|[[said he would kill him|T]] <<RP now says it was about a video game, theyre laughing|T>>
THREATS|[[threatened to burn the house down|T]] <<RP says its a line from the play theyre rehearsing|T>>
SUSP/SEXOFF|[[naked man|P]] in the yard <<its the neighbors toddler running from the bath|P>>
SUSP/DUI|[[car weaving|P]] <<nvm she was swatting a bee, pulled over, all ok per unit|P>>
SUSP/CHILDABUSE|[[baby crying alone in a car|P]] <<turned out mom was in the driver seat, RP couldnt see her|P>>
MEDICAL|[[unconscious|I]] f on the grass <<per unit sunbathing w earbuds in|I>>
SUSP/WEAPON|[[m with a crossbow|W]] on the path <<bow unloaded in a case, its a hunter walking back to his truck|W>>
FIGHT|[[2 m brawling|V]] in the street <<turned out to be a film shoot w permits|V>>
WELFARE/SUICIDE|[[m sitting on the tracks|S]] <<UPD hes railfanning on an abandoned spur line, moved when asked|S>>
SUSP/SHOTS|[[popping sounds|W]] <<all ok per unit, car backfiring|W>>
MEDICAL/OD|[[overdose|I]] in the bathroom <<RP now says he was just asleep, now up and talking|I>>
WELFARE/UNKTRBL|[[thuds from the apartment|U]] <<per callback tenant moving furniture|U>>
SUSP/BURG|[[door kicked in|P]] <<owner says he did it himself, locked out, just wants it on file|P>>
JUV/FIGHT|[[kids fighting|V]] <<nvm theyre wrestling for fun, all laughing|V>>
INTOX/MEDICAL|[[guy collapsed|I]] outside the bar <<turned out he sat down, drunk but talking fine|I>>
DISTURB/WEAPON|[[bat|W]] swinging in the lot <<its a kid practicing his swing, nobody around|W>>
SUSP/WEAPON|[[man with a gun|W]] at the gas station <<per unit off duty deputy in uniform|W>>
DVNA/DVA|[[husband hit her|V]] <<RP now says he hit the wall not her, shes ok, verbal only now|V>>
TRAFFIC/MVA_INJ|[[hit and run|P]] <<other driver came back and exchanged info|P>>
WELFARE/UNKTRBL|[[cries for help|U]] from the creek <<UPD its a kid yelling in a game of marco polo|U>>
SUSP/WEAPON|[[someone pointing a gun|W]] from the window <<turned out its a camera w long lens, birdwatcher|W>>
DISTURB|m at the counter complaining his killer fries were cold, loud but leaving
NOISE|roommates blasting music, RP says she'd kill for some sleep
DISTURB|bride and groom families arguing at the reception hall, verbal
JUV|teens egging cars last halloween, RP just now found out who, wants to talk to parents
WELFARE|m talking to himself at the library, calm, staff just want someone to check on him
MENTAL|f feels hopeless after breakup, no plan, says shed never do anything, wants a counselor
MENTAL|college student stressed about finals, crying in the stairwell, friend with her, wants to talk to someone
MENTAL/SUICIDE|m says life isnt worth it lately, denies plan, has no guns, wants someone to call
MENTAL|f says the tv is sending her messages, not scared, wants her case manager
MENTAL|m wants to check into detox, calm, at the shelter
MENTAL|teen refusing to go to school, mom wants a crisis worker not police
INTOX|m intox asleep on the bus, woke up at the end of the line, cooperative
INTOX|f intox at the ER entrance, wants a taxi home, not hurt
DISTURB|neighbor yelling at the mail carrier about late packages, no threats
SUSP|kids in the construction site after hours, just climbing on the dirt pile
SUSP|m sitting in a car outside the school for 20 min, turned out waiting for his daughter per office
JUV|teen ran from group home, came back on her own, staff want it logged
JUV|11 yo refusing to get out of the car at school, mom wants help
CIVIL|tenant says landlord entered without notice yesterday, wants it documented
CIVIL|RP says ex sold her couch on marketplace, wants advice
DISTURB|m preaching loudly outside the transit center, not bothering anyone directly
UNHOUSED|encampment by the river, outreach requested, no issues
UNHOUSED|f pushing a cart down the middle of the road, moved to the sidewalk when asked
WELFARE|child walking alone to school, 10 yo, RP worried but she said shes almost there
WELFARE|elderly m in the grocery lot cant find his car, daughter on the way
ASSIST|f wants help returning a lost dog she found
ASSIST|guy needs a jump, stuck at the trailhead
FOUND|found a purse in the dumpster, ID inside, no cash
FOUND|found an old bayonet in the attic, wants to donate it
FOUND/WEAPON|hunting bow found in a ditch, case closed, nobody around, wants pickup
INFO|RP wants to know how to report a scam call
INFO|wants to know if she can shoot the raccoon, told no, just asking
INFO|RPs dad wants his old revolver destroyed, its unloaded and locked, wants an appointment
NOISE|neighbor chopping wood with an axe at 7am, loud
NOISE|target practice at the range on CR 9, RP new to the area, asking if its legal
NOISE/SHOTS|duck hunters on the marsh at dawn, RP annoyed at the noise
DISTURB|two drivers arguing over a fender scratch, calm now, exchanging info
HAZARD|downed power line sparking on the road, no one near
HAZARD|broken glass all over the playground
HAZARD|manhole cover missing on {st}
HAZARD|mattress in the middle lane
NOISE|fireworks off the dock, sounds like gunfire but RP can see them
SUSP|m in a hoodie looking in car windows, turned out hes the owner looking for his keys
SUSP|drone flying over the backyard, RP annoyed
SUSP|stranger asked RPs kid for directions, left, kid fine, RP just wants a patrol note
TRESPASS|skateboarders at the bank lot after hours, leave when asked
TRESPASS|fishermen on the private dock, arguing with owner, verbal only
TRESPASS|m refusing to leave the ER waiting room, wants a sandwich, calm
DVNA|ex showed up to drop off the kids and they argued, he left, no threats
DVNA|wife says husband called her names, no physical, wants counseling info
WELFARE|m found sleeping in the church pew, woke and thanked them, asked for coffee
ASSIST|deaf m needs help at the bus station, wrote notes, wants directions
WELFARE|toddler found wandering in the apt hallway, mom came out right away, she was asleep, all fine now
FOUND|found a bag of fake guns from a paintball shop, all orange tipped, wants pickup
MENTAL|m pacing outside the clinic, says hes stressed, no wpns, talks fine
MENTAL|grandma with dementia keeps calling her late husband, daughter wants help
SUSP|RP saw someone trying car doors last night on the doorbell cam, nothing taken
THEFTRPT|gas drive off 2 hrs ago, plate known, manager just wants a report
THEFTRPT|bike seat stolen sometime this week
THEFTRPT|RPs checks were stolen from the mailbox in june, bank wants a report
WELFARE|caller worried about her friend who posted sad song lyrics, friend answered and says shes fine
MENTAL|m on the phone says he wants to talk to someone about his drinking, sober today
MENTAL|f says shes overwhelmed caring for her mom, needs respite resources
INTOX|m at the liquor store yelling at the clerk he's not drunk, leaves when asked
INTOX|2 college kids intox walking home, one carrying the others shoes, laughing
NOISE|frat party, music spilling onto the street, ppl on the lawn
NOISE|choir practice running late, neighbors complaining
JUV|kids jumping the fence at the pool after hours
JUV|middle schoolers skipping, hanging at the mall food court
CIVIL|roommate took RPs charger and wont give it back
CIVIL|mechanic holding the car until paid, RP disputes the bill
DISTURB|heated argument at the HOA meeting, nobody touching
DISTURB|two guys yelling over a pickup game, left separately
HARASS|someone keeps leaving flyers on RPs car, wants it to stop
HARASS|RP says her upstairs neighbor stomps on purpose, wants mediation
SUSP|van parked by the park with no plates, empty
SUSP|m asking for money door to door, says hes collecting for a team
WELFARE|f sitting in her car in the lot for hours, crying, says her mom died, wants to be left alone, fine
WELFARE|RP hasnt seen neighbor in a week, paper on the porch, neighbor's son says hes on a trip
ASSIST|f locked out, toddler is with her outside, cold, wants a locksmith number
ASSIST|elderly m fell earlier, family got him up, not hurt, wants a lift assist program number
ANIMAL|snake in the garage
ANIMAL|dead deer on the shoulder of HWY 9
ANIMAL|neighbor's pit loose, friendly, following kids around
ANIMAL|bat in the dorm room, nobody bitten
HAZARD|ice on the stairs at the station, somebody slipped yesterday, ok, wants it salted
SUSP/WEAPON|[[someone with a gun|W]] at the bus stop <<its an umbrella, RP got a closer look|W>>
DISTURB/FIGHT|[[fight|V]] outside the bar <<per callback all parties left before it got physical|V>>
WELFARE/UNKTRBL|[[man screaming for help|U]] <<UPD hes a street preacher, no distress, seen by RP|U>>
WELFARE/MEDICAL|[[woman collapsed|I]] on the sidewalk <<now sitting up, says she tripped, no injury, refused amb|I>>
SUSP/BURG|[[break in at the school|P]] <<per custodian it was him, forgot his code|P>>
SUSP/DUI|[[drunk driver|P]] leaving the bar <<turned out hes a passenger, wife driving|P>>
THREATS|[[kill list|T]] in the notebook <<per principal its a list of bugs for science class|T>>
MEDICAL|[[baby not breathing|I]] <<UPD baby crying now, mom says she was just asleep deep, declines EMS|I>>
SUSP/PROWLER|[[peeping tom|P]] <<RP now says it was the window washer on the schedule|P>>
WELFARE/SUICIDE|[[jumper|S]] on the roof of the garage <<per unit it's a worker checking the HVAC|S>>
MENTAL/THREATS|[[says hes going to hurt someone|T]] <<clarified by the caseworker he meant hurt their feelings, very calm|T>>
MEDICAL|[[seizure|I]] at the gym <<per callback it was a cramp, he's stretching and talking|I>>
SUSP/WEAPON|[[bullets|W]] flying at the range <<range is permitted and nobody in danger, RP new to the area|W>>
NOISE|neighbor's tv so loud RP can hear the whole ball game through the wall
NOISE|car alarm going off for 40 min on {st}
NOISE|karaoke at the bar across the street, door propped open
NOISE|construction crew jackhammering at 5am
NOISE|rooster next door crowing all night
DISTURB|m arguing with the bus driver about the fare, got off, still grumbling at the stop
DISTURB|drunk fans chanting outside the stadium, no trouble, just loud
DISTURB/FIGHT|two women shouting over a shopping cart, store manager separated them, nobody touched
DISTURB|tenant yelling at the super about the heat, super wants someone present for the talk
CIVIL|ex keeps the dog past the agreed weekend, wants it documented
CIVIL|RP says her contractor left a hole in the roof, wants to know if its a police thing
CIVIL|dispute over a used car sale, buyer says it broke down, verbal
CIVIL|neighbor tree fell on RPs shed last week, insurance argument
WELFARE|neighbor asks for a check on an elderly m who didnt pick up his paper, his lights are on and he waved from the window
WELFARE|teen sitting alone at the bus stop late, says mom is coming, calm
WELFARE|f walking along CR 220 at night with groceries, car broke down, wants a lift
WELFARE|guy asleep in his running car at the rest area, woke up when RP knocked, trucker taking a nap
MENTAL|f says she feels like giving up on school, no thoughts of hurting herself, wants to talk to a counselor
MENTAL|m says the voices are loud today, he takes his meds, wants his worker to call him
MENTAL|grieving dad at the cemetery after hours, crying, talks fine, security wants someone kind to come
MENTAL|teen panic attack at the mall, breathing ok now, mom on the way
MENTAL|m says hes been depressed since the divorce, no plan, wants a support group
INTOX|f intox in the library bathroom, sleeping it off, wakes easily, staff want her moved
INTOX|m drunk at the gas station asking for a ride, no car, walking
INTOX|guy high on the bench talking about aliens, friendly
UNHOUSED|m with all his belongings at the ATM vestibule, asks to stay until morning
UNHOUSED|f asking for tampons and a shower, staying in her car
UNHOUSED|person sleeping on the library steps, woke up and said theyd move after coffee
JUV|kids fishing off the bridge, no danger, owner of the bait shop annoyed
JUV|teens smoking weed behind the rec center
JUV|group of kids on bikes doing wheelies in the lot
JUV|runaway 16 yo called her aunt, is at the aunts, parent wants it noted
FOUND|found a ring in the parking lot
FOUND|found a dog tag and an old knife sheath on the trail, no knife, wants it logged
FOUND|found a prescription bottle in the park with someones name on it
FOUND|found a toddler shoe and a stroller on the path, nobody around, just wants it logged, no child missing per area calls
LOCKOUT|locked out at 2am, roommate asleep, RP waiting on the steps
LOCKOUT|dorm lockout, RA not answering
NEEDLE|baggie and a needle by the school bus stop
NEEDLE|syringe in the sandbox at the park, wants it picked up
TRESPASS|former employee keeps showing up asking for his last check, polite but wont leave
TRESPASS|guy sleeping in the stairwell, woke when tenant came through, says hell go
TRESPASS|hunters crossing posted land, already gone, owner wants a note
HARASS|ex keeps tagging RP in posts, nothing threatening
HARASS|someone keeps sending pizzas to RPs house as a prank
THEFTRPT|gas cans taken from the porch sometime last night
THEFTRPT|wallet pickpocketed on the train this morning, noticed at work
THEFTRPT|RPs trailer plate stolen, noticed when he went to hitch it today
ALARM|fire alarm pulled at the dorm, no fire, prank
ALARM|panic button hit by accident at the bank, manager confirmed with code word
INFO|RP asking if hes allowed to carry bear spray on the trail
INFO|caller wants to know where to drop off old ammo
INFO|wants to know the curfew for minors in town
ASSIST|older couple stuck in the snow at the end of their driveway
ASSIST|f needs help getting her wheelchair back up the curb
ASSIST|m wants to turn himself in for an old parking ticket, confused, its just a fine
ANIMAL|chickens loose on {st}
ANIMAL|neighbors cat stuck in the tree 2 days
HAZARD|smell of gas outside {biz}, everyone evacuated and accounted for, gas co on the way
HAZARD|kids built a ramp in the road
SUSP|guy sitting in a car with the engine running at the park, reading, RP just curious
SUSP|somebody keeps moving RPs trash cans, wants a patrol
SUSP/PROWLER|motion light keeps going off, RP saw a deer
DVNA|couple arguing over the tv remote, both calm when RP knocked
DVNA|parents arguing at pickup, kid fine, teacher wants someone to talk with them
WELFARE/UNKTRBL|[[someone yelling for help|U]] by the river <<per callback its a dad calling his dog named Help|U>>
SUSP/WEAPON|[[m with a rifle|W]] at the school <<per office its the JROTC drill rifle, demilitarized|W>>
MEDICAL/OD|[[kid ate pills|I]] <<mom now says they were tic tacs, she counted the bottle, all there|I>>
"""

# Fillers: (text, flags it negates (so never paired with them), kind)
FILLERS = [
    ("no wpns seen", "W", "neg"), ("no weapons mentioned", "W", "neg"),
    ("RP denies any guns in the home", "W", "neg"), ("no inj reported", "IV", "neg"),
    ("no one hurt per RP", "IV", "neg"), ("denies SI", "S", "neg"),
    ("no kids in the home", "P", "neg"), ("no hx at addr", "", "neg"),
    ("not intox per RP", "", "neg"), ("no threats made", "T", "neg"),
    ("nothing physical", "V", "neg"), ("doesnt need EMS", "I", "neg"),
    ("RP doesnt want contact", "", "neg"), ("no alcohol involved", "", "neg"),
    ("not aggressive per RP", "VTW", "neg"), ("no prior calls", "", "neg"),
    ("RP not involved", "", "neg"), ("no one else home", "U", "neg"),
    ("RP didnt see a car", "", "neg"), ("no desc avail", "", "neg"),
    ("earlier noise call at same addr was resolved per callback", "", "res"),
    ("RP now says the dog came home", "", "res"),
    ("car alarm from earlier was a false alarm", "", "res"),
    ("UPD 2nd caller was a dup", "", "res"),
    ("nvm on the plate, RP misread it", "", "res"),
    ("ok per callback re the kids, theyre at school", "P", "res"),
    ("turned out the addr is 412 not 421", "", "res"),
    ("all ok per unit at the first address", "", "res"),
    ("RP now says she already called the landlord", "", "res"),
    ("false alarm on the bank alarm next door", "", "res"),
    ("per callback the power is back on", "", "res"),
    ("turned out the missing purse was in her car", "", "res"),
    ("UPD the tow is cancelled", "", "res"),
    ("RP now says the ride showed up", "", "res"),
    ("RP calm", "", "ctx"), ("RP upset", "", "ctx"), ("lang barrier, spanish", "", "ctx"),
    ("RP will meet at the side door", "", "ctx"), ("2nd call from this addr tonight", "", "ctx"),
    ("RP is the neighbor", "", "ctx"), ("RP anon", "", "ctx"), ("hx of calls at this addr", "", "ctx"),
    ("unit 4B", "", "ctx"), ("apt over the laundromat", "", "ctx"), ("RP in a grey honda", "", "ctx"),
    ("RP requests no lights", "", "ctx"), ("RP is the store mgr", "", "ctx"),
    ("prev call same addr last wk", "", "ctx"), ("RP on her way to work", "", "ctx"),
    ("back entrance off the alley", "", "ctx"), ("gate code 1122", "", "ctx"),
]

ESCALATE = ["UPD:", "UPD RP now says", "per callback", "2nd caller says", "RP adds", "also",
            "update -", "now", "RP also says", "2nd call:", "UPD per RP",
            "turned out", "per callback turned out", "nvm the noise,"]

# call-type categories: mild vs alarming
MILD = ["WELFARE", "NOISE", "CIVIL", "DISTURB", "SUSP", "ASSIST", "TRESPASS", "JUV", "MENTAL",
        "INTOX", "FOUND", "THEFTRPT", "ALARM", "ANIMAL", "HAZARD", "TRAFFIC", "INFO", "LOCKOUT",
        "NEEDLE", "UNHOUSED", "HARASS", "DVNA", "PARKING"]
ALARM = ["WEAPON", "SHOTS", "FIGHT", "ASSAULT", "DVA", "THREATS", "SUICIDE", "OD", "MEDICAL",
         "MVA_INJ", "UNKTRBL", "HANGUP", "BURG", "DUI", "SEXOFF", "CHILDABUSE", "ROBBERY", "PROWLER"]
RED_ALARM_BY_FLAG = {"W": ["WEAPON", "SHOTS", "ASSAULT"], "V": ["FIGHT", "ASSAULT", "DVA"],
                     "T": ["THREATS", "DVA"], "I": ["MEDICAL", "OD", "MVA_INJ"],
                     "S": ["SUICIDE"], "P": ["BURG", "DUI", "SEXOFF", "CHILDABUSE", "ROBBERY", "PROWLER"],
                     "U": ["UNKTRBL", "HANGUP"]}
RED_MILD_BY_FLAG = {"W": ["SUSP", "DISTURB", "CIVIL", "NOISE"], "V": ["DISTURB", "CIVIL", "NOISE", "DVNA"],
                    "T": ["CIVIL", "HARASS", "INFO", "DVNA"], "I": ["WELFARE", "ASSIST", "INTOX"],
                    "S": ["WELFARE", "MENTAL", "ASSIST"], "P": ["SUSP", "ALARM", "THEFTRPT", "TRAFFIC", "PARKING", "WELFARE"],
                    "U": ["WELFARE", "NOISE", "INFO", "ASSIST", "DISTURB"]}

# names per agency: sheriff, college, suburb, bigcity, canada
CT_NAMES = {
    "WELFARE": ["WELFARE CHK", "Welfare Check", "CHECK WELFARE", "WELFARE", "CHECK WELL-BEING"],
    "NOISE": ["NOISE COMPL", "Noise Complaint", "NOISE", "NOISE - 311", "NOISE BYLAW"],
    "CIVIL": ["CIVIL MATTER", "Civil Issue", "CIVIL", "CIVIL DISPUTE", "CIVIL STANDBY"],
    "DISTURB": ["DISTURBANCE", "Disturbance", "415 DIST", "DISORDERLY", "DISTURBANCE"],
    "SUSP": ["SUSP ACT", "Suspicious Person", "SUSP CIRC", "SUSP PERSON", "SUSPICIOUS PERSON"],
    "ASSIST": ["CITIZEN ASSIST", "Assist Citizen", "PUBLIC ASSIST", "ASSIST", "ASSIST PUBLIC"],
    "TRESPASS": ["TRESPASS", "Trespass", "TRESPASS", "TRESPASS", "TRESPASS TO PROPERTY"],
    "JUV": ["JUVENILE PROB", "Juvenile Complaint", "JUV DIST", "JUV PROBLEM", "YOUTH COMPLAINT"],
    "MENTAL": ["MENTAL SUBJ", "Mental Health", "5150 NONVIOL", "MNTL", "MENTAL HEALTH ACT"],
    "INTOX": ["INTOX SUBJ", "Intoxicated Person", "INTOX", "INTOX PERSON", "INTOXICATED PERSON"],
    "FOUND": ["FOUND PROP", "Found Property", "FOUND PROP", "FOUND PROPERTY", "FOUND PROPERTY"],
    "THEFTRPT": ["THEFT RPT", "Theft Report", "THEFT - LATE", "THEFT NON-IN PROGRESS", "THEFT UNDER"],
    "ALARM": ["ALARM", "Alarm", "ALARM AUDIBLE", "ALARM", "ALARM"],
    "ANIMAL": ["ANIMAL COMPL", "Animal Call", "ANIMAL", "ANIMAL - 311", "ANIMAL COMPLAINT"],
    "HAZARD": ["HAZARD", "Hazard", "HAZ CONDITION", "HAZARD - 311", "HAZARD"],
    "TRAFFIC": ["TRAFFIC", "Traffic Complaint", "TRAFFIC HAZ", "TRAFFIC", "TRAFFIC COMPLAINT"],
    "INFO": ["INFO", "Information", "INFO ONLY", "INFO - 311", "GENERAL INFO"],
    "LOCKOUT": ["LOCKOUT", "Lockout", "LOCKOUT", "LOCKOUT", "LOCKOUT"],
    "NEEDLE": ["NEEDLE PICKUP", "Sharps Pickup", "NEEDLE", "NEEDLE PICKUP - 311", "DISCARDED NEEDLE"],
    "UNHOUSED": ["VAGRANT", "Homeless Outreach", "TRANSIENT", "UNHOUSED OUTREACH", "UNSHELTERED PERSON"],
    "HARASS": ["HARASSMENT", "Harassment", "HARASS", "HARASSMENT", "HARASSMENT"],
    "DVNA": ["DOMESTIC VERBAL", "Domestic - Verbal", "DVNA", "FAMILY DISPUTE", "FAMILY DISPUTE"],
    "PARKING": ["PARKING COMPL", "Parking", "PARKING", "PARKING - 311", "PARKING BYLAW"],
    "WEAPON": ["WEAPONS OFFENSE", "Weapons Complaint", "417 WPN", "PERSON W/ WEAPON", "WEAPONS CALL"],
    "SHOTS": ["SHOTS FIRED", "Shots Fired", "SHOTS HEARD", "SHOTS FIRED", "SHOTS FIRED"],
    "FIGHT": ["FIGHT", "Fight", "242 FIGHT", "FIGHT IN PROGRESS", "FIGHT"],
    "ASSAULT": ["ASSAULT", "Assault", "245 ADW", "ASSAULT", "ASSAULT"],
    "DVA": ["DOMESTIC", "Domestic Violence", "DV", "DOMESTIC VIOLENT", "DOMESTIC"],
    "THREATS": ["THREATS", "Threats", "THREATS", "THREATS", "UTTERING THREATS"],
    "SUICIDE": ["SUICIDAL SUBJ", "Suicidal Person", "SUICIDE", "SUICIDE ATTEMPT", "SUICIDAL PERSON"],
    "OD": ["OD/POISONING", "Overdose", "OD", "OVERDOSE", "OVERDOSE"],
    "MEDICAL": ["MEDICAL", "Medical Emergency", "MED AID", "EMS ASSIST", "MEDICAL"],
    "MVA_INJ": ["MVA W/ INJ", "Injury Accident", "MVA INJ", "ACCIDENT W/ INJ", "MVC INJURY"],
    "UNKTRBL": ["UNK TRBL", "Unknown Trouble", "UNK PROBLEM", "UNKNOWN TROUBLE", "UNKNOWN TROUBLE"],
    "HANGUP": ["911 HANGUP", "911 Hang Up", "911 ABAND", "911 HANG UP", "911 ABANDONED"],
    "BURG": ["BURGLARY", "Burglary", "459 BURG", "BURGLARY IN PROG", "BREAK AND ENTER"],
    "DUI": ["DUI/RECKLESS", "Impaired Driver", "23152 DUI", "DUI", "IMPAIRED DRIVER"],
    "SEXOFF": ["SEX OFFENSE", "Indecent Exposure", "314 INDECENT", "SEX OFFENSE", "INDECENT ACT"],
    "CHILDABUSE": ["CHILD ABUSE/NEGL", "Child Welfare", "CHILD ENDANG", "CHILD ABUSE", "CHILD IN DANGER"],
    "ROBBERY": ["ROBBERY", "Robbery", "211 ROBB", "ROBBERY", "ROBBERY"],
    "PROWLER": ["PROWLER", "Prowler", "PROWLER", "PROWLER", "PROWLER"],
}

AGENCIES = ["sheriff", "college", "suburb", "bigcity", "canada"]
SLOTS = {
    "sheriff": {"st": ["CR 14", "HWY 9", "OLD MILL RD", "CR 220", "MM 212 on 35", "RIVER RD"],
                "biz": ["the dollar general", "caseys", "the VFW", "the feed store", "the bait shop"]},
    "college": {"st": ["College Ave", "Greek Row", "4th and Elm", "University Dr", "Frat Row"],
                "biz": ["the Union", "Kessler Hall", "the rec center", "the 24hr diner", "the campus bookstore"]},
    "suburb": {"st": ["Maple Ct", "Brookside Dr", "Oak Hollow Ln", "Route 30", "Fairview Rd"],
               "biz": ["the Target", "the Kroger", "the Panera", "the Shell on Route 30", "the cinema"]},
    "bigcity": {"st": ["W North Ave", "N 27th St", "MLK Dr", "S 6th", "W Burleigh"],
                "biz": ["the corner store", "the Family Dollar", "the Walgreens", "the 19 bus stop", "the laundromat on 27th"]},
    "canada": {"st": ["Jasper Ave", "118 Ave", "Whyte Ave", "97 St", "Stony Plain Rd"],
               "biz": ["the Tim Hortons", "the Shoppers", "the LRT station", "the Canadian Tire", "the Sobeys"]},
}
AGENCY_WEIGHTS = [18, 20, 22, 25, 15]

ABBREV = [  # (regex, replacement options)
    (r"\bwith\b", ["w/", "w"]), (r"\bsubject\b", ["subj"]), (r"\bvehicle\b", ["veh"]),
    (r"\bapartment\b", ["apt"]), (r"\bweapons\b", ["wpns"]), (r"\bpeople\b", ["ppl"]),
    (r"\bboyfriend\b", ["bf"]), (r"\bgirlfriend\b", ["gf"]), (r"\bcallback\b", ["c/b", "call back", "callback"]),
    (r"\bbecause\b", ["bc"]), (r"\bminutes\b", ["mins"]), (r"\band\b", ["&", "and", "+"]),
    (r"\byou\b", ["u"]), (r"\bneighbor\b", ["nbr", "neighbor"]), (r"\bhours\b", ["hrs"]),
    (r"\bdoesnt\b", ["doesn't", "doesnt", "dosent"]), (r"\bthrough\b", ["thru"]),
]

RED_CUE = re.compile(r"\[\[(.+?)\|([WVTISPU]+)\]\]|<<(.+?)\|([WVTISPU]+)>>")


def parse(text):
    """-> list of [kind, text, flags]; kind in plain/red/cancel"""
    toks, pos = [], 0
    for m in RED_CUE.finditer(text):
        if m.start() > pos:
            toks.append(["plain", text[pos:m.start()], ""])
        if m.group(1) is not None:
            toks.append(["red", m.group(1), m.group(2)])
        else:
            # the decisive part of a cancellation is its first clause
            head, comma, tail = m.group(3).partition(", ")
            toks.append(["cancel", head, m.group(4)])
            if comma:
                toks.append(["plain", comma + tail, ""])
        pos = m.end()
    if pos < len(text):
        toks.append(["plain", text[pos:], ""])
    return toks


def load_red():
    out = []
    for line in RED.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        toks = parse(line)
        flags = "".join(t[2] for t in toks if t[0] == "red")
        assert flags, line
        out.append({"text": line, "primary": [t[2] for t in toks if t[0] == "red"][0][0],
                    "flags": "".join(c for c in "WVTISPU" if c in flags)})
    return out


def load_benign():
    out = []
    for line in BENIGN.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        cat, text = line.split("|", 1)
        cats = cat.split("/")
        out.append({"text": text, "cat": cats[0], "alarm": cats[1] if len(cats) > 1 else None})
    return out


def misspell(word, rng):
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice(["drop", "double", "swap"])
    if op == "drop":
        return word[:i] + word[i + 1:]
    if op == "double":
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


class Pool:
    """Draw situations so that each is used at most twice, in seeded order."""

    def __init__(self, items, rng, cap=2):
        self.items, self.rng, self.cap = items, rng, cap
        self.uses = [0] * len(items)
        self.order = list(range(len(items)))
        rng.shuffle(self.order)
        self.ptr = 0
        self.round = 1

    def draw(self, pred=None):
        """least-used first (all used once before any twice), in seeded order"""
        n = len(self.items)
        for level in range(self.cap):
            for k in range(n):
                idx = self.order[(self.ptr + k) % n]
                if self.uses[idx] == level and (pred is None or pred(self.items[idx])):
                    self.uses[idx] += 1
                    self.ptr = (self.ptr + k + 1) % n
                    return idx
        raise RuntimeError("pool exhausted")

SEPS = {"sheriff": [" ", ". ", " -- ", " ** ", ", "], "college": [". ", " ", ", ", " / ", " - "],
        "suburb": [". ", ". ", "; ", " ", ", "], "bigcity": [" ; ", " / ", " ** ", " ", ". "],
        "canada": [". ", " - ", "; ", ", "]}
OPENERS = {"sheriff": ["RP ADV", "RP STS", "CALLER ADV", "2ND HAND INFO,"],
           "college": ["per RA", "RP says", "caller says", "per security"],
           "suburb": ["RP states", "Caller reports", "RP advising", "RP says"],
           "bigcity": ["CALLER STS", "311 XFER:", "CLR STATES", "RP STS"],
           "canada": ["COMP advises", "COMP states", "Caller reports", "COMP says"]}
NEG_RE = re.compile(r"\b(no|not|denies|denied|never|nobody|nothing|none|without|nt)\b", re.I)
RES_RE = re.compile(r"turned out|per call ?back|per c/b|\bupd\b|\bnvm\b|now says|false alarm|all ok|ok per|per unit|confirmed", re.I)
DANGER_RE = re.compile(r"gun|knife|knives|rifle|shot|kill|murder|stab|dead|die|blood|fight|punch|hit|"
                       r"weapon|wpn|suicid|\bSI\b|overdose|\bOD|bomb|strangl|slaughter|choking|assault|"
                       r"violent|threat|fired|machete|sword|crossbow|bat\b|pistol|ammo|rounds|bullet|"
                       r"screaming|hanging|jumper|seizure|unconscious|breaking in|break in|naked|exposing|hurt|inj", re.I)


def fill_slots(text, slots, rng):
    st = rng.sample(slots["st"], 2)
    return (text.replace("{st2}", st[1]).replace("{st}", st[0])
            .replace("{biz}", rng.choice(slots["biz"])))


def style_token_text(text, rng, agency, style):
    if style["abbrev"]:
        for pat, reps in ABBREV:
            if agency != "college" and pat == r"\byou\b":
                continue
            text = re.sub(pat, lambda m: rng.choice(reps) if rng.random() < 0.7 else m.group(0), text)
    if agency == "canada":
        text = text.replace("neighbor", "neighbour").replace("color", "colour")
    if style["nopunct"]:
        text = text.replace(",", "").replace(".", "")
    return text


def apply_misspell(tokens, rng):
    """misspell 1-3 words; about half the time one inside a red/cancel span"""
    cands = []  # (token index, start, end, in_span)
    for ti, t in enumerate(tokens):
        for m in re.finditer(r"[A-Za-z]{4,}", t[1]):
            cands.append((ti, m.start(), m.end(), t[0] != "plain"))
    if not cands:
        return
    n = rng.choice([1, 1, 2, 2, 3])
    span_c = [c for c in cands if c[3]]
    chosen = []
    if span_c and rng.random() < 0.6:
        chosen.append(rng.choice(span_c))
    rest = [c for c in cands if all(c[0] != d[0] for d in chosen)]
    rng.shuffle(rest)
    for c in rest:
        if len(chosen) >= n:
            break
        if all(c[0] != d[0] for d in chosen):
            chosen.append(c)
    # apply right-to-left per token so offsets stay valid
    chosen.sort(key=lambda c: (c[0], -c[1]))
    for ti, s, e, _ in chosen:
        w = tokens[ti][1][s:e]
        tokens[ti][1] = tokens[ti][1][:s] + misspell(w, rng) + tokens[ti][1][e:]


def need_letters(span):
    s = span.strip()
    if " " in s:
        return None  # phrase: must survive whole
    return len(s) if len(s) <= 5 else max(5, len(s) - 3)


def evaluate(tokens, width):
    """tokens: list of [kind, text, flags, seg, start, end]. -> (flag codes set-free string, evidence)"""
    active = {}
    evidence = {}
    cancelled = []
    for kind, text, flags, seg, s, e in tokens:
        if kind == "plain":
            continue
        if width is None:
            ok = True
        elif kind == "red":
            need = need_letters(text)
            ok = (e <= width) if need is None else (min(width, e) - s >= need)
        else:
            ok = e <= width
        if not ok:
            continue
        cur = active.setdefault(seg, [])
        if kind == "red":
            for c in flags:
                if c not in cur:
                    cur.append(c)
                    evidence.setdefault(c, text.strip())
        else:
            for c in flags:
                if c in cur:
                    cur.remove(c)
                    cancelled.append((c, text.strip()))
    got = []
    for seg in sorted(active):
        for c in active[seg]:
            if c not in got:
                got.append(c)
    codes = "".join(c for c in "WVTISPU" if c in got)
    return codes, evidence, cancelled


def build(seed=SEED, n_rows=N_ROWS, n_red=410):
    rng = random.Random(seed)
    reds, benigns = load_red(), load_benign()
    rpool, bpool = Pool(reds, rng), Pool(benigns, rng)
    labels = ["R"] * n_red + ["E"] * (n_rows - n_red)
    rng.shuffle(labels)
    rows = []
    running = {c: 0 for c in "WVTISPU"}
    for i, lab in enumerate(labels):
        agency = rng.choices(AGENCIES, weights=AGENCY_WEIGHTS)[0]
        segs = []  # list of (kind_of_segment, text)
        used_r, used_b = [], []
        if lab == "R":
            ri = rpool.draw()
            used_r.append(ri)
            core = reds[ri]
            rowflags = core["flags"]
            segs.append(("core", reds[ri]["text"]))
            if rng.random() < 0.33:
                low = min([c for c in "WVTISPU" if c != core["primary"]], key=lambda c: (running[c], "WVTISPU".index(c)))
                want = low if rng.random() < 0.85 else "WVTISPU"
                rj = rpool.draw(lambda x: x["primary"] != core["primary"] and x["primary"] in want)
                used_r.append(rj)
                rowflags += reds[rj]["flags"]
                segs.append(("esc", rng.choice(ESCALATE) + " " + reds[rj]["text"]))
            if rng.random() < 0.17:
                bj = bpool.draw()
                used_b.append(bj)
                pos = 0 if rng.random() < 0.55 else len(segs)
                segs.insert(pos, ("benign", benigns[bj]["text"]))
            for c in rowflags:
                if c in running:
                    running[c] += 1
            pneg, pres = 0.36, 0.32
        else:
            bi = bpool.draw()
            used_b.append(bi)
            rowflags = ""
            segs.append(("core", benigns[bi]["text"]))
            pneg, pres = 0.12, 0.25
        # fillers
        nfill = rng.choice([0, 0, 0, 1, 1, 1, 2, 2] if lab == "R" else [0, 1, 1, 1, 2, 2, 3, 3])
        for _ in range(nfill):
            r = rng.random()
            kind = "neg" if r < pneg else ("res" if r < pneg + pres else "ctx")
            opts = [f for f in FILLERS if f[2] == kind and not any(c in rowflags for c in f[1])]
            ftxt = rng.choice(opts)[0]
            if any(ftxt == s[1] for s in segs):
                continue
            segs.insert(rng.randrange(0, len(segs) + 1), ("filler", ftxt))
        # style
        style = {"abbrev": rng.random() < 0.6, "nopunct": rng.random() < 0.3,
                 "misspell": rng.random() < 0.52, "stamps": rng.random() < 0.22,
                 "opener": rng.random() < 0.35}
        sep = rng.choice(SEPS[agency])
        tokens = []  # [kind, text, flags, seg]
        hh, mm = rng.randrange(0, 24), rng.randrange(0, 60)
        for si, (skind, stext) in enumerate(segs):
            stext = fill_slots(stext, SLOTS[agency], rng)
            if si > 0:
                s2 = sep
                if style["stamps"]:
                    mm += rng.randrange(1, 9)
                    hh, mm = (hh + mm // 60) % 24, mm % 60
                    s2 = " [%02d%02d] " % (hh, mm)
                tokens.append(["plain", s2, "", si])
            elif style["opener"]:
                tokens.append(["plain", rng.choice(OPENERS[agency]) + " ", "", si])
            for kind, text, flags in parse(stext):
                tokens.append([kind, style_token_text(text, rng, agency, style), flags, si])
        if style["misspell"]:
            apply_misspell(tokens, rng)
        case = {"sheriff": "upper", "bigcity": "upper" if rng.random() < 0.4 else "as",
                "college": "lower" if rng.random() < 0.5 else "as"}.get(agency, "as")
        pos = 0
        for t in tokens:
            if case == "upper":
                t[1] = t[1].upper()
            elif case == "lower":
                t[1] = t[1].lower()
            t.append(pos)
            pos += len(t[1])
            t.append(pos)
        text = "".join(t[1] for t in tokens)
        text = re.sub(r"\s", " ", text)
        assert len(text) == pos
        # call type
        if lab == "R":
            prim = reds[used_r[0]]["primary"]
            if rng.random() < 0.33:
                cat = rng.choice(RED_MILD_BY_FLAG[prim])
            else:
                cat = rng.choice(RED_ALARM_BY_FLAG[prim])
        else:
            b = benigns[used_b[0]]
            if rng.random() < 0.20:
                cat = b["alarm"] or (b["cat"] if b["cat"] in ALARM else rng.choice(ALARM))
            else:
                cat = b["cat"] if b["cat"] in MILD else rng.choice(["WELFARE", "INFO", "SUSP", "DISTURB"])
        call_type = CT_NAMES[cat][AGENCIES.index(agency)]
        rows.append({"i": i, "agency": agency, "cat": cat, "call_type": call_type, "text": text,
                     "tokens": tokens, "used_r": used_r, "used_b": used_b, "width": None})
    # truncation: ~20% of rows, width drawn from those shorter than the text
    order = list(range(len(rows)))
    rng.shuffle(order)
    target = n_rows // 5
    done = 0
    fcount = {c: 0 for c in "WVTISPU"}
    for r in rows:
        for c in evaluate(r["tokens"], None)[0]:
            fcount[c] += 1
    for idx in order:
        if done >= target:
            break
        r = rows[idx]
        ws = [w for w in WIDTHS if w < len(r["text"])]
        if not ws:
            continue
        w = rng.choice(ws)
        full, cut = evaluate(r["tokens"], None)[0], evaluate(r["tokens"], w)[0]
        lost = [c for c in full if c not in cut]
        if any(fcount[c] <= 80 for c in lost):
            continue  # keep every kind at >= 80 rows after truncation
        for c in lost:
            fcount[c] -= 1
        r["width"] = w
        done += 1
    out = []
    for r in rows:
        codes, ev, canc = evaluate(r["tokens"], r["width"])
        narrative = r["text"] if r["width"] is None else r["text"][:r["width"]]
        flags = ";".join(CODE[c] for c in codes)
        if codes:
            label = "red_flag"
            reason = "; ".join("%s: '%s'" % (CODE[c], ev[c]) for c in codes)
        else:
            label = "eligible"
            full_codes, _, _ = evaluate(r["tokens"], None)
            if full_codes:
                reason = "red cue (%s) cut off by truncation" % ",".join(CODE[c] for c in full_codes)
            elif canc:
                reason = "cue cancelled in text: '%s'" % canc[0][1]
            else:
                reason = "no red-flag situation (%s)" % r["cat"].lower()
        if r["width"] is not None:
            reason += "; truncated at %d" % r["width"]
        out.append({"id": "B8-%04d" % (r["i"] + 1), "call_type": r["call_type"], "narrative": narrative,
                    "label": label, "flags": flags, "reason": reason, "split": "blind8",
                    "_meta": r})
    meta = {"red_uses": rpool.uses, "benign_uses": bpool.uses, "reds": reds, "benigns": benigns}
    return out, meta


FIELDS = ["id", "call_type", "narrative", "label", "flags", "reason", "split"]


def write(rows, outdir):
    path = os.path.join(outdir, "blind8.csv")
    with open(path, "w", newline="", encoding="ascii") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(FIELDS)
        for r in rows:
            w.writerow([r[k] for k in FIELDS])
    return path


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    rows, _ = build()
    print(write(rows, outdir))


if __name__ == "__main__":
    main()
