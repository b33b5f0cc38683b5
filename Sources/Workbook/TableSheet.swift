import Vocabulary

/// Lays out one result table as a worksheet: a header row in the report's words (the table's headings), then the
/// rows with typed cells. The CSV file's column names are listed beside the headings on the About sheet.
enum TableSheet {
    /// Rows sampled from the top of a table to size its columns.
    static let widthSampleRows = 1_000

    /// Builds the worksheet for `table`.
    ///
    /// Numbers are numeric cells whose value is the CSV's text for the same cell (shares stay fractions) with a
    /// format per kind: integers `#,##0`, decimals with their places, shares `0.0%`. Empty cells and non-finite
    /// numbers (blank in the CSV) are left out.
    /// - Throws: `WorkbookError` when the table does not fit in a worksheet or a text is too long for a cell.
    static func build(_ table: ResultTable, styles: inout StyleSheet, strings: inout SharedStrings) throws
        -> WorksheetBuilder {
        if table.rows.count + 1 > WorkbookError.Limits.maxRows {
            throw WorkbookError.tooManyRows(table: table.id, rows: table.rows.count)
        }
        let width = max(table.columns.count, table.rows.map(\.count).max() ?? 0)
        if width > WorkbookError.Limits.maxColumns {
            throw WorkbookError.tooManyColumns(table: table.id, columns: width)
        }
        var sheet = WorksheetBuilder()
        sheet.freezesHeader = true
        sheet.printTitleRows = 1
        sheet.hasAutoFilter = !table.columns.isEmpty
        sheet.columnWidths = widths(table, columns: width)

        let headers = headings(table)
        try checkLength(headers, table: table, row: 0)
        sheet.appendRow(headers.map { .text($0, .header) }, styles: &styles, strings: &strings)
        for (r, row) in table.rows.enumerated() {
            var cells: [SheetCell] = []
            cells.reserveCapacity(row.count)
            for (c, cell) in row.enumerated() {
                switch cell {
                case .text(let s):
                    if s.utf16.count > WorkbookError.Limits.maxTextLength {
                        throw WorkbookError.textTooLong(table: table.id, row: r + 1,
                                                        column: columnName(table, c), length: s.utf16.count)
                    }
                    cells.append(s.isEmpty ? .empty : .text(s, .general))
                case .integer:
                    cells.append(.number(cell.csvText, .integer))
                case .number(let d, let places):
                    cells.append(d.isFinite ? .number(cell.csvText, .decimals(places)) : .empty)
                case .share(let d):
                    cells.append(d.isFinite ? .number(cell.csvText, .share) : .empty)
                case .money(let d):
                    cells.append(d.isFinite ? .number(cell.csvText, .money) : .empty)
                case .minutes(let d, let places):
                    cells.append(d.isFinite ? .number(cell.csvText, .decimals(places)) : .empty)
                case .empty:
                    cells.append(.empty)
                }
            }
            sheet.appendRow(cells, styles: &styles, strings: &strings)
        }
        return sheet
    }

    /// The header row: each column's heading, or its CSV name when the table gives it no heading.
    static func headings(_ table: ResultTable) -> [String] {
        table.columns.indices.map { c in
            let heading = c < table.headings.count ? table.headings[c] : ""
            return heading.isEmpty ? table.columns[c] : heading
        }
    }

    private static func checkLength(_ texts: [String], table: ResultTable, row: Int) throws {
        for (c, s) in texts.enumerated() where s.utf16.count > WorkbookError.Limits.maxTextLength {
            throw WorkbookError.textTooLong(table: table.id, row: row, column: columnName(table, c),
                                            length: s.utf16.count)
        }
    }

    private static func columnName(_ table: ResultTable, _ index: Int) -> String {
        index < table.columns.count ? table.columns[index] : WorksheetBuilder.columnName(index)
    }

    /// Widths from the headings and the on-screen text of the first rows, 6 to 60 characters.
    static func widths(_ table: ResultTable, columns: Int) -> [Double] {
        let headers = headings(table)
        var chars = (0..<columns).map { $0 < headers.count ? headers[$0].count + 3 : 0 }
        for row in table.rows.prefix(widthSampleRows) {
            for (c, cell) in row.enumerated() {
                let n: Int
                switch cell {
                case .empty: n = 0
                case .text(let s): n = s.count
                default: n = cell.displayText.count
                }
                chars[c] = max(chars[c], n)
            }
        }
        return chars.map { Double(min(max($0 + 2, 6), 60)) }
    }
}
