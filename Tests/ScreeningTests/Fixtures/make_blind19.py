#!/usr/bin/env python3
"""Deterministic generator for the blind19 held-out set (911/CAD narratives, red flag vs eligible).
Usage: python3 make_blind19.py [OUTDIR] [--markup SIDE.jsonl]
Writes OUTDIR/blind19.csv only; --markup also writes the marked-up (pre-cut) narratives for the checker."""
import csv
import json
import os
import random
import re
import sys

RED = r"""
weapon|$R states $S in lot waving a [[weapon:handgun]] at passing cars / last seen by blue dumpster
weapon|$S at door w/ [[weapon:knife]] in hand yelling [[threat:he'll gut her]] if ex doesnt come out / $R inside w/ 2 kids
weapon|long call, $R first asking about parking permit then says guy next to her car has a [[weapon:pistol in his waistband]] and is watching her
weapon|$R adv $S pulled a [[weapon:machete]] from backpack on the tram platform / pax backing away
weapon|shots? $R heard 3 pops then saw $S [[weapon:reloading a revolver]] by the boat launch
weapon|2nd $R: male w/ [[weapon:shotgun]] walking toward the school bus stop, {not the hunter from earlier} / loc $L
weapon|$S swinging a [[weapon:baseball bat]] at parked vehicles and at ppl on the footpath
weapon|$R says his roommate has a [[weapon:kitchen knife]] and wont put it down, locked in bathroom w/ it
weapon|{no weapons at first per RP} / update: $S now holding a [[weapon:broken bottle]] to another mans face
weapon|$S on the jetty with a [[weapon:filleting knife]] threatening the deckhand, $R hiding in the wheelhouse
weapon|ski patrol relay: guest [[weapon:brandishing a pistol]] at lift 4 line after argument over cutting in
weapon|$R advises $S has a [[weapon:gun]] on the kitchen table and is loading it / [[threat:says he'll shoot the first cop]] / kids in other room
weapon|caller is the bartender, $S came back in w/ a [[weapon:tyre iron]] looking for the bloke who glassed him
weapon|$S in the terminal bathroom, TSA says [[weapon:firearm]] seen in his carry-on after he fled screening
weapon|$R reports $S with [[weapon:crossbow]] in the backyard aiming over the fence at the neighbours
weapon|unk what started it / $S has a [[weapon:hatchet]] and is chopping at the front door of unit 6
weapon|$S waving [[weapon:box cutter]] at the clerk demanding smokes
weapon|$R saw the driver of a white ute point a [[weapon:rifle]] out the window at cyclists on $L
weapon|$S holding [[weapon:screwdriver to the throat]] of female at bus shelter, nr $L
weapon|RP in a car behind them / they r fighting and $S just pulled a [[weapon:blade]]
weapon|$S at the border crossing queue w/ a [[weapon:pistola]] in his hand per vendor
weapon|{says he owns guns legally} but now he has the [[weapon:rifle out]] and is pacing the porch yelling
weapon|$R adv male on the rail car holding a [[weapon:syringe like a weapon]] and jabbing at pax
weapon|$S threatening to swing the [[weapon:ice axe]] at the hut warden after being refused a bunk
weapon|2 males in the car park, one has a [[weapon:hammer]] raised over the other, other guy [[injury:bleeding from the head]] / $R across the road
weapon|$R says his dad got the [[weapon:deer rifle]] out of the safe and is drunk and pointing it at mom / loc $L
weapon|female w/ [[weapon:scissors]] chasing her bf around the laundromat
weapon|$S ran into the dairy holding a [[weapon:samurai sword]] / staff locked themselves in the chiller
weapon|{earlier tonight he only had a stick} / now $R sees a [[weapon:gun in his hand]] under the streetlight
weapon|neighbour heard arguing, looked over fence, $S has a [[weapon:pitchfork]] pointed at the other bloke
weapon|$R called back: the guy from before has a [[weapon:taser]] and is zapping it at ppl in the queue
weapon|hunters cabin, $R says cousin drunk and [[weapon:firing the rifle]] into the air near the kids
weapon|$S on the ferry dock with a [[weapon:harpoon]] yelling at deckhands / crew pulled gangway
weapon|$R at gas station sees man pull a [[weapon:revolver]] on the attendant
weapon|{toy gun reported earlier was returned} / new call same location: [[weapon:real pistol]] shown to the clerk, nr $L
weapon|security at the res hall say $S has a [[weapon:katana]] in the common room swinging it at ppl
weapon|$S brandishing [[weapon:machete]] at traffic on the highway shoulder
weapon|$R adv ex bf outside with a [[weapon:gun]] tapping it on the window
weapon|unhoused male threatening passers by with a [[weapon:sharpened pole]] by the underpass
weapon|$R says fight outside the pub and one of them has a [[weapon:glass bottle]] smashed and held out
weapon|$S pointed [[weapon:flare gun]] at the marina office staff after being told to move his boat
weapon|caller hushed, says intruder has a [[weapon:crowbar]] and is in the hallway / loc $L
weapon|$S w/ [[weapon:chainsaw]] running it near the neighbours face over a boundary dispute
weapon|gate agent reports pax produced a [[weapon:folding knife]] and is refusing to drop it at gate B7
weapon|$R states teen has [[weapon:dad's handgun]] in his backpack at the bus stop
weapon|$S has a [[weapon:bow and arrow]] drawn at the meter reader
weapon|long lead in about a lost dog and the owner arguing, then $R says the owner got a [[weapon:gun]] from the truck
weapon|$R sees $S [[weapon:stabbing at]] the tyres and then toward the driver with the same knife
weapon|$S sitting on the hood w/ a [[weapon:shotty]] across his lap yelling at ppl walking by
weapon|bus driver says pax has [[weapon:nunchucks]] swinging at other pax
weapon|operator on the platform: $S is holding a [[weapon:meat cleaver]] and walking train to train
violence|$R says neighbour [[violence:punching his wife]] in the driveway right now, nr $L
violence|$S [[violence:kicking a man on the ground]] outside the kebab shop / $R across the road
violence|2 females [[violence:pulling hair and punching]] on the platform at $L
violence|$R states boyfriend [[violence:choked her]] few mins ago and is still in the apt / she [[uncertainty:has to whisper]]
violence|lengthy call about a noise complaint then $R hears [[violence:someone being slapped]] and a woman crying next door, saw it thru window
violence|$R adv [[violence:fight in progress]] in the parking lot, approx 6 males, one down
violence|bouncer reports patron [[violence:headbutted]] another patron and is still swinging
violence|$S [[violence:dragging a female by her hair]] down the street toward a car / loc $L
violence|$R says her son just [[violence:pushed her down the stairs]] and is in the kitchen / she [[injury:can't move her leg]]
violence|{verbal only earlier per first caller} / 2nd $R: now [[violence:punches thrown]] at the bus stop
violence|$R hears neighbour [[violence:hitting his kids]] with a belt, can see through the window
violence|$S [[violence:beating the dog owner]] with his fists in the dog park, nr $L
violence|deckhand [[violence:assaulted]] by passenger, [[violence:hit with fists]] repeatedly, still on board
violence|teacher reports parent [[violence:slapped a child]] in the pickup lane, still in car
violence|$R says bf [[violence:strangling]] her right now, line open yelling
violence|males [[violence:brawling]] outside the pub, spilled into the road
violence|$R advises her husband [[violence:threw her against the wall]] and then left to the garage
violence|pax [[violence:spat on and shoved the gate agent]] then sat down at gate 12
violence|$S [[violence:stomping on a male]] who is curled up on the ground by the ticket machine / loc $L
violence|$R says a group [[violence:jumped a student]] outside the library and are kicking him
violence|$R states her flatmate [[violence:bit her]] and scratched her face, still in the flat
violence|RP watching from window, $S [[violence:repeatedly hitting]] the female in the passenger seat
violence|$S [[violence:shoved the elderly man]] off the tram step and is standing over him
violence|hotel clerk says guest [[violence:punched housekeeper]] in the corridor 5 min ago, still on floor 3
violence|$R says 2 guys [[violence:wrestling and punching]] on the boat ramp
violence|{no fight when first called in} / caller back: they are now [[violence:fighting]] in the road
violence|$S [[violence:kneeing the security guard]] at the entrance, nr $L
violence|$R says her dad just [[violence:smacked her mum]] in the face in the kitchen, mum [[injury:knocked out]]
violence|$R watching 2 males [[violence:trading punches]] by the ski rental shop
violence|female [[violence:being hit]] by male in the backseat of a car at the lights, $R behind them
violence|$R adv brother [[violence:attacked]] their father, [[violence:punched him multiple times]], brother still home
violence|group of youths [[violence:assaulting a homeless man]] under the bridge, kicking him
violence|$S [[violence:body slammed]] a female in the laundromat and is standing over her
violence|$R says there is a [[violence:DV in progress]] next door, can hear hitting and screaming and saw him grab her
violence|late in call $R mentions that on the way out her ex [[violence:grabbed her by the throat]], he is still in the yard
violence|$R says a man [[violence:slapped the bus driver]] and is still on the bus
violence|$R: 3 people [[violence:ganging up on one guy]] outside the bottle shop, one has a [[weapon:bat]]
violence|2 students [[violence:punching each other]] in the quad, crowd filming
violence|$S [[violence:hitting his mother]] with a closed fist per sister who is on the line / loc $L
violence|$R states her partner [[violence:smashed her head]] into the car window in the garage
violence|$S [[violence:tackled]] the cashier and is on top of him, [[police_only:had just grabbed the till drawer]]
violence|$R reports [[violence:domestic assault]], husband [[violence:kicked her]] and is in the bedroom
violence|$R says $S [[violence:attacked his carer]] with his fists, carer locked in office, nr $L
violence|hut warden says 2 trampers [[violence:fighting]] on the deck, one has a cut lip
violence|$R says cabbie [[violence:punching a passenger]] at the rank
violence|$S [[violence:throwing punches]] at the pump attendant
violence|$R adv male [[violence:pushing and hitting]] a female on the foreshore walkway
violence|{he usually just yells} but tonight $R saw him [[violence:hit her]] twice in the yard / loc $L
violence|$R reports [[violence:scuffle]] at baggage claim turned into [[violence:punching]]
threat|$S on phone told $R he is [[threat:coming over to kill her]] tonight, he is 5 min away
threat|$R states neighbour said [[threat:"I'll shoot you"]] over the fence just now
threat|$S yelling at shop staff [[threat:he will burn the place down]] with them in it
threat|$R says ex texted [[threat:gonna stab u when u get off work]] / she gets off at 10, nr $L
threat|$S threatening to [[threat:kill the landlord]], standing at the office door
threat|pax told cabin crew [[threat:he will hurt everyone on the plane]]
threat|$R adv tenant said [[threat:he will put a bullet in him]] if he comes back to the unit
threat|$S outside the school gate [[threat:threatening to kill the principal]]
threat|caller says his brother just said [[threat:"you're dead tonight"]] and left in a car toward his house
threat|$R: customer [[threat:threatening to smash the clerks face in]], still at the counter / loc $L
threat|$R reports $S [[threat:threatened to shoot up the bar]] after being cut off
threat|$S screaming at neighbours [[threat:I'm gonna kill all of you]] from the balcony
threat|$R says bf [[threat:threatening to kill her]] if she calls anyone, she is in the bathroom
threat|$S on the tram [[threat:threatening to stab the driver]] if he doesnt open the door
threat|$R says the man she owes money to [[threat:said he'd break her legs]] and is parked out front, [[weapon:bat on the seat]]
threat|guest at the lodge [[threat:threatening to hurt staff]] over a refund, won't leave front desk
threat|$R adv ex [[threat:just threatened to torch]] her car, he is in the lot
threat|$R says nephew threatening [[threat:to kill grandpa]] and refuses to leave, nr $L
threat|$S [[threat:threatening to run over]] the parking warden, engine revving
threat|dock worker says $S [[threat:threatened to drown him]] and is following him on the pier
threat|$R states former employee called and [[threat:said hes coming to shoot the place up]] today
threat|{he did not threaten anyone yesterday} / today he [[threat:said he would kill her]] and is driving over
threat|$R says brother is [[threat:threatening to hurt mom]] and throwing dishes / loc $L
threat|$S [[threat:threatening ppl w death]] outside the liquor store
threat|$R advises roommate [[threat:threatened to slit her throat]] while she slept, roommate is home now
threat|pax in security line [[threat:says he will kill the screener]]
threat|$R says the guy at the gate [[threat:threatening to beat]] the security guard
threat|student told $R he is [[threat:gonna hurt people at the dorm]] tonight
threat|$R: ex showed up [[threat:saying he's gonna kill the new bf]], in the stairwell now
threat|$S yelling [[threat:threats to kill]] at the bus driver, nr $L
threat|$R says neighbour [[threat:threatening to set the dog on her]] and hurt her kids, in front yard now
threat|long call re parking argument, at end $R says the other driver [[threat:said hed come back and end her]]
threat|$R says husband [[threat:threatening to kill the kids]] and [[suicide:himself with the shotgun]]
threat|hunting guide says client [[threat:threatened to shoot him]] at camp
threat|$R: male at ticket window [[threat:threatening to hurt the clerk]] over fare / loc $L
threat|$S texting $R [[threat:ur dead]] and [[threat:im outside]]
threat|$R reports $S [[threat:threatening to bash]] her at the bus shelter
threat|$R states ex keeps calling [[threat:threatening to come kill her]] tonight
threat|$S [[threat:threatened to stab]] his flatmate and is [[weapon:holding a kitchen knife]] now, flatmate in the bathroom
threat|tenant [[threat:threatening to kill]] the repair man in the hallway, nr $L
threat|2nd caller confirms: $S [[threat:making threats to kill]] at the slipway
threat|$R says sons friend [[threat:threatening to shoot]] her son at the skate park
threat|$R adv her uncle is [[threat:threatening to hurt her]] and blocking the door
threat|$S [[threat:threatening the crew]] with violence on the trawler
threat|caller says the guy in 4B [[threat:said he'd cut me]] and is banging on her door
threat|$R advises pax [[threat:threatened to assault the driver]] and won't get off
threat|$S [[threat:threatening to kill]] the ski lift operator
threat|$R: customer [[threat:said he'll come back and shoot everyone]] then walked to his truck / loc $L
threat|{not threatening anyone per 1st RP} / per 2nd RP $S is now [[threat:threatening to hurt]] the cashier
threat|$R says man [[threat:threatening to beat his wife]] in the caravan next door
injury|$R found $S [[injury:unconscious]] in the stairwell
injury|$S [[injury:not breathing]] per $R, lips blue
injury|$R says husband [[injury:having a seizure]] on the kitchen floor, nr $L
injury|$S [[injury:bleeding heavily]] from the arm after falling through a window
injury|$R states friend [[injury:took a bunch of pills]] and wont wake up
injury|elderly female [[injury:fell and hit her head]], bleeding, on the bathroom floor
injury|$R reports male [[injury:clutching his chest]] on the tram, pale and sweating
injury|$R says mum [[injury:face drooping]] and [[injury:slurred speech]] since 10 min
injury|$R advises son [[injury:diabetic]] and [[injury:unresponsive]] / loc $L
injury|$S [[injury:anaphylaxis]] after peanuts, [[injury:throat swelling]]
injury|$R says toddler [[injury:pulled from the pool]], [[injury:not breathing]]
injury|hiker [[injury:hypothermic]] found at trailhead, not responding properly
injury|long call about neighbour noise, at end $R says neighbour [[injury:collapsed]] in the hall
injury|$R says pax [[injury:fainted]] at gate 4 and [[injury:hit head]], not responding
injury|$S [[injury:overdosing]] in the station toilet per cleaner, narcan requested, nr $L
injury|$R states $S [[injury:burned]] badly on arms from a grease fire
injury|$R adv worker [[injury:heat stroke]], confused, stopped sweating
injury|$S [[injury:OD]] in the car park, friend doing CPR / [[police_only:dealer still there]] in a silver car
injury|{no injuries reported at first} / update: driver [[injury:bleeding from head]] / loc $L
injury|$R says his wife [[injury:can't breathe]], asthma, inhaler not working
injury|$R reports man [[injury:fell off ladder]], can't move legs
injury|man [[injury:fell through the ice]] on the harbour, pulled out, [[injury:shaking and confused]]
injury|$R says $S [[injury:unresponsive]] on the footpath, breathing shallow
injury|student [[injury:passed out]] at party, [[injury:vomiting while unconscious]]
injury|$R says grandad [[injury:chest pains]] and sweating, 78 yo
injury|$R states skier [[injury:hit a tree]], [[injury:not moving]]
injury|$S [[injury:seizing]] on the platform
injury|$R states wife [[injury:bleeding]] heavily after birth at home, nr $L
injury|$R reports elderly male [[injury:fallen]], [[injury:hip deformed]], can't get up
injury|$R says daughter [[injury:swallowed bleach]]
injury|$R says her brother [[injury:cut his hand badly]], [[injury:spurting blood]]
injury|friend [[injury:turning blue]] after smoking something / loc $L
injury|$R advises [[injury:cardiac arrest]], CPR in progress
injury|10-52 requested, [[injury:code 3]], male down in the road
injury|$R says her husband [[injury:hypoglycemic]], sweaty, confused
injury|$S [[injury:stung by bees]], [[injury:face swelling]], nr $L
injury|$R states baby [[injury:choking]], can't cry
injury|$R: boat capsized, one person [[injury:hypothermia]], [[injury:shivering uncontrollably]]
injury|$S [[injury:convulsing]] behind the bar
injury|$R says pax [[injury:collapsed]] in the jet bridge
injury|$R reports a man [[injury:bleeding from the neck]] at the bus stop
injury|$R states her dad [[injury:stroke symptoms]], one arm weak / loc $L
injury|female [[injury:fell down stairs]], [[injury:bleeding from head]], confused
injury|$R says mate [[injury:drowning]] at the river bend
injury|$R says $S [[injury:unconscious]], [[injury:snoring breathing]], [[suicide:note and empty pill bottle]] next to him
injury|$R says his son [[injury:overdosed]] on heroin, [[injury:not waking up]]
injury|{no medical issues per first RP} / 2nd RP: $S [[injury:not breathing]]
injury|$R says her mother [[injury:fell]] and [[injury:can't get up]], [[injury:bleeding from arm]], nr $L
injury|worker [[injury:crushed]] by pallet at the wharf, [[injury:conscious but screaming]]
injury|$R advises [[injury:severe allergic reaction]], epipen used, still swelling
suicide|$R says $S [[suicide:on the bridge railing]] saying hes going to jump
suicide|$S texted $R [[suicide:goodbye and a photo of pills]]
suicide|$R says her son [[suicide:has a rope]] and says he is [[suicide:going to hang himself]]
suicide|$S [[suicide:holding a knife to own wrist]], saying no one cares / loc $L
suicide|$R says friend [[suicide:took a bottle of pills]] to end it
suicide|$R advises husband [[suicide:locked in garage with car running]]
suicide|$S [[suicide:standing on the platform edge]] saying he'll step in front of the next train
suicide|$R states brother [[suicide:has a gun]] and [[suicide:says he'll kill himself]], [[weapon:waving it]] at the family
suicide|$S on the roof of the parking garage [[suicide:threatening to jump]]
suicide|$R says her mother [[suicide:cut her wrists]] in the bath, [[injury:lots of blood]]
suicide|$R: $S posted [[suicide:live video saying tonight is the night]] with a rifle
suicide|$R states $S [[suicide:walking into the lake]] with clothes on, says she is done
suicide|student [[suicide:wrote a suicide note]] and [[suicide:left with pills]]
suicide|$S [[suicide:wants to die]] and [[suicide:has the rope ready]] in the shed, nr $L
suicide|$R says the man on the jetty [[suicide:tied weights to himself]]
suicide|{he has talked about it before} / now $R says $S [[suicide:has the gun in his mouth]]
suicide|long call about his rent being late, then $R says he [[suicide:has pills lined up]] and will take them when he hangs up
suicide|$R says daughter [[suicide:overdosed on purpose]], awake but drowsy
suicide|$S [[suicide:sitting on the ledge]] of the 6th floor window
suicide|$R says veteran [[suicide:said goodbye and has his pistol]]
suicide|pax [[suicide:climbed over the barrier]] at the overpass
suicide|$R states roommate [[suicide:trying to hang herself]] / loc $L
suicide|$R advises $S [[suicide:drove off saying he'll crash the car into a tree]]
suicide|$S [[suicide:suicidal with plan]] to jump off the harbour bridge tonight
suicide|$R says friend [[suicide:slit her wrist]] and is sitting in the bathroom
suicide|$R: $S [[suicide:taking all his insulin]] to end it
suicide|$S [[suicide:says he will shoot himself]], rifle in the cab of the truck, nr $L
suicide|$R says her bf [[suicide:cutting himself]] and says he wants to bleed out
suicide|$R states man on the tram tracks [[suicide:lying down waiting for the train]]
suicide|{not suicidal per last welfare check} / today $S [[suicide:has a noose]] in the barn
suicide|$R says teen [[suicide:swallowed pills]] after breakup, [[suicide:wants to die]]
suicide|$S [[suicide:threatening to jump]] from the ski lift chair
suicide|$R says $S [[suicide:walked out onto the ice]] saying goodbye
suicide|$R says father [[suicide:has a knife]] and [[suicide:says he will end his life]] / loc $L
suicide|$S [[suicide:attempting suicide]] per $R
suicide|$R reports $S [[suicide:gassing himself]] in the tent with the stove
suicide|$R says sister [[suicide:plans to jump]] tonight from the cliffs, has [[suicide:written letters]]
suicide|$R says he is [[suicide:going to overdose]] when his wife leaves, has the pills, nr $L
suicide|$S [[suicide:standing in the road]] trying to get hit by trucks
suicide|$R states mate [[suicide:drank antifreeze]]
suicide|$R advises pax [[suicide:trying to jump off the jet bridge]]
suicide|$R says caller's son [[suicide:loaded the gun]] and locked himself in
suicide|$R: female [[suicide:on the wrong side of the railing]] at the pier end
suicide|$S [[suicide:said he'll hang himself]] in the cell block toilet
suicide|$R says her partner [[suicide:is going to end it]] tonight, has bought rope / loc $L
suicide|$R adv male [[suicide:sitting on the tracks]] wont move, says he wants it over
suicide|$R: $S [[suicide:suicidal]], [[suicide:has a razor blade]] and is cutting, [[threat:says he'll cut anyone who comes in]]
suicide|$R says friend [[suicide:wants to kill himself]] with the hunting rifle tonight
suicide|$R says her husband left a [[suicide:note saying goodbye]] and took the shotgun
suicide|caller says she [[suicide:took 40 tablets]] and is starting to feel sleepy
police_only|$R says someone [[police_only:breaking into]] the house next door right now
police_only|$R reports male [[police_only:trying car door handles]] in the lot right now, nr $L
police_only|$R advises [[police_only:burglary in progress]], hears glass breaking downstairs
police_only|$R reports [[police_only:drunk driver]] swerving on $L
police_only|$R says a man [[police_only:grabbed a child]] and put her in a van
police_only|$R states her [[police_only:4 yo is missing]] from the yard
police_only|$R says [[police_only:hit and run]], driver [[police_only:walking away]] on foot / loc $L
police_only|store security reports [[police_only:shoplifter fighting staff]]
police_only|$R says [[police_only:robbery just occurred]], suspect ran toward $L
police_only|$R advises [[police_only:toddler alone in a hot car]] in the lot
police_only|$R reports [[police_only:someone in her house]], she is outside
police_only|$R states [[police_only:car theft in progress]], nr $L
police_only|$R: [[police_only:impaired driver]] going wrong way on the highway
police_only|$R reports [[police_only:child left alone]] at home, 3 yo, crying at window
police_only|$R says a man [[police_only:exposing himself]] to kids at the playground now
police_only|$R says [[police_only:kid missing]], 5 yo, last seen 20 min ago / loc $L
police_only|$R reports [[police_only:intruder]] in the back yard, trying the door
police_only|$R adv [[police_only:purse snatch]] just occurred, suspect still in the food court
police_only|$R says [[police_only:driver passed out at the wheel]] at the lights, engine running
police_only|$R states [[police_only:break in]] at the marina shed, flashlights inside
police_only|$R reports [[police_only:armed robbery]] at the servo just now, [[weapon:pistol]] shown, suspect on foot
police_only|$R says [[police_only:child abducted]] by noncustodial father, heading north, nr $L
police_only|$R states [[police_only:someone stealing the catalytic converter]] from her car right now
police_only|teacher reports [[police_only:6 yo missing]] from the field trip at the zoo
police_only|$R says [[police_only:intoxicated driver]] leaving the pub car park
police_only|$R reports [[police_only:kids being left]] in a car while mom is in the casino
police_only|$R says driver [[police_only:hit a cyclist and ran]] into the shop on the corner, cyclist [[injury:not moving]]
police_only|$R reports [[police_only:prowler]] looking in windows right now
police_only|$R says male [[police_only:smashing car windows]] in the lot / loc $L
police_only|$R: [[police_only:break-in]] at the ski lodge, person inside
police_only|$R says [[police_only:missing toddler]] at the beach
police_only|$R reports [[police_only:male following kids]] home from school, trying to get them in car
police_only|$R says [[police_only:someone broke in]] and is still inside the garage
police_only|$R states [[police_only:drunk guy driving]] a forklift at the wharf
police_only|$R reports [[police_only:stolen car]], thief still driving it around the block, nr $L
police_only|$R says [[police_only:someone stole]] a bag from a pax and is still at gate 9
police_only|$R says a [[police_only:baby left in a car]], windows up
police_only|$R says [[police_only:suspect still on scene]] after robbing the food truck
police_only|$R reports [[police_only:burglar]] in the neighbour's garden
police_only|$R says [[police_only:erratic driver]] almost hit kids at crossing, still driving
police_only|$R says [[police_only:child endangered]], parent passed out with baby in car / loc $L
police_only|$R reports [[police_only:vehicle prowl]] in progress in parking garage
police_only|$R says [[police_only:suspect is hiding]] in the shed after stealing the quad bike
police_only|$R: [[police_only:2 yo wandered off]] at the market
police_only|$R reports [[police_only:drunk driving]] on the ice road
police_only|$R says [[police_only:person trying to open]] the back window
police_only|$R states [[police_only:hit and run]], driver [[police_only:still in the car park]], nr $L
police_only|$R says male [[police_only:stealing from cars]] right now on $L
police_only|$R reports [[police_only:carjacking]] just happened, suspect on foot
police_only|$R says [[police_only:daughter missing]], 7 yo, not answering
uncertainty|$R [[uncertainty:whispering]], says someone is here, then hung up
uncertainty|[[uncertainty:open line]], female crying, male yelling in background / loc $L
uncertainty|$R [[uncertainty:disconnected mid sentence]] after saying help me
uncertainty|[[uncertainty:unknown problem]], $R only saying come quick
uncertainty|$R says she [[uncertainty:can't talk]], answering yes/no only
uncertainty|$R hears [[uncertainty:screaming]] next door, can't see anything, nr $L
uncertainty|$R's therapist reports [[uncertainty:client made threats]] about her ex, duty to warn
uncertainty|[[uncertainty:911 hang up]], callback went to voicemail, [[uncertainty:screaming heard]] before disconnect
uncertainty|$R says neighbour [[uncertainty:yelling for help]] in the basement
uncertainty|[[uncertainty:silent call]], heard [[uncertainty:thuds]] and a woman crying / loc $L
uncertainty|$R says she is [[uncertainty:being held]] and can't say more
uncertainty|$R texting 911, [[uncertainty:can't speak]], someone in the house
uncertainty|$R hears [[uncertainty:loud bangs and screams]] from apartment 12, then a woman yelling [[violence:he's hitting me]]
uncertainty|$R advises [[uncertainty:unknown trouble]], woman waved from car for help, nr $L
uncertainty|$R hears [[uncertainty:crashing and a woman pleading]] upstairs
uncertainty|[[uncertainty:line went dead]] after $R said he's back
uncertainty|counselor reports [[uncertainty:client said he'd hurt his boss]], duty to warn
uncertainty|$R hears [[uncertainty:someone screaming stop]] from the boat
uncertainty|$R says [[uncertainty:child screaming]] in the house next door, unk why / loc $L
uncertainty|[[uncertainty:open line]], sounds of struggle, male voice [[threat:I'll kill you]]
uncertainty|$R says she is [[uncertainty:in the closet]] and he's looking for her, hung up
uncertainty|pax [[uncertainty:passed a note]] to flight attendant, says help
uncertainty|$R hears [[uncertainty:gunshot like sounds]] and screaming from the woods
uncertainty|$R [[uncertainty:asking for pizza]] delivery, answering only yes/no
uncertainty|[[uncertainty:call dropped]] mid sentence, $R said he has a
uncertainty|$R hears [[uncertainty:a woman screaming]] in the flat upstairs, unk what
uncertainty|$R says [[uncertainty:someone yelling help]] from the tram tunnel
uncertainty|$R [[uncertainty:whispering]] intruder is still in the house, nr $L
uncertainty|$R says she [[uncertainty:can't say]], he's right here
uncertainty|[[uncertainty:abandoned call]], heard [[uncertainty:crying child]] and yelling
uncertainty|$R says [[uncertainty:unknown emergency]], hung up
uncertainty|$R states she heard [[uncertainty:a thud and then silence]] next door, woman was screaming before / loc $L
uncertainty|$R hears [[uncertainty:banging and crying]] from the shed
uncertainty|$R says [[uncertainty:text-to-911]], he is outside my door
uncertainty|$R reports [[uncertainty:help screamed]] from the river bank
uncertainty|school counselor reports [[uncertainty:student said he'd hurt classmates]], duty to warn
uncertainty|$R hears [[uncertainty:man yelling I'll kill you]] from the next unit, no visual, nr $L
uncertainty|$R says [[uncertainty:car pulled over]], woman inside mouthed help
uncertainty|$R [[uncertainty:breathing heavily]], not responding to questions
uncertainty|[[uncertainty:open line]], woman saying please stop
uncertainty|$R says [[uncertainty:unknown situation]], lots of yelling / loc $L
uncertainty|$R hears [[uncertainty:muffled screaming]] from the car boot
uncertainty|$R advises [[uncertainty:hostage]], won't say more
uncertainty|[[uncertainty:disconnected]] after $R said help
uncertainty|$R says [[uncertainty:screams from the cabin]] and door slamming
uncertainty|$R hears [[uncertainty:someone crying for help]] at the marina
uncertainty|$R says [[uncertainty:can't talk freely]], husband listening, nr $L
uncertainty|psychologist advises [[uncertainty:patient threatened his ex]], duty to warn
uncertainty|$R hears [[uncertainty:glass breaking and screaming]] next door
uncertainty|[[uncertainty:call cut off]] after $R said hes got a
violence|$R says two males [[violence:fist fighting]] in the hotel lobby, one on the floor now / loc $L
"""

