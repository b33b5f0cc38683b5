/// Narratives are cut at a fixed field width, often in the middle of a word (issue 13, item 5). A red-flag word
/// cut at the very end ("SUBJ UNCONSC", "MALE BRANDISH") must still flag.
extension NarrativeAnalysis {
    /// Common words that begin a red-flag word but are whole words themselves ("OVER" is not "OVERDOSE").
    static let wholeWords: Set<String> = ["OVER", "HAND", "HANDS", "FIRE", "PASS", "BEAR", "SHOT", "STAB", "ARMS", "PAIN",
                                          "SEIZE", "THREW", "CHASE", "BLOW", "BURN", "RAPE", "DRUG", "STEAL", "KICK",
                                          "HURT", "ASSIST", "DEAD", "DOWN", "BLUE", "GRAY", "GREY", "FALL", "FELL"]

    /// Runs the analysis; if the narrative ends inside a word of at least four letters that is not a whole word
    /// the lexicon knows, and reading it as a longer red-flag word adds a red flag, that reading is kept.
    ///
    /// - Complexity: one extra pass per candidate word (at most 40), only when the narrative ends in an unknown word.
    func runReadingCutWord() -> [Finding] {
        let findings = run()
        guard let cut = cutWordAtEnd() else { return findings }
        let redFlags = findings.filter(\.isRedFlag).count
        for candidate in lexicon.completions(of: cut.word).prefix(40) {
            var reading = self
            reading.lastWordOverride = candidate
            let attempt = reading.run()
            guard attempt.filter(\.isRedFlag).count > redFlags else { continue }
            return attempt.map { finding in
                guard finding.isRedFlag, finding.span.upperBound == cut.range.upperBound else { return finding }
                var marked = finding
                marked.explanation += " (the narrative ends mid-word: '\(cut.word)' read as '\(candidate)')"
                return marked
            }
        }
        return findings
    }

    /// The last word if the narrative ends inside it: no space or punctuation after it, at least four letters,
    /// and not a whole word the lexicon knows.
    func cutWordAtEnd() -> (word: String, range: Range<Int>)? {
        guard let last = tokens().last, last.kind == .word, last.range.upperBound == utf8.count else { return nil }
        let word = last.text
        guard word.count >= 4, word.allSatisfy({ $0.isLetter && $0.isASCII }),
              !lexicon.vocabulary.contains(word), !Self.wholeWords.contains(word) else { return nil }
        return (word, last.range)
    }
}
