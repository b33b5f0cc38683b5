/// What can stop an evaluation, in words an analyst can act on.
public enum EvaluationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The regressors are collinear (or there are fewer observations than regressors).
    case singularDesign(detail: String)
    /// The data cannot support the design (no treated or no comparison units, no periods before or after launch).
    case insufficientData(reason: String)

    public var description: String {
        switch self {
        case .singularDesign(let detail): "the regression cannot be estimated: \(detail)"
        case .insufficientData(let reason): "the impact evaluation needs more data: \(reason)"
        }
    }
}
