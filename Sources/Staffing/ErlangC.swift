import Vocabulary
import Foundation

/// The Erlang C (M/M/c) queue: Poisson arrivals, exponential service, `c` identical servers, first come first served.
///
/// Probabilities are computed through the Erlang B recursion
/// `B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1))` and `C = c·B / (c − A·(1 − B))`, which never forms `A^c` or `c!`
/// and so stays accurate for thousands of servers.
public struct ErlangC: Sendable, Hashable {
    /// Arrivals per unit of time (any unit, as long as `meanServiceTime` uses the same).
    public var arrivalRate: Double
    /// Mean service (handling) time in the same unit of time.
    public var meanServiceTime: Double

    /// Creates the queue model.
    /// - Throws: `StaffingError.invalidParameter` for a negative or non-finite rate or a non-positive service time.
    public init(arrivalRate: Double, meanServiceTime: Double) throws {
        guard arrivalRate.isFinite, arrivalRate >= 0 else {
            throw StaffingError.invalidParameter(name: "arrival rate", value: "\(arrivalRate)", expected: "a finite number ≥ 0")
        }
        guard meanServiceTime.isFinite, meanServiceTime > 0 else {
            throw StaffingError.invalidParameter(name: "mean service time", value: "\(meanServiceTime)", expected: "a finite number > 0")
        }
        self.arrivalRate = arrivalRate
        self.meanServiceTime = meanServiceTime
    }

    /// Offered load `A = λ·s` in Erlangs.
    public var trafficIntensity: Double { arrivalRate * meanServiceTime }

    /// Erlang B blocking probability with `servers` servers.
    /// - Complexity: O(servers).
    public func blockingProbability(servers: Int) -> Double {
        let a = trafficIntensity
        var b = 1.0
        if servers <= 0 { return 1 }
        for k in 1...servers { b = a * b / (Double(k) + a * b) }
        return b
    }

    /// Probability that an arriving call waits (Erlang C). 1 when the queue is unstable (`servers ≤ A`).
    /// - Complexity: O(servers).
    public func probabilityOfWaiting(servers: Int) -> Double {
        Self.waitProbability(blocking: blockingProbability(servers: servers), servers: servers, load: trafficIntensity)
    }

    static func waitProbability(blocking b: Double, servers c: Int, load a: Double) -> Double {
        if a == 0 { return 0 }
        guard Double(c) > a else { return 1 }
        return Double(c) * b / (Double(c) - a * (1 - b))
    }

    /// Probability that a call waits longer than `time`: `C·exp(−(c − A)·t / s)`.
    public func probabilityWaitExceeds(_ time: Double, servers: Int) -> Double {
        let a = trafficIntensity
        guard Double(servers) > a else { return 1 }
        let pw = probabilityOfWaiting(servers: servers)
        return time < 0 ? 1 : pw * exp(-(Double(servers) - a) * time / meanServiceTime)
    }

    /// Share of calls answered within `time` (the service level): `1 − P(wait > time)`.
    public func serviceLevel(servers: Int, within time: Double) -> Double {
        1 - probabilityWaitExceeds(time, servers: servers)
    }

    /// Mean wait over all calls, `C·s / (c − A)`; infinite when unstable.
    public func meanWait(servers: Int) -> Double {
        let a = trafficIntensity
        guard Double(servers) > a else { return .infinity }
        return probabilityOfWaiting(servers: servers) * meanServiceTime / (Double(servers) - a)
    }

    /// Server occupancy `A / c`.
    public func occupancy(servers: Int) -> Double { servers > 0 ? trafficIntensity / Double(servers) : .infinity }

    /// The fewest servers meeting every target.
    ///
    /// - Parameters:
    ///   - serviceLevel: required share of calls that wait at most `within` (0 < level < 1).
    ///   - within: the wait limit in the model's time unit (≥ 0).
    ///   - maxOccupancy: the highest acceptable occupancy `A/c` (0 < x ≤ 1).
    ///   - limit: the largest number of servers to consider.
    /// - Throws: `StaffingError.unreachableTarget` when no number of servers up to `limit` meets the target,
    ///   `StaffingError.invalidParameter` for out-of-range targets.
    /// - Complexity: O(result); Erlang B is updated incrementally as servers are added.
    public func requiredServers(serviceLevel target: Double, within time: Double, maxOccupancy: Double = 1, limit: Int = 100_000) throws -> Int {
        guard target > 0, target < 1 else {
            throw StaffingError.invalidParameter(name: "service level", value: "\(target)", expected: "a share strictly between 0 and 1 (a 100% level can never be guaranteed)")
        }
        guard time >= 0, time.isFinite else {
            throw StaffingError.unreachableTarget(reason: "the time allowed for waiting is \(Format.trimmed(time)) (negative: travel time alone exceeds the response target)")
        }
        guard maxOccupancy > 0, maxOccupancy <= 1 else {
            throw StaffingError.invalidParameter(name: "max occupancy", value: "\(maxOccupancy)", expected: "a share in (0, 1]")
        }
        let a = trafficIntensity
        if a == 0 { return 0 }
        var b = 1.0
        var c = 0
        while c < limit {
            c += 1
            b = a * b / (Double(c) + a * b)
            guard Double(c) > a, a / Double(c) <= maxOccupancy else { continue }
            let pw = Self.waitProbability(blocking: b, servers: c, load: a)
            let sl = 1 - pw * exp(-(Double(c) - a) * time / meanServiceTime)
            if sl >= target { return c }
        }
        throw StaffingError.unreachableTarget(reason: "no number of servers up to \(limit) reaches a service level of \(Format.trimmed(target)) within \(Format.trimmed(time)) at load \(Format.trimmed(a)) Erlangs")
    }

    /// Positions to schedule when a share of paid time is lost (`shrinkage`): `⌈raw / (1 − shrinkage)⌉`.
    public static func positions(raw: Int, shrinkage: Double) throws -> Int {
        guard shrinkage >= 0, shrinkage < 1 else {
            throw StaffingError.invalidParameter(name: "shrinkage", value: "\(shrinkage)", expected: "a share in [0, 1)")
        }
        return Int((Double(raw) / (1 - shrinkage) - 1e-9).rounded(.up))
    }
}
