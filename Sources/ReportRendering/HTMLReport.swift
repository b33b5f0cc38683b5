import Foundation
import CallRecords
import CallCatalogue
import CallAnalysis
import Geography
import ProgramPlan
import Vocabulary

/// One boundary layer for the report's maps: its regions' outlines and the calls counted in them.
public struct ReportLayer: Sendable {
    public var summary: LayerSummary
    public var layer: BoundaryLayer
    public init(summary: LayerSummary, layer: BoundaryLayer) {
        self.summary = summary
        self.layer = layer
    }
}

/// Everything the HTML report draws from.
public struct ReportContent: Sendable {
    public var title: String
    public var analysis: DatasetAnalysis
    /// The analysis tables, as written beside the report.
    public var tables: [ResultTable]
    /// The program plan built on this analysis, when one was made.
    public var plan: PlanReport?
    /// Staffing and simulated response-time tables, when available.
    public var staffing: [ResultTable]
    /// The one staffing answer, when the run made both a plan and a staffing study. The summary cards, the
    /// recommendation chapter and the budget all state its numbers.
    public var recommendation: Recommendation?
    /// The recommendations chapter's content, as summary.json carries it; computed from the rest when nil.
    public var advice: ProgramAdvice?
    public var layers: [ReportLayer]
    /// Input files, profile and other facts for the title page and methods section.
    public var about: [(String, String)]
    /// When the report was made (shown in the footer; pass a fixed value for reproducible files).
    public var generated: String

    public init(title: String, analysis: DatasetAnalysis, tables: [ResultTable], plan: PlanReport?, staffing: [ResultTable] = [],
                recommendation: Recommendation? = nil, advice: ProgramAdvice? = nil, layers: [ReportLayer], about: [(String, String)], generated: String) {
        self.recommendation = recommendation
        self.advice = advice
        self.title = title
        self.analysis = analysis
        self.tables = tables
        self.plan = plan
        self.staffing = staffing
        self.layers = layers
        self.about = about
        self.generated = generated
    }
}

/// Renders the report as one self-contained HTML file: inline CSS and SVG, nothing fetched.
///
/// Its chapters follow the Milwaukee report: summary, categories, eligible volume, projection,
/// response and police time, outcomes, behavioural health, demand by weekday and hour, staffing,
/// geography, budget, methods and parameters, data quality, appendices.
public struct HTMLReport {
    public var content: ReportContent

    public init(content: ReportContent) { self.content = content }

    /// The chapters in order: (id, title). Tests check that each is present.
    public static let chapters: [(id: String, title: String)] = [
        ("summary", "Summary"), ("recommendation", "Recommendation"), ("recommendations", "Recommendations"), ("categories", "What citizens call about"), ("eligible", "Calls community responders could take"),
        ("projection", "Projected program volume"), ("response", "Response times and police time"), ("outcomes", "Outcomes of eligible calls"),
        ("behavioural-health", "Behavioural health"), ("demand", "When the calls come"), ("staffing", "Schedules and staffing"),
        ("geography", "Where the calls come from"), ("budget", "Budget"), ("methods", "Methods and parameters"),
        ("data-quality", "Data quality"), ("appendices", "Appendices"), ("glossary", "Glossary"),
    ]

    func table(_ id: String) -> ResultTable? { content.tables.first { $0.id == id } }
    func planTable(_ id: String) -> ResultTable? { content.plan?.reportFolderTables.first { $0.id == "plan/" + id } }

