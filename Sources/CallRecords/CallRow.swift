/// A call as the streaming analyses see it: interned ids and raw numbers, no strings.
///
/// Ids index the tables of the ``CallIngestor`` that produced the row (``CallIngestor/callTypes``,
/// ``CallIngestor/districts``, ...). Missing times are ``CallRow/missingTime``; missing coordinates NaN.
public struct CallRow: Sendable {
    public static let missingTime = Int64.min
    public static let none: Int32 = -1

    /// Id of the call type as written (before normalisation) in ``CallIngestor/callTypes``.
    public var callType: Int32
    public var source: CallSource
    public var outcome: OutcomeClass
    /// Id in ``CallIngestor/districts``, or ``none``.
    public var district: Int32
    /// Id in ``CallIngestor/dispositions``, or ``none``.
    public var disposition: Int32
    /// Milliseconds of the local wall clock (``LocalTime``), or ``missingTime``.
    public var created: Int64
    public var dispatched: Int64
    public var enRoute: Int64
    public var arrived: Int64
    public var cleared: Int64
    public var latitude: Double
    public var longitude: Double
    /// Input file index and line, for tracing a row back to its source. A row read in the second part of a file
    /// carries its line relative to the part until the parts are merged (see ``IncidentKeyStore/lineOffset``).
    public var file: Int32
    public var line: Int32
    /// Byte offset of the row's record in its file: exact in every part (the narrative sample's key).
    public var offset: Int64

    public init(callType: Int32, source: CallSource = .unknown, outcome: OutcomeClass = .unknown, district: Int32 = CallRow.none,
                disposition: Int32 = CallRow.none, created: Int64, dispatched: Int64 = CallRow.missingTime,
                enRoute: Int64 = CallRow.missingTime, arrived: Int64 = CallRow.missingTime, cleared: Int64 = CallRow.missingTime,
                latitude: Double = .nan, longitude: Double = .nan, file: Int32 = 0, line: Int32 = 0, offset: Int64 = 0) {
        self.callType = callType
        self.source = source
        self.outcome = outcome
        self.district = district
        self.disposition = disposition
        self.created = created
        self.dispatched = dispatched
        self.enRoute = enRoute
        self.arrived = arrived
        self.cleared = cleared
        self.latitude = latitude
        self.longitude = longitude
        self.file = file
        self.line = line
        self.offset = offset
    }
}
