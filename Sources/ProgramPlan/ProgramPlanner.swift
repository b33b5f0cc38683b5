import Vocabulary
import Foundation

/// Computes a ``Plan`` from a scenario and its demand.
///
/// The chain follows the report: eligible calls → volume (Figure 4) → police time (Figure 6) →
/// calls per shift → schedules (Figure 13) → people to hire → pilot (Figure 14) → budget (Figure 21).
public enum ProgramPlanner {
    /// Builds the plan.
    /// - Parameters:
    ///   - scenario: the scenario, overrides already applied.
    ///   - demand: yearly demand; nil uses the scenario's published figures.
    public static func plan(scenario: Scenario, demand: Demand? = nil) -> Plan {
        let usesPublished = demand == nil
        let (demand, minutesFromScenario) = Demand.resolved(demand, scenario: scenario)
        let capture = scenario.projection.captureRate.value
        let volume = projectVolume(scenario: scenario, demand: demand)
        let police = policeTime(demand: demand, captureRate: capture)
        let perShift = callsPerShift(scenario.callsPerShift)
        let full = scheduleResults(
            scenario: scenario, demand: demand, callsPerShift: perShift.average, capacity: 1,
            allowPublishedTeams: usesPublished)
        let pilotCapacity = scenario.pilot.capacity.value
        let reduced = scheduleResults(
            scenario: scenario, demand: demand, callsPerShift: perShift.average, capacity: pilotCapacity,
            allowPublishedTeams: usesPublished)
        let staffing = scenario.staffing.hiring(teamShiftsPerDay: Double(full.map(\.teamShiftsPerDay).max() ?? 0))
        let pilotStaffing = scenario.staffing.hiring(teamShiftsPerDay: Double(reduced.map(\.teamShiftsPerDay).max() ?? 0))
        let pilot = selectPilot(scenario: scenario, demand: demand, police: police, capacity: pilotCapacity)
        let budget = budgetResult(
            scenario: scenario, demand: demand, callsPerShift: perShift.average, usesPublished: usesPublished)
        return Plan(
            scenario: scenario, demand: demand, usesPublishedDemand: usesPublished, volume: volume, policeTime: police,
            callsPerShift: perShift, schedules: full, pilotSchedules: reduced, staffing: staffing,
            pilotStaffing: pilotStaffing, pilot: pilot, budget: budget,
            policeMinutesFromScenario: minutesFromScenario)
    }

    /// Figure 4: diverted calls and the calls each 100 of them bring.
    public static func projectVolume(scenario: Scenario, demand: Demand) -> VolumeProjection {
        let projection = scenario.projection
        let eligible = demand.eligibleCalls
        let diverted = eligible * projection.captureRate.value
        return VolumeProjection(
            citizenInitiatedCalls: demand.citizenInitiatedCalls,
            eligibleTypeCalls: demand.callTypes.reduce(0) { $0 + $1.citizenInitiatedCalls }, eligibleCalls: eligible,
            captureRate: projection.captureRate.value, diverted: diverted,
            officerReferrals: diverted * projection.officerReferralsPer100.value / 100,
            newCalls: diverted * projection.newCallsPer100.value / 100,
            selfInitiated: diverted * projection.selfInitiatedPer100.value / 100)
    }

    /// Figure 6: police minutes per call × calls diverted.
    public static func policeTime(demand: Demand, captureRate: Double) -> PoliceTime {
        var rows: [PoliceTimeRow] = []
        var calls = 0.0
        var hours = 0.0
        var unmeasured = 0.0
        for type in demand.callTypes {
            let captured = type.eligibleCalls * captureRate
            if let minutes = type.policeMinutesPerCall {
                let typeHours = captured * minutes / 60
                rows.append(PoliceTimeRow(code: type.code, label: type.label, minutesPerCall: minutes, calls: captured, hours: typeHours))
                calls += captured
                hours += typeHours
            } else {
                rows.append(PoliceTimeRow(code: type.code, label: type.label, minutesPerCall: nil, calls: captured, hours: nil))
                unmeasured += captured
            }
        }
        let average = calls > 0 ? hours / calls : 0
        return PoliceTime(
            rows: rows, callsWithTime: calls, hours: hours, callsWithoutTime: unmeasured,
            hoursIncludingUnmeasured: hours + unmeasured * average,
            measuredHours: demand.measuredPoliceHours.map { $0 * captureRate })
    }

