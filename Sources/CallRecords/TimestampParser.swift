import Foundation

/// The timestamp layouts real CAD exports use.
public enum TimestampFormat: String, Sendable, Codable, CaseIterable {
    /// `2021-05-01 13:45:10`, `2021-05-01T13:45:10.250`, optionally with `Z` or `+01:00`.
    case iso
    /// `05/01/2021 1:45:10 PM` (or 24-hour `05/01/2021 13:45:10`).
    case us
    /// Either of the above, decided per value; also epoch seconds (10 digits) and milliseconds (13 digits).
    case auto
    /// Seconds since 1970-01-01 UTC, converted to the profile's time zone.
    case epochSeconds = "epoch-seconds"
    /// Milliseconds since 1970-01-01 UTC (what ArcGIS services return), converted to the profile's time zone.
    case epochMilliseconds = "epoch-milliseconds"
    /// Spreadsheet serial day numbers, 1900 date system (`44317.57291`); see ``SpreadsheetSerial``.
    case spreadsheetSerial = "spreadsheet-serial"
    /// The profile's own layout, `timestamps.pattern` (``TimestampPattern``).
    case pattern

    /// The layouts in words, for error messages.
    public static let accepted = "ISO 8601 (2021-05-01 13:45:10, 2021-05-01T13:45:10.250Z), US (05/01/2021 1:45:10 PM, 5/1/21 13:45), epoch seconds (1620000000) or milliseconds (1620000000000); with the profile's timestamps.format also spreadsheet-serial (44317.57291) or pattern (timestamps.pattern: \"dd.MM.yyyy HH:mm\")"
}

/// How the hours of a file written without AM/PM are to be read (profile key `timestamps.clock`).
public enum ClockReading: String, Sendable, Codable, CaseIterable {
    /// Not said: hours are read as 24-hour, and a run whose calls all fall in hours 0-12 is warned about
    /// (`clock-12h-without-meridiem`).
    case auto
    /// The hours are 24-hour: the profile says so, and the warning is not given.
    case twentyFourHour = "24h"
    /// A 12-hour clock written without AM/PM: the hour of day is ambiguous. Hours are read modulo 12 (an hour
    /// above 12 is unreadable), each later time of a call is put at the shortest non-negative step (modulo 12 hours)
    /// after the one before, hour-of-day figures are not computed and staffing's hourly demand spreads each
    /// hour's calls evenly over its AM and PM hours (both said in the run's warnings). Dates, and so day counts,
    /// stay as written. A value that does carry AM/PM is read exactly.
    case twelveHourNoMeridiem = "12h-no-meridiem"
}

/// Parses timestamps straight from UTF-8 bytes, without building a `String`.
///
/// A value that does not name a real date and time (month 13, 30 February, hour 24, ...) is
/// unparseable: the parser returns nil rather than rolling it over.
public struct TimestampParser: Sendable {
    public var format: TimestampFormat
    /// The study's time zone: values written with an explicit offset are converted to it.
    public var timeZone: TimeZone
    /// The layout for ``TimestampFormat/pattern``.
    public var pattern: TimestampPattern?
    /// How hours without AM/PM are read.
    public var clock: ClockReading

    public init(format: TimestampFormat = .auto, timeZone: TimeZone = TimeZone(identifier: "UTC")!,
                pattern: TimestampPattern? = nil, clock: ClockReading = .auto) {
        self.format = format
        self.timeZone = timeZone
        self.pattern = pattern
        self.clock = clock
    }

    /// The fixed-width shapes ``parse(_:)-(UnsafeBufferPointer<UInt8>)`` reads by position before the general reader.
    var fixedWidthShapes: FixedWidthTimestamp.Shapes { FixedWidthTimestamp.shapes(format: format, clock: clock) }

    /// Whether hours written without AM/PM are on a 12-hour clock.
    var twelveHour: Bool { clock == .twelveHourNoMeridiem }

