/// The lexicon's phrases compiled for matching a clause's words quickly, with the same answers as
/// ``NarrativePattern/longestMatch(in:from:)`` over every phrase (``CompiledLexicon/bestMatch(in:from:)``).
///
/// Matching was half of the report's screening time (issue 11): every word of every clause hashed its string once
/// per candidate phrase element, and every phrase that could start with a prefix, a number or any word was tried
/// at every position. Here a run of words is looked up once (each word becomes the number of the lexicon word it
/// equals, or none), elements compare numbers, and phrases are bucketed by what can start them: a lexicon word, a
/// prefix's first byte, a number, or anything.
struct PhraseMatcher: Sendable {
    /// One element of a phrase, with its words as numbers. Steps hold only plain values (its words and prefixes
    /// are ranges of the matcher's flat tables), so reading one in the match loop copies no reference.
    private struct Step: Sendable {
        var ids: Range<Int32>
        /// Prefixes that are plain ASCII (``asciiPrefixes``), compared byte by byte with an ASCII word.
        var asciiPrefixes: Range<Int32>
        /// The element's every prefix (``prefixes``), compared as characters with other words.
        var prefixes: Range<Int32>
        /// Prefixes that are not plain ASCII: an ASCII word is compared with them as characters too.
        var hasOtherPrefixes: Bool
        var number: Bool
        /// `%`: a calendar year (``NarrativePattern/isYear(_:)``).
        var year: Bool
        /// `@`: a code of letters and digits (``NarrativePattern/isCode(_:)``).
        var code: Bool
        var optional: Bool
        var wildcard: Bool
    }

    /// A run of words looked up once for matching.
    struct Words {
        var texts: [String]
        fileprivate var ids: [Int32] = []
        /// The first byte of each word (0 for an empty one).
        fileprivate var firstBytes: [UInt8] = []
        fileprivate var isASCII: [Bool] = []
        fileprivate var isNumber: [Bool] = []
        fileprivate var isYear: [Bool] = []
        fileprivate var isCode: [Bool] = []
        var count: Int { texts.count }
    }

    /// The phrases, in lexicon order (a phrase's index here is its position in ``patterns``).
    let patterns: [NarrativePattern]
    /// Each phrase's role and lexicon order (earlier wins ties), by index.
    let roles: [NarrativeLexicon.Role]
    private let orders: [Int]
    private var steps: [Step] = []
    /// Each phrase's steps: a range of ``steps``.
    private var phraseSteps: [Range<Int32>] = []
    private var stepIDs: [Int32] = []
    private var asciiPrefixes: [[UInt8]] = []
    private var prefixes: [String] = []
    private var wordIDs: [String: Int32] = [:]
    private var startsByWord: [[Int32]] = []
    private var startsByByte: [[Int32]] = Array(repeating: [], count: 256)
    /// Phrases that a prefix can start: tried for every word that is not plain ASCII (``String/hasPrefix(_:)``
    /// compares characters, not bytes).
    private var startsByAnyPrefix: [Int32] = []
    private var startsByNumber: [Int32] = []
    private var startsByYear: [Int32] = []
    /// Phrases whose first element can be a code of letters and digits (`@`).
    private var startsByCode: [Int32] = []
    private var startsAnywhere: [Int32] = []
    /// Word numbers of ``NarrativePattern/numberWords`` ("A", "FEW", "SEVERAL"), which a `#` element takes.
    private var numberWordIDs: Set<Int32> = []

    init(patterns: [NarrativePattern]) {
        self.patterns = patterns
        roles = patterns.map(\.role)
        orders = patterns.map(\.order)
        func id(_ word: String) -> Int32 {
            if let known = wordIDs[word] { return known }
            let next = Int32(wordIDs.count)
            wordIDs[word] = next
            startsByWord.append([])
            return next
        }
        numberWordIDs = Set(NarrativePattern.numberWords.sorted().map(id))
        for (index, pattern) in patterns.enumerated() {
            let first = Int32(steps.count)
            for e in pattern.elements {
                let ids = Int32(stepIDs.count)
                stepIDs += e.words.sorted().map(id)
                let ascii = Int32(asciiPrefixes.count)
                asciiPrefixes += e.prefixes.filter(Self.isASCII).map { Array($0.utf8) }
                let all = Int32(prefixes.count)
                prefixes += e.prefixes
                steps.append(Step(ids: ids..<Int32(stepIDs.count), asciiPrefixes: ascii..<Int32(asciiPrefixes.count),
                                  prefixes: all..<Int32(prefixes.count), hasOtherPrefixes: !e.prefixes.allSatisfy(Self.isASCII),
                                  number: e.matchesNumber, year: e.matchesYear, code: e.matchesCode, optional: e.isOptional,
                                  wildcard: e.isWildcard))
            }
            phraseSteps.append(first..<Int32(steps.count))
            // The elements that can take a match's first word: every one up to the first that is not optional.
            let p = Int32(index)
            for step in steps[Int(first)...] {
                if step.wildcard || step.hasOtherPrefixes || asciiPrefixes[Int(step.asciiPrefixes.lowerBound)..<Int(step.asciiPrefixes.upperBound)].contains(where: \.isEmpty) {
                    startsAnywhere.append(p)
                } else {
                    for word in stepIDs[Int(step.ids.lowerBound)..<Int(step.ids.upperBound)] { startsByWord[Int(word)].append(p) }
                    for prefix in asciiPrefixes[Int(step.asciiPrefixes.lowerBound)..<Int(step.asciiPrefixes.upperBound)] { startsByByte[Int(prefix[0])].append(p) }
                    if !step.prefixes.isEmpty { startsByAnyPrefix.append(p) }
                    if step.number { startsByNumber.append(p) }
                    if step.year { startsByYear.append(p) }
                    if step.code { startsByCode.append(p) }
                }
                if !step.optional { break }
            }
        }
    }

