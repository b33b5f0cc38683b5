import Vocabulary
import Foundation
import Testing
@testable import Screening

/// A narrative and the status the screener must give one kind of concept in it.
struct NarrativeCase: Sendable, CustomTestStringConvertible {
    var text: String
    var kind: FlagKind
    var status: FindingStatus
    var trigger: String
    var testDescription: String { text }
}

@Suite("Narrative screener")
struct NarrativeScreenerTests {
    /// The rules alone: this suite pins what the rules read (the learned reader, on by default, has its own tests).
    let screener = NarrativeScreener().learned(false)

    /// Every negation and history case named in issue 5, plus the affirmative counterpart of each.
    static let issueCases: [NarrativeCase] = [
        .init(text: "Caller did not see any weapons", kind: .weapon, status: .negated, trigger: "weapons"),
        .init(text: "no weapons seen", kind: .weapon, status: .negated, trigger: "weapons"),
        .init(text: "subj denies weapons", kind: .weapon, status: .negated, trigger: "weapons"),
        .init(text: "WEAPONS: NEG", kind: .weapon, status: .negated, trigger: "WEAPONS"),
        .init(text: "States the man has not harmed himself", kind: .suicide, status: .negated, trigger: "harmed himself"),
        .init(text: "Caller states that there has been no violence", kind: .violence, status: .negated, trigger: "violence"),
        .init(text: "daughter made threats to call police so she called first", kind: .threat, status: .excluded,
              trigger: "made threats to call"),
        .init(text: "he threatened to call the police on her", kind: .threat, status: .excluded, trigger: "threatened to call"),
        .init(text: "history of DV, calm today", kind: .violence, status: .historical, trigger: "DV"),
        .init(text: "HX OF DV", kind: .violence, status: .historical, trigger: "DV"),
        .init(text: "he hit her 2 years ago", kind: .violence, status: .historical, trigger: "hit her"),
        // Affirmative counterparts: the same concepts without the cue are red flags.
        .init(text: "Caller saw a weapon", kind: .weapon, status: .affirmed, trigger: "weapon"),
        .init(text: "the man harmed himself", kind: .suicide, status: .affirmed, trigger: "harmed himself"),
        .init(text: "there has been violence", kind: .violence, status: .affirmed, trigger: "violence"),
        .init(text: "daughter made threats to kill her", kind: .threat, status: .affirmed, trigger: "made threats"),
        .init(text: "DV in progress", kind: .violence, status: .affirmed, trigger: "DV"),
    ]

