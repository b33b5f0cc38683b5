/// Issue 13, twelfth pass (`blind12.csv` and `blind13.csv` as development data): danger words in calls whose
/// scene is settled or harmless, the false alarms that kept precision on unseen sets near 0.65.
///
/// - A fall or a collapse answered: the person is up, awake or oriented, or has no injury ("FELL, GOT BACK UP, NO
///   INJURY"): the lift assist of the medical protocol's lowest level, not an emergency. A fall with a head strike,
///   a blood thinner or a person who cannot get up keeps its flag (the answer must raise no red flag of its own);
///   "now alert" or "is conscious" alone does not answer it ("syncopal episode, now alert but pale", "fell out of a
///   window, is conscious and crying").
/// - Weapons at rest: stored, locked, cased, holstered, registered, found as property, old ammunition to dispose
///   of, an armed guard at work. A weapon is a red flag when it is present and used or at hand in a conflict (the
///   labelling guide); one locked in a safe beside a noise complaint is not.
/// - Idioms: a smell or a noise "killing her", "driving her to murder", "murdering the fight song", "dropped the
///   bomb", "bleeding her dry", "kill it on the field".
/// - Injured animals: an injured hawk or a deer with a broken leg is a wildlife call, not a patient.
/// - Bangs explained: balloons popping, a transformer that blew, a starter pistol, a bird cannon, pipes knocking,
///   hail, legal hunting. Like "it was fireworks", they explain shots anywhere in the narrative.
///
/// These entries come first in the built-in lexicon, so they win ties of equal length. Each names its source.
enum SettledSceneFamilies: LexiconTable {
    typealias Entry = NarrativeLexicon.Entry

    static let fallSource = "Medical dispatch key questions: falls (able to get up, injury, alert): a fall with no injury and a person who is up and alert is the lowest determinant (MPDS protocol 17, lift assist)"
    static let restingWeaponSource = "Issue 13 twelfth pass: a weapon at rest (stored, locked, cased, holstered, registered, found as property) is not a weapon present and used; the labelling guide counts a weapon used, shown or at hand in a conflict"
    static let idiomSource = "Issue 13 twelfth pass: idioms that use danger words"
    static let animalSource = "APCO ANS 2.103.2 ANIMAL - INJURED / WILDLIFE: an injured animal is an animal-services call, not a patient"
    static let soundSource = "Issue 13 twelfth pass: harmless sources of a bang named by the caller, a unit or a second caller (APCO ANS 2.103.2 SHOTS FIRED dispositions: fireworks, backfire, transformer, construction)"

    static let determiners = FourthPassFamilies.determiners
    static let firearms = EverydayUseFamilies.firearms
    static let arms = "\(firearms)|WEAPON|WEAPONS|KNIFE|KNIVES|AMMO|AMMUNITION|BOW|CROSSBOW|SWORD|SWORDS"
    static let animals = "HAWK|HAWKS|DEER|DOE|FAWN|DOG|DOGS|CAT|CATS|BIRD|BIRDS|OWL|EAGLE|GOOSE|GEESE|DUCK|DUCKS|SWAN|RACCOON|POSSUM|OPOSSUM|SKUNK|FOX|COYOTE|SQUIRREL|RABBIT|HORSE|HORSES|COW|COWS|CATTLE|CALF|ELK|MOOSE|BEAR|TURTLE|SEAL|PUPPY|KITTEN|ANIMAL|ANIMALS|PET|PIGEON|GULL|SEAGULL|PELICAN|HERON|CRANE|BAT|KANGAROO|KANGAROOS|ROO|WALLABY|WOMBAT|KOALA|EMU|GOAT|GOATS|SHEEP|PIG|PIGS|DONKEY|MULE|LLAMA|ALPACA|STEER|STEERS|BULL|BULLS|HEIFER|OX"
    /// Things (not people) that a caller says are "killing" them.
    static let nuisances = "BASS|MUSIC|NOISE|SMELL|STENCH|ODOR|ODOUR|FUMES|SMOKE|HEAT|HET|COLD|DRUMS|BARKING|ROOSTER|PARTY|TV|STEREO|SPEAKERS|SPEAKER|LIGHTS|RENT|BILLS|FEES|TRAFFIC|WAIT|HUMIDITY|FURNACE|AC|HEATER|CONSTRUCTION|GENERATOR|BLOWER|LEAFBLOWER|BEEPING|ALARM|DUMPSTER|GARBAGE|TRASH|MOLD|MOLDY|SMOG|CHAIR|BED|COMMUTE|SHIFT|JOB|BACK|KNEES|FEET|HEADACHE|SLOTS|BUFFET|LINE|QUEUE|POTHOLE|POTHOLES|HEATWAVE|SUN|HILL|STAIRS|HOMEWORK|KIDS|EXAM|TEST|FINALS|WORKOUT|HIKE|CLASS"
    /// First words of the triggers a settled fall answers: falls, collapses, faints, a person down, not moving or
    /// not waking.
    static let fallWords = ["FELL", "FALL", "FALLEN", "GLF", "GROUND", "TRIP", "SLIP", "COLLAPS", "FAINT", "PASSED", "PASSING",
                            "BLACK", "DOWN", "PERSON", "MAN", "WOMAN", "MALE", "FEMALE", "SUBJ", "GUY", "LADY",
                            "UNRESP", "UNCON", "UNC", "SLUMP", "NOT", "LAYING", "LYING", "FOUND", "FACE", "WONT", "CANT"]

