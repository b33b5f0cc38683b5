import CallCatalogue
import Vocabulary

/// Eligible calls by the primary skill they need (the report's Figure 8): each eligible type's eligible calls go
/// to its canonical type's ``PrimarySkill``.
public struct SkillNeeds: Sendable, Equatable {
    /// One skill's eligible calls and the catalogue types counted under it.
    public struct Row: Sendable, Equatable {
        public var skill: PrimarySkill
        public var eligibleCalls: Double
        /// Share of all eligible calls (0…1).
        public var share: Double
        /// Labels of the catalogue's eligible types with calls mapped to this skill, most calls first.
        public var types: [String]
    }

    /// Skills with eligible calls, most calls first.
    public var rows: [Row]
    /// Eligible calls of types whose canonical type has no primary skill (no `canonical` in the catalogue).
    public var unmappedCalls: Double
    /// Labels of those types.
    public var unmappedTypes: [String]

    /// All eligible calls counted, mapped or not.
    public var totalEligibleCalls: Double { rows.reduce(0) { $0 + $1.eligibleCalls } + unmappedCalls }

    /// The row of a skill, if it has calls.
    public func row(_ skill: PrimarySkill) -> Row? { rows.first { $0.skill == skill } }

    /// Figure 8 as a table (`fig08-primary-skill`), for CSV, the workbook and the report.
    public var table: ResultTable {
        var cells: [[Cell]] = rows.map { [.text($0.skill.rawValue), .text($0.skill.label), .number($0.eligibleCalls, decimals: 0), .share($0.share), .text($0.types.joined(separator: "; "))] }
        if unmappedCalls > 0 {
            let total = totalEligibleCalls
            cells.append([.text("unmapped"), .text("No skill assigned"), .number(unmappedCalls, decimals: 0), .share(total > 0 ? unmappedCalls / total : .nan),
                          .text(unmappedTypes.joined(separator: "; "))])
        }
        return ResultTable(id: "fig08-primary-skill", title: "Primary skill needed to service eligible calls", reference: "Figure 8",
                           columns: [("skill", "Skill"), ("label", "Primary skill"), ("eligible_calls", "Eligible calls"), ("share", "% of eligible calls"),
                                     ("call_types", "Call types")],
                           rows: cells,
                           notes: ["Each eligible call type counts under one primary skill, by the rule stated for its canonical type (Methods: primary skill by call type). \(PrimarySkill.source)",
                                   "LEAP's Figure 8, from reading narratives, put about 18% of eligible calls under behavioural health and about 72% under conflict resolution; a mapping by type cannot split a type's calls, so many calls that also need the other skill count once."])
    }
}

extension DatasetAnalysis {
    /// Figure 8: eligible calls per primary skill, over the catalogue's eligible types.
    public func skillNeeds() -> SkillNeeds {
        var calls: [PrimarySkill: Double] = [:]
        var types: [PrimarySkill: [(String, Double)]] = [:]
        var unmapped = 0.0
        var unmappedTypes: [String] = []
        for (e, t, rate) in eligible {
            let n = Double(t.calls) * rate
            guard n > 0 else { continue }
            if let skill = e.canonical.flatMap(PrimarySkill.of(canonical:))?.value {
                calls[skill, default: 0] += n
                types[skill, default: []].append((e.label, n))
            } else {
                unmapped += n
                unmappedTypes.append(e.label)
            }
        }
        // Summed in a fixed order: a dictionary's order changes from run to run, and so would the last digits.
        let total = calls.sorted { $0.key.rawValue < $1.key.rawValue }.reduce(0) { $0 + $1.value } + unmapped
        let rows = calls.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }.map { skill, n in
            SkillNeeds.Row(skill: skill, eligibleCalls: n, share: total > 0 ? n / total : 0,
                           types: (types[skill] ?? []).sorted { $0.1 > $1.1 }.map(\.0))
        }
        return SkillNeeds(rows: rows, unmappedCalls: unmapped, unmappedTypes: unmappedTypes)
    }

    /// The rule behind each eligible type's primary skill (for the methods section and the workbook).
    public func skillRules() -> ResultTable {
        let rows: [[Cell]] = catalogue.eligibleEntries.map { e in
            let skill = e.canonical.flatMap(PrimarySkill.of(canonical:))
            return [.text(e.code), .text(e.label), .text(e.canonical ?? ""), .text(skill?.value.label ?? "not assigned"),
                    .text(skill?.source ?? "the catalogue gives this type no canonical type")]
        }
        return ResultTable(id: "fig08-skill-rules", title: "Primary skill by call type", reference: "Figure 8",
                           columns: [("call_type", "Call type"), ("label", "Label"), ("canonical", "Canonical type"), ("primary_skill", "Primary skill"),
                                     ("rule", "Rule")],
                           rows: rows, notes: [PrimarySkill.source])
    }
}
