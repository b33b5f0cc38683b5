import Foundation

/// A learned second reader for the narrative screener (issue 13, item 6): a logistic-regression model over the
/// screener's own tokens that the screener consults only when its rules find nothing. If the model's probability
/// of a red flag reaches ``threshold``, the verdict becomes ``ScreeningVerdict/review`` (a person looks), never a
/// red flag of any kind, and a rule's red flag or review is never lowered.
///
/// The model is trained by ``LearnedReaderTrainer`` from the project's labelled corpora (`reroute screen train`);
/// the trained weights ship as `Resources/learned-reader.txt` and are read with no download at run time.
public struct LearnedReader: Sendable, Hashable {
    /// One training file: its name, the splits read from it (empty: all rows), its MD5 and the rows used.
    public struct TrainingFile: Sendable, Hashable {
        /// The file name (no folder), as given to `screen train`.
        public var name: String
        /// The `split` values whose rows were used; empty means every row.
        public var splits: [String]
        /// MD5 of the whole file, lower-case hex.
        public var md5: String
        /// Rows used for training.
        public var rows: Int
    }

    /// Feature → weight (features as made by ``LearnedReaderFeatures``).
    public var weights: [String: Double]
    /// The intercept.
    public var bias: Double
    /// The probability at or above which an eligible narrative goes to review.
    public var threshold: Double
    /// What the model was trained on.
    public var trainingFiles: [TrainingFile]

    /// Creates a model.
    public init(weights: [String: Double], bias: Double, threshold: Double, trainingFiles: [TrainingFile]) {
        self.weights = weights
        self.bias = bias
        self.threshold = threshold
        self.trainingFiles = trainingFiles
    }

    /// The model's probability that a narrative with these features holds a red flag.
    func probability(of features: [String]) -> Double {
        var score = bias
        for feature in features { score += weights[feature] ?? 0 }
        return 1 / (1 + exp(-score))
    }

    /// The present features that push hardest towards a red flag, strongest first (ties by name).
    func topContributors(_ features: [String], count: Int = 3) -> [String] {
        var pushing: [(feature: String, weight: Double)] = []
        for feature in features {
            if let weight = weights[feature], weight > 0 { pushing.append((feature, weight)) }
        }
        pushing.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.feature < $1.feature }
        return pushing.prefix(count).map(\.feature)
    }

    /// The reason given when the model sends an eligible narrative to review.
    func reviewReason(probability: Double, features: [String]) -> String {
        let tokens = topContributors(features).map { "'\($0)'" }.joined(separator: ", ")
        let shown = String(format: "%.2f", probability)
        return "learned reader: p(red flag) \(shown) ≥ \(String(format: "%.2f", threshold)) (words: \(tokens))"
    }

    /// The model shipped in the Screening resource bundle.
    /// - Throws: ``LearnedReaderError`` if the resource is missing or malformed.
    public static func bundled() throws(LearnedReaderError) -> LearnedReader {
        try load(from: bundledURL).get()
    }

    /// Where the bundled model is, or nil if the resource bundle lacks it.
    static var bundledURL: URL? {
        Bundle.module.url(forResource: "learned-reader", withExtension: "txt", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "learned-reader", withExtension: "txt")
    }

    /// Reads a model file; nil stands for a resource that was not found in the bundle.
    static func load(from url: URL?) -> Result<LearnedReader, LearnedReaderError> {
        guard let url else {
            return .failure(.malformed(file: "learned-reader.txt", line: 0, reason: "not found in the Screening resource bundle"))
        }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            return .failure(.malformed(file: url.path, line: 0, reason: "cannot read: \(error.localizedDescription)"))
        }
        do { return .success(try parse(text, file: url.path)) } catch let error as LearnedReaderError {
            return .failure(error)
        } catch {
            return .failure(.malformed(file: url.path, line: 0, reason: "\(error)"))
        }
    }

    /// The bundled model, read once, or why it cannot be read.
    static let sharedLoad: Result<LearnedReader, LearnedReaderError> = load(from: bundledURL)

    /// The bundled model, read once; nil if it cannot be read (a screener then runs on its rules alone).
    static let shared: LearnedReader? = try? sharedLoad.get()

    /// Why the bundled model cannot be read, or nil when it loads. A screener that would consult it runs on its
    /// rules alone instead, and commands say so where they print "Learned reader:".
    public static var bundledProblem: LearnedReaderError? {
        if case let .failure(error) = sharedLoad { return error }
        return nil
    }
}

/// A model file that cannot be read.
public enum LearnedReaderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file, the line (1-based; 0 for the whole file) and what is wrong.
    case malformed(file: String, line: Int, reason: String)

    /// One line naming the file, line and problem.
    public var description: String {
        switch self {
        case let .malformed(file, line, reason): "\(file):\(line): \(reason)"
        }
    }
}
