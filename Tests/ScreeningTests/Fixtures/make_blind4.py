#!/usr/bin/env python3
"""Blind evaluation set blind4: seeded generator of 911/CAD call narratives.
Run: python3 make_blind4.py  -> writes blind4.csv next to this file (byte-for-byte reproducible)."""
# Template data for make_blind4.py. All text written for this set.
# Core templates: "flags|reason|text"

WEAPON = """
weapon|knife in hand|{s} has a knife in {his} hand, walking up and down the block
weapon|gun in waistband|caller saw the handle of a gun sticking out of {his} waistband
weapon|implied weapon (waistband)|{s} keeps reaching into {his} waistband, caller thinks {he} is carrying
weapon|implied blade|something shiny in {his} right hand, caller thinks its a blade
weapon|bat in hand|{s} is holding a baseball bat and pacing in the lot
weapon|gun in vehicle|{s} told caller {he} has a gun in the glovebox
weapon|accessible rifles|caller says there are rifles in the house and {s} knows where the key is
weapon|took kitchen knife|{s} took a kitchen knife out of the drawer and went into {his} room with it
weapon|machete|{s} swinging a machete at the bushes and yelling
weapon;threat|waving screwdriver at people|{s} waving a screwdriver at people walking by
weapon;uncertainty|possible gunshot|caller heard what sounded like a gunshot from the back yard, cant see anything
weapon|box cutter out|{s} has a box cutter out and is holding it open
weapon|metal pipe|{s} is carrying a length of metal pipe around the lot
weapon|hatchet shown|{s} has a hatchet in {his} backpack, showed it to staff
weapon|possible gun in car|poss gun under the seat of {his} vehicle per caller
weapon|pepper spray out|{s} has pepper spray out and is pointing it around
weapon|taser|{s} has a taser clipped to {his} belt and keeps clicking it
weapon|revolver accessible|caller's father keeps a revolver in the nightstand and {s} is in that bedroom now
weapon|knife not put down|knife on the table in front of {him}, {he} wont put it down
weapon|broken bottle|{s} holding a broken bottle by the neck
weapon|rifle in truck|hunting rifle on the seat of the truck, caller saw it when {he} got out
weapon|possible sword|{s} carrying what looks like a sword, caller unsure if real
weapon|scissors refused|{s} has a pair of scissors and refuses to hand them over
weapon;threat|gun case + threat|caller saw a gun case in {his} car, {s} said dont make me use it
weapon|brass knuckles|{s} has brass knuckles on {his} right hand
weapon|hammer|hammer in {his} hand, banging it on the railing
weapon|pocketknife out|{s} has a pocketknife out, flicking it open and shut
weapon|gun|SUBJ HAS A GUN
weapon|went for shotgun|{s} went out to the garage to get {his} shotgun
weapon|slide racked|caller heard what sounded like a slide being racked inside the unit
weapon|gun shown|{s} lifted {his} shirt and showed a pistol
weapon|knife on person|{s} has a fixed blade knife on {his} hip
weapon|tire iron|{s} got a tire iron out of the trunk
weapon|axe|{s} chopping at the front door with an axe
weapon|gun on table|caller can see a handgun on the coffee table next to {him}
weapon|knife under mattress|staff found {him} hiding a steak knife under the mattress, {he} took it back
"""

VIOLENCE = """
violence|punched someone|{s} just punched {rel} in the face
violence|shoved into wall|{s} shoved {rel} into the wall, still going on
violence|fight in street|theyre fighting in the street now, 4 or 5 people
violence|throwing chairs at staff|{s} is throwing chairs at staff
violence;injury|choked recently|{s} choked {rel} about 10 min ago, {rel} has marks on neck
violence;uncertainty|hitting heard|its physical now, caller can hear hitting
violence|pushed caller down|{s} kicked the dog and then pushed the caller down
violence|grabbed by hair|{s} grabbed {rel} by the hair and dragged them outside
violence|slapped clerk|{s} spit on the clerk and slapped her
violence|hit earlier tonight|{rel} was hit with an open hand by {s} earlier tonight
violence|juveniles jumped kid|2 juvs jumped another kid behind the gym
violence|bit guard|{s} bit the security guard on the arm
violence|headbutt|{s} headbutted {rel} during the argument
violence|fight in progress|FIGHT IN PROGRESS
violence|beating someone|{s} is beating on {rel} in the driveway
violence|assaulted bus driver|{s} assaulted the bus driver, still on the bus
violence|dragging resisting person|{s} dragging {rel} by the arm toward the car, {rel} is pulling away
violence|threw hot coffee|{s} threw hot coffee on the cashier
violence|shoved elder|{s} shoved {his} elderly mother, she fell
violence;weapon|hit with skateboard|{rel} was hit in the back of the head with a skateboard
violence|hit nurse|staff are holding {him} after {he} hit a nurse
violence|brawl|neighbors brawling on the front lawn
violence|pinned to floor|{s} has {rel} pinned to the floor
violence;police_only|smashed window, went after caller|{s} smashed the window then came after the caller
violence|slapped child|{s} slapped the child across the face in the store
violence;police_only|rocks at cars|{s} throwing rocks at passing cars
violence;uncertainty|sounds of someone hit|caller hears thuds and crying next door, sounds like someone getting hit
violence|caregiver hitting|caller saw the caregiver hitting the elderly resident
violence|two men swinging|two males swinging at each other outside the bar
violence|attacking people|{s} is attacking people at the bus stop
violence|kicked while down|{s} kicked {rel} while {rel} was on the ground
violence|strangled last night|{rel} says {s} strangled them last night, just got away
violence|punching security|{s} is punching the security guard rn
violence|kids hitting each other now|2 kids fighting in front of the school, one is on the ground getting hit
violence|pushed down stairs|{s} pushed {rel} down the porch steps a few minutes ago
"""

THREAT = """
threat|threat to kill|{s} told the caller {he} is going to kill them
threat|threat to beat|{s} threatening to beat the crap out of the manager
threat|second-hand arson threat|caller's sister says {s} texted that {he} would burn the house down with them inside
threat|threat to hurt anyone entering|{s} said if anyone comes in {he} will hurt them
threat|threat to clerk|{s} threatened to hurt the clerk when refused service
threat|make them pay|{s} said {he} will make them pay and knows where they live
threat|second-hand threat to baby|{rel} told the caller that {s} said {he} was going to hurt the baby
threat|menacing stance|{s} standing over the caller with fists clenched saying try me
threat|threats to staff|{s} making threats to staff
threat|threat to kill caller|{s} threatening to kill the dog and the caller
threat|come back and handle it|{s} says {he} is coming back with friends to handle it
threat|voicemail you're dead|{s} left a voicemail saying youre dead
threat|threat toward school|{s} posted online that {he} is going to hurt students at the school tomorrow
threat|threat to break jaw|{s} said next time {he} sees the caller {he} will break their jaw
threat|put him in the ground|{s} told the neighbor {he} would put him in the ground over the fence line
threat|threat to landlord|{s} told the landlord {he} would hurt him if he came in
threat|overheard threat|caller's daughter overheard {s} saying {he} wants to hurt the caller
threat|end you|{s} screaming ill end you at the caller
threat|threat to hit kids|{s} threatened to hit the kids with {his} belt
threat|squaring up|{s} making a fist and stepping toward staff, said you want to go
threat|aggressive demands|{s} following people and threatening them when they wont give money
threat|take care of ex|{s} told the caseworker {he} is going to take care of {his} ex tonight
threat;suicide|murder-suicide threat|{s} threatening to kill {himself} and {his} wife
threat|threat if police called|{s} threatening to hurt {rel} if anyone calls police
threat|threatened to smack|subj threatend to smack the caller
threat|slash tires and face|{s} told the caller {he} will slash their tires and their face
threat;uncertainty|threat to shoot, unk gun|{s} threatened to shoot the neighbor, caller doesnt know if {he} has a gun
threat|threatening to fight|{s} challenging the security guard to fight
threat|threatening texts|{s} sending texts to {rel} saying {he} will hurt them when {he} gets out of work
threat|threat relayed by coworker|coworker says {s} told him {he} would hurt the supervisor today
threat|threat to return and hurt|{s} left saying {he} will be back to hurt everybody in there
threat|threat to ex via family|{s} told {his} mom {he} is going over to the ex's place to teach her a lesson
"""

