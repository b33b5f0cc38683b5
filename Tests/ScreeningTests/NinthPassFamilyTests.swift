import Testing
@testable import Screening

/// Issue 13, ninth pass (NinthPassFamilies.swift and exact repair of short trigger words in CompiledLexicon): one
/// narrative that each family must flag with its kind, and one look-alike it must leave eligible. The narratives
/// were written fresh for these tests, not copied from blind8.csv or any other corpus.
@Suite("Ninth-pass families")
struct NinthPassFamilyTests {
    /// The rules alone: this suite pins what the rules read (the learned reader, on by default, has its own tests).
    let screener = NarrativeScreener().learned(false)

    /// A family's red-flag narrative with the kind it must raise, and its look-alike that stays eligible (checked by `FamilyPairTests`).
    static let pairs: [FamilyPair] = [
        FamilyPair(family: "finishing what he started", flagged: "EX TEXTED THAT HE WILL FINISH WHAT HE STARTED WHEN SHE GETS HOME",
             kind: .threat, lookAlike: "EX TEXTED THAT HE WILL FINISH THE DISHES WHEN SHE GETS HOME"),
        FamilyPair(family: "crosshairs on a photo", flagged: "SOMEONE POSTED HER PORCH WITH CROSSHAIRS DRAWN ON IT",
             kind: .threat, lookAlike: "SOMEONE POSTED HER PORCH DECORATIONS ON THE NEIGHBORHOOD PAGE"),
        FamilyPair(family: "bringing a gun to school", flagged: "STUDENT TOLD FRIENDS HE IS BRINGING HIS GLOCK TO SCHOOL",
             kind: .threat, lookAlike: "STUDENT TOLD FRIENDS HE IS BRINGING HIS GUITAR TO SCHOOL"),
        FamilyPair(family: "a waistband", flagged: "MAN ARGUING AT THE COUNTER KEEPS REACHING INTO HIS WAISTBAND",
             kind: .weapon, lookAlike: "MAN ARGUING AT THE COUNTER KEEPS REACHING FOR HIS WALLET"),
        FamilyPair(family: "a pedestrian hit", flagged: "PEDESTRIAN VS CAR AT 5TH AND MAIN, DRIVER STOPPED",
             kind: .injury, lookAlike: "PEDESTRIAN ASKING ABOUT THE CAR SHOW AT 5TH AND MAIN"),
        FamilyPair(family: "foaming at the mouth", flagged: "MAN ON THE BENCH FOAMING AT THE MOUTH AND SHAKING",
             kind: .injury, lookAlike: "MAN ON THE BENCH EATING A SANDWICH AND SINGING"),
        FamilyPair(family: "a child into cleaner", flagged: "MOM SAYS THE TODDLER GOT INTO THE BLEACH UNDER THE SINK",
             kind: .injury, lookAlike: "MOM SAYS THE TODDLER GOT INTO THE FLOUR UNDER THE SINK"),
        FamilyPair(family: "a hose from the exhaust", flagged: "NEIGHBOR SEES A HOSE FROM THE EXHAUST INTO HIS CAR WINDOW",
             kind: .suicide, lookAlike: "NEIGHBOR SEES A HOSE FROM THE SPIGOT INTO HIS GARDEN"),
        FamilyPair(family: "a child alone in a car", flagged: "BABY ASLEEP ALONE IN A CAR IN THE PHARMACY LOT",
             kind: .policeOnly, lookAlike: "BABY ASLEEP IN A STROLLER NEXT TO HER MOM IN THE PHARMACY"),
        FamilyPair(family: "strangers inside a vacant house", flagged: "FLASHLIGHTS MOVING INSIDE THE VACANT HOUSE NEXT DOOR",
             kind: .policeOnly, lookAlike: "NEIGHBORS STARGAZING WITH A TELESCOPE IN THE BACKYARD NEXT DOOR"),
        FamilyPair(family: "luring children", flagged: "MAN IN A SEDAN OFFERING KIDS CANDY NEAR THE PLAYGROUND",
             kind: .policeOnly, lookAlike: "MAN IN A COSTUME GIVING OUT FLYERS NEAR THE PLAYGROUND"),
        FamilyPair(family: "only breathing on the line", flagged: "911 CALL, ONLY BREATHING ON THE LINE, NO RESPONSE TO QUESTIONS",
             kind: .uncertainty, lookAlike: "CALLER BREATHING FINE NOW AFTER A COUGHING FIT, WANTS A RIDE"),
    ]

    @Test("a swapped or doubled letter in a short trigger word is repaired", arguments: [
        ("HUSBAND SAID HE'LL KLIL HER IF SHE LEAVES", FlagKind.threat),
        ("TEEN PULLED A BLLADE ON ANOTHER STUDENT", FlagKind.weapon),
    ])
    func shortTypoRepair(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("swapping the first letter is never a repair")
    func firstLetterStays() {
        #expect(CompiledLexicon.shared.corrected("SCAM") == "SCAM")
    }

    @Test("a cancelled tow is not a tow request")
    func cancelledTow() {
        let result = screener.screen("RP LOCKED OUT OF HER CAR, UPD THE TOW IS CANCELLED, SHE FOUND A SPARE KEY")
        #expect(result.verdict == .eligible, "\(result.reason)")
    }
}
