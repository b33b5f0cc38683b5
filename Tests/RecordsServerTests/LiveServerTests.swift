import Foundation
import RerouteTestSupport
import ResponderRecords
import Testing

/// Tests against a real `reroute serve` process on loopback.
@Suite("A live server", .serialized)
struct LiveServerTests {
    @Test("killed during writes and restarted: no corruption, every acknowledged write is there, the audit chain holds")
    func killAndRestart() async throws {
        let folder = TestPaths.temporaryDirectory("records-kill")
        let (database, token) = try prepareLiveDatabase(in: folder)
        let server = try await LiveServer(database: database, in: folder)
        let port = server.port
        let pid = server.process.processIdentifier
        let deadline = Date().addingTimeInterval(60)
        // The kill comes once the writers have had enough writes acknowledged (not after a fixed time, which a
        // loaded machine may spend starting up), and at the latest 30 s in.
        let count = AcknowledgedCount()
        let acknowledged = await withTaskGroup(of: [(Int, String)].self) { group in
            for writer in 0..<8 {
                group.addTask {
                    var mine: [(Int, String)] = []
                    var failures = 0
                    for n in 0..<100_000 where Date() < deadline && failures < 3 {
                        let narrative = "writer \(writer) write \(n)"
                        let (id, _) = await LiveClient.createRecord(port: port, token: token, narrative: narrative)
                        if let id { mine.append((id, narrative)); await count.add() } else { failures += 1 }
                    }
                    return mine
                }
            }
            group.addTask {
                let latest = Date().addingTimeInterval(30)
                while await count.value < 40 && Date() < latest { try? await Task.sleep(for: .milliseconds(50)) }
                try? await Task.sleep(for: .milliseconds(200))
                kill(pid, SIGKILL)
                return []
            }
            return await group.reduce(into: [(Int, String)]()) { $0 += $1 }
        }
        server.process.waitUntilExit()
        #expect(server.process.terminationReason == .uncaughtSignal)
        #expect(acknowledged.count > 20, "the writers got \(acknowledged.count) writes in before the kill")

        let restarted = try await LiveServer(database: database, in: folder)
        defer { restarted.stop() }
        var missing: [Int] = []
        for (id, narrative) in acknowledged {
            let record = try await LiveClient.record(port: restarted.port, token: token, id: id)
            if record?.narrative != narrative { missing.append(id) }
        }
        #expect(missing.isEmpty, "acknowledged but lost or changed: \(missing.prefix(10))")
        restarted.stop()
        let verify = try runReroute(["admin", "audit", "verify", "--database", database])
        #expect(verify.status == 0, "\(verify.stdout)\(verify.stderr)")
        let check = try await RecordsDatabase.open(.sqlite(path: database))
        let integrity = try await check.withConnection { db in try await db.raw("PRAGMA integrity_check").first()?.decode(column: "integrity_check", as: String.self) }
        await check.close()
        #expect(integrity == "ok")
    }

    /// 50 concurrent clients writing records for `REROUTE_LOAD_SECONDS` seconds (skipped when unset); prints the
    /// latency percentiles and checks that every acknowledged write is present afterwards.
    @Test("load: 50 concurrent writers on loopback", .enabled(if: ProcessInfo.processInfo.environment["REROUTE_LOAD_SECONDS"] != nil))
    func load() async throws {
        let seconds = Double(ProcessInfo.processInfo.environment["REROUTE_LOAD_SECONDS"] ?? "") ?? 10
        let folder = TestPaths.temporaryDirectory("records-load")
        let (database, token) = try prepareLiveDatabase(in: folder)
        let server = try await LiveServer(database: database, in: folder)
        defer { server.stop() }
        let port = server.port
        let deadline = Date().addingTimeInterval(seconds)
        let results = await withTaskGroup(of: [(Int?, Double, String)].self) { group in
            for client in 0..<50 {
                group.addTask {
                    var mine: [(Int?, Double, String)] = []
                    var n = 0
                    while Date() < deadline {
                        let narrative = "client \(client) write \(n)"
                        let (id, latency) = await LiveClient.createRecord(port: port, token: token, narrative: narrative)
                        mine.append((id, latency, narrative))
                        n += 1
                    }
                    return mine
                }
            }
            return await group.reduce(into: [(Int?, Double, String)]()) { $0 += $1 }
        }
        let latencies = results.map(\.1).sorted()
        func percentile(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] * 1000 }
        let acknowledged = results.filter { $0.0 != nil }
        print(String(format: "load: %d requests in %.0f s (%.0f/s), %d acknowledged, %d failed; latency ms p50 %.1f p90 %.1f p99 %.1f max %.1f",
                     results.count, seconds, Double(results.count) / seconds, acknowledged.count, results.count - acknowledged.count,
                     percentile(0.5), percentile(0.9), percentile(0.99), (latencies.last ?? 0) * 1000))
        #expect(acknowledged.count == results.count)
        var missing = 0
        for (id, _, narrative) in acknowledged {
            if let id, try await LiveClient.record(port: port, token: token, id: id)?.narrative != narrative { missing += 1 }
        }
        #expect(missing == 0)
    }
}

/// Writes acknowledged so far by the kill test's writers.
private actor AcknowledgedCount {
    private(set) var value = 0
    func add() { value += 1 }
}