INJURY = """
injury|bleeding head|{s} is bleeding from the head
injury|fell, not getting up|{s} fell and is not getting up, not sure if {he} is awake
injury|breathing trouble|{he} is not breathing right, lips look blue
injury|large cut|{s} has a large cut on {his} arm, wrapped in a shirt
injury|pills taken (overdose)|{s} took a bottle of pills about an hour ago
injury|unresponsive|{s} unresponsive on the sidewalk, caller cant wake {him}
injury|seizure|{s} is having a seizure
injury|chest pain|{s} complaining of chest pain and cant catch {his} breath
injury|vomiting blood|{s} vomiting blood
injury;uncertainty|passed out behind locked door|{s} passed out in the bathroom, door locked
injury|cannot walk|{his} foot is swollen and black, {he} cant walk on it
injury|possible broken arm|{s} appears to have a broken arm after a fall
injury|overdose, narcan given|possible OD, caller gave narcan x1
injury|diabetic, confused|{s} is diabetic and confused, sweating and not making sense
injury;police_only|struck by car|{s} was hit by a car earlier, limping, blood on pants
injury|dog bite bleeding|dog bit {him} on the hand, bleeding a lot
injury|hypothermic|{s} shaking hard, says {he} cant feel {his} hands, soaked through
injury|burn|{s} burned {his} hand on the stove, skin peeling off
injury|fell down stairs, neck pain|{s} fell down the stairs and is complaining of neck pain
injury|on floor since last night|elderly female on the floor since last night per neighbor
injury|gray, gasping|{s} turning gray and gasping
injury|forehead laceration|laceration to the forehead, caller thinks it needs stitches
injury|drank and won't wake|{s} drank half a bottle of vodka and now wont wake up
injury|infant fever, not waking|infant has a high fever and isnt waking up well
injury|pregnant bleeding|{s} is pregnant and bleeding
injury|snoring respirations|snoring type breathing, cant get {him} to respond
injury|head gash|{s} has a gash on {his} head from falling off {his} bike
injury|seizing (typo)|{s} siezing on the floor of the lobby
injury|throat swelling|{s} ate something and {his} throat is swelling up
injury|fell, hip|{s} fell in the parking lot, says {his} hip is broken
injury|blood in hair|{s} has dried blood in {his} hair and doesnt know what happened
injury;violence|stab wound (recent)|{s} says {he} got stabbed last night and it is still bleeding
injury|slurred speech, face drooping|{s} suddenly slurring and one side of {his} face is drooping
injury|not making sense, hit head|{s} hit {his} head on the curb, now repeating the same question over and over
"""

SUICIDE = """
suicide|jump threat at railing|{s} says {he} is going to jump off the overpass, standing near the railing
suicide|rope, says done|{s} has a rope and said {he} is done
suicide;injury|cut wrists|{s} cut {his} wrists earlier, wrapped in a towel
suicide|goodbye + pills saved|{s} texted {rel} a goodbye message and said {he} has pills saved up
suicide;weapon|plan to shoot self, access to gun|{s} told {his} therapist {he} plans to shoot {himself} tonight, has access to dads gun
suicide;injury|car running in garage|{s} sitting in the car in the closed garage with the engine running
suicide|researching lethal dose|{s} said {he} wants to die and has been looking up how many pills it would take
suicide;injury|cutting now|self harm, cutting on forearms right now
suicide;injury|took all meds|{s} took all {his} meds to make it stop
suicide|on bridge ledge|{s} standing on the outside of the bridge ledge
suicide|SI with plan to OD|SUBJ STATES SI W/ PLAN TO OD
suicide|SI with plan to hang|SI with plan, hanging, has picked out the spot
suicide|note + giving away pets|{s} wrote a note and gave {his} dog to the neighbor this morning
suicide|train plan|{s} said {he} will walk in front of a train tonight
suicide|recent attempt|{s} tried to hang {himself} last night, rope still in the room
suicide;weapon|razor, wants to end it|{s} has a razor blade and says {he} wants to end it
suicide|roof, threatening to jump|{s} on the roof of the parking garage threatening to jump
suicide;weapon|gun in hand, wants to die|caller's friend on the other line saying {he} has the gun in {his} hand and wants to die
suicide;injury|drank bleach|{s} drank bleach
suicide|stockpiled oxy|{s} says if they take {his} kids {he} will kill {himself}, has a stockpile of oxy
suicide;weapon|bought gun, suicidal|sucidal subj, says {he} bought a gun today
suicide;injury|head banging self harm|{s} hitting {his} head against the wall over and over
suicide;injury|burning self|{s} is burning {himself} with a lighter
suicide|plan and date|{s} says {he} has a plan and a date picked
suicide|drive into pole|{rel} says {s} said {he} would drive into a pole tonight, {he} has been drinking
suicide|photo of pills|{s} sent {rel} a photo of pills lined up on the table
suicide|heading to tracks|subj planning to go to the tracks after dark
suicide|gave away belongings, plan|{s} gave away all {his} stuff and told staff {he} knows how {he} is going to do it
suicide;police_only|stepping into traffic to die|{s} keeps stepping off the curb into traffic saying {he} wants it over
suicide|pills in hand now|{s} on the phone with the caller saying {he} has the pills in {his} hand now
suicide|SI, plan to cut, has blades|pt reports SI, plan to cut, has blades at home
suicide;injury|jumped from balcony|{s} jumped from the 2nd floor balcony, on the ground moaning
suicide|counting pills on video call|{rel} on facetime with {him}, {he} is counting out pills and saying sorry
"""

