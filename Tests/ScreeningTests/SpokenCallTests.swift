import Testing
@testable import Screening

/// The ninth session's readings of plain spoken and keyed words (`SpokenCallFamilies`) and its fixes: fear reaches a
/// medical state only through a modal word, STAGING is units near the scene (not a staged scene), a narrative ending
/// in "LAST NIGHT" was not cut, an interpreter not needed negates nothing else. Narratives written fresh for these
/// tests.
@Suite("Spoken calls: plain words for red flags, and what a caller takes back")
struct SpokenCallTests {
    /// The rules alone: the learned reader has its own tests.
    let screener = NarrativeScreener().learned(false)

    @Test("red flags as callers say them and call-takers key them", arguments: [
        ("RP BEHIND A PICKUP ON RT 30, DRIVER APPEARS DRUNK, WEAVING ACROSS LANES", FlagKind.policeOnly),
        ("caller says the drivers hammered, keeps drifting onto the shoulder", .policeOnly),
        ("CLERK AT THE DOLLAR STORE SAYS A MALE DEMANDED CASH FROM THE REGISTER AND LEFT ON FOOT", .policeOnly),
        ("neighbors are on vacation and there are people inside their garage right now", .policeOnly),
        ("ALARM CO: KEYHOLDER ARRIVED, SAW SOMEONE STILL INSIDE THE OFFICE", .policeOnly),
        ("man in the waiting room won't leave, getting in staffs faces", .policeOnly),
        ("three kids have been home alone all weekend, oldest is 6", .policeOnly),
        ("grandpa has alzheimers he wandered off from the house an hour ago", .policeOnly),
        ("RP STS MOTHER 82 LEFT IN HER NIGHTGOWN, NOT LOCATED", .policeOnly),
        ("7yo did not get off the school bus, driver says he never boarded", .policeOnly),
        ("male going down the block trying all the car doors", .policeOnly),
        ("um my dad he says his chest hurts and his arms numb", .injury),
        ("DIABETIC WIFE ACTING CONFUSED, SWEATY", .injury),
        ("67YOM LOC X3 MIN IN THE PHARMACY LINE, NOW AWAKE", .injury),
        ("toddler drank some bleach from under the sink", .injury),
        ("friend on video chat is swallowing pills right now", .suicide),
        ("there's a woman on the overpass and she's saying she is going to jump", .suicide),
        ("MALE ON THE WRONG SIDE OF THE RAILING ON THE RIVER BRIDGE", .suicide),
        ("SON WROTE A NOTE AND TOOK HIS DADS OXY", .suicide),
        ("kids in the lot stomping on one boy, he is not getting up", .violence),
        // Fear without a modal word: the caller is afraid because it is happening.
        ("sorry i'm so nervous my husband is having a seizure", .injury),
        ("worried, my mom is not breathing right", .injury),
        // An interpreter not needed does not negate what came before it.
        ("0912> SUPP: NOW VOMITING BLOOD :: 0912> LANGUAGE LINE NOT NEEDED", .injury),
        // Units staging near the scene do not make it a staged scene.
        ("[14:02] Passenger assaulted the driver [14:04] 3B21 staging at Elm and 5th", .violence),
        // An all-clear answers an unseen scene or a police-only alarm, never a weapon or an injury told before it.
        ("someone yelling help next door, he has a knife, he's fine now", .weapon),
        ("my son fell off the ladder, he's bleeding a lot from his head, everything's fine otherwise", .injury),
        // A report between them is not call handling: the answer answers the entry just before it.
        ("-- 09:02 -- Male slumped at the bus shelter -- 09:03 -- Caller says a second man is in the road -- 09:05 -- Update: he woke up", .injury),
    ])
    func flagged(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("look-alikes in the same words stay eligible", arguments: [
        "worried she might have a seizure if she skips her meds, wants a welfare visit",
        "ate old leftovers, feels fine, worried about food poisoning, wants the nurse line",
        "NEXT DAY REPORT, RP'S WALLET TAKEN OFF THE BAR TABLE LAST NIGHT",
        "AUTISTIC TEEN WANDERED OFF FROM THE PARK // LOCATED BY STAFF AT THE LIBRARY, WITH MOM NOW",
        "i heard gunshots down the street oh nevermind it's fireworks i can see them",
        "a guy with a rifle by the creek wait no it's a surveyor with a tripod",
        "husband is really down, we already took his guns to his brother's, he just wants someone to talk to",
        "drama club staging a fight scene for a video behind the gym, teacher present",
        "patron is drunk again, sleeping it off in the lobby, staff want a ride home for him",
        "i heard a crash and somebody yelling help oh it's the neighbor he dropped his tv he's fine he's laughing",
        "somebody's in my garage oh wait it's my son he came home early sorry",
        // "nobody's", "no one's" negate like "nobody".
        "somebody's setting off fireworks in the street nobody's hurt it's just loud",
        "my neighbors are yelling again nobody's hitting anybody can someone talk to them",
        // An event log's call handling between the report and its answer is skipped.
        "-- 09:02 -- Male slumped at the bus shelter -- 09:03 -- Callback # on file -- 09:03 -- LOC verified W/ caller -- 09:05 -- Update: he woke up, was napping, AO X4",
    ])
    func eligible(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.isEligible, "\(result.reason)")
    }
}
