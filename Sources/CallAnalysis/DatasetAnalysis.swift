import CallRecords
import CallCatalogue
import Screening
import Vocabulary

/// The report's analyses of one dataset: each method returns one table with the report's columns.
///
/// Over citizen-initiated calls unless a table says otherwise. Eligible calls of a type are its
/// citizen-initiated calls times the type's eligibility rate (the report's Figure 3 method), so they
/// may be fractional.
public struct DatasetAnalysis: Sendable {
    public var summary: CallSummary
    public var catalogue: CallCatalogue
    public var ingest: IngestReport

    /// Creates the analysis of merged summaries.
    /// - Parameter screensNarratives: whether to screen the narratives the samples kept now (the default); a caller
    ///   that passes false calls ``CallSummary/screenPendingNarratives(with:)`` on ``summary`` itself before any
    ///   table that reads the verdicts (`reroute report` does, while the plan and staffing are made on another thread).
    public init(summary: CallSummary, catalogue: CallCatalogue, ingest: IngestReport, screensNarratives: Bool = true) {
        self.summary = summary
        // Narratives kept by the parts are screened here, once, after every part is merged.
        if screensNarratives { self.summary.screenPendingNarratives() }
        self.catalogue = catalogue
        self.ingest = ingest
        // Calls far outside the data's coverage are kept out of the period; say how many.
        self.ingest.quality.record(.outsideCoverage, summary.callsOutsideCoverage)
    }

    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// Eligible types present in the catalogue, in the catalogue's order, with their tallies (empty if absent).
    var eligible: [(entry: CatalogueEntry, tally: CallTypeTally, rate: Double)] {
        catalogue.eligibleEntries.map { e in (e, summary.citizen[e.code] ?? CallTypeTally(), e.eligibilityRate?.value ?? 0) }
    }

    var totalCitizen: Int { summary.citizenCalls }
    var hasTimes: (dispatch: Bool, arrival: Bool, clear: Bool) {
        (ingest.has(.dispatched), ingest.has(.arrived), ingest.has(.cleared))
    }

    public func rateParameters() -> [Parameter] {
        catalogue.eligibleEntries.compactMap { e in
            e.eligibilityRate.map { Parameter(name: "eligibility rate: \(e.label)", value: Cell.share($0.value).displayText, source: $0.source) }
        }
    }

    /// Figure 1: citizen-initiated calls by category.
    public func categories() -> ResultTable {
        var byCategory: [String: Int] = [:]
        for (code, t) in summary.citizen {
            let name = catalogue.entry(for: code)?.category.rawValue ?? "Not in catalogue"
            byCategory[name, default: 0] += t.calls
        }
        let total = totalCitizen
        var rows: [[Cell]] = [[.text("Total"), .integer(total), .share(total > 0 ? 1 : .nan)]]
        for (name, n) in byCategory.sorted(by: { $0.value > $1.value }) {
            rows.append([.text(name), .integer(n), .share(Double(n) / Double(max(total, 1)))])
        }
        return ResultTable(id: "fig01-categories", title: "Nature of citizen-initiated calls", reference: "Figure 1",
                           columns: [("category", "Category"), ("calls", "Number of calls"), ("share", "% of calls")],
                           rows: rows, notes: ["Categories from the \(catalogue.city) catalogue.", unknownShareNote])
    }

    /// Appendix 1: citizen-initiated calls per call type with its category.
    public func callTypes() -> ResultTable {
        let total = totalCitizen
        let rows: [[Cell]] = summary.citizen.sorted { ($0.value.calls, $1.key) > ($1.value.calls, $0.key) }.map { code, t in
            let e = catalogue.entry(for: code)
            return [.text(code), .text(e?.label ?? code), .text(e?.category.rawValue ?? "Not in catalogue"),
                    .integer(t.calls), .share(Double(t.calls) / Double(max(total, 1))), .text(e?.isEligible == true ? "yes" : "no")]
        }
        return ResultTable(id: "appendix1-call-types", title: "Citizen-initiated calls by call type", reference: "Appendix 1",
                           columns: [("call_type", "Call type"), ("label", "Label"), ("category", "Call category"), ("calls", "Number of calls"),
                                     ("share", "% of calls"), ("cr_eligible", "CR-eligible type")], rows: rows)
    }

