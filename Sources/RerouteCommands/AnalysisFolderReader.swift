// moved to CallAnalysis.AnalysisFolder on main: this reader is kept only so that `plan --analysis DIR` (and
// `report`'s plan chapter) work on this branch; at merge, replace `AnalysisFolderReader.read` by
// `AnalysisFolder.read` and delete this file.
import Foundation
import ProgramPlan
import Vocabulary

/// Reads the output folder of `reroute report` into ``AnalysedDemand`` through ``CSVDocument`` (the one CSV
/// reader, so quoted newlines and commas are read correctly).
///
/// Uses `summary.json` (period and citizen-initiated calls), `fig03-eligible-volume.csv` (eligible calls and
/// rates by type), `fig06-police-time.csv` (police minutes per call, when the data has times),
/// `fig11-hourly.csv` (calls per day by hour) and, when present, `fig10-weekday.csv`.
enum AnalysisFolderReader {
    /// Reads demand from an analysis folder.
    /// - Throws: ``CSVDocumentError`` for a bad or missing CSV file, ``ScenarioError`` for a bad `summary.json`
    ///   or an out-of-range field (both exit 65).
    static func read(_ directory: URL) throws -> AnalysedDemand {
        let summary = try readSummary(directory.appendingPathComponent("summary.json"))
        let volume = try CSVDocument(contentsOf: directory.appendingPathComponent("fig03-eligible-volume.csv"))
        // fig06 is absent when the export has no dispatch/arrival/clear times: police minutes then come from the scenario.
        let police = try optionalDocument(directory.appendingPathComponent("fig06-police-time.csv"))
        let hourly = try CSVDocument(contentsOf: directory.appendingPathComponent("fig11-hourly.csv"))
        let weekday = try optionalDocument(directory.appendingPathComponent("fig10-weekday.csv"))

        var minutes: [String: Double] = [:]
        var measuredHours: Double?
        if let police {
            for row in police.rows {
                let code = try police.text(row, "call_type").uppercased()
                if code == "TOTAL" {
                    measuredHours = try police.optionalNumber(row, "total_police_hours")
                } else if let value = try police.optionalNumber(row, "median_police_time_min") {
                    minutes[code] = value
                }
            }
        }
        var types: [AnalysedDemand.CallType] = []
        for row in volume.rows {
            let code = try volume.text(row, "call_type").uppercased()
            if code == "ALL CR CALL TYPES" || code == "ALL CALLS" { continue }
            let rate = try volume.number(row, "eligibility_rate")
            guard (0...1).contains(rate) else {
                throw ScenarioError.badAnalysisFile(
                    file: volume.name, line: row.line, field: "eligibility_rate", value: Format.plain(rate),
                    expected: "a share between 0 and 1")
            }
            types.append(AnalysedDemand.CallType(
                code: code, label: try volume.text(row, "label"),
                citizenInitiatedCalls: try volume.number(row, "citizen_initiated_calls"),
                eligibilityRate: Sourced(
                    rate, unit: "fraction", source: "analysis \(volume.name) (\(try volume.text(row, "eligibility_source")))"),
                eligibleCalls: try volume.number(row, "eligible_calls"), medianPoliceMinutes: minutes[code]))
        }
        var perHour = [Double](repeating: 0, count: 24)
        var seenHours: Set<Int> = []
        for row in hourly.rows {
            let hour = try hourly.number(row, "hour")
            guard hour == hour.rounded(), (0...23).contains(hour) else {
                throw ScenarioError.badAnalysisFile(
                    file: hourly.name, line: row.line, field: "hour", value: Format.plain(hour), expected: "0 to 23")
            }
            perHour[Int(hour)] = try hourly.number(row, "calls_per_day")
            seenHours.insert(Int(hour))
        }
        guard seenHours.count == 24 else {
            throw ScenarioError.badAnalysisFile(
                file: hourly.name, line: hourly.rows.count + 1, field: "hour", value: "\(seenHours.count) hours",
                expected: "one row for each hour 0-23")
        }
        var perWeekday: [Double]?
        if let weekday {
            var values = [Double](repeating: 0, count: 7)
            for row in weekday.rows {
                let day = try weekday.number(row, "weekday")
                guard day == day.rounded(), (1...7).contains(day) else {
                    throw ScenarioError.badAnalysisFile(
                        file: weekday.name, line: row.line, field: "weekday", value: Format.plain(day),
                        expected: "1 (Monday) to 7 (Sunday)")
                }
                values[Int(day) - 1] = try weekday.number(row, "average_per_day")
            }
            perWeekday = values
        }
        // The folder has no 168-hour table: the week is the hourly profile, weighted by weekday when known.
        let mean = (perWeekday?.reduce(0, +) ?? 0) / 7
        let weekHours = (0..<168).map { index in
            perHour[index % 24] * (mean > 0 ? (perWeekday?[index / 24] ?? mean) / mean : 1)
        }
        return AnalysedDemand(
            origin: "analysis folder \(directory.lastPathComponent)", first: summary.first, last: summary.last,
            periodDays: summary.days, citizenInitiatedCalls: summary.calls, callTypes: types,
            callsPerWeekHour: weekHours, hourlyCallsPerDay: perHour, weekdayCallsPerDay: perWeekday,
            measuredPoliceHours: measuredHours)
    }

    private static func optionalDocument(_ url: URL) throws -> CSVDocument? {
        FileManager.default.fileExists(atPath: url.path) ? try CSVDocument(contentsOf: url) : nil
    }

    private struct Summary {
        var first: String
        var last: String
        var days: Double
        var calls: Double
    }

    private static func readSummary(_ url: URL) throws -> Summary {
        let name = url.lastPathComponent
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ScenarioError.unreadableFile(file: url.path, reason: "missing or unreadable")
        }
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw ScenarioError.badAnalysisFile(
                file: name, line: 1, field: "(document)", value: "not a JSON object", expected: "a JSON object")
        }
        guard let period = object["period"] as? [String: Any] else {
            throw ScenarioError.badAnalysisFile(
                file: name, line: 1, field: "period", value: "missing", expected: "{\"first\", \"last\", \"days\"}")
        }
        guard let days = (period["days"] as? NSNumber)?.doubleValue, days > 0 else {
            throw ScenarioError.badAnalysisFile(
                file: name, line: 1, field: "period.days", value: "\(period["days"] ?? "missing")",
                expected: "a number of days above 0")
        }
        guard let calls = (object["citizen_initiated_calls"] as? NSNumber)?.doubleValue, calls >= 0 else {
            throw ScenarioError.badAnalysisFile(
                file: name, line: 1, field: "citizen_initiated_calls",
                value: "\(object["citizen_initiated_calls"] ?? "missing")", expected: "a count of calls")
        }
        return Summary(
            first: period["first"] as? String ?? Format.missing, last: period["last"] as? String ?? Format.missing,
            days: days, calls: calls)
    }
}
