/// A small, seedable pseudo-random generator (xoshiro256**, seeded through SplitMix64).
///
/// Swift's `SystemRandomNumberGenerator` cannot be seeded, so the generator carries its own; the same seed gives
/// the same sequence on every platform and run.
struct DemoRandom: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Creates a generator whose state is expanded from `seed` with SplitMix64.
    init(seed: UInt64) {
        var x = seed
        s0 = DemoRandom.splitMix(&x)
        s1 = DemoRandom.splitMix(&x)
        s2 = DemoRandom.splitMix(&x)
        s3 = DemoRandom.splitMix(&x)
    }

    /// One SplitMix64 step; also used to derive independent sub-seeds.
    static func splitMix(_ x: inout UInt64) -> UInt64 {
        x &+= 0x9E37_79B9_7F4A_7C15
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = (s3 << 45) | (s3 >> 19)
        return result
    }

    /// A uniform double in [0, 1) with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A uniform integer in `0..<bound` (`bound` > 0), by multiply-shift (bias below 2⁻⁴⁰ for our bounds).
    mutating func below(_ bound: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// An approximately standard normal deviate: the Irwin–Hall sum of 12 uniforms minus 6 (mean 0, variance 1,
    /// median exactly 0, tails cut at ±6).
    ///
    /// Only additions are used, never the platform's `log`/`cos`, whose last bits differ between C libraries: the
    /// output bytes are then the same on Linux and macOS.
    mutating func standardNormal() -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += unit() }
        return sum - 6
    }

    /// A log-normal deviate with the given median and log-scale spread `sigma`.
    mutating func logNormal(median: Double, sigma: Double) -> Double {
        median * DemoRandom.exp(sigma * standardNormal())
    }

    /// eˣ from basic arithmetic only (reproducible across platforms): x = k·ln 2 + r with |r| ≤ ln 2 / 2, a Taylor
    /// series for eʳ (relative error below 1e-15), then scaling by 2ᵏ. Valid for |x| < 700.
    static func exp(_ x: Double) -> Double {
        let ln2 = 0.693_147_180_559_945_3
        let k = (x / ln2).rounded()
        let r = x - k * ln2
        var term = 1.0
        var sum = 1.0
        for n in 1...18 {
            term = term * r / Double(n)
            sum += term
        }
        return sum * Double(sign: .plus, exponent: Int(k), significand: 1.0)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }
}

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
    func pick(using rng: inout DemoRandom) -> Int {
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
