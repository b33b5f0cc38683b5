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
}
