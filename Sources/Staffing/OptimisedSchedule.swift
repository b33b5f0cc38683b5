/// A number of teams starting one shift.
public struct ShiftStart: Sendable, Hashable, Codable {
    /// The shift.
    public var shift: Shift
    /// Teams starting it.
    public var teams: Int
    /// Creates a shift start.
    public init(shift: Shift, teams: Int) { self.shift = shift; self.teams = teams }
}

/// An optimal schedule and how it covers the requirement.
public struct OptimisedSchedule: Sendable, Hashable, Codable {
    /// Hours in the cycle (24 or 168).
    public var period: Int
    /// Teams starting each shift (only shifts with teams).
    public var starts: [ShiftStart]
    /// Teams required in each hour.
    public var requirements: [Int]
    /// Teams on duty in each hour.
    public var coverage: [Int]
    /// Total cost in `costUnit`.
    public var cost: Double
    /// Unit of `cost`.
    public var costUnit: String
    /// The LP relaxation's value (a lower bound on `cost`).
    public var lowerBound: Double
    /// Branch-and-bound nodes explored.
    public var nodes: Int

    /// Teams on duty in each of the 168 hours of the week (a daily schedule repeats every day).
    public func teamSchedule(name: String) -> TeamSchedule {
        TeamSchedule(name: name, teamsOnDuty: (0..<168).map { coverage[$0 % period] }, source: "optimised (exact cyclic staffing, \(period)-hour cycle)")
    }
}
