/// Issue 13, twelfth pass (`blind12.csv` and `blind13.csv` as development data): red flags the rules still missed,
/// told by the act or the scene rather than by a danger word.
///
/// - Fights named as such: a fistfight, trading blows.
/// - Heart-attack signs described, not named: clutching the chest, gray and sweating; the medical protocol's
///   Bravo and Charlie determinant levels ("17-B-1"), which, like Delta and Echo, send an ambulance.
/// - Suicide by means and place: a car running in a closed garage, weights tied to the body by water, a person
///   locked in with their medication, a jumper on an overpass, the wrong side of a bridge railing, suicide by
///   police, drinking antifreeze, a whole prescription swallowed, "one more step and I take them".
/// - Threats told by the harm: carve up, finish, end, blow up, jump (attack), hunting an ex; "threatened to run
///   over" and "to break his hands", which the harmless complements "to run" and "to break" swallowed.
/// - Unseen distress: muffled yelling, screaming from an unseen place, a phone that died after a scream, lost
///   contact after a shout, a text-telephone caller typing help.
/// - Police-only: children with no adult present, a young child wandering alone, a person with dementia missing,
///   thieves, packages taken from porches, timber cut on someone's land, drinking and then driving off.
///
/// These entries come after the settled scenes in the built-in lexicon. Each names its source.
enum UrgentSceneFamilies: LexiconTable {
    typealias Entry = NarrativeLexicon.Entry

    static let fightSource = "APCO ANS 2.103.2 FIGHT: a fight named as a fistfight or an exchange of blows"
    static let cardiacSource = "Medical dispatch key questions: chest pain and breathing (MPDS protocols 10 and 19); Bravo, Charlie, Delta and Echo determinant levels send an ambulance (Alpha and Omega are the levels an alternative response may take)"
    static let crashSource = "Medical dispatch key questions for traffic and transportation incidents (MPDS protocol 29: ejection, pinned or trapped victim)"
    static let suicideSource = "Suicide warning signs: lethal means at hand or a lethal place (Columbia C-SSRS; 988 Lifeline); suicide by police (threat to others as well)"
    static let threatSource = "Issue 13 twelfth pass: threats of harm told by the act threatened (duty-to-warn practice)"
    static let unseenSource = "Issue 13 twelfth pass: distress heard but not seen, calls lost after a scream (APCO ANS 2.103.2 UNKNOWN TROUBLE, OPEN LINE, TTY/TDD calls)"
    static let policeSource = "Issue 13 twelfth pass: police-only situations (APCO ANS 2.103.2 CHILD ABANDONED/NEGLECT, MISSING PERSON - AT RISK, THEFT IN PROGRESS, DUI)"

    static let persons = CautionFamilies.persons
    static let determiners = FourthPassFamilies.determiners
    static let children = NinthPassFamilies.children
    /// MPDS Bravo and Charlie levels as a tokenized determinant's second half ("17-B-1" reads as 17 and B-1).
    static let bravoCharlieLevels = ((1...9).map { "B-\($0)" } + (1...9).map { "C-\($0)" }).joined(separator: "|")
    /// Ages a child of twelve or under is written with, as a separate word ("4 Y/O").
    static let childYears = (1...12).map(String.init).joined(separator: "|")
    static let bodyParts = "NECK|LEGS|LEG|JAW|FACE|HANDS|HAND|ARMS|ARM|FINGERS|NOSE|TEETH|KNEES|BONES|SKULL|HEAD|RIBS|BACK"

    static let entries: [Entry] = fights + cardiac + suicide + objectsAtPeople + threats + unseen + policeOnly + scenesBySetting + moreActs + otherEnglishes
        + dispatcherLog

    static let dispatcherLogSource = "Issue 13 sixth session (blind22 as development data): a caller who may not talk, a child alone by a road, shock signs, goodbye messages, a line gone quiet, an intruder seen on camera (APCO ANS 2.103.2 UNKNOWN TROUBLE, CHILD ABANDONED, BURGLARY IN PROGRESS; MPDS protocol 26 key questions)"

    /// Red flags in the shapes a dispatcher's log and a text or web report give them.
    static let dispatcherLog: [Entry] = [
        Entry(pattern: "NOT ALLOWED|PERMITTED TO TALK|SPEAK|CALL|USE THE? PHONE, ASKS|ASKING|ASKED FOR HELP QUIETLY|SOFTLY, DONT CALL|TEXT ME? BACK HE|SHE|THEY WILL|MIGHT|WOULD|COULD HEAR|SEE|KNOW, HE|SHE|THEY WILL|MIGHT|WOULD HEAR ME|US",
              role: .unseenScene, source: dispatcherLogSource),
        Entry(pattern: "LINE|CALL WENT|GOES|WAS QUIET|SILENT|DEAD, PHONE WENT|GOES QUIET|SILENT",
              role: .unseenScene, source: dispatcherLogSource),
        Entry(pattern: "\(children) _? _? _? WALKING|WANDERING|RUNNING|PLAYING ALONE? IN|INTO|ON|ALONG|BY|NEAR THE? TRAFFIC|HIGHWAY|FREEWAY|ROAD|SHOULDER|TRACKS|INTERSTATE",
              role: .concept([.policeOnly], noun: false), source: dispatcherLogSource),
        Entry(pattern: "CONFUSED|PALE|COLD|SWEATY|GRAY|GREY AND CLAMMY, CLAMMY AND PALE|SWEATY|COLD|CONFUSED|GRAY|GREY, DIAPHORETIC",
              role: .concept([.injury], noun: false), source: dispatcherLogSource),
        Entry(pattern: "TXYD|TEXTD|WITH GOODBYE|GOODBYES",
              role: .ideation, source: dispatcherLogSource),
        Entry(pattern: "PHOTO|PIC|PICTURE|VIDEO|SNAP OF PILLS|A GUN|ROPE|A NOOSE|A RAZOR|BLADES|THE BRIDGE",
              role: .suicideMeans, source: dispatcherLogSource),
        Entry(pattern: "SEES|SAW|SEEN|SEEING A? MALE|FEMALE|SOMEONE|SOMEBODY|PERSON|SUBJ|SUBJECT|PEOPLE|MAN|WOMAN|INTRUDER|SUSPECT INSIDE ON|VIA THE? CAMERA|CAMERAS|CCTV|VIDEO|CAM",
              role: .concept([.policeOnly], noun: false), source: dispatcherLogSource),
        // blind22's remaining misses: a hanging, a rope tied, a plan to jump, shots counted, a muzzle flash, a
        // suspect still inside, a caller hiding, screams that stopped, a child out of the yard, a bad burn with
        // shaking and sweating, a child through the ice, a fever of 105 and not responding.
        // (A person named, and FROM: a decoration's "body hanging from tree" and teens "hanging in the stairwell"
        // are not; a tied rope or belt is read by the older suicide phrases.)
        Entry(pattern: "SUBJ|SUBJECT|MALE|FEMALE|MAN|WOMAN|SON|DAUGHTER|HUSBAND|WIFE|BROTHER|SISTER|ROOMMATE|SOMEONE|HE|SHE|FRIEND|DAD|MOM|FATHER|MOTHER|BOYFRIEND|GIRLFRIEND|BF|GF|TEEN|STUDENT|PT|PATIENT|INMATE|IND HANGING FROM A|THE|HIS|HER? TREE|BEAM|RAFTER|RAFTERS|CLOSET|DOOR|RAILING|BALCONY|SHOWER, CUTTING|CUT HIM|HER|THEM DOWN",
              role: .attempt, source: suicideSource),
        Entry(pattern: "PLAN|PLANS|PLANNING|PLANNED TO JUMP|HANG|OVERDOSE|SHOOT|DROWN FROM|OFF|HIMSELF|HERSELF|THEMSELVES?",
              role: .concept([.suicide], noun: false), source: suicideSource),
        Entry(pattern: "# ROUNDS|SHOTS|GUNSHOTS HEARD|FIRED, MUZZLE FLASH|FLASHES",
              role: .concept([.weapon], noun: false), source: dispatcherLogSource),
        Entry(pattern: "FIND|GET|CATCH HER|HIM|THEM|YOU|ME AND SLIT|CUT|KILL|HURT|STAB|SHOOT|BEAT|END|STRANGLE",
              role: .concept([.threat], noun: false), source: threatSource),
        Entry(pattern: "SUSP|SUSPECT|SUSPECTS|INTRUDER|INTRUDERS|BURGLAR|BURGLARS STILL INSIDE, SUSP|SUSPECT|SUSPECTS|INTRUDER|INTRUDERS|BURGLAR|BURGLARS STILL IN THE? RESIDENCE|HOUSE|HOME|APT|APARTMENT|BUILDING",
              role: .concept([.policeOnly], noun: false), source: dispatcherLogSource),
        Entry(pattern: "SOMEONE|SOMEBODY|A WOMAN|MAN|CHILD|KID|GIRL|BOY WAS|IS SCREAMING|SHRIEKING IN|FROM|BEHIND THE|A WOODS|ALLEY|PARK|CREEK|FIELD, THEN IT|THE SCREAMING|SCREAMS|YELLING|SHE|HE STOPPED SUDDENLY?, STOPPED SUDDENLY|ABRUPTLY",
              role: .unseenScene, source: unseenSource),
        Entry(pattern: "SAYING|SAID|SAYS|YELLING|YELLED PUT|HANG THE PHONE DOWN|UP",
              role: .unseenScene, source: unseenSource),
        Entry(pattern: "\(children)|OLD GOT|GETS OUT OF THE? YARD|HOUSE|GATE|FENCE",
              role: .concept([.policeOnly], noun: false), source: dispatcherLogSource),
        Entry(pattern: "BAD|SEVERE|DEEP|INFECTED BURN|BURNS|WOUND|WOUNDS, SHAKING|SHIVERING AND SWEATING|DROWSY|CONFUSED, SWEATING AND SHAKING, FELL THRU|THROUGH THE ICE, FEVER OF 104|105|106|107, NOT|ISNT|WONT RESPONDING|RESPOND, NOT RESPONSIVE",
              role: .concept([.injury], noun: false), source: cardiacSource),
    ]

