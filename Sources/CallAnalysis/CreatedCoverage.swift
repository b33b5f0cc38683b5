import CallRecords

/// Calls created on one calendar day: how many, and the first and last created time (``LocalTime`` milliseconds).
public struct CreatedDay: Sendable, Equatable {
    public var calls = 0
    public var first = Int64.max
    public var last = Int64.min

    public init() {}

    mutating func add(_ created: Int64) {
        calls += 1
        first = min(first, created)
        last = max(last, created)
    }

    mutating func merge(_ o: CreatedDay) {
        calls += o.calls
        first = min(first, o.first)
        last = max(last, o.last)
    }
}

/// The period of a dataset from its coverage, never from one outlier (issue 12).
///
/// The days that hold calls are split into runs wherever more than `gapDays` days in a row hold none. A run
/// holding under 2% of the calls that lies before or after every larger run is outlying (one mistyped year, a
/// test call dated years off): its calls are counted (data quality `created time far outside the data's
/// coverage`) and kept out of the period, so the number of days, and with it every per-day and per-year
/// figure, is the bulk's. Runs between two substantial runs stay inside the period.
public enum CreatedCoverage {
    /// The period's first and last created time and the calls outside it, or nil for no calls.
    public static func period(of days: [Int: CreatedDay], gapDays: Int) -> (first: Int64, last: Int64, outside: Int)? {
        let sorted = days.keys.sorted()
        guard !sorted.isEmpty else { return nil }
        let total = days.values.reduce(0) { $0 + $1.calls }
        // Runs of days with calls, split at gaps longer than gapDays.
        var runs: [(start: Int, end: Int, calls: Int)] = []
        for day in sorted {
            let n = days[day]?.calls ?? 0
            if let last = runs.last, day - last.end - 1 <= gapDays {
                runs[runs.count - 1].end = day
                runs[runs.count - 1].calls += n
            } else {
                runs.append((day, day, n))
            }
        }
        let substantial = runs.indices.filter { runs[$0].calls * 50 >= total }
        // There is always a run with at least 2% of the calls when there are at most 50 runs; otherwise keep all.
        guard let firstRun = substantial.first, let lastRun = substantial.last else {
            return (days[sorted[0]]?.first ?? 0, days[sorted[sorted.count - 1]]?.last ?? 0, 0)
        }
        let startDay = runs[firstRun].start, endDay = runs[lastRun].end
        var first = Int64.max, last = Int64.min, outside = 0
        for (day, d) in days {
            if day < startDay || day > endDay { outside += d.calls; continue }
            first = min(first, d.first)
            last = max(last, d.last)
        }
        return (first, last, outside)
    }
}
