import Foundation
import Testing
import CallRecords
import RerouteTestSupport

/// Issue 12: a field longer than the limit rejects its row with a reason naming the field, its length and the
/// limit (rejects.csv carries the file and line), and rows read = accepted + rejected + excluded still holds.
/// The inputs are the real Milwaukee sample with one field lengthened at test time.
@Suite("Field length limit")
struct FieldLengthLimitTests {
    /// The header and first `rows` rows of the Milwaukee sample, with the location (field 3, quoted) of row
    /// `target` (1-based, so physical line `target + 1`) padded to `length` bytes when given.
    static func sample(rows: Int, target: Int, length: Int?) throws -> (path: String, line: Int) {
        let text = try String(contentsOfFile: TestPaths.sharedData("milwaukee/mpd-calls-2018-05.csv"), encoding: .utf8)
        var lines = Array(text.components(separatedBy: "\r\n").prefix(rows + 1))
        if let length {
            let parts = lines[target].components(separatedBy: "\"")
            // id,time,"location",… : the location is the text between the first two quotes.
            try #require(parts.count >= 3, "row \(target) has a quoted location")
            var location = parts[1]
            while location.utf8.count < length { location += " X" }
            location = String(decoding: location.utf8.prefix(length), as: UTF8.self)
            lines[target] = ([parts[0], location] + parts.dropFirst(2)).joined(separator: "\"")
        }
        let path = TestPaths.temporaryDirectory("field-length").appendingPathComponent("mke-sample.csv").path
        try Data((lines.joined(separator: "\r\n") + "\r\n").utf8).write(to: URL(fileURLWithPath: path))
        return (path, target + 1)
    }

    static func milwaukee(maximumFieldBytes: Int? = nil) throws -> Profile {
        var profile = try ProfileLibrary.builtIn("milwaukee-mpd")
        if let maximumFieldBytes { profile.plausibility.maximumFieldBytes = maximumFieldBytes }
        return profile
    }

    @Test func aFieldOverTheDefaultLimitRejectsItsRowAndTheCountsBalance() throws {
        let limit = Plausibility.defaultMaximumFieldBytes
        #expect(try Self.milwaukee().plausibility.maximumFieldBytes == limit)
        let plain = try Self.sample(rows: 300, target: 120, length: nil)
        let (before, rejectedBefore, _, _) = try ingest([plain.path], profile: try Self.milwaukee())
        let long = try Self.sample(rows: 300, target: 120, length: limit + 1)
        let (report, rejected, rows, _) = try ingest([long.path], profile: try Self.milwaukee())

        #expect(report.rowsRead == before.rowsRead)
        #expect(report.rowsRejected == before.rowsRejected + 1)
        #expect(report.rowsAccepted == before.rowsAccepted - 1)
        #expect(report.rowsRead == report.rowsAccepted + report.rowsRejected + report.rowsExcluded)
        #expect(report.balances)
        #expect(!rows.contains { Int($0.line) == long.line })
        #expect(rejected.count == rejectedBefore.count + 1)
        let reject = try #require(rejected.first { $0.count >= 3 && $0[1] == String(long.line) })
        #expect(reject[0] == long.path)
        #expect(reject[2] == "field 3 ('location') is \(limit + 1) bytes long, over the limit of \(limit) bytes (profile key plausibility.max_field_bytes)")
    }

    @Test func aFieldExactlyAtTheLimitIsKept() throws {
        let limit = Plausibility.defaultMaximumFieldBytes
        let plain = try Self.sample(rows: 300, target: 120, length: nil)
        let (before, _, _, _) = try ingest([plain.path], profile: try Self.milwaukee())
        let atLimit = try Self.sample(rows: 300, target: 120, length: limit)
        let (report, _, rows, _) = try ingest([atLimit.path], profile: try Self.milwaukee())
        #expect(report.rowsAccepted == before.rowsAccepted)
        #expect(report.rowsRejected == before.rowsRejected)
        #expect(rows.contains { Int($0.line) == atLimit.line })
    }

    @Test func theProfileSetsTheLimit() throws {
        let limit = 64
        let long = try Self.sample(rows: 200, target: 50, length: limit + 1)
        let (before, _, _, _) = try ingest([long.path], profile: try Self.milwaukee())
        let (report, rejected, _, _) = try ingest([long.path], profile: try Self.milwaukee(maximumFieldBytes: limit))
        #expect(report.rowsRejected == before.rowsRejected + 1)
        #expect(report.rowsRead == report.rowsAccepted + report.rowsRejected + report.rowsExcluded)
        let reject = try #require(rejected.first { $0.count >= 3 && $0[1] == String(long.line) })
        #expect(reject[2].contains("field 3 ('location') is \(limit + 1) bytes long, over the limit of \(limit) bytes"))
    }

    @Test func maxFieldBytesIsReadFromTheProfileAndChecked() throws {
        let yaml = """
        name: small-test
        columns: {incident_id: id, call_type: type, created: created}
        timestamps: {format: iso, time_zone: America/Chicago}
        plausibility: {max_field_bytes: 4096}
        """
        #expect(try Profile(yaml: yaml, file: "p.yaml").plausibility.maximumFieldBytes == 4096)
        #expect(try Profile(yaml: yaml.replacingOccurrences(of: "plausibility: {max_field_bytes: 4096}", with: ""), file: "p.yaml")
            .plausibility.maximumFieldBytes == Plausibility.defaultMaximumFieldBytes)
        do {
            _ = try Profile(yaml: yaml.replacingOccurrences(of: "4096", with: "0"), file: "p.yaml")
            Issue.record("max_field_bytes: 0 was accepted")
        } catch {
            #expect("\(error)".contains("max_field_bytes"))
            #expect("\(error)".contains("p.yaml"))
        }
    }
}