    /// Parses a whole timestamp (date and time in one field).
    ///
    /// The fixed-width shapes most exports write (``FixedWidthTimestamp``) are read by position first; anything
    /// else goes to the general reader (``parseGeneral(_:)``), which gives the same answer for those shapes.
    @inline(__always)
    public func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalTime? {
        if bytes.count == 19, let t = FixedWidthTimestamp.parse(bytes, shapes: fixedWidthShapes) { return t }
        return parseGeneral(bytes)
    }

    /// ``parse(_:)-(UnsafeBufferPointer<UInt8>)`` with the fixed-width shapes' dates remembered in `cache` (one per
    /// reader; see ``FixedWidthTimestamp/DayCache``): the same answer.
    @inline(__always)
    public func parse(_ bytes: UnsafeBufferPointer<UInt8>, cache: inout FixedWidthTimestamp.DayCache) -> LocalTime? {
        if bytes.count == 19, let t = FixedWidthTimestamp.parse(bytes, shapes: fixedWidthShapes, cache: &cache) { return t }
        return parseGeneral(bytes)
    }

    /// Parses a whole timestamp with the general reader only, without the fixed-width fast path: the reference the
    /// fast path is tested against.
    public func parseGeneral(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalTime? {
        var c = ByteCursor(bytes)
        c.skipSpaces()
        switch format {
        case .iso: return parseISO(&c)
        case .us: return parseUS(&c)
        case .auto:
            var probe = c
            if let t = parseISO(&probe) { return t }
            var epoch = c
            if let t = parseEpoch(&epoch, digits: nil) { return t }
            return parseUS(&c)
        case .epochSeconds: return parseEpoch(&c, digits: 10)
        case .epochMilliseconds: return parseEpoch(&c, digits: 13)
        case .spreadsheetSerial: return SpreadsheetSerial.parse(&c)
        case .pattern: return pattern?.parse(&c)
        }
    }

    /// Parses a timestamp given as text (convenience for tests and small inputs).
    public func parse(_ text: String) -> LocalTime? {
        var copy = text
        return copy.withUTF8 { parse($0) }
    }

    /// ``parseGeneral(_:)-(UnsafeBufferPointer<UInt8>)`` on text (for tests of the fast path).
    public func parseGeneral(_ text: String) -> LocalTime? {
        var copy = text
        return copy.withUTF8 { parseGeneral($0) }
    }

    /// Parses a date column and a time column that together make one timestamp.
    ///
    /// With ``TimestampFormat/pattern`` the two are joined with one space and read with the pattern; with
    /// ``TimestampFormat/spreadsheetSerial`` the date is a whole serial and the time a fraction of a day or a clock time.
    public func parse(date: UnsafeBufferPointer<UInt8>, time: UnsafeBufferPointer<UInt8>) -> LocalTime? {
        if format == .pattern {
            guard let pattern else { return nil }
            var joined = Array(date) + [32] + Array(time)
            return joined.withUnsafeBufferPointer { buffer in
                var c = ByteCursor(buffer)
                c.skipSpaces()
                return pattern.parse(&c)
            }
        }
        var d = ByteCursor(date)
        d.skipSpaces()
        var t = ByteCursor(time)
        t.skipSpaces()
        if format == .spreadsheetSerial {
            guard let serial = d.digits(min: 1, max: 7), let day = SpreadsheetSerial.dayNumber(serial: serial) else { return nil }
            // A whole day may be written `44317.0`; a date column with a time in it is not a date.
            if d.consume(UInt8(ascii: ".")) { while d.consume(UInt8(ascii: "0")) {} }
            d.skipSpaces()
            guard d.atEnd else { return nil }
            let midnight = Int64(day) * 86_400_000
            if let ms = SpreadsheetSerial.timeOfDay(&t) { return LocalTime(milliseconds: midnight + ms) }
            guard let clock = Self.clock(&t, allowMeridiem: true, twelveHour: twelveHour) else { return nil }
            t.skipSpaces()
            guard t.atEnd else { return nil }
            return LocalTime(milliseconds: midnight + Int64(((clock.h * 60 + clock.m) * 60 + clock.s) * 1000 + clock.ms))
        }
        var ymd: (Int, Int, Int)?
        var probe = d
        if let v = Self.isoDate(&probe) { ymd = v; d = probe } else if let v = Self.usDate(&d) { ymd = v }
        guard let (y, m, day) = ymd else { return nil }
        // Some exports repeat a midnight time in the date column ("2021-05-01 00:00:00"): ignore it.
        guard let clock = Self.clock(&t, allowMeridiem: true, twelveHour: twelveHour) else { return nil }
        t.skipSpaces()
        guard t.atEnd else { return nil }
        return LocalTime(year: y, month: m, day: day, hour: clock.h, minute: clock.m, second: clock.s, millisecond: clock.ms)
    }

    private func parseISO(_ c: inout ByteCursor) -> LocalTime? {
        guard let (y, m, d) = Self.isoDate(&c) else { return nil }
        guard c.consume(UInt8(ascii: " ")) || c.consume(UInt8(ascii: "T")) else {
            // A bare date is midnight.
            c.skipSpaces()
            return c.atEnd ? LocalTime(year: y, month: m, day: d) : nil
        }
        guard let clock = Self.clock(&c, allowMeridiem: false, twelveHour: twelveHour) else { return nil }
        guard let local = LocalTime(year: y, month: m, day: d, hour: clock.h, minute: clock.m, second: clock.s, millisecond: clock.ms)
        else { return nil }
        // Optional zone designator.
        var offsetSeconds: Int?
        if c.consume(UInt8(ascii: "Z")) { offsetSeconds = 0 } else if let sign = c.peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            c.advance()
            guard let hh = c.digits(exactly: 2) else { return nil }
            _ = c.consume(UInt8(ascii: ":"))
            let mm = c.digits(exactly: 2) ?? 0
            offsetSeconds = (sign == UInt8(ascii: "+") ? 1 : -1) * (hh * 3600 + mm * 60)
        }
        c.skipSpaces()
        guard c.atEnd else { return nil }
        guard let offset = offsetSeconds else { return local }
        let utcMs = local.milliseconds - Int64(offset) * 1000
        let zoneOffset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(utcMs) / 1000))
        return LocalTime(milliseconds: utcMs + Int64(zoneOffset) * 1000)
    }

    /// Epoch seconds or milliseconds: all digits (10 for seconds, 13 for milliseconds when `digits` is nil).
    private func parseEpoch(_ c: inout ByteCursor, digits: Int?) -> LocalTime? {
        var value: Int64 = 0, count = 0
        while let b = c.peek, b >= 48, b <= 57, count < 16 { value = value * 10 + Int64(b - 48); count += 1; c.advance() }
        c.skipSpaces()
        guard c.atEnd, count > 0 else { return nil }
        let isMilliseconds: Bool
        switch digits {
        case 10?: isMilliseconds = false
        case 13?: isMilliseconds = true
        default:
            guard count == 10 || count == 13 else { return nil }
            isMilliseconds = count == 13
        }
        let utcMs = isMilliseconds ? value : value * 1000
        let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(utcMs) / 1000))
        return LocalTime(milliseconds: utcMs + Int64(offset) * 1000)
    }

    private func parseUS(_ c: inout ByteCursor) -> LocalTime? {
        guard let (y, m, d) = Self.usDate(&c) else { return nil }
        guard c.consume(UInt8(ascii: " ")) else {
            c.skipSpaces()
            return c.atEnd ? LocalTime(year: y, month: m, day: d) : nil
        }
        c.skipSpaces()
        guard let clock = Self.clock(&c, allowMeridiem: true, twelveHour: twelveHour) else { return nil }
        c.skipSpaces()
        guard c.atEnd else { return nil }
        return LocalTime(year: y, month: m, day: d, hour: clock.h, minute: clock.m, second: clock.s, millisecond: clock.ms)
    }

    /// `YYYY-MM-DD`.
    static func isoDate(_ c: inout ByteCursor) -> (Int, Int, Int)? {
        guard let y = c.digits(exactly: 4), c.consume(UInt8(ascii: "-")),
              let m = c.digits(exactly: 2), c.consume(UInt8(ascii: "-")),
              let d = c.digits(exactly: 2) else { return nil }
        return (y, m, d)
    }

    /// `M/D/YYYY` with one- or two-digit month and day; a two-digit year `YY` is 20YY (19YY from 70 on).
    static func usDate(_ c: inout ByteCursor) -> (Int, Int, Int)? {
        guard let m = c.digits(min: 1, max: 2), c.consume(UInt8(ascii: "/")),
              let d = c.digits(min: 1, max: 2), c.consume(UInt8(ascii: "/")) else { return nil }
        let start = c.index
        guard let y = c.digits(min: 2, max: 4), c.index - start != 3 else { return nil }
        return (c.index - start == 2 ? (y < 70 ? 2000 + y : 1900 + y) : y, m, d)
    }

    /// `H:MM[:SS][.fff]` with an optional ` AM`/` PM`. With `twelveHour`, an hour written without AM/PM is on a
    /// 12-hour clock: 12 reads as 0, and an hour above 12 is unreadable.
    static func clock(_ c: inout ByteCursor, allowMeridiem: Bool, twelveHour: Bool) -> (h: Int, m: Int, s: Int, ms: Int)? {
        guard var h = c.digits(min: 1, max: 2), c.consume(UInt8(ascii: ":")), let m = c.digits(exactly: 2) else { return nil }
        var s = 0, ms = 0
        if c.consume(UInt8(ascii: ":")) {
            guard let sec = c.digits(exactly: 2) else { return nil }
            s = sec
            if c.consume(UInt8(ascii: ".")) || c.consume(UInt8(ascii: ",")) {
                guard let fraction = c.fractionMilliseconds() else { return nil }
                ms = fraction
            }
        }
        if allowMeridiem {
            var probe = c
            probe.skipSpaces()
            if let a = probe.peek, a | 0x20 == UInt8(ascii: "a") || a | 0x20 == UInt8(ascii: "p") {
                probe.advance()
                guard let mch = probe.peek, mch | 0x20 == UInt8(ascii: "m") else { return nil }
                probe.advance()
                guard (1...12).contains(h) else { return nil }
                if a | 0x20 == UInt8(ascii: "a") { if h == 12 { h = 0 } } else if h != 12 { h += 12 }
                c = probe
                return (h, m, s, ms)
            }
        }
        if twelveHour {
            guard h <= 12 else { return nil }
            h %= 12
        }
        return (h, m, s, ms)
    }
}

