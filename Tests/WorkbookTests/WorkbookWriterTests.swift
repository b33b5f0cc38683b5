import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Vocabulary
import Testing
import WorkbookSamples
import ZIPFoundation
@testable import Workbook

@Suite("WorkbookWriter")
struct WorkbookWriterTests {
    static let parts = [
        "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml",
    ]

    static func read(_ tables: [ResultTable], title: String = "T", about: [(String, String)] = []) throws
        -> XLSXReader {
        try XLSXReader(data: WorkbookWriter.makeData(tables, title: title, about: about))
    }

    @Test("every package part is present and well-formed XML")
    func partsAreWellFormed() throws {
        let book = try Self.read(WorkbookSamples.tables, title: "Sample", about: WorkbookSamples.about)
        let expected = Self.parts + (1...WorkbookSamples.tables.count + 1).map { "xl/worksheets/sheet\($0).xml" }
        #expect(Set(book.entries.keys) == Set(expected))
        for (path, data) in book.entries { _ = try XLSXReader.parse(data, name: path) }
        // Every part the content types list exists, and every worksheet is listed.
        let types = try XLSXReader.parse(book.entries["[Content_Types].xml"]!, name: "types")
        let overrides = types.all("Override").compactMap { $0.attributes["PartName"] }
        #expect(Set(overrides.map { String($0.dropFirst()) }) == Set(expected.filter { $0.hasPrefix("xl/") || $0.hasPrefix("docProps/") }.filter { $0 != "xl/_rels/workbook.xml.rels" }))
        #expect(book.sheets.map(\.name) == ["About"] + WorkbookWriter.sheetNames(for: WorkbookSamples.tables))
        #expect(book.core.first("dc:title")?.text == "Sample")
    }

