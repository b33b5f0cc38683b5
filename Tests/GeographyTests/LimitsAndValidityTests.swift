import Foundation
import Testing
@testable import Geography

/// Issue 12: limits on regions and vertices, and rings checked (closed, enough positions, not crossing
/// themselves), on real Milwaukee boundary files altered at test time.
@Suite struct LimitsAndValidityTests {
    /// A real boundary file as a JSON object.
    static func realFile(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: TestPaths.boundary(name)))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func features(_ file: [String: Any]) throws -> [[String: Any]] {
        try #require(file["features"] as? [[String: Any]])
    }

    /// The index of the first feature whose geometry is a Polygon, and its outer ring.
    static func firstPolygon(_ features: [[String: Any]]) throws -> (index: Int, ring: [[Double]]) {
        let index = try #require(features.firstIndex { ($0["geometry"] as? [String: Any])?["type"] as? String == "Polygon" })
        let geometry = try #require(features[index]["geometry"] as? [String: Any])
        let rings = try #require(geometry["coordinates"] as? [[[Double]]])
        return (index, try #require(rings.first))
    }

    /// `file` with feature `index`'s outer ring replaced by `ring` (holes kept).
    static func replacingOuterRing(_ file: [String: Any], feature index: Int, with ring: [[Double]], addingHole hole: [[Double]]? = nil) throws -> Data {
        var file = file
        var features = try Self.features(file)
        var geometry = try #require(features[index]["geometry"] as? [String: Any])
        var rings = try #require(geometry["coordinates"] as? [[[Double]]])
        rings[0] = ring
        if let hole { rings.append(hole) }
        geometry["coordinates"] = rings
        features[index]["geometry"] = geometry
        file["features"] = features
        return try JSONSerialization.data(withJSONObject: file)
    }

    static func load(_ data: Data, source: String, property: String?, limits: BoundaryLimits = .standard) throws -> BoundaryLayer {
        try BoundaryLayer(geoJSON: data, source: source, property: property, limits: limits)
    }

    /// Points spread over the layer's box (the same points for every call).
    static func probes(_ box: GeoBoundingBox, count: Int = 4000) -> [(Double, Double)] {
        var random = SplitMix64(seed: 12)
        return (0..<count).map { _ in
            (box.minLatitude + (box.maxLatitude - box.minLatitude) * random.unit(),
             box.minLongitude + (box.maxLongitude - box.minLongitude) * random.unit())
        }
    }

    @Test(arguments: ["police-districts.geojson", "neighborhoods.geojson", "aldermanic-districts.geojson", "city-limit.geojson"])
    func theRealFilesLoadWithoutWarnings(name: String) throws {
        let layer = try BoundaryLayer(spec: TestPaths.boundary(name))
        #expect(layer.warnings.isEmpty, "\(layer.warnings)")
    }

    /// The outer ring of feature `index` as written in `data`, read back by the layer's own parser (Linux's
    /// `JSONSerialization` misrounds some 17-digit numbers, see docs/geography.md).
    static func writtenOuterRing(_ data: Data, feature index: Int) throws -> [[Double]] {
        let root = try JSONParser.parse(data)
        let feature = try #require(root.objectValue?["features"]?.arrayValue?[index].objectValue)
        let ring = try #require(feature["geometry"]?.objectValue?["coordinates"]?.arrayValue?.first?.arrayValue)
        return ring.map { position in
            (position.arrayValue ?? []).compactMap { if case let .number(x) = $0 { x } else { nil } }
        }
    }

    @Test func anUnclosedRingIsClosedWithAWarningNamingFileFeatureAndRing() throws {
        let file = try Self.realFile("neighborhoods.geojson")
        let features = try Self.features(file)
        let (index, ring) = try Self.firstPolygon(features)
        let name = try #require((features[index]["properties"] as? [String: Any])?["name"] as? String)
        let source = "neighborhoods-unclosed.geojson"
        let openedData = try Self.replacingOuterRing(file, feature: index, with: Array(ring.dropLast()))
        let opened = try Self.load(openedData, source: source, property: "name")
        // The control goes through the same serialisation, closed.
        let closed = try Self.load(try Self.replacingOuterRing(file, feature: index, with: ring), source: source, property: "name")
        #expect(closed.warnings.isEmpty)

        let written = try Self.writtenOuterRing(openedData, feature: index)
        let first = try #require(written.first), last = try #require(written.last)
        #expect(written.count == ring.count - 1)
        #expect(opened.warnings == ["\(source): feature #\(index + 1) '\(name)', polygon 1, ring 1 (outer): the ring is not closed (first position \(first[0]), \(first[1]); last \(last[0]), \(last[1])); it was closed by repeating its first position"])
        // Closed again, the ring is the one written closed: every point lands in the same region.
        #expect(opened.vertexCount == closed.vertexCount)
        for (latitude, longitude) in Self.probes(closed.boundingBox) {
            #expect(opened.region(containingLatitude: latitude, longitude: longitude) == closed.region(containingLatitude: latitude, longitude: longitude))
        }
    }

    @Test func aBowTieAddedToARealPolygonIsReportedWhereItCrosses() throws {
        let file = try Self.realFile("neighborhoods.geojson")
        let features = try Self.features(file)
        let (index, ring) = try Self.firstPolygon(features)
        let name = try #require((features[index]["properties"] as? [String: Any])?["name"] as? String)
        // On the ring's longest edge P→Q, a small loop P, A, B, C, Q whose edges cross each other (a bow tie).
        func length(_ e: Int) -> Double { hypot(ring[e + 1][0] - ring[e][0], ring[e + 1][1] - ring[e][1]) }
        let k = try #require((0..<(ring.count - 1)).max { length($0) < length($1) })
        let p = ring[k], q = ring[k + 1]
        let d = (q[0] - p[0], q[1] - p[1]), n = (-(q[1] - p[1]), q[0] - p[0])
        func at(_ s: Double, _ t: Double) -> [Double] { [p[0] + s * d.0 + t * n.0, p[1] + s * d.1 + t * n.1] }
        let bowTie = Array(ring[...k]) + [at(0.6, 0.05), at(0.6, -0.05), at(0.4, 0.05)] + Array(ring[(k + 1)...])
        let source = "neighborhoods-bow-tie.geojson"
        let layer = try Self.load(try Self.replacingOuterRing(file, feature: index, with: bowTie), source: source, property: "name")

        #expect(layer.warnings.count == 1)
        let warning = try #require(layer.warnings.first)
        let prefix = "\(source): feature #\(index + 1) '\(name)', polygon 1, ring 1 (outer): the ring crosses itself at longitude "
        #expect(warning.hasPrefix(prefix), "\(warning)")
        #expect(warning.contains("repair the geometry"))
        // The point named is inside the loop's box.
        let numbers = warning.dropFirst(prefix.count).split(separator: " ")
        let longitude = try #require(Double(numbers[0].trimmingCharacters(in: CharacterSet(charactersIn: ","))))
        let latitude = try #require(Double(numbers[2]))
        let loop = [at(0.4, 0.05), at(0.6, -0.05), at(0.4, -0.05), at(0.6, 0.05)]
        let xs = loop.map { $0[0] }, ys = loop.map { $0[1] }
        #expect(longitude >= (xs.min() ?? .nan) - 1e-12 && longitude <= (xs.max() ?? .nan) + 1e-12)
        #expect(latitude >= (ys.min() ?? .nan) - 1e-12 && latitude <= (ys.max() ?? .nan) + 1e-12)
    }

    @Test func aHoleWithoutAreaIsReported() throws {
        let file = try Self.realFile("neighborhoods.geojson")
        let (index, ring) = try Self.firstPolygon(try Self.features(file))
        // A "hole" made of two real vertices of the ring, back and forth: four positions, no area.
        let hole = [ring[0], ring[1], ring[0], ring[0]]
        let layer = try Self.load(try Self.replacingOuterRing(file, feature: index, with: ring, addingHole: hole), source: "holes.geojson", property: "name")
        #expect(layer.warnings.count == 1)
        #expect(layer.warnings.first?.contains("feature #\(index + 1) ") == true)
        #expect(layer.warnings.first?.contains("polygon 1, ring 2 (hole): the ring has only 2 distinct position(s) and encloses no area") == true)
    }

    @Test func aRingOfThreePositionsIsRefused() throws {
        let file = try Self.realFile("neighborhoods.geojson")
        let (index, ring) = try Self.firstPolygon(try Self.features(file))
        let data = try Self.replacingOuterRing(file, feature: index, with: Array(ring.prefix(2)))
        #expect(throws: GeographyError.invalidGeometry(file: "short.geojson", feature: index, reason: "a ring has 2 positions; a closed ring needs at least 4")) {
            _ = try Self.load(data, source: "short.geojson", property: "name")
        }
    }

    @Test func moreRegionsThanTheLimitIsAnErrorNamingFileCountAndLimit() throws {
        let path = TestPaths.boundary("neighborhoods.geojson")
        let layer = try BoundaryLayer(spec: path + ":name")
        let count = layer.regionNames.count
        _ = try BoundaryLayer(spec: path + ":name", limits: BoundaryLimits(maximumRegions: count))
        do {
            _ = try BoundaryLayer(spec: path + ":name", limits: BoundaryLimits(maximumRegions: count - 1))
            Issue.record("\(count) regions passed a limit of \(count - 1)")
        } catch {
            #expect(error == .tooManyRegions(file: path, property: "name", count: count, limit: count - 1))
            #expect(error.description.hasPrefix("\(path): \(count) regions (distinct values of 'name'), over the limit of \(count - 1);"))
            #expect(error.exitStatus == .dataError)
        }
    }

    @Test func featuresDuplicatedBeyondTheLimitAreRefused() throws {
        var file = try Self.realFile("police-districts.geojson")
        let features = try Self.features(file)
        var copies: [[String: Any]] = []
        for copy in 0..<3 {
            for var feature in features {
                var properties = try #require(feature["properties"] as? [String: Any])
                properties["POLICE"] = "\(properties["POLICE"] ?? "") copy \(copy)"
                feature["properties"] = properties
                copies.append(feature)
            }
        }
        file["features"] = copies
        let data = try JSONSerialization.data(withJSONObject: file)
        let limit = copies.count - 1
        #expect(throws: GeographyError.tooManyRegions(file: "copies.geojson", property: "POLICE", count: copies.count, limit: limit)) {
            _ = try Self.load(data, source: "copies.geojson", property: "POLICE", limits: BoundaryLimits(maximumRegions: limit))
        }
    }

    @Test func moreVerticesThanTheLimitIsAnErrorNamingFileCountAndLimit() throws {
        let path = TestPaths.boundary("aldermanic-districts.geojson")
        let vertices = try BoundaryLayer(spec: path).vertexCount
        _ = try BoundaryLayer(spec: path, limits: BoundaryLimits(maximumVertices: vertices))
        do {
            _ = try BoundaryLayer(spec: path, limits: BoundaryLimits(maximumVertices: vertices - 1))
            Issue.record("\(vertices) vertices passed a limit of \(vertices - 1)")
        } catch {
            #expect(error == .tooManyVertices(file: path, count: vertices, limit: vertices - 1))
            #expect(error.description.hasPrefix("\(path): \(vertices) polygon vertices, over the limit of \(vertices - 1);"))
            #expect(error.exitStatus == .dataError)
        }
    }

    @Test func aSpentBudgetSaysWhichRingsWereNotChecked() throws {
        let path = TestPaths.boundary("neighborhoods.geojson")
        let layer = try BoundaryLayer(spec: path + ":name", limits: BoundaryLimits(selfIntersectionBudget: 1))
        #expect(layer.warnings.count == 1)
        #expect(layer.warnings.first?.hasPrefix("\(path): ") == true)
        #expect(layer.warnings.first?.contains("ring(s) not checked for self-intersection") == true)
        #expect(layer.warnings.first?.contains("budget of 1 edge-pair tests was spent") == true)
    }

    @Test func manyProblemsAreListedUpToTheLimitAndCounted() throws {
        var file = try Self.realFile("neighborhoods.geojson")
        var features = try Self.features(file)
        var opened = 0
        for k in features.indices {
            guard var geometry = features[k]["geometry"] as? [String: Any], geometry["type"] as? String == "Polygon",
                  var rings = geometry["coordinates"] as? [[[Double]]], rings[0].count > 4 else { continue }
            rings[0].removeLast()
            geometry["coordinates"] = rings
            features[k]["geometry"] = geometry
            opened += 1
        }
        file["features"] = features
        let listed = 5
        try #require(opened > listed)
        let layer = try Self.load(try JSONSerialization.data(withJSONObject: file), source: "many.geojson", property: "name",
                                  limits: BoundaryLimits(maximumListedWarnings: listed))
        #expect(layer.warnings.count == listed + 1)
        #expect(layer.warnings.last == "many.geojson: \(opened - listed) more ring problem(s) not listed (the first \(listed) are)")
    }
}

