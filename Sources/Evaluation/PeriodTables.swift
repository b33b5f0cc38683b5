import Vocabulary

/// The period tables police leadership reads (the layout of the CompStat case study's district tables): a count
/// by district for last year in full, year to date in both years with the percent change, and the reporting month
/// against the same month last year.
public struct PeriodTables: Sendable {
    /// A measure counted in the tables.
    public enum Measure: String, Sendable, CaseIterable {
        case eligibleCalls = "eligible-calls"
        case handledByResponders = "handled-by-responders"
        case policeDispatches = "police-dispatches"

        public var title: String {
            switch self {
            case .eligibleCalls: "Eligible calls"
            case .handledByResponders: "Eligible calls handled by community responders"
            case .policeDispatches: "Police dispatches to eligible calls"
            }
        }
    }

    public let dashboard: ProgramDashboard
    /// The reporting month, `YYYY-MM`: year to date runs from 1 January to the end of it.
    public let month: String

    public init(dashboard: ProgramDashboard, month: String) {
        self.dashboard = dashboard
        self.month = month
    }

    /// The latest month with an eligible call, `YYYY-MM` (nil for no data).
    public static func latestMonth(in dataset: EvaluationDataset) -> String? {
        dataset.calls.filter(\.isEligibleType).compactMap { LocalTimeText($0.createdAt)?.monthKey }.max()
    }

    /// Percent change from `old` to `new`; nil when `old` is zero.
    public static func percentChange(from old: Int, to new: Int) -> Double? {
        old == 0 ? nil : Double(new - old) / Double(old)
    }

    /// One table per measure.
    public func tables() -> [ResultTable] { Measure.allCases.map(table) }

    /// The table of one measure: districts in order, then a Total row.
    public func table(_ measure: Measure) -> ResultTable {
        guard let index = MonthKey.index(month) else {
            return ResultTable(id: "period-\(measure.rawValue)", title: measure.title, columns: [("district", "District")], notes: ["'\(month)' is not a month (YYYY-MM)."])
        }
        let year = index / 12, monthOfYear = index % 12 + 1
        var counts: [String: [Int]] = [:]  // district → [last full, last YTD, this YTD, last month, this month]
        for call in dashboard.eligibleCalls {
            guard let t = LocalTimeText(call.createdAt) else { continue }
            let counted: Bool
            switch measure {
            case .eligibleCalls: counted = true
            case .handledByResponders: counted = dashboard.isHandledByResponders(call)
            case .policeDispatches: counted = dashboard.isPoliceDispatch(call)
            }
            guard counted else { continue }
            let c = t.civil
            let district = call.district ?? "unknown"
            var row = counts[district] ?? [0, 0, 0, 0, 0]
            if c.year == year - 1 {
                row[0] += 1
                if c.month <= monthOfYear { row[1] += 1 }
                if c.month == monthOfYear { row[3] += 1 }
            } else if c.year == year {
                if c.month <= monthOfYear { row[2] += 1 }
                if c.month == monthOfYear { row[4] += 1 }
            }
            counts[district] = row
        }
        let districts = counts.keys.sorted { (Int($0) ?? Int.max, $0) < (Int($1) ?? Int.max, $1) }
        func row(_ name: String, _ v: [Int]) -> [Cell] {
            [.text(name), .integer(v[0]), .integer(v[1]), .integer(v[2]), .optional(Self.percentChange(from: v[1], to: v[2])) { .share($0) },
             .integer(v[3]), .integer(v[4]), .optional(Self.percentChange(from: v[3], to: v[4])) { .share($0) }]
        }
        var total = [0, 0, 0, 0, 0]
        for v in counts.values { for i in 0..<5 { total[i] += v[i] } }
        let monthName = Self.monthNames[monthOfYear - 1]
        return ResultTable(
            id: "period-\(measure.rawValue)", title: "\(measure.title), by district",
            reference: "layout of the district tables of the CompStat case study",
            columns: [("district", "District"), ("last_year_full", "\(year - 1) (full year)"), ("last_year_ytd", "\(year - 1) (YTD)"),
                      ("this_year_ytd", "\(year) (YTD)"), ("ytd_change", "\(year - 1)–\(String(year).suffix(2)) YTD % change"),
                      ("last_year_month", "\(monthName) \(year - 1)"), ("this_year_month", "\(monthName) \(year)"), ("month_change", "\(monthName) % change")],
            rows: districts.map { row($0, counts[$0] ?? [0, 0, 0, 0, 0]) } + [row("Total", total)],
            notes: ["Year to date: 1 January to the end of \(monthName) of each year. Percent change is blank when the earlier count is zero.",
                    "Eligible calls: CAD calls of the call types community responders take; handled and police dispatch as defined on the dashboard."])
    }

    /// `Jan` … `Dec` for `01` … `12`.
    public static func monthAbbreviation(_ twoDigits: String) -> String {
        guard let m = Int(twoDigits), (1...12).contains(m) else { return twoDigits }
        return String(monthNames[m - 1].prefix(3))
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
}
