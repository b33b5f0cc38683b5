import Testing
@testable import Charts

/// Heat-map colours and layout, checked against the palette.
struct HeatMapTests {
    @Test func cellsAreColouredAlongTheRampAndMissingCellsHatched() throws {
        // Values 1…6 with one gap: 1 is the ramp's first stop, 6 its last, 3.5 (none here) would be the middle.
        let map = ChartTestData.heat
        let svg = map.svg(width: 600, height: 300)
        let document = try #require(SVGDocument(svg))
        let cells = document.all("rect", classed: "cell")
        #expect(cells.count == 6)
        func cell(_ r: Int, _ c: Int) throws -> SVGDocument.Element {
            try #require(cells.first { $0.attributes["data-row"] == String(r) && $0.attributes["data-column"] == String(c) })
        }
        #expect(try cell(0, 0).attributes["fill"] == ChartPalette.sequentialStops.first)
        #expect(try cell(1, 2).attributes["fill"] == ChartPalette.sequentialStops.last)
        // 4 sits at (4 − 1) / 5 = 0.6 of the ramp: 4.8 stops in, between stop 4 (#41b6c4) and stop 5 (#1d91c0).
        #expect(try cell(1, 0).attributes["fill"] == ChartPalette.sequential(0.6))
        let missing = try cell(1, 1)
        #expect(missing.attributes["fill"] == "url(#\(map.id)-nodata)")
        #expect(document.all("pattern").contains { $0.attributes["id"] == "\(map.id)-nodata" })
        #expect(document.title(of: missing) == "Tue, 1: no data")
        #expect(document.texts.contains("No data"))
        // Cells tile the plot: equal widths, adjacent.
        let x0 = try #require(try cell(0, 0).number("x")), x1 = try #require(try cell(0, 1).number("x"))
        #expect(abs((x1 - x0) - (try #require(try cell(0, 0).number("width")))) <= 0.011)
    }

    @Test func rampInterpolatesBetweenStops() {
        #expect(ChartPalette.sequential(0) == "#ffffd9")
        #expect(ChartPalette.sequential(0.5) == "#41b6c4")
        #expect(ChartPalette.sequential(1) == "#081d58")
        // Halfway between #ffffd9 and #edf8b1: (255+237)/2 = 246 = f6, (255+248)/2 = 251.5 → fc, (217+177)/2 = 197 = c5.
        #expect(ChartPalette.sequential(1.0 / 16) == "#f6fcc5")
    }

    @Test func fixedScaleSaysWhenValuesExceedIt() throws {
        let map = HeatMap(title: "T", rowLabels: ["A"], columnLabels: ["x", "y"], values: [[0.1, 0.65]], rowAxisLabel: "r",
                          columnAxisLabel: "c", valueLabel: "Share", valueFormat: .percent(0), scaleDomain: 0...0.3)
        let document = try #require(SVGDocument(map.svg()))
        #expect(document.texts.contains("≥ 30%"))
        #expect(document.all("rect", classed: "cell").last?.attributes["fill"] == ChartPalette.sequentialStops.last)
    }

    @Test func equalValuesUseTheMiddleColour() throws {
        let map = HeatMap(title: "T", rowLabels: ["A"], columnLabels: ["x", "y"], values: [[2, 2]], rowAxisLabel: "r",
                          columnAxisLabel: "c", valueLabel: "v")
        let document = try #require(SVGDocument(map.svg()))
        #expect(document.all("rect", classed: "cell").allSatisfy { $0.attributes["fill"] == ChartPalette.sequential(0.5) })
    }
}
