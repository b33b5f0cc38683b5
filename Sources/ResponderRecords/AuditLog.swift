import Crypto
import Foundation
import SQLKit

/// One entry of the audit log: who did what to which person-level data, when and from where.
public struct AuditEntry: Sendable, Codable, Equatable {
    public var id: Int
    public var at: String
    public var userName: String
    public var role: String
    public var address: String
    /// `read`, `list`, `search`, `create`, `update`, `export`, `import`, `sign-in`, `sign-in-refused`, …
    public var action: String
    /// `responder_record`, `cad_incident`, `export`, `user`, `session`, …
    public var entity: String
    public var entityID: String
    public var detail: String
    public var previousHash: String
    public var hash: String

    /// The SHA-256 (hex) of the entry's fields and the previous entry's hash: the link of the chain.
    public static func chainHash(previousHash: String, id: Int, at: String, userName: String, role: String, address: String,
                                 action: String, entity: String, entityID: String, detail: String) -> String {
        let fields = [previousHash, String(id), at, userName, role, address, action, entity, entityID, detail]
        // Each field is length-prefixed so that no two different entries serialise alike.
        let text = fields.map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
        return SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Whether the stored hash matches the entry's fields.
    public var hashMatchesFields: Bool {
        hash == Self.chainHash(previousHash: previousHash, id: id, at: at, userName: userName, role: role, address: address,
                               action: action, entity: entity, entityID: entityID, detail: detail)
    }
}

/// The append-only, hash-chained audit log of every read, change and export of person-level data.
///
/// The database refuses UPDATE and DELETE on `audit_log` (SQLite triggers, PostgreSQL trigger functions, migration 2),
/// so no role can edit history through SQL; and each entry carries the SHA-256 of its fields and of the previous
/// entry, so an edit made around the triggers (by someone who drops them, or edits the file) shows in ``verify(_:)``.
public enum AuditLog {
    /// The hash before the first entry.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The statements of migration 2: refuse UPDATE and DELETE (and TRUNCATE on PostgreSQL) of audit rows.
    static func appendOnlyStatements(for dialect: RecordsDatabase.Dialect) -> [String] {
        switch dialect {
        case .sqlite:
            return [
                "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused'); END",
                "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused'); END",
            ]
        case .postgres:
            return [
                """
                CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP; END
                $$
                """,
                "CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()",
                "CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()",
            ]
        }
    }

    /// Appends one entry, chained to the last. Call inside the transaction of the access it records, so that
    /// the access and its entry are kept or lost together.
    static func append(_ db: any SQLDatabase, dialect: RecordsDatabase.Dialect, by requester: Requester,
                       action: String, entity: String, entityID: String, detail: String = "") async throws {
        try await append(db, dialect: dialect, userName: requester.user.name, role: requester.user.role.rawValue,
                         address: requester.address, action: action, entity: entity, entityID: entityID, detail: detail)
    }

    static func append(_ db: any SQLDatabase, dialect: RecordsDatabase.Dialect, userName: String, role: String, address: String,
                       action: String, entity: String, entityID: String, detail: String) async throws {
        if dialect == .postgres {
            // Entries are chained one after another: concurrent transactions take turns here until they commit.
            try await db.raw("SELECT pg_advisory_xact_lock(1516)").run()
        }
        let last = try await db.raw("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").first()
        let previousID = try last?.decode(column: "id", as: Int.self) ?? 0
        let previousHash = try last?.decode(column: "hash", as: String.self) ?? genesisHash
        let id = previousID + 1
        let at = Clock.nowText()
        let hash = AuditEntry.chainHash(previousHash: previousHash, id: id, at: at, userName: userName, role: role, address: address,
                                        action: action, entity: entity, entityID: entityID, detail: detail)
        try await db.raw("""
            INSERT INTO audit_log (id, at, user_name, role, address, action, entity, entity_id, detail, prev_hash, hash)
            VALUES (\(bind: id), \(bind: at), \(bind: userName), \(bind: role), \(bind: address), \(bind: action), \(bind: entity),
                    \(bind: entityID), \(bind: detail), \(bind: previousHash), \(bind: hash))
            """).run()
    }

    static func entry(from row: any SQLRow) throws -> AuditEntry {
        AuditEntry(id: try row.decode(column: "id", as: Int.self), at: try row.decode(column: "at", as: String.self),
                   userName: try row.decode(column: "user_name", as: String.self), role: try row.decode(column: "role", as: String.self),
                   address: try row.decode(column: "address", as: String.self), action: try row.decode(column: "action", as: String.self),
                   entity: try row.decode(column: "entity", as: String.self), entityID: try row.decode(column: "entity_id", as: String.self),
                   detail: try row.decode(column: "detail", as: String.self), previousHash: try row.decode(column: "prev_hash", as: String.self),
                   hash: try row.decode(column: "hash", as: String.self))
    }
}

/// What ``AuditLog/verify(_:)`` found.
public struct AuditVerification: Sendable, Equatable {
    /// Entries checked.
    public var entriesChecked: Int
    /// The first entry that does not verify, and why; nil when the whole chain holds.
    public var firstBroken: (id: Int, reason: String)?

    public var isIntact: Bool { firstBroken == nil }

    public static func == (a: Self, b: Self) -> Bool {
        a.entriesChecked == b.entriesChecked && a.firstBroken?.id == b.firstBroken?.id && a.firstBroken?.reason == b.firstBroken?.reason
    }
}

extension AuditLog {
    /// Walks the chain from the first entry and reports the first entry whose hash, link or number is wrong.
    /// - Complexity: O(n) in entries, read in pages of 2,000.
    public static func verify(_ database: RecordsDatabase) async throws -> AuditVerification {
        var previousHash = genesisHash
        var expectedID = 1
        var checked = 0
        while true {
            let page = try await database.withConnection { db in
                try await db.raw("SELECT * FROM audit_log WHERE id >= \(bind: expectedID) ORDER BY id LIMIT 2000").all().map(entry(from:))
            }
            if page.isEmpty { break }
            for entry in page {
                if entry.id != expectedID {
                    return AuditVerification(entriesChecked: checked, firstBroken: (expectedID, "entry \(expectedID) is missing (next is \(entry.id))"))
                }
                if entry.previousHash != previousHash {
                    return AuditVerification(entriesChecked: checked, firstBroken: (entry.id, "its link does not match the hash of entry \(entry.id - 1)"))
                }
                if !entry.hashMatchesFields {
                    return AuditVerification(entriesChecked: checked, firstBroken: (entry.id, "its fields were changed after it was written (hash mismatch)"))
                }
                previousHash = entry.hash
                expectedID += 1
                checked += 1
            }
        }
        return AuditVerification(entriesChecked: checked, firstBroken: nil)
    }

    /// The most recent entries, newest first (for the administrator's audit page).
    public static func recent(_ database: RecordsDatabase, limit: Int = 100) async throws -> [AuditEntry] {
        try await database.withConnection { db in
            try await db.raw("SELECT * FROM audit_log ORDER BY id DESC LIMIT \(bind: limit)").all().map(entry(from:))
        }
    }
}
