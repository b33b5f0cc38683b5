import Testing
@testable import Screening

/// The eleventh session's readings: red flags a log tells in two places (`TwoPlaceFamilies`), the entry separator
/// `::` that ends the scopes of cues, and a denial that opens onto its own target. Narratives written fresh for these
/// tests.
@Suite("Two places: red flags told in halves, and entry separators")
struct TwoPlaceTests {
    /// The rules alone: the learned reader has its own tests.
    let screener = NarrativeScreener().learned(false)

    @Test("both halves, wherever the log tells them, raise the pair's kind", arguments: [
        // A missing person and what puts them at risk.
        ("81 yo male missing from the house since noon :: confused :: took the bus pass", FlagKind.policeOnly),
        ("son, 34, missing since friday - needs his insulin", .policeOnly),
        ("13 yrs old did not come home after the game, not answering", .policeOnly),
        ("8 yo, he was at the park, never came home", .policeOnly),
        ("dad walked away from the care home, has alzheimers, no coat", .policeOnly),
        // A diabetic and the signs of a low sugar.
        ("wife is diabetic -- clammy and not making sense -- rp gave juice", .injury),
        ("diabetic roommate very drowsy, hard to wake", .injury),
        // "::" ends a cue's reach: history, negation.
        ("prem hist 3 calls last 30 days :: driver swerving all over 5th ave", .policeOnly),
        ("caller req no sirens :: juvs beating up a boy in the park", .violence),
        // A denial that opens onto its own target does not reach back.
        ("mother took 40 of her sleeping pills per daughter - denies wanting to die", .injury),
    ])
    func flagged(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("a half alone, a thing missing, or a pair answered stays eligible", arguments: [
        "82 yo resident confused about her bus route, wants someone to explain it",
        "teen son missing curfew again, home now, parents want resources",
        "my wallet is missing from the car, rp is 70 yo, wants a report",
        "diabetic neighbor asks for a ride to the pharmacy, feels fine",
        "caller sweating in the heat at the bus stop, wants water",
        "14 yo did not come home -- update: she is at her aunts, all ok",
        "80 yo missing from the day center, confused - found safe in the garden by staff",
        "weapons - denies",
        // The age must be told near the missing person, and whereabouts given answer it.
        "toddler was playing with the phone earlier. rp's uncle hasn't been seen at the shelter for a week",
        "15 yo didnt come home, texted that she is staying with her aunt",
        // Heights and durations are no ages; a thing missed is no person.
        "missing adult male, 6 ft, red coat, family says he does this, no concerns",
        "80 yo missing her meds again, wants the pharmacy number",
        // A report of someone missing then settled: the lone half is taken out before the recent-past reading.
        "son missing since yesterday, fine now",
    ])
    func eligible(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.isEligible, "\(result.reason)")
    }
}
