#!/usr/bin/env python3
"""Generate blind10.csv: a held-out 911/CAD narrative screening set (1,000 rows).

Deterministic: random.Random(20261211); no set/hash iteration reaches the output.
Usage: python3 make_blind10.py [OUTDIR]   (default: directory of this file)

Situation templates use a small markup:
  [FLAGS|text]      red-flag key phrase (counts when it survives truncation)
  <FLAGSn|text>     alarming first report n (counts unless its resolution survives whole)
  <n|text>          resolution of alarm n
  {slot}            filled per agency (caller word, address, unit, business, vehicle ...)
FLAGS letters: w weapon, v violence, t threat, i injury, s suicide, p police_only, u uncertainty.
"""
import csv
import os
import re
import sys
import random

SEED = 20261211
N_ROWS = 1000
N_RED_PLAN = 376
WIDTHS = (60, 80, 100, 120, 160)
N_TRUNC = 200
TRUNC_PER_WIDTH = (44, 44, 42, 40, 30)
FLAG_ORDER = ("weapon", "violence", "threat", "injury", "suicide", "police_only", "uncertainty")
LETTER = {"w": "weapon", "v": "violence", "t": "threat", "i": "injury",
          "s": "suicide", "p": "police_only", "u": "uncertainty"}
HEADER = ["id", "call_type", "narrative", "label", "flags", "reason", "split"]

