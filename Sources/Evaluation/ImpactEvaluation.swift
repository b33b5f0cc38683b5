import Charts
import Vocabulary

/// One unit-month of the impact panel.
public struct PanelRow: Sendable, Equatable {
    /// The unit: a district, or a district's program hours / other hours when the program works set hours.
    public var unit: String
    /// The cluster of the standard errors: the district.
    public var cluster: String
    /// The month, as ``MonthKey/index(_:)``.
    public var period: Int
    public var isTreated: Bool
    /// Police dispatches to eligible calls in the unit and month.
    public var outcome: Double

    public init(unit: String, cluster: String, period: Int, isTreated: Bool, outcome: Double) {
        self.unit = unit
        self.cluster = cluster
        self.period = period
        self.isTreated = isTreated
        self.outcome = outcome
    }
}

/// A difference-in-differences evaluation of the program's effect on police dispatches to eligible calls, in the
/// design of Dee and Pyne's evaluation of Denver's STAR program: the program's districts (and hours) against the
/// others, months before against months after launch, with unit and month fixed effects, standard errors clustered
/// by district, and an event study of the months around launch.
///
/// The model is `y_ut = α_u + γ_t + β · treated_u · post_t + ε_ut`; the event study replaces `β · post_t` with one
/// coefficient per month relative to launch, the month before launch (−1) left out as the reference.
public struct ImpactEvaluation: Sendable {
    public var panel: [PanelRow]
    /// The launch month index (the first month of the "after" period).
    public var launchPeriod: Int

    public init(panel: [PanelRow], launchPeriod: Int) {
        self.panel = panel
        self.launchPeriod = launchPeriod
    }

    /// Builds the panel from the dashboard's terms (``ProgramDashboard/isPoliceDispatch(_:)``): every unit × month
    /// between the first and last month with an eligible call, zeros included.
    /// - Throws: ``EvaluationError/insufficientData(reason:)`` without a launch date or districts.
    public static func panel(from dashboard: ProgramDashboard) throws -> ImpactEvaluation {
        let settings = dashboard.settings
        guard let launch = settings.launch, let launchPeriod = MonthKey.index(launch.monthKey) else {
            throw EvaluationError.insufficientData(reason: "no launch date (YYYY-MM-DD) is set")
        }
        let programDistricts = Set(settings.programDistricts)
        var counts: [String: [Int: Int]] = [:]
        var units: [String: (cluster: String, treated: Bool)] = [:]
        var minPeriod = Int.max, maxPeriod = Int.min
        func unit(district: String, hour: Int?) -> String {
            guard let hours = settings.programHours else { return district }
            return district + ((hour.map(hours.contains(hour:)) ?? false) ? " (program hours)" : " (other hours)")
        }
        for district in Set(dashboard.eligibleCalls.compactMap(\.district)) {
            if settings.programHours == nil {
                units[district] = (district, programDistricts.contains(district))
            } else {
                units[district + " (program hours)"] = (district, programDistricts.contains(district))
                units[district + " (other hours)"] = (district, false)
            }
        }
        for call in dashboard.eligibleCalls {
            guard let district = call.district, let t = LocalTimeText(call.createdAt), let p = MonthKey.index(t.monthKey) else { continue }
            minPeriod = min(minPeriod, p)
            maxPeriod = max(maxPeriod, p)
            if dashboard.isPoliceDispatch(call) { counts[unit(district: district, hour: t.hour), default: [:]][p, default: 0] += 1 }
        }
        guard minPeriod <= maxPeriod else { throw EvaluationError.insufficientData(reason: "there are no eligible calls with a district and a time") }
        var rows: [PanelRow] = []
        for (name, info) in units.sorted(by: { $0.key < $1.key }) {
            for p in minPeriod...maxPeriod {
                rows.append(PanelRow(unit: name, cluster: info.cluster, period: p, isTreated: info.treated, outcome: Double(counts[name]?[p] ?? 0)))
            }
        }
        return ImpactEvaluation(panel: rows, launchPeriod: launchPeriod)
    }