ELIG = r"""
noise|$R complains of loud music from $L, bass thumping since 2300
noise|party at the halls, music loud, $R wants it turned down, {no fighting}
noise|$R says dog barking for 3 hrs next door
noise|loud generator running at the campsite after quiet hours
noise|$R reports neighbours revving motorbikes in the street
noise|loud karaoke at unit 4, $R tried knocking, no answer
noise|$R says construction noise starting at 5am at the wharf
noise|boat horn sounding repeatedly in the marina, no one aboard, annoying $R
noise|$R reports loud arguing and laughing from the pub beer garden, {no one fighting}
noise|fireworks in the paddock, $R says it's scaring horses
noise|$R says snow groomer beeping all night behind the lodge
noise|loud tv upstairs, $R says it's every night, nr $L
noise|$R hears <<uncertainty:screaming>> next door / ((it was kids on a trampoline, laughing))
noise|$R complains of loud music from the tram stop, busker with amp
noise|loud party in the dorm, {no fights}, just loud
noise|$R says the neighbour's wind chimes are keeping her up
noise|loud music from a parked car with the doors open on $L
verbal_dispute|$R and her bf arguing over money, {no hitting}, she wants him to leave
verbal_dispute|2 neighbours yelling over a fence line, {no threats}
verbal_dispute|customers arguing over a parking spot, {no physical} / loc $L
verbal_dispute|$R says her son is yelling at her about the wifi, {nothing physical}
verbal_dispute|pax arguing with gate agent about a seat, {calm now}
verbal_dispute|$R reports a verbal argument between flatmates, {no weapons}
verbal_dispute|2 fishermen yelling over who gets the berth, {no threats made}
verbal_dispute|$R and landlord arguing over the bond, {verbal only}
verbal_dispute|couple shouting in the car park at the ski field, {no violence seen}
verbal_dispute|$R says the neighbour keeps swearing at her over the bins, nr $L
verbal_dispute|brothers arguing at the family bbq, {no one hurt}
verbal_dispute|$R says her ex yelling on the phone about custody, {no threats}
verbal_dispute|verbal between driver and pax over the fare
verbal_dispute|2 students yelling in the hallway over a group project
verbal_dispute|$R reports <<violence:fight>> at the bus stop / ((turned out verbal only, they walked off separately))
verbal_dispute|$R and $S arguing at the cabin, {no hitting}, $R wants advice
verbal_dispute|mother and teen daughter shouting over curfew, {verbal only} / loc $L
welfare_no_danger|$R asks for a welfare check on her elderly mum, hasn't answered phone today
welfare_no_danger|$R concerned for neighbour, mail piling up, {no smell}
welfare_no_danger|welfare check requested on a man sitting on a bench for 2 hrs, {looks ok}
welfare_no_danger|$R asks for check on her adult son, missed dinner, {no concerns of harm}
welfare_no_danger|welfare check on the bloke in the boat at the jetty, {awake and waving}
welfare_no_danger|$R says elderly man seems confused at the bus stop, {not hurt}, nr $L
welfare_no_danger|check on the tramper overdue by 1 hr, {weather fine}
welfare_no_danger|$R requests check on her friend who sounded sad on the phone, {no talk of harm}
welfare_no_danger|welfare check on the woman walking on the highway shoulder, {seems fine}
welfare_no_danger|$R says man sleeping in car with engine off in the lot, {breathing fine}
welfare_no_danger|$R asks for welfare check on her dad, hasn't heard in 2 days
welfare_no_danger|welfare check on student in dorm, roommate says he isn't eating
welfare_no_danger|$R says pax asleep at gate for 6 hrs, {responds when spoken to}
welfare_no_danger|$R found <<injury:man down>> on the footpath / ((he sat up, says he was just resting))
welfare_no_danger|check on an old lady feeding ducks in the rain, {no injury} / loc $L
welfare_no_danger|$R asks for check on a man at the tram stop talking to himself, {calm}
welfare_no_danger|welfare check requested on elderly fisherman at pier end, {just fishing}
past_theft|$R reports bike stolen from the rack sometime overnight
past_theft|$R says her car was broken into last night, {suspect long gone}
past_theft|$R reports a package stolen from porch yesterday
past_theft|theft from the boat shed last week, $R just noticed
past_theft|$R says wallet taken at the pub on friday
past_theft|$R reports shoplifting earlier today, {suspect left an hour ago}, nr $L
past_theft|$R says tools stolen from the ute overnight
past_theft|skis stolen from the rack at the lodge this morning, {no suspect}
past_theft|$R says someone stole her phone on the tram 2 days ago
past_theft|$R reports a stolen license plate, noticed this am
past_theft|luggage stolen from baggage claim earlier, {no one on scene}
past_theft|$R reports <<police_only:burglary>> / upd: ((occurred over the weekend, no one there now))
past_theft|$R says fuel siphoned from truck overnight
past_theft|$R reports a stolen kayak from the beach last week
past_theft|$R says his laptop stolen from the library yesterday
past_theft|$R reports stolen mail, happened over a week / loc $L
past_theft|$R says crab pots stolen from the dock sometime last night
found_property|$R found a wallet on $L, no ID just cards and a bus pass, wants it logged
found_property|found a set of car keys w/ a moose keychain at the tram stop bench, owner unk
found_property|$R found a backpack left in the library carrel since this morning, {nothing suspicious inside, just textbooks}
found_property|$R found a kids bike dumped in the bushes behind the co-op, {no one around}, wants it collected
found_property|lodge desk has a phone handed in from the gondola, battery dead, asking who takes it
found_property|$R found a passport on the floor by gate 3 after the Dublin flight boarded
found_property|$R found a {kitchen knife} in the park by the bbq, {no one around}, wants it picked up
found_property|$R found old {ammunition} in grandpa's shed while cleaning out the estate, wants safe disposal
found_property|found an empty kayak pulled up high on the beach, {tied off, owner known to the harbourmaster}
found_property|$R found a dog collar and a set of keys at the dog park, thinks same owner
found_property|$R found a {used syringe} on the footpath outside the dairy, wants sharps pickup
found_property|unattended suitcase at the bus station {claimed by owner while on the phone}, cancel, nr $L
found_property|$R found a purse in a shopping trolley at the supermarket, cash still in it
found_property|$R found a credit card left in the atm at $L, bank closed till monday
found_property|deckhand found a phone and a bag of fishing gear on the ferry seat after the last sailing
found_property|$R found an {old rifle} wrapped in a blanket in the attic, {no ammo, wants it collected}
found_property|child's car seat and a pram found on the roadside by the cattle grid, {no child, no car nearby}
passive_si|$R says he feels hopeless, {no plan}, wants to talk to someone
passive_si|$S says he sometimes wishes he wouldn't wake up, {no plan or means}
passive_si|$R requests counselling for her daughter who is sad, {no intent} / loc $L
passive_si|$R calm, says she has dark thoughts, {no plan}, wants a counselor
passive_si|student says he is stressed and thinks about not being here, {no plan}
passive_si|$R says her bf talks about being better off dead, {no plan, no means}
passive_si|$S lonely, wants someone to talk to, {denies plan}
passive_si|$R wants info on a crisis line for her brother, {not in danger now}, nr $L
passive_si|$R says she's not coping, {no intent to harm self}
passive_si|veteran calling for support, says rough week, {no plan}
passive_si|$S says life feels pointless, {denies wanting to act on it}
passive_si|$R says friend posted sad stuff online, {no plan mentioned} / loc $L
passive_si|$R says her dad is depressed, {no weapons, no plan}, wants resources
passive_si|$R calm, asking about counselling after a loss
passive_si|$S told teacher he feels down, {no plan or intent}
passive_si|$R says <<suicide:he wants to end it>> - on recontact / ((clarified he meant end the relationship)), nr $L
passive_si|$R says she is sad and needs to talk, {safe at home}
refusing_to_leave|$S refusing to leave the store after closing, {no threats}
refusing_to_leave|$S won't leave the lobby, sitting quietly
refusing_to_leave|guest refusing to check out at the lodge, {calm}
refusing_to_leave|$S sitting in the waiting room, won't leave, {no threats} / loc $L
refusing_to_leave|pax refusing to get off the tram at the end of the line, {not aggressive}
refusing_to_leave|$S won't leave the pub at closing, {no violence}
refusing_to_leave|man refusing to leave the library after hours
refusing_to_leave|$S refuses to leave the terminal after last flight, {calm}
refusing_to_leave|$S sitting on the stoop, won't leave, {no threats}
refusing_to_leave|$S won't get off the bus, {sleeping}
refusing_to_leave|ex bf won't leave the porch, {no threats}, $R wants him gone
refusing_to_leave|$S refusing to leave the boat ramp, {just argumentative}
refusing_to_leave|$S won't leave the laundromat, {quiet}, nr $L
refusing_to_leave|tenant refusing to leave after lease ended, {civil}
refusing_to_leave|$S won't leave the diner, {calm}
refusing_to_leave|$S won't leave the ER waiting area, {no threats made}
refusing_to_leave|$S refuses to leave the dorm lounge, {not aggressive}
intox_fine|$S intoxicated sitting on the curb, {talking fine} / loc $L
intox_fine|drunk male singing at the tram stop, {no issues}
intox_fine|$R says a drunk woman asking for a ride, {alert}
intox_fine|$S intoxicated at the pub, {walking ok}, needs a ride
intox_fine|$R reports drunk student in the hallway, {awake and talking}
intox_fine|$S tipsy on the ferry, {no trouble}
intox_fine|intoxicated man asking for directions at the airport, {steady on feet}
intox_fine|$S drunk on the bench, {responds, ok}
intox_fine|$S intoxicated in the lodge lobby, {no issues}
intox_fine|$R says a drunk man is wandering the car park, {on foot, no car}, nr $L
intox_fine|$R reports a <<injury:passed out>> male / ((woke up and walked off))
intox_fine|$S intoxicated, laughing, {no injury}
intox_fine|drunk bloke asleep on the beach, {breathing normally}
intox_fine|$R says her son is drunk at home, {no trouble}, wants advice
intox_fine|$S smells of alcohol, asking for change, {polite} / loc $L
intox_fine|$S intox at the bus station, {just needs a place to sit}
intox_fine|drunk hiker at the hut, {fine}
unhoused_sleeping|$S sleeping in the doorway of the pharmacy, staff want him moved before opening at 8
unhoused_sleeping|unhoused man asleep on a bench at $L, {snoring, breathing fine}, rain coming in
unhoused_sleeping|$S sleeping under the bridge on a pile of cardboard, {sat up and waved at $R}
unhoused_sleeping|woman asleep in the bus shelter w/ a shopping cart, $R worried about the cold tonight, nr $L
unhoused_sleeping|$S camping in the reserve near the playground, 2 tents, parents complaining
unhoused_sleeping|man sleeping across 3 seats in the tram shelter, {no issues}, blocking the ramp
unhoused_sleeping|$S sleeping on the floor at gate 2 overnight, no boarding pass, {polite when woken}
unhoused_sleeping|tent pitched at the trailhead car park for the 4th night, ranger asked to advise
unhoused_sleeping|$S asleep on the library steps with his dog, staff cant open the doors
unhoused_sleeping|$S sleeping in the stairwell of the parkade, {responsive, says he'll move}
unhoused_sleeping|$S sleeping in a car overnight at the beach lot, {windows fogged, waved when knocked}
unhoused_sleeping|man sleeping in the boat shed at the club, {known to members, no problem}, wants him referred to shelter
unhoused_sleeping|$S sleeping behind the pub next to the kegs, staff want him moved on
unhoused_sleeping|$S asleep in the laundromat since 2am, owner wants outreach not police
unhoused_sleeping|$R reports a <<injury:man not moving>> in the snow / update / ((he was asleep, woke up when called, wants a ride to the shelter))
unhoused_sleeping|$S sleeping in a sleeping bag at the bus stop, -12 tonight, requests outreach van / loc $L
unhoused_sleeping|$S sleeping in the ATM vestibule at the credit union, {no problem}, bank wants him moved
resolved_alarm|$R reports <<weapon:man with gun>> / 2nd call: ((turned out to be a camera tripod))
resolved_alarm|$R reports <<violence:fight>>, callback: ((were just play fighting))
resolved_alarm|$R says <<injury:man collapsed>> / per caller now / ((got up and is fine)), nr $L
resolved_alarm|<<uncertainty:open line>> .. correction: ((callback, pocket dial, all ok))
resolved_alarm|$R reports <<police_only:break in>> / upd: ((it was the owner locked out))
resolved_alarm|$R reports <<threat:threatening texts>> - on recontact / ((misunderstanding, was a joke))
resolved_alarm|$R says <<weapon:knife>> / 2nd call: ((it's a butter knife for the picnic)) / loc $L
resolved_alarm|$R reports <<uncertainty:screaming>>, callback: ((kids at a party))
resolved_alarm|$R says <<injury:not breathing>> / per caller now / ((baby breathing fine now))
resolved_alarm|$R reports <<police_only:drunk driver>> .. correction: ((car parked, engine off, driver walked home))
resolved_alarm|$R says <<suicide:going to jump>> / upd: ((said he was joking about the lake swim))
resolved_alarm|<<uncertainty:disconnected call>> - on recontact / ((callback, kid playing with phone)), nr $L
resolved_alarm|$R reports <<weapon:shots fired>> / 2nd call: ((fireworks))
resolved_alarm|$R reports <<police_only:child missing>>, callback: ((found in the neighbour's yard))
resolved_alarm|$R says <<injury:seizure>> / per caller now / ((it was a dog))
resolved_alarm|$R reports <<violence:assault>> .. correction: ((turned out to be a theatre rehearsal)) / loc $L
resolved_alarm|$R says <<threat:threatened>> / upd: ((it was a song lyric))
history_only|$R says neighbour {had a gun last year}, now just playing loud music
history_only|$S {was arrested for assault in 2019}, now just sitting on the porch
history_only|$R says ex {used to threaten her}, wants advice on custody, nr $L
history_only|$R mentions her son {overdosed last year}, now just asking for resources
history_only|$R says {there was a stabbing here last month}, now just noise
history_only|$S {has history of violence}, currently calm at the bus stop
history_only|$R says {husband hit her years ago}, they are divorced, asking about paperwork / loc $L
history_only|$R says {her brother attempted suicide in 2020}, he is doing well now
history_only|{prior DV at this address}, today just a noise complaint
history_only|$R says {bf was violent in past}, wants to get her stuff with standby
history_only|{known to carry knife per old notes}, today just panhandling, nr $L
history_only|$R says neighbour {was robbed last year}, asking for patrols
history_only|{hx of seizures}, now asking for a ride home
history_only|$S {made threats last month}, now just walking by
history_only|$R mentions {there was a fight here on saturday}, wants lights fixed / loc $L
history_only|$R says {mum fell last week}, now ok, wants a referral
history_only|{previous weapons call at this address} / today lockout
negated_danger|$S yelling at traffic on $L, {no weapons seen}, {no threats}, just upset about a parking ticket
negated_danger|$R says man pacing outside the clinic talking loud, {no weapon}, {not threatening anyone}
negated_danger|$S upset and crying at the front desk, {denies SI}, {no injuries}, wants to talk to someone
negated_danger|$R reports argument in the carpark, {no one hurt}, {no weapons}, both still talking, nr $L
negated_danger|$S crying on the phone to $R, {no plan to harm self}, {no means}, wants a callback
negated_danger|$S agitated at the ticket window, {no violence}, {no weapons seen}, calmed once refunded
negated_danger|$R says kid fell off his scooter, {no one is bleeding}, just a scraped knee, wants advice
negated_danger|$R says {no fight}, just loud talking outside the takeaway, nobody touching anybody / loc $L
negated_danger|$S talking to himself at the stop, {no threats}, {not aggressive}, {no weapon visible}
negated_danger|$R heard bangs, says {nobody has a gun}, it was a car backfiring on the hill
negated_danger|$S upset at the gate about a missed connection, {no threats to staff}, raising voice only
negated_danger|$R says her flatmate is hard to wake, {no one is unconscious}, just sleepy after night shift
negated_danger|$S shouting at the bouncer, {no weapons}, {nothing physical}, has now walked off
negated_danger|$R states she is {not suicidal}, just had a rough day and wants to talk to a counselor, nr $L
negated_danger|$S pacing on the platform, {not near the edge}, {no threats}, muttering about the timetable
negated_danger|$R found her back door open when she got home, {no one is in the house}, {nothing taken}
negated_danger|$S crying on the pier, {not near the water}, {no plan}, says she is waiting for her ride
toys_props|$R reports 3 kids with {toy guns} running around the park, orange tips visible
toys_props|$S walking down $L with a {prop sword} and full costume, heading to the comic convention
toys_props|$R says man in the yard with a {nerf gun} chasing his kids, she was worried at first
toys_props|$R reports {airsoft} game in the woods behind the subdivision, players in camo / loc $L
toys_props|kids squirting each other w/ {water pistols} at the beach, $R says one looked real from far
toys_props|$R says a man w/ a {cardboard knife} in a zombie costume on the tram, {part of a pub crawl}
toys_props|$R reports {paintball} pops in the paddock, thought it was shots at first
toys_props|$R says {plastic gun} displayed in the pawn shop window is scaring people
toys_props|{prop rifles} for a film shoot on $L, crew has a permit, $R wasn't told
toys_props|daycare reports a {toy knife} in a kids lunchbox, wants advice
toys_props|$R sees students dueling with {foam swords} on the quad, {LARP club}
toys_props|$R concerned about a {replica gun} in a display case at the airport shop, nr $L
toys_props|$R reports man {dressed as a pirate with a plastic cutlass} at the marina festival
toys_props|$R says {cap gun} noises from kids down the street, no one hurt
toys_props|$R sees {bb gun target practice} in the backyard, {aimed at cans}, {no one downrange}
toys_props|kids waving {lightsabers} on the tram, other pax annoyed by the noise
toys_props|$R says neighbours porch has {fake blood and a dummy body} for halloween, looks too real
idioms|$R says her boss is {going to kill her} if she's late, needs a tow / loc $L
idioms|$R says he's {dying to} get home, car broke down
idioms|$S says {this traffic is murder}, asking for road status
idioms|$R says {I could strangle him} about her son's messy room, wants advice
idioms|student says the exam {killed him}, asking for a ride
idioms|$R says {the band is shooting} a video on the pier, asking about permits
idioms|$R says {we're dead in the water}, boat engine stalled
idioms|$S says {she's going to shoot} photos at the park, asking permit, nr $L
idioms|$R says {it's a knife fight} at the bake sale, joke, asking parking
idioms|$R says {killing time} at the airport, lost bag
idioms|$R says {my feet are killing me}, asking for the bus
idioms|$R says {I nearly died laughing}, neighbour's prank, noise / loc $L
idioms|$S says {the heat is killing} his plants, asking about water
idioms|$R says {she'll murder me} if I don't get the car back
idioms|$R says {shot in the dark}, asking lost dog
idioms|$S says {break a leg}, calling about theatre parking, nr $L
idioms|$R says {blow up} at the meeting, wants advice on a neighbor dispute
tools_ordinary|$R reports man with a {chainsaw} cutting up a fallen tree across $L
tools_ordinary|$S using a {machete} to clear blackberry by the creek, council worker
tools_ordinary|$R says neighbour swinging an {axe} splitting firewood at 11pm, noise
tools_ordinary|$R says man with a {hammer} fixing the fence, $R thought break in / loc $L
tools_ordinary|fisherman {gutting fish with a knife} at the cleaning table, blood on the dock
tools_ordinary|$R says {nail gun} popping from the construction site sounds like shots
tools_ordinary|$S with a {shovel} digging a hole in the park at night, {planting trees for the community garden}
tools_ordinary|$R says man with a {crowbar} opening a shipping crate at the wharf, {his own container}
tools_ordinary|$R saw an {ice axe} strapped to a hikers pack in the bus queue
tools_ordinary|$R says guy {sharpening knives} at the market stall, sparks everywhere
tools_ordinary|$S with a {pickaxe} breaking ice off the steps of the hall
tools_ordinary|staff using a {box cutter} unpacking stock, customer worried
tools_ordinary|$R says a man {cutting rope with a knife} on the boat, {untangling the anchor line}
tools_ordinary|$R says {butcher with a cleaver} at the open market, customer upset about blood, nr $L
tools_ordinary|$R says a {flare gun} in the boat safety kit, asking if it is legal
tools_ordinary|$S with a {weed whacker} at 6 am
tools_ordinary|$R reports man with a {hunting knife} on his belt while skinning a deer in the driveway
lawful_firearm|$R asks about storing her late husband's {firearms} safely, {locked in a cabinet}
lawful_firearm|$R has {guns in a locked safe} and is moving interstate, asking about transport rules
lawful_firearm|$S carrying a {cased rifle} into the range, new member, $R just checking
lawful_firearm|$R says neighbour {cleaning his shotgun} on the porch, {unloaded, broken open} / loc $L
lawful_firearm|{hunters with rifles slung} walking from the truck to the blind, season open, $R new to area
lawful_firearm|$R hears {test fire at the gun shop range}, asks if it is normal on a sunday
lawful_firearm|$R asks how to legally transfer a {handgun} to her son
lawful_firearm|pax {declared a firearm} at check-in, {cased and unloaded}, agent wants info on process
lawful_firearm|$R says {rifle locked in the truck cab} at the trailhead, asks about park rules
lawful_firearm|$S wearing a {holstered pistol}, {uniformed security guard on duty} at the bank
lawful_firearm|$R says {shotgun in the safe}, husband away, asking who has the key for insurance, nr $L
lawful_firearm|$R asks about {firearm surrender} to the station after the divorce
lawful_firearm|$R says {guns stored} in the hall closet, wants free trigger locks
lawful_firearm|$R says {clay shooting} noise from the club on the hill all afternoon
lawful_firearm|$R says {duck hunters} firing on the lake at dawn, {legal season}, wants the hours confirmed
lawful_firearm|{biathlon range day} at the nordic center, $R saw rifles on backs
lawful_firearm|$R found {dad's rifle} when cleaning the garage, {unloaded}, wants it stored / loc $L
mh_calm|$R asks for a mental health worker for her adult son who is off his meds, {calm, no weapons}
mh_calm|$S hearing voices, {calm}, wants help finding a clinic
mh_calm|$R says her mum is confused and asking for her late husband, {calm}
mh_calm|$S anxious at the bus station, asking to talk to a counselor
mh_calm|$R says her brother stopped taking his meds, talking fast, {calm}, nr $L
mh_calm|$S paranoid the neighbours are watching him, {no threats}, asking for help
mh_calm|$R asks for the number for the crisis line for her friend
mh_calm|$S talking to herself at the bus stop, {calm}, shopkeeper asks for outreach
mh_calm|student panicking in the library before an exam, RA on the line
mh_calm|$R says her partner is manic, not sleeping, {no violence}, wants a crisis team / loc $L
mh_calm|$S wants to talk about his anxiety, calling from the lodge
mh_calm|$R says her dad has dementia, wandering inside the house at night, {calm}
mh_calm|$S asking for help getting his meds refilled, pharmacy closed
mh_calm|$S distressed at the gate after a missed flight, {calm now}
mh_calm|$R requests a crisis worker for her son, {no danger}
mh_calm|$S says he is having a panic attack, {breathing ok}, nr $L
mh_calm|$R says neighbour is acting strange, talking to birds, {not dangerous}
juveniles|8-10 kids hanging out at the skate park after dark, loud but nothing else
juveniles|teens loitering outside the dairy, owner wants them moved on
juveniles|group of youths at the playground after 10pm, vaping, $R annoyed
juveniles|$R says kids playing ball in the street, ball hit her car / loc $L
juveniles|teens on the roof of the primary school, {no damage}, came down when $R yelled
juveniles|kids riding bikes on the tram platform, close to the edge but having fun
juveniles|$R says teens smoking at the bus shelter, leaving butts
juveniles|kids throwing rocks into the lake off the jetty, {not at anyone}
juveniles|teens doing donuts in the empty carpark on bikes, loud
juveniles|$R says kids knocking on doors and running off, 3rd night, nr $L
juveniles|youths drinking in the domain, {no trouble}, just noisy
juveniles|$R says kids skateboarding in the mall carpark, security wants them gone
juveniles|teens sitting on the end of the pier, jumping in, $R says they are strong swimmers
juveniles|kids building a snow fort on the road shoulder, plough coming
juveniles|$R says teens riding the chairlift after hours, lift off, climbing on the towers
juveniles|kids running around the airport arcade, {parents at the bar}
juveniles|$R says teens loud at the library, refusing to quiet down
civil|$R wants advice about landlord not returning the bond, moved out 3 weeks ago
civil|custody exchange at the station carpark, ex 20 min late, {no threats}, wants it documented / loc $L
civil|$R says neighbour's gum tree dropped a branch on her fence, neighbour won't pay
civil|$R says a contractor took a deposit and won't finish the deck
civil|$R wants an officer standby to collect her belongings from her ex's unit, {no history of violence}
civil|$R says her ex won't return the dog after the breakup, dog is microchipped to her, nr $L
civil|$R says tenant owes 2 months rent, wants to know about eviction
civil|$R says his car was repossessed from the drive overnight, {paperwork left on the windshield}
civil|$R says neighbour keeps parking across her driveway, {no threats}
civil|$R says the harbourmaster is charging a mooring fee she disputes
civil|$R says roommate won't pay her share of the power bill / loc $L
civil|$R says the store won't refund a faulty heater
civil|$R says her sister took her car without asking, {family, not reporting stolen}
civil|$R says airline lost her luggage and the desk is closed
civil|$R says new fence line is over the boundary by a metre, nr $L
civil|$R says family arguing over the will at the funeral home, {no threats}, {no physical}
civil|$R says ex won't let her see the kids this weekend, has court order
benign_suspicious|$R reports unfamiliar car parked on the street for 2 days, {no one inside}
benign_suspicious|$R says man taking photos of the freighters from the breakwall / loc $L
benign_suspicious|$R says someone walking 3 dogs at 4am past her house every night
benign_suspicious|$R says a white van idling outside for 20 min, {driver eating lunch}
benign_suspicious|$R says man looking at houses and writing notes, {realtor sign on his car}
benign_suspicious|$R says a drone hovering over the park, kids flying it, nr $L
benign_suspicious|$R says man sitting in car at the trailhead for an hour, {reading a map}
benign_suspicious|$R reports someone in hi-vis checking the meters, {no ID seen}
benign_suspicious|$R says unknown person in the lobby, {turned out to be a new resident}
benign_suspicious|$R says man fishing off the wharf at 2am with a headlamp
benign_suspicious|$R reports someone in a hoodie walking up and down the street, {not trying doors}
benign_suspicious|$R says a car driving slowly down the street, {looking for an address} / loc $L
benign_suspicious|$R says person going through the recycling bins for cans
benign_suspicious|$R says lights on in the boat shed, {owner's truck there}
benign_suspicious|$R reports man standing at the departures gate staring at the board for an hour
benign_suspicious|$R says a hiker camping on the ridge above the village, fire lit
benign_suspicious|$R says a strange car in the lodge lot with out of state plates
animals|$R reports a loose dog running in and out of traffic on $L, {no one bitten}
animals|$R says a cow moose and calf in the yard, kids cant get to the school bus
animals|$R says a black bear in the bins behind the hall again
animals|$R reports a dead deer in the northbound lane, cars swerving
animals|$R says a brown snake in the garage, {no one bitten}, nr $L
animals|$R says a cat stuck up a power pole for 2 days
animals|$R says dog left in a car at the shops, {windows down, engine on, aircon running}
animals|$R says horse loose on the road by the cattle grid
animals|$R reports a seal hauled out on the beach, people getting too close
animals|$R says a bird flying around the terminal, stuck inside
animals|$R says the neighbours dog has been barking since 6am
animals|$R says a possum in the roof cavity, scratching all night
animals|$R says a kangaroo in the school oval, won't leave
animals|$R reports cows on the highway near the bridge / loc $L
animals|$R says a dog bit her shoe on the path, {no injury}
animals|$R says a stray cat had kittens under the porch
animals|$R says a sea lion on the dock blocking the ferry ramp
harassment_no_threat|$R says ex keeps texting her dozens of times a day, {no threats}
harassment_no_threat|$R says neighbour keeps staring at her over the fence when she is in the garden, nr $L
harassment_no_threat|$R says private number keeps calling and hanging up, 20 times today
harassment_no_threat|$R says man following her around the supermarket aisles, {no threats}, now left
harassment_no_threat|$R says coworker keeps messaging her after hours, wants to know her options
harassment_no_threat|$R says ex posting about her online, {no threats}, embarrassing photos / loc $L
harassment_no_threat|$R says neighbour keeps yelling about her kids being loud
harassment_no_threat|$R says man at the bar keeps asking her out, won't take no
harassment_no_threat|$R says someone keeps ringing the doorbell at night and running
harassment_no_threat|$R says her ex keeps emailing about the kids, {no threats}, nr $L
harassment_no_threat|$R says a pax keeps sitting next to her and talking on the train
harassment_no_threat|$R says neighbour keeps knocking asking for money
harassment_no_threat|$R says man keeps yelling insults at her from his car, {no threats}
harassment_no_threat|$R says ex keeps driving past her house, {no contact}
harassment_no_threat|$R says a student keeps messaging her on social, asks for advice
harassment_no_threat|$R says a customer keeps calling the shop to complain, 30 calls / loc $L
harassment_no_threat|$R says man catcalling her at the bus stop every morning
nonurgent_assist|$R locked out of her car at the trailhead, keys inside, kids with her, {warm day, windows down}
nonurgent_assist|$R needs help with a flat tyre on $L, no spare
nonurgent_assist|$R needs a ride to the shelter, bus stopped running
nonurgent_assist|$R lost, asking directions to the hospital visitor parking
nonurgent_assist|$R needs help lifting her husband back to bed, {not injured}, he slid off
nonurgent_assist|$R stuck in the snow on the pass, car ok, {plenty of fuel and blankets}
nonurgent_assist|$R locked out of house, baby asleep inside with grandma, nr $L
nonurgent_assist|$R needs a ride home from the airport, missed the last shuttle
nonurgent_assist|$R asking about the road closure on the highway
nonurgent_assist|$R needs a jump start in the ski lot
nonurgent_assist|$R asks for a standby while she picks up her mail
nonurgent_assist|$R needs help with a wheelchair stuck on the tram step
nonurgent_assist|$R asks for a lift assist for her mum, {no injury}
nonurgent_assist|$R needs help with her boat, motor flooded at the ramp
nonurgent_assist|$R lost her tram ticket, asking what to do
nonurgent_assist|$R asks where to get a food parcel tonight / loc $L
nonurgent_assist|$R needs help with his phone, can't call his daughter
missing_found|$R reported her 15 yo son missing after school, now update: he walked in the door, {safe}, cancel
missing_found|elderly man w/ dementia missing from the rest home, found safe at the pub having a pint
missing_found|$R says 16 yo daughter didn't come home, located at a friend's house, {safe}
missing_found|$R says her dad wandered off, found in the neighbours garden picking tomatoes, {no injury}, nr $L
missing_found|hiker overdue from the ridge track, just signed back in at the hut, {uninjured}
missing_found|pax reported missing by tour group, found at gate 12 charging his phone
missing_found|roommate says student missing 2 days, he was at the library all weekend, {fine}
missing_found|$R says husband 3 hrs late off the ferry, called from the terminal, {ok}
missing_found|$R says her mum wandered from the flat, shopkeeper found her, {calm and unhurt}
missing_found|teen ran away from the group home, returned on his own this morning
missing_found|kayaker overdue crossing the sound, landed safe at the cannery dock per sat msg
missing_found|skier separated from family at close, found in the lodge cafeteria
missing_found|$R says 12 yo late from school, {home now}, was at the park
missing_found|$R says her 80 yo neighbour not seen, {now located at her daughters}
missing_found|adult male reported missing yesterday, {located at the bus station, no concerns} / loc $L
missing_found|$R says the <<police_only:child missing>> / 2 min later / ((found asleep under the bed))
missing_found|elderly lady missing from the village, found at church choir practice
"""

