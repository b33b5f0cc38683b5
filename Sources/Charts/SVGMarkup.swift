import Vocabulary
import Foundation

/// Low-level SVG writing shared by the charts: escaping, coordinates, elements and the document shell.
///
/// Everything is written with attributes (no `<style>` element), so charts inlined into one HTML page
/// cannot restyle one another; ids are prefixed with the chart id so several charts can share a page.
enum SVGMarkup {
    /// The font stack used by every chart.
    static let fontFamily = "Helvetica, Arial, sans-serif"
    /// Dark grey used for text.
    static let textColour = "#222222"
    /// Mid grey used for axis lines and secondary text.
    static let axisColour = "#555555"
    /// Light grey used for grid lines.
    static let gridColour = "#dddddd"

    /// Escapes `&`, `<`, `>`, `"` and `'` so the text is safe in element content and attribute values.
    /// Control characters that XML 1.0 forbids are dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(" ")
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A coordinate rounded to `decimals` (default two) with trailing zeros dropped: `12.5`, `3`, `-0.25`.
    static func number(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        return Format.trimmed(value, digits: NumberText.places(decimals))
    }

    /// `value` with about `digits` significant digits (at most nine decimals), trailing zeros dropped.
    static func significant(_ value: Double, digits: Int = 6) -> String {
        guard value.isFinite, value != 0 else { return "0" }
        let decimals = digits - 1 - Int(log10(abs(value)).rounded(.down))
        return number(value, decimals: max(0, min(9, decimals)))
    }

    /// A safe id: letters, digits, `-` and `_` only, starting with a letter.
    static func identifier(_ raw: String) -> String {
        var out = ""
        var lastWasDash = false
        for scalar in raw.lowercased().unicodeScalars {
            let isAllowed = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") || scalar == "_"
            if isAllowed {
                out.unicodeScalars.append(scalar)
                lastWasDash = false
            } else if !lastWasDash && !out.isEmpty {
                out += "-"
                lastWasDash = true
            }
            if out.count >= 48 { break }
        }
        while out.hasSuffix("-") { out.removeLast() }
        if out.isEmpty { return "chart" }
        if let first = out.unicodeScalars.first, first >= "a" && first <= "z" { return out }
        return "chart-" + out
    }

    /// `<rect …/>`, optionally with a hover title and extra attributes (already escaped).
    static func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                     extra: String = "", hover: String? = nil) -> String {
        let attributes = "x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(max(0, width)))\" "
            + "height=\"\(number(max(0, height)))\" fill=\"\(fill)\"" + (extra.isEmpty ? "" : " " + extra)
        if let hover {
            return "<rect \(attributes)><title>\(escape(hover))</title></rect>"
        }
        return "<rect \(attributes)/>"
    }

    /// `<line …/>`.
    static func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String,
                     width: Double = 1, extra: String = "") -> String {
        "<line x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\" "
            + "stroke=\"\(stroke)\" stroke-width=\"\(number(width))\"" + (extra.isEmpty ? "" : " " + extra) + "/>"
    }

    /// Horizontal alignment of a text element.
    enum Anchor: String {
        case start, middle, end
    }

    /// `<text …>` with escaped content; when `fullText` differs from `text` a `<title>` carries the full text.
    static func text(_ text: String, x: Double, y: Double, size: Double = 12, anchor: Anchor = .start,
                     fill: String = textColour, weight: String? = nil, rotation: Double? = nil,
                     fullText: String? = nil, extra: String = "") -> String {
        var attributes = "x=\"\(number(x))\" y=\"\(number(y))\" font-size=\"\(number(size))\""
        if anchor != .start { attributes += " text-anchor=\"\(anchor.rawValue)\"" }
        attributes += " fill=\"\(fill)\""
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        if let rotation {
            attributes += " transform=\"rotate(\(number(rotation)) \(number(x)) \(number(y)))\""
        }
        if !extra.isEmpty { attributes += " " + extra }
        var content = escape(text)
        if let fullText, fullText != text {
            content = "<title>\(escape(fullText))</title>" + content
        }
        return "<text \(attributes)>\(content)</text>"
    }

    /// The `<svg>` shell: fixed viewBox, `width="100%"`, `role="img"` and a `<title>`/`<desc>` pair
    /// referenced by `aria-labelledby`.
    static func document(id: String, width: Double, height: Double, title: String, description: String,
                         defs: String = "", body: [String]) -> String {
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(id)\" viewBox=\"0 0 \(number(width)) \(number(height))\""
        out += " width=\"100%\" preserveAspectRatio=\"xMidYMid meet\" role=\"img\""
        out += " aria-labelledby=\"\(id)-title \(id)-desc\" font-family=\"\(fontFamily)\">\n"
        out += "<title id=\"\(id)-title\">\(escape(title))</title>\n"
        out += "<desc id=\"\(id)-desc\">\(escape(description))</desc>\n"
        if !defs.isEmpty { out += "<defs>\n\(defs)\n</defs>\n" }
        out += "<rect x=\"0\" y=\"0\" width=\"\(number(width))\" height=\"\(number(height))\" fill=\"#ffffff\"/>\n"
        for element in body where !element.isEmpty {
            out += element
            out += "\n"
        }
        out += "</svg>\n"
        return out
    }

    /// The hatch pattern used for "no data" cells and regions, with id `<chart id>-nodata`.
    /// `unit` is the size of one viewBox unit in the user space of the shapes that use it (1 / scale when the
    /// shapes sit in a scaled group), so the hatching looks the same everywhere.
    static func noDataPattern(id: String, unit: Double = 1) -> String {
        let size = significant(6 * unit), line = significant(1.5 * unit)
        return "<pattern id=\"\(id)-nodata\" patternUnits=\"userSpaceOnUse\" width=\"\(size)\" height=\"\(size)\" "
            + "patternTransform=\"rotate(45)\"><rect x=\"0\" y=\"0\" width=\"\(size)\" height=\"\(size)\" fill=\"\(ChartPalette.noData)\"/>"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"\(size)\" stroke=\"#8c8c8c\" stroke-width=\"\(line)\"/></pattern>"
    }
}
