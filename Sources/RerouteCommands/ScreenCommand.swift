import Vocabulary
import ArgumentParser
import Foundation
import Screening
import CallRecords
import CallAnalysis
import CallCatalogue

/// `reroute screen`: the call-taker protocol and the narrative screener.
///
/// Exit codes: 0 success; 1 an input file that cannot be read; 64 bad usage; 65 a bad rule or lexicon file (one
/// line on stderr naming file, line and field).
public struct ScreenCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Screen calls for community responders: the call-taker protocol and the narrative screener.",
        discussion: """
        Exit codes: 0 success, 1 an input file that cannot be read, 64 bad usage, 65 a bad rule or lexicon file.
        The protocol defaults follow the LEAP Milwaukee report (Call Screening, Direct Line, Joint Response)
        and CAHOOTS' three screening questions; edit a copy of the rule file (`screen protocol --yaml`) and pass it
        with --rules.
        """,
        subcommands: [Call.self, ProtocolTable.self, Sample.self, Estimate.self, Evaluate.self, Explain.self, Train.self]
    )

    public init() {}
}

// MARK: - Shared helpers

enum ScreenIO {
    static func warn(_ message: String) {
        StandardStream.error("warning: \(message)\n")
    }

    static func loadProtocol(_ path: String?) throws -> ScreeningProtocol {
        if let path { return try ScreeningProtocol.load(from: URL(fileURLWithPath: path)) }
        return try ScreeningProtocol.bundled()
    }

    /// The bytes of a screening input file.
    /// - Throws: ``ScreeningInputError`` naming the file and the system's reason (exit 1).
    static func readData(_ path: String) throws(ScreeningInputError) -> Data {
        do { return try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ScreeningInputError.emptyFile(file: "\(path) (cannot read: \(error.localizedDescription))")
        }
    }

    static func readCSV(_ path: String) throws -> ScreeningCSV {
        let table = try ScreeningCSV.parse(try readData(path), file: path)
        for issue in table.invalidUTF8.prefix(20) {
            warn("\(path):\(issue.line): column '\(issue.column)' has invalid UTF-8; bytes replaced with U+FFFD")
        }
        if table.invalidUTF8.count > 20 { warn("\(path): \(table.invalidUTF8.count - 20) more fields with invalid UTF-8") }
        return table
    }


    static func csvLine(_ fields: [String]) -> String { CSVWriter.line(fields) }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Three decimals, the precision the screener's agreement figures are shown with.
    static func decimal(_ value: Double) -> String { Cell.number(value, decimals: 3).displayText }
}

extension Answer: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

extension SourceLine: ExpressibleByArgument {}

// MARK: - screen call