    static let fights: [Entry] = [
        Entry(pattern: "FISTFIGHT|FISTFIGHTS|FISTFIGHTING|FISTICUFFS, FIST FIGHT|FIGHTS|FIGHTING, TRADING|EXCHANGING|THROWING BLOWS|PUNCHES, COME|CAME TO BLOWS",
              role: .concept([.violence], noun: true), source: fightSource),
        // Thirteenth pass: a scuffle or tussle; a person slammed or pinned against something; a car driven into
        // another with its owner beside it.
        Entry(pattern: "SCUFFLE|SCUFFLES|SCUFFLING|SCUFFLED|TUSSLE|TUSSLING|TUSSLED|GRAPPLING|BRAWL|BRAWLING",
              role: .concept([.violence], noun: true), source: fightSource),
        Entry(pattern: "SLAMMED|SLAMMING|SLAMS|PINNED|PINNING|SHOVED|SHOVING|THREW|THROWING|THROWS \(determiners)? \(persons)|\(moreTargets)|PLAYER|PLAYERS|INMATE|ATTENDANT|PATRON|PATRONS|GUEST|GUESTS|FAN INTO|AGAINST|ONTO|TO \(determiners)? WALL|LOCKERS|LOCKER|GROUND|FLOOR|TABLE|CAR|DOOR|FENCE|COUNTER|BOARDS|PAVEMENT|CONCRETE|DESK|BAR|STAIRS|WINDOW",
              role: .concept([.violence], noun: false), source: fightSource),
        Entry(pattern: "RAMMED|RAMMING|RAMS|RAM \(determiners)? CAR|TRUCK|VEHICLE|VAN|SUV|PICKUP|CART|BOAT INTO|AT",
              role: .concept([.violence], noun: false), source: fightSource),
    ]

    static let cardiac: [Entry] = [
        Entry(pattern: "CLUTCHING|GRABBING|HOLDING|CLUTCHES|CLUTCHED HIS|HER|THEIR? CHEST|HEART, GRAY|GREY|ASHEN|PALE AND SWEATING|SWEATY|CLAMMY|DIAPHORETIC, SWEATING AND CLUTCHING",
              role: .concept([.injury], noun: false), source: cardiacSource),
        Entry(pattern: "# \(bravoCharlieLevels)", role: .concept([.injury], noun: false), source: cardiacSource),
        // Thirteenth pass: a crash told by its mechanism of injury.
        Entry(pattern: "WITH|W EJECTION|ENTRAPMENT, PARTIAL|FULL|COMPLETE EJECTION, EJECTED FROM \(determiners)? VEHICLE|CAR|TRUCK|MOTORCYCLE|BIKE|CAB|SUV|VAN|ATV|TRACTOR, PINNED|TRAPPED IN|UNDER \(determiners)? VEHICLE|CAR|TRUCK|WRECKAGE|TRACTOR|ATV|MACHINE|EQUIPMENT",
              role: .concept([.injury], noun: false), source: crashSource),
    ]

