import Foundation

/// Calls per location, to find the places that call again and again (the report's evaluation question: "What
/// recurring issues are causing repeat calls from the same locations? How concentrated are calls in common
/// locations?").
///
/// A location is a key the caller makes with ``addressKey(_:)`` (the address as written, normalised) or
/// ``pointKey(latitude:longitude:decimals:)`` (coordinates rounded to a grid). Tallies of chunks merge.
public struct RepeatLocationTally: Sendable, Equatable, Codable {
    /// Calls per location key.
    public private(set) var counts: [String: Int] = [:]
    /// Calls with no usable location.
    public private(set) var unlocatedCount = 0

    /// One location of the ranked list.
    public struct Row: Sendable, Equatable, Codable {
        /// The location key.
        public var location: String
        /// Calls at it.
        public var count: Int
        /// Its share of all located calls (0…1).
        public var share: Double
    }

    /// How concentrated calls are at repeat locations.
    public struct Concentration: Sendable, Equatable, Codable {
        /// The threshold: a location counts when it has at least this many calls.
        public var minimumCount: Int
        /// Locations with at least ``minimumCount`` calls.
        public var locationCount: Int
        /// Calls at those locations.
        public var callCount: Int
        /// ``callCount`` over all located calls (0…1).
        public var share: Double
    }

    /// An empty tally.
    public init() {}

    /// Normalises an address into a key: upper case, runs of white space made one space, trimmed; `nil` when
    /// nothing is left. (`"5237 n  35th St,MKE "` → `"5237 N 35TH ST,MKE"`.)
    public static func addressKey(_ address: String) -> String? {
        let words = address.uppercased().split(whereSeparator: \.isWhitespace)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// A key for a point rounded to `decimals` decimal places of a degree (4 places ≈ 11 m of latitude), or
    /// `nil` for a non-finite coordinate.
    public static func pointKey(latitude: Double, longitude: Double, decimals: Int = 4) -> String? {
        guard latitude.isFinite, longitude.isFinite else { return nil }
        let scale = pow(10, Double(max(0, min(decimals, 9))))
        func text(_ value: Double) -> String {
            let units = Int64((value * scale).rounded())
            let sign = units < 0 ? "-" : ""
            let magnitude = units.magnitude
            let whole = magnitude / UInt64(scale)
            var fraction = String(magnitude % UInt64(scale))
            fraction = String(repeating: "0", count: max(0, decimals - fraction.count)) + fraction
            return decimals > 0 ? "\(sign)\(whole).\(fraction)" : "\(sign)\(whole)"
        }
        return text(latitude) + "," + text(longitude)
    }

    /// Counts `count` calls at `location` (`nil`: no usable location).
    public mutating func record(_ location: String?, count: Int = 1) {
        if let location { counts[location, default: 0] += count } else { unlocatedCount += count }
    }

    /// Adds another tally's counts to this one.
    public mutating func merge(_ other: RepeatLocationTally) {
        counts.merge(other.counts, uniquingKeysWith: +)
        unlocatedCount += other.unlocatedCount
    }

    /// Calls with a location.
    public var locatedCount: Int { counts.values.reduce(0, +) }

    /// The locations with the most calls (at least `minimumCount` each), most first, ties by key.
    public func top(_ limit: Int, minimumCount: Int = 2) -> [Row] {
        let total = locatedCount
        return counts.filter { $0.value >= minimumCount }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(max(0, limit))
            .map { Row(location: $0.key, count: $0.value, share: total > 0 ? Double($0.value) / Double(total) : 0) }
    }

    /// How many locations have at least `minimumCount` calls, and what share of calls they hold.
    public func concentration(minimumCount: Int) -> Concentration {
        let repeatCounts = counts.values.filter { $0 >= minimumCount }
        let calls = repeatCounts.reduce(0, +), total = locatedCount
        return Concentration(minimumCount: minimumCount, locationCount: repeatCounts.count, callCount: calls,
                             share: total > 0 ? Double(calls) / Double(total) : 0)
    }
}
