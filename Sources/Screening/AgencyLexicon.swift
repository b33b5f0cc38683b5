import Foundation
import Vocabulary

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
/// suicidal_talk: red_flag           # optional: eligible (default, the report's Figure 2) or red_flag
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
    /// What suicidal talk with no plan, means or attempt in the narrative is: eligible by default (the Milwaukee
    /// report's Figure 2 counts "wants to die … has not harmed himself" as a responder call); an agency whose
    /// protocol sends police or a clinician to any suicidal statement sets `suicidal_talk: red_flag`.
    public var suicidalTalkIsRedFlag = false

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
        let text: String
        do { text = try TextFile.read(url) } catch { throw LexiconError.unreadable(file: url.path, reason: error.reason) }
        return try parse(yaml: text, file: url.path)
    }

    /// Parses lexicon text through the shared YAML reader.
    /// - Throws: ``YAMLError`` for the file's structure, ``LexiconError`` for its values; both name file and line (exit 65).
    public static func parse(yaml: String, file: String = "<lexicon>") throws -> AgencyLexicon {
        let top = try YAMLDocument.mapping(yaml, file: file)
        try top.checkKeys(["agency", "source", "phrases", "spellings", "suicidal_talk"])
        let agency = try top.string("agency")
        let source = try top.optionalString("source") ?? ""
        var entries: [NarrativeLexicon.Entry] = []
        if top.has("phrases") {
            for (index, node) in try top.sequence("phrases").enumerated() {
                let map = try YAMLMapping(node, file: file, path: "phrases[\(index)]")
                entries.append(try entry(map, file: file))
            }
        }
        var spellings: [String: String] = [:]
        if let map = try top.optionalMapping("spellings") {
            for pair in map.pairs {
                let written = pair.key.uppercased()
                let meant = (pair.value.scalar?.string ?? "").uppercased()
                guard !written.isEmpty, !meant.isEmpty, !meant.contains(" ") else {
                    throw LexiconError.badValue(file: file, line: pair.keyLine, key: written, value: meant, expected: "one non-empty word")
                }
                spellings[written] = meant
            }
        }
        var lexicon = AgencyLexicon(agency: agency, source: source, entries: entries, spellings: spellings)
        if let policy = try top.optionalString("suicidal_talk") {
            switch policy {
            case "eligible": lexicon.suicidalTalkIsRedFlag = false
            case "red_flag": lexicon.suicidalTalkIsRedFlag = true
            default:
                throw LexiconError.badValue(file: file, line: top.lineOf("suicidal_talk"), key: "suicidal_talk", value: policy,
                                            expected: "eligible or red_flag")
            }
        }
        return lexicon
    }

    static let roles: [String: NarrativeLexicon.Role] = [
        "ignore": .ignore, "negation": .negation(only: nil), "history": .history, "hedge": .hedge,
        "unseen": .unseenScene, "property_crime": .propertyCrime,
    ]

    private static func entry(_ map: YAMLMapping, file: String) throws -> NarrativeLexicon.Entry {
        try map.checkKeys(["phrase", "flags", "role", "source"])
        let phrase = try map.string("phrase").uppercased()
        let source = try map.string("source")
        guard phrase.allSatisfy({ $0.isLetter || $0.isNumber || " |?*#_-.&/'".contains($0) }) else {
            throw LexiconError.badValue(file: file, line: map.lineOf("phrase"), key: "phrase", value: phrase,
                                        expected: "words, numbers and the pattern marks | ? * # _")
        }
        switch (map.has("flags"), map.has("role")) {
        case (true, false):
            var kinds: Set<FlagKind> = []
            for name in try map.strings("flags") {
                guard let kind = FlagKind(parsing: name) else {
                    throw LexiconError.badValue(file: file, line: map.lineOf("flags"), key: "flags", value: name,
                                                expected: "one of \(FlagKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                kinds.insert(kind)
            }
            guard !kinds.isEmpty else {
                throw LexiconError.badValue(file: file, line: map.lineOf("flags"), key: "flags", value: "[]", expected: "at least one flag kind")
            }
            return NarrativeLexicon.Entry(pattern: phrase, role: .concept(kinds, noun: true), source: source)
        case (false, true):
            let name = try map.string("role")
            guard let role = roles[name] else {
                throw LexiconError.badValue(file: file, line: map.lineOf("role"), key: "role", value: name,
                                            expected: "one of \(roles.keys.sorted().joined(separator: ", "))")
            }
            return NarrativeLexicon.Entry(pattern: phrase, role: role, source: source)
        case (false, false):
            throw LexiconError.missingKey(file: file, line: map.line, key: "flags", context: "phrase '\(phrase)' (give flags or role)")
        case (true, true):
            throw LexiconError.badValue(file: file, line: map.line, key: "role", value: "both flags and role",
                                        expected: "either flags or role, not both")
        }
    }
}
