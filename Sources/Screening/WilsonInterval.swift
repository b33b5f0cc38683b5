import Foundation

/// A Wilson score interval for a binomial proportion (Wilson 1927), better behaved than the normal
/// approximation for small samples and shares near 0 or 1.
public struct WilsonInterval: Sendable, Hashable, Codable {
    /// Successes.
    public var successes: Int
    /// Trials.
    public var trials: Int
    /// The observed share (0 when there are no trials).
    public var share: Double
    /// Lower bound.
    public var lower: Double
    /// Upper bound.
    public var upper: Double

    /// The two-sided 95% normal quantile, 1.959964.
    public static let z95 = 1.959963984540054

    /// Computes the interval.
    /// - Parameters:
    ///   - successes: Count of successes, 0 ≤ successes ≤ trials.
    ///   - trials: Count of trials; 0 gives the uninformative interval [0, 1].
    ///   - z: The normal quantile (default 95%).
    public init(successes: Int, trials: Int, z: Double = WilsonInterval.z95) {
        self.successes = successes
        self.trials = trials
        guard trials > 0 else {
            share = 0; lower = 0; upper = 1
            return
        }
        let n = Double(trials)
        let p = Double(min(max(successes, 0), trials)) / n
        let z2 = z * z
        let centre = (p + z2 / (2 * n)) / (1 + z2 / n)
        let half = z / (1 + z2 / n) * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
        share = p
        lower = max(0, centre - half)
        upper = min(1, centre + half)
    }
}
