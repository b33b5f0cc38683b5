/// The resolution reader (issue 13, tenth pass; `blind10.csv` as development data).
///
/// A CAD narrative often keeps the first report and then, after a separator, what the unit or a call-back found:
/// "man bleeding - fake blood, haunted house actor", "guys brawling - K9 1: roller derby practice, all good",
/// "PANIC ALARM - CB: GRANDSON PUSHED IT, CODE WORD GIVEN, ALL OK". The same shape carries real danger just as
/// often ("SHOTS FIRED - MALE RUNNING NB", "FIGHT - ONE PARTY BLEEDING"), so the separator alone never resolves
/// anything. An alarm is resolved only when
/// - the answer after the separator says so in words of resolution (``TenthPassFamilies/resolutions``: all ok,
///   unfounded, clarified, practice, fake, it was a ..., accidental, no crash, a plastic knife ...; CONFIRMS, FINE
///   or OK only when they close an explanation given before them: "raccoon in the trash cans, confirmed"), and
///   only for the kinds those words can resolve ("declines EMS" an injury, "yelling only" a fight named as such),
/// - the answer itself raises no red flag ("FIGHT - ALL OK BUT ONE BLEEDING" stays) and tells no other or past
///   matter ("prior call here was unfounded"), and was not cut by the field width,
/// - the alarm is the nearest segment before the answer in the same clause: never a red flag elsewhere in the
///   narrative, nor one told after the answer.
///
/// Separators are a colon or a spaced dash (`link` tokens; a colon between digits is a time), or a comma when the
/// answer opens with the words of resolution ("fighting over the wifi password, yelling only"); the answer runs to
/// the end of its clause (`.`, `;`, a spaced `/`, `--`, `|`). A few outcome words may also close the alarm's own
/// item ("earlier report of a gun unfounded").
extension NarrativeAnalysis {
    typealias Resolution = NarrativeLexicon.Resolution

    /// A word of resolution found in a clause.
    struct ResolutionCue {
        var span: Range<Int>
        var cue: String
        var rule: Resolution
        /// Whether a comma, separator or the clause's end follows the cue ("..., confirmed." closes its item).
        var closesItem: Bool
        /// Byte offset of the first word of the comma item holding the cue, and how many words it has up to the cue.
        var itemStart: Int
        var itemWords: Int
    }

    /// A recent past ("yesterday", "tuesday") after red flags of its clause: history only beside a settled present.
    struct RecentPast {
        var offset: Int
        var cue: String
        var findings: [Int]
    }

    /// What the clause analysis collects for the narrative-wide readings of the tenth pass.
    struct ResolutionCues {
        var resolutions: [ResolutionCue] = []
        var recentPast: [RecentPast] = []
        var settledNow: [Int] = []
        /// Where history cues stand: an answer that tells of the past is about another matter.
        var pastOffsets: [Int] = []
        /// Where first reports named as such end ("RP FIRST SAID", "1ST CALLER REPORTED"): twelfth pass.
        var firstReports: [Int] = []
    }

    /// First words of an item that places or describes someone rather than explaining what happened: "MAN WITH A
    /// GUN - BEHIND THE STORE, RP CONFIRMS" confirms the report, it does not resolve it.
    static let placeWords: Set<String> = ["IN", "AT", "ON", "BEHIND", "NEAR", "BY", "OUTSIDE", "INSIDE", "ACROSS",
                                          "INTO", "UNDER", "AROUND", "NB", "SB", "EB", "WB", "NORTHBOUND",
                                          "SOUTHBOUND", "EASTBOUND", "WESTBOUND", "HEADING", "HEADED", "STILL",
                                          "WEARING", "SUBJ", "SUSPECT", "SUSP", "WM", "BM", "HM", "WF", "BF", "HF"]

    /// Words before a cue in its item that make the resolution about another, earlier call ("prior call ... was
    /// unfounded").
    static let otherMatterWords: Set<String> = ["PRIOR", "PREVIOUS", "PREV", "EARLIER", "LAST", "OLD", "OTHER", "ANOTHER",
                                                "FIRST", "DIFFERENT"]

