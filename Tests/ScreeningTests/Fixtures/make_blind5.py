#!/usr/bin/env python3
"""Generate blind5.csv: a held-out, hand-written evaluation set for the narrative screener.

Standard library only, seeded, deterministic: every run writes a byte-identical blind5.csv beside
this file. Each narrative is assembled from hand-written clauses. Red-flag clauses carry their flags and
mark the decisive words with «...»; benign clauses that contain danger words in a safe sense (negated,
historical, another meaning) mark those words with ‹...›. The markers steer truncation (a cut may not
destroy a marked span except as the README explains) and are removed before writing.
"""
import csv
import os
import random
import re

SEED = 20261206
N_ROWS = 800
N_RED = 320
WIDTHS = (80, 100, 120, 160, 200)
FLAG_KINDS = ("weapon", "violence", "threat", "injury", "suicide", "police_only", "uncertainty")

# --------------------------------------------------------------------------------------------------
# Slot fillers
# --------------------------------------------------------------------------------------------------
SUBJECTS = [
    "W/M 40S", "B/M 20S", "H/F 30S", "W/F 60S", "A/M 50S", "B/F 30S", "older male", "young female",
    "male in grey hoodie", "female w/ shopping cart", "W/M 30S red jacket", "H/M 50S", "male approx 6ft thin build",
    "female in blue scrubs", "B/M 60S w/ cane", "W/F 20S", "male w/ backpack", "unk race male 30s",
]
PLACES = [
    "IFO the Walgreens", "at the bus shelter on 5th", "in the lobby", "behind the library", "at Lincoln Park",
    "by the laundromat", "in the parking lot", "outside the church", "on the light rail platform",
    "near the dumpsters", "in the alley behind 2200 blk", "at the Shell station", "on the front steps",
    "IFO 1418 N Oak St", "at the corner of 3rd and Grand", "in the food court", "outside the dollar store",
]
RELS = [
    "her son", "his roommate", "the neighbor", "her ex", "his brother", "the tenant upstairs",
    "her daughter's bf", "his cousin", "her husband", "the boyfriend", "his stepdad", "her sister",
]
MALE_RELS = ["her son", "his roommate", "her ex", "his brother", "her husband", "the boyfriend", "his stepdad",
             "his cousin", "her daughter's bf"]
FEMALE_RELS = ["her sister", "her daughter", "his girlfriend", "her mother", "his wife", "their roommate"]
VEHICLES = ["silver Honda", "white pickup", "blk SUV", "red sedan", "grey minivan", "green Camry", "tan Buick"]
APTS = ["apt 3B", "unit 12", "apt 210", "the upstairs unit", "#4", "apt C", "unit 7"]
RECENT = ["just now", "2 min ago", "moments ago", "5 mins ago", "right now"]
PAST = ["last week", "3 weeks ago", "back in March", "last month", "two weeks ago", "in the spring"]
RP_WORDS = ["RP", "RP", "RP", "caller", "R/P", "comp", "CLR"]
SUBJ_WORDS = ["subj", "subj", "subject", "SUBJ", "sub", "male"]

