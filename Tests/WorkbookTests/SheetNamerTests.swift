import Vocabulary
import Testing
@testable import Workbook

@Suite("Sheet names")
struct SheetNamerTests {
    @Test("forbidden characters become underscores", arguments: [
        ("a[b]c", "a_b_c"), ("x:y*z?", "x_y_z_"), ("in/out\\back", "in_out_back"), ("fig03-eligible-volume", "fig03-eligible-volume"),
        ("'quoted'", "quoted"), ("  spaced  ", "spaced"), ("", "Sheet"), ("[]", "__"), ("tab\there", "tab_here"),
    ])
    func sanitised(raw: String, expected: String) {
        #expect(SheetNamer.sanitized(raw) == expected)
    }

    @Test("names are cut to 31 characters without splitting a character")
    func length() {
        let long = "appendix-2-neighbourhoods-ranked-by-eligible-calls"
        #expect(SheetNamer.sanitized(long) == "appendix-2-neighbourhoods-ranke")
        #expect(SheetNamer.sanitized(long).utf16.count == 31)
        let emoji = String(repeating: "a", count: 30) + "🚑"  // 30 + 2 UTF-16 units
        #expect(SheetNamer.sanitized(emoji) == String(repeating: "a", count: 30))
    }

    @Test("names are unique ignoring case and avoid About and History")
    func unique() {
        let names = SheetNamer.uniqueNames(
            for: ["about", "Fig1", "fig1", "FIG1", "history", String(repeating: "x", count: 40),
                  String(repeating: "x", count: 35)],
            reserved: ["About"])
        #expect(names == ["about (2)", "Fig1", "fig1 (2)", "FIG1 (3)", "history (2)", String(repeating: "x", count: 31),
                          String(repeating: "x", count: 27) + " (2)"])
        #expect(Set(names.map { $0.lowercased() }).count == names.count)
        for name in names {
            #expect(name.utf16.count <= 31)
            #expect(!name.contains { SheetNamer.forbidden.contains($0) })
        }
    }

    @Test("sheet names follow the table ids")
    func fromTables() {
        let tables = ["fig03", "fig03", "a/b"].map { ResultTable(id: $0, title: $0, columns: []) }
        #expect(WorkbookWriter.sheetNames(for: tables) == ["fig03", "fig03 (2)", "a_b"])
    }

    @Test("column letters", arguments: [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA"), (16_383, "XFD")])
    func columnLetters(index: Int, letters: String) {
        #expect(WorksheetBuilder.columnName(index) == letters)
    }
}
