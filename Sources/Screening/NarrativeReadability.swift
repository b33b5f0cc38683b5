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
        let lettered = words.filter { word in
            word.utf8.contains { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) } || (!word.utf8.allSatisfy { $0 < 0x80 } && word.contains(where: \.isLetter))
        }
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
        // Replaced bytes (U+FFFD) and non-ASCII letters are non-ASCII bytes; from here on the word is ASCII, so
        // its letters are the bytes A-Z and a-z (read as bytes: this runs on every word of every narrative).
        if word.utf8.contains(where: { $0 >= 0x80 }) { return true }
        var letters = 0, first: UInt8 = 0, allSame = true, run = 0, longest = 0, hasVowel = false
        for byte in word.utf8 where (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) {
            if letters == 0 { first = byte } else if byte != first { allSame = false }
            letters += 1
            if isVowel(byte) { hasVowel = true; run = 0 } else { run += 1; longest = max(longest, run) }
        }
        if letters >= 3, allSame { return true }
        guard letters >= 5 else { return false }
        return longest >= 5 || !hasVowel
    }
    /// ``vowels`` as ASCII bytes.
    static let vowelBytes: Set<UInt8> = Set(vowels.compactMap(\.asciiValue))

    /// Whether a byte is one of ``vowelBytes`` (A, E, I, O, U, Y), compared directly: this runs on every letter of
    /// every word screened, and hashing each byte into the set was a tenth of the readability check (perf, issue 11).
    @inline(__always) static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x41, 0x45, 0x49, 0x4F, 0x55, 0x59: true
        default: false
        }
    }
}