RED = r"""
W|{rp} sees male in blk hoodie [w|waving a machete] at cars in the {biz} lot
W|2 males arguing out front, one [w|pulled a pistol from his waistband], {rp} ducked behind a parked car
W|neighbor [w|pointing a rifle at the kids] on bikes, [t|yelling he'll use it if they come back]
W|[w|shots fired] x4 behind {addr}, {rp} heard them just now, sounded close
W|subj at the bus shelter [w|jabbing a box cutter] at ppl walking past
W|ex outside her door [w|holding a bat], [t|says open up or ur next]
W|male in {veh} [w|flashed a gun] at {rp} during road rage on {addr}, still following him
W|clerk at {biz} says customer [w|put a blade on the counter] and [p|told her to empty the drawer], he's still in the store
W|drunk uncle [w|swinging a tire iron] in the driveway, family backed into the house
W|{rp} hears [w|gunshots] from the unit above, 3 maybe, nobody coming out
W|subj [w|chasing another male w/ a hammer] down the alley behind {addr}
W|roommate [w|has a steak knife out] and won't put it down, [t|said he'd gut him]
W|caller's son [w|came at her w/ a screwdriver], she's in the bathroom w/ door locked
W|male in the park [w|brandishing a hatchet], talking to himself, kids on the swings
W|{rp} says [w|someone is shooting] at the road signs from a pickup near {addr}
W|driver [w|swerved his truck at the crowd] twice outside {biz}, circling the block
W|female [w|holding a broken bottle] toward the guy who took her phone, standoff in the lot
W|subj [w|loading a shotgun] on his front porch, mad about the dog
W|robber [w|pistol-whipped the cashier], [i|cashier bleeding from the head], suspect on foot toward {addr}
W|{rp} texting from {biz} lot, bf [w|keeps reaching for the gun in the glovebox] while yelling, [u|she can only text]
W|landlord [w|came to the door w/ a crowbar] swinging at the frame, tenant inside
W|teen [w|showing off a handgun] on the school bus, driver pulled over at {addr}
W|subj in the ER lot [w|waving a scalpel] at security
W|somebody [w|popping off rounds] in the field behind the trailers, bullets hitting rp's shed
W|guy [w|hurled a brick at the clerk], missed, [p|still out front]
W|neighbor [w|sharpening a machete on the porch while staring at rp], [t|said 'you're next']
W|[w|2 shots] then a car peeling out, [u|someone yelling for help] near {addr}
W|male [w|aimed a crossbow] at the delivery driver, driver ran back to the van
W|subj [w|holding a kitchen knife to his gf's throat] in the hallway at {addr}
W|{rp} [w|sees a gun in the waistband] of subj pacing in front of the bar, agitated
W|[w|rounds fired into the house] on {addr}, nobody hit per rp, shooter in a silver car
W|brother [w|grabbed dad's deer rifle] and went out after the neighbor
W|subj [w|swinging a chain] at passersby outside the laundromat
W|male [w|flicked open a switchblade] when security asked him to leave {biz}
W|wife says husband [w|pulled the .38 out of the nightstand] and [t|said one of us isn't leaving]
W|ranch hand [w|firing a rifle toward the road] where kids walk to the bus
W|2 vehicles [w|exchanging gunfire] on {addr}, one headed east
W|subj [w|pulled a knife on the bus driver] over the fare, still on the bus
W|caller's cousin [w|jabbing a fireplace poker] at his brother, both in living room
W|{rp} in the drive thru line says guy in car behind her [w|has an AR across his lap] and keeps glaring
W|kid at {biz} says older boy [w|has a knife in his backpack and flashed it] to scare him
W|subj [w|dragging a machete along the cars] in the lot, [p|scratching the paint], walking toward the door
W|teller says male [w|has something pointed at her through his jacket pocket], [p|demanding cash]
W|neighbour's bf [w|fired a flare gun at them] over the fence
W|driver [w|revving and driving at the protesters] on the sidewalk
W|[w|shots heard] by the powwow grounds, ppl running
W|male [w|wearing a holstered pistol] yelling at the crowd [t|he's gonna light this place up]
W|caller can [w|see a rifle barrel poking out] of a truck window aimed at her house
W|drunk patron [w|swinging a pool cue] at the other patrons, bartender can't get him out
W|{rp}'s ex [w|showed up w/ an axe] in the yard, kids inside
W|man [w|slashing at the air with a razor] outside the shelter
W|female [w|threw a knife at him], stuck in the door, [t|says the next one won't miss]
W|{rp} says [w|a bullet came through the bedroom window] just now
W|2 teens, [w|one waving a pistol] at passing cars on the overpass
W|suspect [w|has a hunting knife] and [p|is still inside the garage] he broke into
W|cab driver says fare [w|pressed something sharp to his neck], [t|told him to keep driving]
V|{rp} sees a man [v|punching a woman] at the bus stop, she's on the ground
V|[v|2 females fighting] in the lot at {biz}, hair pulling, crowd forming
V|neighbor's bf [v|dragging her by the hair] back into the unit, she's screaming
V|fight out front [v|just broke up, both guys still there], one has a [i|bloody nose]
V|caller's husband [v|choked her] 10 min ago, he's out in the garage now
V|2 men [v|kicking a man on the ground] by the tracks, [i|man not moving]
V|bouncer says a patron [v|headbutted another patron], both held at the door
V|teen says mom's bf [v|just slapped her across the face], he's still in the kitchen
V|student [v|shoved the teacher into the lockers], still in the hallway
V|[v|group jumping a kid] behind the rec center, stomping on him
V|elderly mother says son [v|shoved her into the wall] just now, [i|she hit her head]
V|customers [v|throwing punches] in aisle 6 at {biz}
V|bf [v|bit her arm] during the argument, [i|bleeding], he left on foot
V|roommates [v|wrestling on the floor], one yelling get off me
V|man [v|slammed the clerk's head on the counter], [i|clerk dazed and confused]
V|caller says her sister [v|is getting hit by her husband] right now in the car out front
V|[v|fight in the dorm hallway], 4 guys, [i|one bleeding from his eyebrow]
V|bus driver [v|got spit on and punched] by a rider who's still on board
V|neighbor [v|swung at rp and connected], broke his glasses, still in the yard yelling
V|girl says dad [v|threw mom down the stairs], [i|mom not getting up]
V|caller states brother [v|is hitting grandma], she's 84
V|[v|brawl at the softball field], 10 ppl, bats on the ground
V|roommate [v|punched rp in the face] after punching the wall, rp hiding in his car
V|female [v|clawed his face up], [i|he's bleeding], she's still inside
V|man [v|shoved his girlfriend out of the moving car] on {addr}
V|two guys [v|rolling around fighting] in the street, traffic stopping
V|coworker [v|grabbed her by the throat] in the back room, he's still clocked in
V|student texted that [v|a kid is getting beat up] in the 2nd fl bathroom
V|bar staff say patron [v|sucker punched a guy], [i|victim out cold on the floor]
V|son [v|body-slammed his father], dad [i|can't move his arm]
V|gf [v|keeps hitting him with a shoe], he locked himself out on the balcony
V|woman [v|whipping her toddler with a phone cord] in the laundromat
V|uncle and nephew [v|throwing hands] in the front yard, grandma trying to break it up
V|{rp} sees security [v|kneeling on a man's neck], man [i|gasping]
V|[v|husband dragging wife out of the truck] at the gas station on {addr}
V|girl says brother [v|is punching her] and won't stop, then [u|line went dead]
V|neighbours [v|fight spilled outside], one guy [i|has a gash on his head]
V|ex [v|kicked the door in and hit rp], standing on the porch now
V|patron [v|knocked the waitress down], still at his table
V|at the rally a counterprotester [v|punched a marcher], both groups squaring up
V|[v|fight just ended] in the chapter house lot, both families still there yelling
V|nurse says man in waiting room [v|shaking the baby hard]
V|girl says mom's bf [v|hit her with a belt tonight], [p|welts on her back]
V|sisters [v|fighting with fists], one is [i|pregnant and holding her stomach]
V|caller can see through window neighbor [v|slapping a woman], woman crying
V|aide says resident [v|got hit by another resident] in the dayroom, bruise forming, aggressor still there
V|road rage, [v|one driver got out and punched the other] through the window on {addr}
V|ranch hand [v|beat up the foreman], foreman [i|spitting blood]
V|dad says teen son [v|attacked him], still in the house throwing things
V|female walked into {biz} saying she was [v|just jumped by 3 ppl] out back
V|caller's bf [v|held her down and hit her], she's out front, he's inside
V|student says roommate [v|keeps shoving him into the wall], happening now
V|fan [v|assaulted the ref] at the gym, ref on the floor [i|holding his head]
V|drunk guy [v|swinging at everybody] near the beer tent
V|[v|mom and adult daughter trading blows] in the kitchen, dad called it in
T|ex texting {rp} [t|says he'll burn the house down with her in it], parked down the street
T|customer told cashier [t|I'll be waiting for you after your shift], still sitting in the lot
T|neighbor [t|says he's gonna put rp in the ground] if the fence goes up
T|student posted [t|don't come to school tmrw it's gonna be a bloodbath]
T|caller's brother [t|said he'll shoot the next cop he sees]
T|ex bf left a vm [t|you won't see the end of the week]
T|coworker [t|told rp he knows where her kids go to school and to watch herself]
T|subj at the counter [t|said he's coming back with his boys to handle it]
T|landlord [t|threatened to break his legs] over rent, still at the door
T|tenant [t|told the maintenance guy 'ima catch you slippin']
T|ex [t|sent a pic of rp's house with a crosshair drawn on it]
T|guy in line [t|told the pharmacist he'll come back and finish this], left in {veh}
T|{rp}'s mom [t|says she'll kill the neighbor's kid] if he touches her car again
T|[tu|therapist calling duty to warn, client plans to hurt his stepdad tonight]
T|a man [t|threatened to smash her face in] at the bus stop, he's still there
T|high schooler got a dm [t|your whole family is getting smoked]
T|bar patron [t|said he's got something in the truck for him]
T|neighbour [t|keeps saying he'll end rp] every time he walks by, did it again 5 min ago
T|ex [t|said if she takes the kids he'll make sure nobody has them]
T|client at {biz} [t|threatened to come back and shoot the place up]
T|driver [t|said he'll run her over] next time she parks there
T|{rp} got a text [t|u got til midnight then im pulling up] from her cousin's bf
T|employee fired today [t|said everybody in HR is gonna pay]
T|man on the phone [t|told his mother he's going to beat her] when he gets there, on his way
T|roommate [t|said he'd slit rp's throat in his sleep]
T|ex [t|drove by twice making a gun sign at her] through the window
T|stepdad [t|told her he'll hurt her dog and then her]
T|in-law [t|threatening to torch the trailer] with family inside
T|subj in the lot [t|saying he'll fight anyone who comes near him]
T|neighbor [t|left a note saying next time it's your head] on rp's windshield
T|man told the clerk [t|say something and you're dead] while [p|walking out with a case of beer]
T|former tenant [t|vowed to get the landlord tonight], knows where he lives
T|brother [t|saying he'll bash her head in] if she calls anyone again
T|coach [t|told a player's dad he'd break his jaw] in the parking lot, both still there
T|{rp} got a vm from unknown male [t|describing what he'll do to her daughter]
T|ex [t|posting that he'll see her at work tomorrow], with a pic of a pistol
T|elderly rp says grandson [t|threatening to hurt her] unless she gives him her card
T|visitor [t|saying he'll hurt the nurse] if his mom isn't seen soon
T|tenant [t|told the manager I'll make you bleed] over a towed car
T|guy at the gas station [t|said he'd beat rp to death] over a parking spot, still at pump 4
T|caller says husband [t|told her tonight's the night he kills her]
T|ex [t|promised to make her disappear] if she goes to court
T|student [t|made a list of classmates he wants to hurt] and showed a friend
T|neighbour [t|threatened to sic his pit on rp's kid]
T|guy from a dating app [t|says he's coming over to beat him]
T|employee [t|said if he gets written up he'll bring his gun]
T|driver in {veh} [t|yelled he'd follow her home and hurt her], still behind her
T|ex [t|threatening to shoot her] when she gets off work
T|caller's cousin [t|said on my mama you're done] and knows where she stays
T|client at the shelter [t|said he'll stab staff] if they take his bag
T|ex [t|texting hope your car doesn't blow up] after she left him
I|{rp} found roommate [i|unresponsive] on the bathroom floor, [i|lips blue]
I|man down in the {biz} lot, [i|not breathing] per rp, cpr started
I|female [i|seizing] on the sidewalk, going about 3 min
I|elderly male [i|fell down the stairs], [i|bleeding from the head]
I|kid [i|swallowed grandma's pills], unk how many, [i|kid is very sleepy]
I|caller's husband [i|having chest pain] down his left arm, sweating
I|roommate [i|overdosed], rp gave narcan, he's [i|barely breathing]
I|worker [i|burned his arms] on the fryer, skin blistering
I|male [i|passed out] in the bus shelter, can't wake him
I|wife [i|can't catch her breath], lips gray
I|dad [i|slurring and confused] since lunch, [i|face drooping]
I|pedestrian [i|hit by a car] on {addr}, [p|driver took off]
I|diabetic coworker [i|sweating and not making sense]
I|girl at the party [i|drank half a bottle of vodka and won't wake up]
I|man [i|fell off a ladder], [i|leg bent the wrong way]
I|caller's dad [i|choking on food], can't talk
I|toddler [i|drank bleach] from under the sink
I|woman [i|bleeding heavily] from her hand after cutting it on glass
I|guy in a tent [i|won't respond], snoring sounds, needle next to him
I|elder [i|fell and hit her head on the tub], now [i|confused]
I|student [i|having an asthma attack], inhaler not working
I|rider [i|thrown from his horse], [i|can't feel his legs]
I|hiker [i|took a fall on the trail], [i|bone showing]
I|guy [i|blacked out] at the gym and [i|hit his face]
I|person [i|foaming at the mouth] in the alley, [i|jerking]
I|caller's mother [i|took too many heart pills] by accident, dizzy
I|man [i|slumped over the wheel] at the light on {addr}, car in drive
I|son [i|smoked something and is hallucinating], heart racing
I|subj [i|vomiting blood] in the {biz} restroom
I|grandpa [i|unconscious in his chair], [i|cold to touch]
I|worker [i|pinned under a pallet], screaming
I|baby [i|turning blue], not crying
I|cyclist [i|went over the handlebars], [i|helmet cracked, dazed]
I|male [i|cut his hand on a table saw], [i|blood spurting]
I|neighbour [i|collapsed while shoveling], breathing funny
I|woman [i|nodding out] in the bathroom at {biz}, [i|pinpoint pupils]
I|child [i|fell from the 2nd floor window]
I|elder [i|fell in the yard, can't get up, hip hurts bad]
I|student [i|ate peanuts, throat swelling]
I|driver [i|crashed into a pole], [i|bleeding from the nose]
I|elderly woman [i|found on the floor, been there since last night], [i|confused]
I|man [i|stung by bees, face swelling up]
I|pregnant female [i|bleeding heavily and cramping]
I|caller's husband [i|won't wake up], empty bottle of oxy by him
I|worker [i|electrocuted] at the job site, [i|not talking]
I|cousin [i|took a bunch of xanax], [i|slurring]
I|older male [i|stumbling and slurring], sweating, family says it came on fast
I|kid [i|split his head open] on the playground
I|cook [i|sliced her finger to the bone], [i|won't stop bleeding]
I|man [i|having a seizure] in the library, [i|hit his head] going down
I|woman [i|burned by hot oil], screaming
I|roommate [i|shaking and sweating], says he did fent, [i|going in and out]
I|child [i|found floating in the pool], pulled out, [i|coughing]
I|elderly male [i|fell getting out of the tub], [i|can't move his arm]
I|coworker [i|turned gray and dropped] at the register
S|{rp}'s brother [s|texted everyone goodbye] and sent a pic of [sw|a loaded gun on his lap]
S|female [s|standing on the outside of the bridge rail] on {addr}
S|caller's son [si|took a whole bottle of tylenol] an hour ago, vomiting
S|wife says husband [s|sitting in the garage with the car running], door closed
S|teen [s|posted a goodbye video] and [s|gave away her cat] today
S|man [s|sitting on the train tracks] and [s|won't move], train due
S|caller's friend [si|cut her wrists] in the bathtub
S|student [s|has a rope in his closet and said tonight is the night]
S|veteran [sw|says he's going to use his pistol on himself], sitting in his truck at {addr}
S|roommate [s|left a note saying sorry for everything] and [sw|took his rifle]
S|caller's mom [s|stockpiled her meds and told rp she's done]
S|subj [s|on the roof of the parking garage pacing the edge]
S|ex called [si|saying he took a handful of pills], [i|slurring]
S|caller's husband [si|tied a belt around his neck], she cut him down, [i|he's coughing]
S|female [s|walking into the river] with her clothes on
S|brother [s|gave away his guitars, made a will and said goodbye] to his kids this week
S|daughter [s|texting that she's at the overpass and this is her last msg]
S|male [sw|holding a razor to his own wrist] in the stairwell
S|teen [si|drank antifreeze]
S|grandson [s|has been giving away his stuff and just bought a gun]
S|gf [s|is in the tub with the hair dryer] saying she's done
S|man [s|standing in traffic on the interstate], cars swerving
S|coworker [s|emailed goodbye to the team] and isn't answering, message mentioned pills
S|student [s|on the ledge of the 6th floor] at {addr}
S|brother [s|said he's gonna drive off the canyon road] and isn't answering
S|ex [si|says she swallowed all her lithium]
S|subj [s|sitting on the edge of the cliff] at the overlook, crying
S|husband [sw|locked in the bedroom with his shotgun], wife hears crying
S|son [s|looked up how many pills it takes and bought a bunch] today
S|dad [s|put his affairs in order and says he's ready to go tonight]
S|female [s|sitting in her car with a charcoal grill lit]
S|wife says man [s|tied a noose in the barn]
S|friend [si|on the phone with rp saying she took 30 pills]
S|roommate [si|jumped from the balcony], [i|not moving]
S|teen [si|cut herself deep] and [s|says she wants it to be over]
S|wife [s|left a farewell letter] and took the car, [s|has all her meds with her]
S|subj [s|threatening to jump from the water tower], up on the catwalk
S|cousin [sw|put a gun to his head] in the truck
S|man [s|standing on a chair with a cord around his neck]
S|brother [s|messaged tell mom I love her, I'm sorry] and his truck is at the bridge
S|pt [si|attempted hanging] in the last hour, red marks, hoarse
S|son [swi|stabbing himself in the arms with a kitchen knife]
S|female [s|lying down in the middle of the highway]
S|client [s|told the counselor she has pills saved and plans to take them tonight]
S|elderly man [s|said he's walking into the snow and not coming back], out in a t-shirt, -30
S|man [s|standing on the bridge railing] at the river, [s|wrote a note] on his phone
S|partner [s|texted goodbye forever] and now won't answer, [sw|gun safe is open and the pistol is gone]
S|student [si|overdosed on purpose] per roommate, breathing shallow
S|subj [s|drove off saying he'd crash into a tree]
S|teenager [s|went into the woods with a rope] after a fight with his parents
P|{rp} sees 2 males [p|prying the back door] of {biz}, closed, still there
P|[p|someone is inside rp's house right now], she's in her car across the street
P|male [p|exposing himself] to kids at the playground
P|subj [p|looking in the bedroom window] at {addr}, rp's daughter inside
P|[p|car swerving all over], hit the curb twice, heading north on {addr}
P|[p|kids {kage} and 4 home alone], mom gone since this morning
P|[p|toddler locked in a hot car] in {biz} lot, no adults around
P|[p|guys sawing off a catalytic converter] on {addr} right now
P|male [p|smashing car windows] along {addr}, still going
P|girl [p|told the counselor her stepdad touches her]
P|[p|hit and run], silver truck hit rp's car and took off on {addr}
P|subj [p|trying door handles on cars] in the lot right now
P|[p|shoplifter running out with an armload of jeans], headed to the bus stop
P|{rp} sees [p|a man climbing in the neighbors' back window], they're on vacation
P|[p|driver drinking from a bottle while driving] {veh} on {addr}
P|[p|kid tagging the church wall] right now
P|[p|subj has a felony warrant], at the gas station on {addr} per rp
P|nurse says [p|child came in with cigarette burns], dad in the waiting room
P|[p|baby left alone in a car] at the casino lot, engine off, 90 out
P|manager says [p|someone kicked in the door of rm 12 and is inside]
P|[p|guy filming up skirts] on the escalator
P|[p|truck going the wrong way] on the highway, weaving
P|[p|woman flashing kids] from her car across from the daycare
P|[p|kids stealing copper] from the construction site right now
P|{rp} says [p|neighbor kid said his dad burned him with a lighter]
P|[p|guy in rp's garage right now taking tools], [u|rp whispering]
P|[p|2 males loading rp's ATV into a trailer] right now
P|[p|someone cutting the lock on a storage unit], 2am
P|rp's car [p|just got rear ended and the other car fled]
P|[p|drunk driver just left the bar] in {veh}, could barely stand
P|[p|man peeking over the stall] in the womens room at {biz}
P|[p|5yo wandering alone in a diaper] on {addr}
P|[p|parolee with a warrant] at his mom's house right now per caller
P|[p|man smashing the ATM with a sledgehammer]
P|caller watching [p|subj pour gas on the neighbor's car]
P|[p|teen says her coach is sending her nude pics and asking for hers]
P|[p|guy walking around naked] in front of the school
P|[p|semi driver appears drunk], swerving, nearly hit a car
P|[p|suspect still sitting in rp's car] after breaking the window
P|[p|someone in the church basement after hours], door pried
P|[p|car prowler going through vehicles] on {addr} right now
P|[p|infant alone in a running car] at the gas station, 20 min
P|[p|man stole rp's purse from her cart], still in the parking lot
P|[p|14yo driving his dad's truck drunk] on the rez road
P|[p|teen with bruises says her father did it]
P|[p|someone siphoning gas] from the fleet trucks now
P|[p|drunk driver crashed into a fence and is trying to drive away]
P|motorist [p|hit a cyclist and kept going], [i|cyclist bleeding]
P|[p|man climbing the fence into the closed pool] with a bag
P|[p|voyeur taking pics into the dorm shower window]
P|[p|3yo left in the truck] while dad is in the bar
P|[p|2 guys stripping copper from a vacant house] right now
P|alarm co sees [p|2 people inside the house on camera] now
P|[p|someone breaking into the pharmacy through the roof], alarm going
P|[p|customer exposed himself to the cashier] and is still in the store
U|[u|open line], female crying and male yelling in background, no response to questions
U|caller [u|whispering], says [u|she can't talk], answers yes or no only
U|[u|911 hang up], [u|CB x2 no answer], ALI to {addr}
U|[u|silent call], tapping heard on the line
U|[u|TDD call], no text sent, line open
U|{rp} hears [u|screaming and crashing] from the apt above, can't see anything
U|caller [u|asked for a pizza], [u|says yes when asked if she's in danger]
U|[u|duty to warn] from counselor re client statements, info to follow
U|[u|door kicked in] at {addr}, [u|nobody answering] inside
U|child on line [ui|says mommy won't wake up]
U|[uv|line opened, heard stop you're hurting me] then disconnected
U|[u|text to 911: he's here, can't call]
U|caller [u|hung up after saying help], [u|no answer on CB]
U|neighbor hears [u|thuds and a woman screaming] next door
U|[u|unknown emergency], caller screaming, unintelligible, disconnected
U|caller [u|hiding in the closet], says [u|someone is walking around the house]
U|[u|open line from a vehicle], female asking where are you taking me
U|[u|abandoned call from the payphone] at {biz}, [u|CB rings out]
U|[u|hang up from a cell], [u|CB goes to vm], phase I only
U|[u|line open, heavy breathing and sounds of a struggle]
U|caller [u|talking in code], says her cousin is visiting and yes to needing police
U|[u|panic alarm at residence], [u|no answer on CB]
U|{rp} [u|hears gurgling and a thump] in the bathroom, door locked, roommate not answering
U|[u|kid whispering that people are fighting downstairs]
U|[u|caller said I can't talk and disconnected]
U|{rp} hears [u|muffled screams from the trunk] of a car at {biz}
U|[u|medical alert pendant activation, no voice response]
U|[u|woman mouthed help me] to the clerk at {biz}, left with a man in {veh}
U|[u|txt: pls send help dont call]
U|[u|open line, glass breaking] and a dog barking
U|[u|caller screamed then the line went dead]
U|{rp} [u|hears someone yelling help] from the river bank, can't see them
U|[u|cries for help] from the dumpster area behind {biz}
U|landlord says [u|front door smashed in] and [u|tenant not answering]
U|[u|3 hangups in 10 min] from the same number, [u|no answer on CB]
U|caller [u|said send someone then only breathing]
U|[u|struggle heard over the phone] before it hung up
U|neighbour says [u|baby screaming for hours], nobody answering the door
U|[u|silent caller, TTY tones], line stays open
U|caller [u|afraid to speak], someone in the room with her
U|kid on the line [uv|says dad is hurting mom] and hung up
U|caller [u|doesn't know where she is], sounds drugged, asking us to find her phone
U|hotel guest hears [u|woman screaming no over and over] in rm 214
U|[u|unknown trouble], male voice said get here now, disconnected
U|[u|open line], caller whispering the address
U|[ut|duty to warn, pt named a coworker as a target]
U|[ui|crash notification from the car, occupant not responding]
U|[u|voice heard saying put the phone down] then disconnect
U|[u|911 from the casino bathroom, only sobbing]
U|{rp} hears [u|banging and someone yelling let me out] from the shed behind {addr}
U|caller [u|keeps repeating yes and no, won't say why]
S|man [sw|sitting in his truck with a revolver in his mouth] at {addr}, [u|caller on the phone with him only hears breathing now]
S|[sui|text from daughter: took everything in the med cabinet, dont come], [u|phone off now]
S|[s|farewell posts all morning], now [s|parked on the railroad crossing], [u|won't answer]
S|brother [si|hung himself in the shed], [i|still breathing], family cutting him down
S|female [s|on the 4th floor balcony railing] [v|after her bf hit her], he's still inside
S|son [sw|has his hunting rifle] and [s|says he wants to end it], [u|caller whispering so he won't hear]
S|guy [s|sitting on the ledge of the overpass], [t|yelling he'll take the cops with him if they come]
S|wife [si|took all her sleeping pills], [i|can't keep her eyes open]
S|[su|open line, male saying he's sorry] and [sw|the gun is loaded]
S|teen [s|wrote a goodbye note], [si|now vomiting, admits taking mom's pills]
S|client [s|left the shelter with a rope] after [s|giving staff his id and saying goodbye]
S|man [sw|holding a shotgun under his chin] in the garage, [t|says he'll shoot anyone who comes in]
S|vet [s|sitting in a running car in the closed shop], [u|not answering the door]
S|female [si|cut her neck with a razor blade], [w|still holding the blade]
S|caller says [s|her dad is on the bridge saying goodbye] on speaker, [u|then silence]
S|man [sw|pointing a pistol at his own head] in the {biz} lot, [t|yelling at people to stay back or else]
S|gf [si|swallowed a bunch of pills in front of him] and [v|slapped him when he tried to stop her]
S|pt [sw|has a belt and a knife in the bathroom], [s|says she's done], door locked
U|[uv|open line, male voice yelling and sounds of someone being hit]
U|[u|caller whispering the man has a gun], [w|he's in the next room with it]
U|[u|text: my bf is choking me cant talk], [v|he just put his hands on my neck]
U|[u|hang up], [u|CB answered by a male who said wrong number], [u|female screaming in background]
U|[u|kid whispering mom's boyfriend is hitting her], [v|slaps heard]
U|[uw|open line, caller pleading don't shoot]
U|neighbour [uw|hears a gunshot and a woman screaming], then quiet
U|[u|child on the line says strangers are in the house], [p|back door broken]
U|caller [u|keeps saying she's fine but answers yes to needing an officer], [t|bf said he'd kill her if she called]
U|[uw|text: he has a knife, I'm hiding in the closet]
U|[u|silent call], [uv|sounds of a struggle and a woman gasping]
U|[u|emergency button pressed in rideshare app], [u|driver not answering]
V|bf [v|punched her] and [t|said he'll finish it when the cops leave], [u|she's whispering]
V|[vp|mom hitting her kid with a hanger] in the {biz} lot, kid looks about 5
V|[vp|teacher grabbed a 9yo student by the neck], student crying
V|[v|fight at the house party], [w|someone broke a bottle and is swinging it]
V|[v|2 brothers fighting in the yard], [w|one grabbed a shovel]
V|girlfriend [vw|jabbed him with a fork], [i|bleeding from the hand]
V|son [v|hit her with the tv remote], [i|cut above her eye], [t|says he'll do worse]
V|[v|bouncers fighting a patron in the street], [i|patron's head bleeding]
V|[vp|babysitter slapping the baby] on the nanny cam right now, caller at work
V|[v|coworkers fighting in the warehouse], [w|one has a box cutter out]
T|ex [t|says he's outside with his gun and she has 5 min to come out], [w|caller sees the gun]
T|[t|brother says he'll kill their mom], [u|caller whispering from the closet]
T|customer [t|told staff he'll come back and stab them], [w|showed a knife on his belt]
T|neighbor [t|threatening to shoot rp's dog and rp], [w|standing at the fence with a rifle]
T|man [t|says he'll shoot his neighbor], [w|loading a rifle in the driveway] now
P|[p|drunk dad driving with the kids in the car], swerving, [t|told mom he'd crash it with them in it]
P|[p|guy breaking into cars], [w|has a gun in his hand]
P|[p|man exposing himself] to the bus stop crowd, [t|says he'll hurt anyone who films him]
P|[p|intruder in the house], [u|caller hiding in the basement whispering]
P|[p|stepdad left 2 toddlers alone] and [i|one is burned from the stove]
P|[p|guys breaking into the car next to rp], [v|punched the owner when he came out]
P|[p|ex broke in through the back window], [v|pushed her down]
P|[p|teen says her uncle touched her tonight and he's still at the house]
P|[p|2 kids under 5 left in a van] at the casino, [i|one looks lethargic]
P|[p|drunk driver hit a parked car and is trying to leave], [v|shoved the owner]
W|[w|shots fired inside the apartment], [i|woman shot in the leg], [u|shooter unknown]
W|man [w|swinging a machete at his brother], [v|cut his arm], [i|bleeding bad]
W|[w|male with a gun] [p|robbing the {biz}] right now
S|mom says [s|son is on the garage roof saying goodbye to everyone]
S|caller's fiance [s|mailed her his keys and a letter] and [s|is sitting at the dam spillway]
S|[s|elderly man in the lake up to his chest], [s|told his wife he's not coming back]
S|coworker [s|took the company truck to the quarry edge] after [s|texting sorry for everything]
S|teen [s|climbed the radio tower] and [s|posted a pic saying last view]
S|female [s|standing in the river current with rocks in her pockets]
S|[s|inmate's wife says he's writing goodbye letters] and [s|hoarding his meds] at home
S|man [s|lying on the tracks by the grain elevator], train whistle heard
V|[v|man stomping on a guy's head] outside {biz}
V|caller's dad [v|just threw a chair at mom], [i|mom bleeding from her ear]
V|[v|2 girls beating up a 3rd girl] at the bus stop, filming it
V|[v|neighbor punching rp's son] over a basketball, still in the driveway
V|[v|tenant and landlord swinging at each other] in the hallway
V|husband [v|pinning her to the floor], [u|caller is the 10yo, whispering]
V|cousins [v|fighting in the parking lot of the rodeo], one [i|knocked out]
V|[v|boyfriend pulled her out of the car by her hair] on {addr}
V|[v|dad dragging his teenage son across the yard by the collar], son screaming
V|[v|woman smashing her husband's face into the steering wheel] in the drive thru
V|[v|group of teens kicking a homeless man] under the bridge, [i|he's not getting up]
V|elder's caregiver [v|slapping her around] right now per neighbor watching through the window
"""

