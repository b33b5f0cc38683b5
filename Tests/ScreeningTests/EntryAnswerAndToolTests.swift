import Testing
@testable import Screening

/// Issue 13, eleventh pass: the reading mechanisms added with blind11 as development data. An answer that opens its
/// own log entry (NarrativeAnalysis+Resolution.swift), a tool at its work (NarrativeAnalysis+ToolAtWork.swift), a
/// history cue scoped to its own target, an earlier report referred back to, a narrative that stops on a word no
/// sentence ends with, patrol areas named by number, and a crime verb in -ING after its subject. Narratives written
/// fresh for these tests, not copied from blind11.csv or any other corpus.
@Suite("Log entries answered, tools at work, and scoped history")
struct EntryAnswerAndToolTests {
    /// The rules alone: this suite pins what the rules read (the learned reader, on by default, has its own tests).
    let screener = NarrativeScreener().learned(false)

    @Test("an answer that opens the next log entry resolves the entry before it", arguments: [
        "GUY WITH A KNIFE BY THE FOUNTAIN // PER 2ND CALLER IT'S A PLASTIC KNIFE FROM HIS PICNIC",
        "smoke and gunshots behind the rink / it was a nail gun, roofers on the garage",
        "prowler at the back fence ;; [OPR 4410] CALLER'S OWN SON HOPPING IT AFTER PRACTICE",
        "PANIC ALARM AT THE CREDIT UNION .. 0912 qrs: cancelled with code, manager on site",
        "possible shots reported earlier, confirmed fireworks at the ballpark",
        "SILENT 911 LINE ** [OPR 1102] MODEM TONE ON CALLBACK",
        "blood smeared on the bus shelter // caller now sees it's red paint from a mural crew",
        // An update says it answers, whatever it tells first.
        "two men brawling by the food trucks // UPD 1402 RP WALKED CLOSER, THEY ARE REHEARSING A STUNT FOR A CLASS",
    ])
    func entryAnswered(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.verdict == .eligible, "\(result.reason)")
    }

    @Test("an entry that is not an answer, or an answer that is not the entry's, leaves the red flag", arguments: [
        // A weak word ("verified") is the log's bookkeeping, not an answer.
        ("ex said he'd break her jaw tonight / CB # VERIFIED", FlagKind.threat),
        // The second entry tells its own report and answer; the first entry's threat stands.
        ("ROOMMATE SAID HE'D STAB HIM IN HIS SLEEP // NEIGHBOR SAID FIGHT - WAS HORSEPLAY, ALL LAUGHING", .threat),
        // Something other than who answers stands before the words of resolution.
        ("man kicking in the back door // smoke alarm in the hall cancelled with code", .violence),
        // Paint answers a report of blood, not one of breathing.
        ("baby not breathing // it's red paint on his face", .injury),
        // Who it is is not what it was.
        ("MAN WITH A GUN IN THE LOBBY // PER CALLER IT'S HIS FRIEND", .weapon),
        // A family member answers for the caller: it resolves a prowler, never a stabbing.
        ("SUBJ STABBED IN THE KITCHEN // CALLER'S OWN SON", .violence),
        // The answer stops on a word no sentence ends with: what followed may have said anything.
        ("MAN WITH A GUN AT THE BUS STOP -- PER 2ND CALL IT'S A", .weapon),
        // An update that raises its own red flag answers nothing.
        ("two men brawling by the food trucks // UPD 1402 RP WALKED CLOSER, ONE IS BLEEDING, IT WAS A REAL FIGHT", .injury),
        // "Was sleeping" only closes an explanation; opening the answer it explains nothing.
        ("infant not breathing - was sleeping when mom found her", .injury),
    ])
    func entryNotAnswered(_ narrative: String, _ kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("a cutting or striking tool at its work is not a weapon", arguments: [
        "ARBORIST WITH A CHAINSAW IN THE CALLER'S OAK, NEIGHBOR WORRIED",
        "man w/ a machete clearing blackberry brush along the creek",
        "stock clerk using a box cutter to break down boxes by the dumpster",
        "TEEN W/ A HAMMER PUTTING UP GARAGE SALE SIGNS ON THE CORNER",
        "grandpa on the dock cleaning fish with a fillet knife",
        // Words of work are repaired like red-flag words.
        "neighbor splittting firewood with an axe after dark, noise only",
        "roommate chopping onions with a big knife, rp annoyed about the mess",
    ])
    func toolAtWork(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.verdict == .eligible, "\(result.reason)")
    }

    @Test("a tool turned on someone stays a weapon, and a gun is never a tool", arguments: [
        ("LANDSCAPER WAVING A MACHETE AT THE HOMEOWNER, YELLING", FlagKind.weapon),
        ("fired cook at the back door with a cleaver, asking for the owner", .weapon),
        ("butcher with a knife chasing a customer down the block", .weapon),
        ("man clearing brush with a rifle slung on his back, yelling at hikers", .weapon),
        // Work in one entry does not excuse a knife in another, nor work far from the tool in the same entry.
        ("crew clearing brush by the trail / other man waving a knife at joggers", .weapon),
        ("gardener trimming hedges by the front gate this morning, and now a stranger on the far side of the lot with a machete", .weapon),
        ("roommate chopping onions with a big knife and screaming at rp", .weapon),
        // A butcher knife is a weapon's description, not a trade at work.
        ("man with a butcher knife in the middle of the street", .weapon),
    ])
    func toolTurnedOnSomeone(_ narrative: String, _ kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("a history cue that opens onto its own target does not reach back", arguments: [
        ("CALLER SAYS HUSBAND SWALLOWED A BOTTLE OF HIS PILLS, DROWSY - PRIOR HX OF WEAPONS AT ADDRESS", FlagKind.injury),
        ("bf shoved her into the dresser - prior hx of weapons at this address", .violence),
    ])
    func historyScopedToItsTarget(_ narrative: String, _ kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("history still covers what it names, before or after")
    func historyStillCovers() {
        #expect(screener.screen("PRIOR HX OF WEAPONS AT ADDRESS, TODAY NEIGHBORS ARGUING ABOUT A FENCE").verdict == .eligible)
        #expect(screener.screen("he punched a wall 3 years ago, calm now, wants a counselor").verdict == .eligible)
    }

    @Test("an earlier report referred back to and identified is resolved")
    func earlierReport() {
        let result = screener.screen("EARLIER OPEN LINE WAS A POCKET DIAL // GUY SLEEPING IN THE BUS SHELTER, WANTS A BLANKET")
        #expect(result.verdict == .eligible, "\(result.reason)")
    }

    @Test("a patrol area named by number is a place, a beating is not", arguments: [
        ("BEAT 14 -- TENANT ASKING ABOUT A NOISE ORDINANCE", false),
        ("sector 3 / lost cat on the porch", false),
        ("SUBJ BEAT 2 GUYS OUTSIDE THE BAR, FLED ON FOOT", true),
    ])
    func patrolAreas(_ narrative: String, _ isRedFlag: Bool) {
        let result = screener.screen(narrative)
        #expect((result.verdict != .eligible) == isRedFlag, "\(result.reason)")
    }

    @Test("damage or entry found after the fact is a past report; found now or untimed it stays police-only", arguments: [
        ("back door pried sometime over the weekend, jewelry box gone, nobody home since friday", false),
        ("truck window smashed overnight in the lot, toolbox taken, no witnesses", false),
        ("back door pried, rp hears someone still inside", true),
        ("truck window smashed in the lot, caller can see two men by it right now", true),
        // No time at all: caution keeps it police-only.
        ("door kicked in at the vacant unit next door", true),
    ])
    func damageFoundLater(_ narrative: String, _ isRedFlag: Bool) {
        let result = screener.screen(narrative)
        #expect((result.verdict != .eligible) == isRedFlag, "\(result.reason)")
    }

    @Test("a crime verb in -ING right after its subject is happening now")
    func subjectAndCrimeVerb() {
        #expect(CrimeTiming.assess(["SUBJ", "STEALING", "PACKAGES", "EARLIER", "TODAY"]) == .current)
        #expect(CrimeTiming.assess(["COMPL", "FOLLOWING", "IN", "CAR"]) == .current)
        // A report to follow is the unit's paperwork, not a suspect being followed.
        #expect(CrimeTiming.assess(["PLATES", "STOLEN", "OVERNIGHT", "RPT", "TO", "FOLLOW"]) == .past)
    }
}
