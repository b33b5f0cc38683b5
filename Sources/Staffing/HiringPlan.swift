import Vocabulary

/// People to hire so that a roster's teams are filled every day despite leave and training.
///
/// A pure function of four numbers — teams on the roster `T`, leave days `L` and training days `D` per person per
/// year, and responders per team `s`:
///
///     working days   W = 52 × 5 = 260 per year (a 5-on/2-off roster)
///     availability   a = (W − L − D) / W
///     teams to hire      = ⌈T / a⌉
///     responders to hire = ⌈T × s / a⌉
///
/// With the defaults (L = 20, D = 10, s = 2) a = 230/260 ≈ 0.885, so Figure 13's 28 roster teams become
/// 32 teams = 64 responders. ``make(rosterTeams:leaveDays:trainingDays:teamSize:)`` is the formula;
/// the stored values only say where each input comes from.
public struct HiringPlan: Sendable, Hashable, Codable {
    /// Working days per person per year on a 5-on/2-off roster: 5 days × 52 weeks.
    public static let workingDays = Sourced<Double>(Double(52 * 5), unit: "days/year", source: "5 days a week × 52 weeks")
    /// The default leave: 15 vacation and 5 sick days, an assumption.
    public static let defaultLeaveDays = Sourced<Double>(20, unit: "days/year", source: "assumption: 15 vacation + 5 sick; set --leave-days")
    /// The default training, an assumption.
    public static let defaultTrainingDays = Sourced<Double>(10, unit: "days/year", source: "assumption; set --training-days")
    /// The report's team of two.
    public static let defaultTeamSize = Sourced<Double>(2, unit: "responders", source: "\(MilwaukeeFigures.report): 28 teams = 56 responders")

    /// Teams on the roster (`T`).
    public let rosterTeams: Int
    /// Working days per team member per year (`W`).
    public let workingDays: Sourced<Double>
    /// Days of leave (vacation and sick) per person per year (`L`).
    public let leaveDays: Sourced<Double>
    /// Days of training per person per year (`D`).
    public let trainingDays: Sourced<Double>
    /// Responders per team (`s`).
    public let respondersPerTeam: Sourced<Double>
    /// Share of working days a person is available: (W − L − D) / W.
    public let availability: Double
    /// Teams to hire: ⌈T / availability⌉.
    public let teamsToHire: Int
    /// Responders to hire: ⌈T × s / availability⌉.
    public let respondersToHire: Int

    /// Applies the formula.
    /// - Parameters:
    ///   - rosterTeams: teams on the roster, `T` ≥ 0 (``WeeklyRoster/pooledTeams`` for an optimised week).
    ///   - leaveDays: vacation and sick days per person per year, `L` ≥ 0.
    ///   - trainingDays: training days per person per year, `D` ≥ 0, with `L + D` < 260.
    ///   - teamSize: responders per team, `s` ≥ 1.
    /// - Throws: ``StaffingError/invalidParameter(name:value:expected:)`` when leave and training take every
    ///   working day, or for a team smaller than one.
    public static func make(rosterTeams: Int, leaveDays: Sourced<Double> = defaultLeaveDays,
                            trainingDays: Sourced<Double> = defaultTrainingDays,
                            teamSize: Sourced<Double> = defaultTeamSize) throws -> HiringPlan {
        let working = workingDays.value
        guard rosterTeams >= 0 else {
            throw StaffingError.invalidParameter(name: "roster teams", value: "\(rosterTeams)", expected: "≥ 0")
        }
        guard leaveDays.value >= 0, trainingDays.value >= 0, leaveDays.value + trainingDays.value < working else {
            throw StaffingError.invalidParameter(name: "leave + training days", value: Format.trimmed(leaveDays.value + trainingDays.value),
                                                 expected: "≥ 0 and fewer than \(Int(working)) working days")
        }
        guard teamSize.value >= 1 else {
            throw StaffingError.invalidParameter(name: "responders per team", value: Format.trimmed(teamSize.value), expected: "≥ 1")
        }
        let availability = (working - leaveDays.value - trainingDays.value) / working
        return HiringPlan(rosterTeams: rosterTeams, workingDays: workingDays, leaveDays: leaveDays, trainingDays: trainingDays,
                          respondersPerTeam: teamSize, availability: availability,
                          teamsToHire: Int((Double(rosterTeams) / availability - 1e-9).rounded(.up)),
                          respondersToHire: Int((Double(rosterTeams) * teamSize.value / availability - 1e-9).rounded(.up)))
    }
}
