import Vocabulary

extension StaffingInputs {
    /// The scenario's staffing inputs as Reroute's one ``HiringModel`` (team size, shifts a week, leave and
    /// training days, and the availability model the scenario hires with).
    public var hiringModel: HiringModel {
        HiringModel(teamSize: teamSize.sourced, shiftsPerWeek: shiftsPerWeek.sourced, vacationDays: vacationDays.sourced,
                    holidays: holidays.sourced, sickDays: sickDays.sourced, trainingDays: trainingDays.sourced, model: model)
    }

    /// The teams and responders to hire so that `teamShiftsPerDay` on-duty team-shifts are worked every day
    /// (``HiringModel/hiring(teamShiftsPerDay:)`` with the scenario's inputs). The plan calls it with the busiest
    /// schedule's team-shifts; the staffing study calls ``HiringModel/hiring(rosterTeams:)`` with its roster.
    /// - Complexity: O(1).
    public func hiring(teamShiftsPerDay: Double) -> StaffingResult {
        hiringModel.hiring(teamShiftsPerDay: teamShiftsPerDay)
    }

    /// ``hiring(teamShiftsPerDay:)`` for a roster of `rosterTeams` lines (see ``HiringModel/hiring(rosterTeams:)``).
    public func hiring(rosterTeams: Int) -> StaffingResult {
        hiringModel.hiring(rosterTeams: rosterTeams)
    }
}