KINDS = ["weapon", "violence", "threat", "injury", "suicide", "police_only", "uncertainty"]
KIND_CAT = {"weapon": "WEAPON", "violence": "FIGHT", "threat": "THREAT", "injury": "MEDICAL",
            "suicide": "SUICIDE", "police_only": "CRIME", "uncertainty": "UNKNOWN"}
GROUP_CAT = {"noise": "NOISE", "verbal_dispute": "DISPUTE", "welfare_no_danger": "WELFARE",
             "past_theft": "THEFT", "found_property": "FOUND", "passive_si": "MH",
             "refusing_to_leave": "TRESPASS", "intox_fine": "INTOX", "unhoused_sleeping": "UNHOUSED",
             "resolved_alarm": None, "history_only": "ASSIST", "negated_danger": "DISPUTE",
             "toys_props": "SUSP", "idioms": "ASSIST", "tools_ordinary": "SUSP", "lawful_firearm": "INFO",
             "mh_calm": "MH", "juveniles": "JUV", "civil": "CIVIL", "benign_suspicious": "SUSP",
             "animals": "ANIMAL", "harassment_no_threat": "HARASS", "nonurgent_assist": "ASSIST",
             "missing_found": "MISSING"}
CATS = ["WEAPON", "FIGHT", "THREAT", "MEDICAL", "SUICIDE", "CRIME", "UNKNOWN", "NOISE", "DISPUTE",
        "WELFARE", "THEFT", "FOUND", "MH", "TRESPASS", "INTOX", "UNHOUSED", "ASSIST", "INFO", "SUSP",
        "JUV", "CIVIL", "ANIMAL", "HARASS", "MISSING"]
