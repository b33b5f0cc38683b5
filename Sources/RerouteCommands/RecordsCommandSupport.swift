import Vocabulary
import ArgumentParser
import CallRecords
import Foundation
import ResponderRecords

/// The `--database` option of `serve`, `import` and `admin`.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A SQLite file, or postgres://user:password@host:port/database (PostgreSQL 15+).", valueName: "path|url"))
    var database: String = "reroute.sqlite"

    var location: DatabaseLocation { DatabaseLocation(database) }
}

/// Turns records errors into one line on stderr and an exit code from the documented list.
enum RecordsCommandErrors {
    static func run<T>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        do {
            return try AsyncBridge.run(body)
        } catch let error as RecordsError {
            Terminal.error("error: \(error)")
            switch error {
            case .cannotOpenDatabase, .notFound, .database: throw ExitCode(1)
            case .invalidField, .alreadyExists, .forbidden, .unauthorized, .staleVersion, .tooManyAttempts: throw ExitCode(64)
            case .auditChainBroken, .badBackup: throw ExitCode(65)
            }
        } catch let error as InputError {
            Terminal.error("error: \(error)")
            throw ExitCode(1)
        }
    }

    /// The requester for work done from the command line: an administrator named after the login user.
    static var commandLineRequester: Requester {
        let name = ProcessInfo.processInfo.environment["USER"].map { "cli:\($0)" } ?? "cli"
        return Requester(user: User(id: 0, name: name, role: .administrator, team: "-", program: "-"), address: "cli")
    }
}
