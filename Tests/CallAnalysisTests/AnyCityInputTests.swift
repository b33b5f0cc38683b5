import Foundation
import Testing
import CallRecords
import CallCatalogue
import CallAnalysis
import Geography
import Vocabulary
import RerouteTestSupport

/// Issue 10, inputs: the 12-hour clock option, spreadsheet serials and patterns, coordinates in one column, and
/// gzip/ZIP files, each on a fixture derived in the test from a real export under ../shared/data.
@Suite(.serialized) struct AnyCityInputTests {
    static let seattle = TestPaths.sharedData("seattle/db_call_data_2018-2023.csv")
    static let milwaukee = TestPaths.sharedData("milwaukee/mpd-calls-2018-05.csv")
    static let districts = TestPaths.sharedData("milwaukee/boundaries/police-districts.geojson")

    static func available(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    let folder = TestPaths.temporaryDirectory("reroute-anycity-input")

    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// A built-in profile's YAML with one block of text replaced (the test fails if it is not there).
    func profile(_ name: String, replacing old: String, with new: String) throws -> Profile {
        let text = try ProfileLibrary.yamlText(ofBuiltIn: name)
        #expect(text.contains(old))
        return try Profile(yaml: text.replacingOccurrences(of: old, with: new), file: "\(name) (test copy)")
    }

    func run(_ files: [String], _ profile: Profile, layers: [(name: String, layer: BoundaryLayer)] = [], rejects: URL? = nil) throws -> DatasetAnalysis {
        let catalogue = try AnalysisRun.catalogue(named: profile.catalogue, files: files, profile: profile)
        var run = AnalysisRun(files: files, profile: profile, catalogue: catalogue, rejectsURL: rejects)
        run.layers = layers
        return try run.run()
    }

    /// All the calls' created → arrived times (every tally merged).
    func responses(_ a: DatasetAnalysis) -> DurationHistogram {
        var h = DurationHistogram()
        for tallies in [a.summary.citizen, a.summary.officer, a.summary.unknown] { for t in tallies.values { h.merge(t.response) } }
        return h
    }

    /// Seattle with AM/PM stripped, read with `timestamps.clock: 12h-no-meridiem`: the warning says what was done,
    /// the hourly table is not computed, days and per-type counts are those of the real file, each weekday's
    /// AM + PM hour pair holds what the real file holds in those two hours (split evenly), and durations are the
    /// real ones modulo 12 hours (computed here from the real times with DateFormatter).
    @Test func twelveHourClockWithoutMeridiem() throws {
        guard Self.available(Self.seattle) else { print("skipped: ../shared/data absent"); return }
        let text = try String(contentsOfFile: Self.seattle, encoding: .utf8)
        let stripped = try write("seattle-12h.csv", text.replacingOccurrences(of: " AM", with: "").replacingOccurrences(of: " PM", with: ""))
        let twelve = try profile("seattle", replacing: "  format: us\n", with: "  format: us\n  clock: 12h-no-meridiem\n")
        let a = try run([stripped], twelve)
        let original = try run([Self.seattle], try ProfileLibrary.builtIn("seattle"))

        let warning = a.warnings.first { $0.code == "clock-12h-without-meridiem" }
        #expect(warning?.message.contains("12h-no-meridiem") == true)
        #expect(a.absentTables["fig11-hourly"]?.hasPrefix("Not computed") == true)
        #expect(!a.allTables().contains { $0.id == "fig11-hourly" })
        #expect(a.weekHourDemand().notes.contains { $0.contains("split evenly") })

        #expect(a.ingest.rowsAccepted == original.ingest.rowsAccepted)
        #expect(a.summary.days == original.summary.days && a.summary.spanDays == original.summary.spanDays)
        #expect(a.summary.citizen.mapValues(\.calls) == original.summary.citizen.mapValues(\.calls))
        #expect(a.summary.weekdayCounts == original.summary.weekdayCounts)
        let wh = a.eligibleByWeekHour, real = original.eligibleByWeekHour
        #expect(real.reduce(0, +) > 0)
        for d in 0..<7 {
            for h in 0..<12 {
                let i = d * 24 + h
                #expect(abs(wh[i] - wh[i + 12]) < 1e-9)
                #expect(abs((wh[i] + wh[i + 12]) - (real[i] + real[i + 12])) < 1e-9)
            }
        }

        // Created → arrived from the real AM/PM times, modulo 12 hours.
        let doc = try CSVDocument(contentsOf: URL(fileURLWithPath: Self.seattle))
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "MM/dd/yyyy h:mm:ss a"
        var expected: [Int] = []
        var beyondHalfDay = 0
        for row in doc.rows {
            guard let q = f.date(from: try doc.text(row, "Original Time Queued")), let r = f.date(from: try doc.text(row, "Arrived Time")) else { continue }
            let seconds = Int(r.timeIntervalSince(q))
            if seconds >= 43_200 { beyondHalfDay += 1 }
            expected.append(seconds % 43_200)
        }
        expected.sort()
        let h = responses(a)
        #expect(h.count == expected.count)
        #expect(h.quantileSeconds(1) == Double(expected.last ?? -1))
        #expect(h.medianSeconds == (expected.count % 2 == 1 ? Double(expected[expected.count / 2])
            : Double(expected[expected.count / 2 - 1] + expected[expected.count / 2]) / 2))
        #expect(beyondHalfDay >= 1)   // the real file has a step of 12 hours or more: the warning's caveat is real
    }

    /// `clock: 24h` silences the warning; leaving the clock unsaid on the stripped copy warns and points at the option.
    @Test func clockOptionSilencesOrPointsToTheOption() throws {
        guard Self.available(Self.seattle) else { return }
        let text = try String(contentsOfFile: Self.seattle, encoding: .utf8)
        let stripped = try write("seattle-12h-auto.csv", text.replacingOccurrences(of: " AM", with: "").replacingOccurrences(of: " PM", with: ""))
        let auto = try run([stripped], try ProfileLibrary.builtIn("seattle"))
        #expect(auto.warnings.first { $0.code == "clock-12h-without-meridiem" }?.message.contains("timestamps.clock") == true)
        let said = try run([stripped], try profile("seattle", replacing: "  format: us\n", with: "  format: us\n  clock: 24h\n"))
        #expect(!said.warnings.contains { $0.code == "clock-12h-without-meridiem" })
        #expect(said.absentTables["fig11-hourly"] == nil)
    }

    /// The first rows of the Milwaukee sample with its times rewritten as spreadsheet serials (computed here with
    /// Foundation's Date: seconds since 1970 ÷ 86,400 + 25,569) and as `dd.MM.yyyy HH:mm:ss`: both read to the
    /// same calls, per-type counts and period as the ISO original.
    @Test func spreadsheetSerialsAndPatternsOnRealRows() throws {
        guard Self.available(Self.milwaukee) else { return }
        let doc = try CSVDocument(contentsOf: URL(fileURLWithPath: Self.milwaukee))
        let rows = try doc.rows.prefix(3000).map { r in try doc.header.map { try doc.text(r, $0) } }
        let timeIndex = try #require(doc.header.firstIndex(of: "time"))
        let iso = DateFormatter()
        iso.locale = Locale(identifier: "en_US_POSIX")
        iso.timeZone = TimeZone(identifier: "UTC")
        iso.dateFormat = "yyyy-MM-dd HH:mm:ss"
        func rewrite(_ transform: (String) throws -> String) throws -> String {
            try CSVWriter.document(header: doc.header, rows: rows.map { r in var r = r; r[timeIndex] = try transform(r[timeIndex]); return r })
        }
        let original = try write("mke.csv", try rewrite { $0 })
        let serials = try write("mke-serial.csv", try rewrite { t in
            let date = try #require(iso.date(from: t))
            return String(format: "%.8f", date.timeIntervalSince1970 / 86_400 + 25_569)
        })
        let dotted = try write("mke-pattern.csv", try rewrite { t in
            let p = t.split(separator: " ")[0].split(separator: "-")
            return "\(p[2]).\(p[1]).\(p[0]) \(t.split(separator: " ")[1])"
        })
        let base = try run([original], try ProfileLibrary.builtIn("milwaukee-mpd"))
        #expect(base.ingest.rowsRead == 3000 && base.ingest.rowsRejected == 0)
        for (path, block) in [(serials, "  format: spreadsheet-serial\n"), (dotted, "  format: pattern\n  pattern: \"dd.MM.yyyy HH:mm:ss\"\n")] {
            let a = try run([path], try profile("milwaukee-mpd", replacing: "  format: iso\n", with: block))
            #expect(a.ingest.rowsAccepted == 3000, "\(block)")
            #expect(a.summary.firstCreated == base.summary.firstCreated && a.summary.lastCreated == base.summary.lastCreated)
            #expect(a.summary.citizen.mapValues(\.calls) == base.summary.citizen.mapValues(\.calls))
            #expect(a.eligibleByWeekHour == base.eligibleByWeekHour)
        }
        // A serial file read as ISO is rejected row by row, and the reason lists the accepted formats.
        let rejects = folder.appendingPathComponent("rejects-serial.csv")
        let wrong = try run([serials], try ProfileLibrary.builtIn("milwaukee-mpd"), rejects: rejects)
        #expect(wrong.ingest.rowsAccepted == 0)
        #expect(try String(contentsOf: rejects, encoding: .utf8).contains("spreadsheet-serial"))
    }

    /// The Milwaukee sample with latitude and longitude folded into one column (`coordinates`, bound to the
    /// profile field `location`; the sample's own `location` column is the address), in four forms by row:
    /// the calls placed in police districts are exactly those of the two-column original.
    @Test func coordinatesInOneColumn() throws {
        guard Self.available(Self.milwaukee) && Self.available(Self.districts) else { return }
        let doc = try CSVDocument(contentsOf: URL(fileURLWithPath: Self.milwaukee))
        let rows = try doc.rows.prefix(4000).map { r in try doc.header.map { try doc.text(r, $0) } }
        let lat = try #require(doc.header.firstIndex(of: "latitude")), lon = try #require(doc.header.firstIndex(of: "longitude"))
        let header = doc.header.filter { $0 != "latitude" && $0 != "longitude" } + ["coordinates"]
        var withCoordinates = 0
        func folded(_ form: (Int, String, String) -> String) -> String {
            CSVWriter.document(header: header, rows: rows.enumerated().map { i, r in
                let y = r[lat], x = r[lon]
                let kept = r.enumerated().filter { $0.offset != lat && $0.offset != lon }.map(\.element)
                return kept + [y.isEmpty || x.isEmpty ? "" : form(i, y, x)]
            })
        }
        for r in rows where !r[lat].isEmpty && !r[lon].isEmpty { withCoordinates += 1 }
        let forms = try write("mke-location.csv", folded { i, y, x in
            switch i % 4 {
            case 0: "{'lat': \(y), 'lng': \(x)}"
            case 1: "(\(y), \(x))"
            case 2: "POINT(\(x) \(y))"
            default: "\(y), \(x)"
            }
        })
        let unreadable = try write("mke-location-bad.csv", folded { _, _, _ in "near the river" })
        let twoColumns = try write("mke-4000.csv", CSVWriter.document(header: doc.header, rows: rows))
        let layer = try BoundaryLayer(spec: Self.districts + ":POLICE")
        let oneColumn = try profile("milwaukee-mpd", replacing: "  latitude: latitude\n  longitude: longitude\n", with: "  location: coordinates\n")
        let base = try run([twoColumns], try ProfileLibrary.builtIn("milwaukee-mpd"), layers: [("districts", layer)])
        let a = try run([forms], oneColumn, layers: [("districts", layer)])
        #expect(withCoordinates > 3000)
        #expect(a.summary.layers.first?.callsByType == base.summary.layers.first?.callsByType)
        #expect(a.summary.layers.first?.outsideByType == base.summary.layers.first?.outsideByType)
        #expect(a.ingest.quality[.missingCoordinates] == base.ingest.quality[.missingCoordinates])
        #expect(a.ingest.quality[.unparseableCoordinates] == 0)
        #expect(a.noCoordinatesNote == nil && a.allTables().contains { $0.id == "repeat-locations" })

        // Not one readable coordinate: every value is counted as unreadable and the geography tables say
        // "not computed" instead of showing zeros.
        let bad = try run([unreadable], oneColumn, layers: [("districts", layer)])
        #expect(bad.ingest.rowsAccepted == 4000)
        #expect(bad.ingest.quality[.unparseableCoordinates] == withCoordinates)
        let note = try #require(bad.noCoordinatesNote)
        #expect(note.hasPrefix("Not computed") && note.contains("\(withCoordinates) with unreadable"))
        for id in ["geo-districts-ranked", "geo-districts-by-type", "geo-districts-outside", "repeat-locations"] {
            #expect(bad.absentTables[id] == note)
            #expect(!bad.allTables().contains { $0.id == id })
        }
    }

    /// Runs a command-line tool in `folder`.
    func tool(_ path: String, _ arguments: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = arguments
        p.currentDirectoryURL = folder
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(path) \(arguments)")
    }

    /// The Milwaukee sample gzipped and zipped (by gzip and zip, at test time) reads as the plain file does, with a
    /// bad row added: rows read = accepted + rejected, and the reject names the compressed file and its line.
    @Test func gzipAndZipInputs() throws {
        guard Self.available(Self.milwaukee), FileManager.default.isExecutableFile(atPath: "/usr/bin/gzip"),
              FileManager.default.isExecutableFile(atPath: "/usr/bin/zip") else { print("skipped: data, gzip or zip absent"); return }
        var text = try String(contentsOfFile: Self.milwaukee, encoding: .utf8)
        if text.utf8.last != 10 { text += "\n" }
        let lines = text.utf8.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }   // header + data lines (python3's csv module: 33,968 rows)
        text += "9999999,not a time,\"1 MAIN ST,MKE\",43.0,-87.9,1,THEFT,Advised\n"
        let plain = try write("calls.csv", text)
        try tool("/usr/bin/gzip", ["-k", "-9", "calls.csv"])
        try tool("/usr/bin/zip", ["-q", "calls.zip", "calls.csv"])
        let profile = try ProfileLibrary.builtIn("milwaukee-mpd")
        let base = try run([plain], profile)
        #expect(base.ingest.rowsRead == lines && base.ingest.rowsRejected == 1)
        for name in ["calls.csv.gz", "calls.zip"] {
            let path = folder.appendingPathComponent(name).path
            let rejects = folder.appendingPathComponent("rejects-\(name).csv")
            let a = try run([path], profile, rejects: rejects)
            #expect(a.ingest.rowsRead == lines, "\(name)")
            #expect(a.ingest.rowsRead == a.ingest.rowsAccepted + a.ingest.rowsRejected + a.ingest.rowsExcluded)
            #expect(a.ingest.rowsRejected == 1 && a.ingest.files.map(\.file) == [path])
            #expect(a.summary.citizen.mapValues(\.calls) == base.summary.citizen.mapValues(\.calls))
            let rejected = try CSVDocument(contentsOf: rejects)
            #expect(try rejected.text(rejected.rows[0], "file") == path)
            #expect(try rejected.text(rejected.rows[0], "line") == String(lines + 1))
            #expect(try AnalysisRun.chooseProfile(nil, files: [path]).name == "milwaukee-mpd")
        }
    }

    /// A ZIP holding several files is refused with their names; a damaged gzip file is refused, never half read.
    @Test func compressedInputsThatCannotBeRead() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/zip"), FileManager.default.isExecutableFile(atPath: "/usr/bin/gzip") else { return }
        _ = try write("a.csv", "id,time\n1,2021-05-01 10:00:00\n")
        _ = try write("b.csv", "id,time\n2,2021-05-01 11:00:00\n")
        try tool("/usr/bin/zip", ["-q", "two.zip", "a.csv", "b.csv"])
        let two = folder.appendingPathComponent("two.zip").path
        let several = (#expect(throws: InputError.self) { _ = try CallIngestor.header(of: two) }).map { "\($0)" } ?? ""
        #expect(several.contains(two) && several.contains("a.csv") && several.contains("b.csv") && several.contains("2 files"), "\(several)")
        try tool("/usr/bin/gzip", ["-k", "a.csv"])
        let gz = try Data(contentsOf: folder.appendingPathComponent("a.csv.gz"))
        let cut = folder.appendingPathComponent("cut.csv.gz")
        try gz.prefix(gz.count - 12).write(to: cut)
        // Garbage after a gzip or ZIP signature is refused with an input error (no crash, no endless read).
        var generator = SplitMix64(seed: 10)
        for signature: [UInt8] in [[0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3], [0x50, 0x4B, 0x03, 0x04]] {
            for n in [0, 1, 7, 100, 5000] {
                let junk = folder.appendingPathComponent("junk-\(signature[0])-\(n)")
                try Data(signature + (0..<n).map { _ in UInt8(truncatingIfNeeded: generator.next()) }).write(to: junk)
                #expect(throws: InputError.self) { _ = try CallIngestor.header(of: junk.path) }
            }
        }
        let damaged = (#expect(throws: InputError.self) { _ = try CallIngestor.header(of: cut.path) }).map { "\($0)" } ?? ""
        #expect(damaged.contains("gzip file is damaged") && damaged.contains(cut.path), "\(damaged)")
    }
}
