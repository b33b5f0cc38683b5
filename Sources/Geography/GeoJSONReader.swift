import Foundation

/// One closed ring of a polygon, as parallel longitude (`xs`) and latitude (`ys`) arrays; the last vertex equals the first.
struct Ring: Sendable {
    var xs: [Double]
    var ys: [Double]
}

/// A feature of a boundary file that carries at least one polygon.
struct ParsedFeature: Sendable {
    /// Position of the feature in the file (0-based), for error messages.
    var position: Int
    var properties: [String: JSONValue]
    /// Polygons; each is an outer ring followed by its holes.
    var polygons: [[Ring]]
    /// Rings that were read but not as written (closed by the reader), for the layer's warnings.
    var notes: [RingNote] = []
}

/// Reads GeoJSON (RFC 7946, plus the 2008 `crs` member) into polygon features.
struct GeoJSONReader {
    var file: String

    /// Names of geographic (longitude/latitude) coordinate reference systems accepted in a `crs` member.
    static let geographicCRSNames: Set<String> = [
        "urn:ogc:def:crs:ogc:1.3:crs84", "urn:ogc:def:crs:ogc::crs84", "crs84", "ogc:crs84",
        "urn:ogc:def:crs:epsg::4326", "urn:ogc:def:crs:epsg:4326", "epsg:4326", "epsg::4326",
        "urn:ogc:def:crs:epsg::4269", "epsg:4269", "urn:ogc:def:crs:ogc:1.3:crs83", "crs83",
        "urn:ogc:def:crs:epsg::4267", "epsg:4267", "urn:ogc:def:crs:ogc:1.3:crs27", "crs27",
    ]

    /// Parses `data` and returns the features holding polygons, in file order.
    func read(_ data: Data) throws(GeographyError) -> [ParsedFeature] {
        if data.isEmpty { throw .notJSON(file: file, detail: "the file is empty") }
        let root: JSONValue
        do {
            root = try JSONParser.parse(data)
        } catch {
            throw .notJSON(file: file, detail: "syntax error at line \(error.line), column \(error.column): \(error.message)")
        }
        guard let object = root.objectValue else {
            throw .notGeoJSON(file: file, reason: "the top level is \(root.kindName), not an object")
        }
        try checkCRS(object["crs"])
        guard let type = object["type"]?.stringValue else {
            throw .notGeoJSON(file: file, reason: "the top-level object has no 'type' member (keys: \(object.keys.sorted().joined(separator: ", ")))")
        }
        var seenTypes: [String] = []
        var features: [ParsedFeature] = []
        switch type {
        case "FeatureCollection":
            guard let list = object["features"]?.arrayValue else {
                throw .notGeoJSON(file: file, reason: "the FeatureCollection has no 'features' array")
            }
            for (position, element) in list.enumerated() {
                guard let feature = element.objectValue, feature["type"]?.stringValue == "Feature" else {
                    throw .notGeoJSON(file: file, reason: "element \(position) of 'features' is not a Feature object")
                }
                try checkCRS(feature["crs"])
                if let parsed = try readFeature(feature, position: position, seenTypes: &seenTypes) {
                    features.append(parsed)
                }
            }
        case "Feature":
            if let parsed = try readFeature(object, position: 0, seenTypes: &seenTypes) {
                features.append(parsed)
            }
        case "Polygon", "MultiPolygon", "GeometryCollection", "Point", "MultiPoint", "LineString", "MultiLineString":
            var notes: [RingNote] = []
            let polygons = try readGeometry(root, position: 0, seenTypes: &seenTypes, notes: &notes, polygonOffset: 0)
            if !polygons.isEmpty {
                features.append(ParsedFeature(position: 0, properties: [:], polygons: polygons, notes: notes))
            }
        default:
            throw .notGeoJSON(file: file, reason: "the top-level 'type' is '\(type)', which is not a GeoJSON type")
        }
        if features.isEmpty {
            var unique: [String] = []
            for type in seenTypes where !unique.contains(type) { unique.append(type) }
            throw .noPolygons(file: file, found: unique)
        }
        return features
    }

    private func readFeature(
        _ feature: [String: JSONValue], position: Int, seenTypes: inout [String]
    ) throws(GeographyError) -> ParsedFeature? {
        let properties = feature["properties"]?.objectValue ?? [:]
        guard let geometry = feature["geometry"], case .object = geometry else {
            seenTypes.append("null geometry")
            return nil
        }
        var notes: [RingNote] = []
        let polygons = try readGeometry(geometry, position: position, seenTypes: &seenTypes, notes: &notes, polygonOffset: 0)
        return polygons.isEmpty ? nil : ParsedFeature(position: position, properties: properties, polygons: polygons, notes: notes)
    }

