/// Who the protocol sends to a call.
public enum ResponseDecision: String, Sendable, CaseIterable, Codable, Hashable {
    /// A community-responder team.
    case communityResponders = "community_responders"
    /// Police.
    case police
    /// Emergency medical services.
    case ems
    /// Police and community responders together (report, Joint Response).
    case jointResponse = "joint_response"
    /// Direct-line call with a red flag but no imminent threat to life: ask the caller before sending police.
    case askCallerPermission = "ask_caller_permission"

    /// A short human label.
    public var label: String {
        switch self {
        case .communityResponders: "community responders"
        case .police: "police"
        case .ems: "EMS"
        case .jointResponse: "joint response"
        case .askCallerPermission: "ask the caller's permission"
        }
    }
}
