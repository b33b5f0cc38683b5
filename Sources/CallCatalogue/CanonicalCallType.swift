import Vocabulary

/// A flag that a canonical call type carries (or that a local call type's name shows).
public enum CallFlag: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// The violent member of a violent / non-violent pair (screened out).
    case violent
    /// The non-violent member of a violent / non-violent pair.
    case nonViolent = "non-violent"
    /// Domestic violence: never eligible.
    case domesticViolence = "domestic-violence"
    /// A weapon is involved: never eligible.
    case weapon
    /// The event is in progress (a priority variant, not a different type).
    case inProgress = "in-progress"
    /// Activity started by an officer, another agency or a sensor: not a citizen call.
    case officerInitiated = "officer-initiated"

    public static func < (a: CallFlag, b: CallFlag) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One call type of the cross-city taxonomy: what any city's local call type maps onto.
///
/// Modelled on the APCO ANS 2.103.2-2019 common incident types (the registry NENA's EIDO uses), split where the
/// LEAP 2022 report publishes a separate eligibility rate (so Milwaukee's Figure 3 rates carry over) and
/// extended with the categories the report needs. ``eligibility`` is `nil` for a type that is never given to a
/// community responder; otherwise a ``Sourced`` rate whose source says whether it is published (a Figure 3 rate
/// of the Milwaukee type it comes from) or a stated rule.
public struct CanonicalCallType: Sendable, Hashable, Codable {
    /// The canonical code, upper case, e.g. `WELFARE`, `MNTL`, `DVNA`.
    public var code: String
    /// A short name, e.g. `Welfare check`.
    public var name: String
    /// The APCO common incident type(s) it corresponds to, or a note that it is a Reroute split or extension.
    public var apco: String
    /// The report's category (Figure 1).
    public var category: CallCategory
    /// Flags (violent / non-violent, DV, weapon, in-progress, officer-initiated).
    public var flags: Set<CallFlag>
    /// The other member of a violent / non-violent pair, e.g. `MTLV` for `MNTL`.
    public var pair: String?
    /// The share of the type's citizen-initiated calls a community responder could take, with its source;
    /// `nil`: not eligible.
    public var eligibility: Sourced<Double>?
    /// Why the eligibility is what it is, in words (for types without a published rate, the stated rule).
    public var eligibilityBasis: String
    /// Phrases (normalised, abbreviations expanded) that name this type in CAD exports; used by
    /// ``CallTypeSuggester``. More words in a phrase make a more specific match.
    public var phrases: [String]

    /// Creates a canonical type.
    public init(code: String, name: String, apco: String, category: CallCategory, flags: Set<CallFlag> = [],
                pair: String? = nil, eligibility: Sourced<Double>? = nil, eligibilityBasis: String, phrases: [String]) {
        self.code = code
        self.name = name
        self.apco = apco
        self.category = category
        self.flags = flags
        self.pair = pair
        self.eligibility = eligibility
        self.eligibilityBasis = eligibilityBasis
        self.phrases = phrases
    }

    /// Whether calls of this type may go to a community responder.
    public var isEligible: Bool {
        eligibility != nil && !flags.contains(.domesticViolence) && !flags.contains(.weapon)
            && !flags.contains(.officerInitiated) && !flags.contains(.violent)
    }

    /// Whether the type is officer-initiated (or otherwise not citizen-initiated) activity.
    public var isOfficerInitiated: Bool { flags.contains(.officerInitiated) || category == .officerInitiated }
}
