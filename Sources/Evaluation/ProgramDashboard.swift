import Vocabulary

/// The program dashboard's metrics (the evaluation questions of Figures 19 and 20 of the LEAP report), computed from
/// an ``EvaluationDataset`` so that route handlers only render them.
///
/// Terms used by every metric:
/// - an **eligible call** is a CAD call of a call type community responders take (the catalogue's eligible types,
///   citizen-initiated);
/// - a call is **handled by responders** when a responder record names its incident number;
/// - a **police dispatch to an eligible call** is an eligible call CAD dispatched (it has a dispatch time) that
///   responders did not handle alone (no record names it, or a record asked for police);
/// - a **responder contact** is one responder record; its time and district are its CAD call's when it has one,
///   else its own arrival time and no district.
public struct ProgramDashboard: Sendable {
    public let dataset: EvaluationDataset
    public let settings: EvaluationSettings
    private let contactsByIncident: [String: [ResponderContact]]
    private let callsByIncident: [String: EvaluationCall]
    private let screeningByIncident: [String: ScreeningEntry]

    public init(dataset: EvaluationDataset, settings: EvaluationSettings) {
        self.dataset = dataset
        self.settings = settings
        var contacts: [String: [ResponderContact]] = [:]
        for contact in dataset.contacts { if let n = contact.incidentNumber { contacts[n, default: []].append(contact) } }
        contactsByIncident = contacts
        callsByIncident = Dictionary(dataset.calls.map { ($0.incidentNumber, $0) }, uniquingKeysWith: { a, _ in a })
        var screenings: [String: ScreeningEntry] = [:]
        for entry in dataset.screenings.sorted(by: { $0.id < $1.id }) { screenings[entry.incidentNumber] = entry }
        screeningByIncident = screenings
    }

    // MARK: Terms

    /// Whether a responder record names the call.
    public func isHandledByResponders(_ call: EvaluationCall) -> Bool { contactsByIncident[call.incidentNumber] != nil }

    /// Whether police were dispatched to an eligible call (see the type's definition).
    public func isPoliceDispatch(_ call: EvaluationCall) -> Bool {
        guard call.isEligibleType, call.dispatchedAt != nil else { return false }
        guard let contacts = contactsByIncident[call.incidentNumber] else { return true }
        return contacts.contains { $0.policeRequested }
    }

    /// The eligible CAD calls.
    public var eligibleCalls: [EvaluationCall] { dataset.calls.filter(\.isEligibleType) }

    /// A responder contact with the CAD call it merges with and the keys it is grouped by.
    struct ContactView {
        var contact: ResponderContact
        var call: EvaluationCall?
        var time: LocalTimeText?
        var district: String?
        var sourceLine: String
    }

    /// Source lines, in the order of the report's Dispatch Process section.
    public static let sourceLines = ["911", "non-emergency", "direct line", "officer referral", "self-initiated", "unknown"]

    var contactViews: [ContactView] {
        dataset.contacts.map { contact in
            let call = contact.incidentNumber.flatMap { callsByIncident[$0] }
            let time = LocalTimeText(call?.createdAt) ?? LocalTimeText(contact.arrivedAt) ?? LocalTimeText(contact.createdAt)
            return ContactView(contact: contact, call: call, time: time, district: call?.district, sourceLine: sourceLine(of: contact, call: call))
        }
    }

    /// The line a responder contact began on: the call-taker's screening record when there is one, else the record's
    /// origin (direct line; on view = self-initiated), else CAD's source (officer-initiated = officer referral).
    func sourceLine(of contact: ResponderContact, call: EvaluationCall?) -> String {
        if let n = contact.incidentNumber, let screening = screeningByIncident[n] {
            switch screening.sourceLine {
            case "911": return "911"
            case "non_emergency": return "non-emergency"
            case "direct_line": return "direct line"
            case "officer_referral": return "officer referral"
            case "self_initiated": return "self-initiated"
            default: break
            }
        }
        switch contact.origin {
        case "direct line": return "direct line"
        case "on view": return "self-initiated"
        default: break
        }
        switch call?.source {
        case "911": return "911"
        case "non-emergency": return "non-emergency"
        case "direct-line": return "direct line"
        case "officer-initiated": return "officer referral"
        default: return "unknown"
        }
    }

