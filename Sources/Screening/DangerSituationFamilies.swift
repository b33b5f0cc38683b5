/// Issue 13, eleventh pass (`blind11.csv` as development data): red-flag situations told the way a public CAD log
/// tells them. Every family is written in this project's own words from the sources named, not from the set.
///
/// - An offence code with a timing status ("211 JO", "459 IP"): whatever the code, a crime just occurred or in
///   progress is police-only. (Which offence a bare number names is agency vocabulary: `--lexicon california`.)
/// - An MPDS determinant at Delta or Echo level ("9-E-1", "10-D-2"): the medical protocol's most urgent answers.
/// - Breathing in the negative ("he isn't breathing"), which negation must not swallow.
/// - Suicide by place and preparation: lying on rail tracks, a hose into a running car, a ledge of a roof or a
///   window, a person hanging in a garage, driving off a cliff on purpose, walking into open water beside talk,
///   a stash of medication "to take it all".
/// - Unseen distress: a covert call (ordering a pizza on 911), an alarm company hearing voices, a passenger
///   signalling for help, a call-back that goes to voicemail after yelling, knocking from inside a trunk, an
///   argument that stops dead, a person who will not respond behind a locked door, a caller who will not go look.
/// - Police-only acts: children left home alone or locked out in the cold, children in traffic, a wrong-way
///   driver, an unknown person inside the caller's home, an adult man in a girls' locker room, candy offered to
///   children, a custody order broken, a man unzipping in public.
/// - Violence and threats by act: twisting an arm behind a back, smothering with a pillow, slamming each other into
///   walls, pulling out hair, vowing revenge.
///
/// These entries come first in the built-in lexicon, so they win ties of equal length. Each names its source.
enum DangerSituationFamilies: LexiconTable {
    typealias Entry = NarrativeLexicon.Entry

    static let codeSource = "CAD status shorthand: JO (just occurred), IP (in progress) after an offence code (penal-code numbers used as nouns, cross-city taxonomy notes)"
    static let medicalSource = "Medical Priority Dispatch System determinant codes (protocol-level-number; Delta and Echo are the most urgent levels); medical dispatch key questions: breathing"
    static let suicideSource = "Suicide warning signs: a person at a lethal place or with lethal means at hand (Columbia C-SSRS; 988 Lifeline)"
    static let unseenSource = "Issue 13 eleventh pass: callers who cannot say what is happening, distress heard but not seen (APCO ANS 2.103.2 OPEN LINE, UNKNOWN TROUBLE, ALARM - AUDIBLE/VOICE)"
    static let policeSource = "Issue 13 eleventh pass: police-only acts (APCO ANS 2.103.2 CHILD NEGLECT, TRAFFIC HAZARD, WRONG-WAY DRIVER, BURGLARY - OCCUPIED, INDECENT EXPOSURE, CHILD LURING, CUSTODY/COURT ORDER VIOLATION)"
    static let violenceSource = "Issue 13 eleventh pass: violence told by the act (APCO ANS 2.103.2 ASSAULT, DOMESTIC) and threats of revenge (duty-to-warn practice)"

    static let persons = CautionFamilies.persons
    static let determiners = FourthPassFamilies.determiners
    static let children = NinthPassFamilies.children
    static let medications = FourthPassFamilies.medications
    /// One person, as a subject ("MALE HANGING IN GARAGE"); plural "kids hanging in the garage" is hanging out.
    static let onePerson = "MALE|FEMALE|MAN|WOMAN|SUBJ|SUBJECT|PERSON|HUSBAND|WIFE|SON|DAUGHTER|BROTHER|SISTER|DAD|MOM|FATHER|MOTHER|BF|GF|BOYFRIEND|GIRLFRIEND|ROOMMATE|NEIGHBOR|TEEN|BOY|GIRL|GUY|BODY|PT|PATIENT|UNCLE|AUNT|GRANDPA|GRANDMA|GRANDFATHER|GRANDMOTHER|STUDENT|TENANT"
    /// MPDS Delta and Echo levels as a tokenized determinant's second half ("9-E-1" reads as 9 and E-1).
    static let urgentLevels = ((1...20).map { "D-\($0)" } + (1...5).map { "E-\($0)" }).joined(separator: "|")

