import ReportPipeline
import CallAnalysis
import CallCatalogue
import Foundation
import Testing
import Vocabulary
@testable import ProgramPlan
@testable import RerouteCommands

/// Eligibility rates have one home (the catalogue) and enter the uncertainty analysis for any demand.
@Suite struct EligibilityTests {
    @Test func scenarioRatesComeFromTheCatalogue() throws {
        var catalogue = try CallCatalogue.builtIn("milwaukee")
        let scenario = try PlanScenario.load("milwaukee-2021", catalogue: catalogue)
        let noise = try #require(scenario.demand.callTypes.first { $0.code == "NOISE NUISANCE" })
        #expect(noise.eligibilityRate.value == 1.0)
        #expect(noise.eligibilityRate.source.hasPrefix("catalogue: "))
        #expect(!noise.eligibilityRateIsOverride)

        // Changing the catalogue's rate changes the plan: 4,740 noise calls at 50% instead of 100%.
        let index = try #require(catalogue.entries.firstIndex { $0.code == "NOISE NUISANCE" })
        catalogue.entries[index].eligibilityRate?.value = 0.5
        let changed = try PlanScenario.load("milwaukee-2021", catalogue: catalogue)
        let before = ProgramPlanner.plan(scenario: scenario).volume.eligibleCalls
        let after = ProgramPlanner.plan(scenario: changed).volume.eligibleCalls
        #expect(abs(before - after - 4_740 * 0.5) < 1e-6)
    }

    @Test func scenarioRangeAndDefaultRule() throws {
        let scenario = try TestSupport.milwaukee()
        let trouble = try #require(scenario.demand.callTypes.first { $0.code == "TRBL W/SUBJ" })
        // The scenario's range around the catalogue's 0.7347.
        #expect(trouble.eligibilityRate.value == 0.7347)
        #expect(trouble.eligibilityRate.range == 0.6847...0.7847)
        // No range in the scenario: ±25% of the rate, within 0-1, stated in the source.
        let neglect = try #require(scenario.demand.callTypes.first { $0.code == "CHILD NEGLECT" })
        #expect(abs(neglect.eligibilityRate.range.lowerBound - 0.762 * 0.75) < 1e-12)
        #expect(abs(neglect.eligibilityRate.range.upperBound - 0.762 * 1.25) < 1e-12)
        #expect(neglect.eligibilityRate.source.contains(EligibilityRange.rule))
        let noise = try #require(scenario.demand.callTypes.first { $0.code == "NOISE NUISANCE" })
        #expect(noise.eligibilityRate.range == 0.75...1.0)
    }

