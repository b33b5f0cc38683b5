import Foundation

/// How a number is written on tick labels, value labels, hover titles and legends.
///
/// Formatting is locale-free and deterministic: the decimal point is `.`, thousands are grouped with `,`,
/// rounding is half away from zero, and negative zero is written without a sign.
public enum ValueFormat: Sendable, Hashable {
    /// A whole number with thousands separators: `1,234`.
    case integer
    /// A number with a fixed number of decimals and thousands separators: `decimal(1)` → `1,234.5`.
    case decimal(Int)
    /// A fraction written as a percentage with a fixed number of decimals: `percent(1)` on `0.125` → `12.5%`.
    /// Values are fractions (0…1), not percentage points.
    case percent(Int)
    /// A compact dollar amount: `$950`, `$12.5K`, `$1.2M`, `$3.4B` (at most one decimal, trailing `.0` dropped).
    case dollars
    /// A whole dollar amount with thousands separators: `$1,234,567`.
    case wholeDollars

    /// Writes `value` in this format. Non-finite values are written as `–` (an en dash).
    public func string(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        switch self {
        case .integer:
            return NumberText.fixed(value, decimals: 0)
        case .decimal(let decimals):
            return NumberText.fixed(value, decimals: decimals)
        case .percent(let decimals):
            return NumberText.fixed(value * 100, decimals: decimals) + "%"
        case .dollars:
            return NumberText.compactDollars(value)
        case .wholeDollars:
            let text = NumberText.fixed(abs(value), decimals: 0)
            return (value < 0 && text != "0" ? "-$" : "$") + text
        }
    }

    /// The format used for axis ticks `step` apart: just enough decimals that neighbouring ticks differ.
    func tickFormat(step: Double) -> ValueFormat {
        guard step.isFinite, step > 0 else { return self }
        func needed(_ unitStep: Double) -> Int {
            guard unitStep.isFinite, unitStep > 0 else { return 0 }
            let decimals = Int((-log10(unitStep)).rounded(.up))
            // Steps like 2.5 need one decimal even though log10 says zero.
            var d = max(0, decimals)
            while d < 6 {
                let scaled = unitStep * pow(10, Double(d))
                if abs(scaled - scaled.rounded()) < 1e-6 { break }
                d += 1
            }
            return d
        }
        switch self {
        case .integer, .decimal:
            // Ticks carry only the decimals their spacing needs: 0, 50, 100 rather than 0.0, 50.0, 100.0.
            let d = needed(step)
            return d == 0 ? .integer : .decimal(d)
        case .percent:
            return .percent(needed(step * 100))
        case .dollars, .wholeDollars:
            return self
        }
    }
}

/// Locale-free number writing used by every chart.
enum NumberText {
    /// `value` rounded to `decimals` places (0…9), grouped with `,` in thousands.
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "–" }
        let places = max(0, min(decimals, 9))
        let factor = pow(10.0, Double(places))
        let scaled = (abs(value) * factor).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e18 else {
            // Too large for integer digits: fall back to the plain description (still locale-free).
            return String(value)
        }
        let units = UInt64(scaled)
        let whole = units / UInt64(factor)
        let fraction = units % UInt64(factor)
        var text = grouped(whole)
        if places > 0 {
            var digits = String(fraction)
            while digits.count < places { digits = "0" + digits }
            text += "." + digits
        }
        let isNegative = value < 0 && units != 0
        return isNegative ? "-" + text : text
    }

    /// `1234567` → `1,234,567`.
    static func grouped(_ whole: UInt64) -> String {
        let digits = Array(String(whole))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    /// `$950`, `$12.5K`, `$1.2M`, `$3.4B`; negative amounts as `-$1.2M`.
    static func compactDollars(_ value: Double) -> String {
        let magnitude = abs(value)
        let (divisor, suffix): (Double, String)
        // Thresholds take rounding into account so that 999,950 becomes $1M rather than $1,000K.
        if magnitude >= 999_950_000 { (divisor, suffix) = (1e9, "B") }
        else if magnitude >= 999_950 { (divisor, suffix) = (1e6, "M") }
        else if magnitude >= 1_000 { (divisor, suffix) = (1e3, "K") }
        else { (divisor, suffix) = (1, "") }
        var text = fixed(magnitude / divisor, decimals: suffix.isEmpty ? 0 : 1)
        if text.hasSuffix(".0") { text.removeLast(2) }
        let isNegative = value < 0 && text != "0"
        return (isNegative ? "-$" : "$") + text + suffix
    }
}
