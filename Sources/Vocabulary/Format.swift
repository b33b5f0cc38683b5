import Foundation

/// The one number-formatting policy of Reroute (locale-independent): how counts, decimals, shares, money and
/// missing values look on a terminal, in HTML and in the workbook, and how numbers are written to CSV/JSON.
public enum Format {
    /// How a missing value is shown to people (CSV writes an empty field, JSON `null`).
    public static let missing = "–"

    /// A number with thousands separators and a fixed number of decimals, e.g. `66,373` or `9.4`.
    public static func number(_ value: Double, decimals: Int = 0) -> String {
        rounded(value, decimals: decimals, separator: ",")
    }

    /// A number with exactly `decimals` decimals and no grouping, for markup that needs a fixed form (SVG
    /// coordinates, xlsx column widths): `12.0`, `-3.5`. Rounded like ``number(_:decimals:)``.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        rounded(value, decimals: decimals, separator: "")
    }

    /// `value` rounded half away from zero to `decimals` places, thousands joined by `separator`; no sign on a
    /// value that rounds to zero. Beyond 10^15 it is written in scientific notation.
    static func rounded(_ value: Double, decimals: Int, separator: String) -> String {
        guard value.isFinite else { return value.isNaN ? missing : (value > 0 ? "∞" : "-∞") }
        guard abs(value) < 1e15 else { return String(format: "%.3e", value) }
        let factor = pow(10.0, Double(decimals))
        var rounded = (abs(value) * factor).rounded() / factor
        if rounded == 0 { rounded = 0 }
        let negative = value < 0 && rounded != 0
        let whole = Int(rounded.rounded(.down))
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = separator + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        grouped = digits + grouped
        if decimals > 0 {
            let fraction = Int(((rounded - Double(whole)) * factor).rounded())
            let text = String(fraction)
            grouped += "." + String(repeating: "0", count: max(0, decimals - text.count)) + text
        }
        return (negative ? "-" : "") + grouped
    }

    /// A share as a percentage, e.g. `25.5%`.
    public static func percent(_ share: Double, decimals: Int = 1) -> String {
        share.isFinite ? number(share * 100, decimals: decimals) + "%" : missing
    }

    /// Dollars, e.g. `$825,200`.
    public static func dollars(_ value: Double) -> String {
        guard value.isFinite else { return missing }
        return value < 0 ? "-$" + number(-value) : "$" + number(value)
    }

    /// A number with at most `digits` decimals and trailing zeros dropped, no grouping (`0.735`, `12`), rounded
    /// like ``number(_:decimals:)``.
    public static func trimmed(_ value: Double, digits: Int = 3) -> String {
        var text = fixed(value, decimals: digits)
        if text.contains("."), !text.contains("e") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// A count with thousands separators (`66,373`).
    public static func count(_ value: Int) -> String { number(Double(value)) }

    /// A plain machine-readable number for CSV/JSON (no grouping, up to 6 decimals, trailing zeros dropped).
    public static func plain(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
