/// One pass of the screener over one narrative: tokens → clauses → mentions → findings.
struct NarrativeAnalysis {
    typealias Role = NarrativeLexicon.Role

    /// A matched lexicon phrase within a clause (word indices).
    struct Mention {
        var role: Role
        var start: Int
        var end: Int
    }

    /// A cue's reach over the following words.
    struct Scope {
        enum Kind { case negation(Set<FlagKind>?), uncertainty, history, conditional, fear, hedge, intent, question }
        var kind: Kind
        var cue: String
        var limit: Int
        /// Whether a new subject ("he", "subj") leaves the scope open ("doesn't think he has a gun").
        var spansSubject = false
        /// A negation that has ruled out a noun ("no weapons") reaches only further nouns of its list, never an
        /// act that follows ("NO WPNS SUBJ PUNCHED MOM"): negation is scoped to its clause and to what it negates.
        var negatedNoun = false
        /// Where the cue ends (fear: the words between it and a concept decide whether the concept is only feared).
        var from = 0
    }

    let text: String
    let utf8: [UInt8]
    let lexicon: CompiledLexicon
    /// Replaces the last word (a word cut by the field width, read as the word it may have been).
    var lastWordOverride: String?
    /// The narrative's tokens with the agency's spellings applied, made once: readings of a cut last word
    /// (``runReadingCutWord()``) only replace the last one.
    private let spelledTokens: [NarrativeToken]

    init(text: String, lexicon: CompiledLexicon = .shared, lastWordOverride: String? = nil) {
        self.text = text
        utf8 = Array(text.utf8)
        self.lexicon = lexicon
        self.lastWordOverride = lastWordOverride
        var tokens = NarrativeTokenizer.tokenize(text)
        for index in tokens.indices where tokens[index].kind == .word {
            tokens[index].text = lexicon.spelled(tokens[index].text)
        }
        // A transcript's hesitations are not words of the report: "he's not, uh, breathing" reads "not breathing".
        tokens.removeAll { $0.kind == .word && Self.hesitations.contains($0.text) }
        spelledTokens = tokens
    }

    /// The verbs that end "says he is", "stated she was": what follows is a state reported, not an intent.
    static let stateVerbs: Set<String> = ["IS", "WAS", "WERE"]
    /// Words that make what follows a fear only a possibility ("afraid he MIGHT fall", "worried she'LL overdose",
    /// "scared IF he drinks", "worried ABOUT food poisoning").
    static let modalWords: Set<String> = ["WILL", "WOULD", "MIGHT", "MAY", "COULD", "GONNA", "GOING", "IF", "SHOULD",
                                          "CAN", "LL", "HELL", "SHELL", "THEYLL", "ITLL", "WONT", "WHETHER", "BE", "GET", "GETS",
                                          "ABOUT", "OF"]

    /// Hesitations a speech-to-text transcript keeps ("um", "uh"): dropped before phrases are matched, so that a
    /// phrase told with a pause in it is still read (eighth session). "ER" (the emergency room) and "MM" (a calibre)
    /// are words of a report, not hesitations.
    static let hesitations: Set<String> = ["UM", "UMM", "UMMM", "UH", "UHH", "UHHH", "UHM", "UHMM", "ERM", "HMM", "HMMM"]

    /// The narrative's tokens, with the agency's spellings applied and the last word replaced if asked.
    func tokens() -> [NarrativeToken] {
        var tokens = spelledTokens
        if let lastWordOverride, let last = tokens.indices.last, tokens[last].kind == .word {
            tokens[last].text = lastWordOverride
        }
        return tokens
    }

    /// Words of a sound that an explanation ("it was fireworks") accounts for.
    static let soundWords = ["SHOT", "GUNSHOT", "GUNFIRE", "BANG", "POP", "BOOM", "EXPLOSION", "BLAST"]
    /// Words of a scream that its own explanations ("horror movie", "it was peacocks") account for; fireworks do not
    /// explain a scream (tenth session).
    static let screamWords = ["SCREAM", "SHRIEK"]

    /// Words of a fight named by a noun or a bare verb, which play or practice ("play wrestling", "sparring",
    /// "rugby training") accounts for; an act ("punched him") is never explained this way (tenth session).
    static let fightWords = ["FIGHT", "BRAWL", "SCUFFLE", "WRESTL", "ALTERCATION", "SCRAP", "MELEE"]

    /// What explained a reported sound or scene, wherever the narrative told it: a bang ("it was fireworks"), a
    /// scream ("neighbors were watching a horror movie") or a fight ("kids were play wrestling").
    struct SceneExplanations {
        var bang: String?
        var scream: String?
        var fight: String?
    }

    /// Whether a finding was read from the report of a sound ("shots fired", "heard a bang").
    func reportsASound(_ finding: Finding) -> Bool { names(finding, any: Self.soundWords) }

    /// Whether a finding's trigger, typos repaired, holds one of `words` ("SCREAM" in "SCREAMS HEARD FROM").
    func names(_ finding: Finding, any words: [String]) -> Bool {
        let trigger = correctedText(finding.trigger)
        return words.contains(where: trigger.contains)
    }

    /// The kinds a bang's or a scream's explanation reaches; a fight's never reaches a weapon ("knife fight ...
    /// horseplay").
    static let soundKinds: Set<FlagKind> = [.weapon, .violence, .uncertainty]
    static let fightKinds: Set<FlagKind> = [.violence, .uncertainty]
    /// A finding read from one half of a pair (``NarrativeLexicon/PairedHalf``): its index in the findings and its half.
    typealias PairedFinding = (finding: Int, half: NarrativeLexicon.PairedHalf)

    /// Words that continue a list, so a negation reaches past them ("no weapons or injuries").
    static let listWords: Set<String> = ["AND", "OR", "NOR", "&", "ANY", "OTHER", "AND/OR"]
    /// First words of a concept that describe a present inability ("cant breathe"): they end a history scope.
    static let presentInability: Set<String> = ["CANT", "CANNOT", "COULDNT", "UNABLE"]
    /// Past participles of damage or entry: said of a thing found damaged ("door pried", "lock cut").
    static let damageFound: Set<String> = ["BROKEN", "PRIED", "KEYED", "SMASHED", "SHATTERED", "DAMAGED", "VANDALIZED",
                                           "TAMPERED", "JIMMIED", "BUSTED", "CUT", "SLASHED", "ENTERED", "RANSACKED",
                                           "EGGED", "TAGGED", "SCRATCHED"]
    /// Words that join two items; only these (and commas) can end a cue's reach.
    static let conjunctions: Set<String> = ["AND", "OR", "NOR", "&", "AND/OR"]
    /// Words after a noun that show it ends a list item ("no weapons, injuries reported").
    static let listEnders: Set<String> = ["AND", "OR", "NOR", "SEEN", "REPORTED", "NOTED", "INVOLVED", "OBSERVED",
                                          "MENTIONED", "PRESENT", "VISIBLE", "EITHER", "&"]

