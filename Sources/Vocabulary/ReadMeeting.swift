import Foundation

/// Where two threads reading one file meet, settled while they read.
///
/// The first thread reads records from the start of the file; the second first counts quotes and line ends from
/// the start (which it must, to know the line numbers of the records it will read) and then reads from where it
/// stopped counting to the end. Counting is several times faster than reading, so the second thread stops counting
/// at the offset that leaves both threads the same number of bytes to read: half-way between where the first
/// thread has got to and the end of the file (``balancedOffset(fileSize:)``). It then settles the meeting at the
/// first record start after that offset, and the first thread's scanner, which looks at the meeting every time it
/// moves its window, stops there.
///
/// Why not split at the middle: the second thread's count of the first half delayed its start by about a fifth
/// of a half's reading, and the first thread then sat idle at the end for as long (issue 11, 10M rows).
///
/// If the first thread has already passed the settled offset when it looks (it cannot when the file is large,
/// since the offset is at least half the remaining bytes ahead of it), it stops at a later record start, and the
/// caller, comparing the two, drops the second thread's work and reads on in order: the answer is the same.
public final class ReadMeeting: @unchecked Sendable {
    // @unchecked: every access to the two offsets holds `lock`.
    private let lock = NSLock()
    private var firstReached = 0
    private var settledOffset: Int?

    public init() {}

    /// The first thread has read up to `offset`.
    public func reached(_ offset: Int) {
        lock.lock(); defer { lock.unlock() }
        firstReached = max(firstReached, offset)
    }

    /// The record start where the first thread stops and the second starts, once settled.
    public var settled: Int? {
        lock.lock(); defer { lock.unlock() }
        return settledOffset
    }

    /// Where the second thread should stop counting now: half-way from where the first thread has got to the end
    /// of a file of `fileSize` bytes, which leaves both as much to read. It moves on as the first thread reads.
    public func balancedOffset(fileSize: Int) -> Int {
        lock.lock(); defer { lock.unlock() }
        return firstReached + (fileSize - firstReached) / 2
    }

    /// Settles the meeting at the record start `offset`, unless the first thread is already within `margin` bytes
    /// of it (it might not look again before passing it): then the first thread reads on to the end alone.
    /// - Returns: whether the meeting is settled at `offset`.
    public func settle(at offset: Int, margin: Int) -> Bool {
        lock.lock(); defer { lock.unlock() }
        guard settledOffset == nil, offset - firstReached > margin else { return false }
        settledOffset = offset
        return true
    }
}
