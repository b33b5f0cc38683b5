#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Vocabulary
import Foundation
import CallRecords

/// Benchmark workload W1 (`../shared/bench/WORKLOAD.md`): the counts and medians every analysis starts
/// from, written as seven CSV files comparable byte for byte with DuckDB's.
///
/// Reads the file on two threads when it is large: the second thread starts at the first line start after the
/// middle (``lineStart(path:atOrAfter:)``), the first thread checks that it is a record boundary when it reaches it,
/// and if the two disagree (a quoted line break there, or malformed quoting) the first thread simply reads on to
/// the end and the second thread's work is dropped. Partial results merge
/// exactly (counts and exact duration histograms), so the output does not depend on the split.
public enum W1Workload {
    /// Per-call-type counts of one part of the file, merged from the flat counts of ``PartCounts``.
    struct TypeCounts {
        var rows = 0
        var hour = [Int](repeating: 0, count: 24)
        var dow = [Int](repeating: 0, count: 7)
        var dispatch = DurationHistogram()
        var travel = DurationHistogram()
        var onScene = DurationHistogram()
    }

    /// What one thread saw.
    final class Partial {
        let types = ByteInterner(capacity: 256)
        let districts = ByteInterner(capacity: 64)
        let dispositions = ByteInterner(capacity: 64)
        var counts: [TypeCounts] = []
        /// Rows per (call type id, district id) and (call type id, disposition id).
        var district: [(type: Int, value: Int, rows: Int)] = []
        var disposition: [(type: Int, value: Int, rows: Int)] = []
        var rows = 0
        var createdMissing = 0
        var createdUnparseable = 0
        /// Where this part's scanner stopped (the first record start at or after its stop offset).
        var stoppedAt = 0
    }

    /// Counts of one part while it is read: flat buffers indexed by call type id (and district or disposition
    /// id), held in a local of ``scanPart`` so the per-row updates are plain stores, with no nested arrays (whose
    /// uniqueness checks and the exclusivity checks on a class's properties were a third of W1's time, perf 1M rows).
    struct PartCounts {
        /// Per call type: [0] rows, [1 ..< 25] calls per hour, [25 ..< 32] calls per ISO weekday.
        static let stride = 32
        var perType = FlatCounts()
        var district = PairCounts()
        var disposition = PairCounts()
        /// Three histograms per call type: dispatch, travel, on scene.
        var durations: [DurationHistogram] = []
        var types = 0

        @inline(__always)
        mutating func addType(_ t: Int) {
            while types <= t {
                types += 1
                perType.ensure(types * Self.stride)
                durations += [DurationHistogram(), DurationHistogram(), DurationHistogram()]
            }
        }

        func release() { perType.release(); district.release(); disposition.release() }
    }

    /// Rows per (call type id, value id) in one flat buffer, `type * width + value`; `width` doubles (and the
    /// counts move) when a value id reaches it, which happens a few times per run, not per row.
    struct PairCounts {
        var counts = FlatCounts()
        var width = 16

        @inline(__always)
        mutating func add(type t: Int, value v: Int) {
            if v >= width { widen(to: v + 1) }
            let i = t * width + v
            if i >= counts.capacity { counts.ensure(i + 1) }
            counts.base[i] += 1
        }

        private mutating func widen(to needed: Int) {
            var w = width
            while w < needed { w *= 2 }
            let types = (counts.capacity + width - 1) / width
            var moved = FlatCounts()
            moved.ensure(types * w)
            for t in 0..<types { for v in 0..<width { moved.base[t * w + v] = counts[t * width + v] } }
            counts.release()
            counts = moved
            width = w
        }

        /// Every (type, value) with rows.
        var nonZero: [(type: Int, value: Int, rows: Int)] {
            var out: [(type: Int, value: Int, rows: Int)] = []
            for i in 0..<counts.capacity where counts.base[i] > 0 { out.append((i / width, i % width, counts.base[i])) }
            return out
        }

        func release() { counts.release() }
    }

    /// Day numbers of the `YYYY-MM-DD` dates of ``strictSeconds(_:cache:)``, keyed by their ten bytes: a row's four
    /// timestamps nearly always share a date, so the date is checked and converted once, not four times.
    struct DayCache {
        var head: UInt64 = 0
        var tail: UInt16 = 0
        var day = 0
        var valid = false
    }

    public struct Columns: Sendable {
        var callType = 0, created = 0, dispatched = 0, arrived = 0, cleared = 0, disposition = 0, district = 0, width = 0
    }

