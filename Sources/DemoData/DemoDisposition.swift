/// The disposition strings written in the `disposition` column (MPD's wording, as in the real sample).
enum DemoDisposition: Int, Sendable, CaseIterable {
    case clearedByArrest, emergencyDetention, citationIssued, toBeFiled, advised, assignmentCompleted
    case advisedReferral, unableToLocate, falseAlarm, cancelled

    /// The exact text written to the file.
    var text: String {
        switch self {
        case .clearedByArrest: "Cleared by Arrest"
        case .emergencyDetention: "Emergency Detention"
        case .citationIssued: "City Citation(s) Issued"
        case .toBeFiled: "To be Filed"
        case .advised: "Advised"
        case .assignmentCompleted: "Assignment Completed"
        case .advisedReferral: "Advised/Referral"
        case .unableToLocate: "Unable to Locate Complainant"
        case .falseAlarm: "False Alarm"
        case .cancelled: "Cancelled"
        }
    }

    /// Outcome mix of the eligible types, in `allCases` order.
    ///
    /// Figure 7: arrest 2.6%, emergency detention 3.6%, report filed 1.6%; the remaining 92.2% "nothing formal" is
    /// split (invented) into Advised 36%, Assignment Completed 33%, Advised/Referral 9%, Unable to Locate 11% and
    /// Cancelled 3.2%. No citations: Figure 7 shows none.
    static let eligibleMix: [Double] = [2.6, 3.6, 0, 1.6, 36, 33, 9, 11, 0, 3.2]

    /// Outcome mix of non-eligible citizen-initiated calls by category, in `allCases` order. Invented, plausible.
    static func mix(for category: DemoCallCategory) -> [Double] {
        switch category {
        case .police: [12, 1, 2, 35, 15, 20, 0, 12, 0, 3]
        case .reportTaking: [1, 0, 1, 60, 15, 15, 0, 6, 0, 2]
        case .rapidAssistance: [2, 5, 0, 10, 15, 55, 0, 8, 0, 5]
        case .alarm: [0, 0, 0, 5, 0, 15, 0, 0, 70, 10]
        case .behavioralHealth: [0, 40, 0, 0, 10, 50, 0, 0, 0, 0]
        case .minorDisputes: [8, 0, 5, 10, 30, 30, 0, 15, 0, 2]
        case .suspicious: [3, 0, 0, 4, 40, 35, 0, 15, 0, 3]
        }
    }

    /// Outcome mix of officer-initiated activity, in `allCases` order: traffic stops end in citations, the rest
    /// mostly in Assignment Completed. Invented, plausible.
    static func officerMix(trafficStop: Bool) -> [Double] {
        trafficStop ? [2, 0, 35, 3, 55, 5, 0, 0, 0, 0] : [1, 0, 0, 4, 3, 90, 0, 0, 0, 2]
    }
}
