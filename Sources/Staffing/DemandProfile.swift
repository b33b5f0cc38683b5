import Vocabulary
import Foundation

/// Expected community-responder calls in each of the 168 hours of the week (calls per hour).
public struct DemandProfile: Sendable, Hashable, Codable {
    /// Expected calls in each hour of the week (index from `WeekHour`), ≥ 0.
    public var callsPerHour: [Double]
    /// Where the rates come from.
    public var source: String

    /// Creates a profile.
    /// - Throws: ``StaffingError/invalidDemand(source:problem:)`` unless there are 168 finite non-negative rates,
    ///   ``StaffingError/zeroDemand(source:)`` when all are zero.
    public init(callsPerHour: [Double], source: String) throws {
        guard callsPerHour.count == 168 else {
            throw StaffingError.invalidDemand(source: source, problem: "\(callsPerHour.count) hourly rates where the week has 168")
        }
        if let i = callsPerHour.firstIndex(where: { !($0.isFinite && $0 >= 0) }) {
            throw StaffingError.invalidDemand(source: source, problem: "the rate at \(WeekHour.label(hourOfCycle: i + 24)) is \(callsPerHour[i]), not a finite number of calls ≥ 0")
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
    public static func milwaukee(annualCalls: Sourced<Double> = MilwaukeeFigures.annualCalls) throws -> DemandProfile {
        let days = MilwaukeeFigures.callsPerWeekday, hours = MilwaukeeFigures.callsPerHourOfDay
        let dayTotal = days.reduce(0, +), hourTotal = hours.reduce(0, +)
        let weekly = annualCalls.value * 7 / 365
        var rates: [Double] = []
        for d in 0..<7 { for h in 0..<24 { rates.append(weekly * days[d] / dayTotal * hours[h] / hourTotal) } }
        return try DemandProfile(callsPerHour: rates, source: "\(MilwaukeeFigures.report), Figure 10 weekday × Figure 11 hourly profile, scaled to \(annualCalls)")
    }

    /// The profile of an analysis: its eligible calls in each hour of the week, already a rate in calls per hour.
    ///
    /// `reroute report` hands the demand over in memory; `reroute staff --analysis DIR` reads the same value back
    /// from the folder an earlier report wrote.
    /// - Throws: ``StaffingError/invalidDemand(source:problem:)`` unless there are 168 finite rates ≥ 0,
    ///   ``StaffingError/zeroDemand(source:)`` when all are zero.
    public init(analysed demand: AnalysedDemand) throws {
        try self.init(callsPerHour: demand.callsPerWeekHour,
                      source: "\(demand.origin) (eligible calls per hour of the week, period \(Format.trimmed(demand.periodDays, digits: 1)) days)")
    }

    /// The profile multiplied by a scaling.
    public func scaled(by scaling: DemandScaling) throws -> DemandProfile {
        let f = scaling.factor
        if f == 1 { return self }
        return try DemandProfile(callsPerHour: callsPerHour.map { $0 * f }, source: "\(source) × \(Format.trimmed(f, digits: 4)) (\(scaling))")
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
        "capture \(Format.trimmed(captureRate)), officer referrals \(Format.trimmed(officerReferrals)), new calls \(Format.trimmed(newCalls)), self-initiated \(Format.trimmed(selfInitiatedPer100))/100"
    }
}