    static let entries: [Entry] = codes + suicide + unseen + policeOnly + violence

    static let codes: [Entry] = [
        Entry(pattern: "# JO|IP", role: .concept(P, noun: true), source: codeSource),
        Entry(pattern: "# \(urgentLevels), DELTA|ECHO LEVEL|DETERMINANT|RESPONSE", role: .concept(I, noun: false), source: medicalSource),
        // An infant or child limp, floppy, blue or gray: the medical protocol's breathing and consciousness answers.
        Entry(pattern: "\(children) IS|WAS|LOOKS|SEEMS|GOING|WENT? LIMP|FLOPPY|BLUE|GRAY|GREY|LIFELESS, LIMP|FLOPPY AND PALE|BLUE|GRAY|GREY|UNRESPONSIVE|NOT",
              role: .concept(I, noun: false), source: medicalSource),
        Entry(pattern: "ISNT|WASNT|ARENT|WERENT|NOT|NO|STOPPED|QUIT LONGER? BREATHING|BREATHIN|BREATHNG, IS|WAS|ARE NOT BREATHING|BREATHIN",
              role: .concept(I, noun: false), source: medicalSource),
    ]

    static let suicide: [Entry] = [
        Entry(pattern: "LYING|LAYING|LAY|LIES|LAYS|LAID|SITTING|STANDING|WALKING|SLEEPING DOWN? ON|ACROSS|IN|BETWEEN THE? TRAIN|RAILROAD|RAIL|RAILWAY|SUBWAY|LIGHT|FREIGHT? RAIL? TRACKS|TRACK|RAILS",
              role: .concept(S, noun: false), source: suicideSource),
        Entry(pattern: "HOSE|TUBE|TUBING|PIPE FROM|IN|INTO|THROUGH THE|A|HIS|HER? _? WINDOW|EXHAUST|TAILPIPE",
              role: .concept(IS, noun: false), source: suicideSource),
        Entry(pattern: "STANDING|SITTING|CLIMBING|PERCHED|OUT? ON|OVER|ONTO|ATOP THE|A|AN? PARKING? ROOF|ROOFTOP|BUILDING|WINDOW|BALCONY|GARAGE|OVERPASS|BRIDGE|CLIFF LEDGE|LEDGES|LEDG|EDGE|RAILING",
              role: .concept(S, noun: false), source: suicideSource),
        Entry(pattern: "\(onePerson) FOUND? HANGING IN|FROM THE|A|HIS|HER? GARAGE|BASEMENT|CLOSET|BEAM|RAFTER|RAFTERS|SHOWER|BARN|ATTIC|STAIRWELL|BATHROOM|DOORWAY|SHED|CELL|BEDROOM",
              role: .concept(IS, noun: false), source: suicideSource),
        Entry(pattern: "PLANNING|PLANS|PLANNED|GOING|WANTS|THREATENING|THREATENS|INTENDS|TRYING TO DRIVE|STEER|CRASH OFF|INTO THE|A _? CLIFF|CANYON|BRIDGE|RIVER|LAKE|QUARRY|EMBANKMENT|ROAD|OVERPASS|PIER|RAVINE|GORGE|WALL|TREE",
              role: .concept(S, noun: false), source: suicideSource),
        // A suicide note written, left or posted is farewell behaviour on its own.
        Entry(pattern: "POSTED|LEFT|WROTE|SENT|TEXTED|FOUND|SHARED A|HER|HIS|THEIR? SUICIDE NOTE|LETTER|MESSAGE|VIDEO|POST, SUICIDE NOTE|LETTER",
              role: .concept(S, noun: false), source: suicideSource),
        // A plain note beside talk (a goodbye or suicide note is a red flag of its own, tenth pass).
        Entry(pattern: "LEFT|WROTE|LEAVING|WRITING A|HER|HIS? NOTE|NOTES", role: .suicideMeans, source: suicideSource),
        Entry(pattern: "RAN|RUNNING|WENT OUT? INTO THE|A LAKE|RIVER|OCEAN|SEA|SURF|BAY|POND|CANAL|WATER|CREEK, INTO THE|A LAKE|RIVER|OCEAN|SEA|SURF|BAY|CANAL FULLY CLOTHED",
              role: .concept(S, noun: false), source: suicideSource),
        Entry(pattern: "\(medications)|MORPHINE|FENTANYL|OPIOIDS|PILLS|MEDS|MEDICATION|MEDICATIONS|PAINKILLERS|OXYCONTIN AND? SAYS? SHE|HE? WILL|GONNA|GOING|WANTS|PLANS|PLANNING|THREATENING TO? TAKE|SWALLOW|DOWN IT|THEM ALL, \(medications)|MORPHINE|FENTANYL|OPIOIDS|PILLS|MEDS|MEDICATION|MEDICATIONS|PAINKILLERS|OXYCONTIN AND? SAYS? SHE|HE? WILL|GONNA|GOING|WANTS|PLANS|PLANNING|THREATENING TO? TAKE|SWALLOW EVERYTHING, TAKE|SWALLOW THE WHOLE BOTTLE|BOX|PACK|SUPPLY",
              role: .concept(S, noun: false), source: suicideSource),
        Entry(pattern: "SAYS|SAID|STATES|STATED|SAYING HES|SHES|IM|HE|SHE IS? DONE, DONE WITH LIFE|LIVING|EVERYTHING|IT ALL?, SAID|SAYS|SAYING|TEXTED|TEXTS|TEXTING|MESSAGED|POSTED BYE|GOODBYE|GOODBYES|FAREWELL",
              role: .ideation, source: suicideSource),
    ]

