#!/usr/bin/env python3
"""make_blind21.py - deterministic generator for the blind21 held-out set of synthetic 911/CAD narratives.

Usage: python3 make_blind21.py OUTDIR   -> OUTDIR/blind21.csv (+ OUTDIR/blind21_source.jsonl, the marked-up source rows)
Standard library only. Markup in templates: [[k:text]] decisive key, <<k:text>> ... ((resolution)) alarm with
resolution, {text} decoy/negation span; %C caller word, %S subject word, %P place (per agency).
k: w=weapon v=violence t=threat i=injury s=suicide p=police_only u=uncertainty.
"""

RED_TXT = r'''
# weapon
%C adv %S walking up and down %P swinging a [[w:tire iron]] at parked cars
%S at the counter of %P has a [[w:broken bottle held out toward the cashier]]
%C says neighbour is in the yard [[w:pointing a rifle at the house across the road]]
[[w:subj brandishing a claw hammer]] outside %P, refusing to put it down
%C reports %S came back with a [[w:machete]] and is standing in the driveway
{No weapons mentioned initially}; 2nd caller now adv [[w:he has a hatchet in his belt]]
%S in the lobby of %P [[w:pulled a screwdriver and is holding it like a knife]]
%C hears %S [[w:loading a shotgun]] in the next unit, shouting names
%S at %P [[w:waving a kitchen knife]] at passers by, %C watching from car
[[w:man with a crowbar]] chasing a teen through %P
%C states ex-partner showed up with a [[w:baseball bat]] and is banging on the door with it
%S threatening staff at %P [[w:with a length of pipe]]
%C saw a [[w:handgun tucked in the waistband]] of %S during the argument at %P
%S [[w:raised an axe over his head]] at the neighbours at %P
%C adv %S [[w:holding a fishing gaff]] and refusing to let anyone off the dock at %P
Two males at %P, [[w:one has a chain wrapped around his fist]]
%S [[w:aimed a flare gun at the deckhand]] during an argument at %P
%C reports %S [[w:pointed bear spray at her face]] and is now sitting in the truck
%S [[w:swinging a golf club]] at windows at %P, %C inside
[[w:subj has a knife]] per %C, location %P, unk direction
%C says %S [[w:produced a blade]] when asked to leave %P
%S walking on %P [[w:carrying a long gun]] toward the school
%C advises %S [[w:has a brick in hand]] and is standing over the car at %P
%S outside %P [[w:pointing what looks like a pistol]] at people in the queue
%C adv %S [[w:grabbed a hammer off the bench]] and is going after the foreman at %P
%C states driver at %P [[w:got out with a bat]] after a fender bender
%S at %P [[w:holding scissors to the clerk]]
%C adv male in a white pickup [[w:displayed a rifle]] at her on %P
%S holed up in the shed at %P, [[w:has a deer rifle]], wife outside
%C reports %S [[w:waving a harpoon]] on the beach near %P
%S at %P [[w:pointing a nail gun at coworkers]] after the shift meeting
%C hears %S [[w:racking a shotgun]] behind the door at %P
%S on the bus at %P [[w:flicked open a switchblade]]
%C says %S [[w:has a sharpened broom handle]] and is jabbing it at people at %P
%C adv %S at %P [[w:wielding a pickaxe]]
{No firearms seen} but %S [[w:has a large kitchen knife]] per %C at %P
{RP doesn't think he has a gun}; [[w:he does have a machete]] and is waving it at %P
%S outside %P [[w:holding a meat cleaver]] and yelling at passers-by
%C reports %S [[w:swinging a shovel]] at the neighbour over the fence at %P
%C adv [[w:gun pointed at the taxi driver]] at %P, unk make
%S at %P [[w:has a crossbow]] aimed at the road
%C initially calling about a parking issue on %P, then adds %S [[w:just came out with a hunting knife]]
%C states %S at %P [[w:brandished a tyre lever]] at the attendant
[[w:shots fired]] near %P per %C, 3-4 heard
%C heard [[w:gunshots]] from the back of %P, then a car speeding off
%S [[w:fired a round into the air]] at %P
%C says %S [[w:has a gun and is walking toward the dock office]] at %P
%C adv %S [[w:armed with a stick with nails in it]] at %P
%S on platform at %P [[w:has a blade out]], pax backing away
%C reports %S [[w:jabbing a syringe at people]] at %P
%C first said it was a stick, correction: [[w:it is a rifle]] %S is holding at %P
%S in the yard at %P [[w:holding a splitting maul over his head]] screaming at the neighbour
%S at the bar %P [[w:smashed a pint glass and is holding the jagged end out]]
%C says [[w:a man with a knife]] is walking along %P trying door handles
# violence
%C adv %S [[v:shoved her down the back steps]] at %P
[[v:two males punching each other]] in the car park at %P
%C states %S [[v:dragged a woman out of the car by her hair]] on %P
%S [[v:stomping on a man on the ground]] outside %P
%C reports her partner [[v:choked her]] earlier tonight and he is still in the house
%S [[v:swung at the bus driver]] and is still on board at %P
{No weapons seen}, but [[v:he is kicking her while she is down]] per %C at %P
%C adv [[v:fight in progress]] at %P, about 6 involved
%S [[v:headbutted the door staff]] at %P
%C hears neighbour [[v:slamming someone against the wall]] and a woman crying
%S [[v:punched the cashier]] at %P and is still in the store
%C states brother [[v:threw their mother to the floor]] at %P
%S [[v:slapping a child repeatedly]] in the car park at %P
%C says crew member [[v:beating another deckhand]] on the aft deck at %P
%S [[v:pushed a passenger toward the tracks]] at %P
[[v:group jumping one male]] outside %P per %C
%C adv %S [[v:grabbed her by the throat]] during the argument at %P
%C reports husband [[v:hit her with his fists]], he is now in the garage at %P
%S [[v:kneeing a man in the head]] at %P
2nd caller at %P now adv [[v:they are throwing punches]]
{Initially verbal only}, 2nd call adv [[v:male is now hitting the female]] at %P
%C states %S [[v:tackled the security guard]] at %P
%S [[v:biting and scratching staff]] at %P
%C adv %S [[v:rammed her car on purpose]] on %P
%S [[v:stamped on the dog and then kicked the owner]] at %P
%C advising roommate [[v:strangled her until she nearly passed out]]
%C adv daughter's bf [[v:is dragging her down the road]] on %P
%S [[v:throwing chairs at people]] in the hall at %P
%C adv [[v:brawl spilling out]] of %P onto the street
%S [[v:spat at and then punched]] the driver at %P
%C states neighbour [[v:attacked her with his fists]] when she asked him to move his truck
%S [[v:body slammed his girlfriend]] on the lawn at %P
%C saw %S [[v:throw a woman against a car]] on %P
%C states %S [[v:assaulted her]] just now, still outside the door
%S [[v:wrestling the conductor]] to the floor at %P
%C adv crewman [[v:threw another man overboard]] at %P
Per %C, neighbour [[v:is hitting his elderly father]] at %P
%S [[v:forced his way in and shoved the resident]] at %P
{It was verbal at first} but now [[v:he is kicking the door and punching her]]
%S [[v:elbowing people on the platform]] at %P
%C reports coworker [[v:swung a fist at the supervisor]] at %P
%C states %S [[v:pinned her to the floor]] and won't let her up
%S [[v:ripped the phone out of her hand and shoved her]] at %P
%C adv two women [[v:pulling hair and punching]] outside %P
%C states her son [[v:pushed grandma into the wall]] at %P
%S at %P [[v:knocked a man down and is kicking him]]
%C calling re a fence line dispute at %P going on for months, and says [[v:neighbour has just knocked her husband to the ground]]
%S [[v:reached in the car window and punched the driver]] at %P
%C reports a [[v:mass brawl]] at the fairground by %P
%S [[v:struck the security officer]] at %P, refusing to leave
%C adv [[v:crowd assaulting a taxi driver]] at %P
%C adv %S [[v:shoving staff and throwing punches]] at %P
%S [[v:slammed the door on her arm repeatedly]] at %P
# threat
%C adv %S [[t:said he will come back and burn the house down]] tonight
%S [[t:told staff he is going to shoot up]] %P
%C states ex [[t:texted that she will kill him when he gets home]]
%S [[t:threatening to stab]] the shop owner at %P
%C reports %S [[t:said he'd put her in the ground]] if she calls anyone
%C got a [[t:voicemail saying they know where her kids go to school and will hurt them]]
%S at %P [[t:threatening to smash the clerk's head in]]
%C states neighbour [[t:said he will shoot the dog and then RP]]
%S [[t:threatened to run the ferry staff over]] with his truck at %P
%C says %S [[t:said he has a bomb in his bag]] at %P
%C reports %S [[t:making threats to kill]] the bar staff at %P
%S [[t:yelling that he will gut the bus driver]] at %P
%C adv ex-partner [[t:said he will be waiting with his rifle]] when she comes for her things
%C states %S [[t:promised to beat him senseless]] after shift at %P
%S [[t:said he will torch the caravan]] with her in it at %P
%C reports %S [[t:threatened to cut her]] if she leaves
%C states ex-partner just rang and [[t:said he is coming over to finish it]]
%C adv %S [[t:threatening to throw acid]] on his ex at %P
%S on %P [[t:told the kids he would strangle them]]
%C states landlord [[t:threatened to kill her]] over rent, on the way over now
%S [[t:posted that he will shoot his coworkers tomorrow]]
%C says %S [[t:threatened to blow up the fuel dock]] at %P
%S [[t:says he'll stab the next person]] who touches his bag at %P
%C adv %S [[t:threatening the driver with violence]], bus at %P
%C states her brother [[t:said he would kill her if she called police]], he is still there
%S [[t:told the neighbour he will be dead by morning]]
%C reports %S [[t:threatening to hurt the baby]] at %P
%C adv ex [[t:sent photos of her house with a gun emoji]] and the word tonight
%S [[t:said he will run her over]] as she walks home from %P
%C states %S [[t:threatened to shoot]] him during the argument about the dog
%S [[t:threatening staff]] at %P and saying he knows where they live
%C adv tenant [[t:threatened to burn the building]] at %P
%S [[t:is saying he is going to kill someone tonight]] at %P
%C reports %S [[t:threatening to stab]] anyone who comes near his tent at %P
%C states a man at %P [[t:threatened to slit her throat]]
{No weapon seen}, but %S [[t:keeps saying he will kill the manager]] at %P
%C adv %S [[t:said he'd smash her face in]] if she does not give him the keys
%S [[t:making death threats]] over the phone to %C, says he is outside
%C adv %S [[t:threatening to hit staff with a chair]] at %P
2nd caller adv %S [[t:now threatening to kill the security guard]] at %P
%C says father-in-law [[t:threatened to shoot the whole family]] at dinner, has guns in the house
%C states %S [[t:said he would beat the child]] if it keeps crying
%S at %P [[t:warned the clerk he'd be back with a gun]]
%C reports %S [[t:vowed to hurt her]] once the officers leave
%C adv ex [[t:threatening to snatch the kids and hurt her]]
%C adv student [[t:said he will bring a gun to school]] Monday
%S [[t:threatening to knife]] the taxi rank marshal at %P
%C calling to complain about loud music from %P going all night, and adds that when she knocked %S [[t:said he'd kill her if she came back]]
%C states co-tenant [[t:threatening to pour petrol through the letterbox]]
%S [[t:threatening to push someone onto the tracks]] at %P
%C says %S [[t:threatened to drown her]] at the lake near %P
%C adv debt collector [[t:said they'll break his legs]] by Friday
%C states %S [[t:said next time he sees him he's a dead man]] at %P
# injury
C3 [[i:male unresponsive]] on the floor of %P
%C adv pt [[i:not breathing right]], lips going blue
[[i:LOC]] after fall from ladder at %P, %C on scene
Code 3 - [[i:pt bleeding heavily from the head]] at %P
%C states %S [[i:collapsed and is not responding]]
%C adv elderly female [[i:fell and hip is deformed]], can't get up
10-50 with [[i:driver trapped and bleeding]] on %P
%C reports [[i:possible OD, shallow breathing]] at %P
%S [[i:seizing]] on the platform at %P
%C adv child [[i:fell from second floor window]] at %P
[[i:DLOC]] female in the toilets at %P per %C
%C states friend [[i:took too much heroin and is turning grey]]
%C adv [[i:chest pain, sweating, 67 yo male]] at %P
%C reports %S [[i:has a deep cut on the arm and it won't stop bleeding]]
Crew member [[i:crushed hand between containers]] at %P
%C adv [[i:pt unconscious]] after being pulled from the water at %P
[[i:UNCON]] male behind %P, %C can't wake him
%C reports hunter [[i:fell through the ice]] near %P
%C states %S [[i:is choking and cannot talk]]
%C adv pt [[i:struck by a vehicle]] on %P, lying in the road
%C reports diabetic [[i:not making sense and going limp]] at %P
10-52 [[i:pt with burns to face and hands]] at %P
%C adv [[i:pedestrian hit by the bus]] at %P
%C states %S [[i:passed out and hit his head, blood pooling]]
[[i:MVA with injuries]] on %P, %C says two people still in the car
%C adv pregnant female [[i:heavy bleeding]] at %P
%C reports worker [[i:fell off the roof]] at %P, not moving
%C states %S [[i:turning blue]] at %P
[[i:CPR in progress]] at %P per %C
%C adv [[i:pt barely breathing]] in the van at %P
P1 - [[i:unconscious male]] in the creek at %P
%C states %S [[i:overdosed]] in the bathroom at %P
{Minor fender bender earlier}, now %C adv [[i:passenger has severe neck pain and cannot move legs]]
%C adv [[i:snowmobile rollover, rider not moving]] near %P
%C reports child [[i:swallowed bleach]] at %P
%C states %S [[i:had a stroke, face drooping]]
%C adv [[i:anaphylaxis, throat swelling]] at %P
%C adv %S has a [[i:puncture wound to the leg, bleeding a lot]]
%C adv dog attack, [[i:child bitten on the face, lots of blood]] at %P
%C adv [[i:man down, not breathing]] at %P
%C states mum [[i:fell down the stairs and is not waking up]]
[[i:person under train]] at %P
%C reports %S [[i:has a broken leg, bone showing]] after a fall at %P
%C adv %S [[i:hypothermic and incoherent]] at %P
%C states %S [[i:can't breathe]]
2nd caller adv [[i:the driver is now unconscious]] on %P
%C said no injuries, correction: [[i:female now vomiting and confused after hitting her head]]
%C calling about a broken fence and loose horses near %P, says owner went to fix it and [[i:got kicked in the head, now unresponsive]]
%C adv [[i:crush injury]] at %P, leg under a pallet
%C reports [[i:severe bleeding]] from an arm wound at %P
%C reports %S [[i:fitting and frothing at the mouth]] at %P
%C states %S [[i:vomiting blood]] at %P
%C reports elderly male [[i:down in the snow, not responding]] at %P
%C adv [[i:diver surfaced unresponsive]] at %P
# suicide
%C states brother [[s:has a rope and says tonight is the night]]
%S [[s:standing on the outside of the bridge railing]] at %P
%C adv friend [[s:texted goodbye and says she has taken pills]]
%S [[s:cut her wrists]] in the bathroom at %P, %C on line
%C reports %S [[s:says he is going to drive into the river]]
%C adv %S [[s:has a gun to his head]] in the truck at %P
%C states mother [[s:wrote a note and has gone out with the car running in the garage]]
%S [[s:on the roof threatening to jump]] at %P
%C adv %S [[s:swallowed a handful of her sleeping tablets]]
%C states son [[s:said he will hang himself]] after the argument
%S [[s:sitting on the edge of the pier with weights tied to his ankles]]
%C adv partner [[s:locked himself in the shed with the shotgun]] saying he's done
%C reports %S [[s:walking into the sea]] at %P, fully clothed
%C states friend on video call [[s:is tying a ligature]]
%S [[s:attempted to hang himself]] in the holding cell at %P
Counsellor %C adv client [[s:has a plan to overdose tonight and has the pills]]
%C reports %S [[s:laid down on the tracks]] at %P
%C adv %S [[s:said goodbye to the kids and took the rifle out to the bush]]
%C adv veteran [[s:says he has his pistol and wants to end it]]
%C states %S [[s:is on the ledge]] of the car park at %P
%C adv daughter [[s:has been cutting deep and says she wants to die tonight]]
%C reports %S [[s:drank antifreeze]] and told her to say goodbye
%C adv friend [[s:posted a suicide note]] and is not answering
%S [[s:has a knife to her own throat]] at %P
%C states %S [[s:is planning to jump off the ferry]] on the next crossing
%C reports husband [[s:tried to gas himself]] in the car
{Previously only talked about feeling low}, tonight [[s:bought a rope and a ladder]]
%C adv brother [[s:is going to shoot himself]] and has loaded the rifle
%C adv %S [[s:took a full strip of paracetamol]] an hour ago
%C states ex [[s:sent a photo of pills and a bottle of vodka]] saying bye
%S [[s:climbed the crane]] at %P saying he will let go
%C states %S [[s:has a hose running into the car]] at %P
%C adv mother [[s:tried to jump from the balcony]] and %C pulled her back
%S [[s:waiting at the platform edge for the express and says it's for him]]
%C adv %S [[s:overdosed deliberately]] on insulin
%C states friend [[s:is in the bath with a razor]] and says don't come
%S [[s:said he will walk onto the highway]] at %P
%C adv partner [[s:has stockpiled meds and picked tonight]]
%C adv %S [[s:sitting in the car with a gun on his lap]] saying he wants to die
%C calling about her son's missed clinic appointment and a prescription mix-up, then says [[s:he told her he has the pills lined up for tonight]]
%C reports %S [[s:jumped from the wharf]] at %P, still in the water
%C states coworker [[s:left a note on his desk and took the rope from the shed]]
%C adv ex-soldier [[s:saying goodbye and loading his rifle]]
2nd caller adv %S [[s:has now climbed over the rail]] at %P
%C adv friend [[s:says he has cut himself and is bleeding]]
%C states %S [[s:is threatening to set himself on fire]] with a petrol can at %P
%C adv teen [[s:took her mum's pills]] and is getting sleepy
%C reports %S [[s:has a plan and the means]] and says tonight
%C says client [[s:wants to die and has a rope in the wardrobe]]
%S [[s:standing in the middle of the rail bridge]] at %P saying he wants it to end
%C adv elder [[s:said goodbye and walked to the river with his rifle]]
%C adv %S [[s:attempted suicide]] within the last hour, now drowsy
# police_only
%C adv [[p:someone is in the house right now]], she is hiding upstairs
%C reports [[p:two males breaking into cars]] in the lot at %P right now
[[p:burglary in progress]] at %P per %C, hearing glass break
%C states [[p:suspect still inside]] the store at %P after taking cash
%C adv [[p:toddler left alone in a locked car]] at %P, windows up
%C reports [[p:a man is trying to open her front door]] at %P
%C states [[p:kids home alone, 3 and 5, parents gone since yesterday]]
[[p:shoplifter being held by staff]] at %P, becoming combative
%C adv [[p:someone just snatched her bag and ran]] toward %P
%C reports [[p:two subjs stripping copper]] from the substation at %P now
%C adv [[p:van trying to lure kids]] near the school at %P
%C states [[p:male exposing himself to children]] at the park by %P
%C adv [[p:subjects unloading stolen outboard motors]] at %P right now
%C reports [[p:prowler at the back window]] at %P
[[p:vehicle theft in progress]] at %P, %C watching them hotwire it
%C adv [[p:someone is siphoning fuel]] from the trucks at %P right now
%C reports [[p:an unknown man has taken her child]] from the playground
%C states [[p:robbery just happened]] at %P, suspect on foot
%C adv [[p:drunk driver]] weaving all over %P
%C reports [[p:male climbing through a window]] at %P
%C states [[p:ex is breaking the door down]] at %P
%C adv [[p:infant left unattended on the ferry deck]] at %P
%C reports [[p:people breaking into containers]] at %P, 3 subjs
%C says [[p:someone is in her garage]] at %P right now
%C adv [[p:child wandering alone on the highway]] at %P
%C adv [[p:male following a schoolgirl]] on %P
%C reports [[p:pickpocket working the crowd]] at %P, still there
%C states [[p:car window just smashed and they are still in the car park]]
%C adv [[p:suspect is hiding in the bush]] behind %P after the break-in
%C reports [[p:man grabbing at women]] on the train at %P
%C adv [[p:kids left with a babysitter who is passed out drunk]]
%C reports [[p:unknown boat tied to a trawler, people taking gear off]] at %P
%C states [[p:someone is setting fire to bins]] at %P, still there
%C reports [[p:hold-up at the till just now]] at %P
%C adv [[p:boy locked in a dog cage]] at %P
%C states [[p:neighbour's baby crying for hours and no adult home]]
%C adv [[p:guy trying car doors]] along %P right now
%C adv [[p:thief riding her stolen quad]] around %P right now
%C adv [[p:break and enter in progress]] at %P
%C states [[p:suspects fled on foot]] from %P toward the river, 2 min ago
%C adv [[p:trespassers cutting the fence]] at %P
%C states [[p:her ex just took the baby]] in breach of the order
%C adv [[p:teen being forced into a car]] on %P
%C adv [[p:bloke nicking stuff from the ute]] at %P, still there
%C states [[p:youths stealing fuel]] from the bowser at %P right now
%C adv [[p:poachers netting the river]] at %P now
%C reports [[p:DUI driver]] just left %P, heading north
%C adv [[p:intruder in the school]] at %P
%C reports [[p:man trying to take a kid off the platform]] at %P
{Not sure if he is armed}; [[p:suspect still in the garage]] at %P per %C
%C calling first about a lost cat and bin days at %P, then says [[p:someone is in the back yard trying the shed]]
%C adv [[p:two kids alone in the house with the stove on]] at %P
# uncertainty
[[u:open line]], sounds of a struggle at %P
%C [[u:whispering, says she can't talk]], hung up
911 [[u:hang-up]], callback goes to voicemail
[[u:call dropped]] after %C said help at %P
%C [[u:only answering yes and no]], male voice in background
[[u:screaming heard]] from a unit at %P per neighbour
[[u:silent call]], tapping on the line
%C [[u:disconnected mid-sentence]] at %P
[[u:unknown trouble]] at %P, %C hung up
%C [[u:trying to order a pizza]], likely can't speak freely
[[u:woman yelling for help]] at %P, unk nature
%C hears [[u:screams from the apartment next door]], then silence
Counsellor %C [[u:duty to warn]] re client intending to harm his ex-partner
Therapist %C [[u:calling under duty-to-warn]] about a named target at %P
[[u:abandoned 911 from a cell]] near %P, no answer on callback
%C [[u:line went dead]] after saying he's back
[[u:muffled voices]], %C not responding to questions
[[u:text to 911 says can't call, he is here]]
%C [[u:can't say why]], asks for police to come to %P
[[u:distress call cut off]] from a vessel near %P
[[u:crying child on open line]], no adult answers
%C [[u:started to give address then line cut]]
[[u:emergency button pressed]] on the bus at %P, driver not answering
[[u:unknown emergency]] at %P, %C hung up
%C's sister calling, [[u:%C used their agreed code word]] on the phone
%C [[u:sounds terrified]] and keeps saying she can't talk now
[[u:shrieking]] from the park near %P, %C can't see anyone
[[u:voice saying help me]] then disconnect
[[u:mayday cut off]] near %P
[[u:SOS from a PLB]] near %P, no voice contact
[[u:panic alarm]] triggered at %P, no answer from site
%C [[u:hung up when asked if she is safe]]
Psychologist %C [[u:reporting client's stated intent to hurt his boss]]
GP %C [[u:duty-to-warn call]] re patient threatening a neighbour
%C [[u:pretending to talk to her mum]], answering yes or no
Callback answered by a male who said wrong number, [[u:female screaming behind him]]
[[u:screams and a thud]] heard from %P
[[u:emergency intercom activated]] at %P, no one responding
%C [[u:whispering that he's in the house]]
[[u:open line, female crying]] at %P
[[u:caller said 'he's coming' and hung up]]
[[u:no voice, only breathing]] on the line from %P
[[u:text message: help, not safe]] from unknown location near %P
%C [[u:cannot speak freely]] per interpreter
[[u:incomplete call]], sounds of breaking glass
2nd caller reports [[u:screaming]] coming from %P
%C was saying the address [[u:then the phone was grabbed]]
[[u:repeated hang-ups]] from %P, 4 in 10 minutes
%C [[u:sounded scared and disconnected]]
%C rang about a parking dispute at %P and the council not answering, then [[u:a man shouted in the background and the line cut]]
[[u:ELT signal]] from a light aircraft near %P
[[u:yelling and banging]] heard then the call was lost
%C [[u:says she is ok but used the word red]]
# weapon
%C calling from %P about a neighbour dispute, {says no guns in the house}, but now %S [[w:has come out with a shotgun]]
Two men arguing at %P, {no weapons seen initially}, 2nd caller adv [[w:one pulled a knife]]
# violence
%C reports ongoing argument with flatmate at %P, {nothing physical so far she says}, now [[v:he has shoved her into the door]]
Verbal dispute at %P, %C initially said {no one was hurt and no weapons}, 2nd caller adv [[v:male is stomping on the other guy]]
# threat
%C adv ex keeps calling, {has never been violent before}, tonight [[t:said he will kill her and the kids]]
Parking dispute at %P, {no weapons seen by %C}, but %S [[t:said he'll be back to shoot the lot of them]]
# injury
%C reports bumper tap on %P, {said no injuries at first}, now adv [[i:driver slumped over the wheel, not responding]]
Lift assist request at %P, %C initially {said no injuries}, update: [[i:pt now unresponsive with shallow breathing]]
# suicide
%C asking for counselling info for her brother, {he has no plan she thought}, but he just sent [[s:a photo of the rope he bought]]
Welfare check on %S at %P, {family said not suicidal}, update: [[s:he has texted that he's taken all his pills]]
# police_only
%C reporting a theft from her shed at %P last week, {nothing ongoing she thought}, but [[p:someone is in the shed right now]]
%C says kids were playing outside %P, {no adults worried earlier}, now [[p:a stranger is pulling a child into his van]]
# uncertainty
%C calling about noise at %P, {says it is just a party}, then [[u:line went dead mid-call]]
Lockout request at %P, {%C sounded calm at first}, then [[u:started whispering she can't talk and hung up]]
# weapon
%C calling back about the trailer parked across her drive at %P since Sunday, owner finally came out and [[w:is now waving a pistol at her]]
%C rang to ask about the burn ban and the smoke drifting over from %P, then adds the neighbour [[w:is out there with a rifle aimed at her dogs]]
# violence
%C first asking whether the road at %P has been plowed yet and when the store opens, then says her uncle [[v:is punching her cousin in the kitchen]]
%C wants to report a rubbish pile and a broken street light outside %P, mentions a couple walking past and [[v:the man just threw the woman into the hedge]]
# threat
%C asking how to get a copy of her lease and whether the landlord can enter without notice at %P, says he was just there and [[t:said he'd burn her out tonight]]
%C complaining about a dog fouling the verge near %P for weeks, owner came over and [[t:told her he will slit her throat if she calls again]]
# injury
%C asking about road conditions and whether the ferry is running from %P this afternoon, mentions her husband [[i:just collapsed and is grey and sweating]]
%C calling about a lost wallet and some keys handed in at %P, then says the man next to her [[i:has gone down and is not breathing]]
# suicide
%C wanting to know visiting hours and how to make a complaint about the clinic at %P, then says her partner [[s:is in the garage with a rope]]
%C reporting a water leak in the flat above at %P and the landlord not answering, adds that her neighbour [[s:posted he is going to jump tonight]]
# police_only
%C calling about overgrown hedges and a blocked footpath at %P that council never fixes, then says [[p:two men are carrying her neighbour's TV out the back]]
%C asking for the non-emergency number and about a parking fine from last month, then says [[p:someone is rattling the back door handle right now]]
# uncertainty
%C asking about the bus timetable changes at %P and whether the late service still runs, then goes quiet and [[u:a man's voice says put the phone down]]
%C calling about a neighbour's cat in her shed at %P and whether animal control opens tomorrow, then [[u:screaming in the background and the call drops]]
'''

