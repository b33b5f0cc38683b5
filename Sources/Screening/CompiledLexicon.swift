/// The lexicon compiled once: patterns indexed by first word, and the vocabulary for typo correction.
///
/// A class with constant properties, shared by reference: every narrative's analysis (and each reading of a cut
/// last word) holds the one compiled lexicon, so making an analysis retains one object instead of copying a value
/// of a dozen arrays, sets and dictionaries (one retain and release each, from every screening thread at once).
/// Immutable after `init`, so it is `Sendable` as checked by the compiler.
final class CompiledLexicon: Sendable {
    /// Every phrase, in lexicon order, compiled for matching.
    let matcher: PhraseMatcher
    /// Every word the lexicon mentions (never corrected).
    let vocabulary: Set<String>
    /// Long concept words that a one-letter typo may be corrected to, bucketed by their first two letters.
    let correctionTargets: [String: [String]]
    /// Words of four letters or more in red-flag phrases that a swapped or doubled letter is repaired to exactly
    /// ("PSITOL", "GIVVING": seventh pass; "KLIL", "NCEK": ninth pass).
    let exactTypoTargets: Set<String>
    /// The letter-multiset signatures of ``exactTypoTargets``: a swap keeps a word's signature, so a word whose
    /// signature matches none (nearly every word) is rejected without building a candidate string.
    let exactTypoSignatures: Set<UInt64>
    /// Words of red-flag phrases in plain string order, so that the words with one prefix are a contiguous run:
    /// what a word cut at the end of a narrative may have been (``completions(of:)``).
    let truncationTargets: [String]
    /// Words of red-flag phrases by their consonant skeleton ("BREATHING" → BRTHNG), kept only where one word has
    /// the skeleton: what a call-taker's vowel-dropped shorthand stands for ("UNRSPNSV", "UNRESPNSV", "THRTNG").
    let skeletonTargets: [String: String]
    /// Extra spellings from an agency lexicon, applied after ``NarrativeLexicon/normalize(_:)``.
    let spellings: [String: String]
    /// Whether suicidal talk alone is a red flag (an agency's `suicidal_talk: red_flag`); by default it is not.
    let suicidalTalkIsRedFlag: Bool

    /// The built-in lexicon, compiled once.
    static let shared = CompiledLexicon(entries: NarrativeLexicon.entries)

    /// Compiles lexicon entries; earlier entries win ties between matches of equal length.
    init(entries: [NarrativeLexicon.Entry], spellings: [String: String] = [:], suicidalTalkIsRedFlag: Bool = false) {
        self.spellings = spellings
        self.suicidalTalkIsRedFlag = suicidalTalkIsRedFlag
        var vocabulary: Set<String> = []
        var correctionTargets: [String: [String]] = [:]
        var exactTypoTargets: Set<String> = []
        var exactTypoSignatures: Set<UInt64> = []
        var order = 0
        var truncatable: Set<String> = []
        var patterns: [NarrativePattern] = []
        for entry in entries {
            for phrase in entry.pattern.components(separatedBy: ", ") {
                let pattern = NarrativePattern(phrase: phrase, role: entry.role, order: order)
                order += 1
                for element in pattern.elements { vocabulary.formUnion(element.words) }
                patterns.append(pattern)
                if Self.canRaiseFlag(entry.role) {
                    for element in pattern.elements {
                        truncatable.formUnion(element.words.filter { $0.count >= 5 && $0.allSatisfy(\.isLetter) })
                    }
                }
                // Only a phrase's leading trigger words are correction targets, never context words.
                if Self.isCorrectable(entry.role), let first = pattern.elements.first {
                    for word in first.words where word.count >= 7 && word.allSatisfy(\.isLetter) {
                        correctionTargets[String(word.prefix(2)), default: []].append(word)
                    }
                }
                if Self.isCorrectable(entry.role) {
                    for element in pattern.elements {
                        for word in element.words where word.count >= 4 && word.allSatisfy(\.isLetter) {
                            exactTypoTargets.insert(word)
                            exactTypoSignatures.insert(Self.letterSignature(Array(word.utf8)))
                        }
                    }
                }
            }
        }
        matcher = PhraseMatcher(patterns: patterns)
        let sortedTargets = truncatable.sorted()
        truncationTargets = sortedTargets
        var skeletons: [String: String] = [:]
        var ambiguous: Set<String> = []
        for word in sortedTargets {
            let skeleton = String(decoding: Self.consonantSkeleton(Array(word.utf8)), as: UTF8.self)
            guard skeleton.utf8.count >= Self.minimumSkeleton else { continue }
            // One word cut short of another is a spelling of it ("UNRESPONSIV", "UNRESPONSIVE"): the whole word is kept.
            if let known = skeletons[skeleton], known != word {
                if word.hasPrefix(known) { skeletons[skeleton] = word } else if !known.hasPrefix(word) { ambiguous.insert(skeleton) }
            } else {
                skeletons[skeleton] = word
            }
        }
        for skeleton in ambiguous { skeletons[skeleton] = nil }
        skeletonTargets = skeletons
        vocabulary.formUnion(NarrativeLexicon.spellings.values)
        vocabulary.formUnion(spellings.values)
        vocabulary.formUnion(NarrativeLexicon.correctionBlocklist)
        for key in correctionTargets.keys { correctionTargets[key] = Array(Set(correctionTargets[key] ?? [])).sorted() }
        self.vocabulary = vocabulary
        self.correctionTargets = correctionTargets
        self.exactTypoTargets = exactTypoTargets
        self.exactTypoSignatures = exactTypoSignatures
    }

