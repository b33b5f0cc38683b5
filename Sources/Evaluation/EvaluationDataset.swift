/// The merged CAD and responder data one evaluation reads (Figures 19 and 20 of the LEAP report), as plain values:
/// the records store fills it from the database (``RecordStore`` in `ResponderRecords`), tests build it by hand.
///
/// Only calls of the call types community responders take are included from CAD, plus every CAD call a responder
/// record names; the merge key is the incident number.
public struct EvaluationDataset: Sendable {
    public var calls: [EvaluationCall]
    public var contacts: [ResponderContact]
    public var screenings: [ScreeningEntry]
    /// Whether location and people appear only coded (for evaluators and the public).
    public var isPseudonymised: Bool

    public init(calls: [EvaluationCall], contacts: [ResponderContact], screenings: [ScreeningEntry], isPseudonymised: Bool) {
        self.calls = calls
        self.contacts = contacts
        self.screenings = screenings
        self.isPseudonymised = isPseudonymised
    }
}

/// One CAD call (Figure 19): when, where, what type, how CAD dispatched and closed it.
public struct EvaluationCall: Sendable, Equatable {
    public var incidentNumber: String
    public var callType: String
    /// The CAD source (`911`, `non-emergency`, `direct-line`, `officer-initiated`, …).
    public var source: String
    public var createdAt: String
    public var dispatchedAt: String?
    public var arrivedAt: String?
    public var clearedAt: String?
    /// CAD's outcome class (`arrest`, `citation`, `report-filed`, …).
    public var outcome: String
    public var district: String?
    /// The address, for repeat-location counts; nil for pseudonymised data.
    public var address: String?
    /// Whether the call type is one community responders take (catalogue, citizen-initiated).
    public var isEligibleType: Bool

    public init(incidentNumber: String, callType: String, source: String, createdAt: String, dispatchedAt: String? = nil,
                arrivedAt: String? = nil, clearedAt: String? = nil, outcome: String = "unknown", district: String? = nil,
                address: String? = nil, isEligibleType: Bool = true) {
        self.incidentNumber = incidentNumber
        self.callType = callType
        self.source = source
        self.createdAt = createdAt
        self.dispatchedAt = dispatchedAt
        self.arrivedAt = arrivedAt
        self.clearedAt = clearedAt
        self.outcome = outcome
        self.district = district
        self.address = address
        self.isEligibleType = isEligibleType
    }
}

/// One responder record (Figure 20), with its referrals and follow-ups summarised; people only by pseudonym.
public struct ResponderContact: Sendable, Equatable {
    public var recordID: Int
    public var incidentNumber: String?
    /// `CAD dispatch`, `direct line` or `on view`.
    public var origin: String
    public var createdAt: String
    public var arrivedAt: String?
    public var clearedAt: String?
    public var rootCause: String?
    public var policeRequested: Bool
    public var policeReason: String?
    public var emsRequested: Bool
    public var emsReason: String?
    public var outcome: String?
    public var referrals: Int
    public var warmHandoffs: Int
    public var followUps: Int
    /// Follow-ups whose status is `reached`, `connected to service` or `closed`.
    public var followUpsCompleted: Int
    public var personPseudonym: String?
    public var isKnownHighUtilizer: Bool
    public var subject: Demographics
    public var caller: Demographics

    public init(recordID: Int, incidentNumber: String?, origin: String, createdAt: String, arrivedAt: String? = nil, clearedAt: String? = nil,
                rootCause: String? = nil, policeRequested: Bool = false, policeReason: String? = nil, emsRequested: Bool = false,
                emsReason: String? = nil, outcome: String? = nil, referrals: Int = 0, warmHandoffs: Int = 0, followUps: Int = 0,
                followUpsCompleted: Int = 0, personPseudonym: String? = nil, isKnownHighUtilizer: Bool = false,
                subject: Demographics = .init(), caller: Demographics = .init()) {
        self.recordID = recordID
        self.incidentNumber = incidentNumber
        self.origin = origin
        self.createdAt = createdAt
        self.arrivedAt = arrivedAt
        self.clearedAt = clearedAt
        self.rootCause = rootCause
        self.policeRequested = policeRequested
        self.policeReason = policeReason
        self.emsRequested = emsRequested
        self.emsReason = emsReason
        self.outcome = outcome
        self.referrals = referrals
        self.warmHandoffs = warmHandoffs
        self.followUps = followUps
        self.followUpsCompleted = followUpsCompleted
        self.personPseudonym = personPseudonym
        self.isKnownHighUtilizer = isKnownHighUtilizer
        self.subject = subject
        self.caller = caller
    }

    /// Follow-up statuses that count as completed.
    public static let completedFollowUpStatuses: Set<String> = ["reached", "connected to service", "closed"]
}

/// Demographics as stated (gender, race, age range).
public struct Demographics: Sendable, Equatable {
    public var gender: String?
    public var race: String?
    public var ageRange: String?

    public init(gender: String? = nil, race: String? = nil, ageRange: String? = nil) {
        self.gender = gender
        self.race = race
        self.ageRange = ageRange
    }
}

/// A call-taker's screening decision, recorded against the incident number.
public struct ScreeningEntry: Sendable, Equatable {
    public var id: Int
    public var incidentNumber: String
    public var decidedAt: String
    /// The line the call came in on (`911`, `non_emergency`, `direct_line`, `officer_referral`, `self_initiated`).
    public var sourceLine: String
    public var callType: String
    /// `community_responders`, `police`, `ems`, `joint_response` or `ask_caller_permission`.
    public var decision: String
    public var ruleID: String
    public var shortCode: String
    public var reason: String

    public init(id: Int, incidentNumber: String, decidedAt: String, sourceLine: String, callType: String, decision: String,
                ruleID: String, shortCode: String, reason: String) {
        self.id = id
        self.incidentNumber = incidentNumber
        self.decidedAt = decidedAt
        self.sourceLine = sourceLine
        self.callType = callType
        self.decision = decision
        self.ruleID = ruleID
        self.shortCode = shortCode
        self.reason = reason
    }

    /// Whether the decision kept community responders off the call (police or EMS alone).
    public var isScreenedOut: Bool { decision == "police" || decision == "ems" }
}

extension EvaluationDataset {
    /// The calls created, the contacts made and the decisions taken in one month (`YYYY-MM`): what a monthly report
    /// counts. Contacts are placed by their CAD call's creation time, else their own arrival (else creation) time.
    public func restricted(toMonth month: String) -> EvaluationDataset {
        let calls = self.calls.filter { LocalTimeText($0.createdAt)?.monthKey == month }
        let callTimes = Dictionary(self.calls.map { ($0.incidentNumber, $0.createdAt) }, uniquingKeysWith: { a, _ in a })
        let contacts = self.contacts.filter { c in
            let time = c.incidentNumber.flatMap { callTimes[$0] } ?? c.arrivedAt ?? c.createdAt
            return LocalTimeText(time)?.monthKey == month
        }
        let screenings = self.screenings.filter { LocalTimeText($0.decidedAt)?.monthKey == month }
        // Keep CAD calls that a kept contact names even when created in another month (for its times and type).
        let named = Set(contacts.compactMap(\.incidentNumber))
        let extra = self.calls.filter { named.contains($0.incidentNumber) && LocalTimeText($0.createdAt)?.monthKey != month }
            .map { call -> EvaluationCall in var c = call; c.isEligibleType = false; return c }
        return EvaluationDataset(calls: calls + extra, contacts: contacts, screenings: screenings, isPseudonymised: isPseudonymised)
    }
}
