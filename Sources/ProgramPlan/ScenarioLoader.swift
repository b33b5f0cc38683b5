import Vocabulary
import Foundation
import Yams

/// Reads and validates scenario files.
///
/// Every problem becomes a ``ScenarioError`` naming the file, the line (from the YAML node marks), the
/// key and the value. Nothing in a bad file can crash the loader.
public enum ScenarioLoader {
    /// Names of the scenarios shipped with Reroute.
    public static let builtInNames = ["milwaukee-2021"]

    /// Loads a built-in scenario by name or a scenario file by path.
    /// - Parameters:
    ///   - nameOrPath: a built-in name (`milwaukee-2021`) or a path to a YAML file.
    ///   - knownCallTypes: normalised call-type codes of the catalogue; nil skips the check.
    ///   - eligibilityRates: the catalogue's eligibility rate of each eligible call type, by normalised code
    ///     (the one home of the rates); a scenario gives only ranges and overrides.
    /// - Throws: ``ScenarioError`` or ``YAMLError`` (both exit 65).
    public static func load(
        _ nameOrPath: String, knownCallTypes: Set<String>? = nil, eligibilityRates: [String: Sourced<Double>] = [:]
    ) throws -> Scenario {
        if builtInNames.contains(nameOrPath) {
            return try builtIn(nameOrPath, knownCallTypes: knownCallTypes, eligibilityRates: eligibilityRates)
        }
        let url = URL(fileURLWithPath: nameOrPath)
        guard let data = try? Data(contentsOf: url) else {
            throw ScenarioError.scenarioNotFound(name: nameOrPath, builtIn: builtInNames)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw YAMLError.malformedYAML(file: url.lastPathComponent, line: 0, problem: "the file is not UTF-8 text")
        }
        return try parse(
            yaml: text, file: url.lastPathComponent, knownCallTypes: knownCallTypes, eligibilityRates: eligibilityRates)
    }

