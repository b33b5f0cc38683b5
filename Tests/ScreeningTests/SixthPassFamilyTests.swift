import Testing
@testable import Screening

/// Issue 13, sixth pass (SixthPassFamilies.swift, the gap rule and the negated-intent rule in NarrativeAnalysis, and
/// operator initials in NarrativeTokenizer): one narrative that each family must flag with its kind, and one
/// look-alike it must leave eligible. The narratives were written fresh for these tests, not copied from blind5.csv
/// or any other corpus.
@Suite("Sixth-pass families")
struct SixthPassFamilyTests {
    /// The rules alone: this suite pins what the rules read (the learned reader, on by default, has its own tests).
    let screener = NarrativeScreener().learned(false)

    /// A family's red-flag narrative with the kind it must raise, and its look-alike that stays eligible (checked by `FamilyPairTests`).
    static let pairs: [FamilyPair] = [
        FamilyPair(family: "a spoken first-person threat", flagged: "DRIVER YELLED I'LL CUT YOU AT THE BUS ATTENDANT AND GOT OFF",
             kind: .threat, lookAlike: "DRIVER SAID HE WILL CUT THROUGH THE ALLEY TO GET TO THE SHELTER"),
        FamilyPair(family: "an idiom of not surviving", flagged: "VOICEMAIL FROM HER COUSIN SAYING YOU WON'T MAKE IT HOME THIS TIME",
             kind: .threat, lookAlike: "VOICEMAIL FROM HER COUSIN SAYING SHE MISSED THE BUS AND WILL BE HOME LATE"),
        FamilyPair(family: "revenge after intent", flagged: "FORMER BOSS LEFT A NOTE SAYING HE WILL MAKE HIM PAY",
             kind: .threat, lookAlike: "FORMER BOSS SAYS HE WILL MAKE HIM PAY FOR THE DAMAGE TO THE VAN"),
        FamilyPair(family: "objects thrown at a person", flagged: "TEENS PELTING THE CROSSING GUARD WITH EGGS BY THE SCHOOL",
             kind: .violence, lookAlike: "TEENS TOSSING CONFETTI AT THE PARADE BY THE SCHOOL"),
        FamilyPair(family: "stones thrown at the caller", flagged: "MAN AT THE CAMP HURLING STONES AT RP AS SHE WALKS PAST",
             kind: .violence, lookAlike: "MAN AT THE CAMP SKIPPING STONES ON THE RIVER AS RP WALKS PAST"),
        FamilyPair(family: "a vehicle aimed at people", flagged: "DRIVER OF A GREY VAN SWERVED THE VAN AT PEDESTRIANS ON THE SIDEWALK",
             kind: .weapon, lookAlike: "DRIVER OF A GREY VAN WAVED AT PEDESTRIANS ON THE SIDEWALK AND DROVE ON"),
        FamilyPair(family: "a lethal place", flagged: "WOMAN STANDING AT THE EDGE OF THE ROOF OF THE HOSPITAL GARAGE",
             kind: .suicide, lookAlike: "WOMAN WAITING AT THE EDGE OF THE PARKING LOT FOR HER RIDE"),
        FamilyPair(family: "a car in a garage beside suicidal talk", flagged: "SON TEXTED HE WANTS TO DIE, HE IS SITTING IN HIS TRUCK IN THE GARAGE",
             kind: .suicide, lookAlike: "SON TEXTED HE IS SITTING IN HIS TRUCK IN THE GARAGE WAITING FOR THE RAIN TO STOP"),
        FamilyPair(family: "a method researched", flagged: "ROOMMATE SAW HER SEARCHING HOW MANY TYLENOL IT TAKES",
             kind: .suicide, lookAlike: "ROOMMATE SAW HER READING HOW MANY TYLENOL A DAY IS SAFE"),
        FamilyPair(family: "a silent call", flagged: "SILENT CALL FROM A CELL NEAR THE PARK, NOTHING HEARD",
             kind: .uncertainty, lookAlike: "CALLER ASKED ABOUT A QUIET PLACE NEAR THE PARK TO SLEEP"),
        FamilyPair(family: "a struggle on the line", flagged: "SOUNDS OF A SCUFFLE ON THE LINE BEFORE IT CUT OUT",
             kind: .uncertainty, lookAlike: "SOUNDS OF A PARTY NEXT DOOR, MUSIC TURNED DOWN WHEN ASKED"),
        FamilyPair(family: "a caller who cannot speak freely", flagged: "WOMAN SAYS SHE IS TOO SCARED TO TALK, GAVE AN ADDRESS",
             kind: .uncertainty, lookAlike: "WOMAN SAYS SHE IS TOO TIRED TO WALK HOME, GAVE AN ADDRESS"),
        FamilyPair(family: "no answer on callback", flagged: "911 CALL WITH BREATHING ONLY, NO ANSWER ON CALLBACK",
             kind: .uncertainty, lookAlike: "RP LEFT A NUMBER FOR A CALLBACK ABOUT A FOUND WALLET"),
        FamilyPair(family: "children left alone", flagged: "NEIGHBOR SAYS THE TWO TODDLERS NEXT DOOR WERE LEFT ALONE SINCE NOON",
             kind: .policeOnly, lookAlike: "NEIGHBOR SAYS THE TWO TEENS NEXT DOOR ARE HOME WITH THEIR GRANDMOTHER"),
        FamilyPair(family: "peeping", flagged: "MAN PEERING INTO BATHROOM WINDOWS ALONG THE ALLEY",
             kind: .policeOnly, lookAlike: "MAN WASHING WINDOWS ALONG THE ALLEY, OWNER HIRED HIM"),
        FamilyPair(family: "a vehicle just stolen", flagged: "CALLER'S TRUCK WAS JUST TAKEN FROM THE LOT, SUSPECT DROVE OFF NB",
             kind: .policeOnly, lookAlike: "CALLER'S TRUCK WAS TAKEN FROM THE LOT LAST MONTH, CALLER ONLY WANTS IT NOTED FOR HIS LANDLORD"),
    ]

