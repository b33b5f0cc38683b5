/// A part of the day that results are reported for (hour-aligned, may wrap past midnight).
public struct ReportingWindow: Sendable, Hashable, Codable {
    /// Label, e.g. "06:00-14:00".
    public var name: String
    /// First hour of the day in the window.
    public var startHour: Int
    /// Length in hours (24 = the whole day).
    public var hours: Int

    /// Creates a window.
    public init(name: String, startHour: Int, hours: Int) { self.name = name; self.startHour = startHour; self.hours = hours }

    /// Whether the hour of the day falls in the window.
    public func contains(hourOfDay h: Int) -> Bool { ((h - startHour) % 24 + 24) % 24 < hours }

    /// The report's Schedule 2 shift windows plus the whole day: a common frame for comparing schedules.
    public static let reportShifts: [ReportingWindow] = [
        ReportingWindow(name: "06:00-14:00", startHour: 6, hours: 8),
        ReportingWindow(name: "14:00-22:00", startHour: 14, hours: 8),
        ReportingWindow(name: "22:00-06:00", startHour: 22, hours: 8),
        ReportingWindow(name: "all day", startHour: 0, hours: 24),
    ]
}
