import ReportPipeline
import CallAnalysis
import CallCatalogue
import CallRecords
import DemoData
import Foundation
import Testing
import Vocabulary
@testable import RerouteCommands
@testable import Staffing

@Suite struct StaffingStudyTests {
    /// A staffing table written as CSV reads back through the one CSV reader, a text cell with a newline, a comma
    /// and quotes included (staffing's old escaper did not quote newlines).
    @Test func comparisonTableRoundTripsThroughCSVDocument() throws {
        let demand = try DemandProfile(callsPerHour: [Double](repeating: 2, count: 168), source: "test")
        let service = try ServiceTimeModel(shape: .exponential(mean: 30), travelMinutes: 5, source: "test")
        let odd = TeamSchedule(name: "Night \"owls\",\nand larks", teamsOnDuty: [Int](repeating: 3, count: 168), source: "test")
        var options = StaffingOptions(hiring: try TestPaths.scenarioHiring())
        options.replications = 2
        options.days = 7
        let comparison = try ScheduleComparison.evaluate(schedules: [odd, .reportSchedule1], arrivals: .poisson(demand, days: 7), service: service, options: options)
        let table = comparison.table()
        let document = try CSVDocument(text: table.csv, name: "schedule-comparison.csv")
        #expect(document.header == table.columns)
        #expect(document.rows.count == table.rows.count)
        for (row, cells) in zip(document.rows, table.rows) { #expect(row.fields == cells.map(\.csvText)) }
        #expect(try document.text(document.rows[0], "schedule") == "Night \"owls\",\nand larks")
        #expect(document.rows[1].line == 4)   // the quoted newline makes the first record lines 2-3
        let medians = try document.rows.map { try document.number($0, "median_response_min") }
        #expect(medians == table.rows.map { $0[table.columns.firstIndex(of: "median_response_min") ?? 0].doubleValue ?? -1 }.map { Double(Format.plain($0)) ?? -1 })
    }

    /// The report's staffing chapter and `reroute staff --analysis` on the same folder give the same numbers.
    @Test func reportChapterEqualsStaffCommand() throws {
        let out = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        try StaffCommand.parse(["--analysis", TestPaths.analysis.path, "--replications", "\(ReportStaffing.replications)", "--out", out.path, "--quiet"]).run()
        // The fixture folder has service-times.csv, which `staff --analysis` uses; the report hands the same model over.
        let service = try ServiceTimeModel.load(serviceTimes: TestPaths.analysis.appendingPathComponent("service-times.csv"))
        let study = try ReportStaffing.study(demand: AnalysisFolder.read(TestPaths.analysis), hiring: TestPaths.scenarioHiring(), service: service)

        let comparison = try CSVDocument(contentsOf: out.appendingPathComponent("schedule-comparison.csv"))
        let chapter = try #require(study.chapterTables.last)
        #expect(chapter.id == "staffing-response-times")
        let allDay = comparison.rows.filter { (try? comparison.text($0, "window")) == "all day" }
        #expect(allDay.count == chapter.rows.count && chapter.rows.count == 3)
        for (row, cells) in zip(allDay, chapter.rows) {
            func value(_ column: String) -> Double? { chapter.columns.firstIndex(of: column).flatMap { cells[$0].doubleValue } }
            #expect(try comparison.text(row, "schedule") == cells[0].textValue)
            for (commandColumn, chapterColumn) in [("team_hours_per_week", "team_hours_per_week"), ("roster_teams", "teams"),
                                                   ("median_response_min", "median_response_min"), ("p90_response_min", "p90_response_min"),
                                                   ("share_wait_over_threshold", "share_wait_over_30"), ("utilisation", "utilisation")] {
                let written = try comparison.number(row, commandColumn)
                let shown = try #require(value(chapterColumn), "\(chapterColumn)")
                #expect(abs(written - shown) <= 1e-6 * max(1, abs(shown)), "\(commandColumn): \(written) vs \(shown)")
            }
        }
        let requirement = try CSVDocument(contentsOf: out.appendingPathComponent("requirement-week-hour.csv"))
        #expect(try requirement.rows.map { Int(try requirement.number($0, "teams_required")) } == study.plan.weekRequirement.map(\.teams))
        let plan = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("staffing-plan.json"))) as? [String: Any]
        let hiring = plan?["hiring"] as? [String: Any]
        #expect(hiring?["leaveResponders"] as? Int == study.plan.hiring.responders)
        // One hiring model: the study hires its roster exactly as the plan's scenario does (leave model).
        let scenario = try PlanScenario.load("milwaukee-2021", catalogue: CallCatalogue.builtIn("milwaukee"))
        #expect(study.plan.hiring == scenario.staffing.hiring(teamShiftsPerDay: Double(study.plan.roster.pooledTeams) * 5 / 7, model: .leave))
    }

    /// `DemandProfile(analysed:)` from the demo year's analysis in memory equals the profile read back from the
    /// analysis folder the report writes (to the folder's six decimals).
    @Test func demandFromAnalysisEqualsDemandFromDemoFolder() throws {
        let dir = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("demo.csv")
        _ = try DemoDataGenerator(seed: 2021, scale: 1).write(to: csv, boundariesTo: nil)
        let analysis = try AnalysisRun(files: [csv.path], profile: ProfileLibrary.resolve("reroute-standard"),
                                       catalogue: CallCatalogue.builtIn("milwaukee"), rejectsURL: nil).run()
        let tables = analysis.allTables()
        try AnalysisFolder.write(analysis, tables: tables, summary: analysis.reportSummary(tables: tables, seconds: nil), to: dir)

        let counts = analysis.summary.weekdayCounts
        let perWeekHour = analysis.eligibleByWeekHour.enumerated().map { i, n in n / Double(counts[i / 24]) }
        let inMemory = AnalysedDemand(origin: dir.path, first: "", last: "", periodDays: Double(analysis.summary.days),
                                      citizenInitiatedCalls: 0, callTypes: [], callsPerWeekHour: perWeekHour,
                                      hourlyCallsPerDay: [], weekdayCallsPerDay: nil, measuredPoliceHours: nil)
        let fromMemory = try DemandProfile(analysed: inMemory)
        let fromFolder = try DemandProfile(analysed: AnalysisFolder.read(dir))
        #expect(fromMemory.source == fromFolder.source)
        #expect(zip(fromMemory.callsPerHour, fromFolder.callsPerHour).allSatisfy { abs($0 - $1) <= 5e-7 })
        #expect(abs(fromFolder.callsPerYear - 66_368) < 1)   // `reroute staff --analysis` on the demo prints 66368 calls/year
        #expect(abs(analysis.eligibleByWeekHour.reduce(0, +) - 66_373) < 1)
    }
}
