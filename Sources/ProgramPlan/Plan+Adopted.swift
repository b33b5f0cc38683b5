import Vocabulary

extension ProgramPlanner {
    /// The budget (Figures 21-23) for a program whose full-capacity staffing is given rather than sized from
    /// calls per shift: each budget column at capacity `c` hires for `c` × the full program's team-shifts a day.
    /// - Parameters:
    ///   - scenario: the scenario (budget lines, hiring model).
    ///   - full: teams and responders of the full program.
    /// - Complexity: O(columns × lines).
    public static func budgetResult(scenario: Scenario, full: StaffingResult) -> BudgetResult {
        let columns = scenario.budget.columns.map { capacity -> BudgetResult.Column in
            let staffing = abs(capacity - 1) < 1e-9 ? full : scenario.staffing.hiring(teamShiftsPerDay: full.teamShiftsPerDay * capacity, model: full.model)
            return BudgetResult.Column(capacity: capacity, teams: staffing.teams, responders: staffing.responders)
        }
        let phases = scenario.budget.phases.map { phase in
            BudgetResult.Phase(
                name: phase.name,
                lines: phase.lines.map { line in
                    BudgetResult.Line(
                        name: line.name, group: line.group,
                        amounts: columns.map { cost(of: line, teams: $0.teams, responders: $0.responders) },
                        published: line.published, countedInTotal: line.countedInTotal, basis: describe(line),
                        source: line.amount?.source ?? line.tierSource)
                },
                publishedTotals: phase.publishedTotals, publishedShares: phase.publishedShares)
        }
        return BudgetResult(columns: columns, phases: phases)
    }
}

extension StaffingInputs {
    /// ``hiring(teamShiftsPerDay:)`` under a given availability model rather than the scenario's.
    public func hiring(teamShiftsPerDay: Double, model: AvailabilityModelKind) -> StaffingResult {
        hiringModel.with(model: model).hiring(teamShiftsPerDay: teamShiftsPerDay)
    }
}

extension Plan {
    /// The plan with its full-capacity staffing replaced by `full` (for example the recommended schedule's
    /// roster): hiring, pilot hiring and the budget follow it, so every figure of the plan speaks of the same
    /// program. Volume, police time, Figure 13 and the pilot's call types are unchanged.
    public func adopting(_ full: StaffingResult) -> Plan {
        var plan = self
        plan.staffing = full
        plan.pilotStaffing = scenario.staffing.hiring(teamShiftsPerDay: full.teamShiftsPerDay * pilot.capacity, model: full.model)
        plan.budget = ProgramPlanner.budgetResult(scenario: scenario, full: full)
        plan.adoptedStaffing = true
        return plan
    }
}

extension PlanReport {
    /// The report with its plan's full-capacity staffing replaced (see ``Plan/adopting(_:)``).
    public func adopting(_ full: StaffingResult) -> PlanReport {
        var report = self
        report.plan = plan.adopting(full)
        return report
    }
}
