import Vocabulary
import Foundation

/// Turns a ``Plan`` (and its uncertainty analysis) into tables shaped like the report's figures.
public struct PlanReport: Sendable {
    /// The plan.
    public var plan: Plan
    /// Tornado rows and base outputs.
    public var tornado: (base: KeyOutputs, rows: [Uncertainty.TornadoRow])
    /// Monte Carlo intervals.
    public var monteCarlo: [Uncertainty.Interval]
    /// Capture-rate table.
    public var capture: [Uncertainty.CaptureRow]
    /// Monte Carlo draws and seed (stated in outputs).
    public var draws: Int, seed: UInt64

    /// Runs the plan and its uncertainty analysis.
    /// - Parameters:
    ///   - scenario: scenario with overrides applied.
    ///   - demand: analysis demand or nil for the scenario's published figures.
    ///   - draws: Monte Carlo draws.
    ///   - seed: Monte Carlo seed.
    /// Whether the published-vs-computed table compares the scenario's published figures with a plan whose
    /// demand comes from the same city's data (the report sets it when the scenario speaks the data's catalogue).
    public var comparesDataWithPublished = false

    public init(scenario: Scenario, demand: Demand?, draws: Int = 2000, seed: UInt64 = 1) {
        plan = ProgramPlanner.plan(scenario: scenario, demand: demand)
        tornado = Uncertainty.tornado(scenario: scenario, demand: demand)
        monteCarlo = Uncertainty.monteCarlo(scenario: scenario, demand: demand, draws: draws, seed: seed)
        capture = Uncertainty.captureTable(scenario: scenario, demand: demand)
        self.draws = draws
        self.seed = seed
    }

    private var comparisons: [PublishedComparison] { plan.comparisons }

    private func published(_ figure: String, _ item: String) -> PublishedComparison? {
        comparisons.first { $0.figure == figure && $0.item == item }
    }

    /// Published and difference cells for a comparison (empty when none).
    private func pair(_ comparison: PublishedComparison?) -> [Cell] {
        guard showsPublished else { return [] }
        guard let c = comparison else { return [.empty, .empty] }
        return [c.cell(c.published), c.differenceCell]
    }

    /// Whether published values are shown beside computed ones (published demand and published numbers).
    private var showsPublished: Bool { plan.usesPublishedDemand && !comparisons.isEmpty }

    private var pairColumns: [(name: String, heading: String)] {
        showsPublished ? [("published", "Published"), ("difference", "Difference")] : []
    }

    private var demandNote: String { "Demand: \(plan.demand.origin). \(plan.demand.scalingStatement)" }

    /// All tables in print order.
    public var tables: [ResultTable] {
        [volumeTable, policeTable, callsPerShiftTable] + scheduleTables + [staffingTable, pilotTable, budgetTable, sharesTable,
         captureTable, tornadoTable, monteCarloTable, comparisonTable, contradictionTable, parameterTable]
    }

    var volumeTable: ResultTable {
        let v = plan.volume
        let p = plan.scenario.projection
        func row(_ name: String, _ calls: Double, _ per100: Parameter?, _ item: String) -> [Cell] {
            [.text(name), .number(calls, decimals: 0), .share(calls / max(v.citizenInitiatedCalls, 1)), .share(calls / max(v.total, 1)),
             .optional(per100?.value) { .number($0, decimals: 2) }] + pair(published("Figure 4", item)) + [.text(per100?.source ?? "")]
        }
        var rows = [
            row("Diverted from police", v.diverted, nil, "Eligible calls diverted from police"),
            row("Officer referrals", v.officerReferrals, p.officerReferralsPer100, "Officer referrals"),
            row("New calls", v.newCalls, p.newCallsPer100, "New calls"),
            row("Self-initiated", v.selfInitiated, p.selfInitiatedPer100, "Self-initiated encounters"),
            row("Total", v.total, nil, "Total program volume"),
        ]
        rows[0][rows[0].count - 1] = .text("eligible calls × capture rate \(Format.number(v.captureRate, decimals: 2)) (\(p.captureRate.source))")
        return ResultTable(
            id: "fig04-volume", title: "Figure 4 / 24: Estimated community responder call volume per year",
            columns: [("source_of_calls", "Source of calls"), ("calls", "Calls/year"), ("share_of_citizen_initiated", "% of citizen-initiated"),
                      ("share_of_program", "% of program"), ("per_100_diverted", "Per 100 diverted")] + pairColumns + [("basis", "Basis")],
            rows: rows,
            notes: [demandNote,
                    "Citizen-initiated calls: \(Format.number(v.citizenInitiatedCalls)); eligible calls \(Format.number(v.eligibleCalls)) (\(Format.percent(v.eligibleCalls / max(v.citizenInitiatedCalls, 1))))."])
    }

