import Foundation
import Testing
@testable import CallAnalysis

/// W1's timestamp reader with its date cache (``W1Workload/strictSeconds(_:cache:)``) against the plain one, on runs
/// of values that share dates, differ from a good value in one byte, or have the wrong length.
@Suite struct W1TimestampTests {
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    @Test func cachedReaderAgreesWithThePlainOne() {
        var generator = SystemRandomNumberGenerator()
        let replacements: [UInt8] = Array("0129-: Tx/".utf8)
        var values: [[UInt8]] = []
        for _ in 0..<4000 {
            let date = "\(Int.random(in: 1999...2025, using: &generator))-\(two(Int.random(in: 0...13, using: &generator)))-\(two(Int.random(in: 0...32, using: &generator)))"
            for _ in 0..<Int.random(in: 1...5, using: &generator) {
                var bytes = Array("\(date) \(two(Int.random(in: 0...25, using: &generator))):\(two(Int.random(in: 0...61, using: &generator))):\(two(Int.random(in: 0...61, using: &generator)))".utf8)
                if Int.random(in: 0..<4, using: &generator) == 0 {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = replacements.randomElement(using: &generator) ?? 0x30
                }
                if Int.random(in: 0..<30, using: &generator) == 0 { bytes.append(0x30) }
                if Int.random(in: 0..<30, using: &generator) == 0 { bytes = [] }
                values.append(bytes)
            }
        }
        var cache = W1Workload.DayCache()
        var mismatches: [String] = []
        for v in values {
            let (plain, cached) = v.withUnsafeBufferPointer { (W1Workload.strictSeconds($0), W1Workload.strictSeconds($0, cache: &cache)) }
            if plain != cached { mismatches.append(String(decoding: v, as: UTF8.self)) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
        #expect(values.contains { v in v.withUnsafeBufferPointer { W1Workload.strictSeconds($0) } != nil })
    }
}
