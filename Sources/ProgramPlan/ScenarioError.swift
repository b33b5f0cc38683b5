/// Why a scenario file, an analysis folder or a plan request could not be used.
///
/// Every case names the file, the line (when known), the key and the offending value, and says
/// what to do about it.
public enum ScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The YAML itself does not parse.
    case malformedYAML(file: String, line: Int, problem: String)
    /// A key the scenario format does not define.
    case unknownKey(file: String, line: Int, key: String, allowed: [String])
    /// A required key is absent.
    case missingKey(file: String, line: Int, key: String)
    /// A value has the wrong shape (a text where a number is expected, a list where a map is expected…).
    case wrongType(file: String, line: Int, key: String, expected: String, found: String)
    /// A number is outside the range the quantity allows (negative rate, rate above 1…).
    case outOfRange(file: String, line: Int, key: String, value: Double, allowed: String)
    /// A unit the quantity cannot be written in.
    case wrongUnit(file: String, line: Int, key: String, unit: String, allowed: [String])
    /// A call type the catalogue does not know.
    case unknownCallType(file: String, line: Int, key: String, callType: String)
    /// Two entries that must be unique are not.
    case duplicate(file: String, line: Int, key: String, value: String)
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
        case let .malformedYAML(file, line, problem):
            return "\(file):\(line): the YAML does not parse (\(problem)); fix the syntax at that line."
        case let .unknownKey(file, line, key, allowed):
            return "\(file):\(line): unknown key '\(key)'; allowed here: \(allowed.joined(separator: ", ")). Check the spelling (see docs/scenario-format.md)."
        case let .missingKey(file, line, key):
            return "\(file):\(line): missing parameter '\(key)'; add it with value, unit and source (see docs/scenario-format.md)."
        case let .wrongType(file, line, key, expected, found):
            return "\(file):\(line): '\(key)' should be \(expected) but is \(found); correct the value."
        case let .outOfRange(file, line, key, value, allowed):
            return "\(file):\(line): '\(key)' is \(Self.format(value)) but must be \(allowed); correct the value."
        case let .wrongUnit(file, line, key, unit, allowed):
            return "\(file):\(line): '\(key)' has unit '\(unit)' but must be one of: \(allowed.joined(separator: ", ")); convert the value and fix the unit."
        case let .unknownCallType(file, line, key, callType):
            return "\(file):\(line): '\(key)' names call type '\(callType)', which the call-type catalogue does not know; use the catalogue's code (e.g. 'TRBL W/SUBJ') or add the type to the catalogue."
        case let .duplicate(file, line, key, value):
            return "\(file):\(line): '\(key)' value '\(value)' appears more than once; keep one entry."
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

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
