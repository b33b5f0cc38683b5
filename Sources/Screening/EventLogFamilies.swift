/// Issue 13, eighth session (`blind21.csv` opened as development data once `blind26.csv` was written to take its
/// place as an unseen set): red flags and look-alikes as multi-agency event logs state them, which the rules still
/// missed or misread.
///
/// - Violence told by the act: someone stomped or stamped on (a person thrown or slammed against something is read
///   by `FourthPassFamilies`, whose verbs now include THROW, HURLED, SLAMMING and THROUGH).
/// - Medical: a person under a train, tram or bus; a whole strip, packet or box of tablets taken (names used outside
///   the US too: paracetamol, codeine).
/// - Suicide: a person standing in the middle of a bridge; a rope, noose or ligature where a person is alone with it
///   (garage, shed, attic) or shown in a photo; "wants it to end" as suicidal talk (not a red flag alone).
/// - Police-only: a child locked in a cage, crate, closet or vehicle; a stranger following a schoolchild; women
///   grabbed at on a train (groping itself is `UrgentSceneFamilies`'s); an alarm with breaking glass heard; a hold-up (spelt with a hyphen) at a till or counter.
/// - Unseen: a caller saying they are not safe.
/// - Look-alikes: addresses flagged for weapons or violence (history, not the call; "prior shots fired" is read by
///   the shared history entry), idioms of murder and killing, "blood-curdling", a video "shot". Fake, stage, prop and
///   Halloween blood are the shared resolution's (`EverydayUseFamilies.resolutions`), which also answers blood
///   reported before them.
///
/// These entries come after the public-log families in the built-in lexicon. Each names its source.
enum EventLogFamilies: LexiconTable {
    typealias Entry = NarrativeLexicon.Entry

    static let persons = CautionFamilies.persons
    static let children = NinthPassFamilies.children
    static let medications = FourthPassFamilies.medications

    static let actSource = "Issue 13 (violence described by the act, not the word); APCO ANS 2.103.2 ASSAULT / FIGHT"
    static let medicalSource = "MPDS protocol 23 (overdose / poisoning: amount taken) and protocol 29 (person struck by a train or vehicle); APCO ANS 2.103.2 RAILWAY INCIDENT"
    static let suicideSource = "Columbia C-SSRS (preparatory behaviour: a ligature or rope at hand, photographs of the means); APCO ANS 2.103.2 SUICIDE (person on a bridge)"
    static let childSource = "APCO ANS 2.103.2 CHILD ABUSE / CHILD ABANDONED / SUSPICIOUS PERSON near children; SEXUAL ASSAULT (groping) on transit"
    static let burglarySource = "APCO ANS 2.103.2 ALARM with audible glass break (verified-response practice); ROBBERY ('hold-up')"
    static let unseenSource = "APCO ANS 2.103.2 UNKNOWN TROUBLE: a caller who says they are not safe"
    static let lookAlikeSource = "Issue 13 look-alikes: danger only in history (premise flags), idioms, props"
    static let laterEntrySource = "Issue 13 (resolved alarms): a later entry of the event log, a second caller or the unit on scene, answering the first report"

    static let entries: [Entry] = redFlags + lookAlikes + laterEntries

