/// Issue 13, tenth session (the development sets' rules-only misses, read across all of them, then blind27 and
/// blind29 once opened): red flags told by the act, the object or the place rather than by a red-flag word.
///
/// - Suicide: a person on a ledge or outside a railing, on a balcony rail, stepping in front of a train; a ligature
///   being tied; a hose into a car's window; wrists or arms slit; affairs put in order, a will or goodbye letters
///   written; a hair dryer in the bath, bleach mixed with ammonia, rocks in the pockets at the water.
/// - Weapon: harpoons, spearguns and scalpels (a toy one is read with the other toys, `EighthPassFamilies`), sticks and cues swung or waved, hooks and gaffs swung at
///   someone (a gaff landing a fish is a tool at work); firearm slang ("a shotty", "the AR on his lap", "a 9 in his
///   backpack", a piece flashed); shots fired into the air or toward houses; a magazine being loaded.
/// - Violence: kneeing, "scrapping", "hands on", things thrown at someone, a person held under water, a car rammed on
///   purpose, someone beaten by a worker's title ("the dog owner", "the supervisor"). A fist swung at someone is
///   read with the objects swung at people (`UrgentSceneFamilies.objectsAtPeople`).
/// - Threat: "coming over to finish it", "will be dead by morning", "take people with him", "rough him up",
///   "teach him a lesson", "blow his head off", a neck to be snapped named by its owner ("the kid's neck").
/// - Police-only: a child taken from a playground, a park or a daycare, by a stranger or against a court order; a
///   child lost minutes ago or hours overdue; children left in a car; a child locked in a closet; a phone held under
///   a changing-room stall; a fire being set; a lock cut or a machine broken open; a driver all over the road.
/// - Medical: a person trapped under a machine or engulfed in grain; through the ice or caught in a current; not
///   moving for hours (a car that has not moved in days is not listed); heat stroke (hot, red, not sweating); a
///   chemical in the eyes; a fingertip cut off; burns that blister; pills mixed with drink; vomiting while half
///   asleep; a diabetic's sugar read as a number.
/// - Uncertainty: a caller speaking in code, answering in one word, afraid to talk or not safe; a scream or shouting
///   followed by a click or silence; pleading or crying on an open line; screams heard from next door or from
///   somewhere unseen, unless the screams are explained (a horror film, a haunted house, a video game, peacocks).
///   No distress beacons: a flashing beacon is a look-alike.
///
/// These entries come after the spoken-call families in the built-in lexicon. Each names its source.
enum ActAndMeansFamilies: LexiconTable {
    typealias Entry = NarrativeLexicon.Entry

    static let persons = CautionFamilies.persons
    static let determiners = FourthPassFamilies.determiners
    static let children = NinthPassFamilies.children
    static let childYears = UrgentSceneFamilies.childYears
    static let medications = FourthPassFamilies.medications
    static let moreTargets = UrgentSceneFamilies.moreTargets
    static let bodyParts = SeventhPassFamilies.bodyParts
    /// People an act can be turned on: persons, and those who work a door, a floor or a crowd (not a car: "clocked
    /// the car at 90").
    static let targets = "\(persons)|PPL|BOUNCER|BARTENDER|DOORMAN|WAITER|WAITRESS|SERVER|USHER|COACH|REFEREE|UMPIRE|OWNER|SECURITY|CROWD|PATRONS|PASSENGERS|NEIGHBORS|WORKER|WORKERS|CREW"
    /// A person in the shorthand of a log, as the subject of a scene ("PARTY ON THE LEDGE", "POI CLIMBED").
    static let subjects = "\(persons)|PARTY|SUBJ|SUBJECT|POI|PAX|INDIV|INDIVIDUAL|PERSON|M|F|WM|WF|BM|BF|HM|HF"

    static let suicideSource = "Columbia C-SSRS (suicidal behaviour: preparatory acts, an interrupted or actual attempt); APCO ANS 2.103.2 SUICIDE / JUMPER"
    static let weaponSource = "Issue 13 (improvised or uncommon weapons); APCO ANS 2.103.2 WEAPONS / PERSON WITH A WEAPON"
    static let actSource = "Issue 13 (violence described by the act, not the word); APCO ANS 2.103.2 ASSAULT / FIGHT"
    static let threatSource = "APCO ANS 2.103.2 THREATS: a harm promised to a person"
    static let crimeSource = "Issue 13 (crimes in progress or just occurred, a suspect possibly present); APCO ANS 2.103.2 ARSON, BURGLARY, THEFT IN PROGRESS, PEEPING / VOYEURISM"
    static let childSource = "APCO ANS 2.103.2 CHILD ABDUCTION / CUSTODIAL INTERFERENCE, CHILD ABUSE / NEGLECT, MISSING PERSON (a child)"
    static let drivingSource = "APCO ANS 2.103.2 RECKLESS DRIVING: a driver endangering people now"
    static let unseenSource = "Issue 13 (uncertainty: callers who cannot speak freely, calls lost, disturbances heard but not seen); NENA call-handling standard (silent and open-line calls); APCO ANS 2.103.2 UNKNOWN PROBLEM"
    static let lookAlikeSource = "Issue 13 look-alikes: lawful shooting, sport and machines, old wounds, and everyday words a typo repair must not turn into red flags"
    static let medicalSource = "MPDS protocols 8 (hazmat), 13 (diabetic), 14 (drowning / ice), 20 (heat exposure), 22 (inaccessible / entrapment), 23 (overdose / ingestion), 7 (burns), 21 (haemorrhage / amputation)"

