import Foundation
import Vocabulary
import Yams

/// Turns catalogue YAML into a ``CallCatalogue``. The shared ``YAMLMapping`` reader checks keys, kinds and lines
/// (``YAMLError``); this parser checks what only a catalogue knows (categories, rates, codes, variants) and reports
/// it as a ``CatalogueError`` naming the file and line.
struct CatalogueParser {
    let file: String
    let text: String

    static let topLevelKeys = ["version", "city", "period", "sources", "published", "call_types"]
    static let entryKeys = [
        "code", "label", "category", "aliases", "eligibility_rate", "published", "domestic_violence", "weapon",
        "variant_of", "canonical",
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

    /// - Throws: ``YAMLError`` or ``CatalogueError`` (both exit 65).
    func parse() throws -> CallCatalogue {
        let top = try YAMLDocument.mapping(text, file: file)
        try top.checkKeys(Self.topLevelKeys)
        if top.has("version") {
            let version = try top.integer("version")
            guard version == Self.supportedVersion else {
                throw CatalogueError.invalidValue(
                    file: file, line: top.lineOf("version"), key: "version", value: "\(version)",
                    problem: "this Reroute reads catalogue version \(Self.supportedVersion); write 'version: 1'")
            }
        }
        let city = try string(top, "city")
        let period = top.has("period") ? try string(top, "period") : ""
        let sources = top.has("sources") ? try top.strings("sources").map { $0.trimmingCharacters(in: .whitespaces) } : []
        let published = try top.optionalMapping("published").map(publishedValues) ?? [:]
        var parsed: [ParsedEntry] = []
        for (index, node) in try top.sequence("call_types").enumerated() {
            parsed.append(try entry(YAMLMapping(node, file: file, path: "call_types[\(index)]")))
        }
        try checkCodesAreUnique(parsed)
        try resolveVariants(&parsed)
        return CallCatalogue(
            city: city, period: period, sources: sources, published: published, entries: parsed.map(\.entry))
    }

    // MARK: Entries

    private func entry(_ fields: YAMLMapping) throws -> ParsedEntry {
        try fields.checkKeys(Self.entryKeys)
        let code = CallCatalogue.normalise(try string(fields, "code"))
        let label = fields.has("label") ? try string(fields, "label") : code
        let categoryText = try string(fields, "category")
        guard let category = CallCategory(rawValue: categoryText) else {
            throw CatalogueError.unknownCategory(file: file, line: fields.lineOf("category"), value: categoryText)
        }
        let aliases = fields.has("aliases") ? try fields.strings("aliases").map(CallCatalogue.normalise) : []
        var rate: Sourced<Double>?
        if let rateFields = try fields.optionalMapping("eligibility_rate") {
            let value = try sourcedValue(rateFields)
            guard (0.0...1.0).contains(value.value) else {
                throw CatalogueError.valueOutOfRange(
                    file: file, line: rateFields.lineOf("value"), key: "eligibility_rate.value",
                    value: Format.trimmed(value.value, digits: 6), allowed: "0...1")
            }
            rate = value
        }
        let published = try fields.optionalMapping("published").map(publishedValues) ?? [:]
        let markedDV = fields.has("domestic_violence") ? try fields.bool("domestic_violence") : false
        let markedWeapon = fields.has("weapon") ? try fields.bool("weapon") : false
        let variantOf = fields.has("variant_of") ? CallCatalogue.normalise(try string(fields, "variant_of")) : nil
        let canonical = fields.has("canonical") ? try string(fields, "canonical").uppercased() : nil
        if let canonical, !CallTaxonomy.codes.contains(canonical) {
            throw CatalogueError.invalidValue(
                file: file, line: fields.lineOf("canonical"), key: fields.key("canonical"), value: canonical,
                problem: "not a canonical call type; expected one of \(CallTaxonomy.codes.sorted().joined(separator: ", "))")
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
            variantOf: variantOf,
            canonical: canonical
        )
        return ParsedEntry(
            entry: entry, line: fields.node.mark?.line ?? fields.line,
            eligibilityLine: fields.has("eligibility_rate") ? fields.lineOf("eligibility_rate") : nil,
            variantOfLine: fields.has("variant_of") ? fields.lineOf("variant_of") : nil)
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

    private func publishedValues(_ fields: YAMLMapping) throws -> [String: Sourced<Double>] {
        var values: [String: Sourced<Double>] = [:]
        for pair in fields.pairs {
            values[pair.key] = try sourcedValue(try fields.mapping(pair.key))
        }
        return values
    }

    /// `{value: 0.735, unit: fraction, source: "LEAP 2022 report, Figure 3"}`.
    private func sourcedValue(_ fields: YAMLMapping) throws -> Sourced<Double> {
        try fields.checkKeys(Self.sourcedValueKeys)
        return Sourced(
            try fields.number("value"), unit: try string(fields, "unit"), source: try string(fields, "source"))
    }

    /// A text value, trimmed; an empty or null value is an error naming its key and line.
    private func string(_ fields: YAMLMapping, _ name: String) throws -> String {
        let raw = try fields.string(name)
        let text = raw.trimmingCharacters(in: .whitespaces)
        let isNull = fields.optionalNode(name).map { $0.null != nil && $0.scalar?.style == .plain } ?? false
        guard !text.isEmpty, !isNull else {
            throw CatalogueError.invalidValue(
                file: file, line: fields.lineOf(name), key: fields.key(name), value: raw,
                problem: "it is empty; give a value")
        }
        return text
    }
}
