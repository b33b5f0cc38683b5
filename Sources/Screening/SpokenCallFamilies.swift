/// Issue 13, ninth session (`blind26.csv`, event chronologies and speech-to-text transcripts, opened as development
/// data once `blind27.csv` was written to take its place as an unseen set): red flags that callers say in plain
/// words and call-takers key in short, which the rules still missed.
///
/// - Police-only: a person with dementia or autism who walked off or got out, or left in a nightgown; a child
///   who did not get off the school bus; someone trying door after door; a person who will not leave and is
///   screaming at people; a driver who is drunk now, drifting or weaving; a robber who just demanded cash at a till; people
///   inside a house whose owners are away, or still inside after an alarm; a person who will not leave and is
///   getting in people's faces; young children alone all day or without an adult.
/// - Medical: chest pain in plain words ("my chest hurts"), an arm gone numb; a diabetic acting confused; a
///   loss of consciousness timed in minutes ("LOC X2 MIN").
/// - Suicide: pills being swallowed now; a person on a bridge, ledge or roof who is going to jump, or on the wrong
///   side of the railing; a note written and pills taken; an engine running in a garage.
/// - Read by the shared entries, extended this session: someone stomped on named by a count or "one"
///   ("stomping on one kid": `EventLogFamilies`), a bunch or bottle of bleach drunk (`UrgentSceneFamilies`).
/// - Look-alikes: guns already taken to a relative's by the family; a caller's "never mind" or "wait no" taking back
///   what they reported; an interpreter or language line not needed (the negation is about the interpreter, not the
///   emergency before it).
///
/// These entries come after the event-log families in the built-in lexicon. Each names its source.
enum SpokenCallFamilies: LexiconTable {
    typealias Entry = NarrativeLexicon.Entry

    static let persons = CautionFamilies.persons
    static let children = NinthPassFamilies.children

    static let drivingSource = "APCO ANS 2.103.2 DUI / RECKLESS DRIVING: an impaired driver on the road now"
    static let crimeSource = "Issue 13 (crimes in progress or just occurred, a suspect possibly present); APCO ANS 2.103.2 ROBBERY, BURGLARY, TRESPASS"
    static let childSource = "APCO ANS 2.103.2 CHILD ABANDONED / CHILD NEGLECT: young children without an adult"
    static let medicalSource = "MPDS protocol 10 (chest pain: described in the caller's words), 13 (diabetic problems: behaving abnormally), 31 (unconscious / fainting: how long)"
    static let missingSource = "APCO ANS 2.103.2 MISSING PERSON (endangered: dementia, autism, a child who did not come home from the bus)"
    static let suicideSource = "Columbia C-SSRS (actual attempt in progress); APCO ANS 2.103.2 SUICIDE"
    static let actSource = "Issue 13 (violence described by the act, not the word); APCO ANS 2.103.2 ASSAULT / FIGHT"
    static let keepers = "BROTHERS|SISTERS|FRIENDS|NEIGHBORS|DADS|MOMS|PARENTS|FATHERS|MOTHERS|UNCLES|AUNTS|RELATIVES|SONS|DAUGHTERS|COUSINS|STORAGE|SAFE|STATION|PD"
    static let lethalMeansSource = "Lethal-means counselling (firearms moved out of the home by family): a weapon away from the call"
    static let lookAlikeSource = "Issue 13 look-alikes: call-handling notes (an interpreter not needed) are not negations of the call"

    static let entries: [Entry] = redFlags + lookAlikes

