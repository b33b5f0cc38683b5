/// One row of the protocol's decision table: conditions, the decision, its CAD short code and reason.
public struct ProtocolRule: Sendable, Hashable, Codable {
    /// A stable identifier, e.g. `weapons`.
    public var id: String
    /// Every field listed must take one of its values (AND). An empty dictionary always holds.
    public var all: [ProtocolField: Set<String>]
    /// At least one field listed must take one of its values (OR). Empty means no OR condition.
    public var any: [ProtocolField: Set<String>]
    /// Who to send.
    public var decision: ResponseDecision
    /// The short code the call-taker writes in the CAD narrative.
    public var shortCode: String
    /// A plain-language reason.
    public var reason: String
    /// The line of the rule in its file (0 when built in code).
    public var line: Int

    /// Creates a rule.
    public init(id: String, all: [ProtocolField: Set<String>], any: [ProtocolField: Set<String>] = [:],
                decision: ResponseDecision, shortCode: String, reason: String, line: Int = 0) {
        self.id = id
        self.all = all
        self.any = any
        self.decision = decision
        self.shortCode = shortCode
        self.reason = reason
        self.line = line
    }

    /// Whether the rule's conditions hold for a set of field values.
    public func matches(_ facts: [ProtocolField: String]) -> Bool {
        for (field, allowed) in all where !allowed.contains(facts[field] ?? "") { return false }
        if any.isEmpty { return true }
        return any.contains { field, allowed in allowed.contains(facts[field] ?? "") }
    }
}
