#!/usr/bin/env python3
"""make_blind6.py -- deterministic generator for the blind6 held-out screening set.

Writes blind6.csv beside this file, or into the directory given as the single argument.
Standard library only.  random.Random(20261207); no set/dict-hash order reaches the output.
Written without access to the screener's sources, tests, docs or earlier fixture generators.
See blind6.md for the labelling rules and caveats.
"""
import csv
import os
import random
import re
import sys

SEED = 20261207

# ---------------------------------------------------------------------------
# RED-FLAG CLAUSE BANK.  One clause per line: SETTING|text
# SETTING: H home, P public/street, B business, S school/clinic/institution,
#          V vehicle/road, A any.
# Markup <k|phrase> marks a decisive red phrase; k is one or more of
#   w weapon, v violence, t threat, i injury, s suicide, p police_only,
#   u uncertainty.  <~k|phrase> marks a protected look-alike / negation span
#   (never cut inside; never a flag).  {he} {him} {his} {He} {His} {himself}
#   {man} refer to the person of concern (gender drawn per row).
# ---------------------------------------------------------------------------
RED_WEAPON = r"""
P|male in a red hoodie <w|waving a machete> at people coming out of the laundromat
H|her boyfriend <w|has a tire iron> and is standing over the hood of her car yelling at her
B|customer <w|pulled a box cutter> on the cashier when she refused the return
H|{he} <w|grabbed the scissors> off the counter and is holding them up at {his} sister
P|two guys at the bus shelter, one <w|showed a pistol tucked in his waistband> to the driver
P|<w|shots fired> behind the apartments off 5th, RP saw a dark sedan speed off afterwards
H|dad <w|got the shotgun out of the closet> and is sitting on the porch with it across his knees
V|driver in the lot <wv|tried to run them over>, reversed and came at the crowd a second time
P|male swinging <w|a pool cue> around outside the bar, yelling at the doorman
S|6th grader told the office a kid <w|has a knife in his backpack> and showed it at lunch
H|neighbor <w|came over with a bat> and is banging on the RP's screen door
P|subj <w|holding a broken bottle> by the neck, pacing near the ATM
A|RP can see <w|the grip of a handgun> sticking out of {his} jacket pocket
H|son took <w|an axe> from the woodpile and is standing in the driveway, will not put it down
B|guy at the pawn counter <w|pointed a taser> at the clerk's face
P|teens with <w|a BB gun that looks real>, aiming it at cars on Ridge Rd
P|subj <wv|pepper sprayed the security guard> and walked toward the parking garage
V|road rage, other driver <w|flashed a gun> at RP at the light on Route 9
H|{he} has <w|the rifle out on the kitchen table> and is screaming at the kids
P|<w|man with a cinder block> raised over his head at the corner of Elm and 3rd
H|husband <w|loaded the revolver> in front of her and set it on the nightstand
B|employee fired this morning is back in the lobby <w|with a hunting knife> on his belt
P|poss 10-32, <w|male carrying a long gun> north on Cedar toward the school
B|suspect <w|displayed a black handgun> and <p|demanded cash from the drawer>, just left on foot
H|roommate <w|came out of his room with a machete> and is standing in the hall
P|guy in the park <w|sharpening a big knife> and staring at the kids at the splash pad
V|ex <wv|rammed his truck into her car> twice in the Walmart lot with her inside
H|sister <w|broke a plate and is holding the shard> out toward mom
H|RP's nephew <w|holding a golf club> and blocking the front door, won't let anyone out
A|caller can see <w|a rifle propped against the truck door>, subj arguing with the tow driver
B|<wv|man with a meat cleaver chasing the dishwasher> around the back kitchen
P|subj <w|carrying a sword> down the middle of Broadway, yelling at traffic
H|grandson <w|has grandpa's pistol> and won't give it back, walking around the house with it
S|shelter staff: resident <w|pulled a razor blade> on the overnight worker at the desk
H|{he} keeps <w|flicking a switchblade> open and shut while yelling at {his} mother
P|man at the encampment <w|waving a hatchet> at the outreach workers
B|customer <w|held a screwdriver up> at the service desk like he was going to use it
H|ex-husband <w|has a hammer> and is pounding on the back door glass
P|male <w|firing a gun into the air> in the lot behind the tavern
H|father with dementia <wv|got hold of the kitchen knife and is swinging it at the aide>
B|barista's ex is waiting outside the back door <w|wearing brass knuckles>
P|informant reports male <w|in possession of a blade> outside the off-licence on the high street
P|complainant states male <w|brandishing bear spray> at people at the transit loop
V|subj <w|pulled a gun from the glovebox> during the argument over the fender bender
H|wife says husband is <w|sitting in the garage with the deer rifle> and won't talk to her
B|security says <w|a man with an AR-style rifle slung> over his shoulder is walking through the food court
P|guy on the light rail <w|holding a syringe out like a knife> at the other passengers
H|brother <w|sharpened a screwdriver> and keeps jamming it into the table, staring at RP
P|<w|several rounds went off> in the alley, RP saw muzzle flash from a car window
H|caller's uncle <w|has a crossbow> and is standing at the upstairs window
B|<w|subj flashed a knife> at the bus driver when told to pay the fare
P|juvenile <w|pointed a gun> at another kid outside the rec center, both still there
H|per RP, the landlord <w|came up the stairs holding a pipe wrench>, still in the hallway
A|TX: subj <w|exhibiting a firearm> in a threatening manner in the lot
V|driver <w|waving a hammer out the window> at the cyclists at the light
B|ex-boyfriend <w|walked into the salon with a gun in his hand>
"""

RED_VIOLENCE = r"""
H|boyfriend <v|put hands on her> in the kitchen, she is crying in the bathroom now
P|<v|two males fighting> in front of the 7-Eleven, one on the ground getting kicked
H|{he} <v|threw a chair at {his} father> and then ran upstairs
H|<vp|dragged her by the hair> out of the car and into the house
B|customer <v|took a swing at the manager> over the refund
P|<v|group of teens jumped a kid> at the skate park, they are still there
H|her son <v|pinned her down on the couch> and took her phone away
S|aide reports resident <v|bit a staff member> and is now kicking the wall
H|{he} <v|shoved grandma into the dresser> and is standing over her
P|RP says a guy <v|sucker punched a man> waiting for the bus, walking toward the river now
H|<v|choked her> until she almost blacked out, ten minutes ago, he is still in the unit
V|driver <v|got out and punched the other driver> through the open window
S|teacher reports <v|a parent slapped a student> in the pickup line, parent still on campus
P|<v|people throwing bottles at each other> outside the club on Water St
H|mom says her 16yo <v|shoved her into the wall> and cracked the drywall with her shoulder
B|<v|bouncer has a guy in a chokehold> on the sidewalk, guy turning red
H|daughter and her boyfriend <v|are fighting right now>, RP can see them hitting through the window
P|<v|a man is beating a woman> in the alley behind the Dollar General
H|caller states his roommate <v|headbutted him> over the rent, roommate still home
H|he <v|spit on her and shoved her> against the fridge
P|<v|fight just ended>, both parties still in the parking lot yelling at each other
S|group home staff: resident <v|attacked his roommate> with his fists, staff separated them for now
H|husband <vi|threw hot coffee on her>, her forearm is red and blistering
P|panhandler <v|grabbed a lady's arm and yanked her> toward him
B|two employees <v|brawling in the stockroom>, knocked over a shelf
H|her brother <v|bent her fingers back> until she screamed, he is in the living room
A|RP says subj <v|smacked her across the face> in front of the kids
V|<v|pulled the driver out of the car> and started punching him at the intersection
P|<vi|slamming a guy's head into the pavement>, guy isn't moving much
H|elderly mom says her son <v|twisted her arm> when she wouldn't give him money
H|TXT: he <v|hit me again> and i locked myself in the bathroom
P|shoplifter <v|kicking the security guard> outside Target
H|father <v|body slammed his teenage son> in the yard
B|patron <v|threw a glass at the bartender>, shattered right next to her head
P|<v|somebody got stomped> outside the bar, the guys who did it are standing around
H|"he <v|bit me on the arm>" per caller, boyfriend still inside
H|mom's partner <v|shook the baby hard> when he wouldn't stop crying
A|RP's stepdad <v|dragged her little brother> across the floor by his shirt
P|passenger <v|swung on the bus driver> and tried to grab the wheel
S|in the ED waiting room a visitor <v|punched a nurse> and is still in triage
H|ex <p|forced his way in> and <v|shoved her to the floor>
H|mother reports 12yo <v|is hitting his little sister with a belt> right now
P|woman <v|scratching and clawing at the store clerk> by the registers
H|neighbors <v|wrestling on the front lawn>, one of them <i|has blood all over his face>
B|<v|tackled the cashier> and grabbed the register tray
H|comp's husband <v|knelt on her chest> during the argument, now sitting out front smoking
P|drunk male punching car windows and <v|swinging at people walking by>
P|juveniles <v|throwing rocks at cars> from the overpass on Burleigh
H|son <v|threw the laptop at her>, missed and hit the wall
A|caller states her sister's bf <v|is slapping her around> on the porch right now
P|informant reports <v|male assaulting a female> on the canal towpath
H|caller's father <wv|hit her mother with a frying pan>
P|RP watched a man <vp|drag a woman into a white van> on Lisbon Ave
H|boyfriend <v|pushed her out of the moving car> and drove around the block, coming back now
B|at the laundromat a man <v|keeps shoving an older lady> away from the dryers
H|grandson <v|kicked grandpa in the ribs> when he tried to take the car keys
"""

RED_THREAT = r"""
H|ex texted that he is <t|going to make her pay tonight> and knows where she parks
B|former employee <t|said he'll come back and shoot the place up>
H|son told mom <t|if she calls anyone he'll burn the house down with her in it>
P|man at the bus stop told RP <t|"you're dead when you get off this bus">
H|neighbor yelled that <t|he's going to kill her dog and then her>
A|caller's landlord said <t|he will break her legs> if the rent is late again
S|student posted on snapchat <t|"don't come to school tomorrow"> with a countdown and a photo of the cafeteria
H|boyfriend told her <t|she won't live to see Christmas>
V|driver followed RP for three miles and <t|said he'd run her off the road>
H|brother says <t|he is going to put me in the ground> tonight
P|guy outside the liquor store <t|told the clerk he'd wait for him after close and finish it>
H|voicemail from ex: <t|"I know where you sleep. Watch yourself.">
B|customer <t|told the pharmacist he'd come back with his boys and wreck her>
H|daughter's bf <t|said he'd stab her if she leaves him>
S|teacher reports a 7th grader <t|said he'd bring his dad's gun to school> on Monday
H|{he} <t|told {his} mother he'd slit her throat while she sleeps>
A|RP's coworker is getting messages from her ex <t|saying she'll be "taken care of">
P|guy at the train station <t|promised to split his head open> if he sees him again
H|husband said <t|next time he'll finish the job>
H|teen <t|said he'd smother the baby> if they don't give him the car keys
A|caller got DMs <t|saying they would find her and cut her face>
B|tenant <t|told the property manager he'd put a bullet in him>
P|man yelling at the crossing guard <t|that he'll beat her senseless>
H|ex-wife's new husband <t|said he'll break RP's jaw> at the custody exchange tonight
H|RP's father <t|keeps saying he'll kill everyone in this house>, <~w|no weapon seen>
A|informant advises subj <t|vowed to get the family next door> tonight after dark
P|guy following her down Grand Ave <t|saying what he's going to do to her> when he catches her
H|grandson <t|told grandma he'd push her down the stairs> if she doesn't hand over her card
A|caller's brother <t|said he's coming over to teach her a lesson with his fists>, RP is scared
H|roommate <t|says he'll poison her food>
P|subj <t|told the security guard he'd come back and torch the place with everyone inside>
V|tow truck driver <t|said he'll run the guy over> if he doesn't move
H|dad <t|told the kids he'd drown the cat and then them>
A|RP getting calls from a blocked number <t|describing her house and saying she'll be next>
B|man at the DMV <t|said he'd stab the next person who looks at him>
P|group of older boys <t|told the teen they'd jump him after school>
H|upstairs neighbor <t|said he'll come down and beat RP's ass> if the music doesn't stop
A|caller states her ex <t|keeps texting pictures of a gun with her address typed under it>
H|son <t|keeps saying he is going to hurt somebody tonight>
B|fired line cook <t|said he'd be back to handle the manager>
S|parent <t|told the principal he'd wring her neck>
H|ex said <t|if she goes to court he'll make sure she never walks again>
P|on the phone the subj <t|said he's heading to the church to hurt the pastor>
A|text to 911: my stepdad <t|said he is going to beat me when he gets home>
H|boyfriend <t|said he'd throw her off the balcony>
P|neighbor across the street <t|yelled that he'd shoot the next dog in his yard and the owner too>
A|TX: per RP subj <t|making terroristic threats> toward his ex
A|RP states her ex <t|left a note on her windshield saying she's a dead woman>
H|elderly husband <t|told the nurse he'd hit her with his cane> if she touches him again
P|man at the playground <t|told the kids he would snap their necks>
B|customer <t|said he knows where the cashier lives and will visit her tonight>
A|RP overheard her son on the phone <t|planning to hurt a classmate> tomorrow
P|informant states male <t|threatened to glass him> in the pub
H|sister's husband <t|said he'll make her disappear> if she tells anyone
A|IL: RP says subj <t|told her he'd come back and shoot her> when she gets off work
S|client <t|told the front desk she's going to come back and hurt the social worker>
H|caller's adult son <t|said if the landlord shows up he'll bash his head in>
"""

