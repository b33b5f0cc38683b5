import Foundation
import Testing
@testable import Screening

/// One call per rule of the bundled protocol: the call must be decided by exactly that rule.
struct ProtocolRuleCase: Sendable, CustomTestStringConvertible {
    var rule: String
    var call: ScreeningCall
    var decision: ResponseDecision
    var code: String
    var testDescription: String { rule }
}

@Suite("Protocol rules")
struct ProtocolRuleTests {
    static let cases: [ProtocolRuleCase] = [
        .init(rule: "type-not-eligible", call: ScreeningCall(callType: "BATTERY"), decision: .police, code: "CR-NE"),
        .init(rule: "direct-line-imminent-medical",
              call: ScreeningCall(callType: "WELFARE CITIZEN", source: .directLine, injury: .yes, imminentThreat: .yes),
              decision: .ems, code: "CR-DL-EMS"),
        .init(rule: "direct-line-imminent-threat",
              call: ScreeningCall(callType: "FAMILY TROUBLE", source: .directLine, weapons: .yes, imminentThreat: .yes),
              decision: .police, code: "CR-DL-PD"),
        .init(rule: "direct-line-red-flag",
              call: ScreeningCall(callType: "FAMILY TROUBLE", source: .directLine, violence: .yes),
              decision: .askCallerPermission, code: "CR-DL-ASK"),
        .init(rule: "referral-on-scene",
              call: ScreeningCall(callType: "MENTAL OBSERVATION", source: .officerReferral, weapons: .unknown),
              decision: .communityResponders, code: "CR-REF"),
        .init(rule: "weapon-or-violence-with-injury",
              call: ScreeningCall(callType: "TRBL W/SUBJ", violence: .yes, injury: .yes),
              decision: .police, code: "CR-SO-PD-EMS"),
        .init(rule: "weapons", call: ScreeningCall(callType: "TRBL W/SUBJ", weapons: .unknown), decision: .police, code: "CR-SO-WPN"),
        .init(rule: "violence", call: ScreeningCall(callType: "CALL FOR POLICE", violence: .yes), decision: .police, code: "CR-SO-VIOL"),
        .init(rule: "injury", call: ScreeningCall(callType: "WELFARE CITIZEN", injury: .yes), decision: .ems, code: "CR-SO-EMS"),
        .init(rule: "suicide-plan-or-attempt", call: ScreeningCall(callType: "MENTAL OBSERVATION", suicide: .yes),
              decision: .jointResponse, code: "CR-JOINT"),
        .init(rule: "police-only-action", call: ScreeningCall(callType: "PARKING TROUBLE", policeOnly: .yes),
              decision: .police, code: "CR-SO-PDO"),
        .init(rule: "scene-not-seen", call: ScreeningCall(callType: "SUSPICIOUS-OTH", sceneVisible: .no),
              decision: .police, code: "CR-SO-UNSEEN"),
        .init(rule: "community-responders", call: ScreeningCall(callType: " noise  nuisance "),
              decision: .communityResponders, code: "CR-OK"),
    ]

    @Test("each rule fires for its call", arguments: cases)
    func ruleFires(_ testCase: ProtocolRuleCase) throws {
        let decision = try ScreeningProtocol.bundled().decide(testCase.call)
        #expect(decision.ruleID == testCase.rule)
        #expect(decision.decision == testCase.decision)
        #expect(decision.shortCode == testCase.code)
        #expect(!decision.reason.isEmpty)
    }

    @Test("the table covers every bundled rule")
    func everyRuleHasACase() throws {
        let ids = try ScreeningProtocol.bundled().rules.map(\.id)
        #expect(Set(ids) == Set(Self.cases.map(\.rule)))
        #expect(ids.count == Self.cases.count)
    }

    @Test("the bundled file lists the report's 18 eligible Milwaukee call types")
    func eligibleTypes() throws {
        let rules = try ScreeningProtocol.bundled()
        #expect(rules.eligibleCallTypes.count == 18)
        for type in ["TRBL W/SUBJ", "WELFARE CITIZEN", "MENTAL OBSERVATION", "SUSP PERS/AUTO", "CALL FOR POLICE",
                     "NOISE NUISANCE", "PROPERTY PICKUP", "FAMILY TROUBLE", "TRBL W/JUV", "CHILD CUSTODY", "CHILD NEGLECT",
                     "PARKING TROUBLE", "SUSPICIOUS-OTH", "IND EXPOSURE", "LANDLORD/TEN TRB", "FIREWORKS", "SOLICITING",
                     "CRUELTY ANIMAL"] {
            #expect(rules.eligibility(of: type).isEligible, "\(type)")
        }
    }

    @Test("call types are normalised; DV and weapon variants are never eligible",
          arguments: [("  trbl w/subj ", true), ("FAMILY TROUBLE-DV", false), ("TRBL W/SUBJ-W", false),
                      ("TRBL W/SUBJ W/GUN", false), ("BATTERY", false), ("", false), ("welfare\tcitizen", true)])
    func normalisation(_ type: String, _ eligible: Bool) throws {
        #expect(try ScreeningProtocol.bundled().eligibility(of: type).isEligible == eligible)
    }

    @Test("an unseen scene goes to police; an answered CAHOOTS triple goes to responders")
    func cahoots() throws {
        let rules = try ScreeningProtocol.bundled()
        #expect(rules.decide(ScreeningCall(callType: "WELFARE CITIZEN", sceneVisible: .unknown)).decision == .police)
        #expect(rules.decide(ScreeningCall(callType: "WELFARE CITIZEN", weapons: .no, violence: .no, injury: .no)).decision
                == .communityResponders)
    }
}
