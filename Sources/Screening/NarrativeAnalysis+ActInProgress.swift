/// A crime told by what an unknown person is doing now, with no crime word: "someone ripping the siding off the vacant
/// house right now", "two males loading scrap off RP's farm onto a trailer now", "boat being taken off RP's lift right
/// now by two males", "there's a guy in my machine shed right now" (issue 13, item 4; eleventh session, blind31 as
/// development data). The phrase lexicon reads theft, burglary and damage by their words (``CrimeTiming`` dates
/// them); here the crime is the act itself, so three things are read together in one clause:
///
/// - an unknown actor ("someone", "a guy", "two males", "unk male", "kids", "a stranger"), or a thing "being taken";
/// - an act of taking, entering or damaging ("taking", "loading", "ripping", "going through", "trying door handles",
///   "knocking down"), or the actor inside the caller's building or vehicle ("in my shed", "inside the barn");
/// - a word that it is happening now ("right now", "now", "currently", "as we speak", "in progress", "still", a
///   caller watching or seeing it), unless the act just happened ("a guy just grabbed a case of beer and ran").
///
/// A person the caller knows (a son, a neighbour, the landlord) is not an unknown actor, an act with a harmless
/// object ("taking pictures", "taking a nap", "taking the trash out") is no crime, and a clause that says the actor is
/// gone or the act was earlier ("gone now", "last night") tells no act now. The finding is police-only and is read before the
/// resolution reader, so a later answer ("it was her son picking up his tools") resolves it.
extension NarrativeAnalysis {
    /// Words for a person the caller does not know: those a crime verb may follow (``CrimeTiming/subjects``), and
    /// strangers and intruders by name.
    static let unknownActors: Set<String> = CrimeTiming.subjects.union(["STRANGER", "STRANGERS", "INTRUDER", "PROWLER",
                                                                        "TRESPASSER", "TRESPASSERS", "WOMEN"])
    /// Acts of taking, entering or damaging, as a log tells them in progress.
    /// (Everyday acts are left out: driving, kicking, digging, backing up, pulling; cutting only with an object that is
    /// not a lawn, a hedge or firewood.)
    static let actsOnProperty: Set<String> = ["TAKING", "TAKE", "STEALING", "LOADING", "RIPPING", "CARRYING", "SIPHONING",
                                              "CUTTING",
                                              "HOOKING", "BREAKING", "PRYING", "SMASHING", "RUMMAGING", "TRYING",
                                              "KNOCKING", "DRAGGING", "HAULING", "REMOVING", "DISMANTLING", "STRIPPING",
                                              "SPRAYING", "TAGGING", "SLASHING", "JIMMYING", "LOOTING", "HIDING"]
    /// Verbs that, after JUST, tell a taking or damage that just happened ("a guy just grabbed a case of beer").
    static let justTook: Set<String> = ["STOLE", "TOOK", "GRABBED", "SNATCHED", "SMASHED", "BROKE", "ROBBED", "KEYED",
                                        "SLASHED", "LOOTED", "SHOPLIFTED", "TAGGED", "SPRAYED", "TOOKE"]
    /// Words between an act and its object ("taking the trash out").
    static let objectLeads: Set<String> = ["A", "AN", "THE", "HIS", "HER", "THEIR", "SOME", "OUT", "UP"]
    /// Words without one of which no clause tells an act now or just done (``nowMarker(_:)``, JUST).
    static let timingWords: Set<String> = ["NOW", "CURRENTLY", "WATCHING", "SEES", "SEEING", "STILL", "PROGRESS", "SPEAK",
                                           "JUST"]
    /// Words of a clause that place the act in the past or over ("was cutting the lock last night, gone now").
    static let overNow: Set<String> = ["GONE", "LEFT", "FLED", "LONGER", "EARLIER", "YESTERDAY", "OVERNIGHT", "AGO"]
    /// Participles after BEING: a thing being taken now ("boat being taken off the lift").
    static let takenNow: Set<String> = ["TAKEN", "STOLEN", "LOADED", "STRIPPED", "BROKEN", "RIPPED", "HAULED", "DRAGGED",
                                        "SMASHED", "VANDALIZED", "REMOVED", "SIPHONED", "CUT"]
    /// Objects that make an act harmless ("taking pictures", "taking a nap", "checking on her").
    static let harmlessObjects: Set<String> = ["PICTURES", "PICS", "PHOTOS", "VIDEO", "NAP", "BREAK", "WALK", "SHELTER",
                                               "MEDS", "MEDICATION", "CARE", "TURNS", "ON", "IN", "UP", "OVER", "SELFIES",
                                               "NOTES", "SMOKE", "LEAK", "SHOWER", "DOG", "DOGS", "KIDS", "TRASH",
                                               "GARBAGE", "RECYCLING", "GROCERIES", "MAIL", "TO", "HOME", "BY", "AROUND",
                                               "GRASS", "LAWN", "HAIR", "HEDGE", "HEDGES", "FIREWOOD", "WOOD", "BRUSH",
                                               "WEEDS", "CAKE", "BACK", "ACROSS", "THROUGH"]
    /// Buildings an unknown person inside of is an intrusion when they are someone's ("in my house", "inside RP's
    /// apartment").
    static let buildings: Set<String> = ["HOUSE", "HOME", "APARTMENT", "APT", "UNIT", "OFFICE", "ROOM", "BEDROOM"]
    /// Outbuildings no one lives in: an unknown person inside is an intrusion whoever's they are ("inside the barn").
    static let outbuildings: Set<String> = ["SHED", "BARN", "GARAGE", "BASEMENT", "ATTIC", "CABIN", "CRIB", "SILO", "COOP",
                                            "OUTBUILDING", "WORKSHOP", "BOATHOUSE", "GRANARY", "STABLE", "HANGAR"]
    /// Actors who are often where they belong ("two small kids in the home"): only their acts are read, not where they
    /// are.
    static let oftenAtHome: Set<String> = ["KIDS", "TEENS", "JUVS", "JUVENILES", "PEOPLE"]
    /// Vehicles an unknown person inside of is an intrusion only when they are someone's ("in my truck"; "a guy in
    /// the red truck" is a description).
    static let vehicles: Set<String> = ["TRUCK", "CAR", "VEHICLE", "VAN", "BOAT", "TRAILER", "CAMPER", "PICKUP"]
    /// Words that say the building or vehicle is the caller's ("my", "RP's"); a person "in his truck" may be its owner.
    static let owners: Set<String> = ["MY", "OUR", "RPS", "CALLERS", "CPS", "COMPS", "COMPLS"]