extension ScreenCommand {
    /// Decides one call with the protocol.
    public struct Call: ParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "call",
            abstract: "Decide one call: community responders, police, EMS, joint response, or ask the caller's permission.",
            discussion: "Unanswered questions are asked interactively when stdin is a terminal; otherwise they are taken from --narrative if given, else they are an error."
        )

        @Option(name: .long, help: "The CAD call type, e.g. 'WELFARE CITIZEN' (normalised: trimmed, upper-cased).")
        var callType: String

        @Option(name: .long, help: "Line the call came in on: 911, non_emergency, direct_line, officer_referral, self_initiated.")
        var source: SourceLine = .nineOneOne

        @Option(name: .long, help: "Weapons present or accessible? yes, no or unknown.")
        var weapons: Answer?
        @Option(name: .long, help: "Violence in progress or threatened? yes, no or unknown.")
        var violence: Answer?
        @Option(name: .long, help: "Injury or urgent medical need? yes, no or unknown.")
        var injury: Answer?
        @Option(name: .long, help: "Suicide attempt, or plan and means? yes, no or unknown.")
        var suicide: Answer?
        @Option(name: .long, help: "Police-only action needed (crime in progress, theft report, forcing a door, traffic)? yes, no or unknown.")
        var policeOnly: Answer?
        @Option(name: .long, help: "Can the caller see the scene? yes, no or unknown.")
        var sceneVisible: Answer?
        @Option(name: .long, help: "Imminent threat to human life? yes, no or unknown.")
        var imminentThreat: Answer?

        @Option(name: .long, help: "A call-taker narrative; its red flags fill in unanswered questions.")
        var narrative: String?

        @Option(name: .long, help: "A protocol rule file (YAML) to use instead of the bundled one.")
        var rules: String?

        @Option(name: .long, help: "Output format: text, csv or json.")
        var format: OutputFormat = .text

        @OptionGroup var screening: ScreenerOptions

        public init() {}

        public func validate() throws {
        }

        public func run() throws {
            let rulesFile: ScreeningProtocol
            rulesFile = try ScreenIO.loadProtocol(rules)
            let screener = try screening.screener()
            var call = ScreeningCall(callType: callType, source: source)
            let given: [(ProtocolField, Answer?)] = [(.weapons, weapons), (.violence, violence), (.injury, injury),
                                                     (.suicide, suicide), (.policeOnly, policeOnly),
                                                     (.sceneVisible, sceneVisible), (.imminentThreat, imminentThreat)]
            let screening = narrative.map { screener.screen($0) }
            var missing: [ProtocolField] = []
            for (field, answer) in given {
                if let answer { call.setAnswer(answer, for: field); continue }
                if let screening { call.setAnswer(Self.answer(for: field, from: screening), for: field); continue }
                missing.append(field)
            }
            if !missing.isEmpty {
                guard isatty(STDIN_FILENO) == 1 else {
                    let flags = missing.map { "--" + $0.rawValue.replacingOccurrences(of: "_", with: "-") }
                    throw ValidationError("missing answers: \(flags.joined(separator: ", ")); pass yes, no or unknown, or give --narrative.")
                }
                for field in missing {
                    while true {
                        StandardStream.error("\(field.question) [yes/no/unknown]: ")
                        guard let line = readLine() else { throw ValidationError("no answer for \(field.rawValue)") }
                        if let answer = Answer(parsing: line) { call.setAnswer(answer, for: field); break }
                    }
                }
            }
            let decision = rulesFile.decide(call)
            switch format {
            case .json:
                print(try ScreenIO.json(decision))
            case .csv:
                print(ScreenIO.csvLine(["call_type", "decision", "rule", "short_code", "reason", "protocol_version"]))
                print(ScreenIO.csvLine([decision.callType, decision.decision.rawValue, decision.ruleID, decision.shortCode,
                                        decision.reason, decision.protocolVersion]))
            case .text:
                print("Decision:   \(decision.decision.label)")
                print("Short code: \(decision.shortCode)   (write in the CAD narrative)")
                print("Rule:       \(decision.ruleID) (protocol \(decision.protocolVersion))")
                print("Reason:     \(decision.reason)")
                print("Call type:  \(decision.eligibility)")
                if let screening, !screening.findings.isEmpty || screening.verdict == .review {
                    print("Narrative:  \(screening.reason)")
                }
            }
        }

        static func answer(for field: ProtocolField, from screening: NarrativeScreening) -> Answer {
            let kinds = Set(screening.flagKinds)
            // A narrative the screener cannot read (or that the learned reader doubts) rules nothing out: the
            // questions it would have answered stay unknown, so the protocol asks rather than sending responders.
            if screening.verdict == .review && kinds.isEmpty {
                switch field {
                case .weapons, .violence, .injury, .suicide, .policeOnly, .sceneVisible: return .unknown
                case .imminentThreat, .source, .eligible: return .no
                }
            }
            switch field {
            case .weapons: return kinds.contains(.weapon) ? .yes : .no
            case .violence: return kinds.contains(.violence) || kinds.contains(.threat) ? .yes : .no
            case .injury: return kinds.contains(.injury) ? .yes : .no
            case .suicide: return kinds.contains(.suicide) ? .yes : .no
            case .policeOnly: return kinds.contains(.policeOnly) ? .yes : .no
            case .sceneVisible: return kinds.contains(.uncertainty) ? .unknown : .yes
            case .imminentThreat: return .no
            case .source, .eligible: return .no
            }
        }
    }
}

// MARK: - screen protocol

