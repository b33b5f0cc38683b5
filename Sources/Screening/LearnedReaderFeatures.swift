/// The features the learned second reader (``LearnedReader``) sees in a narrative, made from the screener's own
/// normalised tokens so the model and the rules read the same words.
///
/// - Unigrams: every normalised word ("BRANDISHING", "WITH").
/// - Bigrams: two words in a row inside a clause ("WAVING AROUND"); a clause boundary (`.`, `;`, a spaced `/`)
///   breaks them, commas and colons do not.
/// - `<CUT-END>`: the narrative ends inside a word the screener reads as cut by the field width.
/// - `<RULED-OUT:KIND>`: the rules saw a mention of KIND and ruled it out (negated, historical, hypothetical or
///   excluded), so "NO WEAPONS" is not read as a weapon by the model's "WEAPONS" weight alone.
enum LearnedReaderFeatures {
    /// The distinct features of a narrative, in first-seen order.
    static func features(tokens: [NarrativeToken], findings: [Finding], cutAtEnd: Bool) -> [String] {
        var seen = Set<String>()
        var ordered: [String] = []
        func add(_ feature: String) {
            if seen.insert(feature).inserted { ordered.append(feature) }
        }
        var previous: String?
        for token in tokens {
            switch token.kind {
            case .word:
                add(token.text)
                if let previous { add(previous + " " + token.text) }
                previous = token.text
            case .boundary:
                previous = nil
            case .joiner, .link:
                continue
            }
        }
        if cutAtEnd { add("<CUT-END>") }
        for finding in findings where !finding.isRedFlag {
            add("<RULED-OUT:\(finding.kind.rawValue.uppercased())>")
        }
        return ordered
    }

    /// The features of a narrative as the built-in screener reads it, with the rules' findings.
    static func features(of narrative: String) -> (features: [String], findings: [Finding], unreadable: Bool) {
        let analysis = NarrativeAnalysis(text: narrative)
        let findings = analysis.runReadingCutWord()
        let tokens = analysis.tokens()
        let words = tokens.filter { $0.kind == .word }.map(\.text)
        let features = Self.features(tokens: tokens, findings: findings, cutAtEnd: analysis.cutWordAtEnd() != nil)
        return (features, findings, NarrativeReadability.problem(words: words) != nil)
    }
}
