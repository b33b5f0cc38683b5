import CallCatalogue
import CallRecords
import Vocabulary

/// The call types an export uses, with their counts, and the canonical types suggested for them: what
/// `reroute catalogue suggest` prints and what `reroute report` uses when the profile names no catalogue
/// (`catalogue: suggest`).
public struct SuggestedMapping: Sendable {
    /// One suggestion per local call type, most calls first.
    public var suggestions: [CallTypeSuggestion]
    /// The catalogue the suggestions make (unmapped types left out: they stay unknown).
    public var catalogue: CallCatalogue

    /// Counts the call types of `files` (one read) and suggests a canonical type for each.
    /// - Parameter otherCity: a catalogue of another city whose same-name codes are noted (default Milwaukee's).
    /// - Throws: ``InputError`` when a file cannot be read.
    public static func make(files: [String], profile: Profile, cityCatalogue: CallCatalogue? = nil,
                            otherCity: CallCatalogue? = nil) throws -> SuggestedMapping {
        let ingestor = CallIngestor(profile: profile, rejects: try RejectsWriter(url: nil))
        var calls: [Int] = [], officer: [Int] = []
        _ = try ingestor.ingest(files: files) { row in
            let id = Int(row.callType)
            while calls.count <= id { calls.append(0); officer.append(0) }
            calls[id] += 1
            if row.source == .officerInitiated { officer[id] += 1 }
        }
        var byType: [String: (Int, Int)] = [:]
        for id in calls.indices {
            let code = profile.catalogueCode(for: ingestor.callTypes.string(Int32(id)))
            byType[code, default: (0, 0)].0 += calls[id]
            byType[code, default: (0, 0)].1 += officer[id]
        }
        let rates = try CallCatalogue.builtIn("milwaukee")
        let taxonomy = CallTaxonomy.standard(rates: rates)
        let suggester = CallTypeSuggester(taxonomy: taxonomy, cityCatalogue: cityCatalogue, otherCity: otherCity ?? (cityCatalogue == nil ? rates : nil))
        let suggestions = byType.sorted { ($0.value.0, $1.key) > ($1.value.0, $0.key) }.map {
            suggester.suggest($0.key, calls: $0.value.0, officerBySource: $0.value.1)
        }
        let name = "suggested from " + files.map { ($0 as NSString).lastPathComponent }.prefix(3).joined(separator: ", ") + (files.count > 3 ? ", ..." : "")
        return SuggestedMapping(suggestions: suggestions, catalogue: CallCatalogue(suggestions: suggestions, taxonomy: taxonomy, city: name))
    }

    /// Citizen-call volume (calls not marked officer-initiated by name or source) and the share of it mapped at
    /// each confidence.
    public var citizenVolume: Int { suggestions.reduce(0) { $0 + $1.citizenCalls } }

    /// Share of citizen-call volume per confidence (unmapped included), in ``MappingConfidence`` order.
    public var sharesByConfidence: [(MappingConfidence, Double)] {
        let total = Double(max(citizenVolume, 1))
        return MappingConfidence.allCases.map { c in
            (c, Double(suggestions.filter { $0.confidence == c }.reduce(0) { $0 + $1.citizenCalls }) / total)
        }
    }

    /// Share of citizen-call volume mapped to a canonical type at any confidence.
    public var mappedShare: Double {
        1 - (sharesByConfidence.first { $0.0 == .unmapped }?.1 ?? 0)
    }

    /// The split of citizen-call volume by what the names allow: the share in types whose name carries no call
    /// type (`OTHER`, `SEE TEXT`, `RA POLICE`), and the share of the rest that is mapped.
    public var nameCoverage: MappingNameCoverage {
        MappingNameCoverage(volume: citizenVolume,
                            mapped: suggestions.filter { $0.canonical != nil }.reduce(0) { $0 + $1.citizenCalls },
                            nameless: suggestions.filter(\.nameCarriesNoCallType).reduce(0) { $0 + $1.citizenCalls },
                            namelessTypes: suggestions.filter { $0.nameCarriesNoCallType && $0.citizenCalls > 0 }.map(\.localType))
    }

    /// The mapping as YAML for review: one entry per local type with its canonical type, confidence and reason;
    /// entries below high confidence are marked `review: true`.
    public func yaml() -> String {
        func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
        var out = "# Suggested mapping of local call types onto Reroute's cross-city taxonomy (reroute catalogue suggest).\n"
        out += "# Review every entry marked `review: true`; change `canonical` where the suggestion is wrong.\n"
        out += "# Shares of citizen-call volume: " + sharesByConfidence.map { "\($0.0.rawValue) \(Format.percent($0.1))" }.joined(separator: ", ") + "\n"
        if let sentence = nameCoverage.sentence { out += "# " + sentence + "\n" }
        out += "mappings:\n"
        for s in suggestions {
            out += "  - local: \(quoted(s.localType))\n"
            out += "    calls: \(s.calls)\n"
            out += "    canonical: \(s.canonical.map(quoted) ?? "null")\n"
            out += "    confidence: \(s.confidence.rawValue)\n"
            if !s.flags.isEmpty { out += "    flags: [\(s.flags.sorted().map(\.rawValue).joined(separator: ", "))]\n" }
            out += "    review: \(s.needsReview)\n"
            out += "    reason: \(quoted(s.reason))\n"
        }
        return out
    }

    /// The suggestions as a table.
    public func table(taxonomy: CallTaxonomy? = nil) -> ResultTable {
        let total = Double(max(citizenVolume, 1))
        let rows: [[Cell]] = suggestions.map { s in
            let type = s.canonical.flatMap { code in catalogue.entries.first { $0.canonical == code && $0.code == s.localType } }
            return [.text(s.localType), .integer(s.calls), .integer(s.citizenCalls), .share(Double(s.citizenCalls) / total),
                    .text(s.canonical ?? "(unknown)"), .text(type?.category.rawValue ?? ""),
                    type?.eligibilityRate.map { .share($0.value) } ?? .empty, .text(s.confidence.rawValue),
                    .text(s.needsReview ? "yes" : "no"), .text(s.reason)]
        }
        return ResultTable(id: "call-type-mapping", title: "Local call types mapped onto the cross-city taxonomy (suggested)",
                           columns: [("local_type", "Local call type"), ("calls", "Calls"), ("citizen_calls", "Citizen-initiated calls"),
                                     ("share_of_citizen", "% of citizen calls"), ("canonical", "Canonical type"), ("category", "Category"),
                                     ("eligibility_rate", "% CR-eligible"), ("confidence", "Confidence"), ("review", "Review"), ("reason", "Reason")],
                           rows: rows,
                           notes: ["Suggested from the names (no hand-written mapping): " + sharesByConfidence.map { "\($0.0.rawValue) \(Format.percent($0.1))" }.joined(separator: ", ") + " of citizen-call volume."]
                               + [nameCoverage.sentence].compactMap { $0 } + [
                                   "Unmapped types are counted as unknown: neither citizen- nor officer-initiated. Review low-confidence rows; `reroute catalogue suggest FILES` writes this mapping as YAML."])
    }
}

import Foundation