    static let unseen: [Entry] = [
        // A covert call: the caller speaks as if ordering food (read as a word that can be repaired: PRETENDDING).
        Entry(pattern: "PRETENDING|PRETENDED|PRETENDS TO ORDER|BE A|SOME? PIZZA|FOOD|TAKEOUT|DELIVERY, PRETENDING|PRETENDED|PRETENDS TO BE ORDERING|CALLING|TALKING, ORDERING A|SOME? PIZZA|FOOD|TAKEOUT ON|FROM|THROUGH|VIA|WITH THE? 911",
              role: .concept(U, noun: false), source: unseenSource),
        Entry(pattern: "ALARM|MONITORING|MONITOR|SECURITY CO|COMPANY|CENTER|MONITORING? HEARS|HEARD|HEARING|REPORTS VOICES|YELLING|SCREAMING|CRYING|STRUGGLE|SOMEONE, VOICES|YELLING|SCREAMING|CRYING|STRUGGLE|STRUGGLING ON|OVER|THROUGH THE? TWO|2|TWOWAY|INTERCOM|SPEAKER|PANEL|ALARM WAY|PANEL?, NO|WITHOUT PASSCODE|PASSWORD|CODE|PASS WORD|CODE? GIVEN|PROVIDED",
              role: .unseenScene, source: unseenSource),
        Entry(pattern: "SIGNALING|SIGNALLING|SIGNALED|SIGNALLED|MOTIONING|MOUTHING|GESTURING|WAVING|MOTIONED|MOUTHED FOR|TO? HELP|CALL 911|POLICE|COPS?, HOLDING|HELD UP A SIGN|NOTE SAYING? HELP",
              role: .unseenScene, source: unseenSource),
        Entry(pattern: "911 CALL|LINE|CALLER? HAD|WITH A? YELLING|SCREAMING|CRYING|SHOUTING|STRUGGLE|FIGHTING|ARGUING",
              role: .unseenScene, source: unseenSource),
        Entry(pattern: "BANGING|KNOCKING|POUNDING|YELLING|SCREAMING|NOISE|NOISES|VOICE|VOICES|MOVEMENT FROM|IN|INSIDE INSIDE? A|THE|THAT? _? TRUNK|TRUNKS|DUMPSTER|FREEZER|CONTAINER",
              role: .unseenScene, source: unseenSource),
        Entry(pattern: "THEN|AND|FOLLOWED|NOW BY? SUDDEN|SUDDENLY|ABRUPT|DEAD? SILENCE, THEN|AND|SUDDENLY|NOW SUDDENLY? WENT|GOES|GOING DEAD? SILENT|QUIET",
              role: .unseenScene, source: unseenSource),
        Entry(pattern: "WONT|WILL NOT? RESPOND, WONT|WILL|DIDNT|DID|DOESNT|DOES|REFUSES|AFRAID|TOO|SCARED NOT|TO|SCARED? TO? GO LOOK|CHECK|OUTSIDE|INVESTIGATE",
              role: .unseenScene, source: unseenSource),
        // A prowler at the windows; an object that may be a device; bangs no one has explained.
        Entry(pattern: "SOMEONE|SOMEBODY|UNKNOWN|UNK|PERSON|SUBJ KNOCKING|TAPPING|BANGING|POUNDING|PEEKING ON|AT|IN \(determiners)? WINDOWS|WINDOW|BEDROOM",
              role: .concept(PU, noun: false), source: unseenSource),
        Entry(pattern: "SUSPICIOUS|SUSP|UNATTENDED|ABANDONED PACKAGE|PACKAGES|DEVICE|BACKPACK|BAG|BRIEFCASE|SUITCASE|BOX",
              role: .concept(U, noun: true), source: unseenSource),
        Entry(pattern: "WOMAN|MAN|MALE|FEMALE|SOMEONE|SOMEBODY|PERSON|GIRL|LADY SCREAMING|SHRIEKING|WAILING IN|AT|BEHIND|NEAR|FROM|INSIDE THE|A?",
              role: .unseenScene, source: unseenSource),
    ]

