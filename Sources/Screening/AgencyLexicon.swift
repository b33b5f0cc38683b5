import Foundation
import Yams

/// An agency's own dispatch vocabulary: phrases that extend or override the built-in lexicon (penal-code numbers
/// used as nouns, local 10-codes, local shorthand), each with a source, and extra spellings.
///
/// File format (YAML):
/// ```yaml
/// agency: California agencies (example)
/// source: California Penal Code and Welfare and Institutions Code section numbers used as nouns
/// phrases:
///   - phrase: "245"                 # the pattern language of the built-in lexicon: A|B, X?, PRE*, #, _
///     flags: [weapon, violence]     # red-flag kinds, or
///     source: "PC 245, assault with a deadly weapon"
///   - phrase: "415"
///     role: ignore                  # ignore | negation | history | hedge | unseen | property_crime
///     source: "PC 415, disturbing the peace: a noise call in many agencies"
/// spellings:
///   UNCX: UNCONSCIOUS
/// ```
/// Agency phrases come before the built-in ones, so on a tie they win: `role: ignore` silences a built-in phrase.
public struct AgencyLexicon: Sendable {
    /// The agency or region the lexicon is for.
    public var agency: String
    /// Where the vocabulary comes from.
    public var source: String
    /// The phrases, in file order.
    var entries: [NarrativeLexicon.Entry]
    /// Extra spellings, upper case, applied after the built-in normalisation.
    public var spellings: [String: String]

    /// Names of the lexicons bundled with Reroute (`Resources/lexicons/NAME.yaml`).
    public static let bundledNames = ["california"]

    /// The number of phrases the file adds.
    public var phraseCount: Int { entries.count }

    /// Loads a bundled lexicon by name (`california`) or a lexicon file by path.
    /// - Throws: ``LexiconError`` naming the file, line and key of the first problem.
    public static func load(nameOrPath: String) throws -> AgencyLexicon {
        if bundledNames.contains(nameOrPath) {
            guard let url = Bundle.module.url(forResource: nameOrPath, withExtension: "yaml", subdirectory: "Resources/lexicons")
                ?? Bundle.module.url(forResource: nameOrPath, withExtension: "yaml") else {
                throw LexiconError.unreadable(file: nameOrPath + ".yaml", reason: "not found in the Screening resource bundle")
            }
            return try load(from: url)
        }
        return try load(from: URL(fileURLWithPath: nameOrPath))
    }

    /// Loads a lexicon file.
    /// - Throws: ``LexiconError``.
    public static func load(from url: URL) throws -> AgencyLexicon {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw LexiconError.unreadable(file: url.path, reason: error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError.unreadable(file: url.path, reason: "the file is not valid UTF-8 text")
        }
        return try parse(yaml: text, file: url.path)
    }

    /// Parses lexicon text.
    /// - Throws: ``LexiconError`` naming the file, line and key.
    public static func parse(yaml: String, file: String = "<lexicon>") throws -> AgencyLexicon {
        do {
            return try read(yaml: yaml, file: file)
        } catch let error as ProtocolError {
            throw LexiconError(error)
        }
    }

    static let roles: [String: NarrativeLexicon.Role] = [
        "ignore": .ignore, "negation": .negation(only: nil), "history": .history, "hedge": .hedge,
        "unseen": .unseenScene, "property_crime": .propertyCrime,
    ]

    private static func read(yaml: String, file: String) throws -> AgencyLexicon {
        let root: Node?
        do { root = try Yams.compose(yaml: yaml) } catch let error as YamlError {
            throw LexiconError.malformedYAML(file: file, line: ScreeningProtocol.line(of: error),
                                             problem: ScreeningProtocol.problem(of: error))
        }
        guard let root else {
            throw LexiconError.badValue(file: file, line: 1, key: "<document>", value: "empty", expected: "a mapping with agency and phrases")
        }
        let reader = RuleFileReader(file: file)
        let top = try reader.mapping(root, allowed: ["agency", "source", "phrases", "spellings"], context: "the file")
        let agency = try reader.requiredScalar(top, "agency", in: root, context: "the file")
        let source = try top["source"].map { try reader.scalar($0, field: "source") } ?? ""
        var entries: [NarrativeLexicon.Entry] = []
        if let phrases = top["phrases"] {
            guard case let .sequence(sequence) = phrases else {
                throw LexiconError.badValue(file: file, line: reader.line(phrases), key: "phrases", value: "not a list",
                                            expected: "a list of mappings with phrase, flags or role, and source")
            }
            for node in sequence {
                entries.append(try entry(node, reader: reader, file: file))
            }
        }
        var spellings: [String: String] = [:]
        if let node = top["spellings"] {
            guard case let .mapping(mapping) = node else {
                throw LexiconError.badValue(file: file, line: reader.line(node), key: "spellings", value: "not a mapping",
                                            expected: "WRITTEN: MEANT pairs")
            }
            for (key, value) in mapping {
                let written = try reader.scalar(key, field: "spellings").uppercased()
                let meant = try reader.scalar(value, field: written).uppercased()
                guard !written.isEmpty, !meant.isEmpty, !meant.contains(" ") else {
                    throw LexiconError.badValue(file: file, line: reader.line(value), key: written, value: meant,
                                                expected: "one non-empty word")
                }
                spellings[written] = meant
            }
        }
        return AgencyLexicon(agency: agency, source: source, entries: entries, spellings: spellings)
    }

    private static func entry(_ node: Node, reader: RuleFileReader, file: String) throws -> NarrativeLexicon.Entry {
        let map = try reader.mapping(node, allowed: ["phrase", "flags", "role", "source"], context: "phrase")
        let phrase = try reader.requiredScalar(map, "phrase", in: node, context: "a phrase").uppercased()
        let source = try reader.requiredScalar(map, "source", in: node, context: "phrase '\(phrase)'")
        guard phrase.allSatisfy({ $0.isLetter || $0.isNumber || " |?*#_-.&/'".contains($0) }) else {
            throw LexiconError.badValue(file: file, line: reader.line(map["phrase"] ?? node), key: "phrase", value: phrase,
                                        expected: "words, numbers and the pattern marks | ? * # _")
        }
        switch (map["flags"], map["role"]) {
        case let (flagsNode?, nil):
            var kinds: Set<FlagKind> = []
            for name in try reader.scalarList(flagsNode, field: "flags") {
                guard let kind = FlagKind(parsing: name) else {
                    throw LexiconError.badValue(file: file, line: reader.line(flagsNode), key: "flags", value: name,
                                                expected: "one of \(FlagKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                kinds.insert(kind)
            }
            guard !kinds.isEmpty else {
                throw LexiconError.badValue(file: file, line: reader.line(flagsNode), key: "flags", value: "[]", expected: "at least one flag kind")
            }
            return NarrativeLexicon.Entry(pattern: phrase, role: .concept(kinds, noun: true), source: source)
        case let (nil, roleNode?):
            let name = try reader.scalar(roleNode, field: "role")
            guard let role = roles[name] else {
                throw LexiconError.badValue(file: file, line: reader.line(roleNode), key: "role", value: name,
                                            expected: "one of \(roles.keys.sorted().joined(separator: ", "))")
            }
            return NarrativeLexicon.Entry(pattern: phrase, role: role, source: source)
        case (nil, nil):
            throw LexiconError.missingKey(file: file, line: reader.line(node), key: "flags", context: "phrase '\(phrase)' (give flags or role)")
        case (_?, _?):
            throw LexiconError.badValue(file: file, line: reader.line(node), key: "role", value: "both flags and role",
                                        expected: "either flags or role, not both")
        }
    }
}
