import Foundation

/// The point-in-polygon index of a boundary layer: a uniform grid over the layer's bounding box plus, for every
/// feature, horizontal slabs listing the edges that cross them.
///
/// * A grid cell that no edge touches lies wholly inside one feature or outside them all; that answer is stored
///   in the cell, so most points are answered with one array read.
/// * A cell that edges touch lists the candidate features (those with an edge in the cell, and any feature that
///   wholly contains the cell); each candidate is tested exactly with the crossing-number rule, reading only the
///   edges in the feature's slab at the point's latitude.
///
/// The exact test is the half-open crossing-number rule (see ``BoundaryLayer``): the grid only short-cuts it, so
/// the index answers exactly what testing every feature in file order would answer.
struct SpatialIndex: Sendable {
    // Edges of every ring of every feature, flattened.
    private let edgeX0: [Double]
    private let edgeY0: [Double]
    private let edgeX1: [Double]
    private let edgeY1: [Double]

    // Per feature: bounding box and slab table (CSR offsets into `slabEdges`).
    private let featureMinX: [Double]
    private let featureMinY: [Double]
    private let featureMaxX: [Double]
    private let featureMaxY: [Double]
    private let slabCount: [Int32]
    private let slabInverseHeight: [Double]
    private let slabBase: [Int32]
    private let slabStart: [Int32]
    private let slabEdges: [Int32]

    // Grid.
    let minX: Double
    let minY: Double
    let maxX: Double
    let maxY: Double
    let columns: Int
    let rows: Int
    private let inverseCellWidth: Double
    private let inverseCellHeight: Double
    /// `>= 0`: the feature wholly containing the cell; `-1`: no feature; `<= -2`: boundary cell whose candidates
    /// start at `candidateStart[-value - 2]`.
    private let cellValue: [Int32]
    private let candidateStart: [Int32]
    private let candidates: [Int32]

    /// Number of features indexed.
    var featureCount: Int { featureMinX.count }
    /// Number of non-degenerate edges indexed.
    var edgeCount: Int { edgeX0.count }
    /// Number of grid cells that need an exact test.
    var boundaryCellCount: Int { candidateStart.count - 1 }

