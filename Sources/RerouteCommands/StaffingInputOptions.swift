import ArgumentParser
import Foundation
import CallAnalysis
import CallCatalogue
import ProgramPlan
import ReportPipeline
import Staffing
import Vocabulary

extension ShiftOptimizer.CostBasis: ExpressibleByArgument {}
extension DispatchSimulation.Discipline: ExpressibleByArgument {}

/// Options shared by `staff` and `simulate`: demand, service time, target, simulation and output.
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
    var shiftLengths: ShiftLengths = ShiftLengths(hours: [8, 10, 12])

    @Option(help: "Cost of a schedule: hours (paid team-hours) or shifts (team-shifts).")
    var cost: ShiftOptimizer.CostBasis = .teamHours

    @Option(help: "Plan scenario whose staffing inputs (team size, shifts a week, vacation, holidays, sick and training days) hire for the roster, as `reroute plan` and `reroute report` do: a built-in name or a YAML file.")
    var scenario: String = "milwaukee-2021"

    @Option(help: "Days of vacation, holidays and sick leave per responder per year together, replacing the scenario's (for people to hire).")
    var leaveDays: Double?

    @Option(help: "Days of training per responder per year, replacing the scenario's (for people to hire).")
    var trainingDays: Double?

    @Option(help: "Replications of the simulation.")
    var replications: Int = 10

    @Option(help: "Seed of the first replication.")
    var seed: UInt64 = 2022

    @Option(help: "Days simulated per replication with Poisson arrivals.")
    var days: Int = 365

    @Option(help: "Most calls one replication simulates: a larger demand is simulated over fewer whole weeks (at least 4), as each week repeats the same hourly demand. 0 for no limit.")
    var maxCallsPerReplication: Int = 250_000

    @Option(help: "Queue order: fcfs or priority.")
    var discipline: DispatchSimulation.Discipline = .firstCome

    @Option(help: "Minutes after which a waiting call goes back to police (default: never).")
    var handBackMinutes: Double?

    @Option(help: "Wait in minutes counted as too long in the results.")
    var waitThreshold: Double = 30

    @Option(help: "Folder for CSV and JSON outputs.")
    var out: String?

    @Flag(help: "Print only the comparison table.")
    var quiet = false

    public init() {}

    public func validate() throws {
        if analysis != nil && annualCalls != nil {
            throw ValidationError("--analysis takes the demand from the folder: give either --analysis or --annual-calls, not both")
        }
        if serviceTimes != nil && minutesPerCall != nil {
            throw ValidationError("give either --service-times or --minutes-per-call, not both")
        }
        if let annualCalls, !(annualCalls > 0 && annualCalls.isFinite) {
            throw ValidationError("--annual-calls must be a number of calls > 0, not \(Format.trimmed(annualCalls))")
        }
        for (name, value) in [("--leave-days", leaveDays), ("--training-days", trainingDays)] {
            if let value, !(value >= 0 && value < 365) {
                throw ValidationError("\(name) must be a number of days per year from 0 to 364, not \(Format.trimmed(value))")
            }
        }
        if (leaveDays ?? 0) + (trainingDays ?? 0) >= 260 {
            throw ValidationError("--leave-days plus --training-days must leave working days in a year (fewer than 260 together)")
        }
        guard maxCallsPerReplication >= 0 else {
            throw ValidationError("--max-calls-per-replication must be 0 (no limit) or more, not \(maxCallsPerReplication)")
        }
        guard days >= 1 else { throw ValidationError("--days must be 1 or more, not \(days)") }
        guard replications >= 1 else { throw ValidationError("--replications must be 1 or more, not \(replications)") }
        do { _ = try scaling() } catch { throw ValidationError("\(error)") }
    }

    /// How eligible calls become responder calls.
    func scaling() throws -> DemandScaling {
        try DemandScaling(captureRate: captureRate, officerReferrals: officerReferrals, newCalls: newCalls, selfInitiatedPer100: selfInitiatedPer100)
    }

    /// The demand: the analysis folder's, the built-in Milwaukee profile scaled to --annual-calls, or the report's.
    func demand() throws -> DemandProfile {
        let base: DemandProfile
        if let analysis {
            base = try DemandProfile(analysed: AnalysisFolder.read(URL(fileURLWithPath: analysis)))
        } else if let annualCalls {
            base = try DemandProfile.milwaukee(annualCalls: Sourced(annualCalls, unit: "calls/year", source: "option --annual-calls"))
        } else {
            base = try DemandProfile.milwaukee()
        }
        return try base.scaled(by: scaling())
    }

    /// The busy-time model: --service-times, --minutes-per-call, the analysis folder's service-times.csv, or peer programs.
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

    /// The hiring model: the scenario's (Reroute's one hiring model), with `--leave-days` and `--training-days`
    /// replacing its leave and training days.
    /// - Throws: ``ScenarioError`` or ``YAMLError`` (exit 65) for a scenario that cannot be read.
    func hiringModel() throws -> HiringModel {
        let catalogue = try CallCatalogue.builtIn("milwaukee")
        var model = try PlanScenario.load(scenario, catalogue: catalogue).staffing.hiringModel
        if let leaveDays {
            let source = "option --leave-days (vacation, holidays and sick days together)"
            model.vacationDays = Sourced(leaveDays, unit: "days/year", source: source)
            model.holidays = Sourced(0, unit: "days/year", source: source)
            model.sickDays = Sourced(0, unit: "days/year", source: source)
        }
        if let trainingDays { model.trainingDays = Sourced(trainingDays, unit: "days/year", source: "option --training-days") }
        return model
    }

    /// The study's choices, from the options.
    /// - Throws: ``ScenarioError`` or ``YAMLError`` (exit 65) for a scenario that cannot be read.
    func study() throws -> StaffingOptions {
        var o = StaffingOptions(hiring: try hiringModel())
        o.target = ResponseTarget(share: targetShare, withinMinutes: targetMinutes, maxOccupancy: maxOccupancy)
        o.minimumTeams = minimumTeams
        o.shiftLengths = shiftLengths.hours
        o.costBasis = cost
        o.replications = replications
        o.seed = seed
        o.days = days
        o.maxCallsPerReplication = maxCallsPerReplication > 0 ? maxCallsPerReplication : nil
        o.discipline = discipline
        o.handBackLimit = handBackMinutes
        o.waitThreshold = waitThreshold
        return o
    }

    var outURL: URL? { out.map { URL(fileURLWithPath: $0) } }
}

/// `--shift-lengths 8,10,12`: whole hours separated by commas.
struct ShiftLengths: ExpressibleByArgument, Sendable {
    var hours: [Int]
    init(hours: [Int]) { self.hours = hours }
    init?(argument: String) {
        let values = argument.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !values.isEmpty, values.allSatisfy({ $0 != nil }) else { return nil }
        hours = values.compactMap { $0 }
    }
    var defaultValueDescription: String { hours.map(String.init).joined(separator: ",") }
}
