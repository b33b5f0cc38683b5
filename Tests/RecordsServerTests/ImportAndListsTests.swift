import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import ResponderRecords
import Testing

@Suite("CAD import, follow-up lists, backup")
struct ImportAndListsTests {
    @Test("import reconciles rows, is idempotent by incident number, and keeps its provenance", arguments: Backend.available)
    func idempotentImport(_ backend: Backend) async throws {
        let system = try await TestSystem.make(backend, withCAD: false)
        try await system.run { system in
            let first = try await system.importCAD()
            #expect(first.rowsRead == 5 && first.rowsAccepted == 4 && first.rowsRejected == 1)
            #expect(first.rowsRead == first.rowsAccepted + first.rowsRejected + first.rowsExcluded)
            #expect(first.incidentsNew == 4 && first.incidentsUpdated == 0 && first.profile == "milwaukee-mpd")
            let changed = TestSystem.cadCSV.replacingOccurrences(of: "WELFARE CITIZEN,Advised", with: "WELFARE CITIZEN,Service in Progress")
            let second = try await system.importCAD(changed)
            #expect(second.incidentsNew == 0 && second.incidentsUpdated == 4)
            let counts = try await system.database.withConnection { db in
                (try await db.raw("SELECT COUNT(*) AS n FROM cad_incidents").first()?.decode(column: "n", as: Int.self),
                 try await db.raw("SELECT disposition, first_import_id, import_id FROM cad_incidents WHERE incident_number = '9000002'").first()
                    .map { (try $0.decode(column: "disposition", as: String.self), try $0.decode(column: "first_import_id", as: Int.self),
                            try $0.decode(column: "import_id", as: Int.self)) },
                 try await db.raw("SELECT COUNT(*) AS n FROM imports WHERE file_sha256 <> '' AND finished_at IS NOT NULL").first()?.decode(column: "n", as: Int.self))
            }
            #expect(counts.0 == 4)
            #expect(counts.1?.0 == "Service in Progress" && counts.1?.1 == first.importID && counts.1?.2 == second.importID)
            #expect(counts.2 == 2)
            let detail = try await system.services.store.call("9000001", for: system.requester("call-taker"))
            #expect(detail.incident.isResponderType)
            #expect(try await !system.services.store.call("9000003", for: system.requester("call-taker")).incident.isResponderType)
        }
    }

    @Test("a CSV upload imports like the command; a responder may not upload", arguments: Backend.available)
    func upload(_ backend: Backend) async throws {
        let system = try await TestSystem.make(backend, withCAD: false)
        try await system.test { client in
            let supervisor = try await client.signIn("supervisor-a")
            let boundary = "----reroute-test-boundary"
            func body(csrf: String) -> String {
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(csrf)\r\n"
                    + "--\(boundary)\r\nContent-Disposition: form-data; name=\"profile\"\r\n\r\n\r\n"
                    + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"may.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                    + TestSystem.cadCSV + "\r\n--\(boundary)--\r\n"
            }
            let response = try await client.execute(uri: "/imports", method: .post,
                                                    headers: [.cookie: supervisor.cookie, .contentType: "multipart/form-data; boundary=\(boundary)"],
                                                    body: ByteBuffer(string: body(csrf: supervisor.csrf)))
            #expect(response.status == .ok)
            #expect(response.text.contains("5 rows read = 4 accepted + 1 rejected + 0 excluded; 4 new incidents"))
            let responder = try await client.signIn("responder-a")
            let refused = try await client.execute(uri: "/imports", method: .post,
                                                   headers: [.cookie: responder.cookie, .contentType: "multipart/form-data; boundary=\(boundary)"],
                                                   body: ByteBuffer(string: body(csrf: responder.csrf)))
            #expect(refused.status == .forbidden)
            let calls = try await client.get("/calls?q=welfare", as: responder)
            #expect(calls.text.contains("9000002") && !calls.text.contains("9000001"))
        }
    }

