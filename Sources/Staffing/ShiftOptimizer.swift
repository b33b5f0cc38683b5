import Foundation
import Vocabulary

/// Finds how many teams start at each allowed hour with each shift length so every hour has at least its required
/// teams on duty, at least cost: the exact optimum of the cyclic staffing problem (see `CoveringProgram`).
public struct ShiftOptimizer: Sendable {
    /// How a schedule is costed.
    public enum CostBasis: String, Sendable, CaseIterable, Codable {
        /// Paid team-hours (a 12-hour shift costs 1.5 eight-hour shifts).
        case teamHours = "hours"
        /// Team-shifts (every shift costs the same).
        case teamShifts = "shifts"
    }

    /// Hours in the cycle: 24 (a day repeated) or 168 (a week).
    public var period: Int
    /// Allowed shift lengths in hours (default 8, 10 and 12).
    public var shiftLengths: [Int]
    /// Allowed start hours within the cycle (default every hour).
    public var allowedStarts: [Int]
    /// How schedules are costed.
    public var costBasis: CostBasis

    /// Creates an optimiser.
    /// - Throws: `StaffingError.invalidParameter` for a period other than a positive number of hours, shift
    ///   lengths outside 1...period, or no allowed start.
    public init(period: Int, shiftLengths: [Int] = [8, 10, 12], allowedStarts: [Int]? = nil, costBasis: CostBasis = .teamHours) throws {
        guard period > 0 else {
            throw StaffingError.invalidParameter(name: "period", value: "\(period)", expected: "a positive number of hours (24 or 168)")
        }
        guard !shiftLengths.isEmpty, shiftLengths.allSatisfy({ $0 >= 1 && $0 <= period }) else {
            throw StaffingError.invalidParameter(name: "shift lengths", value: "\(shiftLengths)", expected: "one or more lengths between 1 and \(period) hours")
        }
        let starts = allowedStarts ?? Array(0..<period)
        guard !starts.isEmpty, starts.allSatisfy({ $0 >= 0 && $0 < period }) else {
            throw StaffingError.invalidParameter(name: "allowed starts", value: "\(starts)", expected: "one or more hours between 0 and \(period - 1)")
        }
        self.period = period
        self.shiftLengths = Array(Set(shiftLengths)).sorted()
        self.allowedStarts = Array(Set(starts)).sorted()
        self.costBasis = costBasis
    }

    /// Every allowed shift, ordered by start then length.
    public var shifts: [Shift] {
        allowedStarts.flatMap { s in shiftLengths.map { Shift(start: s, hours: $0) } }
    }

    /// The covering program for `requirements` (teams needed on duty in each hour of the cycle).
    public func program(requirements: [Int]) throws -> CoveringProgram {
        guard requirements.count == period else {
            throw StaffingError.invalidParameter(name: "requirements", value: "\(requirements.count) hours", expected: "\(period) hourly requirements")
        }
        let shifts = self.shifts
        let columns = shifts.map { s in (0..<s.hours).map { (s.start + $0) % period } }
        let costs = shifts.map { costBasis == .teamHours ? Double($0.hours) : 1 }
        return CoveringProgram(requirements: requirements, columns: columns, costs: costs)
    }

    /// The least-cost schedule covering `requirements`.
    /// - Throws: see `CoveringProgram.solve(nodeLimit:)`.
    public func optimise(requirements: [Int], nodeLimit: Int = 200_000) throws -> OptimisedSchedule {
        let program = try program(requirements: requirements)
        let solution = try program.solve(nodeLimit: nodeLimit)
        let starts = zip(shifts, solution.counts).filter { $0.1 > 0 }.map { ShiftStart(shift: $0.0, teams: $0.1) }
        return OptimisedSchedule(period: period, starts: starts, requirements: requirements,
                                 coverage: program.coverage(of: solution.counts), cost: solution.cost,
                                 costUnit: costBasis == .teamHours ? "team-hours per \(period == 168 ? "week" : "day")" : "team-shifts per \(period == 168 ? "week" : "day")",
                                 lowerBound: solution.rootRelaxation, nodes: solution.nodes)
    }
}

extension ShiftOptimizer {
    /// Reads hourly requirements from a CSV's `teams_required` column (as written by `reroute staff --out`).
    /// - Throws: ``CSVDocumentError`` naming the file, line and value of the first bad row.
    public static func readRequirements(_ url: URL) throws -> [Int] {
        let document = try CSVDocument(contentsOf: url)
        _ = try document.column("teams_required")
        return try document.rows.map { row in
            let value = try document.number(row, "teams_required")
            guard let teams = Int(exactly: value) else {
                throw CSVDocumentError.badField(file: document.name, line: row.line, field: "teams_required", value: try document.text(row, "teams_required"), expected: "a whole number of teams ≥ 0")
            }
            return teams
        }
    }
}
