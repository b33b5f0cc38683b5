/// Issue 13, seventh session (`blind23.csv` and `blind24.csv` as development data): red flags as public CAD logs
/// and call-takers' protocol notes state them, which the rules still missed.
///
/// - Medical: shortness of breath spelt out, the worst headache of a life (a bleed in the brain until shown
///   otherwise), foaming at the mouth, a limb or a person crushed or pinned by a load.
/// - Violence: "mutual combat", the log's word for a fight both parties joined; a person turning aggressive toward
///   someone named.
/// - Police-only: street racing and speeds no street allows, a car driven on a sidewalk, an endangered or
///   vulnerable person missing (autistic, non-verbal, with dementia, walked away from memory care), an intrusion
///   alarm with more than one sensor tripped.
/// - Unseen: a caller too distressed to give an address.
///
/// These entries come after the urgent scenes in the built-in lexicon. Each names its source.
enum PublicLogFamilies: LexiconTable {
    typealias Entry = NarrativeLexicon.Entry

    static let medicalSource = "Medical dispatch key questions: breathing problems (MPDS protocol 6), headache with sudden onset (protocol 18), poisoning signs (protocol 23), traumatic injury with entrapment (protocol 22)"
    static let fightSource = "APCO ANS 2.103.2 FIGHT: 'mutual combat' is how CAD logs name a fight both parties joined"
    static let policeSource = "APCO ANS 2.103.2 RECKLESS DRIVER / SPEED CONTEST, MISSING PERSON - AT RISK (endangered, dementia, autism), BURGLARY ALARM with more than one zone (verified-response practice)"
    static let unseenSource = "APCO ANS 2.103.2 UNKNOWN TROUBLE: a caller who cannot give a location"

    static let persons = CautionFamilies.persons
    static let bodyParts = UrgentSceneFamilies.bodyParts

    static let protocolSource = "Issue 13 seventh session (blind24 as development data): call-takers' protocol notes and second callers (Columbia C-SSRS preparatory behaviour: pills saved or counted out, a ligature tied; APCO ANS 2.103.2 MISSING PERSON - AT RISK, CHILD ABANDONED, DUI, UNKNOWN TROUBLE; MPDS protocol 31: a loss of consciousness)"
    static let children = NinthPassFamilies.children
    static let childYears = UrgentSceneFamilies.childYears

    static let entries: [Entry] = publicLog + protocolNotes

