import Foundation
import SQLKit

/// Versioned schema migrations, applied in order at start (``RecordsDatabase/open(_:connections:migrate:)``).
///
/// Migrations are append-only: a released migration never changes; a new schema change is a new entry.
/// `schema_migrations` records each version applied; each migration runs in its own transaction.
public enum Migrations {
    struct Migration: Sendable {
        var version: Int
        var name: String
        var statements: @Sendable (RecordsDatabase.Dialect) -> [String]
    }

    static let all: [Migration] = [
        Migration(version: 1, name: "records, CAD incidents, people, users, audit log") { dialect in
            Schema.version1Tables.flatMap { [$0.createStatement(for: dialect)] + $0.indexes }
        },
        Migration(version: 2, name: "audit log is append-only in the database") { dialect in
            AuditLog.appendOnlyStatements(for: dialect)
        },
        Migration(version: 3, name: "call-takers' screening decisions") { dialect in
            [Schema.screeningDecisions.createStatement(for: dialect)] + Schema.screeningDecisions.indexes
        },
    ]

    /// The newest schema version this build knows.
    public static var latestVersion: Int { all.map(\.version).max() ?? 0 }

    /// Applies every migration the database has not seen yet.
    /// - Returns: the versions applied now.
    @discardableResult
    public static func apply(to database: RecordsDatabase) async throws -> [Int] {
        try await database.withConnection { db in
            try await db.raw("CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)").run()
        }
        var applied: [Int] = []
        for migration in all {
            let done = try await database.transaction { db -> Bool in
                if database.dialect == .postgres {
                    // Two servers starting at once: the second waits here and then sees the version applied.
                    try await db.raw("SELECT pg_advisory_xact_lock(1515)").run()
                }
                let seen = try await db.raw("SELECT version FROM schema_migrations WHERE version = \(bind: migration.version)").all()
                if !seen.isEmpty { return false }
                for statement in migration.statements(database.dialect) {
                    try await db.raw(SQLQueryString(statement)).run()
                }
                try await db.raw("""
                    INSERT INTO schema_migrations (version, name, applied_at) VALUES (\(bind: migration.version), \(bind: migration.name), \(bind: Clock.nowText()))
                    """).run()
                return true
            }
            if done { applied.append(migration.version) }
        }
        return applied
    }
}