RED_INJURY = r"""
H|elderly female <i|fell in the bathroom and hit her head>, on blood thinners
H|husband <i|can't get up and says his hip is killing him>
A|diabetic, <i|not making sense> and sweating, won't drink the juice
H|<i|OD, narcan given x2>, now breathing but <i|barely responsive>
P|male <i|bleeding heavily from his hand> after putting it through a window
A|<i|seizure now>, still shaking on the floor of the break room
H|<i|not breathing>, caller starting CPR per instructions
V|<i|unresponsive male> slumped over the steering wheel at the light
H|58yo male <i|c/o chest pain> radiating to the left arm
A|<i|DIB>, lips look blue
A|<i|agonal breathing>, CPR in progress by son
H|toddler <i|swallowed some of grandma's pills>, not sure how many
A|<i|LOC for about two minutes>, now confused and asking the same questions
V|pedestrian <i|struck by a car>, lying in the road
H|<i|burned her arm with boiling water>, skin peeling
A|<i|SOB, unable to speak in full sentences>
H|60yo female <i|fell down the basement stairs>, not moving her left leg
S|student <i|passed out in gym class>, pale, not answering questions
B|worker <i|cut his arm on the meat slicer>, bleeding through the towels
A|ECHO response: <i|cardiac arrest>, bystander CPR
A|DELTA: <i|unconscious>, breathing abnormal
H|caller says her mother <i|is slurring and her face is drooping>
P|<i|man down in the alley, not responding> to shaking
H|son <i|took a bunch of his friend's percs> and is nodding out, lips purple
A|<i|allergic reaction, throat swelling>, epi pen already used
H|dad <i|fell off the ladder>, blood coming from his ear
A|72yo on Eliquis with <i|a head wound bleeding a lot>
A|ALS requested: <i|pt pale and diaphoretic>, BP low per home cuff
H|grandpa <i|slipped on the ice and can't get up>, wrist looks bent wrong
P|cyclist <i|hit by a car door>, big cut on his forehead
A|<i|DLOC>, smells of ETOH, vomiting
H|pregnant 34 weeks with <i|heavy bleeding>
P|man in the tent <i|is cold to the touch and breathing really slow>
H|wife found husband <i|on the floor and he won't wake up>
A|code 3 for <i|seizure>, now postictal and <i|bleeding from the tongue>
H|3yo <i|drank bleach> from under the sink
B|customer <i|collapsed at the register>, staff doing CPR
A|RP states friend <i|overdosed on fentanyl>, RP gave narcan, still not breathing right
H|caller's mom <i|is confused and doesn't know where she is>, normally A&Ox4
P|subj <i|has a deep cut across his scalp> from going over the handlebars
H|<i|fell and hit her head on the tub>, now vomiting
A|<i|seizing for five minutes> and not stopping
V|MVA, <i|driver pinned and bleeding>
H|infant <i|not breathing right>, making grunting noises
P|<i|person down on the sidewalk, gasping>, RP thinks heart attack
H|elderly male <i|fell two hours ago, can't get up, hurting all over>
A|<i|sugar is 38> and she's slurring her words
H|he <i|took too much of his insulin> and is shaking and sweating
A|<i|burns on both hands> from a grease fire on the stove, fire is out
P|"<i|he's turning blue>" per caller, gurgling sounds
S|nurse at the group home: <i|resident choking on food>, back blows not working
H|husband <i|cut his leg with the chainsaw>
A|<i|vomiting blood>, lightheaded
H|mother <i|hit her head this morning>, now very drowsy and hard to wake
P|hiker <i|broke her ankle> on the trail, can't walk out
A|C3 for <i|unresponsive female> in the restroom, needle on the floor
B|UK: <i|casualty not breathing> in the shop doorway, bystander on CPR
"""

RED_SUICIDE = r"""
H|caller's son says he <s|wants to go to sleep and not wake up> and has been <s|stockpiling his meds>
V|male <s|standing on the overpass railing> over 35W
A|friend <s|texted goodbye to everyone> an hour ago and isn't answering
H|daughter <s|is giving away her things> and told her sister not to worry about her anymore
A|<s|wrote a note> and left it on the kitchen table, gone with the car
H|husband <s|sitting in the car in the closed garage with the engine running>
P|woman <s|walking into the lake>, fully clothed, up to her waist
P|man <s|sitting on the train tracks> refusing to move
H|<si|took a whole bottle of tylenol> an hour ago
H|sister <si|cut her wrists> in the bathroom, there is blood on the floor
A|FL: mom asking about a Baker Act, son <s|says he wants to die> and has been googling ways
A|WA: DCR consult for ITA, pt <s|has a plan to hang himself>
H|teen <s|said she wants to kill herself> and has a razor in her room
A|veteran <w|says he has his pistol> and <s|is "done with all of it">
P|man <s|on the roof of the parking garage with his legs over the edge>
H|dad <s|said he'd be better off dead> and went out to the garage with a rope
A|text to 911: <si|i cant do this anymore. i took all my pills>
A|counselor reports client <s|disclosed a plan to jump> from the Aurora bridge tonight
H|wife <s|found a noose tied in the basement> and husband is missing
P|<s|female on the outside of the bridge railing>, crying
A|caller's brother <s|posted a goodbye video> on Instagram
H|mother says son <s|has been looking up how many pills it takes>
A|friend said <s|"this is the last time you'll hear from me"> and hung up
H|elderly widower <s|told his daughter he's going to be with his wife soon> and gave away the dog
S|teacher: student's journal says <s|she wants to end her life> this weekend
A|PA: 302 requested, son <si|tried to hang himself an hour ago>, marks on his neck
V|man <s|lying on the highway shoulder saying he wants a truck to hit him>
A|<s|wants to end it>, has a bottle of vodka and his oxy
H|girlfriend <s|locked herself in the bathroom with his razor> saying she's done
P|<s|jumper on the Bloor viaduct>, TPS and EMS notified
A|caller <s|says he has a plan and the means at home>
H|son <si|drank antifreeze> to "make it stop"
V|driver called saying <s|he's going to drive into the river>
A|RP's wife <s|left a voicemail saying sorry for everything and goodbye>
H|teen <s|has been cutting tonight> and says next time it won't be enough
A|caller <s|is standing at the edge of the quarry>
H|<si|empty bottle of her seroquel> on the nightstand and she's very hard to wake
P|man <s|in the river holding onto the pylon>, won't come out
A|clinic RN: pt <s|states SI with plan> to OD tonight
A|<s|+SI>, pt says he has been saying his goodbyes
H|mom: son <s|put the gun in his mouth> then set it down, <w|gun still on the table>
A|crisis line transfer: <s|caller has the pills lined up on the counter>
H|husband <s|wrote letters to each of the kids> and took <w|the pistol> and his truck keys
A|<s|says she wants to die>, no plan stated
S|student <s|standing on the top floor stairwell railing>
A|UK: <s|male threatening to jump> from the multi-storey car park
H|she <s|put her affairs in order>, broke her lease and said she won't be around
A|caller's dad <s|keeps saying he'll walk into the woods and not come back>
H|<si|tied a belt around his neck>, brother cut it off
A|VCL transfer: <s|active SI, has means>
P|woman <s|sitting on the edge of the pier with rocks in her pockets>
H|<si|took 30 of her lithium>
A|friend <s|is on the 14th floor balcony saying she's going to let go>
H|grandson <s|says everyone would be better off without him>, has been stockpiling pills
H|caller herself says <s|she has the car running in the garage> and wanted someone to know
"""

RED_POLICE = r"""
H|RP <p|hears someone inside the garage> right now, side door was pried
B|<p|shoplifter still in the store> stuffing razors into his coat
A|caller <p|wants a police report for her insurance> for the stolen catalytic converter
P|<p|man exposing himself> to kids at the bus stop
V|<p|driver swerving all over> I-35 northbound, almost hit the median twice, still driving
H|<p|4yo left alone in the apartment>, mom gone since last night
V|<p|baby in a car seat in a locked car>, 92 degrees in the lot
S|teacher: <p|student disclosed that her stepdad beats her> with an extension cord
A|subj <p|has a warrant> and is at his mom's house right now
V|<p|hit and run>, white pickup fled south on Main
H|<p|someone is trying the doorknobs> at the back of the house
P|<p|guy looking in the windows> of the ground floor apartments
B|<p|trespasser refusing to leave> the lobby after being asked multiple times
P|<p|kids spray painting the church wall> right now
H|RP came home and <p|the back door is busted open>, doesn't know if anyone's still inside
A|<p|requesting a case number> for a stolen bike, needs it for the claim
P|<p|someone breaking into cars> on level 2 of the garage, RP can see him
H|<p|ex broke in through the window> while she was at work, she just got home
V|<p|drunk driver just left the bar> in a black F-150, could barely walk to it
P|<p|guy taking packages off the porches> across the street right now
A|<p|stolen car> in the lot, someone sitting in it
S|<p|man masturbating in his car> by the elementary school
H|<p|child disclosed to grandma> that her uncle touched her
V|<p|car hit RP's parked car and drove off>, got a partial plate
H|<p|8 and 5 yo home alone for two days>, no food in the house
A|caller <p|needs a police report> for the lost passport for the consulate
P|<p|male pulling on car door handles> down the block
B|<p|someone inside the closed store>, alarm going, RP sees a flashlight moving
H|<p|squatter in the vacant unit refusing to leave>, owner wants them removed
A|<p|wants to report identity theft> and file charges
P|<p|man kicking out the bus shelter glass> right now
B|<p|kids left in the car> in the casino parking garage while mom gambles
A|<p|wants to press charges> for the stolen phone
B|<p|guy who stole the tip jar> is sitting at the bus stop outside
V|<p|wrong way driver> on I-94 westbound near the zoo
H|<p|ex came in without permission and is refusing to leave>
P|<p|guy flashed a woman> on the bike path
H|<p|someone stole her mail> and she wants a report
A|<p|order of protection violation>, he is parked outside now
P|<p|someone cutting the lock off a bike> at the rack
B|<p|dine and dash>, the couple is still in the lot getting into a blue Civic
S|ED nurse reports <p|toddler with cigarette burns>, says mom's boyfriend did it
A|<p|caller wants a police report> for the hit and run from last week, insurance needs it
P|<p|someone is stealing copper> out of the old school right now
H|<p|caller's ex took the baby against the custody order>, still on the block
A|<p|subject with a felony warrant> boarding the Greyhound
P|<p|someone peeping into the women's restroom> at the park
H|<p|somebody's in my basement right now>, I can hear him moving boxes
B|<p|employee caught stealing cash>, manager has him in the office and wants him charged
P|<p|guys breaking into the coin machines> at the laundromat
A|<p|needs an officer to take a report> on the vandalized car for the claim
V|<p|vehicle weaving, driver drinking from a bottle>
B|<p|mom left the kids in the car> at the Kroger, windows up, engine off
A|NY: comp <p|wants a DIR filed> for the harassment, wants it on paper
P|<p|car being stripped> in the alley, two guys with a jack
B|<p|shoplifter in custody> with loss prevention, wants PD to take it
"""

