import Foundation
import RerouteTestSupport
import ResponderRecords
import Testing

extension HeadlessBrowser {
    /// Presses a key as the keyboard would (keyDown with its text, then keyUp).
    func press(_ key: String, code: String, keyCode: Int, text: String? = nil) throws {
        var down: [String: Any] = ["type": "keyDown", "key": key, "code": code, "windowsVirtualKeyCode": keyCode]
        if let text { down["text"] = text }
        try call("Input.dispatchKeyEvent", down, inPage: true)
        try call("Input.dispatchKeyEvent", ["type": "keyUp", "key": key, "code": code, "windowsVirtualKeyCode": keyCode], inPage: true)
    }

    func pressLetter(_ letter: Character) throws {
        let upper = String(letter).uppercased()
        try press(String(letter), code: letter.isNumber ? "Digit\(letter)" : "Key\(upper)", keyCode: Int(upper.unicodeScalars.first?.value ?? 0), text: String(letter))
    }

    func pressEnter() throws { try press("Enter", code: "Enter", keyCode: 13, text: "\r") }
}

@Suite("Chromium console", .serialized)
struct ChromiumConsoleTests {
    @Test("a call-taker decides a call by keyboard; the decision is in the audit log and the dashboard's screened-out table; /public shows no person",
          .enabled(if: HeadlessBrowser.path != nil))
    func consoleByKeyboard() async throws {
        let folder = TestPaths.temporaryDirectory("console-chromium")
        let database = folder.appendingPathComponent("console.sqlite").path
        let cad = TestPaths.writeTemporary(TestSystem.cadCSV, name: "cad.csv")
        let imported = try runReroute(["import", cad, "--database", database])
        #expect(imported.status == 0, "\(imported.stderr)")
        let password = "a long enough password"
        try createUser("taker", role: "call-taker", team: "-", program: "North", password: password, database: database)
        try createUser("boss", role: "supervisor", team: "Team A", program: "North", password: password, database: database)
        let server = try await LiveServer(database: database, in: folder)
        defer { server.stop() }
        let base = "http://127.0.0.1:\(server.port)"
        let profile = folder.appendingPathComponent("chromium-profile")
        let (decided, dashboard, publicPage) = try await HeadlessBrowser.run { () throws -> (String, String, String) in
            let browser = try HeadlessBrowser(profile: profile)
            defer { browser.quit() }
            try browser.navigate("\(base)/login")
            try browser.fill(["name": "taker", "password": password], submit: "form[action='/login']")
            try browser.waitForPage { $0 == "/calls" }
            try browser.navigate("\(base)/console")
            try browser.evaluate("document.getElementById('incident').focus()")
            for character in "9000001" { try browser.pressLetter(character) }
            try browser.pressEnter()      // to the call type
            try browser.pressEnter()      // blank: CAD's call type; on to the questions
            try browser.pressLetter("1")  // 911
            try browser.pressLetter("y")  // weapons: yes
            for _ in 0..<6 { try browser.pressLetter("n") }  // violence … imminent threat: no
            try browser.pressEnter()      // decide and record
            try browser.waitForPage { _ in (try? browser.evaluate("location.search"))?.contains("decided=") == true }
            let decided = try browser.text()
            try browser.evaluate("setTimeout(() => document.querySelector(\"form[action='/logout']\").submit(), 0)")
            try browser.waitForPage { $0 == "/login" }
            try browser.fill(["name": "boss", "password": password], submit: "form[action='/login']")
            try browser.waitForPage { $0 == "/calls" }
            try browser.navigate("\(base)/dashboard")
            let dashboard = try browser.evaluate("document.getElementById('table-screened-out-calls').innerText")
            try browser.navigate("\(base)/public")
            return (decided, dashboard, try browser.evaluate("document.documentElement.outerHTML"))
        }
        #expect(decided.contains("CR-SO-WPN") && decided.contains("police") && decided.contains("9000001"))
        #expect(dashboard.contains("9000001") && dashboard.contains("CR-SO-WPN"))
        let records = try await RecordsDatabase.open(.sqlite(path: database))
        let audit = try await AuditLog.recent(records, limit: 50)
        await records.close()
        #expect(audit.contains { $0.userName == "taker" && $0.action == "screen" && $0.entityID == "9000001" })
        for secret in ["9000001", "5237 N 35TH", "taker", "boss"] { #expect(!publicPage.contains(secret), "the public page shows \(secret)") }
    }
}
