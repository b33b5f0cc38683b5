/// A value together with its unit, where it comes from, and (when it is uncertain) the range it may take,
/// so that every number Reroute prints can be traced to its parameters and sources.
///
/// ```swift
/// Sourced(0.735, unit: "fraction", source: "LEAP 2022 report, Figure 3", low: 0.6, high: 0.85)
/// ```
public struct Sourced<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    /// The value itself, in `unit`.
    public var value: Value
    /// The unit in words (`fraction`, `minutes`, `calls/year`, `USD/team`); empty for plain text values.
    public var unit: String
    /// Where the value comes from: a report figure, a peer program, a file, a command-line option, or
    /// "assumption: ...".
    public var source: String
    /// The lower end of the plausible range, when the value is uncertain.
    public var low: Value?
    /// The upper end of the plausible range, when the value is uncertain.
    public var high: Value?

    /// Creates a sourced value.
    public init(_ value: Value, unit: String = "", source: String, low: Value? = nil, high: Value? = nil) {
        self.value = value
        self.unit = unit
        self.source = source
        self.low = low
        self.high = high
    }

    /// A copy with another value (unit, source and range kept).
    public func with(value newValue: Value) -> Sourced {
        var copy = self
        copy.value = newValue
        return copy
    }

    /// A copy with the same value from another source.
    public func with(source newSource: String) -> Sourced {
        var copy = self
        copy.source = newSource
        return copy
    }
}

extension Sourced where Value == Double {
    /// Whether the value carries a range, so it takes part in sensitivity and Monte Carlo analysis.
    public var isUncertain: Bool { low != nil || high != nil }

    /// The range used for sensitivity: `low`/`high` where given, otherwise the value itself.
    public var range: ClosedRange<Double> {
        let lower = low ?? value
        let upper = high ?? value
        return min(lower, upper)...max(lower, upper)
    }
}

extension Sourced: CustomStringConvertible {
    /// `value unit (source)`, numbers in the one number format of ``Format``.
    public var description: String {
        let shown: String
        if let number = value as? Double { shown = Format.trimmed(number) } else { shown = "\(value)" }
        return (unit.isEmpty ? shown : "\(shown) \(unit)") + " (\(source))"
    }
}
