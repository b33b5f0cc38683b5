import Foundation
import Testing
import CallCatalogue
import CallRecords
@testable import CallAnalysis
import Screening

@Suite("Narrative screening sample")
struct NarrativeSampleTests {
    let screener = NarrativeScreener()

    /// Every fourth narrative has a weapon: the sample keeps at most `capacity` verdicts and its share is 3/4
    /// within the Wilson interval; the same calls always give the same sample.
    @Test func uniformSampleWithinCapacity() {
        var sample = NarrativeSample()
        for line in 0..<20_000 {
            let text = line % 4 == 0 ? "CLR STATES SUBJ HAS A GUN IN WAISTBAND" : "LOUD MUSIC FROM BACKYARD / NO WEAPONS SEEN"
            sample.add(text, hash: NarrativeSample.hash(file: 0, offset: Int64(line) * 120))
        }
        sample.screenPending(with: screener)
        #expect(sample.narratives == 20_000)
        #expect(sample.screened <= NarrativeSample.capacity && sample.screened > NarrativeSample.capacity / 2)
        let w = sample.interval
        #expect(w.lower <= 0.75 && 0.75 <= w.upper, "\(w)")
    }

    /// Two halves merged equal the whole: the sample is the calls whose hash falls below one threshold.
    @Test func halvesMergeToTheWhole() {
        var whole = NarrativeSample(), first = NarrativeSample(), second = NarrativeSample()
        for line in 0..<12_000 {
            let text = line % 3 == 0 ? "SUBJ PUNCHED CLR IN FACE" : "CHILD CUSTODY EXCHANGE DISPUTE / NO VIOLENCE"
            let hash = NarrativeSample.hash(file: 1, offset: Int64(line) * 87)
            whole.add(text, hash: hash)
            if line < 5_000 { first.add(text, hash: hash) } else { second.add(text, hash: hash) }
        }
        first.merge(second)
        first.screenPending(with: screener)
        whole.screenPending(with: screener)
        #expect(first.threshold == whole.threshold)
        #expect(first.screened == whole.screened && first.eligible == whole.eligible && first.narratives == whole.narratives)
    }

    /// Screening many narratives on every core (``NarrativeScreener/eligibility(of:)``) gives the verdicts of
    /// screening them one after another, in input order: red flags, negations, eligible calls and cut last words.
    @Test func screeningOnEveryCoreEqualsOneAfterAnother() {
        let narratives = ["CLR STATES SUBJ HAS A GUN IN WAISTBAND", "LOUD MUSIC FROM BACKYARD / NO WEAPONS SEEN",
                          "SUBJ PUNCHED CLR IN FACE", "CHILD CUSTODY EXCHANGE DISPUTE / NO VIOLENCE", "MALE BRANDISH",
                          "ELDERLY MOTHER NOT ANSWERING DOOR", "2ND CALL, / NO WEAPONS SEEN / SUBJ SAID \"IM GONNA HURT SOMEBODY\"",
                          "SEE CAD", "", "PKG TAKEN FROM PORCH, SUSP LEFT IN BLU PICKUP", "SUBJ UNCONSC"]
        let texts = (0..<1_500).map { narratives[$0 % narratives.count] + ($0 % 7 == 0 ? "" : " \($0 % 13)") }
        let serial = texts.map { screener.screen($0).isEligible }
        #expect(screener.eligibility(of: texts) == serial)
        #expect(serial.contains(true) && serial.contains(false))
        #expect(screener.eligibility(of: Array(texts.prefix(3))) == Array(serial.prefix(3)))
        #expect(screener.eligibility(of: []).isEmpty)
    }

    /// `reroute report` screens the kept narratives itself, after the run (``AnalysisRun/defersScreening``), while
    /// the plan and staffing are made on another thread: the samples end as when the run screens them.
    @Test func deferredScreeningEqualsScreeningInTheRun() throws {
        let csv = try #require(DemoYear.csv)
        var run = AnalysisRun(files: [csv.path], profile: try ProfileLibrary.resolve("reroute-standard"),
                              catalogue: try CallCatalogue.builtIn("milwaukee"), rejectsURL: nil)
        let screened = try run.run()
        run.defersScreening = true
        var deferred = try run.run()
        #expect(deferred.summary.narratives.values.allSatisfy { $0.screened == 0 })
        deferred.summary.screenPendingNarratives()
        #expect(!screened.summary.narratives.isEmpty)
        #expect(deferred.summary.narratives == screened.summary.narratives)
        for (code, sample) in screened.summary.narratives {
            #expect(deferred.summary.narratives[code]?.eligible == sample.eligible, "\(code)")
        }
    }

    /// The demo export has narratives: the report screens them and tabulates the result per eligible type.
    @Test func demoAnalysisScreensNarratives() throws {
        let a = try #require(DemoYear.analysis)
        let t = try #require(a.narrativeScreening())
        #expect(t.rows.count == a.catalogue.eligibleEntries.count)
        for row in t.rows {
            let screened = row[3].doubleValue!, eligible = row[4].doubleValue!
            #expect(screened > 0 && screened <= Double(NarrativeSample.capacity) && eligible <= screened)
        }
    }
}
