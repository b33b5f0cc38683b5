import Vocabulary

/// The cross-city call taxonomy: the canonical call types (``CanonicalCallType``) that every city's local call
/// types map onto, with their categories, flags and eligibility.
///
/// Eligibility rates have one home, the Milwaukee catalogue (the LEAP 2022 report's Figure 3): a canonical type
/// whose meaning is a Milwaukee eligible type takes that type's rate and source; a type without a published rate
/// says so and states the rule it follows (the rate of a named Milwaukee type, or not eligible).
///
/// ```swift
/// let taxonomy = try CallTaxonomy.standard()
/// taxonomy.type("WELFARE")?.eligibility?.value     // 0.75, "LEAP 2022 report, Figure 3"
/// taxonomy.type("DVNA")?.isEligible                // false: domestic violence is screened out
/// ```
public struct CallTaxonomy: Sendable {
    /// The canonical types, in a stable order (eligible types first, in Figure 3 order).
    public var types: [CanonicalCallType]
    private var index: [String: Int]

    /// Sources of the taxonomy, in words.
    public static let sources = [
        "APCO ANS 2.103.2-2019, Common Incident Types for Data Exchange (codes WELFARE, MNTL/MTLV, INTOX, NOISE, DISORD, CDX, CIVIL, DVNA/DVA, TRESPASS, PHANDLE, VAG, PERMISS, RUNAWAY, CUST, JUV, HARR, THREATS, FIGHT, WEAPON, TROUBLE, ...), as summarised in ../shared/reference/cross-city-taxonomy-notes.md",
        "LEAP 2022 report (Milwaukee), Figure 3: eligibility rates, through the built-in Milwaukee catalogue",
    ]

    /// Creates a taxonomy from its types (the first of two types with one code wins).
    public init(types: [CanonicalCallType]) {
        self.types = types
        var index: [String: Int] = [:]
        for (i, t) in types.enumerated() where index[t.code] == nil { index[t.code] = i }
        self.index = index
    }

    /// The canonical type with this code, or nil.
    public func type(_ code: String) -> CanonicalCallType? {
        index[code.uppercased()].map { types[$0] }
    }

    /// The codes of the standard taxonomy's types.
    public static let codes: Set<String> = Set(definitions.map(\.code))

    /// The standard taxonomy, its published rates read from the built-in Milwaukee catalogue.
    /// - Throws: what ``CallCatalogue/builtIn(_:)`` throws when the bundled catalogue cannot be read.
    public static func standard() throws -> CallTaxonomy {
        try standard(rates: CallCatalogue.builtIn("milwaukee"))
    }

    /// The standard taxonomy with rates from `catalogue` (a Milwaukee-like catalogue with Figure 3's codes).
    public static func standard(rates catalogue: CallCatalogue) -> CallTaxonomy {
        CallTaxonomy(types: definitions.map { $0.make(catalogue) })
    }
}

extension CallTaxonomy {
    /// How a canonical type gets its eligibility.
    enum Eligibility {
        /// The Figure 3 rate of this Milwaukee type, which means the same.
        case published(String)
        /// No published rate: the rate of a named Milwaukee type, for the reason given.
        case asType(String, because: String)
        /// Not eligible, for the reason given.
        case never(String)
    }

    struct Definition {
        var code: String, name: String, apco: String, category: CallCategory
        var flags: Set<CallFlag> = []
        var pair: String? = nil
        var eligibility: Eligibility
        var phrases: [String]

        func make(_ catalogue: CallCatalogue) -> CanonicalCallType {
            var rate: Sourced<Double>?
            var basis: String
            switch eligibility {
            case .published(let code):
                let entry = catalogue.entry(for: code)
                rate = entry?.eligibilityRate
                basis = rate == nil ? "published rate of \(code) not found in the \(catalogue.city) catalogue: not eligible"
                                    : "published: the rate of \(catalogue.city)'s \(entry?.label ?? code)"
            case let .asType(code, because):
                let entry = catalogue.entry(for: code)
                rate = entry?.eligibilityRate.map {
                    $0.with(source: "rule (no published rate): as \(catalogue.city)'s \(entry?.label ?? code), \($0.source); \(because)")
                }
                basis = "no published rate; stated rule: the rate of \(catalogue.city)'s \(entry?.label ?? code), because \(because)"
            case .never(let reason):
                rate = nil
                basis = "not eligible: \(reason)"
            }
            return CanonicalCallType(code: code, name: name, apco: apco, category: category, flags: flags, pair: pair,
                                     eligibility: rate, eligibilityBasis: basis, phrases: phrases)
        }
    }

    static let policeOnly = "a police matter in the LEAP 2022 report (not in Figure 3)"
    static let dvRule = "domestic violence is screened out (LEAP 2022 report, Figure 3 method)"
    static let weaponRule = "a weapon is involved (screened out)"
    static let officerRule = "officer-initiated or administrative activity, not a citizen call"

