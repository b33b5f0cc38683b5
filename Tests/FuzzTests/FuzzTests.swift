import Foundation
import Testing
import PropertyBased
import RerouteFuzzing
import RerouteTestSupport
import Vocabulary
import CallCatalogue

/// A bounded fuzzing run (issue 12) inside `swift test`: mutated slices of the real exports through the scanner
/// and ingest, mutated built-in YAML files through their loaders. `REROUTE_FUZZ_ITERATIONS` sets the number of
/// inputs per property (default 40); `Tests/fuzz/run.sh` runs the long campaign.
@Suite struct FuzzTests {
    static let iterations = Int(ProcessInfo.processInfo.environment["REROUTE_FUZZ_ITERATIONS"] ?? "") ?? 40

    @Test func mutatedExportsBalanceAndOutputsParse() async throws {
        let bases = Fuzzing.csvBases(shared: TestPaths.shared)
        try #require(!bases.isEmpty, "../shared/data is needed for the fuzz bases")
        let catalogue = try CallCatalogue.builtIn("milwaukee")
        let scratch = TestPaths.temporaryDirectory("reroute-fuzz")
        await propertyCheck(count: Self.iterations, input: Gen.int(in: 0...Int.max), Gen.int(in: 1...6)) { seed, mutations in
            var rng = SplitMix64(seed: UInt64(seed))
            let base = bases[seed % bases.count]
            let input = Fuzzing.mutate(base.bytes, count: mutations, rng: &rng)
            let outcome = Fuzzing.checkIngest(input, profile: base.profile, catalogue: catalogue, folder: scratch.appendingPathComponent("\(seed)"))
            #expect(outcome.failures.isEmpty, "\(base.name), seed \(seed), \(mutations) mutations: \(outcome.failures)")
        }
    }

    @Test func mutatedYAMLIsLoadedOrRefusedWithAnExitStatus() async throws {
        let bases = Fuzzing.yamlBases()
        try #require(bases.count == 4)
        await propertyCheck(count: Self.iterations * 2, input: Gen.int(in: 0...Int.max), Gen.int(in: 1...5)) { seed, mutations in
            var rng = SplitMix64(seed: UInt64(seed))
            let base = bases[seed % bases.count]
            let outcome = Fuzzing.checkYAML(kind: base.kind, text: Fuzzing.mutateYAML(base.text, count: mutations, rng: &rng))
            #expect(outcome.failures.isEmpty, "\(base.kind), seed \(seed): \(outcome.failures)")
        }
    }

    /// The mutator does produce the cases (so the properties above are not run on harmless inputs only).
    @Test func theCampaignRejectsRowsAndRefusesFiles() {
        let tally = Fuzzing.campaign(iterations: 30, seed: 7, shared: TestPaths.shared, scratch: TestPaths.temporaryDirectory("reroute-fuzz"))
        #expect(tally.inputs == 30)
        #expect(tally.rowsRejected > 0)
        #expect(tally.failures == 0, "\(tally.firstFailures)")
    }
}