    func run() -> [Finding] {
        let tokens = tokens()
        var findings: [Finding] = []
        var ideation: [Finding] = []
        var means: [Finding] = []
        var propertyCrimes: [Int] = []
        var trails: [Int] = []
        var paired: [PairedFinding] = []
        var explained = SceneExplanations()
        var resolutionCues = ResolutionCues()
        var clause: [NarrativeToken] = []
        // Hostile words anywhere ("sharpening a machete .. yelling at people walking past"): a verb of work then
        // leaves no tool eligible (NarrativeAnalysis+ToolAtWork.swift).
        // Clause by clause, so that "AT" reaches a person only in its own clause ("AT MCDONALD'S ** RP THOUGHT IT
        // ODD" is not "at the caller").
        var hostileNarrative = false
        var clauseWords: [String] = []
        for token in tokens {
            if token.kind == .boundary {
                if Self.isHostile(clauseWords) { hostileNarrative = true; break }
                clauseWords.removeAll(keepingCapacity: true)
            } else if token.kind == .word {
                clauseWords.append(token.text)
            }
        }
        if !hostileNarrative { hostileNarrative = Self.isHostile(clauseWords) }
        // Each word's typo repaired once for the whole narrative: the clause analysis and the narrative-wide
        // readings below (keyed answers, crime timing, weapons at rest, a firearm at hand) all read these.
        let corrected = tokens.map { $0.kind == .word ? lexicon.corrected($0.text) : "" }
        let correctedWords = zip(tokens, corrected).filter { $0.0.kind == .word }.map(\.1)
        var clauseCorrected: [String] = []
        for (index, token) in tokens.enumerated() {
            if token.kind == .boundary {
                analyse(clause, corrected: clauseCorrected, into: &findings, ideation: &ideation, means: &means,
                        propertyCrimes: &propertyCrimes, trails: &trails, paired: &paired, explained: &explained,
                        resolutionCues: &resolutionCues, hostileNarrative: hostileNarrative)
                clause.removeAll(keepingCapacity: true)
                clauseCorrected.removeAll(keepingCapacity: true)
            } else {
                clause.append(token)
                clauseCorrected.append(corrected[index])
            }
        }
        analyse(clause, corrected: clauseCorrected, into: &findings, ideation: &ideation, means: &means,
                propertyCrimes: &propertyCrimes, trails: &trails, paired: &paired, explained: &explained,
                resolutionCues: &resolutionCues, hostileNarrative: hostileNarrative)

        // "74 yo missing :: confused :: no phone": a half of a red flag told in two places stands only beside a
        // partner half (eleventh session). A half alone leaves the findings before the resolution reader reads them,
        // so it neither holds up an answer nor is answered, and is shown at the end as no red flag.
        let halvesAlone = separateHalvesAlone(&findings, paired: &paired, trails: &trails, propertyCrimes: &propertyCrimes,
                                              resolutionCues: &resolutionCues, tokens: tokens, words: correctedWords)

        // "someone taking her dog out of the kennel right now": a crime told by an unknown person's act now, when no
        // word of the narrative already raised it (eleventh session).
        // (The trails do not change from here on: one set serves this, the resolution reader and the trails' reading.)
        let trailSet = Set(trails)
        if !findings.indices.contains(where: { findings[$0].kind == .policeOnly && findings[$0].isRedFlag && !trailSet.contains($0) }) {
            findings.append(contentsOf: actsInProgress(tokens: tokens, corrected: corrected))
        }

        // "man with a crossbow - archery club practice": an alarm resolved by what follows it (tenth pass).
        resolveAlarms(resolutionCues, tokens: tokens, findings: &findings, ideation: &ideation, means: &means,
                      trails: trailSet)
        negateKeyedAnswers(tokens: tokens, findings: &findings)
        resolveByCallback(resolutionCues, tokens: tokens, findings: &findings)
        resolvePriority(findings: &findings)

        // "shots heard behind the school ... callback: it was fireworks": the sound is explained wherever it was told.
        // (Nearly every narrative has no explanation: nothing is built for it.)
        func explain(_ explanation: String?, _ words: [String], _ what: String, _ kinds: Set<FlagKind>) {
            guard let explanation else { return }
            for index in findings.indices where findings[index].isRedFlag
                && kinds.contains(findings[index].kind) && names(findings[index], any: words) {
                findings[index].status = .excluded
                findings[index].cue = explanation
                findings[index].explanation = "the \(what) was explained ('\(explanation)')"
            }
        }
        explain(explained.bang, Self.soundWords, "sound", Self.soundKinds)
        explain(explained.scream, Self.screamWords, "sound", Self.soundKinds)
        explain(explained.fight, Self.fightWords, "fight", Self.fightKinds)

        // "shots fired ... 2nd caller: crew using a nail gun": when the report of a sound is resolved as a weapon, the
        // violence or uncertainty read from the same words goes with it (eighth session).
        let resolvedSounds = findings.filter { $0.kind == .weapon && $0.status == .excluded && reportsASound($0) }
        for index in findings.indices where findings[index].isRedFlag && [.violence, .uncertainty].contains(findings[index].kind) {
            guard let sound = resolvedSounds.first(where: { $0.span == findings[index].span }) else { continue }
            findings[index].status = .excluded
            findings[index].cue = sound.cue
            findings[index].explanation = sound.explanation
        }

        // A past theft with no suspect present is a report a responder can take (issue 13, item 4).
        if !propertyCrimes.isEmpty,
           CrimeTiming.assess(correctedWords) == .past {
            for index in propertyCrimes where findings[index].status.isRedFlag {
                findings[index].status = .historical
                findings[index].explanation = "a past theft or damage with no suspect present: a report a community responder can take"
            }
        }

        // "asks about renewing his shotgun certificate, guns in a locked cabinet": a weapon at rest, alone (sixth session).
        resolveWeaponsAtRest(tokens: tokens, correctedWords: correctedWords, findings: &findings, hostile: hostileNarrative,
                             ideation: ideation)

        // A resolution that answered one half of a pair answers the pair ("74 yo missing, confused - found safe").
        for kind in Set(paired.map(\.half.kind)) {
            let group = paired.filter { $0.half.kind == kind }.map(\.finding)
            guard let answer = group.map({ findings[$0] }).first(where: { $0.status == .excluded }) else { continue }
            for index in group where findings[index].isRedFlag {
                findings[index].status = .excluded
                findings[index].cue = answer.cue
                findings[index].explanation = answer.explanation
            }
        }
        // "CONSC? NO", "CONSC/BREATHING: N/Y": keyed answers to the vital questions (seventh session).
        findings.append(contentsOf: vitalAnswers(tokens: tokens, corrected: corrected))

        // Suicidal talk is a red flag only with a plan or means (issue 5: "suicide plan or means").
        let talk = ideation.filter { $0.status == .affirmed || $0.status == .possible }
        if let said = talk.first {
            // A person missing beside the talk is its plan or means unknown ("says he wants to die, now missing"):
            // the missing halves still red after the resolution reader, and those read alone (they were red before
            // they left), unless the narrative answered a report ("... found safe at a friend's").
            let answered = findings.contains { $0.status == .excluded && $0.explanation.hasPrefix(Self.resolvedExplanation) }
            let missingPersons = paired.filter { $0.half == .missingPerson && findings[$0.finding].isRedFlag }
                .map { findings[$0.finding] }
                + (answered ? [] : halvesAlone.filter { $0.half == .missingPerson && $0.finding.status == .excluded }
                    .map(\.finding))
            // A weapon, or an injury (an ingestion, a wound) beside the talk, is a means or an attempt (third pass).
            // A person stepping into traffic beside the talk is a means too (fifth pass).
            // A firearm being cleaned is still at hand ("cleaning his revolver, says he's done": seventh session).
            let planOrMeans = means.filter(\.isRedFlag)
                + findings.filter { ($0.kind == .weapon || $0.kind == .injury) && $0.isRedFlag }
                + findings.filter { $0.kind == .weapon && $0.explanation.hasPrefix(Self.toolAtWorkExplanation) }
                + findings.filter { $0.kind == .policeOnly && $0.isRedFlag && $0.trigger.uppercased().contains("TRAFFIC") }
                + missingPersons
                + [lethalPlace(in: tokens), firearmAtHand(in: tokens, correctedWords: correctedWords)].compactMap { $0 }
            if planOrMeans.isEmpty && lexicon.suicidalTalkIsRedFlag {
                // An agency whose protocol treats any suicidal statement as a red flag (`suicidal_talk: red_flag`).
                findings.append(Finding(kind: .suicide, status: said.status, trigger: said.trigger, span: said.span,
                                        cue: said.cue,
                                        explanation: "suicidal talk ('\(said.trigger)'): a red flag under this agency's protocol"))
            }
            if let mean = planOrMeans.first {
                findings.append(Finding(kind: .suicide, status: .affirmed, trigger: mean.trigger, span: mean.span,
                                        cue: said.trigger,
                                        explanation: "suicidal talk ('\(said.trigger)') with a plan or means ('\(mean.trigger)')"))
            }
        }
        // A description or direction of travel is police-only only beside another red flag (fifth pass).
        if !trails.isEmpty {
            let otherRedFlag = findings.indices.contains { !trailSet.contains($0) && findings[$0].isRedFlag }
            if !otherRedFlag {
                for index in trails where findings[index].isRedFlag {
                    findings[index].status = .excluded
                    findings[index].explanation = "a description or direction of travel with no other red flag is not police-only"
                }
            }
        }
        findings.append(contentsOf: halvesAlone.map(\.finding))
        findings.append(contentsOf: ideation.map { finding in
            var shown = finding
            shown.status = .excluded
            return shown
        })
        return findings.sorted { ($0.span.lowerBound, $0.kind) < ($1.span.lowerBound, $1.kind) }
    }