MILD = ["WELFARE", "ASSIST", "INFO", "SUSP", "NOISE", "DISPUTE"]
ALARMING = ["WEAPON", "FIGHT", "UNKNOWN", "THREAT", "MEDICAL", "CRIME"]

# code, width, casing, separator, reporter words, subject words, locations, abbreviations,
# header fragments, trailer fragments, filler tag, call types (24, in CATS order)
AGENCIES = [
 dict(code="KPT", name="Kestrel Port Harbor PD (Great Lakes port)", W=96, case="upper", sep=" / ",
      R=["RP", "R/P"], S=["SUBJ", "S1"],
      L=["PIER 7", "FREIGHT HOUSE RD", "THE GRAIN ELEVATOR LOT", "LIGHTHOUSE PARK", "SLIP 3"],
      ab=[("with", "w/"), ("vehicle", "veh"), ("approximately", "approx")],
      hd=["RCVD ##:##", "PRI #", "BEAT H#", "XREF ##-####", "LAKER IN PORT"],
      tr=["UNITS ADV", "NO CALLBACK", "DUP ##-####", "HARBOR 1 NOTIFIED", "CAD AUTO"], tag="EVT#",
      ct="WEAPON;FIGHT;THREATS;MEDICAL;SUICIDE;BURG-IP;TROUBLE;NOISE;DISORD;WELFARE;THEFT;FOUNDPROP;MNTL;TRESPASS;INTOX;VAG;ASSIST;INFO;SUSPP;JUV;CIVIL;ANIMAL;HARR;PERMISS"),
 dict(code="BRV", name="Birchvale Borough Emergency Comms (Alaska)", W=128, case="as", sep=". ",
      R=["caller", "clr"], S=["subj", "party"],
      L=["the Tok cutoff", "Mile 14 Spur Rd", "the cannery bunkhouse", "the village washeteria", "Airstrip Rd"],
      ab=[("minutes", "mins"), ("house", "hse")],
      hd=["Rec'd by disp #", "VPSO notified", "Trooper post adv", "Sat phone call", "Cell ping ph2"],
      tr=["Trooper ETA 40 min", "Road conditions icy", "Callback ok", "Plane grounded wx", "No further"], tag="Inc ",
      ct="Weapons Complaint;Assault;Threats;Medical Emergency;Suicidal Person;Burglary In Progress;Unknown Problem;Noise Complaint;Disturbance - Verbal;Welfare Check;Theft Report;Found Property;Behavioral Health;Trespass;Intoxicated Person;Camping/Sleeping;Public Assist;Information;Suspicious Circumstances;Juvenile Problem;Civil Matter;Animal Problem - Wildlife;Harassment;Missing Person"),
 dict(code="RSC", name="Rio Seco County SO (Texas border county)", W=80, case="upper", sep=" -- ",
      R=["COMPL", "RP"], S=["SUSP", "SUBJ"],
      L=["FM 1017", "THE COLONIA", "PORT OF ENTRY LN", "RANCH RD 3", "EL CENIZO PARK"],
      ab=[("with", "w/"), ("male", "H/M"), ("spanish", "SPN")],
      hd=["SPN SPKR", "10-4 DISP #", "PCT #", "BP ADV", "TT ##"],
      tr=["BP NOTIFIED", "10-8 AFTER", "CB NEG", "NO UNITS AVAIL", "SO# ENRT"], tag="CFS",
      ct="10-32 MAN W/WPN;10-10 FIGHT;10-71 THREATS;10-52 EMS;10-56A SUICIDAL;10-31 IN PROG;10-54 UNK;10-90 NOISE;10-16 VERBAL;10-43 WELFARE;10-44 THEFT RPT;10-99 FOUND PROP;10-96 MH;10-29T TRESP;10-55P INTOX;10-96V VAGRANT;10-36 ASSIST;10-39 INFO;10-37 SUSP;10-78 JUV;10-21 CIVIL;10-91 ANIMAL;10-71H HARASS;10-57 MISSING"),
 dict(code="CLT", name="Collegeton PD (US college town)", W=150, case="lower", sep="; ",
      R=["rp", "comp"], S=["subj", "s/m"],
      L=["frat row", "the quad", "elm st co-op", "stadium lot c", "the rec center"],
      ab=[("because", "bc"), ("people", "ppl"), ("student", "stdnt")],
      hd=["rcvd via ra line", "cad #", "beat 2#", "ucpd adv", "xref ##-####"],
      tr=["ra on scene", "rp wants contact", "no cb", "gone on arrival poss", "see prior"], tag="evt ",
      ct="417 brandishing;242 battery;422 threats;med aid;5150 suicidal;459 in progress;unk trouble;415 noise;415 verbal;welfare chk;488 report;found prop;mh consult;602 trespass;647f drunk;647e lodging;citizen assist;info only;susp circ;juv disturb;civil;animal ctrl;653m calls;missing adult"),
 dict(code="KLR", name="Kilrooney Garda Control (Irish)", W=64, case="upper", sep=" . ",
      R=["CLR", "CALLER"], S=["MALE", "SUBJ"],
      L=["THE QUAYS", "MAIN ST", "THE GAA GROUNDS", "THE CHURCH CAR PARK", "N17 SLIP"],
      ab=[("minutes", "MINS"), ("ambulance", "AMBO")],
      hd=["PULSE #####", "UNIT K#", "CLR ON MOB", "CH #"],
      tr=["MOBILE ADV", "NFA", "DUP", "SGT INF"], tag="EV",
      ct="FIREARMS INCIDENT;ASSAULT;THREATS TO KILL;AMBULANCE REQ;CONCERN SUICIDE;BURGLARY IN PROG;UNKNOWN INCIDENT;NOISE NUISANCE;ROW VERBAL;CONCERN FOR WELFARE;THEFT REPORT;FOUND PROPERTY;MENTAL HEALTH;TRESPASS;DRUNK PERSON;ROUGH SLEEPER;ASSIST PUBLIC;INFORMATION;SUSPICIOUS;YOUTHS GATHERING;CIVIL DISPUTE;ANIMAL STRAY;HARASSMENT;MISSING PERSON"),
 dict(code="NBR", name="Northbrook Police Ops (Australian)", W=140, case="as", sep=" - ",
      R=["INF", "caller"], S=["POI", "male"],
      L=["the servo on Cobb Hwy", "Wattle St reserve", "the RSL car park", "the bottle-o", "Station Pde"],
      ab=[("because", "coz"), ("afternoon", "arvo")],
      hd=["Job ####", "VKG ##", "Car Nbk-#", "000 call", "Triple 0 relay"],
      tr=["Nil further", "Car ETA 10", "Ambo not req at this time", "Inf to remain", "Copy"], tag="Job ",
      ct="ARMED PERSON;ASSAULT;THREATS;AMBO ASSIST;SELF HARM;BREAK ENTER IP;UNKNOWN TROUBLE;NOISE COMPLAINT;DISPUTE;CONCERN FOR WELFARE;STEALING;FOUND PROPERTY;MENTAL HEALTH;TRESPASS;INTOXICATED PERSON;ROUGH SLEEPER;PUBLIC ASSIST;INFO;SUSPICIOUS PERSON;JUVENILES;CIVIL MATTER;ANIMAL;HARASSMENT;MISSING PERSON"),
 dict(code="TPK", name="Tapuhi Comms (New Zealand)", W=72, case="upper", sep=".. ",
      R=["INFMNT", "CALLER"], S=["OFFR", "SUBJ"],
      L=["THE WHARF", "SH1 LAY-BY", "THE DAIRY KURA ST", "THE DOMAIN", "MARAE RD"],
      ab=[("minutes", "MINS"), ("vehicle", "VEH")],
      hd=["PRI #", "EVT P0######", "TAC #", "NTH ##"],
      tr=["1/2 ADV", "NFA", "CB NIL", "STJ ADV"], tag="P",
      ct="1X ARMED;1C ASSAULT;1T THREATS;MED STJ;1M SUICIDAL;BURG IP;UNKNOWN;NOISE CTRL;DISORDER VERBAL;WELFARE;THEFT;FOUND PROP;MENTAL HEALTH;TRESPASS;INTOX;ROUGH SLEEPER;ASSIST;INFO;SUSPICIOUS;YOUTHS;CIVIL;ANIMAL;HARASSMENT;MISSING"),
 dict(code="SPR", name="Silver Pines Resort Dispatch (mountain resort town)", W=160, case="lower", sep=" // ",
      R=["caller", "guest"], S=["party", "subj"],
      L=["gondola base", "lift 4", "the village plaza", "the nordic center", "lot 2 shuttle stop"],
      ab=[("patrol", "ptrl"), ("people", "ppl")],
      hd=["ski ptrl relay", "mtn ops ch #", "rcvd ##:##", "lodge desk call", "sar adv"],
      tr=["ptrl en route", "sled req?", "wx closing", "desk to update", "no cb"], tag="ref ",
      ct="weapon call;fight;threats;medical;suicidal subject;burglary in progress;unknown problem;noise;verbal dispute;welfare check;theft report;lost and found;behavioral health;trespass;intoxicated guest;camping violation;guest assist;info;suspicious;juvenile problem;civil;wildlife;harassment;missing guest"),
 dict(code="RAA", name="Tri-County Regional Airport Authority PD", W=120, case="upper", sep=" ; ",
      R=["RP", "AGENT"], S=["PAX", "SUBJ"],
      L=["GATE B7", "BAGGAGE CLAIM 3", "CURBSIDE DEPARTURES", "THE CELL PHONE LOT", "TSA CHECKPOINT A"],
      ab=[("passenger", "pax"), ("with", "w/")],
      hd=["AOC RELAY", "RAMP #", "FLT ###", "OPS ##:##", "TSA CALL"],
      tr=["AOC ADV", "ARFF STBY", "NO FURTHER", "TSA NOTIFIED", "FLT DEPARTED"], tag="AOC",
      ct="WEAPON VIOL;DISTURB PHYS;THREATS;ARFF MEDICAL;SUICIDAL;THEFT IP;UNK PROBLEM;NOISE;DISTURB VERBAL;WELFARE;THEFT RPT;LOST/FOUND;MH ASSIST;TRESPASS;INTOX PAX;LODGING;PAX ASSIST;INFO;SUSP PERSON;JUV;CIVIL;ANIMAL;HARASS;MISSING PAX"),
 dict(code="LRT", name="Metro Light Rail Transit Police Desk", W=104, case="as", sep=" | ",
      R=["OPR", "caller"], S=["subj", "pax"],
      L=["Riverside stn", "car 2214", "the Civic Ctr platform", "Line B inbound", "Kelso Park & Ride"],
      ab=[("station", "stn"), ("platform", "plat")],
      hd=["CCTV op", "Train ####", "Blk ##", "Rail ctrl", "OCC"],
      tr=["OCC holding train", "CCTV tagged", "Fare insp adv", "no cb", "TPD adv"], tag="TPD",
      ct="WPN;ASSLT;THREAT;MED;SUICIDAL;CRIME IP;UNK;NOISE;DISTURB;WELFARE;THEFT RPT;FOUND ITEM;MH;TRESP;INTOX;SLEEPER;ASSIST;INFO;SUSP;JUV;CIVIL;ANIMAL;HARASS;MISSING"),
]