    private static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }

    /// Looks up a run's words once.
    func words(_ texts: [String]) -> Words {
        var words = Words(texts: texts)
        words.ids.reserveCapacity(texts.count)
        for text in texts {
            let id = wordIDs[text] ?? -1
            words.ids.append(id)
            words.firstBytes.append(text.utf8.first ?? 0)
            let ascii = text.utf8.allSatisfy { $0 < 0x80 }
            words.isASCII.append(ascii)
            // An ASCII character is a number only as a digit (`Character.isNumber`).
            let digits = ascii ? text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } : text.allSatisfy(\.isNumber)
            words.isNumber.append(digits || numberWordIDs.contains(id))
            words.isYear.append(NarrativePattern.isYear(text))
            words.isCode.append(NarrativePattern.isCode(text))
        }
        return words
    }

    /// The best phrase starting at `start`: the longest, earliest in the lexicon on ties; its index in
    /// ``patterns`` and its length in words.
    func bestMatch(in words: Words, from start: Int) -> (pattern: Int, length: Int)? {
        var best: (pattern: Int, length: Int)?
        func consider(_ candidates: [Int32]) {
            for c in candidates {
                let index = Int(c)
                guard let length = longestMatch(index, in: words, from: start) else { continue }
                if let current = best {
                    if length > current.length || (length == current.length && orders[index] < orders[current.pattern]) {
                        best = (index, length)
                    }
                } else {
                    best = (index, length)
                }
            }
        }
        let id = words.ids[start]
        if id >= 0 { consider(startsByWord[Int(id)]) }
        if words.isASCII[start] {
            if !words.texts[start].isEmpty { consider(startsByByte[Int(words.firstBytes[start])]) }
        } else {
            consider(startsByAnyPrefix)
        }
        if words.isNumber[start] { consider(startsByNumber) }
        if words.isYear[start] { consider(startsByYear) }
        if words.isCode[start] { consider(startsByCode) }
        consider(startsAnywhere)
        return best
    }

    /// Whether a step takes the word at `index`.
    private func matches(_ step: Step, _ words: Words, _ index: Int) -> Bool {
        if step.wildcard { return true }
        let id = words.ids[index]
        if id >= 0 {
            for i in step.ids where stepIDs[Int(i)] == id { return true }
        }
        if step.number && words.isNumber[index] { return true }
        if step.year && words.isYear[index] { return true }
        if step.code && words.isCode[index] { return true }
        guard !step.prefixes.isEmpty else { return false }
        if words.isASCII[index] {
            let text = words.texts[index].utf8
            for i in step.asciiPrefixes where text.starts(with: asciiPrefixes[Int(i)]) { return true }
            guard step.hasOtherPrefixes else { return false }
        }
        return step.prefixes.contains { words.texts[index].hasPrefix(prefixes[Int($0)]) }
    }

    /// The length of the longest match of one phrase from `start`, or nil (``NarrativePattern/longestMatch(in:from:)``).
    private func longestMatch(_ phrase: Int, in words: Words, from start: Int) -> Int? {
        let range = phraseSteps[phrase]
        let last = Int(range.upperBound)
        var best: Int?
        func walk(_ element: Int, _ position: Int) {
            if element == last {
                let length = position - start
                if length > 0, length > (best ?? 0) { best = length }
                return
            }
            let step = steps[element]
            if position < words.count, matches(step, words, position) { walk(element + 1, position + 1) }
            if step.optional { walk(element + 1, position) }
        }
        walk(Int(range.lowerBound), start)
        return best
    }
}
