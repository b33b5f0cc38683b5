import Testing
@testable import Geography

@Suite struct TallyTests {
    @Test func countsMergesAndRanks() {
        var north = RegionTally(regions: ["A", "B", "C"])
        north.record("A"); north.record("A"); north.record("B"); north.record(nil); north.recordMissingCoordinates()
        var south = RegionTally()
        south.record("B", count: 3); south.record("D"); south.record(nil, count: 2)
        north.merge(south)
        #expect(north.counts == ["A": 2, "B": 4, "C": 0, "D": 1])
        #expect(north.outsideCount == 3)
        #expect(north.missingCoordinateCount == 1)
        #expect(north.insideCount == 7)
        #expect(north.totalCount == 11)
        let ranked = north.ranked()
        #expect(ranked.map(\.region) == ["B", "A", "D", "C"])
        #expect(ranked[0].share == 4.0 / 7.0)
    }

    @Test func layerTallyCountsOutsideAndMissingApart() throws {
        let layer = try BoundaryLayer(spec: TestPaths.fixture("shapes.geojson"))
        let points: [GeoCoordinate?] = [
            GeoCoordinate(latitude: 0.5, longitude: 0.5),   // Ring
            GeoCoordinate(latitude: 2, longitude: 2),       // Core
            GeoCoordinate(latitude: 0.5, longitude: 5.5),   // Islands
            GeoCoordinate(latitude: 0.5, longitude: 8.8),   // Islands (second feature)
            GeoCoordinate(latitude: 50, longitude: 50),     // outside
            nil, nil,                                       // missing
        ]
        let tally = layer.tally(points)
        #expect(tally.counts == ["Ring": 1, "Core": 1, "Islands": 2])
        #expect(tally.outsideCount == 1)
        #expect(tally.missingCoordinateCount == 2)
        #expect(layer.regions(for: points) == ["Ring", "Core", "Islands", "Islands", nil, nil, nil])
    }

    @Test func agreementCrossTab() {
        var table = DistrictAgreement(regionNames: ["1", "2", "3"])
        table.record(stated: "1", computed: "1")
        table.record(stated: "01", computed: "1")     // canonical "1": agrees
        table.record(stated: "2", computed: "3")      // disagrees
        table.record(stated: " 3 ", computed: "3")    // agrees
        table.record(stated: "3", computed: nil)      // outside: not compared
        table.record(stated: "CITY", computed: "2")   // not a district of the layer: not compared
        table.record(stated: nil, computed: "2")      // no stated value: not compared
        var more = DistrictAgreement(regionNames: ["1", "2", "3"])
        more.record(stated: "2", computed: "2", count: 3)
        table.merge(more)
        #expect(table.comparedCount == 7)
        #expect(table.agreeingCount == 6)
        #expect(table.agreementShare == 6.0 / 7.0)
        #expect(table.statedElsewhereCount == 2)
        #expect(table.computedOutsideCount == 1)
        #expect(table.cells.map { "\($0.stated)>\($0.computed)=\($0.count)" }
            == ["1>1=2", "2>2=3", "2>3=1", "3>3=1", "3>(outside)=1", "(none)>2=1", "CITY>2=1"])
        #expect(DistrictAgreement(regionNames: ["1"]).agreementShare == nil)
    }
}