    @Test func typeWithoutARateIsAnError() throws {
        let text = try TestSupport.milwaukeeText()
        let error = try #require(throws: ScenarioError.self) {
            try ScenarioLoader.parse(yaml: text, file: "m.yaml", eligibilityRates: [:])
        }
        guard case let .noEligibilityRate(_, _, key, callType) = error else { Issue.record("\(error)"); return }
        #expect(callType == "TRBL W/SUBJ" && key == "demand.call_types[0].eligibility_rate.value")
        #expect(error.exitStatus == .dataError)
    }

    @Test func scenarioOverrideWinsOverTheCatalogue() throws {
        let text = try TestSupport.milwaukeeText().replacingOccurrences(
            of: "eligibility_rate: {unit: fraction, low: 0.6847,", with: "eligibility_rate: {value: 0.7, unit: fraction, low: 0.6847,")
        let scenario = try ScenarioLoader.parse(yaml: text, file: "m.yaml", eligibilityRates: try TestSupport.catalogueRates())
        let trouble = try #require(scenario.demand.callTypes.first)
        #expect(trouble.eligibilityRate.value == 0.7 && trouble.eligibilityRateIsOverride)
    }

    @Test func tornadoHasEligibilityRatesWhenDemandComesFromData() throws {
        let scenario = try TestSupport.milwaukee()
        let demand = Demand(analysed: try AnalysisFolder.read(TestSupport.fixtureAnalysis))
        let (base, rows) = Uncertainty.tornado(scenario: scenario, demand: demand)
        let names = Set(rows.map(\.parameter))
        #expect(names.isSuperset(of: ["TRBL W/SUBJ eligibility rate", "WELFARE CITIZEN eligibility rate", "NOISE NUISANCE eligibility rate"]))
        // The fixture's 0.5 lies outside the scenario's range for TRBL W/SUBJ: the ±25% rule applies.
        let trouble = try #require(rows.first { $0.parameter == "TRBL W/SUBJ eligibility rate" })
        #expect(trouble.low == 0.375 && trouble.base == 0.5 && trouble.high == 0.625)
        #expect(trouble.source.contains(EligibilityRange.rule))
        // 1,000 eligible calls a year scale with the rate: ±250 diverted calls, and the volume with them.
        #expect(trouble.atLow.volume < base.volume && base.volume < trouble.atHigh.volume)
        let perDiverted = base.volume / 1_500
        #expect(abs((trouble.atHigh.volume - trouble.atLow.volume) - 500 * perDiverted) < 1e-6)
        // The Monte Carlo draws them too.
        let plan = ProgramPlanner.plan(scenario: scenario, demand: demand)
        let drawn = Uncertainty.uncertainParameters(of: scenario, demand: plan.demand, minutesFromScenario: plan.policeMinutesFromScenario)
        #expect(drawn.filter { $0.name.hasSuffix("eligibility rate") }.count == 3)
    }

    @Test func settingARateScalesTheHourlyProfile() throws {
        let demand = Demand(analysed: try AnalysisFolder.read(TestSupport.fixtureAnalysis))
        // Noise: 200 of 1,500 eligible calls a year; at 0.8 instead of 0.4 it doubles to 400 (1,700 in all).
        let changed = demand.settingEligibilityRate(0.8, of: "NOISE NUISANCE")
        #expect(abs(changed.eligibleCalls - 1_700) < 1e-9)
        #expect(abs(changed.hourlyCallsPerDay[0] - 0.25 * 1_700 / 1_500) < 1e-12)
    }
}

/// Typed cells: one table, written plainly for machines and formatted for people.
@Suite struct PlanTableCellTests {
    @Test func moneyIsPlainInCSVAndDollarsOnScreen() throws {
        let report = PlanReport(scenario: try TestSupport.milwaukee(), demand: nil, draws: 20, seed: 1)
        let budget = try #require(report.tables.first { $0.id == "fig21-budget" })
        let total = try #require(budget.rows.first)
        #expect(total[1] == .money(825_200))
        #expect(budget.csv.contains("6 Months Pre-Launch: total cost,825200,825200,0,1612400,1612400,0,"))
        #expect(budget.rendered().contains("$1,612,400"))
        let json = try #require((budget.jsonObject["rows"] as? [[String: Any]])?.first)
        #expect(json["cost_at_50"] as? Double == 825_200)
    }

    @Test func minutesAndSharesAreTyped() throws {
        let report = PlanReport(scenario: try TestSupport.milwaukee(), demand: nil, draws: 20, seed: 1)
        let police = try #require(report.tables.first { $0.id == "fig06-police-time" })
        guard case .minutes(let minutes, _) = try #require(police.rows.first?[1]) else { Issue.record("not minutes"); return }
        #expect(abs(minutes - 32.845) < 0.001)
        let volume = try #require(report.tables.first { $0.id == "fig04-volume" })
        #expect(volume.rows.first?[2].displayText == "25.5%")
    }
}

/// The one hiring model, as the staffing simulation will call it.
@Suite struct HiringTests {
    @Test func rosterTeamsUnderTheReportModelAreHiredAsIs() throws {
        let staffing = try TestSupport.milwaukee().staffing
        let roster = staffing.hiring(rosterTeams: 28)
        #expect(roster.teamShiftsPerDay == 20)
        #expect(roster.reportTeams == 28 && roster.reportResponders == 56)
        #expect(roster == staffing.hiring(teamShiftsPerDay: 20))
        // Leave model: 20 × 365 × 2 / (365/7 × 5 − 39) = 65.9 → 66 responders.
        #expect(roster.leaveResponders == 66)
    }
}