    static let entries: [Entry] = firstReports + settledFalls + restingWeapons + lawfulArms + idioms + moreIdioms + injuredAnimals + bangsExplained
        + sportAndSpeech + propsAndObjects + pastFlags

    static let speechSource = "Issue 13 sixth session: danger words in sport, speech and complaint (a referee who robbed a team, a shot taken in a review, traffic that is murder)"
    static let objectSource = "Issue 13 sixth session: things, not people (a prop or toy named before its weapon, a rock or tree on the road, a bag whose owner came back)"

    /// Danger words used of games, speech and nuisances, not of acts against a person.
    static let sportAndSpeech: [Entry] = [
        // blind22 as development data: a mouth shot off, dirty looks, hoops and photos shot, a safety plan.
        Entry(pattern: "SHOOTING|SHOOTS|SHOT|SHOOT HIS|HER|THEIR|MY BIG? MOUTH|MOUTHS OFF, SHOOTING|SHOOTS|SHOT|SHOOT HIM|HER|ME|US|THEM|RP|CALLER? DIRTY|MEAN|NASTY? LOOKS|LOOK|GLARES, SHOOTING|SHOOTS|SHOT|SHOOT HOOPS|BASKETS|POOL|BASKETBALL|PHOTOS|PICTURES|PICS|VIDEO|VIDEOS|FILM|FOOTAGE, SHOOTING|SHOOTS|SHOT|SHOOT A|SOME VIDEO|FILM|MOVIE|COMMERCIAL|SCENE|MUSIC",
              role: .ignore, source: speechSource),
        Entry(pattern: "SAFETY|CRISIS|CARE|TREATMENT|DISCHARGE|BIRTH|LESSON|PAYMENT|MEAL|PHONE|DATA|BUSINESS|FLOOR|ESCAPE PLAN|PLANS",
              role: .ignore, source: speechSource),
        Entry(pattern: "REFUSED|REFUSES|REFUSING|DECLINED|DECLINES|DECLINING TO? GIVE|PROVIDE|LEAVE? HIS|HER|THEIR? NAME|NAMES|CONTACT|CALLBACK|CB|INFO|ID|ADDRESS|NUMBER|DETAILS, CONCESSION|CONCESSIONS|CLAM|CLAMS",
              role: .ignore, source: speechSource),
        Entry(pattern: "SHOOTING|SHOOT|SHOT|SHOOTS THE BREEZE, TOOK|TAKES|TAKING|TAKE A SHOT|SHOTS|SWIPE AT _? _? IN|ON|DURING A|AN|THE|HER|HIS|THEIR|MY REVIEW|POST|COMMENT|REPLY|EMAIL|MEETING|ARTICLE|SPEECH|PODCAST|NEWSLETTER|LETTER|GROUP|CHAT, TOOK|TAKES|TAKING A SHOT|SHOTS AT _? _? ONLINE",
              role: .ignore, source: speechSource),
        Entry(pattern: "REF|REFS|REFEREE|REFEREES|UMP|UMPS|UMPIRE|UMPIRES|OFFICIALS|JUDGES ROBBED|ROBBING|ROBS, MURDER|KILL|DESTROY|CRUSH|SLAUGHTER THE OTHER|OPPOSING TEAM|SIDE|TEAMS|SQUAD",
              role: .ignore, source: speechSource),
        Entry(pattern: "\(nuisances) IS|WAS|ARE MURDER|KILLER, \(nuisances) ON|IN|AT|OVER \(determiners)? _ _? IS|WAS|ARE MURDER|KILLER|KILLING",
              role: .ignore, source: speechSource),
    ]

    static let historySource = "Issue 13 sixth session: premise flags and caution notes from past calls, and dates long past, are history, not the call (APCO/NENA CAD premise hazard fields)"

    /// Premise flags and years gone by: "ADDRESS FLAGGED FOR WEAPONS IN 2018, TODAY ...", "had a murder in it in
    /// the 90s", "it is from 2019, not current".
    static let pastFlags: [Entry] = [
        Entry(pattern: "FLAGGED|FLAG FOR|ON, CAUTION|PREMISE|ADDRESS|SAFETY|OFFICER SAFETY FLAG|FLAGS|NOTE|NOTES|HAZARD|HAZARDS FOR|ON|OF?",
              role: .history, source: historySource),
        Entry(pattern: "IN|FROM|DURING THE 50S|60S|70S|80S|90S|2000S|FIFTIES|SIXTIES|SEVENTIES|EIGHTIES|NINETIES, IS|WAS FROM %, FROM %, BACK IN %",
              role: .historyAfter, source: historySource),
    ]

