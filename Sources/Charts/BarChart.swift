import Foundation

/// A bar chart: vertical or horizontal bars, one or more series grouped side by side or stacked.
///
/// Used for the report's categories (Figure 1), eligible calls per call type (Figure 3), outcomes (Figure 7),
/// weekday averages (Figure 10), per-district shares (Figures 15–16, stacked) and budget lines.
///
/// ```swift
/// let chart = BarChart(title: "Eligible calls per day of week", description: "Average eligible calls per day.",
///                      categories: ["Mon", "Tue"], series: [ChartSeries(name: "Calls", values: [189, 183])],
///                      valueAxisLabel: "Calls per day", categoryAxisLabel: "Day of week")
/// let svg = chart.svg(width: 720, height: 400)
/// ```
///
/// Layout rules: value axes always include zero; negative values draw below (left of) the zero line;
/// stacked bars stack positive and negative values separately. Long category labels are truncated (full text
/// in a `<title>`), rotated 45° when they do not fit side by side, and thinned (every k-th label) when even
/// rotated ones would collide. Value labels are drawn only where they fit.
public struct BarChart: Sendable, Hashable {
    /// Which way the bars run.
    public enum Orientation: Sendable, Hashable {
        /// Bars grow upwards from a horizontal category axis.
        case vertical
        /// Bars grow rightwards from a vertical category axis (categories top to bottom in order).
        case horizontal
    }

    /// The chart title (also the SVG `<title>`).
    public var title: String
    /// A sentence or two for screen readers (the SVG `<desc>`); a data summary is appended.
    public var description: String
    /// Category names, in drawing order.
    public var categories: [String]
    /// One or more series; with several series a legend is drawn.
    public var series: [ChartSeries]
    /// Value axis title with its unit, e.g. "Calls per day" or "Share of eligible calls (%)".
    public var valueAxisLabel: String
    /// Category axis title, e.g. "Call type".
    public var categoryAxisLabel: String
    /// Vertical or horizontal bars.
    public var orientation: Orientation
    /// Whether series are stacked (`true`) or grouped side by side (`false`).
    public var isStacked: Bool
    /// How values are written on ticks, labels and hover titles.
    public var valueFormat: ValueFormat
    /// Whether each bar (or stacked segment, where it fits) carries its value.
    public var showsValueLabels: Bool
    /// The SVG element id and prefix of inner ids; defaults to one derived from the title. Give each chart on a
    /// page a distinct id.
    public var id: String

    /// Creates a bar chart. See the type documentation for the layout rules.
    public init(title: String, description: String = "", categories: [String], series: [ChartSeries],
                valueAxisLabel: String, categoryAxisLabel: String = "", orientation: Orientation = .vertical,
                stacked: Bool = false, valueFormat: ValueFormat = .integer, showsValueLabels: Bool = false,
                id: String? = nil) {
        self.title = title
        self.description = description
        self.categories = categories
        self.series = series
        self.valueAxisLabel = valueAxisLabel
        self.categoryAxisLabel = categoryAxisLabel
        self.orientation = orientation
        self.isStacked = stacked
        self.valueFormat = valueFormat
        self.showsValueLabels = showsValueLabels
        self.id = SVGMarkup.identifier(id ?? "chart-" + title)
    }

    /// Whether there is at least one finite value to draw.
    var hasData: Bool {
        !categories.isEmpty && series.contains { s in categories.indices.contains { s.value(at: $0) != nil } }
    }

    /// The bar chart as a standalone `<svg>` element with `viewBox="0 0 width height"` and `width="100%"`.
    public func svg(width: Double = 720, height: Double = 400) -> String {
        let (width, height) = ChartLayout.sanitizedSize(width: width, height: height)
        let summary = dataSummary()
        let desc = [description, summary].filter { !$0.isEmpty }.joined(separator: " ")
        guard hasData else {
            return ChartLayout.noDataDocument(id: id, title: title, description: description,
                                              width: width, height: height)
        }
        let pad = ChartLayout.padding
        var body: [String] = []
        let head = ChartLayout.titleBlock(title, width: width)
        body += head.elements
        var top = head.bottom
        if series.count > 1 {
            let legend = ChartLayout.legend(series.enumerated().map { ($0.element.name, .swatch(ChartPalette.colour(forSeries: $0.offset))) },
                                            x: pad, top: top, maxWidth: width - 2 * pad)
            body += legend.elements
            top = legend.bottom
        }

        let (minimum, maximum) = valueExtent()
        let scale = AxisScale(minimum: minimum, maximum: maximum)
        let tickFormat = valueFormat.tickFormat(step: scale.step)
        let tickLabels = scale.ticks.map { tickFormat.string($0) }
        let widestTick = tickLabels.map { TextMetrics.width($0, size: ChartLayout.tickSize) }.max() ?? 0
        let valueLabelRoom = showsValueLabels && !isStacked
            ? (series.flatMap { s in categories.indices.compactMap { s.value(at: $0) } }
                .map { TextMetrics.width(valueFormat.string($0), size: ChartLayout.smallSize) }.max() ?? 0) + 6
            : 0

        switch orientation {
        case .vertical:
            body += verticalBody(width: width, height: height, top: top + (showsValueLabels && !isStacked ? 10 : 0),
                                 scale: scale, tickLabels: tickLabels, widestTick: widestTick)
        case .horizontal:
            body += horizontalBody(width: width, height: height, top: top, scale: scale, tickLabels: tickLabels,
                                   valueLabelRoom: valueLabelRoom)
        }
        return SVGMarkup.document(id: id, width: width, height: height, title: title, description: desc, body: body)
    }

