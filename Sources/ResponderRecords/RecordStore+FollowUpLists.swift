import SQLKit

/// The two lists that keep CAD and the records in step.
public struct FollowUpLists: Sendable, Codable {
    /// Records whose incident number CAD does not have (or that have none: direct line, on view).
    public var recordsWithoutCAD: [RecordSummary]
    /// CAD calls of the types responders take that no record names yet, newest first.
    public var callsWithoutRecord: [CADIncident]
    /// How many such calls there are in all (the list shows the newest).
    public var callsWithoutRecordTotal: Int
}

extension RecordStore {
    /// Records without a CAD match (those the user may see) and responder-type CAD calls without a record.
    public func followUpLists(limit: Int = 100, for requester: Requester) async throws -> FollowUpLists {
        guard AccessPolicy.canSeeCAD(requester.user) else { throw RecordsError.forbidden(reason: "the administrator role does not open CAD calls") }
        return try await database.transaction { db in
            var unmatched: [RecordSummary] = []
            if requester.user.role.readsRecords {
                unmatched = try await db.raw("""
                    SELECT r.id, r.incident_number, r.origin, r.team, r.outcome, r.root_cause, r.created_at, r.version, 0 AS matched
                    FROM responder_records r LEFT JOIN cad_incidents c ON c.incident_number = r.incident_number
                    WHERE c.id IS NULL AND \(AccessPolicy.visibleRecords(to: requester.user))
                    ORDER BY r.id DESC LIMIT \(bind: limit)
                    """).all().map(Self.summary(from:))
            }
            let uncoveredCondition: SQLQueryString = """
                c.responder_type = 1 AND NOT EXISTS (SELECT 1 FROM responder_records r WHERE r.incident_number = c.incident_number)
                """
            let total = try await db.raw("SELECT COUNT(*) AS n FROM cad_incidents c WHERE \(uncoveredCondition)").first()?.int("n") ?? 0
            let calls = try await db.raw("""
                SELECT c.*, 0 AS record_count FROM cad_incidents c WHERE \(uncoveredCondition)
                ORDER BY c.created_at DESC, c.id DESC LIMIT \(bind: limit)
                """).all().map(Self.incident(from:))
            try await AuditLog.append(db, dialect: dialect, by: requester, action: "list", entity: "follow_up_lists", entityID: "*",
                                      detail: "\(unmatched.count) records without CAD, \(total) calls without record")
            return FollowUpLists(recordsWithoutCAD: unmatched,
                                 callsWithoutRecord: requester.user.role.seesPseudonymised ? calls.map { $0.pseudonymised() } : calls,
                                 callsWithoutRecordTotal: total)
        }
    }
}
