/// Why a catalogue could not be loaded. Each description names the file, line, key and value and says what to do.
public enum CatalogueError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file could not be read (missing, unreadable, not UTF-8).
    case unreadableFile(file: String, reason: String)
    /// No built-in catalogue has this name.
    case unknownBuiltIn(name: String, available: [String])
    /// The text is not valid YAML; `line` and `column` are 1-based when the parser gives them.
    case invalidYAML(file: String, line: Int?, column: Int?, problem: String)
    /// A value has the wrong shape (e.g. a list where a mapping is expected).
    case wrongType(file: String, line: Int, key: String, expected: String, found: String)
    /// A required key is missing from a mapping that starts at `line`.
    case missingKey(file: String, line: Int, key: String, context: String)
    /// A key that the format does not define (usually a typo).
    case unknownKey(file: String, line: Int, key: String, allowed: [String])
    /// The same key appears twice in one mapping.
    case duplicateKey(file: String, line: Int, key: String)
    /// `category` names no known category.
    case unknownCategory(file: String, line: Int, value: String)
    /// A value is outside its allowed range (e.g. an eligibility rate of 1.5).
    case valueOutOfRange(file: String, line: Int, key: String, value: String, allowed: String)
    /// A value is empty or otherwise unusable.
    case invalidValue(file: String, line: Int, key: String, value: String, problem: String)
    /// A code or alias that another entry already uses (after normalisation).
    case duplicateCode(file: String, line: Int, code: String, firstLine: Int)
    /// A domestic-violence, weapon or officer-initiated type was given an eligibility rate.
    case ineligibleTypeMarkedEligible(file: String, line: Int, code: String, reason: String)
    /// `variant_of` names a code the catalogue does not define.
    case unknownVariantBase(file: String, line: Int, code: String, base: String)

    /// The file the error is about, if any.
    public var file: String? {
        switch self {
        case .unreadableFile(let file, _), .invalidYAML(let file, _, _, _), .wrongType(let file, _, _, _, _),
             .missingKey(let file, _, _, _), .unknownKey(let file, _, _, _), .duplicateKey(let file, _, _),
             .unknownCategory(let file, _, _), .valueOutOfRange(let file, _, _, _, _),
             .invalidValue(let file, _, _, _, _), .duplicateCode(let file, _, _, _),
             .ineligibleTypeMarkedEligible(let file, _, _, _), .unknownVariantBase(let file, _, _, _):
            file
        case .unknownBuiltIn:
            nil
        }
    }

    /// The 1-based line the error is about, if known.
    public var line: Int? {
        switch self {
        case .unreadableFile, .unknownBuiltIn: nil
        case .invalidYAML(_, let line, _, _): line
        case .wrongType(_, let line, _, _, _), .missingKey(_, let line, _, _), .unknownKey(_, let line, _, _),
             .duplicateKey(_, let line, _), .unknownCategory(_, let line, _), .valueOutOfRange(_, let line, _, _, _),
             .invalidValue(_, let line, _, _, _), .duplicateCode(_, let line, _, _),
             .ineligibleTypeMarkedEligible(_, let line, _, _), .unknownVariantBase(_, let line, _, _):
            line
        }
    }

    /// One line: `file:line: problem (key, value). What to do.`
    public var description: String {
        switch self {
        case let .unreadableFile(file, reason):
            return "\(file): cannot read the catalogue file: \(reason). Check the path and that the file is UTF-8 YAML."
        case let .unknownBuiltIn(name, available):
            return "no built-in catalogue named '\(name)'. Use one of: \(available.joined(separator: ", ")), "
                + "or pass a catalogue file (see docs/catalogue-format.md)."
        case let .invalidYAML(file, line, column, problem):
            let at = line.map { ":\($0)" + (column.map { ":\($0)" } ?? "") } ?? ""
            return "\(file)\(at): not valid YAML: \(problem). Fix the YAML syntax at this position "
                + "(indentation, an unclosed bracket or quote, a tab)."
        case let .wrongType(file, line, "(top level)", expected, found):
            return "\(file):\(line): the catalogue must be \(expected) with at least 'city' and 'call_types', "
                + "found \(found). Is this a catalogue file? See docs/catalogue-format.md."
        case let .wrongType(file, line, key, expected, found):
            return "\(file):\(line): key '\(key)' must be \(expected), found \(found). "
                + "See docs/catalogue-format.md for the shape of each key."
        case let .missingKey(file, line, key, context):
            return "\(file):\(line): \(context) lacks the required key '\(key)'. Add it."
        case let .unknownKey(file, line, key, allowed):
            return "\(file):\(line): unknown key '\(key)'. Allowed here: \(allowed.joined(separator: ", ")). "
                + "Correct the spelling or remove the key."
        case let .duplicateKey(file, line, key):
            return "\(file):\(line): key '\(key)' appears twice in the same mapping. Keep one."
        case let .unknownCategory(file, line, value):
            return "\(file):\(line): key 'category' has unknown value '\(value)'. Use one of: "
                + CallCategory.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ") + "."
        case let .valueOutOfRange(file, line, key, value, allowed):
            return "\(file):\(line): key '\(key)' has value \(value), outside \(allowed). "
                + "Give a value in \(allowed) (a rate of 75% is written 0.75)."
        case let .invalidValue(file, line, key, value, problem):
            return "\(file):\(line): key '\(key)' has value '\(value)': \(problem)."
        case let .duplicateCode(file, line, code, firstLine):
            return "\(file):\(line): code or alias '\(code)' is already defined at line \(firstLine). "
                + "Each call type may appear once; merge the entries or remove the duplicate alias."
        case let .ineligibleTypeMarkedEligible(file, line, code, reason):
            return "\(file):\(line): key 'eligibility_rate' on '\(code)': \(reason) is never eligible for a "
                + "community responder. Remove the eligibility_rate."
        case let .unknownVariantBase(file, line, code, base):
            return "\(file):\(line): key 'variant_of' on '\(code)' names '\(base)', which this catalogue does not "
                + "define. Add an entry for '\(base)' or correct the code."
        }
    }
}