    /// Applies the resolution reader and the recent-past reading to the narrative's findings.
    /// - Parameter trails: findings that are a description or direction of travel ("headed to class"): they are
    ///   police-only only beside another red flag, so they do not keep an answer from resolving its alarm.
    func resolveAlarms(_ cues: ResolutionCues, tokens: [NarrativeToken], findings: inout [Finding],
                       ideation: inout [Finding], means: inout [Finding], trails: Set<Int> = []) {
        for past in cues.recentPast {
            // The settled state must follow within the same clause or the next one.
            let boundaries = tokens.filter { $0.kind == .boundary && $0.range.lowerBound >= past.offset }
            let limit = boundaries.count > 1 ? boundaries[1].range.lowerBound : utf8.count
            guard let settled = cues.settledNow.first(where: { $0 > past.offset && $0 < limit }) else { continue }
            for index in past.findings where findings[index].isRedFlag {
                findings[index].status = .historical
                findings[index].cue = past.cue
                findings[index].explanation = "\(findings[index].kind.rawValue) in the past ('\(past.cue)'), settled now ('\(settledText(at: settled))')"
            }
        }
        // Alarms already answered: a second word of resolution in an answer told by who gives it ("RP CORRECTS, IT
        // WAS AN UMBRELLA") answers the same alarm, never one further back.
        var answered: [ByteSpan] = []
        for cue in cues.resolutions + declinedCare(findings: findings, tokens: tokens) {
            guard let alarm = alarmSegment(resolvedBy: cue, cues: cues, tokens: tokens, findings: findings, trails: trails,
                                           answered: answered)
            else { continue }
            answered.append(alarm)
            let explanation = "\(Self.resolvedExplanation) ('\(cue.cue)')"
            for index in findings.indices where findings[index].isRedFlag && alarm.contains(findings[index].span)
                && resolves(cue.rule, findings[index]) {
                findings[index].status = .excluded
                findings[index].cue = cue.cue
                findings[index].explanation = explanation
            }
            guard cue.rule.kinds?.contains(.suicide) ?? true else { continue }
            for index in means.indices where alarm.contains(means[index].span) { means[index].status = .excluded }
            for index in ideation.indices where alarm.contains(ideation[index].span) { ideation[index].status = .excluded }
        }
    }

    /// How a resolved alarm is explained; the priority reading finds them by it.
    static let resolvedExplanation = "resolved after the first report"

    /// Words that open a call-back's answer ("CALLBACK: POCKET DIAL", "ON CB MALE SAID WRONG NUMBER").
    static let callbackWords: Set<String> = ["CALLBACK", "CALLBACKS", "CB", "RECONTACT", "RECONTACTED", "RECALLED"]

    /// Words after a call-back word that tell of the number, not of an answer.
    static let callbackBookkeeping: Set<String> = ["NUMBER", "NUM", "NBR", "NO", "VERIFIED", "CONFIRMED", "ON", "GIVEN",
                                                   "PROVIDED", "OBTAINED", "UPDATED"]

    /// An open line, a hang-up or distress heard is answered by the call-back told in a later entry: "OPEN LINE W/
    /// YELLING... CALLBACK CALLER SAYS IT WAS THE TV... ALL OK", "911 hangup w/ screaming -- callback mom says kids
    /// playing -- unit confirms all ok" (seventh session; fifty such false alarms across the development sets). Only
    /// when the unseen scene is all the narrative reported before the call-back, the call-back's entry holds a word
    /// of resolution and nothing from the call-back on raises a red flag ("all ok, but rp then whispered ..." stays).
    func resolveByCallback(_ cues: ResolutionCues, tokens: [NarrativeToken], findings: inout [Finding]) {
        for cue in cues.resolutions {
            // The call-back is told in the answer's entry or the entry before it ("CALLBACK CALLER SAYS IT WAS THE
            // TV... ALL OK").
            let boundaries = tokens.filter { $0.kind == .boundary && $0.range.upperBound <= cue.span.lowerBound }
            let leadStart = boundaries.count >= 2 ? boundaries[boundaries.count - 2].range.upperBound : 0
            let lead = tokens.filter { $0.kind == .word && $0.range.lowerBound >= leadStart && $0.range.upperBound <= cue.span.lowerBound }
            let callbackFirst = lead.first { Self.callbackWords.contains($0.text) }
                ?? lead.indices.dropLast().first { lead[$0].text == "CALLED" && lead[$0 + 1].text == "BACK" }.map { lead[$0] }
            guard let callback = callbackFirst else { continue }
            // "CB# CONFIRMED", "CALLBACK NUMBER VERIFIED": the number, not an answer.
            if let at = lead.firstIndex(of: callback), at + 1 < lead.count, Self.callbackBookkeeping.contains(lead[at + 1].text) { continue }
            if let next = tokens.first(where: { $0.kind == .word && $0.range.lowerBound >= callback.range.upperBound }),
               next.range == cue.span || Self.callbackBookkeeping.contains(next.text) { continue }
            // An answer cut by the field width was not read whole.
            let clauseEnd = tokens.first { $0.kind == .boundary && $0.range.lowerBound >= cue.span.upperBound }?.range.lowerBound ?? utf8.count
            if clauseEnd == utf8.count && endsCut(tokens: tokens) { continue }
            // The call-back's answer must not be denied ("NO ANSWER ON CALLBACK" is no answer).
            if lead.contains(where: { Self.denialWords.contains($0.text) || $0.text == "NO" }) { continue }
            let opened = callback.range.lowerBound
            let before = findings.indices.filter { findings[$0].isRedFlag && findings[$0].span.upperBound <= opened }
            guard !before.isEmpty, before.allSatisfy({ findings[$0].kind == .uncertainty }),
                  !findings.contains(where: { $0.isRedFlag && $0.span.lowerBound >= opened }) else { continue }
            for index in before {
                findings[index].status = .excluded
                findings[index].cue = cue.cue
                findings[index].explanation = "\(Self.resolvedExplanation) ('\(cue.cue)', on the call-back)"
            }
            return
        }
    }

