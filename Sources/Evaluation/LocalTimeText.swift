import CallRecords

/// A wall-clock time read from the records database's text form (`YYYY-MM-DDTHH:MM[:SS]` or `YYYY-MM-DD`),
/// with the calendar keys the dashboards group by.
public struct LocalTimeText: Sendable, Hashable, Comparable {
    public let time: LocalTime

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS` (a space may stand for the `T`); nil otherwise.
    public init?(_ text: String?) {
        guard let text else { return nil }
        let bytes = Array(text.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var value = 0
            for b in bytes[from..<(from + count)] {
                guard b >= 48, b <= 57 else { return nil }
                value = value * 10 + Int(b - 48)
            }
            return value
        }
        guard bytes.count >= 10, bytes[4] == 45, bytes[7] == 45, let year = number(0, 4), let month = number(5, 2), let day = number(8, 2) else { return nil }
        var hour = 0, minute = 0, second = 0
        if bytes.count >= 16 {
            guard let h = number(11, 2), let m = number(14, 2) else { return nil }
            hour = h
            minute = m
            if bytes.count >= 19, let s = number(17, 2) { second = s }
        }
        guard let time = LocalTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second) else { return nil }
        self.time = time
    }

    public init(_ time: LocalTime) { self.time = time }

    public static func < (a: Self, b: Self) -> Bool { a.time < b.time }

    public var civil: (year: Int, month: Int, day: Int) { LocalTime.civil(dayNumber: time.dayNumber) }
    public var year: Int { civil.year }
    /// `YYYY-MM`.
    public var monthKey: String {
        let c = civil
        return String(format: "%04d-%02d", c.year, c.month)
    }
    /// The Monday that starts the week, `YYYY-MM-DD`.
    public var weekKey: String {
        let monday = time.dayNumber - (time.isoWeekday - 1)
        let c = LocalTime.civil(dayNumber: monday)
        return String(format: "%04d-%02d-%02d", c.year, c.month, c.day)
    }
    /// `YYYY-MM-DD`.
    public var dayKey: String {
        let c = civil
        return String(format: "%04d-%02d-%02d", c.year, c.month, c.day)
    }
    public var hour: Int { time.hour }

    /// Minutes from `self` to `later` (negative when `later` is earlier).
    public func minutes(until later: LocalTimeText) -> Double { Double(later.time.milliseconds - time.milliseconds) / 60_000 }
}

/// Month arithmetic on `YYYY-MM` keys.
public enum MonthKey {
    /// The number of months since year 0 (`year × 12 + month − 1`), nil for a malformed key.
    public static func index(_ key: String) -> Int? {
        let parts = key.split(separator: "-")
        guard parts.count >= 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        return y * 12 + m - 1
    }

    /// The key of a month index.
    public static func key(_ index: Int) -> String { String(format: "%04d-%02d", index / 12, index % 12 + 1) }
}
