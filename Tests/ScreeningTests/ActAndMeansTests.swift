import Testing
@testable import Screening

/// The tenth session's readings of red flags told by the act, the object or the place (`ActAndMeansFamilies`),
/// screams explained by their source, and the look-alikes read once blind27 was opened. Narratives written fresh for
/// these tests.
@Suite("Acts and means: red flags told without a red-flag word")
struct ActAndMeansTests {
    /// The rules alone: the learned reader has its own tests.
    let screener = NarrativeScreener().learned(false)

    @Test("each act, object or place raises its kind", arguments: [
        // Suicide: a height, a ligature, means prepared, an attempt.
        ("woman on the ledge of the hospital parking structure", FlagKind.suicide),
        ("PAX CLIMBED OVER THE GUARDRAIL ON THE RIVER BRIDGE", .suicide),
        ("teen sitting on the 6th floor balcony railing", .suicide),
        ("man on platform 2 says he will step in front of the next train", .suicide),
        ("caller says her brother is on the phone saying he is about to pull the trigger", .suicide),
        ("INMATE TYING A SHEET TO THE BUNK, THEN AROUND NECK", .suicide),
        ("roommate slashed her wrists in the bathroom", .suicide),
        ("dad wrote goodbye letters to each of us and put his affairs in order", .suicide),
        ("sister is in the bathtub with the hair dryer plugged in", .suicide),
        // Weapon: uncommon objects and slang.
        ("deckhand waving a boat hook at the passengers", .weapon),
        ("visitor grabbed a scalpel off the tray in bay 4", .weapon),
        ("subj swinging a pool cue at people outside the bar", .weapon),
        ("guy in the lot with a shotty", .weapon),
        ("juv showed classmates a 9 in his waistband", .weapon),
        ("neighbor firing into the air from his porch", .weapon),
        // Violence by the act.
        ("customer swung a fist at the cashier", .violence),
        ("bouncer kneeing a patron on the ground", .violence),
        ("two blokes are scrapping out front of the pub", .violence),
        ("he held her under the water in the pool", .violence),
        ("ex rammed her car on purpose in the school lot", .violence),
        // Threats by the harm promised.
        ("ex texted that he is coming over to finish it", .threat),
        ("tenant told the manager he'll be dead by friday", .threat),
        ("fired worker said he'd take people with him", .threat),
        ("bf said he would snap the dogs neck", .threat),
        // Police-only scenes by the act.
        ("unknown woman took a toddler from the playground, heading north", .policeOnly),
        ("caller says her ex took their son in violation of the custody order", .policeOnly),
        ("5 yo lost at the mall, last seen 10 min ago", .policeOnly),
        ("two kids left in a car outside the casino", .policeOnly),
        ("neighbor kid says his stepdad locks him in the basement", .policeOnly),
        ("male holding a phone camera over the locker room stall", .policeOnly),
        ("someone setting fire to the dumpster behind the school", .policeOnly),
        ("pickup all over the road on hwy 9, nearly hit a cyclist", .policeOnly),
        // Medical situations.
        ("farmhand trapped under the tractor", .injury),
        ("worker engulfed in grain in bin 3", .injury),
        ("kid went through the ice on the pond", .injury),
        ("man in the tent has not moved for hours", .injury),
        ("roofer confused, skin hot and dry, not sweating", .injury),
        ("chemical splashed into his eyes at the plant", .injury),
        ("friend mixed pills with vodka", .injury),
        ("son is diabetic, sugar is 41", .injury),
        // Uncertainty: cannot speak freely, a call that ends in distress, screams unseen.
        ("text to 911: he is outside my door", .uncertainty),
        ("caller speaking in code, asked for a pizza", .uncertainty),
        ("female crying on the line, then click", .uncertainty),
        ("rp hears a woman screaming next door for ten minutes", .uncertainty),
        ("screams and a thud from the apartment upstairs", .uncertainty),
        // Read from blind27 once it was opened as development data (short public-log remarks).
        ("hands on between roommates in the lobby", .violence),
        ("male throwing dishes at fem in the kitchen", .violence),
        ("guy socked the bouncer and left nb", .violence),
        ("subj beating his cat and his girlfriend on the porch", .violence),
        ("EX TOLD HER HE WILL BLOW HER HEAD OFF", .threat),
        ("CUSTOMER SAID HE'LL SMASH THE CLERKS SKULL IN", .threat),
        ("MALE FLASHED A PIECE AT THE CASHIER", .weapon),
        ("neighbor target shooting toward the houses on elm", .weapon),
        ("bullets hitting the shed from the woods", .weapon),
        ("resident missing from the nursing home since lunch", .policeOnly),
        ("driver drinking from a bottle, weaving on hwy 12", .policeOnly),
        ("prowler in the backyard right now", .policeOnly),
        ("ALS REQUESTED FOR 80YOF AT THE SENIOR CENTER", .injury),
        ("found grandpa cold and stiff in his chair", .injury),
        ("teen down on the ground shaking at the skate park", .injury),
        ("caller crying, not answering questions", .uncertainty),
        // What the look-alikes must not swallow: a real fight at a game, a BB gun shot at cars, breathing but
        // unresponsive.
        ("fight broke out at the wrestling match, one man bleeding", .injury),
        ("brawl after the football game in the parking lot", .violence),
        ("juvs shooting a bb gun at cars from behind the fence", .weapon),
        ("UNRESPONSIVE MALE NOT BREATHING ** 2ND CALLER SAYS HE IS BREATHING", .injury),
        // Vowel-dropped shorthand.
        ("M/50S ON SIDEWALK NOT BRTHNG", .injury),
        ("FEM UNRESPNSV IN VEH AT PUMP 4", .injury),
    ])
    func flagged(_ narrative: String, kind: FlagKind) {
        let result = screener.screen(narrative)
        #expect(result.flagKinds.contains(kind), "\(result.reason)")
    }

