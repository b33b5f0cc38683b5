/// What a parameter measures: the units it may be written in and the values it may take.
struct ParameterKind: Sendable {
    /// Accepted units and the factor converting each to the canonical (first) unit.
    let units: [(name: String, factor: Double)]
    /// Allowed range in the canonical unit.
    let range: ClosedRange<Double>
    /// Human description of the range, for messages.
    let rangeText: String
    /// Whether the lower bound is excluded.
    let excludesLowerBound: Bool

    init(_ units: [(String, Double)], range: ClosedRange<Double>, text: String, excludesLowerBound: Bool = false) {
        self.units = units.map { (name: $0.0, factor: $0.1) }
        self.range = range
        self.rangeText = text
        self.excludesLowerBound = excludesLowerBound
    }

    func allows(_ value: Double) -> Bool {
        range.contains(value) && !(excludesLowerBound && value == range.lowerBound)
    }

    static let calls = ParameterKind([("calls", 1), ("calls/year", 1)], range: 0...1e9, text: "zero or more")
    static let fraction = ParameterKind(
        [("fraction", 1), ("percent", 0.01)], range: 0...1, text: "between 0 and 1 (0% and 100%)")
    static let capacity = ParameterKind(
        [("fraction", 1), ("percent", 0.01)], range: 0...1, text: "above 0 and at most 1 (100%)",
        excludesLowerBound: true)
    static let per100 = ParameterKind(
        [("per 100 diverted calls", 1)], range: 0...10_000, text: "zero or more")
    static let minutes = ParameterKind(
        [("minutes", 1), ("hours", 60)], range: 0...1440, text: "above 0 and at most a day", excludesLowerBound: true)
    static let shiftHours = ParameterKind(
        [("hours", 1)], range: 1...24, text: "between 1 and 24 hours")
    static let days = ParameterKind([("days", 1)], range: 0...3660, text: "above 0 days", excludesLowerBound: true)
    static let daysPerYear = ParameterKind(
        [("days/year", 1)], range: 0...365, text: "between 0 and 365 days a year")
    static let shiftsPerWeek = ParameterKind(
        [("shifts/week", 1)], range: 0...21, text: "above 0 and at most 21", excludesLowerBound: true)
    static let callsPerShift = ParameterKind(
        [("calls/shift", 1)], range: 0...1000, text: "above 0", excludesLowerBound: true)
    static let teamSize = ParameterKind(
        [("responders/team", 1)], range: 1...10, text: "between 1 and 10")

    static func money(_ unit: String) -> ParameterKind {
        ParameterKind([(unit, 1)], range: 0...1e12, text: "zero or more")
    }
}