    /// Figure 3: community-responder-eligible volume per type.
    public func eligibleVolume() -> ResultTable {
        let total = Double(max(totalCitizen, 1))
        var rows: [[Cell]] = []
        var typeCalls = 0
        var eligibleSum = 0.0
        for (e, t, rate) in eligible {
            let n = Double(t.calls) * rate
            typeCalls += t.calls
            eligibleSum += n
            rows.append([.text(e.code), .text(e.label), .integer(t.calls), .share(rate), .text(e.eligibilityRate?.source ?? ""),
                         .number(n, decimals: 0), .share(n / total)])
        }
        rows.insert([.text("ALL CR CALL TYPES"), .text("All CR call types"), .integer(typeCalls),
                     .share(typeCalls > 0 ? eligibleSum / Double(typeCalls) : .nan), .text("weighted mean"),
                     .number(eligibleSum, decimals: 0), .share(eligibleSum / total)], at: 0)
        rows.insert([.text("ALL CALLS"), .text("All calls"), .integer(totalCitizen), .empty, .text(""), .empty, .empty], at: 0)
        return ResultTable(id: "fig03-eligible-volume", title: "Community-responder-eligible call volume", reference: "Figure 3",
                           columns: [("call_type", "Call type"), ("label", "Label"), ("citizen_initiated_calls", "# Citizen-initiated calls"),
                                     ("eligibility_rate", "% CR-eligible"), ("eligibility_source", "Rate source"),
                                     ("eligible_calls", "# CR-eligible"), ("share_of_citizen_initiated", "% of total citizen-initiated calls")],
                           rows: rows, notes: ["Eligible calls = citizen-initiated calls of the type × its eligibility rate (the report's method).", unknownShareNote],
                           parameters: rateParameters())
    }

    private func missingTimesNote(_ fields: [RecordField]) -> String? {
        let absent = fields.filter { !ingest.has($0) }
        guard !absent.isEmpty else { return nil }
        return "Not computed: the data has no \(absent.map(\.rawValue).joined(separator: ", ")) times (profile \(ingest.profile))."
    }

    /// Figure 5: median call-start-to-dispatch, travel and total response time per eligible type, in minutes.
    public func responseTimes() -> ResultTable {
        var rows: [[Cell]] = []
        var total = (d: DurationHistogram(), t: DurationHistogram(), r: DurationHistogram())
        func cells(_ d: DurationHistogram, _ t: DurationHistogram, _ r: DurationHistogram) -> [Cell] {
            [d.medianMinutes.map { .number($0, decimals: 1) } ?? .empty, t.medianMinutes.map { .number($0, decimals: 1) } ?? .empty,
             r.medianMinutes.map { .number($0, decimals: 1) } ?? .empty, .integer(r.count)]
        }
        for (e, t, _) in eligible {
            total.d.merge(t.dispatchDelay); total.t.merge(t.travel); total.r.merge(t.response)
            rows.append([.text(e.code), .text(e.label)] + cells(t.dispatchDelay, t.travel, t.response))
        }
        rows.insert([.text("TOTAL"), .text("Total")] + cells(total.d, total.t, total.r), at: 0)
        var notes = ["Medians over citizen-initiated calls of each eligible type with both times present and in order; minutes."]
        if let n = missingTimesNote([.dispatched, .arrived]) {
            notes.insert(ingest.has(.arrived) ? "Call start to dispatch and travel are not computed: the data has no dispatched times (profile \(ingest.profile)); the total response runs from call start to arrival." : n, at: 0)
        }
        return ResultTable(id: "fig05-response-times", title: "Current median police response times", reference: "Figure 5",
                           columns: [("call_type", "Call type"), ("label", "Label"), ("median_dispatch_min", "Call start to dispatch (median, min)"),
                                     ("median_travel_min", "Travel time (median, min)"), ("median_response_min", "Total response time (median, min)"),
                                     ("calls_with_response_time", "Calls measured")],
                           rows: rows, notes: notes)
    }

