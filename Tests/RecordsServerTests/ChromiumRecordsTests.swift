import Foundation
import RerouteTestSupport
import ResponderRecords
import Testing

/// A person's path through the pages in a real browser: headless Chromium against `reroute serve` on loopback,
/// on a CAD import of the real Milwaukee sample.
@Suite("Chromium", .serialized)
struct ChromiumRecordsTests {
    @Test("a responder files a record with a referral on an imported Milwaukee call and sees it merged; an evaluator sees it pseudonymised",
          .enabled(if: HeadlessBrowser.path != nil && FileManager.default.fileExists(atPath: TestPaths.sharedData("milwaukee/mpd-calls-2018-05.csv"))))
    func responderAndEvaluator() async throws {
        let folder = TestPaths.temporaryDirectory("records-chromium")
        let database = folder.appendingPathComponent("mke.sqlite").path
        let imported = try runReroute(["import", TestPaths.sharedData("milwaukee/mpd-calls-2018-05.csv"), "--database", database])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("rows read 33968 = accepted 33968 + rejected 0"))
        let password = "a long enough password"
        try createUser("rivera", role: "responder", team: "Team A", program: "Milwaukee", password: password, database: database)
        try createUser("analyst", role: "evaluator", team: "-", program: "Milwaukee", password: password, database: database)
        let server = try await LiveServer(database: database, in: folder)
        defer { server.stop() }
        let base = "http://127.0.0.1:\(server.port)"
        let profile = folder.appendingPathComponent("chromium-profile")

        let (responderPage, evaluatorPage) = try await HeadlessBrowser.run { () throws -> (String, String) in
            let browser = try HeadlessBrowser(profile: profile)
            defer { browser.quit() }
            try browser.navigate("\(base)/login")
            try browser.fill(["name": "rivera", "password": password], submit: "form[action='/login']")
            try browser.waitForPage { $0 == "/calls" }
            // Incident 1211372 of 2018-05-01 is a TRBL W/SUBJ call: a responder type.
            try browser.navigate("\(base)/calls/1211372")
            try browser.fill([
                "outcome": "referred to services", "root_cause": "housing", "circumstances": "trouble with subject",
                "person_name": "Maria Example", "phone": "414-555-0142", "consent": "on", "narrative": "Maria asked for a shelter bed.",
            ], submit: "form[action='/calls/1211372/records']")
            try browser.waitForPage { $0.hasPrefix("/records/") }
            try browser.fill(["referral_type": "housing or shelter", "agency": "Guest House of Milwaukee", "minutes": "20", "ref-notes": "Bed held until 9 pm"],
                             submit: "form[action$='/referrals']")
            try browser.waitForPage { $0.hasPrefix("/records/") }
            let responderPage = try browser.waitForText(containing: "Guest House of Milwaukee")
            let recordPath = try browser.evaluate("location.pathname")
            try browser.evaluate("setTimeout(() => document.querySelector(\"form[action='/logout']\").submit(), 0)")
            try browser.waitForPage { $0 == "/login" }
            try browser.fill(["name": "analyst", "password": password], submit: "form[action='/login']")
            try browser.waitForPage { $0 == "/calls" }
            try browser.navigate("\(base)\(recordPath)")
            return (responderPage, try browser.text())
        }
        // Merged: the record beside the CAD call it was filed on, with its referral.
        for expected in ["Saved.", "Maria Example", "referred to services", "Guest House of Milwaukee", "warm hand-off", "CAD (read-only)",
                         "1211372", "TRBL W/SUBJ", "5237 N 35TH ST"] {
            #expect(responderPage.contains(expected), "the responder's page lacks \(expected)")
        }
        #expect(evaluatorPage.contains("Pseudonymised") && evaluatorPage.contains("Guest House of Milwaukee") && evaluatorPage.contains("P-"))
        for secret in ["Maria", "414-555-0142", "shelter bed", "Bed held", "5237 N 35TH"] {
            #expect(!evaluatorPage.contains(secret), "the evaluator sees \(secret)")
        }
    }
}
