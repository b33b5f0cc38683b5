import CallRecords
import Foundation
import Vocabulary

/// The analysis folder that `reroute report` writes (`--out`): its one owner. `report` hands the same
/// ``AnalysedDemand`` to the plan and staffing in memory; `plan --analysis DIR` and `staff --analysis DIR` read
/// it back from the folder with ``read(_:)``.
///
/// Files read: `summary.json` (period, citizen-initiated calls), `fig03-eligible-volume.csv` (eligible calls by
/// type), `fig11-hourly.csv` (calls per day by hour), `demand-week-hour.csv` (168 hourly rates) and, when present,
/// `fig06-police-time.csv` (police minutes) and `fig10-weekday.csv` (calls per day by weekday).
public enum AnalysisFolder {
    /// The tables whose files make up the demand, by id.
    public static let demandTables = ["fig03-eligible-volume", "fig06-police-time", "fig10-weekday", "fig11-hourly", "demand-week-hour"]

    /// Writes the analysis into `directory`: one CSV and one JSON per table and `summary.json`; a table the data
    /// cannot support is removed if an earlier run left it there.
    /// - Throws: ``OutputError`` (exit 73).
    public static func write(_ analysis: DatasetAnalysis, tables: [ResultTable], summary: ReportSummary, to directory: URL) throws(OutputError) {
        for table in tables { try table.write(to: directory) }
        for id in analysis.absentTables.keys {
            for ext in ["csv", "json"] { try? FileManager.default.removeItem(at: directory.appendingPathComponent("\(id).\(ext)")) }
        }
        try OutputFile.write(try summary.json(), to: directory.appendingPathComponent("summary.json"))
    }

    /// Reads the demand back from an analysis folder.
    /// - Throws: ``AnalysisFolderError`` or ``CSVDocumentError`` naming the file, line and field (exit 65).
    public static func read(_ directory: URL) throws -> AnalysedDemand {
        let summaryURL = directory.appendingPathComponent("summary.json")
        let weekURL = directory.appendingPathComponent("demand-week-hour.csv")
        // A staffing-only folder may hold just the week: its period then comes from the `weeks` column.
        let summary = FileManager.default.fileExists(atPath: summaryURL.path) || !FileManager.default.fileExists(atPath: weekURL.path)
            ? try readSummary(summaryURL) : try periodFromWeeks(weekURL)
        // Staffing needs only the week (demand-week-hour.csv); the plan needs Figure 3 as well, and says so when it is absent.
        let volume = try optionalDocument(directory.appendingPathComponent("fig03-eligible-volume.csv"))
        let police = try optionalDocument(directory.appendingPathComponent("fig06-police-time.csv"))
        let hourly = try optionalDocument(directory.appendingPathComponent("fig11-hourly.csv"))
        let weekday = try optionalDocument(directory.appendingPathComponent("fig10-weekday.csv"))
        let weekHours = try optionalDocument(directory.appendingPathComponent("demand-week-hour.csv"))
        guard weekHours != nil || hourly != nil else {
            throw AnalysisFolderError.missingFile(file: directory.appendingPathComponent("demand-week-hour.csv").path)
        }

        var minutes: [String: Double] = [:]
        var measuredHours: Double?
        for row in police?.rows ?? [] {
            guard let police else { break }
            let code = try police.text(row, "call_type").uppercased()
            if code == "TOTAL" {
                measuredHours = try police.optionalNumber(row, "total_police_hours")
            } else if let value = try police.optionalNumber(row, "median_police_time_min") {
                minutes[code] = value
            }
        }
        var types: [AnalysedDemand.CallType] = []
        for row in volume?.rows ?? [] {
            guard let volume else { break }
            let code = try volume.text(row, "call_type").uppercased()
            if code == "ALL CR CALL TYPES" || code == "ALL CALLS" { continue }
            let rate = try volume.number(row, "eligibility_rate")
            guard (0...1).contains(rate) else {
                throw CSVDocumentError.badField(file: volume.name, line: row.line, field: "eligibility_rate", value: Format.plain(rate),
                                                expected: "a share between 0 and 1")
            }
            types.append(AnalysedDemand.CallType(
                code: code, label: try volume.text(row, "label"), citizenInitiatedCalls: try volume.number(row, "citizen_initiated_calls"),
                eligibilityRate: Sourced(rate, unit: "fraction", source: try volume.text(row, "eligibility_source")),
                eligibleCalls: try volume.number(row, "eligible_calls"), medianPoliceMinutes: minutes[code]))
        }
        var perWeekday: [Double]?
        if let weekday {
            perWeekday = try values(weekday, key: "weekday", range: 1...7, offset: 1, value: "average_per_day", expected: "1 (Monday) to 7 (Sunday)",
                                    allowEmpty: true)
            if perWeekday?.contains(where: \.isNaN) == true { perWeekday = nil }
        }
        var weekRates = [Double](repeating: .nan, count: 168)
        for row in weekHours?.rows ?? [] {
            guard let weekHours else { break }
            let day = try weekHours.number(row, "weekday"), hour = try weekHours.number(row, "hour")
            guard let d = Int(exactly: day), (1...7).contains(d), let h = Int(exactly: hour), (0...23).contains(h) else {
                throw CSVDocumentError.badField(file: weekHours.name, line: row.line, field: "weekday/hour", value: "\(Format.plain(day))/\(Format.plain(hour))",
                                                expected: "a weekday 1-7 and an hour 0-23")
            }
            weekRates[(d - 1) * 24 + h] = try weekHours.optionalNumber(row, "average_per_week_hour") ?? 0
        }
        if let weekHours, weekRates.contains(where: \.isNaN) {
            throw CSVDocumentError.badField(file: weekHours.name, line: weekHours.rows.count + 2, field: "weekday/hour",
                                            value: "\(weekRates.filter { !$0.isNaN }.count) rows", expected: "one row for each of the 168 hours of the week")
        }
        var perHour: [Double] = []
        if let hourly {
            perHour = try values(hourly, key: "hour", range: 0...23, offset: 0, value: "calls_per_day", expected: "0 to 23")
            if weekHours == nil {
                // An older folder without the week: the hourly profile shaped by the weekday profile when there is one.
                let mean = (perWeekday?.reduce(0, +) ?? 7) / 7
                for index in 0..<168 {
                    let shape = mean > 0 ? (perWeekday?[index / 24] ?? 1) / mean : 1
                    weekRates[index] = perHour[index % 24] * shape
                }
            }
        } else {
            for hour in 0..<24 {
                var sum = 0.0
                for day in 0..<7 { sum += weekRates[day * 24 + hour] }
                perHour.append(sum / 7)
            }
        }
        return AnalysedDemand(
            origin: directory.path, first: summary.period.first ?? "?", last: summary.period.last ?? "?",
            periodDays: summary.period.days, citizenInitiatedCalls: summary.citizenInitiatedCalls, callTypes: types,
            callsPerWeekHour: weekRates, hourlyCallsPerDay: perHour, weekdayCallsPerDay: perWeekday, measuredPoliceHours: measuredHours)
    }

