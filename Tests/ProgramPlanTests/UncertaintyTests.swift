import Vocabulary
import Testing
@testable import ProgramPlan

@Suite struct UncertaintyTests {
    @Test func splitMix64KnownSequence() {
        // Reference values of SplitMix64 for seed 0 (Vigna's splitmix64.c).
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func monteCarloIsSeeded() throws {
        let scenario = try TestSupport.milwaukee()
        let first = Uncertainty.monteCarlo(scenario: scenario, demand: nil, draws: 300, seed: 42)
        let again = Uncertainty.monteCarlo(scenario: scenario, demand: nil, draws: 300, seed: 42)
        let other = Uncertainty.monteCarlo(scenario: scenario, demand: nil, draws: 300, seed: 43)
        #expect(first == again)
        #expect(first != other)
        for interval in first {
            #expect(interval.lower <= interval.median && interval.median <= interval.upper)
        }
        // Police hours only move with eligibility rates and minutes: the interval stays near 34,103.
        let hours = try #require(first.first { $0.output == "police_hours" })
        #expect(hours.base.rounded() == 34_103)
        #expect(hours.lower > 30_000 && hours.upper < 38_000)
    }

    @Test func triangularSamplesStayInRange() {
        var generator = SplitMix64(seed: 7)
        let parameter = Parameter(value: 2, unit: "x", source: "test", low: 1, high: 5)
        var sum = 0.0
        for _ in 0..<20_000 {
            let value = Uncertainty.sample(parameter, using: &generator)
            #expect(value >= 1 && value <= 5)
            sum += value
        }
        // Mean of a triangular(1, 2, 5) is (1 + 2 + 5) / 3.
        #expect(abs(sum / 20_000 - 8.0 / 3) < 0.03)
    }

    @Test func tornadoCaptureRateMovesTeamsAndBudget() throws {
        let (base, rows) = Uncertainty.tornado(scenario: try TestSupport.milwaukee(), demand: nil)
        #expect(base.teams == 28)
        #expect(base.budget == 4_980_400)
        let capture = try #require(rows.first { $0.parameter == "projection.capture_rate" })
        #expect(capture.atLow.teams < 28)
        #expect(capture.atLow.budget < base.budget)
        #expect(rows.first?.budgetSwing == rows.map(\.budgetSwing).max())
        // Responder salary ±: 56 × (95,000 − 65,000) of budget swing, teams unchanged.
        let salary = try #require(rows.first { $0.parameter == "First Year of Operation: Responder cost" })
        #expect(salary.budgetSwing == 56 * 30_000)
        #expect(salary.teamsSwing == 0)
    }

    @Test func captureRateTable() throws {
        let rows = Uncertainty.captureTable(scenario: try TestSupport.milwaukee(), demand: nil)
        #expect(rows.map(\.captureRate) == [0.2, 0.33, 0.46, 1.0])
        let low = rows[0].outputs
        // 20% of 143,893 calls and of 34,103 police hours.
        #expect(abs(low.volume - 0.2 * 143_893) < 1)
        #expect(abs(low.policeHours - 0.2 * 34_103) < 1)
        #expect(rows.last?.outputs.teams == 28)
        #expect(zip(rows, rows.dropFirst()).allSatisfy { $0.outputs.teams <= $1.outputs.teams })
    }
}
