/// One named series of values, one value per category (bar chart), per x value (line chart).
///
/// A `nil`, NaN or infinite value means "no value" and is left out of the drawing (a gap in a line,
/// no bar). Values beyond the number of categories are ignored; missing trailing values count as `nil`.
public struct ChartSeries: Sendable, Hashable {
    /// The name shown in the legend and in hover titles, e.g. "District 3" or "Eligible calls".
    public var name: String
    /// The values, in the order of the chart's categories or x values.
    public var values: [Double?]

    /// Creates a series.
    public init(name: String, values: [Double?]) {
        self.name = name
        self.values = values
    }

    /// Creates a series from non-optional values.
    public init(name: String, values: [Double]) {
        self.name = name
        self.values = values.map { Optional($0) }
    }

    /// The value at `index` if it exists and is finite, otherwise `nil`.
    func value(at index: Int) -> Double? {
        guard index >= 0, index < values.count, let value = values[index], value.isFinite else { return nil }
        return value
    }
}
