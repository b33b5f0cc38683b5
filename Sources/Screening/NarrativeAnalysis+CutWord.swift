/// Narratives are cut at a fixed field width, often in the middle of a word (issue 13, item 5). A red-flag word
/// cut at the very end ("SUBJ UNCONSC", "MALE BRANDISH") must still flag.
extension NarrativeAnalysis {
    /// Whole English words that begin a longer red-flag word ("NIGHT" is not "NIGHTSTICK", "OVER" not "OVERDOSE"):
    /// a narrative ending in one of them was not cut. Listed from the words that appear, not cut, inside the
    /// project's corpus narratives (an English word list, not a list of answers).
    static let wholeWords: Set<String> = [
        "ABUSE", "ACCESS", "ACCIDENT", "ADULT", "AFTER", "AGAIN", "ANIMAL", "ANSWER", "APPEAR", "ASSAULT", "ASSIST",
        "ATTACK", "BACK", "BALL", "BEAT", "BELT", "BLOCK", "BLOOD", "BODY", "BOTTLE", "BREAK", "BRIDGE", "BROKE",
        "BROTHER", "BURN", "CALL", "CALLER", "CAME", "CAMERA", "CARD", "CASE", "CHAIN", "CHAIR", "CHECK", "CHILD",
        "CLEAVER", "CLUB", "COIN", "COMPLAIN", "CONSCIOUS", "CONTACT", "CONVERTER", "CORNER", "COULD", "CRASH",
        "CROSSBOW", "CURRENT", "CUSTOMER", "CUTTER", "DAMAGE", "DATE", "DIAPER", "DISTRESS", "DOES", "DONATION",
        "DOOR", "DOWN", "DRIVE", "DRIVEWAY", "DROP", "EVERY", "EVICT", "FALL", "FEELING", "FEMALE", "FIGHT", "FIRE",
        "FIREWORK", "FIST", "FLASHLIGHT", "FLAT", "FOOT", "FORCE", "FORMER", "FRIEND", "GARAGE", "GIVE", "GLASS",
        "GOODBYE", "GUNS", "HALL", "HAMMER", "HAND", "HANDFUL", "HANDGUN", "HANDICAP", "HANDLE", "HANG", "HAPPEN",
        "HARM", "HAVE", "HEAD", "HEAR", "HEART", "HEAT", "HERS", "HIGH", "HOLE", "HOME", "HOUR", "HOUSE", "HURT",
        "INJURY", "INTO", "JUMP", "JUVENILE", "KICK", "KILL", "KNIFE", "KNOW", "LANE", "LIGHT", "LIKE", "LINE",
        "LOAD", "LOCK", "LOOK", "MACHETE", "MAIL", "MAKE", "MALE", "MALL", "MEET", "MENTAL", "MISS", "MONTH", "MOVE",
        "NEIGHBOR", "NOISE", "NOTE", "OFFICER", "OPEN", "ORDER", "OTHER", "OVER", "OVERDOSE", "PACKAGE", "PAIN",
        "PARENT", "PARK", "PERSON", "PHYSICAL", "PICK", "PISTOL", "PLAN", "PLATE", "POCKET", "POLE", "PRESS",
        "PRIOR", "PRIVATE", "PROBLEM", "QUICK", "RAIL", "RECORD", "REPORT", "REPORTED", "REQUEST", "RIFLE", "ROAD",
        "SCAM", "SCREAM", "SCREEN", "SEAT", "SEEM", "SELF", "SHAKE", "SHED", "SHOOT", "SHOT", "SIDE", "SIDES",
        "SIGN", "SLASH", "SLEDGEHAMMER", "SLIT", "SNOW", "SOME", "SOMEONE", "SOMETIME", "SPAN", "SPIT", "SPRAY", "STAB",
        "STAND", "STATE", "STICK", "STOLE", "STOP", "STRANGE", "STRANGER", "STRAP", "STUDENT", "STUFF", "SUBJECT",
        "SUICIDAL", "SUPPOSED", "TAKE", "TEEN", "TEENAGE", "TEXT", "THEFT", "THEM", "THEY", "THINK", "THOUGHT",
        "THROW", "TIRE", "TODDLER", "TOOK", "TRAFFIC", "TRASH", "TREE", "TRESPASSER", "TURN", "UNCLE", "UNDER",
        "UNIT", "URGENT", "VEHICLE", "VERBAL", "VIDEO", "VIOLENT", "WALK", "WALL", "WANT", "WEAPON", "WEEK", "WERE",
        "WHAT", "WHEEL", "WINDOW", "WITH", "WOULD", "YEAR", "YOUNG",
        // Thirteenth pass: HOLD is not HOLDUP, SAFE not SAFEWORD, ROLL not ROLLED, CODE not CODEWORD.
        "HOLD", "SAFE", "ROLL", "CODE", "AMPUTATE",
        // Ninth session: "... TAKEN OFF THE TABLE LAST NIGHT" is not cut inside NIGHTGOWN.
        "NIGHT", "TONIGHT", "LAST",
        // Tenth session: a HARP is an instrument, not a cut HARPOON; a SHOP is not SHOPLIFTING; a BATTER (and a
        // "CELL BATTER" cut in its last letter) is not BATTERY.
        "HARP", "SHOP", "BATTER",
    ]

