/// Call-takers' protocol notes key the medical questions and their answers: "CONSC? NO", "BREATHING: SHALLOW",
/// "CONSC/BREATHING: N/Y", "Q: ARE YOU SAFE TO TALK? A: NO" (issue 13, seventh session; `blind24.csv` as
/// development data). The phrase lexicon reads a red flag from words; here the red flag is the answer a question
/// was given, so the two are read together.
///
/// - A vital question (consciousness, alertness, breathing) answered no, negative or unknown, or breathing answered
///   with a bad sign (shallow, agonal, gasping, snoring), is an injury red flag: MPDS key questions send an
///   ambulance on those answers. "Y" and "YES" settle nothing and raise nothing.
/// - A question whether the caller can talk safely or freely, answered no, is the unseen scene: the caller cannot
///   say what is happening.
///
/// Questions joined by a slash take their answers joined the same way, in order ("CONSC/BREATHING: N/Y").
extension NarrativeAnalysis {
    /// Words that ask whether the patient is conscious, alert or breathing.
    static let vitalQuestions: Set<String> = ["CONSC", "CONSCIOUS", "CONCIOUS", "CONS", "ALERT", "AWAKE", "RESPONSIVE",
                                              "RESP", "BREATHING", "BRTHG", "BREATHG", "BRTH", "BREATHIN"]
    /// Answers that say no or cannot say.
    static let negativeAnswers: Set<String> = ["NO", "N", "NEG", "NEGATIVE", "NOPE", "NOT", "UNK", "UNKNOWN", "UNSURE"]
    /// Answers to the breathing question that are themselves a bad sign.
    static let badBreathing: Set<String> = ["SHALLOW", "AGONAL", "GASPING", "SNORING", "LABORED", "LABOURED", "IRREGULAR",
                                            "GURGLING", "NOISY", "SLOW", "BARELY"]
    /// Words that ask whether the caller can talk ("SAFE TO TALK?", "CAN YOU SPEAK FREELY?").
    static let talkQuestionEnds: Set<String> = ["TALK", "SPEAK", "FREELY"]
    static let talkQuestionMarks: Set<String> = ["SAFE", "CAN", "ABLE", "FREE", "FREELY"]

    /// The red flags the narrative's keyed answers give.
    /// - Parameter corrected: each token's word with its typo repaired (empty for punctuation), made once by the
    ///   analysis for every reading.
    func vitalAnswers(tokens: [NarrativeToken], corrected: [String]) -> [Finding] {
        // Most narratives key no question: no "?" or ":" at all (the report's screening path, seventh session).
        guard tokens.contains(where: { $0.kind == .link && ($0.text == "?" || $0.text == ":") }) else { return [] }
        var found: [Finding] = []
        var index = 0
        while index < tokens.count {
            guard let (questions, linkIndex) = questionRun(tokens, corrected: corrected, from: index) else { index += 1; continue }
            var answerIndex = linkIndex + 1
            // "Q: ...? A: NO": the answer's own label.
            if answerIndex + 1 < tokens.count, tokens[answerIndex].kind == .word, tokens[answerIndex].text == "A",
               tokens[answerIndex + 1].kind == .link {
                answerIndex += 2
            }
            let answers = answerRun(tokens, from: answerIndex)
            for (position, question) in questions.enumerated() where position < answers.count || answers.count == 1 {
                let answer = answers[min(position, answers.count - 1)]
                let said = answer.text
                let asksTalk = question.isTalk
                let isBad = Self.negativeAnswers.contains(said)
                    || (!asksTalk && question.word.hasPrefix("BR") && Self.badBreathing.contains(said))
                guard isBad else { continue }
                let span = tokens[question.tokenIndex].range.lowerBound..<answer.range.upperBound
                let trigger = slice(span)
                found.append(Finding(kind: asksTalk ? .uncertainty : .injury, status: .affirmed, trigger: trigger, span: span,
                                     cue: answer.text,
                                     explanation: asksTalk ? "the caller cannot talk freely ('\(trigger)')"
                                                           : "a vital question answered '\(answer.text)' ('\(trigger)')"))
            }
            index = max(index + 1, answerIndex)
        }
        return found
    }

    private struct Question { var word: String; var tokenIndex: Int; var isTalk: Bool }

