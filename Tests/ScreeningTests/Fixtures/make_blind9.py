#!/usr/bin/env python3
"""make_blind9.py - deterministic generator for blind9.csv, a held-out set of 911/CAD narratives
for the community-responder screener (written without looking at the screener).

Usage: python3 make_blind9.py [OUTDIR]   (default: the directory of this script)
Standard library only.  random.Random(20261210); no set/dict-hash order reaches the output.

Markup in the situation lists below:
  <<LETTERS:text>>  decisive phrase (must survive truncation whole) carrying red kinds
  <<LETTERS~text>>  decisive single word (survives if >= max(5, len-3) letters remain; <=5 letters whole)
  ((text))          safe / negated / resolved danger wording; truncation never cuts inside it
  letters: W weapon, V violence, T threat, I injury, S suicide, P police_only, U uncertainty
Each line: CATEGORY[/CATEGORY2] [L] :: template   (L = eligible look-alike)
"""
import csv
import os
import random
import re
import sys

RED_DATA = r"""
# W
WEAPON/SUSP :: {M} in the lot waving a <<W~machete>> at cars pulling in
WEAPON/DISP :: neighbor on his porch <<W:holding a long gun across his chest>> yelling at kids on bikes
ASSAULT/INTOX :: subj broke a beer bottle and is <<W:jabbing the broken neck at people>> outside {BIZ}
WEAPON/SUSP :: RP saw the <<W:grip of a pistol in his waistband>> when he reached up, subj still in the store
SHOTS/SUSP :: 2 cars chasing on {ST}, passenger <<W:leaned out with a handgun>>
SHOTS/NOISE :: <<W:5 or 6 pops>> behind the apts then tires squealing, RP says def not fireworks this time
ASSAULT/CIVIL :: ex bf in the driveway <<W:revving and aiming his truck at her>> as she walks to the door
WEAPON/DISP :: fender bender, one driver <<W:holding a tire iron over his head>> standing over the other guy
WEAPON/SUSP :: {M} at the bus stop <<W:flicking a box cutter open and shut>> at people walking by
WEAPON/DISP :: roommate <<W:has a hammer>> and is pounding on RP's bedroom door
WEAPON/WELFARE :: 16yo took <<W:grandpa's revolver out of the safe>> and is out in the backyard with it
WEAPON/SUSP :: {M} at the park pointing a <<W~crossbow>> down the walking trail
WEAPON/JUV :: juv showed another kid <<W:a 9 in his backpack>> at the bus shelter, both still there
WEAPON/DISP :: {M} <<W:swinging a bat at parked cars>> and at anyone who gets close
WEAPON/DISP :: husband is <<W:sitting with the AR on his lap>> while he screams at her about money
SHOTS/NOISE :: <<W:shots heard>> from the trailer next door, RP and kids on the floor
WEAPON/SUSP :: {M} walking down {ST} with a <<W~sword>> out of the sheath
WEAPON/DISP :: customer <<W:pulled a blade on the cashier>> over a refund, still at the counter
WEAPON/CIVIL :: tenant <<W:holding a fire extinguisher up like he is going to throw it>> at the landlord
ASSAULT/DISP :: {M} chasing another {M} around the lot <<W:with a golf club>>
FIGHT/DISP :: <<W:brass knuckles on>> and squaring up with the bouncer outside {BIZ}
ASSAULT/DISP :: {F} keeps <<W:lunging at her sister with scissors>> in the kitchen
WEAPON/TRESP :: guy in the hallway racked a <<W~shotgun>> when RP knocked on the door
SHOTS/SUSP :: car with dark tint <<W:fired a round>> at the corner store, ((nobody hit per RP))
WEAPON/DISP :: subj <<W:holding a screwdriver to the clerk's neck>> at {BIZ}
SHOTS/NOISE :: someone <<W:shooting a rifle toward the houses>> from the field behind the cul de sac
WEAPON/JUV :: teen swinging <<W~nunchucks>> at people outside the arcade
WEAPON/MH :: pt in the ER lobby pulled a <<W~pocketknife>> and is backing the guard off
SHOTS/NOISE :: drunk neighbor <<W:firing into the air>> off his back deck
WEAPON/DISP :: cook <<W:standing at the front door with a meat cleaver>> yelling at a customer
WEAPON/DISP :: subj <<W:tried to run the security guard down with his SUV>> in the parking garage
WEAPON/DISP :: RP sees a <<W~handgun>> on the passenger seat and the driver is out arguing with a pedestrian
WEAPON/DISP :: bf <<W:set the gun on the table>> and told RP to sit down and listen
WEAPON/SUSP :: {M} in the park <<W:jabbing a sharpened stick>> at dogs and people
WEAPON/DISP :: subj in the laundromat with a <<W:length of rebar>>, banging machines and swinging toward customers
WEAPON/DISP :: neighbor chopping at the fence with a <<W~hatchet>> and yelling over it at RP
WEAPON/DISP :: uncle <<W:loading a hunting rifle>> into the truck after the argument at the bbq
ASSAULT/JUV :: teen <<WV:pepper spraying shoppers>> at the mall food court
WEAPON/CIVIL :: her ex is parked out front and <<W:has the shotgun across his lap>>
WEAPON/SUSP :: {M} on the light rail platform pointing a <<W~taser>> at people and laughing
SHOTS/SUSP :: <<W~gunfire>> back and forth between two cars on {ST}
ASSAULT/DISP :: subj <<W:threw a brick through the windshield>> with the driver still inside
WEAPON/JUV :: older kids <<W:shooting ball bearings with a slingshot>> at the little kids on the playground
WEAPON/INTOX :: guy at the bar <<W:showing off a gun in his boot>> and getting louder
WEAPON/ANIMAL :: neighbor <<W:aiming a compound bow>> at RP's dog over the fence
FIGHT/DISP :: two groups outside the club, one guy <<W:pulled a pipe out of his trunk>>
WEAPON/MH :: subj <<W:waving a steak knife>> in the cereal aisle, talking to himself
SHOTS/NOISE :: RP heard <<W:rapid fire from the wooded lot>>, sounded full auto
WEAPON/SUSP :: {M} at the end of the driveway <<W:tapping a bat against his palm>>, staring at the house
THREATS/UNWANTED :: ex-employee in the lobby <<W:said he brought his piece>> and wants to see HR
WEAPON/ASSIST :: rideshare driver says passenger showed him a <<W~knife>> and told him to keep driving
WEAPON/DISP :: road rage, other driver <<W:swerving into RP's car on purpose>> on the highway, still next to him
WEAPON/SUSP :: {M} with a <<W:straight razor out>> cornering a woman by the ATM
WEAPON/DISP :: upstairs tenant <<W:dangling a cinder block over the balcony>> above the people arguing below
# V
FIGHT/DISP :: <<V:two males throwing punches>> in the middle of {ST}
ASSAULT/SUSP :: RP watching a {M} <<V:drag a woman by her hair>> toward the apts
DV/DISP :: son <<V:shoved his mother down the stairs>>, she is sitting at the bottom
FIGHT/DISP :: <<V:fight just broke up>>, both still in the lot yelling at each other
ASSAULT/DISP :: bouncer <<V:has a patron in a chokehold>> against the wall outside {BIZ}
FIGHT/JUV :: group of teens <<V:stomping on a kid>> behind the school
ASSAULT/CIVIL :: roommate <<V:punched him in the face>> a few minutes ago and is still in the apt
ASSAULT/WELFARE :: staff say a caregiver <<V:slapped a resident>> in the dayroom just now
DV/DISP :: {F} <<V:kicking her bf>> in the car in the drive thru line
ASSAULT/WELFARE :: mother <<V:hitting the toddler with a belt>> in the parking lot
FIGHT/DISP :: <<V~brawl>> in the bleachers, 6-8 people involved
ASSAULT/DISP :: customer <<V:threw hot coffee at the barista>>, <<I:her arm is red and blistering>>
DV/CIVIL :: husband <<V:pinned RP to the floor>>, she got out and is next door, he is still in the house
ASSAULT/DISP :: passenger <<V:headbutted the driver>> when asked to pay the fare
FIGHT/DISP :: two women <<V:scratching and pulling hair>> in the salon
DV/DISP :: RP's bf <<V:bit her arm>> during the argument, he's out front now
ASSAULT/UNWANTED :: visitor <<V:spit on and shoved the clerk>> at the front desk
DV/DISP :: dad <<V:has his teenage son in a headlock>> on the front lawn
ASSAULT/CIVIL :: neighbor <<V:shoved RP's elderly father off the porch>>
ASSAULT/SUSP :: RP got <<V:jumped by 3 guys>> at the bus stop, they're standing across the street
ASSAULT/JUV :: 15yo at the group home <<V:throwing punches at staff>>
ASSAULT/MH :: pt in triage <<V:elbowed a nurse in the face>>
FIGHT/DISP :: roommates <<V:fighting, throwing furniture>> at each other
ASSAULT/DISP :: {M} <<V:body slammed a shopper>> in the checkout line
DV/DISP :: bf <<V:had his hands around her throat>> 10 min ago, still on scene
ASSAULT/MH :: pt at dialysis <<V:swung at the tech and connected>>
DV/CIVIL :: ex <<WV:rammed RP's car twice>> while she was in it
FIGHT/JUV :: <<V:kid getting beat up>> in the alley by older kids right now
ASSAULT/DISP :: customer <<V:grabbed the clerk by the collar and shook him>>
ASSAULT/DISP :: employee <<V:threw a chair at the manager>>, hit him in the shoulder
DV/DISP :: sister <<V:slammed RP into the wall>>, she's still in the kitchen
DV/MH :: {F} punching the walls then <<V:hit her mother>>
FIGHT/CIVIL :: <<V:shoving match turned into a fight>> between tenants in the hallway
ASSAULT/JUV :: coach <<V:shoved a player to the ground>> at the field
ASSAULT/ASSIST :: uber driver says passenger <<V:punched him in the back of the head>> and is still in the back seat
ASSAULT/WELFARE :: <<V:father smacking his 9yo across the face>> outside the corner store
FIGHT/NOISE :: wedding guests <<V:beating on each other>> at the reception
DV/DISP :: grandson <<V:slapped his grandmother>> over the car keys, she's calling from the bathroom
ASSAULT/CIVIL :: RP says <<V:landlord pushed her>> down the front steps just now
FIGHT/DISP :: <<V:both drivers out swinging>> on the shoulder of the highway
DV/DISP :: husband <<V:twisted her wrist>> until it popped, she's in the bedroom with the door locked
ASSAULT/INTOX :: drunk {M} <<V:knocked a woman's phone out of her hand then shoved her>>
FIGHT/JUV :: <<V:two students fighting>> in the hallway, teacher can't separate them
ASSAULT/CIVIL :: neighbor <<V:threw a rock that hit RP>> in the back, he's still in his yard
ASSAULT/SUSP :: RP <<V:assaulted in the stairwell>> a minute ago, suspect went up to the 4th floor
THEFT/SUSP :: shoplifter <<V:tackled the manager>> at the door <<P:running out with merch>>
DV/DISP :: mom's bf <<V:kicked in her door and then kicked her>>
ASSAULT/WELFARE :: aide <<V:yanking the resident out of bed by her arm>>
FIGHT/JUV :: second caller says <<V:fight still going>> at the skate park
ASSAULT/DISP :: {M} <<V:hit the cashier with a bag of cans>> and is standing outside
FIGHT/DISP :: cab driver and fare <<V:trading blows>> at the curb
DV/DISP :: <<V:girlfriend scratched his face up>> and is still in the apt throwing stuff
FIGHT/NOISE :: <<V:people brawling>> in the yard at the house party, RP can see it from her window
# T
THREATS/CIVIL :: ex texting RP that <<T:she's gonna get dropped>> when she leaves work
THREATS/ANIMAL :: neighbor told RP <<T:he'd bury him in the backyard>> if the dog barks again
THREATS/UNWANTED :: {M} told the clerk <<T:he'll be back tonight to light the place up>>
THREATS/INFO :: coworker said <<T:he's going to make everyone on 2nd shift pay>>
THREATS/DISP :: son told his mother <<T:she won't wake up tomorrow>> and went to his room
DV/CIVIL :: bf said <<T:he'd put her in the hospital>> if she leaves
THREATS/INFO :: RP says her brother <<T:posted that he's coming to shoot up>> the family bbq
THREATS/CIVIL :: tenant told the landlord <<T:'you're done, I know where you sleep'>>
THREATS/INFO :: ex <<T:left a voicemail saying he'll slit her tires and then her throat>>
THREATS/JUV :: teacher found <<T:a hit list in a student's notebook>> with staff names
THREATS/DISP :: {M} outside keeps saying <<T:he's gonna smoke the guy in 2B>>
THREATS/INFO :: RP's cousin said <<T:next time he sees him he's leaving in a bag>>
THREATS/SUSP :: <<T:'watch ur back' scratched into RP's car door>>, the guy is parked across the street watching
THREATS/WELFARE :: caller relaying that her friend's husband <<T:said he'd kill her and the kids>>
THREATS/UNWANTED :: customer told manager <<T:he'll handle him after closing>> and made a finger gun
THREATS/MH :: therapist calling with a <<U:duty to warn>>, client <<T:said he'll hurt his supervisor tomorrow>>
THREATS/CIVIL :: ex-husband said <<T:if he sees her car at that house again it's gonna burn>>
THREATS/DISP :: neighbor <<T:said he's got something for him and patted his hip>>
THREATS/DISP :: 14yo told his sister <<T:he would stab her in her sleep>>
THREATS/DISP :: {M} yelling across the street <<T:'you gonna get wet up'>> at RP
THREATS/INFO :: ex posted RP's address online with <<T:'somebody handle this'>>
THREATS/CIVIL :: roommate said <<T:she'd poison his food>> and laughed, RP scared to eat
THREATS/CIVIL :: baby's father told her <<T:she's gonna end up on a t-shirt>>
THREATS/SUSP :: guy at the pump said <<T:he'll run him over>> and is sitting in his car watching
THREATS/INFO :: front desk got <<T:a bomb threat>> on the main line
THREATS/CIVIL :: upset parent told the principal <<T:'I'll come up there and drop you'>>
THREATS/CIVIL :: tenant <<T:threatening to beat the landlord with whatever he can find>>
THREATS/JUV :: neighbor kid said <<T:he'd bring his dad's strap tomorrow>> for RP's son
THREATS/INFO :: RP getting DMs saying <<T:'we know your shift ends at 11'>> with pics of her car
THREATS/DISP :: rider <<T:told the bus driver he'd cut her>> when she asked for the fare
THREATS/INFO :: brother-in-law <<T:said the whole family's getting it>> once he gets out tonight
THREATS/CIVIL :: ex says <<T:she'll have her new man break his legs>>
THREATS/INFO :: coworker muttered <<T:'one of these days I'm bringing something to work'>> after his write-up
DV/DISP :: husband <<T:says he'll burn the house down with her in it>>
THREATS/INFO :: RP watching a stream where <<T:the guy says he's going to the mall to hurt people>>
DV/DISP :: stepdad told her <<T:'say something and see what happens'>> and raised his fist
THREATS/INFO :: old friend sent <<T:a photo of a bullet with RP's name on it>>
THREATS/CIVIL :: RP's dad says <<T:he'll kill the neighbor>> over the fence line, he's walking over there now
THREATS/DISP :: {M} on the phone with RP <<T:said he's outside and going to teach him a lesson>>
THREATS/SUSP :: guy who followed her from the store <<T:said 'it's gonna be a bad day for you'>>, he's still in the lot
DV/CIVIL :: ex at the door <<T:saying he'll kick it in and drag her out>>
THREATS/JUV :: juv told a classmate <<T:he's got a list and she's on it>>
THREATS/CIVIL :: landlord <<T:said he'd have his guys rough him up>>
THREATS/DISP :: neighbor yelled <<T:'next time I won't miss'>> at RP over the property line
THREATS/CIVIL :: ex-bf <<T:said he'd shoot her new bf on sight>>
THREATS/INFO :: customer on the phone <<T:said he'd come down and make it right with a bat>>
THREATS/JUV :: older kids <<T:told RP's son he's got till Friday or else>>
THREATS/INFO :: daughter's ex <<T:keeps texting she'll be sorry and he's got nothing to lose>>
THREATS/DISP :: {M} at the counter <<T:said 'I'll see you in the parking lot, old man'>>
MTLV/MH :: pt <<T:threatening to stab staff>> if they don't give his meds back
THREATS/CIVIL :: tenant told maintenance <<T:'come in my unit again and you leave on a stretcher'>>
THREATS/ANIMAL :: neighbor <<T:said he'll sic his dogs on her kids>>
THREATS/DISP :: brother keeps saying <<T:somebody's gonna get hurt tonight>> and pacing by the door
# I
MED/WELFARE :: husband <<I:breathing weird, snoring sounds and won't respond>>
MED/WELFARE :: {AGE}yo <<I:can't catch her breath>>, lips look blue
MED/INTOX :: <<I:pt on the floor not waking up>> after drinking all day
MED/ASSIST :: <<I:blood coming from his head>> after he fell off a ladder
MED/WELFARE :: RP's dad <<I:face drooping on one side>> and words slurred, started 20 min ago
MED/WELFARE :: <<I:pt shaking all over on the floor>>, foaming at the mouth
OD/WELFARE :: <<I:pinpoint pupils, barely breathing>>, needles next to him
MED/WELFARE :: diabetic <<I:sweaty and confused>>, not making sense, sugar 38
MED/LIFT :: <<I:fell in the tub>>, hip bent wrong, can't get up
MED/ASSIST :: <<I:spilled boiling water on her legs>>, skin peeling
MED/WELFARE :: <<I:pressure in his chest>> going down his left arm
MED/ASSIST :: <<I:cut his hand on glass>>, won't stop bleeding
OD/ASSIST :: toddler <<I:swallowed some of grandma's pills>>
MED/WELFARE :: <<I:coughing up blood>> since this morning, worse now
MED/ASSIST :: diner <<I:grabbing his throat and can't make a sound>>
MED/SUSP :: {M} <<I:slumped over the wheel>> at the light, not responding to knocking
MED/WELFARE :: <<I:not breathing>>, RP doing compressions
MED/ASSIST :: <<I:gash on her forehead>> from hitting the counter
OD/INTOX :: <<I:took a bunch of fent and is turning gray>>
MED/ASSIST :: <<I:grease fire burned his arms>>
MED/WELFARE :: coworker <<I:passed out in the bathroom>>, coming to and going out again
INTOX/JUV :: <<I:teen drank a fifth and is puking while half asleep>>
MED/WELFARE :: <<I:stabbing pain in chest>> and sweating
MED/WELFARE :: <<I~wheezing>> and the inhaler isn't helping
MED/LIFT :: elderly neighbor <<I:slipped on the ice and her wrist is deformed>>
ANIMAL/ASSIST :: <<I:bit by a dog, deep punctures bleeding>>
MED/WELFARE :: <<I:slurring and can't lift his right arm>>
MED/WELFARE :: <<I~seizing>> for 5 min now
OD/UNHOUSED :: person <<I~unresponsive>> in a tent on the greenway
OD/INTOX :: friend <<I:nodded out and didn't wake up after one narcan>>
MED/ASSIST :: {F} <<I:fainted and hit her head on the curb>>
MED/WELFARE :: wife <<I:suddenly confused, doesn't know where she is>>
MED/ASSIST :: <<I:chemical splashed in his eyes>> at the plant
MED/JUV :: <<I:kid fell off the monkey bars and his arm is bent>>
MED/WELFARE :: <<I:nosebleed that won't stop>> for 40 min, on blood thinners
MED/ASSIST :: <<I:throat swelling after eating peanuts>>
HITRUN/ASSIST :: <<I:pedestrian hit by a car lying in the road>>, driver stayed
MED/WELFARE :: <<I:throwing up blood>>
MED/LIFT :: <<I:fell down the basement stairs and isn't moving>>
OD/INTOX :: <<I:ate a bunch of edibles, can't stay awake, breathing slow>>
MED/WELFARE :: 80yo <<I:burned her leg on the radiator>>, big blister
MED/ASSIST :: <<I:worker fell off the scaffolding>>
MED/WELFARE :: <<I:shaky and sweating, sugar crashing>>, hasn't eaten
MED/UNHOUSED :: {M} at the bus stop <<I:skin hot and red, confused, not sweating>>
MED/UNHOUSED :: found in the park at dawn <<I:shivering hard, lips blue>>
MED/ASSIST :: <<I:blood from his ear after hitting his head>>
OD/INTOX :: <<I:mixed pills and liquor and is out of it>>
MED/WELFARE :: <<I:chest pain>> for an hour, 61yo
MED/ASSIST :: <<I:curling iron burn, blistered half her hand>>
MED/WELFARE :: <<I:can't talk and right side weak>>
MED/ASSIST :: <<I:pulled a kid out of the pool, not breathing right>>
MED/ASSIST :: <<I:sliced the tip of his finger off>> on the mandoline
MED/LIFT :: grandpa <<I:fell and hit his head, now vomiting>>
# S
SUIC/WELFARE :: {M} <<S:standing on the outside of the bridge railing>>
SUIC/WELFARE :: son <<S:texted goodbye to everyone and gave his dog away>>
SUIC/MH :: <<S:said she's going to take all her pills tonight and has them lined up>>
SUIC/WELFARE :: brother <<S:in the garage with the car running>> and the door shut
SUIC/MH :: <<SI:cut her wrists>>, bleeding
SUIC/WELFARE :: {F} <<S:sitting on the tracks>> at the {ST} crossing, won't move
SUIC/MH :: friend <<S:posted a note saying sorry for everything and has a rope>>
SUIC/MH :: vet <<SW:has his pistol out>> and said tonight's the night
SUIC/MH :: <<SI:took a bottle of tylenol>> an hour ago
SUIC/WELFARE :: <<S:on the parking garage roof with legs over the edge>>
SUIC/MH :: teen <<S:looking up how many of her meds it takes and saving them>>
SUIC/MH :: <<S:wrote out his will this morning and asked RP to feed the cat>> after saying he's done
SUIC/MH :: <<S:tied a belt to the closet rod>>, RP found it, he's in his room
SUIC/MED :: <<SI:tried to hang himself>>, RP cut him down, he is breathing
SUIC/MH :: <<S:says she'll drive into the river>> and is in her car now
SUIC/WELFARE :: {F} <<S:walking into the lake at night with her clothes on>>
SUIC/MH :: <<SW:holding a razor to her arm>> saying she's done
SUIC/MH :: <<S:bought a gun today and said goodbye to his mom>>
SUIC/WELFARE :: {M} <<S:standing on the overpass looking down at traffic>>, crying
SUIC/MH :: <<S:saved up her insulin to take it all at once>>
SUIC/WELFARE :: <<S:left a goodbye letter on the kitchen table>> and not answering his phone
SUIC/MH :: <<SI:drank antifreeze>> on purpose per girlfriend
SUIC/SUSP :: car <<S:parked on the railroad crossing>>, driver won't respond to RP
SUIC/MH :: <<S:asked RP how to make it painless and has been giving his stuff away>>
SUIC/MH :: counselor says client <<S:told her she has a plan for friday with the pills>>
SUIC/MH :: <<S:in the bathtub with a hair dryer plugged in>>
SUIC/WELFARE :: <<S:sitting on the 9th floor balcony rail>>
SUIC/MH :: <<SI:overdosed on purpose>>, RP found a note
SUIC/MH :: <<SW:has a knife to his own throat>>
SUIC/MH :: <<S:said goodbye on facebook live and is up at the cliffs>>
SUIC/WELFARE :: {M} <<S:lying down in the road>> on {ST} saying let it be over
SUIC/WELFARE :: <<S:texted her mom 'take care of the kids for me' and turned off her location>>
SUIC/MH :: <<SI:slashed her thighs, a lot of blood>>
SUIC/DV :: <<SW:put the shotgun in his mouth>>, wife ran out
SUIC/MH :: <<S:charcoal grill lit inside his closed bedroom>>
SUIC/WELFARE :: juv <<S:climbing the water tower>> saying he's going to jump
SUIC/MH :: <<S:stepped in front of traffic twice>>, friend pulled him back
SUIC/MED :: <<SI:jumped from the 2nd floor window, leg broken>>
SUIC/WELFARE :: {F} <<S:sitting on the ledge of the pedestrian bridge>>
SUIC/MH :: <<S:says he'll drown himself and is walking toward the river>>
SUIC/MH :: <<S:counting out his oxys saying it's enough>>
SUIC/MH :: <<S:recorded a goodbye video>> and left with her dad's car keys
SUIC/WELFARE :: <<S:noose hung in the barn>>, uncle is out there
SUIC/MH :: <<S:mixed bleach and ammonia in the bathroom and locked the door>>
SUIC/MH :: <<S:said he won't be here in the morning>>, drinking with <<SW:his rifle out>>
SUIC/WELFARE :: <<S:gave away his motorcycle and wrote apology letters>>, won't say where he is
SUIC/MH :: <<S:told her sister the plan is to crash the car into a pole>>
SUIC/WELFARE :: {M} <<S:on the interstate median trying to walk into traffic>>
SUIC/MH :: <<S:stockpiled sleeping pills and told roommate don't come in tomorrow>>
SUIC/MH :: <<SI:fresh cuts on his arm bleeding through the sleeve>>
SUIC/WELFARE :: <<S:threatening to jump from the 3rd floor stairwell>>
SUIC/MH :: {F} <<S:at the bus shelter holding a bottle of pills saying this is it>>
SUIC/MH :: <<S:sent his ex a picture of a loaded gun with 'bye'>>
# P
BURG/SUSP :: <<P:someone inside the neighbor's house>>, they're on vacation, RP sees a flashlight
EXPO/JUV :: {M} <<P~exposing>> himself to kids at the playground
DUI/PARK :: <<P:{VEH} weaving all over, almost hit the median>> on {ST}
CHILD/WELFARE :: <<P:toddler alone in a hot car>> in the {BIZ} lot
PROWL/SUSP :: <<P:guy peeking in her bathroom window>> right now
BURG/SUSP :: <<P:someone prying at the back door>> of the closed pharmacy
HITRUN/INFO :: RP <<P:just got hit and the other car took off>>, plate partial
CHILD/WELFARE :: <<P:kids 4 and 6 home alone>>, mom gone since last night
CHILD/INFO :: school nurse says <<P:teen told her dad beats her>>
WARRANT/INFO :: subj who <<P:has a felony warrant>> is at the bar on {ST} right now
THEFT/SUSP :: <<P:cutting the catalytic converter off>> a car in the lot right now
BURG/SUSP :: <<P:kicking in the shed door>> next door
VANDAL/JUV :: <<P:3 juvs spray painting the church>> right now
THEFT/SUSP :: <<P:shoplifter still in the store loading bags>>
DUI/CIVIL :: husband <<P:just left drunk in the truck with the kids>>
BURG/SUSP :: <<P:2 subjs breaking into cars>> on level 2 of the garage
EXPO/SUSP :: <<P:{M} touching himself in view of>> the bus riders
PROWL/SUSP :: <<P:{M} trying car door handles>> down the block right now
BURG/SUSP :: <<P:window broken and someone moving inside>> the closed store
THEFT/SUSP :: <<P:taking packages off porches>> right now, {VEH}
CHILD/WELFARE :: <<P:infant left in a running car>> outside the laundromat
PROWL/SUSP :: <<P:{M} holding a phone under the dressing room stalls>>
HITRUN/INFO :: <<P:rear-ended RP and fled>> north on {ST}
CHILD/INFO :: <<P:8yo says mom's boyfriend hurts him>>
THEFT/SUSP :: <<P:just walked out with the register drawer>>, still in the lot
BURG/SUSP :: <<P:pulling copper out of the vacant house>> right now
DUI/PARK :: <<P:driver drinking from a bottle while driving>> on {ST}
VANDAL/NOISE :: <<P:smashing mailboxes from a truck>>, still going
THEFT/SUSP :: <<P:guy took RP's bike out of her garage just now>>, she can see him riding down the alley
CHILD/WELFARE :: <<P:2yo left in a cart alone in the lot>> for 20 min
EXPO/SUSP :: <<P:naked {M} flashing cars>> at the on ramp
DUI/ASSIST :: <<P:car crashed into the fence and driver stumbling>>, smells like booze
HITRUN/INFO :: <<P:hit a parked car and drove off>>, RP following
BURG/SUSP :: <<P:RP hears someone in her basement>> and she lives alone
THEFT/SUSP :: <<P:siphoning gas from the fleet trucks>>
CHILD/INFO :: <<P:kid says his mom locks him in the closet>>
WARRANT/INFO :: bondsman says <<P:skip with a warrant>> is inside this address
BURG/SUSP :: <<P:{M} climbing through the window>> of the neighbor's apt
THEFT/SUSP :: <<P:stripping tires off a car>> on blocks right now
VANDAL/PARK :: <<P:slashing tires in the lot>> right now
PROWL/SUSP :: <<P:{M} looking in windows with a flashlight>> on {ST} at 3am
DUI/PARK :: <<P:driver asleep at the wheel doing 20 on the interstate>>
CHILD/NOISE :: <<P:kids alone in the apartment crying for hours>>
VANDAL/JUV :: <<P~tagging>> the overpass right now
EXPO/JUV :: <<P:man in a car exposing himself>> outside the middle school
HITRUN/ASSIST :: <<I:pedestrian struck>>, <<P:driver didn't stop>>
THEFT/SUSP :: <<P:just snatched her purse>> and ran into the complex
THEFT/SUSP :: <<P:2 subjs trying to start a car that isn't theirs>> with a screwdriver
BURG/SUSP :: <<P:loading the neighbor's lawn equipment into a van>>, neighbor's at work
CHILD/WELFARE :: <<P:11yo babysitting 3 infants alone>> since yesterday
DUI/PARK :: <<P:driver swerving and ran a red>>, RP thinks he's drunk, right behind him now
VANDAL/SUSP :: <<P:breaking open the vending machines>> in the laundromat
CHILD/INFO :: <<P:girl says her uncle touches her>>
# U
UNK/SUSP :: caller <<U~whispering>>, said 'he's here' and hung up
HANG/DISP :: <<U:open line>>, female crying and male yelling in the background
HANG/INFO :: <<U:hang up, no answer on callback>>
HANG/INFO :: <<U:silent 911>>, tapping heard on the line
UNK/NOISE :: <<U:screaming from apt 3>>, RP can't see in
UNK/NOISE :: <<U:sounds of a struggle upstairs>>, thumping
UNK/INFO :: <<U:caller only answering yes or no>>, says she can't talk
UNK/INFO :: <<U:unknown emergency, line disconnected>>
UNK/SUSP :: <<U:door kicked in at the neighbor's, no one answers>>
UNK/WELFARE :: <<UI:child on the line says mom won't wake up>>
HANG/INFO :: <<U:TDD call, no text response>>
UNK/NOISE :: <<U:crash and a woman yelling 'stop'>> through the wall
UNK/INFO :: <<U:caller ordering a pizza on 911>>, answers yes to needing help
HANG/INFO :: <<U:muffled voice then the line went dead>>
UNK/NOISE :: <<U:baby screaming nonstop and a man yelling>> next door
UNK/DISP :: <<U:RP afraid to talk, he's in the next room>>
HANG/INFO :: <<U:text to 911 saying help>>, no reply since
UNK/NOISE :: <<U:glass breaking and a thud, then quiet>>, neighbor doesn't answer
UNK/SUSP :: <<U:woman yelling for help>> in the woods behind the complex
UNK/INFO :: alarm co says <<U:panic button pressed, no answer at premise>>
HANG/DISP :: <<U:caller hung up mid-sentence>> 'my husband is'
UNK/INFO :: <<U:caller says wrong number but voice shaking and a male voice says hang up>>
UNK/WELFARE :: <<U:door open, dog barking and a man moaning inside>>, no answer
UNK/SUSP :: <<U:front door wide open and furniture flipped>>, nobody answering
UNK/NOISE :: <<U:banging and screaming>> from the motel room next door
HANG/DISP :: <<U:line open, sounds like someone being hit>>
UNK/NOISE :: RP heard a woman <<U~scream>> 'he's got a' then nothing
HANG/INFO :: <<U:female crying on the line, can't give address>>, disconnected
UNK/ASSIST :: rideshare driver says <<U:passenger in the other car mouthing help>>
UNK/SUSP :: <<U:note taped in the window saying help>>
UNK/SUSP :: <<U:knocking from inside the trunk>> of a parked car
HANG/INFO :: <<U:multiple 911 hang ups>> from the same cell, callback goes to vm
UNK/NOISE :: <<U:someone screaming in the stairwell>>, RP afraid to look
HANG/JUV :: <<U:child answered callback whispering that they're hiding>>
HANG/INFO :: <<U:someone gasping>> then the line cut
UNK/NOISE :: <<U:neighbor's kids yelling 'stop daddy'>>
BURG/SUSP :: <<U:back door pried and hanging open, owner out of town>>, unknown if anyone inside
HANG/ASSIST :: <<U:elevator phone, person not speaking, heavy breathing>>
UNK/INFO :: <<U:caller says 'I can't say, just send someone'>>
UNK/NOISE :: <<U:shouting and a loud thud>> in the unit above, then silence
HANG/WELFARE :: <<U:smartwatch fall alert, no voice response>>
HANG/WELFARE :: RP on the phone with her sister <<U:heard her scream and the call dropped>>
UNK/NOISE :: <<U:domestic heard through the wall>>, can't tell who
HANG/ASSIST :: <<U:phone crash alert, no answer on callback>>
UNK/WELFARE :: <<U:kid at the door asking to use the phone, very scared, won't say why>>
UNK/NOISE :: <<U:people arguing then a scream>> from the house across the street
HANG/INFO :: <<U:voice on the line said 'don't' then dial tone>>
UNK/WELFARE :: motel clerk <<U:hears a woman crying for help in 112>>, nobody opens
UNK/INFO :: <<U:caller answering in one word, says her 'cousin' is there and she can't leave>>
UNK/SUSP :: <<U:cries for help from the ravine>>
UNK/NOISE :: <<U:fists on a door and a child crying>> in the hallway
UNK/DISP :: <<U:RP texting from the closet>>, won't say who is in the house
"""

