/// Fourth pass for issue 13: families of red-flag language found missing on `blind3.csv` (then development data) —
/// suicide plans named by their method, entering water, exhaust in a garage; threats whose complement looks
/// harmless ("threatened to cut anyone", "to run him over") and shooting idioms; violence against a named person
/// (grabbed RP, threw his GF against the door, pulled into a van); signs that a person is down behind a door;
/// medical urgency by symptom (labor, scalds, cold skin, barely responding); police-only acts in the base form,
/// entry through windows, order violations and exploitation of minors; and look-alikes (clothing descriptions
/// such as "no shirt" that are not negations, photo shoots, knife blocks, kicked out of the house).
///
/// These entries come first in the built-in lexicon, so they win ties of equal length. Each names its source.
enum FourthPassFamilies: LexiconTable {
    typealias Entry = NarrativeLexicon.Entry

    static let suicidePlan = "Suicide risk assessment (Columbia C-SSRS, 988 Lifeline): a stated plan names its method; means prepared"
    static let threatComplement = "Issue 13 fourth pass: a threat's complement that harms a person is never harmless (\"to cut anyone\", \"to run him over\")"
    static let violenceObject = "Issue 13 fourth pass: violence verbs with a named person as object; abduction"
    static let welfare = "Welfare-check risk signs (APCO ANS 2.103.2 CHECK WELFARE): no answer, mail piling up, odor, not seen for days, missed care"
    static let medical = "Medical dispatch key questions: breathing, consciousness, burns, childbirth, exposure; obvious-death codes"
    static let policeActs = "Issue 13 fourth pass: police-only acts (APCO ANS 2.103.2 BURGLARY, THEFT, ORDER VIOLATION, CHILD ABUSE/EXPLOITATION, TRAFFIC HAZARD)"
    static let lookAlike = "Issue 13 fourth pass: look-alikes (descriptions, photo shoots, kitchenware, household disputes)"

    static let persons = CautionFamilies.persons
    /// Determiners that may stand before a person ("his gf", "the clerk").
    static let determiners = "A|AN|THE|HIS|HER|THEIR|CALLERS|MY|OUR|SOME|ANOTHER|THAT|THIS"

    /// Medications named in place of "pills" ("all of her xanax").
    static let medications = "XANAX|TYLENOL|SEROQUEL|OXY|OXYS|OXYCODONE|PERCOCET|PERCOCETS|ADVIL|ASPIRIN|AMBIEN|ADDERALL|VICODIN|LITHIUM|INSULIN|PRESCRIPTION|PRESCRIPTIONS|SLEEPING|SLEEP|ANTIDEPRESSANTS|KLONOPIN|VALIUM|TRAMADOL|BENADRYL|IBUPROFEN|METHADONE|SUBOXONE|PARACETAMOL|ACETAMINOPHEN|PANADOL|NUROFEN|CODEINE|DIAZEPAM|LORAZEPAM|ATIVAN|QUETIAPINE|SERTRALINE|ZOLOFT|PROZAC|FLUOXETINE|ZOPICLONE|ZOLPIDEM|MORPHINE|FENTANYL|HYDROCODONE|OXYCONTIN"

    static let entries: [Entry] = lookAlikes + suicide + threats + violence + welfareEntries + medicalEntries + blows + policeOnly

