import Foundation
import SQLKit

extension RecordStore {
    /// Files a new record for the user's team.
    /// - Throws: ``RecordsError/forbidden(reason:)`` for roles that do not write records,
    ///   ``RecordsError/invalidField(field:value:expected:)`` for a value outside its preset list.
    public func createRecord(_ draft: RecordDraft, for requester: Requester) async throws -> ResponderRecord {
        try AccessPolicy.requireRecordWriter(requester.user)
        try draft.validate()
        return try await database.transaction { db in
            let id = try await insertRecord(draft, team: requester.user.team, program: requester.user.program, by: requester.user.name, db)
            try await AuditLog.append(db, dialect: dialect, by: requester, action: "create", entity: "responder_record", entityID: String(id),
                                      detail: draft.incidentNumber.map { "incident \($0)" } ?? "no incident number")
            guard let record = try await loadRecord(id, db) else { throw RecordsError.notFound(what: "record \(id)") }
            return record
        }
    }

    /// Inserts a record and its parts; returns its id (no audit: the caller writes the entry).
    func insertRecord(_ draft: RecordDraft, team: String, program: String, by userName: String, _ db: any SQLDatabase) async throws -> Int {
        let personID = try await resolvePerson(draft, program: program, db)
        let now = Clock.nowText()
        let incident = draft.incidentNumber.nonBlank
        let origin = draft.origin.nonBlank ?? (incident == nil ? "direct line" : "CAD dispatch")
        guard let row = try await db.raw("""
            INSERT INTO responder_records (incident_number, origin, team, program, responders, arrived_at, cleared_at, circumstances, root_cause,
                services, police_requested, police_reason, ems_requested, ems_reason, transport, outcome, narrative, person_id,
                created_by, created_at, updated_by, updated_at, version)
            VALUES (\(bind: incident), \(bind: origin), \(bind: team), \(bind: program), \(bind: draft.responders.nonBlank),
                \(bind: try Self.time(draft.arrivedAt, "arrival time")), \(bind: try Self.time(draft.clearedAt, "clear time")),
                \(bind: draft.circumstances.nonBlank), \(bind: draft.rootCause.nonBlank), \(bind: Self.joined(draft.services)),
                \(bind: (draft.policeRequested ?? false) ? 1 : 0), \(bind: draft.policeReason.nonBlank),
                \(bind: (draft.emsRequested ?? false) ? 1 : 0), \(bind: draft.emsReason.nonBlank),
                \(bind: draft.transport.nonBlank), \(bind: draft.outcome.nonBlank), \(bind: draft.narrative.nonBlank), \(bind: personID),
                \(bind: userName), \(bind: now), \(bind: userName), \(bind: now), \(bind: 1))
            RETURNING id
            """).first() else { throw RecordsError.database(reason: "the new record got no id") }
        let id = try row.decode(column: "id", as: Int.self)
        try await writeParts(of: draft, recordID: id, db)
        return id
    }

    /// Saves changes to a record, if it is still at the version the edit started from.
    ///
    /// The update names the version (`WHERE id = … AND version = …`), so of two saves based on the same version
    /// exactly one succeeds; the other gets ``RecordsError/staleVersion(recordID:yourVersion:currentVersion:)`` and
    /// nothing of it is written.
    /// - Throws: also ``RecordsError/forbidden(reason:)`` for a record of another team, ``RecordsError/notFound(what:)``.
    public func updateRecord(_ id: Int, with draft: RecordDraft, for requester: Requester) async throws -> ResponderRecord {
        try AccessPolicy.requireRecordWriter(requester.user)
        try draft.validate()
        guard let expected = draft.version else {
            throw RecordsError.invalidField(field: "version", value: "", expected: "the version of the record the edit started from")
        }
        do {
            return try await database.transaction { db in
                guard let scope = try await db.raw("SELECT team, program, version FROM responder_records WHERE id = \(bind: id)").first() else {
                    throw RecordsError.notFound(what: "record \(id)")
                }
                let team = try scope.requiredText("team"), program = try scope.requiredText("program")
                guard AccessPolicy.canWrite(team: team, program: program, as: requester.user) else {
                    throw RecordsError.forbidden(reason: "record \(id) belongs to \(team) of \(program)")
                }
                let current = try scope.decode(column: "version", as: Int.self)
                if current != expected { throw RecordsError.staleVersion(recordID: id, yourVersion: expected, currentVersion: current) }
                let personID = try await resolvePerson(draft, program: program, db)
                let incident = draft.incidentNumber.nonBlank
                let updated = try await db.raw("""
                    UPDATE responder_records SET incident_number = \(bind: incident),
                        origin = \(bind: draft.origin.nonBlank ?? (incident == nil ? "direct line" : "CAD dispatch")),
                        responders = \(bind: draft.responders.nonBlank),
                        arrived_at = \(bind: try Self.time(draft.arrivedAt, "arrival time")), cleared_at = \(bind: try Self.time(draft.clearedAt, "clear time")),
                        circumstances = \(bind: draft.circumstances.nonBlank), root_cause = \(bind: draft.rootCause.nonBlank),
                        services = \(bind: Self.joined(draft.services)), police_requested = \(bind: (draft.policeRequested ?? false) ? 1 : 0),
                        police_reason = \(bind: draft.policeReason.nonBlank), ems_requested = \(bind: (draft.emsRequested ?? false) ? 1 : 0),
                        ems_reason = \(bind: draft.emsReason.nonBlank), transport = \(bind: draft.transport.nonBlank),
                        outcome = \(bind: draft.outcome.nonBlank), narrative = \(bind: draft.narrative.nonBlank), person_id = \(bind: personID),
                        updated_by = \(bind: requester.user.name), updated_at = \(bind: Clock.nowText()), version = version + 1
                    WHERE id = \(bind: id) AND version = \(bind: expected)
                    RETURNING version
                    """).all()
                if updated.isEmpty { throw RecordsError.staleVersion(recordID: id, yourVersion: expected, currentVersion: current + 1) }
                try await db.raw("DELETE FROM demographics WHERE record_id = \(bind: id)").run()
                try await db.raw("DELETE FROM contacts WHERE record_id = \(bind: id)").run()
                try await writeParts(of: draft, recordID: id, db)
                try await AuditLog.append(db, dialect: dialect, by: requester, action: "update", entity: "responder_record", entityID: String(id),
                                          detail: "version \(expected) to \(expected + 1)")
                guard let record = try await loadRecord(id, db) else { throw RecordsError.notFound(what: "record \(id)") }
                return record
            }
        } catch RecordsError.forbidden(let reason) {
            try await auditRefusal(requester, action: "update-refused", entity: "responder_record", entityID: String(id), reason: reason)
            throw RecordsError.forbidden(reason: reason)
        } catch RecordsError.staleVersion(let recordID, let yours, let current) {
            try await auditRefusal(requester, action: "update-refused", entity: "responder_record", entityID: String(id),
                                   reason: "stale version \(yours) (current \(current))")
            throw RecordsError.staleVersion(recordID: recordID, yourVersion: yours, currentVersion: current)
        }
    }

