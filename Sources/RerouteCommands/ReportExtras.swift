import Foundation
import CallAnalysis
import CallCatalogue
import ProgramPlan
import ProgramRecommendation
import Staffing
import Vocabulary

/// The parts of `reroute report` built on the analysis: the program plan, the staffing simulation and the one
/// recommendation that reconciles them.
struct ReportExtras {
    var plan: PlanReport?
    var staffing: [ResultTable] = []
    var recommendation: Recommendation?
    var tableCount = 0

    /// Builds the plan (written into `plan/`), the staffing tables and the recommendation from the analysis's
    /// demand, in memory. With both a plan and a study, the plan adopts the recommended staffing, so its hiring
    /// and budget tables speak of the recommended program. A failure here is reported and the report goes on
    /// without that chapter.
    static func make(outURL: URL, analysis: DatasetAnalysis, scenario: String?, staffing: Bool, quiet: Bool) throws -> ReportExtras {
        var extras = ReportExtras()
        let demand = analysis.analysedDemand(origin: "this report's analysis")
        var planReport: PlanReport?
        if let scenario {
            do {
                let loaded = try PlanScenario.load(scenario, catalogue: analysis.catalogue)
                planReport = PlanReport(scenario: loaded, demand: Demand(analysed: demand), draws: 500, seed: 1)
            } catch {
                Terminal.error("warning: no program plan in this report: \(error)")
            }
        }
        if staffing {
            do {
                let study = try ReportStaffing.study(demand: demand)
                extras.staffing = study.chapterTables
                if let report = planReport {
                    let recommendation = try Recommender.recommend(plan: report.plan, study: study)
                    extras.recommendation = recommendation
                    planReport = report.adopting(recommendation.chosen.staffingResult(plan: report.plan))
                    extras.staffing.append(recommendation.table)
                }
                for t in extras.staffing { try t.write(to: outURL) }
                extras.tableCount += extras.staffing.count
            } catch {
                Terminal.error("warning: no staffing simulation in this report: \(error)")
            }
        }
        if let report = planReport {
            extras.tableCount += try report.write(to: outURL.appendingPathComponent("plan")).count / 2
            extras.plan = report
        }
        return extras
    }
}
