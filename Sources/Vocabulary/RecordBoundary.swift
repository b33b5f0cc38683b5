#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CSVScanner {
    /// 0x01 in each byte of a word that is zero, 0x00 in the others, exactly: each byte's low seven bits plus 0x7F
    /// carry into its own high bit unless they are all zero, and never into the next byte.
    @inline(__always) static func zeroByteFlags(_ x: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return (~(((x & low7) &+ low7) | x | low7)) >> 7
    }

    /// The sum of a word's eight byte-wide counters (each at most 255).
    @inline(__always) static func laneSum(_ lanes: UInt64) -> Int {
        let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
        return Int((pairs &* 0x0001_0001_0001_0001) >> 48)
    }

    /// The first record start at or after `offset`, found from the parity of quote characters before it, and
    /// the physical line it is on.
    ///
    /// Exact for RFC 4180 input, where quotes appear only around and inside quoted fields. A stray quote
    /// (malformed input) throws the parity off; callers check the answer against the scanner that reads the
    /// part before (``CSVScanner/stoppedAt``) and fall back to reading on in order when they differ.
    /// - Returns: nil when there is no record start after `offset`.
    /// - Complexity: O(`offset`) bytes read, one pass.
    public static func recordBoundary(path: String, near offset: Int) -> (offset: Int, line: Int)? {
        recordBoundary(path: path, countingUpTo: { _ in offset })
    }

    /// The first record start at or after the offset where counting stopped, and its physical line: counting goes
    /// on while the offset reached is below `target(offset reached)`, asked again after each chunk (a fixed offset,
    /// or a ``ReadMeeting``'s changing answer). See ``recordBoundary(path:near:)``.
    public static func recordBoundary(path: String, countingUpTo target: (_ reached: Int) -> Int) -> (offset: Int, line: Int)? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let size = 8 << 20
        var position = 0, quotes = 0, newlines = 0
        // The file through a moving mapping (``FileWindow``), or read() into a buffer when it cannot be mapped.
        var window = FileWindow(descriptor: fd)
        let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        defer { copy.deallocate() }
        /// The next bytes from `position` on, at most `limit`; nil at the end of the file or on a read error.
        func next(_ limit: Int) -> UnsafeBufferPointer<UInt8>? {
            if let w = window {
                if let bytes = w.move(to: position, length: min(limit, FileWindow.standardLength)) { return bytes }
                if position >= w.fileSize { return nil }
                window = nil
                lseek(fd, off_t(position), SEEK_SET)
            }
            let n = read(fd, copy, limit)
            guard n > 0 else { return nil }
            return UnsafeBufferPointer(start: copy, count: n)
        }
        // A CR ends a line unless an LF follows it (CRLF counts once, at the LF).
        var previousWasCR = false
        // Count quotes and line ends before the offset.
        while true {
            let offset = target(position)
            guard position < offset else { break }
            guard let bytes = next(min(size, offset - position)), let buffer = bytes.baseAddress else { return nil }
            let n = bytes.count
            // Quotes and LFs are counted eight bytes at a time (``zeroByteFlags(_:)``): this pass over the first half
            // delays the second part's start, and byte by byte it cost about as much as scanning the records
            // themselves (perf, 1M rows). CRs are rare: only a chunk holding one is walked byte by byte for the CRs
            // that end a line (those not followed by an LF).
            var q = 0, l = 0
            var i = 0
            let raw = UnsafeRawPointer(buffer)
            while i + 8 <= n {
                // Byte-wide counters (no population count: the baseline x86-64 target has no POPCNT), added up
                // every 255 words before one can overflow.
                var quoteLanes: UInt64 = 0, lineLanes: UInt64 = 0
                let stop = min(n, i + 255 * 8)
                while i + 8 <= stop {
                    let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    quoteLanes &+= Self.zeroByteFlags(word ^ 0x2222_2222_2222_2222)
                    lineLanes &+= Self.zeroByteFlags(word ^ 0x0A0A_0A0A_0A0A_0A0A)
                    i += 8
                }
                q &+= Self.laneSum(quoteLanes)
                l &+= Self.laneSum(lineLanes)
            }
            while i < n {
                let b = buffer[i]
                q &+= b == 0x22 ? 1 : 0
                l &+= b == 0x0A ? 1 : 0
                i += 1
            }
            if memchr(buffer, 0x0D, n) == nil {
                if previousWasCR && buffer[0] != 0x0A { l &+= 1 }
                previousWasCR = false
            } else {
                for i in 0..<n {
                    let b = buffer[i]
                    if b != 0x0A && previousWasCR { l &+= 1 }
                    previousWasCR = b == 0x0D
                }
            }
            quotes += q
            newlines += l
            position += n
        }
        // Then walk to the first line end outside quotes. A CR is a line end when the byte after it is not an LF.
        var inQuotes = quotes % 2 == 1
        var previousCR = previousWasCR, crInQuotes = inQuotes
        while true {
            guard let bytes = next(size), let buffer = bytes.baseAddress else { return nil }
            let n = bytes.count
            for i in 0..<n {
                let b = buffer[i]
                if previousCR && b != 0x0A {
                    newlines += 1
                    if !crInQuotes { return (position + i, newlines + 1) }
                }
                previousCR = false
                if b == 0x22 {
                    inQuotes.toggle()
                } else if b == 0x0A {
                    newlines += 1
                    if !inQuotes { return (position + i + 1, newlines + 1) }
                } else if b == 0x0D {
                    previousCR = true
                    crInQuotes = inQuotes
                }
            }
            position += n
        }
    }
}

