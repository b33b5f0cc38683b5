import Vocabulary

/// Everything a plan computes from a scenario and its demand (Figures 4, 6, 13, 14, 21-23).
public struct Plan: Sendable {
    /// The scenario (after overrides).
    public var scenario: Scenario
    /// The demand used.
    public var demand: Demand
    /// Whether demand is the scenario's own published figures (then published values are compared).
    public var usesPublishedDemand: Bool
    /// Figure 4 / 24.
    public var volume: VolumeProjection
    /// Figure 6.
    public var policeTime: PoliceTime
    /// Calls per 8-hour shift from peer programs.
    public var callsPerShift: CallsPerShiftEstimate
    /// Figure 13 at full capacity, one per schedule.
    public var schedules: [ScheduleResult]
    /// Figure 13 at the pilot capacity, one per schedule.
    public var pilotSchedules: [ScheduleResult]
    /// Teams and responders to hire at full capacity.
    public var staffing: StaffingResult
    /// Teams and responders to hire at the pilot capacity.
    public var pilotStaffing: StaffingResult
    /// Figure 14.
    public var pilot: PilotResult
    /// Figures 21-23.
    public var budget: BudgetResult
    /// Call types whose police minutes come from the scenario because the analysis has no times.
    public var policeMinutesFromScenario: [String] = []
    /// Whether `staffing` and the budget were replaced by an adopted staffing choice (``Plan/adopting(_:)``)
    /// rather than sized from calls per shift.
    public var adoptedStaffing = false
}

/// Figure 4 / 24: the program's yearly volume by source.
public struct VolumeProjection: Sendable, Hashable, Codable {
    /// Citizen-initiated calls per year (denominator of the shares).
    public var citizenInitiatedCalls: Double
    /// Calls of the eligible types per year.
    public var eligibleTypeCalls: Double
    /// Eligible calls per year before the capture rate.
    public var eligibleCalls: Double
    /// Capture rate applied.
    public var captureRate: Double
    /// Calls diverted from police (eligible × capture).
    public var diverted: Double
    /// Officer referrals.
    public var officerReferrals: Double
    /// New calls that would not come in today.
    public var newCalls: Double
    /// Self-initiated encounters.
    public var selfInitiated: Double
    /// Sum of the four.
    public var total: Double { diverted + officerReferrals + newCalls + selfInitiated }
}

/// One row of Figure 6.
public struct PoliceTimeRow: Sendable, Hashable, Codable {
    /// Call-type code.
    public var code: String
    /// Label.
    public var label: String
    /// Police minutes per call (nil: not measured).
    public var minutesPerCall: Double?
    /// Eligible (captured) calls per year.
    public var calls: Double
    /// Police hours per year (nil: not measured).
    public var hours: Double?
}

/// Figure 6: police time the program frees.
public struct PoliceTime: Sendable, Hashable, Codable {
    /// Rows by call type.
    public var rows: [PoliceTimeRow]
    /// Calls with a measured police time.
    public var callsWithTime: Double
    /// Police hours over those calls.
    public var hours: Double
    /// Eligible calls without a measured police time.
    public var callsWithoutTime: Double
    /// Hours if calls without a measured time took the average time of the others.
    public var hoursIncludingUnmeasured: Double
    /// Average police minutes per call over measured calls.
    public var averageMinutesPerCall: Double { callsWithTime > 0 ? hours * 60 / callsWithTime : 0 }
    /// Hours measured directly by the analysis, if given (scaled to a year).
    public var measuredHours: Double?
}

/// One peer program's workload per 8-hour shift.
public struct PeerEstimate: Sendable, Hashable, Codable {
    /// Program.
    public var name: String
    /// How the figure was derived.
    public var derivation: String
    /// Calls per shift of the plan's length.
    public var callsPerShift: Double
}

/// Calls one team handles per shift.
public struct CallsPerShiftEstimate: Sendable, Hashable, Codable {
    /// Per peer program.
    public var peers: [PeerEstimate]
    /// Their average.
    public var average: Double
}

