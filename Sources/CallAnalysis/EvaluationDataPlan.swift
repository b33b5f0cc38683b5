import CallRecords
import Vocabulary

/// The report's Figures 19-20 as an evaluation data plan for this city: which evaluation questions its export can
/// already answer, and which fields are missing, from the fields the profile mapped and the values the run counted.
public struct EvaluationDataPlan: Sendable, Equatable {
    /// A piece of data an evaluation question needs.
    public enum Field: String, Sendable, CaseIterable, Codable {
        case callType = "call type"
        case created = "time received"
        case dispatched = "time dispatched"
        case enRoute = "time en route"
        case arrived = "time on scene"
        case cleared = "time cleared"
        case disposition = "disposition"
        case source = "source line"
        case location = "location (coordinates or address)"
        case narrative = "call-taker notes (narrative)"
        case incidentID = "incident number"
        case unit = "unit or vehicle number"
        case phone = "caller phone number"
        case demographics = "caller gender, race and ethnicity"
        case responderRecords = "responder records (RMS)"
    }

    /// Whether this export has a field.
    public enum Presence: String, Sendable, Codable {
        /// The profile maps it and the run counted values in it.
        case hasValues = "has values"
        /// The profile maps it; the run does not count its values (it is present in every file).
        case mapped = "mapped"
        /// The profile maps it, but no call had a usable value.
        case empty = "mapped, no values"
        /// The export has no such column (or Reroute's profiles have no field for it).
        case absent = "not in this export"

        /// Whether an analysis can use the field.
        public var isUsable: Bool { self == .hasValues || self == .mapped }
    }

    /// One evaluation question and what it needs.
    public struct Question: Sendable, Equatable {
        /// The question, in Reroute's words.
        public var text: String
        /// Where it comes from (a figure of the report, or the operating notes' metric catalogue).
        public var source: String
        /// The fields it needs, all of them.
        public var needs: [Field]
        /// Those this export lacks (empty: answerable now).
        public var missing: [Field]
        /// Whether this export can answer it now.
        public var isAnswerable: Bool { missing.isEmpty }
    }

    /// Each field and whether the export has it.
    public var fields: [(field: Field, presence: Presence)]
    /// The questions, in the report's order.
    public var questions: [Question]

    public static func == (a: EvaluationDataPlan, b: EvaluationDataPlan) -> Bool {
        a.questions == b.questions && a.fields.map(\.field) == b.fields.map(\.field) && a.fields.map(\.presence) == b.fields.map(\.presence)
    }

    /// Questions this export can answer now.
    public var answerable: [Question] { questions.filter(\.isAnswerable) }
    /// Fields some question needs that the export lacks, most-needed first.
    public var missingFields: [Field] {
        var count: [Field: Int] = [:]
        for q in questions { for f in q.missing { count[f, default: 0] += 1 } }
        return count.sorted { ($0.value, Field.allCases.firstIndex(of: $1.key) ?? 0) > ($1.value, Field.allCases.firstIndex(of: $0.key) ?? 0) }.map(\.key)
    }

    /// The questions (Figure 19 from the CAD export, Figure 20 from responder records, and the operating notes'
    /// timeliness metrics), each with the fields it needs.
    static let catalogue: [(text: String, source: String, needs: [Field])] = [
        ("Which calls did community responders handle?", "Figure 19", [.unit]),
        ("What volume and share of each call type do responders handle?", "Figure 19", [.callType]),
        ("Why were calls screened out to police or EMS, and what share of each type involves behavioural health?", "Figure 19", [.narrative]),
        ("How many calls of each type come through 911, the non-emergency line and a direct line, and did volume rise after launch?", "Figure 19", [.source, .created]),
        ("Which locations call again and again, and how concentrated are calls?", "Figure 19", [.location]),
        ("Which frequent callers reach the program, and through which line?", "Figure 19", [.phone, .source]),
        ("Who calls through 911 and who through the direct line (demographics)?", "Figure 19", [.demographics, .source]),
        ("How many calls come in each shift?", "Figure 19", [.created]),
        ("How quickly do responders arrive?", "Figure 19", [.created, .arrived]),
        ("How long do responders stay on scene, by call type?", "Figure 19", [.arrived, .cleared, .callType]),
        ("Did any calls lead to an arrest, a citation or a report?", "Figure 19", [.disposition]),
        ("Can the CAD and responder records be joined?", "Figure 19", [.incidentID]),
        ("How long does call processing take (received to dispatched), median and 90th percentile?", "operations notes, timeliness metrics", [.created, .dispatched]),
        ("How long is turnout (dispatched to en route)?", "operations notes, timeliness metrics", [.dispatched, .enRoute]),
        ("What root causes (housing, poverty, mental health, substance use, conflict) lie behind each call type?", "Figure 20", [.responderRecords]),
        ("How many referrals do responders make, warm hand-offs or information only, and do people take them up?", "Figure 20", [.responderRecords]),
        ("What share of calls involves known high utilisers, and does case management reduce their calls?", "Figure 20", [.responderRecords]),
    ]