    /// The canonical types. Eligible types first, in Figure 3 order.
    static let definitions: [Definition] = [
        // ---- Types with a published Figure 3 rate ----
        .init(code: "DISORD", name: "Disturbance, trouble with a subject", apco: "DISORD", category: .minorDisputes, flags: [.nonViolent], pair: "FIGHT",
              eligibility: .published("TRBL W/SUBJ"),
              phrases: ["TROUBLE WITH SUBJECT", "DISTURBANCE", "DISORDERLY", "DISORDERLY CONDUCT", "DISORDERLY PERSON", "UNWANTED SUBJECT",
                        "UNWANTED PERSON", "UNWANTED GUEST", "STREET DISTURBANCE", "NUISANCE", "DISTURBING THE PEACE", "ARGUMENT", "DISPUTE",
                        "VEHICLE DISTURBANCE", "SQUEEGEE DISTURBANCE"]),
        .init(code: "WELFARE", name: "Welfare check, person down", apco: "WELFARE", category: .behavioralHealth,
              eligibility: .published("WELFARE CITIZEN"),
              phrases: ["WELFARE", "WELFARE CHECK", "WELFARE CITIZEN", "CHECK WELFARE", "CHECK ON THE WELFARE", "WELL BEING", "WELLBEING",
                        "WELLNESS CHECK", "WELLNESS", "WELL CHECK", "CHECK WELL BEING", "WELL BEING CHECK", "PERSON DOWN", "DOWN PERSON",
                        "CHECK FOR PERSON DOWN", "LYING IN STREET", "SUBJECT DOWN"]),
        .init(code: "MNTL", name: "Mental-health person, non-violent", apco: "MNTL, EDP", category: .behavioralHealth, flags: [.nonViolent], pair: "MTLV",
              eligibility: .published("MENTAL OBSERVATION"),
              phrases: ["MENTAL", "MENTAL HEALTH", "MENTAL HEALTH CASE", "MENTAL OBSERVATION", "BEHAVIORAL CRISIS", "EMOTIONAL CRISIS",
                        "BEHAVIORAL EMOTIONAL CRISIS", "EMOTIONALLY DISTURBED PERSON", "PSYCHIATRIC", "PSYCHIATRIC EMERGENCY", "CRISIS",
                        "MENTAL HEALTH TRANSPORT", "HOSPITAL TO MCMH"]),
        .init(code: "SUSP", name: "Suspicious person or vehicle", apco: "suspicious-person/vehicle codes", category: .suspicious,
              eligibility: .published("SUSP PERS/AUTO"),
              phrases: ["SUSPICIOUS PERSON", "SUSPICIOUS VEHICLE", "SUSPICIOUS PERSON VEHICLE", "SUSPICIOUS PERSON AUTO", "SUSPICIOUS SUBJECT",
                        "PROWLER", "PEEPING TOM", "SUSPICIOUS AUTO", "OCCUPIED VEHICLE CHECK"]),
        .init(code: "ASSIST", name: "Call for police, citizen assist", apco: "ASSIST, CITASST", category: .minorDisputes,
              eligibility: .published("CALL FOR POLICE"),
              phrases: ["CALL FOR POLICE", "ASSIST CITIZEN", "CITIZEN ASSIST", "PUBLIC ASSIST", "PUBLIC SERVICE", "ASSISTANCE", "ASSIST",
                        "CITIZEN STANDBY", "REQUEST TO WATCH", "WALK IN", "POLICE INFORMATION", "INFORMATION", "POLICE INFO", "CALL BY PHONE",
                        "TELEPHONE COMPLAINT", "PHONE CALL COMPLAINT", "ATTEMPT TO CONTACT", "SUPERVISOR COMPLAINT"]),
        .init(code: "NOISE", name: "Noise complaint", apco: "NOISE", category: .minorDisputes,
              eligibility: .published("NOISE NUISANCE"),
              phrases: ["NOISE", "NOISE NUISANCE", "NOISE COMPLAINT", "LOUD MUSIC", "LOUD NOISE", "LOUD PARTY", "PARTY", "LOUD NOISE MUSIC"]),
        .init(code: "FAMILY", name: "Family trouble (no violence reported)", apco: "CDX (a family dispute); Reroute split", category: .minorDisputes,
              flags: [.nonViolent], pair: "DVA", eligibility: .published("FAMILY TROUBLE"),
              phrases: ["FAMILY TROUBLE", "FAMILY DISTURBANCE", "FAMILY DISPUTE", "FAMILY PROBLEM"]),
        .init(code: "CIVIL", name: "Civil matter, standby, property pickup", apco: "CIVIL, CITASST (standby)", category: .minorDisputes,
              eligibility: .published("PROPERTY PICKUP"),
              phrases: ["PROPERTY PICKUP", "CIVIL", "CIVIL MATTER", "CIVIL STANDBY", "CIVIL STAND BY", "CIVIL DISPUTE", "KEEP THE PEACE",
                        "PEACE ORDER STANDBY"]),
        .init(code: "ANIMALCR", name: "Animal cruelty or neglect", apco: "animal codes; Reroute split", category: .minorDisputes,
              eligibility: .published("CRUELTY ANIMAL"),
              phrases: ["CRUELTY ANIMAL", "ANIMAL CRUELTY", "ANIMAL ABUSE", "ANIMAL NEGLECT", "ANIMAL ABUSE NEGLECT"]),
        .init(code: "JUV", name: "Juvenile problem", apco: "JUV", category: .minorDisputes,
              eligibility: .published("TRBL W/JUV"),
              phrases: ["TROUBLE WITH JUVENILE", "JUVENILE", "JUVENILE DISTURBANCE", "JUVENILE PROBLEM", "JUVENILE COMPLAINT", "JUVENILE TROUBLE",
                        "TRUANT", "TRUANCY", "CURFEW"]),
        .init(code: "CUST", name: "Child custody", apco: "CUST", category: .minorDisputes,
              eligibility: .published("CHILD CUSTODY"),
              phrases: ["CHILD CUSTODY", "CUSTODY", "CUSTODY DISPUTE", "CUSTODIAL INTERFERENCE", "INTERFERENCE WITH CUSTODY"]),
        .init(code: "CHILDNEG", name: "Child neglect", apco: "Reroute split (child welfare)", category: .behavioralHealth,
              eligibility: .published("CHILD NEGLECT"),
              phrases: ["CHILD NEGLECT", "NEGLECT", "ENDANGERING WELFARE OF MINOR", "CHILD ENDANGERMENT", "CHILD ABANDONED"]),
        .init(code: "LANDLORD", name: "Landlord-tenant trouble", apco: "CDX; Reroute split", category: .minorDisputes,
              eligibility: .published("LANDLORD/TEN TRB"),
              phrases: ["LANDLORD", "LANDLORD TENANT", "LANDLORD TENANT TROUBLE", "TENANT", "TENANT DISPUTE"]),
        .init(code: "FIREWORKS", name: "Fireworks", apco: "Reroute extension", category: .minorDisputes,
              eligibility: .published("FIREWORKS"),
              phrases: ["FIREWORKS", "DISCHARGING FIREWORKS", "FIREWORK"]),
        .init(code: "INDEXP", name: "Indecent exposure, lewd conduct", apco: "Reroute extension", category: .behavioralHealth,
              eligibility: .published("IND EXPOSURE"),
              phrases: ["INDECENT EXPOSURE", "EXPOSURE", "LEWD", "LEWD ACT", "LEWD CONDUCT", "EXPOSING", "FLASHING", "SEX IN PUBLIC",
                        "SEX IN PUBLIC PLACE", "PUBLIC INDECENCY"]),
        .init(code: "SUSPOTH", name: "Suspicious circumstances, other", apco: "suspicious codes; Reroute split", category: .suspicious,
              eligibility: .published("SUSPICIOUS-OTH"),
              phrases: ["SUSPICIOUS", "SUSPICIOUS OTHER", "SUSPICIOUS ACTIVITY", "SUSPICIOUS EVENT", "SUSPICIOUS CIRCUMSTANCES",
                        "SUSPICIOUS INCIDENT", "SUSPICIOUS SITUATION", "OPEN DOOR", "OPEN DOOR WINDOW"]),
        .init(code: "PHANDLE", name: "Panhandling, soliciting", apco: "PHANDLE", category: .minorDisputes,
              eligibility: .published("SOLICITING"),
              phrases: ["SOLICITING", "PANHANDLING", "PANHANDLER", "SOLICITOR", "AGGRESSIVE PANHANDLING"]),
        .init(code: "PARKING", name: "Parking complaint", apco: "Reroute extension", category: .minorDisputes,
              eligibility: .published("PARKING TROUBLE"),
              phrases: ["PARKING", "PARKING TROUBLE", "PARKING COMPLAINT", "PARKING VIOLATION", "ILLEGAL PARKING", "BLOCKED DRIVEWAY"]),
        // ---- Community-responder types without a published rate: stated rules ----
        .init(code: "INTOX", name: "Intoxicated person", apco: "INTOX", category: .behavioralHealth,
              eligibility: .asType("WELFARE CITIZEN", because: "a check on a person's condition where no crime is reported, like a welfare check"),
              phrases: ["INTOXICATED PERSON", "INTOXICATED", "DRUNK", "DRUNK PERSON", "DRUNK INTOXICATED PERSON", "PUBLIC INTOXICATION",
                        "INTOXICATED SUBJECT", "ALCOHOL"]),
        .init(code: "VAG", name: "Unhoused person, loitering", apco: "VAG", category: .behavioralHealth,
              eligibility: .asType("WELFARE CITIZEN", because: "a check on a person where no crime is reported, like a welfare check"),
              phrases: ["VAGRANCY", "VAGRANT", "HOMELESS", "HOMELESS PERSON", "UNHOUSED", "LOITERING", "LOITERER", "ENCAMPMENT", "PERSON SLEEPING"]),
        .init(code: "TRESPASS", name: "Trespass, unwanted person", apco: "TRESPASS", category: .minorDisputes,
              eligibility: .asType("TRBL W/SUBJ", because: "an unwanted person on a property is the situation of trouble with a subject"),
              phrases: ["TRESPASS", "TRESPASSING", "TRESPASSER", "CRIMINAL TRESPASS"]),
        // ---- Not eligible ----
        .init(code: "MTLV", name: "Mental-health person, violent", apco: "MTLV", category: .police, flags: [.violent], pair: "MNTL",
              eligibility: .never("the violent member of the MNTL/MTLV pair"),
              phrases: ["MENTAL VIOLENT", "PSYCHIATRIC VIOLENT", "PSYCHIATRIC EMERGENCY VIOLENT", "VIOLENT MENTAL"]),
        .init(code: "DVNA", name: "Domestic, non-violent", apco: "DVNA", category: .police, flags: [.domesticViolence, .nonViolent], pair: "DVA",
              eligibility: .never(dvRule),
              phrases: ["DOMESTIC", "DOMESTIC DISTURBANCE", "DOMESTIC VIOLENCE NO INJURY", "DOMESTIC DISPUTE", "DOMESTIC VIOLENCE DELAY",
                        "DOMESTIC VIOLENCE NO ASSAULT", "DISTURBANCE DOMESTIC VIOLENCE"]),
        .init(code: "DVA", name: "Domestic, violent", apco: "DVA", category: .police, flags: [.domesticViolence, .violent], pair: "DVNA",
              eligibility: .never(dvRule),
              phrases: ["DOMESTIC VIOLENCE", "DOMESTIC ASSAULT", "DOMESTIC BATTERY", "ASSAULT DOMESTIC VIOLENCE", "BATTERY DOMESTIC VIOLENCE",
                        "DOMESTIC VIOLENCE CRITICAL"]),
        .init(code: "FIGHT", name: "Fight", apco: "FIGHT", category: .police, flags: [.violent], pair: "DISORD",
              eligibility: .never(policeOnly), phrases: ["FIGHT", "FIGHTING", "FIGHT NO WEAPONS"]),
        .init(code: "ASSAULT", name: "Assault, battery", apco: "assault codes", category: .police, flags: [.violent],
              eligibility: .never(policeOnly),
              phrases: ["ASSAULT", "BATTERY", "AGGRAVATED ASSAULT", "COMMON ASSAULT", "STABBING", "CUTTING", "BATTERY REPORT", "ASSAULT NO INJURY",
                        "BATTERY CUTTING"]),
        .init(code: "HARR", name: "Harassment, threats, stalking", apco: "HARR, THREATS", category: .police,
              eligibility: .never("threats are a police matter in the LEAP 2022 report (Threat: Police, not in Figure 3)"),
              phrases: ["HARASSMENT", "HARASSING", "HARASSING COMMUNICATIONS", "THREAT", "THREATS", "TERRORISTIC THREATENING", "STALKING",
                        "BIAS", "BY THREAT", "THREAT SCHOOL"]),
        .init(code: "WEAPON", name: "Weapon, armed person", apco: "WEAPON", category: .police, flags: [.weapon, .violent],
              eligibility: .never(weaponRule),
              phrases: ["WEAPON", "ARMED PERSON", "ARMED SUBJECT", "SUBJECT WITH GUN", "SUBJECT WITH WEAPON", "GUN", "KNIFE", "HANDGUN VIOLATION",
                        "WEAPON VIOLATION", "MAN WITH GUN", "PERSON WITH GUN", "RECKLESS USE OF WEAPON", "ABANDONED PROPERTY WEAPON"]),
        .init(code: "SHOTS", name: "Shots fired, shooting", apco: "shooting codes", category: .police, flags: [.weapon, .violent],
              eligibility: .never(weaponRule),
              phrases: ["SHOTS FIRED", "SHOOTING", "SHOTS HEARD", "DISCHARGE FIREARM", "DISCHARGING FIREARM", "GUNSHOT", "SHOTS"]),
        .init(code: "ROBBERY", name: "Robbery", apco: "robbery codes", category: .police, flags: [.violent],
              eligibility: .never(policeOnly), phrases: ["ROBBERY", "CAR JACKING", "CARJACKING", "HOLDUP", "ROBBERY STRONG ARM", "ROBBERY UNARMED"]),
        .init(code: "SEXOFF", name: "Sexual assault or offence", apco: "sex-offence codes", category: .police, flags: [.violent],
              eligibility: .never(policeOnly),
              phrases: ["SEXUAL ASSAULT", "SEX ASSAULT", "SEXUAL OFFENSE", "SEX OFFENSE", "RAPE", "MOLEST", "CHILD ENTICEMENT"]),
        .init(code: "CHILDAB", name: "Child abuse", apco: "child-abuse codes", category: .police,
              eligibility: .never(policeOnly), phrases: ["CHILD ABUSE", "ABUSE", "CHILD CRITICAL", "CHILD MOLEST"]),
        .init(code: "MISSING", name: "Missing, runaway or found person", apco: "PERMISS, RUNAWAY, PERFND", category: .police,
              eligibility: .never("missing persons are a police matter in the LEAP 2022 report (Missing Report: Police)"),
              phrases: ["MISSING PERSON", "MISSING", "RUNAWAY", "LOST CHILD", "FOUND CHILD", "FOUND PERSON", "LOST CHILD FOUND CHILD",
                        "MISSING CHECK", "MISSING REPORT"]),
        .init(code: "WARRANT", name: "Warrant, order or process service", apco: "Reroute extension", category: .police,
              eligibility: .never(policeOnly),
              phrases: ["WARRANT", "WANTED", "SUBJECT WANTED", "WARRANT SERVICE", "WANTED ON WARRANT", "PROTECTIVE ORDER", "RESTRAINING ORDER",
                        "NO CONTACT ORDER", "NO CONTACT ORDER VIOLATION", "VIOLATION RESTRAINING ORDER", "EX PARTE", "CIVIL PROCESS", "PICKUP ORDERS",
                        "BE ON THE LOOKOUT", "ATTEMPT TO LOCATE", "ESCAPED PRISONER", "ESCAPEE", "PROBATION PAROLE CHECK REQUEST", "EVICTION"]),
        .init(code: "RECKLESS", name: "Reckless or impaired driving", apco: "traffic codes", category: .police,
              eligibility: .never(policeOnly),
              phrases: ["RECKLESS DRIVER", "RECKLESS VEHICLE", "RECKLESS DRIVING", "DRIVING UNDER INFLUENCE", "DRIVING WHILE INTOXICATED",
                        "DRUNK DRIVER", "INTOXICATED DRIVER", "AGGRESSIVE DRIVER", "ROAD RAGE", "DRUNK INTOXICATED DRIVER"]),
        .init(code: "DRUGS", name: "Drug complaint", apco: "drug codes", category: .minorDisputes,
              eligibility: .never("drug dealing is not in Figure 3 of the LEAP 2022 report (Drug Dealing: Minor disputes, not eligible)"),
              phrases: ["DRUG", "DRUGS", "NARCOTICS", "DRUG DEALING", "DRUG COMPLAINT", "NARCOTICS OUTSIDE", "NARCOTICS INSIDE", "DRUG ACTIVITY"]),
        .init(code: "VICE", name: "Vice, ordinance and nuisance violations", apco: "Reroute extension", category: .minorDisputes,
              eligibility: .never("no published rate; stated rule: not eligible until a rate is set"),
              phrases: ["ORDINANCE", "CITY ORDINANCE", "CITY ORDINANCE VIOLATION", "LITTERING", "ILLEGAL DUMPING", "SANITATION", "LIQUOR",
                        "LIQUOR VIOLATION", "GAMBLING", "PROSTITUTION", "VIOLATION GOVERNMENT ORDER", "BURN", "RECKLESS BURNING", "OPEN BURNING", "DUMPING"]),
        .init(code: "DEATH", name: "Death investigation", apco: "Reroute extension", category: .police,
              eligibility: .never("deaths are a police matter in the LEAP 2022 report (Dead On Entry: Police)"),
              phrases: ["DEATH", "DEAD BODY", "DEAD ON ARRIVAL", "DEAD ON ENTRY", "DEATH CALL", "CASUALTY DEAD BODY", "DEATH INVESTIGATION"]),
        .init(code: "BOMB", name: "Suspicious package, bomb threat, explosives", apco: "Reroute extension", category: .police,
              eligibility: .never("Susp Pkg/Device and Bomb Threat are police matters in the LEAP 2022 report"),
              phrases: ["SUSPICIOUS PACKAGE", "SUSPICIOUS PACKAGE DEVICE", "UNATTENDED PACKAGE", "BOMB THREAT", "EXPLOSIVES", "BOMB"]),
        .init(code: "TROUBLE", name: "Unknown trouble, 911 hang-up, open line", apco: "TROUBLE", category: .police,
              eligibility: .never("the nature of the call is unknown: screened out"),
              phrases: ["UNKNOWN TROUBLE", "TROUBLE UNKNOWN", "911 HANG UP", "HANG UP", "HANGUP", "911 HANGUP", "OPEN LINE", "NO VOICE",
                        "911 NO VOICE", "COMPLAINT OF UNKNOWN NATURE", "UNKNOWN", "911 ABUSE", "ABANDONED CALL"]),
        .init(code: "AGENCY", name: "Assist another agency or officer", apco: "ASSIST (agency)", category: .police,
              eligibility: .never("help to another agency or an officer is a police matter in the LEAP 2022 report (Assist Officer, Meet Govt Agency: Police)"),
              phrases: ["ASSIST FIRE", "ASSIST FIRE DEPARTMENT", "FIRE DEPARTMENT ASSIST", "ASSIST OUTSIDE AGENCY", "AGENCY ASSIST", "MUTUAL AID",
                        "ASSIST OFFICER", "OTHER AGENCY", "MEET GOVERNMENT AGENCY", "ASSIST AMBULANCE", "ASSIST POLICE"]),
        .init(code: "LOCKOUT", name: "Lockout", apco: "Reroute extension", category: .police,
              eligibility: .never("Lockout is a police matter in the LEAP 2022 report (Appendix 1: Police)"),
              phrases: ["LOCKOUT", "LOCK OUT", "LOCKED OUT", "VEHICLE LOCKOUT"]),
        .init(code: "ESCORT", name: "Escort, transport", apco: "Reroute extension", category: .police,
              eligibility: .never("Escort is a police matter in the LEAP 2022 report (Appendix 1: Police)"),
              phrases: ["ESCORT", "POLICE ESCORT", "TRANSPORT", "BANK ESCORT"]),
        .init(code: "BURGLARY", name: "Burglary, entry", apco: "burglary codes", category: .reportTaking,
              eligibility: .never("a report-taking call in the LEAP 2022 report (Entry: Report-taking, not in Figure 3)"),
              phrases: ["BURGLARY", "BREAKING OR ENTERING", "BREAKING AND ENTERING", "ENTRY", "FORCED ENTRY", "FORCE ENTRY", "BREAK IN",
                        "BURGLARY RESIDENTIAL", "BURGLARY COMMERCIAL", "BURGLARY OCCUPIED RESIDENCE"]),
        .init(code: "THEFT", name: "Theft, larceny, shoplifting", apco: "theft codes", category: .reportTaking,
              eligibility: .never("a report-taking call in the LEAP 2022 report (Theft: Report-taking, not in Figure 3)"),
              phrases: ["THEFT", "LARCENY", "SHOPLIFTING", "SHOPLIFTER", "STOLEN PROPERTY", "THEFT OF PROPERTY", "THEFT OF SERVICES",
                        "THEFT FROM PERSON", "THEFT FROM VEHICLE", "LARCENY FROM VEHICLE", "ENTRY TO VEHICLE", "ENTRY VEHICLE", "LOST STOLEN PROPERTY"]),
        .init(code: "VEHTHEFT", name: "Stolen or recovered vehicle", apco: "vehicle-theft codes", category: .reportTaking,
              eligibility: .never("a report-taking call in the LEAP 2022 report (Stolen Vehicle: Report-taking)"),
              phrases: ["STOLEN VEHICLE", "VEHICLE THEFT", "THEFT OF VEHICLE", "THEFT VEHICLE", "VEHICLE STOLEN", "GRAND LARCENY VEHICLE",
                        "UNAUTHORIZED USE", "UNAUTHORIZED USE OF MOTOR VEHICLE", "RECOVERED VEHICLE", "VEHICLE RECOVERY", "GRAND LARCENY VEHICLE RECOVERY",
                        "THEFT LOSS OF PLATES", "VEHICLE THEFT LOSS OF PLATES"]),
        .init(code: "FRAUD", name: "Fraud, forgery", apco: "fraud codes", category: .reportTaking,
              eligibility: .never("a report-taking call in the LEAP 2022 report (Fraud: Report-taking)"),
              phrases: ["FRAUD", "FORGERY", "FALSE PRETENSE", "SWINDLE", "IDENTITY THEFT", "IDENTITY FRAUD", "EMBEZZLEMENT", "BAD CHECK",
                        "SCAM", "CREDIT CARD FRAUD", "ALTERED CURRENCY", "COUNTERFEIT", "INTERNET CRIMES"]),
        .init(code: "DAMAGE", name: "Property damage, vandalism", apco: "vandalism codes", category: .reportTaking,
              eligibility: .never("a report-taking call in the LEAP 2022 report (Property Damage: Report-taking)"),
              phrases: ["PROPERTY DAMAGE", "DESTRUCTION OF PROPERTY", "VANDALISM", "CRIMINAL MISCHIEF", "GRAFFITI", "DESTRUCTION PROPERTY",
                        "PROPERTY DESTRUCTION", "DAMAGE"]),
        .init(code: "PROPERTY", name: "Lost, found or recovered property", apco: "Reroute extension", category: .reportTaking,
              eligibility: .never("a report-taking call in the LEAP 2022 report (Aband/Stolen Pro, Recovered Prop: Report-taking)"),
              phrases: ["FOUND PROPERTY", "LOST PROPERTY", "PROPERTY FOUND", "PROPERTY LOST", "RECOVERED PROPERTY", "ABANDONED PROPERTY",
                        "ABANDONED STOLEN PROPERTY", "RECOVER PROPERTY", "PROPERTY", "ADDITIONAL INFORMATION", "SUPPLEMENT REPORT"]),
        .init(code: "ACCPDO", name: "Traffic accident, property damage only", apco: "traffic-collision codes", category: .reportTaking,
              eligibility: .never("a report-taking call in the LEAP 2022 report (Acc Pdo: Report-taking)"),
              phrases: ["ACCIDENT", "ACCIDENT PROPERTY DAMAGE", "ACCIDENT PROPERTY DAMAGE ONLY", "ACCIDENT PRIVATE PROPERTY", "HIT AND RUN",
                        "ACCIDENT HIT AND RUN", "ACCIDENT NO INJURY", "ACCIDENT NON INJURY", "ACCIDENT CITY PROPERTY DAMAGE"]),
        .init(code: "ACCPI", name: "Traffic accident with injury", apco: "traffic-collision codes", category: .rapidAssistance,
              eligibility: .never("a rapid-assistance call in the LEAP 2022 report (Acc Pi: Rapid assistance)"),
              phrases: ["ACCIDENT INJURY", "ACCIDENT PERSONAL INJURY", "ACCIDENT WITH INJURIES", "PEDESTRIAN STRUCK", "ACCIDENT UNKNOWN INJURY",
                        "ACCIDENT INJURY PEDESTRIAN STRUCK", "BICYCLIST STRUCK", "ACCIDENT ENTRAPMENT", "ACCIDENT ROLL OVER", "HIT AND RUN INJURY"]),
        .init(code: "TRAFFIC", name: "Traffic hazard, disabled vehicle, road obstruction", apco: "traffic codes", category: .rapidAssistance,
              eligibility: .never("a rapid-assistance call in the LEAP 2022 report (Traffic Hazard: Rapid assistance)"),
              phrases: ["TRAFFIC HAZARD", "TRAFFIC COMPLAINT", "HAZARD", "STREET OBSTRUCTION", "BLOCKING ROADWAY", "TRAFFIC BLOCKING ROADWAY",
                        "DISABLED VEHICLE", "DISABLED MOTORIST", "STALLED VEHICLE", "TRAFFIC LIGHT PROBLEM", "TRAFFIC SIGNAL", "TREES DOWN",
                        "WIRES DOWN", "ROAD HAZARD", "DEBRIS", "TRAFFIC PROBLEM", "WATER DEBRIS", "TRAFFIC MOVING VIOLATION", "TRAFFIC"]),
        .init(code: "TOW", name: "Tow, repossession, abandoned vehicle", apco: "Reroute extension", category: .reportTaking,
              eligibility: .never("no published rate; stated rule: not eligible (vehicle matters are report-taking calls in the LEAP 2022 report)"),
              phrases: ["TOW", "TOWED VEHICLE", "PRIVATE TOW", "VEHICLE TOW", "REPOSSESSION", "REPOSSESSED", "ABANDONED VEHICLE", "ABANDONED AUTO",
                        "BOOT REMOVAL"]),
        .init(code: "ANIMAL", name: "Animal complaint, bite", apco: "animal codes", category: .reportTaking,
              eligibility: .never("animal complaints are report-taking calls in the LEAP 2022 report (Loose Animal, Animal Bite: not in Figure 3)"),
              phrases: ["ANIMAL", "LOOSE ANIMAL", "STRAY", "ANIMAL COMPLAINT", "DOG", "BARKING DOG", "ANIMAL BITE", "DOG BITE", "WILDLIFE",
                        "ANIMAL DECEASED", "ANIMAL STRAY", "ANIMAL DANGEROUS", "ANIMAL DISTURBANCE", "ANIMAL SICK INJURED"]),
        .init(code: "MEDICAL", name: "Medical emergency, injured or sick person", apco: "EMS codes", category: .rapidAssistance,
              eligibility: .never("a rapid-assistance call in the LEAP 2022 report (Inj Person/Sick: Rapid assistance)"),
              phrases: ["MEDICAL", "SICK", "SICK PERSON", "SICK CASE", "INJURED PERSON", "INJURED", "INJURED PERSON SICK", "BREATHING",
                        "TROUBLE BREATHING", "NOT BREATHING", "CHEST PAIN", "UNCONSCIOUS", "SEIZURE", "STROKE", "FALL", "CARDIAC", "CARDIAC ARREST",
                        "HEART PROBLEMS", "DIABETIC", "DIABETIC EMERGENCY", "ABDOMINAL PAIN", "BACK PAIN", "ALLERGIC REACTION", "HEADACHE",
                        "CHOKING", "CHILD BIRTH", "OBSTETRIC", "LACERATION", "POISONING", "EYE INJURY", "HEAT EXPOSURE", "TRAUMATIC INJURIES",
                        "ALTERED LEVEL OF CONSCIOUSNESS", "CPR", "~ADVANCED LIFE SUPPORT", "~BASIC LIFE SUPPORT", "MEDICAL ALARM", "~EMERGENCY MEDICAL",
                        "TRAUMA", "MEDICAL RUN", "FACILITY"]),
        .init(code: "OD", name: "Overdose", apco: "OD", category: .rapidAssistance,
              eligibility: .never("a rapid-assistance call in the LEAP 2022 report (Overdose: Rapid assistance)"),
              phrases: ["OVERDOSE", "DRUG OVERDOSE"]),
        .init(code: "SUICIDE", name: "Suicide attempt or threat", apco: "SUICIDE", category: .rapidAssistance,
              eligibility: .never("a rapid-assistance call in the LEAP 2022 report (Suicide Attempt: Rapid assistance)"),
              phrases: ["SUICIDE", "SUICIDAL", "SUICIDE ATTEMPT", "SUICIDAL PERSON", "JUMPER", "SUICIDE THREAT"]),
        .init(code: "FIRE", name: "Fire, smoke, gas or hazardous materials", apco: "fire codes", category: .rapidAssistance,
              eligibility: .never("a rapid-assistance call in the LEAP 2022 report (Fire, Gas Leak: Rapid assistance)"),
              phrases: ["FIRE", "STRUCTURE FIRE", "BUILDING FIRE", "OUTSIDE FIRE", "VEHICLE FIRE", "SMOKE", "ODOR OF SMOKE", "GAS LEAK",
                        "HAZARDOUS MATERIALS", "CARBON MONOXIDE", "ELEVATOR", "WATER RESCUE", "WATER EMERGENCIES", "MARINE", "EXPLOSION",
                        "WATER MAIN BREAK", "FLOODING", "OIL SPILL", "FUEL SPILL", "SUBJECT IN WATER", "RESIDENTIAL BUILDING FIRE", "APPLIANCE FIRE", "ELECTRICAL FIRE"]),
        .init(code: "ALARM", name: "Alarm (intrusion, holdup, panic, fire)", apco: "alarm codes", category: .alarm,
              eligibility: .never("an alarm call in the LEAP 2022 report (Holdup Alarm, Burg/Aud: Alarm, not in Figure 3)"),
              phrases: ["ALARM", "BURGLAR ALARM", "BURGLARY ALARM", "AUDIBLE ALARM", "SILENT ALARM", "HOLDUP ALARM", "PANIC ALARM",
                        "ALARM COMMERCIAL", "ALARM RESIDENTIAL", "FIRE ALARM", "DURESS ALARM", "ALARM HOLDUP", "ALARM BANK", "VEHICLE ACTIVATION ONSTAR"]),
        .init(code: "TSTOP", name: "Traffic stop, traffic enforcement", apco: "Reroute extension (officer-initiated)", category: .officerInitiated,
              flags: [.officerInitiated], eligibility: .never(officerRule),
              phrases: ["TRAFFIC STOP", "TRAFFIC ENFORCEMENT", "TRAFFIC LASER", "TARGETED TRAFFIC STOP", "SPEED ENFORCEMENT", "VEHICLE STOP",
                        "BOAT STOP"]),
        .init(code: "PATROL", name: "Patrol, checks, stops and follow-ups started by officers", apco: "Reroute extension (officer-initiated)",
              category: .officerInitiated, flags: [.officerInitiated], eligibility: .never(officerRule),
              phrases: ["BUSINESS CHECK", "PREMISE CHECK", "PATROL", "DIRECTED PATROL", "FOOT PATROL", "ON VIEW", "OFFICER INITIATED",
                        "SUBJECT STOP", "FIELD INTERVIEW", "INVESTIGATIVE STOP", "FOLLOW UP", "INVESTIGATION", "INVESTIGATE", "TRAFFIC CONTROL",
                        "TRAFFIC DIRECTION", "COMMUNITY ENGAGEMENT", "COMMUNITY MEETING", "OFF DUTY DETAIL", "SPECIAL EVENT", "SEARCH WARRANT",
                        "SEARCH AND SEIZURE", "PURSUIT", "VEHICLE PURSUIT", "FOOT PURSUIT", "HOME VISIT", "HOME VISIT CHECK", "NOTIFICATION",
                        "NOTIFY", "CHECKING VEHICLE", "CHECKING BUILDING", "CHECKING PERSON", "PARK AND WALK", "TAVERN CHECK", "VACANT HOUSE CHECK",
                        "SCHOOL MONITORING", "UNOCCUPIED VEHICLE CHECK", "SHOTSPOTTER", "SHOTSPOTTER ALERT", "CITIZEN CONTACT", "PROBATION PAROLE",
                        "PURSUIT DRILL", "FLAG DOWN", "SUSPICIOUS STOP"]),
        .init(code: "ADMIN", name: "Administrative, unit status, tests", apco: "Reroute extension (not a call)", category: .officerInitiated,
              flags: [.officerInitiated], eligibility: .never(officerRule),
              phrases: ["ADMINISTRATIVE", "ADMINISTRATIVE TASK", "POLICE ADMINISTRATIVE", "TEST CALL", "TEST", "PERSONAL RELIEF", "LAB REQUEST",
                        "REPAIRS SERVICE", "SIGNAL OUT", "RETURN STATION", "REPORTS", "OUT OF SERVICE", "ASSIGNMENT", "SPECIAL ASSIGNMENT",
                        "COURT", "COURT DUTY", "PRISONER", "TRANSPORT PRISONER", "PRISONER TRANSPORT", "VEHICLE MAINTENANCE", "CAR CHANGE",
                        "MAIL RUN", "TRAINING", "ACADEMY", "MEAL", "BREAK", "DOCUMENTED CALL", "CONVEY PROPERTY", "CITIZEN CONVEY",
                        "JUVENILE CONVEY", "HOSPITAL GUARD", "PICKUP PARTNER", "PHOTO ASSIGNMENT", "PRISONER BOOKING", "DO NOT USE"]),
    ]
}
