import Foundation
import Yams

extension ScreeningProtocol {
    /// The protocol shipped with Reroute (`Resources/protocol.yaml`).
    /// - Throws: ``ProtocolError`` if the bundled file is missing or invalid.
    public static func bundled() throws -> ScreeningProtocol {
        guard let url = Bundle.module.url(forResource: "protocol", withExtension: "yaml", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "protocol", withExtension: "yaml") else {
            throw ProtocolError.unreadable(file: "protocol.yaml", reason: "not found in the Screening resource bundle")
        }
        return try load(from: url)
    }

    /// The text of the bundled rule file, for `screen protocol --yaml` and as a template for users.
    public static func bundledYAML() throws -> String {
        guard let url = Bundle.module.url(forResource: "protocol", withExtension: "yaml", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "protocol", withExtension: "yaml") else {
            throw ProtocolError.unreadable(file: "protocol.yaml", reason: "not found in the Screening resource bundle")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Loads and checks a rule file.
    /// - Throws: ``ProtocolError`` naming the file, line, field and value of the first problem.
    public static func load(from url: URL) throws -> ScreeningProtocol {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ProtocolError.unreadable(file: url.path, reason: error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ProtocolError.unreadable(file: url.path, reason: "the file is not valid UTF-8 text")
        }
        return try parse(yaml: text, file: url.path)
    }

    /// Parses and checks rule-file text.
    /// - Parameters:
    ///   - yaml: The file contents.
    ///   - file: The name used in error messages.
    /// - Throws: ``ProtocolError``.
    public static func parse(yaml: String, file: String = "<rules>") throws -> ScreeningProtocol {
        let root: Node?
        do { root = try Yams.compose(yaml: yaml) } catch let error as YamlError {
            throw ProtocolError.malformedYAML(file: file, line: Self.line(of: error), problem: Self.problem(of: error))
        } catch {
            throw ProtocolError.malformedYAML(file: file, line: 0, problem: "\(error)")
        }
        guard let root, case .mapping = root else {
            throw ProtocolError.badValue(file: file, line: 1, field: "<document>", value: "not a mapping",
                                         expected: "a mapping with version, name, eligible_call_types and rules")
        }
        let reader = RuleFileReader(file: file)
        let top = try reader.mapping(root, allowed: ["version", "name", "source", "eligible_call_types",
                                                     "ineligible_markers", "rules"], context: "the file")
        let version = try reader.requiredScalar(top, "version", in: root, context: "the file")
        let name = try top["name"].map { try reader.scalar($0, field: "name") } ?? "Unnamed protocol"
        let source = try top["source"].map { try reader.scalar($0, field: "source") } ?? ""
        guard let typesNode = top["eligible_call_types"] else {
            throw ProtocolError.missingField(file: file, line: reader.line(root), field: "eligible_call_types", context: "the file")
        }
        let types = try reader.scalarList(typesNode, field: "eligible_call_types")
        var suffixes: [String] = []
        var fragments: [String] = []
        if let markers = top["ineligible_markers"] {
            let map = try reader.mapping(markers, allowed: ["suffixes", "contains"], context: "ineligible_markers")
            suffixes = try map["suffixes"].map { try reader.scalarList($0, field: "suffixes") } ?? []
            fragments = try map["contains"].map { try reader.scalarList($0, field: "contains") } ?? []
        }
        guard let rulesNode = top["rules"] else {
            throw ProtocolError.missingField(file: file, line: reader.line(root), field: "rules", context: "the file")
        }
        guard case let .sequence(sequence) = rulesNode, !sequence.isEmpty else {
            throw ProtocolError.badValue(file: file, line: reader.line(rulesNode), field: "rules", value: "not a list",
                                         expected: "a non-empty list of rules")
        }
        var rules: [ProtocolRule] = []
        var firstLine: [String: Int] = [:]
        for node in sequence {
            let rule = try reader.rule(node)
            if let earlier = firstLine[rule.id] {
                throw ProtocolError.duplicateRuleID(file: file, line: rule.line, id: rule.id, firstLine: earlier)
            }
            firstLine[rule.id] = rule.line
            rules.append(rule)
        }
        return try ScreeningProtocol(version: version, name: name, source: source, eligibleCallTypes: types,
                                     ineligibleSuffixes: suffixes, ineligibleFragments: fragments,
                                     rules: rules, file: file)
    }

    static func line(of error: YamlError) -> Int {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): return mark.line
        default: return 0
        }
    }

