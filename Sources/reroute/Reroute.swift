import ArgumentParser

@main
struct Reroute: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reroute",
        abstract: "From a city's calls-for-service export to a community-responder analysis.",
        discussion: """
        Exit codes: 0 success; 1 an input could not be read (missing, empty, binary or non-CSV file, \
        a profile that does not fit, a bad profile file); 64 a usage error; 65 an invalid catalogue file.
        """,
        version: "0.1.0",
        subcommands: [ReportCommand.self, ProfilesCommand.self, CatalogueCommand.self, W1Command.self]
    )
}
