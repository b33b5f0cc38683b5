import Foundation

/// A growable byte buffer with the few formatters the generator needs (integers, fixed-point degrees,
/// timestamps, CSV fields). Formatting writes digits directly: no `String` is built per field.
struct ByteBuffer: Sendable {
    /// The bytes written so far.
    var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    @inline(__always) mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append(_ other: [UInt8]) {
        bytes.append(contentsOf: other)
    }

    /// Appends a non-negative or negative integer in decimal.
    mutating func appendInt(_ value: Int) {
        var v = value
        if v < 0 {
            bytes.append(UInt8(ascii: "-"))
            v = -v
        }
        if v < 10 {
            bytes.append(UInt8(48 + v))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { raw in
            while v > 0 {
                raw[count] = UInt8(48 + v % 10)
                v /= 10
                count += 1
            }
            for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(raw[i]) }
        }
    }

    /// Appends a zero-padded two-digit number (0-99).
    @inline(__always) mutating func appendTwoDigits(_ v: Int) {
        bytes.append(UInt8(48 + v / 10))
        bytes.append(UInt8(48 + v % 10))
    }

    /// Appends micro-degrees as a decimal degree with six decimals, e.g. -87930000 → `-87.930000`.
    mutating func appendMicroDegrees(_ micro: Int32) {
        var v = Int(micro)
        if v < 0 {
            bytes.append(UInt8(ascii: "-"))
            v = -v
        }
        appendInt(v / 1_000_000)
        bytes.append(UInt8(ascii: "."))
        var fraction = v % 1_000_000
        var divisor = 100_000
        for _ in 0..<6 {
            bytes.append(UInt8(48 + fraction / divisor))
            fraction %= divisor
            divisor /= 10
        }
    }

    /// Appends a CSV field, quoting it (RFC 4180) only when it holds a comma, quote, CR or LF.
    mutating func appendField(_ field: [UInt8]) {
        var needsQuotes = false
        for b in field where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            bytes.append(contentsOf: field)
            return
        }
        bytes.append(0x22)
        for b in field {
            bytes.append(b)
            if b == 0x22 { bytes.append(0x22) }
        }
        bytes.append(0x22)
    }
}

/// Calendar arithmetic for the naive local timestamps of the demo year (no time zones, no daylight saving).
enum DemoCalendar {
    /// The year generated.
    static let year = 2021
    /// Seconds in the demo year (2021 is not a leap year).
    static let secondsInYear = 365 * 86_400
    /// Weekday of 1 January 2021, with Monday = 0: a Friday.
    static let firstWeekday = 4
    /// Days in each month of a non-leap year.
    static let monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    /// Cumulative day of year at the start of each month, plus the start of the next year (365).
    static let monthStarts: [Int] = {
        var starts = [0]
        for d in monthDays { starts.append(starts.last! + d) }
        return starts
    }()

    /// Weekday (Monday = 0) of a day of 2021 (0-based).
    static func weekday(ofDay day: Int) -> Int {
        (firstWeekday + day) % 7
    }
}

extension ByteBuffer {
    /// Appends `YYYY-MM-DD HH:MM:SS` for a number of seconds since 2021-01-01 00:00:00 (naive local time).
    /// Values past the end of 2021 roll into 2022 (calls created late on 31 December clear in the new year).
    mutating func appendTimestamp(secondsSinceYearStart seconds: Int) {
        var year = DemoCalendar.year
        var day = seconds / 86_400
        let secondOfDay = seconds % 86_400
        if day >= 365 {
            year += 1
            day -= 365
        }
        var month = 0
        while month < 11 && DemoCalendar.monthStarts[month + 1] <= day { month += 1 }
        appendInt(year)
        bytes.append(UInt8(ascii: "-"))
        appendTwoDigits(month + 1)
        bytes.append(UInt8(ascii: "-"))
        appendTwoDigits(day - DemoCalendar.monthStarts[month] + 1)
        bytes.append(UInt8(ascii: " "))
        appendTwoDigits(secondOfDay / 3600)
        bytes.append(UInt8(ascii: ":"))
        appendTwoDigits(secondOfDay / 60 % 60)
        bytes.append(UInt8(ascii: ":"))
        appendTwoDigits(secondOfDay % 60)
    }
}
