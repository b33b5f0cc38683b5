/// Fifth pass for issue 13: families of language found on `blind4.csv` (then development data) — threatening
/// posture and challenges ("fists clenched", "try me"), revenge idioms ("teach her a lesson"), murder-suicide
/// threats, pinning someone down, improvised and folding weapons in hand, a gun being racked out of sight, suicide
/// plans stated without a method word ("has a plan and a date picked"), stockpiled medication, pills counted out,
/// agonal breathing and cold exposure, shoplifting and mail theft by the act, unknown people on the property, and
/// callers relaying what they cannot see. Look-alikes: weapons owned and given up, violence elsewhere or on the
/// news, a police beat, idioms of heat and time, espresso shots, blood drives, a dog with a toy, kitchen drawers,
/// doors left open for a known reason, hang-ups after the facts are taken, and completed arrests.
///
/// These entries come first in the built-in lexicon, so they win ties of equal length. Each names its source.
enum FifthPassFamilies: LexiconTable {
    typealias Entry = NarrativeLexicon.Entry

    static let posture = "Issue 13 fifth pass: threats by posture or challenge (APCO ANS 2.103.2 THREAT, FIGHT: pre-assault indicators)"
    static let revenge = "Issue 13 fifth pass: revenge idioms and harm to self and another (duty-to-warn statements)"
    static let restraint = "Issue 13 fifth pass: violence by restraint (pinned, held down), APCO ANS 2.103.2 ASSAULT, DOMESTIC"
    static let weapons = "Issue 13 fifth pass: folding and improvised weapons in hand; the sound of a firearm being readied (APCO WEAPON)"
    static let suicidePlan = "Suicide risk assessment (Columbia C-SSRS, 988 Lifeline): a plan with a time or place, means stockpiled or prepared, possessions given away"
    static let medical = "Medical dispatch key questions: ineffective (snoring, gurgling) breathing, cold exposure, a long lie after a fall"
    static let policeActs = "Issue 13 fifth pass: police-only acts (APCO ANS 2.103.2 SHOPLIFTING, THEFT, MAIL THEFT, PROWLER, CHILD EXPLOITATION)"
    static let unseen = "Issue 13 fifth pass: unknown people on the property; callers relaying what they cannot see"
    static let trail = "Issue 13 fifth pass: a description or direction of travel is police-only only beside a red flag (BOLO practice)"
    static let lookAlike = "Issue 13 fifth pass: look-alikes (possession given up, events elsewhere or on the news, idioms, kitchenware, beats)"
    static let reading = "Issue 13 fifth pass: hypothetical questions and worries with nothing so far are not red flags"

    static let persons = CautionFamilies.persons
    static let determiners = FourthPassFamilies.determiners

    static let entries: [Entry] = lookAlikes + readingCues + threats + violence + weaponEntries + suicide + medicalEntries
        + policeOnly + unseenEntries + trails

    /// Threatening posture, challenges to fight and revenge idioms.
    static let threats: [Entry] = [
        Entry(pattern: "MAKING|MADE|MAKES|BALLING|BALLED|BALLS|CLENCHING|CLENCHED|RAISING|RAISED A|HIS|HER|THEIR? FIST|FISTS, FISTS|FIST CLENCHED|BALLED|RAISED|UP, CLENCHED|BALLED|RAISED FISTS|FIST, TRY ME, YOU|U|YA WANT|WANNA TO? GO|FIGHT|SOME, STEPPING|STEPPED|GETTING|GOT|GETS UP? IN \(determiners)? \(persons)? FACE",
              role: .concept(T, noun: false), source: posture),
        Entry(pattern: "TAKE CARE OF \(determiners) EX|EXES|RIVAL|SNITCH|ENEMY|ENEMIES",
              role: .harmVerb, source: revenge),
        Entry(pattern: "KILL|HURT|SHOOT|STAB|END HIMSELF|HERSELF|THEMSELF|THEMSELVES AND \(determiners)? \(persons)|FAMILY|WIFE|HUSBAND|KIDS|CHILDREN",
              role: .concept([.suicide, .threat, .violence], noun: false), source: revenge),
    ]

