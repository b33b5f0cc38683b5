/// Tenth pass for issue 13: the language of resolved and past alarms, found on `blind10.csv` (then development
/// data). A CAD narrative often records a first report and then, after a separator, what the unit or the call-back
/// found ("man with a crossbow - archery club practice", "PANIC ALARM - CB: CODE WORD GIVEN, ALL OK"). The words
/// here only mark such a resolution; which alarm it resolves, and whether it may, is decided by the resolution
/// reader (`NarrativeAnalysis+Resolution.swift`): only the alarm just before the separator, and only when the answer
/// itself raises no red flag. Also: calendar years and "last weekend" as history, a recent past ("yesterday",
/// a weekday) that is history only beside a settled present ("sober today", "principal handled it").
///
/// These entries come first in the built-in lexicon, so they win ties of equal length. Each names its source.
enum TenthPassFamilies: LexiconTable {
    typealias Entry = NarrativeLexicon.Entry

    static let resolutionSource = "Issue 13 tenth pass: CAD dispositions of a call found not to be what was reported (APCO ANS 2.103.2 disposition codes: unfounded, false alarm, no report; call-back outcomes)"
    static let historySource = "Reroute labelling guide: violence now or recently, not history (a past year or a past weekend is history)"
    static let lookAlikeSource = "Issue 13 tenth pass: look-alikes (words of resolution that name a person or a place, not an explanation)"

    static let persons = CautionFamilies.persons
    static let weekdays = "MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY"
    /// Abbreviated weekdays are read only after ON or LAST: alone, "SAT UP" and "IN THE SUN" are not days.
    static let weekdayAbbreviations = "MON|TUE|TUES|WED|THU|THUR|THURS|FRI|SAT|SUN"

    static let threatSource = "Issue 13 tenth pass: threats said sideways, by deadline, by outcome or by what is waiting (duty-to-warn and threat-assessment practice)"
    static let suicideSource = "Suicide warning signs: farewell behaviour, stockpiled means, a person at a lethal place (Columbia C-SSRS; 988 Lifeline)"
    static let injurySource = "Medical dispatch key questions: bleeding that will not stop, altered consciousness (dazed, confused), sudden collapse, stroke signs"
    static let weaponSource = "Issue 13 tenth pass: weapons by use against a person (APCO ANS 2.103.2 WEAPON, SHOTS FIRED)"
    static let policeSource = "Issue 13 tenth pass: police-only acts (APCO ANS 2.103.2 INDECENT EXPOSURE, PROWLER/PEEPING, DUI, ARSON, THEFT IN PROGRESS)"
    static let unseenSource = "Issue 13 tenth pass: callers who cannot say what is happening (APCO ANS 2.103.2 OPEN LINE, UNKNOWN TROUBLE)"
    static let bodyParts = SeventhPassFamilies.bodyParts
    static let medications = FourthPassFamilies.medications

    static let strong = NarrativeLexicon.Role.resolution(.init())
    /// Words that name a conflict rather than an act: what "verbal only" or "yelling only" can resolve.
    static let conflictWords = ["FIGHT", "FOUGHT", "ALTERCATION", "ARGUMENT", "SCUFFLE", "BRAWL", "ATTACK",
                                "WRESTL", "DISTURBANCE", "TUSSLE"]
    /// First words of an intoxication or impaired-driving report: what "sober" can resolve.
    static let intoxicationWords = ["DRUNK", "DUI", "DWI", "INTOX", "SWERV", "WEAV", "IMPAIRED", "OD", "OVERDOS", "WASTED",
                                    "HIGH", "STUMBL", "SLURR", "DRINKING", "SMELLS"]

    static let entries: [Entry] = lookAlikes + resolutions + past + persisting + threats + suicide + plans + injury + weapons
        + policeOnly + unseen