BENIGN_DATA = r"""
# plain
WELFARE :: neighbor hasn't seen the older lady in 4B since Sunday, mail piling up, car hasn't moved
WELFARE :: daughter out of state can't reach her dad for 3 days, asks for a knock on the door
WELFARE :: {M} sitting on the bench outside {BIZ} for hours talking to himself, calm
WELFARE :: coworker didn't show for shift two days running, lives alone, RP worried
WELFARE :: {F} walking along {ST} with a suitcase, seems lost, asked RP what town this is
WELFARE :: elderly {M} with dementia per family wandered to the {BIZ}, in good spirits, knows his name
WELFARE :: landlord asks for a check on tenant, rent unpaid and no answer to notes for a week
WELFARE :: man living in his car in the church lot for a week, pastor wants someone to offer services
WELFARE :: school asks for a check on a family, kids absent all week and no phone contact
WELFARE :: RP's mom not answering her landline since yesterday, probably phone off the hook again
WELFARE :: {F} crying on the curb outside {BIZ}, says her bf dumped her and she has no ride home
WELFARE :: older couple's lights on all night and newspapers stacked up, neighbor just wants a check
WELFARE :: pharmacy says regular customer didn't pick up his meds this month, lives alone, asks for a check
WELFARE :: {M} asleep in the bus shelter, snoring, RP asks someone offer a bed for the night
WELFARE :: RP's grown son stopped answering texts after losing his job, no other concerns, wants someone to stop by
WELFARE :: {F} in pajamas at the laundromat at 3am, calm, says she just likes it there
NOISE :: bass from a car stereo in the lot shaking RP's windows for an hour
NOISE :: karaoke party next door still going at 1am
NOISE :: dog barking nonstop in the yard on {ST} since the owner left this morning
NOISE :: neighbor running a leaf blower at 6am again
NOISE :: drum practice in the garage across the street every night past 10
NOISE :: construction crew started jackhammering before 7am
NOISE :: generator running all night at the house behind RP
NOISE :: neighbor's roosters going off at 4am
NOISE :: kids bouncing a basketball against the wall of the apts after midnight
NOISE :: patio music at the bar on {ST} way too loud, RP 3 blocks away can hear the lyrics
NOISE :: motorcycles revving in the plaza lot for the past 30 min
NOISE :: house party with a DJ, cars parked on lawns
NOISE :: power washing at 11pm in the unit below
NOISE :: upstairs neighbor moving furniture every night at 2am
NOISE :: ice cream truck parked playing its song for an hour
NOISE :: car alarm going off for 40 min in the lot, owner unknown
FOUND :: found a wallet on the bus bench, wants to turn it in
FOUND :: backpack left at the library table since this morning, staff checked it, school books
FOUND :: bike left leaning on RP's fence for 3 days
FOUND :: license plate lying in the road on {ST}
FOUND :: RP found a phone in the park, it keeps ringing, wants it returned
FOUND :: set of keys with a car fob in the {BIZ} lot
FOUND :: purse turned in at the front desk of {BIZ}, ID inside
FOUND :: passport found on the sidewalk outside the bus depot
FOUND :: laptop bag left on the train platform, RP has it
FOUND :: kid's scooter left in RP's driveway for a week
FOUND :: cooler full of fishing gear on the boat launch, no owner around
FOUND :: prescription bottle with someone's name found in the parking lot
FOUND :: briefcase with papers left in the waiting room
FOUND :: tablet found in the park playground, locked
THEFT_RPT :: bike stolen from the rack sometime overnight
THEFT_RPT :: package taken off the porch yesterday afternoon, RP has doorbell video
THEFT_RPT :: catalytic converter gone when he went out this morning
THEFT_RPT :: wallet stolen at the gym last week, wants a report for the bank
THEFT_RPT :: tools taken from the truck bed over the weekend
THEFT_RPT :: hanging plants taken from the porch two nights ago
THEFT_RPT :: roommate took rent money last month and moved out
THEFT_RPT :: credit card used online, RP noticed on the statement today
THEFT_RPT :: license plate taken off her car sometime this week
THEFT_RPT :: mail stolen from the cluster box, noticed today
THEFT_RPT :: kayak missing from the yard since Tuesday
THEFT_RPT :: stolen phone from last week now pinging at a pawn shop
THEFT_RPT :: store wants a report for a shoplift from earlier, suspect long gone
THEFT_RPT :: gas drive-off from yesterday, clerk has the plate
LOCKOUT :: locked keys in the car with the engine off at {BIZ}
LOCKOUT :: RP locked out of her apt, landlord not answering
LOCKOUT :: locked out of his truck at the trailhead, phone almost dead
LOCKOUT :: keys snapped off in the door lock, wants to know who to call
LOCKOUT :: locked out of the house, dog inside, no kids inside
LOCKOUT :: RP locked her keys in the trunk at the grocery store
LOCKOUT :: elderly RP locked out after getting the mail, in a coat, neighbor letting her wait inside
LOCKOUT :: rental car fob died, can't get in, at the hotel lot
NEEDLE :: used syringes by the swings at {ST} park, needs pickup
NEEDLE :: sharps in the alley behind {BIZ}
NEEDLE :: needle found in the church parking lot flower bed
NEEDLE :: few needles in the bus shelter trash can lid
NEEDLE :: RP's kid found a capped needle on the sidewalk, didn't touch it, needs disposal
NEEDLE :: pile of syringes under the bridge by the trail
NEEDLE :: needles in the planter outside the library
NEEDLE :: syringe stuck in the fence by the school, school closed for the day
LIFT :: 86yo slid off the couch onto the floor, ((not hurt)), just can't get up
LIFT :: husband sat down on the bathroom floor and can't get back up, ((no pain)), large man
LIFT :: {F} slid out of her wheelchair at the curb, ((no injuries)), needs help up
LIFT :: resident lowered himself to the floor to get the remote, can't get up, ((denies pain))
LIFT :: dad ended up on the garage floor, ((not hurt)), just needs a hand getting up
LIFT :: neighbor stuck on the floor by the bed, ((talking fine and denies injury))
LIFT :: wife needs help getting husband from the car to the house, he's weak from chemo, ((no emergency))
LIFT :: 300lb pt on the floor of the hotel room, ((no complaints)), requests lift only
UNHOUSED :: tent set up on the sidewalk in front of RP's store, blocking the entrance
UNHOUSED :: {M} sleeping in the bank vestibule, RP just wants him connected to shelter
UNHOUSED :: encampment growing under the overpass, RP asks for outreach
UNHOUSED :: {F} with a shopping cart going through the recycling bins
UNHOUSED :: family sleeping in their van in the {BIZ} lot, kids with them, asked RP about shelters
UNHOUSED :: {M} asking customers for change outside {BIZ}, polite
UNHOUSED :: person sleeping in the church doorway, staff want them moved along kindly
UNHOUSED :: {M} washing up in the park restroom sink every morning, parks staff want services offered
UNHOUSED :: {F} set up chairs and a tarp at the bus stop, riders can't sit
UNHOUSED :: older {M} in the library all day, staff say he needs a place to go at closing
UNHOUSED :: pile of belongings left under the bridge, owner comes back at night
UNHOUSED :: {M} pushing a cart with all his stuff in the road slowly, blocking a lane
INTOX :: {M} drunk and singing on the stoop, harmless
INTOX :: {F} intox at the bus stop asking everyone for a lighter, calm
INTOX :: regular at the bar too drunk to get home, bartender wants a ride arranged
INTOX :: guy passed the point of sloppy, sitting on the curb laughing, talking fine
INTOX :: {M} drunk in the lobby, keeps trying to get in the wrong apartment, friendly
INTOX :: two guys drinking in the park pavilion, loud but not bothering anyone
INTOX :: {M} tipsy at the bus depot asking which bus goes to {ST}
INTOX :: {F} drunk at the {BIZ}, keeps talking to customers, staff want her to leave
INTOX :: {M} drunk sleeping it off in a lawn chair in the parking lot, snoring, breathing normal
INTOX :: college kids drunk on the porch, one is sitting on the steps telling stories
JUV :: group of teens hanging in the stairwell, vaping
JUV :: juvs on skateboards in the bank lot after hours
JUV :: kids loitering by the dumpsters behind {BIZ}
JUV :: teens cutting through yards as a shortcut
JUV :: juveniles hanging out in the laundromat, not doing laundry
JUV :: 5 or 6 kids ringing doorbells and running
JUV :: teens on the school roof taking pictures, came down when asked
JUV :: kids playing in the construction site after hours
JUV :: juvs loitering in the mall entrance, security wants them moved along
JUV :: teens throwing a football in the street, cars have to stop
UNWANTED :: ex-roommate won't leave the apt, arguing about who owns the couch
UNWANTED :: customer won't leave the store after being told they're closed, just arguing
UNWANTED :: {M} refusing to leave the clinic waiting room, wants to see a doctor without an appt
UNWANTED :: adult son refusing to move out, parents want him gone, just words
UNWANTED :: guest at the motel won't check out, says he paid for another night
UNWANTED :: {F} sitting in the lobby all day, refuses to leave, calm
UNWANTED :: former employee keeps coming back asking for his last check, won't leave the office
UNWANTED :: boyfriend's friend crashing on the couch won't leave, RP wants him out
UNWANTED :: {M} refuses to get off the bus at the end of the line, arguing with the driver
UNWANTED :: customer camped in the booth at the diner for 4 hours, won't order or leave
DISP :: neighbors yelling about a property line, words only
DISP :: couple arguing loudly in the apt next door about money
DISP :: two drivers arguing about a parking space
DISP :: mother and adult daughter arguing about the car
DISP :: tenant and landlord yelling over the deposit
DISP :: customer arguing with the cashier about a coupon
DISP :: roommates arguing over dishes, both want the other out
DISP :: two women shouting at the bus stop about a man
DISP :: father and teenage son arguing about his grades and curfew
DISP :: dispute with the tow company over the fee, RP at the yard
DISP :: brothers arguing over their late mother's house, RP is the neighbor
DISP :: dispute over a used car sale, buyer wants his money back
CIVIL :: custody exchange running late, RP wants a standby
CIVIL :: RP needs to pick up her things from the ex's apt, asks for a standby
CIVIL :: contractor took a deposit and never came back, wants to know options
CIVIL :: neighbor's tree fell on RP's fence, argument over who pays
CIVIL :: landlord changed the locks on RP, says she's behind on rent
CIVIL :: dispute over a dog, both say it's theirs
MH :: {F} says she's hearing voices from the neighbors' vents, calm, wants someone to talk to
MH :: son off his meds, pacing and talking fast, family wants the crisis team
MH :: RP says he's having a panic attack and doesn't want to be alone
MH :: {M} at the library talking to people who aren't there, not bothering anyone
MH :: RP's sister believes she's being watched through the TV, upset but calm
MH :: veteran called saying he can't sleep and feels on edge, wants to talk to someone
MH :: {F} says the grief over her husband is too much, wants a counselor tonight
MH :: {M} in the lobby says the government is tracking him through his fillings
MH :: college student overwhelmed before finals, crying, wants to talk
MH :: RP's adult daughter with bipolar not sleeping for days, agitated, family asks for mobile crisis
MH :: caller says sometimes she wishes she wouldn't wake up, ((no plan, nothing to hurt herself with)), wants a counselor
MH :: {M} says life isn't worth it since the divorce, ((no plan or means)), agreed to talk with CR team
MH :: RP says her friend keeps saying she wants to die but ((has no plan)), asks for someone to visit
MH :: teen says he hates his life and wishes he was dead, ((denies any plan)), mom wants help
MH :: elderly {M} says he's tired of living since his wife passed, ((no plan, no weapons in home))
MH :: {F} hoarding, house full to the ceiling, family asking for help with services
# look-alikes
NOISE/SHOTS L :: ((loud bangs, RP watched kids lighting firecrackers in the street))
NOISE/SHOTS L :: ((pops were a car backfiring, RP saw it go by))
SUSP/SHOTS L :: ((bang was the transformer on the pole, power's out on the block))
NOISE/SHOTS L :: ((banging is a nail gun, roofers working late))
NOISE/SHOTS L :: ((popping sounds are from the quarry blasting, happens every Tuesday))
NOISE/SHOTS L :: ((sounded like gunfire but it's the shooting range 2 miles out)), RP just wants hours checked
NOISE/SHOTS L :: ((neighbor says the booms were his kids with leftover fireworks)), RP still annoyed
SUSP/WEAPON L :: RP saw {M} holding ((what looked like a rifle, it's a camera tripod)), he's filming birds
SUSP/WEAPON L :: ((thought the kid had a gun, it was a phone in a black case))
SUSP/WEAPON L :: ((the knife turned out to be a comb)), {M} just combing his hair in the window
SUSP/WEAPON L :: ((subj had what RP thought was a machete, it's a garden hoe)), he's weeding the median
SUSP/WEAPON L :: ((the 'pistol' was a vape pen)), teen at the bus stop
SUSP/WEAPON L :: {M} carrying ((a long case, RP thought shotgun, it's a fishing rod)), walking to the pier
SUSP/WEAPON L :: ((what looked like a sword is a cane)), elderly man walking slow
SUSP/WEAPON L :: ((thought it was a bat, it's a rolled up umbrella))
SUSP/WEAPON L :: ((guy in the lot with what looked like a gun, it's a cordless drill)), he's fixing his trailer
SUSP/WEAPON L :: ((kids with an orange-tipped toy gun)), mom spoke to them, RP wants it noted
SUSP/WEAPON L :: ((Nerf guns)) battle in the park, neighbor worried, can see the foam darts
SUSP/WEAPON L :: ((water gun fight)) between teens on {ST}, RP nervous about how it looks
SUSP/WEAPON L :: ((cosplayer with a prop sword)) outside the convention center, peace-tied
SUSP/WEAPON L :: airsoft players in the woods behind the subdivision ((with their orange tips on)), RP wants them moved
SUSP/WEAPON L :: ((hunter in blaze orange with a rifle on his own land)), season is open, neighbor just wants to know
SUSP/WEAPON L :: ((guy sharpening kitchen knives at the farmers market)), RP wants to know if that's allowed
WELFARE/WEAPON L :: roommate ((cooking with a big knife)) and RP annoyed he left it in the sink
INFO/WEAPON L :: RP wants to know how to ((turn in his late dad's guns)) to be destroyed
INFO/WEAPON L :: ((sold his shotgun to his cousin last year)), wants to know about paperwork
INFO/WEAPON L :: ((found an old rusted knife)) in the garden, wants it disposed of
INFO/WEAPON L :: ((gun safe delivered to the wrong address)), empty, RP wants it picked up
FOUND/WEAPON L :: ((found a box of ammo)) in the alley, no gun around
NOISE/WEAPON L :: neighbor ((target shooting with a bow at hay bales)) in his yard, arrows into the bales only
DISP/THREATS L :: neighbor said ((he'd kill for a quiet night)) when RP's dog barked, laughed it off
DISP/THREATS L :: RP says ((her mom is going to kill her)) for denting the car, just wants an accident report
CIVIL/THREATS L :: ((landlord said he'll 'kill' the lease if rent is late)), RP wants to know rights
INFO/THREATS L :: coworker joked ((he'd murder a burger right now)), another coworker reported it, RP says it's nothing
DISP/THREATS L :: ((sister said 'I'll strangle you' as a joke)) about the TV remote, RP calling to vent
JUV/THREATS L :: ((teen posted 'this test is gonna kill me')), school counselor wants a check anyway, no concerns
DISP/THREATS L :: ((husband said he's gonna die if he doesn't get coffee)), wife calling about the neighbor's noise
CIVIL/THREATS L :: ex keeps texting asking for the kids' schedule, ((no threats, just annoying))
CIVIL/THREATS L :: neighbor yelling about the fence, ((no threats made)), words only
DISP/THREATS L :: ((threatened to call his mom on him)), teen and older brother arguing
CIVIL/THREATS L :: ((threatening to sue)) over a dented car in the lot
DISP/THREATS L :: manager ((threatened to fire him)) and he wants that documented
INFO/THREATS L :: customer ((threatened a bad yelp review)) after the argument, left
CIVIL/THREATS L :: ((landlord threatening eviction)), tenant wants to know the process
JUV/THREATS L :: ((kids playing cops and robbers yelling 'you're dead')) in the courtyard, RP annoyed
NOISE/THREATS L :: (('I'm gonna kill you' is from the video game)) the kid next door is playing, RP can hear it
INFO/THREATS L :: ((old threats from 2019)), ex now lives out of state, RP wants advice on renewing the order
DISP/FIGHT L :: ((the fight is over a parking spot, just yelling)), nobody touching
DISP/FIGHT L :: ((food fight)) in the school cafeteria, vice principal handling it, just wants it logged
DISP/FIGHT L :: ((pillow fight)) at the sleepover got loud, neighbor complaining
DISP/FIGHT L :: couple ((fighting about the bills, no hitting)) per RP who can hear through the wall
NOISE/FIGHT L :: ((neighbors boxing on the lawn with gloves and a ref)), it's a match, RP wants it quieter
DISP/FIGHT L :: ((play wrestling)) in the pool, lifeguard says just kids messing around
DISP/FIGHT L :: ((argument got heated but no one put hands on anyone)), parties separated
CIVIL/ASSAULT L :: RP was ((assaulted by her ex 2 years ago)), he's in prison, wants help with victim notification
CIVIL/ASSAULT L :: ((ex hit her back in 2019)), RP needs help with the protective order renewal
INFO/ASSAULT L :: RP wants to report ((a fight at school last month)), son's fine, wants it on record
DISP/ASSAULT L :: ((the push was an accident)), both customers apologized, store wants it noted
DISP/ASSAULT L :: brothers ((wrestling over the last donut, laughing)), mom wants someone to scare them
JUV/ASSAULT L :: ((kids roughhousing on the trampoline)), neighbor thought it was a fight
DISP/DV L :: ((argument over chores, no violence)), RP just wants help getting his wife to talk to him
DISP/DV L :: ((verbal only per both)), couple arguing in the car in the lot
CIVIL/DV L :: ((DV history from years ago)), RP just wants a civil standby to get his tools
MED/ASSIST L :: ((bleeding from a papercut, not asking for EMS)), wants the bandaid station at the park restocked
ASSIST/MED L :: RP's husband ((has a bruise from last week's fall)), wants a wheelchair ramp resource
WELFARE/MED L :: {F} sitting on the curb, ((not injured, breathing fine, just tired))
WELFARE/MED L :: {M} lying on the grass in the park, ((awake, sunbathing, says he's fine))
WELFARE/MED L :: ((guy passed out in the park is actually just napping)), RP talked to him
WELFARE/MED L :: ((blood on the sidewalk is from a nosebleed this morning)), person long gone, needs cleanup
LIFT/MED L :: ((fell yesterday, already seen at urgent care)), needs help getting into bed
ASSIST/MED L :: ((diabetic, sugar is fine)), just needs a ride to the pharmacy, no car
ASSIST/MED L :: ((seizure history, none today)), mom asking about a medical alert bracelet
WELFARE/OD L :: ((narcan kit request)), RP wants free kits for the shelter
WELFARE/OD L :: {M} ((high but awake, talking and walking fine)), sitting on the bench
INTOX/OD L :: ((overdose was last month)), family wants a treatment referral for their son
WELFARE/MED L :: elderly {F} ((says her chest felt tight yesterday but fine today, declines EMS)), wants a visit
LIFT/MED L :: {M} ((sat down on the sidewalk, denies hitting his head)), needs help up
ASSIST/MED L :: caller's ((burn is from last week, healing)), wants to know where to get supplies
WELFARE/MED L :: {F} ((breathing heavy from jogging, fine now)), neighbor worried she looked pale
ASSIST/MED L :: ((inhaler helped, breathing normal now)), wants a ride to pick up a refill
WELFARE/MED L :: ((not unresponsive, he was wearing earbuds)), RP knocked and he woke up
WELFARE/MED L :: ((guy face down in the grass is doing yoga))
MH/SUIC L :: ((past attempt years ago)), doing okay now, mom wants resources
MH/SUIC L :: son ((denies SI)), angry about his phone being taken
MH/SUIC L :: {F} said ((she wants to die of embarrassment)) after the argument at work, laughing, friend called
MH/SUIC L :: ((guy on the bridge is fishing)), RP can see the pole
MH/SUIC L :: ((man on the roof is cleaning his gutters)), neighbor worried about the ladder
MH/SUIC L :: ((teen on the overpass is taking photos of the sunset with friends))
MH/SUIC L :: ((person on the tracks is a rail worker in a vest))
MH/SUIC L :: ((car running in the garage with the big door open)), owner warming it up
MH/SUIC L :: ((giving away his stuff because he's moving to Arizona)), neighbor misread it
MH/SUIC L :: RP says her brother ((talks about dying but has no plan and no means)), wants the crisis team
MH/SUIC L :: client ((denies plan or intent)), just needs a ride to the clinic appt
MH/SUIC L :: ((suicide prevention flyers)) request for the library
MH/SUIC L :: ((uncle's attempt was in the 90s)), RP wants support group info
MH/SUIC L :: (('goodbye' text was about quitting her job)), RP confirmed with her by phone
MH/SUIC L :: mom found ((a sad poem for English class)), son says it's homework and he's fine
SUSP/BURG L :: ((break-in happened last night, nobody around now)), wants a report
SUSP/BURG L :: ((flashlight in the vacant house is the realtor)), RP spoke to her
SUSP/BURG L :: ((guy on the roof is the cable installer)), van in the drive
SUSP/BURG L :: ((door left open by the cleaning crew)), owner confirmed by phone
SUSP/BURG L :: ((window broken by a baseball)), kid confessed, parents paying
SUSP/BURG L :: ((noise in the attic was raccoons)), wants animal control number
SUSP/PROWL L :: ((man in the backyard is the meter reader)), RP saw his badge
SUSP/PROWL L :: ((guy checking car doors is the valet)) at the restaurant
SUSP/THEFT L :: ((bike taken last Tuesday)), RP found it listed online, wants a report
SUSP/THEFT L :: ((shoplifter left 20 min ago)), store wants a report only
SUSP/THEFT L :: ((car broken into overnight)), glass on the ground, nobody around
SUSP/THEFT L :: ((wallet stolen at the concert last month)), needs a report number
SUSP/VANDAL L :: ((graffiti appeared over the weekend)), city needs a report for cleanup
SUSP/VANDAL L :: ((mailbox knocked over last night)), tire tracks in the lawn
SUSP/EXPO L :: ((mom breastfeeding on the park bench)), RP complaining
SUSP/EXPO L :: ((man changing into swim trunks behind his car at the beach)), towel on
SUSP/EXPO L :: ((nude figure in the window is a mannequin)) in the tailor shop
SUSP/CHILD L :: ((14yo home alone after school, normal for them)), neighbor asking
SUSP/CHILD L :: ((kids in the car with grandma in the driver seat)), engine running for the ac
SUSP/CHILD L :: ((kid walking to school alone, 11yo, route is 2 blocks)), RP worried
SUSP/CHILD L :: ((baby crying next door, RP can hear the mom singing to it))
PARK/DUI L :: neighbor drinks a lot but ((car hasn't moved, he's home asleep)), RP just complaining
PARK/DUI L :: ((driver swerved to miss a deer)), RP behind him says he's fine now
PARK/DUI L :: ((slow driver is a student driver with the sign on top))
PARK/HITRUN L :: ((hit and run in the lot from last week)), insurance needs a report
PARK/HITRUN L :: ((car clipped RP's mirror and stopped, exchanged info)), just wants a report
INFO/HANG L :: ((911 misdial, RP answered callback, all ok))
INFO/HANG L :: ((hang up was a toddler playing with the phone)), mom on callback, all fine
INFO/HANG L :: ((open line was a pocket dial, music only, callback confirmed ok))
INFO/HANG L :: ((smartwatch sent an alert while he was mowing)), he answered callback, fine
INFO/HANG L :: ((crash alert from phone on a roller coaster)), caller laughing on callback
INFO/HANG L :: ((elderly RP dialed 911 by mistake)) trying to call her daughter, fine
NOISE/UNK L :: ((screaming is kids playing tag)), RP can see them from the window
NOISE/UNK L :: ((yelling next door is a watch party for the game))
NOISE/UNK L :: ((banging is the neighbor hanging pictures)), RP asked him
NOISE/UNK L :: ((woman yelling 'help me' is calling her dog Help)), neighbor confirmed, odd name
NOISE/UNK L :: ((crying baby next door, parents home and soothing it))
NOISE/UNK L :: ((thud upstairs was a dropped dresser)), neighbor came down to apologize
NOISE/UNK L :: ((screams from the haunted house attraction)) on {ST}, RP wants hours checked
WELFARE/UNK L :: ((door open at the neighbor's because she's airing out the house)), she waved at RP
WELFARE/UNK L :: ((person slumped at the bus stop is reading)), RP talked to him
SUSP/UNK L :: ((man lying in the alley is a mechanic under a car))
SUSP/UNK L :: ((knocking in the trunk is a loose spare tire)), owner showed RP
NOISE/UNK L :: ((sounds like a fight but it's a TV turned way up))
DISP/DV L :: ((they were yelling but no one got hurt)), both calm now, RP wants mediation info
DISP/FIGHT L :: ((scuffle ended an hour ago, everyone left)), bar wants it on file
DISP/FIGHT L :: players ((almost fought but the ref separated them)), game continuing
JUV/WEAPON L :: ((teen with a paintball gun in his own backyard)), neighbor concerned about windows
SUSP/WEAPON L :: ((security guard with a holstered flashlight)) at the store, RP thought gun
INFO/WEAPON L :: ((knife sharpening business)) wants to know permits
SUSP/WEAPON L :: ((man with a chainsaw is cutting up a downed tree)) on the sidewalk
SUSP/WEAPON L :: ((axe is for the firewood)) he's splitting in his yard at 10pm, noise only
SUSP/WEAPON L :: ((man carrying a baseball bat to the batting cages))
INFO/THREATS L :: ((comedian's bit about 'killing' the crowd)) upset an audience member, RP wants to complain
DISP/THREATS L :: neighbor said ((he'll 'destroy' RP at chess tomorrow)), RP calling about the music instead
MH/SUIC L :: ((says 'I'm dead inside' about her job)), no other concerns, wants EAP number
MH/SUIC L :: {M} ((said 'just shoot me now' about the long line)) at the DMV, clerk overheard
CIVIL/THREATS L :: (('you're dead to me' text from her sister)), family feud, wants a civil standby
INFO/WEAPON L :: ((gun show parking overflow)) blocking RP's driveway
PARK/WEAPON L :: ((car with a gun rack, empty)) parked in the fire lane
INFO/WEAPON L :: ((bullet hole in the sign from years ago)), RP wants the sign replaced
INFO/ASSAULT L :: ((assault charges were dropped last year)), ex still calling about the dog, no threats
MH/MTLV L :: ((son broke a plate last week, calm today)), mom wants crisis team to talk with him
MH/MTLV L :: {M} yelling at pigeons in the plaza, ((no one near him, no weapons seen))
MH/MTLV L :: ((agitated but not aggressive)), {F} pacing outside the clinic
MED/ASSIST L :: ((bee sting, no swelling, just wants ice)) at the park office
LIFT/MED L :: ((knee gave out, no pain)), neighbor needs help getting him to the chair
WELFARE/MED L :: ((ate expired yogurt, feels fine)), worried about food poisoning, wants advice line
WELFARE/MED L :: ((baby swallowed nothing, the coin was under the couch)), mom calmed down
WELFARE/OD L :: RP found ((empty pill bottles in the trash, all expired, dad cleaning out the cabinet))
MH/SUIC L :: ((rope in the tree is a tire swing)), new neighbors
MH/SUIC L :: ((person on the bridge ledge is a painter on a harness))
SUSP/CHILD L :: ((kids in the parked car with dad standing right next to it))
SUSP/EXPO L :: ((streaker at the football game already escorted out by security))
SUSP/BURG L :: ((ladder against the house is from the painters)), they're on lunch
SUSP/BURG L :: ((homeowner locked out climbing his own window)), RP knows him
SUSP/THEFT L :: ((guy taking bikes from the rack works at the rental shop))
SUSP/DUI L :: ((smelled like beer but he's the passenger)), designated driver sober per RP
SUSP/WARRANT L :: ((warrant was cleared last month)), RP has the paperwork, wants records updated
INFO/HANG L :: ((dog stepped on the phone and called 911)), owner apologized on callback
NOISE/UNK L :: ((loud crash was the recycling truck))
NOISE/UNK L :: ((moaning next door is the neighbor's karaoke))
WELFARE/UNK L :: ((lights flickering and door ajar, but neighbor is home and answered)), just forgetful
SUSP/UNK L :: ((glass breaking sound was the bottle recycling bin at the bar))
DISP/FIGHT L :: ((boxing class in the park)), neighbors thought it was a brawl
DISP/ASSAULT L :: ((slap was a high five)), RP misread from across the street
CIVIL/ASSAULT L :: ((she shoved him in 2020)), RP wants to know about custody paperwork now
DISP/THREATS L :: (('drop dead' said during a card game)), grandma and aunt still playing, RP wants quiet
INFO/SHOTS L :: ((celebratory fireworks on new year's eve)) RP wants to know if legal
NOISE/SHOTS L :: ((starter pistol at the track meet)), RP didn't know
SUSP/SHOTS L :: ((shell casings found from last summer)) in the vacant lot, want them picked up
DISP/WEAPON L :: brothers arguing, ((no weapons seen)), just loud
DISP/WEAPON L :: ((kitchen knife was put away, they're cooking together now)), RP heard yelling earlier about the recipe
SUSP/WEAPON L :: ((kid with a stick pretending it's a sword)), swinging at bushes
SUSP/WEAPON L :: ((fake gun for a film shoot)), crew has permits, RP just saw it from the bus
MH/MTLV L :: {F} talking loudly to herself on the bus, ((not threatening anyone))
MH/SUIC L :: {M} says ((he feels hopeless, denies plan)), asks for a shelter bed
INTOX/MED L :: drunk {M} ((awake and talking, refuses EMS)), just wants a cab
WELFARE/MED L :: {F} with a cast on her arm ((from an old break)) asking for directions to the clinic
NOISE/SHOTS L :: ((popping is bubble wrap)) the kids are stomping on in the garage
SUSP/UNK L :: ((child crying at the park, mom right there, tantrum over ice cream))
WELFARE/UNK L :: ((no answer at the door, but his truck's gone and the mail's picked up)), sister still wants a check
SUSP/WEAPON L :: ((holster on his belt is a phone case))
JUV/FIGHT L :: ((kids 'fighting' were filming a dance video)), RP realized after
JUV/THREATS L :: ((teen said 'you're dead' in a snowball fight))
CIVIL/THREATS L :: ((collection agency 'threatening' to call his employer)), wants advice
"""

