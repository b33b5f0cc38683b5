import Foundation
import ResponderRecords
import SQLKit
import Testing

@Suite("The audit log")
struct AuditTests {
    @Test("reads, changes and exports are logged with who, what and from where", arguments: Backend.available)
    func logsAccess(_ backend: Backend) async throws {
        let system = try await TestSystem.make(backend)
        try await system.run { system in
            let store = system.services.store
            var draft = RecordDraft()
            draft.incidentNumber = "9000001"
            let record = try await store.createRecord(draft, for: system.requester("responder-a"))
            _ = try await store.record(record.id, for: system.requester("evaluator"))
            _ = try await store.exportCSV(for: system.requester("supervisor-a"))
            await #expect(throws: RecordsError.self) { _ = try await store.record(record.id, for: system.requester("responder-b")) }
            let entries = try await AuditLog.recent(system.database, limit: 10).reversed().map { "\($0.userName) \($0.action) \($0.entity) \($0.entityID)" }
            #expect(entries.suffix(4) == [
                "responder-a create responder_record \(record.id)", "evaluator read responder_record \(record.id)",
                "supervisor-a export responder_record *", "responder-b read-refused responder_record \(record.id)",
            ])
            #expect(try await AuditLog.recent(system.database, limit: 1).first?.address == "test")
        }
    }

    @Test("the database refuses UPDATE and DELETE of audit rows", arguments: Backend.available)
    func appendOnly(_ backend: Backend) async throws {
        let system = try await TestSystem.make(backend)
        try await system.run { system in
            await #expect(throws: (any Error).self) {
                try await system.database.withConnection { db in try await db.raw("UPDATE audit_log SET user_name = 'nobody' WHERE id = 1").run() }
            }
            await #expect(throws: (any Error).self) {
                try await system.database.withConnection { db in try await db.raw("DELETE FROM audit_log WHERE id = 1").run() }
            }
            if backend == .postgres {
                await #expect(throws: (any Error).self) {
                    try await system.database.withConnection { db in try await db.raw("TRUNCATE audit_log").run() }
                }
            }
            let verification = try await AuditLog.verify(system.database)
            #expect(verification.isIntact)
            #expect(verification.entriesChecked > 5)
        }
    }

    @Test("verify names the first entry changed behind the triggers' back", arguments: Backend.available)
    func tamperingIsDetected(_ backend: Backend) async throws {
        let system = try await TestSystem.make(backend)
        try await system.run { system in
            // Someone with the database owner's rights drops the guard and rewrites entry 3.
            try await system.database.withConnection { db in
                if backend == .sqlite {
                    try await db.raw("DROP TRIGGER audit_log_no_update").run()
                } else {
                    try await db.raw("DROP TRIGGER audit_log_no_change ON audit_log").run()
                }
                try await db.raw("UPDATE audit_log SET detail = 'nothing to see' WHERE id = 3").run()
            }
            let verification = try await AuditLog.verify(system.database)
            #expect(verification.firstBroken?.id == 3)
            #expect(verification.entriesChecked == 2)
        }
    }
}