MISSP = [("unconscious", "unconcious"), ("breathing", "breathng"), ("seizure", "siezure"),
         ("bleeding", "bleding"), ("threatening", "threatning"), ("suicidal", "suicidle"),
         ("neighbour", "nieghbour"), ("neighbor", "nieghbor"), ("vehicle", "vehical"),
         ("apartment", "appartment"), ("refusing", "refuseing"), ("intoxicated", "intoxicted"),
         ("pistol", "pistal"), ("machete", "machette"), ("shotgun", "shotgon"), ("strangling", "strangeling"),
         ("choking", "chocking"), ("harassment", "harrassment"), ("screaming", "screming"),
         ("whispering", "whispring"), ("revolver", "revovler"), ("collapsed", "colapsed"),
         ("unresponsive", "unresponsve"), ("overdosed", "overdossed"), ("diabetic", "diabetc"),
         ("hypothermia", "hypothermya"), ("convulsing", "convulseing"), ("threatened", "threatend"),
         ("weapons", "weopons"), ("weapon", "weopon"), ("knife", "knif"), ("daughter", "daugther"),
         ("friend", "freind"), ("believes", "beleives"), ("parking", "parkin"), ("brawling", "brawlling"),
         ("burglary", "burglery"), ("abandoned", "abandonded"), ("disconnected", "disconected"),
         ("intruder", "intrudor"), ("missing", "misssing"), ("wrestling", "wrestleing"),
         ("kicking", "kickin"), ("punching", "punchin"), ("yelling", "yeling"), ("sleeping", "sleeing"),
         ("welfare", "welfair"), ("stolen", "stollen"), ("dispute", "dispite"), ("arguing", "argueing"),
         ("anaphylaxis", "anaphalaxis"), ("hypoglycemic", "hypoglycemc"), ("security", "securty"),
         ("because", "becuase"), ("outside", "outisde"), ("across", "accross"), ("their", "thier"),
         ("behind", "behnid"), ("people", "poeple"), ("house", "hosue"), ("phone", "phnoe"),
         ("elderly", "elderley"), ("husband", "husbnad"), ("brother", "brohter"), ("mother", "mohter"),
         ("drunk", "drnuk"), ("ambulance", "ambulence"), ("rifle", "rilfe"), ("handgun", "handgn"),
         ("fighting", "fihgting"), ("pills", "pils"), ("jump", "jmup"), ("hitting", "hittng"),
         ("driver", "drvier"), ("breaking", "braeking"), ("choked", "chocked"), ("chest", "chset"),
         ("window", "windwo"), ("wants", "wnats"), ("around", "arround"), ("advice", "advise"),
         ("garage", "garge"), ("sitting", "siting"), ("walking", "walkin"), ("parked", "parkd"),
         ("loud", "lowd"), ("music", "muisc"), ("found", "foudn"), ("again", "agian"),
         ("someone", "somone"), ("stabbed", "stabed"), ("bleach", "bleech"), ("swinging", "swingin"),
         ("threats", "thretas"), ("screams", "screems"), ("help", "hlep"), ("kill", "kil"),
         ("hanging", "hangin"), ("himself", "himslef"), ("unknown", "unkown"), ("breathe", "breath"),
         ("dumpster", "dumster"), ("waving", "wavin"), ("crying", "cryin"), ("tonight", "tonite"),
         ("says", "sez"), ("said", "siad"), ("school", "skool"), ("through", "thru")]