    var policeTable: ResultTable {
        let police = plan.policeTime
        var rows: [[Cell]] = [[.text("Total (types with police time)"), .minutes(police.averageMinutesPerCall, decimals: 1), .number(police.callsWithTime, decimals: 0), .number(police.hours, decimals: 0)]
            + pair(published("Figure 6", "Police hours saved"))]
        for row in police.rows {
            rows.append([.text(row.label), .optional(row.minutesPerCall) { .minutes($0, decimals: 2) }, .number(row.calls, decimals: 0), .optional(row.hours) { .number($0, decimals: 0) }] + (showsPublished ? [.empty, .empty] : []))
        }
        rows.append([.text("All diverted calls (missing types at the average)"), .minutes(police.averageMinutesPerCall, decimals: 1), .number(police.callsWithTime + police.callsWithoutTime, decimals: 0), .number(police.hoursIncludingUnmeasured, decimals: 0)] + (showsPublished ? [.empty, .empty] : []))
        var notes = [demandNote, "Police hours = diverted calls × police minutes per call (travel + on scene) ÷ 60; minutes per call from \(plan.usesPublishedDemand ? "the scenario (Figure 6)" : "the analysis medians")."]
        if !plan.policeMinutesFromScenario.isEmpty {
            notes.append("The analysis has no police times for \(plan.policeMinutesFromScenario.count) call types (\(plan.policeMinutesFromScenario.joined(separator: ", "))); their minutes per call come from the scenario.")
        }
        if let measured = police.measuredHours { notes.append("The analysis measured \(Format.number(measured)) police hours a year (scaled) for comparison.") }
        return ResultTable(
            id: "fig06-police-time", title: "Figure 6: Police time freed per year",
            columns: [("call_type", "Call type"), ("police_minutes_per_call", "Police min/call"), ("calls", "Calls/year"), ("police_hours", "Police hours")] + pairColumns,
            rows: rows, notes: notes)
    }

    var callsPerShiftTable: ResultTable {
        let estimate = plan.callsPerShift
        var rows = estimate.peers.map { [Cell.text($0.name), .text($0.derivation), .number($0.callsPerShift, decimals: 2)] + (showsPublished ? [.empty, .empty] : []) }
        rows.append([.text("Average"), .text("mean of the programs"), .number(estimate.average, decimals: 2)] + pair(published("Responder Staffing", "Calls per 8-hour shift")))
        return ResultTable(
            id: "calls-per-shift", title: "Calls one team handles per \(Format.number(plan.scenario.callsPerShift.shiftHours.value))-hour shift",
            columns: [("program", "Program"), ("derivation", "Derivation"), ("calls_per_shift", "Calls/shift")] + pairColumns, rows: rows,
            notes: ["Sources: " + plan.scenario.callsPerShift.peerPrograms.map { "\($0.name): \(($0.callsPerShift ?? $0.minutesPerCall)?.source ?? "")" }.joined(separator: "; "),
                    "Productive share \(Format.number(plan.scenario.callsPerShift.productiveShare.value, decimals: 2)): \(plan.scenario.callsPerShift.productiveShare.source)"])
    }

