import Vocabulary
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