RED_UNCERT = r"""
A|<u|caller whispering>, said "he's here" and the line went dead
A|<u|open line>, yelling in the background, female saying "stop, stop"
A|<u|hang up, no answer on callback> x3
H|<ui|child caller says mommy won't wake up>
A|<u|silent call>, tapping on the phone
A|<u|sounds of a struggle> then the line went dead
H|RP <u|hears screaming and crashing> from the upstairs unit
A|<u|caller hung up mid-sentence> after saying "please hurry"
A|<u|unk emergency>, caller only gave the address
H|<u|door kicked in, nobody answering>, lights on inside
A|therapist calling on <u|duty to warn>, client <t|named his ex-girlfriend> as the target
A|<u|line disconnected>, female sounded scared
A|<u|caller can't talk freely>, answering yes or no only
H|<u|sounds like someone is being thrown around> next door
A|TXT: <u|cant talk he's in the next room>
A|<u|abandoned 911, callback goes straight to voicemail>
P|<u|heard a woman scream for help> from the wooded area behind the trail
A|<u|caller pretending to order a pizza>
A|<u|kid called, said mom and dad are fighting, then hung up>
H|<u|unit door open, blood smeared on the floor>, nobody answering
A|<ui|child on the line crying, says grandpa fell and won't talk>
A|<u|caller speaking very quietly>, gave the address and said "he has..."
A|<u|muffled voices and a thud>, then silence
H|neighbor says <u|yelling, then a loud bang, now totally quiet>
A|<u|wireless 911 hang-up>, ping shows the park, no answer on callback
A|<u|caller too afraid to give details>, keeps saying "just send someone"
H|<u|front door wide open>, dog loose, nobody responding inside
V|<u|open line, caller may be in a vehicle>, male yelling "give me the phone"
A|<u|caller said "I can't say" when asked if she is safe>
A|<u|call dropped, callback answered by a male> who said "wrong number" and hung up
H|<u|RP heard a child screaming "no daddy"> through the wall
A|<u|text only, won't say what is happening>, asks for police to come quietly
A|<u|language line, caller crying, line cut> before the interpreter joined
S|school secretary says <u|a student's mom called screaming and then hung up>
A|<u|alarm company reports duress code> entered at the residence
H|<u|banging and a woman crying> in 3B for twenty minutes
A|<u|repeated calls from the same number, no voice>
P|<u|someone yelling for help from inside a car trunk> in the lot
A|<u|caller said the address then "oh no he's back"> and the line went dead
A|<u|pocket dial, can hear a man> <t|telling someone he'll kill them>
H|<u|glass breaking and screaming> next door, RP can't see anything
A|<u|friend sent an SOS location ping> and isn't answering
V|<u|OnStar crash notification>, no voice contact with the occupants
A|<u|unknown problem>, RP only says "come now"
H|<u|daughter not answering for three days, bad smell> from the unit per neighbor
A|RP on the phone with her sister <u|when she screamed and the call ended>
A|<u|TTY call, caller typed "help" and nothing else>
A|<up|whispering caller says someone is in her closet>
A|<u|line stays open, sounds of furniture breaking>
H|<u|heard two people fighting and then nothing>, front window broken
A|<u|caller kept asking "is this the pizza place"> and said yes when asked if she needs police
A|<up|child says a strange man is in the house and hangs up>
A|<u|elderly woman says "they won't let me leave"> and the line cuts
A|<u|callback answered by a male who refuses to put the caller on>
P|<u|RP heard what sounded like someone being beaten> behind the dumpsters, can't see
A|<u|caller breathing heavily, won't answer questions>, TTY check negative
"""
# ---------------------------------------------------------------------------
# BENIGN CLAUSE BANK.  SETTING|text  (alarm clauses: SETTING|group|text)
# ---------------------------------------------------------------------------
BEN_NEG = r"""
A|<~w|no weapons seen>
H|RP <~w|denies any weapons in the home>
H|<~w|no guns in the house> per wife
A|<~v|no one has been hit>
A|<~v|not violent>, just loud
A|<~vw|no hands on, no weapons>
A|<~i|neg injuries>
A|<~i|denies any injuries>
A|<~st|denies SI/HI>
A|<~s|denies thoughts of hurting herself>
A|<~t|no threats made> per RP
A|RP <~p|does not want a report>
A|<~i|not in any pain>
A|<~v|hasn't touched anyone>
A|<~w|NO WPNS>
A|<~vwt|no weapons, no threats, no violence>
A|<~i|A&Ox4>, walking around fine
A|<~s|has no plan and no intent>, feels safe at home
A|<~t|hasn't threatened anybody>, just rambling
H|she <~i|didn't hit her head>, got up on her own
A|<~v|never got physical>
A|<~i|no blood>, just embarrassed
A|RP <~w|did not see any knife or gun>
A|<~p|nothing was taken>
A|<~v|argument only, no physical>
A|<~s|says she isn't suicidal>, just exhausted
A|<~t|didn't threaten anyone>
A|<~i|no medical needed> per RP
H|<~pu|nobody inside>, RP already walked through with the landlord
B|<~w|unarmed> per security
A|<~v|no assault>, verbal only
A|<~i|no LOC>, <~i|denies pain>
A|<~st|neg SI, neg HI>
A|<~u|caller is safe and speaking freely>
A|<~i|declined EMS>, walking and talking
A|<~w|no weapon involved>
A|<~vt|not aggressive> toward staff
A|<~p|does not want to press charges> or file anything
A|<~i|not bleeding>, the cut is old and bandaged
A|<~s|no self-harm>, eating and sleeping ok
A|<~w|no firearms> per RP
A|<~vwi|no fight, no weapons, no one hurt>
A|<~i|isn't short of breath>
A|<~t|no threats or harassment> since the mediation
A|<~p|not requesting police>, wants a community responder
A|<~w|no knife, no bat, nothing in his hands>
A|<~v|hasn't laid a hand on anyone>
A|<~i|neg LOC, neg CP, neg SOB>
A|<~s|not a danger to himself> per his case manager
A|<~u|callback answered, all ok>, kid was playing with the phone
A|<~w|NEG WPNS>
A|<~i|no injuries reported>
A|<~v|nobody was pushed or hit>
A|<~p|has no interest in a police report>
A|<~t|not threatening>, just very sad
A|<~w|RP doesn't think there are any weapons>
A|<~v|no violence> per both parties
A|<~s|contracted for safety> with her counselor this afternoon
A|<~i|no complaints of pain>, vitals fine per the nurse
H|<~w|the hunting rifles are locked up> at his brother's place
A|<~w|no weapons mentioned> when asked twice
A|RP <~v|says nobody got hurt or touched>
H|<~w|no guns or knives in the apartment> per RP
A|<~i|denies chest pain or trouble breathing>
A|<~st|denies wanting to hurt herself or anyone else>
A|<~i|ambulatory, no visible injuries>
A|<~v|it never went past yelling>
A|<~t|nobody said anything about hurting anyone>
A|<~p|no crime, just wants advice>
A|<~w|hands empty, nothing in his pockets> per security
A|<~i|not intoxicated enough to need EMS>, walking straight
A|<~u|RP can see and hear everything clearly> from the porch
A|<~s|no thoughts of suicide> per the subj
A|<~vw|no weapons and no hitting>
A|<~i|no head strike>, just sore
A|<~t|not threatening anyone, just venting>
A|<~v|no pushing, no grabbing>
A|<~w|RP asked, says no weapons anywhere>
A|<~i|breathing fine, talking in full sentences>
A|<~s|says she'd never hurt herself>, just needs sleep
A|<~p|does not need a report, already called the bank>
A|<~vwt|no weapons, no violence and no threats> per both
A|<~i|refused EMS>, A&O, walking
A|<~v|not physical at any point>
A|<~w|unarmed, wearing shorts and a t-shirt>
A|<~st|negative for SI and HI> per screening questions
A|<~i|neg for injuries>, neg for meds
A|<~u|caller is with the subj and can talk freely>
A|<~t|no threats toward staff>
A|<~v|hasn't hit anyone> per mom
"""

BEN_HIST = r"""
A|<~v|was assaulted last year> by a different ex, nothing today
A|<~s|prior 5150 in 2021>
A|<~s|hx of SI, last attempt ten years ago>
H|<~v|DV hx at the address from 2019>
H|<~w|premise hx: weapons call in 2018>
A|<~i|had a seizure last month>, fine now
A|<~p|bike was stolen back in June, just wants it on record>
A|<~t|got threatening letters two years ago>, nothing since
A|<~s|suicide attempt as a teen> per mom, she is 40 now and doing well
A|<~v|did time for assault back in the 90s>
A|<~i|had knee surgery last week>, recovering fine
A|<~w|used to hunt but sold his guns>
A|<~i|OD'd last summer>, clean since
H|<~v|they fought last Christmas>, not today
A|<~s|was Baker Acted in 2020>
A|<~p|car broken into last month, already reported it online>
A|<~w|sold the shotgun at a gun show years ago>
A|<~t|had a protective order that expired in 2022>
A|<~i|broke her hip in March>, uses a walker now
A|<~s|lost her brother to suicide five years ago>, hard anniversary today
A|<~v|got jumped in high school>, still talks about it
A|<~w|was robbed at gunpoint in 2015> and still has nightmares
A|<~s|spent time at the psych hospital last winter>
A|<~i|car accident in 2019>, chronic back pain
A|<~p|package stolen last Tuesday, doesn't need a report>, Amazon already refunded it
A|<~v|used to get violent when drinking>, sober four years
A|<~s|previous ITA in 2020>
A|<~p|the warrant was cleared last week>, has the paperwork
A|<~i|stitches came out yesterday>
A|<~v|ex hit her years ago>, no contact since
P|<~w|the shooting on this block was back in August>
A|<~s|tried to overdose in college>, now 55
A|<~t|a client threatened him back in 2017>
B|<~v|fight at this bar last month> per staff
A|<~i|chemo last week>, tired but ok
B|<~p|trespass warning issued in 2023>
A|<~s|his friend died by suicide last year> and he wants to talk to someone
A|<~u|prior open-line calls from this number> were a faulty landline
A|<~w|turned his gun in at the buyback in May>
A|<~v|restraining order from years back>, long expired
A|<~s|former 302>, stable on meds
A|<~i|heart attack in 2016>, no symptoms today
A|<~t|old beef with the neighbor from last summer>
A|<~v|did two years for battery>, recently released, looking for a shelter bed
A|<~i|was in the ER Tuesday for the same cough>
A|<~v|was in a fight at school two years ago>, nothing like that since
A|<~s|had a hospital stay for depression in 2019>
A|<~w|had a BB gun confiscated last year>, doesn't have it now
A|<~i|fell last winter and broke her wrist>, healed now
A|<~p|was arrested once in 2016> for shoplifting, nothing current
A|<~t|her ex made threats back in 2020>, moved away since
H|<~v|police were here in 2021 for a domestic>, couple since separated
A|<~s|attempted in 2014>, in therapy since and stable
A|<~i|detoxed last month>, sober since
A|<~u|an open-line call came from this address last year>, turned out to be a kid
B|<~w|store was robbed in 2019>, nothing recent
A|<~v|was bullied and beaten up in middle school>, brings it up when upset
A|<~s|talked about not wanting to live after the divorce years ago>, better now
A|<~i|had a mild stroke two years ago>, at baseline today
A|<~p|her car was stolen in 2022>, recovered, no new incident
A|<~t|got into a shouting match with the neighbor last spring>, resolved
A|<~v|juvenile record for fighting>, now 35
A|<~w|used to carry a knife for work>, doesn't anymore
A|<~s|former client of the crisis line>, closed case
A|<~i|old shoulder injury from the army>
"""

