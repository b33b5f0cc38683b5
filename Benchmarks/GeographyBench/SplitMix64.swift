/// SplitMix64 (Steele, Lea & Flood 2014), the generator `Benchmarks/pip_bench.py` reproduces with numpy: output k
/// is `mix(seed + (k + 1) · 0x9E3779B97F4A7C15)`, so both programs draw bit-identical points from the same seed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    /// A generator starting from `seed`.
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A double in [0, 1): the top 53 bits times 2⁻⁵³.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }
}
