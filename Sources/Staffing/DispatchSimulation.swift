import DequeModule
import Foundation
import HeapModule

/// A discrete-event simulation of community-responder teams answering calls under a team schedule.
///
/// Teams come on and off duty at hour boundaries as the schedule says; a team whose shift ends while on a call
/// finishes it first. Waiting calls are served first come first served, or by priority (lower first, then
/// arrival). With a hand-back limit, a call still waiting after that many minutes goes back to police.
/// Events: arrivals (sorted array), call completions (``CompletionTimes``, a binary min-heap) and hour boundaries;
/// the queue is a `Deque` (first come) or a `Heap` (priority).
public struct DispatchSimulation: Sendable {
    /// Queue discipline.
    public enum Discipline: String, Sendable, Codable, CaseIterable {
        /// First come, first served.
        case firstCome = "fcfs"
        /// Lowest priority number first, then first come.
        case priority
    }

    /// Teams on duty per hour of the week.
    public var schedule: TeamSchedule
    /// Queue discipline.
    public var discipline: Discipline
    /// Minutes after which a waiting call goes back to police (nil: never).
    public var handBackLimit: Double?
    /// Wait beyond which a call counts as "waiting too long" in the results (the 30 minutes).
    public var waitThreshold: Double
    /// Parts of the day to report.
    public var windows: [ReportingWindow]

    /// Creates a simulation.
    /// - Throws: `StaffingError.emptySchedule` for a schedule with no team on duty, `.invalidParameter` for
    ///   negative limits or no reporting window.
    public init(schedule: TeamSchedule, discipline: Discipline = .firstCome, handBackLimit: Double? = nil,
                waitThreshold: Double = 30, windows: [ReportingWindow] = ReportingWindow.reportShifts) throws {
        try schedule.validate()
        if let limit = handBackLimit, !(limit >= 0 && limit.isFinite) {
            throw StaffingError.invalidParameter(name: "hand-back limit", value: "\(limit)", expected: "a number of minutes ≥ 0")
        }
        guard waitThreshold >= 0 else {
            throw StaffingError.invalidParameter(name: "wait threshold", value: "\(waitThreshold)", expected: "a number of minutes ≥ 0")
        }
        guard !windows.isEmpty else {
            throw StaffingError.invalidParameter(name: "reporting windows", value: "none", expected: "at least one window")
        }
        self.schedule = schedule
        self.discipline = discipline
        self.handBackLimit = handBackLimit
        self.waitThreshold = waitThreshold
        self.windows = windows
    }

    private struct Waiting: Comparable {
        var priority: Int
        var index: Int
        static func < (a: Waiting, b: Waiting) -> Bool { (a.priority, a.index) < (b.priority, b.index) }
    }

    /// Per-call outcome of one run.
    public struct Outcome: Sendable {
        /// Wait in minutes per call (for handed-back calls: the time until hand-back).
        public var waits: [Double]
        /// Whether each call went back to police.
        public var handedBack: [Bool]
        /// Busy team-minutes and on-duty team-minutes in each hour of the day, within the horizon.
        public var busyMinutesByHour: [Double]
        /// On-duty team-minutes in each hour of the day, within the horizon.
        public var onDutyMinutesByHour: [Double]
    }

    /// Runs the calls (sorted by arrival) through the schedule.
    /// - Parameter horizon: minutes of schedule over which utilisation is measured.
    /// - Complexity: O(n log n) in calls plus O(horizon / 60) hour boundaries.
    public func run(_ calls: [SimulatedCall], horizon: Double) -> Outcome {
        let n = calls.count
        var waits = [Double](repeating: 0, count: n)
        var handedBack = [Bool](repeating: false, count: n)
        var busyByHour = [Double](repeating: 0, count: 24), dutyByHour = [Double](repeating: 0, count: 24)
        var completions = CompletionTimes()
        var fifo = Deque<Int>()
        var prio = Heap<Waiting>()
        let usePriority = discipline == .priority
        let teams = schedule.teamsOnDuty
        var now = 0.0
        var busy = 0
        var capacity = teams[0]
        var nextBoundary = 60.0
        var hourIndex = 0          // hours since origin of the current hour
        var next = 0

        // The queue's emptiness is spelled out where it is asked, not in a nested function: a function capturing
        // `prio` and `fifo` boxes them, and every access then goes through the runtime's exclusivity checks (15% of
        // this loop's time, perf).
        while next < n || !(usePriority ? prio.isEmpty : fifo.isEmpty) || now < horizon {
            let tA = next < n ? calls[next].arrivalMinute : .infinity
            let tC = completions.min ?? .infinity
            let tH = nextBoundary
            let t = min(tA, tC, tH)
            if t > now, now < horizon {
                let dt = min(t, horizon) - now
                let hod = hourIndex % 24
                busyByHour[hod] += Double(busy) * dt
                dutyByHour[hod] += Double(capacity) * dt
            }
            now = t
            if tC <= tH && tC <= tA {
                completions.removeMin()
                busy -= 1
            } else if tH <= tA {
                hourIndex += 1
                capacity = teams[hourIndex % 168]
                nextBoundary += 60
            } else {
                let call = calls[next]
                if busy < capacity && (usePriority ? prio.isEmpty : fifo.isEmpty) {
                    busy += 1
                    completions.insert(now + call.busyMinutes)
                } else if usePriority {
                    prio.insert(Waiting(priority: call.priority, index: next))
                } else {
                    fifo.append(next)
                }
                next += 1
                continue
            }
            // A team may have become free: start waiting calls.
            while busy < capacity {
                let index: Int
                if usePriority { guard let w = prio.popMin() else { break }; index = w.index }
                else { guard let i = fifo.popFirst() else { break }; index = i }
                let waited = now - calls[index].arrivalMinute
                if let limit = handBackLimit, waited > limit {
                    handedBack[index] = true
                    waits[index] = limit
                    continue
                }
                waits[index] = waited
                busy += 1
                completions.insert(now + calls[index].busyMinutes)
            }
        }
        return Outcome(waits: waits, handedBack: handedBack, busyMinutesByHour: busyByHour, onDutyMinutesByHour: dutyByHour)
    }

