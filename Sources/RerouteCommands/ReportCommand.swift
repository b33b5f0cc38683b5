import ArgumentParser
import Foundation
import CallRecords
import CallCatalogue
import CallAnalysis
import Vocabulary
import Geography
import ReportRendering
import Workbook

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Analyse calls-for-service exports: report.html, a workbook and every table as CSV and JSON.",
        discussion: """
        Reads one or more CSV files as one dataset (for example a city's monthly files), through a profile \
        that maps the export's columns onto Reroute's call record. Writes report.html (charts, maps, tables), \
        reroute.xlsx, one CSV and one JSON per table, the program plan (plan/), summary.json and rejects.csv into --out.
        """
    )

    @Argument(help: "CSV exports to read as one dataset.")
    var files: [String] = []

    @Option(help: "Built-in profile name (see `reroute profiles`) or a profile YAML file. Detected from the header when omitted.")
    var profile: String?

    @Option(help: "Built-in catalogue name or a catalogue YAML file. Default: the profile's.")
    var catalogue: String?

    @Option(help: "Output folder (created if needed).")
    var out: String = "reroute-out"

    @Option(name: .customLong("boundaries"), help: ArgumentHelp(
        "GeoJSON boundaries to place calls in, as FILE or FILE:PROPERTY (the region name property); repeat for several layers (districts, neighbourhoods).",
        valueName: "file[:property]"))
    var boundaries: [String] = []

    @Flag(help: "Run on generated demo data (a synthetic Milwaukee-like year) instead of files.")
    var demo = false

    @Option(help: "Seed for --demo data.")
    var seed: UInt64 = 2021

    @Option(help: "Program-plan scenario (built-in name or YAML file) applied to this data's demand for the report's projection, staffing and budget chapters.")
    var scenario: String = "milwaukee-2021"

    @Flag(help: "Leave out the program plan (projection, staffing, budget).")
    var noPlan = false

    @Flag(help: "Leave out the staffing simulation (faster).")
    var noStaffing = false

    @Flag(help: "Write only the tables: no report.html.")
    var noHTML = false

    @Option(help: "Title of report.html and the workbook (default: \"Community responder analysis: CITY\", the catalogue's city).")
    var title: String?

    @Flag(help: "Also print report.html to report.pdf with headless Chromium (a clear message when Chromium is not installed).")
    var pdf = false

    @Flag(help: "Print only errors and the output folder.")
    var quiet = false

    func validate() throws {
        if files.isEmpty && !demo { throw ValidationError("give one or more CSV files, or --demo") }
        if demo && !files.isEmpty { throw ValidationError("--demo runs on generated data: give either files or --demo, not both") }
    }

    func run() throws {
        let outURL = URL(fileURLWithPath: out)
        do { try FileManager.default.createDirectory(at: outURL, withIntermediateDirectories: true) } catch {
            Terminal.error("error: cannot create the output folder \(out): \(error.localizedDescription)")
            throw ExitCode(73)
        }
        var inputs = files
        var profileName = profile
        var layerSpecs = boundaries.map { ($0, nil as String?) }
        if demo {
            let demoFile = outURL.appendingPathComponent("demo-calls.csv")
            let demoBoundaries = try DemoSupport.writeDemo(to: demoFile, seed: seed, quiet: quiet)
            inputs = [demoFile.path]
            profileName = profileName ?? "reroute-standard"
            if boundaries.isEmpty {
                layerSpecs = [("\(demoBoundaries.path):district", "districts"), ("\(demoBoundaries.path):name", "neighbourhoods")]
            }
        }
        let layers = try loadLayers(layerSpecs)
        do {
            let chosen = try AnalysisRun.chooseProfile(profileName, files: inputs)
            if !quiet && profileName == nil { Terminal.error("profile: \(chosen.name) (detected from the header of \(inputs[0]))") }
            let cat = try loadCatalogue(catalogue ?? chosen.catalogue)
            let totalBytes = inputs.reduce(0) { $0 + CallIngestor.fileSize($1) }
            let showProgress = !quiet && Terminal.stderrIsTerminal && totalBytes > 20_000_000
            let run = AnalysisRun(files: inputs, profile: chosen, catalogue: cat,
                                  rejectsURL: outURL.appendingPathComponent("rejects.csv"),
                                  progress: showProgress ? Terminal.progressBar(label: "reading") : nil, layers: layers)
            let started = Date()
            let analysis = try run.run()
            let tables = analysis.allTables()
            for t in tables { try t.write(to: outURL) }
            // A table the data cannot support must not be left over from an earlier run in the same folder.
            for id in analysis.absentTables.keys {
                for ext in ["csv", "json"] { try? FileManager.default.removeItem(at: outURL.appendingPathComponent("\(id).\(ext)")) }
            }
            if !quiet { print(TerminalSummary.render(analysis, tables: tables)) }
            let extras = try ReportExtras.make(outURL: outURL, analysis: analysis, scenario: noPlan ? nil : scenario, staffing: !noStaffing, quiet: quiet)
            var summary = analysis.reportSummary(tables: tables, seconds: Date().timeIntervalSince(started))
            summary.recommendation = extras.recommendation
            try OutputFile.write(try summary.json(), to: outURL.appendingPathComponent("summary.json"))
            if !quiet, let r = extras.recommendation {
                print("Recommendation: \(r.chosen.teamsToHire) teams (\(r.chosen.respondersToHire) responders), \(r.chosen.coverageText); simulated 90th-percentile arrival \(Format.number(r.chosen.p90ResponseMinutes, decimals: 0)) min (target \(r.targetText)); first-year budget \(Format.dollars(r.chosen.firstYearBudget))")
            }
            var written = ["\(tables.count + extras.tableCount) tables", "summary.json", "rejects.csv"]
            let reportTitle = title ?? (demo ? "Community responder analysis: demo data (a Milwaukee-like year)" : "Community responder analysis: \(cat.city)")
            let workbookTables = tables + (extras.plan?.reportFolderTables ?? []) + extras.staffing
            let workbookAbout: [(String, String)] = [("Input files", inputs.joined(separator: ", ")), ("Profile", chosen.name), ("Catalogue", cat.city),
                                                     ("Period", "\(analysis.summary.firstCreated.map { LocalTime(milliseconds: $0).description } ?? "-") to \(analysis.summary.lastCreated.map { LocalTime(milliseconds: $0).description } ?? "-") (\(analysis.summary.days) days)"), ("Scenario", noPlan ? "none" : scenario)]
            do {
                try WorkbookWriter.write(workbookTables, to: outURL.appendingPathComponent("reroute.xlsx"), title: reportTitle, about: workbookAbout, model: extras.plan?.plan)
                written.append("reroute.xlsx")
            } catch {
                Terminal.error("warning: no workbook: \(error)")
            }
            if !noHTML {
                let about: [(String, String)] = [("Input files", inputs.joined(separator: ", ")), ("Profile", chosen.name), ("Catalogue", cat.city),
                                                 ("Boundaries", layerSpecs.map(\.0).joined(separator: ", ").isEmpty ? "none" : layerSpecs.map(\.0).joined(separator: ", ")),
                                                 ("Scenario", noPlan ? "none" : scenario), ("Reroute", RerouteVersion.current)]
                let reportLayers = zip(analysis.summary.layers, layers).map { ReportLayer(summary: $0, layer: $1.layer) }
                let content = ReportContent(title: reportTitle,
                                            analysis: analysis, tables: tables, plan: extras.plan, staffing: extras.staffing, recommendation: extras.recommendation, layers: reportLayers,
                                            about: about, generated: ISO8601DateFormatter().string(from: Date()))
                try Data(HTMLReport(content: content).render().utf8).write(to: outURL.appendingPathComponent("report.html"))
                written.append("report.html")
                if pdf {
                    do {
                        try PDFPrinter.print(html: outURL.appendingPathComponent("report.html"), to: outURL.appendingPathComponent("report.pdf"))
                        written.append("report.pdf")
                    } catch {
                        Terminal.error("warning: \(error)")
                    }
                }
            }
            print("Wrote " + written.joined(separator: ", ") + " to \(outURL.path)")
        } catch let e as any RerouteError {
            // Input, profile, catalogue and YAML errors carry their exit status.
            Terminal.error("error: \(e)")
            throw ExitCode(e.exitStatus.rawValue)
        } catch let e as ExitCode {
            throw e
        } catch {
            // Everything else here is writing outputs (a full disk, a read-only folder).
            Terminal.error("error: cannot write the outputs into \(outURL.path): \(error.localizedDescription)")
            throw ExitCode(73)
        }
    }

    /// Loads each `FILE[:PROPERTY]` layer; a label names its tables (the file's stem unless given).
    func loadLayers(_ specs: [(String, String?)]) throws -> [(name: String, layer: BoundaryLayer)] {
        var out: [(name: String, layer: BoundaryLayer)] = []
        for (spec, label) in specs {
            do {
                let layer = try BoundaryLayer(spec: spec)
                let path = try BoundaryLayerSpec(parsing: spec).path
                var name = label ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                    .lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }.reduce(into: "") { $0.append($1) }
                if out.contains(where: { $0.name == name }) { name += "-\(layer.nameProperty.lowercased())" }
                out.append((name, layer))
            } catch {
                Terminal.error("error: \(error)")
                throw ExitCode(65)
            }
        }
        return out
    }

    func loadCatalogue(_ nameOrPath: String) throws -> CallCatalogue {
        if CallCatalogue.builtInNames.contains(nameOrPath) { return try CallCatalogue.builtIn(nameOrPath) }
        return try CallCatalogue.load(contentsOf: URL(fileURLWithPath: nameOrPath))
    }
}

