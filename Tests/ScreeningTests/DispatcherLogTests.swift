import Testing
@testable import Screening

/// The sixth session's phrases from dispatcher logs and text or web reports (`UrgentSceneFamilies.dispatcherLog`,
/// `SettledSceneFamilies.sportAndSpeech`, `propsAndObjects`). Narratives written fresh for these tests.
@Suite("Dispatcher logs and text reports: red flags in their shapes, and their look-alikes")
struct DispatcherLogTests {
    /// The rules alone: the learned reader has its own tests.
    let screener = NarrativeScreener().learned(false)

    @Test("red flags as a log or a text report gives them", arguments: [
        ("911 HANGUP 4410 RIVER RD", FlagKind.uncertainty),
        ("caller whispering she is not allowed to use the phone", .uncertainty),
        ("txt from unit 4: please dont call back he will hear", .uncertainty),
        ("0214 talking w/ caller; 0219 line went quiet", .uncertainty),
        ("toddler maybe 2 wandering alone along the highway shoulder", .policeOnly),
        ("@0903 rp adv father now confused and clammy", .injury),
        ("son txtd photo of pills with goodbye", .suicide),
        ("rp adv roommate took approx 40 advil an hour ago", .suicide),
        ("store owner sees male inside on camera, store closed", .policeOnly),
        ("neighbor sees man hanging from a tree in the yard, cutting him down", .suicide),
        ("student posted a plan to jump from the parking deck at noon", .suicide),
        ("approx 4 rounds heard, rp sees muzzle flash from the alley", .weapon),
        ("ex said he will find her and slit her throat", .threat),
        ("rp adv suspect still inside the house, rp at neighbor", .policeOnly),
        ("someone was screaming in the field behind the school and then it stopped suddenly", .uncertainty),
        ("open line, male saying put the phone down", .uncertainty),
        ("my 3 year old got out of the yard and I cant find him", .policeOnly),
        ("man at the camp has a bad burn on his arm, shaking and sweating", .injury),
        ("child fell through the ice at the reservoir, pulled out", .injury),
        ("toddler has a fever of 105 and is not responding", .injury),
    ])
    func flagged(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("look-alikes in the same words stay eligible", arguments: [
        "caller passive si, no plan, no intent, safety plan in place, wants someone to talk to",
        "coworker keeps shooting her dirty looks, no threats, wants hr advice",
        "teens shooting hoops at the school court after dark, lights on",
        "rp refused name :: neighbors music loud since 2300",
        "tree limb down on concession 6, blocking one lane",
        "farmer using a captive bolt on a lame steer, neighbor upset",
        "911 hangup prior, callback ok, kid playing with the phone, same rp",
        "caller says her phone was dead all day, wants the welfare check cancelled",
        "large rock fell onto the ranch road, no one hurt",
        // A missing person found, told in the next sentence; a report answered by who it was about.
        "My dad with dementia wandered off after lunch. A neighbor found him and he is home now.",
        "I called about my daughter being missing, she just walked in, she was at practice.",
        "Earlier I reported a man passed out by the library. He's awake now and says he was napping.",
        // Animals in the road, a sound from a screen.
        "loose horse wandering in the road by mile 12, owner on the way",
        "gunfire sounds from the tv next door turned up loud, action movie",
        // Premise flags and years gone by.
        "PRIOR WEAPONS CALL AT THIS ADDRESS, TODAY CALLER REPORTS A POTHOLE",
        "the house had a murder in it in the 80s, today the issue is loud music",
        "caution flag for weapons on the address, it is from 2019; caller asks about a fence permit",
        // Hanging decorations and teens hanging out; a caller hiding from a bat.
        "halloween decoration of a body hanging from a tree looks real, caller offended",
        "teens hanging in the stairwell vaping, manager wants them moved",
        "bat flying around the living room, rp hiding in the bedroom, no one bitten",
    ])
    func eligible(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.verdict == .eligible, "\(result.reason)")
    }

    @Test("what is not an answer: a call-back with no answer, bookkeeping, a real plan")
    func notAnswers() {
        #expect(screener.screen("911 hangup, female screaming on callback, cb neg").verdict != .eligible)
        #expect(screener.screen("911 HANGUP, CB DONE, NO ANSWER").verdict != .eligible)
        #expect(screener.screen("brother has a plan to shoot himself tonight").flagKinds.contains(.suicide))
        #expect(screener.screen("my dad with dementia wandered off after lunch. a neighbor found him unresponsive").verdict != .eligible)
        #expect(screener.screen("loose dog in the road, a car swerved and hit a cyclist").verdict != .eligible)
        // A flag from the past never hides tonight's danger, and "prior to" is not the past.
        #expect(screener.screen("address flagged for weapons, male now outside with a rifle").flagKinds.contains(.weapon))
        #expect(screener.screen("building had a murder in it in the 80s and tonight a man was shot in the lobby").verdict != .eligible)
        #expect(screener.screen("PRIOR TO UNITS ARRIVING HE STABBED HIS BROTHER").flagKinds.contains(.violence))
    }
}