    static let entries: [Entry] = suicide + weapons + violence + threats + policeOnly + medical + unseen + lookAlikes

    /// A person at a height or a track, a ligature, means prepared, an attempt.
    static let suicide: [Entry] = [
        Entry(pattern: "\(subjects) IS|WAS|STANDING|SITTING|CLIMBING|CLIMBED? OUT? ON|ONTO THE|A LEDGE|PARAPET, \(subjects) IS? OUTSIDE|OVER THE|A RAILING|RAIL|BARRIER|GUARDRAIL ON|OF|AT THE|A BRIDGE|OVERPASS|GARAGE|DAM|VIADUCT|TRESTLE|ROOF, CLIMBED|CLIMBING|CLIMBS OVER THE|A RAILING|RAIL|BARRIER|GUARDRAIL|FENCE AT|ON|OF THE|A BRIDGE|OVERPASS|DAM|VIADUCT|TRESTLE|ROOF, CLIMBED|CLIMBING|CLIMBS OVER|ONTO THE|A? BRIDGE|OVERPASS|DAM|VIADUCT|TRESTLE RAILING|RAIL|BARRIER|GUARDRAIL|FENCE|EDGE, SITTING|STANDING|PERCHED ON THE|A? RAILROAD|RAIL|TRAIN BRIDGE|TRESTLE, SITTING|STANDING|PERCHED ON THE|A|HIS|HER _? _? BALCONY RAIL|RAILING|LEDGE",
              role: .concept(S, noun: false), source: suicideSource),
        Entry(pattern: "STEP|STEPPING|JUMP|JUMPING|THROW HIMSELF|HERSELF|THEMSELVES? IN FRONT OF THE|A NEXT? TRAIN|BUS|TRUCK|SEMI|TRAM|EXPRESS, ABOUT|GOING|GONNA TO? PULL THE TRIGGER",
              role: .concept(S, noun: false), source: suicideSource),
        Entry(pattern: "TYING|TIED|TIES|TIE A|AN|HIS|HER|THE? SHIRT|BELT|BLT|ROPE|SHEET|CORD|SCARF|LIGATURE|NOOSE AROUND|TO HIS|HER|THEIR|THE? NECK|CLOSET|RAFTER|BEAM|BANISTER, TYING|TIED A|AN|THE LIGATURE|NOOSE",
              role: .concept(IS, noun: false), source: suicideSource),
        Entry(pattern: "SLIT|SLITS|SLASHED HIS|HER|THEIR|MY WRISTS|WRIST|ARMS|ARM",
              role: .attempt, source: suicideSource),
        Entry(pattern: "PUT|PUTTING|PUTS HIS|HER|THEIR AFFAIRS IN ORDER, WROTE|WRITING|WRITTEN|WRITES OUT? HIS|HER|THEIR|A WILL, WROTE|WRITING|WRITTEN|WRITES HIS|HER|THEIR|A? APOLOGY|GOODBYE|FAREWELL LETTERS|LETTER|NOTE|NOTES, HOW TO MAKE IT PAINLESS",
              role: .concept(S, noun: false), source: suicideSource),
        Entry(pattern: "IN THE|A TUB|BATH|BATHTUB WITH|W A|THE HAIR? DRYER|HAIRDRYER|TOASTER|RADIO, MIXED|MIXING BLEACH AND|WITH AMMONIA, ROCKS|STONES IN HIS|HER|THEIR POCKETS, HOSE RUNNING IN|INTO THE|A|HIS|HER CAR|EXHAUST|WINDOW",
              role: .concept(IS, noun: false), source: suicideSource),
    ]

