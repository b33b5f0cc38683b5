import Vocabulary

extension CallCatalogue {
    /// A catalogue for a city without one, built from suggested mappings: each mapped local type takes its
    /// canonical type's category, flags and eligibility (whose source names the canonical type, the suggestion's
    /// confidence and reason, and the rate's own source). Unmapped types are left out: they stay unknown.
    /// - Parameters:
    ///   - city: the name shown for the catalogue, e.g. `suggested from week35.csv`.
    public init(suggestions: [CallTypeSuggestion], taxonomy: CallTaxonomy, city: String) {
        var entries: [CatalogueEntry] = []
        for s in suggestions {
            guard let code = s.canonical, let type = taxonomy.type(code) else { continue }
            let officer = s.isOfficerInitiated || type.isOfficerInitiated
            let dv = s.flags.contains(.domesticViolence) || type.flags.contains(.domesticViolence)
            let weapon = s.flags.contains(.weapon) || type.flags.contains(.weapon)
            var rate: Sourced<Double>?
            if type.isEligible, !officer, !dv, !weapon, let r = type.eligibility {
                rate = r.with(source: "canonical \(type.code) (suggested, \(s.confidence.rawValue) confidence); \(r.source)")
            }
            entries.append(CatalogueEntry(
                code: s.localType, label: s.localType, category: officer ? .officerInitiated : type.category,
                isOfficerInitiated: officer, eligibilityRate: rate, isDomesticViolenceVariant: dv, isWeaponVariant: weapon,
                canonical: type.code, suggestion: s))
        }
        self.init(city: city, period: "", sources: CallTaxonomy.sources, entries: entries)
        isSuggested = true
    }
}
