import Vocabulary
/// Sensitivity (tornado), Monte Carlo intervals and the capture-rate table.
public enum Uncertainty {
    /// A parameter that carries a range, and where it lives in the scenario.
    public struct UncertainParameter: @unchecked Sendable {
        // Sendable: WritableKeyPath values are immutable; the key paths built here capture only Int indices.
        /// Dotted name, e.g. `projection.capture_rate`.
        public var name: String
        /// The parameter.
        public var parameter: Parameter
        /// Where to write a new value.
        let keyPath: WritableKeyPath<Scenario, Parameter>

        /// The scenario with this parameter set to `value`.
        public func apply(_ value: Double, to scenario: Scenario) -> Scenario {
            var copy = scenario
            copy[keyPath: keyPath].value = value
            return copy
        }
    }

    /// Parameters with a low/high range. Demand parameters are included only for published demand
    /// (an analysis folder replaces them).
    public static func uncertainParameters(of scenario: Scenario, includeDemand: Bool) -> [UncertainParameter] {
        var list: [(String, WritableKeyPath<Scenario, Parameter>)] = [
            ("projection.capture_rate", \.projection.captureRate),
            ("projection.officer_referrals_per_100_diverted", \.projection.officerReferralsPer100),
            ("projection.new_calls_per_100_diverted", \.projection.newCallsPer100),
            ("projection.self_initiated_per_100_diverted", \.projection.selfInitiatedPer100),
            ("calls_per_shift.productive_share", \.callsPerShift.productiveShare),
            ("staffing.vacation_days", \.staffing.vacationDays),
            ("staffing.holidays", \.staffing.holidays),
            ("staffing.sick_days", \.staffing.sickDays),
            ("staffing.training_days", \.staffing.trainingDays),
        ]
        for (index, peer) in scenario.callsPerShift.peerPrograms.enumerated() {
            if peer.callsPerShift != nil {
                list.append(("\(peer.name) calls per shift", \.callsPerShift.peerPrograms[index].callsPerShift!))
            }
            if peer.minutesPerCall != nil {
                list.append(("\(peer.name) minutes per call", \.callsPerShift.peerPrograms[index].minutesPerCall!))
            }
        }
        if includeDemand {
            for (index, type) in scenario.demand.callTypes.enumerated() {
                list.append(("\(type.code) eligibility rate", \.demand.callTypes[index].eligibilityRate))
                if type.policeMinutesPerCall != nil {
                    list.append(("\(type.code) police minutes", \.demand.callTypes[index].policeMinutesPerCall!))
                }
            }
        }
        for (phaseIndex, phase) in scenario.budget.phases.enumerated() {
            for (lineIndex, line) in phase.lines.enumerated() where line.amount != nil {
                list.append(("\(phase.name): \(line.name)", \.budget.phases[phaseIndex].lines[lineIndex].amount!))
            }
        }
        return list.compactMap { name, path in
            let parameter = scenario[keyPath: path]
            return parameter.isUncertain ? UncertainParameter(name: name, parameter: parameter, keyPath: path) : nil
        }
    }

    /// One row of a tornado table.
    public struct TornadoRow: Sendable, Hashable, Codable {
        /// Parameter name.
        public var parameter: String
        /// Its unit.
        public var unit: String
        /// Low, base and high values.
        public var low: Double, base: Double, high: Double
        /// Key outputs at the low value.
        public var atLow: KeyOutputs
        /// Key outputs at the high value.
        public var atHigh: KeyOutputs
        /// Source of the range.
        public var source: String
        /// Largest budget swing.
        public var budgetSwing: Double { abs(atHigh.budget - atLow.budget) }
        /// Largest teams swing.
        public var teamsSwing: Double { abs(atHigh.teams - atLow.teams) }
    }

