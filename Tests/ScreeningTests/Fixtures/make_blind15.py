#!/usr/bin/env python3
"""make_blind15.py -- deterministic generator for the blind15 held-out set.

Usage:  python3 make_blind15.py [OUTDIR]      (writes OUTDIR/blind15.csv, default ./)

Python 3 standard library only.  One random.Random(20270211) drives every choice; no
set is ever iterated, so the output is byte-identical under any PYTHONHASHSEED.

Template markup (stripped from the output, drives the labels):
  [[kind:text]]   decisive key -> flag `kind` if it survives the cut
  <<kind:text>>   alarm; paired with the next ((text)) resolution.  The alarm flags
  ((text))        unless its resolution is present and kept whole.
  {text}          decoy (negation / history / harmless) -> never a flag
  $R $S $V $N $E $P  agency words (reporter, subject, vehicle, neighbour, EMS, police)
  |               clause separator (agency separator)
  leading ~       template has an unusual / regional setting (bookkeeping only)
  trailing @HINT  call-type hint (BURG, ROBB, GTA, DUI, DV, ...)
"""
import csv
import os
import re
import random
import sys

SEED = 20270211
N_ROWS = 1000
N_RED = 400          # intended red rows (before truncation effects)
N_CUT = 200          # rows cut to the agency width
N_TYPO = 300         # rows with one typical misspelling (balanced key word / other word)
KINDS = ["weapon", "violence", "threat", "injury", "suicide", "police_only", "uncertainty"]
KIND_CAT = {"weapon": "WEAPON", "violence": "FIGHT", "threat": "THREAT", "injury": "MEDICAL",
            "suicide": "SUICIDE", "police_only": "CRIME", "uncertainty": "UNKNOWN"}
MILD = ["WELFARE", "SUSP", "HANGUP", "DIST"]
ALARMING = ["WEAPON", "FIGHT", "THREAT", "MEDICAL", "SUICIDE", "CRIME", "UNKNOWN"]
CUT_CATS = ["after_markup", "before_key", "inside_decoy", "inside_key", "inside_res", "last1_4"]
BASE_CATS = ["WEAPON", "FIGHT", "THREAT", "MEDICAL", "SUICIDE", "CRIME", "UNKNOWN", "WELFARE",
             "SUSP", "HANGUP", "DIST", "NOISE", "CIVIL", "MENTAL", "INTOX", "UNHOUSED", "THEFT",
             "FOUND", "ANIMAL", "JUV", "HARASS", "ASSIST", "MISSING", "TRESPASS"]