    /// Minutes from the CAD call's creation to the responders' arrival (the record's arrival, else CAD's);
    /// nil without both times or outside 0–24 hours.
    func responseMinutes(_ view: ContactView) -> Double? {
        guard let created = LocalTimeText(view.call?.createdAt),
              let arrived = LocalTimeText(view.contact.arrivedAt) ?? LocalTimeText(view.call?.arrivedAt) else { return nil }
        let minutes = created.minutes(until: arrived)
        return minutes >= 0 && minutes <= 1440 ? minutes : nil
    }

    /// Minutes from arrival to clearing (the record's times, else CAD's); nil without both or outside 0–24 hours.
    func onSceneMinutes(_ view: ContactView) -> Double? {
        guard let arrived = LocalTimeText(view.contact.arrivedAt) ?? LocalTimeText(view.call?.arrivedAt),
              let cleared = LocalTimeText(view.contact.clearedAt) ?? LocalTimeText(view.call?.clearedAt) else { return nil }
        let minutes = arrived.minutes(until: cleared)
        return minutes >= 0 && minutes <= 1440 ? minutes : nil
    }

    // MARK: The dashboard

    /// Every metric, the grouped ones broken down by `grouping`.
    public func metrics(by grouping: Grouping) -> [DashboardMetric] {
        var list = [responderShare(by: grouping)]
        if grouping != .callType { list.append(responderShare(by: .callType)) }
        list += [sourceLines(by: grouping), responseTime(by: grouping), timeOnScene(by: grouping), policeAndEMS(by: grouping),
                 requestReasons(), outcomes(), enforcementAfterResponderCalls(), rootCauses(), referrals(by: grouping),
                 highUtilizers(), repeatLocations(), demographics(), screeningFunnel(), screenedOutReasons(), screenedOutCalls()]
        return list
    }

    private func groupColumn(_ grouping: Grouping) -> (name: String, heading: String) { (grouping.rawValue, grouping.label) }

    private func sortedKeys(_ keys: some Sequence<String>) -> [String] { Array(Set(keys)).sorted() }

    // MARK: Volume and share

    /// Eligible calls, calls handled by responders and their share, and police dispatches to eligible calls, per group.
    public func responderShare(by grouping: Grouping) -> DashboardMetric {
        var eligible: [String: Int] = [:], handled: [String: Int] = [:], police: [String: Int] = [:]
        for call in eligibleCalls {
            let key = grouping.key(time: LocalTimeText(call.createdAt), district: call.district, callType: call.callType)
            eligible[key, default: 0] += 1
            if isHandledByResponders(call) { handled[key, default: 0] += 1 }
            if isPoliceDispatch(call) { police[key, default: 0] += 1 }
        }
        func row(_ key: String, _ e: Int, _ h: Int, _ p: Int) -> [Cell] {
            [.text(key), .integer(e), .integer(h), e > 0 ? .share(Double(h) / Double(e)) : .empty, .integer(p)]
        }
        var rows = sortedKeys(eligible.keys).map { row($0, eligible[$0] ?? 0, handled[$0] ?? 0, police[$0] ?? 0) }
        rows.append(row("Total", eligible.values.reduce(0, +), handled.values.reduce(0, +), police.values.reduce(0, +)))
        let id = grouping == .callType ? "responder-share-by-type" : "responder-share"
        return DashboardMetric(
            id: id, title: grouping == .callType ? "Share of each eligible call type handled by responders" : "Eligible calls handled by responders",
            question: "How many calls did responders handle, and what share of each eligible call type? (Figure 19)",
            definition: "Eligible calls: CAD calls of the call types community responders take. Handled: an eligible call that a responder record names by incident number. Share = handled ÷ eligible. Police dispatches: eligible calls with a CAD dispatch time that responders did not handle alone (no record, or a record that asked for police).",
            dataUsed: "CAD: incident number, call type, created and dispatched times, district. Responder records: incident number, police requested.",
            gplMetric: "Percentage of eligible calls handled by the alternative response team",
            table: ResultTable(id: id, title: id == "responder-share" ? "Eligible calls handled by responders" : "Eligible call types handled by responders",
                               columns: [groupColumn(grouping), ("eligible_calls", "Eligible calls"), ("handled", "Handled by responders"),
                                         ("share_handled", "Share handled"), ("police_dispatches", "Police dispatches")],
                               rows: rows))
    }

