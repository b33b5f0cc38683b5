import ReportPipeline
import CallCatalogue
import Foundation
import Vocabulary
@testable import ProgramPlan
@testable import RerouteCommands

/// Shared fixtures for the ProgramPlan tests.
enum TestSupport {
    /// The built-in Milwaukee scenario (loaded from the module's resource), its eligibility rates taken from the
    /// built-in Milwaukee catalogue as `reroute plan` takes them.
    static func milwaukee() throws -> Scenario {
        try PlanScenario.load("milwaukee-2021", catalogue: try CallCatalogue.builtIn("milwaukee"))
    }

    /// The built-in Milwaukee catalogue's eligibility rates by code.
    static func catalogueRates() throws -> [String: Sourced<Double>] {
        PlanScenario.eligibilityRates(of: try CallCatalogue.builtIn("milwaukee"))
    }

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
