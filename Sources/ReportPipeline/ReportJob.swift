import CallAnalysis
import CallCatalogue
import CallRecords
import DemoData
import Foundation
import Geography
import ProgramPlan
import ReportRendering
import Screening
import Vocabulary
import Workbook

/// `reroute report` as a library: from exports (or generated demo data) to the analysis folder, the plan,
/// the staffing chapter, reroute.xlsx and report.html, in memory and in one direction.
///
/// The command parses its options into a job and runs it; every failure is a typed ``RerouteError`` carrying its
/// exit status (an input that cannot be read 1, invalid data 65, an output that cannot be written 73). The plan,
/// staffing and workbook are chapters: when one fails the report goes on without it and says so through
/// ``ReportObserver/warning``.
///
/// ```swift
/// let job = ReportJob(files: ["calls.csv"], output: URL(fileURLWithPath: "out"))
/// let outcome = try job.run(observer: .silent)
/// print(outcome.written)
/// ```
public struct ReportJob {
    /// Exports read as one dataset (ignored when ``demoSeed`` is set).
    public var files: [String]
    /// A built-in profile name or a profile file; detected from the first file's header when nil.
    public var profileName: String?
    /// A built-in catalogue name or a catalogue file; the profile's when nil.
    public var catalogueName: String?
    /// Boundary layers as `FILE[:PROPERTY]`.
    public var boundaries: [String]
    /// Generate a demo year with this seed (written beside the outputs) instead of reading ``files``.
    public var demoSeed: UInt64?
    /// The plan scenario (built-in name or file); nil leaves the plan out.
    public var scenario: String?
    /// Whether to run the staffing study.
    public var staffing: Bool
    /// Whether to write report.html.
    public var html: Bool
    /// Whether to print report.html to report.pdf with headless Chromium (a warning when it is not installed).
    public var pdf: Bool = false
    /// The report's title; a default naming the data when nil.
    public var title: String?
    /// Refuse the input (exit 65) when more than this share of its rows is rejected.
    public var maxRejectedShare: Double
    /// The output folder (created if needed).
    public var output: URL

    /// Creates a job; the defaults are `reroute report`'s.
    public init(files: [String] = [], profileName: String? = nil, catalogueName: String? = nil, boundaries: [String] = [],
                demoSeed: UInt64? = nil, scenario: String? = "milwaukee-2021", staffing: Bool = true, html: Bool = true,
                title: String? = nil, pdf: Bool = false, maxRejectedShare: Double = 0.5, output: URL) {
        self.files = files
        self.profileName = profileName
        self.catalogueName = catalogueName
        self.boundaries = boundaries
        self.demoSeed = demoSeed
        self.scenario = scenario
        self.staffing = staffing
        self.html = html
        self.title = title
        self.pdf = pdf
        self.maxRejectedShare = maxRejectedShare
        self.output = output
    }

    /// Runs the whole report.
    /// - Throws: a ``RerouteError``: ``InputError`` (unreadable input 1, bad profile 65), ``CatalogueError`` or
    ///   ``YAMLError`` (65), ``GeographyError`` (1 or 65), ``DemoDataError`` or ``OutputError`` (73).
    public func run(observer: ReportObserver) throws -> ReportOutcome {
        // Everything is written into a staging folder beside the output and moved into place only when the whole
        // run succeeds: a failed run leaves an earlier report in `output` untouched.
        let folder = try AtomicOutputFolder(output)
        defer { if !folder.isCommitted { observer.warning(folder.untouchedNote) } }
        let outcome = try write(into: folder.staging, observer: observer)
        try folder.commit()
        return outcome
    }

