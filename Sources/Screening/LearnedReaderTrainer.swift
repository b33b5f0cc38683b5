import Foundation

/// Trains a ``LearnedReader``: L2-regularised logistic regression by stochastic gradient descent.
///
/// Why this model: logistic regression gives a probability whose threshold can be chosen honestly across authors
/// (issue 13, item 6), its weights read as "this word pushes towards a red flag", and it handles the correlated
/// unigram and bigram features that make naive Bayes over-confident. No package in the project's allowed list
/// trains a linear text model in Swift, so the ~40 lines of training live here.
///
/// Deterministic by construction: rows are visited in the order given, for a fixed number of epochs with a fixed
/// learning-rate schedule, and there is no randomness, so the same inputs give the same weights (and, written
/// with six decimals, a byte-identical model file).
public struct LearnedReaderTrainer: Sendable {
    /// Passes over the training rows.
    public var epochs = 12
    /// Learning rate of the first epoch; epoch e uses `learningRate / (1 + e / 4)`.
    public var learningRate = 0.2
    /// L2 penalty, applied to a weight whenever its feature is seen.
    public var l2 = 0.0005
    /// A feature must occur in at least this many training narratives to get a weight.
    public var minimumCount = 2

    /// Creates a trainer with the default settings.
    public init() {}

    /// One training row: a narrative's features and whether it holds a red flag.
    public struct Example: Sendable {
        var features: [String]
        var isRedFlag: Bool
    }

    /// Trains on the examples in the order given.
    public func train(_ examples: [Example], threshold: Double, files: [LearnedReader.TrainingFile]) -> LearnedReader {
        var counts: [String: Int] = [:]
        for example in examples { for feature in example.features { counts[feature, default: 0] += 1 } }
        // Index the kept features in byte order so the arithmetic does not depend on hashing.
        let kept = counts.filter { $0.value >= minimumCount }.keys
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let index = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($1, $0) })
        let rows = examples.map { example in (example.features.compactMap { index[$0] }, example.isRedFlag ? 1.0 : 0.0) }
        var weights = [Double](repeating: 0, count: kept.count)
        var bias = 0.0
        for epoch in 0..<epochs {
            let rate = learningRate / (1 + Double(epoch) / 4)
            for (features, label) in rows {
                var score = bias
                for feature in features { score += weights[feature] }
                let gradient = 1 / (1 + exp(-score)) - label
                bias -= rate * gradient
                for feature in features { weights[feature] -= rate * (gradient + l2 * weights[feature]) }
            }
        }
        var model: [String: Double] = [:]
        for (feature, position) in index where LearnedReader.fixed(weights[position]) != "0.000000" {
            model[feature] = weights[position]
        }
        return LearnedReader(weights: model, bias: bias, threshold: threshold, trainingFiles: files)
    }
}