# --------------------------------------------------------------------------------------------------
# Red-flag clauses: (flags, template). «...» marks the decisive words.
# --------------------------------------------------------------------------------------------------
RED = [
    # weapon
    ("weapon", "{RP} sees {s} «waving a handgun» {p}"),
    ("weapon", "{SUBJ} has a «knife out» and is walking toward people {p}"),
    ("weapon", "male pointed a «gun» at {RP}'s car and drove off slow, still circling the block"),
    ("weapon", "{r} is holding a «kitchen knife» and won't put it down"),
    ("weapon", "{SUBJ} walking around {p} with a «machete»"),
    ("weapon", "{SUBJ} broke a bottle and is «holding the broken bottle out» at people"),
    ("weapon", "male has a «crowbar raised», yelling at the clerk"),
    ("weapon", "{RP} saw a «gun in his waistband» when his shirt lifted"),
    ("weapon;violence", "{SUBJ} tried to «run {RP} over» with the {v}"),
    ("weapon", "driver «aimed the car at» the group on the sidewalk, {v} now parked at the end of the blk"),
    ("weapon", "{SUBJ} has a «hammer and is banging on {RP}'s door» saying open up"),
    ("weapon", "«FIREARM» visible on the front seat, {SUBJ} sitting in the car arguing w/ people"),
    ("weapon", "«shots fired» x3, {RP} sees a male running toward the alley"),
    ("weapon", "juv showed a «pistol» to other kids at the bus stop"),
    ("weapon;threat", "{SUBJ} «armed w/ a screwdriver telling staff to back up»"),
    ("weapon", "male has a «box cutter out» {p}"),
    ("weapon", "{SUBJ} «brandishing a pipe» at cars going by"),
    ("weapon;violence", "female «chasing {RP} with a skillet»"),
    ("weapon", "{r} has a «rifle out» in the bedroom, drunk and angry"),
    ("weapon", "{SUBJ} keeps «sparking a taser at people» walking past"),
    ("weapon;threat", "{SUBJ} «poured gasoline on the porch and is holding a lighter»"),
    ("weapon", "{SUBJ} «carrying a sword» down the middle of the street"),
    ("weapon;violence", "«245» w/ a bottle, victim still on scene"),
    ("weapon", "{s} «flashing a blade» at customers"),
    ("weapon", "neighbor has a «shotgun on the porch pointed» toward the street"),
    ("weapon", "{SUBJ} «swinging a baseball bat» at anyone who gets close"),
    ("weapon", "{RP} heard the «gunshot» from inside the unit next door, 1 round"),
    ("weapon", "{SUBJ} «loading a revolver» in the stairwell"),
    # violence
    ("violence", "{SUBJ} «punched» {RP} in the face"),
    ("violence", "{rm} «hit her» several times and is still in the house"),
    ("violence", "two males «fighting» {p}, one on the ground being kicked"),
    ("violence", "{SUBJ} «threw a chair» at staff"),
    ("violence", "{r} «choked» {RP} until she almost passed out"),
    ("violence", "male «chasing a female» down the block, she is screaming"),
    ("violence", "{SUBJ} «grabbed {RP} by the hair» and dragged her toward the car"),
    ("violence", "«fight just ended», both parties still on scene yelling"),
    ("violence", "{SUBJ} «shoved» the bus driver and is still on the bus"),
    ("violence", "«415 physical» between roommates in {a}"),
    ("violence", "{SUBJ} «slapped» a customer and is still in the store"),
    ("violence", "{r} kicked in the door and «pushed {RP} to the floor»"),
    ("violence", "group «jumping a juv» {p}"),
    ("violence", "{SUBJ} «spit on» the security guard and shoved him"),
    ("violence", "«throwing rocks» at {RP} and her kids"),
    ("violence", "«DV in progress» per {RP}"),
    ("violence", "employee «assaulted» by a customer, suspect still inside"),
    ("violence", "mom says son «bit and scratched» her, still escalated"),
    ("violence", "{SUBJ} «beating the woman» he is with {p}"),
    ("violence", "«brawl» outside the bar, 6-8 people"),
    ("violence", "{SUBJ} «headbutted» the clerk"),
    ("violence", "{r} «threw a plate at her» and it hit the wall next to her head"),
    ("violence", "{SUBJ} «pinned» {RP} against the fridge and would not let go"),
    # threat
    ("threat", "{SUBJ} «threatening to kill» {RP}"),
    ("threat", "{rm} told {RP} «he'll shoot her» if she calls anybody"),
    ("threat", "{SUBJ} said «he is going to come back and burn the place down»"),
    ("threat", "{RP}'s ex texted «you're dead when I see you»"),
    ("threat", "{RP}'s neighbor said «I'll cut you» over the fence"),
    ("threat", "{SUBJ} yelling he will «beat {RP}'s ass» as soon as she comes out"),
    ("threat", "per school, student «said he'd bring a gun tomorrow»"),
    ("threat", "male told staff «you won't make it home tonight»"),
    ("threat", "{SUBJ} says «he's going to hurt the next person» who walks by"),
    ("threat", "landlord «threatened to kill» {RP} and her dog"),
    ("threat", "{RP} overheard {SUBJ} say «he's gonna stab» his roommate when he gets home"),
    ("threat", "ex left voicemail «saying he'll make her pay», knows where she works"),
    ("threat", "{SUBJ} «making threats» toward the manager"),
    ("threat", "{SUBJ} «vowing to come back with his boys» to handle {RP}"),
    ("threat", "«threatening» {RP}, won't leave the porch"),
    ("threat", "{SUBJ} keeps saying «he will hurt her» if she leaves"),
    ("threat", "{rm} said «he will smash her face in»"),
    ("threat", "{rm} told the kids «he'd kill their mom» tonight"),
    ("threat", "caller's coworker «said he's going to shoot up» the warehouse"),
    # injury / medical
    ("injury", "{s} «unresponsive» {p}"),
    ("injury", "male «not breathing», {RP} starting CPR"),
    ("injury", "female «bleeding from the head» after a fall"),
    ("injury", "elderly male fell and «hit his head», can't get up"),
    ("injury", "{SUBJ} «slumped over» in the driver seat, won't wake up"),
    ("injury", "«possible OD», {SUBJ} turning blue"),
    ("injury", "«seizure» in the lobby, still seizing"),
    ("injury", "{SUBJ} «having difficulty breathing»"),
    ("injury", "«burns» on both arms from a pan of grease"),
    ("injury", "«semi-conscious» {s} on the sidewalk"),
    ("injury", "«LOC» after falling off his bike"),
    ("injury", "toddler «swallowed some of grandma's pills»"),
    ("injury", "{SUBJ} «passed out» and won't respond to a sternal rub"),
    ("injury", "«cut his hand badly», blood everywhere"),
    ("injury", "«chest pain», sweating, male in his 60s"),
    ("injury", "«unconscious» female in the restroom"),
    ("injury", "{SUBJ} «overdosed», friend gave narcan, still not waking"),
    ("injury", "«DLOC», diabetic per family"),
    ("injury", "«fell down the stairs», can't move her leg"),
    ("injury", "«vomiting blood»"),
    ("injury", "«head wound» bleeding heavy"),
    ("injury", "{s} «collapsed» {p}"),
    ("injury", "{s} «face down in the snow», not moving"),
    ("injury", "male «gasping for air» on the floor"),
    ("injury", "child «drank bleach» from under the sink"),
    # suicide
    ("suicide", "{SUBJ} «wants to kill himself»"),
    ("suicide;injury", "{RP}'s friend texted she «took a bottle of pills» and said goodbye"),
    ("suicide", "male «standing on the ledge» of the 6th St bridge"),
    ("suicide", "{SUBJ} «has a plan to hang himself» tonight"),
    ("suicide;weapon", "{rm} says «life isn't worth living and has his dad's pistol»"),
    ("suicide", "«SI w/ plan» per counselor"),
    ("suicide;injury", "{rf} «cut her wrists» in the bathroom"),
    ("suicide", "{SUBJ} «sitting on the train tracks» saying he's done"),
    ("suicide", "sister got text «I won't be here tomorrow»"),
    ("suicide", "«suicidal», has been stockpiling her meds"),
    ("suicide", "{SUBJ} states he «wants to die»"),
    ("suicide;injury", "{rf} «tried to hang herself» in the closet, {RP} cut her down"),
    ("suicide", "male «on the roof edge» of the parking garage"),
    ("suicide", "{SUBJ} «wrote a suicide note» and left it on the table"),
    ("suicide", "«wants to end it all», sitting in the car in the garage"),
    ("suicide", "«threatening suicide»"),
    ("suicide", "{SUBJ} said he is «going to jump» off the overpass"),
    ("suicide", "{r} «has a rope and said goodbye» to the family"),
    ("suicide", "{SUBJ} «asking how many pills it takes»"),
    # police only
    ("police_only", "{RP} sees someone «breaking into» the neighbor's house"),
    ("police_only", "«459 in progress», {SUBJ} still inside"),
    ("police_only", "«trespasser inside» the closed building, still there"),
    ("police_only", "male «stealing a bike» off the rack {p}"),
    ("police_only", "«shoplifter» just ran out w/ merch, {RP} following, wants police"),
    ("police_only", "{SUBJ} «spray painting» the wall {t}"),
    ("police_only", "male «exposing himself» to kids at the park"),
    ("police_only", "«DUI» driver weaving across both lanes NB in a {v}"),
    ("police_only", "«10851» {t}, {RP}'s car taken, suspect seen driving off"),
    ("police_only", "kids ages 3 and 5 «left alone» in {a}, no adult"),
    ("police_only", "toddler «locked in a car» w/ windows up"),
    ("police_only", "{RP} wants to «file a police report» for the stolen tools"),
    ("police_only", "{SUBJ} has a «warrant», {RP} knows where he is staying"),
    ("police_only", "juvs «smashing car windows» in the lot"),
    ("police_only", "{SUBJ} «peeping into» bedroom windows"),
    ("police_only", "«car break-in happening», {v} window smashed, suspect still there"),
    ("police_only", "«porch thief still on» the next door porch w/ boxes"),
    ("police_only", "«prowler» trying door handles on the block"),
    ("police_only", "{SUBJ} «refuses to leave» the store after being told to go, manager wants him removed"),
    ("police_only", "teacher reports «bruises on a student» who says dad did it"),
    ("police_only", "«drunk driver» just got in his truck and drove off"),
    ("police_only", "«cutting off a catalytic converter» under the {v}"),
    ("police_only", "«hit and run» {t}, other driver still in the lot"),
    ("police_only", "{RP} wants a «theft report» for her stolen wallet"),
    ("police_only", "«squatters» broke the lock and are inside the vacant house now"),
    # uncertainty
    ("uncertainty", "«open line», yelling in background"),
    ("uncertainty", "«call dropped» after {RP} gave the address"),
    ("uncertainty", "{RP} «can't talk freely», answering yes/no only"),
    ("uncertainty", "«unk emergency», caller hung up, callback to VM"),
    ("uncertainty", "{RP} hears «screaming and crashing» from {a}, unk what is going on"),
    ("uncertainty", "neighbor's «door wide open, nobody answering», lights on"),
    ("uncertainty", "therapist calling w/ «duty to warn» re a client"),
    ("uncertainty", "«sounds of a struggle» on the line then disconnect"),
    ("uncertainty", "{RP} said «help» then line went dead"),
    ("uncertainty", "{RP} hears a female «screaming for help» somewhere behind the building"),
    ("uncertainty", "«911 hang up», no answer on callback"),
    ("uncertainty;police_only", "{RP} «whispering, says someone is in the house»"),
    ("uncertainty", "{RP} «heard a loud thud and a scream» from upstairs"),
    ("uncertainty;violence", "«pocket dial, hear a woman yelling get off me»"),
    ("uncertainty", "«unable to get details», {RP} crying and says come now"),
    ("uncertainty;injury", "«child on the line says mommy won't wake up»"),
    ("uncertainty;police_only", "neighbor's «door kicked in», no answer inside"),
    ("uncertainty", "«abandoned 911» from this addr, 2nd one tonight"),
    ("uncertainty", "{RP} «afraid to say more», {r} is in the room"),
    ("uncertainty", "«silent call», TDD no response"),
    ("uncertainty", "«line open», hear glass breaking and a man yelling"),
]

