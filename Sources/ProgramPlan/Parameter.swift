import Vocabulary

/// One planning assumption of a scenario: a ``Sourced`` number (value, unit, source, low/high range) with
/// what Monte Carlo and the published-figure checks need beside it.
///
/// Every number Reroute prints in a plan is computed from parameters like this one, so each output can be
/// traced back to a report figure, a peer program or a stated assumption. The value, unit, source and range
/// live in ``sourced`` (Reroute's one value-with-source type); the accessors below forward to it.
public struct Parameter: Sendable, Hashable, Codable {
    /// The value with its unit, source and optional range.
    public var sourced: Sourced<Double>
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

    /// Creates a parameter from a sourced value.
    public init(
        _ sourced: Sourced<Double>, distribution: Distribution = .triangular, stated: Double? = nil,
        alternatives: [Alternative] = [], line: Int = 0
    ) {
        self.sourced = sourced
        self.distribution = distribution
        self.stated = stated
        self.alternatives = alternatives
        self.line = line
    }

    /// Creates a parameter from its parts.
    public init(
        value: Double, unit: String, source: String, low: Double? = nil, high: Double? = nil,
        distribution: Distribution = .triangular, stated: Double? = nil,
        alternatives: [Alternative] = [], line: Int = 0
    ) {
        self.init(
            Sourced(value, unit: unit, source: source, low: low, high: high), distribution: distribution,
            stated: stated, alternatives: alternatives, line: line)
    }

    /// The value used in the computation, in `unit`.
    public var value: Double {
        get { sourced.value }
        set { sourced.value = newValue }
    }
    /// The unit the value is written in, e.g. `fraction`, `calls/year`, `minutes`, `USD/team`.
    public var unit: String {
        get { sourced.unit }
        set { sourced.unit = newValue }
    }
    /// Where the value comes from: a report figure, a peer program, or "assumption: …".
    public var source: String {
        get { sourced.source }
        set { sourced.source = newValue }
    }
    /// Optional lower bound for sensitivity and Monte Carlo analysis.
    public var low: Double? {
        get { sourced.low }
        set { sourced.low = newValue }
    }
    /// Optional upper bound for sensitivity and Monte Carlo analysis.
    public var high: Double? {
        get { sourced.high }
        set { sourced.high = newValue }
    }

    /// Whether the parameter carries a range, so it takes part in sensitivity and Monte Carlo analysis.
    public var isUncertain: Bool { sourced.isUncertain }

    /// The range used for sensitivity: `low`/`high` where given, otherwise the value itself.
    public var range: ClosedRange<Double> { sourced.range }

    /// A copy of the parameter with another value (unit, source and range kept).
    public func with(value newValue: Double) -> Parameter {
        var copy = self
        copy.value = newValue
        return copy
    }
}
