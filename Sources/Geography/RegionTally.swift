/// Counts of points per region, with the points outside every region and those without coordinates counted
/// apart. Tallies of separate chunks merge into the tally of the whole.
public struct RegionTally: Sendable, Equatable, Codable {
    /// Points per region name (regions declared at creation appear with 0).
    public private(set) var counts: [String: Int]
    /// Points with coordinates that fall in no region.
    public private(set) var outsideCount: Int
    /// Records that had no usable coordinates.
    public private(set) var missingCoordinateCount: Int

    /// One row of a ranked table.
    public struct Row: Sendable, Equatable, Codable {
        /// The region name.
        public var region: String
        /// Points in it.
        public var count: Int
        /// Its share of the points inside some region (0…1).
        public var share: Double
    }

    /// An empty tally; `regions` are listed with a count of 0 until points arrive.
    public init(regions: [String] = []) {
        counts = Dictionary(regions.map { ($0, 0) }, uniquingKeysWith: { first, _ in first })
        outsideCount = 0
        missingCoordinateCount = 0
    }

    /// Counts `count` points in `region`, or outside every region when `region` is `nil`.
    public mutating func record(_ region: String?, count: Int = 1) {
        if let region {
            counts[region, default: 0] += count
        } else {
            outsideCount += count
        }
    }

    /// Counts `count` records without coordinates.
    public mutating func recordMissingCoordinates(count: Int = 1) {
        missingCoordinateCount += count
    }

    /// Adds another tally's counts to this one.
    public mutating func merge(_ other: RegionTally) {
        counts.merge(other.counts, uniquingKeysWith: +)
        outsideCount += other.outsideCount
        missingCoordinateCount += other.missingCoordinateCount
    }

    /// Points that fell in some region.
    public var insideCount: Int { counts.values.reduce(0, +) }
    /// Every record seen: inside, outside and without coordinates.
    public var totalCount: Int { insideCount + outsideCount + missingCoordinateCount }

    /// Regions from the most points to the fewest (ties by name): the report's Figure 18 and Appendix 2.
    ///
    /// - Parameter unassignedLabel: `nil` to list regions only, with shares of the points inside some region;
    ///   or a label (LEAP's Appendix 2 uses "Na") to add one row for the points outside every region plus those
    ///   without coordinates, ranked with the rest, all shares then being of ``totalCount``.
    public func ranked(unassignedLabel: String? = nil) -> [Row] {
        var rows = counts.map { (region: $0.key, count: $0.value) }
        if let unassignedLabel { rows.append((unassignedLabel, outsideCount + missingCoordinateCount)) }
        let base = unassignedLabel == nil ? insideCount : totalCount
        return rows
            .map { Row(region: $0.region, count: $0.count, share: base > 0 ? Double($0.count) / Double(base) : 0) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.region < $1.region }
    }
}
