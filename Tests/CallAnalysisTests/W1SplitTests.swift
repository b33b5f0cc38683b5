import Foundation
import Testing
@testable import CallAnalysis

/// Where W1's second part starts (``W1Workload/lineStart(path:atOrAfter:)``): the first line start at or after the
/// offset, for LF, CRLF and lone-CR line ends, including a CR at the end of a 64 KiB block and at the end of the file.
@Suite struct W1SplitTests {
    @Test func firstLineStartAtOrAfterEveryOffset() throws {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        while bytes.count < 70_000 {
            bytes += (0..<Int.random(in: 0...40, using: &generator)).map { _ in UInt8.random(in: 0x61...0x7A, using: &generator) }
            bytes += [[0x0A], [0x0D, 0x0A], [0x0D]].randomElement(using: &generator) ?? [0x0A]
        }
        // A CRLF split by the end of the first block, and a lone CR at the end of the file.
        bytes[65_535] = 0x0D; bytes[65_536] = 0x0A
        bytes.append(0x0D)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("w1-split-\(UUID().uuidString).csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        // Line starts: after an LF, or after a CR that no LF follows.
        var starts: [Int] = []
        for p in 1...bytes.count where bytes[p - 1] == 0x0A || (bytes[p - 1] == 0x0D && (p == bytes.count || bytes[p] != 0x0A)) { starts.append(p) }
        var mismatches: [Int] = []
        for offset in Array(1..<400) + Array(65_400..<65_700) + Array((bytes.count - 300)...bytes.count) {
            if W1Workload.lineStart(path: path, atOrAfter: offset) != starts.first(where: { $0 >= offset }) { mismatches.append(offset) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }
}
