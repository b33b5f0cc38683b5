import Foundation
import Testing
import Vocabulary
import RerouteTestSupport

/// Two threads reading one file meet where both have as much left to read (``ReadMeeting``): the counting thread
/// stops at the balanced offset, and the reading thread's scanner stops at the record start settled there, even
/// when the meeting is settled while it reads. Together the two parts are the file's records, each once.
@Suite struct ReadMeetingTests {
    /// Records with quoted line breaks, doubled quotes and CRLF line ends, so lines and records differ.
    static let text: String = {
        var text = "id,narrative,n\n"
        for i in 0..<4_000 {
            let narrative = i % 5 == 0 ? "\"TWO\nLINES, \"\"QUOTED\"\" \(i)\"" : "PLAIN \(i)"
            text += "\(i),\(narrative),\(i % 13)" + (i % 11 == 0 ? "\r\n" : "\n")
        }
        return text
    }()

    @Test func countingStopsWhereBothHaveAsMuchLeft() throws {
        let path = TestPaths.writeTemporary(Self.text, name: "meeting-count.csv")
        let size = Self.text.utf8.count
        let meeting = ReadMeeting()
        meeting.reached(size / 2)
        #expect(meeting.balancedOffset(fileSize: size) == size / 2 + (size - size / 2) / 2)
        let counted = CSVScanner.recordBoundary(path: path, countingUpTo: { _ in meeting.balancedOffset(fileSize: size) })
        let reference = CSVScanner.recordBoundary(path: path, near: size / 2 + (size - size / 2) / 2)
        #expect(counted != nil)
        #expect(counted?.offset == reference?.offset && counted?.line == reference?.line)
    }

    @Test(arguments: [false, true])
    func scannerStopsAtTheSettledRecordStart(settledWhileReading: Bool) throws {
        let path = TestPaths.writeTemporary(Self.text, name: "meeting-scan.csv")
        let size = Self.text.utf8.count
        let whole = try scanAll(Self.text)
        let boundary = try #require(CSVScanner.recordBoundary(path: path, near: size / 2))
        let meeting = ReadMeeting()
        if !settledWhileReading { #expect(meeting.settle(at: boundary.offset, margin: 0)) }
        let first = try CSVScanner(path: path, chunkSize: 4096)
        first.meeting = meeting
        var lines: [Int] = [], records = 0
        try first.scan { record in
            records += 1
            lines.append(record.line)
            // Settled after the first chunk, far ahead of the scanner: it stops there all the same.
            if settledWhileReading && records == 20 { #expect(meeting.settle(at: boundary.offset, margin: 8192)) }
        }
        #expect(first.stoppedAt == boundary.offset)
        let second = try CSVScanner(path: path, startOffset: boundary.offset, chunkSize: 4096)
        second.firstLine = boundary.line
        try second.scan { lines.append($0.line) }
        #expect(lines == whole.map(\.line))
    }

    /// A meeting that would come too close to where the reading thread has got is not settled.
    @Test func noMeetingRightAheadOfTheReader() {
        let meeting = ReadMeeting()
        meeting.reached(1_000)
        #expect(!meeting.settle(at: 1_500, margin: 1_000))
        #expect(meeting.settled == nil)
        #expect(meeting.settle(at: 5_000, margin: 1_000))
        #expect(meeting.settled == 5_000)
    }
}

/// A file is read through a moving memory mapping (``CSVScanner`` on a path), bytes in memory through the copying
/// path: the same records, lines and problems, with windows of one page or a few, records and quoted line breaks
/// crossing every window end, a byte-order mark, CRLF and malformed rows.
@Suite struct MappedScanTests {
    /// A file read through the moving mapping and with `read()` (the default) scans as the same bytes in memory.
    @Test(arguments: [1, 4096, 3 * 4096 + 5], [true, false])
    func mappedFileReadsAsBytesInMemory(chunk: Int, mapsFile: Bool) throws {
        var text = "\u{FEFF}id,narrative,n\r\n"
        for i in 0..<3_000 {
            let narrative: String
            switch i % 9 {
            case 0: narrative = "\"QUOTED, \"\"WITH\"\"\r\nA BREAK \(String(repeating: "y", count: i % 301))\""
            case 4: narrative = i == 1_804 ? "BROKEN \"QUOTE" : "PLAIN"
            default: narrative = "TEXT \(String(repeating: "x", count: (i * 7) % 97))"
            }
            text += "\(i),\(narrative),\(i % 5)\(i % 3 == 0 ? "\r\n" : "\n")"
        }
        let mapped = try scanAll(text, chunkSize: chunk, mapsFile: mapsFile)
        let memory = CSVScanner(bytes: Array(text.utf8), chunkSize: chunk)
        var inMemory: [(line: Int, fields: [String]?, problem: String?)] = []
        try memory.scan { r in
            if let p = r.problem { inMemory.append((r.line, nil, p.description)) } else { inMemory.append((r.line, (0..<r.fieldCount).map(r.string), nil)) }
        }
        #expect(mapped.count == inMemory.count)
        #expect(mapped.map(\.line) == inMemory.map(\.line))
        #expect(mapped.map(\.fields) == inMemory.map(\.fields))
        #expect(mapped.map(\.problem) == inMemory.map(\.problem))
        #expect(mapped.first?.fields == ["id", "narrative", "n"])
        #expect(mapped.contains { $0.problem != nil })
    }
}