    /// Suicide: a plan that names its method, entering water, exhaust in a garage, climbing to a ledge.
    static let suicide: [Entry] = [
        Entry(pattern: "HANG|HANGING|SHOOT|SHOOTING|STAB|STABBING|DROWN|DROWNING|POISON|POISONING|GAS|GASSING|ELECTROCUTE|SUFFOCATE|SUFFOCATING|OD|OVERDOSE|CUT|SLIT HIMSELF|HERSELF|THEMSELF|THEMSELVES|MYSELF",
              role: .concept(S, noun: false), source: suicidePlan),
        Entry(pattern: "TAKE|TAKING|SWALLOW|SWALLOWING|DOWN|DOWNING ALL|EVERY OF? HIS|HER|THEIR|MY|THE? _? PILLS|MEDS|MEDICATION|MEDICATIONS|TABLETS|THEM|\(medications), TAKE|TAKING|SWALLOW|SWALLOWING|DOWN|DOWNING A|THE WHOLE|ENTIRE? BOTTLE OF, ALL HIS|HER|THEIR|MY _ COUNTED|LINED|LAID|SPREAD OUT|UP",
              role: .concept(S, noun: false), source: suicidePlan),
        Entry(pattern: "DRIVE|DRIVING|STEER|STEERING|CRASH|CRASHING INTO|AT A|THE|AN? TREE|WALL|POLE|ABUTMENT|PILLAR|SEMI|TRAIN|BRIDGE, STEP|STEPPING|WALK|WALKING|JUMP|JUMPING|THROW HIMSELF|HERSELF? IN FRONT OF A|THE|AN? ONCOMING? SEMI|SEMIS|VEHICLE|VEHICLES|TRAINS|TRUCKS|BUSES",
              role: .concept(S, noun: false), source: suicidePlan),
        Entry(pattern: "WALKING|WALKED|WADING|WADED|SWIMMING|SWAM OUT? INTO|IN THE? RIVER|LAKE|WATER|OCEAN|BAY|CREEK|SURF|SEA|HARBOR|CANAL|POND, WATER UP? TO HIS|HER|THEIR WAIST|CHEST|NECK|SHOULDERS",
              role: .concept(S, noun: false), source: suicidePlan),
        Entry(pattern: "IN|INSIDE A|THE|HIS|HER|THEIR? CAR|VEHICLE|TRUCK|VAN IN|INSIDE THE|A|HIS|HER|THEIR GARAGE W|WITH THE? ENGINE|MOTOR|CAR RUNNING, ENGINE|MOTOR|CAR RUNNING IN|INSIDE THE|A|HIS|HER|THEIR GARAGE",
              role: .concept(IS, noun: false), source: suicidePlan),
        Entry(pattern: "USE|USING|TURN|TURNING|POINT|POINTING _? _? _? _? ON|AT HIMSELF|HERSELF|THEMSELF|THEMSELVES|MYSELF, OD|OVERDOSE ON HIS|HER|THEIR|MY _",
              role: .concept(S, noun: false), source: suicidePlan),
        Entry(pattern: "FRESH|NEW|DEEP CUTS|CUT|WOUNDS|SCRATCHES|MARKS|BURNS ON HIS|HER|THEIR ARMS|ARM|WRISTS|WRIST|THIGHS|THIGH|LEGS, CUT|CUTTING _? _? DOWN FROM HANGING|THE ROPE|THE NOOSE, FOUND HANGING, BELT|CORD|ROPE|SHEET|SHEETS|STRING|CABLE|SCARF|LEASH|CHARGER AROUND HIS|HER|THEIR NECK, BITING|BIT|BITES|BANGING|HITTING|PUNCHING|SCRATCHING HIS|HER|THEIR OWN? ARM|ARMS|HAND|HANDS|WRIST|WRISTS|HEAD, HEADBANGING",
              role: .attempt, source: suicidePlan),
        Entry(pattern: "TALKING|TALKED|TALKS ABOUT ENDING IT|THINGS|EVERYTHING, ENDING IT ALL?, ENDING THINGS, TEXTED|SENT|MESSAGED|TOLD _? _? GOODBYE, WROTE|WRITING|MADE A WILL, CALLED|CALLING|TEXTED|FROM|VIA 988, 988 XFER|TRANSFER|CALL|COUNSELOR, CRISIS LINE|HOTLINE|TEXTLINE, SUICIDE HOTLINE|LINE|PREVENTION",
              role: .ideation, source: suicidePlan),
        Entry(pattern: "GAS STOVE|OVEN|BURNERS ON AND|BUT NOT|UNLIT, NOT LIGHT IT, HEAD IN THE OVEN",
              role: .concept(S, noun: false), source: suicidePlan),
        Entry(pattern: "CLIMBED|CLIMBING|CLIMBS|STEPPED|STEPPING OUT? ONTO|ON|OVER|PAST THE|A _? _? _? LEDGE|RAILING|RAIL|EDGE|PARAPET",
              role: .concept(S, noun: false), source: suicidePlan),
    ]

