import Vocabulary

/// Problems loading an agency lexicon file. Each names the file, line and key.
public enum LexiconError: RerouteError, Sendable, Equatable {
    /// Every lexicon problem is invalid data (exit 65).
    public var exitStatus: ExitStatus { .dataError }

    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// The YAML does not parse.
    case malformedYAML(file: String, line: Int, problem: String)
    /// A key the format does not define.
    case unknownKey(file: String, line: Int, key: String, allowed: [String])
    /// A required key is missing.
    case missingKey(file: String, line: Int, key: String, context: String)
    /// A value the key does not accept.
    case badValue(file: String, line: Int, key: String, value: String, expected: String)
    /// A key appears twice in one mapping.
    case duplicateKey(file: String, line: Int, key: String)

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): cannot read the lexicon file (\(reason)); check the path passed to --lexicon."
        case let .malformedYAML(file, line, problem):
            return "\(file):\(line): not valid YAML: \(problem); fix the indentation or quoting on that line."
        case let .unknownKey(file, line, key, allowed):
            return "\(file):\(line): unknown key '\(key)'; allowed here: \(allowed.joined(separator: ", ")). Fix the spelling or remove it."
        case let .missingKey(file, line, key, context):
            return "\(file):\(line): \(context) is missing the required key '\(key)'; add it."
        case let .badValue(file, line, key, value, expected):
            return "\(file):\(line): key '\(key)' has value '\(value)', expected \(expected)."
        case let .duplicateKey(file, line, key):
            return "\(file):\(line): key '\(key)' appears twice in the same mapping; keep one."
        }
    }
}
