import Foundation

/// Locations of test fixtures, found from this file's path (no bundle resources needed).
enum TestPaths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let analysis = fixtures.appendingPathComponent("analysis")
    static let replay = fixtures.appendingPathComponent("replay-small.csv")
    /// The shared real-data folder beside the package (`../shared/data`).
    static let sharedData = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("staffing-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

import CallCatalogue
import ReportPipeline
import Vocabulary

extension TestPaths {
    /// The built-in scenario's hiring model (Reroute's one), as `reroute staff` and `reroute report` take it.
    static func scenarioHiring() throws -> HiringModel {
        try PlanScenario.load("milwaukee-2021", catalogue: CallCatalogue.builtIn("milwaukee")).staffing.hiringModel
    }
}
