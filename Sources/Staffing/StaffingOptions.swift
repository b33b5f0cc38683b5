import Vocabulary

/// The choices of a staffing study besides demand and service time: the response target, the shifts allowed,
/// the hiring model and how the schedules are simulated. The defaults are `reroute staff`'s; the hiring model
/// comes from the plan's scenario (Reroute's one ``HiringModel``), so a study hires as the plan does.
public struct StaffingOptions: Sendable, Hashable {
    /// The response-time target each hour must meet (default: 90% within 20 minutes).
    public var target = ResponseTarget()
    /// Teams always on duty, even when the target needs fewer (the report's 24/7 rule).
    public var minimumTeams = 1
    /// Allowed shift lengths in hours.
    public var shiftLengths = [8, 10, 12]
    /// How schedules are costed.
    public var costBasis = ShiftOptimizer.CostBasis.teamHours
    /// How roster teams become people to hire (the study hires under the leave model).
    public var hiring: HiringModel
    /// Replications of the simulation (≥ 1).
    public var replications = 10
    /// Seed of the first replication; the same seed gives the same results.
    public var seed: UInt64 = 2022
    /// Days simulated per replication with Poisson arrivals (≥ 1).
    public var days = 365
    /// Most calls one replication simulates (nil: no limit). A large city's year of calls is cut to fewer whole
    /// weeks, at least ``minimumSimulatedWeeks``: arrivals repeat the same 168-hour profile every week, so the
    /// estimates are the same in expectation, and the replications' confidence intervals show the precision
    /// kept. This bounds the time and memory of a study whatever the size of the export.
    public var maxCallsPerReplication: Int? = 250_000
    /// The fewest whole weeks a capped replication simulates.
    public static let minimumSimulatedWeeks = 4

    /// Queue order.
    public var discipline = DispatchSimulation.Discipline.firstCome
    /// Minutes after which a waiting call goes back to police (nil: never).
    public var handBackLimit: Double?
    /// Wait in minutes counted as too long in the results.
    public var waitThreshold = 30.0

    /// Days each replication simulates for `demand`: ``days``, or as many whole weeks (at least
    /// ``minimumSimulatedWeeks``) as keep it within ``maxCallsPerReplication`` calls.
    /// - Complexity: O(168).
    public func simulatedDays(for demand: DemandProfile) -> Int {
        let perWeek = demand.callsPerWeek
        guard let cap = maxCallsPerReplication, perWeek > 0, perWeek * Double(days) / 7 > Double(cap) else { return days }
        let weeks = max(Self.minimumSimulatedWeeks, Int(Double(cap) / perWeek))
        return min(days, weeks * 7)
    }

    /// The period each replication simulates for `demand`, in words, with the reason when it is cut.
    public func simulatedPeriod(for demand: DemandProfile) -> String {
        let simulated = simulatedDays(for: demand)
        let period = simulated == 365 ? "A year" : simulated % 7 == 0 ? "\(Format.count(simulated / 7)) weeks" : "\(Format.count(simulated)) days"
        guard simulated < days, let cap = maxCallsPerReplication else { return period }
        return period + " (cut from \(Format.count(days)) days so that a replication simulates at most \(Format.count(cap)) calls; each week repeats the same hourly demand)"
    }

    /// The defaults of `reroute staff`, hiring with `hiring` (a scenario's ``HiringModel``).
    public init(hiring: HiringModel) {
        self.hiring = hiring
    }
}
