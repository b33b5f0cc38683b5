import Testing
@testable import Screening

/// Issue 13, seventh pass (SeventhPassFamilies.swift, exact repair of swapped or doubled letters in
/// CompiledLexicon, initials that sign a timestamped entry in NarrativeTokenizer): one narrative that each family
/// must flag with its kind, and one look-alike it must leave eligible. The narratives were written fresh for these
/// tests, not copied from blind6.csv or any other corpus.
@Suite("Seventh-pass families")
struct SeventhPassFamilyTests {
    /// The rules alone: this suite pins what the rules read (the learned reader, on by default, has its own tests).
    let screener = NarrativeScreener().learned(false)

    /// A family's red-flag narrative with the kind it must raise, and its look-alike that stays eligible (checked by `FamilyPairTests`).
    static let pairs: [FamilyPair] = [
        FamilyPair(family: "a threat vowed", flagged: "TENANT VOWED TO BASH THE SUPER'S HEAD IN AFTER THE EVICTION NOTICE",
             kind: .threat, lookAlike: "TENANT VOWED TO PAY THE SUPER BACK AFTER THE EVICTION NOTICE"),
        FamilyPair(family: "harm named by the body part", flagged: "GRANDSON TOLD HIS AUNT HE'D SNAP HER NECK IF SHE CALLS AGAIN",
             kind: .threat, lookAlike: "GRANDSON TOLD HIS AUNT HE'D CALL HER BACK AFTER WORK"),
        FamilyPair(family: "poisoning", flagged: "WIFE SAYS HER HUSBAND SAID HE WILL POISON HER COFFEE",
             kind: .threat, lookAlike: "WIFE SAYS HER HUSBAND SAID HE WILL BRING HER COFFEE"),
        FamilyPair(family: "a dead woman", flagged: "NOTE ON THE DOOR SAYS YOU'RE A DEAD WOMAN",
             kind: .threat, lookAlike: "NOTE ON THE DOOR SAYS THE PACKAGE IS AT THE OFFICE"),
        FamilyPair(family: "a plan and the means", flagged: "COUNSELOR SAYS CLIENT HAS A PLAN AND THE MEANS AT HOME",
             kind: .suicide, lookAlike: "COUNSELOR SAYS CLIENT HAS A RIDE AND THE KEYS AT HOME"),
        FamilyPair(family: "a person in the water", flagged: "MAN IN THE CANAL HOLDING ONTO THE LADDER, WON'T TALK TO ANYONE",
             kind: .suicide, lookAlike: "MAN NEAR THE CANAL HOLDING A FISHING ROD, WON'T TALK TO ANYONE"),
        FamilyPair(family: "an ingestion counted out", flagged: "ROOMMATE SAYS SHE SWALLOWED 20 OF HER AMBIEN AN HOUR AGO",
             kind: .suicide, lookAlike: "ROOMMATE SAYS SHE PICKED UP 20 OF HER AMBIEN AT THE PHARMACY"),
        FamilyPair(family: "self-harm tonight", flagged: "SISTER SAYS THE TEEN HAS BEEN CUTTING TONIGHT IN THE BATHROOM",
             kind: .injury, lookAlike: "SISTER SAYS THE TEEN HAS BEEN BAKING TONIGHT IN THE KITCHEN"),
        FamilyPair(family: "a duress code", flagged: "ALARM COMPANY REPORTS A DURESS CODE AT THE RESIDENCE",
             kind: .uncertainty, lookAlike: "ALARM COMPANY REPORTS A LOW BATTERY AT THE RESIDENCE"),
        FamilyPair(family: "a caller who cannot say", flagged: "TEXT FROM A WOMAN WHO WON'T SAY WHAT IS HAPPENING, ASKS FOR HELP",
             kind: .uncertainty, lookAlike: "TEXT FROM A WOMAN WHO WANTS TO KNOW WHAT TIME THE SHELTER OPENS"),
        FamilyPair(family: "crying heard through a wall", flagged: "BANGING AND A CHILD SCREAMING IN THE UNIT ABOVE FOR AN HOUR",
             kind: .uncertainty, lookAlike: "BANGING FROM A HAMMER IN THE UNIT ABOVE, CONTRACTOR WORKING"),
        FamilyPair(family: "slurred speech", flagged: "DAUGHTER SAYS HER DAD IS SLURRING HIS WORDS AND CAN'T LIFT HIS ARM",
             kind: .injury, lookAlike: "DAUGHTER SAYS HER DAD IS REPEATING HIS STORIES AND WANTS COMPANY"),
        FamilyPair(family: "scratching a person", flagged: "PATIENT CLAWING AT THE NURSE IN THE LOBBY",
             kind: .violence, lookAlike: "CAT CLAWING AT THE COUCH IN THE LOBBY"),
        FamilyPair(family: "a raised object", flagged: "MAN WITH A BRICK RAISED OVER HIS HEAD NEAR THE BUS DOOR",
             kind: .weapon, lookAlike: "MAN WITH A BOX OF BRICKS FOR HIS GARDEN NEAR THE BUS DOOR"),
        FamilyPair(family: "peeping into a restroom", flagged: "MALE FILMING UNDER THE STALL IN THE LADIES RESTROOM",
             kind: .policeOnly, lookAlike: "MALE CLEANING THE STALL IN THE LADIES RESTROOM, JANITOR"),
        FamilyPair(family: "a wrong-way driver", flagged: "WRONG WAY DRIVER ON THE RAMP AT EXIT 12",
             kind: .policeOnly, lookAlike: "DRIVER ASKING FOR DIRECTIONS TO THE RAMP AT EXIT 12"),
        FamilyPair(family: "a child in a hot car", flagged: "TODDLER IN A CAR SEAT IN A LOCKED CAR OUTSIDE THE GYM",
             kind: .policeOnly, lookAlike: "TODDLER IN A STROLLER OUTSIDE THE GYM WITH HER DAD"),
        FamilyPair(family: "a custody order broken", flagged: "FATHER TOOK THE KIDS AGAINST THE CUSTODY ORDER THIS MORNING",
             kind: .policeOnly, lookAlike: "FATHER HAS THE KIDS THIS WEEKEND UNDER THE CUSTODY ORDER"),
    ]