    /// Red flags.
    static let redFlags: [Entry] = [
        Entry(pattern: "DRIVER|DRIVERS|DRVR|DRIVR IS|S|APPEARS|APPEARED|SEEMS|LOOKS|LOOKED|PROBABLY|DEFINITELY|TOTALLY|COMPLETELY|MUST? BE? DRUNK|INTOXICATED|IMPAIRED|WASTED|HAMMERED|SMASHED|BLITZED|PLASTERED, DRIFTING|SWERVING|WEAVING|VEERING|CROSSING INTO|ACROSS|OVER THE? ONCOMING|LANES|CENTER|CENTERLINE|MEDIAN, KEEPS|KEEP|KEPT GOING|DRIVING|SWERVING|DRIFTING|RUNNING ON|ONTO|OFF THE SHOULDER|CURB|ROAD|MEDIAN",
              role: .concept(P, noun: false), source: drivingSource),
        Entry(pattern: "DEMANDED|DEMANDING|DEMANDS MONEY|CASH FROM THE? REGISTER|TILL|DRAWER|CLERK|CASHIER, DEMANDED|DEMANDING|DEMANDS THE? REGISTER|TILL|DRAWER|MONEY|CASH AND|THEN LEFT|RAN|FLED",
              role: .concept(P, noun: false), source: crimeSource),
        Entry(pattern: "PEOPLE|SOMEONE|SOMEBODY|PERSON|GUYS|MAN|MEN|STRANGERS INSIDE|IN THEIR|THE|HIS|HER|MY|OUR|NEIGHBORS HOUSE|HOUE|HOME|APT|APARTMENT|GARAGE|PLACE RIGHT NOW, SEES|SAW|HEARS|HEARD SOMEONE|SOMEBODY|PEOPLE|PERSON STILL INSIDE|IN",
              role: .concept(P, noun: false), source: crimeSource),
        Entry(pattern: "GETTING|GETS|GOT|GET IN PEOPLES|STAFF|STAFFS|SAFF|CUSTOMERS|EVERYONES|EVERYBODYS|OUR|MY|HIS|HER|THEIR|PASSENGERS|TENANTS|RESIDENTS FACES|FACE",
              role: .concept(P, noun: false), source: crimeSource),
        Entry(pattern: "\(children) HAVE|HAS|ARE|WERE|LEFT? BEEN? HOME? ALONE ALL DAY|NIGHT|WEEKEND|MORNING|AFTERNOON, UNDER # _? _? _? _? _? NO ADULT|ADULTS|PARENT|PARENTS|GROWNUP|GROWNUPS",
              role: .concept(P, noun: false), source: childSource),
        Entry(pattern: "DEMENTIA|ALZHEIMERS|ALZHEIMER|AUTISTIC|AUTISM|NONVERBAL _? _? _? _? _? _? _? WALKED|WANDERED|ELOPED|MISSING|GOT|GONE|WENT OFF|OUT|AWAY|SINCE|MISSING, LEFT|WALKED|WANDERED|WENT OFF|OUT|AWAY? IN HIS|HER|A? NIGHTGOWN|PAJAMAS|PJS|SLIPPERS|BATHROBE|ROBE|UNDERWEAR",
              role: .concept(P, noun: false), source: missingSource),
        Entry(pattern: "DIDNT|NEVER GET|GOT OFF THE? SCHOOL? BUS, DID NOT GET OFF THE? SCHOOL? BUS",
              role: .concept(P, noun: false), source: missingSource),
        Entry(pattern: "TRYING|CHECKING|PULLING|JIGGLING ALL? THE? CAR|FRONT|HOUSE|DOOR? DOORS|HANDLES, REFUSING|REFUSES|REFUSED|WONT TO? LEAVE AND? SCREAMING|YELLING|CURSING|SWEARING|SCREAMS|YELLS AT",
              role: .concept(P, noun: false), source: crimeSource),
        Entry(pattern: "CHEST|HEART HURTS|HURT|HURTING|KILLING|TIGHT|TIGHTNESS|SQUEEZING|PRESSURE, CHEST|HEART IS|S HURTING|KILLING|TIGHT, ARM|ARMS|FACE|SIDE IS|S|WENT|GOING|GONE? NUMB",
              role: .concept(I, noun: false), source: medicalSource),
        Entry(pattern: "DIABETIC _? _? ACTING|IS|SEEMS|APPEARS|LOOKS CONFUSED|DISORIENTED|INCOHERENT|SHAKY|SWEATY|WEIRD|STRANGE, BLOOD SUGAR|GLUCOSE|BS READING|READS|IS|OF|AT LOW|HIGH|#",
              role: .concept(I, noun: false), source: medicalSource),
        Entry(pattern: "LOC X|FOR|ABOUT? # MIN|MINS|MINUTE|MINUTES|SEC|SECS|SECONDS, LOC X1|X2|X3|X4|X5|X10|X15|X30 MIN|MINS|MINUTE|MINUTES|SEC|SECS|SECONDS, PASSED|BLACKED OUT FOR|ABOUT? # MIN|MINS|MINUTE|MINUTES|SEC|SECS|SECONDS",
              role: .concept(I, noun: false), source: medicalSource),
        Entry(pattern: "BRIDGE|LEDGE|ROOF|RAILING|OVERPASS|BALCONY|EDGE _? _? _? _? _? _? _? GONNA|GOING|ABOUT|THREATENING|WANTS|TRYING TO? JUMP, WRONG SIDE OF THE RAILING|RAIL|RAILINGS|FENCE|BARRIER|GUARDRAIL|BRIDGE, WROTE|LEFT A? NOTE AND TOOK|SWALLOWED|DRANK, GARAGE _? _? _? _? _? _? _? THE? ENGINE|ENGINES|MOTOR IS|S|STILL? RUNNING",
              role: .concept(S, noun: false), source: suicideSource),
        Entry(pattern: "SWALLOWING|TAKING|DOWNING HER|HIS|ALL|THE? PILLS|TABLETS|MEDS RIGHT NOW",
              role: .concept(S, noun: false), source: suicideSource),
    ]

