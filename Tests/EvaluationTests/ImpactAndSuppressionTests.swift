import Evaluation
import Foundation
import RerouteTestSupport
import Testing
import Vocabulary

/// Runs a Python oracle under Tests/oracles; nil (with the reason) when python3 or a module is missing.
func runOracle(_ script: String, _ arguments: [String]) -> (output: String?, reason: String) {
    let path = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/python3" }
    guard let python = (path + ["/usr/bin/python3"]).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
        return (nil, "python3 is not installed")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [TestPaths.packageRoot().appendingPathComponent("Tests/oracles/\(script)").path] + arguments
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    do { try process.run() } catch { return (nil, "cannot run python3: \(error)") }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return (nil, "the oracle failed: \(errors)") }
    return (String(decoding: data, as: UTF8.self), "")
}

@Suite("Impact evaluation and public suppression")
struct ImpactAndSuppressionTests {
    /// Six districts (1 and 2 in the program), 24 months, launch in month 13: y = unit + month effect + noise − 5 after launch in the program.
    static func panel(seed: UInt64) -> ImpactEvaluation {
        var rng = SplitMix64(seed: seed)
        let start = 2020 * 12, launch = start + 12
        var rows: [PanelRow] = []
        let monthEffects = (0..<24).map { _ in rng.unit() * 6 }
        for d in 1...6 {
            let unitEffect = Double(d) * 3
            for m in 0..<24 {
                let treated = d <= 2
                let effect = treated && start + m >= launch ? -5.0 : 0
                rows.append(PanelRow(unit: String(d), cluster: String(d), period: start + m, isTreated: treated,
                                     outcome: (20 + unitEffect + monthEffects[m] + effect + (rng.unit() - 0.5) * 8).rounded()))
            }
        }
        return ImpactEvaluation(panel: rows, launchPeriod: launch)
    }

    @Test("the difference in differences and event study match an independent numpy OLS with CR1 errors to 1e-6")
    func matchesOracle() throws {
        let impact = Self.panel(seed: 16)
        let did = try impact.differenceInDifferences()
        let events = try impact.eventStudy()
        let file = TestPaths.writeTemporary(impact.panelCSV, name: "panel.csv")
        let (output, reason) = runOracle("did_ols_oracle.py", [file, String(impact.launchPeriod)])
        guard let output else {
            print("skipping the oracle comparison: \(reason)")
            return
        }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let oracle = try #require(json["did"] as? [Double])
        #expect(abs(did.effect - oracle[0]) < 1e-6, "β \(did.effect) vs oracle \(oracle[0])")
        #expect(abs(did.standardError - oracle[1]) < 1e-6, "SE \(did.standardError) vs oracle \(oracle[1])")
        #expect(did.effect < -2 && did.effect > -8, "the planted effect is −5; got \(did.effect)")
        let eventOracle = try #require(json["event"] as? [String: [Double]])
        #expect(eventOracle.count == events.count - 1)
        for e in events where e.relativeMonth != -1 {
            let o = try #require(eventOracle[String(e.relativeMonth)])
            #expect(abs(e.effect - o[0]) < 1e-6 && abs(e.standardError - o[1]) < 1e-6, "event \(e.relativeMonth)")
        }
        // The interval uses t with clusters − 1 = 5 degrees of freedom: t(0.975, 5) = 2.570582.
        #expect(abs((did.upper - did.effect) / did.standardError - 2.570582) < 1e-5)
    }

    @Test("an impossible design is refused with a reason")
    func refusesBadDesign() {
        let rows = Self.panel(seed: 1).panel.map { var r = $0; r.isTreated = false; return r }
        #expect(throws: EvaluationError.self) { try ImpactEvaluation(panel: rows, launchPeriod: 2020 * 12 + 12).differenceInDifferences() }
    }

    /// Tables with many small counts, and the public-style released view of each.
    static func tables() -> [SuppressedTable] {
        var rng = SplitMix64(seed: 11)
        return (0..<6).map { t in
            let rows = 4 + t % 3, columns = 5 + t % 4
            let counts = (0..<rows).map { _ in (0..<columns).map { _ in
                let u = rng.unit()
                return u < 0.15 ? 0 : u < 0.45 ? 1 + Int(rng.next() % 10) : 11 + Int(rng.next() % 60)
            } }
            return SuppressedTable(title: "T\(t)", rowHeading: "Row", rows: (0..<rows).map { "r\($0)" }, columns: (0..<columns).map { "c\($0)" }, counts: counts)
        }
    }

    @Test("no released cell or total is between 1 and 10")
    func noSmallReleasedCell() {
        for table in Self.tables() {
            #expect(table.suppressedCount > 0)
            for i in table.rowLabels.indices {
                for j in table.columnLabels.indices {
                    if let v = table.released(row: i, column: j) { #expect(v == 0 || v >= 11, "\(table.title) [\(i),\(j)] = \(v)") }
                }
                #expect(table.releasedRowTotal(i).map { $0 == 0 || $0 >= 11 } ?? true)
            }
            for t in table.columnTotals { #expect(t == 0 || t >= 11) }
        }
    }

    @Test("a table whose grand total is under 11 releases no count at all, totals included")
    func tinyTableIsWithheld() {
        let t = SuppressedTable(title: "Tiny", rowHeading: "Row", rows: ["a", "b"], columns: ["x", "y"], counts: [[1, 0], [0, 1]])
        #expect(t.totalsWithheld && t.releasedGrandTotal == nil && t.releasedRowTotal(0) == nil && t.released(row: 0, column: 0) == nil)
        #expect(t.rowLabels == ["Other (pooled)"])
        #expect(!t.resultTable.rows.joined().contains { $0.isNumeric })
    }

    @Test("no suppressed cell can be worked out from the released cells and totals (linear-programming oracle)")
    func suppressedCellsAreProtected() throws {
        let tables = Self.tables()
        let json: [[String: Any]] = tables.map { t in
            ["cells": t.rowLabels.indices.map { i in t.columnLabels.indices.map { j in t.released(row: i, column: j).map { $0 as Any } ?? NSNull() } },
             "rowTotals": t.rowTotals, "columnTotals": t.columnTotals]
        }
        let file = TestPaths.writeTemporary(String(decoding: try JSONSerialization.data(withJSONObject: json), as: UTF8.self), name: "tables.json")
        let (output, reason) = runOracle("suppression_lp_oracle.py", [file])
        guard let output else {
            print("skipping the linear-programming check: \(reason)")
            return
        }
        let bounds = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[[Double]]])
        #expect(bounds.count == tables.count)
        for (t, cells) in bounds.enumerated() {
            #expect(cells.count == tables[t].suppressedCount)
            for cell in cells { #expect(cell[3] - cell[2] >= 1 - 1e-9, "table \(t) cell [\(Int(cell[0])),\(Int(cell[1]))] is pinned to \(cell[2])…\(cell[3])") }
        }
    }
}
