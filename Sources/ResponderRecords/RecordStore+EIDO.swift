import Foundation
import SQLKit

extension RecordStore {
    /// The agency that issues Reroute's EIDOs.
    static let eidoAgencyID = "reroute.community-responders"

    /// An incident and the responder records of it the user may see, as an EIDO, filtered by role:
    /// call-takers get the CAD incident with its location and no responder records or people; responders and
    /// supervisors get the records they may read with names and notes; evaluators get the pseudonymised form (no
    /// address, location to ~100 m, people by pseudonym, no notes). Audited.
    /// - Throws: ``RecordsError/forbidden(reason:)`` for administrators, ``RecordsError/notFound(what:)``.
    public func eido(_ incidentNumber: String, for requester: Requester) async throws -> EIDODocument {
        let detail = try await call(incidentNumber, for: requester)
        let role = requester.user.role
        var records: [ResponderRecord] = []
        for summary in detail.records { records.append(try await record(summary.id, for: requester)) }
        let c = detail.incident
        let stamp = Self.eidoTime(c.clearedAt ?? c.arrivedAt ?? c.createdAt)
        func urn(_ kind: String, _ id: String) -> String { "urn:emergency:uid:eidodatacomponent:\(kind)-\(id):\(Self.eidoAgencyID)" }
        let agency = EIDODocument.Reference(urn("agency", "1"))
        let locationID = urn("location", c.incidentNumber)
        var dispositions = [EIDODocument.Disposition(dispositionCommonRegistryCode: APCORegistry.disposition(ofOutcome: c.outcome), dispositionPrimaryIndicator: true,
                                                     dispositionCategoryText: "CAD", dispositionDescriptionText: c.disposition)]
        for r in records {
            if let outcome = r.outcome {
                dispositions.append(.init(dispositionCommonRegistryCode: APCORegistry.disposition(ofResponderOutcome: outcome), dispositionPrimaryIndicator: false,
                                          dispositionCategoryText: "Community responder record \(r.id)", dispositionDescriptionText: outcome))
            }
        }
        var people: [EIDODocument.Person] = []
        var notes: [EIDODocument.Notes] = []
        for r in records {
            if let person = r.person {
                people.append(.init(id: urn("person", person.pseudonym), lastUpdateTimeStamp: Self.eidoTime(r.updatedAt), personIncidentRoleRegistryText: ["InvolvedPerson"],
                                    personIdentification: person.pseudonym, personFullName: role.seesPseudonymised ? nil : person.name))
            }
            if !role.seesPseudonymised, let narrative = r.narrative {
                notes.append(.init(id: urn("notes", "record-\(r.id)"), lastUpdateTimeStamp: Self.eidoTime(r.updatedAt), notesActionCommonRegistryText: "Added",
                                   notesText: Self.htmlEscaped(narrative)))
            }
        }
        if !role.seesPseudonymised && role.readsRecords, let narrative = c.narrative, !narrative.isEmpty {
            notes.append(.init(id: urn("notes", "cad-\(c.incidentNumber)"), lastUpdateTimeStamp: stamp, notesActionCommonRegistryText: "Added",
                               notesText: Self.htmlEscaped(narrative)))
        }
        let units = records.map { r in
            EIDODocument.EmergencyResource(id: urn("unit", "record-\(r.id)"), lastUpdateTimeStamp: Self.eidoTime(r.updatedAt),
                                           emergencyResourceTypeCommonRegistryText: "Community Responder Team", resourceAttributeRegistryText: ["Behavioral Health"],
                                           primaryUnitStatusRegistryText: r.clearedAt == nil ? "OnScene" : "Available",
                                           secondaryUnitStatusRegistryText: [], agentReference: [], emergencyResourceName: r.team,
                                           activeOnIncidentId: r.clearedAt == nil ? c.incidentNumber : nil)
        }
        let incident = EIDODocument.Incident(
            id: urn("incident", c.incidentNumber), lastUpdateTimeStamp: stamp, updatedByAgencyReference: agency, internalIncidentId: c.incidentNumber,
            incidentTypeCommonRegistryText: APCORegistry.incidentType(of: c.callType), incidentTypeInternalCode: c.rawCallType,
            incidentTypeInternalText: c.callType, incidentStatusCommonRegistryText: [c.clearedAt == nil ? "Active" : "Closed"],
            incidentPriorityInternalText: c.priority, beatOrDispatchGroupText: c.district, reportNumberType: "New", dispositionComponent: dispositions,
            locationReference: [.init(locationID)], personReference: people.isEmpty ? nil : people.map { .init($0.id) },
            notesReference: notes.isEmpty ? nil : notes.map { .init($0.id) })
        let location = EIDODocument.Location(id: locationID, lastUpdateTimeStamp: stamp, locationTypeDescriptionRegistryText: ["CurrentIncident"],
                                             civicAddressText: c.address, latitude: c.latitude, longitude: c.longitude, districtText: c.district)
        let call = EIDODocument.Call(id: urn("call", c.incidentNumber), lastUpdateTimeStamp: stamp, callStateRegistryText: "callEnd",
                                     standardPrimaryCallType: c.source == "911" ? "Emergency" : "NonEmergency", direction: "incoming",
                                     callStartTimestamp: Self.eidoTime(c.createdAt), localCallType: c.source)
        return EIDODocument(eidoVersion: "1.0", issuingElementIdentification: "urn:emergency:uid:issuingelement:\(Self.eidoAgencyID)", lastUpdateTimeStamp: stamp,
                            agencyComponent: [.init(id: agency.ref, lastUpdateTimeStamp: stamp, agencyIdentifier: Self.eidoAgencyID,
                                                    agencyName: "Community responder program (\(requester.user.program))",
                                                    agencyTypeCommonRegistryText: "Behavioral Health")],
                            incidentComponent: [incident], callComponent: [call], emergencyResourceComponent: units.isEmpty ? nil : units,
                            locationComponent: [location], personComponent: people.isEmpty ? nil : people, notesComponent: notes.isEmpty ? nil : notes)
    }