    var scheduleTables: [ResultTable] {
        func table(_ schedules: [ScheduleResult], id: String, title: String) -> ResultTable {
            var rows: [[Cell]] = []
            let showPublished = schedules.contains { $0.shifts.contains { !$0.published.isEmpty } }
            for schedule in schedules {
                rows.append([.text(schedule.name), .empty, .integer(schedule.teamShiftsPerDay), .empty, .empty, .empty, .empty] + (showPublished ? [.empty] : []))
                for shift in schedule.shifts {
                    var cells: [Cell] = [.text("  \(shift.label)"), .text(shift.hours), .integer(shift.teams), .number(shift.capacity, decimals: 1), .number(shift.calls, decimals: 1), .number(shift.unanswered, decimals: 1), .number(shift.excess, decimals: 1)]
                    if showPublished {
                        let p = shift.published
                        let text = ["capacity", "calls", "unanswered", "excess"].map { p[$0].map { Format.number($0, decimals: 1) } ?? Format.missing }.joined(separator: " / ")
                        cells.append(.text(text))
                    }
                    rows.append(cells)
                }
            }
            var notes = ["Capacity = teams × \(Format.number(plan.callsPerShift.average, decimals: 3)) calls per shift; calls = eligible calls per day in the shift's hours × load \(Format.number(schedules.first?.load ?? 1, decimals: 2)) (capacity × capture rate).",
                         schedules.allSatisfy(\.usesPublishedTeams) ? "Teams per shift as published (Figure 13)." : "Teams per shift sized by the '\(plan.scenario.staffing.teamRule.rawValue)' rule (calls ÷ calls per shift).",
                         "Hourly demand: \(plan.usesPublishedDemand ? plan.scenario.demand.hourlyCallsPerDay.source : plan.demand.origin)."]
            if showPublished { notes.append("Published column: capacity / calls / unanswered / excess as printed in Figure 13.") }
            return ResultTable(
                id: id, title: title,
                columns: [("shift", "Schedule / shift"), ("hours", "Hours"), ("teams", "# Teams on duty"), ("call_capacity", "Call capacity"), ("calls", "# Calls"), ("calls_unanswered", "Calls unanswered"), ("excess_capacity", "Excess capacity")] + (showPublished ? [("published", "Published")] : []),
                rows: rows, notes: notes)
        }
        var list = [table(plan.schedules, id: "fig13-schedules", title: "Figure 13: Shift schedules at full capacity (calls per day)")]
        if abs(plan.pilot.capacity - 1) > 1e-9 {
            list.append(table(plan.pilotSchedules, id: "fig13-schedules-pilot", title: "Shift schedules at \(Format.percent(plan.pilot.capacity, decimals: 0)) capacity (calls per day)"))
        }
        return list
    }

    var staffingTable: ResultTable {
        let s = plan.scenario.staffing
        func rows(_ result: StaffingResult, _ label: String, full: Bool) -> [[Cell]] {
            let teamsItem = full ? "Teams to hire (report model)" : "Teams at \(Format.percent(plan.pilot.capacity, decimals: 0)) capacity (report model)"
            return [
                [.text("\(label): report model (\(Format.number(s.shiftsPerWeek.value)) shifts/week, no leave)"), .number(result.teamShiftsPerDay, decimals: 0), .number(result.reportShiftsPerResponder, decimals: 1), .integer(result.reportResponders), .integer(result.reportTeams)]
                    + pair(full ? published("Figure 13", teamsItem) : published("Responder Staffing", teamsItem)),
                [.text("\(label): leave model (\(Format.number(result.reportShiftsPerResponder - result.leaveShiftsPerResponder)) days off/year)"), .number(result.teamShiftsPerDay, decimals: 0), .number(result.leaveShiftsPerResponder, decimals: 1), .integer(result.leaveResponders), .integer(result.leaveTeams)]
                    + (showsPublished ? [.empty, .empty] : []),
            ]
        }
        return ResultTable(
            id: "staffing", title: "Teams and responders to hire",
            columns: [("program", "Program and availability model"), ("team_shifts_per_day", "On-duty team-shifts/day"), ("shifts_per_responder_year", "Shifts/responder/year"), ("responders", "Responders"), ("teams", "Teams")] + pairColumns,
            rows: rows(plan.staffing, "Full", full: true) + (abs(plan.pilot.capacity - 1) > 1e-9 ? rows(plan.pilotStaffing, "Pilot \(Format.percent(plan.pilot.capacity, decimals: 0))", full: false) : []),
            notes: ["Responders = team-shifts/day × 365 × \(Format.number(s.teamSize.value)) per team ÷ shifts each responder works a year, rounded up to whole teams.",
                    "Report model: 365/7 × \(Format.number(s.shiftsPerWeek.value)) = \(Format.number(plan.staffing.reportShiftsPerResponder, decimals: 1)) shifts a year, i.e. teams = team-shifts/day × 7/\(Format.number(s.shiftsPerWeek.value)) (\(s.shiftsPerWeek.source)).",
                    "Leave model: minus vacation \(Format.number(s.vacationDays.value)), holidays \(Format.number(s.holidays.value)), sick \(Format.number(s.sickDays.value)), training \(Format.number(s.trainingDays.value)) days (\(s.vacationDays.source)).",
                    plan.adoptedStaffing
                        ? "Hiring and budget follow the recommended schedule (\(Format.number(plan.staffing.teamShiftsPerDay, decimals: 1)) team-shifts a day on its roster) under the \(plan.staffing.model.rawValue) model; the shift schedules above are the report's method, sized from calls per shift."
                        : "Hiring and budget use the \(s.model.rawValue) model (--staffing-model)."])
    }

