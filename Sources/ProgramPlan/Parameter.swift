/// One planning assumption: a number with its unit, where it comes from, and how uncertain it is.
///
/// Every number Reroute prints in a plan is computed from parameters like this one, so each
/// output can be traced back to a report figure, a peer program or a stated assumption.
public struct Parameter: Sendable, Hashable, Codable {
    /// The value used in the computation, in `unit`.
    public var value: Double
    /// The unit the value is written in, e.g. `fraction`, `calls/year`, `minutes`, `USD/team`.
    public var unit: String
    /// Where the value comes from: a report figure, a peer program, or "assumption: …".
    public var source: String
    /// Optional lower bound for sensitivity and Monte Carlo analysis.
    public var low: Double?
    /// Optional upper bound for sensitivity and Monte Carlo analysis.
    public var high: Double?
    /// How Monte Carlo draws between `low` and `high`.
    public var distribution: Distribution
    /// The value as the report's text states it, when that differs from the value that reproduces
    /// the report's own numbers (Reroute flags large differences).
    public var stated: Double?
    /// Other published values for the same quantity (the report sometimes gives several).
    public var alternatives: [Alternative]
    /// Line of the scenario file the parameter was read from (0 when built in code).
    public var line: Int

    /// A competing published value for the same quantity.
    public struct Alternative: Sendable, Hashable, Codable {
        /// The competing value.
        public var value: Double
        /// Where it is published.
        public var source: String
        /// Creates an alternative value.
        public init(value: Double, source: String) {
            self.value = value
            self.source = source
        }
    }

    /// The shape Monte Carlo uses between `low` and `high`.
    public enum Distribution: String, Sendable, Hashable, Codable, CaseIterable {
        /// Triangular with its mode at `value`.
        case triangular
        /// Uniform between `low` and `high`.
        case uniform
    }

    /// Creates a parameter.
    public init(
        value: Double, unit: String, source: String, low: Double? = nil, high: Double? = nil,
        distribution: Distribution = .triangular, stated: Double? = nil,
        alternatives: [Alternative] = [], line: Int = 0
    ) {
        self.value = value
        self.unit = unit
        self.source = source
        self.low = low
        self.high = high
        self.distribution = distribution
        self.stated = stated
        self.alternatives = alternatives
        self.line = line
    }

    /// Whether the parameter carries a range, so it takes part in sensitivity and Monte Carlo analysis.
    public var isUncertain: Bool { low != nil || high != nil }

    /// The range used for sensitivity: `low`/`high` where given, otherwise the value itself.
    public var range: ClosedRange<Double> {
        let lower = low ?? value
        let upper = high ?? value
        return min(lower, upper)...max(lower, upper)
    }

    /// A copy of the parameter with another value (unit and source kept).
    public func with(value newValue: Double) -> Parameter {
        var copy = self
        copy.value = newValue
        return copy
    }
}
