import Vocabulary

/// One cell as the worksheet writes it.
enum SheetCell {
    case empty
    /// Text, stored in the shared-string table.
    case text(String, CellStyle)
    /// A number: `value` is its plain decimal text as written in `<v>` (the CSV's text for the same cell).
    case number(String, CellStyle)
    /// A formula (without the leading `=`) and its cached value, Reroute's own result for it.
    case formula(String, String, CellStyle)
}

/// Builds the XML of one worksheet (`xl/worksheets/sheetN.xml`) row by row.
///
/// Rows are appended as they come so large tables never exist twice as cell values; the finished part puts the
/// parts of `CT_Worksheet` in the order the schema requires (properties, dimension, views, columns, data, filter,
/// links, margins, page setup, drawing). Every sheet prints landscape, one page wide, as many pages tall as needed.
struct WorksheetBuilder {
    /// Column widths in characters, from column A.
    var columnWidths: [Double] = []
    /// Freeze the first row so the header stays visible while scrolling.
    var freezesHeader = false
    /// Put an autofilter on the header row over all rows.
    var hasAutoFilter = false
    /// Whether this sheet's tab is selected when the workbook opens.
    var isSelected = false
    /// Rows repeated at the top of every printed page (`_xlnm.Print_Titles`), e.g. 1 for the header row; 0 for none.
    var printTitleRows = 0
    /// Manual page breaks: a printed page ends after each of these 1-based rows.
    var pageBreaksAfterRows: [Int] = []
    /// Charts drawn on this sheet from its cells; the sheet's drawing is its relationship `rId1`.
    var charts: [SheetChart] = []
    /// Internal links: cell reference, target location (`'Sheet'!A1`), text shown.
    var hyperlinks: [(cell: String, location: String, display: String)] = []

    private var body: [UInt8] = []
    /// Rows written so far (including empty ones), i.e. the 1-based number of the last row.
    private(set) var rowCount = 0
    private(set) var columnCount = 0
    private var letters: [String] = []

    /// Appends a row; an empty array leaves a blank row. Returns the row's 1-based number.
    @discardableResult
    mutating func appendRow(_ cells: [SheetCell], styles: inout StyleSheet, strings: inout SharedStrings) -> Int {
        rowCount += 1
        let r = String(rowCount)
        guard cells.contains(where: { if case .empty = $0 { false } else { true } }) else { return rowCount }
        columnCount = max(columnCount, cells.count)
        body.append(contentsOf: "<row r=\"\(r)\">".utf8)
        for (i, cell) in cells.enumerated() {
            switch cell {
            case .empty:
                continue
            case .text(let s, let style):
                let index = strings.index(of: s)
                let st = styles.index(of: style)
                body.append(contentsOf: "<c r=\"\(column(i))\(r)\"\(st == 0 ? "" : " s=\"\(st)\"") t=\"s\"><v>\(index)</v></c>".utf8)
            case .formula(let formula, let cached, let style):
                let st = styles.index(of: style)
                body.append(contentsOf: "<c r=\"\(column(i))\(r)\"\(st == 0 ? "" : " s=\"\(st)\"")><f>\(XMLText.cellText(formula))</f><v>\(cached)</v></c>".utf8)
            case .number(let value, let style):
                let st = styles.index(of: style)
                body.append(contentsOf: "<c r=\"\(column(i))\(r)\"\(st == 0 ? "" : " s=\"\(st)\"")><v>\(value)</v></c>".utf8)
            }
        }
        body.append(contentsOf: "</row>\n".utf8)  // one row per line, for readable diffs
        return rowCount
    }

    /// The column letters for the 0-based `index` (0 → A, 26 → AA).
    mutating func column(_ index: Int) -> String {
        while letters.count <= index { letters.append(Self.columnName(letters.count)) }
        return letters[index]
    }

    /// The column letters for the 0-based `index` (0 → A, 25 → Z, 26 → AA).
    static func columnName(_ index: Int) -> String {
        var n = index + 1
        var scalars: [Unicode.Scalar] = []
        while n > 0 {
            let r = (n - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(65 + r)))
            n = (n - 1) / 26
        }
        return String(String.UnicodeScalarView(scalars.reversed()))
    }

    /// The finished worksheet part.
    mutating func xml() -> [UInt8] {
        let lastColumn = column(max(columnCount, 1) - 1)
        let lastRow = max(rowCount, 1)
        var out: [UInt8] = []
        out.reserveCapacity(body.count + 1024)
        var head = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        head += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" "#
        head += #"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        head += #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"#
        head += "<dimension ref=\"A1:\(lastColumn)\(lastRow)\"/>"
        head += "<sheetViews><sheetView workbookViewId=\"0\"\(isSelected ? " tabSelected=\"1\"" : "")>"
        if freezesHeader {
            head += #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
            head += #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>"#
        }
        head += "</sheetView></sheetViews>"
        head += #"<sheetFormatPr defaultRowHeight="15"/>"#
        if !columnWidths.isEmpty {
            head += "<cols>"
            for (i, w) in columnWidths.enumerated() {
                head += "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(Self.format(w))\" customWidth=\"1\"/>"
            }
            head += "</cols>"
        }
        head += "<sheetData>"
        out.append(contentsOf: head.utf8)
        out.append(contentsOf: body)
        var tail = "</sheetData>"
        if hasAutoFilter, columnCount > 0 {
            tail += "<autoFilter ref=\"A1:\(lastColumn)\(lastRow)\"/>"
        }
        if !hyperlinks.isEmpty {
            tail += "<hyperlinks>"
            for link in hyperlinks {
                tail += "<hyperlink ref=\"\(link.cell)\" location=\"\(XMLText.attribute(link.location))\" "
                tail += "display=\"\(XMLText.attribute(link.display))\"/>"
            }
            tail += "</hyperlinks>"
        }
        tail += #"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#
        tail += #"<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>"#
        if !pageBreaksAfterRows.isEmpty {
            tail += "<rowBreaks count=\"\(pageBreaksAfterRows.count)\" manualBreakCount=\"\(pageBreaksAfterRows.count)\">"
            for row in pageBreaksAfterRows { tail += "<brk id=\"\(row)\" max=\"16383\" man=\"1\"/>" }
            tail += "</rowBreaks>"
        }
        if !charts.isEmpty { tail += #"<drawing r:id="rId1"/>"# }
        tail += "</worksheet>"
        out.append(contentsOf: tail.utf8)
        return out
    }

    /// The autofilter range as an absolute reference (`$A$1:$E$101`), or nil when there is none.
    mutating func filterRange() -> String? {
        guard hasAutoFilter, columnCount > 0 else { return nil }
        return "$A$1:$\(column(columnCount - 1))$\(max(rowCount, 1))"
    }

    /// The rows printed at the top of every page as an absolute reference (`$1:$1`), or nil when there are none.
    var printTitlesRange: String? {
        printTitleRows > 0 ? "$1:$\(printTitleRows)" : nil
    }

    /// A width with one decimal place, written the same way on every platform.
    static func format(_ w: Double) -> String { Format.fixed(w, decimals: 1) }
}
