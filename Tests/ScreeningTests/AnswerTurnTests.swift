import Testing
@testable import Screening

/// Answers told by who gives them in the middle of a clause (`NarrativeAnalysis.answerTurns`, sixth session): "RP NOW
/// SAYS", "RANGER CONFIRMS", "2ND CALLER CLARIFIES", "CALLBACK". Narratives written fresh for these tests.
@Suite("Answer turns: a first report answered by who gives the answer, with no separator before it")
struct AnswerTurnTests {
    /// The rules alone: the learned reader has its own tests.
    let screener = NarrativeScreener().learned(false)

    @Test("a first report answered by the caller, a ranger, a second caller or a call-back is resolved", arguments: [
        "man with a rifle by the dumpsters rp now says it was a leaf blower",
        "subj with gun at the trailhead ranger confirms it was a monopod",
        "FIGHT IN THE PARKING LOT 2ND CALLER CLARIFIES IT WAS JUST YELLING",
        "STABBING REPORTED AT THE DOCK RP CORRECTS, IT WAS A FILM SCENE",
        "OPEN LINE WITH MUSIC CALLBACK CALLER SAYS POCKET DIAL, ALL OK",
        // After a comma, the teller (with a word naming them) opens the answer.
        "male with a gun in his waistband, rp now sts it was a phone clip on his belt",
        "woman collapsed by gate 4, arena security says she was tying her shoe, fine",
        // Denials before the answer's words are part of it.
        "boy fell off the monkey bars, no bleeding, crying normally, dad wants advice",
        // An entry of who answers only ("per caller now") leads the answer in the next entry.
        "caller says her dad collapsed // per caller now // he got up and is fine",
    ])
    func answered(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.verdict == .eligible, "\(result.reason)")
    }

    @Test("an answer that raises its own red flag, explains nothing or was cut keeps the report", arguments: [
        // The answer itself is an alarm.
        ("man with a rifle by the dumpsters rp now says he pointed it at a kid", FlagKind.weapon),
        // No words of resolution: the caller only adds what she sees.
        ("FIGHT IN THE PARKING LOT RP NOW SAYS ONE MALE ON THE GROUND", .violence),
        // The answer was cut by the field width before it said what the gun was.
        ("subj with gun at the trailhead ranger confirms it was a", .weapon),
        // "CB OK" after an unrelated item is the call-back number's bookkeeping, not an answer.
        ("subj waving a pistol by the boat ramp, campers leaving, cb ok", .weapon),
        ("rp sts uncle shoved her aunt down the steps just now, uncle walked out back, cb ok", .violence),
    ])
    func kept(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("a second word of resolution in the same answer never reaches past the report it answers")
    func secondCueStaysWithItsReport() {
        // "corrects" answers the gun; "it was an umbrella" must not also answer the baby left alone before the dash.
        let result = screener.screen("neighbor left a baby alone for hours, baby crying - first report of a man with a gun rp corrects, it was an umbrella")
        #expect(result.flagKinds.contains(.policeOnly), "\(result.reason)")
        #expect(!result.flagKinds.contains(.weapon), "\(result.reason)")
    }

    @Test("who speaks is not a turn without a verb of answering: a driver in a first report stays in it")
    func partyWithoutVerb() {
        let result = screener.screen("DRUNK DRIVER SWERVING - RP CLARIFIES DRIVER PARKED AND WENT INSIDE, CAR OFF")
        #expect(result.verdict == .eligible, "\(result.reason)")
        let kept = screener.screen("DRUNK DRIVER SWERVING ALL OVER THE ROAD, DRIVER NOW HEADED TOWARD THE SCHOOL")
        #expect(kept.verdict != .eligible, "\(kept.reason)")
    }

    @Test("an entry stamped with its time answers the entry before it, like an update", arguments: [
        "4YO MISSING FROM THE PLAYGROUND / 1412H FOUND BEHIND THE SLIDE WITH HER DAD, ALL OK",
        "fight reported at the skate park ** 0955 unit adv it was a dance rehearsal",
        "POSS SHOTS NEAR THE DEPOT ;; 2210 CONFIRMED TRUCK BACKFIRING",
        "shots heard behind the arena // update: rp adv it was fireworks, kids in the lot",
    ])
    func stampedEntries(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.verdict == .eligible, "\(result.reason)")
    }

    @Test("a guess is not an explanation, and a stamped entry with an alarm of its own answers nothing", arguments: [
        ("caller says someone shot at her car, she thought it was fireworks but the window has a hole", FlagKind.weapon),
        ("4YO MISSING FROM THE PLAYGROUND / 1412H FOUND BLEEDING BEHIND THE SLIDE", .injury),
    ])
    func stampedNotAnswers(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("a narrative that stops on JUST was cut: the answer before it may have gone on")
    func endsOnJust() {
        let result = screener.screen("MAN LYING IN THE GRASS, NOT MOVING - RP NOW SAYS HE SAT UP AND WAVED, JUST")
        #expect(result.verdict != .eligible, "\(result.reason)")
    }
}
