import Foundation
import Vocabulary

/// What decides which row of an incident the duplicate policy keeps, in 32 bytes: no text, no row.
///
/// A row's own time is the latest time it records (created, dispatched, en route, arrived or cleared): a
/// later status of the same incident records more of it. `first` keeps the row with the smallest key,
/// `last` the largest, comparing the time and then the position (file in argument order, then line), so the
/// answer does not depend on the order the files are named in when the rows carry different times.
public struct IncidentKey: Sendable, Equatable, BitwiseCopyable {
    public var hash: UInt64
    public var time: Int64
    public var created: Int64
    /// `file << 32 | line`: the row's place in reading order.
    public var position: UInt64

    public init(hash: UInt64, row: CallRow) {
        self.hash = hash
        // A missing time is ``CallRow/missingTime`` (Int64.min), so the largest value is the latest time recorded.
        self.time = max(max(row.created, row.dispatched), max(max(row.enRoute, row.arrived), row.cleared))
        self.created = row.created
        self.position = UInt64(UInt32(bitPattern: row.file)) << 32 | UInt64(UInt32(bitPattern: row.line))
    }

    public var file: Int { Int(position >> 32) }
    public var line: Int { Int(position & 0xFFFF_FFFF) }

    /// Hash, then time, then position.
    @inline(__always) static func ordered(_ a: IncidentKey, _ b: IncidentKey) -> Bool {
        if a.hash != b.hash { return a.hash < b.hash }
        if a.time != b.time { return a.time < b.time }
        return a.position < b.position
    }
}

/// The incident keys of one part of a read, partitioned by hash, held in memory up to a budget and spilled
/// to temporary files beyond it (so memory does not grow with the number of distinct incidents).
///
/// Why this design: the analyses are additive counts, so every accepted row is tallied as it is read (as with
/// the policy `all`, in parallel parts) and only the 32-byte ``IncidentKey`` of each row is kept aside. After
/// the read, ``IncidentResolution/resolve(_:policy:files:)`` sorts each hash partition on its own (one
/// partition in memory at a time), finds the rows the policy drops, and the caller subtracts those rows
/// (re-read by line) from the tallies. A file without repeated incidents is never read twice.
public final class IncidentKeyStore {
    public static let partitionCount = 64
    /// Keys held in memory before the buffers are written out.
    public let budget: Int
    // @exclusivity(unchecked): `add` runs once per accepted row and a store belongs to one reading thread; the
    // runtime's access checks on these three properties were about 2% of the report's read (perf, 1M rows).
    @exclusivity(unchecked) private var buffers: [[IncidentKey]]
    /// With ``hashesOnly``, the ids' hashes alone, partitioned like ``buffers``.
    @exclusivity(unchecked) private var hashBuffers: [[UInt64]]
    /// Whether only the hashes are kept: the policy `all` keeps every row and needs only the number of repeated
    /// ids, so it keeps 8 bytes per row instead of 32 (a quarter of the spill to write, read back and sort).
    public let hashesOnly: Bool
    @exclusivity(unchecked) private var buffered = 0
    private var descriptors: [Int32]
    private var paths: [String]
    private let directory: String
    public private(set) var spilledKeys = 0
    @exclusivity(unchecked) public private(set) var count = 0
    /// Keys held in memory now.
    public var inMemory: Int { buffered }

    /// - Parameters:
    ///   - budget: keys kept in memory (32 bytes each) before spilling to `directory`; with `hashesOnly`, four
    ///     times as many hashes (8 bytes each, the same memory).
    ///   - hashesOnly: keep the hashes alone (enough to count repeats: the policy `all`).
    public init(budget: Int = 1 << 19, directory: String = NSTemporaryDirectory(), hashesOnly: Bool = false) {
        self.budget = max(1, hashesOnly ? budget * 4 : budget)
        self.hashesOnly = hashesOnly
        hashBuffers = Array(repeating: [], count: Self.partitionCount)
        self.directory = directory
        buffers = Array(repeating: [], count: Self.partitionCount)
        descriptors = Array(repeating: -1, count: Self.partitionCount)
        paths = Array(repeating: "", count: Self.partitionCount)
    }

    deinit { removeFiles() }

    @inline(__always) static func partition(of hash: UInt64) -> Int { Int(hash >> 58) }

    /// Adds one row's key; spills when the budget is full.
    /// - Throws: ``InputError/cannotWrite(file:reason:)`` when the temporary folder cannot take the spill.
    public func add(_ key: IncidentKey) throws(InputError) {
        if hashesOnly { hashBuffers[Self.partition(of: key.hash)].append(key.hash) } else { buffers[Self.partition(of: key.hash)].append(key) }
        buffered += 1
        count += 1
        if buffered >= budget { try spill() }
    }