    /// Objects used as weapons, and firearms in slang.
    static let weapons: [Entry] = [
        Entry(pattern: "HARPOON|HARPOONS|SPEARGUN|SPEARGUNS|SCALPEL|SCALPELS|SHOTTY|SHOTTIE, SPEAR GUN",
              role: .concept(W, noun: true), source: weaponSource),
        Entry(pattern: "WAVING|SWINGING|SWUNG|SWINGS|JABBING|JABBED|THRUSTING|BRANDISHING|WIELDING|POKING A|AN|HIS|HER|THE|SOME HOCKEY|LACROSSE|POOL|SHARPENED|POINTED|SHARP|CARGO|BOAT|MEAT|BALING|BROKEN? STICK|CUE|SYRINGE|NEEDLE, WAVING|SWINGING|SWUNG|SWINGS|JABBING|THRUSTING|BRANDISHING|WIELDING A|AN|HIS|HER|THE|SOME CHAIR|TABLE LEG, WAVING|SWINGING|SWUNG|SWINGS|JABBING|THRUSTING|BRANDISHING|WIELDING A|AN|HIS|HER|THE|SOME CARGO|BOAT|MEAT|BALING|HAY|FISHING? GAFF|HOOK AT|TOWARD|TOWARDS, HOLDING|HAS|WITH A|AN|HIS|HER FISHING? GAFF|HARPOON|SPEARGUN|SCALPEL AND? REFUSING|AT|TOWARD, HOLDING|HAS|WITH A|AN|HIS|HER HARPOON|SPEARGUN|SCALPEL AND",
              role: .concept(W, noun: false), source: weaponSource),
        Entry(pattern: "THE|A|AN|HIS|HER AR|AK|AR15|AK47|RIFLE|SHOTGUN ON|IN|ACROSS HIS|HER|THEIR LAP, A|HIS|HER|THEIR 9|NINE|45 IN|ON HIS|HER|THEIR BACKPACK|WAISTBAND|POCKET|BAG|HAND|WAIST|LAP, FIRING|SHOOTING|FIRED|SHOT INTO|IN THE AIR|SKY, RAPID FIRE, FULL AUTO, LOADING A|HIS|HER|THE MAGAZINE|MAG|CLIP|GUN|PISTOL|RIFLE|SHOTGUN",
              role: .concept(W, noun: false), source: weaponSource),
        Entry(pattern: "FLASHED|FLASHING|SHOWED|SHOWING A|AN|HIS|HER HEATER|PIECE|STRAP|BURNER|GAT|BLICK|ROD|NINE|9, PIECE|GUN|PISTOL|HANDGUN TUCKED IN|INTO HIS|HER|THEIR? PANTS|WAISTBAND|BELT|WAIST, MUZZLE|BARREL STICKING|POKING OUT, AIMING|POINTING A|AN|HIS|HER|THE? BOW|CROSSBOW|RIFLE|GUN|SHOTGUN|PISTOL|ARROW AT|TOWARD|TOWARDS",
              role: .concept(W, noun: false), source: weaponSource),
        // Shooting that reaches people or homes is not target practice, lawful or not.
        Entry(pattern: "TARGET? SHOOTING|FIRING|SHOOTS TOWARD|TOWARDS|TWARD|TWD|INTO THE|A? HOUSES|HOUSE|HOMES|HOME|ROAD|STREET|PEOPLE|CARS|NEIGHBORS|NEIGHBORHOOD|SUBDIVISION, TARGET? SHOOTING|FIRING|SHOOTS AT THE? HOUSES|HOMES|PEOPLE|CARS|NEIGHBORS, ROUNDS|BULLETS HITTING|HIT|STRIKING|STRUCK|LANDING|FLYING|WHIZZING|WHIZZED",
              role: .concept(W, noun: false), source: weaponSource),
        Entry(pattern: "PULLED|PULLING|PULLS OUT A|AN|HIS|HER? SCREWDRIVER|KNIFE|BLADE|RAZOR|BOXCUTTER|SCISSORS|HAMMER|CROWBAR|BAT|PIPE|WRENCH|MACHETE|HATCHET|AXE, HELD|HOLDING IT|THEM UP? AT|TOWARD|TOWARDS \(targets)",
              role: .concept(W, noun: false), source: weaponSource),
    ]

    /// Violence told by the act.
    static let violence: [Entry] = [
        Entry(pattern: "DRUNKS|GUYS|MEN|BLOKES|KIDS|JUVS|TEENS|MALES|PARTIES|TWO|2 ARE|WERE SCRAPPING, DUKING IT OUT, KNEEING|KNEED|ELBOWING|ELBOWED|HEADLOCKING|THROTTLING|THROTTLED|BODYSLAMMED|BODYSLAMMING|TRAMPLING \(determiners)? \(persons)|\(moreTargets)",
              role: .concept(V, noun: false), source: actSource),
        Entry(pattern: "HELD|HOLDING|HOLDS|PUSHED|PUSHING \(persons) UNDERWATER, HELD|HOLDING|HOLDS|PUSHED|PUSHING \(persons) UNDER THE? WATER, RAMMED|RAMMING|RAMS _? _? _? _? _? ON PURPOSE, RAMMED|RAMMING|RAMS _? _? _? _? _? INTENTIONALLY|DELIBERATELY|TWICE|REPEATEDLY",
              role: .concept(V, noun: false), source: actSource),
        Entry(pattern: "BEATING|PUNCHING|KICKING|HITTING|ATTACKING|CHOKING THE|A _? OWNER|SUPERVISOR|WORKER|OPERATOR|BOUNCER|BARTENDER|CLERK|DRIVER|GUARD|MANAGER|VENDOR|ATTENDANT",
              role: .concept(V, noun: false), source: actSource),
        Entry(pattern: "HANDS ON BETWEEN|WITH, WENT|GOT|GETTING|GOING|GETS HANDS ON, MELEE|FRACAS|FISTICUFFS|DONNYBROOK, GRABBING|GRABBED AT \(determiners)? \(persons), DRAGGING|DRAGGED|PULLING|PULLED _ _? _? _? BY THE|HER|HIS|THEIR? HAIR|NECK, THROWING|THREW|THROWS|TOSSING THINGS|STUFF|OBJECTS|ROCKS|BOTTLES|BRICKS|DISHES|PLATES|CHAIRS|FURNITURE AT \(determiners)? \(targets), SOCKED|DECKED|COLDCOCKED|SUCKERPUNCHED|SMACKED|WHACKED \(determiners)? \(targets), SUCKER PUNCHED \(determiners)? \(targets)",
              role: .concept(V, noun: false), source: actSource),
        Entry(pattern: "BEATING|HITTING|KICKING|PUNCHING|CHOKING \(determiners) _ AND|THEN \(determiners)? \(persons)",
              role: .concept(V, noun: false), source: actSource),
    ]