ELIG_TXT = r'''
# noise
%C complains of party at %P, {people screaming along to the karaoke}, wants it turned down
Dogs barking nonstop at %P, %C says {it is killing her sleep}
%C adv neighbour's {bass is pounding like a hammer} through the wall, no other issue
%C reports fireworks at %P, {sounded like shots} but she can see the rockets going up
Loud {banging} from %P, %C says it is the neighbour doing renovations again at 2300
%C adv kids upstairs {screaming} while playing video games, every night, wants a word had
Generator running all night at %P, %C says the {noise is torture}
%C states bar at %P has a live band, {drummer is murdering the songs}, wants noise check
Motorbikes revving on %P, {no one hurt}, just noise
%C complains of a leaf blower at 0630, {could strangle the guy} she says, just wants it stopped
Rooster crowing at %P from 0400, %C {losing her mind}
%C reports {yelling} from %P, can see through the window it is the football on TV
Ship horn sounding repeatedly at %P, {no distress}, crew testing, %C wants it stopped
Busker with an amplifier at %P, %C says the {screeching} is unbearable
%C adv house party at %P, {no fights}, just loud and cars blocking the drive
Bagpipe practice at %P, %C {thought someone was being hurt} at first, it's the neighbour practising
%C adv neighbours arguing loudly about football, {no threats}, just the volume
{Blasting booms} from the quarry at %P, %C asks if it is scheduled
# verbal-dispute
%C and flatmate yelling over rent, {no one has been touched}, wants someone to mediate
Verbal only between %S and shop staff at %P over a refund, {no weapons}, {no threats}
%C adv couple arguing in the car park at %P, {no hitting seen}, just loud
Two neighbours shouting over a boundary fence at %P, {nobody physical}
%C states brother is {screaming at her} about the inheritance, {she feels safe}, wants him to leave
Argument on the bus at %P about a seat, {words only}, driver asks for someone to attend
%C says %S called him names at the bowser, {never got physical}, %S has left
Dispute between deckhands at %P over wages, {raised voices, no contact}
%C and ex arguing by text over the custody weekend, {no threats made}
%S yelling at staff at %P about wait times, {not aggressive, no weapons}, staff want him calmed
Verbal disagreement at the community hall at %P over bingo, {elderly parties, no violence}
%C adv teens arguing with the shopkeeper at %P, {no punches thrown}
%C states mum and dad {fighting} again, arguing only per %C, {no one hit}
Two drivers shouting after a minor bump on %P, {both uninjured}, swapping details
%C's roommate {slammed doors} and yelled, {no one hurt}, now in his room
Taxi fare dispute at %P, driver and %S {shouting}, no weapons
%C adv neighbour {threw insults}, not threats, over parking on %P
Argument between fishermen over a net at %P, {no shoving}, just words per %C
# welfare-check
%C asks for a welfare check on elderly mum at %P, {not answering phone}, usually at bingo Tuesdays
%C worried about %S sleeping in a car at %P, {breathing fine}, appears cold
Welfare check on neighbour at %P, mail piling up, {no smell, no signs of injury}
%C requests check on friend who has been {low lately}, {no talk of self-harm}
%S sitting on the bench at %P for hours, {not in distress}, %C just concerned
%C asks someone look in on uncle at %P, {no sign of trouble}, just hasn't been seen at the store
Elderly female wandering at %P, {uninjured}, seems confused about the bus route
%C concerned about young woman crying at the bus stop at %P, {no injuries}, says she is just sad
Welfare check on crew member who missed his shift at %P, {no known risk}
%C asks for check on %S at %P, {he isn't suicidal}, just hasn't answered in two days
%C saw a man {lying on the grass} at %P, he sat up and waved, %C still wants a check
Check on elder at %P during the cold snap, {wood stove is out}, no other concern
%C asks welfare check on a tenant, {no answer at door}, car gone, likely away
%C concerned about kids walking to school at %P without coats, {unharmed}, just cold
%S talking to himself at %P, {not threatening anyone}, %C asks for check
%C's dad has dementia, {no injury}, sounded muddled on the phone, wants a check
Check requested on a fisherman at %P who went out late, {radio contact made, fine}, family still worried
# past-theft
%C reports {gun stolen} from his truck at %P sometime last week, no suspects
Bike taken from %P overnight, {no suspects on scene}, for insurance
%C adv tools stolen from the shed {two days ago}, wants a report number
Wallet pickpocketed on the train at %P earlier today, {suspect long gone}
%C states {someone broke into} her car at %P last night, nothing now, report for insurance
Fuel siphoned from boats at %P {over the weekend}, harbourmaster wants it logged
%C's parcel stolen from the porch {yesterday}, has doorbell footage
%C reports {burglary} at the cabin at %P found today, {happened sometime last month}, no one around
Catalytic converter {cut off} his van at %P overnight, report only
%C adv {shoplifter} took razors at 1400, {left the area}, store wants crime number
Phone {snatched} at %P {three days ago}, %C has the tracking screenshot
%C's {hunting rifle missing} from the lodge, last seen in the fall, wants it on record
%C reports outboard motor stolen from %P {some time over winter}
Number plates stolen from her car at %P {last week}, needs a report
%C adv kids' scooters taken from the yard {yesterday afternoon}, {no suspects around now}
%C reports {break-in} at the church hall at %P, {discovered this morning, nobody inside}
%C says the tip jar was {taken} at %P before close last night, on camera
Fish stolen from the freezer at %P, {occurred over the holiday}, no suspects
# found-property
%C {found a kitchen knife} in the bus shelter at %P, put it in a bag, wants it collected
{Bullet casings found} on the trail near %P, old and rusty, %C wants them picked up
%C handed in a wallet {found} at %P, {cash still inside}
{Found a syringe} in the playground at %P, needs safe disposal
%C found an {old rifle} wrapped in a blanket in the attic of the house she just bought, wants it collected
Bag left on the platform at %P, %C looked inside, {just clothes, nothing dangerous}
%C {found a machete} in the long grass by %P, no one around, wants it disposed of
Phone found on the ferry at %P, {owner unknown}, %C wants to hand it in
%C {found ammo} in a box of donated books at %P
Kids found a {flare gun} washed up on the beach near %P, %C has it secured
Set of keys {found in the gutter} at %P
%C {found a gun} in a drawer at her late father's house, {unloaded}, wants police to collect
{Found a knife} on the seat of the bus at %P, driver has it bagged
Passport {found} at %P, %C wants it returned
{Pocket knife found} at the school gates at %P, teacher has it
%C found a {BB gun} in the bushes at %P, wants it collected
# passive-ideation
%C says she has been {thinking about suicide} lately, {no plan, no means}, wants to talk to someone
%S told his mate {he sometimes wishes he wasn't here}, {no plan}, mate wants advice
%C feels {like disappearing}, {denies any plan}, asks for a counsellor callback
%C states {suicidal thoughts} on and off for years, {no intent tonight}, wants crisis line number
Mum reports teen said {'I wish I was dead'} after exams, {no plan, no access to meds}, wants support
%C says {life isn't worth it} some days, {no plan or means}, wants to speak to someone
%C wants to talk, {had dark thoughts} after the funeral, {safe at home with sister}
Veteran %C {thinks about ending it} sometimes, {guns removed by family months ago}, wants peer support
%C {passive ideation}, {no plan}, requests mental health team visit
%C says friend {texted she feels hopeless}, {no mention of a plan}, friend with her now
%S at %P told staff he {feels like giving up}, {denies intent}, calm and chatting
%C {not wanting to be alive} since job loss, {no plan}, safe, wants a callback in the morning
%C {thought about jumping} last year, {not now}, just feeling anxious tonight
Gran says she'd {rather be dead than in a home}, {no plan}, family asking for support visit
%C states {self-harm history}, {no current urges}, wants help finding a therapist
%C {feels suicidal at times}, {no plan, no means}, already spoke to GP today
%C's partner {talks about not waking up}, {no plan}, no means in the house
# intox-fine
{Drunk} male walking home on %P, {steady enough}, %C just wants him checked
%S {intoxicated} at %P, {no injuries}, waiting for a taxi
%C reports a woman {very drunk but talking}, sitting on the kerb at %P, friends with her
%S {ETOH}, singing at %P, {no aggression}, staff want him moved along
%C says %S {smells of alcohol}, asleep on the bench, {breathing normally}, responds when spoken to
{Intox} pax on the last train at %P, {awake and fine}, needs help getting off
%S {drunk} at the wedding at %P, {no fights}, family wants him taken home
%C reports %S {stumbling} on %P, {walking okay now}, wife on her way
{Drunk} crewman asleep in the smoko room at %P, {woke up fine}, supervisor wants him off site
%S {high on something}, giggling at %P, {calm and not hurting anyone}
%C states her dad {had too many}, {no injury}, just wants him to go to bed
%S {intoxicated}, asking for change at %P, {polite}
{ETOH} male at the bus shelter, {alert and oriented}, asking for a ride to the shelter
Two {drunk} tourists lost at %P, {uninjured}, can't find their hotel
%C says %S {drank a lot} at the bonfire, {sitting up and talking}, wants advice
%S {wasted} at %P, {no violence}, bouncers want him collected
{Drunk} female at %P, {no injuries}, friend driving her home
# unhoused-sleeping
%S {sleeping} in the doorway of %P, {breathing and snoring}, shop wants him moved on
Rough sleeper in the bus shelter at %P, {no medical issues}, %C asks for outreach
%C reports a tent set up in the park at %P, {quiet}, wants outreach
%S {lying} under the bridge at %P, {moves when called}, just sleeping
Man sleeping in the stairwell at %P, {not injured}, asks for a blanket
%C reports <<i:person not moving in a sleeping bag>> at %P, ((then he rolled over and told %C to go away))
%S camped behind %P, {no drugs seen, no weapons}, staff want him gone
Unhoused female asleep on a platform bench at %P, {awake when staff spoke to her}
%C asks for shelter info for a man sleeping in his car at %P, {seems fine}
Person {sleeping rough} at the ferry terminal at %P, {no distress}
%S sleeping by the heat vent at %P, {checked by %C, talking}
Homeless man asleep in the church porch at %P, {fine}, wants help with food
%C reports someone {camping} on the port land at %P, {cooperative}
Woman with a shopping trolley sleeping at %P, {no injuries}, {not intoxicated}
%S in a sleeping bag at %P, {snoring}, rain starting, %C asks for check
<<i:Unresponsive male on a bench at %P>>, ((2nd caller: he is awake now, was just asleep, asking for a bus pass))
Youth sleeping in the laundromat at %P, {no injuries}, owner wants welfare check
# resolved-alarm
<<p:Burglar alarm sounding at %P>>, ((keyholder on scene, set off by cleaner, cancel))
<<u:Panic alarm activated at %P>>, ((manager called back, pressed by accident, all fine))
<<u:Open line, screaming heard>>, ((callback: kids on the trampoline, mum confirms all ok))
<<i:Medical pendant alarm, no voice contact>>, ((daughter attended, pressed it in her sleep, pt fine))
<<p:Intruder alarm at %P>>, ((alarm company cancelled, wind set off motion sensor))
<<u:911 hang-up from %P>>, ((callback reached %C, toddler playing with the phone, adult confirms no emergency))
<<p:Smash alarm at the jewellery store at %P>>, ((owner on site, window intact, faulty sensor))
<<u:Emergency button pressed on the bus>> at %P, ((driver confirmed accidental, no issue))
<<i:Fall detector triggered at %P>>, ((resident answered, dropped the watch, no injury))
<<u:PLB activation near %P>>, ((owner reached by sat phone, tested it by mistake))
<<p:Vault alarm at %P>>, ((bank staff on site, code entered wrong, cancel units))
<<u:Silent call from %P>>, ((callback answered, pocket dial, %C apologised))
<<w:Gunshot sensor alert near %P>>, ((confirmed fireworks from a wedding))
<<p:Door forced alarm at the gate at %P>>, ((security confirmed staff shift change))
<<u:Emergency intercom at %P>>, ((station staff attended, child pushed the button))
<<p:Car alarm and glass noise at %P>>, ((owner says he dropped a bottle, car fine))
<<u:ELT signal near %P>>, ((aircraft confirmed parked, hard landing set it off, pilot fine))
<<u:Screams reported from %P>>, ((2nd caller: horror movie night, residents confirm all good))
<<p:Shop alarm ringing at %P>>, ((staff inside, stocktake, alarm reset))
# corrected-report
<<w:%C reported a man with a gun at %P>>, ((correction per %C: it is a leaf blower))
<<v:Initially reported as a fight at %P>>, ((2nd caller: rugby training, no one hurt))
<<i:Reported person collapsed at %P>>, ((update: he was tying his shoe, fine))
<<w:Report of a knife at %P>>, ((correction: a hairbrush, %C misread))
<<s:%C said friend is on the bridge>>, ((correction: friend is at home and spoke to dispatch, ok))
<<u:Female yelling for help at %P>>, ((2nd caller: it is a parrot that says help))
<<p:Man breaking into a car at %P>>, ((update: owner locked out, has ID, it's his car))
<<t:Caller said he'd been threatened>>, ((correction: he meant a rates letter from the council))
<<w:Man with rifle on %P>>, ((update: it is a survey tripod))
<<i:Person bleeding at %P>>, ((correction per 2nd caller: beetroot juice spilt, no injury))
<<v:Assault at %P>>, ((update: staged for a film shoot, permit shown))
<<p:Kids alone in car at %P>>, ((update: dad was at the pump 5 m away, back in car))
<<w:Shots fired at %P>>, ((update: car backfiring, owner apologised))
<<i:Unresponsive male at %P>>, ((2nd caller: he was asleep with headphones, now awake))
<<s:Woman on a ledge at %P>>, ((correction: window cleaner in a harness))
<<w:Man with a sword at %P>>, ((update: cosplayer heading to the convention, foam prop))
<<u:Call dropped at %P>>, ((%C rang back, battery died, just wanted to report a pothole))
# history-only
%C mentions {ex was violent years ago}, today just wants help with a custody paper
{Address has a history of firearms} calls, today's call is a noise complaint only
%C {was stabbed in 2019}, calling now for a copy of the report
Premise note: {prior DV at %P}, current call is a barking dog
%C says her son {attempted suicide two years ago}, doing well now, wants info on support groups
{Flagged address for weapons}; %C today asking about a lost cat
%C {was assaulted at %P last month}, wants to follow up on the case number
%S {has priors for assault}, today sitting quietly at %P, store wants him moved
%C states {her husband used to hit her}, divorced now, wants a copy of the old order
{Previous overdose at %P in March}, %C today reporting a broken streetlight
%C {was threatened at knifepoint last year}, nervous about the new neighbour, no incident
{Hazard flag: prior shots fired at %P}; current call is a lockout
%C's brother {died by suicide} last spring, %C wants grief support info
{History of violence} noted for %S, currently just asking for a ride home
%C {witnessed a shooting as a kid}, having flashbacks, calm, wants a counsellor number
{Known to carry a knife} per old notes, %S today is at %P asking about his lost bag
%C states {there was a fight at %P on Saturday}, wants to give a statement
# negated-danger
%C adv neighbours arguing, {no weapons, no injuries}, just wants them quieted
Minor crash at %P, {no injuries}, {no one trapped}, cars blocking the lane
%S acting strange at %P, {no weapons seen}, {not threatening}
%C says {nobody is hurt} and {no one has a gun}, just teens yelling at %P
{No blood, no injuries}, %C's son fell off his skateboard and is fine, wants advice
%C reports a man at %P, {not armed}, {not aggressive}, just asking for bus fare
Dispute over a parking space at %P, {no threats}, {no weapons}, {no contact}
%C denies {any violence}, just wants help getting her things from the flat
{No signs of forced entry}, {no one inside}, %C wants the door checked at %P
Kids squabbling over a ball at %P, {no one hurt}, parents on the way
%S pacing at %P, {denies any thoughts of harm}, calm, staff want a check
%C states {nobody is bleeding} after the bumper tap on %P, just wants a report
{No smoke, no fire}, just a burning smell from the neighbour's BBQ at %P
{No weapon}, {no threat}, %S just refusing to leave the lobby at %P
%C says the ex {never threatened her} and {has no guns}, just keeps turning up
Fall at %P, {no head strike}, {no pain}, resident needs help up
%C says {no one is in danger}, just a stranger's car parked across her drive at %P
# toy-prop
%C sees boys with {orange-tipped toy guns} playing in the yard at %P
Man in a knight costume with a {plastic sword} at %P, cosplay event, %C just curious
%C reports {fake blood} on the window of %P, Halloween decorations
{Nerf gun} battle at the park at %P, %C thinks the kids are too loud
Student film crew at %P with a {prop rifle}, permit shown
{Halloween dummy hanging} from the tree at %P, %C thought it was real at first
{Water pistol} fight on the train at %P, pax getting wet, staff want a word
%C found {inert replica grenades} in a box of re-enactment gear at %P
{Paintball} players crossing the road at %P, %C worried about traffic
Kids playing {cops and robbers with cap guns} at %P
%S at %P carrying a {replica sword}, peace-bonded for the convention
{Zombie walk} at %P, {people covered in fake gore}, council permit
%C reports a {mannequin} floating in the harbour at %P, confirmed plastic
Theatre rehearsal at %P, {screaming and stage fight} heard from the street, %C asking
{Airsoft} game in the woods at %P, %C wants to know if it's allowed
Child waving a {foam axe} at %P, parents laughing
{Toy pistol} left on the seat of the bus at %P, driver checked it, plastic
# idiom
%C calling about the road closure at %P after the show, says her son {killed it} on stage
%S at %P shouting {'you're dead'} at his mate over a darts score, both laughing
%C says {she is dying} to know when the road will reopen at %P
%C states the ferry delay is {murder}, wants info on the next crossing
%C says the queue at %P {is a bloodbath}, wants someone to direct traffic
Comedian at %P {bombed}, crowd heckling loudly, noise only
%C says neighbour's tree {is killing her lawn}, civil matter
%C says {her feet are killing her}, wants a lift home from %P
Teens {shooting hoops} at %P after dark, %C wants the lights off
%C says the new boss {will be the death of her}, calling about a parking issue
%C says the heat {is murder} and the aircon at %P died, elderly tenants fine
%C says tourists at %P are {slaying the salmon} and thinks they're over the limit
%C says her team got {slaughtered} and fans are loud outside %P
%S at %P {blew up} at the cashier, then calmed down and left
%C says she {could strangle} her husband for leaving the gate open, cows on %P
Band at %P {killing it}, crowd noise over the limit
%C's son {shot a great video}, asking about filming permits at %P
# tool-in-use
Man with an {axe} splitting firewood at %P, %C new to the area and unsure
{Chainsaw} running at %P, arborist crew cutting a tree, %C worried about the noise
Roofers with {nail guns} at %P starting at 0630, %C complains
%C reports a man {carrying a machete} down %P, clearing brush for the council, hi-vis on
{Filleting knives} out on the crew table at %P, %C thought it looked dodgy, just work
Butcher at %P {covered in blood}, hosing down the back lane, %C asks if it's allowed
%C sees men with {crowbars} at %P, council crew lifting drain covers
Gardener with a {hedge trimmer} at %P, %C thinks he's trespassing
{Hammering and sawing} at %P late at night, neighbour building a deck
%S {sharpening knives} at the market stall at %P, %C worried but it's his trade
Hunters {field dressing a moose} near %P, {blood on the snow}, lawful season
Welder at %P, {sparks flying}, %C worried about fire risk, supervised
{Sledgehammer} demolition at %P, %C says it's shaking her wall
Longshoremen with {cargo hooks} at %P, normal work, %C is a tourist asking
Man with a {pitchfork} in the field at %P, haying
{Bolt cutters} on a lock at %P, owner lost the key, has ID
Fisherman swinging a {gaff} on the wharf at %P, landing a fish
# lawful-firearm
%C asks how to {transport a rifle} to the range legally
{Guns are locked in the safe}, %C moving house, wants advice on storage rules
Hunter in orange with a {rifle} walking the logging road near %P, season open
%C hears {shooting} from the licensed range at %P, wants hours confirmed
%C wants to hand in {grandfather's shotgun} for destruction, unloaded, in a case
Farmer {shooting rabbits} on his own land at %P, %C is a visiting cyclist
%C's son {has a permit} for his {deer rifle}, she wants to know about storage
Duck hunters {firing} at the marsh near %P, %C thinks it's too close to the path
{Gun club} competition at %P, %C complains of noise
%C reports {licensed pistol} kept in a lockbox, wants to update her address
%S with a {holstered sidearm} at %P is a security guard on duty, %C asking
Trapper with a {.22} checking lines near %P, %C asks if it's legal
{Firearms locked in a cabinet}, %C's ex wants them back, civil question
Clay shooting at %P, {shotguns} heard all afternoon, %C wants noise check
%C found out neighbour {owns guns legally}, {no threats}, just uneasy
Bear guard with a {rifle} at the fish camp at %P, normal practice
%C asks about {renewing a firearms licence}
# mh-calm
%C calm, {hearing voices} again, wants her case worker contacted
%S at %P {off his meds}, calm, asking for help with a clinic appointment
%C had an {anxiety attack} earlier, settled now, wants to talk to someone
Mum asks for mental health team for adult son who is {paranoid} but {calm and not violent}
%C says she {feels like she's falling apart}, {no self-harm}, wants a peer worker
%S at %P {talking to unseen people}, {harmless}, staff want a mental health visit
%C {bipolar, manic}, not sleeping, {no danger}, wants GP callback
%C's flatmate {having a breakdown}, crying, {calm}, wants support
%S at the library at %P {believes he's being watched}, {quiet}, librarian asks for outreach
%C requests a crisis worker, {panic}, {no thoughts of harm}
Elder at %P {confused and upset} after a bad dream, family asks for support
%C says {PTSD flashback} after fireworks, calm now, wants veteran support line
%S {rambling} at %P, {not aggressive}, wants a coffee
%C wants to talk about {grief}, {not in danger}
Teen at %P {overwhelmed}, crying in the toilets, {no harm to self}, school nurse with her
%C {schizophrenia}, missed injection, {calm}, asks for nurse visit
%C {can't stop crying}, {safe}, wants someone to talk to tonight
# juvenile-loitering
Group of teens hanging around %P, {no fighting}, shop wants them moved on
Kids {skateboarding} at %P after hours, %C worried about damage
Youths {hanging about} the ferry terminal at %P, {not causing trouble}
Teens {smoking} behind %P, %C thinks they're under age
%C reports kids {throwing snowballs} at cars on %P
Juveniles on the platform at %P {playing loud music}, {no threats}
Teens {mucking about} on bikes at %P, %C says they nearly clipped a pedestrian
Youths {loitering} at the bus shelter at %P, {no weapons, no fights}
%C says kids {climbing} on the playground after dark at %P
Teens {swearing} at passers-by at %P, {no threats}
Group of kids {hanging out} on the wharf at %P, %C worried they'll fall in
Young people {gathering} in the car park at %P, music, {nothing violent}
Kids {knocking on doors and running}, %C annoyed
Youths on the school field at %P {after dark}, {no trouble seen}
%C reports teenagers {in the stairwell} at %P, {vaping}
Kids {ringing the bell} at the community hall at %P and running off
Teens {fishing off the breakwall} at %P, not allowed
# civil-matter
%C and landlord disputing deposit, {no threats}, wants to know her rights
Custody exchange at %P running late, {no conflict}, %C asks for a standby
%C wants help getting her belongings from ex's at %P, {no history of violence}
Boundary fence dispute at %P, {no contact}, wants civil advice
%C says mechanic is {holding her car hostage} over a bill
%C says ex {stole} the dog they bought together, wants ownership advice
Neighbour {parked on %C's lawn} again, wants to know if it's a police matter
%C wants a standby while {serving papers} at %P
Tenant {locked out by landlord} at %P, {no threats}, civil
Dispute over a boat mooring at %P, {shouting only}, wants the harbourmaster
%C's ex {won't return} the car, it's in both names
Contractor took a deposit and never finished the deck, %C asks if it's {theft}
%C wants to know if she can {evict} her adult son, {no violence}
Inheritance dispute over grandma's house at %P, family {arguing}, civil only
Ex {kept the kids} an extra night, {kids safe with him}, %C wants advice on the order
%C's neighbour {cut down} her tree at %P, wants it on record
Repo agent at %P, %C asks if it's legit, {calm}
# animal
Moose on the tracks at %P, {not injured}, %C wants it moved
%C reports {injured deer bleeding} in the ditch on %P
Dog {barking and howling} at %P for hours, owners away
{Dead seal} on the beach at %P
%C says a dog {attacked her cat}, cat at the vet, dog now home
Cows loose on %P, {no crash}
%C reports a {snake} in the laundry at %P
Horse {bleeding from a cut} on its leg in the paddock at %P, owner unknown
Bear in the bins at %P, {no one hurt}
%C reports {dog left in a hot car} at %P, windows cracked
{Stray dogs} chasing chickens at %P
Sea lion {blocking} the boat ramp at %P
%C says there's a {bat} flying around the kitchen at %P
Possum {screaming} in the roof at %P, %C thought it was a person
Wild pigs {rooting up} the park at %P
Kangaroo {hit by a car} on %P, still alive, driver fine
Eagle {tangled in fishing line} at %P
# harassment-no-threat
%C getting {repeated calls} from ex, {no threats made}, wants it logged
%S keeps {following her around} the market at %P asking for a date, {no threats}, she wants advice
%C receiving {rude messages} on social media, {no threats}, wants to know options
Neighbour {staring} into %C's windows, {never threatening}, wants a word had
%C's coworker {keeps texting} after being told to stop, {nothing threatening}
Ex {shows up at her work} at %P asking to talk, {leaves when asked}, wants it documented
%C receiving {prank calls} at home, kids giggling, wants them stopped
%S {name-calling} %C at the bus stop daily, {no threats}
%C's ex {posting about her} online, {no threats}, wants it recorded
Scam caller {pestering} %C, wants to report it
Neighbour {filming} %C's yard, {no threats}, civil
%C says a man {catcalled} her at %P, {left the area}
Debt collector {ringing 10 times a day}, {polite}, %C wants it stopped
%C's former friend {spreading rumours}, {no threats}
%S {leaving notes} on %C's car about parking, {not threatening}
%C's ex {sending flowers} despite being told to stop, {no threats}
%C being {trolled} on a gaming site, {no threats of harm}
# non-urgent-assist
%C locked out of her car at %P, {kids not inside}, just needs help
Lift assist at %P, elderly male {slipped onto the floor}, {no injuries}, can't get up alone
%C needs a ride to the shelter from %P, {not injured}
Motorist with a flat tyre on %P, {safe off the road}
%C asks directions to the {hospital} to visit mum, {not an emergency}
Power out at %P, %C asks for the utility number, {no one on oxygen}
%C needs someone to open the gate at %P for the vet
Tourist lost near %P, {safe and warm}, asking for directions
Disabled pax needs help off the bus at %P, {no injury}
%C asks about a {Narcan} training course at %P
Elderly man needs help carrying groceries up the stairs at %P, {not hurt}
%C stuck in the lift at %P, {no medical issues}, maintenance called
%C asks for a jump start at %P, {car dead, she is fine}
Boat out of fuel near %P, {crew safe}, wants a tow
%C needs a lift from %P after missing the last ferry, {no danger}
Snowed in at %P, {supplies fine}, asks about road clearing
%C's elderly neighbour {fell} in the garden, {already up and fine}, wants a hand inside
# missing-found
%C reported son {missing} at 1800, {now home safe}, cancel
{Missing elder} from %P {located at her sister's}, unharmed
Child {lost} at the fair at %P, {reunited with mum}
{Missing hiker} {walked out} to %P, {uninjured}, family informed
Teen runaway {returned home}, %C wants the report closed
{Overdue} fishing boat {back at the wharf} at %P, crew fine
{Missing} dementia patient {found in the garden shed}, {no injuries}
%C reports husband {didn't come home}, {he just rang from a mate's}, all good
{Missing child} at %P {found asleep under the bed}
{Lost kayaker} {made it to shore} near %P, cold but fine
Student {missing} from school {located at the library}
%C's mum {wandered off} from %P, {found by a neighbour}, unhurt
{Missing snowmachiner} {arrived at the village}, {no injuries}
{Missing pax} from the cruise ship {located in a bar} at %P
Boy {missing} from the campground {found at the lake} with friends, fine
{Runaway located}, {safe with grandparents}, %C wants it closed
<<p:Child missing from %P>>, ((update: found safe at a friend's house, mum with him))
# media-fiction
%C hears {gunfire and screaming} from %P, it's the neighbour's home cinema playing an action film
{Murder mystery party} at %P, guests shouting, %C noise complaint
Video game {shooting sounds} through the wall at %P all night
{Haunted house} attraction at %P, {screams} from the queue, %C noise
Film crew {staging a car chase} at %P, permit, %C worried
%C saw a {body on the ground} at %P but it's a film set, crew confirms
Theatre group rehearsing {a hanging scene} outdoors at %P, ropes are props
%C hears {'help, help'} from a radio play at %P, volume complaint
Re-enactment society at %P {firing blanks} from muskets, permit shown
Escape room at %P, customers {screaming}, %C next door complains
Horror film night, {blood-curdling screams} from %P, %C laughs it off, just noise
{War documentary} blaring at %P, explosions noise, %C complains
Stunt show at %P with {fire and explosions}, scheduled
Kids recording a {fake kidnapping} video at %P for a school project, adults present
{Crime drama} filming at %P, fake police cars, %C confused
{True-crime podcast} recording at %P, {screams} are sound effects, %C asks about noise
%C hears {a man shouting 'drop it'} from %P, it's the TV cop show, just too loud
'''

