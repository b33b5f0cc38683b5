import Foundation
import Hummingbird
import HummingbirdTesting
import ResponderRecords
import Testing

@Suite("No lost data: versions and transactions")
struct ConcurrencyTests {
    @Test("a stale save is refused with 409 and a clear message, and nothing is overwritten", arguments: Backend.available)
    func staleVersion(_ backend: Backend) async throws {
        let system = try await TestSystem.make(backend)
        let tokenA = try await system.services.accounts.issueToken(forUser: "responder-a")
        let tokenSupervisor = try await system.services.accounts.issueToken(forUser: "supervisor-a")
        try await system.test { client in
            let record = try await client.api(.post, "/api/v1/records", token: tokenA,
                                              json: #"{"incidentNumber": "9000001", "outcome": "resolved on scene"}"#).decode(ResponderRecord.self)
            let first = try await client.api(.put, "/api/v1/records/\(record.id)", token: tokenSupervisor,
                                             json: #"{"incidentNumber": "9000001", "outcome": "referred to services", "version": 1}"#)
            #expect(first.status == .ok)
            #expect(try first.decode(ResponderRecord.self).version == 2)
            let second = try await client.api(.put, "/api/v1/records/\(record.id)", token: tokenA,
                                              json: #"{"incidentNumber": "9000001", "outcome": "gone on arrival", "version": 1}"#)
            #expect(second.status == .conflict)
            #expect(second.text.contains("changed by someone else"))
            let now = try await client.api(.get, "/api/v1/records/\(record.id)", token: tokenA).decode(ResponderRecord.self)
            #expect(now.outcome == "referred to services" && now.version == 2)

            // The same through the form: a 409 page that keeps what the user typed.
            let browser = try await client.signIn("responder-a")
            let stale = try await client.post("/records/\(record.id)", as: browser, [("incident_number", "9000001"), ("narrative", "my late words"), ("version", "1")])
            #expect(stale.status == .conflict)
            #expect(stale.text.contains("nothing was saved") && stale.text.contains("my late words"))
            let fresh = try await client.post("/records/\(record.id)", as: browser, [("incident_number", "9000001"), ("narrative", "my words"), ("version", "2")])
            #expect(fresh.status == .seeOther)
        }
    }

    @Test("of twelve saves based on one version, exactly one wins", arguments: Backend.available)
    func concurrentSaves(_ backend: Backend) async throws {
        let system = try await TestSystem.make(backend)
        try await system.run { system in
            let store = system.services.store
            let requester = system.requester("responder-a")
            var draft = RecordDraft()
            draft.incidentNumber = "9000001"
            let record = try await store.createRecord(draft, for: requester)
            let outcomes = try await withThrowingTaskGroup(of: Bool.self) { group in
                for i in 0..<12 {
                    group.addTask {
                        var change = RecordDraft()
                        change.incidentNumber = "9000001"
                        change.narrative = "writer \(i)"
                        change.version = record.version
                        do {
                            _ = try await store.updateRecord(record.id, with: change, for: requester)
                            return true
                        } catch RecordsError.staleVersion {
                            return false
                        }
                    }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1)
            let final = try await store.record(record.id, for: requester)
            #expect(final.version == 2)
        }
    }

    @Test("a failed write leaves nothing behind (the transaction rolls back)", arguments: Backend.available)
    func rollback(_ backend: Backend) async throws {
        let system = try await TestSystem.make(backend)
        try await system.run { system in
            let before = try await system.database.withConnection { db in
                try await db.raw("SELECT COUNT(*) AS n FROM responder_records").first()?.decode(column: "n", as: Int.self)
            }
            var draft = RecordDraft()
            draft.personPseudonym = "P-NOSUCH"      // refused inside the transaction, after nothing else
            draft.incidentNumber = "9000001"
            await #expect(throws: RecordsError.self) { try await system.services.store.createRecord(draft, for: system.requester("responder-a")) }
            let after = try await system.database.withConnection { db in
                try await db.raw("SELECT COUNT(*) AS n FROM responder_records").first()?.decode(column: "n", as: Int.self)
            }
            #expect(before == after)
        }
    }
}
