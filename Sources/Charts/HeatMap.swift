import Foundation

/// A heat map: a rows × columns grid of cells coloured on a sequential scale, with a legend.
///
/// Used for weekday × hour of eligible calls (7 × 24) and call type × district shares.
///
/// ```swift
/// let map = HeatMap(title: "Eligible calls by weekday and hour", description: "…",
///                   rowLabels: weekdays, columnLabels: hours, values: grid,
///                   rowAxisLabel: "Day of week", columnAxisLabel: "Hour of day",
///                   valueLabel: "Eligible calls per day", valueFormat: .decimal(1))
/// ```
///
/// `values[r][c]` is the value of row `r`, column `c`; short rows and `nil`/NaN/infinite values are
/// "no data" cells, drawn hatched grey and listed in the legend. The colour scale runs linearly from the
/// lowest to the highest value (or over `scaleDomain` when given) along ColorBrewer YlGnBu.
public struct HeatMap: Sendable, Hashable {
    /// The chart title (also the SVG `<title>`).
    public var title: String
    /// A sentence or two for screen readers (the SVG `<desc>`).
    public var description: String
    /// Row names, top to bottom.
    public var rowLabels: [String]
    /// Column names, left to right.
    public var columnLabels: [String]
    /// `values[row][column]`.
    public var values: [[Double?]]
    /// Title of the row axis, e.g. "Day of week".
    public var rowAxisLabel: String
    /// Title of the column axis, e.g. "Hour of day".
    public var columnAxisLabel: String
    /// What the colour means, with unit, shown over the legend, e.g. "Eligible calls per day".
    public var valueLabel: String
    /// Number format of the legend, hover titles and cell labels.
    public var valueFormat: ValueFormat
    /// Whether cells show their value (where it fits).
    public var showsValueLabels: Bool
    /// Fixed colour scale bounds, e.g. `0...1` for shares; `nil` uses the data's minimum and maximum.
    public var scaleDomain: ClosedRange<Double>?
    /// The SVG id and prefix of inner ids; defaults to one derived from the title.
    public var id: String

    /// Creates a heat map. See the type documentation for the rules.
    public init(title: String, description: String = "", rowLabels: [String], columnLabels: [String],
                values: [[Double?]], rowAxisLabel: String, columnAxisLabel: String, valueLabel: String,
                valueFormat: ValueFormat = .integer, showsValueLabels: Bool = false,
                scaleDomain: ClosedRange<Double>? = nil, id: String? = nil) {
        self.title = title
        self.description = description
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.values = values
        self.rowAxisLabel = rowAxisLabel
        self.columnAxisLabel = columnAxisLabel
        self.valueLabel = valueLabel
        self.valueFormat = valueFormat
        self.showsValueLabels = showsValueLabels
        self.scaleDomain = scaleDomain
        self.id = SVGMarkup.identifier(id ?? "chart-" + title)
    }

    /// The finite value of a cell, or `nil`.
    func value(row: Int, column: Int) -> Double? {
        guard row < values.count, column < values[row].count, let value = values[row][column], value.isFinite else {
            return nil
        }
        return value
    }

    /// The colour-scale bounds actually used.
    func domain() -> (Double, Double)? {
        let finite = rowLabels.indices.flatMap { r in columnLabels.indices.compactMap { value(row: r, column: $0) } }
        guard let low = finite.min(), let high = finite.max() else { return nil }
        if let scaleDomain, scaleDomain.lowerBound.isFinite, scaleDomain.upperBound.isFinite {
            return (scaleDomain.lowerBound, scaleDomain.upperBound)
        }
        return (low, high)
    }

    /// The fill colour of `value` on this map's scale.
    func colour(for value: Double, domain: (Double, Double)) -> String {
        let (low, high) = domain
        guard high > low else { return ChartPalette.sequential(0.5) }
        return ChartPalette.sequential((value - low) / (high - low))
    }

