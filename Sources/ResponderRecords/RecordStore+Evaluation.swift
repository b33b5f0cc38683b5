import Evaluation
import Foundation
import SQLKit

extension RecordStore {
    /// Roles that read the program dashboard: supervisors (their program's records) and evaluators (every record,
    /// pseudonymised: no addresses, people only by pseudonym).
    static func requireDashboardReader(_ user: User) throws(RecordsError) {
        if user.role != .supervisor && user.role != .evaluator {
            throw .forbidden(reason: "the program dashboard is for supervisors and evaluators")
        }
    }

    /// The merged CAD and responder data the dashboards, period tables and impact evaluation read, as the user may see
    /// it: CAD calls of eligible types (plus any CAD call a visible record names), the visible records summarised, and
    /// the screening decisions. Names, contact details and free text are never loaded; addresses only for supervisors.
    /// Audited as one read of the evaluation data.
    public func evaluationDataset(for requester: Requester) async throws -> EvaluationDataset {
        try Self.requireDashboardReader(requester.user)
        let visible = AccessPolicy.visibleRecords(to: requester.user)
        let pseudonymised = requester.user.role.seesPseudonymised
        return try await database.transaction { db in
            let dataset = try await loadEvaluationDataset(db, visible: visible, withAddresses: !pseudonymised, withPseudonyms: true)
            try await AuditLog.append(db, dialect: dialect, by: requester, action: "read", entity: "evaluation", entityID: "*",
                                      detail: "\(dataset.calls.count) CAD calls, \(dataset.contacts.count) records, \(dataset.screenings.count) screening decisions"
                                          + (pseudonymised ? ", pseudonymised" : ""))
            return dataset
        }
    }

    /// The same data for public aggregates: every record, no addresses and no pseudonyms. Not audited per view: the
    /// public pages release only suppressed aggregates of it (``SuppressedTable``).
    public func publicDataset() async throws -> EvaluationDataset {
        try await database.transaction { db in
            try await loadEvaluationDataset(db, visible: "1 = 1", withAddresses: false, withPseudonyms: false)
        }
    }

    func loadEvaluationDataset(_ db: any SQLDatabase, visible: SQLQueryString, withAddresses: Bool, withPseudonyms: Bool) async throws -> EvaluationDataset {
        let calls = try await db.raw("""
            SELECT c.incident_number, c.call_type, c.source, c.created_at, c.dispatched_at, c.arrived_at, c.cleared_at, c.outcome, c.district,
                   c.address, c.responder_type
            FROM cad_incidents c
            WHERE c.responder_type = 1 OR c.incident_number IN (SELECT r.incident_number FROM responder_records r WHERE \(visible))
            """).all().map { row in
            EvaluationCall(incidentNumber: try row.requiredText("incident_number"), callType: try row.requiredText("call_type"),
                           source: try row.requiredText("source"), createdAt: try row.requiredText("created_at"), dispatchedAt: try row.text("dispatched_at"),
                           arrivedAt: try row.text("arrived_at"), clearedAt: try row.text("cleared_at"), outcome: try row.requiredText("outcome"),
                           district: try row.text("district"), address: withAddresses ? try row.text("address") : nil,
                           isEligibleType: try row.flag("responder_type"))
        }
        let completed = ResponderContact.completedFollowUpStatuses.sorted()
        let contacts = try await db.raw("""
            SELECT r.id, r.incident_number, r.origin, r.created_at, r.arrived_at, r.cleared_at, r.root_cause, r.police_requested, r.police_reason,
                   r.ems_requested, r.ems_reason, r.outcome, p.pseudonym, p.known_high_utilizer,
                   ds.gender AS s_gender, ds.race AS s_race, ds.age_range AS s_age, dc.gender AS c_gender, dc.race AS c_race, dc.age_range AS c_age,
                   (SELECT COUNT(*) FROM referrals f WHERE f.record_id = r.id) AS n_referrals,
                   (SELECT COUNT(*) FROM referrals f WHERE f.record_id = r.id AND f.handoff = 'warm hand-off') AS n_warm,
                   (SELECT COUNT(*) FROM follow_ups u WHERE u.record_id = r.id) AS n_follow_ups,
                   (SELECT COUNT(*) FROM follow_ups u WHERE u.record_id = r.id AND u.status IN (\(binds: completed))) AS n_completed
            FROM responder_records r
            LEFT JOIN persons p ON p.id = r.person_id
            LEFT JOIN demographics ds ON ds.record_id = r.id AND ds.party = 'subject'
            LEFT JOIN demographics dc ON dc.record_id = r.id AND dc.party = 'caller'
            WHERE \(visible) ORDER BY r.id
            """).all().map { row in
            ResponderContact(recordID: try row.decode(column: "id", as: Int.self), incidentNumber: try row.text("incident_number"),
                             origin: try row.requiredText("origin"), createdAt: try row.requiredText("created_at"), arrivedAt: try row.text("arrived_at"),
                             clearedAt: try row.text("cleared_at"), rootCause: try row.text("root_cause"), policeRequested: try row.flag("police_requested"),
                             policeReason: try row.text("police_reason"), emsRequested: try row.flag("ems_requested"), emsReason: try row.text("ems_reason"),
                             outcome: try row.text("outcome"), referrals: try row.int("n_referrals") ?? 0, warmHandoffs: try row.int("n_warm") ?? 0,
                             followUps: try row.int("n_follow_ups") ?? 0, followUpsCompleted: try row.int("n_completed") ?? 0,
                             personPseudonym: withPseudonyms ? try row.text("pseudonym") : nil,
                             isKnownHighUtilizer: withPseudonyms ? try row.flag("known_high_utilizer") : false,
                             subject: Demographics(gender: try row.text("s_gender"), race: try row.text("s_race"), ageRange: try row.text("s_age")),
                             caller: Demographics(gender: try row.text("c_gender"), race: try row.text("c_race"), ageRange: try row.text("c_age")))
        }
        let screenings = try await db.raw("SELECT * FROM screening_decisions ORDER BY id").all().map { row in
            ScreeningEntry(id: try row.decode(column: "id", as: Int.self), incidentNumber: try row.requiredText("incident_number"),
                           decidedAt: try row.requiredText("decided_at"), sourceLine: try row.requiredText("source_line"), callType: try row.requiredText("call_type"),
                           decision: try row.requiredText("decision"), ruleID: try row.requiredText("rule_id"), shortCode: try row.requiredText("short_code"),
                           reason: try row.requiredText("reason"))
        }
        return EvaluationDataset(calls: calls, contacts: contacts, screenings: screenings, isPseudonymised: !withAddresses)
    }
}