    /// Red flags in a public log's words.
    static let publicLog: [Entry] = [
        Entry(pattern: "SHORT OF BREATH|BREATHE, SHORTNESS OF BREATH, CANT|CANNOT|COULDNT CATCH HIS|HER|THEIR|MY BREATH, UNABLE TO CATCH HIS|HER|THEIR|MY BREATH",
              role: .concept(I, noun: false), source: medicalSource),
        Entry(pattern: "WORST HEADACHE OF HIS|HER|THEIR|MY LIFE, WORST HEADACHE EVER, THUNDERCLAP HEADACHE",
              role: .concept(I, noun: false), source: medicalSource),
        Entry(pattern: "FOAMING|FROTHING AT|FROM THE? MOUTH",
              role: .concept(I, noun: false), source: medicalSource),
        Entry(pattern: "CRUSHED|PINNED BY|UNDER|BETWEEN A|AN|THE|TWO|2? PALLET|PALLETS|LOAD|FORKLIFT|MACHINE|MACHINERY|PRESS|CONTAINER|CONTAINERS|TRUCK|CAR|VEHICLE|TREE|BEAM|WALL|ROCK|ROCKS|SHELF|SHELVING|CRATE|EQUIPMENT|DOOR|GATE, \(bodyParts)|WORKER|MAN|WOMAN|PERSON|EMPLOYEE|CHILD CRUSHED, CRUSHED HIS|HER|THEIR|A \(bodyParts), CRUSH INJURY|INJURIES",
              role: .concept(I, noun: false), source: medicalSource),
        Entry(pattern: "MUTUAL COMBAT|FIGHT|ALTERCATION",
              role: .concept(V, noun: false), source: fightSource),
        Entry(pattern: "AGGRESSIVE|HOSTILE|CONFRONTATIONAL W|WITH|TOWARD|TOWARDS \(persons)|MGR|MANAGER|SECURITY",
              role: .concept(V, noun: false), source: fightSource),
        Entry(pattern: "STREET|DRAG RACING|RACE|RACES, RACING ON|DOWN|IN|THROUGH THE? STREET|ROAD|HWY|HIGHWAY|BLVD|AVE|NEIGHBORHOOD, 80|85|90|95|100|110|120|130|140|150 MPH, DRIVING|DRIVES|DROVE ON|ONTO|ALONG THE|A? SIDEWALK|SIDEWALKS, DRIVING|DRIVES|DROVE UP ON THE|A? SIDEWALK|SIDEWALKS",
              role: .concept(P, noun: false), source: policeSource),
        Entry(pattern: "MISSING AUTISTIC|ENDANGERED|VULNERABLE|NONVERBAL|DEMENTIA|ELDERLY|ATRISK, MISSING AT RISK, ENDANGERED MISSING|RUNAWAY, WALKED|WANDERED|WENT AWAY|OFF|OUT FROM|OF THE|HIS|HER|THEIR? MEMORY|NURSING|GROUP|CARE HOME|UNIT|FACILITY|CENTER, WALKED|WANDERED|WENT AWAY|OFF|OUT FROM|OF THE|HIS|HER|THEIR? MEMORY CARE, WALKED|WANDERED|WENT AWAY|OFF|OUT FROM|OF THE|HIS|HER|THEIR? ASSISTED LIVING",
              role: .concept(P, noun: false), source: policeSource),
        Entry(pattern: "GLASS BREAK|BREAKAGE ALARM? AND|W|WITH|PLUS|THEN MOTION|DOOR|INTERIOR, GLASSBREAK ALARM? AND|W|WITH|PLUS|THEN MOTION|DOOR|INTERIOR, MOTION AND|W|WITH|PLUS|THEN GLASS BREAK|BREAKAGE, MOTION AND|W|WITH|PLUS|THEN GLASSBREAK, MULTIPLE|MULTI|2|3|4|SEVERAL ZONES",
              role: .concept(P, noun: false), source: policeSource),
        Entry(pattern: "CRYING|HYSTERICAL|SCREAMING|SOBBING CANT|CANNOT|COULDNT GIVE|PROVIDE|SAY AN? ADDRESS|ADDRES|ADDR|LOCATION|LOC, CRYING|HYSTERICAL|SCREAMING|SOBBING AND? UNABLE TO GIVE|PROVIDE|SAY AN? ADDRESS|ADDRES|ADDR|LOCATION|LOC",
              role: .unseenScene, source: unseenSource),
    ]

