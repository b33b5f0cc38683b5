import Foundation
import Vocabulary
import Staffing

/// The staffing chapter of `reroute report`: the hourly requirement (Erlang C), the optimal week and the
/// report's two schedules simulated side by side, with the same defaults as `reroute staff`.
enum ReportStaffing {
    /// - Parameter analysisFolder: the folder the report just wrote (demand-week-hour.csv, summary.json).
    static func tables(analysisFolder: URL, replications: Int = 5) throws -> [ResultTable] {
        let options = try StaffingInputOptions.parse(["--analysis", analysisFolder.path, "--replications", "\(replications)"])
        let demand = try options.demand()
        let service = try options.service()
        let plan = try options.makePlan(demand: demand, service: service)
        let comparison = try ScheduleComparison.evaluate(
            schedules: [.reportSchedule1, .reportSchedule2, plan.weekSchedule.teamSchedule(name: "Optimised week")],
            arrivals: .poisson(demand, days: options.days), service: service, replications: options.replications, seed: options.seed,
            discipline: try options.queueDiscipline(), handBackLimit: options.handBackMinutes, waitThreshold: options.waitThreshold)

        let requirement = ResultTable(
            id: "staffing-requirement", title: "Teams needed in each hour of an average day (Erlang C)",
            columns: [("hour", "Hour"), ("calls_per_hour", "Calls per hour"), ("load_erlangs", "Load (team-hours per hour)"), ("teams_required", "Teams required"),
                      ("share_reached", "Share reached in time"), ("mean_wait_min", "Mean wait (min)"), ("teams_on_duty", "Teams on duty (optimal day)")],
            rows: plan.dayRequirement.map { r in
                [.integer(r.hour), .number(r.callsPerHour, decimals: 2), .number(r.load, decimals: 2), .integer(r.teams), .share(r.serviceLevel),
                 .number(r.meanWaitMinutes, decimals: 1), .integer(plan.daySchedule.coverage[r.hour])]
            },
            notes: ["Target: \(plan.target). Busy time per call: \(plan.busyMinutes). Travel: \(plan.travelMinutes).",
                    "Optimal week: \(Int(plan.weekSchedule.cost)) \(plan.weekSchedule.costUnit); roster (5 on / 2 off): \(plan.roster.pooledTeams) teams rotating shifts; to hire: \(plan.hiring.teamsToHire) teams = \(plan.hiring.respondersToHire) responders (leave \(plan.hiring.leaveDays), training \(plan.hiring.trainingDays))."])

        let all = StaffingTables.comparison(comparison, windows: ["all day"])
        func number(_ s: String, _ decimals: Int) -> Cell { Double(s).map { .number($0, decimals: decimals) } ?? .text(s) }
        let simulated = ResultTable(
            id: "staffing-response-times", title: "Simulated response times: the report's schedules and the optimised week",
            columns: [("schedule", "Schedule"), ("team_hours_per_week", "Team-hours per week"), ("teams", "Teams (roster)"), ("median_response_min", "Median response (min)"),
                      ("p90_response_min", "90th percentile (min)"), ("share_wait_over_30", "Share waiting over 30 min"), ("utilisation", "Utilisation")],
            rows: all.rows.map { r in [.text(r[0]), number(r[2], 0), number(r[3], 0), number(r[5], 1), number(r[7], 1), Double(r[9]).map { .share($0) } ?? .text(r[9]), Double(r[11]).map { .share($0) } ?? .text(r[11])] },
            notes: ["A year of calls drawn from this data's hourly demand, \(options.replications) replications, seed \(options.seed); response = wait for a free team + travel. Police today: median response \(MilwaukeeFigures.policeMedianResponse).",
                    "Schedules 1 and 2 are the report's Figure 13 (28 teams on a 5/7 rota); the optimised week is the cheapest schedule meeting the target in every hour."])
        return [requirement, simulated]
    }
}