BEN_SENSE = r"""
A|she is <~|killing it at work> but overwhelmed with the kids
P|car has a <~|dead battery> in the Costco lot
A|RP <~|shot a photo> of the license plate
H|water <~|bleeding through the ceiling> from the unit above
P|<~|the gun show at the fairgrounds> let out and traffic is blocking her driveway
H|kids playing with a <~|wiffle ball bat> in the yard
A|his <~|phone died> and he can't get home
A|says his landlord is <~|killing him with these fees>
H|neighbor <~|blew up the group chat> about the dog
P|kids <~|shooting hoops> at the church court after hours
H|she <~|took a stab at fixing the fence> herself
P|guys <~|shooting a music video> on the corner, blocking the sidewalk
A|says the smell from the bakery <~|triggers her migraines>
H|<~|nail gun> noise from the construction next door since 6am
A|{he} <~|got fired from {his} job> today and is upset
S|<~|blood drive> at the rec center has the lot full
B|{he} <~|hit the jackpot> at the casino and is celebrating loudly
A|she <~|choked up> talking about her son
H|lives on a <~|dead end> street past the water tower
A|{he} <~|struck out> finding a shelter bed tonight
A|{he} is <~|beat> and just wants a ride home
B|the party next door is <~|a real blast>, lots of people
P|<~|fireworks stand> in the grocery lot is drawing a crowd
B|customer <~|broke some shot glasses> and offered to pay
P|<~|overdose awareness vigil> at the park, about 40 people
H|mom is <~|dyeing her hair> in the kitchen, kids home with her
H|{he} was <~|hanging christmas lights> on the roof and wants help getting the ladder down
P|barber <~|cutting hair> on the sidewalk without a permit
P|kids <~|jumping off the swings> at the playground
H|neighbor <~|smoking ribs> and the smoke is going into her window
A|{he} keeps saying <~|this job is killing me>
H|<~|power got knocked out> on the block
A|RP says she's <~|dead tired> from the night shift
A|{he} <~|blows off steam> at the gym usually
A|she is <~|drowning in paperwork> for the housing application
H|kids <~|overdosed on sugar> at the birthday party, very loud
H|{he} <~|burned dinner> and the smoke alarm went off, already aired out
P|<~|pigeons nesting on the window ledge> of the vacant building
A|she says she'd <~|kill for a coffee> right now
H|<~|kids screaming on the trampoline>, laughing
A|{he} is <~|fighting the flu> and can't get to the pharmacy
P|<~|hit a pothole> and blew a tire on the frontage road
H|neighbors <~|threw a party> and the cars are blocking the hydrant
P|<~|dead deer> on the shoulder of County Rd K
P|guy <~|gunning the engine> in the lot, doing nothing else
H|the cable guy <~|cut the cable> by mistake and the internet is out
S|the <~|bridge club> at the senior center lets out at 3
A|she <~|lost her mind laughing> at the meeting, now embarrassed
H|teens <~|playing Call of Duty> with the volume cranked
B|manager says the <~|cash register is dead> and customers are getting rude
P|<~|target practice at the archery range> in the county park, posted hours
B|shop that sells <~|kitchen knives> has a crowd outside for the sale
A|{he} says the <~|meds knocked him out> last night, feels better now
H|<~|smoke from the fire pit> drifting over the fence
P|<~|the shooting star> video crew set up lights in the park
A|{he} says rent is <~|highway robbery>
H|RP's toddler <~|fell asleep in the car seat> in the driveway, RP is standing right next to the car
B|manager says sales are <~|dead> and the guy hanging around is scaring off customers
A|the bus <~|broke down> and {he} is stuck downtown
P|crew <~|shooting a commercial> in the park, permits posted
H|kids <~|having a water balloon fight> in the yard
A|she is <~|dying to get her son into treatment>
P|<~|fire drill> at the office tower, people standing around outside
A|{he} <~|cut ties> with the family and they're worried
H|the <~|bathroom pipe burst> and water is everywhere
B|<~|knockout sale> at the mattress store, parking lot packed
P|<~|paintball field> noise carries to the houses on the edge of town
H|<~|the smoke detector keeps chirping>, battery low
A|{he} <~|got hammered> at the wedding last night and wants a ride to get his car
P|<~|punching bag> left on the curb for bulk pickup
B|<~|the arcade shooting game> is stuck and kids are banging on it
A|RP <~|nearly died laughing> at the meeting, unrelated, calling about her neighbor
H|teen <~|bombed her exam> and is sulking in her room
P|<~|bike race> closing the road, runners and cyclists everywhere
A|{he} is <~|dead set on moving out> and the family disagrees
"""

BEN_ALARM = r"""
P|shots|<~w|confirmed fireworks> from the park, RP watched them go up
P|shots|<~w|pops were a car backfiring> on Lincoln, RP saw the car
A|shots|<~w|RP heard bangs, it's the outdoor shooting range> during open hours
P|shots|<~w|it was a transformer blowing>, power is out on the block
H|shots|<~w|the banging was the roofers' nail gun> next door
H|shots|<~w|kids with cap guns> on the porch
P|gun|<~w|the "gun" turned out to be a camera> with a long lens
P|gun|<~w|it was a drill>, the guy is a contractor on the job
P|gun|<~w|water guns>, kids at the splash pad
H|gun|<~w|orange-tipped toy rifle> held by a 6yo
P|gun|<~w|it was a phone in his hand>, RP got a better look
P|gun|<~w|umbrella, not a rifle>, RP apologizes
B|gun|<~w|cosplayers with prop swords> outside the convention center
H|gun|<~w|the knife was for cutting the cake>
H|gun|<~w|the machete is for clearing brush> in his own yard, he's working quietly
P|gun|<~w|airsoft game> in the field with a permit, everyone wearing masks
A|od|<~i|OD caller now says friend is awake, talking, declined EMS>, A&Ox4
A|od|<~i|narcan not needed>, he was just asleep, now up and eating
P|od|<~i|person is awake and walking> around, just drunk
P|fight|<~v|the "fight" was two guys play wrestling> and laughing
H|fight|<~v|boxing practice> in the garage
P|fight|<~v|kids horseplay>, nobody upset
P|fight|<~v|martial arts class> in the park with an instructor
H|fight|<~v|the yelling was a rehearsal> for a community play
P|suicide|<~s|the "person on the bridge" is a city inspector> in a vest
H|suicide|<~s|the man on the roof is fixing shingles>
A|suicide|<~s|friend's "I'm dead" text was a joke>, sent a laughing emoji after
P|suicide|<~s|the guy in the river is fishing> in waders
P|medical|<~i|man on the bench is sleeping>, woke up and talked to RP
P|medical|<~i|woman who fell got up on her own>, no injuries, declined help
P|medical|<~i|person down is just napping> in the sun
P|medical|<~i|"unconscious" male is sleeping it off>, breathing fine, answers to his name
H|burglary|<~p|alarm was set off by the cat>, homeowner on scene confirmed
H|burglary|<~p|"prowler" was the new tenant>, landlord confirms
H|burglary|<~p|the "break-in" was her son who forgot his key>
H|threat|<~t|"I'll kill you" was brothers yelling over a video game>
H|threat|<~t|"you're dead meat" was about a board game>
H|screams|<~u|screaming was a horror movie> on full volume
A|screams|<~u|callback made, caller's toddler was playing with the phone>, mom confirms all ok
A|screams|<~u|misdial, caller meant to dial 411>
H|dv|<~v|verbal argument over dishes>, both calm now
P|exposure|<~p|the "naked man" is a runner in a skin-tone suit> for the charity race
H|child|<~p|the kids home alone are 16 and 17>, babysitting each other
P|shots|<~w|popping was a drumline practicing> in the high school lot
P|gun|<~w|the "rifle" is a metal detector>, man sweeping the beach
"""

