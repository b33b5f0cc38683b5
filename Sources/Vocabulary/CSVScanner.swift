#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One field of a record: a byte range in the scanner's buffer.
public struct CSVFieldSpan: Sendable {
    /// First byte of the value (after the opening quote when quoted).
    public var start: Int
    /// One past the last byte of the value (before the closing quote when quoted).
    public var end: Int
    /// The value contains `""` pairs that stand for one `"`.
    public var hasEscapedQuotes: Bool
}

/// Why a record could not be read as CSV.
public enum CSVRowProblem: Sendable, Hashable, CustomStringConvertible {
    case textAfterClosingQuote(field: Int)
    case quoteInUnquotedField(field: Int)
    case unterminatedQuote(field: Int)
    case recordTooLong(bytes: Int)
    /// A quoted field (1-based) carries line breaks into a column that cannot hold them (see ``CSVLineBreakRule``).
    case lineBreakInField(field: Int, lines: Int)
    /// A record runs over more physical lines than ``CSVLineBreakRule/maximumLines``.
    case tooManyLines(lines: Int, limit: Int)
    /// A record that crosses line breaks has the wrong number of fields (a stray quote merged lines).
    case spanWithWrongFieldCount(lines: Int, fields: Int, expected: Int)

    public var description: String {
        switch self {
        case .textAfterClosingQuote(let f): "malformed quoting: text after the closing quote of field \(f)"
        case .quoteInUnquotedField(let f): "malformed quoting: a quote inside unquoted field \(f)"
        case .unterminatedQuote(let f): "malformed quoting: field \(f) opens a quote that never closes"
        case .recordTooLong(let n): "record longer than \(n) bytes"
        case let .lineBreakInField(f, lines):
            "malformed quoting: a quote opened in field \(f) runs over \(lines) lines, but that field cannot hold a line break; this line is rejected and reading resumes on the next line"
        case let .tooManyLines(lines, limit):
            "malformed quoting: a quoted field would run over \(lines) lines (more than \(limit)); this line is rejected and reading resumes on the next line"
        case let .spanWithWrongFieldCount(lines, fields, expected):
            "malformed quoting: a quoted field runs over \(lines) lines and the merged record has \(fields) fields, not \(expected); this line is rejected and reading resumes on the next line"
        }
    }
}

/// A record as the scanner sees it. The pointers are valid only inside the callback that receives it.
public struct CSVRecord {
    /// Base of the scanner's buffer; field spans are offsets from it.
    public let base: UnsafePointer<UInt8>
    /// The fields (empty when ``problem`` is set).
    public let fields: UnsafeBufferPointer<CSVFieldSpan>
    /// Physical line (1-based, counting the header) on which the record starts; in a part of a file read without
    /// knowing its first line (``CSVScanner/firstLine`` left at 1), relative to the part's start.
    public let line: Int
    /// Byte offset of the record's start in the file (or the bytes scanned): where the record is, known exactly
    /// in any part of a file, unlike its line.
    public let offset: Int
    /// Byte range of the whole record (or, for a rejected record, of the text rejected), without the line end.
    public let rawStart: Int
    public let rawEnd: Int
    /// Set when the record is malformed; the fields are then not meaningful.
    public let problem: CSVRowProblem?

    public var fieldCount: Int { fields.count }