import csv, io, json, os, re, sys, random

SEED = 21_0421
N_ROWS = 1000
N_TRUNC = 200
N_RED_SRC = 440
# truncation cut categories and counts (sum 200)
CUT_PLAN = [('after', 50), ('before', 36), ('decoy', 38), ('key', 42), ('res', 34)]
CODE2KIND = {'w': 'weapon', 'v': 'violence', 't': 'threat', 'i': 'injury',
             's': 'suicide', 'p': 'police_only', 'u': 'uncertainty'}
KINDS = ['weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty']

# ---------------------------------------------------------------- agencies
# call-type categories used by every agency vocabulary
CATS = ['weapon', 'assault', 'threat', 'medical', 'suicide', 'crime', 'unknown', 'welfare', 'assist',
        'disturbance', 'info', 'noise', 'theft', 'property', 'mh', 'intox', 'alarm', 'suspicious',
        'juvenile', 'civil', 'animal', 'harass', 'missing']

def _types(s):
    vals = [v.strip() for v in s.split('|')]
    assert len(vals) == len(CATS), (len(vals), s[:40])
    return dict(zip(CATS, vals))

AGENCIES = [
    dict(code='TRB', name='Tanana Ridge Borough Dispatch (rural Alaska)', W=136, case='as', sep=' / ', hsep=' ',
         callers=['RP', 'caller', 'RP'], subjects=['subj', 'the male', 'subj'],
         places=['Mile 14 Elliott Hwy', 'the village store', 'the lodge at Bluff Creek', 'the airstrip',
                 'the fish camp', 'the washeteria', 'the school gym', 'the boat launch'],
         head=['LINE 911', 'SAT PH', 'ADMIN LN', 'T#T', 'INC #Y-#5', 'VPSO ADV', 'AST #U ENRT', 'RCVD #T'],
         tail=['EMS notified', 'units advised', 'VPSO aware', 'no further', 'CB #3-#4', 'wx IFR, ground only',
               'dup of #Y-#5', 'per RP'],
         units=['1A21', '2B04', 'VP3', '1A09'],
         types=_types('Weapons complaint|Assault|Threats|Medical|Suicidal person|Crime in progress|Unknown problem|'
                      'Welfare check|Public assist|Disturbance|Information|Noise complaint|Theft report|'
                      'Found property|Mental health|Intoxicated person|Alarm|Suspicious activity|Juvenile problem|'
                      'Civil matter|Wildlife/Animal|Harassment|Missing person/SAR')),
    dict(code='WYV', name='Wyvern Constabulary Force Control Room (UK-style)', W=104, case='upper', sep=' // ', hsep=' ',
         callers=['INFT', 'MOP', 'INFT'], subjects=['NOMINAL', 'MALE', 'SUBJ'],
         places=['Harrowgate Rd', 'the Co-op car park', 'Fenwick Estate', 'Castle Wynd', 'the leisure centre',
                 'Brook St flats', 'the retail park'],
         head=['999', '101', 'G1', 'G2', 'G3', 'LOG #4', 'URN #4-#2', '#T HRS', 'DUTY INSP AWARE'],
         tail=['AMB INFORMED', 'PATROLS ADVISED', 'RESOURCE ALLOC', 'NFA YET', 'INFT TO CALL BACK',
               'LINKED LOG #4', 'SUPERVISOR AWARE', 'CAD UPDATED'],
         units=['WY21', 'WY07', 'RP4'],
         types=_types('WEAPONS - BLADED/OTHER|ASSAULT|THREATS TO KILL|CONCERN - MEDICAL (AMB)|CONCERN FOR SAFETY - SELF HARM|'
                      'CRIME IN PROGRESS|ABANDONED/SILENT 999|CONCERN FOR WELFARE|PUBLIC ASSIST|ASB - DISPUTE|'
                      'INFORMATION ONLY|ASB - NOISE|THEFT - REPORT|FOUND PROPERTY|MENTAL HEALTH|ASB - DRUNK|'
                      'ALARM - INTRUDER|SUSPICIOUS CIRCS|ASB - YOUTHS|CIVIL DISPUTE|ANIMALS|HARASSMENT|MISPER')),
    dict(code='RDC', name='Rathcoole Divisional Control (Irish garda-style)', W=120, case='lower', sep=' -- ', hsep=', ',
         callers=['caller', 'complainant', 'caller'], subjects=['the male', 'the party', 'subject'],
         places=['Main St Rathcoole', 'the Mart yard', 'Kilbride Rd', 'the GAA grounds', 'Church Lane',
                 'the Spar forecourt', 'Ballinacurra estate'],
         head=['112 call', '999 call', 'pulse inc #6', '#T hrs', 'sgt on duty notified', 'reg #2'],
         tail=['nas notified', 'units advised', 'pulse to follow', 'caller to ring back', 'patrol car tasked',
               'no further at present', 'dup of #6'],
         units=['R21', 'R14', 'DU3'],
         types=_types('possession of offensive weapon|assault causing harm|threats to kill or cause serious harm|'
                      'medical - ambulance req|suicide intervention|burglary/robbery in progress|unknown - call lost|'
                      'concern for welfare|assist member of public|public order|information|noise nuisance|'
                      'theft - retrospective|found property|mental health|intoxicated in public|alarm activation|'
                      'suspicious activity|youths gathering|civil matter|animal - stray/injured|harassment|missing person')),
    dict(code='WTH', name='Waitaha District Comms (New Zealand-style)', W=96, case='as', sep=' | ', hsep=' ',
         callers=['informant', 'inf', 'informant'], subjects=['POI', 'the male', 'POI'],
         places=['SH2 near Te Awa', 'the marae car park', 'Kowhai St', 'the Four Square', 'the domain',
                 'Rata Rd', 'the boat club'],
         head=['111', '*555', 'P#1', 'Event P0#5', '#T', 'Tasked #U'],
         tail=['St John advised', 'units advised', 'Comms to update', 'inf to ring back', 'no further',
               'dup P0#5', 'FH team aware'],
         units=['WTH1', 'WTH7', 'DOG2'],
         types=_types('Weapons incident|Assault/Family harm|Threatening behaviour|Medical - St John|'
                      'Suicidal - attempt/threat|Burglary - in progress|111 abandoned|Check welfare|Assist public|'
                      'Disorder|Info only|Noise complaint|Theft - historic|Found property|Mental health - non-urgent|'
                      'Intox person|Alarm activation|Suspicious person|Youth disorder|Civil dispute|'
                      'Animal - wandering stock|Harassment|Missing person')),
    dict(code='CFC', name='Caddo Flats County Sheriff (Texas)', W=64, case='upper', sep=' - ', hsep=' ',
         callers=['RP', 'RP', 'COMP'], subjects=['SUBJ', 'W/M', 'H/M'],
         places=['FM 1182', 'CR 340', 'the Stripes', 'Hwy 6', 'the feed store', 'the RV park'],
         head=['911', 'C3', 'C2', '#T', 'CFS#5', 'S#2 ENRT'],
         tail=['EMS NTFD', '10-4', 'UNITS ADV', 'CB #3', 'NFI', 'DUP'],
         units=['S12', 'S07', 'K9'],
         types=_types('10-32 WPN|ASSLT/PHYS|TERRORISTIC THREAT|10-52 MED|10-56 SUICIDAL|10-31 IN PROG|911 HANGUP/UNK|'
                      'WELFARE CONCERN|PUB ASSIST|10-10 DIST|INFO|NOISE CMPL|THEFT RPT|FOUND PROP|MENTAL 10-96|'
                      'PUBLIC INTOX|ALARM DROP|10-37 SUSP|JUV PROB|CIVIL STANDBY|LIVESTOCK/ANIMAL|HARASSMENT|'
                      'MISSING PERS')),
    dict(code='LRT', name='Lakeshore Regional Transit Police', W=112, case='lower', sep=' ; ', hsep=' ',
         callers=['operator', 'station agent', 'rider'], subjects=['pax', 'the rider', 'subj'],
         places=['Platform 2 Eastgate stn', 'bus 4411 on Rt 9', 'Harbourfront stn', 'the Line 3 car 207',
                 'Union concourse', 'the park-and-ride lot', 'Elm St stop'],
         head=['intercom', 'radio', 'ops line', 'code 2', 'code 3', 'evt #6', '#T', 'cctv up'],
         tail=['ems notified', 'units advised', 'train held', 'ops aware', 'cctv saved', 'sup notified', 'no further'],
         units=['tp4', 'tp11', 'tp2'],
         types=_types('weapon on system|assault on transit|threat to operator|medical - code 3|'
                      'person at track edge/suicidal|crime in progress - onboard|emergency intercom/unknown|'
                      'welfare check - rider|rider assist|disturbance - onboard|info|noise/disorder|theft report|'
                      'lost and found|mental health - rider|intox rider|alarm - station|suspicious item/person|'
                      'juveniles - station|fare/civil dispute|animal on tracks|harassment of rider|missing rider')),
    dict(code='KBH', name='Port of Kessler Bay Harbour Police', W=88, case='upper', sep=' ** ', hsep=' ',
         callers=['RP', 'BERTH SUPV', 'VSL MASTER'], subjects=['SUBJ', 'CREWMEMBER', 'LONGSHOREMAN'],
         places=['BERTH 7', 'CONTAINER YARD C', 'THE FERRY TERMINAL', 'GATE 4', 'THE FUEL DOCK', 'PIER 2'],
         head=['VHF 16', 'LANDLINE', '911 XFER', 'EVT #5', '#T', 'PRI 1', 'PRI 3'],
         tail=['EMS NOTIFIED', 'UNITS ADVISED', 'USCG AWARE', 'TERMINAL SEC ADV', 'CB #3-#4', 'NO FURTHER'],
         units=['HP2', 'HP5', 'MARINE1'],
         types=_types('WEAPON|FIGHT|THREATS|MEDICAL|SUICIDE|BURG/THEFT IP|TROUBLE|WELFARE|CITASST|DISORD|INFO|'
                      'NOISE|THEFT|FOUNDPROP|MNTL|INTOX|ALARM|SUSP|JUV|CIVIL|ANIMAL|HARR|PERMISS')),
    dict(code='SGN', name='Sweetgrass Nation Tribal Police', W=148, case='as', sep=' :: ', hsep=' ',
         callers=['RP', 'caller', 'RP'], subjects=['indiv', 'subj', 'the male'],
         places=['the housing off BIA 12', 'the community hall', 'the powwow grounds', 'the clinic lot',
                 'Red Butte Rd', 'the trading post', 'the elders center'],
         head=['911', 'non-emerg line', 'CAD #Y-#5', '#T hrs', 'unit #U', 'BIA adv'],
         tail=['EMS notified', 'units advised', 'IHS aware', 'RP to call back', 'no further info',
               'dup of #Y-#5', 'family notified'],
         units=['T4', 'T9', 'T12'],
         types=_types('TC 4-110 Weapons|TC 4-201 Assault|TC 4-215 Threats|EMS Medical|Suicide risk|'
                      'TC 4-301 Burglary in prog|Unknown emergency|Welfare check|Community assist|Disturbance|Info|'
                      'Noise|TC 4-330 Theft (report)|Found property|Behavioral health|Intox person|Alarm|Suspicious|'
                      'Juvenile|Civil/housing|Animal/loose stock|Harassment|Missing person')),
    dict(code='QAF', name="Qu'Appelle Flats Detachment (prairie RCMP-style)", W=72, case='upper', sep=' / ', hsep=' ',
         callers=['COMPL', 'CALLER', 'COMPL'], subjects=['SUBJ', 'MALE', 'SUBJ'],
         places=['GRID RD 640', 'THE CO-OP GAS BAR', 'RANGE RD 224', 'THE RINK', 'HWY 10', 'THE HUTTERITE COLONY RD'],
         head=['911', 'OCC', 'PROS #Y-#6', '#T', 'GD ADV'],
         tail=['EHS NOTIFIED', 'MBRS ADV', 'CB #3-#4', 'NFI', 'DUP', 'FILE TO FOLLOW'],
         units=['QA1', 'QA3'],
         types=_types('CC 88 WEAPON|CC 266 ASSAULT|CC 264.1 UTTER THREATS|EMS ASSIST|SUICIDAL PERSON|'
                      'CC 348 B&E IN PROG|911 ABANDONED|WELLBEING CHECK|GEN ASSIST|CC 175 DISTURB|INFO FILE|NOISE|'
                      'CC 334 THEFT UNDER|FOUND PROP|MHA|INTOX PERSON|ALARM|SUSP PERSON|YOUTH COMPLAINT|'
                      'CIVIL DISPUTE|ANIMAL CALL|HARASSING COMMS|MISSING PERSON')),
    dict(code='STP', name='Southern Tablelands Police Radio (Australian state)', W=160, case='lower', sep=' ~ ', hsep=' ',
         callers=['informant', 'inf', 'caller'], subjects=['poi', 'the male', 'poi'],
         places=['the servo on the Princes Hwy', 'the caravan park', 'Wattle St', 'the RSL car park',
                 'the showground', 'Braidwood Rd', 'the skate park'],
         head=['000', '131444', 'job #6', 'code 1', 'code 2', '#T', 'vkg adv'],
         tail=['ambos notified', 'units advised', 'duty officer aware', 'inf to call back', 'no further',
               'cad updated', 'dup job #6'],
         units=['st21', 'st14', 'hwp3'],
         types=_types('weapon sighted|assault|threats|concern - ambos req|self harm threat|break & enter - in progress|'
                      '000 call - no voice|concern for welfare|public assist|disturbance|info|noise complaint|'
                      'stealing (report)|found property|mental health|intox person|alarm|suspicious activity|youths|'
                      'civil matter|animal|harassment|missing person')),
]