    /// The parts of `summary.json` the demand needs (read leniently, so that folders of earlier versions still load).
    struct SummaryPart: Decodable {
        struct Period: Decodable {
            var first: String?
            var last: String?
            var days: Double
        }
        var period: Period
        var citizenInitiatedCalls: Double = 0

        enum CodingKeys: String, CodingKey {
            case period
            case citizenInitiatedCalls = "citizen_initiated_calls"
        }

        init(period: Period, citizenInitiatedCalls: Double) {
            self.period = period
            self.citizenInitiatedCalls = citizenInitiatedCalls
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            period = try container.decode(Period.self, forKey: .period)
            citizenInitiatedCalls = try container.decodeIfPresent(Double.self, forKey: .citizenInitiatedCalls) ?? 0
        }
    }

    /// The period of a folder without `summary.json`: the most weeks any hour of the week was seen, × 7 days.
    static func periodFromWeeks(_ url: URL) throws -> SummaryPart {
        let doc = try CSVDocument(contentsOf: url)
        var weeks = 0.0
        for row in doc.rows { weeks = max(weeks, try doc.optionalNumber(row, "weeks") ?? 0) }
        return SummaryPart(period: .init(first: nil, last: nil, days: max(weeks * 7, 1)), citizenInitiatedCalls: 0)
    }

