import Crypto
import Evaluation
import Foundation
import Hummingbird
import ResponderRecords
import Vocabulary

/// The public dashboard at `/public` (no sign-in): aggregates only, small cells suppressed (``SuppressedTable``),
/// places no finer than district, cacheable (Cache-Control and ETag), with a CSV download and the definitions.
struct PublicRoutes {
    let services: RecordsServices
    let cache = PublicCache()

    func register(on router: Router<RecordsRequestContext>) {
        router.get("/public") { request, _ in
            let page = try await cache.page { try await build() }
            return respond(request, body: page.html, etag: page.etag + "-h", type: "text/html; charset=utf-8", name: nil)
        }
        router.get("/public.csv") { request, _ in
            let page = try await cache.page { try await build() }
            return respond(request, body: page.csv, etag: page.etag + "-c", type: "text/csv; charset=utf-8", name: "public-dashboard.csv")
        }
    }

    private func respond(_ request: Request, body: String, etag: String, type: String, name: String?) -> Response {
        let quoted = "\"\(etag)\""
        var headers: HTTPFields = [.cacheControl: "public, max-age=300", .eTag: quoted]
        if request.headers[.ifNoneMatch] == quoted { return Response(status: .notModified, headers: headers) }
        headers[.contentType] = type
        if let name { headers[.contentDisposition] = "attachment; filename=\"\(name)\"" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    /// The public tables of the latest year in the data.
    static func tables(_ dataset: EvaluationDataset, settings: EvaluationSettings) -> (year: Int, tables: [SuppressedTable]) {
        let board = ProgramDashboard(dataset: dataset, settings: settings)
        let year = PeriodTables.latestMonth(in: dataset).flatMap { MonthKey.index($0) }.map { $0 / 12 } ?? 0
        let months = (1...12).map { String(format: "%04d-%02d", year, $0) }
        let handled = board.eligibleCalls.filter { board.isHandledByResponders($0) && LocalTimeText($0.createdAt)?.year == year }
        let districts = Array(Set(board.eligibleCalls.compactMap(\.district))).sorted { (Int($0) ?? .max, $0) < (Int($1) ?? .max, $1) }
        let byDistrict = districts.map { d in months.map { m in handled.filter { $0.district == d && LocalTimeText($0.createdAt)?.monthKey == m }.count } }
        let eligible = board.eligibleCalls.filter { LocalTimeText($0.createdAt)?.year == year }
        let eligibleByDistrict = districts.map { d in months.map { m in eligible.filter { $0.district == d && LocalTimeText($0.createdAt)?.monthKey == m }.count } }
        let times = Dictionary(dataset.calls.map { ($0.incidentNumber, $0.createdAt) }, uniquingKeysWith: { a, _ in a })
        let contacts = dataset.contacts.filter { LocalTimeText($0.incidentNumber.flatMap { times[$0] } ?? $0.arrivedAt ?? $0.createdAt)?.year == year }
        let outcomes = Array(Set(contacts.map { $0.outcome ?? "not recorded" })).sorted()
        let quarters = ["Q1", "Q2", "Q3", "Q4"]
        func quarter(_ c: ResponderContact) -> Int {
            ((LocalTimeText(c.incidentNumber.flatMap { times[$0] } ?? c.arrivedAt ?? c.createdAt)?.civil.month ?? 1) - 1) / 3
        }
        let byOutcome = outcomes.map { o in (0..<4).map { q in contacts.filter { ($0.outcome ?? "not recorded") == o && quarter($0) == q }.count } }
        let monthLabels = months.map { String($0.suffix(2)) }.map { PeriodTables.monthAbbreviation($0) }
        return (year, [
            SuppressedTable(title: "Eligible calls by district and month", rowHeading: "District", rows: districts, columns: monthLabels, counts: eligibleByDistrict),
            SuppressedTable(title: "Calls handled by community responders by district and month", rowHeading: "District", rows: districts, columns: monthLabels, counts: byDistrict),
            SuppressedTable(title: "Responder contacts by outcome and quarter", rowHeading: "Outcome", rows: outcomes, columns: quarters, counts: byOutcome),
        ])
    }

    static let definitions: [(String, String)] = [
        ("Eligible call", "A 911 or non-emergency call to police of a call type that community responders can take (the program's eligible call-type list)."),
        ("Handled by community responders", "An eligible call that a community responder record names by its incident number."),
        ("Responder contact", "One community responder record: a call the team answered, from CAD, the direct line or on view."),
        ("Outcome", "How the responder contact ended, as the team recorded it."),
        ("Suppressed", "A count from 1 to 10, or a count withheld so that such a count cannot be worked out from the totals. Zero is shown as 0."),
        ("District", "The police district of the call's location; no finer location is published."),
    ]

    private func build() async throws -> PublicCache.Page {
        let dataset = try await services.store.publicDataset()
        let settings = services.configuration.evaluation
        let (year, tables) = Self.tables(dataset, settings: settings)
        let results = tables.map(\.resultTable)
        let html = services.pages.html("public", [
            "programName": settings.programName, "year": year, "updated": ReportDate.today(),
            "tables": results.map(TableView.table), "definitions": Self.definitions.map { ["term": $0.0, "text": $0.1] },
        ])
        var lines: [[String]] = []
        for t in tables {
            for (i, row) in t.rowLabels.enumerated() {
                for (j, column) in t.columnLabels.enumerated() {
                    lines.append([t.title, row, column, t.released(row: i, column: j).map(String.init) ?? "", t.released(row: i, column: j) == nil ? "suppressed" : "released"])
                }
                lines.append([t.title, row, "Total", t.releasedRowTotal(i).map(String.init) ?? "", t.totalsWithheld ? "suppressed" : "released"])
            }
            for (j, column) in t.columnLabels.enumerated() {
                lines.append([t.title, "Total", column, t.releasedColumnTotal(j).map(String.init) ?? "", t.totalsWithheld ? "suppressed" : "released"])
            }
            lines.append([t.title, "Total", "Total", t.releasedGrandTotal.map(String.init) ?? "", t.totalsWithheld ? "suppressed" : "released"])
        }
        let csv = CSVWriter.document(header: ["table", "row", "column", "value", "status"], rows: lines)
        let etag = SHA256.hash(data: Data((html + csv).utf8)).prefix(12).map { String(format: "%02x", $0) }.joined()
        return PublicCache.Page(html: html, csv: csv, etag: etag, builtAt: Date())
    }
}

/// The public page, rebuilt at most every five minutes however often it is asked for.
actor PublicCache {
    struct Page: Sendable { var html: String; var csv: String; var etag: String; var builtAt: Date }
    private var current: Page?

    func page(_ build: @Sendable () async throws -> Page) async throws -> Page {
        if let current, Date().timeIntervalSince(current.builtAt) < 300 { return current }
        let page = try await build()
        current = page
        return page
    }
}