    /// Writes every buffered key to its partition's file.
    public func spill() throws(InputError) {
        for p in 0..<Self.partitionCount where !buffers[p].isEmpty || !hashBuffers[p].isEmpty {
            if descriptors[p] < 0 {
                let path = (directory as NSString).appendingPathComponent("reroute-incidents-\(UUID().uuidString)-\(p).bin")
                let fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_TRUNC, 0o600)
                guard fd >= 0 else { throw .cannotWrite(file: path, reason: String(cString: strerror(errno))) }
                descriptors[p] = fd
                paths[p] = path
            }
            let fd = descriptors[p]
            func writeAll(_ raw: UnsafeRawBufferPointer) -> Bool {
                guard let base = raw.baseAddress else { return true }
                var done = 0
                while done < raw.count {
                    let n = write(fd, base + done, raw.count - done)
                    if n <= 0 { return false }
                    done += n
                }
                return true
            }
            let ok = hashesOnly ? hashBuffers[p].withUnsafeBytes(writeAll) : buffers[p].withUnsafeBytes(writeAll)
            guard ok else { throw .cannotWrite(file: paths[p], reason: String(cString: strerror(errno))) }
            spilledKeys += buffers[p].count + hashBuffers[p].count
            buffers[p].removeAll(keepingCapacity: false)
            hashBuffers[p].removeAll(keepingCapacity: false)
        }
        buffered = 0
    }

    /// Every hash of one partition of a ``hashesOnly`` store (spilled and buffered), in no particular order.
    func hashes(in p: Int) throws(InputError) -> [UInt64] { try withSpilled(p, after: hashBuffers[p]) }

    /// Added to every key's line when keys are read back. The second part of a file read in parts numbers its
    /// rows from line 1, because the lines before it are counted only by the part before it (``AnalysisRun``);
    /// once that part has ended, the caller sets the number of lines before.
    public var lineOffset = 0

    /// Every key of one partition (spilled and buffered), in no particular order, with ``lineOffset`` added.
    func keys(in p: Int) throws(InputError) -> [IncidentKey] {
        var keys: [IncidentKey] = try withSpilled(p, after: buffers[p])
        if lineOffset != 0 {
            let shift = UInt64(lineOffset)
            for i in keys.indices { keys[i].position &+= shift }
        }
        return keys
    }

    /// The values of one partition still in memory followed by those spilled to its file (the store spills one
    /// kind of value: keys, or hashes alone).
    private func withSpilled<Value: BitwiseCopyable>(_ p: Int, after buffered: [Value]) throws(InputError) -> [Value] {
        guard descriptors[p] >= 0 else { return buffered }
        let path = paths[p]
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .readFailed(reason: "cannot read back the temporary file \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        let stride = MemoryLayout<Value>.stride
        let length = lseek(fd, 0, SEEK_END)
        let spilled = Int(length) / stride
        guard length >= 0, lseek(fd, 0, SEEK_SET) == 0 else { throw .readFailed(reason: "cannot read back the temporary file \(path): \(String(cString: strerror(errno)))") }
        // Read straight into the array's storage: no intermediate `Data` and no copy value by value (the policy
        // `last` reads back 32 bytes per row of the export).
        var failure: String?
        let out = [Value](unsafeUninitializedCapacity: buffered.count + spilled) { storage, initialized in
            guard let base = storage.baseAddress else { initialized = 0; return }
            buffered.withUnsafeBufferPointer { b in
                if let from = b.baseAddress { UnsafeMutableRawPointer(base).copyMemory(from: from, byteCount: b.count * stride) }
            }
            let target = UnsafeMutableRawPointer(base + buffered.count)
            let wanted = spilled * stride
            var done = 0
            while done < wanted {
                let n = read(fd, target + done, wanted - done)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { failure = n == 0 ? "it ended early" : String(cString: strerror(errno)); break }
                done += n
            }
            initialized = buffered.count + done / stride
        }
        if let failure { throw .readFailed(reason: "cannot read back the temporary file \(path): \(failure)") }
        return out
    }

    /// Closes and deletes the temporary files.
    public func removeFiles() {
        for p in 0..<Self.partitionCount where descriptors[p] >= 0 {
            close(descriptors[p])
            unlink(paths[p])
            descriptors[p] = -1
        }
    }
}

