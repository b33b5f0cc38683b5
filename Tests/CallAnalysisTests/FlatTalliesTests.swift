import Foundation
import Testing
import CallRecords
@testable import CallAnalysis

/// The flat tallies the summarizer counts in (``FlatTallies``) give back the ``CallTypeTally`` that adding each call
/// to a tally one by one gives, and the histograms' bulk ``DurationHistogram/record(seconds:count:)`` is many records.
@Suite struct FlatTalliesTests {
    /// The summarizer's per-call tally before ``FlatTallies``: the reference.
    static func reference(_ row: CallRow, into t: inout CallTypeTally, districts: ByteInterner) {
        t.calls += 1
        t.bySource[row.source.ordinal] += 1
        t.byOutcome[row.outcome.ordinal] += 1
        t.byWeekHour[LocalTime(milliseconds: row.created).weekHour] += 1
        if row.district >= 0 { t.byDistrict[districts.string(row.district), default: 0] += 1 }
        let m = CallRow.missingTime
        func seconds(_ a: Int64, _ b: Int64) -> Int64? {
            guard a != m, b != m, b >= a else { return nil }
            return (b - a + 500) / 1000
        }
        if let s = seconds(row.created, row.dispatched) { t.dispatchDelay.record(seconds: s) }
        if let s = seconds(row.dispatched, row.arrived) { t.travel.record(seconds: s) }
        if let s = seconds(row.created, row.arrived) { t.response.record(seconds: s) }
        if let s = seconds(row.arrived, row.cleared) { t.onScene.record(seconds: s) }
        if let s = seconds(row.dispatched, row.cleared), row.arrived != m { t.policeTime.record(seconds: s) }
    }

    /// Random calls over several slots: missing and backwards times, durations beyond the dense range, districts
    /// missing or not, every source and outcome; and one slot with 70,000 calls of the same durations, so its dense
    /// counts pass 65,535. With dense blocks, and without them (the path a failed allocation takes).
    @Test(arguments: [true, false]) func sameTalliesAsOneByOne(denseBlocks: Bool) {
        let districts = ByteInterner()
        let ids = (0..<12).map { i in Array("D\(i)".utf8).withUnsafeBufferPointer { districts.id(of: $0) } }
        var generator = SystemRandomNumberGenerator()
        let flat = FlatTallies(denseBlocks: denseBlocks)
        let slots = 7
        flat.ensure(slots: 3)
        var expected = [CallTypeTally](repeating: CallTypeTally(), count: slots)
        let m = CallRow.missingTime
        func time(after t: Int64) -> Int64 {
            switch Int.random(in: 0..<10, using: &generator) {
            case 0: return m
            case 1: return t - Int64.random(in: 1...90_000, using: &generator)
            case 2: return t + Int64.random(in: 7_000_000...90_000_000, using: &generator)
            default: return t + Int64.random(in: 0...3_000_000, using: &generator)
            }
        }
        for i in 0..<40_000 {
            let created = Int64.random(in: 1_500_000_000_000...1_700_000_000_000, using: &generator)
            var row = CallRow(callType: 0, created: created)
            row.source = CallSource.allCases.randomElement(using: &generator) ?? .unknown
            row.outcome = OutcomeClass.allCases.randomElement(using: &generator) ?? .unknown
            row.district = Bool.random(using: &generator) ? (ids.randomElement(using: &generator) ?? -1) : CallRow.none
            row.dispatched = time(after: created)
            row.arrived = time(after: row.dispatched == m ? created : row.dispatched)
            row.cleared = time(after: row.arrived == m ? created : row.arrived)
            let slot = i % 11 == 0 ? 6 : Int.random(in: 0..<slots - 1, using: &generator)
            flat.ensure(slots: slot + 1)
            flat.add(row, slot: slot)
            Self.reference(row, into: &expected[slot], districts: districts)
        }
        let busy = CallRow(callType: 0, source: .emergency911, outcome: .arrest, district: ids[0], created: 1_600_000_000_000,
                           dispatched: 1_600_000_003_000, arrived: 1_600_000_063_000, cleared: 1_600_000_663_000)
        for _ in 0..<70_000 {
            flat.add(busy, slot: 5)
            Self.reference(busy, into: &expected[5], districts: districts)
        }
        for slot in 0..<slots {
            let got = flat.tally(slot: slot, districtNames: districts)
            #expect(got == (expected[slot].calls > 0 ? expected[slot] : nil), "slot \(slot)")
        }
        #expect(flat.tally(slot: slots + 3, districtNames: districts) == nil)
        #expect(expected[5].travel.medianSeconds == 60)
    }