    /// Takes out of `findings` each paired half (``NarrativeLexicon/PairedHalf``) whose partner no finding tells, and
    /// returns them with their halves, a red one marked as no red flag (`.excluded`); `paired`, `trails`, `propertyCrimes` and the recent-past cues' findings are
    /// renumbered. A condition told as
    /// history ("hx of dementia") is still the person's condition, so it completes its pair; so does an age that puts
    /// a missing person at risk, told in their clause within a dozen words (``TwoPlaceFamilies/ageAtRisk(in:)``). A missing
    /// person whose whereabouts the narrative gives ("texted that she is at a friend's") is no red flag from this
    /// reading (``TwoPlaceFamilies/whereaboutsKnown(in:)``).
    /// - Parameters:
    ///   - tokens: the narrative's tokens; `words`, the repaired words of its word tokens, in order.
    private func separateHalvesAlone(_ findings: inout [Finding],
                                     paired: inout [PairedFinding],
                                     trails: inout [Int], propertyCrimes: inout [Int],
                                     resolutionCues: inout ResolutionCues,
                                     tokens: [NarrativeToken], words: [String]) -> [(finding: Finding, half: NarrativeLexicon.PairedHalf)] {
        guard !paired.isEmpty else { return [] }
        let wordTokens = tokens.filter { $0.kind == .word }
        let whereaboutsKnown = paired.contains { $0.half == .missingPerson } && TwoPlaceFamilies.whereaboutsKnown(in: words)
        let standing = Set(paired.filter { entry in
            let status = findings[entry.finding].status
            return status.isRedFlag || (entry.half.isCondition && status == .historical)
        }.map(\.half))
        // A missing person stands beside what puts them at risk, or beside an age that does, told near them ("74 yo
        // missing", "14 yo did not come home").
        var missingStands: Set<Int> = []
        for entry in paired where entry.half == .missingPerson && findings[entry.finding].isRedFlag && !whereaboutsKnown {
            if standing.contains(.atRisk) {
                missingStands.insert(entry.finding)
                continue
            }
            // Near: in the same clause, within a dozen words ("kid playing w/ phone. brother hasn't been seen" is two
            // people).
            let span = findings[entry.finding].span
            let clauseStart = tokens.last { $0.kind == .boundary && $0.range.upperBound <= span.lowerBound }?.range.upperBound ?? 0
            let clauseEnd = tokens.first { $0.kind == .boundary && $0.range.lowerBound >= span.upperBound }?.range.lowerBound ?? utf8.count
            let at = wordTokens.firstIndex { $0.range.lowerBound >= span.lowerBound } ?? words.count
            let near = (max(0, at - 12)..<min(words.count, at + 12)).filter { index in
                wordTokens[index].range.lowerBound >= clauseStart && wordTokens[index].range.upperBound <= clauseEnd
            }.map { words[$0] }
            guard let age = TwoPlaceFamilies.ageAtRisk(in: near) else { continue }
            missingStands.insert(entry.finding)
            findings[entry.finding].explanation = "a missing person whose age puts them at risk ('\(age)')"
        }
        let alone = paired.filter { entry in
            switch entry.half {
            case .missingPerson: !missingStands.contains(entry.finding)
            case .atRisk: missingStands.isEmpty
            case .diabetic, .diabeticSign: !standing.contains(entry.half.partner)
            }
        }
        guard !alone.isEmpty else { return [] }
        let dropped = Set(alone.map(\.finding))
        var newIndex = [Int?](repeating: nil, count: findings.count)
        var kept: [Finding] = []
        kept.reserveCapacity(findings.count - dropped.count)
        for index in findings.indices where !dropped.contains(index) {
            newIndex[index] = kept.count
            kept.append(findings[index])
        }
        let halves = alone.map { entry in
            var finding = findings[entry.finding]
            if finding.isRedFlag {
                finding.status = .excluded
                finding.explanation = entry.half.alone
            }
            return (finding, entry.half)
        }
        findings = kept
        paired = paired.compactMap { entry in newIndex[entry.finding].map { ($0, entry.half) } }
        trails = trails.compactMap { newIndex[$0] }
        propertyCrimes = propertyCrimes.compactMap { newIndex[$0] }
        for index in resolutionCues.recentPast.indices {
            resolutionCues.recentPast[index].findings = resolutionCues.recentPast[index].findings.compactMap { newIndex[$0] }
        }
        return halves
    }

    /// Priority and response codes as written ahead of a report ("[P1]", "CODE 3", "E1"), spaces and dashes removed.
    static let priorityCodes: Set<String> = ["P1", "PRI1", "PRIORITY1", "PRIORITYONE", "C3", "CODE3", "E1", "EPRI1",
                                             "EPRI", "1033", "1018"]

    /// The priority a call-taker gave a report ranks the report: when a later answer resolved every red flag the
    /// report told, and the priority is all that is left, it is resolved with them ("[P1] MISSING AUTISTIC JUV -
    /// FOUND IN NEIGHBOR'S PLAYHOUSE - SAFE W/ MOM"; seventh session, blind23 as development data). A priority with
    /// nothing resolved beside it still stands (caution by default).
    func resolvePriority(findings: inout [Finding]) {
        func isPriority(_ finding: Finding) -> Bool {
            Self.priorityCodes.contains(finding.trigger.uppercased().filter { $0.isLetter || $0.isNumber })
        }
        let resolved = findings.filter { $0.status == .excluded && $0.explanation.hasPrefix(Self.resolvedExplanation) }
        guard let answer = resolved.first,
              findings.allSatisfy({ !$0.isRedFlag || isPriority($0) }) else { return }
        for index in findings.indices where findings[index].isRedFlag {
            findings[index].status = .excluded
            findings[index].cue = answer.cue
            findings[index].explanation = "\(Self.resolvedExplanation) ('\(answer.cue ?? "")'), and the priority it was given with it"
        }
    }

    /// Firearm words: beside suicidal talk, one at hand is a means however it is told ("cleaning his revolver, says
    /// he's done": a settled phrase for a lawful errand raises no finding of its own).
    static let firearmNames: Set<String> = Set(EverydayUseFamilies.firearms.split(separator: "|").map(String.init))
        .union(["FIREARM", "FIREARMS"])
    /// Words that put a firearm out of reach: before it ("no guns", "without his rifle") or after it ("guns removed").
    static let outOfReachBefore: Set<String> = ["NO", "NOT", "NEVER", "WITHOUT", "DENIES", "NONE", "ANY", "REMOVED", "SOLD"]
    static let outOfReachAfter: Set<String> = ["REMOVED", "LOCKED", "SECURED", "TAKEN", "GONE", "AWAY", "SURRENDERED",
                                               "SOLD", "STORED", "CONFISCATED", "RELINQUISHED"]