    /// "It's a woman" names who, not what it really was; a practice field is a place.
    static let lookAlikes: [Entry] = [
        Entry(pattern: "IT|THAT|THEY WAS|IS|WERE|ARE A|AN|THE \(persons), ITS|THATS A|AN|THE \(persons), PRACTICE FIELD|FIELDS|FACILITY|RANGE",
              role: .ignore, source: lookAlikeSource),
        // Bleeding that has stopped; a farewell for someone leaving; a worker up a tower.
        Entry(pattern: "BLEEDING|NOSEBLEED STOPPED|CONTROLLED, BLEEDING|NOSEBLEED HAS|IS STOPPED, FAREWELL PARTY|LUNCH|DINNER|TOUR|CARD, FAREWELL _ FOR HIS|HER|THE|A|THEIR|OUR, TECHNICIAN|TECH|WORKER|WORKERS|CREW|LINEMAN|CONTRACTOR CLIMBED|CLIMBING|UP THE|A RADIO|CELL|WATER TOWER",
              role: .ignore, source: lookAlikeSource),
        // Idioms and harmless uses of danger words.
        Entry(pattern: "YOURE|UR DEAD TO ME|HIM|HER|US|THEM, YOU ARE DEAD TO ME|HIM|HER|US|THEM, DEAD TO ME|HIM|HER|US|THEM, KILL ME NOW, ILL|IL|HED|HELL|SHED|SHELL|GONNA|WILL? KILL|KILLED|KILLING IT ON|AT|IN THE|HIS|HER|MY|THIS? EXAM|TEST|STAGE|SHOW|INTERVIEW|FINAL|FINALS|RECITAL|GAME|MATCH|AUDITION|PRESENTATION, SHOOTING|SHOOT|SHOOTIN|SHOOTS|SHOT THE? SUNSET|SUNRISE|WEDDING|PORTRAITS|FOOTAGE|SCENE|EPISODE|COMMERCIAL, BAG|BAGS GETTING|GET HIT, HITTING|HIT|HITS THE? HEAVY? BAG|BAGS, HITTING|HIT|HITS GOLF|TENNIS|PING|PONG|BASE BALLS|BALL, HITTING|HIT|HITS BASEBALLS, HITTING AS IN",
              role: .ignore, source: lookAlikeSource),
        // Kitchenware, sale and transfer of a firearm, a call that ended after the caller gave the information.
        Entry(pattern: "KITCHEN|STEAK|BUTCHER? KNIFE|KNIVES SET|BLOCK|SHARPENER|SHARPENING|DRAWER|RACK, SAMPLE KNIVES, SOLD|SELL|SELLING|TRANSFER|TRANSFERRING|REGISTER|REGISTERING _? _? _? _? GUN|GUNS|RIFLE|RIFLES|REVOLVER|PISTOL|SHOTGUN|FIREARM|FIREARMS, DISCONNECTED AFTER GIVING THE? INFO|ADDRESS|LOCATION|DETAILS|INFORMATION, HUNG UP AFTER GIVING THE? INFO|ADDRESS|LOCATION|DETAILS|INFORMATION",
              role: .ignore, source: lookAlikeSource),
        // "threatened ... with a fine": a threat of a penalty, not of violence.
        Entry(pattern: "WITH A FINE|TICKET|LAWSUIT|CITATION|LATE FEE|PENALTY",
              role: .harmlessComplement, source: lookAlikeSource),
        // "false alarm on the bank alarm next door": the resolution names its own target, not the alarm before it.
        Entry(pattern: "FALSE ALARM|REPORT|CALL|ALARMS ON|AT|FOR|FROM|ABOUT|OF|IN _, UNFOUNDED ON|AT|FOR|FROM|ABOUT|OF|IN _",
              role: .ignore, source: lookAlikeSource),
    ]

