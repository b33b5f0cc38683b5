import Vocabulary
import Foundation

/// A mean over replications with its 95% confidence interval (Student t).
public struct Estimate: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Mean over replications.
    public var mean: Double
    /// Half-width of the 95% confidence interval (0 with one replication).
    public var halfWidth: Double
    /// Replications with a defined value.
    public var count: Int

    /// Estimates the mean of `values` (NaNs ignored).
    public init(_ values: [Double]) {
        let v = values.filter { !$0.isNaN }
        count = v.count
        guard !v.isEmpty else { mean = .nan; halfWidth = .nan; return }
        let m = v.reduce(0, +) / Double(v.count)
        mean = m
        guard v.count > 1 else { halfWidth = 0; return }
        let variance = v.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(v.count - 1)
        halfWidth = Self.t975(degreesOfFreedom: v.count - 1) * (variance / Double(v.count)).squareRoot()
    }

    /// Lower end of the interval.
    public var lower: Double { mean - halfWidth }
    /// Upper end of the interval.
    public var upper: Double { mean + halfWidth }

    public var description: String { "\(Format.trimmed(mean, digits: 2)) ± \(Format.trimmed(halfWidth, digits: 2))" }

    /// The 97.5% quantile of Student's t (exact table to 30 degrees of freedom, then the Cornish–Fisher expansion).
    public static func t975(degreesOfFreedom df: Int) -> Double {
        let table: [Double] = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
                               2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
                               2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042]
        if df >= 1 && df <= 30 { return table[df - 1] }
        let z = 1.959964, n = Double(max(df, 1))
        return z + (z * z * z + z) / (4 * n) + (5 * pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * n * n)
    }
}
