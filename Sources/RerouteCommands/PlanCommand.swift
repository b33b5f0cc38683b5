import ArgumentParser
import Foundation
import CallAnalysis
import ProgramPlan
import ReportPipeline
import CallCatalogue
import Vocabulary

extension PilotObjective: ExpressibleByArgument {}
extension AvailabilityModelKind: ExpressibleByArgument {}
extension TeamRule: ExpressibleByArgument {}

/// `reroute plan`: projected volume, police time, staffing, pilot and budget from a scenario.
///
/// Exit codes: 0 success; 64 bad command-line usage; 65 bad scenario or analysis data;
/// 73 outputs cannot be written.
public struct PlanCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Program plan: volume, police time saved, staffing, pilot and budget, every number traced.",
        discussion: """
            Demand comes from --analysis (the --out folder of `reroute report`, scaled from its period to a \
            year) or, without it, from the scenario's own published figures; then published values are \
            printed next to the computed ones with the difference, and the report's contradictions are flagged.
            Exit codes: 0 success, 64 usage error, 65 bad scenario or analysis data, 73 cannot write outputs.
            Built-in scenarios: \(ScenarioLoader.builtInNames.joined(separator: ", ")) (see docs/scenario-format.md).
            """)

    @Option(name: .long, help: ArgumentHelp("Built-in scenario name or path to a scenario YAML file.", valueName: "name|file"))
    public var scenario: String

    @Option(name: .long, help: ArgumentHelp("Call-type catalogue (built-in name or YAML file) giving the eligibility rates and known call types.", valueName: "name|file"))
    public var catalogue: String = "milwaukee"

    @Option(name: .long, help: ArgumentHelp("Output folder of `reroute report` to take demand from (default: the scenario's published figures).", valueName: "dir"))
    public var analysis: String?

    @Option(name: .long, help: ArgumentHelp("Folder to write every table as CSV and JSON (with parameters and sources).", valueName: "dir"))
    public var out: String?

    @Option(name: .long, help: "Seed of the Monte Carlo generator (same seed, same intervals).")
    public var seed: UInt64 = 1

    @Option(name: .long, help: "Monte Carlo draws.")
    public var draws: Int = 2000

    @Option(name: .long, help: ArgumentHelp("Pilot capacity as a share of the full program, e.g. 0.5 (default: the scenario's pilot.capacity).", valueName: "share"))
    public var capacity: Double?

    @Option(name: .long, help: ArgumentHelp("Share of eligible calls that reach responders, e.g. 0.3 (default: the scenario's projection.capture_rate).", valueName: "share"))
    public var captureRate: Double?

    @Option(name: .long, help: "Pilot objective: most-calls, behavioural-health or police-hours (default: the scenario's).")
    public var objective: PilotObjective?

    @Option(name: .long, help: "Availability model for hiring and budget: report (shifts per week only) or leave (minus vacation, holidays, sick and training days).")
    public var staffingModel: AvailabilityModelKind?

    @Option(name: .long, help: "How a shift's demand becomes teams: nearest or cover (round up).")
    public var teamRule: TeamRule?

    @Option(name: .long, help: ArgumentHelp("Print only this table (repeatable), e.g. fig13-schedules, fig21-budget, published-vs-computed, contradictions; --out still writes all.", valueName: "id"))
    public var table: [String] = []

    @Flag(name: .long, help: "Print the scenario's YAML (e.g. to copy and edit a built-in scenario) and exit.")
    public var printScenario = false

    @Flag(name: .long, help: "Do not print tables on stdout (write --out files only).")
    public var quiet = false

    public init() {}

    public func validate() throws {
        if let capacity, !(capacity > 0 && capacity <= 1) {
            throw ValidationError("--capacity must be above 0 and at most 1 (e.g. 0.5), not \(capacity).")
        }
        if let captureRate, !(captureRate > 0 && captureRate <= 1) {
            throw ValidationError("--capture-rate must be above 0 and at most 1 (e.g. 0.3), not \(captureRate).")
        }
        if draws < 10 || draws > 1_000_000 { throw ValidationError("--draws must be between 10 and 1000000, not \(draws).") }
    }

    public func run() throws {
        if printScenario {
            if ScenarioLoader.builtInNames.contains(scenario) {
                print(try ScenarioLoader.builtInText(scenario), terminator: "")
            } else {
                do { print(try TextFile.read(URL(fileURLWithPath: scenario)), terminator: "") } catch {
                    throw ScenarioError.unreadableFile(file: scenario, reason: error.reason)
                }
            }
            return
        }
        let calls = try CallCatalogue.named(catalogue)
        let loaded = try PlanScenario.load(scenario, catalogue: calls)
            .applying(PlanOptions(capacity: capacity, captureRate: captureRate, objective: objective, staffingModel: staffingModel, teamRule: teamRule))
        let demand = try analysis.map { Demand(analysed: try AnalysisFolder.read(URL(fileURLWithPath: $0))) }
        let report = PlanReport(scenario: loaded, demand: demand, draws: draws, seed: seed)
        let known = report.tables.map(\.id)
        if let unknown = table.first(where: { !known.contains($0) }) {
            throw ScenarioError.invalidRequest(option: "--table", value: unknown, reason: "no such table; tables: \(known.joined(separator: ", "))")
        }
        if !quiet {
            let text = table.isEmpty ? report.text : report.tables.filter { table.contains($0.id) }.map { $0.rendered() }.joined(separator: "\n")
            print(text, terminator: "")
        }
        if let out {
            // Written whole into a staging folder, then moved into place (a failed write leaves --out as it was).
            let folder = try AtomicOutputFolder(URL(fileURLWithPath: out))
            let files: [URL]
            do { files = try report.write(to: folder.staging); try folder.commit() } catch { Terminal.error(folder.untouchedNote); throw error }
            Terminal.error("reroute plan: wrote \(files.count) files to \(out)")
        }
    }
}
