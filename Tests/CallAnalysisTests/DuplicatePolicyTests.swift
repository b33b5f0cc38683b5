import Foundation
import Testing
import CallRecords
import CallCatalogue
import CallAnalysis
import Geography
import RerouteTestSupport
import Vocabulary

/// The policies `first` and `last` read in parallel parts, tallying every row and resolving the policy from
/// spilled incident keys, give exactly what the simple in-memory reference gives (every kept row held until
/// the end, the kept row chosen by its own time, then file order).
@Suite("Duplicate policies without holding rows")
struct DuplicatePolicyTests {
    /// Runs the reference (``AnalysisRun/runInOrder()``, rows held in memory) and the parts path with a tiny
    /// key budget (so the keys spill to disk) and small parts; returns both after comparing them field by field.
    @discardableResult
    func compare(_ files: [String], profile: Profile, catalogue: CallCatalogue,
                 layers: [(name: String, layer: BoundaryLayer)] = []) throws -> (reference: DatasetAnalysis, parts: DatasetAnalysis) {
        let dir = TestPaths.temporaryDirectory("dup-policy")
        var run = AnalysisRun(files: files, profile: profile, catalogue: catalogue, rejectsURL: dir.appendingPathComponent("reference.csv"), layers: layers)
        let reference = try run.runInOrder()
        run.rejectsURL = dir.appendingPathComponent("parts.csv")
        run.parallelThreshold = 1 << 16
        run.splitsAtMiddle = true
        run.incidentKeyBudget = 256
        let parts = try run.run()
        let (x, y) = (parts.summary, reference.summary)
        #expect(x.citizen == y.citizen, "citizen tallies differ")
        #expect(x.officer == y.officer, "officer tallies differ")
        #expect(x.unknown == y.unknown, "unknown-type tallies differ")
        #expect(x.callsPerDay == y.callsPerDay, "coverage calendars differ")
        #expect(x.layers == y.layers, "layers differ")
        #expect(x.narratives == y.narratives, "narrative samples differ")
        // Eligible-call sums are floating point: the order of additions differs.
        #expect(x.repeatLocations.count == y.repeatLocations.count)
        for (p, q) in zip(x.repeatLocations.sorted(by: { ($0.latitude, $0.longitude) < ($1.latitude, $1.longitude) }),
                          y.repeatLocations.sorted(by: { ($0.latitude, $0.longitude) < ($1.latitude, $1.longitude) })) {
            #expect(p.latitude == q.latitude && p.longitude == q.longitude && p.calls == q.calls && p.callsByType == q.callsByType)
            #expect(abs(p.eligibleCalls - q.eligibleCalls) < 1e-9)
        }
        #expect(x.firstCreated == y.firstCreated && x.lastCreated == y.lastCreated)
        #expect(parts.ingest.files == reference.ingest.files)
        #expect(parts.ingest.quality == reference.ingest.quality)
        #expect(parts.ingest.callsKept == reference.ingest.callsKept)
        #expect(parts.ingest.availableFields == reference.ingest.availableFields)
        #expect(parts.ingest.balances)
        let a = try String(contentsOf: dir.appendingPathComponent("reference.csv"), encoding: .utf8)
        let b = try String(contentsOf: dir.appendingPathComponent("parts.csv"), encoding: .utf8)
        #expect(a == b)
        return (reference, parts)
    }

    @Test func milwaukeeSampleWithItsProfile() throws {
        let profile = try ProfileLibrary.builtIn("milwaukee-mpd")
        #expect(profile.duplicates == .last)
        let layer = try BoundaryLayer(spec: TestPaths.sharedData("milwaukee/boundaries/police-districts.geojson") + ":POLICE")
        let (_, parts) = try compare([TestPaths.sharedData("milwaukee/mpd-calls-2018-05.csv")], profile: profile,
                                     catalogue: try CallCatalogue.builtIn(profile.catalogue), layers: [("districts", layer)])
        #expect(parts.ingest.callsKept == 33_968)   // the data README: 33,968 calls, every id once
    }

