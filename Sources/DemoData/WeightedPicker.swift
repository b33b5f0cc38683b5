import Vocabulary

/// Draws indices from fixed weights by binary search over the cumulative sums.
struct WeightedPicker: Sendable {
    private let cumulative: [Double]

    /// - Parameter weights: non-negative weights, at least one positive.
    init(_ weights: [Double]) {
        var sum = 0.0
        var c: [Double] = []
        c.reserveCapacity(weights.count)
        for w in weights {
            sum += max(0, w)
            c.append(sum)
        }
        cumulative = c.map { $0 / sum }
    }

    /// An index drawn with probability proportional to its weight.
    /// - Complexity: O(log n).
    func pick(using rng: inout Xoshiro256) -> Int {
        let u = rng.unit()
        var lo = 0
        var hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] > u { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
