import Vocabulary

/// Call-taker remarks for the demo data, written for this project in CAD style (upper case, `/` between
/// statements, abbreviations such as SUBJ, CLR, VEH). They are not copied from the report's Figure 2.
///
/// Templates hold slots in braces (`{AGE}`, `{STREET}`...) filled from small word lists. For the eligible types a
/// share of calls equal to 1 − Figure 3's eligibility rate carries a red flag (weapon, violence, threat, injury),
/// which is what call-takers screen out; the other calls sometimes carry a reassuring negation ("NO WEAPONS SEEN").
/// A few narratives hold a comma, a `"` quotation or an embedded line break, so CSV quoting is exercised.
struct NarrativeBook: Sendable {
    /// One piece of a parsed template.
    enum Piece: Sendable {
        case text([UInt8])
        case slot(Slot)
    }

    /// The slot kinds a template may use.
    enum Slot: String, Sendable, CaseIterable {
        case age = "AGE", minutes = "MIN", relation = "REL", vehicle = "VEH", direction = "DIR", street = "STREET"
        case subject = "SUBJ", clothing = "CLOTH", kids = "KIDS", plate = "PLATE", shout = "SHOUT", animal = "ANIMAL"
    }

    /// Parsed templates per call type code (all eligible types, the busiest other types).
    private let byCode: [String: [[Piece]]]
    /// Parsed templates per category for the other citizen-initiated types.
    private let byCategory: [DemoCallCategory: [[Piece]]]
    /// Parsed templates per officer-initiated type (an empty template list means an empty narrative).
    private let byOfficerCode: [String: [[Piece]]]
    private let redFlags: [[UInt8]]
    private let negations: [[UInt8]]
    private let closers: [[UInt8]]