    /// Words in the cue's item that deny the resolution ("crew says he is not one of theirs").
    static let denialWords: Set<String> = ["NOT", "ISNT", "WASNT", "ARENT", "WERENT", "NEVER", "DENIES", "DENIED"]

    /// Words that deny before an answer given after a comma ("NO BLEEDING, CRYING NORMALLY", "NOT UNCONSCIOUS,
    /// EATING LUNCH").
    static let denialLeadWords: Set<String> = ["NO", "NOT", "NONE", "NOBODY", "NOONE", "ONE", "IS", "WAS", "NEVER"]

    /// Signs of harm that, after "BUT", qualify an answer instead of settling it ("awake but confused").
    static let qualifyingSigns: Set<String> = ["CONFUSED", "DISORIENTED", "DIZZY", "PALE", "WEAK", "VOMITING", "SLURRING",
                                               "DROWSY", "LETHARGIC", "GROGGY", "BLEEDING", "SHAKING", "SWEATING",
                                               "CLAMMY", "INCOHERENT", "LIMP", "GASPING", "WHEEZING", "BLUE", "GRAY",
                                               "GREY", "SEIZING", "UNSTEADY", "NUMB", "SHAKY", "CONFUSION"]

    /// Words that decline care: "parent declines EMS" closing an answer is a weak resolution of an injury.
    static let decliningWords: Set<String> = ["DECLINES", "DECLINED", "DECLINING", "REFUSES", "REFUSED", "REFUSING"]

    /// Weak injury cues made from care the narrative says was declined ("scrape on the knee, parent declines EMS").
    private func declinedCare(findings: [Finding], tokens: [NarrativeToken]) -> [ResolutionCue] {
        findings.compactMap { finding in
            guard finding.kind == .injury, finding.status == .negated,
                  let cue = finding.cue?.uppercased(), Self.decliningWords.contains(cue) else { return nil }
            // The item holding the declined care: back to the previous comma, separator or boundary.
            let before = tokens.filter { $0.range.upperBound <= finding.span.lowerBound }
            var itemStart = finding.span.lowerBound
            var words = 1
            for token in before.reversed() {
                if token.kind != .word { break }
                itemStart = token.range.lowerBound
                words += 1
            }
            let next = tokens.first { $0.range.lowerBound >= finding.span.upperBound }
            let closes = next == nil || next?.kind != .word
            return ResolutionCue(span: finding.span, cue: "\(cue) \(finding.trigger)",
                                 rule: Resolution(isStrong: false, kinds: [.injury]), closesItem: closes,
                                 itemStart: itemStart, itemWords: words)
        }
    }

    /// Whether a word of resolution can resolve this finding (its kinds; a conflict named as such).
    private func resolves(_ rule: Resolution, _ finding: Finding) -> Bool {
        if let kinds = rule.kinds, !kinds.contains(finding.kind) { return false }
        guard let prefixes = rule.triggerPrefixes else { return true }
        let words = finding.trigger.split(separator: " ")
        let first = words.first.map(correctedWord) ?? ""
        if prefixes.contains(where: { first.hasPrefix($0) }) { return true }
        // A prefix of several words ("NOT BREATH") is read against the trigger's words in order; only such a rule
        // repairs every word of the trigger.
        let long = prefixes.filter { $0.contains(" ") }
        guard !long.isEmpty else { return false }
        let text = words.map(correctedWord).joined(separator: " ")
        return long.contains { text.hasPrefix($0) }
    }

    private func settledText(at offset: Int) -> String {
        var end = offset
        while end < utf8.count, utf8[end] != 0x2C, utf8[end] != 0x2E, end - offset < 24 { end += 1 }
        return slice(offset..<end)
    }

