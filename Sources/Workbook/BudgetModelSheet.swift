import Vocabulary
import ProgramPlan

/// The workbook's live planning model: the budget computed with formulas from input cells (teams, responders and
/// every cost per unit), so that changing an input (a salary, the number of teams) recomputes every line and total
/// in Excel or LibreOffice. The cached values are Reroute's own figures for the plan (the report's budget). Below the
/// model, a bar chart per phase shows its lines from the same cells.
enum BudgetModelSheet {
    /// The sheet's name.
    static let name = "Budget model"
    /// Row of the teams input (column B) and of the responders input.
    static let teamsRow = 4, respondersRow = 5

    /// One input cell per distinct (line, cost basis, amount): e.g. "Responder cost (USD/responder/year)".
    struct Input { var label: String; var value: Double; var source: String; var row: Int }

    static func build(plan: Plan, styles: inout StyleSheet, strings: inout SharedStrings) -> WorksheetBuilder {
        var sheet = WorksheetBuilder()
        sheet.columnWidths = [46, 18, 16, 70]
        sheet.printTitleRows = 1  // the title, which says how to use the sheet
        let budget = plan.budget
        let full = budget.columns.firstIndex { abs($0.capacity - 1) < 1e-9 } ?? max(0, budget.columns.count - 1)
        let teams = budget.columns.indices.contains(full) ? budget.columns[full].teams : plan.staffing.teams
        let responders = budget.columns.indices.contains(full) ? budget.columns[full].responders : plan.staffing.responders
        func number(_ v: Double) -> String { Format.plain(v) }
        sheet.appendRow([.text("Budget model: change the blue input cells; every line and total recomputes", .title)], styles: &styles, strings: &strings)
        sheet.appendRow([.text("Inputs are the full program's; amounts and their sources come from the scenario \(plan.scenario.name).", .wrapped)], styles: &styles, strings: &strings)
        sheet.appendRow([.text("Input", .header), .text("Value", .header), .text("", .header), .text("Source", .header)], styles: &styles, strings: &strings)
        sheet.appendRow([.text("Teams to hire", .general), .number(String(teams), .input), .empty, .text("the report's recommendation (or the plan's hiring)", .general)], styles: &styles, strings: &strings)
        sheet.appendRow([.text("Responders to hire", .general), .number(String(responders), .input), .empty, .text("the report's recommendation (or the plan's hiring)", .general)], styles: &styles, strings: &strings)
        var inputs: [String: Input] = [:]
        var order: [String] = []
        let scenarioLines = plan.scenario.budget.phases.flatMap(\.lines)
        for line in scenarioLines {
            guard let amount = line.amount, line.basis != .tiered else { continue }
            let key = "\(line.name)|\(line.basis)|\(amount.value)"
            if inputs[key] != nil { continue }
            let label = "\(line.name) (\(amount.unit.isEmpty ? "USD" : amount.unit))"
            let row = sheet.appendRow([.text(label, .general), .number(number(amount.value), .input), .empty, .text(amount.source, .general)], styles: &styles, strings: &strings)
            inputs[key] = Input(label: label, value: amount.value, source: amount.source, row: row)
            order.append(key)
        }
        sheet.appendRow([], styles: &styles, strings: &strings)
        sheet.appendRow([.text("Phase and line", .header), .text("Cost", .header), .text("", .header), .text("How it is computed", .header)], styles: &styles, strings: &strings)
        let t = "$B$\(teamsRow)", r = "$B$\(respondersRow)"
        var lineCharts: [SheetChart] = []
        for (phaseIndex, phase) in plan.scenario.budget.phases.enumerated() {
            let totalRowPlaceholder = sheet.rowCount + 1
            let phaseResult = budget.phases.indices.contains(phaseIndex) ? budget.phases[phaseIndex] : nil
            let total = phaseResult?.total("total")[safe: full] ?? 0
            // Total first, summing the counted rows below it.
            var rows: [Int] = []
            for (offset, line) in phase.lines.enumerated() where line.countedInTotal { rows.append(totalRowPlaceholder + 1 + offset) }
            let sum = rows.map { "B\($0)" }.joined(separator: ",")
            sheet.appendRow([.text("\(phase.name): total", .header), .formula("SUM(\(sum.isEmpty ? "0" : sum))", number(total), .money), .empty,
                             .text("sum of the lines counted in the total", .general)], styles: &styles, strings: &strings)
            if !phase.lines.isEmpty {
                let first = totalRowPlaceholder + 1, last = totalRowPlaceholder + phase.lines.count
                lineCharts.append(SheetChart(title: "Budget lines: \(phase.name)", seriesName: "Cost (USD)",
                                             categories: "$A$\(first):$A$\(last)", values: "$B$\(first):$B$\(last)",
                                             barCount: phase.lines.count, topRow: 0, width: 4))
            }
            for (lineIndex, line) in phase.lines.enumerated() {
                let cached = phaseResult?.lines[safe: lineIndex]?.amounts[safe: full] ?? 0
                let months = Format.plain(line.months)
                var formula: String
                if line.basis == .tiered {
                    let tiers = line.tiers
                    formula = tiers.last.map { "\(Format.plain($0.amount))*\(t)/\($0.teams)" } ?? "0"
                    for tier in tiers.reversed() { formula = "IF(\(t)<=\(tier.teams),\(Format.plain(tier.amount)),\(formula))" }
                } else {
                    let key = "\(line.name)|\(line.basis)|\(line.amount?.value ?? 0)"
                    let cell = inputs[key].map { "$B$\($0.row)" } ?? "0"
                    switch line.basis {
                    case .fixed: formula = cell
                    case .perTeam: formula = "\(cell)*\(t)"
                    case .perTeamYear: formula = "\(cell)*\(t)*\(months)/12"
                    case .perResponderYear: formula = "\(cell)*\(r)*\(months)/12"
                    case .tiered: formula = "0"
                    }
                }
                sheet.appendRow([.text("    \(line.name)\(line.countedInTotal ? "" : " (not in the published total)")", .general),
                                           .formula(formula, number(cached), .money), .empty,
                                           .text(ProgramPlanner.describe(line), .general)], styles: &styles, strings: &strings)
            }
        }
        // One bar chart per phase, below the model, one after the other, each starting a printed page; they follow
        // edits to the inputs.
        var top = sheet.rowCount + 1
        for var chart in lineCharts {
            chart.topRow = top
            sheet.pageBreaksAfterRows.append(top)  // the 0-based anchor row is the 1-based row above the chart
            top += chart.height + 1
            sheet.charts.append(chart)
        }
        return sheet
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
