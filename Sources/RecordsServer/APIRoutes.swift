import Foundation
import Hummingbird
import ResponderRecords

/// The JSON API under `/api/v1`, authenticated by Bearer token; the same rules and audit as the pages.
struct APIRoutes {
    let services: RecordsServices

    private struct StatusChange: Decodable { var status: String; var notes: String? }

    func register(on group: RouterGroup<RecordsRequestContext>) {
        let store = services.store
        group.get("/me") { _, context in try JSONResponse.make(try context.requester().user) }
        group.get("/calls") { request, context in
            let q = request.uri.queryParameters
            return try JSONResponse.make(try await store.calls(matching: q.get("q"), responderTypesOnly: q.get("responder") == "1",
                                                               limit: q.get("limit").flatMap { Int($0) } ?? 50, offset: q.get("offset").flatMap { Int($0) } ?? 0,
                                                               for: try context.requester()))
        }
        group.get("/calls/{incident}") { _, context in
            try JSONResponse.make(try await store.call(try context.parameters.require("incident"), for: try context.requester()))
        }
        group.get("/records") { request, context in
            let q = request.uri.queryParameters
            return try JSONResponse.make(try await store.records(for: try context.requester(), limit: min(500, q.get("limit").flatMap { Int($0) } ?? 100),
                                                                 offset: q.get("offset").flatMap { Int($0) } ?? 0))
        }
        group.post("/records") { request, context in
            let draft = try await request.decode(as: RecordDraft.self, context: context)
            return try JSONResponse.make(try await store.createRecord(draft, for: try context.requester()), status: .created)
        }
        group.get("/records/{id}") { _, context in
            try JSONResponse.make(try await store.record(try context.parameters.require("id", as: Int.self), for: try context.requester()))
        }
        group.put("/records/{id}") { request, context in
            let draft = try await request.decode(as: RecordDraft.self, context: context)
            return try JSONResponse.make(try await store.updateRecord(try context.parameters.require("id", as: Int.self), with: draft,
                                                                      for: try context.requester()))
        }
        group.post("/records/{id}/referrals") { request, context in
            let draft = try await request.decode(as: ReferralDraft.self, context: context)
            return try JSONResponse.make(try await store.addReferral(draft, toRecord: try context.parameters.require("id", as: Int.self),
                                                                     for: try context.requester()), status: .created)
        }
        group.post("/records/{id}/follow-ups") { request, context in
            let draft = try await request.decode(as: FollowUpDraft.self, context: context)
            return try JSONResponse.make(try await store.addFollowUp(draft, toRecord: try context.parameters.require("id", as: Int.self),
                                                                     for: try context.requester()), status: .created)
        }
        group.put("/follow-ups/{id}") { request, context in
            let change = try await request.decode(as: StatusChange.self, context: context)
            try await store.updateFollowUp(try context.parameters.require("id", as: Int.self), status: change.status, notes: change.notes,
                                           for: try context.requester())
            return Response(status: .noContent)
        }
        group.get("/follow-up-lists") { _, context in
            try JSONResponse.make(try await store.followUpLists(for: try context.requester()))
        }
        group.get("/incidents/{incident}/eido") { _, context in
            try JSONResponse.make(try await store.eido(try context.parameters.require("incident"), for: try context.requester()))
        }
        group.post("/eido") { request, context in
            let body = try await request.body.collect(upTo: 8 << 20)
            let written = try await store.importEIDO(Data(buffer: body), eligibleCallTypes: Set(services.screeningProtocol.eligibleCallTypes),
                                                      for: try context.requester())
            return try JSONResponse.make(["imported": written], status: .created)
        }
        group.get("/export.csv") { _, context in
            try await ExportResponse.make(services: services, requester: try context.requester())
        }
    }
}
