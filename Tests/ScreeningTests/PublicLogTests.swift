import Testing
@testable import Screening

/// The seventh session's readings of public CAD logs and protocol notes (`PublicLogFamilies`, the stem guard on
/// typo repair, "R/P" and "100+" in the tokenizer, hostility read clause by clause). Narratives written fresh for
/// these tests.
@Suite("Public CAD logs: red flags in their words, and what is not a typo")
struct PublicLogTests {
    /// The rules alone: the learned reader has its own tests.
    let screener = NarrativeScreener().learned(false)

    @Test("red flags as a public log states them", arguments: [
        ("P2 / 67YOM ON OXYGEN / SHORT OF BREATH SINCE NOON", FlagKind.injury),
        ("wife c/o worst headache of her life, sudden, now nauseous", .injury),
        ("male on the bus bench foaming at the mouth, eyes open", .injury),
        ("warehouse: worker pinned under a pallet, conscious", .injury),
        ("RP ADV MUTUAL COMBAT IN THE PARKING LOT OF THE BAR", .violence),
        ("tenant refuses to leave office, getting aggressive with staff", .violence),
        ("2 VEHS STREET RACING ON MAIN ST NOW", .policeOnly),
        ("motorcycle doing 120+ mph on the frontage road", .policeOnly),
        ("pickup driving on the sidewalk by the school", .policeOnly),
        ("MISSING ENDANGERED ADULT, LAST SEEN AT THE LIBRARY", .policeOnly),
        ("resident walked away from the memory care unit at 0600, not located", .policeOnly),
        ("ALARM CO ADV GLASS BREAK AND MOTION, REAR OF STORE", .policeOnly),
        ("caller sobbing, unable to give address, line open", .uncertainty),
        // "STAYING" is "STAY" with an ending, not a typo of "STAGING" (a word of resolution).
        ("FIGHT IN THE STREET / RP STAYING ON LINE", .violence),
        // "R/P" is the reporting party.
        ("UNKNOWN MALE GETTING AGGRESSIVE W/ R/P AT THE COUNTER", .violence),
    ])
    func flagged(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("look-alikes in the same words stay eligible", arguments: [
        "guest fell on the slopes last season, staying in room 12, wants to speak to someone about a complaint",
        "chef sharpening knives at the food truck by the mall ** RP THOUGHT IT ODD ** no further",
        "street racers revving engines in the lot earlier, no accident, just noise",
        "resident walked to the memory care unit's garden, staff with her, all ok",
        "caller calm, gave address, wants info on shelters",
        "raccoon trapped inside the laundromat, manager wants animal control",
        "neighbor's dog bit the caller's dog at the park, owners exchanged info",
        "former patient now calling for help with a med refill",
        "man at the library convinced staff are stealing his thoughts, calm",
        "karaoke next door, caller says they are murdering every song",
        "ex did 2 yrs for dv, today only texting about the kids' schedule",
        "repo company took the caller's car overnight, caller disputes the loan",
    ])
    func eligible(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.isEligible, "\(result.reason)")
    }

    @Test("red flags as protocol notes and second callers give them", arguments: [
        ("OD CALL -- BREATHING? SHALLOW -- CONSC? NO", FlagKind.injury),
        ("Q: CONSC/BREATHING: N/Y / PT ON THE FLOOR OF THE LAUNDROMAT", .injury),
        ("ALERT: UNK, CALLER ON SCENE", .injury),
        ("Q: ARE YOU SAFE TO TALK? A: NO / Q: IS HE THERE? A: YES", .uncertainty),
        ("man yelling for help from the 3rd floor - not seen", .uncertainty),
        ("subj with a machete in the driveway, units staging at the corner", .weapon),
        ("grandpa slipped in the shower and hit his head, awake but confused", .injury),
        ("veteran cleaning his rifle, says he's done", .suicide),
        ("daughter says she has saved up her meds and will take them tonight", .suicide),
        ("man sitting in his car on the train tracks at 5th st", .suicide),
        ("woman standing in the creek up to her chest, saying goodbye to her kids on the phone", .suicide),
        ("ex left a voicemail: tonight you pay", .threat),
        ("TV turned up to cover the screaming next door", .uncertainty),
        ("silent call, caller tapped twice when asked if she needed police", .uncertainty),
        ("6 yo home alone since this morning", .policeOnly),
        ("Missing 8 YO, didn't come home from school", .policeOnly),
        ("man following a young girl home from the bus stop", .policeOnly),
        ("suv driving across the baseball field with kids playing", .policeOnly),
        ("tenants say he is jabbing it at people in the hallway", .weapon),
        ("ALS REQ, LOC X 3 MIN, NOW TALKING", .injury),
        ("neighbor heard muffled screeams from the garage", .uncertainty),
    ])
    func protocolNotes(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("protocol notes whose answers settle it stay eligible", arguments: [
        "CONSC/BREATHING: Y/Y, JUST INTOX, WANTS A RIDE",
        "BREATHING? YES. CONSC? YES. ALERT? YES. SLIPPED ON ICE, NO INJURY, WANTS HELP UP THE STAIRS",
        "kid fell off the monkey bars, awake and talking, no injuries",
        "neighbor's kids missing from the yard for a minute, found playing next door",
        "roommate watching a horror movie, screaming from the tv, caller annoyed",
    ])
    func protocolLookAlikes(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.isEligible, "\(result.reason)")
    }

