import ArgumentParser
import Foundation
import Staffing

/// Options shared by `staff` and `simulate`: demand, service time, target and output.
public struct StaffingInputOptions: ParsableArguments {
    @Option(name: .customLong("analysis"), help: "Analysis folder written by `reroute report` (demand-week-hour.csv, summary.json, optional service-times.csv). Default: Milwaukee's report figures.")
    var analysis: String?

    @Option(help: "Calls per year for the built-in Milwaukee profile (default 66373, report Figure 4).")
    var annualCalls: Double?

    @Option(help: "Share of eligible calls sent to responders, (0, 1].")
    var captureRate: Double = 1

    @Option(help: "Officer referrals as a share of captured calls.")
    var officerReferrals: Double = 0

    @Option(help: "New calls (never made to police) as a share of captured calls.")
    var newCalls: Double = 0

    @Option(name: .customLong("self-initiated-per-100"), help: "Self-initiated encounters per 100 captured calls.")
    var selfInitiatedPer100: Double = 0

    @Option(help: "CSV with a `seconds` column of busy time per call (travel + on scene). Default: the analysis folder's service-times.csv, else peer programs.")
    var serviceTimes: String?

    @Option(help: "Mean minutes per call (exponential), overriding peer programs (EMCOT 45 / HEART 35 → 40).")
    var minutesPerCall: Double?

    @Option(help: "Share of a shift available for calls; the report uses 0.75. Busy times are divided by it.")
    var productiveShare: Double = 1

    @Option(help: "Travel minutes to a call (report Figure 5 median police travel).")
    var travelMinutes: Double = MilwaukeeFigures.travelMinutes.value

    @Option(help: "Share of calls to reach within --target-minutes, in (0, 1).")
    var targetShare: Double = 0.9

    @Option(help: "Response-time target in minutes (wait + travel).")
    var targetMinutes: Double = 20

    @Option(help: "Highest acceptable team occupancy, (0, 1].")
    var maxOccupancy: Double = 1

    @Option(help: "Teams always on duty (the report's 24/7 rule).")
    var minimumTeams: Int = 1

    @Option(help: "Allowed shift lengths in hours, comma-separated.")
    var shiftLengths: String = "8,10,12"

    @Option(help: "Cost of a schedule: hours (paid team-hours) or shifts (team-shifts).")
    var cost: String = "hours"

    @Option(help: "Days of vacation and sick leave per responder per year (for people to hire; default 20, an assumption).")
    var leaveDays: Double?

    @Option(help: "Days of training per responder per year (for people to hire; default 10, an assumption).")
    var trainingDays: Double?

    @Option(help: "Replications of the simulation.")
    var replications: Int = 10

    @Option(help: "Seed of the first replication.")
    var seed: UInt64 = 2022

    @Option(help: "Days simulated per replication with Poisson arrivals.")
    var days: Int = 365

    @Option(help: "Queue order: fcfs or priority.")
    var discipline: String = "fcfs"

    @Option(help: "Minutes after which a waiting call goes back to police (default: never).")
    var handBackMinutes: Double?

    @Option(help: "Wait in minutes counted as too long in the results.")
    var waitThreshold: Double = 30

    @Option(help: "Folder for CSV and JSON outputs.")
    var out: String?

    @Flag(help: "Print only the comparison table.")
    var quiet = false

    public init() {}

    func demand() throws -> DemandProfile {
        let scaling = try DemandScaling(captureRate: captureRate, officerReferrals: officerReferrals, newCalls: newCalls, selfInitiatedPer100: selfInitiatedPer100)
        let base: DemandProfile
        if let analysis {
            base = try DemandProfile.load(analysisFolder: URL(fileURLWithPath: analysis))
        } else if let annualCalls {
            guard annualCalls > 0 else { throw StaffingError.zeroDemand(source: "--annual-calls \(annualCalls)") }
            base = try DemandProfile.milwaukee(annualCalls: SourcedValue(annualCalls, unit: "calls/year", source: "option --annual-calls"))
        } else {
            base = try DemandProfile.milwaukee()
        }
        return try base.scaled(by: scaling)
    }