# --------------------------------------------------------------------------------------------------
# Benign core clauses by topic. ‹...› marks danger words used safely (negated, historical, other sense).
# Core clauses with no ‹...› span may also serve as the benign setting of a red row.
# --------------------------------------------------------------------------------------------------
ELIG = {
    "welfare": [
        "{RP} asks someone check on {s} sitting {p} for a few hours, ‹subj is awake and talking›",
        "daughter out of state requests check on her mother, 82, who forgot her daily call, hx of dementia",
        "{s} sleeping on a bench {p}, ‹{RP} saw him breathing and moving›, wants someone to offer services",
        "{RP} worried about older male walking in the cold without a jacket, ‹walking steady, not hurt›",
        "landlord asks for check on tenant not seen in a few days, tenant's car is gone, mail picked up",
        "{RP} concerned about a woman crying at the bus stop, ‹no injuries seen›, says she is having a bad day",
        "school counselor asks for a home visit to a family that missed appointments",
        "elderly female confused, asking for directions to her old address, ‹calm and unhurt›",
        "{RP} says neighbor's power was shut off, wants someone to see if she needs help with heat",
        "veteran at the library asking for help finding a shelter bed tonight",
        "{s} sitting on the curb {p}, says he is just tired, ‹declined EMS›",
        "{RP} requests check on her brother who has been isolating,"
        " ‹he answered the phone an hour ago and sounded fine›",
        "older man waiting at the clinic door since it closed, does not know how to get home",
        "{RP} sees {s} pushing a cart w/ belongings in the rain, asks if outreach can bring a blanket",
        "check on tenant in {a}, family says she stopped answering texts, ‹maintenance saw her this morning›",
    ],
    "noise": [
        "loud music from {a} for 2 hrs",
        "party noise, people yelling and laughing in the backyard",
        "dog barking nonstop since 6am, owner not home",
        "construction equipment running before 7am next door",
        "car stereo bass rattling windows {p}",
        "upstairs tenants stomping and moving furniture at 2am",
        "band practice in a garage on the block, 3rd complaint this week",
        "‹kids setting off fireworks› in the street",
        "generator running all night at the house across the street",
        "people singing karaoke on the balcony of {a}",
        "{RP} says ‹neighbors shooting hoops› in the driveway after midnight",
        "leaf blower going since 6:30, {RP} works nights",
    ],
    "dispute": [
        "neighbor dispute over the shared fence line",
        "parking dispute, neighbor keeps blocking {RP}'s driveway with a {v}",
        "{RP} and roommate arguing about rent and chores, wants mediation",
        "landlord tenant dispute about a security deposit",
        "customer upset over a refund, yelling at the cashier",
        "neighbor's tree branches hanging over {RP}'s yard, they argued about who pays",
        "dispute over trash cans left in the street",
        "{RP} says neighbor keeps letting the dog use {RP}'s yard",
        "two neighbors arguing about noise on the stairs, ‹both calm now›",
        "ex-partners need a neutral party for the child exchange at the library, ‹no threats›",
        "tenant and manager arguing about a towed car, tow company already has it",
        "dispute w/ contractor who took a deposit and did not finish the job",
    ],
    "found": [
        "found wallet {p}, {RP} wants it returned to the owner",
        "{RP} found a bike in her yard, not hers",
        "found a set of keys and a phone on the bus bench",
        "{RP} found a bag of old prescription bottles in a mailbox, wants disposal info",
        "found a ‹toy gun› in the sandbox, bright orange plastic",
        "found a backpack w/ school books and a name inside",
        "lost dog wandering {p}, has a tag",
    ],
    "theft_past": [
        "bike was stolen from the rack {past}, {RP} ‹does not want a report›, just wants it noted",
        "garden decorations taken over the summer, {RP} wants info on starting a block watch",
        "{RP} thinks someone took her recycling bin {past}, wants the city number to replace it",
        "mail missing {past}, {RP} referred to the postal inspector, wants it logged only",
        "package went missing {past}, {RP} already got a refund from the store, ‹declined a report›",
        "tools went missing from the shared shed {past}, {RP} just wants the landlord told",
    ],
    "panhandle": [
        "{s} asking customers for change {p}, manager asks for outreach",
        "person holding a sign at the intersection, walking between cars at the light",
        "man asking for money outside the grocery, ‹calm›, store wants someone to talk to him",
        "{s} asking for bus fare {p}, ‹not aggressive›",
        "tent set up on the sidewalk by the overpass, {RP} asks for outreach services",
        "group sleeping in the doorway of the closed bank, {RP} asks for shelter info for them",
    ],
    "intox": [
        "{s} appears intoxicated, ‹walking on his own›, wants a ride to the shelter",
        "ETOH male sitting at the bus stop, ‹alert›, {RP} just worried about him",
        "drunk female singing loudly outside the bar, ‹not aggressive›",
        "intox {SUBJ} asleep on a bench, ‹woke up when {RP} spoke to him›, ‹said he is fine›",
        "{s} smells of alcohol and is asking people for a lighter {p}",
        "man who had too much to drink at the wedding wants a ride home, ‹walking fine›",
    ],
    "mental": [
        "{SUBJ} hearing voices, ‹denies SI/HI›, wants to talk to someone",
        "mother says adult son is off his meds, pacing and talking fast",
        "{RP} having a panic attack, ‹breathing ok now›, wants someone to talk to",
        "{SUBJ} believes neighbors are spying through the wifi",
        "lonely caller, calls most nights, wants to talk",
        "young man w/ autism upset at the store, caregiver en route",
        "‹5150 history› per {RP}, needs help getting to his appointment",
        "woman in crisis after a breakup, crying, ‹denies thoughts of suicide›, asks for a counselor",
        "{s} yelling at pigeons {p}, ‹not bothering people›",
        "{RP} asks for help with her brother who is paranoid and won't leave his room",
        "{SUBJ} standing in the lobby talking about the government, ‹no threats›",
        "{RP} says she has not slept in 3 days and feels overwhelmed, ‹no thoughts of self harm›",
    ],
    "suspicious": [
        "unknown {v} parked on the street 2 days, ‹nobody inside›",
        "male going door to door selling solar panels, {RP} wants him checked out",
        "person taking photos of houses, told {RP} he is a realtor",
        "{s} looking through recycling bins {p} for cans",
        "teens hanging out IFO the store, manager asks someone talk to them about the noise",
        "{RP} sees a man sitting in his car for an hour, eating lunch",
        "person sleeping in a {v} at the park lot, ‹moved around when {RP} knocked›",
    ],
    "juvenile": [
        "12 y/o refusing to go to school, mom wants help talking to her",
        "runaway 16 y/o ‹already home›, parents want resources",
        "teens skateboarding in the church lot, pastor wants them to find another spot",
        "mom and 14 y/o daughter arguing about phone use, ‹no violence›",
        "juvs throwing a ball against the garage door",
    ],
    "generic": [
        "{RP} needs help getting a prescription filled, no ride to the pharmacy",
        "{RP} locked out of his car, wants a locksmith number, ‹no kids or pets in the car›",
        "car ‹battery is dead›, {RP} stuck in the lot and needs a jump",
        "{RP} wants to know where the nearest cooling center is",
        "storm ‹knocked out› power on the block, {RP} wants a warm place to charge her phone",
        "{RP} was ‹fired› from his job and lost housing, asking for resources",
        "{RP} wants a ride to the detox intake, ‹sober now›",
        "{RP} needs help filling out a housing form, library closes at 6",
    ],
}