    /// Responder contacts by the line they began on, per group.
    public func sourceLines(by grouping: Grouping) -> DashboardMetric {
        var counts: [String: [String: Int]] = [:]
        for view in contactViews {
            let key = grouping.key(time: view.time, district: view.district, callType: view.call?.callType)
            counts[key, default: [:]][view.sourceLine, default: 0] += 1
        }
        let lines = Self.sourceLines
        func row(_ key: String, _ c: [String: Int]) -> [Cell] {
            [.text(key)] + lines.map { .integer(c[$0] ?? 0) } + [.integer(c.values.reduce(0, +))]
        }
        var total: [String: Int] = [:]
        for c in counts.values { for (k, v) in c { total[k, default: 0] += v } }
        let rows = sortedKeys(counts.keys).map { row($0, counts[$0] ?? [:]) } + [row("Total", total)]
        return DashboardMetric(
            id: "source-line", title: "Responder contacts by source line",
            question: "How did calls reach the responders: 911, non-emergency, direct line, officer referral or self-initiated? (Figure 19)",
            definition: "Each responder record counted once by the line it began on: the call-taker's screening record for the incident when there is one; else the record's origin (direct line; on view counts as self-initiated); else CAD's source (officer-initiated counts as officer referral).",
            dataUsed: "Screening decisions: source line. Responder records: origin. CAD: source.",
            gplMetric: "Calls by source (911, non-emergency line, direct line, officer referral, self-initiated)",
            table: ResultTable(id: "source-line", title: "Responder contacts by source line",
                               columns: [groupColumn(grouping)] + lines.map { ($0.replacingOccurrences(of: " ", with: "_"), $0) } + [("total", "Total")],
                               rows: rows))
    }

    // MARK: Timeliness

    /// Median and 90th-percentile response time, and the share within the target, per group.
    public func responseTime(by grouping: Grouping) -> DashboardMetric {
        var minutes: [String: [Double]] = [:]
        var all: [Double] = []
        for view in contactViews {
            guard let m = responseMinutes(view) else { continue }
            minutes[grouping.key(time: view.time, district: view.district, callType: view.call?.callType), default: []].append(m)
            all.append(m)
        }
        let target = settings.responseTargetMinutes
        func row(_ key: String, _ values: [Double]) -> [Cell] {
            [.text(key), .integer(values.count), .optional(Quantile.of(values, 0.5)) { .minutes($0, decimals: 1) },
             .optional(Quantile.of(values, 0.9)) { .minutes($0, decimals: 1) },
             values.isEmpty ? .empty : .share(Double(values.filter { $0 <= target }.count) / Double(values.count))]
        }
        let rows = sortedKeys(minutes.keys).map { row($0, minutes[$0] ?? []) } + [row("Total", all)]
        return DashboardMetric(
            id: "response-time", title: "Response time",
            question: "How quickly did responders arrive, against the target? (Figure 19)",
            definition: "Minutes from the CAD call's creation to the responders' arrival (the record's arrival time, else CAD's), for responder records merged with a CAD call; times outside 0–24 hours are left out. Median and 90th percentile by linear interpolation between order statistics. Within target: at most \(Format.trimmed(target)) minutes.",
            dataUsed: "CAD: created and arrival times. Responder records: arrival time, incident number.",
            gplMetric: "Response time (call received to team on scene), median and 90th percentile",
            table: ResultTable(id: "response-time", title: "Response time (minutes)",
                               columns: [groupColumn(grouping), ("contacts_timed", "Contacts timed"), ("median_minutes", "Median"),
                                         ("p90_minutes", "90th percentile"), ("share_within_target", "Within \(Format.trimmed(target)) min")],
                               rows: rows,
                               parameters: [Parameter(name: "response-time target (minutes)", value: Format.trimmed(target), source: "program settings (reroute serve --response-target)")]))
    }

