import Vocabulary

/// Why a scenario file, an analysis folder or a plan request could not be used.
///
/// Every case names the file, the line (when known), the key and the offending value, and says
/// what to do about it.
public enum ScenarioError: RerouteError, Sendable, Equatable {
    /// A request the scenario cannot answer is a usage error (exit 64); every other problem is invalid data
    /// (exit 65).
    public var exitStatus: ExitStatus {
        if case .invalidRequest = self { return .usage }
        return .dataError
    }

    /// A number is outside the range the quantity allows (negative rate, rate above 1…).
    case outOfRange(file: String, line: Int, key: String, value: Double, allowed: String)
    /// A unit the quantity cannot be written in.
    case wrongUnit(file: String, line: Int, key: String, unit: String, allowed: [String])
    /// A call type the catalogue does not know.
    case unknownCallType(file: String, line: Int, key: String, callType: String)
    /// A call type with no eligibility rate: neither the catalogue nor the scenario gives one.
    case noEligibilityRate(file: String, line: Int, key: String, callType: String)
    /// A named built-in scenario does not exist and no file has that path.
    case scenarioNotFound(name: String, builtIn: [String])
    /// A file of an analysis folder is missing or unreadable.
    case unreadableFile(file: String, reason: String)
    /// A CSV or JSON file of an analysis folder has a bad header, row or field.
    case badAnalysisFile(file: String, line: Int, field: String, value: String, expected: String)
    /// A request that the scenario cannot answer (e.g. capacity outside (0, 1]).
    case invalidRequest(option: String, value: String, reason: String)

    public var description: String {
        switch self {
        case let .outOfRange(file, line, key, value, allowed):
            return "\(file):\(line): '\(key)' is \(Format.plain(value)) but must be \(allowed); correct the value."
        case let .wrongUnit(file, line, key, unit, allowed):
            return "\(file):\(line): '\(key)' has unit '\(unit)' but must be one of: \(allowed.joined(separator: ", ")); convert the value and fix the unit."
        case let .unknownCallType(file, line, key, callType):
            return "\(file):\(line): '\(key)' names call type '\(callType)', which the call-type catalogue does not know; use the catalogue's code (e.g. 'TRBL W/SUBJ') or add the type to the catalogue."
        case let .noEligibilityRate(file, line, key, callType):
            return "\(file):\(line): call type '\(callType)' has no eligibility rate in the call-type catalogue; give '\(key)' in the scenario or use a catalogue type with a rate."
        case let .scenarioNotFound(name, builtIn):
            return "scenario '\(name)' is neither a built-in scenario (\(builtIn.joined(separator: ", "))) nor a readable file; give a built-in name or a path to a YAML file."
        case let .unreadableFile(file, reason):
            return "\(file): cannot be read (\(reason)); check the path (an analysis folder is the --out folder of `reroute report`)."
        case let .badAnalysisFile(file, line, field, value, expected):
            return "\(file):\(line): field '\(field)' is '\(value)' but should be \(expected); regenerate the analysis with `reroute report`."
        case let .invalidRequest(option, value, reason):
            return "\(option) \(value): \(reason)."
        }
    }
}