    var pilotTable: ResultTable {
        let pilot = plan.pilot
        let citizen = max(plan.volume.citizenInitiatedCalls, 1)
        var rows: [[Cell]] = []
        let hasReport = pilot.rows.contains(where: \.chosenByReport)
        rows.append([.text("Reroute's choice (\(pilot.objective.rawValue))"), .number(pilot.chosenCalls, decimals: 0), .share(pilot.chosenCalls / citizen), .number(pilot.score(chosenByReport: false), decimals: 0), .empty, .empty])
        if let calls = pilot.reportCalls {
            rows.append([.text("Report's choice (Figure 14)"), .number(calls, decimals: 0), .share(calls / citizen), .number(pilot.score(chosenByReport: true), decimals: 0), .empty, .empty])
        }
        for row in pilot.rows.sorted(by: { $0.calls > $1.calls }) {
            rows.append([.text("  " + row.label), .number(row.calls, decimals: 0), .share(row.calls / citizen), .empty, .text(row.chosen ? "yes" : ""), hasReport ? .text(row.chosenByReport ? "yes" : "") : .empty])
        }
        var notes = ["Capacity \(Format.percent(pilot.capacity, decimals: 0)) of \(Format.number(pilot.capacityCalls / pilot.capacity)) diverted calls = \(Format.number(pilot.capacityCalls)) calls a year (\(plan.scenario.pilot.capacity.source)).",
                     "Objective '\(pilot.objective.rawValue)': maximise \(pilot.objective == .mostCalls ? "calls handled" : pilot.objective == .behaviouralHealth ? "behavioural-health calls (calls × Figure 9 share)" : "police hours freed"), every subset of call types tried; objective column in those units."]
        if let report = pilot.reportCalls {
            notes.append("Reroute's choice handles \(Format.number(pilot.chosenCalls - report)) more calls than the report's; the report's choice leaves \(Format.number(pilot.capacityCalls - report)) calls of capacity unused.")
        }
        return ResultTable(
            id: "fig14-pilot", title: "Figure 14: Call types for a pilot at \(Format.percent(pilot.capacity, decimals: 0)) capacity",
            columns: [("call_type", "Call type"), ("eligible_calls", "# CR-eligible"), ("share_of_citizen_initiated", "% of citizen-initiated"), ("objective_value", "Objective"), ("chosen_by_reroute", "Reroute"), ("chosen_by_report", "Report")],
            rows: rows, notes: notes)
    }

