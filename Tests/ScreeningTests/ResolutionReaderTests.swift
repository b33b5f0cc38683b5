import Testing
@testable import Screening

/// The resolution reader and the past-event readings of the tenth pass (NarrativeAnalysis+Resolution.swift,
/// TenthPassFamilies.swift). Narratives written fresh for these tests.
@Suite("Alarms resolved after a separator, and past events")
struct ResolutionReaderTests {
    /// The rules alone: this suite pins what the rules read (the learned reader, on by default, has its own tests).
    let screener = NarrativeScreener().learned(false)

    @Test("an alarm followed by explicit resolution language is not a red flag", arguments: [
        "woman screaming in the lot - unit 4: teens filming a scene for a class project, all good",
        "MAN WITH A SHOTGUN ON THE PORCH - 3C11: PAINTBALL MARKER, ORANGE TIP, KIDS' GAME",
        "report of a stabbing at the theater - stage combat rehearsal, director confirms nobody hurt",
        "BURGLAR ALARM AT THE PHARMACY - CB: MANAGER SET IT OFF OPENING UP, CODE GIVEN",
        "caller hears gunshots near the quarry - blasting crew, scheduled, company confirms",
        "subject unconscious on the bench - correction, subject reading, alert and talking",
        "guy breaking into a blue honda - 2B4: his own car, keys locked inside, showed registration",
        "CHILD ALONE IN CAR - UNIT 6: MOM WAS PUMPING GAS BESIDE IT, CLARIFIED",
        "possible hostage at the bank - training drill for staff, branch manager on scene",
        "robbery alarm - clerk pressed it by accident, confirmed on callback",
        "MAN LYING IN THE ROAD - 7D2: ROAD CREW SURVEYOR MEASURING, UNFOUNDED",
        "male down behind the gym - unit 3: stretching after a run, fine",
        "prowler in the back yard - deputy checked, a deer in the garden, confirmed",
        "open line - callback, caller ok",
        "PANIC ALARM AT THE JEWELRY STORE - CB: ALL OK",
    ])
    func resolved(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.verdict == .eligible, "\(result.reason)")
    }

    @Test("the same shape with real danger, or resolution language that is not the alarm's, stays a red flag", arguments: [
        ("SHOTS FIRED - MALE RUNNING NB IN A GRAY HOODIE", FlagKind.weapon),
        ("fight in the parking lot - one party bleeding from the head", .violence),
        // CONFIRMED opening the answer confirms the report; a place before it is no explanation.
        ("MAN WITH A GUN - CONFIRMED, SUBJ STILL IN THE LOBBY", .weapon),
        ("man with a gun - behind the store, rp confirms", .weapon),
        // The answer raises a red flag of its own.
        ("stabbing reported - all ok per first caller but victim bleeding heavily", .injury),
        ("SUBJ THREATENING STAFF WITH A KNIFE - CB: CALLER SAYS ALL OK BUT WHISPERING", .weapon),
        ("MALE WITH A KNIFE - 4A1: UNFOUNDED PER FIRST CALLER, 2ND CALLER SEES THE KNIFE", .weapon),
        // "All OK" says how things stand, not what the report turned out to be: it answers an open line or an
        // alarm, never a weapon or an injury (review of the tenth pass).
        ("STABBING - VICTIM CONSCIOUS, ALL OK", .weapon),
        ("man with gun - all ok per caller", .weapon),
        ("SHOTS FIRED - MALE HEADED NB, ALL OK", .weapon),
        // A resolution resolves only the alarm just before it, never one told after it.
        ("prowler at the back door - alarm was tested yesterday, all ok - now someone kicking the door in", .policeOnly),
        ("caller says knife was a toy - unit 4: subject now swinging a bat at officers", .weapon),
        ("false alarm at the bank earlier - now man with a gun at the gas station next door", .weapon),
        // A place or a person is not an explanation.
        ("woman screaming for help - practice field behind school", .uncertainty),
        ("overdose in the bathroom - it's a man, not breathing", .injury),
        ("man collapsed in the aisle - unit 2: not breathing, cpr started", .injury),
        // The resolution names another matter: an earlier call, another alarm.
        ("door forced open at the neighbor's, nobody answers - prior call here was unfounded", .policeOnly),
        ("toddler choking on a grape - false alarm on the car alarm next door", .injury),
    ])
    func notResolved(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("after a comma the answer must open with the resolution; some words resolve only some kinds", arguments: [
        "neighbors fighting over the parking spot, yelling only, no contact",
        "earlier report of a knife unfounded, it was a hairbrush",
        "man slumped over the steering wheel in the lot, woke when the officer knocked, talking normally",
        "vehicle weaving on the frontage road - deputy stopped it, sober, tired driver, warned",
        "RPTD BLEEDING - SCRAPED ELBOW, BANDAGED, PARENT DECLINES EMS",
        "MAN WITH A SWORD AT THE BUS STOP - FOAM SWORD FOR A LARP GAME",
        "open line with screaming - CB: horror movie on the TV, caller fine",
        "girlfriend grabbed his wallet and gave it back, verbal only",
        "prowler in the side yard - gas company worker reading the meter",
        // A comma, then a call-back's colon: the answer opens at the colon.
        "abandoned 911 call, CB: grandson playing with the phone, grandma apologized, all ok",
        // A direction of travel in the answer is not a red flag of its own.
        "woman with a rifle on the path - wooden prop rifle for the parade, headed to the staging area",
    ])
    func resolvedByKind(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.verdict == .eligible, "\(result.reason)")
    }

    @Test("words that resolve one kind leave the others, and acts, flagged", arguments: [
        // "Verbal only" resolves a conflict named as such, never an act.
        ("husband punched her in the face, verbal only now", FlagKind.violence),
        ("boyfriend shoved her into the wall, no contact since", .violence),
        // "Not intox" answers a report of drinking, not a break-in; "sober" is no answer to a gun.
        ("someone climbing in the bedroom window of the duplex, not intox", .policeOnly),
        ("man with a gun in the lobby, sober, pacing", .weapon),
        // Waking up does not answer bleeding in the same answer.
        ("man collapsed at the gym - woke up, bleeding from the head", .injury),
        ("fight in the hallway, verbal only per first caller, now one stabbed", .violence),
        ("SHOTS FIRED - MALE RUNNING NB WITH A GUN, HEADED TO THE PARK", .weapon),
        ("911 hang up, CB: no answer, line busy", .uncertainty),
        ("man threatening neighbors with a machete - parks crew says he is not one of theirs, still swinging it", .threat),
    ])
    func notResolvedByKind(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("an answer cut by the field width is not read as a resolution")
    func cutAnswer() {
        let whole = screener.screen("man dragging a woman down the street - unit 2: it's a sled, dad pulling his wife")
        #expect(whole.verdict == .eligible, "\(whole.reason)")
        let cut = screener.screen("man dragging a woman down the street - unit 2: it's a sled, dad pulling his wife, ")
        #expect(cut.flagKinds.contains(.violence), "\(cut.reason)")
    }

    @Test("a past year, last weekend, or a recent past with a settled present is history", arguments: [
        "assault from 2018, caller wants the case number for court",
        "son overdosed back in 2016, in recovery now, mom asking about a support group",
        "wife fell off a ladder yesterday, fine today, wants a lift assist number for later",
        "brothers fought friday, both grounded, dad handled it, wants advice about counseling",
        "roommate passed out drunk last weekend, asking about a treatment program",
    ])
    func past(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.verdict == .eligible, "\(result.reason)")
    }

    @Test("a recent past alone, or a count that is not a year, stays a red flag", arguments: [
        ("assault last night, victim still dizzy and vomiting", FlagKind.violence),
        ("he hit her yesterday and said he will come back tonight to finish it", .violence),
        ("man punched the clerk in 2 minutes ago, still in the store", .violence),
        ("stabbed in 2019 and again tonight, bleeding from the arm", .injury),
    ])
    func recent(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("a calendar year is 1950-2039 and four digits", arguments: [
        ("2019", true), ("1987", true), ("2039", true), ("2040", false), ("1949", false), ("1530", false),
        ("20", false), ("0815", false),
    ])
    func year(_ word: String, isYear: Bool) {
        #expect(NarrativePattern.isYear(word) == isYear)
    }
}
