/// A region of a choropleth map: its name, its outline as SVG path data already projected into the map's
/// coordinate space, and its value (`nil` for no data).
public struct MapRegion: Sendable, Hashable {
    /// The region's name, shown in its hover title.
    public var name: String
    /// SVG path data (`M … L … Z`), in map coordinates (0…mapWidth × 0…mapHeight, y down).
    /// Holes and multi-part regions are drawn with `fill-rule="evenodd"`.
    public var pathData: String
    /// The region's value, or `nil` (also for NaN/infinite) when there is none.
    public var value: Double?
    /// Where to print a short label (e.g. the district number) on the map, or `nil` for no label.
    /// A point inside the region (e.g. a pole of inaccessibility) in map coordinates.
    public var labelPoint: MapPoint?
    /// The label printed at `labelPoint`; defaults to the name.
    public var label: String?

    /// Creates a region.
    public init(name: String, pathData: String, value: Double?, labelPoint: MapPoint? = nil, label: String? = nil) {
        self.name = name
        self.pathData = pathData
        self.value = value
        self.labelPoint = labelPoint
        self.label = label
    }
}
