import Vocabulary
import ArgumentParser
import Foundation
import Geography

/// Point-in-polygon benchmark: N seeded random points in the city's bounding box against a boundary layer, the
/// same points `Benchmarks/pip_bench.py` gives shapely's STRtree. Build with `swift build -c release`.
@main
struct GeographyBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geography-bench",
        abstract: "Time point-in-polygon assignment of seeded random points (compare with Benchmarks/pip_bench.py)."
    )

    @Option(help: "Boundary layer to assign points to, FILE[:PROPERTY].")
    var boundaries = "../shared/data/milwaukee/boundaries/neighborhoods.geojson:name"

    @Option(help: "GeoJSON file whose bounding box the points are drawn in.")
    var box = "../shared/data/milwaukee/boundaries/city-limit.geojson"

    @Option(help: "Number of random points.")
    var points = 1_000_000

    @Option(help: "Seed of the SplitMix64 generator (the Python script must use the same).")
    var seed: UInt64 = 20_180_501

    @Option(help: "Timed repetitions; the best is reported.")
    var repeats = 5

    @Flag(help: "Print one JSON object instead of text.")
    var json = false

    mutating func run() throws {
        do {
            let clock = ContinuousClock()
            let bounds = try BoundaryLayer(spec: BoundaryLayerSpec(path: box, property: nil)).boundingBox
            var generator = SplitMix64(seed: seed)
            var latitudes = [Double](repeating: 0, count: points), longitudes = [Double](repeating: 0, count: points)
            for k in 0..<points {
                longitudes[k] = bounds.minLongitude + (bounds.maxLongitude - bounds.minLongitude) * generator.unit()
                latitudes[k] = bounds.minLatitude + (bounds.maxLatitude - bounds.minLatitude) * generator.unit()
            }
            var layer: BoundaryLayer?
            let build = try clock.measure { layer = try BoundaryLayer(spec: boundaries) }
            guard let layer else { return }
            var result: [Int32] = []
            func best(threads: Int) -> Duration {
                (0..<max(1, repeats)).map { _ in
                    clock.measure { result = layer.regionIndices(latitudes: latitudes, longitudes: longitudes, threads: threads) }
                }.min() ?? .zero
            }
            let single = best(threads: 1)
            let double = best(threads: 2)
            let inside = result.filter { $0 >= 0 }.count
            let checksum = result.reduce(0) { $0 + Int($1) }
            // Position-weighted, so that the same answers in another order would not match.
            let weighted = result.enumerated().reduce(0) { $0 + (Int($1.element) + 1) * ($1.offset % 1009 + 1) }
            func seconds(_ duration: Duration) -> Double {
                Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
            }
            if json {
                let fields: [String] = [
                    "\"points\":\(points)", "\"seed\":\(seed)", "\"regions\":\(layer.regionNames.count)",
                    "\"index_build_s\":\(seconds(build))", "\"assign_1_thread_s\":\(seconds(single))",
                    "\"assign_2_threads_s\":\(seconds(double))", "\"inside\":\(inside)", "\"checksum\":\(checksum)", "\"weighted_checksum\":\(weighted)",
                ]
                print("{" + fields.joined(separator: ",") + "}")
            } else {
                print("points \(points) (seed \(seed)) in box \(bounds.minLongitude)…\(bounds.maxLongitude) E, \(bounds.minLatitude)…\(bounds.maxLatitude) N")
                print("layer \(layer.source): \(layer.regionNames.count) regions, \(layer.vertexCount) vertices")
                print("index build: \(String(format: "%.4f", seconds(build))) s (load + parse + index)")
                print("assign, 1 thread:  \(String(format: "%.4f", seconds(single))) s (best of \(repeats))")
                print("assign, 2 threads: \(String(format: "%.4f", seconds(double))) s (best of \(repeats))")
                print("inside \(inside), outside \(points - inside), checksum (sum of region indices, -1 outside) \(checksum), weighted checksum (sum of (index + 1) × (k mod 1009 + 1)) \(weighted)")
            }
        } catch let error as GeographyError {
            FileHandle.standardError.write(Data("geography-bench: \(error)\n".utf8))
            throw ExitCode(65)
        }
    }
}
