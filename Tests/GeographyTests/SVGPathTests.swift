import Foundation
import Testing
@testable import Geography

@Suite struct SVGPathTests {
    /// A 2° × 1° box at the equator (cos 0 = 1) fitted into 200 × 200 px: scale 100 px/°, centred vertically.
    @Test func projectsAndFitsByHand() throws {
        let json = #"{"type":"Feature","properties":{"name":"Box"},"geometry":{"type":"Polygon","coordinates":[[[10,-0.5],[12,-0.5],[12,0.5],[10,0.5],[10,-0.5]]]}}"#
        let layer = try BoundaryLayer(geoJSON: Data(json.utf8), source: "box.geojson")
        let paths = layer.svgPaths(width: 200, height: 200)
        #expect(paths == [SVGRegionPath(region: "Box", d: "M0.0,150.0L200.0,150.0L200.0,50.0L0.0,50.0Z", vertexCount: 4)])
    }

    /// At 60°N a degree of longitude is half a degree of latitude (cos 60° = 0.5): a 2° × 1° box is drawn square.
    @Test func scalesLongitudeByCosineOfLatitude() throws {
        let json = #"{"type":"Polygon","coordinates":[[[0,59.5],[2,59.5],[2,60.5],[0,60.5],[0,59.5]]]}"#
        let layer = try BoundaryLayer(geoJSON: Data(json.utf8), source: "north.geojson")
        let d = layer.svgPaths(width: 100, height: 100)[0].d
        #expect(d == "M0.0,100.0L100.0,100.0L100.0,0.0L0.0,0.0Z")
    }

    @Test func keepsHolesAsSeparateRings() throws {
        let layer = try BoundaryLayer(spec: TestPaths.fixture("shapes.geojson"))
        let paths = layer.svgPaths(width: 900, height: 400)
        #expect(paths.map(\.region) == layer.regionNames)
        #expect(paths[0].d.filter { $0 == "M" }.count == 2)  // Ring: outer + hole
        #expect(paths[1].d.filter { $0 == "M" }.count == 3)  // Islands: three rings over two features
        let kept = paths.reduce(0) { $0 + $1.vertexCount }
        #expect(kept == 4 + 4 + 4 + 3 + 4 + 3)  // nothing to simplify
    }

    @Test func simplifiesMilwaukeeToTheBudgetInsideTheBox() throws {
        let layer = try BoundaryLayer(spec: TestPaths.boundary("neighborhoods.geojson"))
        let paths = layer.svgPaths(width: 800, height: 600, vertexBudget: 3000)
        let kept = paths.reduce(0) { $0 + $1.vertexCount }
        #expect(paths.count == 190)
        #expect(kept <= 3000)
        #expect(kept > 2500)  // the budget is used, not wasted
        #expect(kept < layer.vertexCount)
        var maxX = 0.0, maxY = 0.0, minX = Double.infinity, minY = Double.infinity
        for path in paths {
            #expect(path.d.hasPrefix("M") && path.d.hasSuffix("Z"))
            let numbers = path.d.split(whereSeparator: { "MLZ,".contains($0) }).compactMap { Double($0) }
            for (k, value) in numbers.enumerated() {
                if k % 2 == 0 { minX = min(minX, value); maxX = max(maxX, value) } else { minY = min(minY, value); maxY = max(maxY, value) }
            }
        }
        // Fitted: touches both sides of one dimension and stays inside the other.
        let insideBox: Bool = minX >= 0 && maxX <= 800 && minY >= 0 && maxY <= 600
        let fillsHeight: Bool = minY == 0 && maxY == 600
        let fillsWidth: Bool = minX == 0 && maxX == 800
        #expect(insideBox)
        #expect(fillsHeight || fillsWidth)
    }

    @Test func douglasPeuckerRanksByDistanceFromTheChord() {
        // A square with a 0.1 bump in the middle of its bottom edge: the bump point is the least significant.
        let xs: [Double] = [0, 5, 10, 10, 0], ys: [Double] = [0, 0.1, 0, 10, 10]
        let significance = BoundaryLayer.significance(xs: xs, ys: ys)
        #expect(significance.filter { $0 == .infinity }.count == 3)
        #expect(abs(significance[1] - 0.1) < 1e-12)
        #expect(significance.min() == significance[1])
    }
}

@Suite struct MapProjectionTests {
    /// Districts drawn with the neighbourhoods' projection line up: both layers trace the same city, so their
    /// drawings span nearly the same pixels; and a point projects where the hand formula puts it.
    @Test func sharesOneProjectionAcrossLayers() throws {
        let neighbourhoods = try BoundaryLayer(spec: TestPaths.boundary("neighborhoods.geojson"))
        let districts = try BoundaryLayer(spec: TestPaths.boundary("police-districts.geojson"))
        let projection = neighbourhoods.mapProjection(width: 800, height: 600)
        let box = neighbourhoods.boundingBox
        // Hand formula: the box is taller than wide once longitudes are scaled, so it fills the height.
        let k = cos((box.minLatitude + box.maxLatitude) / 2 * .pi / 180)
        let scale = 600 / (box.maxLatitude - box.minLatitude)
        let offsetX = (800 - (box.maxLongitude - box.minLongitude) * k * scale) / 2
        let point = projection.project(latitude: 43.0417, longitude: -87.9097)
        #expect(abs(point.x - (offsetX + (-87.9097 - box.minLongitude) * k * scale)) < 1e-9)
        #expect(abs(point.y - (box.maxLatitude - 43.0417) * scale) < 1e-9)
        let paths = districts.svgPaths(projection: projection)
        let xs = paths.flatMap { $0.d.split(whereSeparator: { "MLZ".contains($0) }).compactMap { Double($0.split(separator: ",")[0]) } }
        #expect(abs((xs.min() ?? 0) - offsetX) < 2)  // the same west edge, within simplification
    }
}