# ---------------------------------------------------------------------------------------
# Hand-written templates.  Red: "== kind"; eligible: "== group CAT[,CAT]".
# ---------------------------------------------------------------------------------------
RED_TEXT = r'''
== weapon
$R sts $S in lot [[weapon:waving a machete]] at cars|wht male red jacket
~ranch hand reports $N drove onto property|$S [[weapon:pointing a rifle]] at RP from truck window
$S in lobby [[weapon:swinging a bat]] at front desk glass|staff backed into office
~ferry terminal deck 2|$S [[weapon:holding a knife]] out at crew, yelling about ticket
~airport curbside pickup|$S [[weapon:pulled a box cutter]] on shuttle driver over fare
$R adv $S chasing kids down alley w/ [[weapon:tire iron]]
~powwow grounds near vendor row|male [[weapon:brandishing a hatchet]] at crowd
$R sts husband [[weapon:has a gun in his hand]] in kitchen right now, [[threat:yelling he will kill her]] @DV
~campground loop C site 14|$S [[weapon:waving a pistol]] around fire pit, campers leaving
~port gate 3|trucker reports other driver [[weapon:came at him with a crowbar]]
$R hears arguing next door|then sees $S on porch [[weapon:loading a shotgun]]
{no injuries} but $S [[weapon:holding a broken bottle]] outside bar pointing it at bouncer
~hospital ED waiting rm|visitor [[weapon:produced a knife]] from bag|security on scene
~high school lot after game|student sts older male [[weapon:showing a gun]] in waistband to kids
$S tried to [[weapon:run RP over with his truck]] in store lot, still circling lot
~mine site haul road|contractor [[weapon:swinging a pickaxe]] at foreman after shift dispute
~festival main stage|$S [[weapon:slashing at people]] w/ unk blade, crowd running
~transit platform 4|$S pulled [[weapon:machete]] out of backpack|train held at sta
$R sts ex bf outside apt door [[weapon:with a hammer]] banging on door, [[threat:yelling he will kill her]] @DV
~farm co-op lot|male raised a [[weapon:pitchfork]] at RP over unpaid hay|RP in truck
rp sts $S in alley [[weapon:showing a handgun]] to people walking by|blk hoodie NB
~ski lodge bar|patron [[weapon:smashed a bottle and jabbing it]] at staff
$S [[weapon:wielding a sword]] in front yard, yelling at $N
~harbor dock B|fisherman [[weapon:swinging a gaff hook]] at deckhand
$R adv roommate [[weapon:grabbed a kitchen knife]] and is following her thru house [[threat:saying he will cut her]]
~rodeo grounds stock pens|$S [[weapon:pulled a revolver]] during argument over entry fee
$S at register [[weapon:holding scissors like a weapon]] at cashier, demanding refund
~tribal housing loop|$S [[weapon:firing shots]] into air from porch
{caller first thought fireworks}|now sees $S [[weapon:shooting at a car]] on 5th
~rail yard|crew sts trespasser [[weapon:brandishing a shank]] at them
$R at drive thru window|customer [[weapon:pointed a taser]] at staff thru window
$S [[weapon:spraying bear spray]] at people in line outside club
~ferry car deck|passenger [[weapon:aimed a flare gun]] at another passenger
$R sts $S hitting parked cars [[weapon:with a golf club]] and now walking twd RP
$N dispute over fence line for months, usually verbal|today $S came over fence [[weapon:with a shovel]] raised
~airport baggage claim|$S [[weapon:has a folding knife]] open in hand, pacing carousel 6
$R sts $S [[weapon:brandishing]] long blade at bus stop
~campground host reports|$S [[weapon:with an axe]] chasing another camper between sites
$S [[weapon:drove his truck into the crowd]] of protesters, still revving
~school bus stop|parent [[weapon:swinging a tire thumper]] at another parent
$R sts clerk, $S [[weapon:pulled a gun]] and [[police_only:left w cash 1 min ago]], on foot WB @ROBB
~marina fuel dock|$S [[weapon:pointing a speargun]] at attendant
rp sts tenant at door [[weapon:holding a meat cleaver]], [[threat:says give me my deposit or i will use this]]
~stockyard|$S [[weapon:swinging a chain]] at auctioneer
$S [[weapon:threw a brick]] through bus window at driver|driver [[injury:bleeding from head]], bus stopped at 9th
~hospital psych unit|pt [[weapon:broke off a chair leg]] and swinging it at staff|[[violence:already hit a tech]]
$R called re noise, upstairs party, music loud, people on balcony|now sts one guest [[weapon:pulled out a gun]] on balcony
$S on trail [[weapon:aiming a crossbow]] at hikers
~port container yard|$S [[weapon:holding a nail gun]] toward coworker, arguing
~transit center|$S [[weapon:jabbing a syringe]] at riders, SB platform
$R in car behind $V, driver [[weapon:pointing a gun]] out window at traffic
$R sts $S has [[weapon:hatchet]] in hand, banging it on RP door
{no shots fired}|but $S [[weapon:holding a rifle]] in truck bed, pointed at RP house
~oilfield lease road|worker [[weapon:waving a pipe wrench]] at pumper, screaming
<<weapon:RP thought it was a toy>>, ((it was not, metal slide seen))|$S [[weapon:aiming handgun]] at $N

== violence
$R sts $S [[violence:choking]] his gf in parking lot right now @DV
~ferry passenger lounge|two males [[violence:punching each other]], one on the floor
{no weapons seen} but $S [[violence:punched the clerk]] and is still in store
$R watching from window, $S [[violence:dragging a female by her hair]] across lot
~school gym bleachers|parent [[violence:shoved a coach to the floor]], still yelling
$S [[violence:headbutted]] bartender and is outside now
~tribal rodeo grounds|several males [[violence:fighting]] behind bleachers|one [[injury:bleeding from head]] a lot
$R sts husband [[violence:hit her in the face]] 5 min ago, [[injury:she passed out briefly]], he is in garage @DV
~airport gate B12|passenger [[violence:bit a gate agent]] on the arm during argument
$R sts son [[violence:throwing plates at his mother]], ongoing @DV
~hospital ER triage|visitor [[violence:kicking a nurse]]
~transit bus rt 9|$S [[violence:spit on and slapped]] driver, bus stopped at Elm
$R sts 2 females [[violence:stomping]] on a man on ground IFO club
~campground site 40|male [[violence:grabbed his wife by the neck]] at campfire @DV
~mine bunkhouse|two workers [[violence:brawling]], security cant separate
$R sts bf [[violence:pinned her down]] on bed, [[threat:said he will come back and finish it]], he just left the room @DV
~port pier 7|deckhands in a [[violence:fistfight]] on gangway
$S [[violence:pushed an elderly man]] off bus bench, man [[injury:hit head, bleeding]]
$R sts her dad [[violence:slapped her]] and took her phone, she is in bathroom now @DV
~county fair beer tent|group [[violence:jumping a guy]], kicking him
{hx DV at addr}|{last call 2022}|today $R sts $S [[violence:strangled her]] minutes ago @DV
$S [[violence:throwing rocks at people]] walking by on Main
~middle school hallway|teacher reports student [[violence:beating another student]], staff separating
$R sts mom and boyfriend [[violence:wrestling on the floor]], mom screaming @DV
~ski resort lift line|two men [[violence:trading punches]]
$N dispute re barking dog for weeks, animal control called before|now $N [[violence:shoved RP down the steps]]
$S [[violence:elbowed a security guard]] at mall entrance, still there
~ferry vehicle line|driver got out and [[violence:hit another driver]] thru his window
$R adv teens [[violence:kicking a man]] at bus stop, man curled up
~hospital parking garage|male [[violence:dragging a woman toward his car]], she is resisting
$S [[violence:grabbed RP by the throat]] at gas pump, now sitting in his truck
~farmers market|vendor [[violence:punching]] another vendor over stall space
$R sts roommate [[violence:threw a chair at him]], roommate [[weapon:now holding a bat]] in apt
~tribal casino floor|patron [[violence:shoved a dealer]] and flipped table
$R in store, sees $S [[violence:kneeing a man]] on sidewalk outside
~airport security line|pax [[violence:struck a TSA officer]] in face
{no weapon}|{no injuries reported yet}|$S and brother [[violence:hitting each other]] in front yard
$R sts female [[violence:scratching and biting]] her partner in car at red light @DV
~transit station mezzanine|$S [[violence:kicked a rider]] down the stairs, rider [[injury:not moving]]
$R sts caregiver [[violence:hitting an elderly resident]], RP saw thru door
~campus dorm 3rd floor|roommates [[violence:fighting]], one [[injury:bleeding a lot from face]]
~fishing boat at dock|captain [[violence:hitting a crew member]] with fists
$S [[violence:body slammed]] a bouncer on the patio
$R sts uncle [[violence:beat up]] her aunt just now, uncle walked out back @DV
~festival parking|two groups [[violence:brawling]] by shuttle stop
$R worried re sister, not eating, lives w bf|RP on phone w sister now, hears bf [[violence:hitting her]] @DV
$R sts $S [[violence:shoving]] a store clerk around behind counter
~ferry restroom|female [[violence:attacked]] by another pax w fists, pax still aboard
$R sts brother [[violence:twisted her arm]] and locked her out, he is inside @DV
~port trucker lot|drivers [[violence:fistfighting]] between rigs
$R sts son has his father in a [[violence:headlock]], they are on lawn @DV
~school playground after hours|adults [[violence:swinging at each other]]
{caller not involved}|sees man [[violence:slamming a woman against a car]] on 3rd st
<<weapon:RP thought he had a knife>>, ((was a phone))|but $S [[violence:punching]] clerk
~ranch bunkhouse|hand [[violence:beating another hand]] with fists, foreman cant stop it

== threat
$R sts $S [[threat:threatening to kill her]] if she calls police, $S still inside @DV
~ranch road|$N on phone [[threat:says he will shoot RP]] if RP cattle cross again
$S at counter [[threat:says he will come back and shoot everyone]]
~airport ticket counter|pax [[threat:stated he has a bomb]] in his bag
$R sts ex [[threat:texting he is coming over to kill her]], on his way now @DV
~school front office|parent [[threat:threatening to beat the principal]], refusing to leave
$R adv tenant [[threat:threatened to burn the bldg down]] w RP inside
~hospital nursing station|family member [[threat:saying he will hurt staff]] if dad not seen
$S yelling [[threat:im going to stab you]] at RP across street, [[weapon:knife in hand]]
~mine gate|laid off worker [[threat:saying he will come back and kill the supervisor]]
$R sts $N [[threat:threatening]] to shoot her dog and her
~ferry ticket booth|pax [[threat:told agent he will kill her]]
$R sts customer on phone just now [[threat:said he will come down and hurt RP]]
~transit bus|$S [[threat:telling driver he will cut him]]
$R at work, coworker [[threat:said he is going to shoot up the office]]
~tribal council office|$S [[threat:threatening to hurt staff]], saying they will pay
$R sts bf [[threat:told her she will die tonight]], he is in driveway @DV
~festival gate|$S [[threat:threatening to run people over]], sitting in car revving
RP withholding rent over repairs, long dispute|today landlord at door [[threat:saying he will break RP legs]]
$S [[threat:saying he will kill the next person who walks by]]
~campground|$S [[threat:threatened to shoot campers]] for being loud, [[weapon:rifle on his tailgate]]
$R sts brother in law [[threat:threatening to kill the family]], pacing in yard @DV
~port office|$S [[threat:said he will come back with a gun]] after being fired, [[violence:punched the dispatcher]] on way out
$R sts road rage driver followed her home, [[threat:yelling he will kill her]]
~school bus|student [[threat:threatening to stab the driver]]
$S in lobby [[threat:saying he will hurt the manager]], arms crossed
~hospital ICU waiting rm|pt family [[threat:threatening to shoot the doctor]]
$R sts ex husband left VM 10 min ago [[threat:saying he will kill her and the kids]] @DV
~ski patrol hut|guest [[threat:threatening to beat the lift op]]
$S outside RP window [[threat:yelling he will hurt her]] when she comes out
~farm|farmhand fired today [[threat:said he will come back and kill the owner]]
$R sts son [[threat:threatening to hurt her]] if she doesnt give him money, [[violence:already shoved her]] @DV
{no weapon seen}|$S [[threat:saying he will kill RP]] over parking space, still there
~airport rental counter|customer [[threat:threatening to kill staff]]
$R sts upstairs tenant [[threat:threatened to slit her throat]], [[weapon:holding a box cutter]] in hallway
~transit|$S [[threat:told riders he will shoot them all]]
$R sts gf [[threat:threatening]] to stab him, gf in bedroom @DV
~marina|boat owner [[threat:saying he will drown RP]]
$S [[threat:threatening to harm neighbors]] over fence, ongoing
~ferry upper deck|pax [[threat:said he would throw the kid overboard]]
music loud from 2B, RP went up to ask them to turn down|tenant [[threat:said he will kill her if she knocks again]]
~festival gate 2|$S [[threat:threatening security]], says he will hurt them
$R sts sister [[threat:said she will hurt the baby]]
~tribal housing|$S [[threat:saying he will shoot anyone]] who comes to door
$R sts coworker [[threat:said he knows where she lives and will hurt her]]
~high school|staff reports student [[threat:said he will bring a gun tomorrow]]
$S in road [[threat:challenging people to fight, saying he will kill them]]
~hospital ED|$S [[threat:threatening]] triage nurse, yelling
$R sts delivery driver [[threat:threatened to come back and beat him]]
~mine camp kitchen|cook [[threat:threatened to kill another cook]]
$R sts $N [[threat:saying he will shoot RP]] if dog barks again
~ferry dock|$S [[threat:threatening to kill a deckhand]]
{hx threats 2021 no charges}|today $S [[threat:said he will kill her]] at mailbox @DV
<<threat:RP thought it was a threat>>, ((just rap lyrics))|then $S [[threat:told RP he will beat him]] when he gets off the bus

== injury
[[injury:C3 MED]]|$S on floor, [[injury:not breathing]]
$R sts husband [[injury:unresponsive]] in recliner
~ferry upper deck|pax [[injury:seizing]] on floor
~mine shaft 2|worker [[injury:fell from ladder]], cant move legs
$R sts male in park [[injury:overdosing]], blue lips
~airport gate C3|pax [[injury:chest pain]], sweating
$R sts mom [[injury:face drooping]] and slurred speech started 10 min ago
~rodeo arena|rider [[injury:thrown and unconscious]]
[[injury:CPR IP]]|$R doing compressions on father
$S on sidewalk [[injury:bleeding heavily]] from arm, holding towel
~campground lake|kid [[injury:pulled from water not breathing]]
$R sts coworker [[injury:collapsed]] at desk, breathing weird
~farm|farmer [[injury:arm caught in auger]]
[[injury:DLOC]]|$R sts dad confused, hard to wake
~festival medical tent overflow|female [[injury:unconscious]] by porta potties
$R sts elderly mom [[injury:fell and hit her head]], bleeding, on floor
~transit platform|$S [[injury:fell onto the tracks]], power cut requested
$R sts friend took too many pills, [[injury:barely awake]]
~school nurse office|student [[injury:anaphylaxis]], epi given
$R sts baby [[injury:turning blue]]
~hospital parking lot|visitor [[injury:down and not responding]]
[[injury:09-E-1]]|$R sts wife cold, [[injury:not breathing]]
~port crane 6|worker [[injury:leg crushed]] under container
$R sts $S [[injury:hit by car]], lying in road, [[police_only:driver fled on foot]]
~ski hill|skier [[injury:hit tree, unresponsive]]
$R sts wife [[injury:having a seizure]], 3 min now
~tribal clinic lot|elder [[injury:collapsed, gasping]]
$R sts male in tent [[injury:not waking up]], needle next to him
~smelter|worker [[injury:burned by slag]], screaming in pain
[[injury:ALS REQ]]|pt [[injury:cant catch breath]], hx COPD, lips gray
$R sts dad cut his hand w saw, [[injury:cant stop the bleeding]]
~ferry car deck|driver [[injury:pinned between cars]]
$S at bus stop [[injury:shaking and foaming]] at mouth
~airport jet bridge|crew member [[injury:fell 10 ft]]
$R calling re $N hedges and trash cans left out all week|then sts $N just [[injury:collapsed in his driveway]]
$R sts friend [[injury:overdosed]], narcan given, still not waking
~state park trail|hiker [[injury:fell off ledge]], conscious, leg bent wrong
$R sts teen [[injury:bleeding from leg]] after bike crash, wont stop
~elementary school|student [[injury:hit head, vomiting]]
[[injury:CODE 3]]|$R sts mother [[injury:not breathing]]
~farm|tractor rollover, driver [[injury:trapped]]
$R sts man at gym [[injury:grabbed chest and fell]]
~port dive site|diver [[injury:surfaced unconscious]]
$R sts wife [[injury:cant talk right]], one side weak
~hospital lobby|visitor [[injury:passed out]] and hit head
$R sts son [[injury:unconscious]] in bathroom, door locked
~festival main field|teen [[injury:took pills, now seizing]]
[[injury:E1 MED]]|pt [[injury:hypoglycemic]], sweaty, not making sense
$R sts male in creek [[injury:face down]]
~transit bus|elderly rider [[injury:fell during stop]], bleeding from head
$R sts pregnant sister [[injury:bleeding a lot]], 30 wks
~ski resort parking|man [[injury:hypothermic]], not shivering, confused
{prior falls}|today $R sts grandma [[injury:fell, cant get up, hip deformed]]
<<injury:RP thought drunk>>, ((no ETOH smell))|$S [[injury:slumped and not answering]] on bench

== suicide
$R sts son [[suicide:has pills lined up, says he will take them tonight]]
~bridge over river rd|female [[suicide:standing outside the rail]] saying goodbye
$R sts friend [[suicide:texted goodbye and has a rope]]
~ferry stern|pax [[suicide:climbed over railing]], says he will jump
$R sts husband [[suicide:threatening to shoot himself]], [[weapon:has handgun in hand]]
$R sts daughter [[suicide:cut her wrists]] in bathtub, [[injury:bleeding]]
~mine shop|worker [[suicide:sitting in running truck in closed shop w hose]]
$R sts brother [[suicide:took whole bottle of pills to end it]] 20 min ago
~airport parking garage roof|male [[suicide:on ledge]], says he will jump
$R sts roommate [[suicide:tied a noose]] in garage, says tonight
~tribal land, river access|$S [[suicide:walking into river]], said he wants to die
$R sts dad [[suicide:says he has a plan to shoot himself]] when she leaves, guns in house
~transit|$S [[suicide:standing on tracks]] saying goodbye
$R sts partner [[suicide:texted a suicide note]], not answering
~campground|camper [[suicide:says he brought pills to end it]] tonight
$R sts teen [[suicide:writing goodbye letters]] and [[weapon:has dads gun]]
~hospital parking|visitor [[suicide:threatening to drive into the wall]] to die
$R sts husband [[suicide:attempting to hang himself]] in shed now
~port pier end|$S [[suicide:tied weights to his ankles]]
$R sts sister [[suicide:overdosing on purpose]], took insulin
~high school|student [[suicide:on roof edge]], says he will jump
$R sts mom [[suicide:says she is going to jump]] off balcony, on balcony now
~ski lift|rider [[suicide:says he will unbuckle and jump]]
$R on phone w friend [[suicide:who is cutting herself]] right now
~farm|$S [[suicide:said goodbye and took rifle to the barn]]
$R sts son [[suicide:suicidal]], [[weapon:has knife]], locked in room
~ferry|crew reports pax [[suicide:jumped overboard]]
$R sts vet friend [[suicide:plans to kill himself tonight]], has means
~festival|$S [[suicide:climbed light tower]], says he will jump, [[injury:already cut his arm deep]]
$R sts gf [[suicide:swallowed bleach]], [[injury:vomiting blood]]
~airport terminal roof|pax [[suicide:at the roof edge]], wont come back
$R sts ex [[suicide:called saying he took pills]] and wants to die
~mine pit rim|worker [[suicide:at the edge saying goodbye]]
$R sts brother [[suicide:in car running in garage]]
{denied SI last week}|today $R sts husband [[suicide:loading gun to kill himself]]
~tribal housing|youth [[suicide:cutting]] arms, blood on floor
$R sts patient [[suicide:stockpiled meds and says tonight]] is the night
~highway overpass|$S [[suicide:hanging over rail]] by hands
$R sts daughter [[suicide:texted pic of pills]] w goodbye msg
~lake campground|female [[suicide:said she will drown herself]], walking into lake
$R sts father [[suicide:made a plan to overdose]] this weekend, has the pills
~hospital roof access|pt [[suicide:on roof, says he will jump]]
$R sts roommate [[suicide:trying to hang herself]] w belt, RP holding door
~port pier 2|$S [[suicide:drove to end of pier]], said he will drive off
$R sts teen [[suicide:took moms pills to die]] 15 min ago
~high school counselor|student [[suicide:has a plan and a razor]] in backpack
$R sts husband [[suicide:says he will shoot himself]] if she leaves, has gun
~ferry rail|pax [[suicide:sitting on the rail]] saying no one will miss him
$R sts uncle [[suicide:slashed]] his wrists, conscious, [[injury:bleeding heavily]]
~farm|farmer [[suicide:drank pesticide]]
$R mom worried re son, lost job, drinking, sleeping all day|then son texted [[suicide:he took all his pills]]
$R sts friend [[suicide:on the bridge, sent location]], says goodbye
<<suicide:RP heard him say he wants to die>>, ((was about a video game))|but now son [[suicide:has belt around neck]] in closet

== police_only
$R sts someone [[police_only:breaking into]] house next door now, glass broke @BURG
~ranch|$R sees [[police_only:2 males loading RP cattle]] into trailer, not his workers
$R sts [[police_only:prowler]] in backyard looking in windows @PROWL
~port container yard|[[police_only:persons cutting locks]] on containers now @BURG
$R clerk, [[police_only:shoplifter]] [[violence:punching loss prevention]] at exit @SHOP
$R sts [[police_only:male exposing himself]] to kids at park now @EXPO
~airport perimeter|[[police_only:person climbed fence onto taxiway]] @TRESP
$R sts [[police_only:someone stealing her car]] from driveway right now @GTA
$R sts [[police_only:drunk driver]] weaving on hwy 12 NB, almost hit median @DUI
~elementary school|[[police_only:unknown adult trying to take a child]] from pickup line @CHILD
$R sts [[police_only:kids left in hot car]] in lot, windows up, 95 deg @CHILD
~mine substation|[[police_only:copper thieves cutting wire]] now @BURG
$R sts [[police_only:robbery just occurred]], susp ran on foot NB @ROBB
~tribal land|[[police_only:man w felony warrant]] at RP house, refusing to leave @WARR
~dairy farm|trespasser in barn [[police_only:refusing to leave and threatening RP]] @TRESP
~campground|[[police_only:someone going through tents]] right now, RP watching @BURG
$R sts [[police_only:car break-in in progress]] in lot, 2 males @BURG
~county fair midway|[[police_only:male grabbing purses]] in crowd, still there @ROBB
$R sts [[police_only:glass breaking and flashlight inside]] closed shop @BURG
~ferry terminal lot|[[police_only:catalytic converter being cut]] off RP car now @BURG
$R sts [[police_only:ex violating restraining order]], at door now [[threat:saying he will kill her]] @WARR
~transit train car 3|[[police_only:male groping female passengers]]
$R sts [[police_only:wrong way driver]] on I-5 SB @DUI
~hospital maternity|[[police_only:woman walked off w another pts baby]] @CHILD
$R sts [[police_only:male peeking in windows]] of apts now @PROWL
~marina|[[police_only:someone untying and taking a boat]] right now @GTA
$R sts [[police_only:8yo alone]] walking hwy shoulder at night @CHILD
$R sts [[police_only:two males kicking in door]] of vacant house next door, [[weapon:one has a crowbar]] @BURG
~rail yard|[[police_only:persons breaking into boxcars]] now @BURG
$R sts [[police_only:purse snatched]] 2 min ago, susp on bike still in view @ROBB
~ski area|[[police_only:male stealing skis from rack]], RP following him
$R sts driver [[police_only:swerving, smelled of alcohol]], just left bar lot @DUI
~airport cargo|[[police_only:person inside secured cargo area]] w no badge @TRESP
$R sts [[police_only:man masturbating in car]] at playground @EXPO
~farm|[[police_only:someone siphoning fuel from tractor]] now
$R sts [[police_only:robbery]] at pharmacy 1 min ago, susp demanded pills, ran SB @ROBB
~port berth 4|[[police_only:stowaways climbing onto ship]] @TRESP
$R sts [[police_only:carjacking]] just happened at gas station @GTA
~tribal land|[[police_only:poachers]] spotlighting deer on RP land now
$R sts [[police_only:dad took kid against court order]], leaving now @CHILD
$R sts [[police_only:someone in her house]], she is outside, lights on @BURG
~high school after hours|[[police_only:persons inside locked building]] @BURG
$R sts [[police_only:male smashing car windows]] on Main now
~college campus|[[police_only:male following female student]] into dorm, she does not know him
$R sts [[police_only:shoplifter]] running out w tvs to blue van, [[violence:knocked the greeter down]] @SHOP
~hospital ambulance bay|[[police_only:man trying to drive off in ambulance]] @GTA
$R sts [[police_only:hit and run just now]], driver fled on foot
~transit|[[police_only:male smashing windows]] on train car now
$R sts [[police_only:burglary]] in progress at closed store @BURG
$R feud w $N over parking, trash, dogs|RP now sees [[police_only:male climbing in nbr window]] while $N away @BURG
~festival beer garden|RP saw male [[police_only:put something in a womans drink]]
$R sts [[police_only:intruder]] in garage now @BURG
<<police_only:RP thought someone in yard>>, ((was a deer))|but now [[police_only:someone trying the back door]] @PROWL

{no one hurt}|$R sts [[police_only:2 males breaking into cars]] on garage level 2 now @BURG
~ferry upper deck|{RP not hurt}|[[police_only:male exposing himself]] to pax on deck now @EXPO
== uncertainty
[[uncertainty:open line]], [[uncertainty:female screaming]] in background
$R whispering, [[uncertainty:says he is here]] then disconnected
[[uncertainty:caller ordering pizza]], answering yes/no to questions
$R crying, [[uncertainty:line went dead mid sentence]]
~ferry|[[uncertainty:unk problem]], crew member called, then radio cut out
$R hears [[uncertainty:woman yelling stop]] and banging next door
[[uncertainty:counselor calling duty to warn]] re client statements about ex
$R can only say [[uncertainty:yes or no]], [[uncertainty:someone is listening]]
~campground|$R hears [[uncertainty:child screaming help]] in woods, [[police_only:man seen carrying a kid to a van]]
[[uncertainty:unknown trouble]]|RP said come quick and hung up
~airport restroom|$R hears [[uncertainty:struggle and crying]] in stall
$R sts [[uncertainty:cant talk]], he is in the room
~tribal housing|911 hangup, on CB [[uncertainty:female crying, says wrong number]]
[[uncertainty:open line]], male voice [[uncertainty:yelling where is it]], female crying
$R hears [[uncertainty:loud bang and screaming]] from unit 4
~port|ship agent relays [[uncertainty:garbled distress call]] from crew member
[[uncertainty:TTY call]], typed HELP then nothing
$R hears [[uncertainty:someone calling for help]] from apt below
~mine|radio call [[uncertainty:mayday]] from haul truck, no further contact
$R said he has my.. then [[uncertainty:disconnected]], CB to VM
$R whispering [[uncertainty:someone is in the house]], [[police_only:back door kicked in]], then silent
~middle school|staff hears [[uncertainty:screaming from locked room]]
[[uncertainty:3rd party]] from out of state, friend texted help, unk nature
$R hears [[uncertainty:thumping and a woman crying]] thru wall, cant see
~hospital|[[uncertainty:panic button activation]], staff not answering
$R sts [[uncertainty:mom called her screaming]] then phone died
~festival|[[uncertainty:caller yelling, hard to understand]], crowd noise, something about a man
[[uncertainty:open line]] w sounds of [[uncertainty:struggle]]
[[uncertainty:therapist reporting client]] made statements about hurting coworker
~ferry|[[uncertainty:unk emergency]], pax pressed call button in restroom, no answer
$R in closet [[uncertainty:whispering]], unk why
~transit|[[uncertainty:emergency intercom]] on car 4, only screaming
[[uncertainty:child on line]] says [[injury:mommy wont wake up]]
$R hears [[uncertainty:glass breaking and a man yelling]] in house across st
~campground|[[uncertainty:SOS beacon activation]] from site 22, no voice
$R sts sister [[uncertainty:texted their code word]] for danger
~airport|[[uncertainty:text from pax: help seat 22C]], no further
$R on line w alarm co, [[uncertainty:duress code]] entered by homeowner
~tribal land|$R hears [[uncertainty:screams from the road]] near cattle guard, too dark to see
[[uncertainty:line disconnected]] after RP said hurry
~port|[[uncertainty:crew radio distress]], no location given
[[uncertainty:unk prob]], RP speaking another language, sounded frightened, lang line pending
$R hears [[uncertainty:banging and screaming]] from $N unit
~high school|[[uncertainty:school psych reports]] student disclosed plans to hurt classmate
$R sts [[uncertainty:muffled voice]] on phone, then line open w yelling
~mine|[[uncertainty:underground phone off hook]], heavy breathing
[[uncertainty:silent call]], RP pressed 55
$R sts [[uncertainty:friend on video call screaming]], call dropped
~hospital|[[uncertainty:nurse hears struggle]] in pt room, door blocked
$R reporting streetlight out and trash in ditch|mid sentence RP [[uncertainty:said oh god]] and line went dead
$R sts [[uncertainty:something is wrong]] next door, screaming stopped suddenly
<<uncertainty:open line>>, ((CB, pocket dial))|then 2nd call [[uncertainty:female sobbing]], cant say where
{no hx at addr}|$R hears [[uncertainty:female screaming for help]] from house, cant see in
{no weapons mentioned}|[[uncertainty:call dropped]] after RP said he is back
'''

