extension Demand {
    /// The demand with gaps filled from the scenario: police minutes per call for types the analysis
    /// has no times for, and behavioural-health shares (which CAD data does not carry).
    /// - Returns: the filled demand and the codes whose police minutes came from the scenario.
    public func fillingGaps(from scenario: Scenario) -> (demand: Demand, minutesFromScenario: [String]) {
        var copy = self
        var filled: [String] = []
        let inputs = Dictionary(scenario.demand.callTypes.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        for index in copy.callTypes.indices {
            guard let input = inputs[copy.callTypes[index].code] else { continue }
            if copy.callTypes[index].policeMinutesPerCall == nil, let minutes = input.policeMinutesPerCall {
                copy.callTypes[index].policeMinutesPerCall = minutes.value
                filled.append(copy.callTypes[index].code)
            }
            if copy.callTypes[index].behaviouralHealthShare == nil {
                copy.callTypes[index].behaviouralHealthShare = input.behaviouralHealthShare?.value
            }
        }
        return (copy, filled)
    }
}
