import Foundation

/// Locations of fixtures and of the shared real data, found from this file's path.
enum TestPaths {
    /// `Tests/GeographyTests/Fixtures/`.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    /// The package root.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `../shared/data/milwaukee/` beside the package.
    static let milwaukee = packageRoot.appendingPathComponent("../shared/data/milwaukee").standardized

    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }
    static func boundary(_ name: String) -> String { milwaukee.appendingPathComponent("boundaries/\(name)").path }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny seedable generator so that random tests repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// A double in [0, 1) from the top 53 bits.
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }
}
