/// A number together with its unit and where it comes from, so that every printed figure is traceable.
///
/// ```swift
/// SourcedValue(value: 0.735, unit: "fraction", source: "LEAP 2022 report, Figure 3")
/// ```
public struct SourcedValue: Sendable, Codable, Hashable {
    /// The value itself.
    public var value: Double
    /// The unit, in words (e.g. `calls in 2021`, `fraction of sampled calls`).
    public var unit: String
    /// Where the value comes from (e.g. `LEAP 2022 report, Figure 3`).
    public var source: String

    /// Creates a sourced value.
    public init(value: Double, unit: String, source: String) {
        self.value = value
        self.unit = unit
        self.source = source
    }
}
