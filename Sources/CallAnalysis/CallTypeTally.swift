import CallRecords

/// Everything the analyses need about the calls of one call type, as counts: mergeable and small.
public struct CallTypeTally: Sendable, Equatable {
    public var calls = 0
    public var bySource = [Int](repeating: 0, count: CallSource.allCases.count)
    public var byOutcome = [Int](repeating: 0, count: OutcomeClass.allCases.count)
    /// Calls per hour of the week: index (isoWeekday - 1) * 24 + hour.
    public var byWeekHour = [Int](repeating: 0, count: 168)
    public var byDistrict: [String: Int] = [:]
    /// Call created → dispatched.
    public var dispatchDelay = DurationHistogram()
    /// Dispatched → arrived.
    public var travel = DurationHistogram()
    /// Call created → arrived.
    public var response = DurationHistogram()
    /// Arrived → cleared.
    public var onScene = DurationHistogram()
    /// Dispatched → cleared (travel plus on scene).
    public var policeTime = DurationHistogram()

    public init() {}

    public mutating func merge(_ o: CallTypeTally) {
        calls += o.calls
        for i in bySource.indices { bySource[i] += o.bySource[i] }
        for i in byOutcome.indices { byOutcome[i] += o.byOutcome[i] }
        for i in 0..<168 { byWeekHour[i] += o.byWeekHour[i] }
        for (k, v) in o.byDistrict { byDistrict[k, default: 0] += v }
        dispatchDelay.merge(o.dispatchDelay)
        travel.merge(o.travel)
        response.merge(o.response)
        onScene.merge(o.onScene)
        policeTime.merge(o.policeTime)
    }

    /// Removes another tally's calls (calls this tally also counted).
    public mutating func subtract(_ o: CallTypeTally) {
        calls -= o.calls
        for i in bySource.indices { bySource[i] -= o.bySource[i] }
        for i in byOutcome.indices { byOutcome[i] -= o.byOutcome[i] }
        for i in 0..<168 { byWeekHour[i] -= o.byWeekHour[i] }
        for (k, v) in o.byDistrict {
            let left = (byDistrict[k] ?? 0) - v
            byDistrict[k] = left == 0 ? nil : left
        }
        dispatchDelay.subtract(o.dispatchDelay)
        travel.subtract(o.travel)
        response.subtract(o.response)
        onScene.subtract(o.onScene)
        policeTime.subtract(o.policeTime)
    }

    public func calls(from source: CallSource) -> Int { bySource[CallSource.allCases.firstIndex(of: source)!] }
    public func calls(withOutcome o: OutcomeClass) -> Int { byOutcome[OutcomeClass.allCases.firstIndex(of: o)!] }
    public var byHour: [Int] { (0..<24).map { h in (0..<7).reduce(0) { $0 + byWeekHour[$1 * 24 + h] } } }
    public var byWeekday: [Int] { (0..<7).map { d in byWeekHour[(d * 24)..<(d * 24 + 24)].reduce(0, +) } }
}