ELIG = r"""
LW|{rp} says guy with a <w1|gun> by the dumpster <1|- {unit} os, it's a nail gun, contractor on the roof>
LW|male carrying a <w1|rifle> down {addr} <1|- upd: cosplay prop, orange tip, event at the library>
LW|kids running around with nerf blasters in the park, neighbor wanted it checked, foam darts only
LW|{rp} heard <w1|popping like gunshots> <1|- confirmed fireworks, kids w/ firecrackers in the cul de sac>
LW|{rp} saw <w1|a man with a bunch of knives> <1|at the farmers mkt, it's his sharpening stall>
LW|rp already sold his old deer rifle to a guy off marketplace, wants to know if he needed paperwork
LW|{rp} found a <w1|knife> in the bushes <1|- rusty butter knife, {unit} disposed of it>
LW|caller reports <w1|shots> <1|from the gun range on the county rd, normal hours, range open till 8>
LW|man with a <w1|sword> on the bus <1|- wooden practice sword in a bag, headed to class>
LW|toy pistol with orange tip left in the yard by a kid, mom outside with him, neighbor just wanted it logged
LW|{rp} saw <w1|guy holding a machete> <1|- {unit}: city crew clearing brush along the creek>
LW|rp said <w1|bang bang sounds> <1|- car backfiring, {unit} located the old truck>
LW|report of a <w1|person with a gun> at the bus stop <1|- umbrella w/ a curved handle, {unit} spoke w/ him>
LW|kitchen knife set taken off the porch in a package last tues, wants a report
LW|{rp} reports <w1|guy pointing something at cars> <1|- radar gun, parking study crew in vests>
LW|caller says his son's airsoft rifle got left at the park yesterday, wants it back if found
LW|rp found a single spent shell casing in the gravel by the mailbox, old and rusty, wants it picked up
LW|man with an <w1|axe> at the campground <1|- splitting firewood at his own site, {unit} confirms>
LW|report of <w1|shots fired> <1|- {unit} checked, transformer blew, utility notified>
LW|student with a <w1|knife> in class <1|- plastic knife from the cafeteria to cut bday cake>
LW|woman with a <w1|bat> on the trail <1|- softball bat, heading to practice, {unit} waved>
LW|neighbor <w1|fired a gun> <1|- starter pistol for the kids' track meet at the school field>
LW|{rp} hears <w1|gunfire> <1|- {unit}: sheriff's range qualification, scheduled>
LW|guy in a knight costume with a foam sword at the ren faire lot, rp unsure if real, it's foam
LW|cutco rep going door to door with sample knives, rp wants to know if soliciting is allowed
LW|<w1|brandishing a weapon> per first caller <1|- {unit} located him, it was a flashlight, he's directing event traffic>
LW|rp wants to know how to legally transfer grandpa's revolver after the estate sale, no issue
LW|kid brought <w1|a gun> to show and tell <1|- replica flintlock, teacher has it, parent coming>
LW|guy with a <w1|chainsaw> in the park <1|- parks dept crew, tree down from the storm>
LW|report of a <w1|man with a crossbow> <1|- archery club practice behind the rec center>
LW|{rp} says someone left a <w1|pocket knife> on the counter <1|- owner came back for it and left>
LW|man <w1|waving a hammer> <1|- building a fence, waving to his neighbor with it>
LW|<w1|rifle in a truck's back window> <1|- {unit}: fishing rod in the rack, nobody in truck>
LW|caller heard <w1|explosions> <1|- quarry blasting, scheduled per the county>
LW|cousin <w1|showing off a gun> on fb live <1|- {unit} checked, bb gun w/ orange tip, cousin is 12 and home with mom>
LW|student reported <w1|gun in a backpack> <1|- SRO checked, graphing calculator case>
LV|{rp} says neighbors <v1|fighting> <1|over the wifi password, yelling only, no contact>
LV|2 kids <v1|wrestling> in the yard <1|- brothers playing, mom is watching>
LV|bar says <v1|fight> <1|was earlier, both parties left an hour ago, just want it logged>
LV|<v1|rp was assaulted> <1|last month, wants a report, no contact since>
LV|MMA gym next door loud, bags getting hit and coaches yelling, rp annoyed
LV|couple yelling at each other in the lot about whose turn it is to drive, no contact, both sober
LV|rp says his brother <v1|punched> <1|a hole in his own drywall last wk, wants advice on getting him to move out>
LV|<v1|fight reported at the high school> <1|- SRO: drama club staging a scene for a video, teacher present>
LV|caller says <v1|husband hit her> <1|years ago, wants protective order info, he lives out of state now>
LV|kids play fighting with foam swords at the park, parents on the bench
LV|rp says coworker <v1|shoved> <1|past her in the break room, no contact really, just rude, wants it documented>
LV|<v1|guys brawling> <1|- {unit}: roller derby practice at the rink, all good>
LV|rp says her kid got in a scuffle at school yesterday, principal handled it, wants to talk to the SRO
LV|<v1|domestic> <1|- per {unit}, verbal over money, both calm, no marks, separated for the night>
LV|<v1|man hit woman> <1|- {unit}: accidental elbow while dancing, she confirms, both laughing>
LV|rp and sister argued over mom's house, no touching, rp wants a civil standby to get her stuff
LV|<v1|assault> <1|from 2019, rp wants a copy of the old report>
LV|rp's bf <v1|grabbed her phone> <1|and gave it back, verbal only, he left for his mom's>
LV|school says 2 students <v1|fought> <1|tuesday, both suspended, parents told, fyi to SRO>
LV|{rp} reports <v1|hitting> <1|as in someone hitting golf balls into his yard from the range>
LV|caller says ex <v1|choked> <1|her 3 yrs ago, he's in prison, got a release notice, wants safety planning info>
LV|tenants <v1|throwing things> <1|- moving day, tossing pillows off the balcony into the truck>
LV|<v1|kids fighting> <1|over a ball, coach separated them, nobody hurt, just yelling now>
LV|rp says son was <v1|pushed> <1|at practice last week, coach aware, wants to know options>
LV|<v1|man beating on a car> <1|- his own car, stuck hood latch, {unit} helped him open it>
LV|bf and gf arguing in the {biz} lot, she's crying, he's sitting in the car, no touching seen, rp just worried
LV|ex <v1|slammed the door> <1|on his way out, no contact, he's gone>
LV|elderly couple bickering in the {biz} lobby over parking, raised voices only, manager wants a unit to stand by
LV|<v1|man dragging a woman> <1|- {unit}: it's a sled, dad pulling his wife and kid up the hill>
LV|rp says ex-roommate <v1|attacked> <1|him online in a group chat, insults only, wants harassment info>
LV|<v1|bloody fight> <1|- {unit}: paintball tournament on the farm, all players fine>
LT|rp says coworker <t1|said he'd kill him> <1|if he forgot the donuts again, joking, both laughing>
LT|landlord <t1|threatened> <1|eviction over late rent, rp wants to know her rights>
LT|kid <t1|said I'm gonna kill you> <1|to his brother over a video game, mom says they're fine>
LT|caller says ex <t1|threatened> <1|to take her to court over custody, wants info only>
LT|coach told the team <t1|we're gonna destroy them> <1|- parent misheard, it's about friday's game>
LT|<t1|bomb threat> <1|was last year at this school, principal wants extra patrol for the anniversary>
LT|neighbor says rp's music is <t1|killing him><1|, asked nicely to turn it down, no issue>
LT|rp's mom <t1|said she'd strangle him> <1|if he tracked mud in again, rp laughing, misdial>
LT|<t1|threatening letter> <1|- turned out to be a debt collection notice, rp just upset>
LT|{rp} says a customer <t1|threatened> <1|to leave a bad review, wants him trespassed from the store>
LT|<t1|tenant said he'll take care of it himself> <1|- meaning the broken window, he's fixing it, rp asking about rules>
LT|rp says ex keeps texting insults, no threats made, wants harassment info
LT|student <t1|wrote I'll kill it> <1|on his exam cover, teacher confirmed he meant the test>
LT|<t1|uttering threats> <1|complaint from last month, rp following up on the file, no new contact>
LT|man <t1|yelling you're dead to me> <1|at his phone in the lobby, on a call, no one near him, calm now>
LT|<t1|ex said you'll regret this> <1|about her selling the boat, meant the price, civil only>
LT|caller says neighbour keeps calling him names, no threats, wants to know about a peace bond
LT|granddaughter <t1|said she'd kill her> <1|if she posted the baby pics, said laughing, rp asking for non emerg line>
LT|manager says former employee <t1|threatened> <1|legal action, wants it documented>
LT|<t1|threat> <1|from 2 yrs ago, suspect moved away, rp asking about renewing the no contact order>
LT|teen yelled <t1|I'm gonna end you> <1|at his friend during a snowball fight, all laughing>
LT|neighbor <t1|says he'll deal with rp's tree> <1|- meaning trim it, rp wants it off his side, civil>
LT|rp's sister <t1|says she's gonna smack her> <1|if she eats the leftover pie again, joking, misdial>
LT|<t1|hit list> <1|- it's the food drive hit list per the teacher, student rumor>
LT|rp says boss <t1|threatened> <1|to fire her, wants to know labor rights>
LT|<t1|rp says he got threatened> <1|- by the HOA, with a fine for his fence, wants to know if it's legal>
LT|caller's uncle <t1|says he'll shoot> <1|the wedding video for free, rp wants a noise permit for the party>
LT|<t1|kid said he'd blow up the school> <1|- in the science fair, volcano project, teacher confirms>
LV|sparring at the boxing club spilled onto the sidewalk, coach says its a scheduled bout, just loud
LI|rp's dad <i1|passed out> <1|earlier, awake and talking now, refuses EMS, wants check>
LI|<i1|person down> <1|- {unit}: sleeping in the sun on the bench, woke up, talking, declines>
LI|rp reports <i1|man unconscious> <1|in a car - {unit}: napping on his lunch break, fine>
LI|caller says she <i1|had a seizure> <1|last month and wants her medical info on file>
LI|<i1|overdose> <1|hx per premise notes, today just a check, subj up walking, no complaints>
LI|rp burned dinner, smoke alarm going, no fire, no one hurt, wants FD to check the alarm
LI|<i1|bleeding> <1|- scrape on the knee from a bike, bandaid on, parent declines EMS>
LI|student says roommate <i1|won't wake up> <1|- {unit} os, roommate woke, deep sleep after finals>
LI|denies chest pain, just anxious, wants to talk to someone about her landlord
LI|man <i1|slumped in a chair> <1|at the library, woke when tapped, asked to leave at close>
LI|<i1|difficulty breathing> <1|- rp clarifies it's her cat wheezing, referred to a vet>
LI|caller's son has <i1|a bloody nose> <1|from dry air, stopped now, asking if normal>
LI|pt hx of heart attack in 2018, today calling for a ride to the pharmacy, no complaints
LI|<i1|man on the ground> <1|- {unit}: doing pushups in the park, no issue>
LI|{rp} found <i1|someone lying in the alley> <1|- {unit}: awake, alert, resting, declined services>
LI|caller <i1|cut her finger> <1|slicing bagels, small cut, stopped, wants urgent care hours>
LI|<i1|pt unresponsive> <1|- correction, pt had headphones in, responsive and annoyed>
LI|rp's neighbour <i1|burned> <1|leaves in the yard, smoke in rp's windows, no fire spread>
LI|caller reports kid <i1|swallowed> <1|a watermelon seed, poison control said fine>
LI|rp's husband ran out of his bp meds, no symptoms, wants pharmacy hours
LI|<i1|OD> <1|rptd by passerby - {unit}: subj sober, was praying on the sidewalk, no needs>
LI|<i1|injured hiker> <1|- sprained ankle yesterday, walked out herself, at trailhead with family, no EMS>
LI|minor fender bender in {biz} lot, no injuries, drivers exchanging info, want a unit for report
LI|caller <i1|can't breathe> <1|- clarified, the neighbor's bbq smoke is bugging her, wants it moved>
LI|man <i1|collapsed> <1|onto the bench - {unit}: just tired from walking, talking normal, refused EMS>
LI|<i1|seizure> <1|hx only, rp asking if the shelter has a bed for her brother>
LI|<i1|child not moving> <1|in the pool - {unit}: dead man's float game, kid fine, laughing>
LI|roommate <i1|blacked out> <1|drunk last weekend, sober today, rp wants AA info>
LI|player <i1|knocked out> <1|- trainer checked him, alert, parents took him to their doctor, fyi>
LI|<i1|man bleeding> <1|- fake blood, haunted house actor on a smoke break>
LI|{rp} states <i1|person screaming in pain> <1|- {unit}: guy stubbed his toe on the curb, walking fine>
LI|<i1|chest pain> <1|- caller says that was last night, saw her doctor today, all clear, wants report for work>
LI|<i1|burns> <1|- sunburn from the lake, mild, mom asking about aloe, no EMS>
LS|rp says brother keeps saying he wants to die, no plan, no weapons in the home, not using, rp wants resources
LS|female in lobby says she's tired of living, denies plan, no pills or weapons, wants to talk to someone
LS|<s1|man on the bridge> <1|- {unit}: fishing off the walkway, not near the rail, fine>
LS|<s1|person on the roof> <1|- roofer in a harness, crew chief confirms>
LS|<s1|daughter attempted suicide> <1|in 2015, doing well now, mom wants a support group>
LS|sister called about a <s1|goodbye letter> <1|- it was a resignation letter for work, rp denies SI, laughing>
LS|student says I'm literally dying over exams, roommate called, student fine, no SI
LS|<s1|man standing on the tracks> <1|- railroad worker in a vest, inspecting>
LS|<s1|giving away his stuff> <1|- moving across country, yard sale, family aware, denies SI>
LS|friend posted kms about the bus being late, friend reached, joking, denies SI
LS|<s1|car running in the garage> <1|- {unit}: warming it up with the door open, owner inside the house>
LS|rp's dad says he doesn't want to be here anymore since his wife died, no plan, no guns, son staying with him, wants grief resources
LS|man crying at the memorial, says he wishes he'd died instead, denies plan, friend with him
LS|<s1|note saying goodbye> <1|- neighbor kid's sign for the lemonade stand closing for the season>
LS|caller says ex posted he wants to die, she reached his mom who is with him, he denies a plan, has a counselor appt
LS|<s1|person sitting on the ledge> <1|of the parking garage - {unit}: on the inside wall eating lunch>
LS|vet says he thinks about death a lot, no intent, no plan, wants a peer support number
LS|<s1|grandson took pills> <1|- his prescribed adhd meds, normal dose, pharmacist confirmed>
LS|caller says she just wants to disappear after a breakup, no plan, no means, at her mom's, wants a crisis line #
LS|hx of SI per the premise file, today rp calling about a lost wallet
LS|<s1|teen in the river> <1|- tubing with friends, life jackets on, waved at {unit}>
LS|rp says sister hasn't been eating, says what's the point, no plan or means, family visiting
LS|<s1|man with a rope> <1|- tying down a tarp on his truck, {unit} checked>
LS|female says she wishes she was never born, no plan, no means, sober, wants a counselor tonight
LS|coworker said kill me now in a meeting, coworker fine, joking, no SI
LS|<s1|standing on the overpass> <1|- {unit}: photographer shooting the sunset from the walkway>
LS|teen says nobody would care if she was gone, denies plan, parents home, wants school counselor contact
LS|man says he'd rather be dead than go back to jail, no plan, no means, calm, asking about his court date
LS|<s1|suicide attempt> <1|was 10 yrs ago per rp, today just asking for a ride to detox intake>
LS|caller has dark thoughts some nights, safety plan in place, therapist tomorrow, no means at home
LS|<s1|man at the cliff edge> <1|- {unit}: rock climber with ropes, group leader confirms>
LS|uncle talks about not being around much longer, he's in hospice, no SI, family wants a chaplain
LS|<s1|farewell post> <1|- leaving for basic training, mom misread it, he's at the bus station with family>
LP|<p1|someone in the house> <1|- {unit}: rp's son came home early from college>
LP|<p1|man climbing in a window> <1|- homeowner locked out, showed ID, {unit} confirms>
LP|rp's bike stolen from the rack last week, wants a report # for insurance
LP|<p1|kids home alone> <1|- {unit}: grandma is there, was napping, all fine>
LP|<p1|car swerving> <1|- {unit} stopped it, avoiding potholes, sober, warned>
LP|<p1|naked man> <1|- {unit}: toddler ran out of the bath, mom got him>
LP|<p1|break in> <1|happened over the weekend at the storage unit, found today, nobody around, wants report>
LP|<p1|prowler> <1|- {unit}: raccoon in the trash cans, confirmed>
LP|<p1|someone looking in windows> <1|- window washing crew for the building, scheduled>
LP|<p1|child left in car> <1|- {unit}: dad was in the car with the child, AC on>
LP|rp's catalytic converter was cut off sometime overnight, found this morning, wants report
LP|<p1|burglar alarm> <1|- keyholder on scene, employee set it off, code given>
LP|<p1|guy trying car doors> <1|- {unit}: trying his own car, fob dead, showed registration>
LP|<p1|drunk driver> <1|- rp clarifies driver parked and went into his house, car off, keys inside>
LP|package stolen off the porch tuesday, camera shows a teen, nobody around now, wants report
LP|<p1|vandalism> <1|found this morning, graffiti on the fence from overnight, nobody around>
LP|<p1|shoplifter> <1|- manager says he left an hour ago, wants to give video to an officer>
LP|<p1|indecent exposure> <1|- {unit}: mom breastfeeding at the park, no offense, rp advised>
LP|<p1|guy stealing a car> <1|- {unit}: repo driver, paperwork good>
LP|rp's wallet went missing at the gym yesterday, cards cancelled, wants a case #
LP|<p1|kid alone at the bus stop> <1|- {unit}: 13yo waiting for late bus, mom on the phone with {unit}>
LP|rp says ex took the tv when he moved out in march, civil matter, wants advice
LP|<p1|man going through mailboxes> <1|- {unit}: sub mail carrier with USPS ID>
LP|scam call took $500 in gift cards from rp's mom last week, wants a report
LP|<p1|people breaking into the school> <1|- custodial staff locked out, principal confirms>
LP|rp found her car keyed overnight in the lot, no witnesses, wants a report
LP|<p1|DUI> <1|- caller saw him drinking at the bar but he took an uber, car still in lot>
LP|<p1|peeping tom> <1|- {unit}: neighbor's motion camera pointed at rp's yard, civil, he'll adjust it>
LP|<p1|people stealing firewood> <1|- they have a forest service permit, {unit} checked>
LP|gas drive off 2 hrs ago, attendant has the plate, car long gone, wants report
LP|<p1|someone breaking in> <1|- it's her son jimmying his own bedroom door, family matter>
LP|bank says elderly customer may be in a romance scam, wants officer follow up
LP|<p1|hit and run> <1|- {unit}: other driver pulled into the lot next door, exchanging info now>
LU|<u1|911 hang up><1|, CB: toddler playing with the phone, mom apologized, all ok>
LU|<u1|open line> <1|- tv and kids laughing, CB answered, butt dial, all ok>
LU|<u1|caller whispering> <1|- she's in the library, just wanted the non emerg # for a noise report>
LU|<u1|screaming heard> <1|- {unit}: kids on the trampoline, parent outside with them>
LU|<u1|silent call> <1|- CB reached, phone in purse, caller ok>
LU|<u1|crashing noises> <1|from next door - neighbor moving furniture, {unit} spoke with him>
LU|<u1|door kicked in> <1|- {unit}: landlord changing locks after eviction, paperwork on hand, tenant gone>
LU|<u1|abandoned call><1|, CB: elderly male dialed 911 instead of 411>
LU|<u1|TDD call> <1|- relay operator testing, confirmed>
LU|<u1|dropped call> <1|- rp called back, lost signal on the pass, calling about a deer in the road>
LU|<u1|muffled yelling> <1|- karaoke night at the legion, {unit} confirms>
LU|<u1|voice yelling help> <1|- {unit}: parrot in the window, owner home>
LU|<u1|banging and screaming> <1|- horror movie at high volume, roommates watching>
LU|<u1|unknown problem> <1|- CB: caller wanted to report a streetlight out>
LU|<u1|open line with yelling> <1|- CB: soccer on tv, dad yelling at the ref>
LU|<u1|says she can't talk right now> <1|- was in a meeting, called back 10 min later about a lost dog>
LU|<u1|hang up from a pay phone> <1|- {unit} checked, kids prank calling, parents contacted>
LU|<u1|woman screaming> <1|- goat in the neighbor's yard, {unit} confirms>
LU|<u1|child on the line> <1|- 6yo asked for santa, mom got on, all ok>
LU|<u1|voices yelling for help> <1|- haunted trail event, actors, staff confirms>
LU|<u1|struggle heard> <1|- CB: dog knocked the phone off the table playing tug, all ok>
LU|<u1|watch auto call> <1|- fall detection on a mountain bike ride, user answered CB, fine>
LU|<u1|crash auto notification> <1|- CB: phone dropped on the car floor, no crash>
LU|<u1|duty to warn> <1|request withdrawn by the counselor, client clarified, no target, no plan>
LU|<u1|loud thuds upstairs> <1|- {unit}: tenant doing workout videos, will use a mat>
LU|<u1|caller sobbing> <1|- CB: she just got engaged, dialed by accident, happy tears>
LU|<u1|silent 911 from a cell><1|, CB: caller on a bus, pocket dial>
LU|<u1|someone yelling stop> <1|- {unit}: dad teaching teen to drive in the lot>
LU|<u1|heard a scream> <1|- {unit}: teen saw a spider, mom confirms>
LU|<u1|panic alarm> <1|- CB: homeowner's grandson pushed it, code word given, all ok>
WELF|rp hasn't heard from her dad in 4 days, he usually calls sunday, no known medical issues, wants a check
WELF|neighbor's mail piling up, elderly man, last seen friday, car gone
WELF|daughter out of state asks for a check on mom, phone going to vm since tues
WELF|rp worried about a man sitting at the bus stop for hours, seems ok, wants someone to check
WELF|coworker missed 2 shifts, not like her, no other concerns
WELF|landlord asks for a check, tenant not answering texts for a week, rent late
WELF|rp's son at college hasn't returned calls since the weekend, roommate thinks he's at his gf's
WELF|elderly neighbor's lights haven't been on for 2 nights, car gone
WELF|grandma hasn't picked up today, usually does, lives alone
WELF|woman sitting in her car in the lot 2 hrs, engine off, appears to be reading
WELF|rp asks check on friend who seemed down at work, quiet lately, nothing said about harm
WELF|church members ask check on an elder who missed services 2 weeks
WELF|rp's brother hasn't been seen at the housing for a few days, truck gone, family thinks he went to the city
WELF|older man walking the highway shoulder in daylight, steady, rp just concerned
WELF|rp asks check on adult son, lost his job and not answering, no threats or statements known
WELF|parents overseas can't reach their daughter for 3 days, dorm check requested
WELF|camper at the rest area for a week, rp wants someone to check on him
WELF|teen walking alone near {addr} at night, walking fine, rp wants someone to look
WELF|ex-wife asks a check on her ex, hasn't picked up the kids' calls in 5 days
WELF|caller's aunt missed her dialysis ride pickup, not answering door per driver, wants a check
NOISE|loud music from {addr}, bass shaking windows, 3rd call this month
NOISE|party at the frat house, music and yelling, past quiet hours
NOISE|dog barking nonstop since 6am next door
NOISE|construction started at 5am on {addr}
NOISE|neighbor revving a motorcycle in the driveway at midnight
NOISE|loud tv upstairs, elderly neighbor hard of hearing
NOISE|karaoke at {biz} too loud per rp
NOISE|fireworks going off at the lake, complaint only, nobody hurt
NOISE|kids shooting hoops in the street late, dribbling noise
NOISE|rooster crowing at 4am, ongoing issue
NOISE|car alarm going off in the lot 20 min
NOISE|band practicing in the garage next door
NOISE|generator running all night at the campsite next to rp
NOISE|leaf blower at 7am sunday
VERB|neighbors arguing over the property line, calm now, want someone to mediate
VERB|customer yelling at the cashier about a coupon, no threats, left
VERB|roommates arguing over rent, verbal only, one wants the other out
VERB|dispute over a parking spot, both still there arguing, nothing physical
VERB|parent and teen arguing over curfew, mom wants an officer to talk to him
VERB|two drivers disputing who caused a fender bender, no injuries
VERB|tenant and landlord arguing about the deposit, landlord wants a standby
VERB|brothers arguing over dad's truck after the funeral, verbal
VERB|custody exchange at {biz} lot, parents arguing, verbal only
VERB|contractor and homeowner arguing about payment, verbal
VERB|neighbours arguing over snow shoveled onto the driveway
VERB|guys arguing at the gas pump over the line, no contact
VERB|rp says sister yelled at her at the family bbq, sister already left
VERB|cousins arguing at the chapter house about the raffle money, raised voices, no contact
FOUND|rp found a wallet at the bus stop, wants to turn it in
FOUND|found bike leaning on rp's fence for 3 days
FOUND|found a passport in the back of a cab
FOUND|found dog, friendly, wants animal control
FOUND|found a backpack in the park, books and clothes only
FOUND|found keys at the trailhead
FOUND|found phone at the powwow grounds
FOUND|found a kid's scooter in the yard
FOUND|found an envelope with $60 at the laundromat
FOUND|found a pill bottle with someone's name on it in the lot, wants to drop it off
OLDTHEFT|rp's tools stolen from his truck bed over the weekend
OLDTHEFT|shed broken into sometime last month, noticed today, mower gone, nobody around
OLDTHEFT|identity theft, someone opened a card in rp's name
OLDTHEFT|rent money missing from rp's room, noticed this morning
OLDTHEFT|someone used rp's debit card online yesterday
OLDTHEFT|plates stolen off the car, noticed at the gas station
OLDTHEFT|bike stolen from the dorm rack overnight
OLDTHEFT|trail cam stolen sometime this week
OLDTHEFT|grandma's jewelry missing after the move, she suspects the movers
OLDTHEFT|hubcaps taken overnight on {addr}
OLDTHEFT|firewood taken from rp's pile over the past week
OLDTHEFT|phone stolen at the bar last night, tracking shows it at a pawn shop
OUTREACH|unhoused man sleeping in the church doorway, staff want services offered
OUTREACH|woman with a shopping cart camped on the river path, rp wants outreach
OUTREACH|panhandler at the intersection, polite, rp wants him moved
OUTREACH|tent set up behind the {biz} dumpster, 2 ppl, quiet
OUTREACH|man asking for bus fare at the {biz} door, manager wants outreach
OUTREACH|family living in a car in the lot, kids ok, wants resources
OUTREACH|person collecting cans from the recycling bins, rp concerned
OUTREACH|encampment near the rail yard, requesting outreach team visit
OUTREACH|elderly man on the library steps every day asking for cigarettes
OUTREACH|guy charging his phone at the laundromat's outdoor outlet
INTOX|male intox sitting on the curb outside {biz}, calm, wants a ride home
INTOX|drunk college kid lost, can't find his dorm, walking fine, polite
INTOX|intox female singing at the bus stop, not bothering anyone
INTOX|man sleeping it off in the park, woke when rp talked to him, talking normal
INTOX|casino guest intox, staff want him escorted out, cooperative
INTOX|intox guy wants into the chapter house, staff said no, calm, sitting outside
INTOX|drunk older male asking for change at the gas station, steady on his feet
INTOX|intox patron won't pay his tab, calm, manager wants an officer
INTOX|man smells of alcohol at the bank counter, talking fine, not driving, friend on the way
INTOX|intox cousin wants a ride home from the powwow grounds, calm
MH|rp's adult son off his meds, talking conspiracies, calm, no threats, family wants the crisis team
MH|woman at the library talking to herself loudly, not bothering anyone, staff want MH team
MH|man says voices tell him to leave town, calm, wants a ride to the clinic
MH|teen having a panic attack at school, calming with the counselor, talking normally
MH|rp's sister very anxious, hasn't slept, paranoid about the neighbors, wants help
MH|veteran having flashbacks at the VFW, calm now, wants to talk to someone
MH|caller says his meds ran out, wants help getting a refill, no distress
MH|man pacing and crying outside the hospital, says his wife left him
MH|client at the shelter yelling at the walls, not directed at anyone, staff want an eval
MH|student overwhelmed, can't stop crying, roommate with her
MH|elderly man with dementia sure someone stole his glasses, family there, calm
MH|person believes the government hacked their phone, calm, wants to make a report
JUV|kids skateboarding in the church parking lot
JUV|teens hanging out by the school after hours, smoking
JUV|15yo ran off after an argument, left a note, staying at a friend's, mom knows the address
JUV|juveniles ding dong ditching on {addr}
JUV|kids throwing snowballs at cars, no damage
JUV|teen refusing to go to school, mom wants an officer to talk to him
JUV|group of kids loitering at the convenience store, staff want them moved
JUV|teens on dirt bikes riding the trails off the county road
JUV|middle schoolers vaping behind the rec center
JUV|teen girls swam in the pool after hours, left when rp yelled
LOCK|locked keys in the car at {biz}, engine off, no kids or pets inside
LOCK|rp locked out of her apartment, landlord not answering
LOCK|student locked out of the dorm room at 2am
LOCK|rp locked his keys in the truck at the trailhead
LOCK|elderly woman locked out of her house, neighbour has a spare, waiting
LOCK|locked out of her car with groceries melting, nobody in the car
NEEDLE|used needle in the park sandbox, wants pickup
NEEDLE|3 syringes by the bus stop bench
NEEDLE|needle in the library bathroom trash
NEEDLE|sharps in the alley behind {biz}
NEEDLE|needle in the grass at the soccer field
NEEDLE|uncapped syringe in the laundromat lot
NEEDLE|needles behind the church steps
TRESP|guy won't leave the {biz} lobby after closing, calm, just won't go
TRESP|ex-tenant won't leave the property, sitting on the porch, no threats
TRESP|customer won't leave after being told to go, arguing about a refund, nothing physical
TRESP|man in the hospital waiting room won't leave, no other issue
TRESP|unwanted guest at rp's party, polite but won't go
TRESP|man refusing to leave the chapter house after the meeting ended, calm
TRESP|girl refusing to leave the dorm lounge after hours, staff want her out
TRESP|customer camped at a coffee shop table 6 hrs, won't leave when asked
LIFT|lift assist, 90yo female slid to the floor from her wheelchair, no injury, no pain
LIFT|husband can't get wife back into bed, she's uninjured
LIFT|man on the bathroom floor says he's fine, weak legs, no injury, wants help up
LIFT|lift assist at senior living, resident sitting on the floor, no complaints
LIFT|large male stuck in his recliner, no injury, needs an assist
LIFT|elderly male slid out of his truck seat onto the driveway, no injury, can't get up
LIFT|lift assist, pt lowered herself to the floor, denies hitting her head
LIFT|resident rolled off a low bed, no injuries, refuses transport
MISC|deer hit on the highway, dead in the lane, traffic hazard, no injuries
MISC|cattle loose on the county road
MISC|streetlight out at {addr}
MISC|abandoned car on the street 2 weeks
MISC|rp wants to report a scam call, no money lost
MISC|civil standby requested for property retrieval
MISC|tree branch down across the road
MISC|someone parked in rp's driveway, blocking her in
MISC|stray dog following kids to school, friendly
MISC|moose wandering through the neighbourhood
MISC|water main leaking on {addr}
MISC|someone selling puppies outside {biz} without a permit
MISC|rp wants to know if fireworks are legal tonight
MISC|horses out on the highway near the cattle guard
"""

