import Vocabulary
import Foundation

/// Reads the output folder of `reroute report` into yearly ``Demand``.
///
/// Uses `summary.json` (period and citizen-initiated calls), `fig03-eligible-volume.csv` (eligible
/// calls by type), `fig06-police-time.csv` (police minutes per call, when the data has times), `fig11-hourly.csv` (calls per
/// day by hour) and, when present, `fig10-weekday.csv`. Counts over a partial period are scaled to a
/// year by 365 / days; hourly and weekday figures are already per day.
public enum AnalysisFolder {
    /// Loads demand from an analysis folder.
    /// - Parameter directory: the `--out` folder of `reroute report`.
    /// - Throws: ``ScenarioError/unreadableFile(file:reason:)`` or ``ScenarioError/badAnalysisFile(file:line:field:value:expected:)``.
    public static func load(_ directory: URL) throws -> Demand {
        let summary = try readSummary(directory.appendingPathComponent("summary.json"))
        let scale = 365 / summary.days
        let volume = try CSVTable(directory.appendingPathComponent("fig03-eligible-volume.csv"))
        // fig06 is absent when the export has no dispatch/arrival/clear times: police minutes then come from the scenario.
        let policeURL = directory.appendingPathComponent("fig06-police-time.csv")
        let police = FileManager.default.fileExists(atPath: policeURL.path) ? try CSVTable(policeURL) : nil
        let hourly = try CSVTable(directory.appendingPathComponent("fig11-hourly.csv"))
        let weekdayURL = directory.appendingPathComponent("fig10-weekday.csv")
        let weekday = FileManager.default.fileExists(atPath: weekdayURL.path) ? try CSVTable(weekdayURL) : nil

        var minutes: [String: Double] = [:]
        var measuredHours: Double?
        for row in police?.rows ?? [] {
            guard let police else { break }
            let code = try police.text(row, "call_type").uppercased()
            if code == "TOTAL" {
                measuredHours = try police.optionalNumber(row, "total_police_hours")
                continue
            }
            if let value = try police.optionalNumber(row, "median_police_time_min") { minutes[code] = value }
        }
        var types: [Demand.CallType] = []
        for row in volume.rows {
            let code = try volume.text(row, "call_type").uppercased()
            if code == "ALL CR CALL TYPES" || code == "ALL CALLS" { continue }
            let calls = try volume.number(row, "citizen_initiated_calls")
            let rate = try volume.number(row, "eligibility_rate")
            guard (0...1).contains(rate) else {
                throw ScenarioError.badAnalysisFile(
                    file: volume.name, line: row.line, field: "eligibility_rate", value: Format.plain(rate),
                    expected: "a share between 0 and 1")
            }
            let eligible = try volume.number(row, "eligible_calls")
            types.append(
                Demand.CallType(
                    code: code, label: try volume.text(row, "label"), citizenInitiatedCalls: calls * scale,
                    eligibilityRate: rate, eligibleCalls: eligible * scale, policeMinutesPerCall: minutes[code],
                    behaviouralHealthShare: nil,
                    source: "analysis \(volume.name) (\(try volume.text(row, "eligibility_source")))"))
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
        return Demand(
            origin: "analysis folder \(directory.lastPathComponent) (\(summary.first) to \(summary.last))",
            periodDays: summary.days, annualScale: scale, citizenInitiatedCalls: summary.calls * scale,
            callTypes: types, hourlyCallsPerDay: perHour, weekdayCallsPerDay: perWeekday,
            measuredPoliceHours: measuredHours.map { $0 * scale })
    }

    struct Summary {
        var first: String
        var last: String
        var days: Double
        var calls: Double
    }

    static func readSummary(_ url: URL) throws -> Summary {
        let name = url.lastPathComponent
        guard let data = try? Data(contentsOf: url) else {
            throw ScenarioError.unreadableFile(file: url.path, reason: "missing or unreadable")
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
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
            first: period["first"] as? String ?? "?", last: period["last"] as? String ?? "?", days: days, calls: calls)
    }
}

/// A small CSV table (header line, comma-separated, RFC 4180 quotes) read whole.
struct CSVTable {
    struct Row {
        var line: Int
        var fields: [String]
    }

    let name: String
    let header: [String]
    let rows: [Row]

    init(_ url: URL) throws {
        name = url.lastPathComponent
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw ScenarioError.unreadableFile(file: url.path, reason: "missing, unreadable or not UTF-8")
        }
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first else {
            throw ScenarioError.badAnalysisFile(
                file: name, line: 1, field: "(header)", value: "empty file", expected: "a header line")
        }
        header = Self.split(first.trimmingCharacters(in: CharacterSet(charactersIn: "\r\u{FEFF}")))
        rows = lines.dropFirst().enumerated().compactMap { index, line in
            let clean = line.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            return clean.isEmpty ? nil : Row(line: index + 2, fields: Self.split(clean))
        }
    }

    func text(_ row: Row, _ field: String) throws -> String {
        guard let index = header.firstIndex(of: field) else {
            throw ScenarioError.badAnalysisFile(
                file: name, line: 1, field: field, value: "missing column", expected: "a column named '\(field)'")
        }
        guard index < row.fields.count else {
            throw ScenarioError.badAnalysisFile(
                file: name, line: row.line, field: field, value: "missing", expected: "\(header.count) fields")
        }
        return row.fields[index]
    }

    func optionalNumber(_ row: Row, _ field: String) throws -> Double? {
        let value = try text(row, field).trimmingCharacters(in: .whitespaces)
        if value.isEmpty { return nil }
        guard let number = Double(value), number.isFinite, number >= 0 else {
            throw ScenarioError.badAnalysisFile(
                file: name, line: row.line, field: field, value: value, expected: "a plain number, zero or more")
        }
        return number
    }

    func number(_ row: Row, _ field: String) throws -> Double {
        guard let value = try optionalNumber(row, field) else {
            throw ScenarioError.badAnalysisFile(
                file: name, line: row.line, field: field, value: "", expected: "a plain number")
        }
        return value
    }

    static func split(_ line: String) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var iterator = Array(line).makeIterator()
        var pending: Character? = nil
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { current.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { current.append(character) }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                fields.append(current)
                current = ""
            } else { current.append(character) }
        }
        fields.append(current)
        return fields
    }
}