    /// Median and 90th-percentile time on scene, per group.
    public func timeOnScene(by grouping: Grouping) -> DashboardMetric {
        var minutes: [String: [Double]] = [:]
        var all: [Double] = []
        for view in contactViews {
            guard let m = onSceneMinutes(view) else { continue }
            minutes[grouping.key(time: view.time, district: view.district, callType: view.call?.callType), default: []].append(m)
            all.append(m)
        }
        func row(_ key: String, _ values: [Double]) -> [Cell] {
            [.text(key), .integer(values.count), .optional(Quantile.of(values, 0.5)) { .minutes($0, decimals: 1) },
             .optional(Quantile.of(values, 0.9)) { .minutes($0, decimals: 1) }]
        }
        let rows = sortedKeys(minutes.keys).map { row($0, minutes[$0] ?? []) } + [row("Total", all)]
        return DashboardMetric(
            id: "time-on-scene", title: "Time on scene",
            question: "How long did responders spend on scene? (Figure 19)",
            definition: "Minutes from arrival to clearing: the responder record's times, else CAD's; times outside 0–24 hours are left out.",
            dataUsed: "Responder records: arrival and clear times. CAD: arrival and clear times.",
            gplMetric: "Time on scene",
            table: ResultTable(id: "time-on-scene", title: "Time on scene (minutes)",
                               columns: [groupColumn(grouping), ("contacts_timed", "Contacts timed"), ("median_minutes", "Median"), ("p90_minutes", "90th percentile")],
                               rows: rows))
    }

    // MARK: Police and EMS

    /// Responder contacts that asked for police or EMS, per group.
    public func policeAndEMS(by grouping: Grouping) -> DashboardMetric {
        var counts: [String: (n: Int, police: Int, ems: Int)] = [:]
        for view in contactViews {
            let key = grouping.key(time: view.time, district: view.district, callType: view.call?.callType)
            var c = counts[key] ?? (0, 0, 0)
            c.n += 1
            if view.contact.policeRequested { c.police += 1 }
            if view.contact.emsRequested { c.ems += 1 }
            counts[key] = c
        }
        func row(_ key: String, _ c: (n: Int, police: Int, ems: Int)) -> [Cell] {
            [.text(key), .integer(c.n), .integer(c.police), c.n > 0 ? .share(Double(c.police) / Double(c.n)) : .empty,
             .integer(c.ems), c.n > 0 ? .share(Double(c.ems) / Double(c.n)) : .empty]
        }
        let total = counts.values.reduce((n: 0, police: 0, ems: 0)) { ($0.n + $1.n, $0.police + $1.police, $0.ems + $1.ems) }
        let rows = sortedKeys(counts.keys).map { row($0, counts[$0] ?? (0, 0, 0)) } + [row("Total", total)]
        return DashboardMetric(
            id: "police-ems-requested", title: "Police or EMS requested by responders",
            question: "How often did responders need police or EMS? (Figure 20)",
            definition: "Responder records with 'police requested' (or 'EMS requested') ticked, over all responder records in the group.",
            dataUsed: "Responder records: police requested, EMS requested; CAD for time and district.",
            gplMetric: "Percentage of calls where the team requested police backup",
            table: ResultTable(id: "police-ems-requested", title: "Police or EMS requested",
                               columns: [groupColumn(grouping), ("contacts", "Responder contacts"), ("police_requested", "Police requested"),
                                         ("share_police", "Share police"), ("ems_requested", "EMS requested"), ("share_ems", "Share EMS")],
                               rows: rows))
    }

