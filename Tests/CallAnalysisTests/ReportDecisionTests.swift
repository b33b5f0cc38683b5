import Foundation
import Testing
import CallRecords
import CallCatalogue
@testable import CallAnalysis
import Geography
import Screening
import Vocabulary
import RerouteTestSupport

/// Issue 14's recommendations chapter as typed values: Figure 8 (primary skill), Figures 19-20 (evaluation data
/// plan), Figure 2 (sample narratives), the hours advice, and repeat locations inside and outside the study area.
@Suite struct ReportDecisionTests {
    /// The LEAP report's Figure 3 eligible counts (typed in from the report), grouped by the primary skill of each
    /// type's canonical type. The demo year reproduces each count within one call (DemoRoundTripTests), so each
    /// skill's total is within one call per type of these sums.
    static let figure3BySkill: [PrimarySkill: [Double]] = [
        .conflictMediation: [19_787, 5_939, 4_740, 2_552, 1_073, 756, 503, 482, 337, 113],  // TRBL W/SUBJ, SUSP PERS/AUTO, NOISE, FAMILY, PROPERTY PICKUP, CUSTODY, LANDLORD, FIREWORKS, SUSPICIOUS-OTH, PARKING
        .behaviouralHealth: [15_575, 6_579, 439],                                            // WELFARE CITIZEN, MENTAL OBSERVATION, IND EXPOSURE
        .socialServices: [5_001, 864, 141],                                                  // CALL FOR POLICE, CRUELTY ANIMAL, SOLICITING
        .youthAndFamily: [796, 696],                                                         // TRBL W/JUV, CHILD NEGLECT
    ]

    @Test func figure8SkillsOnTheDemoYearAreFigure3GroupedBySkill() throws {
        let a = try #require(DemoYear.analysis)
        let skills = a.skillNeeds()
        #expect(skills.unmappedCalls == 0, "\(skills.unmappedTypes)")
        for (skill, counts) in Self.figure3BySkill {
            let got = try #require(skills.row(skill)?.eligibleCalls, "\(skill)")
            let published = counts.reduce(0, +)
            #expect(abs(got - published) <= Double(counts.count), "\(skill): \(got) vs \(published)")
        }
        // Most calls first; shares add up to one; the total is Figure 3's "All CR call types" row (computed apart).
        #expect(skills.rows.map(\.skill) == [.conflictMediation, .behaviouralHealth, .socialServices, .youthAndFamily])
        #expect(abs(skills.rows.reduce(0) { $0 + $1.share } - 1) < 1e-9)
        let figure3Total = try #require(number(a.eligibleVolume(), "ALL CR CALL TYPES", "eligible_calls"))
        #expect(abs(skills.totalEligibleCalls - figure3Total) < 0.5)
        // The table carries the same numbers for CSV and the workbook.
        #expect(number(skills.table, PrimarySkill.behaviouralHealth.rawValue, "eligible_calls").map { abs($0 - skills.row(.behaviouralHealth)!.eligibleCalls) < 0.5 } == true)
    }

    /// Every eligible canonical type has a primary skill with a stated rule; no ineligible type has one.
    @Test func everyEligibleCanonicalTypeHasASkillAndARule() throws {
        let taxonomy = try CallTaxonomy.standard()
        for t in taxonomy.types {
            let skill = PrimarySkill.of(canonical: t.code)
            if t.isEligible {
                #expect(skill != nil, "\(t.code) has no skill")
                #expect((skill?.source.count ?? 0) > 10, "\(t.code) has no rule")
            } else {
                #expect(skill == nil, "\(t.code) is not eligible but has a skill")
            }
        }
    }

    /// The demo export (Reroute's standard layout) has every CAD field but unit, phone and demographics: the
    /// questions needing those or responder records are the only ones it cannot answer. The header is read here.
    @Test func evaluationPlanOnTheDemoYearFollowsItsHeader() throws {
        let a = try #require(DemoYear.analysis)
        let header = try #require(DemoYear.header)
        let plan = a.evaluationDataPlan()
        let neverInCAD: Set<EvaluationDataPlan.Field> = [.unit, .phone, .demographics, .responderRecords]
        for q in plan.questions {
            let blocked = q.needs.filter { neverInCAD.contains($0) }
            if blocked.isEmpty {
                // Everything else is a column of the header (en route only when the generator writes it).
                let enRouteMissing = q.needs.contains(.enRoute) && !header.contains("en_route_at")
                #expect(q.isAnswerable == !enRouteMissing, "\(q.text): missing \(q.missing)")
            } else {
                #expect(!q.isAnswerable && Set(q.missing).isSuperset(of: blocked), "\(q.text)")
            }
        }
        #expect(header.contains("narrative") && header.contains("source") && header.contains("arrived_at"))
    }