    // MARK: - Values

    /// The lowest and highest value the axis must show (always including zero).
    func valueExtent() -> (Double, Double) {
        var minimum = 0.0, maximum = 0.0
        for index in categories.indices {
            if isStacked {
                var positive = 0.0, negative = 0.0
                for s in series {
                    guard let value = s.value(at: index) else { continue }
                    if value >= 0 { positive += value } else { negative += value }
                }
                maximum = max(maximum, positive)
                minimum = min(minimum, negative)
            } else {
                for s in series {
                    guard let value = s.value(at: index) else { continue }
                    maximum = max(maximum, value)
                    minimum = min(minimum, value)
                }
            }
        }
        return (minimum, maximum)
    }

    /// One drawn bar or stacked segment, in value units.
    struct Segment {
        let category: Int
        let series: Int
        let value: Double
        /// Start and end along the value axis (start is nearer zero).
        let start: Double
        let end: Double
        /// Slot within the category band (0 for stacked) and number of slots.
        let slot: Int
        let slots: Int
    }

    func segments() -> [Segment] {
        var out: [Segment] = []
        for index in categories.indices {
            var positive = 0.0, negative = 0.0
            for (seriesIndex, s) in series.enumerated() {
                guard let value = s.value(at: index) else { continue }
                if isStacked {
                    let base = value >= 0 ? positive : negative
                    out.append(Segment(category: index, series: seriesIndex, value: value, start: base,
                                       end: base + value, slot: 0, slots: 1))
                    if value >= 0 { positive += value } else { negative += value }
                } else {
                    out.append(Segment(category: index, series: seriesIndex, value: value, start: 0, end: value,
                                       slot: seriesIndex, slots: series.count))
                }
            }
        }
        return out
    }

    func hoverText(_ segment: Segment) -> String {
        let name = categories[segment.category]
        let value = valueFormat.string(segment.value)
        return series.count > 1 ? "\(name) — \(series[segment.series].name): \(value)" : "\(name): \(value)"
    }

    func dataSummary() -> String {
        var items: [String] = []
        for (index, category) in categories.enumerated() {
            let values = series.map { s in s.value(at: index).map { valueFormat.string($0) } ?? "no value" }
            if series.count == 1 {
                items.append("\(category): \(values[0])")
            } else {
                items.append("\(category): " + zip(series, values).map { "\($0.name) \($1)" }.joined(separator: ", "))
            }
        }
        return ChartLayout.dataSummary(items)
    }

    func barAttributes(_ segment: Segment) -> String {
        "class=\"bar\" data-category=\"\(segment.category)\" data-series=\"\(segment.series)\" "
            + "data-value=\"\(SVGMarkup.escape(String(segment.value)))\""
    }

    // MARK: - Vertical

