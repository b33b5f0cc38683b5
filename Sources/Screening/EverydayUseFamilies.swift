/// Issue 13, eleventh pass (`blind11.csv` as development data): the everyday uses of danger words in a public CAD
/// log, and the words with which a later log entry answers an earlier one.
///
/// - Patrol areas named by number ("BEAT 12", "SECTOR 4"): a place in the log's header, never a beating.
/// - Tools at their work (``NarrativeLexicon/Role/ordinaryUse``): a trade holding the tool (landscaper, butcher,
///   plumber) or the work it does (clearing brush, carving a pumpkin, breaking down boxes). The reading that uses
///   them (`NarrativeAnalysis+ToolAtWork.swift`) leaves a gun alone and any clause that turns a tool on a person.
/// - Lawful firearm business: background checks, carry classes, gun safes and locks, licensed ranges and clubs,
///   clay-target sports, an inherited collection, unloaded and cased. The firearm is the topic, not a danger.
/// - Idioms: shooting someone a text, killing for a cab, a death trap, bombing an exam.
/// - Words of resolution a call-back or a second caller gives: an alarm cancelled with its code, operator error,
///   the caller's own child coming home, paint rather than blood, a worker rather than a jumper, a fax tone on the
///   line, a caller who wanted the non-emergency number.
///
/// These entries come first in the built-in lexicon, so they win ties of equal length. Each names its source.
enum EverydayUseFamilies: LexiconTable {
    typealias Entry = NarrativeLexicon.Entry

    static let placeSource = "CAD header fields: patrol beat, sector, zone and district numbers (APCO/NENA CAD data exchange, unit and area identifiers)"
    static let toolSource = "Issue 13 eleventh pass: tools in ordinary use (trades and tasks that carry cutting or striking tools; the labelling guide counts a weapon used or threatened against a person)"
    static let firearmSource = "Issue 13 eleventh pass: lawful firearm business (background checks, carry permits and classes, safe storage, licensed ranges, transfers): a firearm as a topic, not a weapon present"
    static let idiomSource = "Issue 13 eleventh pass: idioms that use danger words"
    static let resolutionSource = "Issue 13 eleventh pass: call-back and second-caller outcomes (APCO ANS 2.103.2 disposition codes: alarm cancelled by keyholder, false alarm, unfounded)"

    static let persons = CautionFamilies.persons
    static let determiners = FourthPassFamilies.determiners
    static let firearms = "GUN|GUNS|FIREARM|FIREARMS|RIFLE|RIFLES|SHOTGUN|SHOTGUNS|PISTOL|PISTOLS|HANDGUN|HANDGUNS|REVOLVER|REVOLVERS"
    /// 1 to 99: the numbers a patrol beat or sector carries.
    static let areaNumbers = (1...99).map(String.init).joined(separator: "|")

    static let entries: [Entry] = places + tools + firearmBusiness + idioms + resolutions + damageFound

    static let damageSource = "Issue 13, item 4: a theft or damage found after the fact, with no suspect present, is a report a responder can take (CrimeTiming decides; APCO ANS 2.103.2 BURGLARY - NOT IN PROGRESS, VANDALISM - REPORT)"

    /// Damage and entry found after the fact ("shed broken into, discovered this morning", "tires slashed
    /// overnight"): theft-like words whose timing the narrative decides (``CrimeTiming``): a past report when the
    /// narrative places it in the past, police-only when current or unstated.
    static let damageFound: [Entry] = [
        Entry(pattern: "BROKEN INTO|IN OVERNIGHT|SOMETIME|DURING|OVER, \(determiners)? _? SHED|GARAGE|CAR|TRUCK|VAN|VEHICLE|STORAGE|LOCKER|UNIT|CAMPER|BOAT|MAILBOX|CABIN|HOUSE|HOME|APT|APARTMENT|OFFICE|STORE|BUSINESS WAS|GOT|HAS|HAD? BEEN? BROKEN INTO|IN",
              role: .propertyCrime, source: damageSource),
        // "someone broke into her car sometime last night" (twelfth pass): a vehicle or outbuilding, not a home.
        Entry(pattern: "BROKE|GOT INTO|IN \(determiners)? _? CAR|TRUCK|VAN|VEHICLE|SHED|STORAGE|LOCKER|CAMPER|BOAT|MAILBOX|MAILBOXES|CARS|TRUCKS|VEHICLES",
              role: .propertyCrime, source: damageSource),
        Entry(pattern: "TIRES|TIRE|WINDOW|WINDOWS|WINDSHIELD|MIRROR|LOCK|LOCKS|DOOR|SEATS|TOP|CONVERTIBLE WAS|WERE|GOT|HAS|HAVE|HAD? BEEN? SLASHED|BROKEN|SMASHED|CUT|PRIED|SHATTERED|KEYED|SPRAYPAINTED",
              role: .propertyCrime, source: damageSource),
        Entry(pattern: "\(determiners)? _? CAR|TRUCK|VAN|VEHICLE|CARS WAS|WERE|GOT? KEYED|SCRATCHED|EGGED|TAGGED|VANDALIZED",
              role: .propertyCrime, source: damageSource),
    ]

