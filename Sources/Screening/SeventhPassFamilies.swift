/// Seventh pass for issue 13: families of language found on `blind6.csv` (then development data). Recall: threats
/// vowed or promised, harm to the neck, throat or head, poisoning and smothering, "a dead woman", running someone off
/// the road, knowing where a named person lives; farewell notes and affairs put in order, a plan and the means, a
/// person in the water, self-harm tonight, a counted ingestion of a named medication; duress codes and callers who
/// cannot say, breathe heavily or tap on the line; slurred speech and low blood sugar; scratching, kneeling on a
/// chest, ramming a car with someone inside, a raised cinder block; peeping into restrooms, wrong-way drivers,
/// children in a locked or hot car, someone dragged into a vehicle, a custody order broken. Look-alikes: street names
/// (Fond du Lac), loss-prevention staff as callers, batteries, idioms of killing, choking up, taking a stab at,
/// drowning in work, shooting stars and ranges, cap guns, vigils, panic attacks, secured or surrendered guns, tools
/// named for their use, school-age history, tickets, burned food, potholes.
///
/// These entries come first in the built-in lexicon, so they win ties of equal length. Each names its source.
enum SeventhPassFamilies: LexiconTable {
    typealias Entry = NarrativeLexicon.Entry

    static let threatSource = "Issue 13 seventh pass: threats vowed or promised, harm named by the body part, poisoning (APCO ANS 2.103.2 THREAT)"
    static let suicideSource = "Suicide warning signs (988 Lifeline, Columbia C-SSRS): farewell notes, affairs in order, a plan and the means, in the water, self-harm, an ingestion counted out"
    static let unheardSource = "Issue 13 seventh pass: callers who cannot speak (APCO ANS 2.103.2 OPEN LINE; alarm duress codes; TTY/text sessions)"
    static let medicalSource = "Medical dispatch key questions: altered speech, low blood sugar in a diabetic (EMD protocols: diabetic problems, stroke)"
    static let violenceSource = "Issue 13 seventh pass: violence by the act (APCO ANS 2.103.2 ASSAULT, DOMESTIC), a vehicle rammed into an occupied one"
    static let policeSource = "Issue 13 seventh pass: police-only acts (APCO ANS 2.103.2 PROWLER, RECKLESS/WRONG-WAY DRIVER, CHILD LEFT IN VEHICLE, ABDUCTION, CUSTODY ORDER VIOLATION)"
    static let lookAlikeSource = "Issue 13 seventh pass: look-alikes (street names, job titles, batteries, idioms, toys, secured weapons, tools by use, school-age history)"

    static let persons = CautionFamilies.persons
    static let determiners = FourthPassFamilies.determiners
    static let bodyParts = "NECK|NECKS|THROAT|THROATS|HEAD|HEADS|SKULL|FACE|JAW|LEGS|ARMS|KNEECAPS"

    static let entries: [Entry] = lookAlikes + threats + suicide + unheard + medical + violence + policeOnly

