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

    public var description: String {
        switch self {
        case .textAfterClosingQuote(let f): "malformed quoting: text after the closing quote of field \(f)"
        case .quoteInUnquotedField(let f): "malformed quoting: a quote inside unquoted field \(f)"
        case .unterminatedQuote(let f): "malformed quoting: field \(f) opens a quote that never closes"
        case .recordTooLong(let n): "record longer than \(n) bytes"
        }
    }
}

/// A record as the scanner sees it. The pointers are valid only inside the callback that receives it.
public struct CSVRecord {
    /// Base of the scanner's buffer; field spans are offsets from it.
    public let base: UnsafePointer<UInt8>
    /// The fields (empty when ``problem`` is set).
    public let fields: UnsafeBufferPointer<CSVFieldSpan>
    /// Physical line (1-based, counting the header) on which the record starts.
    public let line: Int
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

/// A streaming RFC 4180 reader over bytes.
///
/// Reads a file in chunks into one reusable buffer and hands each record to a callback as byte
/// ranges, so nothing is copied and no `String` is made unless the caller asks for one. Handles
/// quoted fields, `""` escapes, embedded line breaks, CRLF or LF, a UTF-8 byte-order mark and blank
/// lines. A malformed record is handed over with its ``CSVRecord/problem`` set and the scan goes on:
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
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var fields: UnsafeMutablePointer<CSVFieldSpan>
    private var fieldCapacity = 64
    /// Bytes consumed so far (for progress reports).
    public private(set) var bytesConsumed = 0
    /// After a scan: the offset of the first record not delivered because of the stop offset, or the file size.
    public private(set) var stoppedAt = 0
    /// Where reading stops: records starting at or after this offset are left to another scanner.
    private let stopOffset: Int?
    private var fileOffset: Int

