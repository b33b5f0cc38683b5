import Vocabulary
import Foundation
import Testing
@testable import Screening

@Suite("Corpus and CSV")
struct CorpusTests {
    static let corpusURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/corpus.csv")

    @Test("the corpus has at least 400 narratives covering every eligible call type and both verdicts")
    func coverage() throws {
        let entries = try CorpusEntry.load(from: Self.corpusURL)
        #expect(entries.count >= 400)
        let rules = try ScreeningProtocol.bundled()
        let types = Set(entries.map { ScreeningProtocol.normalizedCallType($0.callType) })
        #expect(types == Set(rules.eligibleCallTypes))
        for type in rules.eligibleCallTypes {
            let ofType = entries.filter { ScreeningProtocol.normalizedCallType($0.callType) == type }
            #expect(ofType.contains { $0.isRedFlag } && ofType.contains { !$0.isRedFlag }, "\(type)")
        }
        #expect(entries.allSatisfy { $0.isRedFlag == !$0.flags.isEmpty })
        #expect(Set(entries.map(\.id)).count == entries.count)
    }

    @Test("red-flag recall ≥ 0.98 and precision ≥ 0.90 on the corpus (the rules alone)")
    func metrics() throws {
        let evaluation = CorpusEvaluation(entries: try CorpusEntry.load(from: Self.corpusURL), screener: NarrativeScreener().learned(false))
        #expect(evaluation.overall.recall >= 0.98, "misses: \(evaluation.misses.map(\.entry.id))")
        #expect(evaluation.overall.precision >= 0.90, "false alarms: \(evaluation.falseAlarms.map(\.entry.id))")
        #expect(evaluation.overall.total >= 400)
    }

    @Test("RFC 4180: quotes, doubled quotes, embedded commas and newlines, CRLF")
    func csv() throws {
        let text = "call_type,narrative\r\n\"TRBL W/SUBJ\",\"said \"\"no\"\", then, left\nlater\"\r\nFIREWORKS,loud\r\n"
        let table = try ScreeningCSV.parse(Data(text.utf8), file: "t.csv")
        #expect(table.header == ["call_type", "narrative"])
        #expect(table.rows.count == 2)
        #expect(table.rows[0].fields[1] == "said \"no\", then, left\nlater")
        #expect(table.rows[1].line == 4)
        #expect(try table.calls(file: "t.csv").map(\.callType) == ["TRBL W/SUBJ", "FIREWORKS"])
    }

    @Test("bad CSV input gives errors naming file and line")
    func badCSV() {
        #expect {
            try ScreeningCSV.parse(Data("a,b\n\"x,y\n".utf8), file: "t.csv")
        } throws: { error in
            guard case let CSVDocumentError.malformed(file, line, reason) = error else { return false }
            return file == "t.csv" && line == 2 && reason.contains("never closes")
        }
        #expect(throws: ScreeningInputError.wrongFieldCount(file: "t.csv", line: 3, expected: 2, found: 3)) {
            try ScreeningCSV.parse(Data("a,b\n1,2\n1,2,3\n".utf8), file: "t.csv")
        }
        #expect(throws: CSVDocumentError.malformed(file: "t.csv", line: 1, reason: "the file is empty; expected a header line")) {
            try ScreeningCSV.parse(Data(), file: "t.csv")
        }
        #expect(throws: ScreeningInputError.self) {
            try ScreeningCSV.parse(Data("call_type,text\nX,y\n".utf8), file: "t.csv").calls(file: "t.csv")
        }
        #expect(throws: ScreeningInputError.badValue(file: "t.csv", line: 2, column: "label", value: "maybe",
                                                    expected: "red_flag or eligible")) {
            try CorpusEntry.load(csv: Data("call_type,narrative,label\nX,y,maybe\n".utf8), file: "t.csv")
        }
    }

    @Test("invalid UTF-8 in a CSV field is replaced and reported")
    func csvInvalidUTF8() throws {
        var bytes = Array("call_type,narrative\nFIREWORKS,loud ".utf8)
        bytes += [0xFE]
        bytes += Array(" bangs\n".utf8)
        let table = try ScreeningCSV.parse(Data(bytes), file: "t.csv")
        #expect(table.invalidUTF8.count == 1)
        #expect(table.invalidUTF8.first?.line == 2 && table.invalidUTF8.first?.column == "narrative")
        #expect(table.rows[0].fields[1].contains("\u{FFFD}"))
    }
}
