import Foundation

/// A set of named regions (districts, neighbourhoods, …) loaded from a GeoJSON boundary file, indexed for fast
/// point-in-polygon look-ups.
///
/// ```swift
/// let layer = try BoundaryLayer(spec: "../shared/data/milwaukee/boundaries/police-districts.geojson:POLICE")
/// layer.region(containingLatitude: 43.0389, longitude: -87.9065)   // "1"
/// ```
///
/// ## Input
/// FeatureCollection, a single Feature or a bare geometry; Polygon, MultiPolygon (and polygons inside a
/// GeometryCollection), with holes; other geometries are ignored. Coordinates must be WGS84 longitude/latitude.
/// Several features may share a name: they form one region.
///
/// ## Limits and validity
/// A file with more regions or vertices than its ``BoundaryLimits`` allow is refused
/// (``GeographyError/tooManyRegions(file:property:count:limit:)``, ``GeographyError/tooManyVertices(file:count:limit:)``;
/// exit 65). A ring with fewer than 4 positions once closed is refused (``GeographyError/invalidGeometry(file:feature:reason:)``).
/// A ring that is not closed is closed, a ring enclosing no area is kept, and a ring that crosses, touches or
/// folds back on itself is kept: each is reported in ``warnings``, naming the file, the feature and the ring.
///
/// ## Which region a point is in
/// A point is inside a feature when a ray from it towards the east crosses the feature's rings an odd number of
/// times (even–odd over all rings, so holes are excluded and MultiPolygon parts counted). Edges are half-open:
/// an edge counts when one end is strictly north of the point and the other is not, and only when the point is
/// strictly west of the crossing. Consequences, for a point exactly on a boundary:
/// * on an edge shared by two features it is assigned to exactly one of them: the one lying east of the edge (for
///   a non-horizontal edge) or north of it (for a horizontal edge) — never to both, never to neither;
/// * on the outer edge of the layer it is inside when the layer lies east/north of it, outside otherwise.
///
/// If features overlap, the first in file order wins. Points outside every feature get `nil`.
/// (Shapely's `within`, by contrast, puts boundary points in no polygon; see `Tests/oracles/pip_oracle.py`.)
public struct BoundaryLayer: Sendable {
    /// The file the layer was read from, as given.
    public let source: String
    /// The feature property that names the regions.
    public let nameProperty: String
    /// Region names, unique, in the order they first appear in the file.
    public let regionNames: [String]
    /// The box around every polygon.
    public let boundingBox: GeoBoundingBox
    /// Number of features with polygons.
    public var featureCount: Int { featureRegion.count }
    /// Number of polygon vertices in the file (ring closing vertices included).
    public let vertexCount: Int
    /// Problems with rings that did not stop the layer from loading, one sentence each naming the file, the
    /// feature (position and name) and the ring: rings that were not closed (closed by repeating their first
    /// position), rings enclosing no area, rings that cross or touch themselves, and rings the self-intersection
    /// check had no budget left for. Commands print them to standard error; reports list them among their
    /// warnings and data-quality notes. See `ringWarnings(features:labels:file:limits:)`.
    public let warnings: [String]

    /// Region index of each feature.
    let featureRegion: [Int32]
    /// Polygons of each feature (outer ring then holes), for drawing.
    let featurePolygons: [[[Ring]]]
    let index: SpatialIndex

    /// Loads a layer from a `FILE[:PROPERTY]` argument.
    /// - Throws: ``GeographyError`` naming the file and the problem.
    /// - Parameter limits: bounds on regions and vertices (see ``BoundaryLimits``).
    public init(spec: String, limits: BoundaryLimits = .standard) throws(GeographyError) {
        try self.init(spec: BoundaryLayerSpec(parsing: spec), limits: limits)
    }

    /// Loads the layer a ``BoundaryLayerSpec`` names.
    /// - Parameter limits: bounds on regions and vertices (see ``BoundaryLimits``).
    /// - Throws: ``GeographyError`` naming the file and the problem.
    public init(spec: BoundaryLayerSpec, limits: BoundaryLimits = .standard) throws(GeographyError) {
        try self.init(contentsOf: URL(fileURLWithPath: spec.path), property: spec.property, source: spec.path, limits: limits)
    }

