import Foundation
import Vocabulary
import ProgramPlan
import ZIPFoundation

/// Writes Reroute's result tables as an Office Open XML workbook (`.xlsx`) for analysts who work in spreadsheets.
///
/// The first sheet, "About", holds the title, the run's key/value pairs and, for every table, its sheet, title,
/// report reference, CSV file, column headings, notes and parameters with their sources. Then one sheet per table,
/// named after the table id (the CSV file stem, made a valid sheet name): its header row is the CSV's column names
/// and its cells are the CSV's values as typed cells: numbers are numeric with a format per kind (integers
/// `#,##0`, decimals with their places, shares `0.0%` over the fraction), text is text, empty cells are blank. So
/// a sheet exported to CSV gives the table's CSV back. Header rows are frozen and carry an autofilter.
///
/// The bytes depend only on the arguments: entries have a fixed date (1980-01-01) and the document properties no
/// creation time.
public struct WorkbookWriter: Sendable {
    /// Writes `tables` to the `.xlsx` file at `url`, replacing it if it exists.
    ///
    /// - Parameters:
    ///   - tables: the result tables, one sheet each, in this order.
    ///   - url: the file to write, conventionally `<out>/reroute.xlsx` beside the CSV and JSON files.
    ///   - title: the workbook title, shown first on the About sheet and stored as the document title.
    ///   - about: key/value pairs describing the run (inputs, profile, period, ...), listed on the About sheet.
    /// - Throws: `WorkbookError` if a table does not fit in a worksheet or the file cannot be written.
    /// - Complexity: O(total cells); memory about twice the size of the largest sheet's XML.
    public static func write(_ tables: [ResultTable], to url: URL, title: String, about: [(String, String)], model: Plan? = nil) throws {
        let data = try makeData(tables, title: title, about: about, model: model)
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw WorkbookError.cannotWrite(path: url.path, reason: error.localizedDescription)
        }
    }

    /// The `.xlsx` file for `tables` as bytes (see `write(_:to:title:about:)`).
    /// - Throws: `WorkbookError` if a table does not fit in a worksheet or the archive cannot be assembled.
    /// - Parameter model: a program plan to add as the live "Budget model" sheet (formulas on input cells), after About.
    public static func makeData(_ tables: [ResultTable], title: String, about: [(String, String)], model: Plan? = nil) throws -> Data {
        let names = sheetNames(for: tables)
        var styles = StyleSheet()
        var strings = SharedStrings()
        var aboutSheet = AboutSheet.build(title: title, about: about, tables: tables, sheetNames: names,
                                          styles: &styles, strings: &strings)
        var sheets: [[UInt8]] = [aboutSheet.xml()]
        var charts: [[SheetChart]] = [[]]
        var filters: [String?] = [nil]
        var printTitles: [String?] = [nil]
        var modelNames: [String] = []
        if let model {
            var sheet = BudgetModelSheet.build(plan: model, styles: &styles, strings: &strings)
            sheets.append(sheet.xml())
            charts.append(sheet.charts)
            filters.append(nil)
            printTitles.append(sheet.printTitlesRange)
            modelNames = [BudgetModelSheet.name]
        }
        for table in tables {
            var sheet = try TableSheet.build(table, styles: &styles, strings: &strings)
            sheet.charts = SheetChart.charts(for: table)
            sheets.append(sheet.xml())
            charts.append(sheet.charts)
            filters.append(sheet.filterRange())
            printTitles.append(sheet.printTitlesRange)
        }
        let allNames = [AboutSheet.name] + modelNames + names

        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            let drawingCount = charts.filter { !$0.isEmpty }.count
            try add("[Content_Types].xml", PackageParts.contentTypes(sheetCount: sheets.count, drawingCount: drawingCount,
                                                                    chartCount: charts.joined().count), to: archive)
            try add("_rels/.rels", PackageParts.rootRelationships(), to: archive)
            try add("docProps/core.xml", PackageParts.coreProperties(title: title), to: archive)
            try add("docProps/app.xml", PackageParts.appProperties(sheetNames: allNames), to: archive)
            try add("xl/workbook.xml", PackageParts.workbook(sheetNames: allNames, filters: filters,
                                                                      printTitles: printTitles), to: archive)
            try add("xl/_rels/workbook.xml.rels", PackageParts.workbookRelationships(sheetCount: sheets.count),
                    to: archive)
            try add("xl/styles.xml", styles.xml(), to: archive)
            try add("xl/sharedStrings.xml", Data(strings.xml()), to: archive)
            for (i, sheet) in sheets.enumerated() {
                try add("xl/worksheets/sheet\(i + 1).xml", Data(sheet), to: archive)
            }
            try addCharts(charts, sheetNames: allNames, to: archive)
            guard let data = archive.data else {
                throw WorkbookError.cannotWrite(path: "(memory)", reason: "the ZIP archive has no data")
            }
            return data
        } catch let error as WorkbookError {
            throw error
        } catch {
            throw WorkbookError.cannotWrite(path: "(memory)", reason: "ZIP archive: \(error)")
        }
    }

    /// The sheet name each table gets, in order: its id made a valid, unique sheet name (at most 31 characters,
    /// none of `[]:*?/\`, not "About" or "History", unique ignoring case; clashes get ` (2)`, ` (3)`, ...).
    public static func sheetNames(for tables: [ResultTable]) -> [String] {
        SheetNamer.uniqueNames(for: tables.map(\.id), reserved: [AboutSheet.name])
    }

    /// Adds the drawing of each sheet with charts, its charts and the relationships between them; drawings and
    /// charts are numbered from 1 in sheet order.
    private static func addCharts(_ charts: [[SheetChart]], sheetNames: [String], to archive: Archive) throws {
        var drawing = 0, chart = 0
        for (i, sheetCharts) in charts.enumerated() where !sheetCharts.isEmpty {
            drawing += 1
            try add("xl/worksheets/_rels/sheet\(i + 1).xml.rels", ChartParts.sheetRelationships(drawingNumber: drawing),
                    to: archive)
            try add("xl/drawings/drawing\(drawing).xml", ChartParts.drawing(sheetCharts), to: archive)
            let numbers = Array(chart + 1...chart + sheetCharts.count)
            try add("xl/drawings/_rels/drawing\(drawing).xml.rels", ChartParts.drawingRelationships(chartNumbers: numbers),
                    to: archive)
            for (n, c) in zip(numbers, sheetCharts) {
                try add("xl/charts/chart\(n).xml", ChartParts.chart(c, sheetName: sheetNames[i]), to: archive)
            }
            chart += sheetCharts.count
        }
    }

    /// The date stored on every entry, so that the same tables give the same bytes.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)  // 1980-01-01T00:00:00Z, the ZIP epoch

    private static func add(_ path: String, _ text: String, to archive: Archive) throws {
        try add(path, Data(text.utf8), to: archive)
    }

    private static func add(_ path: String, _ data: Data, to archive: Archive) throws {
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                             modificationDate: entryDate, compressionMethod: .deflate) { position, size in
            let start = Int(position)
            return data.subdata(in: start..<min(start + size, data.count))
        }
    }
}