    /// Threats whose complement harms a person, and shooting idioms.
    static let threats: [Entry] = [
        Entry(pattern: "TO CUT|STAB|SLICE|SHANK|CHOP \(persons)|ANYONE|ANYBODY|EVERYONE|EVERYBODY|YOU|YALL, TO RUN|MOW _ _? OVER|DOWN, TO TAKE \(persons)|YOU OUT",
              role: .concept(T, noun: false), source: threatComplement),
        Entry(pattern: "PUT|PUTTING|PUTS A|ONE|SOME|TWO|#? BULLET|BULLETS|ROUND|ROUNDS|SLUG|SLUGS|HOLE|HOLES IN, LIGHT|LIGHTING|LIGHTS HIM|HER|THEM|YOU|YALL|RP|CALLER UP, COME|COMING|COMES FOR \(persons)|YOU|YALL, END|ENDING|FINISH|FINISHING \(determiners)|RPS \(persons)",
              role: .concept(T, noun: false), source: threatComplement),
        Entry(pattern: "GET|GETTING|GRAB|GRABBING|FETCH GO? GET? HIS|HER|THEIR|A|THE|MY _? GUN|GUNS|KNIFE|PISTOL|RIFLE|SHOTGUN|WEAPON|STRAP|PIECE AND|THEN COME|BE|COMING BACK, BRINGING|BRING|BRINGS A|HIS|HER GUN|KNIFE|WEAPON|BOMB TO SCHOOL|WORK|CLASS|CHURCH|THE",
              role: .concept([.weapon, .threat], noun: false), source: threatComplement),
        Entry(pattern: "VOICES|HALLUCINATIONS ARE|WERE|KEEP|KEPT TELLING|TELL|TOLD HIM|HER|THEM TO", role: .intent, source: threatComplement),
        Entry(pattern: "GOT|HAS|HAVE|CARRIES|CARRYING|PACKING|KEEPS A PIECE|STRAP|BURNER|GAT|HEATER, STRAPPED UP",
              role: .concept(W, noun: true), source: threatComplement),
    ]

    /// Violence with a named person as object, and abduction.
    static let violence: [Entry] = [
        Entry(pattern: "GRAB|GRABS|GRABBED|GRABBING|DRAGGED|DRAGGING|YANKED|YANKING|PINNED|PINNING|TACKLED|CORNERED \(determiners)? \(persons), THREW|THROWS|THROWING|THROWN|THROW|TOSSED|HURLED|SHOVED|SLAMMED|SLAMMING|SLAMS|PUSHED \(determiners)? \(persons) AGAINST|INTO|DOWN|ONTO|TO|OFF|THROUGH",
              role: .concept(V, noun: false), source: violenceObject),
        Entry(pattern: "PULLED|DRAGGED|FORCED|PUSHED|SHOVED|THROWN|BEING|GETTING PULLED|DRAGGED|FORCED|PUSHED|SHOVED|THROWN? INTO A|THE|AN|HIS|HER|THEIR? _? CAR|VAN|VEHICLE|TRUCK|SUV|TRUNK|MINIVAN|SEDAN",
              role: .concept([.violence, .policeOnly], noun: false), source: violenceObject),
    ]

    /// A person who may be down behind a door: the caller cannot see in, and red flags cannot be ruled out.
    static let welfareEntries: [Entry] = [
        Entry(pattern: "DEATH|DECOMP|DECOMPOSITION ODOR|SMELL|STENCH, SMELL|ODOR OF DEATH|DECOMP|DECOMPOSITION, NO ONE|NOBODY HAS|HAVE SEEN|HEARD, NOBODY HAS|HAVE SEEN|HEARD, NOT|HASNT|HAVENT BEEN? SEEN|HEARD IN|FOR|SINCE, NOT|HASNT|HAVENT BEEN? HEARD FROM IN|FOR|SINCE, MISSED DIALYSIS|CHEMO|TREATMENT, MISSED HIS|HER|THEIR MEDS|MEDICATION|INSULIN|DIALYSIS",
              role: .unseenScene, source: welfare),
        Entry(pattern: "NOW|AND|THEN? CANT|CANNOT|COULDNT REACH HER|HIM|THEM, NOW|AND|THEN? UNABLE TO REACH HER|HIM|THEM, CANT|CANNOT|COULDNT SEE ANYTHING|INSIDE, GLASS BREAKING|SHATTERING, WHEREABOUTS UNK|UNKNOWN, UNK|UNKNOWN WHEREABOUTS|WHERE, SHOES AND A? WALLET|PHONE|KEYS|CLOTHES ON|BY|AT|NEAR THE? DOCK|PIER|BRIDGE|SHORE|BEACH|RIVERBANK, W|WITH DEMENTIA|ALZHEIMERS|ALZ LEFT|WANDERED|MISSING|WALKED",
              role: .unseenScene, source: welfare),
    ]

