import Foundation
import Hummingbird
import HummingbirdTesting
import ResponderRecords
import Testing

@Suite("Sign-in, sessions, CSRF and tokens")
struct SignInTests {
    @Test("sign-in sets a secure HTTP-only session cookie; wrong passwords are refused, audited and rate-limited", arguments: Backend.available)
    func signIn(_ backend: Backend) async throws {
        let system = try await TestSystem.make(backend, withCAD: false)
        try await system.test { client in
            let (cookie, token) = try await client.loginForm()
            let ok = try await client.execute(uri: "/login", method: .post, headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
                                              body: ByteBuffer(string: form(["signin_token": token, "name": "responder-a", "password": TestSystem.password])))
            #expect(ok.status == .seeOther)
            let session = try #require(ok.headers[values: .setCookie].first { $0.hasPrefix("reroute_session=") })
            #expect(session.contains("HttpOnly") && session.contains("Secure") && session.contains("SameSite=Strict"))

            // Without the form's CSRF cookie the sign-in is refused.
            let forged = try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                  body: ByteBuffer(string: form(["signin_token": token, "name": "responder-a", "password": TestSystem.password])))
            #expect(forged.status == .forbidden)

            for _ in 0..<3 {
                let (c, t) = try await client.loginForm()
                let wrong = try await client.execute(uri: "/login", method: .post, headers: [.cookie: c, .contentType: "application/x-www-form-urlencoded"],
                                                     body: ByteBuffer(string: form(["signin_token": t, "name": "responder-b", "password": "wrong password"])))
                #expect(wrong.status == .unauthorized)
                #expect(wrong.text.contains("Wrong name or password"))
            }
            // The limit (3 in tests) is reached: even the right password waits now.
            let (c, t) = try await client.loginForm()
            let limited = try await client.execute(uri: "/login", method: .post, headers: [.cookie: c, .contentType: "application/x-www-form-urlencoded"],
                                                   body: ByteBuffer(string: form(["signin_token": t, "name": "responder-b", "password": TestSystem.password])))
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers[.retryAfter] != nil)
        }
        if backend == .sqlite {
            let reopened = try await RecordsDatabase.open(system.database.location)
            let refused = try await reopened.withConnection { db in
                try await db.raw("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'sign-in-refused'").first()?.decode(column: "n", as: Int.self)
            }
            await reopened.close()
            #expect(refused == 3)
        }
    }

    @Test("pages need a session, forms need the CSRF token, the API needs a Bearer token", arguments: Backend.available)
    func guards(_ backend: Backend) async throws {
        let system = try await TestSystem.make(backend)
        let token = try await system.services.accounts.issueToken(forUser: "responder-a")
        try await system.test { client in
            let anonymous = try await client.execute(uri: "/calls", method: .get)
            #expect(anonymous.status == .seeOther)
            #expect(anonymous.headers[.location] == "/login")
            let noToken = try await client.execute(uri: "/api/v1/records", method: .get)
            #expect(noToken.status == .unauthorized)
            #expect(noToken.text.contains("Bearer"))
            let badToken = try await client.api(.get, "/api/v1/me", token: "rr_nonsense")
            #expect(badToken.status == .unauthorized)
            let me = try await client.api(.get, "/api/v1/me", token: token)
            #expect(me.status == .ok)
            #expect(try me.decode(User.self).name == "responder-a")

            let browser = try await client.signIn("responder-a")
            let noCSRF = try await client.post("/calls/9000001/records", as: browser, [("outcome", "resolved on scene")], csrf: false)
            #expect(noCSRF.status == .forbidden)
            let page = try await client.get("/calls", as: browser)
            #expect(page.status == .ok)
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            #expect(!page.text.contains("<script"))
            let signOut = try await client.post("/logout", as: browser, [])
            #expect(signOut.status == .seeOther)
            let after = try await client.get("/calls", as: browser)
            #expect(after.headers[.location] == "/login")
        }
    }

    @Test("administrators manage users; other roles cannot", arguments: Backend.available)
    func administration(_ backend: Backend) async throws {
        let system = try await TestSystem.make(backend, withCAD: false)
        try await system.test { client in
            let admin = try await client.signIn("admin")
            let created = try await client.post("/admin/users", as: admin, [("name", "new-responder"), ("role", "responder"), ("team", "Team A"),
                                                                            ("program", TestSystem.program), ("password", "long enough password")])
            #expect(created.status == .seeOther)
            let list = try await client.get("/admin/users", as: admin)
            #expect(list.text.contains("new-responder"))
            let audit = try await client.get("/admin/audit", as: admin)
            #expect(audit.text.contains("The hash chain verifies"))
            let adminReadsRecords = try await client.get("/records", as: admin)
            #expect(adminReadsRecords.status == .forbidden)

            let responder = try await client.signIn("new-responder", password: "long enough password")
            #expect(try await client.get("/admin/users", as: responder).status == .forbidden)
            #expect(try await client.get("/admin/audit", as: responder).status == .forbidden)
            let sneaky = try await client.post("/admin/users", as: responder, [("name", "x"), ("role", "administrator"), ("password", "long enough password")])
            #expect(sneaky.status == .forbidden)
        }
    }
}
