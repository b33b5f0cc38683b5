import Foundation
import Hummingbird
import HummingbirdTesting
import ResponderRecords
import Testing

@Suite("Console, dashboard, public page and EIDO")
struct EvaluationServerTests {
    @Test("the console records a decision against the incident, audited, and the dashboard's screened-out table shows it", arguments: Backend.available)
    func consoleToDashboard(_ backend: Backend) async throws {
        let system = try await TestSystem.make(backend)
        let database = system.database
        try await system.test { client in
            let taker = try await client.signIn("call-taker")
            let page = try await client.get("/console", as: taker)
            #expect(page.status == .ok && page.text.contains("Are weapons present or accessible?") && page.text.contains("/static/console.js"))
            // 9000001 is a TRBL W/SUBJ call in CAD: the call type comes from CAD; weapons "yes" screens it out to police.
            let posted = try await client.post("/console", as: taker, [("incident", "9000001"), ("source", "911"), ("weapons", "yes")])
            #expect(posted.status == .seeOther)
            let shown = try await client.get(posted.headers[.location] ?? "/console", as: taker)
            #expect(shown.text.contains("CR-SO-WPN") && shown.text.contains("police"))
            let refused = try await client.post("/console", as: try await client.signIn("evaluator"), [("incident", "9000002")])
            #expect(refused.status == .forbidden)
            let audit = try await AuditLog.recent(database, limit: 20)
            #expect(audit.contains { $0.userName == "call-taker" && $0.action == "screen" && $0.entityID == "9000001" && $0.detail.hasPrefix("police CR-SO-WPN") })
            let board = try await client.get("/dashboard", as: try await client.signIn("supervisor-a"))
            #expect(board.status == .ok)
            let screened = try #require(board.text.range(of: "id=\"table-screened-out-calls\"")).upperBound
            #expect(board.text[screened...].contains("9000001") && board.text[screened...].contains("CR-SO-WPN"))
            #expect(try await client.get("/dashboard", as: taker).status == .forbidden)
        }
    }

    @Test("/public needs no sign-in, is cacheable, and carries no person-level field in the page or its CSV", arguments: Backend.available)
    func publicPage(_ backend: Backend) async throws {
        let system = try await TestSystem.make(backend)
        var draft = RecordDraft()
        draft.incidentNumber = "9000001"
        draft.personName = "Maria Example"
        draft.narrative = "Secret narrative text"
        draft.contact = ContactDetails(phone: "414-555-0142", consentToFollowUp: true)
        _ = try await system.services.store.createRecord(draft, for: system.requester("responder-a"))
        try await system.test { client in
            let page = try await client.execute(uri: "/public", method: .get)
            #expect(page.status == .ok)
            #expect(page.headers[.cacheControl] == "public, max-age=300")
            let etag = try #require(page.headers[.eTag])
            #expect(try await client.execute(uri: "/public", method: .get, headers: [.ifNoneMatch: etag]).status == .notModified)
            let csv = try await client.execute(uri: "/public.csv", method: .get)
            #expect(csv.text.hasPrefix("table,row,column,value,status"))
            for text in [page.text, csv.text] {
                for secret in ["Maria", "414-555", "Secret narrative", "5237 N 35TH", "9000001", "P-", "43.11", "responder-a"] {
                    #expect(!text.contains(secret), "the public output shows \(secret)")
                }
            }
            // One handled call in district 4 (a count of 1) is never released as a number.
            #expect(!csv.text.contains(",1,released"))
        }
    }

    @Test("EIDO export is shaped by the schema and filtered by role", arguments: Backend.available)
    func eido(_ backend: Backend) async throws {
        let system = try await TestSystem.make(backend)
        var draft = RecordDraft()
        draft.incidentNumber = "9000001"
        draft.personName = "Maria Example"
        draft.outcome = "referred to services"
        draft.narrative = "Asked for a <b>shelter</b> bed."
        _ = try await system.services.store.createRecord(draft, for: system.requester("responder-a"))
        let store = system.services.store
        try await system.run { system in
            let full = try await store.eido("9000001", for: system.requester("responder-a"))
            #expect(full.eidoVersion == "1.0" && full.agencyComponent.count == 1)
            let incident = try #require(full.incidentComponent.first)
            #expect(incident.internalIncidentId == "9000001" && incident.incidentTypeCommonRegistryText == "Disturbance")
            #expect(incident.dispositionComponent?.contains { $0.dispositionCommonRegistryCode == "Referred to Other Agency" } == true)
            #expect(full.personComponent?.first?.personFullName == "Maria Example")
            #expect(full.notesComponent?.contains { $0.notesText.contains("&lt;b&gt;shelter") } == true)
            let evaluator = try await store.eido("9000001", for: system.requester("evaluator"))
            #expect(evaluator.personComponent?.first?.personFullName == nil && evaluator.personComponent?.first?.personIdentification.hasPrefix("P-") == true)
            #expect(evaluator.notesComponent == nil && evaluator.locationComponent?.first?.civicAddressText == nil)
            let taker = try await store.eido("9000001", for: system.requester("call-taker"))
            #expect(taker.personComponent == nil && taker.emergencyResourceComponent == nil)
            await #expect(throws: RecordsError.self) { _ = try await store.eido("9000001", for: system.requester("admin")) }
            // Round trip: the exported EIDO imported under a new number becomes a CAD call.
            var copy = full
            copy.incidentComponent[0].internalIncidentId = "EIDO-1"
            let written = try await store.importEIDO(try JSONEncoder().encode([copy]), eligibleCallTypes: ["TRBL W/SUBJ"], for: system.requester("admin"))
            #expect(written == ["EIDO-1"])
            let imported = try await store.call("EIDO-1", for: system.requester("supervisor-a")).incident
            #expect(imported.callType == "TRBL W/SUBJ" && imported.isResponderType && imported.createdAt == "2018-05-01T10:10:28")
        }
    }
}
