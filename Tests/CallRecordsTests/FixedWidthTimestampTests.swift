import Foundation
import Testing
@testable import CallRecords

/// The fixed-width fast path (``FixedWidthTimestamp``) against the general reader and against Foundation's calendar.
@Suite struct FixedWidthTimestampTests {
    let utc = TimeZone(identifier: "UTC")!

    /// Milliseconds of a wall-clock time by Foundation's Gregorian calendar in UTC: a reference that shares no code
    /// with ``LocalTime``.
    func foundationMilliseconds(_ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Int) -> Int64? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        let parts = DateComponents(year: y, month: mo, day: d, hour: h, minute: mi, second: s)
        guard parts.isValidDate(in: calendar), let date = calendar.date(from: parts) else { return nil }
        return Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    func four(_ v: Int) -> String { String(String(v + 10_000).dropFirst()) }

    /// Every parser (format × clock) gives the same answer with and without the fast path, on valid values of the
    /// three shapes and on values one character away from them (bad digits, out-of-range fields, other separators,
    /// other lengths).
    @Test(arguments: TimestampFormat.allCases, ClockReading.allCases)
    func fastPathAgreesWithGeneralReader(format: TimestampFormat, clock: ClockReading) throws {
        let parser = TimestampParser(format: format, timeZone: utc, pattern: try TimestampPattern("yyyy-MM-dd HH:mm:ss"), clock: clock)
        var generator = SystemRandomNumberGenerator()
        var seeds = ["2021-05-01 13:45:10", "2021-05-01T13:45:10", "05/01/2021 13:45:10", "2024-02-29 23:59:59", "02/29/2024 00:00:00",
                     "2023-02-29 12:00:00", "02/29/2023 12:00:00", "2021-13-01 00:00:00", "13/01/2021 00:00:00", "2021-04-31 10:00:00",
                     "2021-05-01 24:00:00", "2021-05-01 23:60:00", "2021-05-01 23:59:60", "2021-00-10 10:10:10", "2021-05-00 10:10:10",
                     "0000-01-01 00:00:00", "9999-12-31 23:59:59", "1900-02-29 01:02:03", "2000-02-29 01:02:03", "2021-05-01t13:45:10",
                     "2021-05-01  13:45:1", " 2021-05-01 13:45:1", "2021/05/01 13:45:10", "05-01-2021 13:45:10", "2021-05-01 13:45:10Z",
                     "2021-05-01 13:45", "5/1/2021 1:45:10 PM", "05/01/2021 01:45:10", "05/01/2021 12:45:10", "1620000000000"]
        for _ in 0..<3000 {
            let (y, mo, d) = (Int.random(in: 1899...2101, using: &generator), Int.random(in: 1...12, using: &generator), Int.random(in: 1...31, using: &generator))
            let (h, mi, s) = (Int.random(in: 0...23, using: &generator), Int.random(in: 0...59, using: &generator), Int.random(in: 0...59, using: &generator))
            seeds.append("\(four(y))-\(two(mo))-\(two(d))\(Bool.random(using: &generator) ? " " : "T")\(two(h)):\(two(mi)):\(two(s))")
            seeds.append("\(two(mo))/\(two(d))/\(four(y)) \(two(h)):\(two(mi)):\(two(s))")
        }
        // Each seed, and each seed with one character replaced by a digit, a separator or a letter.
        let replacements: [Character] = ["0", "1", "2", "3", "5", "9", "-", "/", ":", " ", "T", "x", "."]
        var values = seeds
        for seed in seeds.prefix(200) {
            let chars = Array(seed)
            for i in chars.indices { for r in replacements where r != chars[i] { var c = chars; c[i] = r; values.append(String(c)) } }
        }
        for _ in 0..<2000 {
            var c = Array(seeds.randomElement(using: &generator) ?? "")
            if !c.isEmpty { c[Int.random(in: 0..<c.count, using: &generator)] = replacements.randomElement(using: &generator) ?? "0" }
            values.append(String(c))
        }
        var mismatches: [String] = []
        for v in values where parser.parse(v) != parser.parseGeneral(v) { mismatches.append(v) }
        #expect(mismatches.isEmpty, "\(format) \(clock): \(mismatches.prefix(10))")
    }

