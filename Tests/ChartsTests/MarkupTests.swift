import Testing
@testable import Charts

/// Properties every chart shares: well-formed XML, accessibility markup, escaping, determinism.
struct MarkupTests {
    /// Every chart kind in normal and edge-case forms, by name.
    static let cases: [(String, @Sendable () -> String)] = [
        ("bar", { ChartTestData.bar.svg() }),
        ("bar horizontal stacked", {
            BarChart(title: "S", categories: ["A", "B"], series: [ChartSeries(name: "x", values: [0.4, 0.7]), ChartSeries(name: "y", values: [0.6, 0.3])],
                     valueAxisLabel: "Share (%)", orientation: .horizontal, stacked: true, valueFormat: .percent(0), showsValueLabels: true).svg()
        }),
        ("bar empty", { BarChart(title: "E", categories: [], series: [], valueAxisLabel: "").svg() }),
        ("bar NaN and negative", {
            BarChart(title: "N", categories: ["A", "B", "C"], series: [ChartSeries(name: "x", values: [.nan, -5, .infinity])],
                     valueAxisLabel: "v", showsValueLabels: true).svg()
        }),
        ("bar single", { BarChart(title: "1", categories: ["A"], series: [ChartSeries(name: "x", values: [1])], valueAxisLabel: "v").svg() }),
        ("bar tiny size", { ChartTestData.bar.svg(width: 10, height: .nan) }),
        ("line", { ChartTestData.line.svg() }),
        ("line empty", { LineChart(title: "E", xValues: [], series: [], xAxisLabel: "", yAxisLabel: "").svg() }),
        ("line negative", {
            LineChart(title: "N", xValues: [1, 2, .nan], series: [ChartSeries(name: "x", values: [-3, -1, 4])], xAxisLabel: "x",
                      yAxisLabel: "y", includesZero: false).svg()
        }),
        ("heat", { ChartTestData.heat.svg() }),
        ("heat empty", { HeatMap(title: "E", rowLabels: [], columnLabels: [], values: [], rowAxisLabel: "", columnAxisLabel: "", valueLabel: "").svg() }),
        ("heat ragged", {
            HeatMap(title: "R", rowLabels: ["a", "b"], columnLabels: ["1", "2"], values: [[1]], rowAxisLabel: "r", columnAxisLabel: "c", valueLabel: "v").svg()
        }),
        ("map", { ChartTestData.map.svg() }),
        ("map empty", { ChoroplethMap(title: "E", regions: [], mapWidth: 0, mapHeight: .nan, valueLabel: "").svg() }),
    ]

    @Test(arguments: cases.map(\.0))
    func everyChartIsWellFormedAndAccessible(name: String) throws {
        let render = try #require(Self.cases.first { $0.0 == name }?.1)
        let svg = render()
        let document = try #require(SVGDocument(svg), "\(name) is not well-formed XML")
        let root = try #require(document.root)
        #expect(root.name == "svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["width"] == "100%")
        #expect(root.attributes["viewBox"]?.hasPrefix("0 0 ") == true)
        let id = try #require(root.attributes["id"])
        #expect(root.attributes["aria-labelledby"] == "\(id)-title \(id)-desc")
        let title = try #require(document.all("title").first { $0.attributes["id"] == "\(id)-title" })
        let desc = try #require(document.all("desc").first { $0.attributes["id"] == "\(id)-desc" })
        #expect(title.parent == 0 && desc.parent == 0)
        #expect(!title.text.isEmpty && !desc.text.isEmpty)
        // Every url(#…) reference points at an element defined in the same SVG.
        let ids = Set(document.elements.compactMap { $0.attributes["id"] })
        for element in document.elements {
            for value in element.attributes.values where value.hasPrefix("url(#") {
                #expect(ids.contains(String(value.dropFirst(5).dropLast())), "\(name): dangling \(value)")
            }
        }
        // Same input, same bytes.
        #expect(render() == svg)
    }

    @Test func allTextIsEscaped() throws {
        let nasty = "Calls & \"quotes\" <b>bold</b> 'n' stuff"
        let chart = BarChart(title: nasty, description: nasty, categories: [nasty, "B"],
                             series: [ChartSeries(name: nasty, values: [1, 2]), ChartSeries(name: "x", values: [2, 1])],
                             valueAxisLabel: nasty, categoryAxisLabel: nasty)
        let svg = chart.svg()
        #expect(!svg.contains("<b>"))
        #expect(svg.contains("Calls &amp; &quot;quotes&quot; &lt;b&gt;bold&lt;/b&gt; &apos;n&apos; stuff"))
        let document = try #require(SVGDocument(svg))
        #expect(document.all("title").first?.text == nasty)
        #expect(document.all("desc").first?.text.hasPrefix(nasty) == true)
        #expect(document.all("title").contains { $0.text.hasPrefix(nasty + " — " + nasty) })
    }

    @Test func pathDataCannotBreakOutOfItsAttribute() throws {
        let evil = "M0 0 L1 1 Z\" onload=\"alert(1)"
        let map = ChoroplethMap(title: "T", regions: [MapRegion(name: "<script>", pathData: evil, value: 1)],
                                mapWidth: 1, mapHeight: 1, valueLabel: "v")
        let document = try #require(SVGDocument(map.svg()))
        let path = try #require(document.all("path", classed: "region").first)
        #expect(path.attributes["d"] == evil)
        #expect(document.elements.allSatisfy { $0.attributes["onload"] == nil && $0.name != "script" })
        #expect(document.title(of: path) == "<script>: 1")
    }

    @Test func controlCharactersAreDropped() throws {
        let chart = BarChart(title: "Bell\u{7} and\ttab", categories: ["A"], series: [ChartSeries(name: "S", values: [1])], valueAxisLabel: "v")
        let document = try #require(SVGDocument(chart.svg()))
        #expect(document.all("title").first?.text == "Bell and tab")
    }

    @Test func idsAreSafeAndDistinctPerTitle() {
        #expect(SVGMarkup.identifier("Figure 1: Nature of calls") == "figure-1-nature-of-calls")
        #expect(SVGMarkup.identifier("2021 <calls>") == "chart-2021-calls")
        #expect(SVGMarkup.identifier("") == "chart")
        #expect(BarChart(title: "A", categories: [], series: [], valueAxisLabel: "", id: "fig-1").id == "fig-1")
        #expect(BarChart(title: "One", categories: [], series: [], valueAxisLabel: "").id
                != BarChart(title: "Two", categories: [], series: [], valueAxisLabel: "").id)
    }

    @Test func coordinatesAreWrittenCompactly() {
        #expect(SVGMarkup.number(12.5) == "12.5")
        #expect(SVGMarkup.number(3) == "3")
        #expect(SVGMarkup.number(-0.004) == "0")
        #expect(SVGMarkup.number(1234.567) == "1234.57")
        #expect(SVGMarkup.significant(0.000123456789) == "0.000123457")
    }

    @Test func longTitlesWrapAndTruncate() throws {
        let title = String(repeating: "Eligible calls per neighbourhood ", count: 10)
        let document = try #require(SVGDocument(BarChart(title: title, categories: ["A"], series: [ChartSeries(name: "S", values: [1])],
                                                         valueAxisLabel: "v").svg(width: 400, height: 300)))
        let lines = document.all("text", classed: "chart-title")
        #expect(lines.count == 2)
        #expect(lines.last?.text.hasSuffix("…") == true)
    }
}
