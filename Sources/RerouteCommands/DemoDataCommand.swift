import ArgumentParser
import DemoData
import Foundation
import Vocabulary

/// `reroute demo-data`: writes the synthetic calibrated demo year and its boundary file.
public struct DemoDataCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "demo-data",
        abstract: "Write a deterministic synthetic Milwaukee-like year of CAD calls (CSV) and its boundary GeoJSON.",
        discussion: """
        The data are calibrated to the LEAP Milwaukee report (2022): call volumes per type (Appendix 1), weekday and \
        hour profiles (Figures 10-11), district shares (Figure 16), response and on-scene medians (Figures 5-6) and \
        outcomes (Figure 7), plus officer-initiated activity and a few deliberately messy rows. The same seed and \
        scale always give the same bytes. A summary goes to stdout.
        """
    )

    @Option(name: .long, help: ArgumentHelp("CSV file to write (replaced if present).", valueName: "file"))
    public var out: String

    @Option(name: .long, help: "Seed of the pseudo-random generator.")
    public var seed: UInt64 = 2021

    @Option(name: .long, help: "Volume relative to Milwaukee's 2021 (1 = about 260,000 citizen-initiated calls); 0 < X <= 100.")
    public var scale: Double = 1.0

    @Option(name: .long, help: ArgumentHelp(
        "Boundary GeoJSON to write (default: beside the CSV as <name>-boundaries.geojson).", valueName: "file"))
    public var boundaries: String?

    @Flag(name: .long, help: "Print the summary as JSON instead of text.")
    public var json = false

    public init() {}

    public func validate() throws {
        guard scale.isFinite, scale > 0, scale <= 100 else {
            throw ValidationError("--scale must be greater than 0 and at most 100 (got \(scale)).")
        }
        guard !out.isEmpty else { throw ValidationError("--out needs a file name.") }
    }

    public func run() throws {
        let csv = URL(fileURLWithPath: out)
        let boundaryURL = boundaries.map { URL(fileURLWithPath: $0) } ?? DemoDataGenerator.defaultBoundariesURL(for: csv)
        let start = Date()
        // A DemoDataError carries its exit status (73 when a file cannot be written).
        let summary = try DemoDataGenerator(seed: seed, scale: scale).write(to: csv, boundariesTo: boundaryURL)
        let seconds = Date().timeIntervalSince(start)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(summary)
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(summary)
        }
        StandardStream.error(String(format: "generated in %.2f s\n", seconds))
    }
}