    /// A firearm the narrative puts at hand, for the suicide reading only (seventh session).
    /// - Parameter correctedWords: the narrative's words, typos repaired, one per word token.
    func firearmAtHand(in tokens: [NarrativeToken], correctedWords: [String]) -> Finding? {
        let words = tokens.filter { $0.kind == .word }
        for (i, token) in words.enumerated() where Self.firearmNames.contains(correctedWords[i]) {
            let before = correctedWords[max(0, i - 4)..<i]
            let after = correctedWords[(i + 1)..<min(words.count, i + 4)]
            guard !before.contains(where: Self.outOfReachBefore.contains),
                  !after.contains(where: Self.outOfReachAfter.contains) else { continue }
            return Finding(kind: .weapon, status: .affirmed, trigger: slice(token.range), span: token.range, cue: nil,
                           explanation: "a firearm at hand")
        }
        return nil
    }

    /// A lethal place the person is at, climbing or heading for, in one clause: "standing at the cornice edge",
    /// "walked off toward the cliff band", "climbing the elevator leg" (twelfth pass). Read in code rather than as
    /// lexicon phrases, so that it never pre-empts a longer phrase; it counts only beside suicidal talk.
    func lethalPlace(in tokens: [NarrativeToken]) -> Finding? {
        let tokens = tokens.filter { $0.kind != .joiner }
        for (i, token) in tokens.enumerated() where token.kind == .word {
            let word = lexicon.corrected(token.text)
            let isAt = UrgentSceneFamilies.atWords.contains(word)
            guard isAt || UrgentSceneFamilies.movementWords.contains(word) else { continue }
            let places = isAt ? UrgentSceneFamilies.heightPlaceWords : UrgentSceneFamilies.lethalPlaceWords
            var place: NarrativeToken? = UrgentSceneFamilies.climbingWords.contains(word) ? token : nil
            for next in tokens[(i + 1)...].prefix(UrgentSceneFamilies.placeReach + 1) {
                if next.kind == .boundary { break }
                if next.kind == .word, places.contains(lexicon.corrected(next.text)) {
                    place = next
                    break
                }
            }
            guard let place else { continue }
            let span = token.range.lowerBound..<place.range.upperBound
            return Finding(kind: .suicide, status: .affirmed, trigger: slice(span), span: span, cue: nil,
                           explanation: "a lethal place at hand ('\(slice(span))')")
        }
        return nil
    }

    /// A trigger's words as the lexicon reads them, typos repaired ("SHTS FIRED" reads "SHOTS FIRED").
    func correctedText(_ trigger: String) -> String {
        trigger.split(separator: " ").map(correctedWord).joined(separator: " ")
    }

    /// One word of a trigger as the lexicon reads it: normalised, then its typo repaired.
    func correctedWord(_ word: Substring) -> String {
        lexicon.corrected(NarrativeLexicon.normalize(String(word)))
    }

    func slice(_ range: Range<Int>) -> String {
        guard range.lowerBound >= 0, range.upperBound <= utf8.count, !range.isEmpty else { return "" }
        return String(decoding: utf8[range], as: UTF8.self)
    }

    // MARK: Clause analysis

