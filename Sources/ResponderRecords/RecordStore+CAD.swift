import SQLKit

/// A CAD call with the records of it that the user may see.
public struct CADCallDetail: Sendable, Codable {
    public var incident: CADIncident
    public var records: [RecordSummary]
}

extension RecordStore {
    /// CAD calls, newest first, optionally searched (incident number, call type, or for non-evaluators the address)
    /// and restricted to the call types community responders take.
    public func calls(matching search: String? = nil, responderTypesOnly: Bool = false, limit: Int = 50, offset: Int = 0,
                      for requester: Requester) async throws -> CADCallPage {
        guard AccessPolicy.canSeeCAD(requester.user) else { throw RecordsError.forbidden(reason: "the administrator role does not open CAD calls") }
        let limit = min(max(limit, 1), 500), offset = max(offset, 0)
        var condition: SQLQueryString = "1 = 1"
        if responderTypesOnly { condition += " AND c.responder_type = 1" }
        if let term = search.nonBlank {
            let pattern = "%" + term.lowercased() + "%"
            if requester.user.role.seesPseudonymised {
                condition += " AND (c.incident_number = \(bind: term) OR LOWER(c.call_type) LIKE \(bind: pattern))"
            } else {
                condition += " AND (c.incident_number = \(bind: term) OR LOWER(c.call_type) LIKE \(bind: pattern) OR LOWER(c.address) LIKE \(bind: pattern))"
            }
        }
        return try await database.transaction { db in
            let total = try await db.raw("SELECT COUNT(*) AS n FROM cad_incidents c WHERE \(condition)").first()?.int("n") ?? 0
            let rows = try await db.raw("""
                SELECT c.*, (SELECT COUNT(*) FROM responder_records r WHERE r.incident_number = c.incident_number) AS record_count
                FROM cad_incidents c WHERE \(condition) ORDER BY c.created_at DESC, c.id DESC LIMIT \(bind: limit) OFFSET \(bind: offset)
                """).all()
            try await AuditLog.append(db, dialect: dialect, by: requester, action: search.nonBlank == nil ? "list" : "search", entity: "cad_incident",
                                      entityID: "*", detail: (search.nonBlank.map { "q=\($0); " } ?? "") + "\(rows.count) of \(total)")
            let calls = try rows.map(Self.incident(from:))
            return CADCallPage(calls: requester.user.role.seesPseudonymised ? calls.map { $0.pseudonymised() } : calls,
                               total: total, offset: offset, limit: limit)
        }
    }

    /// One CAD call and the records of it the user may see.
    public func call(_ incidentNumber: String, for requester: Requester) async throws -> CADCallDetail {
        guard AccessPolicy.canSeeCAD(requester.user) else { throw RecordsError.forbidden(reason: "the administrator role does not open CAD calls") }
        return try await database.transaction { db in
            guard let row = try await db.raw("""
                SELECT c.*, (SELECT COUNT(*) FROM responder_records r WHERE r.incident_number = c.incident_number) AS record_count
                FROM cad_incidents c WHERE c.incident_number = \(bind: incidentNumber)
                """).first() else { throw RecordsError.notFound(what: "CAD incident \(incidentNumber)") }
            let incident = try Self.incident(from: row)
            var records: [RecordSummary] = []
            if requester.user.role.readsRecords {
                records = try await db.raw("""
                    SELECT r.id, r.incident_number, r.origin, r.team, r.outcome, r.root_cause, r.created_at, r.version, 1 AS matched
                    FROM responder_records r WHERE r.incident_number = \(bind: incidentNumber) AND \(AccessPolicy.visibleRecords(to: requester.user))
                    ORDER BY r.id
                    """).all().map(Self.summary(from:))
            }
            try await AuditLog.append(db, dialect: dialect, by: requester, action: "read", entity: "cad_incident", entityID: incidentNumber,
                                      detail: "\(records.count) records shown")
            return CADCallDetail(incident: requester.user.role.seesPseudonymised ? incident.pseudonymised() : incident, records: records)
        }
    }

    static func incident(from row: any SQLRow) throws -> CADIncident {
        CADIncident(incidentNumber: try row.requiredText("incident_number"), callType: try row.requiredText("call_type"),
                    rawCallType: try row.requiredText("raw_call_type"), priority: try row.text("priority"), source: try row.requiredText("source"),
                    createdAt: try row.requiredText("created_at"), dispatchedAt: try row.text("dispatched_at"), enRouteAt: try row.text("en_route_at"),
                    arrivedAt: try row.text("arrived_at"), clearedAt: try row.text("cleared_at"), disposition: try row.text("disposition"),
                    outcome: try row.requiredText("outcome"), latitude: try row.double("latitude"), longitude: try row.double("longitude"),
                    district: try row.text("district"), beat: try row.text("beat"), address: try row.text("address"),
                    narrative: try row.text("narrative"), isResponderType: try row.flag("responder_type"),
                    recordCount: try row.int("record_count") ?? 0)
    }
}
