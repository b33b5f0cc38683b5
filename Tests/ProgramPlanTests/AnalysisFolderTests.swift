import CallAnalysis
import Vocabulary
import Foundation
import Testing
@testable import ProgramPlan
@testable import RerouteCommands

/// The hand-written fixture covers 73 days, so every count scales to a year by exactly 5.
@Suite struct AnalysisFolderTests {
    func demand() throws -> Demand { Demand(analysed: try AnalysisFolder.read(TestSupport.fixtureAnalysis)) }

    @Test func scalesThePeriodToAYear() throws {
        let demand = try demand()
        #expect(demand.periodDays == 73)
        #expect(demand.annualScale == 5)
        #expect(demand.citizenInitiatedCalls == 10_000)  // 2,000 × 5
        #expect(demand.callTypes.map(\.code) == ["TRBL W/SUBJ", "WELFARE CITIZEN", "NOISE NUISANCE"])
        #expect(demand.callTypes.map(\.eligibleCalls) == [1_000, 300, 200])
        #expect(demand.callTypes[2].label == "Noise Nuisance, loud")  // quoted CSV field
        #expect(demand.callTypes[2].policeMinutesPerCall == nil)  // empty medians
        #expect(demand.hourlyCallsPerDay.allSatisfy { $0 == 0.25 })
        #expect(demand.weekdayCallsPerDay?.first == 4)
        #expect(demand.measuredPoliceHours == 800)
        #expect(demand.scalingStatement.contains("365/73.0 = 5.000"))
    }

    @Test func planOnTheFixture() throws {
        let plan = ProgramPlanner.plan(scenario: try TestSupport.milwaukee(), demand: try demand())
        #expect(!plan.usesPublishedDemand)
        #expect(plan.comparisons.isEmpty)
        // 1,500 eligible calls of 10,000 citizen-initiated.
        #expect(plan.volume.diverted == 1_500)
        #expect(abs(plan.volume.diverted / plan.volume.citizenInitiatedCalls - 0.15) < 1e-12)
        #expect(abs(plan.volume.officerReferrals - 1_500 * 0.31692) < 1e-9)
        // 1,000 × 30 min + 300 × 60 min = 800 hours measured; noise has no time in the analysis, so the
        // scenario's 19.8 min (Figure 6) fills it: 200 × 19.8 / 60 = 66 hours more.
        #expect(plan.policeMinutesFromScenario == ["NOISE NUISANCE"])
        #expect(abs(plan.policeTime.hours - 866) < 1e-9)
        #expect(plan.policeTime.callsWithoutTime == 0)
        // Behavioural-health shares come from the scenario (Figure 9): Welfare Citizen 33%.
        #expect(plan.demand.callTypes[1].behaviouralHealthShare == 0.33)
        // 0.25 calls an hour → 2 calls a shift → one team per shift (at least one: 24/7 service),
        // 3 team-shifts a day × 7/5 = 4.2 teams → 8.4 → 10 responders, 5 teams.
        #expect(plan.schedules.allSatisfy { $0.shifts.allSatisfy { abs($0.calls - 2) < 1e-9 && $0.teams == 1 } })
        #expect(plan.staffing.teamShiftsPerDay == 3)
        #expect(plan.staffing.reportResponders == 10)
        #expect(plan.staffing.reportTeams == 5)
        // Budget at 5 teams, operation year: 10 × 79,000 + 5 × 17,800 + 20,000 office + 5 × 1,000 gas.
        #expect(plan.budget.phases[1].total("total").last == 904_000)
        // Pilot at 50%: 750 calls of capacity; best subset is Welfare + Noise (500).
        #expect(plan.pilot.capacityCalls == 750)
        #expect(Set(plan.pilot.rows.filter(\.chosen).map(\.code)) == ["WELFARE CITIZEN", "NOISE NUISANCE"])
    }

    @Test func reportTextStatesTheScaling() throws {
        let report = PlanReport(scenario: try TestSupport.milwaukee(), demand: try demand(), draws: 50, seed: 3)
        #expect(report.text.contains("scaled to a year by 365/73.0 = 5.000"))
        #expect(report.text.contains("not compared"))
    }

    @Test func missingFileIsNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plan-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try #require(throws: AnalysisFolderError.self) { try AnalysisFolder.read(folder) }
        #expect(error.description.contains("summary.json"))
    }

    @Test func badNumberIsNamedWithLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plan-bad-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: TestSupport.fixtureAnalysis, to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("fig03-eligible-volume.csv")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "100,0.6,catalogue,60", with: "100,0.6,catalogue,sixty")
        try text.write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: CSVDocumentError.badField(file: "fig03-eligible-volume.csv", line: 4, field: "eligible_calls", value: "sixty", expected: "a plain number, zero or more")) {
            try AnalysisFolder.read(folder)
        }
    }
}

/// The worked example of docs/scenario-format.md parses and gives the numbers the document derives by hand.
@Suite struct ScenarioFormatDocumentTests {
    @Test func workedExample() throws {
        let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/scenario-format.md")
        let text = try String(contentsOf: doc, encoding: .utf8)
        let blocks = text.components(separatedBy: "```yaml\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        let example = try #require(blocks.first { $0.contains("name: riverton-2024") })
        let plan = ProgramPlanner.plan(scenario: try ScenarioLoader.parse(yaml: example, file: "riverton.yaml"))
        #expect(abs(plan.volume.eligibleCalls - 3_000) < 1e-9)
        #expect(abs(plan.volume.diverted - 1_200) < 1e-9)
        #expect(abs(plan.volume.officerReferrals - 384) < 1e-9)
        #expect(abs(plan.policeTime.hours - 560) < 1e-9)
        #expect(Format.number(plan.callsPerShift.average, decimals: 2) == "8.14")
        #expect(plan.staffing.responders == 10 && plan.staffing.teams == 5)
        #expect(plan.budget.phases[0].total("total").last == 715_000)
    }
}
