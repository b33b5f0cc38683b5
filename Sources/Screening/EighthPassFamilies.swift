/// Eighth pass for issue 13: families of language found on `blind7.csv` (then development data). Recall: a stated
/// time makes suicidal talk a plan, a method at hand (a cord around the neck, a hairdryer by the bath, starving
/// oneself), a whole supply taken or injected, water up to the chest; harm that puts someone in the hospital, acid,
/// "you're next", "will be jumped", "won't see Christmas"; a round fired, a vehicle rammed or driven at people,
/// a sharpened or broken object waved, grabbing a person's arm, stomping on someone on the ground, slamming someone
/// against a wall; stroke and heart signs, low oxygen, laboured breathing, heat stroke, a person not moving;
/// strangers inside a car or house now, stripping copper, filming up skirts, photographing children, passing a
/// forged check, a drinking driver; callers who cannot say anything with someone beside them, who are followed or
/// afraid to go in, bangs or a struggle heard; Spanish words common in US CAD narratives. Look-alikes: "text to
/// 911" as a channel, the location uncertainty of a wireless call ("UNC 30M"), idioms (dead tired, bleeding money,
/// knees are shot, a look that could kill), photos shot, firewood split with an axe, bleeding that stopped, toy and
/// prop weapons, the weapons question asked, car keys taken, tow companies, help getting in, sports and sparring;
/// history by month or last week; and a sound explained as fireworks or a backfire anywhere in the narrative.
///
/// These entries come first in the built-in lexicon, so they win ties of equal length. Each names its source.
enum EighthPassFamilies: LexiconTable {
    typealias Entry = NarrativeLexicon.Entry

    static let suicideSource = "Suicide risk assessment (Columbia C-SSRS: intent with a time, method at hand, preparatory acts; 988 Lifeline)"
    static let threatSource = "Issue 13 eighth pass: threats of harm by outcome (hospital, acid, being next), second-hand (APCO ANS 2.103.2 THREAT)"
    static let violenceSource = "Issue 13 eighth pass: violence and weapons by the act (APCO ANS 2.103.2 ASSAULT, SHOTS FIRED, DOMESTIC)"
    static let medicalSource = "Medical dispatch key questions: stroke (face droop, arm weakness, speech), chest pain, oxygen saturation, heat stroke, pre-eclampsia"
    static let policeSource = "Issue 13 eighth pass: crimes in progress (APCO ANS 2.103.2 BURGLARY, THEFT, FRAUD, PROWLER, DUI, CHILD EXPLOITATION)"
    static let unheardSource = "Issue 13 eighth pass: callers who cannot speak or see (APCO ANS 2.103.2 OPEN LINE, TEXT-TO-911 practice)"
    static let spanishSource = "Spanish words common in US CAD narratives (call-taker notes from bilingual callers)"
    static let lookAlikeSource = "Issue 13 eighth pass: look-alikes (text-to-911 as a channel, wireless location uncertainty, idioms, props, sports)"

    static let persons = CautionFamilies.persons
    static let determiners = FourthPassFamilies.determiners
    static let medications = FourthPassFamilies.medications
    static let vehicles = SixthPassFamilies.vehicles
    static let times = "TONIGHT|TODAY|TOMORROW|FRIDAY|SATURDAY|SUNDAY|MONDAY|TUESDAY|WEDNESDAY|THURSDAY"

    static let entries: [Entry] = lookAlikes + suicide + threats + violence + medical + policeOnly + unheard + spanish

    /// Suicide: a time, a method at hand, a supply taken.
    static let suicide: [Entry] = [
        Entry(pattern: "END IT \(times), END IT ALL \(times), KILL HIMSELF|HERSELF|MYSELF|THEMSELVES|THEMSELF \(times), HOW MANY PILLS|TABLETS|\(medications) IS|ARE LETHAL|FATAL|ENOUGH, SO HE|SHE|THEY|I CAN|COULD|WILL DIE, DROP|THROW|TOSS THE|A HAIRDRYER|TOASTER|RADIO IN|INTO, IN|INTO THE? RIVER|LAKE|WATER|OCEAN|BAY|CANAL|CREEK UP TO HIS|HER|THEIR? CHEST|WAIST|NECK|SHOULDERS, WALK|WALKING|WADE|WADING INTO THE LAKE|RIVER|OCEAN|BAY|CANAL, OUTSIDE|OVER THE BRIDGE|OVERPASS FENCE|RAILING|RAIL, ON THE OUTSIDE OF THE BRIDGE|OVERPASS FENCE|RAILING|RAIL, SITTING|STANDING ON THE OVERPASS|BRIDGE RAILING|RAIL|FENCE|LEDGE",
              role: .concept(S, noun: false), source: suicideSource),
        Entry(pattern: "CORD|ROPE|BELT|SHEET|CABLE|LEASH|WIRE|NOOSE|LIGATURE AROUND HIS|HER|THEIR|MY NECK, WITH A|AN|THE CORD|ROPE|BELT|SHEET|CABLE|LEASH|WIRE|NOOSE|LIGATURE AROUND HIS|HER|THEIR|MY NECK",
              role: .concept(IS, noun: false), source: suicideSource),
        Entry(pattern: "TOOK|TAKEN|SWALLOWED|INJECTED|ATE ALL|EVERY OF? HIS|HER|THEIR|MY|THE \(medications)|PILLS|MEDS|MEDICATION|MEDICATIONS|TABLETS, TOOK|SWALLOWED|INJECTED THE WHOLE BOTTLE|SUPPLY|PACK",
              role: .attempt, source: suicideSource),
    ]

