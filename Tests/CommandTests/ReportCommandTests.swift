import Foundation
import Testing
import RerouteTestSupport

@Suite("reroute report (the built binary)")
struct ReportCommandTests {
    @Test func milwaukeeSampleWritesEveryTableAndReconciles() throws {
        let out = TestPaths.temporaryDirectory()
        let r = try runReroute(["report", TestPaths.sharedData("milwaukee/mpd-calls-2018-05.csv"), "--out", out.path])
        #expect(r.status == 0)
        #expect(r.stdout.contains("33968 read = 33968 accepted + 0 rejected  (reconciles)"))
        #expect(r.stdout.contains("fig05-response-times: Not computed"))
        for id in ["fig01-categories", "appendix1-call-types", "fig03-eligible-volume", "fig07-outcomes", "fig10-weekday", "fig11-hourly",
                   "fig16-districts", "demand-week-hour", "unknown-call-types", "data-quality", "reconciliation"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(id).csv").path), "\(id).csv")
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(id).json").path), "\(id).json")
        }
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("fig05-response-times.csv").path))
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as! [String: Any]
        #expect(summary["profile"] as? String == "milwaukee-mpd")
        #expect((summary["rows"] as? [String: Any])?["read"] as? Int == 33_968)
        #expect((summary["period"] as? [String: Any])?["days"] as? Double == 21)
        #expect((summary["parameters"] as? [[String: String]])?.contains { $0["source"]?.contains("Figure 3") == true } == true)
        #expect((summary["tables_absent"] as? [String: String])?["fig06-police-time"] != nil)
    }

    /// Each bad input gets exit status 1 and one clear line on stderr naming the file, never a trace.
    @Test(arguments: [
        ("missing", "no such file"),
        ("empty", "the file is empty"),
        ("binary", "binary file"),
        ("json", "JSON records have a single field"),
        ("one-column", "single column"),
        ("wrong-profile", "does not fit"),
        ("unknown-layout", "no built-in profile matches"),
    ])
    func badInputsGetOneClearLine(kind: String, message: String) throws {
        let dir = TestPaths.temporaryDirectory()
        let file = dir.appendingPathComponent("\(kind).csv")
        var extra: [String] = []
        switch kind {
        case "missing": break
        case "empty": try Data().write(to: file)
        case "binary": try Data([0x50, 0x00, 0x01, 0xFF, 0x00, 0x10]).write(to: file)
        case "json": try Data("[{\"id\": 1}]".utf8).write(to: file)
        case "one-column": try Data("just one header\nvalue\n".utf8).write(to: file)
        case "wrong-profile":
            try Data("id,time,nature\n1,2021-01-01 00:00:00,NOISE NUISANCE\n".utf8).write(to: file)
            extra = ["--profile", "seattle"]
        default: try Data("a,b,c\n1,2,3\n".utf8).write(to: file)
        }
        let r = try runReroute(["report", file.path, "--out", dir.appendingPathComponent("out").path] + extra)
        #expect(r.status == 1)
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(r.stderr.contains(file.path))
        #expect(!r.stderr.contains("Fatal error") && !r.stderr.contains("Stack"))
    }

    @Test func unknownLayoutListsTheColumnsSeen() throws {
        let file = TestPaths.writeTemporary("Event,When,What\n1,2021-01-01,x\n")
        let r = try runReroute(["report", file, "--out", TestPaths.temporaryDirectory().path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("Event, When, What"))
        #expect(r.stderr.contains("--profile"))
    }

    @Test func usageErrorsExit64() throws {
        let r = try runReroute(["report"])
        #expect(r.status == 64)
    }

    @Test func profilesListsTheBuiltIns() throws {
        let r = try runReroute(["profiles"])
        #expect(r.status == 0)
        for name in ["milwaukee-mpd", "seattle", "ecc-full-timestamps", "reroute-standard"] { #expect(r.stdout.contains(name)) }
        let shown = try runReroute(["profiles", "--show", "milwaukee-mpd"])
        #expect(shown.stdout.contains("call_type: nature"))
    }

    @Test func w1MatchesTheOracleOnASmallFile() throws {
        // A few rows with quoting, an embedded newline and bad timestamps, checked by hand.
        let csv = """
        incident_id,call_type,priority,source,created_at,dispatched_at,arrived_at,cleared_at,disposition,district,latitude,longitude,narrative
        1,B TYPE,1,911,2023-01-02 10:00:00,2023-01-02 10:01:00,2023-01-02 10:06:00,2023-01-02 10:30:00,Advised,2,43,-87,"a, ""b""
        c"
        2,A TYPE,1,911,2023-01-02 11:00:00,2023-01-02 11:02:00,,,Advised,1,43,-87,x
        3,A TYPE,1,911,UNKNOWN,2023-01-02 11:02:00,2023-01-02 11:03:00,,To be Filed,1,43,-87,x
        4,A TYPE,1,911,,,,,Advised,,43,-87,x
        5,"A TYPE",1,911,2023-02-29 11:00:00,2023-01-08 11:04:00,2023-01-08 11:05:00,,Advised,1,43,-87,x

        """
        let input = TestPaths.writeTemporary(csv)
        let out = TestPaths.temporaryDirectory()
        let r = try runReroute(["w1", input, "--out", out.path])
        #expect(r.status == 0)
        func read(_ name: String) throws -> String { try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8) }
        #expect(try read("a_type.csv") == "call_type,n\nA TYPE,4\nB TYPE,1\n")
        #expect(try read("b_type_hour.csv") == "call_type,hour,n\nA TYPE,11,1\nB TYPE,10,1\n")
        #expect(try read("c_type_dow.csv") == "call_type,dow,n\nA TYPE,1,1\nB TYPE,1,1\n")
        #expect(try read("d_type_district.csv") == "call_type,district,n\nA TYPE,,1\nA TYPE,1,3\nB TYPE,2,1\n")
        #expect(try read("f_type_durations.csv").contains("A TYPE,1,120.0,2,60.0,0,\n"))
        #expect(try read("g_totals.csv") == "rows,created_at_missing,created_at_unparseable\n5,1,2\n")
    }
}
