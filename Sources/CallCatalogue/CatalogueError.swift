import Vocabulary

/// Why a catalogue could not be loaded, beyond the structural problems the shared YAML reader reports as
/// ``YAMLError``: a value a catalogue does not allow. Each description names the file, line, key and value and
/// says what to do; every case exits 65 (invalid data).
public enum CatalogueError: RerouteError, Equatable, Sendable {
    /// The file could not be read (missing, unreadable, not UTF-8).
    case unreadableFile(file: String, reason: String)
    /// No built-in catalogue has this name.
    case unknownBuiltIn(name: String, available: [String])
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
        case .unreadableFile(let file, _), .unknownCategory(let file, _, _), .valueOutOfRange(let file, _, _, _, _),
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
        case .unknownCategory(_, let line, _), .valueOutOfRange(_, let line, _, _, _),
             .invalidValue(_, let line, _, _, _), .duplicateCode(_, let line, _, _),
             .ineligibleTypeMarkedEligible(_, let line, _, _), .unknownVariantBase(_, let line, _, _):
            line
        }
    }

    public var exitStatus: ExitStatus { .dataError }

    /// One line: `file:line: problem (key, value). What to do.`
    public var description: String {
        switch self {
        case let .unreadableFile(file, reason):
            return "\(file): cannot read the catalogue file: \(reason). Check the path and that the file is UTF-8 YAML."
        case let .unknownBuiltIn(name, available):
            return "no built-in catalogue named '\(name)'. Use one of: \(available.joined(separator: ", ")), "
                + "or pass a catalogue file (see docs/catalogue-format.md)."
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
