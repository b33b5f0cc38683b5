/// Issue 13, eleventh session (blind31, a county sheriff's office, opened as development data for the rules): red
/// flags of county and highway calls, and the plain-speech ways callers tell them.
///
/// - Police-only: a driver all over both lanes, drifting over the fog or centre line, or asleep at the wheel; a
///   person walking in the middle of a highway; children at the edge of a highway or alone in a car; someone
///   locked in a room by another; a stranger trying to get a child into a vehicle, or at a child's bedroom window. (A missing elder who never got
///   where he was going is a half of a pair, ``TwoPlaceFamilies``.)
/// - Medical: a throat closing up or swelling, a child who got into someone's pills, a Glasgow coma score told as a
///   number, an ALS intercept, a person who went under the water and did not come up, a person trampled or gored by
///   livestock, a chest that feels tight or crushed; a person found on the floor, down for an unknown time, pinned or
///   trapped in a vehicle, a hand caught in a machine, a finger partly off.
/// - Violence and weapons: slugged, hands around a neck, dumped out of a wheelchair, came at someone with a tool.
/// - Threats and suicide: "he'd poison the well", "break both his legs", "finish me off", "I'll be in a box"; legs
///   over a rail, a rope tied off, a bucket stood on with a rope, pills saved "to go", photos of fresh cuts.
/// - Uncertainty: rounds fired or pops heard from somewhere unseen; something breaking behind an abandoned call; a
///   text asking for the police and then silence; muffled sounds on the line.
///
/// These entries come after the dispatch-language entries in the built-in lexicon, so every older reading of the same
/// words wins a tie. Each names its source.
enum CountyCallFamilies: LexiconTable {
    typealias Entry = NarrativeLexicon.Entry

    static let persons = CautionFamilies.persons
    static let children = NinthPassFamilies.children
    static let medications = FourthPassFamilies.medications

    static let roadSource = "APCO ANS 2.103.2 RECKLESS / IMPAIRED DRIVER, PEDESTRIAN IN ROADWAY, CHILD ABANDONED (a child in a vehicle)"
    static let custodySource = "APCO ANS 2.103.2 KIDNAPPING / ABDUCTION, CHILD LURING; MISSING PERSON - AT RISK"
    static let medicalSource = "MPDS protocols 2 (allergies: throat closing), 23 (overdose / ingestion by a child), 10 (chest pain), 14 (drowning), 30 (traumatic injury: animal); Glasgow Coma Scale (8 or under: severe)"
    static let actSource = "Issue 13 (violence described by the act, not the word; improvised weapons)"
    static let threatSource = "APCO ANS 2.103.2 THREATS: a harm promised to a person or a household's water"
    static let suicideSource = "Columbia C-SSRS (preparatory acts: a ligature ready, means saved; an attempt in progress)"
    static let unseenSource = "Issue 13 (uncertainty: sounds heard but not seen, a call lost after asking for help); APCO ANS 2.103.2 SHOTS FIRED"