    @Test("cell values, types and number formats read back equal the table", arguments: WorkbookSamples.tables)
    func cellsReadBack(table: ResultTable) throws {
        let book = try Self.read([table])
        let sheet = book.sheets[1]
        for (c, heading) in table.headings.enumerated() { #expect(sheet.value(0, c) == .text(heading)) }
        // The sheet holds a header row plus exactly the table's rows (rows of empty cells leave no trace).
        #expect(sheet.rowCount <= table.rows.count + 1)
        for (r, row) in table.rows.enumerated() {
            for (c, cell) in row.enumerated() {
                let got = sheet.value(r + 1, c)
                switch cell {
                case .text(let s):
                    #expect(got == (s.isEmpty ? nil : .text(s)), "row \(r + 1) column \(c)")
                case .integer(let i):
                    #expect(got == .number(Double(i), format: "#,##0"))
                case .number(let d, let places):
                    guard d.isFinite else { #expect(got == nil); continue }
                    let format = places == 0 ? "#,##0" : "#,##0." + String(repeating: "0", count: places)
                    guard case .number(let v, let f) = got else { Issue.record("row \(r + 1) col \(c): \(String(describing: got))"); continue }
                    #expect(f == format)
                    #expect(abs(v - d) <= 5e-7 * max(1, abs(d)), "CSV keeps 6 decimals")
                    #expect(v == Double(cell.csvText))
                case .share(let d):
                    guard d.isFinite else { #expect(got == nil); continue }
                    guard case .number(let v, let f) = got else { Issue.record("row \(r + 1) col \(c): \(String(describing: got))"); continue }
                    #expect(f == "0.0%")
                    #expect(abs(v - d) <= 5e-7, "a share is stored as its fraction, not as a percentage")
                case .money(let d):
                    guard d.isFinite else { #expect(got == nil); continue }
                    guard case .number(let v, let f) = got else { Issue.record("row \(r + 1) col \(c): \(String(describing: got))"); continue }
                    #expect(f == "\"$\"#,##0")
                    #expect(v == Double(cell.csvText))
                case .minutes(let d, _):
                    guard d.isFinite else { #expect(got == nil); continue }
                    guard case .number(let v, _) = got else { Issue.record("row \(r + 1) col \(c): \(String(describing: got))"); continue }
                    #expect(v == Double(cell.csvText))
                case .empty:
                    #expect(got == nil)
                }
            }
        }
    }

    @Test("known values: shares are fractions, numbers keep the CSV's six decimals")
    func knownValues() throws {
        let book = try Self.read([WorkbookSamples.eligibleVolume, WorkbookSamples.responseTimes])
        let volume = book.sheets[1]
        #expect(volume.value(1, 1) == .number(12_345, format: "#,##0"))
        #expect(volume.value(1, 2) == .number(0.412346, format: "0.0%"))
        #expect(volume.value(1, 3) == .number(398.2258, format: "#,##0.0"))
        #expect(volume.value(4, 4) == nil)
        #expect(volume.value(5, 2) == .number(1, format: "0.0%"))
        let times = book.sheets[2]
        #expect(times.value(1, 4) == .number(31.123457, format: "#,##0.000"))
        #expect(times.value(2, 4) == nil, "NaN is blank, as in the CSV")
        #expect(times.value(3, 5) == nil, "infinity is blank, as in the CSV")
        #expect(times.value(4, 0) == .text("007"), "text that looks like a number stays text")
        #expect(times.value(4, 1) == .number(-15, format: "#,##0"))
        #expect(times.value(5, 0) == .text("Line one\nline two"))
    }

    @Test("header row is frozen, filtered and columns have widths")
    func sheetLayout() throws {
        let book = try Self.read([WorkbookSamples.eligibleVolume])
        let root = book.sheets[1].root
        let pane = root.descendants("pane").first
        #expect(pane?.attributes["state"] == "frozen")
        #expect(pane?.attributes["ySplit"] == "1")
        #expect(root.first("autoFilter")?.attributes["ref"] == "A1:E6")
        #expect(root.first("dimension")?.attributes["ref"] == "A1:E6")
        let widths = root.first("cols")?.all("col").compactMap { Double($0.attributes["width"] ?? "") } ?? []
        #expect(widths.count == 5)
        // "Disturbance, non-violent" is 24 characters: the first column is wider than that.
        #expect(widths[0] >= 24 && widths[0] <= 60)
        #expect(widths.allSatisfy { $0 >= 6 && $0 <= 60 })
        let workbook = try XLSXReader.parse(book.entries["xl/workbook.xml"]!, name: "workbook")
        let filter = workbook.descendants("definedName").first
        #expect(filter?.attributes["name"] == "_xlnm._FilterDatabase")
        #expect(filter?.attributes["localSheetId"] == "1")
        #expect(filter?.text == "'fig03-eligible-volume'!$A$1:$E$6")
        // Order of elements required by the schema (CT_Worksheet).
        let order = root.children.map(\.name)
        #expect(order == ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "autoFilter",
                          "pageMargins", "pageSetup"])
    }

    @Test("every sheet prints landscape, one page wide, and table sheets repeat their header row on each page")
    func printSetup() throws {
        let tables = WorkbookSamples.tables
        let book = try Self.read(tables, title: "Sample", about: WorkbookSamples.about)
        #expect(book.sheets.count == tables.count + 1)
        for sheet in book.sheets {
            let fit = sheet.root.first("sheetPr")?.first("pageSetUpPr")
            #expect(fit?.attributes["fitToPage"] == "1", "\(sheet.name)")
            let setup = sheet.root.first("pageSetup")
            #expect(setup?.attributes["orientation"] == "landscape", "\(sheet.name)")
            #expect(setup?.attributes["fitToWidth"] == "1", "\(sheet.name)")
            #expect(setup?.attributes["fitToHeight"] == "0", "\(sheet.name): as many pages tall as needed")
        }
        let workbook = try XLSXReader.parse(book.entries["xl/workbook.xml"]!, name: "workbook")
        let titles = workbook.descendants("definedName").filter { $0.attributes["name"] == "_xlnm.Print_Titles" }
        // One per table sheet (sheet index 1...), none for About (index 0).
        #expect(titles.count == tables.count)
        for (i, name) in WorkbookWriter.sheetNames(for: tables).enumerated() {
            let title = titles.first { $0.attributes["localSheetId"] == String(i + 1) }
            #expect(title?.text == "'\(name)'!$1:$1", "\(name)")
            // ... and that row is frozen on screen.
            let pane = book.sheets[i + 1].root.descendants("pane").first
            #expect(pane?.attributes["state"] == "frozen" && pane?.attributes["ySplit"] == "1", "\(name)")
        }
    }

    @Test("the header row is the table's headings; the CSV's column names stay listed beside them on About")
    func headingsInHeaderRow() throws {
        let table = ResultTable(id: "t", title: "Headings", columns: [("call_type", "Call type"), ("eligible_calls", "# CR-eligible"),
                                                                   ("raw_only", "")],
                                rows: [[.text("X"), .integer(3), .integer(4)]])
        let book = try Self.read([table, WorkbookSamples.eligibleVolume])
        #expect((0..<3).map { book.sheets[1].string(0, $0) } == ["Call type", "# CR-eligible", "raw_only"],
                "a column without a heading keeps its CSV name")
        #expect((0..<5).map { book.sheets[2].string(0, $0) } == WorkbookSamples.eligibleVolume.headings)
        #expect(WorkbookSamples.eligibleVolume.headings == ["Category", "Calls", "Share of eligible", "Calls per day",
                                                              "Projected per year"])
        let about = book.sheets[0]
        let pairs = (0..<about.rowCount).map { r in [about.string(r, 0) ?? "", about.string(r, 1) ?? ""] }
        for (name, heading) in zip(WorkbookSamples.eligibleVolume.columns, WorkbookSamples.eligibleVolume.headings) {
            #expect(pairs.contains([name, heading]), "\(name) → \(heading) on About")
        }
        #expect(pairs.contains(["call_type", "Call type"]) && pairs.contains(["eligible_calls", "# CR-eligible"]))
    }

