/// The dimensions the program dashboard breaks its metrics down by.
public enum Grouping: String, Sendable, CaseIterable, Codable {
    case week, month, shift, district
    case callType = "call-type"

    public var label: String {
        switch self {
        case .week: "Week (starting Monday)"
        case .month: "Month"
        case .shift: "Shift"
        case .district: "District"
        case .callType: "Call type"
        }
    }

    /// The shift of an hour: early 07–15, late 15–23, night 23–07 (the three eight-hour shifts of the report's
    /// staffing chapter).
    public static func shift(ofHour hour: Int) -> String {
        switch hour {
        case 7..<15: "early (07–15)"
        case 15..<23: "late (15–23)"
        default: "night (23–07)"
        }
    }

    /// The group of a call at `time` in `district` of `callType`.
    func key(time: LocalTimeText?, district: String?, callType: String?) -> String {
        switch self {
        case .week: time?.weekKey ?? "unknown"
        case .month: time?.monthKey ?? "unknown"
        case .shift: time.map { Self.shift(ofHour: $0.hour) } ?? "unknown"
        case .district: district ?? "unknown"
        case .callType: callType ?? "no CAD call"
        }
    }
}

/// Order statistics used by every time metric.
public enum Quantile {
    /// The `p` quantile (0…1) by linear interpolation between order statistics (Hyndman–Fan type 7, the default of
    /// R and NumPy); nil for no values.
    /// - Complexity: O(n log n).
    public static func of(_ values: [Double], _ p: Double) -> Double? {
        let sorted = values.filter(\.isFinite).sorted()
        guard !sorted.isEmpty else { return nil }
        let h = Double(sorted.count - 1) * min(max(p, 0), 1)
        let lower = Int(h.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (h - Double(lower)) * (sorted[upper] - sorted[lower])
    }
}