/// What the duplicate policy decides over every part of a read.
public struct IncidentResolution: Sendable {
    /// Distinct incidents.
    public var distinct = 0
    /// Rows whose incident id was already read earlier (in file order, then line): per file index.
    public var repeatsByFile: [Int] = []
    /// Rows the policy drops: (file index, line), sorted. Empty for `all`.
    public var dropped: [(file: Int, line: Int)] = []
    /// Earliest and latest created time of the rows kept.
    public var firstCreated: Int64?
    public var lastCreated: Int64?

    /// Repeats counted from hashes alone (``IncidentKeyStore/hashesOnly``), in no file of ``repeatsByFile``.
    public var repeatsInNoFile = 0
    public var repeats: Int { repeatsByFile.reduce(0, +) + repeatsInNoFile }

    /// Resolves the policy over the keys of every part, one hash partition at a time on every core.
    /// - Parameter files: the number of input files (for ``repeatsByFile``).
    /// Stores that keep hashes only (``IncidentKeyStore/hashesOnly``) serve the policy `all` alone: they count repeats.
    public static func resolve(_ stores: [IncidentKeyStore], policy: DuplicatePolicy, files: Int) throws(InputError) -> IncidentResolution {
        assert(policy == .all || !stores.contains(where: \.hashesOnly), "hash-only incident stores count repeats for the policy `all` only")
        let n = IncidentKeyStore.partitionCount
        var results = [Result<IncidentResolution, InputError>?](repeating: nil, count: n)
        results.withUnsafeMutableBufferPointer { out in
            // Each partition writes only its own slot; the stores are only read.
            nonisolated(unsafe) let slots = out
            nonisolated(unsafe) let parts = stores
            DispatchQueue.concurrentPerform(iterations: n) { p in
                do throws(InputError) {
                    if parts.allSatisfy(\.hashesOnly) {
                        var hashes: [UInt64] = []
                        for s in parts { hashes += try s.hashes(in: p) }
                        slots[p] = .success(countRepeats(hashes, files: files))
                        return
                    }
                    var keys: [IncidentKey] = []
                    for s in parts { keys += try s.keys(in: p) }
                    slots[p] = .success(resolvePartition(keys, policy: policy, files: files))
                } catch { slots[p] = .failure(error) }
            }
        }
        var total = IncidentResolution()
        total.repeatsByFile = Array(repeating: 0, count: files)
        for r in results {
            guard let r else { continue }
            let part = try r.get()
            total.distinct += part.distinct
            for i in 0..<files { total.repeatsByFile[i] += part.repeatsByFile[i] }
            total.repeatsInNoFile += part.repeatsInNoFile
            total.dropped += part.dropped
            if let f = part.firstCreated { total.firstCreated = min(total.firstCreated ?? f, f) }
            if let l = part.lastCreated { total.lastCreated = max(total.lastCreated ?? l, l) }
        }
        // Sorted as packed integers (file, then line): a plain integer sort, not a tuple comparison per step.
        total.dropped = total.dropped.map { UInt64($0.file) << 32 | UInt64($0.line) }.sorted().map { (Int($0 >> 32), Int($0 & 0xFFFF_FFFF)) }
        return total
    }

    /// The policy `all` from hashes alone: distinct ids and repeats (``IncidentResolution/repeatsInNoFile``: which
    /// file a repeat is in is not known without positions, and `all` reports only the total).
    static func countRepeats(_ hashes: [UInt64], files: Int) -> IncidentResolution {
        var r = IncidentResolution()
        r.repeatsByFile = Array(repeating: 0, count: files)
        r.distinct = distinctCount(hashes)
        r.repeatsInNoFile = hashes.count - r.distinct
        return r
    }

    /// The number of distinct values, with an open-addressing table (linear probing, at most half full) rather than a
    /// sort: one pass instead of n log n comparisons (issue 11: the policy `all` on 10M rows). The hashes of one
    /// partition share their top bits, so the slot is taken from the low bits.
    static func distinctCount(_ hashes: [UInt64]) -> Int {
        var capacity = 16
        while capacity < hashes.count * 2 { capacity <<= 1 }
        let mask = UInt64(capacity - 1)
        // 0 marks an empty slot; the value 0 itself is counted aside.
        var table = [UInt64](repeating: 0, count: capacity)
        var distinct = 0, sawZero = false
        table.withUnsafeMutableBufferPointer { slots in
            for h in hashes {
                if h == 0 { sawZero = true; continue }
                var i = Int(h & mask)
                while true {
                    let s = slots[i]
                    if s == h { break }
                    if s == 0 { slots[i] = h; distinct += 1; break }
                    i = (i + 1) & Int(mask)
                }
            }
        }
        return distinct + (sawZero ? 1 : 0)
    }

