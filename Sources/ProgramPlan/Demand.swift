import Vocabulary

/// The demand a plan is built on, per year: eligible calls by call type and by hour of day.
///
/// Built either from a scenario's published figures (``Demand/init(scenario:)``) or from an analysis of call
/// data handed over in memory (``Demand/init(analysed:)``), scaled from the analysed period to a year.
public struct Demand: Sendable {
    /// One eligible call type's yearly demand.
    public struct CallType: Sendable, Hashable {
        /// Normalised code, e.g. `TRBL W/SUBJ`.
        public var code: String
        /// Printed label.
        public var label: String
        /// Citizen-initiated calls per year.
        public var citizenInitiatedCalls: Double
        /// Share eligible after screening, with its source and the range uncertainty analysis varies it over.
        public var eligibilityRate: Sourced<Double>
        /// Eligible calls per year.
        public var eligibleCalls: Double
        /// Police time per call in minutes, when measured.
        public var policeMinutesPerCall: Double?
        /// Behavioural-health share, when known.
        public var behaviouralHealthShare: Double?

        /// Creates a call type's yearly demand.
        public init(
            code: String, label: String, citizenInitiatedCalls: Double, eligibilityRate: Sourced<Double>,
            eligibleCalls: Double, policeMinutesPerCall: Double? = nil, behaviouralHealthShare: Double? = nil
        ) {
            self.code = code
            self.label = label
            self.citizenInitiatedCalls = citizenInitiatedCalls
            self.eligibilityRate = eligibilityRate
            self.eligibleCalls = eligibleCalls
            self.policeMinutesPerCall = policeMinutesPerCall
            self.behaviouralHealthShare = behaviouralHealthShare
        }
    }

    /// Where the demand comes from, shown in every output.
    public var origin: String
    /// Days covered by the source data.
    public var periodDays: Double
    /// Factor applied to counts to get a year (365 / days).
    public var annualScale: Double
    /// Citizen-initiated calls per year (all types).
    public var citizenInitiatedCalls: Double
    /// Eligible call types.
    public var callTypes: [CallType]
    /// Eligible calls per day in each hour 0-23.
    public var hourlyCallsPerDay: [Double]
    /// Eligible calls per day Monday…Sunday, if known.
    public var weekdayCallsPerDay: [Double]?
    /// Police hours per year as measured by the analysis (nil: computed from minutes per call).
    public var measuredPoliceHours: Double?

    /// Total eligible calls per year.
    public var eligibleCalls: Double { callTypes.reduce(0) { $0 + $1.eligibleCalls } }

    /// A sentence stating how the counts were scaled to a year.
    public var scalingStatement: String {
        if abs(annualScale - 1) < 1e-9 {
            return "Counts cover \(Format.number(periodDays, decimals: 0)) days and are used as yearly figures."
        }
        let scaled = "Counts cover \(Format.number(periodDays, decimals: 1)) days and are scaled to a year by 365/\(Format.number(periodDays, decimals: 1)) = \(Format.number(annualScale, decimals: 3))."
        // A short period gets a plan too, with this caveat: under four weeks, weekday and season are not averaged out.
        guard periodDays < 28 else { return scaled }
        return scaled + " Caveat: under 28 days of data; weekly and seasonal patterns are not averaged out, so treat yearly figures as rough."
    }

    /// Creates demand from its parts.
    public init(
        origin: String, periodDays: Double, annualScale: Double, citizenInitiatedCalls: Double,
        callTypes: [CallType], hourlyCallsPerDay: [Double], weekdayCallsPerDay: [Double]?,
        measuredPoliceHours: Double? = nil
    ) {
        self.origin = origin
        self.periodDays = periodDays
        self.annualScale = annualScale
        self.citizenInitiatedCalls = citizenInitiatedCalls
        self.callTypes = callTypes
        self.hourlyCallsPerDay = hourlyCallsPerDay
        self.weekdayCallsPerDay = weekdayCallsPerDay
        self.measuredPoliceHours = measuredPoliceHours
    }

    /// Demand from the scenario's own published figures (eligibility rates as the scenario resolved them
    /// from the catalogue).
    public init(scenario: Scenario) {
        let inputs = scenario.demand
        let scale = 365 / inputs.periodDays.value
        self.init(
            origin: "scenario \(scenario.name) (its own figures)", periodDays: inputs.periodDays.value,
            annualScale: scale, citizenInitiatedCalls: inputs.citizenInitiatedCalls.value * scale,
            callTypes: inputs.callTypes.map { type in
                CallType(
                    code: type.code, label: type.label, citizenInitiatedCalls: type.citizenInitiatedCalls.value * scale,
                    eligibilityRate: type.eligibilityRate.sourced,
                    eligibleCalls: type.citizenInitiatedCalls.value * type.eligibilityRate.value * scale,
                    policeMinutesPerCall: type.policeMinutesPerCall?.value,
                    behaviouralHealthShare: type.behaviouralHealthShare?.value)
            },
            hourlyCallsPerDay: inputs.hourlyCallsPerDay.values, weekdayCallsPerDay: inputs.weekdayCallsPerDay?.values)
    }

    /// Demand from an analysis of call data, handed over in memory: counts over the analysed period are
    /// scaled to a year by 365 / ``AnalysedDemand/periodDays``; hourly and weekday figures are already per day.
    /// Rates without a range get ``EligibilityRange``'s rule (a scenario's ranges replace it, see
    /// ``fillingGaps(from:)``).
    public init(analysed: AnalysedDemand) {
        let scale = 365 / analysed.periodDays
        self.init(
            origin: "\(analysed.origin) (\(analysed.first) to \(analysed.last))", periodDays: analysed.periodDays,
            annualScale: scale, citizenInitiatedCalls: analysed.citizenInitiatedCalls * scale,
            callTypes: analysed.callTypes.map { type in
                CallType(
                    code: type.code, label: type.label, citizenInitiatedCalls: type.citizenInitiatedCalls * scale,
                    eligibilityRate: EligibilityRange.ranged(type.eligibilityRate),
                    eligibleCalls: type.eligibleCalls * scale, policeMinutesPerCall: type.medianPoliceMinutes)
            },
            hourlyCallsPerDay: analysed.hourlyCallsPerDay, weekdayCallsPerDay: analysed.weekdayCallsPerDay,
            measuredPoliceHours: analysed.measuredPoliceHours.map { $0 * scale })
    }
}