    /// The polygons of one geometry.
    /// - Parameters:
    ///   - notes: receives the rings closed by the reader.
    ///   - polygonOffset: the feature's polygons read before this geometry (so notes count polygons over the feature).
    private func readGeometry(
        _ value: JSONValue, position: Int, seenTypes: inout [String], notes: inout [RingNote], polygonOffset: Int
    ) throws(GeographyError) -> [[Ring]] {
        guard let geometry = value.objectValue, let type = geometry["type"]?.stringValue else {
            throw .invalidGeometry(file: file, feature: position, reason: "the geometry has no 'type'")
        }
        seenTypes.append(type)
        switch type {
        case "Polygon":
            guard let coordinates = geometry["coordinates"] else {
                throw .invalidGeometry(file: file, feature: position, reason: "the Polygon has no 'coordinates'")
            }
            return [try readPolygon(coordinates, position: position, polygon: polygonOffset, notes: &notes)]
        case "MultiPolygon":
            guard let parts = geometry["coordinates"]?.arrayValue else {
                throw .invalidGeometry(file: file, feature: position, reason: "the MultiPolygon's 'coordinates' is not an array")
            }
            var polygons: [[Ring]] = []
            for part in parts {
                polygons.append(try readPolygon(part, position: position, polygon: polygonOffset + polygons.count, notes: &notes))
            }
            return polygons
        case "GeometryCollection":
            guard let members = geometry["geometries"]?.arrayValue else {
                throw .invalidGeometry(file: file, feature: position, reason: "the GeometryCollection has no 'geometries' array")
            }
            var polygons: [[Ring]] = []
            for member in members {
                polygons += try readGeometry(member, position: position, seenTypes: &seenTypes, notes: &notes,
                                             polygonOffset: polygonOffset + polygons.count)
            }
            return polygons
        default:
            return []
        }
    }

    /// One polygon's rings. An unclosed ring is closed by repeating its first position, and noted.
    private func readPolygon(_ value: JSONValue, position: Int, polygon: Int, notes: inout [RingNote]) throws(GeographyError) -> [Ring] {
        guard let ringValues = value.arrayValue, !ringValues.isEmpty else {
            throw .invalidGeometry(file: file, feature: position, reason: "a polygon must be a non-empty array of rings")
        }
        var rings: [Ring] = []
        for ringValue in ringValues {
            guard let positions = ringValue.arrayValue else {
                throw .invalidGeometry(file: file, feature: position, reason: "a ring is \(ringValue.kindName), not an array of positions")
            }
            var ring = Ring(xs: [], ys: [])
            ring.xs.reserveCapacity(positions.count + 1)
            ring.ys.reserveCapacity(positions.count + 1)
            for point in positions {
                guard let pair = point.arrayValue, pair.count >= 2,
                      case let .number(x) = pair[0], case let .number(y) = pair[1]
                else {
                    throw .invalidGeometry(file: file, feature: position, reason: "a position is not an array of two or more numbers")
                }
                guard x.isFinite, y.isFinite, abs(x) <= 180, abs(y) <= 90 else {
                    throw .projectedCoordinates(file: file, feature: position, x: x, y: y)
                }
                ring.xs.append(x)
                ring.ys.append(y)
            }
            if let firstX = ring.xs.first, let firstY = ring.ys.first, let lastX = ring.xs.last, let lastY = ring.ys.last,
               firstX != lastX || firstY != lastY {
                // Tolerated, but not silently: the layer warns that the ring was closed.
                notes.append(RingNote(polygon: polygon, ring: rings.count,
                                      problem: .unclosed(firstX: firstX, firstY: firstY, lastX: lastX, lastY: lastY)))
                ring.xs.append(firstX)
                ring.ys.append(firstY)
            }
            guard ring.xs.count >= 4 else {
                throw .invalidGeometry(file: file, feature: position, reason: "a ring has \(positions.count) positions; a closed ring needs at least 4")
            }
            rings.append(ring)
        }
        return rings
    }

    private func checkCRS(_ value: JSONValue?) throws(GeographyError) {
        guard let crs = value?.objectValue else { return }
        guard let name = crs["properties"]?.objectValue?["name"]?.stringValue else {
            if let type = crs["type"]?.stringValue, type != "name" {
                throw .projectedCRS(file: file, crs: "a '\(type)' CRS (only named longitude/latitude systems are accepted)")
            }
            return
        }
        if !Self.geographicCRSNames.contains(name.lowercased()) {
            throw .projectedCRS(file: file, crs: "'\(name)'")
        }
    }
}
