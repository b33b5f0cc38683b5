import CallRecords
import Screening
import Vocabulary

/// The report's recommendations chapter as data: for each topic the LEAP report makes a recommendation on
/// (hours, team composition, dispatch screening, direct line, joint response, documentation and evaluation,
/// oversight), the advice this data supports and the number behind it, with where that number comes from.
///
/// Computed from the analysis alone (plus the recommended staffing and the plan's calls per team shift when the
/// run made them), so it is testable without HTML and `summary.json` carries it.
public struct ProgramAdvice: Sendable, Equatable {
    /// One recommendation.
    public struct Item: Sendable, Equatable, Codable {
        /// Stable key: `hours`, `team`, `screening`, `direct-line`, `joint-response`, `evaluation`, `oversight`.
        public var id: String
        /// The topic in the report's words.
        public var topic: String
        /// What to do, in one or two sentences with the numbers in them.
        public var advice: String
        /// The number behind it, as printed.
        public var figure: String
        /// Where that number comes from.
        public var basis: String
    }

    /// Hours of service from the demand by hour of the day.
    public struct Hours: Sendable, Equatable {
        /// First hour (0-23) of the 16 consecutive hours with the most eligible calls (two 8-hour shifts).
        public var stagedStart: Int
        /// Share of eligible calls in those 16 hours.
        public var stagedShare: Double
        /// Eligible calls a day in the other 8 hours.
        public var uncoveredCallsPerDay: Double
        /// Eligible calls a day in the quietest hour.
        public var quietestHourCallsPerDay: Double
        /// The quietest hour (0-23).
        public var quietestHour: Int
        /// Calls a team handles in a shift (the plan's; one call an hour when there is no plan).
        public var callsPerTeamShift: Double
        /// Around the clock when the uncovered hours bring at least a team's shift of calls a day.
        public var aroundTheClock: Bool { uncoveredCallsPerDay >= callsPerTeamShift }
    }

    /// Calls of the eligible types and how many pass screening.
    public struct Screening: Sendable, Equatable {
        /// Citizen-initiated calls of the eligible types in the period.
        public var typeCalls: Int
        /// Of those, eligible at the catalogue's rates.
        public var eligibleCalls: Double
        /// Narratives of those types screened, and found free of red flags (0 when the export has none).
        public var narrativesScreened: Int
        public var narrativesEligible: Int
        /// Share passing at the catalogue's rates.
        public var catalogueShare: Double { typeCalls > 0 ? eligibleCalls / Double(typeCalls) : 0 }
        /// The screened narratives' eligible share and its 95% interval, when there are any.
        public var narrativeInterval: WilsonInterval? { narrativesScreened > 0 ? WilsonInterval(successes: narrativesEligible, trials: narrativesScreened) : nil }
    }

    public var hours: Hours
    public var skills: SkillNeeds
    public var screening: Screening
    /// Calls of the eligible types by source line (citizen-initiated), in ``CallSource/allCases`` order; all in
    /// `unknown` when the export does not record the line.
    public var callsBySource: [CallSource: Int]
    public var evaluation: EvaluationDataPlan
    /// Points inside the study area with two or more calls of the eligible types.
    public var repeatLocations: Int
    /// Days in the period, and the factor to a year (365 / days).
    public var days: Int
    /// The recommendations, in the report's order.
    public var items: [Item]

    /// The share of eligible-type calls whose line is known that came through `source`, or nil when none is known.
    public func sourceShare(_ source: CallSource) -> Double? {
        let known = callsBySource.filter { $0.key != .unknown }.values.reduce(0, +)
        return known > 0 ? Double(callsBySource[source] ?? 0) / Double(known) : nil
    }

    /// The item with this id.
    public func item(_ id: String) -> Item? { items.first { $0.id == id } }
}