    /// Loads a scenario shipped as a resource of this module.
    /// - Parameters:
    ///   - name: the built-in name.
    ///   - knownCallTypes: normalised call-type codes of the catalogue; nil skips the check.
    ///   - eligibilityRates: the catalogue's eligibility rates by normalised code.
    /// - Throws: ``ScenarioError/scenarioNotFound(name:builtIn:)`` for an unknown name.
    public static func builtIn(
        _ name: String, knownCallTypes: Set<String>? = nil, eligibilityRates: [String: Sourced<Double>] = [:]
    ) throws -> Scenario {
        guard builtInNames.contains(name),
            let url = Bundle.module.url(forResource: name, withExtension: "yaml"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { throw ScenarioError.scenarioNotFound(name: name, builtIn: builtInNames) }
        return try parse(
            yaml: text, file: "\(name).yaml", knownCallTypes: knownCallTypes, eligibilityRates: eligibilityRates)
    }

    /// The YAML text of a built-in scenario (to copy and edit).
    public static func builtInText(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: "yaml"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { throw ScenarioError.scenarioNotFound(name: name, builtIn: builtInNames) }
        return text
    }

    /// Parses and validates scenario YAML.
    /// - Parameters:
    ///   - yaml: the file's text.
    ///   - file: file name used in messages.
    ///   - knownCallTypes: normalised call-type codes of the catalogue; nil skips the check.
    ///   - eligibilityRates: the catalogue's eligibility rates by normalised code. A call type without
    ///     `eligibility_rate.value` in the scenario takes its rate from here; its range comes from the
    ///     scenario's `low`/`high`, or from ``EligibilityRange`` when the scenario gives none.
    /// - Throws: ``ScenarioError`` or ``YAMLError`` (both exit 65).
    public static func parse(
        yaml: String, file: String, knownCallTypes: Set<String>? = nil, eligibilityRates: [String: Sourced<Double>] = [:]
    ) throws -> Scenario {
        guard let root = try YAMLDocument.parse(yaml, file: file) else {
            throw YAMLError.missingKey(file: file, line: 1, key: "name")
        }
        let reader = try YAMLMapping(root, file: file, path: "")
        try reader.checkKeys([
            "name", "description", "demand", "projection", "calls_per_shift", "schedules", "staffing", "pilot",
            "budget", "published",
        ])
        var context = Context(file: file, knownCallTypes: knownCallTypes, eligibilityRates: eligibilityRates)
        let demand = try context.demand(try reader.mapping("demand"))
        let projection = try context.projection(try reader.mapping("projection"))
        let callsPerShift = try context.callsPerShift(try reader.mapping("calls_per_shift"))
        let schedules = try reader.sequence("schedules").enumerated().map { index, node in
            try context.schedule(YAMLMapping(node, file: file, path: "schedules[\(index)]"))
        }
        if schedules.isEmpty {
            throw YAMLError.missingKey(file: file, line: reader.lineOf("schedules"), key: "schedules[0]")
        }
        try checkCoverage(schedules, shiftHours: callsPerShift.shiftHours.value, file: file)
        let staffing = try context.staffing(try reader.mapping("staffing"))
        let pilot = try context.pilot(try reader.mapping("pilot"), callTypes: demand.callTypes.map(\.code))
        let budget = try context.budget(try reader.mapping("budget"))
        let published = try context.published(try reader.optionalMapping("published"))
        return Scenario(
            name: try reader.string("name"), description: try reader.optionalString("description") ?? "", file: file,
            demand: demand, projection: projection, callsPerShift: callsPerShift, schedules: schedules,
            staffing: staffing, pilot: pilot, budget: budget, published: published)
    }

    /// Every schedule's shifts must cover each hour of the day exactly once.
    static func checkCoverage(_ schedules: [Schedule], shiftHours: Double, file: String) throws {
        let length = Int(shiftHours.rounded())
        for (index, schedule) in schedules.enumerated() {
            var cover = [Int](repeating: 0, count: 24)
            for shift in schedule.shifts {
                for offset in 0..<length { cover[(shift.startHour + offset) % 24] += 1 }
            }
            if let hour = cover.firstIndex(where: { $0 != 1 }) {
                throw ScenarioError.outOfRange(
                    file: file, line: schedule.line, key: "schedules[\(index)].shifts", value: Double(cover[hour]),
                    allowed: "shifts of \(length) hours covering each hour once (hour \(hour) is covered \(cover[hour]) times)")
            }
        }
    }

    /// Published metric keys a scenario may give.
    public static let publishedKeys = [
        "citizen_initiated_calls", "eligible_type_calls", "eligible_calls", "eligible_share", "eligible_rate",
        "officer_referrals", "new_calls", "self_initiated", "total_volume", "diverted_share_of_activity",
        "police_hours", "police_calls", "police_minutes_per_call", "calls_per_shift", "team_shifts_per_day", "teams",
        "responders", "pilot_teams", "pilot_eligible_calls", "pilot_share",
    ]
}

/// Parsing state shared by the section readers.
private struct Context {
    let file: String
    let knownCallTypes: Set<String>?
    let eligibilityRates: [String: Sourced<Double>]

    /// Reads a parameter mapping. With a `fallback`, `value` may be left out: the fallback's value is used
    /// (its source first), and `low`/`high` are checked against it.
    func parameter(
        _ reader: YAMLMapping, _ name: String, _ kind: ParameterKind, fallback: Sourced<Double>? = nil
    ) throws -> Parameter {
        let map = try reader.mapping(name)
        let key = reader.key(name)
        try map.checkKeys(["value", "unit", "source", "low", "high", "distribution", "stated", "alternatives", "note"])
        let unit = try map.string("unit")
        guard let factor = kind.units.first(where: { $0.name == unit })?.factor else {
            throw ScenarioError.wrongUnit(
                file: file, line: map.lineOf("unit"), key: "\(key).unit", unit: unit, allowed: kind.units.map(\.name))
        }
        func checked(_ field: String) throws -> Double? {
            guard let raw = try map.optionalNumber(field) else { return nil }
            let value = raw * factor
            guard kind.allows(value) else {
                throw ScenarioError.outOfRange(
                    file: file, line: map.lineOf(field), key: "\(key).\(field)", value: raw, allowed: kind.rangeText)
            }
            return value
        }
        let given = try checked("value")
        guard let value = given ?? fallback?.value else {
            throw YAMLError.missingKey(file: file, line: map.line, key: "\(key).value")
        }
        var source = try map.string("source")
        if source.trimmingCharacters(in: .whitespaces).isEmpty {
            throw YAMLError.wrongType(
                file: file, line: map.lineOf("source"), key: "\(key).source", expected: "a non-empty source",
                found: "''")
        }
        if given == nil, let fallback { source = "\(fallback.source); range: \(source)" }
        let low = try checked("low")
        let high = try checked("high")
        if let low, low > value {
            throw ScenarioError.outOfRange(
                file: file, line: map.lineOf("low"), key: "\(key).low", value: low / factor,
                allowed: "at most the value \(value / factor)")
        }
        if let high, high < value {
            throw ScenarioError.outOfRange(
                file: file, line: map.lineOf("high"), key: "\(key).high", value: high / factor,
                allowed: "at least the value \(value / factor)")
        }
        var alternatives: [Parameter.Alternative] = []
        if map.has("alternatives") {
            for (index, item) in try map.sequence("alternatives").enumerated() {
                let alt = try YAMLMapping(item, file: file, path: "\(key).alternatives[\(index)]")
                try alt.checkKeys(["value", "source"])
                alternatives.append(.init(value: try alt.number("value") * factor, source: try alt.string("source")))
            }
        }
        return Parameter(
            value: value, unit: kind.units[0].name, source: source, low: low, high: high,
            distribution: try map.enumeration("distribution", default: .triangular),
            stated: try map.optionalNumber("stated").map { $0 * factor }, alternatives: alternatives,
            line: map.line)
    }