    /// Figure 6: police time per call and total police hours on eligible calls.
    public func policeTime() -> ResultTable {
        var rows: [[Cell]] = []
        var tt = DurationHistogram(), ts = DurationHistogram(), tp = DurationHistogram()
        var totalCalls = 0.0, totalHours = 0.0, leapHours = 0.0
        for (e, t, rate) in eligible {
            tt.merge(t.travel); ts.merge(t.onScene); tp.merge(t.policeTime)
            let n = Double(t.calls) * rate
            totalCalls += n
            let hours = t.policeTime.medianMinutes.map { n * $0 / 60 }
            if let hours { totalHours += hours }
            // LEAP's own method: median travel + median time on scene (a sum of medians), × calls.
            let leapMinutes = t.travel.medianMinutes.flatMap { travel in t.onScene.medianMinutes.map { travel + $0 } }
            let leap = leapMinutes.map { n * $0 / 60 }
            if let leap { leapHours += leap }
            rows.append([.text(e.code), .text(e.label), t.travel.medianMinutes.map { .number($0, decimals: 1) } ?? .empty,
                         t.onScene.medianMinutes.map { .number($0, decimals: 1) } ?? .empty,
                         t.policeTime.medianMinutes.map { .number($0, decimals: 1) } ?? .empty,
                         .number(n, decimals: 0), hours.map { .number($0, decimals: 0) } ?? .empty,
                         leapMinutes.map { .number($0, decimals: 1) } ?? .empty, leap.map { .number($0, decimals: 0) } ?? .empty])
        }
        let anyTime = tp.count > 0
        rows.insert([.text("TOTAL"), .text("Total"), tt.medianMinutes.map { .number($0, decimals: 1) } ?? .empty,
                     ts.medianMinutes.map { .number($0, decimals: 1) } ?? .empty, tp.medianMinutes.map { .number($0, decimals: 1) } ?? .empty,
                     .number(totalCalls, decimals: 0), anyTime ? .number(totalHours, decimals: 0) : .empty,
                     .empty, anyTime ? .number(leapHours, decimals: 0) : .empty], at: 0)
        var notes = ["Police time per call = dispatch to clear (travel + time on scene), the median of each call's total per type; total hours = eligible calls × that median.",
                     "LEAP's method, beside it: median travel + median time on scene per type (a sum of medians, which is not the median of the sums), × eligible calls."]
        if let n = missingTimesNote([.dispatched, .arrived, .cleared]) { notes.insert(n, at: 0) }
        return ResultTable(id: "fig06-police-time", title: "Current police time spent per call", reference: "Figure 6",
                           columns: [("call_type", "Call type"), ("label", "Label"), ("median_travel_min", "Travel time (median, min)"),
                                     ("median_on_scene_min", "Time on scene (median, min)"), ("median_police_time_min", "Police time per call (median, min)"),
                                     ("calls", "# of calls"), ("total_police_hours", "Total police time (hours)"),
                                     ("leap_police_time_min", "LEAP's method: median travel + median on scene (min)"),
                                     ("leap_total_police_hours", "LEAP's method: total police time (hours)")],
                           rows: rows, notes: notes, parameters: rateParameters())
    }

    /// Figure 7: outcomes of citizen-initiated calls of the eligible types.
    public func outcomes() -> ResultTable {
        var counts = Array(repeating: 0, count: OutcomeClass.allCases.count)
        for (_, t, _) in eligible { for i in counts.indices { counts[i] += t.byOutcome[i] } }
        let total = counts.reduce(0, +)
        let known = total - counts[OutcomeClass.allCases.firstIndex(of: .unknown)!]
        let rows: [[Cell]] = OutcomeClass.allCases.enumerated().map { i, o in
            [.text(o.rawValue), .text(o.label), .integer(counts[i]), .share(total > 0 ? Double(counts[i]) / Double(total) : .nan),
             o == .unknown ? .empty : .share(known > 0 ? Double(counts[i]) / Double(known) : .nan)]
        }
        var notes = ["Outcome classes come from the profile's disposition mapping; 'share of known' leaves out calls whose disposition maps to unknown."]
        if !ingest.has(.disposition) { notes.insert("Not computed: the data has no disposition column.", at: 0) }
        return ResultTable(id: "fig07-outcomes", title: "Outcomes of calls of the eligible types", reference: "Figure 7",
                           columns: [("outcome", "Outcome"), ("label", "Label"), ("calls", "Calls"), ("share", "% of calls"), ("share_of_known", "% of calls with a known outcome")],
                           rows: rows, notes: notes)
    }

