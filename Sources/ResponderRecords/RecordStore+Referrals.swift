import SQLKit

extension RecordStore {
    /// Adds a referral to a record (additions do not conflict, so the record's version does not change).
    public func addReferral(_ draft: ReferralDraft, toRecord id: Int, for requester: Requester) async throws -> Referral {
        try AccessPolicy.requireRecordWriter(requester.user)
        try draft.validate()
        return try await writable(id, for: requester) { db in
            guard let row = try await db.raw("""
                INSERT INTO referrals (record_id, referral_type, agency, handoff, minutes, notes, created_by, created_at)
                VALUES (\(bind: id), \(bind: draft.type), \(bind: draft.agency), \(bind: draft.handoff), \(bind: draft.minutes),
                        \(bind: draft.notes.nonBlank), \(bind: requester.user.name), \(bind: Clock.nowText()))
                RETURNING id, created_at
                """).first() else { throw RecordsError.database(reason: "the referral got no id") }
            let referralID = try row.decode(column: "id", as: Int.self)
            try await AuditLog.append(db, dialect: dialect, by: requester, action: "update", entity: "responder_record", entityID: String(id),
                                      detail: "referral \(referralID) added")
            return Referral(id: referralID, type: draft.type, agency: draft.agency, handoff: draft.handoff, minutes: draft.minutes,
                            notes: draft.notes, createdAt: try row.requiredText("created_at"))
        }
    }

    /// Adds a follow-up to a record.
    public func addFollowUp(_ draft: FollowUpDraft, toRecord id: Int, for requester: Requester) async throws -> FollowUp {
        try AccessPolicy.requireRecordWriter(requester.user)
        try draft.validate()
        return try await writable(id, for: requester) { db in
            if let referralID = draft.referralID,
               try await db.raw("SELECT id FROM referrals WHERE id = \(bind: referralID) AND record_id = \(bind: id)").first() == nil {
                throw RecordsError.invalidField(field: "referral", value: String(referralID), expected: "a referral of record \(id)")
            }
            let now = Clock.nowText()
            guard let row = try await db.raw("""
                INSERT INTO follow_ups (record_id, referral_id, status, due_on, notes, updated_by, updated_at)
                VALUES (\(bind: id), \(bind: draft.referralID), \(bind: draft.status), \(bind: draft.dueOn.nonBlank),
                        \(bind: draft.notes.nonBlank), \(bind: requester.user.name), \(bind: now))
                RETURNING id
                """).first() else { throw RecordsError.database(reason: "the follow-up got no id") }
            let followUpID = try row.decode(column: "id", as: Int.self)
            try await AuditLog.append(db, dialect: dialect, by: requester, action: "update", entity: "responder_record", entityID: String(id),
                                      detail: "follow-up \(followUpID) added (\(draft.status))")
            return FollowUp(id: followUpID, referralID: draft.referralID, status: draft.status, dueOn: draft.dueOn.nonBlank,
                            notes: draft.notes.nonBlank, updatedAt: now)
        }
    }

    /// Sets the status (and optionally the notes) of a follow-up.
    public func updateFollowUp(_ followUpID: Int, status: String, notes: String?, for requester: Requester) async throws {
        try AccessPolicy.requireRecordWriter(requester.user)
        try FollowUpDraft(status: status).validate()
        guard let owner = try await database.withConnection({ db in
            try await db.raw("SELECT record_id FROM follow_ups WHERE id = \(bind: followUpID)").first()?.int("record_id")
        }) else { throw RecordsError.notFound(what: "follow-up \(followUpID)") }
        try await writable(owner, for: requester) { db in
            try await db.raw("""
                UPDATE follow_ups SET status = \(bind: status), notes = COALESCE(\(bind: notes.nonBlank), notes),
                    updated_by = \(bind: requester.user.name), updated_at = \(bind: Clock.nowText())
                WHERE id = \(bind: followUpID)
                """).run()
            try await AuditLog.append(db, dialect: dialect, by: requester, action: "update", entity: "responder_record", entityID: String(owner),
                                      detail: "follow-up \(followUpID) now \(status)")
        }
    }

    /// Runs `body` in a transaction once the user may change record `id`; refusals are audited.
    func writable<T: Sendable>(_ id: Int, for requester: Requester, _ body: (any SQLDatabase) async throws -> T) async throws -> T {
        do {
            return try await database.transaction { db in
                guard let scope = try await db.raw("SELECT team, program FROM responder_records WHERE id = \(bind: id)").first() else {
                    throw RecordsError.notFound(what: "record \(id)")
                }
                let team = try scope.requiredText("team"), program = try scope.requiredText("program")
                guard AccessPolicy.canWrite(team: team, program: program, as: requester.user) else {
                    throw RecordsError.forbidden(reason: "record \(id) belongs to \(team) of \(program)")
                }
                return try await body(db)
            }
        } catch RecordsError.forbidden(let reason) {
            try await auditRefusal(requester, action: "update-refused", entity: "responder_record", entityID: String(id), reason: reason)
            throw RecordsError.forbidden(reason: reason)
        }
    }
}
