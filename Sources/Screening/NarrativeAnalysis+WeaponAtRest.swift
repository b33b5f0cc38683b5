/// The weapon-at-rest reading (issue 13, sixth session).
///
/// Callers name weapons that nobody holds: "asks about renewing his shotgun certificate, guns in a locked cabinet",
/// "rifle in the trunk, unloaded, is that ok through town", "old revolver in a box, where to turn it in". The phrase
/// tables (``SettledSceneFamilies/restingWeapons``) read the common shapes; this reading covers the rest by the
/// words of rest near the weapon, and only where nothing else in the narrative is alarming:
/// - the weapon is a firearm or its ammunition, and the narrative's only red flag (any other red flag, an injury,
///   a fight, an open line, keeps it),
/// - no suicidal talk (a gun in the closet is a means), no hostile, quarrel or crisis word anywhere, and no word of
///   taking a weapon up ("went and got his shotgun from the closet", "reached for the glovebox"),
/// - a word of rest (locked, unloaded, a safe, a case, a licence, inherited, turn in) stands within a few words
///   of the weapon, in the same clause.
extension NarrativeAnalysis {
    /// Words that say a weapon is stored, cased, licensed or on its way to be given up.
    static let restWords: Set<String> = [
        "LOCKED", "UNLOADED", "CASED", "STORED", "STORAGE", "SAFE", "CABINET", "LOCKBOX", "LOCKER", "CASE", "TRUNK",
        "CLOSET", "SHED", "GLOVEBOX", "ATTIC", "DRAWER", "BOX", "RACK", "REMOVED", "LICENCE", "LICENSE", "LICENSED",
        "PERMIT", "CERTIFICATE", "REGISTERED", "REGISTRATION", "RENEWAL", "RENEWING", "RENEW", "INHERITED", "INHERITING",
        "SURRENDER", "SURRENDERING", "DISPOSE", "DISPOSAL", "AMNESTY", "POLICY", "TRANSFER", "ANTIQUE",
        "COLLECTION", "HEIRLOOM", "MOUNTED", "DISPLAY", "UNLOAD"]

    /// Words of taking a weapon up: with any of them in the narrative a stored weapon is no longer at rest.
    static let takingUpWords: Set<String> = [
        "PULLED", "PULLING", "PULLS", "GRABBED", "GRABBING", "GRABS", "REACHED", "REACHING", "LOADED", "LOADING",
        "BRANDISHED", "DISPLAYED", "SHOWED", "SHOWING", "FLASHED", "FLASHING", "RETRIEVED", "RETRIEVING", "WENT",
        "GET", "GETTING", "GOT", "TOOK", "TAKING", "HOLDING", "CARRYING", "FIRED", "FIRING", "SHOOTING", "AIMED",
        "AIMING", "USE", "USING", "KILL", "HURT", "MISSING", "STOLEN", "GONE", "LOAD", "RACKED", "RACKING",
        "WONT", "REFUSES", "REFUSING", "DROP", "ARGUED", "FOUGHT", "MAKE",
        // Tenth session: rounds striking or flying ("bullets hitting rp's shed") are a weapon in use.
        "HITTING", "STRIKING", "FLYING", "WHIZZING", "POPPING"]

    /// Rooms a person is locked in ("LOCKED IN THE BEDROOM WITH DADS REVOLVER"): LOCKED then tells of the person.
    static let lockedInRooms: Set<String> = ["BEDROOM", "BATHROOM", "ROOM", "HOUSE", "HOME", "OFFICE", "BASEMENT",
                                             "KITCHEN", "APARTMENT", "APT", "UNIT", "GARAGE", "CAR", "BATHROOMS"]

    /// Firearms and their ammunition: the weapons this reading may find at rest (a knife "in the drawer" or "outside
    /// the off-licence" is read by the phrase tables only).
    static let firearmWords: Set<String> = firearmNames.union(["AMMO", "AMMUNITION", "SHELLS", "BULLETS", "ROUNDS"])

    /// Whether a trigger names a firearm or its ammunition.
    static func isFirearm(_ trigger: String) -> Bool {
        trigger.uppercased().split { !$0.isLetter }.contains { firearmWords.contains(String($0)) }
    }

    /// How many words may separate a weapon from a word of rest.
    static let restReach = 6

    /// Marks the narrative's weapons as at rest when it is their only red flag and a word of rest stands near them.
    /// - Parameter correctedWords: the narrative's words, typos repaired, one per word token.
    func resolveWeaponsAtRest(tokens: [NarrativeToken], correctedWords words: [String], findings: inout [Finding],
                              hostile: Bool, ideation: [Finding]) {
        guard !hostile, ideation.isEmpty else { return }
        let red = findings.indices.filter { findings[$0].isRedFlag }
        guard !red.isEmpty, red.allSatisfy({ findings[$0].kind == .weapon }) else { return }
        guard !words.contains(where: Self.takingUpWords.contains) else { return }
        // Clause number of each token, so that a word of rest counts only in its weapon's clause.
        var clause = 0
        var wordClause: [Int] = []
        var wordRanges: [Range<Int>] = []
        for token in tokens {
            if token.kind == .boundary { clause += 1 }
            if token.kind == .word {
                wordClause.append(clause)
                wordRanges.append(token.range)
            }
        }
        var rests: [(cue: String, index: Int)] = []
        for (i, word) in words.enumerated() where Self.restWords.contains(word) {
            if word == "LOCKED", i + 1 < words.count, ["IN", "INSIDE"].contains(words[i + 1]),
               words[(i + 2)..<min(words.count, i + 4)].contains(where: Self.lockedInRooms.contains) { continue }
            // "the rifle from the safe", "out of the case": taken from where it rested.
            if words[max(0, i - 2)..<i].contains(where: { $0 == "FROM" || $0 == "OF" }) { continue }
            rests.append((word, i))
        }
        guard !rests.isEmpty else { return }
        for index in red where Self.isFirearm(findings[index].trigger) {
            let span = findings[index].span
            guard let first = wordRanges.firstIndex(where: { $0.upperBound > span.lowerBound }),
                  let last = wordRanges.lastIndex(where: { $0.lowerBound < span.upperBound }) else { continue }
            // "has a gun out": drawn, not at rest.
            if last + 1 < words.count, words[last + 1] == "OUT" { continue }
            guard let rest = rests.first(where: { rest in
                wordClause[rest.index] == wordClause[first]
                    && (rest.index > last ? rest.index - last <= Self.restReach
                                          : rest.index < first && first - rest.index <= Self.restReach)
            }) else { continue }
            findings[index].status = .excluded
            findings[index].cue = rest.cue
            findings[index].explanation = "a weapon at rest ('\(rest.cue)'), the narrative's only red flag, nobody taking it up"
        }
    }
}
