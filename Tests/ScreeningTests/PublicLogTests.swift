import Testing
@testable import Screening

/// The seventh session's readings of public CAD logs and protocol notes (`PublicLogFamilies`, the stem guard on
/// typo repair, "R/P" and "100+" in the tokenizer, hostility read clause by clause). Narratives written fresh for
/// these tests.
@Suite("Public CAD logs: red flags in their words, and what is not a typo")
struct PublicLogTests {
    /// The rules alone: the learned reader has its own tests.
    let screener = NarrativeScreener().learned(false)

    @Test("red flags as a public log states them", arguments: [
        ("P2 / 67YOM ON OXYGEN / SHORT OF BREATH SINCE NOON", FlagKind.injury),
        ("wife c/o worst headache of her life, sudden, now nauseous", .injury),
        ("male on the bus bench foaming at the mouth, eyes open", .injury),
        ("warehouse: worker pinned under a pallet, conscious", .injury),
        ("RP ADV MUTUAL COMBAT IN THE PARKING LOT OF THE BAR", .violence),
        ("tenant refuses to leave office, getting aggressive with staff", .violence),
        ("2 VEHS STREET RACING ON MAIN ST NOW", .policeOnly),
        ("motorcycle doing 120+ mph on the frontage road", .policeOnly),
        ("pickup driving on the sidewalk by the school", .policeOnly),
        ("MISSING ENDANGERED ADULT, LAST SEEN AT THE LIBRARY", .policeOnly),
        ("resident walked away from the memory care unit at 0600, not located", .policeOnly),
        ("ALARM CO ADV GLASS BREAK AND MOTION, REAR OF STORE", .policeOnly),
        ("caller sobbing, unable to give address, line open", .uncertainty),
        // "STAYING" is "STAY" with an ending, not a typo of "STAGING" (a word of resolution).
        ("FIGHT IN THE STREET / RP STAYING ON LINE", .violence),
        // "R/P" is the reporting party.
        ("UNKNOWN MALE GETTING AGGRESSIVE W/ R/P AT THE COUNTER", .violence),
    ])
    func flagged(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("look-alikes in the same words stay eligible", arguments: [
        "guest fell on the slopes last season, staying in room 12, wants to speak to someone about a complaint",
        "chef sharpening knives at the food truck by the mall ** RP THOUGHT IT ODD ** no further",
        "street racers revving engines in the lot earlier, no accident, just noise",
        "resident walked to the memory care unit's garden, staff with her, all ok",
        "caller calm, gave address, wants info on shelters",
    ])
    func eligible(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.isEligible, "\(result.reason)")
    }

    @Test("a word made of a known word and a regular ending is not repaired to another word")
    func stemsAreNotTypos() {
        let lexicon = CompiledLexicon.shared
        #expect(lexicon.corrected("STAYING") == "STAYING")
        // A dropped letter is still repaired, also when the misspelt stem is in the lexicon.
        #expect(lexicon.corrected("DISCONECTED") == "DISCONNECTED")
        #expect(lexicon.keepsItsStem("STAYING", repairedTo: "STAGING") == false)
        #expect(lexicon.keepsItsStem("STABING", repairedTo: "STABBING"))
    }

    @Test("R/P reads as RP, and a plus after a number is not a joiner")
    func tokens() {
        let words = NarrativeTokenizer.tokenize("R/P ADV 100+ MPH").filter { $0.kind == .word }.map(\.text)
        #expect(words == ["RP", "ADVISED", "100", "MPH"])
    }
}
