import Vocabulary

/// A bar chart drawn on a worksheet from the sheet's own cells, so that it follows edits to them.
struct SheetChart: Sendable, Equatable {
    /// The chart's title.
    var title: String
    /// The series name, e.g. the value column's heading.
    var seriesName: String
    /// The category labels, an absolute range on the same sheet without the sheet name (`$B$4:$B$20`).
    var categories: String
    /// The values, an absolute range on the same sheet (`$F$4:$F$20`).
    var values: String
    /// The number of bars, used to size the chart.
    var barCount: Int
    /// The 0-based row of the sheet where the chart's top edge is anchored; it spans columns A to `width`.
    var topRow: Int
    /// The chart's width in columns from column A.
    var width = 6

    /// The chart's height in rows: room for every bar's label.
    var height: Int { max(14, barCount * 2 + 6) }

    /// The charts Reroute draws on a result table's sheet: Figure 3's eligible calls by call type, below the table.
    static func charts(for table: ResultTable) -> [SheetChart] {
        guard table.id == "fig03-eligible-volume",
              let label = table.columns.firstIndex(of: "label"),
              let value = table.columns.firstIndex(of: "eligible_calls") else { return [] }
        // The per-type rows follow the "ALL ..." total rows at the top.
        func isTotal(_ row: [Cell]) -> Bool {
            if case .text(let s) = row.first ?? .empty { return s.hasPrefix("ALL ") }
            return false
        }
        guard let first = table.rows.firstIndex(where: { !isTotal($0) }),
              table.rows[first...].allSatisfy({ !isTotal($0) }) else { return [] }
        let top = first + 2, bottom = table.rows.count + 1  // sheet rows: header is row 1
        let l = WorksheetBuilder.columnName(label), v = WorksheetBuilder.columnName(value)
        let heading = value < table.headings.count ? table.headings[value] : table.columns[value]
        return [SheetChart(title: "Eligible calls by call type (\(table.reference ?? table.title))", seriesName: heading,
                           categories: "$\(l)$\(top):$\(l)$\(bottom)", values: "$\(v)$\(top):$\(v)$\(bottom)",
                           barCount: bottom - top + 1, topRow: bottom + 1, width: max(table.columns.count, 6))]
    }
}
