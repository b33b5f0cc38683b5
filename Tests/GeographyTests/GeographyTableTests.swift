import Foundation
import Testing
@testable import Geography

/// The report's geography tables, on hand-counted data and on the Milwaukee sample.
@Suite struct GeographyTableTests {
    /// Figure 16's shape: per call type, the share of its located calls in each district; then Overall.
    @Test func regionSharesByGroup() {
        var table = RegionShareTable(regions: ["1", "2", "3"])
        for _ in 0..<3 { table.record(group: "NOISE", region: "1") }
        table.record(group: "NOISE", region: "2")
        table.record(group: "NOISE", region: nil)            // outside: counted apart, not in the shares
        var other = RegionShareTable(regions: ["1", "2", "3"])
        other.record(group: "WELFARE", region: "3", count: 2)
        other.record(group: "NOISE", region: "9")            // not a column: reported as outside
        table.merge(other)
        let rows = table.rows()
        #expect(rows.map(\.group) == ["NOISE", "WELFARE", "Overall"])
        #expect(rows[0] == RegionShareTable.Row(group: "NOISE", locatedCount: 4, outsideCount: 2, counts: [3, 1, 0],
                                                shares: [0.75, 0.25, 0]))
        #expect(rows[1].shares == [0, 0, 1])
        #expect(rows[2] == RegionShareTable.Row(group: "Overall", locatedCount: 6, outsideCount: 2, counts: [3, 1, 2],
                                                shares: [0.5, 1.0 / 6.0, 2.0 / 6.0]))
    }

    /// Appendix 2 lists "Na" (no neighbourhood) among the neighbourhoods, shares over every call.
    @Test func rankedWithAnUnassignedRow() {
        var tally = RegionTally(regions: ["KILBOURN TOWN", "HARAMBEE", "AMANI"])
        tally.record("KILBOURN TOWN", count: 5)
        tally.record("HARAMBEE", count: 2)
        tally.record(nil, count: 2)
        tally.recordMissingCoordinates()
        let rows = tally.ranked(unassignedLabel: "Na")
        #expect(rows.map(\.region) == ["KILBOURN TOWN", "Na", "HARAMBEE", "AMANI"])
        #expect(rows.map(\.count) == [5, 3, 2, 0])
        #expect(rows.map(\.share) == [0.5, 0.3, 0.2, 0])
        #expect(tally.ranked().map(\.share) == [5.0 / 7.0, 2.0 / 7.0, 0])
    }

    @Test func locationKeys() {
        #expect(RepeatLocationTally.addressKey("  5237 n  35th St,MKE ") == "5237 N 35TH ST,MKE")
        #expect(RepeatLocationTally.addressKey(" \t ") == nil)
        #expect(RepeatLocationTally.pointKey(latitude: 43.11279, longitude: -87.95674) == "43.1128,-87.9567")
        #expect(RepeatLocationTally.pointKey(latitude: -0.00004, longitude: 7.5, decimals: 2) == "0.00,7.50")
        #expect(RepeatLocationTally.pointKey(latitude: 43.00001, longitude: -87.00005, decimals: 4) == "43.0000,-87.0001")
        #expect(RepeatLocationTally.pointKey(latitude: .nan, longitude: 1) == nil)
    }

    @Test func repeatLocationsRankAndConcentrate() {
        var tally = RepeatLocationTally()
        tally.record("A", count: 4); tally.record("B", count: 2); tally.record("C"); tally.record(nil)
        var other = RepeatLocationTally()
        other.record("B", count: 2); other.record("D")
        tally.merge(other)
        #expect(tally.locatedCount == 10)
        #expect(tally.unlocatedCount == 1)
        #expect(tally.top(10) == [.init(location: "A", count: 4, share: 0.4), .init(location: "B", count: 4, share: 0.4)])
        #expect(tally.top(1, minimumCount: 1).map(\.location) == ["A"])
        #expect(tally.concentration(minimumCount: 2) == .init(minimumCount: 2, locationCount: 2, callCount: 8, share: 0.8))
    }

    /// Every Milwaukee location with at least 10 calls, against Tests/oracles/repeat_locations_oracle.py.
    @Test func milwaukeeRepeatLocationsMatchTheOracle() throws {
        let text = try String(contentsOf: TestPaths.milwaukee.appendingPathComponent("mpd-calls-2018-05.csv"), encoding: .utf8)
        var tally = RepeatLocationTally()
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            // The location is the third field, quoted when it holds a comma.
            let fields = line.split(separator: "\"", omittingEmptySubsequences: false)
            let location = fields.count >= 3 ? String(fields[1]) : String(line.split(separator: ",", omittingEmptySubsequences: false)[2])
            tally.record(RepeatLocationTally.addressKey(location))
        }
        let fixture = try String(contentsOf: TestPaths.fixtures.appendingPathComponent("milwaukee-repeat-locations.csv"), encoding: .utf8)
        let expected = fixture.split(whereSeparator: \.isNewline).dropFirst().compactMap { line -> (String, Int)? in
            guard let comma = line.lastIndex(of: ","), let count = Int(line[line.index(after: comma)...]) else { return nil }
            return (line[..<comma].trimmingCharacters(in: CharacterSet(charactersIn: "\"")), count)
        }
        #expect(expected.count == 201)
        let top = tally.top(1_000, minimumCount: 10)
        #expect(tally.locatedCount == 33_968)
        #expect(top.count == expected.count)
        #expect(top.map(\.location) == expected.map(\.0))
        #expect(top.map(\.count) == expected.map(\.1))
        let concentration = tally.concentration(minimumCount: 10)
        #expect(concentration.locationCount == 201)
        #expect(concentration.callCount == expected.reduce(0) { $0 + $1.1 })
        #expect(tally.concentration(minimumCount: 2).callCount == 20_264)  // printed by the oracle script
    }
}