    /// Builds the index.
    /// - Parameters:
    ///   - features: per feature, its polygons (outer ring then holes).
    ///   - cellsPerEdge: grid cells per edge (the grid has about `cellsPerEdge × edges` cells, between 1,024 and 2²⁰).
    /// - Complexity: O(E·c + C·F′) where E is the number of edges, c the cells an edge's box covers, C the
    ///   number of grid cells and F′ the features whose boxes overlap a cell.
    init(features: [[[Ring]]], cellsPerEdge: Int = 16) {
        var x0: [Double] = [], y0: [Double] = [], x1: [Double] = [], y1: [Double] = []
        var edgeFeature: [Int32] = []
        var fMinX: [Double] = [], fMinY: [Double] = [], fMaxX: [Double] = [], fMaxY: [Double] = []
        for (feature, polygons) in features.enumerated() {
            var bx0 = Double.infinity, by0 = Double.infinity, bx1 = -Double.infinity, by1 = -Double.infinity
            for polygon in polygons {
                for ring in polygon {
                    for k in 0..<(ring.xs.count - 1) {
                        let ax = ring.xs[k], ay = ring.ys[k], bx = ring.xs[k + 1], by = ring.ys[k + 1]
                        bx0 = min(bx0, ax); bx1 = max(bx1, ax); by0 = min(by0, ay); by1 = max(by1, ay)
                        if ax == bx && ay == by { continue }
                        // Store every edge pointing north so that an edge shared by two features gives
                        // bit-identical crossings in both: a point near it then lies in exactly one of them.
                        if ay < by || (ay == by && ax < bx) {
                            x0.append(ax); y0.append(ay); x1.append(bx); y1.append(by)
                        } else {
                            x0.append(bx); y0.append(by); x1.append(ax); y1.append(ay)
                        }
                        edgeFeature.append(Int32(feature))
                    }
                }
            }
            fMinX.append(bx0); fMinY.append(by0); fMaxX.append(bx1); fMaxY.append(by1)
        }
        edgeX0 = x0; edgeY0 = y0; edgeX1 = x1; edgeY1 = y1
        featureMinX = fMinX; featureMinY = fMinY; featureMaxX = fMaxX; featureMaxY = fMaxY

        // Slabs per feature: about two edges per slab, at most 4,096 slabs.
        var edgesOfFeature = [[Int32]](repeating: [], count: features.count)
        for (edge, feature) in edgeFeature.enumerated() where y0[edge] != y1[edge] {
            edgesOfFeature[Int(feature)].append(Int32(edge))
        }
        var counts: [Int32] = [], inverses: [Double] = [], bases: [Int32] = []
        var starts: [Int32] = [], slabbed: [Int32] = []
        for feature in 0..<features.count {
            let edges = edgesOfFeature[feature]
            let slabs = max(1, min(4096, edges.count / 2))
            let height = fMaxY[feature] - fMinY[feature]
            let inverse = slabs > 1 && height > 0 ? Double(slabs) / height : 0
            counts.append(Int32(slabs)); inverses.append(inverse); bases.append(Int32(starts.count))
            func slab(_ y: Double) -> Int { Swift.min(slabs - 1, Swift.max(0, Int((y - fMinY[feature]) * inverse))) }
            var lists = [[Int32]](repeating: [], count: slabs)
            for edge in edges {
                let low = slab(Swift.min(y0[Int(edge)], y1[Int(edge)]))
                let high = slab(Swift.max(y0[Int(edge)], y1[Int(edge)]))
                for s in low...high { lists[s].append(edge) }
            }
            for list in lists {
                starts.append(Int32(slabbed.count))
                slabbed += list
            }
            starts.append(Int32(slabbed.count))
        }
        slabCount = counts; slabInverseHeight = inverses; slabBase = bases; slabStart = starts; slabEdges = slabbed

        // Grid over the union of the feature boxes.
        let gx0 = fMinX.min() ?? 0, gx1 = fMaxX.max() ?? 0, gy0 = fMinY.min() ?? 0, gy1 = fMaxY.max() ?? 0
        minX = gx0; maxX = gx1; minY = gy0; maxY = gy1
        let width = Swift.max(gx1 - gx0, 1e-12), height = Swift.max(gy1 - gy0, 1e-12)
        let target = Double(Swift.min(1 << 20, Swift.max(1024, cellsPerEdge * x0.count)))
        let nx = Swift.max(1, Swift.min(4096, Int((target * width / height).squareRoot().rounded())))
        let ny = Swift.max(1, Swift.min(4096, Int((target / Double(nx)).rounded())))
        columns = nx; rows = ny
        let cellWidth = width / Double(nx), cellHeight = height / Double(ny)
        inverseCellWidth = Double(nx) / width
        inverseCellHeight = Double(ny) / height

        // Which features have an edge touching each cell (conservatively: the cell grown by a millionth of its size).
        let growX = cellWidth * 1e-6, growY = cellHeight * 1e-6
        var touching: [UInt64] = []
        for edge in 0..<x0.count {
            let ax = x0[edge], ay = y0[edge], bx = x1[edge], by = y1[edge]
            let c0 = Swift.max(0, Swift.min(nx - 1, Int((Swift.min(ax, bx) - growX - gx0) / cellWidth)))
            let c1 = Swift.max(0, Swift.min(nx - 1, Int((Swift.max(ax, bx) + growX - gx0) / cellWidth)))
            let r0 = Swift.max(0, Swift.min(ny - 1, Int((Swift.min(ay, by) - growY - gy0) / cellHeight)))
            let r1 = Swift.max(0, Swift.min(ny - 1, Int((Swift.max(ay, by) + growY - gy0) / cellHeight)))
            let dx = bx - ax, dy = by - ay
            for row in r0...r1 {
                let cy0 = gy0 + Double(row) * cellHeight - growY, cy1 = gy0 + Double(row + 1) * cellHeight + growY
                for column in c0...c1 {
                    let cx0 = gx0 + Double(column) * cellWidth - growX, cx1 = gx0 + Double(column + 1) * cellWidth + growX
                    let s1 = dx * (cy0 - ay) - dy * (cx0 - ax)
                    let s2 = dx * (cy0 - ay) - dy * (cx1 - ax)
                    let s3 = dx * (cy1 - ay) - dy * (cx0 - ax)
                    let s4 = dx * (cy1 - ay) - dy * (cx1 - ax)
                    if (s1 > 0 && s2 > 0 && s3 > 0 && s4 > 0) || (s1 < 0 && s2 < 0 && s3 < 0 && s4 < 0) { continue }
                    touching.append(UInt64(row * nx + column) << 32 | UInt64(UInt32(edgeFeature[edge])))
                }
            }
        }
        touching.sort()

        // Features whose box spans each row's middle latitude: the only ones a cell centre in that row can be in.
        var rowFeatures = [[Int]](repeating: [], count: ny)
        for feature in 0..<fMinX.count {
            let first = Swift.max(0, Int(((fMinY[feature] - gy0) / cellHeight - 0.5 - 1e-6).rounded(.up)))
            let last = Swift.min(ny - 1, Int(((fMaxY[feature] - gy0) / cellHeight - 0.5 + 1e-6).rounded(.down)))
            if first <= last { for row in first...last { rowFeatures[row].append(feature) } }
        }

        var values = [Int32](repeating: -1, count: nx * ny)
        var cStart: [Int32] = [0], cList: [Int32] = []
        var cursor = 0
        for row in 0..<ny {
            var runValue: Int32? = nil  // answer for the current run of edge-free cells in this row
            for column in 0..<nx {
                let cell = row * nx + column
                var edgeFeatures: [Int32] = []
                while cursor < touching.count, Int(touching[cursor] >> 32) == cell {
                    let feature = Int32(truncatingIfNeeded: touching[cursor] & 0xFFFF_FFFF)
                    if edgeFeatures.last != feature { edgeFeatures.append(feature) }
                    cursor += 1
                }
                let cx = gx0 + (Double(column) + 0.5) * cellWidth, cy = gy0 + (Double(row) + 0.5) * cellHeight
                if edgeFeatures.isEmpty {
                    // Adjacent edge-free cells form an edge-free connected area: same answer.
                    if runValue == nil {
                        runValue = -1
                        for feature in rowFeatures[row] where Self.contains(feature, cx, cy, fMinX, fMinY, fMaxX, fMaxY,
                            counts, inverses, bases, starts, slabbed, x0, y0, x1, y1) {
                            runValue = Int32(feature)
                            break
                        }
                    }
                    values[cell] = runValue ?? -1
                } else {
                    runValue = nil
                    var list = Set(edgeFeatures)
                    for feature in rowFeatures[row] where !list.contains(Int32(feature)) && Self.contains(feature, cx, cy,
                        fMinX, fMinY, fMaxX, fMaxY, counts, inverses, bases, starts, slabbed, x0, y0, x1, y1) {
                        list.insert(Int32(feature))
                    }
                    values[cell] = -2 - Int32(cStart.count - 1)
                    cList += list.sorted()
                    cStart.append(Int32(cList.count))
                }
            }
        }
        cellValue = values; candidateStart = cStart; candidates = cList
    }

