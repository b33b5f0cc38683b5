/// Leave-one-author-out validation of the learned reader (issue 13, item 6): for each set written by one author,
/// train on every other row, screen the left-out set with the rules and the model, and compare with the rules alone.
public struct LearnedReaderValidation: Sendable {
    /// One left-out set.
    public struct Fold: Sendable {
        /// The set's name.
        public var name: String
        /// Rules alone on the left-out set.
        public var rulesOnly: BinaryAgreement
        /// Each row's label, whether the rules screen it out, and the model's probability.
        var scored: [(isRedFlag: Bool, rulesScreenOut: Bool, probability: Double)]

        /// Rules, then the model on what the rules call eligible, at a threshold.
        public func combined(threshold: Double) -> BinaryAgreement {
            var table = BinaryAgreement()
            for row in scored {
                table.record(predicted: row.rulesScreenOut || row.probability >= threshold, actual: row.isRedFlag)
            }
            return table
        }

        /// The model alone (no rules) at a threshold.
        public func modelOnly(threshold: Double) -> BinaryAgreement {
            var table = BinaryAgreement()
            for row in scored { table.record(predicted: row.probability >= threshold, actual: row.isRedFlag) }
            return table
        }
    }

    /// The folds, in the order the sets were given.
    public var folds: [Fold]

    /// Runs the folds: `sets` are the per-author sets to leave out in turn; `others` are always in training.
    public init(sets: [(name: String, rows: [LearnedReaderCorpus.Row])], others: [LearnedReaderCorpus.Row],
                trainer: LearnedReaderTrainer = LearnedReaderTrainer()) {
        folds = sets.indices.map { left in
            let training = others + sets.indices.filter { $0 != left }.flatMap { sets[$0].rows }
            let model = trainer.train(training.map(\.example), threshold: 1, files: [])
            var rules = BinaryAgreement()
            let scored = sets[left].rows.map { row in
                rules.record(predicted: row.rulesScreenOut, actual: row.entry.isRedFlag)
                return (row.entry.isRedFlag, row.rulesScreenOut, model.probability(of: row.example.features))
            }
            return Fold(name: sets[left].name, rulesOnly: rules, scored: scored)
        }
    }

    /// Thresholds tried: 0.50 to 0.99 by 0.01.
    public static let thresholds: [Double] = (50...99).map { Double($0) / 100 }

    /// The threshold that keeps precision ≥ `minimumPrecision` on every left-out set and maximises the smallest
    /// recall (ties: the highest threshold, the fewest reviews); nil if none keeps the precision.
    public func chosenThreshold(minimumPrecision: Double = 0.85) -> Double? {
        var best: (threshold: Double, recall: Double)?
        for threshold in Self.thresholds {
            let tables = folds.map { $0.combined(threshold: threshold) }
            guard tables.allSatisfy({ $0.precision >= minimumPrecision }) else { continue }
            let recall = tables.map(\.recall).min() ?? 0
            if best == nil || recall >= (best?.recall ?? 0) { best = (threshold, recall) }
        }
        return best?.threshold
    }
}