    @Test("a priority is resolved with the report it ranked; an open line with its call-back", arguments: [
        "[P1] CHILD MISSING FROM THE POOL AREA - FOUND SAFE WITH GRANDMA",
        "P1 - MAN DOWN IN THE PARK - UNIT ADV SUBJ WAS SLEEPING - WOKE UP, NO COMPLAINTS",
        "911 hangup w/ yelling -- callback: dad says the kids were playing with the phone -- all ok",
        "open line, screaming in the background. callback reached the caller: pocket dial at a concert, all ok",
    ])
    func resolvedWithTheirReport(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.isEligible, "\(result.reason)")
    }

    @Test("a priority alone, a call-back with no answer, a number confirmed or an answer cut still stand", arguments: [
        ("[P1] CALLER REPORTS MAN WITH A GUN AT THE GAS STATION", FlagKind.weapon),
        ("P1 - CALLER HYSTERICAL, HUNG UP", .uncertainty),
        ("open line, screaming heard. no answer on callback", .uncertainty),
        ("911 HANGUP / CB# CONFIRMED / UNIT ENRT", .uncertainty),
        ("open line with yelling. callback: caller says kids playing, all o", .uncertainty),
        ("open line, yelling. callback: all ok, but then the caller whispered he is here", .uncertainty),
    ])
    func stillRed(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("red flags answered no in a keyed note are ruled out", arguments: [
        "PHYS? N * WPNS? N * THREATS? N * INJ? N * ETOH? Y * ARGUING OVER THE TV",
        "Q: IS HE VIOLENT A: NOT TONIGHT / Q: WPNS A: NONE IN HOME / ARGUING ABOUT RENT",
        "DV screen: physical-No, weapons-No, threats-No, kids safe-Yes - verbal over money",
        "THREATS MADE? NO ** WEAPONS? N/A ** RP WANTS TO DOCUMENT",
        "25A01 PSYCH / SUICIDAL: NO / VIOLENT: NO / WEAPONS: NO / ALERT: YES",
        "EMD 25A01 psych problem, non-violent, non-suicidal, wants a counselor",
    ])
    func keyedNo(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.isEligible, "\(result.reason)")
    }

    @Test("an answer that is not a keyed no leaves the red flag standing", arguments: [
        ("WEAPONS? YES, A KNIFE IN HIS WAISTBAND", FlagKind.weapon),
        ("man pacing the lot with a knife - not saying what he wants", .weapon),
        ("man with a gun - no one hurt yet", .weapon),
        ("INJURIES: UNK, CALLER SCREAMING", .uncertainty),
    ])
    func keyedNotNo(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("a word made of a known word and a regular ending is not repaired to another word")
    func stemsAreNotTypos() {
        let lexicon = CompiledLexicon.shared
        #expect(lexicon.corrected("STAYING") == "STAYING")
        // A dropped letter is still repaired, also when the misspelt stem is in the lexicon.
        #expect(lexicon.corrected("DISCONECTED") == "DISCONNECTED")
        #expect(lexicon.keepsItsStem("STAYING", repairedTo: "STAGING") == false)
        #expect(lexicon.keepsItsStem("STABING", repairedTo: "STABBING"))
    }

    @Test("R/P reads as RP, and a plus after a number is not a joiner")
    func tokens() {
        let words = NarrativeTokenizer.tokenize("R/P ADV 100+ MPH").filter { $0.kind == .word }.map(\.text)
        #expect(words == ["RP", "ADVISED", "100", "MPH"])
    }
}