    /// - Parameter corrected: each clause token's word with its typo repaired (empty for punctuation).
    private func analyse(_ clause: [NarrativeToken], corrected: [String], into findings: inout [Finding],
                         ideation: inout [Finding], means: inout [Finding], propertyCrimes: inout [Int],
                         trails: inout [Int], paired: inout [PairedFinding],
                         explained: inout SceneExplanations, resolutionCues: inout ResolutionCues,
                         hostileNarrative: Bool) {
        // Words with the punctuation before each.
        var words: [String] = []
        var ranges: [Range<Int>] = []
        var punctuationBefore: [NarrativeToken.Kind?] = []
        var pending: NarrativeToken.Kind?
        for (index, token) in clause.enumerated() {
            if token.kind == .word {
                words.append(corrected[index])
                ranges.append(token.range)
                punctuationBefore.append(pending)
                pending = nil
            } else if pending != .joiner {
                // "PREM HIST 4 CALLS :: DRIVER SWERVING": a log's entry separator ends the scopes of cues as a
                // comma does (eleventh session).
                pending = token.text == "::" ? .joiner : token.kind
            }
        }
        guard !words.isEmpty else { return }

        // Match phrases; a phrase never spans punctuation.
        var mentions: [Mention] = []
        var runStart = 0
        while runStart < words.count {
            var runEnd = runStart + 1
            while runEnd < words.count && punctuationBefore[runEnd] == nil { runEnd += 1 }
            let run = lexicon.matcher.words(Array(words[runStart..<runEnd]))
            var i = 0
            while i < run.count {
                if let match = lexicon.bestMatch(in: run, from: i) {
                    mentions.append(Mention(role: match.role, start: runStart + i, end: runStart + i + match.length))
                    i += match.length
                } else {
                    i += 1
                }
            }
            runStart = runEnd
        }

        func span(_ m: Mention) -> Range<Int> { ranges[m.start].lowerBound..<ranges[m.end - 1].upperBound }
        /// Two spaces or a spaced dash between words: CAD comment lines joined into one field ("no ride  threatening
        /// suicide", "nothing physical - his brother has a rifle"). It ends a cue's reach like a comma, but a phrase
        /// may still span it (sixth pass).
        func gapBefore(_ position: Int) -> Bool {
            guard position > 0, position < ranges.count else { return false }
            let between = utf8[ranges[position - 1].upperBound..<ranges[position].lowerBound]
            var previous: UInt8 = 0
            var sawSpacedDash = false
            for (offset, byte) in zip(between.indices, between) {
                if byte == 0x20 && previous == 0x20 { return true }
                if byte == 0x2D && previous == 0x20, offset + 1 < between.endIndex, utf8[offset + 1] == 0x20 {
                    sawSpacedDash = true
                }
                previous = byte
            }
            return sawSpacedDash
        }
        func trigger(_ m: Mention) -> String { slice(span(m)) }
        let mentionAt: [Int: Int] = Dictionary(mentions.enumerated().map { ($0.element.start, $0.offset) }, uniquingKeysWith: { a, _ in a })

        func isNounConcept(_ index: Int?) -> Bool {
            guard let index else { return false }
            switch mentions[index].role {
            // A one-word gerund is a list item too ("no pushing or hitting").
            case let .concept(_, noun): return noun || (mentions[index].end - mentions[index].start == 1
                                                        && words[mentions[index].start].hasSuffix("ING"))
            case .suicideMeans, .ideation, .threat: return true
            default: return false
            }
        }
        /// A comma, glued slash or AND/OR continues a cue's reach only into a bare list item.
        func continuesList(at position: Int) -> Bool {
            var p = position
            while p < words.count && Self.listWords.contains(words[p]) && mentionAt[p] == nil { p += 1 }
            guard p < words.count, let index = mentionAt[p] else { return false }
            if case .negation = mentions[index].role { return true }
            guard isNounConcept(index) else { return false }
            let after = mentions[index].end
            return after >= words.count || punctuationBefore[after] != nil || Self.listEnders.contains(words[after])
        }

        var scopes: [Scope] = []
        var clauseFindings: [(mention: Int, findings: [Int])] = []
        /// Words of ordinary work in this clause ("landscaper", "clearing brush"): eleventh pass.
        var workCues: [(cue: String, start: Int, end: Int)] = []
        var previousEnd = 0

        // Theft and damage words are police-only concepts; which findings they made is kept for the timing check.
        var propertyMentions: Set<Int> = []
        for index in mentions.indices where mentions[index].role == .propertyCrime {
            mentions[index].role = .concept([.policeOnly], noun: true)
            propertyMentions.insert(index)
        }
        // Damage or entry told in the passive ("back door pried", "window broken overnight", "lock cut") was found
        // after the fact: like a theft, its timing decides (eleventh pass). An act ("prying the door") is not.
        for index in mentions.indices {
            guard case let .concept(kinds, _) = mentions[index].role, kinds == [.policeOnly],
                  words[mentions[index].start..<mentions[index].end].contains(where: Self.damageFound.contains) else { continue }
            propertyMentions.insert(index)
        }
        var trailMentions: Set<Int> = []
        for index in mentions.indices where mentions[index].role == .trail {
            mentions[index].role = .concept([.policeOnly], noun: false)
            trailMentions.insert(index)
        }
        var pairedMentions: [Int: Set<NarrativeLexicon.PairedHalf>] = [:]
        for index in mentions.indices {
            guard case let .paired(halves) = mentions[index].role else { continue }
            mentions[index].role = .concept(Set(halves.map(\.kind)), noun: false)
            pairedMentions[index] = halves
        }

        for (index, mention) in mentions.enumerated() {
            // Events between the previous mention and this one end scopes.
            var position = previousEnd
            while position <= mention.start && position < words.count {
                let joined = (punctuationBefore[position] == .joiner || gapBefore(position)) && position > 0
                let conjunction = position < mention.start && Self.conjunctions.contains(words[position])
                    && (position == 0 || !Self.conjunctions.contains(words[position - 1]))
                if (joined || conjunction) && !scopes.isEmpty && !continuesList(at: position) {
                    scopes.removeAll { if case .history = $0.kind { return false }; return true }
                    if joined { scopes.removeAll() }
                }
                position += 1
            }
            scopes.removeAll { $0.limit < mention.start }
            previousEnd = mention.end

            let cue = trigger(mention)
            switch mention.role {
            case .breaker where words[mention.start] == "BEFORE" && mention.end == words.count:
                // "he has pushed her before": clause-final BEFORE is history.
                applyAfter(.historical, cue: cue, at: mention, reach: 8, mentions: mentions, index: index,
                           clauseFindings: clauseFindings, findings: &findings, words: words, punctuation: punctuationBefore)
            case .breaker:
                scopes.removeAll()
            case .subject:
                scopes.removeAll {
                    if $0.spansSubject { return false }
                    switch $0.kind {
                    case .negation, .history, .hedge: return true
                    default: return false
                    }
                }
            case let .negation(only):
                scopes.append(Scope(kind: .negation(only), cue: cue, limit: mention.end + 6))
            case .negatedBelief:
                scopes.append(Scope(kind: .negation(nil), cue: cue, limit: mention.end + 6, spansSubject: true))
            case .negationEitherSide:
                // "took 30 tylenol per wife - denies wanting to die": a denial that opens onto its own target
                // is about that target only; it does not reach back to what was told before it (eleventh session).
                if !opensOntoTarget(from: index, chainEnd: mention.end, mentions: mentions, words: words,
                                    punctuation: punctuationBefore) {
                    applyAfter(.negated, cue: cue, at: mention, reach: 4, mentions: mentions, index: index,
                               clauseFindings: clauseFindings, findings: &findings, words: words,
                               punctuation: punctuationBefore)
                }
                scopes.append(Scope(kind: .negation(nil), cue: cue, limit: mention.end + 6))
            case .negationAfter:
                applyAfter(.negated, cue: cue, at: mention, reach: 3, mentions: mentions, index: index,
                           clauseFindings: clauseFindings, findings: &findings, words: words, punctuation: punctuationBefore)
            case let .uncertainty(window):
                scopes.append(Scope(kind: .uncertainty, cue: cue, limit: mention.end + window))
            case .uncertaintyEitherSide:
                applyAfter(.affirmed, cue: cue, at: mention, reach: 2, mentions: mentions, index: index,
                           clauseFindings: clauseFindings, findings: &findings, words: words, punctuation: punctuationBefore,
                           toUncertainty: true)
                scopes.append(Scope(kind: .uncertainty, cue: cue, limit: mention.end + 2))
            case .hedge:
                scopes.append(Scope(kind: .hedge, cue: cue, limit: mention.end + 4))
            case .history:
                resolutionCues.pastOffsets.append(span(mention).lowerBound)
                // "took all her meds - prior hx of weapons at address": a history cue that opens onto its own
                // target ("hx of weapons", "prior gun call") is about that target only; it does not reach back
                // to what was told before it (eleventh pass).
                var chainEnd = mention.end
                for later in mentions[(index + 1)...] {
                    guard case .history = later.role, later.start <= chainEnd + 1 else { break }
                    chainEnd = later.end
                }
                if !opensOntoTarget(from: index, chainEnd: chainEnd, mentions: mentions, words: words,
                                    punctuation: punctuationBefore) && !opensPremiseNote(at: mention, words: words, punctuation: punctuationBefore) {
                    applyAfter(.historical, cue: cue, at: mention, reach: 8, mentions: mentions, index: index,
                               clauseFindings: clauseFindings, findings: &findings, words: words, punctuation: punctuationBefore)
                }
                scopes.append(Scope(kind: .history, cue: cue, limit: mention.end + 8))
            case .historyAfter:
                resolutionCues.pastOffsets.append(span(mention).lowerBound)
                applyAfter(.historical, cue: cue, at: mention, reach: 8, mentions: mentions, index: index,
                           clauseFindings: clauseFindings, findings: &findings, words: words, punctuation: punctuationBefore,
                           acrossComma: true)
            case .conditional:
                scopes.append(Scope(kind: .conditional, cue: cue, limit: mention.end + 8))
            case .fear:
                scopes.append(Scope(kind: .fear, cue: cue, limit: mention.end + 8, from: mention.end))
            case .intent:
                scopes.append(Scope(kind: .intent, cue: cue, limit: mention.end + 3))
            case .question:
                scopes.append(Scope(kind: .question, cue: cue, limit: mention.end + 8))
            case .notSoFar:
                // "worried she might get violent, nothing so far": what was only possible has not happened.
                for entry in clauseFindings {
                    for findingIndex in entry.findings where findings[findingIndex].status == .possible {
                        findings[findingIndex].status = .hypothetical
                        findings[findingIndex].cue = cue
                        findings[findingIndex].explanation = explanation(findings[findingIndex].kind, .hypothetical, cue)
                    }
                }
            case .soundExplained:
                explained.bang = cue
            case .screamExplained:
                explained.scream = cue
            case .fightExplained:
                explained.fight = cue
            case .explained:
                // "came home to an open door, roommate says he left it open": what could not be seen is explained.
                for entry in clauseFindings {
                    for findingIndex in entry.findings
                    where findings[findingIndex].kind == .uncertainty && findings[findingIndex].status.isRedFlag {
                        findings[findingIndex].status = .excluded
                        findings[findingIndex].cue = cue
                        findings[findingIndex].explanation = "explained ('\(cue)'), not an unseen scene"
                    }
                }
            case .harmlessComplement, .ignore:
                break
            case .ordinaryUse:
                workCues.append((cue, mention.start, mention.end))
            case let .resolution(rule):
                let closesItem = mention.end == words.count || punctuationBefore[mention.end] != nil || gapBefore(mention.end)
                var itemStart = mention.start
                while itemStart > 0 && punctuationBefore[itemStart] == nil && !gapBefore(itemStart) { itemStart -= 1 }
                resolutionCues.resolutions.append(ResolutionCue(span: span(mention), cue: cue, rule: rule,
                                                                closesItem: closesItem, itemStart: ranges[itemStart].lowerBound,
                                                                itemWords: mention.end - itemStart))
            case .recentPast:
                resolutionCues.pastOffsets.append(span(mention).lowerBound)
                // "sprained ankle yesterday": history only if a settled present follows (checked on the whole narrative).
                let recent = clauseFindings.filter { mention.start - mentions[$0.mention].end <= 8 && mentions[$0.mention].end <= mention.start }
                    .flatMap(\.findings).filter { findings[$0].isRedFlag }
                if !recent.isEmpty {
                    resolutionCues.recentPast.append(RecentPast(offset: span(mention).lowerBound, cue: cue, findings: recent))
                }
            case .settledNow:
                resolutionCues.settledNow.append(span(mention).lowerBound)
            case .firstReport:
                resolutionCues.firstReports.append(span(mention).upperBound)
            case .harmVerb:
                // "said he would burn the building down": a threat only when intent reaches it.
                if let intent = scopes.last(where: { if case .intent = $0.kind { return true }; return false }) {
                    let (state, by) = status(for: .threat, scopes: scopes)
                    findings.append(Finding(kind: .threat, status: state, trigger: cue, span: span(mention), cue: by ?? intent.cue,
                                            explanation: state.isRedFlag ? "threat: '\(intent.cue) \(cue)'" : explanation(.threat, state, by)))
                    clauseFindings.append((index, [findings.count - 1]))
                }
            case .threat:
                // The complement decides: "threatened to call police" is not a threat of violence.
                let next = mentions[(index + 1)...].first { $0.start <= mention.end + 4 }
                if let next, case .harmlessComplement = next.role {
                    let whole = span(mention).lowerBound..<span(next).upperBound
                    findings.append(Finding(kind: .threat, status: .excluded, trigger: slice(whole),
                                            span: whole, cue: trigger(next),
                                            explanation: "a threat to '\(trigger(next))' is not a threat of violence"))
                    clauseFindings.append((index, [findings.count - 1]))
                } else if let next, next.start <= mention.end + 3, isSuicidal(next.role) {
                    // "threatening to kill himself", "threatening to jump": suicidal talk.
                    ideation.append(Finding(kind: .suicide, status: status(for: .suicide, scopes: scopes).status,
                                            trigger: cue, span: span(mention), cue: nil,
                                            explanation: "suicidal talk without a plan or means is not a red flag by itself"))
                    if case .suicideMeans = next.role {
                        means.append(Finding(kind: .suicide, status: .affirmed, trigger: trigger(next), span: span(next),
                                             cue: nil, explanation: "plan or means"))
                    }
                } else {
                    let (state, by) = status(for: .threat, scopes: scopes)
                    findings.append(Finding(kind: .threat, status: state, trigger: cue, span: span(mention), cue: by,
                                            explanation: explanation(.threat, state, by)))
                    clauseFindings.append((index, [findings.count - 1]))
                    // "threatened to hurt her": the act after TO is the threat, not an injury.
                    if mention.end < words.count && words[mention.end] == "TO" {
                        scopes.append(Scope(kind: .intent, cue: cue, limit: mention.end + 4))
                    }
                }
            case .ideation:
                var (state, by) = status(for: .suicide, scopes: scopes)
                // "if they take his kids he will kill himself": a conditional ultimatum is still suicidal talk (fifth
                // pass); a hypothetical question ("what to do if he becomes suicidal") is not.
                let asked = scopes.contains { if case .question = $0.kind { return true }; return false }
                let conditional = scopes.contains { if case .conditional = $0.kind { return true }; return false }
                if state == .hypothetical && conditional && !asked { state = .possible }
                let shown: FindingStatus = state.isRedFlag ? .excluded : state
                let finding = Finding(kind: .suicide, status: shown, trigger: cue, span: span(mention), cue: by,
                                      explanation: state.isRedFlag ? "suicidal talk without a plan or means is not a red flag by itself"
                                                                   : explanation(.suicide, state, by))
                if state.isRedFlag {
                    ideation.append(Finding(kind: .suicide, status: state, trigger: cue, span: span(mention), cue: by,
                                            explanation: finding.explanation))
                } else {
                    findings.append(finding)
                }
            case .suicideMeans:
                let (state, by) = status(for: .suicide, scopes: scopes)
                means.append(Finding(kind: .suicide, status: state, trigger: cue, span: span(mention), cue: by,
                                     explanation: "plan or means"))
            case .selfHarm:
                let start = mention.start
                let intended = start >= 1 && words[start - 1] == "TO"
                    && !(start >= 2 && ["TRIED", "TRYING", "ATTEMPTED", "ATTEMPTING", "ATTEMPTS"].contains(words[start - 2]))
                let intentScope = scopes.contains { if case .intent = $0.kind { return true }; return false }
                if intended || intentScope {
                    let (state, by) = status(for: .suicide, scopes: scopes)
                    if state.isRedFlag {
                        ideation.append(Finding(kind: .suicide, status: state, trigger: cue, span: span(mention), cue: by,
                                                explanation: "talk of self-harm without a plan or means is not a red flag by itself"))
                    } else {
                        findings.append(Finding(kind: .suicide, status: state, trigger: cue, span: span(mention), cue: by,
                                                explanation: explanation(.suicide, state, by)))
                    }
                } else {
                    fallthrough
                }
            case .attempt:
                let (state, by) = status(for: .suicide, scopes: scopes)
                findings.append(Finding(kind: .suicide, status: state, trigger: cue, span: span(mention), cue: by,
                                        explanation: state.isRedFlag ? "self-harm or a suicide attempt" : explanation(.suicide, state, by)))
                // An attempt or self-harm is also an urgent medical need (issue 13, third pass).
                findings.append(Finding(kind: .injury, status: state, trigger: cue, span: span(mention), cue: by,
                                        explanation: state.isRedFlag ? "self-harm or a suicide attempt needs medical care" : explanation(.injury, state, by)))
                clauseFindings.append((index, [findings.count - 2, findings.count - 1]))
            case .unseenScene:
                let (state, by) = status(for: .uncertainty, scopes: scopes)
                findings.append(Finding(kind: .uncertainty, status: state, trigger: cue, span: span(mention), cue: by,
                                        explanation: state.isRedFlag ? "the caller cannot see the scene, so red flags cannot be ruled out"
                                                                     : explanation(.uncertainty, state, by)))
                clauseFindings.append((index, [findings.count - 1]))
            case .propertyCrime, .trail, .paired:
                break
            case let .concept(kinds, noun):
                var added: [Int] = []
                if !noun {
                    scopes.removeAll { if case .negation = $0.kind { return $0.negatedNoun }; return false }
                }
                if Self.presentInability.contains(words[mention.start]) {
                    // "hx asthma cant catch his breath": a present inability is current, whatever history precedes it.
                    scopes.removeAll { if case .history = $0.kind { return true }; return false }
                }
                if words[mention.start] == "UNARMED" {
                    findings.append(Finding(kind: .weapon, status: .negated, trigger: cue, span: span(mention), cue: cue,
                                            explanation: "'unarmed' rules out weapons"))
                    clauseFindings.append((index, [findings.count - 1]))
                    continue
                }
                let intent = scopes.last { if case .intent = $0.kind { return true }; return false }
                var effective = kinds
                // "says he is just tired, declined EMS": a concept its own negation rules out is not made a threat.
                let negatedItself = kinds.contains { status(for: $0, scopes: scopes).status == .negated }
                // "says he is not breathing", "states she was hit": a report of a state, not an intent (eighth
                // session). "said he was going to" is read by its own GOING TO.
                let reportsAState = intent.map { Self.stateVerbs.contains(String($0.cue.split(separator: " ").last ?? "").uppercased()) } ?? false
                if intent != nil && !negatedItself && !reportsAState {
                    // "wants to fight", "said he would kill her": a threat, not (yet) violence or injury.
                    if !effective.isDisjoint(with: [.violence, .injury]) {
                        effective.subtract([.violence, .injury])
                        effective.insert(.threat)
                    }
                }
                let uncertain = scopes.last { if case .uncertainty = $0.kind { return true }; return false }
                if let uncertain {
                    // "unknown if weapons", "not sure if he has a gun": the red flag cannot be ruled out.
                    let names = effective.sorted().map(\.rawValue).joined(separator: "/")
                    findings.append(Finding(kind: .uncertainty, status: .affirmed, trigger: cue, span: span(mention),
                                            cue: uncertain.cue,
                                            explanation: "'\(uncertain.cue)': \(names) cannot be ruled out"))
                    added.append(findings.count - 1)
                    clauseFindings.append((index, added))
                    continue
                }
                for kind in effective.sorted() {
                    var reaching = scopes
                    if kind == .injury {
                        // "worried she might have a seizure" fears it; "sorry I'm so nervous, my wife is having a
                        // seizure" states it: a medical state is only feared through a modal word (ninth session).
                        reaching.removeAll { scope in
                            guard case .fear = scope.kind else { return false }
                            return !(scope.from..<max(scope.from, mention.start)).contains { $0 < words.count && Self.modalWords.contains(words[$0]) }
                        }
                    }
                    let (state, by) = status(for: kind, scopes: reaching)
                    findings.append(Finding(kind: kind, status: state, trigger: cue, span: span(mention), cue: by,
                                            explanation: explanation(kind, state, by)))
                    added.append(findings.count - 1)
                }
                if propertyMentions.contains(index) { propertyCrimes.append(contentsOf: added) }
                if trailMentions.contains(index) { trails.append(contentsOf: added) }
                if let halves = pairedMentions[index] {
                    for finding in added {
                        for half in halves where half.kind == findings[finding].kind { paired.append((finding, half)) }
                    }
                }
                if noun, added.contains(where: { findings[$0].status == .negated }) {
                    for scopeIndex in scopes.indices {
                        if case .negation = scopes[scopeIndex].kind { scopes[scopeIndex].negatedNoun = true }
                    }
                }
                clauseFindings.append((index, added))
            }
        }
        resolveMistakenIdentity(words: words, mentions: mentions, clauseFindings: clauseFindings, findings: &findings,
                                halves: Set(pairedMentions.keys))
        if !clauseFindings.isEmpty && !hostileNarrative {
            workCues += Self.workVerbCues(in: words)
        }
        if !workCues.isEmpty {
            resolveToolsAtWork(work: workCues, words: words, mentions: mentions, clauseFindings: clauseFindings,
                               findings: &findings)
        }
    }