extension DatasetAnalysis {
    /// The recommendations chapter's content.
    /// - Parameters:
    ///   - recommendation: the report's staffing answer, when the run made one (its schedule and target are quoted).
    ///   - callsPerTeamShift: calls a team handles in a shift (the plan's parameter), when there is a plan.
    public func programAdvice(recommendation: Recommendation? = nil, callsPerTeamShift: Double? = nil) -> ProgramAdvice {
        let days = max(summary.days, 1)
        let perYear = 365 / Double(days)
        let hours = hoursOfService(callsPerTeamShift: callsPerTeamShift ?? 8, days: days)
        let skills = skillNeeds()
        var screening = ProgramAdvice.Screening(typeCalls: 0, eligibleCalls: 0, narrativesScreened: 0, narrativesEligible: 0)
        var bySource: [CallSource: Int] = [:]
        for (e, t, rate) in eligible {
            screening.typeCalls += t.calls
            screening.eligibleCalls += Double(t.calls) * rate
            if let s = summary.narratives[e.code] { screening.narrativesScreened += s.screened; screening.narrativesEligible += s.eligible }
            for (i, source) in CallSource.allCases.enumerated() where t.bySource[i] > 0 { bySource[source, default: 0] += t.bySource[i] }
        }
        let plan = evaluationDataPlan()
        let repeats = summary.repeatLocations.filter { $0.calls >= 2 && $0.insideStudyArea }.count
        var advice = ProgramAdvice(hours: hours, skills: skills, screening: screening, callsBySource: bySource, evaluation: plan,
                                   repeatLocations: repeats, days: days, items: [])
        func n(_ value: Double) -> String { Format.number(value, decimals: 0) }
        func pct(_ value: Double) -> String { Format.percent(value) }
        let demandBasis = "eligible calls by hour of the day over \(Format.count(days)) days (Figures 11-12)"

        // Hours.
        let window = "\(Self.clock(hours.stagedStart)) to \(Self.clock(hours.stagedStart + 16))"
        var hoursAdvice = hours.aroundTheClock
            ? "Run the program around the clock. Two 8-hour shifts from \(window) would reach \(pct(hours.stagedShare)) of eligible calls, but the other 8 hours still bring \(Format.number(hours.uncoveredCallsPerDay, decimals: 1)) eligible calls a night, more than the \(Format.number(hours.callsPerTeamShift, decimals: 1)) a team handles in a shift; even the quietest hour (\(Self.clock(hours.quietestHour))) has \(Format.number(hours.quietestHourCallsPerDay, decimals: 1))."
            : "Start with two 8-hour shifts from \(window), which reach \(pct(hours.stagedShare)) of eligible calls, and add the night shift when volume grows: the other 8 hours bring \(Format.number(hours.uncoveredCallsPerDay, decimals: 1)) eligible calls a night, fewer than the \(Format.number(hours.callsPerTeamShift, decimals: 1)) a team handles in a shift."
        if let r = recommendation {
            hoursAdvice += " The recommended staffing schedule covers \(r.chosen.coverageText)."
        }
        advice.items.append(.init(id: "hours", topic: "Hours of service", advice: hoursAdvice,
                                  figure: "\(pct(hours.stagedShare)) of eligible calls in the busiest 16 hours; \(Format.number(hours.uncoveredCallsPerDay, decimals: 1)) a night outside them",
                                  basis: demandBasis + (callsPerTeamShift != nil ? "; calls per team shift from the scenario" : "; one call an hour per team without a plan")))

        // Team composition.
        let top = Array(skills.rows.prefix(2))
        let team: String
        if top.count == 2 {
            team = "Pair one responder with a background in \(top[0].skill.label.lowercased()) (\(pct(top[0].share)) of eligible calls) with one in \(top[1].skill.label.lowercased()) (\(pct(top[1].share))), and train both in the other. Hire for lived experience, ties to the neighbourhoods served and de-escalation skill rather than degrees."
        } else if let only = top.first {
            team = "Hire responders with a background in \(only.skill.label.lowercased()) (\(pct(only.share)) of eligible calls)."
        } else {
            team = "No eligible calls in this export to base the team's skills on."
        }
        advice.items.append(.init(id: "team", topic: "Team composition", advice: team,
                                  figure: skills.rows.map { "\($0.skill.label) \(pct($0.share))" }.joined(separator: "; "),
                                  basis: "Figure 8: eligible calls by the primary skill of their call type (Methods: primary skill by call type)"))

        // Dispatch screening.
        var screen = "Screen every call of the \(catalogue.eligibleEntries.count) eligible types with a written protocol before sending responders: at the catalogue's rates \(n(screening.eligibleCalls)) of \(Format.count(screening.typeCalls)) such calls (\(pct(screening.catalogueShare))) pass."
        var screenFigure = "\(pct(screening.catalogueShare)) of eligible-type calls pass screening"
        var screenBasis = "Figure 3: citizen-initiated calls of the eligible types × their eligibility rates"
        if let w = screening.narrativeInterval {
            let comparison = screening.catalogueShare < w.lower ? "more than" : screening.catalogueShare > w.upper ? "fewer than" : "consistent with"
            screen += " Screening this export's own narratives, \(pct(w.share)) of \(Format.count(screening.narrativesScreened)) had no red flag (95% interval \(pct(w.lower)) to \(pct(w.upper))): \(comparison) the catalogue's rate. Review a sample by hand before changing the rates."
            screenFigure += " (catalogue); \(pct(w.share)) (this data's narratives)"
            screenBasis += "; the narrative screener on a uniform sample of this export's narratives"
        }
        advice.items.append(.init(id: "screening", topic: "Dispatch screening", advice: screen, figure: screenFigure, basis: screenBasis))

        // Direct line.
        let direct: ProgramAdvice.Item
        if let nonEmergency = advice.sourceShare(.nonEmergency), let emergency = advice.sourceShare(.emergency911) {
            let existing = advice.sourceShare(.directLine) ?? 0
            direct = .init(id: "direct-line", topic: "Direct line",
                           advice: "Publish a direct number that reaches the same call-takers but flags the caller's wish for responders, not police. Today \(pct(emergency)) of eligible-type calls come through 911 and \(pct(nonEmergency)) through the non-emergency line" + (existing > 0 ? ", and \(pct(existing)) already through a direct line." : ": callers who avoid police have no line of their own."),
                           figure: "\(pct(nonEmergency)) of eligible-type calls on the non-emergency line", basis: "the source column: citizen-initiated calls of the eligible types with a known line")
        } else {
            direct = .init(id: "direct-line", topic: "Direct line",
                           advice: "Publish a direct number that reaches the same call-takers but flags the caller's wish for responders. This export does not record the line a call came in on, so its share cannot be measured yet: record the source line in CAD (Figure 19).",
                           figure: "not available: no source line in this export", basis: "the profile maps no source column, or it has no values")
        }
        advice.items.append(direct)

        // Joint response.
        let flagged = Double(screening.typeCalls) - screening.eligibleCalls
        let scaled = days < 360 ? " (scaled from \(Format.count(days)) days)" : ""
        var joint = "About \(n(flagged * perYear)) calls a year\(scaled) of the eligible types (\(pct(1 - screening.catalogueShare))) carry a red flag and go to police. Agree with police which of them get a joint response, the officer making the scene safe before responders engage, and train responders in the co-responder unit's safe-arrival protocol."
        if let w = screening.narrativeInterval {
            joint += " In this export's narratives, \(pct(1 - w.share)) of screened calls had a red flag or needed review."
        }
        advice.items.append(.init(id: "joint-response", topic: "Joint response", advice: joint,
                                  figure: "\(n(flagged * perYear)) red-flag calls of eligible types a year",
                                  basis: "Figure 3: eligible-type calls not passing screening, × 365 / \(Format.count(days)) days" + (screening.narrativeInterval != nil ? "; the narrative screener" : "")))

        // Documentation and evaluation.
        let missing = plan.missingFields.filter { $0 != .responderRecords }
        advice.items.append(.init(id: "evaluation", topic: "Documentation and evaluation",
                                  advice: "This export can already answer \(plan.answerable.count) of the \(plan.questions.count) evaluation questions (Figures 19-20). " + (missing.isEmpty ? "" : "Add to CAD: \(missing.map(\.rawValue).joined(separator: ", ")). ") + "Keep root causes, referrals and follow-ups in the responders' own records, joined to CAD by incident number, and engage a local evaluator before launch.",
                                  figure: "\(plan.answerable.count) of \(plan.questions.count) evaluation questions answerable now",
                                  basis: "the fields the profile mapped and the values this run counted (evaluation data plan)"))

        // Oversight.
        var oversight = "Set up a standing oversight body (implementation team, community members, police, dispatch, referral providers and the evaluator) that reviews each quarter"
        if let r = recommendation { oversight += " whether the target is met (\(r.targetText); simulated 90th percentile: \(Format.number(r.chosen.p90ResponseMinutes, decimals: 0)) minutes)," }
        oversight += " the calls screened out and why"
        if repeats > 0 { oversight += ", and the \(Format.count(repeats)) locations with repeated eligible-type calls" }
        oversight += "."
        advice.items.append(.init(id: "oversight", topic: "Oversight", advice: oversight,
                                  figure: recommendation.map { "target: \($0.targetText)" } ?? "\(Format.count(repeats)) repeat locations",
                                  basis: "the recommendation's response-time target; repeat locations inside the study area"))
        return advice
    }