    /// The whole document.
    public func render() -> String {
        var body = ""
        body += titlePage()
        body += chapter("summary", summary())
        body += chapter("recommendation", recommendation())
        body += chapter("recommendations", recommendations())
        body += chapter("categories", categories())
        body += chapter("eligible", eligible())
        body += chapter("projection", projection())
        body += chapter("response", response())
        body += chapter("outcomes", outcomes())
        body += chapter("behavioural-health", behaviouralHealth())
        body += chapter("demand", demand())
        body += chapter("staffing", staffing())
        body += chapter("geography", geography())
        body += chapter("budget", budget())
        body += chapter("methods", methods())
        body += chapter("data-quality", dataQuality())
        body += chapter("appendices", appendices())
        body += chapter("glossary", glossary())
        body += "<footer>Made by Reroute \(HTML.escape(RerouteVersion.current)) on \(HTML.escape(content.generated)). Every number is traceable: the tables are beside this file as CSV and JSON, and the workbook holds them all with their parameters and sources.</footer>"
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <title>\(HTML.escape(content.title))</title>
        <style>
        \(ReportStyle.css)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    func chapter(_ id: String, _ inner: String) -> String {
        let title = Self.chapters.first { $0.id == id }?.title ?? id
        let number = (Self.chapters.firstIndex { $0.id == id } ?? 0) + 1
        return "<section class=\"chapter\" id=\"\(id)\" aria-labelledby=\"h-\(id)\"><h2 id=\"h-\(id)\">\(number). \(HTML.escape(title))</h2>\n\(inner)\n</section>\n"
    }

    func figure(_ svg: String, caption: String) -> String {
        "<figure>\(svg)<figcaption>\(HTML.escape(caption))</figcaption></figure>"
    }

    func absent(_ text: String) -> String { "<div class=\"absent\">\(HTML.escape(text))</div>" }

    // MARK: title and summary

    func titlePage() -> String {
        let a = content.analysis
        var out = "<header><h1>\(HTML.escape(content.title))</h1>"
        out += "<p class=\"subtitle\">Calls for service \(HTML.escape(period(a))) · profile \(HTML.escape(a.ingest.profile)) · catalogue \(HTML.escape(a.catalogue.city))</p></header>"
        out += "<nav class=\"toc\" aria-label=\"Contents\"><strong>Contents</strong><ol>"
        for c in Self.chapters { out += "<li><a href=\"#\(c.id)\">\(HTML.escape(c.title))</a></li>" }
        out += "</ol></nav>"
        return out
    }

    func period(_ a: DatasetAnalysis) -> String {
        guard let f = a.summary.firstCreated, let l = a.summary.lastCreated else { return "(no calls)" }
        let first = LocalTime(milliseconds: f).description.prefix(10), last = LocalTime(milliseconds: l).description.prefix(10)
        return "\(first) to \(last) (\(a.summary.days) days)"
    }

    func summary() -> String {
        let a = content.analysis
        let eligible = a.eligibleByWeekHour.reduce(0, +)
        let citizen = a.summary.citizenCalls
        let yearScale = a.summary.days > 0 ? 365.0 / Double(a.summary.days) : 1
        var cards: [(String, String)] = [
            (Cell.integer(citizen).displayText, "citizen-initiated calls in the data"),
            (Cell.number(eligible, decimals: 0).displayText, "calls community responders could take"),
            (Cell.share(citizen > 0 ? eligible / Double(citizen) : .nan).displayText, "of citizen-initiated calls"),
        ]
        if let hours = table("fig06-police-time")?.value(row: "TOTAL", column: "total_police_hours")?.doubleValue {
            cards.append((Cell.number(hours, decimals: 0).displayText, "police hours on those calls"))
        }
        if let response = table("fig05-response-times")?.value(row: "TOTAL", column: "median_response_min")?.doubleValue {
            cards.append((Cell.number(response, decimals: 1).displayText + " min", "median police response today"))
        }
        var recommended: [(key: String, value: String, label: String)] = []
        if let r = content.recommendation {
            let o = r.chosen
            recommended = [
                ("teams", Cell.integer(o.teamsToHire).displayText, "teams of \(r.teamSize) to hire (recommended)"),
                ("responders", Cell.integer(o.respondersToHire).displayText, "responders to hire"),
                ("p90", Self.minutes(o.p90ResponseMinutes), "simulated 90th-percentile arrival (target: \(Format.trimmed(r.targetMinutes)) min)"),
                ("budget", Self.money(o.firstYearBudget), "\(r.firstYearPhase.lowercased()) budget"),
            ]
        } else if let plan = content.plan?.plan {
            cards.append((Cell.integer(plan.staffing.teams).displayText, "two-person teams to hire (\(Cell.integer(plan.staffing.responders).displayText) responders)"))
        }
        if let plan = content.plan?.plan {
            cards.append((Cell.number(plan.volume.total, decimals: 0).displayText, "program calls a year, with referrals, new and self-initiated calls"))
        }
        var out = "<div class=\"headline\">" + cards.map { "<div><span class=\"value\">\(HTML.escape($0.0))</span><span class=\"label\">\(HTML.escape($0.1))</span></div>" }.joined()
            + recommended.map { "<div class=\"recommended\"><span class=\"value\" data-rec=\"\($0.key)\">\(HTML.escape($0.value))</span><span class=\"label\">\(HTML.escape($0.label))</span></div>" }.joined() + "</div>"
        if let r = content.recommendation {
            out += "<p class=\"decision\"><strong>Recommendation.</strong> " + recommendationSentence(r) + " <a href=\"#recommendation\">How it was chosen</a>.</p>"
        }
        // The program's design in brief: the first sentence of each recommendation, linked to its section.
        let items = advice.items
        if !items.isEmpty {
            out += "<p><strong>The program in brief</strong> (<a href=\"#recommendations\">recommendations</a>):</p><ul class=\"brief\">"
                + items.map { item in
                    let first = item.advice.range(of: ". ").map { String(item.advice[..<$0.lowerBound]) + "." } ?? item.advice
                    return "<li><a href=\"#advice-\(HTML.escape(item.id))\">\(HTML.escape(item.topic))</a>: \(HTML.escape(first))</li>"
                }.joined() + "</ul>"
        }
        var text = "Of \(Cell.integer(citizen).displayText) citizen-initiated calls over \(period(a)), about \(Cell.number(eligible, decimals: 0).displayText) (\(Cell.share(citizen > 0 ? eligible / Double(citizen) : .nan).displayText)) fall in the \(a.catalogue.eligibleEntries.count) call types a community-responder team could take after screening, at the eligibility rates of the \(a.catalogue.city) catalogue."
        if a.summary.days < 360 { text += " Over a year that is about \(Cell.number(eligible * yearScale, decimals: 0).displayText) calls (scaled by 365 / \(a.summary.days) days)." }
        out += HTML.p(text)
        if a.summary.days < 360 {
            out += "<div class=\"flag\"><strong>Short period: yearly figures are scaled.</strong> " + HTML.escape("This export covers \(a.summary.days) days. Every yearly figure in this report (program volume, police hours, budget inputs) is the period's count × 365 / \(a.summary.days) = \(Format.number(yearScale, decimals: 1)), which assumes the rest of the year looks like these days: calls for service vary by season (summer evenings are busier), so read yearly totals as rough until a full year of data is analysed. Staffing uses demand per hour of the week, which a short period estimates with more noise, not bias.") + "</div>"
        }
        let absentTypes = a.catalogue.eligibleEntries.filter { (a.summary.citizen[$0.code]?.calls ?? 0) == 0 }.map(\.label)
        if !absentTypes.isEmpty {
            out += HTML.p("No calls of \(absentTypes.count) eligible call type\(absentTypes.count == 1 ? "" : "s") of the catalogue appear in this export (\(absentTypes.joined(separator: ", "))): either the city codes them differently or the period is too short. Eligible volume counts only the types present.", cls: "note")
        }
        if let top = table("fig03-eligible-volume")?.rows.dropFirst(2).sorted(by: { ($0[5].doubleValue ?? 0) > ($1[5].doubleValue ?? 0) }).prefix(3) {
            out += HTML.p("The largest eligible types are " + top.map { "\($0[1].displayText) (\($0[5].displayText))" }.joined(separator: ", ") + ".")
        }
        if let f11 = table("fig11-hourly") {
            let byHour = f11.rows.map { ($0[1].displayText, $0[3].doubleValue ?? 0) }
            if let peak = byHour.max(by: { $0.1 < $1.1 }), let low = byHour.min(by: { $0.1 < $1.1 }), low.1 > 0 {
                out += HTML.p("Demand peaks at \(peak.0) (\(Cell.number(peak.1, decimals: 1).displayText) eligible calls a day) and is lowest at \(low.0) (\(Cell.number(low.1, decimals: 1).displayText)): \(Cell.number(peak.1 / low.1, decimals: 1).displayText) times fewer.")
            }
        }
        return out
    }

    // MARK: recommendation

    static func minutes(_ value: Double) -> String { Cell.number(value, decimals: 0).displayText + " min" }
    static func money(_ value: Double) -> String { Format.dollars(value) }

    /// One value of the recommendation inside running text, marked so tests can compare it with the cards.
    func marked(_ key: String, _ text: String) -> String { "<span data-rec-text=\"\(key)\">\(HTML.escape(text))</span>" }

    /// The recommendation in one paragraph (HTML), every number marked.
    func recommendationSentence(_ r: Recommendation) -> String {
        let o = r.chosen
        var text = "Hire " + marked("teams", Cell.integer(o.teamsToHire).displayText) + " teams of \(r.teamSize) ("
            + marked("responders", Cell.integer(o.respondersToHire).displayText) + " responders) and run them "
            + HTML.escape(o.coverageText) + ", \(o.fewestTeamsOnDuty == o.mostTeamsOnDuty ? "with \(o.mostTeamsOnDuty)" : "with \(o.fewestTeamsOnDuty) to \(o.mostTeamsOnDuty)") teams on duty as demand rises and falls (the option “"
            + HTML.escape(o.name) + "”). Simulating " + HTML.escape(r.simulatedPeriodText) + " of this data's calls, responders reach half the calls within "
            + HTML.escape(Self.minutes(o.medianResponseMinutes)) + " and 90% within " + marked("p90", Self.minutes(o.p90ResponseMinutes))
            + (o.meetsTarget ? ", meeting the target of " : ", short of the target of ") + HTML.escape(r.targetText) + "; "
            + HTML.escape(Cell.share(o.shareWaitingOverThreshold).displayText) + " of calls wait over \(Format.trimmed(r.waitThresholdMinutes)) minutes. The "
            + HTML.escape(r.firstYearPhase.lowercased()) + " costs " + marked("budget", Self.money(o.firstYearBudget))
        if let pre = r.preLaunchPhase, o.preLaunchBudget > 0 {
            text += ", after " + HTML.escape(Self.money(o.preLaunchBudget)) + " for the " + HTML.escape(pre.lowercased()) + " phase"
        }
        return text + "."
    }

    func recommendation() -> String {
        guard let r = content.recommendation else {
            return absent("No recommendation: it needs both the program plan and the staffing simulation (run without --no-plan and --no-staffing).")
        }
        var out = "<p class=\"decision\">" + recommendationSentence(r) + "</p>"
        out += HTML.p(r.reason)
        let options = r.options
        let svg = ChartKit.groupedBars(title: "Simulated arrival time by staffing option",
                                       description: "Median and 90th-percentile minutes from call to responder arrival for each option, fewest teams first; the target is \(r.targetText).",
                                       categories: options.map { "\($0.teamsToHire) teams: \($0.name)" },
                                       series: [("Median", options.map { $0.medianResponseMinutes }), ("90th percentile", options.map { $0.p90ResponseMinutes })],
                                       format: .decimal(0), valueLabel: "Minutes to arrival", horizontal: true)
        out += figure(svg, caption: "Staffing options: simulated minutes to arrival (target: 90th percentile within \(Format.trimmed(r.targetMinutes)) minutes).")
        out += HTML.table(r.table)
        if let plan = content.plan?.plan {
            let method = plan.scenario.staffing.hiring(teamShiftsPerDay: Double(plan.schedules.map(\.teamShiftsPerDay).max() ?? 0))
            out += HTML.p("LEAP's own method sizes each shift from calls per shift (\(Format.number(plan.callsPerShift.average, decimals: 1)) calls a team handles in a shift, from peer programs): on this data that is \(Cell.integer(method.reportTeams).displayText) teams with no time off, or \(Cell.integer(method.leaveTeams).displayText) once vacation, holidays, sick leave and training are allowed for. Averages hide the peaks: the table shows how long calls wait with those teams. Reroute sizes the recommended schedule hour by hour for the target (Erlang C, then exact shift optimisation), checks it by simulation, and hires for it with the same leave allowance: \(r.hiringModel).", cls: "note")
        }
        return out
    }

    // MARK: chapters

    func categories() -> String {
        guard let f1 = table("fig01-categories") else { return absent("No category table.") }
        let rows = f1.rows.dropFirst()
        let svg = ChartKit.bars(title: "Citizen-initiated calls by category", description: "Share of citizen-initiated calls in each category of the catalogue.",
                                categories: rows.map { $0[0].displayText }, values: rows.map { $0[2].doubleValue ?? 0 }, format: .percent(1),
                                valueLabel: "Share of citizen-initiated calls (%)", horizontal: true)
        return figure(svg, caption: "Figure 1. Nature of citizen-initiated calls.") + HTML.table(f1)
    }

    func eligible() -> String {
        guard let f3 = table("fig03-eligible-volume") else { return absent("No eligible-volume table.") }
        let rows = f3.rows.dropFirst(2)
        let svg = ChartKit.bars(title: "Community-responder-eligible calls by call type", description: "Eligible calls per type: citizen-initiated calls times the eligibility rate.",
                                categories: rows.map { $0[1].displayText }, values: rows.map { $0[5].doubleValue ?? 0 }, format: .integer,
                                valueLabel: "Eligible calls", horizontal: true)
        return HTML.p("Each eligible call type is screened: only the share without red flags (weapons, violence, urgent medical need, police-only actions) would go to responders. The rates come from the catalogue, each with its source.")
            + figure(svg, caption: "Figure 3. Community-responder-eligible call volume.") + HTML.table(f3, hiding: ["eligibility_source"])
            + screenedEligibility()
    }

    /// This data's narratives, screened: the eligible share per type with its interval beside the catalogue's rate.
    func screenedEligibility() -> String {
        guard let t = table("screened-eligibility") else {
            return HTML.p("The export has no call narratives, so the eligibility rates are the catalogue's; with narratives, Reroute screens them and shows a local estimate here.", cls: "note")
        }
        let svg = ChartKit.groupedBars(title: "Eligible share: screened narratives vs catalogue rate", description: "Share of each type's narratives free of red flags, beside the catalogue's eligibility rate.",
                                       categories: t.rows.map { $0[1].displayText },
                                       series: [("Screened narratives", t.rows.map { $0[5].doubleValue }), ("Catalogue rate", t.rows.map { $0[8].doubleValue })],
                                       format: .percent(0), valueLabel: "Eligible share (%)", horizontal: true)
        return "<h3>Screening this data's narratives</h3>" + figure(svg, caption: "Narrative screening against the catalogue's eligibility rates.") + HTML.table(t)
    }

    func projection() -> String {
        guard let plan = content.plan, let volume = planTable("fig04-volume") else {
            return absent("No program plan: run `reroute report` with --scenario (default milwaukee-2021) to include one.")
        }
        let v = plan.plan.volume
        let svg = ChartKit.bars(title: "Projected community-responder calls per year", description: "Calls diverted from police, officer referrals, new calls and self-initiated encounters.",
                                categories: ["Diverted from police", "Officer referrals", "New calls", "Self-initiated"],
                                values: [v.diverted, v.officerReferrals, v.newCalls, v.selfInitiated], format: .integer, valueLabel: "Calls per year", horizontal: true)
        var out = HTML.p("Scenario \(plan.plan.scenario.name): every parameter, its value and its source are listed under Methods; edit a copy of the scenario file to change them.")
        out += figure(svg, caption: "Figure 4. Estimated community-responder call volume per year.") + HTML.table(volume, hiding: ["basis"])
        if let capture = planTable("capture-rate") { out += HTML.table(capture) }
        if let mc = planTable("monte-carlo") { out += HTML.table(mc) }
        let published = ProgramPlanner.plan(scenario: plan.plan.scenario).contradictions.filter(\.isContradiction)
        if !published.isEmpty {
            out += "<div class=\"flag\"><strong>Where LEAP's report contradicts itself</strong> (its own published figures, checked by Reroute; this run's checks are in plan/contradictions.csv):<ul>"
                + published.map { "<li><strong>\(HTML.escape($0.topic))</strong>: \(HTML.escape($0.detail))</li>" }.joined() + "</ul></div>"
        }
        return out
    }

    func response() -> String {
        var out = ""
        if let f5 = table("fig05-response-times") {
            let rows = f5.rows.dropFirst()
            let svg = ChartKit.bars(title: "Median police response time by call type", description: "Median minutes from call start to arrival for each eligible type (the median of each call's total, as in the table).",
                                    categories: rows.map { $0[1].displayText }, values: rows.map { $0[4].doubleValue ?? 0 },
                                    format: .decimal(1), valueLabel: "Minutes", horizontal: true)
            out += figure(svg, caption: "Figure 5. Current median police response times (minutes): the median of each call's total time. The median time to dispatch and the median travel time in the table do not add up to it, because a median of sums is not a sum of medians.") + HTML.table(f5)
        } else {
            out += absent(content.analysis.absentTables["fig05-response-times"] ?? "Response times are not available.")
        }
        if let f6 = table("fig06-police-time") {
            let rows = f6.rows.dropFirst()
            let svg = ChartKit.bars(title: "Police hours spent on eligible calls", description: "Eligible calls times the median police time per call, by type.",
                                    categories: rows.map { $0[1].displayText }, values: rows.map { $0[6].doubleValue ?? 0 }, format: .integer,
                                    valueLabel: "Police hours", horizontal: true)
            out += figure(svg, caption: "Figure 6. Current police time spent on eligible calls.") + HTML.table(f6)
            out += policeTimeDifference(f6)
        } else {
            out += absent(content.analysis.absentTables["fig06-police-time"] ?? "Police time is not available.")
        }
        if let plan = planTable("fig06-police-time") { out += HTML.table(plan, caption: "Police time freed per year (program plan)") }
        return out
    }

    /// Reroute's police hours beside LEAP's method on the same calls and, for Milwaukee, beside the published total,
    /// with why they differ.
    func policeTimeDifference(_ f6: ResultTable) -> String {
        guard let ours = f6.value(row: "TOTAL", column: "total_police_hours")?.doubleValue,
              let calls = f6.value(row: "TOTAL", column: "calls")?.doubleValue else { return "" }
        var text = "This report counts \(Cell.number(ours, decimals: 0).displayText) police hours on \(Cell.number(calls, decimals: 0).displayText) eligible calls, from the median of each call's dispatch-to-clear time."
        if let leap = f6.value(row: "TOTAL", column: "leap_total_police_hours")?.doubleValue {
            text += " LEAP's method (median travel plus median time on scene, per type) gives \(Cell.number(leap, decimals: 0).displayText) hours on the same calls: a sum of medians is not the median of the sums."
        }
        // Published figures speak of the scenario's city: shown when the data is that city's (the plan's flag).
        if let report = content.plan, report.comparesDataWithPublished, case let plan = report.plan,
           let published = plan.scenario.published["police_hours"], let publishedCalls = plan.scenario.published["police_calls"] {
            text += " LEAP published \(Cell.number(published.value, decimals: 0).displayText) hours on \(Cell.number(publishedCalls.value, decimals: 0).displayText) calls (\(published.source)): its table leaves out eligible types that this report counts, and uses its own export of the year."
        }
        return HTML.p(text, cls: "note")
    }

    /// Under Figure 11, when the export is the scenario's city: LEAP's own hourly figures beside this report's,
    /// and why they differ (the published hourly figures do not add up to the published eligible calls).
    func publishedHourlyDifference(_ f11: ResultTable) -> String {
        guard let report = content.plan, report.comparesDataWithPublished, case let plan = report.plan,
              let eligible = plan.scenario.published["eligible_calls"]?.value, eligible > 0 else { return "" }
        let published = Demand(scenario: plan.scenario).hourlyCallsPerDay.reduce(0, +)
        let ours = f11.rows.compactMap { $0[3].doubleValue }.reduce(0, +)
        guard published > 0, ours > 0 else { return "" }
        return HTML.p("LEAP's Figure 11 adds up to \(Cell.number(published, decimals: 1).displayText) eligible calls a day (\(Cell.number(published * 365, decimals: 0).displayText) a year), \(Cell.share(published * 365 / eligible - 1).displayText) more than its own \(Cell.number(eligible, decimals: 0).displayText) eligible calls a year; this report's hourly figures add up to its own eligible calls (\(Cell.number(ours, decimals: 1).displayText) a day), so they run below LEAP's by about that much. The contradiction audit lists this.", cls: "note")
    }

    func outcomes() -> String {
        guard let f7 = table("fig07-outcomes") else { return absent(content.analysis.absentTables["fig07-outcomes"] ?? "No outcome data.") }
        let rows = f7.rows.filter { ($0[2].doubleValue ?? 0) > 0 }
        let svg = ChartKit.bars(title: "Outcomes of calls of the eligible types", description: "Share of calls ending in each outcome class.",
                                categories: rows.map { $0[1].displayText }, values: rows.map { $0[3].doubleValue ?? 0 }, format: .percent(1),
                                valueLabel: "Share of calls (%)", horizontal: true)
        return figure(svg, caption: "Figure 7. Outcomes of calls of the eligible types.") + HTML.table(f7)
    }

    /// Behavioural-health share: the report's Figure 9 shares per type (from narratives it read), applied to this data's eligible calls.
    func behaviouralHealthTable() -> ResultTable {
        let a = content.analysis
        var rows: [[Cell]] = []
        var mh = 0.0, su = 0.0, all = 0.0
        for e in a.catalogue.eligibleEntries {
            let calls = Double(a.summary.citizen[e.code]?.calls ?? 0) * (e.eligibilityRate?.value ?? 0)
            guard let m = e.published["figure9_mental_health_share"]?.value, let s = e.published["figure9_substance_use_share"]?.value else { continue }
            mh += calls * m; su += calls * s; all += calls
            rows.append([.text(e.label), .number(calls, decimals: 0), .share(m), .share(s), .share(max(0, 1 - m - s)), .number(calls * (m + s), decimals: 0)])
        }
        rows.insert([.text("Overall"), .number(all, decimals: 0), .share(all > 0 ? mh / all : .nan), .share(all > 0 ? su / all : .nan),
                     .share(all > 0 ? 1 - (mh + su) / all : .nan), .number(mh + su, decimals: 0)], at: 0)
        return ResultTable(id: "behavioural-health", title: "Share of eligible calls related to behavioural health", reference: "Figure 9",
                           columns: [("call_type", "Call type"), ("eligible_calls", "Eligible calls"), ("mental_health", "% mental health"),
                                     ("substance_use", "% substance use"), ("other", "% other"), ("behavioural_health_calls", "Behavioural-health calls")],
                           rows: rows, notes: ["Shares per type are the report's Figure 9 (LEAP's reading of call narratives); this data's eligible calls are weighted by them. Screening this city's own narratives (`reroute screen`) replaces them with local figures."])
    }

    func behaviouralHealth() -> String {
        let t = behaviouralHealthTable()
        let rows = t.rows.dropFirst()
        let svg = ChartKit.stackedBars(title: "Behavioural-health share of eligible calls by type", description: "Mental-health, substance-use and other shares per eligible type (report Figure 9).",
                                       categories: rows.map { $0[0].displayText },
                                       series: [("Mental health", rows.map { $0[2].doubleValue }), ("Substance use", rows.map { $0[3].doubleValue }), ("Other", rows.map { $0[4].doubleValue })],
                                       format: .percent(0), valueLabel: "Share of calls (%)", horizontal: true)
        return figure(svg, caption: "Figure 9. Share of calls related to behavioural health.") + HTML.table(t)
    }

    func demand() -> String {
        var out = ""
        if let f10 = table("fig10-weekday") {
            let svg = ChartKit.bars(title: "Eligible calls per day by day of week", description: "Average eligible calls on each day of the week.",
                                    categories: f10.rows.map { $0[1].displayText }, values: f10.rows.map { $0[4].doubleValue ?? 0 }, format: .decimal(0),
                                    valueLabel: "Average eligible calls per day", horizontal: false)
            out += figure(svg, caption: "Figure 10. Day-of-week analysis of eligible calls.") + HTML.table(f10)
        }
        if let f11 = table("fig11-hourly") {
            let svg = ChartKit.line(title: "Eligible calls per day by hour", description: "Average eligible calls per day in each hour of the day.",
                                    x: f11.rows.map { String(format: "%02d", Int($0[0].doubleValue ?? 0)) },
                                    series: [("Eligible calls per day", f11.rows.map { $0[3].doubleValue })], format: .decimal(1),
                                    xLabel: "Hour of the day (starting)", yLabel: "Eligible calls per day")
            out += figure(svg, caption: "Figures 11-12. Eligible calls per day by hour.") + HTML.table(f11)
            out += publishedHourlyDifference(f11)
        }
        if let wh = table("demand-week-hour") {
            let values: [[Double?]] = (0..<7).map { d in (0..<24).map { h in wh.rows[d * 24 + h][4].doubleValue } }
            let svg = ChartKit.heatMap(title: "Eligible calls by weekday and hour", description: "Average eligible calls in each hour of each weekday.",
                                       rows: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], columns: (0..<24).map { String(format: "%02d", $0) },
                                       values: values, format: .decimal(1), rowLabel: "Day of week", columnLabel: "Hour of the day")
            out += figure(svg, caption: "Eligible calls per hour of the week (average): the staffing demand.")
        }
        return out.isEmpty ? absent("No time-of-day data.") : out
    }