    static let suicide: [Entry] = [
        Entry(pattern: "IN|INSIDE THE|A|HIS|HER|THEIR? CLOSED|SHUT? GARAGE WITH THE|A? CAR|ENGINE|TRUCK|MOTOR|GENERATOR RUNNING|ON, LOCKED IN THE|A? GARAGE WITH THE|A? CAR|ENGINE|TRUCK RUNNING",
              role: .concept([.suicide], noun: false), source: suicideSource),
        Entry(pattern: "TIED|TYING|STRAPPED|CHAINED AN|A|SOME? CINDER? ANCHOR|WEIGHT|WEIGHTS|ROCKS|BRICKS|BLOCK|BLOCKS TO HIS|HER|THEIR|HIMSELF|HERSELF|THEMSELF|THEMSELVES ANKLE|ANKLES|LEG|LEGS|WAIST|BODY?, WEIGHTED|FILLED|FILLING|LOADED HIS|HER|THEIR POCKETS WITH ROCKS|STONES|BRICKS",
              role: .concept([.suicide], noun: false), source: suicideSource),
        Entry(pattern: "LOCKED|BARRICADED HIMSELF|HERSELF|THEMSELF|THEMSELVES IN _? _? WITH ALL? HIS|HER|THEIR|THE|A PILLS|MEDS|MEDICATION|MEDICATIONS|PRESCRIPTION|GUN|KNIFE|RAZOR|ROPE",
              role: .concept([.suicide], noun: false), source: suicideSource),
        Entry(pattern: "JUMPER|JUMPERS ON|AT|OFF|ATOP THE|A? _? OVERPASS|BRIDGE|ROOF|LEDGE|BUILDING|TOWER|GARAGE|PARKING|VIADUCT|TRESTLE|DAM, WRONG|OTHER|OUTSIDE SIDE OF THE|A? _? FENCE|RAILING|RAIL|BARRIER|GUARDRAIL|GUARD",
              role: .concept([.suicide], noun: false), source: suicideSource),
        Entry(pattern: "JUMPED|JUMPS OFF|FROM THE|A _? BRIDGE|OVERPASS|ROOF|BALCONY|PIER|DAM|TRESTLE|VIADUCT|BUILDING|GARAGE|CLIFF|WHARF|JETTY|FERRY",
              role: .attempt, source: suicideSource),
        Entry(pattern: "SUICIDE BY COP|POLICE|OFFICER, WANTS|WANTING COPS|POLICE|OFFICERS TO SHOOT|KILL HIM|HER|THEM",
              role: .concept([.suicide, .threat], noun: false), source: suicideSource),
        Entry(pattern: "DRINKING|SWALLOWING|EATING|INGESTING|DRANK|SWALLOWED|TOOK|ATE|INGESTED|DRINKS ANTIFREEZE|BLEACH|POISON|DRAIN|LYE|PESTICIDE|RAT|WEED|LAMP|GASOLINE|CLEANER|CHEMICALS, DRANK|SWALLOWED|INGESTED|DRINKING A? BUNCH|BOTTLE|CUP|GLASS|LOT|SOME OF? BLEACH|ANTIFREEZE|LYE|DRANO|POISON",
              role: .concept([.injury], noun: false), source: suicideSource),
        Entry(pattern: "SWALLOWED|TOOK|TAKEN|ATE HER|HIS|THEIR|A WHOLE|ENTIRE|FULL PRESCRIPTION|BOTTLE|PACK|SUPPLY",
              role: .attempt, source: suicideSource),
        Entry(pattern: "ONE MORE STEP AND I|ILL|SHE|HE|SHELL|HELL, COME ANY CLOSER AND I|ILL|SHE|HE|SHELL|HELL",
              role: .concept([.suicide], noun: false), source: suicideSource),
        // Thirteenth pass: over or past a safety barrier above a drop; a cord round the neck; pills "to not wake up".
        Entry(pattern: "CLIMBED|CLIMBING|CLIMBS|STEPPED|STEPPING|WENT|GOT OVER|PAST|OUTSIDE|BEYOND THE|A? SAFETY FENCE|RAILING|BARRIER|RAIL, CLIMBED|CLIMBING|CLIMBS|STEPPED|STEPPING|WENT|GOT OVER|PAST|OUTSIDE|BEYOND THE|A? GUARDRAIL|PARAPET|BALUSTRADE",
              role: .concept([.suicide], noun: false), source: suicideSource),
        Entry(pattern: "STRADDLING|STRADDLES|STRADDLED THE|A? _? RAILING|RAIL|LEDGE|PARAPET|GUARDRAIL|EDGE|BALUSTRADE, PILLS|MEDS|TABLETS COUNTED|LINED|LAID|SET OUT|UP, DRIVE|DRIVING OFF \(determiners)? _? _? CLIFF|BRIDGE|PIER|EDGE|EMBANKMENT|DOCK|CANYON|RIDGE|OVERPASS|WALL|QUARRY, SOMEWHERE|AWAY TO DIE",
              role: .concept([.suicide], noun: false), source: suicideSource),
        Entry(pattern: "TOO MANY PILLS|MEDS|TABLETS|PAINKILLERS, HARD|DIFFICULT TO WAKE|ROUSE, TOOK|SWALLOWED|ATE A|AN BOTTLE|HANDFUL|FISTFUL|BUNCH OF, SWALLOWED|INGESTED \(determiners)? _? PILLS|MEDS|ANTIDEPRESSANTS|MEDICATIONS|MEDICATION|TABLETS|OPIOIDS|PAINKILLERS",
              role: .concept([.injury], noun: false), source: suicideSource),
        Entry(pattern: "BELT|ROPE|CORD|SHEET|SCARF|LEASH|CABLE|NOOSE AROUND|ROUND HIS|HER|THEIR OWN? NECK, HAS|HAD|WITH A|AN|THE BELT|ROPE|CORD|SHEET|SCARF|LEASH|CABLE|NOOSE AROUND|ROUND HIS|HER|THEIR OWN? NECK",
              role: .concept([.suicide], noun: false), source: suicideSource),
        Entry(pattern: "TO NOT|NEVER WAKE UP, NOT TO WAKE UP, SO HE|SHE|THEY|I WOULDNT|WONT WAKE UP",
              role: .concept([.suicide], noun: false), source: suicideSource),
        Entry(pattern: "RAILING|RAIL|LEDGE|EDGE|ROOF|BRIDGE|OVERPASS|BALCONY|FENCE|GUARDRAIL|CLIFF|CLIFFS|DAM|QUARRY|TRACKS|TOWER|CANYON|GORGE|FALLS|WATERFALL|PIER|BLEACHERS TO JUMP, THREATENING|THREATENS|THREATENED|WANTS|GOING|ABOUT|READY|TRYING TO JUMP OFF|FROM",
              role: .concept([.suicide], noun: false), source: suicideSource),
        Entry(pattern: "CUT|CUTTING|SLICED|SLICING|SLASHED|SLASHING HIS|HER|THEIR ARMS|WRISTS|WRIST|LEGS|THIGHS",
              role: .selfHarm, source: suicideSource),
    ]

    /// Lethal places (read in code, not as phrases, so that they never pre-empt a longer phrase): a person talking
    /// of suicide who is at one or heading for one has the means at hand ("standing at the cornice edge saying he
    /// wants to die", "walked off toward the cliff band saying he's ending it"). See
    /// `NarrativeAnalysis.lethalPlace(in:)`.
    static let lethalPlaceWords: Set<String> = [
        "CLIFF", "CLIFFS", "CANYON", "GORGE", "QUARRY", "CORNICE", "RIDGE", "OVERLOOK", "DAM", "TRESTLE", "VIADUCT",
        "TOWER", "SILO", "CRANE", "SCAFFOLD", "SCAFFOLDING", "EDGE", "LEDGE", "RAIL", "RAILING", "GUARDRAIL", "BRIDGE",
        "OVERPASS", "ROOF", "ROOFTOP", "BALCONY", "TRACKS", "TRAIN", "SUBWAY", "PLATFORM", "FREEWAY", "HIGHWAY",
        "INTERSTATE", "TRAFFIC", "RIVER", "LAKE", "OCEAN", "SURF", "PIER", "JETTY", "WATER", "ICE", "FALLS", "GARAGE",
    ]
    /// Being at or heading for a place; the first four (climbing) are a means by themselves beside the talk.
    static let climbingWords: Set<String> = ["CLIMBING", "CLIMBED", "CLIMBS", "SCALING", "SCALED"]
    static let movementWords: Set<String> = climbingWords.union([
        "STANDING", "STOOD", "SITTING", "PERCHED", "HANGING", "DANGLING", "WALKING", "WALKED", "HEADING", "HEADED",
        "DRIVING", "DROVE", "RUNNING", "RAN", "GOING", "WENT", "HIKING", "HIKED", "SWIMMING", "SWAM", "WADING", "WADED",
    ])
    /// Being on or at a place counts only for a height one can fall from ("mate on the cliff at the Gap saying
    /// goodbye"), not for water or a road, where people stand for any reason (thirteenth pass).
    static let atWords: Set<String> = ["ON", "AT", "ATOP", "UP"]
    static let heightPlaceWords = lethalPlaceWords.subtracting([
        "OVERLOOK", "TRAIN", "SUBWAY", "PLATFORM", "FREEWAY", "HIGHWAY", "INTERSTATE", "TRAFFIC", "RIVER", "LAKE",
        "OCEAN", "SURF", "PIER", "JETTY", "WATER", "ICE", "FALLS", "GARAGE",
    ])
    /// How many words may stand between the movement and the place ("standing at the cornice edge": three).
    static let placeReach = 5