extension ScreenCommand {
    /// Prints the rule set as a decision table.
    public struct ProtocolTable: ParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "protocol",
            abstract: "Print the screening protocol as a readable decision table (first matching rule wins)."
        )

        @Option(name: .long, help: "A protocol rule file (YAML) to check and print instead of the bundled one.")
        var rules: String?

        @Option(name: .long, help: "Output format: text, csv or json.")
        var format: OutputFormat = .text

        @Flag(name: .long, help: "Print the bundled rule file itself (a template to edit and pass with --rules).")
        var yaml = false

        public init() {}

        public func run() throws {
            if yaml {
                print(try ScreeningProtocol.bundledYAML(), terminator: "")
                return
            }
            let rulesFile: ScreeningProtocol
            rulesFile = try ScreenIO.loadProtocol(rules)
            switch format {
            case .text: print(rulesFile.decisionTable())
            case .csv:
                print(ScreenIO.csvLine(["order", "rule", "when", "when_any", "decision", "short_code", "reason"]))
                for (index, rule) in rulesFile.rules.enumerated() {
                    print(ScreenIO.csvLine([String(index + 1), rule.id, ScreeningProtocol.describe(rule.all, joiner: " and "),
                                            ScreeningProtocol.describe(rule.any, joiner: " or "), rule.decision.rawValue,
                                            rule.shortCode, rule.reason]))
                }
            case .json:
                struct Row: Encodable { var order: Int; var rule, when, whenAny, decision, shortCode, reason: String }
                let rows = rulesFile.rules.enumerated().map { index, rule in
                    Row(order: index + 1, rule: rule.id, when: ScreeningProtocol.describe(rule.all, joiner: " and "),
                        whenAny: ScreeningProtocol.describe(rule.any, joiner: " or "), decision: rule.decision.rawValue,
                        shortCode: rule.shortCode, reason: rule.reason)
                }
                print(try ScreenIO.json(rows))
            }
        }
    }
}

// MARK: - screen sample

extension ScreenCommand {
    /// Exports a stratified sample for human review.
    public struct Sample: ParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "sample",
            abstract: "Export a stratified sample of narratives for human review (CSV: narrative, verdict, reasons, empty label)."
        )

        @Argument(help: "CSV with a header containing call_type and narrative (and optionally incident_id).")
        var file: String

        @Option(name: .long, help: "Calls to sample per call type (the report reviewed a sample per type).")
        var perType: Int = 50

        @Option(name: .long, help: "Random seed; the same seed and input give the same sample.")
        var seed: UInt64 = 2022

        @Option(name: .long, help: "Write the sample here instead of stdout.")
        var output: String?

        @Option(help: "Read a CAD export through this profile (built-in name or YAML file) instead of a call_type,narrative CSV; samples the citizen-initiated calls of the eligible types.")
        var profile: String?

        @Flag(name: .long, help: "Give the verdicts of the rules alone, without the learned second reader (on by default; it only ever turns an eligible narrative into review).")
        var rulesOnly = false

        public init() {}

        public func validate() throws {
            guard perType > 0 else { throw ValidationError("--per-type must be at least 1") }
        }

        public func run() throws {
            let rows: [ReviewSample.Row]
            let calls = try ScreenIO.calls(file, profile: profile)
            rows = ReviewSample.draw(calls, perType: perType, seed: seed, screener: try ScreenIO.screener(lexicon: nil, rulesOnly: rulesOnly))
            var out = ScreenIO.csvLine(["incident_id", "call_type", "narrative", "verdict", "reasons", "label"]) + "\n"
            for row in rows {
                out += ScreenIO.csvLine([row.incidentID, row.callType, row.narrative, row.verdict, row.reasons, ""]) + "\n"
            }
            if let output {
                try OutputFile.write(out, to: URL(fileURLWithPath: output))
                StandardStream.error("wrote \(rows.count) rows to \(output) (seed \(seed))\n")
            } else {
                print(out, terminator: "")
            }
        }
    }
}

// MARK: - screen estimate

