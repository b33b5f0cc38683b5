import Foundation

/// An incident as a NENA Emergency Incident Data Object (EIDO, NENA-STA-021, JSON form), with the parts Reroute
/// holds: the issuing agency, the incident with its APCO common incident type and dispositions, the call, the
/// community-responder unit, the location, people (by role) and notes.
///
/// Property names follow the published schema (`Schema/openapi.yaml` of NENA911/EIDO-JSON); components carry the
/// prologue (`$id`, `lastUpdateTimeStamp`) and refer to each other by `$ref`. What a recipient sees depends on their
/// role (``RecordStore/eido(_:for:)``).
public struct EIDODocument: Sendable, Codable, Equatable {
    public var eidoVersion: String
    public var issuingElementIdentification: String
    public var lastUpdateTimeStamp: String
    public var agencyComponent: [Agency]
    public var incidentComponent: [Incident]
    public var callComponent: [Call]?
    public var emergencyResourceComponent: [EmergencyResource]?
    public var locationComponent: [Location]?
    public var personComponent: [Person]?
    public var notesComponent: [Notes]?

    public struct Reference: Sendable, Codable, Equatable {
        public var ref: String
        enum CodingKeys: String, CodingKey { case ref = "$ref" }
        public init(_ ref: String) { self.ref = ref }
    }

    public struct Agency: Sendable, Codable, Equatable {
        public var id: String
        public var lastUpdateTimeStamp: String
        public var agencyIdentifier: String
        public var agencyName: String
        public var agencyTypeCommonRegistryText: String
        enum CodingKeys: String, CodingKey { case id = "$id", lastUpdateTimeStamp, agencyIdentifier, agencyName, agencyTypeCommonRegistryText }
    }

    public struct Disposition: Sendable, Codable, Equatable {
        public var dispositionCommonRegistryCode: String
        public var dispositionPrimaryIndicator: Bool
        public var dispositionCategoryText: String?
        public var dispositionDescriptionText: String?
    }

    public struct Incident: Sendable, Codable, Equatable {
        public var id: String
        public var lastUpdateTimeStamp: String
        public var updatedByAgencyReference: Reference?
        public var internalIncidentId: String
        public var incidentTypeCommonRegistryText: String
        public var incidentTypeInternalCode: String?
        public var incidentTypeInternalText: String?
        public var incidentStatusCommonRegistryText: [String]?
        public var incidentPriorityInternalText: String?
        public var beatOrDispatchGroupText: String?
        public var reportNumberType: String?
        public var dispositionComponent: [Disposition]?
        public var locationReference: [Reference]?
        public var personReference: [Reference]?
        public var notesReference: [Reference]?
        enum CodingKeys: String, CodingKey {
            case id = "$id", lastUpdateTimeStamp, updatedByAgencyReference, internalIncidentId, incidentTypeCommonRegistryText, incidentTypeInternalCode,
                 incidentTypeInternalText, incidentStatusCommonRegistryText, incidentPriorityInternalText, beatOrDispatchGroupText, reportNumberType,
                 dispositionComponent, locationReference, personReference, notesReference
        }
    }

    public struct Call: Sendable, Codable, Equatable {
        public var id: String
        public var lastUpdateTimeStamp: String
        public var callStateRegistryText: String
        public var standardPrimaryCallType: String
        public var direction: String
        public var callStartTimestamp: String
        public var localCallType: String?
        enum CodingKeys: String, CodingKey { case id = "$id", lastUpdateTimeStamp, callStateRegistryText, standardPrimaryCallType, direction, callStartTimestamp, localCallType }
    }

    public struct EmergencyResource: Sendable, Codable, Equatable {
        public var id: String
        public var lastUpdateTimeStamp: String
        public var emergencyResourceTypeCommonRegistryText: String
        public var resourceAttributeRegistryText: [String]
        public var primaryUnitStatusRegistryText: String
        public var secondaryUnitStatusRegistryText: [String]
        public var agentReference: [Reference]
        public var emergencyResourceName: String?
        public var activeOnIncidentId: String?
        enum CodingKeys: String, CodingKey {
            case id = "$id", lastUpdateTimeStamp, emergencyResourceTypeCommonRegistryText, resourceAttributeRegistryText, primaryUnitStatusRegistryText,
                 secondaryUnitStatusRegistryText, agentReference, emergencyResourceName, activeOnIncidentId
        }
    }

