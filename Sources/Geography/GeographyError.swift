import Foundation
import Vocabulary

/// Everything that can go wrong while loading a boundary layer.
///
/// Each case names the file and the problem, and its ``description`` says what to do about it. `feature` values
/// are 0-based positions in the file's `features` array; descriptions count from 1 (`feature #1` is the first).
public enum GeographyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The `FILE[:PROPERTY]` argument could not be understood.
    case invalidLayerSpec(spec: String, reason: String)
    /// The file could not be read at all (missing, a directory, no permission).
    case unreadable(file: String, detail: String)
    /// The file is not JSON.
    case notJSON(file: String, detail: String)
    /// The file is JSON but not GeoJSON (no recognised top-level `type`).
    case notGeoJSON(file: String, reason: String)
    /// A geometry is malformed (bad coordinate array, ring too short, …).
    case invalidGeometry(file: String, feature: Int, reason: String)
    /// The file holds no Polygon or MultiPolygon geometry; `found` lists the geometry types that were there.
    case noPolygons(file: String, found: [String])
    /// The name property is absent (or null) on a feature; `available` lists the properties that exist.
    case propertyMissing(file: String, property: String, feature: Int, available: [String])
    /// No property could be chosen automatically as the region name.
    case propertyNotDetected(file: String, candidates: [String], available: [String])
    /// A coordinate lies outside ±180 longitude / ±90 latitude: the file is in a projected system.
    case projectedCoordinates(file: String, feature: Int, x: Double, y: Double)
    /// The `crs` member names a coordinate reference system that is not longitude/latitude.
    case projectedCRS(file: String, crs: String)
    /// The layer has more regions (distinct names under `property`) than ``BoundaryLimits/maximumRegions``.
    case tooManyRegions(file: String, property: String, count: Int, limit: Int)
    /// The layer has more polygon vertices than ``BoundaryLimits/maximumVertices``.
    case tooManyVertices(file: String, count: Int, limit: Int)

    public var description: String {
        switch self {
        case let .invalidLayerSpec(spec, reason):
            return "boundary layer '\(spec)': \(reason); write it as FILE or FILE:PROPERTY, e.g. neighborhoods.geojson:name"
        case let .unreadable(file, detail):
            return "\(file): cannot read the boundary file (\(detail)); check the path"
        case let .notJSON(file, detail):
            return "\(file): not JSON (\(detail)); a boundary file must be GeoJSON (RFC 7946)"
        case let .notGeoJSON(file, reason):
            return "\(file): not GeoJSON: \(reason); expected a FeatureCollection, a Feature or a Polygon/MultiPolygon geometry"
        case let .invalidGeometry(file, feature, reason):
            return "\(file): feature #\(feature + 1): invalid geometry: \(reason); fix or remove that feature"
        case let .noPolygons(file, found):
            let what = found.isEmpty ? "no geometries at all" : "only " + found.joined(separator: ", ")
            return "\(file): no Polygon or MultiPolygon geometry (found \(what)); boundaries must be areas, not points or lines"
        case let .propertyMissing(file, property, feature, available):
            let list = available.isEmpty ? "none" : available.joined(separator: ", ")
            return "\(file): feature #\(feature + 1) has no property '\(property)' (properties present: \(list)); choose one with FILE:PROPERTY"
        case let .propertyNotDetected(file, candidates, available):
            if candidates.isEmpty {
                let list = available.isEmpty ? "none" : available.joined(separator: ", ")
                return "\(file): no text or number property is present on every feature (properties seen: \(list)); add a 'name' property to each feature or choose one with FILE:PROPERTY"
            }
            return "\(file): cannot tell which property names the regions (candidates: \(candidates.joined(separator: ", "))); choose one with FILE:PROPERTY"
        case let .projectedCoordinates(file, feature, x, y):
            return "\(file): feature #\(feature + 1): coordinate (\(x), \(y)) is outside longitude ±180 / latitude ±90, so the file is in a projected system (metres or feet); reproject it to WGS84 longitude/latitude (e.g. ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson)"
        case let .projectedCRS(file, crs):
            return "\(file): the 'crs' member names \(crs), which is not longitude/latitude; reproject the file to WGS84 (e.g. ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson)"
        case let .tooManyRegions(file, property, count, limit):
            return "\(file): \(count) regions (distinct values of '\(property)'), over the limit of \(limit); a boundary layer holds districts or neighbourhoods, not blocks or parcels: choose another file, or another property with FILE:PROPERTY"
        case let .tooManyVertices(file, count, limit):
            return "\(file): \(count) polygon vertices, over the limit of \(limit); simplify the boundaries first (e.g. mapshaper in.geojson -simplify 10% -o out.geojson)"
        }
    }
}

extension GeographyError: RerouteError {
    /// A layer argument that cannot be understood is a usage error (64); a file that cannot be read is an input
    /// that cannot be read (1); everything else is an invalid boundary file (65).
    public var exitStatus: ExitStatus {
        switch self {
        case .invalidLayerSpec: .usage
        case .unreadable: .inputUnreadable
        default: .dataError
        }
    }
}