    @Test("vowel-dropped shorthand is read as the word it stands for; English words with one vowel are not", arguments: [
        ("UNRSPNSV", "UNRESPONSIVE"), ("UNRESPNSV", "UNRESPONSIVE"), ("THRTNG", "THREATENING"), ("UNCNSCS", "UNCONSCIOUS"),
        ("KNIGHT", "KNIGHT"), ("STRENGTH", "STRENGTH"), ("BLDG", "BLDG"),
    ])
    func skeleton(_ word: String, reads expected: String) {
        #expect(CompiledLexicon.shared.corrected(word) == expected)
    }

    @Test("look-alikes in the same words stay eligible", arguments: [
        // Tools at work, toys, and a car that has not moved.
        "fisherman swinging a gaff on the wharf, landing a tuna",
        "child with a toy harpoon at the marina, looks real to caller",
        "neighbor says the car on our street hasn't moved in days, owner is away",
        "guys scrapping metal behind the old mill, owner gave permission",
        "man waving a sign at cars by the off ramp",
        // A teenager late from school who texted where she is.
        "mom says 16yo daughter not home from school yet, texted she is at practice",
        // Screams explained by their source, wherever the log tells it.
        "screaming from apt 4 // mgr knocked, tenant was yelling at a video game, alone and fine",
        "screams from the haunted house attraction on elm, rp wants the hours checked",
        "horror movie night, blood-curdling screams from the rec center, caller laughs it off",
        "screaming from the barn on county rd 8, owner says it was peacocks",
        // Read from blind27: the caller's own movement, lawful shooting, machines, music, the road, old wounds, and
        // everyday words a typo repair must leave alone.
        "RP ON CELL WALKING NB, REPORTS STREETLIGHT OUT",
        "neighbor shooting at targets on his land, backstop, away from the road",
        "rancher shooting coyotes on his property",
        "student with a fencing sword walking to practice",
        "loud generator running at the apartments all night",
        "party in the lot, bass thumping, 40 cars",
        "pothole on main st damaging tires",
        "old gunshot wound, wants a ride to his follow-up appointment",
        "process server requests standby while serving papers",
        "shopping carts dumped in the creek behind the store",
        "lost child found at guest services with an usher",
        "man fixing his fence with a hammer, neighbor nervous",
        "guy with a fishing spear on the pier, fishing",
        "caller needs a ride to the pawn shop",
        // Play and practice explain a fight wherever the log tells them; a range explains the shots heard from it.
        "FIGHT IN FRONT OF THE SCHOOL // CALLER NOW SAYS KIDS WERE PLAY WRESTLING, ALL LAUGHING",
        "kids roughhousing on the trampoline, neighbor thought it was a fight",
        "two men fighting in the lot, update: sparring with gloves, referee present",
        "reported fight on the field, 2nd caller: rugby training, no one hurt",
        "caller reports shots from the gun range on county rd, normal hours",
        "roofers on the roof of the school, caller unsure",
        "kids shooting nerf guns at each other in the cul-de-sac",
        "blood on the porch, neighbor says spilled paint, showed the can",
        "PERSON NOT BREATHING ** 2ND CALLER SAYS PT BREATHING, WAS ASLEEP",
        "subj swearing at cars, not throwing anything. lang line disc",
        "FIGHT AT THE SCHOOL, THEY WERE PLAY WRESTLING",
        "man bleeding at the bus stop it is paint on his clothes, he is a painter",
        "guy in a knight costume with a foam sword at the faire, it's foam",
    ])
    func eligible(_ narrative: String) {
        let result = screener.screen(narrative)
        #expect(result.isEligible, "\(result.reason)")
    }
}