    /// Red flags.
    static let redFlags: [Entry] = [
        Entry(pattern: "STOMPING|STOMPED|STOMPS|STAMPING|STAMPED ON|ONTO \(persons), STOMPING|STOMPED|STOMPS|STAMPING|STAMPED ON|ONTO THE|A|ANOTHER|THAT OTHER? GUY|MAN|MALE|WOMAN|FEMALE|PERSON|VICTIM|KID|BOY|GIRL, STOMPING|STOMPED|STOMPS|STAMPING|STAMPED ON|ONTO HIS|HER|THEIR HEAD|FACE|CHEST|NECK|BODY, STOMPING|STOMPED|STOMPS|STAMPING|STAMPED ON ONE|SOME|THIS|THAT|#|ANOTHER|OTHER KID|BOY|GIRL|GUY|MAN|MALE|FEMALE|WOMAN|JUV|PERSON|TEEN",
              role: .concept(V, noun: false), source: actSource),
        Entry(pattern: "PERSON|MAN|WOMAN|MALE|FEMALE|SOMEONE|SOMEBODY|PEDESTRIAN|BODY|CHILD|KID UNDER|BENEATH A|THE? TRAIN|TRAM|BUS|LORRY|CARRIAGE",
              role: .concept(I, noun: false), source: medicalSource),
        Entry(pattern: "TOOK|TAKEN|SWALLOWED|INGESTED|ATE A|AN|THE|HIS|HER|ALL|# FULL|WHOLE|ENTIRE? STRIP|STRIPS|PACKET|PACKETS|PACK|PACKS|BLISTER|BLISTERS|BOX|BOXES|SHEET|SHEETS|TUB|JAR OF \(medications)|PILLS|TABLETS|TABS|MEDS|MEDICATION|MEDICATIONS",
              role: .concept(I, noun: false), source: medicalSource),
        Entry(pattern: "STANDING|SITTING|STOOD|PERCHED IN THE MIDDLE OF THE|A _? BRIDGE|OVERPASS|VIADUCT|TRESTLE",
              role: .concept(S, noun: false), source: suicideSource),
        Entry(pattern: "IN THE|HIS|HER|A GARAGE|SHED|ATTIC|BASEMENT|BARN|LOFT|WOODS|CELLAR WITH A|THE ROPE|NOOSE|CORD|LIGATURE, PHOTO|PHOTOS|PICTURE|PICTURES|PIC|PICS|IMAGE OF A|THE|HIS|HER ROPE|NOOSE|LIGATURE",
              role: .concept(S, noun: false), source: suicideSource),
        Entry(pattern: "WANTS|WANTED|WANTING|WANT IT ALL? TO END",
              role: .ideation, source: suicideSource),
        Entry(pattern: "\(children)|BOY|GIRL|SON|DAUGHTER LOCKED|CHAINED|TIED|SHUT UP? IN|INSIDE A|AN|THE|HIS|HER? DOG? CAGE|CRATE|KENNEL|CLOSET|CUPBOARD|TRUNK|BOOT|CAR|VAN|VEHICLE",
              role: .concept(P, noun: false), source: childSource),
        Entry(pattern: "FOLLOWING|FOLLOWED|STALKING A|THE|SOME|TWO|MY|OUR|RPS|CALLERS|#? SCHOOLGIRL|SCHOOLGIRLS|SCHOOLBOY|SCHOOLBOYS|SCHOOLKIDS|SCHOOLCHILDREN|GIRL|GIRLS|BOY|BOYS|JUVENILE|JUVENILES|JUV|JUVS|\(children)",
              role: .concept(P, noun: false), source: childSource),
        Entry(pattern: "GRABBING|GRABBED|TOUCHING AT? WOMEN|GIRLS|PASSENGERS|RIDERS|FEMALES",
              role: .concept(P, noun: false), source: childSource),
        Entry(pattern: "ALARM AND|WITH GLASS NOISE|NOISES|SOUNDS|SOUND|BREAKING|SMASHING|BREAK",
              role: .concept(P, noun: false), source: burglarySource),
        Entry(pattern: "HOLD UP AT|IN THE|A TILL|REGISTER|COUNTER|STORE|SHOP|BANK|SERVO|DAIRY|KIOSK|PHARMACY|STATION, ARMED HOLD UP",
              role: .concept(P, noun: false), source: burglarySource),
        Entry(pattern: "IM|IAM|SHES|HES|THEYRE|WERE NOT SAFE, I|SHE|HE|CALLER|RP AM|IS|WAS NOT SAFE, THEY|WE ARE|WERE NOT SAFE",
              role: .unseenScene, source: unseenSource),
    ]

