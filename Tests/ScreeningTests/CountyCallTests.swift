import Testing
@testable import Screening

/// The eleventh session's readings of county and highway calls (`CountyCallFamilies`) and of crimes told by an unknown
/// person's act now (`NarrativeAnalysis+ActInProgress.swift`). Narratives written fresh for these tests.
@Suite("County calls and acts in progress")
struct CountyCallTests {
    /// The rules alone: the learned reader has its own tests.
    let screener = NarrativeScreener().learned(false)

    @Test("each county or highway call raises its kind", arguments: [
        ("grey sedan all over both lanes on route 9, nearly hit a mailbox", FlagKind.policeOnly),
        ("semi weaving across the center line near mile 40", .policeOnly),
        ("old man walking in the middle of the highway in a bathrobe", .policeOnly),
        ("baby left alone in a car at the feed store, windows up", .policeOnly),
        ("caller says her roommate locked her in the bathroom and took her phone", .policeOnly),
        ("man tried to get two girls into his van outside the library", .policeOnly),
        ("grandpa left for the hardware store this morning, 81 yo, never made it there", .policeOnly),
        ("my throat is swelling up after a bee sting", .injury),
        ("toddler got into the allergy pills", .injury),
        ("medic on scene: GCS 7, requesting ALS intercept", .injury),
        ("kayaker went under near the dam and didn't come back up", .injury),
        ("farmhand trampled by a bull in the pen", .injury),
        ("neighbor sucker punched her husband at the fence line", .violence),
        ("he had his hands around her throat a minute ago", .violence),
        ("tenant came at the landlord with a pitchfork", .weapon),
        ("ex said he'd poison the well if she doesn't sell", .threat),
        ("man sitting with his legs over the railing of the river bridge", .suicide),
        ("brother says he saved enough oxy to die tonight", .suicide),
        ("multiple rounds fired behind the quarry, rp cannot see anyone", .uncertainty),
        ("911 abandoned, dishes breaking in the background, no answer on callback", .uncertainty),
        // Crimes told by an unknown person's act now.
        ("someone is hauling scrap off our farm onto a flatbed right now", .policeOnly),
        ("two males stripping copper from the vacant church now", .policeOnly),
        ("camper being stolen from the storage lot right now, white pickup", .policeOnly),
        ("there's a guy inside my garage right now, I can hear him", .policeOnly),
        ("a woman just snatched a purse from a cart and ran to a blue car", .policeOnly),
        ("rp watching a man take the tailgate off her truck", .policeOnly),
        // Found down, pinned, caught; a stranger at a child's window; sounds on a line.
        ("neighbor found him on the bathroom floor this morning", .injury),
        ("88 yo, unknown how long she has been down", .injury),
        ("tractor rolled on the hill, driver pinned", .injury),
        ("someone at my daughters bedroom window", .policeOnly),
        ("call dropped after muffled screams", .uncertainty),
        ("grandma, 77, went to the store at noon and never made it back", .policeOnly),
    ])
    func flagged(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("look-alikes in the same words stay eligible", arguments: [
        "someone taking pictures of the old barn right now, caller curious",
        "guy in the red truck is taking a nap in the lot now, engine off, breathing fine",
        "neighbor kid is hauling hay for the farmer now, caller wants the road cleared later",
        "rp's son is loading his own tools into his truck now, rp wants a civil standby",
        "man fishing with his feet over the side of the dock",
        "caller says the kids are taking turns on the tire swing now",
        "caller watching a man take photos of the sunset from the pier",
        "rp's neighbor is still hauling firewood in his truck, no concerns",
        "man taking the trash out now, caller wants to know pickup day",
        "a man just walked in and asked for directions to the clinic",
        "someone was loading boxes into the dumpster last night, gone now",
        "his stuff will be in a box by the door when he comes",
        "caller says the dog got into the trash again",
    ])
    func eligible(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.isEligible, "\(result.reason)")
    }
}
