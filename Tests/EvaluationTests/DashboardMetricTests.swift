import Evaluation
import Testing
import Vocabulary

/// A dataset small enough to count by hand (the expected numbers are worked out in the comments).
enum HandCounted {
    static let settings = EvaluationSettings(programName: "Test", launchDate: "2021-03-01", programDistricts: ["1"], responseTargetMinutes: 20)

    static let dataset = EvaluationDataset(
        calls: [
            // Handled by R1, no police asked: not a police dispatch.
            EvaluationCall(incidentNumber: "A1", callType: "WELFARE CITIZEN", source: "911", createdAt: "2021-03-01T10:00:00", dispatchedAt: "2021-03-01T10:05:00",
                           arrivedAt: "2021-03-01T10:20:00", clearedAt: "2021-03-01T10:50:00", outcome: "no-formal-action", district: "1", address: "1 MAIN ST"),
            // Handled by R2, which asked for police: a police dispatch.
            EvaluationCall(incidentNumber: "A2", callType: "TRBL W/SUBJ", source: "non-emergency", createdAt: "2021-03-02T20:00:00",
                           dispatchedAt: "2021-03-02T20:01:00", outcome: "arrest", district: "1", address: "1 MAIN ST"),
            // Not handled, dispatched: a police dispatch.
            EvaluationCall(incidentNumber: "A3", callType: "TRBL W/SUBJ", source: "911", createdAt: "2021-03-05T03:00:00", dispatchedAt: "2021-03-05T03:10:00",
                           district: "2", address: "1 MAIN ST"),
            // Not handled, never dispatched.
            EvaluationCall(incidentNumber: "A4", callType: "WELFARE CITIZEN", source: "911", createdAt: "2021-04-01T12:00:00", district: "2"),
            // Not an eligible type: counted nowhere.
            EvaluationCall(incidentNumber: "N1", callType: "BATTERY", source: "911", createdAt: "2021-03-03T12:00:00", dispatchedAt: "2021-03-03T12:01:00",
                           district: "1", isEligibleType: false),
            // The year before.
            EvaluationCall(incidentNumber: "B1", callType: "WELFARE CITIZEN", source: "911", createdAt: "2020-03-10T12:00:00", dispatchedAt: "2020-03-10T12:05:00", district: "1"),
            EvaluationCall(incidentNumber: "B2", callType: "WELFARE CITIZEN", source: "911", createdAt: "2020-12-01T12:00:00", dispatchedAt: "2020-12-01T12:05:00", district: "2"),
        ],
        contacts: [
            ResponderContact(recordID: 1, incidentNumber: "A1", origin: "CAD dispatch", createdAt: "2021-03-01T11:00:00Z", arrivedAt: "2021-03-01T10:12",
                             clearedAt: "2021-03-01T10:42", rootCause: "housing", outcome: "resolved on scene", referrals: 2, warmHandoffs: 1, followUps: 2,
                             followUpsCompleted: 1, personPseudonym: "P-1", isKnownHighUtilizer: true, subject: Demographics(gender: "woman")),
            ResponderContact(recordID: 2, incidentNumber: "A2", origin: "CAD dispatch", createdAt: "2021-03-02T22:00:00Z", arrivedAt: "2021-03-02T20:30",
                             clearedAt: "2021-03-02T21:30", rootCause: "mental health", policeRequested: true, policeReason: "safety threat",
                             outcome: "handed to police", personPseudonym: "P-1", isKnownHighUtilizer: true),
            ResponderContact(recordID: 3, incidentNumber: nil, origin: "direct line", createdAt: "2021-04-02T10:00:00Z", arrivedAt: "2021-04-02T09:00",
                             clearedAt: "2021-04-02T09:20", rootCause: "housing", emsRequested: true, emsReason: "injury", outcome: "resolved on scene"),
        ],
        screenings: [
            ScreeningEntry(id: 1, incidentNumber: "A3", decidedAt: "2021-03-05T03:01:00Z", sourceLine: "911", callType: "TRBL W/SUBJ", decision: "police",
                           ruleID: "weapons", shortCode: "CR-SO-WPN", reason: "Weapons"),
            ScreeningEntry(id: 2, incidentNumber: "A2", decidedAt: "2021-03-02T20:00:30Z", sourceLine: "non_emergency", callType: "TRBL W/SUBJ", decision: "police",
                           ruleID: "violence", shortCode: "CR-SO-VIOL", reason: "Violence"),
            ScreeningEntry(id: 3, incidentNumber: "A1", decidedAt: "2021-03-01T10:00:30Z", sourceLine: "911", callType: "WELFARE CITIZEN",
                           decision: "community_responders", ruleID: "community-responders", shortCode: "CR-OK", reason: "OK"),
        ],
        isPseudonymised: false)

    static var board: ProgramDashboard { ProgramDashboard(dataset: dataset, settings: settings) }
}

@Suite("Program dashboard metrics, counted by hand")
struct DashboardMetricTests {
    func value(_ metric: DashboardMetric, _ row: String, _ column: String) -> Double? { metric.table.value(row: row, column: column)?.doubleValue }

