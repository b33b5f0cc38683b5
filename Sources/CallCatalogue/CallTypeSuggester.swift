import Vocabulary

/// How sure a suggested mapping is (after Code for America's classifyr: very / somewhat / low sure).
public enum MappingConfidence: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// The name says exactly what a canonical type is (after normalising and expanding abbreviations), or the
    /// type is listed in the city's own catalogue.
    case high
    /// Most of the name's words match; or a same-name match with another city's type.
    case medium
    /// A few words match, or the match needed inexact spelling: review it.
    case low
    /// No canonical type: the call type stays unknown.
    case unmapped

    public static func < (a: Self, b: Self) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }

    /// One step less sure.
    var lowered: Self { self == .high ? .medium : self == .medium ? .low : self }
}

/// A proposed canonical type for one local call type, with how sure it is and why.
public struct CallTypeSuggestion: Sendable, Hashable, Codable {
    /// The local call type, normalised (upper case, single spaces).
    public var localType: String
    /// Calls of this type in the data (0 when not counted).
    public var calls: Int
    /// Of those, calls whose source column says officer-initiated.
    public var officerBySource: Int
    /// The canonical type's code, or nil when unmapped.
    public var canonical: String?
    public var confidence: MappingConfidence
    /// Why, in words: each rule that fired.
    public var reason: String
    /// Flags the name shows (DV, weapon, in-progress) or the source column gives (officer-initiated).
    public var flags: Set<CallFlag>
    /// Whether the name carries no call type at all (`OTHER`, `SEE TEXT`, `RA POLICE`): no mapping from the name
    /// can exist, only from the narratives or a hand-written catalogue.
    public var nameCarriesNoCallType = false

    /// Whether a person should review this suggestion before it is trusted.
    public var needsReview: Bool { confidence != .high }
    /// Whether calls of this type are officer-initiated activity (by name or by source column).
    public var isOfficerInitiated: Bool { flags.contains(.officerInitiated) }
    /// Citizen-initiated calls of this type as far as the source column tells.
    public var citizenCalls: Int { isOfficerInitiated ? 0 : calls - officerBySource }
}

/// Proposes a canonical type (``CallTaxonomy``) for each local call type from its name alone: normalisation,
/// expansion of CAD abbreviations (``CADLexicon``), phrase and token matching, keyword rules (domestic violence,
/// weapons, violent variants, in-progress and priority variants, negations such as `NO INJURY`) and
/// officer-initiated detection from type names and from the share of a type's calls the source column marks
/// officer-initiated.
///
/// The rules are general: nothing in them names one city's codes. A local type found in `cityCatalogue` (the
/// catalogue written for this city) maps through its entry with high confidence; a local type that only shares
/// its name with a code of `otherCity` (another city's catalogue) is a suggestion with that reason, never
/// silently taken to mean the same thing.
public struct CallTypeSuggester: Sendable {
    public var taxonomy: CallTaxonomy
    public var lexicon: CADLexicon
    /// The catalogue written for this city's codes, if any.
    public var cityCatalogue: CallCatalogue?
    /// Another city's catalogue, whose codes are noted when a local type shares a name with one.
    public var otherCity: CallCatalogue?
    /// The share of a type's calls the source column must mark officer-initiated for the type to be suggested as
    /// officer-initiated activity.
    public var officerSourceShare = 0.9

    /// Words that may be missing from a local name without failing a phrase.
    static let stopwords: Set<String> = ["OF", "THE", "OR", "AND", "A", "AN", "AT", "TO", "FROM", "ON", "FOR", "BY", "WITH", "IN"]
    /// Words that negate what follows (`NO INJURY`, `NOT ON SCENE`).
    static let negations: Set<String> = ["NO", "NOT", "NON", "WITHOUT", "EXCEPT"]

    private struct Phrase {
        var tokens: [String]
        var isGeneric: Bool
    }
    private let phrases: [[Phrase]]

