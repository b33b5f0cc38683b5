import Vocabulary

/// Figures from LEAP's 2022 Milwaukee community-responder report used as built-in defaults.
public enum MilwaukeeFigures {
    /// Source label for the report.
    public static let report = "Milwaukee community responder report 2022"

    /// Figure 10: average community-responder-eligible calls per day, Monday … Sunday.
    public static let callsPerWeekday: [Double] = [189, 183, 189, 184, 195, 198, 194]

    /// Figure 11: eligible calls per day in each hour, 12am–1am … 11pm–12am.
    public static let callsPerHourOfDay: [Double] = [
        9.4, 8.5, 7.3, 5.8, 4.5, 3.9, 3.7, 4.5, 6.0, 6.8, 7.2, 8.5,
        9.1, 8.9, 8.7, 9.0, 9.6, 9.0, 9.7, 9.3, 9.5, 10.2, 10.6, 10.1,
    ]

    /// Calls per year diverted from police ("Estimated Potential Community Responder Call Volume", Figure 4 text).
    public static let annualCalls = Sourced<Double>(66_373, unit: "calls/year", source: "\(report), Figure 4 (66,373 calls diverted)")

    /// Calls per 8-hour shift, the average of four peer programs after the ¾ productive-time adjustment.
    public static let callsPerShift = Sourced<Double>(9.4, unit: "calls per 8-hour shift", source: "\(report), Responder Staffing")

    /// Austin EMCOT minutes per call.
    public static let emcotMinutesPerCall = Sourced<Double>(45, unit: "minutes/call", source: "Austin EMCOT (Integral Care 2020, p.14), via \(report)")
    /// Durham HEART minutes per call.
    public static let heartMinutesPerCall = Sourced<Double>(35, unit: "minutes/call", source: "Durham HEART, via \(report)")
    /// Share of a shift spent on calls (2 of 8 hours go to briefing, breaks, documentation, debriefing).
    public static let productiveShare = Sourced<Double>(0.75, unit: "share of shift", source: "\(report), Responder Staffing footnote 5")
    /// Median police travel time to eligible calls.
    public static let travelMinutes = Sourced<Double>(7.6, unit: "minutes", source: "\(report), Figure 5 (median travel, all eligible types)")
    /// Median police response time today (call start to arrival).
    public static let policeMedianResponse = Sourced<Double>(23.7, unit: "minutes", source: "\(report), Figure 5 (total)")
    /// Teams hired for either report schedule.
    public static let reportTeams = Sourced<Double>(28, unit: "teams", source: "\(report), Figure 13")

    /// Figure 13 rows: (schedule, shift label, start hour, teams, calls in the shift per day as printed).
    public static let figure13: [(schedule: Int, label: String, start: Int, teams: Int, calls: Double)] = [
        (1, "2am - 10am", 2, 4, 42.4), (1, "10am - 6pm", 10, 8, 70.2), (1, "6pm - 2am", 18, 8, 77.3),
        (2, "6am - 2pm", 6, 6, 54.7), (2, "2pm - 10pm", 14, 8, 75.1), (2, "10pm - 6am", 22, 6, 60.1),
    ]
}
