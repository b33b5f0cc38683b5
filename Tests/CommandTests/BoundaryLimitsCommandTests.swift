import Foundation
import Geography
import Testing
import RerouteTestSupport

/// Issue 12 through the built binary: a boundary file over the region limit exits 65 naming the file, the
/// count and the limit; a ring that crosses itself is a warning on standard error (exit 0) and reaches the
/// report's warnings and data-quality notes. Inputs are real Milwaukee boundaries altered at test time.
@Suite("Boundary limits and ring checks (the built binary)")
struct BoundaryLimitsCommandTests {
    static func neighbourhoods() throws -> (file: [String: Any], features: [[String: Any]]) {
        let data = try Data(contentsOf: URL(fileURLWithPath: TestPaths.sharedData("milwaukee/boundaries/neighborhoods.geojson")))
        let file = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return (file, try #require(file["features"] as? [[String: Any]]))
    }

    /// The first Polygon feature: its index, name and outer ring.
    static func firstPolygon(_ features: [[String: Any]]) throws -> (index: Int, name: String, ring: [[Double]]) {
        let index = try #require(features.firstIndex { ($0["geometry"] as? [String: Any])?["type"] as? String == "Polygon" })
        let geometry = try #require(features[index]["geometry"] as? [String: Any])
        let ring = try #require((geometry["coordinates"] as? [[[Double]]])?.first)
        let name = try #require((features[index]["properties"] as? [String: Any])?["name"] as? String)
        return (index, name, ring)
    }

    /// The neighbourhoods file with a bow tie on the first polygon's longest edge, written into `dir`.
    static func bowTieFile(in dir: URL) throws -> (path: String, index: Int, name: String) {
        var (file, features) = try neighbourhoods()
        let (index, name, ring) = try firstPolygon(features)
        let k = try #require((0..<(ring.count - 1)).max { edge(ring, $0) < edge(ring, $1) })
        let p = ring[k], q = ring[k + 1]
        func at(_ s: Double, _ t: Double) -> [Double] {
            [p[0] + s * (q[0] - p[0]) - t * (q[1] - p[1]), p[1] + s * (q[1] - p[1]) + t * (q[0] - p[0])]
        }
        var geometry = try #require(features[index]["geometry"] as? [String: Any])
        var rings = try #require(geometry["coordinates"] as? [[[Double]]])
        rings[0] = Array(ring[...k]) + [at(0.6, 0.05), at(0.6, -0.05), at(0.4, 0.05)] + Array(ring[(k + 1)...])
        geometry["coordinates"] = rings
        features[index]["geometry"] = geometry
        file["features"] = features
        let path = dir.appendingPathComponent("neighborhoods-bow-tie.geojson").path
        try JSONSerialization.data(withJSONObject: file).write(to: URL(fileURLWithPath: path))
        return (path, index, name)
    }

    static func edge(_ ring: [[Double]], _ k: Int) -> Double { hypot(ring[k + 1][0] - ring[k][0], ring[k + 1][1] - ring[k][1]) }

    @Test func aRingThatCrossesItselfIsAWarningOnStandardErrorAndExitsZero() throws {
        let dir = TestPaths.temporaryDirectory("boundary-limits")
        let (path, index, name) = try Self.bowTieFile(in: dir)
        let r = try runReroute(["geography", "regions", "--boundaries", "\(path):name"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("warning: \(path): feature #\(index + 1) '\(name)', polygon 1, ring 1 (outer): the ring crosses itself at longitude "), "\(r.stderr)")
        #expect(r.stdout.contains("  \(name)\n"))
    }

    @Test func moreRegionsThanTheLimitExits65NamingFileCountAndLimit() throws {
        let dir = TestPaths.temporaryDirectory("boundary-limits")
        var (file, features) = try Self.neighbourhoods()
        // One more than the limit: copies of the real neighbourhood with the fewest vertices, each with its own name.
        func vertices(_ feature: [String: Any]) -> Int {
            ((feature["geometry"] as? [String: Any])?["coordinates"] as? [[[Double]]])?.reduce(0) { $0 + $1.count } ?? Int.max
        }
        let template = try #require(features.min { vertices($0) < vertices($1) })
        let limit = BoundaryLimits.defaultMaximumRegions
        features = (0...limit).map { k in
            var feature = template
            feature["properties"] = ["name": "copy \(k)"]
            return feature
        }
        file["features"] = features
        let path = dir.appendingPathComponent("too-many.geojson").path
        try JSONSerialization.data(withJSONObject: file).write(to: URL(fileURLWithPath: path))
        let r = try runReroute(["geography", "regions", "--boundaries", path])
        #expect(r.status == 65, "\(r.stderr)")
        #expect(r.stderr.contains("\(path): \(limit + 1) regions (distinct values of 'name'), over the limit of \(limit); "), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func theReportCarriesTheRingWarning() throws {
        let dir = TestPaths.temporaryDirectory("boundary-limits")
        let (path, index, name) = try Self.bowTieFile(in: dir)
        let input = try ReliabilityCommandTests.threeDays(in: dir)
        let out = dir.appendingPathComponent("report")
        let r = try runReroute(["report", input, "--boundaries", "\(path):name", "--out", out.path, "--no-staffing", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let expected = "\(path): feature #\(index + 1) '\(name)', polygon 1, ring 1 (outer): the ring crosses itself at longitude "
        #expect(r.stdout.contains("[boundary-geometry] \(expected)"), "\(r.stdout)")
        let summary = try String(contentsOf: out.appendingPathComponent("summary.json"), encoding: .utf8)
        #expect(summary.contains("boundary-geometry"))
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("Boundary file: "))
        #expect(html.contains("crosses itself at longitude"))
    }
}