    private func verticalBody(width: Double, height: Double, top: Double, scale: AxisScale, tickLabels: [String],
                              widestTick: Double) -> [String] {
        let pad = ChartLayout.padding
        var body: [String] = []
        var plotLeft = pad + (valueAxisLabel.isEmpty ? 0 : 20) + widestTick + 8
        let plotRight = width - pad

        // Category labels: straight if they fit, else rotated 45° and truncated; thinned if still too dense.
        let labelSize = ChartLayout.tickSize
        let maxStraight = categories.map { TextMetrics.width($0, size: labelSize) }.max() ?? 0
        let rotated = maxStraight > (plotRight - plotLeft) / Double(categories.count) - 4
        let maxRotatedLength = min(150, (height - top) * 0.3)
        let shownLabels = categories.map {
            rotated ? TextMetrics.truncate($0, toWidth: maxRotatedLength, size: labelSize)
                    : $0
        }
        if rotated, let first = shownLabels.first {
            // The first rotated label reaches left of its bar: keep it inside the chart.
            plotLeft = max(plotLeft, pad + TextMetrics.width(first, size: labelSize) * 0.7071 - 4)
        }
        let plotWidth = plotRight - plotLeft
        let band = plotWidth / Double(categories.count)
        let labelExtent = rotated
            ? (shownLabels.map { TextMetrics.width($0, size: labelSize) }.max() ?? 0) * 0.7071 + labelSize
            : labelSize + 4
        let every = rotated ? ChartLayout.labelStride(needed: labelSize * 1.5, spacing: band) : 1
        let plotBottom = height - pad - (categoryAxisLabel.isEmpty ? 0 : 20) - labelExtent - 6
        let plotTop = top + 10
        guard plotBottom - plotTop > 20 else {
            return ["<!-- too small to draw -->"]
        }
        func y(_ value: Double) -> Double { scale.position(of: value, from: plotBottom, to: plotTop) }

        // Grid and value ticks.
        body.append("<g class=\"value-axis\">")
        for (tick, label) in zip(scale.ticks, tickLabels) {
            let ty = y(tick)
            body.append(SVGMarkup.line(x1: plotLeft, y1: ty, x2: plotRight, y2: ty,
                                       stroke: tick == 0 ? SVGMarkup.axisColour : SVGMarkup.gridColour,
                                       extra: "class=\"\(tick == 0 ? "zero-line" : "grid")\" data-value=\"\(SVGMarkup.escape(String(tick)))\""))
            body.append(SVGMarkup.text(label, x: plotLeft - 6, y: ty + 4, size: ChartLayout.tickSize, anchor: .end,
                                       fill: SVGMarkup.axisColour))
        }
        body.append("</g>")
        if !valueAxisLabel.isEmpty {
            body.append(ChartLayout.verticalAxisTitle(valueAxisLabel, x: pad + 10, centre: (plotTop + plotBottom) / 2,
                                                      maxLength: plotBottom - plotTop))
        }

        // Bars.
        let groupWidth = min(band * 0.8, 60.0 * Double(isStacked ? 1 : max(1, series.count)))
        body.append("<g class=\"bars\">")
        for segment in segments() {
            let slotWidth = groupWidth / Double(segment.slots)
            let x = plotLeft + band * Double(segment.category) + (band - groupWidth) / 2 + slotWidth * Double(segment.slot)
            let y1 = y(segment.start), y2 = y(segment.end)
            let colour = ChartPalette.colour(forSeries: segment.series)
            let inset = isStacked || segment.slots == 1 ? 0 : min(1, slotWidth * 0.1)
            body.append(SVGMarkup.rect(x: x + inset, y: min(y1, y2), width: slotWidth - 2 * inset, height: abs(y2 - y1),
                                       fill: colour, extra: barAttributes(segment), hover: hoverText(segment)))
            if showsValueLabels {
                let text = valueFormat.string(segment.value)
                let textWidth = TextMetrics.width(text, size: ChartLayout.smallSize)
                if isStacked {
                    if abs(y2 - y1) >= ChartLayout.smallSize + 2 && textWidth <= slotWidth - 2 {
                        body.append(SVGMarkup.text(text, x: x + slotWidth / 2, y: (y1 + y2) / 2 + 3.5,
                                                   size: ChartLayout.smallSize, anchor: .middle,
                                                   fill: ChartPalette.textColour(on: colour), extra: "class=\"value-label\""))
                    }
                } else if textWidth <= slotWidth + 4 || segment.slots == 1 && textWidth <= band - 2 {
                    let ty = segment.value >= 0 ? y2 - 4 : y2 + ChartLayout.smallSize + 2
                    body.append(SVGMarkup.text(text, x: x + slotWidth / 2, y: ty, size: ChartLayout.smallSize,
                                               anchor: .middle, extra: "class=\"value-label\""))
                }
            }
        }
        body.append("</g>")

        // Category labels and axis title.
        body.append("<g class=\"category-axis\">")
        for (index, label) in shownLabels.enumerated() where index % every == 0 {
            let cx = plotLeft + band * (Double(index) + 0.5)
            if rotated {
                body.append(SVGMarkup.text(label, x: cx + 3, y: plotBottom + 12, size: labelSize, anchor: .end,
                                           rotation: -45, fullText: categories[index]))
            } else {
                body.append(SVGMarkup.text(label, x: cx, y: plotBottom + 15, size: labelSize, anchor: .middle,
                                           fullText: categories[index]))
            }
        }
        body.append("</g>")
        if !categoryAxisLabel.isEmpty {
            body.append(ChartLayout.horizontalAxisTitle(categoryAxisLabel, centre: (plotLeft + plotRight) / 2,
                                                        y: height - pad - 2, maxLength: plotWidth))
        }
        return body
    }

    // MARK: - Horizontal

