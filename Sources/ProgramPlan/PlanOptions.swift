import Vocabulary
/// Command-line overrides of a scenario's choices.
public struct PlanOptions: Sendable, Hashable {
    /// Pilot capacity (share of the full program), overriding `pilot.capacity`.
    public var capacity: Double?
    /// Capture rate, overriding `projection.capture_rate`.
    public var captureRate: Double?
    /// Pilot objective, overriding `pilot.objective`.
    public var objective: PilotObjective?
    /// Availability model for hiring and budget, overriding `staffing.model`.
    public var staffingModel: AvailabilityModelKind?
    /// Team rule, overriding `staffing.team_rule`.
    public var teamRule: TeamRule?

    /// Creates options; nil keeps the scenario's value.
    public init(
        capacity: Double? = nil, captureRate: Double? = nil, objective: PilotObjective? = nil,
        staffingModel: AvailabilityModelKind? = nil, teamRule: TeamRule? = nil
    ) {
        self.capacity = capacity
        self.captureRate = captureRate
        self.objective = objective
        self.staffingModel = staffingModel
        self.teamRule = teamRule
    }
}

extension Scenario {
    /// The scenario with command-line overrides applied (sources say so).
    /// - Throws: ``ScenarioError/invalidRequest(option:value:reason:)`` for out-of-range overrides.
    public func applying(_ options: PlanOptions) throws -> Scenario {
        var copy = self
        copy.overrides += [
            options.capacity.map { "--capacity \(Format.plain($0))" }, options.captureRate.map { "--capture-rate \(Format.plain($0))" },
            options.objective.map { "--objective \($0.rawValue)" }, options.staffingModel.map { "--staffing-model \($0.rawValue)" },
            options.teamRule.map { "--team-rule \($0.rawValue)" },
        ].compactMap { $0 }
        if let capacity = options.capacity {
            guard capacity > 0, capacity <= 1 else {
                throw ScenarioError.invalidRequest(
                    option: "--capacity", value: Format.plain(capacity), reason: "must be above 0 and at most 1 (e.g. 0.5)")
            }
            copy.pilot.capacity = Parameter(value: capacity, unit: "fraction", source: "--capacity option")
        }
        if let rate = options.captureRate {
            guard rate > 0, rate <= 1 else {
                throw ScenarioError.invalidRequest(
                    option: "--capture-rate", value: Format.plain(rate), reason: "must be above 0 and at most 1 (e.g. 0.3)")
            }
            copy.projection.captureRate = Parameter(
                value: rate, unit: "fraction", source: "--capture-rate option", low: projection.captureRate.low,
                high: projection.captureRate.high)
            if let low = copy.projection.captureRate.low, low > rate { copy.projection.captureRate.low = rate }
            if let high = copy.projection.captureRate.high, high < rate { copy.projection.captureRate.high = rate }
        }
        if let objective = options.objective { copy.pilot.objective = objective }
        if let model = options.staffingModel { copy.staffing.model = model }
        if let rule = options.teamRule { copy.staffing.teamRule = rule }
        return copy
    }
}