POLICE = """
police_only|car break-in|someone broke into the caller's car overnight, window smashed, laptop gone
police_only|shoplifter still inside|{s} is still inside the store with stuff in a bag, walked past the registers
police_only|just took bike|{s} just took a bike from the rack and rode off northbound
police_only;uncertainty|door pried, unk inside|back door pried open, caller not sure if anyone is still inside
police_only|restraining order at door|{s} has a restraining order against {him} and is at the caller's door now
police_only|warrant|{s} is on probation, caller says there is a warrant out for {him}
police_only|stalled in lane|vehicle stalled in the middle lane, no lights on
police_only|collision|minor collision in the parking lot, other driver refusing to exchange info
police_only|tow request|car blocking the caller's driveway, caller wants it towed
police_only|vandalism in progress|{s} spray painting the wall right now
police_only|package theft|packages stolen off the porch earlier today, caller has video
police_only|car door checking|{s} trying door handles on cars in the lot
police_only|keyed car|{s} keyed the caller's car and walked off
police_only|exploitation of minor|adult male messaging the caller's 13 yo daughter asking for pictures
police_only|drug sales|{s} selling drugs out of a car in front of the school
police_only|attempted entry|{s} trying to get in through the back window
police_only|erratic driver|driver swerving across lanes, almost hit the median
police_only|broke store window|{s} broke the front window of the store
police_only|citation request|caller wants {s} cited for parking in the handicap spot
police_only|shoplifter detained|shoplifter detained by loss prevention in the back office
police_only|no contact order violation|{s} violating the no contact order, has called the caller 30 times today
police_only|wallet taken, card used|wallet taken from purse at the cafe, card already used twice
police_only|burglary of garage|subj went into the neighbors garage and came out with tools, neighbor is out of town
police_only|gas siphoning now|someone siphoning gas from the truck right now
police_only|tree across road|tree down across the road, cars swerving around it
police_only|register opened|{s} walked behind the counter and opened the register
police_only|hit and run|{s} drove off after hitting a parked car
police_only|dumpster fire set|kids setting the dumpster on fire behind the building
police_only|phone snatched|juv grabbed the caller's phone out of their hand and ran
police_only|about to drive drunk|{s} is drunk and about to drive off, keys in hand
police_only|pedestrian on freeway|pedestrian walking in the lanes of the freeway
police_only|cat converter cut|caller hears someone under the car with a saw, catalytic converter
police_only|stolen car located|caller's stolen car is parked on the street right now, reported stolen last week
police_only|mail theft|{s} going through mailboxes and taking envelopes
police_only|loading stolen items|{s} loading stuff from the construction site into a van, site is closed
police_only|tow: car in fire lane|caller wants the car in the fire lane towed and ticketed
"""

UNCERTAIN = """
uncertainty|open line, yelling|open line, caller not speaking, yelling in the background
uncertainty|dropped after "he's here"|call dropped after caller said hes here
uncertainty|whispering caller|caller whispering, unable to say more
uncertainty|screams, no answer on callback|screaming heard in the background, callback no answer
uncertainty|unknown if armed|{s} unk if armed
uncertainty|crashing, cannot see|caller cant see into the unit, only hears crashing
uncertainty|door open, no answer|front door wide open, lights on, nobody answering
uncertainty|someone downstairs|caller hears someone walking around downstairs, lives alone
uncertainty|hiding from someone inside|caller hiding in the bathroom, someone is in the apt
uncertainty|"help" then dead line|female voice said help then the line went dead
uncertainty|relayed second-hand|caller not on scene, relaying from texts, unknown what is happening now
uncertainty|911 hangup|caller hung up, callback x3 goes to voicemail
uncertainty|prowler at windows|unknown person in the back yard looking in the windows
uncertainty|unknown person in car|caller says someone is sitting in their car in the garage, doesnt know who
uncertainty|crying "stop"|caller hears a woman crying stop next door
uncertainty|cannot see hands|cant tell if {he} has anything in {his} hands, too dark
uncertainty|hung up at weapons question|caller hung up when asked about weapons
uncertainty|bang then silence|loud bang then silence from the apt, caller cant see in
uncertainty|unknown male in garage|UNK MALE INSIDE THE GARAGE PER RP
uncertainty;violence|sounds of struggle|line open, sounds of a struggle
uncertainty|something in hand|{s} has something in {his} hand, caller cant tell what
uncertainty|text: can't talk|text to 911, cant talk he is here
uncertainty|glass breaking downstairs|caller heard glass breaking downstairs
uncertainty|man shouting, caller silent|line open but only tv and a man shouting
uncertainty|door ajar on return|door ajar when caller got home, caller is outside, unk if anyone inside
uncertainty|disconnected mid sentence|caller disconnected mid sentence, NFI
uncertainty|unknown if others inside|unk how many people inside or if anyone is armed
uncertainty|unk weapons|unk wpns
uncertainty|caller stopped answering|caller stopped answering questions, heavy breathing on the line
uncertainty|lock broken, unk who inside|lock on the shed is broken and the door is shut from inside, unk who is in there
"""

# Eligible-safe distractors: "mimic|reason|text"
DISTRACT = """
weapon|negated weapon|no weapons seen
weapon|negated weapon|NEG WPNS
weapon|negated weapon|caller states {s} does not have any weapons
weapon|negated weapon|no guns in the home per caller
weapon|negated weapon|hands visible, nothing in them
weapon|historical weapon|used to carry a knife per family, not for years
weapon|historical weapon|had a gun collection but sold it last spring
weapon|hypothetical weapon|caller wants advice on what to do if {he} ever brings a weapon, nothing like that now
weapon|look-alike: espresso shot|caller was getting a double shot of espresso when {s} came in
weapon|look-alike: kitchen drawer|caller describing the kitchen, drawer with knives and forks, {s} was looking for a can opener
weapon|look-alike: shooting photos|{s} has been shooting photos of the birds with a tripod
weapon|look-alike: guitar case|{s} carrying a guitar case, caller checked, its a guitar
weapon|look-alike: toy|kid has a toy lightsaber
weapon|look-alike: hedge clippers|neighbor trimming hedges with clippers, not involved
weapon|look-alike: gunning engine|{s} gunning the engine in the lot then parking
weapon|someone else's weapon|talking about a shooting {he} saw on the news
violence|negated violence|not violent, never has been
violence|negated violence|no physical contact
violence|negated violence|verbal only, no hands on
violence|historical violence|hx of assault charge from 2019
violence|historical violence|ex hit {rel} years ago, no contact since
violence|hypothetical violence|caller worried {he} might get violent if it keeps up, nothing so far
violence|someone else|caller's cousin was assaulted in another state last week, caller upset
violence|look-alike: killing time|{s} just killing time at the bus bench
violence|look-alike: struck out|{s} struck out at softball and is still mad about it
violence|look-alike: police beat|loc is in beat 12
violence|look-alike: dog and toy|dog attacking a chew toy in the yard, not a person
violence|look-alike: heat|{s} says the heat is killing {him}
violence|look-alike: punch line|{s} telling jokes, keeps messing up the punch line
violence|negated violence|nobody hit anybody per caller
violence|look-alike: fight over remote|argument is over the tv remote, nobody touched anyone
threat|negated threat|no threats made
threat|negated threat|has not threatened anyone
threat|non-violent threat|{s} threatening to sue the landlord
threat|non-violent threat|{s} threatened to call {his} mom
threat|non-violent threat|{s} threatening to leave a bad review
threat|non-violent threat|{s} says {he} will report the caller to the HOA
threat|hypothetical threat|caller asking what happens if {he} threatens them, nothing like that today
threat|non-violent threat|{s} threatened to move out and take the tv
injury|negated injury|no injuries
injury|negated injury|caller states no one is hurt
injury|negated injury|nobody hurt, no medical needed
injury|historical injury|prior OD in 2022, caller says {he} is clean now
injury|look-alike: dead phone|{s} says {his} phone is dead and {he} needs a charger
injury|look-alike: fell asleep|{s} fell asleep on the bench, woke up when caller spoke to {him}, talking normally
injury|look-alike: daily meds|{s} takes daily meds, has them with {him}, took the morning dose as prescribed
injury|negated medical|declines medical, walking fine
injury|look-alike: blood drive|{s} just came from the blood drive, has a bandage on {his} arm
suicide|negated SI|denies SI/HI
suicide|negated SI|{s} denies any thoughts of hurting {himself}
suicide|negated SI|not suicidal per {rel}
suicide|historical SI|prior attempt 5 yrs ago, currently stable and in treatment
suicide|look-alike: hanging laundry|{s} hanging laundry on the fence
suicide|look-alike: dying to|{s} says {he} is dying to get a bed at the shelter
suicide|negated SI, no plan|no plan, no means per caller
suicide|look-alike: bridge|{s} lives under the bridge, caller sees {him} there every day
police_only|negated damage|nothing taken, no damage
police_only|no tow requested|caller not requesting a tow or citation
police_only|historical arrest|was arrested last yr for DUI
police_only|someone else arrested|{s} upset because {his} brother was arrested yesterday
police_only|negated theft|caller says nothing was stolen
police_only|historical order|restraining order expired in 2021, not renewed
uncertainty|caller has eyes on|caller can see {s} the whole time, {he} is just sitting
uncertainty|door explained|door was left open by the maintenance guy, caller confirmed
uncertainty|caller on scene|caller is standing right there and can see everything
uncertainty|known person|caller knows {him}, {he} is a regular
violence|look-alike: beat the heat|{s} says {he} is just trying to beat the heat in the lobby
weapon|look-alike: water gun|kids had water guns, caller confirmed they are toys, they went home
suicide|look-alike: over it|{s} says {he} is over it, meaning the argument, wants to go home
injury|negated injury|{s} tripped on the curb but got right up, no injuries
threat|negated threat, joking|caller says {s} was joking around, no threat to anyone
police_only|civil matter|caller says its a civil issue about a deposit, nothing was taken
weapon|look-alike: cutting board|{s} at the community kitchen chopping onions for the meal
violence|historical violence|was in a fight back in high school per family, nothing recent
"""

