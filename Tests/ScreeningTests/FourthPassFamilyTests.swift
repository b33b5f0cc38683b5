import Testing
@testable import Screening

/// Issue 13, fourth pass (FourthPassFamilies.swift): one narrative that each family must flag and one look-alike it
/// must leave eligible. The narratives were written fresh for these tests, not copied from any corpus or blind set.
@Suite("Fourth-pass families")
struct FourthPassFamilyTests {
    /// The rules alone: this suite pins what the rules read (the learned reader, on by default, has its own tests).
    let screener = NarrativeScreener().learned(false)

    /// A family's red-flag narrative with the kind it must raise, and its look-alike that stays eligible (checked by `FamilyPairTests`).
    static let pairs: [FamilyPair] = [
        FamilyPair(family: "suicide plan named by its method", flagged: "ROOMMATE SAYS HE IS GOING TO SHOOT HIMSELF TONIGHT",
             kind: .suicide, lookAlike: "ROOMMATE SAYS HE IS GOING TO SHOOT HOOPS TONIGHT"),
        FamilyPair(family: "a stated overdose of all the pills", flagged: "DAUGHTER TEXTED SHE WILL SWALLOW ALL OF HER XANAX",
             kind: .suicide, lookAlike: "DAUGHTER FORGOT TO TAKE HER PILLS THIS MORNING, WANTS A RIDE TO PHARMACY"),
        FamilyPair(family: "entering water", flagged: "MAN WADING INTO THE LAKE FULLY CLOTHED AT THE MARINA",
             kind: .suicide, lookAlike: "KIDS SWIMMING AT THE LAKE AFTER DARK, BEACH CLOSED"),
        FamilyPair(family: "exhaust in a garage", flagged: "HUSBAND SITTING IN HIS TRUCK IN THE GARAGE WITH THE ENGINE RUNNING",
             kind: .suicide, lookAlike: "NEIGHBOR WARMING UP HIS TRUCK IN THE DRIVEWAY EVERY MORNING, EXHAUST BOTHERS RP"),
        FamilyPair(family: "climbing onto a ledge", flagged: "TEEN CLIMBED OVER THE PARKING DECK LEDGE ON LEVEL 5",
             kind: .suicide, lookAlike: "PIGEONS ON THE PARKING DECK LEDGE, RP WANTS THEM REMOVED"),
        FamilyPair(family: "a threat whose complement harms a person", flagged: "TENANT THREATENED TO STAB THE LANDLORD OVER THE DEPOSIT",
             kind: .threat, lookAlike: "TENANT THREATENED TO CALL THE LANDLORD'S BOSS OVER THE DEPOSIT"),
        FamilyPair(family: "threat idioms for shooting", flagged: "EX SAID HE WOULD PUT TWO ROUNDS IN HER NEW BOYFRIEND",
             kind: .threat, lookAlike: "EX SAID HE WOULD PUT THE KIDS IN THE CAR AT NOON FOR THE EXCHANGE"),
        FamilyPair(family: "violence with a named person as object", flagged: "STEPDAD SHOVED THE TEEN INTO THE WALL DURING ARGUMENT",
             kind: .violence, lookAlike: "STEPDAD AND TEEN ARGUING ABOUT CHORES, VERBAL ONLY"),
        FamilyPair(family: "abduction", flagged: "WITNESS SAW A GIRL DRAGGED INTO A SILVER SUV OUTSIDE THE GAS STATION",
             kind: .policeOnly, lookAlike: "GIRL WAITING FOR HER RIDE OUTSIDE THE GAS STATION, PHONE DIED"),
        FamilyPair(family: "welfare risk signs", flagged: "NEIGHBOR STS NO ONE HAS SEEN THE OLD MAN IN UNIT 3 FOR A WEEK",
             kind: .uncertainty, lookAlike: "NEIGHBOR STS THE OLD MAN IN UNIT 3 FEEDS PIGEONS ON THE BALCONY DAILY"),
        FamilyPair(family: "medical urgency by symptom", flagged: "WOMAN AT THE BUS STOP IN LABOR, CONTRACTIONS 2 MIN APART",
             kind: .injury, lookAlike: "WOMAN AT THE BUS STOP ASKING FOR DIRECTIONS TO THE CLINIC"),
        FamilyPair(family: "overheating and confusion", flagged: "RUNNER AT THE FINISH LINE CONFUSED AND SWEATING HEAVILY",
             kind: .injury, lookAlike: "RUNNER AT THE FINISH LINE CANT FIND HIS CAR, TIRED BUT FINE"),
        FamilyPair(family: "self-harm signs", flagged: "SCHOOL NURSE SEES FRESH CUTS ON HER WRISTS, STUDENT WONT SAY WHY",
             kind: .suicide, lookAlike: "SCHOOL NURSE SEES A PAPER CUT ON HER FINGER, WANTS A BANDAGE"),
        FamilyPair(family: "a weapon turned on oneself", flagged: "HUSBAND SAYS HE WILL USE THE SHOTGUN ON HIMSELF IF SHE LEAVES",
             kind: .suicide, lookAlike: "HUSBAND SAYS HE WILL USE THE SNOWBLOWER ON THE DRIVEWAY"),
        FamilyPair(family: "crisis-line contact with a means at hand", flagged: "988 XFER, CALLER HAS A BOTTLE OF PILLS AND A RAZOR IN FRONT OF HIM",
             kind: .suicide, lookAlike: "988 XFER, CALLER LONELY AFTER DIVORCE, WANTS SOMEONE TO TALK TO, NO PLAN NO MEANS"),
        FamilyPair(family: "fetching a weapon to come back", flagged: "EJECTED PATRON SAID HES GOING TO GET HIS GUN AND COME BACK",
             kind: .threat, lookAlike: "EJECTED PATRON SAID HE WILL COME BACK TOMORROW FOR HIS JACKET"),
        FamilyPair(family: "a blow to the head", flagged: "CUSTOMER STRUCK HIM IN THE FACE WITH HIS FIST",
             kind: .injury, lookAlike: "CUSTOMER STRUCK UP A CONVERSATION WITH THE CLERK AND WONT LEAVE"),
        FamilyPair(family: "a property crime in the base form", flagged: "RP SEES A MAN BREAK THE PASSENGER WINDOW OF A JEEP",
             kind: .policeOnly, lookAlike: "RP WANTS ADVICE ON HOW TO REPLACE A CAR WINDOW AFTER HAIL"),
        FamilyPair(family: "prying: an entry point now, a meter or mailbox by its timing", flagged: "TWO SUBJS PRYING THE BACK DOOR OF THE BAR WITH A TIRE IRON NOW",
             kind: .policeOnly, lookAlike: "PARKING METER PRIED OPEN SOMETIME OVERNIGHT, CITY WANTS A REPORT FOR INSURANCE"),
        FamilyPair(family: "entry through a window", flagged: "SUBJ CRAWLING THROUGH THE WINDOW OF THE DAYCARE",
             kind: .policeOnly, lookAlike: "SUBJ CLEANING THE WINDOWS OF THE DAYCARE ON A LADDER"),
        FamilyPair(family: "order violations", flagged: "RP HAS THE ORDER AND HER EX KEEPS DRIVING BY THE HOUSE",
             kind: .policeOnly, lookAlike: "RP WANTS INFO ON HOW TO FILE FOR AN ORDER OF PROTECTION"),
        FamilyPair(family: "exploitation of minors", flagged: "ADULT NEIGHBOR SENDING EXPLICIT MESSAGES TO A 14 YEAR OLD",
             kind: .policeOnly, lookAlike: "ADULT NEIGHBOR SENDING BIRTHDAY MESSAGES TO THE KIDS ON THE BLOCK"),
        FamilyPair(family: "a person in the traffic lane", flagged: "MALE SITTING IN THE TURN LANE AT MAIN AND 5TH",
             kind: .policeOnly, lookAlike: "MALE SITTING ON THE BENCH AT MAIN AND 5TH"),
    ]

