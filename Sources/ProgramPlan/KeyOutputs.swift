import Vocabulary

/// The four headline numbers sensitivity and Monte Carlo analysis track.
public struct KeyOutputs: Sendable, Hashable, Codable {
    /// Total program volume per year (Figure 4).
    public var volume: Double
    /// Police hours freed per year (Figure 6).
    public var policeHours: Double
    /// Teams to hire at full capacity.
    public var teams: Double
    /// Budget of the last phase (first year of operation) at full capacity.
    public var budget: Double

    /// Names of the outputs, in order.
    public static let names = ["volume", "police_hours", "teams", "budget"]

    /// The outputs as a list in `names` order.
    public var values: [Double] { [volume, policeHours, teams, budget] }

    /// Computes the key outputs. Teams are always sized by the team rule here (not the published
    /// per-shift teams), so that every parameter can move them.
    /// - Parameters:
    ///   - scenario: the scenario.
    ///   - demand: the demand the plan uses, resolved (``Demand/resolved(_:scenario:)``).
    public static func compute(scenario: Scenario, demand: Demand) -> KeyOutputs {
        let volume = ProgramPlanner.projectVolume(scenario: scenario, demand: demand)
        let police = ProgramPlanner.policeTime(demand: demand, captureRate: scenario.projection.captureRate.value)
        let perShift = ProgramPlanner.callsPerShift(scenario.callsPerShift).average
        let schedules = ProgramPlanner.scheduleResults(
            scenario: scenario, demand: demand, callsPerShift: perShift, capacity: 1, allowPublishedTeams: false)
        let staffing = scenario.staffing.hiring(teamShiftsPerDay: Double(schedules.map(\.teamShiftsPerDay).max() ?? 0))
        let budget = scenario.budget.phases.last.map { phase in
            phase.lines.filter(\.countedInTotal).reduce(0) {
                $0 + ProgramPlanner.cost(of: $1, teams: staffing.teams, responders: staffing.responders)
            }
        } ?? 0
        return KeyOutputs(volume: volume.total, policeHours: police.hours, teams: Double(staffing.teams), budget: budget)
    }
}
