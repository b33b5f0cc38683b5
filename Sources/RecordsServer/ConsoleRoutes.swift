import Hummingbird
import ResponderRecords
import Screening

/// The call-taker console: the protocol's questions with keyboard shortcuts; the decision, its reason and the CAD
/// short code, recorded against the incident number (``RecordStore/screen(_:incidentNumber:with:for:)``).
struct ConsoleRoutes {
    let services: RecordsServices

    func register(on router: Router<RecordsRequestContext>) {
        router.get("/static/console.js") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: services.pages.consoleScript)))
        }
        router.get("/console") { request, context in
            let requester = try context.requester()
            let recent = try await services.store.recentScreenings(for: requester)
            let decidedID = request.uri.queryParameters.get("decided").flatMap { Int($0) }
            var values: [String: Any] = [
                "title": "Call screening",
                "callTypes": services.screeningProtocol.eligibleCallTypes,
                "sources": SourceLine.allCases.enumerated().map { i, s in
                    ["value": s.rawValue, "key": i + 1, "label": Self.label(s), "checked": s == .nineOneOne] as [String: Any]
                },
                "questions": ProtocolField.allCases.filter { $0 != .source && $0 != .eligible }.enumerated().map { i, f in
                    ["field": f.rawValue, "question": f.question, "number": i + 1] as [String: Any]
                },
                "recent": recent.map { ["incident": $0.incidentNumber, "decidedAt": $0.decidedAt, "callType": $0.call.callType,
                                        "decisionLabel": $0.decision.label, "shortCode": $0.shortCode] },
            ]
            if let decidedID, let d = recent.first(where: { $0.id == decidedID }) {
                values["decided"] = ["decisionLabel": d.decision.label, "shortCode": d.shortCode, "reason": d.reason, "incident": d.incidentNumber,
                                     "callType": d.call.callType, "ruleID": d.ruleID, "protocolVersion": d.protocolVersion, "decidedAt": d.decidedAt,
                                     "inCAD": d.isInCAD] as [String: Any]
            }
            return services.pages.render("console", values, context: context)
        }
        router.post("/console") { request, context in
            let requester = try context.requester()
            let form = try await FormData.read(request, context: context)
            try CSRF.check(form, context: context)
            let source = form["source"].flatMap(SourceLine.init(rawValue:)) ?? .nineOneOne
            // Unanswered questions count as unknown: the protocol then treats the red flag as not ruled out.
            var call = ScreeningCall(callType: form["call_type"] ?? "", source: source)
            for field in ProtocolField.allCases where field != .source && field != .eligible {
                call.setAnswer(form[field.rawValue].flatMap(Answer.init(rawValue:)) ?? .unknown, for: field)
            }
            let recorded = try await services.store.screen(call, incidentNumber: form["incident"] ?? "", with: services.screeningProtocol, for: requester)
            return Response(status: .seeOther, headers: [.location: "/console?decided=\(recorded.id)"])
        }
    }

    static func label(_ s: SourceLine) -> String {
        switch s {
        case .nineOneOne: "911"
        case .nonEmergency: "non-emergency line"
        case .directLine: "community-responder direct line"
        case .officerReferral: "officer referral"
        case .selfInitiated: "self-initiated by a team"
        }
    }
}
