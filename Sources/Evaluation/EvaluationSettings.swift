/// What the evaluation needs to know about the program that the data cannot tell: when and where it started,
/// and the response-time target it is held to.
public struct EvaluationSettings: Sendable, Codable, Equatable {
    /// The program's name, shown on dashboards and reports.
    public var programName: String
    /// The first day community responders took calls (`YYYY-MM-DD`): the start of the "after" period.
    public var launchDate: String
    /// The police districts the program serves (the treated units of the impact evaluation).
    public var programDistricts: [String]
    /// The hours the program works (`start..<end`, 0–24, wrapping past midnight when start > end); nil for all day.
    public var programHours: ProgramHours?
    /// The response-time target in minutes (call created → responders on scene).
    public var responseTargetMinutes: Double

    public init(programName: String, launchDate: String, programDistricts: [String], programHours: ProgramHours? = nil,
                responseTargetMinutes: Double = 20) {
        self.programName = programName
        self.launchDate = launchDate
        self.programDistricts = programDistricts
        self.programHours = programHours
        self.responseTargetMinutes = responseTargetMinutes
    }

    /// The launch day as a time (midnight), nil when the text is not a date.
    public var launch: LocalTimeText? { LocalTimeText(launchDate) }
}

/// The hours a program works: `start..<end` on a 24-hour clock, wrapping past midnight when `start > end`.
public struct ProgramHours: Sendable, Codable, Equatable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// Whether an hour of the day (0–23) is inside the program's hours.
    public func contains(hour: Int) -> Bool {
        start <= end ? (hour >= start && hour < end) : (hour >= start || hour < end)
    }
}
