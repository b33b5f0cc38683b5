import ArgumentParser
import Foundation
import ResponderRecords
import Vocabulary

/// `reroute admin`: users, API tokens, the audit chain, backup and restore.
public struct AdminCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "Administer the responder records database: users, API tokens, audit log, backup and restore.",
        subcommands: [CreateUserCommand.self, TokenCommand.self, AuditCommand.self, BackupCommand.self, RestoreCommand.self]
    )

    public init() {}
}

/// Opens the database, runs `body`, closes it.
func withRecordsDatabase<T>(_ location: DatabaseLocation, _ body: @escaping @Sendable (RecordsDatabase) async throws -> T) throws -> T {
    try RecordsCommandErrors.run {
        let database = try await RecordsDatabase.open(location)
        do {
            let result = try await body(database)
            await database.close()
            return result
        } catch {
            await database.close()
            throw error
        }
    }
}

/// `reroute admin create-user NAME --role ROLE`: the password is read from standard input (first line).
struct CreateUserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create-user", abstract: "Add a user; the password (at least 10 characters) is read from standard input.")

    @OptionGroup var databaseOptions: DatabaseOptions
    @Argument(help: "The user's sign-in name.") var name: String
    @Option(help: "call-taker, responder, supervisor, evaluator or administrator.") var role: String
    @Option(help: "The responder team (responders see their team's records).") var team = "-"
    @Option(help: "The program (supervisors see their program's records).") var program = "default"

    func validate() throws {
        guard Role(rawValue: role) != nil else {
            throw ValidationError("--role must be one of: \(Role.allCases.map(\.rawValue).joined(separator: ", ")) (got '\(role)').")
        }
    }

    func run() throws {
        guard let role = Role(rawValue: role) else { throw ValidationError("--role must be one of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))") }
        guard let password = readLine(strippingNewline: true), !password.isEmpty else {
            throw ValidationError("give the password on standard input, e.g. `printf '%s\\n' \"$PASSWORD\" | reroute admin create-user \(name) --role \(role.rawValue)`")
        }
        let name = name, team = team, program = program
        let user = try withRecordsDatabase(databaseOptions.location) { database in
            try await Accounts(database: database).createUser(name: name, role: role, team: team, program: program, password: password,
                                                              by: RecordsCommandErrors.commandLineRequester.user.name)
        }
        print("created \(user.name) (\(user.role.rawValue), team \(user.team), program \(user.program))")
    }
}

/// `reroute admin token USER`: a Bearer token for the JSON API, printed once.
struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "token", abstract: "Issue an API token for a user (printed once; stored hashed).")

    @OptionGroup var databaseOptions: DatabaseOptions
    @Argument(help: "The user the token acts as.") var user: String
    @Option(help: "A note on what the token is for.") var label = ""

    func run() throws {
        let user = user, label = label
        let token = try withRecordsDatabase(databaseOptions.location) { database in
            try await Accounts(database: database).issueToken(forUser: user, label: label, by: RecordsCommandErrors.commandLineRequester.user.name)
        }
        print(token)
    }
}

/// `reroute admin audit verify`: checks the audit log's hash chain.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "Check the audit log.", subcommands: [VerifyCommand.self])

    struct VerifyCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify", abstract: "Check the audit log's hash chain; exit 65 and name the first broken entry if it does not hold.")

        @OptionGroup var databaseOptions: DatabaseOptions

        func run() throws {
            let result = try withRecordsDatabase(databaseOptions.location) { database in try await AuditLog.verify(database) }
            if let broken = result.firstBroken {
                print("audit log: BROKEN at entry \(broken.id): \(broken.reason) (\(result.entriesChecked) entries before it verify)")
                throw ExitCode(ExitStatus.dataError.rawValue)
            }
            print("audit log: intact, \(result.entriesChecked) entries verified")
        }
    }
}

/// `reroute admin backup --output FILE`.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Write the whole database to a JSON-lines backup file (readable into SQLite or PostgreSQL).")

    @OptionGroup var databaseOptions: DatabaseOptions
    @Option(help: ArgumentHelp("The backup file to write.", valueName: "file")) var output: String

    func run() throws {
        let url = URL(fileURLWithPath: output)
        let counts = try withRecordsDatabase(databaseOptions.location) { database in try await Backup.write(database, to: url) }
        print("backup \(url.path): \(counts.values.reduce(0, +)) rows (\(counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")))")
    }
}

/// `reroute admin restore --input FILE`: into a new, empty database.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Restore a backup into a new, empty database (the audit chain is kept and verified).")

    @OptionGroup var databaseOptions: DatabaseOptions
    @Option(help: ArgumentHelp("The backup file to read.", valueName: "file")) var input: String

    func run() throws {
        let url = URL(fileURLWithPath: input)
        let (counts, verification) = try withRecordsDatabase(databaseOptions.location) { database in
            (try await Backup.restore(database, from: url), try await AuditLog.verify(database))
        }
        print("restored \(counts.values.reduce(0, +)) rows into \(databaseOptions.location); audit log \(verification.isIntact ? "intact" : "BROKEN"), \(verification.entriesChecked) entries")
        if !verification.isIntact { throw ExitCode(ExitStatus.dataError.rawValue) }
    }
}
