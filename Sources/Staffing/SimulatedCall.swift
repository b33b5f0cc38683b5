import Foundation

/// One call as the simulation sees it: when it arrives, its priority and its draws.
public struct SimulatedCall: Sendable, Hashable, Codable {
    /// Minutes since the simulation origin (a Monday 00:00).
    public var arrivalMinute: Double
    /// Priority: lower numbers are served first under priority dispatch.
    public var priority: Int
    /// Minutes the team is busy (travel + on scene, after the productive-share adjustment).
    public var busyMinutes: Double
    /// Minutes of travel, added to the wait to give the response time.
    public var travelMinutes: Double

    /// Creates a call.
    public init(arrivalMinute: Double, priority: Int = 0, busyMinutes: Double, travelMinutes: Double) {
        self.arrivalMinute = arrivalMinute
        self.priority = priority
        self.busyMinutes = busyMinutes
        self.travelMinutes = travelMinutes
    }
}
