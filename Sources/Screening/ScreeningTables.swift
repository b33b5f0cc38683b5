import Vocabulary

/// The screener's results as ``ResultTable``s, so `reroute screen` prints them on a terminal, as CSV or as JSON
/// through the one table writer and number policy rather than its own.
public enum ScreeningTables {
    /// Share eligible by call type with its 95% Wilson interval (`screen estimate`; the report's Figure 3 method).
    /// - Parameters:
    ///   - estimates: one estimate per call type, "ALL" last.
    ///   - source: who decided eligibility ("screener" or "reviewer labels").
    public static func estimates(_ estimates: [EligibilityEstimate], source: String) -> ResultTable {
        ResultTable(
            id: "screen-estimate", title: "Share eligible by call type (source: \(source); 95% Wilson interval)",
            columns: [("call_type", "call type"), ("calls", "calls"), ("eligible", "eligible"), ("share", "share"),
                      ("wilson95_lower", "low"), ("wilson95_upper", "high"), ("source", "source")],
            rows: estimates.map {
                [.text($0.callType), .integer($0.calls), .integer($0.eligible), .number($0.interval.share, decimals: 3),
                 .number($0.interval.lower, decimals: 3), .number($0.interval.upper, decimals: 3), .text(source)]
            })
    }

    /// "Red flag present" agreement per part of a labelled corpus (`screen evaluate`): counts, precision, recall,
    /// F1 and the verdicts given.
    /// - Parameters:
    ///   - parts: each part's name and evaluation (the whole corpus, then any held-out split).
    ///   - file: the corpus file, named in the title.
    public static func evaluation(_ parts: [(name: String, evaluation: CorpusEvaluation)], file: String) -> ResultTable {
        ResultTable(
            id: "screen-evaluation",
            title: "Red flag present (screened out: red flag or review): precision, recall, F1 (\(file))",
            columns: [("split", "split"), ("n", "n"), ("tp", "TP"), ("fp", "FP"), ("fn", "FN"), ("tn", "TN"),
                      ("precision", "precision"), ("recall", "recall"), ("f1", "F1"),
                      ("red_flag", "red flag"), ("review", "review"), ("eligible", "eligible")],
            rows: parts.map { part in
                let t = part.evaluation.overall, v = part.evaluation.verdicts
                return [.text(part.name), .integer(t.total), .integer(t.truePositives), .integer(t.falsePositives),
                        .integer(t.falseNegatives), .integer(t.trueNegatives), .number(t.precision, decimals: 3),
                        .number(t.recall, decimals: 3), .number(t.f1, decimals: 3), .integer(v[.redFlag] ?? 0),
                        .integer(v[.review] ?? 0), .integer(v[.eligible] ?? 0)]
            })
    }

    /// Found, missed and extra red flags of each kind (`screen evaluate`): a kind is found when the screener
    /// reports a red flag of that kind.
    /// - Parameters:
    ///   - evaluation: the evaluation of the corpus.
    ///   - part: the part's name, for the title.
    public static func flagKinds(_ evaluation: CorpusEvaluation, part: String) -> ResultTable {
        ResultTable(
            id: "screen-flag-kinds",
            title: "By flag kind (\(part)): a kind is found when the screener reports a red flag of that kind",
            columns: [("flag_kind", "kind"), ("labelled", "labelled"), ("found", "found"), ("missed", "missed"),
                      ("missed_entirely", "missed entirely"), ("extra", "extra")],
            rows: FlagKind.allCases.map { kind in
                let c = evaluation.byKind[kind] ?? CorpusEvaluation.KindCounts()
                return [.text(kind.rawValue), .integer(c.found + c.missed), .integer(c.found), .integer(c.missed),
                        .integer(c.missedEntirely), .integer(c.extra)]
            })
    }
}
