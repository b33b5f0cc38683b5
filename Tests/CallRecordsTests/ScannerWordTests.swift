import Foundation
import Testing
@testable import Vocabulary

/// The scanner skips unquoted bytes eight at a time (``CSVScanner/specialBytes(in:)``); it must find the first comma,
/// line end or quote exactly where a byte-by-byte walk finds it.
@Suite struct ScannerWordTests {
    let alphabet: [UInt8] = [0x2C, 0x0A, 0x0D, 0x22, 0x00, 0x01, 0x2B, 0x2D, 0x0B, 0x0C, 0x21, 0x23, 0x61, 0x7F, 0x80, 0xAC, 0xA2, 0xFF]

    @Test func firstSpecialByteOfAWord() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200_000 {
            let bytes = (0..<8).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            let first = bytes.firstIndex { [0x2C, 0x0A, 0x0D, 0x22].contains($0) }
            let found = CSVScanner.specialBytes(in: word)
            #expect((found == 0) == (first == nil), "\(bytes)")
            if let first, found != 0 { #expect(found.trailingZeroBitCount >> 3 == first, "\(bytes)") }
        }
    }

    /// Unquoted fields of every length from 0 to 40 at every alignment come out whole.
    @Test func unquotedFieldsOfEveryLength() throws {
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abcXYZ019 -_./:;é".utf8)
        var expected: [[String]] = []
        var text: [UInt8] = []
        for row in 0..<400 {
            let fields = (0..<(1 + row % 9)).map { _ in String(decoding: (0..<Int.random(in: 0...40, using: &generator)).map { _ in letters.randomElement(using: &generator) ?? 0x61 }, as: UTF8.self) }
            expected.append(fields)
            text += Array(fields.joined(separator: ",").utf8) + (row % 3 == 0 ? [0x0D, 0x0A] : [0x0A])
        }
        var got: [[String]] = []
        try CSVScanner(bytes: text, chunkSize: 4096).scan { record in got.append((0..<record.fieldCount).map(record.string)) }
        // A line that is one empty field is a blank line to the scanner.
        #expect(got == expected.filter { $0 != [""] })
    }
}
