import Foundation
import Testing
import CallRecords
import CallCatalogue
import CallAnalysis
import DemoData
import Geography
import RerouteTestSupport
import Vocabulary

/// Reading large files in two parts on two threads gives exactly what reading them in order gives.
@Suite("Reading in parts")
struct PartsTests {
    func compare(_ files: [String], layers: [(name: String, layer: BoundaryLayer)] = [], atMiddle: Bool = true,
                 speculates: Bool = true) throws {
        let dir = TestPaths.temporaryDirectory("parts")
        var run = AnalysisRun(files: files, profile: try ProfileLibrary.builtIn("reroute-standard"), catalogue: try CallCatalogue.builtIn("milwaukee"),
                              rejectsURL: dir.appendingPathComponent("in-order.csv"), layers: layers)
        let inOrder = try run.runInOrder()
        run.rejectsURL = dir.appendingPathComponent("in-parts.csv")
        run.parallelThreshold = 1 << 16
        run.splitsAtMiddle = atMiddle
        run.speculatesBoundary = speculates
        let inParts = try run.runInParts()
        // Field by field, so a failure names what differs without printing whole summaries.
        let (x, y) = (inParts.summary, inOrder.summary)
        #expect(x.citizen == y.citizen, "citizen tallies differ")
        #expect(x.officer == y.officer, "officer tallies differ")
        #expect(x.layers == y.layers, "layers differ")
        #expect(x.narratives == y.narratives, "narrative samples differ")
        #expect(x.repeatLocations == y.repeatLocations, "repeat locations differ")
        #expect(x.firstCreated == y.firstCreated && x.lastCreated == y.lastCreated)
        #expect(inParts.ingest.files == inOrder.ingest.files)
        #expect(inParts.ingest.quality == inOrder.ingest.quality)
        #expect(inParts.ingest.availableFields == inOrder.ingest.availableFields)
        #expect(inParts.ingest.balances)
        let a = try String(contentsOf: dir.appendingPathComponent("in-order.csv"), encoding: .utf8)
        let b = try String(contentsOf: dir.appendingPathComponent("in-parts.csv"), encoding: .utf8)
        #expect(a == b)
    }

    /// The demo file has malformed rows (a stray quote among them) and repeated incident ids.
    @Test func demoYearWithMalformedRows() throws {
        let dir = TestPaths.temporaryDirectory("parts-demo")
        let csv = dir.appendingPathComponent("demo.csv")
        let boundaries = dir.appendingPathComponent("demo-boundaries.geojson")
        _ = try DemoDataGenerator(seed: 7, scale: 0.1).write(to: csv, boundariesTo: boundaries)
        try compare([csv.path], layers: [("districts", try BoundaryLayer(spec: "\(boundaries.path):district"))])
    }

    /// Split where the two threads' work balances (``ReadMeeting``): where that is depends on their speeds, and
    /// the first thread may read the whole file alone if the meeting comes too late; the answer is the same.
    @Test func splitWhereTheThreadsMeet() throws {
        let dir = TestPaths.temporaryDirectory("parts-meeting")
        let csv = dir.appendingPathComponent("demo.csv")
        _ = try DemoDataGenerator(seed: 5, scale: 0.1).write(to: csv, boundariesTo: nil)
        try compare([csv.path], atMiddle: false, speculates: false)
    }

    /// The counted split at the middle (what a file gets when no guessed start holds), with the demo's malformed rows.
    @Test func countedSplitAtTheMiddle() throws {
        let dir = TestPaths.temporaryDirectory("parts-counted")
        let csv = dir.appendingPathComponent("demo.csv")
        _ = try DemoDataGenerator(seed: 9, scale: 0.1).write(to: csv, boundariesTo: nil)
        try compare([csv.path], speculates: false)
    }

    /// Narratives quoted over several lines, with commas and doubled quotes, and the middle of the file inside
    /// one of them: the guessed start is the counted one, the second part is read from there with its lines
    /// counted from 1, and its rejects (rows of the wrong width after the middle), outside calls and every
    /// figure come out as reading in order gives, lines included.
    @Test func guessedStartInsideAQuotedNarrative() throws {
        var text = "incident_id,call_type,priority,source,created_at,dispatched_at,arrived_at,cleared_at,disposition,district,latitude,longitude,narrative\n"
        let long = String(repeating: "CALLER SAYS, \"\"HELP\"\" AND\nTHEN HANGS UP\r\nREPEATEDLY ", count: 40)
        for i in 0..<2_000 {
            let narrative = i % 3 != 0 ? "\"\(long)\(i)\"" : (i % 3 == 0 ? "\"LOUD MUSIC,\nNO WEAPONS\"" : "LOUD MUSIC")
            let latitude = i % 97 == 0 ? "0.0" : "43.05"
            text += "\(i),NOISE NUISANCE,4,911,2021-05-0\(1 + i % 9) 1\(i % 10):00:00,,,,Advised,\(1 + i % 7),\(latitude),-87.95,\(narrative)\n"
            if i % 555 == 0 { text += "\(i)x,NOISE NUISANCE,only five fields\n" }
        }
        let path = TestPaths.writeTemporary(text, name: "quoted.csv")
        let size = Int(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0)
        // The middle falls inside a long quoted narrative (this file is mostly such narratives).
        let counted = try #require(CSVScanner.recordBoundary(path: path, near: size / 2))
        let guessed = try #require(CSVScanner.speculativeBoundary(path: path, near: size / 2))
        #expect(guessed == counted.offset)
        let bytes = Array(text.utf8)
        #expect(bytes[..<(size / 2)].filter { $0 == 0x22 }.count % 2 == 1, "the middle is inside quotes")
        let layer = try BoundaryLayer(spec: TestPaths.sharedData("milwaukee/boundaries/police-districts.geojson") + ":POLICE")
        try compare([path], layers: [("districts", layer)])
    }

    /// Several files, one small (read whole) and two large; ids repeat across the files.
    @Test func severalFiles() throws {
        let dir = TestPaths.temporaryDirectory("parts-files")
        var files: [String] = []
        for (i, scale) in [0.05, 0.001, 0.05].enumerated() {
            let csv = dir.appendingPathComponent("part\(i).csv")
            _ = try DemoDataGenerator(seed: 11, scale: scale).write(to: csv, boundariesTo: nil)
            files.append(csv.path)
        }
        try compare(files)
    }

    /// A stray quote in the first half throws the quote parity off: the second part is dropped and the file
    /// is read on in order, with the same result.
    @Test func strayQuoteFallsBackToReadingInOrder() throws {
        var text = "incident_id,call_type,priority,source,created_at,dispatched_at,arrived_at,cleared_at,disposition,district,latitude,longitude,narrative\n"
        for i in 0..<6_000 {
            let narrative = i == 100 ? "BROKEN \"QUOTE" : (i % 7 == 0 ? "\"SAYS \"\"HELP\"\", NO WEAPONS\"" : "LOUD MUSIC")
            text += "\(i),NOISE NUISANCE,4,911,2021-05-0\(1 + i % 9) 1\(i % 10):00:00,,,,Advised,\(1 + i % 7),43.05,-87.95,\(narrative)\n"
        }
        let path = TestPaths.writeTemporary(text, name: "stray.csv")
        try compare([path])
    }
}