    /// The 16 busiest consecutive hours of the day and what is left outside them.
    func hoursOfService(callsPerTeamShift: Double, days: Int) -> ProgramAdvice.Hours {
        let wh = eligibleByWeekHour
        let byHour = (0..<24).map { h in (0..<7).reduce(0.0) { $0 + wh[$1 * 24 + h] } }
        let total = byHour.reduce(0, +)
        var best = 0, bestSum = -1.0
        for start in 0..<24 {
            let sum = (0..<16).reduce(0.0) { $0 + byHour[(start + $1) % 24] }
            if sum > bestSum { best = start; bestSum = sum }
        }
        let quietest = byHour.indices.min { byHour[$0] < byHour[$1] } ?? 0
        return ProgramAdvice.Hours(stagedStart: best, stagedShare: total > 0 ? bestSum / total : 0,
                                   uncoveredCallsPerDay: (total - max(bestSum, 0)) / Double(days),
                                   quietestHourCallsPerDay: byHour[quietest] / Double(days), quietestHour: quietest,
                                   callsPerTeamShift: callsPerTeamShift)
    }

    /// An hour of the day as a clock time ("7am", "12pm", "12am"), wrapping past midnight.
    static func clock(_ hour: Int) -> String {
        let h = ((hour % 24) + 24) % 24
        return h == 0 ? "12am" : h < 12 ? "\(h)am" : h == 12 ? "12pm" : "\(h - 12)pm"
    }
}
