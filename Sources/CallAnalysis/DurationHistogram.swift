/// Exact counts of durations in whole seconds, from which medians are read without keeping the values.
///
/// Why not an HDR histogram: HDR keeps a few significant digits, so a median of 3,000 s could be off
/// by seconds, and the benchmark (W1) and the report's tables need the exact median. Durations in
/// whole seconds take few distinct values, so exact counts fit in a dense array for the first two
/// hours plus a dictionary for the rest: memory is bounded by the range of values, not their number,
/// and two histograms merge by adding counts, so per-file or per-thread results combine exactly.
///
/// The dense array grows to the largest value seen (in powers of two, at most ``denseLimit``) rather than
/// starting at two hours: a report keeps several histograms per call type and per part, and most durations
/// (dispatch delay, travel) stay far below two hours, so this bounds memory by what the data holds. Dense counts
/// are 16-bit; a count that passes 65,535 carries whole 65,536s into ``carries``, so no count is ever capped.
public struct DurationHistogram: Sendable, Equatable {
    static let denseLimit = 7200
    private var dense: [UInt16] = []
    /// Index → number of 65,536s carried out of `dense[index]` (no zero entries).
    private var carries: [Int: Int] = [:]
    private var sparse: [Int64: Int] = [:]
    /// Number of values recorded.
    public private(set) var count = 0

    public init() {}

    /// Equal when they hold the same counts, however far each dense array has grown.
    public static func == (a: DurationHistogram, b: DurationHistogram) -> Bool {
        guard a.count == b.count, a.sparse == b.sparse, a.carries == b.carries else { return false }
        let shared = min(a.dense.count, b.dense.count)
        return a.dense[..<shared] == b.dense[..<shared]
            && a.dense[shared...].allSatisfy { $0 == 0 } && b.dense[shared...].allSatisfy { $0 == 0 }
    }

    /// Grows the dense array so that index `needed - 1` exists: the next power of two (at least 64), at most
    /// ``denseLimit``.
    private mutating func growDense(to needed: Int) {
        guard needed > dense.count else { return }
        var size = max(64, dense.count)
        while size < needed { size *= 2 }
        dense.append(contentsOf: repeatElement(0, count: min(size, Self.denseLimit) - dense.count))
    }

    /// Records one duration in seconds.
    @inline(__always)
    public mutating func record(seconds: Int64) {
        count += 1
        if seconds >= 0 && seconds < Int64(Self.denseLimit) {
            let index = Int(seconds)
            if index >= dense.count { growDense(to: index + 1) }
            if dense[index] == UInt16.max {
                dense[index] = 0
                carries[index, default: 0] += 1
            } else {
                dense[index] += 1
            }
        } else {
            sparse[seconds, default: 0] += 1
        }
    }

    /// Records `n` durations of `seconds` each: the same as calling ``record(seconds:)`` `n` times.
    public mutating func record(seconds: Int64, count n: Int) {
        guard n > 0 else { return }
        count += n
        if seconds >= 0 && seconds < Int64(Self.denseLimit) {
            let index = Int(seconds)
            if index >= dense.count { growDense(to: index + 1) }
            let total = Int(dense[index]) + n
            dense[index] = UInt16(truncatingIfNeeded: total)
            if total >> 16 > 0 { carries[index, default: 0] += total >> 16 }
        } else {
            sparse[seconds, default: 0] += n
        }
    }

    /// Adds another histogram's counts.
    public mutating func merge(_ other: DurationHistogram) {
        guard other.count > 0 else { return }
        count += other.count
        if !other.dense.isEmpty {
            if dense.isEmpty { dense = other.dense } else {
                growDense(to: other.dense.count)
                for i in 0..<other.dense.count where other.dense[i] != 0 {
                    let total = Int(dense[i]) + Int(other.dense[i])
                    dense[i] = UInt16(truncatingIfNeeded: total)
                    if total > Int(UInt16.max) { carries[i, default: 0] += 1 }
                }
            }
        }
        for (i, c) in other.carries { carries[i, default: 0] += c }
        for (k, v) in other.sparse { sparse[k, default: 0] += v }
    }

    /// Removes another histogram's counts (values it recorded that this one also recorded): the histogram is
    /// then equal to one that never recorded them.
    public mutating func subtract(_ other: DurationHistogram) {
        guard other.count > 0 else { return }
        count -= other.count
        if !other.dense.isEmpty, !dense.isEmpty {
            for i in 0..<min(dense.count, other.dense.count) where other.dense[i] != 0 {
                var value = Int(dense[i]) - Int(other.dense[i])
                if value < 0 {
                    value += 1 << 16
                    let left = (carries[i] ?? 0) - 1
                    carries[i] = left == 0 ? nil : left
                }
                dense[i] = UInt16(value)
            }
        }
        for (i, c) in other.carries {
            let left = (carries[i] ?? 0) - c
            carries[i] = left == 0 ? nil : left
        }
        if carries.isEmpty, !dense.contains(where: { $0 != 0 }) { dense = [] }
        for (k, v) in other.sparse {
            let left = (sparse[k] ?? 0) - v
            sparse[k] = left == 0 ? nil : left
        }
    }

    /// The value at 0-based rank `k` in sorted order.
    private func value(atRank k: Int) -> Int64 {
        var remaining = k
        let negatives = sparse.keys.filter { $0 < 0 }.sorted()
        for key in negatives {
            let c = sparse[key]!
            if remaining < c { return key }
            remaining -= c
        }
        if !dense.isEmpty {
            for i in 0..<dense.count {
                let c = Int(dense[i]) + (carries.isEmpty ? 0 : (carries[i] ?? 0) << 16)
                if remaining < c { return Int64(i) }
                remaining -= c
            }
        }
        for key in sparse.keys.filter({ $0 >= 0 }).sorted() {
            let c = sparse[key]!
            if remaining < c { return key }
            remaining -= c
        }
        return 0
    }

    /// The median in seconds: the middle value, or the mean of the two middle values; nil when empty.
    public var medianSeconds: Double? {
        guard count > 0 else { return nil }
        if count % 2 == 1 { return Double(value(atRank: count / 2)) }
        return (Double(value(atRank: count / 2 - 1)) + Double(value(atRank: count / 2))) / 2
    }

    /// The median in minutes.
    public var medianMinutes: Double? { medianSeconds.map { $0 / 60 } }

    /// The `q` quantile (0...1) by nearest rank, in seconds.
    public func quantileSeconds(_ q: Double) -> Double? {
        guard count > 0 else { return nil }
        let rank = min(count - 1, max(0, Int((q * Double(count)).rounded(.up)) - 1))
        return Double(value(atRank: rank))
    }
}