    /// The Milwaukee scrape has no narrative, source or arrival columns (its header: id,time,location,latitude,
    /// longitude,district,nature,status): the questions that need them say which field is missing.
    @Test func evaluationPlanOnTheMilwaukeeScrapeNamesWhatIsMissing() throws {
        let csv = TestPaths.sharedData("milwaukee/mpd-calls-2018-05.csv")
        guard FileManager.default.fileExists(atPath: csv) else { return }
        let a = try analyse([csv], profile: "milwaukee-mpd")
        let plan = a.evaluationDataPlan()
        func question(_ prefix: String) -> EvaluationDataPlan.Question? { plan.questions.first { $0.text.hasPrefix(prefix) } }
        #expect(question("Why were calls screened out")?.missing == [.narrative])
        #expect(question("How quickly do responders arrive")?.missing == [.arrived])
        #expect(question("How many calls of each type come through")?.missing == [.source])
        #expect(question("Did any calls lead to an arrest")?.isAnswerable == true)
        #expect(question("How many calls come in each shift")?.isAnswerable == true)
        #expect(question("Which locations call again")?.isAnswerable == true)
        #expect(plan.missingFields.contains(.narrative) && !plan.missingFields.contains(.disposition))
    }

    /// Hours: the busiest 16 consecutive hours of the demo year are those of the report's Figure 11 profile
    /// (typed in from the report), and hold the same share of the day within 1.5 points.
    @Test func hoursAdviceFollowsTheHourlyProfile() throws {
        let a = try #require(DemoYear.analysis)
        let published = [9.4, 8.5, 7.3, 5.8, 4.5, 3.9, 3.7, 4.5, 6.0, 6.8, 7.2, 8.5, 9.1, 8.9, 8.7, 9.0, 9.6, 9.0, 9.7, 9.3, 9.5, 10.2, 10.6, 10.1]
        var bestStart = 0, bestShare = 0.0
        for start in 0..<24 {
            let share = (0..<16).reduce(0.0) { $0 + published[(start + $1) % 24] } / published.reduce(0, +)
            if share > bestShare { bestStart = start; bestShare = share }
        }
        let advice = a.programAdvice(callsPerTeamShift: 8)
        #expect(advice.hours.stagedStart == bestStart, "\(advice.hours.stagedStart) vs \(bestStart)")
        #expect(abs(advice.hours.stagedShare - bestShare) < 0.015, "\(advice.hours.stagedShare) vs \(bestShare)")
        // 66,373 eligible calls a year outside 16 of 24 hours are far more than a team's 8 calls a night.
        #expect(advice.hours.aroundTheClock)
        #expect(advice.item("hours")?.advice.hasPrefix("Run the program around the clock") == true)
        // The rule can go the other way: with an implausibly large team capacity the advice is a staged start.
        let staged = a.programAdvice(callsPerTeamShift: 10_000)
        #expect(!staged.hours.aroundTheClock && staged.item("hours")?.advice.hasPrefix("Start with two 8-hour shifts") == true)
        #expect(Set(advice.items.map(\.id)) == ["hours", "team", "screening", "direct-line", "joint-response", "evaluation", "oversight"])
        #expect(advice.items.allSatisfy { !$0.figure.isEmpty && !$0.basis.isEmpty })
    }