FILLER = """
PRIOR CALLS TO ADDR X{n}
see inc {inc}
caller will meet at the front entrance
cb {phone}
gate code {code}
3rd call today re same
caller does not wish to be contacted
subj known to the crisis team
caller is the store manager
apt is upstairs, unit {apt}
dog in yard is friendly per caller
caller is spanish speaking, interp on line
LSW {lsw}
per caller {he} goes by {nick}
caller advised to call back if anything changes
xfer from sheriff dispatch
dupe of inc {inc}
caller is the neighbor in {apt}
caller states this has been going on for weeks
caller states {he} is there most days
park in the back lot
business closes at 9
caller is on the 2nd floor
caller wants a call back first
subj last seen heading toward {place}
approx {age} yo
possibly the same subj from yesterdays call
NFI
per caller no one else home
caller is the property manager
caller at work, can be reached on cell
code 3 not requested
caller unsure of exact address, near {place}
caller hung up before name obtained
caller is a nurse at the clinic next door
subj has a small dog with {him}
caller gave subj water
caller believes {he} lives in the area
subj speaks limited english
caller is anonymous
caller is calling from the front desk phone
subj has been in the area since about noon
caller states {he} comes by every morning
caller is the on call supervisor
caller requested no lights or sirens
bus driver called it in through dispatch
"""

UNIT_OK = """
{unit} ENRT
{unit} ADV GOA
{unit} ADV UTL, WILL CHECK AREA
{unit} ADV SUBJ CALM, TALKING W/ CRISIS
{unit} ON SCENE
{unit} ADV SPEAKING W/ RP
{unit} ADV SUBJ AGREED TO GO TO SHELTER
{unit} REQ ADDL 10 MIN
{unit} ADV RESOURCES GIVEN
{unit} ADV CONTACT MADE, ALL OK
"""

OK = """
{s} calm and cooperative
caller just wants someone to check on {him}
caller requesting crisis team
caller asking for resources for {him}
{he} is talking and answered the caller
no urgency per caller
caller can see {him} from the window, {he} is sitting quietly
caller would like {him} moved along
caller doesnt want police, just someone to talk to {him}
{he} is alert and walking around
{s} is polite but wont leave
caller says {he} seems lost more than anything
{he} is sober per caller
caller requesting mediation
caller says {he} is harmless, just needs help
{he} has been there before and left on {his} own
caller wants it documented
{he} seems confused but ok
caller requesting outreach team
caller says its not an emergency
{he} answered the door and spoke to the caller
caller says {he} has family nearby
{s} is willing to talk to a counselor
caller asks that someone bring a blanket
"""

OPENERS = ["caller states", "RP STS", "per caller", "caller advises", "3rd party caller states",
           "RP ADV", "rp reports", "CALLER REPORTING", "caller called to report", "rp calling bc",
           "walk in rp states", "", "", "", "", ""]

