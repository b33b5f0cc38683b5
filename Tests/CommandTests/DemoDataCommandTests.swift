import Foundation
import Testing
import RerouteTestSupport

@Suite("reroute demo-data (the built binary)")
struct DemoDataCommandTests {
    @Test func writesCSVAndDefaultBoundaryFileBesideIt() throws {
        let folder = TestPaths.temporaryDirectory("demodata-cli")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("year.csv").path
        let r = try runReroute(["demo-data", "--out", out, "--seed", "3", "--scale", "0.01"])
        #expect(r.status == 0)
        #expect(FileManager.default.fileExists(atPath: out))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("year-boundaries.geojson").path))
    }

    @Test(arguments: ["0", "-1", "101"])
    func rejectsAScaleOutOfRange(scale: String) throws {
        let r = try runReroute(["demo-data", "--out", "x.csv", "--scale", scale])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--scale"))
    }
}