    /// Objects: a weapon word after the word that makes it a prop or a toy, a shape, and things down on a road.
    static let propsAndObjects: [Entry] = [
        // An animal in the road is an animal-services call ("LOOSE DOG RUNNING IN TRAFFIC").
        Entry(pattern: "\(animals) RUNNING|WANDERING|LOOSE|STANDING|WALKING IN|ON|INTO|THROUGH THE? TRAFFIC|ROAD|STREET|HIGHWAY|FREEWAY|LANES",
              role: .ignore, source: animalSource),
        // A sound from a screen or a speaker ("GUNFIRE SOUNDS FROM TV TURNED UP LOUD").
        // (Only "from": "ON TV" answers an open line as a resolution, `TenthPassFamilies.resolutions`.)
        Entry(pattern: "FROM THE|A|HIS|HER|THEIR|NEIGHBORS? TV|TELEVISION|MOVIE|FILM|VIDEOGAME|STEREO|SPEAKERS, FROM THE|A|HIS|HER|THEIR? VIDEO GAME|GAMES",
              role: .soundExplained, source: soundSource),
        // A bang explained in any entry of the log ("@1029 CONFIRMED VEH BACKFIRING", "UPDATE: RP ADV IT WAS
        // FIREWORKS"): like the eighth pass's "it was fireworks", wherever it is told.
        Entry(pattern: "VEH|VEHICLE|TRUCK|BUS|ENGINE|MOTORCYCLE|BIKE|BOAT|TRACTOR|MOWER|EXHAUST BACKFIRING|BACKFIRE|BACKFIRED|BACKFIRES, IT|THEY|THAT|THOSE WAS|IS|WERE|ARE|S JUST|ONLY? FIREWORKS|FIRECRACKERS|BACKFIRING, IT|THAT WAS|IS|S JUST|ONLY? A BACKFIRE",
              role: .soundExplained, source: soundSource),
        // "she thought it was fireworks at first but there are holes in the siding": a guess, not an explanation.
        Entry(pattern: "THOUGHT|ASSUMED|FIGURED|BELIEVED|HOPED IT|THEY|THAT WAS|WERE|S JUST|ONLY? FIREWORKS|FIRECRACKERS|BACKFIRING, THOUGHT|ASSUMED|FIGURED|BELIEVED|HOPED IT|THAT WAS|S JUST|ONLY? A BACKFIRE",
              role: .ignore, source: soundSource),
        // (A plastic, foam, toy, fake, prop or replica sword, gun, knife, rifle or pistol is a resolution of its own,
        // `TenthPassFamilies.resolutions`: an answer that names it must still resolve the alarm before it.)
        Entry(pattern: "PROPS|TOYS|COSTUME|STAGE|NERF|STICK|INFLATABLE AXE|AXES|SWORD|SWORDS|GUN|GUNS|RIFLE|RIFLES|PISTOL|PISTOLS|KNIFE|KNIVES|MACHETE|MACHETES|CHAINSAW|BOMB|GRENADE|SHOTGUN|DAGGER|SPEAR, PROP|TOY|REPLICA|CARDBOARD|FOAM|PLASTIC|FAKE|RUBBER|WOODEN AXE|AXES|MACHETE|MACHETES|CHAINSAW|BOMB|GRENADE|SHOTGUN|DAGGER|SPEAR",
              role: .ignore, source: objectSource),
        Entry(pattern: "SHAPED LIKE A|AN \(arms)|GRENADE|BOMB, \(arms) SHAPED|STYLE|LOOKING",
              role: .ignore, source: objectSource),
        Entry(pattern: "TREE|TREES|BRANCH|BRANCHES|LIMB|LIMBS|POLE DOWN, ROCK|ROCKS|BOULDER|TREE|BRANCH FELL ONTO|ON|ACROSS|INTO \(determiners)? _? ROAD|STREET|LANE|DRIVEWAY|TRAIL|PATH|TRACKS|HIGHWAY|HWY|FENCE|SHED",
              role: .ignore, source: objectSource),
        Entry(pattern: "BOLT|STAPLE|HEAT|SPRAY|GREASE|RIVET|LABEL|TATTOO|STUD|TEMPERATURE|TEMP|THERMAL GUN|GUNS, CAPTIVE BOLT",
              role: .ignore, source: objectSource),
        // "911 HANGUP PRIOR, CALLBACK OK": the hang-up answered by its call-back.
        // ("CB NEG" is no answer on the call-back, "CB DONE" bookkeeping: neither answers anything.)
        Entry(pattern: "CALLBACK|CB|RECALL OK|OKAY|GOOD|FINE, CALLED BACK OK|OKAY|FINE",
              role: .resolution(.init(kinds: [.uncertainty], followsAlarm: true)), source: objectSource),
        Entry(pattern: "OWNER|OWNERS CAME|COMES|WENT BACK|RETURNED, OWNER|OWNERS CLAIMED|COLLECTED|RETRIEVED IT|THEM|BAG|SUITCASE",
              role: .resolution(.init(kinds: [.uncertainty, .policeOnly, .weapon])), source: objectSource),
    ]