RED_CAT = {'weapon': 'weapon', 'violence': 'assault', 'threat': 'threat', 'injury': 'medical',
           'suicide': 'suicide', 'police_only': 'crime', 'uncertainty': 'unknown'}
MILD_CATS = ['welfare', 'assist', 'disturbance', 'info']
ELIG_CAT = {'noise': 'noise', 'verbal-dispute': 'disturbance', 'welfare-check': 'welfare', 'past-theft': 'theft',
            'found-property': 'property', 'passive-ideation': 'mh', 'intox-fine': 'intox',
            'unhoused-sleeping': 'welfare', 'resolved-alarm': 'alarm', 'corrected-report': 'info',
            'history-only': 'info', 'negated-danger': 'disturbance', 'toy-prop': 'suspicious', 'idiom': 'info',
            'tool-in-use': 'suspicious', 'lawful-firearm': 'info', 'mh-calm': 'mh', 'juvenile-loitering': 'juvenile',
            'civil-matter': 'civil', 'animal': 'animal', 'harassment-no-threat': 'harass',
            'non-urgent-assist': 'assist', 'missing-found': 'missing', 'media-fiction': 'noise'}
ALARMING_CATS = ['weapon', 'assault', 'unknown', 'medical', 'suicide', 'threat']

# ---------------------------------------------------------------- templates
def parse_templates(txt, prefix):
    out, sec, n = [], None, {}
    for line in txt.split('\n'):
        line = line.strip()
        if not line:
            continue
        if line.startswith('# '):
            sec = line[2:].strip()
            continue
        n[sec] = n.get(sec, 0) + 1
        out.append(dict(tid='%s-%s-%03d' % (prefix, sec, n[sec]), sec=sec, text=line))
    return out