    /// Medical urgency by symptom.
    static let medicalEntries: [Entry] = [
        Entry(pattern: "CONTRACTIONS, HAVING|IN LABOR|CONTRACTIONS, BABY|HEAD CROWNING|COMING, WATER HAS? BROKE|BROKEN, BOILING|HOT WATER|GREASE|OIL|COFFEE|SOUP ON, SKIN PEELING|BLISTERING|SLOUGHING, SCALDED|SCALDING, COLD|COOL TO THE? TOUCH, SMALL|MINOR|DEEP|LARGE|BIG CUT|CUTS|GASH|LAC|LACERATION, SKIN|BODY COLD|BLUE|GRAY|MOTTLED, BARELY RESPONDING|RESPONSIVE|BREATHING|CONSCIOUS|MOVING, CANT|CANNOT|COULDNT CATCH HIS|HER|THEIR|MY BREATH, 11-44, DOA, OBVIOUS DEATH|DOA, # DEG|DEGREE|DEGREES HEAT, ACTIVE SEIZURE|SZ, SEIZURE|SZ ACTIVE, CONFUSED AND? SWEATING|SWEATY|DIAPHORETIC, HOT AND CONFUSED, HEAT STROKE|EXHAUSTION, OVERHEATED, HYPERTHERMIA|HYPERTHERMIC, EXCITED DELIRIUM",
              role: .concept(I, noun: false), source: medical),
    ]

    /// A blow to a vulnerable body part: violence and an injury.
    static let blows: [Entry] = [
        Entry(pattern: "HIT|HITS|STRUCK|PUNCHED|KICKED|SMACKED HIM|HER|THEM|RP|CALLER|ME IN THE HEAD|FACE|STOMACH|CHEST|EYE|MOUTH|THROAT|JAW|NOSE",
              role: .concept([.violence, .injury], noun: false), source: medical),
    ]

