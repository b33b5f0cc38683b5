/// The tool-at-work reading (issue 13, eleventh pass; `blind11.csv` as development data).
///
/// Public CAD logs are full of cutting and striking tools in ordinary hands: a landscaper with a machete clearing
/// brush, a worker breaking down boxes with a box cutter, a camper carrying an axe to his site. A tool is a weapon
/// when it is turned on a person, not because it is named. So a clause that says what work the tool is doing, or
/// names its holder by a trade (``NarrativeLexicon/Role/ordinaryUse``), leaves the tool eligible, unless
/// - the same clause raises violence, a threat or an injury ("landscaper swinging his machete at the neighbor"),
/// - the weapon is a gun (a firearm has no ordinary work in a narrative; its lawful business is a look-alike of its
///   own: a background check, a gun safe, a licensed range), or
/// - the weapon is not one of the tools below (a sword, brass knuckles).
/// Only the clause holding the work is read: "landscaper clearing brush / another man waving a knife" stays a red
/// flag.
extension NarrativeAnalysis {
    /// Words of tools that do ordinary work: the weapons this reading may leave eligible.
    static let toolWords: [String] = ["KNIFE", "KNIVES", "MACHETE", "AXE", "AX", "HATCHET", "CHAINSAW", "SAW", "HAMMER",
                                      "CROWBAR", "PRYBAR", "BLADE", "CUTTER", "CLEAVER", "SHOVEL", "SPADE", "WRENCH",
                                      "PIPE", "SICKLE", "SCYTHE", "PITCHFORK", "PICKAXE", "MALLET", "SLEDGEHAMMER",
                                      "SLEDGE", "SCREWDRIVER", "BAT", "CLUB", "BOARD", "MAUL", "SHEARS", "PRUNER",
                                      "PRUNERS", "LOPPERS", "TORCH", "NAILGUN",
                                      // Tenth session: fishing gear ("fishing spear at the pier, fishing").
                                      "SPEAR", "GAFF", "HARPOON", "SPEARGUN"]

    /// Words that turn whatever is in the holder's hands on someone ("cook at the door with a cleaver yelling at a
    /// customer"): with any of them in the clause, a tool stays a weapon.
    static let hostileWords: Set<String> = ["WAVING", "WAVED", "SWINGING", "SWUNG", "POINTING", "POINTED", "BRANDISHING",
                                            "CHASING", "CHASED", "CHARGING", "LUNGING", "LUNGED", "THREATENING",
                                            "THREATENED", "YELLING", "SCREAMING", "SHOUTING", "CURSING", "MENACING",
                                            "STALKING", "FOLLOWING", "ANGRY", "IRATE", "AGITATED", "RAGING", "HOLDING",
                                            "AT", "TOWARD", "TOWARDS", "THREATS", "THREAT", "FIRED", "TERMINATED",
                                            "DISGRUNTLED", "EX", "FORMER",
                                            // Sixth session: a tool at hand in a quarrel or a crisis ("keeps picking it
                                            // up while they argue", "talking about demons", "wont drop it").
                                            "ARGUING", "ARGUE", "ARGUED", "ARGUMENT", "FIGHTING", "DROP", "DEMONS", "VOICES",
                                            "PARANOID", "HALLUCINATING", "PSYCHOTIC", "NECK", "THROAT", "DEMANDING",
                                            // Seventh session: a blade sharpened while staring at people passing.
                                            "STARING", "GLARING"]

    /// Whether words turn what is in someone's hands on a person: a hostile word, "AT", "TOWARD" or "HOLDING" only
    /// before a person ("yelling at a customer", "swinging it at him"), not a place ("at the boat launch").
    static func isHostile(_ words: [String]) -> Bool {
        words.indices.contains { i in
            guard hostileWords.contains(words[i]) else { return false }
            // "no threats": a denial, not a threat.
            if i > 0, ["NO", "NOT", "WITHOUT", "NEVER", "DENIES"].contains(words[i - 1]) { return false }
            guard ["AT", "TOWARD", "TOWARDS", "HOLDING"].contains(words[i]) else { return true }
            let next = words[(i + 1)..<min(words.count, i + 3)]
            return next.contains { personWords.contains($0) }
        }
    }

    /// How a tool at its work is explained; the suicide reading finds such tools by it (a means beside suicidal talk).
    static let toolAtWorkExplanation = "a tool at its work"

    /// How many words may separate a tool from the words of its work ("landscaper W/ A MACHETE clearing brush").
    static let workReach = 8

    /// Marks the clause's tool weapons as a tool at work, when words of work stand near them and nothing in the
    /// clause turns them on a person.
    func resolveToolsAtWork(work: [(cue: String, start: Int, end: Int)], words: [String], mentions: [Mention],
                            clauseFindings: [(mention: Int, findings: [Int])], findings: inout [Finding]) {
        let indices = clauseFindings.flatMap(\.findings)
        let harm = indices.contains { index in
            findings[index].isRedFlag && [.violence, .threat, .injury].contains(findings[index].kind)
                && !Self.isTool(findings[index].trigger)
        }
        guard !harm, !Self.isHostile(words) else { return }
        for entry in clauseFindings {
            let tool = mentions[entry.mention]
            // The nearest words of work, before or after the tool.
            // (Never words of the tool's own name: "HUNTING KNIFE" is not a hunt.)
            guard let near = work.first(where: { $0.end <= tool.start ? tool.start - $0.end <= Self.workReach
                                                                      : $0.start >= tool.end && $0.start - tool.end <= Self.workReach })
            else { continue }
            for index in entry.findings where findings[index].isRedFlag && findings[index].kind != .policeOnly
                && Self.isTool(findings[index].trigger) {
                findings[index].status = .excluded
                findings[index].cue = near.cue
                findings[index].explanation = "\(Self.toolAtWorkExplanation) ('\(near.cue)'), not turned on anyone"
            }
        }
    }