    /// Threats vowed or promised, and harm named by the body part.
    static let threats: [Entry] = [
        Entry(pattern: "VOWED|VOWS|VOWING|PROMISED|PROMISES|PROMISING|SWORE|SWEARS|SWEARING|WARNED|WARNS TO|HED|HELL|SHED|SHELL|HE|SHE|THEY, HED|THEYD|YOUD",
              role: .intent, source: threatSource),
        Entry(pattern: "WRING|SNAP|BREAK|SLIT|SPLIT|CRACK|CUT|BASH|SMASH|CAVE|STOMP \(determiners)? \(bodyParts) OPEN|IN?, POISON|POISONS|SMOTHER|SMOTHERS|DROWN|DROWNS|STRANGLE|STRANGLES|SUFFOCATE|SUFFOCATES \(determiners)? \(persons)|FOOD|DRINK|CAT|DOG|BABY, GET|GETTING \(determiners)? \(persons)|FAMILY _? _? TONIGHT, GET|GETTING \(determiners)? \(persons)|FAMILY _? _? AFTER DARK",
              role: .harmVerb, source: threatSource),
        Entry(pattern: "RUN|RUNS|RAN \(determiners)? \(persons) OFF THE ROAD, RUN|RUNS \(determiners)? \(persons) OVER|DOWN",
              role: .harmVerb, source: threatSource),
        Entry(pattern: "SHES|HES|YOURE|UR A DEAD WOMAN|MAN|GIRL|BOY, SHE|HE|YOU IS|ARE A DEAD WOMAN|MAN|GIRL|BOY, DEAD WOMAN|MAN WALKING, KNOWS|KNOW WHERE \(determiners)? \(persons) LIVES|LIVE|WORKS|SLEEPS|PARKS, DONT COME TO SCHOOL TOMORROW|MONDAY, DO NOT COME TO SCHOOL TOMORROW|MONDAY, SHOOT|SHOOTING UP THE|A SCHOOL|CHURCH|OFFICE|STORE|PLACE",
              role: .concept(T, noun: false), source: threatSource),
    ]

    /// Farewell and preparation, a plan and the means, in the water, self-harm, an ingestion counted out.
    static let suicide: [Entry] = [
        Entry(pattern: "WROTE|LEFT A|AN NOTE|LETTER AND LEFT IT, PUT HIS|HER|THEIR AFFAIRS IN ORDER, SAID|SAYS|TOLD _? HE|SHE|THEY WONT BE AROUND, SAID|SAYS|TOLD _? HE|SHE|THEY WILL NOT BE AROUND, LAST TIME YOU|YOULL|U|ULL HEAR|SEE FROM? ME, THIS IS THE LAST TIME",
              role: .ideation, source: suicideSource),
        Entry(pattern: "HAS|HAVE|HAD A PLAN AND THE|A MEANS, PLAN AND MEANS, NEXT TIME IT WONT BE ENOUGH, END HIS|HER|THEIR LIFE TONIGHT|TOMORROW|TODAY, END HIS|HER|THEIR LIFE THIS WEEKEND|WEEK",
              role: .concept(S, noun: false), source: suicideSource),
        Entry(pattern: "IN|INTO THE RIVER|LAKE|WATER|BAY|CANAL|HARBOR HOLDING|CLINGING|HANGING ONTO|ON, IN THE RIVER|LAKE|WATER|BAY|CANAL WONT COME OUT, IN THE RIVER|LAKE|WATER|BAY|CANAL REFUSES|REFUSING TO COME OUT",
              role: .concept(S, noun: false), source: suicideSource),
        Entry(pattern: "HAS|HAD BEEN CUTTING TONIGHT|TODAY|AGAIN|HERSELF|HIMSELF, IS|WAS CUTTING HERSELF|HIMSELF|AGAIN",
              role: .attempt, source: suicideSource),
        Entry(pattern: "TOOK|SWALLOWED|TAKEN|ATE # OF HIS|HER|THEIR|THE \(FourthPassFamilies.medications)|PILLS|MEDS|TABLETS",
              role: .attempt, source: suicideSource),
    ]

    /// Callers who cannot speak freely.
    static let unheard: [Entry] = [
        Entry(pattern: "DURESS CODE|ALARM|SIGNAL, WONT|CANT|CANNOT SAY WHAT IS|S HAPPENING, WONT|CANT|CANNOT SAY WHAT IS|S GOING ON, WONT|DOESNT|DIDNT ANSWER QUESTIONS, CALLER|RP BREATHING HEAVILY, CALLER|RP SPEAKING|TALKING VERY? QUIETLY|SOFTLY|LOW, TAPPING ON THE|HER|HIS? PHONE|LINE|RECEIVER, LINE|CALL CUT|DROPPED BEFORE|WHILE|DURING, LINE|CALL WENT DEAD BEFORE|WHILE|DURING",
              role: .unseenScene, source: unheardSource),
        Entry(pattern: "BANGING|SCREAMING|CRASHING|THUDS|THUDDING AND A|AN? WOMAN|MAN|CHILD|KID|BABY|SOMEONE CRYING|SCREAMING|YELLING",
              role: .unseenScene, source: unheardSource),
    ]