TOK = re.compile(r"\[\[([A-Za-z]):|\]\]|<<([A-Za-z]):|>>|\(\(|\)\)|\{|\}")
CLOSE = {']]': 'key', '>>': 'alarm', '))': 'res', '}': 'decoy'}

def strip_markup(marked):
    """Return plain text and a list of spans (type, kind, start, end) in plain coordinates."""
    out, spans, pos, plen, cur = [], [], 0, 0, None
    for m in TOK.finditer(marked):
        seg = marked[pos:m.start()]
        out.append(seg)
        plen += len(seg)
        t = m.group(0)
        if t in CLOSE:
            assert cur is not None and cur[0] == CLOSE[t], marked
            spans.append(dict(type=cur[0], kind=cur[1], s=cur[2], e=plen))
            cur = None
        else:
            assert cur is None, marked
            if t.startswith('[['):
                cur = ('key', CODE2KIND[m.group(1).lower()], plen)
            elif t.startswith('<<'):
                cur = ('alarm', CODE2KIND[m.group(2).lower()], plen)
            elif t == '((':
                cur = ('res', None, plen)
            else:
                cur = ('decoy', None, plen)
        pos = m.end()
    assert cur is None, marked
    out.append(marked[pos:])
    return ''.join(out), spans

def key_survives(plain, s, e, cut):
    if e <= cut:
        return True
    if s >= cut:
        return False
    text = plain[s:e]
    if any(ch.isspace() for ch in text):
        return False
    n = sum(ch.isalnum() for ch in text)
    kept = sum(ch.isalnum() for ch in text[:cut - s])
    return n > 5 and kept >= max(5, n - 3)

