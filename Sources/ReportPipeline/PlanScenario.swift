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
}
