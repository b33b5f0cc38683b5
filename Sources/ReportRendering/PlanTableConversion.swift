import ProgramPlan
import Vocabulary

/// Turns the plan's tables into result tables, so the report and the workbook treat every table alike.
public enum PlanTableConversion {
    public static func resultTable(_ t: PlanTable) -> ResultTable {
        let rows: [[Cell]] = t.rows.map { row in
            row.map { c -> Cell in
                guard let n = c.number else { return c.text.isEmpty ? .empty : .text(c.text) }
                if c.text.hasSuffix("%") { return .share(n) }
                let decimals = c.text.split(separator: ".").dropFirst().first.map { $0.prefix { $0.isNumber }.count } ?? 0
                return .number(n, decimals: decimals)
            }
        }
        return ResultTable(id: "plan/" + t.id, title: t.title, columns: Array(zip(t.keys, t.headers)).map { ($0.0, $0.1) }, rows: rows, notes: t.notes)
    }
}
