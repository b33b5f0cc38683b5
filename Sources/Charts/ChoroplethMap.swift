import Foundation

/// A choropleth map: regions filled by value class on a sequential scale, with a legend stating the classes.
///
/// ```swift
/// let map = ChoroplethMap(title: "Eligible calls per police district", description: "…",
///                         regions: districts, mapWidth: 600, mapHeight: 800,
///                         valueLabel: "Eligible calls", valueFormat: .integer, classification: .quantiles(5))
/// ```
///
/// The map is scaled to fit beside the legend keeping its aspect ratio; outlines keep a constant width.
/// Regions without a value are hatched grey and counted in the legend. Each region has a `<title>` with its
/// name and value for hover. Path data is copied verbatim (escaped), so it must already be valid SVG path data.
public struct ChoroplethMap: Sendable, Hashable {
    /// The chart title (also the SVG `<title>`).
    public var title: String
    /// A sentence or two for screen readers (the SVG `<desc>`).
    public var description: String
    /// The regions, drawn in order.
    public var regions: [MapRegion]
    /// Width of the coordinate space of the regions' path data.
    public var mapWidth: Double
    /// Height of the coordinate space of the regions' path data.
    public var mapHeight: Double
    /// What the colour means, with unit, e.g. "Eligible calls, May 2018".
    public var valueLabel: String
    /// Number format of legend bounds and hover values.
    public var valueFormat: ValueFormat
    /// How values are split into classes.
    public var classification: Classification
    /// The SVG id and prefix of inner ids; defaults to one derived from the title.
    public var id: String

    /// Creates a choropleth map. See the type documentation for the rules.
    public init(title: String, description: String = "", regions: [MapRegion], mapWidth: Double, mapHeight: Double,
                valueLabel: String, valueFormat: ValueFormat = .integer, classification: Classification = .quantiles(5),
                id: String? = nil) {
        self.title = title
        self.description = description
        self.regions = regions
        self.mapWidth = mapWidth
        self.mapHeight = mapHeight
        self.valueLabel = valueLabel
        self.valueFormat = valueFormat
        self.classification = classification
        self.id = SVGMarkup.identifier(id ?? "map-" + title)
    }

    /// The value classes the map is coloured with.
    public func valueClasses() -> ValueClasses {
        ValueClasses(values: regions.map(\.value), classification: classification)
    }

    /// The legend text of class `valueClass`, e.g. "1,234 – 2,345".
    func rangeText(_ valueClass: ValueClass) -> String {
        valueClass.lower == valueClass.upper
            ? valueFormat.string(valueClass.upper)
            : "\(valueFormat.string(valueClass.lower)) – \(valueFormat.string(valueClass.upper))"
    }

