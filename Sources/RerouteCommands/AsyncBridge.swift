import Dispatch

/// Runs async library code from the synchronous `reroute` command tree (its `main` is synchronous).
enum AsyncBridge {
    /// Holds the outcome between the task and the waiting thread.
    /// `@unchecked Sendable`: `result` is written once by the task before `semaphore.signal()` and read only after
    /// `semaphore.wait()` returns, so the semaphore orders the write before the read.
    private final class Outcome<T>: @unchecked Sendable {
        var result: Result<T, any Error>?
    }

    /// Runs `body` on the concurrency pool and blocks the calling thread until it finishes.
    static func run<T>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        let outcome = Outcome<T>()
        let semaphore = DispatchSemaphore(value: 0)
        Task {
            do { outcome.result = .success(try await body()) } catch { outcome.result = .failure(error) }
            semaphore.signal()
        }
        semaphore.wait()
        // The task sets `result` on every path before signalling; an absent result can only mean it was cancelled.
        guard let result = outcome.result else { throw CancellationError() }
        return try result.get()
    }
}