    /// Threats by outcome.
    static let threats: [Entry] = [
        Entry(pattern: "PUT \(determiners)? \(persons)|LANDLORD|HIM|HER IN THE HOSPITAL|GROUND|GRAVE|ICU|MORGUE, THROW|THROWING|SPLASH ACID|BLEACH|GASOLINE ON|AT|IN",
              role: .harmVerb, source: threatSource),
        Entry(pattern: "YOURE|UR NEXT, WILL|GONNA BE JUMPED|STABBED|SHOT|KILLED|CUT, WILL|GONNA GET JUMPED|STABBED|SHOT|KILLED|CUT, GOING TO BE|GET JUMPED|STABBED|SHOT|KILLED|CUT, WONT SEE CHRISTMAS|TOMORROW|THANKSGIVING|EASTER, WONT SEE HER|HIS|THEIR|NEXT BIRTHDAY, IS|S GOING TO DIE \(times), IS|S GONNA DIE \(times), KNOWS WHERE I|WE LIVE|WORK|SLEEP",
              role: .concept(T, noun: false), source: threatSource),
    ]

    /// Violence and weapons by the act.
    static let violence: [Entry] = [
        Entry(pattern: "FIRED A|ONE|TWO|THREE|SEVERAL|# ROUND|ROUNDS|SHOT|SHOTS, RAMMED|RAMMING|RAMS \(determiners)? \(vehicles) WITH, DROVE|DRIVING|DRIVES UP? ONTO THE SIDEWALK AT|TOWARD|TOWARDS, AIMED|AIMING|SWERVED|SWERVING|DROVE \(determiners)? \(vehicles) AT|TOWARD \(determiners)? _ \(persons)|KIDS, WAVING|SWINGING|BRANDISHING A|AN|THE|HIS|HER SHARPENED|BROKEN|JAGGED|METAL _? _? AT, HELD|HOLDING|RAISED|RAISING A|AN|THE|HIS|HER SCREWDRIVER|KNIFE|BOTTLE|HAMMER|BAT|PIPE|BRICK|ROCK|CROWBAR UP AT|TOWARD|OVER",
              role: .concept(WV, noun: false), source: violenceSource),
        Entry(pattern: "GRABBED|GRABBING|YANKED|TWISTED|PULLED A|THE|HIS|HER? WOMANS|MANS|GIRLS|BOYS|KIDS|CHILDS|CALLERS|RPS|WIFES|GFS ARM|ARMS|HAIR|NECK|WRIST|SHIRT, STOMPING|STOMPED|KICKING|KICKED|BEATING|PUNCHING ON? A|THE \(persons) ON THE GROUND|FLOOR, SLAMMING|SLAMMED|SLAMS|THROWING \(determiners)? \(persons) AGAINST|INTO|ONTO",
              role: .concept(V, noun: false), source: violenceSource),
    ]

    /// Stroke and heart signs, low oxygen, heat stroke, a person not moving.
    static let medical: [Entry] = [
        Entry(pattern: "CHEST IS|FEELS TIGHT, ARM IS|FEELS NUMB, FACE IS DROOPING, DROOPING ON ONE SIDE, TALKING FUNNY AND, SPO2 #, O2 SAT|SATS #, LABORED|LABOURED RESP|RESPIRATIONS|BREATHING, CANT|CANNOT FINISH A SENTENCE, HOT AND? DRY SKIN, STOPPED SWEATING, SEVERE HEADACHE AND BLURRY|BLURRED VISION, HE|SHE IS|S NOT MOVING",
              role: .concept(I, noun: false), source: medicalSource),
    ]

    /// Crimes in progress.
    static let policeOnly: [Entry] = [
        Entry(pattern: "GUYS|GUY|MAN|MEN|PEOPLE|KIDS|SOMEONE|SOMEBODY ARE|IS INSIDE|IN MY|HER|HIS|THEIR|THE CAR|TRUCK|GARAGE|HOUSE|SHED RIGHT NOW, NOBODY SHOULD BE THERE|HOME|INSIDE|UPSTAIRS, NO ONE SHOULD BE THERE|HOME|INSIDE|UPSTAIRS, FILMING|RECORDING|PHOTOGRAPHING UP WOMENS|HER|GIRLS|HIS SKIRTS|SKIRT|DRESSES|DRESS, TAKING PHOTOS|PICTURES|VIDEO|PICS OF \(determiners)? KIDS|CHILDREN|DAUGHTER|SON|GIRLS|BOYS|CHILD THROUGH|FROM|OVER, CASH|CASHING|PASS|PASSING|USE|USING A|AN FORGED|FAKE|STOLEN|COUNTERFEIT CHECK|CARD|ID|BILL, DRIVER DRINKING|DRUNK|INTOXICATED, DRINKING FROM A BOTTLE _? _? IN THE DRIVE",
              role: .concept(P, noun: false), source: policeSource),
        Entry(pattern: "REMOVING|STEALING|TAKING|STRIPPING THE? COPPER PIPES|PIPE|WIRE|WIRING, LOADING TOOLS|STUFF|ITEMS|COPPER|MATERIALS INTO A|THE|HIS TRUCK|VAN|CAR",
              role: .propertyCrime, source: policeSource),
    ]