BEN_SITUATION = r"""
H|hasn't heard from her dad in two days, he usually calls every morning
H|elderly neighbor's newspapers piling up on the steps and the car hasn't moved
P|man sitting on the curb for hours talking to himself, confused about which bus to take
P|woman with a shopping cart sleeping in the bank doorway, it's 28 degrees tonight
H|son lives alone, has schizophrenia, stopped answering texts since Sunday
H|RP is out of state and asks someone to knock on her mom's door
A|{he} is alert but seems lost, asking for {his} sister's house
P|older man in a bathrobe walking on the shoulder, says he's going to the store
H|asks for a check on her cousin who just got out of the hospital
P|young woman crying on the library steps, not asking for anything
S|shelter staff want a check on a former resident who left her meds behind
H|grandma has dementia and keeps calling about people in the yard who aren't there
H|landlord wants a wellness check, tenant hasn't been seen in a week
P|man sleeping in the bus shelter wrapped in blankets, RP wants someone to offer a ride to the warming center
A|RP's ex-coworker has been posting sad things online, nothing specific
H|party music upstairs since 11, bass shaking the walls
H|dog barking nonstop next door for three hours
P|car stereo bumping in the lot behind the building
H|neighbor running a leaf blower at 6 a.m.
H|people yelling and laughing on the balcony, sounds like a birthday
P|street preacher with a megaphone outside the clinic
H|upstairs neighbor moving furniture at 2 a.m. again
P|dirt bikes revving in the cul-de-sac
H|neighbors arguing over the fence line, just shouting at each other
H|dispute about a parking spot, lots of name calling
H|neighbor keeps putting her trash cans in RP's driveway
H|landlord and tenant yelling about the deposit in the hallway
P|two women arguing over a parking space at the grocery store
H|RP upset the neighbor's tree branches are over her roof
H|roommates arguing about dishes, one wants the other out
H|mother and teen daughter arguing about curfew, both just yelling
H|ex keeps calling about the custody schedule, RP wants advice
P|found a wallet on the bench with an ID inside
H|a bike has been leaning on her fence for three days
P|child's backpack left at the bus stop
P|found a set of keys with a car fob by the tennis courts
B|phone left at the counter, owner hasn't come back
A|<~p|her bike was taken from the porch sometime last week, she does not want a report>, just letting someone know
H|<~p|someone took the tomato plants from her garden overnight, declines a report>
A|<~p|package missing from Monday, not requesting a report>, the seller is sending another
B|<~p|tools went missing from the job site over the weekend, foreman just wants it noted>
P|unhoused man camped under the overpass asking for a blanket and water
P|woman living in her car in the library lot needs info on shelters
P|tents along the creek, business owner asks for outreach, not police
P|guy panhandling at the freeway exit, polite, not blocking traffic
B|man sleeping across the pharmacy entrance, store wants him to move along
P|intoxicated male sitting on the curb singing, can walk fine
B|regular at the bar is too drunk to drive, bartender wants a ride arranged
P|woman drunk at the bus stop, talking loudly but friendly
P|guy dozing on the bench, smells of ETOH, woke up when RP said hi
H|adult son with bipolar off his meds for a week, not sleeping, talking fast
H|caller says she is having a panic attack and wants someone to talk to
P|man says the government is listening through the streetlights, calm
A|woman hearing voices wants to go to the crisis center but has no ride
H|teen daughter very anxious, won't leave her room, mom wants advice
S|case manager requests a check on a client who missed two appointments
A|veteran says he's having a rough night with his PTSD and wants someone to talk to
H|new mom crying a lot, husband asking for help, she is home with family
P|woman at the train station convinced someone is following her, no one seen around her
H|brother talking to himself and pacing in the kitchen
P|group of teens hanging out in front of the corner store after dark
B|kids skateboarding in the bank parking lot
S|students cutting class behind the gym
P|juveniles sitting on parked cars at the apartment complex
B|kids hanging around the arcade, manager wants them to move on
B|elderly lady locked out of her car at the pharmacy
P|man needs help getting his wheelchair up the curb, battery is low
H|RP needs help getting her husband from the floor back to bed, <~i|he's not hurt>
P|tourists lost looking for their hotel
P|woman needs a ride to the shelter with her two kids
V|stranded motorist out of gas on the frontage road
H|civil standby requested to pick up belongings from her ex's apartment
A|caller wants info on getting her son into detox
A|caller asking how to get a restraining order, wants the courthouse hours
P|man asking drivers for gas money at the Speedway, nobody has complained about him except the clerk
S|college RA says a student hasn't left her dorm room in four days, roommate worried
H|hoarding situation, daughter wants help cleaning out her father's house
A|subj is a frequent caller, usually wants someone to talk to
P|teen about 14 walking alone on the river path, says he's headed to his aunt's two blocks away
H|senior says her home aide didn't show up today and she needs her groceries put away
B|customer upset about a refund, arguing with staff at the service desk, leaving now
P|couple arguing loudly outside the bar, walking away from each other
H|15yo ran away last night, texted his sister that he is at a friend's house
P|lady feeding a dozen stray cats behind the apartments, neighbors annoyed
H|tenant says the heat has been off for three days, landlord not answering
P|man in a wheelchair stuck in the snow at the corner
A|subj wants a ride to the VA for his appointment tomorrow
B|gas station clerk says a guy has been in the bathroom 40 minutes, <~i|he answered through the door and is ok>
A|RP's adult daughter is using again, mom wants to know about treatment options
H|son is 22, refuses to move out, parents want to know their options
P|teens playing basketball loudly at 11 p.m. at the school court
P|man yelling at passing cars on the corner, mostly about the Packers, not approaching anyone
H|elderly father keeps wandering to the neighbor's porch, he has Alzheimer's, family wants help with a plan
B|woman refusing to leave the waiting room at closing, says she has nowhere to go, calm
P|guy digging through the recycling bins behind the condos, neighbors want him gone
H|neighbor's kids keep throwing their ball over RP's fence and she wants someone to talk to the parents
S|library patron sleeping at a computer station for three hours, staff want him woken up politely
P|woman singing loudly at the transit center, seems manic but happy, asking people for hugs
H|upstairs tenant has a smell of marijuana coming through the vents, RP has asthma
A|caller's 70yo mother was scammed out of gift cards last week and <~p|the bank is handling it, no report wanted>
P|man in a hospital gown at the bus stop, says he signed himself out and wants a ride home
B|hotel guest locked out of his room, no ID, upset with the front desk but just arguing
H|son refuses to go to school, mom wants someone to come talk to him
P|older woman with dementia asking strangers what year it is at the farmers market, her daughter is on the way
H|roommate won't return RP's spare key, wants a standby while she asks for it
P|two men sleeping in a car at the park-and-ride with the engine off, lot closes at 10
S|student upset after a breakup, crying in the counselor's office, wants to go home early
H|mom says her 8yo has a meltdown every night at bedtime and she needs parenting help
P|group of people drinking in the park shelter, littering, not bothering anyone else
B|man asking customers for money inside the store, manager asked him to leave and he left
H|caller's brother with a TBI keeps calling her 40 times a day, she wants him connected to services
P|woman asking for directions to the food pantry, her phone is dead
H|neighbor's sprinkler flooding RP's basement window well, neighbor won't answer the door
P|person in a dinosaur costume dancing on the median, drivers honking
H|elderly couple arguing about whether to sell the house, daughter wants a mediator
S|group home resident refusing his evening meds, staff want the crisis team to talk with him
A|caller just got evicted and is sitting outside with all her stuff, needs storage and a shelter
H|RP's husband has been drinking all afternoon and is asleep on the couch snoring, she wants him to know about AA
P|man standing in the median holding a cardboard sign, drivers complaining he's slow to move
B|woman talking to herself in the cereal aisle for an hour, staff uneasy but she's bothering no one
H|tenant keeps propping the security door open with a brick, landlord wants someone to talk to him
P|people sleeping in the stairwell of the parking ramp, attendant asks for outreach
S|nurse says a discharged patient is sitting in the lobby, won't leave until someone drives him to a shelter
H|adult daughter with Down syndrome missed her bus home, mom can't reach the program
A|RP says her brother keeps calling her at work asking for money, she wants him to stop
P|a few teens playing music on a speaker at the beach after hours
H|grandpa keeps turning the stove on and forgetting, daughter looking for in-home help
P|man sorting cans in a shopping cart blocking the bike lane
B|guest at the motel says someone keeps knocking on his door at night, wants to change rooms
H|upstairs kids running and jumping until midnight every night
H|caller's sister moved in with her three kids, overcrowded, wants shelter options
P|lady walking her dog off leash in the cemetery, groundskeeper annoyed
S|student says her roommate drinks every night and she doesn't know what to do
H|elderly man feeding pigeons from his balcony, neighbors angry about the mess
A|caller's son is 30, lives in his car, family wants him to get a psych eval voluntarily
P|man sleeping under the slide at the playground, parents asking if he can be moved along
B|customer loudly accusing the pharmacy of poisoning him, left after staff talked to him
H|ex dropped the kids off two hours late again, RP wants advice about family court
P|woman in a wedding dress wandering the plaza, says she's waiting for her groom, lost in her own world
H|neighbor built a shed over the property line, RP wants to know who to call
P|guy preaching at the bus stop, repeating bible verses loudly, harmless per RP
S|after-school program says a parent hasn't picked up his 9yo and it's 6:45, child is with staff
H|caller's wife is having a bad day with her MS and refuses to get out of bed, husband needs support
A|man called saying he hasn't slept in four days and wants to talk to someone, at home
P|bikes piled on the sidewalk outside the rental shop, blocking the curb cut
H|teen son gaming all night and yelling into his headset, mom wants someone to mediate
B|employee says a regular comes in every day and stares at her, never says anything, she feels uneasy
H|94yo lives alone, daughter says she keeps calling 911 for company
P|man in the fountain cooling off, seems sober, just hot
H|RP's adult son keeps inviting strangers over, she doesn't feel in control of her house
P|woman asking for help reading a bus schedule, very anxious
A|caller states her neighbor keeps accusing her of stealing his mail, just verbal
S|clinic has a patient pacing and crying in the waiting room, upset about her benefits being cut
H|the downstairs neighbor keeps smoking on the shared porch and RP wants it addressed
P|kids building a ramp out of plywood in the street, cars having to slow down
B|bar patron wants help getting home, lost his wallet and phone, cheerful
H|daughter says her father with schizophrenia is yelling at the TV, that's his baseline
P|family with a broken-down minivan and two toddlers on the highway on-ramp shoulder
A|caller says she's lonely since her husband died and wants someone to visit
H|roommate has not paid rent in three months and RP wants to know how to get him out
P|man feeding ducks at the pond says people keep filming him and he's upset about it
B|kids hanging around the back dock of the grocery store smoking, manager wants them moved
H|adult son keeps eating the roommates' food, argument is verbal, they want a mediator
P|man asleep in a bus shelter with his shoes off, snoring, RP worried about the cold
B|woman in the coffee shop crying into her phone for an hour, staff want someone to check on her
H|mom says her 17yo is out past curfew again and not answering, his friends say he's at the mall
P|guy setting up a tent on the church lawn, pastor wants outreach to talk to him
S|student with autism melting down in the hallway, covering his ears, staff giving him space
H|neighbor's chickens keep getting into RP's yard
P|woman asking for bus fare at the transit center, says she was just released from the hospital
H|son with a gambling problem keeps asking for money, parents want resources
B|man has been sitting in the corner booth for six hours with one coffee, manager wants him to move on
P|teen girls filming TikToks in the middle of the crosswalk
H|tenant hoarding, smell bothering neighbors, landlord wants a social worker involved
A|caller's friend is drinking alone every night since the funeral, wants someone to check in
P|man talking to the pigeons at the bus stop, laughing to himself, bothering no one
S|shelter resident missed curfew and staff want to know if he's ok, he texted he's at his sister's
H|RP's mother refuses to take her blood pressure meds, argues with everyone, RP wants advice
P|two brothers arguing loudly in the park about their inheritance, no one else involved
B|hotel guest refusing to check out, says he paid for another night, front desk disagrees
H|ex-husband keeps parking across the street during his visitation pickups, just sits there
P|kid selling candy door to door without an adult, about 15, polite
S|nurse says an elderly patient's family is arguing in the hallway about the care plan
H|neighbor's porch light shines into RP's bedroom and he refuses to change it
P|woman standing on the corner preaching about the end times, loud but calm
A|caller says her son spent his whole paycheck on lottery tickets and she wants help
H|RP's roommate has a new partner staying over every night and RP wants a house meeting mediated
P|older man sitting in his parked car for hours listening to the ballgame, neighbors curious
B|regular customer yelling at the self-checkout machine, staff helped him and he calmed down
H|daughter with anorexia refusing to eat dinner, parents want to reach her treatment team
P|panhandler knocking on car windows at the light, drivers annoyed
S|middle schooler says she's being excluded by friends and refuses to go to class, counselor wants parent support
H|grandmother worried because her grandson has been sleeping all day and up all night, he is talking normally
P|man collecting cans from yard recycling bins early in the morning, neighbors complaining
A|caller wants to know if she can get someone to help her mother move into assisted living
H|upstairs neighbors stomping, RP went up and they argued in the hallway, both back inside
P|people sleeping under the bridge downtown, city wants outreach before the cleanup
B|woman asking to use the phone at the front desk, says she lost hers, looking for her ride
H|young couple arguing loudly about money, neighbor hears words only
P|man in a mobility scooter stuck in the middle of the crosswalk, battery died
A|caller's adult brother with a developmental disability got lost on the bus, now at the terminal with the driver
H|RP's son keeps borrowing the car without asking, wants him talked to
"""

BEN_DETAIL = r"""
H|RP lives on the second floor, the buzzer code is 4412
H|family just moved in last month
A|caller is the county case manager for the subj
H|there are two small kids in the home
A|subj is about 30, thin, wearing a green jacket
P|it has been raining all evening
H|the home has a ramp at the side door
H|dog in the yard is friendly per RP
A|RP speaks Spanish, used the language line
A|RP is calling from work and can't go over there
H|subj has autism and is nonverbal, gets upset with loud noises
H|the power has been out since the storm
B|store closes at 10, the manager on duty is Karen
A|subj goes by "Tiny", well known to outreach
H|subj's mom says {he} responds better to women
S|the school resource officer is out today
P|RP is waiting across the street in a silver minivan
A|caller is hard of hearing, speaking loudly
H|parents are divorced, dad has the kids this week
A|subj is a regular at the day center
H|the grandmother raised the subj
S|the group home has six residents and two staff on tonight
H|back door is usually unlocked, front has a ring camera
A|RP has been trying to get {him} into treatment for months
P|the park closes at dusk
A|subj recently lost {his} job and apartment
H|the apartment is above the laundromat, entry in the alley
A|subj is on probation per mom
H|neighbor says the family argues a lot but it's usually just yelling
A|RP wants to stay anonymous
P|lots of foot traffic because of the game
B|caller is the night auditor at the Motel 6
H|subj is 84 and uses oxygen at night
A|RP is a nurse and is calm on the line
A|subj has a service dog
H|RP is the upstairs tenant, has lived there twelve years
S|caller is the front desk clerk at the library
V|car is a white Corolla with a temp tag
P|it's getting dark and cold
A|RP doesn't know {his} name, describes {him} as a regular
H|grandson lives in the basement apartment
B|the security guard is on break
A|family is Somali, RP translating for her aunt
A|daughter is 19, has an IEP, reads at a 4th grade level
H|dad works nights and sleeps during the day
H|the house is the blue one with the wheelchair ramp
A|subj is about 60, grey beard, Brewers cap
P|there is a bus shelter right next to where {he} is sitting
A|RP met the subj through church
H|the family has a lab mix that barks but doesn't bite
A|subj's first language is Hmong
B|the store has cameras at the front door
H|the unit is on the third floor, elevator is out
A|caller thinks {he} is in {his} late 20s
S|staff say {he} likes to be called by {his} middle name
P|RP is standing by the bike racks
A|subj has a daughter who lives nearby
H|the landlord lives in the other half of the duplex
A|RP knows {him} from the neighborhood association
P|there's construction on the block, access from the north end
"""

CLOSERS = r"""
RP requests a call back
wants someone to come talk to {him}
asking for resources
would like a community responder, not police
RP will meet responders at the front door
caller asks for no lights or sirens
asking for a check on {him}
wants advice on what to do next
RP will stay nearby
wants {him} taken somewhere safe to sleep
asks that responders knock loud, doorbell broken
call back number verified
caller requests contact by phone first
RP does not want to be identified
requests someone who speaks Spanish if possible
asks if the mobile crisis team is available
just wants someone to check
caller is willing to be contacted
would like the outreach team if on shift
RP will leave the gate unlocked
caller states the side entrance is easier
asking what the options are
requests a welfare visit tonight
wants information on shelters nearby
asks for follow-up by the case manager
RP asks that the team park around the corner
caller says the family is waiting outside
unit number is on the mailbox
asks for a female responder if available
caller has to go back to work
please advise on ETA
RP hung up before giving a last name
caller will flag down the unit
dispatch advised of the request
callback # on file
RP requests a card with info left at the door
caller provided a description and will watch from the window
requests a ride be offered to the crisis center
asks responders to bring a blanket
RP has no further info
"""

# ---------------------------------------------------------------------------
# FRAMING (compositional, reused freely; disclosed in blind6.md)
# ---------------------------------------------------------------------------
STREETS = ["W Burleigh St", "N 27th St", "Fond du Lac Ave", "Maple Ave", "E Colfax Ave",
           "Lake Shore Dr", "Ridge Rd", "Cedar St", "Main St", "Elm St", "S Halsted St",
           "Grand Ave", "Lisbon Ave", "Yonge St", "Queen St W", "Peachtree St NE",
           "MLK Jr Blvd", "Aurora Ave N", "Rainier Ave S", "Sunset Blvd", "Bissonnet St",
           "Westheimer Rd", "Biscayne Blvd", "N Broad St", "Atlantic Ave", "Flatbush Ave",
           "Grand Concourse", "Dexter Ave", "Gratiot Ave", "Vliet St", "Center St",
           "Capitol Dr", "Halifax Rd", "Commercial Dr", "E Hastings St", "Jefferson Ave",
           "Washington Blvd", "Federal Blvd", "Lincoln Way", "Pine St", "Kedzie Ave",
           "Division St", "Ogden Ave", "Euclid Ave", "St Clair Ave", "Magnolia Ave",
           "Broadway", "Bardstown Rd", "Canal St", "Central Ave SE"]
P_PLACES = ["the bus stop at {s1} and {s2}", "the Kwik Trip on {s1}", "the Walgreens on {s1}",
            "the public library on {s1}", "Washington Park", "Riverside Park", "the transit center",
            "the light rail platform at {s1}", "the Tim Hortons on {s1}", "the laundromat on {s1}",
            "the 7-Eleven at {s1} and {s2}", "the Speedway on {s1}", "the riverwalk near {s1}",
            "the McDonald's on {s1}", "the corner of {s1} and {s2}", "the park-and-ride off {s1}",
            "the plaza across from city hall", "the 1{n2} block of {s1}", "Kelly Park", "the beach lot"]