    var units: [String] { Array(Set(panel.map(\.unit))).sorted() }
    var periods: [Int] { Array(Set(panel.map(\.period))).sorted() }

    /// Checks the design has treated and comparison units and months on both sides of launch.
    func checkDesign() throws {
        let treated = Set(panel.filter(\.isTreated).map(\.unit)), all = Set(panel.map(\.unit))
        if treated.isEmpty { throw EvaluationError.insufficientData(reason: "no unit is in the program's districts (check the program districts)") }
        if treated == all { throw EvaluationError.insufficientData(reason: "every unit is in the program; there is no comparison") }
        if !periods.contains(where: { $0 < launchPeriod }) { throw EvaluationError.insufficientData(reason: "no month before launch (\(MonthKey.key(launchPeriod)))") }
        if !periods.contains(where: { $0 >= launchPeriod }) { throw EvaluationError.insufficientData(reason: "no month after launch (\(MonthKey.key(launchPeriod)))") }
    }

    /// Rows of X for the fixed effects: intercept, unit dummies (first left out), period dummies (first left out).
    private func fixedEffects(_ row: PanelRow, units: [String], periods: [Int]) -> [Double] {
        var x = [1.0]
        x += units.dropFirst().map { $0 == row.unit ? 1 : 0 }
        x += periods.dropFirst().map { $0 == row.period ? 1 : 0 }
        return x
    }

    /// The difference-in-differences estimate.
    public struct Estimate: Sendable {
        public var effect: Double
        public var standardError: Double
        public var lower: Double
        public var upper: Double
        /// The treated units' mean monthly outcome before launch, for reading the effect as a share.
        public var treatedPreLaunchMean: Double
        public var observations: Int
        public var clusters: Int
        public var treatedUnits: Int
        public var comparisonUnits: Int
    }

    /// Fits the two-way fixed-effects difference in differences.
    /// - Throws: ``EvaluationError``.
    public func differenceInDifferences() throws -> Estimate {
        try checkDesign()
        let units = units, periods = periods
        let design = panel.map { fixedEffects($0, units: units, periods: periods) + [($0.isTreated && $0.period >= launchPeriod) ? 1 : 0] }
        let fit = try LeastSquares.fit(design: design, outcome: panel.map(\.outcome), clusters: panel.map(\.cluster))
        let j = design[0].count - 1
        let ci = fit.interval(j)
        let pre = panel.filter { $0.isTreated && $0.period < launchPeriod }.map(\.outcome)
        return Estimate(effect: fit.coefficients[j], standardError: fit.standardErrors[j], lower: ci.lower, upper: ci.upper,
                        treatedPreLaunchMean: pre.isEmpty ? 0 : pre.reduce(0, +) / Double(pre.count), observations: fit.observations,
                        clusters: fit.clusters, treatedUnits: Set(panel.filter(\.isTreated).map(\.unit)).count,
                        comparisonUnits: Set(panel.filter { !$0.isTreated }.map(\.unit)).count)
    }

    /// One event-study coefficient: months relative to launch, the estimate and its 95 % interval.
    public struct EventTime: Sendable {
        public var relativeMonth: Int
        public var effect: Double
        public var standardError: Double
        public var lower: Double
        public var upper: Double
    }

    /// The event study: one coefficient per month relative to launch, −1 the reference (reported as 0).
    public func eventStudy() throws -> [EventTime] {
        try checkDesign()
        let units = units, periods = periods
        let relative = periods.map { $0 - launchPeriod }.filter { $0 != -1 }
        let design = panel.map { row in
            fixedEffects(row, units: units, periods: periods) + relative.map { (row.isTreated && row.period - launchPeriod == $0) ? 1 : 0 }
        }
        let fit = try LeastSquares.fit(design: design, outcome: panel.map(\.outcome), clusters: panel.map(\.cluster))
        let first = design[0].count - relative.count
        var out = relative.enumerated().map { i, k -> EventTime in
            let ci = fit.interval(first + i)
            return EventTime(relativeMonth: k, effect: fit.coefficients[first + i], standardError: fit.standardErrors[first + i], lower: ci.lower, upper: ci.upper)
        }
        if periods.contains(launchPeriod - 1) { out.append(EventTime(relativeMonth: -1, effect: 0, standardError: 0, lower: 0, upper: 0)) }
        return out.sorted { $0.relativeMonth < $1.relativeMonth }
    }

