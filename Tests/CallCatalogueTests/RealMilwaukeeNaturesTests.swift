import CallCatalogue
import Foundation
import Testing

/// Every distinct `nature` of the real MPD sample (counted independently by Tests/oracles/milwaukee_natures.py,
/// output committed as Fixtures/milwaukee-natures.csv) is known to the catalogue, except an explicit short list.
@Suite("Real Milwaukee natures")
struct RealMilwaukeeNaturesTests {
    /// Natures whose meaning is unclear; left unknown on purpose (see milwaukee.yaml). Analyses list them.
    static let expectedUnknown: Set<String> = [
        "MED RUN", "SCHOOL", "NETWORK CRIMINAL", "REPORT TO 10-22", "GAME PLAN", "CALL BY PHONE", "DOCUMENTED CALL",
        "911 ABUSE CONFIR", "TRUANT", "TRESPASSER", "LOITERING", "SUBJ DOWN", "FLOODING",
    ]

    static func natures() throws -> [(nature: String, count: Int)] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/milwaukee-natures", withExtension: "csv"))
        let text = try String(contentsOf: url, encoding: .utf8)
        var rows: [(String, Int)] = []
        for line in text.split(separator: "\n").dropFirst() {
            // The oracle writes with csv.writer; no nature in the sample needs quoting (checked below).
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            try #require(fields.count == 2, "unexpected fixture line: \(line)")
            rows.append((String(fields[0]), try #require(Int(fields[1]))))
        }
        return rows
    }

    @Test func fixtureCountsTheWholeSample() throws {
        let natures = try Self.natures()
        #expect(natures.count == 179)
        #expect(natures.map(\.count).reduce(0, +) == 33_968, "the sample has 33,968 calls (data README)")
    }

    @Test func everyNatureIsKnownOrListed() throws {
        let catalogue = try CallCatalogue.builtIn("milwaukee")
        let natures = try Self.natures()
        let unknown = natures.filter { catalogue.entry(for: $0.nature) == nil }
        print("Natures of mpd-calls-2018-05.csv unknown to the Milwaukee catalogue (nature, count):")
        for row in unknown {
            print("  \(row.nature),\(row.count)")
        }
        print("  total: \(unknown.count) natures, \(unknown.map(\.count).reduce(0, +)) calls")
        #expect(Set(unknown.map(\.nature)) == Self.expectedUnknown)
        let unknownCalls = unknown.map(\.count).reduce(0, +)
        #expect(Double(unknownCalls) / 33_968 < 0.01, "unknown natures must stay a small share of calls")
    }

    @Test func officerInitiatedShareOfTheSampleIsPlausible() throws {
        // The sample mixes citizen and officer-initiated activity; it has no source column, so the catalogue's
        // officer-initiated list is what separates them. TRAFFIC STOP alone is 3,719 of 33,968 rows.
        let catalogue = try CallCatalogue.builtIn("milwaukee")
        let natures = try Self.natures()
        let officer = natures.filter { catalogue.entry(for: $0.nature)?.isOfficerInitiated == true }
        let officerCalls = officer.map(\.count).reduce(0, +)
        #expect(officer.contains { $0.nature == "TRAFFIC STOP" && $0.count == 3_719 })
        #expect(officerCalls > 15_000 && officerCalls < 20_000, "\(officerCalls)")
    }
}