    /// The policy over one partition's keys, grouping rows of an incident with an open-addressing table (linear
    /// probing, at most half full) rather than a sort: one pass instead of n log n comparisons of 32-byte keys
    /// (issue 11: the policy `last` on 10M rows spent a second sorting). Each incident's slot holds the row the
    /// policy keeps so far and the row read first; a row that loses to the kept one is dropped as it arrives.
    /// Gives what ``referenceResolvePartition(_:policy:files:)`` gives, with ``dropped`` in no particular order.
    static func resolvePartition(_ keys: [IncidentKey], policy: DuplicatePolicy, files: Int) -> IncidentResolution {
        var r = IncidentResolution()
        var rowsPerFile = Array(repeating: 0, count: files)
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        // Per slot: 1 + the index of the incident's kept row (0 = empty slot), and the index of its first-read row.
        var kept = [Int32](repeating: 0, count: capacity)
        var firstRead = [Int32](repeating: 0, count: capacity)
        keys.withUnsafeBufferPointer { keys in
            kept.withUnsafeMutableBufferPointer { kept in
                firstRead.withUnsafeMutableBufferPointer { firstRead in
                    for i in 0..<keys.count {
                        let key = keys[i]
                        rowsPerFile[key.file] += 1
                        // The partition's hashes share their top bits: the slot comes from the low bits.
                        var s = Int(truncatingIfNeeded: key.hash) & mask
                        while kept[s] != 0 && keys[Int(kept[s]) - 1].hash != key.hash { s = (s + 1) & mask }
                        guard kept[s] != 0 else {
                            kept[s] = Int32(i + 1); firstRead[s] = Int32(i); r.distinct += 1
                            continue
                        }
                        if key.position < keys[Int(firstRead[s])].position { firstRead[s] = Int32(i) }
                        let current = Int(kept[s]) - 1
                        switch policy {
                        case .all: continue
                        case .first:
                            if IncidentKey.ordered(key, keys[current]) { r.drop(keys[current]); kept[s] = Int32(i + 1) } else { r.drop(key) }
                        case .last:
                            if IncidentKey.ordered(keys[current], key) { r.drop(keys[current]); kept[s] = Int32(i + 1) } else { r.drop(key) }
                        }
                    }
                    // Every row but the first read of its incident is a repeat; `all` keeps every row.
                    for s in 0..<capacity where kept[s] != 0 {
                        rowsPerFile[keys[Int(firstRead[s])].file] -= 1
                        if policy != .all { r.noteKept(keys[Int(kept[s]) - 1].created) }
                    }
                    if policy == .all { for key in keys { r.noteKept(key.created) } }
                }
            }
        }
        r.repeatsByFile = rowsPerFile
        return r
    }

    @inline(__always) private mutating func drop(_ key: IncidentKey) { dropped.append((key.file, key.line)) }

    @inline(__always) private mutating func noteKept(_ created: Int64) {
        firstCreated = min(firstCreated ?? created, created)
        lastCreated = max(lastCreated ?? created, created)
    }

    /// The policy over one partition by sorting its keys (hash, then time, then position): the plain statement of
    /// what ``resolvePartition(_:policy:files:)`` computes, kept as the reference its tests compare with.
    static func referenceResolvePartition(_ keys: inout [IncidentKey], policy: DuplicatePolicy, files: Int) -> IncidentResolution {
        var r = IncidentResolution()
        r.repeatsByFile = Array(repeating: 0, count: files)
        keys.sort(by: IncidentKey.ordered)
        var i = 0
        while i < keys.count {
            var j = i + 1
            var firstRead = i
            while j < keys.count && keys[j].hash == keys[i].hash {
                if keys[j].position < keys[firstRead].position { firstRead = j }
                j += 1
            }
            r.distinct += 1
            for k in i..<j where k != firstRead { r.repeatsByFile[keys[k].file] += 1 }
            let kept: Int
            switch policy {
            case .all: kept = -1
            case .first: kept = i
            case .last: kept = j - 1
            }
            for k in i..<j {
                if kept >= 0 && k != kept { r.dropped.append((keys[k].file, keys[k].line)); continue }
                let c = keys[k].created
                r.firstCreated = min(r.firstCreated ?? c, c)
                r.lastCreated = max(r.lastCreated ?? c, c)
            }
            i = j
        }
        return r
    }
}