    static func isCorrectable(_ role: NarrativeLexicon.Role) -> Bool {
        switch role {
        // Words of resolution are repaired too ("CONFIMRED", "OFEFNSE"): tenth pass.
        // So are words of ordinary work ("SPLITTTING" firewood): eleventh pass.
        case .concept, .threat, .ideation, .attempt, .selfHarm, .propertyCrime, .resolution, .ordinaryUse, .unseenScene: true
        default: false
        }
    }

    /// Roles whose phrases can raise a red flag (so a word cut at the end may stand for one of their words).
    static func canRaiseFlag(_ role: NarrativeLexicon.Role) -> Bool {
        switch role {
        case .concept, .threat, .attempt, .selfHarm, .propertyCrime, .unseenScene, .suicideMeans, .harmVerb: true
        default: false
        }
    }

    /// Applies the agency's spellings to a normalised word.
    func spelled(_ word: String) -> String { spellings[word] ?? word }

    /// Words of red-flag phrases that start with `prefix` and are longer than it (shortest first).
    /// - Complexity: O(log n + k) for k words with the prefix (a binary search, then the run that follows).
    func completions(of prefix: String) -> [String] {
        var low = 0, high = truncationTargets.count
        while low < high {
            let mid = (low + high) / 2
            if truncationTargets[mid] < prefix { low = mid + 1 } else { high = mid }
        }
        var found: [String] = []
        let length = prefix.count
        while low < truncationTargets.count, truncationTargets[low].hasPrefix(prefix) {
            if truncationTargets[low].count > length { found.append(truncationTargets[low]) }
            low += 1
        }
        return found.sorted { ($0.count, $0) < ($1.count, $1) }
    }

