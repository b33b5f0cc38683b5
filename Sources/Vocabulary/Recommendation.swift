/// The report's one staffing answer: the schedule chosen from a trade-off table of simulated options, with the
/// response-time target it meets, the people to hire and the first-year budget.
///
/// It is plain data so that the report summary (`summary.json`), the HTML report and the workbook carry the same
/// numbers; `ProgramRecommendation.Recommender` computes it from a program plan and a staffing study.
public struct Recommendation: Sendable, Codable, Equatable {
    /// One row of the trade-off table: a schedule, what it costs and how fast responders arrive in simulation.
    public struct Option: Sendable, Codable, Equatable {
        /// Name of the schedule, e.g. "Sized for 90% within 20 min".
        public var name: String
        /// Where the schedule comes from.
        public var source: String
        /// Teams working 40-hour weeks on a pooled 5-on/2-off roster.
        public var rosterTeams: Int
        /// Teams to hire so the roster is filled despite leave and training.
        public var teamsToHire: Int
        /// Responders to hire.
        public var respondersToHire: Int
        /// Team-hours on duty per week.
        public var teamHoursPerWeek: Int
        /// Hours of the week with at least one team on duty (168 = around the clock).
        public var hoursCoveredPerWeek: Int
        /// Fewest and most teams on duty in any hour of the week.
        public var fewestTeamsOnDuty: Int
        public var mostTeamsOnDuty: Int
        /// Simulated median minutes from call to responder arrival.
        public var medianResponseMinutes: Double
        /// Simulated 90th percentile of those minutes.
        public var p90ResponseMinutes: Double
        /// Share of calls waiting longer than ``Recommendation/waitThresholdMinutes`` (or handed back).
        public var shareWaitingOverThreshold: Double
        /// Average share of on-duty team time spent on calls.
        public var utilisation: Double
        /// Cost of the pre-launch phase for this many teams and responders.
        public var preLaunchBudget: Double
        /// Cost of the first year of operation for this many teams and responders.
        public var firstYearBudget: Double
        /// Whether the simulated 90th percentile meets the target.
        public var meetsTarget: Bool

        /// Creates an option.
        public init(name: String, source: String, rosterTeams: Int, teamsToHire: Int, respondersToHire: Int, teamHoursPerWeek: Int,
                    hoursCoveredPerWeek: Int, fewestTeamsOnDuty: Int, mostTeamsOnDuty: Int, medianResponseMinutes: Double,
                    p90ResponseMinutes: Double, shareWaitingOverThreshold: Double, utilisation: Double, preLaunchBudget: Double,
                    firstYearBudget: Double, meetsTarget: Bool) {
            self.name = name
            self.source = source
            self.rosterTeams = rosterTeams
            self.teamsToHire = teamsToHire
            self.respondersToHire = respondersToHire
            self.teamHoursPerWeek = teamHoursPerWeek
            self.hoursCoveredPerWeek = hoursCoveredPerWeek
            self.fewestTeamsOnDuty = fewestTeamsOnDuty
            self.mostTeamsOnDuty = mostTeamsOnDuty
            self.medianResponseMinutes = medianResponseMinutes
            self.p90ResponseMinutes = p90ResponseMinutes
            self.shareWaitingOverThreshold = shareWaitingOverThreshold
            self.utilisation = utilisation
            self.preLaunchBudget = preLaunchBudget
            self.firstYearBudget = firstYearBudget
            self.meetsTarget = meetsTarget
        }

        /// "around the clock" or "N hours a week".
        public var coverageText: String {
            hoursCoveredPerWeek >= 168 ? "around the clock (24 hours, 7 days)" : "\(hoursCoveredPerWeek) hours a week"
        }
    }

