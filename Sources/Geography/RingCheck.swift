/// Something wrong with one ring of a boundary file: reported as a warning, never a reason to refuse the file.
enum RingProblem: Sendable, Equatable {
    /// The ring's last position differs from its first; the reader closed it by repeating the first.
    case unclosed(firstX: Double, firstY: Double, lastX: Double, lastY: Double)
    /// Fewer than 3 distinct positions once repeated consecutive positions are merged: the ring encloses no area.
    case degenerate(distinctPositions: Int)
    /// Two edges of the ring meet where they should not (edges counted from 1 along the ring, after merging
    /// repeated consecutive positions); `x`, `y` is a point they share.
    case selfIntersection(kind: RingCheck.Contact, x: Double, y: Double, firstEdge: Int, secondEdge: Int)
    /// The check ran out of its budget of edge-pair tests before this ring was done.
    case notChecked(edges: Int)
}

/// A ``RingProblem`` and where it is within a feature: polygon and ring, 0-based (ring 0 is the outer ring).
struct RingNote: Sendable, Equatable {
    var polygon: Int
    var ring: Int
    var problem: RingProblem
}

/// Checks one closed ring for self-intersection.
///
/// The ring is first cleaned of repeated consecutive positions (common in exported files and harmless). Then a
/// sweep over the edges ordered by their western end keeps the edges whose x-span still overlaps the current
/// edge, and tests each such pair whose y-spans overlap as well: non-adjacent edges must not share any point
/// (a crossing, or a touch at a vertex or along a collinear stretch); adjacent edges must not fold back over
/// each other. The first problem found is reported.
///
/// Cost: O(n log n) to sort, plus one test per pair of edges overlapping in x: near O(n log n) for compact
/// shapes, O(n²) at worst (a comb of long east–west edges). Each test spends one unit of `budget`; when the
/// budget runs out the ring is reported as ``RingProblem/notChecked(edges:)`` rather than checked in part, so
/// a pathological file costs a bounded time. Only each ring against itself is checked: holes crossing their
/// outer ring and overlapping features are not looked for.
enum RingCheck {
    /// How two edges meet.
    enum Contact: Sendable, Equatable {
        /// Each edge passes through the other's interior.
        case crossing
        /// They share a point without crossing (the ring passes through one point twice, or runs along itself).
        case touching
        /// Two consecutive edges run back along each other (a spike of zero width).
        case foldBack

        /// The phrase used in warnings.
        var phrase: String {
            switch self {
            case .crossing: "crosses itself"
            case .touching: "touches itself"
            case .foldBack: "folds back on itself"
            }
        }
    }

    /// The problem of a closed ring (`xs`/`ys` with last == first), or nil when it is a simple ring.
    /// - Parameter budget: edge-pair tests left; decremented by the tests made.
    static func problem(xs: [Double], ys: [Double], budget: inout Int) -> RingProblem? {
        // Merge repeated consecutive positions (the closing position repeats the first and is kept).
        var px: [Double] = [], py: [Double] = []
        px.reserveCapacity(xs.count)
        py.reserveCapacity(ys.count)
        for k in 0..<min(xs.count, ys.count) where px.isEmpty || xs[k] != px[px.count - 1] || ys[k] != py[py.count - 1] {
            px.append(xs[k])
            py.append(ys[k])
        }
        let edges = px.count - 1   // the last position closes the ring
        if edges < 3 { return .degenerate(distinctPositions: max(edges, 1)) }

        var minX = [Double](repeating: 0, count: edges), maxX = minX
        for e in 0..<edges {
            minX[e] = min(px[e], px[e + 1])
            maxX[e] = max(px[e], px[e + 1])
        }
        let order = (0..<edges).sorted { (minX[$0], $0) < (minX[$1], $1) }   // ties by position: the same answer every run
        var active: [Int] = []
        for e in order {
            active.removeAll { maxX[$0] < minX[e] }
            let eMinY = min(py[e], py[e + 1]), eMaxY = max(py[e], py[e + 1])
            for a in active {
                budget -= 1
                if budget < 0 { return .notChecked(edges: edges) }
                guard max(eMinY, min(py[a], py[a + 1])) <= min(eMaxY, max(py[a], py[a + 1])) else { continue }
                let (first, second) = a < e ? (a, e) : (e, a)
                if let found = contact(first, second, edges: edges, px, py) {
                    return .selfIntersection(kind: found.kind, x: found.x, y: found.y, firstEdge: first + 1, secondEdge: second + 1)
                }
            }
            active.append(e)
        }
        return nil
    }

    /// Where edges `a < b` of the ring meet improperly, or nil.
    private static func contact(_ a: Int, _ b: Int, edges: Int, _ px: [Double], _ py: [Double])
        -> (kind: Contact, x: Double, y: Double)? {
        if b == a + 1 || (a == 0 && b == edges - 1) {
            // Adjacent: they share one position; only a fold back (collinear, turning back) is wrong.
            let (from, shared, to) = b == a + 1 ? (a, b, b + 1) : (b, 0, 1)
            let dx1 = px[shared] - px[from], dy1 = py[shared] - py[from]
            let dx2 = px[to] - px[shared], dy2 = py[to] - py[shared]
            if dx1 * dy2 - dy1 * dx2 == 0, dx1 * dx2 + dy1 * dy2 < 0 { return (.foldBack, px[shared], py[shared]) }
            return nil
        }
        let ax = px[a], ay = py[a], bx = px[a + 1], by = py[a + 1]
        let cx = px[b], cy = py[b], dx = px[b + 1], dy = py[b + 1]
        let o1 = orient(ax, ay, bx, by, cx, cy), o2 = orient(ax, ay, bx, by, dx, dy)
        let o3 = orient(cx, cy, dx, dy, ax, ay), o4 = orient(cx, cy, dx, dy, bx, by)
        if o1 != 0, o2 != 0, o3 != 0, o4 != 0 {
            guard (o1 > 0) != (o2 > 0), (o3 > 0) != (o4 > 0) else { return nil }
            let t = o3 / (o3 - o4)
            return (.crossing, ax + (bx - ax) * t, ay + (by - ay) * t)
        }
        if o1 == 0, within(ax, ay, bx, by, cx, cy) { return (.touching, cx, cy) }
        if o2 == 0, within(ax, ay, bx, by, dx, dy) { return (.touching, dx, dy) }
        if o3 == 0, within(cx, cy, dx, dy, ax, ay) { return (.touching, ax, ay) }
        if o4 == 0, within(cx, cy, dx, dy, bx, by) { return (.touching, bx, by) }
        return nil
    }

    /// Twice the signed area of the triangle (a, b, c): positive when c is left of a→b.
    @inline(__always)
    private static func orient(_ ax: Double, _ ay: Double, _ bx: Double, _ by: Double, _ cx: Double, _ cy: Double) -> Double {
        (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
    }

    /// Whether c, known to be collinear with a–b, lies within the segment's box.
    @inline(__always)
    private static func within(_ ax: Double, _ ay: Double, _ bx: Double, _ by: Double, _ cx: Double, _ cy: Double) -> Bool {
        min(ax, bx) <= cx && cx <= max(ax, bx) && min(ay, by) <= cy && cy <= max(ay, by)
    }
}
