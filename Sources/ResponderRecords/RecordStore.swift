import Foundation
import SQLKit

/// The responder records and the CAD calls they merge with, as each user may see them.
///
/// Every method takes the ``Requester``: it decides what is visible (``AccessPolicy``) and is written to the
/// ``AuditLog`` in the same transaction as the read, change or export it records.
public struct RecordStore: Sendable {
    public let database: RecordsDatabase

    public init(database: RecordsDatabase) {
        self.database = database
    }

    var dialect: RecordsDatabase.Dialect { database.dialect }

    // MARK: Reading one record

    /// One record, pseudonymised for evaluators.
    /// - Throws: ``RecordsError/notFound(what:)``, or ``RecordsError/forbidden(reason:)`` when it belongs to another
    ///   team or program (the refusal is audited too).
    public func record(_ id: Int, for requester: Requester) async throws -> ResponderRecord {
        try AccessPolicy.requireRecordReader(requester.user)
        do {
            return try await database.transaction { db in
                guard let record = try await loadRecord(id, db) else { throw RecordsError.notFound(what: "record \(id)") }
                guard AccessPolicy.canRead(team: record.team, program: record.program, as: requester.user) else {
                    throw RecordsError.forbidden(reason: "record \(id) belongs to \(record.team) of \(record.program)")
                }
                try await AuditLog.append(db, dialect: dialect, by: requester, action: "read", entity: "responder_record", entityID: String(id),
                                          detail: requester.user.role.seesPseudonymised ? "pseudonymised" : "")
                return requester.user.role.seesPseudonymised ? record.pseudonymised() : record
            }
        } catch RecordsError.forbidden(let reason) {
            try await auditRefusal(requester, action: "read-refused", entity: "responder_record", entityID: String(id), reason: reason)
            throw RecordsError.forbidden(reason: reason)
        }
    }

    /// Writes a refused access to the audit log in a transaction of its own (the refused one was rolled back).
    func auditRefusal(_ requester: Requester, action: String, entity: String, entityID: String, reason: String) async throws {
        try await database.transaction { db in
            try await AuditLog.append(db, dialect: dialect, by: requester, action: action, entity: entity, entityID: entityID, detail: reason)
        }
    }

    /// Loads a whole record without access checks or audit (callers do both).
    func loadRecord(_ id: Int, _ db: any SQLDatabase) async throws -> ResponderRecord? {
        guard let row = try await db.raw("""
            SELECT r.*, p.pseudonym, p.name AS person_name, p.known_high_utilizer,
                   (SELECT COUNT(*) FROM responder_records r2 WHERE r2.person_id = r.person_id) AS person_records
            FROM responder_records r LEFT JOIN persons p ON p.id = r.person_id WHERE r.id = \(bind: id)
            """).first() else { return nil }
        var person: PersonLink?
        if let pseudonym = try row.text("pseudonym") {
            person = PersonLink(pseudonym: pseudonym, name: try row.text("person_name"), isKnownHighUtilizer: try row.flag("known_high_utilizer"),
                                recordCount: try row.int("person_records") ?? 0)
        }
        var subject = StatedDemographics(), caller = StatedDemographics()
        for d in try await db.raw("SELECT * FROM demographics WHERE record_id = \(bind: id)").all() {
            let stated = StatedDemographics(gender: try d.text("gender"), race: try d.text("race"), ethnicity: try d.text("ethnicity"),
                                            ageRange: try d.text("age_range"))
            if try d.requiredText("party") == "caller" { caller = stated } else { subject = stated }
        }
        var contact = ContactDetails()
        if let c = try await db.raw("SELECT * FROM contacts WHERE record_id = \(bind: id)").first() {
            contact = ContactDetails(phone: try c.text("phone"), email: try c.text("email"), note: try c.text("contact_note"),
                                     consentToFollowUp: try c.flag("consent_follow_up"), consentDate: try c.text("consent_date"),
                                     consentScope: try c.text("consent_scope"))
        }
        let referrals = try await db.raw("SELECT * FROM referrals WHERE record_id = \(bind: id) ORDER BY id").all().map { r in
            Referral(id: try r.decode(column: "id", as: Int.self), type: try r.requiredText("referral_type"), agency: try r.requiredText("agency"),
                     handoff: try r.requiredText("handoff"), minutes: try r.int("minutes"), notes: try r.text("notes"),
                     createdAt: try r.requiredText("created_at"))
        }
        let followUps = try await db.raw("SELECT * FROM follow_ups WHERE record_id = \(bind: id) ORDER BY id").all().map { f in
            FollowUp(id: try f.decode(column: "id", as: Int.self), referralID: try f.int("referral_id"), status: try f.requiredText("status"),
                     dueOn: try f.text("due_on"), notes: try f.text("notes"), updatedAt: try f.requiredText("updated_at"))
        }
        let services = (try row.text("services") ?? "").split(separator: "|").map(String.init)
        return ResponderRecord(
            id: id, incidentNumber: try row.text("incident_number"), origin: try row.requiredText("origin"),
            team: try row.requiredText("team"), program: try row.requiredText("program"), responders: try row.text("responders"),
            arrivedAt: try row.text("arrived_at"), clearedAt: try row.text("cleared_at"), circumstances: try row.text("circumstances"),
            rootCause: try row.text("root_cause"), services: services, policeRequested: try row.flag("police_requested"),
            policeReason: try row.text("police_reason"), emsRequested: try row.flag("ems_requested"), emsReason: try row.text("ems_reason"),
            transport: try row.text("transport"), outcome: try row.text("outcome"), narrative: try row.text("narrative"), person: person,
            subject: subject, caller: caller, contact: contact, referrals: referrals, followUps: followUps,
            createdBy: try row.text("created_by"), createdAt: try row.requiredText("created_at"), updatedBy: try row.text("updated_by"),
            updatedAt: try row.requiredText("updated_at"), version: try row.decode(column: "version", as: Int.self), isPseudonymised: false)
    }

    // MARK: Lists

    /// The records the user may see, newest first.
    public func records(for requester: Requester, limit: Int = 100, offset: Int = 0) async throws -> [RecordSummary] {
        try AccessPolicy.requireRecordReader(requester.user)
        return try await database.transaction { db in
            let rows = try await db.raw("""
                SELECT r.id, r.incident_number, r.origin, r.team, r.outcome, r.root_cause, r.created_at, r.version,
                       (SELECT COUNT(*) FROM cad_incidents c WHERE c.incident_number = r.incident_number) AS matched
                FROM responder_records r WHERE \(AccessPolicy.visibleRecords(to: requester.user))
                ORDER BY r.id DESC LIMIT \(bind: limit) OFFSET \(bind: offset)
                """).all()
            try await AuditLog.append(db, dialect: dialect, by: requester, action: "list", entity: "responder_record", entityID: "*",
                                      detail: "\(rows.count) records")
            return try rows.map(Self.summary(from:))
        }
    }

    static func summary(from row: any SQLRow) throws -> RecordSummary {
        RecordSummary(id: try row.decode(column: "id", as: Int.self), incidentNumber: try row.text("incident_number"),
                      origin: try row.requiredText("origin"), team: try row.requiredText("team"), outcome: try row.text("outcome"),
                      rootCause: try row.text("root_cause"), createdAt: try row.requiredText("created_at"),
                      hasCADMatch: (try row.int("matched") ?? 0) > 0, version: try row.decode(column: "version", as: Int.self))
    }
}
