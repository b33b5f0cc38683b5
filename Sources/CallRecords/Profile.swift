import Foundation

/// The parts of a call record an export's columns can fill.
public enum RecordField: String, Sendable, CaseIterable, Codable {
    case incidentID = "incident_id"
    case callType = "call_type"
    case priority
    case source
    case created
    case createdDate = "created_date"
    case createdTime = "created_time"
    case dispatched
    case enRoute = "en_route"
    case arrived
    case cleared
    case disposition
    case latitude
    case longitude
    case district
    case beat
    case neighbourhood
    case address
    case narrative
    /// Latitude and longitude in one column (`{'lat': 43.0, 'lng': -87.9}`, `(43.0, -87.9)`, `43.0, -87.9`,
    /// `POINT(-87.9 43.0)`); see ``CoordinateText``. Instead of `latitude` and `longitude`.
    case location
}

extension RecordField {
    /// Position in `allCases`, for array-indexed lookups on hot paths.
    @inline(__always) public var ordinal: Int {
        switch self {
        case .incidentID: 0
        case .callType: 1
        case .priority: 2
        case .source: 3
        case .created: 4
        case .createdDate: 5
        case .createdTime: 6
        case .dispatched: 7
        case .enRoute: 8
        case .arrived: 9
        case .cleared: 10
        case .disposition: 11
        case .latitude: 12
        case .longitude: 13
        case .district: 14
        case .beat: 15
        case .neighbourhood: 16
        case .address: 17
        case .narrative: 18
        case .location: 19
        }
    }
}

/// What to do when an incident id appears on more than one row.
public enum DuplicatePolicy: String, Sendable, Codable, CaseIterable {
    /// Keep the last row of each incident (scraped exports: one row per status change, the last is final).
    case last
    /// Keep the first row of each incident.
    case first
    /// Keep every row (each row is its own call); repeats are still counted in the data-quality table.
    case all
}

/// A rectangle in latitude/longitude that calls are expected to fall in.
public struct StudyArea: Sendable, Hashable, Codable {
    public var south: Double, north: Double, west: Double, east: Double
    public init(south: Double, north: Double, west: Double, east: Double) {
        self.south = south; self.north = north; self.west = west; self.east = east
    }
    public func contains(latitude: Double, longitude: Double) -> Bool {
        latitude >= south && latitude <= north && longitude >= west && longitude <= east
    }
}

/// How a call's source (911, non-emergency, officer-initiated, ...) is known.
public struct SourceRule: Sendable {
    /// Values of the source column (upper-cased) and what they mean.
    public var values: [String: CallSource]
    /// Source for values not listed, or when there is no source column.
    public var defaultSource: CallSource
    /// Call types (normalised) that are officer-initiated activity whatever the source column says.
    public var officerInitiatedCallTypes: Set<String>
    /// Also treat the catalogue's officer-initiated types as officer-initiated.
    public var officerInitiatedFromCatalogue: Bool

    public init(values: [String: CallSource] = [:], defaultSource: CallSource = .unknown,
                officerInitiatedCallTypes: Set<String> = [], officerInitiatedFromCatalogue: Bool = true) {
        self.values = values
        self.defaultSource = defaultSource
        self.officerInitiatedCallTypes = officerInitiatedCallTypes
        self.officerInitiatedFromCatalogue = officerInitiatedFromCatalogue
    }

    /// The source a raw column value stands for.
    public func source(forValue raw: String) -> CallSource {
        values[CallRecord.normalisedCallType(raw)] ?? defaultSource
    }
}

/// Maps one export layout onto Reroute's call record.
///
/// Built-in profiles live in `Sources/CallRecords/Profiles/*.yaml`; users write their own in the same
/// format (see `docs/profile-format.md`).
public struct Profile: Sendable {
    public var name: String
    public var summary: String
    /// Header columns whose presence identifies this layout when no profile is given.
    public var detectColumns: [String]
    /// Which export column fills each record field.
    public var columns: [RecordField: String]
    public var timestampFormat: TimestampFormat
    /// The layout of `timestamps.format: pattern` (`timestamps.pattern`).
    public var timestampPattern: TimestampPattern?
    /// How hours without AM/PM are read (`timestamps.clock`).
    public var clock: ClockReading = .auto
    public var timeZone: TimeZone
    /// Field values that mean "missing" besides the empty string (e.g. `NULL`).
    public var missingValues: Set<String>
    public var source: SourceRule
    /// Disposition text (upper-cased) → outcome class.
    public var outcomes: [String: OutcomeClass]
    /// Prefix rules for dispositions with codes (`RE-Report`): upper-cased prefix → outcome.
    public var outcomePrefixes: [(prefix: String, outcome: OutcomeClass)]
    public var defaultOutcome: OutcomeClass
    /// Raw call type (normalised) → catalogue code, for exports whose codes differ from the catalogue's.
    public var callTypeMap: [String: String]
    public var duplicates: DuplicatePolicy
    /// Built-in catalogue name or a path to a catalogue file.
    public var catalogue: String
    public var studyArea: StudyArea?
    /// Only rows whose `filter.column` value is one of `filter.values` are calls of this study
    /// (e.g. `Agency: POLICE` in a combined police/fire/EMS export); others are counted as excluded.
    public var rowFilter: (column: String, values: Set<String>)?
    /// Whether the file's first line names the columns (`header: first-line`, the default). With `header: none`
    /// every line is a call and `columns` name columns by position (`"1"` is the first).
    public var hasHeader = true
    /// Bounds on timestamps, durations and record spans (profile key `plausibility`).
    public var plausibility = Plausibility()

    /// The record fields a file must have columns for.
    public var requiredFields: [RecordField] {
        var fields: [RecordField] = [.incidentID, .callType]
        if columns[.created] != nil { fields.append(.created) } else { fields += [.createdDate, .createdTime] }
        return fields
    }

    /// The outcome class of a disposition text.
    public func outcome(of disposition: String) -> OutcomeClass {
        let key = CallRecord.normalisedCallType(disposition)
        if key.isEmpty { return .unknown }
        if let o = outcomes[key] { return o }
        for rule in outcomePrefixes where key.hasPrefix(rule.prefix) { return rule.outcome }
        return defaultOutcome
    }

    /// The catalogue code for a raw call type (after the profile's call-type map).
    public func catalogueCode(for rawCallType: String) -> String {
        let key = CallRecord.normalisedCallType(rawCallType)
        return callTypeMap[key] ?? key
    }
}
