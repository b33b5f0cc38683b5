import Foundation

/// A labelled corpus read once for training and validating the learned reader: each row's features and the rules'
/// verdict on it.
public struct LearnedReaderCorpus: Sendable {
    /// One row as the screener reads it.
    public struct Row: Sendable {
        /// The corpus row.
        public var entry: CorpusEntry
        /// Training example (features and label).
        public var example: LearnedReaderTrainer.Example
        /// Whether the rules alone screen it out (red flag or review).
        public var rulesScreenOut: Bool
    }

    /// The rows, in file order.
    public var rows: [Row]
    /// Where they came from.
    public var files: [LearnedReader.TrainingFile]

    /// Reads corpus files given as `PATH` (every row) or `PATH:SPLIT[,SPLIT]` (only rows of those splits).
    /// - Throws: ``ScreeningInputError`` for an unreadable file or a bad row.
    public init(specs: [String]) throws {
        rows = []
        files = []
        for spec in specs {
            var path = spec
            var splits: [String] = []
            if let colon = spec.lastIndex(of: ":"), !spec[spec.index(after: colon)...].contains("/") {
                path = String(spec[..<colon])
                splits = spec[spec.index(after: colon)...].split(separator: ",").map(String.init)
            }
            let url = URL(fileURLWithPath: path)
            let data: Data
            do { data = try Data(contentsOf: url) } catch {
                throw ScreeningInputError.emptyFile(file: path + " (unreadable: \(error.localizedDescription))")
            }
            let entries = try CorpusEntry.load(csv: data, file: path).filter { splits.isEmpty || splits.contains($0.split) }
            rows += entries.map(Self.row)
            files.append(LearnedReader.TrainingFile(name: url.lastPathComponent, splits: splits, md5: MD5.hex(Array(data)),
                                                    rows: entries.count))
        }
    }

    /// Rows already read.
    public init(rows: [Row], files: [LearnedReader.TrainingFile]) {
        self.rows = rows
        self.files = files
    }

    static func row(_ entry: CorpusEntry) -> Row {
        let read = LearnedReaderFeatures.features(of: entry.narrative)
        let screenOut = read.findings.contains(where: \.isRedFlag) || read.unreadable
        return Row(entry: entry, example: LearnedReaderTrainer.Example(features: read.features, isRedFlag: entry.isRedFlag),
                   rulesScreenOut: screenOut)
    }

    /// Trains a model on every row.
    public func train(threshold: Double, trainer: LearnedReaderTrainer = LearnedReaderTrainer()) -> LearnedReader {
        trainer.train(rows.map(\.example), threshold: threshold, files: files)
    }
}
