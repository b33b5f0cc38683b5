import Testing
@testable import Screening

/// The weapon-at-rest reading (`NarrativeAnalysis+WeaponAtRest.swift`) and the sixth session's phrases of sport,
/// speech and objects (`SettledSceneFamilies.sportAndSpeech`, `propsAndObjects`). Narratives written fresh.
@Suite("Weapons at rest, props and shapes, danger words in sport and speech, things down on a road")
struct WeaponAtRestTests {
    /// The rules alone: the learned reader has its own tests.
    let screener = NarrativeScreener().learned(false)

    @Test("a firearm at rest, alone in a calm narrative, is eligible", arguments: [
        "caller wants to know how to renew the permit for his deer rifle, kept in a locked cabinet",
        "new tenant asks if the landlord's shotgun in the attic can stay there, it is unloaded",
        "widow asks where to surrender her late husband's pistols, in a box in the closet",
        "driver asks if a rifle cased in the trunk is ok through the reservation",
    ])
    func atRest(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.verdict == .eligible, "\(result.reason)")
    }

    @Test("a stored firearm taken up, beside a quarrel, a crisis or another red flag, stays a red flag", arguments: [
        // Taken up.
        ("husband went and got the shotgun out of the locked cabinet", FlagKind.weapon),
        // A person locked in a room with it.
        ("son locked in his bedroom with the rifle from the safe", .weapon),
        // A quarrel anywhere in the narrative.
        ("couple argued all night, he keeps a pistol in the glovebox", .weapon),
        // Suicidal talk: the stored gun is a means.
        ("brother says he wants to end it all, his shotgun is in the closet", .suicide),
        // Another red flag: the gun is not the only alarm.
        ("neighbor punched her in the face, he has a rifle in his truck", .violence),
    ])
    func notAtRest(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("a knife is never read at rest by this reading: 'outside the off-licence' is a place, not a licence")
    func knivesAreNotRead() {
        let result = screener.screen("male in possession of a blade outside the off-licence on the high street")
        #expect(result.flagKinds.contains(.weapon), "\(result.reason)")
    }

    @Test("props, shapes, sport and speech, things on the road, a bag whose owner came back", arguments: [
        "theater student carrying a prop sword across the quad",
        "caller found a lighter shaped like a pistol on the bench, wants it gone",
        "the umpire robbed the home team, fan wants to complain",
        "the councilman took a shot at her in his newsletter, she wants advice",
        "old timers shooting the breeze on the porch till midnight, noise",
        "traffic on the ring road is murder, wants the signal timing checked",
        "large rock fell onto the canyon road, one lane blocked",
        "unattended backpack by gate 7, owner came back for it",
    ])
    func settled(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.verdict == .eligible, "\(result.reason)")
    }

    @Test("the same words turned on a person stay red flags", arguments: [
        ("the umpire was punched by a fan after the game", FlagKind.violence),
        ("a rock thrown onto the road hit a cyclist in the head", .violence),
        ("man pointing a pistol at the bus driver", .weapon),
    ])
    func stillRed(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }
}