ELIG_TEXT = r'''
== noise NOISE
$R sts loud music from 2B, bass shaking walls, ongoing 2 hrs
~campground loop A|generator running after quiet hours, RP asked them nicely already
$R sts party next door, people on lawn yelling and laughing, {no fighting}
~port berth 2|ship horn sounding on and off for 20 min, RP cant sleep
$R sts $N playing drums at 0200
~festival grounds|RP lives across field, stage sound still going past curfew
$R sts karaoke from bar patio past 0100, windows rattling
~farm|$N running grain dryer all night, loud fan
$R sts car alarm going off for 30 min on 4th, owner unk
~airport area|RP complaining of engine run-ups late at night
$R sts upstairs unit stomping and moving furniture at 0300
~tribal housing|music from family gathering, {no problems otherwise}
$R sts construction crew jackhammering before 0600
~ski village|guests singing in hot tub, loud, {no fighting}
$R sts motorcycles revving in lot of closed store, loud exhaust
~transit yard|trains idling and horns late, RP wants a note sent to transit
$R sts $N yelling at tv during game, loud, {nobody else there}
~marina|party boat anchored off beach playing loud music
<<uncertainty:RP hears screaming>> from yard, ((now sees kids in pool, just loud))|wants noise told to quiet

== verbal_dispute DIST
$R sts couple arguing loudly in lot, {no physical}, just yelling
~ferry line|two drivers arguing over line cutting, words only, {nobody touched anyone}
$R sts roommate yelling at her about dishes, {no threats}, wants him told to calm down
~farmers market|vendors shouting over stall boundary, {no contact}
$R and brother arguing over moms will, RP wants someone to keep the peace
~school pickup|parents yelling at each other over parking spot, {no physical}
$R sts $N screaming at each other over fence, {no weapons}, {no contact}
~campground|two campers arguing about site reservation, loud, {no threats made}
$R sts customer cussing at cashier over coupon, {did not touch anyone}
~airport gate A4|pax arguing w agent over seat, loud, agent requests someone come by
$R sts gf yelling at bf on sidewalk, {no hitting seen}
~tribal housing office|family members arguing over housing list, loud, {no threats}
$R sts mom and teen daughter arguing over phone, daughter slammed her door
~hospital waiting rm|family arguing loudly w each other about care, {no physical}
$R sts landlord and tenant yelling in hallway, verbal only
~port hiring hall|two longshoremen arguing about shift list, {no contact}, supervisor present
$R sts couple in parked car screaming at each other, {no hitting}
~fender bender in ferry lot|drivers arguing, {no injuries}, exchanged info, still loud
<<violence:RP thought they were fighting>>, ((RP closer now, just yelling, arms at sides))|couple in lot

== welfare_no_danger WELFARE
$R req check on uncle, hasnt answered phone since yesterday, phone prob dead, no medical issues
~ranch|RP asks check on $N rancher, didnt call at noon like usual, truck gone to town
$R sts older female at bus stop for hours, confused about which bus, {not injured}
~ferry terminal|elderly pax missed ferry, upset, needs help getting home
$R sts man sitting on curb talking to himself, calm, {not bothering anyone}
~campground|camper alone for a week, seems down, RP saw him this am, wants someone to check in
$R req check on daughters friend, sounded sad on phone, {no SI mentioned}
~airport|traveler stranded overnight, no money, sitting at gate area asking for help
$R sts $N mail piling up, $N usually travels in summer
~tribal housing|elder living alone, family out of town, asks someone drop by
$R sts teen sitting alone in park crying, {not hurt}, says she is ok
~middle school|student waiting for ride for 2 hrs, parent not answering
$R sts female walking in rain w no jacket, seems lost, {not injured}
~transit|elderly rider confused at end of line, doesnt know his stop
$R sts $N yard full of trash, hoarding concern, $N answers door ok
~port|crew member from foreign ship wandering lot, lost, {no distress}
$R req check on adult son, hasnt answered texts since am, usually busy at work
~hospital discharge area|pt discharged, no ride, sitting on bench 3 hrs

== past_theft THEFT
$R sts bike stolen from rack overnight, {no suspect info}
~farm|RP reports tools taken from shed sometime last week
$R sts package stolen from porch yesterday, has video, {susp long gone}
~port truck lot|RP reports fuel siphoned from truck over weekend, {no suspects}
$R reports car broken into overnight, window smashed, {susp gone}
~campground|cooler taken from site while RP at lake this am
$R sts wallet stolen at gym last tues, cards used online
~airport long-term lot|RP back from trip, catalytic converter cut off sometime in last 2 wks
$R sts shoplifter left an hour ago w razors, {no contact w staff}, drove off
~ferry|RP reports bag taken from car deck on earlier sailing
$R sts someone used her SSN to open accounts
~ski lodge|skis taken from rack yesterday afternoon
$R sts garage burglarized while on vacation, found today, {nobody there now}
~tribal land|RP reports fence wire cut, 3 calves missing, happened last month
$R sts scam caller got 500 in gift cards from him last week
~hospital|pt reports phone stolen from room during previous shift
$R sts mailbox smashed overnight, {no suspects}
~mine storage yard|copper wire missing, found at morning inspection, {no one on site}
<<police_only:RP thought burglar inside>>, ((was her son home early))|reporting items missing from last week

== found_property FOUND
$R found wallet on bus bench, wants to turn it in
~campground|RP found a hunting knife in fire ring, {locked it in his truck}, wants to turn it in
$R found a pistol in park bushes, {bagged it and locked it in his car}, {no one around}, wants pickup
~airport|cleaning crew found a pocket knife in seatback, {handed to ops office}
$R found a kids bike in yard, no owner
~ferry|purse left in cabin, {crew holding it at purser desk}
$R found an empty rifle case in ditch, {put it in his shed}
~middle school|custodian found vape pens and a pocketknife in locker cleanout, {secured in office}
$R found a phone on the trail, wants owner contacted
~tribal land|RP found old shotgun in abandoned shed, {unloaded, locked in his truck}, wants it collected
$R found a license plate in gutter
~port|longshoreman found a machete in container of returned goods, {tagged and locked in office}
$R found box of ammo in late fathers closet, wants disposal
~campground dock|fillet knife and tackle box left at dock, {holding at host site}
$R found credit cards in parking lot
~hospital lobby|security found a folding knife in a planter, {secured in security office}
$R found bag of old prescription meds on sidewalk, {bagged it}, wants safe disposal
~transit|operator found a kids scooter on train, holding at depot

== passive_si MENTAL
$R sts she sometimes wishes she wouldnt wake up, {no plan}, {no means}, wants someone to talk to
~tribal youth center|staff sts youth said life is pointless, {no plan}, calm, asking for counselor
$R calling for self, hopeless since divorce, {denies plan or intent}
~farm|wife sts husband said everyone would be better off w/o him, {no plan}, {guns at his brothers}
$R sts friend posting sad quotes online, {no mention of plan}, asks check on her
~elementary school|student told teacher sometimes thinks about dying, {no plan}, parents notified
$R req crisis worker, {hx of SI years ago}, feeling low again, {no plan}
~ferry lounge|pax told crew he feels like giving up, {no plan}, sitting calmly, accepts referral
$R sts veteran $N said he is tired of living, {denies plan}, {no weapons}, wants resources
$R self referral, intrusive thoughts, {no intent to act}, wants appt tonight
~college dorm|RA reports student said she doesnt care if she dies, {no plan}, agreed to see counselor
$R sts dad grieving mom, said he wants to be with her, {no plan}, eating ok
~hospital lobby|walk-in says he is depressed, {denies SI plan}, wants MH walk-in info
$R 988 transfer, caller calm, {passive SI}, {no plan}, wants in person follow up
~mine camp|worker told supervisor he feels worthless, {no plan}, {no means}, wants EAP
$R sts teen wrote in diary about wanting to disappear, {no plan}, teen home and calm
~transit|rider told operator nobody would miss him, {no plan}, got off at stop calmly
<<suicide:RP heard him say he would end it>>, ((he meant end the lease))|$S sad but {no plan}, wants a counselor

== refusing_to_leave TRESPASS
$R sts customer refusing to leave after closing, {no threats}, just sitting in booth
~airport lounge|pax wont leave after flight cxl, {calm}, wants refund
$R sts ex roommate wont leave porch, {not threatening}, wants his stuff
~hospital 4 west|discharged pt refusing to leave bed, {not aggressive}
$R sts male in lobby chair, wont leave when asked, {no threats}
~ferry terminal|pax refusing to get off at terminal, says wrong stop, {calm}
$R sts hotel guest past checkout wont leave room, {no threats}
~campground|camper wont leave site after reservation ended, arguing, {no threats}
$R sts unwanted guest at party wont leave, {not aggressive}
~tribal office|visitor wont leave until he sees director, sitting quietly
$R sts former employee in store, asked to leave, lingering by door, {no threats}
~transit|rider wont get off bus at end of line, {no threats}, says nowhere to go
$R sts man refusing to leave laundromat, there all day, {polite}
~public library|patron wont leave at closing, {not threatening}, gathering papers slowly
$R sts tenants bf wont leave apt, not on lease, {no threats}
~elementary school|parent refusing to leave front office till meeting, {not aggressive}
~port gate|trucker wont move rig from gate after denied entry, {calm}, blocking lane

== intox_ok INTOX
$R sts intox male singing on bench, {steady on feet}, {no medical issues}
~festival|female drunk, friends with her, wants help getting a ride, {alert and talking}
$R sts ETOH male asking for change at store, {walking ok}
~ferry lounge|pax intox, loud but {cooperative}, crew wants him met at terminal
$R sts drunk $N knocked on wrong door, {confused but fine}, went home
~tribal casino|patron intox, asking for ride home, {no car keys}, {talking fine}
$R sts intox male sitting on curb, {alert}, {breathing fine}, needs ride to shelter
~campground|group drinking heavily at site 9, loud, {no problems}
$R sts intox female in store bathroom 20 min, {answers thru door}, says she is fine
~ski village|drunk tourist lost, cant find hotel, {walking and talking ok}
$R sts man drinking in park, {not bothering anyone}, RP wants him moved
~airport bar|pax too drunk to board, gate denied, {alert}, needs place to sober up
$R sts intox subj swaying at bus stop, {no injuries}, waiting for bus
~port pier|crew member intox after shore leave, {walking ok}, needs escort to ship
$R sts high subj talking fast, {no medical distress}, wants water
~transit|rider drunk asleep on train, {woke when operator spoke}, end of line
$R sts bar patron cut off, waiting on cab, {calm}
<<injury:male passed out>> on bench, ((RP shook him, he woke, talking, drinking a beer))

== unhoused_sleeping UNHOUSED
$R sts male sleeping in doorway of business, {breathing}, {snoring}
~transit|person sleeping in bus shelter w belongings, {no issues}
$R sts homeless camp behind store, 3 tents, {no disturbance}
~port truck lot|person sleeping in car at back of lot, {breathing}, RP wants them moved
$R sts female sleeping on church steps, {covered w blanket}, {moving around}
~airport terminal|person sleeping in terminal overnight, no ticket, {calm}
$R sts man sleeping in ATM vestibule, {woke up when RP came in}
~state park|person living in car at day-use lot for a week
$R sts unhoused male setting up tent in park, {no problems}
~hospital ER waiting rm|former pt sleeping in chairs, not seeking care, {no medical complaint}
$R sts person sleeping in laundromat, {breathing}, {no issues}
~ferry terminal|man sleeping on bench in waiting area, {responsive}, no ticket
$R sts couple camping under bridge, {no fire}, wants outreach
~tribal land|person staying in abandoned trailer on allotment, {not hostile}
$R sts man asleep on bus bench, {snoring loudly}
~transit station|person w shopping cart sleeping on mezzanine, {breathing normally}
$R sts woman sleeping in car w kids in store lot, {all ok}, needs shelter info
<<injury:person down>> in alley, ((RP went back, she is awake, sorting her bags))

== resolved_alarm ALARMKIND
$R sts <<weapon:male w a gun>> in park, ((RP now sees it is a phone he is holding))
~campground|<<weapon:shots fired>> reported, ((host confirms fireworks at site 30))
$R sts <<injury:man down>> on sidewalk, ((RP went back, he sat up, says he was resting))
~airport gate|<<weapon:knife>> reported, ((TSA confirms butter knife from lounge))
$R sts <<violence:couple fighting>> in lot, ((now sees they are play wrestling and laughing))
~port dock 3|<<injury:worker unconscious>>, ((supervisor sts he was asleep on break, fine))
$R sts <<uncertainty:screaming>> next door, ((nbr came out, kids on trampoline))
~middle school|<<weapon:student with a gun>>, ((admin confirms nerf blaster, confiscated))
$R sts <<injury:unresponsive>> male in car, ((male woke up, talking, declined EMS))
~ferry|<<uncertainty:open line>> from vessel, ((CB, crew member pocket dialed, all ok))
$R sts <<police_only:someone breaking in>> next door, ((RP sees it is the owner, locked out))
~festival|<<weapon:man with a rifle>>, ((security confirms prop from costume contest))
$R sts <<threat:threatening note>> on car, ((RP read it, note says learn to park))
~quarry|<<uncertainty:loud explosion>>, ((site ops confirms scheduled blast))
$R sts <<weapon:gun>> in waistband, ((RP now sts it was a phone clip))
~hospital 3 east|<<violence:pt attacking staff>>, ((charge nurse sts pt startled, calm now, no contact))
$R sts <<uncertainty:911 hangup>>, ((CB child playing w phone, mom confirms all ok))
~tribal land|<<weapon:gunshots>> near houses, ((CB $N hunting far from houses, in season, confirmed))
$R sts <<police_only:prowler>> in yard, ((turned out to be $N getting his cat))
~transit|<<injury:person on tracks>>, ((operator confirms track worker in vest, authorized))

== history_only WELFARE,DIST,CIVIL
$R req check on sister, {hx DV w ex 2019}, ex lives out of state now, sister not answering
~tribal housing|{prior 5150 in 2021}, today family wants MH worker, son calm, not sleeping
$R sts $N {was arrested for assault last yr}, now playing loud music
$R sts {ex threatened her in 2020}, wants info on renewing restraining order
~campground|{host had a fight w this guest last summer}, guest back, no issues, FYI only
$R sts son {OD last month}, doing ok now, wants treatment info
$R sts {premise hx of weapons calls}, tonight just a noise complaint
~middle school|parent asks about incident {where student was hit last week}, wants follow up w SRO
$R sts {husband used to hit her years ago}, divorced now, asking for counseling referral
~hospital|pt asking for case number from {assault last month}
$R sts {brother tried to kill himself in 2018}, doing well, RP wants support group info
~port bar|{prior stabbing here in 2019}, RP calling about trash in lot
$R sts {dad had a stroke last yr}, needs help w meds, non urgent
$R sts {$N pulled a knife on someone in 2022}, today $N parking in RP spot
~farm|{old 10-16 at this addr}, today RP reports cows out in $N field
$R sts {was robbed here last month}, wants extra patrols, nothing going on now
~transit rt 14|{operator assaulted on this route last yr}, today rider refusing to pay, {no threats}

== negated_danger DIST,WELFARE,SUSP
$R sts male yelling in street, {no weapons seen}, {not threatening anyone}, seems upset
~ferry|pax upset about delay, {denies SI}, {no threats}, crew wants welfare check
$R sts son off meds, {no weapons in house}, {no violence}, wants crisis team
~high school|student crying in office, {denies anyone hurt her}, {denies SI}
$R sts female pacing outside store talking loud, {no weapon}, {not aggressive}
~music festival|male shirtless yelling at the sky, {no weapons}, {no one hurt}, friends nearby
$R sts argument w $N earlier, {no one hit}, {no threats}, now quiet, wants it documented
~tribal land|RP sts cousin drunk and sad, {denies SI}, {no guns in house}, wants someone to talk to him
$R sts subj talking to himself on bench, {no weapons}, {not blocking anyone}
~port|seaman agitated about pay, {no threats}, {no weapons}, agent asks for mediation
$R sts wife upset, threw her own phone on floor, {not at anyone}, {no injuries}
~hospital hallway|visitor crying loudly, {no threats}, {not aggressive}
$R sts husband sad after job loss, {denies any plan}, {no firearms}, wants counseling
$R sts teen ran out after argument, {no weapons}, {no SI}, at friends house now
~airport kiosk|pax shouting at kiosk, {no threats made}, {no contact}, calmed down
$R sts male yelling at a parked car, {nobody in the car}, {no weapons}, walking away
~state park trail|hiker stumbling, {not injured}, {no medical issue}, just tired
$R sts subj kicked trash can over, {nobody near}, {no injuries}, walked off

== toys_props SUSP
$R sts kids w toy guns in park, orange tips visible, playing tag
~comic convention|cosplayer carrying foam sword in crowd, RP wants it checked
$R sts film crew w prop rifles on Main, permit posted, RP just nervous
~high school quad|students filming a project w cardboard knives
$R sts teen w airsoft gun in own backyard shooting paper targets
~airport toy shop|child waving a water pistol in terminal, parents present
$R sts halloween decoration of body hanging from tree looks real
~renaissance faire|actors staging a sword fight for crowd, RP didnt know it was a show
$R sts guy in costume w fake chainsaw, no chain, at haunted house line
~campground|kids w nerf blasters running between sites
$R sts paintball players in woods behind houses, masks on, private field
~powwow grounds|dancer carrying ceremonial lance as part of regalia, RP new to event asking
$R sts $N kid w replica gun on porch, RP saw orange tip
~transit|rider w toy lightsaber swinging it around, kids laughing
$R sts <<injury:body in ditch>>, ((RP walked over, it is a mannequin))
~theater loading dock|stage crew moving prop guns, RP wants to report it
$R sts laser tag bday party in park, kids yelling bang bang
~port pier 5|movie shoot w fake explosions, permit posted
$R sts <<weapon:man pointing a rifle>> at school, ((RP closer now, it is a survey tripod))

== idioms ASSIST,CIVIL,DIST
$R sts boss is gonna kill him if he is late, needs a jump start
$R sts this heat is killing her, AC out, elderly, wants cooling center info
~county fair|RP says she shot a video of vendor overcharging, wants to report it
$R sts $N blew up at her over parking, just yelling, now inside
$R sts she is dying to know why trash wasnt picked up, 3rd week
~high school|coach sts team got killed in tournament, parents arguing in lot, verbal only
$R sts kids shooting hoops late, ball bouncing off garage
$R sts roommate took a stab at fixing sink, flooded kitchen, wants landlord contact
~airport|pax sts he is dead tired, missed flight, needs hotel voucher info
$R sts $N is murdering a song on karaoke machine at 2300
~ferry|crew sts line is insane today, cars blocking a residence driveway
$R sts ex is bleeding her dry on child support, wants civil info
$R sts store is a madhouse, people cutting line, wants someone to manage it
~campground|RP sts bugs are eating him alive, asks about camp host hours
~county fair|kids killed it at talent show, crowd too big for gym lot, cars double parked
~farm|RP sts hail beat the crops to death, asking about county relief
$R sts $N dog about gave her a heart attack jumping fence, dog back home now
$R sts he is going to lose his mind if the bass keeps up, wants noise complaint filed

== tools_in_use SUSP,NOISE
$R sts man w chainsaw cutting tree in $N yard at dusk, just noisy
~port yard|worker using cutting torch on container, sparks, RP unsure if authorized, has vest and badge
$R sts roofers using nail guns, debris falling on sidewalk
~farm|$N using a machete to clear brush along fence line
$R sts guy w axe splitting wood in front yard at midnight
~campground|camper using hatchet on firewood near tents, kids watching
$R sts landscaper w hedge trimmer near school bus stop
~fishing dock|men cleaning fish w knives, leaving guts on dock
$R sts male w crowbar prying apart pallets behind store, has store shirt on
~mine|crew using sledgehammers on old conveyor, RP on road thinks vandals
$R sts butcher shop worker carrying a cleaver out to truck
~tribal land|elder butchering deer in yard w knives, new $N alarmed
$R sts man sharpening knives on porch, RP uneasy
~hospital stairwell|maintenance worker w bolt cutters, has badge
$R sts guy w metal detector and shovel digging in park
~food truck rally|chef juggling knives as an act
$R sts locksmith drilling lock on $N door, $N standing there
~transit yard|crews grinding rail at night, sparks seen from road
<<weapon:man swinging an axe>> at door, ((RP sees it is $N, fire dept training prop door))

== lawful_firearms CIVIL,WELFARE,ASSIST
$R sts $N cleaning rifle on back porch, {not pointing it}, RP nervous
~farm|hunters w shotguns walking RP field edge, duck season, have permission
$R moving out, wants standby to get stuff, {husband guns locked in safe}, {no threats}
~tribal land|tribal hunt, men w rifles loading elk at gate, RP asks if permitted
$R sts people shooting at gun range on hwy 9, hearing shots all day
~campground|hunters sighting in rifles at designated range near camp
$R sts security guard w holstered gun at bank, RP thought unusual
$R sts gun store customer carrying rifle case to car
~airport check-in|pax declaring firearm per rules, locked case, RP unfamiliar
$R wants info on safely storing late brothers guns
~farm|rancher shooting coyotes on own land far from houses
$R sts $N open carrying holstered pistol while mowing, legal here, RP uneasy
~rural club|skeet shooting at private club, RP new to area
$R sts hunter in orange vest walking road w unloaded shotgun broken open
~ferry|off duty officer declaring sidearm to crew, pax nervous
$R wants to turn in grandpas old rifle, unloaded, in case
~port|armed security escort for cargo, uniformed, RP asks if normal
<<weapon:man with a gun>> on porch, ((RP sts it is $N, rifle slung, heading to hunt))

== mh_request MENTAL
$R req crisis worker for son, off meds, pacing, talking to himself, {no weapons}, {no threats}
~tribal land|family asks for MH worker for uncle, hearing voices, calm, eating
$R sts $N believes govt is watching her, calm, asks for help
~middle school|counselor requests mobile crisis for student w panic attack, {no SI}
$R sts adult daughter manic, not slept in 3 days, {not violent}, wants eval
~hospital|walk-in asking for psych resources, calm, {no SI}
$R sts brother w schizophrenia out of meds, wants help refilling
~ferry|pax w panic attack, breathing better now, wants someone at the dock
$R self, having anxiety, wants someone to talk to in person
~college campus|student hearing voices, {no harm to self or others}, requests help
$R sts mom w dementia agitated, wandering inside house, wants support
~tribal youth center|teen upset after breakup, crying, {no SI}, wants counselor
$R sts roommate paranoid, taped windows, calm, {no weapons}
~transit|rider talking to people who arent there, calm, operator asks for outreach
$R sts autistic son had meltdown, over now, calming, wants support for family
~mine camp|worker having panic episode, {no SI}, supervisor wants counselor
$R sts husband depressed, not eating, {no SI}, wants mobile crisis assessment

== juveniles JUV
$R sts group of teens hanging out in lot, skateboarding, loud
~high school|students loitering after hours at bleachers, smoking
$R sts kids ringing doorbells and running
~campground|teens on bikes riding through sites late
$R sts juveniles playing basketball in church lot after dark
~transit station|kids loitering on mezzanine, loud, eating
$R sts teens sitting on her wall, littering
~tribal community center|youth hanging out by gym after close
$R sts kids throwing water balloons at each other in street
~ferry|unaccompanied teens running around deck, loud
$R sts teens vaping behind store
~ski lodge|teens sledding on closed run, patrol notified
$R sts 13yo truant at mall during school hrs
~farm|kids riding dirt bikes on RP pasture w no permission
$R sts teens having a water fight in street, blocking cars
~airport|teens plane-spotting on hill outside fence
$R sts group of juveniles in park after curfew, {no problems}

== civil_matter CIVIL
$R sts landlord changed locks, wants to know her rights
~farm|dispute over ditch gate water, $N closed it again
$R sts ex not returning kids per custody order, 1 hr late, ex texting they are at dinner
~port|dispute w tow yard over fees, wants them told to release car
$R sts mechanic wont release car until paid, RP disputes bill
~tribal land|dispute over allotment fence line, $N moved posts
$R sts roommate wont pay share of rent, wants him out
~campground|dispute over refund w camp host, RP wants a report
$R sts contractor took deposit and didnt finish job
$R sts ex kept the dog, both claim ownership
~ferry terminal|pax dispute w terminal over lost reservation fee
$R sts $N tree fell on RP fence last week, who pays
$R wants civil standby to pick up belongings from ex apt, {no hx of violence}
~elementary school|parent disputes pickup authorization w office
$R sts marketplace seller sold broken phone, wants money back
~airport valet|dispute w valet over scratch on car
$R sts tenant left, belongings still in unit, landlord asks what to do

== benign_suspicious SUSP
$R sts unfamiliar car parked on street 2 days, no one in it
~farm|truck parked on county rd by field at night, lights off, {no one seen near barns}
$R sts man taking photos of houses, wearing county assessor vest
~port|person walking along outside of fence w camera, birdwatching
$R sts solar salesman going door to door, pushy, left already
~airport|person photographing planes from public viewing area
$R sts van idling in cul de sac 30 min, driver on phone
~campground|person walking thru sites late w flashlight calling a dogs name
$R sts person sitting in car reading, parked 20 min
~tribal land|unknown truck at trailhead overnight, hunting tags on dash
$R sts strange noises from empty house next door, thinks animals in attic
~hospital|person wandering halls looking lost, has visitor badge
$R sts someone left a bag of clothes on the curb
~transit|person riding train end to end all day, quiet
$R sts unknown male knocked asking for someone who doesnt live there, left
~marina|unknown kayak tied to RP dock since morning
<<police_only:RP thought man was breaking into car>>, ((RP sees him unlock it w key, drove off))

== animals ANIMAL
$R sts dog barking all day next door
~farm|cows out on county road, $N herd
$R sts loose dog in school yard, friendly
~campground|bear got into cooler at site 12, bear gone now
$R sts raccoon in garage
~port boat ramp|sea lion on ramp blocking launches
$R sts dog left in car, windows cracked, 65 deg, dog ok
~tribal land|horses loose in RP yard eating garden
$R sts cat stuck in tree 2 days
~ski village|moose in parking lot, people taking photos too close
$R sts injured deer on shoulder, not in lane
~airport parking|stray dog running between cars
$R sts snake in bathroom, non venomous
~farm|$N rooster crowing at 0400
$R sts dog tied up outside store barking
~ferry|dog loose on car deck, owner found
$R sts dead cat in road, wants pickup
<<violence:RP thought dogs attacking a kid>>, ((kid playing w own dogs, laughing))

== harassment_no_threat HARASS
$R sts ex keeps texting her, {no threats}, wants it documented
~middle school|student being teased online, {no threats}, parent wants advice
$R sts $N keeps parking in front of her house to annoy her
~tribal office|former staff posting mean things about RP online, {no threats}
$R sts coworker calling her names, {no threats}, HR involved
~campground|other camper keeps shining lights at RP tent
$R sts unknown number calling 20x a day, silent, {no threats}
~port gate|ex partner keeps showing up at RP work, leaves when asked, {no threats}
$R sts $N kids yelling insults at RP son, {no contact}
$R sts someone keeps leaving notes about her trash cans
~airport|rideshare driver keeps texting RP after trip, {no threats}
$R sts ex posted her photos online, {no threats}, wants info
$R sts man at bus stop kept asking her out, she said no, he walked off
~hospital unit|former pt calling unit repeatedly to complain, {no threats}
$R sts landlord texts late at night about rent, {no threats}
~transit|rider heckling operator, {no threats}, got off
$R sts $N filming her house w phone, {no threats}

== non_urgent_assist ASSIST
$R needs lift assist, husband slid off bed onto floor, {no injury}, just cant get him up
~tribal land|elder needs ride to dialysis appt tomorrow
$R locked out of house, {no kids inside}
~ferry terminal|pax missed last boat, needs shelter info
$R sts stalled car in intersection, hazards on, driver ok
~campground|RP needs jump start, battery dead
$R needs help w resources for utility shutoff
~airport|traveler lost passport, needs consulate contact
$R sts elderly $N needs groceries, snowed in
~farm|RP asks county road status, washout on Mill Rd
$R sts streetlight out on corner
$R sts she fell earlier, {not hurt}, needs help up from chair
~transit station|rider in wheelchair stuck, elevator out
$R sts mom needs transport to shelter, {no injuries}
~hospital|family needs help arranging ride home for pt
$R lost in town, needs directions to shelter
~port|truck driver needs help finding parking for night

== missing_found_safe MISSING
$R reports 15yo didnt come home, now located at friends house safe
~campground|child wandered from site, found at playground, all ok
$R sts dad w dementia walked away, located by $N, home now
~festival|lost child reunited w mom at info booth
$R sts runaway teen called from aunts house, safe
~ski area|missing skier found at lodge, warm, ok
$R sts wife late from work, now home, cancel
~tribal land|elder missing overnight, found at cousins house, ok
$R sts son missing from group home, returned on own
~airport|unaccompanied minor missed connection, located w airline staff
$R sts hiker overdue, texted from trailhead, on way home
~ferry|child separated from parents on deck, reunited
$R sts grandma not at senior center, located at store
~transit|missing autistic teen found at end of line w operator, safe
$R sts roommate missing 2 days, texted he is at parents, fine
~elementary school|student not at bus stop, found at library, parent notified
$R sts husband didnt come home, found asleep in car in driveway, ok
'''

