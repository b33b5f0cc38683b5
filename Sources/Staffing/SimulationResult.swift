/// Results of one replication for one reporting window.
public struct WindowResult: Sendable, Hashable, Codable {
    /// Window label.
    public var window: String
    /// Calls arriving in the window.
    public var calls: Int
    /// Calls that went back to police.
    public var handedBack: Int
    /// Median response time (wait + travel) of calls reached, minutes.
    public var medianResponse: Double
    /// 90th-percentile response time of calls reached, minutes.
    public var p90Response: Double
    /// Mean wait over all calls, minutes.
    public var meanWait: Double
    /// Share of calls waiting longer than the threshold (handed-back calls count as waiting too long).
    public var shareOverThreshold: Double
    /// Busy team-minutes / on-duty team-minutes (may exceed 1 slightly: calls finished after a shift ends).
    public var utilisation: Double
}

/// Results of one replication.
public struct SimulationResult: Sendable, Hashable, Codable {
    /// One result per reporting window.
    public var windows: [WindowResult]
}
