/// A 2×2 confusion table for "red flag present", with precision, recall, F1 and Cohen's kappa.
public struct BinaryAgreement: Sendable, Hashable, Codable {
    /// Both say red flag.
    public var truePositives = 0
    /// Predicted red flag, reference says eligible.
    public var falsePositives = 0
    /// Predicted eligible, reference says red flag.
    public var falseNegatives = 0
    /// Both say eligible.
    public var trueNegatives = 0

    /// Creates a table.
    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0, trueNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
        self.trueNegatives = trueNegatives
    }

    /// Adds one paired judgement.
    public mutating func record(predicted: Bool, actual: Bool) {
        switch (predicted, actual) {
        case (true, true): truePositives += 1
        case (true, false): falsePositives += 1
        case (false, true): falseNegatives += 1
        case (false, false): trueNegatives += 1
        }
    }

    /// Number of paired judgements.
    public var total: Int { truePositives + falsePositives + falseNegatives + trueNegatives }
    /// TP / (TP + FP); 1 when nothing was predicted positive.
    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    /// TP / (TP + FN); 1 when there were no positives.
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    /// Harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    /// Share of judgements that agree.
    public var accuracy: Double { ratio(truePositives + trueNegatives, total) }

    /// Cohen's kappa: (p_o − p_e) / (1 − p_e), with p_e from the two raters' marginals. 1 when p_e = 1 and p_o = 1.
    public var kappa: Double {
        let n = Double(total)
        guard n > 0 else { return 0 }
        let observed = Double(truePositives + trueNegatives) / n
        let predictedYes = Double(truePositives + falsePositives) / n
        let actualYes = Double(truePositives + falseNegatives) / n
        let expected = predictedYes * actualYes + (1 - predictedYes) * (1 - actualYes)
        if expected >= 1 { return observed >= 1 ? 1 : 0 }
        return (observed - expected) / (1 - expected)
    }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }
}
