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

/// Runs the records commands' async work; a ``RecordsError`` or ``InputError`` carries its exit status to
/// `Reroute.runMain`.
enum RecordsCommandErrors {
    static func run<T>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        try AsyncBridge.run(body)
    }

    /// The requester for work done from the command line: an administrator named after the login user.
    static var commandLineRequester: Requester {
        let name = ProcessInfo.processInfo.environment["USER"].map { "cli:\($0)" } ?? "cli"
        return Requester(user: User(id: 0, name: name, role: .administrator, team: "-", program: "-"), address: "cli")
    }
}
