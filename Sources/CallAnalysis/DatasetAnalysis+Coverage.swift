import CallCatalogue
import CallRecords
import Vocabulary

/// A warning a run ends with, with a stable code for scripts.
public struct RunWarning: Sendable, Codable, Equatable {
    /// Stable code: `clock-12h-without-meridiem`, `coverage-gaps`, `eligible-types-absent`, `short-period`,
    /// `unmapped-call-types`, `suggested-mapping`, `rejected-rows`, `boundary-geometry`.
    public var code: String
    public var message: String
    public init(code: String, message: String) { self.code = code; self.message = message }
}

extension DatasetAnalysis {
    /// The suggested mapping behind a suggested catalogue (empty for a written catalogue).
    public var suggestions: [CallTypeSuggestion] { catalogue.entries.compactMap(\.suggestion) }

    /// The note that every type-dependent figure carries: the share of calls whose type is unknown.
    var unknownShareNote: String {
        let all = summary.citizenCalls + summary.officerCalls + summary.unknownCalls
        guard summary.unknownCalls > 0 else { return "Every call's type is known to the catalogue." }
        return "\(Cell.integer(summary.unknownCalls).displayText) calls (\(Cell.share(Double(summary.unknownCalls) / Double(max(all, 1))).displayText) of all) have an unknown type and are left out of citizen- and officer-initiated counts (unknown-call-types.csv)."
    }