    /// Expected eligible calls per hour of the week (168 values, Monday 0:00 first).
    ///
    /// On a 12-hour clock without AM/PM (``hourOfDayIsAmbiguous``) every call was read into hours 0-11 of its own
    /// day; each of those hours is then spread evenly over itself and the hour 12 later, so that per-day and
    /// per-weekday totals stay exact and the hourly shape is stated as unknown rather than guessed.
    public var eligibleByWeekHour: [Double] {
        var v = Array(repeating: 0.0, count: 168)
        for (_, t, rate) in eligible { for i in 0..<168 { v[i] += Double(t.byWeekHour[i]) * rate } }
        if hourOfDayIsAmbiguous {
            for d in 0..<7 {
                for h in 0..<12 {
                    let both = v[d * 24 + h] + v[d * 24 + h + 12]
                    v[d * 24 + h] = both / 2
                    v[d * 24 + h + 12] = both / 2
                }
            }
        }
        return v
    }

    /// Whether the profile says the export writes a 12-hour clock without AM/PM (`timestamps.clock:
    /// 12h-no-meridiem`): the hour of day of a call is then not known.
    public var hourOfDayIsAmbiguous: Bool { ingest.clock == .twelveHourNoMeridiem }

    /// The reason hour-of-day figures are not computed, for tables and warnings.
    static let ambiguousHourNote = "Not computed: the profile says the export writes a 12-hour clock without AM/PM (timestamps.clock: 12h-no-meridiem), so a call's hour of day is not known."

    /// Figure 10: eligible calls per weekday and average per day.
    public func weekdays() -> ResultTable {
        let wh = eligibleByWeekHour
        let counts = summary.weekdayCounts
        let rows: [[Cell]] = (0..<7).map { d in
            let n = wh[(d * 24)..<(d * 24 + 24)].reduce(0, +)
            return [.integer(d + 1), .text(Self.weekdayNames[d]), .number(n, decimals: 0), .integer(counts[d]),
                    counts[d] > 0 ? .number(n / Double(counts[d]), decimals: 1) : .empty]
        }
        return ResultTable(id: "fig10-weekday", title: "Eligible calls by day of week", reference: "Figure 10",
                           columns: [("weekday", "ISO weekday"), ("weekday_name", "Day of week"), ("eligible_calls", "Eligible calls"),
                                     ("days", "Days in period"), ("average_per_day", "Avg. calls per day")],
                           rows: rows, notes: ["Period \(periodText); eligible = calls × eligibility rate."], parameters: rateParameters())
    }

    /// Figure 11: eligible calls per day in each hour of the day.
    public func hours() -> ResultTable {
        let wh = eligibleByWeekHour
        // The rate comes from the one demand the plan and staffing use, so that the figure and they agree.
        let perDay = analysedDemand(origin: "").hourlyCallsPerDay
        let rows: [[Cell]] = (0..<24).map { h in
            let n = (0..<7).reduce(0.0) { $0 + wh[$1 * 24 + h] }
            return [.integer(h), .text(Self.hourLabel(h)), .number(n, decimals: 0), .number(perDay[h], decimals: 1)]
        }
        return ResultTable(id: "fig11-hourly", title: "Eligible calls per day by hour", reference: "Figure 11",
                           columns: [("hour", "Hour"), ("hours", "Hours"), ("eligible_calls", "Eligible calls"), ("calls_per_day", "Calls per day per hr")],
                           rows: rows, notes: ["Period \(periodText) (\(summary.days) days)."], parameters: rateParameters())
    }

    static func hourLabel(_ h: Int) -> String {
        func name(_ h: Int) -> String {
            let hh = h % 24
            return hh == 0 ? "12am" : hh < 12 ? "\(hh)am" : hh == 12 ? "12pm" : "\(hh - 12)pm"
        }
        return "\(name(h)) - \(name(h + 1))"
    }

