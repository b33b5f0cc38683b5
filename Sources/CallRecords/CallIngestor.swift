import Vocabulary
import Foundation

/// What an ingest run read: per-file reconciliation, soft data-quality counts and which fields the data has.
public struct IngestReport: Sendable, Codable {
    public var profile: String
    public var files: [FileReconciliation] = []
    public var quality = DataQualityCounts()
    /// Record fields the profile maps to columns that every file has.
    public var availableFields: [RecordField] = []
    /// Record fields the profile names but some file lacks (their analyses are skipped or partial).
    public var missingOptionalColumns: [String: [String]] = [:]
    /// Distinct incidents kept after the duplicate policy.
    public var callsKept = 0
    /// How the profile says hours without AM/PM are read (`timestamps.clock`); nil: not said (`auto`).
    public var clock: ClockReading?

    public init(profile: String, clock: ClockReading? = nil) {
        self.profile = profile
        self.clock = clock == .auto ? nil : clock
    }

    public var rowsRead: Int { files.reduce(0) { $0 + $1.rowsRead } }
    public var rowsAccepted: Int { files.reduce(0) { $0 + $1.rowsAccepted } }
    public var rowsRejected: Int { files.reduce(0) { $0 + $1.rowsRejected } }
    public var rowsExcluded: Int { files.reduce(0) { $0 + $1.rowsExcluded } }
    public var balances: Bool { files.allSatisfy(\.balances) }

    public func has(_ field: RecordField) -> Bool { availableFields.contains(field) }
}

/// Reads CAD exports through a ``Profile`` and hands each accepted call to a sink as a ``CallRow``.
///
/// Rows that cannot be read go to the ``RejectsWriter`` with file, line and reason; soft problems are
/// counted in ``IngestReport/quality``. Several files are read as one dataset. With the duplicate
/// policy `first` or `last`, ``ingest(files:into:)`` holds the kept rows until every file is read (memory grows
/// with the number of distinct incidents): the simple reference. Large runs set ``incidentKeys`` instead and
/// resolve the policy afterwards (`AnalysisRun`), so memory stays flat; with `all` the sink sees each row as
/// it is read. The row kept is chosen by its own time, then file order (``IncidentKey``).
public final class CallIngestor {
    public let profile: Profile
    /// Call types as written in the export (ids in ``CallRow/callType``).
    public let callTypes = ByteInterner()
    public let districts = ByteInterner()
    public let dispositions = ByteInterner()
    private let sourceValues = ByteInterner()
    // @exclusivity(unchecked) on the properties read or changed for every row: an ingestor belongs to one reading
    // thread, and the sinks it calls never call back into it; the runtime's access checks on them (with those of
    // the interners and the summarizer) were 13% of the report's read (perf, 1M rows).
    @exclusivity(unchecked) private var sourceCache: [CallSource] = []
    /// Whether each interned source value is one the profile names (so an unknown one is counted on every row).
    @exclusivity(unchecked) private var sourceKnown: [Bool] = []
    @exclusivity(unchecked) private var outcomeCache: [(OutcomeClass, Bool)] = []
    @exclusivity(unchecked) private var officerTypeCache: [Bool] = []
    private let rejects: RejectsWriter
    private let parser: TimestampParser
    /// The last fixed-width date the parser read (``FixedWidthTimestamp/DayCache``); per row, like the caches above.
    @exclusivity(unchecked) private var dayCache = FixedWidthTimestamp.DayCache()
    private let missingMarkers: [[UInt8]]
    /// The plausible window for timestamps (``Plausibility``), in ``LocalTime`` milliseconds.
    private let earliestPlausible: Int64
    private let latestPlausible: Int64
    /// The longest plausible step between two of a call's timestamps.
    private let maximumDuration: Int64
    /// This run's longest field, in bytes (``Plausibility/maximumFieldBytes``).
    private let fieldLimit: Int
    /// Receives the narrative of each accepted call whose call type id passes ``wantsNarrative`` (before the
    /// duplicate policy is applied, so with `first`/`last` a repeated incident's narratives all arrive).
    @exclusivity(unchecked) public var narrativeSink: ((CallRow, String) -> Void)?
    /// Which calls the ``narrativeSink`` wants; the text is only decoded for those.
    @exclusivity(unchecked) public var wantsNarrative: ((CallRow) -> Bool)?
    /// Receives the address of each accepted call that passes ``wantsAddress`` (a repeat location's street address).
    @exclusivity(unchecked) public var addressSink: ((CallRow, String) -> Void)?
    /// Which calls the ``addressSink`` wants; the text is only decoded for those.
    @exclusivity(unchecked) public var wantsAddress: ((CallRow) -> Bool)?
    /// Called with (bytes read so far, total bytes, rows read so far) as the run progresses.
    public var progress: ((Int, Int, Int) -> Void)?
    /// Input file paths in the order read (``CallRow/file`` indexes this).
    public private(set) var fileNames: [String] = []
    /// Hashes of the incident ids read so far, for the duplicate policies `first` and `last`, which must know
    /// at once whether an id repeats.
    @exclusivity(unchecked) private var seenIncidents = Set<UInt64>()
    /// With the policy `all` repeats are only counted: the ids' hashes are collected here (8 bytes each, half
    /// what a set needs) and counted once sorted, after the run (``IncidentHashes/repeats(in:)``).
    @exclusivity(unchecked) public private(set) var incidentHashes: [UInt64] = []
    /// When set, every accepted row's ``IncidentKey`` goes here instead of the ingestor's own duplicate
    /// bookkeeping: every row reaches the sink and the caller resolves the policy over all parts
    /// (``IncidentResolution``), so nothing grows with the number of distinct incidents.
    @exclusivity(unchecked) public var incidentKeys: IncidentKeyStore?