/// ``RingCheck`` on hand-drawn rings.
@Suite struct RingCheckTests {
    static func problem(_ points: [(Double, Double)]) -> RingProblem? {
        var budget = 1_000
        return RingCheck.problem(xs: points.map(\.0), ys: points.map(\.1), budget: &budget)
    }

    @Test func simpleRingsPass() {
        #expect(Self.problem([(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)]) == nil)
        #expect(Self.problem([(0, 0), (1, 0), (1, 0), (1, 1), (0, 1), (0, 0)]) == nil)   // a repeated position is harmless
        #expect(Self.problem([(0, 0), (2, 0), (2, 2), (1, 1), (0, 2), (0, 0)]) == nil)   // concave
    }

    @Test func aBowTieCrosses() {
        #expect(Self.problem([(0, 0), (1, 1), (1, 0), (0, 1), (0, 0)])
            == .selfIntersection(kind: .crossing, x: 0.5, y: 0.5, firstEdge: 1, secondEdge: 3))
    }

    @Test func aFigureEightThroughOneVertexTouches() {
        guard case .selfIntersection(.touching, 1, 1, _, _)? = Self.problem([(0, 0), (1, 1), (2, 0), (2, 2), (1, 1), (0, 2), (0, 0)]) else {
            Issue.record("expected a touch at (1, 1)"); return
        }
    }

    @Test func aSpikeFoldsBack() {
        guard case .selfIntersection(.foldBack, 2, 0, _, _)? = Self.problem([(0, 0), (2, 0), (1, 0), (1, 1), (0, 1), (0, 0)]) else {
            Issue.record("expected a fold back at (2, 0)"); return
        }
    }

    @Test func aRingWithoutAreaIsDegenerate() {
        #expect(Self.problem([(0, 0), (1, 1), (0, 0), (0, 0)]) == .degenerate(distinctPositions: 2))
    }

    @Test func aSpentBudgetIsNotChecked() {
        var budget = 0
        #expect(RingCheck.problem(xs: [0, 1, 1, 0, 0], ys: [0, 0, 1, 1, 0], budget: &budget) == .notChecked(edges: 4))
    }
}
