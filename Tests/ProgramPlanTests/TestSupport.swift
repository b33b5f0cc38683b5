import Foundation
@testable import ProgramPlan

/// Shared fixtures for the ProgramPlan tests.
enum TestSupport {
    /// The built-in Milwaukee scenario (loaded from the module's resource).
    static func milwaukee() throws -> Scenario { try ScenarioLoader.builtIn("milwaukee-2021") }

    /// The plan of the built-in scenario on its own published demand.
    static func milwaukeePlan(_ options: PlanOptions = PlanOptions()) throws -> Plan {
        ProgramPlanner.plan(scenario: try milwaukee().applying(options))
    }

    /// The hand-written analysis folder (73 days, so the yearly scale is exactly 5).
    static var fixtureAnalysis: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/analysis")
    }

    /// The built-in YAML text.
    static func milwaukeeText() throws -> String { try ScenarioLoader.builtInText("milwaukee-2021") }

    /// 1-based line number of the first line containing `needle`.
    static func line(of needle: String, in text: String) -> Int {
        let lines = text.components(separatedBy: "\n")
        return (lines.firstIndex { $0.contains(needle) } ?? -1) + 1
    }
}
