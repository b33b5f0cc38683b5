/// Spreadsheet serial dates (`timestamps.format: spreadsheet-serial`): what Excel and LibreOffice write when a
/// date column is saved as a number, e.g. `44317.57291` = 2021-05-01 13:44:59.
///
/// The 1900 date system: day 1 is 1900-01-01 and the integer part counts days, the fraction the time of day. Excel
/// also counts a 29 February 1900 that never was (day 60), so from day 61 (1900-03-01) on day N is N days after
/// 1899-12-30, and below 60 it is N days after 1899-12-31; day 60 itself names no real date and is unreadable.
/// Serials are wall-clock times with no zone: they are taken as times of the profile's time zone.
enum SpreadsheetSerial {
    /// 1899-12-30 as a day number since 1970-01-01.
    static let epoch = LocalTime.daysFromCivil(year: 1899, month: 12, day: 30)

    /// The day number of a whole serial, or nil for 0, 60 (Excel's 1900-02-29) and negative values.
    static func dayNumber(serial: Int) -> Int? {
        switch serial {
        case 61...: epoch + serial
        case 1..<60: epoch + serial + 1
        default: nil
        }
    }

    /// Reads `DDDDD[.fffff]` (a whole day and an optional fraction of a day), rounded to the millisecond.
    static func parse(_ c: inout ByteCursor) -> LocalTime? {
        guard let whole = c.digits(min: 1, max: 7) else { return nil }
        var fraction = 0.0
        if c.consume(UInt8(ascii: ".")) {
            guard let f = digitsAsFraction(&c) else { return nil }
            fraction = f
        }
        c.skipSpaces()
        guard c.atEnd, let day = dayNumber(serial: whole) else { return nil }
        // A fraction that rounds up to a whole day is the next midnight.
        let ms = Int64((fraction * 86_400_000).rounded())
        return LocalTime(milliseconds: Int64(day) * 86_400_000 + ms)
    }

    /// A time-of-day column written as a fraction of a day (`0.57291`), in milliseconds after midnight.
    static func timeOfDay(_ c: inout ByteCursor) -> Int64? {
        var probe = c
        guard probe.digits(min: 1, max: 1) == 0, probe.consume(UInt8(ascii: ".")) else { return nil }
        guard let fraction = digitsAsFraction(&probe) else { return nil }
        probe.skipSpaces()
        guard probe.atEnd else { return nil }
        c = probe
        let ms = Int64((fraction * 86_400_000).rounded())
        return ms < 86_400_000 ? ms : nil
    }

    /// The digits after a decimal point as a fraction (`5729` → 0.5729); nil when there are none.
    private static func digitsAsFraction(_ c: inout ByteCursor) -> Double? {
        var numerator: Int64 = 0, denominator: Int64 = 1, count = 0
        while let b = c.peek, b >= 48, b <= 57 {
            if count < 15 { numerator = numerator * 10 + Int64(b - 48); denominator *= 10 }
            count += 1
            c.advance()
        }
        return count > 0 ? Double(numerator) / Double(denominator) : nil
    }
}
