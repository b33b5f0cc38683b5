import Foundation
import Hummingbird
import HummingbirdTesting
import ResponderRecords
import Testing

@Suite("Responder records by role")
struct RecordAccessTests {
    /// Files a record on CAD call 9000001 through the form, as responder-a; returns its id.
    static func fileRecord(_ client: any TestClientProtocol, as browser: Browser) async throws -> Int {
        let response = try await client.post("/calls/9000001/records", as: browser, [
            ("outcome", "referred to services"), ("root_cause", "housing"), ("circumstances", "welfare check"),
            ("services", "de-escalation"), ("services", "resource information"), ("police_requested", "1"), ("police_reason", "safety threat"),
            ("person_name", "Jane Q Public"), ("known_high_utilizer", "1"), ("subject_gender", "woman"), ("subject_age", "35-44"),
            ("consent", "1"), ("phone", "414-555-0199"), ("email", "jane@example.org"), ("responders", "Unit CR-1 (A. Rivera)"),
            ("arrived_at", "2018-05-01T10:31"), ("narrative", "Jane said she lost her housing last week."), ("version", "0"),
        ])
        #expect(response.status == .seeOther)
        return try #require(response.savedRecordID)
    }

    @Test("a responder files a record on a CAD call and sees it merged; others of the team see it, other teams get 403", arguments: Backend.available)
    func teamScope(_ backend: Backend) async throws {
        let system = try await TestSystem.make(backend)
        try await system.test { client in
            let a = try await client.signIn("responder-a")
            let id = try await Self.fileRecord(client, as: a)
            let page = try await client.get("/records/\(id)", as: a)
            #expect(page.status == .ok)
            #expect(page.text.contains("Jane Q Public"))
            #expect(page.text.contains("TRBL W/SUBJ"))          // the CAD fields beside the record
            #expect(page.text.contains("5237 N 35TH ST"))
            #expect(page.text.contains("known high utilizer"))
            let call = try await client.get("/calls/9000001", as: a)
            #expect(call.text.contains("/records/\(id)"))

            let b = try await client.signIn("responder-b")
            #expect(try await client.get("/records/\(id)", as: b).status == .forbidden)
            let edit = try await client.post("/records/\(id)", as: b, [("outcome", "gone on arrival"), ("version", "1")])
            #expect(edit.status == .forbidden)
            let otherCall = try await client.get("/calls/9000001", as: b)
            #expect(otherCall.status == .ok)
            #expect(!otherCall.text.contains("/records/\(id)"))

            let supervisor = try await client.signIn("supervisor-a")
            #expect(try await client.get("/records/\(id)", as: supervisor).status == .ok)
            let south = try await client.signIn("supervisor-south")
            #expect(try await client.get("/records/\(id)", as: south).status == .forbidden)
            let callTaker = try await client.signIn("call-taker")
            #expect(try await client.get("/records/\(id)", as: callTaker).status == .forbidden)
            #expect(try await client.get("/calls", as: callTaker).status == .ok)
            let admin = try await client.signIn("admin")
            #expect(try await client.get("/records/\(id)", as: admin).status == .forbidden)
            #expect(try await client.get("/records/999999", as: a).status == .notFound)
        }
    }

