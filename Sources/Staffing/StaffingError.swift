import Vocabulary

/// Everything that can go wrong in the staffing library, each case saying what is wrong and what to do.
///
/// Problems in a CSV input (a replay file, busy times, requirements, simulated draws) are reported as
/// ``CSVDocumentError`` naming the file, line and field; these cases are about values and results. Each carries
/// its exit status (``RerouteError``): a parameter out of range is a usage problem (64), demand that cannot be
/// staffed or a target that cannot be met is a data problem (65).
public enum StaffingError: RerouteError, Sendable, Equatable {
    /// A parameter (an option's value) is out of range.
    case invalidParameter(name: String, value: String, expected: String)
    /// Hourly demand is malformed: not 168 rates, or a rate that is negative or not finite.
    case invalidDemand(source: String, problem: String)
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

    /// 64 for a parameter or schedule given out of range, 65 for demand, arrivals or targets that cannot work.
    public var exitStatus: ExitStatus {
        switch self {
        case .invalidParameter, .emptySchedule: .usage
        case .invalidDemand, .zeroDemand, .unreachableTarget, .optimiserLimit, .noArrivals: .dataError
        }
    }

    public var description: String {
        switch self {
        case let .invalidParameter(name, value, expected):
            return "parameter \(name) = \(value): expected \(expected)."
        case let .invalidDemand(source, problem):
            return "\(source): \(problem); regenerate the demand with `reroute report`."
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
