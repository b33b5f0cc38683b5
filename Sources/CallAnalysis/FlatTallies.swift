#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CallRecords

/// The counts of many ``CallTypeTally`` values while a file is read, in flat buffers: one row of plain counters per
/// tally (calls, per source, per outcome, per hour of the week) and one block of dense duration counts per tally, so
/// adding a call is a handful of stores through pointers.
///
/// Why not an array of ``CallTypeTally``: each call then went through the uniqueness checks of the outer array and
/// of the tally's nested arrays (three count arrays and five histograms), 6% of the report's read on their own
/// beside the 16% of the tally itself (perf, 1M rows). ``tally(slot:districtNames:)`` gives back an ordinary
/// ``CallTypeTally`` with the same counts as if each call had been added to one.
///
/// A tally is a slot; ``CallSummarizer`` uses `3 * call type id + kind` (``unknown``, ``officer``, ``citizen``).
/// Belongs to one reading thread.
final class FlatTallies {
    static let unknown = 0, officer = 1, citizen = 2

    static let sources = CallSource.allCases.count
    static let outcomes = OutcomeClass.allCases.count
    /// Counters per slot: [0] calls, then per source, per outcome, and 168 hours of the week.
    static let stride = 1 + sources + outcomes + 168
    /// Durations per slot: dispatch delay, travel, response, on scene, police time (``CallTypeTally``'s order).
    static let histograms = 5
    /// Dense seconds per histogram, as ``DurationHistogram``'s dense range (values beyond go to ``overflow``).
    static let bins = DurationHistogram.denseLimit

    // @exclusivity(unchecked): these are read for every row (and `add` changes what they point to, not them); a
    // FlatTallies belongs to one reading thread's summarizer and nothing re-enters it while it changes them.
    @exclusivity(unchecked) private var slots = 0
    @exclusivity(unchecked) private var counts = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    /// Per slot: `histograms * bins` 16-bit counts, allocated zeroed (calloc: pages untouched until counted) at the
    /// slot's first call; nil before. A count that would pass 65,535 moves into ``overflow`` (65,536 at a time), so
    /// none is capped, and memory is what ``DurationHistogram``'s own dense counts take.
    @exclusivity(unchecked) private var dense = UnsafeMutablePointer<UnsafeMutablePointer<UInt16>?>.allocate(capacity: 1)
    /// Per slot, `histograms` histograms for the values outside the dense range and the dense counts moved out.
    @exclusivity(unchecked) private var overflow = UnsafeMutablePointer<DurationHistogram>.allocate(capacity: 1)
    @exclusivity(unchecked) private var districts = UnsafeMutablePointer<DistrictCounts>.allocate(capacity: 1)
    @exclusivity(unchecked) private var capacity = 1
    /// Whether slots get dense duration blocks; without them every duration goes to the slot's own
    /// ``DurationHistogram``s, with the same counts (the path taken when a block cannot be allocated).
    private let denseBlocks: Bool

    init(denseBlocks: Bool = true) { self.denseBlocks = denseBlocks }

    deinit {
        for s in 0..<slots { free(dense[s]) }
        overflow.deinitialize(count: slots * Self.histograms)
        for s in 0..<slots { districts[s].release() }
        districts.deinitialize(count: slots)
        counts.deallocate(); dense.deallocate(); overflow.deallocate(); districts.deallocate()
    }

    /// Makes slots `0 ..< n` exist (empty when new).
    func ensure(slots n: Int) {
        guard n > slots else { return }
        if n > capacity {
            let size = max(n, capacity * 2, 16)
            let c = UnsafeMutablePointer<Int>.allocate(capacity: size * Self.stride)
            c.moveInitialize(from: counts, count: slots * Self.stride)
            counts.deallocate(); counts = c
            let d = UnsafeMutablePointer<UnsafeMutablePointer<UInt16>?>.allocate(capacity: size)
            d.moveInitialize(from: dense, count: slots)
            dense.deallocate(); dense = d
            let o = UnsafeMutablePointer<DurationHistogram>.allocate(capacity: size * Self.histograms)
            o.moveInitialize(from: overflow, count: slots * Self.histograms)
            overflow.deallocate(); overflow = o
            let r = UnsafeMutablePointer<DistrictCounts>.allocate(capacity: size)
            r.moveInitialize(from: districts, count: slots)
            districts.deallocate(); districts = r
            capacity = size
        }
        (counts + slots * Self.stride).initialize(repeating: 0, count: (n - slots) * Self.stride)
        (dense + slots).initialize(repeating: nil, count: n - slots)
        (overflow + slots * Self.histograms).initialize(repeating: DurationHistogram(), count: (n - slots) * Self.histograms)
        (districts + slots).initialize(repeating: DistrictCounts(), count: n - slots)
        slots = n
    }

