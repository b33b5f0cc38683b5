import Foundation

/// A versioned call-taker screening protocol: the eligible call types and an ordered decision table.
///
/// The first rule whose conditions hold decides a call. Load the bundled default with
/// ``ScreeningProtocol/bundled()`` or a user's file with ``ScreeningProtocol/load(from:)``; both are checked so
/// that every rule can fire and every call is decided.
public struct ScreeningProtocol: Sendable, Hashable {
    /// The rule-set version from the file.
    public var version: String
    /// A human name for the rule set.
    public var name: String
    /// Where the rules come from (report sections, peer programs).
    public var source: String
    /// Normalised eligible call types, in file order.
    public var eligibleCallTypes: [String]
    /// Call-type endings that make any call type ineligible (e.g. `-DV`).
    public var ineligibleSuffixes: [String]
    /// Call-type fragments that make any call type ineligible (e.g. `W/GUN`).
    public var ineligibleFragments: [String]
    /// The decision table, in order.
    public var rules: [ProtocolRule]

    /// Creates a protocol and checks that every rule can fire.
    /// - Throws: ``ProtocolError`` naming the first rule that cannot fire.
    public init(version: String, name: String, source: String, eligibleCallTypes: [String],
                ineligibleSuffixes: [String] = [], ineligibleFragments: [String] = [],
                rules: [ProtocolRule], file: String = "<memory>") throws {
        self.version = version
        self.name = name
        self.source = source
        self.eligibleCallTypes = eligibleCallTypes.map(Self.normalizedCallType)
        self.ineligibleSuffixes = ineligibleSuffixes.map { $0.uppercased() }
        self.ineligibleFragments = ineligibleFragments.map { $0.uppercased() }
        self.rules = rules
        try Self.checkReachability(rules, file: file)
    }

    /// Trims, upper-cases and collapses runs of whitespace: `" trbl  w/subj "` → `"TRBL W/SUBJ"`.
    public static func normalizedCallType(_ callType: String) -> String {
        callType.uppercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether a call type is eligible, and why.
    public func eligibility(of callType: String) -> (isEligible: Bool, explanation: String) {
        let type = Self.normalizedCallType(callType)
        if type.isEmpty { return (false, "no call type given") }
        if let suffix = ineligibleSuffixes.first(where: { type.hasSuffix($0) }) {
            return (false, "'\(type)' ends in '\(suffix)', a weapon or domestic-violence variant")
        }
        if let fragment = ineligibleFragments.first(where: { type.contains($0) }) {
            return (false, "'\(type)' contains '\(fragment)', a weapon or domestic-violence variant")
        }
        if eligibleCallTypes.contains(type) { return (true, "'\(type)' is on the eligible call-type list") }
        return (false, "'\(type)' is not on the eligible call-type list")
    }

    /// Decides one call.
    public func decide(_ call: ScreeningCall) -> ProtocolDecision {
        let eligibility = eligibility(of: call.callType)
        let facts = Self.facts(of: call, isEligible: eligibility.isEligible)
        // A checked protocol always ends in a rule that matches; the fallback keeps this total for safety.
        let rule = rules.first { $0.matches(facts) }
            ?? ProtocolRule(id: "no-rule", all: [:], decision: .police, shortCode: "CR-NR",
                            reason: "No rule matched; send police.")
        return ProtocolDecision(decision: rule.decision, ruleID: rule.id, reason: rule.reason,
                                shortCode: rule.shortCode, callType: Self.normalizedCallType(call.callType),
                                eligibility: eligibility.explanation, protocolVersion: version)
    }

    /// The field values a call presents to the rules.
    static func facts(of call: ScreeningCall, isEligible: Bool) -> [ProtocolField: String] {
        var facts: [ProtocolField: String] = [.source: call.source.rawValue, .eligible: isEligible ? "yes" : "no"]
        for field in ProtocolField.allCases {
            if let answer = call.answer(for: field) { facts[field] = answer.rawValue }
        }
        return facts
    }

    /// Every combination of field values (5 × 2 × 3⁷ = 21,870), used to prove each rule can fire.
    static func allFacts() -> [[ProtocolField: String]] {
        var combos: [[ProtocolField: String]] = [[:]]
        for field in ProtocolField.allCases {
            combos = combos.flatMap { partial in
                field.domain.map { value in
                    var next = partial
                    next[field] = value
                    return next
                }
            }
        }
        return combos
    }

    /// Checks that each rule decides at least one call and that every call is decided.
    ///
    /// - Complexity: O(rules × 21,870) rule evaluations.
    static func checkReachability(_ rules: [ProtocolRule], file: String) throws {
        let combos = allFacts()
        var fired = Array(repeating: false, count: rules.count)
        var matchedAtAll = Array(repeating: false, count: rules.count)
        var undecided: [ProtocolField: String]?
        for facts in combos {
            var decided = false
            for (index, rule) in rules.enumerated() where rule.matches(facts) {
                matchedAtAll[index] = true
                if !decided { fired[index] = true; decided = true }
            }
            if !decided && undecided == nil { undecided = facts }
        }
        for (index, rule) in rules.enumerated() where !fired[index] {
            if !matchedAtAll[index] {
                throw ProtocolError.contradictoryRule(file: file, line: rule.line, id: rule.id,
                                                      detail: contradiction(in: rule))
            }
            // Name the earlier rules that take the calls this rule would match.
            var shadowing: [String] = []
            for facts in combos where rule.matches(facts) {
                if let earlier = rules[..<index].first(where: { $0.matches(facts) }), !shadowing.contains(earlier.id) {
                    shadowing.append(earlier.id)
                }
            }
            throw ProtocolError.shadowedRule(file: file, line: rule.line, id: rule.id, shadowedBy: shadowing)
        }
        if let undecided {
            let example = ProtocolField.allCases.map { "\($0.rawValue)=\(undecided[$0] ?? "?")" }.joined(separator: ", ")
            throw ProtocolError.incomplete(file: file, example: example)
        }
    }

    static func contradiction(in rule: ProtocolRule) -> String {
        if let (field, _) = rule.all.first(where: { $0.value.isEmpty }) {
            return "'\(field.rawValue)' allows no value"
        }
        for (field, allowed) in rule.any {
            if let required = rule.all[field], allowed.isDisjoint(with: required), rule.any.count == 1 {
                return "'when' requires \(field.rawValue) in \(required.sorted()) but 'when_any' asks for \(allowed.sorted())"
            }
        }
        if !rule.any.isEmpty && rule.any.values.allSatisfy(\.isEmpty) { return "'when_any' allows no value" }
        return "no combination of answers satisfies both 'when' and 'when_any'"
    }
}
