import Foundation
import CallRecords
import CallCatalogue
import Vocabulary
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
    /// Leaves the kept narratives unscreened in the result (``DatasetAnalysis/init(summary:catalogue:ingest:screensNarratives:)``):
    /// the caller screens them with ``CallSummary/screenPendingNarratives(with:)`` when it chooses.
    public var defersScreening = false
    /// Boundary layers to place calls in, each with a label used in table names.
    public var layers: [(name: String, layer: BoundaryLayer)] = []
    /// Files at least this large are read as two halves on two threads.
    public var parallelThreshold = 32 << 20
    /// Splits a file read in parts at its middle (the first record start after it), a fixed place, instead of where
    /// the two threads' remaining work balances (``ReadMeeting``), which depends on their speeds: for tests that
    /// must read both parts whatever the timing.
    public var splitsAtMiddle = false
    /// Starts the second part at once from a record start guessed near the middle
    /// (``CSVScanner/speculativeBoundary(path:near:records:)``), its lines counted from the part's start and moved
    /// once the first part has counted the lines before it, instead of waiting for a first pass that counts
    /// quotes and lines up to the split (about 0.4 s of one core at 10M rows). Falls back to counting when the
    /// guess is ambiguous, and to reading on in order when the first part does not end where the guess said.
    public var speculatesBoundary = true
    /// Incident keys (32 bytes each) held in memory over the whole run before they spill to temporary files: 16 MB
    /// (half what it was before the eighth session: at 1M rows the policy `last` held all 32 MB of its keys beside the
    /// read, and spilling a part's 8 MB at a time cost no measurable time at 10M rows).
    public var incidentKeyBudget = 1 << 19

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
        // `first` and `last` always go through the parts: rows are tallied as read and the policy is resolved
        // from compact incident keys afterwards (``IncidentKeyStore``), instead of holding every row.
        if profile.duplicates != .all { return try StageClock.shared.measure("ingest") { () throws(InputError) in try runInParts() } }
        if ProcessInfo.processInfo.activeProcessorCount > 1,
           files.contains(where: { CallIngestor.fileSize($0) >= parallelThreshold && !CallIngestor.isReadWhole($0) }) {
            return try StageClock.shared.measure("ingest") { () throws(InputError) in try runInParts() }
        }
        return try StageClock.shared.measure("ingest") { () throws(InputError) in try runInOrder() }
    }

    /// The summarizer for an ingestor's rows, with narrative screening wired in when asked for.
    func makeSummarizer(for ingestor: CallIngestor) -> CallSummarizer {
        let summarizer = CallSummarizer(ingestor: ingestor, catalogue: catalogue, layers: layers)
        if screensNarratives {
            ingestor.wantsNarrative = { summarizer.wantsNarrative($0) }
            ingestor.narrativeSink = { summarizer.addNarrative($0, $1) }
        }
        ingestor.wantsAddress = { summarizer.wantsAddress($0) }
        ingestor.addressSink = { summarizer.addAddress($0, $1) }
        return summarizer
    }

    /// Reads the files one after the other on this thread.
    public func runInOrder() throws(InputError) -> DatasetAnalysis {
        let rejects = try RejectsWriter(url: rejectsURL)
        let ingestor = CallIngestor(profile: profile, rejects: rejects)
        ingestor.progress = progress
        let summarizer = makeSummarizer(for: ingestor)
        let report = try ingestor.ingest(files: files) { summarizer.add($0) }
        return DatasetAnalysis(summary: summarizer.summary(), catalogue: catalogue, ingest: report, screensNarratives: !defersScreening)
    }

    /// What one part of one file gave: its summary, its report, the incident ids it saw and its rejects file.
    struct PartResult {
        var summary: CallSummary
        var report: IngestReport
        /// The part's incident-id hashes, sorted (repeats are counted over all parts at the end).
        var incidents: [UInt64]
        var rejects: URL?
        /// The part's incident keys, for resolving the duplicate policy over every part.
        var keys: IncidentKeyStore
        var stoppedAt: Int
        var nextLine: Int
        /// Lines in the file before the part, when it was read counting from 1 (a guessed start): added to the
        /// lines of its rejects and incident keys at the merge.
        var lineOffset = 0
    }

    /// Adds up the progress of parts read at the same time and reports the whole (any thread may call it).
    final class PartProgress: @unchecked Sendable {
        // @unchecked: every access to `bytes` and `rows` holds `lock`.
        private let lock = NSLock()
        private var bytes: [Int: Int] = [:], rows: [Int: Int] = [:]
        private let total: Int
        private let report: ((Int, Int, Int) -> Void)?
        init(total: Int, report: ((Int, Int, Int) -> Void)?) { self.total = total; self.report = report }
        func update(part: Int, bytes b: Int, rows r: Int) {
            lock.lock()
            defer { lock.unlock() }
            bytes[part] = b
            rows[part] = r
            report?(min(total, bytes.values.reduce(0, +)), total, rows.values.reduce(0, +))
        }
    }

    /// Reads one byte range of a file with its own ingestor and summarizer.
    func readPart(_ path: String, fileIndex: Int, start: Int, stop: Int?, firstLine: Int,
                  progress: PartProgress? = nil, part: Int = 0, meeting: ReadMeeting? = nil) throws(InputError) -> PartResult {
        let rejectsPart = rejectsURL.map { _ in FileManager.default.temporaryDirectory.appendingPathComponent("reroute-rejects-\(UUID().uuidString).csv") }
        let rejects = try RejectsWriter(url: rejectsPart)
        let ingestor = CallIngestor(profile: profile, rejects: rejects)
        let keys = IncidentKeyStore(budget: incidentKeyBudget / 2, hashesOnly: profile.duplicates == .all)
        ingestor.incidentKeys = keys
        let summarizer = makeSummarizer(for: ingestor)
        if let progress { ingestor.progress = { bytes, _, rows in progress.update(part: part, bytes: bytes, rows: rows) } }
        let (report, stoppedAt, nextLine) = try ingestor.ingestPart(of: path, fileIndex: fileIndex, start: start, stop: stop, firstLine: firstLine, meeting: meeting) { summarizer.add($0) }
        return PartResult(summary: summarizer.summary(), report: report, incidents: ingestor.incidentHashes, rejects: rejectsPart,
                          keys: keys, stoppedAt: stoppedAt, nextLine: nextLine)
    }

    /// Reads large files in two parts on two threads and merges the parts in file order.
    ///
    /// The second part starts at a record start guessed near the middle from the bytes there alone
    /// (``speculatesBoundary``), both threads at once, the second's lines moved at the merge; when no guess holds,
    /// at the record boundary that the parity of quotes before it gives
    /// (``CSVScanner/recordBoundary(path:countingUpTo:)``, counted on the second thread while the first part is
    /// read), at the offset that leaves both threads as much to read (``ReadMeeting``). The first part stops at
    /// the first record starting at or after it. If the two disagree (a wrong guess, malformed quoting), the
    /// second part's work is dropped and the file is read on from where the first part stopped. Summaries, reconciliation and data-quality counts
    /// merge exactly; repeated incident ids across parts are counted from the parts' id sets; rejects are
    /// written in file order.
    public func runInParts() throws(InputError) -> DatasetAnalysis {
        guard !files.isEmpty else { throw .noInputFiles }
        var parts: [PartResult] = []
        let total = files.reduce(0) { $0 + CallIngestor.fileSize($1) }
        let tracker = progress.map { _ in PartProgress(total: total, report: progress) }
        var partNumber = 0
        let readStarted = DispatchTime.now().uptimeNanoseconds
        for (fileIndex, path) in files.enumerated() {
            let size = CallIngestor.fileSize(path)
            // JSON records are converted as a whole (``JSONRecords``) and compressed files decompressed whole: one part.
            guard size >= parallelThreshold, !CallIngestor.isReadWhole(path) else {
                partNumber += 1
                parts.append(try readPart(path, fileIndex: fileIndex, start: 0, stop: nil, firstLine: 1))
                tracker?.update(part: partNumber, bytes: size, rows: parts.last!.report.rowsRead)
                try spillFinished(parts)
                continue
            }
            let (firstNumber, secondNumber) = (partNumber + 1, partNumber + 2)
            partNumber += 2
            nonisolated(unsafe) var second: Result<PartResult, InputError>?
            // Where the second part starts (and, when counted, its line); nil: the first thread reads the whole file.
            nonisolated(unsafe) var boundary: (offset: Int, line: Int?)?
            // The other thread only reads this run's settings (files, profile, catalogue, layers), which nothing
            // changes while it runs, and builds its own ingestor and summarizer; its results are read after `wait()`.
            nonisolated(unsafe) let run = self
            let group = DispatchGroup()
            @Sendable func readSecond(from offset: Int, firstLine: Int) {
                do throws(InputError) {
                    second = .success(try StageClock.shared.measure("ingest: second part") { () throws(InputError) in
                        try run.readPart(path, fileIndex: fileIndex, start: offset, stop: nil, firstLine: firstLine, progress: tracker, part: secondNumber)
                    })
                } catch { second = .failure(error) }
            }
            // The first part reads every record that starts before `stop`, or before the meeting settled while it reads
            // (every record, if none is settled).
            let stop: Int?, meeting: ReadMeeting?
            if speculatesBoundary, let guess = CSVScanner.speculativeBoundary(path: path, near: size / 2) {
                // Both threads start at once; the second numbers its lines from 1 until the first has counted them.
                boundary = (guess, nil)
                (stop, meeting) = (guess, nil)
                DispatchQueue.global().async(group: group) { readSecond(from: guess, firstLine: 1) }
            } else {
                let balance = ReadMeeting()
                (stop, meeting) = splitsAtMiddle ? (size / 2, nil) : (nil, balance)
                DispatchQueue.global().async(group: group) {
                    // Counting reads the first part once more, faster than the first thread reads it; it stops where both
                    // threads have as much left to read (``ReadMeeting``). Nil boundary or meeting not settled: the
                    // first thread reads the whole file.
                    let found = StageClock.shared.measure("ingest: count up to where the second thread starts") {
                        run.splitsAtMiddle ? CSVScanner.recordBoundary(path: path, near: size / 2)
                            : CSVScanner.recordBoundary(path: path, countingUpTo: { _ in balance.balancedOffset(fileSize: size) })
                    }
                    // The first thread looks at the meeting once per chunk it reads: settle only well ahead of it.
                    guard let b = found, run.splitsAtMiddle || balance.settle(at: b.offset, margin: min(4 * CSVScanner.defaultChunkSize, size / 8)) else { return }
                    boundary = (b.offset, b.line)
                    readSecond(from: b.offset, firstLine: b.line)
                }
            }
            let first = try StageClock.shared.measure("ingest: first part") { () throws(InputError) in
                try readPart(path, fileIndex: fileIndex, start: 0, stop: stop, firstLine: 1, progress: tracker, part: firstNumber, meeting: meeting)
            }
            group.wait()
            parts.append(first)
            if let b = boundary, first.stoppedAt == b.offset, case .success(var rest)? = second {
                if b.line == nil {
                    // The second part counted its lines from 1; the first part ended on the line the second began.
                    rest.lineOffset = first.nextLine - 1
                    rest.keys.lineOffset = rest.lineOffset
                }
                parts.append(rest)
            } else {
                // A counted start's error names its true line; a guessed start's would name a line counted from the
                // part's start, so that part is read again below from where the first stopped, with its true lines,
                // and the same error comes out right.
                if case .failure(let error)? = second, boundary.map({ first.stoppedAt == $0.offset && $0.line != nil }) == true { throw error }
                if case .success(let dropped)? = second, let url = dropped.rejects { try? FileManager.default.removeItem(at: url) }
                tracker?.update(part: secondNumber, bytes: 0, rows: 0)
                if first.stoppedAt < size {
                    parts.append(try readPart(path, fileIndex: fileIndex, start: first.stoppedAt, stop: nil, firstLine: first.nextLine,
                                              progress: tracker, part: secondNumber))
                }
            }
            tracker?.update(part: firstNumber, bytes: first.stoppedAt, rows: first.report.rowsRead)
            try spillFinished(parts)
        }
        progress?(total, total, parts.reduce(0) { $0 + $1.report.rowsRead })
        StageClock.shared.record("ingest: read in parts", seconds: Double(DispatchTime.now().uptimeNanoseconds - readStarted) / 1e9)
        return try merge(parts)
    }

    /// Keeps the keys held in memory by parts already read under ``incidentKeyBudget`` (many files, many parts).
    private func spillFinished(_ parts: [PartResult]) throws(InputError) {
        if parts.reduce(0, { $0 + $1.keys.inMemory }) > incidentKeyBudget / 2 { for p in parts { try p.keys.spill() } }
    }

    func merge(_ results: [PartResult]) throws(InputError) -> DatasetAnalysis {
        var parts = results
        var summary = CallSummary()
        var report = IngestReport(profile: profile.name, clock: profile.clock)
        var available = Set(RecordField.allCases)
        var hashes: [[UInt64]] = []
        let rejects = try RejectsWriter(url: rejectsURL)
        for index in parts.indices {
            var part = parts[index]
            if part.lineOffset != 0 { for l in part.summary.layers.indices { part.summary.layers[l].moveLines(by: part.lineOffset) } }
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
                rejects.append(contentsOf: url, lineOffset: part.lineOffset)
                try? FileManager.default.removeItem(at: url)
            }
        }
        try rejects.flush()
        // Repeats within and across parts, and the rows the policy drops, from the parts' incident keys.
        let resolution = try StageClock.shared.measure("ingest: resolve duplicates") { () throws(InputError) in
            try IncidentResolution.resolve(parts.map(\.keys), policy: profile.duplicates, files: files.count)
        }
        for part in parts { part.keys.removeFiles() }
        let repeats = resolution.repeats + IncidentHashes.repeats(in: hashes)
        if repeats > 0 { report.quality.record(.duplicateIncidentID, repeats) }
        report.availableFields = RecordField.allCases.filter(available.contains)
        if profile.duplicates == .all {
            report.callsKept = report.rowsAccepted
        } else {
            report.callsKept = resolution.distinct
            for i in report.files.indices {
                if let f = files.firstIndex(of: report.files[i].file) { report.files[i].duplicatesCollapsed = resolution.repeatsByFile[f] }
            }
            let dropped = try StageClock.shared.measure("ingest: re-read \(resolution.dropped.count) dropped rows") { () throws(InputError) in
                try droppedRows(resolution)
            }
            summary.subtract(dropped)
            summary.applyCoverage()
            // Without an outlying run the period is exactly that of the calls kept (a day's first and last time
            // may still be a dropped row's).
            if summary.callsOutsideCoverage == 0 {
                summary.firstCreated = resolution.firstCreated
                summary.lastCreated = resolution.lastCreated
            }
        }
        return DatasetAnalysis(summary: summary, catalogue: catalogue, ingest: report, screensNarratives: !defersScreening)
    }

    /// The tallies of the rows the duplicate policy dropped, read again from their files by line.
    func droppedRows(_ resolution: IncidentResolution) throws(InputError) -> CallSummary {
        var out = CallSummary()
        var start = 0
        let dropped = resolution.dropped
        while start < dropped.count {
            var end = start
            while end < dropped.count && dropped[end].file == dropped[start].file { end += 1 }
            let fileIndex = dropped[start].file
            let ingestor = CallIngestor(profile: profile, rejects: try RejectsWriter(url: nil))
            let summarizer = CallSummarizer(ingestor: ingestor, catalogue: catalogue, layers: layers)
            try ingestor.reread(path: files[fileIndex], fileIndex: fileIndex, lines: dropped[start..<end].map(\.line)) { summarizer.add($0) }
            out.merge(summarizer.summary())
            start = end
        }
        return out
    }

    /// Picks the profile for `files`: the one named, or the built-in whose columns match the first file.
    /// - Throws: ``InputError`` (no file, unreadable header, no profile matches) or what
    ///   ``ProfileLibrary/resolve(_:)`` throws for a named profile.
    public static func chooseProfile(_ nameOrPath: String?, files: [String]) throws -> Profile {
        if let nameOrPath { return try ProfileLibrary.resolve(nameOrPath) }
        guard let first = files.first else { throw InputError.noInputFiles }
        let header = try CallIngestor.header(of: first)
        guard let p = ProfileLibrary.detect(header: header) else { throw InputError.noProfileMatches(file: first, seen: header) }
        return p
    }
}