# Families: types (agency spellings), ok contexts (no red flag), flag contexts ("flags|reason|text"), affinity kinds
FAMILIES = {
 "welfare": dict(types=["WELFARE CHECK", "WELF CHK", "CHECK WELFARE", "10-WELF", "WELCK", "Welfare Check", "WELFARE/CHK"], aff=["injury", "uncertainty"], ok="""
{rel} has not answered the phone since this morning, normally calls every day
{s} sitting on the bench in front of {place} for hours, talking to {himself}
caller requests check on neighbor, hasnt seen {him} in a few days, car hasnt moved
{s} walking along the shoulder in the rain without a jacket, seems confused
coworker didnt show for shift, caller worried, {he} has been down lately
caller's friend posted sad stuff on fb, caller wants someone to check
{s} sleeping in a car in the lot of {place} since last night, caller saw {him} move around
out of state caller asking for check on {his} brother at {addr}, hasnt heard from him in a week
"""),
 "mental": dict(types=["MENTAL HEALTH", "5150", "MH CRISIS", "EDP", "BEHAVIORAL CRISIS", "PSYCH EVAL", "10-96", "Mental Health Crisis"], aff=["weapon", "threat", "violence"], ok="""
{s} hearing voices, says the neighbors are listening through the walls
caller's adult son ({age}) off his meds for a week, pacing and talking fast
{s} at {place} yelling at the sky, not directed at anyone
{s} believes {he} is being followed by the FBI, wants to talk to someone
caller's sister having a panic attack, calming down now, says this happens a lot
{s} standing in the lobby preaching loudly to nobody
caller's roommate hasnt slept in 3 days, says {he} has special powers
group home staff requesting help with a resident who is escalating verbally
"""),
 "suicidal": dict(types=["SUICIDAL SUBJ", "SUICIDE THREAT", "SUIC", "10-56A", "5150 SUICIDAL", "THREAT SUICIDE", "Suicidal Person"], aff=["suicide", "suicide", "suicide", "injury"], ok="""
caller's friend said {he} doesnt see the point anymore
{s} called the crisis line earlier, passive SI
counselor requests check on client who missed appt, recent depression
caller's son says life sucks and nobody cares, caller worried
{s} says {he} feels hopeless and wants to talk to someone
{s} tearful at {place}, says {he} lost {his} job and {his} apartment
ex called caller saying {he} feels like a burden
"""),
 "unwanted": dict(types=["UNWANTED PERSON", "UNWNTD SUBJ", "TRBL W/SUBJ", "TROUBLE W/ SUBJECT", "UNW", "Unwanted Subject", "SUBJ REFUSING TO LEAVE"], aff=["threat", "violence", "police_only"], ok="""
{s} refusing to leave the lobby of {place}, staff asked {him} several times
ex roommate showed up to get belongings, caller doesnt want {him} inside
{s} keeps coming back to the front desk asking for a ride
caller's adult nephew staying at the house, caller wants {him} to leave, {he} wont
customer arguing with staff over a refund and wont leave
{s} sitting in the waiting room of {place} after closing, says {he} has nowhere to go
{s} keeps following staff around asking to use the phone
"""),
 "suspicious": dict(types=["SUSP PERSON", "SUSPICIOUS PERSON", "SUSP CIRC", "SUS PERS", "10-37 SUBJ", "Suspicious Subj"], aff=["weapon", "uncertainty", "police_only"], ok="""
{s} walking up and down the street looking into yards
{s} sitting in a parked car across from the school for 2 hrs
unknown {s} taking pictures of houses on the street
{s} going door to door, says {he} is selling magazines
{s} hanging around outside the closed laundromat
{s} going through the recycling bins behind {place}
{s} standing at the corner of {addr} staring at the traffic
{s} has been sitting on the steps of {place} since early morning
"""),
 "disturbance": dict(types=["DISTURBANCE", "DIST", "415", "DISTURB", "415 DIST", "Disturbance-Verbal"], aff=["violence", "threat", "uncertainty"], ok="""
{s} yelling and cursing outside {place}
two people arguing loudly on the corner
{s} banging on the door of {place} asking to use the bathroom
customer yelling at staff about the wait time
group of adults arguing in the parking lot of {place}
{s} singing and shouting on the light rail platform
{s} arguing with the vending machine at {place}
"""),
 "noise": dict(types=["NOISE COMPLAINT", "415N", "NOISE", "LOUD MUSIC", "LOUD PARTY", "Noise Compl"], aff=["uncertainty", "violence"], ok="""
loud music from unit {apt} for 3 hours
neighbors having a party, bass is shaking the walls
someone playing drums in the garage at midnight
loud yelling from the apt above, caller thinks video games
construction noise starting before 7am at {addr}
leaf blower going since 6am next door
car stereo blasting in the lot of {place}
"""),
 "family": dict(types=["FAMILY DISPUTE", "FAM DIST", "415F", "FAMILY PROB", "DOMESTIC-VERBAL", "Family Disturbance"], aff=["violence", "threat", "police_only"], ok="""
caller and {rel} arguing about money, caller wants a mediator
verbal argument between mother and {juvage} yo daughter over phone use
caller's adult son refuses to move out, they keep yelling at each other
custody exchange going badly, parents arguing in the lot of {place}
siblings arguing over who takes care of dad
caller says {rel} took the car keys so caller cant leave for work, argument ongoing
"""),
 "neighbor": dict(types=["NEIGHBOR DISPUTE", "NEIGHBOUR DISP", "NBR DISP", "CIVIL/NBR", "Neighbor Problem"], aff=["threat", "police_only"], ok="""
neighbor's tree dropping leaves in caller's yard, arguing about it
neighbor keeps parking in caller's spot, argued this morning
neighbor yelling at caller over the fence about the property line
neighbor feeding feral cats, caller upset
ongoing dispute over the shared driveway
neighbor's security light shines into caller's bedroom, they argued about it
neighbor keeps putting trash cans in front of caller's gate
"""),
 "juvenile": dict(types=["JUV PROBLEM", "JUVENILES", "JUV DIST", "JUVS LOITERING", "601 JUV", "Juvenile Complaint"], aff=["violence", "police_only"], ok="""
group of juvs skateboarding in the lot of {place}, being loud
juvs hanging out in the stairwell smoking
kids ringing doorbells and running off
juvs having a snowball fight in the courtyard, caller says they are too loud
teens loitering at the bus stop cursing at people
juveniles playing basketball after hours at the park
{n} kids sitting on the hood of a car in the lot, car belongs to one of their moms
"""),
 "runaway": dict(types=["RUNAWAY", "RUNAWAY JUV", "MISSING JUV/RUNAWAY", "RUNAWY", "Runaway Juvenile", "RNWY"], aff=["uncertainty", "police_only"], ok="""
caller's {juvage} yo daughter left after an argument, took a backpack, usually goes to a friends house
group home resident {juvage} did not return from school
caller's son ran away again, 3rd time this month, believes he is at his gf's
juv located at {place}, says they dont want to go home
foster parent reports {juvage} yo missing since last night
"""),
 "property": dict(types=["FOUND PROPERTY", "LOST PROPERTY", "FOUND PROP", "LOST PROP", "FND PRP", "Found Property"], aff=["police_only", "weapon"], ok="""
caller found a wallet on the sidewalk, wants to turn it in
caller lost phone on the bus, wants a report number for the carrier
found backpack at the park, has school books in it
caller found a set of keys at {place}
caller left purse in a cart at {place}, store has it
kids bike left in caller's yard for 2 days, wants it picked up
caller found a prescription bottle with someone elses name on it at {place}
"""),
 "theft": dict(types=["THEFT REPORT", "PETTY THEFT", "484", "THEFT-PAST", "484 PC RPT", "Theft (Cold)"], aff=["police_only", "police_only"], ok="""
caller reported bike stolen yesterday but neighbor kid had borrowed it, got it back, wants to cancel
caller thought phone was stolen, found it in the couch, cancel call
caller's package marked delivered, found it at the neighbors door, all ok
roommate took caller's charger by mistake and gave it back, caller wants it on record only
""", flag="""
police_only|past theft report|caller's bike stolen from the garage overnight, wants a report
police_only|past theft report|tools taken from the truck bed sometime last week
police_only|past theft report|catalytic converter cut off caller's car sometime overnight
police_only|fraud/theft report|someone used caller's card at {place}, caller has the receipts
police_only|past theft report|wallet taken from a locker at the gym
police_only|past theft report|phone taken off the table at {place} while caller was in line
"""),
 "intox": dict(types=["INTOX PERSON", "DRUNK", "647F", "INTOXICATED SUBJ", "DRUNK IN PUBLIC", "647(F) PC", "ETOH Subj"], aff=["injury", "police_only"], ok="""
{s} drunk on the bench, talking, able to walk
{s} stumbling near {place}, slurring, asking for a ride
intox female singing loudly on the corner
{s} sleeping it off in a doorway, rolled over when caller called out to {him}
bar staff want help getting a drunk customer home, {he} is walking on {his} own
{s} smells of alcohol, sitting on the curb eating chips
"""),
 "homeless": dict(types=["TRANSIENT", "HOMELESS", "TRANS PROB", "HOMELESS CAMP", "UNHOUSED SUBJ", "ENCAMPMENT", "Transient Problem"], aff=["injury", "weapon"], ok="""
camp behind {place}, owner wants them moved
{s} sleeping in the doorway of {place}
homeless female with a shopping cart blocking the sidewalk
{s} asking for help finding a shelter bed
tent set up on the sidewalk overnight in front of {addr}
{s} washing up in the restroom sink at {place}
"""),
 "panhandling": dict(types=["PANHANDLING", "PANHANDLER", "SOLICITING", "647C", "Panhandler"], aff=["threat", "police_only"], ok="""
{s} panhandling at the exit of the lot at {place}
{s} asking customers for money at the gas pumps
man with a sign at the offramp, standing on the sidewalk
{s} asking for change outside {place}, staff want {him} moved
{s} asking people for bus fare at the transit center
"""),
 "trespass": dict(types=["TRESPASS", "602", "TRESP", "TRESPASSING", "602 PC", "Trespass"], aff=["police_only", "uncertainty"], ok="""
{s} sleeping in the back stairwell of the building, not a tenant
{s} in the park after hours
unknown person camping in the vacant lot at {addr}, owner wants them gone
{s} fishing in the private pond at the complex
{s} using the pool at the apartment complex, not a resident
{s} sitting on the loading dock behind {place}, leaves when asked then comes back
"""),
 "parking": dict(types=["PARKING", "PARKING COMPLAINT", "22500", "ILLEGAL PARKING", "PRKG", "Parking Problem"], aff=["police_only", "police_only"], ok="""
caller asking about the permit parking rules on {addr}
car parked on the street for a week, someone seems to be living in it
neighbors guests parking in front of caller's house, legal, caller wants someone to talk to them
car with flat tires in the lot, owner known, caller just wants it noted
caller asking if an RV can stay parked on {addr} overnight, info only
"""),
 "animal": dict(types=["ANIMAL CALL", "ANIMAL COMPLAINT", "ANML PROB", "ANIMAL CRUELTY", "597 PC", "BARKING DOG", "Animal Problem"], aff=["violence", "injury"], ok="""
dog barking for hours in the yard next door
stray dog wandering near {place}, friendly
neighbor's dog left outside with no water in the heat
{s} kicking {his} dog in the yard
raccoon in the garage, caller wants it out
cat stuck in a tree at {addr}
goat loose in the backyard of {addr}, owner not home
{s} yelling at {his} dog and yanking the leash hard
"""),
 "child": dict(types=["CHILD WELFARE", "CHILD WELF CHK", "CPS ASSIST", "CHILD WELFARE CHECK", "Child Welfare"], aff=["injury", "violence", "police_only"], ok="""
{juvage} yo child walking alone near {place}, seems lost
school counselor concerned about a student who says there is no food at home
neighbor's kids seem dirty and hungry, keep asking caller for food
7 yo home alone for a couple of hours, caller is the neighbor and can see the house
kids playing in the front yard all day with no adult around
"""),
 "elder": dict(types=["ELDER WELFARE", "ELDER WELF CHK", "SENIOR WELFARE", "ELDER CHECK", "Elder Welfare Check"], aff=["injury", "violence"], ok="""
caller's grandfather ({age}) with dementia keeps calling about his wife, she passed years ago
elderly female at the bus stop doesnt know where she lives
neighbor's elderly mother seems neglected, house smells, caller worried
{age} yo man wandering the parking lot of {place} looking for his car, confused
elderly male asking strangers at {place} for a ride to a home he sold years ago
"""),
}

