import Vocabulary
import CallRecords
import SQLKit

extension RecordStore {
    /// The columns every export has: the merged CAD and record fields an evaluation needs (Figures 19 and 20).
    static let exportColumns = [
        "record_id", "incident_number", "origin", "team", "program", "cad_call_type", "cad_created_at", "cad_dispatched_at",
        "cad_arrived_at", "cad_cleared_at", "cad_disposition", "cad_district", "arrived_at", "cleared_at", "circumstances", "root_cause",
        "services", "police_requested", "police_reason", "ems_requested", "ems_reason", "transport", "outcome",
        "person_pseudonym", "known_high_utilizer", "subject_gender", "subject_race", "subject_ethnicity", "subject_age_range",
        "caller_gender", "caller_race", "caller_ethnicity", "caller_age_range", "consent_to_follow_up",
        "referrals", "warm_handoffs", "referral_types", "referral_agencies", "referral_minutes", "follow_up_statuses", "version",
    ]
    /// The columns only staff with full access get: names, contact details and free text.
    static let identifyingColumns = ["responders", "person_name", "phone", "email", "narrative", "referral_notes"]

    /// Every record the user may see, merged with its CAD call, as CSV; pseudonymised for evaluators. Audited.
    /// - Returns: the CSV text (a header line, then one line per record).
    public func exportCSV(for requester: Requester) async throws -> String {
        try AccessPolicy.requireRecordReader(requester.user)
        let pseudonymised = requester.user.role.seesPseudonymised
        return try await database.transaction { db in
            let ids = try await db.raw("SELECT r.id FROM responder_records r WHERE \(AccessPolicy.visibleRecords(to: requester.user)) ORDER BY r.id")
                .all().map { try $0.decode(column: "id", as: Int.self) }
            var cadByIncident: [String: CADIncident] = [:]
            let cadRows = try await db.raw("""
                SELECT c.*, 0 AS record_count FROM cad_incidents c
                WHERE c.incident_number IN (SELECT r.incident_number FROM responder_records r WHERE \(AccessPolicy.visibleRecords(to: requester.user)))
                """).all()
            for row in cadRows {
                let incident = try Self.incident(from: row)
                cadByIncident[incident.incidentNumber] = incident
            }
            var lines = [(Self.exportColumns + (pseudonymised ? [] : Self.identifyingColumns)).joined(separator: ",")]
            for id in ids {
                guard let full = try await loadRecord(id, db) else { continue }
                let record = pseudonymised ? full.pseudonymised() : full
                let cad = record.incidentNumber.flatMap { cadByIncident[$0] }
                var fields: [String?] = [
                    String(record.id), record.incidentNumber, record.origin, record.team, record.program, cad?.callType, cad?.createdAt,
                    cad?.dispatchedAt, cad?.arrivedAt, cad?.clearedAt, cad?.disposition, cad?.district, record.arrivedAt, record.clearedAt,
                    record.circumstances, record.rootCause, record.services.joined(separator: "; "), record.policeRequested ? "yes" : "no",
                    record.policeReason, record.emsRequested ? "yes" : "no", record.emsReason, record.transport, record.outcome,
                    record.person?.pseudonym, record.person.map { $0.isKnownHighUtilizer ? "yes" : "no" },
                    record.subject.gender, record.subject.race, record.subject.ethnicity, record.subject.ageRange,
                    record.caller.gender, record.caller.race, record.caller.ethnicity, record.caller.ageRange,
                    record.contact.consentToFollowUp ? "yes" : "no", String(record.referrals.count),
                    String(record.referrals.filter { $0.handoff == "warm hand-off" }.count),
                    record.referrals.map(\.type).joined(separator: "; "), record.referrals.map(\.agency).joined(separator: "; "),
                    record.referrals.map { $0.minutes.map(String.init) ?? "" }.joined(separator: "; "),
                    record.followUps.map(\.status).joined(separator: "; "), String(record.version),
                ]
                if !pseudonymised {
                    fields += [record.responders, record.person?.name, record.contact.phone, record.contact.email, record.narrative,
                               record.referrals.compactMap(\.notes).joined(separator: " | ")]
                }
                lines.append(fields.map { Self.csvField($0 ?? "") }.joined(separator: ","))
            }
            try await AuditLog.append(db, dialect: dialect, by: requester, action: "export", entity: "responder_record", entityID: "*",
                                      detail: "\(ids.count) records, \(pseudonymised ? "pseudonymised" : "full")")
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// One CSV field: quoted by the shared writer; a leading `=`, `+`, `-` or `@` is prefixed with `'` so that a
    /// spreadsheet does not run it as a formula.
    static func csvField(_ value: String) -> String {
        guard let first = value.first else { return "" }
        let safe = "=+-@".contains(first) ? "'" + value : value
        return CSVWriter.field(safe)
    }
}