    @Test("About sheet lists title, run details and every table with notes and parameter sources")
    func aboutSheet() throws {
        let tables = WorkbookSamples.tables
        let book = try Self.read(tables, title: "Milwaukee, May 2018", about: WorkbookSamples.about)
        let about = book.sheets[0]
        #expect(about.name == "About")
        #expect(about.string(0, 0) == "Milwaukee, May 2018")
        let texts = (0..<about.rowCount).map { r in (0..<5).map { about.string(r, $0) ?? "" } }
        for (key, value) in WorkbookSamples.about { #expect(texts.contains { $0[0] == key && $0[1] == value }) }
        let names = WorkbookWriter.sheetNames(for: tables)
        guard let header = texts.firstIndex(of: AboutSheet.indexHeader) else {
            Issue.record("no index of tables"); return
        }
        for (i, table) in tables.enumerated() {
            let row = texts[header + 1 + i]
            #expect(row[0] == names[i])
            #expect(row[1] == table.title)
            #expect(row[2] == (table.reference ?? ""))
            #expect(row[3] == "\(table.id).csv")
            #expect(about.value(header + 1 + i, 4) == .number(Double(table.rows.count), format: "#,##0"))
            for note in table.notes { #expect(texts.contains { $0[0] == "Note" && $0[1] == note }) }
            for p in table.parameters {
                #expect(texts.contains { $0 == ["Parameter", p.name, p.value, p.source, ""] })
            }
        }
        let links = about.root.first("hyperlinks")?.all("hyperlink") ?? []
        #expect(links.contains { $0.attributes["location"] == "'appendix-2-neighbourhoods-ranke'!A1" })
        #expect(about.root.descendants("sheetView").first?.attributes["tabSelected"] == "1")
    }

    @Test("text with < & > \" ', control characters and _xHHHH_ round-trips and stays well-formed")
    func escaping() throws {
        let nasty = "a<b & c>d \"quoted\" 'single' tab\there\r\nbell\u{7} _x0041_ ]]> é 🚑"
        let table = ResultTable(
            id: "esc<&>\"", title: "Title <&> \"q\"", reference: "Fig <1> & \"2\"",
            columns: [("name<&>", "Heading \"&\""), ("value", "V")],
            rows: [[.text(nasty), .integer(1)], [.text("</t></si>"), .number(2.5, decimals: 1)]],
            notes: ["note with <tags> & \"quotes\""],
            parameters: [Parameter(name: "p&", value: "<1>", source: "src \"x\" & y")])
        let book = try Self.read([table], title: "T <&> \"q\"", about: [("k<", "v&\"")])
        for (path, data) in book.entries { _ = try XLSXReader.parse(data, name: path) }
        let sheet = book.sheets[1]
        #expect(sheet.name == "esc<&>\"")
        #expect(sheet.string(0, 0) == "Heading \"&\"")
        #expect(sheet.string(1, 0) == nasty)
        #expect(sheet.string(2, 0) == "</t></si>")
        let about = book.sheets[0]
        let texts = (0..<about.rowCount).flatMap { r in (0..<5).compactMap { about.string(r, $0) } }
        for s in ["T <&> \"q\"", "k<", "v&\"", "Title <&> \"q\"", "Fig <1> & \"2\"", "note with <tags> & \"quotes\"",
                  "p&", "<1>", "src \"x\" & y", "Heading \"&\""] {
            #expect(texts.contains(s), "\(s)")
        }
        #expect(book.core.first("dc:title")?.text == "T <&> \"q\"")
        #expect(XMLText.cellText("\u{1}_x0041_") == "_x0001__x005F_x0041_")
        #expect(XLSXReader.unescape(XMLText.cellText("\u{1}_x0041_")) == "\u{1}_x0041_")
    }

    @Test("an empty table gives a header-only sheet; a table without columns an empty sheet")
    func emptyTable() throws {
        let none = ResultTable(id: "nothing", title: "No columns", columns: [])
        let book = try Self.read([WorkbookSamples.empty, none])
        let sheet = book.sheets[1]
        #expect(sheet.rowCount == 1)
        #expect((0..<3).map { sheet.string(0, $0) } == ["Neighbourhood", "Eligible calls", "Share"])
        #expect(sheet.root.first("autoFilter")?.attributes["ref"] == "A1:C1")
        let bare = book.sheets[2]
        #expect(bare.cells.isEmpty)
        #expect(bare.root.first("autoFilter") == nil)
        let noTables = try Self.read([])
        #expect(noTables.sheets.map(\.name) == ["About"])
    }

    @Test("the same tables give the same bytes")
    func deterministic() throws {
        let a = try WorkbookWriter.makeData(WorkbookSamples.tables, title: "T", about: WorkbookSamples.about)
        let b = try WorkbookWriter.makeData(WorkbookSamples.tables, title: "T", about: WorkbookSamples.about)
        #expect(a == b)
        let archive = try Archive(data: a, accessMode: .read)
        for entry in archive { #expect(entry.fileAttributes[.modificationDate] as? Date == WorkbookWriter.entryDate) }
    }

    @Test("write(_:to:) saves a readable file and replaces an existing one")
    func writesFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("reroute.xlsx")
        try Data("old".utf8).write(to: url)
        try WorkbookWriter.write(WorkbookSamples.tables, to: url, title: "T", about: [])
        let book = try XLSXReader(data: Data(contentsOf: url))
        #expect(book.sheets.count == WorkbookSamples.tables.count + 1)
        let missing = dir.appendingPathComponent("no/such/dir/x.xlsx")
        #expect(throws: WorkbookError.self) { try WorkbookWriter.write([], to: missing, title: "T", about: []) }
    }

    @Test("text longer than a cell holds is refused with the table, row and column named")
    func tooLongText() throws {
        let long = String(repeating: "x", count: 32_768)
        let table = ResultTable(id: "notes-table", title: "T", columns: [("a", "A"), ("text", "Text")],
                                rows: [[.integer(1), .text("ok")], [.integer(2), .text(long)]])
        do {
            _ = try WorkbookWriter.makeData([table], title: "T", about: [])
            Issue.record("expected an error")
        } catch let error as WorkbookError {
            #expect(error == .textTooLong(table: "notes-table", row: 2, column: "text", length: 32_768))
            #expect(error.description.contains("notes-table"))
            #expect(error.description.contains("row 2, column text"))
        }
    }

    @Test("a 100,000-row table is written and reads back as well-formed XML")
    func largeTable() throws {
        var rows: [[Cell]] = []
        rows.reserveCapacity(100_000)
        for i in 0..<100_000 {
            let last: Cell = i % 10 == 0 ? .empty : .number(Double(i) * 1.5, decimals: 1)
            let share: Cell = .share(Double(i % 1000) / 1000)
            rows.append([.integer(i), .text("type \(i % 40)"), .number(Double(i) / 7, decimals: 2), share, last])
        }
        let table = ResultTable(id: "big", title: "Big",
                                columns: [("id", "Id"), ("type", "Type"), ("x", "X"), ("s", "S"), ("y", "Y")],
                                rows: rows)
        let data = try WorkbookWriter.makeData([table], title: "Big", about: [])
        let archive = try Archive(data: data, accessMode: .read)
        guard let entry = archive["xl/worksheets/sheet2.xml"] else { Issue.record("no sheet"); return }
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        let counter = RowCounter()
        // Streamed: given a 20 MB Data in one piece, libxml2 (under XMLParser on Linux) stops with "huge input
        // lookup" at the end although the document is well-formed (expat and LibreOffice read it).
        let parser = XMLParser(stream: InputStream(data: xml))
        parser.delegate = counter
        #expect(parser.parse(), "\(xml.count) bytes: \(String(describing: parser.parserError)) at line \(parser.lineNumber) column \(parser.columnNumber)")
        #expect(counter.rows == 100_001)
        #expect(counter.lastRef == "E100001")
    }
}

/// Counts `<row>` elements and remembers the last cell reference, without building a tree.
final class RowCounter: NSObject, XMLParserDelegate {
    var rows = 0
    var lastRef = ""
    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        if elementName == "row" { rows += 1 }
        if elementName == "c", let r = attributeDict["r"] { lastRef = r }
    }
}