    static let policeOnly: [Entry] = [
        Entry(pattern: "\(children) LEFT|LEAVES|IS|WAS|ARE|WERE? AT? HOME ALONE|ALNE, LEFT|LEAVES|LEAVING \(determiners)? _? \(children) AT? HOME ALONE|ALNE, HOME ALONE|ALNE ALL|FOR DAY|NIGHT|WEEKEND|HOURS|THE",
              role: .concept(P, noun: false), source: policeSource),
        Entry(pattern: "LOCKED|LOCKS|LOCKING \(determiners)? _? \(children)|SON|DAUGHTER|SONS|DAUGHTERS OUT|OUTSIDE IN? THE? COLD|SNOW|RAIN|HEAT|FREEZING|NIGHT?",
              role: .concept(P, noun: false), source: policeSource),
        Entry(pattern: "PLAYING|WANDERING|RUNNING|WALKING IN|INTO|ON THE? TRAFFIC|TRAFIC|HIGHWAY|FREEWAY|INTERSTATE, PLAYING IN THE STREET|ROAD UNSUPERVISED|ALONE",
              role: .concept(P, noun: false), source: policeSource),
        Entry(pattern: "DRIVING|GOING|HEADING|TRAVELING|TRAVELLING THE? WRONG WAY, WRONG WAY DRIVER|VEHICLE|VEH|CAR",
              role: .concept(P, noun: false), source: policeSource),
        Entry(pattern: "UNKNOWN|UNK|STRANGE|UNFAMILIAR|UNIDENTIFIED MALE|MAN|FEMALE|WOMAN|PERSON|SUBJ|SUBJECT|GUY|PEOPLE INSIDE|IN HER|HIS|THEIR|CALLERS|CALLER|RPS|COMPS|MY|THE _? HOUSE|HOME|APT|APARTMENT|BEDROOM|GARAGE|BASEMENT|UNIT|RESIDENCE",
              role: .concept(PU, noun: false), source: policeSource),
        Entry(pattern: "ADULT? MALE|MAN|GUY|MEN INSIDE|IN THE GIRLS|WOMENS|LADIES|WOMANS|FEMALE LOCKER|LOCKERROOM|CHANGING|DRESSING|RESTROOM|BATHROOM|SHOWER|SHOWERS ROOM?",
              role: .concept(P, noun: false), source: policeSource),
        Entry(pattern: "OFFERING|OFFERED|OFFERS|GIVING|HANDING OUT? A? CANDY|RIDES|RIDE|MONEY|TREATS|GIFTS|CIGARETTES|VAPES|ALCOHOL TO \(determiners)? _? \(children)|GIRLS|BOYS|STUDENTS|TEENS|MINORS|JUVENILES",
              role: .concept(P, noun: false), source: policeSource),
        Entry(pattern: "IN VIOLATION OF \(determiners)? _? CUSTODY|COURT|PROTECTIVE|RESTRAINING|PROTECTION|PARENTING|NO CONTACT? ORDER|AGREEMENT|ORDERS",
              role: .concept(P, noun: false), source: policeSource),
        Entry(pattern: "UNZIPPING|UNZIPPED|UNZIPS|UNZIPPIN", role: .concept(P, noun: false), source: policeSource),
        Entry(pattern: "UNZIPPING|UNZIPPED|UNZIPS \(determiners)? JACKET|COAT|BAG|BACKPACK|TENT|SUITCASE|HOODIE|SLEEPING|POCKET|PURSE",
              role: .ignore, source: policeSource),
    ]

