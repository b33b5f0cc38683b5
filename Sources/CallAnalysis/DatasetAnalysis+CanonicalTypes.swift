import CallCatalogue
import Vocabulary

extension DatasetAnalysis {
    /// Citizen-initiated calls per cross-city canonical type (``CallTaxonomy``), whatever the city's own codes: the
    /// table `reroute compare` sets side by side across cities. Each row lists the local types folded into it; local
    /// types without a canonical type are one row, and unknown-type calls are left out (stated in the notes). A
    /// catalogue entry that names no canonical type (Milwaukee's lists one only for its eligible types) takes the
    /// one its name suggests, and the notes give the share of calls so placed.
    public func canonicalTypes() -> ResultTable {
        let taxonomy = try? CallTaxonomy.standard()
        struct Row { var calls = 0; var eligible = 0.0; var local: [(String, Int)] = [] }
        var byCanonical: [String: Row] = [:]
        let rates = Dictionary(eligible.map { ($0.entry.code, $0.rate) }, uniquingKeysWith: { a, _ in a })
        let suggester = taxonomy.map { CallTypeSuggester(taxonomy: $0) }
        var suggested = 0
        for (code, tally) in summary.citizen {
            var canonical = catalogue.entry(for: code)?.canonical
            if canonical == nil, let s = suggester?.suggest(code).canonical {
                canonical = s
                suggested += tally.calls
            }
            let key = canonical ?? Self.noCanonicalType
            byCanonical[key, default: Row()].calls += tally.calls
            byCanonical[key, default: Row()].eligible += Double(tally.calls) * (rates[code] ?? 0)
            byCanonical[key, default: Row()].local.append((code, tally.calls))
        }
        let total = Double(max(totalCitizen, 1))
        let days = Double(max(summary.days, 1))
        let rows: [[Cell]] = byCanonical.sorted { ($0.value.calls, $1.key) > ($1.value.calls, $0.key) }.map { key, row in
            let type = taxonomy?.type(key)
            let local = row.local.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.map(\.0)
            return [.text(key), .text(type?.name ?? (key == Self.noCanonicalType ? "local types without a canonical type" : "")),
                    .text(type?.category.rawValue ?? ""), .integer(row.calls), .share(Double(row.calls) / total),
                    .number(Double(row.calls) / days, decimals: 2), .number(row.eligible, decimals: 0),
                    .text(local.prefix(12).joined(separator: "; ") + (local.count > 12 ? "; … (\(local.count) in all)" : ""))]
        }
        return ResultTable(id: "canonical-types", title: "Citizen-initiated calls by cross-city canonical type",
                           columns: [("canonical", "Canonical type"), ("name", "Name"), ("category", "Category"),
                                     ("calls", "Citizen-initiated calls"), ("share", "% of citizen-initiated"),
                                     ("calls_per_day", "Calls per day of data"), ("eligible_calls", "CR-eligible calls"),
                                     ("local_types", "Local call types")],
                           rows: rows,
                           notes: ["Canonical types after APCO's common incident types (Reroute's cross-city taxonomy); the catalogue (\(catalogue.city)) maps each local type onto one. Per-day rates divide by the \(summary.days) days with data.",
                                   "\(Cell.share(Double(suggested) / total).displayText) of citizen-initiated calls are of local types the catalogue gives no canonical type; they are placed by the name's suggestion (reroute catalogue suggest's rules).",
                                   unknownShareNote])
    }

    /// The row key for local types that map onto no canonical type.
    static let noCanonicalType = "(none)"
}
