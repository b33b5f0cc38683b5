import Charts
import Evaluation
import Foundation
import Hummingbird
import ResponderRecords
import Vocabulary

/// The program dashboard, period tables, impact evaluation and the monthly oversight report (supervisors and
/// evaluators). Every number comes from `Evaluation`; these handlers only load the data and render.
struct EvaluationRoutes {
    let services: RecordsServices

    private func dashboard(_ requester: Requester) async throws -> ProgramDashboard {
        ProgramDashboard(dataset: try await services.store.evaluationDataset(for: requester), settings: services.configuration.evaluation)
    }

    func register(on router: Router<RecordsRequestContext>) {
        router.get("/dashboard") { request, context in
            let requester = try context.requester()
            let grouping = request.uri.queryParameters.get("group").flatMap(Grouping.init(rawValue:)) ?? .month
            let board = try await dashboard(requester)
            return services.pages.render("dashboard", [
                "title": "Program dashboard", "programName": services.configuration.evaluation.programName,
                "pseudonymised": board.dataset.isPseudonymised,
                "groupings": Grouping.allCases.map { ["value": $0.rawValue, "label": $0.label, "selected": $0 == grouping] as [String: Any] },
                "metrics": board.metrics(by: grouping).map(TableView.metric),
            ], context: context)
        }
        router.get("/dashboard/periods") { request, context in
            let board = try await dashboard(try context.requester())
            let month = request.uri.queryParameters.get("month").flatMap { MonthKey.index($0) != nil ? $0 : nil }
                ?? PeriodTables.latestMonth(in: board.dataset) ?? "2021-12"
            return services.pages.render("periods", ["title": "Period tables", "month": month,
                                                     "tables": PeriodTables(dashboard: board, month: month).tables().map(TableView.table)], context: context)
        }
        router.get("/dashboard/impact") { _, context in
            let board = try await dashboard(try context.requester())
            var values: [String: Any] = ["title": "Impact evaluation", "launch": services.configuration.evaluation.launchDate,
                                         "hasHours": services.configuration.evaluation.programHours != nil]
            do {
                let impact = try ImpactEvaluation.panel(from: board)
                values["did"] = TableView.table(ImpactEvaluation.table(try impact.differenceInDifferences(), settings: board.settings))
                let events = try impact.eventStudy()
                values["chart"] = ImpactEvaluation.chart(events)
                values["events"] = TableView.table(Self.eventTable(events))
            } catch let error as EvaluationError {
                values["error"] = error.description
            }
            return services.pages.render("impact", values, context: context)
        }
        router.get("/dashboard/impact/panel.csv") { _, context in
            let impact = try ImpactEvaluation.panel(from: try await dashboard(try context.requester()))
            return Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"impact-panel.csv\""],
                            body: .init(byteBuffer: ByteBuffer(string: impact.panelCSV)))
        }
        router.get("/oversight") { request, context in
            let html = try await oversightHTML(request, context: context, inlineCSS: nil)
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
        }
        router.get("/oversight.pdf") { request, context in
            let html = try await oversightHTML(request, context: context, inlineCSS: services.pages.stylesheet)
            guard let pdf = try await PDFPrinter.print(html: html) else {
                throw HTTPError(.serviceUnavailable, message: "PDF needs Chromium, which is not installed here; print the HTML report (/oversight) instead.")
            }
            return Response(status: .ok, headers: [.contentType: "application/pdf", .contentDisposition: "attachment; filename=\"oversight-report.pdf\""],
                            body: .init(byteBuffer: ByteBuffer(bytes: pdf)))
        }
    }

    static func eventTable(_ events: [ImpactEvaluation.EventTime]) -> ResultTable {
        ResultTable(id: "event-study", title: "Event study coefficients",
                    columns: [("relative_month", "Months from launch"), ("effect", "Estimate"), ("se", "Std. error"), ("lower", "95 % CI lower"), ("upper", "95 % CI upper")],
                    rows: events.map { [.integer($0.relativeMonth), .number($0.effect, decimals: 2), .number($0.standardError, decimals: 2),
                                        .number($0.lower, decimals: 2), .number($0.upper, decimals: 2)] },
                    notes: ["Month −1 (the month before launch) is the reference, fixed at 0."])
    }

    /// The monthly oversight report: the month's aggregate metrics, period tables, a trend chart and the impact
    /// evaluation; no person-level table (no incident numbers, pseudonyms or addresses).
    private func oversightHTML(_ request: Request, context: RecordsRequestContext, inlineCSS: String?) async throws -> String {
        let board = try await dashboard(try context.requester())
        let month = request.uri.queryParameters.get("month").flatMap { MonthKey.index($0) != nil ? $0 : nil }
            ?? PeriodTables.latestMonth(in: board.dataset) ?? "2021-12"
        let monthly = ProgramDashboard(dataset: board.dataset.restricted(toMonth: month), settings: board.settings)
        let aggregateIDs: Set<String> = ["responder-share", "source-line", "response-time", "time-on-scene", "police-ems-requested", "request-reasons",
                                         "outcomes", "enforcement-after", "root-causes", "referrals", "screening-funnel", "screened-out-reasons"]
        let metrics = monthly.metrics(by: .district).filter { aggregateIDs.contains($0.id) }.map(TableView.metric)
        // Trend: eligible calls handled by responders and police dispatches to eligible calls, by month.
        let share = board.responderShare(by: .month).table
        let months = share.rows.dropLast()
        let trend = LineChart(title: "Eligible calls: handled by responders and police dispatches, by month",
                              xValues: months.indices.map(Double.init), xTickLabels: months.map { $0[0].displayText },
                              series: [ChartSeries(name: "Handled by responders", values: months.map { $0[2].doubleValue }),
                                       ChartSeries(name: "Police dispatches", values: months.map { $0[4].doubleValue })],
                              xAxisLabel: "Month", yAxisLabel: "Calls", id: "trend").svg()
        var values: [String: Any] = [
            "programName": board.settings.programName, "month": month, "prepared": ReportDate.today(), "metrics": metrics,
            "periods": PeriodTables(dashboard: board, month: month).tables().map(TableView.table), "trendChart": trend,
        ]
        if let inlineCSS { values["inlineCSS"] = inlineCSS }
        do {
            let impact = try ImpactEvaluation.panel(from: board)
            values["did"] = TableView.table(ImpactEvaluation.table(try impact.differenceInDifferences(), settings: board.settings))
            values["eventChart"] = ImpactEvaluation.chart(try impact.eventStudy())
        } catch let error as EvaluationError {
            values["impactError"] = error.description
        }
        return services.pages.html("oversight", values)
    }
}

enum ReportDate {
    static func today() -> String { String(ISO8601DateFormatter().string(from: Date()).prefix(10)) }
}

/// Prints HTML to PDF with headless Chromium, when it is installed.
enum PDFPrinter {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The PDF bytes, or nil without Chromium.
    static func print(html: String) async throws -> [UInt8]? {
        guard let chromium else { return nil }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reroute-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html"), pdf = folder.appendingPathComponent("report.pdf")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                             "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            process.terminationHandler = { _ in done.resume() }
            do { try process.run() } catch { process.terminationHandler = nil; done.resume() }
        }
        guard let data = FileManager.default.contents(atPath: pdf.path) else {
            throw HTTPError(.internalServerError, message: "Chromium did not write the PDF")
        }
        return [UInt8](data)
    }
}
