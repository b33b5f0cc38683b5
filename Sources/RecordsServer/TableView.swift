import Evaluation
import Vocabulary

/// Result tables and dashboard metrics as template values (every number through `Cell.displayText`).
enum TableView {
    static func table(_ table: ResultTable) -> [String: Any] {
        [
            "id": table.id, "title": table.title, "headings": table.headings.map { ["text": $0] },
            "rows": table.rows.map { row in ["cells": row.map { ["text": $0.displayText, "numeric": $0.isNumeric] }] },
            "notes": table.notes.map { ["text": $0] }, "hasRows": !table.rows.isEmpty,
            "parameters": table.parameters.map { ["name": $0.name, "value": $0.value, "source": $0.source] },
        ]
    }

    static func metric(_ metric: DashboardMetric) -> [String: Any] {
        ["id": metric.id, "title": metric.title, "question": metric.question, "definition": metric.definition, "dataUsed": metric.dataUsed,
         "gpl": metric.gplMetric ?? "", "hasGPL": metric.gplMetric != nil, "table": table(metric.table)]
    }
}