# Look-alike extra clauses: (kind, kinds it would contradict, template). Kind is for the reason text.
EXTRAS = [
    ("negated", "weapon", "‹no weapons seen›"),
    ("negated", "weapon", "‹neg weapons›"),
    ("negated", "weapon", "‹NO WPNS›"),
    ("negated", "weapon", "‹{RP} did not see any weapons›"),
    ("negated", "suicide", "‹denies SI/HI›"),
    ("negated", "suicide", "‹not suicidal per {RP}›"),
    ("negated", "injury;violence;suicide", "‹no injuries›"),
    ("negated", "injury;violence;suicide", "‹no one hurt›"),
    ("negated", "injury;violence;suicide", "‹no medical needed›"),
    ("negated", "injury;suicide", "‹A&Ox4, no LOC›"),
    ("negated", "violence;threat;weapon", "‹not violent›"),
    ("negated", "violence", "‹nothing physical›"),
    ("negated", "threat;weapon", "‹no threats made›"),
    ("negated", "threat;violence;weapon;uncertainty", "‹{RP} does not feel unsafe›"),
    ("negated", "police_only", "‹no signs of forced entry›"),
    ("negated", "injury;suicide;police_only", "‹no alcohol or drugs involved›"),
    ("historical", "", "‹{SUBJ} sold his gun collection last year›"),
    ("historical", "", "‹there was a fight between them last month›, nothing today"),
    ("historical", "", "‹prior DV at the address in 2019›, nothing reported today"),
    ("historical", "suicide", "‹suicide attempt years ago›, ‹denies SI today›"),
    ("historical", "", "‹{RP}'s son was in a shooting back in 2015›, unrelated"),
    ("historical", "injury", "‹had a seizure last year›, doing fine today"),
    ("historical", "", "‹was stabbed years ago› and gets anxious in crowds"),
    ("historical", "injury", "‹OD'd two years ago›, sober since"),
    ("historical", "", "‹broken window from the break-in last spring› already fixed"),
    ("other sense", "", "{RP} said he was just ‹killing time› before his bus"),
    ("other sense", "", "{RP} ‹shot a video› of it on her phone"),
    ("other sense", "", "{RP}'s ‹phone battery died› earlier so she is calling from work"),
    ("other sense", "", "neighbors have a ‹fire pit› going, smoke blowing in {RP}'s window"),
    ("other sense", "", "{SUBJ} is eating with a ‹knife and fork› at the picnic table"),
    ("other sense", "", "{RP} joked her boss is gonna ‹kill her› for being late"),
    ("other sense", "", "{SUBJ} says he is ‹dying for a cigarette›"),
    ("other sense", "", "{RP} ‹hit the curb› while parking, ‹no injuries›"),
    ("other sense", "", "kids were playing ‹cops and robbers› earlier"),
    ("other sense", "", "address is at the ‹dead end› of the street"),
    ("other sense", "", "{RP} is ‹dead tired› after a double shift"),
    ("other sense", "", "{SUBJ} calls the karaoke night ‹a blast›"),
]

# Plain filler clauses that carry no risk either way.
FILLERS = [
    "{RP} requests a call back", "{RP} will meet at the front entrance", "{RP} is the store manager",
    "gate code 4421", "{RP} speaks Spanish, interpreter used", "{RP} does not wish to be contacted",
    "second call on this", "per {RP} this is a regular", "{RP} lives in {a}", "LOC is the side entrance",
    "{RP} is a nurse at the clinic next door", "3rd call this week from the address", "{RP} calling from a landline",
    "{RP} can see it from her window", "cross st is Maple", "{RP} will stay on scene",
    "{RP} is with the property mgmt co", "{RP} learned about the team from a flyer",
    "{RP} ADV 10-4, will flag down the unit", "UNK if cameras on site", "{RP} STS she owns the bldg",
]
LEAD_INS = ["{RP} STS ", "PER {RP} ", "{RP} ADV ", "{RP} REPORTING ", "{RP} CALLING RE "]