extension ScreenCommand {
    /// Per-type eligibility with Wilson intervals, from reviewers' labels (with agreement) or from the screener.
    public struct Estimate: ParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "estimate",
            abstract: "Per-call-type share eligible with 95% Wilson intervals.",
            discussion: """
            If the CSV has a filled 'label' column (red_flag or eligible, e.g. a reviewed `screen sample`), the shares come \
            from the labels and the agreement between screener and reviewers is reported (precision, recall, Cohen's kappa \
            for 'red flag present'). Otherwise, or with --from-screener, the screener's verdicts are used.
            """
        )

        @Argument(help: "CSV with call_type and narrative columns, and optionally label.")
        var file: String

        @Flag(name: .long, help: "Ignore any label column and estimate from the screener's verdicts.")
        var fromScreener = false

        @Option(name: .long, help: "Output format: text, csv or json.")
        var format: OutputFormat = .text

        @Option(help: "Read a CAD export through this profile (built-in name or YAML file) and estimate, from the screener's verdicts on its narratives, the eligible share of each community-responder-eligible call type.")
        var profile: String?

        @Flag(name: .long, help: "Screen with the rules alone, without the learned second reader (on by default; it only ever turns an eligible narrative into review).")
        var rulesOnly = false

        public init() {}

        public func run() throws {
            var estimates: [EligibilityEstimate]
            var agreement: ReviewSample.Agreement?
            let screener = try ScreenIO.screener(lexicon: nil, rulesOnly: rulesOnly)
            if profile != nil {
                estimates = EligibilityEstimator(screener: screener).estimate(try ScreenIO.calls(file, profile: profile).map { ($0.callType, $0.narrative) })
                try printEstimates(estimates, agreement: nil)
                return
            }
            let table = try ScreenIO.readCSV(file)
            let type = try table.requiredColumn("call_type", file: file)
            let text = try table.requiredColumn("narrative", file: file)
            if let label = table.column("label"), !fromScreener,
               table.rows.contains(where: { !$0.fields[label].trimmingCharacters(in: .whitespaces).isEmpty }) {
                var reviewed: [(callType: String, narrative: String, isRedFlag: Bool)] = []
                var unlabelled = 0
                for row in table.rows {
                    let value = row.fields[label]
                    if value.trimmingCharacters(in: .whitespaces).isEmpty { unlabelled += 1; continue }
                    guard let isRed = CorpusEntry.parseLabel(value) else {
                        throw ScreeningInputError.badValue(file: file, line: row.line, column: "label", value: value,
                                                           expected: "red_flag or eligible (or empty to skip)")
                    }
                    reviewed.append((row.fields[type], row.fields[text], isRed))
                }
                let result = ReviewSample.compare(reviewed, unlabelled: unlabelled, screener: screener)
                agreement = result
                estimates = result.estimates
                if unlabelled > 0 { ScreenIO.warn("\(file): \(unlabelled) rows without a label were skipped") }
            } else {
                estimates = EligibilityEstimator(screener: screener).estimate(table.rows.map { ($0.fields[type], $0.fields[text]) })
            }
            try printEstimates(estimates, agreement: agreement)
        }

        func printEstimates(_ estimates: [EligibilityEstimate], agreement: ReviewSample.Agreement?) throws {
            let source = agreement == nil ? "screener" : "reviewer labels"
            switch format {
            case .json:
                struct Output: Encodable {
                    var source: String
                    var estimates: [EligibilityEstimate]
                    var agreement: BinaryAgreement?
                    var precision, recall, kappa: Double?
                }
                print(try ScreenIO.json(Output(source: source, estimates: estimates, agreement: agreement?.agreement,
                                               precision: agreement?.agreement.precision, recall: agreement?.agreement.recall,
                                               kappa: agreement?.agreement.kappa)))
            case .csv:
                print(ScreeningTables.estimates(estimates, source: source).csv, terminator: "")
            case .text:
                print(ScreeningTables.estimates(estimates, source: source).rendered(), terminator: "")
                if let table = agreement?.agreement {
                    print("")
                    print("Screener vs reviewers, 'red flag present' (n = \(table.total)):")
                    print("  TP \(table.truePositives)  FP \(table.falsePositives)  FN \(table.falseNegatives)  TN \(table.trueNegatives)")
                    print("  precision \(ScreenIO.decimal(table.precision))  recall \(ScreenIO.decimal(table.recall))  kappa \(ScreenIO.decimal(table.kappa))")
                }
            }
        }
    }
}

// MARK: - screen evaluate