    /// "BEAT 12", "SECTOR 4": a patrol area. "BEAT 2 GUYS UP" stays a beating (a longer phrase wins).
    static let places: [Entry] = [
        Entry(pattern: "BEAT|BEATS|SECTOR|ZONE|DISTRICT|DIST|POST \(areaNumbers)", role: .ignore, source: placeSource),
        // "BEAT H3", "SECTOR 2A": an area named by a code of letters and digits (thirteenth pass).
        Entry(pattern: "BEAT|BEATS|SECTOR|ZONE|DISTRICT|DIST|POST @", role: .ignore, source: placeSource),
        Entry(pattern: "BEAT|BEATING|BEATS \(areaNumbers) GUYS|MEN|PEOPLE|KIDS|WOMEN|PERSONS|\(persons)",
              role: .concept(V, noun: false), source: placeSource),
    ]

    /// Trades that carry cutting or striking tools, and the work the tools do.
    static let tools: [Entry] = [
        Entry(pattern: "LANDSCAPER|LANDSCAPERS|LANDSCAPING|GARDENER|GARDENERS|PLUMBER|PLUMBERS|CARPENTER|CARPENTERS|ROOFER|ROOFERS|ELECTRICIAN|FISHERMAN|FISHERMEN|FISHING|ANGLER|ARBORIST|ARBORISTS|HANDYMAN|MECHANIC|LUMBERJACK|FARMER|RANCHER|TRIMMER|TRIMMERS",
              role: .ordinaryUse, source: toolSource),
        Entry(pattern: "TO? CLEAR|CLEARING|CUT|CUTTING|TRIM|TRIMMING|CHOP|CHOPPING|SPLIT|SPLITTING|PRUNE|PRUNING|HACKING AT? \(determiners)? _? BRUSH|BRANCHES|WEEDS|VINES|HEDGES|HEDGE|LIMBS|LOGS|FIREWOOD|WOOD|KINDLING|GRASS|BUSHES|UNDERBRUSH|IVY|BAMBOO|TREE|TREES|LIMB|BRANCH|ROOTS|STUMP",
              role: .ordinaryUse, source: toolSource),
        Entry(pattern: "COOKING|COOKS|CHOPPING|SLICING|DICING|PEELING|MINCING|WHITTLING|GRILLING|BUTCHERING|PROCESSING",
              role: .ordinaryUse, source: toolSource),
        Entry(pattern: "TO? CARVING|CARVES|CARVE A|THE|HIS|HER|SOME PUMPKIN|PUMPKINS|TURKEY|ROAST|HAM|WOOD|SCULPTURE|SIGN, TO? CLEAN|CLEANING|FILLET|FILLETING|GUT|GUTTING|SCALING A|THE|HIS|HER|THEIR? FISH|CATCH|DEER, TO? BREAK|BREAKING|BREAKS DOWN A|THE|SOME? BOXES|CARDBOARD|PALLETS|PALLET, TO? OPEN|OPENING BOXES|PACKAGES|CARTONS|CRATES",
              role: .ordinaryUse, source: toolSource),
        Entry(pattern: "TO? PUT|PUTTING|HANG|HANGING|POST|POSTING|NAILING|STAKING UP? \(determiners)? YARD|GARAGE|CAMPAIGN|ESTATE|MOVING? SALE|OPEN? SIGN|SIGNS|SIGSN|FLYERS|POSTERS|DECORATIONS|LIGHTS|FENCE|SHELF|SHELVES|PICTURES, TO? DIG|DIGGING A|THE? HOLE|HOLES|GARDEN|TRENCH|POST|POSTS|HOES, METAL DETECTING, TO? SHARPEN|SHARPENING|SHARPENS A|THE|HIS|HER? LAWNMOWER|MOWER|SKATE|SKATES|CHAINSAW|CHAIN? BLADE|BLADES|CHAIN",
              role: .ordinaryUse, source: toolSource),
        Entry(pattern: "RENOVATING|RENOVATES|REMODELING|REMODELLING|REPAIRING|DEMOLISHING|GUTTING|REBUILDING|FRAMING|FIXING|MENDING|PATCHING, BATTING CAGE|CAGES|PRACTICE, BALL|BASEBALL|SOFTBALL FIELD|FIELDS|DIAMOND|GAME|PRACTICE, AND|N A? BALL? GLOVE|MITT, ON HIS|HER|A|THEIR? SMOKE|LUNCH|CIGARETTE? BREAK, BUTCHER|MEAT|DELI SHOP|COUNTER|DEPT|DEPARTMENT WORKER|EMPLOYEE|CLERK, TO|AT HIS|HER|THEIR|THE CAMPSITE|CAMP|CABIN|WOODPILE|JOBSITE|JOB SITE?, KNIFE|TOOL|CHEF ROLL|KIT|BAG, KNIFE COLLECTION|SHOW|SHARPENING, CONSTRUCTION SITE|ZONE|CREW",
              role: .ordinaryUse, source: toolSource),
        // A prop or toy named after its noun ("chainsaw props, no chain"), and toy guns by make.
        Entry(pattern: "CHAINSAW|CHAINSAWS|SWORD|SWORDS|AXE|AXES|MACHETE|KNIFE|KNIVES|GUN|GUNS|RIFLE|RIFLES PROP|PROPS|REPLICA|REPLICAS|DECORATION|DECORATIONS, PLASTIC|FOAM|RUBBER|WOODEN|CARDBOARD|INFLATABLE TOY SWORD|SWORDS|GUN|GUNS|KNIFE|RIFLE|AXE|CHAINSAW, RUBBER BAND GUN|GUNS|RIFLE, RUBBERBAND GUN|GUNS|RIFLE, NERF|SQUIRT|WATER|BUBBLE|CAP|SPUD|DART|FOAM DART? GUN|GUNS|BLASTER|BLASTERS",
              role: .ignore, source: toolSource),
        Entry(pattern: "FAKE|PROP|DUMMY|PLASTIC|HALLOWEEN BODY|BODIES|SKELETON|CORPSE|MANNEQUIN|DECORATION|DECORATIONS", role: .ignore, source: toolSource),
        // A fallen tree or branch is the object of the work, not a fall (sixth session).
        Entry(pattern: "FALLEN|DOWNED TREE|TREES|BRANCH|BRANCHES|LIMB|LIMBS|LOG|LOGS|ROCK|ROCKS|LEAVES|SIGN|SIGNS|DEBRIS|FENCE|SHELF|SHELVES|SNOW|ICE|GUTTER|ANTENNA",
              role: .ignore, source: toolSource),
    ]

