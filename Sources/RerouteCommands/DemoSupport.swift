import ArgumentParser
import Foundation
import DemoData

/// Demo data for `report --demo`: a generated year written beside the report's outputs.
enum DemoSupport {
    static func writeDemo(to url: URL, seed: UInt64, quiet: Bool) throws {
        do {
            let generator = DemoDataGenerator(seed: seed, scale: 1.0)
            let summary = try generator.write(to: url, boundariesTo: DemoDataGenerator.defaultBoundariesURL(for: url))
            if !quiet { Terminal.error("demo data: \(url.path) (seed \(seed); \(summary.rowsWritten) rows, a few malformed on purpose)") }
        } catch {
            Terminal.error("error: \(error)")
            throw ExitCode(73)
        }
    }
}
