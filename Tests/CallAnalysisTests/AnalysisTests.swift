import Foundation
import Testing
import CallRecords
import CallCatalogue
import CallAnalysis
import Vocabulary
import RerouteTestSupport
import Geography

func analyse(_ files: [String], profile: String) throws -> DatasetAnalysis {
    let run = AnalysisRun(files: files, profile: try ProfileLibrary.resolve(profile), catalogue: try CallCatalogue.builtIn("milwaukee"), rejectsURL: nil)
    return try run.run()
}

func number(_ t: ResultTable, _ row: String, _ column: String) -> Double? { t.value(row: row, column: column)?.doubleValue }

/// Eight calls small enough to check every figure by hand.
let handmade = """
incident_id,call_type,priority,source,created_at,dispatched_at,arrived_at,cleared_at,disposition,district,latitude,longitude,narrative
1,NOISE NUISANCE,4,911,2021-05-03 22:10:00,2021-05-03 22:11:00,2021-05-03 22:16:00,2021-05-03 22:26:00,Advised,1,43.05,-87.95,LOUD MUSIC
2,NOISE NUISANCE,4,911,2021-05-03 22:20:00,2021-05-03 22:22:00,2021-05-03 22:27:00,2021-05-03 22:47:00,Advised,1,43.05,-87.95,PARTY
3,NOISE NUISANCE,4,NON-EMERGENCY,2021-05-04 23:00:00,2021-05-04 23:03:00,2021-05-04 23:08:00,2021-05-04 23:38:00,Cleared by Arrest,2,43.05,-87.95,"BASS, ALL NIGHT"
4,NOISE NUISANCE,4,911,2021-05-09 01:00:00,2021-05-09 01:04:00,2021-05-09 01:09:00,2021-05-09 01:49:00,To be Filed,2,43.05,-87.95,DOG
5,TRBL W/SUBJ,3,911,2021-05-03 10:00:00,2021-05-03 10:10:00,2021-05-03 10:20:00,2021-05-03 10:50:00,Advised,3,43.05,-87.95,ARGUING
6,TRBL W/SUBJ,3,911,2021-05-05 10:00:00,,,,Unable to Locate Complainant,3,43.05,-87.95,GOA
7,TRAFFIC STOP,5,OFFICER,2021-05-05 11:00:00,2021-05-05 11:00:00,2021-05-05 11:00:10,2021-05-05 11:10:00,Advised,1,43.05,-87.95,
8,BATTERY,2,911,2021-05-06 12:00:00,2021-05-06 12:01:00,2021-05-06 12:05:00,2021-05-06 13:05:00,Cleared by Arrest,4,43.05,-87.95,HIT HIM

"""

@Suite("Figure tables on hand-checked data")
struct HandmadeAnalysisTests {
    let a: DatasetAnalysis
    init() throws { a = try analyse([TestPaths.writeTemporary(handmade)], profile: "reroute-standard") }

    @Test func citizenAndOfficerInitiated() {
        #expect(a.summary.citizenCalls == 7)
        #expect(a.summary.officerCalls == 1)
        #expect(a.summary.spanDays == 7)        // first call 3 May, last 9 May
        #expect(a.summary.days == 5)            // days with data: 3, 4, 5, 6 and 9 May
    }

    @Test func figure1And3() throws {
        let f1 = a.categories()
        #expect(number(f1, "Minor disputes", "calls") == 6)
        #expect(number(f1, "Police", "calls") == 1)
        let f3 = a.eligibleVolume()
        let trblRate = try #require(CallCatalogue.builtIn("milwaukee").entry(for: "TRBL W/SUBJ")?.eligibilityRate?.value)
        #expect(number(f3, "NOISE NUISANCE", "eligible_calls") == 4)
        #expect(abs(number(f3, "TRBL W/SUBJ", "eligible_calls")! - 2 * trblRate) < 1e-9)
        #expect(abs(number(f3, "ALL CR CALL TYPES", "eligible_calls")! - (4 + 2 * trblRate)) < 1e-9)
        #expect(abs(number(f3, "ALL CR CALL TYPES", "share_of_citizen_initiated")! - (4 + 2 * trblRate) / 7) < 1e-6)
    }

