import Foundation
import Testing
@testable import Staffing
import Vocabulary

@Suite struct DispatchSimulationTests {
    func oneTeam() -> TeamSchedule { TeamSchedule(name: "one team", teamsOnDuty: [Int](repeating: 1, count: 168), source: "test") }

    func replayWaits(discipline: DispatchSimulation.Discipline, limit: Double? = nil) throws -> DispatchSimulation.Outcome {
        let arrivals = try ArrivalSource.loadReplay(TestPaths.replay)
        let service = try ServiceTimeModel(shape: .constant(30), travelMinutes: 5, source: "test: 30 min per call")
        var rng = Xoshiro256(seed: 1)
        let calls = arrivals.makeCalls(service: service, rng: &rng)
        let sim = try DispatchSimulation(schedule: oneTeam(), discipline: discipline, handBackLimit: limit)
        return sim.run(calls, horizon: arrivals.horizonMinutes(calls: calls))
    }

    /// Calls at 08:00, 08:10, 08:20 and 09:30 on Monday 2024-01-01, one team, 30 minutes each:
    /// first come gives waits 0, 20, 40, 0 (the 09:30 call finds the team free at 09:30).
    @Test func replayGivesHandCheckedWaits() throws {
        let arrivals = try ArrivalSource.loadReplay(TestPaths.replay)
        guard case let .replay(stamps) = arrivals else { Issue.record("not a replay"); return }
        #expect(stamps.map(\.minute) == [480, 490, 500, 570])   // 2024-01-01 is a Monday
        #expect(try replayWaits(discipline: .firstCome).waits == [0, 20, 40, 0])
        // Priority: the 08:20 call (priority 1) overtakes the 08:10 call (priority 2).
        #expect(try replayWaits(discipline: .priority).waits == [0, 50, 10, 0])
        // Hand back after 30 minutes: the 08:20 call is still waiting at 08:50 and goes back to police.
        let handed = try replayWaits(discipline: .firstCome, limit: 30)
        #expect(handed.handedBack == [false, false, true, false])
        #expect(handed.waits == [0, 20, 30, 0])
    }