    init() {
        func parse(_ template: String) -> [Piece] {
            var pieces: [Piece] = []
            var rest = Substring(template)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                if open > rest.startIndex { pieces.append(.text(Array(rest[..<open].utf8))) }
                let name = String(rest[rest.index(after: open)..<close])
                if let slot = Slot(rawValue: name) {
                    pieces.append(.slot(slot))
                } else {
                    pieces.append(.text(Array(rest[open...close].utf8)))
                }
                rest = rest[rest.index(after: close)...]
            }
            if !rest.isEmpty { pieces.append(.text(Array(rest.utf8))) }
            return pieces
        }
        byCode = Self.eligibleTemplates.merging(Self.otherTypeTemplates) { a, _ in a }.mapValues { $0.map(parse) }
        byCategory = Self.categoryTemplates.mapValues { $0.map(parse) }
        byOfficerCode = Self.officerTemplates.mapValues { $0.map(parse) }
        redFlags = Self.redFlagPhrases.map { Array($0.utf8) }
        negations = Self.negationPhrases.map { Array($0.utf8) }
        closers = Self.closerPhrases.map { Array($0.utf8) }
    }

    /// Writes the narrative of one call into `out` (cleared first), drawing every choice from `rng`.
    /// - Parameters:
    ///   - code: the call type code.
    ///   - category: its category; `nil` for officer-initiated activity.
    ///   - isEligible: whether the type is one of the 18 community-responder-eligible types.
    ///   - redFlag: whether the remark carries a screening red flag.
    func write(code: String, category: DemoCallCategory?, isEligible: Bool, redFlag: Bool, into out: inout [UInt8],
               using rng: inout Xoshiro256) {
        out.removeAll(keepingCapacity: true)
        let templates: [[Piece]]
        if category != nil, let t = byCode[code] {
            templates = t
        } else if let category {
            templates = byCategory[category] ?? []
        } else {
            templates = byOfficerCode[code] ?? []
        }
        guard !templates.isEmpty else { return }
        // Roughly 1 narrative in 150 has a line break between two statements instead of " / ".
        let breakLine = rng.below(150) == 0
        render(templates[rng.below(templates.count)], code: code, into: &out, using: &rng)
        guard category != nil else { return }
        func separator(_ out: inout [UInt8]) {
            if breakLine { out.append(0x0A) } else { out.append(contentsOf: Array(" / ".utf8)) }
        }
        if redFlag {
            separator(&out)
            out.append(contentsOf: redFlags[rng.below(redFlags.count)])
        } else if isEligible, rng.chance(0.4) {
            separator(&out)
            out.append(contentsOf: negations[rng.below(negations.count)])
        }
        if rng.chance(0.3) {
            out.append(contentsOf: Array(" / ".utf8))
            out.append(contentsOf: closers[rng.below(closers.count)])
        }
    }

    private func render(_ pieces: [Piece], code: String, into out: inout [UInt8], using rng: inout Xoshiro256) {
        for piece in pieces {
            switch piece {
            case .text(let bytes):
                out.append(contentsOf: bytes)
            case .slot(let slot):
                fill(slot, into: &out, using: &rng)
            }
        }
    }

    private func fill(_ slot: Slot, into out: inout [UInt8], using rng: inout Xoshiro256) {
        func pick(_ list: [String]) { out.append(contentsOf: list[rng.below(list.count)].utf8) }
        func number(_ range: ClosedRange<Int>) {
            out.append(contentsOf: String(range.lowerBound + rng.below(range.count)).utf8)
        }
        switch slot {
        case .age: number(14...84)
        case .minutes: number(5...90)
        case .kids: number(2...5)
        case .relation: pick(Self.relations)
        case .vehicle: pick(Self.vehicles)
        case .direction: pick(["N", "S", "E", "W"])
        case .street: pick(Self.streets)
        case .subject: pick(Self.subjects)
        case .clothing: pick(Self.clothing)
        case .shout: pick(Self.shouts)
        case .animal: pick(["DOG", "PIT BULL", "CAT", "PUPPY", "2 DOGS"])
        case .plate:
            for _ in 0..<3 { out.append(UInt8(65 + rng.below(26))) }
            for _ in 0..<4 { out.append(UInt8(48 + rng.below(10))) }
        }
    }

    // MARK: - Word lists (invented)

    static let relations = ["BOYFRIEND", "GIRLFRIEND", "BROTHER", "SISTER", "MOTHER", "FATHER", "SON", "DAUGHTER",
                            "COUSIN", "ROOMMATE", "EX-HUSBAND", "EX-GIRLFRIEND", "NEPHEW", "UNCLE"]
    static let vehicles = ["SILVER SEDAN", "BLK SUV", "RED PICKUP", "WHITE VAN", "GRY MINIVAN", "BLUE HATCHBACK",
                           "GREEN CROSSOVER", "MAROON SEDAN, TINTED WINDOWS"]
    static let streets = ["N TAMSIN ST", "W CALLOWAY AVE", "W BREMMER ST", "S OXLIP AVE", "N 27TH ST", "W HALVERSON RD",
                          "S 16TH ST", "N LINDQUIST PL", "E ORMSBY AVE", "W KESTREL LN", "N 51ST BLVD", "S PRAIRIE DR"]
    static let subjects = ["M/SUBJ", "F/SUBJ", "MALE SUBJ", "FEMALE SUBJ", "OLDER MALE", "YOUNG FEMALE", "JUV MALE",
                           "2 MALE SUBJS"]
    static let clothing = ["BLK HOODIE", "RED JACKET", "GRY SWEATS", "TANK TOP", "WHITE T-SHIRT, JEANS", "GREEN COAT"]
    static let shouts = ["GET OUT", "LEAVE ME ALONE", "I'M NOT GOING ANYWHERE", "CALL THEM THEN", "THIS IS MY HOUSE"]

    /// Red flags: what makes call-takers screen a call out of community response.
    static let redFlagPhrases = [
        "SUBJ HAS A KNIFE", "CLR STATES SUBJ THREATENED TO SHOOT HER", "SUBJ IS BLEEDING FROM THE HEAD",
        "SUBJ PUNCHED CLR IN THE FACE", "POSS GUN IN WAISTBAND", "SUBJ BROKE WINDOW, THREATENING TO KILL CLR",
        "CLR STATES SUBJ CHOKED HER", "SUBJ SWINGING A BAT", "WEAPONS IN THE HOUSE / SUBJ HAS ACCESS",
        "SUBJ SAID \"I WILL HURT YOU\"",
    ]
    /// Reassuring negations typical of safe calls.
    static let negationPhrases = [
        "NO WEAPONS SEEN", "NO INJURIES", "NO VIOLENCE", "CLR DENIES ANY WEAPONS", "NOTHING PHYSICAL",
        "NO THREATS MADE", "UNK WEAPONS / NONE SEEN",
    ]
    /// Closing remarks.
    static let closerPhrases = [
        "CLR WILLING TO SPEAK TO SQUAD", "CALLBACK NUMBER ON FILE", "CLR WANTS NO CONTACT", "REQ SQUAD ASAP",
        "CLR WILL MEET SQUAD OUTSIDE", "ONGOING ISSUE",
    ]

    // MARK: - Templates

    /// 3-6 templates per eligible type.
    static let eligibleTemplates: [String: [String]] = [
        "TRBL W/SUBJ": [
            "CLR STATES {REL} REFUSES TO LEAVE THE RESIDENCE / ARGUING FOR {MIN} MINS",
            "CLR REPORTS {SUBJ} IN {CLOTH} BANGING ON HER DOOR / SUBJ DOES NOT LIVE THERE",
            "ONGOING ISSUE WITH UPPER NEIGHBOR, STOMPING ON FLOOR / CLR STATES SUBJ YELLED \"{SHOUT}\"",
            "CLR STATES {SUBJ} WILL NOT LEAVE THE STORE / CLR IS THE MANAGER",
            "CLR WANTS {REL} REMOVED FROM APT / NOT ON LEASE",
            "{SUBJ} SLEEPING IN HALLWAY OF BLDG / CLR WANTS SUBJ MOVED ALONG",
        ],
        "WELFARE CITIZEN": [
            "CLR REQ WELFARE CHECK ON {REL}, {AGE} YOA / NOT ANSWERING PHONE FOR 2 DAYS",
            "{SUBJ} SITTING ON CURB CRYING / CLR STATES SUBJ SEEMS CONFUSED",
            "CLR STATES ELDERLY NEIGHBOR HAS NOT PICKED UP MAIL / LIGHTS ON ALL NIGHT",
            "{SUBJ} LAYING IN GRASS AT {STREET} / UNK IF BREATHING / CLR DID NOT APPROACH",
            "CLR STATES {REL} MADE STATEMENTS ABOUT NOT WANTING TO LIVE / LIVES ALONE",
        ],
        "MENTAL OBSERVATION": [
            "CLR STATES {REL}, {AGE} YOA, OFF MEDS / HALLUCINATING, TALKING TO SELF",
            "{SUBJ} IN {CLOTH} YELLING AT CARS ON {STREET} / ACTING ERRATIC",
            "CLR STATES {REL} HAS NOT SLEPT IN 3 DAYS / PARANOID, THINKS PHONE IS TAPPED",
            "CLR REQ ASSIST GETTING {REL} TO HOSPITAL / HX OF SCHIZOPHRENIA",
            "{SUBJ} STANDING IN MIDDLE OF INTERSECTION PREACHING / WILL NOT MOVE",
        ],
        "SUSP PERS/AUTO": [
            "{VEH} PARKED ACROSS FROM LOCATION FOR {MIN} MINS / ENGINE RUNNING, LIGHTS ON",
            "{SUBJ} IN {CLOTH} WALKING THROUGH YARDS / LOOKING INTO WINDOWS",
            "CLR STATES {VEH}, PLATE {PLATE}, CIRCLING THE BLOCK",
            "{SUBJ} TRYING DOOR HANDLES ON PARKED CARS / LAST SEEN {DIR}B ON {STREET}",
        ],
        "CALL FOR POLICE": [
            "OPEN LINE / CAN HEAR MALE AND FEMALE ARGUING / NO CALL HX",
            "CLR STATES {SUBJ} ARGUING IN ALLEY FOR {MIN} MINS / GETTING LOUDER",
            "CLR REQ SQUAD, WOULD NOT SAY WHY / HUNG UP, NO ANSWER ON CALLBACK",
            "CLR STATES SOMEONE YELLING \"{SHOUT}\" NEXT DOOR",
        ],
        "NOISE NUISANCE": [
            "LOUD MUSIC FROM {STREET} FOR {MIN} MINS / SOUND SYSTEM IN BACKYARD",
            "PARTY AT NEIGHBORING HOUSE / CLR UNSURE OF EXACT ADDRESS",
            "{VEH} PLAYING LOUD MUSIC IN LOT / BASS SHAKING WINDOWS",
            "UPPER UNIT PLAYING MUSIC, DOGS BARKING / 3RD TIME THIS WEEK",
        ],
        "PROPERTY PICKUP": [
            "CLR STATES {REL} WILL NOT LET HIM GET HIS PROPERTY / CLOTHES, PHONE CHARGER",
            "CLR HAS NO CONTACT ORDER, NEEDS TO PICK UP PROPERTY FROM {STREET}",
            "CLR REQ STANDBY WHILE SHE GETS BELONGINGS FROM {REL}'S APT",
        ],
        "FAMILY TROUBLE": [
            "CLR STATES {REL} INTOXICATED, CAUSING A DISTURBANCE / YELLING IN THE YARD",
            "CLR STATES {REL}, {AGE} YOA, USING DRUGS IN THE HOUSE / WANTS SUBJ OUT",
            "ARGUMENT BETWEEN CLR AND {REL} OVER THE CAR / NOTHING PHYSICAL YET",
            "CLR STATES {REL} TOOK HER KEYS AND WILL NOT GIVE THEM BACK",
        ],
        "TRBL W/JUV": [
            "CLR STATES {KIDS} JUVS IN BASEMENT SMOKING",
            "CLR ARGUING WITH {AGE} YOA DAUGHTER / DAUGHTER THREATENED TO CALL POLICE SO CLR CALLED",
            "GROUP OF JUVS THROWING ROCKS AT CARS ON {STREET}",
            "CLR STATES SON, 15 YOA, REFUSES TO GO TO SCHOOL / BROKE HIS PHONE",
        ],
        "CHILD CUSTODY": [
            "CLR STATES CHILD'S FATHER TRYING TO TAKE CHILD / NO COURT ORDER",
            "CLR STATES MOTHER OF HIS CHILD WILL NOT RETURN SON AFTER VISIT / CLR OUTSIDE HER HOME",
            "EXCHANGE OF CHILD AT {STREET} GOING BADLY / PARENTS ARGUING",
        ],
        "CHILD NEGLECT": [
            "CLR STATES {KIDS} KIDS HOME ALONE, 8 AND YOUNGER / PARENTS WENT TO STORE",
            "CHILD CALLER STATES NO ADULT HOME / UNK HOW LONG",
            "TODDLER WALKING ALONE ON {STREET} IN DIAPER / CLR HAS CHILD WITH HER",
            "CLR STATES NEIGHBOR KIDS OUTSIDE WITHOUT COATS, LOCKED OUT FOR {MIN} MINS",
        ],
        "PARKING TROUBLE": [
            "NEIGHBORS PARKING IN FRONT OF CLR'S GARAGE / WILL NOT MOVE",
            "{VEH}, PLATE {PLATE}, BLOCKING DRIVEWAY FOR {MIN} MINS",
            "JUVS HANGING OUT OF PARKED VEHS ON {STREET}",
        ],
        "SUSPICIOUS-OTH": [
            "DOOR TO BANK VESTIBULE WILL NOT CLOSE / NO DAMAGE SEEN",
            "CLR HEARS CLICKING AT BACK DOOR / THINKS SOMEONE MAY BE OUTSIDE",
            "BACKPACK LEFT ON BENCH AT {STREET} BUS STOP FOR {MIN} MINS",
            "GARAGE DOOR OPEN AT VACANT HOUSE / LIGHTS FLICKERING INSIDE",
        ],
        "IND EXPOSURE": [
            "{SUBJ} WITH NO CLOTHES ON WALKING {DIR}B ON {STREET}",
            "{SUBJ} EXPOSING SELF AT BUS STOP / ACTING LIKE SOMETHING IS CRAWLING ON HIM",
            "{SUBJ} URINATING IN FRONT OF STORE, EXPOSED TO KIDS",
        ],
        "LANDLORD/TEN TRB": [
            "CLR STATES TENANT REFUSING TO LEAVE AFTER EVICTION DATE",
            "LANDLORD ON SCENE KNOCKING ON DOOR / DISPUTE OVER RENT INCREASE",
            "CLR STATES LANDLORD SHUT OFF HEAT / CLR HAS {KIDS} KIDS IN UNIT",
            "LANDLORD CHANGED LOCKS, CLR'S PROPERTY INSIDE",
        ],
        "FIREWORKS": [
            "SUBJS SETTING OFF FIREWORKS IN AREA FOR {MIN} MINS",
            "FIREWORKS HITTING CLR'S HOUSE / COMING FROM {STREET}",
            "LARGE FIREWORKS IN PARK, DEBRIS IN STREET",
        ],
        "SOLICITING": [
            "{SUBJ} IN FRONT OF HOUSE FLAGGING DOWN VEHS / BLOCKING TRAFFIC",
            "{SUBJ} WAVING DOWN CARS AT {STREET} CORNER",
            "{SUBJ} GOING DOOR TO DOOR ASKING FOR MONEY, WILL NOT LEAVE",
        ],
        "CRUELTY ANIMAL": [
            "{ANIMAL} LEFT IN {VEH} IN PARKING STRUCTURE FOR {MIN} MINS",
            "{ANIMAL} TIED OUTSIDE ALL DAY, NO WATER / CLR STATES \"IT'S CRYING\"",
            "NEIGHBOR HITTING {ANIMAL} IN THE YARD",
            "{ANIMAL} LOCKED IN GARAGE AT VACANT HOUSE, BARKING FOR DAYS",
        ],
    ]

    /// Templates of the busiest non-eligible types.
    static let otherTypeTemplates: [String: [String]] = [
        "ACC PDO": ["{VEH} VS {VEH} AT {STREET}, NO INJURIES / VEHS DRIVABLE", "CLR REAR ENDED AT LIGHT / OTHER DRIVER STILL ON SCENE"],
        "BATTERY": ["CLR STATES {SUBJ} IN {CLOTH} PUNCHED HIM, SUBJ FLED {DIR}B", "CLR JUMPED BY {KIDS} SUBJS AT BUS STOP / MINOR INJURIES"],
        "BATTERY DV": ["CLR STATES {REL} HIT HER IN THE FACE / SUBJ STILL IN RESIDENCE", "CLR STATES {REL} PUSHED HER DOWN STAIRS / KIDS PRESENT"],
        "THREAT": ["CLR STATES {REL} THREATENED TO \"COME BACK AND GET HIM\"", "CLR RECEIVING THREATENING TEXTS FROM {REL}"],
        "ENTRY": ["CLR RETURNED HOME, REAR DOOR KICKED IN / TV AND LAPTOP MISSING", "GARAGE SERVICE DOOR PRIED OPEN OVERNIGHT"],
        "INJ PERSON/SICK": ["{SUBJ}, {AGE} YOA, FELL AND CANNOT GET UP / MED NOTIFIED", "{SUBJ} DOWN ON SIDEWALK AT {STREET}, CONSCIOUS"],
        "STOLEN VEHICLE": ["CLR STATES {VEH}, PLATE {PLATE}, TAKEN FROM DRIVEWAY OVERNIGHT", "CLR'S {VEH} TAKEN WHILE WARMING UP / KEYS IN IT"],
        "SHOTS FIRED": ["CLR HEARD {KIDS} SHOTS NEAR {STREET} / UNK DIRECTION", "MULTIPLE CALLS, SHOTS IN AREA / NO ONE SEEN"],
        "THEFT": ["CLR STATES PACKAGE TAKEN FROM PORCH", "CLR'S BIKE TAKEN FROM BACKYARD / UNK SUSPECT"],
        "SUBJ WANTED": ["CLR STATES {SUBJ} WITH WARRANT IS AT LOCATION NOW", "{REL} WANTED, CLR KNOWS WHERE HE IS STAYING"],
        "PROPERTY DAMAGE": ["CLR'S {VEH} WINDOW BROKEN OVERNIGHT", "{SUBJ} KICKED IN CLR'S FRONT DOOR AND LEFT"],
        "SUBJ WITH GUN": ["{SUBJ} IN {CLOTH} DISPLAYING A HANDGUN AT {STREET}", "CLR STATES {REL} POINTED GUN AT HER / SUBJ IN {VEH}"],
        "THEFT VEHICLE": ["CATALYTIC CONVERTER CUT FROM CLR'S {VEH}", "PLATES TAKEN FROM CLR'S {VEH}"],
        "TRAFFIC HAZARD": ["TRAFFIC LIGHTS OUT AT {STREET}", "DEBRIS IN LANES OF {STREET}, CARS SWERVING"],
        "ENTRY TO AUTO": ["CLR'S {VEH} WINDOW SMASHED, PURSE TAKEN", "{SUBJ} GOING THROUGH PARKED CARS ON {STREET}"],
        "ACC PI": ["{VEH} VS {VEH}, DRIVER COMPLAINING OF NECK PAIN / MED NOTIFIED", "PEDESTRIAN STRUCK AT {STREET} / CONSCIOUS, BREATHING"],
    ]

    /// Generic templates for the other non-eligible citizen-initiated types, per category.
    static let categoryTemplates: [DemoCallCategory: [String]] = [
        .police: [
            "CLR STATES {SUBJ} IN {CLOTH} FLED {DIR}B ON {STREET}",
            "MULTIPLE CALLS / SUBJS LAST SEEN IN {VEH}, PLATE {PLATE}",
            "CLR STATES {REL} STRUCK HER, NOW OUTSIDE / SUBJ DESC: {CLOTH}",
            "CLR HEARD SEVERAL SHOTS, UNK DIRECTION",
        ],
        .reportTaking: [
            "CLR REQ REPORT FOR INSURANCE",
            "CLR STATES {VEH} TAKEN FROM IN FRONT OF RESIDENCE OVERNIGHT",
            "CLR RETURNED HOME, FOUND REAR DOOR DAMAGED / ITEMS MISSING",
            "MINOR ACCIDENT, {VEH} VS PARKED CAR / NO INJURIES",
        ],
        .rapidAssistance: [
            "{SUBJ}, {AGE} YOA, DOWN AND UNRESPONSIVE / MED NOTIFIED",
            "TREE BRANCH ON POWER LINES AT {STREET}",
            "{VEH} VS {VEH}, ONE DRIVER COMPLAINING OF NECK PAIN",
            "SMELL OF GAS IN BASEMENT / CLR OUTSIDE WITH {KIDS} KIDS",
        ],
        .behavioralHealth: [
            "TRANSPORT FROM HOSPITAL TO MENTAL HEALTH COMPLEX / PAPERS SIGNED",
        ],
        .minorDisputes: [
            "CLR STATES DRUG SALES FROM {VEH} ON {STREET} ALL DAY",
            "DICE GAME IN ALLEY, {KIDS} SUBJS",
        ],
        .suspicious: [
            "CLR REPORTS SOMETHING SUSPICIOUS AT {STREET}",
        ],
        .alarm: [
            "ALARM CO REPORTS AUDIBLE ALARM, REAR DOOR ZONE / NO KEYHOLDER",
            "HOLDUP ALARM, NO CALLBACK FROM BUSINESS",
        ],
    ]

    /// Officer-initiated activity: short remarks, often none.
    static let officerTemplates: [String: [String]] = [
        "TRAFFIC STOP": ["{VEH}, PLATE {PLATE}", "{VEH} {DIR}B ON {STREET}", ""],
        "BUSINESS CHECK": ["", "BUSINESS CHECK AT {STREET}"],
        "SUBJ STOP": ["{SUBJ} IN {CLOTH}", ""],
        "PARK AND WALK": ["", "PARK AND WALK {STREET}"],
    ]
}
