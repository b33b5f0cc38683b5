import Vocabulary

extension Demand {
    /// The demand with what the scenario adds to an analysis: police minutes per call for types the analysis
    /// has no times for, behavioural-health shares (which CAD data does not carry), and the scenario's
    /// eligibility-rate ranges and overrides (an override replaces the analysed rate and rescales the type's
    /// eligible calls and the hourly profile, as ``settingEligibilityRate(_:of:)`` does).
    /// - Returns: the filled demand and the codes whose police minutes came from the scenario.
    public func fillingGaps(from scenario: Scenario) -> (demand: Demand, minutesFromScenario: [String]) {
        var copy = self
        var filled: [String] = []
        let inputs = Dictionary(scenario.demand.callTypes.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        for index in copy.callTypes.indices {
            let code = copy.callTypes[index].code
            guard let input = inputs[code] else { continue }
            if copy.callTypes[index].policeMinutesPerCall == nil, let minutes = input.policeMinutesPerCall {
                copy.callTypes[index].policeMinutesPerCall = minutes.value
                filled.append(code)
            }
            if copy.callTypes[index].behaviouralHealthShare == nil {
                copy.callTypes[index].behaviouralHealthShare = input.behaviouralHealthShare?.value
            }
            let rate = input.eligibilityRate.sourced
            if input.eligibilityRateIsOverride {
                copy = copy.settingEligibilityRate(rate.value, of: code)
                copy.callTypes[index].eligibilityRate = rate
            } else if rate.range.contains(copy.callTypes[index].eligibilityRate.value) {
                copy.callTypes[index].eligibilityRate.low = rate.low
                copy.callTypes[index].eligibilityRate.high = rate.high
            }
        }
        return (copy, filled)
    }

    /// The demand with one call type's eligibility rate changed: its eligible calls scale with the rate, and
    /// the hourly and weekday profiles (eligible calls) scale with the new total of eligible calls.
    /// - Complexity: O(call types + 24 + 7).
    public func settingEligibilityRate(_ rate: Double, of code: String) -> Demand {
        guard let index = callTypes.firstIndex(where: { $0.code == code }) else { return self }
        var copy = self
        let before = eligibleCalls
        let type = callTypes[index]
        copy.callTypes[index].eligibilityRate.value = rate
        copy.callTypes[index].eligibleCalls = type.eligibilityRate.value > 0
            ? type.eligibleCalls * rate / type.eligibilityRate.value : type.citizenInitiatedCalls * rate
        let factor = before > 0 ? copy.eligibleCalls / before : 1
        copy.hourlyCallsPerDay = hourlyCallsPerDay.map { $0 * factor }
        copy.weekdayCallsPerDay = weekdayCallsPerDay?.map { $0 * factor }
        return copy
    }

    /// The demand a plan uses: `demand` from an analysis with the scenario's gaps filled, or the scenario's
    /// own published figures when there is none.
    /// - Returns: the demand and the codes whose police minutes came from the scenario.
    public static func resolved(_ demand: Demand?, scenario: Scenario) -> (demand: Demand, minutesFromScenario: [String]) {
        demand?.fillingGaps(from: scenario) ?? (Demand(scenario: scenario), [])
    }
}