    /// The run itself, writing into `staging`; paths shown to the user name ``output``.
    private func write(into staging: URL, observer: ReportObserver) throws -> ReportOutcome {
        var inputs = try InputSpool.regularFiles(files)   // `-` and pipes are read as streams
        var profile = profileName
        var layerSpecs = boundaries.map { LayerSpec(spec: $0, label: nil) }
        if let demoSeed {
            let demoFile = staging.appendingPathComponent("demo-calls.csv")
            let demoBoundaries = DemoDataGenerator.defaultBoundariesURL(for: demoFile)
            let generated = try DemoDataGenerator(seed: demoSeed, scale: 1.0).write(to: demoFile, boundariesTo: demoBoundaries)
            observer.note("demo data: \(output.appendingPathComponent(demoFile.lastPathComponent).path) (seed \(demoSeed); \(generated.rowsWritten) rows, a few malformed on purpose)")
            inputs = [demoFile.path]
            profile = profile ?? "reroute-standard"
            if boundaries.isEmpty {
                layerSpecs = [LayerSpec(spec: "\(demoBoundaries.path):district", label: "districts"),
                              LayerSpec(spec: "\(demoBoundaries.path):name", label: "neighbourhoods")]
            }
        }
        let layers = try LayerSpec.load(layerSpecs)
        let chosen = try AnalysisRun.chooseProfile(profile, files: inputs)
        if profile == nil, let first = inputs.first { observer.note("profile: \(chosen.name) (detected from the header of \(first))") }
        // A profile without a catalogue of its own (`catalogue: suggest`) maps call types onto the cross-city taxonomy.
        let catalogue = try AnalysisRun.catalogue(named: catalogueName ?? chosen.catalogue, files: inputs, profile: chosen)
        if catalogue.isSuggested {
            observer.note("catalogue: none written for this layout; call types mapped onto the cross-city taxonomy by suggestion (see call-type-mapping.csv)")
        }

        let totalBytes = inputs.reduce(0) { $0 + CallIngestor.fileSize($1) }
        var run = AnalysisRun(files: inputs, profile: chosen, catalogue: catalogue,
                              rejectsURL: staging.appendingPathComponent("rejects.csv"),
                              progress: observer.progress("reading", totalBytes), layers: layers)
        // The narratives are screened below, while the plan and staffing are made on another thread.
        run.defersScreening = true
        // The screener's lexicon and learned reader are built on another thread while the export is read (about a
        // tenth of a second that would otherwise wait between the read and the screening; the read leaves some of
        // the second core idle). The build's freed temporaries, left in that thread's allocator arena, go back to the
        // system at once, so they do not add to the read's peak (issue 11: under 150 MB at 1M rows).
        let screener = chosen.columns[.narrative] == nil ? nil : BackgroundWork {
            let built = NarrativeScreener()
            FreedMemory.returnToSystem()
            return built
        }
        let started = Date()
        FreedMemory.reuseFreedBlocks()
        var analysis = try run.run()
        if demoSeed != nil {
            // The demo data is read from the staging folder; name it where it will be after the move.
            try Self.relabel(&analysis, rejects: staging.appendingPathComponent("rejects.csv"), from: staging.path, to: output.standardizedFileURL.path)
            inputs = inputs.map { $0.replacingOccurrences(of: staging.path, with: output.standardizedFileURL.path) }
            layerSpecs = layerSpecs.map { LayerSpec(spec: $0.spec.replacingOccurrences(of: staging.path, with: output.standardizedFileURL.path), label: $0.label) }
        }
        try AnalysisRun.checkAccepted(analysis.ingest, maxRejectedShare: maxRejectedShare)
        // What the read's parts freed goes back to the system before the next stages allocate (peak memory).
        FreedMemory.returnToSystem()
        // The plan and the staffing study need only the demand and the catalogue, not the narratives: they are made
        // on another thread while this one screens the narratives and writes the tables (both cores stay busy
        // through the serial parts of each). They write nothing and tell the observer nothing until joined below.
        let chapters = BackgroundWork { [demand = analysis.analysedDemand(origin: "this report's analysis"), catalogue = analysis.catalogue,
                                         scenario, staffing] in
            try StageClock.shared.measure("plan and staffing, made beside screening") {
                try ReportExtras.Chapters.make(demand: demand, catalogue: catalogue, scenario: scenario, staffing: staffing)
            }
        }
        let prepared = try screener?.result() ?? NarrativeScreener()
        analysis.summary.screenPendingNarratives(with: prepared)
        FreedMemory.returnToSystem()
        let tables = stage("tables", observer) { analysis.allTables() }
        let summary = analysis.reportSummary(tables: tables, seconds: Date().timeIntervalSince(started))
        try stage("write tables", observer) { () throws(OutputError) in try AnalysisFolder.write(analysis, tables: tables, summary: summary, to: staging) }
        observer.analysed(analysis, tables)

        // The stage is now the wait for the other thread, then writing the plan and staffing tables.
        let extras = try stage("plan and staffing", observer) {
            try chapters.result().written(to: staging, observer: observer)
        }
        var summaryWithRecommendation = summary
        let advice = analysis.programAdvice(recommendation: extras.recommendation, callsPerTeamShift: extras.plan.map { $0.plan.callsPerShift.average })
        if extras.recommendation != nil || extras.plan != nil {
            // summary.json carries the report's one staffing answer once the plan and the study have made it, and
            // the recommendations that quote it and the plan's calls per team shift.
            summaryWithRecommendation.recommendation = extras.recommendation
            summaryWithRecommendation.advice = advice.items
            try OutputFile.write(try summaryWithRecommendation.json(), to: staging.appendingPathComponent("summary.json"))
        }
        let reportTitle = title ?? (demoSeed != nil ? "Community responder analysis: demo data (a Milwaukee-like year)"
                                                    : "Community responder analysis: \(catalogue.city)")
        var written = ["\(tables.count + extras.tableCount) tables", "summary.json", "rejects.csv"]
        let period = "\(Self.time(analysis.summary.firstCreated)) to \(Self.time(analysis.summary.lastCreated)) (\(analysis.summary.days) days)"
        let workbookAbout: [(String, String)] = [("Input files", inputs.joined(separator: ", ")), ("Profile", chosen.name),
                                                 ("Catalogue", catalogue.city), ("Period", period), ("Scenario", scenario ?? "none")]
        do {
            try stage("workbook", observer) {
                try WorkbookWriter.write(tables + (extras.plan?.reportFolderTables ?? []) + extras.staffing,
                                         to: staging.appendingPathComponent("reroute.xlsx"),
                                         title: reportTitle, about: workbookAbout, model: extras.plan?.plan)
            }
            written.append("reroute.xlsx")
        } catch {
            observer.warning("no workbook: \(error)")
        }
        if html {
            let boundaryList = layerSpecs.map(\.spec).joined(separator: ", ")
            let about: [(String, String)] = [("Input files", inputs.joined(separator: ", ")), ("Profile", chosen.name), ("Catalogue", catalogue.city),
                                             ("Boundaries", boundaryList.isEmpty ? "none" : boundaryList),
                                             ("Scenario", scenario ?? "none"), ("Reroute", RerouteVersion.current)]
            let reportLayers = zip(analysis.summary.layers, layers).map { ReportLayer(summary: $0, layer: $1.layer) }
            let content = ReportContent(title: reportTitle,
                                        analysis: analysis, tables: tables, plan: extras.plan, staffing: extras.staffing,
                                        recommendation: extras.recommendation, advice: advice, layers: reportLayers,
                                        about: about, generated: ISO8601DateFormatter().string(from: Date()))
            try stage("report.html", observer) { () throws(OutputError) in
                try OutputFile.write(HTMLReport(content: content).render(), to: staging.appendingPathComponent("report.html"))
            }
            written.append("report.html")
            if pdf {
                do {
                    try stage("report.pdf", observer) {
                        try PDFPrinter.print(html: staging.appendingPathComponent("report.html"), to: staging.appendingPathComponent("report.pdf"))
                    }
                    written.append("report.pdf")
                } catch {
                    observer.warning("no report.pdf: \(error)")
                }
            }
        }
        return ReportOutcome(analysis: analysis, tables: tables, written: written, output: output, warnings: summary.warnings ?? [],
                             recommendation: extras.recommendation)
    }