    /// Adds one call to slot `slot` (which must exist): what ``CallTypeTally`` counts of it.
    @inline(__always)
    func add(_ row: CallRow, slot: Int) {
        let c = counts + slot * Self.stride
        c[0] += 1
        c[1 + row.source.ordinal] += 1
        c[1 + Self.sources + row.outcome.ordinal] += 1
        c[1 + Self.sources + Self.outcomes + LocalTime(milliseconds: row.created).weekHour] += 1
        if row.district >= 0 { districts[slot].add(row.district) }
        let h = dense[slot] ?? allocateDense(slot)
        let o = overflow + slot * Self.histograms
        let m = CallRow.missingTime
        @inline(__always) func record(_ a: Int64, _ b: Int64, _ k: Int) {
            guard a != m, b != m, b >= a else { return }
            let seconds = (b - a + 500) / 1000
            if let h, seconds < Int64(Self.bins) {
                let p = h + k * Self.bins + Int(seconds)
                if p.pointee != UInt16.max { p.pointee += 1; return }
                p.pointee = 0
                o[k].record(seconds: seconds, count: 1 << 16)
                return
            }
            o[k].record(seconds: seconds)
        }
        record(row.created, row.dispatched, 0)
        record(row.dispatched, row.arrived, 1)
        record(row.created, row.arrived, 2)
        record(row.arrived, row.cleared, 3)
        if row.arrived != m { record(row.dispatched, row.cleared, 4) }
    }

    /// A zeroed dense block for `slot` (calloc: pages untouched until counted), or nil when blocks are off or memory
    /// runs out: an export with very many call types asks for one block per type, so a failed allocation is input
    /// reachable, and the slot then counts its durations in its ``DurationHistogram``s instead of stopping the run.
    private func allocateDense(_ slot: Int) -> UnsafeMutablePointer<UInt16>? {
        guard denseBlocks, let raw = calloc(Self.histograms * Self.bins, MemoryLayout<UInt16>.stride) else { return nil }
        let p = raw.bindMemory(to: UInt16.self, capacity: Self.histograms * Self.bins)
        dense[slot] = p
        return p
    }

    /// The tally of slot `slot`, its districts named from `districtNames`; nil when it has no calls.
    func tally(slot: Int, districtNames: ByteInterner) -> CallTypeTally? {
        guard slot < slots else { return nil }
        let c = counts + slot * Self.stride
        guard c[0] > 0 else { return nil }
        var t = CallTypeTally()
        t.calls = c[0]
        for i in 0..<Self.sources { t.bySource[i] = c[1 + i] }
        for i in 0..<Self.outcomes { t.byOutcome[i] = c[1 + Self.sources + i] }
        for i in 0..<168 { t.byWeekHour[i] = c[1 + Self.sources + Self.outcomes + i] }
        var histograms = (0..<Self.histograms).map { overflow[slot * Self.histograms + $0] }
        if let h = dense[slot] {
            for k in 0..<Self.histograms {
                let block = h + k * Self.bins
                for i in 0..<Self.bins where block[i] != 0 { histograms[k].record(seconds: Int64(i), count: Int(block[i])) }
            }
        }
        t.dispatchDelay = histograms[0]; t.travel = histograms[1]; t.response = histograms[2]
        t.onScene = histograms[3]; t.policeTime = histograms[4]
        for (d, n) in districts[slot].counted { t.byDistrict[districtNames.string(d), default: 0] += n }
        return t
    }
}

/// A zero-filled buffer of counts that grows on demand; the one owner calls ``release()``.
struct FlatCounts {
    private(set) var base = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    private(set) var capacity = 0

    /// Makes indexes below `count` valid (zero when new).
    mutating func ensure(_ count: Int) {
        guard count > capacity else { return }
        let size = max(count, capacity * 2, 64)
        let bigger = UnsafeMutablePointer<Int>.allocate(capacity: size)
        bigger.moveInitialize(from: base, count: capacity)
        (bigger + capacity).initialize(repeating: 0, count: size - capacity)
        base.deallocate()
        base = bigger
        capacity = size
    }

    @inline(__always) subscript(_ i: Int) -> Int { i < capacity ? base[i] : 0 }
    func release() { base.deallocate() }
}