extension ScreenCommand {
    /// Measures the narrative screener against a labelled corpus.
    public struct Evaluate: ParsableCommand {
        public static let configuration = CommandConfiguration(
            commandName: "evaluate",
            abstract: "Precision, recall and F1 for 'red flag present' on a labelled corpus, and a confusion table by flag kind.",
            discussion: "The corpus needs columns id, call_type, narrative, label (red_flag/eligible), flags (kinds separated by ';'); an optional split column (dev/heldout) adds per-split figures."
        )

        @Argument(help: "Labelled corpus CSV files, read together (e.g. corpus.csv corpus-dispatch.csv).")
        var files: [String]

        @Option(name: .long, help: "Only evaluate rows whose split column equals this (e.g. heldout).")
        var split: String?

        @Option(name: .long, help: "Output format: text, csv or json.")
        var format: OutputFormat = .text

        @Flag(name: .long, help: "List every miss and false alarm with the screener's reason.")
        var showErrors = false

        @OptionGroup var screening: ScreenerOptions

        public init() {}

        public func validate() throws {
            guard !files.isEmpty else { throw ValidationError("give at least one corpus CSV file") }
        }

        public func run() throws {
            var entries: [CorpusEntry] = []
            let screener = try screening.screener()
            for file in files {
                entries += try CorpusEntry.load(csv: try ScreenIO.readData(file), file: file)
            }
            let file = files.joined(separator: " + ")
            let selected = split.map { wanted in entries.filter { $0.split == wanted } } ?? entries
            var parts: [(name: String, evaluation: CorpusEvaluation)] = [("all", CorpusEvaluation(entries: selected, screener: screener))]
            if split == nil {
                for name in Array(Set(entries.map(\.split))).sorted() where !name.isEmpty {
                    parts.append((name, CorpusEvaluation(entries: entries.filter { $0.split == name }, screener: screener)))
                }
            }
            let main = parts[0].evaluation
            switch format {
            case .json:
                struct Part: Encodable {
                    var split: String; var n: Int; var table: BinaryAgreement; var precision, recall, f1: Double
                    var verdicts: [String: Int]
                }
                struct Output: Encodable { var learnedReader: Bool; var parts: [Part]; var byKind: [String: CorpusEvaluation.KindCounts] }
                let output = Output(learnedReader: screener.learnedReader != nil, parts: parts.map {
                    Part(split: $0.name, n: $0.evaluation.overall.total, table: $0.evaluation.overall,
                         precision: $0.evaluation.overall.precision, recall: $0.evaluation.overall.recall, f1: $0.evaluation.overall.f1,
                         verdicts: Dictionary(uniqueKeysWithValues: $0.evaluation.verdicts.map { ($0.key.rawValue, $0.value) }))
                }, byKind: Dictionary(uniqueKeysWithValues: main.byKind.map { ($0.key.rawValue, $0.value) }))
                print(try ScreenIO.json(output))
            case .csv, .text:
                let splits = ScreeningTables.evaluation(parts.map { ($0.name, $0.evaluation) }, file: file)
                let kinds = ScreeningTables.flagKinds(main, part: parts[0].name)
                if format == .csv {
                    print(splits.csv)
                    print(kinds.csv, terminator: "")
                    return
                }
                if let lexicon = screening.lexicon { print("Agency lexicon: \(lexicon)") }
                print("Learned reader: " + screener.learnedReaderState(switchedOff: screening.rulesOnly ? "--rules-only" : nil))
                print(splits.rendered())
                print(kinds.rendered(), terminator: "")
                if showErrors {
                    print("")
                    print("Misses (labelled red flag or review, screened eligible): \(main.misses.count)")
                    for e in main.misses { print("  \(e.entry.id) [\(e.entry.flags.map(\.rawValue).sorted().joined(separator: ";"))] \(e.entry.narrative)\n      -> \(e.screening.reason)") }
                    print("False alarms (labelled eligible, screened red flag or review): \(main.falseAlarms.count)")
                    for e in main.falseAlarms { print("  \(e.entry.id) \(e.entry.narrative)\n      -> \(e.screening.reason)") }
                }
            }
        }
    }
}

