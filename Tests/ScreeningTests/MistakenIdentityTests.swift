import Testing
@testable import Screening

/// A red flag the narrative itself identifies as something else (NarrativeAnalysis.resolveMistakenIdentity, ninth
/// pass). Narratives written fresh for these tests.
@Suite("Mistaken identity resolved in the narrative")
struct MistakenIdentityTests {
    /// The rules alone: this suite pins what the rules read (the learned reader, on by default, has its own tests).
    let screener = NarrativeScreener().learned(false)

    @Test("a thing referred back to and identified as harmless is not a red flag", arguments: [
        "NEIGHBOR CALLED BACK, THE RIFLE TURNED OUT TO BE A LEAF BLOWER",
        "CLERK SAYS THE GUN WAS A STAPLER IN HIS HAND, CUSTOMER LEFT",
        "RP ADVISED OPEN LINE WAS A BUTT DIAL FROM HER SON",
        "MOM SAYS THE PUNCH WAS A HIGH FIVE, BOYS JOKING AROUND",
        "WHAT LOOKED LIKE A SHOTGUN, IT'S A FISHING ROD IN A CASE",
        "SOUNDS LIKE A FIGHT BUT IT'S THE NEIGHBORS WATCHING BOXING",
    ])
    func resolved(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.verdict == .eligible, "\(result.reason)")
    }

    @Test("a description or a red-flag identity is not a resolution", arguments: [
        ("A MAN WITH THE KNIFE IS A W/M 30S IN A RED COAT", FlagKind.weapon),
        ("RP SAYS THE NOISE WAS A GUNSHOT FROM THE ALLEY", FlagKind.weapon),
        ("THE KNIFE WAS A BUTCHER KNIFE AND HE IS WAVING IT AT STAFF", FlagKind.weapon),
        ("SUBJ HAS A GUN, IT IS A BLACK HANDGUN IN HIS WAISTBAND", FlagKind.weapon),
    ])
    func notResolved(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }
}
