import Testing
@testable import Charts

/// Class breaks computed by hand for a small example, and the map drawn with them.
struct ChoroplethMapTests {
    /// Ten values: 1, 1, 2, 3, 5, 8, 13, 21, 34, 55.
    let fibonacci: [Double?] = [1, 1, 2, 3, 5, 8, 13, 21, 34, 55]

    @Test func quantileClasses() {
        // n = 10, 5 classes: upper bounds at ranks 2, 4, 6, 8, 10 → 1, 3, 8, 21, 55, two values each.
        let classes = ValueClasses(values: fibonacci + [nil, .nan], classification: .quantiles(5)).classes
        #expect(classes.map(\.upper) == [1, 3, 8, 21, 55])
        #expect(classes.map(\.lower) == [1, 1, 3, 8, 21])
        #expect(classes.map(\.count) == [2, 2, 2, 2, 2])
        #expect(classes.map(\.colour) == ChartPalette.classColours(count: 5))
    }

    @Test func equalIntervalClasses() {
        // Width (55 − 1) / 5 = 10.8: bounds 11.8, 22.6, 33.4, 44.2, 55 → counts 6, 2, 0, 1, 1.
        let classes = ValueClasses(values: fibonacci, classification: .equalInterval(5)).classes
        let expectedUppers = [11.8, 22.6, 33.4, 44.2, 55]
        #expect(zip(classes.map(\.upper), expectedUppers).allSatisfy { abs($0 - $1) < 1e-9 })
        #expect(classes.map(\.count) == [6, 2, 0, 1, 1])
    }

    @Test func manualClassesAndTies() {
        let manual = ValueClasses(values: fibonacci, classification: .manual([10, 30, 100]))
        #expect(manual.classes.map(\.upper) == [10, 30, 55])
        #expect(manual.classes.map(\.count) == [6, 2, 2])
        // Ties: eight equal values and two others in 5 quantiles collapse to the distinct bounds 7 and 9.
        let ties = ValueClasses(values: [7, 7, 7, 7, 7, 7, 7, 7, 8, 9], classification: .quantiles(5))
        #expect(ties.classes.map(\.upper) == [7, 9])
        #expect(ties.classes.map(\.count) == [8, 2])
        #expect(ties.index(of: 8) == 1)
        #expect(ties.index(of: nil) == nil && ties.index(of: 6) == nil)
        #expect(ValueClasses(values: [4, 4], classification: .equalInterval(5)).classes.count == 1)
        #expect(ValueClasses(values: [nil], classification: .quantiles(5)).classes.isEmpty)
    }

    @Test func regionsAreFilledByClassWithHoverTitlesAndLegend() throws {
        let map = ChartTestData.map
        let document = try #require(SVGDocument(map.svg(width: 600, height: 300)))
        let paths = document.all("path", classed: "region")
        #expect(paths.count == 3)
        #expect(paths.allSatisfy { $0.attributes["fill-rule"] == "evenodd" })
        // Equal intervals over 10…30 in 2 classes: 10–20 holds North, 20–30 holds Centre.
        let colours = ChartPalette.classColours(count: 2)
        #expect(paths[0].attributes["fill"] == colours[0] && paths[0].attributes["data-class"] == "0")
        #expect(paths[1].attributes["fill"] == colours[1] && paths[1].attributes["data-class"] == "1")
        #expect(paths[2].attributes["fill"] == "url(#\(map.id)-map-nodata)" && paths[2].attributes["data-class"] == "none")
        #expect(document.title(of: paths[0]) == "North: 10")
        #expect(document.title(of: paths[2]) == "South: no data")
        #expect(paths[0].attributes["d"] == map.regions[0].pathData)
        let legend = document.texts
        #expect(legend.contains("10 – 20 (1)") && legend.contains("20 – 30 (1)") && legend.contains("No data (1)"))
        #expect(legend.contains("2 equal-interval classes"))
        // The 30 × 10 map is scaled uniformly into its area.
        let group = try #require(document.all("g", classed: "regions").first?.attributes["transform"])
        // 30 × 10 map units into a (600 − 24 − 210 − 12) = 354 wide, 300 − top − 12 high area: width limits, scale 11.8.
        let scaleText = group.split(separator: "scale(").last?.dropLast() ?? ""
        let scale = try #require(Double(scaleText))
        #expect(abs(scale - 354.0 / 30) < 1e-4)
        // The hatching inside the scaled group is drawn at the same on-screen size as elsewhere (6 units).
        let pattern = try #require(document.all("pattern").first { $0.attributes["id"] == "\(map.id)-map-nodata" })
        #expect(abs(try #require(pattern.number("width")) * scale - 6) < 1e-3)
    }

    @Test(arguments: [
        [MapRegion](),
        [MapRegion(name: "Blank", pathData: "  ", value: 3)],
    ])
    func nothingToDrawIsSaid(regions: [MapRegion]) throws {
        let map = ChoroplethMap(title: "T", regions: regions, mapWidth: 10, mapHeight: 10, valueLabel: "v")
        let document = try #require(SVGDocument(map.svg()))
        #expect(document.all("text", classed: "no-data").first?.text == "No map regions to draw")
    }

    @Test func allRegionsWithoutValuesAreHatchedAndCounted() throws {
        let map = ChoroplethMap(title: "T", regions: [MapRegion(name: "A", pathData: "M0 0 L1 0 L1 1 Z", value: nil)],
                                mapWidth: 1, mapHeight: 1, valueLabel: "v")
        let document = try #require(SVGDocument(map.svg()))
        #expect(document.texts.contains("No data (1)"))
    }

    @Test func labelsArePlacedAtTheirMapPointsAfterScaling() throws {
        var map = ChartTestData.map
        map.regions[1].labelPoint = MapPoint(x: 15, y: 5)
        map.regions[1].label = "2"
        let document = try #require(SVGDocument(map.svg(width: 600, height: 300)))
        let label = try #require(document.all("text").first { $0.text == "2" })
        let group = try #require(document.all("g", classed: "regions").first?.attributes["transform"])
        // transform="translate(tx ty) scale(s)": the label sits at tx + 15·s, ty + 5·s (+4 to centre the text).
        let numbers = group.split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap { Double($0) }
        #expect(numbers.count == 3)
        #expect(abs(try #require(label.number("x")) - (numbers[0] + 15 * numbers[2])) <= 0.011)
        #expect(abs(try #require(label.number("y")) - (numbers[1] + 5 * numbers[2] + 4)) <= 0.011)
    }
}
