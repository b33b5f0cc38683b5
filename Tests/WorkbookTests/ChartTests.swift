import Foundation
import CallCatalogue
import ProgramPlan
import Testing
import Vocabulary
import WorkbookSamples
import ZIPFoundation
@testable import Workbook

/// The workbook's bar charts: Figure 3's eligible calls by call type and the budget model's lines per phase, drawn
/// from cell references so they follow edits.
@Suite("Workbook charts")
struct ChartTests {
    /// A table shaped like Figure 3 (`DatasetAnalysis.eligibleVolume`): two total rows, then one row per call type.
    static let figure3 = ResultTable(
        id: "fig03-eligible-volume", title: "Community-responder-eligible call volume", reference: "Figure 3",
        columns: [("call_type", "Call type"), ("label", "Label"), ("citizen_initiated_calls", "# Citizen-initiated calls"),
                  ("eligibility_rate", "% CR-eligible"), ("eligibility_source", "Rate source"),
                  ("eligible_calls", "# CR-eligible"), ("share_of_citizen_initiated", "% of total citizen-initiated calls")],
        rows: [[.text("ALL CALLS"), .text("All calls"), .integer(1000), .empty, .text(""), .empty, .empty],
               [.text("ALL CR CALL TYPES"), .text("All CR call types"), .integer(300), .share(0.5), .text("weighted mean"),
                .number(150, decimals: 0), .share(0.15)],
               [.text("WELFARE"), .text("Welfare check"), .integer(200), .share(0.5), .text("LEAP"), .number(100, decimals: 0), .share(0.1)],
               [.text("TROUBLE"), .text("Trouble with subject"), .integer(60), .share(0.5), .text("LEAP"), .number(30, decimals: 0), .share(0.03)],
               [.text("MENTAL"), .text("Mental health"), .integer(40), .share(0.5), .text("LEAP"), .number(20, decimals: 0), .share(0.02)]])

    /// The built-in Milwaukee scenario's plan, with the built-in catalogue's rates as `reroute plan` takes them.
    static func milwaukeePlan() throws -> Plan {
        var rates: [String: Sourced<Double>] = [:]
        for entry in try CallCatalogue.builtIn("milwaukee").entries where entry.isEligible {
            if let rate = entry.eligibilityRate { rates[entry.code] = Sourced(rate.value, unit: "fraction", source: rate.source) }
        }
        return ProgramPlanner.plan(scenario: try ScenarioLoader.builtIn("milwaukee-2021", eligibilityRates: rates))
    }

    /// The category and value references of `chart` (`'Sheet'!$B$4:$B$6`).
    static func references(_ chart: XLSXReader.Node) -> (categories: String?, values: String?) {
        (chart.descendants("c:cat").first?.descendants("c:f").first?.text,
         chart.descendants("c:val").first?.descendants("c:f").first?.text)
    }

    /// The cells of a one-column range like `$B$4:$B$6` on `sheet`.
    static func cells(_ range: String, on sheet: XLSXReader.Sheet) -> [XLSXReader.Value?] {
        let ends = range.replacingOccurrences(of: "$", with: "").split(separator: ":").map(String.init)
        guard ends.count == 2, let (r0, c0) = XLSXReader.position(ends[0]), let (r1, c1) = XLSXReader.position(ends[1]),
              c0 == c1, r1 >= r0 else { return [] }
        return (r0...r1).map { sheet.value($0, c0) }
    }