extension CSVScanner {
    /// A record start at or after `offset`, found without reading the bytes before it: the few hundred
    /// kilobytes after `offset` are parsed twice, once as if `offset` were outside a quoted field and once as if
    /// inside, and the start is taken from the one reading whose records all have the first record's width.
    ///
    /// Speculative (as in parallel CSV readers that split a file without a first pass): a quoted field holding
    /// line breaks and commas can, rarely, read well both ways; then nil, and the caller counts instead
    /// (``recordBoundary(path:countingUpTo:)``). The answer is a guess either way: the caller checks it against
    /// the scanner that reads the part before (``CSVScanner/stoppedAt``), exactly as for a counted boundary.
    /// Unlike a counted boundary, the line it is on is not known.
    /// - Parameters:
    ///   - records: the consecutive records that must read with the right width (at most one may not: a
    ///     malformed row near the split).
    /// - Returns: nil when neither reading or both readings (with different starts) hold, or the file is shorter.
    public static func speculativeBoundary(path: String, near offset: Int, records: Int = 24) -> Int? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        func bytes(at position: Int, count: Int) -> [UInt8] {
            var out = [UInt8](repeating: 0, count: count)
            let n = out.withUnsafeMutableBytes { raw in raw.baseAddress.map { pread(fd, $0, count, off_t(position)) } ?? -1 }
            return n > 0 ? Array(out[0..<n]) : []
        }
        // The width: the fields of the first record (the header, or the first row of a header-less export).
        let head = bytes(at: 0, count: 1 << 16)
        guard let first = Self.fieldsOfRecord(head, from: 0), first.fields > 1 else { return nil }
        let width = first.fields
        let window = 1 << 18
        let tail = bytes(at: offset, count: window)
        let atEnd = tail.count < window
        let outside = Self.consistentStart(tail, inQuotes: false, width: width, records: records, atEnd: atEnd)
        let inside = Self.consistentStart(tail, inQuotes: true, width: width, records: records, atEnd: atEnd)
        switch (outside, inside) {
        case let (a?, nil): return offset + a
        case let (nil, b?): return offset + b
        case let (a?, b?) where a == b: return offset + a
        default: return nil
        }
    }

    /// The fields of the record starting at `start` (outside quotes) and where the next record starts; nil when the
    /// record does not end within `bytes`. Commas count outside quotes; a record ends at LF, CRLF or a lone CR.
    static func fieldsOfRecord(_ bytes: [UInt8], from start: Int) -> (fields: Int, next: Int)? {
        var fields = 1, inQuotes = false, i = start
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x22 { inQuotes.toggle() } else if !inQuotes {
                if b == 0x2C { fields += 1 } else if b == 0x0A || b == 0x0D {
                    let next = b == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A ? i + 2 : i + 1
                    // A CR as the window's last byte may be the first half of a CRLF: not known here.
                    if b == 0x0D && i + 1 == n { return nil }
                    return (fields, next)
                }
            }
            i += 1
        }
        return nil
    }

    /// Where the first record after index 0 starts if index 0 is (`inQuotes`) or is not inside a quoted field,
    /// provided the `records` records from there have `width` fields (one may not); nil otherwise.
    static func consistentStart(_ bytes: [UInt8], inQuotes: Bool, width: Int, records: Int, atEnd: Bool) -> Int? {
        var quoted = inQuotes, i = 0
        let n = bytes.count
        // The first line end outside quotes.
        while i < n {
            let b = bytes[i]
            if b == 0x22 { quoted.toggle() } else if !quoted && (b == 0x0A || b == 0x0D) { break }
            i += 1
        }
        guard i < n, !(bytes[i] == 0x0D && i + 1 == n) else { return nil }
        let start = bytes[i] == 0x0D && i + 1 < n && bytes[i + 1] == 0x0A ? i + 2 : i + 1
        var read = 0, wrong = 0, p = start
        while read < records && p < n {
            guard let record = fieldsOfRecord(bytes, from: p) else { break }
            if record.next == p + 1 || (record.next == p + 2 && bytes[p] == 0x0D) { p = record.next; continue }  // blank line
            read += 1
            if record.fields != width { wrong += 1 }
            p = record.next
        }
        // Enough records read, or the file ended: every one but at most one of the right width.
        guard read >= records || (atEnd && read > 0) else { return nil }
        return wrong <= (read >= 8 ? 1 : 0) ? start : nil
    }
}