    /// Corrects a one-letter typo of a long concept word ("STABBBED" → "STABBED"), or returns the word unchanged.
    func corrected(_ word: String) -> String {
        // Plain ASCII (nearly every word): length and letters from the bytes, before the vocabulary is hashed.
        let utf8 = word.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            guard utf8.count >= 4, utf8.count <= 20, utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }),
                  !vocabulary.contains(word) else { return word }
        } else {
            guard word.count >= 4, word.count <= 20, !vocabulary.contains(word), word.allSatisfy(\.isLetter) else { return word }
        }
        let bytes = Array(utf8)
        let signature = Self.letterSignature(bytes)
        if let repaired = exactRepair(word, bytes: bytes, signature: signature) { return repaired }
        if let repaired = droppedLetterRepair(bytes, signature: signature) { return repaired }
        if let repaired = skeletonRepair(bytes) { return repaired }
        let chars = Array(word)
        guard chars.count >= 6 else { return word }
        for target in correctionTargets[String(chars[0...1])] ?? [] where abs(target.count - chars.count) <= 1 {
            if Self.isWithinOneEdit(chars, Array(target)) { return keepsItsStem(word, repairedTo: target) ? target : word }
        }
        return word
    }

    /// Regular endings that make a known word another real word ("STAY" → "STAYING", "STAYED", "STAYS").
    static let endings = ["ING", "ED", "ES", "S", "ERS", "ER", "LY", "D"]

    /// Whether a repair by any one edit keeps the word's meaning: a word made of a word the lexicon knows and a
    /// regular ending is a real word, not a typo, unless the repair spells that same stem right ("STABING" →
    /// "STABBING"). Seventh session: "RP STAYING ON LINE" read "STAGING", a word of resolution, and resolved the
    /// fight before it. The exact repairs (a swap, a doubled or a dropped letter) are not asked: the lexicon spells
    /// some stems as they are misspelt ("DISCONECT"), and those repairs are narrow enough already.
    func keepsItsStem(_ word: String, repairedTo repaired: String) -> Bool {
        for ending in Self.endings where word.count >= ending.count + 3 && word.hasSuffix(ending) {
            let stem = String(word.dropLast(ending.count))
            var stems = [stem, stem + "E"]
            // A doubled last consonant before -ING, -ED, -ER ("STOPPING" → "STOP").
            if let last = stem.last, stem.count >= 4, stem.dropLast().last == last { stems.append(String(stem.dropLast())) }
            // The stem is known as itself or with an -S ("BUGS": "BUGGING" is not "BULGING").
            for known in stems where vocabulary.contains(known) || vocabulary.contains(known + "S") {
                if !repaired.hasPrefix(known) && !repaired.hasPrefix(stem) { return false }
            }
        }
        return true
    }

    /// One letter dropped after the first ("PILS", "SCREAMNG", "UNCONSCOUS", and at the end "HANGIN", "BRIDG", which
    /// the tenth pass repaired as a case of its own), repaired only when the result is exactly a word of five letters
    /// or more of a red-flag phrase (thirteenth pass: about a third of the misses on an unseen set were misspelt keys,
    /// most of them a dropped or swapped letter). The letter signatures rule out nearly every
    /// word before a candidate string is built: the word's signature plus the missing letter's must be a target's.
    private func droppedLetterRepair(_ bytes: [UInt8], signature: UInt64) -> String? {
        guard bytes.count >= 4 else { return nil }
        for letter in UInt8(ascii: "A")...UInt8(ascii: "Z")
        where exactTypoSignatures.contains(signature &+ Self.letterHash(letter)) {
            for position in 1...bytes.count {
                var candidate = bytes
                candidate.insert(letter, at: position)
                let repaired = String(decoding: candidate, as: UTF8.self)
                if exactTypoTargets.contains(repaired) { return repaired }
            }
        }
        return nil
    }

    /// Two neighbouring letters swapped, or one letter doubled, anywhere in the word, repaired only when the result
    /// is exactly a word of a red-flag phrase ("KLIL", "NCEK", "BLLADE", "TIGGHT").
    private func exactRepair(_ word: String, bytes: [UInt8], signature: UInt64) -> String? {
        // A swap keeps the signature; removing a doubled letter takes that letter's share out of it.
        let swapPossible = exactTypoSignatures.contains(signature)
        let doublePossible = (0..<(bytes.count - 1)).contains {
            bytes[$0] == bytes[$0 + 1] && exactTypoSignatures.contains(signature &- Self.letterHash(bytes[$0]))
        }
        guard swapPossible || doublePossible else { return nil }
        let chars = Array(word)
        // The first letter stays: swapping it turns words into other shorthand ("SCAM" into "CSAM").
        for i in 1..<(chars.count - 1) where swapPossible && chars[i] != chars[i + 1] {
            var swapped = chars
            swapped.swapAt(i, i + 1)
            let candidate = String(swapped)
            if exactTypoTargets.contains(candidate) { return candidate }
        }
        for i in 0..<(chars.count - 1) where doublePossible && chars[i] == chars[i + 1] {
            var single = chars
            single.remove(at: i)
            let candidate = String(single)
            if exactTypoTargets.contains(candidate) { return candidate }
        }
        return nil
    }

    /// Consonants a skeleton must keep to be read: shorter ones collide with everyday shorthand ("CHKNG" is
    /// checking, not CHOKING; "BRKNG" barking, not BREAKING).
    static let minimumSkeleton = 6

    /// A word's consonant skeleton: its first letter, then its letters without vowels, a letter that repeats the one
    /// kept before it (even across a dropped vowel) kept once ("THREATENING" → THRTNG, "UNRESPONSIVE" → UNRSPNSV).
    static func consonantSkeleton(_ bytes: [UInt8]) -> [UInt8] {
        var skeleton: [UInt8] = []
        for (index, byte) in bytes.enumerated() {
            if index > 0 && Self.vowels.contains(byte) { continue }
            if skeleton.last == byte { continue }
            skeleton.append(byte)
        }
        return skeleton
    }

    static let vowels: Set<UInt8> = Set("AEIOU".utf8)

    /// Vowel-dropped dispatch shorthand (tenth session): a word with no vowel after its first letter (one, in a word
    /// of eight letters or more) whose consonant skeleton is that of exactly one word of a red-flag phrase at least
    /// two letters longer ("THRTNG" → THREATENING, "UNRESPNSV" → UNRESPONSIVE). English words with one vowel are
    /// left alone ("KNIGHT" is not "KINGHIT"). Words the lexicon knows were returned before this is asked.
    private func skeletonRepair(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= Self.minimumSkeleton else { return nil }
        // Counted without building an array: this is asked of every unknown word the other repairs left.
        var vowelsAfterFirst = 0
        for byte in bytes.dropFirst() where Self.vowels.contains(byte) { vowelsAfterFirst += 1 }
        guard vowelsAfterFirst == 0 || (vowelsAfterFirst == 1 && bytes.count >= 8) else { return nil }
        let skeleton = Self.consonantSkeleton(bytes)
        guard skeleton.count >= Self.minimumSkeleton,
              let target = skeletonTargets[String(decoding: skeleton, as: UTF8.self)], target.utf8.count >= bytes.count + 2
        else { return nil }
        return target
    }

    /// A hash of one letter, mixed so that sums of letters rarely collide (SplitMix64's finaliser).
    static func letterHash(_ byte: UInt8) -> UInt64 {
        var z = UInt64(byte) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The signature of a word's letters regardless of their order: the sum of their hashes.
    static func letterSignature(_ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(0) { $0 &+ letterHash($1) }
    }

    /// Damerau-Levenshtein distance ≤ 1 (one insertion, deletion, substitution or adjacent transposition).
    static func isWithinOneEdit(_ a: [Character], _ b: [Character]) -> Bool {
        if a == b { return true }
        if a.count == b.count {
            var diffs: [Int] = []
            for i in a.indices where a[i] != b[i] {
                diffs.append(i)
                if diffs.count > 2 { return false }
            }
            if diffs.count == 1 { return true }
            if diffs.count == 2, diffs[1] == diffs[0] + 1, a[diffs[0]] == b[diffs[1]], a[diffs[1]] == b[diffs[0]] { return true }
            return false
        }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.count - short.count == 1 else { return false }
        var i = 0, j = 0, skipped = false
        while i < short.count && j < long.count {
            if short[i] == long[j] { i += 1; j += 1; continue }
            if skipped { return false }
            skipped = true
            j += 1
        }
        return true
    }

    /// The best pattern starting at `start` within `words`: the longest, earliest in the lexicon on ties.
    func bestMatch(in words: PhraseMatcher.Words, from start: Int) -> (role: NarrativeLexicon.Role, length: Int)? {
        matcher.bestMatch(in: words, from: start).map { (matcher.roles[$0.pattern], $0.length) }
    }

    /// The same answer by trying every phrase at `start` with ``NarrativePattern/longestMatch(in:from:)``: the
    /// reference that ``PhraseMatcher`` is tested against.
    func referenceBestMatch(in words: [String], from start: Int) -> (pattern: NarrativePattern, length: Int)? {
        var best: (pattern: NarrativePattern, length: Int)?
        for pattern in matcher.patterns {
            guard let length = pattern.longestMatch(in: words, from: start) else { continue }
            if let current = best {
                if length > current.length || (length == current.length && pattern.order < current.pattern.order) {
                    best = (pattern, length)
                }
            } else {
                best = (pattern, length)
            }
        }
        return best
    }
}
