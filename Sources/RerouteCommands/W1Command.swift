import ArgumentParser
import Foundation
import CallAnalysis

struct W1Command: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "w1",
        abstract: "Benchmark workload W1: seven count and median tables (see ../shared/bench/WORKLOAD.md).",
        shouldDisplay: false
    )

    @Argument(help: "A CSV in the W1 layout (incident_id, call_type, ..., narrative).")
    var input: String

    @Option(help: "Output folder for a_type.csv ... g_totals.csv.")
    var out: String

    @Option(help: "Threads to read with (1 or 2).")
    var threads: Int = 2

    func run() throws {
        try W1Workload.run(input: input, output: URL(fileURLWithPath: out), threads: threads)
    }
}