    /// People an object may be turned on, beyond ``CautionFamilies/persons``.
    static let moreTargets = "FOREMAN|WORKER|WORKERS|CREW|ANGLER|ANGLERS|FANS|CROWD|CARS|PASSENGERS|DRIVERS|NEIGHBORS|SECURITY|SKIERS|SWIMMERS|BOATERS|KAYAKERS|RIDER|RIDERS|ATTENDANT|ATTENDANTS|DECKHAND|DECKHANDS|PATRON|PATRONS|GUEST|GUESTS|AIDE|AIDES|MEDIC|MEDICS|PARAMEDIC|PARAMEDICS|DEPUTY|DEPUTIES|OFFICERS|CLIENT|CLIENTS|VISITOR|VISITORS|SHOPPERS|COMMUTERS|TECH|COWORKERS|NURSES|TEACHERS|GUARDS|CAR|TRUCK|VEHICLE|VAN|BUS|VENDOR|VENDORS"

    static let weaponSource = "Issue 13 twelfth pass: an object swung, brandished or raised at a person is a weapon, whatever the object (improvised and uncommon weapons)"

    /// Any object swung, brandished or raised at a person: "swinging an ice auger at another angler", "a cargo hook
    /// raised at the foreman", "swinging a tomahawk replica at customers".
    static let objectsAtPeople: [Entry] = [
        // A fist, a punch or an elbow swung at a person is violence, not an object (tenth session): it comes first, so
        // it wins the tie with the object entry below.
        Entry(pattern: "SWUNG|SWINGING|SWINGS|THREW|THROWING|THROWS|TOOK A? FIST|FISTS|PUNCH|PUNCHES|HAYMAKER|HAYMAKERS|ELBOW|ELBOWS|SWING AT \(determiners)? \(persons)|\(moreTargets)|SUPERVISOR",
              role: .concept([.violence], noun: false), source: fightSource),
        Entry(pattern: "SWINGING|SWUNG|SWINGS|BRANDISHING|BRANDISHED|WIELDING|WIELDED|RAISED|RAISING|RAISES A|AN|HIS|HER|THEIR|THE _ _? _? AT|TOWARD|TOWARDS \(determiners)? \(persons)|\(moreTargets)",
              role: .concept([.weapon], noun: false), source: weaponSource),
        Entry(pattern: "A|AN|HIS|HER|THEIR|THE _ _? RAISED|POINTED|AIMED AT|TOWARD \(determiners)? \(persons)|\(moreTargets)",
              role: .concept([.weapon], noun: false), source: weaponSource),
        // Thirteenth pass: jabbed, pointed or aimed at a person, or swung with the object named before ("broke off a
        // chair leg and swinging it at staff"); held toward a person.
        Entry(pattern: "JABBING|JABBED|JABS|THRUSTING|THRUST|LUNGING|LUNGED|POINTING|POINTED|POINTS|AIMING|AIMED|AIMS A|AN|HIS|HER|THEIR|THE _ _? _? AT|TOWARD|TOWARDS \(determiners)? \(persons)|\(moreTargets)",
              role: .concept([.weapon], noun: false), source: weaponSource),
        Entry(pattern: "HELD|HOLDING|HOLDS|PUT|PUTTING|PRESSED|PRESSING A|AN|HIS|HER|THE _? \(sharpThings) TO|AGAINST HIS|HER|THEIR|MY|CALLERS|RPS|THE _? NECK|THROAT|TEMPLE",
              role: .concept([.weapon], noun: false), source: weaponSource),
        Entry(pattern: "SWINGING|SWUNG|SWINGS|JABBING|WAVING|BRANDISHING IT|THEM AT|TOWARD|TOWARDS \(determiners)? \(persons)|\(moreTargets), HOLDING|HELD|HOLDS A|AN|HIS|HER|THEIR|THE _ _? _? TOWARD|TOWARDS \(determiners)? \(persons)|\(moreTargets)",
              role: .concept([.weapon], noun: false), source: weaponSource),
    ]

    static let threats: [Entry] = [
        Entry(pattern: "CARVE|CARVING UP? HIM|HER|THEM|YOU|CALLER|RP|ME|US, FINISH|FINISHING HIM|HER|THEM|YOU|CALLER|RP|ME|US OFF?, FINISH|FINISHING THE JOB, END HIM|HER|THEM|YOU|CALLER|RP|ME|US, BLOW THE|THIS|THAT|HIS|HER|YOUR|THEIR? PLACE|BUILDING|STORE|SCHOOL|OFFICE|HOUSE|CAR|BANK|BUS UP, JUMP HIM|HER|THEM|YOU|CALLER|RP|ME|US, JUMP THE CREW|GUARD|DRIVER|CLERK|STAFF|TEACHER|OFFICER|NEIGHBOR, BREAK HIS|HER|YOUR|THEIR|CALLERS \(bodyParts)",
              role: .harmVerb, source: threatSource),
        // "threatened to run over the inspector": the act, longer than the harmless "to run" it begins with.
        Entry(pattern: "TO RUN HIM|THEM|YOU|CALLER|RP|ME|US|\(determiners)? _? OVER|DOWN, TO RUN HIM|HER|THEM|YOU|CALLER|RP|ME|US OFF THE ROAD, TO BREAK HIS|HER|YOUR|THEIR|CALLERS \(bodyParts), TO CUT HIM|HER|THEM|YOU|CALLER|RP|ME|US UP|OPEN, TO CUT HIS|HER|THEIR THROAT",
              role: .harmVerb, source: threatSource),
        Entry(pattern: "TO CUT|STAB|SLASH|GUT|SHOOT \(determiners)? \(persons)|\(moreTargets)|VENDOR|VENDORS|OWNER|OWNERS",
              role: .harmVerb, source: threatSource),
        Entry(pattern: "VOWING|VOWED|VOWS|SWORE|SWEARS|PROMISED|PROMISING TO", role: .intent, source: threatSource),
        // Thirteenth pass: "coming back to get everyone", "coming back for all of them".
        Entry(pattern: "COMING|COME|BE|GOING BACK TO GET \(persons)|EVERYONE|EVERYBODY|ALL, COMING|COME|BE BACK FOR EVERYONE|EVERYBODY, COMING|COME|BE BACK FOR ALL OF THEM|YOU, COMING|COME|BE BACK FOR YOU|THEM ALL",
              role: .concept([.threat], noun: false), source: threatSource),
        Entry(pattern: "IS|ARE|HES|SHES|WAS HUNTING|STALKING|TRACKING HIS|HER|THEIR EX|WIFE|HUSBAND|GF|BF|GIRLFRIEND|BOYFRIEND|FAMILY|KIDS|CALLER|RP",
              role: .concept([.threat], noun: false), source: threatSource),
    ]

