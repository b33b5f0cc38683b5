import Foundation
import Vocabulary

/// Per-window estimates over replications.
public struct WindowSummary: Sendable, Hashable, Codable {
    /// Window label.
    public var window: String
    /// Mean calls per replication.
    public var calls: Estimate
    /// Calls handed back to police.
    public var handedBack: Estimate
    /// Median response, minutes.
    public var medianResponse: Estimate
    /// 90th-percentile response, minutes.
    public var p90Response: Estimate
    /// Mean wait, minutes.
    public var meanWait: Estimate
    /// Share waiting over the threshold.
    public var shareOverThreshold: Estimate
    /// Utilisation.
    public var utilisation: Estimate
}

/// A schedule's simulated performance over replications.
public struct ReplicationSummary: Sendable, Hashable, Codable {
    /// Schedule name.
    public var schedule: String
    /// Replications run.
    public var replications: Int
    /// Seed of the first replication.
    public var seed: UInt64
    /// Estimates per reporting window.
    public var windows: [WindowSummary]
}

extension DispatchSimulation {
    /// Runs `replications` independent replications (replication r uses the stream seeded by `seed` and r).
    /// - Throws: `StaffingError.invalidParameter` for fewer than one replication, `.noArrivals` when no call arrives.
    public func replicate(arrivals: ArrivalSource, service: ServiceTimeModel, replications: Int, seed: UInt64) throws -> ReplicationSummary {
        try Self.replicate([self], arrivals: arrivals, service: service, replications: replications, seed: seed)[0]
    }

    /// Runs the same replications for several simulations (common random numbers: replication r of each uses the
    /// stream seeded by `seed` and r), every simulation's replications on every core at once. Each summary is the one
    /// ``replicate(arrivals:service:replications:seed:)`` gives for that simulation alone; running them together
    /// only keeps both cores busy (three schedules of five replications are fifteen tasks, not three rounds of five).
    /// - Throws: `StaffingError.invalidParameter` for fewer than one replication, `.noArrivals` when no call arrives.
    public static func replicate(_ simulations: [DispatchSimulation], arrivals: ArrivalSource, service: ServiceTimeModel,
                                 replications: Int, seed: UInt64) throws -> [ReplicationSummary] {
        guard replications >= 1 else {
            throw StaffingError.invalidParameter(name: "replications", value: "\(replications)", expected: "≥ 1")
        }
        // Replications are independent (each has its own seeded stream), so they run on every core; the
        // result does not depend on how they are scheduled.
        let tasks = simulations.count * replications
        var slots = [SimulationResult?](repeating: nil, count: tasks)
        slots.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own slot.
            nonisolated(unsafe) let out = buffer
            DispatchQueue.concurrentPerform(iterations: tasks) { task in
                let (s, r) = task.quotientAndRemainder(dividingBy: replications)
                var rng = Xoshiro256(seed: Self.replicationSeed(seed, r))
                let calls = arrivals.makeCalls(service: service, rng: &rng)
                out[task] = calls.isEmpty ? nil : simulations[s].simulate(calls, horizon: arrivals.horizonMinutes(calls: calls))
            }
        }
        return try simulations.indices.map { s in
            let results = slots[(s * replications)..<((s + 1) * replications)].compactMap { $0 }
            guard results.count == replications else { throw StaffingError.noArrivals(file: "(simulated arrivals)") }
            return simulations[s].summary(of: results, replications: replications, seed: seed)
        }
    }

    /// The estimates per window over a simulation's replications.
    func summary(of results: [SimulationResult], replications: Int, seed: UInt64) -> ReplicationSummary {
        let windows = self.windows.indices.map { w in
            let rs = results.map { $0.windows[w] }
            return WindowSummary(window: rs[0].window,
                                 calls: Estimate(rs.map { Double($0.calls) }), handedBack: Estimate(rs.map { Double($0.handedBack) }),
                                 medianResponse: Estimate(rs.map(\.medianResponse)), p90Response: Estimate(rs.map(\.p90Response)),
                                 meanWait: Estimate(rs.map(\.meanWait)), shareOverThreshold: Estimate(rs.map(\.shareOverThreshold)),
                                 utilisation: Estimate(rs.map(\.utilisation)))
        }
        return ReplicationSummary(schedule: schedule.name, replications: replications, seed: seed, windows: windows)
    }

    /// The seed of replication `r`.
    public static func replicationSeed(_ seed: UInt64, _ r: Int) -> UInt64 { seed &+ UInt64(r) &* 0x9E37_79B9_7F4A_7C15 }
}
