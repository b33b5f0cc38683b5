import Foundation
import CallRecords
import Geography

/// Citizen-initiated calls per call type in each region of one boundary layer.
public struct LayerSummary: Sendable, Equatable {
    /// The layer's label (file stem, and the property when given).
    public var name: String
    public var source: String
    public var regionNames: [String]
    /// Catalogue code → calls per region (index as in ``regionNames``).
    public var callsByType: [String: [Int]] = [:]
    /// Catalogue code → calls with coordinates outside every polygon.
    public var outsideByType: [String: Int] = [:]
    /// Catalogue code → calls without usable coordinates.
    public var missingByType: [String: Int] = [:]
    /// Stated district (from the data) → computed region (nil = outside) → calls.
    public var statedVersusComputed: [String: [String?: Int]] = [:]
    /// Calls outside every polygon, for listing (file index, line, latitude, longitude, call type), first ``outsideListLimit``.
    public var outsideCalls: [OutsideCall] = []

    /// Moves the lines of the listed outside calls by `offset`: a part of a file read with its lines counted from
    /// the part's start, once the lines before the part are known (``AnalysisRun``).
    public mutating func moveLines(by offset: Int) {
        for i in outsideCalls.indices { outsideCalls[i].line += offset }
    }
    /// The boundary file's ring problems (``BoundaryLayer/warnings``): rings closed by the reader, rings that
    /// cross or touch themselves.
    public var boundaryWarnings: [String] = []

    public static let outsideListLimit = 10_000
}

/// A call whose coordinates fall outside every polygon of a layer.
public struct OutsideCall: Sendable, Equatable {
    public var file: String
    public var line: Int
    public var latitude: Double
    public var longitude: Double
    public var callType: String
}

/// A point (coordinates rounded to about 11 m) with its eligible-type calls.
public struct RepeatLocation: Sendable, Equatable {
    public var latitude: Double
    public var longitude: Double
    public var calls: Int
    public var eligibleCalls: Double
    public var callsByType: [String: Int]
    /// Whether the point falls inside a region of some boundary layer (points outside every region, such as
    /// (0, 0) or another city, are listed apart and never ranked).
    public var insideStudyArea: Bool = true
    /// The street address of the first call at the point, when the export has an address column.
    public var address: String?
}

extension LayerSummary {
    /// Adds another summary of the same layer (same regions).
    public mutating func merge(_ o: LayerSummary) {
        for (k, v) in o.callsByType {
            var into = callsByType[k] ?? Array(repeating: 0, count: v.count)
            for i in v.indices { into[i] += v[i] }
            callsByType[k] = into
        }
        for (k, v) in o.outsideByType { outsideByType[k, default: 0] += v }
        for (k, v) in o.missingByType { missingByType[k, default: 0] += v }
        for (d, m) in o.statedVersusComputed { for (r, n) in m { statedVersusComputed[d, default: [:]][r, default: 0] += n } }
        outsideCalls = Array((outsideCalls + o.outsideCalls).prefix(Self.outsideListLimit))
    }
}

extension LayerSummary {
    /// Removes another summary's calls of the same layer (calls this one also counted); entries left at zero go,
    /// as if never counted.
    public mutating func subtract(_ o: LayerSummary) {
        for (k, v) in o.callsByType {
            guard var into = callsByType[k] else { continue }
            for i in v.indices where i < into.count { into[i] -= v[i] }
            callsByType[k] = into.contains(where: { $0 != 0 }) ? into : nil
        }
        for (k, v) in o.outsideByType { let left = (outsideByType[k] ?? 0) - v; outsideByType[k] = left == 0 ? nil : left }
        for (k, v) in o.missingByType { let left = (missingByType[k] ?? 0) - v; missingByType[k] = left == 0 ? nil : left }
        for (d, m) in o.statedVersusComputed {
            for (r, n) in m {
                let left = (statedVersusComputed[d]?[r] ?? 0) - n
                statedVersusComputed[d, default: [:]][r] = left == 0 ? nil : left
            }
            if statedVersusComputed[d]?.isEmpty == true { statedVersusComputed[d] = nil }
        }
        let gone = Set(o.outsideCalls.map { "\($0.file)\u{0}\($0.line)" })
        outsideCalls.removeAll { gone.contains("\($0.file)\u{0}\($0.line)") }
    }
}

