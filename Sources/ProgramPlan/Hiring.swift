import Vocabulary

extension StaffingInputs {
    /// Reroute's one hiring model: the teams and responders to hire so that `teamShiftsPerDay` on-duty
    /// team-shifts are worked every day of the year, under both availability models.
    ///
    /// Responders = team-shifts/day × 365 × team size ÷ shifts one responder works a year, rounded up to whole
    /// teams. The report's model counts 365/7 × shifts per week (no leave: 20 team-shifts a day give 28 teams,
    /// 56 responders); the leave model subtracts vacation, holidays, sick and training days from those shifts.
    /// The plan calls it with the busiest schedule's team-shifts; the staffing simulation calls
    /// ``hiring(rosterTeams:)`` with its roster.
    /// - Parameter teamShiftsPerDay: on-duty team-shifts a day (may be fractional, e.g. a weekly average).
    /// - Complexity: O(1).
    public func hiring(teamShiftsPerDay: Double) -> StaffingResult {
        let size = max(1, Int(teamSize.value.rounded()))
        let reportShifts = 365.0 / 7 * shiftsPerWeek.value
        let leave = vacationDays.value + holidays.value + sickDays.value + trainingDays.value
        let leaveShifts = max(1, reportShifts - leave)
        let needed = max(0, teamShiftsPerDay) * 365 * Double(size)
        func people(_ shiftsEach: Double) -> Int {
            let raw = Int(min((needed / shiftsEach - 1e-9).rounded(.up), 1e12))
            return Int((Double(raw) / Double(size)).rounded(.up)) * size
        }
        return StaffingResult(
            teamShiftsPerDay: teamShiftsPerDay, reportShiftsPerResponder: reportShifts,
            reportResponders: people(reportShifts), leaveShiftsPerResponder: leaveShifts,
            leaveResponders: people(leaveShifts), teamSize: size, model: model)
    }

    /// The one hiring model for a roster of `rosterTeams` lines, each working ``shiftsPerWeek`` shifts a week
    /// (e.g. the pooled teams of a 5-on/2-off roster): that is rosterTeams × shifts per week ÷ 7 team-shifts a
    /// day, hired as ``hiring(teamShiftsPerDay:)`` does (under the report's model, exactly `rosterTeams` teams).
    public func hiring(rosterTeams: Int) -> StaffingResult {
        hiring(teamShiftsPerDay: Double(max(0, rosterTeams)) * shiftsPerWeek.value / 7)
    }
}