AGENCIES = [
    dict(key="rustbelt", upper=0.8, lower=0.0, ts="hms", seps=[" / ", " // ", ". ", " -- "],
         rp=["RP", "CMPLT", "CALLER", "RP", "C/P"],
         addr=["E 55TH ST", "LORAIN AVE", "ST CLAIR AVE", "W 25TH", "BROADWAY AVE", "KINSMAN RD",
               "DETROIT AVE", "HARVARD AVE", "E 131 / MILES", "FLEET AVE"],
         unit=["2B31", "3A12", "5C22", "4D11", "1B14", "6A03"],
         biz=["DOLLAR GENERAL", "SHELL STATION", "MARATHON", "RITE AID", "CORNER STORE", "GIANT EAGLE"],
         veh=["BLK IMPALA", "GRY CHARGER", "SILVER MALIBU", "WHT VAN", "RED F150"],
         init=["KMR", "JW", "DLB", "TS2", "AH", "RMC"], initfmt="-{i}",
         fill=["{unit} ADV", "2ND CALLER SAME", "CAD INC MERGED", "ZONE CAR ASSIGNED {t}", "DSPCH: HOLD FOR {unit}"]),
    dict(key="mtnwest", upper=0.25, lower=0.15, ts="hhmm", seps=["; ", ". ", " ** ", " - "],
         rp=["RP", "RP", "R/P", "caller"],
         addr=["CR 14", "Hwy 287 MM 312", "Elk Ridge Rd", "Pine Gulch Ln", "the BLM road off CR 9",
               "Ranchette Dr", "Sage Flats Rd", "Main St"],
         unit=["S12", "S4", "Dep 31", "S7", "K9 1", "S22"],
         biz=["Kum & Go", "feed store", "Alpine Motel", "Sinclair", "county fairgrounds", "Family Dollar"],
         veh=["white Tundra", "tan Silverado", "green Subaru", "flatbed Dodge", "black Jeep"],
         init=["jw", "mk", "tlh", "rb2"], initfmt="({i})",
         fill=["nearest unit 25 min out", "{unit} 10-97 {t}", "cell ping sector 3", "{unit} 10-76", "rp on foot, will flag unit down"]),
    dict(key="gulf", upper=0.7, lower=0.05, ts="hm", seps=[" ... ", " / ", ". ", " ; "],
         rp=["C/A", "CALLER ADV", "COMPL", "C/A"],
         addr=["N CLAIBORNE AVE", "TCHOUPITOULAS", "GENTILLY BLVD", "ST BERNARD AVE", "MAGAZINE ST",
               "AIRLINE HWY", "CHEF MENTEUR HWY", "ELYSIAN FIELDS"],
         unit=["2A14", "7C31", "3B22", "1K12", "6L08"],
         biz=["CIRCLE K", "WINN DIXIE", "DAIQUIRI SHOP", "WALGREENS", "PO-BOY SHOP", "LAUNDROMAT"],
         veh=["GRN ALTIMA", "BLUE ACCORD", "WHT SILVERADO", "GOLD CAMRY"],
         init=["OP14", "OP22", "LJ", "TMB"], initfmt="{i}:",
         fill=["2ND CALLER SAME", "C/A WILL BE IN RED SHIRT", "{unit} AOS {t}", "HOLD FOR {unit}", "C/A DISCONNECTED AFTER GIVING INFO"]),
    dict(key="college", upper=0.05, lower=0.7, ts="ampm", seps=["; ", ". ", " | ", " -- "],
         rp=["rp", "rp", "caller", "reporting party"],
         addr=["Elm St", "College Ave", "University Blvd", "Greek Row", "Campus Dr", "3rd & Main", "Birch Hall",
               "Lot 7"],
         unit=["U12", "UPD 4", "CSO 3", "U7", "UPD 9"],
         biz=["Union", "Campus Corner market", "Starbucks", "rec center", "Taco Bell"],
         veh=["blue Prius", "grey Civic", "white Kia", "red Mini"],
         init=["sk", "ajm", "disp2"], initfmt="-{i}",
         fill=["RA notified", "{unit} ack", "city PD adv", "{unit} arr {t}", "camera ops checking", "rp is a student, id verified"]),
    dict(key="prairie", upper=0.35, lower=0.1, ts="hm", seps=[". ", " / ", "; ", " -- "],
         rp=["COMP", "COMP", "complainant", "caller"],
         addr=["Albert St", "Dewdney Ave", "Broad St", "Rochdale Blvd", "Victoria Ave E", "Ring Rd",
               "the 1100 blk of Rae St", "McCarthy Blvd"],
         unit=["4C12", "Zone 3 car", "Cst 2241", "4C31", "2C07"],
         biz=["Co-op", "Shoppers", "Tim Hortons", "Superstore", "Petro-Can", "Legion"],
         veh=["grey F-150", "white Caravan", "black Equinox", "maroon Ram"],
         init=["CT2231", "MB", "OP7"], initfmt="[{i}]",
         fill=["members attending", "{unit} attending {t}", "neighbour also called", "info to zone car", "{unit} on scene {t}"]),
    dict(key="tribal", upper=0.3, lower=0.35, ts="hrs", seps=[", ", ". ", " - ", " / "],
         rp=["RP", "caller", "RP", "rp"],
         addr=["BIA Rt 12", "Eagle Butte Rd", "Hwy 18 mile 6", "Sunrise Loop", "Old School Rd", "Agency Rd",
               "Housing Rd 3"],
         unit=["TPD 3", "Unit 7", "BIA 2", "Ranger 1", "TPD 5"],
         biz=["trading post", "tribal casino", "Cenex", "IHS clinic", "chapter house"],
         veh=["maroon Ram", "white Chevy rez truck", "silver Impala", "green Ford"],
         init=["RB", "dispatch LT", "cw"], initfmt="-{i}",
         fill=["family on scene translating", "{unit} 30 min out", "BIA adv", "{unit} on location {t}", "rp is grandma, calling from neighbor's phone"]),
]

