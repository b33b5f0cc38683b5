import Testing
@testable import Screening

/// Issue 13, thirteenth pass (UrgentSceneFamilies.swift, premise notes in NarrativeAnalysis.swift, ages in
/// NarrativeToken.swift): for each mechanism, a narrative that must keep its red flag and a look-alike in the same
/// words that must not. Narratives written fresh for these tests, not copied from blind14.csv or any other corpus.
@Suite("Thirteenth pass: premise notes, ages written Y/O, scenes told by the act")
struct ThirteenthPassTests {
    /// The rules alone: this suite pins what the rules read (the learned reader, on by default, has its own tests).
    let screener = NarrativeScreener().learned(false)

    static let pairs: [FamilyPair] = [
        FamilyPair(family: "a scuffle", flagged: "two deckhands scuffling by the gangway",
                   kind: .violence, lookAlike: "two deckhands arguing by the gangway about the schedule"),
        FamilyPair(family: "a person slammed into a wall", flagged: "bouncer slammed a patron into the wall by the door",
                   kind: .violence, lookAlike: "bouncer slammed the door by the wall, patron left on his own"),
        FamilyPair(family: "a car rammed into another", flagged: "ex rammed her truck into his car while he stood beside it",
                   kind: .violence, lookAlike: "ex parked her truck beside his car, arguing about the kids"),
        FamilyPair(family: "an ejection", flagged: "pickup rolled on the county road with ejection",
                   kind: .injury, lookAlike: "patron ejected from the bar, refusing to leave the lot"),
        FamilyPair(family: "a cord around the neck", flagged: "roommate has a cord around his neck in the garage",
                   kind: .suicide, lookAlike: "roommate has a lanyard with his keys, locked out of the garage"),
        FamilyPair(family: "pills to not wake up", flagged: "guest texted that he took his pills to not wake up",
                   kind: .suicide, lookAlike: "guest texted that he took his pills and wants a wake up call"),
        FamilyPair(family: "over a safety barrier", flagged: "woman climbed over the safety railing at the overlook",
                   kind: .suicide, lookAlike: "woman taking photos behind the safety railing at the overlook"),
        FamilyPair(family: "coming back to get people", flagged: "fired cook called saying he is coming back to get everyone",
                   kind: .threat, lookAlike: "fired cook called saying he is coming back to get his last check"),
        FamilyPair(family: "a call that went silent", flagged: "friend on facetime went silent after someone kicked the door",
                   kind: .uncertainty, lookAlike: "friend on facetime says her roommate kicked her out, wants shelter info"),
        FamilyPair(family: "a help point with nobody answering", flagged: "blue light phone activated in lot 9, no voice",
                   kind: .uncertainty, lookAlike: "blue light phone in lot 9 is out of order per facilities"),
        FamilyPair(family: "a person overboard", flagged: "man overboard off the ferry near buoy 4",
                   kind: .uncertainty, lookAlike: "man asking the ferry crew about buoy 4 fishing rules"),
        FamilyPair(family: "a young child missing (Y/O)", flagged: "mom says her 6 y/o is missing from the campground",
                   kind: .policeOnly, lookAlike: "mom says her 16 y/o is late from the campground, texted he is fine"),
        FamilyPair(family: "a child left home alone", flagged: "neighbor says kids aged 3 and 5 left home alone since noon",
                   kind: .policeOnly, lookAlike: "neighbor says the kids are home with grandma since noon, music loud"),
        FamilyPair(family: "a resident gone from care", flagged: "memory care unit reports resident eloped through the garden gate",
                   kind: .policeOnly, lookAlike: "memory care unit asks about visiting hours for a resident"),
        FamilyPair(family: "a stranger in the home", flagged: "caller says a stranger walked into her apartment and is in the kitchen",
                   kind: .policeOnly, lookAlike: "caller says a neighbor walked her dog past the apartment, wants the leash law"),
        FamilyPair(family: "people inside after hours", flagged: "custodian sees people inside the closed gym after hours",
                   kind: .policeOnly, lookAlike: "custodian says the gym closed early, people waiting outside for a ride"),
        FamilyPair(family: "property carried off now", flagged: "neighbor sees two men carrying tvs out of the house next door",
                   kind: .policeOnly, lookAlike: "neighbor says tvs were taken from the house next door last month, no suspects"),
        // scenesBySetting and objects jabbed or pointed (blind15 as development data).
        FamilyPair(family: "a syringe jabbed at people", flagged: "subj jabbing a needle at shoppers by the exit",
                   kind: .weapon, lookAlike: "subj left a needle on the bench by the exit, wants sharps pickup"),
        FamilyPair(family: "a limb caught in machinery", flagged: "farmhand's sleeve caught in the pto shaft",
                   kind: .injury, lookAlike: "farmhand says the pto shaft is broken, wants the dealer's number"),
        FamilyPair(family: "pills taken to die", flagged: "roommate says he took his meds to die an hour ago",
                   kind: .suicide, lookAlike: "roommate says he took his meds an hour ago and feels fine, wants a ride"),
        FamilyPair(family: "a child taken against a court order", flagged: "ex grabbed the kids against the court order, driving off now",
                   kind: .policeOnly, lookAlike: "ex is late returning the kids under the court order, wants advice"),
        FamilyPair(family: "a person on the runway", flagged: "person walking onto the runway from the service road",
                   kind: .policeOnly, lookAlike: "person walking on the service road asking where the terminal is"),
        FamilyPair(family: "someone trying doors", flagged: "man trying the back door of the duplex, rp watching",
                   kind: .policeOnly, lookAlike: "man painting the back door of the duplex, rp annoyed by fumes"),
        FamilyPair(family: "a distress call", flagged: "harbor master relays a mayday from a sailboat near the jetty",
                   kind: .uncertainty, lookAlike: "harbor master relays a noise complaint from a sailboat near the jetty"),
        FamilyPair(family: "a caller who can only answer yes or no", flagged: "female caller can only say yes or no",
                   kind: .uncertainty, lookAlike: "female caller says yes the music stopped, no further"),
        FamilyPair(family: "a death foretold", flagged: "ex texted her she will die tonight, he is parked outside",
                   kind: .threat, lookAlike: "ex texted her the dog is sick tonight, he is parked outside"),
        // blind16 as development data.
        FamilyPair(family: "a sharp thing held to the neck", flagged: "rider held a screwdriver to the driver's neck",
                   kind: .weapon, lookAlike: "rider held an ice pack to his neck after bumping it on the door"),
        FamilyPair(family: "straddling a railing", flagged: "fan straddling the railing above the lower deck",
                   kind: .suicide, lookAlike: "fan in a seat by the railing above the lower deck, loud"),
        FamilyPair(family: "pills counted out", flagged: "caller has her pills counted out on the table",
                   kind: .suicide, lookAlike: "caller has her pills sorted in a weekly box, needs a refill ride"),
        FamilyPair(family: "too many pills", flagged: "roommate took too many pills by accident, very drowsy",
                   kind: .injury, lookAlike: "roommate forgot to take her pills, wants a pharmacy ride"),
        FamilyPair(family: "a sound from inside a closed vehicle", flagged: "someone pounding from inside the trunk of a parked sedan",
                   kind: .uncertainty, lookAlike: "someone left a dog inside a parked sedan, windows open, shade"),
        FamilyPair(family: "a child pulled into a vehicle", flagged: "man pulling a child into a gray van at the bus stop",
                   kind: .policeOnly, lookAlike: "man helping a child into a gray van at the bus stop, dad with them"),
        FamilyPair(family: "a threat to cut a person", flagged: "customer threatening to cut the vendor over change",
                   kind: .threat, lookAlike: "customer says the vendor cut in line ahead of him, wants a manager"),
        // blind17 as development data.
        FamilyPair(family: "a threat to hunt someone down", flagged: "man yelling he will hunt down the landlord tonight",
                   kind: .threat, lookAlike: "man yelling he will track down the landlord's phone number"),
        FamilyPair(family: "a limb cut off", flagged: "worker at the mill amputated two fingers on the bandsaw",
                   kind: .injury, lookAlike: "worker at the mill asks about the bandsaw guard rules"),
        FamilyPair(family: "someone hiding at night", flagged: "rp sees someone hiding behind the shed at 0300",
                   kind: .policeOnly, lookAlike: "rp says the kids are playing hide and seek behind the shed"),
        FamilyPair(family: "a plan named", flagged: "counselor says student has a plan to jump from the parking deck",
                   kind: .suicide, lookAlike: "counselor says student has a plan to transfer schools next term"),
        FamilyPair(family: "a note asking for help", flagged: "cashier says a woman passed a note asking for help, man waiting outside",
                   kind: .uncertainty, lookAlike: "cashier says a woman left a note asking for her lost dog, posted it"),
        FamilyPair(family: "a young child who did not get off the bus", flagged: "mom says her 7 yr old didnt get off the school bus",
                   kind: .policeOnly, lookAlike: "mom says her 7 yr old got off the school bus and is home safe"),
    ]