    func service() throws -> ServiceTimeModel {
        if let serviceTimes {
            return try ServiceTimeModel.load(serviceTimes: URL(fileURLWithPath: serviceTimes), productiveShare: productiveShare, travelMinutes: travelMinutes)
        }
        if let minutesPerCall {
            return try ServiceTimeModel(shape: .exponential(mean: minutesPerCall), productiveShare: productiveShare, travelMinutes: travelMinutes, source: "option --minutes-per-call, exponential")
        }
        if let analysis {
            let file = URL(fileURLWithPath: analysis).appendingPathComponent("service-times.csv")
            if FileManager.default.fileExists(atPath: file.path) {
                return try ServiceTimeModel.load(serviceTimes: file, productiveShare: productiveShare, travelMinutes: travelMinutes)
            }
        }
        return try ServiceTimeModel.peerPrograms(productiveShare: productiveShare, travelMinutes: travelMinutes)
    }

    func makePlan(demand: DemandProfile, service: ServiceTimeModel) throws -> StaffingPlan {
        try StaffingPlan.make(demand: demand, service: service, target: target, minimumTeams: minimumTeams,
                              shiftLengths: try lengths(), costBasis: try costBasis(),
                              leaveDays: leaveDays.map { SourcedValue($0, unit: "days/year", source: "option --leave-days") },
                              trainingDays: trainingDays.map { SourcedValue($0, unit: "days/year", source: "option --training-days") })
    }

    var target: ResponseTarget { ResponseTarget(share: targetShare, withinMinutes: targetMinutes, maxOccupancy: maxOccupancy) }

    func lengths() throws -> [Int] {
        let parts = shiftLengths.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let values = parts.compactMap { Int($0) }
        guard !parts.isEmpty, values.count == parts.count else {
            throw StaffingError.invalidParameter(name: "--shift-lengths", value: shiftLengths, expected: "whole hours separated by commas, e.g. 8,10,12")
        }
        return values
    }

    func costBasis() throws -> ShiftOptimizer.CostBasis {
        guard let c = ShiftOptimizer.CostBasis(rawValue: cost) else {
            throw StaffingError.invalidParameter(name: "--cost", value: cost, expected: "hours or shifts")
        }
        return c
    }

    func queueDiscipline() throws -> DispatchSimulation.Discipline {
        guard let d = DispatchSimulation.Discipline(rawValue: discipline) else {
            throw StaffingError.invalidParameter(name: "--discipline", value: discipline, expected: "fcfs or priority")
        }
        return d
    }

    var outURL: URL? { out.map { URL(fileURLWithPath: $0) } }

    func checkDays() throws {
        guard days >= 1 else { throw StaffingError.invalidParameter(name: "--days", value: "\(days)", expected: "≥ 1") }
    }
}

/// Runs a library call, turning `StaffingError` into one clear line on stderr and exit code 65 (data error).
private func reportingErrors(_ body: () throws -> Void) throws {
    do { try body() } catch let error as StaffingError {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        throw ExitCode(65)
    }
}

private func printComparison(_ comparison: ScheduleComparison, threshold: Double, out: URL?) throws {
    let table = StaffingTables.comparison(comparison, windows: ["all day"])
    print("Response times by schedule (simulated, mean ± 95% CI over replications; response = wait + travel; over = share waiting > \(formatCLI(threshold)) min or handed back):")
    let rows = table.rows.map { r in [r[0], r[2], r[3], pm(r[5], r[6]), pm(r[7], r[8]), pm(r[9], r[10]), r[11], r[12]] }
    print(StaffingTables.text(header: ["schedule", "team-h/week", "teams", "median min", "p90 min", "over", "util", "handed back"], rows: rows))
    print("For reference, police today: median response \(MilwaukeeFigures.policeMedianResponse).")
    if let out {
        let all = StaffingTables.comparison(comparison)
        try StaffingTables.write(StaffingTables.csv(header: all.header, rows: all.rows), to: out, name: "schedule-comparison.csv")
        try StaffingTables.writeJSON(comparison, to: out, name: "schedule-comparison.json")
    }
}

