/// What an analysis of a calls-for-service export found about community-responder demand, as typed values:
/// the one input that the program plan and the staffing model take from an analysis, in memory.
///
/// `reroute report` builds it from the calls it has just read; `reroute plan --analysis DIR` and
/// `reroute staff --analysis DIR` read the same value back from the folder an earlier report wrote (the
/// folder's format has one owner, `AnalysisFolder` in the CallAnalysis module, which writes and reads it).
/// Counts cover the analysed period (``periodDays``); rates are per day or per hour of that period.
public struct AnalysedDemand: Sendable, Hashable, Codable {
    /// One eligible call type's demand over the period.
    public struct CallType: Sendable, Hashable, Codable {
        /// The catalogue's normalised code, e.g. `TRBL W/SUBJ`.
        public var code: String
        /// The printed label.
        public var label: String
        /// Citizen-initiated calls of this type in the period.
        public var citizenInitiatedCalls: Double
        /// The share eligible for community responders, with its source (the catalogue's rate).
        public var eligibilityRate: Sourced<Double>
        /// Eligible calls in the period (calls × rate).
        public var eligibleCalls: Double
        /// Median police minutes per call (dispatch to clear), when the export has the times.
        public var medianPoliceMinutes: Double?

        /// Creates a call type's demand.
        public init(code: String, label: String, citizenInitiatedCalls: Double, eligibilityRate: Sourced<Double>,
                    eligibleCalls: Double, medianPoliceMinutes: Double? = nil) {
            self.code = code
            self.label = label
            self.citizenInitiatedCalls = citizenInitiatedCalls
            self.eligibilityRate = eligibilityRate
            self.eligibleCalls = eligibleCalls
            self.medianPoliceMinutes = medianPoliceMinutes
        }
    }

    /// Where the demand comes from (the input files, or the analysis folder), shown in every output.
    public var origin: String
    /// First and last call time of the period, as printed.
    public var first: String
    /// Last call time of the period, as printed.
    public var last: String
    /// Days the period covers (> 0).
    public var periodDays: Double
    /// Citizen-initiated calls in the period (all types).
    public var citizenInitiatedCalls: Double
    /// The eligible call types.
    public var callTypes: [CallType]
    /// Average eligible calls in each of the 168 hours of the week (index `(weekday - 1) * 24 + hour`, Monday
    /// first): a rate in calls per hour.
    public var callsPerWeekHour: [Double]
    /// Eligible calls per day in each hour 0-23.
    public var hourlyCallsPerDay: [Double]
    /// Eligible calls per day Monday…Sunday, when every weekday occurs in the period.
    public var weekdayCallsPerDay: [Double]?
    /// Total police hours on the eligible types as measured, when the export has the times.
    public var measuredPoliceHours: Double?

    /// Creates demand from its parts.
    public init(origin: String, first: String, last: String, periodDays: Double, citizenInitiatedCalls: Double,
                callTypes: [CallType], callsPerWeekHour: [Double], hourlyCallsPerDay: [Double],
                weekdayCallsPerDay: [Double]?, measuredPoliceHours: Double?) {
        self.origin = origin
        self.first = first
        self.last = last
        self.periodDays = periodDays
        self.citizenInitiatedCalls = citizenInitiatedCalls
        self.callTypes = callTypes
        self.callsPerWeekHour = callsPerWeekHour
        self.hourlyCallsPerDay = hourlyCallsPerDay
        self.weekdayCallsPerDay = weekdayCallsPerDay
        self.measuredPoliceHours = measuredPoliceHours
    }

    /// Eligible calls in the period, all types.
    public var eligibleCalls: Double { callTypes.reduce(0) { $0 + $1.eligibleCalls } }
}
