/// Teams on duty in each of the 168 hours of the week.
public struct TeamSchedule: Sendable, Hashable, Codable {
    /// Display name ("Schedule 1 (report)", "Optimised").
    public var name: String
    /// Teams on duty in each hour of the week (index from `WeekHour`).
    public var teamsOnDuty: [Int]
    /// Where the schedule comes from.
    public var source: String

    /// Creates a schedule; `teamsOnDuty` must hold 168 values.
    public init(name: String, teamsOnDuty: [Int], source: String) {
        self.name = name
        self.teamsOnDuty = teamsOnDuty
        self.source = source
    }

    /// A schedule repeating the same daily shifts every day.
    /// - Parameter shifts: (start hour, length in hours, teams) per shift.
    public static func daily(name: String, shifts: [(start: Int, hours: Int, teams: Int)], source: String) -> TeamSchedule {
        var day = [Int](repeating: 0, count: 24)
        for s in shifts { for k in 0..<s.hours { day[(s.start + k) % 24] += s.teams } }
        return TeamSchedule(name: name, teamsOnDuty: (0..<168).map { day[$0 % 24] }, source: source)
    }

    /// Teams on duty in the hour of the week `hour` (0…167).
    public func coverage(at hour: Int) -> Int { teamsOnDuty[hour] }

    /// Team-hours per week.
    public var teamHoursPerWeek: Int { teamsOnDuty.reduce(0, +) }

    /// Checks the schedule has 168 non-negative hours and someone on duty at some time.
    /// - Throws: `StaffingError.emptySchedule` or `.invalidParameter`.
    public func validate() throws {
        guard teamsOnDuty.count == 168 else {
            throw StaffingError.invalidParameter(name: "schedule '\(name)'", value: "\(teamsOnDuty.count) hours", expected: "168 hourly team counts")
        }
        if let bad = teamsOnDuty.firstIndex(where: { $0 < 0 }) {
            throw StaffingError.invalidParameter(name: "schedule '\(name)' at \(WeekHour.label(hourOfCycle: bad + 24))", value: "\(teamsOnDuty[bad])", expected: "a team count ≥ 0")
        }
        guard teamsOnDuty.contains(where: { $0 > 0 }) else { throw StaffingError.emptySchedule(name: name) }
    }

    /// The report's Schedule 1 (Figure 13): 4 teams 2am–10am, 8 teams 10am–6pm, 8 teams 6pm–2am; 28 teams hired.
    public static let reportSchedule1 = TeamSchedule.daily(
        name: "Schedule 1 (report)",
        shifts: [(2, 8, 4), (10, 8, 8), (18, 8, 8)],
        source: "Milwaukee report 2022, Figure 13, Schedule 1")

    /// The report's Schedule 2 (Figure 13): 6 teams 6am–2pm, 8 teams 2pm–10pm, 6 teams 10pm–6am; 28 teams hired.
    public static let reportSchedule2 = TeamSchedule.daily(
        name: "Schedule 2 (report)",
        shifts: [(6, 8, 6), (14, 8, 8), (22, 8, 6)],
        source: "Milwaukee report 2022, Figure 13, Schedule 2")
}
