import Vocabulary
/// Sensitivity (tornado), Monte Carlo intervals and the capture-rate table.
public enum Uncertainty {
    /// A parameter that carries a range, and where it lives: in the scenario, or in the demand (eligibility
    /// rates, and police minutes when they come from the scenario).
    public struct UncertainParameter: @unchecked Sendable {
        // Sendable: WritableKeyPath values are immutable; the key paths built here capture only Int indices.
        /// Where a new value is written.
        enum Target {
            /// A scenario parameter.
            case scenario(WritableKeyPath<Scenario, Parameter>)
            /// A call type's eligibility rate in the demand.
            case eligibilityRate(code: String)
            /// A call type's police minutes per call in the demand.
            case policeMinutes(code: String)
        }

        /// Dotted name, e.g. `projection.capture_rate`.
        public var name: String
        /// The parameter.
        public var parameter: Parameter
        /// Where to write a new value.
        let target: Target

        /// The scenario and demand with this parameter set to `value`.
        public func apply(_ value: Double, to scenario: Scenario, demand: Demand) -> (scenario: Scenario, demand: Demand) {
            switch target {
            case .scenario(let keyPath):
                var copy = scenario
                copy[keyPath: keyPath].value = value
                return (copy, demand)
            case .eligibilityRate(let code):
                return (scenario, demand.settingEligibilityRate(value, of: code))
            case .policeMinutes(let code):
                var copy = demand
                if let index = copy.callTypes.firstIndex(where: { $0.code == code }) {
                    copy.callTypes[index].policeMinutesPerCall = value
                }
                return (scenario, copy)
            }
        }
    }

    /// Parameters with a low/high range: the scenario's, every eligible call type's eligibility rate (from
    /// the demand, whether it comes from the scenario or from data) and the scenario's police minutes where
    /// the demand uses them.
    /// - Parameters:
    ///   - scenario: the scenario.
    ///   - demand: the resolved demand (``Demand/resolved(_:scenario:)``).
    ///   - minutesFromScenario: codes whose police minutes the demand took from the scenario; nil when the
    ///     demand is the scenario's own (all of them).
    public static func uncertainParameters(
        of scenario: Scenario, demand: Demand, minutesFromScenario: [String]? = nil
    ) -> [UncertainParameter] {
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
        var demandParameters: [UncertainParameter] = []
        let minutes = Dictionary(
            scenario.demand.callTypes.compactMap { type in type.policeMinutesPerCall.map { (type.code, $0) } },
            uniquingKeysWith: { first, _ in first })
        for type in demand.callTypes {
            demandParameters.append(UncertainParameter(
                name: "\(type.code) eligibility rate", parameter: Parameter(type.eligibilityRate),
                target: .eligibilityRate(code: type.code)))
            if let parameter = minutes[type.code], minutesFromScenario?.contains(type.code) ?? true {
                demandParameters.append(UncertainParameter(
                    name: "\(type.code) police minutes", parameter: parameter, target: .policeMinutes(code: type.code)))
            }
        }
        var budget: [(String, WritableKeyPath<Scenario, Parameter>)] = []
        for (phaseIndex, phase) in scenario.budget.phases.enumerated() {
            for (lineIndex, line) in phase.lines.enumerated() where line.amount != nil {
                budget.append(("\(phase.name): \(line.name)", \.budget.phases[phaseIndex].lines[lineIndex].amount!))
            }
        }
        func scenarioParameters(_ items: [(String, WritableKeyPath<Scenario, Parameter>)]) -> [UncertainParameter] {
            items.map { name, path in UncertainParameter(name: name, parameter: scenario[keyPath: path], target: .scenario(path)) }
        }
        return (scenarioParameters(list) + demandParameters + scenarioParameters(budget)).filter(\.parameter.isUncertain)
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
    /// - Parameters:
    ///   - scenario: the scenario.
    ///   - demand: demand from an analysis, or nil for the scenario's published demand.
    public static func tornado(scenario: Scenario, demand: Demand?) -> (base: KeyOutputs, rows: [TornadoRow]) {
        let (resolved, minutesFromScenario) = Demand.resolved(demand, scenario: scenario)
        let base = KeyOutputs.compute(scenario: scenario, demand: resolved)
        func outputs(_ item: UncertainParameter, _ value: Double) -> KeyOutputs {
            let changed = item.apply(value, to: scenario, demand: resolved)
            return KeyOutputs.compute(scenario: changed.scenario, demand: changed.demand)
        }
        let parameters = uncertainParameters(
            of: scenario, demand: resolved, minutesFromScenario: demand == nil ? nil : minutesFromScenario)
        let rows = parameters.map { item in
            let range = item.parameter.range
            return TornadoRow(
                parameter: item.name, unit: item.parameter.unit, low: range.lowerBound, base: item.parameter.value,
                high: range.upperBound, atLow: outputs(item, range.lowerBound), atHigh: outputs(item, range.upperBound),
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
        let (resolved, minutesFromScenario) = Demand.resolved(demand, scenario: scenario)
        let parameters = uncertainParameters(
            of: scenario, demand: resolved, minutesFromScenario: demand == nil ? nil : minutesFromScenario)
            .filter { $0.name != "projection.capture_rate" }
        var generator = SplitMix64(seed: seed)
        let count = max(10, draws)
        var samples = [[Double]](repeating: [], count: KeyOutputs.names.count)
        for _ in 0..<count {
            var drawn = (scenario: scenario, demand: resolved)
            for item in parameters {
                drawn = item.apply(sample(item.parameter, using: &generator), to: drawn.scenario, demand: drawn.demand)
            }
            for (index, value) in KeyOutputs.compute(scenario: drawn.scenario, demand: drawn.demand).values.enumerated() {
                samples[index].append(value)
            }
        }
        let base = KeyOutputs.compute(scenario: scenario, demand: resolved).values
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
        let resolved = Demand.resolved(demand, scenario: scenario).demand
        var rates = scenario.projection.captureRateTable?.values ?? [0.2, 0.33, 0.46, 1.0]
        if !rates.contains(where: { abs($0 - scenario.projection.captureRate.value) < 1e-9 }) {
            rates.append(scenario.projection.captureRate.value)
        }
        return rates.sorted().map { rate in
            var copy = scenario
            copy.projection.captureRate.value = rate
            return CaptureRow(captureRate: rate, outputs: KeyOutputs.compute(scenario: copy, demand: resolved))
        }
    }
}
