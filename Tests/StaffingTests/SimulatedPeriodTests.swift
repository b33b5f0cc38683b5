import Foundation
import Testing
import Vocabulary
@testable import Staffing

/// A replication simulates at most `maxCallsPerReplication` calls: a large city's year is cut to whole weeks of
/// the same weekly demand, which estimates the same quantities.
@Suite struct SimulatedPeriodTests {
    static func options(cap: Int?) throws -> StaffingOptions {
        var o = StaffingOptions(hiring: try TestPaths.scenarioHiring())
        o.maxCallsPerReplication = cap
        return o
    }

    @Test func daysFollowTheCap() throws {
        let o = try Self.options(cap: 250_000)
        // 2 calls an hour: 336 a week, 17,520 a year, under the cap: the whole year.
        #expect(o.simulatedDays(for: try DemandProfile(callsPerHour: .init(repeating: 2, count: 168), source: "test")) == 365)
        // 100 calls an hour: 16,800 a week; 250,000 / 16,800 = 14.9 → 14 whole weeks.
        #expect(o.simulatedDays(for: try DemandProfile(callsPerHour: .init(repeating: 100, count: 168), source: "test")) == 98)
        // 1,000 calls an hour: one week already passes the cap; never fewer than 4 weeks.
        #expect(o.simulatedDays(for: try DemandProfile(callsPerHour: .init(repeating: 1000, count: 168), source: "test")) == 28)
        // No cap: the days asked for.
        #expect(try Self.options(cap: nil).simulatedDays(for: try DemandProfile(callsPerHour: .init(repeating: 1000, count: 168), source: "test")) == 365)
        // Milwaukee's report demand (66,373 eligible calls a year) is simulated over the whole year.
        #expect(o.simulatedDays(for: try DemandProfile.milwaukee()) == 365)
        #expect(o.simulatedPeriod(for: try DemandProfile(callsPerHour: .init(repeating: 100, count: 168), source: "test")).hasPrefix("14 weeks (cut from 365 days"))
    }

    /// A capped run and the full year estimate the same utilisation: the offered load λ·E[busy] ÷ teams, known
    /// in closed form, within the replications' sampling error.
    @Test func cappedRunEstimatesTheSameLoad() throws {
        let rate = 30.0, busy = 40.0, teams = 25
        let demand = try DemandProfile(callsPerHour: .init(repeating: rate, count: 168), source: "test")
        let service = try ServiceTimeModel(shape: .exponential(mean: busy), travelMinutes: 0, source: "test")
        let schedule = TeamSchedule(name: "flat", teamsOnDuty: .init(repeating: teams, count: 168), source: "test")
        let offered = rate * busy / 60 / Double(teams)   // 0.8
        for cap in [20_000, nil] {
            var o = try Self.options(cap: cap)
            o.replications = 2
            let days = o.simulatedDays(for: demand)
            #expect(days == (cap == nil ? 365 : 28))
            let comparison = try ScheduleComparison.evaluate(schedules: [schedule], arrivals: .poisson(demand, days: days), service: service, options: o)
            let allDay = try #require(comparison.rows.first?.summary.windows.first { $0.window == "all day" })
            #expect(abs(allDay.utilisation.mean - offered) < 0.02, "cap \(String(describing: cap)): utilisation \(allDay.utilisation.mean) vs \(offered)")
        }
    }
}
