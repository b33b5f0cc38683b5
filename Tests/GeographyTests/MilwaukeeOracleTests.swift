import Foundation
import Testing
@testable import Geography

/// The real Milwaukee boundaries against the shapely oracle (Tests/oracles/pip_oracle.py, output committed as
/// Fixtures/milwaukee-pip-oracle.csv).
@Suite struct MilwaukeeOracleTests {
    /// Tolerance rule: the Swift and shapely answers may differ only for a point closer than this (degrees) to an
    /// edge, where the half-open rule and GEOS's `within` (boundary = outside) legitimately disagree.
    static let edgeTolerance = 1e-9

    struct OracleRow { var id: String; var neighbourhood: String?; var district: String? }

    static func oracleRows() throws -> [OracleRow] {
        let text = try String(contentsOf: TestPaths.fixtures.appendingPathComponent("milwaukee-pip-oracle.csv"), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).dropFirst().map { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            return OracleRow(id: fields[0], neighbourhood: fields[1].isEmpty ? nil : fields[1],
                             district: fields[2].isEmpty ? nil : fields[2])
        }
    }

    /// Calls of the sample: id, optional coordinate and stated district. The file's quoted `location` field holds
    /// a comma, so fields are split honouring quotes.
    static func calls() throws -> [(id: String, coordinate: GeoCoordinate?, district: String)] {
        let text = try String(contentsOf: TestPaths.milwaukee.appendingPathComponent("mpd-calls-2018-05.csv"), encoding: .utf8)
        var result: [(id: String, coordinate: GeoCoordinate?, district: String)] = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            var fields: [String] = [], field = "", quoted = false
            for character in line {
                if character == "\"" { quoted.toggle() } else if character == ",", !quoted { fields.append(field); field = "" } else { field.append(character) }
            }
            fields.append(field)
            let coordinate = Double(fields[3]).flatMap { lat in Double(fields[4]).map { GeoCoordinate(latitude: lat, longitude: $0) } }
            result.append((fields[0], coordinate, fields[5]))
        }
        return result
    }

    @Test func everyCallAgreesWithShapely() throws {
        let neighbourhoods = try BoundaryLayer(spec: TestPaths.boundary("neighborhoods.geojson") + ":name")
        let districts = try BoundaryLayer(spec: TestPaths.boundary("police-districts.geojson") + ":POLICE")
        let calls = try Self.calls()
        let coordinateOf = Dictionary(uniqueKeysWithValues: calls.compactMap { call in call.coordinate.map { (call.id, $0) } })
        let rows = try Self.oracleRows()
        #expect(calls.count == 33_968)
        #expect(rows.count == 33_957)           // 11 calls lack coordinates
        #expect(rows.count == coordinateOf.count)

        var compared = 0, mismatches: [String] = [], tolerated: [String] = []
        for row in rows {
            guard let point = coordinateOf[row.id] else { Issue.record("oracle id \(row.id) not in the calls"); continue }
            for (layer, expected) in [(neighbourhoods, row.neighbourhood), (districts, row.district)] {
                compared += 1
                let computed = layer.region(containing: point)
                guard computed != expected else { continue }
                let distance = layer.distanceToNearestEdge(latitude: point.latitude, longitude: point.longitude)
                let note = "\(row.id) \(layer.nameProperty): swift \(computed ?? "-") shapely \(expected ?? "-") edge distance \(distance)"
                if distance < Self.edgeTolerance { tolerated.append(note) } else { mismatches.append(note) }
            }
        }
        #expect(compared == 2 * 33_957)
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches: \(mismatches.prefix(10))")
        if !tolerated.isEmpty { print("points on an edge (tolerated): \(tolerated)") }
        #expect(tolerated.count <= 5)
    }

    @Test func tallyAndDistrictAgreementMatchTheOracle() throws {
        let districts = try BoundaryLayer(spec: TestPaths.boundary("police-districts.geojson"))  // auto-detects POLICE
        #expect(districts.nameProperty == "POLICE")
        #expect(districts.regionNames.sorted() == ["1", "2", "3", "4", "5", "6", "7"])
        let calls = try Self.calls()
        let oracle = Dictionary(uniqueKeysWithValues: try Self.oracleRows().map { ($0.id, $0.district) })

        // Tally in two halves, merged, against counts made from the oracle.
        let half = calls.count / 2
        var tally = districts.tally(calls[..<half].map(\.coordinate), threads: 2)
        tally.merge(districts.tally(calls[half...].map(\.coordinate), threads: 1))
        var expected = RegionTally(regions: districts.regionNames)
        for call in calls {
            if call.coordinate == nil { expected.recordMissingCoordinates() } else { expected.record(oracle[call.id] ?? nil) }
        }
        #expect(tally == expected)
        #expect(tally.missingCoordinateCount == 11)
        #expect(tally.outsideCount == 981)
        #expect(tally.totalCount == 33_968)

        // Agreement of the stated district with the computed one, against the same table built from the oracle.
        var agreement = DistrictAgreement(regionNames: districts.regionNames)
        var oracleAgreement = DistrictAgreement(regionNames: districts.regionNames)
        let computed = districts.regions(for: calls.map(\.coordinate), threads: 2)
        for (call, region) in zip(calls, computed) {
            agreement.record(stated: call.district, computed: region)
            oracleAgreement.record(stated: call.district, computed: call.coordinate == nil ? nil : oracle[call.id] ?? nil)
        }
        #expect(agreement == oracleAgreement)
        #expect(agreement.comparedCount == 32_937)
        #expect(agreement.agreeingCount == 32_153)
        print("district agreement: \(agreement.agreeingCount)/\(agreement.comparedCount) = \(agreement.agreementShare ?? .nan)")
    }

    /// The grid only short-cuts the exact test: on 200,000 seeded random points over the neighbourhoods' box (and a
    /// margin around it) the index answers exactly what testing every feature in order answers.
    @Test func gridAgreesWithTestingEveryFeature() throws {
        let layer = try BoundaryLayer(spec: TestPaths.boundary("neighborhoods.geojson"))
        #expect(layer.nameProperty == "name")
        #expect(layer.regionNames.count == 190)
        let box = layer.boundingBox
        var generator = SplitMix64(seed: 2018)
        var latitudes: [Double] = [], longitudes: [Double] = []
        for _ in 0..<200_000 {
            longitudes.append(box.minLongitude - 0.01 + (box.maxLongitude - box.minLongitude + 0.02) * generator.unit())
            latitudes.append(box.minLatitude - 0.01 + (box.maxLatitude - box.minLatitude + 0.02) * generator.unit())
        }
        let batch = layer.regionIndices(latitudes: latitudes, longitudes: longitudes, threads: 2)
        let serial = layer.regionIndices(latitudes: latitudes, longitudes: longitudes, threads: 1)
        #expect(batch == serial)
        var differences = 0, inside = 0
        for k in 0..<latitudes.count {
            let feature = layer.index.featureByBruteForce(x: longitudes[k], y: latitudes[k])
            let region = feature < 0 ? -1 : layer.featureRegion[Int(feature)]
            if region != batch[k] { differences += 1 }
            if region >= 0 { inside += 1 }
        }
        #expect(differences == 0)
        #expect(inside > 50_000)  // the test exercises real assignments, not just misses
    }

    @Test func detectsTheNamePropertyOfEachMilwaukeeLayer() throws {
        #expect(try BoundaryLayer(spec: TestPaths.boundary("aldermanic-districts.geojson")).nameProperty == "name")
        #expect(try BoundaryLayer(spec: TestPaths.boundary("aldermanic-districts.geojson:ALD")).regionNames.count == 15)
        let city = try BoundaryLayer(spec: TestPaths.boundary("city-limit.geojson"))
        #expect(city.regionNames.count == 1)
        // City Hall, 200 E Wells St, is in the city; Chicago's Loop is not.
        #expect(city.region(containingLatitude: 43.0417, longitude: -87.9097) != nil)
        #expect(city.region(containingLatitude: 41.8781, longitude: -87.6298) == nil)
        // City Hall is downtown: MPD District 1, Juneau Town, Aldermanic District 4.
        #expect(try BoundaryLayer(spec: TestPaths.boundary("police-districts.geojson")).region(containingLatitude: 43.0417, longitude: -87.9097) == "1")
        #expect(try BoundaryLayer(spec: TestPaths.boundary("neighborhoods.geojson")).region(containingLatitude: 43.0417, longitude: -87.9097) == "JUNEAU TOWN")
        #expect(try BoundaryLayer(spec: TestPaths.boundary("aldermanic-districts.geojson:ALD")).region(containingLatitude: 43.0417, longitude: -87.9097) == "4")
    }
}