    func optionalParameter(_ reader: YAMLMapping, _ name: String, _ kind: ParameterKind) throws -> Parameter? {
        reader.has(name) ? try parameter(reader, name, kind) : nil
    }

    func series(_ reader: YAMLMapping, _ name: String, count: Int, unit: String) throws -> Series {
        let map = try reader.mapping(name)
        try map.checkKeys(["values", "unit", "source"])
        let givenUnit = try map.string("unit")
        guard givenUnit == unit else {
            throw ScenarioError.wrongUnit(
                file: file, line: map.lineOf("unit"), key: map.key("unit"), unit: givenUnit, allowed: [unit])
        }
        let values = try map.numbers("values")
        guard values.count == count else {
            throw YAMLError.wrongType(
                file: file, line: map.lineOf("values"), key: map.key("values"), expected: "a list of \(count) numbers",
                found: "\(values.count) numbers")
        }
        for (index, value) in values.enumerated() where value < 0 || value > 1e7 {
            throw ScenarioError.outOfRange(
                file: file, line: map.lineOf("values"), key: "\(map.key("values"))[\(index)]", value: value,
                allowed: "zero or more (at most 10,000,000)")
        }
        return Series(values: values, unit: unit, source: try map.string("source"), line: map.line)
    }

    mutating func demand(_ reader: YAMLMapping) throws -> DemandInputs {
        try reader.checkKeys([
            "period_days", "citizen_initiated_calls", "call_types", "hourly_calls_per_day", "weekday_calls_per_day",
        ])
        var codes: Set<String> = []
        let types = try reader.sequence("call_types").enumerated().map { index, node -> CallTypeInputs in
            let item = try YAMLMapping(node, file: file, path: "demand.call_types[\(index)]")
            try item.checkKeys([
                "code", "label", "citizen_initiated_calls", "eligibility_rate", "police_minutes_per_call",
                "behavioural_health_share",
            ])
            let code = try item.string("code")
            let normalised = code.uppercased().trimmingCharacters(in: .whitespaces)
            if let known = knownCallTypes, !known.contains(normalised) {
                throw ScenarioError.unknownCallType(
                    file: file, line: item.lineOf("code"), key: item.key("code"), callType: code)
            }
            if codes.contains(normalised) {
                throw YAMLError.duplicate(file: file, line: item.lineOf("code"), key: item.key("code"), value: code)
            }
            codes.insert(normalised)
            let rate = try eligibilityRate(item, code: normalised)
            return CallTypeInputs(
                code: normalised, label: try item.optionalString("label") ?? code,
                citizenInitiatedCalls: try parameter(item, "citizen_initiated_calls", .calls),
                eligibilityRate: rate.parameter, eligibilityRateIsOverride: rate.isOverride,
                policeMinutesPerCall: try optionalParameter(item, "police_minutes_per_call", .minutes),
                behaviouralHealthShare: try optionalParameter(item, "behavioural_health_share", .fraction),
                line: item.line)
        }
        if types.isEmpty {
            throw YAMLError.missingKey(file: file, line: reader.lineOf("call_types"), key: "demand.call_types[0]")
        }
        return DemandInputs(
            periodDays: try parameter(reader, "period_days", .days),
            citizenInitiatedCalls: try parameter(reader, "citizen_initiated_calls", .calls), callTypes: types,
            hourlyCallsPerDay: try series(reader, "hourly_calls_per_day", count: 24, unit: "calls/day"),
            weekdayCallsPerDay: reader.has("weekday_calls_per_day")
                ? try series(reader, "weekday_calls_per_day", count: 7, unit: "calls/day") : nil)
    }