    /// The byte range of the alarm a cue of resolution answers, or nil if it answers none.
    private func alarmSegment(resolvedBy cue: ResolutionCue, cues: ResolutionCues, tokens: [NarrativeToken],
                              findings: [Finding], trails: Set<Int>, answered: [ByteSpan] = []) -> ByteSpan? {
        let at = cue.span.lowerBound
        let clauseStart = tokens.last { $0.kind == .boundary && $0.range.upperBound <= at }?.range.upperBound ?? 0
        let clauseEnd = tokens.first { $0.kind == .boundary && $0.range.lowerBound >= cue.span.upperBound }?.range.lowerBound
            ?? utf8.count
        let words = tokens.filter { $0.kind == .word && $0.range.lowerBound >= clauseStart && $0.range.upperBound <= clauseEnd }
        /// Whether the answer may be trusted: no red flag or other matter of its own, not cut, not of an earlier call.
        func answerHolds(_ answer: ByteSpan, alarmInItem: Bool = false) -> Bool {
            // The answer must raise no red flag of its own, nor tell another matter: a past or hypothetical one
            // ("broken window ... last week, owner says it was a bird").
            if findings.indices.contains(where: { index in
                let finding = findings[index]
                return !trails.contains(index) && answer.contains(finding.span)
                    && (finding.isRedFlag || [.historical, .hypothetical].contains(finding.status))
            }) {
                return false
            }
            if cues.pastOffsets.contains(where: { answer.lower <= $0 && $0 < answer.upper }) { return false }
            // "prior call at this addr was unfounded": the resolution is of an earlier call, not of this alarm.
            // "all ok per unit at the first address": about another place or call (the cue's whole item).
            let itemEnd = words.first { $0.range.lowerBound >= cue.span.upperBound
                && (utf8[cue.span.upperBound..<$0.range.lowerBound].contains(0x2C)
                    || utf8[cue.span.upperBound..<$0.range.lowerBound].contains(0x2D)) }?.range.lowerBound ?? clauseEnd
            let item = words.filter { $0.range.lowerBound >= max(cue.itemStart, answer.lower) && $0.range.upperBound <= itemEnd
                && !($0.range.lowerBound >= cue.span.lowerBound && $0.range.upperBound <= cue.span.upperBound) }
            // (When the alarm stands in the cue's own item, "shots reported earlier, confirmed fireworks", the
            // earlier matter is the alarm itself.)
            if !alarmInItem, item.contains(where: { Self.otherMatterWords.contains($0.text) }) { return false }
            // "parks crew says he is not one of theirs": the resolution itself is denied.
            if item.contains(where: { Self.denialWords.contains($0.text) }) { return false }
            // "awake but confused": the answer qualified by a sign of harm does not settle it (seventh session).
            if let but = item.firstIndex(where: { $0.text == "BUT" }),
               item[but...].contains(where: { Self.qualifyingSigns.contains(lexicon.corrected($0.text)) }) { return false }
            // An answer cut by the field width was not read whole ("it's a sled, dad pulling his wif"): caution.
            if answer.upper == utf8.count && endsCut(tokens: tokens) { return false }
            // A word of resolution the reader had to repair at the very end ("CB - MISDIA") may be a cut word: the
            // answer may have gone on to say anything (eleventh pass).
            if cue.span.upperBound == utf8.count, let last = tokens.last, last.kind == .word,
               !lexicon.vocabulary.contains(last.text) { return false }
            return true
        }
        // Separators before the cue in its clause: a colon or a spaced dash, not a colon inside a time ("10:55"),
        // or a comma.
        let explicitSeparators = tokens.filter { token in
            guard token.range.lowerBound >= clauseStart, token.range.upperBound <= at else { return false }
            if token.kind == .joiner { return token.text == "," }
            guard token.kind == .link, token.text == ":" || token.text == "-" || token.text == "::" else { return false }
            let before = token.range.lowerBound > 0 ? utf8[token.range.lowerBound - 1] : 0
            let after = token.range.upperBound < utf8.count ? utf8[token.range.upperBound] : 0
            return !(isDigit(before) && isDigit(after))
        }
        // An answer told by who gives it ("... RP NOW SAYS IT WAS A TRIPOD") opens as a dash would (sixth session).
        let separators = (explicitSeparators + answerTurns(words: words, before: at, after: explicitSeparators))
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
        var starts = [clauseStart] + separators.map(\.range.upperBound)
        starts.append(at)
        // The nearest segment before the one holding the cue that raises a red flag is the alarm.
        for j in stride(from: separators.count - 1, through: 0, by: -1) {
            let segment = ByteSpan(lower: starts[j], upper: separators[j].range.lowerBound)
            // A report its answer's teller has already answered ("... GUN RP CORRECTS, IT WAS AN UMBRELLA") is
            // where the answer stops: a second word of resolution never reaches past it.
            if separators[j].range.isEmpty,
               answered.contains(where: { $0.lower <= segment.lower && segment.upper <= $0.upper }) { return nil }
            guard findings.contains(where: { $0.isRedFlag && segment.contains($0.span) && resolves(cue.rule, $0) }) else { continue }
            let answer = ByteSpan(lower: separators[j].range.upperBound, upper: clauseEnd)
            guard answerHolds(answer) else { return nil }
            if !cue.rule.isStrong && !closesExplanation(cue, answerStart: answer.lower, words: words) { return nil }
            // After a comma the answer must open with the resolution ("..., yelling only", "..., it was a phone"),
            // unless a colon or dash opens it further on ("911 hang up, CB: toddler with the phone, all ok").
            // (An answer turn counts only right after the comma, or after two words naming who answers: "GUN IN
            // WAISTBAND, RP NOW STS IT WAS A PHONE CLIP", "..., STADIUM SECURITY SAYS HE WAS TYING HIS SHOE";
            // "WAVING A PISTOL, CAMPERS LEAVING, CB OK" is no answer.)
            let turnOpens = j + 1 < separators.count && separators[j + 1].range.isEmpty
                && words.filter({ $0.range.lowerBound >= separators[j].range.upperBound
                    && $0.range.upperBound <= separators[j + 1].range.lowerBound }).count <= 1
            let linkFollows = turnOpens || separators[(j + 1)...].contains { $0.kind == .link && !$0.range.isEmpty }
            if separators[j].kind == .joiner && !linkFollows {
                // Denials before the answer's words ("FELL OFF THE SWING, NO BLEEDING, CRYING NORMALLY") are part of
                // it: words of a negated finding or a negation do not count as lead (sixth session).
                let denied = findings.filter { $0.status == .negated }.map(\.span)
                let lead = words.filter { word in
                    word.range.lowerBound >= answer.lower && word.range.upperBound <= at
                        && !denied.contains { $0.lowerBound <= word.range.lowerBound && word.range.upperBound <= $0.upperBound }
                        && !Self.denialLeadWords.contains(word.text)
                }
                if lead.count > 1 || cue.itemStart < answer.lower { return nil }
            }
            return segment
        }
        // "RP FIRST SAID HE WAS THREATENED CLARIFIES HE WAS ONLY TOLD TO LEAVE", "1ST CALLER REPORTED A FIGHT 2ND
        // CALLER SAYS VERBAL ONLY": a first report named as such is the alarm, and a strong word of resolution after
        // it in the same clause answers it (twelfth pass). The answer runs from the alarm's end to the clause's.
        if cue.rule.isStrong, let marker = cues.firstReports.last(where: { clauseStart <= $0 && $0 < at }) {
            let alarm = ByteSpan(lower: marker, upper: at)
            let answered = findings.filter { $0.isRedFlag && alarm.contains($0.span) && resolves(cue.rule, $0) }
            if let alarmEnd = answered.map(\.span.upperBound).max(),
               !findings.contains(where: { $0.isRedFlag && alarm.contains($0.span) && !resolves(cue.rule, $0) }),
               answerHolds(ByteSpan(lower: alarmEnd, upper: clauseEnd), alarmInItem: true) {
                return alarm
            }
        }
        // "earlier report of a gun unfounded": an outcome word closing the alarm's own item.
        if cue.rule.followsAlarm {
            let item = ByteSpan(lower: cue.itemStart, upper: at)
            if findings.contains(where: { $0.isRedFlag && item.contains($0.span) && resolves(cue.rule, $0) }) {
                return answerHolds(ByteSpan(lower: cue.span.upperBound, upper: clauseEnd), alarmInItem: true) ? item : nil
            }
        }
        // "SUBJ W/ KNIFE ON BENCH ** PER 2ND CALL IT'S A BUTTER KNIFE": an answer that opens its own log entry
        // answers the entry just before it (eleventh pass).
        // Only strong words: a weak one ("CB # VERIFIED", "LOC CONFIRMED") is the log's bookkeeping as often as an
        // answer. Not when the cue's own entry tells something before it ("2ND CALLER SAID FIGHT - WAS HORSEPLAY,
        // ALL LAUGHING" answers its own fight, not the entry before it).
        guard cue.rule.isStrong,
              !findings.contains(where: { $0.span.lowerBound >= clauseStart && $0.span.upperBound <= at }),
              let entry = previousEntry(before: clauseStart, tokens: tokens, findings: findings),
              findings.contains(where: { $0.isRedFlag && entry.contains($0.span) && resolves(cue.rule, $0) }),
              opensEntry(cue, clauseStart: clauseStart, tokens: tokens),
              answerHolds(ByteSpan(lower: clauseStart, upper: clauseEnd)) else { return nil }
        return entry
    }

