#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only view of a regular file through one memory mapping that moves along it, window by window.
///
/// Why: the record-boundary pass (and the CSV scanner when asked, ``CSVScanner/init(path:startOffset:stopOffset:chunkSize:mapsFile:)``)
/// reads every byte of a stretch of an export; through `read()` the kernel copies each byte into the program's
/// buffer first. A mapping lets the reader read the page cache in place, but it is not free: faulting in and
/// unmapping each page cost the 10M-row report more CPU than the copy into a one-megabyte buffer (the scanner's
/// default since the sixth session of 2026-12-07, Benchmarks/report/RESULTS.md). Only one window is mapped at a
/// time, and moving it unmaps the last, so the process's resident memory stays at one window however large the
/// file. No library in the project's list maps files; Foundation's `Data(contentsOf:options: .alwaysMapped)`
/// maps a whole file at once, which would count the whole file in the resident memory as it is read.
///
/// A file that shrinks while it is mapped makes the pages beyond its new end unreadable (the process would stop
/// on SIGBUS): exports are read once they are written, as with any reader of the file.
final class FileWindow {
    static let pageSize = max(4096, Int(sysconf(Int32(_SC_PAGESIZE))))
    /// The usual window: a megabyte costs one mapping per 250 pages (nothing per byte), and the pages of one
    /// window are all that a reader adds to the process's resident memory.
    static let standardLength = 1 << 20

    /// The file's size when the window was opened; nothing beyond it is mapped.
    let fileSize: Int
    private let descriptor: Int32
    private var base: UnsafeMutableRawPointer?
    private var mappedLength = 0

    /// A window on the open file `descriptor` (which the caller keeps open and closes), or nil when it is not a
    /// regular non-empty file (a pipe, a device): those are read with `read()`.
    init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 else { return nil }
        self.descriptor = descriptor
        self.fileSize = Int(info.st_size)
    }

    deinit { unmap() }

    /// Maps `[offset, offset + length)`, cut at the end of the file, and unmaps the previous window.
    /// - Returns: the bytes mapped from `offset` on, or nil when the range is empty or the mapping fails (the
    ///   previous window then stays mapped, so the caller can still copy from it).
    func move(to offset: Int, length: Int) -> UnsafeBufferPointer<UInt8>? {
        let aligned = offset & ~(Self.pageSize - 1)
        let end = min(fileSize, offset + length)
        guard offset >= 0, end > offset else { return nil }
        let total = end - aligned
        #if os(Linux)
        // Pages faulted in at once (the file is read front to back anyway): no page fault per page.
        let flags = MAP_PRIVATE | MAP_POPULATE
        #else
        let flags = MAP_PRIVATE
        #endif
        guard let p = mmap(nil, total, PROT_READ, flags, descriptor, off_t(aligned)),
              p != UnsafeMutableRawPointer(bitPattern: -1) else { return nil }
        _ = madvise(p, total, MADV_SEQUENTIAL)
        unmap()
        base = p
        mappedLength = total
        return UnsafeBufferPointer(start: (p + (offset - aligned)).assumingMemoryBound(to: UInt8.self), count: end - offset)
    }

    /// Unmaps the current window, if any.
    func unmap() {
        if let base { munmap(base, mappedLength) }
        base = nil
        mappedLength = 0
    }
}
