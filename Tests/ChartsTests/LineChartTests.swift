import Testing
@testable import Charts

/// Line geometry, checked against positions computed by hand from the axes.
struct LineChartTests {
    @Test func pointsArePlacedOnTheAxesAndGapsBreakTheLine() throws {
        // y values 0, 10, –, 30 over x 0…3: the y axis runs 0…30 (step 5), x spans the plot width.
        let chart = LineChart(title: "T", xValues: [0, 1, 2, 3], series: [ChartSeries(name: "S", values: [0, 10, nil, 30])],
                              xAxisLabel: "Hour", yAxisLabel: "Calls")
        let document = try #require(SVGDocument(chart.svg(width: 600, height: 400)))
        let zero = try #require(document.all("line").first { $0.attributes["data-value"] == "0.0" })
        let thirty = try #require(document.all("line").first { $0.attributes["data-value"] == "30.0" })
        let left = try #require(zero.number("x1")), right = try #require(zero.number("x2"))
        let y0 = try #require(zero.number("y1")), y30 = try #require(thirty.number("y1"))
        let points = document.all("circle", classed: "point")
        #expect(points.count == 3)
        let expected: [(Double, Double)] = [(0, 0), (1, 10), (3, 30)]
        for (point, (x, y)) in zip(points, expected) {
            #expect(abs(try #require(point.number("cx")) - (left + (right - left) * x / 3)) <= 0.011)
            #expect(abs(try #require(point.number("cy")) - (y0 + (y30 - y0) * y / 30)) <= 0.011)
        }
        let path = try #require(document.all("path", classed: "line").first?.attributes["d"])
        #expect(path.filter { $0 == "M" }.count == 2) // the gap at x = 2 starts a new subpath
        #expect(path.filter { $0 == "L" }.count == 1)
        #expect(document.title(of: points[1]) == "1: 10")
    }

    @Test func seriesDifferByColourAndDash() throws {
        let chart = LineChart(title: "T", xValues: [0, 1], series: [ChartSeries(name: "A", values: [1, 2]), ChartSeries(name: "B", values: [2, 1])],
                              xAxisLabel: "x", yAxisLabel: "y")
        let document = try #require(SVGDocument(chart.svg()))
        let paths = document.all("path", classed: "line")
        #expect(paths.count == 2)
        #expect(paths[0].attributes["stroke"] != paths[1].attributes["stroke"])
        #expect(paths[0].attributes["stroke-dasharray"] == nil && paths[1].attributes["stroke-dasharray"] != nil)
    }

    @Test func labelledTicksAreThinnedWhenCrowded() throws {
        let labels = (0..<24).map { "Hour \($0) of the day" }
        let chart = LineChart(title: "T", xValues: (0..<24).map(Double.init), xTickLabels: labels,
                              series: [ChartSeries(name: "S", values: (0..<24).map(Double.init))], xAxisLabel: "Hour", yAxisLabel: "Calls")
        let document = try #require(SVGDocument(chart.svg(width: 600, height: 300)))
        let shown = document.texts.filter { $0.hasPrefix("Hour ") && $0 != "Hour" }
        #expect(shown.count < 24 && shown.count >= 3)
        #expect(shown.first == "Hour 0 of the day")
    }

    @Test func singlePointAndNoPoints() throws {
        let one = LineChart(title: "T", xValues: [5], series: [ChartSeries(name: "S", values: [3])], xAxisLabel: "x", yAxisLabel: "y")
        #expect(try #require(SVGDocument(one.svg())).all("circle").count == 1)
        let none = LineChart(title: "T", xValues: [1, 2], series: [ChartSeries(name: "S", values: [nil, .nan])], xAxisLabel: "x", yAxisLabel: "y")
        #expect(try #require(SVGDocument(none.svg())).all("text", classed: "no-data").count == 1)
    }
}
