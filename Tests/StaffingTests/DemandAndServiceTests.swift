import CallAnalysis
import Foundation
import Testing
@testable import Staffing
@testable import RerouteCommands
import Vocabulary

@Suite struct DemandAndServiceTests {
    @Test func builtInMilwaukeeProfileTotals66373CallsPerYear() throws {
        let profile = try DemandProfile.milwaukee()
        #expect(abs(profile.callsPerYear - 66_373) < 1e-6)
        // Weekday shape follows Figure 10: Saturday (198) over Tuesday (183).
        let day = { (d: Int) in profile.callsPerHour[(d * 24)..<(d * 24 + 24)].reduce(0, +) }
        #expect(abs(day(5) / day(1) - 198.0 / 183.0) < 1e-12)
    }

    /// Figure 13's "# Calls" per shift are sums of Figure 11's hourly calls per day (to the report's rounding).
    @Test func hourlyProfileReproducesFigure13CallsPerShift() throws {
        let perDay = MilwaukeeFigures.callsPerHourOfDay.reduce(0, +)
        let profile = try DemandProfile.milwaukee(annualCalls: Sourced(perDay * 365, unit: "calls/year", source: "Figure 11 total"))
        let day = profile.averageDay
        for row in MilwaukeeFigures.figure13 {
            let calls = (0..<8).reduce(0.0) { $0 + day[(row.start + $1) % 24] }
            #expect(abs(calls - row.calls) <= 0.25, "Schedule \(row.schedule) \(row.label): \(calls) vs \(row.calls)")
        }
    }

    /// The report's 9.4 calls per shift: EMCOT 45 and HEART 35 min with the ¾ factor, CAHOOTS 20 per 12 h, STAR 6.
    @Test func peerProgramsGiveReportCallsPerShift() throws {
        let emcot = try ServiceTimeModel(shape: .constant(45), productiveShare: 0.75, source: "EMCOT")
        let heart = try ServiceTimeModel(shape: .constant(35), productiveShare: 0.75, source: "HEART")
        let average = (emcot.callsPerEightHourShift + heart.callsPerEightHourShift + 20.0 * 8 / 12 + 6) / 4
        #expect((average * 10).rounded() / 10 == MilwaukeeFigures.callsPerShift.value)
        #expect(try ServiceTimeModel.peerPrograms().meanBusyMinutes == 40)
    }

    @Test func loadsAnalysisFolderFixture() throws {
        let profile = try DemandProfile(analysed: AnalysisFolder.read(TestPaths.analysis))
        // average_per_week_hour = weekday + hour % 4: Σ = 24·28 + 7·6·6 = 924.
        #expect(abs(profile.callsPerWeek - 924) < 1e-9)
        #expect(profile.callsPerHour[WeekHour.index(weekday: 7, hour: 3)] == 10)
        let scaled = try profile.scaled(by: DemandScaling(captureRate: 0.5, officerReferrals: 0.1, newCalls: 0.1, selfInitiatedPer100: 20))
        #expect(abs(scaled.callsPerWeek - 924 * 0.5 * 1.4) < 1e-9)
        let service = try ServiceTimeModel.load(serviceTimes: TestPaths.analysis.appendingPathComponent("service-times.csv"))
        #expect(service.meanBusyMinutes == 40)
    }

    /// The folder reader's errors (CallAnalysis.AnalysisFolder) as staffing meets them.
    @Test func badDemandInputGetsClearErrors() throws {
        let dir = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        func write(_ rows: [String]) throws {
            try (["weekday,hour,eligible_calls,weeks,average_per_week_hour"] + rows).joined(separator: "\n")
                .write(to: dir.appendingPathComponent("demand-week-hour.csv"), atomically: true, encoding: .utf8)
        }
        func demand() throws -> DemandProfile { try DemandProfile(analysed: AnalysisFolder.read(dir)) }
        let full = (1...7).flatMap { d in (0..<24).map { h in "\(d),\(h),3,3,1" } }
        try write(full.dropLast().map { $0 })
        #expect(throws: CSVDocumentError.badField(file: "demand-week-hour.csv", line: 169, field: "weekday/hour", value: "167 rows",
                                                  expected: "one row for each of the 168 hours of the week")) {
            try demand()
        }
        try write(full.map { $0.replacingOccurrences(of: ",3,3,1", with: ",0,3,0") })
        #expect(throws: StaffingError.zeroDemand(source: "\(dir.path) (eligible calls per hour of the week, period 21 days)")) { try demand() }
        var negative = full
        negative[5] = "1,5,3,3,-2"
        try write(negative)
        do {
            _ = try demand()
            Issue.record("negative rate accepted")
        } catch let error as CSVDocumentError {
            #expect(error.description.contains("demand-week-hour.csv:7:"))
            #expect(error.description.contains("average_per_week_hour"))
            #expect(error.exitStatus == .dataError)
        }
        try write(full)
        try "{\"period\": {}}".write(to: dir.appendingPathComponent("summary.json"), atomically: true, encoding: .utf8)
        #expect(throws: AnalysisFolderError.badSummary(file: dir.appendingPathComponent("summary.json").path, reason: "missing key 'period.days'")) {
            try demand()
        }
        #expect(throws: StaffingError.self) { try DemandScaling(captureRate: 0) }
        #expect(throws: StaffingError.zeroDemand(source: "zeros")) { try DemandProfile(callsPerHour: [Double](repeating: 0, count: 168), source: "zeros") }
        #expect(throws: StaffingError.self) { try DemandProfile(callsPerHour: [1, 2], source: "short") }
    }

    @Test func requirementPerHourUsesErlangCAndTravel() throws {
        let service = try ServiceTimeModel.peerPrograms()
        let reqs = try StaffingRequirement.perHour(callsPerHour: [6, 0], service: service, target: ResponseTarget())
        let queue = try ErlangC(arrivalRate: 0.1, meanServiceTime: 40)
        let c = try queue.requiredServers(serviceLevel: 0.9, within: 20 - 7.6)
        #expect(reqs[0].teams == c && reqs[0].serviceLevel >= 0.9)
        #expect(queue.serviceLevel(servers: c - 1, within: 12.4) < 0.9)
        #expect(reqs[1].teams == 1)   // the 24/7 minimum
        let slowTravel = try ServiceTimeModel.peerPrograms(travelMinutes: 25)
        #expect(throws: StaffingError.self) { try StaffingRequirement.perHour(callsPerHour: [6], service: slowTravel, target: ResponseTarget()) }
    }
}
