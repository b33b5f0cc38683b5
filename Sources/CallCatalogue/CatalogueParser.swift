import Yams

/// Turns catalogue YAML into a ``CallCatalogue``, checking every key and value and reporting the line of the
/// first problem. It works on Yams `Node`s (from `Yams.compose`) so that every key and value keeps its position.
struct CatalogueParser {
    let file: String
    let text: String

    static let topLevelKeys = ["version", "city", "period", "sources", "published", "call_types"]
    static let entryKeys = [
        "code", "label", "category", "aliases", "eligibility_rate", "published", "domestic_violence", "weapon",
        "variant_of",
    ]
    static let sourcedValueKeys = ["value", "unit", "source"]
    static let supportedVersion = 1

    /// An entry as read, with the lines needed for checks that span entries.
    private struct ParsedEntry {
        var entry: CatalogueEntry
        var line: Int
        var eligibilityLine: Int?
        var variantOfLine: Int?
    }

    func parse() throws(CatalogueError) -> CallCatalogue {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw CatalogueError.invalidYAML(
                    file: file, line: 1, column: nil,
                    problem: "the file is empty; a catalogue needs at least 'city' and 'call_types'")
            }
            root = node
        } catch let error as CatalogueError {
            throw error
        } catch let error as YamlError {
            throw translate(error)
        } catch {
            throw CatalogueError.invalidYAML(file: file, line: nil, column: nil, problem: "\(error)")
        }

        let top = try mapping(root, key: "(top level)", allowed: Self.topLevelKeys, context: "the catalogue")
        if let version = top["version"] {
            guard let number = version.value.int else {
                throw wrongType(version.value, key: "version", expected: "an integer")
            }
            guard number == Self.supportedVersion else {
                throw CatalogueError.invalidValue(
                    file: file, line: line(version.value), key: "version", value: "\(number)",
                    problem: "this Reroute reads catalogue version \(Self.supportedVersion); write 'version: 1'")
            }
        }
        let city = try requiredString(top, "city", in: root, context: "the catalogue")
        let period = try top["period"].map { pair throws(CatalogueError) in
            try string(pair.value, key: "period")
        } ?? ""
        var sources: [String] = []
        if let pair = top["sources"] {
            sources = try sequence(pair.value, key: "sources").map { node throws(CatalogueError) in
                try string(node, key: "sources")
            }
        }
        let published = try top["published"].map { pair throws(CatalogueError) in
            try publishedValues(pair.value, key: "published")
        } ?? [:]
        guard let typesPair = top["call_types"] else {
            throw CatalogueError.missingKey(file: file, line: line(root), key: "call_types", context: "the catalogue")
        }
        var parsed: [ParsedEntry] = []
        for node in try sequence(typesPair.value, key: "call_types") {
            parsed.append(try entry(node))
        }
        try checkCodesAreUnique(parsed)
        try resolveVariants(&parsed)
        return CallCatalogue(
            city: city, period: period, sources: sources, published: published, entries: parsed.map(\.entry))
    }

    // MARK: Entries

    private func entry(_ node: Node) throws(CatalogueError) -> ParsedEntry {
        let fields = try mapping(node, key: "call_types", allowed: Self.entryKeys, context: "a call_types entry")
        let code = CallCatalogue.normalise(try requiredString(fields, "code", in: node, context: "a call_types entry"))
        let context = "call type '\(code)'"
        let label = try fields["label"].map { pair throws(CatalogueError) in
            try string(pair.value, key: "label")
        } ?? code
        let categoryText = try requiredString(fields, "category", in: node, context: context)
        guard let category = CallCategory(rawValue: categoryText) else {
            throw CatalogueError.unknownCategory(
                file: file, line: line(fields["category"]?.value ?? node), value: categoryText)
        }
        var aliases: [String] = []
        if let pair = fields["aliases"] {
            for aliasNode in try sequence(pair.value, key: "aliases") {
                aliases.append(CallCatalogue.normalise(try string(aliasNode, key: "aliases")))
            }
        }
        var rate: SourcedValue?
        if let pair = fields["eligibility_rate"] {
            let value = try sourcedValue(pair.value, key: "eligibility_rate")
            guard (0.0...1.0).contains(value.value) else {
                throw CatalogueError.valueOutOfRange(
                    file: file, line: line(pair.value), key: "eligibility_rate.value",
                    value: formatted(value.value), allowed: "0...1")
            }
            rate = value
        }
        let published = try fields["published"].map { pair throws(CatalogueError) in
            try publishedValues(pair.value, key: "published")
        } ?? [:]
        let markedDV = try fields["domestic_violence"].map { pair throws(CatalogueError) in
            try bool(pair.value, key: "domestic_violence")
        } ?? false
        let markedWeapon = try fields["weapon"].map { pair throws(CatalogueError) in
            try bool(pair.value, key: "weapon")
        } ?? false
        let variantOf = try fields["variant_of"].map { pair throws(CatalogueError) in
            CallCatalogue.normalise(try string(pair.value, key: "variant_of"))
        }
        let entry = CatalogueEntry(
            code: code,
            label: label,
            category: category,
            eligibilityRate: rate,
            aliases: aliases,
            isDomesticViolenceVariant: markedDV || CallCatalogue.isDomesticViolenceCode(code),
            isWeaponVariant: markedWeapon || CallCatalogue.isWeaponCode(code),
            published: published,
            variantOf: variantOf
        )
        return ParsedEntry(
            entry: entry, line: line(node),
            eligibilityLine: fields["eligibility_rate"].map { line($0.key) },
            variantOfLine: fields["variant_of"].map { line($0.key) })
    }

    private func checkCodesAreUnique(_ parsed: [ParsedEntry]) throws(CatalogueError) {
        var firstLine: [String: Int] = [:]
        for item in parsed {
            for key in [item.entry.code] + item.entry.aliases {
                if let first = firstLine[key] {
                    throw CatalogueError.duplicateCode(file: file, line: item.line, code: key, firstLine: first)
                }
                firstLine[key] = item.line
            }
        }
    }

    /// Checks `variant_of`, lets variants inherit the base's weapon flag, and rejects eligible DV, weapon and
    /// officer-initiated types.
    private func resolveVariants(_ parsed: inout [ParsedEntry]) throws(CatalogueError) {
        var indexByKey: [String: Int] = [:]
        for (index, item) in parsed.enumerated() {
            for key in [item.entry.code] + item.entry.aliases where indexByKey[key] == nil {
                indexByKey[key] = index
            }
        }
        for index in parsed.indices {
            guard let base = parsed[index].entry.variantOf else { continue }
            guard let baseIndex = indexByKey[base], baseIndex != index else {
                throw CatalogueError.unknownVariantBase(
                    file: file, line: parsed[index].variantOfLine ?? parsed[index].line,
                    code: parsed[index].entry.code, base: base)
            }
            parsed[index].entry.variantOf = parsed[baseIndex].entry.code
            if parsed[baseIndex].entry.isWeaponVariant { parsed[index].entry.isWeaponVariant = true }
            if parsed[baseIndex].entry.isDomesticViolenceVariant { parsed[index].entry.isDomesticViolenceVariant = true }
        }
        for item in parsed {
            guard let rateLine = item.eligibilityLine else { continue }
            let entry = item.entry
            let reason: String? =
                if entry.isDomesticViolenceVariant { "a domestic-violence (DV) variant" }
                else if entry.isWeaponVariant { "a weapon variant" }
                else if entry.isOfficerInitiated { "officer-initiated activity" }
                else { nil }
            if let reason {
                throw CatalogueError.ineligibleTypeMarkedEligible(
                    file: file, line: rateLine, code: entry.code, reason: reason)
            }
        }
    }

    // MARK: Values

    private func publishedValues(_ node: Node, key: String) throws(CatalogueError) -> [String: SourcedValue] {
        let fields = try mapping(node, key: key, allowed: nil, context: "'\(key)'")
        var values: [String: SourcedValue] = [:]
        for (name, pair) in fields.pairs {
            values[name] = try sourcedValue(pair.value, key: "\(key).\(name)")
        }
        return values
    }

    private func sourcedValue(_ node: Node, key: String) throws(CatalogueError) -> SourcedValue {
        let fields = try mapping(node, key: key, allowed: Self.sourcedValueKeys, context: "'\(key)'")
        guard let valuePair = fields["value"] else {
            throw CatalogueError.missingKey(file: file, line: line(node), key: "value", context: "'\(key)'")
        }
        guard valuePair.value.scalar != nil, let number = valuePair.value.float, number.isFinite else {
            throw wrongType(valuePair.value, key: "\(key).value", expected: "a number")
        }
        let unit = try requiredString(fields, "unit", in: node, context: "'\(key)'")
        let source = try requiredString(fields, "source", in: node, context: "'\(key)'")
        return SourcedValue(value: number, unit: unit, source: source)
    }

    // MARK: Node helpers

    /// A mapping's pairs by key, rejecting duplicate keys and (when `allowed` is given) unknown keys.
    private struct Fields {
        var pairs: [(String, (key: Node, value: Node))] = []
        subscript(_ name: String) -> (key: Node, value: Node)? {
            pairs.first { $0.0 == name }?.1
        }
    }

    private func mapping(
        _ node: Node, key: String, allowed: [String]?, context: String
    ) throws(CatalogueError) -> Fields {
        guard let mapping = node.mapping else {
            throw wrongType(node, key: key, expected: "a mapping (key: value lines)")
        }
        var fields = Fields()
        for (keyNode, valueNode) in mapping {
            guard let name = keyNode.scalar?.string else {
                throw wrongType(keyNode, key: key, expected: "a mapping with plain text keys")
            }
            if let allowed, !allowed.contains(name) {
                throw CatalogueError.unknownKey(file: file, line: line(keyNode), key: name, allowed: allowed)
            }
            if fields[name] != nil {
                throw CatalogueError.duplicateKey(file: file, line: line(keyNode), key: name)
            }
            fields.pairs.append((name, (key: keyNode, value: valueNode)))
        }
        return fields
    }

    private func sequence(_ node: Node, key: String) throws(CatalogueError) -> [Node] {
        guard let sequence = node.sequence else {
            throw wrongType(node, key: key, expected: "a list")
        }
        return Array(sequence)
    }

    private func string(_ node: Node, key: String) throws(CatalogueError) -> String {
        guard let scalar = node.scalar else {
            throw wrongType(node, key: key, expected: "text")
        }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, node.null == nil || scalar.style != .plain else {
            throw CatalogueError.invalidValue(
                file: file, line: line(node), key: key, value: scalar.string, problem: "it is empty; give a value")
        }
        return text
    }

    private func requiredString(
        _ fields: Fields, _ name: String, in node: Node, context: String
    ) throws(CatalogueError) -> String {
        guard let pair = fields[name] else {
            throw CatalogueError.missingKey(file: file, line: line(node), key: name, context: context)
        }
        return try string(pair.value, key: name)
    }

    private func bool(_ node: Node, key: String) throws(CatalogueError) -> Bool {
        guard node.scalar != nil, let value = node.bool else {
            throw wrongType(node, key: key, expected: "true or false")
        }
        return value
    }

    private func wrongType(_ node: Node, key: String, expected: String) -> CatalogueError {
        let found: String =
            switch node {
            case .scalar(let scalar):
                scalar.string.isEmpty
                    ? "nothing"
                    : "'\(scalar.string.count > 60 ? scalar.string.prefix(60) + "..." : scalar.string)'"
            case .mapping: "a mapping"
            case .sequence: "a list"
            }
        return CatalogueError.wrongType(file: file, line: line(node), key: key, expected: expected, found: found)
    }

    private func line(_ node: Node) -> Int {
        node.mark?.line ?? 1
    }

    private func formatted(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    private func translate(_ error: YamlError) -> CatalogueError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) (\($0.text) at line \($0.mark.line))" } ?? problem
            return .invalidYAML(file: file, line: mark.line, column: mark.column, problem: detail)
        case let .reader(problem, _, _, _):
            return .invalidYAML(file: file, line: nil, column: nil, problem: problem)
        default:
            return .invalidYAML(file: file, line: nil, column: nil, problem: "\(error)")
        }
    }
}
