/// How the narrative screener does on a labelled corpus: "red flag present" precision, recall and F1, and a
/// confusion table by flag kind.
///
/// A call counts as screened out when the verdict is a red flag or review (an unreadable narrative is not sent
/// to responders unseen), so "predicted red flag" means "not screened eligible".
public struct CorpusEvaluation: Sendable {
    /// Per-kind counts: a kind is found when the screener reports a red flag of that kind.
    public struct KindCounts: Sendable, Hashable, Codable {
        /// Labelled with the kind and found.
        public var found = 0
        /// Labelled with the kind, not found.
        public var missed = 0
        /// Found but not labelled with the kind.
        public var extra = 0
        /// Labelled with the kind but the whole narrative was screened eligible (a costly miss).
        public var missedEntirely = 0

        /// Empty counts.
        public init() {}
    }

    /// One narrative the screener got wrong.
    public struct Error: Sendable {
        /// The corpus row.
        public var entry: CorpusEntry
        /// What the screener said.
        public var screening: NarrativeScreening
    }

    /// The overall table.
    public var overall = BinaryAgreement()
    /// Counts by flag kind.
    public var byKind: [FlagKind: KindCounts] = [:]
    /// Red flags the screener missed.
    public var misses: [Error] = []
    /// Eligible narratives the screener flagged.
    public var falseAlarms: [Error] = []
    /// How many narratives got each verdict.
    public var verdicts: [ScreeningVerdict: Int] = [:]

    /// Screens every entry and compares with its label.
    public init<S: Sequence>(entries: S, screener: NarrativeScreener = NarrativeScreener()) where S.Element == CorpusEntry {
        for kind in FlagKind.allCases { byKind[kind] = KindCounts() }
        for entry in entries {
            let screening = screener.screen(entry.narrative)
            let screenedOut = !screening.isEligible
            verdicts[screening.verdict, default: 0] += 1
            overall.record(predicted: screenedOut, actual: entry.isRedFlag)
            if entry.isRedFlag && !screenedOut { misses.append(Error(entry: entry, screening: screening)) }
            if !entry.isRedFlag && screenedOut { falseAlarms.append(Error(entry: entry, screening: screening)) }
            // Review means a red flag cannot be ruled out: it finds the uncertainty kind.
            let found = Set(screening.flagKinds).union(screening.verdict == .review ? [.uncertainty] : [])
            for kind in FlagKind.allCases {
                switch (entry.flags.contains(kind), found.contains(kind)) {
                case (true, true): byKind[kind]?.found += 1
                case (true, false):
                    byKind[kind]?.missed += 1
                    if !screenedOut { byKind[kind]?.missedEntirely += 1 }
                case (false, true): byKind[kind]?.extra += 1
                case (false, false): break
                }
            }
        }
    }
}