    /// Explicit resolution language. Strong words resolve wherever they stand in the answer; weak ones
    /// (CONFIRMS, FINE, OK) only when they close an explanation given before them. Some resolve only some kinds.
    static let resolutions: [Entry] = [
        // Outcomes stated outright. They say how things stand, not what the first report turned out to be, so they
        // answer an unseen or police-only alarm (an open line, a panic alarm, a prowler), never a weapon, an injury,
        // violence, a threat or suicide: "STABBING - VICTIM CONSCIOUS, ALL OK" and "man with gun - all ok per
        // caller" stay red flags (caution by default; review of the tenth pass).
        Entry(pattern: "ALL OK|OKAY|GOOD|FINE|SAFE|WELL, EVERYONE|EVERYBODY OK|OKAY|FINE|SAFE, CALLER|RP OK|OKAY, THEYRE|BOTH FINE|OK|OKAY",
              role: .resolution(.init(kinds: [.uncertainty, .policeOnly])), source: resolutionSource),
        Entry(pattern: "NOTHING FOUND|SUSPICIOUS|WRONG, NO CRIME|OFFENSE|CRASH|COLLISION|EMERGENCY|VIOLATION, NOT A CRIME, CIVIL MATTER|ISSUE|DISPUTE, CIVIL",
              role: strong, source: resolutionSource),
        Entry(pattern: "UNFOUNDED, FALSE ALARM|REPORT|CALL|ALARMS, REQUEST|REPORT|COMPLAINT|CALL WITHDRAWN|CANCELLED|CANCELED|RESCINDED",
              role: .resolution(.init(followsAlarm: true)), source: resolutionSource),
        // The first report corrected.
        Entry(pattern: "CLARIFIED|CLARIFIES|CLARIFYING|CORRECTED|CORRECTS|CORRECTION|MISUNDERSTOOD|MISUNDERSTANDING|MISTAKEN|MISTOOK|MISHEARD|MISREAD, TURNED|TURNS OUT TO|IT|HE|SHE|THEY|ITS|HES|SHES|THEYRE|THATS, IT|THAT|THEY WAS|WERE|IS|ARE JUST|ONLY? A|AN, ITS|THATS JUST|ONLY? A|AN, ITS|THATS HIS|HER|THEIR",
              role: strong, source: resolutionSource),
        // Planned, staged or pretend. Not STAGING: in an event log that is units waiting near the scene ("2A55 STAGING
        // W FOND DU LAC AVE"), as often before a dangerous scene as not (ninth session).
        Entry(pattern: "PRACTICE|PRACTICING|REHEARSAL|REHEARSING|DRILL|DRILLS|SCHEDULED|QUALIFICATION|STAGED|COSPLAY|COSTUME|REPLICA|FAKE|PROP|PROPS|TOY|TOYS|HAUNTED|HORSEPLAY, ORANGE TIP|TIPPED, PLAY FIGHTING, PLAYING AROUND, JUST PLAYING, FILMING A|AN MOVIE|VIDEO|SCENE|SHOW|COMMERCIAL, STAGING A|AN|THE SCENE|FIGHT|VIDEO|PHOTOSHOOT|SHOOT|PLAY|SKIT|PRANK|STUNT",
              role: strong, source: resolutionSource),
        // A harmless object named in the answer for the weapon first reported.
        Entry(pattern: "PLASTIC|FOAM|TOY|FAKE|PROP|RUBBER|CARDBOARD|WOODEN|PRACTICE|REPLICA SWORD|SWORDS|GUN|GUNS|KNIFE|KNIVES|RIFLE|RIFLES|PISTOL|PISTOLS|WEAPON|WEAPONS, BUTTER KNIFE|KNIVES, FISHING ROD|POLE|RODS|POLES, STARTER|RADAR|SPEED|NAIL|GLUE|CAULK|PRICE|TAG PISTOL|GUN",
              role: .resolution(.init(kinds: [.weapon, .threat])), source: resolutionSource),
        // By accident, or the caller's own doing.
        Entry(pattern: "ACCIDENTAL|ACCIDENTALLY, BY ACCIDENT|MISTAKE, PRANK|PRANKS|PRANKING|MISDIAL|MISDIALED, POCKET|BUTT DIAL|DIALED, WRONG NUMBER|ADDRESS, DIALED _ INSTEAD OF, JOKING|KIDDING, ALL|BOTH|EVERYONE LAUGHING, SAID|WAS|WERE LAUGHING, HIS|HER|THEIR OWN CAR|HOUSE|HOME|VEHICLE|TRUCK|BIKE|APARTMENT|ROOM|DOOR|PROPERTY|SITE|KEYS, LOCKED OUT, SET IT OFF, CODE WORD? GIVEN|CORRECT, GAVE THE? CODE|PASSCODE, PERMIT|PAPERWORK GOOD|VALID|OK, PERMIT|PAPERWORK ON HAND, HAS|HAD|HAVE A PERMIT",
              role: strong, source: resolutionSource),
        // A child playing with the phone, the TV: what an open or silent line turned out to be.
        Entry(pattern: "PLAYING WITH THE|A|HIS|HER|MOMS|DADS? PHONE|FONE|CELL, ON|FROM THE? TV|TELEVISION",
              role: .resolution(.init(kinds: [.uncertainty, .violence])), source: resolutionSource),
        // A sound explained in the answer.
        Entry(pattern: "FIREWORKS|FIRECRACKERS|BACKFIRE|BACKFIRING",
              role: strong, source: resolutionSource),
        // A worker at work: the tool, the place or the presence is explained.
        Entry(pattern: "CREW|WORKER|WORKERS|CONTRACTOR|CONTRACTORS|INSPECTOR|INSPECTING|TECHNICIAN|LANDSCAPER|LANDSCAPERS|SURVEYOR|SURVEYORS|REPO",
              role: .resolution(.init(kinds: [.weapon, .policeOnly, .suicide])), source: resolutionSource),
        // The person is awake, sober, talking: the medical or intoxication alarm is answered.
        Entry(pattern: "WOKE|AWAKE, WOKE UP, TALKING NORMAL|NORMALLY|FINE, ALERT AND TALKING|ORIENTED, STOPPED NOW, STOPPED ON ITS OWN, NOSEBLEED STOPPED, BREATHING FINE|NORMALLY|NORMAL|OK|OKAY|WELL|AGAIN, STARTED BREATHING AGAIN?",
              role: .resolution(.init(kinds: [.injury])), source: resolutionSource),
        Entry(pattern: "SOBER, NOT INTOX|INTOXICATED|IMPAIRED|DRUNK",
              role: .resolution(.init(kinds: [.injury, .policeOnly], triggerPrefixes: intoxicationWords)), source: resolutionSource),
        // "declines EMS" is read from the negated finding (NarrativeAnalysis+Resolution.swift), so EMS stays negated.
        Entry(pattern: "MILD, MINOR",
              role: .resolution(.init(isStrong: false, kinds: [.injury])), source: resolutionSource),
        // Words only, no contact: a conflict named as such, not an act.
        Entry(pattern: "VERBAL|YELLING|ARGUING|WORDS|INSULTS|SHOUTING ONLY, JUST YELLING|ARGUING|RUDE|WORDS, NO CONTACT|TOUCHING, NO PHYSICAL CONTACT, NO HANDS ON",
              role: .resolution(.init(kinds: [.violence], triggerPrefixes: conflictWords)), source: resolutionSource),
        Entry(pattern: "PLAYING",
              role: .resolution(.init(kinds: [.violence], triggerPrefixes: conflictWords)), source: resolutionSource),
        // Property handed back.
        Entry(pattern: "GAVE|GIVEN|BROUGHT|RETURNED IT|THEM BACK",
              role: .resolution(.init(kinds: [.policeOnly], followsAlarm: true)), source: resolutionSource),
        Entry(pattern: "CONFIRMS|CONFIRMED|VERIFIED|VERIFIES|AGREES, FINE, OK|OKAY, NO NEEDS|CONCERNS|ISSUES",
              role: .resolution(.init(isStrong: false)), source: resolutionSource),
    ]

