import CallRecords
import Foundation
import Vocabulary
import CallCatalogue

/// The machine-readable summary of a report run, written as `summary.json` and read back by
/// ``AnalysisFolder``: one Codable type, so the file is written and read by the same definition.
public struct ReportSummary: Sendable, Codable, Equatable {
    /// One input file and its size.
    public struct Input: Sendable, Codable, Equatable {
        public var file: String
        public var bytes: Int
    }

    /// The analysed period.
    public struct Period: Sendable, Codable, Equatable {
        /// First call time, as printed (nil when no call was accepted).
        public var first: String?
        /// Last call time, as printed.
        public var last: String?
        /// Days the period covers.
        public var days: Double
    }

    /// Rows read, accepted, rejected and excluded over all inputs.
    public struct Rows: Sendable, Codable, Equatable {
        public var read: Int
        public var accepted: Int
        public var rejected: Int
        public var excluded: Int
        public var callsKept: Int
        public var balances: Bool

        enum CodingKeys: String, CodingKey {
            case read, accepted, rejected, excluded, balances
            case callsKept = "calls_kept"
        }
    }

    /// One input's reconciliation.
    public struct Reconciliation: Sendable, Codable, Equatable {
        public var file: String
        public var rowsRead: Int
        public var rowsAccepted: Int
        public var rowsRejected: Int
        public var rowsExcluded: Int
        public var duplicatesCollapsed: Int
        public var balances: Bool

        enum CodingKeys: String, CodingKey {
            case file, balances
            case rowsRead = "rows_read", rowsAccepted = "rows_accepted", rowsRejected = "rows_rejected"
            case rowsExcluded = "rows_excluded", duplicatesCollapsed = "duplicates_collapsed"
        }
    }

    /// A parameter behind the figures.
    public struct ParameterEntry: Sendable, Codable, Equatable {
        public var name: String
        public var value: String
        public var source: String
    }

    /// A table written by the run.
    public struct TableEntry: Sendable, Codable, Equatable {
        public var id: String
        public var title: String
        public var reference: String
    }

    /// Days with data, the calendar span, and the gaps.
    public struct Coverage: Sendable, Codable, Equatable {
        public var daysWithData: Int
        public var daysInSpan: Int
        /// Runs of days without data: first and last missing day (YYYY-MM-DD) and length.
        public var gaps: [Gap]
        public var partialDays: [String]
        public struct Gap: Sendable, Codable, Equatable { public var first: String; public var last: String; public var days: Int }
        enum CodingKeys: String, CodingKey {
            case gaps
            case daysWithData = "days_with_data", daysInSpan = "days_in_span", partialDays = "partial_days"
        }
    }

    /// How the call types were mapped.
    public struct Mapping: Sendable, Codable, Equatable {
        /// `catalogue` (a written catalogue) or `suggested` (from the names, no hand-written map).
        public var method: String
        /// Share of citizen-call volume (citizen-initiated plus unknown-type calls) with a known type.
        public var mappedShare: Double
        /// Share of that volume per confidence (`high`, `medium`, `low`, `unmapped`).
        public var shares: [String: Double]
        /// Calls whose type is unknown (counted neither as citizen- nor as officer-initiated).
        public var unknownCalls: Int
        /// Share of that volume in unknown types whose names carry no call type (`OTHER`, `SEE TEXT`, `RA POLICE`);
        /// absent in summaries written before it existed.
        public var namelessShare: Double?
        /// Share of the volume whose names name a type that has a known type; nil when no name names one.
        public var mappedShareOfNamed: Double?
        enum CodingKeys: String, CodingKey {
            case method, shares
            case mappedShare = "mapped_share", unknownCalls = "unknown_calls"
            case namelessShare = "nameless_share", mappedShareOfNamed = "mapped_share_of_named"
        }
    }

    /// Eligible calls needing one primary skill (Figure 8).
    public struct SkillEntry: Sendable, Codable, Equatable {
        public var skill: String
        public var label: String
        public var eligibleCalls: Double
        public var share: Double
        enum CodingKeys: String, CodingKey {
            case skill, label, share
            case eligibleCalls = "eligible_calls"
        }
    }

    /// The evaluation data plan in brief (Figures 19-20).
    public struct EvaluationEntry: Sendable, Codable, Equatable {
        /// Questions this export can answer now, and all questions.
        public var answerable: Int
        public var questions: Int
        /// Fields some question needs that the export lacks, most-needed first.
        public var missingFields: [String]
        enum CodingKeys: String, CodingKey {
            case answerable, questions
            case missingFields = "missing_fields"
        }
    }

    public var rerouteVersion: String
    public var profile: String
    public var catalogue: String
    public var inputs: [Input]
    public var period: Period
    public var citizenInitiatedCalls: Int
    public var officerInitiatedCalls: Int
    public var rows: Rows
    public var reconciliation: [Reconciliation]
    public var dataQuality: [String: Int]
    public var availableFields: [String]
    public var missingOptionalColumns: [String: [String]]
    public var parameters: [ParameterEntry]
    public var eligibleCalls: Double
    public var eligibleShareOfCitizenInitiated: Double
    public var tablesAbsent: [String: String]
    public var tables: [TableEntry]
    /// Wall-clock seconds the run took (absent when read from an older folder).
    public var seconds: Double?
    public var coverage: Coverage?
    public var mapping: Mapping?
    public var warnings: [RunWarning]?
    /// The report's one staffing answer (teams, schedule, target met, first-year budget), when the run made a
    /// program plan and a staffing study; absent otherwise.
    public var recommendation: Recommendation?
    /// Eligible calls per primary skill (Figure 8); absent when read from an older folder.
    public var skills: [SkillEntry]?
    /// Which evaluation questions the export can answer (Figures 19-20); absent when read from an older folder.
    public var evaluation: EvaluationEntry?
    /// The recommendations chapter: each topic's advice with the number behind it and its basis.
    public var advice: [ProgramAdvice.Item]?

