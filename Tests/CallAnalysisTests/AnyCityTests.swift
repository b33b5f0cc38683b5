import Foundation
import Testing
import CallRecords
import CallCatalogue
import CallAnalysis
import Vocabulary
import RerouteTestSupport

/// Issue 10 on the real exports under ../shared/data and fixtures derived from them in the test.
@Suite(.serialized) struct AnyCityTests {
    static let ecc = (35...41).map { TestPaths.sharedData("agency-full-timestamps/week\($0).csv") }
    static let seattle = [TestPaths.sharedData("seattle/db_call_data_2018-2023.csv"), TestPaths.sharedData("seattle/db_call_data_2010-2023.csv")]
    static let baltimore = ["2021_05_07_CFS_2018", "2021_05_07_CFS_2019", "2021_05_07_CFS_2020", "2021_05_10_CFS_2021"].map { TestPaths.sharedData("baltimore/\($0).json") }
    static let conway = [TestPaths.sharedData("conway-ar/service_calls.json")]

    static func available(_ files: [String]) -> Bool { files.allSatisfy { FileManager.default.fileExists(atPath: $0) } }

    func analyse(_ files: [String]) throws -> DatasetAnalysis {
        let profile = try AnalysisRun.chooseProfile(nil, files: files)
        let catalogue = try AnalysisRun.catalogue(named: profile.catalogue, files: files, profile: profile)
        return try AnalysisRun(files: files, profile: profile, catalogue: catalogue, rejectsURL: nil).run()
    }

