/// Which availability model turns on-duty team-shifts into people to hire.
public enum AvailabilityModelKind: String, Sendable, CaseIterable, Codable {
    /// The report's: shifts per week only, no leave (28 = 20 × 7/5).
    case report
    /// Shifts per week minus vacation, holidays, sick and training days.
    case leave
}

/// Reroute's one hiring model: how many teams and responders to hire so that a number of on-duty team-shifts
/// is worked every day of the year. The program plan (scenario `staffing:`), the staffing study (`reroute staff`)
/// and the report's recommendation all hire through it, so one set of inputs gives one answer.
///
///     shifts a responder works a year, report's model   S = 365/7 × shifts per week
///     shifts a responder works a year, leave model      S' = S − vacation − holidays − sick − training days
///     responders = ⌈team-shifts a day × 365 × team size ÷ S (or S')⌉, rounded up to whole teams
///
/// With Milwaukee's scenario (5 shifts a week, teams of two, 15 + 11 + 8 + 5 leave days) 20 team-shifts a day
/// give 28 teams (56 responders) under the report's model and 33 teams (66 responders) under the leave model.
public struct HiringModel: Sendable, Hashable, Codable {
    /// Responders per team.
    public var teamSize: Sourced<Double>
    /// Shifts each responder works per week.
    public var shiftsPerWeek: Sourced<Double>
    /// Paid vacation days per responder per year.
    public var vacationDays: Sourced<Double>
    /// Holidays off per responder per year.
    public var holidays: Sourced<Double>
    /// Sick days per responder per year.
    public var sickDays: Sourced<Double>
    /// Training days per responder per year.
    public var trainingDays: Sourced<Double>
    /// The model that decides the people hired (``StaffingResult/responders``).
    public var model: AvailabilityModelKind

    /// Creates a hiring model from its six inputs and the availability model to hire with.
    public init(teamSize: Sourced<Double>, shiftsPerWeek: Sourced<Double>, vacationDays: Sourced<Double>,
                holidays: Sourced<Double>, sickDays: Sourced<Double>, trainingDays: Sourced<Double>,
                model: AvailabilityModelKind) {
        self.teamSize = teamSize
        self.shiftsPerWeek = shiftsPerWeek
        self.vacationDays = vacationDays
        self.holidays = holidays
        self.sickDays = sickDays
        self.trainingDays = trainingDays
        self.model = model
    }

    /// Days a responder is away from the roster a year: vacation + holidays + sick + training.
    public var daysAway: Double { vacationDays.value + holidays.value + sickDays.value + trainingDays.value }

    /// The teams and responders to hire so that `teamShiftsPerDay` on-duty team-shifts are worked every day,
    /// under both availability models (``StaffingResult/model`` says which one is hired).
    /// - Parameter teamShiftsPerDay: on-duty team-shifts a day (may be fractional, e.g. a weekly average).
    /// - Complexity: O(1).
    public func hiring(teamShiftsPerDay: Double) -> StaffingResult {
        // Loaders keep the team size within 1...10; clamped here too so no value can trap the conversion.
        let size = Int(min(max(teamSize.value.isFinite ? teamSize.value : 1, 1), 1_000).rounded())
        let reportShifts = 365.0 / 7 * shiftsPerWeek.value
        let leaveShifts = max(1, reportShifts - daysAway)
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

    /// The hiring for a roster of `rosterTeams` lines, each working ``shiftsPerWeek`` shifts a week (e.g. the
    /// pooled teams of a 5-on/2-off roster): rosterTeams × shifts per week ÷ 7 team-shifts a day, hired as
    /// ``hiring(teamShiftsPerDay:)`` does (under the report's model, exactly `rosterTeams` teams).
    public func hiring(rosterTeams: Int) -> StaffingResult {
        hiring(teamShiftsPerDay: Double(max(0, rosterTeams)) * shiftsPerWeek.value / 7)
    }

    /// The same inputs hiring under `model`.
    public func with(model: AvailabilityModelKind) -> HiringModel {
        var copy = self
        copy.model = model
        return copy
    }

    /// The model in words, for notes beside a hiring figure.
    public var description: String {
        "roster teams × \(Format.number(shiftsPerWeek.value)) shifts a week" + (model == .leave
            ? ", each responder working \(Format.number(365.0 / 7 * shiftsPerWeek.value - daysAway, decimals: 0)) shifts a year after \(Format.number(daysAway)) days of vacation, holidays, sick leave and training"
            : " with no time off (the report's model)")
            + ", rounded up to whole teams of \(Format.number(teamSize.value))"
    }
}

/// Teams and responders to hire for a number of on-duty team-shifts, under both availability models.
public struct StaffingResult: Sendable, Hashable, Codable {
    /// On-duty team-shifts per day (largest over the schedules).
    public var teamShiftsPerDay: Double
    /// Team-shifts per year.
    public var teamShiftsPerYear: Double { Double(teamShiftsPerDay) * 365 }
    /// Shifts one responder works a year under the report's model (no leave).
    public var reportShiftsPerResponder: Double
    /// Responders under the report's model.
    public var reportResponders: Int
    /// Shifts one responder actually works a year after vacation, holidays, sick and training days.
    public var leaveShiftsPerResponder: Double
    /// Responders under the leave model.
    public var leaveResponders: Int
    /// Responders per team.
    public var teamSize: Int
    /// Model chosen for hiring and budget.
    public var model: AvailabilityModelKind
    /// Responders hired under the chosen model.
    public var responders: Int { model == .report ? reportResponders : leaveResponders }
    /// Teams hired under the chosen model.
    public var teams: Int { Int((Double(responders) / Double(teamSize)).rounded(.up)) }
    /// Teams under the report's model.
    public var reportTeams: Int { Int((Double(reportResponders) / Double(teamSize)).rounded(.up)) }
    /// Teams under the leave model.
    public var leaveTeams: Int { Int((Double(leaveResponders) / Double(teamSize)).rounded(.up)) }
}

