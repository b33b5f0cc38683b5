/// The narrative screener's verdict on one narrative.
public struct NarrativeScreening: Sendable, Hashable, Codable {
    /// Everything noticed, red flags and ruled-out mentions alike, in text order.
    public var findings: [Finding]
    /// UTF-8 byte offsets of invalid bytes replaced before screening (empty for `String` input).
    public var invalidByteOffsets: [Int]
    /// The narrative length in UTF-8 bytes.
    public var byteCount: Int

    /// Findings that screen the call out.
    public var redFlags: [Finding] { findings.filter(\.isRedFlag) }
    /// Whether any red flag was found.
    public var hasRedFlag: Bool { findings.contains(where: \.isRedFlag) }
    /// Eligible for community responders as far as the narrative shows (no red flag).
    public var isEligible: Bool { !hasRedFlag }
    /// The distinct red-flag kinds, sorted.
    public var flagKinds: [FlagKind] { Array(Set(redFlags.map(\.kind))).sorted() }
    /// A one-line reason: the red flags with their triggers, or why the call looks eligible.
    public var reason: String {
        if byteCount == 0 { return "empty narrative: nothing to screen (no red flag found)" }
        let flags = redFlags
        if flags.isEmpty {
            let ruledOut = findings.map { "\($0.kind.rawValue) \($0.status.rawValue) ('\($0.trigger)')" }
            return ruledOut.isEmpty ? "no red flag mentioned" : "no red flag: " + ruledOut.joined(separator: "; ")
        }
        return flags.map { "\($0.kind.rawValue): '\($0.trigger)'" + ($0.status == .possible ? " (possible)" : "") }
            .joined(separator: "; ")
    }
}