    public struct Location: Sendable, Codable, Equatable {
        public var id: String
        public var lastUpdateTimeStamp: String
        public var locationTypeDescriptionRegistryText: [String]
        /// The civic address as one line (left out for evaluators).
        public var civicAddressText: String?
        public var latitude: Double?
        public var longitude: Double?
        /// The police district.
        public var districtText: String?
        enum CodingKeys: String, CodingKey { case id = "$id", lastUpdateTimeStamp, locationTypeDescriptionRegistryText, civicAddressText, latitude, longitude, districtText }
    }

    public struct Person: Sendable, Codable, Equatable {
        public var id: String
        public var lastUpdateTimeStamp: String
        public var personIncidentRoleRegistryText: [String]
        /// The pseudonym (always) and, for full-access roles, the name as given.
        public var personIdentification: String
        public var personFullName: String?
        enum CodingKeys: String, CodingKey { case id = "$id", lastUpdateTimeStamp, personIncidentRoleRegistryText, personIdentification, personFullName }
    }

    public struct Notes: Sendable, Codable, Equatable {
        public var id: String
        public var lastUpdateTimeStamp: String
        public var notesActionCommonRegistryText: String
        /// Plain text, HTML-escaped (EIDO notes are HTML fragments; receivers may strip markup).
        public var notesText: String
        enum CodingKeys: String, CodingKey { case id = "$id", lastUpdateTimeStamp, notesActionCommonRegistryText, notesText }
    }
}

/// Maps between Reroute's terms and the APCO common registries the EIDO names (incident types, dispositions).
///
/// The registry texts chosen are the closest common incident type or disposition for each local call type or
/// outcome; the table is Reroute's own and should be checked against the agency's APCO/NENA registry mapping.
public enum APCORegistry {
    /// The APCO common incident type of a local call type (Milwaukee's community-responder types), else `Other`.
    public static func incidentType(of callType: String) -> String {
        let map: [String: String] = [
            "TRBL W/SUBJ": "Disturbance", "WELFARE CITIZEN": "Welfare Check", "MENTAL OBSERVATION": "Mental Health",
            "SUSP PERS/AUTO": "Suspicious Person/Vehicle", "CALL FOR POLICE": "Citizen Assist", "NOISE NUISANCE": "Noise Complaint",
            "FAMILY TROUBLE": "Family Disturbance", "PROPERTY PICKUP": "Civil Matter", "CRUELTY ANIMAL": "Animal Cruelty",
            "TRBL W/JUV": "Juvenile Problem", "CHILD CUSTODY": "Civil Matter", "CHILD NEGLECT": "Child Abuse/Neglect",
            "LANDLORD/TEN TRB": "Civil Matter", "FIREWORKS": "Fireworks", "IND EXPOSURE": "Indecent Exposure",
            "SUSPICIOUS-OTH": "Suspicious Circumstances", "SOLICITING": "Soliciting", "PARKING TROUBLE": "Parking Violation",
            "BATTERY": "Assault", "SUBJ WANTED": "Wanted Person", "THEFT": "Theft", "ACCIDENT": "Traffic Collision",
        ]
        return map[callType.uppercased()] ?? "Other"
    }

    /// The APCO common disposition code of a CAD outcome class (`CallRecords.OutcomeClass` raw values).
    public static func disposition(ofOutcome outcome: String) -> String {
        switch outcome {
        case "arrest": "Arrest"
        case "emergency-detention": "Emergency Detention"
        case "citation": "Citation"
        case "report-filed": "Report Taken"
        case "no-formal-action": "Advised"
        case "unable-to-locate": "Unable to Locate"
        case "cancelled": "Cancelled"
        default: "Other"
        }
    }

    /// The CAD outcome class of an APCO disposition code (the inverse of ``disposition(ofOutcome:)``).
    public static func outcome(ofDisposition code: String) -> String {
        ["Arrest": "arrest", "Emergency Detention": "emergency-detention", "Citation": "citation", "Report Taken": "report-filed",
         "Advised": "no-formal-action", "Unable to Locate": "unable-to-locate", "Cancelled": "cancelled"][code] ?? "unknown"
    }

    /// The APCO common disposition code of a responder record's outcome.
    public static func disposition(ofResponderOutcome outcome: String) -> String {
        switch outcome {
        case "resolved on scene": "Resolved"
        case "referred to services": "Referred to Other Agency"
        case "transported to a service", "transported to hospital": "Transported"
        case "handed to police": "Turned Over to Law Enforcement"
        case "services refused": "Service Refused"
        case "gone on arrival": "Gone on Arrival"
        case "unable to locate": "Unable to Locate"
        default: "Other"
        }
    }
}