/// The readable terminal summary of a report run.
enum TerminalSummary {
    static func render(_ a: DatasetAnalysis, tables: [ResultTable]) -> String {
        let i = a.ingest
        var out = "\n"
        out += "Reroute report: profile \(i.profile), catalogue \(a.catalogue.city)\n"
        out += "Rows: \(i.rowsRead) read = \(i.rowsAccepted) accepted + \(i.rowsRejected) rejected" + (i.rowsExcluded > 0 ? " + \(i.rowsExcluded) excluded by filter" : "")
            + (i.balances ? "  (reconciles)" : "  (DOES NOT RECONCILE)") + "\n"
        if i.callsKept != i.rowsAccepted { out += "Calls kept after the duplicate policy: \(i.callsKept)\n" }
        let s = a.summary
        let eligible = a.eligibleByWeekHour.reduce(0, +)
        out += "Period: \(s.firstCreated.map { LocalTime(milliseconds: $0).description } ?? "-") to \(s.lastCreated.map { LocalTime(milliseconds: $0).description } ?? "-") (\(s.days) days)\n"
        out += "Citizen-initiated calls: \(Cell.integer(s.citizenCalls).displayText); officer-initiated: \(Cell.integer(s.officerCalls).displayText)\n"
        out += "Community-responder-eligible calls: \(Cell.number(eligible, decimals: 0).displayText) (\(Cell.share(s.citizenCalls > 0 ? eligible / Double(s.citizenCalls) : .nan).displayText) of citizen-initiated)\n\n"
        let show = ["fig01-categories": nil, "fig03-eligible-volume": nil, "fig05-response-times": nil, "fig06-police-time": nil,
                    "fig07-outcomes": nil, "fig10-weekday": nil, "unknown-call-types": 10, "data-quality": nil] as [String: Int?]
        for (id, reason) in a.absentTables.sorted(by: { $0.key < $1.key }) { out += "\(id): \(reason)\n" }
        out += "\n"
        for t in tables where show.keys.contains(t.id) {
            if t.id == "unknown-call-types" && t.rows.isEmpty { continue }
            out += t.rendered(maxRows: show[t.id] ?? nil) + "\n"
        }
        return out
    }
}
