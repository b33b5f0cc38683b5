/// How a Reroute process ends: the exit statuses every command documents (BSD `sysexits.h` where one fits).
///
/// Errors carry their status (see ``RerouteError``); the command layer turns an error into a process exit in
/// one place, so that a given kind of problem exits the same way from every command.
public enum ExitStatus: Int32, Sendable, CaseIterable, CustomStringConvertible {
    /// Success.
    case success = 0
    /// An input could not be read at all: missing, empty, binary or non-CSV file, a profile that does not fit.
    case inputUnreadable = 1
    /// The command line is wrong (an unknown option, a missing argument, options that exclude each other).
    case usage = 64
    /// Invalid data: a bad or unknown profile, catalogue, scenario, rule, lexicon or boundary file, or a
    /// staffing target that cannot be reached.
    case dataError = 65
    /// An output file or folder could not be written (a read-only folder, a full disk).
    case cannotWrite = 73

    public var description: String {
        switch self {
        case .success: "0 success"
        case .inputUnreadable: "1 an input could not be read (missing, empty, binary or non-CSV file, a boundary file that cannot be read, a profile that does not fit)"
        case .usage: "64 a usage error"
        case .dataError: "65 invalid data (a bad or unknown profile, catalogue, scenario, rule, lexicon or boundary file, an analysis folder that cannot be read back, an unreachable staffing target)"
        case .cannotWrite: "73 an output could not be written"
        }
    }

    /// The exit-code paragraph of `reroute --help`, generated from the cases so that help and code agree.
    public static var helpText: String {
        "Exit codes: " + allCases.map(\.description).joined(separator: "; ") + "."
    }
}

/// An error that knows how the process should end because of it, and says so in one line for people.
///
/// Every error type of Reroute's modules conforms, so that commands never map errors to exit codes themselves
/// (the pattern of Hummingbird's `HTTPResponseError`, where the error carries its status).
public protocol RerouteError: Error, CustomStringConvertible {
    /// The process exit status this error leads to.
    var exitStatus: ExitStatus { get }
}

/// An output that could not be written: the file or folder and the system's reason.
public struct OutputError: RerouteError, Equatable {
    /// The file or folder being written.
    public var path: String
    /// Why it failed, in the system's words.
    public var reason: String

    /// Creates an output error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var exitStatus: ExitStatus { .cannotWrite }
    public var description: String { "cannot write \(path): \(reason)" }
}

extension InputError: RerouteError {
    public var exitStatus: ExitStatus {
        switch self {
        case .invalidProfile, .unknownProfile: .dataError
        case .cannotWrite: .cannotWrite
        default: .inputUnreadable
        }
    }
}
