import Hummingbird
import ResponderRecords

/// The CAD call list and search, and a call's page with the record form beside its read-only CAD fields.
struct CallRoutes {
    let services: RecordsServices

    func register(on router: Router<RecordsRequestContext>) {
        router.get("/") { _, context in
            _ = try context.requester()
            return Response(status: .seeOther, headers: [.location: "/calls"])
        }
        router.get("/calls") { request, context in
            let requester = try context.requester()
            let q = request.uri.queryParameters.get("q")
            let responderOnly = request.uri.queryParameters.get("responder") == "1"
            let page = max(1, request.uri.queryParameters.get("page").flatMap { Int($0) } ?? 1)
            let result = try await services.store.calls(matching: q, responderTypesOnly: responderOnly, limit: 50, offset: (page - 1) * 50, for: requester)
            let query = "q=\(q?.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")&responder=\(responderOnly ? "1" : "0")"
            return services.pages.render("calls", [
                "title": "CAD calls", "q": q ?? "", "responderOnly": responderOnly, "calls": result.calls.map(RecordViews.callRow),
                "total": result.total, "from": result.total == 0 ? 0 : result.offset + 1, "to": result.offset + result.calls.count,
                "hasPrevious": page > 1, "previous": "/calls?\(query)&page=\(page - 1)",
                "hasNext": result.offset + result.calls.count < result.total, "next": "/calls?\(query)&page=\(page + 1)",
                "showAddress": !requester.user.role.seesPseudonymised,
            ], context: context)
        }
        router.get("/calls/{incident}") { _, context in
            let requester = try context.requester()
            let incident = try context.parameters.require("incident")
            let detail = try await services.store.call(incident, for: requester)
            var values: [String: Any] = [
                "title": "Call \(incident)", "incident": incident, "callType": detail.incident.callType,
                "cad": RecordViews.cadFields(detail.incident), "records": detail.records.map(RecordViews.recordRow),
                "hasRecords": !detail.records.isEmpty,
            ]
            values["form"] = RecordViews.form(nil, incident: incident)
            return services.pages.render("call", values, context: context)
        }
        router.post("/calls/{incident}/records") { request, context in
            let requester = try context.requester()
            let form = try await FormData.read(request, context: context)
            try CSRF.check(form, context: context)
            var draft = RecordViews.draft(from: form)
            draft.incidentNumber = try context.parameters.require("incident")
            let record = try await services.store.createRecord(draft, for: requester)
            return Response(status: .seeOther, headers: [.location: "/records/\(record.id)?saved=1"])
        }
    }
}