    /// Demand per hour of the week, for staffing (168 rows).
    public func weekHourDemand() -> ResultTable {
        let wh = eligibleByWeekHour
        let counts = summary.weekdayCounts
        let rates = analysedDemand(origin: "").callsPerWeekHour
        let rows: [[Cell]] = (0..<168).map { i in
            let d = i / 24
            return [.integer(d + 1), .integer(i % 24), .number(wh[i], decimals: 2), .integer(counts[d]),
                    counts[d] > 0 ? .number(rates[i], decimals: 3) : .empty]
        }
        var notes = ["average_per_week_hour = eligible calls in that hour ÷ number of such weekdays in the period."]
        if hourOfDayIsAmbiguous {
            notes.insert("Hour of day not known: the export writes a 12-hour clock without AM/PM (timestamps.clock: 12h-no-meridiem). Each weekday's calls in a clock hour are split evenly between its AM and PM hour: the daily totals are the data's, the hourly shape is an assumption (staffing by hour rests on it).", at: 0)
        }
        return ResultTable(id: "demand-week-hour", title: "Eligible calls per hour of the week",
                           columns: [("weekday", "ISO weekday"), ("hour", "Hour"), ("eligible_calls", "Eligible calls"), ("weeks", "Weeks (days of this weekday)"),
                                     ("average_per_week_hour", "Average per week")], rows: rows,
                           notes: notes)
    }

    /// Figure 16: share of each eligible type's calls in each district.
    public func districts() -> ResultTable {
        var names = Set<String>()
        for (_, t, _) in eligible { names.formUnion(t.byDistrict.keys) }
        let unordered = Array(names)
        let ordered = Self.naturalOrder(unordered).map { unordered[$0] }
        var overall: [String: Double] = [:]
        var rows: [[Cell]] = []
        for (e, t, rate) in eligible {
            let n = t.byDistrict.values.reduce(0, +)
            for (k, v) in t.byDistrict { overall[k, default: 0] += Double(v) * rate }
            rows.append([.text(e.code), .text(e.label)] + ordered.map { d in n > 0 ? .share(Double(t.byDistrict[d] ?? 0) / Double(n)) : .empty })
        }
        // Summed in the table's column order: a dictionary's order changes from run to run, and so would the last digits.
        let all = ordered.reduce(0) { $0 + (overall[$1] ?? 0) }
        rows.append([.text("OVERALL"), .text("Overall")] + ordered.map { d in all > 0 ? .share((overall[d] ?? 0) / all) : .empty })
        var notes = ["Row shares over calls with a district; Overall weights each type by its eligible calls."]
        if !ingest.has(.district) { notes.insert("Not computed: the data has no district column.", at: 0) }
        return ResultTable(id: "fig16-districts", title: "Percent of eligible calls in each district", reference: "Figure 16",
                           columns: [("call_type", "Call type"), ("label", "Label")] + ordered.map { ("district_\($0)", $0) },
                           rows: rows, notes: notes)
    }

    /// Calls per source line, citizen- and officer-initiated.
    public func sources() -> ResultTable {
        var rows: [[Cell]] = []
        var c = Array(repeating: 0, count: CallSource.allCases.count), o = c
        for t in summary.citizen.values { for i in c.indices { c[i] += t.bySource[i] } }
        for t in summary.officer.values { for i in o.indices { o[i] += t.bySource[i] } }
        for (i, s) in CallSource.allCases.enumerated() where c[i] + o[i] > 0 {
            rows.append([.text(s.rawValue), .integer(c[i]), .integer(o[i])])
        }
        return ResultTable(id: "sources", title: "Calls by source", columns: [("source", "Source"), ("citizen_initiated", "Counted as citizen-initiated"), ("officer_initiated", "Counted as officer-initiated")],
                           rows: rows, notes: ["A call is officer-initiated when its source says so or its call type is officer activity in the catalogue (profile setting)."])
    }

