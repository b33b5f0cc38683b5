/// A compact dual-simplex tableau: `x_B(i) + Σ_k t[i][k]·x_N(k) = b[i]`, objective `z + Σ_k d[k]·x_N(k)`.
struct DualSimplexTableau: Sendable {
    var m: Int
    let n: Int
    var t: [Double]
    var b: [Double]
    var d: [Double]
    var z = 0.0
    /// Variable id of each row's basic variable (ids < n are structural).
    var basic: [Int]
    /// Variable id of each column's nonbasic variable.
    var nonbasic: [Int]
    var nextSlackID: Int

    init(rows: Int, columns: Int) {
        m = rows; n = columns
        t = [Double](repeating: 0, count: rows * columns)
        b = [Double](repeating: 0, count: rows)
        d = [Double](repeating: 0, count: columns)
        basic = [Int](repeating: 0, count: rows)
        nonbasic = Array(0..<columns)
        nextSlackID = columns + rows
    }

    /// Structural variable values.
    func primal() -> [Double] {
        var x = [Double](repeating: 0, count: n)
        for i in 0..<m where basic[i] < n { x[basic[i]] = max(0, b[i]) }
        return x
    }

    /// Adds `x_j ≤ value` (isUpper) or `x_j ≥ value`; x_j must be basic.
    mutating func addBound(variable j: Int, value: Double, isUpper: Bool) {
        guard let i = basic.firstIndex(of: j) else { return }
        let row = Array(t[(i * n)..<(i * n + n)])
        if isUpper {
            t.append(contentsOf: row.map { -$0 }); b.append(value - b[i])
        } else {
            t.append(contentsOf: row); b.append(b[i] - value)
        }
        basic.append(nextSlackID); nextSlackID += 1; m += 1
    }

    /// Runs the dual simplex to optimality; false when the LP is infeasible.
    mutating func solve(maxIterations: Int = 100_000) -> Bool {
        var iterations = 0
        var pivotRow = [Double](repeating: 0, count: n)
        while iterations < maxIterations {
            iterations += 1
            var r = -1, most = -1e-9
            for i in 0..<m where b[i] < most { most = b[i]; r = i }
            if r < 0 { return true }
            var k = -1, ratio = Double.infinity, size = 0.0
            let base = r * n
            for l in 0..<n {
                let a = t[base + l]
                if a < -1e-9 {
                    let q = d[l] / -a
                    if q < ratio - 1e-12 || (q <= ratio + 1e-12 && -a > size) { ratio = q; k = l; size = -a }
                }
            }
            if k < 0 { return false }
            let p = t[base + k]
            for l in 0..<n { pivotRow[l] = t[base + l] / p }
            pivotRow[k] = 1 / p
            let br = b[r] / p
            for i in 0..<m where i != r {
                let f = t[i * n + k]
                if f != 0 { b[i] -= f * br }
            }
            t.withUnsafeMutableBufferPointer { tp in
                pivotRow.withUnsafeBufferPointer { pr in
                    for i in 0..<m where i != r {
                        let rowBase = i * n
                        let f = tp[rowBase + k]
                        if f == 0 { continue }
                        tp[rowBase + k] = 0
                        for l in 0..<n { tp[rowBase + l] -= f * pr[l] }
                    }
                    for l in 0..<n { tp[base + l] = pr[l] }
                }
            }
            b[r] = br
            let f = d[k]
            d[k] = 0
            for l in 0..<n { d[l] -= f * pivotRow[l] }
            z += f * br
            swap(&basic[r], &nonbasic[k])
        }
        return false
    }
}