    /// Why police or EMS were requested.
    public func requestReasons() -> DashboardMetric {
        var counts: [String: Int] = [:]
        for c in dataset.contacts {
            if c.policeRequested { counts["police\u{1F}" + (c.policeReason ?? "not given"), default: 0] += 1 }
            if c.emsRequested { counts["EMS\u{1F}" + (c.emsReason ?? "not given"), default: 0] += 1 }
        }
        let rows: [[Cell]] = counts.sorted { ($0.key.split(separator: "\u{1F}").first ?? "", -$0.value, $0.key) < ($1.key.split(separator: "\u{1F}").first ?? "", -$1.value, $1.key) }
            .map { key, value in
                let parts = key.split(separator: "\u{1F}", maxSplits: 1).map(String.init)
                return [.text(parts[0]), .text(parts.count > 1 ? parts[1] : ""), .integer(value)]
            }
        return DashboardMetric(
            id: "request-reasons", title: "Why police or EMS were requested",
            question: "Why did responders request police or EMS? (Figure 20)",
            definition: "Responder records that asked for police (or EMS), counted by the reason chosen on the record.",
            dataUsed: "Responder records: police reason, EMS reason.",
            gplMetric: "Reasons for police backup requests",
            table: ResultTable(id: "request-reasons", title: "Reasons for police or EMS requests",
                               columns: [("service", "Requested"), ("reason", "Reason"), ("contacts", "Contacts")], rows: rows))
    }

    // MARK: Outcomes

