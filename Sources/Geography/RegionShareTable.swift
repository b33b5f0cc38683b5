/// How each group of calls (a call type, a category) spreads over the regions of a layer: the report's
/// Figures 15–16 ("Percent of CR-Eligible Calls in each Police District": per call type, the share of its calls
/// in each district, each row summing to 100%, and an Overall row).
///
/// Shares are over the group's calls that fell in some region; calls outside every region (or without
/// coordinates) are counted per group but kept out of the shares.
public struct RegionShareTable: Sendable, Equatable, Codable {
    /// The regions, in column order.
    public let regions: [String]
    /// Calls per group per region (`nil` key → outside/unlocated is kept in ``outsideCounts``).
    public private(set) var counts: [String: [String: Int]] = [:]
    /// Calls per group that fell in no region or had no coordinates.
    public private(set) var outsideCounts: [String: Int] = [:]

    /// The label of the row summing every group.
    public static let overallLabel = "Overall"

    /// One row of the table.
    public struct Row: Sendable, Equatable, Codable {
        /// The group (call type), or ``RegionShareTable/overallLabel``.
        public var group: String
        /// The group's calls that fell in some region.
        public var locatedCount: Int
        /// The group's calls outside every region or without coordinates.
        public var outsideCount: Int
        /// Calls per region, in ``RegionShareTable/regions`` order.
        public var counts: [Int]
        /// Share of ``locatedCount`` in each region (0…1), in ``RegionShareTable/regions`` order; all 0 when
        /// nothing was located.
        public var shares: [Double]
    }

    /// An empty table with these region columns (e.g. `layer.regionNames`, or sorted district numbers).
    public init(regions: [String]) {
        self.regions = regions
    }

    /// Counts `count` calls of `group` in `region` (`nil`: outside every region or no coordinates).
    public mutating func record(group: String, region: String?, count: Int = 1) {
        if let region {
            counts[group, default: [:]][region, default: 0] += count
        } else {
            outsideCounts[group, default: 0] += count
        }
    }

    /// Adds another table's counts (same regions) to this one.
    public mutating func merge(_ other: RegionShareTable) {
        for (group, row) in other.counts { counts[group, default: [:]].merge(row, uniquingKeysWith: +) }
        outsideCounts.merge(other.outsideCounts, uniquingKeysWith: +)
    }

    /// The rows: groups from the most located calls to the fewest (ties by name), then the Overall row.
    /// A region that is not among ``regions`` (a layer changed under the caller) counts only in ``Row/outsideCount``.
    public func rows() -> [Row] {
        let groups = Set(counts.keys).union(outsideCounts.keys)
        var result = groups.map { group in
            makeRow(group: group, perRegion: counts[group] ?? [:], outside: outsideCounts[group] ?? 0)
        }
        result.sort { $0.locatedCount != $1.locatedCount ? $0.locatedCount > $1.locatedCount : $0.group < $1.group }
        var all: [String: Int] = [:]
        for row in counts.values { all.merge(row, uniquingKeysWith: +) }
        result.append(makeRow(group: Self.overallLabel, perRegion: all, outside: outsideCounts.values.reduce(0, +)))
        return result
    }

    private func makeRow(group: String, perRegion: [String: Int], outside: Int) -> Row {
        let known = regions.map { perRegion[$0] ?? 0 }
        let located = known.reduce(0, +)
        let stray = perRegion.values.reduce(0, +) - located
        return Row(group: group, locatedCount: located, outsideCount: outside + stray, counts: known,
                   shares: known.map { located > 0 ? Double($0) / Double(located) : 0 })
    }
}