    /// Parses `YYYY-MM-DD HH:MM:SS` exactly (19 ASCII characters, a real date); seconds of the naive clock.
    @inline(__always)
    static func strictSeconds(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard b.count == 19, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x20, b[13] == 0x3A, b[16] == 0x3A else { return nil }
        @inline(__always) func d(_ i: Int) -> Int? {
            let v = Int(b[i]) - 48
            return v >= 0 && v <= 9 ? v : nil
        }
        guard let y0 = d(0), let y1 = d(1), let y2 = d(2), let y3 = d(3), let m0 = d(5), let m1 = d(6), let d0 = d(8), let d1 = d(9),
              let h0 = d(11), let h1 = d(12), let n0 = d(14), let n1 = d(15), let s0 = d(17), let s1 = d(18) else { return nil }
        let year = y0 * 1000 + y1 * 100 + y2 * 10 + y3, month = m0 * 10 + m1, day = d0 * 10 + d1
        let hour = h0 * 10 + h1, minute = n0 * 10 + n1, second = s0 * 10 + s1
        guard month >= 1, month <= 12, day >= 1, day <= LocalTime.daysIn(month: month, year: year), hour <= 23, minute <= 59, second <= 59 else { return nil }
        return Int64(LocalTime.daysFromCivil(year: year, month: month, day: day)) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// ``strictSeconds(_:)`` with the date looked up in `cache` first (the same answer for every input).
    @inline(__always)
    static func strictSeconds(_ b: UnsafeBufferPointer<UInt8>, cache: inout DayCache) -> Int64? {
        guard b.count == 19, let p = b.baseAddress else { return nil }
        let raw = UnsafeRawPointer(p)
        let head = raw.loadUnaligned(as: UInt64.self), tail = raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        if !(cache.valid && head == cache.head && tail == cache.tail) {
            guard p[4] == 0x2D, p[7] == 0x2D else { return nil }
            @inline(__always) func d(_ i: Int) -> Int? {
                let v = Int(p[i]) &- 48
                return v >= 0 && v <= 9 ? v : nil
            }
            guard let y0 = d(0), let y1 = d(1), let y2 = d(2), let y3 = d(3), let m0 = d(5), let m1 = d(6), let d0 = d(8), let d1 = d(9) else { return nil }
            let year = y0 * 1000 + y1 * 100 + y2 * 10 + y3, month = m0 * 10 + m1, day = d0 * 10 + d1
            guard month >= 1, month <= 12, day >= 1, day <= LocalTime.daysIn(month: month, year: year) else { return nil }
            cache = DayCache(head: head, tail: tail, day: LocalTime.daysFromCivil(year: year, month: month, day: day), valid: true)
        }
        guard p[10] == 0x20, p[13] == 0x3A, p[16] == 0x3A else { return nil }
        let h0 = p[11] &- 48, h1 = p[12] &- 48, n0 = p[14] &- 48, n1 = p[15] &- 48, s0 = p[17] &- 48, s1 = p[18] &- 48
        guard h0 <= 9, h1 <= 9, n0 <= 9, n1 <= 9, s0 <= 9, s1 <= 9 else { return nil }
        let hour = Int(h0) * 10 + Int(h1), minute = Int(n0) * 10 + Int(n1), second = Int(s0) * 10 + Int(s1)
        guard hour <= 23, minute <= 59, second <= 59 else { return nil }
        return Int64(cache.day) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// The id of field `i` in `interner` (the raw bytes unless the field has doubled quotes).
    @inline(__always)
    static func intern(_ r: CSVRecord, _ i: Int, in interner: ByteInterner) -> Int {
        let f = r.fields[i]
        if !f.hasEscapedQuotes { return Int(interner.id(of: UnsafeBufferPointer(start: r.base + f.start, count: f.end - f.start))) }
        return Int(r.withField(i) { interner.id(of: $0) })
    }

    static func scanPart(path: String, columns c: Columns, start: Int, stop: Int?, skipHeader: Bool) throws -> Partial {
        let p = Partial()
        let scanner = try CSVScanner(path: path, startOffset: start, stopOffset: stop)
        var header = skipHeader
        let missing = CallRow.missingTime
        let (types, districts, dispositions) = (p.types, p.districts, p.dispositions)
        var n = PartCounts()
        defer { n.release() }
        var rows = 0, createdMissing = 0, createdUnparseable = 0
        var cache = DayCache()
        let stride = PartCounts.stride
        try scanner.scan { r in
            if header { header = false; return }
            rows += 1
            guard r.problem == nil, r.fieldCount == c.width else { return }
            let t = intern(r, c.callType, in: types)
            if t >= n.types { n.addType(t) }
            let slot = n.perType.base + t * stride
            slot[0] += 1
            n.district.add(type: t, value: intern(r, c.district, in: districts))
            n.disposition.add(type: t, value: intern(r, c.disposition, in: dispositions))

            let createdBytes = r.rawBytes(c.created)
            let created = strictSeconds(createdBytes, cache: &cache) ?? missing
            if created == missing {
                if createdBytes.isEmpty { createdMissing += 1 } else { createdUnparseable += 1 }
            } else {
                let day = Int(created >= 0 ? created / 86_400 : (created - 86_399) / 86_400)
                slot[1 + Int(created - Int64(day) * 86_400) / 3600] += 1
                slot[24 + LocalTime.isoWeekday(dayNumber: day)] += 1
            }
            let dispatched = strictSeconds(r.rawBytes(c.dispatched), cache: &cache) ?? missing
            let arrived = strictSeconds(r.rawBytes(c.arrived), cache: &cache) ?? missing
            let cleared = strictSeconds(r.rawBytes(c.cleared), cache: &cache) ?? missing
            if created != missing && dispatched != missing { n.durations[3 * t].record(seconds: dispatched - created) }
            if dispatched != missing && arrived != missing { n.durations[3 * t + 1].record(seconds: arrived - dispatched) }
            if arrived != missing && cleared != missing { n.durations[3 * t + 2].record(seconds: cleared - arrived) }
        }
        p.stoppedAt = scanner.stoppedAt
        p.rows = rows; p.createdMissing = createdMissing; p.createdUnparseable = createdUnparseable
        p.counts = (0..<n.types).map { t in
            var counts = TypeCounts()
            counts.rows = n.perType[t * stride]
            for h in 0..<24 { counts.hour[h] = n.perType[t * stride + 1 + h] }
            for d in 0..<7 { counts.dow[d] = n.perType[t * stride + 25 + d] }
            counts.dispatch = n.durations[3 * t]; counts.travel = n.durations[3 * t + 1]; counts.onScene = n.durations[3 * t + 2]
            return counts
        }
        p.district = n.district.nonZero
        p.disposition = n.disposition.nonZero
        return p
    }

    /// The first line start at or after `offset` (the byte after the first LF or lone CR at `offset - 1` or later):
    /// where the first part stops when no quoted field spans that line end, which the first part then confirms.
    ///
    /// W1 needs no line numbers, so the second part does not wait for a count of quotes and lines over the whole
    /// first half (``CSVScanner/recordBoundary(path:near:)``, which the report needs): at 10M rows that pass kept
    /// the second thread busy long after the first had finished. A guess inside a quoted field (a line break in a
    /// narrative, about one line in a thousand in the benchmark files) is caught by the comparison and costs only
    /// time: the first part then reads on to the end.
    static func lineStart(path: String, atOrAfter offset: Int) -> Int? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        let size = 1 << 16
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        defer { buffer.deallocate() }
        var position = max(0, offset - 1)
        while true {
            let n = pread(fd, buffer, size, off_t(position))
            guard n > 0 else { return nil }
            for i in 0..<n where buffer[i] == 0x0A || buffer[i] == 0x0D {
                if buffer[i] == 0x0A { return position + i + 1 }
                if i + 1 < n { return position + i + (buffer[i + 1] == 0x0A ? 2 : 1) }
                // A CR at the end of the block: look at the next byte.
                var next: UInt8 = 0
                return pread(fd, &next, 1, off_t(position + i + 1)) == 1 && next == 0x0A ? position + i + 2 : position + i + 1
            }
            position += n
        }
    }

    /// Runs W1 on `input` and writes the seven files into `output`.
    public static func run(input: String, output: URL, threads: Int = 2) throws {
        let header = try CallIngestor.header(of: input)
        var c = Columns()
        func index(_ name: String) throws -> Int {
            guard let i = header.firstIndex(of: name) else {
                throw InputError.profileDoesNotFit(file: input, profile: "W1", missingColumns: [name], seen: header)
            }
            return i
        }
        c.callType = try index("call_type"); c.created = try index("created_at"); c.dispatched = try index("dispatched_at")
        c.arrived = try index("arrived_at"); c.cleared = try index("cleared_at"); c.disposition = try index("disposition")
        c.district = try index("district"); c.width = header.count
        let columns = c
        let size = CallIngestor.fileSize(input)

        var parts: [Partial] = []
        if threads > 1 && size > 32 << 20 {
            let middle = size / 2
            nonisolated(unsafe) var second: Partial?
            nonisolated(unsafe) var secondStart: Int?
            nonisolated(unsafe) var secondError: (any Error)?
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) {
                do {
                    secondStart = lineStart(path: input, atOrAfter: middle)
                    if let s = secondStart { second = try scanPart(path: input, columns: columns, start: s, stop: nil, skipHeader: false) }
                } catch { secondError = error }
            }
            // The first part reads every record that starts before the middle, at the same time.
            let first = try scanPart(path: input, columns: c, start: 0, stop: middle, skipHeader: true)
            group.wait()
            if let secondError { throw secondError }
            parts.append(first)
            if ProcessInfo.processInfo.environment["REROUTE_DEBUG"] != nil {
                StandardStream.error("w1: middle \(middle), boundary \(secondStart ?? -1), first part stopped at \(first.stoppedAt), second part \(second?.rows ?? -1) rows\n")
            }
            if let second, let s = secondStart, first.stoppedAt == s {
                parts.append(second)
            } else if first.stoppedAt < size {
                // Quote parity was misleading (malformed quoting): read the rest in order.
                parts.append(try scanPart(path: input, columns: c, start: first.stoppedAt, stop: nil, skipHeader: false))
            }
        } else {
            parts.append(try scanPart(path: input, columns: c, start: 0, stop: nil, skipHeader: true))
        }
        try write(merge(parts), to: output)
    }

