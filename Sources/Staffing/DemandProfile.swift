import Foundation

/// Expected community-responder calls in each of the 168 hours of the week (calls per hour).
public struct DemandProfile: Sendable, Hashable, Codable {
    /// Expected calls in each hour of the week (index from `WeekHour`), ≥ 0.
    public var callsPerHour: [Double]
    /// Where the rates come from.
    public var source: String

    /// Creates a profile.
    /// - Throws: `StaffingError.invalidParameter` unless there are 168 finite non-negative rates,
    ///   `StaffingError.zeroDemand` when all are zero.
    public init(callsPerHour: [Double], source: String) throws {
        guard callsPerHour.count == 168 else {
            throw StaffingError.invalidParameter(name: "hourly demand", value: "\(callsPerHour.count) values", expected: "168 values (one per hour of the week)")
        }
        if let i = callsPerHour.firstIndex(where: { !($0.isFinite && $0 >= 0) }) {
            throw StaffingError.invalidParameter(name: "calls per hour at \(WeekHour.label(hourOfCycle: i + 24))", value: "\(callsPerHour[i])", expected: "a finite rate ≥ 0")
        }
        guard callsPerHour.contains(where: { $0 > 0 }) else { throw StaffingError.zeroDemand(source: source) }
        self.callsPerHour = callsPerHour
        self.source = source
    }

    /// Expected calls per week.
    public var callsPerWeek: Double { callsPerHour.reduce(0, +) }
    /// Expected calls per year (365 days).
    public var callsPerYear: Double { callsPerWeek * 365 / 7 }

    /// The average day: expected calls in each hour 0…23 averaged over the seven weekdays.
    public var averageDay: [Double] {
        (0..<24).map { h in (0..<7).reduce(0) { $0 + callsPerHour[$1 * 24 + h] } / 7 }
    }

    /// Milwaukee's built-in profile: Figure 10's weekday shape × Figure 11's hourly shape, scaled to `annualCalls`.
    public static func milwaukee(annualCalls: SourcedValue = MilwaukeeFigures.annualCalls) throws -> DemandProfile {
        let days = MilwaukeeFigures.callsPerWeekday, hours = MilwaukeeFigures.callsPerHourOfDay
        let dayTotal = days.reduce(0, +), hourTotal = hours.reduce(0, +)
        let weekly = annualCalls.value * 7 / 365
        var rates: [Double] = []
        for d in 0..<7 { for h in 0..<24 { rates.append(weekly * days[d] / dayTotal * hours[h] / hourTotal) } }
        return try DemandProfile(callsPerHour: rates, source: "\(MilwaukeeFigures.report), Figure 10 weekday × Figure 11 hourly profile, scaled to \(annualCalls)")
    }