    /// A firearm as the topic of lawful business.
    static let firearmBusiness: [Entry] = [
        Entry(pattern: "BACKGROUND CHECK|CHECKS, CONCEALED|OPEN CARRY CLASS|PERMIT|PERMITS|LICENSE|LICENCE|COURSE|INSTRUCTOR|APPLICATION|RENEWAL, CCW CLASS|PERMIT|PERMITS|LICENSE|LICENCE|COURSE|INSTRUCTOR|APPLICATION|RENEWAL, HUNTER|HUNTING|FIREARMS|FIREARM|GUN SAFETY|EDUCATION CLASS|COURSE|LICENSE|CERTIFICATE",
              role: .ignore, source: firearmSource),
        Entry(pattern: "GUN|FIREARM|RIFLE|PISTOL SAFE|SAFES|LOCK|LOCKS|CABINET|VAULT|STORE|STORES|SHOP|SHOPS|DEALER|SHOW|CLUB|RANGE|RANGES|BUYBACK|SAFETY|PERMIT|REGISTRATION, SHOOTING|FIRING|TARGET|SKEET|TRAP|ARCHERY RANGE|RANGES|CLUB|CLUBS|LANE|LANES, SKEET|TRAP|CLAY|CLAYS SHOOTING|SHOOT|PRACTICE, SPORTING CLAY|CLAYS",
              role: .ignore, source: firearmSource),
        Entry(pattern: "SALE|SALES|PURCHASE|BUYING|BUY|INHERITED|INHERITING|INHERIT|DONATING|SURRENDER|SURRENDERING OF? \(determiners)? _? _? \(firearms)|COLLECTION, TURNING|TURN IN \(determiners)? _? _? \(firearms), UNLOADED AND|N CASED|LOCKED|STORED, CASED AND|N UNLOADED|LOCKED",
              role: .ignore, source: firearmSource),
    ]