    /// Calls per shift: peer programs converted to the plan's shift length and averaged.
    ///
    /// Programs reporting calls per shift are scaled by shift length; programs reporting minutes per
    /// call get the productive share of the shift divided by those minutes (report footnote 5).
    public static func callsPerShift(_ inputs: CallsPerShiftInputs) -> CallsPerShiftEstimate {
        let hours = inputs.shiftHours.value
        let productive = inputs.productiveShare.value
        let peers = inputs.peerPrograms.map { peer -> PeerEstimate in
            if let calls = peer.callsPerShift, let length = peer.shiftHours {
                return PeerEstimate(
                    name: peer.name,
                    derivation: "\(Format.number(calls.value, decimals: 1)) calls per \(Format.number(length.value)) h × \(Format.number(hours))/\(Format.number(length.value))",
                    callsPerShift: calls.value * hours / length.value)
            }
            let minutes = peer.minutesPerCall?.value ?? 1
            return PeerEstimate(
                name: peer.name,
                derivation: "\(Format.number(hours)) h × 60 × \(Format.number(productive, decimals: 2)) productive ÷ \(Format.number(minutes, decimals: 0)) min",
                callsPerShift: hours * 60 * productive / minutes)
        }
        let average = peers.isEmpty ? 0 : peers.reduce(0) { $0 + $1.callsPerShift } / Double(peers.count)
        return CallsPerShiftEstimate(peers: peers, average: average)
    }

    /// Figure 13 for each schedule at a capacity.
    public static func scheduleResults(
        scenario: Scenario, demand: Demand, callsPerShift: Double, capacity: Double, allowPublishedTeams: Bool
    ) -> [ScheduleResult] {
        let load = capacity * scenario.projection.captureRate.value
        let length = Int(scenario.callsPerShift.shiftHours.value.rounded())
        return scenario.schedules.map { schedule in
            let published = allowPublishedTeams && abs(load - 1) < 1e-9 && schedule.shifts.allSatisfy { $0.teams != nil }
            let shifts = schedule.shifts.map { shift -> ShiftResult in
                let hours = (0..<length).map { (shift.startHour + $0) % 24 }
                let calls = hours.reduce(0) { $0 + demand.hourlyCallsPerDay[$1] } * load
                let teams = published ? (shift.teams ?? 0) : teamsFor(calls: calls, callsPerShift: callsPerShift, rule: scenario.staffing.teamRule)
                return ShiftResult(
                    label: shift.label, hours: "\(clock(shift.startHour)) - \(clock((shift.startHour + length) % 24))",
                    teams: teams, capacity: Double(teams) * callsPerShift, calls: calls,
                    published: abs(load - 1) < 1e-9 && allowPublishedTeams ? shift.published : [:])
            }
            return ScheduleResult(
                name: schedule.name, source: schedule.source, load: load, usesPublishedTeams: published, shifts: shifts)
        }
    }

    /// Teams for a shift's demand under a rule (at least one team: the program runs around the clock).
    public static func teamsFor(calls: Double, callsPerShift: Double, rule: TeamRule) -> Int {
        guard callsPerShift > 0 else { return 0 }
        let ratio = calls / callsPerShift
        let teams = rule == .nearest ? ratio.rounded() : (ratio - 1e-9).rounded(.up)
        return max(1, Int(min(teams, 1_000_000)))
    }

    static func clock(_ hour: Int) -> String {
        switch hour {
        case 0: "12am"
        case 12: "12pm"
        case 1..<12: "\(hour)am"
        default: "\(hour - 12)pm"
        }
    }