    /// Past events: a calendar year is history; a recent past is history only beside a settled present.
    static let past: [Entry] = [
        Entry(pattern: "FROM|IN|SINCE|DURING %, BACK IN %",
              role: .history, source: historySource),
        Entry(pattern: "LAST WEEKEND", role: .historyAfter, source: historySource),
        Entry(pattern: "YESTERDAY, LAST NIGHT, ON|LAST? \(weekdays), ON|LAST \(weekdayAbbreviations), OVER THE WEEKEND, EARLIER THIS WEEK",
              role: .recentPast, source: historySource),
        Entry(pattern: "SOBER|FINE|OK|OKAY|WELL|BETTER|GOOD TODAY|NOW, DOING WELL|FINE|OK|OKAY|BETTER|GOOD, HANDLED IT|THAT, HANDLED THE MATTER, BOTH|WERE|WAS SUSPENDED, WALKED OUT, NO LONGER _, RECOVERED, HEALED, HEALING",
              role: .settledNow, source: historySource),
    ]

    /// "won't stop bleeding": a negated stop is a sign that goes on, not a negated sign.
    static let persisting: [Entry] = [
        Entry(pattern: "WONT|CANT|DOESNT|WOULDNT|COULDNT|CANNOT STOP|QUIT BLEEDING, WILL|DOES|COULD NOT STOP|QUIT BLEEDING, BLEEDING WONT|DOESNT STOP, BLEEDING WILL NOT STOP",
              role: .concept([.injury], noun: false), source: injurySource),
        Entry(pattern: "WONT|CANT|DOESNT|WOULDNT|CANNOT STOP SEIZING|SHAKING|CONVULSING|VOMITING",
              role: .concept([.injury], noun: false), source: injurySource),
    ]