    static let violence: [Entry] = [
        Entry(pattern: "TWISTING|TWISTS|TWISTED|BENDING|BENT|WRENCHING|WRENCHED|YANKING \(determiners)? _? ARM|ARMS|WRIST|WRISTS|FINGERS|FINGER|NECK|HEAD",
              role: .concept(V, noun: false), source: violenceSource),
        Entry(pattern: "SMOTHERED|SMOTHERING|SMOTHERS|SMOTHER|SUFFOCATED|SUFFOCATING|SUFFOCATES \(persons), HELD|HOLDING|HOLDS|PUT|PUTTING A PILLOW|BAG|HAND|HANDS OVER \(determiners)? FACE|MOUTH|HEAD",
              role: .concept(V, noun: false), source: violenceSource),
        Entry(pattern: "SLAMMING|SLAMMED|SLAMS|THROWING|THREW|SHOVING|SHOVED|PUSHING|PUSHED|BASHING EACH|ONE OTHER|ANOTHER INTO|AGAINST|ONTO|OFF|DOWN|THROUGH",
              role: .concept(V, noun: false), source: violenceSource),
        Entry(pattern: "PULLED|PULLING|RIPPED|RIPPING|YANKED|YANKING|TORE|TEARING _? CHUNK|CHUNKS|CLUMP|CLUMPS|HANDFUL|FISTFUL OF _? _? HAIR, PULLED|PULLING|RIPPED|RIPPING|YANKED|TORE _? _? _? HAIR OUT, PULLING|PULLED|YANKING|YANKED|GRABBING HAIR",
              role: .concept(V, noun: false), source: violenceSource),
        Entry(pattern: "KNEEING|KNEED|ELBOWING|ELBOWED|HEADBUTTING|STOMPING ON? \(determiners)? ANOTHER|EACH|\(persons)|MALE|FEMALE|MALES|FEMALES OTHER?, SWINGING|SWUNG ON|AT EACH|ONE OTHER|ANOTHER",
              role: .concept(V, noun: false), source: violenceSource),
        Entry(pattern: "DROVE|DRIVING|DRIVES|SWERVED|SWERVING|ACCELERATED|GUNNED IT? AT|INTO|TOWARD|TOWARDS THE|A? CROWD|PEOPLE|PEDESTRIANS|GROUP|KIDS|PROTESTERS|STUDENTS",
              role: .concept(WV, noun: false), source: violenceSource),
        Entry(pattern: "VOWING|VOWED|VOWS|SWEARING|SWORE|PROMISING|PROMISED REVENGE|VENGEANCE|PAYBACK, VOWING|VOWED|VOWS|SWEARING|SWORE|PROMISING|PROMISED TO GET EVEN|BACK, SEEKING|OUT|WANTS FOR? REVENGE|VENGEANCE",
              role: .concept(T, noun: false), source: violenceSource),
    ]
}
