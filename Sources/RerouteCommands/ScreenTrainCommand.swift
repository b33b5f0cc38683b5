import ArgumentParser
import Foundation
import Screening
import Vocabulary

extension ScreenCommand {
    /// Trains the learned second reader and, with --leave-out, validates it leave-one-author-out.
    public struct Train: ParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "train",
            abstract: "Train the learned second reader (logistic regression over the screener's tokens) from labelled corpora.",
            discussion: """
            Each FILE is a labelled corpus CSV, optionally followed by ':SPLIT[,SPLIT]' to train only on those splits \
            (e.g. corpus.csv:dev). Training is deterministic: the same files give a byte-identical model. With --leave-out \
            (one author's set per option), each set is left out in turn, the model is trained on everything else, and \
            rules alone are compared with rules + model on the left-out set; the threshold kept is the one that holds \
            precision ≥ --min-precision on every left-out set while maximising the smallest recall.
            """
        )

        @Argument(help: "Training corpora: PATH or PATH:SPLIT[,SPLIT].")
        var files: [String]

        @Option(name: .long, help: "Write the model here.")
        var out: String?

        @Option(name: .long, help: "The probability at or above which an eligible narrative goes to review (default: chosen by --leave-out, else 0.9).")
        var threshold: Double?

        @Option(name: .long, help: "A per-author set to leave out in turn (repeat). These rows also join the training of the final model.")
        var leaveOut: [String] = []

        @Option(name: .long, help: "Precision every left-out set must keep when choosing the threshold.")
        var minPrecision: Double = 0.85

        public init() {}

        public func validate() throws {
            guard !files.isEmpty || !leaveOut.isEmpty else { throw ValidationError("give at least one corpus CSV file") }
            if let threshold, !(0...1).contains(threshold) { throw ValidationError("--threshold must be between 0 and 1") }
        }

        public func run() throws {
            let others = try LearnedReaderCorpus(specs: files)
            var chosen = threshold
            var sets: [LearnedReaderCorpus] = []
            if !leaveOut.isEmpty {
                sets = try leaveOut.map { try LearnedReaderCorpus(specs: [$0]) }
                let validation = LearnedReaderValidation(sets: zip(leaveOut, sets).map { (URL(fileURLWithPath: $0.0).lastPathComponent, $0.1.rows) },
                                                         others: others.rows)
                let picked = validation.chosenThreshold(minimumPrecision: minPrecision)
                if picked == nil { print("No threshold keeps precision ≥ \(minPrecision) on every left-out set; the table shows \(LearnedReaderFormat.decimal(threshold ?? 0.9)).") }
                print(Self.report(validation, threshold: picked ?? threshold ?? 0.9, minimumPrecision: minPrecision))
                if chosen == nil { chosen = picked }
            }
            guard let out else { return }
            let all = LearnedReaderCorpus(rows: others.rows + sets.flatMap(\.rows), files: others.files + sets.flatMap(\.files))
            let model = all.train(threshold: chosen ?? 0.9)
            try OutputFile.write(model.text(), to: URL(fileURLWithPath: out))
            StandardStream.error("wrote \(out): \(model.weights.count) weights from \(all.rows.count) narratives, threshold \(LearnedReaderFormat.decimal(model.threshold))\n")
        }

        static func report(_ validation: LearnedReaderValidation, threshold: Double, minimumPrecision: Double) -> String {
            var lines = ["Leave-one-author-out (model trained without the left-out set; the rules are as they are now):"]
            lines.append("threshold \(LearnedReaderFormat.decimal(threshold)) (chosen: precision ≥ \(minimumPrecision) on every set, smallest recall maximised, when one qualifies)")
            lines.append("left out            n   rules recall  precision   +model recall  precision  reviews added   model alone recall  precision")
            var gains: [Double] = []
            for fold in validation.folds {
                let rules = fold.rulesOnly
                let both = fold.combined(threshold: threshold)
                let alone = fold.modelOnly(threshold: threshold)
                gains.append(both.recall - rules.recall)
                let added = (both.truePositives + both.falsePositives) - (rules.truePositives + rules.falsePositives)
                lines.append([fold.name.padding(toLength: 17, withPad: " ", startingAt: 0), String(format: "%5d", rules.total),
                              String(format: "%14.3f", rules.recall), String(format: "%10.3f", rules.precision),
                              String(format: "%15.3f", both.recall), String(format: "%10.3f", both.precision),
                              String(format: "%14d", added),
                              String(format: "%20.3f", alone.recall), String(format: "%10.3f", alone.precision)].joined(separator: " "))
            }
            lines.append(String(format: "mean recall gain %.4f", gains.reduce(0, +) / Double(max(gains.count, 1))))
            lines.append("")
            lines.append("threshold  smallest recall  smallest precision  mean recall gain  reviews added")
            for candidate in [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98] {
                let tables = validation.folds.map { ($0.rulesOnly, $0.combined(threshold: candidate)) }
                let gain = tables.map { $0.1.recall - $0.0.recall }.reduce(0, +) / Double(max(tables.count, 1))
                let added = tables.map { ($0.1.truePositives + $0.1.falsePositives) - ($0.0.truePositives + $0.0.falsePositives) }.reduce(0, +)
                lines.append(String(format: "%9.2f  %15.3f  %18.3f  %16.4f  %13d", candidate, tables.map(\.1.recall).min() ?? 0,
                                    tables.map(\.1.precision).min() ?? 0, gain, added))
            }
            return lines.joined(separator: "\n")
        }
    }
}

/// Number formatting for the learned reader's output.
enum LearnedReaderFormat {
    static func decimal(_ value: Double) -> String { String(format: "%.2f", value) }
}