def derive(plain, spans, cut, source):
    """Label logic used by the generator (the checker has its own copy)."""
    red = []
    res_spans = [sp for sp in spans if sp['type'] == 'res']
    for sp in spans:
        if sp['type'] not in ('key', 'alarm'):
            continue
        if not key_survives(plain, sp['s'], sp['e'], cut):
            continue
        if sp['type'] == 'alarm':
            nxt = [r for r in res_spans if r['s'] >= sp['e']]
            if nxt and nxt[0]['e'] <= cut:
                continue
        red.append(sp)
    if red:
        flags = [k for k in KINDS if any(sp['kind'] == k for sp in red)]
        parts = []
        for k in flags:
            sp = [x for x in red if x['kind'] == k][0]
            parts.append("%s <- '%s'" % (k, plain[sp['s']:min(sp['e'], cut)]))
        return 'red', flags, '; '.join(parts)
    if source == 'red':
        first = [sp for sp in spans if sp['type'] in ('key', 'alarm')][0]
        return 'eligible', [], 'eligible: cut-lost-key (%s)' % first['kind']
    return 'eligible', [], 'eligible: %s' % source

# ---------------------------------------------------------------- rendering
PHON = [('ph', 'f'), ('ck', 'k'), ('tion', 'shun'), ('ie', 'ei'), ('ei', 'ie'), ('ea', 'ee'), ('ou', 'u'),
        ('ence', 'ance'), ('ss', 's'), ('ll', 'l'), ('ght', 't'), ('qu', 'kw'), ('ch', 'sh'), ('wh', 'w'),
        ('ous', 'us'), ('ed', 'd'), ('ing', 'in')]