# ---------------------------------------------------------------------------------------
# Agencies (invented).  Header / trailer fragments: '^' -> digit, '%' -> capital letter.
# They are drawn independently of the label.
# ---------------------------------------------------------------------------------------
AGENCIES = [
    dict(code="NCR", name="Northcoast Regional Comm (CA penal-code nouns)", width=80,
         casing="upper", sep=" / ",
         R=["RP"], S=["SUBJ"], V=["VEH"], N=["NBR"], E=["MEDIC"], P=["SO"],
         heads=["@HHMMHRS", "U^^", "PRI 1|PRI 2|PRI 3", "CALLER ADVISED", "PH2 WRLS",
                "XFER CHP", "CB# ON FILE", "BEAT ^"],
         tails=["ADV CB IF FURTHER", "UNITS ADV", "NFI", "DUP 2^-^^^^^", "RP DOES NOT WISH CONTACT",
                "CT^^"],
         types="""
WEAPON=245;417 BRANDISHING
FIGHT=242 BATTERY;415F FIGHT
FIGHT.DV=273.5 DV
THREAT=422 THREATS
MEDICAL=MED AID;1141 AMB REQ
SUICIDE=5150 SUICIDAL;SUIC ATT
CRIME=CRIME IP
CRIME.BURG=459 IP
CRIME.ROBB=211 JO
CRIME.GTA=10851 IP
CRIME.EXPO=314 IP
CRIME.DUI=23152 VEH
CRIME.CHILD=273A CHILD ENDANG
CRIME.TRESP=602 IP
CRIME.SHOP=484 IP
CRIME.WARR=WARRANT
CRIME.PROWL=PROWLER
UNKNOWN=UNK TRBL;911 OPEN LINE
WELFARE=WELF CHK
SUSP=SUSP CIRC;SUSP PERS
HANGUP=911 HANGUP
DIST=415;415 VERBAL
NOISE=415N MUSIC
CIVIL=CIVIL
MENTAL=5150 EVAL;MH CONSULT
INTOX=647F
UNHOUSED=TRANSIENT
THEFT=484 RPT;459 RPT
FOUND=FOUND PROP
ANIMAL=ANIMAL
JUV=JUV DIST
HARASS=653M
ASSIST=PUB ASST
MISSING=MISS PERS
TRESPASS=602
"""),
    dict(code="KRT", name="Kettle River Tribal Dispatch (plain text)", width=120,
         casing="lower", sep="; ",
         R=["caller"], S=["party", "subj"], V=["vehicle"], N=["neighbor"], E=["ems"], P=["tribal pd"],
         heads=["ch 2|ch 3", "unit ^ ack", "@HM", "pri 2|pri 3", "caller advised", "bia ref ^^^^",
                "xfer from county"],
         tails=["caller advised", "cb neg", "unit ^ enrt", "logged", "ref ^^-^^^^"],
         types="""
WEAPON=person with weapon;weapons complaint
FIGHT=fight;assault
FIGHT.DV=domestic
THREAT=threats
MEDICAL=medical;ems assist
SUICIDE=suicidal subject
CRIME=crime in progress
CRIME.BURG=burglary in progress
CRIME.ROBB=robbery
CRIME.GTA=vehicle theft
CRIME.DUI=reckless/drunk driver
CRIME.CHILD=child welfare
CRIME.EXPO=indecent exposure
CRIME.WARR=warrant service
CRIME.PROWL=prowler
UNKNOWN=unknown problem
WELFARE=welfare check
SUSP=suspicious person;suspicious vehicle
HANGUP=911 hang up
DIST=disturbance;family disturbance
NOISE=noise complaint
CIVIL=civil problem
MENTAL=mental health
INTOX=intoxicated person
UNHOUSED=homeless person
THEFT=theft report
FOUND=found property
ANIMAL=animal problem;livestock at large
JUV=juvenile problem
HARASS=harassment
ASSIST=citizen assist
MISSING=missing person
TRESPASS=trespass
"""),
    dict(code="ARC", name="Aldergrove Regional Comm (BC, Canadian style)", width=100,
         casing="asis", sep=" -- ",
         R=["COMPL", "compl"], S=["POI"], V=["veh"], N=["neighbour"], E=["BCEHS"], P=["RCMP"],
         heads=["OCC ^^^^", "ZONE ^", "PRIORITY 2|PRIORITY 3", "COMPL ADVISED", "E911 PH2",
                "FILE ^^-^^^^^"],
         tails=["COMPL ADVISED", "CB OK", "NO FURTHER", "GD ^^ ASSIGNED", "FILE TO FOLLOW"],
         types="""
WEAPON=WEAPONS COMPLAINT;PERSON W WEAPON
FIGHT=ASSAULT;FIGHT
FIGHT.DV=DOMESTIC
THREAT=UTTERING THREATS
MEDICAL=MEDICAL ASSIST
SUICIDE=SUICIDAL PERSON
CRIME=CRIME IN PROGRESS
CRIME.BURG=B&E IN PROGRESS
CRIME.ROBB=ROBBERY
CRIME.GTA=THEFT OF AUTO
CRIME.DUI=IMPAIRED DRIVER
CRIME.CHILD=CHILD IN DANGER
CRIME.WARR=WANTED PERSON
CRIME.SHOP=SHOPLIFTER
UNKNOWN=UNKNOWN TROUBLE
WELFARE=CHECK WELLBEING
SUSP=SUSPICIOUS PERSON;SUSPICIOUS VEHICLE
HANGUP=911 ABANDONED
DIST=CAUSE DISTURBANCE
NOISE=NOISE COMPLAINT
CIVIL=CIVIL DISPUTE
MENTAL=MHA;MENTAL HEALTH
INTOX=INTOXICATED PERSON
UNHOUSED=UNSHELTERED PERSON
THEFT=THEFT UNDER 5000
FOUND=FOUND PROPERTY
ANIMAL=ANIMAL COMPLAINT
JUV=YOUTH COMPLAINT
HARASS=HARASSMENT
ASSIST=ASSIST PUBLIC
MISSING=MISSING PERSON
TRESPASS=UNWANTED PERSON
"""),
    dict(code="WSC", name="Wessex Shires Control (UK style)", width=150,
         casing="mixed", sep=". ",
         R=["INFT", "Informant"], S=["NOMINAL", "the male"], V=["VEH"], N=["neighbour"], E=["AMBS"],
         P=["OFFRS"],
         heads=["LOG ^^^^", "GRADE 2|GRADE 3", "@HM", "INFT ADVISED", "THRIVE DONE", "RES NP^^"],
         tails=["INFT ADVISED OF GRADE", "CALL BACK NOT REQ", "DUP OF LOG ^^^^", "OIC NOTED"],
         types="""
WEAPON=WEAPON - BLADED;FIREARMS INCIDENT
FIGHT=ASSAULT;FIGHT IN PROGRESS
FIGHT.DV=DOMESTIC INCIDENT
THREAT=THREATS TO KILL
MEDICAL=COLLAPSE/ILLNESS;INJURY
SUICIDE=SUICIDE/SELF HARM
CRIME=CRIME IN PROGRESS
CRIME.BURG=BURGLARY IN PROGRESS
CRIME.ROBB=ROBBERY
CRIME.GTA=THEFT OF MV
CRIME.DUI=DRINK DRIVER
CRIME.CHILD=CHILD CONCERN
CRIME.EXPO=INDECENT EXPOSURE
CRIME.WARR=WANTED/RECALL
UNKNOWN=UNKNOWN TROUBLE;SILENT CALL - 55
WELFARE=CONCERN FOR SAFETY
SUSP=SUSPICIOUS CIRCS
HANGUP=ABANDONED CALL
DIST=ASB - PERSONAL;DISTURBANCE
NOISE=ASB - NUISANCE
CIVIL=CIVIL DISPUTE
MENTAL=MENTAL HEALTH
INTOX=INTOX PERSON
UNHOUSED=ROUGH SLEEPER
THEFT=THEFT - OTHER
FOUND=LOST/FOUND PROPERTY
ANIMAL=ANIMALS
JUV=ASB - YOUTHS
HARASS=HARASSMENT
ASSIST=PUBLIC SERVICE
MISSING=MISPER
TRESPASS=TRESPASS
"""),
    dict(code="MRC", name="Murrumbidgee Regional Comms (AU style)", width=70,
         casing="upper", sep=" .. ",
         R=["INFT", "CALLER"], S=["POI"], V=["VEH"], N=["NEIGHBOUR"], E=["AMBO"], P=["POL"],
         heads=["JOB ^^^^^^", "P2|P3", "@HHMM", "INFT ADV", "VKG RELAY"],
         tails=["INFT ADV", "NFI", "LOGGED", "DUP JOB ^^^^^^"],
         types="""
WEAPON=ARMED PERSON
FIGHT=ASSAULT;BRAWL
FIGHT.DV=DOMESTIC
THREAT=THREATS
MEDICAL=MED - AMBO;AMBO ASSIST
SUICIDE=SELF HARM
CRIME=OFFENCE IN PROG
CRIME.BURG=BREAK AND ENTER
CRIME.ROBB=ROBBERY
CRIME.GTA=STEAL MV
CRIME.DUI=PCA DRIVER
CRIME.CHILD=CHILD AT RISK
UNKNOWN=UNK PROB
WELFARE=CFW;CONCERN FOR WELFARE
SUSP=SUSPICIOUS PERSON
HANGUP=000 HANGUP
DIST=DISTURBANCE
NOISE=NOISE
CIVIL=CIVIL
MENTAL=MH ASSIST
INTOX=INTOX PERSON
UNHOUSED=ROUGH SLEEPER
THEFT=STEALING
FOUND=FOUND PROP
ANIMAL=ANIMAL
JUV=JUVENILES
HARASS=HARASSMENT
ASSIST=ASSIST PUBLIC
MISSING=MISSING PERSON
TRESPASS=TRESPASS
"""),
    dict(code="TCS", name="Tri-County Sheriff (10-codes)", width=60,
         casing="upper", sep=" * ",
         R=["RP"], S=["SUBJ", "S1"], V=["VEH"], N=["NBR"], E=["EMS"], P=["S/O"],
         heads=["10-8", "UNIT ^", "@HM", "PRI 2", "ECO", "DSP ^^"],
         tails=["10-4", "ADV", "NFI"],
         types="""
WEAPON=10-32 ARMED
FIGHT=10-10 FIGHT
FIGHT.DV=10-16 DOMESTIC
THREAT=THREATS
MEDICAL=10-52 AMB
SUICIDE=10-56 SUICIDAL
CRIME=10-31 CRIME IP
CRIME.BURG=10-31 BURG
CRIME.DUI=10-55 DRUNK DRVR
CRIME.PROWL=10-31 PROWLER
UNKNOWN=10-00 UNK
WELFARE=WELF CHK
SUSP=10-37 SUSP
HANGUP=911 HU
DIST=DIST
NOISE=NOISE
CIVIL=CIVIL
MENTAL=10-96 MENTAL
INTOX=INTOX
UNHOUSED=TRANSIENT
THEFT=THEFT RPT
FOUND=FOUND PROP
ANIMAL=ANIMAL;LIVESTOCK
JUV=JUV
HARASS=HARASS
ASSIST=CITIZEN ASST;MOTORIST ASST
MISSING=10-57 MISS PERS
TRESPASS=TRESPASS
"""),
    dict(code="MCE", name="Metro Consolidated ECC (APCO common types)", width=160,
         casing="asis", sep=" // ",
         R=["RP", "rptg party"], S=["susp", "subj"], V=["veh"], N=["nbr"], E=["EMS"], P=["PD"],
         heads=["@HMS", "TRAIN ^^^", "STA ^^", "OPR ADV", "RCC RELAY", "PRI 3", "CAD ^^^^^^"],
         tails=["OCC NOTIFIED", "ADV", "CALLER ADVISED", "XREF ^^^^^^", "NFI AT THIS TIME"],
         types="""
WEAPON=WEAPON
FIGHT=FIGHT;ASSAULT
FIGHT.DV=DVA
THREAT=THREATS
MEDICAL=MEDICAL;INJPER
SUICIDE=SUICIDE
CRIME=CRIME IP
CRIME.BURG=BURGLARY
CRIME.ROBB=ROBBERY
CRIME.GTA=VEHTHEFT
CRIME.DUI=DUI
CRIME.EXPO=INDECENT
CRIME.CHILD=CHILD ENDANGER
UNKNOWN=TROUBLE
WELFARE=WELFARE
SUSP=SUSPPER;SUSPVEH
HANGUP=HANGUP
DIST=DISORD
NOISE=NOISE
CIVIL=CIVIL;CDX
MENTAL=MNTL;EDP
INTOX=INTOX
UNHOUSED=VAG
THEFT=THEFT
FOUND=FOUND
ANIMAL=ANIMAL
JUV=JUV
HARASS=HARR
ASSIST=CITASST;ASSIST
MISSING=PERMISS;PERFND
TRESPASS=TRESPASS
"""),
    dict(code="BPS", name="Bayou Parish Communications (signal codes)", width=130,
         casing="upper", sep=" - ",
         R=["COMP", "COMPL"], S=["SUBJ"], V=["VEH"], N=["NEIGHBOR"], E=["EMS"], P=["BPSO"],
         heads=["ITEM %-^^^^^-^^", "DIST ^", "PLATOON A|PLATOON B", "COMP ADVISED", "@HHMM"],
         tails=["COMP ADVISED", "NFI", "DUP ITEM", "SUPV NOTED"],
         types="""
WEAPON=SIG 95 WEAPON;SIG 37 AGG ASSLT
FIGHT=SIG 35 BATTERY;SIG 103F FIGHT
FIGHT.DV=SIG 35D DOMESTIC
THREAT=SIG 37T THREATS
MEDICAL=SIG 21M MEDICAL
SUICIDE=SIG 24 DESPONDENT
CRIME=SIG 21C CRIME IP
CRIME.BURG=SIG 62 BURGLARY
CRIME.ROBB=SIG 65 ROBBERY
CRIME.GTA=SIG 67A AUTO THEFT
CRIME.SHOP=SIG 67S SHOPLIFT
CRIME.DUI=SIG 21D DWI
CRIME.EXPO=SIG 89 EXPOSURE
UNKNOWN=SIG 21U UNK
WELFARE=SIG 21W WELFARE
SUSP=SIG 107 SUSP PERS
HANGUP=SIG 21H HANGUP
DIST=SIG 103 DIST
NOISE=SIG 103N NOISE
CIVIL=SIG 21V CIVIL
MENTAL=SIG 103M MENTAL
INTOX=SIG 21I INTOX
UNHOUSED=SIG 21T TRANSIENT
THEFT=SIG 67 THEFT
FOUND=SIG 21F FOUND PROP
ANIMAL=SIG 21A ANIMAL
JUV=SIG 21J JUVENILES
HARASS=SIG 21R HARASSMENT
ASSIST=SIG 21P PUBLIC ASST
MISSING=SIG 21X MISSING
TRESPASS=SIG 21K TRESPASS
"""),
    dict(code="CCY", name="Cascade County 911 (abbreviated, casing varies by call taker)", width=110,
         casing="random", sep=", ",
         R=["rp"], S=["subj", "s1"], V=["veh"], N=["nbr"], E=["medics"], P=["deputies"],
         heads=["@HHMM", "cfs ^^^^^", "pri 2|pri 3", "eco", "rp advised", "wireless ph2"],
         tails=["rp advised", "cb ok", "nfi", "dup"],
         types="""
WEAPON=WPN;MAN W/ WPN
FIGHT=ASLT;FIGHT
FIGHT.DV=DV-PHYS
THREAT=THRT
MEDICAL=MED;MED-ALS
SUICIDE=SUIC
CRIME=CRIM-IP
CRIME.BURG=BURG-IP
CRIME.ROBB=ROBB
CRIME.GTA=MVT-IP
CRIME.DUI=DUI
CRIME.CHILD=CHILD-ENDG
CRIME.PROWL=PROWL
UNKNOWN=UNK
WELFARE=WELCK
SUSP=SUSP
HANGUP=HU911
DIST=DIST-VERB;DIST
NOISE=NOISE
CIVIL=CIVIL
MENTAL=MH-CRISIS;MH
INTOX=INTOX
UNHOUSED=HOMELESS
THEFT=THEFT-RPT
FOUND=FOUND
ANIMAL=ANML
JUV=JUV
HARASS=HARASS
ASSIST=ASSIST
MISSING=MISSING
TRESPASS=TRESP
"""),
]

