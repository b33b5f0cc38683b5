import ArgumentParser

/// The `reroute` command: its subcommands, one per file in this module.
public struct Reroute: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "reroute",
        abstract: "From a city's calls-for-service export to a community-responder analysis.",
        discussion: """
        Exit codes: 0 success; 1 an input could not be read (missing, empty, binary or non-CSV file, \
        a profile that does not fit, a bad profile file); 64 a usage error; 65 invalid data in a catalogue, scenario, \
        rule or boundary file, or an unreachable staffing target; 73 an output file could not be written.
        """,
        version: "0.1.0",
        subcommands: [ReportCommand.self, PlanCommand.self, StaffCommand.self, SimulateCommand.self, ScreenCommand.self, ProfilesCommand.self, CatalogueCommand.self, GeographyCommand.self, DemoDataCommand.self, W1Command.self,
                      ServeCommand.self,
                      ImportCommand.self,
                      AdminCommand.self]
    )
}
