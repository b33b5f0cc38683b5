import CallAnalysis
import CallCatalogue
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

    /// The plan, the staffing study and the recommendation as made, before anything is written or said.
    ///
    /// With both a plan and a study, the plan adopts the recommended staffing, so its hiring and budget tables speak
    /// of the recommended program. A staffing study the demand cannot support is a warning and the report goes on
    /// without it; a scenario that cannot be read or an output that cannot be written ends the run.
    ///
    /// They need only the analysis's demand (calls per eligible type and hour) and its catalogue, not the screened
    /// narratives, so `reroute report` makes them on another thread while the narratives are screened and the tables
    /// written (``ReportJob``); what they would have told the observer is kept, in order, and told by
    /// ``written(to:observer:)``.
    struct Chapters {
        var plan: PlanReport?
        var staffing: [ResultTable] = []
        var recommendation: Recommendation?
        /// Notes (`true`) and warnings (`false`) for the observer, in the order they arose.
        var messages: [(isNote: Bool, text: String)] = []
        /// Whether the staffing chapter was asked for (its tables are written even when the study failed: none).
        var includesStaffing = false

        /// Makes the plan, the staffing study and the recommendation; writes nothing.
        /// - Throws: ``ScenarioError`` or ``YAMLError`` (exit 65) for a scenario that cannot be read.
        static func make(demand: AnalysedDemand, catalogue: CallCatalogue, scenario: String?, staffing: Bool) throws -> Chapters {
            var chapters = Chapters()
            chapters.includesStaffing = staffing
            var planReport: PlanReport?
            if let scenario {
                // A scenario that cannot be read is the user's to fix: the run stops with its error (exit 65).
                let (loaded, note) = try PlanScenario.load(scenario, forAnalysisWith: catalogue)
                if let note { chapters.messages.append((true, note)) }
                var report = PlanReport(scenario: loaded, demand: Demand(analysed: demand), draws: 500, seed: 1)
                // The scenario speaks this data's catalogue: its published figures are about the same city.
                report.comparesDataWithPublished = note == nil
                planReport = report
            }
            if staffing {
                do {
                    // The study hires as the plan does: the scenario's hiring model (the built-in one without a plan).
                    let hiring = try planReport?.plan.scenario.staffing.hiringModel
                        ?? PlanScenario.load(ScenarioLoader.builtInNames[0], forAnalysisWith: catalogue).scenario.staffing.hiringModel
                    let study = try ReportStaffing.study(demand: demand, hiring: hiring)
                    chapters.staffing = study.chapterTables
                    if let report = planReport {
                        let recommendation = try Recommender.recommend(plan: report.plan, study: study)
                        chapters.recommendation = recommendation
                        planReport = report.adopting(recommendation.chosen.staffingResult(plan: report.plan))
                        chapters.staffing.append(recommendation.table)
                    }
                } catch {
                    chapters.messages.append((false, "no staffing simulation in this report: \(error)"))
                }
            }
            chapters.plan = planReport
            return chapters
        }

        /// Tells the observer what making the chapters said, then writes the staffing tables and the plan (`plan/`).
        /// - Throws: ``OutputError`` (exit 73).
        func written(to outURL: URL, observer: ReportObserver) throws -> ReportExtras {
            for message in messages {
                if message.isNote { observer.note(message.text) } else { observer.warning(message.text) }
            }
            var extras = ReportExtras(plan: nil, staffing: staffing, recommendation: recommendation)
            if includesStaffing {
                for table in staffing { try table.write(to: outURL) }
                extras.tableCount += staffing.count
            }
            if let report = plan {
                extras.tableCount += try report.write(to: outURL.appendingPathComponent("plan")).count / 2
                extras.plan = report
            }
            return extras
        }
    }
}
