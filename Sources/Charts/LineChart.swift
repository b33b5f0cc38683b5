import Foundation

/// A line chart: one or more series over shared x values, e.g. eligible calls per day by hour (Figures 11–12)
/// or response time by shift.
///
/// ```swift
/// let chart = LineChart(title: "Eligible calls per day by hour", description: "…",
///                       xValues: (0..<24).map(Double.init), series: [ChartSeries(name: "Calls", values: perHour)],
///                       xAxisLabel: "Hour of day", yAxisLabel: "Calls per day per hour", yFormat: .decimal(1))
/// ```
///
/// Missing values (`nil`, NaN, infinite) leave gaps. Series are told apart by colour and dash pattern;
/// points get markers (with a hover `<title>`) when there are at most 60 x values. The y axis includes zero
/// unless `includesZero` is false. With `xTickLabels` the ticks are the x values themselves, labelled with
/// those strings and thinned so they do not collide; otherwise nice numeric ticks use `xFormat`.
public struct LineChart: Sendable, Hashable {
    /// The chart title (also the SVG `<title>`).
    public var title: String
    /// A sentence or two for screen readers (the SVG `<desc>`); a data summary is appended.
    public var description: String
    /// The x positions shared by all series, ascending.
    public var xValues: [Double]
    /// Optional tick labels, one per x value (e.g. "12am", "1am", …).
    public var xTickLabels: [String]?
    /// The series; each has one value per x value.
    public var series: [ChartSeries]
    /// X axis title with unit, e.g. "Hour of day".
    public var xAxisLabel: String
    /// Y axis title with unit, e.g. "Calls per day per hour".
    public var yAxisLabel: String
    /// Number format of x ticks when `xTickLabels` is nil.
    public var xFormat: ValueFormat
    /// Number format of y ticks and hover values.
    public var yFormat: ValueFormat
    /// Whether the y axis is stretched to include zero.
    public var includesZero: Bool
    /// The SVG id and prefix of inner ids; defaults to one derived from the title.
    public var id: String

    /// Creates a line chart. See the type documentation for the rules.
    public init(title: String, description: String = "", xValues: [Double], xTickLabels: [String]? = nil,
                series: [ChartSeries], xAxisLabel: String, yAxisLabel: String, xFormat: ValueFormat = .integer,
                yFormat: ValueFormat = .integer, includesZero: Bool = true, id: String? = nil) {
        self.title = title
        self.description = description
        self.xValues = xValues
        self.xTickLabels = xTickLabels
        self.series = series
        self.xAxisLabel = xAxisLabel
        self.yAxisLabel = yAxisLabel
        self.xFormat = xFormat
        self.yFormat = yFormat
        self.includesZero = includesZero
        self.id = SVGMarkup.identifier(id ?? "chart-" + title)
    }

    /// Dash patterns cycled through the series so lines differ without colour.
    static let dashes = ["", "7 4", "2 3", "9 3 2 3", "4 4", "12 4"]

    private func label(forX index: Int) -> String {
        if let labels = xTickLabels, index < labels.count { return labels[index] }
        return xFormat.string(xValues[index])
    }

    /// Finite points of series `s`: (index, x, y).
    private func points(of s: ChartSeries) -> [(Int, Double, Double)] {
        xValues.indices.compactMap { index in
            guard xValues[index].isFinite, let value = s.value(at: index) else { return nil }
            return (index, xValues[index], value)
        }
    }

