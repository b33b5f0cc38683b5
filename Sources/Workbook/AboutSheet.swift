import Vocabulary

/// The first sheet, "About": the workbook title, the run's key/value pairs, an index of the table sheets, and for
/// each table its title, report reference, CSV file, columns, notes and parameters with their sources.
enum AboutSheet {
    static let name = "About"
    /// The header of the index of tables; the LibreOffice check script finds the sheet-to-CSV mapping by it.
    static let indexHeader = ["Sheet", "Title", "Report reference", "CSV file", "Rows"]

    /// Builds the About sheet; `sheetNames[i]` is the sheet holding `tables[i]`.
    static func build(title: String, about: [(String, String)], tables: [ResultTable], sheetNames: [String],
                      styles: inout StyleSheet, strings: inout SharedStrings) -> WorksheetBuilder {
        var sheet = WorksheetBuilder()
        sheet.isSelected = true
        sheet.columnWidths = [18, 48, 28, 60, 10]
        func row(_ cells: [SheetCell]) -> Int { sheet.appendRow(cells, styles: &styles, strings: &strings) }
        func text(_ s: String, _ style: CellStyle = .general) -> SheetCell {
            s.isEmpty ? .empty : .text(clipped(s), style)
        }
        func link(_ r: Int, _ i: Int) {
            sheet.hyperlinks.append((cell: "A\(r)", location: quoted(sheetNames[i]) + "!A1", display: sheetNames[i]))
        }

        _ = row([text(title, .title)])
        _ = row([text("Made by Reroute. Each following sheet holds one result table: its first row is the table's "
                      + "headings as in the report, and its values are the values of the CSV file named below, whose "
                      + "column names are listed under each table (Column, Heading).")])
        _ = row([])
        for (key, value) in about { _ = row([text(key, .header), text(value)]) }
        if !about.isEmpty { _ = row([]) }

        _ = row(indexHeader.map { .text($0, .header) })
        for (i, table) in tables.enumerated() {
            let r = row([text(sheetNames[i], .link), text(table.title), text(table.reference ?? ""),
                         text("\(table.id).csv"), .number(String(table.rows.count), .integer)])
            link(r, i)
        }

        for (i, table) in tables.enumerated() {
            _ = row([])
            let r = row([text(sheetNames[i], .link), text(table.title, .header)])
            link(r, i)
            if let reference = table.reference { _ = row([text("Report reference"), text(reference)]) }
            _ = row([text("CSV file"), text("\(table.id).csv")])
            _ = row([text("Column", .header), text("Heading", .header)])
            for (c, name) in table.columns.enumerated() {
                let heading = c < table.headings.count ? table.headings[c] : ""
                _ = row([text(name), text(heading)])
            }
            for note in table.notes { _ = row([text("Note"), text(note, .wrapped)]) }
            if !table.parameters.isEmpty {
                _ = row([text("Parameter", .header), text("Name", .header), text("Value", .header),
                         text("Source", .header)])
                for p in table.parameters {
                    _ = row([text("Parameter"), text(p.name, .wrapped), text(p.value, .wrapped),
                             text(p.source, .wrapped)])
                }
            }
        }
        return sheet
    }

    /// `s` cut to what a cell holds; descriptions longer than that (never seen in practice) end with an ellipsis,
    /// and the table's JSON keeps them whole.
    static func clipped(_ s: String) -> String {
        let limit = WorkbookError.Limits.maxTextLength
        guard s.utf16.count > limit else { return s }
        var out = ""
        var used = 0
        for c in s {
            if used + c.utf16.count > limit - 1 { break }
            out.append(c)
            used += c.utf16.count
        }
        return out + "…"
    }

    /// A sheet name quoted for a formula or link location: `'It''s'`.
    static func quoted(_ name: String) -> String {
        "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
