import Vocabulary

/// Errors of the demo data generator.
public enum DemoDataError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The scale is not a finite number in (0, 100].
    case invalidScale(Double)
    /// A file could not be created or written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalidScale(let scale):
            "demo data: scale \(scale) is out of range; use a number greater than 0 and at most 100 (1 = one year of Milwaukee's 2021 volume)"
        case .cannotWrite(let path, let reason):
            "demo data: cannot write \(path): \(reason); check that the folder exists and is writable"
        }
    }
}

extension DemoDataError: RerouteError {
    /// A scale out of range is a usage error (64); a file that cannot be written exits 73.
    public var exitStatus: ExitStatus {
        switch self {
        case .invalidScale: .usage
        case .cannotWrite: .cannotWrite
        }
    }
}
