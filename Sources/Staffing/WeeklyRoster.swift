import Foundation

/// Roster lines working 5 consecutive days on and 2 off that cover a schedule.
///
/// Shifts are grouped by start hour of the day and length; each group keeps its start all week. Within a group the
/// number of lines is the exact optimum of the 7-day cyclic covering program with 5-day patterns (the same solver
/// as the shift optimiser), so a group needing `k` teams every day gets `⌈7k/5⌉` lines. `pooledTeams` lets a line
/// work different shifts on different days and counts 8-hour equivalents (only each day's team-hours ÷ 8 matter,
/// so 12-hour shifts are not worked five days a week): Figure 13's 20 daily team-shifts then
/// give the report's 28 teams, while fixed starts need 6 + 12 + 12 = 30.
public struct WeeklyRoster: Sendable, Hashable, Codable {
    /// One group of lines sharing a shift.
    public struct Line: Sendable, Hashable, Codable {
        /// Start hour of the day.
        public var startHour: Int
        /// Shift length in hours.
        public var hours: Int
        /// Teams needed on each weekday, Monday first.
        public var neededPerWeekday: [Int]
        /// Lines starting their two days off on each weekday (index 0: off Monday and Tuesday).
        public var linesByFirstDayOff: [Int]
        /// Total lines (teams) in the group.
        public var teams: Int { linesByFirstDayOff.reduce(0, +) }
    }

    /// Groups of lines.
    public var lines: [Line]
    /// Total teams on the roster when every line keeps one shift start all week.
    public var teams: Int { lines.reduce(0) { $0 + $1.teams } }
    /// Teams working 40-hour weeks (five 8-hour days) when lines may work different shifts on different days:
    /// the 7-day covering program over each day's team-hours ÷ 8, rounded up.
    public var pooledTeams: Int

    /// Builds the roster for shift starts on a 24- or 168-hour cycle.
    public static func make(starts: [ShiftStart], period: Int) throws -> WeeklyRoster {
        var groups: [Int: [Int]] = [:]   // key = startHour * 1000 + hours
        for s in starts {
            let key = (s.shift.start % 24) * 1000 + s.shift.hours
            var need = groups[key] ?? [Int](repeating: 0, count: 7)
            if period == 168 { need[s.shift.start / 24] += s.teams } else { for d in 0..<7 { need[d] += s.teams } }
            groups[key] = need
        }
        let patterns = (0..<7).map { off in (0..<7).filter { d in d != off && d != (off + 1) % 7 } }
        var lines: [Line] = []
        for (key, need) in groups.sorted(by: { $0.key < $1.key }) {
            let solution = try CoveringProgram(requirements: need, columns: patterns, costs: [Double](repeating: 1, count: 7)).solve()
            lines.append(Line(startHour: key / 1000, hours: key % 1000, neededPerWeekday: need, linesByFirstDayOff: solution.counts))
        }
        var hours = [Int](repeating: 0, count: 7)
        for line in lines { for d in 0..<7 { hours[d] += line.neededPerWeekday[d] * line.hours } }
        let total = hours.map { ($0 + 7) / 8 }
        let pooled = try CoveringProgram(requirements: total, columns: patterns, costs: [Double](repeating: 1, count: 7)).solve()
        return WeeklyRoster(lines: lines, pooledTeams: pooled.counts.reduce(0, +))
    }
}

/// People to hire so the roster is filled despite leave and training.
public struct HiringPlan: Sendable, Hashable, Codable {
    /// Teams on the roster.
    public var rosterTeams: Int
    /// Working days per team member per year on a 5-on/2-off roster.
    public var workingDays: SourcedValue
    /// Days of leave (vacation and sick) per person per year.
    public var leaveDays: SourcedValue
    /// Days of training per person per year.
    public var trainingDays: SourcedValue
    /// Responders per team.
    public var respondersPerTeam: SourcedValue

    /// Creates a plan.
    /// - Throws: `StaffingError.invalidParameter` when leave and training take all working days.
    public init(rosterTeams: Int,
                leaveDays: SourcedValue = SourcedValue(20, unit: "days/year", source: "assumption: 15 vacation + 5 sick; set --leave-days"),
                trainingDays: SourcedValue = SourcedValue(10, unit: "days/year", source: "assumption; set --training-days"),
                respondersPerTeam: SourcedValue = SourcedValue(2, unit: "responders", source: "\(MilwaukeeFigures.report): 28 teams = 56 responders")) throws {
        let working = SourcedValue(Double(52 * 5), unit: "days/year", source: "5 days a week × 52 weeks")
        guard leaveDays.value >= 0, trainingDays.value >= 0, leaveDays.value + trainingDays.value < working.value else {
            throw StaffingError.invalidParameter(name: "leave + training days", value: "\(leaveDays.value + trainingDays.value)", expected: "≥ 0 and fewer than \(Int(working.value)) working days")
        }
        guard respondersPerTeam.value >= 1 else {
            throw StaffingError.invalidParameter(name: "responders per team", value: "\(respondersPerTeam.value)", expected: "≥ 1")
        }
        self.rosterTeams = rosterTeams
        self.workingDays = working
        self.leaveDays = leaveDays
        self.trainingDays = trainingDays
        self.respondersPerTeam = respondersPerTeam
    }

    /// Share of working days a person is available.
    public var availability: Double { (workingDays.value - leaveDays.value - trainingDays.value) / workingDays.value }
    /// Teams to hire: roster teams / availability, rounded up.
    public var teamsToHire: Int { Int((Double(rosterTeams) / availability - 1e-9).rounded(.up)) }
    /// Responders to hire.
    public var respondersToHire: Int { Int((Double(rosterTeams) * respondersPerTeam.value / availability - 1e-9).rounded(.up)) }
}