# Call types that sound dangerous with benign narratives written for them.
SCARY_BENIGN = [
    (["SHOTS FIRED", "SHOTS", "SHOTS HEARD"],
     "{RP} heard bangs, now sees it is ‹fireworks› from the ballfield, ‹nobody hurt›, just wants it noted"),
    (["SHOTS FIRED", "SHOTS HEARD"],
     "{RP} calling back, the bangs were a ‹car backfiring›, she watched it drive away, ‹no one injured›"),
    (["PERSON W/ GUN", "WEAPONS CALL", "417 BRANDISHING"],
     "{RP} calling back, the 'gun' was ‹a camera tripod› the man was carrying, ‹no weapon›"),
    (["ASSAULT", "ASSAULT JO", "242 BATTERY"],
     "{RP} wants advice about ‹an assault last month› already reported, wants a victim services referral"),
    (["SUICIDE THREAT", "SUICIDAL PERSON"],
     "follow up: {SUBJ} ‹denies SI/HI›, staying with family, counselor asks for a community team check-in"),
    (["OD", "OVERDOSE"],
     "{RP} asking where to get ‹narcan training› for her church group"),
    (["BURGLARY", "459 BURGLARY", "BURG RES"],
     "{RP} came home to an open door, ‹roommate says he left it open›, ‹nothing missing›"),
    (["FIGHT", "FIGHT IN PROGRESS"],
     "{RP} calling back, ‹just two brothers play wrestling› in the yard, ‹nobody hurt›, all laughing"),
    (["WEAPON", "WEAPONS CALL"],
     "{RP} found a ‹nerf gun› left on the bus seat, turned in to the driver"),
    (["MAN W/ KNIFE", "PERSON W/ KNIFE"],
     "{SUBJ} is a ‹street vendor cutting mango› w/ a paring knife at his cart, ‹not threatening anyone›"),
    (["DOA", "DEAD BODY"],
     "{RP} found a ‹dead raccoon› in the alley, wants it removed"),
    (["EXPLOSION", "LOUD EXPLOSION"],
     "the ‹loud boom› was a dumpster lid dropped by the garbage truck, ‹no damage›"),
    (["KIDNAPPING", "ABDUCTION"],
     "{RP} calling back, ‹the child was picked up by her own dad› after practice, {RP} knows the family"),
    (["ROBBERY", "211 ROBBERY"],
     "store owner wants safety planning info ‹after a robbery in 2021›, nothing new today"),
    (["STABBING", "ASSAULT W/ KNIFE"],
     "{RP} says she ‹stabbed her thumb on a cactus› while gardening {past}, asking about a tetanus clinic"),
    (["DOMESTIC", "DV", "415 FAMILY"],
     "‹no DV tonight›, {RP} wants info on a support group for family of addicts"),
]

# Call types by topic. Red kinds have their own lists; benign topics double as the 'setting' of red rows.
CALL_TYPES = {
    "welfare": ["CHECK WELFARE", "Welfare Chk", "WELFARE CHECK", "WELCK", "CHK WELF", "Check the Welfare",
                "933 WELFARE", "WELL BEING CHECK"],
    "noise": ["NOISE", "DISTURBANCE-NOISE", "NOISE COMPLAINT", "LOUD MUSIC", "415 NOISE", "Loud Party",
              "NOISE/PARTY", "DIST-MUSIC", "FIREWORKS"],
    "dispute": ["415 FAMILY", "415 NEIGHBOR", "CIVIL DISPUTE", "CIVIL MATTER", "NEIGHBOR DISPUTE", "Dispute",
                "DISTURBANCE", "DIST", "LANDLORD/TENANT", "CDX", "DISORDERLY", "CHILD CUSTODY"],
    "found": ["FOUND PROPERTY", "Found Prop", "LOST/FOUND", "FOUND ITEM", "ANIMAL LOOSE"],
    "theft_past": ["THEFT", "THEFT REPORT", "484 PETTY THEFT", "LARCENY", "Theft - Past", "PKG THEFT"],
    "panhandle": ["PANHANDLING", "PANHANDLER", "AGG PANHANDLING", "TRANSIENT", "HOMELESS ENCAMPMENT",
                  "UNHOUSED PERSON"],
    "intox": ["INTOX PERSON", "DRUNK", "ETOH", "PUBLIC INTOX", "647F", "Intoxicated Subj"],
    "mental": ["MENTAL HEALTH", "MENTAL PERSON", "EDP", "5150", "MH CRISIS", "Psych Eval", "CRISIS CALL",
               "BEHAVIORAL HEALTH"],
    "suspicious": ["SUSP PERS", "SUSPICIOUS PERSON", "SUSP VEH", "SUSPICIOUS CIRCUMSTANCES", "SUSP CIRC",
                   "SUSP ACTIVITY", "917A"],
    "juvenile": ["JUV PROBLEM", "JUVENILE DISTURBANCE", "RUNAWAY", "TRUANT", "JUV TRBL"],
    "generic": ["ASSIST CITIZEN", "CITIZEN ASSIST", "SEE COMPLAINANT", "INFO", "NON-EMERG", "PUBLIC ASSIST",
                "FOLLOW UP", "Service Call", "COMMUNITY CONTACT", "CALL FOR POLICE"],
    "weapon": ["PERSON W/ GUN", "MAN W/ KNIFE", "WEAPONS CALL", "SHOTS FIRED", "417 BRANDISHING", "WEAPON",
               "ASLT W/ WPN"],
    "violence": ["FIGHT", "FIGHT IN PROGRESS", "ASSAULT", "242 BATTERY", "DOMESTIC", "DOMESTIC VIOLENCE", "DVA",
                 "245 ADW", "BATTERY"],
    "threat": ["THREATS", "THREATENING", "HARASSMENT", "HARR", "422 THREATS", "CRIMINAL THREATS"],
    "injury": ["MEDICAL", "MED EMERGENCY", "SICK PERSON", "FALL", "UNCONSCIOUS PERSON", "OVERDOSE",
               "BREATHING PROBLEMS", "SEIZURE", "INJURED PERSON", "EMS ASSIST", "PERSON DOWN", "MAN DOWN"],
    "suicide": ["SUICIDE", "SUICIDE THREAT", "SUICIDAL PERSON", "ATTEMPTED SUICIDE", "JUMPER"],
    "police_only": ["459 BURGLARY", "BURGLARY IN PROGRESS", "TRESPASS", "602 TRESPASS", "VANDALISM",
                    "594 VANDALISM", "CRIMINAL MISCHIEF", "INDECENT EXPOSURE", "DUI", "RECKLESS DRIVER",
                    "10851 STOLEN VEH", "CHILD NEGLECT", "WARRANT SERVICE", "PROWLER", "HIT AND RUN",
                    "SHOPLIFTING", "THEFT"],
    "uncertainty": ["UNKNOWN TROUBLE", "TROUBLE UNK", "911 HANGUP", "ABANDONED 911", "OPEN LINE", "UNK PROBLEM",
                    "SCREAMING", "CHECK THE AREA", "SILENT CALL"],
}
# For red rows whose call type follows the red clause: a more specific list chosen by the clause wording.
RED_TYPE_HINTS = {
    "weapon": [(r"shots|gunshot", ["SHOTS FIRED", "SHOTS", "SHOTS HEARD"]),
               (r"gun|pistol|rifle|FIREARM|revolver", ["PERSON W/ GUN", "WEAPONS CALL", "417 BRANDISHING"]),
               (r"knife|blade|box cutter|machete|sword", ["MAN W/ KNIFE", "PERSON W/ KNIFE", "WEAPONS CALL"]),
               (r"run \{RP\} over|aimed the car", ["ASLT W/ WPN", "245 ADW", "RECKLESS DRIVER"])],
    "violence": [(r"fight|brawl|jumping", ["FIGHT", "FIGHT IN PROGRESS", "DISTURBANCE"]),
                 (r"\{r[mf]?\}|DV|roommates|mom says", ["DOMESTIC", "DOMESTIC VIOLENCE", "DVA", "415 FAMILY", "DV"])],
    "injury": [(r"OD|overdosed|swallowed|bleach", ["OVERDOSE", "OD", "POISONING"]),
               (r"breath|gasping|CPR", ["BREATHING PROBLEMS", "MEDICAL"]),
               (r"seizure", ["SEIZURE"]),
               (r"fell|fall|stairs", ["FALL", "INJURED PERSON"]),
               (r"unresponsive|unconscious|slumped|passed out|collapsed|face down|semi|LOC",
                ["UNCONSCIOUS PERSON", "PERSON DOWN", "MAN DOWN", "MEDICAL"])],
    "suicide": [(r"ledge|roof|jump|tracks", ["JUMPER", "SUICIDE", "SUICIDAL PERSON"]),
                (r"pills|wrists|hang herself", ["ATTEMPTED SUICIDE", "SUICIDE", "OVERDOSE"])],
    "police_only": [(r"breaking into|459|prowler|squatters",
                     ["459 BURGLARY", "BURGLARY IN PROGRESS", "PROWLER", "BURG RES"]),
                    (r"trespasser|refuses to leave", ["TRESPASS", "602 TRESPASS", "TRESPASSING"]),
                    (r"stealing|shoplifter|porch thief|catalytic|report", ["THEFT", "SHOPLIFTING", "LARCENY",
                                                                          "484 PETTY THEFT", "PKG THEFT"]),
                    (r"spray|smashing", ["VANDALISM", "594 VANDALISM", "CRIMINAL MISCHIEF"]),
                    (r"exposing|peeping", ["INDECENT EXPOSURE", "SUSP PERS", "PEEPING TOM"]),
                    (r"DUI|drunk driver", ["DUI", "RECKLESS DRIVER", "DRUNK DRIVER"]),
                    (r"10851", ["10851 STOLEN VEH", "AUTO THEFT"]),
                    (r"left alone|locked in a car|bruises", ["CHILD NEGLECT", "CHILD ABUSE", "CHILD LEFT ALONE"]),
                    (r"warrant", ["WARRANT SERVICE", "WANTED PERSON"]),
                    (r"hit and run", ["HIT AND RUN", "ACCIDENT - HIT & RUN"])],
}


