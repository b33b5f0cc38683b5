import Testing
@testable import Screening

/// Issue 13, eleventh pass (EverydayUseFamilies.swift, DangerSituationFamilies.swift): one narrative that each
/// family must flag with its kind, and one look-alike in the same words it must leave eligible. Narratives written
/// fresh for these tests, not copied from blind11.csv or any other corpus.
@Suite("Eleventh-pass families: everyday uses and danger situations")
struct EverydayUseAndSituationTests {
    /// The rules alone: this suite pins what the rules read (the learned reader, on by default, has its own tests).
    let screener = NarrativeScreener().learned(false)

    /// A family's red-flag narrative with the kind it must raise, and its look-alike (checked by `FamilyPairTests`).
    static let pairs: [FamilyPair] = [
        FamilyPair(family: "an offence code with JO or IP", flagged: "459 IP - RP HEARS GLASS BREAKING NEXT DOOR",
                   kind: .policeOnly, lookAlike: "CALLER ASKING ABOUT PERMIT 459 FOR HER FENCE"),
        FamilyPair(family: "an MPDS Delta or Echo determinant", flagged: "10-D-2 55YOM, WIFE ON LINE",
                   kind: .injury, lookAlike: "10-A-1 55YOM, WIFE ON LINE, WANTS A RIDE TO HIS APPOINTMENT"),
        FamilyPair(family: "breathing in the negative", flagged: "daughter says her father isn't breathing, on the kitchen floor",
                   kind: .injury, lookAlike: "daughter says her father is breathing fine now, wants a ride to urgent care"),
        FamilyPair(family: "lying on rail tracks", flagged: "man laying down across the light rail tracks by the station",
                   kind: .suicide, lookAlike: "man laying down new rail ties by the station, work crew with him"),
        FamilyPair(family: "a hose into a car window", flagged: "neighbor sees a tube from the tailpipe into the car window in the garage",
                   kind: .suicide, lookAlike: "neighbor sees a garden hose by the car in the driveway, water running"),
        FamilyPair(family: "a roof or window ledge", flagged: "EDP STANDING ON THE ROOF LEDGE OF THE PARKING DECK",
                   kind: .suicide, lookAlike: "PIGEONS NESTING IN THE PARKING DECK, OWNER WANTS THEM GONE"),
        FamilyPair(family: "a person hanging indoors", flagged: "wife found hanging in the basement, son on the line",
                   kind: .suicide, lookAlike: "wife found the old hanging plants in the basement, wants donation info"),
        FamilyPair(family: "driving off a cliff on purpose", flagged: "brother texting that he's going to drive off the quarry road tonight",
                   kind: .suicide, lookAlike: "brother texting that he's going to drive to the quarry for work tonight"),
        FamilyPair(family: "a suicide note posted", flagged: "student posted a suicide note on her story an hour ago",
                   kind: .suicide, lookAlike: "student posted a note on her story about a lost backpack"),
        FamilyPair(family: "taking all the pills", flagged: "sister has her husband's oxycodone and says she will take them all",
                   kind: .suicide, lookAlike: "sister has her husband's oxycodone and wants to drop it at a take-back box"),
        FamilyPair(family: "a limp infant", flagged: "dad says the baby is limp and gray after a fever",
                   kind: .injury, lookAlike: "dad says the baby is fussy after a fever, wants the nurse line"),
        FamilyPair(family: "a covert call", flagged: "female pretending to order takeout on 911, answers yes and no only",
                   kind: .uncertainty, lookAlike: "female wanted to order takeout, dialed 911 by mistake, apologized, all ok"),
        FamilyPair(family: "an alarm company hearing voices", flagged: "ALARM CO HEARS SCREAMING THROUGH THE TWO WAY, NO ONE ANSWERS",
                   kind: .uncertainty, lookAlike: "ALARM CO WANTS TO UPDATE THE KEYHOLDER LIST FOR THE TWO WAY PANEL"),
        FamilyPair(family: "signalling for help", flagged: "bus driver says a rider is mouthing call 911 at him from the back",
                   kind: .uncertainty, lookAlike: "bus driver says a rider wants to call a cab from the back"),
        FamilyPair(family: "knocking from a trunk", flagged: "pounding from inside the trunk of a parked sedan",
                   kind: .uncertainty, lookAlike: "pounding from the body shop next to the parked sedans all day"),
        FamilyPair(family: "shouting, then silence", flagged: "couple screaming upstairs then sudden silence, caller scared",
                   kind: .uncertainty, lookAlike: "couple screaming upstairs at a football game, caller annoyed"),
        FamilyPair(family: "a caller who will not go look", flagged: "shrieking in the carport, rp too scared to go look",
                   kind: .uncertainty, lookAlike: "rp wants someone to go look at a pothole in the carport lane"),
        FamilyPair(family: "children left home alone", flagged: "4yo and 6yo home alone since morning per neighbor",
                   kind: .policeOnly, lookAlike: "teen home from school, parents at work, neighbor checking in"),
        FamilyPair(family: "children locked out in the cold", flagged: "man locked his kids out in the snow as punishment",
                   kind: .policeOnly, lookAlike: "man locked his keys in the car in the snow, wants a lockout service"),
        FamilyPair(family: "a wrong-way driver", flagged: "semi driving the wrong way on the bypass",
                   kind: .policeOnly, lookAlike: "semi driver asking the way to the bypass"),
        FamilyPair(family: "an unknown person inside the home", flagged: "unknown man inside her apartment when she got back",
                   kind: .policeOnly, lookAlike: "known man from maintenance inside her apartment fixing the sink"),
        FamilyPair(family: "a man in a girls' locker room", flagged: "adult man in the girls locker room at the pool",
                   kind: .policeOnly, lookAlike: "adult woman in the girls locker room at the pool, swim coach"),
        FamilyPair(family: "candy offered to children", flagged: "van parked by the playground, driver offering candy to kids",
                   kind: .policeOnly, lookAlike: "ice cream truck parked by the playground, driver selling cones"),
        FamilyPair(family: "a custody order broken", flagged: "dad took the twins in violation of the parenting order, leaving the state",
                   kind: .policeOnly, lookAlike: "dad asking how to change the parenting order, no concerns"),
        FamilyPair(family: "an arm twisted behind a back", flagged: "bouncer twisting a patron's arm behind his back in the lot",
                   kind: .violence, lookAlike: "nurse wrapping a patient's sprained arm behind the counter, patient calm"),
        FamilyPair(family: "smothering", flagged: "mom says stepdad held a pillow over her face last night",
                   kind: .violence, lookAlike: "mom says stepdad fluffed a pillow for her face mask fitting"),
        FamilyPair(family: "slamming each other into things", flagged: "two brothers slamming each other into the lockers",
                   kind: .violence, lookAlike: "two brothers slamming the lockers shut, loud"),
        FamilyPair(family: "hair pulled out", flagged: "girl pulled a clump of her classmate's hair out at recess",
                   kind: .violence, lookAlike: "girl pulled a clump of gum out of her hair at recess"),
        FamilyPair(family: "a prowler at the windows", flagged: "somebody tapping on the bedroom windows at 2am, rp alone",
                   kind: .policeOnly, lookAlike: "window washer on a ladder at the office windows, rp annoyed by the noise"),
        FamilyPair(family: "a package that may be a device", flagged: "unattended backpack by the stadium gate, no owner around",
                   kind: .uncertainty, lookAlike: "backpack found on the bus, student id inside, rp holding it"),
        FamilyPair(family: "a car driven at people", flagged: "pickup swerved toward pedestrians at the crosswalk and sped off",
                   kind: .weapon, lookAlike: "pickup swerved to miss a deer at the crosswalk, nobody hurt, driver waiting"),
        FamilyPair(family: "vowing revenge", flagged: "evicted tenant vowing revenge on the landlord, in the lobby now",
                   kind: .threat, lookAlike: "evicted tenant asking for his deposit from the landlord, in the lobby now"),
    ]

    @Test("everyday uses of danger words stay eligible", arguments: [
        "caller asking where to take a gun safety course before hunting season",
        "neighbors complain about the skeet shooting at the sportsmen's club on sunday",
        "widow inherited her husband's shotguns, unloaded and cased, wants to surrender them",
        "RP WANTS A GUN LOCK FOR HIS NIGHTSTAND, HAS GRANDKIDS VISITING",
        "nephew says his coach will kill him for being late, wants a ride",
        "caller wants the front desk to shoot her a text when the room is ready",
        "ADVISES THE OLD PORCH IS A DEATH TRAP, WANTS A BUILDING INSPECTOR",
        "kids with nerf blasters in the cul-de-sac, neighbor annoyed",
    ])
    func everydayUse(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.verdict == .eligible, "\(result.reason)")
    }

    @Test("the same words with a danger stay red flags", arguments: [
        ("man waving a shotgun outside the sportsmen's club", FlagKind.weapon),
        ("caller saw a gun case in the trunk, man said don't make me open it", .weapon),
        ("neighbor target shooting toward the houses, rounds hitting siding", .weapon),
    ])
    func dangerStays(_ narrative: String, _ kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }
}
