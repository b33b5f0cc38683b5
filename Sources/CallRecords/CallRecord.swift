/// How a call reached the police: the line it came in on, or an officer's own activity.
public enum CallSource: String, Sendable, Codable, CaseIterable, Hashable {
    /// An emergency (911) call.
    case emergency911 = "911"
    /// The police non-emergency line.
    case nonEmergency = "non-emergency"
    /// A community-responder direct line (a number that reaches responders without police).
    case directLine = "direct-line"
    /// Activity an officer started on view (traffic stop, business check, patrol, ...).
    case officerInitiated = "officer-initiated"
    /// Any other line (radio, text, walk-in, alarm company, ...).
    case other = "other"
    /// The export does not say.
    case unknown = "unknown"

    /// Whether a member of the public started the call (the report's "citizen-initiated").
    /// Unknown sources count as citizen-initiated unless the call type marks officer activity.
    public var isCitizenInitiated: Bool { self != .officerInitiated }

    /// Position in `allCases`.
    @inline(__always) public var ordinal: Int {
        switch self {
        case .emergency911: 0
        case .nonEmergency: 1
        case .directLine: 2
        case .officerInitiated: 3
        case .other: 4
        case .unknown: 5
        }
    }
}

/// What the police response ended in, in the classes the report uses (Figure 7).
public enum OutcomeClass: String, Sendable, Codable, CaseIterable, Hashable {
    case arrest = "arrest"
    case emergencyDetention = "emergency-detention"
    case citation = "citation"
    case reportFiled = "report-filed"
    case noFormalAction = "no-formal-action"
    case unableToLocate = "unable-to-locate"
    case cancelled = "cancelled"
    case unknown = "unknown"

    /// Position in `allCases`.
    @inline(__always) public var ordinal: Int {
        switch self {
        case .arrest: 0
        case .emergencyDetention: 1
        case .citation: 2
        case .reportFiled: 3
        case .noFormalAction: 4
        case .unableToLocate: 5
        case .cancelled: 6
        case .unknown: 7
        }
    }

    /// A label for tables.
    public var label: String {
        switch self {
        case .arrest: "Arrest"
        case .emergencyDetention: "Emergency detention"
        case .citation: "Citation"
        case .reportFiled: "Report filed"
        case .noFormalAction: "No formal action"
        case .unableToLocate: "Unable to locate / gone on arrival"
        case .cancelled: "Cancelled / false alarm"
        case .unknown: "Unknown"
        }
    }
}

/// One call for service, as Reroute understands it whatever the city's export looked like.
///
/// Times are wall-clock times in the profile's time zone, as ``LocalTime`` values.
/// The streaming analyses never build this type (they read fields straight from the CSV bytes into a
/// ``CallRow``); it is the model users and tests see, and what ``CallIngestor/ingestRecords(files:into:)`` produces.
public struct CallRecord: Sendable, Hashable, Codable {
    public var incidentID: String
    /// The call type as the export wrote it.
    public var rawCallType: String
    /// Trimmed, upper-cased, whitespace-collapsed call type (the catalogue key).
    public var callType: String
    public var priority: String?
    public var source: CallSource
    public var created: LocalTime?
    public var dispatched: LocalTime?
    public var enRoute: LocalTime?
    public var arrived: LocalTime?
    public var cleared: LocalTime?
    public var rawDisposition: String?
    public var outcome: OutcomeClass
    public var latitude: Double?
    public var longitude: Double?
    public var district: String?
    public var beat: String?
    public var neighbourhood: String?
    public var address: String?
    public var narrative: String?

    public init(
        incidentID: String, rawCallType: String, priority: String? = nil, source: CallSource = .unknown,
        created: LocalTime? = nil, dispatched: LocalTime? = nil, enRoute: LocalTime? = nil,
        arrived: LocalTime? = nil, cleared: LocalTime? = nil, rawDisposition: String? = nil,
        outcome: OutcomeClass = .unknown, latitude: Double? = nil, longitude: Double? = nil,
        district: String? = nil, beat: String? = nil, neighbourhood: String? = nil, address: String? = nil,
        narrative: String? = nil
    ) {
        self.incidentID = incidentID
        self.rawCallType = rawCallType
        self.callType = CallRecord.normalisedCallType(rawCallType)
        self.priority = priority
        self.source = source
        self.created = created
        self.dispatched = dispatched
        self.enRoute = enRoute
        self.arrived = arrived
        self.cleared = cleared
        self.rawDisposition = rawDisposition
        self.outcome = outcome
        self.latitude = latitude
        self.longitude = longitude
        self.district = district
        self.beat = beat
        self.neighbourhood = neighbourhood
        self.address = address
        self.narrative = narrative
    }

    /// Trims, upper-cases and collapses runs of whitespace: `" trbl  w/subj "` → `"TRBL W/SUBJ"`.
    public static func normalisedCallType(_ raw: String) -> String {
        raw.uppercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