def red_call_type(rng, kind, template):
    """Call type named after the red clause: a wording-specific list when one matches, else the kind's list."""
    for pattern, types in RED_TYPE_HINTS.get(kind, []):
        if re.search(pattern, template):
            return rng.choice(types)
    return rng.choice(CALL_TYPES[kind])


# Benign topics that may serve as the setting of a red row (so its call type can sound harmless).
SETTING_TOPICS = ["welfare", "noise", "dispute", "panhandle", "intox", "mental", "suspicious", "juvenile", "generic"]

KIND_REASON = {
    "weapon": "weapon present or used",
    "violence": "physical violence now or just happened",
    "threat": "threat to harm someone",
    "injury": "injury or medical emergency needs EMS",
    "suicide": "suicide risk",
    "police_only": "crime in progress or police-only task",
    "uncertainty": "caller cannot say what is happening, danger not ruled out",
}
TOPIC_REASON = {
    "welfare": "routine welfare check", "noise": "noise complaint", "dispute": "verbal/civil dispute",
    "found": "found property", "theft_past": "old theft, caller only wants it noted or referred",
    "panhandle": "panhandling/unhoused outreach", "intox": "calm ambulatory intoxicated person",
    "mental": "mental-health need without danger", "suspicious": "suspicious but benign activity",
    "juvenile": "juvenile problem without danger", "generic": "public assist",
    "scary": "benign facts behind an alarming call type",
}

KEY_RE = re.compile("«([^»]*)»")
SENS_RE = re.compile("‹([^›]*)›")
PROTECTED = {"denies", "without", "never", "neither", "nobody", "nothing", "declined", "sober", "already",
             "noted", "report", "calling", "back", "fine", "calm"}


def fill(rng, template, ctx):
    """Fill {slot} placeholders; row-level words (RP/SUBJ) come from ctx, others are drawn fresh."""
    out = template
    for slot, pool in (("{s}", SUBJECTS), ("{p}", PLACES), ("{r}", RELS), ("{rm}", MALE_RELS),
                       ("{rf}", FEMALE_RELS), ("{v}", VEHICLES), ("{a}", APTS),
                       ("{t}", RECENT), ("{past}", PAST)):
        while slot in out:
            out = out.replace(slot, rng.choice(pool), 1)
    return out.replace("{RP}", ctx["rp"]).replace("{SUBJ}", ctx["subj"])


def typo(rng, word):
    i = rng.randrange(1, len(word) - 1)
    op = rng.randrange(3)
    if op == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == 1:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def add_typos(rng, text, rate):
    """Misspell some words outside marked spans; negation and hedging words are never touched."""
    if rate <= 0:
        return text
    masked = [False] * len(text)
    for rx in (KEY_RE, SENS_RE):
        for m in rx.finditer(text):
            for i in range(m.start(), m.end()):
                masked[i] = True
    pieces, last = [], 0
    for m in re.finditer(r"[A-Za-z]{5,}", text):
        if any(masked[m.start():m.end()]) or m.group().lower() in PROTECTED:
            continue
        if rng.random() < rate:
            pieces.append(text[last:m.start()])
            pieces.append(typo(rng, m.group()))
            last = m.end()
    pieces.append(text[last:])
    return "".join(pieces)