# ---------------------------------------------------------------------------
# generator code (data blocks above)
# ---------------------------------------------------------------------------
SEED = 20261210
N_ROWS = 1000
N_RED_INTENDED = 409
TRUNC_ROWS = 200
WIDTHS = [60, 80, 100, 120, 160]
FLAG_ORDER = ['weapon', 'violence', 'threat', 'injury', 'suicide', 'police_only', 'uncertainty']
LETTER = {'W': 'weapon', 'V': 'violence', 'T': 'threat', 'I': 'injury', 'S': 'suicide',
          'P': 'police_only', 'U': 'uncertainty'}

# call-type names per category, one per agency:
# (Midwest city, Southern county SO, PNW city, New England town, Texas metro, Canadian city)
CALL_TYPES = {
    'WELFARE': ('WELFARE CITIZEN', 'WELFARE CHECK', 'WELFARE CHK', 'Well Being Check', 'WELFARE CONCERN', 'CHECK WELLBEING'),
    'NOISE': ('NOISE NUISANCE', 'NOISE COMPLAINT', 'NOISE', 'Noise Complaint', 'LOUD MUSIC/NOISE', 'NOISE BYLAW'),
    'DISP': ('TROUBLE W/SUBJECT', 'DISTURBANCE', 'DISTURB', 'Disturbance', 'DISTURBANCE-VERBAL', 'DISTURBANCE'),
    'CIVIL': ('FAMILY TROUBLE', 'CIVIL DISPUTE', 'CIVIL', 'Civil Complaint', 'CIVIL STANDBY', 'LANDLORD/TENANT'),
    'ASSIST': ('CALL FOR POLICE', 'ASSIST CITIZEN', 'CITIZEN ASSIST', 'Citizen Assist', 'PUBLIC SERVICE', 'ASSIST PUBLIC'),
    'SUSP': ('SUSPICIOUS PERSON/AUTO', 'SUSPICIOUS PERSON', 'SUSP CIRC', 'Suspicious Activity', 'SUSPICIOUS PERSON', 'SUSPICIOUS CIRCUMSTANCE'),
    'MH': ('MENTAL OBSERVATION', 'MENTAL SUBJECT', 'PERSON IN CRISIS', 'Mental Health Call', 'MENTAL HEALTH-CRISIS', 'MENTAL HEALTH ACT'),
    'INTOX': ('INTOXICATED PERSON', 'DRUNK SUBJECT', 'INTOX', 'Intoxicated Person', 'PUBLIC INTOX', 'INTOXICATED PERSON'),
    'TRESP': ('TRESPASS', 'TRESPASSING', 'TRESPASS', 'Trespass', 'CRIMINAL TRESPASS', 'TRESPASS TO PROPERTY'),
    'FOUND': ('FOUND PROPERTY', 'FOUND PROPERTY', 'FOUND PROP', 'Found Property', 'FOUND PROPERTY', 'FOUND PROPERTY'),
    'THEFT_RPT': ('THEFT REPORT', 'LARCENY REPORT', 'THEFT-COLD', 'Larceny Report', 'THEFT-NOT IN PROGRESS', 'THEFT UNDER 5000'),
    'JUV': ('TROUBLE W/JUVENILE', 'JUVENILE COMPLAINT', 'JUV PROBLEM', 'Juvenile Complaint', 'JUVENILE DISTURBANCE', 'YOUTH COMPLAINT'),
    'LOCKOUT': ('LOCKOUT ASSIST', 'VEHICLE LOCKOUT', 'LOCKOUT', 'Lockout', 'LOCKOUT', 'LOCKOUT'),
    'NEEDLE': ('PROPERTY PICK-UP', 'HAZARD-SHARPS', 'SHARPS PICKUP', 'Needle Disposal', 'BIOHAZARD PICKUP', 'SHARPS DISPOSAL'),
    'LIFT': ('ASSIST-LIFT', 'LIFT ASSIST', 'LIFT ASSIST', 'Lift Assist', 'INVALID ASSIST', 'LIFT ASSIST'),
    'PARK': ('PARKING TROUBLE', 'PARKING COMPLAINT', 'PARKING', 'Parking Complaint', 'BLOCKED DRIVEWAY', 'PARKING COMPLAINT'),
    'ANIMAL': ('CRUELTY ANIMAL', 'ANIMAL COMPLAINT', 'ANIMAL PROBLEM', 'Animal Complaint', 'ANIMAL-AT LARGE', 'ANIMAL COMPLAINT'),
    'INFO': ('INFORMATION', 'INFORMATION', 'INFO', 'Information', 'INFORMATION ONLY', 'INFORMATION'),
    'UNHOUSED': ('TROUBLE W/SUBJECT', 'VAGRANCY', 'UNHOUSED OUTREACH', 'Homeless Person', 'HOMELESS-OUTREACH', 'ENCAMPMENT'),
    'UNWANTED': ('TROUBLE W/SUBJECT', 'UNWANTED SUBJECT', 'UNWANTED PERSON', 'Unwanted Guest', 'UNWANTED PERSON', 'UNWANTED PERSON'),
    # alarming
    'WEAPON': ('WEAPONS COMPLAINT', 'ARMED SUBJECT', 'WEAPON', 'Weapons Complaint', 'PERSON WITH WEAPON', 'WEAPONS CALL'),
    'SHOTS': ('SHOTS FIRED', 'SHOTS FIRED', 'SHOTS FIRED', 'Shots Fired', 'SHOTS FIRED', 'SOUNDS OF GUNSHOTS'),
    'FIGHT': ('FIGHT', 'FIGHT IN PROGRESS', 'FIGHT', 'Fight', 'FIGHT IN PROGRESS', 'FIGHT'),
    'ASSAULT': ('BATTERY', 'ASSAULT', 'ASSAULT', 'Assault', 'ASSAULT IN PROGRESS', 'ASSAULT'),
    'THREATS': ('THREATS', 'TERRORISTIC THREATS', 'THREATS', 'Threats', 'TERRORISTIC THREAT', 'UTTERING THREATS'),
    'DV': ('DOMESTIC VIOLENCE', 'DOMESTIC', 'DV', 'Domestic', 'DISTURBANCE-FAMILY VIOLENCE', 'DOMESTIC'),
    'SUIC': ('SUICIDE ATTEMPT/THREAT', 'SUICIDAL SUBJECT', 'SUICIDAL', 'Suicidal Person', 'SUICIDE ATTEMPT', 'ATTEMPT SUICIDE'),
    'OD': ('OVERDOSE', 'OVERDOSE', 'OD', 'Overdose', 'OVERDOSE/POISONING', 'OVERDOSE'),
    'MED': ('MEDICAL ASSIST', 'MEDICAL', 'MEDICAL', 'Medical Emergency', 'EMS ASSIST', 'MEDICAL'),
    'BURG': ('BURGLARY IN PROGRESS', 'BURGLARY', 'BURG IP', 'Burglary', 'BURGLARY-RESIDENCE IP', 'BREAK AND ENTER'),
    'THEFT': ('RETAIL THEFT', 'THEFT IN PROGRESS', 'THEFT IP', 'Larceny In Progress', 'THEFT IN PROGRESS', 'THEFT IN PROGRESS'),
    'VANDAL': ('VANDALISM', 'CRIMINAL MISCHIEF', 'MAL MISCH IP', 'Vandalism', 'CRIMINAL MISCHIEF IP', 'MISCHIEF'),
    'EXPO': ('INDECENT EXPOSURE', 'INDECENT EXPOSURE', 'LEWD CONDUCT', 'Indecent Exposure', 'INDECENT EXPOSURE', 'INDECENT ACT'),
    'DUI': ('RECKLESS DRIVER', 'DUI', 'DUI IN PROGRESS', 'Erratic Operator', 'DWI', 'IMPAIRED DRIVER'),
    'CHILD': ('CHILD NEGLECT', 'CHILD ABUSE', 'CHILD WELFARE', 'Child Neglect', 'ABANDONED CHILD', 'CHILD IN DANGER'),
    'UNK': ('UNKNOWN TROUBLE', 'UNKNOWN PROBLEM', 'UNKNOWN TRBL', 'Unknown Emergency', 'UNKNOWN EMERGENCY', 'UNKNOWN TROUBLE'),
    'HANG': ('911 HANG UP', '911 HANGUP', '911 ABANDONED', '911 Hang Up', '911 OPEN LINE', '911 ABANDONED CALL'),
    'MTLV': ('MENTAL OBS-VIOLENT', 'MENTAL SUBJ-VIOLENT', 'PIC-VIOLENT', 'Violent Mental Subject', 'MENTAL HEALTH-VIOLENT', 'EDP VIOLENT'),
    'HITRUN': ('HIT AND RUN', 'HIT AND RUN', 'HIT/RUN', 'Hit And Run', 'ACCIDENT-HIT AND RUN', 'FAIL TO REMAIN'),
    'PROWL': ('PROWLER', 'PROWLER', 'PROWLER', 'Prowler', 'PROWLER', 'PROWLER'),
    'WARRANT': ('WARRANT SERVICE', 'WARRANT', 'WARRANT', 'Warrant Check', 'WANTED PERSON', 'WARRANT'),
}
MILD_CATS = ['WELFARE', 'NOISE', 'DISP', 'CIVIL', 'ASSIST', 'SUSP', 'MH', 'INTOX', 'TRESP', 'FOUND',
             'THEFT_RPT', 'JUV', 'LOCKOUT', 'NEEDLE', 'LIFT', 'PARK', 'ANIMAL', 'INFO', 'UNHOUSED', 'UNWANTED']
