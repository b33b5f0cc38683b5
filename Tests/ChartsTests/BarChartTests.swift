import Testing
@testable import Charts

/// Bar geometry read back from the SVG and checked against positions computed by hand from the axis.
struct BarChartTests {
    /// Coordinates are written with two decimals.
    let tolerance = 0.011

    func parse(_ chart: BarChart, width: Double = 600, height: Double = 400) throws -> SVGDocument {
        try #require(SVGDocument(chart.svg(width: width, height: height)))
    }

    func bars(_ document: SVGDocument) -> [SVGDocument.Element] { document.all("rect", classed: "bar") }

    /// The y (vertical) or x (horizontal) position of the grid line for `value`.
    func gridPosition(_ document: SVGDocument, value: String, attribute: String) throws -> Double {
        let line = try #require(document.all("line").first { $0.attributes["data-value"] == value })
        return try #require(line.number(attribute))
    }

    @Test func verticalBarHeightsAreProportionalToValues() throws {
        // Values 10, 20, 40: the axis runs 0…40 in steps of 10, so heights are ¼, ½ and all of the 0→40 span.
        let chart = BarChart(title: "T", categories: ["A", "B", "C"], series: [ChartSeries(name: "S", values: [10, 20, 40])],
                             valueAxisLabel: "", categoryAxisLabel: "")
        let document = try parse(chart)
        let rects = bars(document)
        #expect(rects.count == 3)
        let zeroY = try gridPosition(document, value: "0.0", attribute: "y1")
        let fortyY = try gridPosition(document, value: "40.0", attribute: "y1")
        let span = zeroY - fortyY
        #expect(span > 100)
        for (rect, value) in zip(rects, [10.0, 20, 40]) {
            let y = try #require(rect.number("y")), height = try #require(rect.number("height"))
            #expect(abs(height - span * value / 40) <= tolerance)
            #expect(abs(y + height - zeroY) <= tolerance)
        }
        // Bars are centred in equal bands across the plot, in category order.
        let zeroLine = try #require(document.all("line", classed: "zero-line").first)
        let left = try #require(zeroLine.number("x1")), right = try #require(zeroLine.number("x2"))
        let band = (right - left) / 3
        for (index, rect) in rects.enumerated() {
            let x = try #require(rect.number("x")), width = try #require(rect.number("width"))
            #expect(abs(x + width / 2 - (left + band * (Double(index) + 0.5))) <= tolerance)
            #expect(rect.attributes["data-category"] == String(index))
        }
        #expect(document.title(of: rects[1]) == "B: 20")
    }

    @Test func horizontalBarWidthsAreProportionalToValues() throws {
        let chart = BarChart(title: "T", categories: ["A", "B", "C"], series: [ChartSeries(name: "S", values: [10, 20, 40])],
                             valueAxisLabel: "Calls", orientation: .horizontal)
        let document = try parse(chart)
        let zeroX = try gridPosition(document, value: "0.0", attribute: "x1")
        let fortyX = try gridPosition(document, value: "40.0", attribute: "x1")
        let rects = bars(document)
        #expect(rects.count == 3)
        var previousY = -Double.infinity
        for (rect, value) in zip(rects, [10.0, 20, 40]) {
            let x = try #require(rect.number("x")), width = try #require(rect.number("width"))
            #expect(abs(x - zeroX) <= tolerance)
            #expect(abs(width - (fortyX - zeroX) * value / 40) <= tolerance)
            let y = try #require(rect.number("y"))
            #expect(y > previousY) // first category on top
            previousY = y
        }
    }