    static let threats: [Entry] = [
        Entry(pattern: "GONNA BE A BLOODBATH|MASSACRE, GOING TO BE A BLOODBATH|MASSACRE, DONT COME TO SCHOOL|WORK|CLASS TOMORROW|TMRW|MONDAY, WONT SEE THE? END OF THE? WEEK|DAY|MONTH|NIGHT|YEAR",
              role: .concept([.threat], noun: false), source: threatSource),
        Entry(pattern: "ILL|IL BE WAITING FOR YOU|U, I WILL BE WAITING FOR YOU|U, IM GONNA BE WAITING FOR YOU|U, YOU|U GOT|HAVE UNTIL|TIL|TILL MIDNIGHT|TONIGHT|TOMORROW|FRIDAY, THEN IM PULLING|PULLIN UP, YOULL|YOUD REGRET THIS|IT, YOU WILL REGRET THIS|IT, YOURE|UR GONNA REGRET THIS|IT, YOULL PAY FOR THIS, YOU WILL PAY FOR THIS, YOURE|UR GONNA PAY FOR THIS, EVERYBODY|EVERYONE|YALL _? _? _? IS|ARE GONNA PAY, EVERYBODY|EVERYONE|YALL _? _? _? IS|ARE GOING TO PAY",
              role: .concept([.threat], noun: false), source: threatSource),
        Entry(pattern: "KNOWS|KNOW|KNEW WHERE SHE|HE|THEY|YOU|RP|CALLER STAYS|SLEEPS|WORKS|PARKS, HOPE YOUR|UR CAR|HOUSE|HOME DOESNT|DONT BLOW UP, HOPE YOUR|UR CAR|HOUSE|HOME DOESNT|DONT BURN DOWN?, TAKE|TAKING THE COPS|POLICE|OFFICERS WITH HIM|HER, ONE OF US ISNT|AINT LEAVING|WALKING|MAKING, ONE OF US WONT LEAVE|WALK|MAKE, ONE OF US IS NOT LEAVING, MAKE SURE NOBODY HAS|GETS THEM|HER|HIM, MAKE SURE NO ONE HAS|GETS THEM|HER|HIM",
              role: .concept([.threat], noun: false), source: threatSource),
        Entry(pattern: "WHAT HES|HELL|HED GONNA? DO|DOING TO YOU|\(persons), WHAT HE WILL|WOULD|IS GONNA? DO|DOING TO YOU|\(persons), WHAT HES|HELL|HED GONNA? DO|DOING TO HER|HIS|MY|YOUR \(persons), WHAT HE WILL|WOULD|IS GONNA? DO|DOING TO HER|HIS|MY|YOUR \(persons), IS|ARE GETTING SMOKED|CAPPED|POPPED|GREENLIT, GONNA GET SMOKED|CAPPED|POPPED|GREENLIT, GOT SOMETHING IN THE TRUCK|CAR|TRUNK FOR HIM|HER|YOU|THEM, NEXT TIME ITS YOUR|UR HEAD|FACE|KID|KIDS|CAR, NEXT TIME IT WILL BE YOUR|UR HEAD|FACE|KID|KIDS",
              role: .concept([.threat], noun: false), source: threatSource),
        Entry(pattern: "CATCH|CATCHING YOU|U|HIM|HER|YALL SLIPPIN|SLIPPING, LIGHT|SHOOT THIS|THE PLACE UP",
              role: .concept([.threat], noun: false), source: threatSource),
        Entry(pattern: "THREATENED|THREATENING|THREATENS TO BREAK|SNAP|CUT|SLIT|BASH|SMASH HIS|HER|THEIR|YOUR|MY|CALLERS \(bodyParts)",
              role: .concept([.threat], noun: false), source: threatSource),
    ]