    /// The panel as CSV (for the oracle and for analysts): unit, cluster, period, month, treated, post, y.
    public var panelCSV: String {
        CSVWriter.document(header: ["unit", "cluster", "period", "month", "treated", "post", "y"], rows: panel.map {
            [$0.unit, $0.cluster, String($0.period), MonthKey.key($0.period), $0.isTreated ? "1" : "0", $0.period >= launchPeriod ? "1" : "0", Format.plain($0.outcome)]
        })
    }

    /// The estimate as a table with its design stated.
    public static func table(_ e: Estimate, settings: EvaluationSettings) -> ResultTable {
        ResultTable(
            id: "impact-did", title: "Difference in differences: police dispatches to eligible calls",
            reference: "design after Dee and Pyne (2022), Denver STAR",
            columns: [("quantity", "Quantity"), ("value", "Value")],
            rows: [
                [.text("Effect per unit-month (dispatches)"), .number(e.effect, decimals: 2)],
                [.text("Cluster-robust standard error"), .number(e.standardError, decimals: 2)],
                [.text("95 % confidence interval, lower"), .number(e.lower, decimals: 2)],
                [.text("95 % confidence interval, upper"), .number(e.upper, decimals: 2)],
                [.text("Program units' pre-launch monthly mean"), .number(e.treatedPreLaunchMean, decimals: 1)],
                [.text("Effect as a share of that mean"), e.treatedPreLaunchMean > 0 ? .share(e.effect / e.treatedPreLaunchMean) : .empty],
                [.text("Unit-months"), .integer(e.observations)], [.text("Clusters (districts)"), .integer(e.clusters)],
                [.text("Program units"), .integer(e.treatedUnits)], [.text("Comparison units"), .integer(e.comparisonUnits)],
            ],
            notes: ["Outcome: police dispatches to eligible calls per unit and month (an eligible CAD call with a dispatch time that responders did not handle alone).",
                    "Model: unit and month fixed effects plus program × after-launch; ordinary least squares; CR1 standard errors clustered by district; t reference with clusters − 1 degrees of freedom. With few districts the interval is approximate.",
                    "Reported crimes are not evaluated: no crime data has been imported."],
            parameters: [Parameter(name: "launch date", value: settings.launchDate, source: "program settings (reroute serve --launch-date)"),
                         Parameter(name: "program districts", value: settings.programDistricts.joined(separator: ", "), source: "program settings (reroute serve --program-districts)")])
    }

    /// The event study as an SVG line chart: the estimate and its 95 % interval by month relative to launch.
    public static func chart(_ events: [EventTime]) -> String {
        LineChart(title: "Event study: police dispatches to eligible calls, program vs comparison units",
                  description: "Difference between program and comparison units in police dispatches to eligible calls per unit-month, relative to the month before launch, with 95 % confidence intervals.",
                  xValues: events.map { Double($0.relativeMonth) },
                  series: [ChartSeries(name: "Estimate", values: events.map(\.effect)), ChartSeries(name: "95 % CI lower", values: events.map(\.lower)),
                           ChartSeries(name: "95 % CI upper", values: events.map(\.upper))],
                  xAxisLabel: "Months relative to launch (0 = launch month)", yAxisLabel: "Difference in dispatches per unit-month",
                  xFormat: .integer, yFormat: .decimal(1), id: "event-study").svg()
    }
}
