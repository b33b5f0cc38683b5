import ArgumentParser
import Foundation
import Staffing
import Vocabulary

/// `reroute simulate`: response times of a schedule by discrete-event simulation, beside the report's schedules.
public struct SimulateCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate calls against team schedules: median and 90th-percentile response, share waiting too long, utilisation, calls handed back.",
        discussion: "By default evaluates the report's Schedule 1 and Schedule 2 (Figure 13) and the optimised week; --schedule adds a daily schedule of your own. Exit codes: 0 success, 64 usage error (an option out of range), 65 bad input data or an unreachable target, 73 an output could not be written.")

    @OptionGroup var options: StaffingInputOptions

    @Option(help: "Replay call times from a CSV with created_at (YYYY-MM-DD HH:MM:SS), optional call_type and priority, instead of Poisson arrivals.")
    var arrivals: String?

    @Option(help: "Name of the timestamp column in --arrivals (Milwaukee's public export: time).")
    var timeColumn: String = "created_at"

    @Option(help: "A daily schedule to add, as start:hours:teams triples, e.g. 6:8:6,14:8:8,22:8:6.")
    var schedule: DailySchedule?

    @Option(help: "Write the first replication's calls and draws (arrival_minute,priority,busy_minutes,travel_minutes) to this CSV, for benchmarks.")
    var exportDraws: String?

    @Option(help: "Simulate exactly the calls and draws in this CSV (as written by --export-draws); no randomness.")
    var draws: String?

    @Option(help: "Schedules to simulate, comma-separated from report1, report2, optimised (a --schedule is always added).")
    var schedules: ScheduleSelection = ScheduleSelection(choices: [.report1, .report2, .optimised])

    public init() {}

    public func validate() throws {
        if arrivals != nil && draws != nil { throw ValidationError("give either --arrivals or --draws, not both") }
        if schedules.choices.isEmpty && schedule == nil {
            throw ValidationError("no schedule to simulate: name one in --schedules (report1, report2, optimised) or give --schedule")
        }
    }

    public func run() throws {
        do {
            let demand = try options.demand()
            let service = try options.service()
            var chosen = try schedules.choices.map { choice -> TeamSchedule in
                switch choice {
                case .report1: .reportSchedule1
                case .report2: .reportSchedule2
                case .optimised: try StaffingPlan.make(demand: demand, service: service, options: try options.study()).optimisedWeek
                }
            }
            if let schedule { chosen.append(schedule.teamSchedule) }
            let study = try options.study()
            var source: ArrivalSource = .poisson(demand, days: study.simulatedDays(for: demand))
            if let arrivals { source = try ArrivalSource.loadReplay(URL(fileURLWithPath: arrivals), timeColumn: timeColumn) }
            if let draws { source = .fixed(try SimulatedCallFile.read(URL(fileURLWithPath: draws))) }
            let replications = draws == nil ? options.replications : 1
            if let exportDraws {
                var rng = Xoshiro256(seed: DispatchSimulation.replicationSeed(options.seed, 0))
                try SimulatedCallFile.write(source.makeCalls(service: service, rng: &rng), to: URL(fileURLWithPath: exportDraws))
            }
            if !options.quiet {
                print("Demand\(arrivals == nil && draws == nil ? "" : " (for the optimised week only)"): \(Format.trimmed(demand.callsPerYear, digits: 0)) calls/year — \(demand.source)")
                print("Busy time: \(Format.trimmed(service.meanBusyMinutes, digits: 2)) minutes/call — \(service.source); travel \(Format.trimmed(service.travelMinutes, digits: 2)) min")
                print("Arrivals: \(arrivals ?? draws ?? "Poisson from hourly rates, \(study.simulatedPeriod(for: demand).lowercased())"); \(replications) replications from seed \(options.seed); \(options.discipline.rawValue)\(options.handBackMinutes.map { "; hand back after \(Format.trimmed($0, digits: 2)) min" } ?? "")\n")
            }
            let (result, seconds) = try measureSeconds {
                try ScheduleComparison.evaluate(schedules: chosen, arrivals: source, service: service, options: study, replications: replications)
            }
            if !options.quiet { print(StaffingTerminal.windows(result)) }
            print(StaffingTerminal.comparison(result, threshold: options.waitThreshold))
            if let out = options.outURL {
                try OutputFile.createFolder(out)
                try result.table().write(to: out)
            }
            Terminal.error("simulated \(chosen.count) schedules × \(replications) replications in \(Format.trimmed(seconds, digits: 3)) s")
        }
    }
}

/// The built-in schedules `--schedules` chooses from.
enum ScheduleChoice: String, CaseIterable, Sendable {
    case report1, report2, optimised
}

/// `--schedules report1,optimised`: built-in schedules, comma-separated (may be empty when --schedule is given).
struct ScheduleSelection: ExpressibleByArgument, Sendable {
    var choices: [ScheduleChoice]
    init(choices: [ScheduleChoice]) { self.choices = choices }
    init?(argument: String) {
        var choices: [ScheduleChoice] = []
        for part in argument.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let choice = ScheduleChoice(rawValue: part) else { return nil }
            if !choices.contains(choice) { choices.append(choice) }
        }
        self.choices = choices
    }
    var defaultValueDescription: String { choices.map(\.rawValue).joined(separator: ",") }
    static var allValueStrings: [String] { ScheduleChoice.allCases.map(\.rawValue) }
}

/// `--schedule 6:8:6,14:8:8,22:8:6`: a daily schedule as start:hours:teams triples.
struct DailySchedule: ExpressibleByArgument, Sendable {
    var text: String
    var shifts: [(start: Int, hours: Int, teams: Int)]
    init?(argument: String) {
        var shifts: [(start: Int, hours: Int, teams: Int)] = []
        for part in argument.split(separator: ",") {
            let v = part.split(separator: ":").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard v.count == 3, let s = v[0], let h = v[1], let t = v[2], (0..<24).contains(s), (1...24).contains(h), t >= 0 else { return nil }
            shifts.append((s, h, t))
        }
        guard !shifts.isEmpty else { return nil }
        text = argument
        self.shifts = shifts
    }
    var teamSchedule: TeamSchedule {
        TeamSchedule.daily(name: "Custom (--schedule)", shifts: shifts, source: "option --schedule \(text)")
    }
}
