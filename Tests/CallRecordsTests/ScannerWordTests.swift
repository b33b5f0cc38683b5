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

    /// ``CSVScanner/everySpecialByte(in:)`` marks exactly the bytes that are `,` LF CR or `"`.
    @Test func everySpecialByteOfAWord() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200_000 {
            let bytes = (0..<8).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            let expected = bytes.enumerated().reduce(UInt64(0)) { $0 | ([0x2C, 0x0A, 0x0D, 0x22].contains($1.element) ? UInt64(0x80) << (8 * UInt64($1.offset)) : 0) }
            #expect(CSVScanner.everySpecialByte(in: word) == expected, "\(bytes)")
        }
    }

    /// Rows of short fields, quoted or not, with quotes that open a field right after a comma, fields that end at
    /// every offset of a word, empty fields, CRLF and lone CR line ends, and malformed rows (a quote inside an
    /// unquoted field, text after a closing quote): the scanner's records and problems are those of a byte-by-byte
    /// reference reader of the same rules, at several chunk sizes.
    @Test func shortFieldsAgainstAReference() throws {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["", "a", "bc", "1234567", "12345678", "abcdefghijk", "\"q\"", "\"q,\"\"x\"", "\"\"", "x\"y", "\"z\"w"]
        var rows: [String] = []
        for _ in 0..<3000 {
            rows.append((0..<Int.random(in: 1...14, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined(separator: ","))
        }
        var text: [UInt8] = []
        for (n, row) in rows.enumerated() { text += Array(row.utf8) + (n % 5 == 0 ? [0x0D, 0x0A] : n % 7 == 0 ? [0x0D] : [0x0A]) }
        var expected: [String] = []
        for row in rows where !row.isEmpty { expected.append(Self.reference(Array(row.utf8))) }
        for chunk in [4096, 5000, 1 << 20] {
            var got: [String] = []
            try CSVScanner(bytes: text, chunkSize: chunk).scan { record in
                if let problem = record.problem { got.append("bad \(problem)") } else { got.append((0..<record.fieldCount).map(record.string).joined(separator: "|")) }
            }
            #expect(got == expected, "chunk \(chunk): first difference at \(got.indices.first { $0 >= expected.count || got[$0] != expected[$0] } ?? -1)")
        }
    }

    /// One line of CSV read byte by byte: its fields joined by `|`, or its problem.
    static func reference(_ line: [UInt8]) -> String {
        var fields: [String] = []
        var i = 0
        while true {
            if i < line.count, line[i] == 0x22 {
                var value: [UInt8] = []
                var j = i + 1
                while true {
                    guard j < line.count else { return "bad \(CSVRowProblem.unterminatedQuote(field: fields.count + 1))" }
                    if line[j] == 0x22 {
                        if j + 1 < line.count, line[j + 1] == 0x22 { value.append(0x22); j += 2; continue }
                        break
                    }
                    value.append(line[j]); j += 1
                }
                fields.append(String(decoding: value, as: UTF8.self))
                let k = j + 1
                if k == line.count { return fields.joined(separator: "|") }
                guard line[k] == 0x2C else { return "bad \(CSVRowProblem.textAfterClosingQuote(field: fields.count))" }
                i = k + 1
                if i == line.count { fields.append(""); return fields.joined(separator: "|") }
                continue
            }
            var j = i
            while j < line.count, line[j] != 0x2C, line[j] != 0x22 { j += 1 }
            if j < line.count, line[j] == 0x22 { return "bad \(CSVRowProblem.quoteInUnquotedField(field: fields.count + 1))" }
            fields.append(String(decoding: line[i..<j], as: UTF8.self))
            if j == line.count { return fields.joined(separator: "|") }
            i = j + 1
            if i == line.count { fields.append(""); return fields.joined(separator: "|") }
        }
    }

    /// ``CSVScanner/hasLineByte(_:)`` is exact: nonzero exactly when a byte of the word is LF or CR.
    @Test func lineBytesOfAWord() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200_000 {
            let bytes = (0..<8).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            #expect(CSVScanner.hasLineByte(word) == bytes.contains { $0 == 0x0A || $0 == 0x0D }, "\(bytes)")
        }
    }

    /// Quoted fields holding LF, CRLF and lone CR at every offset (counted eight bytes at a time up to the first line
    /// byte of a word): each record starts on the line a byte-by-byte count of its line breaks gives.
    @Test func lineNumbersAfterQuotedLineBreaks() throws {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [Array("a".utf8), Array("bc d".utf8), [0x0A], [0x0D, 0x0A], [0x0D], Array("\"\"".utf8), Array("xxxxxxxxxxx".utf8)]
        var text: [UInt8] = []
        var expectedLines: [Int] = []
        var line = 1
        for _ in 0..<600 {
            var quoted: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) { quoted += pieces.randomElement(using: &generator) ?? [] }
            // A lone CR right before the closing quote and a CR before an LF count as written.
            var breaks = 0
            for (i, b) in quoted.enumerated() where b == 0x0A || (b == 0x0D && (i + 1 == quoted.count || quoted[i + 1] != 0x0A)) { breaks += 1 }
            expectedLines.append(line)
            text += Array("1,".utf8) + [0x22] + quoted + [0x22] + Array(",z".utf8) + [0x0A]
            line += 1 + breaks
        }
        var got: [Int] = []
        try CSVScanner(bytes: text, chunkSize: 4096).scan { record in
            #expect(record.problem == nil)
            got.append(record.line)
        }
        #expect(got == expectedLines)
    }
}
