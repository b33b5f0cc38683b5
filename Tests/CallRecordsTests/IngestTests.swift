import Vocabulary
import Foundation
import Testing
import CallRecords
import RerouteTestSupport

/// Ingests `files` with `profile`, returning the report, the rejects file's rows and the accepted rows.
func ingest(_ files: [String], profile: Profile) throws -> (IngestReport, [[String]], [CallRow], CallIngestor) {
    let dir = TestPaths.temporaryDirectory()
    let rejectsURL = dir.appendingPathComponent("rejects.csv")
    var rows: [CallRow] = []
    let ingestor: CallIngestor
    let report: IngestReport
    do {
        let rejects = try RejectsWriter(url: rejectsURL)
        ingestor = CallIngestor(profile: profile, rejects: rejects)
        report = try ingestor.ingest(files: files) { rows.append($0) }
    }
    var rejected: [[String]] = []
    let scanner = try CSVScanner(path: rejectsURL.path)
    try scanner.scan { r in rejected.append((0..<r.fieldCount).map(r.string)) }
    return (report, Array(rejected.dropFirst()), rows, ingestor)
}

let smallProfile = """
name: small-test
columns: {incident_id: id, call_type: type, created: created, narrative: note}
timestamps: {format: iso, time_zone: America/Chicago}
"""

@Suite("Ingest")
struct IngestTests {
    @Test func malformedFixtureIsRejectedLineExactlyAndReconciles() throws {
        let profile = try Profile(yaml: smallProfile, file: "test")
        let (report, rejected, rows, _) = try ingest([TestPaths.fixture("malformed.csv")], profile: profile)
        #expect(rejected.map { Int($0[1])! } == [5, 6, 7, 9, 10, 11, 12, 14])
        #expect(rejected.allSatisfy { $0[0].hasSuffix("malformed.csv") })
        #expect(rejected[0][2].contains("expected 4, found 3"))
        #expect(rejected[2][2].contains("not a timestamp: 'not a time'"))
        #expect(rejected[6][2].contains("'2021-02-30 10:00:00'"))
        #expect(rejected[7][3] == "10,NOISE NUISANCE,2021-05-01 18:00:00,\"never closed")
        #expect(rows.map(\.line) == [2, 3, 13, 15])
        #expect(report.rowsRead == 12)
        #expect(report.rowsAccepted == 4)
        #expect(report.rowsRejected == 8)
        #expect(report.balances)
    }

    @Test func milwaukeeSampleMatchesTheIndependentCount() throws {
        let path = TestPaths.sharedData("milwaukee/mpd-calls-2018-05.csv")
        let profile = try ProfileLibrary.builtIn("milwaukee-mpd")
        let (report, rejected, rows, ingestor) = try ingest([path], profile: profile)
        var counts: [String: Int] = [:]
        for r in rows { counts[ingestor.callTypes.string(r.callType), default: 0] += 1 }
        var expected: [String: Int] = [:]
        var uniqueIDs = 0
        for line in try String(contentsOfFile: TestPaths.fixture("milwaukee-nature-counts.csv"), encoding: .utf8).split(separator: "\n").dropFirst() {
            let parts = line.split(separator: ",", omittingEmptySubsequences: false)
            let name = parts.dropLast().joined(separator: ","), n = Int(parts.last!)!
            if name == "__UNIQUE_IDS__" { uniqueIDs = n } else { expected[name.replacingOccurrences(of: "\"", with: "")] = n }
        }
        #expect(uniqueIDs == 33_968)
        #expect(report.callsKept == 33_968)
        #expect(rows.count == 33_968)
        #expect(rejected.isEmpty)
        #expect(counts == expected)
        #expect(report.quality[.missingCoordinates] == 11)
        #expect(report.quality[.outsideStudyArea] > 0)
        #expect(!report.has(.arrived))
    }

    @Test func fullTimestampExportLoadsTimesAndSources() throws {
        let dir = TestPaths.sharedData("agency-full-timestamps")
        let files = (35...41).map { "\(dir)/week\($0).csv" }
        let profile = try ProfileLibrary.builtIn("ecc-full-timestamps")
        let (report, _, rows, _) = try ingest(files, profile: profile)
        #expect(report.files.count == 7)
        #expect(report.balances)
        #expect(report.rowsRead == 9_651)
        #expect(report.has(.dispatched) && report.has(.arrived) && report.has(.cleared) && report.has(.enRoute))
        let withArrival = rows.filter { $0.arrived != CallRow.missingTime }
        #expect(withArrival.count > 5_000)
        let sources = Dictionary(grouping: rows, by: \.source).mapValues(\.count)
        #expect(sources[.officerInitiated] == 474 + 4)    // OFFICER and Flag Down
        #expect(sources[.emergency911]! >= 3_398)
        // The first row: 25-071089 started 00:07:06.000 and was dispatched 00:09:46.810.
        let first = rows.first!
        #expect(first.dispatched - first.created == 160_810)
        #expect(first.outcome == .cancelled)
    }