    private func distribution(_ values: [String]) -> [[Cell]] {
        var counts: [String: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        let total = values.count
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { [.text($0.key), .integer($0.value), .share(Double($0.value) / Double(total))] }
            + [[.text("Total"), .integer(total), total > 0 ? .share(1) : .empty]]
    }

    /// How responder contacts ended.
    public func outcomes() -> DashboardMetric {
        DashboardMetric(
            id: "outcomes", title: "How responder contacts ended",
            question: "What happened when the team arrived? (Figure 20)",
            definition: "Responder records counted by the outcome chosen on the record ('not recorded' when blank); share of all records.",
            dataUsed: "Responder records: outcome.",
            gplMetric: "Call outcomes (resolved on scene, transported, referred, refused, unable to locate)",
            table: ResultTable(id: "outcomes", title: "Outcomes of responder contacts",
                               columns: [("outcome", "Outcome"), ("contacts", "Contacts"), ("share", "Share")],
                               rows: distribution(dataset.contacts.map { $0.outcome ?? "not recorded" })))
    }

    /// Arrests, citations and reports on calls responders handled, from CAD's disposition.
    public func enforcementAfterResponderCalls() -> DashboardMetric {
        let handled = dataset.calls.filter(isHandledByResponders)
        let kinds = [("arrest", "Arrest"), ("emergency-detention", "Emergency detention"), ("citation", "Citation"), ("report-filed", "Report filed")]
        let rows: [[Cell]] = kinds.map { code, label in
            let n = handled.filter { $0.outcome == code }.count
            return [.text(label), .integer(n), handled.isEmpty ? .empty : .share(Double(n) / Double(handled.count))]
        } + [[.text("Responder-handled CAD calls"), .integer(handled.count), .empty]]
        return DashboardMetric(
            id: "enforcement-after", title: "Arrests, citations and reports on responder calls",
            question: "Did a responder call end in an arrest, citation or police report? (Figures 19 and 20)",
            definition: "CAD calls that a responder record names, counted by CAD's disposition class (the same classes as the report's Figure 7); share of all responder-handled CAD calls.",
            dataUsed: "CAD: disposition (outcome class). Responder records: incident number.",
            gplMetric: "Arrests and citations on calls the team handled",
            table: ResultTable(id: "enforcement-after", title: "Enforcement outcomes of responder-handled calls",
                               columns: [("outcome", "CAD outcome"), ("calls", "Calls"), ("share", "Share of responder-handled calls")], rows: rows))
    }

    /// Root causes found by responders.
    public func rootCauses() -> DashboardMetric {
        DashboardMetric(
            id: "root-causes", title: "Root causes", question: "What underlying issues did responders find? (Figure 20)",
            definition: "Responder records counted by the root cause chosen on the record ('not recorded' when blank).",
            dataUsed: "Responder records: root cause.", gplMetric: nil,
            table: ResultTable(id: "root-causes", title: "Root causes", columns: [("root_cause", "Root cause"), ("contacts", "Contacts"), ("share", "Share")],
                               rows: distribution(dataset.contacts.map { $0.rootCause ?? "not recorded" })))
    }

    /// Referrals, warm hand-offs and follow-up completion, per group.
    public func referrals(by grouping: Grouping) -> DashboardMetric {
        struct Tally { var n = 0, referred = 0, referrals = 0, warm = 0, followUps = 0, completed = 0 }
        var tallies: [String: Tally] = [:]
        var total = Tally()
        for view in contactViews {
            let key = grouping.key(time: view.time, district: view.district, callType: view.call?.callType)
            var t = tallies[key] ?? Tally()
            let c = view.contact
            for i in 0..<2 {
                var x = i == 0 ? t : total
                x.n += 1
                x.referred += c.referrals > 0 ? 1 : 0
                x.referrals += c.referrals
                x.warm += c.warmHandoffs
                x.followUps += c.followUps
                x.completed += c.followUpsCompleted
                if i == 0 { t = x } else { total = x }
            }
            tallies[key] = t
        }
        func row(_ key: String, _ t: Tally) -> [Cell] {
            [.text(key), .integer(t.n), .integer(t.referred), .integer(t.referrals), .integer(t.warm),
             t.referrals > 0 ? .share(Double(t.warm) / Double(t.referrals)) : .empty, .integer(t.followUps), .integer(t.completed),
             t.followUps > 0 ? .share(Double(t.completed) / Double(t.followUps)) : .empty]
        }
        let rows = sortedKeys(tallies.keys).map { row($0, tallies[$0] ?? Tally()) } + [row("Total", total)]
        return DashboardMetric(
            id: "referrals", title: "Referrals, warm hand-offs and follow-up",
            question: "Were people connected to further services? (Figure 20)",
            definition: "Contacts with a referral: responder records with at least one referral. Warm share: warm hand-offs ÷ referrals. Follow-up completion: follow-ups whose status is reached, connected to service or closed ÷ all follow-ups.",
            dataUsed: "Responder records, referrals (hand-off), follow-ups (status).",
            gplMetric: "Percentage of people connected to services (referrals, warm hand-offs, follow-up completed)",
            table: ResultTable(id: "referrals", title: "Referrals and follow-up",
                               columns: [groupColumn(grouping), ("contacts", "Contacts"), ("contacts_referred", "With a referral"), ("referrals", "Referrals"),
                                         ("warm_handoffs", "Warm hand-offs"), ("warm_share", "Warm share"), ("follow_ups", "Follow-ups"),
                                         ("follow_ups_completed", "Completed"), ("completion_share", "Completion")],
                               rows: rows))
    }

    // MARK: People and places

    /// Known high utilizers (by pseudonym) and their contacts by quarter.
    public func highUtilizers() -> DashboardMetric {
        var byPerson: [String: [LocalTimeText]] = [:]
        for view in contactViews where view.contact.isKnownHighUtilizer {
            guard let p = view.contact.personPseudonym, let t = view.time else { continue }
            byPerson[p, default: []].append(t)
        }
        let quarters = sortedKeys(byPerson.values.flatMap { $0.map(Self.quarter) })
        let rows: [[Cell]] = byPerson.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }.map { person, times in
            let sorted = times.sorted()
            return [.text(person), .integer(times.count), .text(sorted.first?.dayKey ?? ""), .text(sorted.last?.dayKey ?? "")]
                + quarters.map { q in .integer(times.filter { Self.quarter($0) == q }.count) }
        }
        return DashboardMetric(
            id: "high-utilizers", title: "Known high utilizers and their contacts over time",
            question: "How often do known high utilizers reach the responders, and is it changing? (Figure 20)",
            definition: "People marked as known high utilizers on a responder record, by pseudonym (never by name), with their responder contacts per calendar quarter.",
            dataUsed: "Responder records: person (pseudonym), known high utilizer; CAD created time (else the record's arrival).",
            gplMetric: "Repeat contacts with the same person",
            table: ResultTable(id: "high-utilizers", title: "Known high utilizers",
                               columns: [("pseudonym", "Person (pseudonym)"), ("contacts", "Contacts"), ("first", "First"), ("last", "Last")]
                                   + quarters.map { ($0, $0) },
                               rows: rows))
    }