    /// One-at-a-time sensitivity: each uncertain parameter at its low and high, the rest at base.
    /// Rows are sorted by budget swing, then teams swing.
    public static func tornado(scenario: Scenario, demand: Demand?) -> (base: KeyOutputs, rows: [TornadoRow]) {
        let base = KeyOutputs.compute(scenario: scenario, demand: demand)
        let rows = uncertainParameters(of: scenario, includeDemand: demand == nil).map { item in
            let range = item.parameter.range
            return TornadoRow(
                parameter: item.name, unit: item.parameter.unit, low: range.lowerBound, base: item.parameter.value,
                high: range.upperBound,
                atLow: KeyOutputs.compute(scenario: item.apply(range.lowerBound, to: scenario), demand: demand),
                atHigh: KeyOutputs.compute(scenario: item.apply(range.upperBound, to: scenario), demand: demand),
                source: item.parameter.source)
        }
        return (base, rows.sorted { ($0.budgetSwing, $0.teamsSwing) > ($1.budgetSwing, $1.teamsSwing) })
    }

    /// A Monte Carlo interval for one output.
    public struct Interval: Sendable, Hashable, Codable {
        /// Output name.
        public var output: String
        /// Point estimate (all parameters at their values).
        public var base: Double
        /// 2.5th percentile.
        public var lower: Double
        /// Median.
        public var median: Double
        /// 97.5th percentile.
        public var upper: Double
    }

    /// Monte Carlo: every uncertain parameter except the capture rate drawn independently from its
    /// distribution; 95% intervals. The capture rate stays at its value (its wide range would swamp the
    /// other assumptions; ``captureTable(scenario:demand:)`` shows its effect).
    /// - Parameters:
    ///   - draws: number of draws (at least 10).
    ///   - seed: seed of the SplitMix64 generator; the same seed gives the same intervals.
    public static func monteCarlo(scenario: Scenario, demand: Demand?, draws: Int, seed: UInt64) -> [Interval] {
        let parameters = uncertainParameters(of: scenario, includeDemand: demand == nil)
            .filter { $0.name != "projection.capture_rate" }
        var generator = SplitMix64(seed: seed)
        let count = max(10, draws)
        var samples = [[Double]](repeating: [], count: KeyOutputs.names.count)
        for _ in 0..<count {
            var drawn = scenario
            for item in parameters {
                drawn = item.apply(sample(item.parameter, using: &generator), to: drawn)
            }
            for (index, value) in KeyOutputs.compute(scenario: drawn, demand: demand).values.enumerated() {
                samples[index].append(value)
            }
        }
        let base = KeyOutputs.compute(scenario: scenario, demand: demand).values
        return KeyOutputs.names.enumerated().map { index, name in
            let sorted = samples[index].sorted()
            return Interval(
                output: name, base: base[index], lower: quantile(sorted, 0.025), median: quantile(sorted, 0.5),
                upper: quantile(sorted, 0.975))
        }
    }

    /// Draws a value of a parameter between its low and high.
    public static func sample(_ parameter: Parameter, using generator: inout SplitMix64) -> Double {
        let range = parameter.range
        let (a, c, b) = (range.lowerBound, parameter.value, range.upperBound)
        guard b > a else { return c }
        let u = generator.unit()
        switch parameter.distribution {
        case .uniform:
            return a + u * (b - a)
        case .triangular:
            let split = (c - a) / (b - a)
            return u < split ? a + ((u * (b - a) * (c - a)).squareRoot()) : b - (((1 - u) * (b - a) * (b - c)).squareRoot())
        }
    }

    /// Linear-interpolation quantile of sorted values.
    public static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(sorted.count - 1, lower + 1)
        let weight = position - Double(lower)
        return sorted[lower] * (1 - weight) + sorted[upper] * weight
    }

    /// One row of the capture-rate table.
    public struct CaptureRow: Sendable, Hashable, Codable {
        /// Capture rate.
        public var captureRate: Double
        /// Key outputs at that rate.
        public var outputs: KeyOutputs
    }

    /// Volume, police hours, teams and budget at each capture rate of the scenario's table (plus the value).
    public static func captureTable(scenario: Scenario, demand: Demand?) -> [CaptureRow] {
        var rates = scenario.projection.captureRateTable?.values ?? [0.2, 0.33, 0.46, 1.0]
        if !rates.contains(where: { abs($0 - scenario.projection.captureRate.value) < 1e-9 }) {
            rates.append(scenario.projection.captureRate.value)
        }
        return rates.sorted().map { rate in
            var copy = scenario
            copy.projection.captureRate.value = rate
            return CaptureRow(captureRate: rate, outputs: KeyOutputs.compute(scenario: copy, demand: demand))
        }
    }
}