    /// The line chart as a standalone `<svg>` element with `viewBox="0 0 width height"` and `width="100%"`.
    public func svg(width: Double = 720, height: Double = 400) -> String {
        let (width, height) = ChartLayout.sanitizedSize(width: width, height: height)
        let allPoints = series.flatMap(points)
        var items: [String] = []
        for s in series {
            let values = points(of: s).map { "\(label(forX: $0.0)) \(yFormat.string($0.2))" }
            items.append((series.count > 1 ? s.name + ": " : "") + values.joined(separator: ", "))
        }
        let desc = [description, ChartLayout.dataSummary(items)].filter { !$0.isEmpty }.joined(separator: " ")
        guard !allPoints.isEmpty else {
            return ChartLayout.noDataDocument(id: id, title: title, description: description, width: width, height: height)
        }
        let pad = ChartLayout.padding
        var body: [String] = []
        let head = ChartLayout.titleBlock(title, width: width)
        body += head.elements
        var top = head.bottom
        if series.count > 1 {
            let entries: [(name: String, mark: ChartLayout.LegendMark)] = series.enumerated().map {
                ($0.element.name, .line(ChartPalette.colour(forSeries: $0.offset), dash: Self.dashes[$0.offset % Self.dashes.count]))
            }
            let legend = ChartLayout.legend(entries, x: pad, top: top, maxWidth: width - 2 * pad)
            body += legend.elements
            top = legend.bottom
        }

        let ys = allPoints.map(\.2)
        var yMin = ys.min() ?? 0, yMax = ys.max() ?? 1
        if includesZero { yMin = min(yMin, 0); yMax = max(yMax, 0) }
        let yScale = AxisScale(minimum: yMin, maximum: yMax)
        let yTickFormat = yFormat.tickFormat(step: yScale.step)
        let yTickLabels = yScale.ticks.map { yTickFormat.string($0) }
        let widestTick = yTickLabels.map { TextMetrics.width($0, size: ChartLayout.tickSize) }.max() ?? 0

        let finiteX = xValues.filter(\.isFinite)
        let xMin = finiteX.min() ?? 0, xMax = finiteX.max() ?? 1
        let plotLeft = pad + (yAxisLabel.isEmpty ? 0 : 20) + widestTick + 8
        let plotRight = width - pad - 14
        let plotTop = top + 6
        let plotBottom = height - pad - (xAxisLabel.isEmpty ? 0 : 20) - ChartLayout.tickSize - 10
        guard plotBottom - plotTop > 20, plotRight - plotLeft > 20 else {
            return SVGMarkup.document(id: id, width: width, height: height, title: title, description: desc, body: body)
        }
        func px(_ x: Double) -> Double {
            xMax > xMin ? plotLeft + (x - xMin) / (xMax - xMin) * (plotRight - plotLeft) : (plotLeft + plotRight) / 2
        }
        func py(_ y: Double) -> Double { yScale.position(of: y, from: plotBottom, to: plotTop) }

        body.append("<g class=\"value-axis\">")
        for (tick, tickLabel) in zip(yScale.ticks, yTickLabels) {
            let ty = py(tick)
            body.append(SVGMarkup.line(x1: plotLeft, y1: ty, x2: plotRight, y2: ty,
                                       stroke: tick == yScale.lower ? SVGMarkup.axisColour : SVGMarkup.gridColour,
                                       extra: "class=\"grid\" data-value=\"\(SVGMarkup.escape(String(tick)))\""))
            body.append(SVGMarkup.text(tickLabel, x: plotLeft - 6, y: ty + 4, size: ChartLayout.tickSize, anchor: .end,
                                       fill: SVGMarkup.axisColour))
        }
        body.append("</g>")

        // X ticks: the labelled x values (thinned), or nice numeric ticks.
        var xTicks: [(Double, String)] = []
        if xTickLabels != nil {
            let labelled = xValues.indices.filter { xValues[$0].isFinite }
            let widest = labelled.map { TextMetrics.width(label(forX: $0), size: ChartLayout.tickSize) }.max() ?? 0
            let spacing = (plotRight - plotLeft) / Double(max(1, labelled.count - 1))
            let every = ChartLayout.labelStride(needed: widest + 8, spacing: spacing)
            xTicks = labelled.enumerated().filter { $0.offset % every == 0 }.map { (xValues[$0.element], label(forX: $0.element)) }
        } else {
            let xScale = AxisScale(minimum: xMin, maximum: xMax, targetTicks: 8)
            let format = xFormat.tickFormat(step: xScale.step)
            xTicks = xScale.ticks.filter { $0 >= xMin - 1e-9 && $0 <= xMax + 1e-9 }.map { ($0, format.string($0)) }
        }
        body.append("<g class=\"x-axis\">")
        body.append(SVGMarkup.line(x1: plotLeft, y1: plotBottom, x2: plotRight, y2: plotBottom, stroke: SVGMarkup.axisColour))
        for (value, tickLabel) in xTicks {
            let tx = px(value)
            body.append(SVGMarkup.line(x1: tx, y1: plotBottom, x2: tx, y2: plotBottom + 4, stroke: SVGMarkup.axisColour))
            body.append(SVGMarkup.text(tickLabel, x: tx, y: plotBottom + 15, size: ChartLayout.tickSize, anchor: .middle,
                                       fill: SVGMarkup.axisColour))
        }
        body.append("</g>")
        if !yAxisLabel.isEmpty {
            body.append(ChartLayout.verticalAxisTitle(yAxisLabel, x: pad + 10, centre: (plotTop + plotBottom) / 2,
                                                      maxLength: plotBottom - plotTop))
        }
        if !xAxisLabel.isEmpty {
            body.append(ChartLayout.horizontalAxisTitle(xAxisLabel, centre: (plotLeft + plotRight) / 2,
                                                        y: height - pad - 2, maxLength: plotRight - plotLeft))
        }

        // Lines, broken at missing values, then markers.
        let showsMarkers = xValues.count <= 60
        for (seriesIndex, s) in series.enumerated() {
            let colour = ChartPalette.colour(forSeries: seriesIndex)
            let dash = Self.dashes[seriesIndex % Self.dashes.count]
            var pathData = ""
            var previousIndex: Int? = nil
            for (index, x, y) in points(of: s) {
                let command = previousIndex == index - 1 ? "L" : "M"
                pathData += (pathData.isEmpty ? "" : " ") + "\(command)\(SVGMarkup.number(px(x))) \(SVGMarkup.number(py(y)))"
                previousIndex = index
            }
            body.append("<g class=\"series\" data-series=\"\(seriesIndex)\">")
            if !pathData.isEmpty {
                body.append("<path class=\"line\" d=\"\(pathData)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.5\""
                            + " stroke-linejoin=\"round\" stroke-linecap=\"round\""
                            + (dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"") + "/>")
            }
            let isolated = Set(points(of: s).map(\.0).filter { index in
                s.value(at: index - 1) == nil && s.value(at: index + 1) == nil
            })
            for (index, x, y) in points(of: s) where showsMarkers || isolated.contains(index) {
                let hover = (series.count > 1 ? s.name + ", " : "") + "\(label(forX: index)): \(yFormat.string(y))"
                body.append("<circle class=\"point\" cx=\"\(SVGMarkup.number(px(x)))\" cy=\"\(SVGMarkup.number(py(y)))\" r=\"3\""
                            + " fill=\"\(colour)\" stroke=\"#ffffff\" stroke-width=\"1\"><title>\(SVGMarkup.escape(hover))</title></circle>")
            }
            body.append("</g>")
        }
        return SVGMarkup.document(id: id, width: width, height: height, title: title, description: desc, body: body)
    }
}