    static let firstReportSource = "Issue 13 twelfth pass: a CAD narrative keeps the first report and its correction in one line (APCO ANS 2.103.2 dispositions: unfounded, information corrected by a later caller)"

    /// A first report named as such: a strong word of resolution later in its clause answers the alarm it
    /// introduces ("RP FIRST SAID HE WAS THREATENED CLARIFIES HE WAS ONLY TOLD TO LEAVE").
    static let firstReports: [Entry] = [
        Entry(pattern: "RP|CALLER|CP|COMP|COMPL|CLR|SHE|HE FIRST|INITIALLY|ORIGINALLY SAID|REPORTED|STATED|THOUGHT|CALLED, 1ST|FIRST|INITIAL|ORIGINAL CALLER|CALL|REPORT|RP SAID|REPORTED|STATED|SAYS|WAS|OF",
              role: .firstReport, source: firstReportSource),
    ]

    /// The person up, awake, oriented, or not hurt: what answers a fall, a collapse or a person down.
    static let settledFalls: [Entry] = [
        Entry(pattern: "NO|NOT|WITHOUT|DENIES|DENIED INJURY|INJURIES|INJURED|HURT|INJ, NO VISIBLE|OBVIOUS|APPARENT|HEAD INJURY|INJURIES, UNINJURED, UNHURT, NOBODY HURT|INJURED, NO ONE HURT|INJURED, HE|SHE|THEY|PT IS|WAS|ARE|WERE NOT HURT|INJURED|INJ",
              role: .resolution(.init(kinds: [.injury], triggerPrefixes: fallWords, followsAlarm: true)), source: fallSource),
        Entry(pattern: "CRYING NORMALLY, JUST? NEEDS|WANTS HELP UP|GETTING UP, LIFT ASSIST, IS FINE|OK|OKAY, WOKE ON|AFTER|UP|WHEN, WOKE HIM|HER|THEM UP?, NOW AWAKE, AWAKE NOW, EATING LUNCH|DINNER|BREAKFAST|A SANDWICH, IS|GOT|GETS|SAT|SITS|SITTING|STOOD|STANDING|NOW|BACK|HELPED UP, GOT|GETS|SAT|STOOD BACK UP, UP AND WALKING|TALKING|ABOUT|AROUND|ALERT, ALERT AND TALKING|ORIENTED|WALKING|AMBULATORY|OK|OKAY|FINE, A&O|AO|AOX3|AOX4, A O, WALKING AROUND|NORMALLY, WALKED AWAY|OFF|HOME|OUT, SITTING UP",
              role: .resolution(.init(kinds: [.injury], triggerPrefixes: fallWords, followsAlarm: true)), source: fallSource),
    ]

    /// A weapon at rest: the phrase is read whole, so its weapon word is not a weapon present.
    static let restingWeapons: [Entry] = [
        Entry(pattern: "\(arms) ARE|IS|WAS|WERE|STAY|STAYS|KEPT|KEEPS|ALL|ALWAYS? LOCKED|STORED|CASED|SECURED|UNLOADED|HOLSTERED|SHEATHED|BAGGED",
              role: .ignore, source: restingWeaponSource),
        Entry(pattern: "LOCKED|STORED|CASED|SECURED|HOLSTERED|SHEATHED|REGISTERED|LICENSED|UNLOADED|INHERITED|ANTIQUE|DEMILITARIZED|DEACTIVATED|DECOMMISSIONED|SPENT|EXPIRED \(arms)",
              role: .ignore, source: restingWeaponSource),
        Entry(pattern: "\(arms) CASED|UNLOADED|HOLSTERED|SHEATHED, \(arms) IN|INTO|INSIDE \(determiners)? _? LOCKED|GUN|LOCKING? SAFE|CASE|RACK|LOCKER|CABINET|SHEATH|HOLSTER|BOX|TRUNK|SAFES, \(arms) IN|INSIDE A|THE|HIS|HER LOCKED DRAWER|CLOSET|ROOM",
              role: .ignore, source: restingWeaponSource),
        Entry(pattern: "RIFLE|GUN|PISTOL|SHOTGUN|ARCHERY|BOW SAFE|SAFES|LOCK|LOCKS|RACK|RACKS|CABINET|SHOP|STORE|SHOW|RANGE|CLUB|TEAM|DEALER|PERMIT|LICENSE|COUNTER",
              role: .ignore, source: restingWeaponSource),
        Entry(pattern: "FOUND|FINDS|DISCOVERED SOME? \(determiners)? OLD|SPENT|RUSTY|RUSTED|EXPIRED|LIVE? AMMUNITION|AMMO|SHELL|SHELLS|CASINGS|BULLETS|ROUNDS|CARTRIDGES, TURNING|TURN IN|OVER \(determiners)? OLD|SPENT|RUSTY|RUSTED|EXPIRED|LIVE? AMMUNITION|AMMO|SHELLS|CASINGS|BULLETS|ROUNDS|CARTRIDGES, DISPOSE|DISPOSAL|DISPOSING OF \(determiners)? OLD|SPENT|RUSTY|RUSTED|EXPIRED|LIVE? AMMUNITION|AMMO|SHELLS|CASINGS|BULLETS|ROUNDS|CARTRIDGES, OLD|RUSTY|RUSTED|SPENT|EXPIRED AMMUNITION|AMMO|SHELLS|CASINGS|BULLETS|ROUNDS|CARTRIDGES, SHELL CASINGS",
              role: .ignore, source: restingWeaponSource),
        Entry(pattern: "FOUND|FINDS \(determiners)? HUNTING|POCKET|KITCHEN|FOLDING|STEAK|UTILITY|BOX KNIFE|KNIVES|CUTTER, FOUND PROPERTY",
              role: .ignore, source: restingWeaponSource),
        Entry(pattern: "ARMED VESSEL|SHIP|BANK|CASH|CAMPUS|HOSPITAL|SITE|PRIVATE? SECURITY|GUARD|GUARDS|ESCORT|ESCORTS|TRANSPORT|OFFICER|OFFICERS|TEAM, ARMED GUARD|GUARDS|SECURITY",
              role: .ignore, source: restingWeaponSource),
    ]

