import ArgumentParser

struct W1Command: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "w1", abstract: "Benchmark workload W1 (see ../shared/bench/WORKLOAD.md).", shouldDisplay: false)
    @Argument var input: String
    @Option var out: String
    func run() throws {}
}