/// Counts calls per region while rows stream past; one per boundary layer, plus repeat locations.
final class RegionAccumulator {
    let layers: [BoundaryLayer]
    let names: [String]
    /// [layer][raw call type][region, or regionCount = outside, regionCount + 1 = missing coordinates]
    var counts: [[[Int]]]
    /// [layer][stated district id + 1 (0 = none)][region + 1 (0 = outside)]
    var stated: [[Int64: Int]]
    var outside: [[OutsideCall]]
    struct Point {
        var latitude: Double, longitude: Double, calls = 0, eligible = 0.0
        var byType: [Int32: Int] = [:]
        var inside = false
    }
    var points: [Int64: Point] = [:]
    /// The first address seen at each point (same keys as ``points``).
    var addresses: [Int64: String] = [:]

    /// The key of a point rounded to 4 decimals, or nil without coordinates.
    static func pointKey(latitude: Double, longitude: Double) -> Int64? {
        guard latitude.isFinite, longitude.isFinite else { return nil }
        return Int64((latitude * 10_000).rounded()) << 32 | Int64(Int32(truncatingIfNeeded: Int((longitude * 10_000).rounded())) & 0x7FFF_FFFF)
    }

    func wantsAddress(latitude: Double, longitude: Double) -> Bool {
        guard let key = Self.pointKey(latitude: latitude, longitude: longitude) else { return false }
        return addresses[key] == nil
    }

    func addAddress(latitude: Double, longitude: Double, _ text: String) {
        guard let key = Self.pointKey(latitude: latitude, longitude: longitude), addresses[key] == nil else { return }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty { addresses[key] = trimmed }
    }

    init(layers: [BoundaryLayer], names: [String]) {
        self.layers = layers
        self.names = names
        counts = Array(repeating: [], count: layers.count)
        stated = Array(repeating: [:], count: layers.count)
        outside = Array(repeating: [], count: layers.count)
    }

    func add(_ row: CallRow, rawType: Int, code: String, eligibilityRate: Double?, fileName: String) {
        let hasPoint = row.latitude.isFinite && row.longitude.isFinite
        var inside = false
        for (l, layer) in layers.enumerated() {
            let n = layer.regionNames.count
            while counts[l].count <= rawType { counts[l].append(Array(repeating: 0, count: n + 2)) }
            guard hasPoint else { counts[l][rawType][n + 1] += 1; continue }
            let region = layer.regionIndex(containingLatitude: row.latitude, longitude: row.longitude)
            counts[l][rawType][region ?? n] += 1
            if region != nil { inside = true }
            if region == nil, outside[l].count < LayerSummary.outsideListLimit {
                outside[l].append(OutsideCall(file: fileName, line: Int(row.line), latitude: row.latitude, longitude: row.longitude, callType: code))
            }
            stated[l][Int64(row.district + 1) << 32 | Int64((region ?? -1) + 1), default: 0] += 1
        }
        if let rate = eligibilityRate, hasPoint {
            guard let key = Self.pointKey(latitude: row.latitude, longitude: row.longitude) else { return }
            var p = points[key] ?? Point(latitude: (row.latitude * 10_000).rounded() / 10_000, longitude: (row.longitude * 10_000).rounded() / 10_000)
            if p.calls == 0 { p.inside = inside }
            p.calls += 1
            p.eligible += rate
            p.byType[Int32(rawType), default: 0] += 1
            points[key] = p
        }
    }
}