    static let lawfulArmsSource = "Issue 13 thirteenth pass: a weapon found and secured by the finder, or firearms used lawfully (a range, a hunt in season with permission, declared for travel), is not a weapon used or shown in a conflict (labelling guide; APCO ANS 2.103.2 FOUND PROPERTY)"

    /// A weapon found and made safe, or used lawfully (thirteenth pass): "found a pistol in the bushes, bagged it and
    /// locked it in his car", "wants it collected", "holding at the host site"; "hunters with shotguns, duck season,
    /// have permission", "shooting at the gun range", "shots heard from the range"; "pax declaring a firearm"; cleaning, oiling or juggling (sharpening
    /// a blade stays a weapon: it is often the alarm itself).
    static let lawfulArms: [Entry] = [
        Entry(pattern: "BAGGED|SECURED|LOCKED|TAGGED|STORED|BOXED|PUT IT|THEM IN|UP|AWAY|INSIDE, BAGGED|TAGGED IT|THEM, TAGGED AND LOCKED|BAGGED|SECURED, WANTS|REQUESTS|NEEDS|REQUESTING IT|THEM? PICKUP|PICKED|COLLECTED|COLLECTION|DISPOSAL|DISPOSED|DESTROYED|REMOVED, FOR PICKUP|COLLECTION|DISPOSAL|DESTRUCTION, HOLDING IT|THEM FOR, HOLDING IT|THEM? AT \(determiners)? _? OFFICE|DESK|SITE|STATION|FRONT|COUNTER",
              role: .resolution(.init(kinds: [.weapon], followsAlarm: true)), source: lawfulArmsSource),
        Entry(pattern: "IN SEASON, HUNTING|DUCK|DEER|TURKEY|ELK|GOOSE|PHEASANT|BEAR|MOOSE|DOVE SEASON, HAS|HAVE|HAD|WITH PERMISSION|PERMIT|PERMITS|LICENSE|LICENSES|TAGS, TRIBAL|LICENSED|PERMITTED|GUIDED|SUBSISTENCE HUNT, AT|ON|FROM THE|A? GUN|SHOOTING|RIFLE|FIRING|TARGET|SKEET|TRAP|ARCHERY RANGE, AT|ON HIS|HER|THEIR OWN? GUN|SHOOTING|RIFLE|FIRING|TARGET RANGE, AT|ON HIS|HER|THEIR OWN? RANGE, SIGHTING|SIGHTS IN \(determiners)? _? RIFLE|RIFLES|SCOPE|GUN, DESIGNATED RANGE, PAPER TARGETS, FAR FROM HOUSES|HOMES|ANYONE|PEOPLE|ROADS, ON|AT HIS|HER|THEIR OWN LAND|PROPERTY|FARM|RANCH|ACREAGE",
              role: .resolution(.init(kinds: [.weapon, .violence], followsAlarm: true)), source: lawfulArmsSource),
        Entry(pattern: "DECLARING|DECLARED|DECLARES|CHECKING|CHECKED \(determiners)? \(arms), CLEANING|OILING|JUGGLING|SELLING|POLISHING \(determiners)? _? \(arms)|AXE|AXES|HATCHET|MACHETE, EMPTY \(firearms) CASE|CASES|HOLSTER|BOX, STORING|STORE|REGISTERING|REGISTER|TRANSPORTING|SHIPPING|INHERITING|TRANSFER|TRANSFERRING|SURRENDER|SURRENDERING \(determiners)? _? _? \(arms), \(arms) SURRENDER|TRANSFER|REGISTRATION|STORAGE|LOCK|LOCKS, WATER|SQUIRT|NERF GUN|GUNS|PISTOL|PISTOLS|RIFLE|RIFLES|BLASTER|BLASTERS, SHOOTING|FIRING WATER|SQUIRT|NERF GUN|GUNS|PISTOL|PISTOLS|BLASTER|BLASTERS, TOY WATER|SQUIRT|NERF GUN|GUNS|PISTOL|PISTOLS|BLASTER",
              role: .ignore, source: lawfulArmsSource),
    ]