    /// The log entry just before the clause starting at `clauseStart`: the words back to the boundary before
    /// them. Empty clauses of a doubled separator (`//`, `**`, `..`) and the log's bookkeeping between two entries
    /// (an operator stamp "[OPR 7220]", a time, a unit number: two words or fewer, no finding) are skipped. Nil when
    /// there is none.
    func previousEntry(before clauseStart: Int, tokens: [NarrativeToken], findings: [Finding]) -> ByteSpan? {
        var end = clauseStart
        for _ in 0..<8 {
            guard let lastWord = tokens.last(where: { $0.kind == .word && $0.range.upperBound <= end }) else { return nil }
            let start = tokens.last { $0.kind == .boundary && $0.range.upperBound <= lastWord.range.lowerBound }?.range.upperBound ?? 0
            let entry = ByteSpan(lower: start, upper: lastWord.range.upperBound)
            let words = tokens.filter { $0.kind == .word && entry.contains($0.range) }
            // "guest says man colapsed // per caller now // got up and is fine": an entry of who answers only
            // ("PER CALLER NOW") is the answer's own lead, skipped like the log's bookkeeping (sixth session).
            let noFinding = !findings.contains { entry.contains($0.span) }
            // "CALLBACK # ON FILE", "LOC VERIFIED W/ COMPL", "K-56 EN ROUTE", "ADDR CORRECTED TO 140 VILLARD AVE": a
            // CAD event log's call handling between the report and its answer (ninth session; blind26).
            let handling = words.first.map { Self.handlingLeads.contains($0.text) } == true
                || words.allSatisfy { Self.handlingWords.contains($0.text) || $0.text.contains(where: \.isNumber) }
            let bookkeeping = noFinding && (words.count <= 2 || handling || words.allSatisfy { Self.answerLeadWords.contains($0.text) })
            if !bookkeeping { return entry }
            end = start
        }
        return nil
    }

