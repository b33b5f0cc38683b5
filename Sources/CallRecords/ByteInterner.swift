/// Gives each distinct byte string a small integer id, so repeated values (call types, districts,
/// dispositions) are hashed once per row and turned into a `String` once per distinct value.
///
/// Written here rather than using `Dictionary<[UInt8], Int32>` because that would allocate an
/// array per lookup on the hot path; this table hashes the bytes in place (FNV-1a) and compares
/// against an arena.
/// - Complexity: O(length) per lookup, amortised.
public final class ByteInterner {
    // @exclusivity(unchecked): `id(of:)` runs for four fields of every row and an interner belongs to one reading
    // thread (nothing re-enters it while it changes them); the runtime's access checks on these properties were
    // about 5% of the report's read (perf, 1M rows).
    @exclusivity(unchecked) private var arena: [UInt8] = []
    @exclusivity(unchecked) private var offsets: [Int] = [0]
    @exclusivity(unchecked) private var slots: [Int32]
    @exclusivity(unchecked) private var hashes: [UInt64] = []
    @exclusivity(unchecked) private var mask: Int

    public init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// Number of distinct values seen.
    public var count: Int { hashes.count }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// The id of `bytes`, adding it if new.
    @inline(__always)
    public func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let h = Self.hash(bytes)
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[i]
            if s < 0 { return insert(bytes, hash: h, slot: i) }
            if hashes[Int(s)] == h && equals(Int(s), bytes) { return s }
            i = (i + 1) & mask
        }
    }

    private func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = offsets[id], end = offsets[id + 1]
        guard end - start == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { a in
            var k = 0
            while k < bytes.count { if a[start + k] != bytes[k] { return false }; k += 1 }
            return true
        }
    }

    private func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, slot: Int) -> Int32 {
        let id = Int32(hashes.count)
        arena.append(contentsOf: bytes)
        offsets.append(arena.count)
        hashes.append(hash)
        slots[slot] = id
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    private func grow() {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for (id, h) in hashes.enumerated() {
            var i = Int(truncatingIfNeeded: h) & mask
            while slots[i] >= 0 { i = (i + 1) & mask }
            slots[i] = Int32(id)
        }
    }

    /// The text of an id.
    public func string(_ id: Int32) -> String {
        let start = offsets[Int(id)], end = offsets[Int(id) + 1]
        return String(decoding: arena[start..<end], as: UTF8.self)
    }

    /// Every value in id order.
    public var strings: [String] { (0..<Int32(count)).map(string) }
}
