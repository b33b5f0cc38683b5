import Vocabulary
import Foundation
import Testing
import CallRecords
import RerouteTestSupport

/// Scans `text` and returns each record's fields (or its problem) with its line.
func scanAll(_ text: String, chunkSize: Int = 4096, mapsFile: Bool = false) throws -> [(line: Int, fields: [String]?, problem: String?)] {
    let path = TestPaths.writeTemporary(text)
    let scanner = try CSVScanner(path: path, chunkSize: chunkSize, mapsFile: mapsFile)
    var out: [(Int, [String]?, String?)] = []
    try scanner.scan { r in
        if let p = r.problem { out.append((r.line, nil, p.description)) } else { out.append((r.line, (0..<r.fieldCount).map(r.string), nil)) }
    }
    return out
}

@Suite("CSV scanner (RFC 4180)")
struct CSVScannerTests {
    @Test func quotedFieldsEscapesAndEmbeddedNewlines() throws {
        let rows = try scanAll("a,b,c\n1,\"x, y\",\"he said \"\"hi\"\"\"\n2,\"two\nlines\",z\n")
        #expect(rows.count == 3)
        #expect(rows[1].fields == ["1", "x, y", "he said \"hi\""])
        #expect(rows[2].fields == ["2", "two\nlines", "z"])
        #expect(rows[2].line == 3)
    }

    @Test func crlfBomAndBlankLines() throws {
        let rows = try scanAll("\u{FEFF}a,b\r\n1,2\r\n\r\n3,\"4\r\n5\"\r\n\n6,7")
        #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4\r\n5"], ["6", "7"]])
        #expect(rows.map(\.line) == [1, 2, 4, 7])
    }

    /// Mixed line ends: a lone CR (a spreadsheet's "CSV (Macintosh)") ends a record outside quotes, as it does for
    /// Python's csv module and spreadsheet programs; inside quotes it stays in the field.
    @Test func loneCarriageReturnEndsTheRecord() throws {
        let rows = try scanAll("a,b\r\n1,x\ry\r\n2,z\n3,\"p\rq\"\n")
        #expect(rows.map(\.fields) == [["a", "b"], ["1", "x"], ["y"], ["2", "z"], ["3", "p\rq"]])
        #expect(rows.map(\.line) == [1, 2, 3, 4, 5])
    }

    @Test func noFinalNewline() throws {
        let rows = try scanAll("a,b\n1,\"q\"")
        #expect(rows.map(\.fields) == [["a", "b"], ["1", "q"]])
    }

    @Test func emptyFieldsAndTrailingComma() throws {
        let rows = try scanAll("a,b,c\n,,\n\"\",x,\n")
        #expect(rows[1].fields == ["", "", ""])
        #expect(rows[2].fields == ["", "x", ""])
    }

    @Test(arguments: [7, 13, 64, 4096])
    func recordsSplitAcrossChunksParseTheSame(chunk: Int) throws {
        // A long quoted field and many small records cross chunk boundaries at every size tried.
        var text = "id,narrative\n"
        for i in 0..<200 { text += "\(i),\"line \(i), with \"\"quote\"\"\nand newline \(String(repeating: "x", count: i % 37))\"\n" }
        let small = try scanAll(text, chunkSize: chunk)
        let whole = try scanAll(text, chunkSize: 1 << 20)
        #expect(small.count == 201)
        #expect(small.map(\.fields) == whole.map(\.fields))
        #expect(small.map(\.line) == whole.map(\.line))
        #expect(small[200].line == 2 + 199 * 2)
    }

    @Test func malformedQuotingIsReportedAndScanningGoesOn() throws {
        let rows = try scanAll("a,b\n1,\"ok\"x\n2,a\"b\n3,\"never closed\n4,fine\n")
        #expect(rows.count == 5)
        #expect(rows[1].problem?.contains("text after the closing quote") == true)
        #expect(rows[2].problem?.contains("quote inside unquoted") == true)
        #expect(rows[3].problem?.contains("never closes") == true)
        #expect(rows[3].line == 4)
        #expect(rows[4].fields == ["4", "fine"])
        #expect(rows[4].line == 5)
    }
}

@Suite("Timestamps")
struct TimestampTests {
    let iso = TimestampParser(format: .iso)
    let us = TimestampParser(format: .us)
    let auto = TimestampParser(format: .auto)

    @Test func isoWithAndWithoutFractions() {
        #expect(iso.parse("2021-05-01 13:45:10")?.description == "2021-05-01T13:45:10")
        #expect(iso.parse("2021-05-01T13:45:10.250")?.description == "2021-05-01T13:45:10.250")
        #expect(iso.parse("2025-08-24 00:09:46.810")?.milliseconds == LocalTime(year: 2025, month: 8, day: 24, hour: 0, minute: 9, second: 46, millisecond: 810)!.milliseconds)
    }