    func staffing() -> String {
        var out = ""
        if let plan = content.plan {
            if let perShift = planTable("calls-per-shift") { out += HTML.table(perShift) }
            if let schedules = planTable("fig13-schedules") {
                let shifts = plan.plan.schedules.flatMap { s in s.shifts.map { ("\(s.name) \($0.label)", $0) } }
                let svg = ChartKit.groupedBars(title: "Calls and team capacity per shift", description: "Calls per day against the capacity of the teams on each shift.",
                                               categories: shifts.map(\.0), series: [("Calls per day", shifts.map { $0.1.calls }), ("Team capacity", shifts.map { $0.1.capacity })],
                                               format: .decimal(1), valueLabel: "Calls per day", horizontal: false)
                out += figure(svg, caption: "Figure 13. Shift schedules: calls and capacity.") + HTML.table(schedules)
            }
            if let hire = planTable("staffing") { out += HTML.table(hire) }
            if let pilot = planTable("fig14-pilot") { out += HTML.table(pilot) }
        }
        for t in content.staffing { out += HTML.table(t) }
        return out.isEmpty ? absent("No staffing plan in this run.") : out
    }

    func geography() -> String {
        var out = ""
        if content.layers.isEmpty {
            out += absent("No boundaries were given: pass --boundaries FILE[:PROPERTY] (districts, neighbourhoods) to map the calls.")
        }
        var maps = ""
        for l in content.layers {
            let (regions, _, _) = content.analysis.eligibleByRegion(l.summary)
            let paths = l.layer.svgPaths(width: 560, height: 620)
            let value = Dictionary(uniqueKeysWithValues: l.layer.regionNames.enumerated().map { ($1, regions[$0]) })
            let districts = DatasetAnalysis.isDistrictLike(l.summary)
            let top = districts ? paths.map(\.region) : paths.sorted { (value[$0.region] ?? -1) > (value[$1.region] ?? -1) }.prefix(12).map(\.region)
            let svg = ChartKit.choropleth(title: "Eligible calls by \(districts ? "district" : "neighbourhood")",
                                          description: "Eligible calls in each region of \(l.summary.name), from the calls' coordinates.",
                                          regions: paths.map { ($0.region, $0.d, value[$0.region]) }, width: 560, height: 620, format: .integer,
                                          legendLabel: "Eligible calls", labelled: Set(top))
            maps += figure(svg, caption: districts
                ? "Figures 12 and 17. Eligible calls in each region of the \(l.summary.name) layer, each labelled; classes of equal width with rounded bounds, the number of regions in each in brackets."
                : "Map: eligible calls in each region of the \(l.summary.name) layer; the \(top.count) busiest are labelled where their names fit (every name is in the table and on hover).")
        }
        if !maps.isEmpty { out += "<div class=\"maps\">\(maps)</div>" }
        for l in content.layers {
            if let t = table("geo-\(l.summary.name)-ranked") { out += HTML.table(t, maxRows: 20) }
            if let t = table("geo-\(l.summary.name)-by-type"), l.summary.regionNames.count <= 12 { out += HTML.table(t) }
            if let t = table("geo-\(l.summary.name)-agreement") { out += t.notes.map { HTML.p($0, cls: "note") }.joined() }
            let outside = l.summary.outsideByType.values.reduce(0, +)
            if outside > 0 { out += HTML.p("\(Cell.integer(outside).displayText) calls fall outside every region of \(l.summary.name); they are listed in geo-\(l.summary.name)-outside.csv.", cls: "note") }
        }
        if let f16 = table("fig16-districts") { out += HTML.table(f16, caption: "Percent of eligible calls in each district, as stated in the data (Figure 16)") }
        if let r = table("repeat-locations") { out += HTML.table(r, maxRows: 15) }
        if let r = table("repeat-locations-outside") { out += HTML.table(r, maxRows: 10) }
        return out
    }

