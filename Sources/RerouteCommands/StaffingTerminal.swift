import Staffing
import Vocabulary

/// What `reroute staff` and `reroute simulate` print: the study's tables rendered by ``ResultTable`` and a few
/// summary lines around them.
enum StaffingTerminal {
    /// The comparison columns shown on a terminal (the CSV has them all).
    static let summaryColumns: [ScheduleComparison.Column] = [
        .schedule, .teamHoursPerWeek, .rosterTeams, .medianResponse, .medianHalfWidth, .p90Response, .p90HalfWidth,
        .shareOverThreshold, .shareHalfWidth, .utilisation, .handedBack,
    ]

    /// The plan: demand, busy time, target, the average day's requirement, the optimal shifts, roster and hiring.
    static func plan(_ plan: StaffingPlan, demand: DemandProfile, minimumTeams: Int) -> String {
        var out = "Demand: \(Format.trimmed(demand.callsPerYear, digits: 0)) calls/year — \(demand.source)\n"
        out += "Busy time: \(plan.busyMinutes)\nTravel: \(plan.travelMinutes)\n"
        out += "Target: \(plan.target) (Erlang C per hour; at least \(minimumTeams) team on duty)\n\n"
        out += plan.dayRequirementTable.rendered() + "\n"
        let day = plan.daySchedule, week = plan.weekSchedule
        out += "Optimal daily shifts (\(Format.trimmed(day.cost, digits: 0)) \(day.costUnit); LP bound \(Format.trimmed(day.lowerBound, digits: 2))):\n"
        for s in day.starts { out += "  \(s.teams) × \(s.shift)\n" }
        out += "\nOptimal week (168 hours): \(Format.trimmed(week.cost, digits: 0)) \(week.costUnit) (LP bound \(Format.trimmed(week.lowerBound, digits: 2)), \(week.nodes) nodes, \(Format.trimmed(plan.weekSolveSeconds, digits: 3)) s)\n"
        out += "  \(week.starts.count) shift starts; see week-schedule.csv with --out\n"
        out += "Roster (5 on / 2 off): \(plan.roster.teams) teams keeping one shift start, \(plan.roster.pooledTeams) teams rotating shifts\n"
        let h = plan.hiring
        out += "To hire: \(h.teams) teams = \(h.responders) responders (\(plan.hiringModel.description); vacation \(plan.hiringModel.vacationDays), holidays \(plan.hiringModel.holidays), sick \(plan.hiringModel.sickDays), training \(plan.hiringModel.trainingDays))\n"
        return out
    }

    /// The whole-day comparison of the schedules, with the police's median response for reference.
    static func comparison(_ comparison: ScheduleComparison, threshold: Double) -> String {
        var table = comparison.table(windows: ["all day"], columns: summaryColumns)
        table.title = "Response times by schedule (simulated, mean ± 95% CI over replications; response = wait + travel; over = share waiting > \(Format.trimmed(threshold, digits: 2)) min or handed back)"
        table.notes = []
        return table.rendered() + "\nFor reference, police today: median response \(MilwaukeeFigures.policeMedianResponse).\n"
    }

    /// Every schedule in every reporting window.
    static func windows(_ comparison: ScheduleComparison) -> String {
        var columns = summaryColumns
        columns.replaceSubrange(1..<3, with: [.window, .calls])
        var table = comparison.table(columns: columns)
        table.title = "Per shift window"
        table.notes = []
        return table.rendered()
    }
}