    static let suicide: [Entry] = [
        // Farewell behaviour: a last message, goodbye letters, keys and a letter mailed, a pic "last view".
        Entry(pattern: "THIS IS HER|HIS|MY LAST MSG|MESSAGE|TEXT|POST|GOODBYE, SAYING LAST VIEW|GOODBYE, FAREWELL POSTS|POST|MESSAGES|MESSAGE|TEXTS|TEXT|LETTER|LETTERS|NOTE|VIDEO, WRITING|WROTE|LEFT GOODBYE|FAREWELL LETTERS|LETTER|NOTES|NOTE, TELL MOM|DAD|HER|HIM|THEM|EVERYONE _? I LOVE, MAILED|GAVE|SENT HER|HIM|CALLER HIS|HER KEYS AND A LETTER|NOTE",
              role: .concept([.suicide], noun: false), source: suicideSource),
        // Means gathered.
        Entry(pattern: "HOARDING|STOCKPILED|STOCKPILING|SAVING|SAVED|COLLECTING HIS|HER|THEIR? MEDS|PILLS|MEDICATION|MEDICATIONS|\(medications), HAS|HAVE PILLS|MEDS SAVED|STASHED",
              role: .concept([.suicide], noun: false), source: suicideSource),
        // A person at a lethal place, or told by the method.
        Entry(pattern: "LYING|LAYING|SITTING|STANDING|PARKED|STOPPED|WALKING ON|ACROSS|AT THE? TRAX|TRACKS, LYING|LAYING|SITTING|STANDING|PARKED|STOPPED|WALKING ON|ACROSS|AT THE? RAILROAD|RR|TRAIN TRACKS|TRAX|CROSSING, SITTING|STANDING|CLIMBING AT|ON|BY|OVER THE DAM? SPILLWAY, WALKING INTO THE SNOW|COLD|WOODS|WATER AND? NOT COMING BACK, IN THE TUB|BATHTUB|BATH WITH THE|A HAIR? DRYER|HAIRDRYER|TOASTER, CAR|TRUCK RUNNING _? DOOR|GARAGE CLOSED|SHUT, SITTING IN A|THE|HIS|HER RUNNING CAR|TRUCK|VEHICLE|VAN IN THE|A CLOSED|SHUT GARAGE|SHOP|SHED|BARN, CHARCOAL GRILL LIT|BURNING, CLIMBED THE|A RADIO|CELL|WATER TOWER, ON THE LEDGE|EDGE OF THE _ FLOOR|STORY, ON THE LEDGE|EDGE|RAILING OF THE|AN? OVERPASS|BRIDGE|GARAGE|ROOF",
              role: .concept([.suicide], noun: false), source: suicideSource),
        Entry(pattern: "HUNG|HANGED HIMSELF|HERSELF|THEMSELF, TOOK EVERYTHING IN THE MED|MEDICINE CABINET, ATTEMPTED HANGING",
              role: .attempt, source: suicideSource),
    ]

    /// A time named for going, or a gun just bought, beside suicidal talk or farewell behaviour is a plan or means
    /// ("ready to go tonight"); alone it is not a red flag.
    static let plans: [Entry] = [
        Entry(pattern: "GAVE|GIVEN|GIVING|GIVES AWAY HIS|HER|THEIR _? GUITARS|PETS|CATS|DOGS|TOOLS|CLOTHES|GAMES|RECORDS|COLLECTION|BELONGINGS|POSSESSIONS|THINGS|STUFF, READY TO GO TONIGHT|TOMORROW|TODAY, JUST|RECENTLY BOUGHT|PURCHASED|GOT A GUN|RIFLE|PISTOL|SHOTGUN|HANDGUN", role: .suicideMeans, source: suicideSource),
    ]

    static let injury: [Entry] = [
        Entry(pattern: "SOUNDS DRUGGED|INCOHERENT|OVERDOSED, SMOKED|TOOK|ATE|DRANK|SNORTED SOMETHING AND IS? HALLUCINATING|SEIZING|VOMITING|SHAKING, HALLUCINATING _? HEART RACING|POUNDING",
              role: .concept([.injury], noun: false), source: injurySource),
        Entry(pattern: "DAZED, TURNED GRAY|GREY|BLUE|PALE AND? DROPPED|COLLAPSED, SLURRING AND SWEATING, STUMBLING AND SLURRING, SLURRING _? _? _? CAME ON FAST|SUDDENLY, FOUND ON THE FLOOR|GROUND, BEEN THERE|DOWN SINCE LAST NIGHT, BEEN THERE|DOWN SINCE YESTERDAY, BEEN THERE|DOWN SINCE THIS MORNING, WENT OVER THE HANDLEBARS, HELMET CRACKED|BROKEN|SPLIT, SLICED|CUT HIS|HER|THEIR FINGER|HAND TO THE BONE",
              role: .concept([.injury], noun: false), source: injurySource),
    ]

