import Foundation
import CallRecords
import CallCatalogue
import ResultTables
import Geography

/// One run of ingest and analysis over a set of files: what `reroute report` does before writing.
public struct AnalysisRun {
    public var files: [String]
    public var profile: Profile
    public var catalogue: CallCatalogue
    /// Where `rejects.csv` goes (nil: count only).
    public var rejectsURL: URL?
    public var progress: ((Int, Int, Int) -> Void)?
    /// Screen the narratives of eligible-type calls (when the export has them) for a local eligibility estimate.
    public var screensNarratives = true
    /// Boundary layers to place calls in, each with a label used in table names.
    public var layers: [(name: String, layer: BoundaryLayer)] = []

    public init(files: [String], profile: Profile, catalogue: CallCatalogue, rejectsURL: URL?, progress: ((Int, Int, Int) -> Void)? = nil,
                layers: [(name: String, layer: BoundaryLayer)] = []) {
        self.layers = layers
        self.files = files
        self.profile = profile
        self.catalogue = catalogue
        self.rejectsURL = rejectsURL
        self.progress = progress
    }

    /// Reads the files and builds the analysis.
    /// - Throws: ``InputError`` when a file cannot be read at all.
    public func run() throws(InputError) -> DatasetAnalysis {
        let rejects = try RejectsWriter(url: rejectsURL)
        let ingestor = CallIngestor(profile: profile, rejects: rejects)
        ingestor.progress = progress
        let summarizer = CallSummarizer(ingestor: ingestor, catalogue: catalogue, layers: layers)
        if screensNarratives {
            ingestor.wantsNarrative = { summarizer.wantsNarrative($0) }
            ingestor.narrativeSink = { summarizer.addNarrative($0, $1) }
        }
        let report = try ingestor.ingest(files: files) { summarizer.add($0) }
        return DatasetAnalysis(summary: summarizer.summary(), catalogue: catalogue, ingest: report)
    }

    /// Picks the profile for `files`: the one named, or the built-in whose columns match the first file.
    public static func chooseProfile(_ nameOrPath: String?, files: [String]) throws(InputError) -> Profile {
        if let nameOrPath { return try ProfileLibrary.resolve(nameOrPath) }
        guard let first = files.first else { throw .noInputFiles }
        let header = try CallIngestor.header(of: first)
        guard let p = ProfileLibrary.detect(header: header) else { throw .noProfileMatches(file: first, seen: header) }
        return p
    }
}

extension DatasetAnalysis {
    /// The machine-readable summary written as `summary.json`.
    public func summaryObject(files: [String], tables: [ResultTable], extra: [String: Any] = [:]) -> [String: Any] {
        var o: [String: Any] = extra
        o["reroute_version"] = RerouteVersion.current
        o["profile"] = ingest.profile
        o["catalogue"] = catalogue.city
        o["inputs"] = ingest.files.map { ["file": $0.file, "bytes": $0.bytes] }
        o["period"] = [
            "first": summary.firstCreated.map { LocalTime(milliseconds: $0).description } ?? NSNull(),
            "last": summary.lastCreated.map { LocalTime(milliseconds: $0).description } ?? NSNull(),
            "days": Double(summary.days),
        ] as [String: Any]
        o["citizen_initiated_calls"] = summary.citizenCalls
        o["officer_initiated_calls"] = summary.officerCalls
        o["rows"] = ["read": ingest.rowsRead, "accepted": ingest.rowsAccepted, "rejected": ingest.rowsRejected,
                     "excluded": ingest.rowsExcluded, "calls_kept": ingest.callsKept, "balances": ingest.balances] as [String: Any]
        o["reconciliation"] = ingest.files.map {
            ["file": $0.file, "rows_read": $0.rowsRead, "rows_accepted": $0.rowsAccepted, "rows_rejected": $0.rowsRejected,
             "rows_excluded": $0.rowsExcluded, "duplicates_collapsed": $0.duplicatesCollapsed, "balances": $0.balances] as [String: Any]
        }
        o["data_quality"] = Dictionary(uniqueKeysWithValues: ingest.quality.counts.map { ($0.key.rawValue, $0.value) })
        o["available_fields"] = ingest.availableFields.map(\.rawValue)
        o["missing_optional_columns"] = ingest.missingOptionalColumns
        var parameters: [[String: String]] = [["name": "eligible calls", "value": "citizen-initiated calls of a type × its eligibility rate", "source": "LEAP 2022 report, Figure 3 method"]]
        parameters += rateParameters().map { ["name": $0.name, "value": $0.value, "source": $0.source] }
        o["parameters"] = parameters
        let eligible = eligibleByWeekHour.reduce(0, +)
        o["eligible_calls"] = eligible
        o["eligible_share_of_citizen_initiated"] = summary.citizenCalls > 0 ? eligible / Double(summary.citizenCalls) : 0
        o["tables_absent"] = absentTables
        o["tables"] = tables.map { ["id": $0.id, "title": $0.title, "reference": $0.reference ?? ""] }
        return o
    }
}

/// The version printed in outputs.
public enum RerouteVersion {
    public static let current = "0.1.0"
}