    var budgetTable: ResultTable {
        let budget = plan.budget
        var columns: [(name: String, heading: String)] = [("line", "Phase / line")]
        for column in budget.columns {
            let label = Format.percent(column.capacity, decimals: 0)
            columns.append(("cost_at_\(Int((column.capacity * 100).rounded()))", "\(label) (\(column.teams) teams)"))
            if showsPublished {
                columns.append(("published_at_\(Int((column.capacity * 100).rounded()))", "Published \(label)"))
                columns.append(("difference_at_\(Int((column.capacity * 100).rounded()))", "Diff"))
            }
        }
        columns.append(("basis", "Basis"))
        var rows: [[Cell]] = []
        for phase in budget.phases {
            func groupRow(_ name: String, _ group: String) {
                var cells: [Cell] = [.text(name)]
                let computed = phase.total(group)
                for (index, value) in computed.enumerated() {
                    cells.append(.money(value))
                    if showsPublished {
                        if let published = phase.publishedTotals[group], index < published.count {
                            cells += [.money(published[index]), .money(value - published[index])]
                        } else { cells += [.empty, .empty] }
                    }
                }
                cells.append(.text(group == "total" ? "sum of counted lines" : "sum of \(group) lines"))
                rows.append(cells)
            }
            groupRow("\(phase.name): total cost", "total")
            for group in ["personnel", "equipment", "training"] where phase.lines.contains(where: { $0.group == group }) || phase.publishedTotals[group] != nil {
                groupRow("  \(group.capitalized) cost", group)
                for line in phase.lines where line.group == group {
                    var cells: [Cell] = [.text("    \(line.name)\(line.countedInTotal ? "" : " (not in published total)")")]
                    for (index, value) in line.amounts.enumerated() {
                        cells.append(.money(value))
                        if showsPublished {
                            cells += index < line.published.count ? [.money(line.published[index]), .money(value - line.published[index])] : [.empty, .empty]
                        }
                    }
                    cells.append(.text("\(line.basis) (\(line.source))"))
                    rows.append(cells)
                }
            }
        }
        return ResultTable(
            id: "fig21-budget", title: "Figure 21: First-year budget estimate",
            columns: columns, rows: rows,
            notes: ["Columns: the program at each capacity; teams and responders \(plan.adoptedStaffing ? "of the recommended schedule, hired under the \(plan.staffing.model.rawValue) model" : "from the \(plan.scenario.staffing.model.rawValue) availability model") (" + budget.columns.map { "\(Format.percent($0.capacity, decimals: 0)): \($0.teams) teams, \($0.responders) responders" }.joined(separator: "; ") + ")."])
    }

    var sharesTable: ResultTable {
        var rows: [[Cell]] = []
        let full = plan.budget.columns.firstIndex { abs($0.capacity - 1) < 1e-9 } ?? max(0, plan.budget.columns.count - 1)
        for phase in plan.budget.phases {
            let total = phase.total("total")[safe: full] ?? 0
            for line in phase.lines where line.countedInTotal && (line.amounts[safe: full] ?? 0) > 0 {
                let share = (line.amounts[safe: full] ?? 0) / max(total, 1)
                var cells: [Cell] = [.text(phase.name), .text(line.name), .money(line.amounts[safe: full] ?? 0), .share(share)]
                if showsPublished {
                    cells += phase.publishedShares[line.name].map { [.share($0), .share(share - $0)] } ?? [.empty, .empty]
                }
                rows.append(cells)
            }
        }
        return ResultTable(
            id: "fig22-23-shares", title: "Figures 22-23: Budget breakdown at \(Format.percent(plan.budget.columns[safe: full]?.capacity ?? 1, decimals: 0))",
            columns: [("phase", "Phase"), ("line", "Line"), ("cost", "Cost"), ("share", "Share")] + pairColumns, rows: rows)
    }

    var captureTable: ResultTable {
        ResultTable(
            id: "capture-rate", title: "Capture rate: share of eligible calls that reach responders",
            columns: [("capture_rate", "Capture rate"), ("volume", "Program volume/year"), ("police_hours", "Police hours"), ("teams", "Teams"), ("budget", "Operating budget (100%)")],
            rows: capture.map { [.share($0.captureRate), .number($0.outputs.volume, decimals: 0), .number($0.outputs.policeHours, decimals: 0), .number($0.outputs.teams, decimals: 0), .money($0.outputs.budget)] },
            notes: ["\(plan.scenario.projection.captureRateTable?.source ?? "Capture rates 20-46% reported by real programs.")",
                    "Teams sized by the '\(plan.scenario.staffing.teamRule.rawValue)' rule from captured demand, \(plan.scenario.staffing.model.rawValue) availability model; budget = last phase at full capacity."])
    }