    public init(taxonomy: CallTaxonomy, lexicon: CADLexicon = .standard, cityCatalogue: CallCatalogue? = nil, otherCity: CallCatalogue? = nil) {
        self.taxonomy = taxonomy
        self.lexicon = lexicon
        self.cityCatalogue = cityCatalogue
        self.otherCity = otherCity
        self.phrases = taxonomy.types.map { type in
            type.phrases.map { raw in
                let generic = raw.hasPrefix("~")
                return Phrase(tokens: Self.tokens(of: generic ? String(raw.dropFirst()) : raw, lexicon: lexicon).words, isGeneric: generic)
            }
        }
    }

    /// The words of a call-type name: upper case, split at punctuation, `W/` read as WITH, abbreviations expanded,
    /// a negated word (`NO INJ`) and parenthesised exclusions (`(EXCEPT ...)`, `(DOES NOT INCLUDE ...)`) dropped.
    /// - Returns: the words, and the abbreviations expanded (for the reason).
    static func tokens(of name: String, lexicon: CADLexicon) -> (words: [String], expanded: [String], negated: [String]) {
        var text = name.uppercased()
        // Parenthesised exclusions.
        var cleaned = ""
        var depth = 0
        var skipping = false
        var group = ""
        for ch in text {
            if ch == "(" { depth += 1; group = ""; continue }
            if ch == ")" {
                depth = max(0, depth - 1)
                if depth == 0 {
                    let words = group.split(whereSeparator: { !$0.isLetter })
                    skipping = words.first.map { ["EXCEPT", "NOT", "NO", "DOES", "EXCLUDING"].contains(String($0)) } ?? false
                    if !skipping { cleaned += " " + group + " " }
                    group = ""
                }
                continue
            }
            if depth > 0 { group.append(ch) } else { cleaned.append(ch) }
        }
        if depth > 0 { cleaned += " " + group }
        text = cleaned
        // W/ at a word start means WITH.
        var spaced = ""
        var previous: Character = " "
        var iterator = Array(text)
        var i = 0
        while i < iterator.count {
            let ch = iterator[i]
            if ch == "W", i + 1 < iterator.count, iterator[i + 1] == "/", !(previous.isLetter || previous.isNumber) {
                spaced += " WITH "
                i += 2
                previous = " "
                continue
            }
            spaced.append(ch)
            previous = ch
            i += 1
        }
        iterator = []
        let raw = spaced.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        var words: [String] = []
        var expanded: [String] = []
        var negated: [String] = []
        var negateNext = false
        for word in raw {
            if negations.contains(word) { negateNext = true; continue }
            let parts: [String]
            if let entry = lexicon.entries[word], entry.expansion != word {
                parts = entry.expansion.split(separator: " ").map(String.init)
                if !expanded.contains(word) { expanded.append("\(word) = \(entry.expansion)") }
            } else {
                parts = [word]
            }
            if negateNext { negated += parts; negateNext = false; continue }
            words += parts
        }
        return (words, expanded, negated)
    }

    /// Whether two words match: equal, one a prefix (of 5 or more letters) of the other (`INVESTIGATIO`,
    /// `BEHAVIOR`/`BEHAVIORAL`), or one typing slip apart in words of 6 or more letters (`HARRASSMENT`).
    static func wordMatch(_ a: String, _ b: String) -> (matches: Bool, exact: Bool) {
        if a == b { return (true, true) }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if short.count >= 5, long.hasPrefix(short) { return (true, false) }
        if short.count >= 6, long.count - short.count <= 1, editDistanceIsAtMostOne(Array(a), Array(b)) { return (true, false) }
        return (false, false)
    }

    /// Whether one insertion, deletion or substitution turns `a` into `b` (a typing slip: `INVESTIGETE`).
    static func editDistanceIsAtMostOne(_ a: [Character], _ b: [Character]) -> Bool {
        var i = 0, j = 0, edits = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if a.count > b.count { i += 1 } else if b.count > a.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (a.count - i) + (b.count - j) <= 1
    }

    static let noCallTypeReason = "the name carries no call type of its own"
    static let agencyOnlyReason = "the name carries no call type of its own: it names only the agency asked for"

    /// Whether a name's words name only the agency asked for (`RA POLICE`, `SEND PD`): at least one agency word,
    /// and otherwise only qualifiers and codes of at most two characters whose meaning the name does not give.
    static func namesOnlyAnAgency(_ words: [String]) -> Bool {
        var agency = false
        for word in words {
            if CADLexicon.agencyWords.contains(word) { agency = true; continue }
            if CADLexicon.qualifiers.contains(word) || word.count <= 2 { continue }
            return false
        }
        return agency
    }

