import Yams

/// A YAML mapping being read, which remembers which keys were used so unknown keys can be reported
/// with their line, and which turns every problem into a ``ScenarioError`` naming key and line.
struct YAMLReader {
    let file: String
    let path: String
    let node: Node
    let pairs: [(key: String, keyLine: Int, value: Node)]
    /// Line of the key that introduced this mapping (its own first line for list items).
    let keyLine: Int?

    /// Wraps a mapping node; throws if `node` is not a mapping.
    init(_ node: Node, file: String, path: String, keyLine: Int? = nil) throws {
        self.file = file
        self.path = path
        self.node = node
        self.keyLine = keyLine
        guard let mapping = node.mapping else {
            throw ScenarioError.wrongType(
                file: file, line: keyLine ?? node.mark?.line ?? 0, key: path, expected: "a mapping (key: value lines)",
                found: Self.describe(node))
        }
        var pairs: [(String, Int, Node)] = []
        var seen: Set<String> = []
        for (key, value) in mapping {
            let name = key.string ?? ""
            let line = key.mark?.line ?? 0
            if seen.contains(name) {
                throw ScenarioError.duplicate(file: file, line: line, key: Self.join(path, name), value: name)
            }
            seen.insert(name)
            pairs.append((name, line, value))
        }
        self.pairs = pairs
    }

    var line: Int { keyLine ?? node.mark?.line ?? 0 }

    func key(_ name: String) -> String { Self.join(path, name) }

    static func join(_ path: String, _ name: String) -> String { path.isEmpty ? name : "\(path).\(name)" }

    /// Throws for any key not in `allowed`.
    func checkKeys(_ allowed: [String]) throws {
        for pair in pairs where !allowed.contains(pair.key) {
            throw ScenarioError.unknownKey(file: file, line: pair.keyLine, key: key(pair.key), allowed: allowed)
        }
    }

    func has(_ name: String) -> Bool { pairs.contains { $0.key == name } }

    func optionalNode(_ name: String) -> Node? { pairs.first { $0.key == name }?.value }

    func node(_ name: String) throws -> Node {
        guard let value = optionalNode(name) else {
            throw ScenarioError.missingKey(file: file, line: line, key: key(name))
        }
        return value
    }

    func lineOf(_ name: String) -> Int { pairs.first { $0.key == name }?.keyLine ?? line }

    func mapping(_ name: String) throws -> YAMLReader {
        try YAMLReader(node(name), file: file, path: key(name), keyLine: lineOf(name))
    }

    func optionalMapping(_ name: String) throws -> YAMLReader? {
        guard let value = optionalNode(name) else { return nil }
        return try YAMLReader(value, file: file, path: key(name), keyLine: lineOf(name))
    }

    func sequence(_ name: String) throws -> [Node] {
        let value = try node(name)
        guard let items = value.sequence else {
            throw ScenarioError.wrongType(
                file: file, line: value.mark?.line ?? lineOf(name), key: key(name), expected: "a list",
                found: Self.describe(value))
        }
        return Array(items)
    }

    func string(_ name: String) throws -> String {
        let value = try node(name)
        guard let scalar = value.scalar else {
            throw ScenarioError.wrongType(
                file: file, line: value.mark?.line ?? lineOf(name), key: key(name), expected: "a text",
                found: Self.describe(value))
        }
        return scalar.string
    }

    func optionalString(_ name: String) throws -> String? {
        has(name) ? try string(name) : nil
    }

    func number(_ name: String) throws -> Double {
        try Self.number(try node(name), file: file, key: key(name))
    }

    func optionalNumber(_ name: String) throws -> Double? {
        has(name) ? try number(name) : nil
    }

    func integer(_ name: String) throws -> Int {
        let value = try number(name)
        guard value == value.rounded(), abs(value) < 1e9 else {
            throw ScenarioError.wrongType(
                file: file, line: lineOf(name), key: key(name), expected: "a whole number", found: "\(value)")
        }
        return Int(value)
    }

    func bool(_ name: String) throws -> Bool {
        let value = try node(name)
        guard let flag = value.bool else {
            throw ScenarioError.wrongType(
                file: file, line: value.mark?.line ?? lineOf(name), key: key(name), expected: "true or false",
                found: Self.describe(value))
        }
        return flag
    }

    func numbers(_ name: String) throws -> [Double] {
        try sequence(name).enumerated().map { index, item in
            try Self.number(item, file: file, key: "\(key(name))[\(index)]")
        }
    }

    func strings(_ name: String) throws -> [String] {
        try sequence(name).enumerated().map { index, item in
            guard let scalar = item.scalar else {
                throw ScenarioError.wrongType(
                    file: file, line: item.mark?.line ?? 0, key: "\(key(name))[\(index)]", expected: "a text",
                    found: Self.describe(item))
            }
            return scalar.string
        }
    }

    func enumeration<T: RawRepresentable & CaseIterable>(_ name: String, default fallback: T) throws -> T
    where T.RawValue == String {
        guard has(name) else { return fallback }
        let text = try string(name)
        guard let value = T(rawValue: text) else {
            throw ScenarioError.wrongType(
                file: file, line: lineOf(name), key: key(name),
                expected: "one of " + T.allCases.map(\.rawValue).joined(separator: ", "), found: "'\(text)'")
        }
        return value
    }

    static func number(_ node: Node, file: String, key: String) throws -> Double {
        guard let scalar = node.scalar else {
            throw ScenarioError.wrongType(
                file: file, line: node.mark?.line ?? 0, key: key, expected: "a number", found: describe(node))
        }
        let text = scalar.string.replacingOccurrences(of: "_", with: "")
        guard let value = Double(text), value.isFinite else {
            throw ScenarioError.wrongType(
                file: file, line: node.mark?.line ?? 0, key: key, expected: "a number", found: "'\(scalar.string)'")
        }
        return value
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case let .scalar(scalar): "'\(scalar.string)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        }
    }
}