    /// Violence by restraint.
    static let violence: [Entry] = [
        Entry(pattern: "TO TEACH \(persons)|\(determiners) A LESSON", role: .concept(T, noun: false), source: revenge),
        Entry(pattern: "PINNED|PINNING|PINS \(determiners)? \(persons) DOWN? TO|ON|AGAINST THE|A FLOOR|GROUND|WALL|BED|COUCH|CAR|HOOD|TABLE, PINNED|PINNING DOWN? TO|ON THE|A FLOOR|GROUND|BED|COUCH|HOOD, PINNED|PINNING AGAINST THE|A WALL|DOOR|CAR|FENCE|COUNTER, PINNED|PINNING|PINS \(determiners)? \(persons) DOWN, IN A HEADLOCK|CHOKEHOLD, HELD|HOLDING|HOLDS \(determiners)? \(persons) DOWN",
              role: .concept(V, noun: false), source: restraint),
    ]

    /// Folding and improvised weapons in hand; a firearm readied out of sight.
    static let weaponEntries: [Entry] = [
        Entry(pattern: "POCKETKNIFE|POCKETKNIVES|PENKNIFE|JACKKNIFE|BALISONG|DAGGER|DIRK|STILETTO|SICKLE|SCYTHE|PITCHFORK|SLINGSHOT|CROSSBOW|SPEAR|NUNCHUCKS|CLEAVER, POCKET|BUTTERFLY|STEAK|HUNTING|FOLDING|KITCHEN|BUTCHER KNIFE|KNIVES",
              role: .concept(W, noun: true), source: weapons),
        Entry(pattern: "HAMMER|BAT|CROWBAR|WRENCH|MACHETE|AXE|HATCHET|KNIFE|BRICK|ROCK|SCREWDRIVER|SCISSORS IN HIS|HER|THEIR|ONE HAND|HANDS|FIST, FLICKING|FLIPPING|SNAPPING IT|THE|A KNIFE|BLADE OPEN|SHUT",
              role: .concept(W, noun: false), source: weapons),
        Entry(pattern: "SLIDE|SHOTGUN|GUN|RIFLE|PISTOL BEING? RACKED|RACKING|CHAMBERED|COCKED, RACKED|RACKING|RACKS|RACK|CHAMBERING|CHAMBERED|COCKING|COCKED A|THE|HIS|HER SLIDE|SHOTGUN|GUN|ROUND|PISTOL|RIFLE|HAMMER",
              role: .concept(W, noun: false), source: weapons),
    ]

    /// Suicide: a plan with a time or a place, means stockpiled or counted out, possessions given away.
    static let suicide: [Entry] = [
        Entry(pattern: "HAS|HAVE|HAD|WITH A PLAN AND A? DATE|DAY, A DATE|DAY PICKED|CHOSEN, KNOWS|KNOW|KNEW HOW HE|SHE|THEY|HES|SHES|IM IS|ARE|WAS|WILL|WOULD? GOING|GONNA? TO? DO IT, PLANNING|PLANS|PLANNED|PLAN TO GO|WALK|DRIVE TO THE|A TRACKS|BRIDGE|OVERPASS|LEDGE|ROOF|CLIFF",
              role: .concept(S, noun: false), source: suicidePlan),
        Entry(pattern: "COUNTING|COUNTED|COUNTS|LINING|LINED OUT|UP HER|HIS|THEIR|THE|ALL? PILLS|MEDS|TABLETS|MEDICATION|MEDICATIONS|\(FourthPassFamilies.medications)",
              role: .concept(S, noun: false), source: suicidePlan),
        Entry(pattern: "STOCKPILE|STOCKPILED|STOCKPILING|STASH|HOARD|HOARDED|HOARDING|SAVED|SAVING UP? OF? HIS|HER|THEIR? PILLS|MEDS|TABLETS|MEDICATION|\(FourthPassFamilies.medications)",
              role: .suicideMeans, source: suicidePlan),
        Entry(pattern: "GAVE|GIVING|GIVES|GIVEN AWAY ALL? HIS|HER|THEIR STUFF|THINGS|BELONGINGS|POSSESSIONS, WANTS|WANTED|WANTING|WANT IT|EVERYTHING|THINGS ALL? TO? BE? OVER, SAID|SAYS|SAYING|STATES|STATED HE|SHE|THEY IS|ARE|WAS DONE|FINISHED, FEELS|FEELING|FELT|FEEL LIKE A BURDEN, IS|BEING A BURDEN",
              role: .ideation, source: suicidePlan),
    ]