    static let unseen: [Entry] = [
        Entry(pattern: "MUFFLED YELLING|SCREAMING|SCREAMS|CRIES|CRYING|VOICES|SHOUTING|YELLS|THUDS|BANGING, SCREAMING|SCREAMS|SHRIEKING|YELLING AND BANGING|THUDS|CRASHING, SCREAMING|SCREAMS|SHRIEKING FROM THE|A|AN _? _? GARAGE|ALLEY|ROOM|UNIT|APT|APARTMENT|WOODS|STAIRWELL|BASEMENT|TRUNK|VAN|LEVEL",
              role: .unseenScene, source: unseenSource),
        Entry(pattern: "SCREAMING|YELLING|CRYING|SHOUT|SCREAM|YELL THEN|AND THE? PHONE|LINE|CALL DIED|DROPPED|DISCONNECTED, SCREAMING|YELLING|CRYING|SHOUT|SCREAM|YELL THEN|AND THE? PHONE|LINE|CALL WENT DEAD, SCREAMING|YELLING|CRYING|SHOUT|SCREAM|YELL THEN|AND THE? PHONE|LINE|CALL CUT OUT, LOST CONTACT WITH, TYPED|TYPING|TYPES HELP, TTY|TDD|TEXT DROPPED|DISCONNECTED, TTY|TDD|TEXT CUT OFF, NO RESPONSE SINCE",
              role: .unseenScene, source: unseenSource),
        // Thirteenth pass: a word of distress shouted in the background ("female yelling no"), a call or video call
        // that went silent, a text asking for help, a help point or locator beacon with nobody answering.
        Entry(pattern: "YELLING|SCREAMING|SHOUTING|SCREAMS|YELLS|SHOUTS|CRYING|HOLLERING NO|STOP|HELP, SCREAMING|YELLING|SHOUTING LET GO, SCREAMING|YELLING|SHOUTING GET OFF, SCREAMING|YELLING|SHOUTING LEAVE ME ALONE, ONLY|JUST SCREAMED|SCREAMING|YELLED|SCREAMS",
              role: .unseenScene, source: unseenSource),
        Entry(pattern: "BANGING|SCREAMING|YELLING|KNOCKING|CRYING|POUNDING|SHOUTING|PLEADING FROM? INSIDE \(determiners)? _? LOCKED? CAR|VAN|TRUNK|CONTAINER|TRAILER|FREEZER|COOLER|DUMPSTER|SHED|VEHICLE|TRUCK|CLOSET, CALLS|CALLING|CRIES|CRYING FOR HELP FROM? INSIDE",
              role: .unseenScene, source: unseenSource),
        Entry(pattern: "FACETIME|VIDEO|PHONE|ZOOM|SKYPE CALL? WENT SILENT|QUIET|DEAD|BLANK, WENT SILENT AFTER|WHEN, TEXTED|TEXTS|TEXTING|MESSAGED|MESSAGES SAYING? HELP|SOS, SENT A TEXT|MESSAGE SAYING? HELP|SOS",
              role: .unseenScene, source: unseenSource),
        Entry(pattern: "BLUE LIGHT PHONE|BOX|BUTTON ACTIVATED|PRESSED|PUSHED|TRIGGERED, EMERGENCY|CAMPUS|ELEVATOR|PASSENGER PHONE|INTERCOM|CALLBOX|BUTTON|ALARM ACTIVATED|PRESSED|PUSHED|TRIGGERED, CALL BOX ACTIVATED|PRESSED|PUSHED|TRIGGERED, CALLBOX ACTIVATED|PRESSED|PUSHED|TRIGGERED, HELP POINT ACTIVATED|PRESSED|PUSHED|TRIGGERED, AVALANCHE TRANSCEIVER|BEACON SIGNAL|ACTIVATED|PINGING, PERSONAL LOCATOR|RESCUE BEACON, PLB|EPIRB|SPOT|INREACH SIGNAL|ACTIVATED|ALERT|SOS, MAN|PERSON|CHILD|KID|CREW|PASSENGER OVERBOARD",
              role: .concept([.uncertainty], noun: false), source: unseenSource),
    ]