    enum CodingKeys: String, CodingKey {
        case profile, catalogue, inputs, period, rows, reconciliation, parameters, tables, seconds, coverage, mapping, warnings, recommendation
        case skills, evaluation, advice
        case rerouteVersion = "reroute_version", citizenInitiatedCalls = "citizen_initiated_calls"
        case officerInitiatedCalls = "officer_initiated_calls", dataQuality = "data_quality"
        case availableFields = "available_fields", missingOptionalColumns = "missing_optional_columns"
        case eligibleCalls = "eligible_calls", eligibleShareOfCitizenInitiated = "eligible_share_of_citizen_initiated"
        case tablesAbsent = "tables_absent"
    }

    /// The JSON text of the summary (sorted keys, indented).
    public func json() throws(OutputError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do { return try encoder.encode(self) } catch {
            throw OutputError(path: "summary.json", reason: "\(error)")
        }
    }
}

extension DatasetAnalysis {
    /// The summary of this analysis, for `summary.json`.
    /// - Parameters:
    ///   - tables: the tables the run writes.
    ///   - seconds: wall-clock seconds of the run.
    public func reportSummary(tables: [ResultTable], seconds: Double?) -> ReportSummary {
        let eligible = eligibleByWeekHour.reduce(0, +)
        let coverageOfNames = nameCoverage
        let parameters = [ReportSummary.ParameterEntry(name: "eligible calls", value: "citizen-initiated calls of a type × its eligibility rate",
                                                       source: "LEAP 2022 report, Figure 3 method")]
            + rateParameters().map { ReportSummary.ParameterEntry(name: $0.name, value: $0.value, source: $0.source) }
        return ReportSummary(
            rerouteVersion: RerouteVersion.current, profile: ingest.profile, catalogue: catalogue.city,
            inputs: ingest.files.map { .init(file: $0.file, bytes: $0.bytes) },
            period: .init(first: summary.firstCreated.map { LocalTime(milliseconds: $0).description },
                          last: summary.lastCreated.map { LocalTime(milliseconds: $0).description }, days: Double(summary.days)),
            citizenInitiatedCalls: summary.citizenCalls, officerInitiatedCalls: summary.officerCalls,
            rows: .init(read: ingest.rowsRead, accepted: ingest.rowsAccepted, rejected: ingest.rowsRejected, excluded: ingest.rowsExcluded,
                        callsKept: ingest.callsKept, balances: ingest.balances),
            reconciliation: ingest.files.map {
                .init(file: $0.file, rowsRead: $0.rowsRead, rowsAccepted: $0.rowsAccepted, rowsRejected: $0.rowsRejected,
                      rowsExcluded: $0.rowsExcluded, duplicatesCollapsed: $0.duplicatesCollapsed, balances: $0.balances)
            },
            dataQuality: Dictionary(uniqueKeysWithValues: ingest.quality.counts.map { ($0.key.rawValue, $0.value) }),
            availableFields: ingest.availableFields.map(\.rawValue), missingOptionalColumns: ingest.missingOptionalColumns,
            parameters: parameters, eligibleCalls: eligible,
            eligibleShareOfCitizenInitiated: summary.citizenCalls > 0 ? eligible / Double(summary.citizenCalls) : 0,
            tablesAbsent: absentTables,
            tables: tables.map { .init(id: $0.id, title: $0.title, reference: $0.reference ?? "") }, seconds: seconds,
            coverage: .init(daysWithData: summary.days, daysInSpan: summary.spanDays,
                            gaps: summary.gaps.map { .init(first: Self.dayText($0.first), last: Self.dayText($0.last), days: $0.last - $0.first + 1) },
                            partialDays: summary.partialDays.map(Self.dayText)),
            mapping: .init(method: catalogue.isSuggested ? "suggested" : "catalogue", mappedShare: mappedShare,
                           shares: Dictionary(uniqueKeysWithValues: mappingShares.map { ($0.0.rawValue, $0.1) }), unknownCalls: summary.unknownCalls,
                           namelessShare: coverageOfNames.namelessShare, mappedShareOfNamed: coverageOfNames.mappedShareOfNamed),
            warnings: warnings, skills: skillNeeds().rows.map { .init(skill: $0.skill.rawValue, label: $0.skill.label, eligibleCalls: $0.eligibleCalls, share: $0.share) },
            evaluation: evaluationEntry(evaluationDataPlan()), advice: programAdvice().items)
    }

    /// The evaluation plan as summary.json carries it.
    func evaluationEntry(_ plan: EvaluationDataPlan) -> ReportSummary.EvaluationEntry {
        .init(answerable: plan.answerable.count, questions: plan.questions.count, missingFields: plan.missingFields.map(\.rawValue))
    }
}
