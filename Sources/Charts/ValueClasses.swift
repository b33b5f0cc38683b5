import Foundation

/// The classes of a set of values under a `Classification`.
public struct ValueClasses: Sendable, Hashable {
    /// The method the classes were made with.
    public let classification: Classification
    /// The classes, lowest first. Empty when there are no finite values.
    public let classes: [ValueClass]

    /// Classifies the finite values among `values` (nil, NaN and infinite values are ignored).
    /// - Complexity: O(n log n) for n values.
    public init(values: [Double?], classification: Classification) {
        self.classification = classification
        let sorted = values.compactMap { $0 }.filter(\.isFinite).sorted()
        guard let low = sorted.first, let high = sorted.last else {
            classes = []
            return
        }
        var uppers: [Double]
        var firstLower = low
        switch classification {
        case .roundedEqualInterval(let requested):
            let n = max(1, min(requested, 12))
            let step = Self.niceStep((high - low) / Double(n))
            let start = (low / step).rounded(.down) * step
            firstLower = start
            uppers = []
            var upper = start + step
            while upper < high && uppers.count < 24 { uppers.append(upper); upper += step }
            uppers.append(max(upper, high))
        case .quantiles(let requested):
            let n = max(1, min(requested, 12))
            uppers = (0..<n).map { i in
                let rank = Int((Double((i + 1) * sorted.count) / Double(n)).rounded(.up))
                return sorted[min(sorted.count, max(1, rank)) - 1]
            }
        case .equalInterval(let requested):
            let n = max(1, min(requested, 12))
            let step = (high - low) / Double(n)
            uppers = (1...n).map { $0 == n ? high : low + step * Double($0) }
        case .manual(let bounds):
            uppers = bounds.filter { $0.isFinite && $0 >= low && $0 < high }.sorted() + [high]
        }
        // Drop repeated bounds (ties) so every class is a real interval.
        var unique: [Double] = []
        for upper in uppers where unique.last.map({ upper > $0 }) ?? true { unique.append(upper) }
        if low == high { unique = [high] }
        let colours = ChartPalette.classColours(count: unique.count)
        var built: [ValueClass] = []
        var lower = firstLower
        var start = 0
        for (index, upper) in unique.enumerated() {
            var end = start
            while end < sorted.count && sorted[end] <= upper { end += 1 }
            built.append(ValueClass(lower: lower, upper: upper, count: end - start, colour: colours[index]))
            start = end
            lower = upper
        }
        classes = built
    }

    /// The smallest of 1, 2, 2.5 and 5 × 10^k at least `raw` (1 for zero or invalid input).
    static func niceStep(_ raw: Double) -> Double {
        guard raw.isFinite, raw > 0 else { return 1 }
        let power = pow(10, (log10(raw)).rounded(.down))
        for m in [1.0, 2, 2.5, 5, 10] where m * power >= raw * (1 - 1e-12) { return m * power }
        return 10 * power
    }

    /// The index of the class holding `value`, or `nil` for missing or out-of-range values.
    public func index(of value: Double?) -> Int? {
        guard let value, value.isFinite, let first = classes.first, value >= first.lower else { return nil }
        return classes.firstIndex { value <= $0.upper }
    }
}