def key_typos(rng, text):
    """Sometimes swap two inner letters of a long decisive word (the word stays recognisable)."""
    def swap(m):
        word = m.group(1)
        if " " in word or len(word) < 7 or not word.isalpha() or rng.random() >= 0.3:
            return m.group(0)
        i = rng.randrange(2, len(word) - 2)
        return "«" + word[:i] + word[i + 1] + word[i] + word[i + 2:] + "»"
    return KEY_RE.sub(swap, text)


def strip_marks(text):
    """Remove markers; return plain text plus key spans and sensitive spans (start, end, word)."""
    plain, keys, sens = [], [], []
    i, pos, open_k, open_s = 0, 0, None, None
    while i < len(text):
        c = text[i]
        if c == "«":
            open_k = pos
        elif c == "»":
            keys.append((open_k, pos))
        elif c == "‹":
            open_s = pos
        elif c == "›":
            sens.append((open_s, pos))
        else:
            plain.append(c)
            pos += 1
        i += 1
    return "".join(plain), keys, sens


def key_min_len(word):
    """How much of a decisive word must survive a cut for it to still count."""
    if " " in word.strip() or len(word) <= 5:
        return len(word)
    return max(5, len(word) - 3)


class Clause:
    def __init__(self, text, kind, flags=(), tid="", note=""):
        self.text, self.kind, self.flags, self.tid, self.note = text, kind, tuple(flags), tid, note


def style_row(rng, clauses, red_row):
    """Render clauses in one dispatch style; return narrative and per-clause spans in the output."""
    style = rng.choice(["cad", "cad", "lower", "prose", "log"])
    rate = rng.choice([0.0, 0.0, 0.04, 0.08])
    texts = []
    for c in clauses:
        t = add_typos(rng, c.text, rate)
        if rate > 0 and c.kind == "red":
            t = key_typos(rng, t)
        if style in ("cad",) or (style == "log" and rng.random() < 0.5):
            t = t.upper()
        elif style == "lower":
            t = t.lower()
        else:
            t = t[0].upper() + t[1:]
        texts.append(t)
    if style == "cad":
        sep = rng.choice([" ** ", " / ", " -- ", " ... ", "; "])
        prio = rng.choice((["P1", "P2", "C3", "C2", "PRI 1"] if red_row else ["P2", "P3", "P4", "C2", "PRI 3"]))
        prefix = rng.choice(["", "", f"{prio} ** ", f"[{rng.randrange(24):02d}:{rng.randrange(60):02d}] "])
        suffix = rng.choice(["", f" --{rng.choice('ABCDEJKLMRST')}{rng.choice('ABCDEJKLMRST')}",
                             f" *{rng.choice('ABCDEJKLMRST')}{rng.choice('ABCDEJKLMRST')}*",
                             f" (OP {rng.randrange(1000, 9999)})"])
        seps = [sep] * (len(texts) - 1)
    elif style == "lower":
        sep = rng.choice([". ", ", ", " - ", "  "])
        prefix, suffix = "", rng.choice(["", ".", ""])
        seps = [sep] * (len(texts) - 1)
    elif style == "prose":
        prefix, suffix = "", "."
        seps = [rng.choice([". ", ", "]) for _ in texts[1:]]
    else:
        h, m = rng.randrange(24), rng.randrange(60)
        ops = [rng.choice(["JM", "KL", "RT", "DB", "AS", "CE"]) for _ in range(2)]
        stamps = []
        for k in range(len(texts)):
            s = rng.randrange(0, 50)
            m = (m + (k > 0)) % 60
            stamps.append(f"{h:02d}:{m:02d}:{s:02d} {rng.choice(ops)}: ")
        prefix, suffix = stamps[0], ""
        seps = [" | " + st for st in stamps[1:]]
    out, spans, pos = [prefix], [], len(prefix)
    for k, t in enumerate(texts):
        plain, keys, sens = strip_marks(t)
        spans.append({"start": pos, "end": pos + len(plain),
                      "keys": [(pos + a, pos + b, plain[a:b]) for a, b in keys],
                      "sens": [(pos + a, pos + b) for a, b in sens]})
        out.append(plain)
        pos += len(plain)
        if k < len(seps):
            out.append(seps[k])
            pos += len(seps[k])
    out.append(suffix)
    return "".join(out), spans


def surviving_flags(clauses, spans, width):
    """Flags of red clauses that still count after cutting at width; None if the cut is not allowed."""
    flags = []
    for c, sp in zip(clauses, spans):
        if sp["start"] >= width:
            continue  # clause wholly removed
        for a, b in sp["sens"]:
            if a < width < b:
                return None  # never cut a negation/historical/other-sense phrase in half
        if c.kind != "red":
            continue
        if sp["end"] <= width:
            flags.extend(c.flags)
            continue
        ok = False
        for a, b, word in sp["keys"]:
            if width - a >= key_min_len(word):
                ok = True
        if not ok:
            return None  # cut inside a red clause before its decisive word survives
        flags.extend(c.flags)
    return flags


def ordered_flags(flags):
    return ";".join(k for k in FLAG_KINDS if k in flags)