    /// The first feature (in file order) containing the point, or -1.
    @inline(__always)
    func feature(containingX x: Double, y: Double) -> Int32 {
        guard x >= minX, x <= maxX, y >= minY, y <= maxY else { return -1 }
        let column = Swift.min(columns - 1, Int((x - minX) * inverseCellWidth))
        let row = Swift.min(rows - 1, Int((y - minY) * inverseCellHeight))
        let value = cellValue[row * columns + column]
        if value >= -1 { return value }
        let slot = Int(-value - 2)
        for k in Int(candidateStart[slot])..<Int(candidateStart[slot + 1]) {
            let feature = Int(candidates[k])
            if contains(feature: feature, x: x, y: y) { return Int32(feature) }
        }
        return -1
    }

    /// The exact half-open crossing-number test of one feature (all its rings, even–odd).
    @inline(__always)
    func contains(feature: Int, x: Double, y: Double) -> Bool {
        Self.contains(feature, x, y, featureMinX, featureMinY, featureMaxX, featureMaxY, slabCount,
                      slabInverseHeight, slabBase, slabStart, slabEdges, edgeX0, edgeY0, edgeX1, edgeY1)
    }

    /// The first feature containing the point found by testing every feature in order, without the grid (for tests).
    func featureByBruteForce(x: Double, y: Double) -> Int32 {
        for feature in 0..<featureCount where contains(feature: feature, x: x, y: y) { return Int32(feature) }
        return -1
    }

    /// Distance in degrees from the point to the nearest edge of the layer (for diagnosing boundary cases).
    /// - Complexity: O(E).
    func distanceToNearestEdge(x: Double, y: Double) -> Double {
        var best = Double.infinity
        for edge in 0..<edgeX0.count {
            let ax = edgeX0[edge], ay = edgeY0[edge], dx = edgeX1[edge] - ax, dy = edgeY1[edge] - ay
            let t = Swift.max(0, Swift.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
            let px = ax + t * dx - x, py = ay + t * dy - y
            best = Swift.min(best, (px * px + py * py).squareRoot())
        }
        return best
    }

    @inline(__always)
    private static func contains(
        _ feature: Int, _ x: Double, _ y: Double,
        _ fMinX: [Double], _ fMinY: [Double], _ fMaxX: [Double], _ fMaxY: [Double],
        _ counts: [Int32], _ inverses: [Double], _ bases: [Int32], _ starts: [Int32], _ slabbed: [Int32],
        _ x0: [Double], _ y0: [Double], _ x1: [Double], _ y1: [Double]
    ) -> Bool {
        guard x >= fMinX[feature], x <= fMaxX[feature], y >= fMinY[feature], y <= fMaxY[feature] else { return false }
        let slabs = Int(counts[feature])
        let slab = Swift.min(slabs - 1, Swift.max(0, Int((y - fMinY[feature]) * inverses[feature])))
        let base = Int(bases[feature]) + slab
        var inside = false
        for k in Int(starts[base])..<Int(starts[base + 1]) {
            let edge = Int(slabbed[k])
            let ay = y0[edge], by = y1[edge]
            if (ay > y) != (by > y) {
                let ax = x0[edge]
                let crossing = ax + (y - ay) * (x1[edge] - ax) / (by - ay)
                if x < crossing { inside.toggle() }
            }
        }
        return inside
    }
}
