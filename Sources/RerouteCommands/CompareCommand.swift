import ArgumentParser
import CallAnalysis
import Foundation
import Vocabulary

/// `reroute compare DIR...`: several analysis folders side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Put several analysis folders (from `reroute report --out DIR`) side by side.",
        discussion: """
            One column per folder: period and coverage, the share of citizen-call volume with a known type, citizen-\
            initiated and eligible calls (in all, per day of data and, with --population, per 1,000 residents a year), \
            the eligible share, the report's category mix, the mix of cross-city canonical types, and the hourly \
            profile of eligible calls. Figures are read from the folders, not recomputed. With --out, writes \
            comparison.csv, comparison-types.csv and comparison-hourly.csv (and .json).
            """)

    @Argument(help: "Analysis folders written by `reroute report --out DIR`.")
    var folders: [String] = []

    @Option(help: "Residents of each folder's city, in the order of the folders (repeat the option; 0 for unknown).")
    var population: [Double] = []

    @Option(help: "Write comparison.csv, comparison-types.csv and comparison-hourly.csv (with .json) into this folder.")
    var out: String?

    func validate() throws {
        if folders.count < 2 { throw ValidationError("give two or more analysis folders") }
        if population.count > folders.count { throw ValidationError("--population is given \(population.count) times for \(folders.count) folders") }
        if population.contains(where: { $0 < 0 || !$0.isFinite }) { throw ValidationError("--population must be a number of residents, 0 or more") }
    }

    func run() throws {
        let comparison = try AnalysisComparison.read(folders.map { URL(fileURLWithPath: $0) },
                                                     populations: population.map { $0 > 0 ? $0 : nil })
        let tables = [comparison.table(), comparison.canonicalTypesTable(), comparison.hourlyTable()]
        for table in tables { print(table.rendered()) }
        if let out {
            let directory = URL(fileURLWithPath: out)
            do { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) } catch {
                throw OutputError(path: out, reason: "cannot create the folder: \(error.localizedDescription)")
            }
            for table in tables { try table.write(to: directory) }
            print("Wrote comparison.csv, comparison-types.csv and comparison-hourly.csv (with .json) to \(out)")
        }
    }
}
