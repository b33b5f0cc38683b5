/// The times of one call on a 12-hour clock written without AM/PM (`timestamps.clock: 12h-no-meridiem`).
///
/// Each time was read with its hour modulo 12, so a call's later times may read earlier than the ones before them
/// (created 11:50, dispatched "12:05" read as 0:05). Each later time is put at the shortest non-negative step,
/// modulo 12 hours, after the time before it: durations are right whenever a step is shorter than 12 hours, which
/// the plausibility bound on durations cannot check here and the run's warning states.
enum TwelveHourClock {
    static let halfDay: Int64 = 43_200_000

    /// Moves `dispatched`, `enRoute`, `arrived` and `cleared` (those present) to follow the time before them.
    static func anchor(_ row: inout CallRow) {
        var previous = row.created
        func follow(_ t: inout Int64) {
            guard t != CallRow.missingTime else { return }
            let step = ((t - previous) % halfDay + halfDay) % halfDay
            t = previous + step
            previous = t
        }
        follow(&row.dispatched)
        follow(&row.enRoute)
        follow(&row.arrived)
        follow(&row.cleared)
    }
}