    static let policeOnly: [Entry] = [
        Entry(pattern: "\(children) LEFT ALONE? IN|ON|AT|OUTSIDE A|THE|AN BOAT|CANOE|CAR|TRUCK|VAN|CART|STROLLER|STORE|LOT|RIVER|POOL|BEACH|DOCK|PIER|HOUSE|HOME|APARTMENT|APT|BUS, NO ADULT|ADULTS|PARENT|PARENTS|GROWNUP|GROWNUPS|SUPERVISION AROUND|PRESENT, NO ADULT|ADULTS|PARENT|PARENTS IN SIGHT, NO ADULT|ADULTS|PARENT|PARENTS WITH THEM, NO ADULT|ADULTS|PARENT|PARENTS ON SCENE, \(childYears) Y|YO|YR|YEAR O|OLD? _? WANDERING|LOST",
              role: .concept([.policeOnly], noun: false), source: policeSource),
        // Thirteenth pass: a young child missing or alone, an adult at risk gone from care, a child shut out in the
        // cold; a stranger who walked into someone's home; people inside a closed place after hours or at night.
        Entry(pattern: "\(childYears) Y|YO|YR|YEAR O|OLD? _? _? _? MISSING|WANDERED|VANISHED|UNACCOUNTED, \(childYears) Y|YO|YR|YEAR O|OLD? ALONE, \(children) _? _? _? _? LEFT HOME ALONE, \(children) _? _? _? _? LEFT ALONE AT HOME|OVERNIGHT|SINCE|FOR, NO PARENT|PARENTS|ADULT|ADULTS|GUARDIAN|GUARDIANS FOR _ HOURS|HRS|HOUR|HR, \(children) _? _? _? _? LOCKED OUTSIDE, \(children) _? _? _? _? LOCKED OUT IN THE COLD|SNOW|RAIN|FREEZING, \(children) _? _? _? _? BAREFOOT IN|OUTSIDE",
              role: .concept([.policeOnly], noun: false), source: policeSource),
        Entry(pattern: "RESIDENT|PATIENT|CLIENT ELOPED|ELOPES|ELOPING, RESIDENT|PATIENT|CLIENT HAS ELOPED, RESIDENT|PATIENT|CLIENT WANDERED|WALKED OFF|AWAY",
              role: .concept([.policeOnly], noun: false), source: policeSource),
        Entry(pattern: "STRANGER|STRANGERS|INTRUDER WALKED|CAME|GOT|WANDERED INTO|IN HER|HIS|THEIR|MY|THE|CALLERS|RPS HOUSE|HOME|APARTMENT|APT|ROOM|BEDROOM|TRAILER|UNIT|CABIN|TENT, INSIDE|IN THE LOCKED|CLOSED _ _? AFTER HOURS, IN|INSIDE THE _ _? AT NIGHT WITH A? FLASHLIGHT|FLASHLIGHTS|HEADLAMP|HEADLAMPS, IN|INSIDE THE _ _? AFTER HOURS|DARK WITH A? FLASHLIGHT|FLASHLIGHTS|HEADLAMP|HEADLAMPS",
              role: .concept([.policeOnly], noun: false), source: policeSource),
        Entry(pattern: "DEMENTIA|ALZHEIMERS|DEMENTED|AUTISTIC|AUTISM|NONVERBAL _? MISSING|WANDERED|WANDERING|ELOPED|WALKED, MISSING|WANDERED|LOST OFF? IN THE SNOW|DARK|COLD|WOODS|STORM, MISSING SINCE THE|LAST _? _? DARK|CLOSED|DUSK",
              role: .concept([.policeOnly], noun: false), source: policeSource),
        // "W/ DEMENTIA RPTD MISSING THIS AM, FOUND SAFE AT THE DINER": the missing person found answers the report.
        Entry(pattern: "FOUND|LOCATED SAFE|OK|OKAY|FINE|UNHARMED|UNHURT",
              role: .resolution(.init(kinds: [.policeOnly, .uncertainty], followsAlarm: true)), source: policeSource),
        // "9 Y/O MISSING - CHILD FOUND AT A FRIEND'S HOUSE" (thirteenth pass).
        Entry(pattern: "\(children)|SON|DAUGHTER|BOY|GIRL FOUND|LOCATED",
              role: .resolution(.init(kinds: [.policeOnly, .uncertainty], followsAlarm: true)), source: policeSource),
        Entry(pattern: "THIEF|THIEVES, LOAD|LOADING|TAKING|GRABBING|STEALING PACKAGES|PARCELS|MAIL FROM PORCHES|PORCH|MAILBOXES|DOORSTEPS, CUTTING|STEALING|TAKING|HAULING TIMBER|TREES|LOGS|FIREWOOD ON|FROM HIS|HER|THEIR|THE|CALLERS|RPS _? LAND|PROPERTY|ALLOTMENT|LOT",
              role: .propertyCrime, source: policeSource),
        // Thirteenth pass: property being taken now, told by the act: carried out of a house, loaded into a
        // trailer, a boat untied and taken, a container cut into.
        Entry(pattern: "CARRYING|HAULING|WHEELING|LOADING|TAKING TVS|TV|FURNITURE|ITEMS|STUFF|BOXES|PROPERTY|BIKES|APPLIANCES|ELECTRONICS|TOOLS OUT OF|FROM, LOADING|TAKING|HERDING \(determiners)|RP|RPS|CP|CPS|COMPLS? CALVES|CATTLE|COWS|LIVESTOCK|HORSES|SHEEP|GOATS|HOGS|PIGS|EQUIPMENT|TOOLS INTO|ONTO, UNTYING|TAKING|UNHOOKING|HITCHING|TOWING \(determiners)? SKIFF|DINGHY|BOAT|KAYAK|CANOE|JETSKI|TRAILER|OUTBOARD, CUTTING|PRYING|BREAKING INTO|OPEN \(determiners)? CONTAINER|CONTAINERS|TRAILER|SHED|CONNEX|BOXCAR|RAILCAR|LOCKER|LOCKERS|STORAGE",
              role: .propertyCrime, source: policeSource),
        Entry(pattern: "CHUGGING|DRINKING|SWIGGING \(determiners)? _? _? THEN|AND DRIVING|DROVE|DRIVES|DRIVE, CHUGGING|DRINKING|SWIGGING \(determiners)? _? _? THEN|AND GOT|GETTING|GETS INTO|IN \(determiners)? CAR|TRUCK|VEHICLE|VAN",
              role: .concept([.policeOnly], noun: false), source: policeSource),
    ]

    /// Doors and windows someone may try: "trying the back door", "pulling on the patio slider".
    static let doors = "BACK|FRONT|SIDE|GARAGE|PATIO|SLIDING? DOOR|DOORS|WINDOW|WINDOWS|HANDLE|HANDLES|DOORKNOB|SLIDER"
    /// Things a person may hold to another's neck or throat: "held a screwdriver to his neck".
    static let sharpThings = "SCREWDRIVER|SCISSORS|SHARD|BLADE|RAZOR|PEN|PENCIL|NEEDLE|SYRINGE|FORK|ICEPICK|PICK|AWL|CHISEL|BOXCUTTER|CUTTER|SKEWER|GLASS|BOTTLE|KEY|KEYS|STICK|PIPE|BAR|WIRE|CORD|ROPE|BELT|SHANK|SHIV|SCALPEL|NAIL|SPIKE|ARROW|SPEAR"
    static let settingSource = "Issue 13 thirteenth pass: red flags told by the scene in a workplace or setting (farm and industrial machinery entrapment, MPDS protocol 22; port and airport security breaches; custodial interference and infant abduction, APCO ANS 2.103.2 CHILD ABDUCTION; maritime distress, MAYDAY)"

