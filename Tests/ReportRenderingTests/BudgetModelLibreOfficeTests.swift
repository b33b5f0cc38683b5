import Foundation
import Testing
import RerouteTestSupport

/// Runs a tool; returns its exit status and combined output.
@discardableResult
func runTool(_ path: String, _ arguments: [String], in directory: URL? = nil) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    try process.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
}

let zipTools = ["/usr/bin/zip", "/usr/bin/unzip"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }

/// The workbook's "Budget model" sheet is live: LibreOffice recalculates its formulas from the input cells.
@Suite("reroute.xlsx budget model recalculates in LibreOffice",
       .enabled(if: sofficePath != nil && zipTools, "LibreOffice (apt-get install -y libreoffice-calc) or zip/unzip is not installed"))
struct BudgetModelLibreOfficeTests {
    /// Unzips the report's workbook, applies `edit` to the budget model sheet's XML (after dropping every cached
    /// formula result, so that only LibreOffice's recalculation can fill them), zips it again and returns the
    /// sheet as LibreOffice computes it: (label in column A, value in column B) rows.
    func recalculated(_ folder: URL, edit: (String, [String]) -> String) throws -> [(String, String)] {
        let work = TestPaths.temporaryDirectory("budget-model")
        let x = work.appendingPathComponent("x")
        try FileManager.default.createDirectory(at: x, withIntermediateDirectories: true)
        try #require(try runTool("/usr/bin/unzip", ["-q", folder.appendingPathComponent("reroute.xlsx").path, "-d", x.path]).status == 0)
        let strings = try String(contentsOf: x.appendingPathComponent("xl/sharedStrings.xml"), encoding: .utf8)
            .components(separatedBy: "<si>").dropFirst().map { part -> String in
                let inner = part.components(separatedBy: "</si>")[0]
                return inner.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            }
        let workbook = try String(contentsOf: x.appendingPathComponent("xl/workbook.xml"), encoding: .utf8)
        #expect(workbook.contains("name=\"Budget model\""))
        let sheetURL = x.appendingPathComponent("xl/worksheets/sheet2.xml")
        var sheet = try String(contentsOf: sheetURL, encoding: .utf8)
        #expect(sheet.contains("<f>"), "the budget model has formulas")
        sheet = sheet.replacingOccurrences(of: "</f><v>[^<]*</v>", with: "</f>", options: .regularExpression)
        sheet = edit(sheet, strings)
        try Data(sheet.utf8).write(to: sheetURL)
        let edited = work.appendingPathComponent("edited.xlsx")
        try #require(try runTool("/usr/bin/zip", ["-q", "-r", "-X", edited.path, "[Content_Types].xml", "_rels", "docProps", "xl"], in: x).status == 0)
        let out = work.appendingPathComponent("out")
        let converted = try runTool(sofficePath!, ["-env:UserInstallation=file://\(work.path)/profile", "--headless", "--norestore",
                                                   "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2",
                                                   "--outdir", out.path, edited.path])
        let files = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
        let csv = try #require(files.first { $0.hasSuffix(".csv") }, "LibreOffice wrote no CSV: \(converted.output)")
        let text = try String(contentsOf: out.appendingPathComponent(csv), encoding: .utf8)
        return text.split(separator: "\n").map { line in
            // Labels in A never hold commas; B is a plain number.
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return (cells.first ?? "", cells.count > 1 ? cells[1] : "")
        }
    }

    /// Sets the input cell (column B) of the row whose label (column A) is `label`.
    func setInput(_ sheet: String, strings: [String], label: String, to value: String) -> String {
        guard let index = strings.firstIndex(of: label),
              let row = sheet.range(of: "<c r=\"A([0-9]+)\" t=\"s\"><v>\(index)</v></c>", options: .regularExpression)
                .map({ String(sheet[$0]).components(separatedBy: "\"")[1].dropFirst() }) else { return sheet }
        return sheet.replacingOccurrences(of: "<c r=\"B\(row)\" s=\"([0-9]+)\"><v>[^<]*</v>", with: "<c r=\"B\(row)\" s=\"$1\"><v>\(value)</v>",
                                          options: .regularExpression)
    }