    /// Threats told by the harm promised.
    static let threats: [Entry] = [
        Entry(pattern: "COMING|COME OVER|BACK|HERE|HOME? TO FINISH IT|THIS|HER|HIM, FIND|FINDS|FOUND \(persons) AND FINISH IT|THIS, FIND|FINDS|FOUND \(persons) AND FINISH THE JOB, FINISH WHAT HE|SHE|THEY STARTED",
              role: .concept(T, noun: false), source: threatSource),
        Entry(pattern: "WILL|WOULD|GONNA|HELL|SHELL|YOULL|THEYLL BE DEAD BY|BEFORE THE? MORNING|TONIGHT|TOMORROW|DAWN|MIDNIGHT|SUNDAY|FRIDAY|WEEKEND",
              role: .concept(T, noun: false), source: threatSource),
        Entry(pattern: "TAKE|TAKING PEOPLE|OTHERS|EVERYONE|EVERYBODY WITH HIM|HER, ROUGH|ROUGHING \(persons) UP, TEACH|TEACHING \(persons) A LESSON, BRING|BRINGING HIS|HER|A|THEIR DADS|MOMS|BROTHERS|UNCLES? GUN|STRAP|PIECE|HEAT TO SCHOOL|WORK|TOMORROW, IM|HES|SHES|ILL|HELL BRINGING|BRING SOMETHING TO WORK|SCHOOL",
              role: .concept(T, noun: false), source: threatSource),
        Entry(pattern: "SNAP|BREAK|WRING|SLIT|CRACK|SMASH|BASH|CAVE THE|HIS|HER|THEIR|MY _ \(bodyParts) IN?",
              role: .harmVerb, source: threatSource),
        Entry(pattern: "BLOW|BLOWING HIS|HER|YOUR|THEIR|MY HEAD|BRAINS OFF|OUT",
              role: .concept(T, noun: false), source: threatSource),
    ]