    /// Police-only acts: base-form verbs, entry through windows, orders, exploitation, people in the road.
    static let policeOnly: [Entry] = [
        Entry(pattern: "SMASH|BREAK|BUST|SHATTER _? _? _? WINDOW|WINDOWS|WINDSHIELD|DOOR|LOCK, GRAB|STEAL|TAKE|SNATCH _? HER|HIS|THE|MY|THEIR|CALLERS|A BAG|PURSE|WALLET|PHONE|PACKAGE|BIKE|LAPTOP|KEYS|TOOLS",
              role: .propertyCrime, source: policeActs),
        Entry(pattern: "PRYING|PRIED|PRY|JIMMYING|JIMMIED|JIMMY THE|A|AN|HER|HIS|THEIR|MY? _? DOOR|DOORS|WINDOW|WINDOWS|LOCK|LOCKS|GATE|SLIDER|HATCH",
              role: .concept(P, noun: false), source: policeActs),
        Entry(pattern: "PRYING|PRIED|PRY|JIMMYING|JIMMIED|JIMMY THE|A|AN|HER|HIS|THEIR|MY? _? MAILBOX|MAILBOXES|METER|METERS|LID|LOCKER|LOCKERS|BOX|BOXES|MACHINE|REGISTER|TOOLBOX, PRYING|PRIED|PRY OPEN|AT|OFF",
              role: .propertyCrime, source: policeActs),
        Entry(pattern: "CLIMBING|CLIMBED|CRAWLING|CRAWLED|GOING|WENT|CLIMB THROUGH|INTO|IN A|THE|AN|HER|HIS|THEIR|OPEN? WINDOW|WINDOWS",
              role: .concept(P, noun: false), source: policeActs),
        Entry(pattern: "RUN|RAN|RUNNING|FLEE|FLED|FLEEING FROM|OUT OF? HER|HIS|THE|THEIR|MY|A|CALLERS GARAGE|HOUSE|HOME|SHED|YARD|BACKYARD|PORCH|APT|APARTMENT|STORE|CAR|TRUCK",
              role: .concept(P, noun: false), source: policeActs),
        Entry(pattern: "W|WITH|HAS|HAVE|HOLDS|HOLDING NO CONTACT ORDER|ORDERS, TRO|RO|PFA|DVPO|NCO|OFP|INJUNCTION VIOLATION|VIOLATIONS|VIOLATED, HAS|HAVE THE|HER|HIS ORDER",
              role: .concept(P, noun: false), source: policeActs),
        Entry(pattern: "SEXUAL|EXPLICIT|NUDE|INAPPROPRIATE|SEXY MESSAGES|TEXTS|PICS|PHOTOS|PICTURES|VIDEOS|DMS TO, TAKING|TOOK|TAKES|TAKE? PICS|PICTURES|PHOTOS|VIDEO|VIDEOS OF _? _? _? IN THE LOCKER|CHANGING|DRESSING|BATH|SHOWER ROOM|ROOMS|STALL, ASKING|ASKED|WANTS TO MEET HER|HIM|CHILD|DAUGHTER|SON",
              role: .concept(P, noun: false), source: policeActs),
        Entry(pattern: "IN THE MIDDLE OF THE ROAD|STREET|HWY|HIGHWAY|INTERSECTION|ROADWAY|LANE, IN THE TRAVEL|TURN|TRAFFIC|FAST LANE|LANES, STILL|STALLED|STUCK IN THE ROADWAY|ROAD|TRAVEL|HWY|HIGHWAY|INTERSECTION",
              role: .concept(P, noun: false), source: policeActs),
    ]

    /// Look-alikes that stay eligible, and descriptions that are not negations.
    static let lookAlikes: [Entry] = [
        Entry(pattern: "NO SHIRT|SHOES|SOCKS|JACKET|COAT|PANTS|HAT|MASK|GLASSES|TOP|SLEEVES|HOOD|BACKPACK, NO SHIRT|SHOES ON, SHIRTLESS",
              role: .ignore, source: lookAlike),
        Entry(pattern: "SHOOTING|SHOOTS|SHOT A|THE|SOME|HIS|HER|THEIR? VIDEO|VIDEOS|FILM|MOVIE|COMMERCIAL|PHOTOS|PICTURES|SCENE|TIKTOK|MUSIC, PHOTO|MODELING|FASHION|VIDEO|FILM|MOVIE|WEDDING|PRODUCT|PORTRAIT SHOOT|SHOT|SHOTS, GLAMOUR|HEAD|MUG SHOT|SHOTS",
              role: .ignore, source: lookAlike),
        Entry(pattern: "KNIFE|KNIVES BLOCK|SET|SETS|DRAWER|SHARPENER, BUTTER|PLASTIC KNIFE|KNIVES",
              role: .ignore, source: lookAlike),
        Entry(pattern: "KICKED|KICKS|KICKING|THROWN|THREW HIM|HER|THEM|ME|US? OUT, GOT KICKED OUT",
              role: .ignore, source: lookAlike),
        Entry(pattern: "STRUCK|STRIKES|STRIKING|STRIKE UP A|THE? CONVERSATION|DEAL|FRIENDSHIP|CHAT, STRUCK|STRIKES OUT",
              role: .ignore, source: lookAlike),
        Entry(pattern: "URGENT CARE|CARES, LAST TIME WAS THIS? MORNING|TODAY|TONIGHT|YESTERDAY|EARLIER",
              role: .ignore, source: lookAlike),
        Entry(pattern: "NO|NOT|NOTHING|NONE ABUSE|ASSAULT|ABUSES? DISCLOSED|REPORTED",
              role: .negationAfter, source: lookAlike),
    ]
}
