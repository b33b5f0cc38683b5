import Vocabulary

extension StaffingPlan {
    /// The columns of the requirement tables, declared once: CSV key, heading and cell for one hour.
    public enum RequirementColumn: String, CaseIterable, Sendable {
        case hourOfWeek = "hour_of_week", weekday, hour
        case callsPerHour = "calls_per_hour", load = "load_erlangs", teamsRequired = "teams_required"
        case teamsOnDuty = "teams_on_duty", shareReached = "share_reached", meanWait = "mean_wait_min", occupancy

        /// The heading people read.
        public var heading: String {
            switch self {
            case .hourOfWeek: "Hour of week"
            case .weekday: "Weekday"
            case .hour: "Hour"
            case .callsPerHour: "Calls per hour"
            case .load: "Load (team-hours per hour)"
            case .teamsRequired: "Teams required"
            case .teamsOnDuty: "Teams on duty"
            case .shareReached: "Share reached in time"
            case .meanWait: "Mean wait (min)"
            case .occupancy: "Occupancy"
            }
        }

        /// The cell for hour `r` of a cycle, `onDuty` teams being on duty then.
        func cell(_ r: HourRequirement, onDuty: Int) -> Cell {
            switch self {
            case .hourOfWeek: .integer(r.hour)
            case .weekday: .integer(r.hour / 24 + 1)
            case .hour: .integer(r.hour % 24)
            case .callsPerHour: .number(r.callsPerHour, decimals: 2)
            case .load: .number(r.load, decimals: 2)
            case .teamsRequired: .integer(r.teams)
            case .teamsOnDuty: .integer(onDuty)
            case .shareReached: .share(r.serviceLevel)
            case .meanWait: .minutes(r.meanWaitMinutes, decimals: 1)
            case .occupancy: .share(r.occupancy)
            }
        }
    }

    /// The requirement in each of the 168 hours of the week and the optimal week's teams on duty
    /// (`requirement-week-hour`).
    public var weekRequirementTable: ResultTable {
        requirementTable(id: "requirement-week-hour", title: "Teams needed in each hour of the week (Erlang C)",
                         hours: weekRequirement, schedule: weekSchedule,
                         columns: [.hourOfWeek, .weekday, .hour, .callsPerHour, .load, .teamsRequired, .teamsOnDuty, .shareReached, .meanWait, .occupancy],
                         headings: [.teamsOnDuty: "Teams on duty (optimal week)"])
    }

    /// The average day's requirement and the optimal day's teams on duty (`staffing-requirement`, the report's
    /// staffing chapter), with the target, the optimal week, the roster and people to hire in its notes.
    public var dayRequirementTable: ResultTable {
        requirementTable(id: "staffing-requirement", title: "Teams needed in each hour of an average day (Erlang C)",
                         hours: dayRequirement, schedule: daySchedule,
                         columns: [.hour, .callsPerHour, .load, .teamsRequired, .shareReached, .meanWait, .teamsOnDuty],
                         headings: [.teamsOnDuty: "Teams on duty (optimal day)"])
    }

    private func requirementTable(id: String, title: String, hours: [HourRequirement], schedule: OptimisedSchedule,
                                  columns: [RequirementColumn], headings: [RequirementColumn: String]) -> ResultTable {
        ResultTable(
            id: id, title: title,
            columns: columns.map { ($0.rawValue, headings[$0] ?? $0.heading) },
            rows: hours.map { r in columns.map { $0.cell(r, onDuty: schedule.coverage[r.hour]) } },
            notes: ["Target: \(target). Busy time per call: \(busyMinutes). Travel: \(travelMinutes).",
                    "Optimal week: \(Int(weekSchedule.cost)) \(weekSchedule.costUnit); roster (5 on / 2 off): \(roster.pooledTeams) teams rotating shifts; to hire: \(hiring.teams) teams = \(hiring.responders) responders (\(hiringModel.description))."])
    }

    /// The optimal shifts of the day and of the week (`week-schedule`): one row per shift start; a daily shift has
    /// period 24 and start weekday 0 (every day).
    public var shiftTable: ResultTable {
        let rows = [daySchedule, weekSchedule].flatMap { schedule in
            schedule.starts.map { start -> [Cell] in
                [.integer(schedule.period), .integer(schedule.period == 168 ? start.shift.start / 24 + 1 : 0),
                 .integer(start.shift.start % 24), .integer(start.shift.hours), .integer(start.teams)]
            }
        }
        return ResultTable(
            id: "week-schedule", title: "Optimal shifts: the average day (period 24) and the week (period 168)",
            columns: [("period_hours", "Period (hours)"), ("start_weekday", "Start weekday (0 = every day)"), ("start_hour", "Start hour"),
                      ("hours", "Hours"), ("teams", "Teams")],
            rows: rows,
            notes: ["Day: \(Format.trimmed(daySchedule.cost, digits: 0)) \(daySchedule.costUnit) (LP bound \(Format.trimmed(daySchedule.lowerBound, digits: 2))); week: \(Format.trimmed(weekSchedule.cost, digits: 0)) \(weekSchedule.costUnit) (LP bound \(Format.trimmed(weekSchedule.lowerBound, digits: 2)))."])
    }
}
