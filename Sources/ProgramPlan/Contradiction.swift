import Vocabulary
/// A place where the source report disagrees with itself, or where a printed ratio does not give the
/// printed count. Reroute lists these instead of silently picking one number.
public struct Contradiction: Sendable, Hashable, Codable {
    /// Short topic, e.g. `Self-initiated ratio`.
    public var topic: String
    /// What disagrees, with the numbers and what Reroute uses.
    public var detail: String
    /// Whether this is a real contradiction (true) or a rounding-level note (false).
    public var isContradiction: Bool
}

extension Plan {
    /// Contradictions and rounding notes found in the scenario and the plan.
    public var contradictions: [Contradiction] {
        var list: [Contradiction] = []
        let v = volume
        // Stated ratios against the values that reproduce the published counts.
        let ratios: [(String, Parameter, String)] = [
            ("Officer referrals per 100", scenario.projection.officerReferralsPer100, "officer_referrals"),
            ("New calls per 100", scenario.projection.newCallsPer100, "new_calls"),
            ("Self-initiated encounters per 100", scenario.projection.selfInitiatedPer100, "self_initiated"),
        ]
        for (topic, parameter, key) in ratios {
            guard let stated = parameter.stated, abs(stated - parameter.value) > 1e-9 else { continue }
            let relative = abs(stated - parameter.value) / max(abs(parameter.value), 1e-9)
            var detail = "the text states \(Format.number(stated, decimals: 1)) per 100 diverted calls but Reroute uses \(Format.number(parameter.value, decimals: 2)) (source: \(parameter.source))."
            if let base = scenario.published["eligible_calls"], let count = scenario.published[key] {
                detail = "the text states \(Format.number(stated, decimals: 1)) per 100 diverted calls, which gives \(Format.number(base.value * stated / 100)) of the report's \(Format.number(base.value)) diverted calls; the published \(Format.number(count.value)) implies \(Format.number(count.value / base.value * 100, decimals: 2)) per 100. Reroute uses \(Format.number(parameter.value, decimals: 2)) (source: \(parameter.source))."
            }
            if !usesPublishedDemand {
                detail += " With this demand: \(Format.number(v.diverted * parameter.value / 100)) (at \(Format.number(stated, decimals: 1)) per 100: \(Format.number(v.diverted * stated / 100)))."
            }
            list.append(Contradiction(topic: topic, detail: detail, isContradiction: relative > 0.05))
        }
        // Competing totals.
        var alternatives: [(String, Parameter)] = [("Citizen-initiated calls", scenario.demand.citizenInitiatedCalls)]
        alternatives += scenario.demand.callTypes.map { ("Citizen-initiated \($0.label) calls", $0.citizenInitiatedCalls) }
        for (topic, parameter) in alternatives where usesPublishedDemand && !parameter.alternatives.isEmpty {
            let others = parameter.alternatives.map { "\(Format.number($0.value)) (\($0.source))" }.joined(separator: " and ")
            var detail = "\(Format.number(parameter.value)) (\(parameter.source)) vs \(others)."
            if topic == "Citizen-initiated calls", v.citizenInitiatedCalls > 0 {
                let shares = ([parameter.value] + parameter.alternatives.map(\.value)).map { Format.percent(v.diverted / $0) }
                detail += " The diverted share is \(shares.joined(separator: " / ")) on these totals. Reroute uses \(Format.number(parameter.value))."
            } else {
                detail += " Reroute uses \(Format.number(parameter.value)), the count whose eligible calls Figure 3 prints."
            }
            list.append(Contradiction(topic: topic, detail: detail, isContradiction: true))
        }
        if usesPublishedDemand, let rows = scenario.published["eligible_type_calls"], abs(rows.value - v.eligibleTypeCalls) > 0.5 {
            list.append(Contradiction(
                topic: "Calls of the eligible types",
                detail: "\(rows.source) prints \(Format.number(rows.value)) but its \(scenario.demand.callTypes.count) rows sum to \(Format.number(v.eligibleTypeCalls)); the printed \(Format.percent(v.eligibleCalls / v.eligibleTypeCalls)) eligible matches the row sum.",
                isContradiction: true))
        }
        // Police time over fewer types than are eligible.
        if policeTime.callsWithoutTime > 0 {
            let measured = policeTime.rows.filter { $0.hours != nil }.count
            let missing = policeTime.rows.filter { $0.hours == nil }.map(\.label).joined(separator: ", ")
            list.append(Contradiction(
                topic: "Police hours cover fewer call types",
                detail: "police time is computed over \(Format.number(policeTime.callsWithTime)) calls of \(measured) types while \(Format.number(v.diverted)) calls of \(policeTime.rows.count) types are diverted (no police time for \(missing)). At the average \(Format.number(policeTime.averageMinutesPerCall, decimals: 1)) min per call the \(Format.number(policeTime.callsWithoutTime)) missing calls would add \(Format.number(policeTime.hoursIncludingUnmeasured - policeTime.hours)) hours (\(Format.number(policeTime.hoursIncludingUnmeasured)) in all).",
                isContradiction: true))
        }
        // Figure 13 demand against the hourly profile.
        for schedule in schedules {
            for shift in schedule.shifts {
                guard let printed = shift.published["calls"] else { continue }
                if abs(printed - shift.calls) > 0.1 + 1e-6 {
                    var detail = "\(schedule.name) \(shift.label) (\(shift.hours)) demand is printed as \(Format.number(printed, decimals: 1)) calls a day while the hourly figures sum to \(Format.number(shift.calls, decimals: 1))."
                    if let capacity = shift.published["capacity"], let excess = shift.published["excess"],
                        abs((capacity - printed) - excess) > 0.05 + 1e-6, capacity > printed {
                        detail += " The row is also inconsistent with itself: capacity \(Format.number(capacity, decimals: 1)) - calls \(Format.number(printed, decimals: 1)) = \(Format.number(capacity - printed, decimals: 1)), not the printed excess \(Format.number(excess, decimals: 1))."
                    }
                    list.append(Contradiction(topic: "Figure 13 demand", detail: detail, isContradiction: true))
                }
            }
        }
        // Hourly profile against yearly eligible calls.
        let perDay = demand.hourlyCallsPerDay.reduce(0, +)
        if usesPublishedDemand, perDay > 0, abs(perDay * 365 - v.eligibleCalls) / v.eligibleCalls > 0.02 {
            var detail = "the hourly figures add up to \(Format.number(perDay, decimals: 1)) eligible calls a day (\(Format.number(perDay * 365)) a year) but there are \(Format.number(v.eligibleCalls)) eligible calls a year (\(Format.number(v.eligibleCalls / 365, decimals: 1)) a day)"
            if let weekday = demand.weekdayCallsPerDay {
                detail += "; the weekday figures average \(Format.number(weekday.reduce(0, +) / 7, decimals: 1)) a day"
            }
            detail += ". Schedules use the hourly figures as printed, so teams are sized for \(Format.percent(perDay * 365 / v.eligibleCalls - 1)) more calls than the volume projection."
            list.append(Contradiction(topic: "Hourly profile vs yearly volume", detail: detail, isContradiction: true))
        }
        // Leave: the report's own teams, and (on other demand) the same method on this data. `staffing` may be an
        // adopted choice, so the method's teams are sized again from the schedules.
        let method = scenario.staffing.hiring(teamShiftsPerDay: Double(schedules.map(\.teamShiftsPerDay).max() ?? 0))
        if method.leaveResponders > method.reportResponders {
            let daysOff = Format.number(method.reportShiftsPerResponder - method.leaveShiftsPerResponder)
            let published = scenario.published["teams"].map { Format.number($0.value) } ?? "its"
            var detail = "the report says its \(published) teams account for vacation, sick leave and training, but teams = on-duty team-shifts a day × 7/\(Format.number(scenario.staffing.shiftsPerWeek.value)) leaves no time off."
            if usesPublishedDemand {
                detail += " With \(daysOff) days off a year each responder works \(Format.number(method.leaveShiftsPerResponder, decimals: 1)) shifts, so \(method.leaveTeams) teams (\(method.leaveResponders) responders) are needed."
            } else {
                detail += " The same method on this data gives \(method.reportTeams) teams (\(Format.number(method.teamShiftsPerDay)) team-shifts a day); with \(daysOff) days off a year each that becomes \(method.leaveTeams) teams (\(method.leaveResponders) responders)."
            }
            list.append(Contradiction(topic: "Leave in the staffing estimate", detail: detail, isContradiction: true))
        }
        // Budget lines outside totals, and shares.
        for phase in budget.phases {
            let uncounted = phase.lines.filter { !$0.countedInTotal }
            if !uncounted.isEmpty {
                let names = uncounted.map(\.name).joined(separator: ", ")
                let corrected = zip(budget.columns, phase.total("total", countedOnly: false)).map { "\(Format.dollars($1)) at \(Format.percent($0.capacity, decimals: 0))" }.joined(separator: ", ")
                list.append(Contradiction(
                    topic: "\(phase.name) budget lines outside the total",
                    detail: "Figure 21 lists \(names) but its equipment subtotal and total leave \(uncounted.count == 1 ? "it" : "them") out; Reroute reproduces the published total and reports the total with every listed line: \(corrected).",
                    isContradiction: true))
            }
            if let full = budget.columns.firstIndex(where: { abs($0.capacity - 1) < 1e-9 }) {
                let total = phase.total("total")[full]
                for line in phase.lines {
                    guard let share = phase.publishedShares[line.name], total > 0 else { continue }
                    let computed = line.amounts[full] / total
                    if abs(computed - share) > 0.0015 {
                        list.append(Contradiction(
                            topic: "\(phase.name) share of \(line.name)",
                            detail: "Figure 23 prints \(Format.percent(share)) but \(Format.dollars(line.amounts[full])) of \(Format.dollars(total)) is \(Format.percent(computed)).",
                            isContradiction: true))
                    }
                }
            }
        }
        if usesPublishedDemand, let total = scenario.published["total_volume"], abs(total.value - v.total) / v.total > 0.02 {
            list.append(Contradiction(
                topic: "Total program volume",
                detail: "the text rounds the total to about \(Format.number(total.value)) calls, but its four parts sum to \(Format.number(v.total)).",
                isContradiction: false))
        }
        return list
    }
}