    static let weapons: [Entry] = [
        Entry(pattern: "JABBING|JABBED|POKING|POKED|THRUSTING _? _? _? AT|TOWARD HIS|HER|THE|A \(persons), PRESSED|HELD|PUT SOMETHING SHARP|A BLADE|A KNIFE TO HIS|HER|THEIR|MY \(bodyParts)|BACK|SIDE|RIBS, PULLED|GRABBED|WAVING|POINTING|POINTED|RACKED|LOADED THE|A|HIS|HER 38|45|357|380|22|9MM, BULLET CAME|WENT THROUGH, SOMETHING POINTED AT HER|HIM|THEM|ME THROUGH, DRIVING|REVVING|ACCELERATING AT|TOWARD|INTO THE? PROTESTERS|CROWD|MARCHERS|PEOPLE",
              role: .concept([.weapon], noun: false), source: weaponSource),
    ]

    static let policeOnly: [Entry] = [
        Entry(pattern: "CLIMBING|CLIMBED|CRAWLING|CRAWLED IN|INTO|THROUGH THE|A _? _? BACK|FRONT|SIDE|BEDROOM|BASEMENT|BATHROOM? WINDOW|WINDOWS, TOLD THE? COUNSELOR|TEACHER|NURSE|SCHOOL|COACH _? _? _? TOUCHES|TOUCHED|TOUCHING HER|HIM|THEM",
              role: .concept([.policeOnly], noun: false), source: policeSource),
        Entry(pattern: "VOYEUR, TAKING PICS|PICTURES|PHOTOS|VIDEO INTO THE? DORM|LOCKER|BATHROOM|RESTROOM? SHOWER|SHOWERS|BATHROOM|RESTROOM|WINDOW|WINDOWS, FILMING UP SKIRTS|SKIRT|DRESSES, PEEKING|PEEPING|LOOKING OVER|UNDER THE STALL, WALKING|RUNNING AROUND NAKED|NUDE, POUR|POURING|POURED GAS|GASOLINE ON, DRIVING HIS|HER|THEIR|A _? TRUCK|CAR|VAN DRUNK, DRIVING DRUNK, LOADING CALLERS|HIS|HER|NEIGHBORS|THE ATV|BIKE|BIKES|MOWER|TOOLS|TRAILER|GENERATOR|SCRAP INTO, PEOPLE|SOMEONE|MALES|GUYS INSIDE THE HOUSE|HOME|BUILDING ON CAMERA",
              role: .concept([.policeOnly], noun: false), source: policeSource),
    ]

    static let unseen: [Entry] = [
        Entry(pattern: "TOO? AFRAID|SCARED TO GIVE HER|HIS|THEIR NAME|ADDRESS, DOESNT|DONT KNOW WHERE SHE|HE|THEY|I IS|ARE|AM, DOES NOT KNOW WHERE SHE|HE|THEY IS|ARE, UNABLE TO GET|OBTAIN DETAILS|INFO|INFORMATION, CRYING|SOBBING|SCREAMING AND SAYS|SAYING COME NOW|QUICK|QUICKLY|HURRY, KEEPS REPEATING YES AND NO, SAYS YES WHEN ASKED, ASKED FOR A? PIZZA, ORDERING A? PIZZA, CALLER|SHE|HE|IM|VICTIM IS|WAS? HIDING IN THE|A|HER|HIS CLOSET|BATHROOM|BASEMENT|ATTIC|BEDROOM, EMERGENCY|PANIC|SOS BUTTON PRESSED|PUSHED|ACTIVATED, ONLY SOBBING|CRYING|SCREAMING, PUT THE PHONE DOWN THEN? DISCONNECT|DISCONNECTED, GURGLING AND A? THUMP",
              role: .unseenScene, source: unseenSource),
    ]
}