    func budget() -> String {
        guard let plan = content.plan, let f21 = planTable("fig21-budget") else { return absent("No budget: it comes with the program plan.") }
        var out = HTML.table(f21)
        if let shares = planTable("fig22-23-shares") {
            let full = plan.plan.budget.columns.firstIndex { abs($0.capacity - 1) < 1e-9 } ?? max(0, plan.plan.budget.columns.count - 1)
            for (index, phase) in plan.plan.budget.phases.enumerated() {
                let total = phase.total("total")[safe: full] ?? 0
                let lines = phase.lines.filter { $0.countedInTotal && ($0.amounts[safe: full] ?? 0) > 0 }
                guard total > 0, !lines.isEmpty else { continue }
                let svg = ChartKit.bars(title: "Budget breakdown: \(phase.name)", description: "Share of the \(phase.name.lowercased()) budget (\(Format.dollars(total))) in each line.",
                                        categories: lines.map(\.name), values: lines.map { ($0.amounts[safe: full] ?? 0) / total }, format: .percent(1),
                                        valueLabel: "Share of budget (%)", horizontal: true)
                out += figure(svg, caption: "Figure \(22 + index). Budget breakdown, \(phase.name.lowercased()): \(Format.dollars(total)).")
            }
            out += HTML.table(shares)
        }
        if let tornado = planTable("tornado") { out += HTML.table(tornado) }
        _ = plan
        return out
    }

