#if canImport(Glibc)
import Glibc
#endif

/// Gives memory the program has freed back to the system.
///
/// glibc's allocator keeps freed memory in its arenas (one per thread that allocated) for later allocations, so after
/// the read's two parts and the screening threads are done, their freed buffers still count in the resident set
/// while the report's later stages allocate anew. `reroute report` calls this between stages to keep its peak flat
/// (issue 11: under 150 MB at 1M rows). Elsewhere it does nothing.
enum FreedMemory {
    /// Returns the allocator's free memory to the system (`malloc_trim(0)` with glibc).
    static func returnToSystem() {
        #if canImport(Glibc)
        if let trim { _ = trim(0) }
        #endif
    }

    /// Serves blocks below 16 MB from the allocator's arenas instead of fresh mappings, and keeps up to 32 MB free
    /// at the top of an arena instead of returning it at each `free` (`mallopt(M_MMAP_THRESHOLD)` and
    /// `mallopt(M_TRIM_THRESHOLD)` with glibc).
    ///
    /// Resolving a duplicate policy allocates and frees a few megabytes per hash partition, 64 times; as fresh
    /// memory every page of each faulted anew (perf, 10M rows: the policy `last` took 0.2 s to resolve instead of
    /// 0.1). glibc sets both thresholds this way by itself after the first large block is freed, which the read's
    /// counting pass used to do before the read no longer needed it (ninth session); this says it outright. What the
    /// arenas keep goes back to the system at ``returnToSystem()``, which the report calls between stages.
    static func reuseFreedBlocks() {
        #if canImport(Glibc)
        if let option {
            _ = option(-3 /* M_MMAP_THRESHOLD */, 16 << 20)
            _ = option(-1 /* M_TRIM_THRESHOLD */, 32 << 20)
        }
        #endif
    }

    #if canImport(Glibc)
    /// glibc's `mallopt`, looked up at run time like ``trim``.
    private static let option: (@convention(c) (Int32, Int32) -> Int32)? = dlsym(nil, "mallopt").map {
        unsafeBitCast($0, to: (@convention(c) (Int32, Int32) -> Int32).self)
    }

    /// glibc's `malloc_trim`, looked up at run time: Swift's Glibc module does not import `<malloc.h>`. Nil when the C
    /// library has none (another libc), and then nothing is trimmed.
    private static let trim: (@convention(c) (Int) -> Int32)? = dlsym(nil, "malloc_trim").map {
        unsafeBitCast($0, to: (@convention(c) (Int) -> Int32).self)
    }
    #endif
}
