/// How a choropleth's values are split into colour classes.
public enum Classification: Sendable, Hashable {
    /// `n` classes holding about equal numbers of regions. Class `i`'s upper bound is the value at rank
    /// `ceil((i + 1) · count / n)` (1-based) of the sorted values; equal values always share a class, so
    /// fewer classes can result.
    case quantiles(Int)
    /// `n` classes of equal width between the lowest and the highest value.
    case equalInterval(Int)
    /// Classes with the given ascending upper bounds; the highest value closes the last class.
    case manual([Double])

    /// The wording used in the legend, e.g. "5 quantile classes".
    var legendNote: String {
        switch self {
        case .quantiles(let n): return "\(n) quantile classes (about equal counts)"
        case .equalInterval(let n): return "\(n) equal-interval classes"
        case .manual: return "Classes with set bounds"
        }
    }
}