    func methods() -> String {
        var out = HTML.p("Citizen-initiated calls are those not started by an officer: the source column says so, or the call type is officer activity in the catalogue. Eligible calls of a type are its citizen-initiated calls times its eligibility rate, the share of calls the source report's review of narratives found free of red flags. Medians are exact (counted per second). Calls are placed in regions by point-in-polygon on their coordinates.")
        out += "<table><caption>About this run</caption><tbody>" + content.about.map { "<tr><th scope=\"row\">\(HTML.escape($0.0))</th><td>\(HTML.escape($0.1))</td></tr>" }.joined() + "</tbody></table>"
        let params = content.analysis.rateParameters()
        out += "<table><caption>Eligibility rates and their sources</caption><thead><tr><th>Parameter</th><th class=\"num\">Value</th><th>Source</th></tr></thead><tbody>"
        out += params.map { "<tr><td>\(HTML.escape($0.name))</td><td class=\"num\">\(HTML.escape($0.value))</td><td>\(HTML.escape($0.source))</td></tr>" }.joined()
        out += "</tbody></table>"
        if let rules = table("fig08-skill-rules") { out += HTML.table(rules, caption: "Primary skill by call type: the rule for each eligible type (Figure 8)") }
        if let p = planTable("parameters") { out += HTML.table(p) }
        if let cmp = planTable("published-vs-computed"), !cmp.rows.isEmpty { out += HTML.table(cmp) }
        return out
    }

