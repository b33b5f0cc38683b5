import Foundation

/// A linear value axis with "nice" ticks (1, 2, 2.5 or 5 × 10ⁿ) covering the data.
struct AxisScale {
    /// Lowest value on the axis (a tick).
    let lower: Double
    /// Highest value on the axis (a tick).
    let upper: Double
    /// Distance between ticks.
    let step: Double

    /// An axis covering `minimum…maximum` with about `targetTicks` intervals.
    /// Equal or non-finite bounds give a sensible axis (0…1 or around the single value).
    init(minimum: Double, maximum: Double, targetTicks: Int = 5) {
        var low = minimum.isFinite ? minimum : 0
        var high = maximum.isFinite ? maximum : 1
        if low > high { swap(&low, &high) }
        if low == high {
            if low == 0 { high = 1 } else if low > 0 { low = 0 } else { high = 0 }
        }
        // Divide before subtracting so that extreme values (±1e308) do not overflow.
        var raw = high / Double(max(1, targetTicks)) - low / Double(max(1, targetTicks))
        if !raw.isFinite || raw <= 0 { raw = 1 }
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let residual = raw / magnitude
        let nice: Double
        if residual <= 1 { nice = 1 } else if residual <= 2 { nice = 2 } else if residual <= 2.5 { nice = 2.5 }
        else if residual <= 5 { nice = 5 } else { nice = 10 }
        let step = nice * magnitude
        self.step = step
        self.lower = (low / step + 1e-9).rounded(.down) * step
        self.upper = (high / step - 1e-9).rounded(.up) * step
    }

    /// The tick values from `lower` to `upper`.
    var ticks: [Double] {
        let intervals = (upper / step - lower / step).rounded()
        let count = intervals.isFinite ? Int(min(max(intervals, 0), 1000)) : 0
        return (0...max(0, count)).map { index in
            let value = lower + Double(index) * step
            return abs(value) < step * 1e-9 ? 0 : value
        }
    }

    /// Maps `value` onto the pixel range `start…end` (`start` is where `lower` goes).
    func position(of value: Double, from start: Double, to end: Double) -> Double {
        guard upper > lower else { return start }
        return start + (value - lower) / (upper - lower) * (end - start)
    }
}
