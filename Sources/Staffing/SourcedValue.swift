import Foundation

/// A number that carries its unit and where it comes from, so every printed figure can be traced.
public struct SourcedValue: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The value in `unit`.
    public var value: Double
    /// Unit of `value` (for example "minutes", "calls/year").
    public var unit: String
    /// Where the value comes from: a report figure, a peer program, a file, a command-line option, or an assumption.
    public var source: String

    /// Creates a sourced value.
    public init(_ value: Double, unit: String, source: String) {
        self.value = value
        self.unit = unit
        self.source = source
    }

    public var description: String { "\(formatNumber(value)) \(unit) (\(source))" }
}

/// Formats a number with up to `digits` decimals, trimming trailing zeros.
func formatNumber(_ x: Double, digits: Int = 3) -> String {
    guard x.isFinite else { return x.isNaN ? "n/a" : (x > 0 ? "inf" : "-inf") }
    var s = String(format: "%.\(digits)f", x)
    if s.contains(".") {
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
    }
    return s
}

/// Runs `body` and returns its result with the elapsed wall-clock seconds.
public func measureSeconds<T>(_ body: () throws -> T) rethrows -> (value: T, seconds: Double) {
    let clock = ContinuousClock()
    let start = clock.now
    let value = try body()
    let d = clock.now - start
    return (value, Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
}
