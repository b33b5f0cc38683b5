import ArgumentParser
import Foundation
import DemoData

/// Demo data for `report --demo`: a generated year written beside the report's outputs.
enum DemoSupport {
    /// Writes the demo CSV and its boundary file; returns the boundary file's URL.
    static func writeDemo(to url: URL, seed: UInt64, quiet: Bool) throws -> URL {
        do {
            let generator = DemoDataGenerator(seed: seed, scale: 1.0)
            let boundaries = DemoDataGenerator.defaultBoundariesURL(for: url)
            let summary = try generator.write(to: url, boundariesTo: boundaries)
            if !quiet { Terminal.error("demo data: \(url.path) (seed \(seed); \(summary.rowsWritten) rows, a few malformed on purpose)") }
            return boundaries
        } catch {
            Terminal.error("error: \(error)")
            throw ExitCode(73)
        }
    }
}