    /// Words that look like red flags and are not.
    static let lookAlikes: [Entry] = [
        // Guns taken out of the home by the family (lethal-means counselling), not a weapon at the call.
        Entry(pattern: "TOOK|MOVED|REMOVED|GAVE|BROUGHT ALL? HIS|HER|THE|THEIR GUNS|GUN|WEAPONS|FIREARMS|RIFLES TO HIS|HER|THEIR|A? \(keepers), GUNS|GUN|WEAPONS|FIREARMS|RIFLES ALREADY? MOVED|REMOVED|TAKEN|GIVEN|BROUGHT TO HIS|HER|THEIR|A? \(keepers)",
              role: .ignore, source: lethalMeansSource),
        // A caller's all-clear after the alarm ("i heard a crash and someone yelling help, oh it's the neighbor, he
        // dropped his tv, he's fine"; "a little kid alone at the bus stop, his mom just came out, it's fine"), and
        // the person found to be the caller's own family ("somebody's in my garage, oh it's my son, he came home
        // early"; the caller's own, MY or OUR: a log's "confirmed it was her son" may answer one alarm of several). Like the shared "all OK", they answer only an unseen scene or a police-only alarm told before
        // them: never a weapon, an injury, violence, a threat or suicide (caution by default). Partners and exes are
        // left out: one of them breaking in is still a police matter.
        Entry(pattern: "HES|SHES|ITS|THEYRE|EVERYTHINGS|EVERYONES|EVERYBODYS FINE|OK|OKAY|SAFE, EVERYTHING|EVERYONE|EVERYBODY IS FINE|OK|OKAY|SAFE, ITS|IT|THATS|THAT WAS|IS? JUST? MY|OUR SON|DAUGHTER|KID|KIDS|DAD|MOM|BROTHER|SISTER|ROOMMATE|NEIGHBOR|NEIGHBORS|GRANDSON|GRANDDAUGHTER|NEPHEW|NIECE|CAT|DOG",
              role: .resolution(.init(kinds: [.uncertainty, .policeOnly], followsAlarm: true)), source: lookAlikeSource),
        // A caller taking back what they just said, in a transcript ("i heard gunshots oh wait never mind it's
        // fireworks", "a guy with a gun wait no it's a metal detector"): it answers what was told before it.
        Entry(pattern: "NEVERMIND|NVM, NEVER MIND, WAIT NO|NOPE ITS|IT|THATS|THEYRE|HES|SHES|THEY",
              role: .resolution(.init(followsAlarm: true)), source: lookAlikeSource),
        Entry(pattern: "LANGUAGE LINE NOT NEEDED|REQUIRED|REQ|REQD|NECESSARY, INTERPRETER|TRANSLATOR|TRANSLATION|INTERPRETATION NOT NEEDED|REQUIRED|REQ|REQD|NECESSARY, NO LANGUAGE LINE NEEDED|REQUIRED|REQ, NO INTERPRETER|TRANSLATOR NEEDED|REQUIRED|REQ",
              role: .ignore, source: lookAlikeSource),
    ]
}