    /// Runs one stage of the report: the observer is told its name as it starts, and ``StageClock`` times it
    /// (`REROUTE_STAGE_TIMES=1` prints the times).
    private func stage<T, E: Error>(_ name: String, _ observer: ReportObserver, _ body: () throws(E) -> T) throws(E) -> T {
        observer.stage(name)
        return try StageClock.shared.measure(name, body)
    }

    /// Names files under `old` by `new` in the ingest report and in rejects.csv (the demo data is generated into
    /// the staging folder that becomes the output folder).
    static func relabel(_ analysis: inout DatasetAnalysis, rejects: URL, from old: String, to new: String) throws {
        for i in analysis.ingest.files.indices {
            analysis.ingest.files[i].file = analysis.ingest.files[i].file.replacingOccurrences(of: old, with: new)
        }
        analysis.ingest.missingOptionalColumns = analysis.ingest.missingOptionalColumns.mapValues { notes in
            notes.map { $0.replacingOccurrences(of: old, with: new) }
        }
        for l in analysis.summary.layers.indices {
            analysis.summary.layers[l].source = analysis.summary.layers[l].source.replacingOccurrences(of: old, with: new)
            analysis.summary.layers[l].boundaryWarnings = analysis.summary.layers[l].boundaryWarnings.map { $0.replacingOccurrences(of: old, with: new) }
            for c in analysis.summary.layers[l].outsideCalls.indices {
                analysis.summary.layers[l].outsideCalls[c].file = analysis.summary.layers[l].outsideCalls[c].file.replacingOccurrences(of: old, with: new)
            }
        }
        guard let text = try? String(contentsOf: rejects, encoding: .utf8), text.contains(old) else { return }
        try OutputFile.write(text.replacingOccurrences(of: old, with: new), to: rejects)
    }