    /// Words that introduce what the caller reported ("RP ADVISED OPEN LINE WAS A POCKET DIAL").
    static let reportingVerbs: Set<String> = ["SAYS", "SAID", "STATES", "STATED", "ADVISED", "ADVISES", "REPORTS",
                                              "REPORTED", "CONFIRMED", "CONFIRMS", "ADDS", "REALIZED"]
    /// Demonstratives that point back at something already reported ("THE KNIFE WAS A COMB").
    static let definite: Set<String> = ["THE", "THAT", "THIS", "THOSE", "THESE"]
    /// Words that point back at an earlier report of the same call ("EARLIER OPEN LINE WAS A POCKET DIAL").
    static let earlierReport: Set<String> = ["EARLIER", "PREVIOUS", "PREV", "FIRST", "INITIAL", "ORIGINAL"]
    /// Pronouns that take up a hedged sighting ("..., IT'S A CAMERA TRIPOD").
    static let pronouns: Set<String> = ["ITS", "IT", "THEY", "THATS"]
    /// Words after a copula that introduce what the thing really was.
    static let complementStarts: Set<String> = ["A", "AN", "THE", "HIS", "HER", "THEIR", "ABOUT", "JUST", "ONLY"]

    /// The kinds of red flag a narrative can identify as something else (``resolveMistakenIdentity``).
    static let identifiableKinds: Set<FlagKind> = [.weapon, .violence, .uncertainty, .policeOnly, .suicide, .threat]