    /// Words that look like red flags and are not.
    static let lookAlikes: [Entry] = [
        // A premise or hazard flag records the address's past, not this call ("address flagged for weapons; caller
        // today asking about a lost cat"). "Prior shots fired" is the shared history entry's (NarrativeLexicon).
        Entry(pattern: "FLAGGED|FLAG ADDRESS|LOCATION|PREMISE|PREMISES|RESIDENCE|HOUSE|APT? FOR WEAPONS|WEAPON|GUNS|GUN|FIREARMS|DV|VIOLENCE|ASSAULT|THREATS|KNIVES|KNIFE, HAZARD|PREMISE|PREMISES|CAUTION FLAG|NOTE|ALERT|WARNING FOR? WEAPONS|WEAPON|GUNS|GUN|FIREARMS|DV|VIOLENCE|ASSAULT|THREATS|KNIVES|KNIFE",
              role: .history, source: lookAlikeSource),
        Entry(pattern: "DELAY|DELAYS|TRAFFIC|QUEUE|LINE|HEAT|COMMUTE|WAIT|PARKING|NOISE IS|WAS|S MURDER, IS|WAS MURDER ON, MURDER MYSTERY|MYSTERIES, KILLING MY|HER|HIS|THEIR SLEEP|EARS|BACK|VIBE|BUZZ",
              role: .ignore, source: lookAlikeSource),
        Entry(pattern: "BLOOD CURDLING, BLOODCURDLING",
              role: .ignore, source: lookAlikeSource),
        Entry(pattern: "SHOT|SHOOTING|SHOOTS A|SOME|THE|HIS|HER GREAT|GOOD|NEW|SHORT|MUSIC? VIDEO|VIDEOS|FILM|MOVIE|PHOTO|PHOTOS|SCENE|FOOTAGE, VIDEO GAME SHOOTING|GUNFIRE|GUNSHOTS|SHOTS",
              role: .ignore, source: lookAlikeSource),
    ]

    /// A later entry that answers the first report: screams that were a screen or a game, and the unit on scene
    /// finding no fight, no weapon or no injury. Each resolves only its own kinds, and only an alarm told before it.
    static let laterEntries: [Entry] = [
        // Who the person was, not what was done ("suspicious person at car windows; per unit subj is veh owner
        // looking for his keys"): it answers a prowler or an unseen scene, never a weapon or an act.
        Entry(pattern: "SUBJ|SUBJS|SUBJECT|MALE|FEMALE|PERSON|PARTY|HE|SHE|THEY|HES|SHES|THEYRE IS|WAS|ARE|WERE? THE|A|AN? REGISTERED? VEH|VEHICLE|CAR|TRUCK|HOME|HOUSE|PROPERTY|BUSINESS|STORE|BUILDING? OWNER|OWNERS|RESIDENT|RESIDENTS|TENANT|TENANTS|HOMEOWNER|KEYHOLDER",
              role: .resolution(.init(kinds: [.policeOnly, .uncertainty])), source: laterEntrySource),
        Entry(pattern: "ITS|THATS|IT|THAT|THEY WAS|IS|WERE|ARE|S? JUST|ONLY? THE|A|AN|HIS|HER|THEIR|NEIGHBORS? TV|TELEVISION|VIDEOGAME|RADIO|STEREO|PODCAST, ITS|THATS|IT|THAT|THEY WAS|IS|WERE|ARE|S? JUST|ONLY? A|AN|THE? HORROR|SCARY|ACTION|WAR MOVIE|FILM|FLICK|SHOW|GAME",
              role: .resolution(.init(kinds: [.uncertainty])), source: laterEntrySource),
        Entry(pattern: "PER|PR UNIT|UNITS|OFC|OFCR|OFFICER|OFFICERS|DEPUTY|DEP|SGT|PD|CREW|#? #? NO|NEG FIGHT|FIGHTING|ALTERCATION|ASSAULT|DISTURBANCE|PHYSICAL, UNIT|UNITS|OFC|OFCR|OFFICER|OFFICERS|DEPUTY|DEP|SGT|CREW #? ADV|ADVISES|ADVISED|REPORTS|STATES|STS NO|NEG FIGHT|FIGHTING|ALTERCATION|ASSAULT|DISTURBANCE|PHYSICAL, ON|UPON ARRIVAL|ARR NO|NEG FIGHT|FIGHTING|ALTERCATION|ASSAULT|DISTURBANCE|PHYSICAL",
              role: .resolution(.init(kinds: [.violence])), source: laterEntrySource),
        Entry(pattern: "PER|PR UNIT|UNITS|OFC|OFCR|OFFICER|OFFICERS|DEPUTY|DEP|SGT|PD|CREW|#? #? NO|NEG WEAPON|WEAPONS|WPN|WPNS|GUN|GUNS|KNIFE|KNIVES|FIREARM|FIREARMS, UNIT|UNITS|OFC|OFCR|OFFICER|OFFICERS|DEPUTY|DEP|SGT|CREW #? ADV|ADVISES|ADVISED|REPORTS|STATES|STS NO|NEG WEAPON|WEAPONS|WPN|WPNS|GUN|GUNS|KNIFE|KNIVES|FIREARM|FIREARMS",
              role: .resolution(.init(kinds: [.weapon])), source: laterEntrySource),
    ]
}
