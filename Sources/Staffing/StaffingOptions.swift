import Vocabulary

/// The choices of a staffing study besides demand and service time: the response target, the shifts allowed,
/// the hiring assumptions and how the schedules are simulated. The defaults are `reroute staff`'s.
public struct StaffingOptions: Sendable, Hashable {
    /// The response-time target each hour must meet (default: 90% within 20 minutes).
    public var target = ResponseTarget()
    /// Teams always on duty, even when the target needs fewer (the report's 24/7 rule).
    public var minimumTeams = 1
    /// Allowed shift lengths in hours.
    public var shiftLengths = [8, 10, 12]
    /// How schedules are costed.
    public var costBasis = ShiftOptimizer.CostBasis.teamHours
    /// Leave days per person per year, for the hiring plan.
    public var leaveDays = HiringPlan.defaultLeaveDays
    /// Training days per person per year, for the hiring plan.
    public var trainingDays = HiringPlan.defaultTrainingDays
    /// Replications of the simulation (≥ 1).
    public var replications = 10
    /// Seed of the first replication; the same seed gives the same results.
    public var seed: UInt64 = 2022
    /// Days simulated per replication with Poisson arrivals (≥ 1).
    public var days = 365
    /// Queue order.
    public var discipline = DispatchSimulation.Discipline.firstCome
    /// Minutes after which a waiting call goes back to police (nil: never).
    public var handBackLimit: Double?
    /// Wait in minutes counted as too long in the results.
    public var waitThreshold = 30.0

    /// The defaults of `reroute staff`.
    public init() {}
}
