import ResponderRecords

/// The values the templates show, built from the records model (templates hold no logic beyond sections).
enum RecordViews {
    /// A CAD call's fields as label/value pairs (read-only beside the record form).
    static func cadFields(_ c: CADIncident) -> [[String: Any]] {
        var pairs: [(String, String?)] = [
            ("Incident number", c.incidentNumber), ("Call type", c.callType), ("Priority", c.priority), ("Source", c.source),
            ("Created", c.createdAt), ("Dispatched", c.dispatchedAt), ("En route", c.enRouteAt), ("Arrived", c.arrivedAt), ("Cleared", c.clearedAt),
            ("Disposition", c.disposition), ("District", c.district), ("Beat", c.beat), ("Address", c.address),
        ]
        if let lat = c.latitude, let lon = c.longitude { pairs.append(("Location", "\(lat), \(lon)")) }
        pairs.append(("CAD notes", c.narrative))
        pairs.append(("Responder call type", c.isResponderType ? "yes" : "no"))
        return pairs.compactMap { label, value in value.map { ["label": label, "value": $0] } }
    }

    /// A call as a list row.
    static func callRow(_ c: CADIncident) -> [String: Any] {
        ["incident": c.incidentNumber, "callType": c.callType, "created": c.createdAt.replacingOccurrences(of: "T", with: " "),
         "district": c.district ?? "", "address": c.address ?? "", "disposition": c.disposition ?? "", "records": c.recordCount,
         "isResponderType": c.isResponderType, "hasRecord": c.recordCount > 0]
    }

    /// A record summary as a list row.
    static func recordRow(_ r: RecordSummary) -> [String: Any] {
        ["id": r.id, "incident": r.incidentNumber ?? "", "origin": r.origin, "team": r.team, "outcome": r.outcome ?? "",
         "rootCause": r.rootCause ?? "", "created": String(r.createdAt.prefix(16)).replacingOccurrences(of: "T", with: " "),
         "matched": r.hasCADMatch, "version": r.version]
    }

    /// A record's fields as label/value pairs (what an evaluator does not get reads "withheld").
    static func recordFields(_ r: ResponderRecord) -> [[String: Any]] {
        let withheld = "withheld (pseudonymised)"
        func free(_ value: String?) -> String? { r.isPseudonymised ? withheld : value }
        let pairs: [(String, String?)] = [
            ("Incident number", r.incidentNumber ?? "none yet"), ("Origin", r.origin), ("Team", r.team), ("Responders", free(r.responders)),
            ("Arrived", r.arrivedAt), ("Cleared", r.clearedAt), ("Circumstances", r.circumstances), ("Root cause", r.rootCause),
            ("Services", r.services.isEmpty ? nil : r.services.joined(separator: ", ")),
            ("Police requested", r.policeRequested ? "yes" + (r.policeReason.map { " (\($0))" } ?? "") : "no"),
            ("EMS requested", r.emsRequested ? "yes" + (r.emsReason.map { " (\($0))" } ?? "") : "no"),
            ("Transport", r.transport), ("Outcome", r.outcome),
            ("Person", r.person.map { p in (r.isPseudonymised ? p.pseudonym : "\(p.name ?? "") (\(p.pseudonym))") + (p.isKnownHighUtilizer ? ", known high utilizer" : "") + ", \(p.recordCount) records" }),
            ("Subject", describe(r.subject)), ("Caller", describe(r.caller)),
            ("Contact", r.isPseudonymised ? withheld : [r.contact.phone, r.contact.email, r.contact.note].compactMap { $0 }.joined(separator: ", ")),
            ("Consent to follow-up", r.contact.consentToFollowUp ? "yes" + (r.contact.consentDate.map { ", \($0)" } ?? "") + (r.contact.consentScope.map { " (\($0))" } ?? "") : "no"),
            ("Narrative", free(r.narrative)), ("Version", String(r.version)), ("Last saved", r.updatedAt + (r.updatedBy.map { " by \($0)" } ?? "")),
        ]
        return pairs.compactMap { label, value in
            guard let value, !value.isEmpty else { return nil }
            return ["label": label, "value": value]
        }
    }

