import Foundation

/// An ordinary least-squares fit with cluster-robust standard errors.
public struct LeastSquaresFit: Sendable {
    public var coefficients: [Double]
    /// Cluster-robust (CR1) standard errors.
    public var standardErrors: [Double]
    public var observations: Int
    public var regressors: Int
    public var clusters: Int
    /// Degrees of freedom of the t reference distribution: clusters − 1.
    public var degreesOfFreedom: Int { max(clusters - 1, 1) }

    /// The two-sided `level` confidence interval of coefficient `j` (t distribution with clusters − 1 degrees of freedom).
    public func interval(_ j: Int, level: Double = 0.95) -> (lower: Double, upper: Double) {
        let t = StudentT.quantile(0.5 + level / 2, degreesOfFreedom: Double(degreesOfFreedom))
        return (coefficients[j] - t * standardErrors[j], coefficients[j] + t * standardErrors[j])
    }
}

/// Ordinary least squares by the normal equations, with the cluster-robust sandwich variance.
///
/// The variance is CR1, the default of Stata's `vce(cluster)` and of the Python oracle in
/// `Tests/oracles/did_ols_oracle.py`: `c · (X'X)⁻¹ (Σ_g X_g'û_g û_g'X_g) (X'X)⁻¹` with
/// `c = G/(G−1) · (N−1)/(N−K)`. With few clusters it is biased downward; the t reference with G − 1 degrees of
/// freedom widens intervals accordingly, but with a handful of treated clusters the intervals remain approximate.
public enum LeastSquares {
    /// Fits `y = Xβ + u`.
    /// - Parameters:
    ///   - design: the rows of X (each with the same number of regressors).
    ///   - outcome: y, one per row.
    ///   - clusters: the cluster of each row.
    /// - Throws: ``EvaluationError/singularDesign(detail:)`` when X'X cannot be inverted.
    /// - Complexity: O(n·k²) for n rows and k regressors, plus O(k³) for the inverse.
    public static func fit(design: [[Double]], outcome: [Double], clusters: [String]) throws -> LeastSquaresFit {
        let n = design.count
        guard n > 0, let k = design.first?.count, k > 0, n == outcome.count, n == clusters.count else {
            throw EvaluationError.singularDesign(detail: "no observations, or X, y and clusters differ in length")
        }
        guard n > k else { throw EvaluationError.singularDesign(detail: "\(n) observations for \(k) regressors") }
        var xtx = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        var xty = [Double](repeating: 0, count: k)
        for (row, y) in zip(design, outcome) {
            for a in 0..<k where row[a] != 0 {
                xty[a] += row[a] * y
                for b in a..<k where row[b] != 0 { xtx[a][b] += row[a] * row[b] }
            }
        }
        for a in 0..<k { for b in 0..<a { xtx[a][b] = xtx[b][a] } }
        let inverse = try invert(xtx)
        let beta = (0..<k).map { a in (0..<k).reduce(0.0) { $0 + inverse[a][$1] * xty[$1] } }
        // Scores per cluster: X_g' û_g.
        var scores: [String: [Double]] = [:]
        for (i, row) in design.enumerated() {
            let fitted = zip(row, beta).reduce(0.0) { $0 + $1.0 * $1.1 }
            let u = outcome[i] - fitted
            var s = scores[clusters[i]] ?? [Double](repeating: 0, count: k)
            for a in 0..<k where row[a] != 0 { s[a] += row[a] * u }
            scores[clusters[i]] = s
        }
        var meat = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for s in scores.values { for a in 0..<k where s[a] != 0 { for b in 0..<k { meat[a][b] += s[a] * s[b] } } }
        let g = Double(scores.count)
        let correction = g > 1 ? g / (g - 1) * Double(n - 1) / Double(n - k) : 1
        // V = c · A M A with A = (X'X)⁻¹; only the diagonal is needed.
        var se = [Double](repeating: 0, count: k)
        for j in 0..<k {
            let a = inverse[j]
            var v = 0.0
            for p in 0..<k where a[p] != 0 {
                var inner = 0.0
                for q in 0..<k { inner += meat[p][q] * a[q] }
                v += a[p] * inner
            }
            se[j] = (max(v, 0) * correction).squareRoot()
        }
        return LeastSquaresFit(coefficients: beta, standardErrors: se, observations: n, regressors: k, clusters: scores.count)
    }

