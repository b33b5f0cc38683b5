import ArgumentParser
import Foundation
import ResponderRecords

/// `reroute import`: loads CAD exports into the records database, idempotently by incident number.
public struct ImportCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import CAD exports into the responder records database (re-importing updates, never duplicates).",
        discussion: """
        Reads the files through the same profiles as `report` (any city's export), upserts each incident by its number, and \
        records the import's provenance (files with their SHA-256, profile, counts). Prints rows read = accepted + rejected \
        (+ excluded by the profile's row filter), and how many incidents were new or updated.
        """
    )

    @OptionGroup var databaseOptions: DatabaseOptions

    @Argument(help: "CSV files of CAD calls.")
    var files: [String]

    @Option(help: "Built-in profile name or a profile YAML file. Detected from the header when omitted.")
    var profile: String?

    @Option(help: ArgumentHelp("Write the rows that could not be read to this CSV.", valueName: "file"))
    var rejects: String?

    public init() {}

    public func run() throws {
        let location = databaseOptions.location, files = files, profile = profile
        let rejectsURL = rejects.map { URL(fileURLWithPath: $0) }
        let summary = try RecordsCommandErrors.run {
            let database = try await RecordsDatabase.open(location)
            do {
                let summary = try await CADImporter(database: database).importFiles(files, profile: profile, rejectsTo: rejectsURL,
                                                                                    by: RecordsCommandErrors.commandLineRequester)
                await database.close()
                return summary
            } catch {
                await database.close()
                throw error
            }
        }
        print("import \(summary.importID) into \(location) (profile \(summary.profile))")
        var line = "rows read \(summary.rowsRead) = accepted \(summary.rowsAccepted) + rejected \(summary.rowsRejected)"
        if summary.rowsExcluded > 0 { line += " + excluded \(summary.rowsExcluded)" }
        print(line)
        print("incidents: \(summary.incidentsNew) new, \(summary.incidentsUpdated) updated")
    }
}
