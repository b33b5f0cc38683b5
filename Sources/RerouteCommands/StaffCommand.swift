import ArgumentParser
import Foundation
import Staffing
import Vocabulary

/// `reroute staff`: requirement per hour, optimal schedules, roster, people to hire, and the report's schedules compared.
public struct StaffCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "Teams needed per hour (Erlang C), the optimal 24- and 168-hour schedules, a 5-on/2-off roster and people to hire.",
        discussion: "Compares the optimised week with the report's Schedule 1 and Schedule 2 (Figure 13, 28 teams) by simulation. Exit codes: 0 success, 64 usage error (an option out of range), 65 bad input data or an unreachable target, 73 an output could not be written.")

    @OptionGroup var options: StaffingInputOptions

    @Option(help: ArgumentHelp("Only optimise the shifts for the teams_required column of this CSV (24 or 168 rows) and print the result as JSON (for checking the optimiser).", visibility: .hidden))
    var requirementsFile: String?

    public init() {}

    public func run() throws {
        do {
            if let requirementsFile {
                let requirements = try ShiftOptimizer.readRequirements(URL(fileURLWithPath: requirementsFile))
                let optimizer = try ShiftOptimizer(period: requirements.count, shiftLengths: options.shiftLengths.hours, costBasis: options.cost)
                let (plan, seconds) = try measureSeconds { try optimizer.optimise(requirements: requirements) }
                print("{\"cost\": \(plan.cost), \"lp_bound\": \(plan.lowerBound), \"nodes\": \(plan.nodes), \"seconds\": \(seconds)}")
                return
            }
            let study = try StaffingStudy.run(demand: options.demand(), service: options.service(), options: try options.study())
            if !options.quiet { print(StaffingTerminal.plan(study.plan, demand: study.demand, minimumTeams: options.minimumTeams)) }
            print(StaffingTerminal.comparison(study.comparison, threshold: options.waitThreshold))
            if let out = options.outURL { try write(study, to: out) }
        }
    }

    /// Writes the study's tables (CSV and JSON) and the whole plan as JSON into `out`.
    private func write(_ study: StaffingStudy, to destination: URL) throws {
        // Written whole into a staging folder, then moved into place (a failed write leaves --out as it was).
        let folder = try AtomicOutputFolder(destination)
        do { try writeTables(study, to: folder.staging); try folder.commit() } catch { Terminal.error(folder.untouchedNote); throw error }
        let names = study.tables.map { "\($0.id).csv/json" } + ["staffing-plan.json"]
        Terminal.error("wrote \(names.joined(separator: ", ")) to \(destination.path)")
    }

    private func writeTables(_ study: StaffingStudy, to out: URL) throws {
        for table in study.tables { try table.write(to: out) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let plan = out.appendingPathComponent("staffing-plan.json")
        let data: Data
        do { data = try encoder.encode(study.plan) } catch { throw OutputError(path: plan.path, reason: "\(error)") }
        try OutputFile.write(data, to: plan)
    }
}
