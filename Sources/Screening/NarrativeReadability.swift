/// Whether a narrative says enough to screen at all (issue 13: caution by default).
///
/// A narrative the screener cannot read cannot show that a call is free of red flags, so it goes to review
/// rather than being screened eligible: empty text, a placeholder ("SEE CAD", "N/A", "DUP"), fewer than two
/// words, or mostly non-words (keyboard runs, mojibake, replaced bytes).
enum NarrativeReadability {
    /// Words that stand in for a missing narrative.
    static let placeholders: Set<String> = ["SEE", "CAD", "NOTES", "PRIOR", "ABOVE", "SUPP", "REMARKS", "COMMENTS", "N", "A",
                                            "NA", "NONE", "TEST", "DUP", "DUPLICATE", "INFO", "RPT", "NIL", "NULL", "X",
                                            "XX", "XXX", "TBD", "PER", "CALL", "EVENT", "INCIDENT"]
    static let vowels: Set<Character> = ["A", "E", "I", "O", "U", "Y"]

    /// Why the narrative cannot be read, or nil if it can.
    /// - Parameter words: the narrative's word tokens, normalised.
    /// - Complexity: O(n) in the number of characters.
    static func problem(words: [String]) -> String? {
        let lettered = words.filter { $0.contains(where: \.isLetter) }
        if lettered.isEmpty { return words.isEmpty ? "empty narrative" : "no words, only numbers or symbols" }
        if lettered.allSatisfy({ placeholders.contains($0) }) { return "a placeholder, not a narrative" }
        if lettered.count < 2 { return "too short to rule anything out (one word)" }
        let nonWords = lettered.filter(isNonWord).count
        if nonWords * 2 >= lettered.count { return "mostly non-words (\(nonWords) of \(lettered.count))" }
        return nil
    }

    /// A token that is not a word or an abbreviation: replaced bytes, non-ASCII letters, a repeated letter,
    /// or a long run of consonants.
    static func isNonWord(_ word: String) -> Bool {
        if word.contains("\u{FFFD}") || word.unicodeScalars.contains(where: { $0.value >= 0x80 }) { return true }
        let letters = word.filter(\.isLetter)
        if letters.count >= 3, Set(letters).count == 1 { return true }
        guard letters.count >= 5 else { return false }
        var run = 0, longest = 0
        for character in letters {
            run = vowels.contains(character) ? 0 : run + 1
            longest = max(longest, run)
        }
        return longest >= 5 || !letters.contains(where: { vowels.contains($0) })
    }
}