# Typical dispatch misspellings; words not listed get a transposition / dropped letter.
TYPOS = {
    "weapon": "wepon", "knife": "knfie", "unconscious": "unconcious", "unresponsive": "unresponsve",
    "breathing": "breathng", "suicidal": "sucidal", "threatening": "threatning",
    "threatened": "threatend", "bleeding": "bleeing", "vehicle": "vehical", "neighbor": "nieghbor",
    "neighbour": "nieghbour", "seizure": "siezure", "seizing": "siezing", "machete": "machette",
    "hatchet": "hachet", "burglary": "burglery", "strangled": "strangeled", "choking": "chocking",
    "overdosing": "overdoseing", "overdosed": "overdossed", "collapsed": "colapsed",
    "screaming": "screming", "disconnected": "disconected", "separate": "seperate",
    "harassment": "harrassment", "pistol": "pistal", "shotgun": "shotgn", "rifle": "rilfe",
    "apartment": "apartmnet", "parking": "parkign", "because": "becuase", "female": "femal",
    "refusing": "refusng", "friend": "freind", "intoxicated": "intoxicted", "property": "proprety",
    "welfare": "wellfare", "ambulance": "ambulence", "elderly": "elderley", "punched": "puched",
    "punching": "punchng", "yelling": "yeling", "stabbing": "stabing", "pulled": "puled",
    "hitting": "hiting", "kicking": "kiking", "throwing": "thowing", "fighting": "fightng",
    "bottle": "botle", "loading": "laoding", "brandishing": "brandishng", "waving": "wavng",
    "unknown": "unkown", "garage": "garge", "counselor": "councelor", "exposing": "exposng",
    "prowler": "prowlr", "whispering": "wispering", "intruder": "intrudor",
    "headbutted": "headbuted", "trapped": "traped", "hypothermic": "hypothermc",
    "anaphylaxis": "anaphylaxsis", "stomping": "stompng", "shoplifter": "shopliftr",
    "pointing": "poiting", "swinging": "swining", "carjacking": "carjaking", "cutting": "cuting",
    "brawling": "brawlng", "drooping": "droping", "slurred": "slured", "received": "recieved",
    "believes": "beleives", "tonight": "tonite", "people": "poeple",
    "slapped": "slaped", "dragging": "draging", "hanging": "hangin", "jumping": "jumpin",
    "running": "runing", "sleeping": "sleping", "stolen": "stollen", "camper": "campr",
    "security": "securty", "daughter": "daugther", "husband": "husbnad",
}


