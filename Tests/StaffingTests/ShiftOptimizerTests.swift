import Foundation
import Testing
@testable import Staffing
import Vocabulary

@Suite struct ShiftOptimizerTests {
    /// Enumerates every count vector with each count ≤ max requirement (an optimum always exists there),
    /// skipping only branches whose partial cost already reaches the best found.
    func bruteForce(_ p: CoveringProgram) -> Double {
        let bound = p.requirements.max() ?? 0
        let n = p.columns.count
        var counts = [Int](repeating: 0, count: n)
        var best = Double.infinity
        func visit(_ j: Int, _ cost: Double) {
            if cost >= best { return }
            if j == n {
                if p.isFeasible(counts) { best = cost }
                return
            }
            for k in 0...bound {
                counts[j] = k
                visit(j + 1, cost + Double(k) * p.costs[j])
            }
            counts[j] = 0
        }
        visit(0, 0)
        return best
    }

    @Test(arguments: 1...12)
    func equalsBruteForceOnSmallCycles(seed: Int) throws {
        var rng = Xoshiro256(seed: UInt64(seed))
        let period = 5 + seed % 3
        let requirements = (0..<period).map { _ in Int(rng.next() % 4) }
        let basis: ShiftOptimizer.CostBasis = seed % 4 == 0 ? .teamShifts : .teamHours
        let optimizer = try ShiftOptimizer(period: period, shiftLengths: seed % 2 == 0 ? [2, 3] : [2, 3, 4], costBasis: basis)
        let program = try optimizer.program(requirements: requirements)
        let solution = try program.solve()
        #expect(program.isFeasible(solution.counts))
        #expect(solution.cost == bruteForce(program), "requirements \(requirements)")
    }

    /// A case whose LP optimum is fractional (odd cycle): 5 periods, 2-period shifts, 1 needed everywhere.
    @Test func fractionalRelaxationIsBranchedToTheIntegerOptimum() throws {
        let optimizer = try ShiftOptimizer(period: 5, shiftLengths: [2], costBasis: .teamShifts)
        let plan = try optimizer.optimise(requirements: [1, 1, 1, 1, 1])
        #expect(abs(plan.lowerBound - 2.5) < 1e-9)
        #expect(plan.cost == 3)
        #expect(bruteForce(try optimizer.program(requirements: [1, 1, 1, 1, 1])) == 3)
        #expect(plan.coverage.allSatisfy { $0 >= 1 })
    }

    @Test func dayScheduleCoversRequirementsAtLeastCost() throws {
        let requirements = [4, 4, 3, 3, 2, 2, 2, 3, 4, 5, 6, 6, 7, 7, 7, 7, 8, 8, 8, 8, 8, 8, 7, 5]
        let plan = try ShiftOptimizer(period: 24).optimise(requirements: requirements)
        #expect(zip(plan.coverage, requirements).allSatisfy { $0 >= $1 })
        // Team-hours can never be below the requirement's total hours.
        #expect(plan.cost >= Double(requirements.reduce(0, +)))
        #expect(plan.cost >= plan.lowerBound - 1e-9)
    }

    @Test func rejectsBadInput() {
        #expect(throws: StaffingError.self) { try ShiftOptimizer(period: 0) }
        #expect(throws: StaffingError.self) { try ShiftOptimizer(period: 24, shiftLengths: []) }
        #expect(throws: StaffingError.self) { try ShiftOptimizer(period: 24).optimise(requirements: [1, 2]) }
        // Only a midnight start: hours 12-23 can never be covered.
        #expect(throws: StaffingError.self) { try ShiftOptimizer(period: 24, allowedStarts: [0]).optimise(requirements: [Int](repeating: 1, count: 24)) }
    }

    /// Figure 13: 20 team-shifts every day on a 5-on/2-off roster need the report's 28 teams.
    @Test func rosterOfReportScheduleNeeds28Teams() throws {
        let starts = [ShiftStart(shift: Shift(start: 2, hours: 8), teams: 4), ShiftStart(shift: Shift(start: 10, hours: 8), teams: 8),
                      ShiftStart(shift: Shift(start: 18, hours: 8), teams: 8)]
        let roster = try WeeklyRoster.make(starts: starts, period: 24)
        #expect(roster.pooledTeams == Int(MilwaukeeFigures.reportTeams.value))
        // Keeping each line on one shift start: ⌈7·4/5⌉ + 2·⌈7·8/5⌉ = 6 + 12 + 12.
        #expect(roster.teams == 30)
        for line in roster.lines {
            for d in 0..<7 {
                var cover = 0
                for off in 0..<7 where d != off && d != (off + 1) % 7 { cover += line.linesByFirstDayOff[off] }
                #expect(cover >= line.neededPerWeekday[d])
            }
        }
        func days(_ n: Double) -> Sourced<Double> { Sourced(n, unit: "days", source: "test") }
        let noLeave = HiringModel(teamSize: Sourced(2, unit: "responders", source: "test"), shiftsPerWeek: Sourced(5, unit: "shifts", source: "test"),
                                  vacationDays: days(0), holidays: days(0), sickDays: days(0), trainingDays: days(0), model: .leave)
        #expect(noLeave.hiring(rosterTeams: roster.pooledTeams).responders == 56)
        var withLeave = noLeave
        withLeave.vacationDays = days(15)
        withLeave.sickDays = days(11)
        // 365/7 × 5 = 260.71 shifts a year, 234.71 after 26 days away: 28 × 260.71 / 234.71 = 31.1 → 32 teams.
        #expect(withLeave.hiring(rosterTeams: 28).teams == 32)
        #expect(withLeave.hiring(rosterTeams: 28).responders == 64)
        #expect(withLeave.with(model: .report).hiring(rosterTeams: 28).teams == 28)
    }
}
