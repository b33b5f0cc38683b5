/// A WGS84 position in degrees.
public struct GeoCoordinate: Sendable, Hashable, Codable {
    /// Latitude in degrees north (−90…90).
    public var latitude: Double
    /// Longitude in degrees east (−180…180).
    public var longitude: Double

    /// Creates a coordinate from latitude and longitude in degrees.
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}

/// A longitude/latitude box in degrees.
public struct GeoBoundingBox: Sendable, Hashable, Codable {
    /// Westmost longitude.
    public var minLongitude: Double
    /// Southmost latitude.
    public var minLatitude: Double
    /// Eastmost longitude.
    public var maxLongitude: Double
    /// Northmost latitude.
    public var maxLatitude: Double

    /// Creates a box from its edges.
    public init(minLongitude: Double, minLatitude: Double, maxLongitude: Double, maxLatitude: Double) {
        self.minLongitude = minLongitude
        self.minLatitude = minLatitude
        self.maxLongitude = maxLongitude
        self.maxLatitude = maxLatitude
    }
}