    /// A red flag the narrative itself identifies as something else is not a red flag (ninth pass, blind9 as
    /// development data): "the knife turned out to be a comb", "the 'pistol' was a vape pen", "open line was a pocket
    /// dial", "what looked like a rifle, it's a camera tripod", "sounds like a fight but it's a TV". Only a thing
    /// referred back to (after THE/THAT, at the start of a clause or after RP ADVISED) or a hedged one ("looked
    /// like", "thought") can be resolved this way, and only when what it turned out to be is not a red flag itself
    /// ("the noise was a gunshot" stays). "A MAN WITH THE KNIFE IS A W/M 30S" is a description, not a resolution.
    /// Halves of a pair (`halves`, mention indices) are no red flag alone, so they never keep a thing from being what
    /// it turned out to be ("hang up was a toddler playing with the phone").
    private func resolveMistakenIdentity(words: [String], mentions: [Mention], clauseFindings: [(mention: Int, findings: [Int])],
                                         findings: inout [Finding], halves: Set<Int>) {
        let kinds = Self.identifiableKinds
        let redFlagStarts = Set(clauseFindings.filter { entry in
            !halves.contains(entry.mention) && entry.findings.contains { findings[$0].isRedFlag } }
            .map { mentions[$0.mention].start })
        /// The position after "WAS A", "IS JUST A", "TURNED OUT TO BE A" starting at `i`, if the words there say so.
        func complementStart(at i: Int) -> Int? {
            var p = i
            if p + 3 < words.count, ["TURNED", "TURNS"].contains(words[p]), words[p + 1] == "OUT", words[p + 2] == "TO",
               words[p + 3] == "BE" {
                p += 4
            } else if p < words.count, ["WAS", "IS", "WERE", "ARE"].contains(words[p]) {
                p += 1
            } else {
                return nil
            }
            while p < words.count, ["ACTUALLY", "REALLY", "JUST", "ONLY", "ALL"].contains(words[p]) { p += 1 }
            guard p < words.count, Self.complementStarts.contains(words[p]) || words[p - 1] == "JUST" else { return nil }
            return p
        }
        func complementIsHarmless(from start: Int) -> Bool {
            !(start..<min(words.count, start + 6)).contains { redFlagStarts.contains($0) }
        }
        for entry in clauseFindings {
            let mention = mentions[entry.mention]
            let red = entry.findings.filter { findings[$0].isRedFlag && kinds.contains(findings[$0].kind) }
            guard !red.isEmpty else { continue }
            var resolvedBy: String?
            // "THE KNIFE WAS A COMB": a thing referred back to, then what it was.
            let before = mention.start > 0 ? words[mention.start - 1] : ""
            let attribute = mention.start >= 2 && ["WITH", "W", "HAS", "HAD", "HOLDING"].contains(words[mention.start - 2])
            // "EARLIER OPEN LINE WAS A POCKET DIAL": an earlier report referred back to (eleventh pass).
            let referredBack = (Self.definite.contains(before) || Self.earlierReport.contains(before)) && !attribute
            if mention.start == 0 || referredBack || Self.reportingVerbs.contains(before),
               let start = complementStart(at: mention.end), complementIsHarmless(from: start) {
                resolvedBy = words[mention.end..<min(words.count, start + 3)].joined(separator: " ")
            }
            // "WHAT LOOKED LIKE A RIFLE, IT'S A CAMERA TRIPOD": a hedged sighting, then what it is.
            if resolvedBy == nil, red.allSatisfy({ findings[$0].status == .possible }), mention.end < words.count - 1,
               let p = words[mention.end..<(words.count - 1)].firstIndex(where: Self.pronouns.contains) {
                // "ITS", "THATS" carry their copula; "IT WAS", "THEY ARE" spell it out.
                let start = words[p] == "ITS" || words[p] == "THATS"
                    ? (Self.complementStarts.contains(words[p + 1]) ? p + 1 : nil)
                    : complementStart(at: p + 1)
                if let start, complementIsHarmless(from: start) {
                    resolvedBy = words[p..<min(words.count, start + 3)].joined(separator: " ")
                }
            }
            guard let resolvedBy else { continue }
            for index in red {
                findings[index].status = .excluded
                findings[index].cue = resolvedBy
                findings[index].explanation = "identified as something else ('\(resolvedBy)')"
            }
        }
    }