    func temporary(_ name: String, _ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reroute-anycity-\(UUID().uuidString)-\(name)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Without a hand-written map, suggestions cover at least 90% of citizen-call volume and the report has
    /// eligible calls (the issue saw 0 for the communications centre).
    @Test(arguments: [("ecc", ecc), ("seattle", seattle), ("conway", conway)])
    func suggestionsMapNinetyPercent(name: String, files: [String]) throws {
        guard Self.available(files) else { print("skipped: ../shared/data absent"); return }
        let profile = try AnalysisRun.chooseProfile(nil, files: files)
        let mapping = try SuggestedMapping.make(files: files, profile: profile)
        #expect(mapping.mappedShare >= 0.9, "\(name): \(mapping.mappedShare)")
        #expect(mapping.suggestions.allSatisfy { !$0.reason.isEmpty })
        let analysis = try analyse(files)
        #expect(analysis.eligibleByWeekHour.reduce(0, +) > 0)
        #expect(analysis.mappingTable() != nil)
    }

    /// The communications centre has every time: response times are computed for the eligible types.
    @Test func eccResponseTimesAndOutcomes() throws {
        guard Self.available(Self.ecc) else { return }
        let a = try analyse(Self.ecc)
        #expect(a.absentTables["fig05-response-times"] == nil)
        let total = a.responseTimes().rows[0]
        if case .integer(let n) = total[5] { #expect(n > 500) } else { Issue.record("no count") }
        let outcomes = a.outcomes().rows.reduce(0) { s, r in if case .integer(let n) = r[2] { return s + n }; return s }
        #expect(outcomes > 0)
    }

    /// An export with call start and arrival times but no dispatch time (Seattle's public data is one) still gets
    /// Figure 5's total response: the communications centre's week with its dispatch column renamed away gives the
    /// same total response medians as the whole file, and empty dispatch and travel columns with a note.
    @Test func responseTimeWithoutDispatchTimes() throws {
        let week = TestPaths.sharedData("agency-full-timestamps/week35.csv")
        guard Self.available([week]) else { return }
        let text = try String(contentsOfFile: week, encoding: .utf8)
        guard let newline = text.firstIndex(where: { $0 == "\n" || $0 == "\r\n" }) else { Issue.record("no header"); return }
        let header = String(text[..<newline]).replacingOccurrences(of: "Incident_Dispatch_Time,", with: "Dispatch_Column_Removed,")
        #expect(header != String(text[..<newline]))
        let copy = try temporary("week35-no-dispatch.csv", header + text[newline...])
        let full = try analyse([week]), partial = try analyse([copy])
        #expect(partial.absentTables["fig05-response-times"] == nil)
        let a = full.responseTimes(), b = partial.responseTimes()
        #expect(a.rows.count == b.rows.count)
        for (x, y) in zip(a.rows, b.rows) {
            #expect(x[0] == y[0])
            #expect(x[4] == y[4], "\(x[0].displayText): total response \(x[4].displayText) vs \(y[4].displayText)")
            #expect(y[2] == .empty && y[3] == .empty)
        }
        #expect(b.notes.first?.contains("no dispatched times") == true)
    }

    /// Baltimore's Esri feature JSON with epoch-millisecond times reads to the row (8,000 records) and its
    /// first record's time is 1516437780000 ms = 2018-01-20 08:43:00 UTC = 03:43 in New York.
    @Test func baltimoreEsriJSON() throws {
        guard Self.available(Self.baltimore) else { return }
        let a = try analyse(Self.baltimore)
        #expect(a.ingest.rowsRead == 8000 && a.ingest.rowsAccepted == 8000)
        let p = TimestampParser(format: .epochMilliseconds, timeZone: TimeZone(identifier: "America/New_York")!)
        #expect(p.parse("1516437780000")?.description == "2018-01-20T03:43:00")
        #expect(a.summary.unknownCalls > 0)   // RA POLICE and OTHER stay unknown, never guessed
        #expect(a.warnings.contains { $0.code == "unmapped-call-types" && $0.message.contains("RA POLICE") })
        // Counted with python from the four files: RA POLICE 1,762, OTHER 250 + Other 35, SEE TEXT 71 and SUPV
        // COMPLAINT 13 calls, whose names carry no call type. Of the rest of the citizen-call volume, at least 90% maps.
        let names = a.nameCoverage
        #expect(names.nameless == 1762 + 285 + 71 + 13)
        #expect(Array(names.namelessTypes.prefix(3)) == ["RA POLICE", "OTHER", "SEE TEXT"])
        #expect(names.volume == a.summary.citizenCalls + a.summary.unknownCalls)
        #expect((names.mappedShareOfNamed ?? 0) >= 0.9, "\(names)")
    }

    /// A JSON copy of the Milwaukee sample's first 500 rows reads to the same per-type counts as the CSV.
    @Test func jsonCopyReadsLikeTheCSV() throws {
        let path = TestPaths.sharedData("milwaukee/mpd-calls-2018-05.csv")
        guard Self.available([path]) else { return }
        let doc = try CSVDocument(contentsOf: URL(fileURLWithPath: path))
        let rows = doc.rows.prefix(500)
        var objects: [[String: String]] = []
        for row in rows {
            var o: [String: String] = [:]
            for c in doc.header { o[c] = try doc.text(row, c) }
            objects.append(o)
        }
        let json = String(decoding: try JSONSerialization.data(withJSONObject: objects), as: UTF8.self)
        let jsonPath = try temporary("mke.json", json)
        let csvPath = try temporary("mke.csv", CSVWriter.document(header: doc.header, rows: try rows.map { r in try doc.header.map { try doc.text(r, $0) } }))
        let profile = try ProfileLibrary.resolve("milwaukee-mpd")
        let cat = try CallCatalogue.builtIn("milwaukee")
        let fromJSON = try AnalysisRun(files: [jsonPath], profile: profile, catalogue: cat, rejectsURL: nil).run()
        let fromCSV = try AnalysisRun(files: [csvPath], profile: profile, catalogue: cat, rejectsURL: nil).run()
        #expect(fromJSON.ingest.rowsAccepted == 500)
        #expect(fromJSON.summary.citizen.mapValues(\.calls) == fromCSV.summary.citizen.mapValues(\.calls))
    }

    /// A copy of Conway's calls with days removed: the gap is found and per-day rates divide by days with data.
    @Test func daysRemovedAreAGapAndRatesDivideByCoveredDays() throws {
        guard Self.available(Self.conway) else { return }
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.conway[0]))
        let all = try JSONSerialization.jsonObject(with: data) as! [[String: Any]]
        let kept = all.filter { !(($0["call_time"] as? String) ?? "").hasPrefix("2021-06-3") }   // drop 30 June
        let removedDays = Set(all.compactMap { ($0["call_time"] as? String).map { String($0.prefix(10)) } }).filter { $0.hasPrefix("2021-06-3") }
        #expect(removedDays == ["2021-06-30"])
        let path = try temporary("conway-gap.json", String(decoding: try JSONSerialization.data(withJSONObject: kept), as: UTF8.self))
        let a = try analyse([path])
        #expect(a.summary.spanDays == 11)
        #expect(a.summary.days == 10)
        #expect(a.summary.gaps.count == 1)
        #expect(a.warnings.contains { $0.code == "coverage-gaps" })
        #expect(a.analysedDemand(origin: "t").periodDays == 10)
        // Eligible calls per day (hourly table) sum to eligible calls ÷ 10, not ÷ 11.
        let eligible = a.eligibleByWeekHour.reduce(0, +)
        let perDay = a.analysedDemand(origin: "t").hourlyCallsPerDay.reduce(0, +)
        #expect(abs(perDay - eligible / 10) < 1e-9)
    }

    /// A copy of Seattle's calls with AM/PM stripped: hours 13-23 empty, the clock warning fires.
    @Test func amPmStrippedWarns() throws {
        guard Self.available([Self.seattle[0]]) else { return }
        let text = try String(contentsOfFile: Self.seattle[0], encoding: .utf8)
        let stripped = text.replacingOccurrences(of: " AM", with: "").replacingOccurrences(of: " PM", with: "")
        let path = try temporary("seattle-12h.csv", stripped)
        let a = try analyse([path])
        #expect(a.warnings.contains { $0.code == "clock-12h-without-meridiem" })
        let original = try analyse([Self.seattle[0]])
        #expect(!original.warnings.contains { $0.code == "clock-12h-without-meridiem" })
    }