    /// Medical urgency: ineffective breathing, cold exposure, a long lie.
    static let medicalEntries: [Entry] = [
        Entry(pattern: "SNORING|GURGLING|AGONAL|RATTLING TYPE? BREATHING|RESPIRATIONS|BREATHS, CANT|CANNOT|COULDNT GET HER|HIM|THEM TO RESPOND|WAKE, UNABLE TO GET HER|HIM|THEM TO RESPOND|WAKE, CANT|CANNOT|COULDNT FEEL HIS|HER|THEIR HANDS|FEET|LEGS|FINGERS|TOES|FACE, SHAKING|SHIVERING HARD|UNCONTROLLABLY|VIOLENTLY, ON THE FLOOR|GROUND SINCE, ON THE FLOOR|GROUND ALL NIGHT|DAY|MORNING",
              role: .concept(I, noun: false), source: medical),
    ]

    /// Police-only acts: shoplifting past the registers, mail theft, property taken, exploitation of a minor.
    static let policeOnly: [Entry] = [
        Entry(pattern: "WALKED|WALKING|WALKS|WENT|GOING|RAN PAST|OUT THE? REGISTERS|REGISTER|CHECKOUT|CHECKOUTS|CHECKSTAND WITHOUT? PAYING?, GOING|WENT|GOES THROUGH MAILBOXES|MAILBOX|PEOPLES|CARS|LOCKERS, TAKING|STEALING ENVELOPES|MAIL|LETTERS",
              role: .propertyCrime, source: policeActs),
        Entry(pattern: "CAME|COMES|COMING OUT WITH|CARRYING A|THE|SOME? TOOLS|STUFF|ITEMS|BAGS|BOXES|PROPERTY|TV|BIKE|TOOLBOX, OPENED|OPENING|OPENS|EMPTIED|EMPTYING|REACHED|REACHING INTO? THE|A REGISTER|TILL|DRAWER|REGISTERS",
              role: .propertyCrime, source: policeActs),
        Entry(pattern: "JUMPED|JUMPING|HOPPED|HOPPING|CLIMBED|CLIMBING|VAULTED OVER THE|A COUNTER",
              role: .concept(P, noun: false), source: policeActs),
        Entry(pattern: "WALLET|PURSE|PHONE|BAG|BACKPACK|LAPTOP|KEYS|BIKE|PACKAGE|CASH|MONEY TAKEN|SWIPED|SNATCHED|GRABBED FROM|OFF|OUT, CARD|CARDS ALREADY USED|CHARGED, CARD|CARDS BEING USED|CHARGED",
              role: .propertyCrime, source: policeActs),
        Entry(pattern: "MESSAGING|MESSAGED|TEXTING|TEXTED|DMING|SNAPCHATTING|CONTACTING|CONTACTED _? _? _? _? DAUGHTER|SON|CHILD|GIRL|BOY|MINOR|STUDENT ASKING|AND|ASKED FOR? PICS|PICTURES|PHOTOS|NUDES|IMAGES|VIDEOS, ASKING|ASKED|ASKS A|THE|HER|HIS|CALLERS? MINOR|CHILD|DAUGHTER|SON|GIRL|BOY|STUDENT FOR PICS|PICTURES|PHOTOS|NUDES",
              role: .concept(P, noun: false), source: policeActs),
        Entry(pattern: "STEPPING|STEPPED|STEPS|STEP|LUNGING|LUNGED|DARTING|DARTED OFF THE CURB|SIDEWALK INTO|IN TRAFFIC, STEPPING|STEPPED|STEPS|STEP|LUNGING|LUNGED|DARTING|DARTED OFF THE CURB|SIDEWALK INTO|IN THE ROAD|STREET",
              role: .concept(P, noun: false), source: policeActs),
        Entry(pattern: "LOOKING|PEERING|PEEKING|PEEPING IN|INTO THE|HER|HIS|THEIR|CALLERS WINDOWS|WINDOW",
              role: .concept(PU, noun: false), source: policeActs),
        Entry(pattern: "TOW|TOWING OR|AND CITATION|CITATIONS|TICKET|TICKETS",
              role: .concept(P, noun: false), source: policeActs),
    ]

