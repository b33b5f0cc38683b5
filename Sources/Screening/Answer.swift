import Foundation

/// A call-taker's answer to one screening question.
public enum Answer: String, Sendable, CaseIterable, Codable, Hashable {
    /// The caller confirms it.
    case yes
    /// The caller rules it out.
    case no
    /// The caller does not know or cannot tell.
    case unknown

    /// Parses `yes`/`y`/`true`, `no`/`n`/`false`, `unknown`/`unk`/`?` (any case).
    public init?(parsing text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "yes", "y", "true": self = .yes
        case "no", "n", "false": self = .no
        case "unknown", "unk", "u", "?", "not sure": self = .unknown
        default: return nil
        }
    }
}