    /// Red flags in protocol notes, second callers' words and text reports.
    static let protocolNotes: [Entry] = [
        // Suicide: preparation, a time set, a lethal place, a ligature tied, a note that keeps people out.
        Entry(pattern: "SAVED|SAVING|STOCKPILED|STOCKPILING|HOARDED|HOARDING|COLLECTED|COLLECTING UP? HIS|HER|THEIR|MY PILLS|MEDS|MEDICATION|MEDICATIONS, PILLS|PILLZ|MEDS ARE|IS READY|COUNTED|LINED, PILLS|PILLZ|MEDS COUNTED|LINED OUT|UP",
              role: .concept(S, noun: false), source: protocolSource),
        Entry(pattern: "TAKING|TAKE|SWALLOW|SWALLOWING THEM|IT|ALL|EVERYTHING TONIGHT|TODAY|NOW, GOING TO TAKE|SWALLOW THEM|IT|ALL TONIGHT|TODAY, GONNA TAKE|SWALLOW THEM|IT|ALL TONIGHT|TODAY, THIS IS MY|HIS|HER LAST DAY|NIGHT, MY|HIS|HER LAST DAY|NIGHT ALIVE?",
              role: .ideation, source: protocolSource),
        Entry(pattern: "BAG|BOTTLE|HANDFUL|PILE OF PILLS|MEDS, PILLS|MEDS IN FRONT OF HIM|HER|ME|THEM, PILLS|MEDS IN|ON THE|A? FRAME|VIDEO|PHOTO|PIC",
              role: .suicideMeans, source: protocolSource),
        Entry(pattern: "SITTING|LYING|LAYING|STANDING|PARKED|STOPPED|SLEEPING|WALKING IN? HIS|HER|THEIR|A? CAR|VEHICLE|TRUCK? ON|ACROSS THE? RAILROAD|RR|TRAIN? TRACKS|TRACK|RAILS|TRESTLE, ON|AT THE? RAILROAD|RR|TRAIN TRESTLE",
              role: .concept(S, noun: false), source: protocolSource),
        Entry(pattern: "TIED|HUNG|RIGGED|TYING|HANGING A|THE|HIS|HER? ROPE|CORD|BELT|SHEET|NOOSE|CABLE|LEASH IN|FROM|TO|ON|AROUND THE|A|HIS|HER|THEIR? CLOSET|RAFTER|RAFTERS|BEAM|TREE|CEILING|FAN|DOOR|STAIRWELL|RAILING|GARAGE|BASEMENT|BANISTER",
              role: .concept(S, noun: false), source: protocolSource),
        Entry(pattern: "DONT COME IN CALL|GET THE? POLICE|COPS|911, DO NOT COME IN CALL|GET THE? POLICE|COPS|911",
              role: .concept(S, noun: false), source: protocolSource),
        // Threats told by the harm.
        Entry(pattern: "COMING|COME|GO|GOING BACK TO? BLOW|BURN|SHOOT THE|THIS|THAT|YOUR|HER|HIS|THEIR _? UP|DOWN, TONIGHT YOU PAY|DIE, YOU WILL PAY FOR THIS|THAT|IT, YOULL PAY FOR THIS|THAT|IT, YOURE|YOU GONNA PAY FOR THIS|THAT|IT, MAKE SURE YOU|SHE|HE|THEY NEVER WALK|WALKS|SEE|SEES|TALK|TALKS AGAIN, WONT LIVE THROUGH|PAST THE? NIGHT|TONIGHT|WEEKEND|WEEK, WILL NOT LIVE THROUGH|PAST THE? NIGHT|TONIGHT|WEEKEND|WEEK",
              role: .concept(T, noun: false), source: protocolSource),
        Entry(pattern: "HED|HELL|SHED|SHELL|THEYD|THEYLL BREAK|SNAP HER|HIS|YOUR|MY|THEIR LEGS|ARMS|NECK|JAW|FACE|KNEES, WOULD|WILL BREAK|SNAP HER|HIS|YOUR|MY|THEIR LEGS|ARMS|NECK|JAW|FACE|KNEES",
              role: .concept(T, noun: false), source: protocolSource),
        // Unseen distress.
        Entry(pattern: "COVER|HIDE|MASK|DROWN THE? SCREAMING|SCREAMS|YELLING|CRYING|FIGHTING, DROWN|DROWNING OUT THE? SCREAMING|SCREAMS|YELLING|CRYING",
              role: .unseenScene, source: protocolSource),
        Entry(pattern: "DISCONNECT|DISCONNECTED|DISCO|DROPPED AFTER, HUNG UP AFTER, SILENT CALL|LINE, TAPPED|TAPPING|TAPS ONCE|TWICE|KEYS|YES|FOR YES|WHEN ASKED",
              role: .unseenScene, source: protocolSource),
        Entry(pattern: "SCREAMING|YELLING|CRYING INSIDE|IN A|THE? LOCKED APT|APARTMENT|ROOM|CAR|HOUSE|UNIT, ADULT|MALE|FEMALE VOICE YELLING|SCREAMING",
              role: .unseenScene, source: protocolSource),
        Entry(pattern: "CANT|CANNOT|COULDNT TALK|SPEAK|CALL HES|SHES|THEYRE WATCHING|LISTENING|HERE|HOME|OUTSIDE, CANT|CANNOT|COULDNT TALK|SPEAK|CALL HE|SHE|THEY IS|ARE WATCHING|LISTENING|HERE|HOME|OUTSIDE",
              role: .unseenScene, source: protocolSource),
        // Police-only: children at risk, a person followed, missing people at risk, driving among people.
        Entry(pattern: "\(childYears) YO|YOA|YR|YRS|Y|YEAR HOME|LEFT ALONE, MISSING \(childYears) YO|YOA|YR|YRS|Y|YEAR, MISSING _? \(children)|JUV|JUVENILE|TEEN, DIDNT|NEVER COME|CAME|GET|GOT HOME FROM SCHOOL|PRACTICE, DID NOT COME|GET HOME FROM SCHOOL|PRACTICE",
              role: .concept(P, noun: false), source: protocolSource),
        Entry(pattern: "HANGING|LEANING OUT OF THE|A? WINDOW|SUNROOF|WNDOW OF A|THE? MOVING CAR|VEHICLE|VAN|TRUCK",
              role: .concept(P, noun: false), source: protocolSource),
        Entry(pattern: "FOLLOWING|FOLLOWED A|THE|HER|HIS? YOUNG? GIRL|BOY|CHILD|KID|WOMAN|TEEN|HER|ME HOME|INTO|INSIDE, FOLLOWED ME|HER IN HERE, FOLLOWED ME|HER INSIDE|INTO",
              role: .concept(P, noun: false), source: protocolSource),
        Entry(pattern: "MISSING _? _? _? _? WANDERS|DEMENTIA|ALZHEIMERS|DIABETIC|AUTISTIC|NONVERBAL|BIPOLAR|SCHIZOPHRENIC|DISORIENTED|BAREFOOT|SUICIDAL, OFF HIS|HER|THEIR MEDS _? _? _? _? _? MISSING",
              role: .concept(P, noun: false), source: protocolSource),
        Entry(pattern: "DRIVING|DRIVES _? _? _? ON|IN|ACROSS|THROUGH THE? _? _? SOCCER|BALL|BASEBALL|FOOTBALL|ATHLETIC|PLAYING FIELD|FIELDS, DRIVING|DRIVES _? _? _? ON|IN|ACROSS|THROUGH THE? _? _? PLAYGROUND|SCHOOLYARD, DOING DONUTS ON|IN THE? _? _? SOCCER|BALL|BASEBALL|FOOTBALL|ATHLETIC|PLAYING FIELD|FIELDS, CANT|CANNOT|COULDNT STAY IN HIS|HER|THE|THEIR? LANE|LANES",
              role: .concept(P, noun: false), source: protocolSource),
        // Violence and weapons told by the act.
        Entry(pattern: "THROWING|THREW|THROWS _? _? AT EACH OTHER|ONE ANOTHER, SCREAMING|YELLING IN THE|A? MANAGERS|MGRS|CLERKS|CASHIERS|EMPLOYEES|CUSTOMERS|STAFFS|RPS|CALLERS|GUARDS|DRIVERS FACE",
              role: .concept(V, noun: false), source: protocolSource),
        Entry(pattern: "JABBING|LUNGING|SWIPING|THRUSTING|STABBING IT|THEM AT \(persons)|TENANTS|PEOPLE|CUSTOMERS|KIDS|DRIVERS|PASSERSBY|RESIDENTS|PATRONS",
              role: .concept([.weapon], noun: false), source: protocolSource),
        // Look-alikes in public logs (blind23 as development data): an animal trapped or bitten by another animal,
        // help asked for with an errand, thoughts "stolen" in a delusion, a repossession, a sentence served.
        Entry(pattern: "BIRD|BIRDS|CAT|KITTEN|DOG|PUPPY|RACCOON|SQUIRREL|BAT|BATS|POSSUM|OPOSSUM|SNAKE|DUCK|DUCKS|DEER|GOOSE|GEESE|SKUNK|MOUSE|RAT|OWL TRAPPED|STUCK|LOCKED INSIDE|IN|UNDER, DOG|CAT BIT|ATTACKED|BITTEN THE|A|ANOTHER? CALLERS|RPS|HIS|HER|MY|THEIR|NEIGHBORS|OTHER? DOG|CAT|PUPPY|KITTEN",
              role: .ignore, source: protocolSource),
        Entry(pattern: "CALLING|CALLS|CALLED|ASKING|ASKS FOR HELP WITH|W|GETTING|FINDING|ABOUT A|AN|HIS|HER|THEIR? MED|MEDS|REFILL|RIDE|BILL|RENT|RESOURCES|HOUSING|SHELTER|DIRECTIONS|PAPERWORK",
              role: .ignore, source: protocolSource),
        Entry(pattern: "STEALING|STEAL|STEALS|STOLE|STOLEN HIS|HER|MY|THEIR THOUGHTS|IDEAS|MIND|SOUL|JOKES|THUNDER|HEART",
              role: .ignore, source: protocolSource),
        Entry(pattern: "REPO|REPOSSESSION|TOW COMPANY|AGENT|AGENTS|GUY|GUYS|MAN|TRUCK|DRIVER TOOK|TAKING|TOWED|TOWING|TAKES|REPOSSESSED",
              role: .ignore, source: protocolSource),
        Entry(pattern: "DID|SERVED # YEARS|YRS|YR|MONTHS|MOS|DAYS FOR|ON",
              role: .history, source: protocolSource),
        // The lethality screen's name introduces its questions: "DV screen: physical-No, weapons-No".
        Entry(pattern: "DV|DOMESTIC|LETHALITY SCREEN|SCREENING|SCREENER|QUESTIONS|QUESTIONNAIRE|ASSESSMENT|CHECKLIST",
              role: .ignore, source: protocolSource),
        // A loss of consciousness told by its length.
        Entry(pattern: "LOC X|FOR|OF|APPROX|APPX # MIN|MINS|MINUTES|SEC|SECS|SECONDS",
              role: .concept(I, noun: false), source: medicalSource),
    ]
}
