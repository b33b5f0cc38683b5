import Foundation
import Vocabulary

extension ScreeningProtocol {
    /// The protocol shipped with Reroute (`Resources/protocol.yaml`).
    /// - Throws: ``ProtocolError`` or ``YAMLError`` if the bundled file is missing or invalid.
    public static func bundled() throws -> ScreeningProtocol {
        try load(from: try bundledURL())
    }

    /// The text of the bundled rule file, for `screen protocol --yaml` and as a template for users.
    public static func bundledYAML() throws -> String {
        try String(contentsOf: try bundledURL(), encoding: .utf8)
    }

    private static func bundledURL() throws(ProtocolError) -> URL {
        guard let url = Bundle.module.url(forResource: "protocol", withExtension: "yaml", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "protocol", withExtension: "yaml") else {
            throw ProtocolError.unreadable(file: "protocol.yaml", reason: "not found in the Screening resource bundle")
        }
        return url
    }

    /// Loads and checks a rule file.
    /// - Throws: ``ProtocolError/unreadable(file:reason:)`` for a file that cannot be read, otherwise as
    ///   ``parse(yaml:file:)``.
    public static func load(from url: URL) throws -> ScreeningProtocol {
        let text: String
        do { text = try TextFile.read(url) } catch { throw ProtocolError.unreadable(file: url.path, reason: error.reason) }
        return try parse(yaml: text, file: url.path)
    }

    /// Parses and checks rule-file text (the format of docs/screening.md).
    /// - Parameters:
    ///   - yaml: The file contents.
    ///   - file: The name used in error messages.
    /// - Throws: ``YAMLError`` for a structural problem (not YAML, an unknown, missing or repeated key, a value of
    ///   the wrong kind) and ``ProtocolError`` for rules that are wrong as rules; both name the file and line
    ///   (exit 65).
    public static func parse(yaml: String, file: String = "<rules>") throws -> ScreeningProtocol {
        let top = try YAMLDocument.mapping(yaml, file: file)
        try top.checkKeys(["version", "name", "source", "eligible_call_types", "ineligible_markers", "rules"])
        let reader = RuleFileReader(file: file)
        let version = try reader.text(top, "version")
        let name = try top.optionalString("name") ?? "Unnamed protocol"
        let source = try top.optionalString("source") ?? ""
        let types = try reader.list(top, "eligible_call_types")
        var suffixes: [String] = []
        var fragments: [String] = []
        if let markers = try top.optionalMapping("ineligible_markers") {
            try markers.checkKeys(["suffixes", "contains"])
            suffixes = markers.has("suffixes") ? try reader.list(markers, "suffixes") : []
            fragments = markers.has("contains") ? try reader.list(markers, "contains") : []
        }
        let ruleNodes = try top.sequence("rules")
        guard !ruleNodes.isEmpty else {
            throw ProtocolError.badValue(file: file, line: top.lineOf("rules"), field: "rules", value: "[]",
                                         expected: "a non-empty list of rules")
        }
        var rules: [ProtocolRule] = []
        var firstLine: [String: Int] = [:]
        for (index, node) in ruleNodes.enumerated() {
            let rule = try reader.rule(YAMLMapping(node, file: file, path: "rules[\(index)]"))
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
}

/// Reads the rules of a rule file through ``YAMLMapping`` (which checks keys, kinds and lines) and checks what
/// only a protocol knows: decisions and the values each condition field takes.
struct RuleFileReader {
    let file: String

    /// A required, non-empty text.
    func text(_ map: YAMLMapping, _ name: String) throws -> String {
        let value = try map.string(name)
        guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ProtocolError.badValue(file: file, line: map.lineOf(name), field: map.key(name), value: value,
                                         expected: "a non-empty value")
        }
        return value
    }

    /// One value or a list of values.
    func list(_ map: YAMLMapping, _ name: String) throws -> [String] {
        if let scalar = try map.node(name).scalar { return [scalar.string] }
        return try map.strings(name)
    }

    func rule(_ map: YAMLMapping) throws -> ProtocolRule {
        try map.checkKeys(["id", "when", "when_any", "decision", "code", "reason"])
        let id = try text(map, "id")
        let decisionText = try text(map, "decision")
        guard let decision = ResponseDecision(rawValue: decisionText) else {
            throw ProtocolError.badValue(file: file, line: map.lineOf("decision"), field: "decision", value: decisionText,
                                         expected: "one of \(ResponseDecision.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let code = try text(map, "code")
        let reason = try text(map, "reason")
        guard map.has("when") else {
            throw YAMLError.invalidValue(file: file, line: map.line, key: map.key("when"),
                                         reason: "rule '\(id)' has no conditions; use `when: {}` for a catch-all")
        }
        let all = try conditions(try map.mapping("when"))
        let any = try map.optionalMapping("when_any").map(conditions) ?? [:]
        if map.has("when_any") && any.isEmpty {
            throw ProtocolError.badValue(file: file, line: map.lineOf("when_any"), field: "when_any", value: "{}",
                                         expected: "at least one field (or remove when_any)")
        }
        return ProtocolRule(id: id, all: all, any: any, decision: decision, shortCode: code, reason: reason,
                            line: map.node.mark?.line ?? map.line)
    }

    func conditions(_ map: YAMLMapping) throws -> [ProtocolField: Set<String>] {
        try map.checkKeys(ProtocolField.allCases.map(\.rawValue))
        var result: [ProtocolField: Set<String>] = [:]
        for pair in map.pairs {
            guard let field = ProtocolField(rawValue: pair.key) else { continue }
            let values = try list(map, pair.key).map { $0.lowercased() }
            for value in values where !field.domain.contains(value) {
                throw ProtocolError.badValue(file: file, line: pair.value.mark?.line ?? pair.keyLine, field: pair.key,
                                             value: value, expected: "one of \(field.domain.joined(separator: ", "))")
            }
            result[field] = Set(values)
        }
        return result
    }
}
