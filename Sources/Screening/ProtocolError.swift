/// Problems loading or checking a protocol rule file. Each names the file, line, field and value.
public enum ProtocolError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// The YAML itself does not parse.
    case malformedYAML(file: String, line: Int, problem: String)
    /// A key the format does not define.
    case unknownField(file: String, line: Int, field: String, allowed: [String])
    /// A required key is missing.
    case missingField(file: String, line: Int, field: String, context: String)
    /// A value is not one the field accepts.
    case badValue(file: String, line: Int, field: String, value: String, expected: String)
    /// A key appears twice in one mapping.
    case duplicateField(file: String, line: Int, field: String)
    /// Two rules share an id.
    case duplicateRuleID(file: String, line: Int, id: String, firstLine: Int)
    /// A rule whose own conditions can never hold together.
    case contradictoryRule(file: String, line: Int, id: String, detail: String)
    /// A rule that earlier rules always pre-empt.
    case shadowedRule(file: String, line: Int, id: String, shadowedBy: [String])
    /// Some calls match no rule.
    case incomplete(file: String, example: String)

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): cannot read the rule file (\(reason)); check the path passed to --rules."
        case let .malformedYAML(file, line, problem):
            return "\(file):\(line): not valid YAML: \(problem); fix the indentation or quoting on that line."
        case let .unknownField(file, line, field, allowed):
            return "\(file):\(line): unknown field '\(field)'; allowed here: \(allowed.joined(separator: ", ")). Fix the spelling or remove it."
        case let .missingField(file, line, field, context):
            return "\(file):\(line): \(context) is missing the required field '\(field)'; add it."
        case let .badValue(file, line, field, value, expected):
            return "\(file):\(line): field '\(field)' has value '\(value)', expected \(expected)."
        case let .duplicateField(file, line, field):
            return "\(file):\(line): field '\(field)' appears twice in the same mapping; keep one."
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
