import Vocabulary

extension ScheduleComparison {
    /// The columns of the comparison, declared once: CSV key, heading and cell for one schedule and window.
    public enum Column: String, CaseIterable, Sendable {
        case schedule, window, teamHoursPerWeek = "team_hours_per_week", rosterTeams = "roster_teams", calls
        case medianResponse = "median_response_min", medianHalfWidth = "median_ci95_halfwidth"
        case p90Response = "p90_response_min", p90HalfWidth = "p90_ci95_halfwidth"
        case shareOverThreshold = "share_wait_over_threshold", shareHalfWidth = "share_ci95_halfwidth"
        case utilisation, handedBack = "handed_back", replications

        /// The heading people read (short: the comparison is printed on terminals).
        public var heading: String {
            switch self {
            case .schedule: "Schedule"
            case .window: "Window"
            case .teamHoursPerWeek: "Team-h/week"
            case .rosterTeams: "Teams"
            case .calls: "Calls"
            case .medianResponse: "Median (min)"
            case .medianHalfWidth: "±"
            case .p90Response: "P90 (min)"
            case .p90HalfWidth: "±"
            case .shareOverThreshold: "Over"
            case .shareHalfWidth: "±"
            case .utilisation: "Util."
            case .handedBack: "Handed back"
            case .replications: "Reps"
            }
        }

        func cell(_ row: Row, _ w: WindowSummary) -> Cell {
            switch self {
            case .schedule: .text(row.schedule)
            case .window: .text(w.window)
            case .teamHoursPerWeek: .integer(row.teamHoursPerWeek)
            case .rosterTeams: .integer(row.rosterTeams)
            case .calls: .number(w.calls.mean, decimals: 1)
            case .medianResponse: .minutes(w.medianResponse.mean, decimals: 2)
            case .medianHalfWidth: .minutes(w.medianResponse.halfWidth, decimals: 2)
            case .p90Response: .minutes(w.p90Response.mean, decimals: 2)
            case .p90HalfWidth: .minutes(w.p90Response.halfWidth, decimals: 2)
            case .shareOverThreshold: .share(w.shareOverThreshold.mean)
            case .shareHalfWidth: .share(w.shareOverThreshold.halfWidth)
            case .utilisation: .share(w.utilisation.mean)
            case .handedBack: .number(w.handedBack.mean, decimals: 1)
            case .replications: .integer(row.summary.replications)
            }
        }
    }

    /// One row per schedule and reporting window (`schedule-comparison`): means over replications with the
    /// half-widths of their 95% confidence intervals.
    /// - Parameters:
    ///   - windows: the windows to keep (all when nil), e.g. `["all day"]`.
    ///   - columns: the columns to show (all by default; the CSV has all).
    public func table(windows: [String]? = nil, columns: [Column] = Column.allCases) -> ResultTable {
        var rows: [[Cell]] = []
        for row in self.rows {
            for w in row.summary.windows where windows?.contains(w.window) ?? true {
                rows.append(columns.map { $0.cell(row, w) })
            }
        }
        return ResultTable(
            id: "schedule-comparison", title: "Response times by schedule (simulated, mean and 95% CI half-width over replications)",
            columns: columns.map { ($0.rawValue, $0.heading) }, rows: rows,
            notes: ["Response = wait for a free team + travel; over = share of calls waiting longer than the threshold or handed back to police.",
                    "Teams = 40-hour teams on a pooled 5-on/2-off roster; seed \(self.rows.first.map { "\($0.summary.seed)" } ?? Format.missing)."])
    }
}

extension StaffingStudy {
    /// The report's simulated response times, whole day (`staffing-response-times`).
    public var responseTimesTable: ResultTable {
        let threshold = Format.trimmed(options.waitThreshold)
        let rows: [[Cell]] = comparison.rows.compactMap { row in
            guard let day = row.summary.windows.first(where: { $0.window == "all day" }) else { return nil }
            return [.text(row.schedule), .integer(row.teamHoursPerWeek), .integer(row.rosterTeams),
                    .minutes(day.medianResponse.mean, decimals: 1), .minutes(day.p90Response.mean, decimals: 1),
                    .share(day.shareOverThreshold.mean), .share(day.utilisation.mean)]
        }
        return ResultTable(
            id: "staffing-response-times", title: "Simulated response times: the report's schedules and the optimised week",
            columns: [("schedule", "Schedule"), ("team_hours_per_week", "Team-hours per week"), ("teams", "Teams (roster)"),
                      ("median_response_min", "Median response (min)"), ("p90_response_min", "90th percentile (min)"),
                      ("share_wait_over_\(threshold)", "Share waiting over \(threshold) min"), ("utilisation", "Utilisation")],
            rows: rows,
            notes: ["\(options.simulatedPeriod(for: demand)) of calls drawn from this data's hourly demand, \(options.replications) replications, seed \(options.seed); response = wait for a free team + travel. Police today: median response \(MilwaukeeFigures.policeMedianResponse).",
                    "Schedules 1 and 2 are the report's Figure 13 (28 teams on a 5/7 rota); the optimised week is the cheapest schedule meeting the target in every hour."])
    }
}