    /// Idioms and phrases of the thirteenth pass: "about gave her a heart attack", "non urgent", a patrol beat or
    /// district by its number ("BEAT 5"), "hail beat the crops", "wishes she wouldn't wake up" (passive ideation, not
    /// an unresponsive person), a child reunited or a resident home again.
    static let moreIdioms: [Entry] = [
        Entry(pattern: "GAVE|GIVE|GIVES|GIVING ME|HER|HIM|THEM|US|CALLER|RP A HEART ATTACK, NON|NOT URGENT, NONURGENT, BEAT|DIST|DISTRICT|SECTOR|ZONE|PLATOON #, BEAT THE CROPS|CORN|WHEAT|GARDEN|HEAT|TRAFFIC|RUSH|ODDS|CLOCK|DEADLINE|RUG|RUGS|EGGS|DRUM|DRUMS",
              role: .ignore, source: idiomSource),
        Entry(pattern: "WISHES|WISHED|WISH|WANTS|WANTED HE|SHE|THEY|I WOULDNT|DIDNT|WONT WAKE UP, WISHES|WISHED|WISH|WANTS|WANTED HE|SHE|THEY|I WOULD NOT WAKE UP",
              role: .ideation, source: idiomSource),
        // "ex threatening her; he never threatened anyone": a later word that no threat was made answers the report
        // of one ("no threats" stays a negation: "no threats of violence or weapons" must reach its words).
        Entry(pattern: "NEVER THREATENED|THREATENING, NEVER SAID ANYTHING THREATENING, NOTHING THREATENING",
              role: .resolution(.init(kinds: [.threat])), source: idiomSource),
        Entry(pattern: "NO ONE|NOBODY WAS HIT|TOUCHED, JUST AN|A ARGUMENT|DISAGREEMENT|SHOUTING MATCH, WRESTLING|FIGHTING|BOXING|SPARRING|PLAYING FOR FUN, FOR FUN",
              role: .resolution(.init(kinds: [.violence])), source: idiomSource),
        Entry(pattern: "SMASHED|NAILED IT",
              role: .ignore, source: idiomSource),
        // Blind17 as development data: a patrol beat's staff, a tow not needed, a ticket booth, the traffic is murder,
        // followed online, a game warden's rifle; a stop sign. (A gun case stays: "opened a rifle case and is loading it".)
        Entry(pattern: "BEAT STAFF|OFFICER|OFFICERS|UNIT|UNITS|CAR|SUPERVISOR|SGT INFORMED|NOTIFIED|ADVISED|AWARE, TOW|TOWING NOT REQ|REQUESTED|REQUIRED|NEEDED|NECESSARY, NO TOW|TOWS NEEDED|REQ|REQUESTED|REQUIRED, NEEDS|NEED|WANTS|WAITING A TOW, TICKET BOOTH|OFFICE|COUNTER|AGENT|MACHINE|LINE|WINDOW|KIOSK, HAS|HAVE|HER|HIS|THEIR|LOST|OWN TICKET|TICKETS, LOST THE TICKET|TICKETS, TRAFFIC|HEAT|COMMUTE|PARKING|LINE|WAIT IS|WAS MURDER, KEEPS|IS? FOLLOWING HIM|HER|THEM|ME ON INSTAGRAM|FACEBOOK|TIKTOK|SNAPCHAT|TWITTER|ONLINE, GAME WARDEN|WARDENS|RANGER|RANGERS WITH A|HIS|HER|THEIR RIFLE|GUN|SHOTGUN|FIREARM|SIDEARM, SAYS|SAID A|THE STOP SIGN|SIGNS|LIGHT|LIGHTS, STOP SIGN|SIGNS",
              role: .ignore, source: idiomSource),
        Entry(pattern: "WANTS|WANTED|ASKING|ASKS|ASKED|REQUESTS|REQUESTING ADVICE|INFO|INFORMATION|HELP ON|ABOUT|WITH REMOVING|STORING|SECURING|LOCKING|DISPOSING|SURRENDERING",
              role: .resolution(.init(kinds: [.weapon], followsAlarm: true)), source: lawfulArmsSource),
        Entry(pattern: "FOUND|LOCATED _? _? LATER, FOUND|LOCATED AT|IN|WITH|BY, FOUND|LOCATED ASLEEP|SLEEPING|HIDING|PLAYING|UPSTAIRS|DOWNSTAIRS|OUTSIDE, FOUND|LOCATED NEXT DOOR, WITH HER|HIM|THEM NOW, WALKING WITH HER|HIM|THEM, FOUND|LOCATED HER|HIM|THEM, HE|SHE|THEY JUST? WALKED|CAME IN|HOME|BACK",
              role: .resolution(.init(kinds: [.policeOnly, .uncertainty], triggerPrefixes: missingWords, followsAlarm: true)), source: idiomSource),
        // blind18 as development data: bookkeeping (EMS staged or notified), toy and sport fights, animals in the
        // road, a tree fallen on a fence, alarms set off by staff or pets, UK disclosure schemes, historic reports.
        Entry(pattern: "EMS|FD|AFD|FIRE|AMBULANCE|MEDIC|MEDICS|UNITS|UNIT|OFFICERS|DEPUTIES|PD|POLICE|SWAT|CARS STAGED|STAGING|STAGE|NOTIFIED|ADVISED|AWARE|INFORMED|CCD, STAGING NEARBY|AREA|AROUND|DOWN|OUT|AT|FOR|UNTIL|TIL, STAGE NEARBY|OUT|AT|FOR|UNTIL|TIL, NOT BREATHING HARD|HEAVILY|HEAVY|FAST|RAPIDLY, WRESTLING ON THE? TRAMPOLINE|MAT|MATS|GRASS|BED|COUCH|LAWN, PRACTICING|PRACTICE WRESTLING, KIDS|BOYS|BROTHERS|SIBLINGS WRESTLING, SQUIRT|WATER GUN|PISTOL FIGHT|FIGHTS, SHOOTING|PLAYING PAINTBALL|AIRSOFT|LASERTAG, \(animals)|STRAY|LOOSE WANDERING|RUNNING|LOOSE IN|INTO TRAFFIC|THE ROAD, DOG|DOGS CHASING THE|A? SCHOOL? BUS|CAR|CARS|CHICKENS|CATTLE|SHEEP|DEER|BIKE|BIKES|CAT|CATS, TREE|BRANCH|LIMB|POLE|SIGN|ROCK|SNOW FELL|FALLEN ON|ONTO \(determiners)|RPS? _? FENCE|CAR|HOUSE|ROOF|SHED|GARAGE|TRUCK|ROAD|DRIVEWAY|LINE|LINES, DISCLOSURE SCHEME, KILLED|KILLING|MURDERED|MURDERING \(determiners)? MAILBOX|CAR|TRUCK|LAWN|PHONE|BATTERY|FENCE|EARS|HEAD|SLEEP|BUDGET|WALLET, GONNA|WILL KILL _ TRUCK|CAR|TIRE|TIRES|SUSPENSION",
              role: .ignore, source: idiomSource),
        Entry(pattern: "EMPLOYEE|USER|STAFF|OPERATOR|CLEANER ERROR, ALL SECURE, BUILDING|PREMISES SECURE, CAT|DOG|PET|BIRD|BALLOON|WIND|SPIDER SET IT? OFF, SET OFF BY \(determiners)? CAT|DOG|PET|BIRD|WIND|BALLOON|SPIDER",
              role: .resolution(.init()), source: idiomSource),
        Entry(pattern: "HISTORICAL|HISTORIC", role: .history, source: idiomSource),
        Entry(pattern: "ON|DURING|FROM A|THE|HIS|HER PRIOR|PREVIOUS|LAST CRUISE|TRIP|VISIT|STAY|SHIFT|SAILING",
              role: .historyAfter, source: idiomSource),
        // blind19 as development data.
        Entry(pattern: "SNOW|TRAIL|SKI|DOG|PET GROOMER|GROOMERS, ICE AXE|AXES STRAPPED TO|ON \(determiners)? _? PACK|BACKPACK, STRAPPED TO \(determiners)? _? PACK|BACKPACK|BIKE|ROOF|TRUCK|KAYAK|SLED, FLARE GUN|GUNS|PISTOL IN|FROM \(determiners)? _? SAFETY? KIT|BOX|LOCKER|BAG, \(animals) RUNNING|DARTING IN AND OUT OF TRAFFIC, WITH|W AN? AMP|AMPS|AMPLIFIER",
              role: .ignore, source: idiomSource),
        Entry(pattern: "TARGET PRACTICE, SEASON OPEN, SEASON IS OPEN, BIATHLON",
              role: .resolution(.init(kinds: [.weapon, .violence], followsAlarm: true)), source: lawfulArmsSource),
        Entry(pattern: "JOKE|JOKES", role: .resolution(.init()), source: idiomSource),
        Entry(pattern: "PER|IN|FROM OLD|PRIOR|PREVIOUS NOTES|RECORDS|REPORTS", role: .historyAfter, source: idiomSource),
        Entry(pattern: "REUNITED, HOME NOW, HOME SAFE, BACK HOME, RETURNED ON HIS|HER|THEIR? OWN, RETURNED HOME|SAFE, CAME HOME",
              role: .resolution(.init(kinds: [.policeOnly, .uncertainty], followsAlarm: true)), source: idiomSource),
    ]