    @Test func seattleLoadsUSTimestampsAndSources() throws {
        let profile = try ProfileLibrary.builtIn("seattle")
        let (report, rejected, rows, _) = try ingest([TestPaths.sharedData("seattle/db_call_data_2018-2023.csv")], profile: profile)
        #expect(rejected.isEmpty)
        #expect(report.balances)
        let first = rows.first { $0.arrived != CallRow.missingTime }!
        #expect(LocalTime(milliseconds: first.created).description == "2023-11-04T18:08:26")
        #expect((first.arrived - first.created) / 1000 == 42 * 60 + 40)
        #expect(rows.contains { $0.source == .officerInitiated })
        #expect(rows.contains { $0.source == .emergency911 })
        #expect(rows.contains { $0.source == .nonEmergency })
    }

    @Test func profileIsDetectedFromTheHeader() throws {
        func detect(_ relative: String) throws -> String? {
            ProfileLibrary.detect(header: try CallIngestor.header(of: TestPaths.sharedData(relative)))?.name
        }
        #expect(try detect("milwaukee/mpd-calls-2018-05.csv") == "milwaukee-mpd")
        #expect(try detect("seattle/db_call_data_2010-2023.csv") == "seattle")
        #expect(try detect("agency-full-timestamps/week35.csv") == "ecc-full-timestamps")
        #expect(ProfileLibrary.detect(header: ["foo", "bar"]) == nil)
    }

    @Test func duplicatePolicyKeepsTheLastRow() throws {
        let csv = "id,type,created\n1,NOISE NUISANCE,2021-05-01 10:00:00\n2,FIREWORKS,2021-05-01 10:05:00\n1,TRBL W/SUBJ,2021-05-01 10:10:00\n"
        var profile = try Profile(yaml: smallProfile.replacingOccurrences(of: ", narrative: note", with: ""), file: "t")
        profile.duplicates = .last
        let (report, _, rows, ingestor) = try ingest([TestPaths.writeTemporary(csv)], profile: profile)
        // Rows kept come in reading order (the order reading in parts gives): the later row of id 1 comes last.
        #expect(rows.map { ingestor.callTypes.string($0.callType) } == ["FIREWORKS", "TRBL W/SUBJ"])
        #expect(report.quality[.duplicateIncidentID] == 1)
        #expect(report.rowsAccepted == 3 && report.callsKept == 2 && report.balances)
        profile.duplicates = .first
        let (_, _, firstRows, ing2) = try ingest([TestPaths.writeTemporary(csv)], profile: profile)
        #expect(firstRows.map { ing2.callTypes.string($0.callType) } == ["NOISE NUISANCE", "FIREWORKS"])
    }

    @Test func softProblemsAreCountedNotRejected() throws {
        let csv = """
        incident_id,call_type,created_at,dispatched_at,arrived_at,cleared_at,latitude,longitude
        1,NOISE NUISANCE,2021-05-01 10:00:00,2021-05-01 10:05:00,2021-05-01 10:03:00,2021-05-01 10:30:00,43.05,-87.95
        2,NOISE NUISANCE,2021-05-01 10:00:00,,,,47.37,-115.38
        3,NOISE NUISANCE,2021-05-01 10:00:00,2021-05-01 10:01:00,2021-05-03 10:00:00,soon,,

        """
        let profile = try ProfileLibrary.builtIn("reroute-standard")
        let (report, rejected, rows, _) = try ingest([TestPaths.writeTemporary(csv)], profile: profile)
        #expect(rejected.isEmpty && rows.count == 3)
        #expect(report.quality[.arrivalBeforeDispatch] == 1)
        #expect(report.quality[.missingDispatchTime] == 1)
        #expect(report.quality[.missingArrivalTime] == 1)
        #expect(report.quality[.unparseableClearTime] == 1)
        #expect(report.quality[.multiDayDuration] == 1)
        #expect(report.quality[.outsideStudyArea] == 1)
        #expect(report.quality[.missingCoordinates] == 1)
    }
}

@Suite("Full records")
struct FullRecordTests {
    @Test func recordsCarryTextFieldsAndNarratives() throws {
        let profile = try Profile(yaml: smallProfile, file: "test")
        let rejects = try RejectsWriter(url: nil)
        let ingestor = CallIngestor(profile: profile, rejects: rejects)
        var records: [CallRecord] = []
        let report = try ingestor.ingestRecords(files: [TestPaths.fixture("malformed.csv")]) { record, _ in records.append(record) }
        #expect(report.rowsAccepted == 4 && records.count == 4)
        #expect(records.map(\.incidentID) == ["1", "2", "9", "11"])
        #expect(records[1].narrative == "multi\nline note")
        #expect(records[2].narrative == "say \"hi\", ok")
        #expect(records[2].callType == "SUSP PERS/AUTO")
        #expect(records[0].created?.description == "2021-05-01T10:00:00")
    }
}

@Suite("Repeated incident ids")
struct IncidentHashesTests {
    @Test func repeatsWithinAndAcrossSortedLists() {
        #expect(IncidentHashes.repeats(in: [[1, 2, 2, 5], [2, 3, 5, 5]]) == 4)   // 8 ids, 4 distinct
        #expect(IncidentHashes.repeats(in: [[7, 8, 9]]) == 0)
        #expect(IncidentHashes.repeats(in: [[], [4, 4]]) == 1)
        #expect(IncidentHashes.repeats(in: []) == 0)
    }
}