    /// A call type's eligibility rate: the catalogue's, unless the scenario overrides it with
    /// `eligibility_rate.value`; its range from the scenario's `low`/`high`, otherwise ``EligibilityRange``'s rule.
    func eligibilityRate(_ item: YAMLMapping, code: String) throws -> (parameter: Parameter, isOverride: Bool) {
        let catalogue = eligibilityRates[code].map { Sourced($0.value, unit: "fraction", source: "catalogue: \($0.source)") }
        let overrides = try item.optionalMapping("eligibility_rate")?.has("value") ?? false
        guard item.has("eligibility_rate") else {
            guard let catalogue else {
                throw ScenarioError.noEligibilityRate(
                    file: file, line: item.line, key: item.key("eligibility_rate.value"), callType: code)
            }
            return (Parameter(EligibilityRange.ranged(catalogue), line: item.line), false)
        }
        if !overrides && catalogue == nil {
            throw ScenarioError.noEligibilityRate(
                file: file, line: item.lineOf("eligibility_rate"), key: item.key("eligibility_rate.value"), callType: code)
        }
        var parameter = try parameter(item, "eligibility_rate", .fraction, fallback: catalogue)
        parameter.sourced = EligibilityRange.ranged(parameter.sourced)
        return (parameter, overrides)
    }

    func projection(_ reader: YAMLMapping) throws -> ProjectionInputs {
        try reader.checkKeys([
            "capture_rate", "capture_rate_table", "officer_referrals_per_100_diverted", "new_calls_per_100_diverted",
            "self_initiated_per_100_diverted",
        ])
        var table: Series?
        if let map = try reader.optionalMapping("capture_rate_table") {
            try map.checkKeys(["values", "unit", "source"])
            let unit = try map.string("unit")
            guard unit == "fraction" else {
                throw ScenarioError.wrongUnit(
                    file: file, line: map.lineOf("unit"), key: map.key("unit"), unit: unit, allowed: ["fraction"])
            }
            let values = try map.numbers("values")
            for (index, value) in values.enumerated() where !(value > 0 && value <= 1) {
                throw ScenarioError.outOfRange(
                    file: file, line: map.lineOf("values"), key: "\(map.key("values"))[\(index)]", value: value,
                    allowed: "above 0 and at most 1")
            }
            table = Series(values: values, unit: unit, source: try map.string("source"), line: map.line)
        }
        return ProjectionInputs(
            captureRate: try parameter(reader, "capture_rate", .capacity), captureRateTable: table,
            officerReferralsPer100: try parameter(reader, "officer_referrals_per_100_diverted", .per100),
            newCallsPer100: try parameter(reader, "new_calls_per_100_diverted", .per100),
            selfInitiatedPer100: try parameter(reader, "self_initiated_per_100_diverted", .per100))
    }

    func callsPerShift(_ reader: YAMLMapping) throws -> CallsPerShiftInputs {
        try reader.checkKeys(["shift_hours", "productive_share", "peer_programs"])
        let peers = try reader.sequence("peer_programs").enumerated().map { index, node -> PeerProgram in
            let item = try YAMLMapping(node, file: file, path: "calls_per_shift.peer_programs[\(index)]")
            try item.checkKeys(["name", "calls_per_shift", "shift_hours", "minutes_per_call"])
            let peer = PeerProgram(
                name: try item.string("name"),
                callsPerShift: try optionalParameter(item, "calls_per_shift", .callsPerShift),
                shiftHours: try optionalParameter(item, "shift_hours", .shiftHours),
                minutesPerCall: try optionalParameter(item, "minutes_per_call", .minutes), line: item.line)
            if peer.minutesPerCall == nil && (peer.callsPerShift == nil || peer.shiftHours == nil) {
                throw YAMLError.missingKey(
                    file: file, line: item.line, key: item.key("minutes_per_call (or calls_per_shift and shift_hours)"))
            }
            return peer
        }
        if peers.isEmpty {
            throw YAMLError.missingKey(
                file: file, line: reader.lineOf("peer_programs"), key: "calls_per_shift.peer_programs[0]")
        }
        return CallsPerShiftInputs(
            shiftHours: try parameter(reader, "shift_hours", .shiftHours),
            productiveShare: try parameter(reader, "productive_share", .capacity), peerPrograms: peers)
    }

