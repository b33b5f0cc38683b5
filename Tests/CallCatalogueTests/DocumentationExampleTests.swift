import CallCatalogue
import Foundation
import Testing

/// The worked example of docs/catalogue-format.md must load and behave as the document says.
@Suite("docs/catalogue-format.md worked example")
struct DocumentationExampleTests {
    static func example() throws -> CallCatalogue {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let doc = try String(contentsOf: root.appendingPathComponent("docs/catalogue-format.md"), encoding: .utf8)
        let start = try #require(doc.range(of: "```yaml\n"))
        let end = try #require(doc.range(of: "\n```", range: start.upperBound..<doc.endIndex))
        return try CallCatalogue(yaml: String(doc[start.upperBound..<end.lowerBound]), file: "catalogue-format.md")
    }

    @Test func exampleLoadsAsDocumented() throws {
        let catalogue = try Self.example()
        #expect(catalogue.city == "Riverton")
        #expect(catalogue.entries.count == 9)
        #expect(catalogue.eligibleEntries.map(\.code)
            == ["TRBL W/SUBJ", "WELFARE CHECK", "NOISE COMPLAINT", "FAMILY TROUBLE"])
        #expect(catalogue.entry(for: "welf chk")?.code == "WELFARE CHECK")
        #expect(catalogue.entry(for: "WELFARE CHECK")?.eligibilityRate?.value == 0.62)
        let dv = try #require(catalogue.entry(for: "FAMILY TROUBLE-DV"))
        #expect(dv.category == .police && !dv.isEligible && dv.variantOf == "FAMILY TROUBLE")
        let weapon = try #require(catalogue.entry(for: "DISTURB W/WEAPON"))
        #expect(weapon.isWeaponVariant && !weapon.isEligible)
        #expect(catalogue.entry(for: "BURGLARY") == nil)
        #expect(catalogue.entry(for: "TRAFFIC STOP")?.isOfficerInitiated == true)
        #expect(catalogue.published["citizen_calls_2024"]?.value == 48_210)
    }

    @Test func builtInFileRoundTripsThroughExport() throws {
        let text = try CallCatalogue.builtInYAML("milwaukee")
        let copy = try CallCatalogue(yaml: text, file: "my-city.yaml")
        #expect(copy.entries == (try CallCatalogue.builtIn("milwaukee")).entries)
    }

    @Test func editingTheCopyTakesEffect() throws {
        var text = try CallCatalogue.builtInYAML("milwaukee")
        // Make Noise Nuisance ineligible by deleting its rate line (the first rate line with value 1.0).
        let line = try #require(text.range(of: "    eligibility_rate: {value: 1.0,"))
        let lineEnd = try #require(text[line.lowerBound...].firstIndex(of: "\n"))
        text.removeSubrange(line.lowerBound...lineEnd)
        let edited = try CallCatalogue(yaml: text, file: "my-city.yaml")
        #expect(edited.eligibleEntries.count == 17)
        #expect(edited.entry(for: "NOISE NUISANCE")?.isEligible == false)
    }
}
