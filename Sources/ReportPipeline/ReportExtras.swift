import CallAnalysis
import Foundation
import ProgramPlan
import ProgramRecommendation
import Staffing
import Vocabulary

/// The chapters of `reroute report` built on the analysis: the program plan, the staffing simulation and the one
/// recommendation that reconciles them.
struct ReportExtras {
    var plan: PlanReport?
    var staffing: [ResultTable] = []
    var recommendation: Recommendation?
    var tableCount = 0

    /// Builds the plan (written into `plan/`), the staffing tables and the recommendation from the analysis's
    /// demand, in memory. With both a plan and a study, the plan adopts the recommended staffing, so its hiring
    /// and budget tables speak of the recommended program. A staffing study the demand cannot support is
    /// reported through the observer and the report goes on without it; a scenario that cannot be read or an
    /// output that cannot be written ends the run.
    /// - Throws: ``ScenarioError`` or ``YAMLError`` (exit 65), ``OutputError`` (exit 73).
    static func make(outURL: URL, analysis: DatasetAnalysis, scenario: String?, staffing: Bool, observer: ReportObserver) throws -> ReportExtras {
        var extras = ReportExtras()
        let demand = analysis.analysedDemand(origin: "this report's analysis")
        var planReport: PlanReport?
        if let scenario {
            // A scenario that cannot be read is the user's to fix: the run stops with its error (exit 65).
            let (loaded, note) = try PlanScenario.load(scenario, forAnalysisWith: analysis.catalogue)
            if let note { observer.note(note) }
            var report = PlanReport(scenario: loaded, demand: Demand(analysed: demand), draws: 500, seed: 1)
            // The scenario speaks this data's catalogue: its published figures are about the same city.
            report.comparesDataWithPublished = note == nil
            planReport = report
        }
        if staffing {
            do {
                // The study hires as the plan does: the scenario's hiring model (the built-in one without a plan).
                let hiring = try planReport?.plan.scenario.staffing.hiringModel
                    ?? PlanScenario.load(ScenarioLoader.builtInNames[0], forAnalysisWith: analysis.catalogue).scenario.staffing.hiringModel
                let study = try ReportStaffing.study(demand: demand, hiring: hiring)
                extras.staffing = study.chapterTables
                if let report = planReport {
                    let recommendation = try Recommender.recommend(plan: report.plan, study: study)
                    extras.recommendation = recommendation
                    planReport = report.adopting(recommendation.chosen.staffingResult(plan: report.plan))
                    extras.staffing.append(recommendation.table)
                }
            } catch {
                observer.warning("no staffing simulation in this report: \(error)")
            }
            for table in extras.staffing { try table.write(to: outURL) }
            extras.tableCount += extras.staffing.count
        }
        if let report = planReport {
            extras.tableCount += try report.write(to: outURL.appendingPathComponent("plan")).count / 2
            extras.plan = report
        }
        return extras
    }
}