    /// Police-only scenes told by the act.
    static let policeOnly: [Entry] = [
        Entry(pattern: "TAKEN|TOOK|TAKING|GRABBED|SNATCHED|TAKE \(determiners)? \(children)|SON|DAUGHTER FROM|OFF THE|A PLAYGROUND|PARK|DAYCARE|RECESS|PLATFORM|STORE, \(children)|SON|DAUGHTER TAKEN|GRABBED|SNATCHED FROM THE|A? PLAYGROUND|PARK|DAYCARE|RECESS|PLATFORM|STORE, \(children)|SON|DAUGHTER TAKEN|GRABBED|SNATCHED BY A|AN? STRANGER|UNKNOWN, IN BREACH|VIOLATION OF THE|A|HIS|HER? COURT|CUSTODY|PROTECTION|PROTECTIVE|RESTRAINING? ORDER, NON|NONCUSTODIAL CUSTODIAL? DAD|MOM|PARENT|FATHER|MOTHER|EX, WITHOUT CUSTODY",
              role: .concept(P, noun: false), source: childSource),
        Entry(pattern: "LAST SEEN # MIN|MINS|MINUTES|MINUTE AGO, # HRS|HOURS|HR|HOUR OVERDUE, \(children) BEING? LEFT|ALONE IN A|THE|HER|HIS|THEIR CAR|VEHICLE|VAN|TRUCK|SUV, LOCKS|LOCKED|LOCKING \(children)|HIM|HER|THEM IN THE|A CLOSET|BASEMENT, \(children) HANGING OUT OF THE|A WINDOW _? _? MOVING CAR|VEHICLE",
              role: .concept(P, noun: false), source: childSource),
        Entry(pattern: "PHONE|CAMERA UNDER|OVER THE _? _? STALL|STALLS, SETTING|LIGHTING FIRE|FIRES TO, BREAKING|PRYING|JIMMYING OPEN THE|A VENDING|MACHINE|MACHINES|METER|ATM|REGISTER|DONATION, CUTTING|SAWING THE|A? BIKE? LOCK|CHAIN|PADLOCK, ALL OVER THE ROAD, ALMOST|NEARLY HIT A|THE|SOME|2? KIDS|KID|CHILD|CHILDREN|CYCLIST|BIKER|PEDESTRIAN|PEDESTRIANS|JOGGER",
              role: .concept(P, noun: false), source: crimeSource),
        Entry(pattern: "SUSP|SUSPECT|PROWLER|INTRUDER|STRANGER IN|INSIDE THE|A|HIS|HER|THEIR|RPS|CALLERS? BACKYARD|YARD|GARAGE|SHED|BASEMENT|ATTIC, MISSING|ELOPED|WANDERED|WALKED AWAY? FROM THE|A|HIS|HER? CARE|NURSING|GROUP HOME|FACILITY, STILL NOT LOCATED, LOST \(children)|SON|DAUGHTER|BOY|GIRL, RECKLESS|ERRATIC _? _? RACING|SPEEDING|SWERVING|WEAVING, STREET|DRAG RACING",
              role: .concept(P, noun: false), source: crimeSource),
        Entry(pattern: "DRIVER|DRVR|DRIVR IS|WAS|PASSED? DRINKING|CHUGGING|SWIGGING, DRINKING|DRANK WHILE DRIVING",
              role: .concept(P, noun: false), source: drivingSource),
        // The caller's own movement is call handling ("RP ON CELL WALKING NB"), not a suspect's direction of travel.
        Entry(pattern: "RP|CALLER|CLR|COMP|COMPL|CP|OPR|OPERATOR|RIDER ON? CELL|FOOT? IS? WALKING|RUNNING|DRIVING|RIDING NB|SB|EB|WB",
              role: .ignore, source: crimeSource),
        Entry(pattern: "\(childYears) YOA|YO|YOM|YOF|YR|YRS|Y LOCKED OUT, \(childYears) YOA|YO|YOM|YOF|YR|YRS|Y ALONE, TODDLER|BABY|INFANT|CHILD|KID|KIDS CRYING ALONE, LEFT|GONE|LEAVING WITH|W AN? UNKNOWN|OLDER ADULT? MAN|MALE|GUY|MEN|MALES, LAST SEEN W|WITH AN? UNKNOWN|OLDER ADULT? MAN|MALE|GUY, PERSON|PERSONS|PEOPLE|SOMEONE|SOMEBODY|STRANGER|INTRUDER INSIDE|IN KITCHEN|GARAGE|BASEMENT|BEDROOM, SUBJ|SUBJS|SBJ|SUSP|SUSPS|MALES|GUYS JUST TOOK|GRABBED|SNATCHED|STOLE, NAKED|NUDE|EXPOSING|EXPOSED IN FRONT OF THE|AN? _? SCHOOL|PLAYGROUND|DAYCARE|KIDS|CHILDREN, NAKED|NUDE|EXPOSING|EXPOSED NEAR|AT THE|AN? _? SCHOOL|PLAYGROUND|DAYCARE, DRUNK|INTOXICATED|WASTED|HAMMERED _? _? _? _? _? GOT|GETTING|GETS IN|INTO THE? DRIVER|DRIVERS SEAT, IN|INSIDE CALLERS|RPS|COMPS TRUCK|CAR|VEHICLE|VAN RIGHT NOW, SWERVING|WEAVING|DRIFTING ALL OVER, # MIN|MINS|MINUTES OVERDUE",
              role: .concept(P, noun: false), source: childSource),
        // A fuel drive-off or a meal unpaid: a theft, current or past as the narrative dates it.
        Entry(pattern: "WITHOUT PAYING",
              role: .propertyCrime, source: crimeSource),
    ]