    /// Narratives with danger words used safely that must stay eligible (checked by `FamilyPairTests`).
    static let lookAlikeNarratives: [String] = [
        "CALLER IS AT THE BUS STOP ON FOND DU LAC AVE, WANTS A RIDE TO THE FOOD PANTRY",
        "LOSS PREVENTION OFFICER SAYS A REGULAR IS SLEEPING IN THE VESTIBULE",
        "ELDERLY MAN'S SCOOTER BATTERY DIED IN THE CROSSWALK, NEEDS A PUSH TO THE CURB",
        "MOM SAYS THE COMMUTE IS KILLING HER, WANTS INFO ON SHELTER JOBS",
        "WIDOWER CHOKED UP ON THE PHONE, WANTS SOMEONE TO SIT WITH HIM",
        "KIDS WITH NERF GUNS IN THE PARKING GARAGE, MANAGER WANTS THEM TO LEAVE",
        "NEIGHBOR SAYS HIS SHOTGUNS ARE LOCKED UP AT HIS SON'S HOUSE, HE IS CONFUSED TONIGHT",
        "CLIENT WAS IN FIGHTS IN HIGH SCHOOL, NOW ANXIOUS ABOUT A JOB INTERVIEW",
        "WOMAN HAVING A PANIC ATTACK AT THE LIBRARY, BREATHING SLOWER NOW, WANTS TO TALK",
        "HE HUNG UP BEFORE GIVING A LAST NAME, ASKED ABOUT BUS PASSES",
    ]

    @Test("a swapped or doubled letter in a trigger word is repaired exactly", arguments: [
        ("MAN WAVING A MCAHETE AT THE DRIVER", FlagKind.weapon),
        ("VETERAN SITTING ON THE STEPS WITH A PSITOL IN HIS LAP", FlagKind.weapon),
    ])
    func typoRepair(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("a word that only differs by a dropped letter is not repaired by the swap rule")
    func splashingIsNotSlashing() {
        #expect(CompiledLexicon.shared.corrected("SPLASHING") == "SPLASHING")
    }

    @Test("initials that sign a timestamped entry are not words")
    func initialsAfterTimestamp() {
        let words = NarrativeTokenizer.tokenize("[1433] AK - KIDS ON THE SLIDE 10:07 AK/ MOM WATCHING").filter { $0.kind == .word }.map(\.text)
        #expect(!words.contains("AK"))
        let result = screener.screen("[1433] AK - KIDS ON THE SLIDE, MOM WATCHING")
        #expect(result.verdict == .eligible, "\(result.reason)")
    }
}