MARK_RE = re.compile(r"\[\[(\w+):([^\]]+)\]\]|<<(\w+):([^>]+)>>|\(\(([^)]+)\)\)|\{([^}]+)\}")


def parse_template(t):
    segs, pos = [], 0
    for m in MARK_RE.finditer(t):
        if m.start() > pos:
            segs.append(["p", None, t[pos:m.start()]])
        if m.group(1):
            segs.append(["key", m.group(1), m.group(2)])
        elif m.group(3):
            segs.append(["alarm", m.group(3), m.group(4)])
        elif m.group(5):
            segs.append(["res", None, m.group(5)])
        else:
            segs.append(["decoy", None, m.group(6)])
        pos = m.end()
    if pos < len(t):
        segs.append(["p", None, t[pos:]])
    return segs


def load():
    red, elig = [], []
    for line in RED.strip("\n").split("\n"):
        k, t = line.split("|", 1)
        red.append((k, t))
    for line in ELIG.strip("\n").split("\n"):
        g, t = line.split("|", 1)
        elig.append((g, t))
    return red, elig


def alnum(s):
    return sum(1 for c in s if c.isalnum())


def survives(text, s, e, W):
    if e <= W:
        return True, text[s:e]
    if s >= W:
        return False, ""
    span = text[s:e]
    if any(c.isspace() for c in span):
        return False, ""
    n = alnum(span)
    if n <= 5:
        return False, ""
    kept = alnum(text[s:W])
    if kept >= max(5, n - 3):
        return True, text[s:W]
    return False, ""


