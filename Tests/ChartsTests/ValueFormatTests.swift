import Vocabulary
import Testing
@testable import Charts

/// Number formatting: expected strings written by hand.
struct ValueFormatTests {
    @Test(arguments: [
        (ValueFormat.integer, 1234.0, "1,234"),
        (.integer, 0.5, "1"),
        (.integer, -0.4, "0"),
        (.integer, 259_805, "259,805"),
        (.integer, -1_234_567, "-1,234,567"),
        (.decimal(1), 1234.56, "1,234.6"),
        (.decimal(2), 0.005, "0.01"),
        (.decimal(1), -0.04, "0.0"),
        (.percent(1), 0.125, "12.5%"),
        (.percent(0), 0.289, "29%"),
        (.percent(1), 1, "100.0%"),
        (.dollars, 1_234_567, "$1.2M"),
        (.dollars, 950, "$950"),
        (.dollars, 12_500, "$12.5K"),
        (.dollars, 640_000, "$640K"),
        (.dollars, 999_999, "$1M"),
        (.dollars, 3_400_000_000, "$3.4B"),
        (.dollars, -2_000_000, "-$2M"),
        (.wholeDollars, 1_234_567.4, "$1,234,567"),
        (.integer, Double.nan, "–"),
    ])
    func formats(format: ValueFormat, value: Double, expected: String) {
        #expect(format.string(value) == expected)
    }

    @Test func tickFormatsCarryOnlyTheDecimalsTheStepNeeds() {
        #expect(ValueFormat.decimal(1).tickFormat(step: 50) == .integer)
        #expect(ValueFormat.decimal(1).tickFormat(step: 2.5) == .decimal(1))
        #expect(ValueFormat.integer.tickFormat(step: 0.25) == .decimal(2))
        #expect(ValueFormat.percent(1).tickFormat(step: 0.25) == .percent(0))
        #expect(ValueFormat.percent(0).tickFormat(step: 0.005) == .percent(1))
    }

    @Test(arguments: [
        (0.0, 87.0, 0.0, 100.0, 20.0),
        (0, 40, 0, 40, 10),
        (-10, 20, -10, 20, 10),
        (0, 0, 0, 1, 0.2),
        (5, 5, 0, 5, 1),
        (0, 1.001, 0, 1.25, 0.25),
        (-3, -3, -3, 0, 1), // span 3 over 5 ticks = 0.6, rounded up to 1
    ])
    func niceAxes(minimum: Double, maximum: Double, lower: Double, upper: Double, step: Double) {
        let scale = AxisScale(minimum: minimum, maximum: maximum)
        #expect(scale.lower == lower)
        #expect(scale.upper == upper)
        #expect(abs(scale.step - step) < 1e-12)
        #expect(scale.ticks.first == lower && scale.ticks.last == upper)
    }
}
