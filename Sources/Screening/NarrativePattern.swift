/// A compiled lexicon phrase: a sequence of elements, each a set of words or prefixes, possibly optional.
struct NarrativePattern: Sendable {
    struct Element: Sendable {
        var words: Set<String>
        var prefixes: [String]
        var matchesNumber: Bool
        var isOptional: Bool
        var isWildcard = false
        /// `%`: a calendar year, 1950-2039 ("assault from 2019", "in 2015"), never a time of day or a count.
        var matchesYear = false
        /// `@`: a code of letters and digits with at least one digit ("H3", "2A14", "K9"): a beat, a unit, a sector.
        var matchesCode = false

        func matches(_ word: String) -> Bool {
            if isWildcard { return true }
            if words.contains(word) { return true }
            if matchesNumber && (word.allSatisfy(\.isNumber) || NarrativePattern.numberWords.contains(word)) { return true }
            if matchesYear && NarrativePattern.isYear(word) { return true }
            if matchesCode && NarrativePattern.isCode(word) { return true }
            return prefixes.contains { word.hasPrefix($0) }
        }
    }

    static let numberWords: Set<String> = ["A", "AN", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
                                           "TEN", "FEW", "SEVERAL", "COUPLE", "MANY", "SOME"]

    /// Whether a word is a calendar year (four digits, 1950-2039): the `%` element (tenth pass).
    static func isYear(_ word: String) -> Bool {
        guard word.utf8.count == 4, let year = Int(word) else { return false }
        return (1950...2039).contains(year)
    }

    /// Whether a word is a code of letters and digits with at least one digit: the `@` element (thirteenth pass).
    static func isCode(_ word: String) -> Bool {
        // Plain ASCII (nearly every word) is decided on its bytes, with the same answer: asking each character's
        // Unicode properties was 3% of the report's screening (perf, 1M rows).
        var hasDigit = false, isASCII = true
        for byte in word.utf8 {
            switch byte {
            case 0x30...0x39: hasDigit = true
            case 0x41...0x5A, 0x61...0x7A: continue
            case 0x80...: isASCII = false
            default: return false
            }
            if !isASCII { break }
        }
        if isASCII { return hasDigit }
        return word.contains(where: \.isNumber) && word.allSatisfy { $0.isLetter || $0.isNumber }
    }

    var elements: [Element]
    var role: NarrativeLexicon.Role
    /// Position in the lexicon: earlier entries win ties.
    var order: Int

    /// Parses one phrase of the pattern DSL (see ``NarrativeLexicon``).
    init(phrase: String, role: NarrativeLexicon.Role, order: Int) {
        self.role = role
        self.order = order
        elements = phrase.split(separator: " ").map { raw in
            var text = String(raw)
            var optional = false
            if text.hasSuffix("?") && text.count > 1 { optional = true; text.removeLast() }
            var words: Set<String> = []
            var prefixes: [String] = []
            var number = false
            var year = false
            var code = false
            for alternative in text.split(separator: "|") {
                if alternative == "#" { number = true }
                else if alternative == "%" { year = true }
                else if alternative == "@" { code = true }
                else if alternative.hasSuffix("*") { prefixes.append(String(alternative.dropLast())) }
                else { words.insert(String(alternative)) }
            }
            return Element(words: words, prefixes: prefixes, matchesNumber: number, isOptional: optional,
                           isWildcard: text == "_", matchesYear: year, matchesCode: code)
        }
    }

    /// Alternatives in a phrase that no narrative word can ever equal: the tokenizer splits them or normalisation
    /// rewrites them ("C/O" becomes CALLER O, "AT," keeps its comma, a spelling such as "WPN" becomes WEAPON), so
    /// they silently never match. A spelling listed beside its normalised form ("RPS|CALLERS") is redundant, not
    /// reported. Used to check the built-in lexicon (issue 13, fifth pass).
    static func unmatchableWords(in phrase: String) -> [String] {
        var found: [String] = []
        for raw in phrase.split(separator: " ") {
            var element = String(raw)
            if element.hasSuffix("?") && element.count > 1 { element.removeLast() }
            let alternatives = element.split(separator: "|").map(String.init)
            for alternative in alternatives where !["#", "_", "%", "@"].contains(alternative) {
                let word = alternative.hasSuffix("*") ? String(alternative.dropLast()) : alternative
                let tokens = NarrativeTokenizer.tokenize(word)
                if tokens.count == 1, tokens[0].kind == .word,
                   tokens[0].text == word || alternatives.contains(tokens[0].text) {
                    continue // matchable, or a spelling whose normalised form is listed beside it ("RPS|CALLERS")
                }
                found.append(alternative)
            }
        }
        return found
    }

    /// The length (in words) of the longest match starting at `start`, or nil.
    func longestMatch(in words: [String], from start: Int) -> Int? {
        var best: Int?
        func walk(_ element: Int, _ position: Int) {
            if element == elements.count {
                let length = position - start
                if length > 0, length > (best ?? 0) { best = length }
                return
            }
            let current = elements[element]
            if position < words.count, current.matches(words[position]) { walk(element + 1, position + 1) }
            if current.isOptional { walk(element + 1, position) }
        }
        walk(0, start)
        return best
    }
}