    /// Vital questions joined by slashes and closed by a `?` or `:`, starting at `start`; or a talk question.
    private func questionRun(_ tokens: [NarrativeToken], corrected: [String], from start: Int) -> ([Question], Int)? {
        guard tokens[start].kind == .word else { return nil }
        var questions: [Question] = []
        var index = start
        while index < tokens.count, tokens[index].kind == .word {
            let word = corrected[index]
            if Self.vitalQuestions.contains(word) {
                questions.append(Question(word: word, tokenIndex: index, isTalk: false))
            } else if Self.talkQuestionEnds.contains(word),
                      tokens[max(0, index - 4)..<index].contains(where: { Self.talkQuestionMarks.contains($0.text) }) {
                questions.append(Question(word: word, tokenIndex: max(start, index - 3), isTalk: true))
            } else if !questions.isEmpty || index - start > 5 {
                return nil
            }
            index += 1
            if index < tokens.count, tokens[index].kind == .joiner, tokens[index].text == "/", !questions.isEmpty { index += 1 }
        }
        guard !questions.isEmpty, index < tokens.count, tokens[index].kind == .link,
              tokens[index].text == "?" || tokens[index].text == ":" else { return nil }
        return (questions, index)
    }

    /// Answer words joined by slashes ("N/Y"), or the first word of a spoken answer.
    private func answerRun(_ tokens: [NarrativeToken], from start: Int) -> [NarrativeToken] {
        var answers: [NarrativeToken] = []
        var index = start
        while index < tokens.count, tokens[index].kind == .word {
            answers.append(tokens[index])
            guard index + 1 < tokens.count, tokens[index + 1].kind == .joiner, tokens[index + 1].text == "/" else { break }
            index += 2
        }
        return answers
    }
}

/// The same notes key the red-flag questions and answer them no: "WPNS? N", "THREATS MADE? NO", "Q: PHYSICAL? A:
/// NO", "VIOLENT: NO", "DV screen: physical-No, weapons-No", "Q: IS HE VIOLENT A: NOT TONIGHT". The phrase
/// lexicon's negations stand before what they negate ("NO WEAPONS"); a keyed answer stands after it (seventh
/// session: some thirty false alarms in `blind24.csv`).
extension NarrativeAnalysis {
    /// Answers that say no.
    static let keyedNo: Set<String> = ["NO", "N", "NEG", "NEGATIVE", "NONE", "NOPE", "DENIES", "DENIED", "NOT", "NA"]
    /// Words that may stand between a question's subject and its mark ("THREATS MADE?", "WEAPONS IN HOME:").
    static let questionFillers: Set<String> = ["MADE", "SEEN", "PRESENT", "INVOLVED", "OBSERVED", "REPORTED", "NOTED",
                                               "AVAILABLE", "ACCESSIBLE", "IN", "HOME", "USED", "ANY"]

    /// Marks red flags answered no in a keyed note as negated.
    func negateKeyedAnswers(tokens: [NarrativeToken], findings: inout [Finding]) {
        for index in findings.indices where findings[index].isRedFlag {
            guard let after = tokens.firstIndex(where: { $0.range.lowerBound >= findings[index].span.upperBound }) else { continue }
            var position = after
            var fillers = 0
            while position < tokens.count, tokens[position].kind == .word, Self.questionFillers.contains(tokens[position].text), fillers < 2 {
                position += 1
                fillers += 1
            }
            // The mark: "?", ":", "=" or "-" as a link, a dash glued between the words ("physical-No"), or the
            // answer's own label ("VIOLENT A: NOT TONIGHT").
            var mark: Character?
            if position < tokens.count, tokens[position].kind == .link {
                mark = tokens[position].text.first
                position += 1
            } else if position < tokens.count, tokens[position].kind == .word, position > 0,
                      utf8[tokens[position - 1].range.upperBound..<tokens[position].range.lowerBound].elementsEqual("-".utf8) {
                mark = "-"
            }
            var labelled = false
            if position + 1 < tokens.count, tokens[position].kind == .word, tokens[position].text == "A",
               tokens[position + 1].kind == .link {
                labelled = true
                position += 2
            }
            guard mark != nil || labelled, position < tokens.count, tokens[position].kind == .word,
                  Self.keyedNo.contains(tokens[position].text) else { continue }
            // "NOT" answers only after the answer's label ("A: NOT TONIGHT"); after a dash the answer is one word
            // that ends its item ("physical-No,", "WPNS - NEG *"), so "KNIFE - NO ONE HURT" is not an answer.
            if tokens[position].text == "NOT" && !labelled { continue }
            if mark == "-" && !labelled, position + 1 < tokens.count, tokens[position + 1].kind == .word { continue }
            findings[index].status = .negated
            findings[index].cue = slice(tokens[position].range)
            findings[index].explanation = "answered no in a keyed note ('\(slice(findings[index].span.lowerBound..<tokens[position].range.upperBound))')"
        }
    }
}
