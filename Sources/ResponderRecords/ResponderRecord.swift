/// Demographics as the person states them (subject or caller).
public struct StatedDemographics: Sendable, Codable, Equatable {
    public var gender: String?
    public var race: String?
    public var ethnicity: String?
    public var ageRange: String?

    public init(gender: String? = nil, race: String? = nil, ethnicity: String? = nil, ageRange: String? = nil) {
        self.gender = gender
        self.race = race
        self.ethnicity = ethnicity
        self.ageRange = ageRange
    }

    var isEmpty: Bool { [gender, race, ethnicity, ageRange].allSatisfy { ($0 ?? "").isEmpty } }
}

/// How to reach the person again, and whether they agreed to follow-up.
public struct ContactDetails: Sendable, Codable, Equatable {
    /// Left out for evaluators.
    public var phone: String?
    /// Left out for evaluators.
    public var email: String?
    /// Left out for evaluators (free text).
    public var note: String?
    public var consentToFollowUp: Bool
    public var consentDate: String?
    public var consentScope: String?

    public init(phone: String? = nil, email: String? = nil, note: String? = nil, consentToFollowUp: Bool = false,
                consentDate: String? = nil, consentScope: String? = nil) {
        self.phone = phone
        self.email = email
        self.note = note
        self.consentToFollowUp = consentToFollowUp
        self.consentDate = consentDate
        self.consentScope = consentScope
    }
}

/// The pseudonymous person a record is about, which links their records across incidents (known high utilizers).
public struct PersonLink: Sendable, Codable, Equatable {
    /// A stable code with no meaning (`P-3F9A1C2E`); what evaluators see.
    public var pseudonym: String
    /// The name as given; left out for evaluators.
    public var name: String?
    public var isKnownHighUtilizer: Bool
    /// How many records name this person.
    public var recordCount: Int
}

/// A referral made on the call (Figure 20: type, agency, warm hand-off or information only, time taken, notes).
public struct Referral: Sendable, Codable, Equatable {
    public var id: Int
    public var type: String
    public var agency: String
    public var handoff: String
    public var minutes: Int?
    /// Left out for evaluators (free text).
    public var notes: String?
    public var createdAt: String
}

/// A follow-up with the person or another provider, and where it stands.
public struct FollowUp: Sendable, Codable, Equatable {
    public var id: Int
    public var referralID: Int?
    public var status: String
    public var dueOn: String?
    /// Left out for evaluators (free text).
    public var notes: String?
    public var updatedAt: String
}

/// A responder record: what the responders found and did on one call, keyed by the CAD incident number.
///
/// Records without an incident number (direct line, on view) or whose number CAD does not have yet are listed for
/// follow-up until they match. ``version`` counts saves: a save names the version it was based on and is refused
/// when the record moved on (``RecordsError/staleVersion(recordID:yourVersion:currentVersion:)``).
public struct ResponderRecord: Sendable, Codable, Equatable {
    public var id: Int
    public var incidentNumber: String?
    public var origin: String
    public var team: String
    public var program: String
    /// Left out for evaluators (staff names).
    public var responders: String?
    public var arrivedAt: String?
    public var clearedAt: String?
    public var circumstances: String?
    public var rootCause: String?
    public var services: [String]
    public var policeRequested: Bool
    public var policeReason: String?
    public var emsRequested: Bool
    public var emsReason: String?
    public var transport: String?
    public var outcome: String?
    /// Left out for evaluators (free text).
    public var narrative: String?
    public var person: PersonLink?
    public var subject: StatedDemographics
    public var caller: StatedDemographics
    public var contact: ContactDetails
    public var referrals: [Referral]
    public var followUps: [FollowUp]
    /// Left out for evaluators (staff names).
    public var createdBy: String?
    public var createdAt: String
    /// Left out for evaluators (staff names).
    public var updatedBy: String?
    public var updatedAt: String
    public var version: Int
    /// Whether names, contact details and free text were left out of this copy.
    public var isPseudonymised: Bool

    /// The copy an evaluator receives: no names, contact details or free text; the person only by pseudonym.
    public func pseudonymised() -> ResponderRecord {
        var copy = self
        copy.responders = nil
        copy.narrative = nil
        copy.person?.name = nil
        copy.contact.phone = nil
        copy.contact.email = nil
        copy.contact.note = nil
        copy.referrals = referrals.map { var r = $0; r.notes = nil; return r }
        copy.followUps = followUps.map { var f = $0; f.notes = nil; return f }
        copy.createdBy = nil
        copy.updatedBy = nil
        copy.isPseudonymised = true
        return copy
    }
}

/// One line of a list of records.
public struct RecordSummary: Sendable, Codable, Equatable {
    public var id: Int
    public var incidentNumber: String?
    public var origin: String
    public var team: String
    public var outcome: String?
    public var rootCause: String?
    public var createdAt: String
    public var hasCADMatch: Bool
    public var version: Int
}
