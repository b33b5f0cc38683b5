import SQLKit

/// One open database connection: its SQLKit view and how to close it.
struct PooledConnection: Sendable {
    let sql: any SQLDatabase
    let isClosed: @Sendable () -> Bool
    let close: @Sendable () async -> Void
}

/// A small pool that lends each connection to one task at a time, so a transaction owns its connection.
///
/// SQLite gets one connection (SQLite has one writer; a second connection would only wait on its lock), PostgreSQL
/// a few. Callers wait in order when every connection is lent; a closed connection is dropped and replaced.
actor ConnectionPool {
    private let open: @Sendable () async throws -> PooledConnection
    private let limit: Int
    private var idle: [PooledConnection] = []
    private var lent = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private var isShutDown = false

    init(limit: Int, open: @escaping @Sendable () async throws -> PooledConnection) {
        self.limit = max(1, limit)
        self.open = open
    }

    /// Lends a connection; give it back with ``release(_:)``.
    func acquire() async throws -> PooledConnection {
        while true {
            if isShutDown { throw RecordsError.database(reason: "the database is closed") }
            while let connection = idle.popLast() {
                if connection.isClosed() { continue }
                lent += 1
                return connection
            }
            if lent < limit {
                lent += 1
                do {
                    return try await open()
                } catch {
                    lent -= 1
                    wakeOne()
                    throw error
                }
            }
            await withCheckedContinuation { waiters.append($0) }
        }
    }

    /// Takes a connection back (or drops it when it was closed or the pool shut down).
    func release(_ connection: PooledConnection) async {
        lent -= 1
        if isShutDown || connection.isClosed() {
            await connection.close()
        } else {
            idle.append(connection)
        }
        wakeOne()
    }

    private func wakeOne() {
        if !waiters.isEmpty { waiters.removeFirst().resume() }
    }

    /// Closes every idle connection; connections still lent are closed when given back.
    func shutDown() async {
        isShutDown = true
        let closing = idle
        idle = []
        for connection in closing { await connection.close() }
        let waiting = waiters
        waiters = []
        for waiter in waiting { waiter.resume() }
    }
}
