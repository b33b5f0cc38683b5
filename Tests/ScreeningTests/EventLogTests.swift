import Testing
@testable import Screening

/// The eighth session's readings of multi-agency event logs (`EventLogFamilies`, medication names used outside the
/// US, and the crime-timing fixes: "nothing now", "no suspects on scene", "over winter", "crime number", "last seen
/// in the fall"). Narratives written fresh for these tests.
@Suite("Event logs: acts, means, children at risk, premise flags and the timing of a crime")
struct EventLogTests {
    /// The rules alone: the learned reader has its own tests.
    let screener = NarrativeScreener().learned(false)

    @Test("red flags as event logs state them", arguments: [
        ("WITNESS SAW MALE SLAM HIS GF AGAINST THE FENCE OUTSIDE THE PUB", FlagKind.violence),
        ("two men outside the takeaway, one stamping on the other man", .violence),
        ("REPORT OF A PERSON UNDER A TRAIN AT THE NORTH PLATFORM", .injury),
        ("daughter took a whole packet of paracetamol after the argument", .injury),
        ("son swallowed a box of codeine tablets, drowsy", .injury),
        ("teen standing in the middle of the motorway bridge, not answering", .suicide),
        ("wife says husband has been in the shed with a rope for an hour and won't answer", .suicide),
        ("friend texted a photo of a noose, now not replying", .suicide),
        ("neighbour says toddler locked in a crate on the balcony all day", .policeOnly),
        ("older man following two schoolgirls from the bus stop, they are scared", .policeOnly),
        ("a guy in a car keeps following my schoolboy home", .policeOnly),
        ("guard reports a man groping women on the platform", .policeOnly),
        ("SHOP ALARM WITH GLASS BREAKING AT THE REAR", .policeOnly),
        ("ARMED HOLD-UP AT THE PHARMACY COUNTER, MALE STILL INSIDE", .policeOnly),
        ("text to 911: she is not safe, address unknown", .uncertainty),
    ])
    func flagged(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("look-alikes in the same words stay eligible", arguments: [
        "PREMISE NOTE: PRIOR SHOTS FIRED AT THIS ADDRESS. TODAY: RESIDENT LOCKED OUT, WANTS A LOCKSMITH NUMBER",
        "address flagged for weapons in 2019; caller asking about a noise complaint process",
        "caller says the school run traffic is murder, wants a crossing guard",
        "neighbours hosting a murder mystery party, loud but friendly",
        "busker killing every song on the square, shop owner wants him moved on",
        "blood-curdling screams from the cinema, it is the horror film festival",
        "halloween display with fake blood on the porch scared a child, parent wants it toned down",
        "students shot a short film at the park yesterday, caller asks about permits",
        "video game gunfire through the wall every night, wants a noise check",
        "father following the school bus in his car to see the kids get on, no concerns",
    ])
    func eligible(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.isEligible, "\(result.reason)")
    }

    @Test("past thefts stay a report a responder can take; current ones stay police-only", arguments: [
        ("someone broke into the shed last night, nothing now, wants a report for insurance", true),
        ("trailer taken from the yard overnight, no suspects on scene, owner has photos", true),
        ("generator stolen from the allotment over winter, owner wants a crime number", true),
        ("lawnmower missing from the garage, last seen in the fall, wants it on record", true),
        ("male breaking into cars in the lot now, wearing a red hoodie", false),
        ("someone just broke into my car, suspect running eb on main", false),
        ("bike stolen from the rack, suspect last seen heading toward the station", false),
        ("security on scene with the shoplifter in the office", false),
    ])
    func theftTiming(_ narrative: String, eligible: Bool) {
        let result = screener.screen(narrative)
        #expect(result.isEligible == eligible, "\(result.reason)")
    }

    @Test("the timing of a crime read from its words")
    func timing() {
        func words(_ s: String) -> [String] { s.split(separator: " ").map(String.init) }
        #expect(CrimeTiming.assess(words("CAR BROKEN INTO LAST NIGHT NOTHING NOW")) == .past)
        #expect(CrimeTiming.assess(words("CAR BROKEN INTO NOW")) == .current)
        #expect(CrimeTiming.assess(words("BIKE TAKEN NO SUSPECTS ON SCENE")) == .past)
        #expect(CrimeTiming.assess(words("SECURITY ON SCENE WITH SUSPECT")) == .current)
        #expect(CrimeTiming.assess(words("TOOLS STOLEN OVER THE SUMMER")) == .past)
        #expect(CrimeTiming.assess(words("STORE WANTS A CRIME NUMBER")) == .past)
        #expect(CrimeTiming.assess(words("RIFLE MISSING LAST SEEN IN THE FALL")) == .past)
        #expect(CrimeTiming.assess(words("RIFLE MISSING LAST SEEN 3 WEEKS AGO")) == .past)
        #expect(CrimeTiming.assess(words("SUSPECT LAST SEEN HEADING NORTH")) == .current)
        #expect(CrimeTiming.assess(words("PURSE STOLEN")) == .unstated)
    }

    @Test("a transcript's hesitations do not break a phrase; a reported state is not made a threat", arguments: [
        ("um my dad hes not uh breathing", FlagKind.injury),
        ("she she wont um wake up", .injury),
        ("CALLER SAYS HE IS NOT BREATHING", .injury),
        ("wife states he was unconscious on the floor", .injury),
        ("says he is going to stab her", .threat),
    ])
    func transcripts(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds == [kind], "\(result.reason)")
    }

    @Test("'ER' and 'MM' are words of a report, not hesitations")
    func notHesitations() {
        #expect(!NarrativeAnalysis.hesitations.contains("ER") && !NarrativeAnalysis.hesitations.contains("MM"))
        #expect(screener.screen("male with a 9 mm handgun in the lot").flagKinds.contains(.weapon))
    }

    @Test("a later entry answers the first report, each only for its own kind", arguments: [
        ("2210 FEMALE SCREAMING IN APT 4; 2214 UPD: RP ADV IT IS THE TV; 2216 CX PER RP", true),
        ("0102 screaming next door // 0105 2nd caller: it's a horror movie marathon", true),
        ("23:40 CALLER ADV FIGHT IN STREET; 23:44 PER UNIT 7 NO FIGHT; 23:45 CODE 4", true),
        ("23:40 MAN WITH GUN IN LOT; 23:44 UNIT 12 ADV NO WEAPON, SUBJ HOLDING A PHONE", true),
        ("23:40 MAN WITH GUN IN LOT; 23:44 UNIT 12 ADV NO FIGHT", false),
        ("male punched her in the face; per unit no weapons", false),
        ("man with a rifle on the bridge -- it is a film prop, crew has a permit", true),
        ("blood all over the porch - its fake blood from a halloween display", true),
        ("caller sees blood on the stage, it is stage blood", true),
        ("0215 SUSP PERSON LOOKING IN CAR WINDOWS; 0222 PER UNIT SUBJ IS VEH OWNER LOOKING FOR HIS KEYS; CLR", true),
        ("man pointing a gun at people; per unit subj is the homeowner", false),
        ("14:10 RP ADV SHOTS FIRED; 14:12 UPD 2ND CALLER STS CREW USING A NAIL GUN; 14:20 CODE 4", true),
    ])
    func laterEntries(_ narrative: String, eligible: Bool) {
        let result = screener.screen(narrative)
        #expect(result.isEligible == eligible, "\(result.reason)")
    }
}