    @Test func agencyFilesWithTheirProfile() throws {
        let profile = try ProfileLibrary.builtIn("ecc-full-timestamps")
        #expect(profile.duplicates == .last)
        let dir = TestPaths.sharedData("agency-full-timestamps")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".csv") }.sorted().map { dir + "/" + $0 }
        #expect(files.count == 7)
        try compare(files, profile: profile, catalogue: try AnalysisRun.catalogue(named: profile.catalogue, files: files, profile: profile))
    }

    /// Milwaukee's first 3,000 calls, made into a repeated scrape spread over three files named in the wrong
    /// order: every 3rd call has a later row ("Cleared by Arrest", 2 hours on) in the file named first, every 5th
    /// an earlier row ("Advised", 1 hour before) in the file named last.
    /// With `all` every row is kept and only the repeats are counted (from hashes alone in the parts path): the
    /// same count as the reference's.
    @Test(arguments: [DuplicatePolicy.last, .first, .all])
    func incidentSpreadOverFilesInTheWrongOrder(policy: DuplicatePolicy) throws {
        let text = try String(contentsOfFile: TestPaths.sharedData("milwaukee/mpd-calls-2018-05.csv"), encoding: .utf8)
        // The file ends its lines with CRLF (one Character in Swift): split on the line feed byte.
        let lines = text.utf8.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .newlines) }
        #expect(lines.count > 3_000)
        let header = lines[0]
        let calls = Array(lines[1...3_000])
        func shifted(_ line: String, hours: Int, status: String) -> String {
            // id,time,"location",lat,lon,district,nature,status: time is the second field, status the last.
            var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.timeZone = TimeZone(identifier: "UTC")
            f.dateFormat = "yyyy-MM-dd HH:mm:ss"
            fields[1] = f.string(from: f.date(from: fields[1])!.addingTimeInterval(Double(hours) * 3600))
            fields[fields.count - 1] = status
            return fields.joined(separator: ",")
        }
        var later: [String] = [], earlier: [String] = []
        var expectedArrests = 0
        for (i, line) in calls.enumerated() {
            let original = line.split(separator: ",", omittingEmptySubsequences: false).last.map(String.init) ?? ""
            if i % 3 == 0 { later.append(shifted(line, hours: 2, status: "Cleared by Arrest")) }
            if i % 5 == 0 { earlier.append(shifted(line, hours: -1, status: "Advised")) }
            switch policy {
            case .last: expectedArrests += i % 3 == 0 || original == "Cleared by Arrest" ? 1 : 0
            case .first: expectedArrests += i % 5 != 0 && original == "Cleared by Arrest" ? 1 : 0
            case .all: expectedArrests += (i % 3 == 0 ? 1 : 0) + (original == "Cleared by Arrest" ? 1 : 0)
            }
        }
        let dir = TestPaths.temporaryDirectory("dup-spread")
        func write(_ name: String, _ rows: [String]) throws -> String {
            let url = dir.appendingPathComponent(name)
            try ([header] + rows).joined(separator: "\n").appending("\n").write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        let files = [try write("c-later.csv", later), try write("a.csv", Array(calls[..<1_500])),
                     try write("b.csv", Array(calls[1_500...]) + earlier)]
        var profile = try ProfileLibrary.builtIn("milwaukee-mpd")
        profile.duplicates = policy
        let (_, parts) = try compare(files, profile: profile, catalogue: try CallCatalogue.builtIn(profile.catalogue))
        #expect(parts.ingest.rowsAccepted == 3_000 + 1_000 + 600)
        let kept = policy == .all ? 4_600 : 3_000
        #expect(parts.ingest.callsKept == kept)
        // Calls of types the catalogue does not know are kept in their own bucket.
        let unknown = parts.summary.unknown.values.reduce(0) { $0 + $1.calls }
        #expect(parts.summary.citizenCalls + parts.summary.officerCalls + unknown == kept)
        let arrests = (parts.summary.citizen.values.map { $0 } + parts.summary.officer.values.map { $0 } + parts.summary.unknown.values.map { $0 })
            .reduce(0) { $0 + $1.calls(withOutcome: .arrest) }
        #expect(arrests == expectedArrests)
        // Repeats collapsed are counted in the file where the id was read again (a.csv and b.csv follow c-later.csv);
        // `all` collapses none and counts the 1,600 repeated ids as a data-quality note.
        #expect(parts.ingest.files.reduce(0) { $0 + $1.duplicatesCollapsed } == (policy == .all ? 0 : 1_600))
        if policy == .all { #expect(parts.ingest.quality.counts[.duplicateIncidentID] == 1_600) }
    }

    /// A JSON export is converted whole, never split at a byte offset, and the policy is resolved the same way:
    /// 2,000 calls and a later row for every 4th, as an array of objects under Milwaukee's column names.
    @Test func jsonExportWithRepeatedIncidents() throws {
        let text = try String(contentsOfFile: TestPaths.sharedData("milwaukee/mpd-calls-2018-05.csv"), encoding: .utf8)
        let document = try CSVDocument(text: text, name: "mpd-calls-2018-05.csv")
        let header = document.header
        var objects: [[String: String]] = []
        for (i, row) in document.rows[0..<2_000].enumerated() {
            let fields = row.fields
            objects.append(Dictionary(uniqueKeysWithValues: zip(header, fields)))
            if i % 4 == 0 {
                var again = objects.last!
                again[header[header.count - 1]] = "Cleared by Arrest"
                objects.append(again)
            }
        }
        let url = TestPaths.temporaryDirectory("dup-json").appendingPathComponent("calls.json")
        try JSONSerialization.data(withJSONObject: objects).write(to: url)
        #expect(CallIngestor.fileSize(url.path) > 1 << 16)
        var profile = try ProfileLibrary.builtIn("milwaukee-mpd")
        for policy in [DuplicatePolicy.last, .first] {
            profile.duplicates = policy
            let (_, parts) = try compare([url.path], profile: profile, catalogue: try CallCatalogue.builtIn(profile.catalogue))
            #expect(parts.ingest.rowsAccepted == 2_500)
            #expect(parts.ingest.callsKept == 2_000)
        }
    }
}
