import CallAnalysis
import Foundation
import ProgramPlan
import Vocabulary

/// The chapters of `reroute report` built on the analysis: the program plan and the staffing simulation.
struct ReportExtras {
    var plan: PlanReport?
    var staffing: [ResultTable] = []
    var tableCount = 0

    /// Builds the plan (written into `plan/`) and the staffing tables from the analysis's demand, in memory.
    /// A staffing study the demand cannot support is reported through the observer and the report goes on
    /// without it; a scenario that cannot be read or an output that cannot be written ends the run.
    /// - Throws: ``ScenarioError`` or ``YAMLError`` (exit 65), ``OutputError`` (exit 73).
    static func make(outURL: URL, analysis: DatasetAnalysis, scenario: String?, staffing: Bool, observer: ReportObserver) throws -> ReportExtras {
        var extras = ReportExtras()
        let demand = analysis.analysedDemand(origin: "this report's analysis")
        if let scenario {
            // A scenario that cannot be read is the user's to fix: the run stops with its error (exit 65).
            let loaded = try PlanScenario.load(scenario, catalogue: analysis.catalogue)
            let plan = PlanReport(scenario: loaded, demand: Demand(analysed: demand), draws: 500, seed: 1)
            extras.tableCount += try plan.write(to: outURL.appendingPathComponent("plan")).count / 2
            extras.plan = plan
        }
        if staffing {
            do {
                extras.staffing = try ReportStaffing.tables(demand: demand)
            } catch {
                observer.warning("no staffing simulation in this report: \(error)")
            }
            for table in extras.staffing { try table.write(to: outURL) }
            extras.tableCount += extras.staffing.count
        }
        return extras
    }
}