def casefn(case, s):
    if case == "upper":
        return s.upper()
    if case == "lower":
        return s.lower()
    return s


def digits(rng, s):
    return "".join(str(rng.randrange(10)) if c == "#" else c for c in s)


class Gen:
    def __init__(self):
        self.rng = random.Random(20270623)
        self.red, self.elig = load()
        self.groups = []
        for g, _ in self.elig:
            if g not in self.groups:
                self.groups.append(g)

    def render_body(self, ag, segs, misspell, rng):
        out = []
        for typ, kind, text in segs:
            x = text
            x = x.replace("$R", rng.choice(ag["R"])).replace("$S", rng.choice(ag["S"]))
            x = x.replace("$L", rng.choice(ag["L"]))
            if typ == "p":
                x = x.replace(" / ", ag["sep"])
            for a, b in ag["ab"]:
                x = re.sub(r"\b%s\b" % re.escape(a), b, x)
            out.append([typ, kind, x])
        miss = None
        cands = {True: [], False: []}
        for i, (typ, kind, x) in enumerate(out):
            for w, typo in MISSP:
                if re.search(r"\b%s\b" % w, x, re.I):
                    cands[typ in ("key", "alarm")].append((i, w, typo))
        # misspell: rows with a misspellable key word get one more often, and then on the key
        if misspell < (0.6 if cands[True] else 0.25):
            pool = cands[True] or cands[False]
            if pool:
                i, w, typo = pool[rng.randrange(len(pool))]
                out[i][2] = re.sub(r"\b%s\b" % w, typo, out[i][2], count=1, flags=re.I)
                miss = (w, typo, out[i][0] in ("key", "alarm"))
        for s in out:
            s[2] = casefn(ag["case"], s[2])
        return out, miss

    def frag(self, ag, pool):
        return casefn(ag["case"], digits(self.rng, self.rng.choice(ag[pool])))

    def prefix(self, ag, L):
        """status header of exactly L characters (L == 0 or L >= 9), ends with the separator"""
        if L == 0:
            return ""
        sep = ag["sep"]
        parts, rem = [], L
        pool = list(range(len(ag["hd"])))
        self.rng.shuffle(pool)
        for j in pool:
            f = casefn(ag["case"], digits(self.rng, ag["hd"][j])) + sep
            if len(f) <= rem - 9 - len(sep):
                parts.append(f)
                rem -= len(f)
        tag = casefn(ag["case"], ag["tag"])
        nd = rem - len(tag) - len(sep)
        if nd < 1 or nd > 9:
            return None
        first = str(self.rng.randrange(1, 10))
        filler = tag + first + "".join(str(self.rng.randrange(10)) for _ in range(nd - 1)) + sep
        parts.insert(self.rng.randrange(len(parts) + 1), filler)
        p = "".join(parts)
        assert len(p) == L
        return p


