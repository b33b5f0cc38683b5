import Foundation

/// Finds red flags in call-taker narratives written in CAD shorthand, understanding negation and its scope,
/// history, hypotheticals, uncertainty and common typos, and reports each finding with the text that triggered it.
///
/// The screener is rule-based and deterministic: a lexicon of red-flag concepts (``FlagKind``) and of cues that
/// change their status (``FindingStatus``) is matched clause by clause. A cue reaches forward a few words and stops
/// at clause boundaries (`.`, `;`, a spaced `/`), at words such as BUT or HE, and at a comma unless the comma
/// continues a list ("NO WPNS/INJ", "denies weapons, injuries").
///
/// - Complexity: O(n) in the narrative length for a fixed lexicon.
public struct NarrativeScreener: Sendable {
    let lexicon: CompiledLexicon
    /// The learned second reader, consulted only when the rules find the narrative eligible (nil: rules alone).
    ///
    /// On by default (the bundled model): on the first look at each of the unseen sets blind8 to blind12 it added
    /// 0.03-0.10 recall and moved precision by -0.007 to +0.015 (docs/screening.md, "The learned reader on by
    /// default"). Nil after `learned(false)`, or when the bundled model cannot be read
    /// (``LearnedReader/bundledProblem`` says why): the screener then runs on its rules alone.
    public var learnedReader: LearnedReader?

    /// Creates a screener with the built-in lexicon and the bundled learned reader.
    public init() {
        lexicon = .shared
        learnedReader = LearnedReader.shared
    }

    /// Creates a screener whose lexicon is an agency's entries followed by the built-in ones: the agency's phrases
    /// win ties, so they extend the built-in lexicon and override it where they overlap. The bundled learned reader
    /// is on, as with ``init()``.
    public init(lexicon agency: AgencyLexicon) {
        lexicon = CompiledLexicon(entries: agency.entries + NarrativeLexicon.entries, spellings: agency.spellings,
                                  suicidalTalkIsRedFlag: agency.suicidalTalkIsRedFlag)
        learnedReader = LearnedReader.shared
    }

    /// Screens one narrative. Never fails: a narrative that cannot be read (empty, too short, mostly non-words)
    /// has the verdict ``ScreeningVerdict/review``.
    public func screen(_ narrative: String) -> NarrativeScreening {
        let analysis = NarrativeAnalysis(text: narrative, lexicon: lexicon)
        let findings = analysis.runReadingCutWord()
        let tokens = analysis.tokens()
        let words = tokens.filter { $0.kind == .word }.map(\.text)
        var screening = NarrativeScreening(findings: findings, invalidByteOffsets: [], byteCount: narrative.utf8.count,
                                           unreadableReason: NarrativeReadability.problem(words: words))
        // The learned reader only ever raises an eligible verdict to review; it never sees a rule's red flag.
        if let learnedReader, screening.verdict == .eligible {
            let features = LearnedReaderFeatures.features(tokens: tokens, findings: findings,
                                                          cutAtEnd: analysis.cutWordAtEnd() != nil)
            let probability = learnedReader.probability(of: features)
            if probability >= learnedReader.threshold {
                screening.learnedReview = learnedReader.reviewReason(probability: probability, features: features)
            }
        }
        return screening
    }

    /// This screener with the learned second reader switched on (the bundled model unless another is given) or off
    /// (`learned(false)`: the rules alone). With no readable bundled model it stays on its rules alone.
    public func learned(_ on: Bool, model: LearnedReader? = nil) -> NarrativeScreener {
        var copy = self
        copy.learnedReader = on ? (model ?? LearnedReader.shared) : nil
        return copy
    }

    /// Whether this screener consults the learned reader, in the words a command prints after "Learned reader: ":
    /// `on (threshold 0.90)`; `off (REASON)` when it was switched off (`switchedOff`, e.g. "--rules-only"); or,
    /// when it was wanted but the bundled model cannot be read, `off (the bundled model cannot be read: …; rules
    /// alone)`.
    public func learnedReaderState(switchedOff: String?, problem: LearnedReaderError? = LearnedReader.bundledProblem) -> String {
        if let learnedReader { return "on (threshold \(String(format: "%.2f", learnedReader.threshold)))" }
        if let switchedOff { return "off (\(switchedOff))" }
        let why = problem.map { "the bundled model cannot be read: \($0.description)" } ?? "no model"
        return "off (\(why); rules alone)"
    }

    /// Screens a narrative given as UTF-8 bytes.
    /// - Throws: ``NarrativeError/invalidUTF8(byteOffset:byte:invalidCount:)`` naming the first invalid byte.
    public func screen<Bytes: Collection>(bytes: Bytes) throws -> NarrativeScreening where Bytes.Element == UInt8 {
        let decoded = Self.decode(Array(bytes))
        if let first = decoded.invalid.first {
            let array = Array(bytes)
            throw NarrativeError.invalidUTF8(byteOffset: first, byte: array[first], invalidCount: decoded.invalid.count)
        }
        return screen(decoded.text)
    }

    /// Screens a narrative given as bytes, replacing invalid UTF-8 with U+FFFD and listing where it was.
    public func screen<Bytes: Collection>(lossyBytes bytes: Bytes) -> NarrativeScreening where Bytes.Element == UInt8 {
        let decoded = Self.decode(Array(bytes))
        var result = screen(decoded.text)
        result.invalidByteOffsets = decoded.invalid
        result.byteCount = bytes.count
        return result
    }

    /// Decodes UTF-8, recording the offsets of bytes that start an invalid sequence.
    static func decode(_ bytes: [UInt8]) -> (text: String, invalid: [Int]) {
        var invalid: [Int] = []
        var scalars = String.UnicodeScalarView()
        var decoder = UTF8()
        var index = 0
        while index < bytes.count {
            let length = Self.sequenceLength(bytes, at: index)
            if length == 0 {
                invalid.append(index)
                scalars.append("\u{FFFD}")
                index += 1
                continue
            }
            var sub = bytes[index..<(index + length)].makeIterator()
            if case let .scalarValue(scalar) = decoder.decode(&sub) { scalars.append(scalar) }
            index += length
        }
        return (String(scalars), invalid)
    }

    /// Length of a valid UTF-8 sequence starting at `index`, or 0 if invalid.
    static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let b0 = bytes[index]
        func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            index + offset < bytes.count && range.contains(bytes[index + offset])
        }
        switch b0 {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }
}
