import Testing
@testable import Screening

/// Issue 13, thirteenth pass (UrgentSceneFamilies.swift, premise notes in NarrativeAnalysis.swift, ages in
/// NarrativeToken.swift): for each mechanism, a narrative that must keep its red flag and a look-alike in the same
/// words that must not. Narratives written fresh for these tests, not copied from blind14.csv or any other corpus.
@Suite("Thirteenth pass: premise notes, ages written Y/O, scenes told by the act")
struct ThirteenthPassTests {
    /// The rules alone: this suite pins what the rules read (the learned reader, on by default, has its own tests).
    let screener = NarrativeScreener().learned(false)

    static let pairs: [FamilyPair] = [
        FamilyPair(family: "a scuffle", flagged: "two deckhands scuffling by the gangway",
                   kind: .violence, lookAlike: "two deckhands arguing by the gangway about the schedule"),
        FamilyPair(family: "a person slammed into a wall", flagged: "bouncer slammed a patron into the wall by the door",
                   kind: .violence, lookAlike: "bouncer slammed the door by the wall, patron left on his own"),
        FamilyPair(family: "a car rammed into another", flagged: "ex rammed her truck into his car while he stood beside it",
                   kind: .violence, lookAlike: "ex parked her truck beside his car, arguing about the kids"),
        FamilyPair(family: "an ejection", flagged: "pickup rolled on the county road with ejection",
                   kind: .injury, lookAlike: "patron ejected from the bar, refusing to leave the lot"),
        FamilyPair(family: "a cord around the neck", flagged: "roommate has a cord around his neck in the garage",
                   kind: .suicide, lookAlike: "roommate has a lanyard with his keys, locked out of the garage"),
        FamilyPair(family: "pills to not wake up", flagged: "guest texted that he took his pills to not wake up",
                   kind: .suicide, lookAlike: "guest texted that he took his pills and wants a wake up call"),
        FamilyPair(family: "over a safety barrier", flagged: "woman climbed over the safety railing at the overlook",
                   kind: .suicide, lookAlike: "woman taking photos behind the safety railing at the overlook"),
        FamilyPair(family: "coming back to get people", flagged: "fired cook called saying he is coming back to get everyone",
                   kind: .threat, lookAlike: "fired cook called saying he is coming back to get his last check"),
        FamilyPair(family: "a call that went silent", flagged: "friend on facetime went silent after someone kicked the door",
                   kind: .uncertainty, lookAlike: "friend on facetime says her roommate kicked her out, wants shelter info"),
        FamilyPair(family: "a help point with nobody answering", flagged: "blue light phone activated in lot 9, no voice",
                   kind: .uncertainty, lookAlike: "blue light phone in lot 9 is out of order per facilities"),
        FamilyPair(family: "a person overboard", flagged: "man overboard off the ferry near buoy 4",
                   kind: .uncertainty, lookAlike: "man asking the ferry crew about buoy 4 fishing rules"),
        FamilyPair(family: "a young child missing (Y/O)", flagged: "mom says her 6 y/o is missing from the campground",
                   kind: .policeOnly, lookAlike: "mom says her 16 y/o is late from the campground, texted he is fine"),
        FamilyPair(family: "a child left home alone", flagged: "neighbor says kids aged 3 and 5 left home alone since noon",
                   kind: .policeOnly, lookAlike: "neighbor says the kids are home with grandma since noon, music loud"),
        FamilyPair(family: "a resident gone from care", flagged: "memory care unit reports resident eloped through the garden gate",
                   kind: .policeOnly, lookAlike: "memory care unit asks about visiting hours for a resident"),
        FamilyPair(family: "a stranger in the home", flagged: "caller says a stranger walked into her apartment and is in the kitchen",
                   kind: .policeOnly, lookAlike: "caller says a neighbor walked her dog past the apartment, wants the leash law"),
        FamilyPair(family: "people inside after hours", flagged: "custodian sees people inside the closed gym after hours",
                   kind: .policeOnly, lookAlike: "custodian says the gym closed early, people waiting outside for a ride"),
        FamilyPair(family: "property carried off now", flagged: "neighbor sees two men carrying tvs out of the house next door",
                   kind: .policeOnly, lookAlike: "neighbor says tvs were taken from the house next door last month, no suspects"),
    ]

    @Test("each act or scene is flagged and its look-alike is not", arguments: pairs)
    func pair(_ pair: FamilyPair) {
        let flagged = screener.screen(pair.flagged)
        #expect(flagged.flagKinds.contains(pair.kind), "\(flagged.reason)")
        let lookAlike = screener.screen(pair.lookAlike)
        #expect(lookAlike.isEligible, "\(lookAlike.reason)")
    }

    @Test("a premise note after a dash is about the address, not about what came before it")
    func premiseNote() {
        let assault = screener.screen("assault in progress at the bus shelter - hx of calls at this address")
        #expect(assault.flagKinds.contains(.violence), "\(assault.reason)")
        let flashlight = screener.screen("rp sees a flashlight inside the closed bakery - CAD HX: 2 prior alarm calls")
        #expect(flashlight.flagKinds.contains(.policeOnly), "\(flashlight.reason)")
        // A time told after a dash still places what came before it in the past.
        #expect(screener.screen("rp says her brother hit her - 2 years ago, wants advice on a protective order").isEligible)
        // The note itself stays history.
        #expect(screener.screen("loud music at the duplex - premise hx: dv 2019").isEligible)
    }

    @Test("an age written Y/O is one word, glued or not")
    func ageWithSlash() {
        let words = NarrativeTokenizer.tokenize("4 y/o and 6Y/O w/o shoes").filter { $0.kind == .word }.map(\.text)
        #expect(words == ["4", "YO", "AND", "CHILD", "WITHOUT", "SHOES"])
        // A slash between other words is still a joiner.
        let joined: [NarrativeToken.Kind] = NarrativeTokenizer.tokenize("wpns/inj").map(\.kind)
        #expect(joined == [.word, .joiner, .word])
    }

    @Test("suicidal talk on or at a height is a red flag; on water or a road it needs more")
    func atAHeight() {
        let cliff = screener.screen("mate on the cliff at the point saying goodbye to everyone")
        #expect(cliff.flagKinds.contains(.suicide), "\(cliff.reason)")
        // Talk denied, or a place people stand on for any reason, is not a means.
        #expect(screener.screen("teens on the frozen lake throwing snowballs, loud").isEligible)
    }

    @Test("a missing child found answers the report")
    func childFound() {
        #expect(screener.screen("mom reported her 8 y/o missing - child found at the neighbor's house").isEligible)
        let stands = screener.screen("mom reported her 8 y/o missing - still looking at the park")
        #expect(stands.flagKinds.contains(.policeOnly), "\(stands.reason)")
    }
}