    public init(profile: Profile, rejects: RejectsWriter) {
        self.profile = profile
        self.rejects = rejects
        self.parser = TimestampParser(format: profile.timestampFormat, timeZone: profile.timeZone,
                                      pattern: profile.timestampPattern, clock: profile.clock)
        self.missingMarkers = profile.missingValues.map { Array($0.utf8) }
        self.earliestPlausible = profile.plausibility.earliest.milliseconds
        self.latestPlausible = profile.plausibility.latest().milliseconds
        self.maximumDuration = profile.plausibility.maximumDuration
        self.fieldLimit = profile.plausibility.maximumFieldBytes
    }

    /// The plausible window as text, for messages.
    private var windowText: String {
        "\(LocalTime(milliseconds: earliestPlausible)) to \(LocalTime(milliseconds: latestPlausible))"
    }

    /// Column indexes of the record fields in one file's header (a flat array: this is read per field per row).
    struct Binding {
        private var index = [Int](repeating: -1, count: RecordField.allCases.count)
        var filter: Int?
        var width = 0
        /// The header's column names (for messages).
        var names: [String] = []
        @inline(__always) subscript(_ f: RecordField) -> Int? {
            get { let i = index[f.ordinal]; return i >= 0 ? i : nil }
            set { index[f.ordinal] = newValue ?? -1 }
        }
    }

