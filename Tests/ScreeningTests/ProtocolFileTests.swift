import Foundation
import Testing
import Vocabulary
@testable import Screening

@Suite("Protocol rule files")
struct ProtocolFileTests {
    /// A minimal valid file; `extra` is spliced into the rule list before the catch-all.
    func file(rules extra: String = "", top: String = "") -> String {
        """
        version: "t1"
        name: test\(top)
        eligible_call_types: [NOISE NUISANCE]
        rules:
          - id: weapons
            when: { weapons: [yes, unknown] }
            decision: police
            code: PD
            reason: weapons
        \(extra)
          - id: all
            when: {}
            decision: community_responders
            code: CR
            reason: default
        """
    }

    @Test("a valid file loads and decides")
    func valid() throws {
        let rules = try ScreeningProtocol.parse(yaml: file(), file: "t.yaml")
        #expect(rules.version == "t1")
        #expect(rules.decide(ScreeningCall(callType: "noise nuisance", weapons: .yes)).ruleID == "weapons")
    }

    @Test("an unknown field is named with its line")
    func unknownField() {
        let yaml = file(rules: """
          - id: typo
            when: { violence: yes }
            decison: police
            code: X
            reason: x
        """)
        #expect(throws: YAMLError.unknownKey(file: "t.yaml", line: 12, key: "rules[1].decison",
                                             allowed: ["id", "when", "when_any", "decision", "code", "reason"])) {
            try ScreeningProtocol.parse(yaml: yaml, file: "t.yaml")
        }
    }

    @Test("an unknown top-level field is rejected")
    func unknownTopField() {
        #expect(throws: YAMLError.unknownKey(file: "t.yaml", line: 3, key: "author",
                                             allowed: ["version", "name", "source", "eligible_call_types", "ineligible_markers", "rules"])) {
            try ScreeningProtocol.parse(yaml: file(top: "\nauthor: me"), file: "t.yaml")
        }
    }

    @Test("a bad value names the field, the value and what is expected")
    func badValue() throws {
        let yaml = file(rules: """
          - id: bad
            when: { violence: maybe }
            decision: police
            code: X
            reason: x
        """)
        do {
            _ = try ScreeningProtocol.parse(yaml: yaml, file: "t.yaml")
            Issue.record("expected an error")
        } catch let error as ProtocolError {
            guard case let .badValue(file, line, field, value, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(file == "t.yaml" && line == 11 && field == "violence" && value == "maybe")
            #expect(error.description.contains("t.yaml:11"))
        }
    }

    @Test("a rule shadowed by an earlier rule can never fire")
    func shadowed() {
        let yaml = file(rules: """
          - id: knives
            when: { weapons: yes, violence: no }
            decision: police
            code: X
            reason: x
        """)
        #expect(throws: ProtocolError.shadowedRule(file: "t.yaml", line: 10, id: "knives", shadowedBy: ["weapons"])) {
            try ScreeningProtocol.parse(yaml: yaml, file: "t.yaml")
        }
    }

    @Test("a rule after the catch-all is shadowed by it")
    func afterCatchAll() {
        let yaml = file() + """

          - id: late
            when: { injury: yes }
            decision: ems
            code: X
            reason: x
        """
        #expect(throws: ProtocolError.self) { try ScreeningProtocol.parse(yaml: yaml, file: "t.yaml") }
    }

    @Test("a rule with contradictory conditions can never fire")
    func contradictory() {
        let yaml = file(rules: """
          - id: impossible
            when: { injury: [] }
            decision: ems
            code: X
            reason: x
        """)
        do {
            _ = try ScreeningProtocol.parse(yaml: yaml, file: "t.yaml")
            Issue.record("expected an error")
        } catch let error as ProtocolError {
            guard case let .contradictoryRule(_, line, id, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(line == 10 && id == "impossible")
        } catch { Issue.record("wrong error type") }
    }

    @Test("contradiction between when and when_any")
    func contradictoryAny() {
        let yaml = file(rules: """
          - id: impossible
            when: { injury: no }
            when_any: { injury: yes }
            decision: ems
            code: X
            reason: x
        """)
        #expect(throws: ProtocolError.self) { try ScreeningProtocol.parse(yaml: yaml, file: "t.yaml") }
    }

    @Test("a file without a catch-all leaves calls undecided")
    func incomplete() {
        let yaml = """
        version: "1"
        eligible_call_types: [NOISE NUISANCE]
        rules:
          - id: only
            when: { weapons: yes }
            decision: police
            code: X
            reason: x
        """
        #expect(throws: ProtocolError.self) { try ScreeningProtocol.parse(yaml: yaml, file: "t.yaml") }
    }

    @Test("duplicate ids, missing fields, malformed YAML and a missing file give errors")
    func otherErrors() {
        let duplicate = file(rules: """
          - id: weapons
            when: { violence: yes }
            decision: police
            code: X
            reason: x
        """)
        #expect(throws: ProtocolError.duplicateRuleID(file: "t.yaml", line: 10, id: "weapons", firstLine: 5)) {
            try ScreeningProtocol.parse(yaml: duplicate, file: "t.yaml")
        }
        #expect(throws: YAMLError.self) { try ScreeningProtocol.parse(yaml: "version: 1\nrules: [", file: "t.yaml") }
        #expect(throws: YAMLError.missingKey(file: "t.yaml", line: 1, key: "eligible_call_types")) {
            try ScreeningProtocol.parse(yaml: "version: 1\n", file: "t.yaml")
        }
        #expect(throws: YAMLError.self) { try ScreeningProtocol.parse(yaml: "", file: "t.yaml") }
        #expect(throws: ProtocolError.self) {
            try ScreeningProtocol.load(from: URL(fileURLWithPath: "/nonexistent/rules.yaml"))
        }
    }

    @Test("the decision table lists every rule in order")
    func table() throws {
        let rules = try ScreeningProtocol.bundled()
        let text = rules.decisionTable()
        var last = text.startIndex
        for rule in rules.rules {
            let range = try #require(text.range(of: rule.id, range: last..<text.endIndex))
            last = range.upperBound
        }
        #expect(text.contains("weapons is yes or unknown"))
    }
}
