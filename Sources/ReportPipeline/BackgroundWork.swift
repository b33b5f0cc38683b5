import Foundation

/// A computation started on another thread, whose value (or error) is taken when it is needed.
///
/// `reroute report` makes the plan and the staffing study this way while its own thread screens the narratives and
/// writes the tables (issue 11). The work gets its inputs as values and shares nothing with the thread that started
/// it. Dropping the handle waits for the work to end, so a run that stops early (an error thrown before
/// ``result()``) leaves no work running behind it.
final class BackgroundWork<Value> {
    /// The work's outcome, written once by the work before it leaves ``group``.
    private final class Outcome: @unchecked Sendable {
        // @unchecked: `result` is written only by the work, before `group.leave()`, and read only after
        // `group.wait()`, which orders the two.
        var result: Result<Value, any Error> = .failure(Unfinished())
    }

    /// The outcome of work that has not run (never seen: ``result()`` waits first).
    private struct Unfinished: Error {}

    private let group = DispatchGroup()
    private let outcome = Outcome()

    /// Starts `work` on a global queue.
    init(_ work: @escaping @Sendable () throws -> Value) {
        let outcome = outcome, group = group
        group.enter()
        DispatchQueue.global().async {
            outcome.result = Result { try work() }
            group.leave()
        }
    }

    /// Waits for the work and returns its value.
    /// - Throws: what the work threw.
    func result() throws -> Value {
        group.wait()
        return try outcome.result.get()
    }

    deinit { group.wait() }
}