extension AnalysisRun {
    /// The catalogue a run uses: a built-in name, a catalogue file, or `suggest` (the profile names no catalogue
    /// for this layout): then the call types of `files` are mapped onto the cross-city taxonomy by
    /// ``SuggestedMapping``.
    public static func catalogue(named nameOrPath: String, files: [String], profile: Profile) throws -> CallCatalogue {
        if nameOrPath.lowercased() == "suggest" { return try SuggestedMapping.make(files: files, profile: profile).catalogue }
        return try CallCatalogue.named(nameOrPath)
    }

    /// Refuses a run that accepted no rows, or rejected more than `maxRejectedShare` of them (exit 65).
    public static func checkAccepted(_ ingest: IngestReport, maxRejectedShare: Double) throws(RunRefusal) {
        if ingest.rowsAccepted == 0 {
            throw .noRowsAccepted(read: ingest.rowsRead, rejected: ingest.rowsRejected, excluded: ingest.rowsExcluded)
        }
        let share = Double(ingest.rowsRejected) / Double(max(ingest.rowsRead, 1))
        if share > maxRejectedShare { throw .tooManyRejected(read: ingest.rowsRead, rejected: ingest.rowsRejected, limit: maxRejectedShare) }
    }
}

/// A run whose input cannot give an analysis (exit 65).
public enum RunRefusal: RerouteError, Equatable {
    case noRowsAccepted(read: Int, rejected: Int, excluded: Int)
    case tooManyRejected(read: Int, rejected: Int, limit: Double)

    public var exitStatus: ExitStatus { .dataError }

    public var description: String {
        switch self {
        case let .noRowsAccepted(read, rejected, excluded):
            "no rows accepted: \(read) read = 0 accepted + \(rejected) rejected + \(excluded) excluded; see rejects.csv for why"
        case let .tooManyRejected(read, rejected, limit):
            "\(rejected) of \(read) rows rejected (\(Format.percent(Double(rejected) / Double(max(read, 1))))), more than --max-rejected-share \(Format.percent(limit)); see rejects.csv, or fix the profile"
        }
    }
}

/// The version printed in outputs.
public enum RerouteVersion {
    public static let current = "0.1.0"
}