    /// Police-only findings for crimes told by an unknown person's act now.
    /// - Parameter corrected: each token's word with its typo repaired (empty for punctuation).
    func actsInProgress(tokens: [NarrativeToken], corrected: [String]) -> [Finding] {
        // Most narratives name no unknown actor, or no word of now: nothing is built for them.
        var actor = false, timing = false
        for index in tokens.indices where tokens[index].kind == .word {
            let word = corrected[index]
            if Self.unknownActors.contains(word) || word == "BEING" { actor = true }
            if Self.timingWords.contains(word) { timing = true }
            if actor && timing { break }
        }
        guard actor && timing else { return [] }
        var found: [Finding] = []
        var clause: [Int] = []
        /// Where the trigger starts: the actor, or the thing before BEING ("camper being stolen").
        func start(_ position: Int, _ word: String) -> Int { word == "BEING" && position > 0 ? position - 1 : position }
        func read() {
            defer { clause.removeAll(keepingCapacity: true) }
            let words = clause.map { corrected[$0] }
            let now = words.contains(where: Self.overNow.contains) ? nil : nowMarker(words)
            for (position, word) in words.enumerated() {
                var end: Int?
                if Self.unknownActors.contains(word) {
                    // "someone (is) taking ...", "two males loading ...": the act within the next three words.
                    for step in 1...3 where position + step < words.count {
                        let act = words[position + step]
                        // "a guy just grabbed a case of beer and ran out": an act that just happened.
                        if act == "JUST", position + step + 1 < words.count, Self.justTook.contains(words[position + step + 1]) {
                            end = position + step + 1
                            break
                        }
                        if Self.actsOnProperty.contains(act) {
                            // "taking a nap", "taking the trash out": the object after any article or possessive.
                            var at = position + step + 1
                            while at < words.count, Self.objectLeads.contains(words[at]) { at += 1 }
                            let object = at < words.count ? words[at] : ""
                            let belongs = act == "HIDING" && Self.oftenAtHome.contains(word)
                            if !Self.harmlessObjects.contains(object) && !belongs { end = position + step }
                            break
                        }
                        // "a guy in my machine shed", "male inside caller's barn".
                        if act == "IN" || act == "INSIDE" {
                            let rest = words[(position + step + 1)..<min(words.count, position + step + 4)]
                            if !Self.oftenAtHome.contains(word), let first = rest.first,
                               Self.owners.contains(first) || ["THE", "HER", "HIS", "THEIR"].contains(first),
                               let place = rest.firstIndex(where: { Self.outbuildings.contains($0)
                                   || (Self.owners.contains(first) && (Self.buildings.contains($0) || Self.vehicles.contains($0))) }) {
                                end = place
                            }
                            break
                        }
                        guard ["IS", "ARE", "NOW", "STILL", "CURRENTLY", "A", "AN", "THE", "UNK",
                               "UNKNOWN", "2", "TWO", "3", "THREE", "SOME", "OF"].contains(act) else { break }
                    }
                } else if word == "BEING", position + 1 < words.count, Self.takenNow.contains(words[position + 1]) {
                    end = position + 1
                }
                guard let end else { continue }
                // Only an act that just happened ("just grabbed") needs no word of now.
                let justHappened = words[start(position, word)...end].contains("JUST")
                guard let when = now ?? (justHappened ? "JUST" : nil) else { continue }
                let span = tokens[clause[start(position, word)]].range.lowerBound..<tokens[clause[end]].range.upperBound
                let trigger = slice(span)
                found.append(Finding(kind: .policeOnly, status: .affirmed, trigger: trigger, span: span, cue: when,
                                     explanation: "an unknown person's act now ('\(trigger)', '\(when)'): a crime in progress"))
                return
            }
        }
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .word: clause.append(index)
            case .boundary: read()
            case .joiner, .link: continue
            }
        }
        read()
        return found
    }

    /// The words telling that the act is happening now, if the clause has them.
    private func nowMarker(_ words: [String]) -> String? {
        for (index, word) in words.enumerated() {
            switch word {
            case "NOW", "CURRENTLY": return index > 0 && words[index - 1] == "RIGHT" ? "RIGHT NOW" : word
            // "caller watching a guy take plates off a car", "RP sees two males loading ...": seen as it happens.
            case "WATCHING", "SEES", "SEEING", "STILL": return word
            case "PROGRESS" where index > 0 && words[index - 1] == "IN": return "IN PROGRESS"
            case "SPEAK" where index > 1 && words[index - 1] == "WE" && words[index - 2] == "AS": return "AS WE SPEAK"
            default: continue
            }
        }
        return nil
    }
}
