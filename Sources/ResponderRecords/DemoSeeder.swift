import DemoData
import Evaluation
import Foundation
import Screening
import Vocabulary
import SQLKit

/// What `reroute serve --demo` put in its database.
public struct DemoSeedSummary: Sendable {
    /// The demo users and their passwords (random each run; printed at start).
    public var users: [(name: String, role: Role, team: String, password: String)]
    public var cadImport: CADImportSummary
    public var recordsCreated: Int
    /// Call-taker screening decisions seeded for the program's calls.
    public var screeningsCreated: Int
}

/// Seeds a database with a generated demo year: CAD calls from ``DemoDataGenerator`` (the same generator as
/// `reroute report --demo`), demo users of every role, and responder records for a share of the responder-type calls,
/// with referrals, follow-ups, repeat people (some known high utilizers) and a few records not yet matched to CAD.
public enum DemoSeeder {
    /// The demo program and its two teams.
    public static let program = "Milwaukee pilot"
    public static let teams = ["Team A", "Team B"]
    /// The demo program's evaluation settings: launched 1 July 2021 in districts 2 and 5, 20-minute target.
    public static let evaluationSettings = EvaluationSettings(programName: program, launchDate: "2021-07-01", programDistricts: ["2", "5"],
                                                              responseTargetMinutes: 20)

    /// Seeds an empty database.
    /// - Parameters:
    ///   - seed: seeds the CAD calls and the records (passwords are random regardless).
    ///   - scale: CAD volume relative to Milwaukee's 2021 (1 ≈ 416,000 calls with officer-initiated ones).
    ///   - maxRecords: the most responder records to generate.
    public static func seed(_ database: RecordsDatabase, seed: UInt64 = 2021, scale: Double = 0.05, maxRecords: Int = 1500,
                            bcryptCost: UInt8 = 10, workDirectory: URL) async throws -> DemoSeedSummary {
        let accounts = Accounts(database: database, bcryptCost: bcryptCost)
        let specs: [(String, Role, String)] = [
            ("admin", .administrator, "-"), ("supervisor", .supervisor, teams[0]), ("responder-a", .responder, teams[0]),
            ("responder-b", .responder, teams[1]), ("evaluator", .evaluator, "-"), ("call-taker", .callTaker, "-"),
        ]
        var users: [(name: String, role: Role, team: String, password: String)] = []
        for (name, role, team) in specs {
            let password = String(Accounts.randomToken().prefix(16))
            try await accounts.createUser(name: name, role: role, team: team, program: program, password: password, by: "demo")
            users.append((name, role, team, password))
        }
        // Two generated years: 2021 from `seed`, and a year before launch from `seed + 1` relabelled as 2020 (incident
        // numbers 21… become 20…), so that period tables and the before/after comparison have a previous year.
        let csv2021 = workDirectory.appendingPathComponent("demo-calls-2021.csv")
        _ = try DemoDataGenerator(seed: seed, scale: scale).write(to: csv2021, boundariesTo: nil)
        let csv2020 = workDirectory.appendingPathComponent("demo-calls-2020.csv")
        _ = try DemoDataGenerator(seed: seed &+ 1, scale: scale).write(to: csv2020, boundariesTo: nil)
        try relabel(csv2020, from: "2021", to: "2020")
        let admin = Requester(user: User(id: 0, name: "demo", role: .administrator, team: "-", program: program), address: "demo")
        let imported = try await CADImporter(database: database).importFiles([csv2020.path, csv2021.path], by: admin)
        let (created, screened) = try await seedRecords(database, seed: seed, maxRecords: maxRecords)
        return DemoSeedSummary(users: users, cadImport: imported, recordsCreated: created, screeningsCreated: screened)
    }