    func schedule(_ reader: YAMLMapping) throws -> Schedule {
        try reader.checkKeys(["name", "source", "shifts"])
        let shifts = try reader.sequence("shifts").enumerated().map { index, node -> Shift in
            let item = try YAMLMapping(node, file: file, path: "\(reader.path).shifts[\(index)]")
            try item.checkKeys(["label", "start_hour", "teams", "published"])
            let start = try item.integer("start_hour")
            guard (0...23).contains(start) else {
                throw ScenarioError.outOfRange(
                    file: file, line: item.lineOf("start_hour"), key: item.key("start_hour"), value: Double(start),
                    allowed: "an hour from 0 to 23")
            }
            var teams: Int?
            if item.has("teams") {
                let value = try item.integer("teams")
                guard value >= 0 else {
                    throw ScenarioError.outOfRange(
                        file: file, line: item.lineOf("teams"), key: item.key("teams"), value: Double(value),
                        allowed: "zero or more")
                }
                teams = value
            }
            var published: [String: Double] = [:]
            if let map = try item.optionalMapping("published") {
                try map.checkKeys(["capacity", "calls", "unanswered", "excess"])
                for pair in map.pairs { published[pair.key] = try map.number(pair.key) }
            }
            return Shift(
                label: try item.string("label"), startHour: start, teams: teams, published: published, line: item.line)
        }
        if shifts.isEmpty {
            throw YAMLError.missingKey(file: file, line: reader.line, key: reader.key("shifts[0]"))
        }
        return Schedule(
            name: try reader.string("name"), source: try reader.optionalString("source") ?? "scenario", shifts: shifts,
            line: reader.line)
    }

    func staffing(_ reader: YAMLMapping) throws -> StaffingInputs {
        try reader.checkKeys([
            "team_size", "team_rule", "model", "shifts_per_week", "vacation_days", "holidays", "sick_days",
            "training_days",
        ])
        return StaffingInputs(
            teamSize: try parameter(reader, "team_size", .teamSize),
            teamRule: try reader.enumeration("team_rule", default: .nearest),
            model: try reader.enumeration("model", default: .report),
            shiftsPerWeek: try parameter(reader, "shifts_per_week", .shiftsPerWeek),
            vacationDays: try parameter(reader, "vacation_days", .daysPerYear),
            holidays: try parameter(reader, "holidays", .daysPerYear),
            sickDays: try parameter(reader, "sick_days", .daysPerYear),
            trainingDays: try parameter(reader, "training_days", .daysPerYear))
    }

    func pilot(_ reader: YAMLMapping, callTypes: [String]) throws -> PilotInputs {
        try reader.checkKeys(["capacity", "objective", "published_call_types"])
        var chosen: [String] = []
        if reader.has("published_call_types") {
            for (index, code) in try reader.strings("published_call_types").enumerated() {
                let normalised = code.uppercased().trimmingCharacters(in: .whitespaces)
                guard callTypes.contains(normalised) else {
                    throw ScenarioError.unknownCallType(
                        file: file, line: reader.lineOf("published_call_types"),
                        key: "pilot.published_call_types[\(index)]", callType: code)
                }
                chosen.append(normalised)
            }
        }
        return PilotInputs(
            capacity: try parameter(reader, "capacity", .capacity),
            objective: try reader.enumeration("objective", default: .mostCalls), publishedCallTypes: chosen)
    }