# ---------------------------------------------------------------- generator
import csv, io, os, random, re, hashlib

SEED = 20261206
N_ROWS = 700
N_RED = 385
KINDS = ["weapon", "violence", "threat", "injury", "suicide", "police_only", "uncertainty"]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind4.csv")


def parse3(block):
    out = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        a, b, c = line.split("|", 2)
        out.append((tuple(a.split(";")), b, c))
    return out


def parse1(block):
    return [l.strip() for l in block.strip().splitlines() if l.strip()]


CORES = {"weapon": parse3(WEAPON), "violence": parse3(VIOLENCE), "threat": parse3(THREAT),
         "injury": parse3(INJURY), "suicide": parse3(SUICIDE), "police_only": parse3(POLICE),
         "uncertainty": parse3(UNCERTAIN)}
ALL_CORES = [c for k in KINDS for c in CORES[k]]
DIST = parse3(DISTRACT)
FILL = parse1(FILLER)
UNITOK = parse1(UNIT_OK)
OKS = parse1(OK)
FAM = {}
for name, d in FAMILIES.items():
    FAM[name] = dict(types=d["types"], aff=d["aff"], ok=parse1(d["ok"]),
                     flag=parse3(d["flag"]) if "flag" in d else [])

SUBJ_M = ["W/M 40S", "B/M APPROX 30", "H/M 50S", "A/M 60S", "W/M IN HIS 20S", "male approx {age}",
          "older male", "a man", "the male", "subj", "the guy", "male in a red jacket", "B/M 20S",
          "WMA", "male subj", "the tenant", "her ex", "the customer", "the boyfriend", "a white male"]
SUBJ_F = ["W/F 30S", "B/F APPROX 40", "H/F 20S", "A/F 70S", "female approx {age}", "older female",
          "a woman", "the female", "subj", "female subj", "BFA", "the lady", "his ex", "the girlfriend",
          "the customer", "a young woman", "W/F IN HER 50S", "female in a green coat"]
PRON = {"m": dict(he="he", his="his", him="him", himself="himself"),
        "f": dict(he="she", his="her", him="her", himself="herself")}
RELS = ["the caller's son", "his brother", "the roommate", "the caller's boyfriend", "the caller's mother",
        "the neighbor", "the wife", "the caller's sister", "the girlfriend", "the caller's dad", "the other tenant",
        "the coworker", "her husband", "the caller's grandson"]
PLACES = ["the 7-11", "the library", "Safeway", "the bus stop on 3rd", "the laundromat", "Walgreens",
          "the transit center", "Lincoln Park", "the Shell station", "the ER entrance", "the food bank",
          "McDonalds", "the rec center", "the Goodwill", "Target", "the church on Oak", "the DMV"]
STREETS = ["ELM ST", "W 14TH AVE", "MAIN ST", "OAK DR", "N BROADWAY", "PINE CT", "E COLFAX", "HARBOR BLVD",
           "S 3RD ST", "MLK JR WAY", "CEDAR LN", "RIVER RD", "WASHINGTON ST", "5TH AVE"]
LSW = ["BLK HOODIE, GRY SWEATS", "red jacket blue jeans", "NO SHIRT, KHAKI SHORTS", "green army coat",
       "WHT TEE, BLK PANTS, BACKPACK", "pink robe and slippers", "DK CLOTHING", "yellow rain jacket",
       "camo pants, orange beanie", "BLUE SCRUBS"]
NICKS = ["JJ", "Smitty", "Red", "Mo", "T", "Bug", "Pops", "Lulu", "Chico", "Sunny"]
UNITS = ["E12", "M7", "3A21", "CRT2", "R14", "UNIT 2B14", "MED 4", "CIT1", "4L3", "SQ9", "A12", "CR-3"]
CTIDS = ["CT114", "jm", "-dlr", "(4471)", "kw", "OP22", "-rs", "tb"]

SHORT = [(r"\bthe caller's\b", "RP's"), (r"\bcaller's\b", "RP's"), (r"\bthe caller\b", "RP"),
         (r"\bcaller\b", "RP"), (r"\bsubject\b", "SUBJ"), (r"\bvehicle\b", "VEH"), (r"\badvised\b", "ADV"),
         (r"\bunknown\b", "UNK"), (r"\bwithout\b", "W/O"), (r"\bwith\b", "W/"), (r"\bpossible\b", "POSS"),
         (r"\bapproximately\b", "APPROX"), (r"\bweapons\b", "WPNS"), (r"\bstates\b", "STS"),
         (r"\bhistory\b", "HX"), (r"\bbecause\b", "B/C"), (r"\bbetween\b", "BTWN"),
         (r"\brequesting\b", "REQ"), (r"\bneighbor\b", "NBR"), (r"\bapartment\b", "APT"),
         (r"\bnorthbound\b", "N/B"), (r"\bminutes\b", "MIN"), (r"\bmin\b", "MIN"), (r"\byo\b", "YOA"),
         (r"\bmedical\b", "MED"), (r"\binformation\b", "INFO"), (r"\band\b", "&"), (r"\bcallback\b", "CB")]
