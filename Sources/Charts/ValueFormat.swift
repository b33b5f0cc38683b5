import Foundation
import Vocabulary

/// How a number is written on tick labels, value labels, hover titles and legends.
///
/// Numbers are written by Reroute's one number-formatting policy, ``Format`` (locale-free: the decimal point is
/// `.`, thousands are grouped with `,`, rounding is half away from zero, negative zero has no sign); a missing or
/// non-finite value is written ``Format/missing``. Only the compact dollar form is the charts' own.
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

    /// Writes `value` in this format. Non-finite values are written as ``Format/missing``.
    public func string(_ value: Double) -> String {
        guard value.isFinite else { return Format.missing }
        switch self {
        case .integer:
            return Format.number(value)
        case .decimal(let decimals):
            return Format.number(value, decimals: NumberText.places(decimals))
        case .percent(let decimals):
            return Format.percent(value, decimals: NumberText.places(decimals))
        case .dollars:
            return NumberText.compactDollars(value)
        case .wholeDollars:
            // A sum that rounds to zero is "$0", never "-$0".
            return Format.dollars(value.rounded() == 0 ? 0 : value)
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

/// The charts' own number forms, on top of ``Format``.
enum NumberText {
    /// Decimals clamped to what a chart shows (0…9).
    static func places(_ decimals: Int) -> Int { max(0, min(decimals, 9)) }

    /// `$950`, `$12.5K`, `$1.2M`, `$3.4B`; negative amounts as `-$1.2M`.
    static func compactDollars(_ value: Double) -> String {
        let magnitude = abs(value)
        let (divisor, suffix): (Double, String)
        // Thresholds take rounding into account so that 999,950 becomes $1M rather than $1,000K.
        if magnitude >= 999_950_000 { (divisor, suffix) = (1e9, "B") }
        else if magnitude >= 999_950 { (divisor, suffix) = (1e6, "M") }
        else if magnitude >= 1_000 { (divisor, suffix) = (1e3, "K") }
        else { (divisor, suffix) = (1, "") }
        var text = Format.number(magnitude / divisor, decimals: suffix.isEmpty ? 0 : 1)
        if text.hasSuffix(".0") { text.removeLast(2) }
        let isNegative = value < 0 && text != "0"
        return (isNegative ? "-$" : "$") + text + suffix
    }
}
