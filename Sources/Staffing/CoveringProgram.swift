import Foundation

/// An integer covering program `min c·x` subject to `A·x ≥ r`, `x ∈ ℤ≥0`, where `A` is a 0/1 matrix given by columns.
///
/// Shift scheduling ("how many teams start at each hour with each shift length") and the 5-on/2-off roster are both
/// covering programs whose columns are runs of consecutive periods on a cycle.
///
/// ## Why an exact algorithm of our own rather than GLPK
/// Solving is exact branch and bound over the linear-programming relaxation, written here in Swift: a dense dual
/// simplex on a compact tableau (every node's LP starts dual feasible because all costs are ≥ 0, so no phase 1 is
/// needed, and a child node re-uses its parent's optimal tableau plus one bound row), depth-first search, a
/// round-up-then-trim incumbent (rounding up is always feasible for a covering program), and pruning on the
/// ceiling of the LP bound when costs are integral. Cyclic interval matrices are "almost" totally unimodular —
/// only the wrap-around makes LP optima fractional (Bartholdi, Orlin & Ratliff 1980) — so the search is short.
/// We chose this over linking GLPK because it keeps the module pure Swift with no system library for CI or macOS
/// users to install, stays deterministic across platforms, and the problems (≤ 168 rows × 504 columns) are small.
/// A node limit turns a pathological instance into a clear error instead of a hang.
public struct CoveringProgram: Sendable, Hashable {
    /// Required cover of each row (period), ≥ 0.
    public var requirements: [Int]
    /// For each column (pattern), the rows it covers.
    public var columns: [[Int]]
    /// Cost of one unit of each column, > 0.
    public var costs: [Double]

    /// Creates a covering program.
    public init(requirements: [Int], columns: [[Int]], costs: [Double]) {
        self.requirements = requirements
        self.columns = columns
        self.costs = costs
    }

    /// Total cost of `counts`.
    public func cost(of counts: [Int]) -> Double {
        zip(counts, costs).reduce(0) { $0 + Double($1.0) * $1.1 }
    }

    /// Cover of each row by `counts`.
    public func coverage(of counts: [Int]) -> [Int] {
        var cover = [Int](repeating: 0, count: requirements.count)
        for (j, rows) in columns.enumerated() where counts[j] != 0 {
            for i in rows { cover[i] += counts[j] }
        }
        return cover
    }

    /// Whether `counts` covers every requirement.
    public func isFeasible(_ counts: [Int]) -> Bool {
        zip(coverage(of: counts), requirements).allSatisfy { $0 >= $1 }
    }
}

/// The result of solving a `CoveringProgram`.
public struct CoveringSolution: Sendable, Hashable {
    /// Units of each column.
    public var counts: [Int]
    /// Cost of `counts`.
    public var cost: Double
    /// Optimal value of the root LP relaxation.
    public var rootRelaxation: Double
    /// Branch-and-bound nodes explored.
    public var nodes: Int
}