COMMON_FILL = ["{unit} enrt", "{unit} os {t}", "{unit} 10-8 {t}", "adv {unit}", "{rp} req no contact",
               "{rp} wants a call back", "{rp} will meet unit out front", "xref {case}", "premise hx: {n} prior calls",
               "ANI/ALI verified", "CB # verified", "lang line used, spanish", "txt to 911 session",
               "{unit} delayed, on a prior", "sgt adv", "{unit} clear, rpt to follow", "unit assigned {t}",
               "{unit} req 2nd unit", "{unit} arrived {t}", "{rp} stayed on the line", "loc verified by ALI",
               "gone on arrival per {unit}", "{unit} code 4", "{unit} unable to locate, clear"]

# Label-neutral negations; the string of letters lists the flags they would contradict.
NEG_DECOYS = [("no wpns seen", "w"), ("neg weapons per {rp}", "w"), ("no weapons mentioned", "w"),
              ("{rp} doesn't see any weapons", "w"), ("no inj rptd", "vi"), ("nobody hurt per {rp}", "vi"),
              ("EMS not req'd", "i"), ("denies needing medical", "i"), ("denies SI", "s"), ("denies SI/HI", "st"),
              ("no hx of self harm known", "s"), ("no threats made", "t"), ("no threats per {rp}", "t"),
              ("nothing physical", "v"), ("no hands on", "v"), ("no kids in the home", "p"),
              ("not intox per {rp}", ""), ("no alcohol involved", ""), ("no one else inside", ""),
              ("no dogs on prem", ""), ("no drugs involved per {rp}", ""), ("not sure if related", "")]
