import Foundation
import Testing
import CallRecords
import RerouteTestSupport

/// The worked example in docs/profile-format.md must work as written.
@Suite("Profile documentation")
struct ProfileDocumentationTests {
    @Test func workedExampleReadsItsExampleFile() throws {
        let root = TestPaths.packageRoot()
        let doc = try String(contentsOf: root.appendingPathComponent("docs/profile-format.md"), encoding: .utf8)
        let yaml = try String(contentsOf: root.appendingPathComponent("docs/examples/riverton.yaml"), encoding: .utf8)
        let csv = try String(contentsOf: root.appendingPathComponent("docs/examples/riverton.csv"), encoding: .utf8)
        #expect(doc.contains(yaml), "docs/examples/riverton.yaml must be the profile shown in the doc")
        #expect(doc.contains(csv), "docs/examples/riverton.csv must be the export shown in the doc")
        let profile = try Profile(yaml: yaml, file: "riverton.yaml")
        let (report, rejected, rows, ingestor) = try ingest([root.appendingPathComponent("docs/examples/riverton.csv").path], profile: profile)
        #expect(rejected.isEmpty && rows.count == 2 && report.balances)
        let welfare = rows[0]
        #expect(LocalTime(milliseconds: welfare.created).description == "2024-03-02T21:15:02")
        #expect((welfare.arrived - welfare.created) / 1000 == 24 * 60 + 3)
        #expect(welfare.source == .emergency911 && welfare.outcome == .noFormalAction)
        #expect(profile.catalogueCode(for: ingestor.callTypes.string(welfare.callType)) == "WELFARE CITIZEN")
        #expect(rows[1].source == .officerInitiated && rows[1].outcome == .citation)
    }
}
