/// Hours of the week: index 0 = Monday 00:00–01:00 … 167 = Sunday 23:00–24:00 (weekday 1 = Monday … 7 = Sunday).
public enum WeekHour {
    /// Weekday names, Monday first.
    public static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// Index of (weekday 1…7, hour 0…23).
    public static func index(weekday: Int, hour: Int) -> Int { (weekday - 1) * 24 + hour }

    /// "Mon 06:00" for an hour of the week, "06:00" for an hour of a day.
    public static func label(hourOfCycle h: Int) -> String {
        let hh = h % 24
        let clock = (hh < 10 ? "0" : "") + "\(hh):00"
        return h >= 24 ? "\(weekdayNames[(h / 24) % 7].prefix(3)) \(clock)" : clock
    }

    /// Weekday (1 = Monday … 7 = Sunday) of a proleptic Gregorian date.
    public static func weekday(year: Int, month: Int, day: Int) -> Int {
        // Days since 1970-01-01 (a Thursday), Howard Hinnant's days_from_civil.
        let days = daysFromCivil(year: year, month: month, day: day)
        return ((days % 7 + 7) % 7 + 3) % 7 + 1
    }

    /// Days since 1970-01-01.
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