    func budget(_ reader: YAMLMapping) throws -> BudgetInputs {
        try reader.checkKeys(["columns", "phases"])
        let columns = try reader.numbers("columns")
        for (index, column) in columns.enumerated() where !(column > 0 && column <= 1) {
            throw ScenarioError.outOfRange(
                file: file, line: reader.lineOf("columns"), key: "budget.columns[\(index)]", value: column,
                allowed: "a capacity above 0 and at most 1")
        }
        let phases = try reader.sequence("phases").enumerated().map { index, node -> BudgetPhase in
            let item = try YAMLMapping(node, file: file, path: "budget.phases[\(index)]")
            try item.checkKeys(["name", "lines", "published_totals", "published_shares"])
            let lines = try item.sequence("lines").enumerated().map { lineIndex, lineNode in
                try budgetLine(YAMLMapping(lineNode, file: file, path: "\(item.path).lines[\(lineIndex)]"))
            }
            var totals: [String: [Double]] = [:]
            if let map = try item.optionalMapping("published_totals") {
                try map.checkKeys(["total", "personnel", "equipment", "training"])
                for pair in map.pairs { totals[pair.key] = try map.numbers(pair.key) }
            }
            var shares: [String: Double] = [:]
            if let map = try item.optionalMapping("published_shares") {
                let names = lines.map(\.name)
                try map.checkKeys(names)
                for pair in map.pairs { shares[pair.key] = try map.number(pair.key) }
            }
            return BudgetPhase(
                name: try item.string("name"), lines: lines, publishedTotals: totals, publishedShares: shares,
                line: item.line)
        }
        return BudgetInputs(columns: columns, phases: phases)
    }

    func budgetLine(_ item: YAMLMapping) throws -> BudgetLine {
        try item.checkKeys(["name", "group", "basis", "amount", "months", "tiers", "source", "counted_in_total", "published"])
        let group = try item.string("group")
        let groups = ["personnel", "equipment", "training"]
        guard groups.contains(group) else {
            throw YAMLError.wrongType(
                file: file, line: item.lineOf("group"), key: item.key("group"), expected: "one of " + groups.joined(separator: ", "),
                found: "'\(group)'")
        }
        let basis: CostBasis = try item.enumeration("basis", default: .fixed)
        var amount: Parameter?
        var tiers: [(teams: Int, amount: Double)] = []
        if basis == .tiered {
            for (index, node) in try item.sequence("tiers").enumerated() {
                let tier = try YAMLMapping(node, file: file, path: "\(item.key("tiers"))[\(index)]")
                try tier.checkKeys(["teams", "amount"])
                let teams = try tier.integer("teams")
                let value = try tier.number("amount")
                guard teams > 0 else {
                    throw ScenarioError.outOfRange(
                        file: file, line: tier.lineOf("teams"), key: tier.key("teams"), value: Double(teams),
                        allowed: "above 0")
                }
                guard value >= 0 else {
                    throw ScenarioError.outOfRange(
                        file: file, line: tier.lineOf("amount"), key: tier.key("amount"), value: value,
                        allowed: "zero or more")
                }
                tiers.append((teams, value))
            }
            tiers.sort { $0.teams < $1.teams }
            if tiers.isEmpty {
                throw YAMLError.missingKey(file: file, line: item.lineOf("tiers"), key: item.key("tiers[0]"))
            }
        } else {
            amount = try parameter(item, "amount", .money(basis.unit))
        }
        var months = 12.0
        if basis == .perTeamYear || basis == .perResponderYear {
            months = try item.number("months")
            guard (0...12).contains(months) else {
                throw ScenarioError.outOfRange(
                    file: file, line: item.lineOf("months"), key: item.key("months"), value: months,
                    allowed: "between 0 and 12")
            }
        }
        return BudgetLine(
            name: try item.string("name"), group: group, basis: basis, amount: amount, months: months, tiers: tiers,
            tierSource: try item.optionalString("source") ?? amount?.source ?? "",
            countedInTotal: item.has("counted_in_total") ? try item.bool("counted_in_total") : true,
            published: item.has("published") ? try item.numbers("published") : [], line: item.line)
    }

    func published(_ reader: YAMLMapping?) throws -> [String: PublishedValue] {
        guard let reader else { return [:] }
        try reader.checkKeys(ScenarioLoader.publishedKeys)
        var values: [String: PublishedValue] = [:]
        for pair in reader.pairs {
            let map = try reader.mapping(pair.key)
            try map.checkKeys(["value", "source"])
            values[pair.key] = PublishedValue(value: try map.number("value"), source: try map.string("source"))
        }
        return values
    }
}
