import Vocabulary
import ProgramPlan
import Staffing

/// Chooses the report's one staffing answer from a trade-off table.
///
/// The options are the staffing study's schedules (the source report's Schedules 1 and 2 and the optimised week
/// for the study's target), the plan's Figure 13 schedules sized from calls per shift on this data (the source
/// report's own method), and the optimised week for a few looser and tighter targets. Every option is simulated
/// with the same calls (common random numbers), hired with the plan's one hiring model under the leave model
/// (people take leave and training) and costed with the scenario's budget lines.
///
/// The recommendation is the option with the fewest teams to hire whose simulated 90th-percentile arrival meets
/// the target (ties: the faster); when none meets it, the fastest option, and the reason says so.
public enum Recommender {
    /// Minutes for which the optimiser sizes an extra option besides the study's own target (same share).
    public static let alternativeTargetMinutes: [Double] = [15, 30, 45]

    /// Builds the trade-off table and the recommendation.
    /// - Parameters:
    ///   - plan: the program plan (its scenario gives schedules, hiring inputs and budget lines).
    ///   - study: the staffing study on the same demand (its options give target, seed and replications).
    ///   - alternativeMinutes: extra targets (minutes at the study's share) to size options for.
    /// - Throws: ``StaffingError`` when a schedule cannot be simulated or no option exists.
    /// - Complexity: one simulation per option: O(options × replications × calls log calls).
    public static func recommend(plan: Plan, study: StaffingStudy,
                                 alternativeMinutes: [Double] = alternativeTargetMinutes, reusingStudy: Bool = true) throws -> Recommendation {
        let options = study.options
        let target = options.target
        var schedules: [(schedule: TeamSchedule, name: String)] = []
        func add(_ schedule: TeamSchedule, _ name: String) {
            guard schedule.teamsOnDuty.contains(where: { $0 > 0 }),
                  !schedules.contains(where: { $0.schedule.teamsOnDuty == schedule.teamsOnDuty }) else { return }
            schedules.append((schedule, name))
        }
        add(study.plan.optimisedWeek, "Sized for \(Format.trimmed(target.share * 100))% within \(Format.trimmed(target.withinMinutes)) min (optimised week)")
        for minutes in alternativeMinutes where minutes != target.withinMinutes && minutes > study.service.travelMinutes {
            var alternative = options
            alternative.target.withinMinutes = minutes
            guard let sized = try? StaffingPlan.make(demand: study.demand, service: study.service, options: alternative) else { continue }
            add(sized.weekSchedule.teamSchedule(name: "Optimised week, \(Format.trimmed(minutes)) min"),
                "Sized for \(Format.trimmed(target.share * 100))% within \(Format.trimmed(minutes)) min (optimised week)")
        }
        for schedule in plan.schedules {
            add(dataSized(schedule, scenario: plan.scenario),
                schedule.usesPublishedTeams ? "LEAP's \(schedule.name) as published (Figure 13)" : "\(schedule.name) sized from calls per shift (LEAP's method)")
        }
        add(.reportSchedule1, "LEAP's Schedule 1 as published (Figure 13)")
        add(.reportSchedule2, "LEAP's Schedule 2 as published (Figure 13)")
        guard !schedules.isEmpty else {
            throw StaffingError.invalidParameter(name: "staffing options", value: "none", expected: "at least one schedule with teams on duty")
        }
        let comparison = try simulate(schedules.map(\.schedule), study: study, reusingStudy: reusingStudy)
        let hiring = plan.scenario.staffing.hiringModel.with(model: .leave)
        let phases = plan.scenario.budget.phases
        let fullColumn = plan.scenario.budget.columns.firstIndex { abs($0 - 1) < 1e-9 } ?? max(0, plan.scenario.budget.columns.count - 1)
        var built: [Recommendation.Option] = []
        for (row, entry) in zip(comparison.rows, schedules) {
            guard let day = row.summary.windows.first(where: { $0.window == "all day" }) ?? row.summary.windows.first else { continue }
            let hired = hiring.hiring(rosterTeams: row.rosterTeams)
            let budget = ProgramPlanner.budgetResult(scenario: plan.scenario, full: hired)
            let totals = budget.phases.map { $0.total("total")[safe: fullColumn] ?? 0 }
            let onDuty = entry.schedule.teamsOnDuty
            let p90 = day.p90Response.mean
            built.append(Recommendation.Option(
                name: entry.name, source: entry.schedule.source, rosterTeams: row.rosterTeams,
                teamsToHire: hired.teams, respondersToHire: hired.responders, teamHoursPerWeek: row.teamHoursPerWeek,
                hoursCoveredPerWeek: onDuty.filter { $0 > 0 }.count, fewestTeamsOnDuty: onDuty.min() ?? 0,
                mostTeamsOnDuty: onDuty.max() ?? 0, medianResponseMinutes: day.medianResponse.mean, p90ResponseMinutes: p90,
                shareWaitingOverThreshold: day.shareOverThreshold.mean, utilisation: day.utilisation.mean,
                preLaunchBudget: phases.count >= 2 ? totals.first ?? 0 : 0, firstYearBudget: totals.last ?? 0,
                meetsTarget: p90.isFinite && p90 <= target.withinMinutes + 1e-9))
        }
        built.sort { ($0.teamsToHire, $0.p90ResponseMinutes) < ($1.teamsToHire, $1.p90ResponseMinutes) }
        let chosenIndex: Int
        let reason: String
        let targetText = "\(Format.trimmed(target.share * 100))% of calls reached within \(Format.trimmed(target.withinMinutes)) minutes"
        if let index = built.firstIndex(where: \.meetsTarget) {
            chosenIndex = index
            let o = built[index]
            let cheaper = built[..<index]
            reason = "Recommended: the option with the fewest teams to hire (\(o.teamsToHire)) whose simulated 90th-percentile arrival, \(Format.number(o.p90ResponseMinutes, decimals: 0)) minutes, meets the target of \(targetText)"
                + (cheaper.isEmpty ? "." : "; the \(cheaper.count) cheaper option\(cheaper.count == 1 ? "" : "s") leave\(cheaper.count == 1 ? "s" : "") 10% of calls waiting \(Format.number(cheaper.map(\.p90ResponseMinutes).min() ?? 0, decimals: 0)) minutes or more.")
        } else {
            chosenIndex = built.indices.min { built[$0].p90ResponseMinutes < built[$1].p90ResponseMinutes } ?? 0
            reason = "No option meets the target of \(targetText) in simulation; the fastest (90th percentile \(Format.number(built[safe: chosenIndex]?.p90ResponseMinutes ?? .nan, decimals: 0)) minutes) is shown as the recommendation."
        }
        guard !built.isEmpty else {
            throw StaffingError.invalidParameter(name: "staffing options", value: "none simulated", expected: "at least one")
        }
        var recommendation = Recommendation(
            targetShare: target.share, targetMinutes: target.withinMinutes, waitThresholdMinutes: options.waitThreshold,
            teamSize: max(1, Int(hiring.teamSize.value.rounded())),
            hiringModel: hiring.description,
            firstYearPhase: phases.last?.name ?? "First year", preLaunchPhase: phases.count >= 2 ? phases.first?.name : nil,
            options: built, chosenIndex: chosenIndex, reason: reason,
            replications: options.replications, seed: options.seed)
        recommendation.simulatedPeriod = options.simulatedPeriod(for: study.demand)
        return recommendation
    }

