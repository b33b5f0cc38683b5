import Vocabulary
import Foundation
import Testing
@testable import Screening

@Suite("Estimation statistics")
struct StatisticsTests {
    /// Newcombe (1998), Statistics in Medicine 17:857–872, Table I, method 3 (Wilson score), 95%.
    @Test("Wilson intervals match Newcombe's published values",
          arguments: [(81, 263, 0.2553, 0.3662), (15, 148, 0.0624, 0.1605), (0, 20, 0.0, 0.1611), (1, 29, 0.0061, 0.1718)])
    func wilson(_ k: Int, _ n: Int, _ lower: Double, _ upper: Double) {
        let interval = WilsonInterval(successes: k, trials: n)
        #expect(abs(interval.lower - lower) < 0.00005)
        #expect(abs(interval.upper - upper) < 0.00005)
        #expect(abs(interval.share - Double(k) / Double(n)) < 1e-12)
    }

    @Test("no trials gives the uninformative interval")
    func wilsonEmpty() {
        let interval = WilsonInterval(successes: 0, trials: 0)
        #expect(interval.lower == 0 && interval.upper == 1)
    }

    /// Hand calculation: n = 50, p_o = 35/50 = 0.7, p_e = 0.5·0.6 + 0.5·0.4 = 0.5, κ = 0.2/0.5 = 0.4.
    @Test("Cohen's kappa, precision and recall by hand")
    func kappa() {
        let table = BinaryAgreement(truePositives: 20, falsePositives: 5, falseNegatives: 10, trueNegatives: 15)
        #expect(abs(table.kappa - 0.4) < 1e-12)
        #expect(abs(table.precision - 0.8) < 1e-12)
        #expect(abs(table.recall - 2.0 / 3.0) < 1e-12)
        #expect(abs(table.f1 - 2 * 0.8 * (2.0 / 3.0) / (0.8 + 2.0 / 3.0)) < 1e-12)
        #expect(BinaryAgreement(truePositives: 3, trueNegatives: 2).kappa == 1)
    }

    @Test("eligibility is estimated per normalised call type, with the total last")
    func estimator() {
        let calls: [(callType: String, narrative: String)] = [
            ("noise nuisance", "loud music"), ("NOISE NUISANCE ", "loud party, no fights"),
            ("FAMILY TROUBLE", "he hit her"), ("FAMILY TROUBLE", "arguing, no weapons"),
        ]
        let estimates = EligibilityEstimator().estimate(calls)
        // Equal counts sort by name.
        #expect(estimates.map(\.callType) == ["FAMILY TROUBLE", "NOISE NUISANCE", "ALL"])
        #expect(estimates[0].eligible == 1 && estimates[0].calls == 2)
        #expect(estimates[1].eligible == 2 && estimates[1].calls == 2)
        #expect(estimates[2].eligible == 3 && estimates[2].calls == 4)
    }

    @Test("stratified samples are capped per type and repeat with the same seed")
    func sample() {
        let calls = (0..<100).map { (incidentID: "I\($0)", callType: $0 % 2 == 0 ? "FIREWORKS" : "SOLICITING", narrative: "n\($0)") }
        let first = ReviewSample.draw(calls, perType: 10, seed: 7)
        let again = ReviewSample.draw(calls, perType: 10, seed: 7)
        let other = ReviewSample.draw(calls, perType: 10, seed: 8)
        #expect(first.count == 20)
        #expect(first.filter { $0.callType == "FIREWORKS" }.count == 10)
        #expect(first.map(\.incidentID) == again.map(\.incidentID))
        #expect(first.map(\.incidentID) != other.map(\.incidentID))
        #expect(ReviewSample.draw(calls, perType: 500, seed: 1).count == 100)
    }

    @Test("reviewed labels give eligibility and agreement")
    func compare() {
        let reviewed: [(callType: String, narrative: String, isRedFlag: Bool)] = [
            ("FIREWORKS", "fireworks in the street", false), ("FIREWORKS", "shots fired", true),
            ("FIREWORKS", "fireworks hit a kid, he is burned", true), ("FIREWORKS", "fireworks all night", true),
        ]
        let result = ReviewSample.compare(reviewed)
        #expect(result.estimates.first?.eligible == 1)
        #expect(result.agreement.truePositives == 2 && result.agreement.falseNegatives == 1 && result.agreement.trueNegatives == 1)
    }

    @Test("SplitMix64 is deterministic")
    func splitMix() {
        var a = SplitMix64(seed: 42), b = SplitMix64(seed: 42)
        #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
    }
}