    /// The heat map as a standalone `<svg>` element with `viewBox="0 0 width height"` and `width="100%"`.
    public func svg(width: Double = 720, height: Double = 400) -> String {
        let (width, height) = ChartLayout.sanitizedSize(width: width, height: height)
        guard !rowLabels.isEmpty, !columnLabels.isEmpty, let domain = domain() else {
            return ChartLayout.noDataDocument(id: id, title: title, description: description, width: width, height: height)
        }
        var summary: [String] = []
        for (r, row) in rowLabels.enumerated() {
            let cells = columnLabels.indices.map { c in
                "\(columnLabels[c]) " + (value(row: r, column: c).map { valueFormat.string($0) } ?? "no data")
            }
            summary.append("\(row): " + cells.joined(separator: ", "))
        }
        let desc = [description,
                    "Colour scale from \(valueFormat.string(domain.0)) to \(valueFormat.string(domain.1)).",
                    ChartLayout.dataSummary(summary, limit: 24)].filter { !$0.isEmpty }.joined(separator: " ")
        let hasMissing = rowLabels.indices.contains { r in columnLabels.indices.contains { value(row: r, column: $0) == nil } }

        let pad = ChartLayout.padding
        let labelSize = ChartLayout.tickSize
        var body: [String] = []
        let head = ChartLayout.titleBlock(title, width: width)
        body += head.elements
        let top = head.bottom + 2

        let shownRows = rowLabels.map { TextMetrics.truncate($0, toWidth: width * 0.3, size: labelSize) }
        let widestRow = shownRows.map { TextMetrics.width($0, size: labelSize) }.max() ?? 0
        let plotLeft = pad + (rowAxisLabel.isEmpty ? 0 : 20) + widestRow + 8
        let plotRight = width - pad
        let cellWidth = (plotRight - plotLeft) / Double(columnLabels.count)
        let widestColumn = columnLabels.map { TextMetrics.width($0, size: labelSize) }.max() ?? 0
        let rotated = widestColumn > cellWidth - 3
        let shownColumns = columnLabels.map { rotated ? TextMetrics.truncate($0, toWidth: 110, size: labelSize) : $0 }
        let columnExtent = rotated
            ? (shownColumns.map { TextMetrics.width($0, size: labelSize) }.max() ?? 0) * 0.7071 + labelSize
            : labelSize + 4
        let columnEvery = rotated ? ChartLayout.labelStride(needed: labelSize * 1.5, spacing: cellWidth) : 1
        let legendHeight = 48.0
        let plotTop = top
        let plotBottom = height - pad - legendHeight - (columnAxisLabel.isEmpty ? 0 : 20) - columnExtent - 6
        guard plotBottom - plotTop > 10 else {
            return SVGMarkup.document(id: id, width: width, height: height, title: title, description: desc, body: body)
        }
        let cellHeight = (plotBottom - plotTop) / Double(rowLabels.count)
        let rowEvery = ChartLayout.labelStride(needed: labelSize * 1.1, spacing: cellHeight)

        body.append("<g class=\"cells\">")
        for r in rowLabels.indices {
            for c in columnLabels.indices {
                let x = plotLeft + cellWidth * Double(c), y = plotTop + cellHeight * Double(r)
                let cellValue = value(row: r, column: c)
                let fill = cellValue.map { colour(for: $0, domain: domain) } ?? "url(#\(id)-nodata)"
                let hover = "\(rowLabels[r]), \(columnLabels[c]): " + (cellValue.map { valueFormat.string($0) } ?? "no data")
                let dataValue = cellValue.map { " data-value=\"\(SVGMarkup.escape(String($0)))\"" } ?? ""
                body.append(SVGMarkup.rect(x: x, y: y, width: cellWidth, height: cellHeight, fill: fill,
                                           extra: "class=\"cell\" data-row=\"\(r)\" data-column=\"\(c)\"\(dataValue)"
                                               + " stroke=\"#ffffff\" stroke-width=\"1\"",
                                           hover: hover))
                if showsValueLabels, let cellValue {
                    let text = valueFormat.string(cellValue)
                    if TextMetrics.width(text, size: ChartLayout.smallSize) <= cellWidth - 3 && cellHeight >= ChartLayout.smallSize + 2 {
                        body.append(SVGMarkup.text(text, x: x + cellWidth / 2, y: y + cellHeight / 2 + 3.5,
                                                   size: ChartLayout.smallSize, anchor: .middle,
                                                   fill: ChartPalette.textColour(on: colour(for: cellValue, domain: domain)),
                                                   extra: "class=\"value-label\""))
                    }
                }
            }
        }
        body.append("</g>")

        body.append("<g class=\"row-axis\">")
        for (r, label) in shownRows.enumerated() where r % rowEvery == 0 {
            body.append(SVGMarkup.text(label, x: plotLeft - 6, y: plotTop + cellHeight * (Double(r) + 0.5) + 4,
                                       size: labelSize, anchor: .end, fullText: rowLabels[r]))
        }
        body.append("</g>")
        body.append("<g class=\"column-axis\">")
        for (c, label) in shownColumns.enumerated() where c % columnEvery == 0 {
            let cx = plotLeft + cellWidth * (Double(c) + 0.5)
            if rotated {
                body.append(SVGMarkup.text(label, x: cx + 3, y: plotBottom + 12, size: labelSize, anchor: .end,
                                           rotation: -45, fullText: columnLabels[c]))
            } else {
                body.append(SVGMarkup.text(label, x: cx, y: plotBottom + 15, size: labelSize, anchor: .middle,
                                           fullText: columnLabels[c]))
            }
        }
        body.append("</g>")
        let axisTitleY = plotBottom + columnExtent + 6 + 14
        if !rowAxisLabel.isEmpty {
            body.append(ChartLayout.verticalAxisTitle(rowAxisLabel, x: pad + 10, centre: (plotTop + plotBottom) / 2,
                                                      maxLength: plotBottom - plotTop))
        }
        if !columnAxisLabel.isEmpty {
            body.append(ChartLayout.horizontalAxisTitle(columnAxisLabel, centre: (plotLeft + plotRight) / 2,
                                                        y: axisTitleY, maxLength: plotRight - plotLeft))
        }

        // Legend: title, gradient bar, low/middle/high labels, and the no-data swatch when needed.
        let legendTop = height - pad - legendHeight + 4
        let legendLeft = plotLeft
        let barWidth = min(240, plotRight - plotLeft - (hasMissing ? 90 : 0))
        body.append("<g class=\"legend\">")
        body.append(SVGMarkup.text(TextMetrics.truncate(valueLabel, toWidth: plotRight - plotLeft, size: ChartLayout.labelSize),
                                   x: legendLeft, y: legendTop + 10, size: ChartLayout.labelSize,
                                   fill: SVGMarkup.axisColour, fullText: valueLabel))
        body.append(SVGMarkup.rect(x: legendLeft, y: legendTop + 16, width: barWidth, height: 10, fill: "url(#\(id)-ramp)",
                                   extra: "class=\"legend-ramp\""))
        let middle = (domain.0 + domain.1) / 2
        // With a fixed scale, values beyond it take the end colours: the legend says so with ≤ / ≥.
        let finite = rowLabels.indices.flatMap { r in columnLabels.indices.compactMap { value(row: r, column: $0) } }
        let below = finite.contains { $0 < domain.0 } ? "≤ " : ""
        let above = finite.contains { $0 > domain.1 } ? "≥ " : ""
        for (fraction, value) in [(0.0, domain.0), (0.5, middle), (1.0, domain.1)] where domain.1 > domain.0 || fraction == 0.5 {
            let anchor: SVGMarkup.Anchor = fraction == 0 ? .start : (fraction == 1 ? .end : .middle)
            let prefix = fraction == 0 ? below : (fraction == 1 ? above : "")
            body.append(SVGMarkup.text(prefix + valueFormat.string(value), x: legendLeft + barWidth * fraction, y: legendTop + 39,
                                       size: ChartLayout.smallSize, anchor: anchor, fill: SVGMarkup.axisColour))
        }
        if hasMissing {
            let x = legendLeft + barWidth + 20
            body.append(SVGMarkup.rect(x: x, y: legendTop + 16, width: 14, height: 10, fill: "url(#\(id)-nodata)",
                                       extra: "stroke=\"#999999\" stroke-width=\"0.5\""))
            body.append(SVGMarkup.text("No data", x: x + 19, y: legendTop + 25, size: ChartLayout.smallSize,
                                       fill: SVGMarkup.axisColour))
        }
        body.append("</g>")

        let stops = ChartPalette.sequentialStops.enumerated().map { index, colour in
            "<stop offset=\"\(SVGMarkup.number(Double(index) / Double(ChartPalette.sequentialStops.count - 1)))\" stop-color=\"\(colour)\"/>"
        }.joined()
        var defs = "<linearGradient id=\"\(id)-ramp\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"0\">\(stops)</linearGradient>"
        if hasMissing { defs += "\n" + SVGMarkup.noDataPattern(id: id) }
        return SVGMarkup.document(id: id, width: width, height: height, title: title, description: desc, defs: defs, body: body)
    }
}