    /// The response-time target: share of calls reached within `targetMinutes`.
    public var targetShare: Double
    /// Minutes from call to responder arrival within which `targetShare` of calls must be reached.
    public var targetMinutes: Double
    /// Wait in minutes counted as too long in the trade-off table.
    public var waitThresholdMinutes: Double
    /// Responders per team.
    public var teamSize: Int
    /// How teams to hire follow from roster teams (the plan's hiring model), in words.
    public var hiringModel: String
    /// The budget phase called "first year" (the scenario's last phase).
    public var firstYearPhase: String
    /// The budget phase before launch (the scenario's first phase, when it has two or more).
    public var preLaunchPhase: String?
    /// Every option considered, cheapest first.
    public var options: [Option]
    /// Index of the chosen option in `options`.
    public var chosenIndex: Int
    /// Why this option: one plain sentence.
    public var reason: String
    /// Simulation replications and seed, for the record.
    public var replications: Int
    public var seed: UInt64
    /// The period each replication simulated, in words ("A year", or whole weeks when a large city's year was cut
    /// to bound the simulation); nil in summaries written before it was recorded.
    public var simulatedPeriod: String?

    /// The simulated period for a sentence: "a year" unless stated otherwise.
    public var simulatedPeriodText: String {
        let period = simulatedPeriod ?? "A year"
        return period.prefix(1).lowercased() + period.dropFirst()
    }

    /// Creates a recommendation.
    public init(targetShare: Double, targetMinutes: Double, waitThresholdMinutes: Double, teamSize: Int, hiringModel: String,
                firstYearPhase: String, preLaunchPhase: String?, options: [Option], chosenIndex: Int, reason: String,
                replications: Int, seed: UInt64) {
        self.targetShare = targetShare
        self.targetMinutes = targetMinutes
        self.waitThresholdMinutes = waitThresholdMinutes
        self.teamSize = teamSize
        self.hiringModel = hiringModel
        self.firstYearPhase = firstYearPhase
        self.preLaunchPhase = preLaunchPhase
        self.options = options
        self.chosenIndex = chosenIndex
        self.reason = reason
        self.replications = replications
        self.seed = seed
    }

    /// The chosen option.
    public var chosen: Option { options[min(max(chosenIndex, 0), options.count - 1)] }

    /// The target in words, e.g. "90% of calls reached within 20 minutes".
    public var targetText: String {
        "\(Format.trimmed(targetShare * 100))% of calls reached within \(Format.trimmed(targetMinutes)) minutes"
    }

    /// The trade-off table (`recommendation-options`): one row per option, the chosen one marked.
    public var table: ResultTable {
        let threshold = Format.trimmed(waitThresholdMinutes)
        return ResultTable(
            id: "recommendation-options", title: "Staffing options: teams, simulated response times and first-year cost",
            columns: [("option", "Option"), ("chosen", "Recommended"), ("roster_teams", "Teams on duty roster"),
                      ("teams_to_hire", "Teams to hire"), ("responders_to_hire", "Responders to hire"),
                      ("hours_covered_per_week", "Hours covered a week"), ("median_response_min", "Median arrival (min)"),
                      ("p90_response_min", "90th percentile arrival (min)"),
                      ("share_wait_over_\(threshold)", "Share waiting over \(threshold) min"),
                      ("utilisation", "Team time on calls"), ("first_year_budget", "First-year budget"),
                      ("meets_target", "Meets target")],
            rows: options.enumerated().map { index, o in
                [.text(o.name), .text(index == chosenIndex ? "yes" : ""), .integer(o.rosterTeams), .integer(o.teamsToHire),
                 .integer(o.respondersToHire), .integer(o.hoursCoveredPerWeek), .minutes(o.medianResponseMinutes, decimals: 1),
                 .minutes(o.p90ResponseMinutes, decimals: 1), .share(o.shareWaitingOverThreshold), .share(o.utilisation),
                 .money(o.firstYearBudget), .text(o.meetsTarget ? "yes" : "no")]
            },
            notes: ["Target: \(targetText). Each option is \(simulatedPeriodText) of calls drawn from this data's hourly demand, simulated \(replications) times (seed \(seed)); arrival = wait for a free team + travel.",
                    "Teams to hire: \(hiringModel). First-year budget: the \(firstYearPhase.lowercased()) phase of the scenario's budget for that many teams and responders.",
                    reason])
    }
}