    /// Verbs of manual work, in the forms a log writes them ("FIXING", "TO OPEN", "USED TO PRY"): a tool beside one
    /// is doing that work (sixth session; the trades and tasks of `EverydayUseFamilies.tools` name objects, these
    /// name the act, so "fixing her fence", "digging out the snowcat", "prying apart pallets" and "cutting rope" all
    /// read as work without a phrase for each object). Never an act on a person: the words after the verb must name
    /// no person, self or body part (``workTargets``), and the clause's hostile words and harms still keep the tool
    /// a weapon ("cutting himself", "chopping at the door while she hides" stay red flags). Not the words that name
    /// a tool ("HUNTING KNIFE", "FISHING KNIFE") nor the acts of drawing one ("PULLING", "TAKING OUT").
    static let workVerbs: Set<String> = [
        "FIXING", "FIX", "REPAIRING", "REPAIR", "DIGGING", "DIG", "SHOVELING", "SHOVELLING",
        "SHARPENING", "SHARPEN", "CUTTING", "CHOPPING", "CHOP", "SPLITTING", "SPLIT", "CARVING", "CARVE", "WHITTLING",
        "PRYING", "PRY", "OPENING", "UNPACKING", "UNPACK", "UNBOXING", "SKINNING", "SKIN", "GUTTING", "GUT",
        "CLEANING", "FILLETING", "FILETING", "SCALING", "DRESSING", "BUTCHERING", "PROCESSING", "MUCKING", "RAKING",
        "MOWING", "TRIMMING", "TRIM", "PRUNING", "PRUNE", "CLEARING", "PLANTING", "GARDENING", "WEEDING", "SHUCKING",
        "SLICING", "SLICE", "PEELING", "DICING", "HAMMERING", "NAILING", "SAWING", "DRILLING", "SANDING", "PAINTING",
        "ROOFING", "DEMOLISHING", "DEMO", "UNTANGLING", "TYING", "HARVESTING", "FELLING", "BUCKING", "LIMBING",
        "STACKING", "PLOWING", "SCRAPING", "CHIPPING", "INSTALLING", "INSTALL", "ASSEMBLING", "DISMANTLING",
        "REMOVING", "REPLACING", "WORKING", "CHISELING", "CHISELLING", "SHAPING", "HAULING", "LOADING", "UNLOADING",
        "DELIVERING", "RETURNING",
        // The work's own material: "carrying firewood and a hatchet".
        "FIREWOOD", "KINDLING"]

    /// Words after a verb of work that turn it on someone: a person, oneself, a body part.
    static let workTargets: Set<String> = ["HIMSELF", "HERSELF", "THEMSELVES", "MYSELF", "YOURSELF", "SELF", "WRIST",
                                           "WRISTS", "ARM", "ARMS", "THROAT", "NECK", "FACE", "LEG", "LEGS", "SKIN",
                                           "HIM", "HER", "THEM", "ME", "US", "YOU", "SOMEONE", "SOMEBODY", "ANYONE",
                                           "EVERYONE", "DOOR", "DOORS", "WINDOW", "WINDOWS", "LOCK", "LOCKS", "TIRES",
                                           "TIRE", "CAR", "CARS", "VEHICLE", "WINDSHIELD", "GATE", "INTO"]

    /// Verbs of work in a clause's words, as work cues for ``resolveToolsAtWork``: each one not followed, within
    /// three words, by a person, oneself, a body part or a way in ("prying the back door", "cutting the lock").
    static func workVerbCues(in words: [String]) -> [(cue: String, start: Int, end: Int)] {
        words.indices.compactMap { i in
            guard workVerbs.contains(words[i]) else { return nil }
            let after = words[(i + 1)..<min(words.count, i + 4)]
            if after.contains(where: { workTargets.contains($0) || personWords.contains($0) }) { return nil }
            return (words[i], i, i + 1)
        }
    }

    /// People a tool may be turned on ("at a customer", "toward him").
    static let personWords: Set<String> = Set(CautionFamilies.persons.split(separator: "|").map(String.init))
        .union(["PEOPLE", "CUSTOMERS", "KIDS", "NEIGHBORS", "CARS", "TRAFFIC", "OFFICERS", "STAFF"])

    /// Whether a trigger names a working tool and no gun ("W/ A MACHETE", "box cutter"; never "gun").
    static func isTool(_ trigger: String) -> Bool {
        let words = trigger.uppercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        guard !words.contains(where: { $0.contains("GUN") || $0.contains("RIFLE") || $0.contains("PISTOL") }) else { return false }
        return words.contains { word in toolWords.contains(word) || (word.hasSuffix("S") && toolWords.contains(String(word.dropLast()))) }
    }
}
