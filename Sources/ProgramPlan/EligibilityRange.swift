import Vocabulary

/// The range an eligibility rate varies over in the tornado and the Monte Carlo when the scenario gives none.
///
/// Eligibility rates come from the call-type catalogue (Figure 3 of the LEAP report for Milwaukee), which
/// states no uncertainty and no sample size, so no confidence interval can be computed. The rule is stated
/// as an assumption in the rate's source: ±25% of the rate, kept between 0 and 1. A scenario replaces it for
/// a call type by giving `eligibility_rate: {low, high}`.
public enum EligibilityRange {
    /// Relative half-width of the default range.
    public static let relativeSpread = 0.25

    /// The rule, as written into a rate's source.
    public static let rule = "assumption: ±25% of the rate (no range in the scenario), within 0-1"

    /// `rate` with the default range added when it has none (rates with a range are returned unchanged).
    public static func ranged(_ rate: Sourced<Double>) -> Sourced<Double> {
        guard !rate.isUncertain else { return rate }
        var copy = rate
        copy.low = max(0, rate.value * (1 - relativeSpread))
        copy.high = min(1, rate.value * (1 + relativeSpread))
        copy.source = rate.source + "; range: " + rule
        return copy
    }
}