ALARM_CATS = [c for c in CALL_TYPES if c not in MILD_CATS]
MILD_FOR_FLAG = {
    'W': ['SUSP', 'DISP', 'ASSIST', 'TRESP', 'UNWANTED'],
    'V': ['DISP', 'CIVIL', 'JUV', 'INTOX', 'UNWANTED'],
    'T': ['CIVIL', 'DISP', 'INFO', 'ASSIST'],
    'I': ['WELFARE', 'LIFT', 'INTOX', 'ASSIST'],
    'S': ['WELFARE', 'MH', 'ASSIST'],
    'P': ['SUSP', 'PARK', 'INFO', 'WELFARE', 'JUV'],
    'U': ['WELFARE', 'NOISE', 'DISP', 'SUSP', 'INFO'],
}
GENERIC_ALARM = ['UNK', 'FIGHT', 'WEAPON', 'THREATS', 'SUIC', 'DV', 'OD', 'MED', 'BURG', 'SHOTS', 'ASSAULT', 'MTLV']

# secondary red clauses: appended to some red rows so that rows carry more than one kind
EXTRA_RED = [  # (core kinds it may follow, text) - kept coherent with the core incident
    ('VTPUS', 'RP adds subj <<W:has a knife in hand>>'), ('VTP', "2nd caller <<W:saw a gun in subj's waistband>>"),
    ('VTPU', 'subj <<W:holding a bat>> now'), ('VTP', 'RP thinks <<W:subj has a pistol in a jacket pocket>>'),
    ('VTP', 'subj <<W:picked up a tire iron>>'), ('VTSU', 'subj <<W:grabbed a kitchen knife off the counter>>'),
    ('UT', 'RP heard <<W:a gunshot>> a minute ago'), ('VT', 'subj <<W:has a broken bottle>> in hand'),
    ('TVPS', 'RP says <<W:subj always carries and has it on them>>'), ('VTP', 'subj <<W:pulled a hammer out of a bag>>'),
    ('WTPU', 'subj <<V:already punched the neighbor>>'), ('WTP', 'subj <<V:shoved RP on the way out>>'),
    ('WTP', '<<V:threw RP to the ground>> a minute ago'), ('WTU', 'RP says <<V:subj slapped RP twice>>'),
    ('WTP', "<<V:spit in the clerk's face and hit him>>"), ('WP', 'RP adds <<V:subj bit the security guard>>'),
    ('WT', 'subj <<V:kicked the dog and then kicked RP>>'), ('WTU', 'subj <<V:shoved RP into the door frame>>'),
    ('WVSU', "subj yelling <<T:'I'll kill whoever comes to the door'>>"), ('WVP', "subj <<T:told RP 'I'll be back for you'>>"),
    ('VWU', "subj <<T:said 'I'll break your jaw'>>"), ('WVP', "subj <<T:screaming about ending the manager>>"),
    ('VWU', "subj <<T:told the kids their mom is getting hurt tonight>>"), ('WVPS', "subj <<T:says 'anybody touches me is getting stabbed'>>"),
    ('VW', 'subj <<T:texting RP \'coming to finish it\'>>'), ('VWP', "subj <<T:says 'I'll be back with my boys'>>"),
    ('VWP', '<<I:RP bleeding from the lip>>'), ('VWS', '<<I:RP hand cut and bleeding>>'),
    ('VWU', '<<I:someone on the ground not moving>>'), ('VU', '<<I:RP having trouble breathing>>'),
    ('VWP', '<<I:victim holding his head, blood on his shirt>>'), ('VP', "<<I:RP's arm might be broken>>"),
    ('V', '<<I:kid has a bloody nose and is dizzy>>'), ('VTU', '<<I:RP says chest hurts>> now'),
    ('VWP', '<<I:clerk has a cut over his eye>>'), ('VU', '<<I:RP throwing up and can barely stand>>'),
    ('WTV', "subj says <<S:'make the cops shoot me'>>"), ('UI', 'RP adds <<S:pt took a bunch of pills on purpose>> before all this'),
    ('WTU', 'family says subj <<S:wrote goodbye notes last night and has pills saved>>'), ('WV', 'subj <<S:cut own wrist with the glass>>'),
    ('WTV', "subj now <<S:says going to hang self in the garage>>"), ('UT', "subj <<S:keeps saying 'I'll jump' and went out on the balcony>>"),
    ('WT', 'subj <<S:put the gun to own head>>'), ('TU', 'subj <<S:posted a goodbye video an hour ago>>'),
    ('WVT', 'RP says <<P:subj has a warrant>>'), ('VWI', '<<P:kids 3 and 5 left in the car>> while this goes on'),
    ('VWT', 'subj <<P:just drove off drunk>> in a {VEH}'), ('VWT', 'subj <<P:took RP phone and wallet>> and is still around'),
    ('VI', "<<P:RP's 4yo is home alone>> while RP is out here"), ('WV', 'subj <<P:now exposing self>> to people walking by'),
    ('WVT', 'subj <<P:broke the side window to get in>>'), ('WTU', '<<P:someone is trying the back door>> right now'),
    ('WVTPSI', '<<U:line disconnected, callback to vm>>'), ('WVTPS', '<<U:RP started whispering and then hung up>>'),
    ('WVTSP', '<<U:heard screaming before the call dropped>>'), ('VTWP', "<<U:RP can't talk freely, answering yes or no>>"),
    ('WVTPSI', '<<U:open line now, banging in the background>>'), ('ISV', '<<U:RP stopped responding, line still open>>'),
    ('WVTPSI', '<<U:call dropped, no answer on callback>>'), ('VT', "<<U:RP says can't say more, someone is listening>>"),
]
EXTRA_BENIGN = [
    'RP req callback', 'RP will meet at the front door', 'unk name', 'RP is the property mgr',
    'RP calling from work', 'subj desc {DESC}', 'happens every weekend per RP', 'RP does not want to be seen',
    'RP has called on this before', 'second call this week', 'RP wants it documented', 'RP says he is a regular there',
    'RP lives in the upper', 'RP is the store manager', 'RP is a nurse at the clinic', 'RP is anonymous',
    'RP parked in a {VEH}', 'caller is 3rd party', 'RP says use the side entrance', 'RP on speaker, bad connection',
    'RP is the building super', 'RP\'s English limited, used language line', 'RP is the bus driver',
]
# negations / resolutions used in BOTH labels; the letters say which kinds a row must NOT carry
ADDONS = [  # (text, kinds a row must NOT carry, context: '' any, 'c' conflict, 'm' person in crisis)
    ('((no weapons seen))', 'W', ''), ('((RP did not see any weapons))', 'W', ''), ('((no one hurt per RP))', 'VI', ''),
    ('((RP denies injuries))', 'I', ''), ('((no threats made per RP))', 'T', 'c'), ('((denies SI/HI))', 'ST', 'm'),
    ('((RP not requesting EMS))', 'I', ''), ('((nobody else in the house per RP))', 'PU', ''),
    ("((RP is safe now, at her sister's))", 'U', 'c'), ('UPD ((the dog RP mentioned was found, disregard))', '', ''),
    ("((RP cx'd the tow, car got moved))", '', ''), ("((dupe call cx'd))", '', ''), ('((RP says no alcohol involved))', 'P', ''),
    ('((RP says it was verbal only earlier))', 'V', 'c'), ('((earlier noise complaint resolved))', '', ''),
    ('((landlord already fixed the door))', 'PU', ''), ('((EMS cx, declined eval))', 'I', 'm'), ('((no kids in the home))', 'P', ''),
    ('((not a DV situation per RP))', 'V', 'c'), ('((the missing wallet turned up in her car))', '', ''),
    ("((RP's mom is fine, she called her))", '', ''), ('((prior call at this addr was unfounded))', '', ''),
    ('((RP does not think anyone is hurt))', 'IU', ''), ('((the car alarm stopped))', '', ''),
    ('((RP denies anything physical))', 'V', 'c'), ('((no drugs or alcohol per RP))', 'P', 'm'),
    ('((no history of violence per RP))', 'VW', 'c'), ('((RP says no meds missing))', 'IS', 'm'),
]
ADDON_CLASH = [  # an add-on is skipped when the row already says something it would contradict
    ('alcohol', r'drunk|drink|booze|liquor|vodka|fifth|beer|bar\b|intox|edible|high\b|fent|pill|narcan|needle|syringe|oxy|meds'),
    ('no kids', r'kid|child|son\b|daughter|teen|baby|infant|toddler|juv|\d+yo|girl|boy'),
    ('dog', r'\bdogs?\b'), ('wallet', r'wallet|purse'), ('tow', r'\btow'), ('noise', r'noise|music|loud'),
    ('door', r'door'), ('car alarm', r'alarm'), ('verbal only', r'verbal|words only'),
    ('nobody else', r'roommate|wife|husband|bf\b|gf\b|boyfriend|girlfriend|family|brother|sister|mom|dad|son\b'),
    ('no meds', r'meds|pills'), ('SI/HI', r'plan|die|dead|living|hopeless'),
]
CONFLICT_CATS = ['DISP', 'CIVIL', 'UNWANTED', 'JUV', 'NOISE', 'TRESP', 'FIGHT', 'DV', 'ASSAULT', 'THREATS']
CRISIS_CATS = ['MH', 'INTOX', 'UNHOUSED', 'WELFARE', 'SUIC', 'MTLV', 'OD', 'MED', 'LIFT']
# plausible alarming call types for eligible rows, keyed by their mild category
ALARM_FOR_MILD = {
    'WELFARE': ['UNK', 'MED'], 'NOISE': ['UNK', 'FIGHT'], 'DISP': ['FIGHT', 'DV', 'ASSAULT'],
    'CIVIL': ['DV', 'THREATS'], 'ASSIST': ['UNK', 'MED'], 'SUSP': ['PROWL', 'BURG', 'UNK'],
    'MH': ['MTLV', 'SUIC'], 'INTOX': ['OD', 'MED'], 'TRESP': ['BURG', 'PROWL'], 'FOUND': ['UNK'],
    'THEFT_RPT': ['THEFT', 'BURG'], 'JUV': ['FIGHT', 'VANDAL'], 'LOCKOUT': ['BURG'], 'NEEDLE': ['OD'],
    'LIFT': ['MED'], 'PARK': ['DUI', 'HITRUN'], 'ANIMAL': ['UNK'], 'INFO': ['THREATS', 'UNK'],
    'UNHOUSED': ['MTLV', 'OD', 'UNK'], 'UNWANTED': ['THREATS', 'UNK', 'ASSAULT'],
}
NEUTRAL_UPDATES = [
    'RP now out front of the bldg', 'RP adds subj desc {DESC}', 'RP adds it\'s the {COLOR} house on the corner',
    'RP req no contact', 'RP will meet units at the {PLACE}', '2nd caller same incident', 'nothing new',
    'RP callback number verified', 'gate code {N4}', 'RP adds they have a dog, friendly', 'xref prior call',
    'RP req callback when units clear', 'RP says rear entrance off the alley', 'RP now on {ST}',
    'RP adds {M} is about {AGE}', 'RP calling back to ask ETA', 'RP moved to her car',
]
UNIT_LINES = ['{U} ENRT', '{U} ETA 8', '{U} OS', 'held, no units avail', '{U} assigned', '{U} ENRT from the station',
              '{U} 10-8, reassigned', 'pending for next avail']

