import Foundation
import Testing
@testable import CallRecords

/// The interner's word-at-a-time hash: equal bytes hash equal wherever they lie, and the id sets real exports have
/// (sequential numbers, codes of every length) do not collide.
@Suite struct ByteInternerTests {
    func hash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBufferPointer { ByteInterner.hash($0) } }

    @Test func equalBytesHashEquallyAtAnyAlignment() {
        var generator = SystemRandomNumberGenerator()
        for length in 0...40 {
            let value = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            for shift in 0..<8 {
                let padded = [UInt8](repeating: 0xAA, count: shift) + value + [0x55, 0x55]
                let h = padded.withUnsafeBufferPointer { ByteInterner.hash(UnsafeBufferPointer(rebasing: $0[shift..<(shift + length)])) }
                #expect(h == hash(value), "length \(length), shift \(shift)")
            }
        }
    }

    /// The hash as first written, its last word gathered one byte at a time: the tail read from whole words gives
    /// the same values for every length.
    static func referenceHash(_ bytes: [UInt8]) -> UInt64 {
        func mix(_ x: UInt64) -> UInt64 { let m = x &* 0xFF51_AFD7_ED55_8CCD; return m ^ (m >> 31) }
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ (UInt64(bytes.count) &* 0xC2B2_AE3D_27D4_EB4F)
        var i = 0
        while i + 8 <= bytes.count {
            var word: UInt64 = 0
            for k in 0..<8 { word |= UInt64(bytes[i + k]) << (8 * UInt64(k)) }
            h = mix(h ^ word)
            i += 8
        }
        if i < bytes.count {
            var tail: UInt64 = 0, shift: UInt64 = 0
            while i < bytes.count { tail |= UInt64(bytes[i]) << shift; shift += 8; i += 1 }
            h = mix(h ^ tail)
        }
        var k = h
        k ^= k >> 33; k = k &* 0xFF51_AFD7_ED55_8CCD; k ^= k >> 33; k = k &* 0xC4CE_B9FE_1A85_EC53; k ^= k >> 33
        return k
    }

    @Test func sameHashAsTheByteByByteTail() {
        var generator = SystemRandomNumberGenerator()
        for length in 0...64 {
            for _ in 0..<50 {
                let value = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
                #expect(hash(value) == Self.referenceHash(value), "length \(length)")
            }
        }
    }

    /// A million sequential nine-digit ids, every decimal number up to 999,999 (lengths 1-6, so also values that are
    /// prefixes of one another or differ only in length), and values that differ only by trailing zero bytes.
    @Test func noCollisionsOnIdLikeSets() {
        var seen = Set<UInt64>()
        for i in 230_000_000..<231_000_000 { seen.insert(hash(Array(String(i).utf8))) }
        #expect(seen.count == 1_000_000)
        seen = []
        for i in 0..<1_000_000 { seen.insert(hash(Array(String(i).utf8))) }
        #expect(seen.count == 1_000_000)
        let zeros = (0...24).map { hash([UInt8](repeating: 0, count: $0)) }
        #expect(Set(zeros).count == zeros.count)
    }

    /// Ids in first-seen order, the same id for the same bytes, and the text back.
    @Test func internsExactly() {
        let interner = ByteInterner(capacity: 4)
        var generator = SystemRandomNumberGenerator()
        var values: [String] = (0..<20_000).map { "CALL TYPE \($0 % 7_919) \(String(repeating: "X", count: $0 % 23))" }
        values += (0..<2_000).map { _ in String((0..<Int.random(in: 0...30, using: &generator)).map { _ in Character(UnicodeScalar(UInt8.random(in: 32...126, using: &generator))) }) }
        var firstSeen: [String: Int32] = [:]
        for v in values.shuffled(using: &generator) {
            let bytes = Array(v.utf8)
            let id = bytes.withUnsafeBufferPointer { interner.id(of: $0) }
            if let known = firstSeen[v] { #expect(id == known) } else {
                #expect(Int(id) == firstSeen.count)
                firstSeen[v] = id
            }
        }
        #expect(interner.count == firstSeen.count)
        for (v, id) in firstSeen { #expect(interner.string(id) == v) }
    }
}
