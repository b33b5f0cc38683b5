import Testing
@testable import Screening

/// The compiled lexicon is one shared object (issue 11): screeners and analyses hold it by reference, and what
/// used to be set on a copy (an agency's `suicidal_talk`) is given when it is compiled.
@Suite struct SharedLexiconTests {
    @Test func builtInScreenersShareOneCompiledLexicon() {
        let a = NarrativeScreener(), b = NarrativeScreener().learned(false)
        #expect(a.lexicon === CompiledLexicon.shared)
        #expect(b.lexicon === a.lexicon)
        #expect(NarrativeAnalysis(text: "SUBJ HAS A KNIFE").lexicon === CompiledLexicon.shared)
    }

    /// An agency lexicon is compiled once per screener, with its suicidal-talk setting; the built-in one is untouched.
    @Test func agencySettingIsCompiledIn() {
        var agency = AgencyLexicon(agency: "test", source: "test", entries: [], spellings: [:])
        agency.suicidalTalkIsRedFlag = true
        let screener = NarrativeScreener(lexicon: agency)
        #expect(screener.lexicon !== CompiledLexicon.shared)
        #expect(screener.lexicon.suicidalTalkIsRedFlag)
        #expect(!CompiledLexicon.shared.suicidalTalkIsRedFlag)
        let talk = "NEIGHBOR SAYS THE MAN IN 4B KEEPS SAYING HE WANTS TO DIE, NO PLAN MENTIONED"
        #expect(NarrativeScreener().learned(false).screen(talk).verdict == .eligible)
        #expect(screener.learned(false).screen(talk).flagKinds.contains(.suicide))
    }

    /// The name explanations print is the raw value with a hyphen for the underscore, as it was made before.
    @Test(arguments: FlagKind.allCases)
    func hyphenatedNameIsTheRawValueWithHyphens(kind: FlagKind) {
        #expect(kind.hyphenatedName == kind.rawValue.replacingOccurrences(of: "_", with: "-"))
    }
}
