/// A call as CAD recorded it (Figure 19): read-only in the records system, replaced by each re-import.
public struct CADIncident: Sendable, Codable, Equatable {
    public var incidentNumber: String
    public var callType: String
    public var rawCallType: String
    public var priority: String?
    public var source: String
    /// Wall-clock times as the export gave them (`YYYY-MM-DDTHH:MM:SS`).
    public var createdAt: String
    public var dispatchedAt: String?
    public var enRouteAt: String?
    public var arrivedAt: String?
    public var clearedAt: String?
    public var disposition: String?
    public var outcome: String
    public var latitude: Double?
    public var longitude: Double?
    public var district: String?
    public var beat: String?
    /// Left out for evaluators.
    public var address: String?
    /// Left out for evaluators.
    public var narrative: String?
    /// Whether the catalogue counts this call type as one community responders take.
    public var isResponderType: Bool
    /// How many responder records name this incident.
    public var recordCount: Int

    /// The same call with what could identify a person or place left out (address, narrative; location to ~100 m).
    public func pseudonymised() -> CADIncident {
        var copy = self
        copy.address = nil
        copy.narrative = nil
        copy.latitude = latitude.map { ($0 * 1000).rounded() / 1000 }
        copy.longitude = longitude.map { ($0 * 1000).rounded() / 1000 }
        return copy
    }
}

/// A page of CAD calls from a list or search.
public struct CADCallPage: Sendable, Codable {
    public var calls: [CADIncident]
    public var total: Int
    public var offset: Int
    public var limit: Int
}
