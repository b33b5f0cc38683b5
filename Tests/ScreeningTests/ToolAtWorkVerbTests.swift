import Testing
@testable import Screening

/// Verbs of work beside a tool (`NarrativeAnalysis.workVerbCues`, sixth session): the act named, not the object, so
/// any task reads as work. Narratives written fresh for these tests.
@Suite("Tools at work named by the act: verbs of work, their targets, hostility anywhere in the narrative")
struct ToolAtWorkVerbTests {
    /// The rules alone: the learned reader has its own tests.
    let screener = NarrativeScreener().learned(false)

    @Test("a tool beside a verb of work stays eligible, whatever the object", arguments: [
        "neighbor with a hammer fixing his mailbox post, caller curious",
        "man with a shovel digging out his boat trailer at dusk",
        "deckhand cutting netting with a knife on the stern",
        "clerk using a box cutter unpacking crates in the aisle, shopper nervous",
        "guy with a crowbar prying apart old skids behind the feed store",
        "resident with a chainsaw bucking a fallen tree across his driveway",
    ])
    func work(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.verdict == .eligible, "\(result.reason)")
    }

    @Test("the same tools turned on a person, oneself or a way in, or in a quarrel or crisis, stay weapons", arguments: [
        // The verb's object is a person or the holder's own body.
        "man with a knife cutting himself in the stairwell",
        "roommate with a hammer fixing to hit him, yelling",
        // A way in: the act is an entry, not work on one's own things.
        "guy with a crowbar prying the back door of the pharmacy",
        // Hostility told in another clause.
        "subj on the curb sharpening a hatchet .. cursing at kids walking by",
        // A quarrel or a crisis beside the work.
        "brother sharpening knives all night, talking about voices",
        "hunting knife on the counter, husband keeps picking it up while they argue",
        // The tool's own name is not a task ("HUNTING KNIFE").
        "male has a hunting knife out by the bleachers",
    ])
    func weapon(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(.weapon), "\(result.reason)")
    }

    @Test("a fallen tree is the object of the work; a person who has fallen is not")
    func fallenObjects() {
        #expect(screener.screen("a fallen branch blocking the bike path, caller wants it moved").verdict == .eligible)
        #expect(screener.screen("elderly man has fallen in the bathroom, cannot get up").flagKinds.contains(.injury))
    }
}
