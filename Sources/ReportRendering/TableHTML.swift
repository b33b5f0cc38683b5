import Vocabulary

extension HTML {
    /// A result table as an HTML table with its title as caption and its notes below.
    /// - Parameters:
    ///   - maxRows: show at most this many rows (the CSV has them all).
    ///   - hiding: column names not shown (they stay in the CSV and workbook).
    static func table(_ t: ResultTable, maxRows: Int? = nil, hiding: Set<String> = [], caption: String? = nil) -> String {
        let keep = t.columns.indices.filter { !hiding.contains(t.columns[$0]) }
        let rows = maxRows.map { Array(t.rows.prefix($0)) } ?? t.rows
        let numeric = keep.map { i in rows.contains { i < $0.count && $0[i].isNumeric } }
        var out = "<div class=\"table-wrap\"><table id=\"table-\(escape(t.id))\">"
        let title = caption ?? (t.title + (t.reference.map { " (\($0))" } ?? ""))
        out += "<caption>\(escape(title))</caption><thead><tr>"
        for (k, i) in keep.enumerated() { out += "<th scope=\"col\"\(numeric[k] ? " class=\"num\"" : "")>\(escape(t.headings[i]))</th>" }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>"
            for (k, i) in keep.enumerated() {
                let cell = i < row.count ? row[i] : .empty
                out += numeric[k] ? "<td class=\"num\">\(escape(cell.displayText))</td>" : "<td>\(escape(cell.displayText))</td>"
            }
            out += "</tr>"
        }
        out += "</tbody></table></div>"
        if let maxRows, t.rows.count > maxRows {
            out += p("Showing \(maxRows) of \(t.rows.count) rows; all are in \(t.id).csv and the workbook.", cls: "note")
        }
        for note in t.notes { out += p(note, cls: "note") }
        return out
    }
}
