import Vocabulary
import ArgumentParser
import Foundation
import Testing
@testable import ProgramPlan
@testable import RerouteCommands

@Suite struct PlanCommandTests {
    @Test func writesCSVAndJSONWithParameters() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("plan-out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let command = try PlanCommand.parse(["--scenario", "milwaukee-2021", "--out", out.path, "--draws", "50", "--quiet"])
        try command.run()
        let csv = try String(contentsOf: out.appendingPathComponent("fig04-volume.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\n")
        #expect(lines.first == "source_of_calls,calls,share_of_citizen_initiated,share_of_program,per_100_diverted,published,difference,basis")
        let fields = lines[1].split(separator: ",")
        #expect(fields[0] == "Diverted from police")
        #expect(Double(fields[1]).map { $0.rounded() } == 66_373)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("fig21-budget.json"))) as? [String: Any]
        let parameters = try #require(json?["parameters"] as? [[String: Any]])
        #expect(parameters.contains { ($0["name"] as? String) == "projection.capture_rate" && ($0["source"] as? String)?.isEmpty == false })
        let rows = try #require(json?["rows"] as? [[String: Any]])
        #expect((rows.first?["cost_at_100"] as? Double) == 1_612_400)
        let comparison = try String(contentsOf: out.appendingPathComponent("published-vs-computed.csv"), encoding: .utf8)
        #expect(comparison.contains("Figure 4,Officer referrals,21035,"))
    }

    @Test func overridesAreApplied() throws {
        let command = try PlanCommand.parse(["--scenario", "milwaukee-2021", "--capacity", "0.25", "--capture-rate", "0.4", "--objective", "police-hours", "--staffing-model", "leave"])
        let scenario = try TestSupport.milwaukee().applying(
            PlanOptions(capacity: command.capacity, captureRate: command.captureRate, objective: command.objective, staffingModel: command.staffingModel))
        #expect(scenario.pilot.capacity.value == 0.25)
        #expect(scenario.projection.captureRate.value == 0.4)
        #expect(scenario.pilot.objective == .policeHours)
        #expect(scenario.staffing.model == .leave)
        #expect(scenario.overrides.count == 4)
        // Published numbers describe the report's inputs: not compared once options change them.
        #expect(ProgramPlanner.plan(scenario: scenario).comparisons.isEmpty)
    }

    @Test func invalidCapacityIsAUsageError() {
        #expect(throws: (any Error).self) { try PlanCommand.parse(["--scenario", "milwaukee-2021", "--capacity", "1.5"]) }
    }

    @Test func badScenarioExitsWithDataError() throws {
        let command = try PlanCommand.parse(["--scenario", "/nonexistent/scenario.yaml", "--quiet"])
        // The error carries its exit status to Reroute.runMain, the one place it becomes the process's exit.
        let error = #expect(throws: ScenarioError.self) { try command.run() }
        #expect(error?.exitStatus == .dataError)
    }
}

@Suite struct RenderingTests {
    @Test func formatting() {
        #expect(Format.number(1_234_567.891, decimals: 2) == "1,234,567.89")
        #expect(Format.number(-0.04, decimals: 1) == "0.0")
        #expect(Format.number(-1_500) == "-1,500")
        #expect(Format.percent(0.25545) == "25.5%")
        #expect(Format.dollars(4_980_400) == "$4,980,400")
        #expect(Format.plain(0.1 + 0.2) == "0.3")
        #expect(Format.number(1e300) == "1.000e+300")
    }

    @Test func budgetTableText() throws {
        let report = PlanReport(scenario: try TestSupport.milwaukee(), demand: nil, draws: 20, seed: 1)
        let table = try #require(report.tables.first { $0.id == "fig21-budget" })
        let total = try #require(table.rendered().split(separator: "\n").first { $0.hasPrefix("6 Months Pre-Launch: total cost") })
        // computed, published and difference for each column, as in Figure 21.
        let cells = total.split(separator: " ", omittingEmptySubsequences: true).filter { $0.hasPrefix("$") }
        #expect(cells == ["$825,200", "$825,200", "$0", "$1,612,400", "$1,612,400", "$0"])
        #expect(table.csv.split(separator: "\n").count == table.rows.count + 1)
    }

    @Test func unknownTableIsAUsageError() throws {
        let command = try PlanCommand.parse(["--scenario", "milwaukee-2021", "--table", "fig99", "--draws", "10"])
        let error = #expect(throws: ScenarioError.self) { try command.run() }
        #expect(error?.exitStatus == .usage)
    }
}
