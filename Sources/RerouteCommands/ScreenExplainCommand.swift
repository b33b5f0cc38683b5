import ArgumentParser
import Foundation
import Screening
import Vocabulary

extension ScreenCommand {
    /// Shows everything the narrative screener noticed in one or more narratives, and why each mention counts or not.
    ///
    /// `evaluate --show-errors` names the one reason a narrative was screened as it was; a call-taker's supervisor,
    /// an evaluator reviewing a sample, or whoever writes an agency lexicon needs every mention: the red flags, and the
    /// mentions ruled out (negated, past, hypothetical, excluded by meaning) with the cue that ruled them out.
    public struct Explain: ParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "explain",
            abstract: "Show every mention the narrative screener found in a narrative, red flags and ruled-out mentions alike, with its reason.",
            discussion: """
            Each NARRATIVE argument is screened on its own; '-' reads one narrative per line from standard input. \
            The verdict is 'red flag', 'review' (unreadable, or the learned reader's doubt) or 'eligible'.
            """
        )

        @Argument(help: "Narratives to screen, or '-' for one narrative per line on standard input.")
        var narratives: [String]

        @Option(name: .long, help: "Output format: text or json.")
        var format: OutputFormat = .text

        @OptionGroup var screening: ScreenerOptions

        public init() {}

        public func validate() throws {
            guard !narratives.isEmpty else { throw ValidationError("give at least one narrative, or '-' to read them from standard input") }
            guard format != .csv else { throw ValidationError("--format csv is not offered here: use text or json") }
        }

        public func run() throws {
            let screener = try screening.screener()
            var texts: [String] = []
            for argument in narratives {
                if argument == "-" {
                    while let line = readLine() { if !line.isEmpty { texts.append(line) } }
                } else {
                    texts.append(argument)
                }
            }
            let screenings = texts.map { screener.screen($0) }
            switch format {
            case .json:
                struct Item: Encodable { var narrative: String; var verdict: String; var screening: NarrativeScreening }
                let items = zip(texts, screenings).map { Item(narrative: $0, verdict: $1.verdict.rawValue, screening: $1) }
                print(try ScreenIO.json(items))
            case .text, .csv:
                for (index, (text, screening)) in zip(texts, screenings).enumerated() {
                    if index > 0 { print("") }
                    print(Self.describe(text, screening))
                }
            }
        }

        /// The text form: the narrative, its verdict, then one line per mention in text order.
        static func describe(_ text: String, _ screening: NarrativeScreening) -> String {
            var lines = ["Narrative: \(text)", "Verdict:   \(screening.verdict.rawValue.replacingOccurrences(of: "_", with: " "))"]
            if let reason = screening.unreadableReason { lines.append("  unreadable: \(reason)") }
            if let review = screening.learnedReview { lines.append("  learned reader: \(review)") }
            if screening.findings.isEmpty { lines.append("  no red-flag concept mentioned") }
            for finding in screening.findings {
                let cue = finding.cue.map { " [cue '\($0)']" } ?? ""
                lines.append("  \(finding.isRedFlag ? "RED " : "    ")\(finding.status.rawValue) \(finding.kind.rawValue) '\(finding.trigger)'\(cue): \(finding.explanation)")
            }
            return lines.joined(separator: "\n")
        }
    }
}