    private func horizontalBody(width: Double, height: Double, top: Double, scale: AxisScale, tickLabels: [String],
                                valueLabelRoom: Double) -> [String] {
        let pad = ChartLayout.padding
        var body: [String] = []
        let labelSize = ChartLayout.tickSize
        let maxLabelWidth = width * 0.32
        let shownLabels = categories.map { TextMetrics.truncate($0, toWidth: maxLabelWidth, size: labelSize) }
        let widestLabel = shownLabels.map { TextMetrics.width($0, size: labelSize) }.max() ?? 0
        let plotLeft = pad + (categoryAxisLabel.isEmpty ? 0 : 20) + widestLabel + 8
        let lastTickHalf = (tickLabels.last.map { TextMetrics.width($0, size: ChartLayout.tickSize) } ?? 0) / 2
        let plotRight = width - pad - max(lastTickHalf, valueLabelRoom)
        let plotTop = top + 4
        let plotBottom = height - pad - (valueAxisLabel.isEmpty ? 0 : 20) - ChartLayout.tickSize - 10
        guard plotBottom - plotTop > 20, plotRight - plotLeft > 20 else {
            return ["<!-- too small to draw -->"]
        }
        let band = (plotBottom - plotTop) / Double(categories.count)
        let every = ChartLayout.labelStride(needed: labelSize * 1.1, spacing: band)
        func x(_ value: Double) -> Double { scale.position(of: value, from: plotLeft, to: plotRight) }

        body.append("<g class=\"value-axis\">")
        for (tick, label) in zip(scale.ticks, tickLabels) {
            let tx = x(tick)
            body.append(SVGMarkup.line(x1: tx, y1: plotTop, x2: tx, y2: plotBottom,
                                       stroke: tick == 0 ? SVGMarkup.axisColour : SVGMarkup.gridColour,
                                       extra: "class=\"\(tick == 0 ? "zero-line" : "grid")\" data-value=\"\(SVGMarkup.escape(String(tick)))\""))
            body.append(SVGMarkup.text(label, x: tx, y: plotBottom + 15, size: ChartLayout.tickSize, anchor: .middle,
                                       fill: SVGMarkup.axisColour))
        }
        body.append("</g>")
        if !valueAxisLabel.isEmpty {
            body.append(ChartLayout.horizontalAxisTitle(valueAxisLabel, centre: (plotLeft + plotRight) / 2,
                                                        y: height - pad - 2, maxLength: plotRight - plotLeft))
        }

        let groupHeight = min(band * 0.8, 40.0 * Double(isStacked ? 1 : max(1, series.count)))
        body.append("<g class=\"bars\">")
        for segment in segments() {
            let slotHeight = groupHeight / Double(segment.slots)
            let y = plotTop + band * Double(segment.category) + (band - groupHeight) / 2 + slotHeight * Double(segment.slot)
            let x1 = x(segment.start), x2 = x(segment.end)
            let colour = ChartPalette.colour(forSeries: segment.series)
            let inset = isStacked || segment.slots == 1 ? 0 : min(1, slotHeight * 0.1)
            body.append(SVGMarkup.rect(x: min(x1, x2), y: y + inset, width: abs(x2 - x1), height: slotHeight - 2 * inset,
                                       fill: colour, extra: barAttributes(segment), hover: hoverText(segment)))
            if showsValueLabels && slotHeight >= ChartLayout.smallSize - 1 {
                let text = valueFormat.string(segment.value)
                let textWidth = TextMetrics.width(text, size: ChartLayout.smallSize)
                let ty = y + slotHeight / 2 + 3.5
                if isStacked {
                    if abs(x2 - x1) >= textWidth + 4 {
                        body.append(SVGMarkup.text(text, x: (x1 + x2) / 2, y: ty, size: ChartLayout.smallSize,
                                                   anchor: .middle, fill: ChartPalette.textColour(on: colour),
                                                   extra: "class=\"value-label\""))
                    }
                } else {
                    let positive = segment.value >= 0
                    body.append(SVGMarkup.text(text, x: positive ? x2 + 4 : x2 - 4, y: ty, size: ChartLayout.smallSize,
                                               anchor: positive ? .start : .end, extra: "class=\"value-label\""))
                }
            }
        }
        body.append("</g>")

        body.append("<g class=\"category-axis\">")
        for (index, label) in shownLabels.enumerated() where index % every == 0 {
            let cy = plotTop + band * (Double(index) + 0.5) + 4
            body.append(SVGMarkup.text(label, x: plotLeft - 6, y: cy, size: labelSize, anchor: .end,
                                       fullText: categories[index]))
        }
        body.append("</g>")
        if !categoryAxisLabel.isEmpty {
            body.append(ChartLayout.verticalAxisTitle(categoryAxisLabel, x: pad + 10, centre: (plotTop + plotBottom) / 2,
                                                      maxLength: plotBottom - plotTop))
        }
        return body
    }
}
