/// A point in map coordinates (the same space as `MapRegion.pathData`).
public struct MapPoint: Sendable, Hashable {
    /// Horizontal map coordinate.
    public var x: Double
    /// Vertical map coordinate (down).
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
