import Foundation
import CallAnalysis
import CallCatalogue
import ProgramPlan
import Vocabulary

/// The parts of `reroute report` built on the analysis: the program plan and the staffing simulation.
struct ReportExtras {
    var plan: PlanReport?
    var staffing: [ResultTable] = []
    var tableCount = 0

    /// Builds the plan (written into `plan/`) and the staffing tables from the analysis's demand, in memory.
    /// A failure here is reported and the report goes on without that chapter.
    static func make(outURL: URL, analysis: DatasetAnalysis, scenario: String?, staffing: Bool, quiet: Bool) throws -> ReportExtras {
        var extras = ReportExtras()
        let demand = analysis.analysedDemand(origin: "this report's analysis")
        if let scenario {
            // A scenario that cannot be read is an error of the run (exit 65), not a chapter left out.
            let loaded = try PlanScenario.load(scenario, catalogue: analysis.catalogue)
            let report = PlanReport(scenario: loaded, demand: Demand(analysed: demand), draws: 500, seed: 1)
            extras.tableCount += try report.write(to: outURL.appendingPathComponent("plan")).count / 2
            extras.plan = report
        }
        if staffing {
            do {
                extras.staffing = try ReportStaffing.tables(demand: demand)
                for t in extras.staffing { try t.write(to: outURL) }
                extras.tableCount += extras.staffing.count
            } catch {
                Terminal.error("warning: no staffing simulation in this report: \(error)")
            }
        }
        return extras
    }
}
