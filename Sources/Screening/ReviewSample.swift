import Vocabulary
/// A stratified sample of calls for human review, and the agreement between screener and reviewers.
public enum ReviewSample {
    /// One sampled call with the screener's verdict.
    public struct Row: Sendable, Hashable, Codable {
        /// The source incident id, if the input had one.
        public var incidentID: String
        /// The normalised call type.
        public var callType: String
        /// The narrative.
        public var narrative: String
        /// `eligible` or `red_flag`.
        public var verdict: String
        /// The screener's reason.
        public var reasons: String
    }

    /// Draws up to `perType` calls of each call type, uniformly without replacement, deterministically from `seed`.
    ///
    /// Rows come out grouped by call type (alphabetical), in input order within a type.
    /// - Complexity: O(n log n) for n calls.
    public static func draw<S: Sequence>(_ calls: S, perType: Int, seed: UInt64,
                                         screener: NarrativeScreener = NarrativeScreener()) -> [Row]
    where S.Element == (incidentID: String, callType: String, narrative: String) {
        var byType: [String: [(incidentID: String, callType: String, narrative: String)]] = [:]
        for call in calls { byType[ScreeningProtocol.normalizedCallType(call.callType), default: []].append(call) }
        var generator = SplitMix64(seed: seed)
        var rows: [Row] = []
        for type in byType.keys.sorted() {
            let members = byType[type] ?? []
            // Partial Fisher-Yates over indices, then restore input order.
            var indices = Array(members.indices)
            let take = min(max(perType, 0), indices.count)
            for i in 0..<take {
                let j = i + Int(generator.next() % UInt64(indices.count - i))
                indices.swapAt(i, j)
            }
            for index in indices.prefix(take).sorted() {
                let call = members[index]
                let screening = screener.screen(call.narrative)
                rows.append(Row(incidentID: call.incidentID, callType: type, narrative: call.narrative,
                                verdict: screening.isEligible ? "eligible" : "red_flag", reasons: screening.reason))
            }
        }
        return rows
    }

    /// The result of comparing reviewed labels with the screener.
    public struct Agreement: Sendable {
        /// Per-type eligibility from the reviewers' labels, plus "ALL".
        public var estimates: [EligibilityEstimate]
        /// Screener (predicted) vs reviewers (reference) for "red flag present".
        public var agreement: BinaryAgreement
        /// Rows without a label, skipped.
        public var unlabelled: Int
    }

    /// Compares reviewers' labels with the screener's verdicts.
    /// - Parameter reviewed: `(callType, narrative, isRedFlag)` per reviewed call; the screener is re-run on
    ///   each narrative so edited rules are measured, not stale verdicts.
    public static func compare<S: Sequence>(_ reviewed: S, unlabelled: Int = 0,
                                            screener: NarrativeScreener = NarrativeScreener()) -> Agreement
    where S.Element == (callType: String, narrative: String, isRedFlag: Bool) {
        var counts: [String: (calls: Int, eligible: Int)] = [:]
        var agreement = BinaryAgreement()
        for call in reviewed {
            let type = ScreeningProtocol.normalizedCallType(call.callType)
            counts[type, default: (0, 0)].calls += 1
            if !call.isRedFlag { counts[type, default: (0, 0)].eligible += 1 }
            agreement.record(predicted: screener.screen(call.narrative).hasRedFlag, actual: call.isRedFlag)
        }
        return Agreement(estimates: EligibilityEstimator.estimates(from: counts), agreement: agreement, unlabelled: unlabelled)
    }
}