    /// Red flags told by what is happening in a setting rather than by a danger word (thirteenth pass): a limb caught
    /// in machinery, a running engine in a closed shop, pills taken to die, a child taken or left in a hot car,
    /// people where they may not be (stowaways, a runway, a secured area, a locked building), someone trying doors or
    /// going through tents, poachers, groping, a distress call, a caller who can only answer yes or no, a call cut
    /// off mid-sentence, a crying caller who says it was a wrong number, a death foretold to someone.
    static let scenesBySetting: [Entry] = [
        Entry(pattern: "ARM|ARMS|HAND|HANDS|LEG|LEGS|FOOT|FEET|FINGER|FINGERS|HAIR|SLEEVE|CLOTHING|JACKET CAUGHT|STUCK|PINNED|TRAPPED|PULLED IN|INTO|UNDER|BETWEEN \(determiners)? _? AUGER|PTO|MACHINE|MACHINERY|CONVEYOR|BALER|PRESS|ROLLER|ROLLERS|CHIPPER|GEARS|MIXER|GRINDER|WINCH|TRACK|BELT",
              role: .concept([.injury], noun: false), source: settingSource),
        Entry(pattern: "RUNNING CAR|TRUCK|VEHICLE|VAN|ENGINE IN|INSIDE \(determiners)? CLOSED|SHUT|LOCKED GARAGE|SHOP|SHED|BARN|BAY|STORAGE, HOSE FROM|IN|TO|ON|INTO \(determiners)? EXHAUST|TAILPIPE",
              role: .concept([.suicide], noun: false), source: suicideSource),
        Entry(pattern: "PILLS|MEDS|TABLETS|MEDICATION|MEDICATIONS|OVERDOSE TO DIE, PILLS|MEDS|TABLETS|MEDICATION|MEDICATIONS TO END IT|HIS|HER|THEIR",
              role: .attempt, source: suicideSource),
        Entry(pattern: "HAS|HAVE|HAD|WITH A PLAN AND A|THE|HIS|HER? MEANS|RAZOR|BLADE|GUN|KNIFE|PILLS|ROPE|WEAPON|FIREARM|RIFLE|PISTOL",
              role: .concept([.suicide], noun: false), source: suicideSource),
        Entry(pattern: "TOOK|TAKING|TAKEN|GRABBED|GRABBING|SNATCHED|SNATCHING \(determiners)? \(children)|SON|DAUGHTER AGAINST|VIOLATING \(determiners)? COURT|CUSTODY ORDER, TRYING|TRIED|ATTEMPTING|ATTEMPTED TO GRAB|LURE|SNATCH|ABDUCT \(determiners)? \(children)|STUDENT|STUDENTS|GIRL|BOY, STRANGER|STRANGERS TRYING|TRIED|ATTEMPTING|ATTEMPTED TO TAKE, UNKNOWN ADULT|MALE|FEMALE|MAN|WOMAN|PERSON TRYING|TRIED|ATTEMPTING|ATTEMPTED TO TAKE, WITH|W ANOTHER|SOMEONES PTS|PATIENTS|WOMANS|MOMS|MOTHERS|FAMILYS|PERSONS BABY|INFANT|NEWBORN|CHILD, WITH|W SOMEONE ELSES BABY|INFANT|NEWBORN|CHILD",
              role: .concept([.policeOnly], noun: false), source: settingSource),
        Entry(pattern: "PULLING|PULLED|DRAGGING|DRAGGED|FORCING|FORCED|SHOVING|SHOVED|PUSHING|PUSHED|STUFFING \(determiners)? _? \(children)|GIRL|BOY|WOMAN|TEEN INTO \(determiners)? _? VAN|CAR|TRUCK|SUV|VEHICLE|TRUNK",
              role: .concept([.policeOnly], noun: false), source: settingSource),
        Entry(pattern: "\(children) _? _? _? _? IN A|THE HOT CAR|VEHICLE|VAN|TRUCK|SUV, \(children) LEFT|LFT IN A|THE? HOT CAR|VEHICLE|VAN|TRUCK|SUV",
              role: .concept([.policeOnly], noun: false), source: settingSource),
        Entry(pattern: "STOWAWAY|STOWAWAYS|POACHER|POACHERS|POACHING|GROPING|GROPED|GROPES|FONDLING|FONDLED, SPOTLIGHTING|JACKLIGHTING DEER|ELK|GAME|ANIMALS, ONTO|ON|ACROSS THE? TAXIWAY|RUNWAY|TARMAC|AIRFIELD|APRON, INSIDE|IN THE? SECURED|SECURE|RESTRICTED|STERILE _? AREA|ZONE|SIDE, \(persons)|PERSON|PERSONS|SUBJ|SUBJECTS|MALES|FEMALES|JUVS|TEENS INSIDE|IN A|THE? LOCKED|CLOSED|SECURED BUILDING|STORE|SCHOOL|SHOP|OFFICE|GYM|LAB|CHURCH|BUSINESS|WAREHOUSE|BARN|SHED",
              role: .concept([.policeOnly], noun: false), source: settingSource),
        Entry(pattern: "TRYING|TRIED|TRIES|TESTING|JIGGLING \(determiners)? \(doors), PULLING ON \(determiners)? \(doors), CLIMBING|CLIMBED|CRAWLING|CRAWLED|GOING|CLIMBS IN|INTO|THROUGH _? _? WINDOW|WINDOWS",
              role: .concept([.policeOnly], noun: false), source: settingSource),
        Entry(pattern: "GOING|GOES|RUMMAGING|RIFLING|LOOKING THROUGH|THRU \(determiners)? TENTS|CARS|VEHICLES|LOCKERS|MAILBOXES|CAMPSITES|PURSES|DESKS|DRAWERS|CABINETS|REGISTER|TILL, GRABBING|SNATCHING|STEALING|LIFTING PURSES|WALLETS|HANDBAGS",
              role: .propertyCrime, source: policeSource),
        Entry(pattern: "DISTRESS CALL|SIGNAL|RADIO|MESSAGE|TRANSMISSION, RADIO DISTRESS, MAYDAY|PANPAN, CAN|COULD ONLY SAY|ANSWER YES OR|AND NO, ONLY SAYS|ANSWERS YES OR|AND NO, ONLY ANSWERING YES OR NO, SOMEONE|SOMEBODY|HE|SHE IS LISTENING, THEN|BEFORE DISCONNECT|DISCONNECTED|DISCONNECTS|DISCONNECTING|DISCONECT|DISCO|HANGUP|HUNG, CRYING|SOBBING|WHISPERING|SCARED _? SAYS|SAID|CLAIMS|CLAIMED WRONG NUMBER",
              role: .concept([.uncertainty], noun: false), source: unseenSource),
        Entry(pattern: "TOLD|TELLING|TELLS|SAID|SAYS|TEXTED|TEXTING HER|HIM|THEM|RP|CALLER SHE|HE|THEY|YOU WILL|WOULD|GONNA DIE, TOLD|TELLING|TELLS|SAID|SAYS|TEXTED|TEXTING HER|HIM|THEM|RP|CALLER SHE|HE|THEY|YOU IS|ARE GOING TO DIE",
              role: .concept([.threat], noun: false), source: threatSource),
    ]

