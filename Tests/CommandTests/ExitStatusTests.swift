import Foundation
import RerouteTestSupport
import Testing

/// Every command family ends with the exit status that `reroute --help` documents (ExitStatus in Vocabulary),
/// run through the built binary: 1 an input that cannot be read, 64 a usage error, 65 invalid data,
/// 73 an output that cannot be written. Each case also names what it is about on standard error.
@Suite struct ExitStatusTests {
    /// A case: the arguments, the status promised, and a fragment stderr must contain.
    struct Case: CustomStringConvertible, Sendable {
        var arguments: [String]
        var status: Int32
        var mentions: String
        var description: String { "\(arguments.prefix(3).joined(separator: " ")) → \(status)" }
    }

    /// Files the cases use: a bad YAML file, a regular file to nest an output under, a missing path.
    static let scratch = TestPaths.temporaryDirectory("exit-status")
    static let badYAML: String = {
        let url = scratch.appendingPathComponent("bad.yaml")
        try? Data("city: [unclosed\n  - :\n".utf8).write(to: url)
        return url.path
    }()
    static let plainFile: String = {
        let url = scratch.appendingPathComponent("plain.txt")
        try? Data("not a folder\n".utf8).write(to: url)
        return url.path
    }()
    static let calls: String = TestPaths.sharedData("milwaukee/mpd-calls-2018-05.csv")
    static let missing = "/nonexistent/reroute/input.csv"
    static var underFile: String { plainFile + "/out" }

    static let cases: [Case] = [
        // report
        Case(arguments: ["report", missing, "--out", scratch.appendingPathComponent("r1").path], status: 1, mentions: "input.csv"),
        Case(arguments: ["report", calls, "--catalogue", badYAML, "--out", scratch.appendingPathComponent("r2").path], status: 65, mentions: "bad.yaml"),
        Case(arguments: ["report", calls, "--scenario", badYAML, "--no-staffing", "--no-html", "--out", scratch.appendingPathComponent("r3").path], status: 65, mentions: "bad.yaml"),
        Case(arguments: ["report", calls, "--out", underFile], status: 73, mentions: "plain.txt"),
        Case(arguments: ["report", calls, "--no-such-option"], status: 64, mentions: "no-such-option"),
        Case(arguments: ["report", calls, "--boundaries", "/nonexistent/districts.geojson", "--out", scratch.appendingPathComponent("r4").path], status: 1, mentions: "districts.geojson"),
        // plan
        Case(arguments: ["plan", "--scenario", badYAML], status: 65, mentions: "bad.yaml"),
        Case(arguments: ["plan", "--scenario", "milwaukee-2021", "--catalogue", badYAML], status: 65, mentions: "bad.yaml"),
        Case(arguments: ["plan", "--scenario", "milwaukee-2021", "--out", underFile, "--quiet"], status: 73, mentions: "plain.txt"),
        Case(arguments: ["plan", "--scenario", "milwaukee-2021", "--draws", "1"], status: 64, mentions: "draws"),
        // staff and simulate
        Case(arguments: ["staff", "--analysis", scratch.appendingPathComponent("no-analysis").path], status: 65, mentions: "no-analysis"),
        Case(arguments: ["simulate", "--no-such-option"], status: 64, mentions: "no-such-option"),
        // screen
        Case(arguments: ["screen", "protocol", "--rules", badYAML], status: 65, mentions: "bad.yaml"),
        // catalogue and profiles
        Case(arguments: ["catalogue", "check", badYAML], status: 65, mentions: "bad.yaml"),
        Case(arguments: ["catalogue", "export", "atlantis"], status: 65, mentions: "atlantis"),
        Case(arguments: ["profiles", "--show", "atlantis"], status: 65, mentions: "atlantis"),
        // geography
        Case(arguments: ["geography", "regions", "--boundaries", "/nonexistent/districts.geojson"], status: 1, mentions: "districts.geojson"),
        Case(arguments: ["geography", "regions", "--boundaries", badYAML], status: 65, mentions: "bad.yaml"),
        // demo data and w1
        Case(arguments: ["demo-data", "--out", underFile + "/calls.csv", "--scale", "0.01"], status: 73, mentions: "plain.txt"),
        Case(arguments: ["w1", missing, "--out", scratch.appendingPathComponent("w1").path], status: 1, mentions: "input.csv"),
    ]

    @Test(arguments: cases)
    func exitsAsDocumented(_ c: Case) throws {
        let result = try runReroute(c.arguments)
        #expect(result.status == c.status, "\(c): got \(result.status); stderr: \(result.stderr)")
        #expect(result.stderr.contains(c.mentions), "\(c): stderr should name \(c.mentions): \(result.stderr)")
        // One line says what went wrong: no stack trace, no Swift runtime message.
        #expect(!result.stderr.contains("Fatal error"), "\(c)")
    }
}