    /// The first six calls of Milwaukee's May 2018 export (rows out of order in the file), one team, 10 minutes each.
    /// Sorted: 00:06:30, 00:09:30, 00:10:24, 00:10:28, 00:18:31, 00:18:46 on Tuesday 2018-05-01.
    /// Starts 06:30, 16:30, 26:30, 36:30, 46:30, 56:30 → waits 0, 7:00, 16:06, 26:02, 27:59, 37:44.
    @Test func replayOfRealMilwaukeeCallsGivesHandCheckedWaits() throws {
        let source = TestPaths.sharedData.appendingPathComponent("milwaukee/mpd-calls-2018-05.csv")
        let text = try String(contentsOf: source, encoding: .utf8)
        let small = text.split(whereSeparator: \.isNewline).prefix(7).joined(separator: "\n") + "\n"
        let dir = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("first-six.csv")
        try small.write(to: file, atomically: true, encoding: .utf8)
        let arrivals = try ArrivalSource.loadReplay(file, timeColumn: "time", typeColumn: "nature")
        guard case let .replay(stamps) = arrivals else { Issue.record("not a replay"); return }
        #expect(stamps.first?.minute == 1440 + 6.5)   // Tuesday, the week starting Monday 2018-04-30
        let service = try ServiceTimeModel(shape: .constant(10), travelMinutes: 0, source: "test")
        var rng = Xoshiro256(seed: 1)
        let calls = arrivals.makeCalls(service: service, rng: &rng)
        let waits = try DispatchSimulation(schedule: oneTeam()).run(calls, horizon: arrivals.horizonMinutes(calls: calls)).waits
        let expected = [0, 7, 16 + 6.0 / 60, 26 + 2.0 / 60, 27 + 59.0 / 60, 37 + 44.0 / 60]
        #expect(waits.count == 6)
        for (w, e) in zip(waits, expected) { #expect(abs(w - e) < 1e-9) }
    }

    @Test func replayResultsPerWindow() throws {
        let arrivals = try ArrivalSource.loadReplay(TestPaths.replay)
        let service = try ServiceTimeModel(shape: .constant(30), travelMinutes: 5, source: "test")
        let sim = try DispatchSimulation(schedule: oneTeam(), waitThreshold: 30)
        let summary = try sim.replicate(arrivals: arrivals, service: service, replications: 1, seed: 7)
        let day = try #require(summary.windows.first { $0.window == "06:00-14:00" })
        #expect(day.calls.mean == 4)
        #expect(day.medianResponse.mean == 15)         // responses (wait + 5 min travel) 5, 5, 25, 45
        #expect(day.shareOverThreshold.mean == 0.25)   // only the 40-minute wait
        // One team on duty 24 hours on Monday; busy 120 of the 480 minutes from 06:00 to 14:00.
        #expect(abs(day.utilisation.mean - 120.0 / 480.0) < 1e-12)
    }

    @Test func teamsComeOnDutyAtTheHour() throws {
        var teams = [Int](repeating: 1, count: 168)
        teams[0] = 0
        let sim = try DispatchSimulation(schedule: TeamSchedule(name: "late start", teamsOnDuty: teams, source: "test"))
        let calls = [SimulatedCall(arrivalMinute: 30, busyMinutes: 10, travelMinutes: 0)]
        #expect(sim.run(calls, horizon: 1440).waits == [30])
    }

    /// Stationary M/M/c (λ = 6/h, 40-minute exponential service, 5 teams): the simulated mean wait's 95%
    /// confidence interval contains Erlang C's mean wait.
    @Test func meanWaitAgreesWithErlangC() throws {
        let profile = try DemandProfile(callsPerHour: [Double](repeating: 6, count: 168), source: "test: stationary")
        let service = try ServiceTimeModel(shape: .exponential(mean: 40), travelMinutes: 0, source: "test")
        let schedule = TeamSchedule(name: "five teams", teamsOnDuty: [Int](repeating: 5, count: 168), source: "test")
        let sim = try DispatchSimulation(schedule: schedule)
        let summary = try sim.replicate(arrivals: .poisson(profile, days: 56), service: service, replications: 20, seed: 2022)
        let all = try #require(summary.windows.first { $0.window == "all day" })
        let erlang = try ErlangC(arrivalRate: 0.1, meanServiceTime: 40).meanWait(servers: 5)
        #expect(all.meanWait.lower <= erlang && erlang <= all.meanWait.upper, "simulated \(all.meanWait), Erlang C \(erlang)")
        #expect(abs(all.utilisation.mean - 0.8) < 0.02)
        // Same seed, same numbers.
        let again = try sim.replicate(arrivals: .poisson(profile, days: 56), service: service, replications: 20, seed: 2022)
        #expect(again == summary)
    }

    @Test func badScheduleAndArrivalsGetClearErrors() throws {
        let empty = TeamSchedule(name: "nobody", teamsOnDuty: [Int](repeating: 0, count: 168), source: "test")
        #expect(throws: StaffingError.emptySchedule(name: "nobody")) { try DispatchSimulation(schedule: empty) }
        let dir = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("calls.csv")
        try "created_at\n2024-13-01 08:00:00\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: CSVDocumentError.badField(file: "calls.csv", line: 2, field: "created_at", value: "2024-13-01 08:00:00", expected: "a time 'YYYY-MM-DD HH:MM:SS'")) {
            try ArrivalSource.loadReplay(file)
        }
        try "created_at\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: StaffingError.noArrivals(file: "calls.csv")) { try ArrivalSource.loadReplay(file) }
    }
}

@Suite struct QuantileTests {
    @Test(arguments: [1, 2, 3, 10, 101, 1000])
    func selectionMatchesSortedInterpolation(count: Int) {
        var rng = Xoshiro256(seed: UInt64(count))
        var values = (0..<count).map { _ in (rng.openUnit() * 100).rounded() }   // with ties
        let sorted = values.sorted()
        let got = DispatchSimulation.quantiles(&values, [0.5, 0.9])
        #expect(got == [DispatchSimulation.quantile(sorted, 0.5), DispatchSimulation.quantile(sorted, 0.9)])
    }

    @Test func numpyLinearQuantileByHand() {
        // numpy.percentile([5, 5, 25, 45], [50, 90]) = [15, 39]
        #expect(DispatchSimulation.quantile([5, 5, 25, 45], 0.5) == 15)
        #expect(abs(DispatchSimulation.quantile([5, 5, 25, 45], 0.9) - 39) < 1e-12)
    }
}
