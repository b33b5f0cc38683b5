import Foundation
import ResponderRecords

/// Limits failed sign-ins per name and per address within a sliding window (in memory, per server process).
actor SignInLimiter {
    private let attempts: Int
    private let window: TimeInterval
    private var failures: [String: [Date]] = [:]

    init(attempts: Int, windowSeconds: Int) {
        self.attempts = attempts
        self.window = TimeInterval(windowSeconds)
    }

    private func keys(name: String, address: String) -> [String] { ["name:" + name.lowercased(), "address:" + address] }

    /// Fails when the name or the address used up its attempts.
    func check(name: String, address: String, now: Date = Date()) throws(RecordsError) {
        for key in keys(name: name, address: address) {
            let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }
            failures[key] = recent
            // The address may try a few names before it is stopped too.
            let limit = key.hasPrefix("address:") ? attempts * 4 : attempts
            if recent.count >= limit, let oldest = recent.first {
                throw .tooManyAttempts(retryAfterSeconds: max(1, Int(window - now.timeIntervalSince(oldest))))
            }
        }
    }

    func recordFailure(name: String, address: String, now: Date = Date()) {
        for key in keys(name: name, address: address) { failures[key, default: []].append(now) }
        if failures.count > 10_000 { failures = failures.filter { !($0.value.last.map { now.timeIntervalSince($0) >= window } ?? true) } }
    }

    func recordSuccess(name: String) {
        failures["name:" + name.lowercased()] = nil
    }
}