B_PLACES = ["the Family Dollar on {s1}", "the Motel 6 off {s1}", "the Dunkin on {s1}",
            "the Shell station at {s1} and {s2}", "Pick n Save on {s1}", "the Target on {s1}",
            "the Brass Rail tavern on {s1}", "Jimmy's Diner on {s1}", "the nail salon on {s1}",
            "the DMV on {s1}", "the Dollar Tree on {s1}", "the Kroger on {s1}", "the pawn shop on {s1}",
            "the food court at Southridge Mall", "the Greyhound station", "the urgent care on {s1}"]
S_PLACES = ["Lincoln Middle School", "Roosevelt High", "St. Luke's ED", "the Harbor House shelter",
            "the county behavioral health clinic", "the group home on {s1}", "Westside Senior Center",
            "the YMCA on {s1}", "the community college, Lot C", "Bay View Elementary",
            "the public health clinic on {s1}", "the VA clinic", "the day center on {s1}",
            "the dorms at State", "the recovery house on {s1}"]
V_PLACES = ["I-94 WB near exit 308", "Hwy 41 at Silver Spring", "Route 9 northbound",
            "the 401 eastbound at Keele", "I-35 at Riverside", "the Beltway inner loop",
            "Loop 610 at Westheimer", "US-1 near Sunrise Blvd", "I-5 SB at Mercer",
            "the Dan Ryan outbound at 47th", "{s1} at the on-ramp", "the Kroger lot on {s1}"]
ROLES = {
    "H": ["neighbor", "mother", "father", "adult daughter", "adult son", "sister", "brother",
          "grandmother", "roommate", "landlord", "downstairs neighbor", "home health aide", "wife",
          "husband", "girlfriend", "cousin", "aunt", "building super", "family friend", "stepmom"],
    "P": ["passerby", "bus driver", "clerk across the street", "jogger", "security guard",
          "park ranger", "rideshare driver", "librarian", "crossing guard", "resident of the block",
          "outreach worker", "street vendor"],
    "B": ["store manager", "cashier", "bartender", "security officer", "night auditor",
          "pharmacist", "receptionist", "shift lead", "owner", "loss prevention officer"],
    "S": ["teacher", "school counselor", "school nurse", "social worker", "group home staff member",
          "shelter staff member", "clinician", "case manager", "assistant principal", "RA",
          "charge nurse", "therapist"],
    "V": ["driver behind them", "passenger", "tow operator", "motorist", "bus operator", "trucker"],
}
OPENERS = ["caller is the {role}, calling from {loc}", "RP ({role}) at {loc} states",
           "{role} calling re {loc}", "comp is the {role}, loc {loc}",
           "3rd party caller, the {role}, reports from {loc}", "informant ({role}) at {loc} advises",
           "call from {loc}, RP is the {role}", "{loc}: caller is the {role}",
           "RP is a {role} at {loc}", "C/T: {role} on the line from {loc}",
           "caller at {loc} reports", "loc {loc}", "RP states", "caller states",
           "{role} reporting from {loc}", "complainant ({role}) states"]
DETAIL_T = ["subj is {age}, {build}, wearing {cloth}", "{he} is about {age}",
            "RP has known {him} for {n} years", "{he} has lived there about {n} years",
            "caller is calling from {his} own cell, ANI matches", "RP describes {him} as {build}, {cloth}",
            "{he} was last seen wearing {cloth}", "subj is {build}, {age}, goes by {nick}",
            "RP thinks {he} is about {age}, {build}", "caller's name is on file",
            "{he} usually hangs around {place}", "{his} family calls {him} {nick}",
            "caller says this has been going on for about {n} {unit}", "RP first noticed about {n} {unit} ago",
            "RP is watching from {dist}", "{he} has a {pet} with {him}"]
NICKS = ["Tiny", "Junior", "Red", "Doc", "Mimi", "Boo", "Sarge", "Lulu", "Deedee", "Chief"]
PLACES_D = ["the library", "the gas station", "the transit center", "the church steps", "the park benches",
            "the corner store", "the laundromat"]
BUILDS = ["thin", "heavyset", "tall", "short", "medium build", "slim", "stocky"]
CLOTHES = ["black hoodie", "grey sweats", "Bucks jersey", "yellow raincoat", "red flannel",
           "scrubs", "camo jacket", "no shoes", "a Raptors toque", "blue puffer coat", "work boots"]
BRIDGES = ["UPDATE:", "RP now adds", "while on the line RP says", "per 2nd call,", "CT adds:", "then",
           "RP called back:", "also", "and now", "RP adds that", "on callback RP says", "ALSO:"]
CAD_EXTRA = ["ANI/ALI verified", "loc verified on map", "xref {n} prior calls this address",
             "duplicate call merged", "caller info updated", "callback # confirmed",
             "supv advised", "premise notes reviewed", "TTY check done", "2nd caller same loc"]
HARMLESS_CT = {
    "A": ["WELFARE CHECK", "CHECK WELL BEING", "WELFARE CITIZEN", "WELL BEING CHECK", "CONCERN FOR WELFARE",
          "CALL FOR POLICE", "INFO", "INFORMATION ONLY", "NONEMERG", "NON-EMERGENCY", "MENTAL SUBJ",
          "MENTAL OBSERVATION", "EDP", "EDP NON-VIOLENT", "MNTL", "MH CRISIS", "BEHAVIORAL HEALTH",
          "PERSON IN CRISIS", "MHA", "CIT ASSIST", "CITIZEN ASSIST", "CITASST", "ASSIST CITIZEN",
          "SUSP CIRC", "SUSPICIOUS CIRCUMSTANCES", "HARASSMENT", "HARR", "COMPLAINT", "REFERRAL",
          "CR REFERRAL", "COMMUNITY RESPONDER REQ", "FOLLOW UP", "CALLBACK REQ", "311 REFERRAL",
          "ASSIST OTHER AGENCY", "MISSING PERSON", "PERMISS", "DISORDERLY", "DISORD",
          "10-52 DISPUTE", "415", "UNWANTED PERSON", "QUALITY OF LIFE", "NUISANCE"],
    "H": ["FAMILY TROUBLE", "FAMILY DISTURBANCE", "415 FAMILY", "DISTURBANCE-VERBAL", "DIST VERBAL",
          "DOMESTIC-VERBAL", "DVNA", "DOM VERBAL", "NEIGHBOR DISPUTE", "NEIGHBOR TROUBLE",
          "LANDLORD/TENANT", "LANDLORD TENANT DISPUTE", "CIVIL STANDBY", "CIVIL MATTER", "CIVIL DISPUTE",
          "CDX", "CHILD CUSTODY", "CUST", "NOISE COMPLAINT", "LOUD MUSIC", "LOUD PARTY", "BARKING DOG",
          "SENIOR CHECK", "ELDER CHECK", "CARETAKER ISSUE", "RUNAWAY", "TROUBLE W/ JUVENILE",
          "PROPERTY PICK-UP", "415 NOISE", "10-52"],
    "P": ["SUSP PERSON", "SUSPICIOUS PERSON", "SUSPICIOUS ACTIVITY", "VAG", "TRANSIENT",
          "HOMELESS OUTREACH", "UNHOUSED PERSON", "PHANDLE", "PANHANDLING", "SOLICITING", "INTOX",
          "INTOX PERSON", "PUBLIC INTOX", "ETOH", "LOITERING", "JUV PROBLEM", "JUVENILE COMPLAINT",
          "CURFEW VIOL", "PUBLIC ASSIST", "FOUND PROPERTY", "LOST PROPERTY", "FOUND PERSON",
          "ASB", "ASB NUISANCE", "FIREWORKS", "FIREWORKS COMPLAINT", "NOISE", "CRUELTY ANIMAL",
          "ANIMAL COMPLAINT"],
    "B": ["UNWANTED GUEST", "CUSTOMER DISPUTE", "BUSINESS CHECK", "SUSP PERSON", "LOCKOUT",
          "INTOX", "TRESPASS WARNING INFO", "PARKING COMPLAINT", "LOITERING", "DISTURBANCE"],
    "S": ["SCHOOL ASSIST", "TRUANT", "SHELTER REFERRAL", "CLINIC ASSIST", "AGENCY ASSIST",
          "JUV PROBLEM", "MENTAL HEALTH REFERRAL"],
    "V": ["MOTORIST ASSIST", "SUSP VEH", "PARKING TROUBLE", "ABANDONED VEHICLE", "DISABLED VEH",
          "TRAFFIC COMPLAINT"],
}
ALARM_CT = {
    "w": ["MAN WITH GUN", "SUBJ W/ WEAPON", "WEAPON", "WEAPONS CALL", "245", "ADW", "SHOTS FIRED",
          "SHOTS HEARD", "SHOTSPOTTER", "10-32", "PERSON WITH KNIFE", "ARMED SUBJECT", "417",
          "BRANDISHING", "DISCHARGE OF FIREARM", "AGG ASSAULT"],
    "v": ["FIGHT", "FIGHT IN PROGRESS", "ASSAULT", "BATTERY", "242", "DVA", "DOMESTIC VIOLENCE",
          "DV IN PROGRESS", "10-10", "AGG BATTERY", "ASSAULT JUST OCCURRED", "MTLV", "EDP VIOLENT",
          "273.5", "BAR FIGHT", "10-16"],
    "t": ["THREATS", "HARASSMENT-THREATS", "422", "TERRORISTIC THREAT", "MENACING", "THREATS TO LIFE",
          "THREAT ASSESSMENT", "UTTERING THREATS"],
    "i": ["MEDICAL", "MEDICAL EMERGENCY", "UNCON", "UNCONSCIOUS PERSON", "PERSON DOWN", "FALL",
          "FALL W/ INJURY", "OD", "OVERDOSE", "SICK PERSON", "SEIZURE", "CARDIAC", "BREATHING PROBLEMS",
          "EMS ASSIST", "MVA W/ INJ", "10-50 PI", "UNRESPONSIVE", "DIABETIC", "INJURED PERSON"],
    "s": ["SUICIDE", "SUICIDAL SUBJ", "ATT SUICIDE", "SUICIDE THREAT", "5150", "JUMPER", "BAKER ACT",
          "ITA", "302 REQUEST", "SUICIDE ATTEMPT", "SUIC IN PROG"],
    "p": ["BURGLARY IN PROGRESS", "459", "BURGLARY", "B&E", "BREAK IN", "THEFT", "SHOPLIFTER", "484",
          "THEFT REPORT", "TRESPASS", "TRESPASSER", "INDECENT EXPOSURE", "314", "LEWD CONDUCT", "PROWLER",
          "PEEPING TOM", "DUI", "DWI", "23152", "RECKLESS DRIVER", "WRONG WAY DRIVER", "HIT AND RUN",
          "20002", "CHILD LEFT IN VEH", "CHILD ABANDONED", "CHILD NEGLECT", "CHILD ABUSE",
          "WARRANT SERVICE", "WANTED PERSON", "VANDALISM IN PROG", "594", "CRIMINAL MISCHIEF",
          "STOLEN VEH", "REPORT REQUEST", "ORDER OF PROT VIOL"],
    "u": ["911 HANG UP", "911 HANGUP", "ABANDONED 911", "OPEN LINE", "UNKNOWN TROUBLE", "TROUBLE UNK",
          "UNK PROBLEM", "SCREAMS HEARD", "TEXT TO 911", "SILENT CALL", "ALARM DURESS", "TDD CALL"],
}
GROUP_CT = {"shots": ["SHOTS FIRED", "SHOTS HEARD", "SHOTSPOTTER", "DISCHARGE OF FIREARM"],
            "gun": ["MAN WITH GUN", "SUBJ W/ WEAPON", "PERSON WITH KNIFE", "10-32", "ARMED SUBJECT", "WEAPON"],
            "od": ["OD", "OVERDOSE", "UNCON"],
            "fight": ["FIGHT", "FIGHT IN PROGRESS", "10-10", "ASSAULT"],
            "suicide": ["JUMPER", "SUICIDAL SUBJ", "SUICIDE"],
            "medical": ["PERSON DOWN", "UNCON", "FALL", "MEDICAL", "UNRESPONSIVE"],
            "burglary": ["BURGLARY IN PROGRESS", "459", "PROWLER", "BREAK IN"],
            "threat": ["THREATS", "422"],
            "screams": ["SCREAMS HEARD", "911 HANG UP", "OPEN LINE", "ABANDONED 911"],
            "dv": ["DVA", "DOMESTIC VIOLENCE"],
            "exposure": ["INDECENT EXPOSURE", "314"],
            "child": ["CHILD ABANDONED", "CHILD NEGLECT"]}