    /// Idioms: the words of danger used for something else.
    static let idioms: [Entry] = [
        Entry(pattern: "SHOOT|SHOOTS|SHOOTING|SHOT ME|HIM|HER|US|THEM|YOU|RP|CALLER A|AN TEXT|EMAIL|MESSAGE|LINE|NOTE|CALL|PIC|PICTURE|TXT, KILL|KILLING FOR A|AN|SOME|ONE CAB|RIDE|COFFEE|BEER|DRINK|SANDWICH|NAP|BED|SMOKE|BURGER|PIZZA, DEATH TRAP|TRAPS, BOMBED|BOMBING|BOMBS HIS|HER|THE|MY|AN|A|THEIR EXAM|TEST|INTERVIEW|PRESENTATION|AUDITION|QUIZ|FINAL|FINALS, KILL|MURDER|KILLS|MURDERS|KILLING ME|HIM|HER|THEM|US FOR BEING LATE, BEHIND HIS|HER|THEIR|MY|YOUR|THE BACK",
              role: .ignore, source: idiomSource),
    ]

    /// First words of a report of blood: all that "it's red paint" can answer ("not breathing // it's red paint"
    /// stays).
    static let bloodWords = ["BLOOD", "BLEED", "COVERED", "SOAKED", "PUDDLE", "POOL", "TRAIL", "SPLATTER", "STAIN", "SMEAR"]

