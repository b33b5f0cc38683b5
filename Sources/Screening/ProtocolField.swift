/// A fact about a call that protocol rules can test, with its allowed values.
public enum ProtocolField: String, Sendable, CaseIterable, Codable, Hashable, Comparable {
    /// The line the call came in on (`SourceLine` raw values).
    case source
    /// Whether the call type is eligible (`yes`/`no`).
    case eligible
    /// Weapons present or accessible?
    case weapons
    /// Violence in progress or threatened?
    case violence
    /// Injury or urgent medical need?
    case injury
    /// Suicide attempt, or plan and means?
    case suicide
    /// Police-only action needed: crime in progress, theft report, forcing a door, traffic?
    case policeOnly = "police_only"
    /// Can the caller see the scene?
    case sceneVisible = "scene_visible"
    /// Imminent threat to human life?
    case imminentThreat = "imminent_threat"

    /// The values the field can take, in display order.
    public var domain: [String] {
        switch self {
        case .source: SourceLine.allCases.map(\.rawValue)
        case .eligible: ["yes", "no"]
        default: Answer.allCases.map(\.rawValue)
        }
    }

    /// The question a call-taker asks, for prompts and the decision table.
    public var question: String {
        switch self {
        case .source: "Which line did the call come in on?"
        case .eligible: "Is the call type on the eligible list?"
        case .weapons: "Are weapons present or accessible?"
        case .violence: "Is violence in progress or threatened?"
        case .injury: "Is there an injury or urgent medical need?"
        case .suicide: "Is there a suicide attempt, or a plan and means?"
        case .policeOnly: "Is a police-only action needed (crime in progress, theft report, forcing a door, traffic)?"
        case .sceneVisible: "Can the caller see the scene?"
        case .imminentThreat: "Is there an imminent threat to human life?"
        }
    }

    public static func < (lhs: ProtocolField, rhs: ProtocolField) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
