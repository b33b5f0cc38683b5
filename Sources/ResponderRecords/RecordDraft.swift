import Foundation

/// What a responder enters or changes: the editable fields of a ``ResponderRecord``.
///
/// The JSON API takes it as is; the web form is read into it. For an update, ``version`` names the version the
/// edit was based on.
public struct RecordDraft: Sendable, Codable, Equatable {
    public var incidentNumber: String?
    public var origin: String?
    public var responders: String?
    public var arrivedAt: String?
    public var clearedAt: String?
    public var circumstances: String?
    public var rootCause: String?
    public var services: [String]?
    public var policeRequested: Bool?
    public var policeReason: String?
    public var emsRequested: Bool?
    public var emsReason: String?
    public var transport: String?
    public var outcome: String?
    public var narrative: String?
    /// Links the record to a person: the name as given (found or created in the program) …
    public var personName: String?
    /// … or an existing pseudonym.
    public var personPseudonym: String?
    public var knownHighUtilizer: Bool?
    public var subject: StatedDemographics?
    public var caller: StatedDemographics?
    public var contact: ContactDetails?
    /// For updates: the version the edit started from.
    public var version: Int?

    public init() {}

    /// Checks every preset field against its list.
    /// - Throws: ``RecordsError/invalidField(field:value:expected:)`` for the first value outside its list.
    public func validate() throws(RecordsError) {
        try PresetChoices.validate(origin, field: "origin", in: PresetChoices.origins)
        try PresetChoices.validate(circumstances, field: "circumstances", in: PresetChoices.circumstances)
        try PresetChoices.validate(rootCause, field: "root cause", in: PresetChoices.rootCauses)
        for service in services ?? [] { try PresetChoices.validate(service, field: "services", in: PresetChoices.services) }
        try PresetChoices.validate(policeReason, field: "police reason", in: PresetChoices.policeReasons)
        try PresetChoices.validate(emsReason, field: "EMS reason", in: PresetChoices.emsReasons)
        try PresetChoices.validate(transport, field: "transport", in: PresetChoices.transports)
        try PresetChoices.validate(outcome, field: "outcome", in: PresetChoices.outcomes)
        for (label, d) in [("subject", subject), ("caller", caller)] {
            try PresetChoices.validate(d?.gender, field: "\(label) gender", in: PresetChoices.genders)
            try PresetChoices.validate(d?.race, field: "\(label) race", in: PresetChoices.races)
            try PresetChoices.validate(d?.ethnicity, field: "\(label) ethnicity", in: PresetChoices.ethnicities)
            try PresetChoices.validate(d?.ageRange, field: "\(label) age range", in: PresetChoices.ageRanges)
        }
        if let incident = incidentNumber, incident.count > 64 {
            throw .invalidField(field: "incident number", value: String(incident.prefix(20)) + "…", expected: "at most 64 characters")
        }
    }
}

/// A referral to add to a record.
public struct ReferralDraft: Sendable, Codable, Equatable {
    public var type: String
    public var agency: String
    public var handoff: String
    public var minutes: Int?
    public var notes: String?

    public init(type: String, agency: String, handoff: String, minutes: Int? = nil, notes: String? = nil) {
        self.type = type
        self.agency = agency
        self.handoff = handoff
        self.minutes = minutes
        self.notes = notes
    }

    func validate() throws(RecordsError) {
        try PresetChoices.validate(type, field: "referral type", in: PresetChoices.referralTypes)
        try PresetChoices.validate(handoff, field: "hand-off", in: PresetChoices.handoffs)
        if type.isEmpty { throw .invalidField(field: "referral type", value: "", expected: "one of: " + PresetChoices.referralTypes.joined(separator: ", ")) }
        if handoff.isEmpty { throw .invalidField(field: "hand-off", value: "", expected: "warm hand-off or information only") }
        if agency.trimmingCharacters(in: .whitespaces).isEmpty { throw .invalidField(field: "agency", value: "", expected: "the agency's name") }
        if let minutes, !(0...1440).contains(minutes) { throw .invalidField(field: "minutes", value: String(minutes), expected: "0 to 1440") }
    }
}

/// A follow-up to add to a record, or a new status for one.
public struct FollowUpDraft: Sendable, Codable, Equatable {
    public var referralID: Int?
    public var status: String
    public var dueOn: String?
    public var notes: String?

    public init(referralID: Int? = nil, status: String, dueOn: String? = nil, notes: String? = nil) {
        self.referralID = referralID
        self.status = status
        self.dueOn = dueOn
        self.notes = notes
    }

    func validate() throws(RecordsError) {
        if status.isEmpty { throw .invalidField(field: "status", value: "", expected: "one of: " + PresetChoices.followUpStatuses.joined(separator: ", ")) }
        try PresetChoices.validate(status, field: "status", in: PresetChoices.followUpStatuses)
    }
}
