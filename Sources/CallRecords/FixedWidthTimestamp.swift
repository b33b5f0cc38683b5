/// The fixed-width timestamp shapes most exports write, read by position: a fast path in front of
/// ``TimestampParser``'s general reader.
///
/// Three shapes of exactly 19 ASCII bytes: `YYYY-MM-DD HH:MM:SS`, `YYYY-MM-DDTHH:MM:SS` (ISO) and
/// `MM/DD/YYYY HH:MM:SS` (US, 24-hour). A value of another length or layout, or one that names no real date and time,
/// is left to the general reader (nil here), so the fast path can only ever agree with it: it never decides
/// that a value is unreadable. The general reader costs a cursor, a probe copy and a bounds check per digit; at
/// five timestamps a row this was a measured share of the report's read (see Benchmarks/report/RESULTS.md).
public enum FixedWidthTimestamp {
    /// Which of the shapes a parser may take by position.
    public struct Shapes: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// `YYYY-MM-DD HH:MM:SS` and `YYYY-MM-DDTHH:MM:SS`.
        public static let iso = Shapes(rawValue: 1)
        /// `MM/DD/YYYY HH:MM:SS`.
        public static let us = Shapes(rawValue: 2)
    }

    /// The shapes that read the same by position as by ``TimestampParser``'s general reader for this format and
    /// clock: none on a 12-hour clock without AM/PM (its hours are read modulo 12) or for epoch, serial and pattern
    /// formats.
    public static func shapes(format: TimestampFormat, clock: ClockReading) -> Shapes {
        guard clock != .twelveHourNoMeridiem else { return [] }
        switch format {
        case .iso: return .iso
        case .us: return .us
        case .auto: return [.iso, .us]
        case .epochSeconds, .epochMilliseconds, .spreadsheetSerial, .pattern: return []
        }
    }

    /// The time `bytes` names when they are exactly one of `shapes` and a real date and time; nil otherwise
    /// (the caller then asks the general reader).
    @inline(__always)
    public static func parse(_ b: UnsafeBufferPointer<UInt8>, shapes: Shapes) -> LocalTime? {
        guard b.count == 19, b[13] == 0x3A, b[16] == 0x3A, let date = date(b, shapes: shapes),
              let hour = digits2(b, 11), let minute = digits2(b, 14), let second = digits2(b, 17) else { return nil }
        return LocalTime(year: date.year, month: date.month, day: date.day, hour: hour, minute: minute, second: second)
    }

    /// The day of the last date read by ``parse(_:shapes:cache:)``, keyed by the eleven bytes that decide it (the
    /// date and the separator after it) and the shapes allowed. A call's timestamps nearly always share a date, so
    /// with one cache per reader the date is checked and converted once a row rather than once a timestamp.
    public struct DayCache: Sendable {
        var head: UInt64 = 0
        var tail: UInt16 = 0
        var separator: UInt8 = 0
        var shapes: UInt8 = 0
        var day: Int64 = 0
        var valid = false

        public init() {}
    }

    /// ``parse(_:shapes:)`` with the date taken from `cache` when its bytes are those of the last date read (and
    /// `cache` updated otherwise): the same answer for every input.
    @inline(__always)
    public static func parse(_ b: UnsafeBufferPointer<UInt8>, shapes: Shapes, cache: inout DayCache) -> LocalTime? {
        guard b.count == 19, let p = b.baseAddress, p[13] == 0x3A, p[16] == 0x3A else { return nil }
        let raw = UnsafeRawPointer(p)
        let head = raw.loadUnaligned(as: UInt64.self), tail = raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        if !(cache.valid && head == cache.head && tail == cache.tail && p[10] == cache.separator && shapes.rawValue == cache.shapes) {
            guard let day = dayNumber(b, shapes: shapes) else { return nil }
            cache.head = head; cache.tail = tail; cache.separator = p[10]; cache.shapes = shapes.rawValue
            cache.day = Int64(day); cache.valid = true
        }
        guard let hour = digits2(b, 11), let minute = digits2(b, 14), let second = digits2(b, 17),
              hour <= 23, minute <= 59, second <= 59 else { return nil }
        return LocalTime(milliseconds: (cache.day * 86_400 + Int64(hour * 3600 + minute * 60 + second)) * 1000)
    }

    /// The year, month and day written in bytes 0 ..< 11 when they are one of `shapes` (not yet checked as a date).
    @inline(__always)
    private static func date(_ b: UnsafeBufferPointer<UInt8>, shapes: Shapes) -> (year: Int, month: Int, day: Int)? {
        if b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x20 || b[10] == 0x54, shapes.contains(.iso) {
            guard let y = digits4(b, 0), let m = digits2(b, 5), let d = digits2(b, 8) else { return nil }
            return (y, m, d)
        }
        if b[2] == 0x2F, b[5] == 0x2F, b[10] == 0x20, shapes.contains(.us) {
            guard let m = digits2(b, 0), let d = digits2(b, 3), let y = digits4(b, 6) else { return nil }
            return (y, m, d)
        }
        return nil
    }

    /// The day number of the date in bytes 0 ..< 11 when they are one of `shapes` and a real date.
    private static func dayNumber(_ b: UnsafeBufferPointer<UInt8>, shapes: Shapes) -> Int? {
        guard let (year, month, day) = date(b, shapes: shapes), month >= 1, month <= 12, day >= 1,
              day <= LocalTime.daysIn(month: month, year: year) else { return nil }
        return LocalTime.daysFromCivil(year: year, month: month, day: day)
    }

    @inline(__always)
    private static func digits2(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let hi = b[i] &- 48, lo = b[i + 1] &- 48
        guard hi < 10, lo < 10 else { return nil }
        return Int(hi) * 10 + Int(lo)
    }

    @inline(__always)
    private static func digits4(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        guard let hi = digits2(b, i), let lo = digits2(b, i + 2) else { return nil }
        return hi * 100 + lo
    }
}