    static func describe(_ d: StatedDemographics) -> String? {
        let parts = [d.gender, d.race, d.ethnicity, d.ageRange].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The record form's values: preset answers (with the current ones chosen) and the typed fields.
    static func form(_ r: ResponderRecord?, incident: String?) -> [String: Any] {
        let o: ([String], String?) -> [[String: Any]] = { PageRenderer.options($0, chosen: $1) }
        let origin = r?.origin ?? (incident == nil ? "direct line" : "CAD dispatch")
        return [
            "incidentNumber": r?.incidentNumber ?? incident ?? "", "hasIncident": (r?.incidentNumber ?? incident) != nil,
            "origins": o(PresetChoices.origins, origin), "circumstances": o(PresetChoices.circumstances, r?.circumstances),
            "rootCauses": o(PresetChoices.rootCauses, r?.rootCause), "services": PageRenderer.options(PresetChoices.services, selected: r?.services ?? []),
            "policeRequested": r?.policeRequested ?? false, "policeReasons": o(PresetChoices.policeReasons, r?.policeReason),
            "emsRequested": r?.emsRequested ?? false, "emsReasons": o(PresetChoices.emsReasons, r?.emsReason),
            "transports": o(PresetChoices.transports, r?.transport), "outcomes": o(PresetChoices.outcomes, r?.outcome),
            "subjectGenders": o(PresetChoices.genders, r?.subject.gender), "subjectRaces": o(PresetChoices.races, r?.subject.race),
            "subjectEthnicities": o(PresetChoices.ethnicities, r?.subject.ethnicity), "subjectAges": o(PresetChoices.ageRanges, r?.subject.ageRange),
            "callerGenders": o(PresetChoices.genders, r?.caller.gender), "callerRaces": o(PresetChoices.races, r?.caller.race),
            "callerEthnicities": o(PresetChoices.ethnicities, r?.caller.ethnicity), "callerAges": o(PresetChoices.ageRanges, r?.caller.ageRange),
            "responders": r?.responders ?? "", "arrivedAt": r?.arrivedAt.map { String($0.prefix(16)) } ?? "",
            "clearedAt": r?.clearedAt.map { String($0.prefix(16)) } ?? "", "narrative": r?.narrative ?? "",
            "personName": r?.person?.name ?? "", "knownHighUtilizer": r?.person?.isKnownHighUtilizer ?? false,
            "phone": r?.contact.phone ?? "", "email": r?.contact.email ?? "", "contactNote": r?.contact.note ?? "",
            "consent": r?.contact.consentToFollowUp ?? false, "consentDate": r?.contact.consentDate ?? "", "consentScope": r?.contact.consentScope ?? "",
            "version": r?.version ?? 0, "isNew": r == nil,
        ]
    }

    /// Reads the record form into a draft.
    static func draft(from form: FormData) -> RecordDraft {
        var d = RecordDraft()
        d.incidentNumber = form["incident_number"]
        d.origin = form["origin"]
        d.responders = form["responders"]
        d.arrivedAt = form["arrived_at"]
        d.clearedAt = form["cleared_at"]
        d.circumstances = form["circumstances"]
        d.rootCause = form["root_cause"]
        d.services = form.all("services")
        d.policeRequested = form.isChecked("police_requested")
        d.policeReason = form["police_reason"]
        d.emsRequested = form.isChecked("ems_requested")
        d.emsReason = form["ems_reason"]
        d.transport = form["transport"]
        d.outcome = form["outcome"]
        d.narrative = form["narrative"]
        d.personName = form["person_name"]
        d.knownHighUtilizer = d.personName == nil ? nil : form.isChecked("known_high_utilizer")
        d.subject = StatedDemographics(gender: form["subject_gender"], race: form["subject_race"], ethnicity: form["subject_ethnicity"],
                                       ageRange: form["subject_age"])
        d.caller = StatedDemographics(gender: form["caller_gender"], race: form["caller_race"], ethnicity: form["caller_ethnicity"],
                                      ageRange: form["caller_age"])
        d.contact = ContactDetails(phone: form["phone"], email: form["email"], note: form["contact_note"], consentToFollowUp: form.isChecked("consent"),
                                   consentDate: form["consent_date"], consentScope: form["consent_scope"])
        d.version = form["version"].flatMap(Int.init)
        return d
    }
}
