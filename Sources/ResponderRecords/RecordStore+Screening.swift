import Foundation
import Screening
import SQLKit

/// A screening decision as recorded: the protocol's decision on one call, against its incident number.
public struct RecordedScreening: Sendable, Codable, Equatable {
    public var id: Int
    public var incidentNumber: String
    public var decidedAt: String
    public var decidedBy: String
    public var call: ScreeningCall
    /// Who the protocol sends (``ResponseDecision`` raw value).
    public var decision: ResponseDecision
    public var ruleID: String
    public var reason: String
    /// The short code to write in the CAD narrative.
    public var shortCode: String
    /// Why the call type is or is not eligible (empty when read back from the database).
    public var eligibility: String
    public var protocolVersion: String
    /// Whether CAD (as imported) has the incident number.
    public var isInCAD: Bool
}

extension RecordStore {
    /// Roles that screen calls: call-takers, and supervisors who cover the console.
    static func requireScreener(_ user: User) throws(RecordsError) {
        if user.role != .callTaker && user.role != .supervisor {
            throw .forbidden(reason: "only call-takers and supervisors record screening decisions")
        }
    }

    /// Decides a call with the protocol and records the decision against the incident number, audited in the same
    /// transaction. The call type is CAD's when the form leaves it blank and CAD has the incident.
    /// - Throws: ``RecordsError/invalidField(field:value:expected:)`` for a blank incident number or call type,
    ///   ``RecordsError/forbidden(reason:)`` for other roles.
    public func screen(_ call: ScreeningCall, incidentNumber: String, with screeningProtocol: ScreeningProtocol,
                       for requester: Requester) async throws -> RecordedScreening {
        try Self.requireScreener(requester.user)
        guard let incident = Optional(incidentNumber).nonBlank else {
            throw RecordsError.invalidField(field: "incident number", value: incidentNumber, expected: "the CAD incident number of the call")
        }
        return try await database.transaction { db in
            let cadType = try await db.raw("SELECT call_type FROM cad_incidents WHERE incident_number = \(bind: incident)").first()?.text("call_type")
            var call = call
            if Optional(call.callType).nonBlank == nil, let cadType { call.callType = cadType }
            guard Optional(call.callType).nonBlank != nil else {
                throw RecordsError.invalidField(field: "call type", value: "", expected: "the call type (CAD does not have incident \(incident) yet)")
            }
            let decision = screeningProtocol.decide(call)
            let (id, now) = try await insertScreening(call, decision: decision, incident: incident, by: requester, db)
            return RecordedScreening(id: id, incidentNumber: incident, decidedAt: now, decidedBy: requester.user.name, call: call,
                                     decision: decision.decision, ruleID: decision.ruleID, reason: decision.reason, shortCode: decision.shortCode,
                                     eligibility: decision.eligibility, protocolVersion: decision.protocolVersion, isInCAD: cadType != nil)
        }
    }

    /// Writes a decision and its audit entry (inside the caller's transaction).
    func insertScreening(_ call: ScreeningCall, decision: ProtocolDecision, incident: String, by requester: Requester, at time: String? = nil,
                         _ db: any SQLDatabase) async throws -> (id: Int, at: String) {
        let answers = ProtocolField.allCases.compactMap { field in call.answer(for: field).map { "\(field.rawValue)=\($0.rawValue)" } }.joined(separator: ";")
        let now = time ?? Clock.nowText()
        guard let row = try await db.raw("""
            INSERT INTO screening_decisions (incident_number, decided_at, decided_by, source_line, call_type, answers, decision, rule_id,
                short_code, reason, protocol_version)
            VALUES (\(bind: incident), \(bind: now), \(bind: requester.user.name), \(bind: call.source.rawValue), \(bind: decision.callType),
                    \(bind: answers), \(bind: decision.decision.rawValue), \(bind: decision.ruleID), \(bind: decision.shortCode),
                    \(bind: decision.reason), \(bind: decision.protocolVersion))
            RETURNING id
            """).first() else { throw RecordsError.database(reason: "the screening decision got no id") }
        let id = try row.decode(column: "id", as: Int.self)
        try await AuditLog.append(db, dialect: dialect, by: requester, action: "screen", entity: "screening_decision", entityID: incident,
                                  detail: "\(decision.decision.rawValue) \(decision.shortCode) (rule \(decision.ruleID), protocol \(decision.protocolVersion))")
        return (id, now)
    }

    /// The caller's most recent screening decisions (the console's history), newest first; audited as a list.
    public func recentScreenings(limit: Int = 15, for requester: Requester) async throws -> [RecordedScreening] {
        try Self.requireScreener(requester.user)
        return try await database.transaction { db in
            let rows = try await db.raw("""
                SELECT s.*, (SELECT COUNT(*) FROM cad_incidents c WHERE c.incident_number = s.incident_number) AS in_cad
                FROM screening_decisions s WHERE s.decided_by = \(bind: requester.user.name) ORDER BY s.id DESC LIMIT \(bind: limit)
                """).all()
            try await AuditLog.append(db, dialect: dialect, by: requester, action: "list", entity: "screening_decision", entityID: "*",
                                      detail: "\(rows.count) of own decisions")
            return try rows.map(Self.screening(from:))
        }
    }

    static func screening(from row: any SQLRow) throws -> RecordedScreening {
        var call = ScreeningCall(callType: try row.requiredText("call_type"), source: SourceLine(rawValue: try row.requiredText("source_line")) ?? .nineOneOne)
        for pair in try row.requiredText("answers").split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            if parts.count == 2, let field = ProtocolField(rawValue: parts[0]), let answer = Answer(rawValue: parts[1]) { call.setAnswer(answer, for: field) }
        }
        return RecordedScreening(id: try row.decode(column: "id", as: Int.self), incidentNumber: try row.requiredText("incident_number"),
                                 decidedAt: try row.requiredText("decided_at"), decidedBy: try row.requiredText("decided_by"), call: call,
                                 decision: ResponseDecision(rawValue: try row.requiredText("decision")) ?? .police, ruleID: try row.requiredText("rule_id"),
                                 reason: try row.requiredText("reason"), shortCode: try row.requiredText("short_code"), eligibility: "",
                                 protocolVersion: try row.requiredText("protocol_version"), isInCAD: (try row.int("in_cad") ?? 0) > 0)
    }
}
