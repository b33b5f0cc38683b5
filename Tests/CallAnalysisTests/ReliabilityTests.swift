import Foundation
import Testing
import CallRecords
import CallCatalogue
import CallAnalysis
import Vocabulary
import RerouteTestSupport

/// Issue 12's numbered failures, each on a mutated copy of the real Milwaukee sample made here.
@Suite("Nothing lost, nothing silently distorted")
struct ReliabilityTests {
    /// The sample's lines (CRLF removed), or nil without ../shared.
    static func milwaukeeLines() throws -> [String] {
        let text = try String(contentsOfFile: TestPaths.sharedData("milwaukee/mpd-calls-2018-05.csv"), encoding: .utf8)
        return text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func analyse(_ text: String, name: String = "input.csv", parts: Bool = false) throws -> (DatasetAnalysis, URL) {
        let dir = TestPaths.temporaryDirectory("reliability")
        let file = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        var run = AnalysisRun(files: [file.path], profile: try ProfileLibrary.builtIn("milwaukee-mpd"), catalogue: try CallCatalogue.builtIn("milwaukee"),
                              rejectsURL: dir.appendingPathComponent("rejects.csv"))
        run.screensNarratives = false
        if parts { run.parallelThreshold = 1; run.splitsAtMiddle = true }
        return (try parts ? run.runInParts() : run.runInOrder(), dir)
    }

    /// Failure 1: a stray quote at the start of the call type of one row and another at the end of the call type
    /// three rows later made one record of four rows with the right number of fields (accepted, its call type the
    /// merged text). Addresses are unquoted in this copy, as in exports without commas in addresses.
    @Test func aQuoteSpanIsRejectedLineByLineAndTheRowsBetweenAreRead() throws {
        var lines = Array(try Self.milwaukeeLines().prefix(31)).map { line -> String in
            // "5237 N 35TH ST,MKE" → 5237 N 35TH ST MKE (no quotes left in the copy)
            var out = "", inQuotes = false
            for c in line { if c == "\"" { inQuotes.toggle() } else { out.append(inQuotes && c == "," ? " " : c) } }
            return out
        }
        func setNature(_ i: Int, _ transform: (String) -> String) {
            var fields = lines[i].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[6] = transform(fields[6])
            lines[i] = fields.joined(separator: ",")
        }
        setNature(5) { "\"" + $0 }       // line 6 of the file
        setNature(8) { $0 + "\"" }       // line 9
        let text = lines.joined(separator: "\r\n")
        for parts in [false, true] {
            let (analysis, dir) = try Self.analyse(text, parts: parts)
            let i = analysis.ingest
            #expect(i.rowsRead == 30 && i.rowsAccepted == 28 && i.rowsRejected == 2, "\(i.rowsRead) = \(i.rowsAccepted) + \(i.rowsRejected) (parts: \(parts))")
            let rejects = try CSVDocument(contentsOf: dir.appendingPathComponent("rejects.csv"))
            #expect(rejects.rows.map { $0.fields[1] } == ["6", "9"])
            #expect(rejects.rows.first?.fields[2].contains("column 7 ('nature')") == true)
            #expect(rejects.rows.first?.fields[2].contains("reading resumes on the next line") == true)
            // No merged text became a call type.
            #expect(!analysis.summary.citizen.keys.contains { $0.contains("\n") || $0.contains("\r") })
        }
    }

    /// A quoted field that runs on over more lines than the profile allows is cut at its first line even when
    /// it may hold line breaks (the narrative of a profile with one), and reading resumes on the next line.
    @Test func theScannerRuleHoldsForAnyField() throws {
        var text = "a,b,c\n1,\"x\n"
        for k in 0..<40 { text += "\(k),y,z\n" }
        text += "end\",q,r\n"
        let scanner = CSVScanner(bytes: Array(text.utf8))
        scanner.lineBreakRule = CSVLineBreakRule(fieldsThatMayBreak: [1], maximumLines: 32, expectedFieldCount: 3)
        var good = 0, bad: [Int] = []
        try scanner.scan { r in if r.problem != nil { bad.append(r.line) } else { good += 1 } }
        #expect(good == 1 + 40)      // the header and the 40 rows inside the span
        #expect(bad == [2, 43])
    }

    /// Failure 2: one row dated 2099 rescaled every yearly figure. It is rejected (outside the plausible
    /// window), and the period and every table are as without it.
    @Test func aRowDated2099LeavesThePeriodAndTheFiguresAsWithoutIt() throws {
        let lines = try Self.milwaukeeLines()
        var mutated = lines
        mutated.insert(lines[6].replacingOccurrences(of: "2018-05-01", with: "2099-05-01"), at: 7)
        let (base, _) = try Self.analyse(lines.joined(separator: "\r\n"))
        let (withOutlier, dir) = try Self.analyse(mutated.joined(separator: "\r\n"))
        #expect(withOutlier.ingest.rowsRead == base.ingest.rowsRead + 1)
        #expect(withOutlier.ingest.rowsRejected == base.ingest.rowsRejected + 1)
        #expect(withOutlier.summary.days == 21 && base.summary.days == 21)
        #expect(withOutlier.summary.firstCreated == base.summary.firstCreated && withOutlier.summary.lastCreated == base.summary.lastCreated)
        for (a, b) in zip(withOutlier.allTables(), base.allTables()) where !["reconciliation", "data-quality"].contains(a.id) {
            #expect(a.csv == b.csv, "\(a.id) differs")
        }
        let rejects = try CSVDocument(contentsOf: dir.appendingPathComponent("rejects.csv"))
        #expect(rejects.rows.last?.fields[2].contains("outside the plausible window") == true)
    }

    /// Years 0001 and 9999 are rejected too; a year inside the window but far from the bulk (2005) is kept,
    /// counted, and kept out of the period.
    @Test func yearsOutsideTheWindowAreRejectedAndOutliersKeptOutOfThePeriod() throws {
        let lines = try Self.milwaukeeLines()
        var mutated = lines
        for (k, year) in ["0001", "9999", "2005"].enumerated() {
            // A new incident number ("9" before the original), so the duplicate policy keeps the row.
            mutated.insert("9" + lines[10 + k].replacingOccurrences(of: "2018-05-01", with: "\(year)-05-01"), at: 11 + k)
        }
        let (analysis, _) = try Self.analyse(mutated.joined(separator: "\r\n"))
        #expect(analysis.ingest.rowsRejected == 2)
        #expect(analysis.summary.days == 21)
        #expect(analysis.ingest.quality[.outsideCoverage] == 1)
    }

    /// One absurd duration (cleared ten years later) made a median of millions of minutes: a step over the
    /// profile's bound is counted and left out. Hand-made three-call file: on-scene 10, 20 and (absurd) 1.6M minutes (three years).
    @Test func anAbsurdDurationIsCountedAndLeftOutOfTheMedians() throws {
        let text = """
        incident_id,call_type,created_at,dispatched_at,arrived_at,cleared_at
        1,WELFARE CHECK,2021-03-01 10:00:00,2021-03-01 10:01:00,2021-03-01 10:10:00,2021-03-01 10:20:00
        2,WELFARE CHECK,2021-03-02 10:00:00,2021-03-02 10:01:00,2021-03-02 10:10:00,2021-03-02 10:30:00
        3,WELFARE CHECK,2021-03-03 10:00:00,2021-03-03 10:01:00,2021-03-03 10:10:00,2024-03-03 10:10:00
        """
        let dir = TestPaths.temporaryDirectory("duration")
        let file = dir.appendingPathComponent("calls.csv")
        try Data(text.utf8).write(to: file)
        var run = AnalysisRun(files: [file.path], profile: try ProfileLibrary.builtIn("reroute-standard"), catalogue: try CallCatalogue.builtIn("milwaukee"), rejectsURL: nil)
        run.screensNarratives = false
        let analysis = try run.runInOrder()
        #expect(analysis.ingest.quality[.durationBeyondBound] == 1)
        let summary = analysis.summary
        let tally = try #require(summary.citizen["WELFARE CHECK"] ?? summary.officer["WELFARE CHECK"] ?? summary.unknown["WELFARE CHECK"])
        #expect(tally.onScene.count == 2)
        #expect(analysis.summary.days == 3)
    }

    /// Failure 4: CR-only line ends (a spreadsheet's "CSV (Macintosh)") were one header line; mixed ends too.
    @Test func crOnlyAndMixedLineEndsReadAsTheOriginal() throws {
        let lines = Array(try Self.milwaukeeLines().prefix(200))
        let (original, _) = try Self.analyse(lines.joined(separator: "\r\n"))
        let (crOnly, _) = try Self.analyse(lines.joined(separator: "\r"))
        var mixed = lines[0]
        for (k, line) in lines.dropFirst().enumerated() { mixed += ["\r", "\n", "\r\n"][k % 3] + line }
        let (mixedEnds, _) = try Self.analyse(mixed)
        #expect(original.ingest.rowsRead == 199 && original.ingest.rowsAccepted == 199)
        for other in [crOnly, mixedEnds] {
            #expect(other.ingest.files.map(\.rowsRead) == original.ingest.files.map(\.rowsRead))
            #expect(other.ingest.rowsAccepted == 199)
            #expect(other.summary.citizen == original.summary.citizen)
        }
    }

    /// Failure 8: one NUL byte rejected the whole file; now only its row. Invalid UTF-8 is counted per row.
    @Test func aNulByteRejectsItsRowAndInvalidUTF8IsCounted() throws {
        var lines = Array(try Self.milwaukeeLines().prefix(50))
        lines[10] = lines[10].replacingOccurrences(of: "MKE", with: "M\u{0}KE")
        var bytes = Array(lines.joined(separator: "\r\n").utf8)
        // Inside the quoted location of line 22 (a text field, so the row stays acceptable).
        let lineStart = bytes.indices.filter { bytes[$0] == 0x0A }[20] + 1
        let at = try #require(bytes[lineStart...].firstIndex(of: UInt8(ascii: "\""))) + 3
        bytes.insert(0xFF, at: at)
        let dir = TestPaths.temporaryDirectory("nul")
        let file = dir.appendingPathComponent("calls.csv")
        try Data(bytes).write(to: file)
        var run = AnalysisRun(files: [file.path], profile: try ProfileLibrary.builtIn("milwaukee-mpd"), catalogue: try CallCatalogue.builtIn("milwaukee"),
                              rejectsURL: dir.appendingPathComponent("rejects.csv"))
        run.screensNarratives = false
        let analysis = try run.runInOrder()
        #expect(analysis.ingest.rowsRead == 49 && analysis.ingest.rowsRejected == 1)
        #expect(analysis.ingest.quality[.invalidUTF8] == 1)
        let rejects = try CSVDocument(contentsOf: dir.appendingPathComponent("rejects.csv"))
        #expect(rejects.rows.map { $0.fields[1] } == ["11"])
    }

    /// Failure 8: duplicated header names were accepted silently; a 1M-column header made an 8.9 MB error line.
    @Test func duplicatedHeaderNamesAndHugeHeadersGiveShortClearErrors() throws {
        let lines = Array(try Self.milwaukeeLines().prefix(5))
        var dup = lines
        dup[0] = lines[0].replacingOccurrences(of: "district", with: "nature")
        #expect {
            _ = try Self.analyse(dup.joined(separator: "\r\n"))
        } throws: { error in
            "\(error)".contains("columns 6 and 7 are both named 'nature'") && (error as? InputError)?.exitStatus == .inputUnreadable
        }
        var wide = lines
        wide[0] = (0..<200_000).map { "c\($0)" }.joined(separator: ",")
        #expect {
            _ = try Self.analyse(wide.joined(separator: "\r\n"))
        } throws: { error in
            "\(error)".utf8.count < 3_000 && "\(error)".contains("(200000 in all)")
        }
    }

    /// Failure 8: cells that start like a formula are neutralised in CSV outputs (OWASP), numbers are not, and
    /// Reroute reads its own tables back unchanged.
    @Test func formulaLikeCellsAreNeutralisedButNumbersAreNot() throws {
        #expect(CSVWriter.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        for cell in ["+1+2", "-1+2", "@SUM(A1)", "\tx", "\rx"] { #expect(CSVWriter.field(cell).hasPrefix("'") || CSVWriter.field(cell).hasPrefix("\"'")) }
        for number in ["-12", "-0.5", "12", "+3"] { #expect(CSVWriter.field(number) == number) }
        let table = ResultTable(id: "t", title: "t", columns: [("a", "A"), ("b", "B")], rows: [[.text("=1+1"), .number(-2.5, decimals: 1)]])
        #expect(table.csv == "a,b\n'=1+1,-2.5\n")
        let back = try CSVDocument(text: table.csv, name: "t.csv")
        #expect(back.rows[0].fields == ["=1+1", "-2.5"])
    }
}
