/// Everything that can go wrong in the staffing library, each case naming where (file, line, field) and what to do.
public enum StaffingError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A file could not be read.
    case unreadableFile(path: String, reason: String)
    /// A CSV file lacks a required column.
    case missingColumn(file: String, column: String)
    /// A value could not be parsed or is out of range.
    case invalidValue(file: String, line: Int, field: String, value: String, expected: String)
    /// A JSON key is missing or has the wrong type.
    case missingKey(file: String, key: String)
    /// The demand table does not have one row per hour of the week.
    case incompleteDemand(file: String, rows: Int)
    /// A rate or count given as a parameter is out of range.
    case invalidParameter(name: String, value: String, expected: String)
    /// All hourly demand is zero: nothing to staff or simulate.
    case zeroDemand(source: String)
    /// A schedule puts no team on duty in any hour.
    case emptySchedule(name: String)
    /// The service-level target cannot be reached with any number of teams.
    case unreachableTarget(reason: String)
    /// The shift optimiser could not prove an optimum within its node limit.
    case optimiserLimit(nodes: Int, bestFound: Double, lowerBound: Double)
    /// The arrivals file holds no calls.
    case noArrivals(file: String)

    public var description: String {
        switch self {
        case let .unreadableFile(path, reason):
            return "\(path): cannot read the file (\(reason)); check the path and permissions."
        case let .missingColumn(file, column):
            return "\(file): line 1: the header has no column '\(column)'; add it (header names are case-sensitive)."
        case let .invalidValue(file, line, field, value, expected):
            return "\(file): line \(line): field '\(field)' is '\(value)', expected \(expected); fix the value."
        case let .missingKey(file, key):
            return "\(file): key '\(key)' is missing or not a number; write `reroute report` output or add the key."
        case let .incompleteDemand(file, rows):
            return "\(file): has \(rows) distinct weekday/hour rows, expected 168 (weekday 1-7 × hour 0-23); regenerate it with `reroute report`."
        case let .invalidParameter(name, value, expected):
            return "parameter \(name) = \(value): expected \(expected)."
        case let .zeroDemand(source):
            return "\(source): every hourly call rate is zero, so there is nothing to staff or simulate; check the demand input and scaling factors."
        case let .emptySchedule(name):
            return "schedule '\(name)' puts no team on duty in any hour; give at least one shift a positive number of teams."
        case let .unreachableTarget(reason):
            return "the response-time target cannot be met with any number of teams: \(reason)."
        case let .optimiserLimit(nodes, best, bound):
            return "the shift optimiser stopped after \(nodes) branch-and-bound nodes with best cost \(best) and lower bound \(bound); allow fewer shift lengths or a shorter period."
        case let .noArrivals(file):
            return "\(file): contains no calls; give a file with a header `created_at` and at least one row."
        }
    }
}
