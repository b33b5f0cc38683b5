import Vocabulary
/// A published number next to the number Reroute computes from the same inputs.
public struct PublishedComparison: Sendable, Hashable, Codable {
    /// How the numbers are formatted.
    public enum Style: String, Sendable, Hashable, Codable {
        /// A count.
        case count
        /// One decimal.
        case decimal
        /// A share (printed as a percentage with one decimal).
        case share
        /// A share printed as a whole percentage.
        case wholePercent
        /// Dollars.
        case dollars
    }

    /// Which figure or table the number belongs to.
    public var figure: String
    /// What is compared.
    public var item: String
    /// The published number.
    public var published: Double
    /// Reroute's number.
    public var computed: Double
    /// Where the published number is printed.
    public var source: String
    /// Formatting.
    public var style: Style

    /// Computed minus published.
    public var difference: Double { computed - published }

    /// Whether the two agree at the published precision (the computed value, rounded as printed,
    /// equals the printed value).
    public var agrees: Bool { format(computed) == format(published) }

    /// Whether a one-decimal figure is off by at most one unit of its last digit (what rounded inputs allow).
    public var withinInputRounding: Bool {
        style == .decimal && abs((computed * 10).rounded() / 10 - published) <= 0.1 + 1e-6
    }

    /// Formats a value in this comparison's style.
    public func format(_ value: Double) -> String {
        switch style {
        case .count: Format.number(value)
        case .decimal: Format.number(value, decimals: 1)
        case .share: Format.percent(value)
        case .wholePercent: Format.percent(value, decimals: 0)
        case .dollars: Format.dollars(value)
        }
    }

    /// A value as a typed table cell in this comparison's style (written plainly to CSV).
    public func cell(_ value: Double) -> Cell {
        switch style {
        case .count: .number(value, decimals: 0)
        case .decimal: .number(value, decimals: 1)
        case .share, .wholePercent: .share(value)
        case .dollars: .money(value)
        }
    }

    /// The difference (computed minus published) as a typed table cell.
    public var differenceCell: Cell { cell(difference) }
}

extension Plan {
    /// Every published number of the scenario next to the computed one (empty when demand comes
    /// from an analysis folder, or options override the scenario: the published numbers describe other inputs).
    public var comparisons: [PublishedComparison] {
        guard usesPublishedDemand, scenario.overrides.isEmpty else { return [] }
        return comparisons(withDemandFromData: false)
    }