    struct Merged {
        var types: [String: TypeCounts] = [:]
        var districtNames: [String: [String: Int]] = [:]
        var dispositionNames: [String: [String: Int]] = [:]
        var rows = 0, createdMissing = 0, createdUnparseable = 0
    }

    static func merge(_ parts: [Partial]) -> Merged {
        var m = Merged()
        for p in parts {
            m.rows += p.rows; m.createdMissing += p.createdMissing; m.createdUnparseable += p.createdUnparseable
            for (t, counts) in p.counts.enumerated() {
                let name = p.types.string(Int32(t))
                var into = m.types[name] ?? TypeCounts()
                into.rows += counts.rows
                for h in 0..<24 { into.hour[h] += counts.hour[h] }
                for d in 0..<7 { into.dow[d] += counts.dow[d] }
                into.dispatch.merge(counts.dispatch); into.travel.merge(counts.travel); into.onScene.merge(counts.onScene)
                m.types[name] = into
            }
            for (t, d, n) in p.district { m.districtNames[p.types.string(Int32(t)), default: [:]][p.districts.string(Int32(d)), default: 0] += n }
            for (t, d, n) in p.disposition { m.dispositionNames[p.types.string(Int32(t)), default: [:]][p.dispositions.string(Int32(d)), default: 0] += n }
        }
        return m
    }