    static func dayText(_ day: Int) -> String {
        let (y, m, d) = LocalTime.civil(dayNumber: day)
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// Coverage: days in the span, days with data, gaps and partial days.
    public func coverage() -> ResultTable {
        var rows: [[Cell]] = [[.text("days in span"), .integer(summary.spanDays), .text(periodText)],
                              [.text("days with data"), .integer(summary.days), .text("rates per day and hour divide by these")]]
        for g in summary.gaps {
            rows.append([.text("gap"), .integer(g.last - g.first + 1), .text("\(Self.dayText(g.first)) to \(Self.dayText(g.last))")])
        }
        for d in summary.partialDays {
            rows.append([.text("partial day"), .integer(summary.callsPerDay[d] ?? 0), .text("\(Self.dayText(d)): under a quarter of the median day's calls")])
        }
        return ResultTable(id: "coverage", title: "Coverage: days with data", columns: [("item", "Item"), ("days_or_calls", "Days (calls for a partial day)"), ("detail", "Detail")],
                           rows: rows, notes: ["Per-day and per-hour rates, staffing demand and yearly projections divide by days with data, not by the calendar span."])
    }

    /// Outcomes of all calls (citizen-initiated, officer-initiated, unknown type).
    public func outcomesAllCalls() -> ResultTable {
        var rows: [[Cell]] = []
        func counts(_ tallies: [String: CallTypeTally]) -> [Int] {
            var c = Array(repeating: 0, count: OutcomeClass.allCases.count)
            for t in tallies.values { for i in c.indices { c[i] += t.byOutcome[i] } }
            return c
        }
        let c = counts(summary.citizen), o = counts(summary.officer), u = counts(summary.unknown)
        for (i, outcome) in OutcomeClass.allCases.enumerated() {
            rows.append([.text(outcome.rawValue), .text(outcome.label), .integer(c[i]), .integer(o[i]), .integer(u[i])])
        }
        var notes = ["Outcome classes from the profile's disposition mapping."]
        if !ingest.has(.disposition) { notes.insert("Not computed: the data has no disposition column.", at: 0) }
        return ResultTable(id: "outcomes-all-calls", title: "Outcomes of all calls",
                           columns: [("outcome", "Outcome"), ("label", "Label"), ("citizen_initiated", "Citizen-initiated"),
                                     ("officer_initiated", "Officer-initiated"), ("unknown_type", "Unknown type")],
                           rows: rows, notes: notes)
    }

    /// Officer-initiated calls per call type.
    public func officerInitiatedTypes() -> ResultTable {
        let total = Double(max(summary.officerCalls, 1))
        let rows: [[Cell]] = summary.officer.sorted { ($0.value.calls, $1.key) > ($1.value.calls, $0.key) }.map {
            [.text($0.key), .text(catalogue.entry(for: $0.key)?.label ?? $0.key), .integer($0.value.calls), .share(Double($0.value.calls) / total)]
        }
        return ResultTable(id: "officer-initiated-types", title: "Officer-initiated calls by call type",
                           columns: [("call_type", "Call type"), ("label", "Label"), ("calls", "Calls"), ("share", "% of officer-initiated")],
                           rows: rows, notes: ["Officer-initiated by the source column, or by call type (catalogue or suggested mapping)."])
    }

    /// The suggested mapping, when the catalogue was suggested from the data.
    public func mappingTable() -> ResultTable? {
        guard catalogue.isSuggested else { return nil }
        let total = Double(max(summary.citizenCalls + summary.unknownCalls, 1))
        var rows: [[Cell]] = []
        for e in catalogue.entries {
            guard let s = e.suggestion else { continue }
            let citizen = summary.citizen[e.code]?.calls ?? 0
            rows.append([.text(e.code), .integer(citizen), .share(Double(citizen) / total), .text(e.canonical ?? ""), .text(e.category.rawValue),
                         e.eligibilityRate.map { .share($0.value) } ?? .empty, .text(s.confidence.rawValue), .text(s.needsReview ? "yes" : "no"), .text(s.reason)])
        }
        let readings = unknownTypeReadings
        for (code, t) in summary.unknown.sorted(by: { $0.value.calls > $1.value.calls }) {
            rows.append([.text(code), .integer(t.calls), .share(Double(t.calls) / total), .text("(unknown)"), .text(""), .empty, .text("unmapped"), .text("yes"),
                         .text(readings[code]?.reason ?? "no canonical type found")])
        }
        rows.sort { a, b in
            if case .integer(let x) = a[1], case .integer(let y) = b[1] { return x > y }
            return false
        }
        let shares = mappingShares
        return ResultTable(id: "call-type-mapping", title: "Call types mapped onto the cross-city taxonomy (suggested, no hand-written map)",
                           columns: [("local_type", "Local call type"), ("citizen_calls", "Citizen-initiated calls (unknown: all calls)"), ("share", "% of citizen and unknown calls"),
                                     ("canonical", "Canonical type"), ("category", "Category"), ("eligibility_rate", "% CR-eligible"),
                                     ("confidence", "Confidence"), ("review", "Review"), ("reason", "Reason")],
                           rows: rows,
                           notes: ["The profile names no catalogue for this city, so each call type was mapped onto the cross-city taxonomy by `reroute catalogue suggest`'s rules; a name shared with a Milwaukee type is a suggestion with that reason, not an identity.",
                                   "Citizen-call volume mapped: " + shares.map { "\($0.0.rawValue) \(Format.percent($0.1))" }.joined(separator: ", ") + "."]
                               + [nameCoverage.sentence].compactMap { $0 })
    }

    /// The suggester's reading of each unknown type's name: why no canonical type was found, and whether the name
    /// carries a call type at all. Read against the cross-city taxonomy, whatever catalogue the run used.
    var unknownTypeReadings: [String: CallTypeSuggestion] {
        guard !summary.unknown.isEmpty, let taxonomy = try? CallTaxonomy.standard() else { return [:] }
        let suggester = CallTypeSuggester(taxonomy: taxonomy)
        return Dictionary(uniqueKeysWithValues: summary.unknown.map { ($0.key, suggester.suggest($0.key, calls: $0.value.calls)) })
    }

    /// The split of citizen-call volume (citizen-initiated plus unknown-type calls) by what the names allow: the
    /// share in unknown types whose names carry no call type, and the share of the rest with a known type.
    public var nameCoverage: MappingNameCoverage {
        let nameless = unknownTypeReadings.filter { $0.value.nameCarriesNoCallType }
        return MappingNameCoverage(volume: summary.citizenCalls + summary.unknownCalls, mapped: summary.citizenCalls,
                                   nameless: nameless.reduce(0) { $0 + (summary.unknown[$1.key]?.calls ?? 0) },
                                   namelessTypes: nameless.keys.sorted { (summary.unknown[$0]?.calls ?? 0, $1) > (summary.unknown[$1]?.calls ?? 0, $0) })
    }

    /// Shares of citizen-call volume (citizen-initiated calls plus calls of unknown type) per confidence; a
    /// written catalogue counts as high.
    public var mappingShares: [(MappingConfidence, Double)] {
        let total = Double(max(summary.citizenCalls + summary.unknownCalls, 1))
        var byConfidence: [MappingConfidence: Int] = [:]
        for (code, t) in summary.citizen {
            byConfidence[catalogue.entry(for: code)?.suggestion?.confidence ?? .high, default: 0] += t.calls
        }
        byConfidence[.unmapped, default: 0] += summary.unknownCalls
        return MappingConfidence.allCases.map { ($0, Double(byConfidence[$0] ?? 0) / total) }
    }

    /// Share of citizen-call volume with a known (mapped) type.
    public var mappedShare: Double { 1 - (mappingShares.first { $0.0 == .unmapped }?.1 ?? 0) }

    /// The warnings of this analysis.
    public var warnings: [RunWarning] {
        var out: [RunWarning] = []
        // A 12-hour clock read without AM/PM puts every call in hours 0-12.
        var byHour = Array(repeating: 0, count: 24)
        for tallies in [summary.citizen, summary.officer, summary.unknown] {
            for t in tallies.values { for i in 0..<168 { byHour[i % 24] += t.byWeekHour[i] } }
        }
        let all = byHour.reduce(0, +)
        switch ingest.clock {
        case .twelveHourNoMeridiem?:
            out.append(.init(code: "clock-12h-without-meridiem",
                             message: "the profile says the times are a 12-hour clock without AM/PM (timestamps.clock: 12h-no-meridiem): hour-of-day figures are not computed (fig11-hourly); staffing's hourly demand splits each clock hour evenly between AM and PM; durations are the shortest step modulo 12 hours (wrong for any step of 12 hours or more); dates and day counts are as written"))
        case .twentyFourHour?:
            break   // the profile says the hours are 24-hour
        case .auto?, nil:
            if all >= 100, byHour[13...23].reduce(0, +) == 0 {
                out.append(.init(code: "clock-12h-without-meridiem",
                                 message: "no call falls in hours 13-23 although \(all) calls were read: the times look like a 12-hour clock written without AM/PM, read as 24-hour, so hourly figures and staffing are wrong; say how to read them in the profile: timestamps.clock: 12h-no-meridiem (hour of day unknown) or 24h (the hours are right)"))
            }
        }
        let gaps = summary.gaps
        if !gaps.isEmpty {
            let missing = gaps.reduce(0) { $0 + $1.last - $1.first + 1 }
            out.append(.init(code: "coverage-gaps", message: "\(gaps.count) gap(s), \(missing) days without data in a \(summary.spanDays)-day span (first: \(Self.dayText(gaps[0].first)) to \(Self.dayText(gaps[0].last))); rates divide by the \(summary.days) days with data"))
        }
        if summary.spanDays > 0, summary.spanDays < 365 {
            out.append(.init(code: "short-period", message: "the data covers \(summary.spanDays) days, less than a year: yearly figures are projected from \(summary.days) days with data and miss seasonality"))
        }
        let absent = catalogueEligibleAbsent
        if !absent.isEmpty {
            out.append(.init(code: "eligible-types-absent", message: "\(absent.count) eligible type(s) have no calls in the data (\(absent.prefix(8).joined(separator: ", "))\(absent.count > 8 ? ", ..." : "")): if the export leaves them out, eligible demand is understated"))
        }
        if summary.unknownCalls > 0 {
            let total = summary.citizenCalls + summary.officerCalls + summary.unknownCalls
            out.append(.init(code: "unmapped-call-types", message: "\(summary.unknown.count) call type(s), \(summary.unknownCalls) calls (\(Format.percent(Double(summary.unknownCalls) / Double(max(total, 1))))), are unknown: counted neither as citizen- nor officer-initiated (unknown-call-types.csv)" + (nameCoverage.sentence.map { "; " + $0.dropLast() } ?? "")))
        }
        if catalogue.isSuggested {
            let review = suggestions.filter(\.needsReview).count
            out.append(.init(code: "suggested-mapping", message: "call types mapped by suggestion (no catalogue for this city): \(Format.percent(mappedShare)) of citizen-call volume mapped; \(review) suggestion(s) need review (call-type-mapping.csv)"))
        }
        for layer in summary.layers {
            for warning in layer.boundaryWarnings { out.append(.init(code: "boundary-geometry", message: warning)) }
        }
        return out
    }

    /// Eligible types without calls: the catalogue's eligible entries (for a suggested catalogue, the taxonomy's
    /// eligible canonical types no local type maps onto).
    var catalogueEligibleAbsent: [String] {
        if catalogue.isSuggested {
            let present = Set(catalogue.entries.filter { (summary.citizen[$0.code]?.calls ?? 0) > 0 && $0.isEligible }.compactMap(\.canonical))
            let taxonomy = (try? CallTaxonomy.standard())?.types ?? []
            return taxonomy.filter { $0.isEligible && !present.contains($0.code) }.map { "\($0.code) (\($0.name))" }
        }
        return catalogue.eligibleEntries.filter { (summary.citizen[$0.code]?.calls ?? 0) == 0 }.map(\.code)
    }
}
