import Testing
import Vocabulary
@testable import Screening

/// A rule file with a repeated key or runaway nesting is refused through the shared YAML reader: exit 65, file and
/// line.
@Suite("Rule files the YAML reader refuses")
struct ProtocolRefusalTests {
    @Test func aDuplicatedKeyNamesBothLines() {
        let yaml = """
        version: "1"
        eligible_call_types: [NOISE NUISANCE]
        rules:
          - id: all
            when: {}
            decision: police
            decision: community_responders
            code: CR
            reason: default
        """
        #expect {
            _ = try ScreeningProtocol.parse(yaml: yaml, file: "rules.yaml")
        } throws: { error in
            guard case YAMLError.duplicateKey("rules.yaml", 7, "rules[0].decision", 6) = error,
                let error = error as? any RerouteError
            else { return false }
            return error.exitStatus == .dataError && error.description.hasPrefix("rules.yaml:7: ")
                && error.description.contains("lines 6 and 7")
        }
    }

    @Test func aDocumentNested5000DeepIsRefusedBeforeParsing() {
        #expect {
            _ = try ScreeningProtocol.parse(yaml: String(repeating: "[", count: 5_000), file: "deep.yaml")
        } throws: { error in
            guard case YAMLError.tooDeep("deep.yaml", 1, _) = error, let error = error as? any RerouteError else { return false }
            return error.exitStatus == .dataError && error.description.hasPrefix("deep.yaml:1: ")
        }
    }

    @Test func protocolErrorsExit65() {
        #expect(ProtocolError.incomplete(file: "r.yaml", example: "x").exitStatus == .dataError)
    }
}