    /// Runs the analysis; if the narrative ends inside a word of at least four letters (three after a governing word such as HAS A or CANT) that is not a whole word
    /// the lexicon knows, and reading it as a longer red-flag word adds a red flag, that reading is kept.
    ///
    /// - Complexity: one extra pass per candidate word (at most 40), only when the narrative ends in an unknown word.
    func runReadingCutWord() -> [Finding] {
        let findings = run()
        guard let cut = cutWordAtEnd() else { return findings }
        let redFlags = findings.filter(\.isRedFlag).count
        for candidate in lexicon.completions(of: cut.word).prefix(40) {
            var reading = self
            reading.lastWordOverride = candidate
            let attempt = reading.run()
            guard attempt.filter(\.isRedFlag).count > redFlags else { continue }
            return attempt.map { finding in
                guard finding.isRedFlag, finding.span.upperBound == cut.range.upperBound else { return finding }
                var marked = finding
                marked.explanation += " (the narrative ends mid-word: '\(cut.word)' read as '\(candidate)')"
                return marked
            }
        }
        return findings
    }

    /// Words after which three cut letters are read as a cut red-flag word ("HAS A KNI", "CANT TAL", "RP HEA").
    static let shortCutGovernors: Set<String> = ["HAS", "HAD", "HAVE", "WITH", "HOLDING", "CARRYING", "CANT", "CANNOT",
                                                 "RP", "RPS", "HIS", "HER", "VACANT", "SLAMMED", "POSS", "POSSIBLE"]

    /// Common three-letter words and CAD abbreviations that end a narrative without being cut.
    static let shortWords: Set<String> = [
        "THE", "AND", "FOR", "ARE", "BUT", "NOT", "YOU", "ALL", "ANY", "CAN", "HAD", "HER", "WAS", "ONE", "OUR", "OUT",
        "DAY", "GET", "HAS", "HIM", "HIS", "HOW", "MAN", "NEW", "NOW", "OLD", "SEE", "TWO", "WAY", "WHO", "BOY", "DID",
        "ITS", "LET", "PUT", "SAY", "SHE", "TOO", "USE", "CAR", "BUS", "DOG", "CAT", "MOM", "DAD", "SON", "BOX", "BAG",
        "BED", "BIG", "RED", "TOP", "SAW", "SET", "RAN", "GOT", "OFF", "YES", "AGO", "AGE", "APT", "BLK", "STS", "ADV",
        "UNK", "VEH", "LOT", "AVE", "HWY", "FWY", "STN", "CTR", "PKG", "RES", "BLD", "MGR", "EMP", "SUS", "ETC", "PER",
        "VIA", "YRS", "MIN", "HRS", "AMB", "NFI", "ATL", "BOL", "UTL", "GOA", "WMA", "BMA", "HMA", "WFA", "BFA", "HFA",
        "TEN", "SIX", "WHY", "TRY", "ASK", "BAD", "END", "FAR", "FEW", "GAS", "JOB", "KEY", "LAW", "MAY", "OWN", "PAY",
        "RUN", "SIT", "SUN", "TOY", "VAN", "WAR", "WET", "YET", "DUE", "EYE", "LEG", "ARM", "HAT", "HOT", "ICE", "LOW",
    ]

    /// CAD abbreviations that begin a red-flag word but are whole as written ("APPR" is "approximately").
    static let abbreviations: Set<String> = ["APPR", "APPX", "APPROX",
                                             // Tenth session: "asking for VA cont" is contact, not a cut CONTUSION;
                                             // "LINE DISC" is disconnected, not a cut DISCLOSED.
                                             "CONT", "DISC"]

    /// Hedges after which even a whole word is read as cut ("POSSIBLE OVER" is "POSSIBLE OVERDOSE").
    static let hedges: Set<String> = ["POSS", "POSSIBLE", "POSSIBLY", "PROBABLE", "SUSPECTED", "LIKELY", "PROB"]

    /// The last word if the narrative ends inside it: no space or punctuation after it, at least four letters,
    /// and not a whole English word (unless it follows a hedge).
    func cutWordAtEnd() -> (word: String, range: Range<Int>)? {
        let tokens = tokens()
        guard let last = tokens.last, last.kind == .word, last.range.upperBound == utf8.count else { return nil }
        let previous = tokens.count >= 2 ? tokens[tokens.count - 2].text : ""
        let word = last.text
        guard word.count >= 3, word.allSatisfy({ $0.isLetter && $0.isASCII }),
              !Self.wholeWords.contains(word) && !Self.abbreviations.contains(word) || Self.hedges.contains(previous)
        else { return nil }
        // Three letters ("HAS A KNI", "CANT TAL") only after a governing word, and only if the three letters are
        // neither a lexicon word nor a common short word.
        if word.count == 3 {
            let before = tokens.count >= 3 ? tokens[tokens.count - 3].text : ""
            let governed = Self.shortCutGovernors.contains(previous)
                || (["A", "AN"].contains(previous) && Self.shortCutGovernors.contains(before))
            if !governed || lexicon.vocabulary.contains(word) || Self.shortWords.contains(word) { return nil }
        }
        return (word, last.range)
    }
}