# ---------------------------------------------------------------------------------------
MARK_RE = re.compile(r"\[\[([a-z_]+):([^\]]*)\]\]|<<([a-z_]+):([^>]*)>>|\(\(([^)]*)\)\)|\{([^}]*)\}")
TOKEN_RE = re.compile(r"\$([RSVNEP])")


def load_templates():
    red, elig = [], []
    for label, text in (("red", RED_TEXT), ("eligible", ELIG_TEXT)):
        head = None
        idx = 0
        for raw in text.splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("== "):
                head = line[3:].split()
                idx = 0
                continue
            regional = line.startswith("~")
            if regional:
                line = line[1:].strip()
            hint = None
            m = re.search(r"\s@([A-Z]+)$", line)
            if m:
                hint = m.group(1)
                line = line[:m.start()].rstrip()
            idx += 1
            pool = head[0]
            tpl = dict(label=label, pool=pool, raw=line, regional=regional, hint=hint,
                       tid="%s-%s-%02d" % ("R" if label == "red" else "E", pool, idx))
            if label == "eligible":
                tpl["cats"] = head[1].split(",")
                elig.append(tpl)
            else:
                red.append(tpl)
    return red, elig


def parse_marked(s):
    """Strip markup; return (plain, spans).  Spans in text order."""
    out, spans, pos, n, open_alarm = [], [], 0, 0, None
    for m in MARK_RE.finditer(s):
        lit = s[pos:m.start()]
        out.append(lit)
        n += len(lit)
        if m.group(1) is not None:
            typ, kind, txt = "key", m.group(1), m.group(2)
        elif m.group(3) is not None:
            typ, kind, txt = "alarm", m.group(3), m.group(4)
        elif m.group(5) is not None:
            typ, kind, txt = "res", None, m.group(5)
        else:
            typ, kind, txt = "decoy", None, m.group(6)
        sp = dict(typ=typ, kind=kind, s=n, e=n + len(txt), text=txt)
        if typ == "alarm":
            sp["res"] = None
            open_alarm = sp
        elif typ == "res":
            if open_alarm is None:
                raise ValueError("resolution without alarm: " + s)
            open_alarm["res"] = sp
            open_alarm = None
        spans.append(sp)
        out.append(txt)
        n += len(txt)
        pos = m.end()
    out.append(s[pos:])
    plain = "".join(out)
    for bad in ("[[", "]]", "<<", ">>", "((", "))", "{", "}", "$", "|", "^", "%"):
        if bad in plain:
            raise ValueError("markup leak %r in %r" % (bad, s))
    return plain, spans


