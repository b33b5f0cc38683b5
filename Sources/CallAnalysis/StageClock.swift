import Foundation
import Vocabulary

/// Wall-clock time per named stage of a run, for profiling large reports.
///
/// Stages are timed always (it costs two clock reads); with the environment variable `REROUTE_STAGE_TIMES`
/// set, each finished stage prints `stage NAME SECONDS s` to standard error. Any thread may report a stage.
public final class StageClock: @unchecked Sendable {
    // @unchecked: every access to `times` holds `lock`.
    public static let shared = StageClock(printing: ProcessInfo.processInfo.environment["REROUTE_STAGE_TIMES"] != nil)
    private let lock = NSLock()
    private var times: [(name: String, seconds: Double)] = []
    private let printing: Bool

    public init(printing: Bool) { self.printing = printing }

    /// Runs `body` as the stage `name` and records how long it took.
    public func measure<T, E: Error>(_ name: String, _ body: () throws(E) -> T) throws(E) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer { record(name, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9) }
        return try body()
    }

    /// Records a stage timed elsewhere.
    public func record(_ name: String, seconds: Double) {
        lock.lock()
        times.append((name, seconds))
        lock.unlock()
        if printing { StandardStream.error("stage \(name) \(String(format: "%.3f", seconds)) s\n") }
    }

    /// The stages recorded so far, in the order they finished.
    public var stages: [(name: String, seconds: Double)] {
        lock.lock()
        defer { lock.unlock() }
        return times
    }
}
