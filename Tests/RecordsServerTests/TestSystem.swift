import Foundation
import Hummingbird
import HummingbirdTesting
import RecordsServer
import ResponderRecords
import RerouteTestSupport
import SQLKit
import Testing

/// The databases the suite runs on: SQLite always, PostgreSQL when `REROUTE_TEST_POSTGRES_URL` is set.
enum Backend: String, CustomStringConvertible, Sendable {
    case sqlite, postgres

    var description: String { rawValue }

    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["REROUTE_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static var available: [Backend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }
}

/// A fresh database (a temporary SQLite file, or a schema of its own on PostgreSQL) with users of every role and a
/// small CAD import, and the server's services over it.
struct TestSystem: Sendable {
    static let password = "correct horse battery"
    static let program = "North program"

    let backend: Backend
    let database: RecordsDatabase
    let services: RecordsServices
    private let schema: String?

    /// Users: responder-a and supervisor-a (Team A), responder-b (Team B) of the North program; supervisor-south of
    /// another program; evaluator; call-taker; admin.
    static let users: [(String, Role, String, String)] = [
        ("responder-a", .responder, "Team A", program), ("responder-b", .responder, "Team B", program),
        ("supervisor-a", .supervisor, "Team A", program), ("supervisor-south", .supervisor, "Team S", "South program"),
        ("evaluator", .evaluator, "-", program), ("call-taker", .callTaker, "-", program), ("admin", .administrator, "-", program),
    ]

    /// Six Milwaukee-format rows: two responder-type calls, two police calls, one officer-initiated, one malformed.
    static let cadCSV = """
        id,time,location,latitude,longitude,district,nature,status
        9000001,2018-05-01 10:10:28,"5237 N 35TH ST,MKE",43.1127987,-87.9567414,4,TRBL W/SUBJ,Service in Progress
        9000002,2018-05-01 11:18:31,"5262 N 38TH ST,MKE",43.1133303,-87.9597934,4,WELFARE CITIZEN,Advised
        9000003,2018-05-01 12:10:24,"3017-A N 28TH ST,MKE",43.0737821,-87.9487937,5,BATTERY,Unable to Locate Complainant
        9000004,2018-05-01 13:18:46,"2483 W HADLEY ST,MKE",43.0695391,-87.9446813,5,SUBJ WANTED,To be Filed
        9000005,not a time,"1 W WELLS ST,MKE",43.04,-87.91,1,TRBL W/SUBJ,Advised

        """

    static func make(_ backend: Backend, withCAD: Bool = true, withUsers: Bool = true) async throws -> TestSystem {
        var schema: String?
        let location: DatabaseLocation
        switch backend {
        case .sqlite:
            location = .sqlite(path: TestPaths.temporaryDirectory("records").appendingPathComponent("test.sqlite").path)
        case .postgres:
            guard let url = Backend.postgresURL else { throw RecordsError.cannotOpenDatabase(location: "postgres", reason: "REROUTE_TEST_POSTGRES_URL is not set") }
            let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
            let admin = try await RecordsDatabase.open(.postgres(url: url), connections: 1, migrate: false)
            try await admin.withConnection { db in try await db.raw("CREATE SCHEMA \(ident: String(name))").run() }
            await admin.close()
            schema = String(name)
            location = .postgres(url: url, searchPath: String(name))
        }
        let database = try await RecordsDatabase.open(location, connections: 2)
        let services = try RecordsServices(database: database, configuration: ServerConfiguration(signInAttempts: 3), bcryptCost: 4)
        let system = TestSystem(backend: backend, database: database, services: services, schema: schema)
        do {
            for (name, role, team, program) in withUsers ? users : [] {
                try await services.accounts.createUser(name: name, role: role, team: team, program: program, password: password, by: "test")
            }
            if withCAD { _ = try await system.importCAD() }
        } catch {
            await system.close()
            throw error
        }
        return system
    }

    @discardableResult
    func importCAD(_ text: String = TestSystem.cadCSV) async throws -> CADImportSummary {
        let file = TestPaths.writeTemporary(text, name: "cad.csv")
        return try await CADImporter(database: database).importFiles([file], by: requester("admin"))
    }

    func user(_ name: String) -> User {
        let spec = Self.users.first { $0.0 == name } ?? Self.users[0]
        return User(id: 0, name: spec.0, role: spec.1, team: spec.2, program: spec.3)
    }

    func requester(_ name: String) -> Requester { Requester(user: user(name), address: "test") }

    /// Runs a block against the router (no sockets) and cleans up afterwards.
    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let app = Application(router: buildRouter(services))
        do {
            try await app.test(.router, body)
        } catch {
            await close()
            throw error
        }
        await close()
    }

    func close() async {
        await database.close()
        if let schema, let url = Backend.postgresURL, let admin = try? await RecordsDatabase.open(.postgres(url: url), connections: 1, migrate: false) {
            try? await admin.withConnection { db in try await db.raw("DROP SCHEMA \(ident: schema) CASCADE").run() }
            await admin.close()
        }
    }

    /// Runs a store-level block and cleans up.
    func run(_ body: (TestSystem) async throws -> Void) async throws {
        do { try await body(self) } catch { await close(); throw error }
        await close()
    }
}