    @Test func usTwelveHourClock() {
        #expect(us.parse("11/04/2023 6:08:26 PM")?.description == "2023-11-04T18:08:26")
        #expect(us.parse("1/2/2023 12:00:01 AM")?.description == "2023-01-02T00:00:01")
        #expect(us.parse("1/2/2023 12:30:00 PM")?.description == "2023-01-02T12:30:00")
        #expect(auto.parse("06/04/2023 4:18:15 PM")?.description == "2023-06-04T16:18:15")
    }

    @Test(arguments: ["2021-02-30 10:00:00", "2021-13-01 00:00:00", "2021-05-01 24:00:00", "UNKNOWN", "", "2021-5-1 1:2:3", "13/01/2021 1:00:00 PM"])
    func impossibleValuesAreUnparseable(_ text: String) {
        #expect(auto.parse(text) == nil)
    }

    @Test func leapDayAndOffsetConversion() {
        #expect(iso.parse("2024-02-29 23:59:59") != nil)
        #expect(iso.parse("2023-02-29 23:59:59") == nil)
        let chicago = TimestampParser(format: .iso, timeZone: TimeZone(identifier: "America/Chicago")!)
        // 18:00Z on a summer day is 13:00 in Chicago (CDT, UTC-5).
        #expect(chicago.parse("2021-07-01T18:00:00Z")?.description == "2021-07-01T13:00:00")
    }

    @Test func separateDateAndTimeColumns() {
        var d = "05/01/2021", t = "1:45:10 PM"
        let v = d.withUTF8 { db in t.withUTF8 { tb in us.parse(date: db, time: tb) } }
        #expect(v?.description == "2021-05-01T13:45:10")
    }

    @Test func weekdayAndHour() {
        let t = LocalTime(year: 2021, month: 5, day: 1, hour: 22)!   // a Saturday
        #expect(t.isoWeekday == 6)
        #expect(t.hour == 22)
        #expect(LocalTime(year: 1969, month: 12, day: 31, hour: 23)!.isoWeekday == 3)
        #expect(t.weekHour == 5 * 24 + 22)
        #expect(LocalTime(year: 1969, month: 12, day: 31, hour: 23)!.weekHour == 2 * 24 + 23)
        // Every hour of two weeks on each side of 1970, to the millisecond before and after each hour starts.
        for hour in Int64(-24 * 14)..<Int64(24 * 14) {
            for offset: Int64 in [0, 1, 3_599_999] {
                let time = LocalTime(milliseconds: hour * 3_600_000 + offset)
                #expect(time.weekHour == (time.isoWeekday - 1) * 24 + time.hour)
            }
        }
    }
}

@Suite("CSV round trip")
struct CSVRoundTripTests {
    /// Random fields full of commas, quotes, CR and LF, written with RFC 4180 quoting, read back exactly,
    /// whatever the chunk size (a small seeded generator: the same cases every run).
    @Test(arguments: [5, 17, 256, 65_536])
    func randomRecordsSurviveWritingAndScanning(chunk: Int) throws {
        var state: UInt64 = 0x5EED
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return state >> 33 }
        let alphabet = Array("ab ,\"\n\r\u{e9}x1")
        var expected: [[String]] = []
        var bytes: [UInt8] = []
        for _ in 0..<500 {
            let width = 3
            var fields: [String] = []
            for _ in 0..<width {
                let n = Int(next() % 9)
                fields.append(String((0..<n).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }))
            }
            // A record of one empty field is a blank line: keep at least one visible character.
            if fields.allSatisfy(\.isEmpty) { fields[0] = "a" }
            expected.append(fields)
            for (i, f) in fields.enumerated() {
                if i > 0 { bytes.append(0x2C) }
                // Quote every field holding CR too: a bare CR before LF would end the record.
                if f.contains("\r") && CSVWriter.field(f) == f { bytes.append(0x22); bytes += Array(f.utf8); bytes.append(0x22) } else { bytes += Array(CSVWriter.field(f).utf8) }
            }
            bytes.append(0x0A)
        }
        let rows = try scanAll(String(decoding: bytes, as: UTF8.self), chunkSize: chunk)
        #expect(rows.allSatisfy { $0.problem == nil })
        // CSVWriter neutralises formula-like starts (a leading CR among them) with a quote; CSVDocument takes it off.
        #expect(rows.map { ($0.fields ?? []).map(CSVWriter.unneutralised) } == expected)
    }
}
