import Foundation
import Testing
import RerouteTestSupport

let sofficePath: String? = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) }

@Suite("reroute.xlsx converts back to the report's CSV files", .enabled(if: sofficePath != nil, "LibreOffice is not installed (apt-get install -y libreoffice-calc)"))
struct WorkbookLibreOfficeTests {
    /// LibreOffice turns every sheet of the demo report's workbook into CSV; each must hold the numbers and text
    /// of the CSV file Reroute wrote for that table (Tests/oracles/xlsx_libreoffice_check.sh).
    @Test func everySheetMatchesItsCSV() throws {
        let dir = try #require(DemoReport.folder)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [TestPaths.packageRoot().appendingPathComponent("Tests/oracles/xlsx_libreoffice_check.sh").path, dir.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        let summary = text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.hasSuffix("sheets match their CSV files"), "\(summary)")
        let counts = summary.split(separator: " ").compactMap { Int($0) }
        #expect(counts.count >= 2 && counts[0] == counts[1] && counts[0] >= 30, "\(summary)")
    }
}