STREETS = ['Burleigh', 'Center St', 'Oak Ridge Rd', 'Hwy 49', 'MLK Blvd', 'Division', 'Aurora Ave', 'Rainier',
           'Main St', 'Elm', 'Mill Rd', 'Route 9', 'Westheimer', 'Bissonnet', 'Jane St', 'Dundas', 'Pine St',
           'Lincoln Ave', 'County Rd 12', '3rd Ave', 'Fond du Lac', 'Lake Shore', 'Broadway', 'Kirby Dr']
BIZ = ['the gas station', 'Walgreens', 'the laundromat', 'the dollar store', 'the library', 'the food bank',
       'the bus depot', 'McDonalds', 'the 7-11', 'the Kroger', 'the Family Dollar', 'the pawn shop',
       'the strip mall', 'the casino', 'the motel', 'the Safeway', 'the Circle K', 'the Shoppers']
VEHS = ['blk Camry', 'silver Honda', 'red F150', 'wht van', 'gray Altima', 'blue minivan', 'grn Jeep',
        'tan Buick', 'blk Charger', 'maroon Tahoe', 'wht Civic', 'silver Silverado']
COLORS = ['blue', 'white', 'yellow', 'green', 'gray', 'brick', 'tan']
PLACES = ['front gate', 'mailboxes', 'side door', 'rear lot', 'leasing office', 'corner', 'loading dock']
CLOTHES = ['blk hoodie', 'red jacket', 'gray sweats', 'jeans, no shirt', 'green army coat', 'white tank top',
           'Packers hat', 'orange vest', 'camo jacket', 'blue scrubs']