# ---------------------------------------------------------------------------
# ENGINE
# ---------------------------------------------------------------------------
MARK = re.compile(r"<([wvtispu~]+)\|([^<>|]*)>")
MARKI = re.compile(r"<([wvtispu~]+):(\d+)\|([^<>|]*)>")
COMPAT = {"H": "HA", "P": "PAV", "B": "BAP", "S": "SA", "V": "VAP"}
PROTECT = set("""no not nor never none nothing nobody neg negative denies denied deny without unk
unknown possibly possible poss maybe might may unsure unclear apparently allegedly reportedly believes
thinks didn't doesn't don't isn't wasn't won't can't hasn't haven't hadn't couldn't wouldn't history
prior previously former formerly ago last years declines declined refuses refused only just seems
sounds like unable cannot confirmed turned was were used fine okay safe calm denies""".split())
KEYS = "qwertyuiop asdfghjkl zxcvbnm"


def parse_bank(text, cat, kind=None, grouped=False):
    out = []
    for n, ln in enumerate(l.strip() for l in text.strip().split("\n")):
        if not ln:
            continue
        setting, rest = ln[0], ln[2:]
        assert ln[1] == "|" and setting in "HPBSVA", ln
        group = None
        if grouped:
            group, rest = rest.split("|", 1)
        red, neg = "", ""
        for m in MARK.finditer(rest):
            if m.group(1).startswith("~"):
                neg += m.group(1)[1:]
            else:
                red += m.group(1)
        out.append({"key": "%s:%d" % (cat, len(out)), "setting": setting, "group": group,
                    "text": rest, "red": "".join(sorted(set(red))), "neg": "".join(sorted(set(neg))),
                    "cat": cat, "kind": kind})
    return out


RED_POOLS = {k: parse_bank(t, "red_" + k, k) for k, t in
             [("w", RED_WEAPON), ("v", RED_VIOLENCE), ("t", RED_THREAT), ("i", RED_INJURY),
              ("s", RED_SUICIDE), ("p", RED_POLICE), ("u", RED_UNCERT)]}
BEN_POOLS = {"neg": parse_bank(BEN_NEG, "negation"), "hist": parse_bank(BEN_HIST, "history"),
             "sense": parse_bank(BEN_SENSE, "other_sense"),
             "alarm": parse_bank(BEN_ALARM, "benign_alarm", grouped=True),
             "sit": parse_bank(BEN_SITUATION, "situation"), "det": parse_bank(BEN_DETAIL, "detail")}
CLOSER_LIST = [l.strip() for l in CLOSERS.strip().split("\n") if l.strip()]
MAX_USE = 3


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.use = {}
        self.ct_use = {}

    # -- pickers ------------------------------------------------------------
    def pick(self, pool, settings=None, avoid=""):
        r = self.rng
        cands = [e for e in pool if self.use.get(e["key"], 0) < MAX_USE
                 and (settings is None or e["setting"] in settings)
                 and not (set(e["neg"]) & set(avoid)) and not (set(e["red"]) & set(e["neg"]))]
        if avoid:
            cands = [e for e in cands if not (set(e["neg"]) & set(avoid))]
        if not cands:
            return None
        lo = min(self.use.get(e["key"], 0) for e in cands)
        cands = [e for e in cands if self.use.get(e["key"], 0) == lo]
        e = r.choice(cands)
        self.use[e["key"]] = self.use.get(e["key"], 0) + 1
        return e

    def pick_ct(self, lst):
        lo = min(self.ct_use.get(c, 0) for c in lst)
        c = self.rng.choice([c for c in lst if self.ct_use.get(c, 0) == lo])
        self.ct_use[c] = self.ct_use.get(c, 0) + 1
        return c

    def fill(self, s, P):
        r = self.rng
        s1, s2 = r.sample(STREETS, 2)
        return s.format(s1=s1, s2=s2, n2=r.randint(2, 9) * 100, **P)

    def opener(self, setting, P):
        r = self.rng
        st = setting if setting != "A" else r.choice("HPBS")
        role = r.choice(ROLES[st])
        if st == "H":
            loc = "%d %s" % (r.randint(100, 9899), r.choice(STREETS))
            if r.random() < 0.5:
                loc += r.choice([" apt %d%s" % (r.randint(1, 4), r.choice("ABCD")), " unit %d" % r.randint(1, 40),
                                 " #%d" % r.randint(101, 420), " lower", " upper", " rear"])
        else:
            loc = self.fill(r.choice({"P": P_PLACES, "B": B_PLACES, "S": S_PLACES, "V": V_PLACES}[st]), P)
        return r.choice(OPENERS).format(role=role, loc=loc)

    def detail_comp(self, P, used=None):
        r = self.rng
        cands = [t for t in DETAIL_T if used is None or t not in used]
        t = r.choice(cands)
        if used is not None:
            used.append(t)
        return t.format(age=r.choice(["19", "mid 20s", "30s", "45", "50ish", "60s",
                                                       "70", "82", "17", "early 40s"]),
                                         build=r.choice(BUILDS), cloth=r.choice(CLOTHES),
                                         n=r.randint(2, 15), nick=r.choice(NICKS),
                                         place=r.choice(PLACES_D),
                                         unit=r.choice(["minutes", "hours", "days", "weeks"]),
                                         dist=r.choice(["a block away", "across the street", "down the hall",
                                                        "two houses down"]),
                                         pet=r.choice(["small dog", "cat in a carrier", "pit mix"]), **P)

    # -- text transforms (markup aware) ---------------------------------------
    def typo_word(self, w, keep_letters):
        r = self.rng
        ops = ["swap", "double"] if keep_letters else ["swap", "drop", "double", "key"]
        op = r.choice(ops)
        i = r.randint(1, len(w) - 2)
        if op == "swap":
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if op == "drop":
            return w[:i] + w[i + 1:]
        if op == "double":
            return w[:i] + w[i] + w[i:]
        row = [k for k in KEYS.split() if w[i].lower() in k]
        if not row:
            return w
        k = row[0]
        j = k.index(w[i].lower())
        nb = k[j - 1] if j > 0 and (j == len(k) - 1 or r.random() < 0.5) else k[min(j + 1, len(k) - 1)]
        if w[i].isupper():
            nb = nb.upper()
        return w[:i] + nb + w[i + 1:]

    def transform_plain(self, seg, abbrev, typo_p, texty):
        r = self.rng
        if abbrev:
            for pat, reps, p in ABBR:
                seg = re.sub(pat, lambda m: r.choice(reps) if r.random() < p else m.group(0), seg)
        if texty:
            for pat, rep in TEXTY:
                seg = re.sub(pat, rep, seg)
        if typo_p:
            parts = re.split(r"([A-Za-z']+)", seg)
            for k in range(1, len(parts), 2):
                w = parts[k]
                if len(w) >= 4 and w.isalpha() and w.lower() not in PROTECT and r.random() < typo_p:
                    parts[k] = self.typo_word(w, False)
            seg = "".join(parts)
        return seg

    def transform(self, marked, abbrev, typo_p, texty):
        out, pos = [], 0
        for m in MARKI.finditer(marked):
            out.append(self.transform_plain(marked[pos:m.start()], abbrev, typo_p, texty))
            body = m.group(3)
            if not m.group(1).startswith("~") and typo_p and self.rng.random() < 0.25:
                parts = re.split(r"([A-Za-z]+)", body)
                cand = [k for k in range(1, len(parts), 2) if len(parts[k]) >= 6]
                if cand:
                    k = self.rng.choice(cand)
                    parts[k] = self.typo_word(parts[k], True)
                body = "".join(parts)
            out.append("<%s:%s|%s>" % (m.group(1), m.group(2), body))
            pos = m.end()
        out.append(self.transform_plain(marked[pos:], abbrev, typo_p, texty))
        return "".join(out)


ABBR = [(r"\bcaller\b", ["RP", "comp", "clr"], 0.5), (r"\bsubject\b", ["subj"], 0.8),
        (r"\bwith\b", ["w/"], 0.6), (r"\bbecause\b", ["b/c"], 0.8), (r"\bapartment\b", ["apt"], 0.8),
        (r"\bvehicle\b", ["veh"], 0.8), (r"\bunknown\b", ["unk"], 0.8), (r"\byears old\b", ["yo", "y/o"], 0.8),
        (r"\bpossible\b", ["poss"], 0.8), (r"\badvises\b", ["ADV"], 0.6), (r"\bstates\b", ["STS", "sts"], 0.5),
        (r"\bresidence\b", ["res"], 0.7), (r"\bbuilding\b", ["bldg"], 0.7), (r"\bminutes\b", ["mins"], 0.6),
        (r"\bhours\b", ["hrs"], 0.6), (r"\bpolice\b", ["PD"], 0.4), (r"\bsaid\b", ["sd"], 0.2),
        (r"\bthrough\b", ["thru"], 0.6), (r"\bmother\b", ["mom"], 0.5), (r"\bboyfriend\b", ["bf"], 0.5),
        (r"\bgirlfriend\b", ["gf"], 0.5), (r"\bneighbor\b", ["nbr", "neighbour"], 0.4),
        (r"\binformation\b", ["info"], 0.8), (r"\bplease\b", ["pls"], 0.5), (r"\band\b", ["&"], 0.12),
        (r"\bmale\b", ["M/"], 0.15), (r"\bfemale\b", ["F/"], 0.15), (r"\bdoesn't\b", ["doesnt"], 0.5),
        (r"\bcan't\b", ["cant"], 0.5), (r"\bwon't\b", ["wont"], 0.5), (r"\bthe\b", ["da"], 0.01)]
TEXTY = [(r"\byou\b", "u"), (r"\bplease\b", "pls"), (r"\bbecause\b", "bc"), (r"\bare\b", "r"),
         (r"\bhe's\b", "hes"), (r"\bshe's\b", "shes"), (r"\bI'm\b", "im"), (r"\bto\b", "2")]


def cap_first(marked):
    """Capitalise the first letter of a marked clause (skipping markup headers)."""
    i = 0
    while i < len(marked):
        if marked[i] == "<":
            i = marked.index("|", i) + 1
            continue
        if marked[i].isalpha():
            return marked[:i] + marked[i].upper() + marked[i + 1:]
        if marked[i] not in " \"'(":
            return marked
        i += 1
    return marked


def strip_marks(marked):
    """-> plain text, spans [(start, end, kinds, is_neg, clause_idx)]"""
    out, spans, pos, n = [], [], 0, 0
    for m in MARKI.finditer(marked):
        out.append(marked[pos:m.start()])
        n += m.start() - pos
        body = m.group(3)
        k = m.group(1)
        spans.append((n, n + len(body), k.lstrip("~"), k.startswith("~"), int(m.group(2))))
        out.append(body)
        n += len(body)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), spans


def cut_ok(text, spans, w):
    """Return (ok, kept_spans) for a fixed-width cut at w."""
    kept = []
    for (s, e, k, neg, ci) in spans:
        if e <= w:
            kept.append((s, e, k, neg, ci))
        elif s < w < e:
            body = text[s:e]
            if neg or " " in body.strip() or not body.strip().isalpha():
                return False, None
            L = len(body)
            if L <= 5 or (w - s) < max(5, L - 3):
                return False, None
            kept.append((s, e, k, neg, ci))
    return True, kept


KIND_NAME = {"w": "weapon", "v": "violence", "t": "threat", "i": "injury", "s": "suicide",
             "p": "police_only", "u": "uncertainty"}
KIND_ORDER = "wvtispu"
WIDTHS = [80, 100, 120, 160, 200]
N_ROWS = 1000
N_RED = 438
P_SECOND_RED = 0.30
P_TRUNC = 0.17
P_TRUNC_RED = 0.29
CAT_LABEL = {"negation": "negation", "history": "history", "other_sense": "other sense",
             "benign_alarm": "benign outcome", "situation": "situation", "detail": "detail"}


def pron(g):
    if g == "m":
        return dict(he="he", him="him", his="his", He="He", His="His", himself="himself", man="man")
    return dict(he="she", him="her", his="her", He="She", His="Her", himself="herself", man="woman")


