import Foundation
import Testing
import CallRecords
import CallCatalogue
import CallAnalysis
import DemoData
import Vocabulary
import RerouteTestSupport

/// Generates the demo year once (seed 2021, scale 1) and analyses it, for every round-trip test.
enum DemoYear {
    /// The generated file, written once.
    static let csv: URL? = {
        let dir = TestPaths.temporaryDirectory("demo-roundtrip")
        let csv = dir.appendingPathComponent("demo.csv")
        guard (try? DemoDataGenerator(seed: 2021, scale: 1).write(to: csv, boundariesTo: nil)) != nil else { return nil }
        return csv
    }()
    static let analysis: DatasetAnalysis? = {
        guard let csv else { return nil }
        return try? analyse([csv.path], profile: "reroute-standard")
    }()
    /// The file's text and its header line, read here (not through Reroute's reader).
    static let text: String? = csv.flatMap { try? String(contentsOf: $0, encoding: .utf8) }
    static let header: [String]? = text.flatMap { $0.split(separator: "\n").first.map { $0.split(separator: ",").map(String.init) } }
}

/// The generator and the analysis are independent code paths: analysing the demo year must give back
/// the report's published figures (typed in below from the report), within the tolerance each test states.
@Suite("Demo data round trip against the report's figures")
struct DemoRoundTripTests {
    let a: DatasetAnalysis
    init() throws { a = try #require(DemoYear.analysis) }

    @Test func rowsReconcileAndTheMalformedRowsAreRejected() {
        #expect(a.ingest.balances)
        #expect(a.ingest.rowsRejected > 0)
        #expect(a.summary.days == 365)
    }

    /// Figure 1 (2021): categories' shares of citizen-initiated calls, within 0.1 percentage points
    /// (the generator writes Appendix 1's counts exactly; the report's own rows differ by a few calls).
    @Test(arguments: [("Police", 0.289), ("Report-taking calls", 0.239), ("Minor disputes", 0.216), ("Behavioral health needs", 0.116),
                      ("Rapid assistance", 0.100), ("Suspicious", 0.035), ("Alarm", 0.004)])
    func figure1Shares(category: String, published: Double) throws {
        let share = try #require(number(a.categories(), category, "share"))
        #expect(abs(share - published) <= 0.001, "\(category): \(share) vs \(published)")
    }

    /// Figure 3: eligible calls per type within ±1 call of the published count; 66,373 in all (±2).
    @Test func figure3EligibleCounts() throws {
        let published: [String: Double] = [
            "TRBL W/SUBJ": 19_787, "WELFARE CITIZEN": 15_575, "MENTAL OBSERVATION": 6_579, "SUSP PERS/AUTO": 5_939, "CALL FOR POLICE": 5_001,
            "NOISE NUISANCE": 4_740, "FAMILY TROUBLE": 2_552, "PROPERTY PICKUP": 1_073, "CRUELTY ANIMAL": 864, "TRBL W/JUV": 796,
            "CHILD CUSTODY": 756, "CHILD NEGLECT": 696, "LANDLORD/TEN TRB": 503, "FIREWORKS": 482, "IND EXPOSURE": 439,
            "SUSPICIOUS-OTH": 337, "SOLICITING": 141, "PARKING TROUBLE": 113,
        ]
        let f3 = a.eligibleVolume()
        for (code, n) in published {
            let got = try #require(number(f3, code, "eligible_calls"))
            #expect(abs(got - n) <= 1, "\(code): \(got) vs \(n)")
        }
        #expect(abs(number(f3, "ALL CR CALL TYPES", "eligible_calls")! - 66_373) <= 2)
        #expect(abs(number(f3, "ALL CR CALL TYPES", "share_of_citizen_initiated")! - 0.255) <= 0.0005)
    }

    /// Figure 10 and 11 describe a profile, not a volume: their values add up to about 189.8 calls a day
    /// (about 69,300 a year) while Figure 3 has 66,373 eligible calls a year. So the profiles are compared as
    /// shares of the week and of the day. Tolerance: 4.5 binomial standard errors over the eligible types'
    /// 94,160 calls, plus the report's rounding.
    static func shares(_ v: [Double]) -> [Double] { let t = v.reduce(0, +); return v.map { $0 / t } }

    @Test func figure10WeekdayProfile() {
        let published = Self.shares([189, 183, 189, 184, 195, 198, 194])
        let f10 = a.weekdays()
        let got = Self.shares((1...7).map { number(f10, "\($0)", "average_per_day")! })
        for d in 0..<7 {
            let p = published[d]
            let tolerance = 4.5 * (p * (1 - p) / 94_160).squareRoot() + 0.5 / 1_332
            #expect(abs(got[d] - p) <= tolerance, "weekday \(d + 1): \(got[d]) vs \(p) ± \(tolerance)")
        }
    }

    @Test func figure11HourProfile() {
        let published = Self.shares([9.4, 8.5, 7.3, 5.8, 4.5, 3.9, 3.7, 4.5, 6.0, 6.8, 7.2, 8.5, 9.1, 8.9, 8.7, 9.0, 9.6, 9.0, 9.7, 9.3, 9.5, 10.2, 10.6, 10.1])
        let f11 = a.hours()
        let got = Self.shares((0..<24).map { number(f11, "\($0)", "calls_per_day")! })
        for h in 0..<24 {
            let p = published[h]
            let tolerance = 4.5 * (p * (1 - p) / 94_160).squareRoot() + 0.05 / 189.8
            #expect(abs(got[h] - p) <= tolerance, "hour \(h): \(got[h]) vs \(p) ± \(tolerance)")
        }
    }

    /// Figure 16: each eligible type's share of calls per district, within 4.5 binomial standard errors
    /// (sqrt(p(1-p)/n) for the type's n calls) plus the report's rounding to 0.1 point.
    @Test func figure16Districts() throws {
        let published: [String: [Double]] = [
            "TRBL W/SUBJ": [16.9, 15.8, 15.4, 12.4, 15.4, 10.0, 14.1],
            "WELFARE CITIZEN": [10.4, 14.0, 15.4, 14.2, 16.5, 13.2, 16.3],
            "MENTAL OBSERVATION": [9.1, 10.9, 18.1, 14.4, 15.7, 11.5, 20.3],
            "SUSP PERS/AUTO": [9.5, 13.0, 14.1, 17.2, 13.2, 13.0, 20.0],
            "CALL FOR POLICE": [5.1, 13.6, 18.5, 18.5, 20.2, 6.3, 17.8],
            "NOISE NUISANCE": [13.9, 17.0, 14.5, 13.4, 14.3, 13.3, 13.6],
            "FAMILY TROUBLE": [1.4, 13.2, 16.5, 19.3, 19.5, 8.1, 22.0],
            "SOLICITING": [1.4, 65.5, 14.2, 2.0, 10.8, 2.0, 4.1],
            "PARKING TROUBLE": [28.8, 11.8, 9.1, 11.5, 12.2, 13.2, 13.5],
        ]
        let f16 = a.districts()
        let f3 = a.eligibleVolume()
        for (code, shares) in published {
            let n = try #require(number(f3, code, "citizen_initiated_calls"))
            for d in 1...7 {
                let p = shares[d - 1] / 100
                let got = try #require(number(f16, code, "district_\(d)"))
                let tolerance = 4.5 * (p * (1 - p) / n).squareRoot() + 0.0005
                #expect(abs(got - p) <= tolerance, "\(code) district \(d): \(got) vs \(p) ± \(tolerance)")
            }
        }
    }
}