AGENCIES = [
    dict(key='midwest', rp=['Caller', 'Caller', 'C', 'RP'], says=['states', 'states', 'stated', 'reports'],
         seps=[' / ', ' / ', ' /'], case='mixed', m=['male', 'subject', 'B/M', 'W/M', 'guy'],
         f=['female', 'B/F', 'W/F', 'woman']),
    dict(key='sheriff', rp=['RP', 'COMP', 'RP'], says=['ADV', 'ADV', 'STATES', 'ADVISED'],
         seps=['. ', '. ', ' .. '], case='upper', m=['W/M', 'B/M', 'SUBJ', 'MALE', 'SUBJ'],
         f=['W/F', 'B/F', 'FEMALE']),
    dict(key='pnw', rp=['RP', 'rp', 'caller'], says=['reports', 'says', 'rptg'],
         seps=['; ', '; ', ' // '], case='lower', m=['male', 'person', 'adult male', 'guy'],
         f=['female', 'adult female', 'woman']),
    dict(key='newengland', rp=['Caller', 'Caller', 'RP'], says=['reports', 'states', 'advises'],
         seps=['. ', '. ', ', '], case='mixed', m=['male party', 'a man', 'male', 'gentleman'],
         f=['female party', 'a woman', 'female', 'lady']),
    dict(key='texas', rp=['CMPL', 'RP', 'CALLER'], says=['STS', 'ADV', 'STATES'],
         seps=[' ** ', ' - ', '. '], case='upper', m=['H/M', 'B/M', 'W/M', 'SUSP', 'MALE'],
         f=['H/F', 'B/F', 'W/F', 'FEMALE']),
    dict(key='canada', rp=['COMP', 'COMP', 'caller'], says=['advises', 'advises', 'reports', 'states'],
         seps=['. ', ' -- ', '. '], case='mixed', m=['male', 'a male', 'M', 'man'],
         f=['female', 'a female', 'F', 'woman']),
]

