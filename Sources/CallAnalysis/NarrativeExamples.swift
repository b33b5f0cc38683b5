import Screening
import Vocabulary

/// One sample narrative of an eligible type with the screener's verdict (the report's Figure 2).
public struct NarrativeExample: Sendable, Equatable {
    /// The catalogue code and label of the call's type.
    public var code: String
    public var label: String
    /// The narrative as written (cut at ``NarrativeExample/maximumCharacters`` with an ellipsis).
    public var text: String
    /// The screener's verdict: eligible, red flag or review.
    public var verdict: ScreeningVerdict
    /// Why, in one line: the red flags and their triggers, or what was ruled out.
    public var reason: String

    /// The longest narrative shown.
    public static let maximumCharacters = 400

    /// The narrative as a report may print it: every run of three or more digits (house numbers, phone numbers,
    /// case and plate numbers) becomes `###` and every word with an `@` becomes `[email]`. Names are not
    /// detected, so the report says to review the examples before publishing. Ages (one or two digits) stay.
    /// - Complexity: O(n) in the characters of `text`.
    public static func redacted(_ text: String) -> String {
        var out = ""
        var digits = ""
        func flush() {
            out += digits.count >= 3 ? "###" : digits
            digits = ""
        }
        for character in text {
            if character.isASCII, character.isNumber { digits.append(character); continue }
            flush()
            out.append(character)
        }
        flush()
        return out.split(separator: " ", omittingEmptySubsequences: false)
            .map { $0.contains("@") ? "[email]" : String($0) }.joined(separator: " ")
    }
}

extension DatasetAnalysis {
    /// Figure 2: one narrative from each of the `types` eligible types with the most calls, screened again here
    /// so the verdict comes with its reasons. Empty when the export has no narratives.
    ///
    /// The narrative shown is the one with the smallest sampling hash among the type's (``NarrativeSample``):
    /// a call drawn uniformly, the same on every run.
    public func narrativeExamples(types: Int = 6, screener: NarrativeScreener = NarrativeScreener()) -> [NarrativeExample] {
        let candidates = eligible.filter { !(summary.narratives[$0.entry.code]?.examples.isEmpty ?? true) }
            .sorted { ($0.tally.calls, $1.entry.code) > ($1.tally.calls, $0.entry.code) }
            .prefix(max(0, types))
        return candidates.compactMap { e, _, _ in
            guard let text = summary.narratives[e.code]?.examples.first else { return nil }
            let screening = screener.screen(text)
            let clean = NarrativeExample.redacted(text)
            let shown = clean.count > NarrativeExample.maximumCharacters ? String(clean.prefix(NarrativeExample.maximumCharacters)) + "…" : clean
            return NarrativeExample(code: e.code, label: e.label, text: shown, verdict: screening.verdict, reason: screening.reason)
        }
    }

    /// Figure 2 as a table (`fig02-sample-narratives`), or nil when the export has no narratives.
    public func narrativeExampleTable(_ examples: [NarrativeExample]) -> ResultTable? {
        guard !examples.isEmpty else { return nil }
        return ResultTable(id: "fig02-sample-narratives", title: "Sample narratives of eligible call types, screened", reference: "Figure 2",
                           columns: [("call_type", "Call type"), ("label", "Label"), ("narrative", "Narrative"), ("verdict", "Screener's verdict"),
                                     ("reason", "Reason")],
                           rows: examples.map { [.text($0.code), .text($0.label), .text($0.text), .text($0.verdict == .redFlag ? "red flag" : $0.verdict.rawValue), .text($0.reason)] },
                           notes: ["One narrative from each of the eligible types with the most calls, drawn uniformly (the smallest sampling hash of the type's narratives); verdict and reason from the narrative screener (`reroute screen`), which read the narrative as written.",
                                   "Numbers of three or more digits (addresses, phone, case and plate numbers) are shown as ### and e-mail addresses as [email]; names are not detected: review these examples before the report is published."])
    }
}
