import Vocabulary
import Foundation
import Testing
@testable import ProgramPlan

/// Bad scenario files get an error naming key and line; nothing crashes.
@Suite struct ScenarioValidationTests {
    static let catalogue: Set<String> = [
        "TRBL W/SUBJ", "WELFARE CITIZEN", "MENTAL OBSERVATION", "SUSP PERS/AUTO", "CALL FOR POLICE", "NOISE NUISANCE",
        "PROPERTY PICKUP", "FAMILY TROUBLE", "TRBL W/JUV", "CHILD CUSTODY", "CHILD NEGLECT", "PARKING TROUBLE",
        "SUSPICIOUS-OTH", "IND EXPOSURE", "LANDLORD/TEN TRB", "FIREWORKS", "SOLICITING", "CRUELTY ANIMAL",
    ]

    func parse(_ text: String, known: Set<String>? = nil) throws -> Scenario {
        try ScenarioLoader.parse(yaml: text, file: "bad.yaml", knownCallTypes: known, eligibilityRates: try TestSupport.catalogueRates())
    }

    func replacing(_ old: String, _ new: String) throws -> String {
        let text = try TestSupport.milwaukeeText()
        #expect(text.contains(old), "fixture text changed: \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }

    @Test func builtInIsValidAgainstTheCatalogue() throws {
        let scenario = try parse(try TestSupport.milwaukeeText(), known: Self.catalogue)
        #expect(scenario.demand.callTypes.count == 18)
    }

    @Test func unknownKey() throws {
        let text = try replacing("projection:\n", "projection:\n  favourite_colour: blue\n")
        let line = TestSupport.line(of: "favourite_colour", in: text)
        #expect(throws: YAMLError.unknownKey(file: "bad.yaml", line: line, key: "projection.favourite_colour", allowed: [
            "capture_rate", "capture_rate_table", "officer_referrals_per_100_diverted", "new_calls_per_100_diverted",
            "self_initiated_per_100_diverted",
        ])) { try parse(text) }
    }

    @Test func missingParameter() throws {
        let text = try replacing("  shift_hours: {value: 8, unit: hours, source: \"Responder Staffing: we recommend 8-hour shifts\"}\n", "")
        let line = TestSupport.line(of: "calls_per_shift:", in: text)
        #expect(throws: YAMLError.missingKey(file: "bad.yaml", line: line, key: "calls_per_shift.shift_hours")) { try parse(text) }
    }

    @Test func negativeRate() throws {
        let text = try replacing("eligibility_rate: {unit: fraction, low: 0.6847,", "eligibility_rate: {value: -0.2, unit: fraction, low: 0.6847,")
        let line = TestSupport.line(of: "value: -0.2", in: text)
        let error = try #require(throws: ScenarioError.self) { try parse(text) }
        #expect(error == .outOfRange(file: "bad.yaml", line: line, key: "demand.call_types[0].eligibility_rate.value", value: -0.2, allowed: ParameterKind.fraction.rangeText))
        #expect(error.description.contains("bad.yaml:\(line)"))
        #expect(error.description.contains("demand.call_types[0].eligibility_rate.value"))
        #expect(error.description.contains("-0.2"))
    }

    @Test func rateAboveOne() throws {
        let text = try replacing("  capture_rate:\n    value: 1.0\n", "  capture_rate:\n    value: 1.3\n")
        let line = TestSupport.line(of: "value: 1.3", in: text)
        let error = try #require(throws: ScenarioError.self) { try parse(text) }
        guard case let .outOfRange(_, errorLine, key, value, _) = error else { Issue.record("\(error)"); return }
        #expect(errorLine == line && key == "projection.capture_rate.value" && value == 1.3)
    }

    @Test func rateAboveOneInPercent() throws {
        let text = try replacing("eligibility_rate: {unit: fraction, low: 0.7000,", "eligibility_rate: {value: 120, unit: percent, low: 0.7000,")
        let error = try #require(throws: ScenarioError.self) { try parse(text) }
        guard case let .outOfRange(_, line, key, value, _) = error else { Issue.record("\(error)"); return }
        #expect(line == TestSupport.line(of: "value: 120, unit: percent", in: text))
        #expect(key == "demand.call_types[1].eligibility_rate.value" && value == 120)
    }

    @Test func unknownCallType() throws {
        let text = try replacing("- code: TRBL W/SUBJ", "- code: TRBL W/SUBJECT")
        let line = TestSupport.line(of: "TRBL W/SUBJECT", in: text)
        #expect(throws: ScenarioError.unknownCallType(file: "bad.yaml", line: line, key: "demand.call_types[0].code", callType: "TRBL W/SUBJECT")) {
            try parse(text, known: Self.catalogue)
        }
        // Without a catalogue the check is skipped (the type then needs its own rate: the catalogue has none).
        let overridden = text.replacingOccurrences(
            of: "eligibility_rate: {unit: fraction, low: 0.6847,", with: "eligibility_rate: {value: 0.7347, unit: fraction, low: 0.6847,")
        #expect(try parse(overridden).demand.callTypes[0].code == "TRBL W/SUBJECT")
    }

    @Test func pilotNamesATypeNotInTheScenario() throws {
        let text = try replacing("published_call_types: [WELFARE CITIZEN,", "published_call_types: [WELFARE CITIZENS,")
        let error = try #require(throws: ScenarioError.self) { try parse(text) }
        guard case let .unknownCallType(_, line, key, type) = error else { Issue.record("\(error)"); return }
        #expect(line == TestSupport.line(of: "published_call_types", in: text) && key == "pilot.published_call_types[0]" && type == "WELFARE CITIZENS")
    }

    @Test func wrongUnits() throws {
        let text = try replacing("eligibility_rate: {unit: fraction, low: 0.8100,", "eligibility_rate: {unit: minutes, low: 0.8100,")
        let line = TestSupport.line(of: "unit: minutes, low: 0.8100", in: text)
        #expect(throws: ScenarioError.wrongUnit(file: "bad.yaml", line: line, key: "demand.call_types[2].eligibility_rate.unit", unit: "minutes", allowed: ["fraction", "percent"])) { try parse(text) }

        let money = try replacing("amount: {value: 6000, unit: USD/team,", "amount: {value: 6000, unit: EUR/team,")
        let error = try #require(throws: ScenarioError.self) { try parse(money) }
        guard case let .wrongUnit(_, moneyLine, key, _, allowed) = error else { Issue.record("\(error)"); return }
        #expect(moneyLine == TestSupport.line(of: "EUR/team", in: money) && key.hasSuffix("amount.unit") && allowed == ["USD/team"])
    }

    @Test func minutesInHoursAreConverted() throws {
        let first = try replacing("minutes_per_call: {value: 45, unit: minutes,", "minutes_per_call: {value: 0.75, unit: hours,")
        let text = first.replacingOccurrences(of: "45 minutes per call\", low: 35, high: 60}", with: "45 minutes per call\", low: 0.5, high: 1}")
        let scenario = try parse(text)
        #expect(scenario.callsPerShift.peerPrograms[2].minutesPerCall?.value == 45)
    }

    @Test func textWhereANumberBelongs() throws {
        let text = try replacing("team_size: {value: 2,", "team_size: {value: two,")
        let error = try #require(throws: YAMLError.self) { try parse(text) }
        guard case let .wrongType(_, line, key, _, found) = error else { Issue.record("\(error)"); return }
        #expect(line == TestSupport.line(of: "value: two", in: text) && key == "staffing.team_size.value" && found == "'two'")
    }

    @Test func lowAboveValue() throws {
        let text = try replacing("    low: 15.3\n", "    low: 35\n")
        let error = try #require(throws: ScenarioError.self) { try parse(text) }
        guard case let .outOfRange(_, line, key, _, _) = error else { Issue.record("\(error)"); return }
        #expect(line == TestSupport.line(of: "low: 35", in: text) && key == "projection.officer_referrals_per_100_diverted.low")
    }

    @Test func brokenYAML() throws {
        let text = try replacing("pilot:\n  capacity:", "pilot:\n capacity: [unclosed\n  capacity:")
        let error = try #require(throws: YAMLError.self) { try parse(text) }
        guard case let .malformedYAML(file, line, _) = error else { Issue.record("\(error)"); return }
        #expect(file == "bad.yaml" && line >= TestSupport.line(of: "[unclosed", in: text))
    }

    @Test func shiftsMustCoverTheDay() throws {
        let text = try replacing("{label: Shift 3, start_hour: 18,", "{label: Shift 3, start_hour: 17,")
        let error = try #require(throws: ScenarioError.self) { try parse(text) }
        guard case let .outOfRange(_, _, key, _, allowed) = error else { Issue.record("\(error)"); return }
        #expect(key == "schedules[0].shifts" && allowed.contains("hour 1"))
    }

    @Test func duplicateKey() throws {
        let text = try replacing("  team_rule: nearest\n", "  team_rule: nearest\n  team_rule: cover\n")
        let error = try #require(throws: YAMLError.self) { try parse(text) }
        #expect(error.description.contains("bad.yaml:"))
    }

    @Test func emptyAndNonMappingFiles() {
        #expect(throws: YAMLError.self) { try parse("") }
        #expect(throws: YAMLError.self) { try parse("- just\n- a list\n") }
        #expect(throws: YAMLError.self) { try parse("name: x\n") }
    }

    @Test func missingFile() {
        #expect(throws: ScenarioError.scenarioNotFound(name: "/nonexistent/plan.yaml", builtIn: ["milwaukee-2021"])) {
            try ScenarioLoader.load("/nonexistent/plan.yaml")
        }
    }

    /// Every single-line deletion of the built-in file either parses or throws an exit-65 error naming the file.
    @Test func noLineDeletionCrashes() throws {
        let lines = try TestSupport.milwaukeeText().components(separatedBy: "\n")
        for index in stride(from: 0, to: lines.count, by: 3) {
            var copy = lines
            copy.remove(at: index)
            do { _ = try parse(copy.joined(separator: "\n")) } catch let error as any RerouteError {
                #expect(error.exitStatus == .dataError && error.description.contains("bad.yaml"))
            }
        }
    }
}
