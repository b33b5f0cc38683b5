import Vocabulary

/// Problems with a protocol rule file as rules (structural YAML problems are ``YAMLError``s). Each names the
/// file, line, field and value; every case exits 65 (invalid data).
public enum ProtocolError: RerouteError, Sendable, Equatable {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// A value is not one the field accepts.
    case badValue(file: String, line: Int, field: String, value: String, expected: String)
    /// Two rules share an id.
    case duplicateRuleID(file: String, line: Int, id: String, firstLine: Int)
    /// A rule whose own conditions can never hold together.
    case contradictoryRule(file: String, line: Int, id: String, detail: String)
    /// A rule that earlier rules always pre-empt.
    case shadowedRule(file: String, line: Int, id: String, shadowedBy: [String])
    /// Some calls match no rule.
    case incomplete(file: String, example: String)

    public var exitStatus: ExitStatus { .dataError }

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): cannot read the rule file (\(reason)); check the path passed to --rules."
        case let .badValue(file, line, field, value, expected):
            return "\(file):\(line): field '\(field)' has value '\(value)', expected \(expected)."
        case let .duplicateRuleID(file, line, id, firstLine):
            return "\(file):\(line): rule id '\(id)' is already used on line \(firstLine); give each rule a unique id."
        case let .contradictoryRule(file, line, id, detail):
            return "\(file):\(line): rule '\(id)' can never fire: its conditions contradict each other (\(detail)); fix or remove the rule."
        case let .shadowedRule(file, line, id, shadowedBy):
            return "\(file):\(line): rule '\(id)' can never fire: every call it matches is decided earlier by \(shadowedBy.map { "'\($0)'" }.joined(separator: ", ")); move it up or remove it."
        case let .incomplete(file, example):
            return "\(file): no rule decides some calls (for example \(example)); end the rules with a catch-all rule `when: {}`."
        }
    }
}
