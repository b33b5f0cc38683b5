import Foundation
import Testing
import CallRecords
import Vocabulary

/// A full disk while writing rejects.csv is an error with exit 73, never a trap.
@Suite("Rejects writer")
struct RejectsWriterTests {
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full"))
    func aFullDiskIsReportedWithExit73() throws {
        let writer = try RejectsWriter(url: URL(fileURLWithPath: "/dev/full"))
        writer.add(file: "calls.csv", line: 2, reason: "too few fields", raw: "a,b")
        let error = try #require(throws: InputError.self) { try writer.flush() }
        #expect(error.exitStatus == .cannotWrite)
        #expect(error.description.contains("/dev/full"))
        #expect(writer.count == 1)
    }

    @Test func rowsAreWrittenAndCounted() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rejects-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        let writer = try RejectsWriter(url: url)
        writer.add(file: "calls.csv", line: 7, reason: "bad date", raw: "x,\"y\"")
        try writer.flush()
        let document = try CSVDocument(contentsOf: url)
        #expect(document.header == ["file", "line", "reason", "raw"])
        #expect(document.rows.map(\.fields) == [["calls.csv", "7", "bad date", "x,\"y\""]])
    }
}
