import Vocabulary

/// Every planning assumption of one city's community-responder program, each traceable to a source.
///
/// Read one from YAML with ``ScenarioLoader``; the built-in `milwaukee-2021` scenario carries the
/// inputs of the LEAP Milwaukee report (2022). See `docs/scenario-format.md` for the file format.
public struct Scenario: Sendable {
    /// Short name, e.g. `milwaukee-2021`.
    public var name: String
    /// One-paragraph description shown in outputs.
    public var description: String
    /// Name of the file the scenario was read from (for messages).
    public var file: String
    /// Published demand: citizen-initiated calls, eligible call types, hourly profile.
    public var demand: DemandInputs
    /// Ratios that turn diverted calls into the program's total volume (Figure 4).
    public var projection: ProjectionInputs
    /// Peer-program workloads averaged into calls per shift.
    public var callsPerShift: CallsPerShiftInputs
    /// Shift schedules (Figure 13).
    public var schedules: [Schedule]
    /// How on-duty team-shifts become teams and responders to hire.
    public var staffing: StaffingInputs
    /// Reduced-capacity pilot (Figure 14).
    public var pilot: PilotInputs
    /// Budget lines (Figures 21-23).
    public var budget: BudgetInputs
    /// Numbers the source report publishes, to compare with what Reroute computes.
    public var published: [String: PublishedValue]
    /// Command-line options that changed the scenario (published numbers are then not compared).
    public var overrides: [String] = []
}

/// A number the source publication prints, kept for comparison with the computed value.
public struct PublishedValue: Sendable, Hashable, Codable {
    /// The printed number (shares as fractions).
    public var value: Double
    /// Where it is printed.
    public var source: String
    /// Creates a published value.
    public init(value: Double, source: String) {
        self.value = value
        self.source = source
    }
}

/// Demand as published (used when no analysis folder is given).
public struct DemandInputs: Sendable {
    /// Length of the period the counts cover (days).
    public var periodDays: Parameter
    /// All citizen-initiated calls for service in the period.
    public var citizenInitiatedCalls: Parameter
    /// The eligible call types.
    public var callTypes: [CallTypeInputs]
    /// Eligible calls per day in each hour 0-23 (Figure 11).
    public var hourlyCallsPerDay: Series
    /// Eligible calls per day for Monday…Sunday (Figure 10), if known.
    public var weekdayCallsPerDay: Series?
}

/// A list of numbers sharing one unit and source (hourly or weekday profiles).
public struct Series: Sendable, Hashable {
    /// The values in order.
    public var values: [Double]
    /// Unit of every value.
    public var unit: String
    /// Where the values come from.
    public var source: String
    /// Line of the scenario file.
    public var line: Int
    /// Creates a series.
    public init(values: [Double], unit: String, source: String, line: Int = 0) {
        self.values = values
        self.unit = unit
        self.source = source
        self.line = line
    }
}

/// One eligible call type and its planning figures.
public struct CallTypeInputs: Sendable {
    /// Normalised upper-case code, e.g. `TRBL W/SUBJ`.
    public var code: String
    /// Label as printed, e.g. `Trbl W/Subj`.
    public var label: String
    /// Citizen-initiated calls of this type in the period.
    public var citizenInitiatedCalls: Parameter
    /// Share of the type's calls that are eligible after screening: the catalogue's rate (or the scenario's
    /// override), with the range sensitivity and Monte Carlo analysis vary it over.
    public var eligibilityRate: Parameter
    /// Whether the scenario overrides the catalogue's rate (`eligibility_rate.value`); then the override also
    /// applies to demand from an analysis.
    public var eligibilityRateIsOverride: Bool
    /// Police time per call (travel + on scene), if measured.
    public var policeMinutesPerCall: Parameter?
    /// Share of calls related to behavioural health (mental health + substance use), if known.
    public var behaviouralHealthShare: Parameter?
    /// Line of the scenario file.
    public var line: Int
}

/// Ratios per 100 diverted calls (Figure 4) and the capture rate.
public struct ProjectionInputs: Sendable {
    /// Share of eligible calls that actually reach responders.
    public var captureRate: Parameter
    /// Capture rates to tabulate (volume, teams and budget at each).
    public var captureRateTable: Series?
    /// Officer referrals per 100 diverted calls.
    public var officerReferralsPer100: Parameter
    /// New calls per 100 diverted calls.
    public var newCallsPer100: Parameter
    /// Self-initiated encounters per 100 diverted calls.
    public var selfInitiatedPer100: Parameter
}

/// A peer program whose workload informs calls per shift.
public struct PeerProgram: Sendable {
    /// Program name and city.
    public var name: String
    /// Calls per shift, when the program reports calls per shift.
    public var callsPerShift: Parameter?
    /// Length of that shift.
    public var shiftHours: Parameter?
    /// Minutes per call, when the program reports time per call.
    public var minutesPerCall: Parameter?
    /// Line of the scenario file.
    public var line: Int
}

/// Inputs of the calls-per-shift estimate.
public struct CallsPerShiftInputs: Sendable {
    /// The program's shift length.
    public var shiftHours: Parameter
    /// Share of a shift spent on calls (the rest is briefing, breaks, documentation).
    public var productiveShare: Parameter
    /// The peer programs averaged.
    public var peerPrograms: [PeerProgram]
}

