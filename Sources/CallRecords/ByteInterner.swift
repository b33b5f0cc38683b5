#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Gives each distinct byte string a small integer id, so repeated values (call types, districts,
/// dispositions) are hashed once per row and turned into a `String` once per distinct value.
///
/// Written here rather than using `Dictionary<[UInt8], Int32>` because that would allocate an
/// array per lookup on the hot path; this table hashes the bytes in place (``hash(_:)``) and compares
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

    /// A 64-bit hash of `bytes`, eight bytes at a time.
    ///
    /// Each step xors one little-endian word (the last one zero-padded; the length is in the seed) into the state
    /// and mixes it with a bijection (odd multiply, xor-shift), so two values of the same length that differ in one
    /// word never collide; the end is Murmur3's 64-bit finaliser, so the low bits (the table slot) depend on every
    /// byte. FNV-1a, one multiply per byte in a dependent chain, was a large part of `decode`'s share of the
    /// report's read (five fields a row, the incident id among them). Only equality of hashes matters to callers (slots, repeated incident ids),
    /// never their values.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let n = bytes.count
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ (UInt64(truncatingIfNeeded: n) &* 0xC2B2_AE3D_27D4_EB4F)
        guard let base = bytes.baseAddress else { return finalise(h) }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= n {
            h = mix(h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        if i < n {
            // The last 1-7 bytes as one zero-padded little-endian word: from the word (or two half words) ending at the
            // last byte, shifted, without reading outside `bytes` and without a loop per byte (the tail of every
            // interned value and incident id).
            var tail: UInt64 = 0
            #if _endian(little)
            let rest = n - i
            if n >= 8 {
                tail = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) >> (UInt64(8 - rest) &* 8)
            } else if n >= 4 {
                tail = UInt64(raw.loadUnaligned(as: UInt32.self))
                    | (UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)) >> (UInt64(8 - n) &* 8)) << 32
            } else {
                var shift: UInt64 = 0
                while i < n { tail |= UInt64(base[i]) << shift; shift += 8; i += 1 }
            }
            #else
            var shift: UInt64 = 0
            while i < n { tail |= UInt64(base[i]) << shift; shift += 8; i += 1 }
            #endif
            h = mix(h ^ tail)
        }
        return finalise(h)
    }

    @inline(__always)
    private static func mix(_ x: UInt64) -> UInt64 {
        let m = x &* 0xFF51_AFD7_ED55_8CCD
        return m ^ (m >> 31)
    }

    /// Murmur3's fmix64.
    @inline(__always)
    private static func finalise(_ x: UInt64) -> UInt64 {
        var k = x
        k ^= k >> 33
        k = k &* 0xFF51_AFD7_ED55_8CCD
        k ^= k >> 33
        k = k &* 0xC4CE_B9FE_1A85_EC53
        k ^= k >> 33
        return k
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
        guard let b = bytes.baseAddress else { return true }
        return arena.withUnsafeBufferPointer { a in
            // One memcmp rather than a loop with two bounds checks per byte (a hit is compared in full every row).
            guard let base = a.baseAddress else { return false }
            return memcmp(base + start, b, bytes.count) == 0
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
