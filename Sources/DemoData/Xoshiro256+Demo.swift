import Vocabulary

/// The demo generator's distributions on top of the shared ``Xoshiro256``.
///
/// Only additions and multiplications are used, never the platform's `log`/`cos`/`exp`, whose last bits differ
/// between C libraries: the demo's output bytes are then the same on Linux and macOS.
extension Xoshiro256 {
    /// An approximately standard normal deviate: the Irwin–Hall sum of 12 uniforms minus 6 (mean 0, variance 1,
    /// median exactly 0, tails cut at ±6).
    mutating func standardNormal() -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += unit() }
        return sum - 6
    }

    /// A log-normal deviate with the given median and log-scale spread `sigma`.
    mutating func logNormal(median: Double, sigma: Double) -> Double {
        median * Self.portableExp(sigma * standardNormal())
    }

    /// eˣ from basic arithmetic only (reproducible across platforms): x = k·ln 2 + r with |r| ≤ ln 2 / 2, a Taylor
    /// series for eʳ (relative error below 1e-15), then scaling by 2ᵏ. Valid for |x| < 700.
    static func portableExp(_ x: Double) -> Double {
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
}