    /// A plan from each field's presence.
    public init(presence: [Field: Presence]) {
        fields = Field.allCases.map { ($0, presence[$0] ?? .absent) }
        questions = Self.catalogue.map { q in
            Question(text: q.text, source: q.source, needs: q.needs, missing: q.needs.filter { !(presence[$0] ?? .absent).isUsable })
        }
    }

    /// The plan as a table (`fig19-20-evaluation-data`).
    public var table: ResultTable {
        ResultTable(id: "fig19-20-evaluation-data", title: "Evaluation questions this export can answer", reference: "Figures 19-20",
                    columns: [("question", "Evaluation question"), ("source", "Source"), ("needs", "Data needed"), ("answerable", "Answerable from this export"),
                              ("missing", "Missing")],
                    rows: questions.map { q in
                        [.text(q.text), .text(q.source), .text(q.needs.map(\.rawValue).joined(separator: "; ")), .text(q.isAnswerable ? "yes" : "no"),
                         .text(q.missing.map(\.rawValue).joined(separator: "; "))]
                    },
                    notes: ["A field counts when the profile maps it to a column and the run found values in it: " + fields.map { "\($0.field.rawValue): \($0.presence.rawValue)" }.joined(separator: "; ") + ".",
                            "Responder records (root cause, referrals, follow-ups) are never in a CAD export: the program's own records system (`reroute serve`) keeps them, joined to CAD by incident number."])
    }
}

extension DatasetAnalysis {
    /// Figures 19-20: the evaluation data plan for this export.
    public func evaluationDataPlan() -> EvaluationDataPlan {
        var all = CallTypeTally()
        for t in summary.citizen.values { all.merge(t) }
        func counted(_ field: RecordField, _ values: Bool) -> EvaluationDataPlan.Presence {
            ingest.has(field) ? (values ? .hasValues : .empty) : .absent
        }
        let unknownSource = CallSource.allCases.firstIndex(of: .unknown) ?? 0
        let unknownOutcome = OutcomeClass.allCases.firstIndex(of: .unknown) ?? 0
        var presence: [EvaluationDataPlan.Field: EvaluationDataPlan.Presence] = [
            .callType: all.calls > 0 ? .hasValues : .empty,
            .created: summary.firstCreated != nil ? .hasValues : .empty,
            .dispatched: counted(.dispatched, all.dispatchDelay.count > 0),
            .enRoute: ingest.has(.enRoute) ? .mapped : .absent,
            .arrived: counted(.arrived, all.response.count > 0 || all.travel.count > 0),
            .cleared: counted(.cleared, all.onScene.count > 0),
            .disposition: counted(.disposition, all.byOutcome.enumerated().contains { $0.offset != unknownOutcome && $0.element > 0 }),
            .source: counted(.source, all.bySource.enumerated().contains { $0.offset != unknownSource && $0.element > 0 }),
            .narrative: counted(.narrative, summary.narratives.values.contains { $0.narratives > 0 }),
            .incidentID: ingest.has(.incidentID) ? .mapped : .absent,
        ]
        let coordinates = ingest.has(.latitude) && ingest.has(.longitude)
        let located = summary.layers.contains { l in l.callsByType.values.contains { $0.contains { $0 > 0 } } || !l.outsideByType.isEmpty }
        presence[.location] = coordinates && !summary.layers.isEmpty ? (located ? .hasValues : (ingest.has(.address) ? .mapped : .empty))
            : (coordinates || ingest.has(.address) ? .mapped : .absent)
        return EvaluationDataPlan(presence: presence)
    }
}