def alnum(t):
    return sum(1 for c in t if c.isalnum())


def survives(sp, W):
    if W is None or sp["e"] <= W:
        return True
    if sp["s"] >= W:
        return False
    t = sp["text"]
    if any(c.isspace() for c in t):
        return False
    n = alnum(t)
    k = alnum(t[:W - sp["s"]])
    return n > 5 and k >= max(5, n - 3)


def derive(spans, W, narrative):
    """Return (flags in canonical order, {kind: evidence})."""
    found = {}
    for sp in spans:
        if sp["typ"] not in ("key", "alarm") or not survives(sp, W):
            continue
        if sp["typ"] == "alarm":
            r = sp["res"]
            if r is not None and (W is None or r["e"] <= W):
                continue
        if sp["kind"] not in found:
            end = sp["e"] if W is None else min(sp["e"], W)
            found[sp["kind"]] = narrative[sp["s"]:end]
    return [k for k in KINDS if k in found], found


def classify_cut(spans, W):
    for sp in spans:
        if sp["s"] < W < sp["e"]:
            if sp["typ"] in ("key", "alarm"):
                t = sp["text"]
                if not any(c.isspace() for c in t) and alnum(t) > 5 and sp["e"] - W <= 4:
                    return "last1_4"
                return "inside_key"
            return "inside_res" if sp["typ"] == "res" else "inside_decoy"
    if any(sp["typ"] in ("key", "alarm") and sp["s"] >= W for sp in spans):
        return "before_key"
    if all(sp["e"] <= W for sp in spans):
        return "after_markup"
    return "other"


def supports(tpl, cat):
    _, spans = parse_marked(TOKEN_RE.sub("X", tpl["raw"]).replace("|", " / "))
    ka = [sp for sp in spans if sp["typ"] in ("key", "alarm")]
    if cat == "after_markup":
        return True
    if cat == "before_key":
        return bool(ka)
    if cat == "inside_decoy":
        return any(sp["typ"] == "decoy" for sp in spans)
    if cat == "inside_res":
        return any(sp["typ"] == "res" for sp in spans)
    if cat == "inside_key":
        return any(" " in sp["text"] or len(sp["text"]) >= 6 for sp in ka)
    if cat == "last1_4":
        return any(" " not in sp["text"] and alnum(sp["text"]) > 5 for sp in ka)
    return False


def parse_types(text):
    d = {}
    for line in text.strip().splitlines():
        k, v = line.split("=", 1)
        d[k.strip()] = [x.strip() for x in v.split(";")]
    return d


def fill(pattern, rng):
    alts = pattern.split("|")
    pattern = alts[rng.randrange(len(alts))]
    hh, mm, ss = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    pattern = (pattern.replace("@HMS", "%02d:%02d:%02d" % (hh, mm, ss))
               .replace("@HHMM", "%02d%02d" % (hh, mm)).replace("@HM", "%02d:%02d" % (hh, mm)))
    out = []
    for c in pattern:
        if c == "^":
            out.append(str(rng.randrange(10)))
        elif c == "%":
            out.append(chr(65 + rng.randrange(26)))
        else:
            out.append(c)
    return "".join(out)


def sentence_case(text, sep):
    chars = list(text)
    starts = [0]
    i = text.find(sep)
    while i >= 0:
        starts.append(i + len(sep))
        i = text.find(sep, i + 1)
    for st in starts:
        if st < len(chars) and chars[st].isalpha():
            chars[st] = chars[st].upper()
    return "".join(chars)


def apply_case(plain, mode, body_start, sep):
    if mode == "upper":
        return plain.upper()
    if mode == "lower":
        return plain.lower()
    if mode == "mixed":
        return plain[:body_start].upper() + sentence_case(plain[body_start:], sep)
    return plain  # asis