    /// Words of a CAD event log's call handling (units, timers, callbacks, locations verified, priorities): an entry
    /// made of them alone (and of unit numbers and times) reports nothing, so an answer after it answers the
    /// report before it (APCO/NENA CAD event-log conventions; ninth session).
    static let handlingWords: Set<String> = [
        "CALLBACK", "CB", "ON", "FILE", "LOC", "LOCATION", "VERIFIED", "CONFIRMED", "W", "WITH", "RP", "COMPL", "CALLER",
        "CP", "CAD", "TIMER", "RESET", "PRIORITY", "ASSIGNED", "ASGN", "EN", "ROUTE", "ENRT", "ENR", "ENROUTE", "DSP",
        "DISP", "DISPATCHED", "BEAT", "MAP", "PAGE", "REQ", "REQUESTS", "NO", "CONTACT", "PHONE", "HOLDING", "UNITS",
        "UNIT", "AVAIL", "AVAILABLE", "ADDED", "AS", "COVER", "STAGING", "ETA", "MIN", "MINS", "ARR", "ARRIVED", "OS",
        "ONSC", "SCENE", "ANI", "ALI", "RECD", "RCVD", "RESPONDING", "DISPATCHER", "NOTIFIED", "SGT", "SUPERVISOR",
        "RPT", "NBR", "NUMBER", "TO", "BE", "PULLED", "DID", "NOT", "WANT", "NAME", "GIVEN", "AV", "OUT", "FROM", "THE",
        "WRLS", "PH", "PH1", "PH2", "CALL", "TRANSFERRED", "XFER", "OPR", "OP", "OPERATOR"]
    /// First words of a call-handling entry whatever follows them ("ADDR CORRECTED TO ...", "XST ...", "PREM HIST:
    /// NONE ON FILE", "MAP PAGE ...").
    static let handlingLeads: Set<String> = ["ADDR", "XST", "MAP", "PREM", "PREMISE", "ANI", "PH2", "PH1", "LANGUAGE", "CAD"]

    /// How many words (who answers: "PER OWNER", "CALLER NOW SEES", "PER 2ND CALL") may stand before the words of
    /// resolution in an answer that opens its own log entry.
    static let entryLeadLimit = 5

    /// First words of a log entry that mark it as the answer to what came before.
    static let updateMarkers: Set<String> = ["UPD", "UPDATE", "UPDATED", "CALLBACK", "CB", "RECONTACT", "RECONTACTED",
                                             "FOLLOWUP", "ADDL", "ADDITIONAL"]
    /// How many words an update may tell before its words of resolution.
    static let updateLeadLimit = 10

    /// Words that say who answers and how ("PER OWNER", "CALLER NOW SEES", "2ND CALLER SAYS", "UNIT ON SCENE
    /// ADVISES"): the only words that may stand before the words of resolution when an answer opens its own entry.
    /// "panic alrm at loc cancelled w/ code" is its own report and answer, not an answer to the entry before it.
    static let answerLeadWords: Set<String> = answeringParties.union([
        "PER", "CALLERS", "CO", "CA", "C", "O", "A", "NOW", "SAYS", "SAID", "STATES", "STATED", "STS", "ADV", "ADVS",
        "ADVISES", "ADVISED", "REPORTS", "SEES", "SAW", "CALL", "ON", "SCENE", "ONSCENE", "OS", "KEYHOLDER", "SECOND",
        "UPDATE", "UPD", "ACTUALLY", "THEN", "AND", "BUT", "ALSO", "ARRIVED", "FOUND", "NOTES", "CLARIFIES",
        "CLARIFIED", "SHE", "HE", "THEY", "AFTER", "CHECK", "CHECKED", "VERIFIED", "ALARM", "COMPANY", "IS", "THAT",
        "ITS", "IT", "THE", "PERSON", "FEMALE", "MALE",
        // Thirteenth pass: more of how answers are told.
        "SAY", "ARE", "WAS", "WERE", "BOUNCER", "OPERATOR",
        // Sixth session: informants, reportees and agencies that answer.
        "INFT", "INF", "INFORMANT", "INFORMER", "REPORTEE", "TSA", "AGENT", "SCHOOL", "SHOP", "SEZ", "HES", "SHES",
        "THEYRE"])

