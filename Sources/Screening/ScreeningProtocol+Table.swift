extension ScreeningProtocol {
    /// The rule set as a readable decision table, one rule per block, in the order they are tried.
    public func decisionTable() -> String {
        var lines = ["\(name) — protocol version \(version)", "Source: \(source)",
                     "Eligible call types (\(eligibleCallTypes.count)): \(eligibleCallTypes.joined(separator: ", "))",
                     "Never eligible: call types ending in \(ineligibleSuffixes.joined(separator: " ")) or containing \(ineligibleFragments.joined(separator: ", "))",
                     "", "The first rule whose conditions hold decides:", ""]
        for (index, rule) in rules.enumerated() {
            var condition = Self.describe(rule.all, joiner: " and ")
            if !rule.any.isEmpty {
                let any = "any of (" + Self.describe(rule.any, joiner: "; ") + ")"
                condition = rule.all.isEmpty ? any : condition + " and " + any
            }
            lines.append("\(index + 1). \(rule.id)")
            lines.append("   when:     \(condition.isEmpty ? "always" : condition)")
            lines.append("   decision: \(rule.decision.label)   code: \(rule.shortCode)")
            lines.append("   why:      \(rule.reason)")
        }
        return lines.joined(separator: "\n")
    }

    /// "weapons is yes or unknown and source is direct_line".
    public static func describe(_ conditions: [ProtocolField: Set<String>], joiner: String) -> String {
        conditions.keys.sorted().map { field in
            let values = field.domain.filter { conditions[field]?.contains($0) == true }
            return "\(field.rawValue) is \(values.joined(separator: " or "))"
        }.joined(separator: joiner)
    }
}