    @Test("each act or scene is flagged and its look-alike is not", arguments: pairs)
    func pair(_ pair: FamilyPair) {
        pair.expectHolds(with: screener)
    }

    @Test("a premise note after a dash is about the address, not about what came before it")
    func premiseNote() {
        let assault = screener.screen("assault in progress at the bus shelter - hx of calls at this address")
        #expect(assault.flagKinds.contains(.violence), "\(assault.reason)")
        let flashlight = screener.screen("rp sees a flashlight inside the closed bakery - CAD HX: 2 prior alarm calls")
        #expect(flashlight.flagKinds.contains(.policeOnly), "\(flashlight.reason)")
        // A time told after a dash still places what came before it in the past.
        #expect(screener.screen("rp says her brother hit her - 2 years ago, wants advice on a protective order").isEligible)
        // The note itself stays history.
        #expect(screener.screen("loud music at the duplex - premise hx: dv 2019").isEligible)
    }

    @Test("an age written Y/O is one word, glued or not")
    func ageWithSlash() {
        let words = NarrativeTokenizer.tokenize("4 y/o and 6Y/O w/o shoes").filter { $0.kind == .word }.map(\.text)
        #expect(words == ["4", "YO", "AND", "CHILD", "WITHOUT", "SHOES"])
        // A slash between other words is still a joiner.
        let joined: [NarrativeToken.Kind] = NarrativeTokenizer.tokenize("wpns/inj").map(\.kind)
        #expect(joined == [.word, .joiner, .word])
    }