    /// Whether the cue opens its log entry: at most a few words (who answers, "now sees", "per 2nd call") stand
    /// before it, not counting unit numbers, times and the label before a colon.
    private func opensEntry(_ cue: ResolutionCue, clauseStart: Int, tokens: [NarrativeToken]) -> Bool {
        let lead = tokens.filter { $0.range.lowerBound >= clauseStart && $0.range.upperBound <= cue.span.lowerBound }
        func isLabelWord(_ token: NarrativeToken) -> Bool { token.kind == .word && !token.text.contains(where: \.isNumber) }
        // The label of a timestamped entry ("1412 bcp:", "CB -") is not part of the answer; a report before a colon
        // or dash ("2ND CALLER SAID FIGHT - WAS HORSEPLAY") makes the entry its own alarm and answer.
        let lastLink = lead.lastIndex { $0.kind == .link && ($0.text == ":" || $0.text == "-" || $0.text == "::") }
        if let lastLink, lead[..<lastLink].filter(isLabelWord).count > 1 { return false }
        let answerLead = lastLink.map { Array(lead[(lead.index(after: $0))...]) } ?? lead
        let words = answerLead.filter(isLabelWord)
        // An entry marked as an update or a call-back ("UPD 0937 RP WENT OVER, THEY WERE REHEARSING") says it
        // answers: what it tells before the words of resolution is how the answer was found.
        if let first = lead.first(where: isLabelWord), Self.updateMarkers.contains(first.text) {
            return words.count <= Self.updateLeadLimit
        }
        // An entry stamped with its time ("/ 1320H FOUND ASLEEP IN CLOSET, ALL OK", "** 0611 ...") is the log's next
        // entry: it answers like an update (sixth session; blind22 as development data).
        if lead.count >= 1, Self.isTimeStamp(lead, at: 0) {
            return words.count <= Self.updateLeadLimit
        }
        return words.count <= Self.entryLeadLimit && words.allSatisfy { Self.answerLeadWords.contains($0.text) }
    }

    /// Whether the tokens at `index` are a time of day as a log stamps its entries: "1320", "1320H", "0611HRS",
    /// or "13:20" (digits, a colon, digits).
    /// Emergency numbers are never times ("// 911 HANGUP").
    static func isTimeStamp(_ tokens: [NarrativeToken], at index: Int) -> Bool {
        guard tokens.indices.contains(index), tokens[index].kind == .word else { return false }
        let text = tokens[index].text
        let firstLetter = text.firstIndex { !$0.isNumber } ?? text.endIndex
        let digits = text[..<firstLetter], suffix = text[firstLetter...]
        guard ["", "H", "HR", "HRS", "HOURS"].contains(String(suffix)), !["911", "999", "112", "000"].contains(String(digits))
        else { return false }
        if (3...4).contains(digits.count), let hour = Int(digits.dropLast(2)), let minute = Int(digits.suffix(2)) {
            return hour < 24 && minute < 60
        }
        guard (1...2).contains(digits.count), suffix.isEmpty, index + 2 < tokens.count else { return false }
        return tokens[index + 1].kind == .link && tokens[index + 1].text == ":"
            && tokens[index + 2].kind == .word && tokens[index + 2].text.count == 2 && tokens[index + 2].text.allSatisfy(\.isNumber)
    }

