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
    /// About `n` classes of equal width, the width rounded up to 1, 2, 2.5 or 5 × a power of ten and the bounds
    /// to multiples of it (e.g. 0 – 500, 500 – 1,000), so that the classes neither exaggerate small differences
    /// nor need unreadable bounds.
    case roundedEqualInterval(Int)

    /// The wording used in the legend, e.g. "5 quantile classes".
    var legendNote: String {
        switch self {
        case .quantiles(let n): return "\(n) quantile classes (about equal counts)"
        case .equalInterval(let n): return "\(n) equal-interval classes"
        case .manual: return "Classes with set bounds"
        case .roundedEqualInterval: return "Equal-width classes, rounded bounds"
        }
    }
}