def spans(segs):
    pos, res = 0, []
    for typ, kind, text in segs:
        res.append((typ, kind, pos, pos + len(text), text))
        pos += len(text)
    return res


def label(segs, W, cut):
    text = "".join(s[2] for s in segs)
    sp = spans(segs)
    flags = {}
    last_alarm = None
    alarm_state = []
    for typ, kind, s, e, x in sp:
        if typ == "key":
            ok, ev = survives(text, s, e, W) if cut else (True, x)
            if ok and kind not in flags:
                flags[kind] = ev
        elif typ == "alarm":
            ok, ev = survives(text, s, e, W) if cut else (True, x)
            last_alarm = [kind, ok, ev, False]
            alarm_state.append(last_alarm)
        elif typ == "res" and last_alarm is not None:
            if (not cut) or e <= W:
                last_alarm[3] = True
            last_alarm = None
    for kind, ok, ev, resolved in alarm_state:
        if ok and not resolved and kind not in flags:
            flags[kind] = ev
    return [(k, flags[k]) for k in KINDS if k in flags]


CUTCATS = ["after_markup", "before_key", "inside_decoy", "inside_key", "inside_resolution", "key_tail"]


def cut_positions(segs, cat):
    """candidate cut offsets t (kept text = body[:t]) inside the body for a category"""
    text = "".join(s[2] for s in segs)
    sp = spans(segs)
    marks = [x for x in sp if x[0] != "p"]
    c = []
    if cat == "after_markup":
        last = max([x[3] for x in marks] or [0])
        c = list(range(last + 1, len(text)))
    elif cat == "before_key":
        for typ, kind, s, e, x in sp:
            if typ in ("key", "alarm"):
                c = list(range(max(1, s - 25), s + 1))
                break
    elif cat in ("inside_decoy", "inside_key", "inside_resolution"):
        want = {"inside_decoy": ("decoy",), "inside_key": ("key", "alarm"), "inside_resolution": ("res",)}[cat]
        for typ, kind, s, e, x in sp:
            if typ in want:
                c += list(range(s + 1, e))
    elif cat == "key_tail":
        for typ, kind, s, e, x in sp:
            if typ in ("key", "alarm") and not any(ch.isspace() for ch in x) and alnum(x) > 5:
                c += list(range(max(s + 1, e - 4), e))
    return [t for t in c if 1 <= t < len(text) and text[t - 1] != " " and not text[t - 1].isspace()]


def supports(template, cat):
    segs = parse_template(template)
    types = [s[0] for s in segs]
    if cat == "after_markup":
        return True
    if cat == "before_key":
        return "key" in types or "alarm" in types
    if cat == "inside_decoy":
        return "decoy" in types
    if cat == "inside_key":
        return "key" in types or "alarm" in types
    if cat == "inside_resolution":
        return "res" in types
    if cat == "key_tail":
        return any(s[0] in ("key", "alarm") and " " not in s[2] and alnum(s[2]) > 5 for s in segs)


def call_type(ag, rng, cat_fit, fit_p, other):
    names = ag["ct"].split(";")
    table = dict(zip(CATS, names))
    if rng.random() < fit_p:
        return table[cat_fit], "fitting"
    return table[rng.choice(other)], "other"


def build(markup_out=None):
    g = Gen()
    rng = g.rng
    N, NRED, NCUT = 1000, 400, 200
    is_red = [True] * NRED + [False] * (N - NRED)
    rng.shuffle(is_red)
    cut_rows = sorted(rng.sample(range(N), NCUT))
    cut_set = [False] * N
    for i in cut_rows:
        cut_set[i] = True
    kind_use = {k: 0 for k in KINDS}
    group_use = {gr: 0 for gr in g.groups}
    tmpl_use = {}
    ag_use = {a["code"]: 0 for a in AGENCIES}
    cat_use = {c: 0 for c in CUTCATS}
    seen = {}
    rows, side = [], []
    for i in range(N):
        red = is_red[i]
        if red:
            key = min(KINDS, key=lambda k: (kind_use[k], KINDS.index(k)))
            kind_use[key] += 1
            pool = [t for k, t in g.red if k == key]
        else:
            key = min(g.groups, key=lambda k: (group_use[k], g.groups.index(k)))
            group_use[key] += 1
            pool = [t for k, t in g.elig if k == key]
        cut = cut_set[i]
        cats = sorted(CUTCATS, key=lambda c: (cat_use[c], CUTCATS.index(c))) if cut else [None]
        done = False
        for attempt in range(60):
            cat = cats[min(attempt // 10, len(cats) - 1)] if cut else None
            cp = [t for t in pool if (not cut) or supports(t, cat)]
            if not cp:
                continue
            mn = min(tmpl_use.get(t, 0) for t in cp)
            least = [t for t in cp if tmpl_use.get(t, 0) == mn]
            tmpl = least[rng.randrange(len(least))] if attempt < 5 else cp[rng.randrange(len(cp))]
            segs0 = parse_template(tmpl)
            misspell = rng.random()
            order = sorted(AGENCIES, key=lambda a: (ag_use[a["code"]], rng.random()))
            for ag in order:
                body, miss = g.render_body(ag, segs0, misspell, rng)
                W = ag["W"]
                sep = ag["sep"]
                if not cut:
                    blen = sum(len(s[2]) for s in body)
                    if blen > W:
                        continue
                    if rng.random() < 0.3:
                        tr = sep + g.frag(ag, "tr")
                        if blen + len(tr) <= W:
                            body = body + [["p", None, tr]]
                            blen += len(tr)
                    if rng.random() < 0.45:
                        hd = ""
                        for _ in range(rng.randrange(1, 4)):
                            f = g.frag(ag, "hd") + sep
                            if blen + len(hd) + len(f) <= W and f not in hd:
                                hd += f
                        if hd:
                            body = [["p", None, hd]] + body
                    full = body
                else:
                    if rng.random() < 0.5 or cat == "after_markup":
                        body = body + [["p", None, sep + g.frag(ag, "tr")]]
                    cands = [t for t in cut_positions(body, cat) if t <= W and (W - t == 0 or 12 <= W - t <= 44)]
                    if not cands:
                        continue
                    short = [t for t in cands if W - t <= 26]
                    if short and rng.random() < 0.8:
                        cands = short
                    t = cands[rng.randrange(len(cands))]
                    pre = g.prefix(ag, W - t)
                    if pre is None:
                        continue
                    full = ([["p", None, pre]] if pre else []) + body
                text = "".join(s[2] for s in full)
                narrative = text[:W] if cut else text
                if narrative in seen or narrative.endswith(" ") or narrative != narrative.strip():
                    continue
                done = True
                break
            if done:
                break
        assert done, (i, key, cut)
        seen[narrative] = i
        tmpl_use[tmpl] = tmpl_use.get(tmpl, 0) + 1
        ag_use[ag["code"]] += 1
        if cut:
            cat_use[cat] += 1
        flags = label(full, ag["W"], cut)
        if flags:
            lab = "red_flag"
            reason = "; ".join("%s <- '%s'" % (k, ev) for k, ev in flags)
        else:
            lab = "eligible"
            reason = "eligible: " + (key if not red else "red cue lost to cut (%s)" % key)
        if cut:
            reason += "; truncated at %d" % ag["W"]
        if red:
            ct, ctk = call_type(ag, rng, KIND_CAT[key], 0.70, MILD)
        else:
            cf = GROUP_CAT[key]
            if cf is None:
                cf = KIND_CAT[[s[1] for s in segs0 if s[0] == "alarm"][0]]
            ct, ctk = call_type(ag, rng, cf, 0.80, ALARMING)
        rid = "B19-%04d" % (i + 1)
        rows.append([rid, ct, narrative, lab, ";".join(k for k, _ in flags), reason, "blind19"])
        marked = ""
        for typ, kind, x in full:
            marked += {"p": "%s", "key": "[[" + str(kind) + ":%s]]", "alarm": "<<" + str(kind) + ":%s>>",
                       "res": "((%s))", "decoy": "{%s}"}[typ] % x
        side.append({"id": rid, "agency": ag["code"], "W": ag["W"], "cut": cut, "cut_category": cat,
                     "intended": "red" if red else "eligible", "kind_or_group": key, "call_type_kind": ctk,
                     "misspelling": list(miss) if miss else None, "template": tmpl, "marked": marked})
    return rows, side


def main():
    args = sys.argv[1:]
    markup = None
    if "--markup" in args:
        j = args.index("--markup")
        markup = args[j + 1]
        del args[j:j + 2]
    outdir = args[0] if args else "."
    rows, side = build()
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "blind19.csv"), "w", newline="", encoding="ascii") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "call_type", "narrative", "label", "flags", "reason", "split"])
        w.writerows(rows)
    if markup:
        with open(markup, "w", encoding="ascii") as f:
            for s in side:
                f.write(json.dumps(s, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
