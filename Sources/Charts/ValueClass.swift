/// One colour class: values greater than `lower` (or equal, for the first class) up to and including `upper`.
public struct ValueClass: Sendable, Hashable {
    /// Lower bound (inclusive for the first class, exclusive for the others).
    public let lower: Double
    /// Upper bound, inclusive.
    public let upper: Double
    /// How many values fall in the class.
    public let count: Int
    /// The fill colour (hex).
    public let colour: String
}
