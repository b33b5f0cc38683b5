import Foundation

/// Pieces of layout shared by the charts: title block, series legend, axis titles and the "no data" panel.
enum ChartLayout {
    /// Outer padding of every chart, in viewBox units.
    static let padding = 12.0
    /// Font sizes.
    static let titleSize = 16.0
    static let labelSize = 12.0
    static let tickSize = 11.0
    static let smallSize = 10.0

    /// A chart's title wrapped onto at most two lines at the top; returns the elements and the y below them.
    static func titleBlock(_ title: String, width: Double) -> (elements: [String], bottom: Double) {
        let lines = TextMetrics.wrap(title, toWidth: width - 2 * padding, size: titleSize, maxLines: 2)
        var elements: [String] = []
        var y = padding
        for line in lines {
            y += titleSize + 2
            elements.append(SVGMarkup.text(line, x: padding, y: y, size: titleSize, weight: "bold",
                                           fullText: lines.count > 1 ? nil : title, extra: "class=\"chart-title\""))
        }
        return (elements, y + 8)
    }

    /// How a legend entry is marked.
    enum LegendMark {
        case swatch(String)
        case line(String, dash: String)
    }

    /// A legend laid out left to right from `x`, wrapping within `maxWidth`; returns elements and the y below.
    static func legend(_ entries: [(name: String, mark: LegendMark)], x: Double, top: Double,
                       maxWidth: Double) -> (elements: [String], bottom: Double) {
        guard !entries.isEmpty else { return ([], top) }
        var elements: [String] = ["<g class=\"legend\">"]
        var cursorX = x
        var rowTop = top
        let rowHeight = 18.0
        for entry in entries {
            let label = TextMetrics.truncate(entry.name, toWidth: 200, size: labelSize)
            let itemWidth = 22 + TextMetrics.width(label, size: labelSize) + 16
            if cursorX > x && cursorX + itemWidth > x + maxWidth {
                cursorX = x
                rowTop += rowHeight
            }
            switch entry.mark {
            case .swatch(let colour):
                elements.append(SVGMarkup.rect(x: cursorX, y: rowTop + 3, width: 14, height: 12, fill: colour,
                                               extra: "stroke=\"#ffffff\" stroke-width=\"0.5\""))
            case .line(let colour, let dash):
                elements.append(SVGMarkup.line(x1: cursorX, y1: rowTop + 9, x2: cursorX + 16, y2: rowTop + 9,
                                               stroke: colour, width: 2.5,
                                               extra: dash.isEmpty ? "" : "stroke-dasharray=\"\(dash)\""))
            }
            elements.append(SVGMarkup.text(label, x: cursorX + 22, y: rowTop + 13.5, size: labelSize,
                                           fullText: entry.name))
            cursorX += itemWidth
        }
        elements.append("</g>")
        return (elements, rowTop + rowHeight + 6)
    }

    /// A rotated axis title centred on `centre` along the left edge.
    static func verticalAxisTitle(_ text: String, x: Double, centre: Double, maxLength: Double) -> String {
        let label = TextMetrics.truncate(text, toWidth: maxLength, size: labelSize)
        return SVGMarkup.text(label, x: x, y: centre, size: labelSize, anchor: .middle, fill: SVGMarkup.axisColour,
                              rotation: -90, fullText: text, extra: "class=\"axis-title\"")
    }

    /// A horizontal axis title centred on `centre`.
    static func horizontalAxisTitle(_ text: String, centre: Double, y: Double, maxLength: Double) -> String {
        let label = TextMetrics.truncate(text, toWidth: maxLength, size: labelSize)
        return SVGMarkup.text(label, x: centre, y: y, size: labelSize, anchor: .middle, fill: SVGMarkup.axisColour,
                              fullText: text, extra: "class=\"axis-title\"")
    }

    /// The whole SVG for a chart without data: title and an explicit message in a grey frame.
    static func noDataDocument(id: String, title: String, description: String, width: Double, height: Double,
                               message: String = "No data to chart") -> String {
        let head = titleBlock(title, width: width)
        let frameTop = head.bottom
        let frameHeight = max(20, height - frameTop - padding)
        var body = head.elements
        body.append(SVGMarkup.rect(x: padding, y: frameTop, width: width - 2 * padding, height: frameHeight,
                                   fill: "#f7f7f7", extra: "stroke=\"#cccccc\" stroke-dasharray=\"4 3\""))
        body.append(SVGMarkup.text(message, x: width / 2, y: frameTop + frameHeight / 2 + 5, size: 14,
                                   anchor: .middle, fill: SVGMarkup.axisColour, extra: "class=\"no-data\""))
        let desc = (description.isEmpty ? "" : description + " ") + message + "."
        return SVGMarkup.document(id: id, width: width, height: height, title: title, description: desc, body: body)
    }

    /// Every how many labels one can be shown when each needs `needed` units and labels are `spacing` apart
    /// (at least 1; safe for zero, negative or non-finite spacing).
    static func labelStride(needed: Double, spacing: Double) -> Int {
        guard spacing.isFinite, spacing > 0, needed.isFinite, needed > 0 else { return 1 }
        let ratio = (needed / spacing).rounded(.up)
        return ratio < 1 ? 1 : (ratio > 1_000_000 ? 1_000_000 : Int(ratio))
    }

    /// Width and height made usable: non-finite or tiny sizes fall back to sensible minimums.
    static func sanitizedSize(width: Double, height: Double) -> (Double, Double) {
        let w = width.isFinite ? min(max(width, 240), 4000) : 720
        let h = height.isFinite ? min(max(height, 160), 4000) : 400
        return (w, h)
    }

    /// "a: 1; b: 2; …" for `<desc>`, listing at most `limit` items and saying how many were left out.
    static func dataSummary(_ items: [String], limit: Int = 40) -> String {
        guard !items.isEmpty else { return "" }
        var text = items.prefix(limit).joined(separator: "; ")
        if items.count > limit { text += "; and \(items.count - limit) more" }
        return text + "."
    }
}
