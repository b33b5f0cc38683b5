/// A wall-clock time in the study's time zone, stored as milliseconds since 1970-01-01 00:00 of that
/// wall clock (no time zone, no daylight-saving shift): differences are plain arithmetic on the clock
/// readings, as in the exports themselves.
public struct LocalTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00 of the local wall clock.
    public var milliseconds: Int64

    @inlinable public init(milliseconds: Int64) { self.milliseconds = milliseconds }

    /// Builds a time from calendar fields, or nil when they do not name a real date and time.
    public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, millisecond: Int = 0) {
        guard (1...12).contains(month), day >= 1, day <= LocalTime.daysIn(month: month, year: year),
              (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second),
              (0...999).contains(millisecond) else { return nil }
        let days = LocalTime.daysFromCivil(year: year, month: month, day: day)
        milliseconds = ((Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second)) * 1000) + Int64(millisecond)
    }

    public static func < (a: LocalTime, b: LocalTime) -> Bool { a.milliseconds < b.milliseconds }

    /// Whole days since 1970-01-01 (floor).
    public var dayNumber: Int { Int((milliseconds >= 0 ? milliseconds : milliseconds - 86_399_999) / 86_400_000) }
    /// Hour of the day, 0-23.
    public var hour: Int { Int((milliseconds - Int64(dayNumber) * 86_400_000) / 3_600_000) }
    /// ISO weekday: 1 = Monday ... 7 = Sunday.
    public var isoWeekday: Int { LocalTime.isoWeekday(dayNumber: dayNumber) }
    /// Hour of the week, 0-167: `(isoWeekday - 1) * 24 + hour`, from one floor division (counted for every row).
    @inlinable
    public var weekHour: Int {
        let day = Int((milliseconds >= 0 ? milliseconds : milliseconds - 86_399_999) / 86_400_000)
        return (LocalTime.isoWeekday(dayNumber: day) - 1) * 24 + Int((milliseconds - Int64(day) * 86_400_000) / 3_600_000)
    }

    /// ISO weekday of a day number (1970-01-01 was a Thursday).
    @inlinable
    public static func isoWeekday(dayNumber: Int) -> Int { ((dayNumber + 3) % 7 + 7) % 7 + 1 }

    /// Calendar fields (year, month, day) of a day number.
    public static func civil(dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// Day number of a calendar date (proleptic Gregorian).
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `YYYY-MM-DDTHH:MM:SS` (with `.mmm` when there are milliseconds).
    public var description: String {
        let (y, m, d) = LocalTime.civil(dayNumber: dayNumber)
        let msOfDay = milliseconds - Int64(dayNumber) * 86_400_000
        let s = Int(msOfDay / 1000), ms = Int(msOfDay % 1000)
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        var text = "\(y)-\(two(m))-\(two(d))T\(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60))"
        if ms != 0 { text += "." + String(String(ms + 1000).dropFirst()) }
        return text
    }
}
