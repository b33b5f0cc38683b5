import Hummingbird
import ResponderRecords

/// Responder records: list, new (direct line or on view), view and edit, referrals and follow-ups.
struct RecordRoutes {
    let services: RecordsServices

    func register(on router: Router<RecordsRequestContext>) {
        router.get("/records") { request, context in
            let requester = try context.requester()
            let page = max(1, request.uri.queryParameters.get("page").flatMap { Int($0) } ?? 1)
            let rows = try await services.store.records(for: requester, limit: 100, offset: (page - 1) * 100)
            return services.pages.render("records", [
                "title": "Responder records", "records": rows.map(RecordViews.recordRow), "hasPrevious": page > 1,
                "previous": "/records?page=\(page - 1)", "hasNext": rows.count == 100, "next": "/records?page=\(page + 1)",
            ], context: context)
        }
        router.get("/records/new") { _, context in
            let requester = try context.requester()
            guard requester.user.role.writesRecords else { throw RecordsError.forbidden(reason: "the \(requester.user.role.rawValue) role does not create records") }
            return services.pages.render("record-new", ["title": "New record", "form": RecordViews.form(nil, incident: nil)], context: context)
        }
        router.post("/records") { request, context in
            let requester = try context.requester()
            let form = try await FormData.read(request, context: context)
            try CSRF.check(form, context: context)
            let record = try await services.store.createRecord(RecordViews.draft(from: form), for: requester)
            return Response(status: .seeOther, headers: [.location: "/records/\(record.id)?saved=1"])
        }
        router.get("/records/{id}") { request, context in
            let requester = try context.requester()
            let id = try context.parameters.require("id", as: Int.self)
            return try await page(for: id, requester: requester, context: context, saved: request.uri.queryParameters.get("saved") == "1")
        }
        router.post("/records/{id}") { request, context in
            let requester = try context.requester()
            let id = try context.parameters.require("id", as: Int.self)
            let form = try await FormData.read(request, context: context)
            try CSRF.check(form, context: context)
            do {
                _ = try await services.store.updateRecord(id, with: RecordViews.draft(from: form), for: requester)
            } catch let error as RecordsError {
                guard case .staleVersion = error else { throw error }
                // Nothing was saved: show the record as it is now, the refusal on top, and what the user typed to copy over.
                return try await page(for: id, requester: requester, context: context, saved: false, conflict: error.description,
                                      status: .conflict, typed: form["narrative"])
            }
            return Response(status: .seeOther, headers: [.location: "/records/\(id)?saved=1"])
        }
        router.post("/records/{id}/referrals") { request, context in
            let requester = try context.requester()
            let id = try context.parameters.require("id", as: Int.self)
            let form = try await FormData.read(request, context: context)
            try CSRF.check(form, context: context)
            let draft = ReferralDraft(type: form["referral_type"] ?? "", agency: form["agency"] ?? "", handoff: form["handoff"] ?? "",
                                      minutes: form["minutes"].flatMap { Int($0) }, notes: form["notes"])
            _ = try await services.store.addReferral(draft, toRecord: id, for: requester)
            return Response(status: .seeOther, headers: [.location: "/records/\(id)?saved=1"])
        }
        router.post("/records/{id}/follow-ups") { request, context in
            let requester = try context.requester()
            let id = try context.parameters.require("id", as: Int.self)
            let form = try await FormData.read(request, context: context)
            try CSRF.check(form, context: context)
            let draft = FollowUpDraft(referralID: form["referral_id"].flatMap { Int($0) }, status: form["status"] ?? "", dueOn: form["due_on"], notes: form["notes"])
            _ = try await services.store.addFollowUp(draft, toRecord: id, for: requester)
            return Response(status: .seeOther, headers: [.location: "/records/\(id)?saved=1"])
        }
        router.post("/follow-ups/{id}") { request, context in
            let requester = try context.requester()
            let id = try context.parameters.require("id", as: Int.self)
            let form = try await FormData.read(request, context: context)
            try CSRF.check(form, context: context)
            try await services.store.updateFollowUp(id, status: form["status"] ?? "", notes: form["notes"], for: requester)
            return Response(status: .seeOther, headers: [.location: form["back"].flatMap { $0.hasPrefix("/records/") ? $0 : nil } ?? "/follow-up"])
        }
    }

    private func page(for id: Int, requester: Requester, context: RecordsRequestContext, saved: Bool, conflict: String? = nil,
                      status: HTTPResponse.Status = .ok, typed: String? = nil) async throws -> Response {
        let record = try await services.store.record(id, for: requester)
        var cad: [[String: Any]] = []
        if let incident = record.incidentNumber, let detail = try? await services.store.call(incident, for: requester) {
            cad = RecordViews.cadFields(detail.incident)
        }
        let canEdit = AccessPolicy.canWrite(team: record.team, program: record.program, as: requester.user)
        var values: [String: Any] = [
            "title": "Record \(id)", "id": id, "fields": RecordViews.recordFields(record), "cad": cad, "hasCAD": !cad.isEmpty,
            "canEdit": canEdit, "saved": saved, "pseudonymised": record.isPseudonymised,
            "referrals": record.referrals.map { r -> [String: Any] in
                ["id": r.id, "type": r.type, "agency": r.agency, "handoff": r.handoff, "minutes": r.minutes.map(String.init) ?? "",
                 "notes": record.isPseudonymised ? "withheld" : (r.notes ?? "")]
            },
            "followUps": record.followUps.map { f -> [String: Any] in
                ["id": f.id, "status": f.status, "dueOn": f.dueOn ?? "", "notes": record.isPseudonymised ? "withheld" : (f.notes ?? ""),
                 "statuses": PageRenderer.options(PresetChoices.followUpStatuses, chosen: f.status), "back": "/records/\(id)"]
            },
            "referralTypes": PageRenderer.options(PresetChoices.referralTypes, chosen: nil),
            "handoffs": PageRenderer.options(PresetChoices.handoffs, chosen: "warm hand-off"),
            "followUpStatuses": PageRenderer.options(PresetChoices.followUpStatuses, chosen: "planned"),
            "referralChoices": record.referrals.map { ["id": $0.id, "label": "\($0.type) — \($0.agency)"] },
        ]
        if canEdit { values["form"] = RecordViews.form(record, incident: record.incidentNumber) }
        if let conflict {
            values["conflict"] = conflict
            values["typedNarrative"] = typed ?? ""
        }
        return services.pages.render("record", values, context: context, status: status)
    }
}
