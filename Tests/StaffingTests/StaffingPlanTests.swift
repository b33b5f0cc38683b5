import ArgumentParser
import Foundation
import Testing
@testable import Staffing
@testable import RerouteCommands
import Vocabulary

@Suite struct StaffingPlanTests {
    struct Case: Decodable {
        var annual_calls: Double, minutes_per_call: Double, productive_share: Double, target_share: Double, target_minutes: Double, cpsat_cost: Double
    }
    struct Oracle: Decodable { var cases: [Case] }

    /// The 168-hour optimum equals OR-Tools CP-SAT's on Milwaukee's demand (oracle output committed as a fixture).
    @Test func weekOptimumEqualsCPSAT() throws {
        let oracle = try JSONDecoder().decode(Oracle.self, from: Data(contentsOf: TestPaths.fixtures.appendingPathComponent("cpsat-optima.json")))
        #expect(oracle.cases.count == 3)
        for c in oracle.cases {
            let demand = try DemandProfile.milwaukee(annualCalls: Sourced(c.annual_calls, unit: "calls/year", source: "test"))
            let service = try ServiceTimeModel(shape: .exponential(mean: c.minutes_per_call), productiveShare: c.productive_share, source: "test")
            let plan = try StaffingPlan.make(demand: demand, service: service, target: ResponseTarget(share: c.target_share, withinMinutes: c.target_minutes), hiring: TestPaths.scenarioHiring())
            #expect(plan.weekSchedule.cost == c.cpsat_cost)
            #expect(zip(plan.weekSchedule.coverage, plan.weekRequirement.map(\.teams)).allSatisfy { $0 >= $1 })
        }
    }

    @Test func staffCommandWritesTablesAndComparesReportSchedules() throws {
        let out = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let command = try StaffCommand.parse(["--analysis", TestPaths.analysis.path, "--days", "7", "--replications", "2", "--out", out.path, "--quiet"])
        try command.run()
        let csv = try String(contentsOf: out.appendingPathComponent("schedule-comparison.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\n")
        #expect(lines.count == 1 + 3 * 4)   // header + 3 schedules × 4 windows
        #expect(csv.contains("Schedule 1 (report)") && csv.contains("Schedule 2 (report)") && csv.contains("Optimised week"))
        let req = try String(contentsOf: out.appendingPathComponent("requirement-week-hour.csv"), encoding: .utf8)
        #expect(req.split(separator: "\n").count == 169)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("staffing-plan.json").path))
    }

    /// Data that cannot be staffed exits 65; an option out of range is a usage error, 64 (it used to exit 65).
    @Test func badDataExits65AndBadOptionsExit64() throws {
        let unreachable = try StaffCommand.parse(["--travel-minutes", "25", "--quiet"])
        #expect((#expect(throws: StaffingError.self) { try unreachable.run() })?.exitStatus == .dataError)
        let empty = try SimulateCommand.parse(["--schedule", "0:24:0", "--schedules", "report1", "--days", "1", "--replications", "1", "--quiet"])
        #expect((#expect(throws: StaffingError.self) { try empty.run() })?.exitStatus == .usage)
        for arguments in [["--annual-calls", "0"], ["--capture-rate=-0.5"], ["--discipline", "lifo"], ["--cost", "euros"],
                          ["--shift-lengths", "8,x"], ["--days", "0"], ["--analysis", "x", "--annual-calls", "5"]] {
            do {
                _ = try StaffCommand.parse(arguments + ["--quiet"])
                Issue.record("\(arguments) accepted")
            } catch {
                #expect(StaffCommand.exitCode(for: error) == ExitCode(64), "\(arguments)")
            }
        }
        do {
            _ = try SimulateCommand.parse(["--schedules", "report3"])
            Issue.record("--schedules report3 accepted")
        } catch {
            #expect(SimulateCommand.exitCode(for: error) == ExitCode(64))
        }
        #expect(StaffingError.invalidParameter(name: "x", value: "1", expected: "2").exitStatus == .usage)
        #expect(StaffingError.unreachableTarget(reason: "x").exitStatus == .dataError)
    }
}