    static func readSummary(_ url: URL) throws(AnalysisFolderError) -> SummaryPart {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .missingFile(file: url.path)
        }
        let summary: SummaryPart
        do { summary = try JSONDecoder().decode(SummaryPart.self, from: data) } catch {
            throw .badSummary(file: url.path, reason: Self.describe(error))
        }
        guard summary.period.days > 0 else { throw .badSummary(file: url.path, reason: "period.days is \(summary.period.days); expected a period longer than 0 days") }
        guard summary.citizenInitiatedCalls >= 0 else { throw .badSummary(file: url.path, reason: "citizen_initiated_calls is negative") }
        return summary
    }

    static func describe(_ error: any Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?:
            "missing key '\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))'"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            "'\(context.codingPath.map(\.stringValue).joined(separator: "."))': \(context.debugDescription)"
        case .dataCorrupted(let context)?: "not JSON: \(context.debugDescription)"
        default: "\(error)"
        }
    }

    static func optionalDocument(_ url: URL) throws(CSVDocumentError) -> CSVDocument? {
        FileManager.default.fileExists(atPath: url.path) ? try CSVDocument(contentsOf: url) : nil
    }

    /// One value per key (an hour or a weekday) from a table, every key present once.
    static func values(_ doc: CSVDocument, key: String, range: ClosedRange<Int>, offset: Int, value: String, expected: String,
                       allowEmpty: Bool = false) throws(CSVDocumentError) -> [Double] {
        var out = [Double?](repeating: nil, count: range.count)
        for row in doc.rows {
            let k = try doc.number(row, key)
            guard let index = Int(exactly: k), range.contains(index) else {
                throw .badField(file: doc.name, line: row.line, field: key, value: Format.plain(k), expected: expected)
            }
            let v = allowEmpty ? (try doc.optionalNumber(row, value) ?? .nan) : try doc.number(row, value)
            out[index - offset] = v
        }
        guard out.allSatisfy({ $0 != nil }) else {
            throw .badField(file: doc.name, line: doc.rows.count + 1, field: key, value: "\(out.compactMap { $0 }.count) rows",
                            expected: "one row for each \(key) \(expected)")
        }
        return out.compactMap { $0 }
    }
}

/// An analysis folder that cannot be read back (exit 65).
public enum AnalysisFolderError: RerouteError, Equatable {
    /// A file the folder must have is missing.
    case missingFile(file: String)
    /// `summary.json` is not the summary `reroute report` writes.
    case badSummary(file: String, reason: String)

    public var exitStatus: ExitStatus { .dataError }

    public var description: String {
        switch self {
        case .missingFile(let file): "\(file): missing; an analysis folder is the --out folder of `reroute report`"
        case let .badSummary(file, reason): "\(file): \(reason); regenerate the analysis with `reroute report`"
        }
    }
}

extension DatasetAnalysis {
    /// The demand of this analysis, typed, for the plan and staffing (the same value ``AnalysisFolder/read(_:)``
    /// reads back from the files this analysis writes).
    public func analysedDemand(origin: String) -> AnalysedDemand {
        let wh = eligibleByWeekHour
        let counts = summary.weekdayCounts
        let days = Double(max(summary.days, 1))
        let police = hasTimes.dispatch && hasTimes.arrival && hasTimes.clear
        var totalHours = 0.0
        var anyTime = false
        let types = eligible.map { entry, tally, rate -> AnalysedDemand.CallType in
            let n = Double(tally.calls) * rate
            let median = police ? tally.policeTime.medianMinutes : nil
            if let median { totalHours += n * median / 60; anyTime = true }
            return AnalysedDemand.CallType(
                code: entry.code, label: entry.label, citizenInitiatedCalls: Double(tally.calls),
                eligibilityRate: Sourced(rate, unit: "fraction", source: entry.eligibilityRate?.source ?? ""),
                eligibleCalls: n, medianPoliceMinutes: median)
        }
        let perWeekHour = (0..<168).map { i in counts[i / 24] > 0 ? wh[i] / Double(counts[i / 24]) : 0 }
        let perHour = (0..<24).map { h in (0..<7).reduce(0.0) { $0 + wh[$1 * 24 + h] } / days }
        let perWeekday: [Double]? = counts.allSatisfy({ $0 > 0 })
            ? (0..<7).map { d in wh[(d * 24)..<(d * 24 + 24)].reduce(0, +) / Double(counts[d]) } : nil
        return AnalysedDemand(
            origin: origin, first: summary.firstCreated.map { LocalTime(milliseconds: $0).description } ?? "?",
            last: summary.lastCreated.map { LocalTime(milliseconds: $0).description } ?? "?", periodDays: Double(summary.days),
            citizenInitiatedCalls: Double(summary.citizenCalls), callTypes: types, callsPerWeekHour: perWeekHour,
            hourlyCallsPerDay: perHour, weekdayCallsPerDay: perWeekday, measuredPoliceHours: police && anyTime ? totalHours : nil)
    }
}
