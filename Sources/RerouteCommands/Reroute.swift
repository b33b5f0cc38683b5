import ArgumentParser
import Foundation
import Vocabulary

/// The `reroute` command: its subcommands, one per file in this module.
public struct Reroute: ParsableCommand {
    public init() {}

    public static let configuration = CommandConfiguration(
        commandName: "reroute",
        abstract: "From a city's calls-for-service export to a community-responder analysis.",
        discussion: ExitStatus.helpText,
        version: "0.1.0",
        subcommands: [ReportCommand.self, CompareCommand.self, PlanCommand.self, StaffCommand.self, SimulateCommand.self, ScreenCommand.self, ProfilesCommand.self, CatalogueCommand.self, GeographyCommand.self, DemoDataCommand.self, W1Command.self,
                      ServeCommand.self,
                      ImportCommand.self,
                      AdminCommand.self]
    )

    /// Parses the command line, runs the command and ends the process: the one place where an error becomes an
    /// exit status. A ``RerouteError`` exits with the status it carries after one `error:` line on standard error;
    /// ArgumentParser's own errors (help, usage: 64) and `ExitCode`s exit as ArgumentParser decides.
    public static func runMain(_ arguments: [String]? = nil) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            // What went to standard output must have arrived: `> /dev/full` or a closed pipe is exit 73, not 0.
            // A write that failed earlier (output longer than the buffer) leaves the stream's error flag set.
            if fflush(nil) != 0 || Terminal.standardOutputFailed {
                Terminal.error("error: cannot write to standard output: \(String(cString: strerror(errno)))")
                Foundation.exit(ExitStatus.cannotWrite.rawValue)
            }
            Foundation.exit(ExitStatus.success.rawValue)
        } catch let error as any RerouteError {
            Terminal.error("error: \(error)")
            Foundation.exit(error.exitStatus.rawValue)
        } catch {
            exit(withError: error)
        }
    }
}