    /// Altered speech and low blood sugar.
    static let medical: [Entry] = [
        Entry(pattern: "SLURRING|SLURRED HER|HIS|THEIR? WORDS|SPEECH, NOT MAKING SENSE AND SWEATY|DIABETIC|CONFUSED",
              role: .concept(I, noun: false), source: medicalSource),
    ]

    /// Violence by the act.
    static let violence: [Entry] = [
        Entry(pattern: "SCRATCHING|SCRATCHED|CLAWING|CLAWED AT? \(determiners)? _? \(persons), KNELT|KNEELING|KNEELS ON \(determiners)? \(persons)? CHEST|NECK|BACK|THROAT, RAMMED|RAMMING|RAMS \(determiners)? \(SixthPassFamilies.vehicles) INTO|AT \(determiners)? \(SixthPassFamilies.vehicles)|\(persons)",
              role: .concept(V, noun: false), source: violenceSource),
        Entry(pattern: "CINDER BLOCK RAISED OVER HIS|HER|THEIR HEAD, BLOCK|BRICK|ROCK|BOTTLE|CHAIR|BAT|PIPE|CHAIN RAISED OVER HIS|HER|THEIR HEAD, SWINGING|WAVING|SWUNG|WAVED A|AN|THE|HIS|HER CHAIN|SHOVEL|RAKE|CANE|CRUTCH|SKATEBOARD|STICK|MACHETE|POLE, SWINGING|WAVING|SWUNG|WAVED A|AN|THE|HIS|HER POOL|BROOM|TIRE|LEAD|METAL CUE|HANDLE|IRON|PIPE|STICK|POLE|BAR",
              role: .concept(W, noun: false), source: violenceSource),
    ]

    /// Police-only acts.
    static let policeOnly: [Entry] = [
        Entry(pattern: "PEEPING|PEEKING|PEERING|FILMING|RECORDING INTO|IN|UNDER THE|A WOMENS|GIRLS|MENS|LADIES? RESTROOM|BATHROOM|LOCKER|STALL|SHOWER|SHOWERS|DRESSING|CHANGING, WRONG WAY DRIVER|DRIVING|VEHICLE, DRIVING|DRIVER THE WRONG WAY",
              role: .concept(P, noun: false), source: policeSource),
        Entry(pattern: "BABY|CHILD|KIDS|TODDLER|INFANT|CHILDREN IN A|THE CAR SEAT IN A|THE LOCKED|HOT CAR|VEHICLE, IN THE|A CAR|VEHICLE WINDOWS UP, LEFT THE KIDS|BABY|CHILD|CHILDREN IN THE|A CAR|VEHICLE, LOCKED CAR|VEHICLE # DEGREES",
              role: .concept(P, noun: false), source: policeSource),
        Entry(pattern: "DRAG|DRAGGED|DRAGGING|PULL|PULLED|PULLING|PUSHED|FORCED|FORCING \(determiners)? \(persons) INTO A|AN|THE|HIS|HER _? VAN|CAR|TRUCK|SUV|VEHICLE|TRUNK, AGAINST|VIOLATING|VIOLATED THE|A CUSTODY ORDER|AGREEMENT, KICKING|SMASHING|BREAKING OUT THE|A _? _? GLASS|WINDOW|WINDOWS RIGHT NOW",
              role: .concept(P, noun: false), source: policeSource),
    ]

