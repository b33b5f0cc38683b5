import Foundation
import Testing
@testable import Geography

@Suite struct JSONParserTests {
    func parse(_ text: String) throws -> JSONValue { try JSONParser.parse(Data(text.utf8)) }

    /// Every number must be the correctly rounded double, as `Double(String)` (strtod) gives it: 200,000 seeded
    /// random doubles of all magnitudes written in their shortest form, plus fixed hard cases.
    @Test func numbersAreCorrectlyRounded() throws {
        var generator = SplitMix64(seed: 42)
        var texts = ["-87.61999999999999", "-87.95674149999999", "43.1127987", "0.1", "1e-7", "-0", "123456789012345678901234",
                     "2.2250738585072014e-308", "1.7976931348623157e308", "0.30000000000000004", "9007199254740993"]
        for _ in 0..<100_000 {
            texts.append(String(Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF)))
            texts.append(String(-180 + 360 * generator.unit()))
        }
        let parsed = try parse("[" + texts.joined(separator: ",") + "]")
        guard case let .array(values) = parsed else { Issue.record("not an array"); return }
        var wrong = 0
        for (text, value) in zip(texts, values) {
            guard case let .number(number) = value, let expected = Double(text),
                  number.bitPattern == expected.bitPattern else { wrong += 1; continue }
        }
        #expect(values.count == texts.count)
        #expect(wrong == 0)
    }

    @Test func stringsAndLiterals() throws {
        #expect(try parse(#" {"a": "x\"y\\z\/\n\u00e9\ud83d\ude00", "b": [true, false, null], "c": {}} "#)
            == .object(["a": .string("x\"y\\z/\né😀"), "b": .array([.bool(true), .bool(false), .null]), "c": .object([:])]))
        #expect(try parse("\u{FEFF}[1]") == .array([.number(1)]))  // byte-order mark
    }

    @Test(arguments: [
        ("", 1, 1), ("[1,]", 1, 4), ("{\"a\" 1}", 1, 6), ("[1] x", 1, 5), ("\"abc", 1, 5), ("[tru]", 1, 5),
        ("{\n\"a\": -}", 2, 7), ("[1.]", 1, 4),
    ] as [(String, Int, Int)])
    func syntaxErrorsGiveLineAndColumn(text: String, line: Int, column: Int) {
        do {
            _ = try JSONParser.parse(Data(text.utf8))
            Issue.record("\(text) parsed")
        } catch {
            #expect(error.line == line && error.column == column, "\(text): \(error)")
        }
    }

    @Test func refusesDeepNesting() {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(Data((String(repeating: "[", count: 600) + String(repeating: "]", count: 600)).utf8)) }
    }
}
