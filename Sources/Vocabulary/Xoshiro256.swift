/// xoshiro256** (Blackman & Vigna 2018): the seeded generator for simulations and generated data, with a
/// long period and good statistical quality; the same numbers on every platform, so a seed repeats a run exactly.
///
/// The state is expanded from the seed by four steps of ``SplitMix64``, as the authors recommend. Reroute's
/// dispatch simulation and demo-data generator both draw from it; their results are pinned by seed in tests, so
/// neither the seeding nor the output function may change.
public struct Xoshiro256: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Creates a generator whose whole stream is fixed by `seed`.
    public init(seed: UInt64) {
        var mixer = SplitMix64(seed: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = Self.rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotateLeft(s3, 45)
        return result
    }

    /// A uniform double in [0, 1) with 53 random bits.
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A uniform double in the open interval (0, 1), safe to take the logarithm of.
    public mutating func openUnit() -> Double { (Double(next() >> 11) + 0.5) * 0x1.0p-53 }

    /// A uniform integer in `0..<bound` (`bound` > 0), by multiply-shift (bias below 2⁻⁴⁰ for bounds under 2²⁴).
    public mutating func below(_ bound: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    private static func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}