    /// Unknown people on the property; a caller relaying what they cannot see.
    static let unseenEntries: [Entry] = [
        Entry(pattern: "UNKNOWN|UNK|STRANGE|SUSPICIOUS B|W|H|A? PERSON|PERSONS|MALE|MALES|FEMALE|FEMALES|MAN|WOMAN|SUBJ|SUBJECT|PEOPLE IS|WAS? SITTING|STANDING|HIDING|SLEEPING? IN|INSIDE THE|HER|HIS|MY|THEIR|CALLERS? BACK? GARAGE|BACKYARD|YARD|SHED|BASEMENT|HOUSE|HOME|APT|ATTIC|PORCH|CAR|TRUCK",
              role: .concept(PU, noun: false), source: unseen),
        Entry(pattern: "SOMEONE|SOMEBODY|STRANGER|STRANGERS IS|WAS|ARE? SITTING|HIDING|SLEEPING IN|INSIDE THE|HER|HIS|MY|THEIR|CALLERS GARAGE|SHED|BASEMENT|ATTIC|CAR|TRUCK",
              role: .concept(PU, noun: false), source: unseen),
        Entry(pattern: "DOESNT|DONT|DIDNT KNOW WHO IT|HE|SHE|THEY IS|ARE|WAS|WERE, UNK|UNKNOWN|UNSURE|UNCLEAR WHAT IS|WAS|S HAPPENING|GOING, NOT SURE|KNOWN WHAT IS|WAS|S HAPPENING|GOING, RELAYING|RELAYED FROM|VIA TEXTS|TEXT|MESSAGES|SNAPCHAT|FACETIME",
              role: .unseenScene, source: unseen),
    ]

    /// Descriptions and directions of travel: police-only only beside another red flag.
    static let trails: [Entry] = [
        Entry(pattern: "LSW, LAST SEEN WEARING|HEADING|RUNNING|WALKING|DRIVING|GOING, HEADED|HEADING TO|TOWARD|TOWARDS",
              role: .trail, source: trail),
    ]

    /// Cues of reading: hypothetical questions, nothing so far.
    static let readingCues: [Entry] = [
        Entry(pattern: "WHAT TO DO IF|WHEN, WHAT HAPPENS IF|WHEN, WHAT SHOULD|WOULD|CAN HAPPEN IF|WHEN, WHAT THEY|SHE|HE|CALLER|RP SHOULD|CAN|WOULD DO IF|WHEN, WHAT SHOULD|CAN|WOULD THEY|SHE|HE|CALLER|RP DO IF|WHEN",
              role: .question, source: reading),
        Entry(pattern: "NOTHING|NONE LIKE THAT NOW|TODAY|TONIGHT|YET|SINCE?, NOTHING|NONE SO FAR, NOTHING YET, NOTHING HAS HAPPENED YET?, FOUND IT|THEM",
              role: .notSoFar, source: reading),
    ]

