import Foundation
import Testing
import RerouteTestSupport

/// Issue 14's recommendations chapter in the built report: present, with its figures, agreeing with summary.json
/// and honest about fields an export lacks.
@Suite("reroute report: the recommendations chapter")
struct RecommendationsChapterTests {
    static let demo: URL? = {
        let dir = TestPaths.temporaryDirectory("report-recommendations")
        guard let r = try? runReroute(["report", "--demo", "--out", dir.path, "--quiet"]), r.status == 0 else { return nil }
        return dir
    }()

    /// Escapes text as the report's HTML does, written here independently.
    static func escaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }

    static func csvColumn(_ url: URL, row: String, column: String) throws -> Double? {
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first, let c = header.firstIndex(of: column) else { return nil }
        return lines.first { $0.first == row }.flatMap { Double($0[c]) }
    }

    @Test func demoReportHasTheChapterItsFiguresAndTheSameNumbersAsSummaryJSON() throws {
        let dir = try #require(Self.demo)
        let html = try String(contentsOf: dir.appendingPathComponent("report.html"), encoding: .utf8)
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("summary.json"))) as? [String: Any])
        // Right after the recommendation.
        let rec = try #require(html.range(of: "id=\"recommendation\""))
        let recs = try #require(html.range(of: "id=\"recommendations\""))
        let categories = try #require(html.range(of: "id=\"categories\""))
        #expect(rec.lowerBound < recs.lowerBound && recs.lowerBound < categories.lowerBound)
        // Every topic, each with the advice, number and basis summary.json carries.
        let advice = try #require(summary["advice"] as? [[String: String]])
        #expect(advice.map { $0["id"] ?? "" } == ["hours", "team", "screening", "direct-line", "joint-response", "evaluation", "oversight"])
        // The executive summary lists every topic in brief, linked to its section, before the recommendation chapter.
        let summaryChapter = String(html[..<rec.lowerBound])
        for item in advice { #expect(summaryChapter.contains("href=\"#advice-\(item["id"] ?? "")\""), "\(item["id"] ?? "") in brief") }
        for item in advice {
            #expect(html.contains("id=\"advice-\(item["id"] ?? "")\""))
            for key in ["advice", "figure", "basis"] { #expect(html.contains(Self.escaped(item[key] ?? "-")), "\(item["id"] ?? ""): \(key)") }
        }
        // Differences from LEAP explained where they appear: Figure 6 (LEAP's method beside Reroute's and the
        // published total) and Figure 11 (LEAP's hourly figures add up to more than its eligible calls).
        #expect(html.contains("LEAP&#39;s method (median travel plus median time on scene, per type) gives") || html.contains("LEAP's method (median travel plus median time on scene, per type) gives"))
        #expect(html.contains("34,103"))
        #expect(html.contains("Figure 11 adds up to"))
        // Demo demand runs day and night: around the clock.
        #expect(advice.first?["advice"]?.hasPrefix("Run the program around the clock") == true)
        // Figure 8: chart and table; the skills add up to Figure 3's eligible total (read from its CSV).
        #expect(html.contains("Primary skill needed on eligible calls") && html.contains("id=\"table-fig08-primary-skill\""))
        let skills = try #require(summary["skills"] as? [[String: Any]])
        let skillTotal = skills.reduce(0.0) { $0 + ($1["eligible_calls"] as? Double ?? 0) }
        let figure3 = try #require(try Self.csvColumn(dir.appendingPathComponent("fig03-eligible-volume.csv"), row: "ALL CR CALL TYPES", column: "eligible_calls"))
        #expect(abs(skillTotal - figure3) < 1, "\(skillTotal) vs \(figure3)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("fig08-primary-skill.csv").path))
        // Figure 2: the demo has narratives; Figures 19-20: the evaluation plan with what is missing.
        #expect(html.contains("id=\"table-fig02-sample-narratives\""))
        #expect(html.contains("id=\"table-fig19-20-evaluation-data\""))
        let evaluation = try #require(summary["evaluation"] as? [String: Any])
        #expect((evaluation["missing_fields"] as? [String])?.contains("caller phone number") == true)
        #expect(html.contains("Not available in this export: "))
    }

    /// The Milwaukee scrape has no narratives and no source line: Figure 2 and the direct-line share say so,
    /// and the repeat-location table shows addresses.
    @Test func milwaukeeSampleSaysWhatIsNotAvailable() throws {
        let csv = TestPaths.sharedData("milwaukee/mpd-calls-2018-05.csv")
        guard FileManager.default.fileExists(atPath: csv) else { return }
        let out = TestPaths.temporaryDirectory("report-recommendations-mke")
        let r = try runReroute(["report", csv, "--boundaries", TestPaths.sharedData("milwaukee/boundaries/police-districts.geojson") + ":POLICE",
                                "--out", out.path, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("Figure 2 (sample narratives) is not available: this export has no call narratives"))
        #expect(!html.contains("id=\"table-fig02-sample-narratives\""))
        #expect(html.contains("not available: no source line in this export"))
        #expect(html.contains("Address (first call at the point)") && html.contains("6680 N TEUTONIA AV,MKE"))
        #expect(html.contains("id=\"table-repeat-locations-outside\""))
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [String: Any])
        let missing = try #require((summary["evaluation"] as? [String: Any])?["missing_fields"] as? [String])
        #expect(missing.contains("call-taker notes (narrative)") && missing.contains("source line") && missing.contains("time on scene"))
    }
}
