import Foundation
import Testing
@testable import Geography

/// Bad boundary files (Fixtures/bad/) must fail with an error naming the file and the problem.
@Suite struct BadFileTests {
    func loadError(_ name: String, property: String? = nil) -> GeographyError? {
        let path = TestPaths.fixture("bad/\(name)")
        do {
            _ = try BoundaryLayer(spec: BoundaryLayerSpec(path: path, property: property))
            return nil
        } catch {
            #expect(error.description.hasPrefix(path), "the message starts with the file: \(error)")
            return error
        }
    }

    @Test func notJSON() {
        guard case .notJSON(_, let detail)? = loadError("not-json.geojson") else {
            Issue.record("expected notJSON"); return
        }
        #expect(detail == "syntax error at line 1, column 2: invalid literal (expected null)")  // `n` could start `null`, `a` cannot
        #expect(loadError("not-json.geojson")?.description.contains("not JSON") == true)
    }

    @Test func notGeoJSON() {
        let error = loadError("not-geojson.geojson")
        guard case .notGeoJSON(_, let reason)? = error else { Issue.record("expected notGeoJSON, got \(String(describing: error))"); return }
        #expect(reason.contains("no 'type' member"))
        #expect(reason.contains("features, hello"))  // lists the keys it found
    }

    @Test func noPolygons() {
        #expect(loadError("points-only.geojson") == .noPolygons(file: TestPaths.fixture("bad/points-only.geojson"),
                                                                found: ["Point", "LineString"]))
    }

    @Test func namePropertyMissingListsWhatExists() {
        let file = TestPaths.fixture("bad/missing-property.geojson")
        #expect(loadError("missing-property.geojson", property: "DISTRICT")
            == .propertyMissing(file: file, property: "DISTRICT", feature: 1, available: ["OBJECTID"]))
        let message = loadError("missing-property.geojson", property: "NAME")?.description ?? ""
        #expect(message.contains("feature #1 has no property 'NAME'"))
        #expect(message.contains("properties present: DISTRICT, OBJECTID"))
    }

    @Test func projectedCoordinates() {
        let error = loadError("projected-coordinates.geojson")
        #expect(error == .projectedCoordinates(file: TestPaths.fixture("bad/projected-coordinates.geojson"),
                                               feature: 0, x: 2560000.5, y: 387000.25))
        #expect(error?.description.contains("projected system") == true)
        #expect(error?.description.contains("2560000.5") == true)
    }

    @Test func projectedCRSMember() {
        let error = loadError("projected-crs.geojson")
        #expect(error == .projectedCRS(file: TestPaths.fixture("bad/projected-crs.geojson"),
                                       crs: "'urn:ogc:def:crs:EPSG::32054'"))
    }

    @Test func ambiguousPropertyListsCandidates() {
        let error = loadError("ambiguous-property.geojson")
        #expect(error == .propertyNotDetected(file: TestPaths.fixture("bad/ambiguous-property.geojson"),
                                              candidates: ["WARD", "ZONE"], available: ["OBJECTID", "WARD", "ZONE"]))
        // Naming the property resolves it.
        let layer = try? BoundaryLayer(spec: TestPaths.fixture("bad/ambiguous-property.geojson") + ":ZONE")
        #expect(layer?.region(containingLatitude: 0.5, longitude: 1.5) == "South")
    }

    @Test func reportsTheLineOfASyntaxError() throws {
        // Line 2 is ` "features": [1, 2,, 3]}`: the second comma is column 20.
        let text = "{\"type\": \"FeatureCollection\",\n \"features\": [1, 2,, 3]}"
        #expect(throws: GeographyError.notJSON(file: "broken.geojson", detail: "syntax error at line 2, column 20: unexpected character ','")) {
            try BoundaryLayer(geoJSON: Data(text.utf8), source: "broken.geojson")
        }
    }

    @Test func neverNamesRegionsByAnIdentifierAlone() {
        // Without a property, OBJECTID is the only field on both features: refused rather than chosen.
        let error = loadError("missing-property.geojson")
        #expect(error == .propertyNotDetected(file: TestPaths.fixture("bad/missing-property.geojson"),
                                              candidates: ["OBJECTID"], available: ["DISTRICT", "OBJECTID"]))
    }

    @Test func shortRing() {
        guard case .invalidGeometry(_, 0, let reason)? = loadError("short-ring.geojson") else {
            Issue.record("expected invalidGeometry"); return
        }
        #expect(reason.contains("at least 4"))
    }

    @Test func missingFile() {
        guard case .unreadable(let file, _)? = loadError("no-such-file.geojson") else {
            Issue.record("expected unreadable"); return
        }
        #expect(file.hasSuffix("no-such-file.geojson"))
    }

    @Test func geographicCRSIsAccepted() throws {
        let json = #"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},"features":[{"type":"Feature","properties":{"name":"A"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}]}"#
        let layer = try BoundaryLayer(geoJSON: Data(json.utf8), source: "crs84.geojson")
        #expect(layer.regionNames == ["A"])
    }

    @Test(arguments: [
        ("a/b.geojson", "a/b.geojson", nil),
        ("a/b.geojson:POLICE", "a/b.geojson", "POLICE"),
        ("a:b/c.geojson", "a:b/c.geojson", nil),       // the colon belongs to the path
        ("x.geojson:", "x.geojson", nil),
        ("x.geojson:name:ALD", "x.geojson:name", "ALD"), // the last colon splits
    ] as [(String, String, String?)])
    func parsesLayerSpecs(spec: String, path: String, property: String?) throws {
        let parsed = try BoundaryLayerSpec(parsing: spec)
        #expect(parsed.path == path)
        #expect(parsed.property == property)
    }

    @Test func rejectsAnEmptySpec() {
        #expect(throws: GeographyError.self) { try BoundaryLayerSpec(parsing: ":name") }
    }
}