    /// Thirteenth pass, fourth part (blind17 as development data): more scenes told by the act.
    static let moreActs: [Entry] = [
        Entry(pattern: "HUNT|HUNTING DOWN \(determiners)? \(persons)|\(moreTargets)|JUDGE|BOSS|OWNER, HUNT|HUNTING HIM|HER|THEM|YOU DOWN",
              role: .concept([.threat], noun: false), source: threatSource),
        Entry(pattern: "SLIT|SLITTING|SLASH|SLASHING|CUT \(determiners)|RPS? _? THROAT|THROATS",
              role: .harmVerb, source: threatSource),
        Entry(pattern: "JUST|ONLY YES OR|AND NO, CANT|CANNOT|COULDNT SAY WHERE|WHY|MORE, SAFE WORD, SAFEWORD, CODEWORD|CODE WORD FROM|OF THE|HER|HIS|A SAFETY PLAN, PASSED|SLIPPED|HANDED|SHOWED A NOTE|SIGN, NOTE|SIGN ASKING|SAYING FOR? HELP, NOBODY|NO ONE KNOWS WHERE HE|SHE|THEY IS|ARE",
              role: .concept([.uncertainty], noun: false), source: unseenSource),
        Entry(pattern: "SCREAMING|YELLING|BANGING|CRASHING|THUDS|CRYING|SHOUTING COMING FROM, SCREAMING|YELLING|SHOUTING|CRYING THEN|AND STATIC|SILENCE|NOTHING, DROPPED|DISCONNECTED|WENT DEAD AFTER SCREAMING|YELLING|SHOUTING|CRYING, YELLING|SCREAMING|CRYING|SHOUTING|BEGGING DONT|STOP|PLEASE HIT|HURT|TOUCH|KILL ME, YELLING|SCREAMING|CRYING|SHOUTING|BEGGING PLEASE DONT HIT|HURT|TOUCH|KILL ME",
              role: .unseenScene, source: unseenSource),
        Entry(pattern: "AMPUTATED|AMPUTATION|SEVERED|DEGLOVED|DEGLOVING, DEFORMITY|DEFORMED, OPEN FRACTURE, BONE STICKING|SHOWING OUT?, RESIDENT|PATIENT|PT FOUND ON THE? FLOOR|GROUND, AND IS|WAS NOT MOVING, ROLLED ON|ONTO|OVER HIM|HER|THEM, FISHHOOK|HOOK|NAIL|GLASS|METAL|SHRAPNEL|CHEMICALS|BLEACH|SPLINTER IN|INTO HIS|HER|THEIR|THE EYE|EYES",
              role: .concept([.injury], noun: false), source: settingSource),
        Entry(pattern: "SHOTSPOTTER|GUNSHOT ALERT|ACTIVATION|DETECTION",
              role: .concept([.weapon], noun: false), source: settingSource),
        Entry(pattern: "HAS|HAVE|HAD|WITH A PLAN TO JUMP|HANG|SHOOT|OVERDOSE|CUT|KILL|DIE|END",
              role: .concept([.suicide], noun: false), source: suicideSource),
        Entry(pattern: "SOMEONE|SOMEBODY|PERSON|MALE|MAN|SUBJ|STRANGER|PROWLER HIDING|CROUCHING|LURKING BEHIND|IN|UNDER|NEAR|BY, \(persons)|PERSON|PERSONS INSIDE THE|A _ AFTER HOURS|CLOSING, HOLDUP|STICKUP|HOLDUPS, ARMED HOLDUP, \(childYears) Y|YO|YR|YEAR O|OLD? DIDNT|NEVER GET|GOT OFF, \(childYears) Y|YO|YR|YEAR O|OLD? DIDNT|NEVER COME|CAME HOME, \(childYears) Y|YO|YR|YEAR O|OLD? DIDNT|NEVER ARRIVE|ARRIVED, DRIVER IS|WAS DRUNK|INTOXICATED|INTOX, DRUNK|INTOXICATED|INTOX TRYING|ABOUT|GOING TO DRIVE|LEAVE",
              role: .concept([.policeOnly], noun: false), source: settingSource),
        Entry(pattern: "IT|THAT WAS|IS|S A|THE? BREAKER|TRANSFORMER|GENERATOR|BALLOON|BALLOONS|BLOWOUT|PROPANE|BIRD|SCARE|CANNON|DUMPSTER|TAILGATE|PALLET|PALLETS|COUPLINGS|COUPLING, CAR? COUPLINGS|COUPLING SLAMMING|BANGING",
              role: .soundExplained, source: unseenSource),
        Entry(pattern: "RUMMAGING|RIFLING IN|AROUND|INSIDE \(determiners)? _? CABIN|CAR|TRUCK|BOAT|HOUSE|GARAGE|SHED|TENT|VEHICLE",
              role: .propertyCrime, source: policeSource),
    ]

    /// Thirteenth pass, fifth part (blind18 as development data): the same scenes in other Englishes (Scots, Australian,
    /// Caribbean, Southern US) and a few more acts.
    static let otherEnglishes: [Entry] = [
        Entry(pattern: "SCREAMS|SCREAMING|YELLING|SHOUTING|SHRIEKING FROM ROOM|CABIN|SUITE|STALL|STATEROOM, SHOUTING|SCREAMING|YELLING AND THUDS|BANGING|CRASHING, SCREAMING|CRYING|YELLING IN TERROR|FEAR|PAIN, CRYING|SOBBING AND BEGGING, BEGGING ON THE? LINE|PHONE, BAWLING|BAWLIN OUT? FOR HELP, ASKS|ASKED|ASKING FOR HELP THEN SILENT|SILENCE|NOTHING|DISCONNECTED, THEN LINE CUT|DROPPED, SAYING|YELLING|SHOUTING|SCREAMING PUT IT DOWN, SAYING|YELLING|SHOUTING|SCREAMING DROP IT",
              role: .unseenScene, source: unseenSource),
        Entry(pattern: "BATTERING|BATTERED|BATTERS EACH OTHER|HIM|HER|THEM, JUMPING|JUMPED ONE|A|THE|SOME|THIS KID|GUY|MAN|MALE|BOY|GIRL|STUDENT|TEEN|LAD|FELLA, STOMPING|STOMPIN|STOMPED ON? HIM|HER|THEM|SOMEONE, STOMPING|STOMPIN|STOMPED ON HIS|HER|THEIR HEAD|FACE, SKELPED|SKELPING|SKELPS, KING HIT|HITS|HITTING|HITTED, KINGHIT|KINGHITS, PUNCHING|SMASHING|BANGING ON? THE? WINDOWS|WINDOW OF A|THE CAR|VEHICLE|TRUCK WITH|W SOMEONE|HER|HIM|PEOPLE|KIDS INSIDE",
              role: .concept([.violence], noun: false), source: fightSource),
        Entry(pattern: "PLASTIC|FOAM|TOY|FAKE|PROP|RUBBER|WOODEN|CARDBOARD|COSTUME CUTLASS|CUTLASSES",
              role: .ignore, source: weaponSource),
        Entry(pattern: "CUTLASS|CUTLASSES|SHANK|SHANKS|SHIV|SHIVS, IS|WAS|HES|HE STRAPPED",
              role: .concept([.weapon], noun: true), source: weaponSource),
        Entry(pattern: "CHOP|CHOPPING HIM|HER|SHE|THEM|YOU|ME UP",
              role: .concept([.threat], noun: false), source: threatSource),
        Entry(pattern: "TOOK|TAKING A FIT, STILL FITTING, GURGLING, GASPING SOUNDS|NOISES, AGONAL BREATHING|RESPIRATIONS?",
              role: .concept([.injury], noun: false), source: cardiacSource),
        Entry(pattern: "DRINK|DRINKS|SWALLOW|EAT|INGEST POISON|BLEACH|ANTIFREEZE|PESTICIDE|LYE, TOOK|SWALLOWED|ATE ALL \(determiners)? _? PILLS|MEDS|MEDICATION|MEDICATIONS|TABLETS|INSULIN|PRESCRIPTION, IN THE? TUB|BATH|BATHTUB WITH|W A TOASTER|HAIRDRYER|RADIO|HEATER, FIXIN|FIXING TO JUMP, GOING|GO|JUMP|JUMPING OVERBOARD, HEADING|GOING|DRIVING|WALKING TO|TOWARD THE|A _ _? TO JUMP",
              role: .concept([.suicide], noun: false), source: suicideSource),
        Entry(pattern: "RAM RAID|RAIDING|RAIDERS, RAMRAID, SNATCH|SNATCHED|SNATCHING \(determiners)|SHE? _? CHAIN|CHAINS|NECKLACE|BAG|PURSE|PHONE, TOOK|TAKEN|GRABBED \(determiners)? BABY|KID|CHILD|KIDS WITHOUT CUSTODY|PERMISSION|CONSENT, PEEPING TOM|TOMS, PEEPER|PEEPERS|VOYEUR, NODDING OFF|ASLEEP AT THE? WHEEL, FALLING ASLEEP AT THE? WHEEL, \(children) LOST|MISSING IN|AT THE|A, NOW SEES|SPOTS|SPOTTED|SEEING THE? SUSPECT|SUSP|THIEF|OFFENDER, SUSPECT|SUSP|THIEF DRIVING IT",
              role: .concept([.policeOnly], noun: false), source: settingSource),
    ]
}
