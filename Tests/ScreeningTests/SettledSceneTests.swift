import Testing
@testable import Screening

/// Issue 13, twelfth pass (SettledSceneFamilies.swift, CP in DispatchLexicon.swift, CrimeTiming): for each
/// mechanism, a narrative that must keep its red flag and its settled look-alike in the same words that must not.
/// Narratives written fresh for these tests, not copied from blind12.csv, blind13.csv or any other corpus.
@Suite("Twelfth pass: settled scenes, the complaining party, absent suspects")
struct SettledSceneTests {
    /// The rules alone: this suite pins what the rules read (the learned reader, on by default, has its own tests).
    let screener = NarrativeScreener().learned(false)

    static let pairs: [FamilyPair] = [
        FamilyPair(family: "CP beside an age is chest pain", flagged: "RP ADV HUSBAND 61YOM CP RADIATING TO JAW",
                   kind: .injury, lookAlike: "PER CP HUSBAND IS SNORING TOO LOUD, CP WANTS ADVICE"),
        FamilyPair(family: "CP complained of", flagged: "caller states her mother c/o cp and sob since noon",
                   kind: .injury, lookAlike: "farm cp states the neighbor's goats got out again since noon"),
        FamilyPair(family: "a fall with a head strike", flagged: "SENIOR FELL IN THE KITCHEN, HIT HER HEAD, NO OTHER INJURY",
                   kind: .injury, lookAlike: "SENIOR FELL IN THE KITCHEN, GOT BACK UP, NO INJURY, WANTS HELP TO HER CHAIR"),
        FamilyPair(family: "a fall and cannot get up", flagged: "dad fell in the yard, can't get up, daughter on the way",
                   kind: .injury, lookAlike: "dad fell in the yard, no injury, daughter on the way to help him in"),
        FamilyPair(family: "a fall from height", flagged: "toddler fell from the balcony, is conscious and crying",
                   kind: .injury, lookAlike: "toddler fell off the couch, no injury, mom asking about a sitter"),
        FamilyPair(family: "a weapon in a hand", flagged: "man pacing the lot with a rifle, yelling at cars",
                   kind: .weapon, lookAlike: "man asking about the lot rules, his rifle is cased in the truck"),
        FamilyPair(family: "a knife drawn", flagged: "male pulled a knife on the clerk at the register",
                   kind: .weapon, lookAlike: "clerk found a pocket knife by the register, holding it for the owner"),
        FamilyPair(family: "a gun shown", flagged: "tenant showed a handgun to the landlord during the argument",
                   kind: .weapon, lookAlike: "landlord says tenant has a registered handgun, wants to know the lease rules"),
        FamilyPair(family: "killing a person", flagged: "neighbor screaming he is killing her, sounds of hitting",
                   kind: .violence, lookAlike: "neighbor says the bass from upstairs is killing her, third night"),
        FamilyPair(family: "an injured person", flagged: "injured cyclist on the shoulder, bleeding from the leg",
                   kind: .injury, lookAlike: "injured hawk on the shoulder, caller wants wildlife rescue"),
        FamilyPair(family: "shots heard", flagged: "several shots heard behind the laundromat, someone screaming",
                   kind: .weapon, lookAlike: "several shots heard behind the laundromat, units advise a transformer blew"),
        FamilyPair(family: "a car broken into now", flagged: "two men broke into a car in the lot, still inside it",
                   kind: .policeOnly, lookAlike: "someone broke into her car overnight, no one around now, wants a report"),
    ]

    @Test("each mechanism keeps its red flag and lets its settled look-alike through", arguments: pairs)
    func pair(_ pair: FamilyPair) {
        let flagged = screener.screen(pair.flagged)
        #expect(flagged.flagKinds.contains(pair.kind), "\(flagged.reason)")
        let settled = screener.screen(pair.lookAlike)
        #expect(settled.isEligible, "\(settled.reason)")
    }

    @Test("a glued age with another suffix is left as written")
    func otherSuffixes() {
        #expect(NarrativeLexicon.normalize("55YRS") == "55YRS")
        #expect(NarrativeLexicon.normalize("34yom") == "ADULT")
        #expect(NarrativeLexicon.normalize("CP") == "CP")
    }

    @Test("abbreviated weekdays are days only after ON or LAST")
    func weekdays() {
        // "sat up" is not Saturday: the answer is read, and the collapse is settled.
        #expect(screener.screen("mother collapsed - sat up, talking normally").isEligible)
        // "on Sat" still places a fight in the recent past, which a settled present then makes history; a bare
        // "sat" does not (caution: the fight stays a red flag).
        #expect(screener.screen("brothers fought on sat, doing fine now").isEligible)
        #expect(!screener.screen("brothers fought sat, doing fine now").isEligible)
    }

    @Test("no one present is not a crime in progress; someone present is", arguments: [
        (["SOMEONE", "BROKE", "IN", "OVERNIGHT", "NO", "ONE", "AROUND", "NOW"], CrimeTiming.past),
        (["NOBODY", "THERE", "NOW", "REPORT", "ONLY"], CrimeTiming.past),
        (["THEY", "ARE", "THERE", "NOW"], CrimeTiming.current),
        (["SUSPECT", "STILL", "AROUND", "NOW"], CrimeTiming.current),
    ])
    func absentSuspect(_ words: [String], _ expected: CrimeTiming) {
        #expect(CrimeTiming.assess(words) == expected)
    }
}