RES_DECOYS = [("<w9|earlier rpt of a gun> <9|unfounded, it was a phone>", "w"),
              ("<w9|knife mentioned by 2nd caller> <9|- clarified, a pocket comb>", "w"),
              ("<v9|2nd caller said fight> <9|- was horseplay, all laughing>", "v"),
              ("<i9|rptd bleeding> <9|- nosebleed stopped, declines EMS>", "i"),
              ("<t9|rp first said he threatened her> <9|- corrected, he only yelled about rent>", "t"),
              ("<u9|open line earlier> <9|- CB, pocket dial, all ok>", "u"),
              ("<s9|earlier txt sounded like goodbye> <9|- rp reached him, he meant moving away>", "s"),
              ("<p9|car prowler rptd> <9|- owner checking his own car>", "p"),
              ("<u9|hang up earlier from this #> <9|- CB answered, kid playing w/ phone>", "u"),
              ("<w9|shots rptd earlier> <9|- fireworks per {unit}>", "w")]

ALARM_TYPES = {
    "W": ["WEAPONS COMPLAINT", "WEAPON", "MAN WITH A GUN", "SHOTS FIRED", "ARMED PERSON", "SUBJ W/ KNIFE", "WEAPONS OFFENSE"],
    "V": ["ASSAULT", "FIGHT", "BATTERY", "DOMESTIC VIOLENCE", "ASSAULT IN PROGRESS", "DVA", "FIGHT IN PROGRESS"],
    "T": ["THREATS", "THREATENING", "UTTERING THREATS", "HARASSMENT W/ THREATS", "TERRORISTIC THREAT"],
    "I": ["MEDICAL EMERGENCY", "UNCONSCIOUS PERSON", "OVERDOSE", "BREATHING PROBLEM", "SEIZURE", "FALL W/ INJURY", "CHEST PAIN"],
    "S": ["SUICIDAL SUBJECT", "SUICIDE ATTEMPT", "ATTEMPTED SUICIDE", "SUICIDE THREAT", "SUICIDAL PERSON"],
    "P": ["BURGLARY IN PROGRESS", "B&E IN PROGRESS", "THEFT IN PROGRESS", "INDECENT EXPOSURE", "DUI", "IMPAIRED DRIVER",
          "CHILD ABUSE", "CHILD LEFT UNATTENDED", "HIT AND RUN", "WARRANT SERVICE", "PROWLER"],
    "U": ["UNKNOWN TROUBLE", "OPEN LINE", "UNKNOWN PROBLEM", "SILENT CALL", "PANIC ALARM", "SCREAMING"],
}
MILD_TYPES = {
    "WELF": ["WELFARE CHECK", "CHECK WELFARE", "WELF CHK", "WELLBEING CHECK"],
    "NOISE": ["NOISE COMPLAINT", "NOISE", "LOUD PARTY", "LOUD MUSIC"],
    "VERB": ["DISTURBANCE", "VERBAL DISPUTE", "CIVIL DISPUTE", "NEIGHBOR DISPUTE", "CDX"],
    "FOUND": ["FOUND PROPERTY", "LOST/FOUND", "PROPERTY FOUND"],
    "OLDTHEFT": ["THEFT REPORT", "THEFT - COLD", "LARCENY REPORT", "FRAUD"],
    "OUTREACH": ["UNHOUSED PERSON", "VAG", "OUTREACH REQUEST", "PANHANDLING"],
    "INTOX": ["INTOX PERSON", "INTOXICATED SUBJ", "PUBLIC INTOX"],
    "MH": ["MENTAL HEALTH", "MNTL", "CRISIS CALL", "MH CONCERN"],
    "JUV": ["JUVENILE PROBLEM", "JUV", "RUNAWAY", "JUVENILE COMPLAINT"],
    "LOCK": ["LOCKOUT", "VEHICLE LOCKOUT"],
    "NEEDLE": ["NEEDLE PICKUP", "SHARPS", "FOUND SYRINGE"],
    "TRESP": ["TRESPASS", "UNWANTED GUEST", "UNWANTED PERSON", "REFUSAL TO LEAVE"],
    "LIFT": ["LIFT ASSIST", "PUBLIC ASSIST", "INVALID ASSIST"],
    "SUSP": ["SUSPICIOUS PERSON", "SUSP CIRCS", "SUSPICIOUS ACTIVITY", "SUSP VEH"],
    "HANG": ["911 HANGUP", "911 HANG UP", "ABANDONED 911", "MISDIAL"],
    "MISC": ["INFORMATION", "CITIZEN CONTACT", "ASSIST CITIZEN", "PUBLIC SERVICE", "ANIMAL COMPLAINT", "TRAFFIC HAZARD"],
}
# mild call types a red situation might plausibly be dispatched under, and vice versa
RED_MILD = {"W": ["SUSP", "VERB", "NOISE", "WELF", "MISC"], "V": ["VERB", "NOISE", "WELF", "INTOX", "TRESP"],
            "T": ["VERB", "MISC", "SUSP"], "I": ["WELF", "LIFT", "INTOX", "MISC"], "S": ["WELF", "MH", "MISC"],
            "P": ["SUSP", "MISC", "WELF", "JUV", "OLDTHEFT"], "U": ["HANG", "WELF", "NOISE", "MISC"]}