ABBREV = [  # (regex, replacement) applied word-wise with some probability
    (r'\bwith\b', 'w/'), (r'\bsubject\b', 'subj'), (r'\bvehicle\b', 'veh'), (r'\bapartment\b', 'apt'),
    (r'\bminutes\b', 'mins'), (r'\bpeople\b', 'ppl'), (r'\babout\b', 'abt'), (r'\bbecause\b', 'b/c'),
    (r'\bunknown\b', 'unk'), (r'\bneighbor\b', 'nbr'), (r'\byesterday\b', 'yest'), (r'\bbuilding\b', 'bldg'),
    (r'\bbackground\b', 'bkgrnd'), (r'\bboyfriend\b', 'bf'), (r'\bgirlfriend\b', 'gf'), (r'\band\b', '&'),
    (r'\bthrough\b', 'thru'), (r'\bparking lot\b', 'PL'), (r'\bcallback\b', 'c/b'), (r'\bright now\b', 'rn'),
    (r'\bwithout\b', 'w/o'), (r'\bstreet\b', 'st'), (r'\bappointment\b', 'appt'),
]
COMMON_MISSPELL = [('neighbor', 'nieghbor'), ('apartment', 'appartment'), ('believes', 'beleives'),
                   ('weird', 'wierd'), ('their', 'thier'), ('separate', 'seperate'), ('received', 'recieved'),
                   ('breathing', 'breating'), ('until', 'untill'), ('definitely', 'definately'),
                   ('bleeding', 'bleading'), ('unconscious', 'unconcious'), ('threatening', 'threating')]

CUE_RE = re.compile(r'<<([WVTISPU]+)([:~])(.+?)>>|\(\((.+?)\)\)')
SLOT_RE = re.compile(r'\{(M|F|ST|BIZ|VEH|AGE|DESC|COLOR|PLACE|N4|U)\}')


def parse_block(text, red):
    out, group = [], None
    counters = {}
    for raw in text.strip('\n').split('\n'):
        line = raw.strip()
        if not line:
            continue
        if line.startswith('# '):
            group = line[2:].strip()
            continue
        left, tmpl = line.split(' :: ', 1)
        parts = left.split()
        cats = parts[0].split('/')
        look = len(parts) > 1 and parts[1] == 'L'
        counters[group] = counters.get(group, 0) + 1
        prefix = ('R' + group) if red else ('E' + ('L' if look else 'P'))
        sid = '%s%03d' % (prefix, counters[group])
        out.append(dict(sid=sid, group=group, cats=cats, look=look, tmpl=tmpl))
    return out


def segments_of(tmpl):
    segs, pos = [], 0
    for m in CUE_RE.finditer(tmpl):
        if m.start() > pos:
            segs.append(['plain', tmpl[pos:m.start()], ''])
        if m.group(1):
            segs.append(['cue_w' if m.group(2) == '~' else 'cue_p', m.group(3), m.group(1)])
        else:
            segs.append(['guard', m.group(4), ''])
        pos = m.end()
    if pos < len(tmpl):
        segs.append(['plain', tmpl[pos:], ''])
    return segs


class Row:
    def __init__(self, rng, ag):
        self.rng, self.ag = rng, ag

    def slot(self, name):
        r, ag = self.rng, self.ag
        if name == 'M':
            return r.choice(ag['m'])
        if name == 'F':
            return r.choice(ag['f'])
        if name == 'ST':
            return r.choice(STREETS)
        if name == 'BIZ':
            return r.choice(BIZ)
        if name == 'VEH':
            return r.choice(VEHS)
        if name == 'AGE':
            return str(r.randint(19, 88))
        if name == 'DESC':
            return '%s %ds %s' % (r.choice(['W/M', 'B/M', 'H/M', 'W/F', 'B/F', 'A/M']), r.choice([20, 30, 40, 50, 60]),
                                  r.choice(CLOTHES))
        if name == 'COLOR':
            return r.choice(COLORS)
        if name == 'PLACE':
            return r.choice(PLACES)
        if name == 'N4':
            return '%d#' % r.randint(1000, 9999)
        if name == 'U':
            return r.choice(['2A23', '314', 'B12', '1-Adam-7', 'Unit 5', '4D41', '6C2', 'Car 12'])
        raise KeyError(name)

    def fill(self, segs):
        for s in segs:
            s[1] = SLOT_RE.sub(lambda m: self.slot(m.group(1)), s[1])
            s[1] = re.sub(r"\bRP\b", self.rpword, s[1])
        return segs


def clock(rng):
    return rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)


