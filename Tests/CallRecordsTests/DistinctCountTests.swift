import Testing
@testable import CallRecords

/// The policy `all` counts repeated incident ids from hashes alone (``IncidentResolution/distinctCount(_:)``, an
/// open-addressing table): the same count as a `Set`, including the value 0 (the table's empty mark) and values that
/// share their low bits (they probe past each other).
@Suite struct DistinctCountTests {
    @Test(arguments: [0, 1, 7, 1_000, 50_000])
    func sameAsASet(count: Int) {
        var generator = SystemRandomNumberGenerator()
        // A pool smaller than the sample, so values repeat; a fixed top six bits, as in one partition.
        let pool = (0..<max(1, count / 3)).map { _ in (UInt64.random(in: 0...UInt64.max, using: &generator) >> 6) | (0b101101 << 58) }
        var hashes = (0..<count).map { _ in pool.randomElement(using: &generator) ?? 0 }
        // Values equal in their low 20 bits, and zero, twice.
        hashes += (1...64).map { UInt64($0) << 40 | 0xABCDE } + [0, 0, 1 << 40 | 0xABCDE]
        #expect(IncidentResolution.distinctCount(hashes) == Set(hashes).count)
        #expect(IncidentResolution.countRepeats(hashes, files: 2).repeats == hashes.count - Set(hashes).count)
    }
}
