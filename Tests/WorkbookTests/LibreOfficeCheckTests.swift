import Foundation
import Vocabulary
import Testing
import Workbook
import WorkbookSamples

/// LibreOffice, when installed (`apt-get install libreoffice-calc`), as the independent reader of the workbook.
enum LibreOffice {
    /// `soffice` or `libreoffice` on PATH, if any.
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            for name in ["soffice", "libreoffice"] {
                let url = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }()

    /// The CSV filter for LibreOffice 7.x: comma, double quote, UTF-8, raw values (not as shown), every sheet to
    /// `<name>-<Sheet>.csv`.
    static let csvFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"

    /// Converts `xlsx` to one CSV per sheet in `outdir`.
    static func convertToCSV(_ xlsx: URL, outdir: URL, profile: URL) throws -> (status: Int32, output: String) {
        try convert(xlsx, to: csvFilter, outdir: outdir, profile: profile)
    }

    /// Converts `file` with LibreOffice to `format` (`pdf`, `ods`, ...) in `outdir`.
    static func convert(_ file: URL, to format: String, outdir: URL, profile: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--convert-to", format,
                             "--outdir", outdir.path, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    /// Differences between a table's CSV (`expected`) and LibreOffice's export of its sheet (`actual`), one line
    /// each. Text must be equal; numbers equal to 1e-9 relative, where LibreOffice writes a percent-formatted
    /// cell's raw value as a percentage (`41.2346%` for 0.412346).
    static func differences(expected: [[String]], actual: [[String]]) -> [String] {
        func trimmed(_ rows: [[String]]) -> [[String]] {
            var rows = rows
            while let last = rows.last, last.allSatisfy(\.isEmpty) { rows.removeLast() }
            return rows
        }
        let e = trimmed(expected), a = trimmed(actual)
        var out: [String] = []
        if e.count != a.count { out.append("\(e.count) rows in the CSV, \(a.count) in LibreOffice's export") }
        for r in 0..<min(e.count, a.count) {
            let width = max(e[r].count, a[r].count)
            for c in 0..<width {
                let x = c < e[r].count ? e[r][c] : "", y = c < a[r].count ? a[r][c] : ""
                if x == y { continue }
                if let u = Double(x), let v = number(y), abs(u - v) <= 1e-9 * max(1, abs(u)) { continue }
                out.append("row \(r + 1), column \(c + 1): CSV \"\(x)\", LibreOffice \"\(y)\"")
            }
        }
        return out
    }

    /// A number as LibreOffice exports it: plain, or a percentage.
    static func number(_ s: String) -> Double? {
        if s.hasSuffix("%") { return Double(s.dropLast()).map { $0 / 100 } }
        return Double(s)
    }
}

@Suite("LibreOffice check")
struct LibreOfficeCheckTests {
    @Test("LibreOffice exports every sheet to the same numbers and text as the table's CSV",
          .enabled(if: LibreOffice.executable != nil, "LibreOffice (soffice) is not on PATH; install libreoffice-calc"),
          .timeLimit(.minutes(5)))
    func sheetsMatchCSV() throws {
        let tables = WorkbookSamples.tables
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wb-lo-\(UUID().uuidString)")
        let out = dir.appendingPathComponent("csv")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let xlsx = dir.appendingPathComponent("reroute.xlsx")
        try WorkbookWriter.write(tables, to: xlsx, title: "Sample", about: WorkbookSamples.about)

        let result = try LibreOffice.convertToCSV(xlsx, outdir: out, profile: dir.appendingPathComponent("profile"))
        #expect(result.status == 0, "\(result.output)")
        for (table, sheet) in zip(tables, WorkbookWriter.sheetNames(for: tables)) {
            let file = out.appendingPathComponent("reroute-\(sheet).csv")
            guard let text = try? String(contentsOf: file, encoding: .utf8) else {
                Issue.record("LibreOffice wrote no \(file.lastPathComponent): \(result.output)")
                continue
            }
            // The sheet's first row is the table's headings where the CSV has its column names.
            var expected = CSVText.parse(table.csv)
            if !expected.isEmpty { expected[0] = table.headings }
            let differences = LibreOffice.differences(expected: expected, actual: CSVText.parse(text))
            #expect(differences.isEmpty, "\(table.id): \(differences.prefix(10).joined(separator: "; "))")
        }
        let about = try String(contentsOf: out.appendingPathComponent("reroute-About.csv"), encoding: .utf8)
        #expect(CSVText.parse(about).first?.first == "Sample")
    }

    @Test("LibreOffice prints a 40-column table on one landscape page wide",
          .enabled(if: LibreOffice.executable != nil, "LibreOffice (soffice) is not on PATH; install libreoffice-calc"),
          .timeLimit(.minutes(5)))
    func printsToPDF() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wb-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // 40 columns of 30-character text: about 1,300 characters a row, some ten landscape pages wide unfitted.
        let columns = (1...40).map { ("column_\($0)", "Column \($0)") }
        let rows: [[Cell]] = (1...3).map { r in (1...40).map { c in .text(String(repeating: "x", count: 25) + " r\(r)c\(c)") } }
        let wide = ResultTable(id: "wide", title: "Wide", columns: columns, rows: rows)
        let xlsx = dir.appendingPathComponent("reroute.xlsx")
        try WorkbookWriter.write([wide], to: xlsx, title: "Wide", about: [])
        let result = try LibreOffice.convert(xlsx, to: "pdf", outdir: dir, profile: dir.appendingPathComponent("profile"))
        #expect(result.status == 0, "\(result.output)")
        let pdf = try Data(contentsOf: dir.appendingPathComponent("reroute.pdf"))
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        // LibreOffice writes each page's /MediaBox [0 0 w h] uncompressed in its page object.
        let text = String(decoding: pdf, as: UTF8.self)
        let boxes = text.matches(of: /\/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]/).compactMap { m in
            Double(m.output.1).flatMap { w in Double(m.output.2).map { (w, $0) } }
        }
        #expect(!boxes.isEmpty)
        #expect(boxes.allSatisfy { $0.0 > $0.1 }, "every page landscape: \(boxes)")
        // Pages are the `/Type /Page` objects (LibreOffice writes no object streams). The About sheet (its 40 column
        // rows) takes a page or two and the table one: 3 with LibreOffice 7; without the print setup the same file
        // printed 25 portrait pages (checked by removing sheetPr and pageSetup from its sheets).
        let pages = text.matches(of: /\/Type\s*\/Page[^s]/).count
        #expect(pages >= 2 && pages <= 4, "\(pages) pages")
    }

    @Test("the comparison notices a changed number, a changed text and a missing row")
    func comparisonCanFail() {
        let csv = [["a", "b"], ["x, y", "0.25"], ["z", "12"]]
        #expect(LibreOffice.differences(expected: csv, actual: [["a", "b"], ["x, y", "25%"], ["z", "12"]]).isEmpty)
        #expect(LibreOffice.differences(expected: csv, actual: [["a", "b"], ["x, y", "0.26"], ["z", "12"]]).count == 1)
        #expect(LibreOffice.differences(expected: csv, actual: [["a", "b"], ["x; y", "0.25"], ["z", "12"]]).count == 1)
        #expect(LibreOffice.differences(expected: csv, actual: [["a", "b"], ["x, y", "0.25"], ["z", "12,000"]]).count == 1)
        #expect(!LibreOffice.differences(expected: csv, actual: Array(csv.prefix(2))).isEmpty)
    }
}
