/// The resolution reader (issue 13, tenth pass; `blind10.csv` as development data).
///
/// A CAD narrative often keeps the first report and then, after a separator, what the unit or a call-back found:
/// "man bleeding - fake blood, haunted house actor", "guys brawling - K9 1: roller derby practice, all good",
/// "PANIC ALARM - CB: GRANDSON PUSHED IT, CODE WORD GIVEN, ALL OK". The same shape carries real danger just as
/// often ("SHOTS FIRED - MALE RUNNING NB", "FIGHT - ONE PARTY BLEEDING"), so the separator alone never resolves
/// anything. An alarm is resolved only when
/// - the answer after the separator says so in words of resolution (``TenthPassFamilies/resolutions``: all ok,
///   unfounded, clarified, practice, fake, it was a ..., accidental, no crash ...; CONFIRMS, FINE or OK only when
///   they close an explanation given before them: "raccoon in the trash cans, confirmed"),
/// - the answer itself raises no red flag ("FIGHT - ALL OK BUT ONE BLEEDING" stays), and
/// - the alarm is the nearest segment before the answer in the same clause: never a red flag elsewhere in the
///   narrative, nor one told after the answer.
///
/// Separators are a colon or a spaced dash (`link` tokens; a colon between digits is a time); the answer runs to
/// the end of its clause (`.`, `;`, a spaced `/`, `--`, `|`).
extension NarrativeAnalysis {
    /// A word of resolution found in a clause.
    struct ResolutionCue {
        var span: Range<Int>
        var cue: String
        var isStrong: Bool
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
        var isEmpty: Bool { resolutions.isEmpty && recentPast.isEmpty }
    }

    /// First words of an item that places or describes someone rather than explaining what happened: "MAN WITH A
    /// GUN - BEHIND THE STORE, RP CONFIRMS" confirms the report, it does not resolve it.
    static let placeWords: Set<String> = ["IN", "AT", "ON", "BEHIND", "NEAR", "BY", "OUTSIDE", "INSIDE", "ACROSS",
                                          "INTO", "UNDER", "AROUND", "NB", "SB", "EB", "WB", "NORTHBOUND",
                                          "SOUTHBOUND", "EASTBOUND", "WESTBOUND", "HEADING", "HEADED", "STILL",
                                          "WEARING", "SUBJ", "SUSPECT", "SUSP", "WM", "BM", "HM", "WF", "BF", "HF"]

    /// Words before a cue in its item that make the resolution about another, earlier call ("prior call ... was
    /// unfounded").
    static let otherMatterWords: Set<String> = ["PRIOR", "PREVIOUS", "PREV", "EARLIER", "LAST", "OLD", "OTHER", "ANOTHER"]

    /// Applies the resolution reader and the recent-past reading to the narrative's findings.
    func resolveAlarms(_ cues: ResolutionCues, tokens: [NarrativeToken], findings: inout [Finding],
                       ideation: inout [Finding], means: inout [Finding]) {
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
        for cue in cues.resolutions {
            guard let alarm = alarmSegment(resolvedBy: cue, cues: cues, tokens: tokens, findings: findings) else { continue }
            let explanation = "resolved after the first report ('\(cue.cue)')"
            for index in findings.indices where findings[index].isRedFlag && alarm.contains(findings[index].span) {
                findings[index].status = .excluded
                findings[index].cue = cue.cue
                findings[index].explanation = explanation
            }
            for index in means.indices where alarm.contains(means[index].span) { means[index].status = .excluded }
            for index in ideation.indices where alarm.contains(ideation[index].span) { ideation[index].status = .excluded }
        }
    }

    private func settledText(at offset: Int) -> String {
        var end = offset
        while end < utf8.count, utf8[end] != 0x2C, utf8[end] != 0x2E, end - offset < 24 { end += 1 }
        return slice(offset..<end)
    }