    /// Byte-wise ("C" collation) order of UTF-8 text.
    static func byteOrder(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

    static func median(_ h: DurationHistogram) -> String {
        guard let m = h.medianSeconds else { return "" }
        return String(m)  // "1478.0" / "1471.5", as DuckDB writes them
    }

    static func write(_ m: Merged, to dir: URL) throws {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let names = m.types.keys.sorted(by: byteOrder)
        func save(_ name: String, _ text: String) throws { try Data(text.utf8).write(to: dir.appendingPathComponent(name)) }
        var a = "call_type,n\n", b = "call_type,hour,n\n", cc = "call_type,dow,n\n", d = "call_type,district,n\n"
        var e = "call_type,disposition,n\n"
        var f = "call_type,n_dispatch,median_dispatch_s,n_travel,median_travel_s,n_onscene,median_onscene_s\n"
        for name in names {
            let t = m.types[name]!
            let key = CSVWriter.field(name)
            a += "\(key),\(t.rows)\n"
            for h in 0..<24 where t.hour[h] > 0 { b += "\(key),\(h),\(t.hour[h])\n" }
            for w in 0..<7 where t.dow[w] > 0 { cc += "\(key),\(w + 1),\(t.dow[w])\n" }
            for (k, n) in (m.districtNames[name] ?? [:]).sorted(by: { byteOrder($0.key, $1.key) }) { d += "\(key),\(CSVWriter.field(k)),\(n)\n" }
            for (k, n) in (m.dispositionNames[name] ?? [:]).sorted(by: { byteOrder($0.key, $1.key) }) { e += "\(key),\(CSVWriter.field(k)),\(n)\n" }
            f += "\(key),\(t.dispatch.count),\(median(t.dispatch)),\(t.travel.count),\(median(t.travel)),\(t.onScene.count),\(median(t.onScene))\n"
        }
        try save("a_type.csv", a); try save("b_type_hour.csv", b); try save("c_type_dow.csv", cc)
        try save("d_type_district.csv", d); try save("e_type_disposition.csv", e); try save("f_type_durations.csv", f)
        try save("g_totals.csv", "rows,created_at_missing,created_at_unparseable\n\(m.rows),\(m.createdMissing),\(m.createdUnparseable)\n")
    }
}