    /// Narratives with danger words used safely that must stay eligible (checked by `FamilyPairTests`).
    static let lookAlikeNarratives: [String] = [
        "TWO COUSINS PLAY FIGHTING ON THE LAWN, EVERYONE LAUGHING, NEIGHBOR JUST CURIOUS",
        "KIDS PLAYING COPS AND ROBBERS IN THE CUL DE SAC, BALL ROLLED INTO THE STREET",
        "PASTOR ASKING WHERE TO GET NARCAN FOR THE SHELTER'S FIRST AID BOX",
        "RP CALLED BACK, THE KNIFE WAS ACTUALLY A CELL PHONE IN HIS HAND",
        "GARDENER POKED HIS FINGER ON A ROSE BUSH, WANTS A RIDE TO URGENT CARE, NOT BLEEDING",
        "COWORKER JOKED THE MANAGER WILL KILL HIM IF HE IS LATE AGAIN",
        "VENDOR SLICING WATERMELON WITH A KITCHEN KNIFE AT THE FARMERS MARKET, CROWD GATHERING",
        "NEIGHBOR CAME HOME TO AN OPEN DOOR, HER SON ADMITS HE LEFT IT UNLOCKED",
        "RP HEARD LOUD BANGS, NOW SEES IT WAS FIREWORKS AT THE SCHOOL",
        "WOMAN SITTING ON THE STEPS SAYS SHE IS JUST WORN OUT, DECLINED EMS",
        "TOOLS WENT MISSING FROM THE GARAGE LAST MONTH, OWNER ONLY WANTS IT LOGGED",
        "MOTEL GUEST HAS A LOUD TV LATE AT NIGHT *KD*",
    ]

    @Test("two spaces or a spaced dash end a negation's reach", arguments: [
        ("no one injured  subj is swinging a bat at the door", FlagKind.weapon),
        ("NO MEDICAL NEEDED - SHOTS FIRED BEHIND THE MARKET", FlagKind.weapon),
        ("neighbor denies drinking - her husband has a pistol in his lap and is yelling", FlagKind.weapon),
    ])
    func gapEndsNegation(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("a label and its answer across a spaced dash still negate", arguments: [
        "WEAPONS - NEG. MOTHER WANTS HELP WITH HER SON'S MEDS",
        "injuries - none, caller wants a ride to the shelter",
    ])
    func labelAnswerStillNegates(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.verdict == .eligible, "\(result.reason)")
    }

    @Test("operator initials close an entry; red-flag shorthand in asterisks is read", arguments: [
        ("MAN SLEEPING IN THE BUS SHELTER *AK*", false),
        ("MAN SLEEPING IN THE BUS SHELTER --AK", false),
        ("MAN DOWN IN THE BUS SHELTER *OD*", true),
        ("MAN IN THE BUS SHELTER *GSW*", true),
    ])
    func operatorInitials(_ narrative: String, flagged: Bool) {
        let result = screener.screen(narrative)
        #expect((result.verdict != .eligible) == flagged, "\(result.reason)")
    }

    @Test("initials are dropped only where an entry ends")
    func initialsOnlyAtTheEnd() {
        let words = NarrativeTokenizer.tokenize("SUBJ HAS AN *AK* IN THE TRUNK").filter { $0.kind == .word }.map(\.text)
        #expect(words.contains("AK"))
    }
}
