/// Sixth pass for issue 13: families of language found on `blind5.csv` (then development data) — threats spoken in
/// the first person or as an idiom ("I'll cut you", "you won't make it home", "make her pay"), objects thrown at a
/// person, a vehicle aimed at people, suicide by situation (a roof edge, a car in a garage beside suicidal talk,
/// asking how many pills it takes), calls that cannot be heard (silent and TDD calls, a struggle on the line, a
/// caller afraid to say more, no answer on callback), children left alone, stolen vehicles
/// and peeping. Look-alikes: children's games and play fighting, naloxone training, an object mistaken for a weapon,
/// accidental pricks and cuts, jokes, and bills someone is made to pay.
///
/// These entries come first in the built-in lexicon, so they win ties of equal length. Each names its source.
enum SixthPassFamilies: LexiconTable {
    typealias Entry = NarrativeLexicon.Entry

    static let spokenThreat = "Issue 13 sixth pass: threats in the first person or as an idiom (APCO ANS 2.103.2 THREAT; duty-to-warn statements)"
    static let thrown = "Issue 13 sixth pass: violence by the act, objects thrown at a person (APCO ANS 2.103.2 ASSAULT)"
    static let vehicle = "Issue 13 sixth pass: a vehicle used as a weapon (assault with a deadly weapon; APCO ANS 2.103.2 ASSAULT)"
    static let suicideSituation = "Suicide risk assessment (Columbia C-SSRS preparatory acts, 988 Lifeline): a method researched, a lethal place, a means at hand"
    static let unheard = "Issue 13 sixth pass: calls that cannot be heard or answered (APCO ANS 2.103.2 911 HANG-UP, OPEN LINE; TDD/TTY)"
    static let policeActs = "Issue 13 sixth pass: police-only acts (APCO ANS 2.103.2 CHILD NEGLECT, STOLEN VEHICLE, PROWLER)"
    static let lookAlike = "Issue 13 sixth pass: look-alikes (games, play fighting, naloxone training, mistaken objects, accidents, jokes, bills)"

    static let persons = CautionFamilies.persons
    static let determiners = FourthPassFamilies.determiners
    /// Things thrown at people.
    static let missiles = "ROCK|ROCKS|STONE|STONES|BRICK|BRICKS|BOTTLE|BOTTLES|CAN|CANS|CHAIR|CHAIRS|GLASS|GLASSES|PLATE|PLATES|DISHES|MUG|CUP|CUPS|SHOES|SHOE|EGGS|TRASH|GARBAGE|BOARD|STICK|STICKS|PIPE|KNIFE|HAMMER|PHONE|THINGS|STUFF|ITEMS|OBJECTS|FURNITURE|FOOD|DRINK|DRINKS|COFFEE|HOT|BOILING"
    /// Harms named in a spoken threat ("I'll cut you").
    static let spokenHarm = "CUT|STAB|SHOOT|KILL|MURDER|SMOKE|BLAST|CAP|HURT|BEAT|STOMP|END|SLIT|GUT|SHANK|SLICE|BURY"
    /// Food cut with a knife.
    static let foods = "FRUIT|MANGO|MANGOS|MANGOES|APPLE|APPLES|ORANGES|MELON|WATERMELON|PINEAPPLE|VEGETABLES|VEGGIES|ONION|ONIONS|POTATOES|MEAT|STEAK|BREAD|CAKE|SANDWICH|SANDWICHES|CHEESE|FISH|CHICKEN|LIMES|LEMONS"
    static let vehicles = "CAR|VEHICLE|TRUCK|VAN|SUV|PICKUP|JEEP|SEDAN|MOTORCYCLE|BIKE|VEH|BUICK|HONDA|TOYOTA|FORD|CHEVY"

    static let entries: [Entry] = lookAlikes + threats + violence + weaponEntries + suicide + unheardEntries + policeOnly

