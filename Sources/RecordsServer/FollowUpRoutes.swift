import Hummingbird
import ResponderRecords

/// The follow-up lists and the CSV export.
struct FollowUpRoutes {
    let services: RecordsServices

    func register(on router: Router<RecordsRequestContext>) {
        router.get("/follow-up") { _, context in
            let requester = try context.requester()
            let lists = try await services.store.followUpLists(limit: 100, for: requester)
            return services.pages.render("follow-up", [
                "title": "Follow-up", "records": lists.recordsWithoutCAD.map(RecordViews.recordRow), "hasRecords": !lists.recordsWithoutCAD.isEmpty,
                "calls": lists.callsWithoutRecord.map(RecordViews.callRow), "callsTotal": lists.callsWithoutRecordTotal,
                "showAddress": !requester.user.role.seesPseudonymised,
            ], context: context)
        }
        router.get("/export.csv") { _, context in
            try await ExportResponse.make(services: services, requester: try context.requester())
        }
    }
}

/// The CSV export as a download (pages and API share it).
enum ExportResponse {
    static func make(services: RecordsServices, requester: Requester) async throws -> Response {
        let csv = try await services.store.exportCSV(for: requester)
        let name = requester.user.role.seesPseudonymised ? "responder-records-pseudonymised.csv" : "responder-records.csv"
        return Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"\(name)\""],
                        body: .init(byteBuffer: ByteBuffer(string: csv)))
    }
}
