import Foundation
import SQLKit
import Vocabulary

/// A whole database as JSON lines, readable into either SQLite or PostgreSQL (`reroute admin backup` / `restore`).
///
/// The first line is a header with the format version, the schema version and each table's columns; then one line
/// per row: `{"t": table, "r": [values in column order]}`. The audit log is copied verbatim, so its hash chain
/// still verifies after a restore; the restore itself is then audited.
public enum Backup {
    /// The backup format's version.
    public static let formatVersion = 1

    struct Header: Codable {
        var reroute_backup: Int
        var schema_version: Int
        var created_at: String
        var tables: [String: [String]]
    }

    struct Line: Codable {
        var t: String
        var r: [Value]
    }

    /// One cell: integers, reals and text are kept apart so that they come back as they were.
    enum Value: Codable, Equatable {
        case null, int(Int), real(Double), text(String)

        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .null } else if let i = try? c.decode(Int.self) { self = .int(i) } else if let d = try? c.decode(Double.self) {
                self = .real(d)
            } else { self = .text(try c.decode(String.self)) }
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .null: try c.encodeNil()
            case .int(let i): try c.encode(i)
            case .real(let d): try c.encode(d)
            case .text(let s): try c.encode(s)
            }
        }

        var bindable: any Encodable & Sendable {
            switch self {
            case .null: return String?.none
            case .int(let i): return i
            case .real(let d): return d
            case .text(let s): return s
            }
        }
    }

    /// Writes every table to `url`.
    /// - Returns: rows written per table.
    @discardableResult
    public static func write(_ database: RecordsDatabase, to url: URL) async throws -> [String: Int] {
        guard FileManager.default.createFile(atPath: url.path, contents: nil), let handle = FileHandle(forWritingAtPath: url.path) else {
            throw RecordsError.badBackup(reason: "cannot write \(url.path)")
        }
        defer { try? handle.close() }
        // A full disk or a closed file is an error naming the file, never a trap.
        func append(_ data: Data) throws(RecordsError) {
            do { try OutputFile.append(data, to: handle, path: url.path) } catch {
                throw RecordsError.badBackup(reason: "cannot write \(url.path): \(error.reason)")
            }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let header = Header(reroute_backup: formatVersion, schema_version: Migrations.latestVersion, created_at: Clock.nowText(),
                            tables: Dictionary(uniqueKeysWithValues: Schema.tables.map { ($0.name, $0.columnNames) }))
        try append(try encoder.encode(header) + Data("\n".utf8))
        var counts: [String: Int] = [:]
        for table in Schema.tables {
            var lastID = 0
            while true {
                let rows = try await database.withConnection { db in
                    try await db.raw("SELECT * FROM \(ident: table.name) WHERE id > \(bind: lastID) ORDER BY id LIMIT 5000").all()
                }
                if rows.isEmpty { break }
                var chunk = Data()
                for row in rows {
                    let values = try table.columns.map { column -> Value in
                        switch column.kind {
                        case .id, .integer: return try row.int(column.name).map(Value.int) ?? .null
                        case .real: return try row.double(column.name).map(Value.real) ?? .null
                        case .text: return try row.text(column.name).map(Value.text) ?? .null
                        }
                    }
                    chunk += try encoder.encode(Line(t: table.name, r: values)) + Data("\n".utf8)
                    lastID = try row.decode(column: "id", as: Int.self)
                }
                try append(chunk)
                counts[table.name, default: 0] += rows.count
            }
        }
        return counts
    }

    /// Reads a backup into an empty database (one just created and migrated), in one transaction.
    /// - Throws: ``RecordsError/badBackup(reason:)`` when the file is not a backup, was made by a newer schema, or the
    ///   database already holds users or records.
    @discardableResult
    public static func restore(_ database: RecordsDatabase, from url: URL, by actor: String = "cli") async throws -> [String: Int] {
        guard let data = FileManager.default.contents(atPath: url.path) else { throw RecordsError.badBackup(reason: "cannot read \(url.path)") }
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)[...]
        let decoder = JSONDecoder()
        guard let first = lines.popFirst(), let header = try? decoder.decode(Header.self, from: Data(first)), header.reroute_backup == formatVersion else {
            throw RecordsError.badBackup(reason: "\(url.path) is not a Reroute backup (format \(formatVersion))")
        }
        guard header.schema_version <= Migrations.latestVersion else {
            throw RecordsError.badBackup(reason: "made by a newer Reroute (schema \(header.schema_version)); this one knows \(Migrations.latestVersion)")
        }
        let tables = Dictionary(uniqueKeysWithValues: Schema.tables.map { ($0.name, $0) })
        let dialect = database.dialect
        return try await database.transaction { db in
            for name in ["users", "responder_records", "cad_incidents", "audit_log"] {
                if try await db.raw("SELECT COUNT(*) AS n FROM \(ident: name)").first()?.int("n") ?? 0 > 0 {
                    throw RecordsError.badBackup(reason: "the target database is not empty (\(name) has rows); restore into a new database")
                }
            }
            var counts: [String: Int] = [:]
            var lineNumber = 1
            for raw in lines {
                lineNumber += 1
                guard let line = try? decoder.decode(Line.self, from: Data(raw)), let table = tables[line.t],
                      let columns = header.tables[line.t], columns.count == line.r.count else {
                    throw RecordsError.badBackup(reason: "line \(lineNumber) of \(url.path) is not a row of a known table")
                }
                try await db.raw("""
                    INSERT INTO \(ident: table.name) (\(idents: columns, joinedBy: ", ")) VALUES (\(binds: line.r.map(\.bindable)))
                    """).run()
                counts[table.name, default: 0] += 1
            }
            if dialect == .postgres {
                for table in Schema.tables {
                    try await db.raw("""
                        SELECT setval(pg_get_serial_sequence(\(bind: table.name), 'id'), COALESCE((SELECT MAX(id) FROM \(ident: table.name)), 0) + 1, false)
                        """).run()
                }
            }
            try await AuditLog.append(db, dialect: dialect, userName: actor, role: "administrator", address: "cli", action: "restore",
                                      entity: "database", entityID: "*", detail: "\(counts.values.reduce(0, +)) rows from \(url.lastPathComponent)")
            return counts
        }
    }
}
