/// The report's call categories (Figure 1, Appendix 1).
enum DemoCallCategory: Sendable, CaseIterable {
    case police, reportTaking, minorDisputes, behavioralHealth, rapidAssistance, suspicious, alarm

    /// Timing of the non-eligible calls of this category: medians in minutes. Invented but plausible values (the
    /// report publishes times only for eligible types): urgent police and medical calls are dispatched within
    /// minutes, report-taking calls wait longest.
    var timing: (dispatch: Double, travel: Double, onScene: Double) {
        switch self {
        case .police: (4.0, 5.5, 48.0)
        case .rapidAssistance: (3.5, 6.0, 30.0)
        case .alarm: (5.0, 6.5, 12.0)
        case .behavioralHealth: (15.0, 8.0, 60.0)
        case .suspicious: (10.0, 7.0, 20.0)
        case .minorDisputes: (25.0, 7.0, 22.0)
        case .reportTaking: (45.0, 8.0, 38.0)
        }
    }

    /// Share of calls arriving on 911 (the rest on the non-emergency line). Invented, plausible: emergencies come
    /// in on 911, report-taking calls mostly on the non-emergency line; overall about 70/30.
    var share911: Double {
        switch self {
        case .police: 0.85
        case .rapidAssistance: 0.90
        case .alarm: 0.60
        case .behavioralHealth: 0.70
        case .suspicious: 0.65
        case .minorDisputes: 0.65
        case .reportTaking: 0.45
        }
    }

    /// CAD priority written in the `priority` column (1 = most urgent). Invented, plausible.
    var priority: UInt8 {
        switch self {
        case .police, .rapidAssistance: 1
        case .alarm, .behavioralHealth: 2
        case .suspicious, .minorDisputes: 3
        case .reportTaking: 4
        }
    }
}

/// Calibration of one community-responder-eligible call type (the 18 types of Figure 3).
struct DemoEligibleCalibration: Sendable {
    /// Figure 3 "% CR-eligible", as a fraction.
    let eligibleShare: Double
    /// Figure 16: percent of eligible calls in districts 1-7.
    let districtShares: [Double]
    /// Figure 5: median call start to dispatch, minutes.
    let dispatchMedian: Double
    /// Figure 5: median travel time, minutes.
    let travelMedian: Double
    /// Figure 6: median time on scene, minutes.
    let onSceneMedian: Double
}

/// One citizen-initiated call type with its 2021 volume and, for eligible types, its calibration.
struct DemoCallType: Sendable {
    /// MPD's upper-case CAD code, e.g. `TRBL W/SUBJ`.
    let code: String
    /// The report's category (Appendix 1).
    let category: DemoCallCategory
    /// Citizen-initiated calls in 2021 (Appendix 1, or Figure 3 where noted).
    let citizenCalls: Int
    /// Present for the 18 community-responder-eligible types.
    var eligible: DemoEligibleCalibration? = nil

    /// Median dispatch delay, travel time and time on scene in minutes.
    var timing: (dispatch: Double, travel: Double, onScene: Double) {
        if let e = eligible { return (e.dispatchMedian, e.travelMedian, e.onSceneMedian) }
        return category.timing
    }
}