def misspell(word, rng):
    low = word.lower()
    if low in TYPOS and TYPOS[low] != low:
        new = TYPOS[low]
        if word.isupper():
            new = new.upper()
        elif word[0].isupper():
            new = new[0].upper() + new[1:]
        return new
    for _ in range(20):
        op = rng.randrange(3)
        i = 1 + rng.randrange(len(word) - 2)
        if op == 0 and word[i] != word[i + 1]:
            return word[:i] + word[i + 1] + word[i] + word[i + 2:]
        if op == 1:
            return word[:i] + word[i + 1:]
        if op == 2 and word[i] not in "aeiouAEIOU":
            return word[:i] + word[i] + word[i:]
    return word[:1] + word[2:1:-1] + word[1] + word[3:] if len(word) > 3 else word


def apply_typo(raw, want_key, label, rng):
    """Misspell one word.  Returns (new_raw, where) where in {'key','plain',None}."""
    key_types = ("key",) if label == "red" else ("alarm", "res", "decoy")
    ranges = []
    for m in MARK_RE.finditer(raw):
        g = [i for i in range(1, 7) if m.group(i) is not None]
        gi = g[-1]
        typ = {2: "key", 4: "alarm", 5: "res", 6: "decoy"}[gi]
        ranges.append((m.start(), m.end(), m.start(gi), m.end(gi), typ))
    keyw, plainw = [], []
    for m in re.finditer(r"[A-Za-z]{4,}", raw):
        ws, we = m.start(), m.end()
        where = "plain"
        for (ms, me, cs, ce, typ) in ranges:
            if cs <= ws and we <= ce:
                where = typ
                break
            if ws < me and we > ms:
                where = "syntax"
                break
        if where in key_types:
            keyw.append((ws, we))
        elif where == "plain":
            plainw.append((ws, we))
    order = [("key", keyw), ("plain", plainw)] if want_key else [("plain", plainw), ("key", keyw)]
    for tag, cands in order:
        if cands:
            ws, we = rng.choice(cands)
            word = raw[ws:we]
            new = misspell(word, rng)
            if new != word:
                return raw[:ws] + new + raw[we:], tag
    return raw, None


# ---------------------------------------------------------------------------------------
class Gen:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.red, self.elig = load_templates()
        self.by_pool = {}
        for t in self.red + self.elig:
            self.by_pool.setdefault(t["pool"], []).append(t)
        self.red_pools = list(KINDS)
        self.elig_pools = []
        for t in self.elig:
            if t["pool"] not in self.elig_pools:
                self.elig_pools.append(t["pool"])
        self.support = {}
        for t in self.red + self.elig:
            self.support[t["tid"]] = [c for c in CUT_CATS if supports(t, c)]
        self.agencies = []
        for a in AGENCIES:
            a = dict(a)
            a["typemap"] = parse_types(a["types"])
            self.agencies.append(a)
        self.tpl_use = {}
        self.pool_use = {}
        self.ag_use = {}
        self.cat_use = {c: 0 for c in CUT_CATS}
        self.seen = {}

    # -- helpers -------------------------------------------------------------------------
    def least(self, items, use):
        def name(x):
            return x if isinstance(x, str) else x.get("tid") or x.get("code")
        keyed = [(use.get(name(x), 0), self.rng.random(), i) for i, x in enumerate(items)]
        keyed.sort()
        return [items[k[2]] for k in keyed]

    def subst(self, raw, ag):
        rng = self.rng
        words = {k: rng.choice(ag[k]) for k in "RSVNEP"}
        return TOKEN_RE.sub(lambda m: words[m.group(1)], raw)

    def compose(self, raw, ag, nh, nt):
        rng = self.rng
        body = self.subst(raw, ag).replace("|", ag["sep"])
        heads = [fill(h, rng) for h in rng.sample(ag["heads"], nh)]
        tails = [fill(t, rng) for t in rng.sample(ag["tails"], nt)]
        header = " ".join(heads)
        marked = (header + ag["sep"] + body) if header else body
        if tails:
            marked += ag["sep"] + " ".join(tails)
        body_start = len(header) + len(ag["sep"]) if header else 0
        mode = ag["casing"]
        if mode == "random":
            mode = rng.choice(["upper", "lower", "asis", "upper"])
        return marked, body_start, mode

    def try_render(self, raw, cut_cat):
        """Search agency + header/trailer; return render dict or None."""
        rng = self.rng
        if cut_cat is None:
            for ag in self.least(self.agencies, self.ag_use):
                for attempt in range(8):
                    nh = [0, 1, 1, 2, 2, 3][rng.randrange(6)] if attempt < 6 else 0
                    nt = [0, 0, 1, 1, 2][rng.randrange(5)] if attempt < 6 else 0
                    marked, bs, mode = self.compose(raw, ag, nh, nt)
                    plain, spans = parse_marked(marked)
                    if len(plain) >= ag["width"]:
                        continue
                    narr = apply_case(plain, mode, bs, ag["sep"])
                    if narr.lower() in self.seen:
                        continue
                    return dict(ag=ag, marked=marked, plain=plain, spans=spans, narr=narr,
                                W=None, mode=mode)
            return None
        order = self.least(self.agencies, self.ag_use)
        for attempt in range(3 * len(order)):
            ag = order[attempt % len(order)]
            W = ag["width"]
            sep = ag["sep"]
            body = self.subst(raw, ag).replace("|", sep)
            bplain, bspans = parse_marked(body)
            # body-relative cut positions that give the wanted category
            feas = []
            for bs in range(0, 90):
                wb = W - bs
                if wb < 10:
                    break
                if bs != 0 and bs < len(sep) + 2:
                    continue
                if wb <= len(bplain):
                    if bplain[wb - 1] != " " and classify_cut(bspans, wb) == cut_cat:
                        feas.append(bs)
                elif cut_cat == "after_markup" and classify_cut(bspans, wb) == cut_cat:
                    feas.append(bs)
            if not feas:
                continue
            mode = ag["casing"]
            if mode == "random":
                mode = rng.choice(["upper", "lower", "asis", "upper"])
            for sub in range(60):
                nh = rng.randrange(5)
                header = " ".join(fill(h, rng) for h in rng.sample(ag["heads"], nh))
                bs = len(header) + len(sep) if header else 0
                if bs not in feas:
                    continue
                for sub2 in range(4):
                    nt = rng.randrange(3)
                    trailer = " ".join(fill(t, rng) for t in rng.sample(ag["tails"], nt))
                    marked = (header + sep if header else "") + body + (sep + trailer if trailer else "")
                    plain, spans = parse_marked(marked)
                    if len(plain) <= W or W - bs < 10 or plain[W - 1] == " ":
                        continue
                    if classify_cut(spans, W) != cut_cat:
                        continue
                    narr = apply_case(plain, mode, bs, sep)[:W]
                    if narr.lower() in self.seen:
                        continue
                    return dict(ag=ag, marked=marked, plain=plain, spans=spans, narr=narr, W=W,
                                mode=mode)
        return None

    def call_type(self, tpl, spans, ag, label):
        rng = self.rng
        if label == "red":
            fitting = rng.random() < 0.70
            cat = KIND_CAT[tpl["pool"]] if fitting else rng.choice(MILD)
        else:
            fitting = rng.random() < 0.80
            if fitting:
                cat = rng.choice(tpl["cats"])
                if cat == "ALARMKIND":
                    cat = KIND_CAT[[sp for sp in spans if sp["typ"] == "alarm"][0]["kind"]]
            else:
                cat = rng.choice(ALARMING)
        tm = ag["typemap"]
        key = cat
        if fitting and tpl.get("hint") and (cat + "." + tpl["hint"]) in tm:
            key = cat + "." + tpl["hint"]
        return rng.choice(tm[key]), ("fitting" if fitting else ("mild" if label == "red" else "alarming"))

    # -- main ----------------------------------------------------------------------------
    def build(self):
        rng = self.rng
        labels = ["red"] * N_RED + ["eligible"] * (N_ROWS - N_RED)
        rng.shuffle(labels)
        cut_rows = sorted(rng.sample(range(N_ROWS), N_CUT))
        is_cut = [False] * N_ROWS
        for i in cut_rows:
            is_cut[i] = True
        typo_rows = sorted(rng.sample(range(N_ROWS), N_TYPO))
        typo_mode = [None] * N_ROWS
        for i in typo_rows:
            typo_mode[i] = "yes"
        self.typo_done = {"key": 0, "plain": 0}

        rows = []
        for i in range(N_ROWS):
            label = labels[i]
            pools = self.red_pools if label == "red" else self.elig_pools
            res = None
            if is_cut[i]:
                for cat in self.least(CUT_CATS, self.cat_use):
                    cand_pools = [p for p in pools
                                  if any(cat in self.support[t["tid"]] for t in self.by_pool[p])]
                    for pool in self.least(cand_pools, self.pool_use)[:3]:
                        tpls = [t for t in self.by_pool[pool] if cat in self.support[t["tid"]]]
                        for tpl in self.least(tpls, self.tpl_use)[:4]:
                            raw, typo_at = tpl["raw"], None
                            if typo_mode[i]:
                                raw, typo_at = apply_typo(raw, self.typo_done["key"] <= self.typo_done["plain"], label, rng)
                            res = self.try_render(raw, cat)
                            if res:
                                res.update(tpl=tpl, typo_at=typo_at, cut_cat=cat)
                                break
                        if res:
                            break
                    if res:
                        break
            else:
                pool = self.least(pools, self.pool_use)[0]
                for tpl in self.least(self.by_pool[pool], self.tpl_use):
                    raw, typo_at = tpl["raw"], None
                    if typo_mode[i]:
                        raw, typo_at = apply_typo(raw, self.typo_done["key"] <= self.typo_done["plain"], label, rng)
                    res = self.try_render(raw, None)
                    if res:
                        res.update(tpl=tpl, typo_at=typo_at, cut_cat=None)
                        break
            if res is None:
                raise RuntimeError("could not render row %d" % i)
            tpl, ag, W = res["tpl"], res["ag"], res["W"]
            self.tpl_use[tpl["tid"]] = self.tpl_use.get(tpl["tid"], 0) + 1
            self.pool_use[tpl["pool"]] = self.pool_use.get(tpl["pool"], 0) + 1
            self.ag_use[ag["code"]] = self.ag_use.get(ag["code"], 0) + 1
            if res["cut_cat"]:
                self.cat_use[res["cut_cat"]] += 1
            if res["typo_at"]:
                self.typo_done[res["typo_at"]] += 1
            narr = res["narr"]
            self.seen[narr.lower()] = i
            flags, ev = derive(res["spans"], W, narr)
            ctype, ct_mode = self.call_type(tpl, res["spans"], ag, label)
            if flags:
                out_label = "red_flag"
                reason = "; ".join("%s <- '%s'" % (k, ev[k]) for k in flags)
            else:
                out_label = "eligible"
                if tpl["label"] == "red":
                    lost = [k for k in KINDS if any(sp["typ"] == "key" and sp["kind"] == k
                                                    for sp in res["spans"])]
                    reason = "eligible: red cue lost to cut (%s)" % "+".join(lost)
                else:
                    reason = "eligible: %s" % tpl["pool"]
            if W is not None:
                reason += "; truncated at %d" % W
            rows.append(dict(
                id="B15-%04d" % (i + 1), call_type=ctype, narrative=narr, label=out_label,
                flags=";".join(flags), reason=reason, split="blind15",
                # internal bookkeeping (used by check_blind15.py, not written to the CSV)
                _marked=res["marked"], _width=ag["width"], _cut=W is not None, _agency=ag["code"],
                _tid=tpl["tid"], _pool=tpl["pool"], _intent=tpl["label"], _typo=res["typo_at"],
                _cut_cat=res["cut_cat"], _ct_mode=ct_mode, _casing=res["mode"]))
        return rows


FIELDS = ["id", "call_type", "narrative", "label", "flags", "reason", "split"]


def build():
    return Gen().build()


def write_csv(rows, path):
    with open(path, "w", newline="", encoding="ascii") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(FIELDS)
        for r in rows:
            w.writerow([r[k] for k in FIELDS])


def main(argv):
    outdir = argv[1] if len(argv) > 1 else "."
    os.makedirs(outdir, exist_ok=True)
    rows = build()
    path = os.path.join(outdir, "blind15.csv")
    write_csv(rows, path)
    nred = sum(1 for r in rows if r["label"] == "red_flag")
    print("wrote %s: %d rows, %d red_flag, %d eligible, %d truncated"
          % (path, len(rows), nred, len(rows) - nred, sum(1 for r in rows if r["_cut"])))


if __name__ == "__main__":
    main(sys.argv)
