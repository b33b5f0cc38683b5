import Vocabulary

/// A whole staffing study in memory: the teams each hour needs (Erlang C), the optimal day and week schedules,
/// the 5-on/2-off roster and people to hire, and the report's two schedules simulated beside the optimised week.
///
/// `reroute staff` prints and writes it, and the report's staffing chapter shows it, from the same call:
/// ```swift
/// let options = StaffingOptions(hiring: scenario.staffing.hiringModel)   // the plan's one hiring model
/// let study = try StaffingStudy.run(demand: DemandProfile(analysed: demand), service: .peerPrograms(), options: options)
/// study.plan.hiring.teams         // typed results
/// study.tables                    // the same as result tables
/// ```
public struct StaffingStudy: Sendable {
    /// The demand staffed.
    public var demand: DemandProfile
    /// The busy-time model.
    public var service: ServiceTimeModel
    /// The choices the study was run with.
    public var options: StaffingOptions
    /// Requirement per hour, optimal schedules, roster and hiring.
    public var plan: StaffingPlan
    /// The report's Schedule 1 and 2 and the optimised week, simulated with the same calls.
    public var comparison: ScheduleComparison

    /// Runs the study.
    /// - Throws: ``StaffingError`` when the target cannot be met, a parameter is out of range or the optimiser
    ///   fails.
    /// - Complexity: the simulation dominates: O(replications × calls simulated × log calls) per schedule, the calls
    ///   simulated bounded by ``StaffingOptions/maxCallsPerReplication``.
    public static func run(demand: DemandProfile, service: ServiceTimeModel, options: StaffingOptions) throws -> StaffingStudy {
        let plan = try StaffingPlan.make(demand: demand, service: service, options: options)
        let comparison = try ScheduleComparison.evaluate(
            schedules: comparedSchedules(plan),
            arrivals: .poisson(demand, days: options.simulatedDays(for: demand)), service: service, options: options)
        return StaffingStudy(demand: demand, service: service, options: options, plan: plan, comparison: comparison)
    }

    /// The schedules the study simulates, in the order of ``comparison``'s rows: the report's Schedule 1 and 2 and
    /// the optimised week.
    public var comparedSchedules: [TeamSchedule] { Self.comparedSchedules(plan) }

    static func comparedSchedules(_ plan: StaffingPlan) -> [TeamSchedule] {
        [.reportSchedule1, .reportSchedule2, plan.optimisedWeek]
    }

    /// The tables `reroute staff --out` writes: the requirement in each hour of the week, the optimal shifts and
    /// the simulated comparison per reporting window.
    public var tables: [ResultTable] {
        [plan.weekRequirementTable, plan.shiftTable, comparison.table()]
    }

    /// The report's staffing chapter: the average day's requirement and the simulated response times.
    public var chapterTables: [ResultTable] {
        [plan.dayRequirementTable, responseTimesTable]
    }
}

extension StaffingPlan {
    /// Builds the plan with a study's options.
    /// - Throws: ``StaffingError`` when the target cannot be met or the optimiser fails.
    public static func make(demand: DemandProfile, service: ServiceTimeModel, options: StaffingOptions) throws -> StaffingPlan {
        try make(demand: demand, service: service, target: options.target, minimumTeams: options.minimumTeams,
                 shiftLengths: options.shiftLengths, costBasis: options.costBasis,
                 hiring: options.hiring)
    }

    /// The optimal week as a schedule to simulate.
    public var optimisedWeek: TeamSchedule { weekSchedule.teamSchedule(name: "Optimised week") }
}

extension ScheduleComparison {
    /// Simulates every schedule with a study's replications, seed, discipline, hand-back limit and threshold.
    /// - Throws: ``StaffingError`` for an empty schedule, no arrivals or parameters out of range.
    public static func evaluate(schedules: [TeamSchedule], arrivals: ArrivalSource, service: ServiceTimeModel,
                                options: StaffingOptions, replications: Int? = nil) throws -> ScheduleComparison {
        try evaluate(schedules: schedules, arrivals: arrivals, service: service, replications: replications ?? options.replications,
                     seed: options.seed, discipline: options.discipline, handBackLimit: options.handBackLimit,
                     waitThreshold: options.waitThreshold)
    }
}
