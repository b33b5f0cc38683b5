/// The narrative screener's verdict on one narrative.
public struct NarrativeScreening: Sendable, Hashable, Codable {
    /// Everything noticed, red flags and ruled-out mentions alike, in text order.
    public var findings: [Finding]
    /// UTF-8 byte offsets of invalid bytes replaced before screening (empty for `String` input).
    public var invalidByteOffsets: [Int]
    /// The narrative length in UTF-8 bytes.
    public var byteCount: Int
    /// Why the narrative could not be read (empty, too short, mostly non-words), or nil if it could.
    public var unreadableReason: String?
    /// Why the learned second reader sent an otherwise eligible narrative to review, or nil if it did not
    /// (or was off). Never set when a rule found a red flag.
    public var learnedReview: String?

    /// Findings that screen the call out.
    public var redFlags: [Finding] { findings.filter(\.isRedFlag) }
    /// Whether any red flag was found.
    public var hasRedFlag: Bool { findings.contains(where: \.isRedFlag) }
    /// The verdict: a red flag, review (unreadable narrative, or the learned reader's doubt) or eligible.
    public var verdict: ScreeningVerdict {
        if hasRedFlag { return .redFlag }
        return unreadableReason == nil && learnedReview == nil ? .eligible : .review
    }
    /// Eligible for community responders as far as the narrative shows: readable and without a red flag.
    public var isEligible: Bool { verdict == .eligible }
    /// The distinct red-flag kinds, sorted.
    public var flagKinds: [FlagKind] { Array(Set(redFlags.map(\.kind))).sorted() }
    /// A one-line reason: the red flags with their triggers, or why the call looks eligible.
    public var reason: String {
        let flags = redFlags
        if flags.isEmpty, let unreadableReason { return "review: \(unreadableReason); nothing rules a red flag out" }
        if flags.isEmpty, let learnedReview { return "review: \(learnedReview); the rules found no red flag" }
        if flags.isEmpty {
            let ruledOut = findings.map { "\($0.kind.rawValue) \($0.status.rawValue) ('\($0.trigger)')" }
            return ruledOut.isEmpty ? "no red flag mentioned" : "no red flag: " + ruledOut.joined(separator: "; ")
        }
        return flags.map { "\($0.kind.rawValue): '\($0.trigger)'" + ($0.status == .possible ? " (possible)" : "") }
            .joined(separator: "; ")
    }
}