    /// A file's size in bytes, or 0 when it cannot be read (``preflight(_:)`` says why).
    public static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Checks that a file can be read at all: exists, not empty, not binary.
    static func preflight(_ path: String) throws(InputError) -> Int {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw .cannotOpen(file: path, reason: "no such file")
        }
        guard !isDir.boolValue else { throw .cannotOpen(file: path, reason: "this is a folder; give the CSV files inside it") }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = (attributes[.size] as? NSNumber)?.intValue else { throw .cannotOpen(file: path, reason: "cannot read its size") }
        guard size > 0 else { throw .emptyFile(file: path) }
        guard let h = FileHandle(forReadingAtPath: path) else { throw .cannotOpen(file: path, reason: "permission denied") }
        var head = (try? h.read(upToCount: 65_536)) ?? Data()
        try? h.close()
        // A gzip or ZIP file is checked by what it holds (``CompressedInput``).
        if CompressedInput.kind(head: head) != nil {
            head = try CompressedInput.contents(of: path).prefix(65_536)
            if CompressedInput.kind(head: head) != nil { throw .notCSV(file: path, reason: "it holds another compressed file; decompress it first") }
        }
        if isBinary(head) { throw .binaryFile(file: path) }
        let firstByte = head.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF })
        if firstByte == UInt8(ascii: "<") { throw .notCSV(file: path, reason: "it looks like HTML or XML; export the calls as CSV") }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { throw .notCSV(file: path, reason: "it is a ZIP or Excel workbook; save it as CSV") }
        return size
    }

    /// Whether a file holds JSON (an array, newline-delimited objects or Esri feature JSON) rather than CSV.
    public static func isJSON(_ path: String) -> Bool {
        if CompressedInput.kind(of: path) != nil {
            return ((try? CompressedInput.contents(of: path)).map { JSONRecords.looksLikeJSON($0.prefix(4096)) }) ?? false
        }
        guard let h = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? h.close() }
        return JSONRecords.looksLikeJSON((try? h.read(upToCount: 4096)) ?? Data())
    }

    /// Whether a file is read whole, as one part: JSON (converted to CSV text first) or compressed.
    public static func isReadWhole(_ path: String) -> Bool { CompressedInput.kind(of: path) != nil || isJSON(path) }

    /// The scanner for a file: the file itself, the CSV text of a JSON file's records (``JSONRecords``), or what a
    /// gzip or ZIP file holds (``CompressedInput``).
    static func scanner(for path: String, chunkSize: Int = CSVScanner.defaultChunkSize) throws(InputError) -> CSVScanner {
        if CompressedInput.kind(of: path) != nil {
            let data = try CompressedInput.contents(of: path)
            if JSONRecords.looksLikeJSON(data.prefix(4096)) { return CSVScanner(bytes: try JSONRecords.csvBytes(data: data, file: path), chunkSize: chunkSize) }
            return CSVScanner(bytes: [UInt8](data), chunkSize: chunkSize)
        }
        if isJSON(path) { return CSVScanner(bytes: try JSONRecords.csvBytes(path: path), chunkSize: chunkSize) }
        return try CSVScanner(path: path, chunkSize: chunkSize)
    }

    /// Whether the start of a file is a binary format by its signature (PDF, ZIP/XLSX, gzip, PNG, JPEG, GIF, ELF,
    /// OLE2 .xls, SQLite, UTF-16/32 text) or is more than a tenth NUL bytes. A text export with a few NUL bytes
    /// is read, and only the rows holding them are rejected.
    static func isBinary(_ head: Data) -> Bool {
        let signatures: [[UInt8]] = [
            Array("%PDF".utf8), [0x50, 0x4B, 0x03, 0x04], [0x1F, 0x8B], [0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF],
            Array("GIF8".utf8), [0x7F, 0x45, 0x4C, 0x46], [0xD0, 0xCF, 0x11, 0xE0], Array("SQLite format 3".utf8),
            [0xFF, 0xFE], [0xFE, 0xFF], [0x00, 0x00, 0xFE, 0xFF],
        ]
        if signatures.contains(where: { head.starts(with: $0) }) { return true }
        let nul = head.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        return nul * 10 > head.count
    }

    /// Reads the header line of a file.
    public static func header(of path: String) throws(InputError) -> [String] {
        _ = try preflight(path)
        let scanner = try scanner(for: path, chunkSize: 1 << 16)
        var header: [String]?
        var problem: CSVRowProblem?
        struct Stop: Error {}
        do {
            try scanner.scan { record in
                if let p = record.problem { problem = p } else { header = (0..<record.fieldCount).map(record.string) }
                throw Stop()
            }
        } catch is Stop {
        } catch let e as InputError { throw e } catch { throw .readFailed(reason: "\(error)") }
        if let problem { throw .notCSV(file: path, reason: "the header line is not CSV (\(problem))") }
        guard let header, !header.isEmpty else { throw .emptyFile(file: path) }
        if header.count < 2, isJSON(path) {
            throw .notCSV(file: path, reason: "the JSON records have a single field ('\(header[0].prefix(60))'); expected call records with several fields")
        }
        if header.count < 2 {
            throw .notCSV(file: path, reason: "the first line has a single column ('\(header[0].prefix(60))'); expected a comma-separated header")
        }
        return header.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private func bind(header: [String], file: String) throws(InputError) -> Binding {
        var b = Binding()
        b.width = header.count
        b.names = header
        var position: [String: Int] = [:]
        for (i, name) in header.enumerated() {
            if let first = position[name] {
                guard name.isEmpty else { throw .duplicateColumn(file: file, name: name, first: first + 1, second: i + 1) }
            } else {
                position[name] = i
            }
        }
        var missing: [String] = []
        for (field, column) in profile.columns {
            if let i = position[column] { b[field] = i } else if profile.requiredFields.contains(field) { missing.append(column) }
        }
        if !missing.isEmpty { throw .profileDoesNotFit(file: file, profile: profile.name, missingColumns: missing.sorted(), seen: header) }
        if let f = profile.rowFilter {
            guard let i = position[f.column] else {
                throw .profileDoesNotFit(file: file, profile: profile.name, missingColumns: [f.column], seen: header)
            }
            b.filter = i
        }
        return b
    }

    @inline(__always)
    private func isMissing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.isEmpty { return true }
        for m in missingMarkers where m.count == bytes.count {
            if m.withUnsafeBufferPointer({ mb in zip(mb, bytes).allSatisfy { $0 == $1 } }) { return true }
        }
        var allSpace = true
        for b in bytes where b != 32 { allSpace = false; break }
        return allSpace
    }

    /// Reads every file and sends accepted calls to `sink`.
    /// - Throws: ``InputError`` for a file that cannot be read at all (nothing is sent for it).
    public func ingest(files: [String], into sink: (CallRow) -> Void) throws(InputError) -> IngestReport {
        try run(files: files, capturesRecords: false) { row, _ in sink(row) }
    }

    /// Reads every file and sends each accepted call as a full ``CallRecord`` (with its text fields and
    /// narrative) together with its ``CallRow``: for screening and for small inputs; slower than ``ingest(files:into:)``.
    public func ingestRecords(files: [String], into sink: (CallRecord, CallRow) -> Void) throws(InputError) -> IngestReport {
        try run(files: files, capturesRecords: true) { row, record in sink(record!, row) }
    }

    private func makeRecord(_ r: CSVRecord, _ b: Binding, _ row: CallRow) -> CallRecord {
        func text(_ f: RecordField) -> String? {
            guard let i = b[f] else { return nil }
            let bytes = r.rawBytes(i)
            return isMissing(bytes) ? nil : r.string(i)
        }
        func time(_ ms: Int64) -> LocalTime? { ms == CallRow.missingTime ? nil : LocalTime(milliseconds: ms) }
        return CallRecord(
            incidentID: text(.incidentID) ?? "", rawCallType: text(.callType) ?? "", priority: text(.priority), source: row.source,
            created: time(row.created), dispatched: time(row.dispatched), enRoute: time(row.enRoute), arrived: time(row.arrived),
            cleared: time(row.cleared), rawDisposition: text(.disposition), outcome: row.outcome,
            latitude: row.latitude.isFinite ? row.latitude : nil, longitude: row.longitude.isFinite ? row.longitude : nil,
            district: text(.district), beat: text(.beat), neighbourhood: text(.neighbourhood), address: text(.address), narrative: text(.narrative))
    }

    /// Checks each file and binds its header; the fields every file has.
    private func prepare(_ files: [String], report: inout IngestReport) throws(InputError) -> (sizes: [Int], bindings: [Binding]) {
        var sizes: [Int] = []
        var bindings: [Binding] = []
        for path in files {
            sizes.append(try Self.preflight(path))
            let header = try Self.header(of: path)
            // `header: none`: columns are named by position, 1 first; the first line is a call.
            bindings.append(try bind(header: profile.hasHeader ? header : (1...max(header.count, 1)).map(String.init), file: path))
        }
        var available = Set(profile.columns.keys)
        for (path, b) in zip(files, bindings) {
            for (field, column) in profile.columns where b[field] == nil {
                available.remove(field)
                report.missingOptionalColumns[field.rawValue, default: []].append("\(column) (absent from \(path))")
            }
        }
        if available.contains(.createdDate) && available.contains(.createdTime) { available.insert(.created) }
        report.availableFields = RecordField.allCases.filter(available.contains)
        return (sizes, bindings)
    }

    /// Reads the records of one file that a scanner delivers, rejecting or decoding each.
    /// - Parameter accept: receives each decoded call, its full record when captured, its incident-id hash and
    ///   whether that id was seen before; returns whether the call was merged into an earlier row of its incident.
    @discardableResult
    private func scan(_ scanner: CSVScanner, path: String, fileIndex: Int, binding b: Binding, skipsHeader: Bool, capturesRecords: Bool,
                      report: inout IngestReport, rec: inout FileReconciliation, onProgress: (_ bytes: Int, _ rows: Int) -> Void,
                      accept: (CallRow, CallRecord?, UInt64, Bool) -> Bool) throws(InputError) -> Int {
        var isHeader = skipsHeader
        let fileNumber = Int32(fileIndex)
        scanner.lineBreakRule = lineBreakRule(for: b)
        // The sinks and the key store, read once here rather than from the ingestor's properties on every row, and
        // never bound with `if let` per row: each such read or binding copied the closure's context or the store,
        // a retain and a release around its call (7% of the report's read, perf at 10M). The store is borrowed
        // through `Unmanaged` (its call is not inlined), kept alive by `incidentKeys` until the scan returns.
        let narrativeSink = self.narrativeSink, wantsNarrative = self.wantsNarrative
        let addressSink = self.addressSink, wantsAddress = self.wantsAddress
        let incidentKeys = self.incidentKeys
        let keys = incidentKeys.map { Unmanaged.passUnretained($0) }
        defer { withExtendedLifetime(incidentKeys) {} }
        let narrativeIndex = b[.narrative], addressIndex = b[.address]
        do {
            return try scanner.scan { record in
                if isHeader { isHeader = false; return }
                rec.rowsRead += 1
                if let problem = record.problem {
                    rec.rowsRejected += 1
                    rejects.add(file: path, line: record.line, reason: describe(problem, b), raw: record.rawText)
                    return
                }
                if record.rawEnd > record.rawStart, memchr(record.base + record.rawStart, 0, record.rawEnd - record.rawStart) != nil {
                    rec.rowsRejected += 1
                    rejects.add(file: path, line: record.line, reason: "the row holds a NUL byte (0x00), which no text field can hold", raw: record.rawText)
                    return
                }
                if record.fieldCount != b.width {
                    rec.rowsRejected += 1
                    rejects.add(file: path, line: record.line, reason: "wrong number of fields: expected \(b.width), found \(record.fieldCount)", raw: record.rawText)
                    return
                }
                // O(1) per field: the scanner already knows each field's span.
                let limit = fieldLimit
                if let long = (0..<record.fieldCount).first(where: { record.fields[$0].end - record.fields[$0].start > limit }) {
                    rec.rowsRejected += 1
                    let size = record.fields[long].end - record.fields[long].start
                    rejects.add(file: path, line: record.line,
                                reason: "field \(long + 1) ('\(b.names[long].prefix(60))') is \(size) bytes long, over the limit of \(limit) bytes (profile key plausibility.max_field_bytes)",
                                raw: record.rawText)
                    return
                }
                if let f = b.filter, let allowed = profile.rowFilter?.values {
                    if !allowed.contains(CallRecord.normalisedCallType(record.string(f))) { rec.rowsExcluded += 1; return }
                }
                switch decode(record, binding: b, file: fileNumber, quality: &report.quality) {
                case .failure(let reason):
                    rec.rowsRejected += 1
                    rejects.add(file: path, line: record.line, reason: reason, raw: record.rawText)
                case .success(let (row, idHash)):
                    rec.rowsAccepted += 1
                    if !Self.isValidUTF8(record.base + record.rawStart, record.rawEnd - record.rawStart) { report.quality.record(.invalidUTF8) }
                    let full = capturesRecords ? makeRecord(record, b, row) : nil
                    if narrativeSink != nil, let n = narrativeIndex, !record.isEmpty(n), wantsNarrative?(row) ?? true {
                        narrativeSink?(row, record.string(n))
                    }
                    if addressSink != nil, let a = addressIndex, !record.isEmpty(a), wantsAddress?(row) ?? true {
                        addressSink?(row, record.string(a))
                    }
                    var isRepeat = false
                    if let keys {
                        try keys._withUnsafeGuaranteedRef { try $0.add(IncidentKey(hash: idHash, row: row)) }
                    } else if profile.duplicates == .all {
                        incidentHashes.append(idHash)
                    } else {
                        isRepeat = !seenIncidents.insert(idHash).inserted
                        if isRepeat { report.quality.record(.duplicateIncidentID) }
                    }
                    if accept(row, full, idHash, isRepeat) { rec.duplicatesCollapsed += 1 }
                }
                if rec.rowsRead & 0x3FFF == 0 { onProgress(scanner.bytesConsumed, rec.rowsRead) }
            }
        } catch let e as InputError {
            throw e
        } catch {
            throw .readFailed(reason: "\(path): \(error)")
        }
    }

    /// The scanner's rule for records that cross line breaks (``CSVLineBreakRule``): only the columns bound to
    /// free-text fields (narrative, address, disposition) or to no field may hold a line break, a record spans at
    /// most the profile's `plausibility.max_record_lines` lines, and it must have the header's width.
    private func lineBreakRule(for b: Binding) -> CSVLineBreakRule {
        var mayBreak = Set(0..<b.width)
        for field in RecordField.allCases where ![.narrative, .address, .disposition].contains(field) {
            if let i = b[field] { mayBreak.remove(i) }
        }
        if let f = b.filter { mayBreak.remove(f) }
        return CSVLineBreakRule(fieldsThatMayBreak: mayBreak, maximumLines: profile.plausibility.maximumRecordLines, expectedFieldCount: b.width)
    }

    /// A scanner problem in words, with the column's name where the problem names a field.
    private func describe(_ problem: CSVRowProblem, _ b: Binding) -> String {
        if case let .lineBreakInField(field, lines) = problem, field >= 1, field <= b.names.count {
            return "malformed quoting: a quote opened in column \(field) ('\(b.names[field - 1].prefix(60))') runs over \(lines) lines, but that column cannot hold a line break; this line is rejected and reading resumes on the next line"
        }
        return problem.description
    }

    /// Whether `count` bytes at `p` are valid UTF-8 (ASCII is skipped first, many bytes per step).
    static func isValidUTF8(_ p: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var k = 0
        // Eight bytes at a time while none has its high bit set (every row of most exports is ASCII throughout):
        // this check reads every byte of every accepted row, and one byte at a time it was 5% of the report's read.
        let raw = UnsafeRawPointer(p)
        let high: UInt64 = 0x8080_8080_8080_8080
        // Thirty-two bytes per step (four words or-ed, one test), then eight.
        while k + 32 <= count {
            let any = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: k + 8, as: UInt64.self)
                | raw.loadUnaligned(fromByteOffset: k + 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: k + 24, as: UInt64.self)
            if any & high != 0 { break }
            k += 32
        }
        while k + 8 <= count, raw.loadUnaligned(fromByteOffset: k, as: UInt64.self) & high == 0 { k += 8 }
        while k < count, p[k] < 0x80 { k += 1 }
        if k == count { return true }
        var it = UnsafeBufferPointer(start: p + k, count: count - k).makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&it) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    private func run(files: [String], capturesRecords: Bool, sink: (CallRow, CallRecord?) -> Void) throws(InputError) -> IngestReport {
        guard !files.isEmpty else { throw .noInputFiles }
        var report = IngestReport(profile: profile.name, clock: profile.clock)
        let (sizes, bindings) = try prepare(files, report: &report)
        let total = sizes.reduce(0, +)
        var keptIndex: [UInt64: Int] = [:]
        var held: [(CallRow, CallRecord?)] = []
        var heldKeys: [IncidentKey] = []
        let policy = profile.duplicates
        var doneBefore = 0
        var rowsBefore = 0
        for (fileIndex, path) in files.enumerated() {
            fileNames.append(path)
            var rec = FileReconciliation(file: path, bytes: sizes[fileIndex])
            var lastProgress = 0
            let rowsSoFar = rowsBefore
            _ = try scan(try Self.scanner(for: path), path: path, fileIndex: fileIndex, binding: bindings[fileIndex], skipsHeader: profile.hasHeader,
                     capturesRecords: capturesRecords, report: &report, rec: &rec,
                     onProgress: { consumed, rows in
                         let done = doneBefore + consumed
                         if let progress, done - lastProgress > 1 << 20 { lastProgress = done; progress(done, total, rowsSoFar + rows) }
                     },
                     accept: { row, full, idHash, isRepeat in
                         switch policy {
                         case .all:
                             sink(row, full)
                             return false
                         case .first, .last:
                             // The row kept is decided by its key (own time, then file order), not by reading order.
                             let key = IncidentKey(hash: idHash, row: row)
                             if isRepeat, let k = keptIndex[idHash] {
                                 let later = IncidentKey.ordered(heldKeys[k], key)
                                 if later == (policy == .last) { held[k] = (row, full); heldKeys[k] = key }
                                 return true
                             }
                             keptIndex[idHash] = held.count
                             held.append((row, full))
                             heldKeys.append(key)
                             return false
                         }
                     })
            doneBefore += sizes[fileIndex]
            rowsBefore += rec.rowsRead
            progress?(doneBefore, total, rowsBefore)
            report.files.append(rec)
        }
        keptIndex = [:]
        heldKeys = []
        // In reading order of the rows kept (what reading in parts gives).
        held.sort { ($0.0.file, $0.0.line) < ($1.0.file, $1.0.line) }
        for (row, full) in held { sink(row, full) }
        if policy == .all {
            incidentHashes.sort()
            report.quality.record(.duplicateIncidentID, IncidentHashes.repeats(in: [incidentHashes]))
            incidentHashes = []
        }
        report.callsKept = policy == .all ? report.rowsAccepted : held.count
        try rejects.flush()
        return report
    }

    /// Reads the records of one file that start in `start..<stop` (to the end when `stop` is nil), for reading
    /// a large file on several threads, each part with its own ingestor. Every row is kept (duplicate policy
    /// `all`); repeated incident ids are not counted here but left, sorted, in ``incidentHashes`` for the caller
    /// to count over all parts (``IncidentHashes/repeats(in:)``).
    /// ``progress`` receives (bytes read in this part, 0, rows read in this part).
    /// - Parameters:
    ///   - fileIndex: the file's index in the whole run (``CallRow/file``).
    ///   - firstLine: the physical line the first record starts on.
    ///   - meeting: where another thread reading the rest of the file takes over, settled while this part is read
    ///     (the part then stops there, as at `stop`).
    /// - Returns: the part's report (one ``FileReconciliation``), where the scanner stopped (the first record
    ///   start at or after `stop`, which the caller compares with the next part's start) and that record's line.
    public func ingestPart(of path: String, fileIndex: Int, start: Int, stop: Int?, firstLine: Int, meeting: ReadMeeting? = nil,
                           into sink: (CallRow) -> Void) throws(InputError) -> (report: IngestReport, stoppedAt: Int, nextLine: Int) {
        precondition(profile.duplicates == .all || incidentKeys != nil, "parts are read with the policy `all` or with an incident key store")
        var report = IngestReport(profile: profile.name, clock: profile.clock)
        let (sizes, bindings) = try prepare([path], report: &report)
        while fileNames.count <= fileIndex { fileNames.append(path) }
        var rec = FileReconciliation(file: path, bytes: start == 0 ? sizes[0] : 0)
        // A JSON file is read whole (its records are converted to CSV text first), never in byte ranges.
        let scanner = Self.isReadWhole(path) && start == 0 && stop == nil ? try Self.scanner(for: path)
            : try CSVScanner(path: path, startOffset: start, stopOffset: stop)
        scanner.firstLine = firstLine
        scanner.meeting = meeting
        let nextLine = try scan(scanner, path: path, fileIndex: fileIndex, binding: bindings[0], skipsHeader: start == 0 && profile.hasHeader, capturesRecords: false,
                 report: &report, rec: &rec, onProgress: { consumed, rows in progress?(consumed - start, 0, rows) },
                 accept: { row, _, _, _ in
                     sink(row)
                     return false
                 })
        report.files = [rec]
        report.callsKept = rec.rowsAccepted
        incidentHashes.sort()
        try rejects.flush()
        return (report, scanner.stoppedAt, nextLine)
    }

    /// Reads again the accepted rows of one file at the given lines (ascending) and sends each to `sink`: the
    /// rows a duplicate policy dropped after they were tallied. Reading stops after the last line asked for.
    /// Nothing is rejected or counted in data quality here (the first reading did that).
    public func reread(path: String, fileIndex: Int, lines: [Int], into sink: (CallRow) -> Void) throws(InputError) {
        guard let last = lines.last else { return }
        var report = IngestReport(profile: profile.name, clock: profile.clock)
        let (_, bindings) = try prepare([path], report: &report)
        while fileNames.count <= fileIndex { fileNames.append(path) }
        let b = bindings[0]
        var next = 0
        var scratch = DataQualityCounts()
        struct Stop: Error {}
        do {
            try Self.scanner(for: path).scan { record in
                guard record.line >= lines[next] else { return }
                while next < lines.count && lines[next] < record.line { next += 1 }
                if next < lines.count, lines[next] == record.line, record.problem == nil, record.fieldCount == b.width,
                   case .success(let (row, _)) = decode(record, binding: b, file: Int32(fileIndex), quality: &scratch) {
                    sink(row)
                    next += 1
                }
                if next >= lines.count || record.line >= last { throw Stop() }
            }
        } catch is Stop {
        } catch let e as InputError { throw e } catch { throw .readFailed(reason: "\(path): \(error)") }
    }

    private enum Decoded { case success((CallRow, UInt64)), failure(String) }

    /// The id of field `i` in `interner`: the raw bytes when the field has no doubled quotes (nearly always),
    /// without the generic ``CSVRecord/withField(_:_:)`` call and its closure (four fields a row).
    @inline(__always)
    private func intern(_ r: CSVRecord, _ i: Int, in interner: ByteInterner) -> Int32 {
        let f = r.fields[i]
        if !f.hasEscapedQuotes { return interner.id(of: UnsafeBufferPointer(start: r.base + f.start, count: f.end - f.start)) }
        return r.withField(i) { interner.id(of: $0) }
    }

    private func decode(_ r: CSVRecord, binding b: Binding, file: Int32, quality q: inout DataQualityCounts) -> Decoded {
        let idIndex = b[.incidentID]!, typeIndex = b[.callType]!
        let idBytes = r.rawBytes(idIndex)
        if isMissing(idBytes) { return .failure("incident id (column '\(profile.columns[.incidentID]!)') is empty") }
        let idHash = ByteInterner.hash(idBytes)
        let typeID: Int32
        if r.fields[typeIndex].hasEscapedQuotes {
            typeID = r.withField(typeIndex) { bytes in isMissing(bytes) ? -1 : callTypes.id(of: bytes) }
        } else {
            let bytes = r.rawBytes(typeIndex)
            typeID = isMissing(bytes) ? -1 : callTypes.id(of: bytes)
        }
        if typeID < 0 { return .failure("call type (column '\(profile.columns[.callType]!)') is empty") }

        // Created: one column, or a date column and a time column.
        var created: LocalTime?
        if let c = b[.created] {
            let bytes = r.rawBytes(c)
            if isMissing(bytes) { return .failure("call created time (column '\(profile.columns[.created]!)') is empty") }
            created = parser.parse(bytes, cache: &dayCache)
            if created == nil { return .failure("call created time (column '\(profile.columns[.created]!)') is not a timestamp: '\(r.string(c))'; accepted: \(TimestampFormat.accepted)") }
            if let t = created, t.milliseconds < earliestPlausible || t.milliseconds > latestPlausible {
                return .failure("call created time (column '\(profile.columns[.created]!)') '\(r.string(c))' is outside the plausible window \(windowText) (profile key plausibility)")
            }
        } else if let d = b[.createdDate], let t = b[.createdTime] {
            created = parser.parse(date: r.rawBytes(d), time: r.rawBytes(t))
            if created == nil { return .failure("call created date/time (columns '\(profile.columns[.createdDate]!)', '\(profile.columns[.createdTime]!)') is not a timestamp: '\(r.string(d)) \(r.string(t))'") }
            if let c = created, c.milliseconds < earliestPlausible || c.milliseconds > latestPlausible {
                return .failure("call created date/time (columns '\(profile.columns[.createdDate]!)', '\(profile.columns[.createdTime]!)') '\(r.string(d)) \(r.string(t))' is outside the plausible window \(windowText) (profile key plausibility)")
            }
        }
        var row = CallRow(callType: typeID, created: created!.milliseconds, file: file, line: Int32(clamping: r.line), offset: Int64(r.offset))

        @inline(__always) func time(_ field: RecordField, missing: DataQualityIssue, unparseable: DataQualityIssue) -> Int64 {
            guard let i = b[field] else { return CallRow.missingTime }
            let bytes = r.rawBytes(i)
            if isMissing(bytes) { q.record(missing); return CallRow.missingTime }
            guard let t = parser.parse(bytes, cache: &dayCache) else { q.record(unparseable); return CallRow.missingTime }
            if t.milliseconds < earliestPlausible || t.milliseconds > latestPlausible { q.record(.implausibleTimestamp); return CallRow.missingTime }
            return t.milliseconds
        }
        row.dispatched = time(.dispatched, missing: .missingDispatchTime, unparseable: .unparseableDispatchTime)
        row.enRoute = time(.enRoute, missing: .missingEnRouteTime, unparseable: .unparseableEnRouteTime)
        row.arrived = time(.arrived, missing: .missingArrivalTime, unparseable: .unparseableArrivalTime)
        row.cleared = time(.cleared, missing: .missingClearTime, unparseable: .unparseableClearTime)
        if profile.clock == .twelveHourNoMeridiem { TwelveHourClock.anchor(&row) }
        checkOrder(&row, &q)

        // Source.
        if let s = b[.source] {
            let bytes = r.rawBytes(s)
            if isMissing(bytes) {
                row.source = profile.source.defaultSource
            } else {
                let id = Int(intern(r, s, in: sourceValues))
                if id == sourceCache.count {
                    let text = sourceValues.string(Int32(id))
                    let known = profile.source.values[CallRecord.normalisedCallType(text)]
                    sourceCache.append(known ?? profile.source.defaultSource)
                    sourceKnown.append(known != nil)
                }
                if !sourceKnown[id] { q.record(.unknownSourceValue) }
                row.source = sourceCache[id]
            }
        } else {
            row.source = profile.source.defaultSource
        }
        if !profile.source.officerInitiatedCallTypes.isEmpty {
            let t = Int(typeID)
            while officerTypeCache.count <= t {
                officerTypeCache.append(profile.source.officerInitiatedCallTypes.contains(profile.catalogueCode(for: callTypes.string(Int32(officerTypeCache.count)))))
            }
            if officerTypeCache[t] { row.source = .officerInitiated }
        }

        // Disposition → outcome.
        if let d = b[.disposition] {
            let bytes = r.rawBytes(d)
            if isMissing(bytes) {
                q.record(.missingDisposition)
            } else {
                let id = intern(r, d, in: dispositions)
                while outcomeCache.count <= Int(id) {
                    let text = dispositions.string(Int32(outcomeCache.count))
                    let explicit = profile.explicitOutcome(of: text)
                    outcomeCache.append((explicit ?? profile.defaultOutcome, explicit != nil))
                }
                row.disposition = id
                row.outcome = outcomeCache[Int(id)].0
                if !outcomeCache[Int(id)].1 { q.record(.unmappedDisposition) }
            }
        }

        if let d = b[.district] {
            let bytes = r.rawBytes(d)
            if !isMissing(bytes) { row.district = intern(r, d, in: districts) }
        }

        if let la = b[.latitude], let lo = b[.longitude] {
            let latBytes = r.rawBytes(la), lonBytes = r.rawBytes(lo)
            if isMissing(latBytes) || isMissing(lonBytes) {
                q.record(.missingCoordinates)
            } else if let lat = parseDecimal(latBytes), let lon = parseDecimal(lonBytes), abs(lat) <= 90, abs(lon) <= 180 {
                row.latitude = lat
                row.longitude = lon
                if let area = profile.studyArea, !area.contains(latitude: lat, longitude: lon) { q.record(.outsideStudyArea) }
            } else {
                q.record(.unparseableCoordinates)
            }
        } else if let lc = b[.location] {
            let bytes = r.rawBytes(lc)
            if isMissing(bytes) {
                q.record(.missingCoordinates)
            } else if let (lat, lon) = CoordinateText.parse(Substring(r.string(lc))) {
                row.latitude = lat
                row.longitude = lon
                if let area = profile.studyArea, !area.contains(latitude: lat, longitude: lon) { q.record(.outsideStudyArea) }
            } else {
                q.record(.unparseableCoordinates)
            }
        }
        return .success((row, idHash))
    }

    @inline(__always)
    private func checkOrder(_ row: inout CallRow, _ q: inout DataQualityCounts) {
        let m = CallRow.missingTime
        // A step longer than the plausible bound leaves out its later time (and so every median that needs it).
        var previous = row.created
        let bound = maximumDuration
        func limit(_ t: inout Int64) {
            guard t != m else { return }
            if t - previous > bound { q.record(.durationBeyondBound); t = m } else { previous = t }
        }
        limit(&row.dispatched)
        limit(&row.enRoute)
        limit(&row.arrived)
        limit(&row.cleared)
        let day: Int64 = 86_400_000
        var multiDay = false
        if row.dispatched != m {
            if row.dispatched < row.created { q.record(.dispatchBeforeCreated) }
            if row.dispatched - row.created > day { multiDay = true }
        }
        if row.arrived != m, row.dispatched != m {
            if row.arrived < row.dispatched { q.record(.arrivalBeforeDispatch) }
            if row.arrived - row.dispatched > day { multiDay = true }
        }
        if row.cleared != m, row.arrived != m {
            if row.cleared < row.arrived { q.record(.clearBeforeArrival) }
            if row.cleared - row.arrived > day { multiDay = true }
        }
        if multiDay { q.record(.multiDayDuration) }
    }
}

extension Profile {
    /// The outcome class a disposition maps to explicitly (exact text or prefix rule), or nil.
    public func explicitOutcome(of disposition: String) -> OutcomeClass? {
        let key = CallRecord.normalisedCallType(disposition)
        if let o = outcomes[key] { return o }
        for rule in outcomePrefixes where key.hasPrefix(rule.prefix) { return rule.outcome }
        return nil
    }
}