    /// Figure 14: the call types a pilot at `capacity` takes under the scenario's objective.
    ///
    /// The pilot can take `capacity` × diverted calls a year. With up to 22 call types every subset
    /// is tried (exact); beyond that types are taken greedily by objective value.
    /// - Complexity: O(2ⁿ · n) for n ≤ 22 call types.
    public static func selectPilot(scenario: Scenario, demand: Demand, police: PoliceTime, capacity: Double) -> PilotResult {
        let capture = scenario.projection.captureRate.value
        let objective = scenario.pilot.objective
        let hoursByCode = Dictionary(police.rows.compactMap { row in row.hours.map { (row.code, $0) } }, uniquingKeysWith: { a, _ in a })
        var rows = demand.callTypes.map { type -> PilotResult.Row in
            let calls = type.eligibleCalls * capture
            return PilotResult.Row(
                code: type.code, label: type.label, calls: calls,
                behaviouralHealthCalls: type.behaviouralHealthShare.map { $0 * calls },
                policeHours: hoursByCode[type.code], chosen: false,
                chosenByReport: scenario.pilot.publishedCallTypes.contains(type.code))
        }
        let limit = capacity * demand.eligibleCalls * capture
        func value(_ row: PilotResult.Row) -> Double {
            switch objective {
            case .mostCalls: row.calls
            case .behaviouralHealth: row.behaviouralHealthCalls ?? 0
            case .policeHours: row.policeHours ?? 0
            }
        }
        if rows.count <= 22 {
            var best: (mask: Int, value: Double, calls: Double) = (0, -1, -1)
            for mask in 0..<(1 << rows.count) {
                var calls = 0.0
                var score = 0.0
                var index = 0
                var bits = mask
                while bits != 0 {
                    if bits & 1 == 1 {
                        calls += rows[index].calls
                        score += value(rows[index])
                    }
                    bits >>= 1
                    index += 1
                }
                if calls > limit + 1e-6 { continue }
                if score > best.value + 1e-9 || (abs(score - best.value) <= 1e-9 && calls > best.calls) {
                    best = (mask, score, calls)
                }
            }
            for index in rows.indices { rows[index].chosen = best.mask & (1 << index) != 0 }
        } else {
            var used = 0.0
            for index in rows.indices.sorted(by: { value(rows[$0]) / max(rows[$0].calls, 1) > value(rows[$1]) / max(rows[$1].calls, 1) })
            where used + rows[index].calls <= limit {
                rows[index].chosen = true
                used += rows[index].calls
            }
        }
        return PilotResult(capacity: capacity, capacityCalls: limit, objective: objective, rows: rows)
    }

    /// Figures 21-23: budget lines at each column's capacity.
    public static func budgetResult(scenario: Scenario, demand: Demand, callsPerShift: Double, usesPublished: Bool) -> BudgetResult {
        let columns = scenario.budget.columns.map { capacity -> BudgetResult.Column in
            let schedules = scheduleResults(
                scenario: scenario, demand: demand, callsPerShift: callsPerShift, capacity: capacity,
                allowPublishedTeams: usesPublished)
            let staffing = scenario.staffing.hiring(teamShiftsPerDay: Double(schedules.map(\.teamShiftsPerDay).max() ?? 0))
            return BudgetResult.Column(capacity: capacity, teams: staffing.teams, responders: staffing.responders)
        }
        let phases = scenario.budget.phases.map { phase in
            BudgetResult.Phase(
                name: phase.name,
                lines: phase.lines.map { line in
                    BudgetResult.Line(
                        name: line.name, group: line.group,
                        amounts: columns.map { cost(of: line, teams: $0.teams, responders: $0.responders) },
                        published: line.published, countedInTotal: line.countedInTotal, basis: describe(line),
                        source: line.amount?.source ?? line.tierSource)
                },
                publishedTotals: phase.publishedTotals, publishedShares: phase.publishedShares)
        }
        return BudgetResult(columns: columns, phases: phases)
    }

    /// One budget line's cost for a program of `teams` teams and `responders` responders.
    public static func cost(of line: BudgetLine, teams: Int, responders: Int) -> Double {
        let amount = line.amount?.value ?? 0
        switch line.basis {
        case .fixed: return amount
        case .perTeam: return amount * Double(teams)
        case .perTeamYear: return amount * Double(teams) * line.months / 12
        case .perResponderYear: return amount * Double(responders) * line.months / 12
        case .tiered:
            guard let last = line.tiers.last else { return 0 }
            if let tier = line.tiers.first(where: { teams <= $0.teams }) { return tier.amount }
            return last.amount * Double(teams) / Double(last.teams)
        }
    }

    /// How a budget line is computed, in words (e.g. "$79,000 per responder-year × 12 months").
    public static func describe(_ line: BudgetLine) -> String {
        let amount = line.amount.map { Format.dollars($0.value) } ?? ""
        switch line.basis {
        case .fixed: return "fixed \(amount)"
        case .perTeam: return "\(amount) per team"
        case .perTeamYear: return "\(amount) per team-year × \(Format.number(line.months)) months"
        case .perResponderYear: return "\(amount) per responder-year × \(Format.number(line.months)) months"
        case .tiered:
            return "tiers " + line.tiers.map { "≤\($0.teams) teams \(Format.dollars($0.amount))" }.joined(separator: ", ")
        }
    }
}