    /// Look-alikes that stay eligible.
    static let lookAlikes: [Entry] = [
        Entry(pattern: "HAD|OWNED|KEPT|HAS A|AN|HIS|HER|THEIR? GUN|GUNS|FIREARM|FIREARMS|RIFLE|RIFLES|KNIFE|KNIVES|SWORD|SWORDS|WEAPON|WEAPONS COLLECTION BUT|AND SOLD|PAWNED|GAVE|SURRENDERED|TURNED|DONATED, SOLD|PAWNED|SURRENDERED|DONATED ALL? HIS|HER|THEIR|THE GUN|GUNS|FIREARM|FIREARMS|RIFLE|RIFLES|WEAPON|WEAPONS, GOT RID OF ALL? HIS|HER|THEIR|THE GUN|GUNS|FIREARM|FIREARMS|RIFLE|RIFLES|WEAPON|WEAPONS, GAVE|TURNED AWAY|IN ALL? HIS|HER|THEIR|THE GUN|GUNS|FIREARM|FIREARMS|RIFLE|RIFLES|WEAPON|WEAPONS",
              role: .ignore, source: lookAlike),
        Entry(pattern: "IN|OF|ASSIGNED|PATROL|POLICE BEAT, BEAT|BEATING THE HEAT|TRAFFIC|RUSH|CROWD|LINE|ODDS|SYSTEM|CLOCK|COLD, HEAT|SUN|WEATHER|HUMIDITY|COLD|PAIN|WAIT|NOISE|MUSIC|SMELL|BACK|FEET|KNEES IS|ARE|WAS KILLING, DYING TO GET|SEE|GO|TRY|KNOW, DOUBLE|SINGLE|TRIPLE SHOT|SHOTS, SHOT|SHOTS OF ESPRESSO|WHISKEY|TEQUILA|VODKA|LIQUOR|JAGER",
              role: .ignore, source: lookAlike),
        Entry(pattern: "BLOOD DRIVE|BANK|DONATION|DONOR|DRAW|WORK|TEST|TESTS|TYPE, GAVE|GIVING|DONATED|DONATING BLOOD",
              role: .ignore, source: lookAlike),
        Entry(pattern: "DOG|DOGS|CAT|CATS|PUPPY|KITTEN ATTACKING|ATTACKED|ATTACKS|BITING|BIT|CHEWING|KILLING A|THE|HIS|HER|ITS|THEIR? _? TOY|TOYS|BALL|BONE|ROPE|STICK|PILLOW|SHOE|SHOES",
              role: .ignore, source: lookAlike),
        Entry(pattern: "DRAWER|DRAWERS|BLOCK|RACK|TRAY WITH|OF|FULL KNIVES|KNIFE|UTENSILS|SILVERWARE, KNIVES|KNIFE AND FORKS|FORK|SPOONS, FORKS|FORK AND KNIVES|KNIFE",
              role: .ignore, source: lookAlike),
        Entry(pattern: "DOOR|DOORS|GATE|WINDOW WAS|IS|WERE|ARE|BEEN LEFT|PROPPED OPEN BY|FOR, LEFT|PROPPED OPEN BY THE|A|HER|HIS|THEIR",
              role: .ignore, source: lookAlike),
        Entry(pattern: "CALLER|RP|CLR|COMP HUNG|HANGS|HANG UP|UPS BEFORE|WITHOUT|AFTER GIVING|LEAVING? A|HER|HIS|THEIR? NAME|NUMBER|CALLBACK|CB, HUNG|HANGS|HANG UP BEFORE|WITHOUT|AFTER GIVING|LEAVING? A|HER|HIS|THEIR? NAME|NUMBER|CALLBACK|CB",
              role: .ignore, source: lookAlike),
        Entry(pattern: "WAS|WERE|GOT|BEEN ARRESTED|BOOKED",
              role: .ignore, source: lookAlike),
        Entry(pattern: "LAST YR|YRS|MO", role: .history, source: lookAlike),
        Entry(pattern: "NO|WITHOUT LIGHTS|HEADLIGHTS|TAILLIGHTS ON?",
              role: .ignore, source: lookAlike),
        Entry(pattern: "IN|FROM ANOTHER|OTHER STATE|CITY|COUNTRY|TOWN|COUNTY, IN|FROM A DIFFERENT STATE|CITY|COUNTRY|TOWN|COUNTY, HE|SHE|THEY? SAW|SEEN|WATCHED|READ|HEARD ABOUT? ON|IN THE NEWS|TV|ONLINE|PAPER",
              role: .historyAfter, source: lookAlike),
        Entry(pattern: "TOOK|PACKED A BACKPACK|SUITCASE|DUFFEL|DUFFLE, PACKED A|HER|HIS|THEIR BAG",
              role: .ignore, source: lookAlike),
    ]
}