ELIG_MILD = {"LW": ["SUSP", "FOUND", "MISC", "NOISE"], "LV": ["VERB", "NOISE", "JUV"], "LT": ["VERB", "MISC"],
             "LI": ["WELF", "LIFT", "MISC"], "LS": ["MH", "WELF"], "LP": ["SUSP", "OLDTHEFT", "MISC"],
             "LU": ["HANG", "WELF", "NOISE"]}
BASE_REASON = {
    "LW": "weapon word is harmless, mistaken, sold or confirmed not a weapon",
    "LV": "no physical harm now (verbal, play, mistaken or past)",
    "LT": "no real threat to harm (joke, idiom, legal/civil, or past)",
    "LI": "no current EMS need (negated, mistaken or historical)",
    "LS": "no plan, means, attempt, lethal situation or farewell (talk only, history or mistaken)",
    "LP": "no crime in progress / suspect present (past, civil or mistaken)",
    "LU": "caller reached or sounds explained",
    "WELF": "welfare check, not heard from / concern only, no danger sign", "NOISE": "noise complaint",
    "VERB": "verbal dispute only", "FOUND": "found property", "OLDTHEFT": "past theft, report only",
    "OUTREACH": "outreach / unhoused person, no danger", "INTOX": "calm intoxicated person",
    "MH": "mental-health distress without danger", "JUV": "juvenile nuisance", "LOCK": "lockout",
    "NEEDLE": "needle pickup", "TRESP": "refusing to leave, verbal only", "LIFT": "lift assist, no injury",
    "MISC": "service / information call",
}

DANGER_MISS = {
    "knife": ["knfie", "kinfe", "knive"], "machete": ["machette", "mechete"], "pistol": ["pistal", "pistl"],
    "rifle": ["rilfe", "rifel"], "shotgun": ["shotgn", "shtogun"], "gun": ["gunn"], "shots": ["shts", "shotts"],
    "gunshots": ["gunshts", "gunshtos"], "weapon": ["weapn", "wepon"], "weapons": ["weapns", "wepons"],
    "unresponsive": ["unresponsve", "unrespnsive", "unresposive"], "breathing": ["breating", "breathng", "breahting"],
    "bleeding": ["bleding", "bleeeding", "bledding"], "seizure": ["siezure", "seziure"], "seizing": ["siezing", "seizng"],
    "overdosed": ["overdossed", "ovrdosed"], "overdose": ["overdoes", "ovrdose"], "unconscious": ["unconcious", "unconsious"],
    "suicide": ["suicde", "sucide"], "goodbye": ["goodby", "gudbye"], "threatened": ["threatend", "thretened"],
    "threatening": ["threatning", "thretening"], "punching": ["punchin", "puching"], "fighting": ["fightin", "figthing"],
    "choked": ["chocked", "choaked"], "screaming": ["screming", "screamin"], "whispering": ["wispering", "whisperng"],
    "stabbing": ["stabing", "stabbin"], "hatchet": ["hatchett"], "bridge": ["brige", "bridg"], "pills": ["pils", "pillz"],
    "hanging": ["hangin"], "kill": ["kil"], "shoot": ["shoott"], "beating": ["beatin", "beeting"],
    "exposing": ["exposng", "exsposing"], "swerving": ["swerveing", "swervin"], "ledge": ["ledg"],
    "warrant": ["warrent", "warant"], "hammer": ["hamer"], "collapsed": ["colapsed", "collasped"],
    "fell": ["fel"], "breathe": ["breath", "breate"], "confused": ["confussed", "cofused"], "slurring": ["sluring", "slurrin"],
    "burned": ["burnd", "brned"], "noose": ["noos"], "rope": ["rop"], "tracks": ["trackes", "trax"],
    "unconscious ": ["unconsious"], "blood": ["blod"], "crossbow": ["crosbow"], "stab": ["stabb"],
    "shooting": ["shootin", "shoting"], "assaulted": ["asaulted", "assalted"], "assault": ["asault", "assualt"],
    "fight": ["fite", "figth"], "threat": ["thret", "threath"], "chest": ["chst"], "passed": ["pased"],
    "seizure ": ["seisure"], "drunk": ["drnk", "durnk"], "naked": ["nakid"], "alone": ["alon", "aloen"],
}
COMMON_MISS = {
    "states": ["sates", "staes"], "neighbor": ["nieghbor", "neighbr", "neihgbor"], "neighbors": ["nieghbors", "neigbors"],
    "neighbour": ["nieghbour", "neighbur"], "apartment": ["apartmnet", "appartment"], "caller": ["calelr", "caler"],
    "female": ["femal", "femlae"], "male": ["mael"], "people": ["poeple", "peopel"], "around": ["aroud", "arond"],
    "saying": ["sayin", "sayng"], "street": ["stret"], "through": ["throught", "thru"], "still": ["stil", "sitll"],
    "their": ["thier"], "there": ["ther", "thre"], "outside": ["outsdie", "oustide"], "wants": ["wnats", "watns"],
    "house": ["hosue", "huose"], "roommate": ["roomate", "rommate"], "friend": ["freind", "frined"],
    "brother": ["brohter", "borther"], "daughter": ["daugther", "duaghter"], "yelling": ["yeling", "yellin"],
    "walking": ["walkin", "wlaking"], "window": ["widnow", "windo"], "hospital": ["hosptial"], "kitchen": ["kithcen"],
    "bathroom": ["bathrom", "bathroon"], "unknown": ["unkown", "unknwn"], "truck": ["truk", "trcuk"],
    "about": ["abt", "aobut"], "again": ["agian"], "sister": ["sistr", "sisiter"], "mother": ["mohter"],
    "husband": ["husbnad", "husban"], "girlfriend": ["girlfreind"], "answering": ["answring", "anwsering"],
    "parking": ["parkng", "praking"], "behind": ["behnid"], "front": ["frnot"], "arguing": ["argueing", "arguin"],
    "because": ["becuase"], "already": ["alredy", "allready"], "vehicle": ["vehicel", "vehcile"],
    "children": ["childern"], "someone": ["somone", "soemone"], "says": ["sayd", "siad"], "said": ["siad", "sed"],
    "garage": ["garag", "grage"], "wife": ["wfie"], "school": ["shcool", "scool"], "phone": ["phnoe", "fone"],
    "morning": ["mornign"], "employee": ["employe"], "doesn't": ["doesnt", "dosen't"], "won't": ["wont", "wo'nt"],
}
WORD = re.compile(r"[A-Za-z][A-Za-z'.-]*[A-Za-z]|[A-Za-z]")
TOKEN = re.compile(r"\[(?P<rf>[wvtispu]+)\|(?P<rt>[^\]]*)\]|<(?P<af>[wvtispu]+)(?P<aid>\d)\|(?P<at>[^>]*)>"
                   r"|<(?P<xid>\d)\|(?P<xt>[^>]*)>")
SLOT = re.compile(r"\{(\w+)\}")


def load(block):
    out = []
    for line in block.strip().splitlines():
        dom, tpl = line.split("|", 1)
        out.append((dom, tpl))
    return out


def letters(flagstr):
    return [LETTER[c] for c in flagstr]


def key_flags(tpl, kinds=("R",)):
    fl = []
    for m in TOKEN.finditer(tpl):
        if m.group("rf") and "R" in kinds:
            fl += letters(m.group("rf"))
        if m.group("af") and "A" in kinds:
            fl += letters(m.group("af"))
    return [f for f in FLAG_ORDER if f in fl]


def timestr(rng, fmt, clock=None):
    if clock is None:
        h, m, s = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    else:
        clock[0] = (clock[0] + rng.randint(1, 9) * 60 + rng.randrange(60)) % 86400
        h, m, s = clock[0] // 3600, clock[0] // 60 % 60, clock[0] % 60
    if fmt == "hms":
        return "%02d:%02d:%02d" % (h, m, s)
    if fmt == "hhmm":
        return "%02d%02d" % (h, m)
    if fmt == "hm":
        return "%02d:%02d" % (h, m)
    if fmt == "ampm":
        return "%d:%02d%s" % ((h % 12) or 12, m, "am" if h < 12 else "pm")
    return "%02d%02d hrs" % (h, m)


def fill(rng, ag, text, clock=None):
    def rep(m):
        k = m.group(1)
        if k == "t":
            return timestr(rng, ag["ts"], clock)
        if k == "kage":
            return str(rng.randint(2, 9))
        if k == "n":
            return str(rng.randint(2, 14))
        if k == "case":
            return "%02d-%06d" % (rng.randint(24, 26), rng.randrange(1000000))
        return rng.choice(ag[k])
    return SLOT.sub(rep, text)


def parse(text, idmap=None):
    segs, pos = [], 0
    for m in TOKEN.finditer(text):
        if m.start() > pos:
            segs.append(["P", text[pos:m.start()], "", ""])
        if m.group("rf"):
            segs.append(["R", m.group("rt"), m.group("rf"), ""])
        elif m.group("af"):
            segs.append(["A", m.group("at"), m.group("af"), m.group("aid")])
        else:
            segs.append(["X", m.group("xt"), "", m.group("xid")])
        pos = m.end()
    if pos < len(text):
        segs.append(["P", text[pos:], "", ""])
    return segs


def misspell(rng, segs):
    dcand, ccand = [], []
    for i, s in enumerate(segs):
        for m in WORD.finditer(s[1]):
            w = m.group(0).lower()
            if w in DANGER_MISS:
                dcand.append((i, m.start(), m.end(), w))
            elif w in COMMON_MISS:
                ccand.append((i, m.start(), m.end(), w))
    k = rng.choice([1, 1, 2, 2, 3])
    chosen = []
    if dcand and rng.random() < 0.6:
        chosen.append(rng.choice(dcand))
    pool = ccand + dcand
    while pool and len(chosen) < k:
        c = rng.choice(pool)
        pool.remove(c)
        if all(not (c[0] == o[0] and c[1] < o[2] and o[1] < c[2]) for o in chosen):
            chosen.append(c)
    if not chosen:  # generic transposition typo
        longw = [(i, m.start(), m.end(), m.group(0)) for i, s in enumerate(segs)
                 for m in WORD.finditer(s[1]) if len(m.group(0)) >= 5 and m.group(0).isalpha()]
        if not longw:
            return 0
        i, a, b, w = rng.choice(longw)
        j = rng.randrange(1, len(w) - 2)
        new = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        segs[i][1] = segs[i][1][:a] + new + segs[i][1][b:]
        return 1
    chosen.sort(key=lambda c: (c[0], c[1]), reverse=True)
    for i, a, b, w in chosen:
        table = DANGER_MISS if w in DANGER_MISS else COMMON_MISS
        new = rng.choice(table[w])
        old = segs[i][1][a:b]
        if old[:1].isupper():
            new = new[:1].upper() + new[1:]
        if old.isupper() and len(old) > 1:
            new = new.upper()
        segs[i][1] = segs[i][1][:a] + new + segs[i][1][b:]
    return len(chosen)


def alnum(s):
    return sum(1 for ch in s if ch.isalnum())


def survives(text, start, end, width):
    """Does the span text[start:end] count after cutting the narrative at width?"""
    if width is None or end <= width:
        return True
    if start >= width:
        return False
    key = text[start:end].strip()
    if re.search(r"[^A-Za-z0-9']", key):  # a phrase (or punctuated): must survive whole
        return False
    total = alnum(key)
    kept = alnum(text[start:width])
    if total <= 5:
        return False
    return kept >= max(5, total - 3)