    /// The byte range of the alarm a cue of resolution answers, or nil if it answers none.
    private func alarmSegment(resolvedBy cue: ResolutionCue, cues: ResolutionCues, tokens: [NarrativeToken], findings: [Finding]) -> ByteSpan? {
        let at = cue.span.lowerBound
        let clauseStart = tokens.last { $0.kind == .boundary && $0.range.upperBound <= at }?.range.upperBound ?? 0
        let clauseEnd = tokens.first { $0.kind == .boundary && $0.range.lowerBound >= cue.span.upperBound }?.range.lowerBound
            ?? utf8.count
        // Separators before the cue in its clause: a colon or a spaced dash, not a colon inside a time ("10:55").
        let separators = tokens.filter { token in
            guard token.kind == .link, token.range.lowerBound >= clauseStart, token.range.upperBound <= at,
                  token.text == ":" || token.text == "-" else { return false }
            let before = token.range.lowerBound > 0 ? utf8[token.range.lowerBound - 1] : 0
            let after = token.range.upperBound < utf8.count ? utf8[token.range.upperBound] : 0
            return !(isDigit(before) && isDigit(after))
        }.map(\.range)
        guard !separators.isEmpty else { return nil }
        var starts = [clauseStart] + separators.map(\.upperBound)
        starts.append(at)
        // The nearest segment before the one holding the cue that raises a red flag is the alarm.
        for j in stride(from: separators.count - 1, through: 0, by: -1) {
            let segment = ByteSpan(lower: starts[j], upper: separators[j].lowerBound)
            guard findings.contains(where: { $0.isRedFlag && segment.contains($0.span) }) else { continue }
            let answer = ByteSpan(lower: separators[j].upperBound, upper: clauseEnd)
            // The answer must raise no red flag of its own, nor tell another matter: a past or hypothetical one
            // ("broken window ... last week, owner says it was a bird").
            if findings.contains(where: { answer.contains($0.span) && ($0.isRedFlag || [.historical, .hypothetical].contains($0.status)) }) {
                return nil
            }
            // "prior call at this addr was unfounded": the resolution is of an earlier call, not of this alarm.
            let item = tokens.filter { $0.kind == .word && $0.range.lowerBound >= cue.itemStart && $0.range.upperBound <= cue.span.lowerBound }
            if item.contains(where: { Self.otherMatterWords.contains($0.text) }) { return nil }
            if !cue.isStrong && !closesExplanation(cue, answerStart: answer.lower, tokens: tokens) { return nil }
            // An answer cut by the field width was not read whole ("it's a sled, dad pulling his wif"): caution.
            if answer.upper == utf8.count && endsCut(tokens: tokens) { return nil }
            if cues.pastOffsets.contains(where: { answer.lower <= $0 && $0 < answer.upper }) { return nil }
            return segment
        }
        return nil
    }

    /// A weak cue (CONFIRMS, FINE, OK) resolves only as a short item that closes an explanation given before it in
    /// the answer: "raccoon in the trash cans, confirmed", "napping on his lunch break, fine".
    private func closesExplanation(_ cue: ResolutionCue, answerStart: Int, tokens: [NarrativeToken]) -> Bool {
        guard cue.closesItem, cue.itemWords <= 3 else { return false }
        let before = tokens.filter { $0.kind == .word && $0.range.lowerBound >= answerStart && $0.range.upperBound <= cue.itemStart }
        // A unit label ("K9 1:", "4C12:") may open the answer; the explanation is what follows it.
        let explanation = before.drop { token in token.text.contains(where: \.isNumber) }
        guard explanation.count >= 2, let first = explanation.first else { return false }
        return !Self.placeWords.contains(first.text)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Two-letter words that end a narrative whole.
    static let wholeShortWords: Set<String> = ["OK", "IN", "ON", "AT", "TO", "BY", "UP", "NO", "OF", "OR", "IT", "IS",
                                               "HE", "ME", "US", "SO", "AN", "AS", "DO", "GO", "WE", "MY"]

    /// Whether the narrative seems cut by the field width: it stops after a comma, a dash or a space, inside a
    /// red-flag word, or on a fragment of one or two letters. (A three-letter fragment, "wif", cannot be told from
    /// operator initials, "LMF", so it is read as whole.)
    func endsCut(tokens: [NarrativeToken]) -> Bool {
        guard let lastByte = utf8.last else { return false }
        if lastByte == 0x20 || lastByte == 0x2C || lastByte == 0x2D { return true }
        guard let last = tokens.last, last.kind == .word, last.range.upperBound == utf8.count else { return false }
        let word = last.text
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