    @Test("Figure 3's sheet has a bar chart of eligible calls on the per-type rows' label and eligible-calls cells")
    func figure3Chart() throws {
        let book = try XLSXReader(data: WorkbookWriter.makeData([WorkbookSamples.responseTimes, Self.figure3], title: "T", about: []))
        // Only Figure 3 (sheet 3) gets a chart: one drawing, one chart.
        #expect(book.entries.keys.filter { $0.hasPrefix("xl/charts/") }.sorted() == ["xl/charts/chart1.xml"])
        #expect(book.entries.keys.filter { $0.hasPrefix("xl/drawings/drawing") }.sorted() == ["xl/drawings/drawing1.xml"])
        let rels = try XLSXReader.parse(try #require(book.entries["xl/worksheets/_rels/sheet3.xml.rels"]), name: "rels")
        #expect(rels.all("Relationship").first?.attributes["Target"] == "../drawings/drawing1.xml")
        #expect(book.sheets[2].root.first("drawing")?.attributes["r:id"] == "rId1")
        #expect(book.sheets[1].root.first("drawing") == nil)
        let drawingRels = try XLSXReader.parse(try #require(book.entries["xl/drawings/_rels/drawing1.xml.rels"]), name: "rels")
        #expect(drawingRels.all("Relationship").first?.attributes["Target"] == "../charts/chart1.xml")
        let types = try XLSXReader.parse(try #require(book.entries["[Content_Types].xml"]), name: "types")
        let overrides = Dictionary(uniqueKeysWithValues: types.all("Override").compactMap { o in
            o.attributes["PartName"].map { ($0, o.attributes["ContentType"] ?? "") } })
        #expect(overrides["/xl/charts/chart1.xml"] == "application/vnd.openxmlformats-officedocument.drawingml.chart+xml")
        #expect(overrides["/xl/drawings/drawing1.xml"] == "application/vnd.openxmlformats-officedocument.drawing+xml")

        let chart = try XLSXReader.parse(try #require(book.entries["xl/charts/chart1.xml"]), name: "chart")
        #expect(chart.descendants("c:barChart").count == 1)
        let (categories, values) = Self.references(chart)
        // Rows 4-6 of the sheet: row 1 is the header, rows 2-3 the two totals.
        #expect(categories == "'fig03-eligible-volume'!$B$4:$B$6")
        #expect(values == "'fig03-eligible-volume'!$F$4:$F$6")
        let sheet = book.sheets[2]
        let ranges = try (#require(categories).split(separator: "!").last.map(String.init) ?? "",
                          #require(values).split(separator: "!").last.map(String.init) ?? "")
        #expect(Self.cells(ranges.0, on: sheet) == ["Welfare check", "Trouble with subject", "Mental health"].map { .text($0) })
        #expect(Self.cells(ranges.1, on: sheet) == [100.0, 30, 20].map { .number($0, format: "#,##0") })
    }

    @Test("the budget model has a chart per phase on its lines' label and cost cells")
    func budgetCharts() throws {
        let plan = try Self.milwaukeePlan()
        let book = try XLSXReader(data: WorkbookWriter.makeData([], title: "T", about: [], model: plan))
        let model = book.sheets[1]
        #expect(model.name == "Budget model")
        let phases = plan.scenario.budget.phases
        #expect(phases.count >= 2)
        for (k, phase) in phases.enumerated() {
            let chart = try XLSXReader.parse(try #require(book.entries["xl/charts/chart\(k + 1).xml"]), name: "chart")
            #expect(chart.descendants("a:t").first?.text == "Budget lines: \(phase.name)")
            let (categories, values) = Self.references(chart)
            let cat = try #require(categories), val = try #require(values)
            #expect(cat.hasPrefix("'Budget model'!$A$") && val.hasPrefix("'Budget model'!$B$"))
            // The labels are the scenario's line names, in order; the values are the lines' formulas.
            let labels = Self.cells(String(cat.dropFirst("'Budget model'!".count)), on: model).map { value -> String in
                if case .text(let s) = value { return s.trimmingCharacters(in: .whitespaces) }
                return "?"
            }
            #expect(labels.count == phase.lines.count)
            for (label, line) in zip(labels, phase.lines) { #expect(label.hasPrefix(line.name), "\(label) vs \(line.name)") }
            let costs = Self.cells(String(val.dropFirst("'Budget model'!".count)), on: model)
            #expect(costs.allSatisfy { if case .number = $0 { true } else { false } })
            let first = try #require(XLSXReader.position(String(val.split(separator: ":")[0].dropFirst("'Budget model'!".count)).replacingOccurrences(of: "$", with: "")))
            let cell = model.root.first("sheetData")?.descendants("c").first { $0.attributes["r"] == "B\(first.0 + 1)" }
            #expect(cell?.first("f") != nil, "the chart reads the computed line, which follows the inputs")
        }
        #expect(book.entries["xl/charts/chart\(phases.count + 1).xml"] == nil)
        // Each chart starts a printed page: a manual break right above its anchor row.
        let anchors = try XLSXReader.parse(try #require(book.entries["xl/drawings/drawing1.xml"]), name: "drawing")
            .descendants("xdr:from").compactMap { $0.first("xdr:row")?.text }
        let breaks = model.root.first("rowBreaks")?.all("brk").compactMap { $0.attributes["id"] } ?? []
        #expect(anchors.count == phases.count && breaks == anchors, "breaks \(breaks), anchors \(anchors)")
        #expect(model.root.first("drawing") != nil)
    }

    @Test("LibreOffice converts the workbook with its charts to ODS, which holds one chart object per chart",
          .enabled(if: LibreOffice.executable != nil, "LibreOffice (soffice) is not on PATH; install libreoffice-calc"),
          .timeLimit(.minutes(5)))
    func libreOfficeKeepsCharts() throws {
        let plan = try Self.milwaukeePlan()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wb-chart-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let xlsx = dir.appendingPathComponent("reroute.xlsx")
        try WorkbookWriter.write([Self.figure3], to: xlsx, title: "T", about: [], model: plan)
        let result = try LibreOffice.convert(xlsx, to: "ods", outdir: dir, profile: dir.appendingPathComponent("profile"))
        #expect(result.status == 0, "\(result.output)")
        let ods = try Archive(url: dir.appendingPathComponent("reroute.ods"), accessMode: .read)
        var content = Data()
        _ = try ods.extract(try #require(ods["content.xml"])) { content.append($0) }
        let text = String(decoding: content, as: UTF8.self)
        let objects = text.components(separatedBy: "<draw:object ").count - 1
        #expect(objects == plan.scenario.budget.phases.count + 1, "\(objects) chart objects in content.xml")
        // Each chart object is a chart document whose series reads the sheet's cells.
        let charts = ods.filter { $0.path.hasSuffix("/content.xml") && $0.path.hasPrefix("Object") }
        #expect(charts.count == objects)
        var ranges: [String] = []
        for entry in charts {
            var data = Data()
            _ = try ods.extract(entry) { data.append($0) }
            let chart = String(decoding: data, as: UTF8.self)
            #expect(chart.contains("chart:class=\"chart:bar\""), "\(entry.path)")
            if let r = chart.range(of: "chart:values-cell-range-address=\"[^\"]*\"", options: .regularExpression) {
                ranges.append(String(chart[r]))
            }
        }
        let addresses = ranges.map { $0.replacingOccurrences(of: "&apos;", with: "'") }
        #expect(addresses.contains { $0.contains("'fig03-eligible-volume'.F4:'fig03-eligible-volume'.F6") }, "\(addresses)")
        #expect(ranges.filter { $0.contains("Budget model") }.count == plan.scenario.budget.phases.count, "\(ranges)")
    }
}