    /// Rewrites a generated year as another: `YYYY-` dates and incident numbers starting with the year's last two digits.
    static func relabel(_ url: URL, from: String, to: String) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        let oldPrefix = String(from.suffix(2)), newPrefix = String(to.suffix(2))
        for i in lines.indices.dropFirst() {
            var line = lines[i].replacingOccurrences(of: from + "-", with: to + "-")
            if line.hasPrefix(oldPrefix) { line = newPrefix + line.dropFirst(oldPrefix.count) }
            lines[i] = line
        }
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    }

    /// Generates records for a share of the responder-type calls, in one transaction.
    ///
    /// Only calls in the program's districts from its launch on are screened and reach responders: the call-taker
    /// answers the protocol's questions (mostly no red flag), and a call the protocol sends to responders (or to a
    /// joint response) gets a record three times in four; a few screened-out calls reach responders anyway, as happens.
    static func seedRecords(_ database: RecordsDatabase, seed: UInt64, maxRecords: Int) async throws -> (records: Int, screenings: Int) {
        var rng = SplitMix64(seed: seed ^ 0x5EED_4EC0_4D5)
        let settings = evaluationSettings
        let programCalls = try await database.withConnection { db in
            try await db.raw("""
                SELECT incident_number, call_type, arrived_at, cleared_at, created_at FROM cad_incidents
                WHERE responder_type = 1 AND district IN (\(binds: settings.programDistricts)) AND created_at >= \(bind: settings.launchDate) ORDER BY created_at
                """).all().map { (try $0.requiredText("incident_number"), try $0.requiredText("call_type"), try $0.text("arrived_at"),
                                  try $0.text("cleared_at"), try $0.requiredText("created_at")) }
        }
        let screeningProtocol = try ScreeningProtocol.bundled()
        let callTaker = Requester(user: User(id: 0, name: "call-taker", role: .callTaker, team: "-", program: program), address: "demo")
        let share = programCalls.isEmpty ? 0 : min(1, Double(maxRecords) / Double(programCalls.count))
        var screenings: [(String, ScreeningCall, ProtocolDecision, String)] = []
        var chosen: [(String, String?, String?, String)] = []
        for (incident, callType, arrived, cleared, created) in programCalls where rng.unit() < share {
            var call = ScreeningCall(callType: callType, source: rng.unit() < 0.7 ? .nineOneOne : .nonEmergency)
            if rng.unit() < 0.18 {
                let flags: [(ProtocolField, Answer)] = [(.weapons, .yes), (.weapons, .unknown), (.violence, .yes), (.injury, .yes), (.suicide, .yes),
                                                        (.policeOnly, .yes), (.sceneVisible, .no)]
                let flag = flags[Int(rng.next() % UInt64(flags.count))]
                call.setAnswer(flag.1, for: flag.0)
            }
            let decision = screeningProtocol.decide(call)
            screenings.append((incident, call, decision, created))
            let toResponders = decision.decision == .communityResponders || decision.decision == .jointResponse
            if toResponders ? rng.unit() < 0.75 : rng.unit() < 0.03 { chosen.append((incident, arrived, cleared, created)) }
        }
        let screenedCount = screenings.count
        let people = makePeople(using: &rng)
        let store = RecordStore(database: database)
        let dialect = database.dialect
        let created = try await database.transaction { db in
            for (incident, call, decision, created) in screenings {
                _ = try await store.insertScreening(call, decision: decision, incident: incident, by: callTaker, at: created.replacingOccurrences(of: " ", with: "T") + "Z", db)
            }
            var count = 0
            func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
            func chance(_ p: Double) -> Bool { rng.unit() < p }
            let unmatched = (0..<12).map { i in ("", nil as String?, nil as String?, "2021-0\(1 + i % 9)-1\(i % 9)T1\(i % 9):20:00") }
            for (incident, arrived, cleared, created) in chosen.map({ ($0.0, $0.1, $0.2, $0.3) }) + unmatched {
                let team = pick(teams)
                var draft = RecordDraft()
                draft.incidentNumber = incident.isEmpty ? (chance(0.3) ? "OV-\(count)" : nil) : incident
                draft.origin = incident.isEmpty ? pick(["direct line", "on view"]) : "CAD dispatch"
                draft.responders = team == teams[0] ? "Unit CR-1 (J. Rivera, K. Okafor)" : "Unit CR-2 (M. Chen, D. Walker)"
                draft.arrivedAt = arrived ?? String(created.prefix(16))
                draft.clearedAt = cleared
                draft.circumstances = pick(PresetChoices.circumstances)
                draft.rootCause = pick(PresetChoices.rootCauses)
                draft.services = Array(Set((0..<(1 + Int(rng.next() % 3))).map { _ in pick(PresetChoices.services) })).sorted()
                draft.policeRequested = chance(0.04)
                if draft.policeRequested == true { draft.policeReason = pick(PresetChoices.policeReasons) }
                draft.emsRequested = chance(0.05)
                if draft.emsRequested == true { draft.emsReason = pick(PresetChoices.emsReasons) }
                draft.transport = chance(0.8) ? "none" : pick(PresetChoices.transports)
                draft.outcome = pick(PresetChoices.outcomes)
                draft.narrative = "Met the person at the scene; \(draft.circumstances ?? "call") handled by the team. Demo narrative."
                if chance(0.7) {
                    let person = chance(0.35) ? pick(Array(people.prefix(8))) : pick(people)
                    draft.personName = person
                    draft.knownHighUtilizer = people.prefix(8).contains(person)
                    draft.subject = StatedDemographics(gender: pick(PresetChoices.genders), race: pick(PresetChoices.races),
                                                       ethnicity: pick(PresetChoices.ethnicities), ageRange: pick(PresetChoices.ageRanges))
                    let consent = chance(0.5)
                    draft.contact = ContactDetails(phone: consent ? "414-555-0\(100 + count % 900)" : nil, consentToFollowUp: consent,
                                                   consentDate: consent ? String(created.prefix(10)) : nil, consentScope: consent ? "follow-up calls" : nil)
                }
                let responder = User(id: 0, name: team == teams[0] ? "responder-a" : "responder-b", role: .responder, team: team, program: program)
                let id = try await store.insertRecord(draft, team: team, program: program, by: responder.name, db)
                if chance(0.45) {
                    let referral = try await db.raw("""
                        INSERT INTO referrals (record_id, referral_type, agency, handoff, minutes, notes, created_by, created_at)
                        VALUES (\(bind: id), \(bind: pick(PresetChoices.referralTypes)), \(bind: pick(agencies)), \(bind: pick(PresetChoices.handoffs)),
                                \(bind: 5 + Int(rng.next() % 40)), \(bind: "Demo referral note."), \(bind: responder.name), \(bind: Clock.nowText()))
                        RETURNING id
                        """).first()?.int("id")
                    if let referral, chance(0.6) {
                        try await db.raw("""
                            INSERT INTO follow_ups (record_id, referral_id, status, due_on, notes, updated_by, updated_at)
                            VALUES (\(bind: id), \(bind: referral), \(bind: pick(PresetChoices.followUpStatuses)), \(bind: String(created.prefix(10))),
                                    \(bind: "Demo follow-up."), \(bind: responder.name), \(bind: Clock.nowText()))
                            """).run()
                    }
                }
                try await AuditLog.append(db, dialect: dialect, by: Requester(user: responder, address: "demo"), action: "create",
                                          entity: "responder_record", entityID: String(id), detail: "demo data")
                count += 1
            }
            return count
        }
        return (created, screenedCount)
    }

    static let agencies = [
        "Milwaukee County Behavioral Health", "Repairers of the Breach", "Guest House of Milwaukee", "Hunger Task Force",
        "Sojourner Family Peace Center", "IMPACT 2-1-1", "Community Medical Services", "Outreach Community Health Centers",
    ]

    /// Forty invented names; the first eight come back often (the known high utilizers).
    static func makePeople(using rng: inout SplitMix64) -> [String] {
        let first = ["Alex", "Jordan", "Sam", "Taylor", "Morgan", "Casey", "Jamie", "Riley", "Avery", "Quinn", "Drew", "Robin"]
        let last = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Lopez", "Wilson", "Moore", "Lee"]
        var names: [String] = []
        while names.count < 40 {
            let name = first[Int(rng.next() % UInt64(first.count))] + " " + last[Int(rng.next() % UInt64(last.count))]
            if !names.contains(name) { names.append(name) }
        }
        return names
    }
}
