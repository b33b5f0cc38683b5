import Foundation

/// What a believable call looks like: the window its timestamps must fall in, the longest duration kept in
/// medians, how far from the bulk of the data a call may lie and still set the period, and how many physical
/// lines one CSV record may span, and how long one field may be.
///
/// Set by a profile's `plausibility` section (docs/profile-format.md); every bound has a default, so one
/// mistyped year (2099, 0001, 9999) cannot stretch the period or rescale the yearly figures:
/// - a row whose created time is outside [``earliest``, ``latest``] is rejected (file, line, reason);
/// - another timestamp outside the window is counted (`timestamp outside the plausible window`) and left out;
/// - a duration (created → dispatched → arrived → cleared) longer than ``maximumDuration`` is counted
///   (`duration beyond the plausible bound`) and its later timestamp left out, so it never reaches a median;
/// - a created day separated from the bulk of the data by more than ``outlierGapDays`` empty days is counted
///   (`created time far outside the data's coverage`) and kept out of the period (see `CallSummary`).
/// - a row with a field longer than ``maximumFieldBytes`` is rejected (file, line, reason naming the field and
///   the limit), so rows read = accepted + rejected + excluded still holds.
public struct Plausibility: Sendable, Equatable {
    /// The earliest plausible timestamp (default 1990-01-01 00:00).
    public var earliest: LocalTime
    /// The latest plausible timestamp; nil: the end of the day after the run's date (UTC).
    public var latest: LocalTime?
    /// The longest plausible step between two of a call's timestamps, in milliseconds (default 7 days).
    public var maximumDuration: Int64
    /// Empty days that separate the bulk of the data from an outlying day (default 30).
    public var outlierGapDays: Int
    /// The most physical lines one CSV record may span (default ``CSVLineBreakRule/defaultMaximumLines``).
    public var maximumRecordLines: Int
    /// The longest field, in bytes, a row may hold; a row with a longer field is rejected (default
    /// ``defaultMaximumFieldBytes``). Checked on every field of every row by comparing the length the scanner
    /// already has, so it costs nothing measurable.
    public var maximumFieldBytes: Int

    public static let defaultEarliest = LocalTime(milliseconds: Int64(LocalTime.daysFromCivil(year: 1990, month: 1, day: 1)) * 86_400_000)
    public static let defaultMaximumDuration: Int64 = 7 * 86_400_000
    /// 32,767 bytes: a spreadsheet cell's limit, far above any real CAD field (narratives run to a few thousand).
    public static let defaultMaximumFieldBytes = 32_767

    public init(earliest: LocalTime = Plausibility.defaultEarliest, latest: LocalTime? = nil,
                maximumDuration: Int64 = Plausibility.defaultMaximumDuration, outlierGapDays: Int = 30, maximumRecordLines: Int = 32,
                maximumFieldBytes: Int = Plausibility.defaultMaximumFieldBytes) {
        self.earliest = earliest
        self.latest = latest
        self.maximumDuration = maximumDuration
        self.outlierGapDays = outlierGapDays
        self.maximumRecordLines = maximumRecordLines
        self.maximumFieldBytes = maximumFieldBytes
    }

    /// The latest plausible timestamp for a run at `now`: ``latest``, or the end of the day after `now`'s date.
    public func latest(now: Date = Date()) -> LocalTime {
        if let latest { return latest }
        let today = Int((now.timeIntervalSince1970 / 86_400).rounded(.down))
        return LocalTime(milliseconds: Int64(today + 2) * 86_400_000 - 1)
    }
}
