/// The protocol's answer for one call: who to send, which rule fired, why, and the CAD short code.
public struct ProtocolDecision: Sendable, Hashable, Codable {
    /// Who to send.
    public var decision: ResponseDecision
    /// The id of the rule that fired.
    public var ruleID: String
    /// A plain-language reason.
    public var reason: String
    /// The short code to write in the CAD narrative.
    public var shortCode: String
    /// The normalised call type.
    public var callType: String
    /// Why the call type is or is not eligible.
    public var eligibility: String
    /// The protocol version that decided.
    public var protocolVersion: String
}