    /// The inverse of a symmetric positive-definite matrix by Gauss–Jordan elimination with partial pivoting.
    static func invert(_ matrix: [[Double]]) throws -> [[Double]] {
        let k = matrix.count
        var a = matrix
        var inv = (0..<k).map { i in (0..<k).map { $0 == i ? 1.0 : 0.0 } }
        let scale = max(1e-300, matrix.enumerated().map { abs($0.element[$0.offset]) }.max() ?? 1)
        for col in 0..<k {
            guard let pivot = (col..<k).max(by: { abs(a[$0][col]) < abs(a[$1][col]) }), abs(a[pivot][col]) > 1e-10 * scale else {
                throw EvaluationError.singularDesign(detail: "regressor \(col + 1) of \(k) is a combination of the others")
            }
            a.swapAt(col, pivot)
            inv.swapAt(col, pivot)
            let p = a[col][col]
            for j in 0..<k { a[col][j] /= p; inv[col][j] /= p }
            for r in 0..<k where r != col && a[r][col] != 0 {
                let f = a[r][col]
                for j in 0..<k { a[r][j] -= f * a[col][j]; inv[r][j] -= f * inv[col][j] }
            }
        }
        return inv
    }
}

/// Student's t distribution: the CDF through the regularised incomplete beta function and its quantile by bisection.
enum StudentT {
    static func cdf(_ t: Double, degreesOfFreedom v: Double) -> Double {
        let x = v / (v + t * t)
        let tail = 0.5 * incompleteBeta(x, a: v / 2, b: 0.5)
        return t >= 0 ? 1 - tail : tail
    }

    static func quantile(_ p: Double, degreesOfFreedom v: Double) -> Double {
        var lo = -1000.0, hi = 1000.0
        for _ in 0..<200 {
            let mid = (lo + hi) / 2
            if cdf(mid, degreesOfFreedom: v) < p { lo = mid } else { hi = mid }
        }
        return (lo + hi) / 2
    }

    /// The regularised incomplete beta function I_x(a, b) (continued fraction, Lentz's method).
    static func incompleteBeta(_ x: Double, a: Double, b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logBeta: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
        let logPowers: Double = a * log(x) + b * log(1 - x)
        let front = exp(logBeta + logPowers)
        if x > (a + 1) / (a + b + 2) { return 1 - incompleteBeta(1 - x, a: b, b: a) }
        var c = 1.0, d = 1 - (a + b) * x / (a + 1)
        if abs(d) < 1e-300 { d = 1e-300 }
        d = 1 / d
        var f = d
        for m in 1...300 {
            let m = Double(m)
            let even: Double = (a + 2 * m - 1) * (a + 2 * m)
            var num: Double = m * (b - m) * x / even
            d = 1 + num * d; if abs(d) < 1e-300 { d = 1e-300 }; c = 1 + num / c; if abs(c) < 1e-300 { c = 1e-300 }
            d = 1 / d; f *= d * c
            let odd: Double = (a + 2 * m) * (a + 2 * m + 1)
            num = -(a + m) * (a + b + m) * x / odd
            d = 1 + num * d; if abs(d) < 1e-300 { d = 1e-300 }; c = 1 + num / c; if abs(c) < 1e-300 { c = 1e-300 }
            d = 1 / d
            let delta = d * c
            f *= delta
            if abs(delta - 1) < 1e-15 { break }
        }
        return front * f / a
    }
}
