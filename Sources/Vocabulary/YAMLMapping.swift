import Yams

/// A YAML mapping being read: every key keeps its line, duplicate keys are refused, unknown keys are
/// reported with the keys allowed, and every problem becomes a ``YAMLError`` naming file, key and line.
///
/// The one YAML reader of Reroute: profiles, catalogues, scenarios, screening rules and lexicons all read
/// through it, so a mistake in any of them is reported the same way.
public struct YAMLMapping {
    public let file: String
    public let path: String
    public let node: Node
    public let pairs: [(key: String, keyLine: Int, value: Node)]
    /// Line of the key that introduced this mapping (its own first line for list items).
    public let keyLine: Int?

    /// Wraps a mapping node; throws if `node` is not a mapping.
    public init(_ node: Node, file: String, path: String, keyLine: Int? = nil) throws(YAMLError) {
        self.file = file
        self.path = path
        self.node = node
        self.keyLine = keyLine
        guard let mapping = node.mapping else {
            throw YAMLError.wrongType(
                file: file, line: keyLine ?? node.mark?.line ?? 0, key: path.isEmpty ? "(document)" : path,
                expected: "a mapping (key: value lines)",
                found: Self.describe(node))
        }
        var pairs: [(String, Int, Node)] = []
        var firstLines: [String: Int] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                throw YAMLError.wrongType(
                    file: file, line: key.mark?.line ?? 0, key: path.isEmpty ? "(document)" : path,
                    expected: "a mapping with plain text keys", found: Self.describe(key))
            }
            let line = key.mark?.line ?? 0
            if let firstLine = firstLines[name] {
                throw YAMLError.duplicateKey(file: file, line: line, key: Self.join(path, name), firstLine: firstLine)
            }
            firstLines[name] = line
            pairs.append((name, line, value))
        }
        self.pairs = pairs
    }

    public var line: Int { keyLine ?? node.mark?.line ?? 0 }

    public func key(_ name: String) -> String { Self.join(path, name) }

    public static func join(_ path: String, _ name: String) -> String { path.isEmpty ? name : "\(path).\(name)" }

    /// Throws for any key not in `allowed`.
    public func checkKeys(_ allowed: [String]) throws {
        for pair in pairs where !allowed.contains(pair.key) {
            throw YAMLError.unknownKey(file: file, line: pair.keyLine, key: key(pair.key), allowed: allowed)
        }
    }

    public func has(_ name: String) -> Bool { pairs.contains { $0.key == name } }

    public func optionalNode(_ name: String) -> Node? { pairs.first { $0.key == name }?.value }

    public func node(_ name: String) throws -> Node {
        guard let value = optionalNode(name) else {
            throw YAMLError.missingKey(file: file, line: line, key: key(name))
        }
        return value
    }

    public func lineOf(_ name: String) -> Int { pairs.first { $0.key == name }?.keyLine ?? line }

    public func mapping(_ name: String) throws -> YAMLMapping {
        try YAMLMapping(node(name), file: file, path: key(name), keyLine: lineOf(name))
    }

    public func optionalMapping(_ name: String) throws -> YAMLMapping? {
        guard let value = optionalNode(name) else { return nil }
        return try YAMLMapping(value, file: file, path: key(name), keyLine: lineOf(name))
    }

    public func sequence(_ name: String) throws -> [Node] {
        let value = try node(name)
        guard let items = value.sequence else {
            throw YAMLError.wrongType(
                file: file, line: value.mark?.line ?? lineOf(name), key: key(name), expected: "a list",
                found: Self.describe(value))
        }
        return Array(items)
    }

    public func string(_ name: String) throws -> String {
        let value = try node(name)
        guard let scalar = value.scalar else {
            throw YAMLError.wrongType(
                file: file, line: value.mark?.line ?? lineOf(name), key: key(name), expected: "a text",
                found: Self.describe(value))
        }
        return scalar.string
    }

    public func optionalString(_ name: String) throws -> String? {
        has(name) ? try string(name) : nil
    }

    public func number(_ name: String) throws -> Double {
        try Self.number(try node(name), file: file, key: key(name))
    }

    public func optionalNumber(_ name: String) throws -> Double? {
        has(name) ? try number(name) : nil
    }

    public func integer(_ name: String) throws -> Int {
        let value = try number(name)
        guard value == value.rounded(), abs(value) < 1e9 else {
            throw YAMLError.wrongType(
                file: file, line: lineOf(name), key: key(name), expected: "a whole number", found: "\(value)")
        }
        return Int(value)
    }

    public func bool(_ name: String) throws -> Bool {
        let value = try node(name)
        guard let flag = value.bool else {
            throw YAMLError.wrongType(
                file: file, line: value.mark?.line ?? lineOf(name), key: key(name), expected: "true or false",
                found: Self.describe(value))
        }
        return flag
    }

    public func numbers(_ name: String) throws -> [Double] {
        try sequence(name).enumerated().map { index, item in
            try Self.number(item, file: file, key: "\(key(name))[\(index)]")
        }
    }

    public func strings(_ name: String) throws -> [String] {
        try sequence(name).enumerated().map { index, item in
            guard let scalar = item.scalar else {
                throw YAMLError.wrongType(
                    file: file, line: item.mark?.line ?? 0, key: "\(key(name))[\(index)]", expected: "a text",
                    found: Self.describe(item))
            }
            return scalar.string
        }
    }

    public func enumeration<T: RawRepresentable & CaseIterable>(_ name: String, default fallback: T) throws -> T
    where T.RawValue == String {
        guard has(name) else { return fallback }
        let text = try string(name)
        guard let value = T(rawValue: text) else {
            throw YAMLError.wrongType(
                file: file, line: lineOf(name), key: key(name),
                expected: "one of " + T.allCases.map(\.rawValue).joined(separator: ", "), found: "'\(text)'")
        }
        return value
    }

    public static func number(_ node: Node, file: String, key: String) throws -> Double {
        guard let scalar = node.scalar else {
            throw YAMLError.wrongType(
                file: file, line: node.mark?.line ?? 0, key: key, expected: "a number", found: describe(node))
        }
        let text = scalar.string.replacingOccurrences(of: "_", with: "")
        guard let value = Double(text), value.isFinite else {
            throw YAMLError.wrongType(
                file: file, line: node.mark?.line ?? 0, key: key, expected: "a number", found: "'\(scalar.string)'")
        }
        return value
    }

    /// How a node is named in messages: a scalar quoted (cut at 60 characters), or "a mapping" / "a list".
    public static func describe(_ node: Node) -> String {
        switch node {
        case let .scalar(scalar):
            scalar.string.isEmpty
                ? "nothing" : "'\(scalar.string.count > 60 ? scalar.string.prefix(60) + "..." : scalar.string)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}
