import Vocabulary
import Testing
@testable import Charts

/// Extreme inputs must render something well-formed rather than crash.
struct ExtremeInputTests {
    static let extremes: [[Double?]] = [
        [Double.greatestFiniteMagnitude, -Double.greatestFiniteMagnitude],
        [1e300, 1e-300],
        [-1e-300, 0],
        [1e18, 2e18],
        [Double.leastNonzeroMagnitude],
    ]

    @Test(arguments: extremes)
    func extremeValuesRender(values: [Double?]) throws {
        let categories = values.indices.map { "C\($0)" }
        for orientation in [BarChart.Orientation.vertical, .horizontal] {
            for format in [ValueFormat.integer, .decimal(9), .percent(2), .dollars, .wholeDollars] {
                let bar = BarChart(title: "X", categories: categories, series: [ChartSeries(name: "S", values: values)],
                                   valueAxisLabel: "v", orientation: orientation, valueFormat: format, showsValueLabels: true)
                #expect(SVGDocument(bar.svg(width: 240, height: 160)) != nil)
            }
        }
        let line = LineChart(title: "X", xValues: values.map { $0 ?? 0 }, series: [ChartSeries(name: "S", values: values)],
                             xAxisLabel: "x", yAxisLabel: "y")
        #expect(SVGDocument(line.svg()) != nil)
        let heat = HeatMap(title: "X", rowLabels: ["r"], columnLabels: categories, values: [values], rowAxisLabel: "r",
                           columnAxisLabel: "c", valueLabel: "v")
        #expect(SVGDocument(heat.svg()) != nil)
        let map = ChoroplethMap(title: "X", regions: values.enumerated().map { MapRegion(name: "R\($0.offset)", pathData: "M0 0 L1 1 Z", value: $0.element) },
                                mapWidth: 1e-9, mapHeight: 1e9, valueLabel: "v", classification: .equalInterval(5))
        #expect(SVGDocument(map.svg()) != nil)
    }

    @Test func thousandsOfCategoriesInATinyChart() throws {
        let count = 5000
        let chart = BarChart(title: "X", categories: (0..<count).map { "Category \($0)" },
                             series: [ChartSeries(name: "S", values: (0..<count).map { Double($0) })], valueAxisLabel: "v",
                             orientation: .horizontal)
        let document = try #require(SVGDocument(chart.svg(width: 240, height: 160)))
        #expect(document.all("rect", classed: "bar").count == count)
    }
}
