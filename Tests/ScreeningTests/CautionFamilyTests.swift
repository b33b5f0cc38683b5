import Testing
@testable import Screening

/// Issue 13, third pass: whole families of red-flag language (CautionFamilies.swift). The narratives below were
/// written fresh for these tests, not copied from any corpus or blind set.
@Suite("Caution families")
struct CautionFamilyTests {
    /// The rules alone: this suite pins what the rules read (the learned reader, on by default, has its own tests).
    let screener = NarrativeScreener().learned(false)

    @Test("violence verbs in every tense with a person as object", arguments: [
        "BOYFRIEND SLAPS HER WHEN HE DRINKS, HE IS DRINKING NOW",
        "SUBJ KNOCKED THE OLD MAN DOWN OUTSIDE THE LAUNDROMAT",
        "TWO TEENS PUNCHING EACH OTHER BEHIND THE GYM",
        "MGR HAS HANDS ON A TEENAGE SHOPPER AND WONT LET GO OF HIS ARM",
        "ROOMMATE PEPPER SPRAYED HIM DURING AN ARGUMENT",
        "KIDS TOSSING BOTTLES AT CYCLISTS FROM THE BRIDGE",
        "UNCLE WHIPPED HIS SON WITH A CORD",
    ])
    func violence(_ text: String) {
        let result = screener.screen(text)
        #expect(result.flagKinds.contains(.violence), "\(result.reason)")
    }

    @Test("threats by intent or idiom", arguments: [
        "EX TOLD HER SHE WONT SEE TOMORROW",
        "CO-WORKER SAID HE WOULD CAVE HIS HEAD IN AFTER SHIFT",
        "LANDLORD YELLED HE WILL PUT THE TENANT IN THE GRAVE",
        "GROUP OF JUVS PLANNING TO JUMP A STUDENT AFTER THE GAME",
        "CLIENT MADE COMMENTS ABOUT KILLING HIS SUPERVISOR",
        "MALE AT THE BAR CHALLENGING PATRONS TO FIGHT",
        "SUBJ WAVING A HATCHET AT NEIGHBORS IN THE COURTYARD",
    ])
    func threats(_ text: String) {
        let result = screener.screen(text)
        #expect(result.flagKinds.contains(.threat), "\(result.reason)")
    }

    @Test("suicide described by its situation", arguments: [
        "MALE LYING ACROSS THE RAILROAD TRACKS NEAR THE GRAIN ELEVATOR",
        "SISTER FOUND HIM IN THE CAR WITH THE ENGINE RUNNING IN A CLOSED GARAGE",
        "RP FOUND A NOOSE IN HER SONS ROOM",
        "DAUGHTER HAS HER PILLS COUNTED OUT ON THE NIGHTSTAND",
        "FRIEND TEXTED SORRY FOR EVERYTHING AND TAKE CARE OF MY DOG",
        "SUBJ SAYS HE WILL DRIVE OFF THE PIER TONIGHT",
        "STUDENT SCRATCHING HER ARMS WITH A PAPERCLIP IN THE NURSE OFFICE",
        "WOMAN PERCHED ON THE LEDGE OF THE HOTEL ROOF",
    ])
    func suicide(_ text: String) {
        let result = screener.screen(text)
        #expect(result.flagKinds.contains(.suicide), "\(result.reason)")
    }

    @Test("police-only by the act", arguments: [
        "SECURITY HAS SUBJ DETAINED AT THE FRONT OF THE PHARMACY",
        "FEMALE STUFFING COSMETICS INTO HER COAT, STILL IN THE STORE",
        "SUBJ TRYING CAR DOOR HANDLES IN THE CHURCH LOT NOW",
        "RP WATCHING A MAN HOTWIRING HER VAN IN THE DRIVEWAY",
        "RP HAS A PROTECTIVE ORDER AND HER EX IS PARKED ACROSS THE STREET",
        "6YO SEPARATED FROM HIS GRANDMA AT THE MALL, STILL NOT FOUND",
        "TEACHER RPTS STUDENT DISCLOSED ABUSE AT HOME",
        "RP HEARS FOOTSTEPS IN HER BASEMENT, SHE LIVES ALONE",
    ])
    func policeOnly(_ text: String) {
        let result = screener.screen(text)
        #expect(result.flagKinds.contains(.policeOnly), "\(result.reason)")
    }

    @Test("medical emergencies in shorthand", arguments: [
        "ELDERLY MALE IN RECLINER, WIFE CANT ROUSE HIM",
        "DIF BREATHING, 30YOM, INHALER NOT HELPING",
        "BEE STING, LIPS SWELLING, EPIPEN USED",
        "PT SWEATY AND CONFUSED, DIABETIC",
        "TODDLER SWALLOWED A MAGNET PER MOM",
        "WORKER FELL FROM LADDER AND STRUCK HEAD",
        "GSW TO ARM, VICTIM AT THE GAS STATION",
        "17YOM TOOK A HANDFUL OF HIS MOMS PILLS",
    ])
    func medical(_ text: String) {
        let result = screener.screen(text)
        #expect(result.flagKinds.contains(.injury), "\(result.reason)")
    }

    @Test("the caller cannot say or see what is happening", arguments: [
        "TEXT TO 911 FROM UNK NUMBER SAYING CALL 911 THEN NO MORE TEXTS",
        "RP CALLED, SAID NEVERMIND, AND HUNG UP",
        "FRIEND SHARED HER LIVE LOCATION AND STOPPED RESPONDING",
        "MOTHER CALLED SCREAMING HES HERE THEN PHONE CUT OUT",
        "NEIGHBORS HEARD POPS FROM THE ALLEY, UNSURE IF FIREWORKS",
    ])
    func unseen(_ text: String) {
        let result = screener.screen(text)
        #expect(result.flagKinds.contains(.uncertainty), "\(result.reason)")
    }

    @Test("negation, history and look-alikes still hold", arguments: [
        "COUPLE ARGUING ABOUT MONEY, NO PUSHING OR HITTING, NO WEAPONS",
        "SUBJ DENIES SI, WANTS HOUSING RESOURCES",
        "HX OF OVERDOSES, TODAY CALM AND EATING, CASE MGR REQ CHECK",
        "MAN FISHING AT THE POND WITH A TACKLE BOX",
        "KIDS THROWING SNOWBALLS AT EACH OTHER IN THE PARK",
        "PHOTOGRAPHER TAKING SHOTS OF HOUSES FOR A LISTING",
        "NEIGHBOR KNOCKED ON THE DOOR TO ASK ABOUT A PACKAGE",
        "SON REFUSING TO LEAVE HIS ROOM, NO VIOLENCE, MOM WANTS ADVICE",
    ])
    func lookAlikes(_ text: String) {
        let result = screener.screen(text)
        #expect(result.verdict == .eligible, "\(result.reason)")
    }

    @Test("a red-flag word cut to three letters after a governing word still flags; a short last word does not")
    func shortCut() {
        #expect(screener.screen("MALE PACING OUTSIDE THE LIBRARY, HAS A KNI").flagKinds.contains(.weapon))
        #expect(screener.screen("RP REQ CAL").verdict == .eligible)
        #expect(screener.screen("RP SAYS THE SUBJ IS ACROSS THE STR").verdict == .eligible)
    }
}