    static func problem(of error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _): return problem
        default: return "\(error)"
        }
    }
}

/// Walks a composed YAML tree, checking keys and values and remembering lines for errors.
struct RuleFileReader {
    let file: String

    func line(_ node: Node) -> Int { node.mark?.line ?? 0 }

    func mapping(_ node: Node, allowed: [String], context: String) throws -> [String: Node] {
        guard case let .mapping(mapping) = node else {
            throw ProtocolError.badValue(file: file, line: line(node), field: context, value: describe(node),
                                         expected: "a mapping with keys \(allowed.joined(separator: ", "))")
        }
        var result: [String: Node] = [:]
        for (key, value) in mapping {
            guard case let .scalar(keyScalar) = key else {
                throw ProtocolError.badValue(file: file, line: line(key), field: context, value: describe(key),
                                             expected: "plain keys")
            }
            let name = keyScalar.string
            guard allowed.contains(name) else {
                throw ProtocolError.unknownField(file: file, line: line(key), field: name, allowed: allowed)
            }
            guard result[name] == nil else { throw ProtocolError.duplicateField(file: file, line: line(key), field: name) }
            result[name] = value
        }
        return result
    }

    func scalar(_ node: Node, field: String) throws -> String {
        guard case let .scalar(scalar) = node else {
            throw ProtocolError.badValue(file: file, line: line(node), field: field, value: describe(node),
                                         expected: "a single value")
        }
        return scalar.string
    }

    func requiredScalar(_ map: [String: Node], _ field: String, in parent: Node, context: String) throws -> String {
        guard let node = map[field] else {
            throw ProtocolError.missingField(file: file, line: line(parent), field: field, context: context)
        }
        let value = try scalar(node, field: field)
        guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ProtocolError.badValue(file: file, line: line(node), field: field, value: value, expected: "a non-empty value")
        }
        return value
    }

    func scalarList(_ node: Node, field: String) throws -> [String] {
        switch node {
        case .scalar: return [try scalar(node, field: field)]
        case let .sequence(sequence): return try sequence.map { try scalar($0, field: field) }
        default:
            throw ProtocolError.badValue(file: file, line: line(node), field: field, value: describe(node),
                                         expected: "a value or a list of values")
        }
    }

    func rule(_ node: Node) throws -> ProtocolRule {
        let keys = ["id", "when", "when_any", "decision", "code", "reason"]
        let map = try mapping(node, allowed: keys, context: "rule")
        let id = try requiredScalar(map, "id", in: node, context: "a rule")
        let context = "rule '\(id)'"
        let decisionText = try requiredScalar(map, "decision", in: node, context: context)
        guard let decision = ResponseDecision(rawValue: decisionText) else {
            throw ProtocolError.badValue(file: file, line: line(map["decision"] ?? node), field: "decision", value: decisionText,
                                         expected: "one of \(ResponseDecision.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let code = try requiredScalar(map, "code", in: node, context: context)
        let reason = try requiredScalar(map, "reason", in: node, context: context)
        guard let whenNode = map["when"] else {
            throw ProtocolError.missingField(file: file, line: line(node), field: "when", context: context + " (use `when: {}` for a catch-all)")
        }
        let all = try conditions(whenNode, key: "when")
        let any = try map["when_any"].map { try conditions($0, key: "when_any") } ?? [:]
        if map["when_any"] != nil && any.isEmpty {
            throw ProtocolError.badValue(file: file, line: line(map["when_any"] ?? node), field: "when_any", value: "{}",
                                         expected: "at least one field (or remove when_any)")
        }
        return ProtocolRule(id: id, all: all, any: any, decision: decision, shortCode: code, reason: reason, line: line(node))
    }

    func conditions(_ node: Node, key: String) throws -> [ProtocolField: Set<String>] {
        let map = try mapping(node, allowed: ProtocolField.allCases.map(\.rawValue), context: key)
        var result: [ProtocolField: Set<String>] = [:]
        for (name, valueNode) in map {
            guard let field = ProtocolField(rawValue: name) else { continue }
            let values = try scalarList(valueNode, field: name).map { $0.lowercased() }
            for value in values where !field.domain.contains(value) {
                throw ProtocolError.badValue(file: file, line: line(valueNode), field: name, value: value,
                                             expected: "one of \(field.domain.joined(separator: ", "))")
            }
            result[field] = Set(values)
        }
        return result
    }

    func describe(_ node: Node) -> String {
        switch node {
        case let .scalar(scalar): scalar.string
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}