    @Test("suicidal talk on or at a height is a red flag; on water or a road it needs more")
    func atAHeight() {
        let cliff = screener.screen("mate on the cliff at the point saying goodbye to everyone")
        #expect(cliff.flagKinds.contains(.suicide), "\(cliff.reason)")
        // Talk denied, or a place people stand on for any reason, is not a means.
        #expect(screener.screen("teens on the frozen lake throwing snowballs, loud").isEligible)
    }

    @Test("a missing child found answers the report")
    func childFound() {
        #expect(screener.screen("mom reported her 8 y/o missing - child found at the neighbor's house").isEligible)
        let stands = screener.screen("mom reported her 8 y/o missing - still looking at the park")
        #expect(stands.flagKinds.contains(.policeOnly), "\(stands.reason)")
    }

    @Test("a weapon found and made safe, or used lawfully, is not a weapon shown; a weapon turned on a person still is")
    func lawfulArms() {
        #expect(screener.screen("jogger found a revolver in the ditch, bagged it and put it in his trunk, wants pickup").isEligible)
        #expect(screener.screen("hunters with rifles crossing the back forty, elk season, have permission").isEligible)
        #expect(screener.screen("neighbors shooting at the gun range off route 6 all afternoon").isEligible)
        #expect(screener.screen("traveler declaring a firearm at the check-in desk, asks the rules").isEligible)
        let pointed = screener.screen("man pointing a rifle at the neighbors on his own land")
        #expect(pointed.flagKinds.contains(.weapon), "\(pointed.reason)")
        let sharpening = screener.screen("son sharpening a machete and staring at his mother, talking about demons")
        #expect(!sharpening.isEligible, "\(sharpening.reason)")
    }

    @Test("phrases that borrow danger words: a beat number, a heart attack given, non urgent, a wish not to wake up")
    func borrowedWords() {
        #expect(screener.screen("BEAT 4 / RP STS TEENS SKATING BEHIND THE STORE").isEligible)
        #expect(screener.screen("hail beat the crops flat, farmer asking about county relief").isEligible)
        #expect(screener.screen("the dog about gave her a heart attack barking at the fence").isEligible)
        #expect(screener.screen("dad had a stroke last year, needs help with his meds, non urgent").isEligible)
        #expect(screener.screen("caller says she sometimes wishes she wouldn't wake up, no plan, wants to talk").isEligible)
        // A person who will not wake up is still unresponsive.
        let unresponsive = screener.screen("husband won't wake up, snoring sounds")
        #expect(unresponsive.flagKinds.contains(.injury), "\(unresponsive.reason)")
        // A child reunited answers the report.
        #expect(screener.screen("6 y/o separated from parents at the fair, reunited at the gate").isEligible)
    }

    @Test("one dropped letter is repaired to a red-flag word, and only to one; common words stay as written")
    func droppedLetter() {
        let lexicon = CompiledLexicon.shared
        #expect(lexicon.corrected("PILS") == "PILLS")
        #expect(lexicon.corrected("SCREAMNG") == "SCREAMING")
        #expect(lexicon.corrected("UNCONSCOUS") == "UNCONSCIOUS")
        // The first letter is never the missing one, and words the blocklist names stay.
        #expect(lexicon.corrected("ILLS") == "ILLS")
        #expect(lexicon.corrected("REAR") == "REAR")
        let pills = screener.screen("caller says sister took a bottle of pils, very drowsy")
        #expect(!pills.isEligible, "\(pills.reason)")
    }

