import Vocabulary
/// What can go wrong in the records system, in words a user can act on.
///
/// The server maps each case to an HTTP status (``httpStatusCode``); the command line prints ``description``.
public enum RecordsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database could not be opened or reached.
    case cannotOpenDatabase(location: String, reason: String)
    /// A query failed in the database itself.
    case database(reason: String)
    /// No such thing (record, call, user).
    case notFound(what: String)
    /// The signed-in user's role or team may not do this.
    case forbidden(reason: String)
    /// Not signed in, or the credentials are wrong.
    case unauthorized(reason: String)
    /// Someone else saved the record first: the save was refused and nothing was overwritten.
    case staleVersion(recordID: Int, yourVersion: Int, currentVersion: Int)
    /// A field has a value that is not allowed.
    case invalidField(field: String, value: String, expected: String)
    /// A name that must be unique is taken.
    case alreadyExists(what: String)
    /// Too many failed sign-ins.
    case tooManyAttempts(retryAfterSeconds: Int)
    /// The audit chain does not verify from this entry on.
    case auditChainBroken(entryID: Int, reason: String)
    /// A backup file cannot be read or restored.
    case badBackup(reason: String)

    public var description: String {
        switch self {
        case .cannotOpenDatabase(let location, let reason): return "cannot open the database \(location): \(reason)"
        case .database(let reason): return "database error: \(reason)"
        case .notFound(let what): return "\(what) not found"
        case .forbidden(let reason): return "not allowed: \(reason)"
        case .unauthorized(let reason): return "not signed in: \(reason)"
        case .staleVersion(let id, let yours, let current):
            return "record \(id) was changed by someone else since you opened it (you had version \(yours), it is now version \(current)); "
                + "nothing was saved: reload the record, check the other changes and save again"
        case .invalidField(let field, let value, let expected): return "\(field): '\(value)' is not allowed; expected \(expected)"
        case .alreadyExists(let what): return "\(what) already exists"
        case .tooManyAttempts(let seconds): return "too many failed sign-ins; try again in \(seconds) seconds"
        case .auditChainBroken(let id, let reason): return "audit log entry \(id) does not verify: \(reason)"
        case .badBackup(let reason): return "backup: \(reason)"
        }
    }

    /// The HTTP status this error becomes at the server's boundary.
    public var httpStatusCode: Int {
        switch self {
        case .cannotOpenDatabase, .database, .auditChainBroken, .badBackup: return 500
        case .notFound: return 404
        case .forbidden: return 403
        case .unauthorized: return 401
        case .staleVersion, .alreadyExists: return 409
        case .invalidField: return 422
        case .tooManyAttempts: return 429
        }
    }
}

extension RecordsError: RerouteError {
    /// The exit status of a records command: a database that cannot be opened or read, or a record not found, is
    /// an input that cannot be read (1); a request the records system refuses is a usage error (64); a broken
    /// audit chain or a bad backup is invalid data (65).
    public var exitStatus: ExitStatus {
        switch self {
        case .cannotOpenDatabase, .notFound, .database: .inputUnreadable
        case .invalidField, .alreadyExists, .forbidden, .unauthorized, .staleVersion, .tooManyAttempts: .usage
        case .auditChainBroken, .badBackup: .dataError
        }
    }
}
