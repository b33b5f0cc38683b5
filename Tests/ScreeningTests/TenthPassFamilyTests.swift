import Testing
@testable import Screening

/// Issue 13, tenth pass (TenthPassFamilies.swift, the dropped-G repair in CompiledLexicon and calibres in the
/// tokenizer): one narrative that each family must flag with its kind, and one look-alike it must leave eligible.
/// The narratives were written fresh for these tests, not copied from blind10.csv or any other corpus.
@Suite("Tenth-pass families")
struct TenthPassFamilyTests {
    /// The rules alone: this suite pins what the rules read (the learned reader, on by default, has its own tests).
    let screener = NarrativeScreener().learned(false)

    /// A family's red-flag narrative with the kind it must raise, and its look-alike that stays eligible (checked by `FamilyPairTests`).
    static let pairs: [FamilyPair] = [
        FamilyPair(family: "bleeding that will not stop", flagged: "roommate cut his palm on a broken jar, it won't stop bleeding",
             kind: .injury, lookAlike: "roommate cut his palm on a broken jar, bleeding stopped with a towel"),
        FamilyPair(family: "you won't see the end of it", flagged: "ex left a voicemail, you won't see the end of the month",
             kind: .threat, lookAlike: "ex left a voicemail, you won't see the kids until the end of the month per the court order"),
        FamilyPair(family: "waiting for you after work", flagged: "customer told the barista i'll be waiting for you when you close, still outside in his car",
             kind: .threat, lookAlike: "customer told the barista he will wait for her to close so he can buy the leftover pastries"),
        FamilyPair(family: "a deadline, then pulling up", flagged: "text from unknown number: you got til friday then im pulling up",
             kind: .threat, lookAlike: "daughter texted she's pulling up to the house now, wants help with groceries"),
        FamilyPair(family: "everyone is gonna pay", flagged: "coworker said everyone in payroll is gonna pay for this after he was let go",
             kind: .threat, lookAlike: "coworker asked who in payroll is going to pay the overtime"),
        FamilyPair(family: "what he'd do to her son", flagged: "caller says her brother-in-law described what he'd do to her son if he sees him again",
             kind: .threat, lookAlike: "caller says her brother-in-law described what he'd do to fix her son's bike"),
        FamilyPair(family: "one of us isn't leaving", flagged: "man said one of us isn't leaving this apartment tonight, wife hiding in the bedroom",
             kind: .threat, lookAlike: "man said one of us is leaving early tonight to pick up the kids"),
        FamilyPair(family: "a farewell video", flagged: "nephew posted a farewell video and isn't answering his phone",
             kind: .suicide, lookAlike: "nephew posted a farewell video for his coworker who is retiring"),
        FamilyPair(family: "hoarding pills", flagged: "mom says son has been hoarding his pills in a sock drawer",
             kind: .suicide, lookAlike: "mom says son has been taking his pills on schedule"),
        FamilyPair(family: "lying across the tracks", flagged: "woman lying across the train tracks near the grain silo",
             kind: .suicide, lookAlike: "railroad worker standing by the tracks with a clipboard"),
        FamilyPair(family: "a tower and a last goodbye", flagged: "teen climbed the cell tower and posted a pic saying last goodbye",
             kind: .suicide, lookAlike: "technician climbed the cell tower for a repair, crew on the ground"),
        FamilyPair(family: "hanged himself", flagged: "uncle hanged himself in the barn, family holding him up",
             kind: .suicide, lookAlike: "uncle hung the tire swing in the barn for the kids"),
        FamilyPair(family: "turned gray and collapsed", flagged: "grandpa turned gray and collapsed at the checkout",
             kind: .injury, lookAlike: "grandpa turned in his library books at the checkout"),
        FamilyPair(family: "over the handlebars, dazed", flagged: "skier went over the handlebars of his bike, dazed and asking the same questions",
             kind: .injury, lookAlike: "cyclist asking for directions to the bike shop, tire flat"),
        FamilyPair(family: "jabbing an object at a person", flagged: "tenant jabbing a broom handle at the landlord in the hallway",
             kind: .weapon, lookAlike: "tenant poking around the storage room looking for his bike"),
        FamilyPair(family: "a calibre pulled", flagged: "wife says he pulled a .45 from the closet and is pacing",
             kind: .weapon, lookAlike: "wife says he is 45 and has been pacing about losing his job"),
        FamilyPair(family: "a car driven at a crowd", flagged: "driver revving and accelerating at the crowd outside the stadium",
             kind: .weapon, lookAlike: "driver revving his engine outside the stadium, loud but parked"),
        FamilyPair(family: "filming up skirts", flagged: "man filming up skirts at the bookstore",
             kind: .policeOnly, lookAlike: "man filming the book signing at the bookstore"),
        FamilyPair(family: "yes and no answers", flagged: "caller keeps repeating yes and no when asked questions",
             kind: .uncertainty, lookAlike: "caller says yes and no questions confuse her mother, wants a welfare check"),
        FamilyPair(family: "a panic button in an app", flagged: "panic button pressed in the delivery app, driver not answering",
             kind: .uncertainty, lookAlike: "delivery app driver not answering about a late order, caller wants a refund"),
        FamilyPair(family: "the caller hiding", flagged: "caller hiding in the basement, hears someone upstairs",
             kind: .uncertainty, lookAlike: "kids hiding in the basement playing hide and seek, mom wants noise advice"),
        FamilyPair(family: "goodbye letters and a time", flagged: "dad wrote goodbye letters to the kids and said he's ready to go tonight",
             kind: .suicide, lookAlike: "dad said he's ready to go tonight for the fishing trip, wants road conditions"),
        FamilyPair(family: "a caller too afraid to give her name", flagged: "caller too afraid to give her name, says he is in the next room",
             kind: .uncertainty, lookAlike: "caller did not want to give her name, just reporting a pothole"),
        FamilyPair(family: "a caller who does not know where she is", flagged: "caller doesn't know where she is, sounds drugged, asking for help",
             kind: .uncertainty, lookAlike: "caller doesn't know where the lost and found is at the park"),
        FamilyPair(family: "catch you slipping", flagged: "ex told him he'll catch you slippin at the gas station",
             kind: .threat, lookAlike: "ex told him to watch for slipping on the ice at the gas station"),
        FamilyPair(family: "climbing in a back window", flagged: "man climbing in the neighbors' back window, they are away",
             kind: .policeOnly, lookAlike: "man cleaning the neighbors' back window, they hired him"),
        FamilyPair(family: "hallucinating with a racing heart", flagged: "son smoked something and is hallucinating, heart racing",
             kind: .injury, lookAlike: "son smoked a brisket and is hosting the family, everyone racing to eat"),
    ]

    @Test("idioms and harmless uses of danger words stay eligible", arguments: [
        "sister yelled you're dead to me at her brother over the phone, no one else there",
        "student said he'd kill it at his recital, teacher says he meant the piano piece",
        "caller disconnected after giving the address, wants a call back about a noise complaint",
        "butcher knife set stolen from the porch last month, wants a report number",
    ])
    func idioms(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.verdict == .eligible, "\(result.reason)")
    }

    @Test("a dropped final G or E is repaired only to a red-flag word", arguments: [
        ("HANGIN", "HANGING"), ("SCREAMIN", "SCREAMING"), ("BRIDG", "BRIDGE"), ("CABIN", "CABIN"), ("MUFFIN", "MUFFIN"),
    ])
    func droppedG(_ word: String, repaired: String) {
        #expect(CompiledLexicon.shared.corrected(word) == repaired)
    }

    @Test("a calibre written with its point is a word, not the end of a clause")
    func calibre() {
        let words = NarrativeTokenizer.tokenize("PULLED A .38 FROM THE DRAWER").filter { $0.kind == .word }.map(\.text)
        #expect(words == ["PULLED", "A", "38", "FROM", "THE", "DRAWER"])
    }
}