    @Test func figure5And6Medians() {
        let f5 = a.responseTimes()
        // Noise dispatch delays 1, 2, 3, 4 min → median 2.5; travel 5 min each; response 6, 7, 8, 9 → 7.5.
        #expect(number(f5, "NOISE NUISANCE", "median_dispatch_min") == 2.5)
        #expect(number(f5, "NOISE NUISANCE", "median_travel_min") == 5)
        #expect(number(f5, "NOISE NUISANCE", "median_response_min") == 7.5)
        // Total over eligible calls with times: dispatch 1, 2, 3, 4, 10 → 3.
        #expect(number(f5, "TOTAL", "median_dispatch_min") == 3)
        let f6 = a.policeTime()
        // Noise on scene 10, 20, 30, 40 → 25; police time 15, 25, 35, 45 → 30 min; 4 calls × 30 min = 2 h.
        #expect(number(f6, "NOISE NUISANCE", "median_on_scene_min") == 25)
        #expect(number(f6, "NOISE NUISANCE", "median_police_time_min") == 30)
        #expect(number(f6, "NOISE NUISANCE", "total_police_hours") == 2)
    }

    @Test func figure7Outcomes() {
        let f7 = a.outcomes()
        #expect(number(f7, "arrest", "calls") == 1)
        #expect(number(f7, "report-filed", "calls") == 1)
        #expect(number(f7, "unable-to-locate", "calls") == 1)
        #expect(number(f7, "no-formal-action", "calls") == 3)
        #expect(number(f7, "arrest", "share") == 1.0 / 6)
    }

    @Test func figure10And11() throws {
        let trblRate = try #require(CallCatalogue.builtIn("milwaukee").entry(for: "TRBL W/SUBJ")?.eligibilityRate?.value)
        let f10 = a.weekdays()
        // Monday 3 May: noise 1, 2 and trbl 5; the period 3-9 May holds one of each weekday.
        #expect(abs(number(f10, "1", "eligible_calls")! - (2 + trblRate)) < 1e-9)
        #expect(number(f10, "7", "eligible_calls") == 1)   // Sunday 9 May 01:00
        #expect(number(f10, "1", "days") == 1)
        let f11 = a.hours()
        #expect(abs(number(f11, "22", "calls_per_day")! - 2.0 / 5) < 1e-9)   // per day with data (5 of the 7)
        #expect(abs(number(f11, "10", "eligible_calls")! - 2 * trblRate) < 1e-9)
    }

    @Test func figure16Districts() {
        let f16 = a.districts()
        #expect(number(f16, "NOISE NUISANCE", "district_1") == 0.5)
        #expect(number(f16, "NOISE NUISANCE", "district_2") == 0.5)
        #expect(number(f16, "TRBL W/SUBJ", "district_3") == 1)
    }