    /// What a call-back, a keyholder or a second caller says the first report was.
    static let resolutions: [Entry] = [
        // "... // PER CALLER IT'S HIS FRIEND" says who, not what was done: it answers a prowler or an unseen scene
        // ("prowler; upd it's her neighbor"), never a weapon ("man with a gun - it's his friend" stays).
        Entry(pattern: "ITS|THATS|IT|THAT WAS|IS? HIS|HER|THEIR|MY|CALLERS|RPS \(persons)|FRIEND|FRIENDS|BUDDY|COUSIN|NEPHEW|NIECE|UNCLE|AUNT|COWORKER|BOSS|EX|BROTHER|SISTER|FAMILY",
              role: .resolution(.init(kinds: [.policeOnly, .uncertainty])), source: resolutionSource),
        // An alarm cancelled by its keyholder or code; an alarm set off by a user.
        Entry(pattern: "CANCELLED|CANCELED|CANCELS|CANCEL W|WITH|BY|USING THE? CODE|PASSCODE|PASSWORD|KEYHOLDER|KEYHOLDERS|OWNER|MANAGER|SUBSCRIBER|ALARM|KEY HOLDER|CO|COMPANY?, PASSCODE|PASSWORD GIVEN|VERIFIED|CORRECT|PROVIDED, PASS CODE GIVEN|VERIFIED|CORRECT|PROVIDED, EMPLOYEE|USER|OPERATOR|STAFF|HUMAN|CUSTOMER ERROR, SET OFF BY|ACCIDENTALLY \(determiners)? EMPLOYEE|STAFF|OWNER|RESIDENT|KEYHOLDER|CLEANER|CLEANERS|CLEANING|CREW|DOG|CAT",
              role: .resolution(.init(kinds: [.policeOnly, .uncertainty], followsAlarm: true)), source: resolutionSource),
        // The caller's own people and animals; play named as play.
        // Who it was, not what was done: they answer an unseen scene or a prowler, never a stabbing ("... - by his
        // own son" stays).
        Entry(pattern: "CALLERS|RPS|COMPS|HER|HIS|THEIR OWN SON|DAUGHTER|KID|KIDS|CHILD|CHILDREN|HUSBAND|WIFE|ROOMMATE|TENANT|GRANDSON|GRANDDAUGHTER|NEPHEW|NIECE|DOG|CAT|PARROT|BIRD",
              role: .resolution(.init(kinds: [.policeOnly, .uncertainty])), source: resolutionSource),
        // Play fighting and play wrestling explain a fight wherever they are told (`SixthPassFamilies.lookAlikes`).
        Entry(pattern: "PLAYING HIDE AND|N SEEK, PLAYING TAG|CHASE|GAMES, PLAYING A|VIDEO GAME|GAMES",
              role: .resolution(.init(kinds: [.violence, .policeOnly, .uncertainty])), source: resolutionSource),
        // Not blood (also right after the report, in the same entry: "MAN BLEEDING AT THE BUS STOP IT IS PAINT"); not a
        // jumper; not a person on the line.
        Entry(pattern: "ITS|THATS|IT WAS|IS|JUST|ONLY? JUST|ONLY? RED? PAINT|KETCHUP|DYE|MAKEUP|SAUCE|JUICE|WINE|SYRUP|RUST|STAIN, FAKE|STAGE|THEATER|THEATRE|THEATRICAL|MOVIE|PROP|HALLOWEEN BLOOD, SPILLED|SPILT|DROPPED PAINT|KETCHUP|WINE|JUICE|DYE|SAUCE",
              role: .resolution(.init(kinds: [.injury, .violence], triggerPrefixes: Self.bloodWords, followsAlarm: true)),
              source: resolutionSource),
        // A worker on a railing or in a yard; never an answer to a weapon ("pointing a gun // he's a contractor").
        Entry(pattern: "HES|SHES|THEYRE|HE|SHE|THEY IS|ARE? A|AN? CITY|PARKS|UTILITY|COUNTY|STATE|CONSTRUCTION|BRIDGE|MAINTENANCE|PAINTING? WORKER|WORKERS|PAINTER|PAINTERS|CREW|EMPLOYEE|EMPLOYEES|INSPECTOR|INSPECTORS|TECH|TECHNICIAN|TECHNICIANS|CONTRACTOR|CONTRACTORS",
              role: .resolution(.init(kinds: [.suicide, .policeOnly, .uncertainty])), source: resolutionSource),
        Entry(pattern: "FAX|MODEM TONE|TONES|MACHINE, ANSWERING MACHINE, WANTED|WANTS|NEEDED|NEEDS|ASKING|ASKED FOR? THE? NON|NONEMERGENCY|NONEMERG EMERG|EMERGENCY|EMERGENCYS|EMEGR|EMERGENT|NUMBER|LINE, JUST WANTED|WANTS|NEEDED INFO|DIRECTIONS|ADVICE, JUST WANTED|WANTS|NEEDED A PHONE NUMBER",
              role: .resolution(.init(kinds: [.uncertainty])), source: resolutionSource),
        // Asleep, not down: a report of someone not breathing or down, answered by a second caller.
        // "Was asleep" is weak: it closes an explanation ("pt breathing, was asleep"), never opens an answer ("not
        // breathing - was sleeping when mom found her" stays).
        Entry(pattern: "WAS|WERE|JUST|ONLY ASLEEP|SLEEPING|NAPPING",
              role: .resolution(.init(isStrong: false, kinds: [.injury, .uncertainty])), source: resolutionSource),
        Entry(pattern: "BREATHING NORMALLY|FINE|OK|OKAY",
              role: .resolution(.init(kinds: [.injury, .uncertainty])), source: resolutionSource),
        // "POSS SHOTS RPTD EARLIER CONFIRMED FIREWORKS": the sound confirmed as harmless, in its own item or as the
        // answer of the entry before ("SHOTS FIRED -- C/O CONFIRMS FIREWORKS"); a cut answer resolves nothing.
        Entry(pattern: "CONFIRMED|CONFIRMS|VERIFIED|VERIFIES|DETERMINED|DETERMINES AS|TO? BE? A? FIREWORKS|FIRECRACKERS|BACKFIRE|BACKFIRING|BACKFIRES|TRANSFORMER",
              role: .resolution(.init(kinds: [.weapon, .violence, .uncertainty], followsAlarm: true)), source: resolutionSource),
    ]
}
