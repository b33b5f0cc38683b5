/// Runs `body` and returns its result with the elapsed wall-clock seconds (for the optimiser's and the
/// simulation's timings, printed on stderr).
public func measureSeconds<T>(_ body: () throws -> T) rethrows -> (value: T, seconds: Double) {
    let clock = ContinuousClock()
    let start = clock.now
    let value = try body()
    let d = clock.now - start
    return (value, Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
}
