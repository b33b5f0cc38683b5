import Vocabulary
/// One call type of a catalogue: its code, category, eligibility for a community responder and published values.
public struct CatalogueEntry: Sendable, Hashable, Codable {
    /// The canonical call-type code, normalised (upper case, single spaces), e.g. `TRBL W/SUBJ`.
    public var code: String
    /// The label the report uses, e.g. `Trbl W/Subj`.
    public var label: String
    /// The general category.
    public var category: CallCategory
    /// Whether the type is officer-initiated (or otherwise not citizen-initiated) activity.
    public var isOfficerInitiated: Bool
    /// The share of this type's citizen-initiated calls appropriate for a community responder; `nil` means not
    /// eligible. The built-in defaults are Figure 3's rates.
    public var eligibilityRate: Sourced<Double>?
    /// Other spellings of the code that resolve to this entry (normalised), e.g. 16-character truncations.
    public var aliases: [String]
    /// Whether the type is a domestic-violence variant (`-DV`, ` DV`, `/DV`); such types are never eligible.
    public var isDomesticViolenceVariant: Bool
    /// Whether the type involves a weapon (GUN, WEAPON, ARMED, ...); such types are never eligible.
    public var isWeaponVariant: Bool
    /// Published reference values keyed by name, e.g. `appendix1_count_2021`, `figure3_citizen_calls`,
    /// `figure3_eligible_calls`, `figure9_mental_health_share`.
    public var published: [String: Sourced<Double>]
    /// For a variant (e.g. `FAMILY TROUBL-DV`), the code of the type it varies (`FAMILY TROUBLE`).
    public var variantOf: String?
    /// The cross-city canonical type (``CallTaxonomy``) this local type maps onto, e.g. `WELFARE`.
    public var canonical: String?
    /// For an entry suggested from the data rather than written in a catalogue: how sure and why.
    public var suggestion: CallTypeSuggestion?

    /// Whether calls of this type may go to a community responder: it has an eligibility rate and is neither a
    /// domestic-violence nor a weapon variant.
    public var isEligible: Bool {
        eligibilityRate != nil && !isDomesticViolenceVariant && !isWeaponVariant && !isOfficerInitiated
    }

    /// Creates an entry. DV and weapon flags are taken as given; catalogue files derive them from the code.
    public init(
        code: String,
        label: String,
        category: CallCategory,
        isOfficerInitiated: Bool? = nil,
        eligibilityRate: Sourced<Double>? = nil,
        aliases: [String] = [],
        isDomesticViolenceVariant: Bool = false,
        isWeaponVariant: Bool = false,
        published: [String: Sourced<Double>] = [:],
        variantOf: String? = nil,
        canonical: String? = nil,
        suggestion: CallTypeSuggestion? = nil
    ) {
        self.code = code
        self.label = label
        self.category = category
        self.isOfficerInitiated = isOfficerInitiated ?? (category == .officerInitiated)
        self.eligibilityRate = eligibilityRate
        self.aliases = aliases
        self.isDomesticViolenceVariant = isDomesticViolenceVariant
        self.isWeaponVariant = isWeaponVariant
        self.published = published
        self.variantOf = variantOf
        self.canonical = canonical
        self.suggestion = suggestion
    }
}
