/// Bounds on what a boundary file may hold, so that a wrong file (parcels instead of districts, an
/// unsimplified coastline) is refused with a clear message instead of slowing every run or being half read.
///
/// Exceeding ``maximumRegions`` or ``maximumVertices`` is a ``GeographyError`` (exit 65) naming the file, the
/// count and the limit. The self-intersection check (see ``BoundaryLayer/warnings``) spends at most
/// ``selfIntersectionBudget`` edge-pair tests per layer; rings left when it is spent are reported as not checked.
public struct BoundaryLimits: Sendable, Equatable {
    /// Most regions (distinct names) a layer may have (default ``defaultMaximumRegions``).
    public var maximumRegions: Int
    /// Most polygon vertices a layer may have, ring closing vertices included (default ``defaultMaximumVertices``).
    public var maximumVertices: Int
    /// Most edge-pair tests the self-intersection check makes over a layer (default ``defaultSelfIntersectionBudget``).
    public var selfIntersectionBudget: Int
    /// Most ring warnings listed one by one; the rest are summed up in one more warning.
    public var maximumListedWarnings: Int

    /// 10,000 regions: far more than any city's districts or neighbourhoods, far fewer than its blocks or parcels.
    public static let defaultMaximumRegions = 10_000
    /// 5,000,000 vertices: about 80 MB of coordinates; a city's neighbourhoods need tens of thousands.
    public static let defaultMaximumVertices = 5_000_000
    /// 50,000,000 edge-pair tests: well under a second.
    public static let defaultSelfIntersectionBudget = 50_000_000

    /// The limits every command uses.
    public static let standard = BoundaryLimits()

    /// Creates limits; every bound has a default.
    public init(maximumRegions: Int = BoundaryLimits.defaultMaximumRegions,
                maximumVertices: Int = BoundaryLimits.defaultMaximumVertices,
                selfIntersectionBudget: Int = BoundaryLimits.defaultSelfIntersectionBudget,
                maximumListedWarnings: Int = 20) {
        self.maximumRegions = maximumRegions
        self.maximumVertices = maximumVertices
        self.selfIntersectionBudget = selfIntersectionBudget
        self.maximumListedWarnings = maximumListedWarnings
    }
}
