import Foundation

/// The kinds of red flag the narrative screener looks for (report, Call Screening; issue 5).
public enum FlagKind: String, Sendable, CaseIterable, Codable, Hashable, Comparable {
    /// Weapons present, used or accessible (gun, knife, bat, GSW, shots fired, ...).
    case weapon
    /// Violence past or in progress (hit, punched, fighting, DV, assault, ...).
    case violence
    /// A threat of violence ("threatened to kill him", "wants to fight").
    case threat
    /// Injury or urgent medical need (bleeding, unconscious, OD, ...).
    case injury
    /// A suicide attempt, or suicidal talk together with a plan or means.
    case suicide
    /// An action only police can take: crime in progress, theft report, forcing a door, traffic.
    case policeOnly = "police_only"
    /// The caller cannot see the scene, or a red flag cannot be ruled out ("unknown if weapons", "open line").
    case uncertainty

    /// The name explanations print: the raw value with a hyphen for its underscore (`police-only`). Spelled out
    /// rather than made by replacing text, because every finding's explanation asks for it (issue 11).
    var hyphenatedName: String {
        switch self {
        case .policeOnly: "police-only"
        default: rawValue
        }
    }

    public static func < (lhs: FlagKind, rhs: FlagKind) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }

    /// Parses a flag name as written in corpus files (`weapon`, `police_only`, `police-only`, `weapons`, ...).
    public init?(parsing text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "-", with: "_")
        switch key {
        case "weapon", "weapons": self = .weapon
        case "violence", "violent": self = .violence
        case "threat", "threats": self = .threat
        case "injury", "medical", "injury_medical": self = .injury
        case "suicide", "suicidal": self = .suicide
        case "police_only", "policeonly", "police": self = .policeOnly
        case "uncertainty", "uncertain", "unseen": self = .uncertainty
        default: return nil
        }
    }
}