    /// Each option simulated with the study's arrivals, busy times, seed and replications. A schedule the study has
    /// already simulated (the same teams on duty in every hour: its optimised week, the report's Schedule 1 and 2)
    /// takes the study's row, which is what simulating it again would give; `reusingStudy: false` simulates all.
    static func simulate(_ schedules: [TeamSchedule], study: StaffingStudy, reusingStudy: Bool) throws -> ScheduleComparison {
        var known: [[Int]: ScheduleComparison.Row] = [:]
        if reusingStudy {
            for (schedule, row) in zip(study.comparedSchedules, study.comparison.rows) where known[schedule.teamsOnDuty] == nil {
                known[schedule.teamsOnDuty] = row
            }
        }
        let fresh = schedules.filter { known[$0.teamsOnDuty] == nil }
        var simulated = fresh.isEmpty ? [] : try ScheduleComparison.evaluate(
            schedules: fresh, arrivals: .poisson(study.demand, days: study.options.simulatedDays(for: study.demand)),
            service: study.service, options: study.options).rows[...]
        return ScheduleComparison(rows: schedules.map { schedule in
            if var row = known[schedule.teamsOnDuty] {
                row.schedule = schedule.name
                row.source = schedule.source
                row.summary.schedule = schedule.name
                return row
            }
            return simulated.removeFirst()
        })
    }

    /// A plan schedule (Figure 13 sized from this data's calls per shift) as a week of teams on duty.
    static func dataSized(_ schedule: ScheduleResult, scenario: Scenario) -> TeamSchedule {
        let length = Int(scenario.callsPerShift.shiftHours.value.rounded())
        let starts = scenario.schedules.first { $0.name == schedule.name }?.shifts.map(\.startHour) ?? []
        let shifts = zip(starts, schedule.shifts).map { (start: $0, hours: length, teams: $1.teams) }
        return TeamSchedule.daily(name: "\(schedule.name) (sized from calls per shift)", shifts: shifts,
                                  source: "\(schedule.source); teams from this data's calls per shift")
    }
}

extension Recommendation.Option {
    /// Teams and responders of this option as the plan's hiring result (leave model), for ``Plan/adopting(_:)``.
    public func staffingResult(plan: Plan) -> StaffingResult {
        plan.scenario.staffing.hiringModel.with(model: .leave).hiring(rosterTeams: rosterTeams)
    }
}

extension Collection {
    subscript(safe index: Index) -> Element? { indices.contains(index) ? self[index] : nil }
}