    /// Suggests a canonical type for one local call type.
    /// - Parameters:
    ///   - localType: the call type as written in the export.
    ///   - calls: how many calls have it (for the officer-initiated rule and the report).
    ///   - officerBySource: how many of those the source column marks officer-initiated.
    public func suggest(_ localType: String, calls: Int = 0, officerBySource: Int = 0) -> CallTypeSuggestion {
        let key = CallCatalogue.normalise(localType)
        var suggestion = CallTypeSuggestion(localType: key, calls: calls, officerBySource: officerBySource, canonical: nil,
                                            confidence: .unmapped, reason: "", flags: [])
        var reasons: [String] = []

        // 1. The city's own catalogue.
        if let city = cityCatalogue, let entry = city.entry(for: key) {
            let canonical = entry.canonical ?? nameMatch(entry.code).canonical
            suggestion.canonical = canonical
            suggestion.confidence = canonical == nil ? .unmapped : .high
            reasons.append("listed in the \(city.city) catalogue as \(entry.code)" + (entry.canonical == nil ? " (canonical type from its name)" : ""))
            if entry.isOfficerInitiated { suggestion.flags.insert(.officerInitiated) }
            if entry.isDomesticViolenceVariant { suggestion.flags.insert(.domesticViolence) }
            if entry.isWeaponVariant { suggestion.flags.insert(.weapon) }
            suggestion.reason = reasons.joined(separator: "; ")
            applySourceRule(&suggestion)
            return suggestion
        }

        // 2. The name.
        let match = nameMatch(key)
        suggestion.canonical = match.canonical
        suggestion.confidence = match.confidence
        suggestion.flags = match.flags
        suggestion.nameCarriesNoCallType = match.nameless
        reasons += match.reasons
        if let other = otherCity, let entry = other.entry(for: key), entry.code == key || entry.aliases.contains(key) {
            reasons.append("same name as \(other.city)'s \(entry.code) (\(entry.category.rawValue)): a match across cities, check the meaning")
            if suggestion.confidence == .high { suggestion.confidence = .medium }
        }
        suggestion.reason = reasons.joined(separator: "; ")
        applySourceRule(&suggestion)
        return suggestion
    }

    /// The source-column rule: a type whose calls the source column marks officer-initiated
    /// (at least ``officerSourceShare`` of them) is officer-initiated activity.
    private func applySourceRule(_ s: inout CallTypeSuggestion) {
        guard s.calls >= 3, !s.isOfficerInitiated else { return }
        let share = Double(s.officerBySource) / Double(s.calls)
        guard share >= officerSourceShare else { return }
        s.flags.insert(.officerInitiated)
        let note = "officer-initiated: the source column marks \(Format.percent(share)) of its \(s.calls) calls so"
        s.reason = s.reason.isEmpty ? note : s.reason + "; " + note
        if s.canonical == nil {
            s.canonical = "PATROL"
            s.confidence = .medium
        }
    }