    /// Look-alikes that stay eligible.
    static let lookAlikes: [Entry] = [
        Entry(pattern: "FOND DU LAC, DU LAC, LOSS PREVENTION OFFICER|AGENT|STAFF|EMPLOYEE|MANAGER|GUARD|OFFICE|TEAM, BATTERY IS|WAS|S? LOW|DIED|DEAD|DYING|CHIRPING, LOW|DEAD BATTERY, SMOKE DETECTOR BATTERY",
              role: .ignore, source: lookAlikeSource),
        Entry(pattern: "IS|S|ARE KILLING ME|HIM|HER|THEM|US WITH, JOB|WORK|SCHOOL|RENT|BOSS|HEAT|BACK|FEET|KNEES|COMMUTE|KIDS|TRAFFIC IS|S|ARE KILLING, KILL|KILLED FOR A|AN|SOME, CHOKED|CHOKING|CHOKES UP, TOOK|TAKE|TAKING|TAKES A STAB AT, DROWNING IN PAPERWORK|WORK|DEBT|BILLS|HOMEWORK|LAUNDRY, HIGHWAY ROBBERY",
              role: .ignore, source: lookAlikeSource),
        Entry(pattern: "SHOOTING STAR|STARS|RANGE|GAME|GAMES|GALLERY|HOOPS|BASKETS|POOL|PICTURES|PHOTOS|VIDEO|VIDEOS|SCHEDULE, ARCADE SHOOTING, SHOT GLASS|GLASSES, CAP|NERF|WATER|SQUIRT|TOY GUN|GUNS|PISTOL|PISTOLS, OVERDOSE AWARENESS|VIGIL|PREVENTION|TRAINING, PANIC|ANXIETY ATTACK|ATTACKS, SWINGS AT THE|A PLAYGROUND|PARK|SCHOOL",
              role: .ignore, source: lookAlikeSource),
        Entry(pattern: "HUNTING? GUN|GUNS|RIFLE|RIFLES|SHOTGUN|SHOTGUNS|PISTOL|PISTOLS|HANDGUN|HANDGUNS|FIREARM|FIREARMS|WEAPON|WEAPONS ARE|IS|WERE|WAS LOCKED UP|AWAY, TURNED HIS|HER|THEIR GUN|GUNS|RIFLE|RIFLES|FIREARM|FIREARMS|WEAPON|WEAPONS IN, THE KNIFE|MACHETE|AXE|HATCHET|SAW IS|WAS|WERE FOR CUTTING|CLEARING|CHOPPING|COOKING|WORK|GARDENING|YARDWORK|FISHING|CARVING",
              role: .ignore, source: lookAlikeSource),
        Entry(pattern: "IN HIGH|MIDDLE|GRADE|ELEMENTARY SCHOOL, IN COLLEGE, AS A KID|CHILD|TEEN|TEENAGER",
              role: .historyAfter, source: lookAlikeSource),
        Entry(pattern: "LOTTERY|CONCERT|MOVIE|BUS|TRAIN|RAFFLE|SHOW|GAME TICKETS|TICKET, BURNED|BURNT DINNER|TOAST|FOOD|POPCORN|RICE|BREAKFAST|LUNCH|COOKIES, BURNED|BURNT THE|HER|HIS PAN|POT|FOOD|DINNER|TOAST, HIT A|THE POTHOLE|CURB|BUMP, BLEEDING THROUGH THE|A CEILING|WALL|PAPER|PAINT, TOO DRUNK|INTOXICATED TO DRIVE, NEEDS|NEED|NEEDED|NEEDING|WANTS|REQUESTING A PUSH|JUMP|JUMPSTART|BOOST, ASKING FOR A PUSH|JUMP|JUMPSTART|BOOST, GET HIM|HER|THEM INTO|HOME|HELP|TREATMENT|SERVICES|SHELTER, HUNG|HANGS|HANG UP BEFORE|WITHOUT GIVING|LEAVING A|HER|HIS|THEIR LAST|FULL NAME",
              role: .ignore, source: lookAlikeSource),
    ]
}