class RowBuilder(Gen):
    def left(self, kind):
        return any(self.use.get(e["key"], 0) < MAX_USE for e in BEN_POOLS[kind])

    def fillp(self, text, P):
        return re.sub(r"\{(\w+)\}", lambda m: P[m.group(1)], text)

    def benign(self, kind, setting, avoid="", P=None):
        e = self.pick(BEN_POOLS[kind], COMPAT[setting], avoid)
        if e is None:
            e = self.pick(BEN_POOLS[kind], None, avoid)
        return e

    def plan(self, want_red, primary, P):
        """Return (setting, list of clause entries or framing strings, call type)."""
        r = self.rng
        items = []
        if want_red:
            e1 = self.pick(RED_POOLS[primary])
            setting = e1["setting"] if e1["setting"] != "A" else r.choice("HPBS")
            reds = [e1]
            if r.random() < P_SECOND_RED:
                others = [k for k in KIND_ORDER if k != primary]
                lo = min(self.tally.get(k, 0) for k in others)
                k2 = r.choice([k for k in others if self.tally.get(k, 0) <= lo + 2])
                e2 = self.pick(RED_POOLS[k2], COMPAT[setting])
                if e2:
                    reds.append(e2)
            redk = "".join(e["red"] for e in reds)
            for k in sorted(set(redk)):
                self.tally[k] = self.tally.get(k, 0) + 1
            pre, post = [], []
            x = r.random()
            if x < 0.30:
                n = self.benign("neg", setting, redk)
                if n:
                    pre.append(n)
                if r.random() < 0.3:
                    s = self.benign("sit", setting, redk)
                    if s:
                        pre.insert(0, s)
            elif x < 0.47:
                e = self.benign("sit", setting, redk)
                if e:
                    pre.append(e)
                d = self.detail_comp(P, self.dused) if r.random() < 0.6 else self.benign("det", setting, redk)
                if d:
                    pre.append(d)
            elif x < 0.63:
                h = self.benign("hist", setting, redk)
                if h:
                    (pre if r.random() < 0.5 else post).append(h)
            elif x < 0.72:
                sn = self.benign("sense", setting, redk)
                if sn:
                    pre.append(sn)
            elif x < 0.80:
                d = self.benign("det", setting, redk)
                if d:
                    pre.append(d)
            if r.random() < 0.10:
                post.append(self.detail_comp(P, self.dused))
            if len(reds) == 2 and r.random() < 0.35:
                mid = [reds[0], self.detail_comp(P, self.dused), reds[1]]
            else:
                mid = reds
            items = pre + mid + post
            if r.random() < 0.72:
                kinds = sorted(set(redk), key=KIND_ORDER.index)
                ct = self.pick_ct(ALARM_CT[r.choice(kinds)])
            else:
                ct = self.pick_ct(HARMLESS_CT["A"] + HARMLESS_CT[setting if setting != "A" else "P"])
            return setting, items, ct
        x = r.random()
        ct = None
        if x < 0.075 and self.left("alarm"):
            core = self.pick(BEN_POOLS["alarm"])
            ct = self.pick_ct(GROUP_CT[core["group"]])
            items = [core]
            setting = core["setting"] if core["setting"] != "A" else r.choice("HPBS")
            if r.random() < 0.4:
                d = self.benign("det", setting)
                if d:
                    items.append(d)
        elif x < 0.72 or not self.left("sit"):
            cats = [c for c in ["neg", "hist", "sense"] if self.left(c)] or ["det"]
            cat = r.choices(cats, [{"neg": 0.36, "hist": 0.30, "sense": 0.34, "det": 1}[c] for c in cats])[0]
            core = self.pick(BEN_POOLS[cat])
            setting = core["setting"] if core["setting"] != "A" else r.choice("HPBS")
            need_sit = {"neg": 1.0, "hist": 0.6, "sense": 0.35}[cat]
            items = [core]
            if r.random() < need_sit:
                s = self.benign("sit", setting)
                if s:
                    items.insert(0, s)
            if r.random() < 0.10:
                extra = self.benign(r.choice(["neg", "hist", "sense"]), setting)
                if extra:
                    items.append(extra)
        else:
            core = self.benign("sit", r.choice("HPBS"))
            setting = core["setting"] if core["setting"] != "A" else r.choice("HPBS")
            items = [core]
        if r.random() < 0.15:
            d = self.benign("det", setting)
            if d:
                items.insert(r.randint(0, len(items)), d)
        if r.random() < 0.55:
            items.insert(r.randint(0, len(items)), self.detail_comp(P, self.dused))
        if r.random() < 0.40:
            items.append(self.detail_comp(P, self.dused))
        if ct is None:
            ct = self.pick_ct(HARMLESS_CT["A"] + HARMLESS_CT[setting if setting != "A" else "P"])
        return setting, items, ct

    def assemble(self, setting, items, P):
        r = self.rng
        clauses = []  # (marked text with idx, entry or None)
        for j, it in enumerate(items):
            if isinstance(it, dict):
                t = self.fillp(it["text"], P)
                t = MARK.sub(lambda m: "<%s:%d|%s>" % (m.group(1), j, m.group(2)), t)
                clauses.append(t)
            else:
                clauses.append(it)
        style = r.choices(["prose", "slash", "cad", "txt", "voice", "terse"],
                          [0.38, 0.20, 0.16, 0.10, 0.08, 0.08])[0]
        op = self.opener(setting, P) if r.random() < 0.85 else None
        cl = self.fillp(r.choice(CLOSER_LIST), P) if r.random() < 0.55 else None
        if style == "txt":
            op = None
        if op and re.search(r"(states|reports|advises)$", op) and clauses and style in ("prose", "slash"):
            clauses = [op + r.choice([" ", ": ", " that "]) + clauses[0]] + clauses[1:]
            op = None
        body = ([op] if op else []) + clauses + ([cl] if cl else [])
        if style == "prose":
            j = r.choice([". ", ". ", ", ", "; ", " - ", ". "])
            if j == ". ":
                body = [cap_first(b) for b in body]
            txt = j.join(body) + (r.choice([".", "", ""]) if j == ". " else "")
        elif style == "slash":
            out = []
            for k, b in enumerate(body):
                if k > 0 and r.random() < 0.3 and re.match(r"[a-z]", b) and not re.match(r"(says|said|states|per|caller|RP)\b", b):
                    b = r.choice(["States ", "Caller states ", "Advised "]) + b
                out.append(cap_first(b) if r.random() < 0.7 else b)
            txt = " / ".join(out)
        elif style == "cad":
            if r.random() < 0.6:
                body.insert(r.randint(1, len(body)), r.choice(CAD_EXTRA).format(n=r.randint(2, 9)))
            t0 = r.randint(0, 86399 - 1200)
            inis = ["".join(r.choice("ABCDEFGHJKLMNPRSTW") for _ in range(r.choice([2, 2, 3])))
                    for _ in range(2)]
            fmt = r.randint(0, 3)
            out = []
            for k, b in enumerate(body):
                t0 += r.randint(8, 190)
                hh, mm, ss = t0 // 3600, (t0 // 60) % 60, t0 % 60
                ini = inis[0] if r.random() < 0.75 else inis[1]
                if fmt == 0:
                    pfx = "%02d:%02d:%02d %s: " % (hh, mm, ss, ini)
                elif fmt == 1:
                    pfx = "[%02d%02d] %s - " % (hh, mm, ini)
                elif fmt == 2:
                    pfx = "%02d:%02d %s/ " % (hh, mm, ini.lower())
                else:
                    pfx = "T%02d:%02d:%02d #%d ** " % (hh, mm, ss, 300 + len(ini) * 37)
                out.append(pfx + b)
            txt = " ".join(out)
        elif style == "txt":
            pfx = r.choice(["TXT2911 (sess %d): " % r.randint(1000, 9999), "SMS: ", "text session: ",
                            "TXT: ", "[text-to-911] "])
            txt = pfx + r.choice([" ", ". ", " .. "]).join(body)
        elif style == "voice":
            pfx = r.choice(["VOICE TRANSCRIPT: caller: ", "[ASR] ", "Caller (transcribed): ", "audio: "])
            fill = [" ... ", ", uh, ", " um ", ", like, ", " ... and "]
            txt = pfx + "".join((b if k == 0 else r.choice(fill) + b) for k, b in enumerate(body))
        else:
            txt = r.choice([" // ", " ** ", " -- ", " * "]).join(body)
        return style, txt

    def row(self, want_red, primary):
        r = self.rng
        P = pron(r.choice("mf"))
        self.dused = []
        setting, items, ct = self.plan(want_red, primary, P)
        if len(items) >= 2 and r.random() < 0.2:
            j = r.randint(1, len(items) - 1)
            if isinstance(items[j], dict):
                items[j] = dict(items[j], text=r.choice(BRIDGES) + " " + items[j]["text"])
            else:
                items[j] = r.choice(BRIDGES) + " " + items[j]
        style, marked = self.assemble(setting, items, P)
        abbrev = r.random() < 0.55
        typo_p = r.choice([0.05, 0.08, 0.12]) if r.random() < 0.5 else 0.0
        marked = self.transform(marked, abbrev, typo_p, style == "txt")
        text, spans = strip_marks(marked)
        case = "lower" if style == "txt" else "upper" if style == "terse" else \
            r.choices(["as", "upper", "lower"], [0.72, 0.22, 0.06])[0]
        if case == "upper":
            text = text.upper()
        elif case == "lower":
            text = text.lower()
        trunc = None
        kept = spans
        if r.random() < (P_TRUNC_RED if want_red else P_TRUNC):
            ws = [w for w in WIDTHS if w < len(text) - 3]
            r.shuffle(ws)
            opts = []
            for w in ws:
                ok, k2 = cut_ok(text, spans, w)
                if ok:
                    opts.append((w, k2))
            keep = [o for o in opts if any(not sp[3] for sp in o[1])]
            if want_red and keep and r.random() < 0.95:
                opts = keep
            if opts:
                trunc, kept = opts[0]
        full = text
        if trunc:
            text = text[:trunc]
        flags = sorted(set("".join(k for (s, e, k, neg, ci) in kept if not neg)), key=KIND_ORDER.index)
        label = "red_flag" if flags else "eligible"
        # reason
        rs = []
        for (s, e, k, neg, ci) in kept:
            frag = text[s:min(e, len(text))].replace('"', "'")
            if not neg:
                rs.append("%s: '%s'" % ("+".join(KIND_NAME[c] for c in k), frag))
        for (s, e, k, neg, ci) in kept:
            frag = text[s:e].replace('"', "'")
            if neg:
                cat = items[ci]["cat"] if isinstance(items[ci], dict) else "framing"
                what = ("+".join(KIND_NAME[c] for c in k) if k else "none")
                rs.append("look-alike (%s, %s): '%s'" % (CAT_LABEL.get(cat, cat), what, frag))
        if trunc:
            lost = [(s, e, k) for (s, e, k, neg, ci) in spans if not neg and s >= trunc]
            msg = "truncated at %d chars" % trunc
            if lost:
                msg += "; cut removed %s" % ", ".join(
                    "%s '%s'" % ("+".join(KIND_NAME[c] for c in k), full[s:e].replace('"', "'"))
                    for (s, e, k) in lost)
            rs.append(msg)
        if label == "eligible" and not any(neg for (s, e, k, neg, ci) in kept):
            rs.insert(0, "no red-flag situation in text")
        elif label == "eligible":
            rs.insert(0, "no red-flag situation in text")
        alarm_ct = any(ct in v for v in ALARM_CT.values())
        if label == "eligible" and alarm_ct:
            rs.append("alarming call type, benign narrative")
        if label == "red_flag" and not alarm_ct:
            rs.append("harmless call type")
        used = [it["key"] for it in items if isinstance(it, dict)]
        return dict(call_type=ct, narrative=text, label=label, flags=";".join(KIND_NAME[f] for f in flags),
                    reason=" | ".join(rs), split="blind6", _trunc=trunc, _style=style, _used=used,
                    _typo=typo_p > 0, _case=case, _want_red=want_red)


def build():
    g = RowBuilder(SEED)
    g.tally = {}
    r = g.rng
    wants = [True] * N_RED + [False] * (N_ROWS - N_RED)
    r.shuffle(wants)
    quota = {"w": 60, "v": 60, "t": 69, "i": 53, "s": 69, "p": 62, "u": 65}
    assert sum(quota.values()) == N_RED
    prim = [k for k in KIND_ORDER for _ in range(quota[k])]
    r.shuffle(prim)
    rows, seen, pi = [], {}, 0
    for want in wants:
        k = None
        if want:
            k = prim[pi]
            pi += 1
        for attempt in range(20):
            snap = (dict(g.use), dict(g.ct_use))
            row = g.row(want, k)
            if row["narrative"] not in seen and row["narrative"].isascii():
                break
            g.use, g.ct_use = snap
        else:
            raise SystemExit("could not make a unique row")
        seen[row["narrative"]] = 1
        row["id"] = "B6-%04d" % (len(rows) + 1)
        rows.append(row)
    return rows, g


FIELDS = ["id", "call_type", "narrative", "label", "flags", "reason", "split"]


def write(rows, outdir):
    path = os.path.join(outdir, "blind6.csv")
    with open(path, "w", newline="", encoding="ascii") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(FIELDS)
        for row in rows:
            w.writerow([row[k] for k in FIELDS])
    return path


def main(argv):
    outdir = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    rows, g = build()
    path = write(rows, outdir)
    print("wrote %s (%d rows)" % (path, len(rows)))


if __name__ == "__main__":
    main(sys.argv)
