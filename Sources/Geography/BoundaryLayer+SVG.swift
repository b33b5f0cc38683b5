import Vocabulary
import Foundation

extension BoundaryLayer {
    /// The projection fitting this layer into a `width × height` pixel box (see ``MapProjection``).
    public func mapProjection(width: Double, height: Double) -> MapProjection {
        MapProjection(fitting: boundingBox, width: width, height: height)
    }

    /// SVG outlines of every region, projected and fitted into a `width × height` pixel box.
    ///
    /// Projection: ``MapProjection`` — equirectangular with longitudes scaled by the cosine of the layer's middle
    /// latitude (so shapes are not stretched east–west at Milwaukee's 43°N), north up, fitted to the box with the
    /// aspect ratio kept and centred. Rings are simplified with Douglas–Peucker in pixel space, the tolerance
    /// chosen so that the map keeps at most `vertexBudget` vertices in all (every ring keeps at least 3). Shared
    /// edges are simplified separately in each region, so at high simplification neighbours may show hairline gaps.
    ///
    /// - Parameters:
    ///   - width: box width in pixels (> 0).
    ///   - height: box height in pixels (> 0).
    ///   - vertexBudget: most vertices to keep over the whole map (at least 3 per ring are kept regardless).
    /// - Returns: one path per region, in ``regionNames`` order.
    /// - Complexity: O(V log V) for V input vertices.
    public func svgPaths(width: Double, height: Double, vertexBudget: Int = 3000) -> [SVGRegionPath] {
        svgPaths(projection: mapProjection(width: width, height: height), vertexBudget: vertexBudget)
    }

    /// SVG outlines of every region drawn with a given projection, e.g. police districts over neighbourhoods:
    /// `districts.svgPaths(projection: neighbourhoods.mapProjection(width: 800, height: 600))`.
    /// See ``svgPaths(width:height:vertexBudget:)``.
    public func svgPaths(projection: MapProjection, vertexBudget: Int = 3000) -> [SVGRegionPath] {
        // Project every ring (without its closing vertex) and rank its vertices.
        struct ProjectedRing { var region: Int; var xs: [Double]; var ys: [Double]; var significance: [Double] }
        var rings: [ProjectedRing] = []
        for (feature, polygons) in featurePolygons.enumerated() {
            for ring in polygons.joined() {
                let n = ring.xs.count - 1
                guard n >= 3 else { continue }
                var xs = [Double](repeating: 0, count: n), ys = [Double](repeating: 0, count: n)
                for k in 0..<n {
                    (xs[k], ys[k]) = projection.project(latitude: ring.ys[k], longitude: ring.xs[k])
                }
                rings.append(ProjectedRing(region: Int(featureRegion[feature]), xs: xs, ys: ys,
                                           significance: Self.significance(xs: xs, ys: ys)))
            }
        }

        // The threshold keeping at most `vertexBudget` vertices beyond the forced ones.
        let finite = rings.flatMap { $0.significance.filter(\.isFinite) }.sorted(by: >)
        let forced = rings.reduce(0) { $0 + $1.significance.filter { !$0.isFinite }.count }
        let room = vertexBudget - forced
        let threshold: Double = room <= 0 ? .infinity : (room < finite.count ? finite[room] : -1)

        var paths = [String](repeating: "", count: regionNames.count)
        var counts = [Int](repeating: 0, count: regionNames.count)
        for ring in rings {
            var first = true
            var text = paths[ring.region]
            for k in ring.xs.indices where ring.significance[k] > threshold {
                text += first ? "M" : "L"
                text += Self.format(ring.xs[k]) + "," + Self.format(ring.ys[k])
                first = false
                counts[ring.region] += 1
            }
            text += "Z"
            paths[ring.region] = text
        }
        return regionNames.indices.map { SVGRegionPath(region: regionNames[$0], d: paths[$0], vertexCount: counts[$0]) }
    }

    /// Douglas–Peucker significance of each vertex of an open ring: a vertex survives simplification with
    /// tolerance `t` exactly when its significance exceeds `t`. Three vertices get `.infinity` (always kept).
    static func significance(xs: [Double], ys: [Double]) -> [Double] {
        let n = xs.count
        var result = [Double](repeating: 0, count: n)
        result[0] = .infinity
        var far = 0, farDistance = -1.0
        for k in 1..<n {
            let d = (xs[k] - xs[0]) * (xs[k] - xs[0]) + (ys[k] - ys[0]) * (ys[k] - ys[0])
            if d > farDistance { farDistance = d; far = k }
        }
        result[far] = .infinity
        // Spans (first, last, parent significance); index n stands for vertex 0 closing the ring.
        var stack: [(Int, Int, Double)] = [(0, far, .infinity), (far, n, .infinity)]
        var topOfHalves: [(Int, Double)] = []
        while let (a, b, parent) = stack.popLast() {
            guard b - a >= 2 else { continue }
            let ax = xs[a], ay = ys[a], bx = xs[b % n], by = ys[b % n]
            let dx = bx - ax, dy = by - ay, length = (dx * dx + dy * dy).squareRoot()
            var best = a + 1, bestDistance = -1.0
            for k in (a + 1)..<b {
                let d = length > 0
                    ? abs(dy * (xs[k] - ax) - dx * (ys[k] - ay)) / length
                    : ((xs[k] - ax) * (xs[k] - ax) + (ys[k] - ay) * (ys[k] - ay)).squareRoot()
                if d > bestDistance { bestDistance = d; best = k }
            }
            let value = min(parent, bestDistance)
            result[best] = value
            if parent == .infinity { topOfHalves.append((best, value)) }
            stack.append((a, best, value))
            stack.append((best, b, value))
        }
        // Keep a third vertex so that every ring stays an area.
        if let third = topOfHalves.max(by: { $0.1 < $1.1 }) { result[third.0] = .infinity }
        return result
    }

    /// Formats a pixel coordinate with one decimal, without locale effects.
    static func format(_ value: Double) -> String { Format.fixed(value, decimals: 1) }
}
