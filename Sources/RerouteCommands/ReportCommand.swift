import ArgumentParser
import CallAnalysis
import CallRecords
import Foundation
import ReportPipeline
import Vocabulary

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

    @Option(help: "Refuse the input (exit 65) when more than this share of its rows is rejected.")
    var maxRejectedShare: Double = 0.5

    func validate() throws {
        if files.isEmpty && !demo { throw ValidationError("give one or more CSV files, or --demo") }
        if demo && !files.isEmpty { throw ValidationError("--demo runs on generated data: give either files or --demo, not both") }
        if !(0...1).contains(maxRejectedShare) { throw ValidationError("--max-rejected-share must be between 0 and 1") }
    }

    /// The job these options describe.
    var job: ReportJob {
        ReportJob(files: files, profileName: profile, catalogueName: catalogue, boundaries: boundaries,
                  demoSeed: demo ? seed : nil, scenario: noPlan ? nil : scenario, staffing: !noStaffing, html: !noHTML,
                  title: title, pdf: pdf, maxRejectedShare: maxRejectedShare, output: URL(fileURLWithPath: out))
    }

    /// Runs the job, printing its progress and summary; errors carry their exit status to `Reroute.runMain`.
    func run() throws {
        let quiet = quiet
        let observer = ReportObserver(
            note: { if !quiet { Terminal.error($0) } },
            warning: { Terminal.error("warning: \($0)") },
            progress: { stage, bytes in
                !quiet && Terminal.stderrIsTerminal && bytes > 20_000_000 ? Terminal.progressBar(label: stage) : nil
            },
            analysed: { analysis, tables in if !quiet { print(TerminalSummary.render(analysis, tables: tables)) } },
            stage: { name in if !quiet && Terminal.stderrIsTerminal { Terminal.error("\(name)…") } })
        let outcome = try job.run(observer: observer)
        if !quiet, let r = outcome.recommendation {
            print("Recommendation: \(r.chosen.teamsToHire) teams (\(r.chosen.respondersToHire) responders), \(r.chosen.coverageText); "
                  + "simulated 90th-percentile arrival \(Format.number(r.chosen.p90ResponseMinutes, decimals: 0)) min (target \(r.targetText)); "
                  + "first-year budget \(Format.dollars(r.chosen.firstYearBudget))")
        }
        print("Wrote " + outcome.written.joined(separator: ", ") + " to \(outcome.output.path)")
        if !outcome.warnings.isEmpty {
            print("Warnings (\(outcome.warnings.count)):")
            for warning in outcome.warnings { print("  [\(warning.code)] \(warning.message)") }
        }
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
        out += "Period: \(ReportJob.time(s.firstCreated)) to \(ReportJob.time(s.lastCreated)) (\(s.spanDays) days; \(s.days) with data\(s.gaps.isEmpty ? "" : ", \(s.gaps.count) gap(s)"))\n"
        if s.unknownCalls > 0 { out += "Unknown call types: \(Cell.integer(s.unknownCalls).displayText) calls, counted neither as citizen- nor officer-initiated\n" }
        if a.catalogue.isSuggested { out += "Call types mapped by suggestion: \(Format.percent(a.mappedShare)) of citizen-call volume (call-type-mapping.csv)\n" }
        out += "Citizen-initiated calls: \(Cell.integer(s.citizenCalls).displayText); officer-initiated: \(Cell.integer(s.officerCalls).displayText)\n"
        out += "Community-responder-eligible calls: \(Cell.number(eligible, decimals: 0).displayText) (\(Cell.share(s.citizenCalls > 0 ? eligible / Double(s.citizenCalls) : .nan).displayText) of citizen-initiated)\n\n"
        let show = ["fig01-categories": nil, "fig03-eligible-volume": nil, "fig05-response-times": nil, "fig06-police-time": nil,
                    "fig07-outcomes": nil, "fig10-weekday": nil, "unknown-call-types": 10, "call-type-mapping": 15, "data-quality": nil] as [String: Int?]
        for (id, reason) in a.absentTables.sorted(by: { $0.key < $1.key }) { out += "\(id): \(reason)\n" }
        out += "\n"
        for t in tables where show.keys.contains(t.id) {
            if t.id == "unknown-call-types" && t.rows.isEmpty { continue }
            out += t.rendered(maxRows: show[t.id] ?? nil) + "\n"
        }
        return out
    }
}
