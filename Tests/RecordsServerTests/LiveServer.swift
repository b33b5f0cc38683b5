import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import RerouteTestSupport
import ResponderRecords

/// A `reroute serve` process on loopback, for the kill-and-restart and load tests.
final class LiveServer {
    let process = Process()
    let port: Int
    let output: URL

    /// Starts `reroute serve` on a free loopback port and waits until `/healthz` answers.
    init(database: String, in folder: URL) async throws {
        port = Int.random(in: 20_000...60_000)
        output = folder.appendingPathComponent("serve-\(port).log")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        process.executableURL = TestPaths.rerouteBinary
        process.arguments = ["serve", "--database", database, "--port", String(port)]
        process.currentDirectoryURL = folder
        let log = try FileHandle(forWritingTo: output)
        process.standardOutput = log
        process.standardError = log
        try process.run()
        // Up to a minute: on a loaded two-core machine (the whole suite in parallel) a restart after SIGKILL was
        // seen serving but not yet answering after 15 s (seventh session).
        for _ in 0..<600 {
            if let (_, response) = try? await LiveClient.session.data(from: URL(string: "http://127.0.0.1:\(port)/healthz")!),
               (response as? HTTPURLResponse)?.statusCode == 200 { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        process.terminate()
        throw RecordsError.cannotOpenDatabase(location: database, reason: "the server did not answer on port \(port): "
            + ((try? String(contentsOf: output, encoding: .utf8)) ?? ""))
    }

    /// SIGKILL: no shutdown, no flushing; what was acknowledged must already be on disk.
    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// SIGTERM and wait (graceful shutdown).
    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}

/// A minimal JSON API client over URLSession (loopback only).
enum LiveClient {
    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 64
        configuration.timeoutIntervalForRequest = 30
        return URLSession(configuration: configuration)
    }()

    /// POSTs a record; returns its id when the server acknowledged it (201), and the latency in seconds.
    static func createRecord(port: Int, token: String, narrative: String) async -> (id: Int?, seconds: Double) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/api/v1/records")!)
        request.httpMethod = "POST"
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(#"{"origin": "direct line", "outcome": "resolved on scene", "narrative": "\#(narrative)"}"#.utf8)
        let start = Date()
        guard let (data, response) = try? await session.data(for: request), (response as? HTTPURLResponse)?.statusCode == 201,
              let record = try? JSONDecoder().decode(ResponderRecord.self, from: data) else { return (nil, Date().timeIntervalSince(start)) }
        return (record.id, Date().timeIntervalSince(start))
    }

    static func record(port: Int, token: String, id: Int) async throws -> ResponderRecord? {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/api/v1/records/\(id)")!)
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        let (data, response) = try await session.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else { return nil }
        return try JSONDecoder().decode(ResponderRecord.self, from: data)
    }
}

/// Prepares a SQLite database with a responder and their API token through the command line.
func prepareLiveDatabase(in folder: URL) throws -> (database: String, token: String) {
    let database = folder.appendingPathComponent("live.sqlite").path
    try createUser("writer", role: "responder", team: "Team A", program: "Load", password: "a long enough password", database: database)
    let token = try runReroute(["admin", "token", "writer", "--database", database])
    guard token.status == 0 else {
        throw RecordsError.database(reason: "could not prepare the live database: \(token.stderr)")
    }
    return (database, token.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
}

/// `reroute admin create-user`, the password on standard input.
func createUser(_ name: String, role: String, team: String, program: String, password: String, database: String) throws {
    let create = Process()
    create.executableURL = TestPaths.rerouteBinary
    create.arguments = ["admin", "create-user", name, "--role", role, "--team", team, "--program", program, "--database", database]
    let input = Pipe()
    create.standardInput = input
    create.standardOutput = FileHandle.nullDevice
    try create.run()
    input.fileHandleForWriting.write(Data((password + "\n").utf8))
    try input.fileHandleForWriting.close()
    create.waitUntilExit()
    guard create.terminationStatus == 0 else { throw RecordsError.database(reason: "create-user \(name) exited \(create.terminationStatus)") }
}