def make_typo(word, rng):
    ops = ['drop', 'swap', 'double', 'phon']
    op = ops[rng.randrange(4)]
    if op == 'phon':
        low = word.lower()
        cands = [(a, b) for a, b in PHON if a in low[1:]]
        if cands:
            a, b = cands[rng.randrange(len(cands))]
            i = low.index(a, 1)
            new = word[:i] + (b.upper() if word[i:i + len(a)].isupper() else b) + word[i + len(a):]
            if new != word:
                return new, 'phonetic'
        op = 'drop'
    if op == 'swap':
        idx = [i for i in range(1, len(word) - 2) if word[i].lower() != word[i + 1].lower()]
        if idx:
            i = idx[rng.randrange(len(idx))]
            return word[:i] + word[i + 1] + word[i] + word[i + 2:], 'swap'
        op = 'double'
    if op == 'double':
        i = rng.randrange(1, len(word) - 1)
        return word[:i] + word[i] + word[i:], 'double'
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1:], 'drop'

SPAN_RE = [re.compile(r"\[\[[A-Za-z]:(.*?)\]\]"), re.compile(r"<<[A-Za-z]:(.*?)>>")]
DECOY_RE = re.compile(r"\{(.*?)\}")

def apply_typo(body, target, rng):
    ranges = []
    for rx in SPAN_RE:
        ranges += [(m.start(1), m.end(1)) for m in rx.finditer(body)]
    if not ranges:
        ranges = [(m.start(1), m.end(1)) for m in DECOY_RE.finditer(body)]
    ranges.sort()
    words = [m for m in re.finditer(r"[A-Za-z]{4,}", body)]
    inside = [m for m in words if any(a <= m.start() and m.end() <= b for a, b in ranges)]
    outside = [m for m in words if m not in inside]
    pool = inside if (target == 'key' and inside) else (outside or inside)
    m = pool[rng.randrange(len(pool))]
    new, op = make_typo(m.group(0), rng)
    return body[:m.start()] + new + body[m.end():], dict(word=m.group(0), typo=new, op=op,
                                                          aimed='key' if m in inside else 'other')

