import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresKit
import SQLiteKit
import SQLKit

/// An open records database, SQLite or PostgreSQL, behind one SQLKit interface.
///
/// Every query in this module is written once with SQLKit's bound parameters (`\(bind: value)`), which SQLKit
/// renders as `?` for SQLite and `$1…` for PostgreSQL. Writes go through ``transaction(_:)``: the connection is
/// held by the transaction, and a thrown error rolls everything back.
public final class RecordsDatabase: Sendable {
    /// Which database engine is behind this handle (for the few statements that differ, such as DDL).
    public enum Dialect: String, Sendable { case sqlite, postgres }

    public let location: DatabaseLocation
    public let dialect: Dialect
    private let pool: ConnectionPool

    private init(location: DatabaseLocation, dialect: Dialect, pool: ConnectionPool) {
        self.location = location
        self.dialect = dialect
        self.pool = pool
    }

    /// Opens the database and applies any pending migrations (``Migrations``).
    /// - Parameter connections: the most PostgreSQL connections to hold (SQLite always uses one).
    /// - Throws: ``RecordsError/cannotOpenDatabase(location:reason:)`` when it cannot be reached.
    public static func open(_ location: DatabaseLocation, connections: Int = 4, migrate: Bool = true) async throws -> RecordsDatabase {
        let logger = {
            var logger = Logger(label: "reroute.database")
            logger.logLevel = .warning
            return logger
        }()
        let database: RecordsDatabase
        switch location {
        case .sqlite(let path):
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
                throw RecordsError.cannotOpenDatabase(location: path, reason: "the folder \(directory) does not exist")
            }
            let pool = ConnectionPool(limit: 1) {
                let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: logger)
                let sql = connection.sql(queryLogLevel: nil)
                // WAL keeps readers off the writer's lock; FULL makes every commit durable before it is acknowledged.
                for pragma in ["PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 15000"] {
                    try await sql.raw(SQLQueryString(pragma)).run()
                }
                return PooledConnection(sql: sql, isClosed: { connection.isClosed }, close: { try? await connection.close() })
            }
            database = RecordsDatabase(location: location, dialect: .sqlite, pool: pool)
        case .postgres(let url, let schema):
            var configuration: SQLPostgresConfiguration
            do {
                configuration = try SQLPostgresConfiguration(url: url)
            } catch {
                throw RecordsError.cannotOpenDatabase(location: location.description, reason: "not a PostgreSQL URL (postgres://user:password@host:port/database)")
            }
            if let schema { configuration.searchPath = [schema] }
            let core = configuration.coreConfiguration
            let searchPath = configuration.searchPath
            let pool = ConnectionPool(limit: connections) {
                let connection = try await PostgresConnection.connect(configuration: core, id: 1, logger: logger)
                let sql = connection.sql(queryLogLevel: nil)
                if let searchPath {
                    try await sql.raw("SET search_path TO \(idents: searchPath, joinedBy: ",")").run()
                }
                return PooledConnection(sql: sql, isClosed: { connection.isClosed }, close: { try? await connection.close() })
            }
            database = RecordsDatabase(location: location, dialect: .postgres, pool: pool)
        }
        do {
            try await database.withConnection { db in _ = try await db.raw("SELECT 1 AS one").all() }
        } catch let error as RecordsError {
            throw error
        } catch {
            await database.close()
            throw RecordsError.cannotOpenDatabase(location: location.description, reason: String(describing: error))
        }
        if migrate { try await Migrations.apply(to: database) }
        return database
    }

    /// Runs `body` with a connection of its own (reads that need no transaction).
    public func withConnection<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        let connection = try await pool.acquire()
        do {
            let result = try await body(connection.sql)
            await pool.release(connection)
            return result
        } catch {
            await pool.release(connection)
            throw Self.translate(error)
        }
    }

    /// Runs `body` in one transaction: all of its writes are kept, or none.
    ///
    /// On SQLite the transaction starts `IMMEDIATE` (it takes the write lock at once, so two writers never
    /// deadlock on an upgrade).
    public func transaction<T: Sendable>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        try await withConnection { db in
            try await db.raw(SQLQueryString(dialect == .sqlite ? "BEGIN IMMEDIATE" : "BEGIN")).run()
            do {
                let result = try await body(db)
                try await db.raw("COMMIT").run()
                return result
            } catch {
                try? await db.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// Closes every connection.
    public func close() async {
        await pool.shutDown()
    }

    /// Database driver errors become ``RecordsError/database(reason:)``; the module's own errors pass through.
    static func translate(_ error: any Error) -> any Error {
        if error is RecordsError { return error }
        if let psql = error as? PSQLError {
            let message = psql.serverInfo?[.message] ?? String(describing: psql.code)
            return RecordsError.database(reason: message)
        }
        return RecordsError.database(reason: String(describing: error))
    }
}