    /// Threats in the first person, idioms of not surviving, and revenge ("make her pay").
    static let threats: [Entry] = [
        Entry(pattern: "ILL|IMMA|IMA \(spokenHarm) YOU|U|YA|YALL, IM GONNA|GOING TO? \(spokenHarm) YOU|U|YA|YALL, I WILL|WOULD \(spokenHarm) YOU|U|YA|YALL",
              role: .concept(T, noun: false), source: spokenThreat),
        Entry(pattern: "YOU|U|YA|YALL WONT|AINT|CANT MAKE IT HOME|OUT|BACK|THROUGH, YOU|U|YA|YALL WILL NOT|NEVER MAKE IT HOME|OUT|BACK|THROUGH, YOU|U|YA|YALL ARENT|AINT GONNA|GOING TO? MAKE IT HOME|OUT|BACK|THROUGH, YOU|U|YA|YALL ARE|R NOT|NEVER GONNA|GOING TO? MAKE IT HOME|OUT|BACK|THROUGH, WONT MAKE IT OUT|HOME ALIVE, WILL NOT MAKE IT OUT|HOME ALIVE, WONT LIVE TO SEE",
              role: .concept(T, noun: false), source: spokenThreat),
        // "he'll make her pay": a threat only after words of intent, and not when the bill is named.
        Entry(pattern: "MAKE|MAKES \(persons)|YOU|U|YA|YALL PAY",
              role: .harmVerb, source: spokenThreat),
        Entry(pattern: "CUT|SLICE|GUT|SHANK|POP|CAP|SMOKE|BLAST YOU|U|YA|YALL|\(persons)",
              role: .harmVerb, source: spokenThreat),
    ]

    /// Objects thrown at a person.
    static let violence: [Entry] = [
        Entry(pattern: "THROWING|THREW|THROWS|THROWN|TOSSING|TOSSED|HURLING|HURLED|CHUCKING|CHUCKED|PELTING|PELTED A|AN|THE|SOME|HIS|HER|THEIR? \(missiles) WATER? AT|TOWARD|TOWARDS \(determiners)? \(persons), PELTING|PELTED \(determiners)? _? \(persons) WITH",
              role: .concept(V, noun: false), source: thrown),
    ]

    /// A vehicle aimed at people.
    static let weaponEntries: [Entry] = [
        Entry(pattern: "AIMED|AIMING|AIMS|POINTED|POINTING|STEERED|STEERING|SWERVED|SWERVING|DROVE|DRIVING|DRIVES|ACCELERATED|ACCELERATING|GUNNED|REVVED \(determiners)? \(vehicles) AT|TOWARD|TOWARDS|INTO \(determiners)? \(persons)|GROUP|CROWD|PEOPLE|KIDS|PEDESTRIANS",
              role: .concept(WV, noun: false), source: vehicle),
    ]

    /// Suicide by situation: a lethal place, a means beside suicidal talk, a method researched.
    static let suicide: [Entry] = [
        Entry(pattern: "ON|AT THE|A ROOF|ROOFTOP|BRIDGE|OVERPASS|BALCONY EDGE|LEDGE, ON|AT THE|A EDGE|LEDGE OF THE|A ROOF|ROOFTOP|BRIDGE|OVERPASS|GARAGE|BUILDING|CLIFF|BALCONY|PLATFORM|DAM|PIER",
              role: .concept(S, noun: false), source: suicideSituation),
        Entry(pattern: "SITTING|SAT|SITS|IS|WAS|LOCKED IN|INSIDE THE|A|HIS|HER|THEIR \(vehicles) IN|INSIDE THE|A|HIS|HER|THEIR GARAGE",
              role: .suicideMeans, source: suicideSituation),
        // With the engine running it is a means whatever is said (as the fourth pass reads it).
        Entry(pattern: "SITTING|SAT|SITS|IS|WAS|LOCKED IN|INSIDE THE|A|HIS|HER|THEIR \(vehicles) IN|INSIDE THE|A|HIS|HER|THEIR GARAGE WITH THE|ITS|HIS|HER ENGINE|MOTOR|CAR|TRUCK RUNNING",
              role: .concept(S, noun: false), source: suicideSituation),
        Entry(pattern: "HOW MANY PILLS|TABLETS|MEDS|\(FourthPassFamilies.medications) IT WOULD? TAKE|TAKES, HOW MANY PILLS|TABLETS|MEDS|\(FourthPassFamilies.medications) TO DIE|OD|OVERDOSE|KILL, LETHAL|FATAL DOSE|DOSES|AMOUNT",
              role: .concept(S, noun: false), source: suicideSituation),
    ]

