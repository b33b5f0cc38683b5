import Foundation
import Testing
import Vocabulary
import RerouteTestSupport

/// Issue 10 through the built binary: `report` on a gzip file, and `compare` of two cities' analysis folders.
@Suite("Compare and compressed inputs (the built binary)", .serialized)
struct CompareAndCompressedCommandTests {
    static let conway = TestPaths.sharedData("conway-ar/service_calls.json")

    /// `reroute report calls.csv.gz`: rows read are the file's data lines, and reconciliation names the .gz file.
    @Test func reportReadsAGzipFile() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/gzip") else { print("skipped: no gzip"); return }
        let dir = TestPaths.temporaryDirectory("compressed-command")
        let input = try ReliabilityCommandTests.threeDays(in: dir)
        let dataLines = try String(contentsOfFile: input, encoding: .utf8).utf8.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } - 1
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/gzip")
        gzip.arguments = [input]
        try gzip.run()
        gzip.waitUntilExit()
        let out = dir.appendingPathComponent("out")
        let result = try runReroute(["report", input + ".gz", "--out", out.path, "--no-staffing", "--no-html", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let reconciliation = try CSVDocument(contentsOf: out.appendingPathComponent("reconciliation.csv"))
        let row = reconciliation.rows[0]
        #expect(try reconciliation.text(row, "file") == input + ".gz")
        #expect(try reconciliation.number(row, "rows_read") == Double(dataLines))
        #expect(try reconciliation.text(row, "balances") == "yes")
    }

    /// Two real cities side by side: days with data (Conway's from the distinct dates of its `call_time`, counted
    /// here), eligible shares as in each folder's summary.json, calls per 1,000 residents only where a population
    /// is given, and each hourly profile summing to 100%.
    @Test func compareTwoCities() throws {
        guard FileManager.default.fileExists(atPath: Self.conway) else { print("skipped: ../shared/data absent"); return }
        let dir = TestPaths.temporaryDirectory("compare-command")
        let mke = try ReliabilityCommandTests.threeDays(in: dir)
        let folders = [dir.appendingPathComponent("milwaukee"), dir.appendingPathComponent("conway")]
        for (input, folder) in zip([mke, Self.conway], folders) {
            let r = try runReroute(["report", input, "--out", folder.path, "--no-plan", "--no-html", "--quiet"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let cmp = dir.appendingPathComponent("cmp")
        let result = try runReroute(["compare", folders[0].path, folders[1].path, "--population", "577222", "--population", "0", "--out", cmp.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Analyses side by side") && result.stdout.contains("Hourly profile of eligible calls"))

        let table = try CSVDocument(contentsOf: cmp.appendingPathComponent("comparison.csv"))
        func value(_ measure: String, _ column: String) throws -> String {
            let row = try #require(try table.rows.first { try table.text($0, "measure") == measure }, "\(measure)")
            return try table.text(row, column)
        }
        let conwayDays = Set(try (JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.conway))) as? [[String: Any]] ?? [])
            .compactMap { ($0["call_time"] as? String)?.prefix(10) }).count
        #expect(try value("Days with data", "folder_1") == "3")
        #expect(try value("Days with data", "folder_2") == String(conwayDays))
        for (i, folder) in folders.enumerated() {
            let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("summary.json"))) as? [String: Any])
            let eligible = try #require((summary["eligible_calls"] as? NSNumber)?.doubleValue)
            let citizen = try #require((summary["citizen_initiated_calls"] as? NSNumber)?.doubleValue)
            let share = try #require(Double(try value("Eligible share of citizen-initiated", "folder_\(i + 1)")))
            #expect(abs(share - eligible / citizen) < 1e-6)
            if i == 0 {
                let perThousand = try #require(Double(try value("Citizen-initiated per 1,000 residents/yr", "folder_1")))
                #expect(abs(perThousand - citizen / 3 * 365 / 577_222 * 1000) < 0.05)
            }
        }
        #expect(try value("Citizen-initiated per 1,000 residents/yr", "folder_2") == "")
        let hourly = try CSVDocument(contentsOf: cmp.appendingPathComponent("comparison-hourly.csv"))
        #expect(hourly.rows.count == 24)
        for column in ["folder_1", "folder_2"] {
            let sum = try hourly.rows.reduce(0.0) { $0 + (try hourly.optionalNumber($1, column) ?? 0) }
            #expect(abs(sum - 1) < 1e-4, "\(column): \(sum)")
        }

        // Canonical types: each folder's canonical-types.csv counts every citizen-initiated call once (its calls add
        // up to summary.json's citizen-initiated calls), and each compare column of shares sums to 100%.
        for folder in folders {
            let types = try CSVDocument(contentsOf: folder.appendingPathComponent("canonical-types.csv"))
            let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("summary.json"))) as? [String: Any])
            let citizen = try #require((summary["citizen_initiated_calls"] as? NSNumber)?.doubleValue)
            #expect(try types.rows.reduce(0.0) { $0 + (try types.number($1, "calls")) } == citizen)
        }
        let mkeTypes = try CSVDocument(contentsOf: folders[0].appendingPathComponent("canonical-types.csv"))
        let welfare = try #require(try mkeTypes.rows.first { try mkeTypes.text($0, "canonical") == "WELFARE" })
        #expect(try mkeTypes.text(welfare, "local_types").contains("WELFARE CITIZEN"))
        let byType = try CSVDocument(contentsOf: cmp.appendingPathComponent("comparison-types.csv"))
        #expect(byType.rows.count > 5)
        for column in ["folder_1", "folder_2"] {
            let sum = try byType.rows.reduce(0.0) { $0 + (try byType.optionalNumber($1, column) ?? 0) }
            #expect(abs(sum - 1) < 1e-3, "\(column): \(sum)")
        }

        let one = try runReroute(["compare", folders[0].path])
        #expect(one.status == 64)
        let missing = try runReroute(["compare", folders[0].path, dir.appendingPathComponent("nowhere").path])
        #expect(missing.status != 0 && missing.stderr.contains("nowhere"))
    }
}
