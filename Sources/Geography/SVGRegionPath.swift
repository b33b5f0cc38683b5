/// The outline of one region as an SVG path, ready to be filled in a choropleth map.
///
/// Draw it with `fill-rule="evenodd"` so that holes stay empty.
public struct SVGRegionPath: Sendable, Hashable, Codable {
    /// The region name (one of ``BoundaryLayer/regionNames``).
    public var region: String
    /// The path data (`M x,y L … Z` per ring, pixel coordinates with one decimal).
    public var d: String
    /// Vertices kept in this path after simplification.
    public var vertexCount: Int

    /// Creates a path.
    public init(region: String, d: String, vertexCount: Int) {
        self.region = region
        self.d = d
        self.vertexCount = vertexCount
    }
}