    /// Calls that cannot be heard or answered.
    static let unheardEntries: [Entry] = [
        Entry(pattern: "SILENT CALL|LINE|911|CALLER|TEXT, TDD|TTY CALL|SILENT, TDD|TTY NO RESPONSE|ANSWER, NO VOICE CONTACT, NOBODY ON THE LINE, NO ONE ON THE LINE, NO RESPONSE|ANSWER ON|TO CALLBACK|CALLBACKS|RECALL|REDIAL, SOUNDS|SOUND|NOISES|NOISE OF A|AN STRUGGLE|SCUFFLE|FIGHT|ALTERCATION, STRUGGLE|STRUGGLING|SCUFFLE|FIGHTING ON THE LINE|PHONE, AFRAID|SCARED|UNABLE|CANT|CANNOT TO? SAY|TALK|SPEAK MORE|FREELY|OPENLY, TOO AFRAID|SCARED TO SAY|TALK|SPEAK",
              role: .unseenScene, source: unheard),
    ]

    /// Children left alone, stolen vehicles, peeping. (Someone refusing to leave stays eligible: the report lists
    /// "refuses to leave" among the calls responders take.)
    static let policeOnly: [Entry] = [
        Entry(pattern: "CHILD|CHILDREN|KID|KIDS|BABY|INFANT|TODDLER|TODDLERS|JUVS|TWINS _? _? _? _? LEFT ALONE|UNATTENDED|UNSUPERVISED",
              role: .concept(P, noun: false), source: policeActs),
        Entry(pattern: "PEEPING|PEEKING|PEERING|LOOKING IN|INTO|THROUGH \(determiners)? BEDROOM|BATHROOM|SHOWER WINDOW|WINDOWS, PEEPING TOM, PEEPER",
              role: .concept(P, noun: false), source: policeActs),
        Entry(pattern: "\(vehicles) WAS|GOT? JUST? TAKEN|STOLEN",
              role: .propertyCrime, source: policeActs),
        // Property that went missing is a theft whose timing decides ("tools went missing last week" is a past report).
        Entry(pattern: "MOWER|BIKE|BICYCLE|CAR|VEHICLE|WALLET|PURSE|PHONE|TOOLS|PACKAGE|PACKAGES|TV|LAPTOP|MONEY|CASH|JEWELRY|GENERATOR|PLATES|TIRES|BATTERY|CATALYTIC|KEYS IS|ARE|WAS|WERE|WENT|GONE MISSING",
              role: .propertyCrime, source: policeActs),
    ]

