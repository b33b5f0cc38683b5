import ArgumentParser
import Foundation
import Vocabulary
import Evaluation
import Hummingbird
import RecordsServer
import ResponderRecords

/// Writes a line to stdout at once (unbuffered), so that a wrapper reading the pipe sees it while the server runs.
private func say(_ line: String) {
    StandardStream.output((line + "\n"))
}

/// `reroute serve`: the responder records web application and JSON API.
public struct ServeCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the responder records system: CAD calls merged with responder records by incident number.",
        discussion: """
        Pages for signing in, the CAD call list and search, the record form beside the CAD fields, follow-up lists and CSV \
        export; a JSON API under /api/v1 for tokens from `reroute admin token`. Migrations are applied at start. \
        With --demo it runs on a temporary database seeded with a generated demo year, and prints the demo users' passwords.
        """
    )

    @OptionGroup var databaseOptions: DatabaseOptions

    @Flag(help: "Run on a temporary database seeded with generated CAD calls, responder records and demo users.")
    var demo = false

    @Option(help: "Seed for --demo data.")
    var seed: UInt64 = 2021

    @Option(name: .customLong("demo-scale"), help: "CAD volume of the demo year relative to Milwaukee's 2021 (0.05 ≈ 21,000 calls).")
    var demoScale: Double = 0.05

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(name: .customLong("launch-date"), help: "The program's first day (YYYY-MM-DD), for the impact evaluation (--demo: 2021-07-01).")
    var launchDate: String?

    @Option(name: .customLong("program-districts"), help: "Comma-separated police districts the program serves (--demo: 2,5).")
    var programDistricts: String?

    @Option(name: .customLong("response-target"), help: "Response-time target in minutes for the dashboard.")
    var responseTarget: Double = 20

    @Flag(name: .customLong("insecure-cookies"), help: "Send cookies over plain HTTP to hosts other than localhost (testing only).")
    var insecureCookies = false

    public init() {}

    public func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be 1 to 65535 (got \(port)).") }
        guard demoScale > 0, demoScale <= 1 else { throw ValidationError("--demo-scale must be greater than 0 and at most 1.") }
    }

    public func run() throws {
        let demo = demo, seed = seed, scale = demoScale
        var location = databaseOptions.location
        var workDirectory: URL?
        if demo {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reroute-demo-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            workDirectory = folder
            if case .sqlite = location { location = .sqlite(path: folder.appendingPathComponent("demo.sqlite").path) }
        }
        var evaluation = demo ? DemoSeeder.evaluationSettings
            : EvaluationSettings(programName: "Community responder program", launchDate: "", programDistricts: [], responseTargetMinutes: responseTarget)
        if let launchDate { evaluation.launchDate = launchDate }
        if let programDistricts { evaluation.programDistricts = programDistricts.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        if !demo || responseTarget != 20 { evaluation.responseTargetMinutes = responseTarget }
        let configuration = ServerConfiguration(host: host, port: port, secureCookies: !insecureCookies, evaluation: evaluation)
        let chosen = location, folder = workDirectory
        try RecordsCommandErrors.run {
            let database = try await RecordsDatabase.open(chosen)
            if demo, let workDirectory = folder {
                Terminal.error("demo: generating a demo year (seed \(seed), scale \(scale)) in \(workDirectory.path) …")
                let seeded = try await DemoSeeder.seed(database, seed: seed, scale: scale, workDirectory: workDirectory)
                say("demo database: \(chosen)")
                say("CAD calls: \(seeded.cadImport.incidentsWritten) (rows read \(seeded.cadImport.rowsRead) = accepted \(seeded.cadImport.rowsAccepted) + rejected \(seeded.cadImport.rowsRejected)); responder records: \(seeded.recordsCreated); screening decisions: \(seeded.screeningsCreated)")
                say("demo users (passwords are new each run):")
                for user in seeded.users { say("  \(user.name.padding(toLength: 12, withPad: " ", startingAt: 0)) \(user.role.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)) \(user.password)") }
            }
            say("serving http://\(configuration.host):\(configuration.port)/ (database \(chosen)); Ctrl-C stops")
            let services = try RecordsServices(database: database, configuration: configuration)
            try await buildApplication(services).runService()
            await database.close()
        }
    }
}