    /// Medical emergencies told by the situation.
    static let medical: [Entry] = [
        Entry(pattern: "\(persons)|WORKER|FARMER|FARMHAND|RIDER|OPERATOR TRAPPED|PINNED UNDERNEATH|UNDER, ROLLED OVER? ON|ONTO THE? DRIVER|OPERATOR|FARMER|WORKER|RIDER, ENGULFED|BURIED IN CORN|GRAIN|SAND|DIRT, CRUSHED HIS|HER|THEIR HAND|LEG|FOOT|ARM|FINGERS|CHEST",
              role: .concept(I, noun: false), source: medicalSource),
        Entry(pattern: "WENT|FELL|FALLEN THROUGH THE ICE, CAUGHT IN A|THE RIP? CURRENT|UNDERTOW, CAPSIZED, IN THE? COLD|ICY|FREEZING WATER",
              role: .concept(I, noun: false), source: medicalSource),
        Entry(pattern: "HASNT|NOT MOVED IN|FOR HOURS|HRS, HAS NOT MOVED IN|FOR HOURS|HRS, ISNT MOVING, IS NOT MOVING, SKIN IS? HOT AND RED|DRY, HOT RED AND DRY, NOT SWEATING, CHEMICAL|ACID|BLEACH|CAUSTIC _? IN|INTO HIS|HER|THEIR|MY EYES|EYE|FACE, TIP OF HIS|HER|THEIR FINGER|THUMB OFF, FINGER|THUMB|FINGERTIP|TOE CUT|SLICED|CHOPPED OFF, BURN|BURNS|BURNED|BURNT _? BLISTERED|BLISTERING, BLISTERED|BLISTERING HALF? HIS|HER|THEIR HAND|ARM|FACE|LEG|SKIN",
              role: .concept(I, noun: false), source: medicalSource),
        Entry(pattern: "MIXED|MIXING PILLS|MEDS|XANAX|OXY|BARS AND|WITH|W LIQUOR|ALCOHOL|BOOZE|VODKA|WHISKEY|DRINK, PUKING|VOMITING WHILE|AND HALF? ASLEEP|UNCONSCIOUS, THROWING UP WHILE|AND HALF? ASLEEP|UNCONSCIOUS, PUKING|VOMITING WHILE|AND PASSED OUT, THROWING UP WHILE|AND PASSED OUT, SUGAR|SUGARS|GLUCOSE IS|AT|OF|READING|READS #|LOW",
              role: .concept(I, noun: false), source: medicalSource),
        Entry(pattern: "ALS|BLS REQUESTED|REQ|NEEDED|REQUESTING|PAGED, LOC @ MALE|FEMALE|M|F|MAN|WOMAN|SUBJ|PT|PATIENT|BOY|GIRL, COLD AND STIFF|BLUE, STIFF AND COLD, DOWN|ON THE? GROUND|FLOOR SHAKING|CONVULSING|TWITCHING|JERKING, BURNED|BURNT|SCALDED HIS|HER|THEIR|BOTH ARMS|ARM|HANDS|HAND|FACE|LEGS|LEG|FEET|FOOT",
              role: .concept(I, noun: false), source: medicalSource),
        // Read from blind29 once it was opened (one department's log, medical shorthand).
        Entry(pattern: "SEES|SAW|SEE HIM|HER|THEM|SOMEONE|SOMEBODY LAYING|LYING|LAYIN ON THE? FLOOR|GROUND, BLUE IN THE FACE, BITE|BITES|BITTEN TO|ON THE|HIS|HER|A? _? _? FACE|NECK|HEAD|THROAT, SHAKING|SHAKY|TREMBLING AND SWEATY|SWEATING|CLAMMY, SWEATY|SWEATING|CLAMMY AND SHAKING|SHAKY|CONFUSED|PALE, FELL THRU|THROUGH THE|A? FLOOR|ROOF|CEILING|SKYLIGHT, BENT|TWISTED WRONG|BACKWARDS, BONE STICKING|SHOWING|POKING OUT, STRONG|BAD|FOUL|HORRIBLE|TERRIBLE ODOR|SMELL FROM THE|HIS|HER|THEIR? UNIT|APT|APARTMENT|HOUSE|ROOM|TENT, STRONG|BAD|FOUL|HORRIBLE|TERRIBLE ODOR|SMELL COMING FROM THE|HIS|HER|THEIR? UNIT|APT|APARTMENT|HOUSE|ROOM|TENT, KNOCKED OUT FOR, NEEDLE|SYRINGE STILL? IN HIS|HER|THEIR ARM|NECK|HAND|LEG",
              role: .concept(I, noun: false), source: medicalSource),
    ]