    var tornadoTable: ResultTable {
        let base = tornado.base
        return ResultTable(
            id: "tornado", title: "Sensitivity (tornado): each parameter at its low and high, the others at their values",
            columns: [("parameter", "Parameter"), ("low", "Low"), ("base", "Value"), ("high", "High"), ("teams_at_low", "Teams (low)"), ("teams_at_high", "Teams (high)"), ("budget_at_low", "Budget (low)"), ("budget_at_high", "Budget (high)"), ("volume_at_low", "Volume (low)"), ("volume_at_high", "Volume (high)"), ("source", "Source")],
            rows: tornado.rows.map { row in
                [.text(row.parameter), Self.value(row.low), Self.value(row.base), Self.value(row.high), .number(row.atLow.teams, decimals: 0), .number(row.atHigh.teams, decimals: 0), .money(row.atLow.budget), .money(row.atHigh.budget), .number(row.atLow.volume, decimals: 0), .number(row.atHigh.volume, decimals: 0), .text(row.source)]
            },
            notes: ["Base: \(Format.number(base.teams)) teams, operating budget \(Format.dollars(base.budget)), volume \(Format.number(base.volume)), police hours \(Format.number(base.policeHours)). Sorted by budget swing.",
                    "Teams are sized by the team rule from demand (not the published per-shift teams) so every parameter can move them.",
                    "Leave parameters (vacation, holidays, sick, training days) move teams only under the leave staffing model (now: \(plan.scenario.staffing.model.rawValue))."])
    }

    /// A parameter value: whole numbers and values of 100 or more without decimals, others with three.
    static func value(_ number: Double) -> Cell {
        .number(number, decimals: abs(number) >= 100 || number == number.rounded() ? 0 : 3)
    }

    var monteCarloTable: ResultTable {
        let labels = ["volume": "Program volume/year", "police_hours": "Police hours/year", "teams": "Teams (full capacity)", "budget": "Operating budget (100%)"]
        return ResultTable(
            id: "monte-carlo", title: "Monte Carlo: 95% intervals (\(draws) draws, seed \(seed))",
            columns: [("output", "Output"), ("point_estimate", "Point estimate"), ("lower_2_5", "2.5%"), ("median", "Median"), ("upper_97_5", "97.5%")],
            rows: monteCarlo.map { interval in
                let money = interval.output == "budget"
                func cell(_ value: Double) -> Cell { money ? .money(value) : .number(value, decimals: 0) }
                return [.text(labels[interval.output] ?? interval.output), cell(interval.base), cell(interval.lower), cell(interval.median), cell(interval.upper)]
            },
            notes: ["Each parameter with a low/high range is drawn independently (triangular with mode at its value unless the scenario says uniform); \(Uncertainty.uncertainParameters(of: plan.scenario, demand: plan.demand, minutesFromScenario: plan.usesPublishedDemand ? nil : plan.policeMinutesFromScenario).filter { $0.name != "projection.capture_rate" }.count) parameters vary. The capture rate is held at \(Format.number(plan.scenario.projection.captureRate.value, decimals: 2)) (its effect is the capture-rate table). Same seed, same intervals."])
    }

    var comparisonTable: ResultTable {
        let fromData = !showsPublished && comparesDataWithPublished
        let rows = showsPublished ? comparisons : fromData ? plan.comparisons(withDemandFromData: true) : []
        return ResultTable(
            id: "published-vs-computed", title: "Published vs computed (\(plan.scenario.name))",
            columns: [("figure", "Figure"), ("item", "Item"), ("published", "Published"), ("computed", "Computed"), ("difference", "Difference"), ("agrees", "Agrees"), ("source", "Source")],
            rows: rows.map { c in
                [.text(c.figure), .text(c.item), c.cell(c.published), c.cell(c.computed), c.differenceCell, .text(c.agrees ? "yes" : c.withinInputRounding ? "rounding" : "NO"), .text(c.source)]
            },
            notes: showsPublished ? ["'yes': equal at the published precision; 'rounding': off by one unit of the last printed digit, as rounded inputs (Figure 11 hours) allow; 'NO': a real difference (see the contradictions)."]
                : fromData ? ["Computed from this report's data, against the scenario's published figures for the same city: a difference is a difference of data (another export of the year, the call types counted, the method; see the notes under each figure), not of arithmetic. 'yes': equal at the published precision."]
                : ["Not compared: demand comes from an analysis folder or options override the scenario, so the published numbers describe other inputs."])
    }