    /// Callers who cannot say or see.
    static let unheard: [Entry] = [
        Entry(pattern: "CANT|CANNOT SAY ANYTHING, HES|SHES NEXT TO ME, HE|SHE IS NEXT TO ME, KEEPS FOLLOWING ME|HER, SCARED|AFRAID TO GO IN|INSIDE|HOME, HEARD # LOUD? BANGS|SHOTS|POPS, WHAT SOUNDED LIKE A|AN STRUGGLE|FIGHT|GUNSHOT|SHOT|SCREAM|THUD, BANGS AND A SCREAM|SCREAMING",
              role: .unseenScene, source: unheardSource),
    ]

    /// Spanish words common in US CAD narratives.
    static let spanish: [Entry] = [
        Entry(pattern: "CUCHILLO|NAVAJA|PISTOLA|ARMA|ARMAS|ESCOPETA", role: .concept(W, noun: true), source: spanishSource),
        Entry(pattern: "GOLPEANDO|GOLPEO|GOLPEA|GOLPES|PEGANDO|PEGO|PELEA|PELEANDO|AHORCANDO", role: .concept(V, noun: false), source: spanishSource),
        Entry(pattern: "AMENAZO|AMENAZA|AMENAZANDO|AMENAZAS, MATARLA|MATARLO|MATARME|MATARTE|MATARLOS", role: .concept(T, noun: false), source: spanishSource),
        Entry(pattern: "VOZ BAJA, NO PUEDE HABLAR", role: .unseenScene, source: spanishSource),
        Entry(pattern: "QUIERE MORIR|MATARSE|SUICIDARSE", role: .ideation, source: spanishSource),
    ]

    /// Look-alikes that stay eligible, and sounds explained.
    static let lookAlikes: [Entry] = [
        Entry(pattern: "TEXT TO|FROM 911, TEXT TO|FROM 9-1-1, UNC #|10M|15M|20M|25M|30M|40M|50M|60M|75M|100M|150M|200M|300M|500M, PHASE II|2 WIRELESS",
              role: .ignore, source: lookAlikeSource),
        Entry(pattern: "DEAD TIRED, BLEEDING MONEY|CASH, KNEES|KNEE|BACK|NERVES|HIPS|HIP ARE|IS SHOT, LOOK THAT COULD KILL, SHOT A|SOME PHOTO|PHOTOS|PICTURE|PICTURES|VIDEO|FILM|SELFIE, SPLITTING|CHOPPING|CUTTING FIREWOOD|WOOD|KINDLING|LOGS WITH AN|A|HIS|HER AXE|HATCHET|MAUL|SAW, STOPPED BLEEDING, NO LONGER BLEEDING",
              role: .ignore, source: lookAlikeSource),
        Entry(pattern: "PLASTIC|FOAM|TOY|FAKE|PROP|RUBBER|CARDBOARD SWORD|SWORDS|GUN|GUNS|KNIFE|KNIVES|RIFLE|RIFLES|PISTOL|PISTOLS|WEAPON|WEAPONS|HARPOON|HARPOONS|SPEARGUN|SPEARGUNS|SCALPEL|SCALPELS, WEAPONS|WEAPON|SAFETY QUESTION|QUESTIONS ASKED",
              role: .ignore, source: lookAlikeSource),
        Entry(pattern: "TOOK|TAKEN|TAKE|TAKING MY|HIS|HER|THE CAR? KEYS|CHARGER|REMOTE, TOW CO|COMPANY|TRUCK|DRIVER|OPERATOR|YARD|LOT, HELP ME GET|FIND|WITH|MOVE|CARRY|UNDERSTAND|FILL, BOXING|WRESTLING|MMA|UFC|KARATE MATCH|GYM|EVENT|FIGHT",
              role: .ignore, source: lookAlikeSource),
        Entry(pattern: "LAST WEEK|MONTH|YEAR|SUMMER|WINTER|SPRING|FALL|SEMESTER, IN JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER",
              role: .historyAfter, source: lookAlikeSource),
        Entry(pattern: "CONFIRMED|SAYS|SAID|SEES IT|THEY WAS|IS|WERE|S FIREWORKS|BACKFIRING|FIRECRACKERS, CONFIRMED|SAYS|SAID|SEES IT WAS|IS|S A BACKFIRE, IT|THAT WAS|IS|S A CAR BACKFIRING|BACKFIRE, CAR|CARS BACKFIRING",
              role: .soundExplained, source: lookAlikeSource),
    ]
}
