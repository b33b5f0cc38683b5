import Foundation
import Testing
@testable import Staffing

@Suite struct ErlangCTests {
    /// pyworkforce's README example: 100 contacts per 30 minutes, 3-minute handling, 80% within 20 s,
    /// 30% shrinkage, max occupancy 85% → 14 raw / 20 positions, service level 0.888, occupancy 0.714, P(wait) 0.174.
    @Test func reproducesPyworkforceExample() throws {
        let queue = try ErlangC(arrivalRate: 100.0 / 30.0, meanServiceTime: 3)
        let raw = try queue.requiredServers(serviceLevel: 0.8, within: 20.0 / 60.0, maxOccupancy: 0.85)
        #expect(raw == 14)
        #expect(try ErlangC.positions(raw: raw, shrinkage: 0.3) == 20)
        #expect((queue.serviceLevel(servers: raw, within: 20.0 / 60.0) * 1000).rounded() / 1000 == 0.888)
        #expect((queue.occupancy(servers: raw) * 1000).rounded() / 1000 == 0.714)
        #expect((queue.probabilityOfWaiting(servers: raw) * 1000).rounded() / 1000 == 0.174)
        // 13 servers fall short of the 80% level, so 14 is the fewest.
        #expect(queue.serviceLevel(servers: 13, within: 20.0 / 60.0) < 0.8)
    }

    /// M/M/1: P(wait) = ρ, mean wait = ρ/(μ − λ), P(wait > t) = ρ·e^{−(μ−λ)t}.
    @Test(arguments: [(0.5, 1.0), (0.45, 2.0), (0.2, 0.5)])
    func matchesMM1ClosedForm(lambda: Double, service: Double) throws {
        let queue = try ErlangC(arrivalRate: lambda, meanServiceTime: service)
        let rho = lambda * service, mu = 1 / service
        #expect(abs(queue.probabilityOfWaiting(servers: 1) - rho) < 1e-12)
        #expect(abs(queue.meanWait(servers: 1) - rho / (mu - lambda)) < 1e-9)
        #expect(abs(queue.probabilityWaitExceeds(1.5, servers: 1) - rho * exp(-(mu - lambda) * 1.5)) < 1e-12)
    }

    /// Against the textbook formula evaluated independently in log space (lgamma + log-sum-exp).
    @Test(arguments: [(8.0, 10), (45.5, 50), (950.0, 1000), (4990.0, 5100)])
    func stableForLargeServerCounts(load: Double, servers: Int) throws {
        let queue = try ErlangC(arrivalRate: load, meanServiceTime: 1)
        let c = Double(servers)
        let logTerms = (0..<servers).map { Double($0) * log(load) - lgamma(Double($0) + 1) }
        let logLast = c * log(load) - lgamma(c + 1) + log(c / (c - load))
        let top = max(logTerms.max()!, logLast)
        let sum = logTerms.reduce(0) { $0 + exp($1 - top) } + exp(logLast - top)
        let expected = exp(logLast - top) / sum
        let got = queue.probabilityOfWaiting(servers: servers)
        #expect(got.isFinite && got > 0 && got < 1)
        #expect(abs(got - expected) < 1e-9 * max(1, expected))
    }

    @Test func unstableAndUnreachableCases() throws {
        let queue = try ErlangC(arrivalRate: 2, meanServiceTime: 1)
        #expect(queue.probabilityOfWaiting(servers: 2) == 1)
        #expect(queue.meanWait(servers: 1) == .infinity)
        #expect(throws: StaffingError.self) { try queue.requiredServers(serviceLevel: 1.0, within: 1) }
        #expect(throws: StaffingError.self) { try queue.requiredServers(serviceLevel: 0.9, within: -1) }
        #expect(throws: StaffingError.self) { try ErlangC(arrivalRate: -1, meanServiceTime: 1) }
        #expect(throws: StaffingError.self) { try ErlangC(arrivalRate: 1, meanServiceTime: 0) }
        // A target that no finite number of teams reaches fails quickly rather than hanging.
        #expect(throws: StaffingError.self) { try queue.requiredServers(serviceLevel: 0.9, within: 0, limit: 3) }
    }
}