    /// The best canonical type for a name, with confidence, flags and reasons.
    /// `nameless` is true when the name carries no call type at all (see ``CallTypeSuggestion/nameCarriesNoCallType``).
    func nameMatch(_ name: String) -> (canonical: String?, confidence: MappingConfidence, flags: Set<CallFlag>, reasons: [String], nameless: Bool) {
        let (words, expanded, negated) = Self.tokens(of: name, lexicon: lexicon)
        var reasons: [String] = []
        if !expanded.isEmpty { reasons.append("abbreviations " + expanded.joined(separator: ", ")) }
        if !negated.isEmpty { reasons.append("negated words ignored: \(negated.joined(separator: " "))") }
        var flags: Set<CallFlag> = []
        let wordSet = Set(words)
        if !wordSet.isDisjoint(with: CADLexicon.inProgressWords) { flags.insert(.inProgress) }
        let content = words.filter { !CADLexicon.qualifiers.contains($0) }
        let joined = words.joined(separator: " ")
        if content.isEmpty || CADLexicon.meaningless.contains(joined) || CADLexicon.meaningless.contains(CallCatalogue.normalise(name)) {
            return (nil, .unmapped, flags, reasons + [Self.noCallTypeReason], true)
        }

        // Score every canonical type: its best phrase (words present; stopwords optional), and the share of the
        // name's content words that any of its phrases covers.
        struct Candidate { var index: Int; var score: Double; var coverage: Double; var exact: Bool; var phrase: String }
        var best: Candidate?
        for (index, typePhrases) in phrases.enumerated() {
            var top: (score: Double, exact: Bool, phrase: String)?
            var covered = Set<String>()
            for phrase in typePhrases {
                var score = 0.0
                var exact = true
                var matched: [String] = []
                var fits = true
                for token in phrase.tokens {
                    if let word = words.first(where: { Self.wordMatch($0, token).matches }) {
                        let isExact = Self.wordMatch(word, token).exact
                        exact = exact && isExact
                        score += isExact ? 1 : 0.8
                        matched.append(word)
                    } else if !Self.stopwords.contains(token) {
                        fits = false
                        break
                    }
                }
                guard fits, !matched.isEmpty, matched.contains(where: { !CADLexicon.qualifiers.contains($0) }) else { continue }
                if phrase.isGeneric { score = min(score, 0.9) }
                covered.formUnion(matched)
                if top == nil || score > top!.score || (score == top!.score && exact && !top!.exact) {
                    top = (score, exact, phrase.tokens.joined(separator: " "))
                }
            }
            guard let top else { continue }
            let coverage = Double(content.filter(covered.contains).count) / Double(content.count)
            let candidate = Candidate(index: index, score: top.score, coverage: coverage, exact: top.exact, phrase: top.phrase)
            if let b = best {
                let better: Bool
                if candidate.score != b.score { better = candidate.score > b.score }
                else if candidate.coverage != b.coverage { better = candidate.coverage > b.coverage }
                else {
                    // A tie between an eligible and a not-eligible type: the conservative reading wins.
                    better = !taxonomy.types[candidate.index].isEligible && taxonomy.types[b.index].isEligible
                }
                if better { best = candidate }
            } else {
                best = candidate
            }
        }
        guard let chosen = best else {
            if Self.namesOnlyAnAgency(words) { return (nil, .unmapped, flags, reasons + [Self.agencyOnlyReason], true) }
            return (nil, .unmapped, flags, reasons + ["no canonical type's words found in the name"], false)
        }
        var type = taxonomy.types[chosen.index]
        var confidence: MappingConfidence = chosen.coverage >= 0.999 ? .high : chosen.coverage >= 0.5 ? .medium : .low
        if !chosen.exact { confidence = confidence.lowered }
        reasons.append("'\(chosen.phrase)' names \(type.code) (\(type.name)); \(Format.percent(chosen.coverage)) of the name's words matched"
                       + (chosen.exact ? "" : ", some by a shortened spelling"))

        // Keyword rules: domestic violence, weapons, violent variants.
        let weapon = words.contains { CADLexicon.weaponWords.contains($0) || $0.hasPrefix("WEAP") }
        let violent = words.contains { CADLexicon.violenceWords.contains($0) }
        if wordSet.contains("DOMESTIC") {
            flags.insert(.domesticViolence)
            let target = (violent || weapon || type.flags.contains(.violent)) ? "DVA" : "DVNA"
            if type.code != target, let t = taxonomy.type(target) {
                reasons.append("domestic-violence variant of \(type.code): \(target) (never eligible)")
                type = t
                if confidence == .low { confidence = .medium }
            }
        }
        if weapon {
            flags.insert(.weapon)
            if type.isEligible || type.code == "MNTL", let t = taxonomy.type(type.code == "MNTL" ? "MTLV" : "WEAPON") {
                reasons.append("names a weapon: \(t.code) instead of \(type.code) (never eligible)")
                type = t
            }
        }
        if type.code == "MNTL", violent, let t = taxonomy.type("MTLV") {
            reasons.append("names violence: the violent member of the pair, MTLV")
            type = t
        }
        if flags.contains(.inProgress) { reasons.append("in-progress variant") }
        if type.isOfficerInitiated { flags.insert(.officerInitiated) }
        return (type.code, confidence, flags, reasons, false)
    }
}
