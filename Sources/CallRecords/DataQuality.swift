/// Kinds of soft problem: rows that are kept but are imperfect.
public enum DataQualityIssue: String, Sendable, Codable, CaseIterable, Comparable {
    case missingDispatchTime = "missing dispatch time"
    case missingEnRouteTime = "missing en-route time"
    case missingArrivalTime = "missing arrival time"
    case missingClearTime = "missing clear time"
    case unparseableDispatchTime = "unparseable dispatch time"
    case unparseableEnRouteTime = "unparseable en-route time"
    case unparseableArrivalTime = "unparseable arrival time"
    case unparseableClearTime = "unparseable clear time"
    case dispatchBeforeCreated = "dispatch before call created"
    case arrivalBeforeDispatch = "arrival before dispatch"
    case clearBeforeArrival = "clear before arrival"
    case multiDayDuration = "duration over 24 hours"
    case missingCoordinates = "missing coordinates"
    case unparseableCoordinates = "unparseable coordinates"
    case outsideStudyArea = "coordinates outside the study area"
    case missingDisposition = "missing disposition"
    case unmappedDisposition = "disposition with no outcome class"
    case duplicateIncidentID = "duplicate incident id"
    case unknownSourceValue = "source value not in the profile"
    case implausibleTimestamp = "timestamp outside the plausible window"
    case durationBeyondBound = "duration beyond the plausible bound"
    case outsideCoverage = "created time far outside the data's coverage"
    case invalidUTF8 = "row with invalid UTF-8 (shown with U+FFFD)"

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Counts of soft problems per kind; mergeable.
public struct DataQualityCounts: Sendable, Codable, Equatable {
    public private(set) var counts: [DataQualityIssue: Int] = [:]

    public init() {}

    public mutating func record(_ issue: DataQualityIssue, _ n: Int = 1) {
        guard n > 0 else { return }
        counts[issue, default: 0] += n
    }
    public subscript(_ issue: DataQualityIssue) -> Int { counts[issue] ?? 0 }
    public mutating func merge(_ other: DataQualityCounts) {
        for (k, v) in other.counts { counts[k, default: 0] += v }
    }
}

/// Rows read, accepted, rejected and excluded for one input file: read = accepted + rejected + excluded.
public struct FileReconciliation: Sendable, Codable, Equatable {
    public var file: String
    public var bytes: Int
    public var rowsRead: Int = 0
    public var rowsAccepted: Int = 0
    public var rowsRejected: Int = 0
    /// Rows left out on purpose by the profile's row filter (e.g. fire and EMS rows of a combined export).
    public var rowsExcluded: Int = 0
    /// Rows dropped as earlier/later copies of the same incident (duplicate policy first/last); part of accepted.
    public var duplicatesCollapsed: Int = 0

    public init(file: String, bytes: Int) {
        self.file = file
        self.bytes = bytes
    }

    /// Whether every row read is accounted for.
    public var balances: Bool { rowsRead == rowsAccepted + rowsRejected + rowsExcluded }
}