    /// Loads a layer from a GeoJSON file.
    /// - Parameters:
    ///   - url: the file.
    ///   - property: the property naming each region; `nil` to detect it (see `detectNameProperty(file:properties:)`).
    ///   - source: how to name the file in errors (defaults to its path).
    ///   - limits: bounds on regions and vertices (see ``BoundaryLimits``).
    /// - Throws: ``GeographyError`` naming the file and the problem.
    public init(contentsOf url: URL, property: String? = nil, source: String? = nil,
                limits: BoundaryLimits = .standard) throws(GeographyError) {
        let name = source ?? url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: name, detail: (error as NSError).localizedDescription)
        }
        try self.init(geoJSON: data, source: name, property: property, limits: limits)
    }

    /// Builds a layer from GeoJSON bytes.
    /// - Parameters:
    ///   - data: the GeoJSON text.
    ///   - source: the name used in errors and reports.
    ///   - property: the property naming each region; `nil` to detect it.
    ///   - limits: bounds on regions and vertices, and the self-intersection check's budget (``BoundaryLimits``).
    /// - Throws: ``GeographyError`` naming `source` and the problem, including
    ///   ``GeographyError/tooManyVertices(file:count:limit:)`` and ``GeographyError/tooManyRegions(file:property:count:limit:)``.
    public init(geoJSON data: Data, source: String, property: String? = nil,
                limits: BoundaryLimits = .standard) throws(GeographyError) {
        var features = try GeoJSONReader(file: source).read(data)
        // A file may hold several layers (districts and neighbourhoods, say), each feature marked with a `layer`
        // property and carrying only its layer's name property: with an explicit property, features of another
        // layer are left out. A feature without the property and without a `layer` mark is still an error.
        if let property, features.contains(where: { $0.properties[property]?.labelValue != nil }),
           features.allSatisfy({ $0.properties[property]?.labelValue != nil || $0.properties["layer"]?.labelValue != nil }) {
            features = features.filter { $0.properties[property]?.labelValue != nil }
        }
        let totalVertices = features.reduce(0) { sum, feature in
            sum + feature.polygons.joined().reduce(0) { $0 + $1.xs.count }
        }
        if totalVertices > limits.maximumVertices {
            throw .tooManyVertices(file: source, count: totalVertices, limit: limits.maximumVertices)
        }
        let chosen: String
        let unnamed = property == nil && features.allSatisfy(\.properties.isEmpty)
        if let property {
            chosen = property
        } else if unnamed {
            chosen = Self.fileNameProperty
        } else {
            chosen = try Self.detectNameProperty(file: source, properties: features.map(\.properties))
        }
        let baseName = URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
        var names: [String] = []
        var regionOfName: [String: Int32] = [:]
        var featureRegion: [Int32] = []
        var labels: [String] = []
        for (position, feature) in features.enumerated() {
            let label = unnamed
                ? (features.count == 1 ? baseName : "\(baseName) \(position + 1)")
                : feature.properties[chosen]?.labelValue
            guard let label else {
                throw .propertyMissing(file: source, property: chosen, feature: feature.position,
                                       available: feature.properties.keys.sorted())
            }
            labels.append(label)
            if let region = regionOfName[label] {
                featureRegion.append(region)
            } else {
                let region = Int32(names.count)
                regionOfName[label] = region
                names.append(label)
                featureRegion.append(region)
            }
        }
        if names.count > limits.maximumRegions {
            throw .tooManyRegions(file: source, property: chosen, count: names.count, limit: limits.maximumRegions)
        }
        let polygons = features.map(\.polygons)
        var box = GeoBoundingBox(minLongitude: .infinity, minLatitude: .infinity,
                                 maxLongitude: -.infinity, maxLatitude: -.infinity)
        for polygon in polygons.joined() {
            for ring in polygon {
                for k in ring.xs.indices {
                    box.minLongitude = min(box.minLongitude, ring.xs[k])
                    box.maxLongitude = max(box.maxLongitude, ring.xs[k])
                    box.minLatitude = min(box.minLatitude, ring.ys[k])
                    box.maxLatitude = max(box.maxLatitude, ring.ys[k])
                }
            }
        }
        self.source = source
        self.nameProperty = chosen
        self.regionNames = names
        self.boundingBox = box
        self.vertexCount = totalVertices
        self.featureRegion = featureRegion
        self.featurePolygons = polygons
        self.index = SpatialIndex(features: polygons)
        self.warnings = Self.ringWarnings(features: features, labels: labels, file: source, limits: limits)
    }

    /// The ``nameProperty`` of a layer whose features carry no properties at all (a bare geometry, say): its
    /// regions are named after the file (`city-limit`, or `city-limit 1`, `city-limit 2`, … for several features).
    public static let fileNameProperty = "(file name)"

    /// The region containing a point, or `nil` when the point is outside every polygon (or not finite).
    /// - Complexity: O(1) for most points; O(k) edge tests near a boundary, k being the edges in one slab.
    @inline(__always)
    public func region(containingLatitude latitude: Double, longitude: Double) -> String? {
        regionIndex(containingLatitude: latitude, longitude: longitude).map { regionNames[$0] }
    }

    /// The region containing a coordinate, or `nil` when it is outside every polygon.
    public func region(containing coordinate: GeoCoordinate) -> String? {
        region(containingLatitude: coordinate.latitude, longitude: coordinate.longitude)
    }

    /// The index into ``regionNames`` of the region containing a point, or `nil` when outside every polygon.
    @inline(__always)
    public func regionIndex(containingLatitude latitude: Double, longitude: Double) -> Int? {
        let feature = index.feature(containingX: longitude, y: latitude)
        return feature < 0 ? nil : Int(featureRegion[Int(feature)])
    }

    /// Distance in degrees from a point to the nearest polygon edge of the layer; used to recognise points that
    /// sit on a boundary, where implementations may legitimately differ.
    /// - Complexity: O(edges).
    public func distanceToNearestEdge(latitude: Double, longitude: Double) -> Double {
        index.distanceToNearestEdge(x: longitude, y: latitude)
    }

    /// Chooses the property that names the regions when none was given.
    ///
    /// Candidates are properties whose value is a string or a number on **every** feature. Then, in order:
    /// 1. `name` if it is a candidate; else a single candidate spelled `name` in another case (`NAME`, `Name`);
    /// 2. otherwise the candidates left after dropping identifier and geometry bookkeeping fields
    ///    (`OBJECTID`, `FID`, `ID`, `GID`, `OID`, names ending in `_ID`/`ID` after an underscore, `SHAPE_*`,
    ///    `*_Leng`, `*_Area`), if exactly one is left.
    ///
    /// An identifier field is never chosen on its own: regions named `7`, `8`, … by `OBJECTID` would mislead.
    /// - Throws: ``GeographyError/propertyNotDetected(file:candidates:available:)`` listing the candidates.
    static func detectNameProperty(file: String, properties: [[String: JSONValue]]) throws(GeographyError) -> String {
        var available = Set<String>()
        for object in properties { available.formUnion(object.keys) }
        let candidates = available.filter { key in
            properties.allSatisfy { $0[key]?.labelValue != nil }
        }.sorted()
        if candidates.contains("name") { return "name" }
        let nameLike = candidates.filter { $0.lowercased() == "name" }
        if nameLike.count == 1 { return nameLike[0] }
        let meaningful = candidates.filter { !isBookkeepingField($0) }
        if meaningful.count == 1 { return meaningful[0] }
        throw .propertyNotDetected(file: file, candidates: meaningful.isEmpty ? candidates : meaningful,
                                   available: available.sorted())
    }

    private static func isBookkeepingField(_ key: String) -> Bool {
        let upper = key.uppercased()
        if ["OBJECTID", "FID", "ID", "GID", "OID", "OBJECTID_1", "FID_1"].contains(upper) { return true }
        if upper.hasSuffix("_ID") || upper.hasPrefix("SHAPE_") || upper.hasPrefix("SHAPE.") { return true }
        if upper.hasSuffix("_LENG") || upper.hasSuffix("_AREA") || upper.hasSuffix("_LENGTH") { return true }
        return false
    }
}