    /// Reads `demand-week-hour.csv` and `summary.json` from an analysis folder written by `reroute report`.
    ///
    /// `average_per_week_hour` is the expected number of eligible calls in that hour of one week, so it is already a
    /// rate in calls per hour. `summary.json`'s `period.days` is checked against the `weeks` column.
    /// - Throws: `StaffingError` naming the file, line and field of the first problem.
    public static func load(analysisFolder folder: URL) throws -> DemandProfile {
        let csvURL = folder.appendingPathComponent("demand-week-hour.csv")
        let table = try CSVTable(contentsOf: csvURL)
        let wd = try table.column("weekday"), hr = try table.column("hour"), avg = try table.column("average_per_week_hour")
        _ = try table.column("eligible_calls")
        let weeksCol = try table.column("weeks")
        var rates = [Double?](repeating: nil, count: 168)
        var maxWeeks = 0.0
        for row in table.rows {
            let weekday = try table.double(row, wd, field: "weekday", expected: "a weekday 1 (Monday) … 7 (Sunday)")
            let hour = try table.double(row, hr, field: "hour", expected: "an hour 0 … 23")
            guard let d = Int(exactly: weekday), (1...7).contains(d) else {
                throw StaffingError.invalidValue(file: table.file, line: row.line, field: "weekday", value: table.string(row, wd), expected: "a weekday 1 (Monday) … 7 (Sunday)")
            }
            guard let h = Int(exactly: hour), (0...23).contains(h) else {
                throw StaffingError.invalidValue(file: table.file, line: row.line, field: "hour", value: table.string(row, hr), expected: "an hour 0 … 23")
            }
            let v = try table.double(row, avg, field: "average_per_week_hour", expected: "a number of calls ≥ 0")
            guard v >= 0 else {
                throw StaffingError.invalidValue(file: table.file, line: row.line, field: "average_per_week_hour", value: table.string(row, avg), expected: "a number of calls ≥ 0")
            }
            maxWeeks = max(maxWeeks, try table.double(row, weeksCol, field: "weeks", expected: "a number of weeks > 0"))
            rates[WeekHour.index(weekday: d, hour: h)] = v
        }
        let filled = rates.compactMap { $0 }
        guard filled.count == 168 else { throw StaffingError.incompleteDemand(file: table.file, rows: filled.count) }

        let summaryURL = folder.appendingPathComponent("summary.json")
        var periodNote = ""
        if FileManager.default.fileExists(atPath: summaryURL.path) {
            let data: Data
            do { data = try Data(contentsOf: summaryURL) } catch {
                throw StaffingError.unreadableFile(path: summaryURL.path, reason: error.localizedDescription)
            }
            guard let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let period = json["period"] as? [String: Any], let days = (period["days"] as? NSNumber)?.doubleValue else {
                throw StaffingError.missingKey(file: summaryURL.path, key: "period.days")
            }
            guard days > 0 else {
                throw StaffingError.invalidValue(file: summaryURL.path, line: 1, field: "period.days", value: "\(days)", expected: "a period longer than 0 days")
            }
            periodNote = ", period \(formatNumber(days, digits: 1)) days"
        }
        return try DemandProfile(callsPerHour: filled, source: "\(csvURL.path) (average_per_week_hour\(periodNote), up to \(formatNumber(maxWeeks, digits: 2)) weeks per hour)")
    }

    /// The profile multiplied by a scaling.
    public func scaled(by scaling: DemandScaling) throws -> DemandProfile {
        let f = scaling.factor
        if f == 1 { return self }
        return try DemandProfile(callsPerHour: callsPerHour.map { $0 * f }, source: "\(source) × \(formatNumber(f, digits: 4)) (\(scaling))")
    }
}

/// Adjusts eligible calls to the calls responders would actually handle.
///
/// Responder calls = eligible × capture rate × (1 + officer referrals + new calls + self-initiated per 100 / 100).
public struct DemandScaling: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Share of eligible calls actually sent to responders (0…1].
    public var captureRate: Double
    /// Officer referrals as a share of captured calls (≥ 0).
    public var officerReferrals: Double
    /// New calls (demand that police never received) as a share of captured calls (≥ 0).
    public var newCalls: Double
    /// Self-initiated encounters per 100 captured calls (≥ 0).
    public var selfInitiatedPer100: Double

    /// Creates a scaling; the defaults leave demand unchanged.
    /// - Throws: `StaffingError.invalidParameter` for out-of-range values.
    public init(captureRate: Double = 1, officerReferrals: Double = 0, newCalls: Double = 0, selfInitiatedPer100: Double = 0) throws {
        guard captureRate > 0, captureRate <= 1 else {
            throw StaffingError.invalidParameter(name: "capture rate", value: "\(captureRate)", expected: "a share in (0, 1]")
        }
        for (name, v) in [("officer referrals", officerReferrals), ("new calls", newCalls), ("self-initiated per 100", selfInitiatedPer100)] where !(v >= 0 && v.isFinite) {
            throw StaffingError.invalidParameter(name: name, value: "\(v)", expected: "a finite number ≥ 0")
        }
        self.captureRate = captureRate
        self.officerReferrals = officerReferrals
        self.newCalls = newCalls
        self.selfInitiatedPer100 = selfInitiatedPer100
    }

    /// The multiplier applied to every hourly rate.
    public var factor: Double { captureRate * (1 + officerReferrals + newCalls + selfInitiatedPer100 / 100) }

    public var description: String {
        "capture \(formatNumber(captureRate)), officer referrals \(formatNumber(officerReferrals)), new calls \(formatNumber(newCalls)), self-initiated \(formatNumber(selfInitiatedPer100))/100"
    }
}
