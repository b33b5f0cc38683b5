/// The general category of a call type, as in Figure 1 and Appendix 1 of the LEAP 2022 Milwaukee report,
/// plus ``officerInitiated`` for activity that is not citizen-initiated (officer, agency or sensor initiated).
///
/// The raw values are the report's category names; catalogue files use them verbatim.
public enum CallCategory: String, Sendable, Codable, CaseIterable {
    /// Calls that need an immediate police response (e.g. Battery, Shots Fired, Subj With Gun).
    case police = "Police"
    /// Calls to file a report, e.g. for insurance (Acc Pdo, Entry, Theft).
    case reportTaking = "Report-taking calls"
    /// Minor disputes (Trbl W/Subj, Noise Nuisance, Family Trouble).
    case minorDisputes = "Minor disputes"
    /// Behavioral health needs (Welfare Citizen, Mental Observation).
    case behavioralHealth = "Behavioral health needs"
    /// Rapid assistance: medical and hazard calls (Inj Person/Sick, Overdose, Fire).
    case rapidAssistance = "Rapid assistance"
    /// Suspicious persons, vehicles or situations.
    case suspicious = "Suspicious"
    /// Alarms.
    case alarm = "Alarm"
    /// Officer-initiated (or other non-citizen-initiated) activity: traffic stops, business checks, patrol, ...
    case officerInitiated = "Officer-initiated"

    /// A short snake-case name, used in keys of published values such as `figure1_calls_police`.
    public var slug: String {
        switch self {
        case .police: "police"
        case .reportTaking: "report_taking"
        case .minorDisputes: "minor_disputes"
        case .behavioralHealth: "behavioral_health"
        case .rapidAssistance: "rapid_assistance"
        case .suspicious: "suspicious"
        case .alarm: "alarm"
        case .officerInitiated: "officer_initiated"
        }
    }

    /// The seven categories of citizen-initiated calls, in Figure 1 order.
    public static let citizenInitiated: [CallCategory] = [
        .police, .reportTaking, .minorDisputes, .behavioralHealth, .rapidAssistance, .suspicious, .alarm,
    ]
}