def fill_slots(text, ag, rng):
    out = text
    for slot, lst in (('%C', ag['callers']), ('%S', ag['subjects']), ('%P', ag['places'])):
        while slot in out:
            out = out.replace(slot, lst[rng.randrange(len(lst))], 1)
    assert '%' not in out, out
    return out

def fill_frag(p, ag, rng):
    def dig(n):
        return ''.join(str(rng.randrange(10)) for _ in range(n))
    out = p
    while '#T' in out:
        out = out.replace('#T', '%02d%02d' % (rng.randrange(24), rng.randrange(60)), 1)
    while '#Y' in out:
        out = out.replace('#Y', ['23', '24', '25'][rng.randrange(3)], 1)
    while '#U' in out:
        out = out.replace('#U', ag['units'][rng.randrange(len(ag['units']))], 1)
    for n in '654321':
        while '#' + n in out:
            out = out.replace('#' + n, dig(int(n)), 1)
    return out

def draw_boiler(ag, rng):
    nh = [0, 1, 1, 2, 2, 3][rng.randrange(6)]
    nt = [0, 0, 1, 1, 2][rng.randrange(5)]
    head = [fill_frag(ag['head'][i], ag, rng) for i in rng.sample(range(len(ag['head'])), nh)]
    tail = [fill_frag(ag['tail'][i], ag, rng) for i in rng.sample(range(len(ag['tail'])), nt)]
    return head, tail

def casefn(ag, s):
    if ag['case'] == 'upper':
        return s.upper()
    if ag['case'] == 'lower':
        return s.lower()
    return s

def assemble(ag, head, body, tail):
    """Return (marked full text, plain offset of body start)."""
    h = ag['hsep'].join(head)
    pre = (h + ag['sep']) if head else ''
    t = ag['sep'].join(tail)
    full = pre + body + ((ag['sep'] + t) if tail else '')
    return casefn(ag, full), len(pre)

# ---------------------------------------------------------------- generation
class Pool:
    def __init__(self, items, rng):
        self.items, self.rng, self.queue = items, rng, []

    def _refill(self):
        q = list(self.items)
        self.rng.shuffle(q)
        self.queue = q

    def take(self, pred, tries=4000):
        if not self.queue:
            self._refill()
        for i, it in enumerate(self.queue):
            if pred(it):
                return self.queue.pop(i)
        alt = list(self.items)
        self.rng.shuffle(alt)
        for it in alt[:tries]:
            if pred(it):
                return it
        return None

def target_span(spans, src_is_red, cat):
    keys = [sp for sp in spans if sp['type'] in ('key', 'alarm')]
    decs = [sp for sp in spans if sp['type'] == 'decoy']
    if cat == 'decoy':
        return decs[0] if decs else None
    if cat == 'res':
        r = [sp for sp in spans if sp['type'] == 'res']
        return r[0] if r else None
    if cat == 'key':
        return keys[0] if keys else None
    # 'before' / 'after': relative to the first decisive key (alarm), else the first decoy
    if keys:
        return keys[0]
    return decs[0] if decs else None

def cut_ok(plain, spans, body_start, W, cat, src_is_red):
    if len(plain) <= W or plain[W - 1] == ' ' or W - body_start < 8:
        return False
    sp = target_span(spans, src_is_red, cat)
    if sp is None:
        return False
    if cat == 'after':
        return sp['e'] <= W
    if cat == 'before':
        return W <= sp['s']
    if cat in ('decoy', 'key'):
        return sp['s'] < W < sp['e']
    if cat == 'res':
        al = [a for a in spans if a['type'] == 'alarm' and a['e'] <= sp['s']]
        return sp['s'] < W < sp['e'] and bool(al) and al[-1]['e'] <= W
    return False

def pick_type(ag, src, first_kind, rng):
    if src == 'red':
        cat = RED_CAT[first_kind] if rng.random() < 0.70 else MILD_CATS[rng.randrange(len(MILD_CATS))]
    else:
        cat = ELIG_CAT[src] if rng.random() < 0.80 else ALARMING_CATS[rng.randrange(len(ALARMING_CATS))]
    return ag['types'][cat]

def generate():
    rng = random.Random(SEED)
    red_t = parse_templates(RED_TXT, 'R')
    eli_t = parse_templates(ELIG_TXT, 'E')
    for t in red_t + eli_t:
        strip_markup(t['text'])
    # row plan
    plan = []
    for cat, n in CUT_PLAN:
        for _ in range(n):
            if cat == 'res':
                cls = 'eligible'
            elif cat == 'key':
                cls = 'red'
            elif cat == 'decoy':
                cls = 'red' if rng.random() < 0.40 else 'eligible'
            else:
                cls = 'red' if rng.random() < 0.50 else 'eligible'
            plan.append(dict(cut=cat, cls=cls))
    n_red_tr = sum(1 for p in plan if p['cls'] == 'red')
    for i in range(N_ROWS - N_TRUNC):
        plan.append(dict(cut=None, cls='red' if i < N_RED_SRC - n_red_tr else 'eligible'))
    rng.shuffle(plan)
    for i, p in enumerate(plan):
        p['typo'] = None
        if rng.random() < 0.30:
            p['typo'] = 'key' if rng.random() < 0.5 else 'other'
    # give non-truncated rows a round-robin agency
    # narrow agencies receive most truncated rows, so they get half weight among the untruncated ones
    cycle = list(range(len(AGENCIES))) + [i for i, a in enumerate(AGENCIES) if a['W'] > 80]
    k = 0
    for p in plan:
        if p['cut'] is None:
            p['agency'] = cycle[k % len(cycle)]
            k += 1
    pools = {'red': Pool(red_t, rng), 'eligible': Pool(eli_t, rng)}

    def render(t, ag, typo):
        body = fill_slots(t['text'], ag, rng)
        tinfo = None
        if typo:
            body, tinfo = apply_typo(body, typo, rng)
        return body, tinfo

    rows, src_rows = [], []
    for idx, p in enumerate(plan):
        rid = 'B21-%04d' % (idx + 1)
        done = None
        if p['cut'] is None:
            ag = AGENCIES[p['agency']]
            cache = {}

            def fits(t):
                for _ in range(3):
                    body, tinfo = render(t, ag, p['typo'])
                    if len(strip_markup(body)[0]) <= ag['W']:
                        cache['r'] = (body, tinfo)
                        return True
                return False
            t = pools[p['cls']].take(fits)
            assert t is not None, (rid, ag['code'])
            body, tinfo = cache['r']
            head, tail = draw_boiler(ag, rng)
            while True:
                marked, bstart = assemble(ag, head, body, tail)
                plain, spans = strip_markup(marked)
                if len(plain) <= ag['W']:
                    break
                if tail:
                    tail = tail[:-1]
                elif head:
                    head = head[:-1]
                else:
                    raise AssertionError(rid)
            done = (t, ag, marked, bstart, tinfo, False)
        else:
            need = {'res': '((', 'decoy': '{'}.get(p['cut'])

            bad = []

            def has_feature(t):
                if t['tid'] in bad:
                    return False
                if need and need not in t['text']:
                    return False
                if p['cut'] == 'key' and p['cls'] == 'eligible' and '<<' not in t['text']:
                    return False
                return True
            for _attempt in range(120):
                t = pools[p['cls']].take(has_feature)
                for _try in range(60):
                    ag = AGENCIES[rng.randrange(len(AGENCIES))]
                    body, tinfo = render(t, ag, p['typo'])
                    head, tail = draw_boiler(ag, rng)
                    marked, bstart = assemble(ag, head, body, tail)
                    plain, spans = strip_markup(marked)
                    if cut_ok(plain, spans, bstart, ag['W'], p['cut'], p['cls'] == 'red'):
                        done = (t, ag, marked, bstart, tinfo, True)
                        break
                if done:
                    break
                bad.append(t['tid'])
                if t['tid'] not in [q['tid'] for q in pools[p['cls']].queue]:
                    pools[p['cls']].queue.append(t)
            assert done, (rid, p)
        t, ag, marked, bstart, tinfo, trunc = done
        plain, spans = strip_markup(marked)
        W = ag['W']
        cut = W if trunc else len(plain)
        narrative = plain[:cut]
        src = 'red' if p['cls'] == 'red' else t['sec']
        label, flags, reason = derive(plain, spans, cut, src)
        if trunc:
            reason += '; truncated at %d' % W
        first_kind = [sp for sp in spans if sp['type'] in ('key', 'alarm')]
        first_kind = first_kind[0]['kind'] if first_kind else None
        ctype = pick_type(ag, src, first_kind, rng)
        rows.append([rid, ctype, narrative, label, ';'.join(flags), reason, 'blind21'])
        src_rows.append(dict(id=rid, agency=ag['code'], W=W, truncated=trunc, cut_plan=p['cut'],
                             source=src, template=t['tid'], body_start=bstart, marked=marked,
                             typo=tinfo))
    return rows, src_rows

def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    rows, src_rows = generate()
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split'])
    w.writerows(rows)
    with open(os.path.join(outdir, 'blind21.csv'), 'w', encoding='utf-8', newline='') as f:
        f.write(buf.getvalue())
    with open(os.path.join(outdir, 'blind21_source.jsonl'), 'w', encoding='utf-8', newline='') as f:
        for r in src_rows:
            f.write(json.dumps(r, sort_keys=True, ensure_ascii=True) + '\n')

if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: python3 make_blind21.py OUTDIR')
    main(sys.argv[1])
