import Foundation
import HeapModule

extension MapPoint {
    /// The rings of simple SVG path data (`M x,y L x,y … Z`, the form `Geography`'s outlines use).
    /// Other commands end the current ring; numbers may be separated by commas or spaces.
    static func rings(pathData: String) -> [[MapPoint]] {
        var rings: [[MapPoint]] = []
        var ring: [MapPoint] = []
        var numbers: [Double] = []
        var token = ""
        func flushNumber() {
            if let value = Double(token) { numbers.append(value) }
            token = ""
        }
        func flushPoint() {
            flushNumber()
            if numbers.count >= 2 { ring.append(MapPoint(x: numbers[numbers.count - 2], y: numbers[numbers.count - 1])) }
            numbers = []
        }
        for ch in pathData {
            switch ch {
            case "M", "m":
                flushPoint()
                if ring.count >= 3 { rings.append(ring) }
                ring = []
            case "L", "l":
                flushPoint()
            case "Z", "z":
                flushPoint()
                if ring.count >= 3 { rings.append(ring) }
                ring = []
            case ",", " ", "\n", "\t":
                if !token.isEmpty { flushNumber() }
            case "-" where !token.isEmpty && token.last != "e" && token.last != "E":
                flushNumber()
                token = "-"
            default:
                if ch.isNumber || ch == "." || ch == "-" || ch == "e" || ch == "E" || ch == "+" { token.append(ch) } else { flushPoint() }
            }
        }
        flushPoint()
        if ring.count >= 3 { rings.append(ring) }
        return rings
    }

    /// Signed distance from `self` to the outline of `rings` under the even-odd rule: positive inside.
    static func signedDistance(_ p: MapPoint, rings: [[MapPoint]]) -> Double {
        var inside = false
        var best = Double.infinity
        for ring in rings {
            var j = ring.count - 1
            for i in ring.indices {
                let a = ring[i], b = ring[j]
                if (a.y > p.y) != (b.y > p.y), p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x { inside.toggle() }
                best = min(best, segmentDistanceSquared(p, a, b))
                j = i
            }
        }
        return (inside ? 1 : -1) * best.squareRoot()
    }

    static func segmentDistanceSquared(_ p: MapPoint, _ a: MapPoint, _ b: MapPoint) -> Double {
        var x = a.x, y = a.y
        let dx = b.x - x, dy = b.y - y
        if dx != 0 || dy != 0 {
            let t = ((p.x - x) * dx + (p.y - y) * dy) / (dx * dx + dy * dy)
            if t > 1 { x = b.x; y = b.y } else if t > 0 { x += dx * t; y += dy * t }
        }
        return (p.x - x) * (p.x - x) + (p.y - y) * (p.y - y)
    }

    /// The pole of inaccessibility of a region: the point inside it farthest from its outline, found to within
    /// `precision` map units by the quadtree search of Mapbox's polylabel (Agafonkin 2016). A label there sits
    /// inside the region even when the region is concave, has holes or several parts (the search covers the
    /// bounding box of all parts and returns the best interior point it finds).
    /// - Returns: the point and its distance to the outline, or nil for no ring.
    /// - Complexity: about O(V × cells) for V vertices; cells stay in the hundreds at `precision` = 1 pixel.
    public static func poleOfInaccessibility(pathData: String, precision: Double = 1) -> (point: MapPoint, distance: Double)? {
        let rings = rings(pathData: pathData)
        guard let first = rings.first?.first else { return nil }
        var minX = first.x, minY = first.y, maxX = first.x, maxY = first.y
        for p in rings.joined() {
            minX = min(minX, p.x); minY = min(minY, p.y); maxX = max(maxX, p.x); maxY = max(maxY, p.y)
        }
        let width = maxX - minX, height = maxY - minY
        let cellSize = min(width, height)
        guard cellSize > 0, cellSize.isFinite else { return (MapPoint(x: minX, y: minY), 0) }
        struct Cell: Comparable {
            var x, y, h, d, max: Double
            static func < (a: Cell, b: Cell) -> Bool { a.max < b.max }
        }
        func cell(_ x: Double, _ y: Double, _ h: Double) -> Cell {
            let d = signedDistance(MapPoint(x: x, y: y), rings: rings)
            return Cell(x: x, y: y, h: h, d: d, max: d + h * 2.squareRoot())
        }
        var queue = Heap<Cell>()
        var h = cellSize / 2
        var x = minX
        while x < maxX {
            var y = minY
            while y < maxY { queue.insert(cell(x + h, y + h, h)); y += cellSize }
            x += cellSize
        }
        // Start from the centroid of the vertices and the box centre.
        let count = Double(rings.joined().count)
        var best = cell(rings.joined().reduce(0) { $0 + $1.x } / count, rings.joined().reduce(0) { $0 + $1.y } / count, 0)
        let centre = cell(minX + width / 2, minY + height / 2, 0)
        if centre.d > best.d { best = centre }
        var steps = 0
        while let c = queue.popMax(), steps < 20_000 {
            steps += 1
            if c.d > best.d { best = c }
            if c.max - best.d <= precision { continue }
            h = c.h / 2
            queue.insert(contentsOf: [cell(c.x - h, c.y - h, h), cell(c.x + h, c.y - h, h), cell(c.x - h, c.y + h, h), cell(c.x + h, c.y + h, h)])
        }
        return (MapPoint(x: best.x, y: best.y), best.d)
    }
}