    private func isSuicidal(_ role: Role) -> Bool {
        switch role {
        case .ideation, .selfHarm, .attempt, .suicideMeans: true
        // "threatening to hang herself": a plan named by its method (fourth pass).
        // "threatening to kill himself and his wife" is a threat to another as well (fifth pass).
        case let .concept(kinds, _): kinds.contains(.suicide) && !kinds.contains(.threat)
        default: false
        }
    }

    /// Applies a cue that follows its target ("WEAPONS: NEG", "hit her 2 years ago") to the concepts just before it.
    private func applyAfter(_ newStatus: FindingStatus, cue: String, at mention: Mention, reach: Int,
                            mentions: [Mention], index: Int, clauseFindings: [(mention: Int, findings: [Int])],
                            findings: inout [Finding], words: [String], punctuation: [NarrativeToken.Kind?],
                            toUncertainty: Bool = false, acrossComma: Bool = false) {
        var boundary = mention.start
        var first = true
        for entry in clauseFindings.reversed() {
            let target = mentions[entry.mention]
            let gap = boundary - target.end
            if gap < 0 { continue }
            if first && gap > reach { return }
            // Nothing but list words and punctuation may separate list items; no breaker in between.
            for between in mentions where between.start >= target.end && between.end <= boundary {
                if case .breaker = between.role { return }
                // A subject word right after the act or after a determiner is its object ("hit the caller's dad").
                let isObject = between.start == target.end
                    || (between.start > 0 && Self.determiners.contains(words[between.start - 1]))
                if case .subject = between.role, !isObject { return }
            }
            if !first {
                let separators = words[target.end..<boundary]
                if !separators.allSatisfy({ Self.listWords.contains($0) }) { return }
            } else {
                // The cue itself may follow a colon or dash, but not a comma that starts a new item.
                for position in (target.end..<max(target.end, boundary + 0)).dropFirst() where punctuation[position] == .joiner {
                    return
                }
                // A cue that places what comes before it in the past may follow a comma ("assault, 2 years ago");
                // one that opens onto its own matter does not reach back over it ("pulled a knife on the clerk,
                // prior calls for weapons": twelfth pass).
                if boundary < punctuation.count, punctuation[boundary] == .joiner, !acrossComma { return }
            }
            for findingIndex in entry.findings where findings[findingIndex].status.isRedFlag {
                // "yelling for help from upstairs - not seen": what is heard and not seen is the unseen scene
                // itself, not ruled out (seventh session).
                if newStatus == .negated, findings[findingIndex].kind == .uncertainty,
                   cue.uppercased().split(separator: " ").contains(where: { Self.sightWords.contains(String($0)) }) {
                    continue
                }
                if toUncertainty {
                    findings[findingIndex].kind = .uncertainty
                    findings[findingIndex].status = .affirmed
                    findings[findingIndex].cue = cue
                    findings[findingIndex].explanation = "'\(cue)': \(findings[findingIndex].trigger) cannot be ruled out"
                } else {
                    findings[findingIndex].status = newStatus
                    findings[findingIndex].cue = cue
                    findings[findingIndex].explanation = explanation(findings[findingIndex].kind, newStatus, cue)
                }
            }
            boundary = target.start
            first = false
        }
    }

    /// Whether the cue at `index` (its chain of cues ending at `chainEnd`) opens onto its own target: a mention
    /// that can raise a flag, or suicidal talk, within two words after it, with no punctuation in between ("hx of
    /// weapons", "denies wanting to die").
    private func opensOntoTarget(from index: Int, chainEnd: Int, mentions: [Mention], words: [String],
                                 punctuation: [NarrativeToken.Kind?]) -> Bool {
        let cueEnd = mentions[index].end
        guard let next = mentions[(index + 1)...].first(where: { $0.start >= chainEnd }) else { return false }
        return next.start <= chainEnd + 2 && (CompiledLexicon.canRaiseFlag(next.role) || next.role == .ideation)
            && !(cueEnd...next.start).contains { $0 < words.count && punctuation[$0] != nil }
    }

    /// Whether a history cue opens a note about the place or the person after a dash or colon ("assault in
    /// progress at the store - hx of calls at this address", "said he'd come back with his rifle - premise hx: dv
    /// 2019", "flashlight inside - CAD HX: 3 prior noise calls"): such a note is about the address's past, not about
    /// what was told before it, and does not reach back over its dash (thirteenth pass). A time told after a dash
    /// ("hit her - 2 years ago") still does.
    private func opensPremiseNote(at mention: Mention, words: [String], punctuation: [NarrativeToken.Kind?]) -> Bool {
        guard mention.start < words.count, Self.premiseNoteHeads.contains(words[mention.start]) else { return false }
        for position in stride(from: mention.start, through: max(0, mention.start - 2), by: -1) {
            if position < punctuation.count, let mark = punctuation[position] { return mark == .link }
            if position < mention.start, !Self.premiseNoteLeads.contains(words[position]) { return false }
        }
        return false
    }

    /// First words of a history cue that names a record ("HX OF", "PRIOR CALLS", "PREMISE HX").
    static let premiseNoteHeads: Set<String> = ["HX", "HISTORY", "HIST", "PRIOR", "PRIORS", "PREVIOUS", "PREV",
                                                "PREMISE", "PREMISES", "CAD", "PAST", "KNOWN"]
    /// Words that may stand between the dash and such a cue ("- CAD HX", "- LOCATION HISTORY").
    static let premiseNoteLeads: Set<String> = ["CAD", "PREMISE", "PREMISES", "LOCATION", "LOC", "ADDRESS", "ADDR",
                                                "SUBJ", "SUBJECT", "RMS", "AGENCY", "DEPT", "PD", "NOTE", "NOTES"]

    /// Words of sight in a negation cue ("NOT SEEN"): they never rule out what was only heard.
    static let sightWords: Set<String> = ["SEEN", "SEE", "VISIBLE", "OBSERVED", "SIGHTED", "VISUAL"]

    /// Words before a noun that make it an object, not a new subject ("the caller's dad").
    static let determiners: Set<String> = ["THE", "A", "AN", "HIS", "HER", "THEIR", "MY", "OUR"]

    /// The status a concept of `kind` gets from the cues reaching it (most specific first).
    private func status(for kind: FlagKind, scopes: [Scope]) -> (status: FindingStatus, cue: String?) {
        for scope in scopes.reversed() {
            if case .uncertainty = scope.kind { return (.affirmed, scope.cue) }
        }
        for scope in scopes.reversed() {
            if case let .negation(only) = scope.kind, only == nil || only?.contains(kind) == true { return (.negated, scope.cue) }
        }
        for scope in scopes.reversed() {
            if case .history = scope.kind { return (.historical, scope.cue) }
        }
        for scope in scopes.reversed() {
            switch scope.kind {
            case .conditional:
                return [.weapon, .threat].contains(kind) ? (.possible, scope.cue) : (.hypothetical, scope.cue)
            case .question:
                return (.hypothetical, scope.cue)
            case .fear:
                return [.weapon, .violence, .threat].contains(kind) ? (.possible, scope.cue) : (.hypothetical, scope.cue)
            default: continue
            }
        }
        for scope in scopes.reversed() {
            if case .hedge = scope.kind { return (.possible, scope.cue) }
        }
        return (.affirmed, nil)
    }

    private func explanation(_ kind: FlagKind, _ status: FindingStatus, _ cue: String?) -> String {
        let name = kind.hyphenatedName
        let by = cue.map { " ('\($0)')" } ?? ""
        switch status {
        case .affirmed: return cue == nil ? "\(name) mentioned" : "\(name) cannot be ruled out\(by)"
        case .possible: return "possible \(name)\(by)"
        case .negated: return "\(name) ruled out\(by)"
        case .historical: return "\(name) in the past, not a current threat\(by)"
        case .hypothetical: return "\(name) only as a possibility\(by), not a red flag"
        case .excluded: return "not a red flag\(by)"
        }
    }
}
