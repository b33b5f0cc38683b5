/// The share of one call type's calls screened (or labelled) eligible, with a 95% Wilson interval.
public struct EligibilityEstimate: Sendable, Hashable, Codable {
    /// The normalised call type ("ALL" for the total).
    public var callType: String
    /// Calls of this type.
    public var calls: Int
    /// Calls screened or labelled eligible.
    public var eligible: Int
    /// eligible / calls with its 95% Wilson interval.
    public var interval: WilsonInterval
}

/// Runs the narrative screener over a dataset and estimates per-type eligibility (report, Figure 3 method).
public struct EligibilityEstimator: Sendable {
    /// The screener used.
    public var screener: NarrativeScreener

    /// Creates an estimator.
    public init(screener: NarrativeScreener = NarrativeScreener()) { self.screener = screener }

    /// Screens every call and returns one estimate per normalised call type (sorted by call count, descending),
    /// followed by the total ("ALL").
    /// - Complexity: O(total narrative length).
    public func estimate<S: Sequence>(_ calls: S) -> [EligibilityEstimate] where S.Element == (callType: String, narrative: String) {
        var counts: [String: (calls: Int, eligible: Int)] = [:]
        for call in calls {
            let type = ScreeningProtocol.normalizedCallType(call.callType)
            let eligible = screener.screen(call.narrative).isEligible
            counts[type, default: (0, 0)].calls += 1
            if eligible { counts[type, default: (0, 0)].eligible += 1 }
        }
        return Self.estimates(from: counts)
    }

    /// Per-type estimates from counts, plus the total.
    public static func estimates(from counts: [String: (calls: Int, eligible: Int)]) -> [EligibilityEstimate] {
        var result = counts.map { type, count in
            EligibilityEstimate(callType: type, calls: count.calls, eligible: count.eligible,
                                interval: WilsonInterval(successes: count.eligible, trials: count.calls))
        }.sorted { ($0.calls, $1.callType) > ($1.calls, $0.callType) }
        let calls = counts.values.reduce(0) { $0 + $1.calls }
        let eligible = counts.values.reduce(0) { $0 + $1.eligible }
        result.append(EligibilityEstimate(callType: "ALL", calls: calls, eligible: eligible,
                                          interval: WilsonInterval(successes: eligible, trials: calls)))
        return result
    }
}