    static let entries: [Entry] = [
        Entry(pattern: "ALL OVER BOTH|THE LANES|ROAD|HIGHWAY|HWY, DRIFTING|WEAVING|SWERVING OVER|ACROSS|INTO THE FOG|CENTER|CENTRE|YELLOW|WHITE LINE|LINES, DRIVER IS|WAS|SEEMS|APPEARS ASLEEP, ASLEEP AT THE WHEEL, PASSED OUT AT THE WHEEL, WALKING|STANDING|LYING|LAYING|SITTING IN? THE MIDDLE OF THE? HIGHWAY|HWY|INTERSTATE|ROAD|FREEWAY|LANES, \(children) _? _? PLAYING|WALKING|STANDING|RUNNING ON|BY|AT|NEAR THE EDGE|SHOULDER OF THE? HIGHWAY|HWY|INTERSTATE|FREEWAY, \(children) _? _? _? _? ALONE IN A|THE|HER|HIS|THEIR CAR|VEHICLE|TRUCK|VAN",
              role: .concept(P, noun: false), source: roadSource),
        Entry(pattern: "LOCKED HER|HIM|THEM|ME IN THE|A|HIS|HER|THEIR|MY? BEDROOM|ROOM|BASEMENT|CLOSET|BATHROOM|GARAGE|SHED|TRUNK|HOUSE, LOCKED IN A|SOME|THIS GUYS|MANS|STRANGERS BASEMENT|ROOM|TRUNK|SHED|GARAGE, LOCKED IN THE|A TRUNK, TRIED|TRYING TO GET|PULL|LURE|DRAG HER|HIS|THEIR|THE|A|TWO|2|SOME? _? \(children)|GIRL|GIRLS|BOY|BOYS|DAUGHTER|SON|YO|TEEN|TEENS|STUDENT|STUDENTS INTO HIS|A VAN|CAR|TRUCK|VEHICLE",
              role: .concept(P, noun: false), source: custodySource),
        Entry(pattern: "MAN|GUY|MALE|SOMEONE|SOMEBODY|STRANGER AT|OUTSIDE|IN|PEEKING|PEEPING|LOOKING IN? MY|HER|HIS|OUR|THE|KIDS|CHILDS|DAUGHTERS|SONS _? BEDROOM|BATHROOM WINDOW|WINDOWS",
              role: .concept(P, noun: false), source: custodySource),
        Entry(pattern: "THROAT IS? CLOSING|SWELLING UP?, \(children)|YO|YOA|YOM|YOF _? GOT INTO _? _? _? PILLS|MEDS|MEDICATION|MEDICATIONS|MEDICINE|PRESCRIPTION, GCS OF? \(lowScores), ALS INTERCEPT, WENT UNDER AND? HASNT|DIDNT|NEVER COME|CAME|COMING BACK? UP, HASNT|DIDNT|NEVER COME|CAME|COMING BACK UP, HAS|DID NOT COME|CAME BACK UP, TRAMPLED|GORED|STOMPED|KICKED BY THE|A _? BULL|COW|HORSE|STEER|BISON|ELK|MOOSE|CATTLE, BULL|COW|HORSE|STEER TRAMPLED|GORED|STOMPED|KICKED \(persons), CHEST FEELS TIGHT|CRUSHED|HEAVY|SQUEEZED, CHEST FEELS LIKE AN|A? ELEPHANT|WEIGHT|VISE|VICE|TON, FOUND \(persons) ON THE|HER|HIS|THEIR _? FLOOR|GROUND, UNK|UNKNOWN HOW LONG SHE|HE|THEY|PT? HAS|HAVE|WAS? BEEN? DOWN, DRIVER|DRVR|PASSENGER|SOMEONE|PERSON|ONE|PT PINNED|TRAPPED, PINNED|TRAPPED IN|UNDER THE|A|HIS|HER? VEHICLE|CAR|TRUCK|TRACTOR|WRECKAGE, CAUGHT HIS|HER|THEIR FINGERS|FINGER|HAND|ARM|LEG|HAIR IN THE|A _? SPLITTER|AUGER|PTO|MACHINE|MACHINERY|BALER|COMBINE|CONVEYOR|SAW|PRESS|ROLLERS|GEARS|CHAIN|MIXER|SHREDDER|CHIPPER|GRINDER|BELT, FINGER|FINGERS|THUMB|TOE|TOES|HAND|EAR|FINGERTIP PARTIALLY|NEARLY|HALF|CUT OFF|AMPUTATED|SEVERED, PARTIALLY|NEARLY AMPUTATED|SEVERED",
              role: .concept(I, noun: false), source: medicalSource),
        Entry(pattern: "SLUGGED|SUCKERPUNCHED|DECKED \(persons), SUCKER PUNCHED \(persons), HANDS|HAND AROUND HER|HIS|MY|THEIR NECK|THROAT, DUMPED|THREW|PUSHED|KNOCKED \(persons) OUT OF HER|HIS|THEIR WHEELCHAIR|CHAIR|BED",
              role: .concept(V, noun: false), source: actSource),
        Entry(pattern: "CAME|COMING|WENT|RAN AT|AFTER \(persons) WITH A|AN|HIS|HER|THE? CLAW|TIRE? HAMMER|AXE|HATCHET|PITCHFORK|SHOVEL|BAT|CROWBAR|MACHETE|WRENCH|IRON|PIPE|BOARD|SICKLE|SCYTHE",
              role: .concept(WV, noun: false), source: actSource),
        Entry(pattern: "POISON THE|OUR|HIS|HER|THEIR|YOUR WELL|WATER, BREAK BOTH HIS|HER|YOUR|MY|THEIR LEGS|ARMS, FINISH|FINISHES|FINISHING ME|HER|HIM|YOU|THEM OFF, ILL|YOULL|HELL|SHELL|THEYLL BE IN A BOX|BODYBAG|COFFIN",
              role: .concept(T, noun: false), source: threatSource),
        Entry(pattern: "LEGS|LEG|FEET OVER THE|A RAIL|RAILING|LEDGE, ROPE|NOOSE TIED OFF, STANDING ON THE|A BUCKET|CHAIR|STOOL WITH A? ROPE|NOOSE|CORD|BELT, SAVED|SAVING|HOARDED|STOCKPILED|STASHED ENOUGH \(medications)|PILLS|MEDS PILLS|TABLETS|MEDS? TO GO|DIE|OD|END, PICS|PICTURES|PHOTOS OF FRESH CUTS|WOUNDS|CUTTING",
              role: .concept(S, noun: false), source: suicideSource),
        Entry(pattern: "RAPID|SEVERAL|MULTIPLE|# ROUNDS FIRED, LOUD POPS|BANGS FROM THE WOODS|TREES|FIELD|BARN|HOUSE|TRAILER, SOMETHING|GLASS|DISHES BREAKING|SHATTERING IN THE? BACKGROUND|BKGD|BKGRD, SOUNDED LIKE _? _? SOMETHING BREAKING, TEXTED|TEXT|MESSAGED CALL THE? COPS|POLICE|911, MUFFLED SOUNDS|VOICES|SCREAMS|SCREAMING|YELLING|STRUGGLE|CRYING",
              role: .unseenScene, source: unseenSource),
    ]

    /// Glasgow coma scores of a severe or moderate injury (3 to 12).
    static let lowScores = (3...12).map(String.init).joined(separator: "|")
}