/// One shift of Figure 13.
public struct ShiftResult: Sendable, Hashable, Codable {
    /// Label.
    public var label: String
    /// Hours, e.g. `2am - 10am`.
    public var hours: String
    /// On-duty teams.
    public var teams: Int
    /// Calls the teams can handle per day.
    public var capacity: Double
    /// Eligible calls per day in the shift.
    public var calls: Double
    /// Calls beyond capacity.
    public var unanswered: Double { max(0, calls - capacity) }
    /// Capacity beyond calls.
    public var excess: Double { max(0, capacity - calls) }
    /// Published cells.
    public var published: [String: Double]
}

/// Figure 13 for one schedule.
public struct ScheduleResult: Sendable, Hashable, Codable {
    /// Name.
    public var name: String
    /// Source.
    public var source: String
    /// Share of demand the schedule is sized for (capacity × capture rate).
    public var load: Double
    /// Whether teams are the published ones (true) or sized by the team rule.
    public var usesPublishedTeams: Bool
    /// Shifts.
    public var shifts: [ShiftResult]
    /// On-duty team-shifts per day.
    public var teamShiftsPerDay: Int { shifts.reduce(0) { $0 + $1.teams } }
}

/// Figure 14: which call types a reduced-capacity pilot takes.
public struct PilotResult: Sendable, Hashable, Codable {
    /// One call type considered.
    public struct Row: Sendable, Hashable, Codable {
        /// Code.
        public var code: String
        /// Label.
        public var label: String
        /// Eligible (captured) calls per year.
        public var calls: Double
        /// Behavioural-health calls per year (calls × share), if known.
        public var behaviouralHealthCalls: Double?
        /// Police hours per year, if known.
        public var policeHours: Double?
        /// Chosen by Reroute under the objective.
        public var chosen: Bool
        /// Chosen by the report.
        public var chosenByReport: Bool
    }

    /// Capacity as a share of the full program.
    public var capacity: Double
    /// Calls per year the pilot can take (capacity × diverted calls).
    public var capacityCalls: Double
    /// Objective.
    public var objective: PilotObjective
    /// All call types.
    public var rows: [Row]
    /// Calls Reroute's choice handles.
    public var chosenCalls: Double { rows.filter(\.chosen).reduce(0) { $0 + $1.calls } }
    /// Calls the report's choice handles (nil if the scenario gives no choice).
    public var reportCalls: Double? {
        rows.contains(where: \.chosenByReport) ? rows.filter(\.chosenByReport).reduce(0) { $0 + $1.calls } : nil
    }
    /// Objective value of a selection.
    public func score(chosenByReport: Bool) -> Double {
        rows.filter { chosenByReport ? $0.chosenByReport : $0.chosen }.reduce(0) { total, row in
            switch objective {
            case .mostCalls: total + row.calls
            case .behaviouralHealth: total + (row.behaviouralHealthCalls ?? 0)
            case .policeHours: total + (row.policeHours ?? 0)
            }
        }
    }
}

/// Figures 21-23.
public struct BudgetResult: Sendable, Hashable, Codable {
    /// One budget column: the program at a capacity.
    public struct Column: Sendable, Hashable, Codable {
        /// Capacity.
        public var capacity: Double
        /// Teams hired.
        public var teams: Int
        /// Responders hired.
        public var responders: Int
    }

    /// One line's amounts.
    public struct Line: Sendable, Hashable, Codable {
        /// Name.
        public var name: String
        /// Group.
        public var group: String
        /// Amount per column.
        public var amounts: [Double]
        /// Published amount per column.
        public var published: [Double]
        /// Whether the total counts it.
        public var countedInTotal: Bool
        /// How it was computed.
        public var basis: String
        /// Source.
        public var source: String
    }

    /// One phase.
    public struct Phase: Sendable, Hashable, Codable {
        /// Name.
        public var name: String
        /// Lines.
        public var lines: [Line]
        /// Published totals per group per column.
        public var publishedTotals: [String: [Double]]
        /// Published shares by line name at the full column.
        public var publishedShares: [String: Double]

        /// Sum of a group's counted lines per column (`total` for all groups).
        public func total(_ group: String, countedOnly: Bool = true) -> [Double] {
            let count = lines.first?.amounts.count ?? 0
            return (0..<count).map { column in
                lines.filter { (group == "total" || $0.group == group) && (!countedOnly || $0.countedInTotal) }
                    .reduce(0) { $0 + $1.amounts[column] }
            }
        }
    }

    /// Columns.
    public var columns: [Column]
    /// Phases.
    public var phases: [Phase]
}