    @Test func recordingManyAtOnceIsRecordingEachOnce() {
        var generator = SystemRandomNumberGenerator()
        var bulk = DurationHistogram(), single = DurationHistogram()
        for _ in 0..<60 {
            let seconds = [Int64.random(in: 0..<7200, using: &generator), Int64.random(in: -50...50_000, using: &generator), 7199, 7200, 0].randomElement(using: &generator) ?? 0
            let n = [0, 1, 2, 3, 65_535, 65_536, 70_000].randomElement(using: &generator) ?? 1
            bulk.record(seconds: seconds, count: n)
            for _ in 0..<n { single.record(seconds: seconds) }
        }
        #expect(bulk == single)
        #expect(bulk.medianSeconds == single.medianSeconds)
        #expect(bulk.quantileSeconds(0.9) == single.quantileSeconds(0.9))
    }

    /// The table of durations beyond the dense range (``LongDurationCounts``) counts each (slot, histogram, seconds)
    /// exactly as a dictionary does, through several growths of the table, and refuses the keys it cannot hold.
    @Test func longDurationsCountedAsByADictionary() {
        var generator = SystemRandomNumberGenerator()
        var table = LongDurationCounts()
        defer { table.release() }
        var reference: [[Int]: Int] = [:]
        for _ in 0..<60_000 {
            let slot = [0, 1, 2, 40, 1 << 20, (1 << 28) - 1].randomElement(using: &generator) ?? 0
            let histogram = Int.random(in: 0..<5, using: &generator)
            let choices: [Int64] = [Int64.random(in: 7200..<9000, using: &generator), Int64.random(in: 7200..<2_000_000, using: &generator), (1 << 32) - 1]
            let seconds = choices.randomElement(using: &generator) ?? 7200
            let counted = table.add(slot: slot, histogram: histogram, seconds: seconds)
            #expect(counted)
            reference[[slot, histogram, Int(seconds)], default: 0] += 1
        }
        var got: [[Int]: Int] = [:]
        table.forEach { slot, histogram, seconds, count in got[[slot, histogram, Int(seconds)], default: 0] += count }
        #expect(got == reference)
        #expect(table.count == reference.count)
        for (slot, histogram, seconds) in [(1 << 28, 0, Int64(7200)), (0, 7, 7200), (0, 0, 1 << 32), (-1, 0, 7200), (0, 0, -1)] {
            let counted = table.add(slot: slot, histogram: histogram, seconds: seconds)
            #expect(!counted, "slot \(slot), histogram \(histogram), seconds \(seconds)")
        }
        table.removeAll()
        #expect(table.count == 0)
        var none = 0
        table.forEach { _, _, _, _ in none += 1 }
        #expect(none == 0)
        let counted = table.add(slot: 3, histogram: 4, seconds: 7300)
        #expect(counted)
        var held: [[Int]] = []
        table.forEach { slot, histogram, seconds, count in held.append([slot, histogram, Int(seconds), count]) }
        #expect(held == [[3, 4, 7300, 1]])
    }

    /// A tally read, then more calls, then the tally read again: the durations beyond the dense range moved out of the
    /// table at the first reading are not lost or counted twice.
    @Test func longDurationsSurviveATallyInBetween() {
        let districts = ByteInterner()
        let flat = FlatTallies()
        flat.ensure(slots: 2)
        var expected = CallTypeTally()
        let row = CallRow(callType: 0, created: 1_600_000_000_000, dispatched: 1_600_000_000_000 + 9_000_000,
                          arrived: 1_600_000_000_000 + 9_500_000, cleared: 1_600_000_000_000 + 30_000_000)
        for round in 0..<3 {
            for _ in 0..<(round + 1) * 10 {
                flat.add(row, slot: 1)
                Self.reference(row, into: &expected, districts: districts)
            }
            #expect(flat.tally(slot: 1, districtNames: districts) == expected, "round \(round)")
        }
        #expect(expected.policeTime.count == 60)
    }
}
