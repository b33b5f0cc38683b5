/// One call as the call-taker sees it: its call type, the line it came in on, and the screening answers.
public struct ScreeningCall: Sendable, Hashable, Codable {
    /// The CAD call type as typed (normalised when compared).
    public var callType: String
    /// The line the call came in on.
    public var source: SourceLine
    /// Weapons present or accessible?
    public var weapons: Answer
    /// Violence in progress or threatened?
    public var violence: Answer
    /// Injury or urgent medical need?
    public var injury: Answer
    /// Suicide attempt, or plan and means?
    public var suicide: Answer
    /// Police-only action needed?
    public var policeOnly: Answer
    /// Can the caller see the scene?
    public var sceneVisible: Answer
    /// Imminent threat to human life?
    public var imminentThreat: Answer

    /// Creates a call; unanswered questions default to the safe "nothing reported" answers.
    public init(callType: String, source: SourceLine = .nineOneOne, weapons: Answer = .no, violence: Answer = .no,
                injury: Answer = .no, suicide: Answer = .no, policeOnly: Answer = .no,
                sceneVisible: Answer = .yes, imminentThreat: Answer = .no) {
        self.callType = callType
        self.source = source
        self.weapons = weapons
        self.violence = violence
        self.injury = injury
        self.suicide = suicide
        self.policeOnly = policeOnly
        self.sceneVisible = sceneVisible
        self.imminentThreat = imminentThreat
    }

    /// The answer for a question field (nil for `source` and `eligible`, which are not answers).
    public func answer(for field: ProtocolField) -> Answer? {
        switch field {
        case .source, .eligible: nil
        case .weapons: weapons
        case .violence: violence
        case .injury: injury
        case .suicide: suicide
        case .policeOnly: policeOnly
        case .sceneVisible: sceneVisible
        case .imminentThreat: imminentThreat
        }
    }

    /// Sets the answer for a question field (ignored for `source` and `eligible`).
    public mutating func setAnswer(_ answer: Answer, for field: ProtocolField) {
        switch field {
        case .source, .eligible: break
        case .weapons: weapons = answer
        case .violence: violence = answer
        case .injury: injury = answer
        case .suicide: suicide = answer
        case .policeOnly: policeOnly = answer
        case .sceneVisible: sceneVisible = answer
        case .imminentThreat: imminentThreat = answer
        }
    }
}
