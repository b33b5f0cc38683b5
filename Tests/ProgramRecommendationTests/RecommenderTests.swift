import Foundation
import Testing
import CallCatalogue
import ProgramPlan
import ProgramRecommendation
import Staffing
import Vocabulary

/// The recommendation on the report's own published demand (Milwaukee 2021 scenario and Figure 10 × 11 profile),
/// with a short simulation so the test stays quick.
@Suite struct RecommenderTests {
    static func make() throws -> (Plan, StaffingStudy, Recommendation) {
        // Eligibility rates come from the built-in catalogue, as `reroute plan` gives them.
        var rates: [String: Sourced<Double>] = [:]
        for entry in try CallCatalogue.builtIn("milwaukee").entries where entry.isEligible {
            if let rate = entry.eligibilityRate { rates[entry.code] = Sourced(rate.value, unit: "fraction", source: rate.source) }
        }
        let scenario = try ScenarioLoader.builtIn("milwaukee-2021", eligibilityRates: rates)
        let plan = ProgramPlanner.plan(scenario: scenario)
        var options = StaffingOptions(hiring: scenario.staffing.hiringModel)
        options.replications = 2
        options.days = 60
        let study = try StaffingStudy.run(demand: DemandProfile.milwaukee(), service: .peerPrograms(), options: options)
        return (plan, study, try Recommender.recommend(plan: plan, study: study))
    }

    /// The study has already simulated the optimised week and the report's Schedule 1 and 2 with the same calls;
    /// taking its rows gives the recommendation that simulating every option again gives.
    @Test func reusingTheStudysSimulationsChangesNothing() throws {
        let (plan, study, reused) = try Self.make()
        let fresh = try Recommender.recommend(plan: plan, study: study, reusingStudy: false)
        #expect(reused == fresh)
        // The study's three schedules are among the options: at least one row was reused.
        #expect(reused.options.contains { $0.name.contains("Schedule 1 as published") })
    }

    @Test func choosesTheFewestTeamsMeetingTheTarget() throws {
        let (_, study, r) = try Self.make()
        #expect(r.options.count >= 3)
        #expect(r.targetMinutes == study.options.target.withinMinutes)
        let chosen = r.chosen
        #expect(chosen.meetsTarget)
        #expect(chosen.p90ResponseMinutes <= r.targetMinutes)
        // No option with fewer teams to hire meets the target.
        for o in r.options where o.teamsToHire < chosen.teamsToHire { #expect(!o.meetsTarget, "\(o.name)") }
        // meetsTarget is exactly p90 ≤ target.
        for o in r.options { #expect(o.meetsTarget == (o.p90ResponseMinutes <= r.targetMinutes)) }
        // The optimised week for the study's target is an option, with the study's own simulated figures
        // (same seed and calls: common random numbers).
        let studyRow = try #require(study.comparison.rows.first { $0.schedule == "Optimised week" })
        let day = try #require(studyRow.summary.windows.first { $0.window == "all day" })
        let option = try #require(r.options.first { $0.name.contains("within 20 min") })
        #expect(option.rosterTeams == studyRow.rosterTeams)
        #expect(abs(option.p90ResponseMinutes - day.p90Response.mean) < 1e-9)
        // LEAP's published schedules (20 team-shifts a day) are options: 28 teams on the roster.
        let published = try #require(r.options.first { $0.name.contains("Schedule 1 as published") })
        #expect(published.rosterTeams == 28)
        #expect(published.hoursCoveredPerWeek == 168)
    }

    /// Teams to hire and the first-year budget, computed by hand from the scenario's numbers.
    @Test func hiresAndCostsEachOptionByHand() throws {
        let (_, _, r) = try Self.make()
        let shiftsEach = 365.0 / 7 * 5 - (15 + 11 + 8 + 5)          // 221.7 shifts a responder works a year
        for o in r.options {
            let rawResponders = (Double(o.rosterTeams) * 5 / 7 * 365 * 2 / shiftsEach - 1e-9).rounded(.up)
            let responders = Int((rawResponders / 2).rounded(.up)) * 2
            #expect(o.respondersToHire == responders, "\(o.name)")
            #expect(o.teamsToHire == responders / 2)
            // First year of operation: responders × $79,000 + teams × $17,800 management + office tier
            // ($20,000 up to 14 teams, $30,000 up to 28, then $30,000 × teams/28) + teams × $1,000 gas.
            let teams = Double(o.teamsToHire)
            let office = teams <= 14 ? 20_000 : teams <= 28 ? 30_000 : 30_000 * teams / 28
            let expected = Double(responders) * 79_000 + teams * 17_800 + office + teams * 1_000
            #expect(abs(o.firstYearBudget - expected) < 0.01, "\(o.name): \(o.firstYearBudget) vs \(expected)")
        }
        #expect(r.firstYearPhase == "First Year of Operation")
    }

    /// The plan adopting the chosen option carries its teams and budget everywhere.
    @Test func planAdoptsTheChoice() throws {
        let (plan, _, r) = try Self.make()
        let adopted = plan.adopting(r.chosen.staffingResult(plan: plan))
        #expect(adopted.staffing.teams == r.chosen.teamsToHire)
        #expect(adopted.staffing.responders == r.chosen.respondersToHire)
        let full = try #require(adopted.budget.columns.firstIndex { abs($0.capacity - 1) < 1e-9 })
        #expect(adopted.budget.columns[full].teams == r.chosen.teamsToHire)
        #expect(abs((adopted.budget.phases.last?.total("total")[full] ?? 0) - r.chosen.firstYearBudget) < 0.01)
        // summary.json round trip keeps every number.
        let data = try JSONEncoder().encode(r)
        #expect(try JSONDecoder().decode(Recommendation.self, from: data) == r)
    }
}
