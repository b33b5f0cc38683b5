import Testing
@testable import Screening

/// Issue 13, twelfth pass (SettledSceneFamilies.swift, UrgentSceneFamilies.swift, CP in DispatchLexicon.swift,
/// CrimeTiming): for each
/// mechanism, a narrative that must keep its red flag and its settled look-alike in the same words that must not.
/// Narratives written fresh for these tests, not copied from blind12.csv, blind13.csv or any other corpus.
@Suite("Twelfth pass: settled scenes, the complaining party, absent suspects, acts and scenes")
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

    /// UrgentSceneFamilies.swift: red flags told by the act or the scene, each beside a look-alike in the same words.
    static let urgentPairs: [FamilyPair] = [
        FamilyPair(family: "a fistfight", flagged: "two fans in a fistfight in section 104",
                   kind: .violence, lookAlike: "two fans in a shouting match in section 104, verbal only"),
        FamilyPair(family: "heart-attack signs", flagged: "older man in the lobby clutching his chest, gray and sweating",
                   kind: .injury, lookAlike: "older man in the lobby holding his coat, wants a taxi"),
        FamilyPair(family: "an MPDS Bravo level", flagged: "17-B-1 30YOF FELL ON THE STAIRS", kind: .injury,
                   lookAlike: "17-A-1 30YOF FELL ON THE STAIRS, NO INJURY, UP AND WALKING"),
        FamilyPair(family: "a car running in a closed garage", flagged: "wife says he is in the closed garage with the car running",
                   kind: .suicide, lookAlike: "wife says he is in the driveway with the car running, warming it up"),
        FamilyPair(family: "weights tied to the body", flagged: "man on the pier tied a cinder block to his ankle",
                   kind: .suicide, lookAlike: "man on the pier tied his boat to the cleat"),
        FamilyPair(family: "suicide by police", flagged: "caller says her son wants police to shoot him",
                   kind: .suicide, lookAlike: "caller says her son wants police to call him back"),
        FamilyPair(family: "a threat to run someone over", flagged: "driver threatened to run over the crossing guard",
                   kind: .threat, lookAlike: "driver threatened to run the toll booth report to the state"),
        FamilyPair(family: "a threat to break bones", flagged: "neighbor threatened to break his legs over the fence",
                   kind: .threat, lookAlike: "neighbor threatened to break the lease over the fence"),
        FamilyPair(family: "a scream and a dead line", flagged: "sister called screaming then the line went dead",
                   kind: .uncertainty, lookAlike: "sister called laughing about the game, line is fine"),
        FamilyPair(family: "a child wandering", flagged: "3 year old wandering in the parking lot in pajamas",
                   kind: .policeOnly, lookAlike: "30 year old wandering in the parking lot looking for her car"),
        FamilyPair(family: "children left in a boat", flagged: "two kids left in a canoe at the ramp",
                   kind: .policeOnly, lookAlike: "two kids paddling a canoe at the ramp with their dad"),
        FamilyPair(family: "a person with dementia missing", flagged: "grandfather who has dementia is missing since noon",
                   kind: .policeOnly, lookAlike: "grandfather with dementia reported missing this morning, found safe at the diner"),
        FamilyPair(family: "drinking and driving off", flagged: "guy chugging a beer then driving off from the gas station",
                   kind: .policeOnly, lookAlike: "guy chugging a soda at the gas station, waiting for his ride"),
    ]

    @Test("each act or scene is flagged and its look-alike is not", arguments: urgentPairs)
    func urgent(_ pair: FamilyPair) {
        pair.expectHolds(with: screener)
    }

    @Test("a history cue that opens onto its own matter does not reach back over a comma")
    func historyScope() {
        let knife = screener.screen("male pulled a knife on the clerk, prior calls at address for weapons")
        #expect(knife.flagKinds.contains(.weapon), "\(knife.reason)")
        let exposure = screener.screen("subj exposing himself on the bus, premise hx of 415s")
        #expect(exposure.flagKinds.contains(.policeOnly), "\(exposure.reason)")
        // The history itself stays history.
        #expect(screener.screen("prior calls at address for weapons, tonight caller locked out").isEligible)
    }

    @Test("suicidal talk at or on the way to a lethal place is a red flag; the same talk at home is not")
    func lethalPlace() {
        let edge = screener.screen("hiker standing near the canyon rim edge texting that he wants to die")
        #expect(edge.flagKinds.contains(.suicide), "\(edge.reason)")
        let climbing = screener.screen("worker climbing the grain silo ladder saying he wants to die")
        #expect(climbing.flagKinds.contains(.suicide), "\(climbing.reason)")
        #expect(screener.screen("says he wants to die, sitting on the couch with his mom, no plan, wants a counselor").isEligible)
        // A lethal place without suicidal talk is not read as a means.
        #expect(screener.screen("hiker standing near the canyon rim edge, lost his map, wants directions").isEligible)
    }

    @Test("a first report named as such is answered by a word of resolution later in its clause, with no separator")
    func firstReport() {
        #expect(screener.screen("caller first said he was threatened clarifies he was only told to leave").isEligible)
        #expect(screener.screen("1st caller reported a fight 2nd caller says verbal only, noise at the pool").isEligible)
        // A red flag told after the correction stays.
        let knife = screener.screen("caller first said he was threatened clarifies he was told to leave, now subj has a knife")
        #expect(knife.flagKinds.contains(.weapon), "\(knife.reason)")
        // Without a word of resolution the first report stands.
        let stands = screener.screen("caller first said he was threatened, subj still outside")
        #expect(!stands.isEligible, "\(stands.reason)")
    }

    @Test("any object swung, brandished or raised at a person is a weapon; swung at nobody it is not")
    func objectsAtPeople() {
        let hook = screener.screen("deckhand swinging a boat hook at another worker on the dock")
        #expect(hook.flagKinds.contains(.weapon), "\(hook.reason)")
        let raised = screener.screen("tenant with a shovel raised at the landlord")
        #expect(raised.flagKinds.contains(.weapon), "\(raised.reason)")
        #expect(screener.screen("kids swinging a jump rope at the park, loud").isEligible)
    }

    @Test("a strip mall is not a maul")
    func mall() {
        #expect(screener.screen("caller locked out of her car at the strip mall").isEligible)
    }

    @Test("each mechanism keeps its red flag and lets its settled look-alike through", arguments: pairs)
    func pair(_ pair: FamilyPair) {
        pair.expectHolds(with: screener)
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
