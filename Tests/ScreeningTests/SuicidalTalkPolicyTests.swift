import Testing
@testable import Screening

/// An agency's `suicidal_talk` policy: by default suicidal talk with no plan, means or attempt is eligible (the
/// report's Figure 2); `suicidal_talk: red_flag` makes it a suicide red flag, and never touches talk that is negated
/// or historical.
@Suite("Suicidal talk policy per agency")
struct SuicidalTalkPolicyTests {
    static let redFlagAgency = """
    agency: Example county whose protocol sends a clinician with police to any suicidal statement
    source: example protocol
    suicidal_talk: red_flag
    """

    @Test("talk alone is eligible by default and a suicide red flag under suicidal_talk: red_flag")
    func talkAlone() throws {
        let narrative = "NEIGHBOR SAYS THE MAN IN 4B KEEPS SAYING HE WANTS TO DIE, NO PLAN MENTIONED"
        #expect(NarrativeScreener().learned(false).screen(narrative).verdict == .eligible)  // the rules' policy
        let strict = NarrativeScreener(lexicon: try AgencyLexicon.parse(yaml: Self.redFlagAgency))
        let result = strict.screen(narrative)
        #expect(result.flagKinds.contains(.suicide), "\(result.reason)")
    }

    @Test("negated or historical talk stays eligible under either policy", arguments: [
        "CLIENT DENIES ANY THOUGHTS OF SUICIDE, WANTS HELP WITH HOUSING",
        "HISTORY OF SUICIDAL THOUGHTS IN 2019, DOING WELL, WANTS A RIDE",
    ])
    func negatedTalk(_ narrative: String) throws {
        let strict = NarrativeScreener(lexicon: try AgencyLexicon.parse(yaml: Self.redFlagAgency))
        #expect(strict.screen(narrative).verdict == .eligible, "\(strict.screen(narrative).reason)")
    }

    @Test("an unknown policy value is a clear error naming the key")
    func badValue() {
        #expect(throws: LexiconError.self) {
            _ = try AgencyLexicon.parse(yaml: "agency: X\nsuicidal_talk: sometimes\n", file: "x.yaml")
        }
        do {
            _ = try AgencyLexicon.parse(yaml: "agency: X\nsuicidal_talk: sometimes\n", file: "x.yaml")
        } catch {
            #expect("\(error)".contains("suicidal_talk"))
            #expect("\(error)".contains("x.yaml"))
        }
    }
}