MISSPELL = {"neighbor": "nieghbor", "because": "becuase", "apartment": "apartmnet", "definitely": "definately",
            "weird": "wierd", "believes": "beleives", "received": "recieved", "across": "accross",
            "until": "untill", "around": "aroudn", "parking": "parkign", "people": "poeple",
            "walking": "walkin", "doesnt": "dosent", "front": "fornt", "caller": "caler", "through": "thru",
            "someone": "somone", "because": "bc", "yesterday": "yesterady", "about": "abt"}
PROTECT = {"not", "no", "denies", "neg", "never", "nothing", "nobody", "without", "declines", "unk",
           "unknown", "weapons", "wpns", "knife", "knives", "gun", "guns", "shot", "hurt", "injuries"}


SHAPES_USED = set()
CORE_TEXTS = set(c[2] for c in ALL_CORES)
OKS_RED = [o for o in OKS if any(w in o for w in ("crisis team", "resources", "documented", "outreach",
                                                   "doesnt want police", "left on", "mediation"))]
COMPAT = {"weapon": ["threat", "violence", "uncertainty", "police_only", "suicide"],
          "violence": ["injury", "weapon", "threat", "police_only"],
          "threat": ["weapon", "violence", "uncertainty", "police_only"],
          "injury": ["violence", "suicide", "uncertainty", "police_only"],
          "suicide": ["injury", "weapon", "threat"],
          "police_only": ["violence", "threat", "uncertainty", "weapon"],
          "uncertainty": ["violence", "weapon", "threat", "injury"]}
PRONOUN_RE = re.compile(r"\{(he|his|him|himself)\}")


def intro(t, introduced):
    """make sure the subject is named before a bare pronoun refers to it"""
    if introduced or "{s}" in t or not PRONOUN_RE.search(t):
        return t
    for p in ("{he} ", "{his} "):
        if t.startswith(p):
            return "{s} " + t[len(p):] if p == "{he} " else "{s}'s " + t[len(p):]
    if t.startswith("{unit} ADV "):
        return "{unit} ADV " + intro(t[len("{unit} ADV "):], introduced)
    return "re {s}: " + t


def pick_subject(R):
    g = R.choice("mf")
    d = R.choice(SUBJ_M if g == "m" else SUBJ_F)
    return g, d


def make_vals(R):
    g, d = pick_subject(R)
    v = dict(PRON[g])
    age = R.randint(19, 88)
    v.update(s=d.replace("{age}", str(age)), age=str(R.randint(19, 88)), rel=R.choice(RELS),
             place=R.choice(PLACES), apt=R.choice(["3B", "12", "204", "C", "1107", "7A", "B-2", "310"]),
             addr="%d %s" % (R.choice([R.randint(100, 9999), R.randint(10, 99)]), R.choice(STREETS)),
             n=str(R.randint(2, 9)), inc="%d-%06d" % (R.choice([25, 26]), R.randint(1000, 999999)),
             phone="%03d-%03d-%04d" % (R.randint(200, 989), R.randint(200, 989), R.randint(0, 9999)),
             code="#%d" % R.randint(1000, 9999), lsw=R.choice(LSW), nick=R.choice(NICKS),
             unit=R.choice(UNITS), juvage=str(R.randint(11, 17)))
    return v


def fill(t, v):
    return t.format_map(v)


def typo_word(R, w):
    low = w.lower()
    if low in MISSPELL and R.random() < 0.6:
        rep = MISSPELL[low]
        return rep.upper() if w.isupper() else rep
    if len(w) < 5 or not w.isalpha() or low in PROTECT:
        return w
    i = R.randint(1, len(w) - 2)
    op = R.randint(0, 2)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1:
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def roughen(R, text, p):
    """typos, misspellings and run-together words on non-deciding text"""
    words = text.split(" ")
    out = []
    for w in words:
        core = re.match(r"^([A-Za-z']+)(.*)$", w)
        if core and R.random() < p:
            w = typo_word(R, core.group(1)) + core.group(2)
        out.append(w)
    s = ""
    for i, w in enumerate(out):
        if i == 0:
            s = w
        elif R.random() < p * 0.5 and len(w) <= 5 and w.isalpha() and out[i - 1][-1:].isalpha():
            s += w
        else:
            s += " " + w
    return s


def style_text(R, text, style, p_short):
    if style != "mixed" or R.random() < 0.5:
        for pat, rep in SHORT:
            if R.random() < p_short:
                text = re.sub(pat, rep, text, flags=re.I)
    if style == "caps":
        text = text.upper()
    elif style == "lower":
        text = text.lower()
    return text


def choose_core(R, kind, used):
    cands = [c for c in CORES[kind]]
    R.shuffle(cands)
    cands.sort(key=lambda c: used.get(c[2], 0))
    return cands[0]