extension CoveringProgram {
    /// Solves the program to proven optimality.
    /// - Parameter nodeLimit: the most branch-and-bound nodes to explore before giving up.
    /// - Throws: `StaffingError.invalidParameter` for malformed input, `StaffingError.unreachableTarget` when some
    ///   row with a positive requirement has no column covering it, `StaffingError.optimiserLimit` when the node
    ///   limit is reached.
    public func solve(nodeLimit: Int = 200_000) throws -> CoveringSolution {
        let m = requirements.count, n = columns.count
        guard costs.count == n else {
            throw StaffingError.invalidParameter(name: "costs", value: "\(costs.count) values", expected: "one cost per column (\(n))")
        }
        for (i, r) in requirements.enumerated() where r < 0 {
            throw StaffingError.invalidParameter(name: "requirement[\(i)]", value: "\(r)", expected: "≥ 0")
        }
        for (j, c) in costs.enumerated() where !(c > 0 && c.isFinite) {
            throw StaffingError.invalidParameter(name: "cost[\(j)]", value: "\(c)", expected: "a finite number > 0")
        }
        var covered = [Bool](repeating: false, count: m)
        for rows in columns { for i in rows { covered[i] = true } }
        for i in 0..<m where requirements[i] > 0 && !covered[i] {
            throw StaffingError.unreachableTarget(reason: "period \(i) needs \(requirements[i]) but no allowed shift covers it")
        }
        if requirements.allSatisfy({ $0 == 0 }) {
            return CoveringSolution(counts: [Int](repeating: 0, count: n), cost: 0, rootRelaxation: 0, nodes: 0)
        }
        let integralCosts = costs.allSatisfy { $0 == $0.rounded() }
        let step: Double = integralCosts ? costs.map { Int($0) }.reduce(0) { gcd($0, $1) }.asDouble : 0

        func bound(_ z: Double) -> Double {
            step > 0 ? (z / step - 1e-6).rounded(.up) * step : z
        }

        // Root tableau: surplus s_i = Σ a_ij x_j − r_i ≥ 0 is basic, s_i − Σ a_ij x_j = −r_i.
        var root = DualSimplexTableau(rows: m, columns: n)
        for (j, rows) in columns.enumerated() { for i in rows { root.t[i * n + j] -= 1 } }
        for i in 0..<m { root.b[i] = -Double(requirements[i]); root.basic[i] = n + i }
        root.d = costs
        guard root.solve() else {
            throw StaffingError.unreachableTarget(reason: "the covering program is infeasible")
        }
        let rootValue = root.z

        var incumbent = trimmed(roundedUp(root.primal()))
        var best = cost(of: incumbent)
        var nodes = 1
        var stack: [DualSimplexTableau] = [root]
        var globalBound = bound(rootValue)
        while let node = stack.popLast() {
            if best <= globalBound + 1e-9 { break }
            if bound(node.z) >= best - 1e-9 { continue }
            let x = node.primal()
            var branchVar = -1, bestFrac = 0.0
            for j in 0..<n {
                let f = x[j] - x[j].rounded(.down)
                let dist = min(f, 1 - f)
                if dist > 1e-7 && dist > bestFrac + 1e-12 { bestFrac = dist; branchVar = j }
            }
            if branchVar < 0 {
                let counts = x.map { Int($0.rounded()) }
                let c = cost(of: counts)
                if c < best - 1e-9 { best = c; incumbent = counts }
                continue
            }
            let heuristic = trimmed(roundedUp(x))
            let hc = cost(of: heuristic)
            if hc < best - 1e-9 { best = hc; incumbent = heuristic }
            if bound(node.z) >= best - 1e-9 { continue }
            let value = x[branchVar]
            var children: [DualSimplexTableau] = []
            for upper in [true, false] {
                nodes += 1
                if nodes > nodeLimit {
                    throw StaffingError.optimiserLimit(nodes: nodes, bestFound: best, lowerBound: globalBound)
                }
                var child = node
                child.addBound(variable: branchVar, value: upper ? value.rounded(.down) : value.rounded(.up), isUpper: upper)
                if child.solve(), bound(child.z) < best - 1e-9 { children.append(child) }
            }
            // Explore the child nearer the LP value first (it is pushed last).
            children.sort { $0.z > $1.z }
            stack.append(contentsOf: children)
            if stack.isEmpty { break }
            globalBound = max(globalBound, bound(stack.map(\.z).min() ?? best))
        }
        return CoveringSolution(counts: incumbent, cost: best, rootRelaxation: rootValue, nodes: nodes)
    }

    private func roundedUp(_ x: [Double]) -> [Int] { x.map { Int(($0 - 1e-7).rounded(.up)) }.map { max(0, $0) } }

    /// Removes units, most expensive columns first, while the cover stays feasible.
    private func trimmed(_ counts: [Int]) -> [Int] {
        var counts = counts
        var cover = coverage(of: counts)
        let order = costs.indices.sorted { costs[$0] > costs[$1] || (costs[$0] == costs[$1] && $0 < $1) }
        for j in order where counts[j] > 0 {
            while counts[j] > 0, columns[j].allSatisfy({ cover[$0] > requirements[$0] }) {
                counts[j] -= 1
                for i in columns[j] { cover[i] -= 1 }
            }
        }
        return counts
    }
}

private func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? abs(a) : gcd(b, a % b) }
private extension Int { var asDouble: Double { Double(self) } }
