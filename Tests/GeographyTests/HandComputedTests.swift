import Foundation
import Testing
@testable import Geography

/// Shapes whose answers are worked out by hand (Fixtures/shapes.geojson): "Ring" is the square 0…4 with the
/// hole 1…3; "Core" fills the hole exactly; "Islands" is a MultiPolygon (unit square at x 5…6 and the triangle
/// (5,2) (7,2) (6,3)) plus a second feature of the same name (triangle (8,0) (9,0) (9,1)); "Nowhere" has a null
/// geometry and is ignored.
@Suite struct HandComputedTests {
    let layer: BoundaryLayer

    init() throws {
        layer = try BoundaryLayer(spec: TestPaths.fixture("shapes.geojson"))
    }

    @Test func readsFeaturesAndMergesSameNamedOnes() {
        #expect(layer.nameProperty == "NAME")  // auto-detected: no `name`, one `NAME`
        #expect(layer.regionNames == ["Ring", "Islands", "Core"])
        #expect(layer.featureCount == 4)
        #expect(layer.vertexCount == 5 + 5 + 5 + 4 + 5 + 4)
        #expect(layer.boundingBox == GeoBoundingBox(minLongitude: 0, minLatitude: 0, maxLongitude: 9, maxLatitude: 4))
    }

    @Test(arguments: [
        (0.5, 0.5, "Ring"), (3.5, 2.0, "Ring"), (2.0, 3.5, "Ring"),   // the ring around the hole
        (2.0, 2.0, "Core"), (1.5, 2.9, "Core"),                       // in the hole: Ring excludes it, Core has it
        (5.5, 0.5, "Islands"), (6.0, 2.5, "Islands"), (6.0, 2.9, "Islands"),  // both MultiPolygon parts
        (8.8, 0.5, "Islands"),                                        // the second feature with that name
        (6.9, 2.5, nil), (5.2, 2.6, nil), (8.2, 0.5, nil),            // beside the triangles (x = 5 + y - 2 … 7 - y + 2; x > 8 + y)
        (4.5, 2.0, nil), (5.5, 1.5, nil), (10.0, 10.0, nil), (-1.0, 2.0, nil), (2.0, -0.5, nil),
    ] as [(Double, Double, String?)])
    func assignsPoints(x: Double, y: Double, expected: String?) {
        #expect(layer.region(containingLatitude: y, longitude: x) == expected)
    }

    /// The documented rule for points exactly on an edge: east of a non-horizontal edge, north of a horizontal one.
    @Test(arguments: [
        (1.0, 2.0, "Core"),   // x = 1 is Ring's hole edge and Core's west edge: Core lies east
        (3.0, 2.0, "Ring"),   // x = 3: Ring lies east
        (2.0, 1.0, "Core"),   // y = 1: Core lies north
        (2.0, 3.0, "Ring"),   // y = 3: Ring lies north
        (1.0, 1.0, "Core"),   // the shared corner: Core lies north-east
        (0.0, 2.0, "Ring"),   // Ring's west edge: inside
        (4.0, 2.0, nil),      // Ring's east edge: outside
        (2.0, 0.0, "Ring"),   // Ring's south edge: inside
        (2.0, 4.0, nil),      // Ring's north edge: outside
    ] as [(Double, Double, String?)])
    func pointsOnEdgesFollowTheHalfOpenRule(x: Double, y: Double, expected: String?) {
        #expect(layer.region(containingLatitude: y, longitude: x) == expected)
    }

    /// Along the hole's edge every point belongs to exactly one of Ring and Core, whatever rounding does.
    @Test func sharedEdgesNeverGiveBothOrNeither() {
        var generator = SplitMix64(seed: 7)
        var checked = 0
        for _ in 0..<2_000 {
            let t = 1 + 2 * generator.unit()
            for (x, y) in [(1.0, t), (3.0, t), (t, 1.0), (t, 3.0)] {
                let inRing = layer.index.contains(feature: 0, x: x, y: y)
                let inCore = layer.index.contains(feature: 2, x: x, y: y)
                #expect(inRing != inCore, "point (\(x), \(y))")
                checked += 1
            }
        }
        #expect(checked == 8_000)
    }

    @Test func overlappingFeaturesGoToTheFirstInFileOrder() throws {
        let json = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"name": "Big"}, "geometry": {"type": "Polygon", "coordinates": [[[0,0],[10,0],[10,10],[0,10],[0,0]]]}},
          {"type": "Feature", "properties": {"name": "Small"}, "geometry": {"type": "Polygon", "coordinates": [[[2,2],[3,2],[3,3],[2,3],[2,2]]]}}
        ]}
        """
        let layer = try BoundaryLayer(geoJSON: Data(json.utf8), source: "overlap.geojson")
        #expect(layer.region(containingLatitude: 2.5, longitude: 2.5) == "Big")
    }

    @Test func namesAPropertylessBareGeometryAfterItsFile() throws {
        let triangle = #"{"type":"Polygon","coordinates":[[[0,0],[2,0],[0,2],[0,0]]]}"#
        let layer = try BoundaryLayer(geoJSON: Data(triangle.utf8), source: "/tmp/city-limit.geojson")
        #expect(layer.nameProperty == BoundaryLayer.fileNameProperty)
        #expect(layer.regionNames == ["city-limit"])
        #expect(layer.region(containingLatitude: 0.5, longitude: 0.5) == "city-limit")
        #expect(layer.region(containingLatitude: 1.5, longitude: 1.5) == nil)  // beyond the hypotenuse x + y = 2
    }

    @Test func readsASingleFeatureWithNumericNames() throws {
        let feature = #"{"type":"Feature","properties":{"POLICE":3},"geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]]]}}"#
        let layer = try BoundaryLayer(geoJSON: Data(feature.utf8), source: "one.geojson")
        #expect(layer.nameProperty == "POLICE")
        #expect(layer.regionNames == ["3"])  // integral numbers print without ".0"
        #expect(layer.region(containingLatitude: 0.25, longitude: 0.75) == "3")
    }

    @Test func survivesDegenerateRingsAndNonFinitePoints() throws {
        let json = #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Dot"},"geometry":{"type":"Polygon","coordinates":[[[1,1],[1,1],[1,1],[1,1]]]}}]}"#
        let layer = try BoundaryLayer(geoJSON: Data(json.utf8), source: "dot.geojson")
        #expect(layer.region(containingLatitude: 1, longitude: 1) == nil)  // no area, no points inside
        #expect(layer.svgPaths(width: 10, height: 10).count == 1)
        #expect(self.layer.region(containingLatitude: .nan, longitude: 2) == nil)
        #expect(self.layer.region(containingLatitude: 2, longitude: .infinity) == nil)
        #expect(self.layer.regionIndices(latitudes: [.nan, 2], longitudes: [2, 2]) == [-1, 2])  // Core is region 2
    }
}