    @Test("the API applies the same rules: 403 for another team, 201 for a new record", arguments: Backend.available)
    func apiScope(_ backend: Backend) async throws {
        let system = try await TestSystem.make(backend)
        let tokenA = try await system.services.accounts.issueToken(forUser: "responder-a")
        let tokenB = try await system.services.accounts.issueToken(forUser: "responder-b")
        let tokenEvaluator = try await system.services.accounts.issueToken(forUser: "evaluator")
        try await system.test { client in
            let created = try await client.api(.post, "/api/v1/records", token: tokenA, json: """
                {"incidentNumber": "9000002", "outcome": "resolved on scene", "rootCause": "mental health", "services": ["crisis counselling"],
                 "personName": "John Roe", "narrative": "Private words", "contact": {"phone": "414-555-0100", "consentToFollowUp": true}}
                """)
            #expect(created.status == .created)
            let record = try created.decode(ResponderRecord.self)
            #expect(record.version == 1 && record.team == "Team A" && record.person?.name == "John Roe")
            #expect(try await client.api(.get, "/api/v1/records/\(record.id)", token: tokenB).status == .forbidden)
            #expect(try await client.api(.put, "/api/v1/records/\(record.id)", token: tokenB, json: #"{"version": 1}"#).status == .forbidden)
            #expect(try await client.api(.post, "/api/v1/records", token: tokenEvaluator, json: "{}").status == .forbidden)
            let bad = try await client.api(.post, "/api/v1/records", token: tokenA, json: #"{"outcome": "arrested everyone"}"#)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("outcome"))
            let list = try await client.api(.get, "/api/v1/records", token: tokenB)
            #expect(try list.decode([RecordSummary].self).isEmpty)
            let calls = try await client.api(.get, "/api/v1/calls?responder=1", token: tokenA)
            let page = try calls.decode(CADCallPage.self)
            #expect(Set(page.calls.map(\.incidentNumber)) == ["9000001", "9000002"])
        }
    }

    @Test("an evaluator never receives a name, contact detail or free text: pages, API and CSV", arguments: Backend.available)
    func evaluatorIsPseudonymised(_ backend: Backend) async throws {
        let system = try await TestSystem.make(backend)
        let token = try await system.services.accounts.issueToken(forUser: "evaluator")
        try await system.test { client in
            let a = try await client.signIn("responder-a")
            let id = try await Self.fileRecord(client, as: a)
            let referral = try await client.post("/records/\(id)/referrals", as: a, [
                ("referral_type", "housing or shelter"), ("agency", "Guest House"), ("handoff", "warm hand-off"), ("minutes", "25"),
                ("notes", "Jane wants a bed tonight"),
            ])
            #expect(referral.status == .seeOther)
            let secrets = ["Jane", "414-555-0199", "jane@example.org", "lost her housing", "Rivera", "bed tonight", "5237 N 35TH"]

            let evaluator = try await client.signIn("evaluator")
            let page = try await client.get("/records/\(id)", as: evaluator)
            #expect(page.status == .ok)
            #expect(page.text.contains("Pseudonymised"))
            #expect(page.text.contains("P-"))
            #expect(page.text.contains("housing or shelter") && page.text.contains("Guest House"))
            #expect(!page.text.contains("name=\"narrative\""))      // no edit form
            let json = try await client.api(.get, "/api/v1/records/\(id)", token: token)
            let csv = try await client.get("/export.csv", as: evaluator)
            #expect(csv.status == .ok)
            #expect(csv.text.contains("housing or shelter"))
            #expect(!csv.text.contains("person_name"))
            let call = try await client.get("/calls/9000001", as: evaluator)
            for secret in secrets {
                #expect(!page.text.contains(secret), "page leaks \(secret)")
                #expect(!json.text.contains(secret), "API leaks \(secret)")
                #expect(!csv.text.contains(secret), "CSV leaks \(secret)")
                #expect(!call.text.contains(secret), "call page leaks \(secret)")
            }
            let record = try json.decode(ResponderRecord.self)
            #expect(record.isPseudonymised && record.person?.isKnownHighUtilizer == true && record.person?.name == nil)

            // Staff with full access get the identifying columns, for their own scope only.
            let full = try await client.get("/export.csv", as: a)
            #expect(full.text.contains("Jane Q Public") && full.text.contains("person_name"))
            let b = try await client.signIn("responder-b")
            let other = try await client.get("/export.csv", as: b)
            #expect(!other.text.contains("Jane"))
            #expect(other.text.split(separator: "\n").count == 1)
        }
    }

    @Test("referrals and follow-ups are added and their status changed", arguments: Backend.available)
    func referralsAndFollowUps(_ backend: Backend) async throws {
        let system = try await TestSystem.make(backend)
        let token = try await system.services.accounts.issueToken(forUser: "responder-a")
        try await system.test { client in
            let record = try await client.api(.post, "/api/v1/records", token: token, json: #"{"incidentNumber": "9000001"}"#).decode(ResponderRecord.self)
            let referral = try await client.api(.post, "/api/v1/records/\(record.id)/referrals", token: token, json: """
                {"type": "mental health", "agency": "County Behavioral Health", "handoff": "information only", "minutes": 10}
                """)
            #expect(referral.status == .created)
            let referralID = try referral.decode(Referral.self).id
            let badReferral = try await client.api(.post, "/api/v1/records/\(record.id)/referrals", token: token,
                                                   json: #"{"type": "astrology", "agency": "X", "handoff": "warm hand-off"}"#)
            #expect(badReferral.status == .unprocessableContent)
            let followUp = try await client.api(.post, "/api/v1/records/\(record.id)/follow-ups", token: token,
                                                json: #"{"referralID": \#(referralID), "status": "planned", "dueOn": "2018-05-03"}"#)
            #expect(followUp.status == .created)
            let followUpID = try followUp.decode(FollowUp.self).id
            #expect(try await client.api(.put, "/api/v1/follow-ups/\(followUpID)", token: token, json: #"{"status": "connected to service"}"#).status == .noContent)
            let reread = try await client.api(.get, "/api/v1/records/\(record.id)", token: token).decode(ResponderRecord.self)
            #expect(reread.referrals.map(\.agency) == ["County Behavioral Health"])
            #expect(reread.followUps.map(\.status) == ["connected to service"])
            #expect(reread.version == 1)

            let browser = try await client.signIn("responder-a")
            let viaForm = try await client.post("/records/\(record.id)/follow-ups", as: browser, [("status", "attempted"), ("notes", "no answer")])
            #expect(viaForm.status == .seeOther)
            let page = try await client.get("/records/\(record.id)", as: browser)
            #expect(page.text.contains("no answer") && page.text.contains("County Behavioral Health"))
            let b = try await client.signIn("responder-b")
            #expect(try await client.post("/follow-ups/\(followUpID)", as: b, [("status", "closed")]).status == .forbidden)
        }
    }
}
