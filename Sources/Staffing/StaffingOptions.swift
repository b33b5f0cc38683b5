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
    /// Queue order.
    public var discipline = DispatchSimulation.Discipline.firstCome
    /// Minutes after which a waiting call goes back to police (nil: never).
    public var handBackLimit: Double?
    /// Wait in minutes counted as too long in the results.
    public var waitThreshold = 30.0

    /// The defaults of `reroute staff`, hiring with `hiring` (a scenario's ``HiringModel``).
    public init(hiring: HiringModel) {
        self.hiring = hiring
    }
}