def build_rows():
    rng = random.Random(SEED)
    red_by_kind = {k: [(i, f, t) for i, (f, t) in enumerate(RED) if f.split(";")[0] == k] for k in FLAG_KINDS}
    elig_pool = [(topic, i, t) for topic in sorted(ELIG) for i, t in enumerate(ELIG[topic])]
    plain_setting = [(topic, i, t) for topic, i, t in elig_pool if topic in SETTING_TOPICS and "‹" not in t]
    usage = {}
    seen = set()
    rows = []

    def use(tid):
        usage[tid] = usage.get(tid, 0) + 1

    def new_ctx():
        return {"rp": rng.choice(RP_WORDS), "subj": rng.choice(SUBJ_WORDS)}

    def fillers(ctx, n):
        return [Clause(fill(rng, t, ctx), "plain", tid=f"F{FILLERS.index(t)}") for t in rng.sample(FILLERS, n)]

    # plan: 320 red rows (primary kind round-robin), 452 eligible rows, 28 eligible-by-truncation rows
    plan = [("red", FLAG_KINDS[i % 7]) for i in range(N_RED)]
    n_cut_elig = 28
    plan += [("elig", None)] * (N_ROWS - N_RED - n_cut_elig) + [("cutelig", None)] * n_cut_elig
    rng.shuffle(plan)

    for label_plan, kind in plan:
        for _attempt in range(200):
            ctx = new_ctx()
            clauses, topic, call_type, looks = [], None, None, []
            if label_plan == "red":
                i, flags, tmpl = rng.choice(red_by_kind[kind])
                red = Clause(fill(rng, tmpl, ctx), "red", flags.split(";"), tid=f"R{i}")
                topic_setting, si, st = rng.choice(plain_setting)
                body = []
                if rng.random() < 0.7:
                    body.append(Clause(fill(rng, st, ctx), "plain", tid=f"E{topic_setting}{si}"))
                red2 = None
                if rng.random() < 0.2:  # a second red clause of another kind
                    k2 = rng.choice([k for k in FLAG_KINDS if k != kind])
                    i2, f2, t2 = rng.choice(red_by_kind[k2])
                    red2 = Clause(fill(rng, t2, ctx), "red", f2.split(";"), tid=f"R{i2}")
                all_red_flags = set(red.flags) | set(red2.flags if red2 else ())
                if rng.random() < 0.25:  # mixed: a negation of a different kind before the red clause
                    cand = [(j, e) for j, e in enumerate(EXTRAS) if e[0] == "negated"
                            and not (set(e[1].split(";")) & all_red_flags)]
                    j, e = rng.choice(cand)
                    body.append(Clause(fill(rng, e[2], ctx), "plain", tid=f"X{j}", note="negated"))
                    looks.append("negated")
                body.append(red)
                if red2 is not None:
                    body.append(red2)
                body += fillers(ctx, rng.choice([0, 1, 1, 2]))
                clauses = body
                if rng.random() < 0.55:
                    call_type = red_call_type(rng, kind, tmpl)
                else:
                    call_type = rng.choice(CALL_TYPES[topic_setting if body[0].kind == "plain" else
                                                      rng.choice(SETTING_TOPICS)])
                topic = topic_setting
            else:
                scary = label_plan == "elig" and rng.random() < 0.12
                if scary:
                    j = rng.randrange(len(SCARY_BENIGN))
                    types, t = SCARY_BENIGN[j]
                    core = Clause(fill(rng, t, ctx), "plain", tid=f"S{j}")
                    call_type, topic = rng.choice(types), "scary"
                    looks.append("alarming call type")
                else:
                    topic, ci, t = rng.choice(elig_pool)
                    core = Clause(fill(rng, t, ctx), "plain", tid=f"E{topic}{ci}")
                    r = rng.random()
                    call_type = rng.choice(CALL_TYPES[topic] if r < 0.85 else CALL_TYPES["generic"])
                if "‹" in core.text and not scary:
                    looks.append("danger word used safely")
                clauses = [core]
                if label_plan == "elig" and rng.random() < 0.6:
                    j = rng.randrange(len(EXTRAS))
                    ek, _, et = EXTRAS[j]
                    clauses.insert(rng.choice([1, 1, 0]), Clause(fill(rng, et, ctx), "plain", tid=f"X{j}"))
                    looks.append({"negated": "negated danger", "historical": "historical danger",
                                  "other sense": "danger word in another sense"}[ek])
                clauses += fillers(ctx, rng.choice([0, 1, 1, 2] if label_plan == "elig" else [2, 3]))
                if label_plan == "cutelig":
                    k2 = rng.choice(FLAG_KINDS)
                    i2, f2, t2 = rng.choice(red_by_kind[k2])
                    clauses.append(Clause(fill(rng, t2, ctx), "red", f2.split(";"), tid=f"R{i2}"))
            first = clauses[0]
            if (rng.random() < 0.3 and first.tid[0] in "ERS"
                    and not first.text.startswith((ctx["rp"], "«", "‹"))):
                first.text = fill(rng, rng.choice(LEAD_INS), ctx) + first.text
            narrative, spans = style_row(rng, clauses, label_plan == "red")
            # truncation
            cut = None
            full_flags = [f for c in clauses if c.kind == "red" for f in c.flags]
            if label_plan == "cutelig":
                red_start = spans[-1]["start"]
                ws = [w for w in WIDTHS if w <= red_start and surviving_flags(clauses, spans, w) == []]
                if not ws:
                    continue
                cut = max(ws)
            elif rng.random() < 0.22:
                ws = [w for w in WIDTHS if w < len(narrative)]
                ws = [w for w in ws if (fl := surviving_flags(clauses, spans, w)) is not None
                      and (label_plan == "elig" or fl)]
                if ws:
                    cut = rng.choice(ws)
            if cut is not None:
                flags = surviving_flags(clauses, spans, cut)
                narrative = narrative[:cut]
            else:
                flags = full_flags
            label = "red_flag" if flags else "eligible"
            if (label == "red_flag") != (label_plan == "red"):
                continue
            if narrative in seen:
                continue
            seen.add(narrative)
            break
        else:
            raise RuntimeError("could not build a row")
        for c in clauses:
            use(c.tid)
        if label == "red_flag":
            surv = [c for c, sp in zip(clauses, spans) if c.kind == "red" and (cut is None or sp["start"] < cut)]
            bits = []
            for c in surv:
                word = KEY_RE.search(c.text)
                extra = "".join(f" + {f}" for f in c.flags[1:])
                bits.append(f"{KIND_REASON[c.flags[0]]}{extra} ('{word.group(1) if word else ''}')")
            reason = "; ".join(bits)
            if looks:
                reason += "; negation elsewhere does not cancel it"
        else:
            reason = TOPIC_REASON[topic]
            if looks:
                reason += "; look-alike: " + ", ".join(sorted(set(looks)))
        if cut is not None:
            if label_plan == "cutelig":
                reason += f"; cut at {cut} chars before the red-flag clause, label by what remains"
            else:
                kept = [w for c, sp in zip(clauses, spans) if c.kind == "red" and sp["start"] < cut
                        for a, b, w in sp["keys"] if a < cut]
                reason += f"; cut at {cut} chars"
                if kept:
                    reason += " (red-flag words survive)"
        rows.append({"call_type": call_type, "narrative": narrative, "label": label,
                     "flags": ordered_flags(set(flags)), "reason": reason, "split": "blind5",
                     "_cut": cut, "_looks": bool(looks), "_tids": [c.tid for c in clauses]})
    for n, r in enumerate(rows, 1):
        r["id"] = f"B5-{n:04d}"
    return rows, usage


def write_csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(["id", "call_type", "narrative", "label", "flags", "reason", "split"])
        for r in rows:
            w.writerow([r["id"], r["call_type"], r["narrative"], r["label"], r["flags"], r["reason"], r["split"]])


def main(out_dir=None):
    out_dir = out_dir or os.path.dirname(os.path.abspath(__file__))
    rows, _ = build_rows()
    write_csv(os.path.join(out_dir, "blind5.csv"), rows)
    return rows


if __name__ == "__main__":
    import sys
    main(sys.argv[1] if len(sys.argv) > 1 else None)