    @Test("records without a CAD match and responder-type calls without a record are listed; a later number matches", arguments: Backend.available)
    func followUpLists(_ backend: Backend) async throws {
        let system = try await TestSystem.make(backend)
        let token = try await system.services.accounts.issueToken(forUser: "responder-a")
        try await system.test { client in
            let browser = try await client.signIn("responder-a")
            let direct = try await client.post("/records", as: browser, [("origin", "direct line"), ("outcome", "resolved on scene"), ("version", "0")])
            let id = try #require(direct.savedRecordID)
            _ = try await client.api(.post, "/api/v1/records", token: token, json: #"{"incidentNumber": "9000001"}"#)
            let lists = try await client.api(.get, "/api/v1/follow-up-lists", token: token).decode(FollowUpLists.self)
            #expect(lists.recordsWithoutCAD.map(\.id) == [id])
            #expect(lists.callsWithoutRecord.map(\.incidentNumber) == ["9000002"])
            let page = try await client.get("/follow-up", as: browser)
            #expect(page.text.contains("/records/\(id)") && page.text.contains("/calls/9000002"))

            // Dispatch enters the call later: the record is edited to carry its number and leaves the list.
            let matched = try await client.api(.put, "/api/v1/records/\(id)", token: token,
                                               json: #"{"incidentNumber": "9000002", "origin": "direct line", "version": 1}"#)
            #expect(matched.status == .ok)
            let after = try await client.api(.get, "/api/v1/follow-up-lists", token: token).decode(FollowUpLists.self)
            #expect(after.recordsWithoutCAD.isEmpty && after.callsWithoutRecord.isEmpty)
        }
    }

    @Test("backup and restore give back every row, and the audit chain still verifies", arguments: Backend.available)
    func backupRestore(_ backend: Backend) async throws {
        let system = try await TestSystem.make(backend)
        try await system.run { system in
            var draft = RecordDraft()
            draft.incidentNumber = "9000001"
            draft.personName = "Jane"
            draft.narrative = "ünïcode, \"quotes\"\nand lines"
            let record = try await system.services.store.createRecord(draft, for: system.requester("responder-a"))
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("backup-\(UUID().uuidString).jsonl")
            let restoredPath = FileManager.default.temporaryDirectory.appendingPathComponent("restored-\(UUID().uuidString).sqlite").path
            // The backup holds person-level data: neither it nor the restored copy outlives the test.
            defer {
                try? FileManager.default.removeItem(at: file)
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: restoredPath + suffix) }
            }
            let written = try await Backup.write(system.database, to: file)
            let restoredDatabase = try await RecordsDatabase.open(.sqlite(path: restoredPath))
            let restored = try await Backup.restore(restoredDatabase, from: file)
            #expect(restored == written)
            #expect(try await AuditLog.verify(restoredDatabase).isIntact)
            let copy = try await RecordStore(database: restoredDatabase).record(record.id, for: system.requester("responder-a"))
            #expect(copy.narrative == draft.narrative && copy.person?.pseudonym == record.person?.pseudonym)
            await #expect(throws: RecordsError.self) { try await Backup.restore(restoredDatabase, from: file) }
            await restoredDatabase.close()
        }
    }

    @Test("the demo seed makes users of every role, CAD calls and records", arguments: Backend.available)
    func demoSeed(_ backend: Backend) async throws {
        let system = try await TestSystem.make(backend, withCAD: false, withUsers: false)
        try await system.run { system in
            let seeded = try await DemoSeeder.seed(system.database, seed: 7, scale: 0.002, maxRecords: 60, bcryptCost: 4,
                                                   workDirectory: FileManager.default.temporaryDirectory)
            #expect(Set(seeded.users.map(\.role)) == Set(Role.allCases))
            #expect(seeded.cadImport.incidentsWritten > 500)
            #expect(seeded.recordsCreated > 12)
            let supervisor = Requester(user: User(id: 0, name: "supervisor", role: .supervisor, team: "Team A", program: DemoSeeder.program), address: "test")
            let records = try await system.services.store.records(for: supervisor, limit: 500)
            #expect(records.count == seeded.recordsCreated)
            #expect(try await AuditLog.verify(system.database).isIntact)
        }
    }
}