    /// A run that accepts no rows is refused (exit 65), as is a mostly rejected one.
    @Test func noRowsAcceptedIsRefused() throws {
        let path = try temporary("bad.csv", "id,time,location,latitude,longitude,district,nature,status\n1,not a time,x,,,,THEFT,Advised\n2,never,x,,,,THEFT,Advised\n")
        let profile = try ProfileLibrary.resolve("milwaukee-mpd")
        let a = try AnalysisRun(files: [path], profile: profile, catalogue: try CallCatalogue.builtIn("milwaukee"), rejectsURL: nil).run()
        #expect(throws: RunRefusal.noRowsAccepted(read: 2, rejected: 2, excluded: 0)) { try AnalysisRun.checkAccepted(a.ingest, maxRejectedShare: 0.5) }
        #expect(RunRefusal.noRowsAccepted(read: 2, rejected: 2, excluded: 0).exitStatus == .dataError)
        var report = IngestReport(profile: "p")
        var f = FileReconciliation(file: "f", bytes: 1)
        f.rowsRead = 10; f.rowsAccepted = 4; f.rowsRejected = 6
        report.files = [f]
        #expect(throws: RunRefusal.self) { try AnalysisRun.checkAccepted(report, maxRejectedShare: 0.5) }
        try AnalysisRun.checkAccepted(report, maxRejectedShare: 0.7)
    }

    /// Two-digit years and epoch seconds are read; a bad time's reason lists the accepted formats.
    @Test func timestampForms() {
        let p = TimestampParser(format: .auto, timeZone: TimeZone(identifier: "UTC")!)
        #expect(p.parse("5/1/21 13:45")?.description == "2021-05-01T13:45:00")
        #expect(p.parse("1620000000")?.description == "2021-05-03T00:00:00")
        #expect(p.parse("1620000000000")?.description == "2021-05-03T00:00:00")
        #expect(TimestampFormat.accepted.contains("epoch"))
    }

    /// Unknown types are their own bucket: never citizen- nor officer-initiated (Milwaukee's sample: the 240
    /// calls of 13 types its catalogue leaves unknown; per-type counts of known types unchanged).
    @Test func unknownIsItsOwnBucket() throws {
        let path = TestPaths.sharedData("milwaukee/mpd-calls-2018-05.csv")
        guard Self.available([path]) else { return }
        let a = try analyse([path])
        #expect(a.summary.unknownCalls == 240)
        #expect(a.summary.unknown.count == 13)
        #expect(a.summary.citizen["MED RUN"] == nil && a.summary.officer["MED RUN"] == nil)
        #expect(a.summary.citizenCalls + a.summary.officerCalls + a.summary.unknownCalls == 33968)
        #expect(a.summary.citizen["TRBL W/SUBJ"]?.calls != nil)
    }
}

/// `header: none`: a header-less copy of the Milwaukee sample, columns by position, reads like the original.
@Test func headerlessCopyReadsByPosition() throws {
    let path = TestPaths.sharedData("milwaukee/mpd-calls-2018-05.csv")
    guard FileManager.default.fileExists(atPath: path) else { return }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let lines = text.split(whereSeparator: \.isNewline)   // the file ends lines with CR LF, one Character
    let body = lines.dropFirst().prefix(2000).joined(separator: "\n") + "\n"
    let withHeader = String(lines[0]) + "\n" + body
    let dir = FileManager.default.temporaryDirectory
    let a = dir.appendingPathComponent("reroute-headerless-\(UUID().uuidString).csv"), b = dir.appendingPathComponent("reroute-header-\(UUID().uuidString).csv")
    try body.write(to: a, atomically: true, encoding: .utf8)
    try withHeader.write(to: b, atomically: true, encoding: .utf8)
    // id,time,location,latitude,longitude,district,nature,status
    var profile = try Profile(yaml: """
        name: mke-by-position
        header: none
        columns: {incident_id: "1", created: "2", address: "3", latitude: "4", longitude: "5", district: "6", call_type: "7", disposition: "8"}
        timestamps: {format: iso, time_zone: America/Chicago}
        source: {officer_initiated_call_types: catalogue}
        duplicates: last
        """, file: "test")
    #expect(!profile.hasHeader)
    let cat = try CallCatalogue.builtIn("milwaukee")
    let byPosition = try AnalysisRun(files: [a.path], profile: profile, catalogue: cat, rejectsURL: nil).run()
    profile = try ProfileLibrary.resolve("milwaukee-mpd")
    let byName = try AnalysisRun(files: [b.path], profile: profile, catalogue: cat, rejectsURL: nil).run()
    #expect(byPosition.ingest.rowsRead == 2000)
    #expect(byPosition.ingest.rowsAccepted == byName.ingest.rowsAccepted)
    #expect(byPosition.summary.citizen.mapValues(\.calls) == byName.summary.citizen.mapValues(\.calls))
}