    /// A weak cue (CONFIRMS, FINE, OK) resolves only as a short item that closes an explanation given before it in
    /// the answer: "raccoon in the trash cans, confirmed", "napping on his lunch break, fine".
    private func closesExplanation(_ cue: ResolutionCue, answerStart: Int, words: [NarrativeToken]) -> Bool {
        guard cue.closesItem, cue.itemWords <= 3 else { return false }
        let before = words.filter { $0.range.lowerBound >= answerStart && $0.range.upperBound <= cue.itemStart }
        // A unit label ("K9 1:", "4C12:") may open the answer; the explanation is what follows it.
        let explanation = before.drop { token in token.text.contains(where: \.isNumber) }
        guard explanation.count >= 2, let first = explanation.first else { return false }
        return !Self.placeWords.contains(first.text)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Who gives an answer: the caller, a second caller, a unit, staff on the spot, a call-back. They may lead an
    /// answer that opens its own entry (``answerLeadWords``) and open one in the middle of a clause (``answerTurns``).
    static let answeringParties: Set<String> = [
        "RP", "RPS", "CALLER", "COMP", "COMPL", "COMPLAINANT", "CP", "UNIT", "UNITS", "OFFICER", "DEPUTY", "RANGER",
        "OWNER", "MGR", "MANAGER", "STAFF", "SECURITY", "GUARD", "NURSE", "TEACHER", "PARENT", "MOTHER", "MOM",
        "FATHER", "DAD", "NEIGHBOR", "CREW", "DRIVER", "WITNESS", "SUPERVISOR", "CLERK", "EMPLOYEE", "PT", "SUBJ",
        "CALLBACK", "CB"]
    /// Who may open an answer in the middle of a clause, besides ``answeringParties``: officers and parties the
    /// entry reader (``answerLeadWords``) was never checked with.
    static let turnOpeners: Set<String> = answeringParties.union(["OFFICERS", "TROOPER", "CST", "SGT", "WIT", "LE",
                                                                  "PARTY"])
    /// Words that turn what came before into a first report and what follows into the answer, when they follow
    /// who answers ("RP NOW SAYS", "2ND CALLER CLARIFIES", "RANGER CONFIRMS", "UNIT ADVISES").
    static let answerTurnVerbs: Set<String> = ["NOW", "SAYS", "SAID", "STATES", "STATED", "STS", "ADVISES", "ADVISED",
                                               "ADV", "ADVS", "ADVD", "CLARIFIES", "CLARIFIED", "CORRECTS", "CORRECTED",
                                               "CONFIRMS", "CONFIRMED", "EXPLAINS", "EXPLAINED", "ADMITS", "REALIZED",
                                               "REALIZES", "LATER", "THEN", "ACTUALLY", "LOOKED", "CHECKED", "SEES", "SAW"]

    /// Answers told by who gives them, in the middle of a clause with no separator before them: "gun seen at the
    /// campground ranger confirms it was a spotting scope", "FIGHT REPORTED RP CORRECTS, NO FIGHT". Each is read as
    /// a dash before who answers, so the resolution reader's rules apply unchanged: the answer must hold words of
    /// resolution, raise no red flag of its own and not be cut, and only the report just before it is answered.
    /// A turn needs words before it in the clause and none of the explicit separators right before it.
    func answerTurns(words: [NarrativeToken], before cueStart: Int, after explicit: [NarrativeToken]) -> [NarrativeToken] {
        var turns: [NarrativeToken] = []
        var i = 1
        while i < words.count, words[i].range.upperBound <= cueStart {
            defer { i += 1 }
            guard Self.turnOpeners.contains(words[i].text) || Self.updateMarkers.contains(words[i].text) else { continue }
            // "2ND CALLER", "SECOND CALLER", "ANOTHER CALLER": the turn opens on the ordinal.
            let opener = ["2ND", "SECOND", "ANOTHER", "NEW"].contains(words[i - 1].text) ? i - 1 : i
            guard opener > 0 else { continue }
            // A call-back or update opens an answer on its own ("OPEN LINE CALLBACK, CALLER SAYS POCKET DIAL").
            let marksUpdate = Self.updateMarkers.contains(words[i].text)
            guard marksUpdate || (i + 1 < words.count && Self.answerTurnVerbs.contains(words[i + 1].text)) else { continue }
            let start = words[opener].range.lowerBound
            // Already opened by a colon or dash just before it. (After a comma the teller still opens the answer:
            // "GUN IN WAISTBAND, RP NOW STS IT WAS A PHONE CLIP".)
            if explicit.contains(where: { $0.kind == .link && $0.range.upperBound <= start
                && words[opener - 1].range.upperBound <= $0.range.lowerBound }) {
                continue
            }
            turns.append(NarrativeToken(kind: .link, text: "-", range: start..<start))
        }
        return turns
    }

    /// Two-letter words that end a narrative whole.
    static let wholeShortWords: Set<String> = ["OK", "IN", "ON", "AT", "TO", "BY", "UP", "NO", "OF", "OR", "IT", "IS",
                                               "HE", "ME", "US", "SO", "AN", "AS", "DO", "GO", "WE", "MY",
                                               // Sixth session: who and what a log names last ("SAME RP").
                                               "RP", "CP", "PD", "FD", "CB", "OS", "ER", "HX", "LE"]

    /// Words that cannot end a sentence: a narrative that stops on one was cut ("IT'S A BUTTER KNIFE, HE'S").
    static let openEndings: Set<String> = ["A", "AN", "THE", "OF", "W", "WITH", "WITHOUT", "AND", "OR", "BUT", "HES",
                                           "SHES", "ITS", "THEYRE", "IM", "THEIR", "MY", "YOUR", "FROM", "IS", "WAS",
                                           "ARE", "WERE", "BEEN", "BECAUSE", "THAT", "WHO", "WHEN", "SAYS", "SAID",
                                           "STATES", "STS", "JUST", "VERY", "ALSO", "THEN"]

    /// Whether the narrative seems cut by the field width: it stops after a comma, a dash or a space, inside a
    /// red-flag word, on a word that cannot end a sentence ("..., HE'S"), or on a fragment of one or two letters.
    /// (A three-letter fragment, "wif", cannot be told from operator initials, "LMF", so it is read as whole.)
    func endsCut(tokens: [NarrativeToken]) -> Bool {
        guard let lastByte = utf8.last else { return false }
        if lastByte == 0x20 || lastByte == 0x2C || lastByte == 0x2D { return true }
        guard let last = tokens.last, last.kind == .word, last.range.upperBound == utf8.count else { return false }
        let word = last.text
        if Self.openEndings.contains(word) { return true }
        // A red-flag word cut short ("UNRESPONS"), or a fragment of one or two letters ("... latch, S").
        if let cut = cutWordAtEnd(), !lexicon.vocabulary.contains(cut.word), !lexicon.completions(of: cut.word).isEmpty {
            return true
        }
        return word.count <= 2 && word.allSatisfy({ $0.isLetter && $0.isASCII }) && !Self.wholeShortWords.contains(word)
    }

    /// A half-open byte range that tests whether a finding lies inside it.
    struct ByteSpan {
        var lower: Int
        var upper: Int
        func contains(_ span: Range<Int>) -> Bool { span.lowerBound >= lower && span.upperBound <= upper }
    }
}