    /// Opens `path` for scanning.
    /// - Parameters:
    ///   - startOffset: byte offset where the first record starts (0 for the whole file).
    ///   - stopOffset: records that start at or after this offset are not delivered.
    /// - Throws: ``InputError/cannotOpen(file:reason:)``.
    public init(path: String, startOffset: Int = 0, stopOffset: Int? = nil, chunkSize: Int = CSVScanner.defaultChunkSize) throws(InputError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw InputError.cannotOpen(file: path, reason: String(cString: strerror(errno))) }
        if startOffset > 0 { lseek(fd, off_t(startOffset), SEEK_SET) }
        self.fd = fd
        self.ownsDescriptor = true
        self.memory = nil
        self.capacity = max(chunkSize, 4096)
        self.buffer = .allocate(capacity: capacity)
        self.fields = .allocate(capacity: fieldCapacity)
        self.stopOffset = stopOffset
        self.fileOffset = startOffset
    }

    /// Scans bytes held in memory (the same rules as for a file).
    public init(bytes: [UInt8], chunkSize: Int = CSVScanner.defaultChunkSize) {
        self.fd = -1
        self.ownsDescriptor = false
        self.memory = bytes
        self.capacity = max(min(chunkSize, bytes.count + 1), 4096)
        self.buffer = .allocate(capacity: capacity)
        self.fields = .allocate(capacity: fieldCapacity)
        self.stopOffset = nil
        self.fileOffset = 0
    }

    /// Fills `buffer[end..<capacity]` from the file or the bytes in memory; returns the count read, 0 at the end.
    private func fill(from end: Int) -> Int {
        guard let memory else { return read(fd, buffer + end, capacity - end) }
        let count = min(capacity - end, memory.count - memoryCursor)
        guard count > 0 else { return 0 }
        memory.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress else { return }
            (buffer + end).update(from: base + memoryCursor, count: count)
        }
        memoryCursor += count
        return count
    }

    deinit {
        if ownsDescriptor { close(fd) }
        buffer.deallocate()
        fields.deallocate()
        specials.deallocate()
    }

    /// The line number the first record starts on (set before scanning a part of a file).
    public var firstLine = 1
    /// Skip a UTF-8 byte-order mark at the start.
    public var skipsByteOrderMark = true

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
            // Refill: keep the unread tail, read after it.
            if !eof {
                if start > 0 {
                    if end > start { memmove(buffer, buffer + start, end - start) }
                    fileOffset += start
                    end -= start
                    start = 0
                }
                if end == capacity {
                    guard capacity < Self.maximumRecordSize else {
                        // One record larger than the limit: reject up to the next line end.
                        let reject = min(end, 4096)
                        let record = CSVRecord(base: buffer, fields: UnsafeBufferPointer(start: fields, count: 0), line: line,
                                               rawStart: 0, rawEnd: reject, problem: .recordTooLong(bytes: Self.maximumRecordSize))
                        try body(record)
                        throw InputError.recordTooLong(line: line, limit: Self.maximumRecordSize)
                    }
                    let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                    bigger.update(from: buffer, count: end)
                    buffer.deallocate()
                    buffer = bigger
                    capacity *= 2
                }
                let n = fill(from: end)
                if n < 0 { throw InputError.readFailed(reason: String(cString: strerror(errno))) }
                if n == 0 { eof = true } else { end += n }
                if !checkedBOM, end >= 3 || eof {
                    checkedBOM = true
                    if end >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { start = 3 }
                }
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
                    let record = CSVRecord(base: buffer, fields: UnsafeBufferPointer(start: fields, count: count), line: line,
                                           rawStart: start, rawEnd: recordEnd, problem: nil)
                    try body(record)
                    line += 1 + newlines
                    start = next
                    continue
                case let .bad(problem, rejectEnd, next, newlines):
                    let record = CSVRecord(base: buffer, fields: UnsafeBufferPointer(start: fields, count: 0), line: line,
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
            if p + 1 < end { if b[p + 1] == 0x0A { return .blank(next: p + 2) } } else if !eof { return .needMore } else { return .blank(next: p + 1) }
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
                        if !eof { return .needMore }
                        return recover(from: p, at: end, problem: .unterminatedQuote(field: count + 1), newlines: newlines + countNewlines(j, end), limit: end, eof: eof)
                    }
                    let qi = q.assumingMemoryBound(to: UInt8.self) - b
                    newlines += countNewlines(j, qi)
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
                        if k + 1 < end {
                            if b[k + 1] == 0x0A { return .record(end: k, next: k + 2, fieldCount: count, newlines: newlines) }
                        } else if !eof { return .needMore } else { return .record(end: k, next: k + 1, fieldCount: count, newlines: newlines) }
                    }
                    return recover(from: p, at: k, problem: .textAfterClosingQuote(field: count), newlines: newlines, limit: end, eof: eof)
                }
                continue
            }
            // Unquoted field.
            var j = i
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
                if b[j + 1] == 0x0A {
                    addField(&count, i, j, false)
                    return .record(end: j, next: j + 2, fieldCount: count, newlines: newlines)
                }
                // A lone CR inside a field is kept as text: continue the field after it.
                var k = j + 1
                while k < end, specials[Int(b[k])] == 0 || (b[k] == 0x0D && k + 1 < end && b[k + 1] != 0x0A) { k += 1 }
                if k >= end && !eof { return .needMore }
                // Re-enter the loop treating [i, k) as the field's text so far.
                if k >= end {
                    addField(&count, i, k, false)
                    return .record(end: k, next: k, fieldCount: count, newlines: newlines)
                }
                let d = b[k]
                if d == 0x22 { return recover(from: p, at: k, problem: .quoteInUnquotedField(field: count + 1), newlines: newlines, limit: end, eof: eof) }
                addField(&count, i, k, false)
                if d == 0x2C { i = k + 1; if i >= end { if !eof { return .needMore }; addField(&count, i, i, false); return .record(end: i, next: i, fieldCount: count, newlines: newlines) }; continue }
                if d == 0x0A { return .record(end: k, next: k + 1, fieldCount: count, newlines: newlines) }
                // CRLF
                if k + 1 < end { return .record(end: k, next: k + 2, fieldCount: count, newlines: newlines) }
                if !eof { return .needMore }
                return .record(end: k, next: k + 1, fieldCount: count, newlines: newlines)
            }
            // A quote inside an unquoted field.
            return recover(from: p, at: j, problem: .quoteInUnquotedField(field: count + 1), newlines: newlines, limit: end, eof: eof)
        }
    }

    /// Decides what a malformed record rejects and where reading resumes.
    ///
    /// If the record had already crossed a line break, only its first line is rejected and reading
    /// resumes on the next line; otherwise the rest of the line is rejected.
    private func recover(from p: Int, at errorIndex: Int, problem: CSVRowProblem, newlines: Int, limit end: Int, eof: Bool) -> Step {
        let b = buffer
        let searchFrom = newlines > 0 ? p : errorIndex
        guard searchFrom < end, let nl = memchr(b + searchFrom, 0x0A, end - searchFrom) else {
            if !eof { return .needMore }
            return .bad(problem: problem, rejectEnd: trimCR(p, end), next: end, newlines: 0)
        }
        let ni = nl.assumingMemoryBound(to: UInt8.self) - b
        return .bad(problem: problem, rejectEnd: trimCR(p, ni), next: ni + 1, newlines: 0)
    }

    private func trimCR(_ p: Int, _ e: Int) -> Int { e > p && buffer[e - 1] == 0x0D ? e - 1 : e }

    @inline(__always)
    private func countNewlines(_ s: Int, _ e: Int) -> Int {
        var n = 0, k = s
        while k < e {
            guard let hit = memchr(buffer + k, 0x0A, e - k) else { break }
            n += 1
            k = hit.assumingMemoryBound(to: UInt8.self) - buffer + 1
        }
        return n
    }
}
