import Foundation
import Testing
import RerouteTestSupport

/// Issue 12 through the built binary: exit statuses as documented, atomic outputs, streams, short inputs.
@Suite("Reliability (the built binary)")
struct ReliabilityCommandTests {
    /// The first three days of the Milwaukee sample (header kept), written into `dir`.
    static func threeDays(in dir: URL) throws -> String {
        let text = try String(contentsOfFile: TestPaths.sharedData("milwaukee/mpd-calls-2018-05.csv"), encoding: .utf8)
        let lines = text.components(separatedBy: "\r\n")
        let kept = [lines[0]] + lines.dropFirst().filter { $0.contains(",2018-05-01 ") || $0.contains(",2018-05-02 ") || $0.contains(",2018-05-03 ") }
        let path = dir.appendingPathComponent("mke-3-days.csv").path
        try Data((kept.joined(separator: "\r\n") + "\r\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Runs the binary with stdout going to `stdoutPath` (e.g. /dev/full) or stdin from `stdinPath`.
    static func run(_ arguments: [String], stdoutPath: String? = nil, stdinPath: String? = nil) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = TestPaths.rerouteBinary
        process.arguments = arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = try stdoutPath.map { try FileHandle(forWritingTo: URL(fileURLWithPath: $0)) } ?? FileHandle.nullDevice
        process.standardInput = try stdinPath.map { try FileHandle(forReadingFrom: URL(fileURLWithPath: $0)) } ?? FileHandle.nullDevice
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func aBadScenarioIs65AndLeavesThePreviousOutputUntouched() throws {
        let dir = TestPaths.temporaryDirectory("reliability")
        let input = try Self.threeDays(in: dir)
        let out = dir.appendingPathComponent("out")
        let good = try runReroute(["report", input, "--out", out.path, "--no-staffing", "--no-html", "--quiet"])
        #expect(good.status == 0)
        let before = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        let summary = try Data(contentsOf: out.appendingPathComponent("summary.json"))
        let bad = dir.appendingPathComponent("bad.yaml")
        try Data("name: [\n".utf8).write(to: bad)
        // Another input, so that a non-atomic run would leave new tables beside the old summary.
        let other = dir.appendingPathComponent("other.csv")
        try Data(try String(contentsOfFile: input, encoding: .utf8).components(separatedBy: "\r\n").prefix(100).joined(separator: "\r\n").utf8).write(to: other)
        let failed = try runReroute(["report", other.path, "--out", out.path, "--no-staffing", "--no-html", "--scenario", bad.path])
        #expect(failed.status == 65)
        #expect(failed.stderr.contains("bad.yaml:2"))
        #expect(failed.stderr.contains("the previous output in \(out.path) is untouched"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == before)
        #expect(try Data(contentsOf: out.appendingPathComponent("summary.json")) == summary)
        // No staging folder is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).allSatisfy { !$0.contains(".partial-") })
        // A run that succeeds replaces the whole folder: nothing of the earlier run is left.
        try Data("stale".utf8).write(to: out.appendingPathComponent("fig99-stale.csv"))
        #expect(try runReroute(["report", other.path, "--out", out.path, "--no-staffing", "--no-html", "--quiet"]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("fig99-stale.csv").path))
    }

    @Test func anOutFolderThatCannotBeWrittenIs73() throws {
        let dir = TestPaths.temporaryDirectory("reliability")
        let input = try Self.threeDays(in: dir)
        let file = dir.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let r = try runReroute(["report", input, "--out", file.appendingPathComponent("out").path, "--no-staffing", "--no-html"])
        #expect(r.status == 73)
        #expect(r.stderr.contains("cannot write"))
        let intoFile = try runReroute(["report", input, "--out", file.path, "--no-staffing", "--no-html"])
        #expect(intoFile.status == 73)
        #expect(intoFile.stderr.contains("is not a folder"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "x")
    }

    @Test func badRulesAndDeepYAMLAre65() throws {
        let dir = TestPaths.temporaryDirectory("reliability")
        let bad = dir.appendingPathComponent("bad.yaml")
        try Data("rules: [\n".utf8).write(to: bad)
        #expect(try Self.run(["screen", "protocol", "--rules", bad.path]).status == 65)
        let deep = dir.appendingPathComponent("deep.yaml")
        try Data(("name: " + String(repeating: "[", count: 5_000) + "\n").utf8).write(to: deep)
        let input = try Self.threeDays(in: dir)
        let r = try Self.run(["report", input, "--profile", deep.path, "--out", dir.appendingPathComponent("o").path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("deep.yaml"))
    }

    @Test func aFullStandardOutputIs73() throws {
        try #require(FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full here")
        let r = try Self.run(["catalogue", "export", "milwaukee"], stdoutPath: "/dev/full")
        #expect(r.status == 73)
        #expect(r.stderr.contains("cannot write to standard output"))
        // The device is still a device.
        var info = stat()
        #expect(stat("/dev/full", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
    }

    @Test func standardInputAndFIFOsAreReadAsStreams() throws {
        let dir = TestPaths.temporaryDirectory("reliability")
        let input = try Self.threeDays(in: dir)
        let rows = try String(contentsOfFile: input, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }.count - 1
        let fromStdin = dir.appendingPathComponent("stdin-out")
        let r = try Self.run(["report", "-", "--out", fromStdin.path, "--no-staffing", "--no-html"], stdinPath: input)
        #expect(r.status == 0, "\(r.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: fromStdin.appendingPathComponent("summary.json"))) as? [String: Any]
        #expect((summary?["rows"] as? [String: Any])?["read"] as? Int == rows)
        let fifo = dir.appendingPathComponent("calls.fifo").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let writer = Thread { try? Data(contentsOf: URL(fileURLWithPath: input)).write(to: URL(fileURLWithPath: fifo)) }
        writer.start()
        let fromFIFO = dir.appendingPathComponent("fifo-out")
        let f = try Self.run(["report", fifo, "--out", fromFIFO.path, "--no-staffing", "--no-html"])
        #expect(f.status == 0, "\(f.stderr)")
        let s2 = try JSONSerialization.jsonObject(with: Data(contentsOf: fromFIFO.appendingPathComponent("summary.json"))) as? [String: Any]
        #expect((s2?["rows"] as? [String: Any])?["read"] as? Int == rows)
    }

    /// Failure 7: under 7 days got no plan, and `plan --analysis` refused the folder `report` wrote.
    @Test func aShortInputGetsAPlanAndPlanReadsTheReportFolder() throws {
        let dir = TestPaths.temporaryDirectory("reliability")
        let input = try Self.threeDays(in: dir)
        let out = dir.appendingPathComponent("report")
        let r = try runReroute(["report", input, "--out", out.path, "--no-staffing", "--no-html", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("plan/fig13-schedules.csv").path))
        let plan = try runReroute(["plan", "--scenario", "milwaukee-2021", "--analysis", out.path, "--out", dir.appendingPathComponent("plan").path])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("Counts cover 3.0 days"))
        #expect(plan.stdout.contains("Caveat: under 28 days of data"))
    }
}