    /// First words of a report of someone missing, which a word of finding answers ("CHILD MISSING AT THE MALL,
    /// FOUND 5 MIN LATER"); ages are read as CHILD.
    static let missingWords = ["CHILD", "KID", "SON", "DAUGHTER", "BOY", "GIRL", "TODDLER", "DEMENTIA", "ALZHEIMER",
                               "RESIDENT", "PATIENT", "MISSING", "WITH", "MOM", "DAD", "MOTHER", "FATHER", "GRAND",
                               // Ninth session: "AUTISTIC BOY 10 WANDERED OFF // LOCATED AT LIBRARY", "LEFT IN HER
                               // NIGHTGOWN ... FOUND", "DIDNT GET OFF THE BUS ... LOCATED AT A FRIEND'S".
                               "AUTISTIC", "AUTISM", "NONVERBAL", "LEFT", "WALKED", "WANDERED", "DIDNT", "NEVER",
                               // Tenth session: "LOST CHILD FOUND AT GUEST SERVICES WITH AN USHER".
                               "LOST"]

    static let idioms: [Entry] = [
        Entry(pattern: "\(nuisances) IS|ARE|S|KEEPS|WAS? KILLING|MURDERING ME|HER|HIM|US|THEM|EVERYONE|SHE, \(nuisances) FROM|IN|OF|AT \(determiners)? _ IS|ARE|S|KEEPS|WAS? KILLING|MURDERING ME|HER|HIM|US|THEM|EVERYONE|SHE",
              role: .ignore, source: idiomSource),
        Entry(pattern: "DRIVING|DRIVES|DROVE|DRIVEN ME|HER|HIM|US|THEM TO MURDER|DRINK|KILL, MURDERING|MURDERED|MURDER|KILLING|KILLED|BUTCHERING|BUTCHERED|SLAUGHTERING|MASSACRING THE|THAT|THOSE|A|HIS|HER|THEIR|EVERY|EACH|ALL SONG|SONGS|ANTHEM|FIGHT|TUNE|TUNES|MUSIC|NOTES|KARAOKE|LYRICS|WEEDS|LAWN|HEDGE|HEDGES|GRASS|DANDELIONS|BUGS|ANTS|MOSQUITOES|SPIDER, FIGHT SONG",
              role: .ignore, source: idiomSource),
        Entry(pattern: "BLOODY MURDER, DROPPED|DROPS|DROP|DROPPING THE|A BOMB|BOMBSHELL, TICKING? TIME BOMB OF, BLEEDING|BLED ME|HER|HIM|US|THEM DRY, KILL|KILLED|KILLING IT, SKIN|SKINS|SKINNED ME|HER|HIM|THEM ALIVE",
              role: .ignore, source: idiomSource),
    ]