    /// The date cache (``FixedWidthTimestamp/DayCache``) gives the same answer as the uncached fast path on a run of
    /// values that share dates, differ in one byte of the date or the separator, or are not timestamps at all, read
    /// through one cache in order, with each shape set.
    @Test func dateCacheAgreesWithTheFastPath() {
        var generator = SystemRandomNumberGenerator()
        let replacements: [UInt8] = Array("0129-/: Tx".utf8)
        var values: [[UInt8]] = []
        for _ in 0..<3000 {
            let (y, mo, d) = (Int.random(in: 1899...2101, using: &generator), Int.random(in: 1...12, using: &generator), Int.random(in: 1...31, using: &generator))
            let date = Bool.random(using: &generator) ? "\(four(y))-\(two(mo))-\(two(d))" : "\(two(mo))/\(two(d))/\(four(y))"
            for _ in 0..<Int.random(in: 1...5, using: &generator) {
                let (h, mi, s) = (Int.random(in: 0...25, using: &generator), Int.random(in: 0...61, using: &generator), Int.random(in: 0...61, using: &generator))
                var bytes = Array("\(date)\(Bool.random(using: &generator) ? " " : "T")\(two(h)):\(two(mi)):\(two(s))".utf8)
                if Int.random(in: 0..<4, using: &generator) == 0 {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = replacements.randomElement(using: &generator) ?? 0x30
                }
                if Int.random(in: 0..<20, using: &generator) == 0 { bytes.removeLast() }
                values.append(bytes)
            }
        }
        for shapes: FixedWidthTimestamp.Shapes in [[.iso, .us], .iso, .us, []] {
            var cache = FixedWidthTimestamp.DayCache()
            var mismatches: [String] = []
            for v in values {
                let (plain, cached) = v.withUnsafeBufferPointer { (FixedWidthTimestamp.parse($0, shapes: shapes), FixedWidthTimestamp.parse($0, shapes: shapes, cache: &cache)) }
                if plain != cached { mismatches.append(String(decoding: v, as: UTF8.self)) }
            }
            #expect(mismatches.isEmpty, "\(shapes.rawValue): \(mismatches.prefix(10))")
        }
        // Through the parser, with the general reader behind it.
        let parser = TimestampParser(format: .auto, timeZone: utc)
        var cache = FixedWidthTimestamp.DayCache()
        for v in values {
            v.withUnsafeBufferPointer { b in #expect(parser.parse(b, cache: &cache) == parser.parse(b)) }
        }
    }

    /// Values of the three shapes are read by the fast path itself (not only by the fallback), and give the time
    /// Foundation's calendar gives; impossible dates are left to the general reader, which refuses them.
    @Test func fastPathReadsTheShapesExactly() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let (y, mo, d) = (Int.random(in: 1900...2100, using: &generator), Int.random(in: 1...12, using: &generator), Int.random(in: 1...31, using: &generator))
            let (h, mi, s) = (Int.random(in: 0...23, using: &generator), Int.random(in: 0...59, using: &generator), Int.random(in: 0...59, using: &generator))
            let expected = foundationMilliseconds(y, mo, d, h, mi, s)
            for text in ["\(four(y))-\(two(mo))-\(two(d)) \(two(h)):\(two(mi)):\(two(s))", "\(four(y))-\(two(mo))-\(two(d))T\(two(h)):\(two(mi)):\(two(s))",
                         "\(two(mo))/\(two(d))/\(four(y)) \(two(h)):\(two(mi)):\(two(s))"] {
                var copy = text
                let fast = copy.withUTF8 { FixedWidthTimestamp.parse($0, shapes: [.iso, .us]) }
                #expect(fast?.milliseconds == expected, "\(text)")
            }
        }
        // Shapes a format does not take are not read by position.
        var us = "05/01/2021 13:45:10"
        #expect(us.withUTF8 { FixedWidthTimestamp.parse($0, shapes: .iso) } == nil)
        var iso = "2021-05-01 13:45:10"
        #expect(iso.withUTF8 { FixedWidthTimestamp.parse($0, shapes: .us) } == nil)
        #expect(FixedWidthTimestamp.shapes(format: .auto, clock: .twelveHourNoMeridiem).isEmpty)
        #expect(FixedWidthTimestamp.shapes(format: .pattern, clock: .auto).isEmpty)
        #expect(TimestampParser(format: .iso, timeZone: utc).parse("2021-05-01 13:45:10")?.description == "2021-05-01T13:45:10")
        #expect(TimestampParser(format: .us, timeZone: utc).parse("02/29/2024 23:59:59")?.description == "2024-02-29T23:59:59")
        #expect(TimestampParser(format: .auto, timeZone: utc).parse("02/29/2023 23:59:59") == nil)
    }
}

/// The row check for invalid UTF-8, which skips ASCII thirty-two and then eight bytes at a time, against the standard library's validation.
@Suite struct RowUTF8Tests {
    func reference(_ bytes: [UInt8]) -> Bool { String(validating: bytes, as: UTF8.self) != nil }

    func check(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer { CallIngestor.isValidUTF8($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) } }

    @Test func agreesWithTheStandardLibrary() {
        let pieces: [[UInt8]] = [Array("é".utf8), Array("€".utf8), Array("𝄞".utf8), [0x80], [0xC3], [0xE2, 0x82], [0xF0, 0x9D, 0x84], [0xFF], [0xC0, 0xAF],
                                 [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]]
        var generator = SystemRandomNumberGenerator()
        var cases = 0
        // One piece at every position of ASCII runs of lengths around the 32- and 8-byte steps, and at the end.
        for length in 0...72 {
            for piece in pieces {
                for at in 0...length {
                    var bytes = Array(repeating: UInt8(ascii: "a"), count: length)
                    bytes.insert(contentsOf: piece, at: at)
                    #expect(check(bytes) == reference(bytes), "\(bytes)")
                    cases += 1
                }
            }
        }
        // Random mixtures of ASCII and pieces.
        for _ in 0..<5000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                if Bool.random(using: &generator) {
                    bytes += (0..<Int.random(in: 0...17, using: &generator)).map { _ in UInt8.random(in: 0...0x7F, using: &generator) }
                } else {
                    bytes += pieces.randomElement(using: &generator) ?? []
                }
            }
            #expect(check(bytes) == reference(bytes), "\(bytes)")
            cases += 1
        }
        #expect(cases > 10_000)
    }
}