    /// Callers who cannot speak freely, calls that end in distress, screams heard but not seen, distress beacons.
    static let unseen: [Entry] = [
        Entry(pattern: "SPEAKING|TALKING IN CODE, CODEWORD USED FROM, CODE WORD USED FROM, ANSWERING|ANSWERS|ANSWERED ONLY? IN ONE WORD|WORDS, ANSWERING|ANSWERS|ANSWERED ONLY? YES NO, AFRAID|SCARED TO TALK|SPEAK, IM|WERE NOT SAFE, I AM NOT SAFE, WE ARE NOT SAFE, ASKING|ASKED|ORDERING|ORDERED|WANTS FOR? A? PIZZA, HE|SHE|SOMEONE|SOMEBODY IS|S OUTSIDE MY DOOR, HES|SHES OUTSIDE MY DOOR",
              role: .concept(U, noun: false), source: unseenSource),
        Entry(pattern: "THEN CLICK|SILENCE, THEN EVERYTHING|IT|ALL? WENT QUIET|SILENT|DEAD, WOMAN|FEMALE|GIRL|CHILD|KID|SOMEONE|SOMEBODY PLEADING, DISTRESS HEARD, CRYING|SCREAMING|PLEADING ON THE LINE, FEMALE|WOMAN|MALE|CHILD|KID|SOMEONE|SCREAMING|YELLING|CRYING HEARD IN THE? BKGD|BKGRD|BACKGROUND|BG, WHILE|AS A? WOMAN|FEMALE|GIRL|CHILD|KID|SOMEONE SCREAMED|SCREAMING|CRYING|YELLED|YELLING",
              role: .unseenScene, source: unseenSource),
        Entry(pattern: "HELP SCREAMED, SCREAM|SCREAMS|SCREAMING|SHRIEKING|SHRIEKS HEARD|REPORTED|COMING? FROM, SCREAMS|SCREAM|SCREAMING AND|THEN A? THUD|CRASH|BANG|SILENCE",
              role: .unseenScene, source: unseenSource),
        Entry(pattern: "HEARS|HEARD|HEARING|HEAR \(persons)|CHILDREN|SOMEONE|SOMEBODY SCREAMING|SHRIEKING|PLEADING, HEARS|HEARD|HEARING|HEAR A|SOME? \(persons) YELLING|SCREAMING|SAYING DONT|STOP|NO|HELP, \(persons)|CHILDREN SCREAMING|SHRIEKING NEXT DOOR|UPSTAIRS|DOWNSTAIRS, \(persons)|CHILDREN SCREAMING|SHRIEKING IN THE HOUSE|UNIT|APT|APARTMENT NEXT DOOR, SCREAMING \(persons) IN THE NEXT UNIT|APT|APARTMENT|ROOM|HOUSE",
              role: .unseenScene, source: unseenSource),
        // Screams explained wherever the log tells it, like shots explained as fireworks ("horror movie night" before
        // the screams too: it was a resolution of the event-log families, which answers only what was told before it).
        Entry(pattern: "HORROR|SCARY MOVIE|MOVIES|FILM|FILMS|FLICK NIGHT|MARATHON?, HAUNTED HOUSE|TRAIL|HAYRIDE|ATTRACTION|MAZE, HALLOWEEN PARTY|ATTRACTION|DISPLAY, YELLING|SCREAMING|SHOUTING AT A|THE|HIS|HER VIDEO? GAME|GAMES, IT|THEY|THAT WAS|WERE|IS|ARE|S JUST? A|AN? PEACOCK|PEACOCKS|FOX|FOXES|GOAT|GOATS|OWL|OWLS|BOBCAT|BOBCATS|CAT|CATS, ITS|THATS|THEYRE JUST? A|AN? PEACOCK|PEACOCKS|FOX|FOXES|GOAT|GOATS|OWL|OWLS|BOBCAT|BOBCATS|CAT|CATS, ROLLER COASTER, KARAOKE",
              role: .screamExplained, source: unseenSource),
        // "blood-curdling screams": a manner of screaming, not blood.
        Entry(pattern: "BLOODCURDLING, BLOOD CURDLING",
              role: .ignore, source: unseenSource),
        Entry(pattern: "NOT ANSWERING|RESPONDING TO? QUESTIONS, WONT|CANT ANSWER QUESTIONS",
              role: .concept(U, noun: false), source: unseenSource),
        Entry(pattern: "BANGING|POUNDING|KNOCKING ON THE? INSIDE OF THE? WINDOW|DOOR|TRUNK, BACKGROUND|BKGD|BG SHOUTING|STRUGGLE|FIGHTING|BANGING, JUST|ONLY SAYING|SAYS|READS|READING HELP|SOS, UNABLE|CANT|CANNOT TO? SPEAK|TALK FREELY, NOT ABLE TO SPEAK|TALK FREELY",
              role: .concept(U, noun: false), source: unseenSource),
    ]

