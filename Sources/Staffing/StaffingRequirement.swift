import Vocabulary
import Foundation

/// A response-time target: `share` of calls reached within `withinMinutes` of the call (wait + travel).
public struct ResponseTarget: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Share of calls that must be reached in time, in (0, 1).
    public var share: Double
    /// Minutes from call to arrival.
    public var withinMinutes: Double
    /// Highest acceptable team occupancy, (0, 1].
    public var maxOccupancy: Double

    /// Creates a target (default: 90% of calls reached within 20 minutes, the example in issue 4).
    public init(share: Double = 0.9, withinMinutes: Double = 20, maxOccupancy: Double = 1) {
        self.share = share
        self.withinMinutes = withinMinutes
        self.maxOccupancy = maxOccupancy
    }

    public var description: String { "\(Format.trimmed(share * 100))% reached within \(Format.trimmed(withinMinutes)) min" }
}

/// Teams needed on duty in one hour of the week, from Erlang C.
public struct HourRequirement: Sendable, Hashable, Codable {
    /// Hour of the cycle.
    public var hour: Int
    /// Expected calls in the hour.
    public var callsPerHour: Double
    /// Offered load in Erlangs (busy teams on average).
    public var load: Double
    /// Fewest teams meeting the target (at least the 24/7 minimum).
    public var teams: Int
    /// Probability a call waits at all.
    public var probabilityOfWaiting: Double
    /// Mean wait in minutes.
    public var meanWaitMinutes: Double
    /// Share of calls reached within the target.
    public var serviceLevel: Double
    /// Team occupancy.
    public var occupancy: Double
}

/// Turns hourly demand and a service-time model into teams required per hour.
public enum StaffingRequirement {
    /// Teams required in each hour of `callsPerHour` (168 for the week, 24 for the average day).
    ///
    /// A call is reached in time when its wait is at most `target.withinMinutes − travel`.
    /// - Parameter minimumTeams: teams always on duty, even when the target needs fewer (the report's 24/7 rule: 1).
    /// - Throws: `StaffingError.unreachableTarget` when travel alone exceeds the target, or no team count works.
    public static func perHour(callsPerHour: [Double], service: ServiceTimeModel, target: ResponseTarget, minimumTeams: Int = 1) throws -> [HourRequirement] {
        let allowance = target.withinMinutes - service.travelMinutes
        guard allowance >= 0 else {
            throw StaffingError.unreachableTarget(reason: "travel takes \(Format.trimmed(service.travelMinutes)) min, longer than the \(Format.trimmed(target.withinMinutes))-minute target")
        }
        guard minimumTeams >= 0 else {
            throw StaffingError.invalidParameter(name: "minimum teams", value: "\(minimumTeams)", expected: "≥ 0")
        }
        return try callsPerHour.enumerated().map { hour, rate in
            let queue = try ErlangC(arrivalRate: rate / 60, meanServiceTime: service.meanBusyMinutes)
            let needed = try queue.requiredServers(serviceLevel: target.share, within: allowance, maxOccupancy: target.maxOccupancy)
            let c = max(needed, minimumTeams)
            return HourRequirement(hour: hour, callsPerHour: rate, load: queue.trafficIntensity, teams: c,
                                   probabilityOfWaiting: queue.probabilityOfWaiting(servers: c),
                                   meanWaitMinutes: queue.meanWait(servers: c),
                                   serviceLevel: queue.serviceLevel(servers: c, within: allowance),
                                   occupancy: queue.occupancy(servers: c))
        }
    }
}