    @Test func stackedSegmentsSitOnEachOther() throws {
        // Totals 30 and 40: the axis runs 0…40.
        let chart = BarChart(title: "T", categories: ["A", "B"],
                             series: [ChartSeries(name: "S1", values: [10, 30]), ChartSeries(name: "S2", values: [20, 10])],
                             valueAxisLabel: "Calls", stacked: true)
        let document = try parse(chart)
        let zeroY = try gridPosition(document, value: "0.0", attribute: "y1")
        let fortyY = try gridPosition(document, value: "40.0", attribute: "y1")
        let perUnit = (zeroY - fortyY) / 40
        let rects = bars(document)
        #expect(rects.count == 4)
        func segment(_ category: Int, _ series: Int) throws -> (y: Double, height: Double, x: Double) {
            let rect = try #require(rects.first { $0.attributes["data-category"] == String(category) && $0.attributes["data-series"] == String(series) })
            return (try #require(rect.number("y")), try #require(rect.number("height")), try #require(rect.number("x")))
        }
        let a1 = try segment(0, 0), a2 = try segment(0, 1)
        #expect(abs(a1.y + a1.height - zeroY) <= tolerance)
        #expect(abs(a1.height - 10 * perUnit) <= tolerance)
        #expect(abs(a2.y + a2.height - a1.y) <= tolerance)
        #expect(abs(a2.height - 20 * perUnit) <= tolerance)
        #expect(a1.x == a2.x)
        let b2 = try segment(1, 1)
        #expect(abs(b2.y - (zeroY - 40 * perUnit)) <= tolerance)
    }

    @Test func negativeValuesHangBelowTheZeroLine() throws {
        let chart = BarChart(title: "T", categories: ["Down", "Up"], series: [ChartSeries(name: "S", values: [-10, 20])],
                             valueAxisLabel: "Change")
        let document = try parse(chart)
        let zeroY = try gridPosition(document, value: "0.0", attribute: "y1")
        let twentyY = try gridPosition(document, value: "20.0", attribute: "y1")
        let minusTenY = try gridPosition(document, value: "-10.0", attribute: "y1")
        let rects = bars(document)
        let down = try #require(rects.first), up = try #require(rects.last)
        #expect(abs(try #require(down.number("y")) - zeroY) <= tolerance)
        #expect(abs(try #require(down.number("height")) - (minusTenY - zeroY)) <= tolerance)
        #expect(abs(try #require(up.number("y")) - twentyY) <= tolerance)
        #expect(abs((minusTenY - zeroY) * 2 - (zeroY - twentyY)) <= 2 * tolerance)
    }

    @Test func groupedBarsShareTheBandAndSkipMissingValues() throws {
        let document = try parse(ChartTestData.bar)
        let rects = bars(document)
        #expect(rects.count == 5) // Tue has no 2022 value
        let mon2021 = try #require(rects.first { $0.attributes["data-category"] == "0" && $0.attributes["data-series"] == "0" })
        let mon2022 = try #require(rects.first { $0.attributes["data-category"] == "0" && $0.attributes["data-series"] == "1" })
        #expect(try #require(mon2022.number("x")) > (try #require(mon2021.number("x"))))
        #expect(mon2021.attributes["fill"] == ChartPalette.categorical[0])
        #expect(mon2022.attributes["fill"] == ChartPalette.categorical[1])
        #expect(document.title(of: mon2022) == "Mon — 2022: 170")
        #expect(document.texts.contains("2021") && document.texts.contains("2022")) // legend
    }

    @Test func manyLongCategoryLabelsAreRotatedTruncatedAndThinned() throws {
        let names = (1...100).map { "A rather long neighbourhood name number \($0)" }
        let chart = BarChart(title: "T", categories: names,
                             series: [ChartSeries(name: "S", values: (1...100).map(Double.init))], valueAxisLabel: "Calls")
        let document = try parse(chart, width: 720, height: 400)
        let labels = document.elements.filter { $0.name == "text" && $0.parent.map { document.elements[$0].attributes["class"] == "category-axis" } == true }
        #expect(labels.count < 100 && labels.count >= 10)
        #expect(labels.allSatisfy { ($0.attributes["transform"] ?? "").hasPrefix("rotate(-45") })
        #expect(labels.allSatisfy { $0.text.hasSuffix("…") })
        let first = try #require(labels.first)
        #expect(document.title(of: first) == names[0])
        // Neighbouring shown labels are at least a line apart across the 45° direction.
        let xs = try labels.map { try #require($0.number("x")) }
        let spacing = zip(xs.dropFirst(), xs).map { ($0 - $1) * 0.7071 }.min() ?? 0
        #expect(spacing >= 11)
    }

    @Test func shortLabelsStayHorizontal() throws {
        let document = try parse(ChartTestData.bar)
        let labels = document.all("text").filter { ["Mon", "Tue", "Wed"].contains($0.text) }
        #expect(labels.count == 3)
        #expect(labels.allSatisfy { $0.attributes["transform"] == nil })
    }

    @Test func singleCategoryDrawsOneModestBar() throws {
        let chart = BarChart(title: "T", categories: ["Only"], series: [ChartSeries(name: "S", values: [5])], valueAxisLabel: "Calls")
        let rects = bars(try parse(chart))
        #expect(rects.count == 1)
        #expect(try #require(rects[0].number("width")) <= 60)
    }

    @Test(arguments: [
        ([String](), [ChartSeries]()),
        (["A", "B"], []),
        (["A", "B"], [ChartSeries(name: "S", values: [nil, .nan])]),
        (["A"], [ChartSeries(name: "S", values: [Double.infinity])]),
        ([], [ChartSeries(name: "S", values: [1, 2])]),
    ])
    func noDataIsSaidExplicitly(categories: [String], series: [ChartSeries]) throws {
        let chart = BarChart(title: "Nothing", categories: categories, series: series, valueAxisLabel: "Calls")
        let document = try parse(chart)
        #expect(bars(document).isEmpty)
        #expect(document.all("text", classed: "no-data").first?.text == "No data to chart")
    }

    @Test func allZeroValuesStillDrawAnAxis() throws {
        let chart = BarChart(title: "T", categories: ["A", "B"], series: [ChartSeries(name: "S", values: [0, 0])], valueAxisLabel: "Calls")
        let document = try parse(chart)
        #expect(bars(document).count == 2)
        #expect(document.all("line").contains { $0.attributes["data-value"] == "1.0" })
    }
}
