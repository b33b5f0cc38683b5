/// How a mention of a red-flag concept stands in its sentence.
public enum FindingStatus: String, Sendable, CaseIterable, Codable, Hashable {
    /// Stated as present: a red flag.
    case affirmed
    /// Hedged ("poss", "may have", "afraid he will"): still a red flag.
    case possible
    /// Ruled out ("no weapons seen", "denies", "has not harmed himself").
    case negated
    /// Past history, not a current threat ("history of DV", "2 years ago").
    case historical
    /// Conditional or feared outcome that is not a red flag ("if she needs medical", "worried she may fall").
    case hypothetical
    /// Not a red flag by meaning ("threatened to call police", suicidal talk without plan or means).
    case excluded

    /// Whether a finding with this status screens the call out.
    public var isRedFlag: Bool { self == .affirmed || self == .possible }
}

/// One thing the screener noticed, with the text that triggered it.
public struct Finding: Sendable, Hashable, Codable {
    /// The kind of red flag.
    public var kind: FlagKind
    /// Whether it counts, and why not if not.
    public var status: FindingStatus
    /// The triggering text, as written.
    public var trigger: String
    /// The trigger's UTF-8 byte offsets in the narrative.
    public var span: Range<Int>
    /// The cue that changed the status ("NO", "HISTORY OF", ...), if any.
    public var cue: String?
    /// A plain-language explanation.
    public var explanation: String

    /// Whether this finding screens the call out.
    public var isRedFlag: Bool { status.isRedFlag }
}