def fmt_time(ag, h, mi, s, rng, header):
    k = ag['key']
    if k == 'midwest':
        return '%02d:%02d:%02d' % (h, mi, s)
    if k == 'sheriff':
        return '%02d%02d HRS' % (h, mi) if header else '@%02d%02d' % (h, mi)
    if k == 'pnw':
        return '[2026-%02d-%02d %02d:%02d]' % (rng.randint(1, 12), rng.randint(1, 28), h, mi) if header else '%02d:%02d' % (h, mi)
    if k == 'newengland':
        hh = h % 12 or 12
        return '%d:%02d %s' % (hh, mi, 'AM' if h < 12 else 'PM')
    if k == 'texas':
        return '%02d:%02d' % (h, mi)
    return '%02dh%02d' % (h, mi)


def initials(ag, rng):
    k = ag['key']
    a = ''.join(rng.choice('ABCDEFGHJKLMNPRSTW') for _ in range(2))
    if k == 'midwest':
        return '#%d' % rng.randint(1000, 9999)
    if k == 'sheriff':
        return '-- DISP %s' % a
    if k == 'pnw':
        return '/%s' % a.lower()
    if k == 'newengland':
        return '(%s)' % a
    if k == 'texas':
        return 'OP %d' % rng.randint(100, 999)
    return '- %s #%d' % (a, rng.randint(100, 399))


def misspell_word(w, rng):
    lw = w.lower()
    for good, bad in COMMON_MISSPELL:
        if lw == good and rng.random() < 0.6:
            return bad if w.islower() else (bad.upper() if w.isupper() else bad)
    op = rng.choice(['drop', 'double', 'swap'])
    i = rng.randint(1, len(w) - 2)
    if op == 'drop':
        return w[:i] + w[i + 1:]
    if op == 'double':
        return w[:i] + w[i] + w[i:]
    if w[i] == w[i + 1]:
        return w[:i] + w[i] + w[i:]
    return w[:i] + w[i + 1] + w[i] + w[i + 2:]


def apply_misspell(segs, rng, avoid):
    n = 1 if rng.random() < 0.7 else 2
    done = []
    for _ in range(n):
        hot = [i for i, s in enumerate(segs) if s[0] != 'plain' and re.search(r'[A-Za-z]{5,}', s[1])]
        cold = [i for i, s in enumerate(segs) if s[0] == 'plain' and re.search(r'[A-Za-z]{5,}', s[1])]
        pool = hot if (hot and rng.random() < 0.55) else (cold or hot)
        if not pool:
            break
        i = rng.choice(pool)
        ms = [m for m in re.finditer(r'[A-Za-z]{5,}', segs[i][1]) if m.group(0) != avoid and m.group(0) not in done]
        if not ms:
            continue
        m = rng.choice(ms)
        new = misspell_word(m.group(0), rng)
        segs[i][1] = segs[i][1][:m.start()] + new + segs[i][1][m.end():]
        done.append(new)
    return done


def apply_abbrev(segs, rng, p):
    for s in segs:
        for pat, rep in ABBREV:
            s[1] = re.sub(pat, lambda m: rep if rng.random() < p else m.group(0), s[1])
    return segs


def apply_case(segs, mode, rng):
    if mode == 'upper':
        for s in segs:
            s[1] = s[1].upper()
    elif mode == 'lower':
        for s in segs:
            s[1] = s[1].lower()
    return segs


def word_survives(text, start, end, cut):
    """Truncation rule for single decisive words."""
    word = text[start:end]
    total = sum(1 for c in word if c.isalpha())
    kept = sum(1 for c in text[start:min(end, cut)] if c.isalpha())
    if total <= 5:
        return kept == total
    return kept >= max(5, total - 3)


def canon_flags(letters):
    out = []
    for f in FLAG_ORDER:
        for L in letters:
            if LETTER[L] == f and f not in out:
                out.append(f)
    return out


def build(outdir):
    rng = random.Random(SEED)
    red = parse_block(RED_DATA, True)
    ben = parse_block(BENIGN_DATA, False)
    kinds = ['W', 'V', 'T', 'I', 'S', 'P', 'U']

    # ---- choose situations (each at most twice) ----
    red_plan = list(red)
    extra_n = N_RED_INTENDED - len(red_plan)
    second = rng.sample(red, extra_n)
    red_plan += second
    n_ben = N_ROWS - N_RED_INTENDED
    look = [b for b in ben if b['look']]
    plain = [b for b in ben if not b['look']]
    ben_plan = list(ben)
    need = n_ben - len(ben_plan)
    n_look2 = min(len(look), int(round(need * 0.78)))
    ben_plan += rng.sample(look, n_look2) + rng.sample(plain, need - n_look2)
    plan = [('red', s) for s in red_plan] + [('ben', s) for s in ben_plan]
    rng.shuffle(plan)

    flag_count = dict((k, 0) for k in kinds)
    rows = []
    for idx, (lab, sit) in enumerate(plan):
        ag = AGENCIES[rng.randrange(len(AGENCIES))]
        R = Row(rng, ag)
        R.rpword = rng.choice(ag['rp'])
        sep = rng.choice(ag['seps'])
        pieces = []
        # header timestamp
        if rng.random() < 0.55:
            pieces.append([['plain', fmt_time(ag, *clock(rng), rng, True), '']])
        core = R.fill(segments_of(sit['tmpl']))
        if rng.random() < 0.5 and not core[0][1].lstrip().startswith(R.rpword):
            core.insert(0, ['plain', '%s %s ' % (R.rpword, rng.choice(ag['says'])), ''])
        pieces.append(core)
        # secondary clause: red extra (balancing kinds) or neutral detail
        if lab == 'red' and rng.random() < 0.55:
            have = [c for s in core if s[0].startswith('cue') for c in s[2]]
            opts = [e for e in EXTRA_RED if sit['group'] in e[0]
                    and not any(c in have for c in CUE_RE.search(e[1]).group(1))]
            low = min(flag_count[CUE_RE.search(e[1]).group(1)[0]] for e in opts)
            opts = [e for e in opts if flag_count[CUE_RE.search(e[1]).group(1)[0]] <= low + 3]
            pieces.append(R.fill(segments_of(rng.choice(opts)[1])))
        elif rng.random() < (0.55 if lab == 'ben' else 0.2):
            pieces.append(R.fill(segments_of(rng.choice(EXTRA_BENIGN))))
        rowletters = [c for p in pieces for s in p if s[0].startswith('cue') for c in s[2]]
        # negation / resolution add-on, compatible with the row's red kinds
        p_add = 0.55 if lab == 'red' else (0.22 if sit['look'] else 0.42)
        if rng.random() < p_add:
            if lab == 'red':
                ctx = [''] + (['c'] if sit['group'] in 'WVTPU' else []) + (['m'] if sit['group'] in 'WVTIU' else [])
            else:
                ctx = [''] + (['c'] if any(c in CONFLICT_CATS for c in sit['cats']) else []) + \
                    (['m'] if any(c in CRISIS_CATS for c in sit['cats']) else [])
            sofar = ' '.join(x[1] for p in pieces for x in p).lower()
            ok = [a for a in ADDONS if not any(c in rowletters for c in a[1]) and a[2] in ctx
                  and not any(re.search(pat, sofar) for t, pat in ADDON_CLASH if t in a[0])]
            pieces.append(R.fill(segments_of(rng.choice(ok)[0])))
        # update / unit status line
        if rng.random() < 0.4:
            u = rng.choice(NEUTRAL_UPDATES + UNIT_LINES)
            pre = rng.choice(['UPD ', 'UPD: ', 'per c/b ', '** ', '', fmt_time(ag, *clock(rng), rng, False) + ' '])
            if u in NEUTRAL_UPDATES and rng.random() < 0.3:
                pre = pre + 'RP adds ' if not u.startswith('RP') else pre
            pieces.append(R.fill([['plain', pre + u, '']]))
        if rng.random() < 0.45:
            pieces.append([['plain', initials(ag, rng), '']])
        segs = []
        for i, p in enumerate(pieces):
            if i:
                segs.append(['plain', sep, ''])
            segs.extend(p)
        apply_abbrev(segs, rng, 0.45 if ag['key'] in ('sheriff', 'texas', 'pnw') else 0.2)
        misspelled = apply_misspell(segs, rng, R.rpword) if rng.random() < 0.42 else []
        mode = ag['case']
        if mode == 'upper' and rng.random() < 0.15:
            mode = 'mixed'
        if mode == 'lower' and rng.random() < 0.4:
            mode = 'mixed'
        if mode == 'mixed' and ag['key'] == 'midwest' and rng.random() < 0.25:
            mode = 'upper'
        apply_case(segs, mode, rng)
        text, spans = '', []
        for s in segs:
            spans.append((s[0], len(text), len(text) + len(s[1]), s[2], s[1]))
            text += s[1]
        assert text == ''.join(s[1] for s in segs)
        rows.append(dict(sit=sit, lab=lab, ag=ag, text=text, spans=spans, cut=None,
                         misspelled=misspelled, call=None))
        for c in sorted(set(rowletters)):
            flag_count[c] += 1

    # ---- truncation: 40 rows per width, widest first so long rows are available.
    # Per width, a few rows are taken first where the cut removes every red cue or splits a
    # single decisive word, so that "label by what remains" is exercised; the rest are random.
    def cut_ok(r, w):
        if len(r['text']) <= w:
            return False
        # never split a safe/negated phrase or a decisive phrase; single decisive words may be split
        return not any(s[0] in ('guard', 'cue_p') and s[1] < w < s[2] for s in r['spans'])

    def drops_all(r, w):
        cues = [s for s in r['spans'] if s[0].startswith('cue')]
        return bool(cues) and all(s[1] >= w for s in cues)

    def splits_word(r, w):
        return any(s[0] == 'cue_w' and s[1] < w < s[2] for s in r['spans'])

    order = list(range(len(rows)))
    rng.shuffle(order)
    per = TRUNC_ROWS // len(WIDTHS)
    for w in sorted(WIDTHS, reverse=True):
        got = 0
        for test, quota in ((drops_all, 4), (splits_word, 3), (None, per)):
            k = 0
            for i in order:
                if got >= per or k >= quota:
                    break
                r = rows[i]
                if r['cut'] is not None or not cut_ok(r, w) or (test and not test(r, w)):
                    continue
                r['cut'] = w
                got += 1
                k += 1

    # ---- labels, call types, output ----
    out = []
    for n, r in enumerate(rows):
        text, cut = r['text'], r['cut']
        letters, reasons, lost = [], [], []
        for kind, a, b, fl, seg in r['spans']:
            if not kind.startswith('cue'):
                continue
            if cut is None or b <= cut:
                alive = True
            elif kind == 'cue_w':
                alive = word_survives(text, a, b, cut)
            else:
                alive = False
            if not alive:
                lost.append('+'.join(canon_flags(fl)))
            if alive:
                letters.extend(fl)
                reasons.append('%s:"%s"' % ('+'.join(canon_flags(fl)), seg if cut is None or b <= cut else text[a:cut]))
        flags = canon_flags(letters)
        label = 'red_flag' if flags else 'eligible'
        narrative = text if cut is None else text[:cut]
        sit = r['sit']
        ai = AGENCIES.index(r['ag'])
        if label == 'red_flag':
            if rng.random() < 0.38:
                mild = [c for c in sit['cats'] if c in MILD_CATS]
                pool = mild if (mild and rng.random() < 0.6) else MILD_FOR_FLAG[rng.choice(letters)]
                cat = rng.choice(pool)
            else:
                alarm = [c for c in sit['cats'] if c in ALARM_CATS]
                cat = alarm[0] if (alarm and sit['sid'][1] in letters) else rng.choice(
                    {'W': ['WEAPON', 'SHOTS', 'ASSAULT'], 'V': ['FIGHT', 'ASSAULT', 'DV'],
                     'T': ['THREATS', 'DV', 'MTLV'], 'I': ['MED', 'OD'], 'S': ['SUIC', 'MED'],
                     'P': ['BURG', 'THEFT', 'VANDAL', 'EXPO', 'DUI', 'CHILD', 'HITRUN', 'PROWL'],
                     'U': ['UNK', 'HANG']}[rng.choice(letters)])
        else:
            if rng.random() < 0.2:
                alarm = [c for c in sit['cats'] if c in ALARM_CATS]
                cat = alarm[0] if alarm else rng.choice(ALARM_FOR_MILD[sit['cats'][0]])
            else:
                mild = [c for c in sit['cats'] if c in MILD_CATS]
                cat = mild[0] if mild else rng.choice(['SUSP', 'INFO', 'WELFARE'])
        call = CALL_TYPES[cat][ai]
        reason = 'sit=%s; agency=%s; %s' % (sit['sid'], r['ag']['key'],
                                            '; '.join(reasons) if reasons else
                                            ('look-alike, no red flag' if sit['look'] else 'no red flag'))
        if cut is not None:
            reason += '; truncated@%d' % cut
            if lost:
                reason += '; cue cut off: ' + ','.join(lost)
        if r['misspelled']:
            reason += '; misspelled=' + ','.join(r['misspelled'])
        out.append(['B9-%04d' % (n + 1), call, narrative, label, ';'.join(flags), reason, 'blind9'])

    path = os.path.join(outdir, 'blind9.csv')
    with open(path, 'w', newline='', encoding='ascii') as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator='\n')
        w.writerow(['id', 'call_type', 'narrative', 'label', 'flags', 'reason', 'split'])
        w.writerows(out)
    return path


if __name__ == '__main__':
    target = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    print(build(target))
