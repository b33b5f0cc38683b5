/// Second pass of dispatch language for issue 13 ("caution by default"): medical-priority shorthand, suicide
/// described by its situation, threats without the word, children at risk, crimes in progress, and scenes the
/// caller cannot see or speak about. Written from the description of real misses and from the sources
/// named on each entry, and tuned on the project's own corpus only (never on the blind sets).
enum DispatchCaution: LexiconTable {
    typealias Entry = NarrativeLexicon.Entry

    static let mpds = "Medical dispatch determinant levels (ECHO/DELTA highest), E-prefixed EMS priority codes, Priority 1"
    static let consciousness = DispatchLexicon.consciousness
    static let suicideSigns = "Suicide warning signs (988 Lifeline / SAMHSA): goodbye messages, giving away belongings, notes, means at hand"
    static let threats = "Issue 13: threats made without the word (\"you're dead\", \"knows where you live\")"
    static let children = DispatchLexicon.children
    static let apco = DispatchLexicon.apco
    static let unseen = DispatchLexicon.unseen
    static let tenCodes = "Common 10-codes: 10-31 crime in progress, 10-52 ambulance, 10-50 accident"


    static let entries: [Entry] = [
        // Medical priority and consciousness shorthand.
        Entry(pattern: "E1|EPRI1|EPRI, E PRI1|PRI|P1|1, PRI|PRIORITY|P 1|ONE MED|MEDICAL|EMS, DELTA|ECHO RESPONSE|LEVEL|CALL",
              role: .concept(I, noun: true), source: mpds),
        Entry(pattern: "SEMICONSC|UNCONSCIOUS|UNCONSC|UNRESPONSIVE|NONRESPONSIVE|UNRESPONSIV, SEMI CONSC|CONSCIOUS|CONS|CON, AFTER|FROM A? FALL, NOT ALERT|ORIENTED, HAD|WITH|BRIEF|POSITIVE|POS LOC, LOC AFTER|FROM|WHEN, FOUND DOWN, NOT MOVING, NOT RESP|RESPONSIVE, TRAPPED|PINNED IN|UNDER|INSIDE, ENTRAPMENT|EXTRICATION, STILL SEIZING|CONVULSING",
              role: .concept(I, noun: false), source: consciousness),
        Entry(pattern: "INJ|INJURY|INJURIES|INJURED",
              role: .concept(I, noun: true), source: consciousness),
        // Violence described by the act.
        Entry(pattern: "CHASING|CHASED|CHASES|ATTACKING|ATTACKED ANOTHER|SOME|THIS|TWO|2 MALE|FEMALE|SUBJ|GUY|MAN|WOMAN|PERSON|KID|JUV|PEOPLE, SLAMMED|SLAMMING|BANGED|BANGING|SMASHED HIS|HER|THEIR|RP|RPS|CALLERS|CALLER HEAD|FACE, THREW|THROWING|THROWS|HURLED A|AN|THE|HIS|HER|SOME _? AT HIS|HER|THEIR|RPS|CALLERS GF|BF|WIFE|HUSBAND|GIRLFRIEND|BOYFRIEND|MOTHER|MOM|FATHER|DAD|SON|DAUGHTER|BROTHER|SISTER|HEAD|FACE",
              role: .concept(V, noun: false), source: DispatchLexicon.acts),
        // Suicide described by its situation.
        Entry(pattern: "GAVE|GIVING|GIVEN|GIVES AWAY HIS|HER|THEIR? BELONGINGS|POSSESSIONS|THINGS|STUFF|DOG|PETS|CAT|GUNS, WONT|NOT|ISNT ANSWER|ANSWERING|RESPONDING, NO ANSWER|RESPONSE, CANT|CANNOT REACH|FIND HIM|HER|THEM, WROTE|LEFT A? NOTE|LETTER",
              role: .suicideMeans, source: suicideSigns),
        Entry(pattern: "DOESNT|DONT|NOT WANT TO LIVE|GO ON, WANTS TO END IT|THINGS|HIS|HER, SUICIDE|GOODBYE NOTE|LETTER|MESSAGE|TEXT, NOTE|LETTER|MESSAGE|TEXT SAYING SORRY|GOODBYE",
              role: .ideation, source: suicideSigns),
        Entry(pattern: "GUN|PISTOL|KNIFE|BLADE|WEAPON TO HIS|HER|THEIR OWN? HEAD|THROAT|CHEST|WRIST|WRISTS, CUT|SLIT|SLASHED HIS|HER|THEIR? WRISTS|WRIST, STANDING|SITTING|CLIMBING|HANGING|PERCHED ON|OVER|OUTSIDE|AT THE|A? OUTSIDE? OF? THE|A? BRIDGE? LEDGE|RAILING|RAIL, ON|OUTSIDE THE|A? OUTSIDE? OF? THE|A? BRIDGE|OVERPASS RAILING|RAIL|LEDGE|EDGE",
              role: .concept(S, noun: false), source: suicideSigns),
        // Threats without the word.
        Entry(pattern: "YOURE|SHES|HES|THEYRE|UR DEAD, YOU|SHE|HE|THEY ARE|IS DEAD, KNOWS|KNOW WHERE SHE|HE|YOU|THEY|HER|HIS|THEIR|YOUR LIVE|LIVES|SLEEP|SLEEPS|KIDS|CHILDREN|FAMILY, GET|GETTING EVEN|PAYBACK|REVENGE, WILL|GONNA PAY FOR THIS|THAT|IT, YOU|YALL WILL|GONNA|ARE PAY|PAYING, WATCH YOUR|HER|HIS BACK, HIT|KILL LIST, LIST OF NAMES|TARGETS",
              role: .concept(T, noun: false), source: threats),
        // Children at risk.
        Entry(pattern: "CHILD|CHILDREN|KID|KIDS|BABY|INFANT|TODDLER|JUV|JUVS|JUVENILE|JUVENILES|NEWBORN _? _? _? _? HOME|HOUSE|APT|APARTMENT|CAR|VEHICLE ALONE, CHILD|CHILDREN|KID|KIDS|BABY|INFANT|TODDLER|JUV|JUVENILE|NEWBORN|SON|DAUGHTER MISSING, CHILD|CHILDREN|KID|KIDS|BABY|INFANT|TODDLER|JUV|JUVENILE|NEWBORN ON|IN THE? BALCONY|ROADWAY|STREET|ROAD|HIGHWAY|LEDGE|ROOF, BABY|INFANT|CHILD|TODDLER|NEWBORN CRYING FOR HOURS, MISSING CHILD|JUV|JUVENILE|KID|TODDLER|CHILDREN, LURE|LURED|LURING|LURES KIDS|CHILDREN|CHILD|GIRLS|BOYS|JUVS|MINORS, MOTHER|FATHER|DAD|MOM|PARENT|PARENTS|ADULTS GONE|LEFT SINCE, NO ADULT|ADULTS|PARENT|PARENTS ANSWERING|HOME, WITH|W THE|HER|HIS|THEIR? KIDS|CHILDREN|BABY|CHILD IN THE? CAR|VEHICLE",
              role: .concept(P, noun: false), source: children),
        // Crimes in progress, ten-codes.
        Entry(pattern: "10-31, IN PROG|PROGRESS, INSIDE|IN THE? STORE|BUSINESS|BUILDING AFTER HOURS|CLOSING, WAS|BEEN TRESPASSED|BANNED",
              role: .concept(P, noun: false), source: tenCodes),
        // A suspect who may still be near: a crime that just occurred, with a description or direction of travel.
        Entry(pattern: "SUSP|SUSPECT|SUSPECTS|OFFENDER|OFFENDERS STILL|IS|ARE|MAY|MIGHT|COULD STILL? BE? STILL? ON|IN|AT|NEAR|INSIDE|AROUND|THERE THE? SCENE|AREA|PREMISES|BUILDING|HOUSE|LOT|STORE, SUSP|SUSPECT|SUSPECTS|OFFENDER|OFFENDERS|SUBJ FLED|RAN|LEFT|TOOK OFF|DROVE ON? NB|SB|EB|WB|TOWARDS|TWDS|TOWARD|ON|IN|INTO, LSW, LAST SEEN WEARING|HEADING|RUNNING|WALKING|DRIVING, FLED|FLEEING ON FOOT|IN A|TOWARDS|TWDS|NB|SB|EB|WB",
              role: .concept(P, noun: false), source: DispatchLexicon.apco),
        // A caller in distress.
        Entry(pattern: "CALLER|RP|CLR|FEMALE|MALE|VICTIM|VIC SOBBING|PANICKED|PANICKING|SCREAMING|HYSTERICAL|TERRIFIED|DISTRAUGHT, TEXT|TEXTED|MESSAGE|MESSAGES|SNAPCHAT|POST|POSTED SAYING|SAYS|READS|READING HELP|SOS ME?, SOS",
              role: .unseenScene, source: unseen),
        // The caller cannot see or cannot speak.
        Entry(pattern: "SOUNDS|SOUND|NOISES|NOISE OF FIGHTING|FIGHT|STRUGGLE|SCREAMING|GUNSHOTS|SHOTS|BREAKING|SOMEONE, IN THE? BACKGROUND|BG, SCREAMING|YELLING|CRYING|ARGUING IN THE? BG|BACKGROUND, THEN SILENCE|QUIET|NOTHING, THUMPS|THUMPING|THUDDING, YES NO ONLY|QUESTIONS|ANSWERS, CODE WORD|WORDS, ORDERING A? PIZZA|FOOD, HELP ME, NOT MAKING SENSE, UNABLE TO GIVE LOCATION|ADDRESS|LOC, LINE WENT DEAD|SILENT",
              role: .unseenScene, source: unseen),
    ]
}