    /// A timestamp of the period as the report prints it, or the missing mark.
    public static func time(_ milliseconds: Int64?) -> String {
        milliseconds.map { LocalTime(milliseconds: $0).description } ?? Format.missing
    }
}

/// What a report run tells the person waiting for it. The command prints to the terminal; tests stay silent.
public struct ReportObserver {
    /// An informational line (the profile detected, the demo data written).
    public var note: (String) -> Void
    /// A chapter left out or degraded, and why.
    public var warning: (String) -> Void
    /// A progress reporter for a named stage over a total byte count, or nil for none.
    public var progress: (_ stage: String, _ totalBytes: Int) -> ((Int, Int, Int) -> Void)?
    /// Called once the analysis is written, before the plan and staffing (the command prints its summary here).
    public var analysed: (DatasetAnalysis, [ResultTable]) -> Void
    /// Called as each stage after reading starts, with its name ("tables", "plan and staffing", "workbook", ...).
    public var stage: (String) -> Void

    /// Creates an observer.
    public init(note: @escaping (String) -> Void, warning: @escaping (String) -> Void,
                progress: @escaping (String, Int) -> ((Int, Int, Int) -> Void)? = { _, _ in nil },
                analysed: @escaping (DatasetAnalysis, [ResultTable]) -> Void = { _, _ in },
                stage: @escaping (String) -> Void = { _ in }) {
        self.note = note
        self.warning = warning
        self.progress = progress
        self.analysed = analysed
        self.stage = stage
    }

    /// Says nothing.
    public static var silent: ReportObserver { ReportObserver(note: { _ in }, warning: { _ in }) }
}

/// What a report run produced.
public struct ReportOutcome {
    /// The analysis of the data.
    public var analysis: DatasetAnalysis
    /// Its tables, in report order.
    public var tables: [ResultTable]
    /// What was written, in words ("42 tables", "report.html", ...).
    public var written: [String]
    /// The output folder.
    public var output: URL
    /// What the reader must know before trusting the figures (coverage, mapping, clock), as in summary.json.
    public var warnings: [RunWarning]
    /// The report's one staffing answer, when the run made a plan and a staffing study.
    public var recommendation: Recommendation?
}
