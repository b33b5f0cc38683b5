import Foundation
import Testing
@testable import Screening

/// ``PhraseMatcher`` gives the same phrase at every word of every narrative as trying every lexicon phrase there
/// (``CompiledLexicon/referenceBestMatch(in:from:)``, the matcher it replaced).
@Suite struct PhraseMatcherTests {
    /// The words of a narrative's runs as the analysis matches them: corrected words, split at punctuation.
    static func runs(_ narrative: String, lexicon: CompiledLexicon) -> [[String]] {
        var runs: [[String]] = [[]]
        for token in NarrativeTokenizer.tokenize(narrative) {
            if token.kind == .word { runs[runs.count - 1].append(lexicon.corrected(token.text)) } else if !runs[runs.count - 1].isEmpty { runs.append([]) }
        }
        return runs.filter { !$0.isEmpty }
    }

    static func expectSameMatches(_ narrative: String, lexicon: CompiledLexicon, label: String) -> Int {
        var matched = 0
        for run in runs(narrative, lexicon: lexicon) {
            let words = lexicon.matcher.words(run)
            for start in run.indices {
                let fast = lexicon.matcher.bestMatch(in: words, from: start)
                let reference = lexicon.referenceBestMatch(in: run, from: start)
                #expect(fast.map { lexicon.matcher.patterns[$0.pattern].order } == reference?.pattern.order, "\(label): \(run[start...])")
                #expect(fast?.length == reference?.length, "\(label): \(run[start...])")
                if fast != nil { matched += 1 }
            }
        }
        return matched
    }

    /// Every tenth narrative of every fixture (the reference tries each of the lexicon's phrases at each word, which
    /// takes minutes over all of them in a debug build).
    @Test("a tenth of the fixture narratives: the same phrase and length at every word as the reference")
    func fixturesMatchTheReference() throws {
        let lexicon = CompiledLexicon.shared
        var matched = 0
        for name in LearnedReaderTests.allFixtures {
            for (index, entry) in try CorpusEntry.load(from: DispatchLanguageTests.fixtures.appendingPathComponent(name)).enumerated() where index % 10 == 0 {
                matched += Self.expectSameMatches(entry.narrative, lexicon: lexicon, label: entry.id)
            }
        }
        #expect(matched > 2_000)
    }

    /// Phrases that start with a prefix, a number, a year, a wildcard or an optional word, and words outside ASCII, in a
    /// lexicon written for this test.
    @Test("prefixes, numbers, years, wildcards, optional first words and non-ASCII words match as the reference does")
    func everyKindOfStart() {
        let entries: [NarrativeLexicon.Entry] = [
            .init(pattern: "STAB* WOUND?", role: .concept([.injury], noun: true)),
            .init(pattern: "# SHOTS", role: .concept([.weapon], noun: true)),
            .init(pattern: "_ GUN", role: .concept([.weapon], noun: true)),
            .init(pattern: "LOADED? RIFLE|GUN", role: .concept([.weapon], noun: true)),
            .init(pattern: "CUCHILL* GRANDE?, ÉL AMENAZ*", role: .threat),
            .init(pattern: "NO", role: .negation(only: nil)),
            .init(pattern: "ASSAULT FROM? %", role: .negation(only: nil)),
            .init(pattern: "% ASSAULT|FIGHT", role: .concept([.violence], noun: true)),
        ]
        let lexicon = CompiledLexicon(entries: entries)
        var matched = 0
        for text in ["stabbing wound reported", "3 shots heard, several shots", "he has a gun loaded rifle",
                     "el cuchillo grande, él amenazó", "STAB STABBED WOUNDS", "no gun no rifle", "twelve shots 12 SHOTS",
                     "café gun", "ÉL AMENAZA", "assault from 2019, assault 1949 2039 2040 assault 0930", "2019 fight 1949 fight"] {
            matched += Self.expectSameMatches(text, lexicon: lexicon, label: text)
        }
        #expect(matched >= 10)
    }

    /// A code (`@`) is decided on bytes for ASCII words: the answer is the one the definition by Unicode properties
    /// gives (at least one number, every character a letter or a number), for every short word over an alphabet of
    /// letters, digits, punctuation and a few non-ASCII characters.
    @Test func codeTestOnBytesAgreesWithTheDefinition() {
        let alphabet: [String] = ["A", "z", "0", "9", "-", "/", "#", ".", " ", "É", "½", "٣", "\u{301}"]
        func definition(_ word: String) -> Bool { word.contains(where: \.isNumber) && word.allSatisfy { $0.isLetter || $0.isNumber } }
        var words: [String] = [""]
        for _ in 0..<3 { words += words.flatMap { w in alphabet.map { w + $0 } } }
        var codes = 0
        for word in Set(words) {
            #expect(NarrativePattern.isCode(word) == definition(word), "\(word.debugDescription)")
            if definition(word) { codes += 1 }
        }
        #expect(codes > 100)
    }
}