    /// Call types the catalogue does not know, with their counts: reported, never guessed, and counted neither
    /// as citizen- nor as officer-initiated.
    public func unknownCallTypes() -> ResultTable {
        let total = summary.citizenCalls + summary.officerCalls + summary.unknownCalls
        let rows: [[Cell]] = summary.unknown.sorted { ($0.value.calls, $1.key) > ($1.value.calls, $0.key) }.map {
            [.text($0.key), .integer($0.value.calls), .share(Double($0.value.calls) / Double(max(total, 1)))]
        }
        return ResultTable(id: "unknown-call-types", title: "Call types not in the \(catalogue.city) catalogue",
                           columns: [("call_type", "Call type"), ("calls", "Calls"), ("share_of_all", "% of all calls")],
                           rows: rows, notes: rows.isEmpty ? [] : ["\(Cell.share(Double(summary.unknownCalls) / Double(max(total, 1))).displayText) of all calls have a type the catalogue does not know: they are their own bucket, counted neither as citizen- nor as officer-initiated, and never eligible. Map them (reroute catalogue suggest, or the profile's call_type_map)."])
    }

    /// Soft data-quality problems per kind.
    public func dataQuality() -> ResultTable {
        let accepted = max(ingest.rowsAccepted, 1)
        let rows: [[Cell]] = DataQualityIssue.allCases.compactMap { issue in
            let n = ingest.quality[issue]
            return n > 0 ? [.text(issue.rawValue), .integer(n), .share(Double(n) / Double(accepted))] : nil
        } + [[.text("rows rejected (see rejects.csv)"), .integer(ingest.rowsRejected), .share(Double(ingest.rowsRejected) / Double(max(ingest.rowsRead, 1)))]]
        return ResultTable(id: "data-quality", title: "Data quality", columns: [("issue", "Issue"), ("rows", "Rows"), ("share", "% of rows")],
                           rows: rows, notes: ["Soft problems are counted, not rejected: the rows stay in the analyses that do not need the affected field."]
                               + summary.layers.flatMap { $0.boundaryWarnings.map { "Boundary file: \($0)" } })
    }

    /// Rows read = accepted + rejected (+ excluded by the profile's filter), per file.
    public func reconciliation() -> ResultTable {
        var rows: [[Cell]] = ingest.files.map { f in
            [.text(f.file), .integer(f.bytes), .integer(f.rowsRead), .integer(f.rowsAccepted), .integer(f.rowsRejected), .integer(f.rowsExcluded),
             .integer(f.duplicatesCollapsed), .text(f.balances ? "yes" : "NO")]
        }
        rows.append([.text("TOTAL"), .integer(ingest.files.reduce(0) { $0 + $1.bytes }), .integer(ingest.rowsRead), .integer(ingest.rowsAccepted),
                     .integer(ingest.rowsRejected), .integer(ingest.rowsExcluded), .integer(ingest.files.reduce(0) { $0 + $1.duplicatesCollapsed }),
                     .text(ingest.balances ? "yes" : "NO")])
        return ResultTable(id: "reconciliation", title: "Rows read, accepted and rejected",
                           columns: [("file", "File"), ("bytes", "Bytes"), ("rows_read", "Rows read"), ("rows_accepted", "Accepted"), ("rows_rejected", "Rejected"),
                                     ("rows_excluded", "Excluded by filter"), ("duplicates_collapsed", "Repeats collapsed"), ("balances", "Read = accepted + rejected + excluded")],
                           rows: rows, notes: ["Repeats collapsed are accepted rows of an incident already seen, merged by the duplicate policy '\(ingest.profile)' uses."])
    }

    var periodText: String {
        guard let f = summary.firstCreated, let l = summary.lastCreated else { return "(no calls)" }
        return "\(LocalTime(milliseconds: f)) to \(LocalTime(milliseconds: l))"
    }