    @Test("issue 5 negation, history and hypothetical cases", arguments: issueCases)
    func issueCase(_ testCase: NarrativeCase) throws {
        let result = screener.screen(testCase.text)
        let finding = try #require(result.findings.first { $0.kind == testCase.kind },
                                   "no \(testCase.kind) finding in \(result.findings)")
        #expect(finding.status == testCase.status)
        #expect(finding.trigger == testCase.trigger)
        #expect(result.hasRedFlag == testCase.status.isRedFlag)
    }

    @Test("negation scope ends at a clause boundary, BUT, a new subject, or a comma that starts a new item",
          arguments: ["no weapons / subj punched caller", "no weapons but he punched her", "no weapons, subj punched caller",
                      "NO WPNS. HIT HER W/ FIST"])
    func scopeEnds(_ text: String) {
        let result = screener.screen(text)
        #expect(result.findings.contains { $0.kind == .weapon && $0.status == .negated })
        #expect(result.findings.contains { $0.kind == .violence && $0.status == .affirmed })
    }

    @Test("more negation forms rule the concept out", arguments: ["no one was hurt", "she isnt hurt", "subj not armed",
        "w/o wpns", "he has never hit her", "no signs of injury", "refused EMS", "EMS not needed", "weapons in the home: none",
        "caller doesnt believe he has a weapon", "he did not threaten anyone", "WPNS: NONE / INJ: NONE", "subj is unarmed"])
    func moreNegations(_ text: String) {
        let result = screener.screen(text)
        #expect(result.isEligible, "\(result.findings)")
        #expect(result.findings.contains { $0.status == .negated })
    }

    @Test("hedged and recent mentions stay red flags", arguments: ["poss armed", "may have a knife", "SUBJ IS HURT",
        "caller afraid he will come back with a gun", "he hit her last night", "subj has a warrant"])
    func stillRed(_ text: String) {
        #expect(screener.screen(text).hasRedFlag)
    }

    @Test("negation reaches across a list", arguments: ["NEG WPNS/INJ", "no weapons, injuries or violence reported",
                                                         "denies weapons or injuries"])
    func lists(_ text: String) {
        let result = screener.screen(text)
        #expect(!result.hasRedFlag, "\(result.findings)")
        #expect(result.findings.count >= 2)
    }

    @Test("uncertainty is a red flag; uncertainty about something else is not")
    func uncertainty() {
        #expect(screener.screen("unknown if weapons involved").flagKinds == [.uncertainty])
        #expect(screener.screen("caller not sure if he has a gun").flagKinds == [.uncertainty])
        #expect(screener.screen("caller could not see what was happening").flagKinds == [.uncertainty])
        #expect(screener.screen("Open line, can hear arguing").flagKinds == [.uncertainty])
        #expect(screener.screen("Unknown if she is a local").isEligible)
        #expect(screener.screen("UNK MALE HIT CALLER").flagKinds == [.violence])
    }

    @Test("CAD shorthand, 10-codes and typos")
    func shorthand() {
        #expect(screener.screen("SUBJ W/ KNIF").flagKinds == [.weapon])
        #expect(screener.screen("CLR STS GSW TO LEG").flagKinds.contains(.weapon))
        #expect(screener.screen("POSS OD IN BATHROOM").flagKinds == [.injury])
        #expect(screener.screen("10-32 AT THE PARK").flagKinds == [.weapon])
        #expect(screener.screen("BF THREATND TO STAB HER").flagKinds.contains(.threat))
        #expect(screener.screen("subj is STABBBED").flagKinds.contains(.weapon))
        #expect(screener.screen("people shouting in the street").isEligible) // SHOUTING is not SHOOTING
    }

    @Test("suicidal talk alone is not a red flag; with a plan or means it is")
    func suicide() {
        #expect(screener.screen("he wants to die and commit suicide / has not harmed himself").isEligible)
        #expect(screener.screen("suicidal, denies plan").isEligible)
        #expect(screener.screen("suicidal and has a bottle of pills").flagKinds.contains(.suicide))
        #expect(screener.screen("threatening to jump off the bridge").flagKinds.contains(.suicide))
        #expect(screener.screen("took a bottle of pills").flagKinds.contains(.suicide))
        #expect(screener.screen("worried he might hurt himself").isEligible)
    }

    @Test("look-alikes are not red flags", arguments: ["shooting off fireworks in the alley", "fireworks are hitting his house",
                                                       "bat flying in the house", "car battery died", "water gun fight",
                                                       "caller would like a callback", "neighbor kicks his dog"])
    func lookAlikes(_ text: String) {
        #expect(screener.screen(text).isEligible, "\(screener.screen(text).findings)")
    }

    @Test("each finding's span points at its trigger")
    func spans() {
        let text = "Caller états: subj has a KNIFE, no injuries / HX of DV"
        let bytes = Array(text.utf8)
        let result = screener.screen(text)
        #expect(!result.findings.isEmpty)
        for finding in result.findings {
            #expect(String(decoding: bytes[finding.span], as: UTF8.self) == finding.trigger)
        }
        #expect(result.redFlags.map(\.trigger) == ["KNIFE"])
    }

    @Test("empty, blank and punctuation-only narratives have no findings and go to review (issue 13)")
    func empty() {
        for text in ["", "   ", "////", "\n\n", "?!"] {
            let result = screener.screen(text)
            #expect(result.findings.isEmpty)
            #expect(result.verdict == .review)
            #expect(!result.isEligible)
        }
        #expect(screener.screen("").reason.contains("empty"))
    }

    @Test("a 100 kB narrative is screened in well under a second")
    func large() {
        let sentence = "CALLER STATES NEIGHBOR YELLING / NO WEAPONS SEEN / HX OF DV, "
        let text = String(repeating: sentence, count: 100_000 / sentence.utf8.count + 1) + "SUBJ HAS A GUN"
        #expect(text.utf8.count >= 100_000)
        let start = Date()
        let result = screener.screen(text)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(result.redFlags.map(\.trigger) == ["GUN"])
    }

    @Test("invalid UTF-8 is reported with its offset, or replaced when screening lossily")
    func invalidUTF8() throws {
        let bytes: [UInt8] = Array("SUBJ HAS A ".utf8) + [0xFF, 0xC3] + Array(" GUN".utf8)
        #expect(throws: NarrativeError.invalidUTF8(byteOffset: 11, byte: 0xFF, invalidCount: 2)) {
            try screener.screen(bytes: bytes)
        }
        let lossy = screener.screen(lossyBytes: Data(bytes))
        #expect(lossy.invalidByteOffsets == [11, 12])
        #expect(lossy.flagKinds == [.weapon])
        #expect(try screener.screen(bytes: Array("no weapons".utf8)).isEligible)
        let error = NarrativeError.invalidUTF8(byteOffset: 11, byte: 0xFF, invalidCount: 2)
        #expect(error.description.contains("byte 11") && error.description.contains("0xFF"))
    }

    @Test("random bytes and word soups never crash and spans stay inside the text")
    func fuzz() {
        var generator = SplitMix64(seed: 5)
        let vocabulary = ["NO", "NOT", "GUN", "W/", "/", ",", ":", "NEG", "HX", "OF", "DV", "HIT", "HER", "IF", "UNK",
                          "THREATENED", "TO", "CALL", "SUICIDAL", "PILLS", "DENIES", "BUT", "HE", "2", "YEARS", "AGO",
                          "-", "--", "?", "\"", "é", "W/O", "10-32", "TOOK", "A", "BOTTLE", "OPEN", "LINE", ".", "\n"]
        for round in 0..<300 {
            let count = Int(generator.next() % 60)
            if round % 2 == 0 {
                let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
                let result = screener.screen(lossyBytes: bytes)
                #expect(result.findings.allSatisfy { $0.span.upperBound <= bytes.count + 3 * result.invalidByteOffsets.count })
            } else {
                let text = (0..<count).map { _ in vocabulary[Int(generator.next() % UInt64(vocabulary.count))] }
                    .joined(separator: generator.next() % 3 == 0 ? "" : " ")
                let result = screener.screen(text)
                let bytes = Array(text.utf8)
                for finding in result.findings {
                    #expect(finding.span.upperBound <= bytes.count)
                    #expect(String(decoding: bytes[finding.span], as: UTF8.self) == finding.trigger)
                }
            }
        }
    }

    @Test("one-edit typo correction")
    func typoCorrection() {
        #expect(CompiledLexicon.isWithinOneEdit(Array("THRETENED"), Array("THREATENED")))
        #expect(CompiledLexicon.isWithinOneEdit(Array("STABEBD"), Array("STABBED")))
        #expect(!CompiledLexicon.isWithinOneEdit(Array("STAB"), Array("STABBED")))
    }
}