    /// Demographics and contact rows of a record.
    private func writeParts(of draft: RecordDraft, recordID id: Int, _ db: any SQLDatabase) async throws {
        for (party, stated) in [("subject", draft.subject), ("caller", draft.caller)] {
            guard let stated, !stated.isEmpty else { continue }
            try await db.raw("""
                INSERT INTO demographics (record_id, party, gender, race, ethnicity, age_range)
                VALUES (\(bind: id), \(bind: party), \(bind: stated.gender.nonBlank), \(bind: stated.race.nonBlank),
                        \(bind: stated.ethnicity.nonBlank), \(bind: stated.ageRange.nonBlank))
                """).run()
        }
        if let c = draft.contact {
            try await db.raw("""
                INSERT INTO contacts (record_id, phone, email, contact_note, consent_follow_up, consent_date, consent_scope)
                VALUES (\(bind: id), \(bind: c.phone.nonBlank), \(bind: c.email.nonBlank), \(bind: c.note.nonBlank),
                        \(bind: c.consentToFollowUp ? 1 : 0), \(bind: c.consentDate.nonBlank), \(bind: c.consentScope.nonBlank))
                """).run()
        }
    }

    /// The person a draft names: an existing pseudonym, or a name found (or added) in the program.
    private func resolvePerson(_ draft: RecordDraft, program: String, _ db: any SQLDatabase) async throws -> Int? {
        var personID: Int?
        if let pseudonym = draft.personPseudonym.nonBlank {
            guard let row = try await db.raw("SELECT id FROM persons WHERE pseudonym = \(bind: pseudonym) AND program = \(bind: program)").first() else {
                throw RecordsError.invalidField(field: "person", value: pseudonym, expected: "the pseudonym of a person known to the program")
            }
            personID = try row.decode(column: "id", as: Int.self)
        } else if let name = draft.personName.nonBlank {
            if let row = try await db.raw("SELECT id FROM persons WHERE program = \(bind: program) AND LOWER(name) = LOWER(\(bind: name)) ORDER BY id LIMIT 1").first() {
                personID = try row.decode(column: "id", as: Int.self)
            } else {
                let created = try await db.raw("""
                    INSERT INTO persons (pseudonym, name, program, known_high_utilizer, created_at)
                    VALUES (\(bind: Self.newPseudonym()), \(bind: name), \(bind: program), \(bind: 0), \(bind: Clock.nowText())) RETURNING id
                    """).first()
                personID = try created?.decode(column: "id", as: Int.self)
            }
        }
        if let personID, let flag = draft.knownHighUtilizer {
            try await db.raw("UPDATE persons SET known_high_utilizer = \(bind: flag ? 1 : 0) WHERE id = \(bind: personID)").run()
        }
        return personID
    }

    /// A code with no meaning: `P-` and eight hex digits.
    static func newPseudonym() -> String {
        "P-" + String(format: "%08X", UInt32.random(in: 0...UInt32.max))
    }

    static func joined(_ services: [String]?) -> String? {
        let kept = (services ?? []).filter { !$0.isEmpty }
        return kept.isEmpty ? nil : kept.joined(separator: "|")
    }

    /// Checks a wall-clock time as the form sends it (`YYYY-MM-DDTHH:MM`, seconds optional, or a space for the `T`).
    static func time(_ value: String?, _ field: String) throws(RecordsError) -> String? {
        guard let text = value.nonBlank else { return nil }
        let pattern = #/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/#
        guard text.wholeMatch(of: pattern) != nil else {
            throw .invalidField(field: field, value: text, expected: "a date and time like 2018-05-01T14:30")
        }
        return text.replacingOccurrences(of: " ", with: "T")
    }
}