/// "mean ±half" for the terminal.
private func pm(_ mean: String, _ half: String) -> String { "\(mean) ±\(half)" }

private func formatCLI(_ x: Double, _ digits: Int = 2) -> String {
    var s = String(format: "%.\(digits)f", x)
    if s.contains(".") { while s.hasSuffix("0") { s.removeLast() }; if s.hasSuffix(".") { s.removeLast() } }
    return s
}

/// `reroute staff`: requirement per hour, optimal schedules, roster, people to hire, and the report's schedules compared.
public struct StaffCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "Teams needed per hour (Erlang C), the optimal 24- and 168-hour schedules, a 5-on/2-off roster and people to hire.",
        discussion: "Compares the optimised week with the report's Schedule 1 and Schedule 2 (Figure 13, 28 teams) by simulation. Exit codes: 0 success, 64 usage error, 65 bad input data or an unreachable target.")

    @OptionGroup var options: StaffingInputOptions

    @Option(help: ArgumentHelp("Only optimise the shifts for the teams_required column of this CSV (24 or 168 rows) and print the result as JSON (for checking the optimiser).", visibility: .hidden))
    var requirementsFile: String?

    public init() {}

    public func run() throws {
        try reportingErrors {
            if let requirementsFile {
                let requirements = try ShiftOptimizer.readRequirements(URL(fileURLWithPath: requirementsFile))
                let optimizer = try ShiftOptimizer(period: requirements.count, shiftLengths: try options.lengths(), costBasis: try options.costBasis())
                let (plan, seconds) = try measureSeconds { try optimizer.optimise(requirements: requirements) }
                print("{\"cost\": \(plan.cost), \"lp_bound\": \(plan.lowerBound), \"nodes\": \(plan.nodes), \"seconds\": \(seconds)}")
                return
            }
            try options.checkDays()
            let demand = try options.demand()
            let service = try options.service()
            let plan = try options.makePlan(demand: demand, service: service)
            if !options.quiet {
                print("Demand: \(formatCLI(demand.callsPerYear, 0)) calls/year — \(demand.source)")
                print("Busy time: \(plan.busyMinutes)")
                print("Travel: \(plan.travelMinutes)")
                print("Target: \(plan.target) (Erlang C per hour; at least \(options.minimumTeams) team on duty)\n")
                print("Average day: teams required per hour and the optimal daily schedule")
                let rows = plan.dayRequirement.map { r in
                    [WeekHour.label(hourOfCycle: r.hour), formatCLI(r.callsPerHour), formatCLI(r.load), "\(r.teams)", formatCLI(r.serviceLevel, 3), formatCLI(r.meanWaitMinutes, 1), "\(plan.daySchedule.coverage[r.hour])"]
                }
                print(StaffingTables.text(header: ["hour", "calls/h", "load", "teams", "reached", "mean wait", "on duty"], rows: rows))
                print("Optimal daily shifts (\(formatCLI(plan.daySchedule.cost, 0)) \(plan.daySchedule.costUnit); LP bound \(formatCLI(plan.daySchedule.lowerBound, 2))):")
                for s in plan.daySchedule.starts { print("  \(s.teams) × \(s.shift)") }
                print("\nOptimal week (168 hours): \(formatCLI(plan.weekSchedule.cost, 0)) \(plan.weekSchedule.costUnit) (LP bound \(formatCLI(plan.weekSchedule.lowerBound, 2)), \(plan.weekSchedule.nodes) nodes, \(formatCLI(plan.weekSolveSeconds, 3)) s)")
                print("  \(plan.weekSchedule.starts.count) shift starts; see week-schedule.csv with --out")
                print("Roster (5 on / 2 off): \(plan.roster.teams) teams keeping one shift start, \(plan.roster.pooledTeams) teams rotating shifts")
                let h = plan.hiring
                print("To hire: \(h.teamsToHire) teams = \(h.respondersToHire) responders (availability \(formatCLI(h.availability, 3)): leave \(h.leaveDays), training \(h.trainingDays))\n")
            }
            let comparison = try ScheduleComparison.evaluate(
                schedules: [.reportSchedule1, .reportSchedule2, plan.weekSchedule.teamSchedule(name: "Optimised week")],
                arrivals: .poisson(demand, days: options.days), service: service, replications: options.replications, seed: options.seed,
                discipline: try options.queueDiscipline(), handBackLimit: options.handBackMinutes, waitThreshold: options.waitThreshold)
            try printComparison(comparison, threshold: options.waitThreshold, out: options.outURL)
            if let out = options.outURL {
                let reqHeader = ["hour_of_week", "weekday", "hour", "calls_per_hour", "load_erlangs", "teams_required", "teams_on_duty", "share_reached", "mean_wait_min", "occupancy"]
                let reqRows = plan.weekRequirement.map { r in
                    ["\(r.hour)", "\(r.hour / 24 + 1)", "\(r.hour % 24)", formatCLI(r.callsPerHour, 4), formatCLI(r.load, 4), "\(r.teams)", "\(plan.weekSchedule.coverage[r.hour])",
                     formatCLI(r.serviceLevel, 4), formatCLI(r.meanWaitMinutes, 3), formatCLI(r.occupancy, 4)]
                }
                try StaffingTables.write(StaffingTables.csv(header: reqHeader, rows: reqRows), to: out, name: "requirement-week-hour.csv")
                let shiftRows = { (s: OptimisedSchedule) in s.starts.map { ["\(s.period)", "\(s.startWeekday(of: $0))", "\($0.shift.start % 24)", "\($0.shift.hours)", "\($0.teams)"] } }
                try StaffingTables.write(StaffingTables.csv(header: ["period_hours", "start_weekday", "start_hour", "hours", "teams"], rows: shiftRows(plan.daySchedule) + shiftRows(plan.weekSchedule)), to: out, name: "week-schedule.csv")
                try StaffingTables.writeJSON(plan, to: out, name: "staffing-plan.json")
                FileHandle.standardError.write(Data("wrote requirement-week-hour.csv, week-schedule.csv, staffing-plan.json, schedule-comparison.csv/json to \(out.path)\n".utf8))
            }
        }
    }
}

