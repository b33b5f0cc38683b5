import CallCatalogue
import ProgramPlan
import Vocabulary

/// How the commands load a plan scenario against a call-type catalogue: the catalogue is the one home of the
/// eligibility rates (the scenario holds only ranges and overrides) and of the known call-type codes.
public enum PlanScenario {
    /// The eligibility rate of each eligible call type of `catalogue`, by normalised code.
    public static func eligibilityRates(of catalogue: CallCatalogue) -> [String: Sourced<Double>] {
        var rates: [String: Sourced<Double>] = [:]
        for entry in catalogue.entries where entry.isEligible {
            if let rate = entry.eligibilityRate {
                rates[entry.code] = Sourced(rate.value, unit: "fraction", source: rate.source)
            }
        }
        return rates
    }

    /// The catalogue's codes and aliases, normalised, against which scenario call types are checked.
    public static func knownCallTypes(of catalogue: CallCatalogue) -> Set<String> {
        Set(catalogue.entries.map(\.code) + catalogue.entries.flatMap(\.aliases).map(CallCatalogue.normalise))
    }

    /// Loads a built-in scenario or scenario file, taking eligibility rates from `catalogue`.
    /// - Throws: ``ScenarioError`` or ``YAMLError`` (exit 65).
    public static func load(_ nameOrPath: String, catalogue: CallCatalogue) throws -> Scenario {
        try ScenarioLoader.load(
            nameOrPath, knownCallTypes: knownCallTypes(of: catalogue), eligibilityRates: eligibilityRates(of: catalogue))
    }

    /// The catalogue the built-in scenarios are written in (their call-type codes are Milwaukee's).
    public static let builtInScenarioCatalogue = "milwaukee"

    /// Loads a scenario for an analysis made with `catalogue`. A scenario file must speak the analysis's
    /// catalogue. A built-in scenario speaks Milwaukee's: when another city's catalogue (e.g. one suggested from
    /// its own call types) does not know its call types, the scenario is read against the catalogue it was written
    /// for, and its per-type entries (police minutes, behavioural-health shares) find no call type of this city to
    /// fill; demand, rates and police time then come from the city's own data. The returned note says so.
    /// - Throws: ``ScenarioError`` or ``YAMLError`` (exit 65), for a scenario file or a broken built-in one.
    public static func load(_ nameOrPath: String, forAnalysisWith catalogue: CallCatalogue) throws -> (scenario: Scenario, note: String?) {
        do {
            return (try load(nameOrPath, catalogue: catalogue), nil)
        } catch let error as ScenarioError {
            guard ScenarioLoader.builtInNames.contains(nameOrPath) else { throw error }
            switch error {
            case .unknownCallType, .noEligibilityRate: break
            default: throw error
            }
            let own = try CallCatalogue.builtIn(builtInScenarioCatalogue)
            let note = "the built-in scenario \(nameOrPath) describes \(own.city)'s call types, which this export's catalogue (\(catalogue.city)) does not have: its program, staffing and budget assumptions apply, and demand, eligibility and police time come from this data"
            return (try load(nameOrPath, catalogue: own), note)
        }
    }
}
