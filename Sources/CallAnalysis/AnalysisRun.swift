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
    /// Files at least this large are read as two halves on two threads (duplicate policy `all` only).
    public var parallelThreshold = 32 << 20

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
    ///
    /// With the duplicate policy `all` and a file of at least ``parallelThreshold`` bytes, the files are read in
    /// parts on two threads (``runInParts()``): the result is the same as reading them in order.
    /// - Throws: ``InputError`` when a file cannot be read at all.
    public func run() throws(InputError) -> DatasetAnalysis {
        if profile.duplicates == .all, ProcessInfo.processInfo.activeProcessorCount > 1,
           files.contains(where: { ((try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0) >= parallelThreshold }) {
            return try runInParts()
        }
        return try runInOrder()
    }

    /// Reads the files one after the other on this thread.
    public func runInOrder() throws(InputError) -> DatasetAnalysis {
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

    /// What one part of one file gave: its summary, its report, the incident ids it saw and its rejects file.
    struct PartResult {
        var summary: CallSummary
        var report: IngestReport
        /// The part's incident-id hashes, sorted (repeats are counted over all parts at the end).
        var incidents: [UInt64]
        var rejects: URL?
        var stoppedAt: Int
        var nextLine: Int
    }

    /// Reads one byte range of a file with its own ingestor and summarizer.
    func readPart(_ path: String, fileIndex: Int, start: Int, stop: Int?, firstLine: Int) throws(InputError) -> PartResult {
        let rejectsPart = rejectsURL.map { _ in FileManager.default.temporaryDirectory.appendingPathComponent("reroute-rejects-\(UUID().uuidString).csv") }
        let rejects = try RejectsWriter(url: rejectsPart)
        let ingestor = CallIngestor(profile: profile, rejects: rejects)
        let summarizer = CallSummarizer(ingestor: ingestor, catalogue: catalogue, layers: layers)
        if screensNarratives {
            ingestor.wantsNarrative = { summarizer.wantsNarrative($0) }
            ingestor.narrativeSink = { summarizer.addNarrative($0, $1) }
        }
        let (report, stoppedAt, nextLine) = try ingestor.ingestPart(of: path, fileIndex: fileIndex, start: start, stop: stop, firstLine: firstLine) { summarizer.add($0) }
        return PartResult(summary: summarizer.summary(), report: report, incidents: ingestor.incidentHashes, rejects: rejectsPart,
                          stoppedAt: stoppedAt, nextLine: nextLine)
    }

    /// Reads large files as two halves on two threads and merges the parts in file order.
    ///
    /// The second half starts at the record boundary that the parity of quotes before the middle gives
    /// (``CSVScanner/recordBoundary(path:near:)``); the first half stops at the first record starting at or
    /// after the middle. If the two disagree (malformed quoting), the second half's work is dropped and the
    /// file is read on from where the first half stopped. Summaries, reconciliation and data-quality counts
    /// merge exactly; repeated incident ids across parts are counted from the parts' id sets; rejects are
    /// written in file order.
    public func runInParts() throws(InputError) -> DatasetAnalysis {
        guard !files.isEmpty else { throw .noInputFiles }
        var parts: [PartResult] = []
        var done = 0
        let total = files.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        for (fileIndex, path) in files.enumerated() {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            guard size >= parallelThreshold, let boundary = CSVScanner.recordBoundary(path: path, near: size / 2) else {
                parts.append(try readPart(path, fileIndex: fileIndex, start: 0, stop: nil, firstLine: 1))
                done += size
                progress?(done, total, parts.reduce(0) { $0 + $1.report.rowsRead })
                continue
            }
            nonisolated(unsafe) var second: Result<PartResult, InputError>?
            // The other thread only reads this run's settings (files, profile, catalogue, layers), which nothing
            // changes while it runs, and builds its own ingestor and summarizer; `second` is read after `wait()`.
            nonisolated(unsafe) let run = self
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) {
                do throws(InputError) {
                    second = .success(try run.readPart(path, fileIndex: fileIndex, start: boundary.offset, stop: nil, firstLine: boundary.line))
                } catch { second = .failure(error) }
            }
            let first = try readPart(path, fileIndex: fileIndex, start: 0, stop: boundary.offset, firstLine: 1)
            group.wait()
            parts.append(first)
            if first.stoppedAt == boundary.offset, case .success(let rest)? = second {
                parts.append(rest)
            } else {
                if case .success(let dropped)? = second, let url = dropped.rejects { try? FileManager.default.removeItem(at: url) }
                if first.stoppedAt < size {
                    parts.append(try readPart(path, fileIndex: fileIndex, start: first.stoppedAt, stop: nil, firstLine: first.nextLine))
                }
            }
            done += size
            progress?(done, total, parts.reduce(0) { $0 + $1.report.rowsRead })
        }
        return try merge(parts)
    }

    func merge(_ results: [PartResult]) throws(InputError) -> DatasetAnalysis {
        var parts = results
        var summary = CallSummary()
        var report = IngestReport(profile: profile.name)
        var available = Set(RecordField.allCases)
        var hashes: [[UInt64]] = []
        let rejects = try RejectsWriter(url: rejectsURL)
        for index in parts.indices {
            let part = parts[index]
            summary.merge(part.summary)
            available.formIntersection(part.report.availableFields)
            for (k, v) in part.report.missingOptionalColumns { report.missingOptionalColumns[k, default: []] += v.filter { !(report.missingOptionalColumns[k] ?? []).contains($0) } }
            report.quality.merge(part.report.quality)
            for f in part.report.files {
                if let i = report.files.firstIndex(where: { $0.file == f.file }) {
                    report.files[i].bytes += f.bytes
                    report.files[i].rowsRead += f.rowsRead
                    report.files[i].rowsAccepted += f.rowsAccepted
                    report.files[i].rowsRejected += f.rowsRejected
                    report.files[i].rowsExcluded += f.rowsExcluded
                } else {
                    report.files.append(f)
                }
            }
            hashes.append(part.incidents)
            parts[index].incidents = []
            if let url = part.rejects {
                rejects.append(contentsOf: url)
                try? FileManager.default.removeItem(at: url)
            }
        }
        rejects.flush()
        // Repeats within and across parts, from the parts' sorted id hashes.
        let repeats = IncidentHashes.repeats(in: hashes)
        if repeats > 0 { report.quality.record(.duplicateIncidentID, repeats) }
        report.availableFields = RecordField.allCases.filter(available.contains)
        report.callsKept = report.rowsAccepted
        return DatasetAnalysis(summary: summary, catalogue: catalogue, ingest: report)
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
