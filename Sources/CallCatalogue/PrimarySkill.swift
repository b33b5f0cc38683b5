import Vocabulary

/// The skill a responder most needs on a call of a given type (the LEAP 2022 report's Figure 8, "primary skill
/// needed to service call").
///
/// No eligible type's primary skill is medical: urgent medical need is a red flag that screens a call out
/// (it goes to EMS), so medical skill is a safety minimum for every responder rather than a call mix to staff for.
public enum PrimarySkill: String, Sendable, Hashable, Codable, CaseIterable {
    /// Mental-health, behavioural-health or substance-use crisis response.
    case behaviouralHealth = "behavioural-health"
    /// Conflict resolution and mediation between people (neighbours, families, strangers, landlords).
    case conflictMediation = "conflict-mediation"
    /// Work with young people and families (juveniles, child welfare).
    case youthAndFamily = "youth-and-family"
    /// Connecting people to services: housing, poverty, general assistance, animal welfare.
    case socialServices = "social-services"

    /// The skill in the report's words.
    public var label: String {
        switch self {
        case .behaviouralHealth: "Behavioural health / crisis"
        case .conflictMediation: "Conflict resolution / mediation"
        case .youthAndFamily: "Youth and family engagement"
        case .socialServices: "Social services / assistance"
        }
    }

    /// The primary skill of a canonical call type (``CallTaxonomy``), with the rule or source that assigns it;
    /// `nil` for a type that is not community-responder eligible (it has no entry).
    public static func of(canonical code: String) -> Sourced<PrimarySkill>? {
        mapping[code.uppercased()]
    }

    /// Where the mapping comes from, in words.
    public static let source = "Reroute's mapping of the eligible canonical call types to the skill a call most needs, one stated rule per type; the behavioural-health shares quoted are the LEAP 2022 report's Figure 9 (its reading of each type's narratives)."

    private static func rule(_ skill: PrimarySkill, _ why: String) -> Sourced<PrimarySkill> {
        Sourced(skill, source: why)
    }

    /// Canonical code → primary skill with its rule. Every eligible canonical type has one.
    static let mapping: [String: Sourced<PrimarySkill>] = [
        "DISORD": rule(.conflictMediation, "trouble with a subject is a dispute between people; Figure 9: 3% mental health, 6% substance use"),
        "WELFARE": rule(.behaviouralHealth, "a check on a person's condition, catalogued under behavioural-health needs (Figure 1); Figure 9: 25% mental health, 8% substance use, the highest after mental observation"),
        "MNTL": rule(.behaviouralHealth, "a mental-health call by definition; Figure 9: 100% mental health"),
        "SUSP": rule(.conflictMediation, "approaching a person a caller finds suspicious and settling it between them; Figure 9: 94% neither mental health nor substance use"),
        "ASSIST": rule(.socialServices, "a general request for help, answered by connecting the caller to a service; Figure 9: 100% other"),
        "NOISE": rule(.conflictMediation, "a dispute between neighbours; Figure 9: 100% other"),
        "FAMILY": rule(.conflictMediation, "a family dispute without violence; Figure 9: 11% mental health, 11% substance use"),
        "CIVIL": rule(.conflictMediation, "keeping the peace between parties over property; Figure 9: 100% other"),
        "ANIMALCR": rule(.socialServices, "referral to animal services; Figure 9: 100% other"),
        "JUV": rule(.youthAndFamily, "trouble with juveniles; Figure 9: 4% substance use"),
        "CUST": rule(.conflictMediation, "a dispute between parents over a child; Figure 9: 100% other"),
        "CHILDNEG": rule(.youthAndFamily, "a child-welfare concern; Figure 9: 100% other"),
        "LANDLORD": rule(.conflictMediation, "a dispute between landlord and tenant; Figure 9: 100% other"),
        "FIREWORKS": rule(.conflictMediation, "a nuisance between neighbours; Figure 9: 100% other"),
        "INDEXP": rule(.behaviouralHealth, "Figure 9: 52% mental health, 4% substance use, a majority"),
        "SUSPOTH": rule(.conflictMediation, "as a suspicious person: settling a caller's concern on scene; Figure 9: 6% mental health"),
        "PHANDLE": rule(.socialServices, "poverty and housing needs; Figure 9: 2% substance use"),
        "PARKING": rule(.conflictMediation, "a dispute between neighbours over parking (no Figure 9 share)"),
        "INTOX": rule(.behaviouralHealth, "substance use by definition (no Figure 9 share)"),
        "VAG": rule(.socialServices, "housing and outreach needs of an unhoused person (no Figure 9 share)"),
        "TRESPASS": rule(.conflictMediation, "an unwanted person on a property, as trouble with a subject (no Figure 9 share)"),
    ]
}
