import Foundation
import Testing
@testable import Geography

/// The rule documented on `BoundaryLayer.detectNameProperty`.
@Suite struct NamePropertyDetectionTests {
    func detect(_ properties: [[String: JSONValue]]) -> Result<String, GeographyError> {
        Result { () throws(GeographyError) -> String in try BoundaryLayer.detectNameProperty(file: "f.geojson", properties: properties) }
    }

    @Test func prefersNameThenItsOtherSpellings() {
        #expect(detect([["name": .string("A"), "ZONE": .string("x")], ["name": .string("B"), "ZONE": .string("y")]]) == .success("name"))
        #expect(detect([["Name": .string("A"), "ZONE": .string("x")]]) == .success("Name"))
    }

    @Test func dropsBookkeepingFieldsThenTakesTheOneLeft() {
        let features: [[String: JSONValue]] = [
            ["OBJECTID": .number(9), "POLICE": .number(1), "Shape_Area": .number(1e8), "DIST_ID": .string("a")],
            ["OBJECTID": .number(10), "POLICE": .number(3), "Shape_Area": .number(2e8), "DIST_ID": .string("b")],
        ]
        #expect(detect(features) == .success("POLICE"))
    }

    @Test func needsTheValueOnEveryFeatureAsTextOrNumber() {
        // WARD is missing on one feature, OPEN is a boolean: only DISTRICT qualifies.
        let features: [[String: JSONValue]] = [
            ["WARD": .string("1"), "DISTRICT": .string("N"), "OPEN": .bool(true)],
            ["DISTRICT": .string("S"), "OPEN": .bool(false)],
        ]
        #expect(detect(features) == .success("DISTRICT"))
        // A null value disqualifies too, and then nothing is left.
        #expect(detect([["DISTRICT": .null], ["DISTRICT": .string("S")]])
            == .failure(.propertyNotDetected(file: "f.geojson", candidates: [], available: ["DISTRICT"])))
    }

    @Test func labelsNumbersWithoutNeedlessDecimals() {
        #expect(JSONValue.number(4).labelValue == "4")
        #expect(JSONValue.number(-2).labelValue == "-2")
        #expect(JSONValue.number(2.5).labelValue == "2.5")
        #expect(JSONValue.bool(true).labelValue == nil)
    }
}