    func dataQuality() -> String {
        var out = ""
        for id in ["reconciliation", "data-quality"] { if let t = table(id) { out += HTML.table(t) } }
        for (id, reason) in content.analysis.absentTables.sorted(by: { $0.key < $1.key }) { out += absent("\(id): \(reason)") }
        if let u = table("unknown-call-types") {
            out += u.rows.isEmpty ? HTML.p("Every call type is in the catalogue.") : HTML.table(u, maxRows: 25)
        }
        if let s = table("sources") { out += HTML.table(s) }
        return out
    }

    func glossary() -> String {
        let terms: [(String, String)] = [
            ("Eligible call", "A call of a type community responders could take, counted after screening: a type's citizen-initiated calls × its eligibility rate, the share of that type's calls found free of red flags (weapons, violence, urgent medical need, police-only actions)."),
            ("Capture rate", "The share of eligible calls that actually reach responders once the program runs (some callers ask for police, some calls are screened out on the line, some arrive when every team is busy). Real programs report 20-46%."),
            ("Erlang C", "The queueing formula giving the chance that a call waits when calls arrive at random and a given number of teams, each busy for a known average time, serve them. Reroute uses it to find the fewest teams on duty in each hour of the week that reach the target share of calls in time."),
            ("90th percentile", "The time within which 90% of calls are reached: 10% wait longer. A median says what a typical caller waits; the 90th percentile says what the unlucky tenth wait, which is what a response-time target is about."),
            ("Simulation", "A year of calls (whole weeks of them, when a large city's year would exceed 250,000 calls) drawn at random from this data's demand in each hour of the week and dispatched to the teams on duty, several times with different random draws; the figures are averages over those runs."),
            ("Wilson interval", "A 95% confidence interval for a share (for example the eligible share of screened narratives) that stays sensible for small samples and shares near 0% or 100%."),
            ("Class breaks", "The bounds that split map values into colour classes. This report uses classes of equal width with rounded bounds, so equal colour steps mean equal differences in calls; the number of regions in each class is in brackets."),
            ("Pole of inaccessibility", "The point inside a region farthest from its edge, where its label is printed so it stays inside even odd-shaped regions."),
            ("Leave model", "Hiring enough responders that every shift is covered although each person takes vacation, holidays, sick days and training: the teams on the roster × the shifts each works a week, divided by the shifts one person actually works in a year."),
        ]
        return "<dl class=\"glossary\">" + terms.map { "<dt>\(HTML.escape($0.0))</dt><dd>\(HTML.escape($0.1))</dd>" }.joined() + "</dl>"
    }

    func appendices() -> String {
        var out = ""
        if let a1 = table("appendix1-call-types") { out += "<h3>Appendix 1: citizen-initiated calls by call type</h3>" + HTML.table(a1) }
        for l in content.layers where !DatasetAnalysis.isDistrictLike(l.summary) {
            if let t = table("geo-\(l.summary.name)-ranked") { out += "<h3>Appendix 2: eligible calls by neighbourhood (\(HTML.escape(l.summary.name)))</h3>" + HTML.table(t) }
        }
        return out
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