    @Test("share of eligible calls handled and police dispatches, by month and in total")
    func share() {
        let m = HandCounted.board.responderShare(by: .month)
        // March 2021: A1, A2, A3 eligible; A1, A2 handled; A2 (police asked) and A3 dispatched by police.
        #expect(value(m, "2021-03", "eligible_calls") == 3)
        #expect(value(m, "2021-03", "handled") == 2)
        #expect(abs((value(m, "2021-03", "share_handled") ?? 0) - 2.0 / 3) < 1e-12)
        #expect(value(m, "2021-03", "police_dispatches") == 2)
        #expect(value(m, "2021-04", "police_dispatches") == 0)
        // Total: six eligible calls (A1–A4, B1, B2); B1 and B2 are police dispatches too.
        #expect(value(m, "Total", "eligible_calls") == 6)
        #expect(value(m, "Total", "police_dispatches") == 4)
        let byType = HandCounted.board.responderShare(by: .callType)
        #expect(value(byType, "TRBL W/SUBJ", "share_handled") == 0.5)
        #expect(value(HandCounted.board.responderShare(by: .shift), "night (23–07)", "eligible_calls") == 1)
    }

    @Test("response time and time on scene: median and 90th percentile")
    func times() {
        // Response: R1 10:00 → 10:12 = 12 min, R2 20:00 → 20:30 = 30 min; R3 has no CAD call. p90 = 12 + 0.9 × 18 = 28.2.
        let r = HandCounted.board.responseTime(by: .month)
        #expect(value(r, "Total", "contacts_timed") == 2)
        #expect(value(r, "Total", "median_minutes") == 21)
        #expect(abs((value(r, "Total", "p90_minutes") ?? 0) - 28.2) < 1e-9)
        #expect(value(r, "Total", "share_within_target") == 0.5)
        // On scene: 30, 60 and 20 minutes; median 30, p90 = 30 + 0.8 × 30 = 54.
        let s = HandCounted.board.timeOnScene(by: .district)
        #expect(value(s, "Total", "median_minutes") == 30)
        #expect(abs((value(s, "Total", "p90_minutes") ?? 0) - 54) < 1e-9)
        #expect(value(s, "unknown", "contacts_timed") == 1)
    }

    @Test("source line, police and EMS, referrals, enforcement, screening")
    func counts() {
        let b = HandCounted.board
        let lines = b.sourceLines(by: .month)
        #expect(value(lines, "Total", "911") == 1)
        #expect(value(lines, "Total", "non-emergency") == 1)
        #expect(value(lines, "Total", "direct_line") == 1)
        let pe = b.policeAndEMS(by: .month)
        #expect(value(pe, "Total", "police_requested") == 1 && value(pe, "Total", "ems_requested") == 1)
        #expect(abs((value(pe, "Total", "share_police") ?? 0) - 1.0 / 3) < 1e-12)
        let ref = b.referrals(by: .month)
        #expect(value(ref, "Total", "contacts_referred") == 1 && value(ref, "Total", "referrals") == 2)
        #expect(value(ref, "Total", "warm_share") == 0.5 && value(ref, "Total", "completion_share") == 0.5)
        let enforcement = b.enforcementAfterResponderCalls()
        #expect(value(enforcement, "Arrest", "calls") == 1 && value(enforcement, "Arrest", "share") == 0.5)
        #expect(value(b.rootCauses(), "housing", "contacts") == 2)
        let funnel = b.screeningFunnel()
        #expect(value(funnel, "Calls screened", "calls") == 3)
        #expect(value(funnel, "Police (screened out)", "calls") == 2)
        #expect(value(funnel, "Screened out but reached responders", "calls") == 1)
        let out = b.screenedOutCalls()
        #expect(out.table.rows.map { $0[0].displayText } == ["A2", "A3"])
        #expect(value(b.screenedOutReasons(), "CR-SO-WPN", "calls") == 1)
        #expect(value(b.highUtilizers(), "P-1", "contacts") == 2)
        #expect(value(b.repeatLocations(), "1 MAIN ST", "eligible_calls") == 3)
        #expect(b.metrics(by: .week).count == 17)
    }

    @Test("period tables: full year, year to date and the month, by district")
    func periods() {
        let t = PeriodTables(dashboard: HandCounted.board, month: "2021-03").table(.eligibleCalls)
        // District 1: 2020 full 1 (B1), 2020 YTD 1, 2021 YTD 2 (A1, A2), +100 %; March 1 → 2.
        #expect(t.value(row: "1", column: "last_year_full")?.doubleValue == 1)
        #expect(t.value(row: "1", column: "this_year_ytd")?.doubleValue == 2)
        #expect(t.value(row: "1", column: "ytd_change")?.doubleValue == 1)
        // District 2: 2020 YTD 0 (B2 is December): no percent change; 2021 YTD 1 (A3; A4 is April).
        #expect(t.value(row: "2", column: "last_year_ytd")?.doubleValue == 0)
        #expect(t.value(row: "2", column: "ytd_change") == .empty)
        #expect(t.value(row: "Total", column: "this_year_ytd")?.doubleValue == 3)
        #expect(t.value(row: "Total", column: "month_change")?.doubleValue == 2)
        let police = PeriodTables(dashboard: HandCounted.board, month: "2021-03").table(.policeDispatches)
        #expect(police.value(row: "Total", column: "this_year_month")?.doubleValue == 2)
    }
}