    /// Tables the data cannot support, with the reason (their ids map to the reason shown instead).
    public var absentTables: [String: String] {
        var absent: [String: String] = [:]
        // The total response (call start to arrival) needs only the arrival time; dispatch delay and travel
        // are left empty, with a note, when the export has no dispatch time.
        if !ingest.has(.arrived) {
            absent["fig05-response-times"] = missingTimesNote([.arrived]) ?? ""
        }
        if !(ingest.has(.dispatched) && ingest.has(.arrived) && ingest.has(.cleared)) {
            absent["fig06-police-time"] = missingTimesNote([.dispatched, .arrived, .cleared]) ?? ""
        }
        if !ingest.has(.disposition) { absent["fig07-outcomes"] = "Not computed: the data has no disposition column." }
        if !ingest.has(.district) { absent["fig16-districts"] = "Not computed: the data has no district column." }
        if hourOfDayIsAmbiguous { absent["fig11-hourly"] = Self.ambiguousHourNote }
        if let note = noCoordinatesNote {
            for layer in summary.layers {
                for kind in ["ranked", "by-type", "outside", "agreement"] { absent["geo-\(layer.name)-\(kind)"] = note }
            }
            absent["repeat-locations"] = note
        }
        return absent
    }

    /// Every table the data supports, in report order (see ``absentTables`` for the others).
    public func allTables() -> [ResultTable] {
        let absent = absentTables
        let tables = [categories(), callTypes(), eligibleVolume()] + [narrativeScreening(), narrativeExampleTable(narrativeExamples())].compactMap { $0 }
                      + [skillNeeds().table, skillRules(), evaluationDataPlan().table] + [responseTimes(), policeTime(), outcomes(), weekdays(), hours(), districts(),
                      weekHourDemand()] + geographyTables() + [sources(), unknownCallTypes(), canonicalTypes(), coverage(), outcomesAllCalls(), officerInitiatedTypes()] + [mappingTable()].compactMap { $0 } + [dataQuality(), reconciliation()]
        return tables.filter { absent[$0.id] == nil }
    }
}

extension DatasetAnalysis {
    /// The narrative screener's eligible share per eligible type, from this data's own narratives, beside the
    /// catalogue's rate: a local check of the rates the report estimated by reading Milwaukee's narratives.
    public func narrativeScreening() -> ResultTable? {
        guard !summary.narratives.isEmpty else { return nil }
        var rows: [[Cell]] = []
        var totalScreened = 0, totalEligible = 0
        for e in catalogue.eligibleEntries {
            guard let s = summary.narratives[e.code], s.screened > 0 else { continue }
            let w = s.interval
            totalScreened += s.screened
            totalEligible += s.eligible
            let rate = e.eligibilityRate?.value
            rows.append([.text(e.code), .text(e.label), .integer(s.narratives), .integer(s.screened), .integer(s.eligible), .share(w.share),
                         .share(w.lower), .share(w.upper), rate.map { .share($0) } ?? .empty,
                         rate.map { .text($0 < w.lower ? "below" : $0 > w.upper ? "above" : "within") } ?? .empty])
        }
        guard !rows.isEmpty else { return nil }
        return ResultTable(id: "screened-eligibility", title: "Eligible share from screening this data's narratives",
                           reference: "Figure 3 method, automated",
                           columns: [("call_type", "Call type"), ("label", "Label"), ("narratives", "Calls with a narrative"), ("screened", "Narratives screened"),
                                     ("screened_eligible", "Screened eligible"), ("share", "% eligible"), ("wilson95_lower", "95% low"), ("wilson95_upper", "95% high"),
                                     ("catalogue_rate", "Catalogue rate"), ("catalogue_rate_vs_interval", "Catalogue rate vs interval")],
                           rows: rows,
                           notes: ["The narrative screener (`reroute screen`) looks for red flags: weapons, violence or threats, injury or urgent medical need, suicide plan or means, police-only actions, and scenes the caller could not see. It understands negation (\"no weapons seen\")."
                                   + (NarrativeScreener().learnedReader == nil ? " Its learned second reader was not used (its model could not be read): these are the rules' verdicts alone."
                                      : " Its learned second reader sends to review a narrative the rules find eligible whose words resemble red-flag narratives; review counts as not eligible here."),
                                   "Screened: a uniform sample of up to \(NarrativeSample.capacity) calls per type (chosen by a hash of file and line); \(totalScreened) in all, \(totalEligible) eligible. Intervals are 95% Wilson intervals.",
                                   "Review a sample by hand before replacing the catalogue's rates: `reroute screen sample FILE --profile PROFILE` exports one with an empty label column."])
    }
}