    /// Figure 2: narratives of eligible types, one per type, each found verbatim in the demo file on a row of
    /// that type; absent narratives give no table.
    @Test func sampleNarrativesComeFromTheExport() throws {
        let a = try #require(DemoYear.analysis)
        let text = try #require(DemoYear.text)
        let examples = a.narrativeExamples()
        #expect(examples.count == 6)
        #expect(Set(examples.map(\.code)).count == examples.count)
        for e in examples {
            #expect(a.catalogue.entry(for: e.code)?.isEligible == true)
            // Some row of the example's type carries its narrative (the generator reuses texts across types).
            // Numbers of three or more digits are redacted as ###: look for the longest fragment between them.
            let fragments = e.text.components(separatedBy: "###").flatMap { $0.components(separatedBy: "[email]") }
            let needle = (fragments.max { $0.count < $1.count } ?? e.text).replacingOccurrences(of: "\"", with: "\"\"")
            var from = text.startIndex, onItsType = false
            while !onItsType, let found = text.range(of: needle, range: from..<text.endIndex) {
                let start = text[..<found.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
                let end = text[found.upperBound...].firstIndex(of: "\n") ?? text.endIndex
                onItsType = text[start..<end].contains(",\(e.code),")
                from = found.upperBound
            }
            #expect(onItsType, "\(e.code): \(e.text)")
            #expect(!e.reason.isEmpty)
        }
        #expect(a.narrativeExampleTable(examples)?.rows.count == examples.count)
        #expect(a.narrativeExampleTable([]) == nil)
    }

    /// Figure 6 carries LEAP's method beside Reroute's: per type, median travel + median time on scene, and the
    /// total hours are the sum over types of calls × that sum of medians; on the demo it is not Reroute's total.
    @Test func policeTimeByLEAPsMethodBesideReroutes() throws {
        let a = try #require(DemoYear.analysis)
        let f6 = a.policeTime()
        func value(_ row: [Cell], _ column: String) -> Double? { f6.columns.firstIndex(of: column).flatMap { row[$0].doubleValue } }
        var expected = 0.0
        for row in f6.rows.dropFirst() {
            guard let travel = value(row, "median_travel_min"), let scene = value(row, "median_on_scene_min"), let calls = value(row, "calls") else { continue }
            #expect(abs((value(row, "leap_police_time_min") ?? -1) - (travel + scene)) < 1e-9)
            expected += calls * (travel + scene) / 60
        }
        let total = try #require(value(f6.rows[0], "leap_total_police_hours"))
        #expect(abs(total - expected) < 1e-6 * expected)
        #expect(abs(total - (value(f6.rows[0], "total_police_hours") ?? 0)) > 1)
    }

    /// Figure 2 redacts numbers of three or more digits and e-mail addresses; ages and short numbers stay.
    @Test func sampleNarrativesAreRedacted() {
        #expect(NarrativeExample.redacted("RP AT 2417 N 35TH ST CALLBACK 414-555-0199, SUBJ 34 YOA") == "RP AT ### N 35TH ST CALLBACK ###-###-###, SUBJ 34 YOA")
        #expect(NarrativeExample.redacted("EMAIL jane.doe@example.org RE UNIT 12") == "EMAIL [email] RE UNIT 12")
        #expect(NarrativeExample.redacted("") == "")
        #expect(NarrativeExample.redacted("123") == "###")
    }

    /// Examples are the smallest-hash narratives, however the calls are split into parts.
    @Test func narrativeExamplesMergeLikeOneSample() {
        var whole = NarrativeSample(), left = NarrativeSample(), right = NarrativeSample()
        for i in 0..<40 {
            let hash = UInt32(truncatingIfNeeded: (i * 2_654_435_761) % 1_000_003)
            whole.add("narrative \(i)", hash: hash)
            if i % 2 == 0 { left.add("narrative \(i)", hash: hash) } else { right.add("narrative \(i)", hash: hash) }
        }
        left.merge(right)
        #expect(whole.examples.count == NarrativeSample.exampleCapacity)
        #expect(left.examples == whole.examples)
        let smallest = (0..<40).map { (UInt32(truncatingIfNeeded: ($0 * 2_654_435_761) % 1_000_003), "narrative \($0)") }.sorted { $0.0 < $1.0 }.prefix(3).map(\.1)
        #expect(whole.examples == Array(smallest))
    }

    /// Repeat locations on the Milwaukee scrape with its police districts: points geocoded to other cities are
    /// not ranked but listed apart, and the address is shown beside the coordinates. Expected values from
    ///   python3: eligible-type rows (the 18 Figure 3 natures) per point rounded to 4 decimals; outside the box
    ///   42.8-43.3 N, 87.8-88.2 W two points have 2 or more calls, (43.8288, -91.2523) with 3 at
    ///   "1923 S WINONA LA,MKE" and (38.234, -85.7473) with 2; the busiest point is (43.1388, -87.9529) with 33
    ///   calls, first address "6680 N TEUTONIA AV,MKE".
    @Test func outOfAreaPointsAreListedApartWithAddresses() throws {
        let csv = TestPaths.sharedData("milwaukee/mpd-calls-2018-05.csv")
        guard FileManager.default.fileExists(atPath: csv) else { return }
        var run = AnalysisRun(files: [csv], profile: try ProfileLibrary.resolve("milwaukee-mpd"), catalogue: try CallCatalogue.builtIn("milwaukee"), rejectsURL: nil)
        run.layers = [("districts", try BoundaryLayer(spec: TestPaths.sharedData("milwaukee/boundaries/police-districts.geojson") + ":POLICE"))]
        let a = try run.run()
        let ranked = a.repeatLocations()
        let outside = a.repeatLocationsOutside()
        func point(_ row: [Cell], _ t: ResultTable) -> (Double, Double) {
            (row[t.columns.firstIndex(of: "latitude")!].doubleValue ?? .nan, row[t.columns.firstIndex(of: "longitude")!].doubleValue ?? .nan)
        }
        for row in ranked.rows {
            let (lat, lon) = point(row, ranked)
            #expect(lat > 42.8 && lat < 43.3 && lon > -88.2 && lon < -87.8, "ranked point outside the city: \(lat), \(lon)")
        }
        let top = try #require(ranked.rows.first)
        #expect(point(top, ranked) == (43.1388, -87.9529))
        #expect(top[ranked.columns.firstIndex(of: "calls")!].doubleValue == 33)
        #expect(top[ranked.columns.firstIndex(of: "address")!].textValue == "6680 N TEUTONIA AV,MKE")
        let outsidePoints = outside.rows.map { point($0, outside) }
        #expect(outsidePoints.contains { $0 == (43.8288, -91.2523) } && outsidePoints.contains { $0 == (38.234, -85.7473) }, "\(outsidePoints)")
        let winona = try #require(outside.rows.first { point($0, outside) == (43.8288, -91.2523) })
        #expect(winona[outside.columns.firstIndex(of: "address")!].textValue == "1923 S WINONA LA,MKE")
        #expect(winona[outside.columns.firstIndex(of: "calls")!].doubleValue == 3)
        #expect(a.geographyTables().contains { $0.id == "repeat-locations-outside" })
    }
}
