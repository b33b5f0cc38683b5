import Vocabulary
import Foundation

/// The whole staffing answer: requirement per hour, optimal day and week schedules, roster and people to hire.
public struct StaffingPlan: Sendable, Codable {
    /// Demand used.
    public var demand: DemandProfile
    /// Mean busy minutes per call and its source.
    public var busyMinutes: Sourced<Double>
    /// Travel minutes and source.
    public var travelMinutes: Sourced<Double>
    /// The response-time target.
    public var target: ResponseTarget
    /// Requirement in each of the 168 hours.
    public var weekRequirement: [HourRequirement]
    /// Requirement for the average day (24 hours).
    public var dayRequirement: [HourRequirement]
    /// Optimal 24-hour schedule (repeated daily).
    public var daySchedule: OptimisedSchedule
    /// Optimal 168-hour schedule.
    public var weekSchedule: OptimisedSchedule
    /// Seconds spent optimising the week.
    public var weekSolveSeconds: Double
    /// 5-on/2-off roster for the week schedule.
    public var roster: WeeklyRoster
    /// People to hire for the roster (pooled lines), under the leave model of ``hiringModel``.
    public var hiring: StaffingResult
    /// The hiring model used (Reroute's one; from the plan's scenario).
    public var hiringModel: HiringModel

    /// Builds the plan.
    /// - Throws: `StaffingError` when the target cannot be met or the optimiser fails.
    public static func make(demand: DemandProfile, service: ServiceTimeModel, target: ResponseTarget, minimumTeams: Int = 1,
                            shiftLengths: [Int] = [8, 10, 12], costBasis: ShiftOptimizer.CostBasis = .teamHours,
                            hiring model: HiringModel) throws -> StaffingPlan {
        let week = try StaffingRequirement.perHour(callsPerHour: demand.callsPerHour, service: service, target: target, minimumTeams: minimumTeams)
        let day = try StaffingRequirement.perHour(callsPerHour: demand.averageDay, service: service, target: target, minimumTeams: minimumTeams)
        let daySchedule = try ShiftOptimizer(period: 24, shiftLengths: shiftLengths, costBasis: costBasis).optimise(requirements: day.map(\.teams))
        let (ws, weekSeconds) = try measureSeconds {
            try ShiftOptimizer(period: 168, shiftLengths: shiftLengths, costBasis: costBasis).optimise(requirements: week.map(\.teams))
        }
        let roster = try WeeklyRoster.make(starts: ws.starts, period: 168)
        let leaveModel = model.with(model: .leave)
        let hiring = leaveModel.hiring(rosterTeams: roster.pooledTeams)
        return StaffingPlan(demand: demand,
                            busyMinutes: Sourced(service.meanBusyMinutes, unit: "minutes/call", source: service.source + (service.productiveShare < 1 ? " ÷ productive share \(Format.trimmed(service.productiveShare))" : "")),
                            travelMinutes: Sourced(service.travelMinutes, unit: "minutes", source: service.travelMinutes == MilwaukeeFigures.travelMinutes.value ? MilwaukeeFigures.travelMinutes.source : "option --travel-minutes"),
                            target: target, weekRequirement: week, dayRequirement: day, daySchedule: daySchedule, weekSchedule: ws,
                            weekSolveSeconds: weekSeconds,
                            roster: roster, hiring: hiring, hiringModel: leaveModel)
    }
}

/// Simulated response times of several schedules under the same calls.
public struct ScheduleComparison: Sendable, Codable {
    /// One row per schedule.
    public struct Row: Sendable, Codable {
        /// Schedule name.
        public var schedule: String
        /// Where the schedule comes from.
        public var source: String
        /// Team-hours on duty per week.
        public var teamHoursPerWeek: Int
        /// Teams working 40-hour weeks on a pooled 5-on/2-off roster (`WeeklyRoster.pooledTeams`).
        public var rosterTeams: Int
        /// Simulation estimates per window.
        public var summary: ReplicationSummary
    }

    /// Rows in the order given.
    public var rows: [Row]

    /// A comparison of rows simulated elsewhere (``evaluate(schedules:arrivals:service:replications:seed:discipline:handBackLimit:waitThreshold:windows:)``).
    public init(rows: [Row]) {
        self.rows = rows
    }

    /// Simulates every schedule with the same seeds (common random numbers).
    public static func evaluate(schedules: [TeamSchedule], arrivals: ArrivalSource, service: ServiceTimeModel, replications: Int, seed: UInt64,
                                discipline: DispatchSimulation.Discipline = .firstCome, handBackLimit: Double? = nil,
                                waitThreshold: Double = 30, windows: [ReportingWindow] = ReportingWindow.reportShifts) throws -> ScheduleComparison {
        let simulations = try schedules.map { schedule in
            try DispatchSimulation(schedule: schedule, discipline: discipline, handBackLimit: handBackLimit, waitThreshold: waitThreshold, windows: windows)
        }
        let summaries = try DispatchSimulation.replicate(simulations, arrivals: arrivals, service: service, replications: replications, seed: seed)
        return try ScheduleComparison(rows: zip(schedules, summaries).map { schedule, summary in
            Row(schedule: schedule.name, source: schedule.source, teamHoursPerWeek: schedule.teamHoursPerWeek,
                rosterTeams: try Self.pooledRosterTeams(schedule), summary: summary)
        })
    }

    /// Pooled 5-on/2-off teams for a schedule: each day's team-shifts counted as on-duty team-hours / 8.
    static func pooledRosterTeams(_ schedule: TeamSchedule) throws -> Int {
        let perDay = (0..<7).map { d in Int((Double(schedule.teamsOnDuty[(d * 24)..<(d * 24 + 24)].reduce(0, +)) / 8 - 1e-9).rounded(.up)) }
        let patterns = (0..<7).map { off in (0..<7).filter { d in d != off && d != (off + 1) % 7 } }
        return try CoveringProgram(requirements: perDay, columns: patterns, costs: [Double](repeating: 1, count: 7)).solve().counts.reduce(0, +)
    }
}
