import Vocabulary

extension CallCatalogue {
    /// Call types as a ``ResultTable`` (`catalogue show`): code, label, category, eligibility rate and its source,
    /// the DV and weapon variant flags, Appendix 1's 2021 count and the aliases.
    /// - Parameter entries: the entries to list (all, or the eligible ones).
    public static func table(_ entries: [CatalogueEntry]) -> ResultTable {
        ResultTable(
            id: "catalogue", title: "Call types",
            columns: [("code", "Code"), ("label", "Label"), ("category", "Category"), ("eligibility_rate", "Eligible share"),
                      ("rate_source", "Rate source"), ("dv_variant", "DV variant"), ("weapon_variant", "Weapon variant"),
                      ("appendix1_count_2021", "Calls 2021 (Appendix 1)"), ("aliases", "Aliases")],
            rows: entries.map { entry in
                [.text(entry.code), .text(entry.label), .text(entry.category.rawValue),
                 .optional(entry.eligibilityRate?.value) { .number($0, decimals: 3) },
                 .text(entry.eligibilityRate?.source ?? ""),
                 .text(entry.isDomesticViolenceVariant ? "yes" : ""), .text(entry.isWeaponVariant ? "yes" : ""),
                 entry.published["appendix1_count_2021"].map { .integer(Int($0.value)) } ?? .empty,
                 .text(entry.aliases.joined(separator: "|"))]
            })
    }
}
