/// One allowed shift: a start hour within the cycle and a length in hours.
public struct Shift: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Start hour within the cycle (0 = Monday 00:00 for a week, midnight for a day).
    public var start: Int
    /// Length in hours.
    public var hours: Int

    /// Creates a shift.
    public init(start: Int, hours: Int) { self.start = start; self.hours = hours }

    /// Whether the shift covers `hour` on a cycle of `period` hours.
    public func covers(_ hour: Int, period: Int) -> Bool {
        ((hour - start) % period + period) % period < hours
    }

    public var description: String { "\(hours)h from \(WeekHour.label(hourOfCycle: start))" }
}