    /// Look-alikes that stay eligible, and jokes.
    static let lookAlikes: [Entry] = [
        // Play and practice explain a fight wherever the narrative tells them ("FIGHT IFO THE SCHOOL // KIDS WERE PLAY
        // WRESTLING", "kids roughhousing, neighbor thought it was a fight": tenth session); a match or a meet is a
        // place a real fight can break out, so it only hides its own words (as does a boxing match or gym:
        // `EighthPassFamilies`).
        Entry(pattern: "COPS AND ROBBERS, PLAY|PLAYING|PLAYFUL|PRETEND WRESTLING|FIGHTING|FIGHT|SWORDS|SWORD|SWORDFIGHTING|GUNS|GUN, HORSEPLAY, HORSEPLAYING, HORSING AROUND, ROUGHHOUSING, ROUGH HOUSING, WRESTLING PRACTICE, PRACTICING|PRACTICE WRESTLING|BOXING|SPARRING|KARATE|JUDO, SPARRING, RUGBY|WRESTLING|BOXING|MMA|UFC|KARATE|JUDO|SPARRING TRAINING|PRACTICE|DRILL|DRILLS|CLASS, STAGE|STAGED FIGHT|COMBAT, LIGHTSABER|LIGHTSABERS, PILLOW|SNOWBALL|FOAM|WATER BALLOON? FIGHT, PLAYING TACKLE? FOOTBALL|RUGBY|TAG",
              role: .fightExplained, source: lookAlike),
        Entry(pattern: "WRESTLING MATCH|TEAM|MEET",
              role: .ignore, source: lookAlike),
        Entry(pattern: "NARCAN|NALOXONE TRAINING|KIT|KITS|CLASS|CLASSES|CERTIFICATION|VENDING|DISTRIBUTION, WHERE TO GET|FIND|BUY NARCAN|NALOXONE",
              role: .ignore, source: lookAlike),
        Entry(pattern: "THE GUN|WEAPON|KNIFE|RIFLE|PISTOL WAS|WERE ONLY|JUST|ACTUALLY? A|AN CELL|SELFIE|WALKING|TOY|BLACK|SILVER? CAMERA|TRIPOD|TOY|PHONE|UMBRELLA|CANE|STICK|BRUSH|DRILL|FLASHLIGHT|MICROPHONE|BROOM|HAIRBRUSH|WALLET|STAPLER|REMOTE, TURNED OUT TO BE A|AN CELL|SELFIE|WALKING|TOY|BLACK|SILVER? CAMERA|TRIPOD|TOY|PHONE|UMBRELLA|CANE|STICK|BRUSH|DRILL|FLASHLIGHT|MICROPHONE|BROOM, WAS ACTUALLY A|AN CELL|SELFIE|WALKING|TOY|BLACK|SILVER? CAMERA|TRIPOD|TOY|PHONE|UMBRELLA|CANE|STICK|BRUSH|DRILL|FLASHLIGHT|MICROPHONE|BROOM",
              role: .ignore, source: lookAlike),
        Entry(pattern: "STABBED|POKED|CUT|PRICKED|JABBED|SLICED HER|HIS|MY|THEIR|OWN THUMB|FINGER|FINGERS|HAND|FOOT|TOE|PALM ON|WHILE A|AN|THE|GARDENING|COOKING",
              role: .ignore, source: lookAlike),
        Entry(pattern: "CUT HIM|HER|THEM|ME|YOU OFF|LOOSE|SLACK|IN, CUT HIS|HER|THEIR|MY|YOUR HAIR|NAILS|GRASS|LAWN|HEDGE|HEDGES|TREE|TREES|PAY|HOURS|LOSSES|CHECK|CAKE|POWER|WATER|CABLE, MAKE|MAKES \(persons)|YOU PAY FOR THE|HIS|HER|THEIR DAMAGE|DAMAGES|REPAIRS|REPAIR|RENT|BILL|WINDOW|TICKET|TOW|FENCE|PARKING, MAKE|MAKES \(persons)|YOU PAY RENT|BACK",
              role: .ignore, source: lookAlike),
        Entry(pattern: "CUTTING|SLICING|PEELING|CHOPPING|DICING|CARVING UP? \(foods) WITH A|AN|HIS|HER|THE? SMALL|LITTLE|PLASTIC? PARING|KITCHEN|FRUIT|BREAD|BUTTER|STEAK|POCKET? KNIFE|KNIVES",
              role: .ignore, source: lookAlike),
        Entry(pattern: "LEFT|LEAVES IT|THEM OPEN|UNLOCKED|AJAR, LEFT|LEAVES THE DOOR|DOORS|GATE|WINDOW OPEN|UNLOCKED|AJAR, FORGOT TO LOCK|CLOSE|SHUT IT|THEM, FORGOT TO LOCK|CLOSE|SHUT THE DOOR|DOORS|GATE|WINDOW, IT|THEY|THAT IS|WAS|WERE|S JUST|ONLY? FIREWORKS|FIRECRACKERS|THUNDER, IT|THAT IS|WAS|S JUST|ONLY? A TRANSFORMER|BACKFIRE, SEES|SAW|CONFIRMED|REALIZED IT IS|WAS|WERE|S FIREWORKS|FIRECRACKERS",
              role: .explained, source: lookAlike),
        Entry(pattern: "AT|ON THE|A EDGE OF THE|A PARKING|LOT|ROAD|STREET|FIELD|PARK|POOL|TOWN|WOODS|DRIVEWAY|SIDEWALK|CURB|PROPERTY|YARD|LAWN|CAMP",
              role: .ignore, source: lookAlike),
        Entry(pattern: "JOKED|JOKING|JOKINGLY|JOKES|KIDDING|KIDDED|JESTING, AS A JOKE",
              role: .negation(only: [.threat, .violence]), source: lookAlike),
    ]
}