def evaluate(segs, text, width):
    """Return (flags, notes) for a narrative cut at width (None = uncut)."""
    spans, pos = [], 0
    for s in segs:
        spans.append((s, pos, pos + len(s[1])))
        pos += len(s[1])
    resolved = set(s[3] for s, a, b in spans if s[0] == "X" and (width is None or b <= width))
    flags, notes = set(), []
    for s, a, b in spans:
        if s[0] == "R":
            if survives(text, a, b, width):
                flags.update(letters(s[2]))
                notes.append("%s <- '%s'" % ("+".join(letters(s[2])), s[1].strip()))
            elif a < width:
                notes.append("cut key '%s' (not enough left)" % text[a:width].strip())
        elif s[0] == "A":
            if not survives(text, a, b, width):
                if width is not None and a < width:
                    notes.append("cut alarm '%s'" % text[a:width].strip())
                continue
            if s[3] in resolved:
                res = [x for x, c, d in spans if x[0] == "X" and x[3] == s[3]][0]
                notes.append("'%s' resolved by '%s'" % (s[1].strip(), res[1].strip(" -,")))
            else:
                flags.update(letters(s[2]))
                notes.append("%s <- '%s' (its resolution is cut off)" % ("+".join(letters(s[2])), s[1].strip()))
    return [f for f in FLAG_ORDER if f in flags], notes


def build_row(rng, dom, tpl, red, ag):
    clock = [rng.randrange(86400)]
    conflict = set(c for m in TOKEN.finditer(tpl) for c in (m.group("rf") or "") + (m.group("af") or ""))
    head = timestr(rng, ag["ts"], clock) + " "
    chunks = [parse(fill(rng, ag, tpl, clock))]
    p_neg, p_res = (0.36, 0.24) if red else (0.16, 0.08)
    pre = []
    if rng.random() < p_neg:
        opts = [t for t, c in NEG_DECOYS if not (set(c) & conflict)]
        pre.append(parse(fill(rng, ag, rng.choice(opts))))
    if rng.random() < p_res:
        opts = [t for t, c in RES_DECOYS if not (set(c) & conflict)]
        pre.append(parse(fill(rng, ag, rng.choice(opts))))
    for c in pre:
        if rng.random() < 0.15:
            chunks.insert(0, c)
        else:
            chunks.append(c)
    nfill = rng.choice([0, 1, 1, 1, 2, 2, 3])
    fills = ag["fill"] + COMMON_FILL
    for _ in range(nfill):
        f = rng.choice(fills)
        fills = [x for x in fills if x != f]
        has_t = "{t}" in f
        f = fill(rng, ag, f, clock)
        if rng.random() < 0.3 and not has_t:
            f = timestr(rng, ag["ts"], clock) + " " + f
        chunks.append(parse(f))
    segs = []
    if rng.random() < 0.45:
        segs.append(["P", head, "", ""])
    sep = rng.choice(ag["seps"])
    for j, c in enumerate(chunks):
        if j:
            segs.append(["P", sep, "", ""])
        segs.extend(c)
    if rng.random() < 0.35:
        ini = ag["initfmt"].format(i=rng.choice(ag["init"]))
        if ini.endswith(":"):
            segs.insert(0, ["P", ini + " ", "", ""])
        else:
            segs.append(["P", " " + ini, "", ""])
    nmiss = misspell(rng, segs) if rng.random() < 0.40 else 0
    r = rng.random()
    if r < ag["upper"]:
        for s in segs:
            s[1] = s[1].upper()
    elif r < ag["upper"] + ag["lower"]:
        for s in segs:
            s[1] = s[1].lower()
    for s in segs:
        s[1] = re.sub(r"  +", " ", s[1])
    segs[0][1] = segs[0][1].lstrip()
    segs[-1][1] = segs[-1][1].rstrip()
    return segs, nmiss


KEYWORD_TYPES = [
    ("W", r"shot|gunfire|rounds|shooting|bullet|bang|explosion", ["SHOTS FIRED", "SHOTS FIRED", "WEAPONS COMPLAINT"]),
    ("W", r"knife|blade|machete|hatchet|razor|scalpel|cutter|switchblade|sharp|sword|axe", ["SUBJ W/ KNIFE", "WEAPONS COMPLAINT", "ARMED PERSON"]),
    ("W", r"gun|pistol|rifle|\.38|\bar\b|crossbow|weapon", ["MAN WITH A GUN", "ARMED PERSON", "WEAPONS COMPLAINT", "WEAPON"]),
    ("W", r".", ["WEAPON", "WEAPONS OFFENSE", "ARMED PERSON"]),
    ("V", r"wife|husband|\bbf\b|\bgf\b|boyfriend|girlfriend|\bex\b|domestic", ["DOMESTIC VIOLENCE", "DVA"]),
    ("V", r"fight|brawl|punches|blows|hands|wrestling", ["FIGHT", "FIGHT IN PROGRESS"]),
    ("V", r".", ["ASSAULT", "BATTERY", "ASSAULT IN PROGRESS"]),
    ("T", r".", ALARM_TYPES["T"]),
    ("I", r"seiz", ["SEIZURE"]),
    ("I", r"chest", ["CHEST PAIN"]),
    ("I", r"breath|chok|asthma|swell|blue|gasp", ["BREATHING PROBLEM"]),
    ("I", r"pills|overdos|\bod\b|fent|xanax|oxy|vodka|bleach|narcan|smoked", ["OVERDOSE"]),
    ("I", r"fell|fall|ladder|thrown|handlebars", ["FALL W/ INJURY"]),
    ("I", r"unresponsive|passed out|wake|unconscious|blacked|respond|down|slumped|lying|not moving|collapsed", ["UNCONSCIOUS PERSON"]),
    ("I", r".", ["MEDICAL EMERGENCY"]),
    ("S", r".", ALARM_TYPES["S"]),
    ("P", r"expos|naked|flashing", ["INDECENT EXPOSURE"]),
    ("P", r"drunk|swerv|drinking|wrong way|dui|driver", ["DUI", "IMPAIRED DRIVER"]),
    ("P", r"home alone|left|wandering|alone|kids|child in", ["CHILD LEFT UNATTENDED"]),
    ("P", r"touches|burn|bruises|nude", ["CHILD ABUSE"]),
    ("P", r"hit and run|fled|kept going|took off", ["HIT AND RUN"]),
    ("P", r"warrant|parolee", ["WARRANT SERVICE"]),
    ("P", r"window|peek|peeping|voyeur|filming|prowler|looking in", ["PROWLER"]),
    ("P", r"stealing|shoplift|purse|siphon|copper|catalytic|loading|stole|car doors|door handles", ["THEFT IN PROGRESS"]),
    ("P", r".", ["BURGLARY IN PROGRESS", "B&E IN PROGRESS"]),
    ("U", r"hang|abandon|dropped", ["911 HANGUP", "UNKNOWN PROBLEM"]),
    ("U", r"open line|line open", ["OPEN LINE"]),
    ("U", r"silent|tdd|tty", ["SILENT CALL"]),
    ("U", r"alarm|pendant", ["PANIC ALARM"]),
    ("U", r"scream|yell|cries|sob", ["SCREAMING", "UNKNOWN TROUBLE"]),
    ("U", r".", ["UNKNOWN TROUBLE", "UNKNOWN PROBLEM"]),
]
ELIG_ALARM_TYPES = {
    "WELF": ["UNKNOWN TROUBLE", "MEDICAL EMERGENCY", "UNCONSCIOUS PERSON"], "NOISE": ["SCREAMING", "FIGHT", "SHOTS FIRED"],
    "VERB": ["DOMESTIC VIOLENCE", "FIGHT", "THREATS", "ASSAULT"], "FOUND": ["UNKNOWN PROBLEM"],
    "OLDTHEFT": ["BURGLARY IN PROGRESS", "THEFT IN PROGRESS"], "OUTREACH": ["UNCONSCIOUS PERSON", "MEDICAL EMERGENCY"],
    "INTOX": ["OVERDOSE", "UNCONSCIOUS PERSON", "FIGHT"], "MH": ["SUICIDAL PERSON", "SUICIDE THREAT"],
    "JUV": ["FIGHT", "THEFT IN PROGRESS", "PROWLER"], "LOCK": ["CHILD LEFT UNATTENDED", "B&E IN PROGRESS"],
    "NEEDLE": ["OVERDOSE"], "TRESP": ["PROWLER", "THREATS", "B&E IN PROGRESS"], "LIFT": ["FALL W/ INJURY", "MEDICAL EMERGENCY"],
    "MISC": ["UNKNOWN PROBLEM", "HIT AND RUN"]}


def alarm_type(rng, dl, tpl):
    low = tpl.lower()
    for d, pat, types in KEYWORD_TYPES:
        if d == dl and re.search(pat, low):
            return rng.choice(types)
    return rng.choice(ALARM_TYPES[dl])


def call_type(rng, dom, red, tpl):
    if red:
        if rng.random() < 0.30:
            return rng.choice(MILD_TYPES[rng.choice(RED_MILD[dom])]), "mild"
        return alarm_type(rng, dom, tpl), "alarm"
    if rng.random() < 0.20:
        if dom in ELIG_ALARM_TYPES:
            return rng.choice(ELIG_ALARM_TYPES[dom]), "alarm"
        return alarm_type(rng, dom[1], tpl), "alarm"
    mild = ELIG_MILD.get(dom, [dom])
    return rng.choice(MILD_TYPES[rng.choice(mild)]), "mild"


def plan(rng):
    reds, eligs = load(RED), load(ELIG)
    use = {}
    chosen = list(reds)
    count = dict((f, 0) for f in FLAG_ORDER)
    for d, t in reds:
        for f in key_flags(t):
            count[f] += 1
    while len(chosen) > N_RED_PLAN:  # drop single-flag situations of the most plentiful kind
        top = max(FLAG_ORDER, key=lambda k: (count[k], -FLAG_ORDER.index(k)))
        cands = [(d, t) for d, t in chosen if key_flags(t) == [top]]
        d, t = rng.choice(cands)
        chosen.remove((d, t))
        count[top] -= 1
    rows = [(d, t, True) for d, t in chosen]
    for d, t in chosen:
        use[t] = 1
    while len(rows) < N_RED_PLAN:
        f = min(FLAG_ORDER, key=lambda k: (count[k], FLAG_ORDER.index(k)))
        cands = [(d, t) for d, t in reds if use[t] < 2 and f in key_flags(t)]
        d, t = rng.choice(cands)
        use[t] += 1
        rows.append((d, t, True))
        for g in key_flags(t):
            count[g] += 1
    n_el = N_ROWS - len(rows)
    erows = [(d, t, False) for d, t in eligs]
    for d, t in eligs:
        use[t] = 1
    while len(erows) < n_el:
        look = rng.random() < 0.75
        cands = [(d, t) for d, t in eligs if use[t] < 2 and d.startswith("L") == look]
        d, t = rng.choice(cands)
        use[t] += 1
        erows.append((d, t, False))
    rows += erows
    rng.shuffle(rows)
    return rows, reds, eligs


def generate():
    rng = random.Random(SEED)
    planned, reds, eligs = plan(rng)
    built = []
    for d, t, red in planned:
        ag = rng.choice(AGENCIES)
        ct, ctkind = call_type(rng, d, red, t)
        segs, nmiss = build_row(rng, d, t, red, ag)
        built.append(dict(dom=d, tpl=t, red=red, ag=ag["key"], ct=ct, ctkind=ctkind, segs=segs, nmiss=nmiss))
    lens = [len("".join(s[1] for s in b["segs"])) for b in built]
    trunc = {}
    for w, n in zip(WIDTHS, TRUNC_PER_WIDTH):
        cand = [k for k in range(len(built)) if lens[k] >= w + 8 and k not in trunc]
        for k in rng.sample(cand, n):
            trunc[k] = w
    rows = []
    for k, b in enumerate(built):
        segs = b["segs"]
        text = "".join(s[1] for s in segs)
        width = None
        if k in trunc:
            width = trunc[k]
        else:
            while len(text) in WIDTHS:
                segs.append(["P", ".", "", ""])
                text += "."
        flags, notes = evaluate(segs, text, width)
        narrative = text if width is None else text[:width]
        label = "red_flag" if flags else "eligible"
        if not flags:
            base = BASE_REASON.get(b["dom"], "no red-flag situation in text")
            notes = [n for n in notes] + [base]
        reason = "; ".join(notes)
        if width is not None:
            reason = "truncated at %d; %s" % (width, reason)
        b.update(narrative=narrative, width=width, label=label, flags=flags, reason=reason)
        rows.append(["B10-%04d" % (k + 1), b["ct"], narrative, label, ";".join(flags), reason, "blind10"])
    return rows, built, reds, eligs


def write(outdir):
    rows, _, _, _ = generate()
    path = os.path.join(outdir, "blind10.csv")
    with open(path, "w", newline="", encoding="ascii") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)
    return path


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    print(write(out))
