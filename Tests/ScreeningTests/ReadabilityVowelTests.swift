import Testing
@testable import Screening

/// ``NarrativeReadability/isVowel(_:)`` compares bytes directly; it must answer as the set of vowel bytes does.
@Suite struct ReadabilityVowelTests {
    @Test func isVowelEqualsTheSetForEveryByte() {
        for byte in UInt8.min...UInt8.max {
            #expect(NarrativeReadability.isVowel(byte) == NarrativeReadability.vowelBytes.contains(byte), "byte \(byte)")
        }
    }
}