    func value(_ rows: [(String, String)], _ label: String) -> Double? {
        rows.first { $0.0.trimmingCharacters(in: .whitespaces) == label }.flatMap { Double($0.1) }
    }

    func csvRows(_ url: URL) throws -> [[String]] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            var cells: [String] = [], cell = "", quoted = false
            for ch in line {
                if ch == "\"" { quoted.toggle() } else if ch == "," && !quoted { cells.append(cell); cell = "" } else { cell.append(ch) }
            }
            return cells + [cell]
        }
    }

    /// Recalculated as written, the model gives the report's own first-year and pre-launch totals.
    @Test func recalculationReproducesTheReport() throws {
        let folder = try #require(MilwaukeeSampleReport.folder)
        let rows = try recalculated(folder) { sheet, _ in sheet }
        let budget = try csvRows(folder.appendingPathComponent("plan/fig21-budget.csv"))
        let full = try #require(budget.first?.firstIndex(of: "cost_at_100"))
        for phase in ["6 Months Pre-Launch", "First Year of Operation"] {
            let report = try #require(budget.first { $0.first == "\(phase): total cost" }.flatMap { Double($0[full]) })
            let model = try #require(value(rows, "\(phase): total"))
            #expect(abs(model - report) < 0.01, "\(phase): LibreOffice \(model) vs report \(report)")
        }
    }

    /// A higher responder salary and the plan's own teams, set in the input cells, give the total that
    /// `reroute plan` computes with the same salary in its scenario.
    @Test func changedSalaryMatchesReroutePlan() throws {
        let folder = try #require(MilwaukeeSampleReport.folder)
        let scenario = try runReroute(["plan", "--scenario", "milwaukee-2021", "--print-scenario"])
        try #require(scenario.status == 0)
        let edited = scenario.stdout.replacingOccurrences(of: "value: 79000,", with: "value: 90000,")
        #expect(edited != scenario.stdout)
        let dir = TestPaths.temporaryDirectory("plan-salary")
        let yaml = dir.appendingPathComponent("salary.yaml")
        try Data(edited.utf8).write(to: yaml)
        let plan = try runReroute(["plan", "--scenario", yaml.path, "--analysis", folder.path, "--staffing-model", "leave",
                                   "--out", dir.appendingPathComponent("plan").path, "--quiet"])
        try #require(plan.status == 0, "\(plan.stderr)")
        let staffing = try csvRows(dir.appendingPathComponent("plan/staffing.csv"))
        let leave = try #require(staffing.first { $0.first?.hasPrefix("Full: leave model") ?? false })
        let header = try #require(staffing.first)
        let responders = try #require(header.firstIndex(of: "responders").map { leave[$0] })
        let teams = try #require(header.firstIndex(of: "teams").map { leave[$0] })
        let budget = try csvRows(dir.appendingPathComponent("plan/fig21-budget.csv"))
        let full = try #require(budget.first?.firstIndex(of: "cost_at_100"))
        let expected = try #require(budget.first { $0.first == "First Year of Operation: total cost" }.flatMap { Double($0[full]) })
        let rows = try recalculated(folder) { sheet, strings in
            var s = setInput(sheet, strings: strings, label: "Teams to hire", to: teams)
            s = setInput(s, strings: strings, label: "Responders to hire", to: responders)
            return setInput(s, strings: strings, label: "Responder cost (USD/responder/year)", to: "90000")
        }
        let model = try #require(value(rows, "First Year of Operation: total"))
        #expect(abs(model - expected) < 0.01, "LibreOffice \(model) vs reroute plan \(expected) (\(teams) teams, \(responders) responders)")
        // The salary really moved the total: the unchanged model at those teams is lower by 11,000 × responders.
        let before = try recalculated(folder) { sheet, strings in
            setInput(setInput(sheet, strings: strings, label: "Teams to hire", to: teams), strings: strings, label: "Responders to hire", to: responders)
        }
        let unchanged = try #require(value(before, "First Year of Operation: total"))
        #expect(abs((model - unchanged) - 11_000 * (Double(responders) ?? 0)) < 0.01)
    }
}