    /// The raw bytes of field `i`, still with doubled quotes if it has any (check ``CSVFieldSpan/hasEscapedQuotes``).
    @inline(__always)
    public func rawBytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        let f = fields[i]
        return UnsafeBufferPointer(start: base + f.start, count: f.end - f.start)
    }

    /// Calls `body` with the unescaped bytes of field `i`.
    @inline(__always)
    public func withField<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let f = fields[i]
        if !f.hasEscapedQuotes { return try body(UnsafeBufferPointer(start: base + f.start, count: f.end - f.start)) }
        var out = [UInt8]()
        out.reserveCapacity(f.end - f.start)
        var k = f.start
        while k < f.end {
            out.append(base[k])
            k += base[k] == 0x22 ? 2 : 1
        }
        return try out.withUnsafeBufferPointer(body)
    }

    /// Field `i` as a `String` (invalid UTF-8 is repaired with U+FFFD).
    public func string(_ i: Int) -> String {
        withField(i) { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether field `i` is empty (missing).
    @inline(__always)
    public func isEmpty(_ i: Int) -> Bool { fields[i].start == fields[i].end }

    /// The record's raw text (for the rejects file).
    public var rawText: String {
        String(decoding: UnsafeBufferPointer(start: base + rawStart, count: rawEnd - rawStart), as: UTF8.self)
    }
}

/// When a record that crosses line breaks is believed.
///
/// RFC 4180 lets a quoted field hold line breaks, so one stray quote (`"` typed at the start of a field, and
/// another at the end of a field some rows later) silently merges every row between them into one record.
/// With a rule set (``CSVScanner/lineBreakRule``), the scanner takes a record that crosses line breaks only
/// when all of these hold:
///
/// 1. every field holding a line break is one that may (``fieldsThatMayBreak``; nil means any field);
/// 2. the record spans at most ``maximumLines`` physical lines;
/// 3. it has ``expectedFieldCount`` fields (when set; normally the header's width).
///
/// Otherwise only the record's first physical line is rejected (its ``CSVRecord/problem`` says which rule) and
/// reading resumes at the start of the next physical line, so each line of the span is read (and accepted or
/// rejected) on its own: rows read counts what the file holds. The rule is local to the record (no state
/// carried across records), so reading a file in parts that start at record boundaries gives the same rows as
/// reading it in one pass.
public struct CSVLineBreakRule: Sendable, Equatable {
    /// Field indexes (0-based) that may hold a line break; nil: every field may.
    public var fieldsThatMayBreak: Set<Int>?
    /// The most physical lines one record may span.
    public var maximumLines: Int
    /// The number of fields a record must have to be believed when it crosses a line break.
    public var expectedFieldCount: Int?

    /// The default span limit when a profile does not give one.
    public static let defaultMaximumLines = 32

    public init(fieldsThatMayBreak: Set<Int>? = nil, maximumLines: Int = CSVLineBreakRule.defaultMaximumLines, expectedFieldCount: Int? = nil) {
        self.fieldsThatMayBreak = fieldsThatMayBreak
        self.maximumLines = max(1, maximumLines)
        self.expectedFieldCount = expectedFieldCount
    }
}

/// A streaming RFC 4180 reader over bytes.
///
/// Reads a file in chunks into one reusable buffer and hands each record to a callback as byte
/// ranges, so nothing is copied and no `String` is made unless the caller asks for one. Handles
/// quoted fields, `""` escapes, embedded line breaks, a UTF-8 byte-order mark and blank lines. Lines may
/// end in CRLF, LF or a lone CR (a spreadsheet's "CSV (Macintosh)"), mixed in one file; line numbers count
/// each of them once. Inside a quoted field every byte is text. A malformed record is handed over with its ``CSVRecord/problem`` set and the scan goes on:
/// when the bad record spans several lines only its first line is taken as the bad row, so the next
/// lines are read again on their own and no good row is swallowed by a stray quote.
///
/// - Complexity: O(n) in the bytes read; memory is the chunk size plus the longest record.
public final class CSVScanner {
    public static let defaultChunkSize = 4 << 20
    /// A single record longer than this is rejected rather than buffered.
    public static let maximumRecordSize = 64 << 20

    private let fd: Int32
    private let ownsDescriptor: Bool
    /// Bytes to scan instead of a file (small files read back whole, text given in memory).
    private let memory: [UInt8]?
    private var memoryCursor = 0
    /// Where the bytes being scanned are: ``storage`` when reading with `read()`, or the mapped ``window``.
    /// Nothing writes through it while it points into a window (a mapping is read-only).
    private var buffer: UnsafeMutablePointer<UInt8>
    /// The scanner's own buffer (`read()` and bytes in memory) and its size.
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// With `mapsFile`, a regular file is read through a moving memory mapping rather than copied by `read()` (see ``FileWindow``).
    private var window: FileWindow?
    private var fields: UnsafeMutablePointer<CSVFieldSpan>
    private var fieldCapacity = 64
    /// Bytes consumed so far (for progress reports).
    public private(set) var bytesConsumed = 0
    /// After a scan: the offset of the first record not delivered because of the stop offset, or the file size.
    public private(set) var stoppedAt = 0
    /// Where reading stops: records starting at or after this offset are left to another scanner.
    private var stopOffset: Int?
    /// Another thread reading the rest of the file: told how far this scanner has got, and asked where to stop
    /// (``ReadMeeting``), every time the scanner reads or maps its next bytes.
    public var meeting: ReadMeeting?
    private var fileOffset: Int

    /// The most a file scanner reads with one `read()`: a megabyte, so the bytes just copied are still in the core's
    /// cache when the scanner reads them.
    static let fileReadLength = 1 << 20

    /// Opens `path` for scanning.
    /// - Parameters:
    ///   - startOffset: byte offset where the first record starts (0 for the whole file).
    ///   - stopOffset: records that start at or after this offset are not delivered.
    ///   - chunkSize: the most bytes read at a time (at most ``fileReadLength``), or mapped at a time.
    ///   - mapsFile: read a regular file through a moving memory mapping (``FileWindow``) rather than with `read()`.
    ///     Off by default: at 10M rows the mapping cost more CPU than the copy (faulting in and unmapping every
    ///     page on two threads at once; see Benchmarks/report/RESULTS.md, 2026-12-07, sixth session).
    /// - Throws: ``InputError/cannotOpen(file:reason:)``.
    public init(path: String, startOffset: Int = 0, stopOffset: Int? = nil, chunkSize: Int = CSVScanner.defaultChunkSize,
                mapsFile: Bool = false) throws(InputError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputError.cannotOpen(file: path, reason: String(cString: strerror(errno))) }
        if startOffset > 0 { lseek(fd, off_t(startOffset), SEEK_SET) }
        self.fd = fd
        self.ownsDescriptor = true
        self.memory = nil
        self.capacity = max(min(chunkSize, Self.fileReadLength), 4096)
        self.storage = .allocate(capacity: capacity)
        self.buffer = storage
        self.fields = .allocate(capacity: fieldCapacity)
        self.stopOffset = stopOffset
        self.fileOffset = startOffset
        self.window = mapsFile ? FileWindow(descriptor: fd) : nil
        self.windowLength = max(FileWindow.pageSize, min(chunkSize, FileWindow.standardLength))
    }

    /// Scans bytes held in memory (the same rules as for a file).
    public init(bytes: [UInt8], chunkSize: Int = CSVScanner.defaultChunkSize) {
        self.fd = -1
        self.ownsDescriptor = false
        self.memory = bytes
        self.capacity = max(min(chunkSize, bytes.count + 1), 4096)
        self.storage = .allocate(capacity: capacity)
        self.buffer = storage
        self.fields = .allocate(capacity: fieldCapacity)
        self.stopOffset = nil
        self.fileOffset = 0
        self.windowLength = 0
    }

    /// Bytes mapped per window.
    private let windowLength: Int

    /// Moves the mapped window to the unfinished record at `start` (or the first record) and the bytes after it.
    /// - Returns: false when there is no window, or mapping failed and the scanner went over to `read()` (the
    ///   unfinished record's bytes copied into ``storage``, the file positioned after them): the caller then reads.
    private func moveWindow(start: inout Int, end: inout Int, eof: inout Bool) -> Bool {
        guard let window else { return false }
        let absolute = fileOffset + start, pending = end - start
        if absolute + pending >= window.fileSize {
            // Only possible before the first window, when the part starts at or after the end of the file.
            fileOffset = absolute; start = 0; end = 0; eof = true
            buffer = storage
            window.unmap()
            return true
        }
        if let bytes = window.move(to: absolute, length: max(windowLength, 2 * pending + FileWindow.pageSize)),
           let base = bytes.baseAddress {
            buffer = UnsafeMutablePointer(mutating: base)
            fileOffset = absolute; start = 0; end = bytes.count
            eof = absolute + end >= window.fileSize
            return true
        }
        // The mapping failed (address space or memory): read on from here.
        if pending > capacity {
            storage.deallocate()
            capacity = max(pending, capacity * 2)
            storage = .allocate(capacity: capacity)
        }
        storage.update(from: buffer + start, count: pending)
        window.unmap()
        self.window = nil
        buffer = storage
        fileOffset = absolute; start = 0; end = pending
        lseek(fd, off_t(absolute + pending), SEEK_SET)
        return false
    }

    /// Fills `buffer[end..<capacity]` from the file or the bytes in memory; returns the count read, 0 at the end.
    private func fill(from end: Int) -> Int {
        guard let memory else { return read(fd, storage + end, capacity - end) }
        let count = min(capacity - end, memory.count - memoryCursor)
        guard count > 0 else { return 0 }
        memory.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress else { return }
            (storage + end).update(from: base + memoryCursor, count: count)
        }
        memoryCursor += count
        return count
    }

    deinit {
        if ownsDescriptor { close(fd) }
        storage.deallocate()
        fields.deallocate()
        specials.deallocate()
    }

    /// The line number the first record starts on (set before scanning a part of a file).
    public var firstLine = 1
    /// Skip a UTF-8 byte-order mark at the start.
    public var skipsByteOrderMark = true
    /// When records crossing line breaks are believed (nil: always, as RFC 4180 has it). See ``CSVLineBreakRule``.
    public var lineBreakRule: CSVLineBreakRule? {
        didSet { maximumSpanLines = lineBreakRule?.maximumLines ?? Int.max }
    }
    /// ``lineBreakRule``'s line limit, read while scanning a quoted field.
    private var maximumSpanLines = Int.max

    /// Bytes that end or disturb an unquoted field: `,` LF CR `"`.
    private let specials: UnsafeMutablePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        t.initialize(repeating: 0, count: 256)
        t[0x2C] = 1; t[0x0A] = 1; t[0x0D] = 1; t[0x22] = 1
        return t
    }()

    private enum Step {
        case record(end: Int, next: Int, fieldCount: Int, newlines: Int)
        case blank(next: Int)
        case bad(problem: CSVRowProblem, rejectEnd: Int, next: Int, newlines: Int)
        case needMore
        case done
    }

    /// Reads every record and calls `body` for each, in file order.
    /// - Returns: the line number after the last record (useful to continue counting).
    @discardableResult
    public func scan(_ body: (CSVRecord) throws -> Void) throws -> Int {
        var start = 0, end = 0, eof = false
        var line = firstLine
        var checkedBOM = !skipsByteOrderMark || fileOffset > 0
        while true {
            if let meeting, !eof {
                meeting.reached(fileOffset + start)
                if stopOffset == nil, let settled = meeting.settled { stopOffset = settled }
            }
            // Refill: keep the unread tail, read after it (or map the window from it on).
            if !eof, window != nil, end - start >= Self.maximumRecordSize { try rejectTooLong(start: start, end: end, line: line, body) }
            if !eof, !moveWindow(start: &start, end: &end, eof: &eof) {
                if start > 0 {
                    if end > start { memmove(buffer, buffer + start, end - start) }
                    fileOffset += start
                    end -= start
                    start = 0
                }
                if end == capacity {
                    guard capacity < Self.maximumRecordSize else { try rejectTooLong(start: 0, end: end, line: line, body) }
                    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                    bigger.update(from: storage, count: end)
                    storage.deallocate()
                    storage = bigger
                    buffer = storage
                    capacity *= 2
                }
                let n = fill(from: end)
                if n < 0 { throw InputError.readFailed(reason: String(cString: strerror(errno))) }
                if n == 0 { eof = true } else { end += n }
            }
            if !checkedBOM, end >= 3 || eof {
                checkedBOM = true
                if end >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
            }
            // Deliver every complete record in [start, end).
            while true {
                if let stop = stopOffset, fileOffset + start >= stop { stoppedAt = fileOffset + start; return line }
                let step = nextRecord(from: start, limit: end, eof: eof)
                switch step {
                case .needMore:
                    break
                case .done:
                    bytesConsumed = fileOffset + end
                    stoppedAt = fileOffset + end
                    return line
                case .blank(let next):
                    line += 1
                    start = next
                    continue
                case let .record(recordEnd, next, count, newlines):
                    if newlines > 0, let rule = lineBreakRule, let problem = violation(of: rule, fieldCount: count, newlines: newlines) {
                        let (firstEnd, resume) = firstLineEnd(from: start, limit: recordEnd)
                        let record = CSVRecord(base: buffer, fields: UnsafeBufferPointer(start: fields, count: 0), line: line, offset: fileOffset + start,
                                               rawStart: start, rawEnd: firstEnd, problem: problem)
                        try body(record)
                        line += 1
                        start = resume
                        continue
                    }
                    let record = CSVRecord(base: buffer, fields: UnsafeBufferPointer(start: fields, count: count), line: line, offset: fileOffset + start,
                                           rawStart: start, rawEnd: recordEnd, problem: nil)
                    try body(record)
                    line += 1 + newlines
                    start = next
                    continue
                case let .bad(problem, rejectEnd, next, newlines):
                    let record = CSVRecord(base: buffer, fields: UnsafeBufferPointer(start: fields, count: 0), line: line, offset: fileOffset + start,
                                           rawStart: start, rawEnd: rejectEnd, problem: problem)
                    try body(record)
                    line += 1 + newlines
                    start = next
                    continue
                }
                break
            }
            if eof {
                // needMore at end of file cannot happen: nextRecord resolves everything when eof is set.
                stoppedAt = fileOffset + end
                return line
            }
            bytesConsumed = fileOffset + start
        }
    }

    /// One record, from `start` in the buffer, longer than ``maximumRecordSize``: hands its first 4 KiB to `body` as a
    /// rejected row and stops the scan.
    private func rejectTooLong(start: Int, end: Int, line: Int, _ body: (CSVRecord) throws -> Void) throws -> Never {
        let record = CSVRecord(base: buffer, fields: UnsafeBufferPointer(start: fields, count: 0), line: line, offset: fileOffset + start,
                               rawStart: start, rawEnd: start + min(end - start, 4096), problem: .recordTooLong(bytes: Self.maximumRecordSize))
        try body(record)
        throw InputError.recordTooLong(line: line, limit: Self.maximumRecordSize)
    }

    /// Which part of `rule` a record of `fieldCount` fields spanning `newlines + 1` lines breaks, if any.
    private func violation(of rule: CSVLineBreakRule, fieldCount: Int, newlines: Int) -> CSVRowProblem? {
        if let allowed = rule.fieldsThatMayBreak {
            for i in 0..<fieldCount where !allowed.contains(i) {
                let f = fields[i]
                if f.end > f.start, memchr(buffer + f.start, 0x0A, f.end - f.start) != nil || memchr(buffer + f.start, 0x0D, f.end - f.start) != nil {
                    return .lineBreakInField(field: i + 1, lines: newlines + 1)
                }
            }
        }
        if newlines + 1 > rule.maximumLines { return .tooManyLines(lines: newlines + 1, limit: rule.maximumLines) }
        if let expected = rule.expectedFieldCount, fieldCount != expected {
            return .spanWithWrongFieldCount(lines: newlines + 1, fields: fieldCount, expected: expected)
        }
        return nil
    }

    /// The end of the first physical line at or after `p` (before `limit`, or `limit`) and where the next starts.
    private func firstLineEnd(from p: Int, limit: Int) -> (end: Int, next: Int) {
        var k = p
        while k < limit {
            let c = buffer[k]
            if c == 0x0A { return (k, k + 1) }
            if c == 0x0D { return (k, k + 1 < limit && buffer[k + 1] == 0x0A ? k + 2 : k + 1) }
            k += 1
        }
        return (limit, limit)
    }

    @inline(__always)
    private func addField(_ count: inout Int, _ s: Int, _ e: Int, _ escaped: Bool) {
        if count == fieldCapacity {
            let bigger = UnsafeMutablePointer<CSVFieldSpan>.allocate(capacity: fieldCapacity * 2)
            bigger.update(from: fields, count: count)
            fields.deallocate()
            fields = bigger
            fieldCapacity *= 2
        }
        fields[count] = CSVFieldSpan(start: s, end: e, hasEscapedQuotes: escaped)
        count += 1
    }

    /// The bytes of a little-endian word that are `,` LF CR or `"`: in each of them the high bit is set, and the
    /// lowest set bit marks the first of them exactly (borrows only run upward from a matching byte). Unquoted fields
    /// are most of a file's bytes; one table lookup per byte was the larger part of the scanner's time.
    @inline(__always)
    static func specialBytes(in word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeros(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        return zeros(word ^ (ones &* 0x2C)) | zeros(word ^ (ones &* 0x0A)) | zeros(word ^ (ones &* 0x0D)) | zeros(word ^ (ones &* 0x22))
    }

    /// Every byte of a little-endian word that is `,` LF CR or `"`, marked by its high bit, and no other: unlike
    /// ``specialBytes(in:)`` no borrow crosses a byte, so each set bit can be taken in turn.
    @inline(__always)
    static func everySpecialByte(in word: UInt64) -> UInt64 {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, ones: UInt64 = 0x0101_0101_0101_0101
        // For x = word ^ pattern: bit 7 of ((x & 0x7F) + 0x7F) | x is set exactly when the byte of x is not zero.
        @inline(__always) func nonZero(_ x: UInt64) -> UInt64 { ((x & lows) &+ lows) | x }
        let any = nonZero(word ^ (ones &* 0x2C)) & nonZero(word ^ (ones &* 0x0A)) & nonZero(word ^ (ones &* 0x0D)) & nonZero(word ^ (ones &* 0x22))
        return ~(any | lows)
    }

    /// Finds the record starting at `p`.
    private func nextRecord(from p: Int, limit end: Int, eof: Bool) -> Step {
        if p >= end { return eof ? .done : .needMore }
        let b = buffer
        let specials = self.specials
        var count = 0
        var i = p
        var newlines = 0
        // Blank line.
        if b[p] == 0x0A { return .blank(next: p + 1) }
        if b[p] == 0x0D {
            if p + 1 < end { return .blank(next: b[p + 1] == 0x0A ? p + 2 : p + 1) }
            return eof ? .blank(next: p + 1) : .needMore
        }
        while true {
            if i >= end {
                if !eof { return .needMore }
                addField(&count, i, i, false)
                return .record(end: i, next: i, fieldCount: count, newlines: newlines)
            }
            if b[i] == 0x22 {
                // Quoted field.
                var j = i + 1
                var escaped = false
                while true {
                    guard j < end, let q = memchr(b + j, 0x22, end - j) else {
                        let spanned = newlines + countNewlines(j, end)
                        if spanned >= maximumSpanLines {
                            return recover(from: p, at: end, problem: .tooManyLines(lines: spanned + 1, limit: maximumSpanLines), newlines: spanned, limit: end, eof: eof)
                        }
                        if !eof { return .needMore }
                        return recover(from: p, at: end, problem: .unterminatedQuote(field: count + 1), newlines: spanned, limit: end, eof: eof)
                    }
                    let qi = q.assumingMemoryBound(to: UInt8.self) - b
                    newlines += countNewlines(j, qi)
                    if newlines >= maximumSpanLines {
                        return recover(from: p, at: qi, problem: .tooManyLines(lines: newlines + 1, limit: maximumSpanLines), newlines: newlines, limit: end, eof: eof)
                    }
                    if qi + 1 >= end && !eof { return .needMore }
                    if qi + 1 < end && b[qi + 1] == 0x22 { escaped = true; j = qi + 2; continue }
                    addField(&count, i + 1, qi, escaped)
                    let k = qi + 1
                    if k >= end { return .record(end: k, next: k, fieldCount: count, newlines: newlines) }
                    let c = b[k]
                    if c == 0x2C {
                        i = k + 1
                        if i >= end {
                            if !eof { return .needMore }
                            addField(&count, i, i, false)
                            return .record(end: i, next: i, fieldCount: count, newlines: newlines)
                        }
                        break
                    }
                    if c == 0x0A { return .record(end: k, next: k + 1, fieldCount: count, newlines: newlines) }
                    if c == 0x0D {
                        if k + 1 < end { return .record(end: k, next: b[k + 1] == 0x0A ? k + 2 : k + 1, fieldCount: count, newlines: newlines) }
                        if !eof { return .needMore }
                        return .record(end: k, next: k + 1, fieldCount: count, newlines: newlines)
                    }
                    return recover(from: p, at: k, problem: .textAfterClosingQuote(field: count), newlines: newlines, limit: end, eof: eof)
                }
                continue
            }
            // Unquoted fields, eight bytes at a time: every comma of a word ends a field in turn (the exact test marks
            // each special byte), so a run of short fields is one pass over their words rather than a loop per field
            // whose exit the processor mispredicts; any other special byte (LF, CR, a quote) is handled below.
            var j = i
            #if _endian(little)
            words: while j + 8 <= end {
                var found = Self.everySpecialByte(in: UnsafeRawPointer(b + j).loadUnaligned(as: UInt64.self))
                while found != 0 {
                    let k = j + found.trailingZeroBitCount >> 3
                    guard b[k] == 0x2C else { j = k; break words }
                    addField(&count, i, k, false)
                    i = k + 1
                    found &= found &- 1
                }
                j += 8
            }
            #endif
            while j < end, specials[Int(b[j])] == 0 { j += 1 }
            if j >= end {
                if !eof { return .needMore }
                addField(&count, i, j, false)
                return .record(end: j, next: j, fieldCount: count, newlines: newlines)
            }
            let c = b[j]
            if c == 0x2C {
                addField(&count, i, j, false)
                i = j + 1
                if i >= end {
                    if !eof { return .needMore }
                    addField(&count, i, i, false)
                    return .record(end: i, next: i, fieldCount: count, newlines: newlines)
                }
                continue
            }
            if c == 0x0A {
                addField(&count, i, j, false)
                return .record(end: j, next: j + 1, fieldCount: count, newlines: newlines)
            }
            if c == 0x0D {
                if j + 1 >= end {
                    if !eof { return .needMore }
                    addField(&count, i, j, false)
                    return .record(end: j, next: j + 1, fieldCount: count, newlines: newlines)
                }
                // CRLF, or a lone CR (old Mac line end): either ends the record.
                addField(&count, i, j, false)
                return .record(end: j, next: b[j + 1] == 0x0A ? j + 2 : j + 1, fieldCount: count, newlines: newlines)
            }
            // A quote that opens the field (after a comma found above): the quoted branch reads it.
            if j == i { continue }
            // A quote inside an unquoted field.
            return recover(from: p, at: j, problem: .quoteInUnquotedField(field: count + 1), newlines: newlines, limit: end, eof: eof)
        }
    }

    /// Decides what a malformed record rejects and where reading resumes.
    ///
    /// If the record had already crossed a line break, only its first line is rejected and reading
    /// resumes on the next line; otherwise the rest of the line is rejected. LF, CRLF and a lone CR end a line.
    private func recover(from p: Int, at errorIndex: Int, problem: CSVRowProblem, newlines: Int, limit end: Int, eof: Bool) -> Step {
        let b = buffer
        var k = newlines > 0 ? p : errorIndex
        while k < end, b[k] != 0x0A, b[k] != 0x0D { k += 1 }
        if k >= end {
            if !eof { return .needMore }
            return .bad(problem: problem, rejectEnd: end, next: end, newlines: 0)
        }
        if b[k] == 0x0A { return .bad(problem: problem, rejectEnd: k, next: k + 1, newlines: 0) }
        if k + 1 < end { return .bad(problem: problem, rejectEnd: k, next: b[k + 1] == 0x0A ? k + 2 : k + 1, newlines: 0) }
        if !eof { return .needMore }
        return .bad(problem: problem, rejectEnd: k, next: k + 1, newlines: 0)
    }

    /// Whether a little-endian word holds an LF or a CR byte (exact: nonzero exactly when one of its bytes is either).
    @inline(__always)
    static func hasLineByte(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func zeros(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
        return zeros(word ^ (ones &* 0x0A)) | zeros(word ^ (ones &* 0x0D)) != 0
    }

    /// Line breaks in `s..<e`: each LF, and each CR not followed by LF.
    ///
    /// Eight bytes at a time while a word holds neither LF nor CR: this runs over the text of every quoted field
    /// (a narrative on every row of most exports), and one byte at a time it was a large part of the scanner's time.
    @inline(__always)
    private func countNewlines(_ s: Int, _ e: Int) -> Int {
        var n = 0, k = s
        while k < e {
            #if _endian(little)
            while k + 8 <= e, !Self.hasLineByte(UnsafeRawPointer(buffer + k).loadUnaligned(as: UInt64.self)) { k += 8 }
            if k >= e { break }
            #endif
            let c = buffer[k]
            if c == 0x0A { n += 1 } else if c == 0x0D, k + 1 >= e || buffer[k + 1] != 0x0A { n += 1 }
            k += 1
        }
        return n
    }
}