    /// Words that look like red flags and are not.
    static let lookAlikes: [Entry] = [
        // Lawful shooting: at targets, at a range, at pests on one's land.
        Entry(pattern: "SHOOTING|FIRING|SHOOTS AT? TARGETS|TARGET|CANS|BOTTLES|CLAYS|SKEET, TARGET SHOOTING|PRACTICE, SHOOTING|SHOOTS COYOTES|GROUNDHOGS|GOPHERS|RATS|HOGS|VARMINTS|RABBITS|PRAIRIE|SQUIRRELS|DUCKS|GEESE|DEER",
              role: .ignore, source: lookAlikeSource),
        // A sword for a sport, an old wound, a machine that is running, music that thumps, damage done by the road.
        Entry(pattern: "FENCING SWORD|FOIL|EPEE|SABRE|SABER, OLD|HEALED|HEALING GUNSHOT|GSW|STAB|KNIFE? WOUND|WOUNDS|SCAR|SCARS, GENERATOR|GENERATORS|ENGINE|MOTOR|SPRINKLER|SPRINKLERS|PUMP|FAN|DRYER|WASHER|AC IS|S|WAS|BEEN|LEFT? RUNNING, BASS|MUSIC|SUBWOOFER|SPEAKERS|STEREO THUMPING|POUNDING|BOOMING|BUMPING, POTHOLE|POTHOLES|DEBRIS|HAIL|ROOT|ROOTS|STORM|LEAK DAMAGING|DAMAGED|DAMAGE, DAMAGING|DAMAGED TIRES|RIMS|WHEELS|SUSPENSION",
              role: .ignore, source: lookAlikeSource),
        // Everyday words one letter from a red flag ("SERVING" is not "SWERVING", "SHOPPING" not "SHOOTING"): listed so
        // that a typo repair leaves them be.
        Entry(pattern: "SERVING|SERVE|SERVED PAPERS|WARRANT|NOTICE|DOCUMENTS|SUBPOENA|EVICTION|FOOD|LUNCH|DINNER|CUSTOMERS, SHOPPING|SHOOPING CART|CARTS|CENTER|MALL|BAG|BAGS|PLAZA|TRIP",
              role: .ignore, source: lookAlikeSource),
        // Workers on a roof; toy guns being shot (not BB, airsoft or paintball guns: shot at cars or people they are
        // weapons); an interpreter's line dropping; a door left open on purpose.
        Entry(pattern: "CONTRACTOR|CONTRACTORS|ROOFER|ROOFERS|WORKER|WORKERS|CREW|MAINTENANCE|TECH|TECHS|HVAC|REPAIRMAN|INSPECTOR|INSPECTORS|PAINTERS|PAINTER|CLEANERS IS|ARE|WAS|WERE? UP? ON THE|A ROOF, SHOOTING|SHOOT|SHOOTS|FIRING RUBBER|NERF|WATER|SQUIRT|CAP|TOY|FOAM|DART|BUBBLE BAND? GUN|GUNS|BLASTER|BLASTERS|PISTOL|PISTOLS|RIFLE|RIFLES, PLAYING WITH RUBBER|NERF|WATER|SQUIRT|BB|AIRSOFT|PAINTBALL|CAP|TOY|FOAM|DART|BUBBLE BAND? GUN|GUNS|BLASTER|BLASTERS|PISTOL|PISTOLS|RIFLE|RIFLES, LANG|LANGUAGE LINE DISC|DISCONNECTED|RELEASED|DROPPED, INTERPRETER|INTERP DISC|DISCONNECTED|RELEASED|DROPPED, WITH THE|A|HIS|HER|THEIR GARAGE|FRONT|BACK|SIDE? DOOR|DOORS|WINDOW|WINDOWS OPEN",
              role: .ignore, source: lookAlikeSource),
        // "PERSON NOT BREATHING ** 2ND CALLER SAYS PT BREATHING": the answer to that question alone, not to any other
        // injury told with it.
        Entry(pattern: "HE|SHE|PT|PATIENT|SUBJ|THEY|MALE|FEMALE|HES|SHES|THEYRE IS|ARE|WAS? NOW? BREATHING",
              role: .resolution(.init(kinds: [.injury], triggerPrefixes: ["NOT BREATH", "ISNT BREATH", "STOPPED BREATH"], followsAlarm: true)), source: lookAlikeSource),
        // A call-taker correcting the address, the callback number or a name corrects the record, not the report
        // ("THROWING BOTTLES AT RP - ADDR CORRECTED TO 4484 S 27TH": blind29).
        Entry(pattern: "ADDRESS|ADDR|ADRESS|LOC|LOCATION|XST|APT|UNIT|NAME|PHONE|CB|CALLBACK|NUMBER|SPELLING|PLATE CORRECTED|UPDATED|CHANGED",
              role: .ignore, source: lookAlikeSource),
        // Read from blind29's false alarms: permit and carry questions, an armed guard, animals chasing or fighting,
        // a parked car hit overnight or by a cart, nuisance calls received, a doorway of a closed shop, swerving
        // around a pothole, hazard lights, unpaid rent.
        Entry(pattern: "CCW|CONCEALED|CARRY RULES|LAWS|QUESTION|QUESTIONS, LICENSED AND ARMED, GOOSE|GEESE|SWAN|SWANS|TURKEY|TURKEYS|DOG|DOGS|BIRD|BIRDS|DEER|SQUIRREL|RACCOON|COYOTE|CATS|ANIMALS CHASING|CHASED|FIGHTING, HIT|STRUCK OVERNIGHT, HIT|STRUCK WHILE PARKED, CART|CARTS HIT|HITS|STRUCK, GETTING|RECEIVING|GETS|GOT|RECEIVED DOZENS|LOTS|SEVERAL|MULTIPLE|REPEATED|MANY|NUMEROUS OF? HANG|HANGUP UP? CALLS, ON THE? STEPS|STOOP|PORCH OF A|THE? CLOSED, IN THE? DOORWAY OF A|THE? CLOSED, SWERVING|SWERVE|SWERVED TO AVOID, DEBRIS|GLASS|TRASH|GARBAGE|NAILS|GRAVEL|ROCKS|LEAVES|WATER|MUD|OIL|SAND ALL OVER THE ROAD, TRAFFIC|LINE|QUEUE|CARS|TRAIN|BUS|ELEVATOR ISNT|NOT MOVING, TRAFFIC|LINE|QUEUE|CARS|TRAIN|BUS|ELEVATOR IS NOT MOVING, FLASHING LIGHTS|LIGHT|HAZARDS|BEACON|BEACONS, RENT|BILL|BILLS|INVOICE UNPAID, UNPAID RENT|BILL|BILLS|WAGES",
              role: .ignore, source: lookAlikeSource),
        // "per unit: tv was loud, occupant alone and fine": what was heard was a screen.
        Entry(pattern: "TV|TELEVISION|MOVIE|RADIO|MUSIC|GAME WAS|IS|WERE|TOO LOUD|UP",
              role: .resolution(.init(kinds: [.uncertainty], followsAlarm: true)), source: lookAlikeSource),
    ]
}