    @Test func tablesWriteAsCSVAndJSON() throws {
        let dir = TestPaths.temporaryDirectory()
        let t = a.eligibleVolume()
        try t.write(to: dir)
        let csv = try String(contentsOf: dir.appendingPathComponent("fig03-eligible-volume.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("call_type,label,citizen_initiated_calls,eligibility_rate,eligibility_source,eligible_calls,share_of_citizen_initiated\n"))
        #expect(csv.contains("\nNOISE NUISANCE,Noise Nuisance,4,1,"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("fig03-eligible-volume.json"))) as? [String: Any]
        #expect((json?["rows"] as? [[String: Any]])?.count == t.rows.count)
    }
}

@Suite("Summaries merge")
struct MergeTests {
    @Test func twoHalvesMergeToTheWhole() throws {
        let path = TestPaths.sharedData("milwaukee/mpd-calls-2018-05.csv")
        // Split on LF bytes (a Swift Character would keep "\r\n" together); the sample has no quoted line breaks.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        if lines.last == "" { lines.removeLast() }
        let header = lines[0]
        let middle = lines.count / 2
        let first = TestPaths.writeTemporary(([header] + lines[1..<middle]).joined(separator: "\n") + "\n", name: "a.csv")
        let second = TestPaths.writeTemporary(([header] + lines[middle...]).joined(separator: "\n") + "\n", name: "b.csv")
        let whole = try analyse([path], profile: "milwaukee-mpd")
        let together = try analyse([first, second], profile: "milwaukee-mpd")
        var merged = try analyse([first], profile: "milwaukee-mpd").summary
        merged.merge(try analyse([second], profile: "milwaukee-mpd").summary)
        #expect(merged == whole.summary)
        #expect(together.summary == whole.summary)
        #expect(together.ingest.files.count == 2 && together.ingest.rowsRead == 33_968 && together.ingest.balances)
    }

    @Test func exactMediansFromHistograms() {
        var h = DurationHistogram()
        for v: Int64 in [5, 1, 9000, -3, 7, 7200, 2] { h.record(seconds: v) }
        #expect(h.medianSeconds == 5)
        h.record(seconds: 6)
        #expect(h.medianSeconds == 5.5)
        var a = DurationHistogram(), b = DurationHistogram()
        for v: Int64 in [1, 2, 3] { a.record(seconds: v) }
        for v: Int64 in [100, 200] { b.record(seconds: v) }
        a.merge(b)
        #expect(a.medianSeconds == 3 && a.count == 5)
    }

    /// Counts past 65,535 at one second carry on exactly, whether recorded, merged or subtracted.
    @Test func histogramCountsPastSixteenBits() {
        var direct = DurationHistogram()
        for _ in 0..<140_000 { direct.record(seconds: 100) }
        for _ in 0..<3 { direct.record(seconds: 5) }
        var a = DurationHistogram(), b = DurationHistogram()
        for _ in 0..<70_000 { a.record(seconds: 100) }
        for _ in 0..<70_000 { b.record(seconds: 100) }
        a.record(seconds: 5); b.record(seconds: 5); b.record(seconds: 5)
        var merged = a
        merged.merge(b)
        #expect(merged == direct && merged.count == 140_003)
        // Rank 2 is the last 5 s, rank 3 the first 100 s.
        #expect(merged.quantileSeconds(3.0 / 140_003) == 5 && merged.quantileSeconds(4.0 / 140_003) == 100)
        #expect(merged.medianSeconds == 100)
        var back = merged
        back.subtract(b)
        #expect(back == a)
        back.subtract(a)
        #expect(back == DurationHistogram() && back.medianSeconds == nil)
    }

    /// Histograms that grew their dense arrays along different paths (values in another order, split in parts
    /// and merged, some subtracted again) hold the same counts: equal, and the same medians and quantiles as the
    /// sorted values, computed here directly.
    @Test func histogramsAgreeHoweverTheyGrew() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let values: [Int64] = (0..<Int.random(in: 1...400, using: &rng)).map { _ in
                switch Int.random(in: 0..<10, using: &rng) {
                case 0: return Int64.random(in: 7200...20_000, using: &rng)
                case 1: return Int64.random(in: -50 ... -1, using: &rng)
                default: return Int64.random(in: 0..<3000, using: &rng)
                }
            }
            var whole = DurationHistogram()
            for v in values { whole.record(seconds: v) }
            var reversed = DurationHistogram()
            for v in values.reversed() { reversed.record(seconds: v) }
            let cut = Int.random(in: 0...values.count, using: &rng)
            var first = DurationHistogram(), second = DurationHistogram()
            for v in values[..<cut] { first.record(seconds: v) }
            for v in values[cut...] { second.record(seconds: v) }
            var merged = second
            merged.merge(first)
            #expect(whole == reversed && whole == merged)
            var extra = DurationHistogram()
            extra.record(seconds: 6_000)
            var plusMinus = merged
            plusMinus.merge(extra)
            plusMinus.subtract(extra)
            #expect(plusMinus == whole)
            let sorted = values.sorted()
            let n = sorted.count
            let median = n % 2 == 1 ? Double(sorted[n / 2]) : Double(sorted[n / 2 - 1] + sorted[n / 2]) / 2
            #expect(merged.medianSeconds == median)
            #expect(merged.quantileSeconds(0.9) == Double(sorted[min(n - 1, max(0, Int((0.9 * Double(n)).rounded(.up)) - 1))]))
        }
    }
}

@Suite("Geography in the analysis")
struct GeographyAnalysisTests {
    @Test func milwaukeeCallsAreAllPlacedOrCounted() throws {
        let boundaries = TestPaths.sharedData("milwaukee/boundaries")
        var run = AnalysisRun(files: [TestPaths.sharedData("milwaukee/mpd-calls-2018-05.csv")], profile: try ProfileLibrary.builtIn("milwaukee-mpd"),
                              catalogue: try CallCatalogue.builtIn("milwaukee"), rejectsURL: nil)
        run.layers = [("districts", try BoundaryLayer(spec: "\(boundaries)/police-districts.geojson:POLICE")),
                      ("neighbourhoods", try BoundaryLayer(spec: "\(boundaries)/neighborhoods.geojson:name"))]
        let a = try run.run()
        #expect(a.summary.layers.count == 2)
        for layer in a.summary.layers {
            // Every citizen-initiated call is in a region, outside all, or without coordinates: none is lost.
            let inside = layer.callsByType.values.reduce(0) { $0 + $1.reduce(0, +) }
            let outside = layer.outsideByType.values.reduce(0, +), missing = layer.missingByType.values.reduce(0, +)
            #expect(inside + outside + missing == a.summary.citizenCalls, "\(layer.name)")
            #expect(layer.outsideCalls.count == outside)
        }
        let ranked = a.regionRanking(a.summary.layers[1])
        let total = ranked.rows.compactMap { $0[2].doubleValue }.reduce(0, +)
        #expect(abs(total - a.eligibleByWeekHour.reduce(0, +)) < 1e-6)
        let agreement = try #require(a.districtAgreement(a.summary.layers[0]))
        #expect(agreement.notes[0].contains("96."))
        #expect(a.repeatLocations().rows.count > 10)
    }
}
