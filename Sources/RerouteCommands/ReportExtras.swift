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

    /// Builds the plan from the analysis folder just written (into `plan/`) and the staffing tables.
    /// A failure here is reported and the report goes on without that chapter.
    static func make(outURL: URL, analysis: DatasetAnalysis, scenario: String?, staffing: Bool, quiet: Bool) throws -> ReportExtras {
        var extras = ReportExtras()
        if let scenario {
            do {
                let known = Set(analysis.catalogue.entries.map(\.code))
                let loaded = try ScenarioLoader.load(scenario, knownCallTypes: known)
                let demand = try AnalysisFolder.load(outURL)
                let report = PlanReport(scenario: loaded, demand: demand, draws: 500, seed: 1)
                let planFolder = outURL.appendingPathComponent("plan")
                try FileManager.default.createDirectory(at: planFolder, withIntermediateDirectories: true)
                extras.tableCount += try report.write(to: planFolder).count / 2
                extras.plan = report
            } catch {
                Terminal.error("warning: no program plan in this report: \(error)")
            }
        }
        if staffing {
            do {
                // The staffing branch reads the week back from the folder just written; at the merge this becomes the
                // analysis's in-memory `AnalysedDemand` (moved to CallAnalysis.AnalysisFolder on main).
                extras.staffing = try ReportStaffing.tables(demand: StaffingAnalysisFolder.read(outURL))
                for t in extras.staffing { try t.write(to: outURL) }
                extras.tableCount += extras.staffing.count
            } catch {
                Terminal.error("warning: no staffing simulation in this report: \(error)")
            }
        }
        return extras
    }
}
