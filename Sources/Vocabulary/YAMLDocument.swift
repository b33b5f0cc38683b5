import Foundation
import Yams

/// A problem in a YAML file Reroute reads (profile, catalogue, scenario, screening rules, lexicon): always the
/// file, the line and the key, and what was expected. Every case exits 65 (invalid data).
public enum YAMLError: RerouteError, Sendable, Equatable {
    /// The text is not YAML.
    case malformedYAML(file: String, line: Int, problem: String)
    /// A key the format does not have.
    case unknownKey(file: String, line: Int, key: String, allowed: [String])
    /// A required key is absent.
    case missingKey(file: String, line: Int, key: String)
    /// A value of the wrong kind (a list where a number belongs, ...).
    case wrongType(file: String, line: Int, key: String, expected: String, found: String)
    /// A listed value given twice (a call-type code, a rule id).
    case duplicate(file: String, line: Int, key: String, value: String)
    /// A key given twice in one mapping: the line of the repeat and of the first.
    case duplicateKey(file: String, line: Int, key: String, firstLine: Int)
    /// Nesting deeper than Reroute reads (refused before parsing, so that no input can exhaust the stack).
    case tooDeep(file: String, line: Int, limit: Int)
    /// A value the format does not allow, with the reason.
    case invalidValue(file: String, line: Int, key: String, reason: String)

    public var exitStatus: ExitStatus { .dataError }

    public var description: String {
        switch self {
        case let .malformedYAML(file, line, problem):
            "\(file):\(line): the YAML does not parse (\(problem)); fix the syntax at that line."
        case let .unknownKey(file, line, key, allowed):
            "\(file):\(line): unknown key '\(key)'; allowed here: \(allowed.joined(separator: ", ")). Check the spelling."
        case let .missingKey(file, line, key):
            "\(file):\(line): missing key '\(key)'; add it."
        case let .wrongType(file, line, key, expected, found):
            "\(file):\(line): '\(key)' should be \(expected) but is \(found); correct the value."
        case let .duplicate(file, line, key, value):
            "\(file):\(line): '\(key)' value '\(value)' appears more than once; keep one entry."
        case let .duplicateKey(file, line, key, firstLine):
            "\(file):\(line): '\(key)' appears twice in the same mapping (lines \(firstLine) and \(line)); keep one."
        case let .tooDeep(file, line, limit):
            "\(file):\(line): nested more than \(limit) levels deep; Reroute's YAML files need only a few levels."
        case let .invalidValue(file, line, key, reason):
            "\(file):\(line): '\(key)': \(reason)."
        }
    }
}

/// Parses YAML text into a node that keeps line numbers, refusing runaway nesting first.
public enum YAMLDocument {
    /// The deepest nesting of lists and mappings Reroute accepts (its formats use fewer than ten levels).
    public static let nestingLimit = 64

    /// Parses `text`; nil for an empty document.
    /// - Parameter file: the name used in messages.
    /// - Throws: ``YAMLError/malformedYAML(file:line:problem:)`` or ``YAMLError/tooDeep(file:line:limit:)``.
    public static func parse(_ text: String, file: String) throws(YAMLError) -> Node? {
        if let line = lineExceedingNesting(text) { throw .tooDeep(file: file, line: line, limit: nestingLimit) }
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            switch error {
            case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
                throw .malformedYAML(file: file, line: mark.line, problem: problem)
            default:
                throw .malformedYAML(file: file, line: 0, problem: "\(error)")
            }
        } catch {
            throw .malformedYAML(file: file, line: 0, problem: "\(error)")
        }
    }

    /// Reads and parses a YAML file; its root must be a mapping.
    /// - Throws: ``YAMLError`` (an unreadable file is reported as malformed at line 0 with the system's reason).
    public static func mapping(contentsOf url: URL) throws(YAMLError) -> YAMLMapping {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw .malformedYAML(file: url.path, line: 0, problem: "cannot read the file: \(error.localizedDescription)")
        }
        return try mapping(text, file: url.path)
    }

    /// Parses YAML text whose root must be a mapping.
    public static func mapping(_ text: String, file: String) throws(YAMLError) -> YAMLMapping {
        guard let node = try parse(text, file: file) else {
            throw .wrongType(file: file, line: 1, key: "(document)", expected: "a mapping (key: value lines)", found: "an empty file")
        }
        return try YAMLMapping(node, file: file, path: "")
    }

    /// The line where flow (`[`, `{`) or block (indentation) nesting first exceeds the limit, if it does.
    /// - Complexity: O(n) in the length of the text.
    static func lineExceedingNesting(_ text: String) -> Int? {
        var depth = 0
        var line = 1
        var quote: UInt8? = nil
        var indentLevels: [Int] = []
        var atLineStart = true
        var indent = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                line += 1
                atLineStart = true
                indent = 0
                quote = nil
                continue
            }
            if atLineStart {
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") { indent += 1; continue }
                atLineStart = false
                if byte != UInt8(ascii: "#") {
                    while let last = indentLevels.last, last >= indent { indentLevels.removeLast() }
                    indentLevels.append(indent)
                    if indentLevels.count > nestingLimit { return line }
                }
            }
            if let q = quote {
                if byte == q { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > nestingLimit { return line }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }
}
