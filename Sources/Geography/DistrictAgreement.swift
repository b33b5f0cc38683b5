import Foundation

/// Cross-tabulation of the district a record states against the district computed from its coordinates, and
/// the share that agree.
///
/// Values are compared after ``canonical(_:)`` (trimmed; integers without leading zeros, so `"04"` = `"4"` =
/// `4.0`). A row is *compared* when the stated value is one of the layer's regions and a region was computed;
/// stated values that are not regions of the layer (Milwaukee's `CITY`, `OUT`, `SPD`, …) and computed misses are
/// tabulated but not compared.
public struct DistrictAgreement: Sendable, Equatable, Codable {
    /// Label used in the table for a record with no stated district.
    public static let noneLabel = "(none)"
    /// Label used in the table for a point outside every region.
    public static let outsideLabel = "(outside)"

    /// Canonical names of the computed layer's regions.
    public let regionNames: Set<String>
    /// Records per stated value per computed value.
    public private(set) var crossTab: [String: [String: Int]] = [:]

    /// One cell of the cross-tabulation.
    public struct Cell: Sendable, Equatable, Codable {
        /// The stated district (canonical), or ``DistrictAgreement/noneLabel``.
        public var stated: String
        /// The computed region, or ``DistrictAgreement/outsideLabel``.
        public var computed: String
        /// Records in this cell.
        public var count: Int
    }

    /// An empty table for a layer with these region names.
    public init(regionNames: [String]) {
        self.regionNames = Set(regionNames.map(Self.canonical))
    }

    /// Trims whitespace and writes integers without leading zeros or a fraction (`" 04 "`, `"4.0"` → `"4"`).
    public static func canonical(_ value: String) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if let number = Double(trimmed), number == number.rounded(), abs(number) < 1e15, !trimmed.isEmpty {
            return String(Int64(number))
        }
        return trimmed
    }

    /// Records one call: its stated district (`nil` or empty if none) and the computed region (`nil` if outside).
    public mutating func record(stated: String?, computed: String?, count: Int = 1) {
        let statedLabel = stated.map(Self.canonical).flatMap { $0.isEmpty ? nil : $0 } ?? Self.noneLabel
        let computedLabel = computed.map(Self.canonical) ?? Self.outsideLabel
        crossTab[statedLabel, default: [:]][computedLabel, default: 0] += count
    }

    /// Adds another table's counts (built for the same layer) to this one.
    public mutating func merge(_ other: DistrictAgreement) {
        for (stated, row) in other.crossTab {
            crossTab[stated, default: [:]].merge(row, uniquingKeysWith: +)
        }
    }

    /// Records whose stated district is a region of the layer and whose point fell in some region.
    public var comparedCount: Int {
        crossTab.reduce(0) { total, entry in
            guard regionNames.contains(entry.key) else { return total }
            return total + entry.value.reduce(0) { $0 + ($1.key == Self.outsideLabel ? 0 : $1.value) }
        }
    }

    /// Compared records whose stated and computed districts are the same.
    public var agreeingCount: Int {
        crossTab.reduce(0) { total, entry in
            regionNames.contains(entry.key) ? total + (entry.value[entry.key] ?? 0) : total
        }
    }

    /// ``agreeingCount`` / ``comparedCount``, or `nil` when nothing was compared.
    public var agreementShare: Double? {
        let compared = comparedCount
        return compared > 0 ? Double(agreeingCount) / Double(compared) : nil
    }

    /// Records whose stated value is not a region of the layer (including no value).
    public var statedElsewhereCount: Int {
        crossTab.reduce(0) { total, entry in
            regionNames.contains(entry.key) ? total : total + entry.value.values.reduce(0, +)
        }
    }

    /// Records with a stated region whose point fell outside every region.
    public var computedOutsideCount: Int {
        crossTab.reduce(0) { total, entry in
            regionNames.contains(entry.key) ? total + (entry.value[Self.outsideLabel] ?? 0) : total
        }
    }

    /// Every non-empty cell, ordered by stated then computed value (numbers in numeric order).
    public var cells: [Cell] {
        crossTab.flatMap { stated, row in row.map { Cell(stated: stated, computed: $0.key, count: $0.value) } }
            .sorted { Self.precedes($0.stated, $1.stated) || ($0.stated == $1.stated && Self.precedes($0.computed, $1.computed)) }
    }

    private static func precedes(_ a: String, _ b: String) -> Bool {
        switch (Int(a), Int(b)) {
        case let (x?, y?): return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a < b
        }
    }
}