    static func quarter(_ t: LocalTimeText) -> String { "\(t.year)-Q\((t.civil.month - 1) / 3 + 1)" }

    /// Locations with three or more eligible calls.
    public func repeatLocations(threshold: Int = 3, limit: Int = 15) -> DashboardMetric {
        var byPlace: [String: (district: String?, calls: Int, handled: Int)] = [:]
        for call in eligibleCalls {
            guard let address = call.address, !address.isEmpty else { continue }
            var p = byPlace[address] ?? (call.district, 0, 0)
            p.calls += 1
            if isHandledByResponders(call) { p.handled += 1 }
            byPlace[address] = p
        }
        let repeated = byPlace.filter { $0.value.calls >= threshold }.sorted { ($1.value.calls, $0.key) < ($0.value.calls, $1.key) }
        let rows: [[Cell]] = repeated.prefix(limit).map { [.text($0.key), .text($0.value.district ?? "unknown"), .integer($0.value.calls), .integer($0.value.handled)] }
        var notes = ["\(repeated.count) locations had \(threshold) or more eligible calls, with \(repeated.reduce(0) { $0 + $1.value.calls }) calls between them; the \(min(limit, repeated.count)) busiest are listed."]
        if dataset.isPseudonymised { notes = ["Addresses are not shown to this role; repeat locations are listed for supervisors only."] }
        return DashboardMetric(
            id: "repeat-locations", title: "Repeat locations",
            question: "Which places generate repeated calls? (Figure 19)",
            definition: "Addresses with at least \(threshold) eligible CAD calls in the data, with how many of those responders handled.",
            dataUsed: "CAD: address, district, call type; responder records: incident number.",
            gplMetric: nil,
            table: ResultTable(id: "repeat-locations", title: "Repeat locations",
                               columns: [("location", "Location"), ("district", "District"), ("eligible_calls", "Eligible calls"), ("handled", "Handled by responders")],
                               rows: rows, notes: notes))
    }

    /// Stated demographics of subjects and callers.
    public func demographics() -> DashboardMetric {
        var rows: [[Cell]] = []
        for (party, pick) in [("subject", { (c: ResponderContact) in c.subject }), ("caller", { (c: ResponderContact) in c.caller })] {
            for (name, field) in [("gender", { (d: Demographics) in d.gender }), ("race", { (d: Demographics) in d.race }), ("age range", { (d: Demographics) in d.ageRange })] {
                let values = dataset.contacts.map { field(pick($0)) ?? "not recorded" }
                for r in distribution(values) where r.first?.textValue != "Total" {
                    rows.append([.text(party), .text(name)] + r)
                }
            }
        }
        return DashboardMetric(
            id: "demographics", title: "Demographics of subjects and callers",
            question: "Who do the responders serve? (Figure 20)",
            definition: "Responder records counted by the subject's (and the caller's) stated gender, race and age range; 'not recorded' when blank. Shares are of all records.",
            dataUsed: "Responder records: demographics as stated.",
            gplMetric: "Demographics of people served",
            table: ResultTable(id: "demographics", title: "Demographics as stated",
                               columns: [("party", "Party"), ("characteristic", "Characteristic"), ("value", "Value"), ("contacts", "Contacts"), ("share", "Share")],
                               rows: rows))
    }

    // MARK: Screening

