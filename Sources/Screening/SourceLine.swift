/// The line a call came in on (report, Dispatch Process: four ways a community-responder call begins).
public enum SourceLine: String, Sendable, CaseIterable, Codable, Hashable {
    /// A 911 call.
    case nineOneOne = "911"
    /// The police non-emergency line.
    case nonEmergency = "non_emergency"
    /// The community-responder direct line: the caller wants to avoid a police response.
    case directLine = "direct_line"
    /// An officer on scene refers the call.
    case officerReferral = "officer_referral"
    /// A community-responder team self-initiates the call.
    case selfInitiated = "self_initiated"
}
