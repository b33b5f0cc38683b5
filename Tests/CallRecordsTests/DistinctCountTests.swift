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

/// The policies `first`, `last` and `all` over one partition's keys with the open-addressing table
/// (``IncidentResolution/resolvePartition(_:policy:files:)``) give what sorting the keys gives
/// (``IncidentResolution/referenceResolvePartition(_:policy:files:)``): the same distinct incidents, repeats per
/// file, dropped rows and period of the rows kept, on keys with repeated ids, equal times (the position decides),
/// ids equal in their low bits, and rows of one incident spread over files in no order.
@Suite struct PartitionResolutionTests {
    static func keys(count: Int, files: Int) -> [IncidentKey] {
        var generator = SystemRandomNumberGenerator()
        let pool = (0..<max(1, count / 3)).map { _ in (UInt64.random(in: 0...UInt64.max, using: &generator) >> 6) | (0b011010 << 58) }
        // Ids that differ only above their low 24 bits collide in the table and must probe past each other.
        let colliding = (1...40).map { UInt64($0) << 36 | 0x123456 }
        let lines = (1...(count + 40)).shuffled(using: &generator)
        return lines.enumerated().map { n, line in
            let hash = n < count ? (pool.randomElement(using: &generator) ?? 0) : colliding[n - count]
            // Few distinct times, so ties are common and the position breaks them.
            let created = Int64.random(in: 0...5, using: &generator) * 60_000
            let cleared = Bool.random(using: &generator) ? created + Int64.random(in: 0...3, using: &generator) * 60_000 : CallRow.missingTime
            let row = CallRow(callType: 0, created: created, cleared: cleared,
                              file: Int32.random(in: 0..<Int32(files), using: &generator), line: Int32(line))
            return IncidentKey(hash: hash, row: row)
        }
    }

    @Test(arguments: [0, 1, 9, 2_000, 30_000])
    func sameAsSortingTheKeys(count: Int) {
        for policy in [DuplicatePolicy.first, .last, .all] {
            var sorted = Self.keys(count: count, files: 3)
            let table = IncidentResolution.resolvePartition(sorted, policy: policy, files: 3)
            let reference = IncidentResolution.referenceResolvePartition(&sorted, policy: policy, files: 3)
            #expect(table.distinct == reference.distinct, "\(policy)")
            #expect(table.repeatsByFile == reference.repeatsByFile, "\(policy)")
            let order: ((file: Int, line: Int), (file: Int, line: Int)) -> Bool = { ($0.file, $0.line) < ($1.file, $1.line) }
            #expect(table.dropped.sorted(by: order).map { [$0.file, $0.line] } == reference.dropped.sorted(by: order).map { [$0.file, $0.line] }, "\(policy)")
            #expect(table.firstCreated == reference.firstCreated && table.lastCreated == reference.lastCreated, "\(policy)")
            if policy != .all { #expect(table.dropped.count == count + 40 - reference.distinct) }
        }
    }
}