    /// Calls screened, by decision, and screened-out calls that reached responders anyway.
    public func screeningFunnel() -> DashboardMetric {
        let latest = Array(screeningByIncident.values)
        let labels = [("community_responders", "Community responders"), ("joint_response", "Joint response"),
                      ("ask_caller_permission", "Ask the caller's permission"), ("police", "Police (screened out)"), ("ems", "EMS (screened out)")]
        var rows: [[Cell]] = labels.map { code, label in
            let n = latest.filter { $0.decision == code }.count
            return [.text(label), .integer(n), latest.isEmpty ? .empty : .share(Double(n) / Double(latest.count))]
        }
        rows.append([.text("Calls screened"), .integer(latest.count), latest.isEmpty ? .empty : .share(1)])
        let reached = latest.filter { $0.isScreenedOut && contactsByIncident[$0.incidentNumber] != nil }.count
        rows.append([.text("Screened out but reached responders"), .integer(reached), .empty])
        return DashboardMetric(
            id: "screening-funnel", title: "Screening decisions",
            question: "How were calls screened, and did any screened-out call reach responders? (Figure 19)",
            definition: "The latest call-taker decision for each incident number, by decision. 'Screened out' = police or EMS alone. 'Reached responders' = a responder record names a screened-out incident.",
            dataUsed: "Screening decisions (call-taker console); responder records: incident number.",
            gplMetric: "Calls screened and share routed to the team",
            table: ResultTable(id: "screening-funnel", title: "Screening decisions",
                               columns: [("decision", "Decision"), ("calls", "Calls"), ("share", "Share")], rows: rows))
    }

    /// Screened-out calls by the rule that screened them out.
    public func screenedOutReasons() -> DashboardMetric {
        let out = screeningByIncident.values.filter(\.isScreenedOut)
        var counts: [String: (ScreeningEntry, Int)] = [:]
        for e in out { counts[e.ruleID] = (counts[e.ruleID]?.0 ?? e, (counts[e.ruleID]?.1 ?? 0) + 1) }
        let rows: [[Cell]] = counts.values.sorted { ($1.1, $0.0.ruleID) < ($0.1, $1.0.ruleID) }.map { e, n in
            [.text(e.shortCode), .text(e.decision), .text(e.reason), .integer(n), .share(Double(n) / Double(out.count))]
        }
        return DashboardMetric(
            id: "screened-out-reasons", title: "Why calls were screened out",
            question: "Which red flags kept responders off calls? (Figure 19)",
            definition: "Screened-out calls (decision police or EMS alone, latest decision per incident) counted by the protocol rule that decided them.",
            dataUsed: "Screening decisions: rule, short code, reason.",
            gplMetric: "Reasons calls were not sent to the team",
            table: ResultTable(id: "screened-out-reasons", title: "Screened out, by reason",
                               columns: [("code", "Code"), ("decision", "Decision"), ("reason", "Reason"), ("calls", "Calls"), ("share", "Share")],
                               rows: rows))
    }

    /// The most recent screened-out calls.
    public func screenedOutCalls(limit: Int = 50) -> DashboardMetric {
        let out = screeningByIncident.values.filter(\.isScreenedOut).sorted { $0.id > $1.id }
        let rows: [[Cell]] = out.prefix(limit).map { e in
            [.text(e.incidentNumber), .text(e.decidedAt), .text(e.callType), .text(e.decision), .text(e.shortCode), .text(e.reason),
             .text(contactsByIncident[e.incidentNumber] == nil ? "no" : "yes")]
        }
        return DashboardMetric(
            id: "screened-out-calls", title: "Screened-out calls",
            question: "Which calls were screened out and why; did any reach responders? (Figure 19)",
            definition: "The \(limit) most recent incidents whose latest screening decision was police or EMS alone, with the rule's code and reason, and whether a responder record names the incident anyway.",
            dataUsed: "Screening decisions; responder records: incident number.",
            gplMetric: nil,
            table: ResultTable(id: "screened-out-calls", title: "Screened-out calls",
                               columns: [("incident", "Incident"), ("decided_at", "Decided (UTC)"), ("call_type", "Call type"), ("decision", "Decision"),
                                         ("code", "Code"), ("reason", "Reason"), ("reached_responders", "Reached responders")],
                               rows: rows, notes: ["\(out.count) calls screened out in all."]))
    }
}