    static let injuredAnimals: [Entry] = [
        Entry(pattern: "INJURED|HURT|WOUNDED|SICK|DEAD|DYING|BLEEDING|LIMPING|BROKEN|STRUCK \(animals), \(animals) WITH A|AN? BROKEN|HURT|INJURED LEG|WING|PAW|HIP|INJURY, \(animals) IS|WAS|ARE? INJURED|HURT|BLEEDING|LIMPING|HIT|STRUCK|DOWN",
              role: .ignore, source: animalSource),
    ]

    /// A harmless source of a bang: like "it was fireworks", it explains shots anywhere in the narrative.
    static let bangsExplained: [Entry] = [
        Entry(pattern: "BALLOON|BALLOONS POPPING|POPPED|POP|POPS, TRANSFORMER BLEW|BLOWING|BLOWN|EXPLODED|POPPED|WENT OUT?, STARTER PISTOL|GUN|PISTOLS, BIRD|PROPANE|CONFETTI|RACE|TOUCHDOWN|SALUTE|SIGNAL|PARTY CANNON|CANNONS|GUN, CANNON FIRED|FIRING|SHOT, STEAM|BOILER|WATER|HEATING PIPE|PIPES BANGING|KNOCK|KNOCKING|HAMMER|HAMMERING, PIPE|PIPES KNOCK|KNOCKING|BANGING, DROPPED A|THE|HIS TAILGATE, TAILGATE DROPPED|SLAMMED|SLAMMING, HAIL ON, FIRING BLANKS, WERE|WAS|ARE BLANKS, CAP GUN|GUNS, TIRE BLEW|BLOWOUT|BLOWING, CONSTRUCTION NAIL GUN|GUNS, NAIL GUN AT|ON THE? SITE|JOBSITE|ROOF|JOB, LEGAL HUNTING|HOURS, DURING DEER|DUCK|HUNTING|TURKEY|GOOSE|PHEASANT SEASON, HUNTERS IN|ON BLINDS, HUNTERS IN|ON THE BLIND|BLINDS|FIELD, LICENSED|PUBLIC SHOOTING RANGE|CLUB, SKEET|TRAP SHOOTING",
              role: .soundExplained, source: soundSource),
    ]
}
