import Testing
@testable import Screening

/// Issue 13, eighth pass (EighthPassFamilies.swift and the `soundExplained` reading in NarrativeAnalysis): one
/// narrative that each family must flag with its kind, and one look-alike it must leave eligible. The narratives
/// were written fresh for these tests, not copied from blind7.csv or any other corpus.
@Suite("Eighth-pass families")
struct EighthPassFamilyTests {
    /// The rules alone: this suite pins what the rules read (the learned reader, on by default, has its own tests).
    let screener = NarrativeScreener().learned(false)

    /// A family's red-flag narrative with the kind it must raise, and its look-alike that stays eligible (checked by `FamilyPairTests`).
    static let pairs: [FamilyPair] = [
        FamilyPair(family: "suicidal talk with a time", flagged: "NEPHEW TEXTED HE WILL END IT ALL TONIGHT, MOM CAN'T REACH HIM BY PHONE",
             kind: .suicide, lookAlike: "NEPHEW TEXTED HE WILL FINISH IT ALL TONIGHT, THE MOVING BOXES ARE PACKED"),
        FamilyPair(family: "a ligature around the neck", flagged: "GIRLFRIEND ON VIDEO CALL SEES HIM WITH A BELT AROUND HIS NECK",
             kind: .suicide, lookAlike: "GIRLFRIEND ON VIDEO CALL SEES HIM WITH A SCARF, HE IS COLD"),
        FamilyPair(family: "a whole supply taken", flagged: "ROOMMATE SAYS SHE SWALLOWED ALL HER KLONOPIN AND IS GETTING SLEEPY",
             kind: .injury, lookAlike: "ROOMMATE SAYS SHE PICKED UP ALL HER KLONOPIN REFILLS AND IS GETTING SLEEPY"),
        FamilyPair(family: "water up to the chest", flagged: "WOMAN STANDING IN THE BAY UP TO HER CHEST IN HER CLOTHES",
             kind: .suicide, lookAlike: "WOMAN STANDING BY THE BAY WITH HER DOG IN HER CLOTHES"),
        FamilyPair(family: "harm by outcome after intent", flagged: "SON SAID HE WILL PUT HIS STEPDAD IN THE HOSPITAL WHEN HE GETS HOME",
             kind: .threat, lookAlike: "SON SAID HE WILL VISIT HIS STEPDAD IN THE HOSPITAL WHEN HE GETS HOME"),
        FamilyPair(family: "you're next", flagged: "NOTE TAPED TO HER DOOR SAYS YOU'RE NEXT",
             kind: .threat, lookAlike: "NOTE TAPED TO HER DOOR SAYS THE WATER IS OFF TOMORROW"),
        FamilyPair(family: "a round fired", flagged: "NEIGHBOR FIRED TWO ROUNDS INTO THE GROUND DURING THE ARGUMENT",
             kind: .weapon, lookAlike: "NEIGHBOR FIRED HIS GARDENER DURING THE ARGUMENT ABOUT THE HEDGES"),
        FamilyPair(family: "a person's arm grabbed", flagged: "MAN GRABBED A GIRL'S WRIST AT THE BUS STOP AND WON'T LET GO",
             kind: .violence, lookAlike: "MAN ASKED A GIRL FOR DIRECTIONS AT THE BUS STOP AND WALKED ON"),
        FamilyPair(family: "a stroke sign", flagged: "SON SAYS HIS MOTHER'S FACE IS DROOPING AND SHE DROPPED HER CUP",
             kind: .injury, lookAlike: "SON SAYS HIS MOTHER IS TIRED AND WANTS HER CUP OF TEA"),
        FamilyPair(family: "low oxygen", flagged: "GROUP HOME STAFF SAY RESIDENT SPO2 81 AND WHEEZING",
             kind: .injury, lookAlike: "GROUP HOME STAFF SAY RESIDENT MISSED 2 APPOINTMENTS THIS WEEK"),
        FamilyPair(family: "strangers inside a car now", flagged: "TWO MEN ARE INSIDE MY TRUCK RIGHT NOW IN THE LOT",
             kind: .policeOnly, lookAlike: "TWO MEN ARE WAITING BY MY TRUCK FOR A RIDE TO THE SHELTER"),
        FamilyPair(family: "copper stripped", flagged: "SOMEONE STRIPPING COPPER WIRE FROM THE VACANT HOUSE NOW",
             kind: .policeOnly, lookAlike: "SOMEONE ASKING WHERE TO RECYCLE COPPER WIRE FROM HIS REMODEL"),
        FamilyPair(family: "a forged check", flagged: "TELLER SAYS A MAN IS TRYING TO CASH A FORGED CHECK AT THE WINDOW",
             kind: .policeOnly, lookAlike: "TELLER SAYS A MAN IS TRYING TO CASH HIS PAYCHECK WITHOUT ID, UPSET"),
        FamilyPair(family: "a caller who cannot say anything", flagged: "TEXT: cant say anything hes next to me pls send someone",
             kind: .uncertainty, lookAlike: "TEXT: my mom is 80 and needs help with groceries"),
        FamilyPair(family: "a Spanish word for a knife", flagged: "LA SENORA DICE QUE SU ESPOSO TIENE UN CUCHILLO",
             kind: .weapon, lookAlike: "LA SENORA DICE QUE SU ESPOSO ESTA TRISTE"),
    ]

    /// Narratives with danger words used safely that must stay eligible (checked by `FamilyPairTests`).
    static let lookAlikeNarratives: [String] = [
        "TEXT TO 911: upstairs neighbors moving furniture at 2am",
        "PHASE II WIRELESS, UNC 50M, MAN ASLEEP ON THE BENCH, WOKE UP AND TALKED TO RP",
        "GRANDPA SAYS HIS KNEES ARE SHOT AND HE NEEDS HELP WITH THE STAIRS",
        "CAMPER SPLITTING FIREWOOD WITH A HATCHET AT HIS SITE, NEIGHBOR WANTS HIM MOVED",
        "COOK CUT HIS THUMB, BANDAGED, STOPPED BLEEDING, WANTS A RIDE HOME",
        "KIDS WITH FOAM SWORDS IN THE PARK PLAYING KNIGHTS",
        "MOM SAYS HER SON TOOK HER CAR KEYS AND WON'T GIVE THEM BACK, ARGUING",
        "NEIGHBOR WAS ASSAULTED IN MARCH, NOW AFRAID TO WALK HER DOG, WANTS SOMEONE TO TALK TO",
        "BANGS BEHIND THE SCHOOL, CALLBACK: RP SAYS IT WAS FIREWORKS, KIDS ON THE FIELD",
    ]

    @Test("an explained sound cancels only the sound, not another red flag")
    func soundExplainedOnlyCancelsTheSound() {
        let result = screener.screen("SHOTS HEARD BEHIND THE SCHOOL / CALLBACK CONFIRMED IT WAS FIREWORKS / ALSO A MAN WITH A KNIFE BY THE GATE")
        #expect(result.flagKinds.contains(.weapon), "\(result.reason)")
        #expect(result.reason.uppercased().contains("KNIFE"), "\(result.reason)")
    }
}
