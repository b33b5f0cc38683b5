import Foundation

/// The projection used for SVG maps: equirectangular with longitudes scaled by the cosine of the middle latitude,
/// north up, fitted into a `width × height` pixel box with the aspect ratio kept and the drawing centred.
///
/// Make one from the layer to draw (``BoundaryLayer/mapProjection(width:height:)``) and pass it to every layer
/// and marker drawn on the same map so that they line up.
public struct MapProjection: Sendable, Hashable, Codable {
    /// The geographic box that fills the drawing.
    public let boundingBox: GeoBoundingBox
    /// Drawing width in pixels.
    public let width: Double
    /// Drawing height in pixels.
    public let height: Double
    /// cos(middle latitude): the east–west scale of a degree of longitude relative to one of latitude.
    public let longitudeScale: Double
    /// Pixels per degree of latitude.
    public let pixelsPerDegree: Double
    private let offsetX: Double
    private let offsetY: Double

    /// Fits `boundingBox` into a `width × height` box.
    public init(fitting boundingBox: GeoBoundingBox, width: Double, height: Double) {
        self.boundingBox = boundingBox
        self.width = width
        self.height = height
        let middle = (boundingBox.minLatitude + boundingBox.maxLatitude) / 2 * .pi / 180
        longitudeScale = cos(middle)
        let spanX = max((boundingBox.maxLongitude - boundingBox.minLongitude) * longitudeScale, 1e-12)
        let spanY = max(boundingBox.maxLatitude - boundingBox.minLatitude, 1e-12)
        pixelsPerDegree = min(max(width, 1) / spanX, max(height, 1) / spanY)
        offsetX = (width - spanX * pixelsPerDegree) / 2
        offsetY = (height - spanY * pixelsPerDegree) / 2
    }

    /// The pixel position of a point (x to the right, y down).
    @inline(__always)
    public func project(latitude: Double, longitude: Double) -> (x: Double, y: Double) {
        (offsetX + (longitude - boundingBox.minLongitude) * longitudeScale * pixelsPerDegree,
         offsetY + (boundingBox.maxLatitude - latitude) * pixelsPerDegree)
    }
}