    @Test("a sound explained is recognised when its alarm was misspelt")
    func misspeltSoundExplained() {
        #expect(screener.screen("report of shts fired - unit checked, transformer blew, utility notified").isEligible)
        let shots = screener.screen("shts fired behind the school, kids running")
        #expect(shots.flagKinds.contains(.weapon), "\(shots.reason)")
    }

    @Test("answers in the next log entry: not hurt, never threatened; toy guns; 'no threats' still negates what follows")
    func laterAnswers() {
        #expect(screener.screen("ELDERLY MAN FALLEN / HE IS NOT HURT, JUST NEEDS HELP GETTING UP").isEligible)
        #expect(screener.screen("kids shooting nerf guns at each other on the sidewalk").isEligible)
        #expect(screener.screen("ALLOC UNIT 4 .. CALLER ASKS FOR A RIDE TO THE SHELTER").isEligible)
        #expect(screener.screen("caller says her ex keeps calling her job, no threats of violence, wants options").isEligible)
        let hurt = screener.screen("MAN FELL OFF THE LADDER / HE IS HURT, BLEEDING FROM THE HEAD")
        #expect(hurt.flagKinds.contains(.injury), "\(hurt.reason)")
    }

    @Test("blind17's look-alikes: a beat's staff, a tow not needed, a ticket booth, a sound explained, a missing child found")
    func blind17LookAlikes() {
        #expect(screener.screen("teens skating in the lot, loud, beat staff informed, tow not req").isEligible)
        #expect(screener.screen("stray dog under the ferry ticket booth, wants animal control").isEligible)
        #expect(screener.screen("comp heard gunshots at the quarry, foreman says it was a generator backfiring").isEligible)
        #expect(screener.screen("child missing at the fair, found 10 min later at the pony ride with mom").isEligible)
        #expect(screener.screen("dad has guns at home and is getting forgetful, daughter wants advice on removing them").isEligible)
        // A gun case opened and loaded is a weapon; a found child's report stands until found.
        let loading = screener.screen("male in the lobby opened a rifle case and is loading it")
        #expect(loading.flagKinds.contains(.weapon), "\(loading.reason)")
        let missing = screener.screen("child missing at the fair, mom searching by the rides")
        #expect(missing.flagKinds.contains(.policeOnly), "\(missing.reason)")
    }

    @Test("blind18's Englishes and look-alikes: skelped, king hit, a fit, a cutlass, nae; EMS staged is bookkeeping")
    func otherEnglishes() {
        for flagged in ["caller reports her partner skelped the wean", "bloke king hit a young fella outside the pub",
                        "pal took a fit in the pub", "man swinging a cutlass at the vendor", "male on the trestle fixin to jump"] {
            #expect(!screener.screen(flagged).isEligible, "\(flagged)")
        }
        #expect(screener.screen("loud wee group, nae fighting, nae weapons, just daft").isEligible)
        #expect(screener.screen("RP WANTS PARENTING CLASS INFO - EMS STAGED - T3 ENRT").isEligible)
        #expect(screener.screen("kangaroo injured on the roadside, no one hurt").isEligible)
        #expect(screener.screen("neighbor's music is murdering her ears, wants it turned down").isEligible)
        #expect(screener.screen("burglar alarm at the library - employee error per keyholder").isEligible)
        let gurgling = screener.screen("RP HEARS GURGLING ON THE PHONE, NO WORDS - EMS STAGED")
        #expect(!gurgling.isEligible, "\(gurgling.reason)")
    }

    @Test("a patrol beat named by a code is a place; lawful firearm errands and a snow groomer are not red flags")
    func blind19LookAlikes() {
        #expect(NarrativePattern.isCode("H3") && NarrativePattern.isCode("2A14") && !NarrativePattern.isCode("HIM"))
        #expect(screener.screen("BEAT H3 / RP SAYS HER SON IS YELLING ABOUT THE WIFI, NOTHING PHYSICAL").isEligible)
        #expect(screener.screen("caller says snow groomer beeping all night behind the lodge").isEligible)
        #expect(screener.screen("widow asks about storing her late husband's firearms safely, locked in a cabinet").isEligible)
        #expect(screener.screen("caller asks how to legally transfer a handgun to her son").isEligible)
        // A beating stays a beating; a child with a found gun stays a red flag.
        let beating = screener.screen("group beat him in the lot, he is bleeding")
        #expect(!beating.isEligible, "\(beating.reason)")
        let gun = screener.screen("8yo next door found his dads gun and is playing with it in the yard")
        #expect(!gun.isEligible, "\(gun.reason)")
    }
}