    /// An EIDO timestamp (`YYYY-MM-DDTHH:MM:SS` local wall-clock time as CAD gave it; no offset is known).
    static func eidoTime(_ text: String) -> String { text.count == 16 ? text + ":00" : text }

    static func htmlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Imports EIDO incidents (one object or an array) as CAD calls, upserted by `internalIncidentId`, in one
    /// transaction with one audit entry. Responder-type is set from the call type's place on the eligible list.
    /// - Parameter eligibleCallTypes: the normalised call types community responders take.
    /// - Returns: the incident numbers written.
    /// - Throws: ``RecordsError/invalidField(field:value:expected:)`` naming the document and field that is missing.
    public func importEIDO(_ data: Data, eligibleCallTypes: Set<String>, for requester: Requester) async throws -> [String] {
        guard requester.user.role.importsCAD else { throw RecordsError.forbidden(reason: "the \(requester.user.role.rawValue) role does not import CAD data") }
        let decoder = JSONDecoder()
        let documents: [EIDODocument]
        do {
            if let many = try? decoder.decode([EIDODocument].self, from: data) { documents = many } else { documents = [try decoder.decode(EIDODocument.self, from: data)] }
        } catch let error as DecodingError {
            throw RecordsError.invalidField(field: "EIDO", value: Self.describe(error), expected: "an EIDO JSON object (or array) with eidoVersion, issuingElementIdentification, agencyComponent and incidentComponent")
        }
        var rows: [(String, String, String, String, String?, String?, String, String?)] = []
        for (index, document) in documents.enumerated() {
            guard let incident = document.incidentComponent.first else {
                throw RecordsError.invalidField(field: "document \(index + 1): incidentComponent", value: "[]", expected: "at least one incident component")
            }
            let callType = (incident.incidentTypeInternalText ?? incident.incidentTypeCommonRegistryText).uppercased()
            guard let created = document.callComponent?.first?.callStartTimestamp ?? Optional(incident.lastUpdateTimeStamp),
                  created.count >= 19 else {
                throw RecordsError.invalidField(field: "document \(index + 1): callComponent.callStartTimestamp", value: "", expected: "YYYY-MM-DDTHH:MM:SS")
            }
            let outcome = APCORegistry.outcome(ofDisposition: incident.dispositionComponent?.first { $0.dispositionPrimaryIndicator }?.dispositionCommonRegistryCode ?? "")
            let location = document.locationComponent?.first
            let source = document.callComponent?.first?.localCallType ?? "other"
            rows.append((incident.internalIncidentId, callType, source, String(created.prefix(19)), incident.beatOrDispatchGroupText ?? location?.districtText,
                         location?.civicAddressText, outcome, incident.incidentPriorityInternalText))
        }
        return try await database.transaction { db in
            for r in rows {
                let responder = eligibleCallTypes.contains(r.1) && r.2 != "officer-initiated"
                try await db.raw("""
                    INSERT INTO cad_incidents (incident_number, call_type, raw_call_type, priority, source, created_at, outcome, district, address, responder_type)
                    VALUES (\(bind: r.0), \(bind: r.1), \(bind: r.1), \(bind: r.7), \(bind: r.2), \(bind: r.3), \(bind: r.6), \(bind: r.4), \(bind: r.5), \(bind: responder ? 1 : 0))
                    ON CONFLICT (incident_number) DO UPDATE SET call_type = excluded.call_type, raw_call_type = excluded.raw_call_type, priority = excluded.priority,
                        source = excluded.source, created_at = excluded.created_at, outcome = excluded.outcome, district = excluded.district,
                        address = excluded.address, responder_type = excluded.responder_type
                    """).run()
            }
            try await AuditLog.append(db, dialect: dialect, by: requester, action: "import", entity: "cad_incident", entityID: "eido",
                                      detail: "\(rows.count) EIDO incidents: " + rows.map(\.0).prefix(20).joined(separator: ", "))
            return rows.map(\.0)
        }
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context): return "missing \((context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: "."))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        @unknown default: return "unreadable"
        }
    }
}