def build_row(R, label, kind, family, extra_kind, long_row, cut, used):
    v = make_vals(R)
    fam = FAM[family]
    style = R.choices(["caps", "lower", "mixed"], [0.42, 0.23, 0.35])[0]
    p_short = {"caps": 0.8, "lower": 0.45, "mixed": 0.3}[style]
    rough = R.choice([0.0, 0.03, 0.06, 0.1])
    flags = set()
    reasons = []
    # remark pieces: (text, important, is_rough)
    ctx_flagged = None
    if label == "red_flag" and fam["flag"]:
        ctx_flagged = R.choice(fam["flag"])
    if label == "eligible" and family == "theft":
        ctx = R.choice(fam["ok"])
    elif ctx_flagged:
        ctx = ctx_flagged[2]
        flags.update(ctx_flagged[0])
        reasons.append(ctx_flagged[1])
    else:
        ctx = R.choice(fam["ok"])
    used[ctx] = used.get(ctx, 0) + 1
    opener = R.choice(OPENERS)
    ctx_text = (opener + " " + ctx).strip()
    pieces = [(ctx_text, bool(ctx_flagged), not ctx_flagged)]
    cores = []
    if label == "red_flag":
        if not (ctx_flagged and kind == "police_only"):
            c = choose_core(R, kind, used)
            cores.append(c)
        if extra_kind:
            c2 = choose_core(R, extra_kind, used)
            if all(c2[2] != c[2] for c in cores):
                cores.append(c2)
        for c in cores:
            used[c[2]] = used.get(c[2], 0) + 1
            flags.update(c[0])
            reasons.append(c[1])
    # distractors: never mimic a kind the row actually has
    n_dist = 0
    if label == "eligible":
        n_dist = R.choices([0, 1, 2, 3], [0.22, 0.45, 0.25, 0.08])[0]
    else:
        n_dist = R.choices([0, 1, 2], [0.55, 0.35, 0.10])[0]
    dists = []
    has_subj = bool(re.search(r"\{(s|he|his|him|himself)\}", ctx))
    pool = [d for d in DIST if (has_subj or label == "red_flag" or not re.search(r"\{(s|he|his|him|himself)\}", d[2])) and d[0][0] not in flags and (label == "eligible" or d[0][0] != "uncertainty")
            and not ("uncertainty" in flags and d[0][0] == "weapon")]
    R.shuffle(pool)
    pool.sort(key=lambda d: used.get(d[2], 0))
    for d in pool[:n_dist]:
        dists.append(d)
        used[d[2]] = used.get(d[2], 0) + 1
    oks = []
    if label == "eligible" or R.random() < 0.3:
        k = R.choice([1, 1, 2]) if label == "eligible" else 1
        src = OKS if label == "eligible" else OKS_RED
        if not has_subj:
            src = [o for o in src if not re.search(r"\{(s|he|his|him|himself)\}", o)]
        oks = R.sample(src, k)
    nfill = R.choices([0, 1, 2], [0.35, 0.45, 0.2])[0]
    if long_row:
        nfill = R.randint(4, 6)
    fills = R.sample(FILL, nfill)
    body = []
    for o in oks:
        body.append((o, False, True))
    for d in dists:
        body.append((d[2], True, False))
    for f in fills:
        body.append((f, False, True))
    R.shuffle(body)
    core_pieces = []
    for c in cores:
        t = c[2]
        if R.random() < 0.18:
            t = "{unit} ADV " + t
        core_pieces.append((t, True, False))
    if long_row:
        # red flag only in the late remarks
        unit_ok = [(u, False, True) for u in R.sample(UNITOK, 2)
                   if label == "eligible" or ("CALM" not in u and "ALL OK" not in u)]
        pieces = pieces + body[: len(body) // 2] + unit_ok[:1] + body[len(body) // 2:] + core_pieces
        if label == "eligible":
            pieces += unit_ok[1:]
    else:
        pos = R.randint(0, len(body))
        mid = body[:pos] + core_pieces + body[pos:]
        if R.random() < 0.25 and core_pieces:
            pieces = core_pieces[:1] + pieces + body + core_pieces[1:]
        else:
            pieces = pieces + mid
        if R.random() < 0.15:
            pieces.append((R.choice(UNITOK), False, True))
            if label == "red_flag" and any(w in pieces[-1][0] for w in ("CALM", "ALL OK")):
                pieces.pop()
    if cut:
        # a trailing non-deciding remark that the field limit will cut through
        tail = R.sample([f for f in FILL if len(f) > 18] + OKS[:6], 2)
        for f in tail:
            pieces.append((f, False, True))
    # render
    sep_mode = R.choice(["space", "**", ";;", "--", "ts", "ts2", "ct", "dot", "pipe"])
    hh, mm, ss = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    rendered = []
    introduced = False
    for i, (t, imp, is_rough) in enumerate(pieces):
        SHAPES_USED.add(ctx if i == 0 and t == ctx_text else t.replace("{unit} ADV ", "", 1) if t.startswith("{unit} ADV ") and t[11:] in CORE_TEXTS else t)
        t = intro(t, introduced)
        if "{s}" in t:
            introduced = True
        t = fill(t, v)
        if is_rough and rough:
            t = roughen(R, t, rough)
        t = style_text(R, t, style, p_short)
        ss += R.randint(5, 170)
        mm += ss // 60
        ss %= 60
        if mm > 59:
            mm -= 60
            hh = (hh + 1) % 24
        if sep_mode == "ts":
            t = "[%02d:%02d:%02d] %s" % (hh, mm, ss, t)
        elif sep_mode == "ts2" and i > 0:
            t = "%02d%02d %s" % (hh, mm, t)
        elif sep_mode == "ct" and i > 0 and R.random() < 0.7:
            t = "%s %s" % (t, R.choice(CTIDS))
        rendered.append((t, imp))
    joiner = {"space": " ", "**": " ** ", ";;": " ;; ", "--": " -- ", "ts": " ", "ts2": " ", "ct": " / ",
              "dot": ". ", "pipe": " | "}[sep_mode]
    if sep_mode == "space" and style == "caps":
        joiner = R.choice([" ", ", ", ". "])
    text = ""
    must_keep = 0
    for i, (t, imp) in enumerate(rendered):
        text += (joiner if i else "") + t
        if imp:
            must_keep = len(text)
    if style == "caps" and R.random() < 0.2:
        text = text.replace(" AND ", " & ")
    did_cut = False
    if cut:
        cands = [i for i in range(must_keep + 6, len(text) - 2)
                 if text[i - 1].isalnum() and text[i].isalnum()]
        if cands:
            # prefer round field limits when they land mid word
            limits = [i for i in cands if i in (120, 128, 150, 160, 180, 200, 240, 250, 255, 256, 300)]
            L = R.choice(limits) if limits else R.choice(cands)
            text = text[:L]
            did_cut = True
    if label == "eligible":
        reason = "no red flag"
        if dists:
            reason += "; " + ", ".join(d[1] for d in dists[:2])
        else:
            reason += "; " + {"welfare": "routine welfare concern", "mental": "non-violent crisis",
                              "suicidal": "no plan or means", "theft": "property recovered",
                              "animal": "animal call only"}.get(family, "non-violent %s" % family)
    else:
        reason = "; ".join(reasons)
    fl = ";".join(k for k in KINDS if k in flags) if label == "red_flag" else ""
    return text, fl, reason, did_cut


def generate():
    R = random.Random(SEED)
    fams = list(FAM)
    labels = ["red_flag"] * N_RED + ["eligible"] * (N_ROWS - N_RED)
    kinds = [KINDS[i % 7] for i in range(N_RED)]
    R.shuffle(kinds)
    plan = []
    famcount = {f: 0 for f in fams}
    for k in kinds:
        w = [1 + 3 * FAM[f]["aff"].count(k) for f in fams]
        # keep families balanced
        w = [wi / (1 + famcount[f]) ** 1.5 for wi, f in zip(w, fams)]
        f = R.choices(fams, w)[0]
        famcount[f] += 1
        extra = None
        if R.random() < 0.30:
            extra = R.choice(COMPAT[k])
        plan.append(("red_flag", k, f, extra))
    elig_theft = 0
    for _ in range(N_ROWS - N_RED):
        lo = min(famcount[f] for f in fams if f != "theft")
        opts = [f for f in fams if famcount[f] == lo and f != "theft"]
        if elig_theft < 3:
            opts = ["theft"]
            elig_theft += 1
        f = R.choice(opts)
        famcount[f] += 1
        plan.append(("eligible", None, f, None))
    R.shuffle(plan)
    n = len(plan)
    idx = list(range(n))
    R.shuffle(idx)
    long_set = set(idx[:50])
    cut_set = set(idx[50:50 + 106])
    used = {}
    rows = []
    seen = set()
    for i, (lab, k, f, extra) in enumerate(plan):
        for attempt in range(20):
            text, fl, reason, did_cut = build_row(R, lab, k, f, extra, i in long_set, i in cut_set, used)
            if text not in seen:
                break
        seen.add(text)
        ctype = R.choice(FAM[f]["types"])
        rows.append(dict(id="B4-%04d" % (i + 1), call_type=ctype, narrative=text, label=lab, flags=fl,
                         reason=reason, split="blind4", _family=f, _cut=did_cut, _long=i in long_set))
    return rows


def write(rows, path=OUT):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["id", "call_type", "narrative", "label", "flags", "reason", "split"],
                       extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())


if __name__ == "__main__":
    rows = generate()
    write(rows)
    from collections import Counter
    print("rows", len(rows), Counter(r["label"] for r in rows))
    kc = Counter(k for r in rows for k in r["flags"].split(";") if k)
    print("kinds", dict(kc))
    print("families", dict(Counter(r["_family"] for r in rows)))
    print("cut", sum(r["_cut"] for r in rows), "long", sum(r["_long"] for r in rows))
    print("sha256", hashlib.sha256(open(OUT, "rb").read()).hexdigest())