private extension OptimisedSchedule {
    /// Weekday (1 = Monday) a week shift starts on; 0 for a daily shift (every day).
    func startWeekday(of s: ShiftStart) -> Int { period == 168 ? s.shift.start / 24 + 1 : 0 }
}

/// `reroute simulate`: response times of a schedule by discrete-event simulation, beside the report's schedules.
public struct SimulateCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate calls against team schedules: median and 90th-percentile response, share waiting too long, utilisation, calls handed back.",
        discussion: "By default evaluates the report's Schedule 1 and Schedule 2 (Figure 13) and the optimised week; --schedule adds a daily schedule of your own. Exit codes: 0 success, 64 usage error, 65 bad input data or an unreachable target.")

    @OptionGroup var options: StaffingInputOptions

    @Option(help: "Replay call times from a CSV with created_at (YYYY-MM-DD HH:MM:SS), optional call_type and priority, instead of Poisson arrivals.")
    var arrivals: String?

    @Option(help: "Name of the timestamp column in --arrivals (Milwaukee's public export: time).")
    var timeColumn: String = "created_at"

    @Option(help: "A daily schedule to add, as start:hours:teams triples, e.g. 6:8:6,14:8:8,22:8:6.")
    var schedule: String?

    @Option(help: "Write the first replication's calls and draws (arrival_minute,priority,busy_minutes,travel_minutes) to this CSV, for benchmarks.")
    var exportDraws: String?

    @Option(help: "Simulate exactly the calls and draws in this CSV (as written by --export-draws); no randomness.")
    var draws: String?

    @Option(help: "Schedules to simulate, comma-separated from report1, report2, optimised (a --schedule is always added).")
    var schedules: String = "report1,report2,optimised"

    public init() {}

    func customSchedule() throws -> TeamSchedule? {
        guard let schedule else { return nil }
        var shifts: [(start: Int, hours: Int, teams: Int)] = []
        for part in schedule.split(separator: ",") {
            let v = part.split(separator: ":").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard v.count == 3, let s = v[0], let h = v[1], let t = v[2], (0..<24).contains(s), (1...24).contains(h), t >= 0 else {
                throw StaffingError.invalidParameter(name: "--schedule", value: String(part), expected: "start:hours:teams with start 0-23, hours 1-24, teams ≥ 0")
            }
            shifts.append((s, h, t))
        }
        return TeamSchedule.daily(name: "Custom (--schedule)", shifts: shifts, source: "option --schedule \(schedule)")
    }

    public func run() throws {
        try reportingErrors {
            try options.checkDays()
            let demand = try options.demand()
            let service = try options.service()
            let chosen = Set(self.schedules.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            if let bad = chosen.first(where: { !["report1", "report2", "optimised"].contains($0) }) {
                throw StaffingError.invalidParameter(name: "--schedules", value: bad, expected: "report1, report2 or optimised")
            }
            var schedules: [TeamSchedule] = []
            if chosen.contains("report1") { schedules.append(.reportSchedule1) }
            if chosen.contains("report2") { schedules.append(.reportSchedule2) }
            if chosen.contains("optimised") {
                let plan = try options.makePlan(demand: demand, service: service)
                schedules.append(plan.weekSchedule.teamSchedule(name: "Optimised week"))
            }
            if let custom = try customSchedule() { schedules.append(custom) }
            guard !schedules.isEmpty else { throw StaffingError.invalidParameter(name: "--schedules", value: self.schedules, expected: "at least one schedule") }
            var source: ArrivalSource = .poisson(demand, days: options.days)
            var replications = options.replications
            if let arrivals { source = try ArrivalSource.loadReplay(URL(fileURLWithPath: arrivals), timeColumn: timeColumn) }
            if let draws { source = .fixed(try SimulatedCallFile.read(URL(fileURLWithPath: draws))); replications = 1 }
            if let exportDraws {
                var rng = RandomSource(seed: DispatchSimulation.replicationSeed(options.seed, 0))
                try SimulatedCallFile.write(source.makeCalls(service: service, rng: &rng), to: URL(fileURLWithPath: exportDraws))
            }
            if !options.quiet {
                print("Demand\(arrivals == nil && draws == nil ? "" : " (for the optimised week only)"): \(formatCLI(demand.callsPerYear, 0)) calls/year — \(demand.source)")
                print("Busy time: \(formatCLI(service.meanBusyMinutes)) minutes/call — \(service.source); travel \(formatCLI(service.travelMinutes)) min")
                print("Arrivals: \(arrivals ?? draws ?? "Poisson from hourly rates, \(options.days) days"); \(replications) replications from seed \(options.seed); \(options.discipline)\(options.handBackMinutes.map { "; hand back after \(formatCLI($0)) min" } ?? "")\n")
            }
            let (result, seconds) = try measureSeconds {
                try ScheduleComparison.evaluate(schedules: schedules, arrivals: source, service: service, replications: replications, seed: options.seed,
                                                             discipline: try options.queueDiscipline(), handBackLimit: options.handBackMinutes, waitThreshold: options.waitThreshold)
            }
            if !options.quiet {
                let t = StaffingTables.comparison(result)
                print("Per shift window:")
                let rows = t.rows.map { r in [r[0], r[1], r[4], pm(r[5], r[6]), pm(r[7], r[8]), pm(r[9], r[10]), r[11], r[12]] }
                print(StaffingTables.text(header: ["schedule", "window", "calls", "median min", "p90 min", "over", "util", "handed back"], rows: rows))
            }
            try printComparison(result, threshold: options.waitThreshold, out: options.outURL)
            FileHandle.standardError.write(Data("simulated \(schedules.count) schedules × \(replications) replications in \(formatCLI(seconds, 3)) s\n".utf8))
        }
    }
}