extension ScreenIO {
    /// The narrative screener for a `screen` subcommand: an agency lexicon if one is named, and the bundled learned
    /// reader unless `rulesOnly`. If the model cannot be read, an explicit `--learned` (`learned`) is an error (exit
    /// 64); otherwise the screener runs on its rules alone and says so on stderr (`screen evaluate` also on its
    /// "Learned reader:" line).
    static func screener(lexicon: String?, rulesOnly: Bool, learned: Bool = false) throws -> NarrativeScreener {
        let base = try lexicon.map { NarrativeScreener(lexicon: try AgencyLexicon.load(nameOrPath: $0)) } ?? NarrativeScreener()
        let screener = base.learned(!rulesOnly)
        if !rulesOnly, screener.learnedReader == nil {
            let problem = LearnedReader.bundledProblem.map(\.description) ?? "no model"
            if learned { throw ValidationError("--learned: the bundled model learned-reader.txt cannot be read: \(problem)") }
            warn("the learned reader's model cannot be read (\(problem)); screening with the rules alone")
        }
        return screener
    }

    /// `--learned` (now the default) and `--rules-only` ask for opposite things.
    static func validate(learned: Bool, rulesOnly: Bool) throws {
        if learned && rulesOnly { throw ValidationError("--learned and --rules-only cannot be used together") }
    }

    /// The calls with a narrative, from a `call_type,narrative` CSV or, with a profile, from any CAD export.
    static func calls(_ file: String, profile: String?) throws -> [(incidentID: String, callType: String, narrative: String)] {
        if let profile {
            let chosen = try ProfileLibrary.resolve(profile)
            let ingestor = CallIngestor(profile: chosen, rejects: try RejectsWriter(url: nil))
            var calls: [(incidentID: String, callType: String, narrative: String)] = []
            // Only citizen-initiated calls of the catalogue's community-responder-eligible types are screened.
            let catalogue = try AnalysisRun.catalogue(named: chosen.catalogue, files: [file], profile: chosen)
            let report = try ingestor.ingestRecords(files: [file]) { record, _ in
                guard let narrative = record.narrative, !narrative.isEmpty, record.source != .officerInitiated else { return }
                let code = chosen.catalogueCode(for: record.rawCallType)
                guard let entry = catalogue.entry(for: code), entry.isEligible else { return }
                calls.append((record.incidentID, entry.code, narrative))
            }
            if !chosen.columns.keys.contains(.narrative) {
                throw ScreeningInputError.badValue(file: file, line: 1, column: "narrative", value: chosen.name,
                                                   expected: "a profile that maps a narrative column (columns: narrative: ...)")
            }
            if report.rowsRejected > 0 { ScreenIO.warn("\(file): \(report.rowsRejected) rows could not be read and were skipped") }
            return calls
        }
        let table = try readCSV(file)
        let type = try table.requiredColumn("call_type", file: file)
        let text = try table.requiredColumn("narrative", file: file)
        let id = table.column("incident_id")
        return table.rows.map { row in
            (incidentID: id.map { row.fields[$0] } ?? "line \(row.line)", callType: row.fields[type], narrative: row.fields[text])
        }
    }
}

/// How a `screen` subcommand reads narratives: an agency lexicon, and the learned second reader (on by default)
/// or the rules alone. Shared by `screen call`, `evaluate` and `explain`.
struct ScreenerOptions: ParsableArguments {
    @Option(name: .long, help: "An agency lexicon that extends or overrides the built-in one: a bundled name (\(AgencyLexicon.bundledNames.joined(separator: ", "))) or a YAML file.")
    var lexicon: String?

    @Flag(name: .long, help: "Accepted for compatibility and redundant: the learned second reader is on by default; see --rules-only and docs/screening.md.")
    var learned = false

    @Flag(name: .long, help: "Screen with the rules alone, without the learned second reader (which is on by default and only ever turns an eligible narrative into review).")
    var rulesOnly = false

    func validate() throws {
        try ScreenIO.validate(learned: learned, rulesOnly: rulesOnly)
    }

    /// The screener these options name.
    func screener() throws -> NarrativeScreener {
        try ScreenIO.screener(lexicon: lexicon, rulesOnly: rulesOnly, learned: learned)
    }
}