    /// Every published number of the scenario next to the computed one, also when the demand comes from an
    /// analysis of the same city's data (`withDemandFromData`): then a difference is a difference of data (another
    /// export of the year, the types counted, the method), not of arithmetic.
    public func comparisons(withDemandFromData: Bool) -> [PublishedComparison] {
        guard scenario.overrides.isEmpty, usesPublishedDemand || withDemandFromData else { return [] }
        var list: [PublishedComparison] = []
        let published = scenario.published
        func add(_ key: String, _ figure: String, _ item: String, _ computed: Double, _ style: PublishedComparison.Style) {
            guard let value = published[key] else { return }
            list.append(.init(figure: figure, item: item, published: value.value, computed: computed, source: value.source, style: style))
        }
        let v = volume
        add("citizen_initiated_calls", "Figure 3", "Citizen-initiated calls", v.citizenInitiatedCalls, .count)
        add("eligible_type_calls", "Figure 3", "Calls of the eligible types", v.eligibleTypeCalls, .count)
        add("eligible_rate", "Figure 3", "Share of those calls eligible", v.eligibleCalls / max(v.eligibleTypeCalls, 1), .share)
        add("eligible_calls", "Figure 4", "Eligible calls diverted from police", v.diverted, .count)
        add("eligible_share", "Figure 4", "Diverted share of citizen-initiated calls", v.diverted / max(v.citizenInitiatedCalls, 1), .share)
        add("officer_referrals", "Figure 4", "Officer referrals", v.officerReferrals, .count)
        add("new_calls", "Figure 4", "New calls", v.newCalls, .count)
        add("self_initiated", "Figure 4", "Self-initiated encounters", v.selfInitiated, .count)
        add("total_volume", "Figure 4", "Total program volume", v.total, .count)
        add("diverted_share_of_activity", "Figure 4", "Diverted calls' share of program activity", v.diverted / max(v.total, 1), .wholePercent)
        add("police_calls", "Figure 6", "Calls with police time", policeTime.callsWithTime, .count)
        add("police_hours", "Figure 6", "Police hours saved", policeTime.hours, .count)
        add("police_minutes_per_call", "Figure 6", "Police minutes per call (published: median; computed: mean)", policeTime.averageMinutesPerCall, .decimal)
        add("calls_per_shift", "Responder Staffing", "Calls per 8-hour shift", callsPerShift.average, .decimal)
        for schedule in schedules {
            for shift in schedule.shifts {
                let prefix = "\(schedule.name) \(shift.label)"
                if let value = shift.published["capacity"] { list.append(.init(figure: "Figure 13", item: "\(prefix) call capacity", published: value, computed: shift.capacity, source: schedule.source, style: .decimal)) }
                if let value = shift.published["calls"] { list.append(.init(figure: "Figure 13", item: "\(prefix) calls", published: value, computed: shift.calls, source: schedule.source, style: .decimal)) }
                if let value = shift.published["unanswered"] { list.append(.init(figure: "Figure 13", item: "\(prefix) calls unanswered", published: value, computed: shift.unanswered, source: schedule.source, style: .decimal)) }
                if let value = shift.published["excess"] { list.append(.init(figure: "Figure 13", item: "\(prefix) excess capacity", published: value, computed: shift.excess, source: schedule.source, style: .decimal)) }
            }
        }
        add("team_shifts_per_day", "Figure 13", "On-duty team-shifts per day", Double(staffing.teamShiftsPerDay), .count)
        add("teams", "Figure 13", "Teams to hire (report model)", Double(staffing.reportTeams), .count)
        add("responders", "Responder Staffing", "Responders to hire (report model)", Double(staffing.reportResponders), .count)
        add("pilot_teams", "Responder Staffing", "Teams at \(Format.percent(pilot.capacity, decimals: 0)) capacity (report model)", Double(pilotStaffing.reportTeams), .count)
        if let calls = pilot.reportCalls {
            add("pilot_eligible_calls", "Figure 14", "Calls of the report's pilot call types", calls, .count)
            add("pilot_share", "Figure 14", "Their share of citizen-initiated calls", calls / max(v.citizenInitiatedCalls, 1), .share)
        }
        for phase in budget.phases {
            for (columnIndex, column) in budget.columns.enumerated() {
                let label = "\(phase.name) at \(Format.percent(column.capacity, decimals: 0))"
                for group in ["total", "personnel", "equipment", "training"] {
                    guard let values = phase.publishedTotals[group], columnIndex < values.count else { continue }
                    list.append(.init(figure: "Figure 21", item: "\(label): \(group) cost", published: values[columnIndex], computed: phase.total(group)[columnIndex], source: "Figure 21", style: .dollars))
                }
                for line in phase.lines where columnIndex < line.published.count {
                    list.append(.init(figure: "Figure 21", item: "\(label): \(line.name)", published: line.published[columnIndex], computed: line.amounts[columnIndex], source: line.source, style: .dollars))
                }
            }
            if let full = budget.columns.firstIndex(where: { abs($0.capacity - 1) < 1e-9 }) {
                let total = phase.total("total")[full]
                for line in phase.lines {
                    guard let share = phase.publishedShares[line.name], total > 0 else { continue }
                    list.append(.init(figure: "Figure 23", item: "\(phase.name) share: \(line.name)", published: share, computed: line.amounts[full] / total, source: "Figure 23", style: .share))
                }
            }
        }
        return list
    }

}