    @Test("descriptions and harmless senses that are not red flags", arguments: [
        "MALE NO SHIRT NO SHOES SLEEPING ON THE BENCH, BREATHING, JUST WANTS HIM MOVED",
        "FILM CREW SHOOTING A COMMERCIAL ON THE BRIDGE, RP ASKING IF THEY HAVE A PERMIT",
        "RP FOUND A KNIFE SET IN A DONATION BOX, WANTS TO KNOW WHERE TO DROP IT",
        "GUEST KICKED OUT OF THE MOTEL FOR SMOKING, NEEDS A SHELTER BED",
        "MOM WANTS A RIDE FOR HER SON TO URGENT CARE FOR A RASH",
        "COUNSELOR CALLED, NO ABUSE DISCLOSED, FAMILY ASKING FOR RESOURCES",
    ])
    func harmless(_ text: String) {
        let result = screener.screen(text)
        #expect(result.verdict == .eligible, "\(result.reason)")
    }

    @Test("a clothing description is not a negation of what follows")
    func clothingIsNotNegation() {
        let result = screener.screen("WM 40S NO SHIRT SWINGING A METAL PIPE AT CARS")
        #expect(result.flagKinds.contains(.weapon), "\(result.reason)")
    }

    @Test("a suspect no longer on scene makes a theft a past report")
    func notOnScene() {
        #expect(CrimeTiming.assess(["SUBJ", "NOT", "ON", "SCENE"]) == .past)
        #expect(CrimeTiming.assess(["SUBJ", "LONG", "GONE"]) == .past)
        #expect(CrimeTiming.assess(["SUBJ", "ON", "SCENE"]) == .current)
    }

    @Test("the last time it happened was today: recent, not history")
    func lastTimeToday() {
        let result = screener.screen("SHE SAYS HER BROTHER HAS BEEN HITTING HER, LAST TIME WAS TODAY")
        #expect(result.flagKinds.contains(.violence), "\(result.reason)")
    }

    @Test("a present inability after a history is current; the history alone is not")
    func presentInability() {
        let now = screener.screen("MALE W HX COPD CANT BREATHE, LIPS GOING PALE")
        #expect(now.flagKinds.contains(.injury), "\(now.reason)")
        let past = screener.screen("MALE W HX COPD, BREATHING FINE, WANTS A RIDE TO THE PHARMACY")
        #expect(past.verdict == .eligible, "\(past.reason)")
    }

    @Test("every fourth-pass entry names a source")
    func sources() {
        #expect(FourthPassFamilies.entries.allSatisfy { !$0.source.isEmpty })
    }
}
