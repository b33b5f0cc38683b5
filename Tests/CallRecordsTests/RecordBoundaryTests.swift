import Foundation
import Testing
import Vocabulary
import RerouteTestSupport

/// ``CSVScanner/recordBoundary(path:near:)`` counts quotes and line ends eight bytes at a time; it must give what
/// the one-byte-at-a-time walk (kept here as the reference) gives, for every mixture of LF, CR, CRLF and quotes.
@Suite struct RecordBoundaryTests {
    /// The byte-at-a-time walk over the whole file in memory: quote parity and line ends before `offset`, then the
    /// first line end outside quotes.
    func reference(_ bytes: [UInt8], near offset: Int) -> (offset: Int, line: Int)? {
        guard offset <= bytes.count else { return nil }
        var quotes = 0, newlines = 0, previousWasCR = false
        for b in bytes[..<offset] {
            if b == 0x22 { quotes += 1 }
            if b == 0x0A { newlines += 1 } else if previousWasCR { newlines += 1 }
            previousWasCR = b == 0x0D
        }
        var inQuotes = quotes % 2 == 1
        var previousCR = previousWasCR, crInQuotes = inQuotes
        for i in offset..<bytes.count {
            let b = bytes[i]
            if previousCR && b != 0x0A {
                newlines += 1
                if !crInQuotes { return (i, newlines + 1) }
            }
            previousCR = false
            if b == 0x22 { inQuotes.toggle() } else if b == 0x0A {
                newlines += 1
                if !inQuotes { return (i + 1, newlines + 1) }
            } else if b == 0x0D { previousCR = true; crInQuotes = inQuotes }
        }
        return nil
    }

    func write(_ bytes: [UInt8]) throws -> String {
        let url = TestPaths.temporaryDirectory("boundary").appendingPathComponent("file.csv")
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func smallFilesOfEveryLineEnd() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array("ab,".utf8) + [0x22, 0x0A, 0x0D, 0x0D, 0x0A]
        for _ in 0..<150 {
            let bytes = (0..<Int.random(in: 1...400, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? 0x61 }
            let path = try write(bytes)
            for offset in stride(from: 0, through: bytes.count, by: max(1, bytes.count / 25)) {
                let got = CSVScanner.recordBoundary(path: path, near: offset)
                let want = reference(bytes, near: offset)
                #expect(got?.offset == want?.offset && got?.line == want?.line, "offset \(offset) of \(bytes)")
            }
        }
    }

    /// Larger files than the small ones: the counts are kept in byte-wide lanes and added up every 255 words, so a
    /// file of many thousand words, dense with quotes and line ends, crosses that many times.
    @Test func denseFilesOfManyWords() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x22, 0x22, 0x0A, 0x0A, 0x61, 0x2C, 0x0D]
        for size in [2_047, 2_048, 2_049, 40_000] {
            let bytes = (0..<size).map { _ in alphabet.randomElement(using: &generator) ?? 0x61 }
            let path = try write(bytes)
            for offset in [0, 1, 2_039, 2_040, 2_041, size / 2, size - 9, size - 1] {
                let got = CSVScanner.recordBoundary(path: path, near: offset)
                let want = reference(bytes, near: offset)
                #expect(got?.offset == want?.offset && got?.line == want?.line, "size \(size), offset \(offset)")
            }
        }
    }

    /// A CR as the last byte of the 8 MiB reading chunk, followed by a byte that is not an LF: the line end is
    /// counted across the chunk border.
    @Test func crAtTheChunkBorder() throws {
        let chunk = 8 << 20
        for next: UInt8 in [0x61, 0x0A, 0x0D] {
            var bytes = [UInt8](repeating: 0x61, count: chunk + 4096)
            for i in stride(from: 100, to: bytes.count, by: 1000) { bytes[i] = 0x0A }
            bytes[chunk - 1] = 0x0D
            bytes[chunk] = next
            bytes[5] = 0x22; bytes[7] = 0x22
            let path = try write(bytes)
            for offset in [chunk + 10, chunk + 2000] {
                let got = CSVScanner.recordBoundary(path: path, near: offset)
                let want = reference(bytes, near: offset)
                #expect(got?.offset == want?.offset && got?.line == want?.line, "next byte \(next), offset \(offset)")
            }
        }
    }

    /// A guessed start (``CSVScanner/speculativeBoundary(path:near:records:)``) is the counted boundary or none,
    /// wherever the offset falls (inside or outside quoted fields holding commas, line ends and doubled quotes),
    /// and a guess is found for most offsets of such a file.
    @Test func guessedStartIsTheCountedOneOrNone() throws {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["A", "B C", ",", "\n", "\r\n", "\"\"", "NO WEAPONS", "SAYS"]
        var text = "id,type,when,narrative,district\r\n"
        for i in 0..<3_000 {
            let quoted = Int.random(in: 0..<3, using: &generator) == 0
            let narrative = quoted ? "\"" + (0..<Int.random(in: 1...30, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "A" }.joined() + "\""
                : "PLAIN TEXT \(i)"
            text += "\(i),NOISE,2021-05-01 10:00,\(narrative),\(i % 7)" + (i % 2 == 0 ? "\n" : "\r\n")
        }
        let bytes = Array(text.utf8)
        let path = try write(bytes)
        var guessed = 0, tried = 0
        for offset in stride(from: 64, to: bytes.count - 4_096, by: 997) {
            tried += 1
            let counted = reference(bytes, near: offset)
            if let guess = CSVScanner.speculativeBoundary(path: path, near: offset) {
                guessed += 1
                #expect(guess == counted?.offset, "offset \(offset)")
            }
        }
        #expect(guessed * 10 >= tried * 8, "\(guessed) of \(tried) offsets guessed")
    }

    /// A file without quotes is guessed at the next line end; one whose rows have no consistent width is not.
    @Test func guessNeedsRecordsOfTheFirstRecordsWidth() throws {
        let plain = try write(Array((0..<500).map { "\($0),a,b\n" }.joined().utf8))
        #expect(CSVScanner.speculativeBoundary(path: plain, near: 1_000) == reference(Array((0..<500).map { "\($0),a,b\n" }.joined().utf8), near: 1_000)?.offset)
        let ragged = try write(Array((0..<500).map { String(repeating: ",", count: $0 % 4) + "x\n" }.joined().utf8))
        #expect(CSVScanner.speculativeBoundary(path: ragged, near: 1_000) == nil)
    }
}
