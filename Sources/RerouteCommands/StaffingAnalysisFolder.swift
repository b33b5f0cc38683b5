// moved to CallAnalysis.AnalysisFolder on main: this reader only keeps `reroute staff --analysis DIR` working on
// the staffing branch until the merge swaps it for `AnalysisFolder.read(_:)`.
import Foundation
import Staffing
import Vocabulary

/// Reads the demand of an analysis folder written by `reroute report`: `demand-week-hour.csv` (eligible calls
/// and the average per hour of the week) and, when present, `summary.json` (the period).
enum StaffingAnalysisFolder {
    /// Reads `directory` into the typed demand (the call types are left empty: staffing needs only the week).
    /// - Throws: ``CSVDocumentError`` naming the file, line and field of the first problem.
    static func read(_ directory: URL) throws -> AnalysedDemand {
        let document = try CSVDocument(contentsOf: directory.appendingPathComponent("demand-week-hour.csv"))
        for column in ["weekday", "hour", "eligible_calls", "weeks", "average_per_week_hour"] { _ = try document.column(column) }
        var rates = [Double?](repeating: nil, count: 168)
        var eligible = [Double](repeating: 0, count: 168)
        var weeksOfWeekday = [Double](repeating: 0, count: 7)
        for row in document.rows {
            let weekday = try document.number(row, "weekday"), hour = try document.number(row, "hour")
            guard let d = Int(exactly: weekday), (1...7).contains(d) else {
                throw CSVDocumentError.badField(file: document.name, line: row.line, field: "weekday", value: try document.text(row, "weekday"), expected: "a weekday 1 (Monday) … 7 (Sunday)")
            }
            guard let h = Int(exactly: hour), (0...23).contains(h) else {
                throw CSVDocumentError.badField(file: document.name, line: row.line, field: "hour", value: try document.text(row, "hour"), expected: "an hour 0 … 23")
            }
            let index = WeekHour.index(weekday: d, hour: h)
            rates[index] = try document.number(row, "average_per_week_hour")
            eligible[index] = try document.number(row, "eligible_calls")
            weeksOfWeekday[d - 1] = max(weeksOfWeekday[d - 1], try document.number(row, "weeks"))
        }
        let filled = rates.compactMap { $0 }
        guard filled.count == 168 else {
            throw CSVDocumentError.badField(file: document.name, line: (document.rows.last?.line ?? 1) + 1, field: "weekday/hour",
                                            value: "\(filled.count) distinct hours", expected: "one row for each of the 168 hours of the week (weekday 1-7 × hour 0-23); regenerate it with `reroute report`")
        }
        let period = try readPeriod(directory.appendingPathComponent("summary.json"))
        let days = period?.days ?? weeksOfWeekday.reduce(0, +)
        let hourly = (0..<24).map { h in (0..<7).reduce(0.0) { $0 + eligible[$1 * 24 + h] } / max(days, 1) }
        return AnalysedDemand(origin: directory.path, first: period?.start ?? "", last: period?.end ?? "", periodDays: days,
                              citizenInitiatedCalls: period?.citizenInitiatedCalls ?? 0, callTypes: [], callsPerWeekHour: filled,
                              hourlyCallsPerDay: hourly, weekdayCallsPerDay: nil, measuredPoliceHours: nil)
    }

    /// `period.days` (> 0), `period.start`/`end` and `citizen_initiated_calls` of `summary.json`, nil without the file.
    private static func readPeriod(_ url: URL) throws -> (days: Double, start: String, end: String, citizenInitiatedCalls: Double)? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CSVDocumentError.unreadable(file: url.path, reason: "cannot be read")
        }
        let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        let period = json?["period"] as? [String: Any]
        guard let days = (period?["days"] as? NSNumber)?.doubleValue, days > 0 else {
            throw CSVDocumentError.badField(file: url.lastPathComponent, line: 1, field: "period.days", value: period?["days"].map { "\($0)" } ?? "",
                                            expected: "a number of days > 0; write the folder with `reroute report`")
        }
        return (days, period?["start"] as? String ?? "", period?["end"] as? String ?? "",
                (json?["citizen_initiated_calls"] as? NSNumber)?.doubleValue ?? 0)
    }
}
