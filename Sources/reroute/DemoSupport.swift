import ArgumentParser
import Foundation

/// Demo data for `report --demo` (wired to the DemoData module).
enum DemoSupport {
    static func writeDemo(to url: URL, seed: UInt64, quiet: Bool) throws {
        Terminal.error("error: demo data generator not yet available")
        throw ExitCode(1)
    }
}
