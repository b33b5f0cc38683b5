import Foundation
import Testing
import CallAnalysis
import Vocabulary
import RerouteTestSupport

/// The analysis folder has one owner: what `AnalysisFolder.write` writes, `AnalysisFolder.read` reads back as the
/// same typed demand that `report` hands to the plan and staffing in memory.
@Suite("Analysis folder round trip")
struct AnalysisFolderRoundTripTests {
    @Test func demandReadBackEqualsTheDemandInMemory() throws {
        let analysis = try #require(DemoYear.analysis)
        let dir = TestPaths.temporaryDirectory("analysis-folder")
        let tables = analysis.allTables()
        try AnalysisFolder.write(analysis, tables: tables, summary: analysis.reportSummary(tables: tables, seconds: 1), to: dir)
        let inMemory = analysis.analysedDemand(origin: "demo")
        let readBack = try AnalysisFolder.read(dir)

        #expect(readBack.periodDays == inMemory.periodDays)
        #expect(readBack.periodDays == 365)
        #expect(readBack.citizenInitiatedCalls == inMemory.citizenInitiatedCalls)
        #expect(readBack.first == inMemory.first && readBack.last == inMemory.last)
        #expect(readBack.callTypes.map(\.code) == inMemory.callTypes.map(\.code))
        #expect(readBack.callTypes.count == 18)
        // CSV keeps six decimals: values agree to that precision.
        for (a, b) in zip(readBack.callTypes, inMemory.callTypes) {
            #expect(a.label == b.label && a.citizenInitiatedCalls == b.citizenInitiatedCalls)
            #expect(abs(a.eligibilityRate.value - b.eligibilityRate.value) <= 1e-6 && a.eligibilityRate.source == b.eligibilityRate.source)
            #expect(abs(a.eligibleCalls - b.eligibleCalls) <= 1e-6 * max(1, b.eligibleCalls))
            #expect(a.medianPoliceMinutes.map { m in abs(m - (b.medianPoliceMinutes ?? .nan)) <= 1e-6 } ?? (b.medianPoliceMinutes == nil))
        }
        for (a, b) in zip(readBack.callsPerWeekHour, inMemory.callsPerWeekHour) { #expect(abs(a - b) <= 1e-6) }
        for (a, b) in zip(readBack.hourlyCallsPerDay, inMemory.hourlyCallsPerDay) { #expect(abs(a - b) <= 1e-6) }
        let weekdays = try #require(readBack.weekdayCallsPerDay), expected = try #require(inMemory.weekdayCallsPerDay)
        for (a, b) in zip(weekdays, expected) { #expect(abs(a - b) <= 1e-6) }
        #expect(abs((readBack.measuredPoliceHours ?? 0) - (inMemory.measuredPoliceHours ?? -1)) <= 1e-6 * max(1, inMemory.measuredPoliceHours ?? 1))
        // The independent total: Figure 3's 66,373 eligible calls of the demo year, both ways.
        #expect(abs(readBack.eligibleCalls - 66_373) <= 2 && abs(inMemory.eligibleCalls - readBack.eligibleCalls) <= 1e-3)
        // 168 hourly rates add up to eligible calls per week: 66,373 × 7 / 365.
        #expect(abs(inMemory.callsPerWeekHour.reduce(0, +) - inMemory.eligibleCalls * 7 / 365) <= 1)
    }

    @Test func aFolderWithoutSummaryIsRefusedNamingTheFile() throws {
        let dir = TestPaths.temporaryDirectory("analysis-folder-empty")
        let error = try #require(throws: AnalysisFolderError.self) { try AnalysisFolder.read(dir) }
        #expect(error.description.contains("summary.json") && error.exitStatus == .dataError)
    }

    @Test func aQuotedNewlineInALabelSurvivesTheRoundTrip() throws {
        let analysis = try #require(DemoYear.analysis)
        let dir = TestPaths.temporaryDirectory("analysis-folder-newline")
        let tables = analysis.allTables()
        try AnalysisFolder.write(analysis, tables: tables, summary: analysis.reportSummary(tables: tables, seconds: nil), to: dir)
        let file = dir.appendingPathComponent("fig03-eligible-volume.csv")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: ",Trbl W/Subj,", with: ",\"Trbl W\nSubj\",").write(to: file, atomically: true, encoding: .utf8)
        let demand = try AnalysisFolder.read(dir)
        #expect(demand.callTypes.contains { $0.label == "Trbl W\nSubj" })
        #expect(demand.callTypes.count == 18)
    }
}
