/// The preset answers of the record form (Figure 20's key indicators), listed first on the form so that a responder
/// taps rather than types. Stored as the text shown; a value outside the list is refused (``validate(_:field:in:)``).
public enum PresetChoices {
    /// How the call reached the responders.
    public static let origins = ["CAD dispatch", "direct line", "on view"]
    /// The circumstances as found on scene.
    public static let circumstances = [
        "mental health crisis", "welfare check", "person experiencing homelessness", "substance use", "intoxicated person",
        "family or neighbour conflict", "suicidal statements", "trouble with subject", "needs basic resources", "other",
    ]
    /// The underlying issue (the report's list: poverty, housing, mental health, substance use, family dispute, other conflict).
    public static let rootCauses = ["poverty", "housing", "mental health", "substance use", "family dispute", "other conflict", "none identified"]
    /// Services given on scene (several may apply).
    public static let services = [
        "de-escalation", "crisis counselling", "safety planning", "basic needs (food, water, clothing)", "resource information",
        "first aid", "conflict mediation", "transport",
    ]
    /// Why police were requested.
    public static let policeReasons = ["safety threat", "weapon present", "crime in progress", "violence on scene", "legal requirement", "other"]
    /// Why EMS were requested.
    public static let emsReasons = ["medical emergency", "injury", "overdose", "intoxication needing care", "other"]
    /// Where the person was taken, if anywhere.
    public static let transports = ["none", "shelter", "crisis centre", "hospital (voluntary)", "detox or sobering centre", "home or family", "other"]
    /// How the incident ended.
    public static let outcomes = [
        "resolved on scene", "referred to services", "transported to a service", "transported to hospital", "handed to police",
        "services refused", "gone on arrival", "unable to locate",
    ]
    /// Referral types.
    public static let referralTypes = [
        "mental health", "substance use treatment", "housing or shelter", "food assistance", "medical care", "case management",
        "domestic violence services", "income or benefits", "other",
    ]
    /// A warm hand-off (the responder connects the person to the agency) or information only.
    public static let handoffs = ["warm hand-off", "information only"]
    /// The state of a follow-up with the person or another provider.
    public static let followUpStatuses = ["planned", "attempted", "reached", "connected to service", "declined", "closed"]
    /// Demographics, as the person states them.
    public static let genders = ["woman", "man", "non-binary", "another gender", "declined", "not stated"]
    public static let races = [
        "American Indian or Alaska Native", "Asian", "Black or African American", "Native Hawaiian or Pacific Islander", "White",
        "more than one", "another", "declined", "not stated",
    ]
    public static let ethnicities = ["Hispanic or Latino", "not Hispanic or Latino", "declined", "not stated"]
    public static let ageRanges = ["under 18", "18-24", "25-34", "35-44", "45-54", "55-64", "65 or older", "not stated"]

    /// Checks that a value is empty or one of the choices.
    /// - Throws: ``RecordsError/invalidField(field:value:expected:)``.
    public static func validate(_ value: String?, field: String, in choices: [String]) throws(RecordsError) {
        guard let value, !value.isEmpty else { return }
        if !choices.contains(value) {
            throw .invalidField(field: field, value: value, expected: "one of: " + choices.joined(separator: ", "))
        }
    }
}