    /// Runs one replication and summarises it per reporting window.
    public func simulate(_ calls: [SimulatedCall], horizon: Double) -> SimulationResult {
        let outcome = run(calls, horizon: horizon)
        return summarise(calls: calls, outcome: outcome)
    }

    /// Summarises an outcome per reporting window.
    /// - Complexity: O(calls × windows); quantiles by selection, not sorting.
    public func summarise(calls: [SimulatedCall], outcome: Outcome) -> SimulationResult {
        let inWindow = windows.map { w in (0..<24).map { w.contains(hourOfDay: $0) } }
        var responses = windows.map { _ in [Double]() }
        for w in responses.indices { responses[w].reserveCapacity(calls.count * windows[w].hours / 24 + 16) }
        var count = [Int](repeating: 0, count: windows.count), handed = count, over = count
        var waitSum = [Double](repeating: 0, count: windows.count)
        for i in calls.indices {
            let call = calls[i]
            let hod = Int(call.arrivalMinute / 60) % 24
            let wait = outcome.waits[i], back = outcome.handedBack[i]
            for w in windows.indices where inWindow[w][hod] {
                count[w] += 1
                waitSum[w] += wait
                if back { handed[w] += 1; over[w] += 1; continue }
                if wait > waitThreshold { over[w] += 1 }
                responses[w].append(wait + call.travelMinutes)
            }
        }
        var perWindow: [WindowResult] = []
        for (w, window) in windows.enumerated() {
            var busy = 0.0, duty = 0.0
            for h in 0..<24 where inWindow[w][h] { busy += outcome.busyMinutesByHour[h]; duty += outcome.onDutyMinutesByHour[h] }
            let q = Self.quantiles(&responses[w], [0.5, 0.9])
            let n = count[w]
            perWindow.append(WindowResult(
                window: window.name, calls: n, handedBack: handed[w],
                medianResponse: q[0], p90Response: q[1],
                meanWait: n > 0 ? waitSum[w] / Double(n) : .nan,
                shareOverThreshold: n > 0 ? Double(over[w]) / Double(n) : .nan,
                utilisation: duty > 0 ? busy / duty : .nan))
        }
        return SimulationResult(windows: perWindow)
    }

    /// Linear-interpolation quantile of sorted values (numpy's default); NaN when empty.
    public static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let pos = q * Double(sorted.count - 1)
        let lo = Int(pos.rounded(.down)), hi = min(lo + 1, sorted.count - 1)
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - Double(lo))
    }

    /// Linear-interpolation quantiles (numpy's default) for increasing `qs`, by quickselect; reorders `values`.
    /// - Complexity: O(n) expected.
    public static func quantiles(_ values: inout [Double], _ qs: [Double]) -> [Double] {
        guard !values.isEmpty else { return qs.map { _ in .nan } }
        let n = values.count
        var from = 0
        return values.withUnsafeMutableBufferPointer { a in
            qs.map { q in
                let pos = q * Double(n - 1)
                let lo = Int(pos.rounded(.down))
                select(a, lo, from, n - 1)
                from = lo
                let x = a[lo]
                guard lo + 1 < n, pos > Double(lo) else { return x }
                var next = a[lo + 1]
                for k in (lo + 2)..<max(lo + 2, n) where a[k] < next { next = a[k] }
                return x + (next - x) * (pos - Double(lo))
            }
        }
    }

    /// Places the k-th smallest of a[lo...hi] at index k, smaller before and larger after (Hoare quickselect).
    private static func select(_ a: UnsafeMutableBufferPointer<Double>, _ k: Int, _ lo: Int, _ hi: Int) {
        var lo = lo, hi = hi
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if a[mid] < a[lo] { a.swapAt(mid, lo) }
            if a[hi] < a[lo] { a.swapAt(hi, lo) }
            if a[hi] < a[mid] { a.swapAt(hi, mid) }
            let pivot = a[mid]
            var i = lo, j = hi
            while i <= j {
                while a[i] < pivot { i += 1 }
                while pivot < a[j] { j -= 1 }
                if i <= j { a.swapAt(i, j); i += 1; j -= 1 }
            }
            if k <= j { hi = j } else if k >= i { lo = i } else { return }
        }
    }
}
