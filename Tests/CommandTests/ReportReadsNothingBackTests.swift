import Foundation
import RerouteTestSupport
import Testing

/// `reroute report` keeps its analysis in memory: traced with strace, it opens files under `--out` (and its
/// staging folder) only to write them, never to read them back.
@Suite struct ReportReadsNothingBackTests {
    static let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: strace != nil, "strace is not installed"))
    func reportOpensNothingUnderOutForReading() throws {
        let source = TestPaths.sharedData("milwaukee/mpd-calls-2018-05.csv")
        let text = try String(contentsOfFile: source, encoding: .utf8)
        let dir = TestPaths.temporaryDirectory("strace-report")
        defer { try? FileManager.default.removeItem(at: dir) }
        // A 3,000-call slice of the real export keeps the traced run short.
        let slice = dir.appendingPathComponent("calls.csv")
        try text.split(separator: "\n", omittingEmptySubsequences: false).prefix(3001).joined(separator: "\n")
            .write(to: slice, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("report")
        let log = dir.appendingPathComponent("trace.txt")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.strace))
        process.arguments = ["-f", "-qq", "-e", "trace=open,openat,creat", "-o", log.path, TestPaths.rerouteBinary.path,
                             "report", slice.path, "--profile", "milwaukee-mpd", "--out", out.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let trace = try String(contentsOf: log, encoding: .utf8)
        guard process.terminationStatus == 0 || !trace.contains("PTRACE") else { return }   // ptrace not permitted here
        #expect(process.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("report.html").path))

        // Paths under --out or its staging folder (`.report.partial-…` beside it).
        let roots = [out.path + "/", dir.path + "/.report.partial-"]
        var writes = 0
        var reads: [String] = []
        for line in trace.split(separator: "\n") {
            guard let open = line.firstIndex(of: "\""), let close = line[line.index(after: open)...].firstIndex(of: "\"") else { continue }
            let path = String(line[line.index(after: open)..<close])
            guard roots.contains(where: { path.hasPrefix($0) }) else { continue }
            let flags = line[close...]
            if flags.contains("O_DIRECTORY") || flags.contains("ENOENT") { continue }
            if flags.contains("O_WRONLY") || flags.contains("O_RDWR") || line.contains("creat(") { writes += 1 } else { reads.append(String(line)) }
        }
        #expect(writes >= 30, "the trace saw \(writes) files written under --out; the tables, summary.json, report.html and reroute.xlsx are written there")
        #expect(reads.isEmpty, "files under --out opened for reading:\n\(reads.prefix(5).joined(separator: "\n"))")
    }
}