/// A day divided into shifts with a number of on-duty teams each (Figure 13).
public struct Schedule: Sendable {
    /// Name, e.g. `Schedule 1`.
    public var name: String
    /// Where it comes from.
    public var source: String
    /// The shifts, in order.
    public var shifts: [Shift]
    /// Line of the scenario file.
    public var line: Int
}

/// One shift of a schedule.
public struct Shift: Sendable {
    /// Label, e.g. `Shift 1`.
    public var label: String
    /// First hour covered (0-23); the shift lasts the scenario's shift length.
    public var startHour: Int
    /// On-duty teams as published; nil lets Reroute size the shift.
    public var teams: Int?
    /// Published cells: `capacity`, `calls`, `unanswered`, `excess`.
    public var published: [String: Double]
    /// Line of the scenario file.
    public var line: Int
}

/// How teams are sized and how many people must be hired.
public struct StaffingInputs: Sendable {
    /// Responders per team.
    public var teamSize: Parameter
    /// How a shift's demand becomes teams.
    public var teamRule: TeamRule
    /// Which availability model sizes hiring and the budget.
    public var model: AvailabilityModelKind
    /// Shifts each responder works per week.
    public var shiftsPerWeek: Parameter
    /// Paid vacation days per responder per year.
    public var vacationDays: Parameter
    /// Holidays off per responder per year.
    public var holidays: Parameter
    /// Sick days per responder per year.
    public var sickDays: Parameter
    /// Training days per responder per year.
    public var trainingDays: Parameter

    /// Creates staffing inputs (the staffing simulation builds them from its own options).
    public init(
        teamSize: Parameter, teamRule: TeamRule = .nearest, model: AvailabilityModelKind, shiftsPerWeek: Parameter,
        vacationDays: Parameter, holidays: Parameter, sickDays: Parameter, trainingDays: Parameter
    ) {
        self.teamSize = teamSize
        self.teamRule = teamRule
        self.model = model
        self.shiftsPerWeek = shiftsPerWeek
        self.vacationDays = vacationDays
        self.holidays = holidays
        self.sickDays = sickDays
        self.trainingDays = trainingDays
    }
}

/// How the teams of a shift follow from its demand.
public enum TeamRule: String, Sendable, CaseIterable, Codable {
    /// Demand ÷ calls per shift rounded to the nearest team (the report's schedules follow this).
    case nearest
    /// Enough teams that no call is unanswered (round up).
    case cover
}

/// The pilot at reduced capacity.
public struct PilotInputs: Sendable {
    /// Capacity as a share of the full program.
    public var capacity: Parameter
    /// How call types are chosen.
    public var objective: PilotObjective
    /// The call types the report chose (Figure 14), for comparison.
    public var publishedCallTypes: [String]
}

/// What a pilot tries to maximise with its limited capacity.
public enum PilotObjective: String, Sendable, CaseIterable, Codable {
    /// Most calls handled.
    case mostCalls = "most-calls"
    /// Most behavioural-health calls (mental health + substance use share × calls), then most calls.
    case behaviouralHealth = "behavioural-health"
    /// Most police hours freed.
    case policeHours = "police-hours"
}

/// Budget phases and their lines (Figures 21-23).
public struct BudgetInputs: Sendable {
    /// Program capacities the budget is shown at (the report: 50% and 100%).
    public var columns: [Double]
    /// The phases (six months pre-launch; first year of operation).
    public var phases: [BudgetPhase]
}

/// One budget phase.
public struct BudgetPhase: Sendable {
    /// Name, e.g. `6 Months Pre-Launch`.
    public var name: String
    /// Budget lines.
    public var lines: [BudgetLine]
    /// Published totals per group (`total`, `personnel`, `equipment`, `training`), one per column.
    public var publishedTotals: [String: [Double]]
    /// Published shares of the phase total by line name (Figures 22-23), at the full column.
    public var publishedShares: [String: Double]
    /// Line of the scenario file.
    public var line: Int
}

/// One budget line.
public struct BudgetLine: Sendable {
    /// Line name, e.g. `Responder cost`.
    public var name: String
    /// Group: `personnel`, `equipment` or `training`.
    public var group: String
    /// How the amount scales.
    public var basis: CostBasis
    /// The amount (unit depends on the basis); nil for tiered lines.
    public var amount: Parameter?
    /// Months paid, for per-year bases.
    public var months: Double
    /// Amounts by team count, for tiered lines (ascending teams).
    public var tiers: [(teams: Int, amount: Double)]
    /// Source of tiered amounts.
    public var tierSource: String
    /// Whether the published total counts this line.
    public var countedInTotal: Bool
    /// Published amounts, one per budget column.
    public var published: [Double]
    /// Line of the scenario file.
    public var line: Int
}

/// How a budget line's amount scales with the program.
public enum CostBasis: String, Sendable, CaseIterable, Codable {
    /// A fixed amount (USD).
    case fixed
    /// An amount per team (USD/team).
    case perTeam = "per_team"
    /// An annual amount per team (USD/team/year) for `months`.
    case perTeamYear = "per_team_year"
    /// An annual amount per responder (USD/responder/year) for `months`.
    case perResponderYear = "per_responder_year"
    /// Amounts given at team counts; beyond the last tier the amount grows in proportion to teams.
    case tiered

    /// The unit the amount must be written in.
    public var unit: String {
        switch self {
        case .fixed, .tiered: "USD"
        case .perTeam: "USD/team"
        case .perTeamYear: "USD/team/year"
        case .perResponderYear: "USD/responder/year"
        }
    }
}