/// A read position in a byte buffer, with the few moves the timestamp and number parsers need.
struct ByteCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        self.index = 0
    }

    var atEnd: Bool { index >= bytes.count }
    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }
    mutating func advance() { index += 1 }

    mutating func consume(_ byte: UInt8) -> Bool {
        if index < bytes.count, bytes[index] == byte { index += 1; return true }
        return false
    }

    mutating func skipSpaces() {
        while index < bytes.count, bytes[index] == 32 || bytes[index] == 9 { index += 1 }
    }

    mutating func digits(exactly n: Int) -> Int? { digits(min: n, max: n) }

    mutating func digits(min: Int, max: Int) -> Int? {
        var value = 0, count = 0
        while count < max, index < bytes.count {
            let b = bytes[index]
            guard b >= 48, b <= 57 else { break }
            value = value * 10 + Int(b - 48)
            index += 1
            count += 1
        }
        return count >= min ? value : nil
    }

    /// Digits after a decimal point as milliseconds (`5` → 500, `25` → 250, `123456` → 123; digits past the
    /// third are read and dropped); nil when there is no digit.
    mutating func fractionMilliseconds() -> Int? {
        var ms = 0, scale = 100, count = 0
        while let b = peek, b >= 48, b <= 57 {
            if count < 3 { ms += Int(b - 48) * scale; scale /= 10 }
            count += 1
            advance()
        }
        return count > 0 ? ms : nil
    }
}