    /// The map as a standalone `<svg>` element with `viewBox="0 0 width height"` and `width="100%"`.
    public func svg(width: Double = 720, height: Double = 480) -> String {
        let (width, height) = ChartLayout.sanitizedSize(width: width, height: height)
        let drawable = regions.filter { !$0.pathData.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        guard !drawable.isEmpty, mapWidth.isFinite, mapHeight.isFinite, mapWidth > 0, mapHeight > 0 else {
            return ChartLayout.noDataDocument(id: id, title: title, description: description, width: width, height: height,
                                              message: "No map regions to draw")
        }
        let classes = valueClasses()
        let missingCount = drawable.filter { classes.index(of: $0.value) == nil }.count
        let summaryItems = drawable.map { "\($0.name): " + ($0.value.flatMap { $0.isFinite ? valueFormat.string($0) : nil } ?? "no data") }
        var descParts = [description]
        if classes.classes.isEmpty {
            descParts.append("No region has a value.")
        } else {
            descParts.append("\(valueLabel), \(classification.legendNote): "
                             + classes.classes.map { "\(rangeText($0)) (\($0.count))" }.joined(separator: ", ") + ".")
        }
        descParts.append(ChartLayout.dataSummary(summaryItems, limit: 30))
        let desc = descParts.filter { !$0.isEmpty }.joined(separator: " ")

        let pad = ChartLayout.padding
        var body: [String] = []
        let head = ChartLayout.titleBlock(title, width: width)
        body += head.elements
        let top = head.bottom

        // Legend on the right; the map fills the rest keeping its aspect ratio.
        let legendWidth = min(210, width * 0.38)
        let mapAreaLeft = pad, mapAreaTop = top
        let mapAreaWidth = width - 2 * pad - legendWidth - 12
        let mapAreaHeight = height - top - pad
        let scale = min(mapAreaWidth / mapWidth, mapAreaHeight / mapHeight)
        // Map and legend are centred together when the map is narrower than its area.
        let spare = max(0, mapAreaWidth - mapWidth * scale)
        let offsetX = mapAreaLeft + spare / 2
        let offsetY = mapAreaTop + (mapAreaHeight - mapHeight * scale) / 2

        body.append("<g class=\"regions\" transform=\"translate(\(SVGMarkup.number(offsetX)) \(SVGMarkup.number(offsetY))) "
                    + "scale(\(SVGMarkup.significant(scale)))\" stroke=\"#7f7f7f\" stroke-width=\"\(SVGMarkup.significant(0.6 / scale))\""
                    + " stroke-linejoin=\"round\">")
        for (index, region) in drawable.enumerated() {
            let classIndex = classes.index(of: region.value)
            let fill = classIndex.map { classes.classes[$0].colour } ?? "url(#\(id)-map-nodata)"
            let valueText = classIndex != nil ? region.value.map { valueFormat.string($0) } ?? "no data" : "no data"
            let classAttribute = classIndex.map { " data-class=\"\($0)\"" } ?? " data-class=\"none\""
            body.append("<path class=\"region\" data-index=\"\(index)\"\(classAttribute) d=\"\(SVGMarkup.escape(region.pathData))\""
                        + " fill=\"\(fill)\" fill-rule=\"evenodd\"><title>\(SVGMarkup.escape("\(region.name): \(valueText)"))</title></path>")
        }
        body.append("</g>")

        // Region labels, outside the scaled group so the font keeps its size; a white halo keeps them legible.
        // Highest values first; a label that would overlap one already placed is left out (its region keeps its
        // hover title), so printed labels never collide.
        let labelled = drawable.enumerated().filter { $0.element.labelPoint.map { $0.x.isFinite && $0.y.isFinite } ?? false }
            .sorted { ($0.element.value ?? -.infinity) > ($1.element.value ?? -.infinity) }
        if !labelled.isEmpty {
            body.append("<g class=\"region-labels\">")
            var placed: [(x0: Double, y0: Double, x1: Double, y1: Double)] = []
            for (index, region) in labelled {
                guard let point = region.labelPoint else { continue }
                let text = TextMetrics.truncate(region.label ?? region.name, toWidth: 120, size: ChartLayout.tickSize)
                let x = offsetX + point.x * scale, y = offsetY + point.y * scale + 4
                let w = TextMetrics.width(text, size: ChartLayout.tickSize) + 4
                let box = (x0: x - w / 2, y0: y - ChartLayout.tickSize, x1: x + w / 2, y1: y + 4)
                if placed.contains(where: { $0.x0 < box.x1 && box.x0 < $0.x1 && $0.y0 < box.y1 && box.y0 < $0.y1 }) { continue }
                placed.append(box)
                body.append(SVGMarkup.text(text, x: x, y: y,
                                           size: ChartLayout.tickSize, anchor: .middle, fill: "#111111", weight: "bold",
                                           fullText: region.label ?? region.name,
                                           extra: "class=\"region-label\" data-index=\"\(index)\" data-map-x=\"\(SVGMarkup.number(point.x))\" data-map-y=\"\(SVGMarkup.number(point.y))\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\" stroke-linejoin=\"round\""))
            }
            body.append("</g>")
        }

        // Legend.
        let legendLeft = width - pad - legendWidth - spare / 2
        var y = top + 4
        body.append("<g class=\"legend\">")
        for line in TextMetrics.wrap(valueLabel, toWidth: legendWidth, size: ChartLayout.labelSize, maxLines: 3) {
            y += 14
            body.append(SVGMarkup.text(line, x: legendLeft, y: y, size: ChartLayout.labelSize, fill: SVGMarkup.textColour,
                                       weight: "bold"))
        }
        y += 14
        body.append(SVGMarkup.text(TextMetrics.truncate(classification.legendNote, toWidth: legendWidth, size: ChartLayout.smallSize),
                                   x: legendLeft, y: y, size: ChartLayout.smallSize, fill: SVGMarkup.axisColour,
                                   fullText: classification.legendNote))
        y += 8
        for (index, valueClass) in classes.classes.enumerated().reversed() {
            let text = TextMetrics.truncate("\(rangeText(valueClass)) (\(valueClass.count))", toWidth: legendWidth - 26,
                                            size: ChartLayout.tickSize)
            body.append(SVGMarkup.rect(x: legendLeft, y: y, width: 18, height: 14, fill: valueClass.colour,
                                       extra: "class=\"legend-class\" data-class=\"\(index)\" stroke=\"#999999\" stroke-width=\"0.5\""))
            body.append(SVGMarkup.text(text, x: legendLeft + 26, y: y + 11, size: ChartLayout.tickSize))
            y += 20
        }
        if missingCount > 0 {
            body.append(SVGMarkup.rect(x: legendLeft, y: y, width: 18, height: 14, fill: "url(#\(id)-nodata)",
                                       extra: "class=\"legend-class\" data-class=\"none\" stroke=\"#999999\" stroke-width=\"0.5\""))
            body.append(SVGMarkup.text("No data (\(missingCount))", x: legendLeft + 26, y: y + 11, size: ChartLayout.tickSize))
            y += 20
        }
        body.append(SVGMarkup.text("(n) = number of regions;", x: legendLeft, y: y + 10, size: ChartLayout.smallSize,
                                   fill: SVGMarkup.axisColour))
        body.append(SVGMarkup.text("each range includes its upper bound", x: legendLeft, y: y + 23, size: ChartLayout.smallSize,
                                   fill: SVGMarkup.axisColour))
        body.append("</g>")

        // The map's no-data hatching lives in the scaled group's coordinates; the legend swatch has its own.
        let defs = missingCount > 0
            ? SVGMarkup.noDataPattern(id: id + "-map", unit: 1 / scale) + "\n" + SVGMarkup.noDataPattern(id: id)
            : ""
        return SVGMarkup.document(id: id, width: width, height: height, title: title, description: desc, defs: defs, body: body)
    }
}