    var contradictionTable: ResultTable {
        ResultTable(
            id: "contradictions", title: "Where the report contradicts itself",
            columns: [("kind", "Kind"), ("topic", "Topic"), ("detail", "Detail")],
            rows: plan.contradictions.map { [.text($0.isContradiction ? "FLAG" : "note"), .text($0.topic), .text($0.detail)] })
    }

    var parameterTable: ResultTable {
        ResultTable(
            id: "parameters", title: "Parameters (\(plan.scenario.name), \(plan.scenario.file))",
            columns: [("parameter", "Parameter"), ("value", "Value"), ("unit", "Unit"), ("low", "Low"), ("high", "High"), ("stated", "Stated"), ("source", "Source")],
            rows: plan.scenario.allParameters.map { name, p in
                [.text(name), Self.value(p.value), .text(p.unit), .optional(p.low, Self.value), .optional(p.high, Self.value), .optional(p.stated, Self.value), .text(p.source)]
            })
    }

    /// The tables as `reroute report` shows them beside the analysis tables (workbook sheets, HTML): ids
    /// `plan/<id>`, the files they are written to under the report folder (`fig06-police-time` is in both).
    public var reportFolderTables: [ResultTable] {
        tables.map { table in
            var named = table
            named.id = "plan/" + table.id
            return named
        }
    }

    /// What every written table states beside its rows: the scenario, the demand and its scaling, the Monte
    /// Carlo draws and seed, and every scenario parameter with its value, range and source.
    public var tableParameters: [Vocabulary.Parameter] {
        var list = [
            Vocabulary.Parameter(name: "scenario", value: plan.scenario.name, source: plan.scenario.file),
            Vocabulary.Parameter(name: "demand", value: plan.demand.origin, source: plan.demand.scalingStatement),
            Vocabulary.Parameter(name: "monte carlo", value: "\(draws) draws, seed \(seed)", source: "--draws, --seed"),
        ]
        list += plan.scenario.allParameters.map { name, p in
            var value = p.sourced.description.replacingOccurrences(of: " (\(p.source))", with: "")
            if p.isUncertain { value += " (\(Format.trimmed(p.range.lowerBound))-\(Format.trimmed(p.range.upperBound)))" }
            return Vocabulary.Parameter(name: name, value: value, source: p.source)
        }
        return list
    }

    /// Writes every table as `<id>.csv` and `<id>.json` into a folder (created if needed), through the result
    /// table writers; every table but `parameters` carries ``tableParameters``.
    /// - Returns: the files written.
    /// - Throws: ``OutputError`` (exit 73) when the folder or a file cannot be written.
    @discardableResult
    public func write(to directory: URL) throws(OutputError) -> [URL] {
        try OutputFile.createFolder(directory)
        let parameters = tableParameters
        var written: [URL] = []
        for var table in tables {
            if table.id != "parameters" { table.parameters = parameters }
            try table.write(to: directory)
            written += ["csv", "json"].map { directory.appendingPathComponent("\(table.id).\($0)") }
        }
        return written
    }

    /// Every table as terminal text.
    public var text: String {
        var header = "Reroute plan: scenario \(plan.scenario.name) (\(plan.scenario.file))\n\(demandNote)\n"
        if !plan.usesPublishedDemand { header += "Published numbers of the scenario are not compared: demand comes from the analysis.\n" }
        if !plan.scenario.overrides.isEmpty {
            header += "Options override the scenario (\(plan.scenario.overrides.joined(separator: ", "))); published numbers are not compared.\n"
        }
        return header + "\n" + tables.map { $0.rendered() }.joined(separator: "\n")
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
